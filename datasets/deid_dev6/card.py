"""Writes README.md (dataset card) for deid_dev6."""
from collections import Counter, defaultdict

HEAD = """**DEVELOPMENT set — rules MAY be tuned on it. It is not a held-out set; do not report it as one.**

# deid_dev6 — focused synthetic de-identification development set (ru / kk / mixed)

Licence: **CC0 1.0** (fully synthetic; every name, number, address and date was generated).

Size: {n} records ({langs}), {nspans} identifier spans, {ncl} clinical spans. Record ids `d6-0001` … `d6-{n:04d}`.

Focus of this set (weighted on purpose):
* ambulance (СМП / 103 / жедел жәрдем / ЖМЖ) call-card numbers, brigade numbers and dispatcher numbers → `RECORD_ID`;
* sick-leave / temporary-incapacity certificate numbers (ЛВН, ЛН, б/л, больничный, ЭЛН, справка 095/у,
  еңбекке уақытша жарамсыздық парағы, анықтама 095/е), incl. продление / ұзарту and duplicates → `DOC_ID`;
* short local phone numbers (5–7 digits, no city code) in many groupings and positions → `PHONE`;
* ages over 89 as bare numbers in many positions (table cells, `Возраст: 92`, `жасы 94`, `(91)`) → `AGE`;
* plus NAME, DATE, ADDRESS, IIN for realism; planted unmarked confusables.

**Deviation from the common brief:** the brief asks for ≥ 40 templates per language. This set is small and
focused by design: **{tpl_per} templates per language** ({tpl_all} in all), each rendered 2–3 times with different values
(≥ 15 per language was the requirement for this set). It should not be used to judge template diversity.

## How it was written (blind)

Read: only `/tmp/brief/deid_common.md` and `/tmp/brief/deid_format.md` (the brief and the record format /
labelling conventions). One `ls /work/main/datasets/` was run at the start (folder names only); no folder in it
other than `deid_dev6/` was opened or listed.
Not read, listed, run or used: anything under `/work/main/platform/`, `/work/main/tests/`, `/work/main/benchmarks/`,
`/work/main/docs/`, `/work/main/README.md`, `/work/shared/`, other dataset folders, the project's virtualenv,
`medadapt` commands, git. No de-identification engine output was seen.
Everything was written from general knowledge of Kazakhstan and post-Soviet hospital / ambulance / sick-leave
paperwork, Python standard library only.

## How to rebuild

```
python3 build.py
```
Deterministic (all randomness from `random.Random(<string>)`, independent of PYTHONHASHSEED). Writes
`records.jsonl` and this `README.md`, runs the self-check (span text non-empty and unpadded; spans sorted and
non-overlapping; clinical spans never overlap identifiers; IIN and BIN checksums valid; every 12-digit
`twelve_digit` RECORD_ID and every 12-digit ЭЛН number has an INVALID IIN checksum; no unmarked 12-digit string in
any text; every AGE > 89; labels in the set; exactly 35 `twelve_digit` RECORD_IDs) and prints counts.
Files: `build.py` (assembly, slot resolver, self-check), `gen.py` (value generators), `templates.py`
(templates; `{{SLOT.format|extra,forms}}` for identifiers, `[[…]]` for clinical spans), `card.py` (this card).
Offsets are recorded while the text is assembled from template pieces (correct by construction).

## Record format

One JSON object per line (UTF-8):
```
{{"id": "d6-0001", "language": "ru"|"kk"|"mixed", "style": str, "template": str, "text": str,
 "identifiers": [{{"start": int, "end": int, "label": str, "forms": [str, ...]}}],
 "clinical": [{{"start": int, "end": int}}]}}
```
Offsets are Python `str` indices; `text[start:end]` is exactly the identifier. Labels:
`NAME, IIN, PHONE, EMAIL, DATE, AGE, ADDRESS, RECORD_ID, DOC_ID` (no EMAIL occurs in this set).
Styles: `ambulance_card`, `sick_leave`, `table`, `contacts`, `prose_note`. Some records of any style are
rendered with OCR-ish spacing (doubled spaces, a space before `,`/`:`) in the plain text between spans.

## Labelling conventions (restated from deid_format.md)

* **NAME** — whole contiguous name (surname + given + patronymic incl. `-ұлы/-қызы`, `оглы/кызы`, or surname +
  initials either order); titles / role words (врач, фельдшер, м/с, м/б, дәрігер, диспетчер) outside; oblique
  forms inside (`case_form`, also Kazakh endings on initials-names, `Д.Т. Махановаға`); a name broken by a line
  break is one span containing `\\n` (`split_line`). Forms: `full`, `surname_given`, `given_surname`,
  `given_patronymic`, `surname_initials`, `initials_surname`, `surname_only`, `given_only`, `latin`, `caps`,
  `case_form`, `split_line`, `eponym_like`, `non_slavic` (incl. Azerbaijani), `kazakh_patronymic`, `foreign`.
* **DATE** — the date only; trailing `г.`, `ж.`, `года`, `ж.т.`, `г.р.` outside; Kazakh case endings inside
  (`2024 жылғы 12 наурызда`). Times are not dates. `birth_date`, `year_only`; one-token ranges (`12–19.03.2024`,
  `3–17 марта 2024`, `2024 жылғы 4-18 қазан`) are one span (`range`); `с … по …`, `… бастап … дейін`, `… – …`
  with two full dates are two spans. Forms also `numeric`, `roman`, `words_ru`, `words_kk`, `no_year`,
  `month_year`, `two_digit_year`, `iso`, `case_form`.
* **AGE** — only ages over 89: the number with the directly attached unit word (`92 года`, `91 года` after
  `в возрасте`, `90 жаста`, `93 жастағы`, `94 жас`); after `Возраст:`/`Жасы:`/`жасы` with no unit, the number
  only. Ages ≤ 89 are never marked (also in tables and fields).
* **IIN** — 12 digits, valid checksum; `labelled` (ИИН/ЖСН cue on the same line just before it) or `unlabelled`;
  `split` (`780312 300007`, `780312-300007`, separator inside).
* **PHONE** — whole number incl. `+` and brackets; `plus7`, `eight`, `dotted`, `spaced`, `compact`, `foreign`,
  `landline`, `local`.
* **ADDRESS** — full postal address one span with markers (`full_postal`); bare settlement word(s) only with
  `г.`/`с.`/`ауылы`/`қаласы` outside, case endings inside (`settlement`, `village`, `case_form`, `multi_word`);
  `street_unmarked`; `district` incl. район/ауданы; `partial`/`microdistrict` incl. `мкр.`/`ш/а` marker and house;
  employers / schools after a work cue → `workplace` (+`school`), incl. legal form and quotes. Hospital names
  without a person's name (ГКБ № 7, БСМП, № 4 ҚКА) are not marked.
* **RECORD_ID** — the number only (`№` outside, letter prefixes/suffixes belonging to the number inside):
  `hospitalisation`, `outpatient_card`, `ambulance_call`; exactly 35 are 12-digit numbers with an INVALID IIN
  checksum (`twelve_digit`, `invalid_checksum`).
* **DOC_ID** — `id_card`, `passport`, `bin`, `sick_leave` …
* **Clinical spans** — a sample of diagnoses, drug names, procedures, abbreviations (ЛФК, ЕДШ, ОНМК, ОРВИ/ЖРВИ),
  implant names; text that must survive.
* Unmarked confusables: doses, lab values (Hb, glucose, SpO2), ages ≤ 89, ICD-10 codes, times, blood loss,
  ward/bed numbers (also 90–120, e.g. `палата 91`, `91-палата`), form numbers (027/у, 025/у, 057/у, 095/у,
  025/е, 095/е), department / substation / post numbers, blood pressure, ВКК/ДКК protocol numbers, the decade
  phrases `в 90-х годах`, `90-жылдары`, anniversaries `90-жылдық мерейтой`, `90-летия`, and the year `1990`.

## Conventions added in this set

* **Ambulance numbers (RECORD_ID, `ambulance_call`)**: call-card numbers (`ambulance_call`), brigade numbers
  (`ambulance_call` + `brigade`) and dispatcher numbers/codes (`ambulance_call` + `dispatcher`) are all
  RECORD_ID. The span is the number only; letter prefixes/suffixes that belong to it are inside (`СМП-4512`,
  `К-10233`, `12Ф`, `Д-17`); a Kazakh hyphenated word after the number stays outside (`7-бригада` → `7`,
  `17-диспетчер` → `17`, `5-бригадасы` → `5`). Substation (подстанция / қосалқы станция) and post numbers are
  NOT identifiers. Extra forms: `slash`, `dashed`, `letter_prefix`, `letter_suffix`, `table_header` (the label is
  only in the table header), `label_after` (the label follows the value, e.g. `4512 (номер карты вызова)`),
  `in_sentence` (no `№`, clear from context), `no_cue_sign` (no `№`).
* **Sick leave (DOC_ID, `sick_leave`)**: the number only; a series (`ВН 123456`, `АБ 654321`) is inside (`series`);
  `ЭЛН-` prefix inside when hyphen-attached (`letter_prefix`); spaced / slashed / dashed numbers are one span
  (`spaced`, `slash`, `dashed`); electronic numbers `electronic` (12-digit ЭЛН numbers start with 9 and have an
  invalid IIN checksum); `extension` for продление / ұзарту numbers, `duplicate` for дубликат / телнұсқа,
  `table_header`, `label_after`, `kk_label`. A student certificate (справка 095/у, анықтама 095/е) number is
  `sick_leave`; the form number 095/у itself is not marked.
* **Local phones (PHONE, `local`)**: 5, 6 or 7 digits (`5_digit`, `6_digit`, `7_digit`), grouping form
  `dashed` / `spaced` / `dotted` / `compact`; position forms `no_cue` (no тел./байланыс cue), `after_name`
  (directly after a relative's name or relation), `in_brackets` (the brackets are OUTSIDE the span for local
  numbers in prose: `(21-34-56)` → `21-34-56`), `home` (дом., үй), `work` (раб., жұм.), `list` (second and later
  numbers of a list), `in_sentence`, `table_header`, `ocr_noise` (a digit OCR'd as a letter, `l`/`О`/`б`, or a
  stray space inside the number; the whole noisy token is the span).
* **Ages**: `number_only` in table cells (`table_cell`), after `Возраст:`/`Жасы:`/`жасы` (`after_cue`), in
  brackets after a name (`in_brackets`, brackets outside), after a name in a heading (`after_name`);
  `abbr_unit`: with an abbreviated unit `92 л.` only the number is the span (like `г.` after dates);
  `adjectival`: `92-летний/-летняя` is one span including `-летн…`; Kazakh `A жасы` in brackets `(94 жас)` keeps
  the unit inside. Past ages (`в возрасте 91 года`, `93 жасында`…) are marked only if > 89; the same slot can be
  ≤ 89 in another rendering and is then unmarked text.
* **Year of birth**: `1932 г.р.`, `1932 ж.т.`, `91 г.р.` (two-digit) and the `Год рожд.` / `Туған жылы` table
  column are DATE (`year_only`, `birth_date`, `two_digit_year`), never AGE.
* **Schools / colleges after `студенту(-ке)` / `оқушысы`** are ADDRESS `workplace` + `school`, written in the
  genitive (`Медицинского колледжа «Авиценна»`, `№ 12 орта мектептің`) and then also `case_form`; the case ending is
  inside the span.
* **Service numbers** `103` (in `Карта 103`) and hospital / substation numbers are not identifiers.
* **Confusable years of birth** are deliberately drawn mostly from 1990–1999, so `94 г.р.` / `93 ж.т.` look like
  ages over 89 but are DATE (`year_only`, `two_digit_year`, `birth_date`), never AGE.
* **IIN on the previous line**: an IIN whose `ИИН`/`ЖСН` label stands alone on the line above is `unlabelled` +
  `prev_line_label`.
"""


def table(rows, cols, title, rowname):
    out = [f"### {title}", "", "| " + rowname + " | " + " | ".join(cols) + " | total |",
           "|" + "---|" * (len(cols) + 2)]
    for r in sorted(rows):
        vals = [rows[r].get(c, 0) for c in cols]
        out.append(f"| {r} | " + " | ".join(str(v) for v in vals) + f" | {sum(vals)} |")
    tot = [sum(rows[r].get(c, 0) for r in rows) for c in cols]
    out.append("| **total** | " + " | ".join(str(v) for v in tot) + f" | {sum(tot)} |")
    return "\n".join(out) + "\n"


def write(recs, path, templates, nslots):
    langs = ["ru", "kk", "mixed"]
    lab = defaultdict(Counter)
    sty = defaultdict(Counter)
    tpl = defaultdict(Counter)
    forms = defaultdict(Counter)
    lc = Counter(r["language"] for r in recs)
    sty_rec = defaultdict(Counter)
    for r in recs:
        sty_rec[r["style"]][r["language"]] += 1
        for s in r["identifiers"]:
            lab[s["label"]][r["language"]] += 1
            sty[r["style"]][s["label"]] += 1
            for f in s["forms"]:
                forms[s["label"]][f] += 1
    for tid, lang, style, _ in templates:
        tpl[style][lang] += 1
    nspans = sum(len(r["identifiers"]) for r in recs)
    ncl = sum(len(r["clinical"]) for r in recs)
    tpl_per = "/".join(str(sum(tpl[s][l] for s in tpl)) for l in langs)
    txt = HEAD.format(tpl_per=tpl_per, tpl_all=len(templates), n=len(recs), langs=", ".join(f"{lc[l]} {l}" for l in langs), nspans=nspans, ncl=ncl)
    txt += "\n## Counts\n\n"
    txt += table(lab, langs, "Identifier spans: label × language", "label") + "\n"
    labels = sorted(lab)
    txt += table(sty, labels, "Identifier spans per style", "style") + "\n"
    txt += table(sty_rec, langs, "Records per style × language", "style") + "\n"
    txt += table(tpl, langs, "Templates per language × style", "style") + "\n"
    txt += "### Forms per label\n\n"
    for L in sorted(forms):
        txt += f"* **{L}**: " + ", ".join(f"`{f}` {n}" for f, n in sorted(forms[L].items(), key=lambda x: (-x[1], x[0]))) + "\n"
    txt += f"\n(Eligible 12-digit slots: {nslots}; 35 chosen deterministically.)\n"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(txt)
    return {"records": len(recs), "spans": nspans, "clinical": ncl,
            "labels": {L: sum(lab[L].values()) for L in labels}, "per_lang": dict(lc),
            "templates": {l: sum(tpl[s][l] for s in tpl) for l in langs}}
