"""Typed records that cross stage boundaries.

Each stage reads and writes one of these, so a stage can be tested (and replaced) on its
own. Rows written to Parquet are dataclasses, and their Arrow schema is derived from the
dataclass (`arrow_schema`), so a column is declared once. The synthetic ground truth is a
strict pydantic model: an unexpected field in a truth file is an error, not a silent drop.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

import pyarrow as pa
from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "INGEST_STATUSES", "PHI_LABELS", "AuditFlag", "Dialogue", "Document", "Language",
    "ManifestRow",
    "Message", "PhiLabel", "PhiSpan", "Precision", "SynthTruth", "TrialContext", "TruthSpan",
    "arrow_schema", "document_schema", "manifest_schema",
]

Language = Literal["ru", "kk", "mixed"]
# Compute precision for train and evaluate (the one dtype rule is `backbone.resolve_dtype`).
Precision = Literal["auto", "bf16", "fp32"]
PhiLabel = Literal["NAME", "IIN", "PHONE", "EMAIL", "DATE", "ADDRESS", "RECORD_ID", "DOC_ID",
                   "AGE"]  # AGE: ages > 89, written as 90+ (added by the recall-first deid)
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


# --- Parquet rows -------------------------------------------------------------------------

# Arrow types for annotations that a Python type alone does not pin down.
Int32 = Annotated[int, pa.int32()]
Float32 = Annotated[float, pa.float32()]
LargeText = Annotated[str, pa.large_string()]
_ARROW: dict[Any, pa.DataType] = {str: pa.string(), int: pa.int64(), float: pa.float64(),
                                  bool: pa.bool_()}


def _arrow_type(hint: Any) -> pa.DataType:
    """Arrow type of one field's annotation (Optional is Arrow's default nullability)."""
    origin = typing.get_origin(hint)
    if origin is Annotated:
        return typing.get_args(hint)[1]
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        return _arrow_type(inner[0])
    if origin is list:
        return pa.list_(_arrow_type(typing.get_args(hint)[0]))
    if dataclasses.is_dataclass(hint):
        return pa.struct(arrow_schema(hint))
    return _ARROW[hint]


def arrow_schema(cls: type) -> pa.Schema:
    """The Arrow schema of a row dataclass, in field order."""
    hints = typing.get_type_hints(cls, include_extras=True)
    return pa.schema([(f.name, _arrow_type(hints[f.name])) for f in dataclasses.fields(cls)])


INGEST_STATUSES: tuple[str, ...] = (
    "ok", "duplicate", "encrypted", "corrupt", "empty", "blank", "timeout", "crashed",
    "too_large", "unsupported", "unreadable", "needs_ocr", "residual_risk",
)


@dataclass
class ManifestRow:
    """One row per input file, whatever happened to it (`status` says what)."""

    source: str
    doc_id: str | None  # SHA-256 of the bytes; null when unreadable
    center: str | None
    status: str = "ok"  # one of INGEST_STATUSES
    error: str | None = None  # readable reason; never document text
    n_pages: Int32 | None = None
    pages_ocr: Int32 | None = None
    size_bytes: int | None = None
    shard: str | None = None  # documents/<file> holding the row; null unless ok
    duplicate_of: str | None = None
    leaks: Int32 | None = None  # leak-scan findings in the written document
    residual_risk: Int32 | None = None  # independent leak-audit flags (deid.audit)
    seconds: float | None = None
    ocr_confidence: float | None = None  # lowest per-page OCR confidence (0..1); null: no OCR
    flags: str | None = None  # comma-separated: low_confidence (OCR), legacy_font (repaired)
    patient_key_source: str | None = None  # iin | name_dob | file (the record names neither)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> ManifestRow:
        """From a Parquet/Ray Data row; columns this version does not know are dropped."""
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in row.items() if k in names})


@dataclass
class PhiSpan:
    """A replaced span in the de-identified text (output offsets); never the original value."""

    start: int
    end: int
    label: str


@dataclass
class AuditFlag:
    """A leak-audit finding in the de-identified text (output offsets); never the text."""

    start: int
    end: int
    kind: str  # NAME_LIKE, NER or DIGITS


@dataclass
class Document:
    """One successfully ingested document; `text` is de-identified."""

    doc_id: str
    patient_id: str  # keyed hash: groups a patient's documents, reveals nothing
    center: str | None
    source: str
    n_pages: Int32
    pages_ocr: Int32
    lang_kk: Float32
    lang_ru: Float32
    text: LargeText
    page_offsets: list[int]  # start of each page in `text`
    n_phi_spans: Int32
    n_leaks: Int32  # leak-scan findings outside written surrogates (want 0)
    extract_s: float
    clean_s: float
    deid_s: float
    phi_spans: list[PhiSpan] = field(default_factory=list)  # for review and audit
    audit_flags: list[AuditFlag] = field(default_factory=list)  # leak audit, never the text


def manifest_schema() -> pa.Schema:
    return arrow_schema(ManifestRow)


def document_schema() -> pa.Schema:
    return arrow_schema(Document)


# --- dialogues and tune trials ---------------------------------------------------------------

@dataclass
class Message:
    role: Literal["system", "user", "assistant"]
    content: str


@dataclass
class Dialogue:
    """One ChatML training example (the DESIGN contract; a JSONL line)."""

    id: str
    patient_id: str
    language: Language
    split: Literal["train", "val", "test"]
    task: str
    messages: list[Message]

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, row: dict[str, Any]) -> Dialogue:
        """From a JSONL row; a missing or unknown key or role is an error naming it."""
        names = [f.name for f in dataclasses.fields(cls)]
        missing, extra = set(names) - set(row), set(row) - set(names)
        if missing or extra:
            raise ValueError(f"dialogue {row.get('id')!r}: missing keys {sorted(missing)}, "
                             f"unknown keys {sorted(extra)}")
        messages = [Message(**m) for m in row["messages"]]
        roles = typing.get_args(typing.get_type_hints(Message)["role"])
        bad = [m.role for m in messages if m.role not in roles]
        if bad:
            raise ValueError(f"dialogue {row['id']!r}: unknown roles {bad}")
        return cls(**{**row, "messages": messages})


@dataclass(frozen=True)
class TrialContext:
    """What every Tune trial needs, as plain data (workers rebuild configs from the dicts)."""

    tune: dict[str, Any]  # TuneConfig dump
    train: dict[str, Any]  # TrainConfig dump
    experiment: str
    out_dir: str
    max_t: int | None
    train_paths: list[str]
    eval_paths: list[str]
    train_storage: str
    val_items: str
