# -*- coding: utf-8 -*-
"""Dataset card (README.md) generator for deid_heldout6."""
from collections import Counter, defaultdict

STYLE_DESC = {
    "patient_correspondence": "обращения и жалобы пациентов и родственников, e-Өтініш карточки, ответы больниц, благодарности, заявления о копиях документов",
    "messenger_chat": "WhatsApp (Android/iOS) и Telegram экспорты между врачами, медсёстрами и родственниками: метки времени, отображаемые имена",
    "transfusion_protocol": "протоколы трансфузии, извещения о реакциях, карты/анкеты доноров, акты, журналы переливаний (группа, резус)",
    "theatre_log": "журналы операционной, графики плановых операций, листы безопасности ВОЗ (Sign in/Time out/Sign out), протоколы операций, журналы дежурств",
    "forensic_report": "заключения судебно-медицинского эксперта о тяжести вреда здоровью (живые лица, дети, пожилые, ДТП, комиссионные), акты освидетельствования",
    "insurance_registry": "ФСМС/ОСМС реестры пролеченных, услуг, вызовов СМП, акты дефектов — CSV (;) и TSV выгрузки, много пациентов в записи",
    "paediatric_trauma": "дети с родителями/опекунами: титульные листы, телефонограммы в полицию, эпикризы, согласия представителей, акты о несчастных случаях в школах и садах",
    "email_thread": "переписка клиник, семей, страховых, зарубежных клиник: заголовки, цитаты ответов (>), пересылки, подписи",
}

CONVENTIONS = r"""
### Labels

`NAME, IIN, PHONE, EMAIL, DATE, AGE, ADDRESS, RECORD_ID, DOC_ID`. `forms` list every surface form that applies.

### Conventions followed (restated)

* **NAME** — the whole contiguous name: surname + given name + patronymic (`-ович/-овна`, `-ұлы/-қызы`,
  `-улы/-кызы`, Azerbaijani `оглы/кызы`), or surname + initials in either order. Titles and role words (врач,
  дәрігер, проф., д-р, Dr., м/с, м/б, хирург, фельдшер, Зав., Старшая, Аға м/б, инспектор ПДН, тергеуші,
  дознаватель, ст. лейтенант полиции …) stay outside. Oblique forms are inside (`Серикову А.Б.`,
  `Д.Т. Махановаға`, `Сейткалиев Болат Куанышевичтің`) → `case_form` (only when the ending changes the surface).
  A name broken by a line break is one span containing `\n` (`split_line`); a name split across table cells is one
  span per cell, all `split_line` (+ `surname_only` / `given_only` / `patronymic_only`; an absent patronymic is
  written `—` and is not a span). Forms: `full`, `surname_given`, `given_surname`, `given_patronymic`,
  `surname_initials`, `initials_surname`, `surname_only`, `given_only`, `patronymic_only`, `latin`, `caps`,
  `lowercase`, `case_form`, `split_line`, `eponym_like` (Волков, Боткин, Пирогов, Илизаров, Филатов, Павлов, Кох,
  Вебер, Мороз, Лебедь …), `non_slavic` (Ukrainian, German, Korean, Uzbek, Uyghur, Tatar, Dungan, Turkish, Chechen,
  Azerbaijani), `kazakh_patronymic` (a rendered `-ұлы/-қызы/-улы/-кызы` patronymic, or a surname formed from the
  father's name such as `Нұрланұлы`), `foreign` (Turkish/Korean citizens in Latin script: also `latin`,
  `non_slavic`; Kazakhstan residents in Latin transliteration are `latin` only). Messenger display names are
  NAME spans (role words such as «травма», «медсестра» after the name stay outside); an unsaved contact shown as
  a number is a PHONE span. Named institutions (`НИИТО им. академика Н.Д. Батпенова`, `А.Н. Сызғанов атындағы
  ҰҒХО`) are not names: they are clinical spans.
* **DATE** — the date only; trailing `г.`, `ж.`, `года`, `ж.т.`, `г.р.` outside; Kazakh case endings inside
  (`2024 жылғы 12 наурызда`, `наурыздың 12-сі`, `2024 жылдың наурызында`); inside-date `2024 ж. 12 наурыз` stays
  inside. `«16» апреля 2024` is one span including the guillemets (`words_ru`, `quoted`). Times are never dates.
  Dates of birth add `birth_date`; a bare year of birth is `year_only`. One-token ranges (`12–19.03.2024`,
  `3–17 марта 2022`, `2023 жылғы 4-18 қазан`) are one span (`range`); `с … по …`, `… бастап … дейін`,
  `… – …` with two full dates are two spans (`бастап`, `дейін`, `аралығында` outside). Forms: `numeric`, `roman`,
  `words_ru`, `words_kk`, `no_year`, `month_year`, `two_digit_year`, `iso`, `case_form`, `range`, `quoted`,
  `birth_date`, `year_only`. Every messenger timestamp date is a DATE span; the time next to it is not.
* **AGE** — only ages over 89: the number with the directly attached unit (`92 года`, `91 года`/`95 лет` after
  `в возрасте` → `after_cue`, `90 жаста`, `93 жастағы` → `case_form`, `94 жас`); after `Возраст:`/`Жасы:` and in
  `Возраст`/`Жасы` table columns the number only (`number_only`). Always `over_89` + `ru_unit`/`kk_unit`/
  `number_only`. Ages ≤ 89 are left unmarked everywhere.
* **IIN** — 12 digits, valid checksum, century digit 3/4 (1900–1999) or 5/6 (2000–2099) matching sex;
  `labelled` when an ИИН/ЖСН/`ЖСН/ИИН` cue is on the same line just before it (also `| ИИН | … |` key–value rows),
  `unlabelled` otherwise (column header rows above do not count, so CSV/TSV/table rows are `unlabelled`, as are
  IINs typed into chats without a cue); `split` for `780312 300007` / `780312-300007` (separator inside).
* **PHONE** — the whole number incl. `+` and brackets. Forms `plus7`, `eight`, `dotted`, `spaced`, `compact`,
  `foreign` (+998, +996, +90, Russian +7 9xx — the Russian ones also `plus7`), `landline` (city code),
  `local` (short city number without code).
* **EMAIL** — `personal` or `institutional` (clinic, insurer, foreign-clinic and staff addresses on an
  institutional domain are `institutional`).
* **ADDRESS** — a full postal address is one span incl. markers and postcode (`full_postal`; with a
  microdistrict also `microdistrict`; foreign addresses `full_postal` + `foreign`). Bare settlements: the word(s)
  only, `г.`/`с.`/`ауылы`/`қаласы`/`қ.` outside, case endings inside (`settlement` + `village`, `case_form`,
  `multi_word`, `foreign`); in CSV/TSV cells village names without a marker are `settlement` + `village`.
  `street_unmarked` (`Абая 150, кв 3`), `district` (incl. `район`/`ауданы` and their case endings:
  `Алмалинского района`, `Алмалы ауданының`), `partial` + `microdistrict` (`мкр. Самал-2, д. 58`,
  `Жетісу-2 ш/а, 14-үй`). Settlements and districts inside institution names (`ОП Алмалинского района`,
  `филиал по г. Караганда`, `Центр крови Шымкента`, `Алмалы ауданының ПБ`) are still ADDRESS spans; the
  institution words stay outside. Employers/schools/kindergartens after a work or study cue are `workplace`
  (schools, kindergartens, colleges additionally `school`), the span including the legal form and quotes.
  Country names and oblast-only mentions are not identifiers; hospital names without a person's name
  (`ГКБ № 4`, `№ 3 ҚКА`, `ЦРБ`, `БСМП`, `ДГКБ`) are not marked.
* **RECORD_ID** — the number only (`№` outside; letter prefixes that belong to the number inside: `ИБ-2024-…`,
  `АК-…`, `R-…`, `РГ-…`, `КТ-…`, `Л-…`, `ЛБ-…`, `ОП-…`, `ТМК-…`, `ВКК-…`). Forms: `hospitalisation`,
  `outpatient_card`, `operation_protocol`, `xray`, `lab`, `ambulance_call`, `prescription`, `teleconsultation`,
  `commission_protocol` (протокол ВКК/ДКК/ЛКК, акт МСЭ), `erdr` (15-digit ЕРДР/СДТБ number; «ЕРДР»/«СДТБ» and
  `№` outside). Exactly 35 spans are 12-digit numbers with an INVALID IIN checksum (`twelve_digit`,
  `invalid_checksum` + their kind `hospitalisation`, `lab` or `commission_protocol`), planted as IIN confusables;
  most start with a plausible yymmdd followed by a 3–6 digit.
* **DOC_ID** — `id_card` (9 digits; also a foreigner's residence permit), `passport` (+`kz` `N########`,
  `russian`, `uzbek`, `kyrgyz`), `policy`, `sick_leave`, `vehicle_plate`, `bin` (valid checksum),
  `birth_certificate` (the series such as `I-АЛ` is inside the span).
* **Clinical spans** — text that must survive unchanged: eponymous constructions (`аппарат Илизарова`,
  `Илизаров аппараты`, `спицы Киршнера`, `по Лихтенштейну`, `шов по Донати`, `по Паркланду`, `проба Кумбса`,
  `остеосинтез по Веберу` …), implant brands (PHILOS, LCP, ChM, PFNA, Cell Saver, da Vinci), drug names (also with
  Kazakh case endings), analyte names (not values), abbreviations (ОАК, ҚЖА, ЗЖА, ЛФК, ЕДШ, ТЭП ТБС, ЖКО, ВКК, ТМК
  …), diagnoses, Kazakh anatomy/diagnoses with case endings, ALL CAPS section headers, named institutions with a
  person's name. Only a sample of clinical words is marked. Clinical spans never overlap identifiers.
* **Unmarked confusables** (on purpose): doses (`0,4 мл п/к 1 р/д`), lab values, ages ≤ 89 (incl. table columns),
  AO codes (`31-A2`, `42-B3.1`), ICD-10 codes (`S72.0`, `M16.1`), times (`14:32`, `12:05:33` in chat stamps),
  blood loss, ward/bed/room numbers, form numbers (`ф. 001/у`, `405/у`), department numbers, blood pressure,
  КЗГ and service codes (`A02.001.000`), sums of money, order numbers (`приказ № 45-к`), telephonogram and
  act serial numbers.

### Conventions added in this set

* **Blood-component container numbers** (`№ контейнера 245-24-31874`) identify a product, not a person: unmarked
  confusables (like drug lot numbers). Blood groups and Rh are unmarked.
* **Outgoing/incoming letter numbers** (`Исх. № 01-12/1834`, `Шығ. № 02-18/455`), registration-card serials,
  expert-conclusion serials (`ЗАКЛЮЧЕНИЕ ЭКСПЕРТА № 4512`), telephonogram numbers, КУИ material numbers and act
  numbers of the insurer identify a document of an organisation, not a patient record: unmarked. (RECORD_ID is
  kept for the patient-record kinds listed above.)
* **E-mail headers**: the display name in `От:`/`From:`/`To:` is a NAME span and the address in `<…>` an EMAIL
  span; the `Отправлено:`/`Жіберілді:`/`Date:` date is a DATE span (weekday words and time outside).
* **Messenger exports**: every line's date is a DATE span (`numeric`, or `numeric` + `two_digit_year` for
  `12.03.24`); the time is not.
* **Relatives share surnames where natural** (children take the father's surname, patronymics follow the father's
  given name; a mother keeps her own surname in about 40 % of families), so the same surname can appear for two
  different people in one record; every mention is its own NAME span.
* **Kazakh case endings on `-ұлы/-қызы` forms** follow the possessive pattern (`Серікұлына`, `Болатұлының`,
  `Бақытжанқызын`); they are inside the span (`case_form`).
* **Kazakh case endings on initials-first names** (`Д.Т. Махановаға`) and on the last word of full names
  (`Ахметова Айгүл Серікқызының`) are inside the span (`case_form`).
"""


def _table(rows, header):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out)


def make_card(records, templates, styles, langs):
    n = len(records)
    nid = sum(len(r["identifiers"]) for r in records)
    ncl = sum(len(r["clinical"]) for r in records)
    labels = sorted({sp["label"] for r in records for sp in r["identifiers"]})
    lab_lang = defaultdict(Counter)
    forms = defaultdict(Counter)
    for r in records:
        for sp in r["identifiers"]:
            lab_lang[sp["label"]][r["language"]] += 1
            for f in sp["forms"]:
                forms[sp["label"]][f] += 1
    st_rec = Counter(r["style"] for r in records)
    st_sp = Counter()
    st_cl = Counter()
    for r in records:
        st_sp[r["style"]] += len(r["identifiers"])
        st_cl[r["style"]] += len(r["clinical"])
    tpl = defaultdict(set)
    for r in records:
        tpl[(r["language"], r["style"])].add(r["template"])
    twelve = sum(1 for r in records for sp in r["identifiers"] if "twelve_digit" in sp["forms"])

    lab_rows = [[lab] + [lab_lang[lab][l] for l in langs] + [sum(lab_lang[lab].values())] for lab in labels]
    lab_rows.append(["**total**"] + [sum(lab_lang[lab][l] for lab in labels) for l in langs] + [nid])
    style_rows = [[s, st_rec[s], st_sp[s], st_cl[s]] for s in styles]
    tpl_rows = [[s] + [len(tpl[(l, s)]) for l in langs] for s in styles]
    tpl_rows.append(["**total**"] + [sum(len(tpl[(l, s)]) for s in styles) for l in langs])
    lang_rec = Counter(r["language"] for r in records)
    form_lines = []
    for lab in labels:
        fs = ", ".join(f"`{f}` {c}" for f, c in sorted(forms[lab].items(), key=lambda x: (-x[1], x[0])))
        form_lines.append(f"* **{lab}**: {fs}")

    style_list = "\n".join(f"* `{s}` — {STYLE_DESC[s]}" for s in styles)
    return f"""**HELD-OUT set — never used to tune rules; measure only.** (deid_heldout6, record ids `h6-0001` … `h6-{n:04d}`)

# deid_heldout6 — synthetic de-identification evaluation set (Kazakhstan hospital records, ru / kk / mixed)

* **Status:** HELD-OUT. Do not look at it while writing or tuning rules; use it only to measure.
* **Licence:** CC0 1.0 (public-domain dedication). Entirely synthetic: every person, number, address, phone,
  e-mail and document is invented by a seeded random generator; any resemblance to real people is accidental.
  Company names are partly invented, partly well-known public organisations used only as employers.
* **Size:** {n} records ({lang_rec['ru']} ru, {lang_rec['kk']} kk, {lang_rec['mixed']} mixed), {nid} identifier spans,
  {ncl} clinical spans, {sum(len(v) for v in tpl.values())} templates (≥ 5 per style and language, 40 per language),
  each rendered 2–3 times with different values; {twelve} `twelve_digit` invalid-checksum RECORD_IDs.

## Styles

{style_list}

## How it was written (blind)

Written blind with respect to the de-identification engine. The author read only the two brief files
(`/tmp/brief/deid_common.md` — the task brief — and `/tmp/brief/deid_format.md` — record format and labelling
conventions). Nothing of the project was read, listed, searched, run or imported: not the engine/platform code,
not its tests, benchmarks, docs or README, not the project's virtualenv, no `medadapt` command, no other dataset
folder, no git. The texts come from general knowledge of Kazakhstan and post-Soviet hospital paperwork
(форма 001/у, 005/у, 009/у, 008/у, ВОЗ checklist, ЦСЭ МЮ РК заключения, ФСМС/ЭРСБ реестры, e-Өтініш, WhatsApp/
Telegram exports, Outlook/Gmail e-mail threads).

Records are assembled from template pieces with Python's standard library only. Every identifier and clinical
span is emitted as a span token while the text is assembled, so offsets are correct by construction; nothing is
found by searching the text afterwards. All randomness comes from `random.Random(<string seed>)`, so the output is
byte-identical across runs and independent of `PYTHONHASHSEED`. Some records of paper-like styles are rendered
with OCR-ish spacing (doubled spaces, a space before `,`/`:`) in the plain text between spans; spans themselves are
exact. The 35 twelve-digit RECORD_IDs are placed with a two-pass render (slot positions are fixed in pass 1, the
values come from a separate seeded generator), so exactly 35 exist.

## How to rebuild

```
cd datasets/deid_heldout6
python3 build.py      # writes records.jsonl and README.md, exits non-zero if the self-check fails
```

Files: `build.py` (plan, two-pass render, self-check, writer), `core.py` (span tokens, assembly, person model,
Russian/Kazakh declension, value generators, checksums), `reg.py` (template registry), `tpl_*.py` (templates, one
module per style), `card.py` (this card).

Self-check (fails the build): span text non-empty, no leading/trailing whitespace; identifier spans sorted and
non-overlapping; clinical spans never overlap identifiers; every IIN and BIN has a valid checksum; every AGE > 89;
labels in the allowed set; no 12-digit digit run outside an IIN / BIN / twelve-digit RECORD_ID span; every 12-digit
RECORD_ID has an INVALID IIN checksum and exactly 35 exist; 100 records per language; ≥ 5 templates per style and
language, each rendered 2–3 times with differing text; ≥ 2,800 identifier and ≥ 1,000 clinical spans; no markup or
unformatted template expression leaked into text; every IIN's `labelled`/`unlabelled` form agrees with the presence
of an ИИН/ЖСН cue on its line; no name is split into two adjacent NAME spans separated by a single space.

## Record format

One JSON object per line (UTF-8, `ensure_ascii=False`):

```
{{"id": "h6-0001", "language": "ru"|"kk"|"mixed", "style": str, "text": str,
 "identifiers": [{{"start": int, "end": int, "label": str, "forms": [str, ...]}}],
 "clinical": [{{"start": int, "end": int}}], "template": str}}
```

Offsets are Python `str` indices (code points); `text[start:end]` is exactly the identifier. `template` names the
template (`<lang>_<style>_<k>`).

## Labelling conventions
{CONVENTIONS}

## Counts

### Identifier spans per label × language

{_table(lab_rows, ['label'] + langs + ['total'])}

### Records and spans per style

{_table(style_rows, ['style', 'records', 'identifier spans', 'clinical spans'])}

### Templates per language × style

{_table(tpl_rows, ['style'] + langs)}

### Forms per label

{chr(10).join(form_lines)}
"""
