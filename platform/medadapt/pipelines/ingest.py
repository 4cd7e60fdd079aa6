"""Ray Data wiring for ingest: list -> hash -> de-duplicate -> extract+clean+de-identify.

The per-file work is `medadapt.ingest.process.process_file`, run by an actor pool; each
actor keeps one guarded child process (timeouts and crashes cost one file) and writes its
own shards, so document text never travels through the driver. Each shard is followed by a
manifest part with its rows, so a killed run keeps every finished shard; the driver streams
only small status rows (for progress) and compacts the parts when the run ends. Hashing runs
on driver threads, streaming, instead of as a Ray Data stage: it is I/O and hashlib releases
the GIL, and a Ray Data map cost seconds of fixed start-up.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
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
    compact,
    load_manifest,
    mark_duplicates,
    part_paths,
    remove_orphans,
    status_counts,
    write_manifest,
    write_part,
    write_shard,
)
from medadapt.ingest.process import FileTask, ProcessSettings, handle_task, init_worker
from medadapt.ingest.progress import IngestProgress
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
        write_part(self.out_dir, [asdict(row) for row in rows])  # commits shard + rows
        return {"status": [r.status for r in rows],
                "n_pages": [int(r.n_pages or 0) for r in rows],
                "pages_ocr": [int(r.pages_ocr or 0) for r in rows],
                "leaks": [int(r.leaks or 0) for r in rows]}

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
    ocr = OcrSettings(enabled=cfg.ocr, languages=cfg.ocr_languages, dpi=cfg.ocr_dpi,
                      min_dpi=cfg.ocr_dpi_range[0], max_dpi=cfg.ocr_dpi_range[1],
                      min_confidence=cfg.ocr_min_confidence)
    return ProcessSettings(max_bytes=cfg.max_bytes, max_pages=cfg.max_pages, ocr=ocr,
                           strict=cfg.strict)


def hash_stream(files: list[SourceFile], threads: int = 8) -> Iterator[dict[str, Any]]:
    """Hash files on a few threads, in order, never holding more than a window of bytes."""
    window = 8 * threads
    with ThreadPoolExecutor(threads) as pool:
        for start in range(0, len(files), window):
            yield from pool.map(hash_source, [asdict(f) for f in files[start:start + window]])


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
             progress: IngestProgress) -> None:
    """Run the actor pool; rows are committed by the actors, the driver only counts."""
    if not todo:
        return
    dataset = ray.data.from_items(todo, override_num_blocks=max(
        1, min(len(todo) // cfg.files_per_shard, 64 * cfg.workers))).map_batches(
        IngestActor,
        fn_constructor_kwargs={
            "settings": _settings(cfg), "deid": deid,
            "timeout_s": cfg.timeout_s, "out_dir": str(out_dir),
        },
        batch_size=cfg.files_per_shard, num_cpus=1,
        compute=ray.data.ActorPoolStrategy(size=cfg.workers),
    )
    context = ray.data.DataContext.get_current()
    ray_bars = context.enable_progress_bars
    context.enable_progress_bars = ray_bars and not progress.live  # one live bar at a time
    try:
        for batch in dataset.iter_batches(batch_size=None, batch_format="numpy"):
            for status, pages in zip(batch["status"], batch["n_pages"], strict=True):
                progress.update(str(status), int(pages))
    finally:
        context.enable_progress_bars = ray_bars


@dataclass
class _Tally:
    pages: int = 0
    pages_ocr: int = 0
    leaks: int = 0


def _tally_new(out_dir: Path, known: set[str]) -> _Tally:
    """Pages, OCR pages and leaks of rows this run added (read back from the parts)."""
    tally = _Tally()
    for row in load_manifest(out_dir).rows:
        if row["source"] not in known:
            tally.pages += int(row["n_pages"] or 0) if row["status"] == "ok" else 0
            tally.pages_ocr += int(row.get("pages_ocr") or 0)
            tally.leaks += int(row.get("leaks") or 0)
    return tally


def _ocr_notes(cfg: IngestConfig) -> list[str]:
    if cfg.ocr and not ocr_available(_settings(cfg).ocr):
        note = (f"OCR unavailable: Tesseract with {cfg.ocr_languages} is not installed "
                "(sudo make system-deps); image-only pages are counted, not read")
        log.warning(note)
        return [note]
    return []


def _process_new(new_files: list[SourceFile], previous_ids: dict[str, str], cfg: IngestConfig,
                 deid: dict[str, Any], out_dir: Path) -> None:
    """Hash, commit duplicates and unreadable files at once, then extract the rest."""
    hashed, todo_candidates = [], []
    for item in hash_stream(new_files):
        (hashed if item["doc_id"] is None else todo_candidates).append(item)
    unreadable = [{**h, "status": "unreadable"} for h in hashed]
    todo, duplicates = mark_duplicates(todo_candidates, previous_ids)
    write_part(out_dir, duplicates + unreadable)
    with IngestProgress(len(new_files)) as progress:
        for row in duplicates + unreadable:
            progress.update(row["status"], 0)
        _extract(todo, cfg, deid, out_dir, progress)


def run_ingest(inputs: list[str], out_dir: Path, cfg: IngestConfig, deid: DeidConfig,
               center: str | None = None) -> IngestSummary:
    """Ingest new files under `inputs` into `out_dir`; known files are not redone, and a
    killed run's committed shards are kept."""
    started = time.perf_counter()
    files = list_sources(inputs, center or cfg.center)
    worker_deid = worker_deid_settings(deid)  # fails before any work on a bad key
    out_dir.mkdir(parents=True, exist_ok=True)
    previous = load_manifest(out_dir)
    orphans = remove_orphans(out_dir, previous)
    notes = _ocr_notes(cfg)
    known = previous.sources
    new_files = [f for f in files if f.source not in known]
    if new_files:
        ensure_ray(cfg.workers)
        _process_new(new_files, previous.doc_ids, cfg, worker_deid, out_dir)
    tally = _tally_new(out_dir, known) if new_files else _Tally()
    if new_files or orphans or part_paths(out_dir):
        manifest = compact(out_dir)
    else:
        manifest = previous
        if not (out_dir / MANIFEST).exists():
            write_manifest(out_dir, [])
    return IngestSummary(
        output=out_dir, files=len(files), new_files=len(new_files),
        statuses=status_counts(manifest.rows), pages=tally.pages, pages_ocr=tally.pages_ocr,
        leaks=tally.leaks, seconds=time.perf_counter() - started,
        orphans_removed=len(orphans), notes=notes,
        manifest_digest=hashlib.sha256((out_dir / MANIFEST).read_bytes()).hexdigest(),
    )
