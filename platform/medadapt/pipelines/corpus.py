"""Ray Data wiring for the corpus stage: the in-process build's steps over a cluster.

    documents -> copies of a letter dropped (groupby exact hash; MinHash per group)
      -> groupby patient -> PatientBuilder (tasks) -> staged patients
    driver: the split over (patient, language) only
      -> dialogues staged with order keys -> duplicates dropped the same way
      -> sorted, streamed writes

Workers hold one patient's documents (or one duplicate bucket) at a time, so their memory
does not grow with the corpus. The driver holds only small things: the patient -> language
map for the split, the keys of dropped dialogues, and one batch being written. Every
decision is made by the pure functions `build_corpus` uses (`corpus.patient`,
`corpus.dedup`, `corpus.split`), so both give the same files.
"""

from __future__ import annotations

import json
import logging
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyarrow as pa
import ray

from medadapt.corpus.build import (
    DOCUMENT_COLUMNS,
    CorpusInputError,
    build_corpus,
    dedup_group,
    document_params,
    document_shards,
    key_of_document,
    near_params,
    ok_doc_ids,
    strip_key,
    with_split,
)
from medadapt.corpus.dedup import NearDupParams, exact_drops, exact_key, near_drops, signature
from medadapt.corpus.dialogues import dialogue_text
from medadapt.corpus.outputs import CorpusWriter, Summary, finish
from medadapt.corpus.patient import PatientBuilder
from medadapt.corpus.settings import CorpusConfig
from medadapt.corpus.split import split_patients
from medadapt.pipelines.runtime import ensure_ray, on_cluster

log = logging.getLogger(__name__)
STAGING = "_staging"  # under the output directory; removed when the build ends
BATCH = 256


def run_corpus(input_dir: str | Path, output_dir: str | Path,
               cfg: CorpusConfig | None = None) -> dict[str, Any]:
    """`corpus.engine` decides: Ray Data or the in-process build (same output)."""
    cfg = cfg or CorpusConfig()
    if engine_for(Path(input_dir), cfg) == "local":
        return build_corpus(input_dir, output_dir, cfg)
    return build_corpus_ray(Path(input_dir), Path(output_dir), cfg)


def engine_for(input_dir: Path, cfg: CorpusConfig) -> str:
    """`auto`: Ray Data on a cluster or for a large input; one process for a small one,
    where Ray's fixed start-up (tens of seconds on two cores) would dominate."""
    if cfg.engine != "auto":
        return cfg.engine
    if on_cluster() or len(ok_doc_ids(input_dir)) >= cfg.ray_min_documents:
        return "ray"
    return "local"


@contextmanager
def stage(name: str) -> Iterator[None]:
    """One log line per stage with its seconds: where a long build spends its time."""
    started = time.perf_counter()
    yield
    log.info("corpus stage %s: %.1f s", name, time.perf_counter() - started)


def partitions(documents: int, workers: int) -> int:
    """Shuffle partitions: about 256 documents each, at least one per worker (Ray's default
    of 200 costs seconds of empty tasks on a small corpus)."""
    return max(workers, min(1000, documents // 256 + 1))


@lru_cache(maxsize=1)
def _builder(cfg_json: str) -> PatientBuilder:
    """One PatientBuilder (lexicon + tokenizer) per worker process, reused by its tasks.
    Tasks rather than an actor pool: actors would hold every CPU while the groupby shuffle
    before them still needs one, and the build would wait forever on a small cluster."""
    return PatientBuilder(CorpusConfig.model_validate_json(cfg_json))


def _patient_group(group: pa.Table, cfg_json: str) -> pa.Table:
    docs = group.to_pylist()
    result = _builder(cfg_json)(docs[0]["patient_id"], docs)
    return pa.table({
        "patient_id": [result.row["patient_id"]],
        "language": [result.row["language"] or "ru"],
        "row": [json.dumps(result.row, ensure_ascii=False)],
        "dialogues": pa.array([[json.dumps(d, ensure_ascii=False) for d in result.dialogues]],
                              pa.list_(pa.string())),
        "counts": [json.dumps({"built": result.built, "removed": result.removed})],
    })


def _dialogue_rows(assignment: dict[str, str]):
    """Staged patient -> its dialogues with split, order key and dedup group."""
    def explode(row: dict[str, Any]) -> list[dict[str, Any]]:
        split = assignment[row["patient_id"]]
        out = []
        for d in with_split([json.loads(j) for j in row["dialogues"]], split):
            out.append({"key": d["_key"], "group": dedup_group(d), "text": dialogue_text(d),
                        "json": json.dumps(strip_key(d), ensure_ascii=False)})
        return out
    return explode


def _exact_group(group: pa.Table) -> pa.Table:
    return pa.table({"key": pa.array(exact_drops(group["key"].to_pylist()), pa.string())})


def _signed(params: NearDupParams, by_signature: bool):
    """Item -> its MinHash signature beside it (documents keep only the signature)."""
    def sign(row: dict[str, Any]) -> dict[str, Any]:
        return {"key": row["key"], "group": row["group"],
                "text": "" if by_signature else row["text"],
                "sig": signature(row["text"], params).tobytes()}
    return sign


def _group_drops(params: NearDupParams, by_signature: bool):
    def drops(group: pa.Table) -> pa.Table:
        items = zip(*(group[c].to_pylist() for c in ("key", "group", "text", "sig")),
                    strict=True)
        return pa.table({"key": pa.array(sorted(near_drops(items, params, by_signature)),
                                         pa.string())})
    return drops


def ray_drops(items: ray.data.Dataset, params: NearDupParams, parts: int,
              by_signature: bool = False) -> tuple[set[str], set[str]]:
    """`dedup.drops_in_memory` over a dataset of (key, group, text) rows, on Ray Data: exact
    hashes grouped first; then signatures computed in parallel and the sequential near rule
    run per group (groups never share a band); only keys reach the driver."""
    exact = {r["key"] for r in items.map(lambda r: {"key": r["key"],
                                                    "exact": exact_key(r["text"])})
             .groupby("exact", num_partitions=parts)
             .map_groups(_exact_group, batch_format="pyarrow").iter_rows()}
    near = {r["key"] for r in
            items.filter(lambda r: r["key"] not in exact).map(_signed(params, by_signature))
            .groupby("group", num_partitions=parts)
            .map_groups(_group_drops(params, by_signature), batch_format="pyarrow").iter_rows()}
    return exact, near


def build_corpus_ray(input_dir: Path, output_dir: Path, cfg: CorpusConfig) -> dict[str, Any]:
    """The corpus on Ray Data; the same files and summary as `build_corpus`."""
    ok_ids = ok_doc_ids(input_dir)
    shards = document_shards(input_dir)
    if not ok_ids or not shards:
        raise CorpusInputError(f"{input_dir}: no documents with status ok; nothing to build")
    ensure_ray(cfg.workers)
    staging = output_dir / STAGING
    shutil.rmtree(staging, ignore_errors=True)  # a killed build's leftovers
    try:
        summary = _build(input_dir, output_dir, cfg, ok_ids, shards, staging)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    with stage("leak checks and stats"):
        stats = finish(input_dir, output_dir, cfg, summary)
    log.info("corpus (Ray Data): %d patients, %d dialogues kept, %d leak findings",
             stats["patients"], stats["dialogues"], stats["leak_scan"]["findings"])
    return stats


def _build(input_dir: Path, output_dir: Path, cfg: CorpusConfig, ok_ids: set[str],
           shards: list[Path], staging: Path) -> Summary:
    """Everything but the finishing checks; returns the summary's counts."""
    try:
        docs = ray.data.read_parquet([str(s) for s in shards], columns=DOCUMENT_COLUMNS)
    except (OSError, pa.ArrowInvalid, KeyError) as err:
        raise CorpusInputError(f"{input_dir / 'documents'}: not document shards "
                               f"({type(err).__name__}); re-run ingest") from None
    docs = docs.filter(lambda r: r["doc_id"] in ok_ids and bool(r["text"]))
    parts = partitions(len(ok_ids), cfg.workers)
    summary = Summary()
    doc_params = document_params(cfg)
    if doc_params is not None:
        items = docs.map(lambda r: {"key": key_of_document(r), "group": "document",
                                    "text": r["text"]})
        with stage("duplicate documents"):
            exact_docs, near_docs = ray_drops(items, doc_params, parts, by_signature=True)
        summary.documents_removed.update({"exact_duplicate": len(exact_docs),
                                          "near_duplicate": len(near_docs)})
        copies = exact_docs | near_docs
        docs = docs.filter(lambda r: key_of_document(r) not in copies)
    with stage("patients (fields, dialogues, filters)"):
        docs.groupby("patient_id", num_partitions=parts).map_groups(
            _patient_group, fn_args=(cfg.model_dump_json(),), batch_format="pyarrow",
            concurrency=cfg.workers).write_parquet(str(staging / "patients"))
    patients = ray.data.read_parquet(str(staging / "patients"))
    with stage("split"):
        languages: dict[str, str] = {}
        for batch in patients.select_columns(["patient_id", "language", "counts"]).iter_batches(
                batch_size=4096, batch_format="pyarrow"):
            for pid, lang, counts in zip(*(batch[c].to_pylist() for c in batch.column_names),
                                         strict=True):
                languages[pid] = lang
                counts = json.loads(counts)
                summary.built.update(counts["built"])
                summary.removed.update(counts["removed"])
        if not languages:
            raise CorpusInputError(f"{input_dir}: no documents with status ok; nothing to build")
        assignment = split_patients(languages, cfg.split, cfg.seed)
        del languages

    with stage("dialogues staged"):
        patients.flat_map(_dialogue_rows(assignment)).write_parquet(str(staging / "dialogues"))
    dialogues = ray.data.read_parquet(str(staging / "dialogues"))
    with stage("duplicate dialogues"):
        exact, near = ray_drops(dialogues.select_columns(["key", "group", "text"]),
                                near_params(cfg), parts)
    summary.removed["exact_duplicate"], summary.removed["near_duplicate"] = len(exact), len(near)
    dropped = exact | near

    output_dir.mkdir(parents=True, exist_ok=True)
    with stage("sorted writes"), CorpusWriter(output_dir, summary) as writer:
        for batch in patients.select_columns(["patient_id", "row"]).sort("patient_id") \
                .iter_batches(batch_size=BATCH, batch_format="pyarrow"):
            rows = [json.loads(r) for r in batch["row"].to_pylist()]
            writer.patients([{**r, "split": assignment[r["patient_id"]]} for r in rows])
        for batch in dialogues.select_columns(["key", "json"]) \
                .filter(lambda r: r["key"] not in dropped).sort("key") \
                .iter_batches(batch_size=BATCH, batch_format="pyarrow"):
            writer.dialogues([json.loads(j) for j in batch["json"].to_pylist()])
    return summary
