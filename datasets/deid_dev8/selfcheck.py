"""Self-check for deid_dev8/records.jsonl (standard library only):  python3 selfcheck.py"""
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen import iin_valid  # noqa: E402

LABELS = {'NAME', 'IIN', 'PHONE', 'EMAIL', 'DATE', 'AGE', 'ADDRESS', 'RECORD_ID', 'DOC_ID'}
HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    recs = [json.loads(l) for l in open(os.path.join(HERE, 'records.jsonl'), encoding='utf-8')]
    errs = []
    lab_lang = collections.Counter()
    forms = collections.defaultdict(collections.Counter)
    style = collections.Counter()
    tmpl = collections.defaultdict(set)
    nclin = collections.Counter()
    twelve = 0
    ids = set()
    for r in recs:
        t = r['text']
        if r['id'] in ids:
            errs.append('dup id ' + r['id'])
        ids.add(r['id'])
        if r['language'] not in ('ru', 'kk', 'mixed'):
            errs.append('bad lang ' + r['id'])
        style[r['style'], r['language']] += 1
        tmpl[r['language'], r['style']].add(r['template'])
        prev = -1
        for s in r['identifiers']:
            if s['label'] not in LABELS:
                errs.append('%s bad label %s' % (r['id'], s['label']))
            if not (0 <= s['start'] < s['end'] <= len(t)):
                errs.append('%s bad offsets' % r['id'])
            if s['start'] < prev:
                errs.append('%s overlap/unsorted at %d' % (r['id'], s['start']))
            prev = s['end']
            txt = t[s['start']:s['end']]
            if txt != txt.strip() or not txt:
                errs.append('%s span with outer whitespace %r' % (r['id'], txt))
            if not s['forms']:
                errs.append('%s empty forms' % r['id'])
            lab_lang[s['label'], r['language']] += 1
            for f in s['forms']:
                forms[s['label']][f] += 1
            if s['label'] == 'IIN':
                digits = re.sub(r'\D', '', txt)
                if not iin_valid(digits):
                    errs.append('%s invalid IIN %s' % (r['id'], txt))
                d7 = digits[6]
                if d7 not in '3456':
                    errs.append('%s IIN century digit' % r['id'])
            if s['label'] == 'DOC_ID' and 'bin' in s['forms'] and not iin_valid(txt):
                errs.append('%s invalid BIN' % r['id'])
            if s['label'] == 'RECORD_ID' and 'twelve_digit' in s['forms']:
                twelve += 1
                if len(txt) != 12 or not txt.isdigit() or iin_valid(txt):
                    errs.append('%s twelve-digit not invalid' % r['id'])
            if s['label'] == 'AGE':
                n = int(re.match(r'\d+', txt).group())
                if n <= 89:
                    errs.append('%s age <=89 marked' % r['id'])
        spans = [(s['start'], s['end']) for s in r['identifiers']]
        for c in r['clinical']:
            if not (0 <= c['start'] < c['end'] <= len(t)):
                errs.append('%s bad clinical offsets' % r['id'])
            for a, b in spans:
                if a < c['end'] and c['start'] < b:
                    errs.append('%s clinical overlaps identifier' % r['id'])
            nclin[r['language']] += 1
        # unmarked 12-digit numbers that are valid IINs would be missed identifiers
        marked = set()
        for s in r['identifiers']:
            marked.update(range(s['start'], s['end']))
        for m in re.finditer(r'(?<!\d)\d{12}(?!\d)', t):
            if m.start() not in marked and iin_valid(m.group()):
                errs.append('%s unmarked valid IIN-like number' % r['id'])
        # unmarked ages over 89 with unit words
        for m in re.finditer(r'(?<!\d)(9\d|1[01]\d)\s(год|года|лет|жас)', t):
            if m.start() not in marked:
                errs.append('%s unmarked age %s' % (r['id'], m.group()))
    tot = sum(lab_lang.values())
    print('records', len(recs), 'identifier spans', tot, 'clinical spans', sum(nclin.values()), 'twelve_digit', twelve)
    print('\nlabel x language')
    for lab in sorted(LABELS):
        print('  %-10s ru %4d  kk %4d  mixed %4d  total %4d' % (lab, lab_lang[lab, 'ru'], lab_lang[lab, 'kk'], lab_lang[lab, 'mixed'],
                                                                  sum(lab_lang[lab, l] for l in ('ru', 'kk', 'mixed'))))
    print('\nclinical per language', dict(nclin))
    print('\nstyle x language')
    for st in sorted({k[0] for k in style}):
        print('  %-24s ru %2d kk %2d mixed %2d' % (st, style[st, 'ru'], style[st, 'kk'], style[st, 'mixed']))
    print('\ntemplates per language:', {l: sum(len(v) for (ll, _), v in tmpl.items() if ll == l) for l in ('ru', 'kk', 'mixed')})
    print('\nforms per label')
    for lab in sorted(forms):
        print('  %s: %s' % (lab, ', '.join('%s %d' % kv for kv in sorted(forms[lab].items(), key=lambda x: -x[1]))))
    ok = not errs and len(recs) == 210 and tot >= 1500 and sum(nclin.values()) >= 300 and twelve == 35
    for e in errs[:50]:
        print('ERROR', e)
    print('\nSELF-CHECK', 'PASSED' if ok else 'FAILED (%d errors)' % len(errs))
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
