# -*- coding: utf-8 -*-
"""Build deid_dev3: a synthetic DEVELOPMENT set for de-identification (stdlib only).

python3 build.py   -> writes records.jsonl and README.md next to this file, runs self-checks.

Template slot syntax (tpl_*.py):
  {p1.full} {p1.sinit.gen} {k1_f.full.kdat} ...  person slots; var prefix p=any patient, k=Kazakh,
      s=Slavic, o=other non-Slavic, d=staff, e=eponym-like surname, g=aged 90+, c=child;
      optional _m/_f; modes full fi if sinit inits sur given gp latin latinfi iin iins dob dobkk
      dob2 yob age email; modifiers gen dat ins prep (Russian case), kdat kgen kacc kloc kabl kins
      (Kazakh case), caps lower split cell, R/K (force spelling).
  {dt1.dmy} ... {dto1.my}  dates (dtN recent and increasing, dtoN older); modes dmy dmy2 dmysp iso
      ru kk kkloc kkabl kkdat kkgen my myprep mykk.
  {phone.mob|land|local|foreign|any} {email.inst} {addr.full|street|mkr} {city[.case]} {vil[.case]}
  {mvil} {dist[.case]} {work[.org|school|akimat|ip]} {rec.KIND} {rec.12.FORM} {doc.KIND} {age.MODE}
  [[text]] clinical span; {!pool} clinical value from a pool; {~a|b} {#lo-hi} {%lo-hi} plain filler.
"""
import json
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen  # noqa: E402
import tpl_kk  # noqa: E402
import tpl_mixed  # noqa: E402
import tpl_ru  # noqa: E402

LABELS = ['NAME', 'IIN', 'PHONE', 'EMAIL', 'DATE', 'AGE', 'ADDRESS', 'RECORD_ID', 'DOC_ID']
STYLES = ['vkk_msek_protocol', 'sick_leave_and_certificates', 'rehab_center_intake', 'interhospital_transfer',
          'insurance_and_police_requests', 'telemedicine_consult', 'physio_session_log',
          'outpatient_trauma_point_card', 'family_contacts_and_consent']
PER_LANG = 100

HARD = {'street_unmarked', 'village', 'case_form', 'multi_word', 'workplace', 'microdistrict', 'landline', 'local',
        'year_only', 'month_year', 'kk_case', 'lone_surname', 'lowercase', 'caps', 'latin', 'initials_before',
        'initials_after', 'first_name_only', 'patronymic_kk', 'split_line', 'vehicle_plate', 'sick_leave',
        'msek_certificate', 'policy', 'twelve_digit', 'district', 'settlement', 'foreign', 'given_patronymic'}


def ocr_noise(text, rng):
    """No-op placeholder: OCR-like spacing is produced by templates/dates directly (offsets stay exact)."""
    return text


def build():
    records = []
    tcount = defaultdict(Counter)
    for lang, mod in (('ru', tpl_ru), ('kk', tpl_kk), ('mixed', tpl_mixed)):
        tpls = mod.T
        rng = random.Random('deid_dev3/plan/' + lang)
        n = len(tpls)
        reps = [2] * n
        extra = PER_LANG - 2 * n
        for i in rng.sample(range(n), extra):
            reps[i] = 3
        for ti, (style, tpl) in enumerate(tpls):
            assert style in STYLES, style
            tcount[lang][style] += 1
            for r in range(reps[ti]):
                rrng = random.Random('deid_dev3/%s/%d/%d' % (lang, ti, r))
                b = gen.render(tpl, rrng, lang)
                records.append({'language': lang, 'style': style, 'template': '%s-%02d' % (lang, ti + 1),
                                'text': b.text(), 'identifiers': b.ids, 'clinical': b.clin})
    # interleave deterministically
    random.Random('deid_dev3/order').shuffle(records)
    out = []
    for i, r in enumerate(records):
        out.append({'id': 'd3-%04d' % (i + 1), 'language': r['language'], 'style': r['style'], 'text': r['text'],
                    'identifiers': r['identifiers'], 'clinical': r['clinical'], '_template': r['template']})
    return out, tcount


def check(recs):
    n12 = 0
    for r in recs:
        t = r['text']
        prev = -1
        for s in r['identifiers']:
            assert s['label'] in LABELS, s
            assert 0 <= s['start'] < s['end'] <= len(t), s
            assert t[s['start']:s['end']].strip(), (r['id'], s)
            assert s['start'] >= prev, (r['id'], 'overlap/sort', s)
            prev = s['end']
            v = t[s['start']:s['end']]
            assert v == v.strip(), (r['id'], repr(v))
            if s['label'] == 'IIN':
                assert gen.iin_valid(v.replace(' ', '').replace('-', '')), (r['id'], v)
            if 'bin' in s['forms']:
                assert gen.iin_valid(v), (r['id'], v)
            if 'twelve_digit' in s['forms']:
                assert len(v) == 12 and v.isdigit() and not gen.iin_valid(v), v
                n12 += 1
        cp = -1
        for c in r['clinical']:
            assert 0 <= c['start'] < c['end'] <= len(t)
            assert c['start'] >= cp
            cp = c['end']
            for s in r['identifiers']:
                assert c['end'] <= s['start'] or c['start'] >= s['end'], (r['id'], c, s)
        assert '{' not in t and '}' not in t and '[[' not in t and ']]' not in t, (r['id'], t)
    return n12


def table(rows, header):
    out = ['| ' + ' | '.join(header) + ' |', '|' + '---|' * len(header)]
    for row in rows:
        out.append('| ' + ' | '.join(str(x) for x in row) + ' |')
    return '\n'.join(out)


def main():
    recs, tcount = build()
    n12 = check(recs)
    with open(os.path.join(HERE, 'records.jsonl'), 'w', encoding='utf-8') as f:
        for r in recs:
            r2 = {k: v for k, v in r.items() if not k.startswith('_')}
            f.write(json.dumps(r2, ensure_ascii=False) + '\n')
    langs = ['ru', 'kk', 'mixed']
    lab_lang = defaultdict(Counter)
    style_rec, style_id = Counter(), Counter()
    forms = defaultdict(Counter)
    lang_rec, lang_id = Counter(), Counter()
    hard = 0
    total = 0
    nclin = 0
    for r in recs:
        lang_rec[r['language']] += 1
        style_rec[r['style']] += 1
        nclin += len(r['clinical'])
        for s in r['identifiers']:
            total += 1
            lab_lang[s['label']][r['language']] += 1
            style_id[r['style']] += 1
            lang_id[r['language']] += 1
            for fm in s['forms']:
                forms[s['label']][fm] += 1
            if HARD & set(s['forms']) or s['label'] == 'RECORD_ID':
                hard += 1
    ntpl = {l: sum(tcount[l].values()) for l in langs}
    print('records', len(recs), dict(lang_rec))
    print('identifiers', total, dict(lang_id))
    print('templates', ntpl)
    print('labels', {l: sum(lab_lang[l].values()) for l in LABELS})
    print('hard-form identifiers %d (%.1f%%)' % (hard, 100.0 * hard / total))
    print('twelve-digit invalid-checksum RECORD_IDs', n12)
    print('clinical spans', nclin)

    md = []
    md.append('# deid_dev3 — synthetic de-identification evaluation set (RU / KK / mixed)\n')
    md.append('**DEVELOPMENT set: the engine\'s rules may be tuned on it. It is not a held-out set.**\n')
    md.append('Licence: CC0 1.0. Everything is synthetic: all people, numbers, addresses and documents are '
              'generated combinations; any resemblance to real persons is coincidental.\n')
    md.append('## How it was written (blind)\n')
    md.append('- Read only the two brief files `/tmp/brief/deid_common.md` and `/tmp/brief/deid_format.md`.\n'
              '- Did NOT read, list, grep, open or run anything under `/work/main/platform/`, `/work/main/tests/`, '
              '`/work/main/benchmarks/`, `/work/main/docs/`, `/work/main/README.md`, `/work/shared/`, or any other '
              'folder under `/work/main/datasets/` (only this folder was created and written). The only look at '
              '`/work/main/datasets/` was a directory listing of its top level before creating this folder.\n'
              '- Did not run the project\'s code, its virtualenv or any `medadapt` command; did not commit.\n'
              '- Templates, name/place/employer pools and number formats were written from general knowledge of '
              'Kazakhstan and post-Soviet hospital paperwork; only the Python standard library is used.\n')
    md.append('## Rebuild\n\n```\ncd datasets/deid_dev3 && python3 build.py\n```\n\n'
              'Deterministic (seeds via `random.Random(<string>)`, independent of PYTHONHASHSEED). Files: `build.py` '
              '(plan, self-check, card), `gen.py` (renderer, value generators, Russian/Kazakh case morphology, IIN/BIN '
              'checksums), `pools.py` (value pools), `tpl_ru.py`, `tpl_kk.py`, `tpl_mixed.py` (templates). The self-check '
              'asserts: every span non-empty and without outer whitespace, spans sorted and non-overlapping, clinical '
              'spans never overlap identifiers, every IIN/BIN checksum valid, every planted 12-digit record number has an '
              'INVALID IIN checksum, every label in the label set, no template markup left in text.\n')
    md.append('## Record format\n')
    md.append('One JSON object per line (UTF-8, `ensure_ascii=False`):\n\n```\n'
              '{"id": "d3-0001", "language": "ru"|"kk"|"mixed", "style": str, "text": str,\n'
              ' "identifiers": [{"start": int, "end": int, "label": str, "forms": [str, ...]}],\n'
              ' "clinical": [{"start": int, "end": int}]}\n```\n\n'
              'Offsets are Python `str` indices (code points); `text[start:end]` is exactly the identifier. They are '
              'recorded while the text is assembled from template pieces, so they are correct by construction. '
              'Identifier spans are sorted and never overlap; clinical spans never overlap identifiers. `clinical` spans '
              'are text that must survive de-identification unchanged.\n\n'
              'Labels: `NAME, IIN, PHONE, EMAIL, DATE, AGE, ADDRESS, RECORD_ID, DOC_ID`. `forms` are free strings '
              'describing the surface; every form that applies is listed.\n')
    md.append(CONVENTIONS)
    md.append('## Counts\n')
    md.append('Records: %d (%s). Identifiers: %d. Clinical spans: %d. Identifiers with a harder form '
              '(see list above): %d (%.1f%%). Planted 12-digit invalid-checksum RECORD_IDs: %d.\n'
              % (len(recs), ', '.join('%s %d' % (l, lang_rec[l]) for l in langs), total, nclin, hard,
                 100.0 * hard / total, n12))
    md.append('### Identifiers per label x language\n')
    md.append(table([[l] + [lab_lang[l][x] for x in langs] + [sum(lab_lang[l].values())] for l in LABELS]
                    + [['total'] + [lang_id[x] for x in langs] + [total]], ['label'] + langs + ['total']) + '\n')
    md.append('### Per style\n')
    md.append(table([[s, style_rec[s], style_id[s]] for s in STYLES], ['style', 'records', 'identifiers']) + '\n')
    md.append('### Templates per language x style\n')
    md.append(table([[s] + [tcount[l][s] for l in langs] for s in STYLES]
                    + [['total'] + [ntpl[l] for l in langs]], ['style'] + langs) + '\n')
    md.append('Each template is rendered 2 or 3 times with different values (%d records per language).\n' % PER_LANG)
    md.append('### Forms per label\n')
    for l in LABELS:
        md.append('- **%s**: ' % l + ', '.join('%s %d' % (k, v) for k, v in sorted(forms[l].items(), key=lambda x: -x[1])))
    md.append('')
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(md) + '\n')


CONVENTIONS = '''## Labelling conventions

(Copied from the shared format file; additions for this set are marked *added*.)

* **NAME** — the whole contiguous name: surname + given name + patronymic (`-ович/-овна`, `-ұлы/-қызы`,
  `-улы/-кызы`, `оглы/кызы`), or surname + initials in either order. Titles and role words (врач, дәрігер, проф., д-р,
  Dr., м/с, м/б, хирург, фельдшер) are outside the span. Oblique forms are inside (`Серикову А.Б.`, `Асқарға`,
  `Болатұлының`) → `case_form`. A name broken by a line break is one span containing the `\\n` (`split_line`); a name
  split across table cells is two spans (surname cell, given-name cell), both `split_line`. `eponym_like` marks people
  whose surname is also an eponym or a common word (Волков, Боткин, Вебер, Илизаров, Кох, Лебедь ...). `non_slavic`
  marks Ukrainian, German, Korean, Uzbek, Uyghur, Tatar, Dungan, Turkish and Chechen names (*added*: also
  Azerbaijani). Named institutions (`НИИТО им. академика Н.Д. Батпенова`, `... атындағы ...`) are not names; they are
  clinical spans. *Added forms*: `full`, `surname_given`, `given_surname`, `initials_after`, `initials_before`,
  `lone_surname`, `first_name_only`, `given_patronymic` (имя + отчество, no surname), `latin` (passport-style Latin),
  `caps`, `lowercase`, `patronymic_kk` (patronymic in -ұлы/-қызы/-улы/-кызы/оглы/кызы shown in the span). Initials
  may lack the final dot (`Серикова А.Б`).
* **DATE** — the date only. Trailing `г.`, `ж.`, `года`, `ж.т.`, `г.р.`, `жылы` are outside; Kazakh case endings are
  inside (`2024 жылғы 12 наурызда`, `наурыздың 12-сі`, *added*: `12.03.2024-тен`, `12 наурызға`). Times (10:30) are not
  dates. Dates of birth carry `birth_date`; a bare year of birth is `year_only`. *Added forms*: `numeric`,
  `two_digit_year`, `iso`, `ocr_spacing` (`12. 03. 2024`), `text_month`, `kazakh`, `kk_case`, `month_year`
  (`март 2023`, `03.2023`, `2023 жылғы наурызда`, `2023 жылдың наурызы`; Russian `марте 2023` after `в` also
  `case_form`). A middle `ж.` inside a Kazakh date (`2024 ж. 12 наурыз`) is inside the span.
* **AGE** — only ages over 89; the number with the directly attached unit word (`92 года`, `91 года` after
  `в возрасте`, `90 жаста`, `93 жастағы`, `94 жас`); after `Жасы:`/`Возраст` with no unit, the number only. Ages ≤ 89
  are not marked. *Added forms*: `with_unit`, `number_only`, `case_form`, `kk_case`.
* **IIN** — 12 digits, valid Kazakhstan checksum (7th digit 3/4 for 1900–1999, 5/6 for 2000–2099); `labelled`
  (ИИН/ЖСН cue on the same line just before it) or `unlabelled`; `split` when written `780312 300007` /
  `780312-300007` (the separator is inside the span). IINs of people whose birth date is shown agree with it.
* **PHONE** — the whole number incl. `+` and brackets. Forms: `plus7`, `eight`, `dotted`, `spaced`, `compact`,
  `foreign` (+998, +996, +90, +49, Russian +7 9xx), `landline` (city codes: `8 (7252) 53-12-45`, `8-727-2xx-xx-xx`,
  5-digit district codes), `local` (short city number without code, after тел./байланыс).
* **EMAIL** — every e-mail (`personal` or `institutional`).
* **ADDRESS** — a full postal address is one span including its markers (`г.`, `ул.`, `д.`, `кв.`, `қ.`, `көшесі`,
  `-үй`, `-пәтер`, postcode, oblast/district words inside the address) → `full_postal`. A bare settlement is its
  word(s) only, with markers like `г.`, `с.`, `п.`, `а.`, `ауылы`, `қаласы`, `қ.` outside, and Russian/Kazakh case endings
  inside (`Талгара`, `Қаскелеңде`, `Отеген батыр`) → `settlement` (+`village`, `case_form`, `multi_word`, `foreign`).
  `street_unmarked` = street + house without a street marker (`Абая 150, кв 3`, `Төле би 45-12`); house/flat
  markers after it are inside. `district` = city or rural district including the word район/р-н/ауданы/ауд. (*added*:
  `city_district`; oblique forms `Карасайского района`, `Сайрам ауданында` → `case_form`). `partial`/`microdistrict` =
  мкр./м-н/ш/а/шағынауданы + house. Employers and schools after a work cue are ADDRESS with form `workplace` (the
  whole organisation name with its legal form: ТОО/АО/ИП/КГП/ГККП/КГУ/ЖШС/АҚ/ЖК, schools, kindergartens, colleges,
  akimats). Country names and oblast-only mentions are not identifiers. Hospital names without a person's name
  (ГКБ № 4, ЦРБ, ОКБ) are not marked.
* **RECORD_ID** — the number only (`№` outside, letter prefixes that belong to the number inside): `hospitalisation`,
  `outpatient_card`, `operation_protocol`, `xray`, `lab`, `ambulance_call`; *added*: `protocol` (ВКК/ДКК/МСЭК
  protocol), `msek_act` (МСЭ examination act), `police_report` (КУИ/ААКК, telephonogram, ЕРДР/СТДТ 15-digit),
  `insurance_case` (ФСМС/ӘМСҚ request, insurer case), `telemed_consult`, `aviation_call` (санавиация), `referral`,
  `physio_card`, `trauma_card`, `certificate_reg` (registration number of a справка/анықтама). 12-digit numbers with an
  INVALID IIN checksum are planted as IIN confusables (`twelve_digit`, `invalid_checksum`, plus the kind).
* **DOC_ID** — `id_card` (9 digits), `passport` (KZ `N########` + `kz`; `foreign` + `ru` / `uz` / `kg`), `policy`,
  `sick_leave`, `vehicle_plate` (KZ `123 ABC 02`, old `A 123 BCD`; Russian plates + `foreign`), `bin` (valid checksum),
  `birth_certificate`; *added*: `msek_certificate` (справка МСЭ / МӘС анықтамасы number), `driver_licence`,
  `power_of_attorney` (доверенность/сенімхат number).
* **Clinical spans** — eponymous constructions (аппарат Илизарова, Кохер бойынша, тест Лахмана ...), implant brands,
  drug names (also with Kazakh case endings), lab analyte names (not the values), abbreviations (ЛФК, ОАК, ТЭП ТБС,
  ҚЖА, ЖКО ...), diagnoses, Kazakh anatomy with case endings, ALL CAPS section headers, named institutions. Not every
  clinical word is marked; the marked ones are a sample that must not be removed.
* Unmarked confusables are left in the text on purpose: doses (`1,0 мл 2 р/д`), lab values, ages ≤ 89, AO codes
  (23-A2), ICD-10 codes (S72.0, М16.1), times, blood pressure, ward/bed/department/cabinet numbers, form numbers
  (086/у, 095/у, 044/у), outgoing letter numbers (Исх. № 123/4), cheque numbers, group numbers.
* *Harder forms* (counted in the card): any identifier with one of the forms street_unmarked, settlement, village,
  case_form, multi_word, workplace, district, microdistrict, landline, local, foreign, year_only, month_year, kk_case,
  lone_surname, first_name_only, given_patronymic, initials_before/after, lowercase, caps, latin, patronymic_kk,
  split_line, vehicle_plate, sick_leave, msek_certificate, policy, twelve_digit, and every RECORD_ID.
'''

if __name__ == '__main__':
    main()
