# -*- coding: utf-8 -*-
"""Rebuild records.jsonl for deid_heldout7:  python3 build.py   (stdlib only, deterministic)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen import Doc  # noqa: E402
import styles1, styles2, styles3, styles4, styles5, styles6, styles7, styles8  # noqa: E402

SEED = 'deid_heldout7'


def _join(a, b):
    return {lg: list(a[lg]) + list(b[lg]) for lg in ('ru', 'kk', 'mixed')}


STYLES = [
    ('icu_flow_sheet', _join(styles1.ICU, styles5.ICU2)),
    ('pathology_report', _join(styles1.PATH, styles5.PATH2)),
    ('sanatorium_card', _join(styles2.SAN, styles6.SAN2)),
    ('prosthetics_order', _join(styles2.PROS, styles6.PROS2)),
    ('statistical_discharge_card', _join(styles3.STAT, styles7.STAT2)),
    ('polyclinic_active_call', _join(styles3.ACTIVE, styles7.ACTIVE2)),
    ('complaint_response', _join(styles4.COMPL, styles8.COMPL2)),
    ('blood_donor_record', _join(styles4.DONOR, styles8.DONOR2)),
]
LANGS = ('ru', 'kk', 'mixed')
N_TWELVE = 35


def plan(rng):
    """(style index, language) for 300 records: 100 per language; each (style, language) cell gets 12 or 13
    records (4 styles x 13 + 4 styles x 12 per language), so every style has 37 or 38 records."""
    big = {'ru': [0, 1, 2, 3], 'kk': [4, 5, 6, 7], 'mixed': [0, 1, 4, 5]}
    perm = list(range(8))
    rng.shuffle(perm)
    pairs = []
    for lg in LANGS:
        for si in range(8):
            n = 13 if perm[si] in big[lg] else 12
            pairs += [(si, lg)] * n
    assert len(pairs) == 300
    rng.shuffle(pairs)
    return pairs


def build():
    rng = random.Random(SEED)
    pairs = plan(rng)
    twelve_at = set(rng.sample(range(300), N_TWELVE))
    pending = 0
    recs = []
    tcount = {}
    for i, (si, lang) in enumerate(pairs):
        style, reg = STYLES[si]
        if i in twelve_at:
            pending += 1
        key = (style, lang)
        k = tcount.get(key, 0)
        tcount[key] = k + 1
        tpls = reg[lang]
        tpl = tpls[k % len(tpls)]
        r = random.Random('%s|%d' % (SEED, i))
        d = Doc(r, lang, ocr=r.random() < 0.12, plant12=pending > 0)
        tpl(d)
        pending -= d.planted
        text = d.text()
        recs.append({"id": "h7-%04d" % (i + 1), "language": lang, "style": style,
                     "template": '%s.%s' % (style, tpl.__name__), "text": text,
                     "identifiers": d.ids, "clinical": d.cl})
    assert pending == 0, pending
    return recs


def main():
    recs = build()
    import check
    check.check(recs)
    with open(os.path.join(HERE, 'records.jsonl'), 'w', encoding='utf-8') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    import stats
    stats.write_readme(recs, os.path.join(HERE, 'README.md'))
    print('wrote %d records' % len(recs))


if __name__ == '__main__':
    main()
