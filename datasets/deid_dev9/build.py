# -*- coding: utf-8 -*-
"""Rebuild deid_dev9/records.jsonl (and the count tables of README.md).

Usage:  python3 build.py                 (system python3, standard library only)
        python3 build.py --determinism   (also rebuild twice under different PYTHONHASHSEED and compare bytes)
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from ids import R  # noqa: E402
import t_school, t_occup, t_tele, t_chat, t_nurse, t_sport, t_military  # noqa: E402
import readme  # noqa: E402
import check  # noqa: E402

SEED = "deid_dev9"
STYLES = [("school_injury_report", t_school), ("occupational_injury_act", t_occup),
          ("telemedicine_requests", t_tele), ("chat_lowercase", t_chat), ("nurse_ward_round", t_nurse),
          ("sports_trauma_clinic", t_sport), ("military_conscript_exam", t_military)]
PER_STYLE = 30
LANG_PLAN = ["ru"] * 10 + ["kk"] * 10 + ["mixed"] * 10
N12 = 35


def main():
    rng = random.Random(SEED)
    plan = []
    for style, mod in STYLES:
        langs = LANG_PLAN[:]
        rng.shuffle(langs)
        counters = {}
        for lang in langs:
            keys = sorted(k for (l, k) in mod.TEMPLATES if l == lang)
            i = counters.get(lang, 0)
            counters[lang] = i + 1
            plan.append((style, mod, lang, keys[i % len(keys)]))
    idx12 = set(rng.sample(range(len(plan)), N12))
    ocr = set(rng.sample(range(len(plan)), 26))
    recs = []
    for i, (style, mod, lang, k) in enumerate(plan):
        rrng = random.Random("%s/%d" % (SEED, i))
        b = R(rrng, lang, ocr=i in ocr, want12=i in idx12)
        mod.TEMPLATES[(lang, k)](b, rrng)
        assert b.used12 == (1 if i in idx12 else 0), (style, lang, k)
        text = b.text()
        recs.append({"id": "d9-%04d" % (i + 1), "language": lang, "style": style,
                     "template": "%s.%s.%d" % (style, lang, k), "text": text,
                     "identifiers": b.ids, "clinical": b.cls})
    res = check.check(recs, [s for s, _ in STYLES], per_style=PER_STYLE, n12=N12)
    out = os.environ.get("DEID_DEV9_OUT") or os.path.join(HERE, "records.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if not os.environ.get("DEID_DEV9_OUT"):
        readme.write(HERE, recs, STYLES)
    print("wrote %d records, %d identifiers, %d clinical spans; self-check passed" % (len(recs), res["n_ids"], res["n_cls"]))


def determinism():
    import subprocess
    import tempfile
    blobs = []
    with tempfile.TemporaryDirectory() as d:
        for seed in ("0", "12345", "random"):
            p = os.path.join(d, "r%s.jsonl" % seed)
            env = dict(os.environ, PYTHONHASHSEED=seed, DEID_DEV9_OUT=p)
            subprocess.run([sys.executable, os.path.abspath(__file__)], env=env, check=True, stdout=subprocess.DEVNULL)
            with open(p, "rb") as f:
                blobs.append(f.read())
    with open(os.path.join(HERE, "records.jsonl"), "rb") as f:
        blobs.append(f.read())
    assert all(b == blobs[0] for b in blobs), "records.jsonl differs between PYTHONHASHSEED runs"
    print("determinism: byte-identical under PYTHONHASHSEED=0, 12345, random")


if __name__ == "__main__":
    main()
    if "--determinism" in sys.argv:
        determinism()
