"""The corpus stage end to end: ingest documents -> patients table -> filtered, split dialogues.

`build_corpus(input_dir, output_dir, cfg)` is what `medadapt corpus` and the job stage call.
It writes `patients.parquet`, `patients.csv`, `dialogues/{train,val,test}.jsonl` (and
`train_mix.jsonl` when a mix is configured) and `stats.json` with counts only, then scans
every written file for identifier-shaped strings and reports findings without text.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from medadapt.corpus import filters
from medadapt.corpus.dialogues import DialogueStats, build_dialogues, dialogue_text, to_jsonl
from medadapt.corpus.fields import LIST_FIELDS, empty_fields, extract_patient
from medadapt.corpus.lexicon import load_lexicon
from medadapt.corpus.mix import build_mix
from medadapt.corpus.sections import split_sections
from medadapt.corpus.settings import CorpusConfig
from medadapt.corpus.split import SPLITS, split_patients
from medadapt.errors import UserError
from medadapt.io import write_atomic

log = logging.getLogger(__name__)
_WORD = re.compile(r"[^\W\d_]{3,}(?:-[^\W\d_]+)*")  # the audit's word shape
_INT_FIELDS = ("n_documents", "kl_grade", "blood_loss_ml", "follow_up_weeks",
               "weight_bearing_weeks")
_BOOL_FIELDS = ("fracture_displaced", "fracture_comminuted", "fracture_open")


class CorpusInputError(UserError):
    """The ingest directory is missing or malformed; the message names the path."""


def read_documents(input_dir: Path) -> dict[str, list[dict[str, Any]]]:
    """Documents of manifest rows with status ok, grouped by patient id."""
    manifest_path = input_dir / "manifest.parquet"
    if not manifest_path.exists():
        raise CorpusInputError(f"{manifest_path}: not found; point corpus.input (--input) at an "
                               "ingest output directory")
    manifest = pq.read_table(manifest_path, columns=["doc_id", "status"]).to_pylist()
    ok_ids = {row["doc_id"] for row in manifest if row["status"] == "ok" and row["doc_id"]}
    patients: dict[str, list[dict[str, Any]]] = {}
    for shard in sorted((input_dir / "documents").glob("*.parquet")):
        try:
            rows = pq.read_table(shard, columns=["doc_id", "patient_id", "center", "source",
                                                 "text"]).to_pylist()
        except (OSError, pa.ArrowInvalid, KeyError) as err:
            raise CorpusInputError(f"{shard}: not a document shard ({type(err).__name__}); "
                                   "re-run ingest") from None
        for row in rows:
            if row["doc_id"] in ok_ids and row["text"]:
                patients.setdefault(row["patient_id"], []).append(row)
    return patients


def _token_counter(model: str):
    from transformers import AutoTokenizer

    from medadapt.tiny import resolve_model

    tokenizer = AutoTokenizer.from_pretrained(resolve_model(model))

    @lru_cache(maxsize=65536)
    def count(text: str) -> int:
        return len(tokenizer(text, add_special_tokens=False)["input_ids"])

    def rendered(dialogue: dict[str, Any]) -> int:
        if getattr(tokenizer, "chat_template", None):
            return count(tokenizer.apply_chat_template(dialogue["messages"], tokenize=False))
        return count(dialogue_text(dialogue)) + 16

    return count, rendered


def patients_table(rows: list[dict[str, Any]]) -> pa.Table:
    """Typed Arrow table of patient rows (lists stay lists; None stays null)."""
    names = list(empty_fields()) + ["split"]
    fields = []
    for name in names:
        kind = (pa.list_(pa.string()) if name in LIST_FIELDS else pa.int32()
                if name in _INT_FIELDS else pa.bool_() if name in _BOOL_FIELDS else pa.string())
        fields.append(pa.field(name, kind))
    schema = pa.schema(fields)
    return pa.Table.from_pylist([{n: r.get(n) for n in names} for r in rows], schema=schema)


def patients_csv(table: pa.Table) -> str:
    """Spreadsheet for clinicians: list cells joined with '; ', nulls empty."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(table.column_names)
    for row in table.to_pylist():
        writer.writerow(["; ".join(v) if isinstance(v, list) else "" if v is None else v
                         for v in row.values()])
    return buffer.getvalue()


def apply_filters(dialogues: list[dict[str, Any]], cfg: CorpusConfig, rendered,
                  keywords: tuple[str, ...]) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Length, knowledge density, exact and near duplicates, in that order; counts removed."""
    removed: dict[str, int] = {}
    kept, removed["too_long"] = filters.length_filter(dialogues, rendered, 1, cfg.max_tokens)
    kept, removed["short_answer"] = filters.length_filter(
        kept, lambda d: len(d["messages"][-1]["content"]), cfg.min_answer_chars, 10**9)
    kept, removed["low_density"] = filters.density_filter(
        kept, dialogue_text, keywords, cfg.min_keywords, cfg.min_keyword_share)
    kept, removed["exact_duplicate"] = filters.exact_dedup(kept, dialogue_text)
    kept, removed["near_duplicate"] = filters.grouped(
        kept, lambda d: (d["task"], d["language"]),
        lambda items: filters.near_dedup(items, dialogue_text, cfg.near_dup_threshold,
                                         cfg.near_dup_shingle, cfg.near_dup_perm, seed=cfg.seed))
    return kept, removed


def leak_scan(output_dir: Path) -> dict[str, Any]:
    """scan_for_leaks over every written file; per-file counts by label, no text."""
    from medadapt.deid import scan_for_leaks

    per_file: dict[str, dict[str, int]] = {}
    for path in sorted(p for p in output_dir.rglob("*") if p.is_file()):
        if path.name.startswith((".", "_")) or path.name == "stats.json":
            continue
        if path.suffix == ".parquet":
            table = pq.read_table(path)
            text = "\n".join(str(v) for col in table.columns for v in col.to_pylist()
                             if v is not None)
        else:
            text = path.read_text(encoding="utf-8")
        labels = Counter(f.label for f in scan_for_leaks(text))
        per_file[str(path.relative_to(output_dir))] = dict(labels)
    return {"files": len(per_file), "findings": sum(sum(v.values()) for v in per_file.values()),
            "by_file": {k: v for k, v in per_file.items() if v}}


def surrogate_words(input_dir: Path) -> set[str]:
    """Every word ingest wrote as a surrogate (from `phi_spans`, output offsets), so the audit
    below can tell a surrogate name from a real one the detector missed."""
    words: set[str] = set()
    for shard in sorted((input_dir / "documents").glob("*.parquet")):
        if "phi_spans" not in pq.read_schema(shard).names:
            continue
        for row in pq.read_table(shard, columns=["text", "phi_spans"]).to_pylist():
            for span in row["phi_spans"] or []:
                words.update(_WORD.findall(row["text"][span["start"]:span["end"]]))
    return words


def leak_audit(output_dir: Path, surrogates: set[str]) -> dict[str, Any]:
    """The independent audit (deid.audit: dictionary sweep for name-like words, digit runs)
    over every written file, outside the known surrogates: a second method, unlike
    `leak_scan`, which reuses the detector's identifier shapes. Counts only, no text."""
    from medadapt.deid.audit import audit_text

    per_file: dict[str, dict[str, int]] = {}
    for path, text in _written_texts(output_dir):
        kinds = Counter(f.kind for f in audit_text(text)
                        if text[f.start:f.end] not in surrogates)
        per_file[str(path.relative_to(output_dir))] = dict(kinds)
    return {"files": len(per_file),
            "residual_risk": sum(sum(v.values()) for v in per_file.values()),
            "by_file": {k: v for k, v in per_file.items() if v}}


def _written_texts(output_dir: Path):
    """(path, text) of each dialogue/CSV file the corpus wrote (Parquet mirrors the CSV)."""
    for path in sorted(p for p in output_dir.rglob("*") if p.is_file()):
        if path.suffix in (".jsonl", ".csv") and not path.name.startswith((".", "_")):
            yield path, path.read_text(encoding="utf-8")


def _counts(dialogues: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {s: {} for s in SPLITS}
    for d in dialogues:
        out[d["split"]][d["language"]] = out[d["split"]].get(d["language"], 0) + 1
    return out


def build_corpus(input_dir: str | Path, output_dir: str | Path,
                 cfg: CorpusConfig | None = None) -> dict[str, Any]:
    """Build the corpus from an ingest directory; returns the summary also in stats.json."""
    cfg = cfg or CorpusConfig()
    input_dir, output_dir = Path(input_dir), Path(output_dir)
    lex = load_lexicon()
    documents = read_documents(input_dir)
    if not documents:
        raise CorpusInputError(f"{input_dir}: no documents with status ok; nothing to build")
    rows, sections = [], {}
    for pid in sorted(documents):
        rows.append(extract_patient(pid, documents[pid], lex))
        sections[pid] = [s for d in rows[-1]["doc_ids"] for doc in documents[pid]
                         if doc["doc_id"] == d for s in split_sections(doc["text"], lex)]
    assignment = split_patients({r["patient_id"]: r["language"] or "ru" for r in rows},
                                cfg.split, cfg.seed)
    for row in rows:
        row["split"] = assignment[row["patient_id"]]
    count, rendered = _token_counter(cfg.model)
    stats = DialogueStats()
    dialogues = [d for row in sorted(rows, key=lambda r: SPLITS.index(r["split"]))
                 for d in build_dialogues(row, sections[row["patient_id"]], lex, count, cfg,
                                          stats)]
    keywords = tuple(dict.fromkeys(lex.keywords["ru"] + lex.keywords["kk"]))
    kept, removed = apply_filters(dialogues, cfg, rendered, keywords)
    table = patients_table(rows)
    output_dir.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, output_dir / "patients.parquet")
    write_atomic(output_dir / "patients.csv", patients_csv(table))
    for split in SPLITS:
        write_atomic(output_dir / "dialogues" / f"{split}.jsonl",
               to_jsonl([d for d in kept if d["split"] == split]))
    mix_counts = None
    if cfg.mix:
        mix = build_mix([d for d in kept if d["split"] == "train"], cfg.mix, cfg.seed,
                        cfg.mix_size)
        write_atomic(output_dir / "dialogues" / "train_mix.jsonl", to_jsonl(mix))
        mix_counts = dict(Counter(d["language"] for d in mix))
    summary = _summary(rows, kept, removed, stats, mix_counts, cfg)
    summary["leak_scan"] = leak_scan(output_dir)
    summary["leak_audit"] = leak_audit(output_dir, surrogate_words(input_dir))
    write_atomic(output_dir / "stats.json", json.dumps(summary, indent=2, ensure_ascii=False))
    log.info("corpus: %d patients, %d dialogues kept, %d leak findings", len(rows), len(kept),
             summary["leak_scan"]["findings"])
    return summary


def _summary(rows: list[dict[str, Any]], kept: list[dict[str, Any]], removed: dict[str, int],
             stats: DialogueStats, mix_counts: dict[str, int] | None,
             cfg: CorpusConfig) -> dict[str, Any]:
    patients: dict[str, dict[str, int]] = {s: {} for s in SPLITS}
    for row in rows:
        lang = row["language"] or "unknown"
        patients[row["split"]][lang] = patients[row["split"]].get(lang, 0) + 1
    coverage = {name: sum(1 for r in rows if r.get(name) not in (None, []))
                for name in empty_fields()}
    digest = hashlib.sha256(json.dumps(sorted(d["id"] for d in kept)).encode()).hexdigest()
    return {
        "patients": len(rows), "patients_by_split": patients,
        "dialogues": len(kept), "dialogues_by_split": _counts(kept),
        "dialogues_by_task": dict(Counter(d["task"] for d in kept)),
        "built": stats.as_dict(), "removed": removed, "field_coverage": coverage,
        "mix": mix_counts, "max_tokens": cfg.max_tokens, "model": cfg.model,
        "digest": digest,
    }
