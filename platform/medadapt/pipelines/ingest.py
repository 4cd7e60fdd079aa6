"""Ray Data wiring for ingest: list -> hash -> de-duplicate -> extract+clean+de-identify.

The per-file work is `medadapt.ingest.process.process_file`, run by an actor pool; each
actor keeps one guarded child process (timeouts and crashes cost one file) and writes its
own shards, so document text never travels through the driver. The driver only sees
manifest rows, which it merges with the previous run's manifest at the end.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import ray

from medadapt.deid.settings import DeidConfig
from medadapt.errors import ConfigError
from medadapt.ingest.extract import OcrSettings, ocr_available
from medadapt.ingest.guard import GuardedRunner
from medadapt.ingest.manifest import (
    MANIFEST,
    load_manifest,
    mark_duplicates,
    remove_orphans,
    status_counts,
    write_manifest,
    write_shard,
)
from medadapt.ingest.process import FileTask, ProcessSettings, handle_task, init_worker
from medadapt.ingest.settings import IngestConfig
from medadapt.ingest.sources import SourceFile, list_sources, read_bytes
from medadapt.pipelines.runtime import ensure_ray
from medadapt.records import Document, ManifestRow

log = logging.getLogger(__name__)


@dataclass
class IngestSummary:
    output: Path
    files: int  # input files seen this run (new + already known)
    new_files: int
    statuses: dict[str, int]  # over the whole manifest
    pages: int  # pages of documents ingested this run
    pages_ocr: int
    leaks: int  # leak-scan findings over everything this run wrote
    seconds: float
    orphans_removed: int = 0
    notes: list[str] = field(default_factory=list)
    manifest_digest: str = ""  # SHA-256 of manifest.parquet: changes when documents change

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.seconds if self.seconds > 0 else 0.0


def hash_source(row: dict[str, Any]) -> dict[str, Any]:
    """doc_id = SHA-256 of the bytes; unreadable files keep a null id and a reason."""
    try:
        row["doc_id"] = hashlib.sha256(read_bytes(row["source"])).hexdigest()
        row["error"] = None
    except OSError as err:
        row["doc_id"], row["error"] = None, f"cannot read: {type(err).__name__}"
    return row


class IngestActor:
    """One guarded child per actor; each batch of files becomes at most one shard."""

    def __init__(self, settings: ProcessSettings, deid: dict, timeout_s: float, out_dir: str):
        self.out_dir = Path(out_dir)
        self.runner = GuardedRunner(
            init_worker, (settings, deid["key_file"], deid["use_ner"]), handle_task, timeout_s
        )

    def __call__(self, batch: dict[str, Any]) -> dict[str, list]:
        rows, documents = [], []
        for values in zip(*batch.values(), strict=True):
            item = dict(zip(batch.keys(), values, strict=True))
            task = FileTask(item["source"], item["center"], item["doc_id"],
                            int(item["size_bytes"]))
            row, document = self._one(task)
            rows.append(row)
            if document is not None:
                documents.append(document)
        shard = write_shard(documents, self.out_dir) if documents else None
        for row in rows:
            row.shard = shard if row.status == "ok" else None
        columns = [asdict(row) for row in rows]
        return {key: [c[key] for c in columns] for key in columns[0]}

    def _one(self, task: FileTask) -> tuple[ManifestRow, Document | None]:
        started = time.perf_counter()
        outcome = self.runner.run(task)
        if outcome.status == "done":
            result = outcome.value
            row, document = result.manifest, result.document
        else:
            row, document = task.manifest_row(outcome.status, outcome.detail), None
        row.seconds = time.perf_counter() - started
        row.pages_ocr = document.pages_ocr if document else 0
        return row, document


def _settings(cfg: IngestConfig) -> ProcessSettings:
    ocr = OcrSettings(enabled=cfg.ocr, languages=cfg.ocr_languages, dpi=cfg.ocr_dpi)
    return ProcessSettings(max_bytes=cfg.max_bytes, max_pages=cfg.max_pages, ocr=ocr)


def _hash_new(files: list[SourceFile]) -> list[dict[str, Any]]:
    if not files:
        return []
    return ray.data.from_items([asdict(f) for f in files]).map(hash_source).take_all()


def worker_deid_settings(deid: DeidConfig) -> dict[str, Any]:
    """Make sure the corpus secret exists (generated once, here, not racing in workers) and
    tell workers where to read it. The secret itself never enters Ray's task arguments."""
    from medadapt.deid.secret import DEFAULT_SECRET_PATH, ENV_VAR, load_secret

    try:
        source = load_secret(deid.key_file)
    except (OSError, ValueError) as err:
        raise ConfigError(f"deid.key_file: {err}") from None
    log.info("de-identification secret: %s", source.source)
    key_file = deid.key_file
    if key_file is None and not os.environ.get(ENV_VAR):
        key_file = DEFAULT_SECRET_PATH
    return {"key_file": str(key_file) if key_file else None, "use_ner": deid.use_ner}


def _extract(todo: list[dict], cfg: IngestConfig, deid: dict[str, Any], out_dir: Path,
             total: int) -> list[dict[str, Any]]:
    if not todo:
        return []
    dataset = ray.data.from_items(todo).map_batches(
        IngestActor,
        fn_constructor_kwargs={
            "settings": _settings(cfg), "deid": deid,
            "timeout_s": cfg.timeout_s, "out_dir": str(out_dir),
        },
        batch_size=cfg.files_per_shard, num_cpus=1,
        compute=ray.data.ActorPoolStrategy(size=cfg.workers),
    )
    rows, pages, started = [], 0, time.perf_counter()
    for row in dataset.iter_rows():
        rows.append(dict(row))
        pages += int(row["n_pages"] or 0) if row["status"] == "ok" else 0
        if len(rows) % 10 == 0 or len(rows) == len(todo):
            rate = pages / max(time.perf_counter() - started, 1e-9)
            log.info("ingest: %d/%d files, %d pages, %.1f pages/s", len(rows), total, pages, rate)
    return rows


def run_ingest(inputs: list[str], out_dir: Path, cfg: IngestConfig, deid: DeidConfig,
               center: str | None = None) -> IngestSummary:
    """Ingest new files under `inputs` into `out_dir`; known files are not redone."""
    started = time.perf_counter()
    files = list_sources(inputs, center or cfg.center)
    worker_deid = worker_deid_settings(deid)  # fails before any work on a bad key
    out_dir.mkdir(parents=True, exist_ok=True)
    previous = load_manifest(out_dir)
    orphans = remove_orphans(out_dir, previous)
    notes = []
    if cfg.ocr and not ocr_available(_settings(cfg).ocr):
        notes.append(f"OCR unavailable: Tesseract with {cfg.ocr_languages} is not installed "
                     "(sudo make system-deps); image-only pages are counted, not read")
        log.warning(notes[-1])
    new_files = [f for f in files if f.source not in previous.sources]
    new_rows: list[dict[str, Any]] = []
    if new_files or orphans:
        ensure_ray(cfg.workers)
        hashed = _hash_new(new_files)
        unreadable = [{**h, "status": "unreadable"} for h in hashed if h["doc_id"] is None]
        todo, duplicates = mark_duplicates([h for h in hashed if h["doc_id"]], previous.doc_ids)
        new_rows = _extract(todo, cfg, worker_deid, out_dir, len(todo)) + duplicates + unreadable
        write_manifest(out_dir, previous.rows + new_rows)
    elif not (out_dir / MANIFEST).exists():
        write_manifest(out_dir, [])
    manifest_rows = previous.rows + new_rows
    return IngestSummary(
        output=out_dir, files=len(files), new_files=len(new_files),
        statuses=status_counts(manifest_rows),
        pages=sum(int(r["n_pages"] or 0) for r in new_rows if r["status"] == "ok"),
        pages_ocr=sum(int(r.get("pages_ocr") or 0) for r in new_rows),
        leaks=sum(int(r.get("leaks") or 0) for r in new_rows),
        seconds=time.perf_counter() - started, orphans_removed=len(orphans), notes=notes,
        manifest_digest=hashlib.sha256((out_dir / MANIFEST).read_bytes()).hexdigest(),
    )
