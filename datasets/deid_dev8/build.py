"""Rebuild deid_dev8/records.jsonl:  python3 build.py   (standard library only, deterministic)."""
import datetime as dt
import json
import os
import random
import re

import gen
import people
import places
from templates import STYLES, CLIN, COMBOS, STYLE_CFG, STYLE_COMBOS

HERE = os.path.dirname(os.path.abspath(__file__))
TOKEN = re.compile(r'(\{[^{}]*\}|\[\[[^\[\]]*\]\])')

NAME_RAND = {
    'ru': ['full', 'full', 'si', 'si', 'is', 'sg', 'full+caps', 'si+low', 's', 'gs'],
    'kk': ['full', 'full', 'si', 'is', 'sg', 'gs', 'full+caps', 's', 'g', 'sg+low'],
}
NAME_RANDK = ['full', 'sg', 'gs', 'is', 's', 'g', 'gp']
DATE_RAND = {'ru': ['num', 'num', 'num', 'ru', 'roman', '2y', 'iso', 'numnz', 'ruq'],
             'kk': ['num', 'num', 'kk', 'kk', 'kkloc', '2y', 'kkposs', 'iso']}


class Ctx:
    def __init__(self, rng, lang, style, state):
        self.rng = rng
        self.lang = lang
        self.style = style
        self.state = state
        self.persons = {}
        self.dates = {}
        self.ages = {}
        cfg = STYLE_CFG[style]
        self.base = dt.date(2022, 1, 10) + dt.timedelta(days=rng.randint(0, 1260))
        self.elderly = rng.random() < cfg['elderly']
        self.page = cfg['age']
        self.pgender = None
        self.pforeign = False
        self.pieces = []
        self.tags = {}

    # ---------------- persons
    def person(self, role):
        if role in self.persons:
            return self.persons[role]
        rng = self.rng
        lang = self.lang if self.lang != 'mixed' else rng.choice(['ru', 'kk'])
        if role == 'p':
            if self.pforeign:
                p = people.new_foreigner(rng, self.pgender)
            else:
                p = people.new_person(rng, male=self.pgender, lang=lang)
            if self.elderly:
                age = rng.randint(90, 101)
            else:
                age = rng.randint(*self.page)
            p.dob = self._dob(age)
        elif role == 'fa':
            p = people.new_person(rng, male=True, lang=lang)
            p.dob = self._dob(rng.randint(24, 45))
        elif role == 'mo' and 'fa' not in self.persons and 'p' in self.persons and self.age_of('p') < 18:
            ch = self.persons['p']
            if rng.random() < 0.6 and ch.eth != 'foreign':
                p = people.new_person(rng, male=False, father=ch, surname_from='wife', lang=lang)
            else:
                p = people.new_person(rng, male=False, lang=lang)
            p.dob = self._dob(self.age_of('p') + rng.randint(19, 40))
        elif role == 'mo':
            fa = self.person('fa')
            if rng.random() < 0.6:
                p = people.new_person(rng, male=False, father=fa, surname_from='wife', lang=lang)
            else:
                p = people.new_person(rng, male=False, eth=fa.eth if fa.eth != 'ns' else None, lang=lang)
            p.dob = self._dob(rng.randint(19, 42))
        elif role in ('ch', 'ch2'):
            fa = self.person('fa')
            self.person('mo')
            p = people.new_person(rng, male=None, father=fa, surname_from='child', lang=lang)
            days = rng.randint(3, 25) if role == 'ch' else rng.randint(400, 3000)
            p.dob = self.base - dt.timedelta(days=days)
        elif role == 'sp':
            pp = self.person('p')
            if pp.male:
                p = people.new_person(rng, male=False, father=pp, surname_from='wife', lang=lang) if rng.random() < 0.6 \
                    else people.new_person(rng, male=False, lang=lang)
            else:
                p = people.new_person(rng, male=True, lang=lang)
            p.dob = self._dob(max(18, self.age_of('p') + rng.randint(-6, 6)))
        elif role in ('so', 'da'):
            pp = self.person('p')
            sp = self.person('sp')
            fa = pp if pp.male else sp
            p = people.new_person(rng, male=(role == 'so'), father=fa, surname_from='child', lang=lang)
            p.dob = self._dob(max(1, self.age_of('p') - rng.randint(20, 32)))
        elif role.startswith('o'):
            p = people.new_person(rng, lang=lang)
            p.dob = self._dob(rng.randint(90, 101))
        elif role.startswith('f'):
            p = people.new_foreigner(rng)
            p.dob = self._dob(rng.randint(30, 60))
        elif role.startswith('n'):
            p = people.new_person(rng, male=False, lang=lang)
            p.dob = self._dob(rng.randint(22, 60))
        else:
            p = people.new_person(rng, lang=lang)
            p.dob = self._dob(rng.randint(25, 68))
        self.persons[role] = p
        return p

    def _dob(self, age):
        d = self.base - dt.timedelta(days=int(age * 365.25) + self.rng.randint(5, 350))
        return d

    def age_of(self, role):
        p = self.person(role)
        b = p.dob
        a = self.base.year - b.year - ((self.base.month, self.base.day) < (b.month, b.day))
        return a

    # ---------------- dates
    def date(self, key):
        rng = self.rng
        if key.startswith('b'):
            role = key[1:] or 'p'
            return self.person(role).dob
        if key == 'h':
            return self.person('ch').dob + dt.timedelta(days=3)
        if key in self.dates:
            return self.dates[key]
        if key == 'v':
            d = self.base
        elif key.startswith('v'):
            d = self.base + dt.timedelta(days=int(key[1:]))
        elif key.startswith('p'):
            d = self.base - dt.timedelta(days=rng.randint(5, 900))
        elif key.startswith('q'):   # recent past
            d = self.base - dt.timedelta(days=rng.randint(1, 40))
        elif key.startswith('f'):
            d = self.base + dt.timedelta(days=rng.randint(3, 90))
        elif key.startswith('y'):   # years ago
            d = self.base - dt.timedelta(days=rng.randint(400, 4000))
        else:
            raise ValueError(key)
        self.dates[key] = d
        return d

    # ---------------- emit
    def t(self, s):
        if s:
            self.pieces.append(('t', s, None, None))

    def i(self, s, label, forms):
        self.pieces.append(('i', s, label, forms))

    def c(self, s):
        self.pieces.append(('c', s, None, None))


def pick(ctx, body):
    """'a|b|c' or '@tag a|b|c' (same index for every choice with that tag in a record)"""
    if body.startswith('@'):
        tag, body = body.split(' ', 1)
        opts = body.split('|')
        if tag not in ctx.tags:
            ctx.tags[tag] = ctx.rng.randrange(len(opts))
        return opts[ctx.tags[tag] % len(opts)]
    return ctx.rng.choice(body.split('|'))


def render(ctx, tmpl, blang):
    rng = ctx.rng
    for tok in TOKEN.split(tmpl):
        if not tok:
            continue
        if tok.startswith('[['):
            ctx.c(pick(ctx, tok[2:-2]))
            continue
        if not tok.startswith('{'):
            ctx.t(tok)
            continue
        body = tok[1:-1]
        if body.startswith('?'):
            ctx.t(pick(ctx, body[1:]))
            continue
        if body.startswith('#'):
            kind, rngs = body.split(':', 1)
            lo, hi = rngs.split('~')
            if kind == '#1':
                v = rng.uniform(float(lo), float(hi))
                ctx.t(('%.1f' % v).replace('.', ','))
            else:
                ctx.t(str(rng.randint(int(lo), int(hi))))
            continue
        a = body.split(':')
        k = a[0]
        if k == 'SET':
            key, val = a[1].split('=')
            if key == 'page':
                lo, hi = val.split('-')
                ctx.page = (int(lo), int(hi))
                if int(hi) < 60:
                    ctx.elderly = False
            elif key == 'sex':
                ctx.pgender = (val == 'm')
            elif key == 'foreign':
                ctx.pforeign = True
                ctx.elderly = False
            elif key == 'noold':
                ctx.elderly = False
            continue
        if k == 'N':
            role, fmt = a[1], a[2]
            case = a[3] if len(a) > 3 else None
            p = ctx.person(role)
            if fmt == 'r':
                fmt = rng.choice(NAME_RAND[blang])
            elif fmt == 'rk':
                fmt = rng.choice(NAME_RANDK)
            s, forms = people.render_name(p, fmt, blang, case, rng)
            ctx.i(s, 'NAME', forms)
        elif k == 'NC':   # three-cell name table: role
            p = ctx.person(a[1])
            s, g, pt = p.parts(blang)
            ctx.t('| ')
            ctx.i(s, 'NAME', ['split_line', 'surname_only'] + [f for f in p.flags if f in ('eponym_like', 'non_slavic')] +
                  (['kazakh_patronymic'] if 'kzpatr_surname' in p.flags else []))
            ctx.t(' | ')
            ctx.i(g, 'NAME', ['split_line', 'given_only'] + [f for f in p.flags if f in ('non_slavic',) and g not in people.RU_M + people.RU_F])
            ctx.t(' | ')
            if pt:
                ctx.i(pt, 'NAME', ['split_line', 'patronymic_only'] + (['kazakh_patronymic'] if pt.endswith(('ұлы', 'қызы', 'улы', 'кызы')) and ' ' not in pt else [])
                      + [f for f in p.flags if f in ('non_slavic',) and pt not in people.RU_PATR.values() and pt[:-2] + 'ич' not in people.RU_PATR.values()])
            else:
                ctx.t('—')
            ctx.t(' |')
        elif k == 'D':
            key, fmt = a[1], a[2]
            d = ctx.date(key)
            if fmt == 'r':
                fmt = rng.choice(DATE_RAND[blang])
            s, forms = gen.fmt_date(d, fmt, rng)
            if key.startswith('b'):
                forms = forms + ['birth_date']
            ctx.i(s, 'DATE', forms)
        elif k == 'DR':
            d1 = ctx.date(a[1])
            span = rng.randint(3, 14)
            d2 = d1 + dt.timedelta(days=span)
            if a[2] in ('num', 'ru', 'kk', 'kkloc') and d2.month != d1.month and a[2] == 'kkloc':
                d2 = d1.replace(day=min(28, d1.day + 2)) if d1.day < 26 else d1
                if d2 == d1:
                    d1 = d1.replace(day=20)
                    d2 = d1.replace(day=27)
            s, forms = gen.fmt_range(d1, d2, a[2])
            ctx.i(s, 'DATE', forms)
        elif k in ('AGE', 'AGER'):
            if k == 'AGE':
                n = ctx.age_of(a[1])
                fmt = a[2]
            else:
                n = rng.randint(90, 103)
                fmt = a[1]
            s, forms = gen.fmt_age(n, fmt)
            if n > 89:
                ctx.i(s, 'AGE', ['over_89'] + forms)
            else:
                ctx.t(s)
        elif k == 'IIN':
            p = ctx.person(a[1])
            if not getattr(p, 'iin', None):
                p.iin = gen.make_iin(rng, p.dob, p.male)
            v = p.iin
            fmt = a[2]
            forms = ['labelled' if fmt.startswith('l') else 'unlabelled']
            if fmt.endswith('s'):
                v = v[:6] + rng.choice([' ', '-']) + v[6:]
                forms.append('split')
            ctx.i(v, 'IIN', forms)
        elif k == 'PH':
            s, forms = gen.make_phone(rng, a[1])
            ctx.i(s, 'PHONE', forms)
        elif k == 'EM':
            if a[1] == 'inst':
                pre = {'nurse_handover': ['post.terapia', 'starshaya.ms', 'priemnaya', 'kense'],
                       'pharmacy': ['apteka', 'llo', 'zakaz', 'farm.otdel'],
                       'radiology': ['rentgen', 'kt.mrt', 'luchdiag', 'pacs'],
                       'vaccination_dispensary': ['privivki', 'immuno', 'registratura', 'disp.uchet'],
                       'dental': ['stom', 'info', 'zapis', 'reception'],
                       'psych_narco': ['psy.help', 'narko', 'kense', 'registratura'],
                       'home_visit': ['patronazh', 'uchastok', 'registratura', 'vop']}[ctx.style]
                dom = {'nurse_handover': ['gkb7', 'oblbol', 'crb-talgar', 'gkb4'], 'pharmacy': ['europharma', 'sadykhan', 'apteka-plus', 'sk-farmacia'],
                       'radiology': ['gkb7', 'ocod', 'diagcenter', 'oblbol'], 'vaccination_dispensary': ['gp5', 'cpmsp-almaty', 'polyclinic12', 'crb-talgar'],
                       'dental': ['dent-city', 'smile-dent', 'aktis', 'dentalux'], 'psych_narco': ['rpnd', 'narkodisp', 'cpz', 'oblpnd'],
                       'home_visit': ['gp5', 'cpmsp-almaty', 'polyclinic12', 'vab-kaskelen']}[ctx.style]
                s = rng.choice(pre) + '@' + rng.choice(dom) + \
                    rng.choice(['.kz', '.kz', '.gov.kz', '.med.kz'])
                ctx.i(s, 'EMAIL', ['institutional'])
            else:
                p = ctx.person(a[1])
                s, g, _ = p.parts('ru')
                base = gen.translit(g).lower() + rng.choice(['.', '_', '']) + gen.translit(s).lower() if rng.random() < 0.6 \
                    else gen.translit(s).lower() + str(rng.randint(1, 99))
                base = base.replace("'", '').replace(' ', '').replace('-', '')
                base = base.replace('ı', 'i').replace('ş', 's').replace('ç', 'c').replace('ö', 'o').replace('ü', 'u').replace('ğ', 'g')
                s = base + rng.choice(['', '', str(rng.randint(70, 99))]) + '@' + rng.choice(['mail.ru', 'gmail.com', 'inbox.ru', 'yandex.kz', 'list.ru', 'bk.ru', 'mail.kz'])
                ctx.i(s, 'EMAIL', ['personal'])
        elif k == 'A':
            kind = a[1]
            case = a[2] if len(a) > 2 else None
            L = 'kk' if blang == 'kk' else 'ru'
            if L == 'kk' and case and case.startswith('k'):
                case = case[1:]
            if kind == 'full':
                s, forms = places.full_address(rng, L)
            elif kind == 'ffull':
                s, forms = places.foreign_full(rng, L)
            elif kind in ('settl', 'vil', 'city'):
                kinds = {'settl': ('city', 'town'), 'vil': ('village',), 'city': ('city',)}[kind]
                s, forms = places.settl_surface(places.settlement(rng, kinds), L, case, rng)
            elif kind == 'fset':
                s, forms = places.foreign_settl(rng, L, case)
            elif kind == 'dist':
                s, forms = places.district(rng, L, case)
            elif kind == 'mkr':
                s, forms = places.mkr(rng, L)
            elif kind == 'sun':
                s, forms = places.street_unmarked(rng, L)
            elif kind == 'work':
                s, forms = places.workplace(rng, L)
            elif kind == 'school':
                s, forms = places.workplace(rng, L, True)
            else:
                raise ValueError(kind)
            ctx.i(s, 'ADDRESS', forms)
        elif k == 'R':
            kind = a[1]
            st = ctx.state
            if kind in ('hosp', 'lab', 'vkk', 'xray', 'opc', 'disp') and st['twelve'] < 35 and st['rng12'].random() < 0.3:
                s = gen.make_invalid12(rng)
                _, f0 = places.record_id(rng, kind)
                forms = ['twelve_digit', 'invalid_checksum'] + f0
                st['twelve'] += 1
            else:
                s, forms = places.record_id(rng, kind)
            ctx.i(s, 'RECORD_ID', forms)
        elif k == 'DOC':
            if a[1] == 'bin':
                ctx.i(gen.make_bin(rng), 'DOC_ID', ['bin'])
            else:
                kind = a[1]
                if kind == 'any':
                    kind = rng.choice(['idc', 'idc', 'pkz', 'pru', 'puz', 'pkg', 'rp'])
                s, forms = places.doc_id(rng, kind)
                ctx.i(s, 'DOC_ID', forms)
        elif k == 'CL':
            w = rng.choice(CLIN[a[1]])
            if len(a) > 2:
                w = gen.kk_case(w, a[2])
            ctx.c(w)
        else:
            raise ValueError(tok)


def ocrify(rng, s):
    out = []
    for ch in s:
        if ch == ' ' and rng.random() < 0.12:
            out.append('  ')
        elif ch in ',:' and rng.random() < 0.35:
            out.append(' ' + ch)
        else:
            out.append(ch)
    return ''.join(out)


def assemble(ctx, ocr):
    text = []
    pos = 0
    ids, clin = [], []
    # merge adjacent plain pieces
    for kind, s, label, forms in ctx.pieces:
        if kind == 't' and ocr:
            s = ocrify(ctx.rng, s)
        if kind == 'i':
            ids.append({'start': pos, 'end': pos + len(s), 'label': label, 'forms': forms})
        elif kind == 'c':
            clin.append({'start': pos, 'end': pos + len(s)})
        text.append(s)
        pos += len(s)
    return ''.join(text), ids, clin


def main():
    state = {'twelve': 0, 'rng12': random.Random('deid_dev8-twelve')}
    recs = []
    n = 0
    styles = list(STYLES)
    for style in styles:
        for lang in ('ru', 'kk', 'mixed'):
            combos = STYLE_COMBOS.get(style, COMBOS)[lang]
            for j in range(10):
                n += 1
                ti = j % len(combos)
                combo = combos[ti]
                rng = random.Random('deid_dev8|%s|%s|%d' % (style, lang, j))
                ctx = Ctx(rng, lang, style, state)
                for part, (bl, idx) in zip('HBF', combo):
                    blocks = STYLES[style][bl][part]
                    render(ctx, blocks[idx % len(blocks)], bl)
                    ctx.t('\n')
                if ctx.pieces and ctx.pieces[-1][0] == 't':
                    k, s, l, f = ctx.pieces[-1]
                    ctx.pieces[-1] = (k, s.rstrip('\n') + '\n', l, f)
                ocr = rng.random() < 0.12
                text, ids, clin = assemble(ctx, ocr)
                recs.append({'id': None, 'language': lang, 'style': style, 'template': '%s_%s_%02d' % (style, lang, ti + 1),
                             'text': text, 'identifiers': ids, 'clinical': clin})
    order = random.Random('deid_dev8-order').sample(range(len(recs)), len(recs))
    out = []
    for k, idx in enumerate(order):
        r = recs[idx]
        r['id'] = 'd8-%04d' % (k + 1)
        out.append(r)
    with open(os.path.join(HERE, 'records.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps({'id': r['id'], 'language': r['language'], 'style': r['style'], 'template': r['template'],
                                'text': r['text'], 'identifiers': r['identifiers'], 'clinical': r['clinical']},
                               ensure_ascii=False) + '\n')
    print('records', len(out), 'twelve_digit', state['twelve'])


if __name__ == '__main__':
    main()
