"""The corpus stage in one process: ingest documents -> patients table -> filtered, split
dialogues. The Ray Data build (`medadapt.pipelines.corpus`) runs the same steps over workers;
this path stays for debugging and small runs, and the tests hold the two to the same output.

`build_corpus(input_dir, output_dir, cfg)` writes `patients.parquet`, `patients.csv`,
`dialogues/{train,val,test}.jsonl` (and `train_mix.jsonl` when a mix is configured) and
`stats.json` with counts only, then scans every written file for identifier-shaped strings
and reports findings without text.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from medadapt.corpus.dedup import NearDupParams, document_key, drops_in_memory, order_key
from medadapt.corpus.dialogues import dialogue_text
from medadapt.corpus.filters import dedup
from medadapt.corpus.outputs import CorpusWriter, Summary, finish
from medadapt.corpus.patient import PatientBuilder
from medadapt.corpus.settings import CorpusConfig
from medadapt.corpus.split import split_patients
from medadapt.errors import UserError

log = logging.getLogger(__name__)
DOCUMENT_COLUMNS = ["doc_id", "patient_id", "center", "source", "text"]


class CorpusInputError(UserError):
    """The ingest directory is missing or malformed; the message names the path."""


def ok_doc_ids(input_dir: Path) -> set[str]:
    """Doc ids of manifest rows with status ok (the only documents the corpus reads)."""
    manifest_path = input_dir / "manifest.parquet"
    if not manifest_path.exists():
        raise CorpusInputError(f"{manifest_path}: not found; point corpus.input (--input) at an "
                               "ingest output directory")
    manifest = pq.read_table(manifest_path, columns=["doc_id", "status"]).to_pylist()
    return {row["doc_id"] for row in manifest if row["status"] == "ok" and row["doc_id"]}


def document_shards(input_dir: Path) -> list[Path]:
    return sorted((input_dir / "documents").glob("*.parquet"))


def read_documents(input_dir: Path) -> dict[str, list[dict[str, Any]]]:
    """Documents of manifest rows with status ok, grouped by patient id."""
    ok_ids = ok_doc_ids(input_dir)
    patients: dict[str, list[dict[str, Any]]] = {}
    for shard in document_shards(input_dir):
        try:
            rows = pq.read_table(shard, columns=DOCUMENT_COLUMNS).to_pylist()
        except (OSError, pa.ArrowInvalid, KeyError) as err:
            raise CorpusInputError(f"{shard}: not a document shard ({type(err).__name__}); "
                                   "re-run ingest") from None
        for row in rows:
            if row["doc_id"] in ok_ids and row["text"]:
                patients.setdefault(row["patient_id"], []).append(row)
    return patients


def near_params(cfg: CorpusConfig) -> NearDupParams:
    return NearDupParams(cfg.near_dup_threshold, cfg.near_dup_shingle, cfg.near_dup_perm,
                         seed=cfg.seed)


DOCUMENT_PERM, DOCUMENT_BANDS = 128, 16  # signatures confirm document pairs: more rows


def document_params(cfg: CorpusConfig) -> NearDupParams | None:
    if cfg.document_dup_threshold is None:
        return None
    return NearDupParams(cfg.document_dup_threshold, cfg.near_dup_shingle, DOCUMENT_PERM,
                         DOCUMENT_BANDS, seed=cfg.seed)


def key_of_document(doc: dict[str, Any]) -> str:
    return document_key(doc["patient_id"], doc["source"] or "", doc["doc_id"])


def drop_duplicate_documents(documents: dict[str, list[dict[str, Any]]], cfg: CorpusConfig,
                             summary: Summary) -> dict[str, list[dict[str, Any]]]:
    """The same letter filed twice (two files, two centers, maybe two patients by the
    record): the later copy goes, so no text is both trained on and scored."""
    params = document_params(cfg)
    if params is None:
        return documents
    items = [(key_of_document(d), "document", d["text"]) for docs in documents.values()
             for d in docs]
    exact, near = drops_in_memory(items, params, by_signature=True)
    summary.documents_removed.update({"exact_duplicate": len(exact),
                                      "near_duplicate": len(near)})
    kept = {pid: [d for d in docs if key_of_document(d) not in exact | near]
            for pid, docs in documents.items()}
    return {pid: docs for pid, docs in kept.items() if docs}


def dedup_group(dialogue: dict[str, Any]) -> str:
    """Near duplicates are looked for within one task and language."""
    return f"{dialogue['task']}|{dialogue['language']}"


def with_split(dialogues: list[dict[str, Any]], split: str) -> list[dict[str, Any]]:
    """The patient's dialogues tagged with its split and their order key."""
    return [{**d, "split": split, "_key": order_key(split, d["patient_id"], i)}
            for i, d in enumerate(dialogues)]


def strip_key(dialogue: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in dialogue.items() if k != "_key"}


def build_corpus(input_dir: str | Path, output_dir: str | Path,
                 cfg: CorpusConfig | None = None) -> dict[str, Any]:
    """Build the corpus from an ingest directory; returns the summary also in stats.json."""
    cfg = cfg or CorpusConfig()
    input_dir, output_dir = Path(input_dir), Path(output_dir)
    documents = read_documents(input_dir)
    if not documents:
        raise CorpusInputError(f"{input_dir}: no documents with status ok; nothing to build")
    summary = Summary()
    documents = drop_duplicate_documents(documents, cfg, summary)
    builder = PatientBuilder(cfg)
    results = [builder(pid, documents[pid]) for pid in sorted(documents)]
    assignment = split_patients({r.row["patient_id"]: r.row["language"] or "ru"
                                 for r in results}, cfg.split, cfg.seed)
    dialogues = []
    for result in results:
        split = assignment[result.row["patient_id"]]
        result.row["split"] = split
        dialogues += with_split(result.dialogues, split)
        summary.built.update(result.built)
        summary.removed.update(result.removed)
    dialogues.sort(key=lambda d: d["_key"])
    kept, summary.removed["exact_duplicate"], summary.removed["near_duplicate"] = dedup(
        dialogues, dialogue_text, dedup_group, near_params(cfg))
    output_dir.mkdir(parents=True, exist_ok=True)
    with CorpusWriter(output_dir, summary) as writer:
        writer.patients([r.row for r in results])
        writer.dialogues([strip_key(d) for d in kept])
    stats = finish(input_dir, output_dir, cfg, summary)
    log.info("corpus: %d patients, %d dialogues kept, %d leak findings", stats["patients"],
             stats["dialogues"], stats["leak_scan"]["findings"])
    return stats
