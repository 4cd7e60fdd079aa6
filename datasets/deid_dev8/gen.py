"""Identifier generators for deid_dev8 (standard library only)."""
import datetime as dt

# ---------------------------------------------------------------- IIN / BIN
W1 = list(range(1, 12))
W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]


def check_digit(d11):
    s = sum(int(a) * b for a, b in zip(d11, W1)) % 11
    if s == 10:
        s = sum(int(a) * b for a, b in zip(d11, W2)) % 11
        if s == 10:
            return None
    return s


def iin_valid(s):
    if len(s) != 12 or not s.isdigit():
        return False
    c = check_digit(s[:11])
    if c is None or c != int(s[11]):
        return False
    return True


def make_iin(rng, dob, male):
    if dob.year < 2000:
        cd = '3' if male else '4'
    else:
        cd = '5' if male else '6'
    while True:
        d11 = dob.strftime('%y%m%d') + cd + '%04d' % rng.randint(1, 9999)
        c = check_digit(d11)
        if c is not None:
            return d11 + str(c)


def make_bin(rng):
    while True:
        d11 = '%02d%02d' % (rng.randint(0, 23), rng.randint(1, 12)) + rng.choice('4456') + rng.choice('0001') + '%05d' % rng.randint(1, 99999)
        c = check_digit(d11)
        if c is not None:
            return d11 + str(c)


def make_invalid12(rng):
    while True:
        y = rng.randint(40, 99) if rng.random() < 0.7 else rng.randint(0, 23)
        d = dt.date(1900 + y if y > 30 else 2000 + y, rng.randint(1, 12), rng.randint(1, 28))
        d11 = d.strftime('%y%m%d') + rng.choice('3456') + '%04d' % rng.randint(0, 9999)
        c = check_digit(d11)
        bad = [x for x in range(10) if x != c]
        s = d11 + str(rng.choice(bad))
        if not iin_valid(s):
            return s


# ---------------------------------------------------------------- translit
TR = {'а': 'a', 'ә': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'ғ': 'g', 'д': 'd', 'е': 'e', 'ё': 'e', 'ж': 'zh',
      'з': 'z', 'и': 'i', 'й': 'i', 'к': 'k', 'қ': 'k', 'л': 'l', 'м': 'm', 'н': 'n', 'ң': 'n', 'о': 'o',
      'ө': 'o', 'п': 'p', 'р': 'r', 'с': 's', 'т': 't', 'у': 'u', 'ұ': 'u', 'ү': 'u', 'ф': 'f', 'х': 'kh',
      'һ': 'h', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh', 'щ': 'shch', 'ъ': '', 'ы': 'y', 'і': 'i', 'ь': '',
      'э': 'e', 'ю': 'yu', 'я': 'ya'}


def translit(s):
    out = []
    for ch in s:
        lo = ch.lower()
        if lo in TR:
            t = TR[lo]
            if ch != lo and t:
                t = t[0].upper() + t[1:]
            out.append(t)
        else:
            out.append(ch)
    return ''.join(out)


KK2RU = str.maketrans({'ә': 'а', 'ғ': 'г', 'қ': 'к', 'ң': 'н', 'ө': 'о', 'ұ': 'у', 'ү': 'у', 'һ': 'х', 'і': 'и',
                       'Ә': 'А', 'Ғ': 'Г', 'Қ': 'К', 'Ң': 'Н', 'Ө': 'О', 'Ұ': 'У', 'Ү': 'У', 'Һ': 'Х', 'І': 'И'})


def simp(s):
    return s.translate(KK2RU)


# ---------------------------------------------------------------- Kazakh case endings
VOW = set('аәеёиоөуұүыіэюя')
BACKV = set('аоұыяу')
FRONTV = set('әөүіеэи')
VOICELESS = set('кқпстфхцчшщбвгд')
SONOR = set('лруйи')   # и/у/й behave like sonorants for suffixes
NASAL = set('мнң')


def _front(w):
    for ch in reversed(w.lower()):
        if ch in BACKV:
            return False
        if ch in FRONTV:
            return True
    return False


def kk_case(word, case):
    """case: gen, dat, acc, loc, abl, ins"""
    if not case:
        return word
    w = word.lower()
    fr = _front(w)
    poss = w.endswith(('ұлы', 'улы', 'қызы', 'кызы'))
    last = w[-1]
    if poss:
        suf = {'gen': ('ның', 'нің'), 'dat': ('на', 'не'), 'acc': ('н', 'н'), 'loc': ('нда', 'нде'),
               'abl': ('нан', 'нен'), 'ins': ('мен', 'мен')}[case]
        return word + suf[fr]
    if last in VOW and last not in 'иу':
        cls = 'v'
    elif last in NASAL:
        cls = 'n'
    elif last in 'жз':
        cls = 'z'
    elif last in SONOR:
        cls = 's'
    elif last in VOICELESS:
        cls = 'k'
    else:
        cls = 's'
    T = {
        'gen': {'v': ('ның', 'нің'), 'n': ('ның', 'нің'), 'z': ('дың', 'дің'), 's': ('дың', 'дің'), 'k': ('тың', 'тің')},
        'acc': {'v': ('ны', 'ні'), 'n': ('ды', 'ді'), 'z': ('ды', 'ді'), 's': ('ды', 'ді'), 'k': ('ты', 'ті')},
        'dat': {'v': ('ға', 'ге'), 'n': ('ға', 'ге'), 'z': ('ға', 'ге'), 's': ('ға', 'ге'), 'k': ('қа', 'ке')},
        'loc': {'v': ('да', 'де'), 'n': ('да', 'де'), 'z': ('да', 'де'), 's': ('да', 'де'), 'k': ('та', 'те')},
        'abl': {'v': ('дан', 'ден'), 'n': ('нан', 'нен'), 'z': ('дан', 'ден'), 's': ('дан', 'ден'), 'k': ('тан', 'тен')},
        'ins': {'v': ('мен', 'мен'), 'n': ('бен', 'бен'), 'z': ('бен', 'бен'), 's': ('мен', 'мен'), 'k': ('пен', 'пен')},
    }
    return word + T[case][cls][fr]


# ---------------------------------------------------------------- Russian declension of names
def ru_surname(s, male, case):
    if not case:
        return s
    i = {'gen': 0, 'dat': 1, 'ins': 2, 'acc': 3}[case]
    if male:
        if s.endswith(('ов', 'ев', 'ёв', 'ин', 'ын')):
            return s + ('а', 'у', 'ым', 'а')[i]
        if s.endswith('ский'):
            return s[:-2] + ('ого', 'ому', 'им', 'ого')[i]
        if s.endswith('ь'):
            return s[:-1] + ('я', 'ю', 'ем', 'я')[i]
        if s.endswith('й'):
            return s[:-1] + ('я', 'ю', 'ем', 'я')[i]
        if s[-1].lower() in VOW or s.endswith(('ых', 'их')):
            return s
        return s + ('а', 'у', 'ом', 'а')[i]
    if s.endswith(('ова', 'ева', 'ёва', 'ина', 'ына')):
        return s[:-1] + ('ой', 'ой', 'ой', 'у')[i]
    if s.endswith('ская'):
        return s[:-2] + ('ой', 'ой', 'ой', 'ую')[i]
    return s


def ru_given(g, male, case):
    if not case:
        return g
    i = {'gen': 0, 'dat': 1, 'ins': 2, 'acc': 3}[case]
    if male:
        if g.endswith(('й', 'ь')):
            return g[:-1] + ('я', 'ю', 'ем', 'я')[i]
        if g[-1].lower() in VOW:
            return g
        return g + ('а', 'у', 'ом', 'а')[i]
    if g.endswith('ия'):
        return g[:-1] + ('и', 'и', 'ей', 'ю')[i]
    if g.endswith('я'):
        return g[:-1] + ('и', 'е', 'ей', 'ю')[i]
    if g.endswith('а'):
        gen = 'и' if g[-2] in 'гкхжшщч' else 'ы'
        ins = 'ей' if g[-2] in 'жшщчц' else 'ой'
        return g[:-1] + (gen, 'е', ins, 'у')[i]
    return g


def ru_patr(p, male, case):
    if not case or not p:
        return p
    i = {'gen': 0, 'dat': 1, 'ins': 2, 'acc': 3}[case]
    if p.endswith('ич'):
        return p + ('а', 'у', 'ем', 'а')[i]
    if p.endswith('на'):
        return p[:-1] + ('ы', 'е', 'ой', 'у')[i]
    return p


# ---------------------------------------------------------------- months
RU_MON_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября',
              'ноября', 'декабря']
RU_MON_NOM = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь',
              'ноябрь', 'декабрь']
RU_MON_PREP = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре',
               'ноябре', 'декабре']
KK_MON = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан',
          'қараша', 'желтоқсан']
ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']


def kk_num_poss(n):
    d = n % 10
    if d == 0:
        return {10: 'ы', 20: 'сы', 30: 'ы'}[n]
    return {1: 'і', 2: 'сі', 3: 'і', 4: 'і', 5: 'і', 6: 'сы', 7: 'сі', 8: 'і', 9: 'ы'}[d]


def kk_year_attr(y):
    # "2024 жылғы"
    return '%d жылғы' % y


def fmt_date(d, fmt, rng):
    """returns (surface, forms)"""
    dd, mm, yy = d.day, d.month, d.year
    if fmt == 'num':
        sep = rng.choice(['.', '.', '.', '.', '/'])
        return ('%02d%s%02d%s%d' % (dd, sep, mm, sep, yy)), ['numeric']
    if fmt == 'numnz':
        return ('%d.%02d.%d' % (dd, mm, yy)), ['numeric']
    if fmt == '2y':
        return ('%02d.%02d.%02d' % (dd, mm, yy % 100)), ['numeric', 'two_digit_year']
    if fmt == 'iso':
        return d.isoformat(), ['iso']
    if fmt == 'roman':
        return ('%d.%s.%d' % (dd, ROMAN[mm - 1], yy)), ['roman']
    if fmt == 'ru':
        return ('%d %s %d' % (dd, RU_MON_GEN[mm - 1], yy)), ['words_ru']
    if fmt == 'ruq':
        return ('«%02d» %s %d' % (dd, RU_MON_GEN[mm - 1], yy)), ['words_ru', 'quoted']
    if fmt == 'runy':
        return ('%d %s' % (dd, RU_MON_GEN[mm - 1])), ['words_ru', 'no_year']
    if fmt == 'numny':
        return ('%02d.%02d' % (dd, mm)), ['numeric', 'no_year']
    if fmt == 'my':
        return ('%02d.%d' % (mm, yy)), ['month_year', 'numeric']
    if fmt == 'myru':
        return ('%s %d' % (RU_MON_NOM[mm - 1], yy)), ['month_year', 'words_ru']
    if fmt == 'myruprep':
        return ('%s %d' % (RU_MON_PREP[mm - 1], yy)), ['month_year', 'words_ru', 'case_form']
    if fmt == 'mykk':
        return ('%d жылғы %s' % (yy, KK_MON[mm - 1])), ['month_year', 'words_kk']
    if fmt == 'mykkloc':
        return ('%d жылғы %s' % (yy, kk_case(KK_MON[mm - 1], 'loc'))), ['month_year', 'words_kk', 'case_form']
    if fmt == 'kk':
        v = rng.choice([0, 0, 1, 2])
        if v == 0:
            return ('%d жылғы %d %s' % (yy, dd, KK_MON[mm - 1])), ['words_kk']
        if v == 1:
            return ('%d %s %d' % (dd, KK_MON[mm - 1], yy)), ['words_kk']
        return ('%d ж. %d %s' % (yy, dd, KK_MON[mm - 1])), ['words_kk']
    if fmt in ('kkloc', 'kkabl', 'kkdat', 'kkgen'):
        case = fmt[2:]
        return ('%d жылғы %d %s' % (yy, dd, kk_case(KK_MON[mm - 1], case))), ['words_kk', 'case_form']
    if fmt == 'kkposs':
        return ('%d жылғы %s %d-%s' % (yy, kk_case(KK_MON[mm - 1], 'gen'), dd, kk_num_poss(dd))), ['words_kk', 'case_form']
    if fmt == 'kkpossny':
        return ('%s %d-%s' % (kk_case(KK_MON[mm - 1], 'gen'), dd, kk_num_poss(dd))), ['words_kk', 'case_form', 'no_year']
    if fmt == 'kkny':
        return ('%d %s' % (dd, KK_MON[mm - 1])), ['words_kk', 'no_year']
    if fmt == 'numkkloc':
        # 12.03.2024 ж. is standard; case on numeric: 12.03.2024-де not common -> use words
        return fmt_date(d, 'kkloc', rng)
    if fmt == 'yr':
        return str(yy), ['year_only']
    raise ValueError(fmt)


def fmt_range(d1, d2, fmt):
    if fmt == 'num':
        if d1.month == d2.month:
            return '%02d–%02d.%02d.%d' % (d1.day, d2.day, d1.month, d1.year), ['range', 'numeric']
        return '%02d.%02d–%02d.%02d.%d' % (d1.day, d1.month, d2.day, d2.month, d1.year), ['range', 'numeric']
    if fmt == 'ru':
        if d1.month == d2.month:
            return '%d–%d %s %d' % (d1.day, d2.day, RU_MON_GEN[d1.month - 1], d1.year), ['range', 'words_ru']
        return '%d %s – %d %s %d' % (d1.day, RU_MON_GEN[d1.month - 1], d2.day, RU_MON_GEN[d2.month - 1], d1.year), ['range', 'words_ru']
    if fmt == 'kk':
        if d1.month == d2.month:
            return '%d жылғы %d-%d %s' % (d1.year, d1.day, d2.day, KK_MON[d1.month - 1]), ['range', 'words_kk']
        return '%d жылғы %d %s – %d %s' % (d1.year, d1.day, KK_MON[d1.month - 1], d2.day, KK_MON[d2.month - 1]), ['range', 'words_kk']
    if fmt == 'kkloc':
        return '%d жылғы %d-%d %s' % (d1.year, d1.day, d2.day, kk_case(KK_MON[d1.month - 1], 'loc')), ['range', 'words_kk', 'case_form']
    raise ValueError(fmt)


# ---------------------------------------------------------------- ages
def ru_years(n, cue=False):
    if cue:
        return 'года' if (n % 10 == 1 and n % 100 != 11) else 'лет'
    if n % 10 == 1 and n % 100 != 11:
        return 'год'
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 'года'
    return 'лет'


def fmt_age(n, fmt):
    if fmt == 'ru':
        return '%d %s' % (n, ru_years(n)), ['ru_unit']
    if fmt == 'rucue':
        return '%d %s' % (n, ru_years(n, True)), ['ru_unit', 'after_cue']
    if fmt == 'num':
        return str(n), ['number_only']
    if fmt == 'kk':
        return '%d жас' % n, ['kk_unit']
    if fmt == 'kkloc':
        return '%d жаста' % n, ['kk_unit', 'case_form']
    if fmt == 'kkattr':
        return '%d жастағы' % n, ['kk_unit', 'case_form']
    if fmt == 'kkdat':
        return '%d жасқа' % n, ['kk_unit', 'case_form']
    raise ValueError(fmt)


# ---------------------------------------------------------------- phones
MOB = ['700', '701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778']
CITY = [('727', 7), ('7172', 6), ('7252', 6), ('7212', 6), ('7182', 6), ('7222', 6), ('7132', 6), ('7262', 6),
        ('7282', 6), ('7232', 6), ('72771', 5), ('72774', 5), ('7152', 6), ('7292', 6)]


def _d(rng, n):
    return ''.join(str(rng.randint(0, 9)) for _ in range(n))


def make_phone(rng, kind):
    if kind == 'mob':
        kind = rng.choice(['plus7s', 'plus7b', 'eights', 'eighth', 'dotted', 'compact', 'compact8', 'plus7c'])
    code = rng.choice(MOB)
    n = _d(rng, 7)
    a, b, c = n[:3], n[3:5], n[5:]
    if kind == 'plus7s':
        return '+7 %s %s %s %s' % (code, a, b, c), ['plus7', 'spaced']
    if kind == 'plus7b':
        return '+7 (%s) %s-%s-%s' % (code, a, b, c), ['plus7']
    if kind == 'plus7c':
        return '+7%s%s' % (code, n), ['plus7', 'compact']
    if kind == 'eights':
        return '8 %s %s %s %s' % (code, a, b, c), ['eight', 'spaced']
    if kind == 'eighth':
        return '8(%s)%s-%s-%s' % (code, a, b, c), ['eight']
    if kind == 'dotted':
        return '8.%s.%s.%s.%s' % (code, a, b, c), ['eight', 'dotted']
    if kind == 'compact':
        return '8%s%s' % (code, n), ['eight', 'compact']
    if kind == 'compact8':
        return '7%s%s' % (code, n), ['compact']
    if kind == 'land':
        cc, ln = rng.choice(CITY)
        num = _d(rng, ln)
        if ln == 7:
            nf = '%s-%s-%s' % (num[:3], num[3:5], num[5:])
        elif ln == 6:
            nf = '%s-%s-%s' % (num[:2], num[2:4], num[4:])
        else:
            nf = '%s-%s-%s' % (num[:1], num[1:3], num[3:])
        v = rng.randint(0, 2)
        if v == 0:
            return '8 (%s) %s' % (cc, nf), ['landline', 'eight']
        if v == 1:
            return '+7 (%s) %s' % (cc, nf), ['landline', 'plus7']
        return '(%s) %s' % (cc, nf), ['landline']
    if kind == 'local':
        v = rng.randint(0, 2)
        num = _d(rng, 6)
        if v == 0:
            return '%s-%s-%s' % (num[:2], num[2:4], num[4:]), ['local']
        if v == 1:
            return '%s-%s-%s' % (num[0], num[1:3], num[3:5]), ['local']
        return '%s-%s' % (num[:2], num[2:5]), ['local']
    if kind == 'foreign':
        v = rng.randint(0, 3)
        if v == 0:
            return '+998 %s %s %s %s' % (rng.choice(['90', '91', '93', '94', '97', '99']), _d(rng, 3), _d(rng, 2), _d(rng, 2)), ['foreign']
        if v == 1:
            return '+996 %s %s %s' % (rng.choice(['555', '700', '772', '550']), _d(rng, 3), _d(rng, 3)), ['foreign']
        if v == 2:
            return '+90 5%s %s %s %s' % (_d(rng, 2), _d(rng, 3), _d(rng, 2), _d(rng, 2)), ['foreign']
        return '+7 9%s %s-%s-%s' % (_d(rng, 2), _d(rng, 3), _d(rng, 2), _d(rng, 2)), ['foreign', 'plus7']
    raise ValueError(kind)
