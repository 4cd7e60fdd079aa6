"""The `synth` section: how many synthetic case histories, in which languages and centers."""

from __future__ import annotations

from typing import Any

from pydantic import Field, field_validator

from medadapt.records import Language
from medadapt.section import Section

__all__ = ["STYLES", "SynthConfig"]

# Record styles the generator writes (synth/styles.py has one phrase table per style).
STYLES = ("long_history", "his_printout", "one_line_form", "discharge_letter",
          "abbreviated_note", "kk_form", "bilingual_form")


class SynthConfig(Section):
    """Synthetic bilingual orthopedic case histories (PDF + ground truth)."""

    patients: int = Field(default=8, ge=1, le=100_000, description="number of patient records")
    seed: int = Field(default=0, description="same seed -> same bytes and truth")
    pages: tuple[int, int] = Field(default=(3, 6), description="page range per record [min, max]")
    languages: list[Language] = Field(default_factory=lambda: ["ru", "kk", "mixed"])
    centers: list[str] = Field(
        default_factory=lambda: ["almaty-cch4", "astana-ncto"],
        description="hospital centers; records are spread over one subfolder per center",
    )
    bad_files: int = Field(default=0, ge=0, description="hostile files for ingest tests")
    scanned: int = Field(default=0, ge=0, description="records with one image-only page (OCR)")
    styles: list[str] = Field(
        default_factory=lambda: ["long_history"],
        description="record styles, cycled over records: long_history, his_printout, "
                    "one_line_form, discharge_letter, abbreviated_note, kk_form, bilingual_form "
                    "(short styles fix their own language)",
    )

    @field_validator("pages", mode="before")
    @classmethod
    def _parse_page_range(cls, value: Any) -> Any:
        """Accept `A..B` (as on the command line) as well as `[A, B]`."""
        if isinstance(value, str) and ".." in value:
            low, _, high = value.partition("..")
            return (low.strip(), high.strip())
        if isinstance(value, int):
            return (value, value)
        return value

    @field_validator("pages")
    @classmethod
    def _check_page_range(cls, value: tuple[int, int]) -> tuple[int, int]:
        low, high = value
        if not 1 <= low <= high <= 1000:
            raise ValueError(f"expected 1 <= min <= max <= 1000, got {low}..{high}")
        return value

    @field_validator("languages", "centers")
    @classmethod
    def _non_empty_unique(cls, value: list[str]) -> list[str]:
        if not value:
            raise ValueError("expected at least one entry")
        if len(set(value)) != len(value):
            raise ValueError(f"expected unique entries, got {value}")
        return value

    @field_validator("styles")
    @classmethod
    def _known_styles(cls, value: list[str]) -> list[str]:
        unknown = [v for v in value if v not in STYLES]
        if not value or unknown:
            raise ValueError(f"unknown styles {unknown}; allowed: {', '.join(STYLES)}")
        return value

    @field_validator("centers")
    @classmethod
    def _safe_center_names(cls, value: list[str]) -> list[str]:
        for name in value:
            if not name or "/" in name or name.startswith("."):
                raise ValueError(f"center {name!r} must be a plain folder name")
        return value
