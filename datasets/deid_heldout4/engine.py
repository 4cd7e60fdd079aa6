# Renderer: templates are strings with {slots} and [[clinical]] pieces; offsets are
# recorded while the text is assembled, so they are correct by construction.
import re, datetime
from gen import *
from pools import *

ETH = [('kz', 60), ('ru', 17), ('ua', 3), ('de', 3), ('ko', 3), ('uz', 3), ('ug', 2.5), ('tt', 2.5), ('du', 1.2), ('tr', 1.2), ('ch', 1.2), ('az', 1.2), ('ep', 5)]
NONSLAVIC = {'ua', 'de', 'ko', 'uz', 'ug', 'tt', 'du', 'tr', 'ch', 'az', 'trf'}
KO_INDECL = set(KO_SUR)

def wchoice(rng, items):
    tot = sum(w for _, w in items); x = rng.uniform(0, tot)
    for v, w in items:
        x -= w
        if x <= 0: return v
    return items[-1][0]

class Person:
    def __init__(self, ctx, hint=None):
        r = ctx.rng; self.ctx = ctx
        self.eth = wchoice(r, ETH)
        if ctx.rng.random() < 0.012: self.eth = 'trf'
        self.sex = r.choice('MF')
        hs = hint or set()
        if 'M' in hs: self.sex = 'M'
        if 'F' in hs: self.sex = 'F'
        hint = next((h for h in hs if h in ('old', 'child', 'adult')), None)
        self.eponym = False; self.kzpat = False; self.indecl = False
        e = self.eth
        def fem(s):
            if s.endswith(('ов', 'ев', 'ёв', 'ин', 'ын')): return s + 'а'
            if s.endswith(('ский', 'цкий')): return s[:-2] + 'ая'
            return s
        def rpat(stem): return stem + ('ич' if self.sex == 'M' else 'на')
        if e == 'kz':
            sur = r.choice(KZ_SUR); giv = r.choice(KZ_M if self.sex == 'M' else KZ_F); fa = r.choice(KZ_FATHER)
            if r.random() < 0.07:
                sur = r.choice(KZ_FATHER) + ('ұлы' if self.sex == 'M' else 'қызы')
            elif self.sex == 'F': sur = fem(sur)
            if r.random() < 0.5:
                pat = fa + ('ұлы' if self.sex == 'M' else 'қызы'); self.kzpat = True
            else:
                st = (fa[:-1] + 'ев') if fa.endswith('й') else fa + 'ов'
                pat = st + ('ич' if self.sex == 'M' else 'на')
            if r.random() < 0.08: pat = None
            if ctx.ortho == 'ru':
                sur = ru_ortho(sur); giv = ru_ortho(giv); pat = ru_ortho(pat) if pat else None
                if self.sex == 'F' and giv.endswith('л'): giv += 'ь'
        elif e in ('ru', 'ep'):
            sur = r.choice(RU_SUR if e == 'ru' else EPONYM_SUR)
            self.eponym = e == 'ep'
            giv = r.choice(RU_M if self.sex == 'M' else RU_F); pat = rpat(r.choice(RU_PAT))
            if self.sex == 'F': sur = fem(sur)
            if sur in DE_SUR: self.eth = 'de'
        elif e == 'trf':
            sur, giv = r.choice([x for x in TRK_FOREIGN if (x[1] in ('Ayşe', 'Emine', 'Fatma')) == (self.sex == 'F')]); pat = None
        else:
            P = {'ua': (UA_SUR, UA_M, UA_F), 'de': (DE_SUR, DE_M, DE_F), 'ko': (KO_SUR, KO_M, KO_F), 'uz': (UZ_SUR, UZ_M, UZ_F),
                 'ug': (UG_SUR, UG_M, UG_F), 'tt': (TT_SUR, TT_M, TT_F), 'du': (DU_SUR, DU_M, DU_F), 'tr': (TR_SUR, TR_M, TR_F),
                 'ch': (CH_SUR, CH_M, CH_F), 'az': (AZ_SUR, AZ_M, AZ_F)}[e]
            sur = r.choice(P[0]); giv = r.choice(P[1] if self.sex == 'M' else P[2])
            if self.sex == 'F': sur = fem(sur)
            if e == 'az':
                pat = r.choice(AZ_M) + (' оглы' if self.sex == 'M' else ' кызы')
            elif e in ('uz', 'ug', 'du', 'tr', 'ch', 'tt'):
                fa = r.choice(P[1]); pat = (fa[:-1] + 'ев' if fa[-1] in 'йь' else fa + 'ов') + ('ич' if self.sex == 'M' else 'на')
            else: pat = rpat(r.choice(RU_PAT))
            self.indecl = sur in KO_INDECL
            if sur in EPONYM_SUR: self.eponym = True
        if sur.endswith(('ұлы', 'қызы', 'улы', 'кызы')) or sur.endswith(('ко', 'ых', 'их')) or self.eth == 'trf': self.indecl = True
        self.sur, self.giv, self.pat = sur, giv, pat
        # age / dob / iin
        if hint == 'old': age = r.randint(90, 104)
        elif hint == 'child': age = r.randint(0, 15)
        elif hint == 'adult': age = r.randint(24, 66)
        else:
            x = r.random()
            age = r.randint(90, 103) if x < 0.26 else (r.randint(1, 17) if x < 0.33 else r.randint(18, 89))
        self.age = age
        b = ctx.base
        y = b.year - age
        while True:
            try:
                dob = datetime.date(y, r.randint(1, 12), r.randint(1, 28))
                break
            except ValueError: pass
        if dob > b.replace(year=y): dob = dob.replace(year=y - 1) if not (dob.month == 2 and dob.day == 29) else dob
        self.dob = dob
        self.iin = make_iin(r, dob, self.sex)

    def parts(self, case=None, shown='SGP'):
        S, G, Pt = self.sur, self.giv, self.pat
        ch = False
        if case in RU_CASES:
            S2 = ru_decl(S, self.sex, case, 'sur', self.indecl)
            G2 = ru_decl(G, self.sex, case, 'giv', self.eth == 'trf')
            P2 = ru_decl(Pt, self.sex, case, 'pat') if Pt else None
            ch = ('S' in shown and S2 != S) or ('G' in shown and G2 != G) or ('P' in shown and P2 != Pt)
            S, G, Pt = S2, G2, P2
        return S, G, Pt, ch

def make_iin(r, dob, sex):
    c = (3 if sex == 'M' else 4) if dob.year < 2000 else (5 if sex == 'M' else 6)
    while True:
        d11 = f'{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{c}{r.randint(0, 9999):04d}'
        k = kz_check(d11)
        if k is not None: return d11 + str(k)

def make_bin(r, dt):
    while True:
        d11 = f'{dt.year % 100:02d}{dt.month:02d}{r.choice("456")}{r.choice("0001")}{r.randint(0, 99999):05d}'
        k = kz_check(d11)
        if k is not None: return d11 + str(k)

def make_invalid12(r, dt):
    while True:
        d11 = f'{r.randint(40, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.choice("3456")}{r.randint(0, 9999):04d}'
        k = kz_check(d11)
        bad = [x for x in range(10) if x != k]
        num = d11 + str(r.choice(bad))
        if not kz_valid(num): return num

def initials(ctx, G, Pt):
    r = ctx.rng
    v = r.random()
    if not Pt: return G[0] + '.'
    p0 = Pt[0]
    if v < 0.62: return f'{G[0]}.{p0}.'
    if v < 0.85: return f'{G[0]}. {p0}.'
    if v < 0.93: return f'{G[0]}.{p0}'
    return f'{G[0]}{p0}'

def name_form(ctx, p, form, args):
    r = ctx.rng
    case = next((a for a in args if a in RU_CASES or a.startswith('k')), None)
    forms = []
    rucase = case if case in RU_CASES else None
    shown = {'fio': 'SGP', 'fi': 'SG', 'if': 'SG', 'gp': 'GP', 'si': 'S', 'is': 'S', 's': 'S', 'g': 'G', 'lat': ''}[form]
    S, G, Pt, ch = p.parts(rucase, shown)
    sep = '\n' if 'split' in args else ' '
    if form == 'fio': txt = S + sep + G + (' ' + Pt if Pt else ''); forms.append('full' if Pt else 'surname_given')
    elif form == 'fi': txt = S + sep + G; forms.append('surname_given')
    elif form == 'if': txt = G + sep + S; forms.append('given_surname')
    elif form == 'gp':
        txt = G + (' ' + Pt if Pt else ''); forms.append('given_patronymic' if Pt else 'given_only')
    elif form == 'si':
        if case and case.startswith('k'): txt = initials(ctx, G, Pt) + sep + S; forms.append('initials_surname')
        else: txt = S + sep + initials(ctx, G, Pt); forms.append('surname_initials')
    elif form == 'is': txt = initials(ctx, G, Pt) + sep + S; forms.append('initials_surname')
    elif form == 's': txt = S; forms.append('surname_only')
    elif form == 'g': txt = G; forms.append('given_only')
    elif form == 'lat':
        txt = latin(p.sur if p.eth != 'trf' else p.sur).upper() + sep + latin(p.giv).upper()
        if p.eth == 'trf': txt = p.sur.upper() + sep + p.giv.upper()
        forms += ['surname_given', 'latin']
        ch = False
    else: raise ValueError(form)
    if case and case.startswith('k'):
        kc = {'kdat': 'dat', 'kgen': 'gen', 'kacc': 'acc', 'kabl': 'abl', 'kins': 'ins', 'kloc': 'loc'}[case]
        txt = ksuf(txt, kc); ch = True
    if ch and form != 'lat': forms.append('case_form')
    if 'caps' in args: txt = txt.upper(); forms.append('caps')
    if 'lc' in args: txt = txt.lower(); forms.append('lowercase')
    if 'split' in args or 'cell' in args: forms.append('split_line')
    if p.eponym and form not in ('g', 'gp'): forms.append('eponym_like')
    if p.eth in NONSLAVIC: forms.append('non_slavic')
    if p.kzpat and Pt and form in ('fio', 'gp'): forms.append('kazakh_patronymic')
    if p.eth == 'trf': forms.append('foreign')
    return txt, forms

# ---------------- phones ----------------
KZ_MOB = ['700', '701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778']
CITY_CODES = [('7172', 6), ('727', 7), ('7212', 6), ('7252', 6), ('7132', 6), ('7182', 6), ('7232', 6), ('7222', 6), ('7122', 6), ('7142', 6), ('7242', 6),
              ('7112', 6), ('7152', 6), ('7292', 6), ('7262', 6), ('7213', 6), ('7162', 6), ('7282', 6), ('72771', 5), ('72775', 5), ('7273', 6)]
def phone(ctx, shape):
    r = ctx.rng
    if shape in ('eight_any', 'plus7_any', 'compact'):
        want = {'eight_any': 'eight', 'plus7_any': 'plus7', 'compact': 'compact'}[shape]
        while True:
            t, f = phone(ctx, 'mob')
            if want in f: return t, f
    if shape == 'any': shape = r.choice(['mob', 'mob', 'mob', 'land', 'local', 'foreign'])
    if shape == 'mob':
        c = r.choice(KZ_MOB); a, b, d = r.randint(100, 999), r.randint(0, 99), r.randint(0, 99)
        v = r.randint(0, 9)
        return [(f'+7 {c} {a} {b:02d} {d:02d}', ['plus7', 'spaced']), (f'+7({c}){a}-{b:02d}-{d:02d}', ['plus7']), (f'+7{c}{a}{b:02d}{d:02d}', ['plus7', 'compact']),
                (f'8 {c} {a} {b:02d} {d:02d}', ['eight', 'spaced']), (f'8-{c}-{a}-{b:02d}-{d:02d}', ['eight']), (f'8({c}){a}{b:02d}{d:02d}', ['eight']),
                (f'8{c}{a}{b:02d}{d:02d}', ['eight', 'compact']), (f'8.{c}.{a}.{b:02d}.{d:02d}', ['eight', 'dotted']), (f'+7 {c} {a}{b:02d}{d:02d}', ['plus7', 'spaced']),
                (f'+7.{c}.{a}.{b:02d}.{d:02d}', ['plus7', 'dotted'])][v]
    if shape == 'land':
        code, n = r.choice(CITY_CODES)
        num = ''.join(str(r.randint(0, 9)) for _ in range(n)); num = str(r.randint(2, 5)) + num[1:]
        g = f'{num[:-4]}-{num[-4:-2]}-{num[-2:]}'
        v = r.randint(0, 3)
        return [(f'8 ({code}) {g}', ['landline', 'eight']), (f'+7 {code} {num[:-4]} {num[-4:-2]} {num[-2:]}', ['landline', 'plus7', 'spaced']),
                (f'8({code}){g}', ['landline', 'eight']), (f'8-{code}-{num}', ['landline', 'eight'])][v]
    if shape == 'local':
        n = r.choice([6, 6, 5])
        num = str(r.randint(2, 7)) + ''.join(str(r.randint(0, 9)) for _ in range(n - 1))
        return (f'{num[:-4]}-{num[-4:-2]}-{num[-2:]}', ['local'])
    if shape == 'foreign':
        v = r.randint(0, 4)
        if v == 0: return (f'+998 {r.choice(["90", "91", "93", "97", "99"])} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}', ['foreign'])
        if v == 1: return (f'+996 {r.choice(["555", "700", "772", "505"])} {r.randint(100, 999)} {r.randint(100, 999)}', ['foreign'])
        if v == 2: return (f'+90 5{r.randint(30, 59)} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}', ['foreign'])
        return (f'+7 9{r.randint(10, 99)} {r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(10, 99)}', ['foreign', 'plus7'])
    raise ValueError(shape)

MAILDOM = ['mail.ru', 'gmail.com', 'inbox.kz', 'yandex.kz', 'list.ru', 'bk.ru', 'mail.kz', 'icloud.com']
INST_MAIL = ['priemnoe', 'info', 'kense', 'travma', 'ortopedia', 'stat', 'rentgen', 'lab', 'qabyldau', 'emhana', 'hirurgia', 'dmc']
INST_DOM = ['gkb4.kz', 'okb-pavlodar.kz', 'gp12.kz', 'crb-talgar.kz', 'mgb2-shymkent.kz', 'zdrav-kost.kz', 'oblbol.kz', 'med-aktobe.kz', 'kgp-gp5.kz', 'gmp3.kz', 'krb.kz', 'taraz-med.kz']
def email(ctx, p, kind):
    r = ctx.rng
    if kind == 'inst':
        return f'{r.choice(INST_MAIL)}{r.choice(["", "", "_" + str(r.randint(1, 9)), "." + r.choice(["oto", "ho", "to2"])])}@{r.choice(INST_DOM)}', ['institutional']
    s = latin(p.sur).lower(); g = latin(p.giv).lower()
    if p.eth == 'trf': s, g = p.sur.lower().translate(str.maketrans('ışçğöü', 'iscgou')), p.giv.lower().translate(str.maketrans('ışçğöü', 'iscgou'))
    v = r.randint(0, 5)
    loc = [f'{g}.{s}', f'{s}_{g[0]}', f'{g}{p.dob.year % 100:02d}', f'{s}.{g[0]}{p.dob.year}', f'{g}_{s[:4]}{r.randint(1, 99)}', f'{g[0]}{s}'][v]
    return f'{loc}@{r.choice(MAILDOM)}', ['personal']

# ---------------- addresses ----------------
def ru_case_place(w, case):
    if ' ' in w or w[-1] in 'иоуеыю' or w.endswith(('ау', 'ое', 'бе', 'би')): return w
    if w == 'Рудный': return {'gen': 'Рудного', 'prep': 'Рудном'}[case]
    if w.endswith('а'): return w[:-1] + ({'gen': 'ы' if w[-2] not in 'гкхжшчщ' else 'и', 'prep': 'е'}[case])
    if w[-1] in 'йь': return w[:-1] + {'gen': 'я', 'prep': 'е'}[case]
    return w + {'gen': 'а', 'prep': 'е'}[case]

def ru_dist(adj, case):
    if adj.endswith('ий'):
        st = adj[:-2]; return st + {'nom': 'ий', 'gen': 'ого', 'prep': 'ом'}[case] + ' ' + {'nom': 'район', 'gen': 'района', 'prep': 'районе'}[case]
    return adj

def address(ctx, kind):
    r = ctx.rng
    k = kind.split('_')
    lang = k[1] if len(k) > 1 else ('kk' if ctx.lang == 'kk' else 'ru')
    mod = k[2] if len(k) > 2 else 'nom'
    base = k[0]
    if base in ('set', 'vil', 'for'):
        pool = CITIES if base == 'set' else (VILLAGES if base == 'vil' else FOREIGN)
        it = r.choice(pool)
        forms = ['settlement'] + (['village'] if base == 'vil' else []) + (['foreign'] if base == 'for' else [])
        if lang == 'kk':
            w = it[0]
            if mod != 'nom': w = ksuf(w, mod); forms.append('case_form')
        else:
            w = it[1]
            if mod != 'nom':
                w2 = (it[2] if mod == 'gen' else it[3]) if base == 'for' else ru_case_place(w, mod)
                if w2 != w: forms.append('case_form')
                w = w2
        if ' ' in w: forms.append('multi_word')
        return w, forms
    if base == 'dist':
        it = r.choice(DISTRICTS)
        if lang == 'kk':
            w = it[0] + ' ауданы'
            if mod != 'nom': w = ksuf(w, mod)
        else:
            w = ru_dist(it[1], mod)
        return w, ['district'] + (['case_form'] if mod != 'nom' else [])
    if base == 'street':
        st = r.choice(STREETS); h = r.randint(1, 240)
        if lang == 'kk':
            return r.choice([f'{st[0]} {h}-үй, {r.randint(1, 150)}-пәтер', f'{st[0]} {h}/{r.randint(1, 90)}', f'{st[0]}, {h}']), ['street_unmarked']
        return r.choice([f'{st[1]} {h}, кв {r.randint(1, 150)}', f'{st[1]} {h}-{r.randint(1, 90)}', f'{st[1]}, {h}', f'{st[1]} д.{h} кв.{r.randint(1, 99)}', f'{st[1].upper()} {h}']), ['street_unmarked']
    if base == 'mkr':
        m = r.choice(MKR); h = r.randint(1, 60)
        if lang == 'kk':
            return r.choice([f'{m[0]} ш/а, {h}-үй', f'ш/а {m[0]}, {h}-үй, {r.randint(1, 99)}-пәтер', f'{m[0]} шағын ауданы, {h}']), ['partial', 'microdistrict']
        return r.choice([f'мкр. {m[1]}, д. {h}', f'мкр {m[1]} {h}-{r.randint(1, 99)}', f'{r.randint(1, 34)} мкр., д. {h}, кв. {r.randint(1, 90)}', f'мкр.{m[1]}, {h}']), ['partial', 'microdistrict']
    if base == 'work':
        return r.choice(WORK_KK if lang == 'kk' else WORK_RU), ['workplace']
    if base == 'school':
        return r.choice(SCHOOL_KK if lang == 'kk' else SCHOOL_RU).format(n=r.randint(2, 180)), ['workplace', 'school']
    if base == 'full':
        city = r.choice(CITIES); st = r.choice(STREETS); h = r.randint(1, 250); a = r.randint(1, 160)
        pc = f'{r.choice(["01", "05", "10", "11", "14", "16", "04", "06", "08", "09", "15", "13"])}{r.randint(0, 9999):04d}'
        if lang == 'kk':
            v = r.randint(0, 3)
            t = [f'{city[0]} қ., {st[0]} көшесі, {h}-үй, {a}-пәтер', f'{pc}, {city[0]} қаласы, {st[0]} к-сі, {h} үй, {a} пәтер',
                 f'{city[0]} қ., {r.choice(MKR)[0]} ш/а, {h}-үй, {a}-пәтер', f'{r.choice(VILLAGES)[0]} ауылы, {st[0]} көшесі, {h}'][v]
        else:
            v = r.randint(0, 5)
            t = [f'г. {city[1]}, ул. {st[1]}, д. {h}, кв. {a}', f'{pc}, г.{city[1]}, ул.{st[1]} {h}-{a}', f'{city[1]}, пр. {st[1]}, {h}, кв {a}',
                 f'г. {city[1]}, мкр. {r.choice(MKR)[1]}, д.{h}, кв.{a}', f'с. {r.choice(VILLAGES)[1]}, ул. {st[1]}, д. {h}', f'РК, {pc}, г. {city[1]}, ул. {st[1]}, {h}'][v]
        return t, ['full_postal']
    if base == 'forfull':
        f = r.choice(FOREIGN)
        return r.choice([f'г. {f[1]}, ул. Навои, д. {r.randint(1, 99)}', f'{f[1]}, ул. Ленина {r.randint(1, 99)}-{r.randint(1, 99)}', f'г. {f[1]}, мкр. {r.randint(1, 12)}, д. {r.randint(1, 40)}']), ['full_postal', 'foreign']
    raise ValueError(kind)

# ---------------- record / document numbers ----------------
def record(ctx, kind):
    r = ctx.rng; y = ctx.base.year
    if kind == 'hosp':
        return r.choice([f'{r.randint(100, 19999)}/{y % 100}', f'{r.randint(1000, 29999)}', f'И-{y}/{r.randint(100, 9999)}', f'{y}-{r.randint(1, 99999):05d}', f'С-{r.randint(1000, 9999)}']), ['hospitalisation']
    if kind == 'amb':
        return r.choice([f'{r.randint(1000, 99999)}', f'А-{r.randint(100, 9999)}', f'АК-{r.randint(1, 999999):06d}', f'{r.randint(10, 99)}-{r.randint(1000, 9999)}']), ['outpatient_card']
    if kind == 'op':
        return r.choice([f'{r.randint(10, 1999)}', f'ОП-{r.randint(100, 2999)}/{y % 100}', f'{r.randint(100, 999)}-{y % 100}']), ['operation_protocol']
    if kind == 'xray':
        return r.choice([f'R-{y}-{r.randint(1, 99999):05d}', f'Рг-{r.randint(100, 9999)}', f'{r.randint(1000, 9999)}', f'КТ-{r.randint(100, 9999)}/{y % 100}', f'MR{r.randint(100000, 999999)}']), ['xray']
    if kind == 'lab':
        return r.choice([f'Л-{r.randint(100000, 999999)}', f'{r.randint(10**9, 10**10 - 1)}', f'{r.randint(1000, 99999)}', f'LAB-{y % 100}-{r.randint(1000, 9999)}']), ['lab']
    if kind == 'call':
        return r.choice([f'{r.randint(10, 999)}', f'{r.randint(1000, 9999)}-{y % 100}', f'{r.randint(100000, 999999)}']), ['ambulance_call']
    raise ValueError(kind)

def doc(ctx, kind):
    r = ctx.rng
    if kind == 'id': return f'{r.randint(0, 99999999):09d}' if r.random() < 0.5 else f'0{r.randint(10000000, 99999999)}', ['id_card']
    if kind == 'pkz': return f'N{r.randint(1000000, 19999999):08d}', ['passport', 'kz']
    if kind == 'pru': return r.choice([f'{r.randint(10, 99)} {r.randint(10, 24)} {r.randint(100000, 999999)}', f'{r.randint(1000, 9999)} {r.randint(100000, 999999)}']), ['passport', 'russian']
    if kind == 'puz': return f'{r.choice(["AA", "AB", "AC", "FA"])}{r.randint(1000000, 9999999)}', ['passport', 'uzbek']
    if kind == 'pkg': return f'{r.choice(["AN", "AC", "ID"])}{r.randint(1000000, 9999999)}', ['passport', 'kyrgyz']
    if kind == 'pol': return r.choice([f'{r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}', f'ДМС-{r.randint(100000, 999999)}', f'{r.randint(10, 99)}-{r.randint(1000000, 9999999)}', f'KZ{r.randint(10**8, 10**9 - 1)}']), ['policy']
    if kind == 'sick': return r.choice([f'{r.randint(100000, 9999999)}', f'ЭЛН-{ctx.base.year}-{r.randint(100000, 999999)}', f'{r.randint(10, 99)} {r.randint(100000, 999999)}']), ['sick_leave']
    if kind == 'plate':
        L3 = ''.join(r.choice('ABCDEHKMOPTXZSY') for _ in range(3)); reg = r.choice(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19'])
        return r.choice([f'{r.randint(100, 999)} {L3} {reg}', f'{r.randint(100, 999)}{L3}{reg}', f'{r.choice("ABEKMHOPCTX")} {r.randint(100, 999)} {L3}']), ['vehicle_plate']
    if kind == 'bin': return make_bin(r, ctx.base - datetime.timedelta(days=r.randint(400, 9000))), ['bin']
    if kind == 'birth': return r.choice([f'{r.randint(0, 9999999):07d}', f'I-{r.choice(["АЖ", "ЖК", "ОҚ", "ПВ"])} {r.randint(100000, 999999)}']), ['birth_certificate']
    raise ValueError(kind)
