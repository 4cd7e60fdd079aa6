"""Typed records that cross stage boundaries.

Each stage reads and writes one of these, so a stage can be tested (and replaced) on its
own. Models are strict: an unexpected field in a file on disk is an error, not a silent drop.
"""

from __future__ import annotations

import typing
from typing import Literal

import pyarrow as pa
from pydantic import BaseModel, ConfigDict, Field

Language = Literal["ru", "kk", "mixed"]
PhiLabel = Literal["NAME", "IIN", "PHONE", "EMAIL", "DATE", "ADDRESS", "RECORD_ID", "DOC_ID"]
PHI_LABELS: tuple[str, ...] = typing.get_args(PhiLabel)


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TruthSpan(Record):
    """One planted identifier or clinical term: `text == pages[page][start:end]`."""

    label: str = Field(description="PHI label (see PHI_LABELS) or a clinical-term kind")
    page: int = Field(ge=0)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    entity: str | None = Field(
        default=None, description="whose identifier: patient, relative, staff, hospital"
    )
    person_id: str | None = Field(default=None, description="same person -> same id")


class SynthTruth(Record):
    """Ground truth for one generated case-history PDF (written as `truth/<patient_id>.json`)."""

    patient_id: str
    center: str
    language: Language
    pdf: str = Field(description="path of the PDF relative to the synth output directory")
    sha256: str
    n_pages: int
    scanned_pages: list[int] = Field(default_factory=list, description="pages with no text layer")
    pages: list[str] = Field(description="each page's text exactly as PyMuPDF get_text() returns")
    identifiers: list[TruthSpan]
    clinical_terms: list[TruthSpan] = Field(
        description="terms de-identification must keep (eponyms, ICD-10, AO/OTA, drugs, implants)"
    )
    facts: dict = Field(description="clinical facts the record states, for field extraction")


# --- ingest -------------------------------------------------------------------------------

INGEST_STATUSES: tuple[str, ...] = (
    "ok", "duplicate", "encrypted", "corrupt", "empty", "blank", "timeout", "crashed",
    "too_large", "unsupported", "unreadable", "needs_ocr",
)


def manifest_schema() -> pa.Schema:
    """One row per input file, whatever happened to it (`status` says what)."""
    return pa.schema([
        ("source", pa.string()),
        ("doc_id", pa.string()),  # SHA-256 of the bytes; null when unreadable
        ("center", pa.string()),
        ("status", pa.string()),
        ("error", pa.string()),  # readable reason; never document text
        ("n_pages", pa.int32()),
        ("pages_ocr", pa.int32()),
        ("size_bytes", pa.int64()),
        ("shard", pa.string()),  # documents/<file> holding the row; null unless ok
        ("duplicate_of", pa.string()),
        ("leaks", pa.int32()),  # leak-scan findings in the written document
        ("seconds", pa.float64()),
    ])


def document_schema() -> pa.Schema:
    """One row per successfully ingested document; `text` is de-identified."""
    return pa.schema([
        ("doc_id", pa.string()),
        ("patient_id", pa.string()),  # keyed hash: groups a patient's documents, reveals nothing
        ("center", pa.string()),
        ("source", pa.string()),
        ("n_pages", pa.int32()),
        ("pages_ocr", pa.int32()),
        ("lang_kk", pa.float32()),
        ("lang_ru", pa.float32()),
        ("text", pa.large_string()),
        ("page_offsets", pa.list_(pa.int64())),  # start of each page in `text`
        ("n_phi_spans", pa.int32()),
        ("n_leaks", pa.int32()),  # leak-scan findings outside written surrogates (want 0)
        ("extract_s", pa.float64()),
        ("clean_s", pa.float64()),
        ("deid_s", pa.float64()),
    ])
