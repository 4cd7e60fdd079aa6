"""Manifest parts commit work as it is done; compaction folds them into manifest.parquet;
progress reads as a person needs it."""

import logging

import pyarrow.parquet as pq

from medadapt.ingest.manifest import (
    DOCUMENTS,
    MANIFEST,
    PARTS,
    compact,
    load_manifest,
    remove_orphans,
    write_manifest,
    write_part,
)
from medadapt.ingest.progress import IngestProgress


def row(source: str, status: str = "ok", shard: str | None = None) -> dict:
    return {"source": source, "doc_id": source[-1] * 64, "center": "c", "status": status,
            "shard": shard, "n_pages": 3}


def test_parts_are_read_with_the_manifest_and_compacted_once(tmp_path):
    write_manifest(tmp_path, [row("/a")])
    write_part(tmp_path, [row("/b"), row("/c", "corrupt")])
    write_part(tmp_path, [row("/a", "ok", "documents/x.parquet")])  # a part wins over old row
    manifest = load_manifest(tmp_path)
    assert sorted(manifest.sources) == ["/a", "/b", "/c"]
    assert manifest.shards() == {"documents/x.parquet"}
    compact(tmp_path)
    assert not list((tmp_path / PARTS).iterdir())
    rows = pq.read_table(tmp_path / MANIFEST).to_pylist()
    assert [r["source"] for r in rows] == ["/a", "/b", "/c"]
    assert rows[0]["shard"] == "documents/x.parquet" and rows[2]["status"] == "corrupt"


def test_shards_without_a_committed_part_and_temp_parts_are_removed(tmp_path):
    documents = tmp_path / DOCUMENTS
    documents.mkdir()
    (documents / "part-kept.parquet").write_bytes(b"x")
    (documents / "part-orphan.parquet").write_bytes(b"x")
    write_part(tmp_path, [row("/a", shard=f"{DOCUMENTS}/part-kept.parquet")])
    (tmp_path / PARTS / ".part-half.parquet.1-ab.tmp").write_bytes(b"x")
    removed = remove_orphans(tmp_path, load_manifest(tmp_path))
    assert removed == [f"{DOCUMENTS}/part-orphan.parquet"]
    assert [p.name for p in (tmp_path / PARTS).iterdir()] != [] and not list(
        (tmp_path / PARTS).glob(".*"))


def test_progress_lines_give_files_pages_rate_eta_and_statuses(caplog):
    with caplog.at_level(logging.INFO, logger="medadapt.ingest"):
        with IngestProgress(4, live=False, log_every_s=0) as progress:
            progress.update("ok", 120)
            progress.update("duplicate", 0)
    line = caplog.records[-1].getMessage()
    assert line.startswith("ingest: 2/4 files, 120 pages, ")
    assert "pages/s, ETA " in line and line.endswith("| duplicate=1 ok=1")
