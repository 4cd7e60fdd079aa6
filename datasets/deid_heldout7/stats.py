# -*- coding: utf-8 -*-
"""Write README.md (dataset card) for deid_heldout7 from the built records (called by build.py).

    python3 stats.py      (reads records.jsonl and rewrites README.md)"""
import json
import os

from check import CHECKS, LABELS, LANGS, STYLES

STATUS = ('**HELD-OUT set — never used to tune rules; measure only.** '
          '(deid_heldout7, record ids h7-0001 … h7-0300)')

STYLE_LINES = {
    'icu_flow_sheet': 'ICU (ОРИТ / АРҚТБ) observation and flow sheets: hourly vitals tables, fluid balance, visitor '
                      'permission tables, physician diaries with consilium, transfer epicrises, relatives\' calls.',
    'pathology_report': 'Histology / cytology conclusions, IHC consultations (incl. a foreign second opinion), autopsy '
                        'protocols with the body handed to a relative, biopsy registration journals.',
    'sanatorium_card': 'Sanatorium-resort cards (072/у, 076/у for children), form 070/у certificates for a voucher, '
                       'sanatorium booklets with procedure schedules, discharge epicrises and return slips.',
    'prosthetics_order': 'Prosthetics/orthotics work orders, MSE / social-department referrals, VKK/DKK conclusions, '
                         'hand-over acts with home delivery (vehicle plate, proxy), order journals.',
    'statistical_discharge_card': 'Form 066/у statistical discharge cards (incl. three-cell name tables, maternity '
                                  'with the newborn\'s IIN, lethal outcome), and ERSB CSV exports.',
    'polyclinic_active_call': 'Hospital-to-polyclinic "актив" hand-overs and telephonograms, ambulance (ССМП) actives, '
                              'home-visit notes with preferential prescriptions, active-call journals.',
    'complaint_response': 'Patient/relative complaints and the hospital or regulator\'s reply letters, e-mail headers, '
                          'WhatsApp / call-centre chat exports, internal investigation acts (some with an ЕРДР number).',
    'blood_donor_record': 'Donor registration cards (405/у), donor questionnaires, donor journals, transfusion '
                          'protocols, form 402/у certificates for the employer.',
}


def _table(head, rows):
    out = ['| ' + ' | '.join(head) + ' |', '|' + '|'.join(['---'] * len(head)) + '|']
    for r in rows:
        out.append('| ' + ' | '.join(str(x) for x in r) + ' |')
    return '\n'.join(out)


def counts(recs):
    c = {'lang': {lg: 0 for lg in LANGS}, 'lab_lang': {}, 'lab_style': {}, 'forms': {}, 'cells': {}, 'cl_lang': {}}
    for r in recs:
        lg, st = r['language'], r['style']
        c['lang'][lg] += 1
        c['cl_lang'][lg] = c['cl_lang'].get(lg, 0) + len(r['clinical'])
        c['cells'].setdefault((st, lg), {})
        c['cells'][(st, lg)][r['template']] = c['cells'][(st, lg)].get(r['template'], 0) + 1
        for s in r['identifiers']:
            k = (s['label'], lg)
            c['lab_lang'][k] = c['lab_lang'].get(k, 0) + 1
            k = (s['label'], st)
            c['lab_style'][k] = c['lab_style'].get(k, 0) + 1
            for f in s['forms']:
                k = (s['label'], f)
                c['forms'][k] = c['forms'].get(k, 0) + 1
    return c


def write_readme(recs, path):
    c = counts(recs)
    n_id = sum(len(r['identifiers']) for r in recs)
    n_cl = sum(len(r['clinical']) for r in recs)
    n_tpl = len(set(r['template'] for r in recs))
    n12 = c['forms'].get(('RECORD_ID', 'twelve_digit'), 0)
    L = []
    L.append(STATUS)
    L.append('')
    L.append('# deid_heldout7 — blind synthetic de-identification evaluation set (Russian / Kazakh / mixed)')
    L.append('')
    L.append('## Status')
    L.append('')
    L.append('HELD-OUT evaluation set. It was written blind (without seeing the de-identification engine, its rules, '
             'its tests or any other dataset of the project) and must never be used to write or tune rules: use it '
             'to measure only. Complete: 300 records, self-check passing.')
    L.append('')
    L.append('## Licence')
    L.append('')
    L.append('CC0 1.0 (public domain dedication). Entirely synthetic: every person, number, address and document '
             'was generated from template pieces and random choices; any resemblance to real people is accidental. '
             'IINs and BINs have valid checksums by construction, so they may coincide with real numbers by chance.')
    L.append('')
    L.append('## Size')
    L.append('')
    L.append('- Records: %d (%s).' % (len(recs), ', '.join('%s %d' % (lg, c['lang'][lg]) for lg in LANGS)))
    L.append('- Identifier spans: %d; clinical spans (must survive): %d (%s).' % (
        n_id, n_cl, ', '.join('%s %d' % (lg, c['cl_lang'].get(lg, 0)) for lg in LANGS)))
    L.append('- Templates: %d (8 styles × 3 languages × 5 templates); each template rendered 2–3 times with '
             'different values.' % n_tpl)
    L.append('- Planted IIN confusables: %d twelve-digit RECORD_IDs with an invalid IIN checksum.' % n12)
    L.append('')
    L.append('## Styles')
    L.append('')
    for st in STYLES:
        n = sum(1 for r in recs if r['style'] == st)
        L.append('- `%s` (%d records): %s' % (st, n, STYLE_LINES[st]))
    L.append('')
    L.append('## How it was written (blind)')
    L.append('')
    L.append('Two authors worked on this set one after the other, under the same brief and the same read rules. '
             'The first wrote most of the generator (`gen.py`, `blocks.py`, `styles1.py`–`styles4.py`, the first two '
             'templates of every style and language) and was stopped before finishing; the second fixed the build, '
             'added three templates per style and language (`styles5.py`–`styles8.py`), rebalanced the languages to '
             '100/100/100, completed the self-check and wrote this card.')
    L.append('')
    L.append('Exactly what was read: the brief files `/tmp/brief/deid_common.md` and `/tmp/brief/deid_format.md`, '
             'and the files inside this folder (`datasets/deid_heldout7/`). Neither author read anything outside the '
             'brief files and this folder: not the de-identification engine or its rules, not its tests, benchmarks, '
             'docs or other datasets (not even the list of their names), and no project command was run. Everything '
             'else comes from general knowledge of Kazakhstan / post-Soviet hospital paperwork.')
    L.append('')
    L.append('## How to rebuild')
    L.append('')
    L.append('```')
    L.append('cd datasets/deid_heldout7')
    L.append('python3 build.py     # regenerates records.jsonl and README.md; runs the self-check first')
    L.append('python3 check.py     # re-runs the self-check on records.jsonl')
    L.append('python3 show.py [template-substring ...]   # prints one record per template with inline span markup')
    L.append('```')
    L.append('')
    L.append('Python 3 standard library only. All randomness comes from `random.Random("deid_heldout7")` (the plan: '
             'style × language cells, the 35 records that receive a twelve-digit confusable) and from '
             '`random.Random("deid_heldout7|<index>")` per record. No set or hash-ordered dict is iterated, so the '
             'output is byte-identical across runs and PYTHONHASHSEED values (verified with two builds under different '
             'PYTHONHASHSEED values). Spans are recorded while the text is assembled from template pieces; no span is '
             'found by searching the text afterwards.')
    L.append('')
    L.append('## Self-check (fails the build)')
    L.append('')
    for x in CHECKS:
        L.append('- ' + x)
    L.append('')
    L.append('## Record format')
    L.append('')
    L.append('One JSON object per line, UTF-8 (`ensure_ascii=False`), keys in this order:')
    L.append('')
    L.append('```')
    L.append('{"id": "h7-0001", "language": "ru"|"kk"|"mixed", "style": str, "template": "<style>.<template function>",')
    L.append(' "text": str, "identifiers": [{"start": int, "end": int, "label": str, "forms": [str, ...]}],')
    L.append(' "clinical": [{"start": int, "end": int}]}')
    L.append('```')
    L.append('')
    L.append('Offsets are Python `str` indices (code points); `text[start:end]` is exactly the span. Identifier spans '
             'are sorted and never overlap; clinical spans are sorted, never overlap each other or identifiers. '
             'Labels: `NAME, IIN, PHONE, EMAIL, DATE, AGE, ADDRESS, RECORD_ID, DOC_ID`. `forms` lists every surface '
             'form that applies. `mixed` records are bilingual forms (Kazakh / Russian labels side by side) or Kazakh '
             'text with Russian insertions; their names are spelled either the Kazakh or the Russian way per record.')
    L.append('')
    L.append('## Labelling conventions')
    L.append('')
    L.append('All conventions of the brief (`deid_format.md`) apply; restated here, with the additions of this set. '
             'A form named here but missing from the forms table below does not occur in this build.')
    L.append('')
    for x in CONVENTIONS:
        L.append('- ' + x)
    L.append('')
    L.append('## Counts')
    L.append('')
    L.append('### Identifiers per label × language')
    L.append('')
    rows = []
    for lab in LABELS:
        row = [lab] + [c['lab_lang'].get((lab, lg), 0) for lg in LANGS]
        rows.append(row + [sum(row[1:])])
    rows.append(['**total**'] + [sum(c['lab_lang'].get((lab, lg), 0) for lab in LABELS) for lg in LANGS] + [n_id])
    L.append(_table(['label'] + list(LANGS) + ['total'], rows))
    L.append('')
    L.append('### Identifiers per label × style')
    L.append('')
    short = {'icu_flow_sheet': 'icu', 'pathology_report': 'path', 'sanatorium_card': 'san', 'prosthetics_order': 'pros',
             'statistical_discharge_card': 'stat', 'polyclinic_active_call': 'active', 'complaint_response': 'compl',
             'blood_donor_record': 'donor'}
    rows = []
    for lab in LABELS:
        rows.append([lab] + [c['lab_style'].get((lab, st), 0) for st in STYLES])
    rows.append(['**total**'] + [sum(c['lab_style'].get((lab, st), 0) for lab in LABELS) for st in STYLES])
    L.append(_table(['label'] + [short[s] for s in STYLES], rows))
    L.append('')
    L.append('(icu = icu_flow_sheet, path = pathology_report, san = sanatorium_card, pros = prosthetics_order, '
             'stat = statistical_discharge_card, active = polyclinic_active_call, compl = complaint_response, '
             'donor = blood_donor_record)')
    L.append('')
    L.append('### Forms per label')
    L.append('')
    rows = []
    for lab in LABELS:
        fs = sorted((k[1] for k in c['forms'] if k[0] == lab), key=lambda f: (-c['forms'][(lab, f)], f))
        rows.append([lab, ', '.join('`%s` %d' % (f, c['forms'][(lab, f)]) for f in fs)])
    L.append(_table(['label', 'forms (count)'], rows))
    L.append('')
    L.append('### Templates per style and language')
    L.append('')
    rows = []
    for st in STYLES:
        row = [st]
        for lg in LANGS:
            cell = c['cells'].get((st, lg), {})
            row.append('%d templates / %d records' % (len(cell), sum(cell.values())))
        rows.append(row)
    L.append(_table(['style'] + list(LANGS), rows))
    L.append('')
    L.append('Template names (renders):')
    L.append('')
    for st in STYLES:
        parts = []
        for lg in LANGS:
            cell = c['cells'].get((st, lg), {})
            parts.append(lg + ': ' + ', '.join('%s (%d)' % (t.split('.', 1)[1], cell[t]) for t in sorted(cell)))
        L.append('- `%s` — %s' % (st, '; '.join(parts)))
    L.append('')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(L))


CONVENTIONS = [
    '**NAME** — the whole contiguous name: surname + given name + patronymic (`-ович/-овна`, `-ұлы/-қызы`, '
    '`-улы/-кызы`, `оглы/кызы`), or surname + initials in either order (also with a space between initials). '
    'Titles and role words (врач, дәрігер, проф., Prof., Dr., м/с, фельдшер, техник, мастер, регистратор ...) are '
    'outside. Oblique forms are inside (`case_form`; Russian genitive/dative/instrumental and Kazakh '
    'dative/genitive/ablative/accusative endings, also on initials-first names and on `-ұлы/-қызы` with the '
    'possessive pattern); `case_form` only when the ending changes the surface. Forms used: `full`, '
    '`surname_given`, `given_surname`, `given_patronymic`, `surname_initials`, `initials_surname`, `surname_only`, '
    '`given_only`, `patronymic_only`, `latin`, `foreign`, `caps`, `lowercase`, `case_form`, `split_line`, '
    '`eponym_like`, `non_slavic` (Ukrainian, German, Korean, Uzbek, Uyghur, Tatar, Dungan, Chechen, Azerbaijani, '
    'Turkish), `kazakh_patronymic` (a `-ұлы/-қызы/-улы/-кызы` patronymic or a surname formed from the father\'s '
    'name).',
    '**NAME line breaks and tables** — a name broken by a line break is one span containing the `\\n` '
    '(`split_line`); in three-cell name tables (`| Фамилия | Имя | Отчество |`, `| Тегі | Аты | Әкесінің аты |`) each '
    'filled cell is its own span with `split_line` + `surname_only` / `given_only` / `patronymic_only`; an absent '
    'patronymic is `—` and not a span. Named institutions with a person\'s name (НЦХ им. А.Н. Сызганова) are '
    'clinical spans, not names.',
    '**NAME in chats / e-mail headers** — every mention of a sender (each chat line) is its own NAME span; the '
    'display name in `От:`/`Кімнен:` is a NAME and the address in `<…>` an EMAIL. Relatives share surnames where '
    'natural (children take the father\'s surname, patronymics follow the father\'s given name, a wife keeps her '
    'own surname in about 40 % of families); every mention is its own span.',
    '**Latin-script names** — foreign citizens / consultants (Turkish) → `latin`, `foreign`, `non_slavic`; '
    'Kazakhstan residents written in Latin transliteration → `latin` only.',
    '**DATE** — the date only; trailing `г.`, `года`, `г.р.`, `ж.`, `ж.т.` outside; Kazakh case endings inside '
    '(`2024 жылғы 12 наурызда`, `наурыздың 12-сі`); inner `ж.` in `2024 ж. 12 наурыз` inside. Times are never dates. '
    'Forms: `numeric`, `two_digit_year`, `iso`, `roman`, `words_ru`, `words_kk`, `quoted` (`«16» апреля 2024`, '
    'guillemets inside), `no_year`, `month_year`, `year_only`, `case_form`, `birth_date`, `range`. A range in one '
    'token (`12–19.03.2024`, `3–17 марта 2022`, `2023 жылғы 4-18 қазан`) is one span (`range`); two full dates '
    '(`с … по …`, `… – …`, `… бастап … дейін`) are two spans, `аралығында/бастап/дейін` outside. In chat exports '
    'every line\'s date is a span, the time is not; in CSV exports ISO dates are spans.',
    '**AGE** — only ages over 89: the number with its attached unit (`92 года`, `91 года` after `в возрасте` → '
    '`after_cue`, `90 жас`, `90 жаста`, `93 жастағы` → `case_form`); after `Возраст:`/`Жасы:` or in a table column '
    'the number only (`number_only`). All AGE spans carry `over_89` + `ru_unit`/`kk_unit`/`number_only`. Ages ≤ 89 '
    'are never marked (also in tables and `Возраст:`/`Жасы:` fields).',
    '**IIN** — 12 digits, valid checksum, valid date, 7th digit 3/4 for 1900–1999 and 5/6 for 2000–2099 (newborns '
    'have 5/6). `labelled` when an `ИИН`/`ЖСН`/`ЖСН/ИИН`/`IIN` cue is on the same line before it (also `| ИИН | … |` '
    'key–value rows and `Нәрестенің ЖСН:`); `unlabelled` otherwise — in particular IINs under a column header in '
    'tables and CSV exports, and bare IINs in chat lines. `split` when written `780312 300007` / `780312-300007` '
    '(separator inside).',
    '**PHONE** — the whole number incl. `+` and brackets; forms `plus7`, `eight`, `spaced`, `compact`, `dotted`, '
    '`landline` (city code), `local` (short city number without code), `foreign` (+998, +996, +90, Russian +7 9xx).',
    '**EMAIL** — every e-mail; `personal` or `institutional` (also foreign institutions).',
    '**ADDRESS** — a full postal address is one span with all markers and postcode (`full_postal`, also rural '
    'addresses starting with the district); street + house without a street marker → `street_unmarked`; '
    '`мкр./ш/а/шағын ауданы` + house → `partial` + `microdistrict` (marker inside). A bare settlement is its '
    'word(s) only with `г.`, `с.`, `п.`, `қ.`, `ауылы`, `қаласы` outside and case endings inside (`settlement`, '
    '+`village`, `case_form`, `multi_word`); in CSV cells a village without a marker is `settlement` + `village`. '
    'Districts include `район/ауданы` with case endings (`district`). Settlements and districts inside institution '
    'names (`ЦРБ Талгара`, `филиал Караганды`, `Отдел МСЭ по Сайрамскому району`, `Алмалы ауданының ... бөлімі`, '
    '`поликлиники Медеуского района`) are still ADDRESS spans; the institution words stay outside. Employers, '
    'schools and kindergartens after a work/study cue are `workplace` (+`school`), legal form and quotes inside. '
    'Country names, oblast-only mentions and hospital names without a person\'s name (ГКБ № 4, ЦРБ, БСМП, МОБ, '
    '№ 7 ҚКА) are not marked; resort names (санаторий «Окжетпес») are not marked, their settlement is.',
    '**RECORD_ID** — the number only (`№`, `ИБ`, `ЕРДР`/`СТДТ` outside; letter prefixes such as `И-`, `АК-`, `Л-`, '
    '`Г-`, `СК-`, `ПО-`, `Д-` inside). Kinds (forms): `hospitalisation`, `outpatient_card`, `operation_protocol`, '
    '`lab`, `ambulance_call`, `prescription`, `teleconsultation` (ТМК №), `commission_protocol` (ВКК/ДКК protocol, '
    'акт МСЭ), `erdr` (15-digit criminal-case number), and in this set also `histology` (histology / autopsy / '
    'cytology registration number), `donor` (donor registration number), `prosthetics_order` (заказ-наряд), '
    '`sanatorium_card` (санаторно-курортная карта / санаторная книжка). Exactly 35 are 12-digit numbers with an '
    'INVALID IIN checksum (`twelve_digit`, `invalid_checksum` + their kind `hospitalisation`, `lab` or '
    '`commission_protocol`), planted as IIN confusables; most start with a plausible yymmdd and a 3–6 digit.',
    '**DOC_ID** — `id_card` (9 digits, also a foreigner\'s residence permit), `passport` (+`kz` N########, '
    '`russian`, `uzbek`, `kyrgyz`), `policy`, `sick_leave`, `vehicle_plate`, `bin` (valid checksum, after '
    'БИН/БСН), `birth_certificate` (series `I-АЛ` inside), and in this set also `voucher` (санаторная путевка / '
    'жолдама number) and `disability_certificate` (справка об инвалидности / мүгедектік туралы анықтама number).',
    '**Clinical spans** — a sample of text that must survive: ALL-CAPS section/form headers, diagnoses, drug '
    'names (also with Kazakh case endings), procedures and eponymous constructions (по Сельдингеру, душ Шарко, '
    'Лихтенштейн бойынша, аппарат Илизарова ...), scales (APACHE II, SOFA, шкала Глазго, Апгар), lab analyte '
    'names (not values), abbreviations (ОАК, ЛФК, ФЛГ, ТЭП ТБС ...), implant/product brands, donation types and '
    'blood components, named institutions. Not every clinical word is marked.',
    '**Unmarked confusables (on purpose)** — doses, lab values, vitals and blood pressure, ages ≤ 89, ICD-10 and '
    'ICD-O codes, TNM, times, bed/ward/room/cabinet/department/station/brigade numbers, form numbers (066/у, '
    '072/у, 402/у ...), blood groups and Rh, blood-component container numbers, outgoing/incoming letter numbers '
    '(`Исх. № 01-12/1834`, `Шығ. № …`, `вх. № …`), telephonogram numbers, certificate serials of an '
    'organisation (`СПРАВКА (ф. 402/у) № 4512`), eOtinish appeal numbers, block/slide counts, weights and sizes.',
    '**OCR-ish rendering** — about 12 % of records have doubled spaces and a space before `,`/`:` in the plain '
    'text between spans; spans themselves are exact.',
]


if __name__ == '__main__':
    here = os.path.dirname(os.path.abspath(__file__))
    recs = [json.loads(l) for l in open(os.path.join(here, 'records.jsonl'), encoding='utf-8')]
    write_readme(recs, os.path.join(here, 'README.md'))
    print('README.md written')
