#!/usr/bin/env python3
"""Build the deid_dev4 DEVELOPMENT set: records.jsonl + README.md (stdlib only, deterministic)."""
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402
from tpl_ru import TEMPLATES as T_RU  # noqa: E402
from tpl_kk import TEMPLATES as T_KK  # noqa: E402
from tpl_mixed import TEMPLATES as T_MX  # noqa: E402

LABELS = {"NAME", "IIN", "PHONE", "EMAIL", "DATE", "AGE", "ADDRESS", "RECORD_ID", "DOC_ID"}
STYLES = ["discharge_summary", "operative_note", "outpatient_visit", "nurse_note", "referral_letter",
          "his_printout", "lab_report", "consent_form"]
TOKEN = re.compile(r"\{([A-Za-z]+)(?::([^{}]*))?\}|\{~([^{}]*)\}|\[\[(.+?)\]\]", re.S)
KINDS = {"old", "birth", "past", "event"}


def expand(rng, key, args, lang):
    kind = next((a for a in args if a in KINDS), "event")
    a = [x for x in args if x not in KINDS]
    if key == "D":
        return gen.g_date(rng, a, kind)
    if key == "DR":
        return gen.g_roman(rng, a, kind)
    if key == "RU":
        return gen.g_ru(rng, a, kind)
    if key == "KK":
        return gen.g_kk(rng, a, kind)
    if key == "DOB":
        return gen.g_dob(rng, args)
    if key == "DRG":
        return gen.g_drange(rng, a)
    if key == "A":
        return gen.g_age(rng, a)
    if key == "AD":
        return gen.g_addr(rng, a)
    if key == "N":
        return gen.g_name(rng, a, lang)
    if key == "IIN":
        return gen.g_iin(rng, args)
    if key == "PH":
        return gen.g_phone(rng, a)
    if key == "EM":
        return gen.g_email(rng, a, lang)
    if key == "RID":
        return gen.g_rid(rng, a)
    if key == "DOC":
        return gen.g_doc(rng, a)
    if key == "x":
        return gen.g_x(rng, a)
    raise ValueError(key)


def render(tpl_text, rng, lang):
    text = []
    pos = 0
    ids, clin = [], []
    last = 0

    def put(s, label, forms):
        nonlocal pos
        if label is None:
            pass
        elif label == "CL":
            clin.append({"start": pos, "end": pos + len(s)})
        else:
            fs = []
            for f in forms:
                if f not in fs:
                    fs.append(f)
            ids.append({"start": pos, "end": pos + len(s), "label": label, "forms": fs})
        text.append(s)
        pos += len(s)

    for m in TOKEN.finditer(tpl_text):
        if m.start() > last:
            put(tpl_text[last:m.start()], None, [])
        last = m.end()
        if m.group(4) is not None:
            put(m.group(4), "CL", [])
        elif m.group(3) is not None:
            put(rng.choice(m.group(3).split("|")), None, [])
        else:
            args = m.group(2).split(":") if m.group(2) else []
            tc = "tc" in args
            for s, label, forms in expand(rng, m.group(1), args, lang):
                if tc and label not in (None, "CL"):
                    forms = list(forms) + ["table_cell"]
                put(s, label, forms)
    if last < len(tpl_text):
        put(tpl_text[last:], None, [])
    return "".join(text), ids, clin


def check(rec):
    t = rec["text"]
    prev = -1
    for s in rec["identifiers"]:
        assert s["label"] in LABELS, s
        frag = t[s["start"]:s["end"]]
        assert frag and frag.strip() == frag, (rec["id"], frag)
        assert s["start"] >= prev, (rec["id"], "overlap/sort", s)
        prev = s["end"]
        if s["label"] == "IIN":
            assert gen.iin_valid(frag), (rec["id"], frag)
        if s["label"] == "DOC_ID" and "bin" in s["forms"]:
            assert gen.iin_valid(frag), (rec["id"], frag)
        if s["label"] == "RECORD_ID" and "twelve_digit" in s["forms"]:
            assert len(frag) == 12 and frag.isdigit() and not gen.iin_valid(frag), (rec["id"], frag)
        if s["label"] == "AGE":
            n = int(re.match(r"\d+", frag).group())
            assert n > 89, frag
    for c in rec["clinical"]:
        assert t[c["start"]:c["end"]].strip(), rec["id"]
        for s in rec["identifiers"]:
            assert c["end"] <= s["start"] or c["start"] >= s["end"], (rec["id"], "clinical overlaps id")


def main():
    groups = [("ru", T_RU), ("kk", T_KK), ("mixed", T_MX)]
    records = []
    tcount = Counter()
    for lang, tpls in groups:
        for ti, (style, body) in enumerate(tpls):
            assert style in STYLES, style
            tcount[(lang, style)] += 1
            reps = 3 if ti % 14 == 3 else 2
            for k in range(reps):
                rng = random.Random("deid_dev4|%s|%d|%d" % (lang, ti, k))
                text, ids, clin = render(body.strip("\n"), rng, lang)
                records.append({"language": lang, "style": style, "text": text,
                                "identifiers": ids, "clinical": clin, "_tpl": "%s-%02d" % (lang, ti)})
    # interleave deterministically so ids do not reveal language blocks
    random.Random("deid_dev4|order").shuffle(records)
    out = []
    for i, r in enumerate(records, 1):
        rec = {"id": "d4-%04d" % i, "language": r["language"], "style": r["style"], "text": r["text"],
               "identifiers": r["identifiers"], "clinical": r["clinical"]}
        check(rec)
        out.append(rec)
    with open(os.path.join(HERE, "records.jsonl"), "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    write_card(out, tcount)
    # print counts
    lab = Counter(s["label"] for r in out for s in r["identifiers"])
    nid = sum(lab.values())
    print("records", len(out), "identifiers", nid, "clinical", sum(len(r["clinical"]) for r in out))
    for lang, tpls in groups:
        rs = [r for r in out if r["language"] == lang]
        print(lang, "templates", len(tpls), "records", len(rs), "identifiers", sum(len(r["identifiers"]) for r in rs))
    print(dict(sorted(lab.items())))
    print("DATE+AGE+ADDRESS share %.1f%%" % (100.0 * (lab["DATE"] + lab["AGE"] + lab["ADDRESS"]) / nid))
    print("twelve_digit RECORD_ID", sum(1 for r in out for s in r["identifiers"] if "twelve_digit" in s["forms"]))
    print("self-check OK")


def table(headers, rows):
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    for r in rows:
        lines.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(lines)


def write_card(out, tcount):
    langs = ["ru", "kk", "mixed"]
    lab = defaultdict(Counter)
    forms = defaultdict(Counter)
    for r in out:
        for s in r["identifiers"]:
            lab[s["label"]][r["language"]] += 1
            for f in s["forms"]:
                forms[s["label"]][f] += 1
    labels = sorted(lab)
    t1 = table(["label"] + langs + ["total"],
               [[l] + [lab[l][g] for g in langs] + [sum(lab[l].values())] for l in labels] +
               [["**all**"] + [sum(lab[l][g] for l in labels) for g in langs] + [sum(sum(lab[l].values()) for l in labels)]])
    st = []
    for s in STYLES:
        rs = [r for r in out if r["style"] == s]
        st.append([s, len(rs), sum(len(r["identifiers"]) for r in rs), sum(len(r["clinical"]) for r in rs)])
    t2 = table(["style", "records", "identifiers", "clinical spans"], st)
    t3 = table(["style"] + langs + ["total"],
               [[s] + [tcount[(g, s)] for g in langs] + [sum(tcount[(g, s)] for g in langs)] for s in STYLES] +
               [["**all**"] + [sum(tcount[(g, s)] for s in STYLES) for g in langs] + [sum(tcount.values())]])
    t4 = "\n\n".join("**%s**: " % l + ", ".join("`%s` %d" % (f, n) for f, n in forms[l].most_common()) for l in labels)
    rl = Counter(r["language"] for r in out)
    card = CARD.format(n=len(out), nid=sum(len(r["identifiers"]) for r in out), ru=rl["ru"], kk=rl["kk"], mx=rl["mixed"],
                       t1=t1, t2=t2, t3=t3, t4=t4)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(card)


CARD = """# deid_dev4 — synthetic Kazakhstan clinical-text de-identification set (dates, ages, addresses)

**DEVELOPMENT set — rules MAY be tuned on it. It is not a held-out set; do not report it as one.**

Licence: CC0 1.0 (public-domain dedication). Every record is synthetic; all names, numbers, addresses
and dates are generated. Any resemblance to real persons is accidental.

{n} records ({ru} Russian, {kk} Kazakh, {mx} mixed Russian/Kazakh), {nid} gold identifier spans.
The set is weighted towards DATE, AGE (>89) and ADDRESS in every surface real clinicians and HIS
exports use; the other labels are present and many unmarked confusables are planted.

## How it was written (blind)

- Read: `/tmp/brief/deid_common.md` and `/tmp/brief/deid_format.md` (rules and record format);
  `/tmp/brief/fields_common.md` was opened briefly (it is an unrelated brief, nothing taken from it).
- Not read, listed, grepped or run: anything under `/work/main/platform/`, `/work/main/tests/`,
  `/work/main/benchmarks/`, `/work/main/docs/`, `/work/main/README.md`, `/work/shared/`, any other
  folder under `/work/main/datasets/`, the project's virtualenv or `medadapt` commands. No `git` commands.
- Everything (templates, value pools, Kazakh case-ending rules, IIN/BIN checksum) was written from
  general knowledge of Kazakhstan hospital paperwork, Russian and Kazakh clinical language and
  Kazakhstan's people and places. Only the Python standard library is used.
- Templates use an own wording and layout for the 8 styles; nothing was copied from any other set.

## Files

| file | content |
|---|---|
| `build.py` | renderer, self-check, card writer |
| `gen.py` | value pools and generators (dates, ages, addresses, names, numbers, confusables) |
| `tpl_ru.py`, `tpl_kk.py`, `tpl_mixed.py` | templates per language |
| `records.jsonl` | the set |
| `README.md` | this card (generated) |

Rebuild: `python3 build.py` (deterministic: seeds are `random.Random(<string>)`, independent of
PYTHONHASHSEED; the output is byte-identical across runs). The build runs the self-check (every span's
`text[start:end]` non-empty and unpadded, spans sorted and non-overlapping, clinical spans never
overlapping identifiers, every IIN/BIN checksum valid, every `twelve_digit` RECORD_ID checksum-invalid,
every AGE > 89, every label in the label set) and prints counts.

## Record format

One JSON object per line (UTF-8, `ensure_ascii=False`):

```
{{"id": "d4-0001", "language": "ru"|"kk"|"mixed", "style": str, "text": str,
 "identifiers": [{{"start": int, "end": int, "label": str, "forms": [str, ...]}}],
 "clinical": [{{"start": int, "end": int}}]}}
```

Offsets are Python `str` indices (code points); `text[start:end]` is exactly the identifier. They are
recorded while the text is assembled from template pieces (correct by construction, never searched for
afterwards). Identifier spans are sorted and never overlap; clinical spans never overlap identifiers.
`clinical` spans are text that must survive de-identification unchanged.

Labels: `NAME, IIN, PHONE, EMAIL, DATE, AGE, ADDRESS, RECORD_ID, DOC_ID`. `forms` are free strings
describing the surface; every form that applies is listed.

Styles: `discharge_summary`, `operative_note`, `outpatient_visit`, `nurse_note`, `referral_letter`,
`his_printout`, `lab_report`, `consent_form`.

## Labelling conventions

* **NAME** — the whole contiguous name: surname + given name + patronymic (`-ович/-овна`,
  `-ұлы/-қызы`, `-улы/-кызы`, `оглы/кызы`), or surname + initials in either order. Titles and role
  words (врач, дәрігер, проф., д-р, Dr., м/с, м/б, хирург, фельдшер) are outside the span. Oblique
  forms are inside (`Серикову А.Б.`, `Асқарға`, `Болатұлының`) → `case_form`. A name broken by a
  line break is one span containing the `\\n` (`split_line`); a name split across table cells is
  two spans (surname cell, given-name cell), both `split_line`. `eponym_like` marks people whose
  surname is also an eponym or a common word (Волков, Боткин, Вебер, Илизаров, Кох, Лебедь ...).
  `non_slavic` marks Ukrainian, German, Korean, Uzbek, Uyghur, Tatar, Dungan, Turkish and Chechen
  names (here also Azerbaijani). Named institutions (`НИИТО им. академика Н.Д. Батпенова`,
  `... атындағы ...`) are not names; they are clinical spans.
* **DATE** — the date only. Trailing `г.`, `ж.`, `года`, `ж.т.`, `г.р.` are outside; Kazakh case
  endings are inside (`2024 жылғы 12 наурызда`, `наурыздың 12-сі`). Times (10:30) are not dates.
  Dates of birth carry `birth_date`; a bare year of birth is `year_only`.
* **AGE** — only ages over 89; the number with the directly attached unit word (`92 года`,
  `91 года` after `в возрасте`, `90 жаста`, `93 жастағы`, `94 жас`); after `Жасы:`/`Возраст` with
  no unit, the number only. Ages ≤ 89 are not marked.
* **IIN** — 12 digits, valid Kazakhstan checksum (7th digit 3/4 for 1900–1999, 5/6 for 2000–2099);
  `labelled` (ИИН/ЖСН cue on the same line just before it) or `unlabelled`; `split` when written
  `780312 300007` / `780312-300007` (the separator is inside the span).
* **PHONE** — the whole number incl. `+` and brackets. Forms: `plus7`, `eight`, `dotted`, `spaced`,
  `compact`, `foreign` (+998, +996, +90, Russian +7 9xx), `landline` (city codes), `local` (short
  city number without code, after тел./байланыс).
* **EMAIL** — every e-mail (`personal` or `institutional`).
* **ADDRESS** — a full postal address is one span including its markers (`г.`, `ул.`, `д.`, `кв.`,
  `қ.`, `көшесі`, `-үй`, `-пәтер`, postcode) → `full_postal`. A bare settlement is its word(s) only,
  with markers like `г.`, `с.`, `п.`, `ауылы`, `қаласы` outside, and Russian/Kazakh case endings
  inside (`Талгара`, `Қаскелеңде`, `Отеген батыр`) → `settlement` (+`village`, `case_form`,
  `multi_word`, `foreign`). `street_unmarked` = street + house without a street marker
  (`Абая 150, кв 3`). `district` = city or rural district including the word район/ауданы.
  `partial`/`microdistrict` = мкр./ш/а + house. Employers and schools after a work cue are ADDRESS
  with form `workplace`. Country names and oblast-only mentions are not identifiers. Hospital names
  without a person's name (ГКБ № 4, ЦРБ) are not marked.
* **RECORD_ID** — the number only (`№` outside, letter prefixes that belong to the number inside):
  `hospitalisation`, `outpatient_card`, `operation_protocol`, `xray`, `lab`, `ambulance_call`.
  About 35 of them are 12-digit numbers with an INVALID IIN checksum (`twelve_digit`,
  `invalid_checksum`), planted as IIN confusables.
* **DOC_ID** — `id_card` (9 digits), `passport` (KZ `N########`, Russian, Uzbek, Kyrgyz), `policy`,
  `sick_leave`, `vehicle_plate`, `bin` (valid checksum), `birth_certificate`.
* **Clinical spans** — eponymous constructions (аппарат Илизарова, Кохер бойынша, тест Лахмана ...),
  implant brands, drug names (also with Kazakh case endings), lab analyte names (not the values),
  abbreviations (ЛФК, ОАК, ТЭП ТБС, ҚЖА, ЖКО ...), diagnoses, Kazakh anatomy with case endings, ALL
  CAPS section headers, named institutions. Not every clinical word is marked; the marked ones are a
  sample that must not be removed.
* Unmarked confusables are left in the text on purpose: doses (`1,0 мл 2 р/д`), lab values, ages
  ≤ 89, AO codes (31-A2), ICD-10 codes (S72.0, М16.1), times, blood loss, ward/bed numbers, form
  numbers (027/у), department numbers, blood pressure.

### Conventions added in this set

* **Date ranges**: each end is its own DATE span; connectors (`с`, `по`, `–`, `-`, `аралығында`) are
  outside. A day-only start (`с 5 по 12 марта` → `5`, `12 марта`) is a DATE span with forms
  `range`, `day_only`. `12.03–19.03.2024` → `12.03` and `19.03.2024`.
* **Russian month names**: the preposition is outside (`в марте 2024` → `марте 2024`); the
  abbreviation dot of a shortened month is inside (`12 мар.`), a following `г.`/`года` is outside.
  `12-го марта` is one span (`ordinal`).
* **Kazakh month expressions**: the whole expression incl. `жылғы`/`жылы`/`жылдың`/`ж.` *between*
  year and month, and `айында` after the month name, is inside (`2024 жылдың наурыз айында`,
  `наурыз айында`, `2024 ж. наурыз`, `2024 ж. 12 наурыз`); postpositions (`бастап`, `дейін`,
  `аралығында`) are outside; a trailing `ж.`/`жылы` after a complete date is outside. A case ending
  attached with a hyphen to a numeric date is inside (`12.03.2024-ден`).
* **Roman-numeral months** (`12.III.2024`, `III.2024`, `12 III`) → `roman_month`.
* **OCR-damaged** dates (`1 2.03.2024`, `12 .03 .2024`, `12,03.2024`, `1 2.0 3.2024`) are one span → `ocr_spacing`.
* **AGE** forms: `92-летний` / `92-летняя` are one span (`adjective`); abbreviated units `94 г.`,
  `95 л.` keep the abbreviation dot inside (`abbrev`); Kazakh `91 жасқа`, `92 жасында` are one span.
* **ADDRESS**: a full postal address written over two lines is one span containing the `\\n`
  (`split_line`); an address written in ALL CAPS is `full_postal` too. A workplace/school after
  `Место работы`, `Жұмыс орны`, `учится`, `оқиды` is `workplace` (+`school`). Oblast names inside a
  full postal address are part of that span; oblast-only mentions elsewhere are not marked.
* **NAME** forms used: `full`, `surname_given`, `given_surname`, `given_patronymic`, `initials`,
  `initials_first`, `caps`, `lowercase`, `latin`, `surname_only`, `given_only`, `case_form`,
  `kazakh_case`, `kazakh_patronymic`, `azerbaijani_patronymic`, `split_line`, `table_cell`,
  `eponym_like`, `non_slavic`.
* `table_cell` is added to any identifier that stands in a `|`-separated table cell.

## Counts

### Identifiers per label × language

{t1}

### Per style

{t2}

### Templates per language × style

{t3}

### Forms per label

{t4}
"""

if __name__ == "__main__":
    main()
