#!/usr/bin/env python3
"""Build deid_dev6 (DEVELOPMENT set). Python stdlib only, deterministic.

Usage: python3 build.py   -> writes records.jsonl and README.md next to this file, self-checks, prints counts.
"""
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402
from templates import TEMPLATES  # noqa: E402

LABELS = {"NAME", "IIN", "PHONE", "EMAIL", "DATE", "AGE", "ADDRESS", "RECORD_ID", "DOC_ID"}
N_TWELVE = 35
PER_LANG = 50
TOK = re.compile(r"(\{[^{}]+\}|\[\[.*?\]\])", re.S)


class Ctx:
    def __init__(self, rng, twelve_hook, ocr):
        self.rng = rng
        self.people = {}
        self.ages = {}
        self.hook = twelve_hook
        self.ocr = ocr
        self.parts, self.pos, self.ids, self.cl = [], 0, [], []
        y = rng.choice([2024, 2025])
        self.cur = (y, rng.randint(1, 12), rng.randint(1, 20))

    # -- assembly
    def plain(self, s):
        if self.ocr and s:
            s = ocrify(s, self.rng)
        self.parts.append(s)
        self.pos += len(s)

    def span(self, s, label, forms):
        assert s and s == s.strip(), repr(s)
        self.ids.append({"start": self.pos, "end": self.pos + len(s), "label": label, "forms": sorted(set(forms))})
        self.parts.append(s)
        self.pos += len(s)

    def clin(self, s):
        assert s and s == s.strip(), repr(s)
        self.cl.append({"start": self.pos, "end": self.pos + len(s)})
        self.parts.append(s)
        self.pos += len(s)

    # -- helpers
    def person(self, key):
        if key not in self.people:
            kind = key[0]
            g = key[-1] if key[-1] in "fm" else None
            p = gen.Person(self.rng, kind, g)
            if kind == "E":
                idx = key[1:].rstrip("fm") or "1"
                p.age = self.age("A" if idx == "1" else "A" + idx)
            self.people[key] = p
        return self.people[key]

    def age(self, key):
        if key not in self.ages:
            if key.startswith("a"):
                self.ages[key] = self.rng.randint(19, 89)
            else:
                self.ages[key] = self.rng.randint(90, 104)
        return self.ages[key]

    def next_date(self):
        y, m, d = self.cur
        y, m, d = gen.add_days(y, m, d, self.rng.randint(1, 6))
        self.cur = (y, m, d)
        return y, m, d


def ocrify(s, rng):
    out = []
    for i, ch in enumerate(s):
        if ch == " " and rng.random() < 0.18:
            out.append("  ")
        elif ch in ",:" and rng.random() < 0.3:
            out.append(" " + ch)
        else:
            out.append(ch)
    return "".join(out)


def resolve(spec, c):
    """Return list of pieces: ('p', text) | ('s', text, label, forms)."""
    extra = []
    if "|" in spec:
        spec, ex = spec.split("|", 1)
        extra = [e for e in ex.split(",") if e]
    key, _, fmt = spec.partition(".")
    r = c.rng
    k0 = key[0]
    # ---- names
    if re.fullmatch(r"[PEKRNT]\d*[fm]?", key):
        p = c.person(key)
        if fmt == "Pat":
            return [("p", "Пациентка" if p.g == "f" else "Пациент")]
        if fmt == "ps":
            return [("p", "поступила" if p.g == "f" else "поступил")]
        if fmt == "sexru":
            return [("p", "жен." if p.g == "f" else "муж.")]
        if fmt == "sexkk":
            return [("p", "әйел" if p.g == "f" else "ер")]
        if fmt == "pat":
            return [("p", "пациентка" if p.g == "f" else "пациент")]
        if fmt == "bol":
            return [("p", "больная" if p.g == "f" else "больной")]
        if fmt == "dost":
            return [("p", "доставлена" if p.g == "f" else "доставлен")]
        t, f = p.render(fmt)
        return [("s", t, "NAME", f + extra)]
    # ---- ages: A, A2 ... (>89 usually); a, a2 (<=89 plain); B = A minus a few years (may fall <=89)
    if re.fullmatch(r"[Aa]\d*|B\d*", key):
        if key.startswith("B"):
            v = c.age("A" + key[1:]) - c.rng.randint(1, 6)
        else:
            v = c.age(key)
        if fmt == "num":
            t, f = str(v), ["number_only"]
        elif fmt == "ru":
            t, f = f"{v} {gen.ru_years(v)}", ["ru_unit"]
        elif fmt == "gen":
            t, f = f"{v} {gen.ru_years_gen(v)}", ["ru_unit", "after_cue"]
        elif fmt == "let":
            pe = c.person("E1")
            t, f = f"{v}-летн" + ("яя" if pe.g == "f" else "ий"), ["ru_unit", "adjectival"]
        elif fmt == "kk":
            t, f = f"{v} жас", ["kk_unit"]
        elif fmt == "kkda":
            t, f = f"{v} жаста", ["kk_unit", "case_form"]
        elif fmt == "kkgy":
            t, f = f"{v} жастағы", ["kk_unit", "case_form"]
        else:
            raise KeyError(spec)
        if v > 89:
            return [("s", t, "AGE", ["over_89"] + f + extra)]
        return [("p", t)]
    # ---- dates
    if key == "D":
        y, m, d = c.next_date()
        t, f = gen.fmt_date(y, m, d, fmt)
        return [("s", t, "DATE", f + extra)]
    if key == "DR":  # one-token range
        y, m, d = c.next_date()
        y2, m2, d2 = gen.add_days(y, m, d, r.randint(5, 14))
        if m2 != m or y2 != y:
            y2, m2, d2 = y, m, min(d + r.randint(3, 9), gen.MDAYS[m - 1])
            if d2 <= d:
                d, d2 = 1, 9
        if fmt == "num":
            t = f"{d}–{d2:02d}.{m:02d}.{y}"
            f = ["numeric", "range"]
        elif fmt == "ru":
            t = f"{d}–{d2} {gen.RU_MON[m - 1]} {y}"
            f = ["words_ru", "range"]
        else:
            t = f"{y} жылғы {d}-{d2} {gen.KK_MON[m - 1]}"
            f = ["words_kk", "range"]
        c.cur = (y, m, d2)
        return [("s", t, "DATE", f + extra)]
    if key in ("DOB", "YOB", "yob2"):
        if key == "yob2":
            yy = r.randint(1990, 1999) if r.random() < 0.7 else r.randint(1960, 2004)
            return [("s", f"{yy % 100:02d}", "DATE", ["year_only", "two_digit_year", "birth_date"] + extra)]
        if key == "YOB":
            ak, fmt = (fmt.split("|")[0] or "A"), "num"
        else:
            ak = fmt.split(":")[1] if ":" in fmt else "A"
            fmt = fmt.split(":")[0]
        yy = c.cur[0] - c.age(ak) - r.randint(0, 1)
        if key == "YOB":
            return [("s", str(yy), "DATE", ["year_only", "birth_date"] + extra)]
        t, f = gen.fmt_date(yy, r.randint(1, 12), r.randint(1, 28), fmt)
        return [("s", t, "DATE", f + ["birth_date"] + extra)]
    # ---- phones
    if key == "PH":
        if fmt in ("l", "l5", "l6", "l7"):
            t, f = gen.local_phone(r, int(fmt[1]) if len(fmt) > 1 else None)
        elif fmt == "ocr":
            t, f = gen.ocr_phone(r)
        elif fmt in ("plus7", "eight", "land"):
            t, f = gen.mobile(r, fmt)
        elif fmt == "uz":
            t, f = f"+998 {r.randint(90, 99)} {r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(10, 99)}", ["foreign"]
        else:
            raise KeyError(spec)
        return [("s", t, "PHONE", f + extra)]
    # ---- IIN
    if key == "IIN":
        p = None
        x = gen.make_iin(r)
        f = ["labelled" if "l" in fmt else "unlabelled"]
        if "s" in fmt:
            sep = r.choice([" ", "-"])
            x = x[:6] + sep + x[6:]
            f.append("split")
        return [("s", x, "IIN", f + extra)]
    if key == "BIN":
        return [("s", gen.make_bin(r), "DOC_ID", ["bin"] + extra)]
    # ---- record ids
    if key == "CALL":
        t, f = gen.call_no(r)
        return [("s", t, "RECORD_ID", f + extra)]
    if key == "BRIG":
        t, f = gen.brigade_no(r)
        return [("s", t, "RECORD_ID", f + extra)]
    if key == "DISP":
        t, f = gen.disp_no(r)
        return [("s", t, "RECORD_ID", f + extra)]
    if key in ("HOSP", "OUT", "LAB", "XR", "OP"):
        kind = {"HOSP": "hospitalisation", "OUT": "outpatient_card", "LAB": "lab", "XR": "xray",
                "OP": "operation_protocol"}[key]
        t, f = gen.rec_no(r, kind)
        return [("s", t, "RECORD_ID", f + extra)]
    if key == "TW":
        kind = fmt
        idx, use = c.hook()
        if use:
            t = gen.make_invalid12(random.Random(f"d6-twelve-{idx}"))
            return [("s", t, "RECORD_ID", [kind, "twelve_digit", "invalid_checksum"] + extra)]
        t, f = gen.call_no(random.Random(f"d6-tw-alt-{idx}")) if kind == "ambulance_call" else \
            gen.rec_no(random.Random(f"d6-tw-alt-{idx}"), kind)
        return [("s", t, "RECORD_ID", f + extra)]
    # ---- doc ids
    if key == "SL":
        t, f = gen.sick_leave(r, fmt or None)
        return [("s", t, "DOC_ID", f + extra)]
    if key == "IDC":
        return [("s", f"{r.randint(0, 99999999):09d}", "DOC_ID", ["id_card"] + extra)]
    if key == "PASS":
        return [("s", f"N{r.randint(10000000, 99999999)}", "DOC_ID", ["passport", "kz"] + extra)]
    # ---- addresses
    if key == "AD":
        if fmt == "ru":
            city, _ = r.choice(gen.CITIES)
            st = r.choice(gen.STREETS)
            kv = f", кв. {r.randint(1, 180)}" if r.random() < .7 else ""
            pc = f"{r.choice(['050', '010', '100', '140', '070'])}0{r.randint(0, 9)}{r.randint(0, 9)}, " if r.random() < .3 else ""
            t = f"{pc}г. {city}, ул. {st}, д. {r.randint(1, 240)}{kv}"
            return [("s", t, "ADDRESS", ["full_postal"] + extra)]
        if fmt == "kk":
            city = r.choice(gen.CITIES_KK)
            st = r.choice(gen.STREETS_KK)
            t = f"{city} қ., {st} көшесі, {r.randint(1, 200)}-үй" + (f", {r.randint(1, 150)}-пәтер" if r.random() < .7 else "")
            return [("s", t, "ADDRESS", ["full_postal"] + extra)]
        if fmt == "vil":
            t = f"{r.choice(gen.DISTRICTS[4:])}, с. {r.choice(gen.VILLAGES)[0]}, ул. {r.choice(gen.STREETS)}, {r.randint(1, 90)}"
            return [("s", t, "ADDRESS", ["full_postal", "village"] + extra)]
        if fmt == "set":
            v = r.choice(gen.VILLAGES)[0]
            return [("s", v, "ADDRESS", ["settlement", "village"] + (["multi_word"] if " " in v else []) + extra)]
        if fmt == "setgen":
            v = r.choice(gen.VILLAGES)[1]
            return [("s", v, "ADDRESS", ["settlement", "village", "case_form"] + (["multi_word"] if " " in v else []) + extra)]
        if fmt == "setkk":
            return [("s", r.choice(gen.VILLAGES_KK), "ADDRESS", ["settlement", "village"] + extra)]
        if fmt == "setkkda":
            return [("s", gen.kk_loc(r.choice(gen.VILLAGES_KK)), "ADDRESS", ["settlement", "village", "case_form"] + extra)]
        if fmt == "city":
            return [("s", r.choice(gen.CITIES)[0], "ADDRESS", ["settlement"] + extra)]
        if fmt == "citygen":
            return [("s", r.choice(gen.CITIES)[1], "ADDRESS", ["settlement", "case_form"] + extra)]
        if fmt == "dist":
            return [("s", r.choice(gen.DISTRICTS), "ADDRESS", ["district"] + extra)]
        if fmt == "distkk":
            return [("s", r.choice(gen.DISTRICTS_KK), "ADDRESS", ["district"] + extra)]
        if fmt == "mkr":
            t = f"мкр. {r.choice(gen.MKR)}, д. {r.randint(1, 90)}" + (f", кв. {r.randint(1, 99)}" if r.random() < .5 else "")
            return [("s", t, "ADDRESS", ["partial", "microdistrict"] + extra)]
        if fmt == "mkrkk":
            t = f"{r.choice(gen.MKR)} ш/а, {r.randint(1, 90)}-үй"
            return [("s", t, "ADDRESS", ["partial", "microdistrict"] + extra)]
        if fmt == "street":
            t = f"{r.choice(gen.STREETS)} {r.randint(1, 200)}, кв {r.randint(1, 99)}"
            return [("s", t, "ADDRESS", ["street_unmarked"] + extra)]
        if fmt == "work":
            w = r.choice(gen.WORK_RU)
            return [("s", w, "ADDRESS", ["workplace"] + (["school"] if "школа" in w else []) + extra)]
        if fmt == "school":
            return [("s", r.choice(gen.SCHOOL_RU), "ADDRESS", ["workplace", "school", "case_form"] + extra)]
        if fmt == "schoolkk":
            return [("s", r.choice(gen.SCHOOL_KK), "ADDRESS", ["workplace", "school", "case_form"] + extra)]
        if fmt == "workkk":
            w = r.choice(gen.WORK_KK)
            return [("s", w, "ADDRESS", ["workplace"] + (["school"] if ("мектеп" in w or "балабақша" in w) else []) + extra)]
        raise KeyError(spec)
    # ---- plain confusables
    if key == "x":
        if fmt == "time":
            return [("p", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}")]
        if fmt == "dept":
            return [("p", str(r.randint(1, 12)))]
        if fmt == "bed":
            return [("p", str(r.randint(1, 40)))]
        if fmt == "ward":
            return [("p", str(r.randint(90, 120) if r.random() < .5 else r.randint(1, 60)))]
        if fmt == "num":
            return [("p", str(r.randint(10, 399)))]
        if fmt == "bp":
            return [("p", f"{r.randint(90, 190)}/{r.randint(50, 110)}")]
        if fmt == "hr":
            return [("p", str(r.randint(88, 112)))]
        if fmt == "spo2":
            return [("p", str(r.randint(88, 97)))]
        if fmt == "hb":
            return [("p", str(r.randint(90, 142)))]
        if fmt == "glu":
            return [("p", f"{r.randint(4, 14)},{r.randint(0, 9)}")]
        if fmt == "days":
            return [("p", str(r.randint(3, 30)))]
    raise KeyError(spec)


def render(tmpl, rng, hook, ocr):
    c = Ctx(rng, hook, ocr)
    for piece in TOK.split(tmpl):
        if not piece:
            continue
        if piece.startswith("[["):
            c.clin(piece[2:-2])
        elif piece.startswith("{"):
            for pc in resolve(piece[1:-1], c):
                if pc[0] == "p":
                    c.parts.append(pc[1])
                    c.pos += len(pc[1])
                else:
                    c.span(pc[1], pc[2], pc[3])
        else:
            c.plain(piece)
    return "".join(c.parts), c.ids, c.cl


def build_all(chosen):
    counter = [0]

    def hook():
        i = counter[0]
        counter[0] += 1
        return i, (chosen is not None and i in chosen)

    recs = []
    n = 0
    for lang in ("ru", "kk", "mixed"):
        tl = [t for t in TEMPLATES if t[1] == lang]
        for k in range(PER_LANG):
            tid, _, style, tmpl = tl[k % len(tl)]
            rep = k // len(tl)
            rng = random.Random(f"deid_dev6|{tid}|{rep}")
            ocr = rng.random() < 0.15 or style == "ocr_scan"
            body = tmpl.strip("\n")
            if body.startswith("#OCR\n"):
                body, ocr = body[5:], True
            text, ids, cl = render(body, rng, hook, ocr)
            n += 1
            recs.append({"id": f"d6-{n:04d}", "language": lang, "style": style, "template": tid,
                         "text": text, "identifiers": ids, "clinical": cl})
    return recs, counter[0]


def selfcheck(recs):
    tw = 0
    for r in recs:
        t = r["text"]
        prev = -1
        for s in r["identifiers"]:
            x = t[s["start"]:s["end"]]
            assert x and x == x.strip(), (r["id"], x)
            assert s["start"] >= prev, (r["id"], s)
            prev = s["end"]
            assert s["label"] in LABELS
            if s["label"] == "IIN":
                assert gen.iin_valid(x), (r["id"], x)
            if s["label"] == "DOC_ID" and "bin" in s["forms"]:
                assert gen.iin_valid(x)
            if s["label"] == "RECORD_ID" and "twelve_digit" in s["forms"]:
                assert re.fullmatch(r"\d{12}", x) and not gen.iin_valid(x), x
                tw += 1
            if s["label"] == "AGE":
                assert int(re.match(r"\d+", x).group()) > 89, x
            if re.fullmatch(r"\d{12}", x) and s["label"] != "IIN" and "bin" not in s["forms"]:
                assert not gen.iin_valid(x), (r["id"], x)
        for cspan in r["clinical"]:
            x = t[cspan["start"]:cspan["end"]]
            assert x and x == x.strip()
            for s in r["identifiers"]:
                assert cspan["end"] <= s["start"] or cspan["start"] >= s["end"], (r["id"], x)
        # no unmarked 12-digit valid IIN in plain text
        for m in re.finditer(r"(?<!\d)\d{12}(?!\d)", t):
            assert any(s["start"] <= m.start() and m.end() <= s["end"] for s in r["identifiers"]), (r["id"], m.group())
    assert tw == N_TWELVE, tw
    ids = [r["id"] for r in recs]
    assert len(set(ids)) == len(ids)


def main():
    _, nslots = build_all(None)
    assert nslots >= N_TWELVE, nslots
    chosen = set(random.Random("deid_dev6-twelve-choice").sample(range(nslots), N_TWELVE))
    recs, _ = build_all(chosen)
    selfcheck(recs)
    with open(os.path.join(HERE, "records.jsonl"), "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    import card
    stats = card.write(recs, os.path.join(HERE, "README.md"), TEMPLATES, nslots)
    print(stats)


if __name__ == "__main__":
    main()
