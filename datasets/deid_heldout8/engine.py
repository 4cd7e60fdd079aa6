# -*- coding: utf-8 -*-
"""Rendering engine for deid_heldout8.

Templates are strings with slots  {KIND:arg:arg...[@lang]}  and clinical spans  [[text]].
Every piece is appended in order; identifier / clinical offsets are recorded while appending,
so they are correct by construction.
"""
import datetime
import re

import data as D

# ====================================================================== checksums
W1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]


def kz_check(d11):
    """Check digit for 11 digits (IIN/BIN), or None when the number cannot be valid."""
    digs = [int(c) for c in d11]
    c = sum(a * b for a, b in zip(digs, W1)) % 11
    if c == 10:
        c = sum(a * b for a, b in zip(digs, W2)) % 11
        if c == 10:
            return None
    return c


def kz_valid(s12):
    if len(s12) != 12 or not s12.isdigit():
        return False
    c = kz_check(s12[:11])
    return c is not None and c == int(s12[11])


# ====================================================================== Kazakh morphology
VOW = set("аәеиоөұүыіэюяё")


def harmony(word):
    w = word.lower()
    if w.endswith("ев") and len(w) > 4:
        w = w[:-2]
    core = w[:-1] if w.endswith("и") else w
    for ch in reversed(core):
        if ch in "аоұыяёуюиәөүіеэ":
            if ch == "и":
                return "f"
            break
    for ch in reversed(w):
        if ch in "аоұыяё":
            return "b"
        if ch in "әөүіеэ":
            return "f"
    for ch in reversed(w):
        if ch in "юу":
            return "b"
        if ch == "и":
            return "f"
    return "b"


def _cls(word):
    ch = word[-1].lower()
    if ch.isdigit():
        return "V"
    if ch in VOW:
        return "V"
    if ch in "рлйу":
        return "S"
    if ch in "мнң":
        return "N"
    if ch in "жз":
        return "Z"
    return "T"


POSS_RE = re.compile(r"(ұлы|қызы|улы|кызы|ауданы|облысы|қаласы|ауылы)$")

KK_SUF = {
    # case: {class: (back, front)}
    "kgen": {"V": ("ның", "нің"), "N": ("ның", "нің"), "S": ("дың", "дің"), "Z": ("дың", "дің"), "T": ("тың", "тің")},
    "kdat": {"V": ("ға", "ге"), "N": ("ға", "ге"), "S": ("ға", "ге"), "Z": ("ға", "ге"), "T": ("қа", "ке")},
    "kacc": {"V": ("ны", "ні"), "N": ("ды", "ді"), "S": ("ды", "ді"), "Z": ("ды", "ді"), "T": ("ты", "ті")},
    "kloc": {"V": ("да", "де"), "N": ("да", "де"), "S": ("да", "де"), "Z": ("да", "де"), "T": ("та", "те")},
    "kabl": {"V": ("дан", "ден"), "N": ("нан", "нен"), "S": ("дан", "ден"), "Z": ("дан", "ден"), "T": ("тан", "тен")},
    "kins": {"V": ("мен", "мен"), "N": ("бен", "бен"), "S": ("мен", "мен"), "Z": ("бен", "бен"), "T": ("пен", "пен")},
}
KK_POSS = {"kgen": ("ның", "нің"), "kdat": ("на", "не"), "kacc": ("н", "н"), "kloc": ("нда", "нде"),
           "kabl": ("нан", "нен"), "kins": ("мен", "мен")}


def kk_case(word, case):
    if not case or case == "nom":
        return word
    h = 0 if harmony(word) == "b" else 1
    if POSS_RE.search(word):
        return word + KK_POSS[case][h]
    return word + KK_SUF[case][_cls(word)][h]


def kk_case_last(phrase, case):
    parts = phrase.split(" ")
    parts[-1] = kk_case(parts[-1], case)
    return " ".join(parts)


# ====================================================================== Russian morphology
RU_CASES = ("gen", "dat", "acc", "ins", "prep")


def ru_surname(s, sex, poss_type, case):
    if case in (None, "nom"):
        return s
    i = RU_CASES.index(case)
    if sex == "m":
        if poss_type and re.search(r"(ов|ев|ёв|ин|ын)$", s):
            return s + ("а", "у", "а", "ым", "е")[i]
        if s.endswith("ский") or s.endswith("цкий"):
            return s[:-2] + ("ого", "ому", "ого", "им", "ом")[i]
        if s[-1] in "йь":
            return s[:-1] + ("я", "ю", "я", "ем", "е")[i]
        if s[-1] in "аеёиоуыэюя":
            return s
        ins = "ем" if s[-1] in "жшчщц" else "ом"
        return s + ("а", "у", "а", ins, "е")[i]
    if poss_type and re.search(r"(ова|ева|ёва|ина|ына)$", s):
        return s[:-1] + ("ой", "ой", "у", "ой", "ой")[i]
    if s.endswith("ская") or s.endswith("цкая"):
        return s[:-2] + ("ой", "ой", "ую", "ой", "ой")[i]
    return s


def ru_given(g, sex, case):
    if case in (None, "nom"):
        return g
    i = RU_CASES.index(case)
    if sex == "m":
        if g.endswith("ий"):
            return g[:-2] + ("ия", "ию", "ия", "ием", "ии")[i]
        if g[-1] in "йь":
            return g[:-1] + ("я", "ю", "я", "ем", "е")[i]
        if g[-1] in "аеёиоуыэюя":
            return g
        ins = "ем" if g[-1] in "жшчщц" else "ом"
        return g + ("а", "у", "а", ins, "е")[i]
    if g.endswith("ия"):
        return g[:-1] + ("и", "и", "ю", "ей", "и")[i]
    if g.endswith("я"):
        return g[:-1] + ("и", "е", "ю", "ей", "е")[i]
    if g.endswith("а"):
        st = g[:-1]
        gen = "и" if st[-1] in "гкхжшчщ" else "ы"
        ins = "ей" if st[-1] in "жшчщц" else "ой"
        return st + (gen, "е", "у", ins, "е")[i]
    if g.endswith("ь"):
        return (g[:-1] + "и", g[:-1] + "и", g, g + "ю", g[:-1] + "и")[i]
    return g


def ru_patr(p, case):
    if case in (None, "nom") or not p:
        return p
    i = RU_CASES.index(case)
    if " " in p:                       # Azerbaijani "Рашид оглы"
        return p
    if p.endswith("ич"):
        return p + ("а", "у", "а", "ем", "е")[i]
    if p.endswith("на"):
        return p[:-1] + ("ы", "е", "у", "ой", "е")[i]
    return p


def ru_city(name, case):
    if case in (None, "nom"):
        return name
    i = ("gen", "dat", "prep").index(case)
    if " " in name:
        return name
    if name.endswith("ей"):
        return name[:-1] + ("я", "ю", "е")[i]
    if name.endswith("ай"):
        return name[:-1] + ("я", "ю", "е")[i]
    if name.endswith("а"):
        st = name[:-1]
        gen = "и" if st[-1] in "гкхжшчщ" else "ы"
        return st + (gen, "е", "е")[i]
    if name[-1] in "аеёиоуыэюяь":
        return name
    return name + ("а", "у", "е")[i]


# ====================================================================== numbers in words
RU_UNITS = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять",
            "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать",
            "семнадцать", "восемнадцать", "девятнадцать"]
RU_TENS = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят",
           "девяносто"]
RU_HUND = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот",
           "девятьсот"]


def ru_words(n):
    if n == 0:
        return "ноль"
    out = []
    h, r = divmod(n, 100)
    if h:
        out.append(RU_HUND[h])
    if r >= 20:
        out.append(RU_TENS[r // 10])
        if r % 10:
            out.append(RU_UNITS[r % 10])
    elif r:
        out.append(RU_UNITS[r])
    return " ".join(out)


RU_ORD_GEN = {1: "первого", 2: "второго", 3: "третьего", 4: "четвёртого", 5: "пятого", 6: "шестого",
              7: "седьмого", 8: "восьмого", 9: "девятого", 10: "десятого", 11: "одиннадцатого",
              12: "двенадцатого", 13: "тринадцатого", 14: "четырнадцатого", 15: "пятнадцатого",
              16: "шестнадцатого", 17: "семнадцатого", 18: "восемнадцатого", 19: "девятнадцатого",
              20: "двадцатого", 30: "тридцатого"}


def ru_ord_gen(n):
    if n in RU_ORD_GEN:
        return RU_ORD_GEN[n]
    return RU_TENS[n // 10] + " " + RU_ORD_GEN[n % 10]


KK_UNITS = ["нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"]
KK_TENS = ["", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"]


def kk_words(n):
    if n == 0:
        return "нөл"
    out = []
    h, r = divmod(n, 100)
    if h:
        out.append(("" if h == 1 else KK_UNITS[h] + " ") + "жүз")
    if r // 10:
        out.append(KK_TENS[r // 10])
    if r % 10:
        out.append(KK_UNITS[r % 10])
    return " ".join(out)


KK_ORD = {"бір": "бірінші", "екі": "екінші", "үш": "үшінші", "төрт": "төртінші", "бес": "бесінші",
          "алты": "алтыншы", "жеті": "жетінші", "сегіз": "сегізінші", "тоғыз": "тоғызыншы", "он": "оныншы",
          "жиырма": "жиырмасыншы", "отыз": "отызыншы"}


def kk_ord(n):
    w = kk_words(n).split(" ")
    w[-1] = KK_ORD[w[-1]]
    return " ".join(w)


KK_POSS_NUM = {0: "ы", 1: "і", 2: "сі", 3: "і", 4: "і", 5: "і", 6: "сы", 7: "сі", 8: "і", 9: "ы"}
KK_POSS_TENS = {1: "ы", 2: "сы", 3: "ы"}


def kk_day_poss(n):
    if n % 10:
        return "%d-%s" % (n, KK_POSS_NUM[n % 10])
    return "%d-%s" % (n, KK_POSS_TENS[n // 10])


# ====================================================================== dates
RU_MON_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
              "октября", "ноября", "декабря"]
RU_MON_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
              "октябрь", "ноябрь", "декабрь"]
KK_MON = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
          "қараша", "желтоқсан"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def fmt_date(d, fmt):
    """Return (surface, forms)."""
    dd, mm, yy = d.day, d.month, d.year
    m0 = mm - 1
    if fmt == "num":
        return "%02d.%02d.%d" % (dd, mm, yy), ["numeric"]
    if fmt == "num2":
        return "%02d.%02d.%02d" % (dd, mm, yy % 100), ["numeric", "two_digit_year"]
    if fmt == "slash":
        return "%02d/%02d/%d" % (dd, mm, yy), ["numeric"]
    if fmt == "dm":
        return "%02d.%02d" % (dd, mm), ["numeric", "no_year"]
    if fmt == "ru":
        return "%d %s %d" % (dd, RU_MON_GEN[m0], yy), ["words_ru"]
    if fmt == "ruq":
        return "«%02d» %s %d" % (dd, RU_MON_GEN[m0], yy), ["words_ru", "quoted"]
    if fmt == "rudm":
        return "%d %s" % (dd, RU_MON_GEN[m0]), ["words_ru", "no_year"]
    if fmt == "rusp":
        return "%s %s" % (ru_ord_gen(dd), RU_MON_GEN[m0]), ["words_ru", "no_year", "spoken"]
    if fmt == "rom":
        return "%d.%s.%d" % (dd, ROMAN[m0], yy), ["roman"]
    if fmt == "iso":
        return "%d-%02d-%02d" % (yy, mm, dd), ["iso"]
    if fmt == "myru":
        return "%s %d" % (RU_MON_NOM[m0], yy), ["month_year", "words_ru"]
    if fmt == "mynum":
        return "%02d.%d" % (mm, yy), ["month_year", "numeric"]
    if fmt == "kk":
        return "%d жылғы %d %s" % (yy, dd, KK_MON[m0]), ["words_kk"]
    if fmt == "kkj":
        return "%d ж. %d %s" % (yy, dd, KK_MON[m0]), ["words_kk"]
    if fmt == "kkloc":
        return "%d жылғы %d %s" % (yy, dd, kk_case(KK_MON[m0], "kloc")), ["words_kk", "case_form"]
    if fmt == "kkabl":
        return "%d жылғы %d %s" % (yy, dd, kk_case(KK_MON[m0], "kabl")), ["words_kk", "case_form"]
    if fmt == "kkdm":
        return "%d %s" % (dd, KK_MON[m0]), ["words_kk", "no_year"]
    if fmt == "kkdmloc":
        return "%d %s" % (dd, kk_case(KK_MON[m0], "kloc")), ["words_kk", "no_year", "case_form"]
    if fmt == "kkgen":
        return "%s %s" % (kk_case(KK_MON[m0], "kgen"), kk_day_poss(dd)), ["words_kk", "no_year", "case_form"]
    if fmt == "kksp":
        return "%s %s" % (kk_ord(dd), KK_MON[m0]), ["words_kk", "no_year", "spoken"]
    if fmt == "kksploc":
        return "%s %s" % (kk_ord(dd), kk_case(KK_MON[m0], "kloc")), ["words_kk", "no_year", "spoken", "case_form"]
    if fmt == "mykk":
        return "%d жылғы %s" % (yy, KK_MON[m0]), ["month_year", "words_kk"]
    if fmt == "year":
        return "%d" % yy, ["year_only"]
    raise ValueError("bad date fmt " + fmt)


def fmt_range(a, b, fmt):
    if fmt == "num":
        if a.month == b.month:
            return "%02d–%02d.%02d.%d" % (a.day, b.day, a.month, a.year), ["range", "numeric"]
        return "%02d.%02d–%02d.%02d.%d" % (a.day, a.month, b.day, b.month, a.year), ["range", "numeric"]
    if fmt == "ru":
        return "%d–%d %s %d" % (a.day, b.day, RU_MON_GEN[a.month - 1], a.year), ["range", "words_ru"]
    if fmt == "kk":
        return "%d жылғы %d-%d %s" % (a.year, a.day, b.day, KK_MON[a.month - 1]), ["range", "words_kk"]
    if fmt == "kkloc":
        return "%d жылғы %d-%d %s" % (a.year, a.day, b.day, kk_case(KK_MON[a.month - 1], "kloc")), \
            ["range", "words_kk", "case_form"]
    raise ValueError(fmt)


# ====================================================================== transliteration
LAT = {"а": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
       "и": "i", "й": "i", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o",
       "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "kh", "һ": "h",
       "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e",
       "ю": "iu", "я": "ia", "ә": "a"}


def translit(s):
    out = []
    for ch in s:
        lo = ch.lower()
        if lo in LAT:
            t = LAT[lo]
            out.append(t.capitalize() if ch != lo and t else t)
        else:
            out.append(ch)
    return "".join(out)


def ascii_lat(s):
    tr = {"ı": "i", "ş": "s", "ç": "c", "ğ": "g", "ö": "o", "ü": "u", "İ": "i", "Ş": "s", "Ç": "c", "Ö": "o",
          "Ü": "u"}
    return "".join(tr.get(c, c) for c in translit(s)).lower().replace("-", "").replace(" ", "")


# ====================================================================== persons
NONSLAVIC = {"ua", "de", "ko", "uz", "ug", "tt", "dg", "tr", "ce", "az", "kg", "tj"}
POOLS = {
    "ru": (D.RU_SUR, D.RU_M, D.RU_F), "ua": (D.UA_SUR, D.UA_M, D.UA_F), "de": (D.DE_SUR, D.DE_M, D.DE_F),
    "ko": (D.KO_SUR, D.KO_M, D.KO_F), "uz": (D.UZ_SUR, D.UZ_M, D.UZ_F), "kg": (D.KG_SUR, D.KG_M, D.KG_F),
    "tj": (D.TJ_SUR, D.TJ_M, D.TJ_F), "ug": (D.UG_SUR, D.UG_M, D.UG_F), "tt": (D.TT_SUR, D.TT_M, D.TT_F),
    "dg": (D.DG_SUR, D.DG_M, D.DG_F), "ce": (D.CE_SUR, D.CE_M, D.CE_F), "az": (D.AZ_SUR, D.AZ_M, D.AZ_F),
    "tr": (D.TR_SUR, D.TR_M, D.TR_F),
}
POSS_ETH = {"kz", "ru", "uz", "kg", "tj", "ug", "tt", "ce", "az", "dg"}
EPONYMS = set(D.EPONYM_SUR) | {"Вебер", "Кох"}


def gendered_surname(base, sex, eth):
    if sex == "m" or eth in ("de", "ko", "tr"):
        return base
    if re.search(r"(ов|ев|ёв|ин|ын)$", base):
        return base + "а"
    if base.endswith("ский"):
        return base[:-2] + "ая"
    return base


def patr_from(father, sex):
    if father[-1] in "жшчщц":
        return father + ("евич" if sex == "m" else "евна")
    if father.endswith("и"):
        return father + ("евич" if sex == "m" else "евна")
    if father.endswith("й"):
        return father[:-1] + ("евич" if sex == "m" else "евна")
    return father + ("ович" if sex == "m" else "овна")


class Person:
    pass


class Ctx:
    def __init__(self, rng, lang, base_date):
        self.rng = rng
        self.lang = lang
        self.base = base_date
        self.persons = {}
        self.dates = {}

    # ------------------------------------------------------------ dates
    def date(self, ref):
        if ref in self.dates:
            return self.dates[ref]
        r = self.rng
        b = self.base
        if "." in ref:
            pk, what = ref.split(".", 1)
            p = self.persons[pk]
            if what == "dob":
                return p.dob
            if what == "issue":
                v = b - datetime.timedelta(days=r.randint(200, 3600))
            else:
                v = b - datetime.timedelta(days=r.randint(1, 900))
        elif ref in ("adm", "base", "call", "birth", "t0", "d1", "op", "today"):
            offs = {"adm": 0, "base": 0, "call": 0, "birth": 0, "t0": 0, "d1": 0, "today": 0}
            v = b + datetime.timedelta(days=offs.get(ref, r.randint(0, 2)))
        elif ref.startswith("d") and ref[1:].isdigit():
            k = int(ref[1:])
            prev = self.date("d%d" % (k - 1))
            v = prev + datetime.timedelta(days=r.randint(1, 3))
        elif ref in ("dis", "next"):
            v = b + datetime.timedelta(days=r.randint(4, 16))
        elif ref in ("req", "later"):
            v = b + datetime.timedelta(days=r.randint(25, 160))
        elif ref == "reply":
            v = self.date("req") + datetime.timedelta(days=r.randint(2, 12))
        elif ref in ("prev", "earlier"):
            v = b - datetime.timedelta(days=r.randint(30, 500))
        elif ref == "lmp":
            v = b - datetime.timedelta(days=r.randint(180, 265))
        elif ref == "edd":
            v = self.date("lmp") + datetime.timedelta(days=280)
        elif ref == "warr":
            v = b.replace(year=b.year + r.choice([5, 10, 15]), day=min(b.day, 28))
        elif ref == "issue":
            v = b - datetime.timedelta(days=r.randint(300, 3000))
        elif ref == "exp":
            d = self.date("issue")
            v = d.replace(year=d.year + 10, day=min(d.day, 28))
        elif ref == "entry":
            v = b - datetime.timedelta(days=r.randint(20, 400))
        else:
            v = b + datetime.timedelta(days=r.randint(-40, 40))
        self.dates[ref] = v
        return v

    # ------------------------------------------------------------ persons
    def make_person(self, key, spec):
        r = self.rng
        toks = spec.split(",") if spec else []
        p = Person()
        p.key = key
        eth = None
        sex = None
        agecat = "adult"
        rel = None
        for t in toks:
            t = t.strip()
            if t in ("m", "f"):
                sex = t
            elif t in ("kz", "ru", "ua", "de", "ko", "uz", "kg", "tj", "ug", "tt", "dg", "ce", "az", "tr"):
                eth = t
            elif t == "ns":
                eth = r.choice(["ua", "de", "ko", "ug", "tt", "dg", "ce", "az", "uz", "ua", "de", "ko"])
            elif t == "mig":
                eth = r.choice(["uz", "uz", "uz", "kg", "kg", "tj", "tj", "tr", "az"])
            elif t == "cis":
                eth = r.choice(["uz", "uz", "kg", "tj"])
            elif t == "slav":
                eth = r.choice(["ru", "ru", "ua", "de", "ko"])
            elif t in ("old", "elder", "adult", "doc", "preg", "newborn", "child", "teen", "young", "mid"):
                agecat = t
            elif "=" in t:
                rel = t.split("=")
        if agecat == "preg":
            sex = "f"
        if rel and rel[0] == "spouse" and sex is None:
            sex = "f" if self.persons[rel[1]].sex == "m" else "m"
        if rel and eth is None:
            eth = self.persons[rel[1]].eth
        if eth is None:
            x = r.random()
            if agecat == "doc":
                eth = "kz" if x < 0.62 else ("ru" if x < 0.84 else r.choice(["ko", "de", "tt", "ug", "ua"]))
            else:
                eth = "kz" if x < 0.58 else ("ru" if x < 0.78 else r.choice(sorted(NONSLAVIC - {"tr"})))
        if sex is None:
            sex = r.choice("mf")
        p.eth, p.sex = eth, sex
        # ---- age
        lo, hi = {"old": (90, 103), "elder": (66, 89), "adult": (19, 64), "doc": (29, 63), "preg": (18, 42),
                  "newborn": (0, 0), "child": (2, 13), "teen": (14, 17), "young": (18, 35), "mid": (36, 60)}[agecat]
        if agecat == "newborn":
            p.dob = self.date("birth")
        else:
            age = r.randint(lo, hi)
            by = self.base.year - age
            doy = r.randint(1, 365)
            dob = datetime.date(by, 1, 1) + datetime.timedelta(days=doy - 1)
            if (dob.month, dob.day) > (self.base.month, self.base.day):
                dob = dob.replace(year=dob.year - 1) if not (dob.month == 2 and dob.day == 29) else \
                    datetime.date(dob.year - 1, 2, 28)
            p.dob = dob
        p.age = self.base.year - p.dob.year - ((self.base.month, self.base.day) < (p.dob.month, p.dob.day))
        # ---- names
        father = None          # (kk, ru) given of father
        father_patr = None     # explicit (m, f) patronymic for Russian-type fathers
        base = None            # (kk, ru) male surname
        sur_type = "normal"
        if rel:
            kind, other = rel
            o = self.persons[other]
            if kind == "child":
                if o.sex == "m":
                    base, father, father_patr, sur_type = o.base, o.given, o.fpatr_self, o.sur_type_child
                    if o.sur_type == "patr":
                        base, sur_type = None, "normal"
                else:
                    if r.random() < 0.6 and o.sur_type == "normal":
                        base = o.base
            elif kind in ("spouse", "sib"):
                if o.sur_type == "normal" and (kind == "sib" or r.random() < 0.6):
                    base = o.base
                if kind == "sib":
                    father, father_patr = o.father, o.father_patr
        if eth == "kz":
            g = r.choice(D.KZ_M if sex == "m" else D.KZ_F)
            if father is None:
                father = r.choice(D.KZ_M)
            if base is None:
                if r.random() < 0.12 and not rel:
                    sur_type = "patr"
                    base = None
                else:
                    base = r.choice(D.KZ_SUR)
            x = r.random()
            if self.lang == "kk":
                pst = "kz" if x < 0.5 else ("ru" if x < 0.9 else "none")
            else:
                pst = "ru" if x < 0.62 else ("kz" if x < 0.9 else "none")
            if sur_type == "patr":
                pst = "none"
            p.given = g
        elif eth in ("ru", "ua", "de", "ko"):
            sur, mm, ff = POOLS[eth] if eth != "ru" else (D.RU_SUR, D.RU_M, D.RU_F)
            if base is None:
                if eth == "ru" and r.random() < 0.3:
                    s = r.choice(D.EPONYM_SUR[:8] + ["Склифосовский"])
                else:
                    s = r.choice(sur)
                base = (s, s)
            gg = r.choice(mm if sex == "m" else ff)
            p.given = (gg, gg)
            if father is None:
                fl = D.DE_FATHERS if eth == "de" else (D.UA_FATHERS if eth == "ua" else D.RU_FATHERS)
                fch = r.choice(fl)
                father = (fch[0], fch[0])
                father_patr = (fch[1], fch[2])
            pst = "ru"
        else:
            sur, mm, ff = POOLS[eth]
            if base is None:
                s = r.choice(sur)
                base = (s, s)
            gg = r.choice(mm if sex == "m" else ff)
            p.given = (gg, gg)
            if father is None:
                ff_ = r.choice(D.AZ_FATHERS if eth == "az" else mm)
                father = (ff_, ff_)
            if eth == "tr":
                pst = "none"
            elif eth == "az":
                pst = "az"
            elif eth in ("uz", "kg", "tj"):
                pst = "ru" if r.random() < 0.5 else "none"
            else:
                pst = "ru"
        p.base, p.father, p.father_patr, p.sur_type, p.pst = base, father, father_patr, sur_type, pst
        # what a child of this (male) person inherits
        p.fpatr_self = None
        if eth in ("ru", "ua", "de", "ko"):
            for fl in (D.RU_FATHERS, D.DE_FATHERS, D.UA_FATHERS):
                for fch in fl:
                    if fch[0] == p.given[1]:
                        p.fpatr_self = (fch[1], fch[2])
        p.sur_type_child = "normal"
        self.persons[key] = p
        return p

    # ------------------------------------------------------------ name parts
    def parts(self, p, lang):
        li = 0 if lang == "kk" else 1
        if p.sur_type == "patr":
            fg = p.father[li]
            sur = fg + (("ұлы" if p.sex == "m" else "қызы") if lang == "kk" else ("улы" if p.sex == "m" else "кызы"))
        else:
            sur = gendered_surname(p.base[li], p.sex, p.eth)
        given = p.given[li]
        patr = None
        if p.pst == "ru":
            if p.father_patr:
                patr = p.father_patr[0 if p.sex == "m" else 1]
            else:
                patr = patr_from(p.father[li], p.sex)
        elif p.pst == "kz":
            fg = p.father[li]
            patr = fg + (("ұлы" if p.sex == "m" else "қызы") if lang == "kk" else ("улы" if p.sex == "m" else "кызы"))
        elif p.pst == "az":
            patr = p.father[1] + (" оглы" if p.sex == "m" else " кызы")
        return sur, given, patr


# ====================================================================== name rendering
def has_kz_patr_word(s):
    return re.search(r"(ұлы|қызы|улы|кызы)(?![а-яәіңғүұқөһ])", s) is not None


def name_surface(ctx, p, form, case, lang):
    sur, given, patr = ctx.parts(p, lang)
    latin_tr = p.eth == "tr"
    rcase = case if case in RU_CASES else None
    kcase = case if case and case.startswith("k") else None
    if latin_tr:
        rcase = kcase = None
    poss = p.eth in POSS_ETH

    def S(x):
        return ru_surname(x, p.sex, poss, rcase) if rcase else x

    def G(x):
        return ru_given(x, p.sex, rcase) if rcase else x

    def P(x):
        return ru_patr(x, rcase) if (rcase and x) else x

    ini = given[0] + "." + (patr[0] + "." if patr else "")
    forms = []
    used_sur = True
    used_patr = False
    if form in ("lat", "latc"):
        ls, lg = (sur, given) if latin_tr else (translit(sur), translit(given))
        if form == "latc":
            text = ls.upper() + " " + lg.upper()
            forms = ["latin", "caps", "surname_given"]
        else:
            text = lg + " " + ls
            forms = ["latin", "given_surname"]
        kcase = None
    else:
        if kcase and form == "si":
            form = "is"
        if form in ("full", "caps", "split"):
            if patr:
                sep = "\n" if form == "split" else " "
                text = S(sur) + sep + G(given) + " " + P(patr)
                forms = ["full"]
                used_patr = True
            else:
                sep = "\n" if form == "split" else " "
                text = S(sur) + sep + G(given)
                forms = ["surname_given"]
            if form == "caps":
                text = text.upper()
                forms.append("caps")
            if form == "split":
                forms.append("split_line")
        elif form == "sg":
            text, forms = S(sur) + " " + G(given), ["surname_given"]
        elif form == "gs":
            text, forms = G(given) + " " + S(sur), ["given_surname"]
        elif form == "gp":
            used_sur = False
            if patr:
                text, forms, used_patr = G(given) + " " + P(patr), ["given_patronymic"], True
            else:
                text, forms = G(given), ["given_only"]
        elif form == "si":
            text, forms = S(sur) + " " + ini, ["surname_initials"]
        elif form == "is":
            text, forms = ini + " " + S(sur), ["initials_surname"]
        elif form == "so":
            text, forms = S(sur), ["surname_only"]
        elif form == "go":
            text, forms, used_sur = G(given), ["given_only"], False
        else:
            raise ValueError("bad name form " + form)
        if kcase:
            text = kk_case_last(text, kcase) if "\n" not in text.split(" ")[-1] else text
    nom = None
    if rcase or kcase:
        nom_text, _ = name_surface(ctx, p, form, None, lang)
        if nom_text != text:
            forms.append("case_form")
    if latin_tr:
        for f in ("latin", "foreign"):
            if f not in forms:
                forms.append(f)
    elif "latin" in forms and getattr(p, "foreign", False):
        forms.append("foreign")
    if used_sur and p.sur_type == "normal" and p.base[1] in EPONYMS:
        forms.append("eponym_like")
    if p.eth in NONSLAVIC:
        forms.append("non_slavic")
    if (used_sur and p.sur_type == "patr") or (used_patr and p.pst == "kz"):
        forms.append("kazakh_patronymic")
    return text, forms


# ====================================================================== value generators
MOB = ["700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778"]
LAND = [("727", 7), ("7172", 6), ("7252", 6), ("7212", 6), ("7182", 6), ("7132", 6), ("7222", 6),
        ("7262", 6), ("7142", 6), ("7232", 6), ("7122", 6), ("72772", 5)]


def spoken_groups(groups, lang):
    out = []
    for g in groups:
        if g.startswith("0") and len(g) > 1:
            w = " ".join((ru_words if lang != "kk" else kk_words)(int(c)) for c in g)
        else:
            w = (ru_words if lang != "kk" else kk_words)(int(g))
        out.append(w)
    return out


def gen_phone(r, fmt, lang):
    op = r.choice(MOB)
    a, b, c = r.randint(200, 999), r.randint(10, 99), r.randint(10, 99)
    if fmt == "mob":
        fmt = r.choice(["plus7", "plus7b", "eight", "eightb", "compact", "pcompact", "dotted", "dash", "plus7"])
    if fmt == "plus7":
        return "+7 %s %03d %02d %02d" % (op, a, b, c), ["plus7", "spaced"]
    if fmt == "plus7b":
        return "+7 (%s) %03d-%02d-%02d" % (op, a, b, c), ["plus7"]
    if fmt == "eight":
        return "8 %s %03d %02d %02d" % (op, a, b, c), ["eight", "spaced"]
    if fmt == "eightb":
        return "8(%s)%03d-%02d-%02d" % (op, a, b, c), ["eight"]
    if fmt == "dash":
        return "8-%s-%03d-%02d-%02d" % (op, a, b, c), ["eight"]
    if fmt == "compact":
        return "8%s%03d%02d%02d" % (op, a, b, c), ["eight", "compact"]
    if fmt == "pcompact":
        return "+7%s%03d%02d%02d" % (op, a, b, c), ["plus7", "compact"]
    if fmt == "dotted":
        return "8.%s.%03d.%02d.%02d" % (op, a, b, c), ["eight", "dotted"]
    if fmt == "land":
        code, n = r.choice(LAND)
        if n == 7:
            num = "%d%02d-%02d-%02d" % (r.randint(2, 3), r.randint(10, 99), b, c)
        elif n == 6:
            num = "%02d-%02d-%02d" % (r.randint(20, 79), b, c)
        else:
            num = "%d-%02d-%02d" % (r.randint(2, 5), b, c)
        if r.random() < 0.6:
            return "8 (%s) %s" % (code, num), ["landline", "eight"]
        return "+7 %s %s" % (code, num), ["landline", "plus7"]
    if fmt == "local":
        if r.random() < 0.5:
            return "%02d-%02d-%02d" % (r.randint(20, 79), b, c), ["local"]
        return "2%02d-%02d-%02d" % (r.randint(10, 99), b, c), ["local"]
    if fmt == "uz":
        return "+998 %s %03d %02d %02d" % (r.choice(["90", "91", "93", "94", "97", "99", "88"]), a, b, c), ["foreign"]
    if fmt == "kg":
        return "+996 %s %03d %03d" % (r.choice(["555", "700", "770", "550", "777", "505"]), a, r.randint(100, 999)), ["foreign"]
    if fmt == "tj":
        return "+992 %s %03d %04d" % (r.choice(["90", "92", "93", "98", "55"]), a, r.randint(1000, 9999)), ["foreign"]
    if fmt == "tr":
        return "+90 5%02d %03d %02d %02d" % (r.randint(30, 59), a, b, c), ["foreign"]
    if fmt == "rus":
        return "+7 9%02d %03d-%02d-%02d" % (r.randint(10, 99), a, b, c), ["foreign", "plus7"]
    if fmt == "words":
        w = spoken_groups(["8", op, "%03d" % a, "%02d" % b, "%02d" % c], lang)
        sep = r.choice([", ", " ", " - "])
        return sep.join(w), ["eight", "words"]
    raise ValueError("bad phone fmt " + fmt)


DOMAINS = ["mail.ru", "gmail.com", "inbox.ru", "mail.kz", "yandex.kz", "bk.ru", "list.ru", "icloud.com"]
INST_MAIL = {
    "hosp": ["priemnoe.gkb{n}@med.kz", "kense.okb@densaulyk.kz", "info@gkb{n}.kz", "kabyldau@kkp{n}.kz",
             "stat.crb@zdrav.kz", "priem@bsmp.kz"],
    "rehab": ["rehab@rc-{n}.kz", "lfk.otdel@gkb{n}.kz", "info@onalu-center.kz"],
    "police": ["kanc.op{n}@polisia.kz", "zapros.up@mvd.kz", "dpr.kense@polisia.kz"],
    "court": ["sud{n}@sud.kz", "kanc.rs{n}@sud.kz"],
    "lawyer": ["advokat.kollegia@mail.kz", "law.office{n}@gmail.com", "kza.advokat@inbox.kz"],
    "care": ["dom.prestarelyh{n}@mail.kz", "hospice@hospis.kz", "kart.uyi@eqmin.kz"],
    "mig": ["migrant.clinic@med.kz", "hr@kazstroimontazh.kz", "info@asia-textile.kz"],
    "impl": ["service@ortho-distr.kz", "registr.implant@niito.kz", "warranty@medimplant.kz"],
    "help": ["1406@call-center.kz", "help@densaulyk-line.kz", "kz.hotline@med.kz"],
    "obst": ["perinat.center{n}@med.kz", "rd{n}@zdrav.kz"],
}


def gen_email_person(r, ctx, p):
    sur, given, _ = ctx.parts(p, "ru")
    s, g = ascii_lat(sur), ascii_lat(given)
    v = r.randint(0, 4)
    dom = r.choice(DOMAINS)
    if v == 0:
        loc = "%s.%s%02d" % (g, s, p.dob.year % 100)
    elif v == 1:
        loc = "%s_%s" % (s, g[0])
    elif v == 2:
        loc = "%s%d" % (g, r.randint(1, 999))
    elif v == 3:
        loc = "%s.%s" % (s, g)
    else:
        loc = "%s%s%d" % (g[0], s, p.dob.year)
    return "%s@%s" % (loc, dom), ["personal"]


def gen_email_inst(r, key):
    t = r.choice(INST_MAIL[key])
    return t.replace("{n}", str(r.randint(1, 12))), ["institutional"]


def ru_dist(stem, case):
    return {"nom": stem + "ий район", "gen": stem + "ого района", "dat": stem + "ому району",
            "prep": stem + "ом районе"}[case or "nom"]


def city_kk(ru):
    for a, b in D.CITIES:
        if a == ru:
            return b
    return ru


def gen_address(r, kind, case, lang):
    """Return (text, forms)."""
    kk = lang == "kk"
    if kind == "full":
        st = r.choice(D.STREETS)
        h, k = r.randint(1, 250), r.randint(1, 160)
        city = r.choice(D.BIG_CITIES)
        v = r.randint(0, 5)
        if not kk:
            if v == 0:
                t = "г. %s, %s %s, д. %d, кв. %d" % (city, st[0], st[1], h, k)
            elif v == 1:
                t = "%s, г. %s, %s %s, %d-%d" % (r.choice(D.POSTCODES), city, st[0], st[1], h, k)
            elif v == 2:
                o = r.choice(D.OBLASTS)
                t = "%s, %sий р-н, с. %s, %s %s, %d" % (o[0], r.choice(D.DISTRICTS)[0], r.choice(D.VILLAGES)[0],
                                                       st[0], st[1], h)
            elif v == 3:
                t = "г. %s, мкр. %s, д. %d, кв. %d" % (city, r.choice(D.MKR)[0], h, k)
            elif v == 4:
                t = "%s, %s %s %d, кв. %d" % (city, st[0], st[1], h, k)
            else:
                t = "г. %s, %s %s, дом %d" % (city, st[0], st[1], h)
        else:
            ck = city_kk(city)
            if v == 0:
                t = "%s қ., %s %s, %d-үй, %d-пәтер" % (ck, st[2], st[3], h, k)
            elif v == 1:
                t = "%s, %s қаласы, %s %s, %d үй, %d пәтер" % (r.choice(D.POSTCODES), ck, st[2], st[3], h, k)
            elif v == 2:
                o = r.choice(D.OBLASTS)
                t = "%s, %s ауданы, %s ауылы, %s көшесі, %d" % (o[1], r.choice(D.DISTRICTS)[1],
                                                               r.choice(D.VILLAGES)[1], st[2], h)
            elif v == 3:
                t = "%s қ., %s ш/а, %d-үй, %d-пәтер" % (ck, r.choice(D.MKR)[1], h, k)
            elif v == 4:
                t = "%s қ., %s к-сі, %d/%d" % (ck, st[2], h, k)
            else:
                t = "%s қаласы, %s %s, %d-үй" % (ck, st[2], st[3], h)
        return t, ["full_postal"]
    if kind == "dorm":
        st = r.choice(D.STREETS)
        city = r.choice(["Алматы", "Алматы", "Астана", "Шымкент", "Караганда"])
        h, k = r.randint(1, 120), r.randint(101, 520)
        if not kk:
            t = "г. %s, %s %s, д. %d, общежитие, комн. %d" % (city, st[0], st[1], h, k)
        else:
            t = "%s қ., %s %s, %d-үй, жатақхана, %d-бөлме" % (city_kk(city), st[2], st[3], h, k)
        return t, ["full_postal", "dormitory"]
    if kind == "ffull":
        a = r.choice(D.FOREIGN_ADDR)
        return (a[1] if kk else a[0]), ["full_postal", "foreign"]
    if kind in ("set", "vil", "fset"):
        pool = {"set": D.CITIES, "vil": D.VILLAGES, "fset": D.FOREIGN}[kind]
        ru, kz = r.choice(pool)
        if kk:
            t = kk_case_last(kz, case) if case else kz
            nom = kz
        else:
            t = ru_city(ru, case) if case else ru
            nom = ru
        forms = ["settlement"]
        if kind == "vil":
            forms.append("village")
        if kind == "fset":
            forms.append("foreign")
        if " " in nom:
            forms.append("multi_word")
        if t != nom:
            forms.append("case_form")
        return t, forms
    if kind == "dist":
        stem, kz = r.choice(D.DISTRICTS)
        if kk:
            nom = kz + " ауданы"
            t = kk_case(nom, case) if case else nom
        else:
            nom = ru_dist(stem, None)
            t = ru_dist(stem, case)
        forms = ["district"]
        if t != nom:
            forms.append("case_form")
        return t, forms
    if kind == "mkr":
        m = r.choice(D.MKR)
        h = r.randint(1, 90)
        if kk:
            t = r.choice(["%s ш/а, %d-үй" % (m[1], h), "%s шағын ауданы, %d" % (m[1], h)])
        else:
            t = r.choice(["мкр. %s, д. %d" % (m[0], h), "мкр. %s, %d" % (m[0], h)])
        return t, ["partial", "microdistrict"]
    if kind == "street":
        st = r.choice(D.STREETS)
        h, k = r.randint(1, 250), r.randint(1, 99)
        if kk:
            t = r.choice(["%s %d-%d" % (st[2], h, k), "%s %d, %d п." % (st[2], h, k)])
        else:
            t = r.choice(["%s %d, кв %d" % (st[1], h, k), "%s %d-%d" % (st[1], h, k)])
        return t, ["street_unmarked"]
    if kind == "work":
        w = r.choice(D.WORK)
        return (w[1] if kk else w[0]), ["workplace"]
    if kind == "migwork":
        w = r.choice(D.MIG_WORK)
        return (w[1] if kk else w[0]), ["workplace"]
    if kind == "school":
        w = r.choice(D.SCHOOLS)
        return (w[1] if kk else w[0]), ["workplace", "school"]
    raise ValueError("bad address kind " + kind)


def digits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def ndig(r, n):
    return str(r.randint(1, 9)) + digits(r, n - 1)


def gen_record(r, kind, yy):
    if kind == "hosp":
        return r.choice(["%s/%02d" % (ndig(r, 5), yy), ndig(r, 4), "ИБ-" + ndig(r, 5), "%02d-%s" % (yy, ndig(r, 5)),
                         ndig(r, 5)]), ["hospitalisation"]
    if kind == "outp":
        return r.choice([ndig(r, 6), "АК-" + ndig(r, 5), "%s/%02d" % (ndig(r, 5), yy)]), ["outpatient_card"]
    if kind == "oper":
        return r.choice([ndig(r, 3), "%s/%02d" % (ndig(r, 3), yy), "ОП-" + ndig(r, 3)]), ["operation_protocol"]
    if kind == "xray":
        return r.choice(["Р-" + ndig(r, 4), "%s/%02d" % (ndig(r, 4), yy), "КТ-" + ndig(r, 5), "МРТ-" + ndig(r, 4)]), ["xray"]
    if kind == "lab":
        return r.choice(["Л-" + ndig(r, 6), ndig(r, 7), "%02d%02d-%s" % (yy, r.randint(1, 12), ndig(r, 5))]), ["lab"]
    if kind == "amb":
        return r.choice([ndig(r, 3), ndig(r, 4), ndig(r, 6)]), ["ambulance_call"]
    if kind == "rx":
        return r.choice([ndig(r, 7), "0" + ndig(r, 6)]), ["prescription"]
    if kind == "tmk":
        return r.choice(["%s/%02d" % (ndig(r, 4), yy), ndig(r, 5)]), ["teleconsultation"]
    if kind == "comm":
        return r.choice([ndig(r, 3), "%s/%02d" % (ndig(r, 3), yy), ndig(r, 4)]), ["commission_protocol"]
    if kind == "erdr":
        return "%02d%s0%s" % (yy, r.choice(["7511", "7519", "7513", "1975", "7500", "7102"]), digits(r, 8)), ["erdr"]
    raise ValueError("bad record kind " + kind)


def gen_invalid12(r):
    while True:
        if r.random() < 0.85:
            y = r.randint(1930, 2023)
            d = datetime.date(y, 1, 1) + datetime.timedelta(days=r.randint(0, 364))
            c = (3 if y < 2000 else 5) + r.randint(0, 1)
            d11 = "%02d%02d%02d%d%s" % (y % 100, d.month, d.day, c, digits(r, 4))
        else:
            d11 = ndig(r, 11)
        chk = kz_check(d11)
        last = r.randint(0, 9) if chk is None else r.choice([x for x in range(10) if x != chk])
        s = d11 + str(last)
        if not kz_valid(s):
            return s


def gen_iin(r, p):
    y = p.dob.year
    c = (1 if y < 1900 else 3 if y < 2000 else 5) + (0 if p.sex == "m" else 1)
    while True:
        d11 = "%02d%02d%02d%d%s" % (y % 100, p.dob.month, p.dob.day, c, digits(r, 4))
        chk = kz_check(d11)
        if chk is not None:
            return d11 + str(chk)


def gen_bin(r):
    while True:
        d11 = "%02d%02d%d%d%s" % (r.randint(0, 23) if r.random() < 0.6 else r.randint(95, 99), r.randint(1, 12),
                                  r.choice([4, 4, 4, 5, 6]), r.choice([0, 0, 1, 2]), digits(r, 5))
        chk = kz_check(d11)
        if chk is not None:
            return d11 + str(chk)


CYR = "АБВГДЕЖЗИКЛМНОПРСТУФХЭЮЯ"


def gen_doc(r, kind, p=None):
    if kind == "pass" and p is not None:
        kind = {"uz": "passuz", "kg": "passkg", "tj": "passtj", "tr": "passtr", "az": "passaz"}.get(p.eth, "passkz")
    if kind == "id":
        return "0" + digits(r, 8), ["id_card"]
    if kind == "rp":
        return "0" + digits(r, 8), ["id_card", "residence_permit"]
    if kind == "passkz":
        return "N" + digits(r, 8), ["passport", "kz"]
    if kind == "passru":
        return "%02d %02d %06d" % (r.randint(10, 99), r.randint(0, 25), r.randint(100000, 999999)), ["passport", "russian"]
    if kind == "passuz":
        return r.choice(["AA", "AB", "AC", "AD", "FA", "FB"]) + r.choice(["", " "]) + digits(r, 7), ["passport", "uzbek"]
    if kind == "passkg":
        return r.choice(["AC", "AN", "ID"]) + digits(r, 7), ["passport", "kyrgyz"]
    if kind == "passtj":
        return r.choice(["A", "B"]) + digits(r, 8), ["passport", "tajik"]
    if kind == "passtr":
        return "U" + digits(r, 8), ["passport", "turkish"]
    if kind == "passaz":
        return "C" + digits(r, 8), ["passport", "azerbaijani"]
    if kind == "policy":
        return r.choice(["%s-%s" % (ndig(r, 4), digits(r, 6)), "ДМС-" + ndig(r, 7), "KZ%s" % ndig(r, 9)]), ["policy"]
    if kind == "sick":
        return r.choice([ndig(r, 8), "ЛН-" + ndig(r, 7)]), ["sick_leave"]
    if kind == "plate":
        lat = "ABCEHKMOPTXYZ"
        return "%03d %s %02d" % (r.randint(1, 999), "".join(r.choice(lat) for _ in range(3)), r.randint(1, 18)), ["vehicle_plate"]
    if kind == "bcert":
        return "%s-%s %s" % (r.choice(["I", "II", "III", "IV"]), r.choice(CYR) + r.choice(CYR), digits(r, 7)), ["birth_certificate"]
    if kind == "bin":
        return gen_bin(r), ["bin"]
    raise ValueError("bad doc kind " + kind)


# ====================================================================== plain confusables
ICD = {"trauma": ["S52.5", "S06.0", "S72.0", "S82.8", "S42.2", "S01.0", "S22.3", "T14.0", "S32.0"],
       "therapy": ["I10", "I63.5", "J18.9", "E11.9", "K35.8", "N23", "I20.8", "J20.9"],
       "rehab": ["Z96.6", "I69.3", "M16.1", "M17.1", "T91.2", "M42.1", "Z50.1"],
       "old": ["G30.9", "G20", "F01.9", "I50.0", "L89.1", "R54", "I48.0", "N18.4"],
       "obst": ["O14.0", "O60.0", "O99.0", "O24.4", "O32.1", "O44.1", "P07.3", "P59.9"]}
AO = ["31-A2", "23-A2", "44-B1", "42-A1", "33-C1", "31-B2", "22-A3", "43-B2", "21-A2"]
DOSES = ["1,0 мл в/м 2 р/д", "500 мг 2 р/д", "40 мг п/к 1 р/д", "1,0 г в/в 2 р/д", "2,0 мл в/м при болях",
         "5 мг 1 р/д", "10 мг на ночь", "0,4 мл п/к", "100 мг 1 р/д", "20 мг утром", "4 мг в/в", "8 ЕД п/к"]
DOSES_KK = ["1,0 мл б/е күніне 2 рет", "500 мг күніне 2 рет", "40 мг т/а күніне 1 рет", "1,0 г к/і күніне 2 рет",
            "5 мг күніне 1 рет", "10 мг түнде", "0,4 мл т/а", "100 мг күніне 1 рет", "2,0 мл б/е ауырғанда"]
FORMS = ["027/у", "003/у", "066/у", "052/у", "001/у", "025/у", "035/у", "110/у", "096/у", "097/у"]


def dose_kk(d):
    rep = [("в/в капельно", "к/і тамшылатып"), ("в/в", "к/і"), ("в/м", "б/е"), ("п/к", "т/а"),
           ("при болях", "ауырғанда"), ("на ночь", "түнде"), ("утром", "таңертең"), ("до разреза", "тілікке дейін"),
           ("капельно", "тамшылатып")]
    for a, b in rep:
        d = d.replace(a, b)
    d = re.sub(r"(\d) р/д", lambda m: "күніне %s рет" % m.group(1), d)
    return d


def gen_plain(r, key, lang, ctx):
    kk = lang == "kk"
    if key == "wk":
        return str(max(12, min(41, (ctx.base - ctx.date("lmp")).days // 7)))
    if key == "tseq":
        if not hasattr(ctx, "tseq"):
            ctx.tseq = r.randint(7 * 60, 20 * 60)
        ctx.tseq = (ctx.tseq + r.randint(2, 55)) % (24 * 60)
        return "%02d:%02d" % divmod(ctx.tseq, 60)
    if key == "time":
        return "%02d:%02d" % (r.randint(0, 23), r.randint(0, 59))
    if key == "dtime":
        return "%02d:%02d" % (r.randint(8, 19), r.choice([0, 10, 15, 20, 30, 40, 45, 50]))
    if key == "bp":
        return "%d/%d" % (r.choice(range(95, 185, 5)), r.choice(range(55, 105, 5)))
    if key == "pulse":
        return str(r.randint(56, 118))
    if key == "temp":
        return "%d,%d" % (r.choice([36, 36, 36, 37, 37, 38]), r.randint(0, 9))
    if key == "spo2":
        return str(r.randint(88, 99))
    if key == "rr":
        return str(r.randint(14, 26))
    if key == "hb":
        return str(r.randint(86, 152))
    if key == "wbc":
        return "%d,%d" % (r.randint(3, 16), r.randint(0, 9))
    if key == "glu":
        return "%d,%d" % (r.randint(4, 14), r.randint(0, 9))
    if key == "crea":
        return str(r.randint(55, 240))
    if key == "ward":
        return str(r.randint(1, 32))
    if key == "bed":
        return str(r.randint(1, 6))
    if key == "dept":
        return str(r.randint(1, 9))
    if key == "gcs":
        return str(r.randint(12, 15))
    if key == "apgar":
        a = r.randint(6, 8)
        return "%d/%d" % (a, a + 1)
    if key == "weight":
        return str(r.randint(2450, 4300))
    if key == "height":
        return str(r.randint(46, 55))
    if key == "kg":
        return str(r.randint(48, 112))
    if key == "ao":
        return r.choice(AO)
    if key.startswith("icd"):
        cat = key[4:] or "trauma"
        return r.choice(ICD[cat])
    if key == "dose":
        return r.choice(DOSES_KK if kk else DOSES)
    if key == "form":
        return r.choice(FORMS)
    if key == "lot":
        return r.choice(["%s%s%s" % (r.choice("ABCDEFHJKMN"), digits(r, 6), r.choice(["", "A", "B", "-01"])),
                         "%02d%s%s" % (r.randint(18, 24), r.choice("ABCDEFGHJK"), digits(r, 4)),
                         digits(r, 7) + r.choice("ABCDX")])
    if key == "ref":
        return r.choice(["%s-%s-%s" % (digits(r, 4), digits(r, 2), digits(r, 3)), digits(r, 8),
                         "%s.%s" % (digits(r, 3), digits(r, 4))])
    if key == "sn":
        return "%02d%s%s" % (r.randint(18, 25), r.choice("ABCHKLMPX"), digits(r, 5))
    if key == "size":
        return r.choice(["48", "52", "54", "56", "#3", "#4", "#5", "12/14", "28 мм", "32 мм", "36 мм"])
    if key == "blood":
        return str(r.choice(range(100, 900, 50)))
    if key == "min":
        return str(r.randint(2, 45))
    if key == "n2":
        return str(r.randint(2, 40))
    if key == "n3":
        return str(r.randint(100, 999))
    if key == "n4":
        return str(r.randint(1000, 9999))
    if key == "outno":
        return "%02d-%02d/%d" % (r.randint(1, 12), r.randint(1, 30), r.randint(100, 4999))
    if key == "hospno":
        return str(r.randint(1, 12))
    if key == "mmse":
        return str(r.randint(9, 26))
    if key == "barthel":
        return str(r.choice(range(15, 90, 5)))
    if key == "vas":
        return str(r.randint(2, 8))
    if key == "deg":
        return str(r.choice(range(40, 125, 5)))
    if key == "sat":
        return str(r.randint(90, 99))
    if key == "cont":
        return "%03d-%02d-%05d" % (r.randint(100, 999), r.randint(18, 25), r.randint(10000, 99999))
    if key == "callno":
        return str(r.randint(1000, 99999))
    if key == "dur":
        return "%d:%02d" % (r.randint(2, 14), r.randint(0, 59))
    raise ValueError("bad plain key " + key)


def gen_clin(r, key, lang):
    kk = lang == "kk"
    if key == "drug":
        return r.choice(D.DRUGS_KK if kk else D.DRUGS)
    if key.startswith("dx"):
        cat = key[3:] or "trauma"
        return r.choice((D.DX_KK if kk else D.DX_RU)[cat])
    if key == "lab":
        return r.choice(D.LAB_KK if kk else D.LAB_RU)
    if key == "epo":
        return r.choice(D.EPONYM_KK if kk else D.EPONYM_RU)
    if key == "impl":
        return r.choice(D.IMPLANTS)
    if key == "maker":
        return r.choice(D.MAKERS)
    if key == "inst":
        return r.choice(D.NAMED_INST_KK if kk else D.NAMED_INST)
    raise ValueError("bad clinical key " + key)


# ====================================================================== builder
TOKEN_RE = re.compile(r"\{([^{}]+)\}|\[\[(.+?)\]\]", re.S)


def parse(text):
    """Split a template into [('lit', s) | ('slot', inner) | ('clin', s)]."""
    out = []
    pos = 0
    for m in TOKEN_RE.finditer(text):
        if m.start() > pos:
            out.append(("lit", text[pos:m.start()]))
        if m.group(1) is not None:
            out.append(("slot", m.group(1)))
        else:
            out.append(("clin", m.group(2)))
        pos = m.end()
    if pos < len(text):
        out.append(("lit", text[pos:]))
    return out


def count_rx(text):
    return sum(1 for k, v in parse(text) if k == "slot" and v.startswith("RX:"))


class Builder:
    def __init__(self, rng, ocr):
        self.r = rng
        self.ocr = ocr
        self.parts = []
        self.n = 0
        self.ids = []
        self.clin = []

    def _put(self, s):
        self.parts.append(s)
        st = self.n
        self.n += len(s)
        return st, self.n

    def lit(self, s):
        if s.startswith(".") and self.parts and self.parts[-1].endswith("."):
            s = s[1:]
        if self.ocr and s:
            s = self.ocrify(s)
        self._put(s)

    def ocrify(self, s):
        r = self.r
        out = []
        for i, ch in enumerate(s):
            if ch in ",:" and r.random() < 0.35:
                out.append(" " + ch)
            elif ch == " " and r.random() < 0.12:
                out.append("  ")
            else:
                out.append(ch)
        return "".join(out)

    def span(self, s, label, forms):
        st, en = self._put(s)
        self.ids.append({"start": st, "end": en, "label": label, "forms": list(forms), "_s": s})

    def plain(self, s):
        self._put(s)

    def clinical(self, s):
        st, en = self._put(s)
        self.clin.append({"start": st, "end": en, "_s": s})

    def text(self):
        return "".join(self.parts)


AGE_RU_UNIT = lambda n: "год" if n % 10 == 1 and n % 100 != 11 else (
    "года" if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else "лет")


def age_surface(n, fmt, lang):
    """Return (text, forms) for an age."""
    if fmt == "ru":
        return "%d %s" % (n, AGE_RU_UNIT(n)), ["ru_unit"]
    if fmt == "ruafter":     # в возрасте 91 года / 92 лет
        u = "года" if n % 10 == 1 and n % 100 != 11 else "лет"
        return "%d %s" % (n, u), ["ru_unit", "after_cue"]
    if fmt == "rulet":       # 92-летний is avoided; plain "92 г."
        return "%d лет" % n, ["ru_unit"]
    if fmt == "kk":
        return "%d жас" % n, ["kk_unit"]
    if fmt == "kkloc":
        return "%d жаста" % n, ["kk_unit", "case_form"]
    if fmt == "kkadj":
        return "%d жастағы" % n, ["kk_unit", "case_form"]
    if fmt == "num":
        return "%d" % n, ["number_only"]
    if fmt == "ruw":
        return "%s %s" % (ru_words(n), AGE_RU_UNIT(n)), ["ru_unit", "words"]
    if fmt == "kkw":
        return "%s жаста" % kk_words(n), ["kk_unit", "case_form", "words"]
    raise ValueError("bad age fmt " + fmt)


class Renderer:
    def __init__(self, rng, lang, base_date, rx_pick, rec_index):
        self.r = rng
        self.lang = lang
        self.ctx = Ctx(rng, lang, base_date)
        self.rx_pick = rx_pick
        self.rec_index = rec_index
        self.rx_seen = 0
        self.iins = {}

    def deflang(self, over):
        if over:
            return over
        return "kk" if self.lang == "kk" else "ru"

    def render(self, tpl, ocr):
        r = self.r
        for k, spec in tpl.get("persons", []):
            p = self.ctx.make_person(k, spec)
            p.foreign = any(t.strip() in ("mig", "tr", "foreign") for t in spec.split(","))
        b = Builder(r, ocr)
        for kind, val in parse(tpl["text"]):
            if kind == "lit":
                b.lit(val)
            elif kind == "clin":
                b.clinical(val)
            else:
                self.slot(b, val)
        return b

    def slot(self, b, inner):
        r, ctx = self.r, self.ctx
        lang = None
        if "@" in inner and not inner.startswith("alt:"):
            inner, lang = inner.rsplit("@", 1)
        L = self.deflang(lang)
        if inner.startswith("alt:"):
            b.plain(r.choice(inner[4:].split("|")))
            return
        a = inner.split(":")
        k = a[0]
        if k == "N":
            p = ctx.persons[a[1]]
            t, f = name_surface(ctx, p, a[2] if len(a) > 2 else "full", a[3] if len(a) > 3 else None, L)
            b.span(t, "NAME", f)
        elif k in ("NS", "NG", "NP"):
            p = ctx.persons[a[1]]
            sur, given, patr = ctx.parts(p, L)
            extra = []
            if p.eth in NONSLAVIC:
                extra.append("non_slavic")
            if k == "NS":
                if p.sur_type == "normal" and p.base[1] in EPONYMS:
                    extra.append("eponym_like")
                if p.sur_type == "patr":
                    extra.append("kazakh_patronymic")
                b.span(sur, "NAME", ["surname_only", "split_line"] + extra)
            elif k == "NG":
                b.span(given, "NAME", ["given_only", "split_line"] + extra)
            else:
                if patr:
                    if p.pst == "kz":
                        extra.append("kazakh_patronymic")
                    b.span(patr, "NAME", ["patronymic_only", "split_line"] + extra)
                else:
                    b.plain("—")
        elif k == "IIN":
            p = ctx.persons[a[1]]
            if a[1] not in self.iins:
                self.iins[a[1]] = gen_iin(r, p)
            s = self.iins[a[1]]
            mode = a[2] if len(a) > 2 else "L"
            forms = ["labelled" if mode.startswith("L") else "unlabelled"]
            if mode.endswith("S"):
                s = s[:6] + r.choice([" ", "-"]) + s[6:]
                forms.append("split")
            b.span(s, "IIN", forms)
        elif k == "BIN":
            t, f = gen_doc(r, "bin")
            b.span(t, "DOC_ID", f)
        elif k == "D":
            ref, fmt = a[1], a[2]
            if fmt == "any":
                fmt = r.choice(["num", "num", "ru", "rom", "num2"] if L != "kk" else ["num", "num", "kk", "kkj"])
            t, f = fmt_date(ctx.date(ref), fmt)
            if ref.endswith(".dob"):
                f = f + ["birth_date"]
            b.span(t, "DATE", f)
        elif k == "DR":
            ref, fmt = a[1], a[2]
            n = int(a[3]) if len(a) > 3 else r.randint(4, 14)
            d0 = ctx.date(ref)
            import calendar
            last = calendar.monthrange(d0.year, d0.month)[1]
            if d0.day + n > last:
                d0 = d0.replace(day=max(1, last - n - r.randint(0, 3)))
            d1 = d0 + datetime.timedelta(days=n)
            t, f = fmt_range(d0, d1, fmt)
            b.span(t, "DATE", f)
        elif k == "YOB":
            p = ctx.persons[a[1]]
            b.span(str(p.dob.year), "DATE", ["year_only", "birth_date"])
        elif k == "AGE":
            p = ctx.persons[a[1]]
            t, f = age_surface(p.age, a[2] if len(a) > 2 else "num", L)
            if p.age > 89:
                b.span(t, "AGE", ["over_89"] + f)
            else:
                b.plain(t)
        elif k == "PH":
            t, f = gen_phone(r, a[1] if len(a) > 1 else "mob", L)
            b.span(t, "PHONE", f)
        elif k == "EM":
            if a[1] == "inst":
                t, f = gen_email_inst(r, a[2])
            else:
                t, f = gen_email_person(r, ctx, ctx.persons[a[1]])
            b.span(t, "EMAIL", f)
        elif k == "A":
            t, f = gen_address(r, a[1], a[2] if len(a) > 2 else None, L)
            b.span(t, "ADDRESS", f)
        elif k == "R":
            t, f = gen_record(r, a[1], ctx.base.year % 100)
            b.span(t, "RECORD_ID", f)
        elif k == "RX":
            occ = (self.rec_index, self.rx_seen)
            self.rx_seen += 1
            kindmap = {"hosp": "hospitalisation", "lab": "lab", "comm": "commission_protocol"}
            if occ in self.rx_pick:
                b.span(gen_invalid12(r), "RECORD_ID", [kindmap[a[1]], "twelve_digit", "invalid_checksum"])
            else:
                t, f = gen_record(r, a[1], ctx.base.year % 100)
                b.span(t, "RECORD_ID", f)
        elif k == "DOC":
            p = ctx.persons[a[2]] if len(a) > 2 else None
            t, f = gen_doc(r, a[1], p)
            b.span(t, "DOC_ID", f)
        elif k == "cd":
            drug = r.choice(D.DRUGS_KK if L == "kk" else D.DRUGS)
            dose = r.choice(D.DRUG_DOSE[drug])
            b.clinical(drug)
            b.plain((a[1] if len(a) > 1 else " ") + (dose_kk(dose) if L == "kk" else dose))
        elif k == "c":
            t = gen_clin(r, a[1], L)
            if len(a) > 2:
                t = kk_case_last(t, a[2])
            b.clinical(t)
        elif k == "v":
            b.plain(gen_plain(r, a[1], L, ctx))
        elif k == "n":
            b.plain(str(r.randint(int(a[1]), int(a[2]))))
        else:
            raise ValueError("bad slot " + inner)
