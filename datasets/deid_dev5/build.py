#!/usr/bin/env python3
"""Build the deid_dev5 DEVELOPMENT set: records.jsonl + README.md, then self-check.

Deterministic: all randomness comes from random.Random(<string>) seeds.
Offsets are recorded while each record is assembled from template pieces.
"""
import collections
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import random  # noqa: E402

from gen import iin_valid, make_iin, make_twelve_invalid, RU_CASES, KK_CASES  # noqa: E402
from people import make_person, make_relative, render_name  # noqa: E402
import values as V  # noqa: E402
import templates_ru  # noqa: E402
import templates_kk  # noqa: E402
import templates_mx  # noqa: E402

LABELS = ["NAME", "IIN", "PHONE", "EMAIL", "DATE", "AGE", "ADDRESS", "RECORD_ID", "DOC_ID"]
SEED = "deid_dev5/v1"
N_TWELVE = 35
RID_KIND = {"amb": "ambulance_call", "hosp": "hospitalisation", "outp": "outpatient_card",
            "op": "operation_protocol", "xray": "xray", "lab": "lab"}
TOKEN = re.compile(r"\{([A-Z]+)(?::([^{}]*))?\}|\[\[(.+?)\]\]", re.S)


class Ctx:
    def __init__(self, flex_set):
        self.flex_set = flex_set
        self.flex_idx = 0


def parse(tmpl):
    out = []
    pos = 0
    for m in TOKEN.finditer(tmpl):
        if m.start() > pos:
            out.append(("txt", tmpl[pos:m.start()]))
        if m.group(3) is not None:
            out.append(("clin", m.group(3)))
        else:
            out.append(("slot", m.group(1), (m.group(2) or "").split(":") if m.group(2) else []))
        pos = m.end()
    if pos < len(tmpl):
        out.append(("txt", tmpl[pos:]))
    return out


def ocr_noise(rng, s):
    out = []
    for ch in s:
        if ch == " " and rng.random() < 0.12:
            out.append("  ")
        elif ch in ",:" and rng.random() < 0.3:
            out.append(" " + ch)
        else:
            out.append(ch)
    return "".join(out)


def render(tid, lang, style, tmpl, seed, ctx):
    rng = random.Random(seed)
    toks = parse(tmpl)
    keys = {t[1] for t in toks if t[0] == "slot"}
    base = datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randint(0, 2340))
    child = "CHILD" in keys
    if child:
        age = rng.randint(1, 14)
    elif "YOUNG" in keys:
        age = rng.randint(7, 17)
    elif "AGE" in keys:
        age = rng.choice([90, 90, 91, 91, 92, 92, 93, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102]) if rng.random() < 0.72 else rng.randint(60, 89)
    else:
        age = rng.randint(19, 89)
    dob = base - datetime.timedelta(days=int(age * 365.25) + rng.randint(10, 350))
    forced, eths = {}, {}
    for t in toks:
        if t[0] == "slot" and t[1] in ("FEM", "MALE"):
            forced[t[2][0]] = "f" if t[1] == "FEM" else "m"
        if t[0] == "slot" and t[1] == "ETH":
            eths[t[2][0]] = t[2][1]
    people = {}
    for k in "PDERSQ":
        people[k] = make_person(rng, gender=forced.get(k), eth=eths.get(k))
    people["R"] = make_relative(rng, people["P"], gender=forced.get("R"))
    rel_dob = base - datetime.timedelta(days=rng.randint(20 * 365, 70 * 365))
    P = people["P"]
    iins = {"P": make_iin(rng, dob, P.gender), "R": make_iin(rng, rel_dob, people["R"].gender)}
    ocr = rng.random() < 0.15
    default_script = "kk" if lang == "kk" else "ru"

    text = []
    length = 0
    ids, clin = [], []

    def cur_line():
        joined = "".join(text)
        return joined[joined.rfind("\n") + 1:]

    def emit_plain(s):
        nonlocal length
        if ocr:
            s = ocr_noise(rng, s)
        text.append(s)
        length += len(s)

    def emit_span(s, label, forms):
        nonlocal length
        forms = list(dict.fromkeys(forms))
        line = cur_line()
        if line.lstrip().startswith("|"):
            forms.append("table_cell")
        if label in ("RECORD_ID", "DOC_ID") and line == "" and "".join(text).endswith(":\n"):
            forms.append("label_prev_line")
        assert s and s == s.strip(), (tid, s)
        ids.append({"start": length, "end": length + len(s), "label": label, "forms": forms})
        text.append(s)
        length += len(s)

    def emit_clin(s):
        nonlocal length
        clin.append({"start": length, "end": length + len(s)})
        text.append(s)
        length += len(s)

    for t in toks:
        if t[0] == "txt":
            emit_plain(t[1])
            continue
        if t[0] == "clin":
            emit_clin(t[1])
            continue
        _, key, args = t
        if key in ("CHILD", "FEM", "MALE", "ETH", "YOUNG"):
            continue
        if key in people:
            form = args[0] if args else "full"
            case = next((a for a in args[1:] if a in RU_CASES or a in KK_CASES), "nom")
            script = next((a for a in args[1:] if a in ("kk", "ru")), default_script)
            s, f = render_name(people[key], form, case, script, rng)
            emit_span(s, "NAME", f)
        elif key in ("G", "GR", "GE", "GS", "GQ", "GD"):
            who = people["P" if key == "G" else key[1]]
            a, b = args[0].split("|")
            emit_plain(a if who.gender == "m" else b)
        elif key == "IIN":
            who = "R" if "R" in args else "P"
            v = iins[who]
            f = ["labelled" if "lab" in args else "unlabelled"]
            if "split" in args:
                sep = rng.choice([" ", "-"])
                v = v[:6] + sep + v[6:]
                f.append("split")
            emit_span(v, "IIN", f)
        elif key == "DOB":
            s, f = V.date_text(rng, dob, args[0] if args else "num")
            emit_span(s, "DATE", f + ["birth_date"])
        elif key == "YOB":
            emit_span(str(dob.year), "DATE", ["year_only", "birth_date"])
        elif key == "DT":
            fmt = args[0] if args else "num"
            off = int(args[1]) if len(args) > 1 else 0
            d = base + datetime.timedelta(days=off)
            s, f = V.date_text(rng, d, fmt)
            emit_span(s, "DATE", f)
        elif key == "AGE":
            s, f = V.age_text(rng, age, args[0], P.gender)
            if age > 89:
                emit_span(s, "AGE", ["over_89"] + f)
            else:
                emit_plain(s)
        elif key == "AGEO":
            n = rng.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 103])
            s, f = V.age_text(rng, n, args[0], rng.choice("mf"))
            emit_span(s, "AGE", ["over_89"] + f)
        elif key == "AGEX":
            s, _ = V.age_text(rng, rng.randint(18, 89), args[0], rng.choice("mf"))
            emit_plain(s)
        elif key == "PH":
            s, f = V.phone(rng, args[0] if args else "any")
            emit_span(s, "PHONE", f)
        elif key == "EM":
            who = args[0] if args else "p"
            if who == "i":
                s, f = V.email(rng, "i")
            else:
                s, f = V.email(rng, "p", people["R"] if who == "pR" else (people["D"] if who == "pD" else P))
            emit_span(s, "EMAIL", f)
        elif key == "AD":
            kind = args[0]
            case = next((a for a in args[1:] if a in RU_CASES or a in KK_CASES), "nom")
            script = next((a for a in args[1:] if a in ("kk", "ru")), default_script)
            if kind in ("city", "village", "foreign", "any"):
                s, f = V.settlement(rng, kind, case, script)
            elif kind == "dist":
                s, f = V.district(rng, case, script, rural="r" in args)
            elif kind == "full":
                s, f = V.full_kk(rng) if script == "kk" else V.full_ru(rng)
            elif kind == "street":
                s, f = V.street_kk(rng) if script == "kk" else V.street_ru(rng)
            elif kind == "unm":
                s, f = V.unmarked(rng)
            elif kind == "mkr":
                s, f = V.mkr(rng, script)
            elif kind == "chain":
                s, f = V.chain(rng, script, case)
            elif kind == "work":
                s, f = V.workplace(rng, script)
            elif kind == "school":
                s, f = V.workplace(rng, script, school=True)
            elif kind == "ffull":
                s, f = V.foreign_full(rng, args[1] if len(args) > 1 else None)
            else:
                raise ValueError(kind)
            emit_span(s, "ADDRESS", f)
        elif key == "RID":
            kind = RID_KIND[args[0]]
            s, f = V.record_id(rng, kind, base)
            if "flex" in args:
                s12 = make_twelve_invalid(rng)
                if ctx.flex_idx in ctx.flex_set:
                    s, f = s12, [kind, "twelve_digit", "invalid_checksum"]
                ctx.flex_idx += 1
            emit_span(s, "RECORD_ID", f)
        elif key == "DOC":
            s, f = V.doc_id(rng, args[0])
            emit_span(s, "DOC_ID", f)
        elif key == "X":
            a, b = args[0].split("-")
            emit_plain(str(rng.randint(int(a), int(b))))
        elif key == "XF":
            a, b = args[0].split("-")
            emit_plain(("%.1f" % rng.uniform(float(a), float(b))).replace(".", ","))
        elif key == "C":
            emit_plain(rng.choice(args[0].split("|")))
        else:
            raise ValueError((tid, key))
    txt = "".join(text)
    return {"language": lang, "style": style, "text": txt, "identifiers": ids, "clinical": clin, "template": tid}


def all_templates():
    out = []
    for lang, mod in (("ru", templates_ru), ("kk", templates_kk), ("mixed", templates_mx)):
        per = collections.Counter()
        for style, tmpl in mod.TEMPLATES:
            per[style] += 1
            tid = "%s-%s-%02d" % ({"ru": "ru", "kk": "kk", "mixed": "mx"}[lang], style, per[style])
            out.append((tid, lang, style, tmpl))
    return out


def plan():
    tpls = all_templates()
    rng = random.Random(SEED + "/plan")
    jobs = []
    for lang in ("ru", "kk", "mixed"):
        lt = [t for t in tpls if t[1] == lang]
        n3 = 100 - 2 * len(lt)
        assert 0 <= n3 <= len(lt), (lang, len(lt))
        idx = list(range(len(lt)))
        rng.shuffle(idx)
        triple = set(idx[:n3])
        for i, t in enumerate(lt):
            for k in range(3 if i in triple else 2):
                jobs.append((t, "%s#%d" % (t[0], k)))
    rng.shuffle(jobs)
    return tpls, jobs


def build_all(flex_set):
    tpls, jobs = plan()
    ctx = Ctx(flex_set)
    recs = []
    for n, ((tid, lang, style, tmpl), sk) in enumerate(jobs, 1):
        r = render(tid, lang, style, tmpl, SEED + "/" + sk, ctx)
        r = {"id": "d5-%04d" % n, **r}
        recs.append(r)
    return tpls, recs, ctx.flex_idx


def self_check(recs):
    errs = []
    for r in recs:
        t = r["text"]
        prev = -1
        for s in r["identifiers"]:
            x = t[s["start"]:s["end"]]
            if not x or x != x.strip():
                errs.append((r["id"], "ws", x))
            if s["start"] < prev:
                errs.append((r["id"], "overlap/sort", x))
            prev = s["end"]
            if s["label"] not in LABELS:
                errs.append((r["id"], "label", s["label"]))
            if s["label"] == "IIN" and not iin_valid(x):
                errs.append((r["id"], "iin", x))
            if s["label"] == "DOC_ID" and "bin" in s["forms"] and not iin_valid(x):
                errs.append((r["id"], "bin", x))
            if s["label"] == "RECORD_ID" and "twelve_digit" in s["forms"]:
                if not (len(x) == 12 and x.isdigit()) or iin_valid(x):
                    errs.append((r["id"], "twelve", x))
            if s["label"] == "AGE":
                n = int(re.match(r"\d+", x).group())
                if n <= 89:
                    errs.append((r["id"], "age", x))
        for c in r["clinical"]:
            x = t[c["start"]:c["end"]]
            if not x or x != x.strip():
                errs.append((r["id"], "clin ws", x))
            for s in r["identifiers"]:
                if c["start"] < s["end"] and s["start"] < c["end"]:
                    errs.append((r["id"], "clin overlap", x))
    n12 = sum(1 for r in recs for s in r["identifiers"] if "twelve_digit" in s["forms"])
    if n12 != N_TWELVE:
        errs.append(("*", "twelve count", n12))
    labs = {s["label"] for r in recs for s in r["identifiers"]}
    for L in LABELS:
        if L not in labs:
            errs.append(("*", "missing label", L))
    return errs


def main():
    _, _, nflex = build_all(set())
    rng = random.Random(SEED + "/twelve")
    assert nflex >= N_TWELVE, nflex
    flex_set = set(rng.sample(range(nflex), N_TWELVE))
    tpls, recs, nflex2 = build_all(flex_set)
    assert nflex2 == nflex
    errs = self_check(recs)
    with open(os.path.join(HERE, "records.jsonl"), "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    import card
    stats = card.write_card(HERE, tpls, recs, LABELS)
    print(stats)
    if errs:
        for e in errs[:50]:
            print("ERROR", e)
        print("self-check FAILED: %d errors" % len(errs))
        sys.exit(1)
    print("self-check OK")


if __name__ == "__main__":
    main()
