"""The `ingest` section: which PDFs, how many workers, per-file limits and OCR."""

from __future__ import annotations

from pydantic import Field

from medadapt.section import Section

__all__ = ["IngestConfig"]


class IngestConfig(Section):
    """PDF folders -> de-identified Parquet shards (Ray Data)."""

    inputs: list[str] = Field(
        default_factory=list,
        description="folders (recursive), globs, .txt list files or URIs; empty in a job "
        "that runs synth = the synth stage's pdfs/",
    )
    center: str | None = Field(default=None, description="center for all files; default: "
                               "the first-level subfolder name")
    workers: int = Field(default=2, ge=1, description="parallel extraction workers")
    timeout_s: float = Field(default=120.0, gt=0, description="per-file limit")
    max_bytes: int = Field(default=512 * 2**20, ge=1, description="larger files: too_large")
    max_pages: int = Field(default=5000, ge=1, description="more pages: too_large")
    files_per_shard: int = Field(default=16, ge=1)
    ocr: bool = Field(default=True, description="OCR pages without a text layer (Tesseract)")
    ocr_languages: str = "kaz+rus"
    strict: bool = Field(default=False, description="refuse (status residual_risk, not written) "
                         "a document in which the independent leak audit flags anything")
    ocr_dpi: int = Field(default=300, ge=72, le=600, description="render resolution for an "
                         "image-only page whose scan resolution is unknown")
    ocr_dpi_range: tuple[int, int] = Field(
        default=(150, 400), description="a scan is OCRed at its own resolution, clamped to this")
    ocr_min_confidence: float = Field(default=0.6, ge=0, le=1, description="OCR pages below "
                                      "this mean word confidence flag the file low_confidence")
