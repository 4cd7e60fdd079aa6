"""Read an ingest output directory: the manifest and the de-identified document shards.

Only de-identified columns are read. `source` (a file path, which in a real hospital can hold a
patient's name) and `patient_id` are never loaded, so they cannot reach the page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from medadapt.errors import UserError

__all__ = ["DOCUMENT_COLUMNS", "IngestOutput", "load_ingest"]

# The ingest output contract (DESIGN.md): `DIR/manifest.parquet` and `DIR/documents/*.parquet`.
MANIFEST = "manifest.parquet"
DOCUMENTS = "documents"
MANIFEST_COLUMNS = ("doc_id", "center", "status", "n_pages", "pages_ocr", "leaks")
DOCUMENT_COLUMNS = ("doc_id", "center", "n_pages", "pages_ocr", "lang_kk", "lang_ru", "text",
                    "page_offsets", "n_phi_spans", "n_leaks", "phi_spans", "audit_flags")
REQUIRED_DOCUMENT_COLUMNS = ("doc_id", "center", "text")


@dataclass
class IngestOutput:
    """What the review needs from one ingest run; the span/audit flags say what was present."""

    manifest: list[dict[str, Any]]
    documents: list[dict[str, Any]]
    has_phi_spans: bool
    has_audit_flags: bool
    missing_columns: list[str] = field(default_factory=list)


def _read_columns(path: Path, wanted: tuple[str, ...]) -> pa.Table:
    """Read the wanted columns the file has; other and extra columns are ignored."""
    try:
        names = set(pq.read_schema(path).names)
        return pq.read_table(path, columns=[c for c in wanted if c in names])
    except (OSError, pa.ArrowException) as err:
        raise UserError(f"{path}: not a readable Parquet file ({type(err).__name__}); "
                        "point --input at an ingest output directory") from None


def _load_manifest(input_dir: Path) -> list[dict[str, Any]]:
    path = input_dir / MANIFEST
    if not path.is_file():
        raise UserError(f"{path}: no manifest; point --input at the directory "
                        "`medadapt ingest --output` wrote")
    table = _read_columns(path, MANIFEST_COLUMNS)
    if "status" not in table.column_names:
        raise UserError(f"{path}: manifest has no `status` column; is this an ingest output?")
    return table.to_pylist()


def _load_documents(input_dir: Path) -> tuple[list[dict[str, Any]], set[str]]:
    folder = input_dir / DOCUMENTS
    shards = sorted(p for p in folder.glob("*.parquet") if not p.name.startswith("."))
    if not shards:
        raise UserError(f"{folder}: no document shards (*.parquet); the ingest wrote no ok "
                        "document, see the manifest's status column")
    rows: list[dict[str, Any]] = []
    seen: set[str] | None = None
    for shard in shards:
        table = _read_columns(shard, DOCUMENT_COLUMNS)
        missing = [c for c in REQUIRED_DOCUMENT_COLUMNS if c not in table.column_names]
        if missing:
            raise UserError(f"{shard}: missing column(s) {', '.join(missing)}; "
                            "is this an ingest output?")
        names = set(table.column_names)
        seen = names if seen is None else seen & names  # a column counts only if every shard has it
        rows.extend(table.to_pylist())
    if not rows:
        raise UserError(f"{folder}: document shards hold no rows; nothing to review")
    return rows, seen or set()


def load_ingest(input_dir: Path) -> IngestOutput:
    """Load an ingest output, or raise a UserError naming the path that is missing or bad."""
    input_dir = Path(input_dir)
    if not input_dir.is_dir():
        raise UserError(f"{input_dir}: not a directory; point --input at an ingest output")
    manifest = _load_manifest(input_dir)
    documents, columns = _load_documents(input_dir)
    documents.sort(key=lambda d: (str(d.get("center")), str(d["doc_id"])))
    optional = ("phi_spans", "audit_flags")
    return IngestOutput(
        manifest=manifest, documents=documents,
        has_phi_spans="phi_spans" in columns, has_audit_flags="audit_flags" in columns,
        missing_columns=[c for c in optional if c not in columns])
