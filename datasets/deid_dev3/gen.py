# -*- coding: utf-8 -*-
"""Value generators and the template renderer for deid_dev3 (stdlib only)."""
import re
import datetime as _dt

# ---------------------------------------------------------------- helpers
KK2RU = str.maketrans({'ә': 'а', 'ғ': 'г', 'қ': 'к', 'ң': 'н', 'ө': 'о', 'ұ': 'у', 'ү': 'у',
                       'һ': 'х', 'і': 'и', 'Ә': 'А', 'Ғ': 'Г', 'Қ': 'К', 'Ң': 'Н', 'Ө': 'О',
                       'Ұ': 'У', 'Ү': 'У', 'Һ': 'Х', 'І': 'И'})


def ru_of(kk):
    s = kk.replace('гүл', 'гуль').replace('Гүл', 'Гуль').replace('ләз', 'ляз').replace('Ләз', 'Ляз')
    s = s.replace('күл', 'куль').replace('Күл', 'Куль')
    return s.translate(KK2RU)


LAT = {'а': 'a', 'ә': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'ғ': 'g', 'д': 'd', 'е': 'e', 'ё': 'e',
       'ж': 'zh', 'з': 'z', 'и': 'i', 'й': 'y', 'к': 'k', 'қ': 'k', 'л': 'l', 'м': 'm', 'н': 'n',
       'ң': 'n', 'о': 'o', 'ө': 'o', 'п': 'p', 'р': 'r', 'с': 's', 'т': 't', 'у': 'u', 'ұ': 'u',
       'ү': 'u', 'ф': 'f', 'х': 'kh', 'һ': 'h', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh', 'щ': 'shch',
       'ъ': '', 'ы': 'y', 'і': 'i', 'ь': '', 'э': 'e', 'ю': 'yu', 'я': 'ya'}


def latin(s):
    out = []
    for ch in s:
        lo = ch.lower()
        if lo in LAT:
            t = LAT[lo]
            out.append(t.capitalize() if ch != lo and t else t)
        else:
            out.append(ch)
    return ''.join(out)


def iin_check(d11):
    w1 = list(range(1, 12))
    s = sum(int(a) * b for a, b in zip(d11, w1)) % 11
    if s == 10:
        w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
        s = sum(int(a) * b for a, b in zip(d11, w2)) % 11
        if s == 10:
            return None
    return s


def iin_valid(s):
    if not re.fullmatch(r'\d{12}', s):
        return False
    c = iin_check(s[:11])
    return c is not None and c == int(s[11])


BACK = set('аоұыуяёю')
FRONT = set('әөүіеэи')
VOW = BACK | FRONT


def is_back(w):
    for ch in reversed(w.lower()):
        if ch in BACK:
            return True
        if ch in FRONT:
            return False
    return True


def ksuf(w, case):
    """Kazakh case suffix for word w (case: dat gen acc loc abl ins)."""
    lw = w.lower()
    b = is_back(w)
    if lw.endswith(('ұлы', 'қызы', 'улы', 'кызы', 'ауданы', 'облысы')):
        return {'dat': 'на' if b else 'не', 'gen': 'ның' if b else 'нің', 'acc': 'н',
                'loc': 'нда' if b else 'нде', 'abl': 'нан' if b else 'нен', 'ins': 'мен'}[case]
    last = lw[-1]
    if last in 'ьъ' and len(lw) > 1:
        last = lw[-2]
    if last in 'уюи':
        cls = 'son'
    elif last in VOW:
        cls = 'vow'
    elif last in 'мнң':
        cls = 'nas'
    elif last in 'лрйжз':
        cls = 'son'
    else:
        cls = 'vl'
    A = (lambda x, y: x if b else y)
    if case == 'gen':
        return {'vow': A('ның', 'нің'), 'nas': A('ның', 'нің'), 'son': A('дың', 'дің'), 'vl': A('тың', 'тің')}[cls]
    if case == 'dat':
        return A('қа', 'ке') if cls == 'vl' else A('ға', 'ге')
    if case == 'acc':
        return {'vow': A('ны', 'ні'), 'nas': A('ды', 'ді'), 'son': A('ды', 'ді'), 'vl': A('ты', 'ті')}[cls]
    if case == 'loc':
        return A('та', 'те') if cls == 'vl' else A('да', 'де')
    if case == 'abl':
        return {'vow': A('дан', 'ден'), 'son': A('дан', 'ден'), 'nas': A('нан', 'нен'), 'vl': A('тан', 'тен')}[cls]
    if case == 'ins':
        if cls in ('vow',) or last in 'лрйуи':
            return 'мен'
        if cls == 'nas' or last in 'жз':
            return 'бен'
        return 'пен'
    raise ValueError(case)


def kcase(phrase, case):
    w = phrase.split()[-1]
    if len(w) > 1 and w.isupper():
        return phrase + '-' + ksuf(w, case)
    return phrase + ksuf(w, case)


HUSH = 'гкхжшчщ'


def ru_a(w, case):
    stem, last = w[:-1], w[-1]
    if last == 'а':
        d = {'gen': stem + ('и' if stem[-1] in HUSH else 'ы'), 'dat': stem + 'е',
             'ins': stem + ('ей' if stem[-1] in 'жшчщц' else 'ой'), 'prep': stem + 'е'}
    else:
        if stem.endswith('и'):
            d = {'gen': stem + 'и', 'dat': stem + 'и', 'ins': stem + 'ей', 'prep': stem + 'и'}
        else:
            d = {'gen': stem + 'и', 'dat': stem + 'е', 'ins': stem + 'ей', 'prep': stem + 'е'}
    return d[case]


def ru_cons(w, case):
    if w[-1] in 'йь':
        stem = w[:-1]
        return {'gen': stem + 'я', 'dat': stem + 'ю', 'ins': stem + 'ем', 'prep': stem + 'е'}[case]
    return {'gen': w + 'а', 'dat': w + 'у', 'ins': w + ('ем' if w[-1] in 'жшчщц' else 'ом'),
            'prep': w + 'е'}[case]


def ru_surname(s, g, case):
    if ' ' in s:
        return s
    if g == 'm':
        if s.endswith(('ов', 'ев', 'ёв', 'ин', 'ын')):
            return s + {'gen': 'а', 'dat': 'у', 'ins': 'ым', 'prep': 'е'}[case]
        if s.endswith(('ский', 'цкий')):
            st = s[:-2]
            return st + {'gen': 'ого', 'dat': 'ому', 'ins': 'им', 'prep': 'ом'}[case]
        if s[-1] in 'ая' and len(s) > 2:
            return ru_a(s, case)
        if s[-1] in 'оеиуыэю' or s.lower().endswith(('улы', 'кызы', 'ұлы', 'қызы')) or len(s) <= 2:
            return s
        return ru_cons(s, case)
    if s.endswith(('ова', 'ева', 'ёва', 'ина', 'ына')):
        return s[:-1] + 'ой'
    if s.endswith(('ская', 'цкая')):
        return s[:-2] + 'ой'
    if s[-1] == 'а' and len(s) > 2:
        return ru_a(s, case)
    return s


def ru_given(s, g, case):
    if g == 'm':
        if s[-1] in 'ая':
            return ru_a(s, case)
        if s[-1] in 'оеиуыэю':
            return s
        return ru_cons(s, case)
    if s[-1] in 'ая':
        return ru_a(s, case)
    if s[-1] == 'ь':
        return s[:-1] + ('ью' if case == 'ins' else 'и')
    return s


def ru_pat(s, case):
    if s.endswith('ич'):
        return ru_cons(s, case)
    if s.endswith('на'):
        return ru_a(s, case)
    return s


def ru_patronymic(father, g):
    f = father
    if f.endswith('ий') and f not in ('Дмитрий',):
        st = f[:-2] + 'ь'
        return st + ('евич' if g == 'm' else 'евна')
    if f[-1] in 'йь':
        st = f[:-1]
        return st + ('евич' if g == 'm' else 'евна')
    if f[-1] in 'иуо':
        return f + ('евич' if g == 'm' else 'евна')
    if f[-1] == 'а':
        st = f[:-1]
        return st + ('ич' if g == 'm' else 'ична')
    if f[-1] in 'жшчщц':
        return f + ('евич' if g == 'm' else 'евна')
    return f + ('ович' if g == 'm' else 'овна')


def fem_surname(s):
    if s.endswith(('ов', 'ев', 'ёв', 'ин', 'ын')):
        return s + 'а'
    if s.endswith('ский'):
        return s[:-4] + 'ская'
    if s.endswith('цкий'):
        return s[:-4] + 'цкая'
    return s


# ---------------------------------------------------------------- pools
from pools import *  # noqa: E402,F401,F403


# ---------------------------------------------------------------- persons
class Person:
    pass


NON_SLAVIC = {'ukr', 'ger', 'kor', 'uzb', 'uyg', 'tat', 'dun', 'tur', 'che', 'aze'}


def make_person(rng, kind, gender, lang):
    P = Person()
    P.gender = gender or rng.choice('mf')
    g = P.gender
    if kind == 'k':
        eth = 'kaz'
    elif kind == 's':
        eth = rng.choice(['rus'] * 3 + ['ukr'])
    elif kind == 'o':
        eth = rng.choice(['ger', 'kor', 'uzb', 'uyg', 'tat', 'dun', 'tur', 'che', 'aze', 'ger', 'kor', 'tat'])
    elif kind == 'e':
        eth = 'epo'
    else:
        r = rng.random()
        eth = 'kaz' if r < 0.55 else ('rus' if r < 0.70 else ('ukr' if r < 0.76 else
                                                          rng.choice(['ger', 'kor', 'uzb', 'uyg', 'tat', 'dun', 'tur', 'che', 'aze'])))
    P.eponym = False
    if eth == 'epo':
        sur, e2 = rng.choice(EPONYM_SURNAMES)
        eth = e2
        P.eponym = True
        P.sur_kk = fem_surname(sur) if g == 'f' else sur
        P.sur_ru = P.sur_kk
    P.eth = eth
    data = ETH.get(eth)
    if eth == 'kaz':
        if not P.eponym:
            s = rng.choice(KAZ_SUR)
            P.sur_kk = fem_surname(s) if g == 'f' else s
            P.sur_ru = ru_of(P.sur_kk)
        giv = rng.choice(KAZ_M if g == 'm' else KAZ_F)
        P.giv_kk, P.giv_ru = giv, ru_of(giv)
        fa = rng.choice(KAZ_FATHER)
        P.pat_kk = fa + ('ұлы' if g == 'm' else 'қызы')
        r = rng.random()
        if r < 0.65:
            P.pat_ru = ru_patronymic(ru_of(fa), g)
        elif r < 0.9:
            P.pat_ru = ru_of(fa) + ('улы' if g == 'm' else 'кызы')
        else:
            P.pat_ru = None
            P.pat_kk = None if rng.random() < 0.5 else P.pat_kk
        P.use_kk_pat_in_ru = rng.random() < 0.15
    else:
        if not P.eponym:
            s = rng.choice(data['sur'])
            P.sur_kk = fem_surname(s) if g == 'f' else s
            P.sur_ru = P.sur_kk
        giv = rng.choice(data['m'] if g == 'm' else data['f'])
        P.giv_kk = P.giv_ru = giv
        fa = rng.choice(data['fa'])
        if eth == 'aze':
            pat = fa + (' оглы' if g == 'm' else ' кызы')
        elif eth == 'dun' and rng.random() < 0.4:
            pat = None
        else:
            pat = ru_patronymic(fa, g)
        P.pat_kk = P.pat_ru = pat
        P.use_kk_pat_in_ru = False
    P.non_slavic = eth in NON_SLAVIC
    # birth date
    if kind == 'g':
        age = rng.randint(90, 103)
    elif kind == 'c':
        age = rng.randint(0, 17)
    elif kind == 'd':
        age = rng.randint(27, 66)
    else:
        age = rng.choice([rng.randint(18, 89), rng.randint(18, 75), rng.randint(25, 70), rng.randint(3, 89)])
    ref = _dt.date(2024, 9, 1)
    y = ref.year - age - 1
    P.dob = _dt.date(y, 1, 1) + _dt.timedelta(days=rng.randint(0, 364))
    P.age = age
    P.iin = make_iin(rng, P.dob, g)
    P.kind = kind
    return P


def make_iin(rng, dob, g):
    cent = (3 if g == 'm' else 4) if dob.year < 2000 else (5 if g == 'm' else 6)
    while True:
        d11 = '%02d%02d%02d%d%04d' % (dob.year % 100, dob.month, dob.day, cent, rng.randint(0, 9999))
        c = iin_check(d11)
        if c is not None:
            return d11 + str(c)


def make_bin(rng):
    while True:
        d11 = '%02d%02d%d%d%05d' % (rng.randint(0, 23), rng.randint(1, 12), rng.choice([4, 4, 4, 5, 6]),
                                    rng.choice([0, 0, 0, 1, 2]), rng.randint(0, 99999))
        c = iin_check(d11)
        if c is not None:
            return d11 + str(c)


def make_invalid12(rng):
    y = rng.randint(40, 99)
    d11 = '%02d%02d%02d%d%04d' % (y, rng.randint(1, 12), rng.randint(1, 28), rng.choice([3, 4, 1, 2, 7, 0]),
                                  rng.randint(0, 9999))
    c = iin_check(d11)
    last = rng.randint(0, 9)
    while c is not None and last == c:
        last = rng.randint(0, 9)
    s = d11 + str(last)
    assert not iin_valid(s)
    return s


# ---------------------------------------------------------------- rendering record
class Builder:
    def __init__(self, rng, lang):
        self.rng = rng
        self.lang = lang
        self.parts = []
        self.pos = 0
        self.ids = []
        self.clin = []
        self.persons = {}
        self.dates = {}
        self.last_recent = None
        self.sep = rng.choice(['.'] * 8 + ['/', '-'])
        self.zpad = rng.random() < 0.85

    def lit(self, s):
        self.parts.append(s)
        self.pos += len(s)

    def ident(self, s, label, forms):
        assert s, (label, forms)
        fs = []
        for f in forms:
            if f not in fs:
                fs.append(f)
        self.ids.append({'start': self.pos, 'end': self.pos + len(s), 'label': label, 'forms': fs})
        self.lit(s)

    def clinical(self, s):
        self.clin.append({'start': self.pos, 'end': self.pos + len(s)})
        self.lit(s)

    def text(self):
        return ''.join(self.parts)

    def line_so_far(self):
        t = self.text()
        i = t.rfind('\n')
        return t[i + 1:]

    def sp(self):
        """spelling for this record: kk or ru (mixed: random)"""
        if self.lang == 'kk':
            return 'kk'
        if self.lang == 'ru':
            return 'ru'
        return self.rng.choice(['kk', 'ru'])


SLOT_RE = re.compile(r'\[\[(.+?)\]\]|\{([^{}\n]+)\}', re.S)
PERSON_RE = re.compile(r'^([pksodegc])(\d+)(?:_([mf]))?$')


def render(tpl, rng, lang):
    b = Builder(rng, lang)
    b.tpl = tpl
    i = 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > i:
            b.lit(tpl[i:m.start()])
        if m.group(1) is not None:
            c = m.group(1)
            if c.startswith('{!') and c.endswith('}'):
                b.clinical(clin_pool(b, c[2:-1]))
            else:
                b.clinical(c)
        else:
            slot(b, m.group(2))
        i = m.end()
    if i < len(tpl):
        b.lit(tpl[i:])
    return b


def slot(b, body):
    rng = b.rng
    if body.startswith('~'):
        b.lit(rng.choice(body[1:].split('|')))
        return
    if body.startswith('#'):
        spec = body[1:]
        pad = 0
        if '.z' in spec:
            spec, pz = spec.split('.z')
            pad = int(pz)
        unit = None
        if spec.endswith('.let'):
            spec, unit = spec[:-4], 'let'
        lo, hi = spec.split('-')
        v = rng.randint(int(lo), int(hi))
        b.lit(str(v).zfill(pad))
        if unit:
            b.lit(' ' + ('год' if v % 10 == 1 and v % 100 != 11 else
                         ('года' if v % 10 in (2, 3, 4) and v % 100 not in (12, 13, 14) else 'лет')))
        return
    if body.startswith('%'):
        lo, hi = body[1:].split('-')
        v = rng.uniform(float(lo), float(hi))
        s = ('%.1f' % v)
        if b.lang != 'kk' and rng.random() < 0.6:
            s = s.replace('.', ',')
        b.lit(s)
        return
    if body.startswith('!'):
        b.clinical(clin_pool(b, body[1:]))
        return
    toks = body.split('.')
    head = toks[0]
    m = PERSON_RE.match(head)
    if m:
        person_slot(b, head, m, toks[1:])
        return
    dm = re.match(r'^(dto?)(\d+)$', head)
    if dm:
        date_slot(b, head, toks[1:])
        return
    fn = GEN.get(head)
    if fn is None:
        raise KeyError('unknown slot ' + body)
    fn(b, toks[1:])


# ---------------------------------------------------------------- names
RU_CASES = {'gen', 'dat', 'ins', 'prep'}
KK_CASES = {'kdat': 'dat', 'kgen': 'gen', 'kacc': 'acc', 'kloc': 'loc', 'kabl': 'abl', 'kins': 'ins'}
NAME_MODES = {'full': 'full', 'fi': 'surname_given', 'if': 'given_surname', 'sinit': 'initials_after',
              'inits': 'initials_before', 'sur': 'lone_surname', 'given': 'first_name_only',
              'gp': 'given_patronymic', 'latin': 'latin', 'latinfi': 'latin', 'fullpat': 'full'}


def get_person(b, head, m):
    if head not in b.persons:
        kind = m.group(1)
        if head.startswith('p2') and '{c1.' in b.tpl:
            kind = 'd'
        b.persons[head] = make_person(b.rng, kind, m.group(3), b.lang)
        P = b.persons[head]
        P.spell = b.sp()
        par = b.persons.get('p2')
        if m.group(1) == 'c' and par is not None and not par.eponym:
            for _ in range(40):
                C = make_person(b.rng, 'c', m.group(3), b.lang)
                if C.eth == par.eth:
                    break
            if C.eth == par.eth:
                base_kk = par.sur_kk[:-1] if par.gender == 'f' and par.sur_kk.endswith(('ова', 'ева', 'ина', 'ына')) else par.sur_kk
                base_kk = base_kk[:-4] + 'ский' if par.gender == 'f' and base_kk.endswith('ская') else base_kk
                C.sur_kk = fem_surname(base_kk) if C.gender == 'f' else base_kk
                C.sur_ru = ru_of(C.sur_kk) if C.eth == 'kaz' else C.sur_kk
                C.spell = par.spell
                b.persons[head] = C
                P = C
    return b.persons[head]


def person_slot(b, head, m, toks):
    rng = b.rng
    P = get_person(b, head, m)
    mode = toks[0] if toks else 'full'
    mods = toks[1:]
    if mode in NAME_MODES:
        s, forms = name_text(b, P, mode, mods)
        b.ident(s, 'NAME', forms)
        return
    if mode in ('iin', 'iins'):
        s = P.iin
        forms = []
        if mode == 'iins':
            sep = rng.choice([' ', '-', ' '])
            s = s[:6] + sep + s[6:]
            forms.append('split')
        lab = re.search(r'(ИИН|ЖСН|IIN|ИИН/ЖСН|ЖСН/ИИН)[^\n]{0,25}$', b.line_so_far())
        forms.insert(0, 'labelled' if lab else 'unlabelled')
        b.ident(s, 'IIN', forms)
        return
    if mode in ('dob', 'dobru', 'dobkk', 'dob2', 'dobiso', 'dobkkgen', 'dobkkloc'):
        d = P.dob
        sub = {'dob': 'dmy', 'dobru': 'ru', 'dobkk': 'kk', 'dob2': 'dmy2', 'dobiso': 'iso',
               'dobkkgen': 'kkgen', 'dobkkloc': 'kkloc'}[mode]
        s, forms = fmt_date(b, d, sub)
        b.ident(s, 'DATE', forms + ['birth_date'])
        return
    if mode == 'yob':
        b.ident(str(P.dob.year), 'DATE', ['birth_date', 'year_only'])
        return
    if mode == 'age':
        age_text(b, P.age, mods[0] if mods else 'ru')
        return
    if mode == 'email':
        lat = latin(P.giv_ru).lower()
        sl = latin(P.sur_ru).lower()
        pat = rng.choice(['{g}.{s}', '{s}.{g}', '{g}{y}', '{s}_{g0}', '{g0}.{s}{y}', '{s}{y}'])
        loc = pat.format(g=lat, s=sl, g0=lat[:1], y=str(P.dob.year)[2:]).replace("'", '')
        dom = rng.choice(['mail.ru', 'gmail.com', 'inbox.ru', 'bk.ru', 'list.ru', 'yandex.kz', 'mail.kz', 'icloud.com'])
        b.ident(loc + '@' + dom, 'EMAIL', ['personal'])
        return
    if mode == 'tel':
        phone_slot(b, ['mob'])
        return
    if mode == 'sex':
        b.lit(mods[0] if P.gender == 'm' else mods[1])
        return
    raise KeyError(mode)


def initials(b, giv, pat, style):
    g0 = giv[0] + '.'
    p0 = (pat[0] + '.') if pat else ''
    if style == 0:
        return g0 + p0
    if style == 1:
        return g0 + (' ' + p0 if p0 else '')
    if style == 2:
        return (g0 + p0)[:-1] if p0 else g0
    return g0


def base_text(P, mode, sur, giv, pat, parts, sur2, giv2, pat2):
    m = {sur2: sur, giv2: giv}
    if pat2:
        m[pat2] = pat
    return ' '.join(m.get(x, x) for x in parts)


def name_text(b, P, mode, mods):
    rng = b.rng
    spell = P.spell
    if 'R' in mods:
        spell = 'ru'
    if 'K' in mods:
        spell = 'kk'
    if spell == 'kk':
        sur, giv, pat = P.sur_kk, P.giv_kk, P.pat_kk
    else:
        sur, giv, pat = P.sur_ru, P.giv_ru, P.pat_ru
        if P.eth == 'kaz' and P.use_kk_pat_in_ru and P.pat_kk:
            pat = P.pat_kk
    forms = [NAME_MODES[mode]]
    if mode == 'full' and not pat:
        forms = ['surname_given']
    rcase = next((x for x in mods if x in RU_CASES), None)
    kc = next((KK_CASES[x] for x in mods if x in KK_CASES), None)
    pat_shown = False
    if rcase:
        sur2 = ru_surname(sur, P.gender, rcase)
        giv2 = ru_given(giv, P.gender, rcase)
        pat2 = ru_pat(pat, rcase) if pat else pat
    else:
        sur2, giv2, pat2 = sur, giv, pat
    ist = rng.choice([0, 0, 0, 1, 2]) if 'nodot' not in mods else 2
    if mode == 'full' or mode == 'fullpat':
        parts = [sur2, giv2] + ([pat2] if pat2 else [])
        pat_shown = bool(pat2)
    elif mode == 'fi':
        parts = [sur2, giv2]
    elif mode == 'if':
        parts = [giv2, sur2]
    elif mode == 'sinit':
        parts = [sur2, initials(b, giv, pat, ist)]
    elif mode == 'inits':
        parts = [initials(b, giv, pat, ist if ist != 2 else 0), sur2]
    elif mode == 'sur':
        parts = [sur2]
    elif mode == 'given':
        parts = [giv2]
    elif mode == 'gp':
        parts = [giv2] + ([pat2] if pat2 else [])
        pat_shown = bool(pat2)
    elif mode == 'latin':
        parts = [latin(P.sur_ru).upper(), latin(P.giv_ru).upper()]
    elif mode == 'latinfi':
        parts = [latin(P.giv_ru), latin(P.sur_ru)]
    s = ' '.join(parts)
    if kc and not s.endswith('.') and mode not in ('latin', 'latinfi'):
        s = kcase(s, kc)
    if (rcase or kc) and s != base_text(P, mode, sur, giv, pat, parts, sur2, giv2, pat2):
        forms.append('case_form')
    if 'caps' in mods:
        s = s.upper()
        forms.append('caps')
    if 'lower' in mods:
        s = s.lower()
        forms.append('lowercase')
    if 'split' in mods and ' ' in s:
        k = s.index(' ')
        s = s[:k] + rng.choice(['\n', ' \n', '\n']) + s[k + 1:]
        forms.append('split_line')
    if 'cell' in mods:
        forms.append('split_line')
    if pat_shown and pat and re.search(r'(ұлы|қызы|улы|кызы|оглы)$', pat):
        forms.append('patronymic_kk')
    if P.non_slavic:
        forms.append('non_slavic')
    if P.eponym:
        forms.append('eponym_like')
    return s, forms


# ---------------------------------------------------------------- dates
RU_MON_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября',
              'октября', 'ноября', 'декабря']
RU_MON_NOM = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь',
              'октябрь', 'ноябрь', 'декабрь']
RU_MON_PREP = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре',
               'октябре', 'ноябре', 'декабре']
KK_MON = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек',
          'қазан', 'қараша', 'желтоқсан']
KK_POSS = {0: None, 1: 'і', 2: 'сі', 3: 'і', 4: 'і', 5: 'і', 6: 'сы', 7: 'сі', 8: 'і', 9: 'ы'}
KK_TENS = {1: 'ы', 2: 'сы', 3: 'ы'}
# pronunciation class of final numeral word: (back?, final-class) for suffix choice
NUM_WORD = {1: 'бір', 2: 'екі', 3: 'үш', 4: 'төрт', 5: 'бес', 6: 'алты', 7: 'жеті', 8: 'сегіз', 9: 'тоғыз'}
TENS_WORD = {1: 'он', 2: 'жиырма', 3: 'отыз', 4: 'қырық', 5: 'елу', 6: 'алпыс', 7: 'жетпіс', 8: 'сексен',
             9: 'тоқсан', 0: 'жүз'}


def num_word(n):
    if n % 10:
        return NUM_WORD[n % 10]
    if n % 100:
        return TENS_WORD[(n // 10) % 10]
    return 'мың' if n % 1000 == 0 else 'жүз'


def day_poss(d):
    return str(d) + '-' + (KK_POSS[d % 10] if d % 10 else KK_TENS[d // 10])


def fmt_date(b, d, mode):
    rng = b.rng
    dd, mm, yy = d.day, d.month, d.year
    if mode == 'dmy':
        sep = b.sep if rng.random() < 0.92 else rng.choice(['.', '/', '-', ','])
        z = b.zpad if rng.random() < 0.9 else not b.zpad
        s = ('%02d' % dd if z else str(dd)) + sep + '%02d' % mm + sep + str(yy)
        return s, ['numeric']
    if mode == 'dmy2':
        return '%02d.%02d.%02d' % (dd, mm, yy % 100), ['numeric', 'two_digit_year']
    if mode == 'dmysp':
        s = rng.choice(['%02d. %02d. %d', '%02d .%02d.%d', '%02d.%02d. %d', '%02d . %02d . %d']) % (dd, mm, yy)
        return s, ['numeric', 'ocr_spacing']
    if mode == 'iso':
        return '%d-%02d-%02d' % (yy, mm, dd), ['iso']
    if mode == 'ru':
        s = rng.choice(['%d %s %d', '%02d %s %d']) % (dd, RU_MON_GEN[mm - 1], yy)
        return s, ['text_month']
    if mode == 'kk':
        s = rng.choice(['%d жылғы %d %s' % (yy, dd, KK_MON[mm - 1]), '%d %s %d' % (dd, KK_MON[mm - 1], yy),
                        '%d ж. %d %s' % (yy, dd, KK_MON[mm - 1])])
        return s, ['text_month', 'kazakh']
    if mode in ('kkloc', 'kkabl', 'kkdat'):
        c = {'kkloc': 'loc', 'kkabl': 'abl', 'kkdat': 'dat'}[mode]
        r = rng.random()
        if r < 0.55:
            s = '%d жылғы %d %s' % (yy, dd, kcase(KK_MON[mm - 1], c))
        elif r < 0.8:
            s = '%d %s' % (dd, kcase(KK_MON[mm - 1], c))
        else:
            base = '%02d.%02d.%d' % (dd, mm, yy)
            s = base + '-' + ksuf(num_word(yy), c)
            return s, ['numeric', 'kk_case']
        return s, ['text_month', 'kk_case']
    if mode == 'kkgen':
        s = rng.choice(['%s %s' % (kcase(KK_MON[mm - 1], 'gen'), day_poss(dd)),
                        '%d жылғы %s %s' % (yy, kcase(KK_MON[mm - 1], 'gen'), day_poss(dd))])
        return s, ['text_month', 'kk_case']
    if mode == 'my':
        r = rng.random()
        if r < 0.45:
            return '%s %d' % (RU_MON_NOM[mm - 1], yy), ['month_year', 'text_month']
        if r < 0.8:
            return '%02d.%d' % (mm, yy), ['month_year', 'numeric']
        return '%02d/%d' % (mm, yy), ['month_year', 'numeric']
    if mode == 'myprep':
        return '%s %d' % (RU_MON_PREP[mm - 1], yy), ['month_year', 'text_month', 'case_form']
    if mode == 'mykk':
        r = rng.random()
        if r < 0.35:
            return '%d жылдың %s' % (yy, KK_MON[mm - 1] + ('ы' if is_back(KK_MON[mm - 1]) else 'і')
                                      if KK_MON[mm - 1][-1] not in VOW else KK_MON[mm - 1] + 'сы'), ['month_year', 'kk_case']
        if r < 0.65:
            return '%d жылғы %s' % (yy, kcase(KK_MON[mm - 1], 'loc')), ['month_year', 'kk_case']
        if r < 0.85:
            return '%s %d' % (KK_MON[mm - 1], yy), ['month_year', 'text_month']
        return '%02d.%d' % (mm, yy), ['month_year', 'numeric']
    if mode == 'y':
        return str(yy), ['year_only']
    if mode == 'any':
        return fmt_date(b, d, rng.choice(['dmy', 'dmy', 'dmy', 'dmy2', 'iso', 'dmysp']))
    raise KeyError(mode)


def date_slot(b, head, toks):
    rng = b.rng
    if head not in b.dates:
        if head.startswith('dto'):
            d = _dt.date(2006, 1, 1) + _dt.timedelta(days=rng.randint(0, 16 * 365))
        else:
            if b.last_recent is None:
                d = _dt.date(2023, 1, 10) + _dt.timedelta(days=rng.randint(0, 900))
            else:
                d = b.last_recent + _dt.timedelta(days=rng.choice([1, 1, 2, 3, 4, 5, 7, 10, 14, 21]))
            b.last_recent = d
        b.dates[head] = d
    d = b.dates[head]
    mode = toks[0] if toks else 'dmy'
    s, forms = fmt_date(b, d, mode)
    b.ident(s, 'DATE', forms)


# ---------------------------------------------------------------- ages
def age_text(b, age, mode):
    rng = b.rng
    if mode == 'ru':
        u = 'год' if age % 10 == 1 and age % 100 != 11 else ('года' if age % 10 in (2, 3, 4) and age % 100 not in (12, 13, 14) else 'лет')
        b.ident('%d %s' % (age, u), 'AGE', ['with_unit'])
    elif mode == 'voz':
        u = 'года' if age % 10 == 1 and age % 100 != 11 else 'лет'
        b.ident('%d %s' % (age, u), 'AGE', ['with_unit', 'case_form'])
    elif mode == 'kk':
        b.ident('%d жаста' % age, 'AGE', ['with_unit', 'kk_case'])
    elif mode == 'kkattr':
        b.ident('%d жастағы' % age, 'AGE', ['with_unit', 'kk_case'])
    elif mode == 'kkn':
        b.ident('%d жас' % age, 'AGE', ['with_unit'])
    elif mode == 'num':
        b.ident(str(age), 'AGE', ['number_only'])


def gen_age(b, toks):
    age = b.rng.randint(90, 102)
    age_text(b, age, toks[0] if toks else 'ru')


# ---------------------------------------------------------------- phones
def mob_number(rng):
    return rng.choice(MOB_CODES), '%03d' % rng.randint(200, 999), '%02d' % rng.randint(0, 99), '%02d' % rng.randint(0, 99)


def phone_slot(b, toks):
    rng = b.rng
    kind = toks[0] if toks else 'mob'
    if kind == 'any':
        kind = rng.choice(['mob', 'mob', 'mob', 'land', 'local', 'foreign'])
    if kind == 'mob':
        c, a, x, y = mob_number(rng)
        r = rng.randint(0, 9)
        if r == 0:
            s, f = '+7 %s %s %s %s' % (c, a, x, y), ['plus7', 'spaced']
        elif r == 1:
            s, f = '+7(%s)%s-%s-%s' % (c, a, x, y), ['plus7']
        elif r == 2:
            s, f = '+7 (%s) %s-%s-%s' % (c, a, x, y), ['plus7']
        elif r == 3:
            s, f = '8 %s %s %s %s' % (c, a, x, y), ['eight', 'spaced']
        elif r == 4:
            s, f = '8%s%s%s%s' % (c, a, x, y), ['eight', 'compact']
        elif r == 5:
            s, f = '8-%s-%s-%s-%s' % (c, a, x, y), ['eight']
        elif r == 6:
            s, f = '8.%s.%s.%s.%s' % (c, a, x, y), ['eight', 'dotted']
        elif r == 7:
            s, f = '+7%s%s%s%s' % (c, a, x, y), ['plus7', 'compact']
        elif r == 8:
            s, f = '8 (%s) %s %s %s' % (c, a, x, y), ['eight', 'spaced']
        else:
            s, f = '+7 %s %s%s%s' % (c, a, x, y), ['plus7', 'spaced']
        b.ident(s, 'PHONE', f)
    elif kind == 'land':
        code, ln = rng.choice(CITY_CODES)
        if ln == 7:
            num = '%03d-%02d-%02d' % (rng.randint(200, 399), rng.randint(0, 99), rng.randint(0, 99))
        elif ln == 6:
            num = '%02d-%02d-%02d' % (rng.randint(20, 79), rng.randint(0, 99), rng.randint(0, 99))
        else:
            num = '%d-%02d-%02d' % (rng.randint(2, 7), rng.randint(0, 99), rng.randint(0, 99))
        fmt = rng.choice(['8 (%s) %s', '8(%s) %s', '8-%s-%s', '8 %s %s', '+7 (%s) %s', '8(%s)%s'])
        s = fmt % (code, num)
        b.ident(s, 'PHONE', ['landline'] + (['plus7'] if s.startswith('+') else ['eight']))
    elif kind == 'local':
        r = rng.random()
        if r < 0.5:
            s = '%02d-%02d-%02d' % (rng.randint(20, 79), rng.randint(0, 99), rng.randint(0, 99))
        elif r < 0.8:
            s = '%d-%02d-%02d' % (rng.randint(2, 7), rng.randint(0, 99), rng.randint(0, 99))
        else:
            s = '%d %02d %02d' % (rng.randint(2, 7), rng.randint(0, 99), rng.randint(0, 99))
        b.ident(s, 'PHONE', ['local'])
    elif kind == 'foreign':
        r = rng.randint(0, 4)
        if r == 0:
            s = '+998 %d %03d %02d %02d' % (rng.choice([90, 91, 93, 94, 97, 99]), rng.randint(100, 999), rng.randint(0, 99), rng.randint(0, 99))
        elif r == 1:
            s = '+996 %d %03d %03d' % (rng.choice([555, 700, 770, 505, 999]), rng.randint(100, 999), rng.randint(0, 999))
        elif r == 2:
            s = '+90 5%02d %03d %02d %02d' % (rng.randint(30, 59), rng.randint(100, 999), rng.randint(0, 99), rng.randint(0, 99))
        elif r == 3:
            s = '+7 9%02d %03d-%02d-%02d' % (rng.randint(0, 99), rng.randint(100, 999), rng.randint(0, 99), rng.randint(0, 99))
        else:
            s = '+49 15%d %07d' % (rng.randint(1, 9), rng.randint(0, 9999999))
        b.ident(s, 'PHONE', ['foreign'])
    else:
        raise KeyError(kind)


# ---------------------------------------------------------------- emails
def email_slot(b, toks):
    rng = b.rng
    kind = toks[0] if toks else 'inst'
    if kind == 'inst':
        s = rng.choice(INST_MAIL_USER) + '@' + rng.choice(INST_MAIL_DOM)
        b.ident(s, 'EMAIL', ['institutional'])
    else:
        first = rng.choice(['aigerim', 'nurlan', 'dana', 'serik', 'olga', 'vika', 'asel', 'marat', 'timur',
                            'zhanar', 'kairat', 'elena', 'dinara', 'arman', 'gulnara', 'daulet', 'aliya'])
        s = first + rng.choice(['_', '.', '']) + rng.choice(['k', 'm', 'b', 's', 'zh', 'n', 'a']) + str(rng.randint(70, 2005)) + '@' + \
            rng.choice(['mail.ru', 'gmail.com', 'inbox.ru', 'bk.ru', 'yandex.ru', 'list.ru'])
        b.ident(s, 'EMAIL', ['personal'])


# ---------------------------------------------------------------- places
def sett_forms(S, lang, case):
    """return text for a settlement entry in given language and case; and whether changed"""
    if lang == 'kk':
        base = S['kk']
        if case is None:
            return base, False
        return kcase(base, case), True
    base = S['ru']
    if case is None:
        return base, False
    if ' ' in base or base[-1] in 'оеиуыэю' or S.get('indecl'):
        return base, False
    if 'ru_' + case in S:
        return S['ru_' + case], True
    w = base
    if w[-1] in 'ая':
        return ru_a(w, case), True
    if w.endswith('ный'):
        return w[:-2] + {'gen': 'ого', 'prep': 'ом', 'dat': 'ому', 'ins': 'ым'}[case], True
    return ru_cons(w, case), True


def place_slot(b, toks, pool, kind):
    rng = b.rng
    S = rng.choice(pool)
    lang = b.sp()
    if 'R' in toks:
        lang = 'ru'
    if 'K' in toks:
        lang = 'kk'
    case = None
    for t in toks:
        if t in ('gen', 'prep', 'dat', 'ins'):
            case = t if lang == 'ru' else {'gen': 'abl', 'prep': 'loc', 'dat': 'dat', 'ins': 'ins'}[t]
        if t in KK_CASES:
            case = KK_CASES[t] if lang == 'kk' else {'loc': 'prep', 'abl': 'gen', 'dat': 'dat', 'gen': 'gen',
                                                     'acc': 'gen', 'ins': 'ins'}[KK_CASES[t]]
    s, changed = sett_forms(S, lang, case)
    forms = ['settlement']
    if kind == 'vil':
        forms.append('village')
    if changed:
        forms.append('case_form')
    if ' ' in s:
        forms.append('multi_word')
    b.ident(s, 'ADDRESS', forms)


def city_slot(b, toks):
    place_slot(b, toks, CITIES, 'city')


def region_vil(b):
    if getattr(b, 'rvil', None) is None:
        b.rvil = b.rng.choice(VILLAGES)
        b.rvil_used = {'vil': False, 'dist': False}
    return b.rvil


def vil_slot(b, toks):
    V = region_vil(b)
    if not b.rvil_used['vil']:
        b.rvil_used['vil'] = True
        place_slot(b, toks, [V], 'vil')
    else:
        place_slot(b, toks, VILLAGES, 'vil')


def mvil_slot(b, toks):
    place_slot(b, toks, [v for v in VILLAGES if ' ' in v['kk']], 'vil')


def fcity_slot(b, toks):
    rng = b.rng
    s = rng.choice(FOREIGN_CITIES)
    b.ident(s, 'ADDRESS', ['settlement', 'foreign'])


def dist_slot(b, toks):
    rng = b.rng
    lang = b.sp()
    if 'R' in toks:
        lang = 'ru'
    if 'K' in toks:
        lang = 'kk'
    D = rng.choice(DISTRICTS)
    V = region_vil(b)
    if not b.rvil_used['dist'] and rng.random() < 0.8:
        D = (V['dist_ru'], V['dist_kk'], 'rural')
    b.rvil_used['dist'] = True
    forms = ['district']
    case = next((t for t in toks if t in ('gen', 'prep', 'kloc', 'kgen', 'kdat', 'kabl')), None)
    if lang == 'ru':
        adj = D[0]
        word = rng.choice(['район', 'район', 'р-н'])
        if case in ('gen', 'kgen', 'kabl'):
            s = adj[:-2] + 'ого ' + ('района' if word != 'р-н' else 'р-на')
            forms.append('case_form')
        elif case in ('prep', 'kloc'):
            s = adj[:-2] + 'ом ' + ('районе' if word != 'р-н' else 'р-не')
            forms.append('case_form')
        else:
            s = adj + ' ' + word
    else:
        base = D[1] + ' ' + rng.choice(['ауданы', 'ауданы', 'ауд.'])
        c = {'gen': 'gen', 'kgen': 'gen', 'prep': 'loc', 'kloc': 'loc', 'kdat': 'dat', 'kabl': 'abl'}.get(case)
        if c and not base.endswith('.'):
            s = kcase(base, c)
            forms.append('case_form')
        else:
            s = base
    if D[2] == 'city':
        forms.append('city_district')
    b.ident(s, 'ADDRESS', forms)


def street_name(rng, lang):
    St = rng.choice(STREETS)
    if lang == 'kk':
        return St[1], St[2]
    return St[0], St[2]


def house(rng):
    n = rng.randint(1, 240)
    s = str(n)
    r = rng.random()
    if r < 0.12:
        s += rng.choice(['а', 'А', 'б', '/1', '/2', 'в'])
    return s


def addr_slot(b, toks):
    rng = b.rng
    kind = toks[0] if toks else 'full'
    lang = b.sp()
    if 'R' in toks:
        lang = 'ru'
    if 'K' in toks:
        lang = 'kk'
    C = rng.choice(CITIES)
    V = rng.choice(VILLAGES)
    h = house(rng)
    kv = str(rng.randint(1, 190))
    if kind == 'full':
        st, typ = street_name(rng, lang)
        if lang == 'ru':
            mk = {'ul': 'ул.', 'pr': 'пр.', 'mk': 'ул.'}[typ]
            if typ == 'pr' and rng.random() < 0.4:
                mk = 'пр-т'
            r = rng.randint(0, 6)
            pc = '%06d' % rng.choice([50000, 50012, 50060, 10000, 10010, 160000, 160012, 100000, 30000, 60000,
                                      140000, 70000, 80000, 90000, 110000, 120000, 130000, 150000, 40000, 41600, 40900])
            if r == 0:
                s = 'г. %s, %s %s, д. %s, кв. %s' % (C['ru'], mk, st, h, kv)
            elif r == 1:
                s = '%s, г. %s, %s %s %s-%s' % (pc, C['ru'], mk, st, h, kv)
            elif r == 2:
                s = '%s обл., %s р-н, с. %s, %s %s, д. %s' % (V['obl_ru'], V['dist_ru'], V['ru'], mk, st, h)
            elif r == 3:
                s = 'г.%s, %s%s, д.%s кв.%s' % (C['ru'], mk, st, h, kv)
            elif r == 4:
                s = '%s, %s %s, дом %s, квартира %s' % (C['ru'], mk, st, h, kv)
            elif r == 5:
                s = 'РК, г. %s, мкр. %s, д. %s, кв. %s' % (C['ru'], rng.choice(MKR)[1], h, kv)
            else:
                s = 'с. %s, %s %s, %s' % (V['ru'], mk, st, h)
        else:
            mk = {'ul': 'көшесі', 'pr': 'даңғылы', 'mk': 'көшесі'}[typ]
            if rng.random() < 0.25:
                mk = {'ul': 'к-сі', 'pr': 'даң.', 'mk': 'к-сі'}[typ]
            r = rng.randint(0, 5)
            if r == 0:
                s = '%s қаласы, %s %s, %s-үй, %s-пәтер' % (C['kk'], st, mk, h, kv)
            elif r == 1:
                s = '%s қ., %s %s, %s үй, %s пәтер' % (C['kk'], st, mk, h, kv)
            elif r == 2:
                s = '%s облысы, %s ауданы, %s ауылы, %s %s, %s-үй' % (V['obl_kk'], V['dist_kk'], V['kk'], st, mk, h)
            elif r == 3:
                s = '%s қ., %s ш/а, %s-үй, %s-пәтер' % (C['kk'], rng.choice(MKR)[0], h, kv)
            elif r == 4:
                s = '%s, %s қ., %s %s %s/%s' % (rng.choice(['050000', '160000', '010000', '100000', '130000', '090000']),
                                                C['kk'], st, mk, h, kv)
            else:
                s = '%s ауданы, %s а., %s %s, %s' % (V['dist_kk'], V['kk'], st, mk, h)
        b.ident(s, 'ADDRESS', ['full_postal'])
    elif kind == 'street':
        st, typ = street_name(rng, lang)
        r = rng.randint(0, 5)
        if r == 0:
            s = '%s %s, кв %s' % (st, h, kv) if lang == 'ru' else '%s %s, %s пәтер' % (st, h, kv)
        elif r == 1:
            s = '%s %s-%s' % (st, h, kv)
        elif r == 2:
            s = '%s, %s' % (st, h)
        elif r == 3:
            s = '%s %s' % (st, h)
        elif r == 4:
            s = ('%s д.%s кв.%s' % (st, h, kv)) if lang == 'ru' else ('%s %s-үй %s-пәтер' % (st, h, kv))
        else:
            s = '%s %s/%s' % (st, h, kv)
        b.ident(s, 'ADDRESS', ['street_unmarked'])
    elif kind == 'mkr':
        M = rng.choice(MKR)
        r = rng.randint(0, 5)
        if lang == 'ru':
            if r == 0:
                s = 'мкр. %s, %s' % (M[1], h)
            elif r == 1:
                s = 'мкр %s д.%s кв.%s' % (M[1], h, kv)
            elif r == 2:
                s = '%d мкр., д. %s' % (rng.randint(1, 31), h)
            elif r == 3:
                s = 'мкр.%s-%s-%s' % (M[1].split('-')[0], rng.randint(1, 12), h)
            elif r == 4:
                s = '%s мкр, %s-%s' % (rng.randint(1, 31), h, kv)
            else:
                s = 'м-н %s, дом %s' % (M[1], h)
        else:
            if r in (0, 1):
                s = '%s ш/а, %s-үй' % (M[0], h)
            elif r == 2:
                s = '%d ш/а, %s-%s' % (rng.randint(1, 31), h, kv)
            elif r == 3:
                s = '%s шағынауданы, %s үй, %s пәтер' % (M[0], h, kv)
            elif r == 4:
                s = '%d-шағын аудан, %s' % (rng.randint(1, 31), h)
            else:
                s = 'ш/а %s %s/%s' % (M[0], h, kv)
        b.ident(s, 'ADDRESS', ['partial', 'microdistrict'])
    else:
        raise KeyError(kind)


def work_slot(b, toks):
    rng = b.rng
    lang = b.sp()
    if 'R' in toks:
        lang = 'ru'
    if 'K' in toks:
        lang = 'kk'
    kind = toks[0] if toks and toks[0] in ('school', 'org', 'akimat', 'ip') else rng.choice(
        ['org', 'org', 'org', 'school', 'akimat', 'ip'])
    n = rng.randint(1, 180)
    if lang == 'ru':
        if kind == 'org':
            f = rng.choice(['ТОО «%s»', 'ТОО "%s"', 'АО «%s»', 'КГП на ПХВ «%s»', 'ТОО %s', 'АО "%s"', 'ГККП «%s»'])
            s = f % rng.choice(ORGS)
        elif kind == 'school':
            s = rng.choice(['КГУ «Общеобразовательная школа № %d»' % n, 'школа-гимназия № %d' % n, 'СШ №%d' % n,
                            'школа-лицей № %d' % n, 'ГККП «Ясли-сад № %d «%s»»' % (n, rng.choice(KINDER)),
                            'ГККП «%s»' % rng.choice(COLLEGES_RU), rng.choice(COLLEGES_RU), 'ГУ «Средняя школа №%d»' % n])
        elif kind == 'akimat':
            D = rng.choice(DISTRICTS)
            s = rng.choice(['акимат %s района' % (D[0][:-2] + 'ого'), 'ГУ «Аппарат акима %s района»' % (D[0][:-2] + 'ого'),
                            'аппарат акима с. %s' % rng.choice(VILLAGES)['ru'], 'ГУ «Отдел образования %s района»' % (D[0][:-2] + 'ого')])
        else:
            sur = rng.choice(KAZ_SUR + ETH['rus']['sur'])
            s = rng.choice(['ИП «%s»' % ru_of(sur), 'ИП %s' % ru_of(sur), 'ИП "%s"' % rng.choice(SHOPS)])
    else:
        if kind == 'org':
            s = rng.choice(['«%s» ЖШС', '"%s" ЖШС', '«%s» АҚ', 'ЖШС «%s»', '«%s» ШЖҚ КМК']) % rng.choice(ORGS)
        elif kind == 'school':
            s = rng.choice(['№ %d жалпы білім беретін мектеп' % n, '№%d мектеп-гимназиясы' % n, '№ %d мектеп-лицейі' % n,
                            '«%s» балабақшасы' % rng.choice(KINDER), rng.choice(COLLEGES_KK), '№ %d орта мектеп' % n])
        elif kind == 'akimat':
            D = rng.choice(DISTRICTS)
            s = rng.choice(['%s ауданының әкімдігі' % D[1], '%s ауылдық округі әкімінің аппараты' % rng.choice(VILLAGES)['kk'],
                            '%s ауданының білім бөлімі' % D[1]])
        else:
            sur = rng.choice(KAZ_SUR)
            s = rng.choice(['ЖК «%s»' % sur, '«%s» ЖК' % rng.choice(SHOPS), 'ЖК %s' % sur])
    b.ident(s, 'ADDRESS', ['workplace'])


# ---------------------------------------------------------------- record ids
def rec_slot(b, toks):
    rng = b.rng
    kind = toks[0] if toks else 'hosp'
    y2 = rng.choice(['22', '23', '24', '25'])
    y4 = '20' + y2
    if kind == '12':
        sub = toks[1] if len(toks) > 1 else 'hospitalisation'
        b.ident(make_invalid12(rng), 'RECORD_ID', ['twelve_digit', 'invalid_checksum', sub])
        return
    n4, n5, n6 = rng.randint(1000, 9999), rng.randint(10000, 99999), rng.randint(100000, 999999)
    C = {
        'hosp': (['%d/%s' % (n5, y2), '%d-%s' % (rng.randint(100, 9999), rng.choice(['Х', 'Т', 'Н', 'Р'])), str(n5),
                  '%s-%06d' % (y4, rng.randint(1, 99999)), 'ИБ-%d' % n5, '%d/%d' % (rng.randint(100, 9999), rng.randint(1, 12))],
                 'hospitalisation'),
        'card': (['%06d' % n6, 'А-%d' % n5, '%d/%s' % (n4, y2), 'АК-%d' % n5, '%d' % n4], 'outpatient_card'),
        'op': (['%d' % rng.randint(1, 999), '%d/%s' % (rng.randint(1, 999), y2), 'ОП-%d' % n4], 'operation_protocol'),
        'xray': (['R-%04d/%s' % (rng.randint(1, 9999), y2), 'Рг-%d' % n5, '%d' % n4, 'КТ-%s-%05d' % (y2, rng.randint(1, 99999)),
                  'MR%d' % n6, 'DX%s%06d' % (y2, rng.randint(1, 999999))], 'xray'),
        'lab': (['Л-%s-%06d' % (y2, rng.randint(1, 999999)), '%d' % n6, 'LAB%s%07d' % (y2, rng.randint(1, 9999999)),
                 '%s%02d%04d' % (y2, rng.randint(1, 12), rng.randint(1, 9999)), 'З-%d' % n5], 'lab'),
        'amb': (['%d' % n4, '%d/%d' % (rng.randint(1, 999), rng.randint(1, 31)), '%s-%06d' % (y2, rng.randint(1, 999999))],
                'ambulance_call'),
        'prot': (['%d' % rng.randint(1, 999), '%d/%d' % (rng.randint(1, 400), rng.randint(1, 12)), 'ВКК-%d' % rng.randint(1, 999),
                  '%d-%s' % (rng.randint(1, 999), y2), 'ДКК-%d/%s' % (rng.randint(1, 999), y2)], 'protocol'),
        'msek': (['%d' % n4, '%d/%s' % (rng.randint(1, 2999), y2), 'МСЭ-%d' % n5, '%04d-%s' % (rng.randint(1, 9999), y4)],
                 'msek_act'),
        'police': (['%d' % n4, 'КУИ-%d' % n4, '%s%06d%03d' % (y2, rng.randint(100000, 999999), rng.randint(1, 999)),
                    '%d/%d' % (rng.randint(100, 9999), rng.randint(1, 30))], 'police_report'),
        'erdr': (['%s%s%s%06d' % (y2, rng.choice(['75', '19', '71', '51', '61']), rng.choice(['03100', '03110', '04100', '02100', '03101']),
                                  rng.randint(1, 999999))], 'police_report'),
        'ins': (['СС-%s-%05d' % (y4, rng.randint(1, 99999)), '%d' % n6, 'INS-%d' % n6, '%s/%d' % (y2, n5),
                 'ФСМС-%d' % n5], 'insurance_case'),
        'tm': (['ТМ-%s-%04d' % (y2, rng.randint(1, 9999)), 'TM%d' % n6, '%d/ТМК' % n4, '%d' % n5], 'telemed_consult'),
        'transfer': (['%d' % rng.randint(1, 999), 'СА-%d' % n4, '%d/%s' % (rng.randint(1, 999), y2)], 'aviation_call'),
        'ref': (['%d' % n5, 'Н-%d' % n4, '%s-%05d' % (y2, rng.randint(1, 99999)), '%d/%d' % (rng.randint(1, 9999), rng.randint(1, 9))],
                'referral'),
        'physio': (['%d' % n4, 'ФТ-%d' % rng.randint(1, 999), '%d/%s' % (rng.randint(1, 999), y2)], 'physio_card'),
        'trauma': (['Т-%d' % n4, '%d' % n5, '%d/%s' % (n4, y2), 'ТП-%d' % n4], 'trauma_card'),
        'cert': (['%d' % rng.randint(1, 999), '%d/%s' % (rng.randint(1, 9999), y2), '%04d' % rng.randint(1, 9999)],
                 'certificate_reg'),
    }
    pats, form = C[kind]
    b.ident(rng.choice(pats), 'RECORD_ID', [form])


LAT_PLATE = 'ABCDEHKMOPTXYZ'


def doc_slot(b, toks):
    rng = b.rng
    kind = toks[0]
    if kind == 'id':
        s, f = '%09d' % rng.randint(10000000, 99999999), ['id_card']
        if rng.random() < 0.3:
            s = '0' + s[1:]
    elif kind == 'pass':
        s, f = 'N%08d' % rng.randint(1000000, 19999999), ['passport', 'kz']
    elif kind == 'passru':
        s, f = '%02d %02d %06d' % (rng.randint(1, 99), rng.randint(0, 24), rng.randint(0, 999999)), ['passport', 'foreign', 'ru']
    elif kind == 'passuz':
        s, f = '%s%07d' % (rng.choice(['AA', 'AB', 'AC', 'FA', 'AD']), rng.randint(0, 9999999)), ['passport', 'foreign', 'uz']
    elif kind == 'passkg':
        s, f = '%s%07d' % (rng.choice(['ID', 'AC', 'AN']), rng.randint(0, 9999999)), ['passport', 'foreign', 'kg']
    elif kind == 'policy':
        s, f = rng.choice(['%s-%07d' % (rng.choice(['ДМС', 'ПОЛ', 'DMS', 'ОС']), rng.randint(0, 9999999)),
                           '%d%09d' % (rng.randint(1, 9), rng.randint(0, 999999999)),
                           '%02d-%04d-%06d' % (rng.randint(1, 99), rng.randint(2019, 2025), rng.randint(0, 999999))]), ['policy']
    elif kind == 'sl':
        s, f = rng.choice(['%010d' % rng.randint(0, 9999999999), 'ЛН-%s-%06d' % (rng.choice(['23', '24', '25']), rng.randint(0, 999999)),
                           '%06d' % rng.randint(0, 999999), 'АА %07d' % rng.randint(0, 9999999),
                           '%s%08d' % (rng.choice(['24', '25', '23']), rng.randint(0, 99999999))]), ['sick_leave']
    elif kind == 'plate':
        r = rng.random()
        reg = '%02d' % rng.randint(1, 19)
        L = ''.join(rng.choice(LAT_PLATE) for _ in range(3))
        if r < 0.6:
            s = '%03d %s %s' % (rng.randint(1, 999), L, reg)
        elif r < 0.8:
            s = '%03d%s%s' % (rng.randint(1, 999), L, reg)
        else:
            s = '%s %03d %s' % (rng.choice('ABEHKMOPT'), rng.randint(1, 999), L)
        f = ['vehicle_plate']
    elif kind == 'plateru':
        s = '%s%03d%s %d' % (rng.choice('АВЕКМНОРСТУХ'), rng.randint(1, 999), ''.join(rng.choice('АВЕКМНОРСТУХ') for _ in range(2)),
                             rng.choice([74, 174, 55, 22, 154, 56, 72, 77]))
        f = ['vehicle_plate', 'foreign']
    elif kind == 'bin':
        s, f = make_bin(rng), ['bin']
    elif kind == 'bc':
        s, f = rng.choice(['%07d' % rng.randint(0, 9999999), 'I-ДП %07d' % rng.randint(0, 9999999)]), ['birth_certificate']
    elif kind == 'msek':
        s, f = rng.choice(['%07d' % rng.randint(0, 9999999), 'МСЭ-%d %06d' % (rng.randint(2012, 2024), rng.randint(0, 999999)),
                           'АБ %06d' % rng.randint(0, 999999)]), ['msek_certificate']
    elif kind == 'dl':
        s, f = rng.choice(['%s %06d' % (rng.choice(['AB', 'BA', 'KZ']), rng.randint(0, 999999)), '%02d%s%06d' % (rng.randint(1, 18), rng.choice(['AA', 'BN', 'KA']), rng.randint(0, 999999))]), ['driver_licence']
    elif kind == 'poa':
        s, f = '%d' % rng.randint(1000, 99999), ['power_of_attorney']
    else:
        raise KeyError(kind)
    b.ident(s, 'DOC_ID', f)


def iin_slot(b, toks):
    P = make_person(b.rng, 'p', None, b.lang)
    s = P.iin
    forms = []
    if toks and toks[0] == 's':
        s = s[:6] + b.rng.choice([' ', '-']) + s[6:]
        forms.append('split')
    lab = re.search(r'(ИИН|ЖСН|IIN)[^\n]{0,25}$', b.line_so_far())
    forms.insert(0, 'labelled' if lab else 'unlabelled')
    b.ident(s, 'IIN', forms)


# ---------------------------------------------------------------- clinical pools
def clin_pool(b, name):
    rng = b.rng
    if ':' in name:
        name, c = name.split(':')
        return kcase(clin_pool(b, name), c)
    if name == 'drugkk':
        d = rng.choice(DRUGS)
        c = rng.choice(['ins', 'acc', 'gen', 'dat', None])
        return kcase(d, c) if c else d
    if name == 'eponkk':
        return rng.choice(EPON_KK)
    return rng.choice(CLIN[name])


GEN = {'phone': phone_slot, 'email': email_slot, 'city': city_slot, 'vil': vil_slot, 'mvil': mvil_slot,
       'fcity': fcity_slot, 'dist': dist_slot, 'addr': addr_slot, 'work': work_slot, 'rec': rec_slot,
       'doc': doc_slot, 'iin': iin_slot, 'age': gen_age}
