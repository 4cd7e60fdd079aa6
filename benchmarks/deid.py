"""Throughput of `Deidentifier.deidentify` vs natasha NER over the whole text, in one run.

    .venv/bin/python benchmarks/deid.py [--mb 2] [--no-synth]
    .venv/bin/python benchmarks/deid.py --set datasets/deid_dev/records.jsonl --mb 2 \
        --baseline-rev c22f4b8               # speed on a blind set, old engine side by side
    .venv/bin/python benchmarks/deid.py --eval --set datasets/deid_dev/records.jsonl
    .venv/bin/python benchmarks/deid.py --eval --patients 60 --seed 2027   # generated records

Quality is token-level (`medadapt.deid.token_eval`): only aggregate figures are printed.
`--baseline-rev` extracts the engine of that git revision into a temporary package and times
it over the same text in the same run.

Text comes from the synthetic case-history generator when it is installed (page texts of a
generated corpus), else from a built-in bilingual template generator. Both paths process the
same text on one core in ~4 KB page-sized chunks, timed in process CPU seconds (BLAS pinned
to one thread); MB are UTF-8 megabytes (10^6 bytes). Prints one JSON line: MB/s per core for
each and their ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # one core for the natasha baseline too
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "platform"))

from medadapt.deid import Deidentifier  # noqa: E402
from medadapt.deid.names import natasha_person_spans  # noqa: E402

SURN = ["Жумабеков", "Иванов", "Сейітжанов", "Ким", "Ахметова", "Петрова", "Нұрланов", "Цой"]
FIRST = ["Ерлан", "Айгерім", "Сергей", "Асель", "Марат", "Ольга", "Нұрлан", "Виктор"]
RU = [
    "Пациент {s} {f} поступил {d} с жалобами на боль в правом коленном суставе.",
    "Объективно: отёк, ограничение движений, тест Лахмана положительный, симптом Маркса.",
    "Диагноз: S72.0 Перелом шейки бедренной кости, AO 31-B2. Назначен Кеторолак 30 мг в/м.",
    "Лечащий врач {s} {i}, тел. +7 (701) {n3}-{n2}-{n2b}. Адрес: г. Алматы, ул. Абая, д. {h}.",
    "ОАК: Hb 128 г/л, лейкоциты 7,2×10^9/л, СОЭ 12 мм/ч. Наложен аппарат Илизарова.",
    "Операция {d}: остеосинтез пластиной LCP, доступ по Кохеру. Кровопотеря 200 мл.",
]
KK = [
    "Науқас {s} {f} {y} жылғы 12 наурыз ауруханаға түсті, ЖСН 850101400321.",
    "Шағымдары: оң тізе буынының ауыруы, қозғалыстың шектелуі. Перелом Коллеса.",
    "Емдеуші дәрігер {s} {i}. Қорытынды: M17.1 гонартроз, рентгенде II саты.",
]


SECRET = b"benchmark-secret-0123456789abcdef"


def builtin_text(n_bytes: int, seed: int = 7) -> str:
    """Bilingual clinical-looking text with PHI at a realistic density."""
    rnd = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < n_bytes:
        tpl = rnd.choice(RU + KK)
        line = tpl.format(
            s=rnd.choice(SURN), f=rnd.choice(FIRST),
            i=f"{rnd.choice('АБВЕКМН')}.{rnd.choice('АСТ')}.",
            d=f"{rnd.randint(1, 28):02d}.{rnd.randint(1, 12):02d}.2024", y=rnd.randint(2019, 2025),
            n3=rnd.randint(100, 999), n2=rnd.randint(10, 99), n2b=rnd.randint(10, 99),
            h=rnd.randint(1, 200),
        )
        parts.append(line)
        size += len(line.encode()) + 1
    return "\n".join(parts)


def synth_text(n_bytes: int) -> str | None:
    """Page texts of a generated corpus, or None when the generator is not installed."""
    try:
        from medadapt.records import SynthTruth
        from medadapt.synth import generate_corpus
        from medadapt.synth.settings import SynthConfig
    except ImportError:
        return None
    pages: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        generate_corpus(SynthConfig(patients=12, seed=99, pages=(3, 5)), Path(tmp) / "c")
        for f in sorted((Path(tmp) / "c" / "truth").glob("*.json")):
            pages.extend(SynthTruth.model_validate_json(f.read_text()).pages)
    base = "\n".join(pages)
    if not base:
        return None
    reps = max(1, n_bytes // max(1, len(base.encode())) + 1)
    return "\n".join([base] * reps)


def timed(fn, text: str, chunk: int = 4_000) -> float:
    """CPU seconds of this process to run fn over text in page-sized chunks.

    CPU time, not wall time: it is what "per core" means, and it stays honest when other
    processes share the machine.
    """
    chunks = [text[i : i + chunk] for i in range(0, len(text), chunk)]
    t0 = time.process_time()
    for c in chunks:
        fn(c)
    return time.process_time() - t0


def set_records(path: Path) -> list[dict]:
    """Records of a blind evaluation set (JSONL: text, identifiers, clinical)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def set_text(path: Path, n_bytes: int) -> str:
    """The set's record texts, repeated up to n_bytes."""
    base = "\n\n".join(r["text"] for r in set_records(path))
    reps = max(1, n_bytes // max(1, len(base.encode())) + 1)
    return "\n\n".join([base] * reps)


def evaluate_set(path: Path, deid: object) -> dict:
    """Token-level recall per label/form, span precision, clinical survival on a blind set."""
    from medadapt.deid.token_eval import Pred, Tally, Truth

    tally = Tally()
    for rec in set_records(path):
        result = deid.deidentify(rec["text"], rec["id"])
        preds = [Pred(s.start, s.end, s.label, s.replacement) for s in result.spans]
        truths = [Truth(t["start"], t["end"], t["label"], tuple(t.get("forms", ())))
                  for t in rec["identifiers"]]
        tally.add_page(rec["text"], truths, preds,
                       [(c["start"], c["end"]) for c in rec.get("clinical", [])])
    return {"set": str(path), **tally.summary()}


def baseline_engine(rev: str, tmp: Path) -> object:
    """`Deidentifier` of git revision `rev`, imported as a separate package."""
    import importlib
    import subprocess

    root = Path(__file__).resolve().parents[1]
    archive = subprocess.run(["git", "-C", str(root), "archive", rev, "platform/medadapt/deid"],
                             check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(tmp)], input=archive, check=True)
    # Same depth as in the checkout, and the checkout's datasets beside it: modules that find
    # the lexicons relative to their own file (`default_lexicon_dir`) find them.
    package = tmp / "platform" / "medadapt"
    (package / "deid").rename(package / "baseline_deid")
    (tmp / "datasets").symlink_to(root / "datasets")
    sys.path.insert(0, str(package))
    mod = importlib.import_module("baseline_deid")
    return mod.Deidentifier(SECRET, lexicon_dir=root / "datasets" / "lexicons")


def evaluate(patients: int, seed: int) -> dict:
    """P/R/F1 per label, leaks and allow-list survival on a freshly generated corpus."""
    from medadapt.deid import evaluate_truths
    from medadapt.records import SynthTruth
    from medadapt.synth import generate_corpus
    from medadapt.synth.settings import SynthConfig

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "c"
        generate_corpus(SynthConfig(patients=patients, seed=seed, pages=(3, 5)), out)
        truths = [SynthTruth.model_validate_json(f.read_text(encoding="utf-8"))
                  for f in sorted((out / "truth").glob("*.json"))]
    return evaluate_truths(truths, Deidentifier(SECRET))


def _args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=2.0, help="MB of text for deidentify")
    ap.add_argument("--ner-mb", type=float, default=0.3, help="MB of text for the natasha baseline")
    ap.add_argument("--no-synth", action="store_true")
    ap.add_argument("--set", type=Path, help="blind set (JSONL) to score or to take text from")
    ap.add_argument("--baseline-rev", help="git revision whose engine is timed alongside")
    ap.add_argument("--no-ner", action="store_true", help="engine without natasha windows")
    ap.add_argument("--eval", action="store_true", help="print quality figures instead")
    ap.add_argument("--patients", type=int, default=60)
    ap.add_argument("--seed", type=int, default=2027)
    return ap.parse_args()


def main() -> None:
    args = _args()
    if args.eval:
        report = (evaluate_set(args.set, Deidentifier(SECRET, use_ner=not args.no_ner))
                  if args.set else evaluate(args.patients, args.seed))
        print(json.dumps(report, indent=1, ensure_ascii=False))
        return
    if args.set:
        text, source = set_text(args.set, int(args.mb * 1e6)), str(args.set)
    else:
        text = None if args.no_synth else synth_text(int(args.mb * 1e6))
        source = "synth" if text else "builtin"
        text = text or builtin_text(int(args.mb * 1e6))
    deid = Deidentifier(SECRET, use_ner=not args.no_ner)
    deid.deidentify(text[:5000], "warmup")
    natasha_person_spans(text[:2000])
    mb = len(text.encode()) / 1e6
    t_deid = timed(lambda c: deid.deidentify(c, "bench"), text)
    base = text[: int(len(text) * min(1.0, args.ner_mb / mb))]
    t_ner = timed(natasha_person_spans, base)
    deid_rate, ner_rate = mb / t_deid, len(base.encode()) / 1e6 / t_ner
    out = {"source": source, "mb": round(mb, 2), "deid_mb_s_per_core": round(deid_rate, 3),
           "natasha_full_text_mb_s_per_core": round(ner_rate, 3),
           "ratio": round(deid_rate / ner_rate, 1)}
    if args.baseline_rev:
        with tempfile.TemporaryDirectory() as tmp:
            old = baseline_engine(args.baseline_rev, Path(tmp))
            old.deidentify(text[:5000], "warmup")
            t_old = timed(lambda c: old.deidentify(c, "bench"), text)
        out["baseline_rev"] = args.baseline_rev
        out["baseline_mb_s_per_core"] = round(mb / t_old, 3)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
