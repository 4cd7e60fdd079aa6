#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build the deid_heldout8 blind synthetic de-identification evaluation set.

    python3 build.py            # writes records.jsonl and README.md, runs the self-check
    python3 build.py --check    # rebuild in memory and verify records.jsonl is identical

Standard library only; all randomness from random.Random("deid_heldout8").
"""
import calendar
import datetime
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import engine as E          # noqa: E402
import tpl_ru               # noqa: E402
import tpl_kk               # noqa: E402
import tpl_mx               # noqa: E402

SEED = "deid_heldout8"
PREFIX = "h8-"
N_PER_LANG = 100
N_TWELVE = 35
STYLES = ["emergency_room_log", "rehabilitation_diary", "court_medical_request", "maternity_trauma_card",
          "elderly_care_home", "migrant_worker_clinic", "orthopedic_device_warranty", "helpline_call_transcript"]
LANGS = ["ru", "kk", "mixed"]
LABELS = ["NAME", "IIN", "PHONE", "EMAIL", "DATE", "AGE", "ADDRESS", "RECORD_ID", "DOC_ID"]
STATUS = ("**HELD-OUT set — never used to tune rules; measure only.** "
          "(deid_heldout8, record ids h8-0001 … h8-0300)")


def all_templates():
    out = []
    for mod in (tpl_ru, tpl_kk, tpl_mx):
        out.extend(mod.TEMPLATES)
    return out


def parse_persons(s):
    res = []
    for chunk in s.split("|"):
        chunk = chunk.strip()
        if not chunk:
            continue
        k, spec = chunk.split(":", 1)
        res.append((k.strip(), spec.strip()))
    return res


def build_records():
    rng = random.Random(SEED)
    tpls = all_templates()
    for t in tpls:
        if isinstance(t.get("persons"), str):
            t["persons"] = parse_persons(t["persons"])
    plan = []
    for lang in LANGS:
        big = rng.sample(STYLES, 4)
        for style in STYLES:
            ts = sorted([t for t in tpls if t["lang"] == lang and t["style"] == style], key=lambda t: t["id"])
            n = 13 if style in big else 12
            k = len(ts)
            if not (2 * k <= n <= 3 * k):
                raise SystemExit("cannot spread %d records over %d templates (%s/%s)" % (n, k, lang, style))
            counts = [2] * k
            extra = rng.sample(range(k), n - 2 * k)
            for i in extra:
                counts[i] += 1
            for t, c in zip(ts, counts):
                plan.extend([t] * c)
    rng.shuffle(plan)
    # which RX slots become twelve-digit invalid-checksum numbers
    occ = []
    for i, t in enumerate(plan):
        for j in range(E.count_rx(t["text"])):
            occ.append((i, j))
    if len(occ) < N_TWELVE:
        raise SystemExit("only %d RX slots, need %d" % (len(occ), N_TWELVE))
    pick = set(rng.sample(occ, N_TWELVE))
    records = []
    start = datetime.date(2019, 1, 1)
    span_days = (datetime.date(2025, 6, 30) - start).days
    for i, t in enumerate(plan):
        base = start + datetime.timedelta(days=rng.randint(0, span_days))
        ocr = rng.random() < 0.12
        R = E.Renderer(rng, t["lang"], base, pick, i)
        b = R.render(t, ocr)
        full = b.text()
        for sp in b.ids + b.clin:      # exactness: the recorded piece is exactly the text slice
            if full[sp["start"]:sp["end"]] != sp.pop("_s"):
                raise SystemExit("SELF-CHECK FAIL: span surface mismatch in record %d" % (i + 1))
        rec = {"id": "%s%04d" % (PREFIX, i + 1), "language": t["lang"], "style": t["style"], "text": b.text(),
               "identifiers": b.ids, "clinical": b.clin, "template": t["id"]}
        records.append(rec)
    return records


def dump(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# ====================================================================== self-check
CUE_RE = re.compile(r"(ИИН|ЖСН|IIN|иин|жсн|iin)", re.I)
WORDNUM = {}
for _n in range(85, 120):
    WORDNUM[E.ru_words(_n)] = _n
    WORDNUM[E.kk_words(_n)] = _n
TITLE_RE = re.compile(r"^(врач|дәрігер|проф|д-р|Dr|м/с|м/б|хирург|фельдшер|Prof|доктор)\b", re.I)


def iin_ok(s):
    if not E.kz_valid(s):
        return False
    yy, mm, dd, c = int(s[0:2]), int(s[2:4]), int(s[4:6]), int(s[6])
    if c not in (1, 2, 3, 4, 5, 6):
        return False
    year = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}[c] + yy
    try:
        datetime.date(year, mm, dd)
    except ValueError:
        return False
    return True


def bin_ok(s):
    if not E.kz_valid(s):
        return False
    mm = int(s[2:4])
    return 1 <= mm <= 12 and s[4] in "456" and s[5] in "0123"


def self_check(records, tpls):
    errs = []
    langs = {}
    st_lang = {}
    tpl_use = {}
    n_twelve = 0
    n_ids = n_clin = 0
    for k, rec in enumerate(records):
        rid = rec["id"]
        if rid != "%s%04d" % (PREFIX, k + 1):
            errs.append("%s: id out of sequence" % rid)
        langs[rec["language"]] = langs.get(rec["language"], 0) + 1
        key = (rec["style"], rec["language"])
        st_lang[key] = st_lang.get(key, 0) + 1
        tpl_use[rec["template"]] = tpl_use.get(rec["template"], 0) + 1
        text = rec["text"]
        for bad in ("{", "}", "[[", "]]"):
            if bad in text:
                errs.append("%s: template markup %r leaked" % (rid, bad))
        prev_end = -1
        ids = rec["identifiers"]
        for sp in ids:
            s, e, lab = sp["start"], sp["end"], sp["label"]
            sub = text[s:e]
            if not (0 <= s < e <= len(text)):
                errs.append("%s: bad offsets %r" % (rid, sp))
                continue
            if sub != sub.strip() or not sub:
                errs.append("%s: outer whitespace in %s span" % (rid, lab))
            if s < prev_end:
                errs.append("%s: unsorted/overlapping identifiers at %d" % (rid, s))
            prev_end = e
            if lab not in LABELS:
                errs.append("%s: bad label %s" % (rid, lab))
            if not sp["forms"]:
                errs.append("%s: empty forms" % rid)
            line_start = text.rfind("\n", 0, s) + 1
            line_end = text.find("\n", e)
            line_end = len(text) if line_end < 0 else line_end
            if lab == "IIN":
                dig = sub.replace(" ", "").replace("-", "")
                if not iin_ok(dig):
                    errs.append("%s: invalid IIN %s" % (rid, "x" * len(dig)))
                if ("split" in sp["forms"]) != (dig != sub):
                    errs.append("%s: IIN split form mismatch" % rid)
                before = text[line_start:s]
                whole = text[line_start:line_end]
                if "labelled" in sp["forms"]:
                    if not CUE_RE.search(before):
                        errs.append("%s: labelled IIN without cue before it on its line" % rid)
                elif "unlabelled" in sp["forms"]:
                    if CUE_RE.search(whole):
                        errs.append("%s: unlabelled IIN with a cue on its line" % rid)
                else:
                    errs.append("%s: IIN without labelled/unlabelled" % rid)
            if lab == "DOC_ID" and "bin" in sp["forms"]:
                if not bin_ok(sub):
                    errs.append("%s: invalid BIN" % rid)
            if lab == "AGE":
                m = re.match(r"\d+", sub)
                if m:
                    val = int(m.group(0))
                else:
                    words = re.sub(r"\s+(года|год|лет|жаста|жас|жастағы)$", "", sub)
                    val = WORDNUM.get(words, -1)
                if val <= 89:
                    errs.append("%s: AGE span not over 89" % rid)
            if lab == "RECORD_ID" and "twelve_digit" in sp["forms"]:
                n_twelve += 1
                if not (len(sub) == 12 and sub.isdigit()) or E.kz_valid(sub) or "invalid_checksum" not in sp["forms"]:
                    errs.append("%s: bad twelve-digit RECORD_ID" % rid)
            if lab == "DATE":
                if re.search(r"(\sг\.|\sж\.|\sгода|\sж\.т\.|г\.р\.)$", sub):
                    errs.append("%s: trailing marker inside DATE" % rid)
            if lab == "NAME" and TITLE_RE.search(sub):
                errs.append("%s: title inside NAME" % rid)
        prev_end = -1
        for sp in rec["clinical"]:
            s, e = sp["start"], sp["end"]
            sub = text[s:e]
            if not sub or sub != sub.strip():
                errs.append("%s: bad clinical span" % rid)
            if s < prev_end:
                errs.append("%s: overlapping clinical spans" % rid)
            prev_end = e
            for ip in ids:
                if s < ip["end"] and ip["start"] < e:
                    errs.append("%s: clinical span overlaps identifier" % rid)
        # no 12-digit run outside IIN / BIN / RECORD_ID spans
        for m in re.finditer(r"(?<!\d)\d{12,}(?!\d)", text):
            ok = False
            for ip in ids:
                if ip["start"] <= m.start() and m.end() <= ip["end"] and (
                        ip["label"] in ("IIN", "RECORD_ID") or "bin" in ip["forms"]):
                    ok = True
            if not ok:
                errs.append("%s: stray long digit run of length %d" % (rid, len(m.group(0))))
        n_ids += len(ids)
        n_clin += len(rec["clinical"])
    if n_twelve != N_TWELVE:
        errs.append("twelve-digit RECORD_IDs: %d (need %d)" % (n_twelve, N_TWELVE))
    for lang in LANGS:
        if langs.get(lang) != N_PER_LANG:
            errs.append("language %s: %s records" % (lang, langs.get(lang)))
    for style in STYLES:
        for lang in LANGS:
            nt = len([t for t in tpls if t["style"] == style and t["lang"] == lang])
            if nt < 5:
                errs.append("%s/%s: only %d templates" % (style, lang, nt))
    for t in tpls:
        u = tpl_use.get(t["id"], 0)
        if not 2 <= u <= 3:
            errs.append("template %s rendered %d times" % (t["id"], u))
    ids_seen = [t["id"] for t in tpls]
    if len(ids_seen) != len(set(ids_seen)):
        errs.append("duplicate template ids")
    if n_ids < 2800:
        errs.append("only %d identifier spans" % n_ids)
    if n_clin < 1000:
        errs.append("only %d clinical spans" % n_clin)
    return errs


# ====================================================================== README
def counts_tables(records, tpls):
    out = []
    tot = {}
    by_lang = {}
    by_style = {}
    forms = {}
    for r in records:
        for sp in r["identifiers"]:
            lab = sp["label"]
            tot[lab] = tot.get(lab, 0) + 1
            by_lang[(lab, r["language"])] = by_lang.get((lab, r["language"]), 0) + 1
            by_style[(r["style"], lab)] = by_style.get((r["style"], lab), 0) + 1
            for f in sp["forms"]:
                forms[(lab, f)] = forms.get((lab, f), 0) + 1
    n_ids = sum(tot.values())
    n_clin = sum(len(r["clinical"]) for r in records)
    out.append("### Identifiers per label × language\n")
    out.append("| label | ru | kk | mixed | total |")
    out.append("|---|---:|---:|---:|---:|")
    for lab in LABELS:
        out.append("| %s | %d | %d | %d | %d |" % (lab, by_lang.get((lab, "ru"), 0), by_lang.get((lab, "kk"), 0),
                                               by_lang.get((lab, "mixed"), 0), tot.get(lab, 0)))
    out.append("| **all** | %d | %d | %d | %d |" % tuple(
        [sum(by_lang.get((lab, lg), 0) for lab in LABELS) for lg in LANGS] + [n_ids]))
    out.append("")
    out.append("### Identifiers per style\n")
    out.append("| style | records | " + " | ".join(LABELS) + " | total | clinical |")
    out.append("|---|---:|" + "---:|" * (len(LABELS) + 2))
    for st in STYLES:
        recs = [r for r in records if r["style"] == st]
        row = [by_style.get((st, lab), 0) for lab in LABELS]
        out.append("| %s | %d | %s | %d | %d |" % (st, len(recs), " | ".join(str(x) for x in row), sum(row),
                                                  sum(len(r["clinical"]) for r in recs)))
    out.append("")
    out.append("### Forms per label\n")
    out.append("| label | form | spans |")
    out.append("|---|---|---:|")
    for lab in LABELS:
        fs = sorted([(f, c) for (l, f), c in forms.items() if l == lab], key=lambda x: (-x[1], x[0]))
        for f, c in fs:
            out.append("| %s | %s | %d |" % (lab, f, c))
    out.append("")
    out.append("### Templates per style and language (renders per template in brackets)\n")
    out.append("| style | ru | kk | mixed |")
    out.append("|---|---|---|---|")
    use = {}
    for r in records:
        use[r["template"]] = use.get(r["template"], 0) + 1
    for st in STYLES:
        cells = []
        for lg in LANGS:
            ts = sorted([t["id"] for t in tpls if t["style"] == st and t["lang"] == lg])
            cells.append("%d (%s)" % (len(ts), ", ".join(str(use.get(t, 0)) for t in ts)))
        out.append("| %s | %s |" % (st, " | ".join(cells)))
    out.append("")
    return "\n".join(out), n_ids, n_clin, tot


def write_readme(records, tpls):
    tables, n_ids, n_clin, tot = counts_tables(records, tpls)
    langs = {lg: sum(1 for r in records if r["language"] == lg) for lg in LANGS}
    with open(os.path.join(HERE, "README_body.md"), encoding="utf-8") as f:
        body = f.read()
    size = ("%d records (ru %d, kk %d, mixed %d); %d identifier spans; %d clinical spans; %d templates "
            "(%d styles × 3 languages, %s per style and language), each rendered 2–3 times; "
            "%d RECORD_IDs are twelve-digit numbers with an invalid IIN checksum."
            % (len(records), langs["ru"], langs["kk"], langs["mixed"], n_ids, n_clin, len(tpls), len(STYLES),
               "≥ 5", N_TWELVE))
    text = body.replace("@@STATUS@@", STATUS).replace("@@SIZE@@", size).replace("@@TABLES@@", tables)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(text)


def main():
    tpls = all_templates()
    records = build_records()
    out = dump(records)
    again = dump(build_records())
    errs = self_check(records, tpls)
    if out != again:
        errs.append("build is not deterministic")
    path = os.path.join(HERE, "records.jsonl")
    if "--check" in sys.argv:
        with open(path, encoding="utf-8") as f:
            if f.read() != out:
                errs.append("records.jsonl differs from a fresh build")
    if errs:
        for e in errs[:60]:
            print("SELF-CHECK FAIL:", e)
        print("%d problems" % len(errs))
        sys.exit(1)
    if "--check" not in sys.argv:
        with open(path, "w", encoding="utf-8") as f:
            f.write(out)
        write_readme(records, tpls)
    n_ids = sum(len(r["identifiers"]) for r in records)
    n_clin = sum(len(r["clinical"]) for r in records)
    print("OK: %d records, %d identifiers, %d clinical spans, %d templates; self-check passed"
          % (len(records), n_ids, n_clin, len(tpls)))


if __name__ == "__main__":
    main()
