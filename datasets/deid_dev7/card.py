# -*- coding: utf-8 -*-
"""Writes README.md (the dataset card) from records.jsonl:  python3 card.py"""
import collections
import json
import os

here = os.path.dirname(os.path.abspath(__file__))
recs = [json.loads(l) for l in open(os.path.join(here, "records.jsonl"), encoding="utf-8")]
LANGS = ["ru", "kk", "mixed"]
LABELS = ["NAME", "IIN", "PHONE", "EMAIL", "DATE", "AGE", "ADDRESS", "RECORD_ID", "DOC_ID"]
ll = collections.Counter()
forms = collections.defaultdict(collections.Counter)
st = collections.Counter()
st_lang = collections.Counter()
tm = collections.defaultdict(set)
ncl = collections.Counter()
for r in recs:
    st[r["style"]] += 1
    st_lang[(r["style"], r["language"])] += 1
    tm[(r["style"], r["language"])].add(r["template"])
    ncl[r["language"]] += len(r["clinical"])
    for s in r["identifiers"]:
        ll[(s["label"], r["language"])] += 1
        for f in s["forms"]:
            forms[s["label"]][f] += 1

out = []
w = out.append
w("**Status: DEVELOPMENT set — used to tune rules; not a held-out set.**\n")
w("# deid_dev7 — synthetic de-identification development set (ru / kk / mixed)\n")
w("* Licence: **CC0 1.0** (public domain dedication). All records are synthetic; every name, number, address and")
w("  date was generated at random from value pools; any resemblance to real persons is accidental.")
w("* Size: %d records (%s), %d identifier spans, %d clinical spans, %d styles, ids `d7-0001` … `d7-%04d`.\n"
  % (len(recs), ", ".join("%d %s" % (sum(1 for r in recs if r["language"] == l), l) for l in LANGS),
     sum(ll.values()), sum(ncl.values()), len(st), len(recs)))
w("## How it was written (blind)\n")
w("Written from general knowledge of Kazakhstan / post-Soviet hospital paperwork. The author read ONLY:")
w("`/tmp/brief/deid_common.md`, `/tmp/brief/deid_format.md`, and the files of this folder (`core.py` and `pools.py`,")
w("left by an earlier author under the same brief and reused here). Nothing else of the project (no engine code, tests,")
w("benchmarks, docs or other datasets) was read, listed, searched, run or imported. Only the system `python3`")
w("standard library is used.\n")
w("Records are assembled from template pieces (`build.py`: styles × 6 layout variants × language; `gen.py`: value")
w("generators; `core.py`: span builder, IIN/BIN checksum, Kazakh suffixes, Russian declension; `pools.py`: value")
w("pools). Every span is emitted while the text is assembled, so offsets are exact by construction; the text is never")
w("searched afterwards. All randomness comes from `random.Random(<string seed>)` (seed `deid_dev7/2025|<id>`), so the")
w("output is byte-identical across runs and independent of `PYTHONHASHSEED`. Mixed records switch language block by")
w("block (header / patient data / body / signature alternate ru and kk by variant) and use bilingual labels")
w("(`ЖСН / ИИН:`) in a third of the variants.\n")
w("## Rebuild and check\n")
w("```\ncd datasets/deid_dev7\npython3 build.py      # writes records.jsonl\npython3 selfcheck.py  # offsets, overlaps, labels, IIN checksums, ages > 89, size targets\npython3 card.py       # rewrites this README from records.jsonl\n```\n")
w("## Record format\n")
w("One JSON object per line (UTF-8, `ensure_ascii=False`):\n")
w('```\n{"id": "d7-0001", "language": "ru"|"kk"|"mixed", "style": str, "template": str, "text": str,\n'
  ' "identifiers": [{"start": int, "end": int, "label": str, "forms": [str, ...]}],\n "clinical": [{"start": int, "end": int}]}\n```\n')
w("Offsets are Python `str` indices; `text[start:end]` is exactly the identifier. Identifier spans are sorted and never")
w("overlap; clinical spans never overlap identifiers. Labels: `NAME, IIN, PHONE, EMAIL, DATE, AGE, ADDRESS, RECORD_ID, DOC_ID`.\n")
w("## Labelling conventions (restated from `deid_format.md`)\n")
w("""* NAME: the whole contiguous name (surname + given + patronymic incl. `-ұлы/-қызы/-улы/-кызы/оглы/кызы`, or surname +
  initials in either order); titles and role words (врач, дәрігер, хирург, фельдшер, ЖПД, кардиолог …) outside; oblique
  Russian and Kazakh case endings inside (`case_form`, only when the surface changes); three-cell name tables give one
  span per cell (`split_line` + `surname_only`/`given_only`/`patronymic_only`, an absent patronymic is `—`). Forms
  `non_slavic`, `eponym_like`, `kazakh_patronymic`, `latin`, `foreign`, `caps`, `lowercase` as in the earlier sets;
  foreign citizens in Latin script carry `latin`+`foreign`+`non_slavic`, Kazakhstan residents in Latin
  transliteration carry `latin` only. Named institutions (`НИИТО им. академика Н.Д. Батпенова`) are clinical spans.
* DATE: the date only, trailing `г.`/`ж.`/`г.р.`/`ж.т.` outside, Kazakh case endings inside (`2024 жылғы 12
  наурызда`, `наурыздың 12-сі`); `бастап`, `дейін`, `аралығында` outside; one-token ranges are one `range` span, two full
  dates are two spans; times are not dates; `«12» марта 2024` includes the guillemets (`quoted`).
* AGE: only ages over 89; the number with its unit word (`92 года`, `96 лет`, `90 жаста`, `93 жастағы`, `94 жас`), or the
  number only when there is no unit; ages ≤ 89 are left unmarked everywhere (also in tables and after `Возраст:`/`Жасы:`).
* IIN: 12 digits with valid date part and checksum; `labelled` when an ИИН/ЖСН cue is on the same line before it,
  `unlabelled` under a table column header; `split` for `780312 300007` / `780312-300007` (separator inside).
* PHONE: whole number incl. `+` and brackets; `plus7`, `eight`, `compact`, `dotted`, `spaced`, `landline`, `local`,
  `foreign`. EMAIL: `personal` / `institutional`.
* ADDRESS: full postal address one span with markers (`full_postal`); bare settlements without `г.`/`с.`/`ауылы`/`қ.`,
  case endings inside (`settlement`, `village`, `case_form`, `multi_word`); districts include `район`/`ауданы` with
  their endings (`district`); microdistrict + house (`partial`, `microdistrict`, marker inside); street + house
  without marker (`street_unmarked`); employers/schools after a work cue (`workplace`, `school`); foreign full
  addresses `full_postal`+`foreign`; settlements/districts inside institution names are still spans. Hospital names
  without a person's name (`ГКБ № 4`, `№ 8 ҚКА`) and oblast-only / country names are not marked.
* RECORD_ID: the number only (`№` outside, letter prefixes such as `Л-`, `R-`, `ТМК-`, `НП-`, `А-` inside).
  DOC_ID: `id_card`, `passport`, `policy`, `sick_leave`, `vehicle_plate`, `bin` (valid checksum), `birth_certificate`.
* Clinical spans: ALL-CAPS section headers and titles, diagnoses, drug names (also with Kazakh case endings), lab
  analyte names (not values), abbreviations (ОАК, ЛФК, ЖҚА, ЕДШ …), eponymous constructions, operations/implants,
  named institutions. Unmarked confusables: doses, lab values, ages ≤ 89, ICD-10 codes, times, BP, ward/bed/brigade
  numbers, form numbers (`027/у`), internal phone extensions (3 digits), hospital numbers.
* Some templates (outpatient v5, referral v5, discharge v5, ambulance v2) are rendered with OCR-ish spacing (doubled
  spaces, space before `,`/`:`) in the plain text between spans; spans themselves are exact.
""")
w("## Conventions added in this set\n")
w("""* **AGE position forms** (all also `over_89`, `number_only`): `table_cell` — a bare number in a table/CSV cell under a
  `Возраст`/`Жасы` column; `after_label` — a bare number after `Возраст:`/`Жасы:`/`возраст:` with a colon;
  `inline_bare` — a bare number directly after a name and comma or after `возраст`/`жасы` without colon
  (`Гасанова Л., возраст 96`, `уход за Лим Р.Г., 99`). Ages with a unit keep `ru_unit` / `kk_unit` (+`case_form`).
* **Russian internal passports**: series + number is one DOC_ID span, whether written `4512 345678`, `45 12 345678`,
  `4512345678` or `4512 № 345678` (the `№` between series and number is inside; the cue `серия и номер`, `паспорт РФ`
  outside); forms `passport`, `russian`, `internal` + `spaced` or `compact`. A Russian foreign-travel passport
  (`72 1234567`) is `passport`, `russian`, `foreign_passport`.
* **Foreign passports**: `passport` + `foreign_passport` + the country (`uzbek` `AA1234567`, `kyrgyz` `AC1234567`/`ID…`,
  `turkish` `U12345678`, `korean` `M12345678`, `german` `C…` 9 alphanumerics, `chinese` `E12345678`); KZ passports are
  `passport`+`kz`. A residence permit (вид на жительство / тұруға ықтиярхат, 9 digits) is `id_card`+`residence_permit`.
* **Foreign workers without an IIN**: in the sick-leave registry the passport number stands in the `ИИН`/`ЖСН`
  column; it is a DOC_ID (passport) span, not an IIN.
* **Foreign phone sub-forms**: `foreign` + country (`uzbek` +998, `kyrgyz` +996, `russian` +7 9xx / 8 (9xx),
  `turkish` +90, `korean` +82, `german` +49); Russian mobiles also carry `plus7` or `eight`.
* **Kazakh numeric dates with a hyphenated case ending** (`12.03.2024-ден бастап`, `05.11.2023-де`): the ending is inside
  the DATE span (`numeric`, `case_form`), `бастап` outside. `наурыздың 12-сінде` is one span (`no_year`, `case_form`).
* **Villages after `в селе`** are written in the nominative (`в селе Шамалган`): the name only is the span
  (`settlement`, `village`), `в селе` outside. Full village addresses (`… район, с. X, ул. Y, д. 3`) are one span
  `full_postal` + `village` + `district`.
* **`kazakh_patronymic`** is set only when the `-ұлы/-қызы` word is inside the span (full name, given + patronymic,
  patronymic cell) or the surname itself is patronymic-derived (`Болатулы`, `Есенғалиқызы М.`).
* **Kazakh case ending on a name with initials** is written on the surname with initials first (`И.В. Щербаковамен`);
  surname-first initials (`Щербакова И.В.`) are never given a Kazakh ending.
* **New RECORD_ID kinds**: `referral` (направление / жолдама №), `sick_leave_reg` (number of the sick-leave registry),
  besides `outpatient_card`, `hospitalisation`, `ambulance_call`, `lab`, `xray`, `operation_protocol`,
  `teleconsultation`. At most one RECORD_ID per record is a 12-digit number with an INVALID IIN checksum
  (`twelve_digit`, `invalid_checksum` + its kind); there are %d of them in this set.
* **Latin display of a patient's name** for a messenger/e-mail recipient (`Получатель: Aigerim Serikbayeva`) is a NAME
  span with `latin`; the same person appears in Cyrillic elsewhere in the record.
""" % forms["RECORD_ID"]["twelve_digit"])
w("## Counts per label × language\n")
w("| label | " + " | ".join(LANGS) + " | total |")
w("|---|" + "---|" * (len(LANGS) + 1))
for lab in LABELS:
    w("| %s | %s | %d |" % (lab, " | ".join(str(ll[(lab, l)]) for l in LANGS), sum(ll[(lab, l)] for l in LANGS)))
w("| **all identifiers** | %s | %d |" % (" | ".join(str(sum(ll[(x, l)] for x in LABELS)) for l in LANGS), sum(ll.values())))
w("| clinical spans | %s | %d |\n" % (" | ".join(str(ncl[l]) for l in LANGS), sum(ncl.values())))
w("## Records per style\n")
w("| style | " + " | ".join(LANGS) + " | total |")
w("|---|" + "---|" * (len(LANGS) + 1))
for s in sorted(st):
    w("| %s | %s | %d |" % (s, " | ".join(str(st_lang[(s, l)]) for l in LANGS), st[s]))
w("")
w("## Templates per language × style\n")
w("A template is one layout (`<style>.<language>.v<k>`, k = 0…5): a fixed combination of header, patient-data block,")
w("body and signature layouts and of the language pattern for mixed records.\n")
w("| style | " + " | ".join(LANGS) + " |")
w("|---|" + "---|" * len(LANGS))
for s in sorted(st):
    w("| %s | %s |" % (s, " | ".join(str(len(tm[(s, l)])) for l in LANGS)))
w("| **total** | %s |\n" % " | ".join(str(sum(len(tm[(s, l)]) for s in st)) for l in LANGS))
w("## Forms per label\n")
for lab in LABELS:
    w("* **%s**: %s" % (lab, ", ".join("`%s` %d" % (f, n) for f, n in forms[lab].most_common())))
w("")
open(os.path.join(here, "README.md"), "w", encoding="utf-8").write("\n".join(out))
print("README.md written")
