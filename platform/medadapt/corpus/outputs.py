"""What the corpus stage writes, streamed, and its counts-only summary.

Both builds (in-process and Ray Data) feed patients in patient-id order and dialogues in
`order_key` order to one `CorpusWriter`, so their files are the same byte for byte. Rows are
written as they come (a Parquet writer, CSV and JSONL appends) and published atomically
when the writer closes, so the driver never holds the corpus and a killed build leaves no
half-written file.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections import Counter
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from medadapt.corpus.dialogues import to_jsonl
from medadapt.corpus.fields import LIST_FIELDS, empty_fields
from medadapt.corpus.mix import build_mix
from medadapt.corpus.patient import DEDUP_FILTERS, ITEM_FILTERS
from medadapt.corpus.settings import CorpusConfig
from medadapt.corpus.split import SPLITS
from medadapt.io import atomic_path, write_atomic, write_json

_WORD = re.compile(r"[^\W\d_]{3,}(?:-[^\W\d_]+)*")  # the audit's word shape
_INT_FIELDS = ("n_documents", "kl_grade", "blood_loss_ml", "follow_up_weeks",
               "weight_bearing_weeks")
_BOOL_FIELDS = ("fracture_displaced", "fracture_comminuted", "fracture_open")


def patients_schema() -> pa.Schema:
    """Typed patients table: lists stay lists, None stays null."""
    fields = []
    for name in list(empty_fields()) + ["split"]:
        kind = (pa.list_(pa.string()) if name in LIST_FIELDS else pa.int32()
                if name in _INT_FIELDS else pa.bool_() if name in _BOOL_FIELDS else pa.string())
        fields.append(pa.field(name, kind))
    return pa.schema(fields)


def csv_cells(row: dict[str, Any]) -> list[Any]:
    """A patient row for clinicians' spreadsheets: list cells joined with '; ', nulls empty."""
    return ["; ".join(v) if isinstance(v, list) else "" if v is None else v for v in row.values()]


class Summary:
    """Counts-only summary, accumulated row by row (stats.json)."""

    def __init__(self) -> None:
        self.patients: dict[str, Counter] = {s: Counter() for s in SPLITS}
        self.centers: dict[str, Counter] = {s: Counter() for s in SPLITS}
        self.coverage: Counter = Counter({name: 0 for name in empty_fields()})
        self.dialogues: dict[str, Counter] = {s: Counter() for s in SPLITS}
        self.tasks: Counter = Counter()
        self.ids: list[str] = []
        self.built: Counter = Counter()
        self.removed: Counter = Counter({name: 0 for name in ITEM_FILTERS + DEDUP_FILTERS})
        self.documents_removed: Counter = Counter({name: 0 for name in DEDUP_FILTERS})

    def add_patient(self, row: dict[str, Any]) -> None:
        self.patients[row["split"]][row["language"] or "unknown"] += 1
        self.centers[row["split"]][row["center"] or "unknown"] += 1
        self.coverage.update(n for n in empty_fields() if row.get(n) not in (None, []))

    def add_dialogue(self, dialogue: dict[str, Any]) -> None:
        self.dialogues[dialogue["split"]][dialogue["language"]] += 1
        self.tasks[dialogue["task"]] += 1
        self.ids.append(dialogue["id"])

    def result(self, cfg: CorpusConfig, mix_counts: dict[str, int] | None) -> dict[str, Any]:
        digest = hashlib.sha256(json.dumps(sorted(self.ids)).encode()).hexdigest()
        return {
            "patients": sum(sum(c.values()) for c in self.patients.values()),
            "patients_by_split": {s: dict(sorted(c.items())) for s, c in self.patients.items()},
            "patients_by_split_center": {s: dict(sorted(c.items()))
                                         for s, c in self.centers.items()},
            "dialogues": len(self.ids),
            "dialogues_by_split": {s: dict(sorted(c.items())) for s, c in self.dialogues.items()},
            "dialogues_by_task": dict(sorted(self.tasks.items())),
            "built": dict(self.built), "removed": dict(self.removed),
            "documents_removed": dict(self.documents_removed),
            "field_coverage": dict(self.coverage), "mix": mix_counts,
            "max_tokens": cfg.max_tokens, "model": cfg.model, "digest": digest,
        }


class CorpusWriter:
    """Streams patients.parquet, patients.csv and dialogues/{split}.jsonl; `close()` publishes
    them. Use as a context manager; on an exception nothing is published."""

    def __init__(self, output_dir: Path, summary: Summary) -> None:
        self.output_dir, self.summary = Path(output_dir), summary
        self.schema = patients_schema()
        self._stack = ExitStack()
        paths = {"parquet": output_dir / "patients.parquet", "csv": output_dir / "patients.csv",
                 **{s: output_dir / "dialogues" / f"{s}.jsonl" for s in SPLITS}}
        self._tmp = {k: self._stack.enter_context(atomic_path(p)) for k, p in paths.items()}
        self._parquet = pq.ParquetWriter(self._tmp["parquet"], self.schema)
        self._csv_file = self._stack.enter_context(open(self._tmp["csv"], "w", encoding="utf-8",
                                                        newline=""))
        self._csv = csv.writer(self._csv_file)
        self._csv.writerow(self.schema.names)
        self._jsonl = {s: self._stack.enter_context(open(self._tmp[s], "w", encoding="utf-8"))
                       for s in SPLITS}

    def patients(self, rows: list[dict[str, Any]]) -> None:
        """A batch of patient rows (with split), in patient-id order."""
        if not rows:
            return
        rows = [{n: r.get(n) for n in self.schema.names} for r in rows]
        self._parquet.write_table(pa.Table.from_pylist(rows, schema=self.schema))
        for row in rows:
            self._csv.writerow(csv_cells(row))
            self.summary.add_patient(row)

    def dialogues(self, dialogues: list[dict[str, Any]]) -> None:
        """A batch of kept dialogues (with split), in order_key order."""
        for dialogue in dialogues:
            self._jsonl[dialogue["split"]].write(to_jsonl([dialogue]))
            self.summary.add_dialogue(dialogue)

    def __enter__(self) -> CorpusWriter:
        return self

    def __exit__(self, kind, value, tb) -> bool:
        self._parquet.close()  # then the files close and, without an exception, are renamed
        return bool(self._stack.__exit__(kind, value, tb))


def finish(input_dir: Path, output_dir: Path, cfg: CorpusConfig, summary: Summary
           ) -> dict[str, Any]:
    """After the writer closed: the language mix, both leak checks and stats.json."""
    mix_counts = None
    if cfg.mix:
        train_path = output_dir / "dialogues" / "train.jsonl"
        with open(train_path, encoding="utf-8") as lines:
            train = [json.loads(line) for line in lines]
        mix = build_mix(train, cfg.mix, cfg.seed, cfg.mix_size)
        write_atomic(output_dir / "dialogues" / "train_mix.jsonl", to_jsonl(mix))
        mix_counts = dict(Counter(d["language"] for d in mix))
    result = summary.result(cfg, mix_counts)
    result["leak_scan"] = leak_scan(output_dir)
    result["leak_audit"] = leak_audit(output_dir, surrogate_words(input_dir))
    write_json(output_dir / "stats.json", result)
    return result


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
