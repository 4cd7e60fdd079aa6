"""Score extracted fields against the synthetic generator's truth `facts`.

The truth -> field mapping is defined here once (`expected_fields`). A fact whose source
section the record does not contain (`facts["sections"]`) is expected to be None: the
extractor must not guess what the record does not say. Scalars score accuracy; list fields
score micro precision/recall/F1 over items and exact-set accuracy; diagnoses score
whitespace-normalised exact match.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# field -> the record section that must be present for the fact to be stated
SECTION_OF = {
    "complaints": "anamnesis", "mechanism": "anamnesis",
    "procedure": "operative", "procedure_type": "operative", "implants": "operative",
    "anesthesia": "operative", "blood_loss_ml": "operative", "diagnosis_post": "operative",
    "rehabilitation": "rehabilitation", "restrictions": "rehabilitation",
    "weight_bearing_weeks": "rehabilitation", "follow_up_weeks": "follow_up",
}
LIST_FIELDS = ("implants", "icd10", "complaints", "rehabilitation", "restrictions")
# Lookups from another field or copies: reported apart, they measure nothing on their own.
DERIVED_FIELDS = ("condition", "limb", "procedure_type", "oa_joint", "soft_tissue", "center",
                  "language")
# The blind held-out set's truth schema (datasets/fields_heldout/check.py).
HELDOUT_FIELDS = ("site", "side", "fracture_displaced", "fracture_comminuted", "fracture_open",
                  "ao_ota", "kl_grade", "mechanism", "procedure", "implants", "anesthesia",
                  "blood_loss_ml", "icd10", "complaints", "rehabilitation", "restrictions",
                  "weight_bearing_weeks", "follow_up_weeks")
TEXT_FIELDS = ("diagnosis_pre", "diagnosis_post")
PROCEDURE_TYPE = {"total_hip_arthroplasty": "arthroplasty", "total_knee_arthroplasty":
                  "arthroplasty", "acl_reconstruction": "other", "partial_meniscectomy": "other"}


def _list(value: list | None) -> list | None:
    return None if value is None else list(value)


def _norm(text: str | None) -> str | None:
    return " ".join(text.split()) if text else None


def expected_fields(facts: dict[str, Any], center: str | None = None) -> dict[str, Any]:
    """What a correct extractor returns for a record with these truth facts."""
    fracture = facts.get("fracture") or {}
    oa = facts.get("oa") or {}
    procedure = facts.get("procedure")
    expected: dict[str, Any] = {
        "language": facts["language"], "condition": facts["condition"], "site": facts["site"],
        "side": facts["side"], "limb": facts["limb"],
        "fracture_displaced": fracture.get("displaced"),
        "fracture_comminuted": fracture.get("comminuted"),
        "fracture_open": fracture.get("open"), "ao_ota": fracture.get("ao_ota"),
        "oa_joint": oa.get("joint"), "kl_grade": oa.get("kl_grade"),
        "soft_tissue": facts.get("soft_tissue"), "mechanism": facts.get("mechanism"),
        "procedure": procedure,
        "procedure_type": PROCEDURE_TYPE.get(procedure, "osteosynthesis") if procedure else None,
        "implants": _list(facts.get("implants")) if facts.get("operated", True) else None,
        "anesthesia": facts.get("anesthesia"),
        "blood_loss_ml": facts.get("blood_loss_ml"), "icd10": _list(facts.get("icd10")),
        "complaints": _list(facts.get("complaints")),
        "rehabilitation": _list(facts.get("rehabilitation")),
        "restrictions": _list(facts.get("restrictions")),
        "weight_bearing_weeks": facts.get("weight_bearing_weeks"),
        "follow_up_weeks": (facts.get("follow_up") or {}).get("weeks"),
        "diagnosis_pre": _norm(facts.get("diagnosis_pre")),
        "diagnosis_post": _norm(facts.get("diagnosis_post")),
    }
    if facts.get("style") not in (None, "long_history"):
        for name in TEXT_FIELDS:  # short styles quote no labelled pre/post diagnosis
            expected.pop(name)
    if not {"no_weight_bearing", "partial_weight_bearing"} & set(expected["restrictions"] or []):
        expected["weight_bearing_weeks"] = None  # weeks belong to a weight-bearing restriction
    if center is not None:
        expected["center"] = center
    kept = set(facts.get("sections") or [])
    for name, section in SECTION_OF.items():
        if kept and section not in kept:
            expected[name] = None
    return expected


@dataclass
class FieldScore:
    n: int = 0
    correct: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    stated: int = 0  # scalar predictions that are not None
    stated_correct: int = 0
    errors: list[str] = field(default_factory=list)  # record ids only, never text

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"n": self.n, "accuracy": round(self.correct / self.n, 4)
                               if self.n else None}
        if self.stated:
            out["precision"] = round(self.stated_correct / self.stated, 4)
        if self.tp + self.fp + self.fn:
            p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
            r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
            out.update(precision=round(p, 4), recall=round(r, 4),
                       f1=round(2 * p * r / (p + r), 4) if p + r else 0.0)
        return out


def _score_one(score: FieldScore, name: str, want: Any, got: Any) -> bool:
    score.n += 1
    if name in LIST_FIELDS:
        want_set, got_set = set(want or []), set(got or [])
        score.tp += len(want_set & got_set)
        score.fp += len(got_set - want_set)
        score.fn += len(want_set - got_set)
        ok = (want is None) == (got is None) and want_set == got_set
    elif name in TEXT_FIELDS:
        ok = _norm(want) == _norm(got)
    else:
        ok = want == got
        if got is not None:
            score.stated += 1
            score.stated_correct += ok
    score.correct += ok
    return ok


def score_fields(pairs: Iterable[tuple[str, dict[str, Any], dict[str, Any]]]
                 ) -> dict[str, FieldScore]:
    """(record id, expected, extracted) triples -> per-field scores."""
    scores: dict[str, FieldScore] = {}
    for record_id, expected, extracted in pairs:
        for name, want in expected.items():
            score = scores.setdefault(name, FieldScore())
            if not _score_one(score, name, want, extracted.get(name)):
                score.errors.append(record_id)
    return scores


def evaluate_synth(synth_dir: Path, patients: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Score extracted patients against `synth_dir/truth/*.json`.

    `patients` maps the PDF stem (synth patient id) to the extracted row, so the caller
    decides how documents map to truth records (patient ids are keyed hashes after ingest).
    """
    pairs = []
    for path in sorted((synth_dir / "truth").glob("*.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        row = patients.get(truth["patient_id"])
        if row is not None:
            pairs.append((truth["patient_id"], expected_fields(truth["facts"], truth["center"]),
                          row))
    scores = score_fields(pairs)
    return {"records": len(pairs), "fields": {k: v.as_dict() for k, v in scores.items()}}


def measure(seed: int, patients: int, pages: tuple[int, int], workdir: Path,
            styles: list[str] | None = None) -> dict[str, Any]:
    """Generate records, de-identify them as ingest does (no OCR, no Ray), extract, score.

    The fast in-process path for tests; `--pipeline` (field_bench) runs the real stages.
    """
    import secrets

    from medadapt.corpus.fields import extract_patient
    from medadapt.deid import Deidentifier
    from medadapt.ingest.extract import OcrSettings
    from medadapt.ingest.process import FileTask, ProcessSettings, process_file
    from medadapt.synth import generate_corpus
    from medadapt.synth.settings import SynthConfig

    synth_dir = workdir / f"synth-{seed}"
    generate_corpus(SynthConfig(patients=patients, seed=seed, pages=pages,
                                styles=styles or ["long_history"]), synth_dir)
    secret = secrets.token_bytes(32)
    deid = Deidentifier(secret, use_ner=True)
    settings = ProcessSettings(2**30, 5000, OcrSettings(enabled=False))
    rows = {}
    for path in sorted((synth_dir / "truth").glob("*.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        pdf = synth_dir / truth["pdf"]
        task = FileTask(str(pdf), truth["center"], truth["patient_id"], pdf.stat().st_size)
        document = process_file(task, settings, deid, secret).document
        if document is not None:
            rows[truth["patient_id"]] = extract_patient(document.patient_id,
                                                        [dataclasses.asdict(document)])
    return evaluate_synth(synth_dir, rows)


def _parser():
    import argparse

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--heldout", type=Path, help="a blind set (truth.jsonl + pdf/<style>/)")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--patients", type=int, default=100)
    parser.add_argument("--pages", default="3..6", help="page range MIN..MAX (long_history)")
    parser.add_argument("--styles", default="long_history", help="comma-separated synth styles")
    parser.add_argument("--pipeline", action="store_true",
                        help="generated records through medadapt ingest + corpus (Ray)")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--work", type=Path, help="keep pipeline outputs here (default: temp)")
    return parser


def main(argv: list[str] | None = None) -> None:
    """Per-field scores as JSON: `--heldout DIR` (blind set) or generated `--seed/--styles`.

    `--heldout` and `--pipeline` run `medadapt ingest` + `medadapt corpus` on the PDFs and
    print aggregate figures only (per field, per style), never record ids or values.
    """
    import secrets
    import tempfile

    from medadapt.corpus import field_bench

    args = _parser().parse_args(argv)
    low, _, high = args.pages.partition("..")
    pages = (int(low), int(high or low))
    styles = [s.strip() for s in args.styles.split(",") if s.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        key = work / "deid.key"
        key.write_bytes(secrets.token_hex(32).encode())
        key.chmod(0o600)
        if args.heldout:
            report = field_bench.score_heldout(args.heldout, work, key)
        elif args.pipeline:
            report = field_bench.score_generated(args.seed, args.patients, styles, pages, work,
                                                 key)
        else:
            report = measure(args.seed, args.patients, pages, work, styles)
            for score in report["fields"].values():
                score.pop("errors", None)
    if args.markdown:
        print(f"records {report['records']}, extracted {report.get('extracted', '-')}, "
              f"patients {report.get('patients', '-')}\n")
        print(field_bench.markdown(report))
        for style, sub in report.get("by_style", {}).items():
            print(f"\n### {style} ({sub['records']} records)\n")
            print(field_bench.markdown(sub))
    else:
        print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
