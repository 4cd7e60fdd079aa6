#!/usr/bin/env python3
"""Build deid_heldout5: python3 build.py  -> records.jsonl, README.md (+ self-check, counts)."""
import datetime as dt
import json
import os
import re
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen import iin_valid  # noqa: E402
from render import Ctx, render, TOKEN  # noqa: E402
import tpl_ru  # noqa: E402
import tpl_kk  # noqa: E402
import tpl_mx  # noqa: E402

PREFIX = "h5"
N_TW = 35
LABELS = ["NAME", "IIN", "PHONE", "EMAIL", "DATE", "AGE", "ADDRESS", "RECORD_ID", "DOC_ID"]
STYLES = ["informed_consent", "anaesthesia_chart", "lab_printout", "rehab_referral", "commission_protocol",
          "telemedicine", "prescription", "police_injury_report"]
LANGS = [("ru", tpl_ru.TEMPLATES), ("kk", tpl_kk.TEMPLATES), ("mixed", tpl_mx.TEMPLATES)]
PER_LANG = 100


def plan():
    rng = random.Random("deid_heldout5/plan")
    jobs = []
    for lang, tpls in LANGS:
        n = len(tpls)
        assert n >= 40, (lang, n)
        counts = [2] * n
        extra = PER_LANG - 2 * n
        assert 0 <= extra <= n, (lang, n)
        for i in rng.sample(range(n), extra):
            counts[i] = 3
        for i, (style, text) in enumerate(tpls):
            assert style in STYLES, style
            for k in range(counts[i]):
                jobs.append((lang, i, style, text, k))
    rng.shuffle(jobs)
    # twelve-digit RECORD_ID slots: choose exactly N_TW among all {REC:tw...} placeholders
    slots = []
    for j, (lang, i, style, text, k) in enumerate(jobs):
        for s in range(len(re.findall(r"\{REC:tw", text))):
            slots.append((j, s))
    assert len(slots) >= N_TW, len(slots)
    chosen = set(rng.sample(slots, N_TW))
    return jobs, chosen


def build():
    jobs, chosen = plan()
    records = []
    for j, (lang, i, style, text, k) in enumerate(jobs):
        rid = "%s-%04d" % (PREFIX, j + 1)
        rng = random.Random("deid_heldout5/%s/%d/%d" % (lang, i, k))
        base = dt.date(2022, 1, 10) + dt.timedelta(days=rng.randint(0, 1260))
        script = "ru" if lang == "ru" else "kk" if lang == "kk" else rng.choice(["ru", "kk"])
        has_age = "{AGE" in text
        assert not (has_age and "{PAGE" in text), (lang, i)
        tw = {s for (jj, s) in chosen if jj == j}
        ctx = Ctx(rng, lang, script, base, has_age, tw)
        ocr = rng.random() < 0.22
        body, ids, clin = render(text.strip("\n") + "\n", ctx, ocr=ocr)
        body = body.rstrip("\n")
        tid = "%s-%s-%02d" % (lang, style, i + 1)
        rec = {"id": rid, "language": lang, "style": style, "text": body, "identifiers": ids,
               "clinical": clin, "template": tid}
        if ocr:
            rec["ocr_noise"] = True
        records.append(rec)
    return records


def check(records):
    n_tw = 0
    for r in records:
        t = r["text"]
        prev = -1
        for s in r["identifiers"]:
            assert s["label"] in LABELS, s
            frag = t[s["start"]:s["end"]]
            assert frag and frag == frag.strip(), (r["id"], s, repr(frag))
            assert s["start"] >= prev, (r["id"], s)
            prev = s["end"]
            if s["label"] == "IIN":
                assert iin_valid(frag.replace(" ", "").replace("-", "")), (r["id"], frag)
                line_start = t.rfind("\n", 0, s["start"]) + 1
                before = t[line_start:s["start"]].lower()
                has_cue = bool(re.search(r"(иин|жсн|iin)", before))
                assert has_cue == ("labelled" in s["forms"]), (r["id"], frag, before)
            if s["label"] == "DOC_ID" and "bin" in s["forms"]:
                assert iin_valid(frag), (r["id"], frag)
            if s["label"] == "RECORD_ID" and "twelve_digit" in s["forms"]:
                assert re.fullmatch(r"\d{12}", frag) and not iin_valid(frag), (r["id"], frag)
                n_tw += 1
            if s["label"] == "AGE":
                assert int(re.match(r"\d+", frag).group()) > 89, (r["id"], frag)
            if s["label"] == "NAME" and "split_line" in s["forms"] and "\n" in frag:
                pass
        for c in r["clinical"]:
            frag = t[c["start"]:c["end"]]
            assert frag and frag == frag.strip(), (r["id"], c)
            for s in r["identifiers"]:
                assert c["end"] <= s["start"] or c["start"] >= s["end"], (r["id"], c, s)
        # no stray 12-digit runs that look like a valid IIN outside IIN / BIN spans
        covered = [(s["start"], s["end"]) for s in r["identifiers"]]
        for m in re.finditer(r"(?<!\d)\d{12}(?!\d)", t):
            inside = any(a <= m.start() and m.end() <= b for a, b in covered)
            assert inside, (r["id"], m.group())
        assert "{" not in t and "[[" not in t, (r["id"], t)
    assert n_tw == N_TW, n_tw
    return True


def table(rows, header):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out)


def counts(records):
    lab_lang = defaultdict(Counter)
    style_rec = Counter()
    style_spans = Counter()
    tpl = defaultdict(set)
    forms = defaultdict(Counter)
    n_clin = 0
    for r in records:
        style_rec[(r["style"], r["language"])] += 1
        tpl[(r["language"], r["style"])].add(r["template"])
        n_clin += len(r["clinical"])
        for s in r["identifiers"]:
            lab_lang[s["label"]][r["language"]] += 1
            style_spans[r["style"]] += 1
            for f in s["forms"]:
                forms[s["label"]][f] += 1
    return lab_lang, style_rec, style_spans, tpl, forms, n_clin


README_HEAD = open(os.path.join(HERE, "card_text.md"), encoding="utf-8").read()


def write_readme(records):
    lab_lang, style_rec, style_spans, tpl, forms, n_clin = counts(records)
    langs = ["ru", "kk", "mixed"]
    n_ids = sum(len(r["identifiers"]) for r in records)
    parts = [README_HEAD.replace("{N_REC}", str(len(records))).replace("{N_IDS}", str(n_ids))
             .replace("{N_CLIN}", str(n_clin))]
    parts.append("\n## Counts\n\n### Identifier spans: label × language\n")
    rows = []
    for L in LABELS:
        rows.append([L] + [lab_lang[L][g] for g in langs] + [sum(lab_lang[L].values())])
    rows.append(["**total**"] + [sum(lab_lang[L][g] for L in LABELS) for g in langs] + [n_ids])
    parts.append(table(rows, ["label"] + langs + ["total"]))
    parts.append("\n\n### Records and spans per style\n")
    rows = [[s] + [style_rec[(s, g)] for g in langs] + [sum(style_rec[(s, g)] for g in langs), style_spans[s]]
            for s in STYLES]
    parts.append(table(rows, ["style"] + ["records " + g for g in langs] + ["records", "identifier spans"]))
    parts.append("\n\n### Templates per language × style\n")
    rows = [[s] + [len(tpl[(g, s)]) for g in langs] for s in STYLES]
    rows.append(["**total**"] + [sum(len(tpl[(g, s)]) for s in STYLES) for g in langs])
    parts.append(table(rows, ["style"] + langs))
    parts.append("\n\n### Forms per label\n")
    for L in LABELS:
        parts.append("\n**%s**: " % L + ", ".join("`%s` %d" % (f, c) for f, c in sorted(forms[L].items(),
                                                                                     key=lambda x: (-x[1], x[0]))))
    parts.append("\n\nRecords rendered with OCR-ish spacing (`\"ocr_noise\": true`): %d.\n"
                 % sum(1 for r in records if r.get("ocr_noise")))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("".join(parts))


def main():
    records = build()
    check(records)
    with open(os.path.join(HERE, "records.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_readme(records)
    lab_lang, style_rec, style_spans, tpl, forms, n_clin = counts(records)
    n_ids = sum(len(r["identifiers"]) for r in records)
    print("records:", len(records), Counter(r["language"] for r in records))
    print("identifier spans:", n_ids, " clinical spans:", n_clin)
    for L in LABELS:
        print("  %-10s %s" % (L, dict(lab_lang[L])))
    print("templates per language:", {g: len({r["template"] for r in records if r["language"] == g})
                                      for g in ("ru", "kk", "mixed")})
    print("twelve_digit RECORD_IDs:", forms["RECORD_ID"]["twelve_digit"])
    print("self-check: OK")


if __name__ == "__main__":
    main()
