"""Field accuracy measured the way a user gets fields: `medadapt ingest` + `medadapt corpus`.

The PDFs of every style go through the real pipeline (Ray ingest with extraction, cleaning
and de-identification, then the corpus build); patients.parquet is matched back to truth by
the source file name (`<id>.pdf`). Only aggregate per-field figures are printed: record ids
and values of a blind set must never reach a log, so nobody tunes a rule on one record.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from medadapt.corpus.field_eval import (
    DERIVED_FIELDS,
    HELDOUT_FIELDS,
    expected_fields,
    score_fields,
)


def _cli(*args: str) -> None:
    """Run a medadapt stage as a user would; its output stays out of our report."""
    cmd = [str(Path(sys.executable).with_name("medadapt")), *args]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        tail = (done.stderr or done.stdout)[-2000:]
        raise RuntimeError(f"{' '.join(args[:1])} failed (exit {done.returncode}):\n{tail}")


def run_pipeline(pdf_dir: Path, work: Path, key_file: Path) -> dict[str, dict[str, Any]]:
    """Ingest + corpus on `pdf_dir`; extracted patient rows by source file stem."""
    ingest, corpus = work / "ingest", work / "corpus"
    _cli("ingest", "--input", str(pdf_dir), "--output", str(ingest), "--key-file", str(key_file))
    _cli("corpus", "--input", str(ingest), "--output", str(corpus))
    manifest = pq.read_table(ingest / "manifest.parquet", columns=["doc_id", "source"])
    source_of = {r["doc_id"]: Path(r["source"]).stem for r in manifest.to_pylist()}
    rows: dict[str, dict[str, Any]] = {}
    for row in pq.read_table(corpus / "patients.parquet").to_pylist():
        for doc_id in row["doc_ids"] or []:
            rows[source_of.get(doc_id, doc_id)] = row
    return rows


def _report(pairs: list[tuple[str, dict, dict]], by: dict[str, str]) -> dict[str, Any]:
    """Per-field scores overall and per style (aggregates only, no record ids)."""
    out: dict[str, Any] = {"records": len(pairs), "fields": {}, "by_style": {}}
    out["fields"] = {k: v.as_dict() for k, v in score_fields(pairs).items()}
    for style in sorted(set(by.values())):
        subset = [p for p in pairs if by[p[0]] == style]
        out["by_style"][style] = {"records": len(subset), "fields": {
            k: v.as_dict() for k, v in score_fields(subset).items()}}
    return out


def score_heldout(root: Path, work: Path, key_file: Path) -> dict[str, Any]:
    """The blind set: `root/pdf/<style>/<id>.pdf` against `root/truth.jsonl`."""
    rows = run_pipeline(root / "pdf", work, key_file)
    truth = [json.loads(line) for line in (root / "truth.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    missing = {k: None for k in HELDOUT_FIELDS}
    pairs = [(t["id"], {k: t["fields"].get(k) for k in HELDOUT_FIELDS},
              rows.get(t["id"], missing)) for t in truth]
    report = _report(pairs, {t["id"]: t["style"] for t in truth})
    report["extracted"] = sum(1 for t in truth if t["id"] in rows)
    report["patients"] = len({rows[t["id"]]["patient_id"] for t in truth if t["id"] in rows})
    return report


def score_generated(seed: int, patients: int, styles: list[str], pages: tuple[int, int],
                    work: Path, key_file: Path) -> dict[str, Any]:
    """Generated development styles through the same pipeline."""
    from medadapt.synth import generate_corpus
    from medadapt.synth.settings import SynthConfig

    synth = work / "synth"
    generate_corpus(SynthConfig(patients=patients, seed=seed, pages=pages, styles=styles), synth)
    rows = run_pipeline(synth / "pdfs", work, key_file)
    pairs, by = [], {}
    for path in sorted((synth / "truth").glob("*.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        expected = expected_fields(truth["facts"])
        pairs.append((truth["patient_id"], expected, rows.get(truth["patient_id"], {})))
        by[truth["patient_id"]] = truth["facts"].get("style") or "long_history"
    return _report(pairs, by)


def markdown(report: dict[str, Any]) -> str:
    """Independent fields, then derived ones; accuracy, precision, list F1."""
    lines = ["| field | kind | n | accuracy | precision | F1 (lists) |",
             "|---|---|---|---|---|---|"]
    fields = report["fields"]
    order = [f for f in fields if f not in DERIVED_FIELDS] + [f for f in fields
                                                               if f in DERIVED_FIELDS]
    for name in order:
        s = fields[name]
        kind = "derived" if name in DERIVED_FIELDS else "independent"
        precision = f"{s['precision']:.3f}" if s.get("precision") is not None else "–"
        f1 = f"{s['f1']:.3f}" if "f1" in s else ""
        lines.append(f"| {name} | {kind} | {s['n']} | {s['accuracy']:.3f} | {precision} | {f1} |")
    return "\n".join(lines)
