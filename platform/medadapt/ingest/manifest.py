"""The manifest accounts for every input file and is the one record of what is done.

A run commits its work as it goes: each finished shard is followed by a manifest part (its
rows, written atomically under `manifest-parts/`), so a run killed at 90% keeps 90%. The
parts are compacted into `manifest.parquet` when the run ends. A shard that neither the
manifest nor a part references was left between the two writes and is deleted before a new
run starts, so nothing half-written is ever trusted. Duplicates are decided here,
deterministically: the first source (sorted) with given bytes wins.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from medadapt.io import atomic_path
from medadapt.records import Document, document_schema, manifest_schema

MANIFEST = "manifest.parquet"
DOCUMENTS = "documents"
PARTS = "manifest-parts"


@dataclass
class Manifest:
    rows: list[dict[str, Any]]

    @property
    def sources(self) -> set[str]:
        return {row["source"] for row in self.rows}

    @property
    def doc_ids(self) -> dict[str, str]:
        """doc_id -> source of every document already ingested."""
        return {row["doc_id"]: row["source"] for row in self.rows if row["status"] == "ok"}

    def shards(self) -> set[str]:
        return {row["shard"] for row in self.rows if row.get("shard")}


def part_paths(out_dir: Path) -> list[Path]:
    """Committed manifest parts (temp files of a write in progress start with a dot)."""
    parts = out_dir / PARTS
    return sorted(parts.glob("part-*.parquet")) if parts.is_dir() else []


def load_manifest(out_dir: Path) -> Manifest:
    """The compacted manifest plus every committed part; a source appears once (a part,
    being newer, wins over the compacted row if a compaction was cut short)."""
    rows: dict[str, dict[str, Any]] = {}
    for path in [out_dir / MANIFEST, *part_paths(out_dir)]:
        if path.exists():
            for row in pq.read_table(path).to_pylist():
                rows[row["source"]] = normalize_row(row)
    return Manifest(rows=list(rows.values()))


def write_part(out_dir: Path, rows: list[dict[str, Any]]) -> Path | None:
    """Commit finished rows: once this returns, a killed run will not redo these files."""
    if not rows:
        return None
    path = out_dir / PARTS / f"part-{uuid.uuid4().hex[:16]}.parquet"
    table = pa.Table.from_pylist([normalize_row(r) for r in rows], schema=manifest_schema())
    write_table_atomic(table, path)
    return path


def compact(out_dir: Path) -> Manifest:
    """Fold the parts into manifest.parquet (atomically), then delete them."""
    parts = part_paths(out_dir)
    manifest = load_manifest(out_dir)
    write_manifest(out_dir, manifest.rows)
    for path in parts:
        path.unlink()
    return manifest


def remove_orphans(out_dir: Path, manifest: Manifest) -> list[str]:
    """Delete temp files and shards the manifest does not reference (a killed run's)."""
    documents = out_dir / DOCUMENTS
    if not documents.is_dir():
        return []
    keep = manifest.shards()
    removed = []
    for temp in (out_dir / PARTS).glob(".*") if (out_dir / PARTS).is_dir() else ():
        temp.unlink()  # a part being written when the run was killed: its files redo
    for path in documents.iterdir():
        relative = f"{DOCUMENTS}/{path.name}"
        if path.name.startswith(".") or relative not in keep:
            path.unlink()
            removed.append(relative)
    return removed


def mark_duplicates(hashed: list[dict[str, Any]], known: dict[str, str]
                    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Split hashed files into (to process, duplicate manifest rows)."""
    seen = dict(known)
    todo, duplicates = [], []
    for item in sorted(hashed, key=lambda r: r["source"]):
        first = seen.get(item["doc_id"])
        if first is None:
            seen[item["doc_id"]] = item["source"]
            todo.append(item)
        else:
            duplicates.append({**item, "status": "duplicate", "duplicate_of": first,
                               "error": "same bytes as an earlier file; ingested once"})
    return todo, duplicates


def write_table_atomic(table: pa.Table, path: Path) -> None:
    with atomic_path(path) as tmp:
        pq.write_table(table, tmp, compression="zstd")


def write_shard(documents: list[Document], out_dir: Path) -> str:
    """Write one shard of de-identified documents; returns its path relative to out_dir."""
    name = f"part-{uuid.uuid4().hex[:16]}.parquet"
    table = pa.Table.from_pylist([asdict(d) for d in documents], schema=document_schema())
    write_table_atomic(table, out_dir / DOCUMENTS / name)
    return f"{DOCUMENTS}/{name}"


def normalize_row(row: dict[str, Any]) -> dict[str, Any]:
    return {name: row.get(name) for name in manifest_schema().names}


def write_manifest(out_dir: Path, rows: list[dict[str, Any]]) -> None:
    ordered = sorted((normalize_row(r) for r in rows), key=lambda r: r["source"])
    write_table_atomic(pa.Table.from_pylist(ordered, schema=manifest_schema()),
                       out_dir / MANIFEST)


def status_counts(rows: list[dict[str, Any]]) -> dict[str, int]:
    return dict(sorted(Counter(row["status"] for row in rows).items()))
