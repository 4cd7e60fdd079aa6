# -*- coding: utf-8 -*-
"""Self-check for records.jsonl:  python3 selfcheck.py  (exit code 1 on any error)."""
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from core import kz_valid  # noqa: E402

LABELS = {"NAME", "IIN", "PHONE", "EMAIL", "DATE", "AGE", "ADDRESS", "RECORD_ID", "DOC_ID"}
here = os.path.dirname(os.path.abspath(__file__))
errs = []
recs = [json.loads(l) for l in open(os.path.join(here, "records.jsonl"), encoding="utf-8")]
ids = set()
lab_lang = collections.Counter()
forms = collections.defaultdict(collections.Counter)
styles = collections.Counter()
tmpl = collections.defaultdict(set)
ncl = 0
for rec in recs:
    rid, t = rec["id"], rec["text"]
    if rid in ids:
        errs.append("dup id " + rid)
    ids.add(rid)
    if rec["language"] not in ("ru", "kk", "mixed"):
        errs.append(rid + " bad language")
    styles[rec["style"]] += 1
    tmpl[rec["language"]].add(rec["template"])
    prev = 0
    for s in rec["identifiers"]:
        a, b, lab = s["start"], s["end"], s["label"]
        if lab not in LABELS:
            errs.append("%s bad label %s" % (rid, lab))
        if not (0 <= a < b <= len(t)):
            errs.append("%s bad offsets %r" % (rid, s))
            continue
        if a < prev:
            errs.append("%s overlap/unsorted at %d" % (rid, a))
        prev = b
        x = t[a:b]
        if x != x.strip():
            errs.append("%s span with outer whitespace %r" % (rid, x))
        if "text" in s and s["text"] != x:
            errs.append("%s text mismatch" % rid)
        if not s["forms"]:
            errs.append("%s empty forms" % rid)
        lab_lang[(lab, rec["language"])] += 1
        for f in s["forms"]:
            forms[lab][f] += 1
        if lab == "IIN":
            if not kz_valid(x):
                errs.append("%s invalid IIN %s" % (rid, x))
            d = re.sub(r"\D", "", x)
            if int(d[2:4]) not in range(1, 13) or int(d[4:6]) not in range(1, 32) or d[6] not in "3456":
                errs.append("%s IIN date part %s" % (rid, x))
        if lab == "RECORD_ID" and "twelve_digit" in s["forms"]:
            if not (len(x) == 12 and x.isdigit() and not kz_valid(x)):
                errs.append("%s twelve_digit not invalid %s" % (rid, x))
        if lab == "AGE":
            n = int(re.match(r"\d+", x).group())
            if n <= 89:
                errs.append("%s AGE <= 89" % rid)
        if lab == "EMAIL" and "@" not in x:
            errs.append("%s email without @" % rid)
    spans = [(s["start"], s["end"]) for s in rec["identifiers"]]
    for c in rec["clinical"]:
        ncl += 1
        if not (0 <= c["start"] < c["end"] <= len(t)):
            errs.append("%s bad clinical offsets" % rid)
        for a, b in spans:
            if c["start"] < b and a < c["end"]:
                errs.append("%s clinical overlaps identifier" % rid)
    # bare numbers > 89 left unmarked right after an age cue would be a labelling slip
    for m in re.finditer(r"(Возраст|Жасы|возраст|жасы)\s*:?\s*(\d+)", t):
        n = int(m.group(2))
        st = m.start(2)
        marked = any(a == st for a, b in spans)
        if n > 89 and not marked:
            errs.append("%s unmarked age %d" % (rid, n))
        if n <= 89 and marked:
            errs.append("%s marked age %d" % (rid, n))

# IIN-shaped 12-digit strings anywhere must be inside a span
for rec in recs:
    spans = [(s["start"], s["end"]) for s in rec["identifiers"]]
    for m in re.finditer(r"(?<!\d)\d{12}(?!\d)", rec["text"]):
        if not any(a <= m.start() and m.end() <= b for a, b in spans):
            errs.append("%s unmarked 12-digit %s" % (rec["id"], m.group()))
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", rec["text"]):
        if not any(a <= m.start() and m.end() <= b for a, b in spans):
            errs.append("%s unmarked email" % rec["id"])

nid = sum(lab_lang.values())
print("records:", len(recs), " identifier spans:", nid, " clinical spans:", ncl)
print("languages:", dict(collections.Counter(r["language"] for r in recs)))
print("styles:", dict(styles))
print("templates per language:", {k: len(v) for k, v in tmpl.items()})
for lab in sorted(LABELS):
    print("%-9s" % lab, {l: lab_lang[(lab, l)] for l in ("ru", "kk", "mixed")})
for lab in sorted(forms):
    print(lab, dict(forms[lab].most_common()))
if len(recs) != 210 or nid < 1500 or ncl < 300 or min(len(v) for v in tmpl.values()) < 40 or len(styles) < 6:
    errs.append("size targets not met")
if errs:
    print("ERRORS (%d):" % len(errs))
    for e in errs[:50]:
        print("  ", e)
    sys.exit(1)
print("OK")
