# -*- coding: utf-8 -*-
"""Build deid_heldout6: records.jsonl + README.md, then run the self-check (fails the build on error).

    python3 build.py

Standard library only; all randomness from random.Random(<string seed>).
"""
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import core  # noqa: E402
from reg import TEMPLATES  # noqa: E402
import tpl_pc, tpl_chat, tpl_transf, tpl_theatre, tpl_forensic, tpl_registry, tpl_paed, tpl_email  # noqa: E402,F401

PREFIX = "h6"
SEED = "deid_heldout6/v1"
N_TWELVE = 35
STYLES = ["patient_correspondence", "messenger_chat", "transfusion_protocol", "theatre_log",
          "forensic_report", "insurance_registry", "paediatric_trauma", "email_thread"]
LANGS = ["ru", "kk", "mixed"]
OCR_STYLES = {"patient_correspondence", "transfusion_protocol", "forensic_report", "paediatric_trauma",
              "theatre_log"}


def plan():
    """Which template is rendered how many times: per language 40 templates, 100 records."""
    jobs = []
    for lang in LANGS:
        r = random.Random(f"{SEED}|plan|{lang}")
        styles13 = set(r.sample(STYLES, 4))
        for style in STYLES:
            tl = [t for t in TEMPLATES if t[1] == style and t[2] == lang]
            assert len(tl) >= 5, (style, lang, len(tl))
            n_three = 3 if style in styles13 else 2
            three = set(r.sample(range(len(tl)), n_three))
            for i, t in enumerate(tl):
                for k in range(3 if i in three else 2):
                    jobs.append((t, k))
    return jobs


def twelve_value(seed):
    """12 digits starting with a plausible yymmdd and a 3-6 digit, with an INVALID IIN checksum."""
    r = random.Random(seed)
    while True:
        if r.random() < 0.75:
            yy = r.randint(0, 99)
            mm = r.randint(1, 12)
            dd = r.randint(1, 28)
            d11 = [int(x) for x in f"{yy:02d}{mm:02d}{dd:02d}"] + [r.choice([3, 4, 5, 6])] + \
                  [r.randint(0, 9) for _ in range(4)]
        else:
            d11 = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(10)]
        chk = core.kz_check(d11)
        last = r.choice([x for x in range(10) if x != chk])
        v = "".join(map(str, d11)) + str(last)
        if not core.kz_valid(v):
            return v


def render_all(chosen=None):
    jobs = plan()
    slots = []   # (job index, slot index, kind)
    out = []
    for ji, (t, k) in enumerate(jobs):
        name, style, lang, fn = t
        counter = [0]

        def hook(kind, ji=ji, counter=counter):
            si = counter[0]
            counter[0] += 1
            slots.append((ji, si, kind))
            if chosen and (ji, si) in chosen:
                return twelve_value(f"{SEED}|twelve|{ji}|{si}")
            return None

        rng = random.Random(f"{SEED}|{name}|{k}")
        c = core.Ctx(rng, lang, style, hook)
        markup = fn(c)
        markup = re.sub(r"[ \t]+\n", "\n", markup).strip("\n") + "\n"
        ocr = None
        orng = random.Random(f"{SEED}|ocr|{name}|{k}")
        if style in OCR_STYLES and orng.random() < 0.22:
            ocr = orng
        text, ids, cls = core.assemble(markup, ocr)
        out.append({"name": name, "style": style, "lang": lang, "text": text, "identifiers": ids,
                    "clinical": cls, "k": k})
    return out, slots


def choose_twelve(slots):
    """35 slots, at most one per record; about 6 lab and 6 commission-protocol numbers, the rest
    hospitalisation numbers."""
    r = random.Random(f"{SEED}|twelve-choice")
    by_kind = defaultdict(lambda: defaultdict(list))
    for ji, si, kind in slots:
        by_kind[kind][ji].append(si)
    chosen, used_jobs = set(), set()
    quota = [("lab", 6), ("commission_protocol", 6), ("hospitalisation", N_TWELVE)]
    for kind, q in quota:
        jobs = [j for j in sorted(by_kind[kind]) if j not in used_jobs]
        r.shuffle(jobs)
        for ji in jobs:
            if len(chosen) >= N_TWELVE or q <= 0:
                break
            chosen.add((ji, r.choice(by_kind[kind][ji])))
            used_jobs.add(ji)
            q -= 1
    assert len(chosen) == N_TWELVE, len(chosen)
    return chosen


def build():
    recs0, slots = render_all(None)
    chosen = choose_twelve(slots)
    recs, slots2 = render_all(chosen)
    assert [(a[0], a[1]) for a in slots] == [(a[0], a[1]) for a in slots2], "slot layout changed between passes"
    order = list(range(len(recs)))
    random.Random(f"{SEED}|order").shuffle(order)
    records = []
    for n, i in enumerate(order, 1):
        x = recs[i]
        records.append({"id": f"{PREFIX}-{n:04d}", "language": x["lang"], "style": x["style"],
                        "text": x["text"], "identifiers": x["identifiers"], "clinical": x["clinical"],
                        "template": x["name"]})
    return records


# ----------------------------------------------------------------------------- self-check

AGE_RE = re.compile(r"^(\d+)")


def self_check(records):
    errors = []
    twelve = 0
    tcount = Counter()
    for rec in records:
        t = rec["text"]
        rid = rec["id"]
        tcount[rec["template"]] += 1
        for ch in (core.SP_OPEN, core.SP_SEP, core.SP_CLOSE, core.CL_OPEN, core.CL_CLOSE):
            if ch in t:
                errors.append(f"{rid}: markup leaked")
        prev = -1
        for sp in rec["identifiers"]:
            s, e, lab = sp["start"], sp["end"], sp["label"]
            v = t[s:e]
            if not v or v != v.strip():
                errors.append(f"{rid}: bad span text {v!r}")
            if lab not in core.LABELS:
                errors.append(f"{rid}: bad label {lab}")
            if s < prev:
                errors.append(f"{rid}: unsorted/overlapping spans at {s}")
            prev = e
            if not sp["forms"]:
                errors.append(f"{rid}: no forms {v!r}")
            if lab == "IIN" and not core.kz_valid(v):
                errors.append(f"{rid}: invalid IIN {v}")
            if lab == "IIN":
                line_before = t[t.rfind("\n", 0, s) + 1:s]
                cue = bool(re.search(r"(ИИН|ЖСН|iin)", line_before, re.I))
                if cue != ("labelled" in sp["forms"]):
                    errors.append(f"{rid}: IIN labelled/unlabelled form disagrees with the cue on its line: {v}")
            if lab == "IIN" and not re.fullmatch(r"\d{6}[ \-]?\d{6}", v):
                errors.append(f"{rid}: IIN shape {v}")
            if lab == "DOC_ID" and "bin" in sp["forms"] and not (re.fullmatch(r"\d{12}", v) and core.kz_valid(v)):
                errors.append(f"{rid}: invalid BIN {v}")
            if lab == "AGE":
                m = AGE_RE.match(v)
                if not m or int(m.group(1)) <= 89:
                    errors.append(f"{rid}: AGE <= 89 {v}")
            if lab == "RECORD_ID" and re.fullmatch(r"\d{12}", v):
                if core.kz_valid(v):
                    errors.append(f"{rid}: 12-digit RECORD_ID with valid checksum {v}")
                if "twelve_digit" not in sp["forms"]:
                    errors.append(f"{rid}: 12-digit RECORD_ID without twelve_digit form {v}")
            if "twelve_digit" in sp["forms"]:
                twelve += 1
                if not re.fullmatch(r"\d{12}", v) or core.kz_valid(v):
                    errors.append(f"{rid}: bad twelve_digit {v}")
        if re.search(r"\{[a-z_]+[.(]", t):
            errors.append(f"{rid}: unformatted template expression in text")
        for a, b in zip(rec["identifiers"], rec["identifiers"][1:]):
            if a["label"] == b["label"] == "NAME" and t[a["end"]:b["start"]] == " ":
                errors.append(f"{rid}: one name split into two adjacent spans {t[a['start']:b['end']]!r}")
        spans = [(sp["start"], sp["end"]) for sp in rec["identifiers"]]
        for cl in rec["clinical"]:
            v = t[cl["start"]:cl["end"]]
            if not v or v != v.strip():
                errors.append(f"{rid}: bad clinical text {v!r}")
            for s, e in spans:
                if cl["start"] < e and s < cl["end"]:
                    errors.append(f"{rid}: clinical overlaps identifier {v!r}")
        for m in re.finditer(r"(?<!\d)\d{12}(?!\d)", t):
            inside = [sp for sp in rec["identifiers"] if sp["start"] <= m.start() and m.end() <= sp["end"]]
            ok = any(sp["label"] == "IIN" or (sp["label"] == "DOC_ID" and "bin" in sp["forms"]) or
                     (sp["label"] == "RECORD_ID" and "twelve_digit" in sp["forms"]) for sp in inside)
            if not ok:
                errors.append(f"{rid}: 12-digit run outside identifier span {m.group()}")
    if twelve != N_TWELVE:
        errors.append(f"twelve_digit RECORD_IDs: {twelve} != {N_TWELVE}")
    langs = Counter(r["language"] for r in records)
    if len(records) != 300 or any(langs[l] != 100 for l in LANGS):
        errors.append(f"record counts {len(records)} {dict(langs)}")
    for name, n in tcount.items():
        if n not in (2, 3):
            errors.append(f"template {name} rendered {n} times")
    for lang in LANGS:
        for style in STYLES:
            k = len({r["template"] for r in records if r["language"] == lang and r["style"] == style})
            if k < 5:
                errors.append(f"{lang}/{style}: only {k} templates")
    nid = sum(len(r["identifiers"]) for r in records)
    ncl = sum(len(r["clinical"]) for r in records)
    if nid < 2800:
        errors.append(f"only {nid} identifier spans")
    if ncl < 1000:
        errors.append(f"only {ncl} clinical spans")
    labs = Counter(sp["label"] for r in records for sp in r["identifiers"])
    for lab in core.LABELS:
        if not labs[lab]:
            errors.append(f"label {lab} never used")
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    # different values per rendering of one template
    by_t = defaultdict(list)
    for r in records:
        by_t[r["template"]].append(r["text"])
    for name, texts in by_t.items():
        if len(set(texts)) != len(texts):
            errors.append(f"template {name}: identical renderings")
    return errors


def main():
    records = build()
    errors = self_check(records)
    if errors:
        for e in errors[:60]:
            print("SELF-CHECK FAILED:", e)
        print(f"{len(errors)} errors")
        sys.exit(1)
    with open(os.path.join(HERE, "records.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    import card
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(card.make_card(records, TEMPLATES, STYLES, LANGS))
    nid = sum(len(r["identifiers"]) for r in records)
    ncl = sum(len(r["clinical"]) for r in records)
    print(f"OK: {len(records)} records, {nid} identifier spans, {ncl} clinical spans; self-check passed")


if __name__ == "__main__":
    main()
