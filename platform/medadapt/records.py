"""Typed records that cross stage boundaries.

Each stage reads and writes one of these, so a stage can be tested (and replaced) on its
own. Models are strict: an unexpected field in a file on disk is an error, not a silent drop.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Language = Literal["ru", "kk", "mixed"]
PhiLabel = Literal["NAME", "IIN", "PHONE", "EMAIL", "DATE", "ADDRESS", "RECORD_ID", "DOC_ID"]
PHI_LABELS: tuple[str, ...] = ("NAME", "IIN", "PHONE", "EMAIL", "DATE", "ADDRESS", "RECORD_ID", "DOC_ID")


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
