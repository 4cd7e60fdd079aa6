# -*- coding: utf-8 -*-
"""Self-check for deid_heldout7 records (stdlib only).

    python3 check.py          (reads records.jsonl; build.py runs the same check before writing)

Any failure raises SystemExit, so a failing check fails the build."""
import datetime as _dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen import kz_valid  # noqa: E402

LABELS = ('NAME', 'IIN', 'PHONE', 'EMAIL', 'DATE', 'AGE', 'ADDRESS', 'RECORD_ID', 'DOC_ID')
LANGS = ('ru', 'kk', 'mixed')
STYLES = ('icu_flow_sheet', 'pathology_report', 'sanatorium_card', 'prosthetics_order',
          'statistical_discharge_card', 'polyclinic_active_call', 'complaint_response', 'blood_donor_record')
KEYS = ['id', 'language', 'style', 'template', 'text', 'identifiers', 'clinical']
TARGET = {'records': 300, 'per_language': 100, 'identifiers': 2800, 'clinical': 1000, 'templates_per_cell': 5,
          'twelve': 35}
IIN_CUE = re.compile(r'(ИИН|ЖСН|IIN)', re.I)
# template markup that must never reach the text
MARKUP = re.compile(r'%[sd0-9]|\{|\}|\[\[|\]\]|\bNone\b|\bTrue\b|\bFalse\b|<[A-Za-z_]+>|\$\{|\\n|\x00')


def iin_date_ok(n):
    """IIN digits 1-6 = yymmdd, 7th digit = century/sex (1/2 1800s, 3/4 1900s, 5/6 2000s)."""
    c = n[6]
    cent = {'1': 1800, '2': 1800, '3': 1900, '4': 1900, '5': 2000, '6': 2000}.get(c)
    if cent is None:
        return False
    try:
        _dt.date(cent + int(n[:2]), int(n[2:4]), int(n[4:6]))
    except ValueError:
        return False
    return True


def check(recs):
    errs = []

    def err(rid, what, x=''):
        errs.append((rid, what, x))

    # ---- set-level targets
    if len(recs) != TARGET['records']:
        err('ALL', 'record count', len(recs))
    want_ids = ['h7-%04d' % (i + 1) for i in range(TARGET['records'])]
    if [r.get('id') for r in recs] != want_ids[:len(recs)]:
        err('ALL', 'ids not h7-0001..h7-0300 in order')
    for lg in LANGS:
        n = sum(1 for r in recs if r.get('language') == lg)
        if n != TARGET['per_language']:
            err('ALL', 'language count ' + lg, n)
    cells = {}
    for r in recs:
        cells.setdefault((r.get('style'), r.get('language')), set()).add(r.get('template'))
    for st in STYLES:
        for lg in LANGS:
            n = len(cells.get((st, lg), ()))
            if n < TARGET['templates_per_cell']:
                err('ALL', 'templates in %s/%s' % (st, lg), n)
    n_id = sum(len(r['identifiers']) for r in recs)
    n_cl = sum(len(r['clinical']) for r in recs)
    if n_id < TARGET['identifiers']:
        err('ALL', 'identifier spans', n_id)
    if n_cl < TARGET['clinical']:
        err('ALL', 'clinical spans', n_cl)

    twelve = 0
    for r in recs:
        rid = r.get('id')
        if list(r.keys()) != KEYS:
            err(rid, 'keys', list(r.keys()))
        if r['language'] not in LANGS:
            err(rid, 'language', r['language'])
        if r['style'] not in STYLES:
            err(rid, 'style', r['style'])
        if not r['template'].startswith(r['style'] + '.'):
            err(rid, 'template name', r['template'])
        t = r['text']
        if not t or not isinstance(t, str):
            err(rid, 'empty text')
            continue
        m = MARKUP.search(t)
        if m:
            err(rid, 'template markup in text', m.group())
        # ---- identifier spans
        prev = 0
        spans = []
        for s in r['identifiers']:
            a, b = s.get('start'), s.get('end')
            if sorted(s.keys()) != ['end', 'forms', 'label', 'start'] or not isinstance(a, int) or not isinstance(b, int):
                err(rid, 'span keys', s)
                continue
            if not (0 <= a < b <= len(t)):
                err(rid, 'range / empty', s)
                continue
            if a < prev:
                err(rid, 'identifier spans unsorted or overlapping', s)
            prev = b
            lab = s['label']
            if lab not in LABELS:
                err(rid, 'label', lab)
            fs = s['forms']
            if not fs or not all(isinstance(f, str) and f for f in fs) or len(set(fs)) != len(fs):
                err(rid, 'forms', fs)
            seg = t[a:b]
            if seg != seg.strip():
                err(rid, 'outer whitespace', seg)
            if lab == 'IIN':
                dig = re.sub(r'[ -]', '', seg)
                if not (kz_valid(dig) and iin_date_ok(dig)):
                    err(rid, 'IIN checksum/date/century digit', seg)
                if ('split' in fs) != (dig != seg):
                    err(rid, 'IIN split form', seg)
                line_start = t.rfind('\n', 0, a) + 1
                cue = bool(IIN_CUE.search(t[line_start:a]))
                if ('labelled' in fs) == ('unlabelled' in fs):
                    err(rid, 'IIN needs exactly one of labelled/unlabelled', fs)
                elif cue != ('labelled' in fs):
                    err(rid, 'IIN labelled/unlabelled disagrees with the cue on its line', fs)
            if lab == 'DOC_ID' and 'bin' in fs:
                if not kz_valid(seg):
                    err(rid, 'BIN checksum', seg)
            if lab == 'RECORD_ID':
                if 'twelve_digit' in fs:
                    twelve += 1
                    if not (re.fullmatch(r'\d{12}', seg) and not kz_valid(seg) and 'invalid_checksum' in fs):
                        err(rid, 'twelve_digit RECORD_ID must be 12 digits with an INVALID checksum', seg)
                    if not any(k in fs for k in ('hospitalisation', 'lab', 'commission_protocol')):
                        err(rid, 'twelve_digit RECORD_ID without its kind', fs)
                elif re.fullmatch(r'\d{12}', seg):
                    err(rid, '12-digit RECORD_ID not marked twelve_digit', seg)
            if lab == 'AGE':
                m = re.match(r'\d+', seg)
                if not m or int(m.group()) <= 89:
                    err(rid, 'AGE must be > 89', seg)
            if lab == 'EMAIL' and not re.fullmatch(r'[^@\s]+@[^@\s]+\.[a-z]{2,}', seg):
                err(rid, 'email shape', seg)
            spans.append((a, b, lab, fs))
        # ---- clinical spans
        prevc = 0
        for c in r['clinical']:
            a, b = c.get('start'), c.get('end')
            if sorted(c.keys()) != ['end', 'start'] or not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(t)):
                err(rid, 'clinical span range / keys', c)
                continue
            if a < prevc:
                err(rid, 'clinical spans unsorted or overlapping', c)
            prevc = b
            seg = t[a:b]
            if seg != seg.strip():
                err(rid, 'clinical outer whitespace', seg)
            for x, y, lab, fs in spans:
                if a < y and x < b:
                    err(rid, 'clinical span overlaps identifier', seg)
        # ---- 12-digit runs only inside IIN / BIN / RECORD_ID spans; no long unmarked numbers; no unmarked e-mails
        for m in re.finditer(r'\d{12,}', t):
            a, b = m.span()
            ok = any(x <= a and b <= y and (lab in ('IIN', 'RECORD_ID') or (lab == 'DOC_ID' and 'bin' in fs))
                     for x, y, lab, fs in spans)
            if not ok:
                err(rid, '12-digit run outside IIN/BIN/RECORD_ID span', m.group())
        mask = list(t)
        for x, y, lab, fs in spans:
            for i in range(x, y):
                mask[i] = '#'
        plain = ''.join(mask)
        for m in re.finditer(r'\d{10,}|\d{6}[ -]\d{6}(?!\d)', plain):
            err(rid, 'unmarked long number', m.group())
        for m in re.finditer(r'\S+@\S+', plain):
            err(rid, 'unmarked email', m.group())
        for m in re.finditer(r'(ИИН|ЖСН)[:=\s]*(\d{6}[ -]?\d{6})', plain):
            err(rid, 'unmarked IIN after cue', m.group())
    if twelve != TARGET['twelve']:
        err('ALL', 'twelve-digit invalid-checksum RECORD_IDs (want exactly 35)', twelve)
    if errs:
        for e in errs[:60]:
            print('ERR', e)
        raise SystemExit('self-check FAILED: %d errors' % len(errs))
    return True


CHECKS = [
    '300 records, ids h7-0001 … h7-0300 in order, keys exactly id/language/style/template/text/identifiers/clinical',
    '100 records per language (ru / kk / mixed); styles from the fixed list of 8',
    'at least 5 distinct templates in every (style, language) cell',
    'at least 2,800 identifier spans and 1,000 clinical spans',
    'every span inside the text, non-empty, no outer whitespace',
    'identifier spans sorted and non-overlapping; clinical spans sorted and non-overlapping',
    'clinical spans never overlap identifier spans',
    'labels in the allowed set; forms non-empty, without duplicates',
    'IIN: valid checksum, valid yymmdd date, 7th digit 1-6 (century/sex rule); `split` exactly when a separator is inside',
    'IIN `labelled` / `unlabelled` agrees with an ИИН/ЖСН/IIN cue earlier on the same line',
    'BIN (DOC_ID `bin`): valid checksum',
    'AGE > 89',
    'exactly 35 `twelve_digit` RECORD_IDs, each 12 digits with an INVALID IIN checksum and with its kind; '
    'no other 12-digit RECORD_ID',
    'every run of 12+ digits lies inside an IIN, BIN or RECORD_ID span; no unmarked run of 10+ digits or '
    'split-IIN shape; no unmarked e-mail; no unmarked number after an ИИН/ЖСН cue',
    'e-mail spans look like e-mails',
    'no template markup leaked into the text (%s/%d, braces, [[ ]], None/True/False, <placeholder>, literal \\n)',
]


if __name__ == '__main__':
    recs = [json.loads(l) for l in open(os.path.join(HERE, 'records.jsonl'), encoding='utf-8')]
    check(recs)
    print('OK: %d records, %d identifier spans, %d clinical spans' % (
        len(recs), sum(len(r['identifiers']) for r in recs), sum(len(r['clinical']) for r in recs)))
