# -*- coding: utf-8 -*-
"""Self-check of deid_dev9/records.jsonl; raises AssertionError (build fails) on any violation."""
import re
from collections import Counter
from gen import LABELS, checksum_ok, iin_valid

CUE = re.compile(r"(иин|жсн|iin)", re.I)
RUN12 = re.compile(r"(?<!\d)\d{12}(?!\d)")
LEAK = re.compile(r"(\{[a-z_0-9]*\}|%[sd]|\bNone\b|\\n|<[a-z]+>)")
LANGS = ("ru", "kk", "mixed")


def fail(cond, rec, msg):
    if not cond:
        raise AssertionError("%s: %s" % (rec.get("id"), msg))


def check(recs, styles, per_style=30, n12=35, min_ids=1800, min_cls=600, min_tpl=5):
    out = {}
    fail(len(recs) == per_style * len(styles), {}, "record count %d" % len(recs))
    ids = [r["id"] for r in recs]
    fail(ids == ["d9-%04d" % (i + 1) for i in range(len(recs))], {}, "record ids not d9-0001..")
    lang_c = Counter(r["language"] for r in recs)
    fail(all(lang_c[l] == len(recs) // 3 for l in LANGS), {}, "language balance %s" % dict(lang_c))
    style_c = Counter(r["style"] for r in recs)
    fail(all(style_c[s] == per_style for s in styles), {}, "style balance %s" % dict(style_c))
    tpl = Counter(r["template"] for r in recs)
    for s in styles:
        for l in LANGS:
            ks = [k for k in tpl if k.startswith("%s.%s." % (s, l))]
            fail(len(ks) >= min_tpl, {}, "templates %s/%s: %d" % (s, l, len(ks)))
    fail(all(2 <= v <= 3 for v in tpl.values()), {}, "template render counts %s" % sorted(set(tpl.values())))
    n_bad12 = 0
    n_ids = n_cls = 0
    for r in recs:
        t = r["text"]
        fail(set(r) == {"id", "language", "style", "template", "text", "identifiers", "clinical"}, r, "keys")
        fail(r["language"] in LANGS, r, "language")
        fail(not LEAK.search(t), r, "template markup leaked: %r" % (LEAK.search(t).group(0) if LEAK.search(t) else ""))
        prev = 0
        allowed12 = []
        for sp in r["identifiers"]:
            s, e, lab = sp["start"], sp["end"], sp["label"]
            fail(isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(t), r, "bounds %s" % sp)
            fail(s >= prev, r, "identifiers unsorted/overlapping at %d" % s)
            prev = e
            v = t[s:e]
            fail(v == v.strip() and v, r, "outer whitespace %r" % v)
            fail(lab in LABELS, r, "label %s" % lab)
            fail(sp["forms"] and sp["forms"] == sorted(set(sp["forms"])), r, "forms %s" % sp["forms"])
            f = set(sp["forms"])
            if lab == "IIN":
                dig = re.sub(r"[ -]", "", v)
                fail(iin_valid(dig), r, "invalid IIN %s" % v)
                fail(("split" in f) == (dig != v), r, "IIN split form %s" % v)
                line = t[t.rfind("\n", 0, s) + 1:s]
                cue = bool(CUE.search(line))
                fail(("labelled" in f) == cue and ("unlabelled" in f) == (not cue), r, "IIN cue mismatch %s" % v)
                allowed12.append((s, e))
            if lab == "DOC_ID" and "bin" in f:
                fail(checksum_ok(v), r, "invalid BIN %s" % v)
                allowed12.append((s, e))
            if lab == "AGE":
                m = re.match(r"\d+", v)
                fail(m and int(m.group(0)) > 89, r, "AGE <= 89: %s" % v)
            if lab == "DATE":
                fail(not re.search(r"(\sг\.?|\sж\.?|\sгода|г\.р\.)$", v), r, "trailing year word in DATE %r" % v)
            if lab == "RECORD_ID":
                if re.fullmatch(r"\d{12}", v):
                    fail({"twelve_digit", "invalid_checksum"} <= f and not checksum_ok(v), r, "12-digit RECORD_ID %s" % v)
                    n_bad12 += 1
                else:
                    fail("twelve_digit" not in f, r, "twelve_digit form on %s" % v)
                allowed12.append((s, e))
        for m in RUN12.finditer(t):
            fail(any(a <= m.start() and m.end() <= b for a, b in allowed12), r, "stray 12-digit run %s" % m.group(0))
        prev = 0
        for sp in r["clinical"]:
            s, e = sp["start"], sp["end"]
            fail(0 <= s < e <= len(t), r, "clinical bounds")
            fail(s >= prev, r, "clinical unsorted/overlapping")
            prev = e
            v = t[s:e]
            fail(v == v.strip(), r, "clinical outer whitespace %r" % v)
            for ip in r["identifiers"]:
                fail(e <= ip["start"] or s >= ip["end"], r, "clinical overlaps identifier %r" % v)
        n_ids += len(r["identifiers"])
        n_cls += len(r["clinical"])
    fail(n_bad12 == n12, {}, "invalid-checksum 12-digit RECORD_IDs: %d" % n_bad12)
    fail(n_ids >= min_ids, {}, "identifier spans %d < %d" % (n_ids, min_ids))
    fail(n_cls >= min_cls, {}, "clinical spans %d < %d" % (n_cls, min_cls))
    out.update(n_ids=n_ids, n_cls=n_cls, n12=n_bad12)
    return out
