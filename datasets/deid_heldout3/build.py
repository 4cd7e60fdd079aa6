#!/usr/bin/env python3
"""Build the blind HELD-OUT de-identification set deid_heldout3 (stdlib only, deterministic).

    python3 build.py        # writes records.jsonl and README.md, runs the self-check, prints counts
"""
import collections
import datetime as dt
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import engine as E  # noqa: E402
import pools as P  # noqa: E402
import tpl_kk  # noqa: E402
import tpl_mixed  # noqa: E402
import tpl_ru  # noqa: E402

PREFIX = "h3"
STYLES = ["discharge_summary", "operative_note", "anaesthesia_card", "referral_letter", "his_printout",
          "lis_ris_report", "nurse_note", "outpatient_visit", "private_clinic_letter", "ambulance_card"]
TOKEN = re.compile(r"\[\[(.+?)\]\]|<<(.+?)>>|\{\{(.+?)\}\}", re.S)

CLIN_POOLS = {
    "drug": P.DRUGS_RU, "drugkk": P.DRUGS_KK, "epo": P.EPO_RU, "epokk": P.EPO_KK, "impl": P.IMPLANTS,
    "abbr": P.ABBR, "an": P.ANALYTES, "ankk": P.ANALYTES_KK, "dx": P.DX_RU, "dxkk": P.DX_KK,
    "anat": P.ANAT_KK, "dxt": P.DX_TRAUMA_RU, "dxkkt": P.DX_TRAUMA_KK, "inst": P.INST_RU, "instkk": P.INST_KK,
}


class Ctx:
    def __init__(self, rng, lang, directives):
        self.rng = rng
        self.lang = lang
        self.orth = "kk" if lang == "kk" else ("ru" if lang == "ru" else rng.choice(["kk", "ru"]))
        y = rng.choice([2022, 2023, 2023, 2024, 2024, 2024, 2025])
        self.d0 = dt.date(y, 1, 1) + dt.timedelta(days=rng.randint(0, 364 if y < 2025 else 180))
        self.people = {}
        if "old" in directives:
            age = rng.randint(90, 101)
        elif "child" in directives:
            age = rng.randint(1, 15)
        elif "young" in directives:
            age = rng.randint(16, 40)
        else:
            age = rng.randint(90, 99) if rng.random() < 0.12 else None
        self.pat_age = age
        self.last_icd = None
        self.ocr = "ocr" in directives or rng.random() < 0.06

    def person(self, role):
        if role not in self.people:
            r = self.rng
            male = None
            if len(role) > 1 and role[-1] in "mf":
                male = role[-1] == "m"
            elif role.startswith("N"):  # nurses: mostly women
                male = r.random() < 0.08
            if role == "P":
                self.people[role] = E.Person(r, age=self.pat_age, ref=self.d0)
            elif role.startswith("E"):
                self.people[role] = E.Person(r, male=male, epo=True, ref=self.d0)
            elif role.startswith("K"):  # Kazakh person
                self.people[role] = E.Person(r, male=male, eth="kz", ref=self.d0)
            elif role.startswith("M"):  # mother / adult relative of a child patient
                self.people[role] = E.Person(r, male=False, eth=self.person("P").eth, age=r.randint(24, 45),
                                             ref=self.d0)
            elif role.startswith("R") and r.random() < 0.8:  # relatives mostly share the ethnicity
                self.people[role] = E.Person(r, male=male, eth=self.person("P").eth, ref=self.d0)
            else:
                self.people[role] = E.Person(r, male=male, ref=self.d0)
        return self.people[role]


def pick(s, rng):
    return rng.choice(s.split("|")) if "|" in s else s


def filler(spec, ctx):
    r = ctx.rng
    parts = spec.split(" ", 1)
    g = parts[0]
    arg = parts[1] if len(parts) > 1 else ""
    if g == "c":
        return r.choice(arg.split("|"))
    if g == "g":  # gender of the patient
        a, b = arg.split("|")
        return a if ctx.person("P").male else b
    if g == "n":
        a, b = arg.split()
        return str(r.randint(int(a), int(b)))
    if g == "time":
        return "%02d:%02d" % (r.randint(0, 23), r.randint(0, 59))
    if g == "bp":
        return "%d/%d" % (r.randrange(100, 180, 5), r.randrange(60, 105, 5))
    if g == "hr":
        return str(r.randint(58, 112))
    if g == "t":
        return "%d,%d" % (r.choice([36, 36, 36, 37, 38]), r.randint(0, 9))
    if g == "spo2":
        return str(r.randint(91, 99))
    if g == "hb":
        return str(r.randint(86, 162))
    if g == "wbc":
        return "%d,%d" % (r.randint(3, 16), r.randint(0, 9))
    if g == "plt":
        return str(r.randint(120, 420))
    if g == "glu":
        return "%d,%d" % (r.randint(3, 12), r.randint(0, 9))
    if g == "crea":
        return str(r.randint(55, 190))
    if g == "esr":
        return str(r.randint(2, 48))
    if g == "icd":
        if ctx.last_icd:
            x, ctx.last_icd = ctx.last_icd, None
            return x
        return r.choice(P.ICD)
    if g == "ao":
        return r.choice(P.AO)
    if g == "form":
        return r.choice(P.FORMS)
    if g == "ward":
        return str(r.randint(1, 42))
    if g == "bed":
        return str(r.randint(1, 6))
    if g == "dept":
        return str(r.randint(1, 5))
    if g == "loss":
        return str(r.randrange(50, 900, 50))
    if g == "age":  # an age <= 89 (not an identifier)
        return str(r.randint(18, 89))
    if g == "wt":
        return str(r.randint(48, 118))
    if g == "ht":
        return str(r.randint(150, 192))
    if g == "dose":
        return r.choice(["1,0 г в/в 2 р/д", "30 мг в/м 3 р/д", "0,4 мл п/к 1 р/д", "100 мг в/м при болях",
                         "500 мг 3 р/сут", "2,0 мл в/м", "40 мг в/в 1 р/д", "1 таб. 2 р/д", "5000 ЕД п/к 4 р/д",
                         "20 мг 1 р/д", "10 мг 1 раз в день", "2 г в/в капельно", "0,5 мг/кг", "4 мг в/в",
                         "200 мл в/в кап.", "75 мг утром", "50 мг 2 р/д 10 дней"])
    if g == "dosekk": 
        return r.choice(["1,0 г к/і тәулігіне 2 рет", "30 мг б/і 3 рет", "0,4 мл т/а күніне 1 рет",
                         "500 мг күніне 3 рет", "2,0 мл б/і", "1 таблеткадан 2 рет", "40 мг к/і", "5000 ӘБ т/а"])
    if g == "dur":
        return str(r.choice([3, 5, 7, 10, 14, 21, 30, 45]))
    if g == "pct":
        return str(r.randint(5, 100))
    if g == "yr":  # a count of years (not a date)
        return str(r.randint(1, 25))
    raise ValueError(spec)


def slot(spec, ctx):
    """Identifier slot -> list of (text, label|None, forms|None)."""
    r = ctx.rng
    a = spec.split()
    typ = a[0]
    if typ == "N":
        per = ctx.person(a[1])
        kind = pick(a[2], r)
        orth = ctx.orth if len(a) < 4 else a[3]
        return E.name_segments(per, kind, orth, r)
    if typ in ("D", "DOB"):
        if typ == "D":
            off = int(a[1])
            d = ctx.d0 + dt.timedelta(days=off)
            fmt = a[2]
            bd = []
        else:
            d = ctx.person(a[1]).dob
            fmt = a[2]
            bd = ["birth_date"]
        fmt = pick(fmt, r)
        if fmt == "num" and r.random() < 0.12:  # busy people vary the numeric format
            fmt = r.choice(["roman", "compact", "slash", "dash", "num1", "num2", "iso", "roman"])
        if fmt == "ru_any":
            fmt = r.choice(E.RU_ANY)
        elif fmt == "kk_any":
            fmt = r.choice(E.KK_ANY)
        t, f = E.date_text(d, fmt, r)
        return [(t, "DATE", f + bd)]
    if typ == "AGE":
        per = ctx.person(a[1])
        fmt = pick(a[2], r)
        t = E.age_text(per.age, fmt, r)
        if per.age > 89:
            return [(t, "AGE", ["over_89", fmt])]
        return [(t, None, None)]
    if typ == "IIN":
        per = ctx.person(a[1])
        flags = a[2] if len(a) > 2 else "l"
        x = per.iin(r)
        f = ["labelled" if "l" in flags else "unlabelled"]
        if "s" in flags:
            x = x[:6] + r.choice([" ", "-", " "]) + x[6:]
            f.append("split")
        return [(x, "IIN", f)]
    if typ == "PH":
        t, f = E.phone(pick(a[1], r), r)
        return [(t, "PHONE", f)]
    if typ == "EM":
        per = ctx.person(a[2]) if len(a) > 2 else None
        t, f = E.email(pick(a[1], r), per, r)
        return [(t, "EMAIL", f)]
    if typ == "A":
        return E.address(pick(a[1], r), r, "kk" if ctx.lang == "kk" or (ctx.lang == "mixed" and ctx.orth == "kk")
                         else "ru")
    if typ == "R":
        kind = pick(a[1], r)
        if kind.endswith("12"):
            k = {"hosp12": "hospitalisation", "lab12": "lab", "xray12": "xray", "amb12": "outpatient_card",
                 "call12": "ambulance_call", "op12": "operation_protocol"}[kind]
            return [(E.invalid12(r, ctx.d0), "RECORD_ID", [k, "twelve_digit", "invalid_checksum"])]
        full = {"hosp": "hospitalisation", "amb": "outpatient_card", "op": "operation_protocol", "xray": "xray",
                "lab": "lab", "call": "ambulance_call"}[kind]
        t, f = E.rid(full, r, ctx.d0)
        return [(t, "RECORD_ID", f)]
    if typ == "DOC":
        kind = pick(a[1], r)
        full = {"id": "id_card", "pkz": "passport_kz", "pru": "passport_ru", "puz": "passport_uz",
                "pkg": "passport_kg", "pol": "policy", "sick": "sick_leave", "car": "vehicle_plate", "bin": "bin",
                "bc": "birth_certificate"}[kind]
        t, f = E.doc(full, r, ctx.d0)
        return [(t, "DOC_ID", f)]
    raise ValueError(spec)


def ocrify(text, rng):
    out = []
    for ch in text:
        if ch == " " and rng.random() < 0.18:
            out.append("  ")
        elif ch == ":" and rng.random() < 0.3:
            out.append(" :")
        else:
            out.append(ch)
    return "".join(out)


def render(tpl, ctx):
    directives = []
    lines = tpl.strip("\n").split("\n")
    while lines and lines[0].startswith("#!"):
        directives.append(lines.pop(0)[2:].strip())
    body = "\n".join(lines).strip("\n")
    segs = []  # (text, kind, forms) kind in None/'clin'/LABEL
    pos = 0
    for m in TOKEN.finditer(body):
        if m.start() > pos:
            segs.append((body[pos:m.start()], None, None))
        if m.group(1):
            assert "\n" not in m.group(1) and "[" not in m.group(1), m.group(1)
            segs.extend(slot(m.group(1).strip(), ctx))
        elif m.group(2):
            c = m.group(2)
            if c.startswith("@"):
                c = ctx.rng.choice(CLIN_POOLS[pick(c, ctx.rng).lstrip("@")])
                if c in P.DX_ICD:
                    ctx.last_icd = P.DX_ICD[c]
            segs.append((c, "clin", None))
        else:
            segs.append((filler(m.group(3).strip(), ctx), None, None))
        pos = m.end()
    if pos < len(body):
        segs.append((body[pos:], None, None))
    text = []
    ids, clin = [], []
    off = 0
    for t, k, f in segs:
        if k is None and ctx.ocr:
            t = ocrify(t, ctx.rng)
        if k == "clin":
            clin.append({"start": off, "end": off + len(t)})
        elif k is not None:
            ids.append({"start": off, "end": off + len(t), "label": k, "forms": sorted(set(f))})
        text.append(t)
        off += len(t)
    return "".join(text), ids, clin


def directives_of(tpl):
    d = []
    for ln in tpl.split("\n"):
        if ln.startswith("#!"):
            d.append(ln[2:].strip())
        elif ln.strip():
            break
    return d


def build():
    templates = []
    for lang, mod in (("ru", tpl_ru), ("kk", tpl_kk), ("mixed", tpl_mixed)):
        for i, (style, body) in enumerate(mod.TEMPLATES):
            assert style in STYLES, style
            templates.append((lang, "%s-%02d" % (lang, i + 1), style, body))
    # each template 2 or 3 times, to ~400 records
    plan_rng = random.Random("deid_heldout3-plan")
    target = 400
    reps = {t[1]: 2 for t in templates}
    extra = target - 2 * len(templates)
    order = [t[1] for t in templates]
    plan_rng.shuffle(order)
    for tid in order[:max(0, extra)]:
        reps[tid] = 3
    jobs = []
    for lang, tid, style, body in templates:
        for k in range(reps[tid]):
            jobs.append((lang, tid, style, body, k))
    random.Random("deid_heldout3-order").shuffle(jobs)
    records = []
    for n, (lang, tid, style, body, k) in enumerate(jobs, 1):
        rng = random.Random("deid_heldout3|%s|%d" % (tid, k))
        ctx = Ctx(rng, lang, directives_of(body))
        text, ids, clin = render(body, ctx)
        records.append({"id": "%s-%04d" % (PREFIX, n), "language": lang, "style": style, "template": tid,
                        "text": text, "identifiers": ids, "clinical": clin})
    return templates, records


def check(records):
    labels = set(E.LABELS)
    for rec in records:
        t = rec["text"]
        last = -1
        for s in rec["identifiers"]:
            assert s["label"] in labels, s
            seg = t[s["start"]:s["end"]]
            assert seg and seg.strip() == seg, (rec["id"], seg)
            assert s["start"] >= last, (rec["id"], s)
            last = s["end"]
            if s["label"] == "IIN":
                assert E.valid_iin12(re.sub(r"[ -]", "", seg)), (rec["id"], seg)
            if s["label"] == "DOC_ID" and "bin" in s["forms"]:
                assert E.valid_iin12(seg), (rec["id"], seg)
            if "invalid_checksum" in s["forms"]:
                assert re.fullmatch(r"\d{12}", seg) and not E.valid_iin12(seg), (rec["id"], seg)
            if s["label"] == "AGE":
                assert int(re.match(r"\d+", seg).group()) > 89
        cl = rec["clinical"]
        for c in cl:
            assert t[c["start"]:c["end"]], rec["id"]
            for s in rec["identifiers"]:
                assert c["end"] <= s["start"] or c["start"] >= s["end"], (rec["id"], c, s)
        for a, b in zip(cl, cl[1:]):
            assert a["end"] <= b["start"]
        # no 12-digit run outside spans that is a valid IIN (would be an unlabelled leak)
        for m in re.finditer(r"(?<!\d)\d{12}(?!\d)", t):
            inside = any(s["start"] <= m.start() and m.end() <= s["end"] for s in rec["identifiers"])
            assert inside, (rec["id"], m.group())


def table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out)


def card(templates, records):
    langs = ["ru", "kk", "mixed"]
    lab_lang = collections.Counter()
    style_rec = collections.Counter()
    style_ids = collections.Counter()
    forms = collections.defaultdict(collections.Counter)
    for r in records:
        style_rec[r["style"]] += 1
        for s in r["identifiers"]:
            lab_lang[(s["label"], r["language"])] += 1
            style_ids[r["style"]] += 1
            for f in s["forms"]:
                forms[s["label"]][f] += 1
    tpl_ls = collections.Counter((t[0], t[2]) for t in templates)
    n_ids = sum(len(r["identifiers"]) for r in records)
    n_cl = sum(len(r["clinical"]) for r in records)
    rec_lang = collections.Counter(r["language"] for r in records)
    id_lang = collections.Counter()
    for r in records:
        id_lang[r["language"]] += len(r["identifiers"])
    fmt = open(os.path.join(HERE, "conventions.md"), encoding="utf-8").read()
    t1 = table(["label"] + langs + ["total"],
               [[L] + [lab_lang[(L, g)] for g in langs] + [sum(lab_lang[(L, g)] for g in langs)] for L in E.LABELS]
               + [["**all**"] + [id_lang[g] for g in langs] + [n_ids]])
    t2 = table(["style", "records", "identifiers"], [[s, style_rec[s], style_ids[s]] for s in STYLES]
               + [["**all**", len(records), n_ids]])
    t3 = table(["style"] + langs + ["total"],
               [[s] + [tpl_ls[(g, s)] for g in langs] + [sum(tpl_ls[(g, s)] for g in langs)] for s in STYLES]
               + [["**all**"] + [sum(tpl_ls[(g, s)] for s in STYLES) for g in langs] + [len(templates)]])
    t4 = "\n\n".join("**%s**: " % L + ", ".join("%s %d" % kv for kv in sorted(forms[L].items(),
                                                                                key=lambda kv: (-kv[1], kv[0])))
                     for L in E.LABELS)
    t5 = table(["language", "records", "identifiers", "templates"],
               [[g, rec_lang[g], id_lang[g], sum(1 for t in templates if t[0] == g)] for g in langs])
    return f"""# deid_heldout3: a blind HELD-OUT evaluation set for de-identification

**Held-out: never used to tune rules. Measure only.**

This is a HELD-OUT set (not a development set): it may be scored, and the score reported, but no rule,
lexicon, threshold or code may be changed because of what it shows. Record ids `h3-0001` ... `h3-{len(records):04d}`.

Licence: CC0 1.0 (public-domain dedication). Every record is synthetic: all people, numbers, addresses and
events are invented by `build.py` from small pools of common names and places; any match with a real
person is accidental.

{len(records)} records, {n_ids} identifiers, {n_cl} clinical spans, {len(templates)} templates in {len(STYLES)}
styles, Russian, Kazakh and mixed (code-switched / bilingual) text.

{t5}

## How it was written (blind)

Read: only the two brief files given to the writer (`deid_common.md`, the hard rules and deliverables, and
`deid_format.md`, the record format and labelling conventions).

Not read, grepped, opened or run: anything under `platform/`, `tests/`, `benchmarks/`, `docs/`,
`README.md` of the project, `/work/shared/`, and every other folder under `datasets/` (no other deid or
fields set, no lexicon file was opened). The project's code and its virtualenv were not run. Only the
Python standard library was used.

Disclosed slips (at the very start, while locating the output folder): one `ls datasets/*` printed the
*file names* inside the other dataset folders (no contents were opened), and one `git log --oneline | head`
/ `git status --short` printed the last ten commit subjects and four modified file paths of the project.
Those subjects mention some detector behaviours in words; the set was not designed around them: every
form planted here is one the brief itself lists.

Everything else (templates, pools of names, places, streets, employers, drugs, eponyms, formats of Kazakhstan
numbers and documents) was written from the writer's general knowledge of Kazakhstan and post-Soviet hospital
paperwork. Offsets are recorded while the text is assembled from template pieces (correct by construction);
the self-check in `build.py` verifies every span, sorting, non-overlap, clinical/identifier disjointness,
IIN/BIN checksums (and the INVALID checksum of the planted 12-digit record numbers), ages > 89, and that no
12-digit run outside a span is left in the text.

## Rebuild

```
python3 build.py
```

Deterministic (seeds via `random.Random(<string>)`; independent of `PYTHONHASHSEED`). Files: `build.py`
(driver, self-check, this card), `engine.py` (generators: names and their case forms, dates, IINs, phones,
addresses, numbers), `pools.py` (value pools), `tpl_ru.py`, `tpl_kk.py`, `tpl_mixed.py` (templates),
`conventions.md` (the conventions below). Each template is rendered 2 or 3 times with different values.
Each record also carries a `template` field (template id) for analysis; the scorer may ignore it.

{fmt}

## Counts

### Identifiers per label x language

{t1}

### Per style

{t2}

### Templates per language x style

{t3}

### Forms per label

{t4}
"""


def main():
    templates, records = build()
    check(records)
    with open(os.path.join(HERE, "records.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(card(templates, records))
    n_ids = sum(len(r["identifiers"]) for r in records)
    print("records", len(records), "identifiers", n_ids, "clinical", sum(len(r["clinical"]) for r in records))
    c = collections.Counter(s["label"] for r in records for s in r["identifiers"])
    print("labels", dict(sorted(c.items())))
    for g in ("ru", "kk", "mixed"):
        rs = [r for r in records if r["language"] == g]
        print(g, "records", len(rs), "identifiers", sum(len(r["identifiers"]) for r in rs), "templates",
              sum(1 for t in templates if t[0] == g))
    print("twelve_digit invalid", sum(1 for r in records for s in r["identifiers"]
                                      if "invalid_checksum" in s["forms"]))
    print("self-check ok")


if __name__ == "__main__":
    main()
