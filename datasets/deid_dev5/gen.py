"""Value generators for the deid_dev5 synthetic set (stdlib only).

Every generator takes a random.Random and returns (text, forms) or a list of
pieces; nothing here searches text afterwards.
"""
import datetime

# ---------------------------------------------------------------- checksums
W1 = list(range(1, 12))
W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]


def iin_check(d11):
    s = sum(int(a) * b for a, b in zip(d11, W1)) % 11
    if s == 10:
        s = sum(int(a) * b for a, b in zip(d11, W2)) % 11
        if s == 10:
            return None
    return s


def iin_valid(s):
    s = s.replace(" ", "").replace("-", "")
    if len(s) != 12 or not s.isdigit():
        return False
    c = iin_check(s[:11])
    return c is not None and c == int(s[11])


def make_iin(rng, dob, gender):
    if dob.year < 2000:
        c = "3" if gender == "m" else "4"
    else:
        c = "5" if gender == "m" else "6"
    while True:
        d11 = dob.strftime("%y%m%d") + c + "%04d" % rng.randint(1, 9999)
        k = iin_check(d11)
        if k is not None:
            return d11 + str(k)


def make_bin(rng):
    while True:
        d11 = "%02d%02d" % (rng.randint(0, 24), rng.randint(1, 12)) + "4" + rng.choice("0001") + "%05d" % rng.randint(0, 99999)
        k = iin_check(d11)
        if k is not None:
            return d11 + str(k)


def make_twelve_invalid(rng):
    """12 digits: plausible yymmdd + century digit 3-6 + 4 digits, INVALID check digit."""
    while True:
        y = rng.randint(0, 99)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        d11 = "%02d%02d%02d" % (y, m, d) + str(rng.randint(3, 6)) + "%04d" % rng.randint(0, 9999)
        k = iin_check(d11)
        choices = [str(i) for i in range(10) if k is None or i != k]
        s = d11 + rng.choice(choices)
        if not iin_valid(s):
            return s


# ---------------------------------------------------------------- Kazakh morphology
BACK = set("аоұыяёю")
FRONT = set("әөүіеэи")
VOWELS = BACK | FRONT | set("у")
SONOR = set("лруй")
NASAL = set("мнң")
VOICED = set("жз")


def _harm(word):
    w = word.lower()
    for ch in reversed(w):
        if ch in BACK:
            return "b"
        if ch in FRONT:
            return "f"
    return "b"


def _is_poss(word):
    w = word.lower()
    return w.endswith(("ұлы", "қызы", "улы", "кызы", "оглы", "ауылы", "ауданы", "қаласы", "облысы", "көшесі", "кенті"))


def kk_suffix(word, case):
    """Attach a Kazakh case ending (kgen kdat kacc kloc kabl kins) to word."""
    if case in (None, "nom", ""):
        return word
    h = _harm(word)
    w = word.lower()
    last = w[-1]
    B = h == "b"
    if last == "ь" and len(w) > 1:  # soft sign: class of the consonant before it, front endings
        w = w[:-1]
        last = w[-1]
        B = False
    if _is_poss(word):
        suf = {"kgen": "ның" if B else "нің", "kdat": "на" if B else "не", "kacc": "н",
               "kloc": "нда" if B else "нде", "kabl": "нан" if B else "нен", "kins": "мен"}[case]
        return word + suf
    if last in VOWELS:
        cls = "v"
    elif last in SONOR:
        cls = "s"
    elif last in NASAL:
        cls = "n"
    elif last in VOICED:
        cls = "z"
    else:
        cls = "t"
    a, e = ("а", "е")
    x = a if B else e
    y = "ы" if B else "і"
    if case == "kgen":
        pre = {"v": "н", "n": "н", "s": "д", "z": "д", "t": "т"}[cls]
        return word + pre + y + "ң"
    if case == "kdat":
        if cls == "t":
            return word + ("қа" if B else "ке")
        return word + ("ға" if B else "ге")
    if case == "kacc":
        pre = {"v": "н", "n": "д", "s": "д", "z": "д", "t": "т"}[cls]
        return word + pre + y
    if case == "kloc":
        return word + ("т" if cls == "t" else "д") + x
    if case == "kabl":
        pre = {"v": "д", "s": "д", "z": "д", "n": "н", "t": "т"}[cls]
        return word + pre + x + "н"
    if case == "kins":
        pre = {"v": "м", "s": "м", "n": "м", "z": "б", "t": "п"}[cls]
        return word + pre + "ен"
    raise ValueError(case)


def kk_suffix_phrase(phrase, case):
    parts = phrase.split(" ")
    parts[-1] = kk_suffix(parts[-1], case)
    return " ".join(parts)


# number words for Kazakh endings on digits ("91-де", "наурыздың 12-сі")
_KK_UNITS = {1: "бір", 2: "екі", 3: "үш", 4: "төрт", 5: "бес", 6: "алты", 7: "жеті", 8: "сегіз", 9: "тоғыз"}
_KK_TENS = {1: "он", 2: "жиырма", 3: "отыз", 4: "қырық", 5: "елу", 6: "алпыс", 7: "жетпіс", 8: "сексен", 9: "тоқсан"}


def kk_numword_last(n):
    if n % 10:
        return _KK_UNITS[n % 10]
    if n % 100:
        return _KK_TENS[(n % 100) // 10]
    if n % 1000:
        return "жүз"
    return "мың"


def kk_num_case(n, case):
    w = kk_numword_last(n)
    full = kk_suffix(w, case)
    return "%d-%s" % (n, full[len(w):])


def kk_num_poss(n):
    """12-сі, 5-і, 6-сы, 9-ы"""
    w = kk_numword_last(n)
    if w[-1] in VOWELS:
        return "%d-%s" % (n, "сы" if _harm(w) == "b" else "сі")
    return "%d-%s" % (n, "ы" if _harm(w) == "b" else "і")


# ---------------------------------------------------------------- Russian morphology
RU_CASES = ("gen", "dat", "acc", "ins", "prep")
KK_CASES = ("kgen", "kdat", "kacc", "kloc", "kabl", "kins")
HUSH = set("жшчщц")
GKH = set("гкхжшчщ")


def ru_decl_surname(s, gender, case):
    if case in (None, "nom", ""):
        return s
    if "-" in s:  # double surname: decline both parts
        return "-".join(ru_decl_surname(p, gender, case) for p in s.split("-"))
    low = s.lower()
    if low.endswith(("улы", "кызы", "ұлы", "қызы", "енко", "ко", "о", "е", "и", "у", "ю", "ых", "их", "э")):
        return s
    if gender == "m":
        if low.endswith(("ов", "ев", "ёв", "ин", "ын")):
            return s + {"gen": "а", "dat": "у", "acc": "а", "ins": "ым", "prep": "е"}[case]
        if low.endswith(("ский", "цкий")):
            st = s[:-2]
            return st + {"gen": "ого", "dat": "ому", "acc": "ого", "ins": "им", "prep": "ом"}[case]
        if low[-1] in "ьй":
            st = s[:-1]
            return st + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "prep": "е"}[case]
        if low[-1] in "ая":
            return ru_decl_first(s, case)
        # plain consonant
        return s + {"gen": "а", "dat": "у", "acc": "а", "ins": ("ем" if low[-1] in HUSH else "ом"), "prep": "е"}[case]
    # female
    if low.endswith(("ова", "ева", "ёва", "ина", "ына")):
        st = s[:-1]
        return st + {"gen": "ой", "dat": "ой", "acc": "у", "ins": "ой", "prep": "ой"}[case]
    if low.endswith("ская") or low.endswith("цкая"):
        st = s[:-2]
        return st + {"gen": "ой", "dat": "ой", "acc": "ую", "ins": "ой", "prep": "ой"}[case]
    if low[-1] in "ая":
        return ru_decl_first(s, case)
    return s  # consonant / soft sign: indeclinable for women


def ru_decl_first(s, case):
    """first declension noun in -а/-я (Динара, Наталья, Мария, Шиваза)."""
    low = s.lower()
    if low.endswith("ия"):
        st = s[:-1]
        return st + {"gen": "и", "dat": "и", "acc": "ю", "ins": "ей", "prep": "и"}[case]
    if low.endswith("я"):
        st = s[:-1]
        return st + {"gen": "и", "dat": "е", "acc": "ю", "ins": "ей", "prep": "е"}[case]
    st = s[:-1]
    prev = low[-2] if len(low) > 1 else ""
    gen = "и" if prev in GKH else "ы"
    ins = "ей" if prev in HUSH else "ой"
    return st + {"gen": gen, "dat": "е", "acc": "у", "ins": ins, "prep": "е"}[case]


def ru_decl_given(g, gender, case):
    if case in (None, "nom", ""):
        return g
    low = g.lower()
    if gender == "m":
        if low[-1] in "аеиоуыэюя":
            if low[-1] in "ая":
                return ru_decl_first(g, case)
            return g
        if low[-1] in "йь":
            st = g[:-1]
            return st + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "prep": "е"}[case]
        return g + {"gen": "а", "dat": "у", "acc": "а", "ins": ("ем" if low[-1] in HUSH else "ом"), "prep": "е"}[case]
    if low[-1] in "ая":
        return ru_decl_first(g, case)
    return g


def ru_decl_patr(p, gender, case):
    if case in (None, "nom", "") or p is None:
        return p
    low = p.lower()
    if low.endswith(("ич",)):
        return p + {"gen": "а", "dat": "у", "acc": "а", "ins": "ем", "prep": "е"}[case]
    if low.endswith("на"):
        st = p[:-1]
        return st + {"gen": "ы", "dat": "е", "acc": "у", "ins": "ой", "prep": "е"}[case]
    return p  # -улы / -кызы / оглы


# ---------------------------------------------------------------- transliteration
_TR = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
       "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
       "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
       "э": "e", "ю": "yu", "я": "ya", "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u",
       "һ": "h", "і": "i"}


def translit(s):
    out = []
    for i, ch in enumerate(s):
        low = ch.lower()
        if low in _TR:
            t = _TR[low]
            if low == "е" and (i == 0 or not s[i - 1].isalpha()):
                t = "ye"
            if ch.isupper() and t:
                t = t[0].upper() + t[1:]
            out.append(t)
        else:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------- calendar words
RU_MON_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
              "ноября", "декабря"]
RU_MON_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
              "ноябрь", "декабрь"]
RU_MON_PREP = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре",
               "ноябре", "декабре"]
KK_MON = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
          "қараша", "желтоқсан"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def add_days(d, n):
    return d + datetime.timedelta(days=n)
