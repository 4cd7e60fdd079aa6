# -*- coding: utf-8 -*-
"""Build the deid_dev10 development set: records.jsonl + README.md, then self-check.

Usage:  python3 build.py            (writes records.jsonl and README.md, exits non-zero on a failed check)
        python3 build.py --check    (only re-checks the existing records.jsonl)
Python 3 standard library only; all randomness from random.Random("deid_dev10").
"""
import datetime
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import engine as E  # noqa: E402
import t_school, t_fap, t_birthyear, t_employer, t_lower, t_pharma, t_eponym  # noqa: E402,E401

SEED = "deid_dev10"
PREFIX = "d10"
STATUS = "**Status: DEVELOPMENT set — used to tune rules; not a held-out set.**"
STYLES = ["school_medical_office", "rural_fap_journal", "birth_year_registry", "employer_certificates",
          "lowercase_messages", "pharmacology_heavy_notes", "eponym_surname_clinic"]
LANGS = ["ru", "kk", "mixed"]
MODULES = [t_school, t_fap, t_birthyear, t_employer, t_lower, t_pharma, t_eponym]
RENDERS = 2
N_PLANT = 35


def all_templates():
    out = []
    for m in MODULES:
        out.extend(m.TEMPLATES)
    return out


def plan_jobs(master):
    tpls = all_templates()
    jobs = []
    for style in STYLES:
        for r in range(RENDERS):
            for lang in LANGS:
                for t in tpls:
                    if t[0] == style and t[1] == lang:
                        jobs.append(t)
    # deterministic per-record seeds and reference dates
    seeds = []
    base = datetime.date(2023, 1, 15)
    for _ in jobs:
        seeds.append((master.getrandbits(64), base + datetime.timedelta(days=master.randrange(0, 900))))
    return jobs, seeds


def render_all(jobs, seeds, plan):
    recs = []
    slots = []
    for i, (t, (sd, today)) in enumerate(zip(jobs, seeds)):
        style, lang, name, flags, text = t
        rng = random.Random(sd)
        ctx = E.Ctx(rng, lang, today, plan, i)
        nodes = E.parse(text)
        pieces = []
        E.render_nodes(ctx, nodes, pieces)
        txt, ids, clin = E.assemble(ctx, pieces, flags.split())
        for k in range(ctx.rid_slots):
            slots.append((i, k))
        recs.append({"id": "%s-%04d" % (PREFIX, i + 1), "language": lang, "style": style, "text": txt,
                     "identifiers": ids, "clinical": clin, "template": name})
    return recs, slots


def build():
    master = random.Random(SEED)
    jobs, seeds = plan_jobs(master)
    _, slots = render_all(jobs, seeds, frozenset())
    if len(slots) < N_PLANT:
        raise SystemExit("not enough plantable RECORD_ID slots: %d" % len(slots))
    plan = frozenset(master.sample(slots, N_PLANT))
    recs, slots2 = render_all(jobs, seeds, plan)
    assert slots2 == slots
    return recs


# ----------------------------------------------------------------------------------------------
CUE = re.compile(r"(иин|жсн|iin)", re.I)
MARKUP = ("[[", "]]", "{{", "}}", "<<", ">>")


def check(recs):
    errs = []
    n12 = 0
    ids_seen = set()
    for r in recs:
        rid = r["id"]
        t = r["text"]
        if rid in ids_seen:
            errs.append("%s duplicate id" % rid)
        ids_seen.add(rid)
        for mk in MARKUP:
            if mk in t:
                errs.append("%s markup %r leaked" % (rid, mk))
        prev = -1
        spans = []
        for s in r["identifiers"]:
            a, b, lab = s["start"], s["end"], s["label"]
            if lab not in E.LABELS:
                errs.append("%s bad label %s" % (rid, lab))
            if not (0 <= a < b <= len(t)):
                errs.append("%s bad offsets %d-%d" % (rid, a, b))
                continue
            v = t[a:b]
            if v != v.strip() or not v:
                errs.append("%s outer whitespace %r" % (rid, v))
            if a < prev:
                errs.append("%s unsorted/overlap at %d" % (rid, a))
            prev = b
            if not s["forms"] or not all(isinstance(f, str) and f for f in s["forms"]):
                errs.append("%s empty forms %r" % (rid, v))
            spans.append((a, b, lab, s["forms"]))
            if lab == "IIN":
                dg = v.replace(" ", "").replace("-", "")
                if not E.valid12(dg) or not E.iin_date_ok(dg):
                    errs.append("%s invalid IIN %r" % (rid, v))
                line_start = t.rfind("\n", 0, a) + 1
                has_cue = bool(CUE.search(t[line_start:a]))
                if has_cue != ("labelled" in s["forms"]) or ("labelled" in s["forms"]) == ("unlabelled" in s["forms"]):
                    errs.append("%s IIN cue mismatch %r" % (rid, v))
            if lab == "DOC_ID" and "bin" in s["forms"]:
                if not E.valid12(v):
                    errs.append("%s invalid BIN %r" % (rid, v))
            if lab == "AGE":
                m = re.match(r"\d+", v)
                if not m or int(m.group()) <= 89:
                    errs.append("%s AGE not > 89: %r" % (rid, v))
            if lab == "RECORD_ID":
                if "twelve_digit" in s["forms"]:
                    n12 += 1
                    if not (len(v) == 12 and v.isdigit()) or E.valid12(v) or "invalid_checksum" not in s["forms"]:
                        errs.append("%s bad planted RECORD_ID %r" % (rid, v))
                elif re.fullmatch(r"\d{12}", v):
                    errs.append("%s unflagged 12-digit RECORD_ID %r" % (rid, v))
        cprev = -1
        for c in r["clinical"]:
            a, b = c["start"], c["end"]
            v = t[a:b]
            if not (0 <= a < b <= len(t)) or v != v.strip():
                errs.append("%s bad clinical span %r" % (rid, v))
            if a < cprev:
                errs.append("%s clinical unsorted/overlap" % rid)
            cprev = b
            for (x, y, _, _) in spans:
                if a < y and x < b:
                    errs.append("%s clinical overlaps identifier %r" % (rid, v))
        for m in re.finditer(r"\d+", t):
            if len(m.group()) == 12:
                ok = any(x <= m.start() and m.end() <= y and lab in ("IIN", "RECORD_ID", "DOC_ID") and
                         (lab != "DOC_ID" or "bin" in f) for (x, y, lab, f) in spans)
                if not ok:
                    errs.append("%s stray 12-digit run %s" % (rid, m.group()))
    if n12 != N_PLANT:
        errs.append("planted twelve-digit RECORD_IDs: %d != %d" % (n12, N_PLANT))
    # size requirements
    nid = sum(len(r["identifiers"]) for r in recs)
    ncl = sum(len(r["clinical"]) for r in recs)
    if len(recs) != 210:
        errs.append("records %d != 210" % len(recs))
    for lang in LANGS:
        n = sum(1 for r in recs if r["language"] == lang)
        if n != 70:
            errs.append("language %s: %d records" % (lang, n))
    for st in STYLES:
        n = sum(1 for r in recs if r["style"] == st)
        if n != 30:
            errs.append("style %s: %d records" % (st, n))
        for lang in LANGS:
            k = len({r["template"] for r in recs if r["style"] == st and r["language"] == lang})
            if k < 5:
                errs.append("style %s/%s: only %d templates" % (st, lang, k))
    if nid < 1800:
        errs.append("identifiers %d < 1800" % nid)
    if ncl < 1000:
        errs.append("clinical spans %d < 1000" % ncl)
    return errs


# ----------------------------------------------------------------------------------------------
def counts(recs):
    from collections import Counter
    lab_lang = Counter()
    style_lab = Counter()
    forms = {}
    for r in recs:
        for s in r["identifiers"]:
            lab_lang[(s["label"], r["language"])] += 1
            style_lab[(r["style"], s["label"])] += 1
            fc = forms.setdefault(s["label"], Counter())
            for f in s["forms"]:
                fc[f] += 1
    return lab_lang, style_lab, forms


def write_readme(recs):
    lab_lang, style_lab, forms = counts(recs)
    nid = sum(len(r["identifiers"]) for r in recs)
    ncl = sum(len(r["clinical"]) for r in recs)
    tpl = {}
    for r in recs:
        tpl.setdefault((r["style"], r["language"]), set()).add(r["template"])
    ntpl = len({r["template"] for r in recs})
    L = []
    L.append(STATUS)
    L.append("")
    L.append("# deid_dev10 — synthetic de-identification development set (ru / kk / mixed)")
    L.append("")
    L.append("- **Status:** development set — used to tune rules; not a held-out set. Written blind (see below).")
    L.append("- **Licence:** CC0 1.0. All records are synthetic; every name, number, address and date is invented "
             "by the generator. Any resemblance to real persons is coincidental.")
    L.append("- **Size:** %d records (ru %d, kk %d, mixed %d); %d identifier spans; %d clinical spans; %d templates "
             "(%d per style and language), each rendered %d times." % (
                 len(recs), sum(r["language"] == "ru" for r in recs), sum(r["language"] == "kk" for r in recs),
                 sum(r["language"] == "mixed" for r in recs), nid, ncl, ntpl, min(len(v) for v in tpl.values()),
                 RENDERS))
    L.append("- Record ids `d10-0001` … `d10-0210`; seed string `deid_dev10`.")
    L.append("")
    L.append("## Styles (30 records each: 10 ru, 10 kk, 10 mixed)")
    desc = {
        "school_medical_office": "school / college / kindergarten medical-office registers, class lists, 086/у and 058/у forms; "
                                 "schools written with numbers, quotes, «им.», «атындағы», abbreviations, Kazakh locative.",
        "rural_fap_journal": "ФАП / МП journals in villages: villages with and without markers, rural districts in case forms, "
                             "«ауылдық округі», bare village names in table cells, ambulance calls.",
        "birth_year_registry": "registries where people are identified by year of birth only (г.р., ж.т., «Год рожд.», "
                               "«Туған жылы» columns), plus other dates, ages over 89.",
        "employer_certificates": "certificates and sick-leave extracts naming employers (ТОО/АО/ИП/КГП/ГККП, «…» АҚ/ЖШС, "
                                 "plants, akimat departments, shops, markets, farms), BINs, sick-leave numbers.",
        "lowercase_messages": "messenger / e-mail / SMS style notes written fully in lower case, incl. lower-case full "
                              "addresses, settlements in case forms and names.",
        "pharmacology_heavy_notes": "doctor notes dense with drugs (INN, brands, Kazakh case endings), eponymous signs, "
                                    "tests, classifications, implants, analytes, abbreviations; many clinical spans.",
        "eponym_surname_clinic": "notes where people's surnames coincide with eponyms / common words (Боткин, Кох, Вебер, "
                                 "Лебедь, Мороз, Шина …) next to the same words used as clinical eponyms.",
    }
    for st in STYLES:
        L.append("- `%s` — %s" % (st, desc[st]))
    L.append("")
    L.append("## How it was written (blind)")
    L.append("The writer read only `/tmp/brief/deid_common.md` (task brief) and `/tmp/brief/deid_format.md` (record "
             "format and labelling conventions), plus the files it created in this folder. No other project file, "
             "folder, dataset, test, engine code, documentation or command was read, listed or run. All templates "
             "and value pools were written from general knowledge of Kazakhstan / post-Soviet hospital paperwork.")
    L.append("")
    L.append("## How to rebuild")
    L.append("```\ncd datasets/deid_dev10\npython3 build.py          # regenerates records.jsonl and README.md, runs the self-check\n"
             "python3 build.py --check  # re-checks the existing records.jsonl\n```")
    L.append("Python 3 standard library only (no project virtualenv). Files: `build.py` (driver, self-check, this card), "
             "`engine.py` (template engine, declension, IIN/BIN generation), `data.py` (value pools), `t_*.py` "
             "(templates, one module per style). Output is byte-identical across runs and independent of "
             "PYTHONHASHSEED: all randomness comes from `random.Random(\"deid_dev10\")`, which draws one sub-seed per "
             "record; no set/dict iteration order is relied upon.")
    L.append("")
    L.append("## Self-check (the build fails on any violation)")
    for s in ["spans exact (`text[start:end]`), non-empty, without outer whitespace, sorted, non-overlapping",
              "clinical spans non-empty, sorted, never overlapping identifiers",
              "labels in the allowed set; every span has at least one form",
              "IINs: valid checksum, valid date, 7th digit by the century/sex rule; BINs: valid checksum",
              "AGE spans > 89",
              "exactly 35 twelve-digit RECORD_IDs with an INVALID IIN checksum (`twelve_digit`, `invalid_checksum`); "
              "no other 12-digit RECORD_ID",
              "no other 12-digit digit run in any text outside IIN / BIN / RECORD_ID spans",
              "IIN `labelled` iff an ИИН/ЖСН/IIN cue precedes it on its own line; otherwise `unlabelled`",
              "no template markup (`[[`, `]]`, `{{`, `}}`, `<<`, `>>`) leaked into text",
              "210 records, 70 per language, 30 per style, ≥ 5 templates per style and language, ≥ 1,800 identifiers, "
              "≥ 1,000 clinical spans"]:
        L.append("- " + s)
    L.append("")
    L.append("## Record format")
    L.append("One JSON object per line (UTF-8, `ensure_ascii=False`):")
    L.append("```\n{\"id\": \"d10-0001\", \"language\": \"ru\"|\"kk\"|\"mixed\", \"style\": str, \"text\": str,\n"
             " \"identifiers\": [{\"start\": int, \"end\": int, \"label\": str, \"forms\": [str, ...]}],\n"
             " \"clinical\": [{\"start\": int, \"end\": int}], \"template\": str}\n```")
    L.append("Offsets are Python `str` indices (code points), recorded while the text is assembled from template "
             "pieces (never searched afterwards). Labels: `NAME, IIN, PHONE, EMAIL, DATE, AGE, ADDRESS, RECORD_ID, DOC_ID`.")
    L.append("")
    L.append("## Labelling conventions used")
    L.extend(CONVENTIONS)
    L.append("")
    L.append("## Counts")
    L.append("### Identifiers per label × language")
    L.append("| label | ru | kk | mixed | total |")
    L.append("|---|---|---|---|---|")
    for lab in E.LABELS:
        row = [lab_lang[(lab, l)] for l in LANGS]
        L.append("| %s | %d | %d | %d | %d |" % (lab, row[0], row[1], row[2], sum(row)))
    tot = [sum(lab_lang[(lab, l)] for lab in E.LABELS) for l in LANGS]
    L.append("| **all** | %d | %d | %d | %d |" % (tot[0], tot[1], tot[2], sum(tot)))
    L.append("")
    L.append("### Identifiers per style")
    L.append("| style | " + " | ".join(E.LABELS) + " | total | clinical |")
    L.append("|---|" + "---|" * (len(E.LABELS) + 2))
    for st in STYLES:
        row = [style_lab[(st, lab)] for lab in E.LABELS]
        ncs = sum(len(r["clinical"]) for r in recs if r["style"] == st)
        L.append("| %s | %s | %d | %d |" % (st, " | ".join(str(x) for x in row), sum(row), ncs))
    L.append("")
    L.append("### Forms per label")
    for lab in E.LABELS:
        fc = forms.get(lab, {})
        items = sorted(fc.items(), key=lambda kv: (-kv[1], kv[0]))
        L.append("- **%s**: %s" % (lab, ", ".join("`%s` %d" % kv for kv in items)))
    L.append("")
    L.append("### Templates per style and language")
    L.append("| style | ru | kk | mixed |")
    L.append("|---|---|---|---|")
    for st in STYLES:
        L.append("| %s | %s |" % (st, " | ".join(str(len(tpl.get((st, l), ()))) for l in LANGS)))
    L.append("")
    return "\n".join(L)


CONVENTIONS = [
    "All conventions of `deid_format.md` (base list and the 'Conventions added in this set' sections) are followed; "
    "restated briefly, with the additions of this set marked **(new)**:",
    "- **NAME** — whole contiguous name (surname + given + patronymic incl. `-ович/-овна`, `-ұлы/-қызы`, `-улы/-кызы`, "
    "`оглы/кызы`; or surname + initials either order). Titles / role words (врач, дәрігер, м/с, фельдшер, педиатр, "
    "проф., Dr.) outside. Oblique forms inside (`case_form`, set only when the surface changes). Kazakh case endings "
    "on the last word, on initials-first names and on `-ұлы/-қызы` (possessive pattern `Серікұлына`) inside. Three-cell "
    "tables: each filled cell its own span (`split_line` + `surname_only`/`given_only`/`patronymic_only`), an absent "
    "patronymic is `—`. Two-cell tables: surname cell + given(+patronymic) cell, both `split_line`. Forms: `full`, "
    "`surname_given`, `given_surname`, `given_patronymic`, `surname_initials`, `initials_surname`, `surname_only`, "
    "`given_only`, `patronymic_only`, `latin`, `caps`, `lowercase`, `case_form`, `split_line`, `eponym_like`, "
    "`non_slavic` (Ukrainian, German, Korean, Uzbek, Uyghur, Tatar, Dungan, Turkish, Chechen, Azerbaijani), "
    "`kazakh_patronymic`, `foreign` (Turkish/Korean citizens in Latin script). Relatives share surnames where natural "
    "(children take the father's surname and patronymic from his given name; a wife keeps her own surname in ~40 %).",
    "- **eponym_like** marks people whose surname is also an eponym or a common word (Боткин, Илизаров, Кох, Вебер, "
    "Волков, Курлов, Зимницкий, Нечипоренко, Воскресенский, Образцов, Греков, Бабинский, Ромберг, Филатов, Пирогов, "
    "Бехтерев, Кохер, Дитерихс, Шина, Лебедь, Мороз, Павлов). The clinical uses of the same words (`болезнь Боткина`, "
    "`палочка Коха`, `шина Белера`, `Вебер сынамасы` …) are clinical spans.",
    "- **DATE** — the date only; trailing `г.`, `ж.`, `года`, `ж.т.`, `г.р.` outside; Kazakh case endings inside "
    "(`наурызда`, `наурыздың 12-сі`, `қазанға`); `дейін`, `бастап` outside. `birth_date` for dates of birth; a bare "
    "year of birth is `year_only` + `birth_date`. A one-token range is one span (`range`). Forms: `numeric`, `roman`, "
    "`words_ru`, `words_kk`, `no_year`, `month_year`, `two_digit_year`, `iso`, `case_form`, `quoted` (`«16» апреля 2024`, "
    "guillemets inside), `range`. Times are never dates. Messenger lines: each line's date is a span.",
    "- **AGE** — only ages > 89, number with the attached unit (`92 года`, `91 года` after `в возрасте` → `after_cue`, "
    "`90 жаста`, `93 жастағы`, `94 жас`), or the number only after `Возраст:`/`Жасы:` (`number_only`). Forms "
    "`over_89`, `ru_unit`, `kk_unit`, `number_only`, `after_cue`, `case_form`. Ages ≤ 89 are unmarked everywhere.",
    "- **IIN** — 12 digits with valid checksum and date, 7th digit 3/4 (1900s) or 5/6 (2000s); `labelled` when an "
    "ИИН/ЖСН/IIN cue (also `ИИН=`, `жсн:`, key–value table cell) is on the same line before it, else `unlabelled` "
    "(column headers do not count); `split` for `780312 300007` / `780312-300007` (separator inside).",
    "- **PHONE** — whole number incl. `+` and brackets; forms `plus7`, `eight`, `dotted`, `spaced`, `compact`, "
    "`foreign` (+998, +996, +90, Russian +7 9xx), `landline` (city code), `local` (short number after тел./байланыс).",
    "- **EMAIL** — every e-mail, `personal` or `institutional`.",
    "- **ADDRESS** — full postal address one span incl. markers and postcode (`full_postal`; foreign ones + `foreign`). "
    "Bare settlement: word(s) only, markers `г.`, `с.`, `п.`, `ауылы`, `қаласы`, `қ.` outside, case endings inside "
    "(`settlement` + `village`, `case_form`, `multi_word`, `foreign`). A village name without a marker in a table cell "
    "is `settlement` + `village`. `street_unmarked` = street + house without a street marker. `district` = city or "
    "rural district including `район`/`р-н`/`ауданы` with its case endings. `partial` + `microdistrict` = "
    "`мкр.`/`ш/а`/`шағын ауданы` + house. Employers and schools after a work/study cue are `workplace` (schools, "
    "kindergartens, colleges, universities + `school`), the span includes legal form and quotes (`ТОО «…»`, `«…» АҚ`, "
    "`КГУ «…»`), an «им. …» / «… атындағы» eponym and a Kazakh case ending of the institution word (`… мектепте`, "
    "`… балабақшасында`, + `case_form`). Country and oblast-only mentions, hospitals without a person's name "
    "(ЦРБ, ФАП, ГКБ № 4, ОИБ) are not marked.",
    "- **(new) rural okrug** — `<village> ауылдық округі` (with its possessive case endings `округінде`, `округінің`) "
    "and `<village> сельский округ` are one ADDRESS span with forms `district` + `rural_okrug` (+`case_form`).",
    "- **(new) employer names containing a place word** (`аппарат акима района`, `аудандық білім бөлімі`) are a single "
    "`workplace` span; no nested settlement span is cut out of an employer name.",
    "- **RECORD_ID** — number only (`№` outside, letter prefixes inside): `hospitalisation`, `outpatient_card`, "
    "`operation_protocol`, `xray`, `lab`, `ambulance_call`, `prescription`, `teleconsultation`, "
    "`commission_protocol`, `erdr` (15 digits). Exactly 35 are 12-digit numbers with an invalid IIN checksum "
    "(`twelve_digit`, `invalid_checksum` + their kind: hospitalisation, lab or commission_protocol).",
    "- **DOC_ID** — `id_card` (9 digits; also a foreigner's residence permit), `passport` (+`kz`, `russian`, `uzbek`, "
    "`kyrgyz`), `policy`, `sick_leave`, `vehicle_plate`, `bin` (valid checksum), `birth_certificate` (series inside).",
    "- **Clinical spans** — a sample of text that must survive unchanged: eponymous constructions, drug names "
    "(incl. Kazakh case endings, inside the span), implant brands, analyte names (not values), abbreviations, "
    "diagnoses, Kazakh anatomy with case endings, ALL-CAPS section headers, vaccine names. They never overlap "
    "identifiers.",
    "- **Unmarked confusables** are left on purpose: doses, lab values, ages ≤ 89, ICD-10 codes, times, ward/bed and "
    "cabinet numbers, class letters (`7 «Б»`), form numbers (086/у, 058/у, 026/у), notification numbers of forms, "
    "blood pressure, counts.",
    "- Some records carry OCR-ish spacing (doubled spaces, a space before `,`/`:`) in plain text between spans; "
    "lower-case records are lower-cased throughout, NAME and ADDRESS spans there carry `lowercase`.",
]


def main():
    out = os.path.join(HERE, "records.jsonl")
    if "--check" in sys.argv:
        with open(out, encoding="utf-8") as fh:
            recs = [json.loads(l) for l in fh]
    else:
        recs = build()
        with open(out, "w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
            fh.write(write_readme(recs))
    errs = check(recs)
    if errs:
        for e in errs[:60]:
            print("FAIL:", e)
        print("self-check FAILED (%d problems)" % len(errs))
        sys.exit(1)
    print("self-check OK: %d records, %d identifiers, %d clinical spans" % (
        len(recs), sum(len(r["identifiers"]) for r in recs), sum(len(r["clinical"]) for r in recs)))


if __name__ == "__main__":
    main()
