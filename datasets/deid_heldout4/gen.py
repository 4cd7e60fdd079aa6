# Generators, pools and the piece-assembling renderer (stdlib only).
import re, datetime

# ---------------- checksums ----------------
W1 = list(range(1, 12)); W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
def kz_check(d11):
    s = sum(int(a) * b for a, b in zip(d11, W1)) % 11
    if s == 10:
        s = sum(int(a) * b for a, b in zip(d11, W2)) % 11
        if s == 10:
            return None
    return s
def kz_valid(num):
    num = re.sub(r'\D', '', num)
    if len(num) != 12: return False
    c = kz_check(num[:11]); return c is not None and c == int(num[11])

# ---------------- Kazakh morphology ----------------
KBACK = set('аоұыяёю'); KFRONT = set('әеөүіиэ')
def _back(w):
    w = w.lower()
    for ch in reversed(w):
        if ch in KBACK: return True
        if ch in KFRONT and ch != 'и': return False
    return 'и' not in w
def _cls(w):
    ch = w[-1].lower()
    if ch in 'аәеоөұүыіэяю': return 'v'
    if ch in 'мнң': return 'n'
    if ch in 'кқпстфхцчшщ': return 'x'
    if ch in 'зж': return 'z'
    return 's'
POSS = ('ұлы', 'қызы', 'улы', 'кызы', 'ауданы', 'көшесі', 'Момышұлы', 'жолы', 'қуысы', 'сүйегі', 'буыны', 'омыртқасы')
def ksuf(w, case):
    """Kazakh case suffix for the last word of w."""
    last = w.split()[-1]
    b = _back(last); c = _cls(last)
    def bf(x, y): return x if b else y
    if any(last.endswith(p) for p in POSS):
        return w + {'dat': bf('на', 'не'), 'loc': bf('нда', 'нде'), 'abl': bf('нан', 'нен'),
                    'gen': bf('ның', 'нің'), 'acc': 'н', 'ins': 'мен'}[case]
    if case == 'dat': s = bf('қа', 'ке') if c == 'x' else bf('ға', 'ге')
    elif case == 'loc': s = bf('та', 'те') if c == 'x' else bf('да', 'де')
    elif case == 'abl': s = bf('тан', 'тен') if c == 'x' else (bf('нан', 'нен') if c == 'n' else bf('дан', 'ден'))
    elif case == 'gen': s = bf('ның', 'нің') if c in 'vn' else (bf('тың', 'тің') if c == 'x' else bf('дың', 'дің'))
    elif case == 'acc': s = bf('ны', 'ні') if c == 'v' else (bf('ты', 'ті') if c == 'x' else bf('ды', 'ді'))
    elif case == 'ins': s = 'мен' if c in 'vs' else ('бен' if c in 'nz' else 'пен')
    else: raise ValueError(case)
    return w + s

KK2RU = str.maketrans('әғқңөұүһіӘҒҚҢӨҰҮҺІ', 'агкноуухиАГКНОУУХИ')
def ru_ortho(s): return s.translate(KK2RU)
LAT = {'а':'A','б':'B','в':'V','г':'G','ғ':'G','д':'D','е':'E','ё':'E','ж':'ZH','з':'Z','и':'I','й':'I','к':'K','қ':'K',
       'л':'L','м':'M','н':'N','ң':'N','о':'O','ө':'O','п':'P','р':'R','с':'S','т':'T','у':'U','ұ':'U','ү':'U','ф':'F',
       'х':'KH','һ':'H','ц':'TS','ч':'CH','ш':'SH','щ':'SHCH','ъ':'','ы':'Y','і':'I','ь':'','э':'E','ю':'IU','я':'IA','ә':'A'}
def latin(s): return ''.join(LAT.get(ch.lower(), ch) for ch in s)

# ---------------- Russian declension ----------------
RU_CASES = ('gen', 'dat', 'ins', 'prep')
def _ix(case): return RU_CASES.index(case)
def ru_decl(word, sex, case, kind, indecl=False):
    """kind: sur/giv/pat. Returns declined word (or the same)."""
    if indecl: return word
    w = word; i = _ix(case)
    if kind == 'pat':
        if w.endswith('ич'): return w + ['а', 'у', 'ем', 'е'][i]
        if w.endswith('на'): return w[:-1] + ['ы', 'е', 'ой', 'е'][i]
        return w
    if sex == 'M':
        if kind == 'sur' and re.search(r'(ов|ев|ёв|ин|ын)$', w): return w + ['а', 'у', 'ым', 'е'][i]
        if kind == 'sur' and re.search(r'(ский|цкий)$', w): return w[:-2] + ['ого', 'ому', 'им', 'ом'][i]
        if w[-1] in 'ьй': return w[:-1] + ['я', 'ю', 'ем', 'е'][i]
        if w[-1] in 'бвгджзклмнпрстфхцчшщ':
            ins = 'ем' if w[-1] in 'жшчщц' else 'ом'
            return w + ['а', 'у', ins, 'е'][i]
        return w
    if kind == 'sur':
        if re.search(r'(ова|ева|ёва|ина|ына)$', w): return w[:-1] + 'ой'
        if re.search(r'(ская|цкая)$', w): return w[:-2] + 'ой'
        return w
    if w.endswith('ия'): return w[:-1] + ['и', 'и', 'ей', 'и'][i]
    if w.endswith('я'): return w[:-1] + ['и', 'е', 'ей', 'е'][i]
    if w.endswith('а'):
        g = 'и' if w[-2] in 'гкхжшчщ' else 'ы'
        return w[:-1] + [g, 'е', 'ой', 'е'][i]
    return w

ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']
RU_MON_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря']
RU_MON_NOM = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь']
RU_MON_PREP = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре']
KK_MON = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан']
def kk_ordposs(n):
    d = n % 10
    if d == 0: return {10: 'ы', 20: 'сы', 30: 'ы'}[n % 100 if n % 100 in (10, 20, 30) else 10]
    return {1: 'і', 2: 'сі', 3: 'і', 4: 'і', 5: 'і', 6: 'сы', 7: 'сі', 8: 'і', 9: 'ы'}[d]
def kk_ord_back(n):
    return kk_ordposs(n) in ('ы', 'сы')

DATE_FMTS_NUM = ['num', 'num', 'num', 'num2', 'numnz', 'slash', 'dash', 'iso', 'dm', 'rom', 'roms', 'romdm', 'rumyn']
DATE_FMTS_RU = ['ru', 'ru', 'ruz', 'rumy', 'rumyp']
DATE_FMTS_KK = ['kk', 'kkloc', 'kkdm', 'kkdmloc', 'kkh', 'kkgen', 'kkgenloc', 'kkgeny', 'kkmy', 'kkmyn', 'kkyd']

def fmt_date(d, fmt, rng):
    D, M, Y = d.day, d.month, d.year
    if fmt == 'numany': fmt = rng.choice(DATE_FMTS_NUM)
    if fmt == 'ruany': fmt = rng.choice(DATE_FMTS_RU + ['num', 'num', 'rom', 'num2'])
    if fmt == 'kkany': fmt = rng.choice(DATE_FMTS_KK + ['num', 'num'])
    if fmt == 'num': return f'{D:02d}.{M:02d}.{Y}', ['numeric']
    if fmt == 'num2': return f'{D:02d}.{M:02d}.{Y % 100:02d}', ['numeric', 'two_digit_year']
    if fmt == 'numnz': return f'{D}.{M}.{Y}', ['numeric']
    if fmt == 'slash': return f'{D:02d}/{M:02d}/{Y}', ['numeric']
    if fmt == 'dash': return f'{D:02d}-{M:02d}-{Y}', ['numeric']
    if fmt == 'iso': return f'{Y}-{M:02d}-{D:02d}', ['numeric', 'iso']
    if fmt == 'dm': return f'{D:02d}.{M:02d}', ['numeric', 'no_year']
    if fmt == 'rom': return f'{D:02d}.{ROMAN[M-1]}.{Y}', ['roman']
    if fmt == 'roms': return f'{D} {ROMAN[M-1]} {Y}', ['roman']
    if fmt == 'romdm': return f'{D}.{ROMAN[M-1]}', ['roman', 'no_year']
    if fmt == 'rumyn': return f'{M:02d}.{Y}', ['numeric', 'month_year']
    if fmt == 'ru': return f'{D} {RU_MON_GEN[M-1]} {Y}', ['words_ru']
    if fmt == 'ruz': return f'{D} {RU_MON_GEN[M-1]}', ['words_ru', 'no_year']
    if fmt == 'rumy': return f'{RU_MON_NOM[M-1]} {Y}', ['words_ru', 'month_year']
    if fmt == 'rumyp': return f'{RU_MON_PREP[M-1]} {Y}', ['words_ru', 'month_year', 'case_form']
    m = KK_MON[M-1]
    if fmt == 'kk': return f'{Y} жылғы {D} {m}', ['words_kk']
    if fmt == 'kkloc': return f'{Y} жылғы {D} {ksuf(m, "loc")}', ['words_kk', 'case_form']
    if fmt == 'kkdm': return f'{D} {m}', ['words_kk', 'no_year']
    if fmt == 'kkdmloc': return f'{D} {ksuf(m, "loc")}', ['words_kk', 'no_year', 'case_form']
    if fmt == 'kkh': return f'{D}-{ksuf(m, "loc")}', ['words_kk', 'no_year', 'case_form']
    if fmt == 'kkgen': return f'{ksuf(m, "gen")} {D}-{kk_ordposs(D)}', ['words_kk', 'no_year', 'case_form']
    if fmt == 'kkgenloc': return f'{ksuf(m, "gen")} {D}-{kk_ordposs(D)}{"нда" if kk_ord_back(D) else "нде"}', ['words_kk', 'no_year', 'case_form']
    if fmt == 'kkgeny': return f'{Y} жылғы {ksuf(m, "gen")} {D}-{kk_ordposs(D)}', ['words_kk', 'case_form']
    if fmt == 'kkmy': return f'{Y} жылдың {m}{"ында" if _back(m) else "інде"}', ['words_kk', 'month_year', 'case_form']
    if fmt == 'kkmyn': return f'{Y} ж. {m}', ['words_kk', 'month_year']
    if fmt == 'kkyd': return f'{Y} ж. {D} {m}', ['words_kk']
    raise ValueError(fmt)
