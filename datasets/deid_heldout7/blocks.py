# -*- coding: utf-8 -*-
"""Shared template blocks for deid_heldout7."""
import datetime as _dt
from gen import (make_person, relative, date_fmts, SETTLE, VILL, CITIES, DISTRICTS, WORK, FOREIGN_SET,
                 gen_rural_address, ru_years, later)


def staff(d, g=None, ethnic=None):
    return make_person(d.rng, g=g, ethnic=ethnic, min_age=26, max_age=64)


def patient(d, ref, old=None, min_age=18, max_age=85, g=None):
    """old: probability of an age over 89"""
    r = d.rng
    if old is None:
        old = 0.18
    if r.random() < old:
        q = make_person(r, g=g, age=r.randint(90, 101), ref=ref)
    else:
        q = make_person(r, g=g, ref=ref, min_age=min_age, max_age=max_age)
    return q


def anydate(d, dt, birth=False, fmts=None, suffix=True):
    """A DATE span in a language-appropriate random format, with an optional trailing marker outside."""
    f = d.pick(fmts or date_fmts(d.lang))
    d.date(dt, f, birth=birth)
    if suffix and d.chance(0.35):
        if f in ('ru', 'ru_q', 'num', 'roman') and d.lang != 'kk':
            d.t(d.pick([' г.', ' года', ' г.р.' if birth else ' г.']))
        elif f in ('kk', 'kk_abbr', 'kk_dm', 'num') and d.lang != 'ru':
            d.t(d.pick([' ж.', ' ж.т.' if birth else ' ж.']))
    return f


def age_out(d, p, ref, mode=None):
    """Write an age; spans only over 89. mode: ru, ru_after, kk, kk_loc, kk_attr, num"""
    a = p.age_at(ref)
    lang = d.lang
    if mode is None:
        mode = d.pick(['ru', 'num']) if lang == 'ru' else (d.pick(['kk', 'kk_loc', 'num']) if lang == 'kk'
                                                           else d.pick(['ru', 'kk', 'num']))
    if a > 89:
        d.age(a, mode)
    else:
        if mode in ('ru', 'ru_after'):
            if mode == 'ru_after':
                d.t('%d %s' % (a, 'года' if a % 10 == 1 and a % 100 != 11 else 'лет'))
            else:
                d.t('%d %s' % (a, ru_years(a)))
        elif mode == 'kk':
            d.t('%d жас' % a)
        elif mode == 'kk_loc':
            d.t('%d жаста' % a)
        elif mode == 'kk_attr':
            d.t('%d жастағы' % a)
        else:
            d.t('%d' % a)
    return a


def nm(d, p, fmts=None, **kw):
    """A NAME in a random surface form."""
    f = d.pick(fmts or ['full', 'full', 'si', 'is', 'sg'])
    extra = {}
    r = d.rng.random()
    if r < 0.08 and f in ('full', 'sg', 'si'):
        extra['caps'] = True
    elif r < 0.11 and f in ('full', 'sg', 'gs'):
        extra['lower'] = True
    extra.update(kw)
    return d.name(p, f, **extra)


def settle_pick(d, village=None, foreign=False):
    if foreign:
        return d.pick(FOREIGN_SET)
    if village is True:
        return d.pick(VILL)
    if village is False:
        return d.pick(CITIES)
    return d.pick(SETTLE)


def city_of(d):
    return d.pick(CITIES)


def home_address(d, lang=None):
    """Random residential address of one of several shapes."""
    lang = lang or d.lang
    r = d.rng.random()
    if r < 0.55:
        d.addr(lang)
    elif r < 0.7:
        s, forms = gen_rural_address(d.rng, 'kk' if lang == 'kk' else 'ru')
        d.sp(s, 'ADDRESS', forms)
    elif r < 0.85:
        d.mkr('kk' if lang == 'kk' else 'ru')
    else:
        st = city_of(d)
        if lang == 'kk':
            d.settle(st, 'nom', 'kk'); d.t(' қ., ')
        else:
            d.t('г. '); d.settle(st, 'nom', 'ru'); d.t(', ')
        d.addr_unmarked()


def sign(d, role, p, fmt=None):
    """Signature line."""
    f = fmt or d.pick(['si', 'is', 'si', 'full'])
    shape = d.rng.randint(0, 3)
    if shape == 0:
        d.t(role + ' ______________ '); d.name(p, f)
    elif shape == 1:
        d.t(role + ': '); d.name(p, f); d.t(' /подпись/' if d.lang != 'kk' else ' /қолы/')
    elif shape == 2:
        d.t(role + ' '); d.name(p, f); d.t(' ________')
    else:
        d.t(role + ' (' + ('қолы' if d.lang == 'kk' else 'подпись') + ') ____ / '); d.name(p, f); d.t(' /')
    d.t('\n')


def work_pick(d, school=None):
    ws = WORK if school is None else [w for w in WORK if w[2] == school]
    return d.pick(ws)


def hosp_ru(d):
    return d.pick(['ГКБ № 7', 'ГКП на ПХВ «Городская больница № 1»', 'КГП «Многопрофильная областная больница»',
                   'ЦРБ', 'БСМП', 'ГКБ № 4', 'МОБ', 'ОКБ', 'КГП «Городская больница № 2»', 'ГМБ № 3'])


def hosp_kk(d):
    return d.pick(['№ 7 ҚКА', '№ 1 қалалық аурухана', 'Көпбейінді облыстық аурухана', 'Орталық аудандық аурухана',
                   '№ 4 қалалық клиникалық аурухана', 'ЖМЖА', 'Облыстық клиникалық аурухана'])


def ref_date(d):
    return _dt.date.fromordinal(d.rng.randint(_dt.date(2023, 1, 10).toordinal(), _dt.date(2025, 6, 30).toordinal()))


def clin_list(d, items, sep=', ', k=None):
    k = k or d.rng.randint(2, min(4, len(items)))
    chosen = d.rng.sample(items, k)
    for i, it in enumerate(chosen):
        if i:
            d.t(sep)
        d.c(it)
    return chosen


RELW_RU = {'son': 'сын', 'daughter': 'дочь', 'wife': 'супруга', 'husband': 'муж', 'brother': 'брат', 'sister': 'сестра',
           'grandchild': 'внук', 'mother': 'мать', 'father': 'отец'}
RELW_KK = {'son': 'ұлы', 'daughter': 'қызы', 'wife': 'әйелі', 'husband': 'күйеуі', 'brother': 'інісі', 'sister': 'әпкесі',
           'grandchild': 'немересі', 'mother': 'анасы', 'father': 'әкесі'}


def rel_pick(d, p, ref, prefer=None):
    """A relative plausible for the patient's age: returns (rel, person, ru_word, kk_word)."""
    a = p.age_at(ref)
    ok = ['brother', 'sister']
    if a >= 22:
        ok.append('wife' if p.g == 'm' else 'husband')
    if a >= 42:
        ok += ['son', 'daughter', 'son', 'daughter']
    if a >= 66:
        ok += ['grandchild', 'grandchild']
    if a <= 58:
        ok += ['mother', 'father']
    if prefer:
        pr = [r for r in prefer if r in ok]
        if pr:
            ok = pr
    rel = d.pick(ok)
    q = relative(d.rng, p, rel, ref)
    ru = RELW_RU[rel]
    if rel == 'grandchild' and q.g == 'f':
        ru = 'внучка'
    return rel, q, ru, RELW_KK[rel]
