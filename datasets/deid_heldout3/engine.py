"""Rendering engine for deid_heldout3: templates with slot markup -> text + exact spans.

Markup inside a template string:
  [[TYPE args]]  identifier slot (NAME/DATE/... generators below); alternatives with '|'
  <<literal>>    clinical span (must survive unchanged);  <<@pool>> clinical span from a pool
  {{gen args}}   unmarked filler (confusables, variation)
A template may start with directive lines '#!old', '#!child', '#!young', '#!ocr'.
"""
import datetime as _dt
import re

import pools as P

LABELS = ["NAME", "IIN", "PHONE", "EMAIL", "DATE", "AGE", "ADDRESS", "RECORD_ID", "DOC_ID"]

# ------------------------------------------------------------------ helpers: Kazakh suffixes
BACK = set("аоұыяё")
FRONT = set("әөүіеэю")
VOW = set("аәоөұүыіеэяюёи")


def kk_front(word):
    for ch in reversed(word.lower()):
        if ch in BACK:
            return False
        if ch in FRONT:
            return True
    return False


def kk_cat(word):
    ch = word.lower()[-1]
    if ch in "аәоөұүыіеэяюё":
        return "V"
    if ch in "йуир":
        return "S"
    if ch == "л":
        return "L"
    if ch in "мнң":
        return "N"
    if ch in "жз":
        return "Z"
    return "K"


SUF = {  # case: {category: (back, front)}
    "dat": {"V": ("ға", "ге"), "S": ("ға", "ге"), "L": ("ға", "ге"), "N": ("ға", "ге"), "Z": ("ға", "ге"),
            "K": ("қа", "ке")},
    "gen": {"V": ("ның", "нің"), "N": ("ның", "нің"), "S": ("дың", "дің"), "L": ("дың", "дің"),
            "Z": ("дың", "дің"), "K": ("тың", "тің")},
    "acc": {"V": ("ны", "ні"), "S": ("ды", "ді"), "L": ("ды", "ді"), "N": ("ды", "ді"), "Z": ("ды", "ді"),
            "K": ("ты", "ті")},
    "loc": {"V": ("да", "де"), "S": ("да", "де"), "L": ("да", "де"), "N": ("да", "де"), "Z": ("да", "де"),
            "K": ("та", "те")},
    "abl": {"V": ("дан", "ден"), "S": ("дан", "ден"), "L": ("дан", "ден"), "Z": ("дан", "ден"),
            "N": ("нан", "нен"), "K": ("тан", "тен")},
}
POSS3 = {"dat": ("на", "не"), "gen": ("ның", "нің"), "acc": ("н", "н"), "loc": ("нда", "нде"),
         "abl": ("нан", "нен")}


def kk_case(word, case, poss3=None):
    """Attach a Kazakh case ending to the last word of `word`."""
    last = word.split()[-1]
    if poss3 is None:
        poss3 = bool(re.search(r"(ұлы|улы|қызы|кызы|жолы|батыры)$", last))
    fr = kk_front(last)
    if poss3:
        return word + POSS3[case][1 if fr else 0]
    return word + SUF[case][kk_cat(last)][1 if fr else 0]


# ------------------------------------------------------------------ helpers: Russian cases
def ru_surname(s, male, case):
    if case == "nom" or s in P.RU_INVAR:
        return s
    i = {"gen": 0, "dat": 1, "acc": 0, "ins": 2}[case]
    if male:
        if s in P.RU_IRREG:
            return P.RU_IRREG[s][i]
        if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
            return s + ("а", "у", "а", "ым")[("gen", "dat", "acc", "ins").index(case)]
        if s.endswith(("ский", "цкий")):
            return s[:-2] + {"gen": "ого", "dat": "ому", "acc": "ого", "ins": "им"}[case]
        if s.endswith("ь") or s.endswith("й"):
            return s[:-1] + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем"}[case]
        if s[-1] in "бвгджзклмнпрстфхцчшщ":
            return s + {"gen": "а", "dat": "у", "acc": "а", "ins": "ом"}[case]
        return s
    if s.endswith(("ова", "ева", "ёва", "ина", "ына")):
        return s[:-1] + {"gen": "ой", "dat": "ой", "acc": "у", "ins": "ой"}[case]
    if s.endswith("ская") or s.endswith("цкая"):
        return s[:-2] + {"gen": "ой", "dat": "ой", "acc": "ую", "ins": "ой"}[case]
    return s


def ru_given(g, male, case):
    if case == "nom":
        return g
    if male:
        if g[-1] in "йь":
            return g[:-1] + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем"}[case]
        if g[-1] in "ая":
            base = g[:-1]
            if g[-1] == "я":
                return base + {"gen": "и", "dat": "е", "acc": "ю", "ins": "ёй"}[case]
            return base + {"gen": "ы", "dat": "е", "acc": "у", "ins": "ой"}[case]
        if g[-1] in "бвгджзклмнпрстфхцчшщ":
            return g + {"gen": "а", "dat": "у", "acc": "а", "ins": "ом"}[case]
        return g
    if g.endswith("ия"):
        return g[:-1] + {"gen": "и", "dat": "и", "acc": "ю", "ins": "ей"}[case]
    if g.endswith("я"):
        return g[:-1] + {"gen": "и", "dat": "е", "acc": "ю", "ins": "ей"}[case]
    if g.endswith("а"):
        soft = g[-2] in "гкхжшчщ"
        return g[:-1] + {"gen": "и" if soft else "ы", "dat": "е", "acc": "у", "ins": "ой"}[case]
    if g == "Любовь":
        return {"gen": "Любови", "dat": "Любови", "acc": "Любовь", "ins": "Любовью"}[case]
    return g


def ru_patr(p, male, case):
    if case == "nom" or p is None:
        return p
    if p.endswith(("ович", "евич", "ич")):
        return p + {"gen": "а", "dat": "у", "acc": "а", "ins": "ем"}[case]
    if p.endswith("на"):
        return p[:-1] + {"gen": "ы", "dat": "е", "acc": "у", "ins": "ой"}[case]
    return p  # -улы/-кызы, оглы


KK2RU = str.maketrans({"ә": "а", "ө": "о", "ү": "у", "ұ": "у", "қ": "к", "ғ": "г", "ң": "н", "һ": "х", "і": "и",
                       "Ә": "А", "Ө": "О", "Ү": "У", "Ұ": "У", "Қ": "К", "Ғ": "Г", "Ң": "Н", "Һ": "Х", "І": "И"})


def to_ru(s):
    return s.translate(KK2RU)


LAT = {"а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
       "з": "z", "и": "i", "й": "i", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o",
       "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "kh",
       "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e",
       "ю": "iu", "я": "ia", "-": "-", " ": " "}


def latin(s):
    out = []
    for ch in s:
        lo = ch.lower()
        t = LAT.get(lo, lo)
        out.append(t.capitalize() if ch != lo else t)
    return "".join(out)


def patr_from_father(f):
    f = to_ru(f)
    if f[-1] in "иы":
        return f[:-1] + "иевич", f[:-1] + "иевна"
    if f[-1] in "жшчщцй":
        st = f[:-1] if f[-1] == "й" else f
        return st + "евич", st + "евна"
    return f + "ович", f + "овна"


# ------------------------------------------------------------------ checksums
def iin_check(d11):
    w1 = list(range(1, 12))
    s = sum(int(a) * b for a, b in zip(d11, w1)) % 11
    if s == 10:
        w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
        s = sum(int(a) * b for a, b in zip(d11, w2)) % 11
        if s == 10:
            return None
    return s


def valid_iin12(x):
    if not re.fullmatch(r"\d{12}", x):
        return False
    c = iin_check(x[:11])
    return c is not None and c == int(x[11])


# ------------------------------------------------------------------ persons
ETH = [("kz", 52), ("ru", 20), ("ua", 4), ("de", 4), ("ko", 4), ("uz", 4), ("ug", 3), ("tt", 3), ("dg", 1.5),
       ("tr", 1.5), ("ch", 1.5), ("az", 1.5)]
NON_SLAVIC = {"de", "ko", "uz", "ug", "tt", "dg", "tr", "ch", "az"}
GROUPS = {
    "ua": (P.UA_SUR, P.UA_M, P.UA_F, P.RU_PAT), "de": (P.DE_SUR, P.DE_M, P.DE_F, P.DE_PAT),
    "ko": (P.KO_SUR, P.KO_M, P.KO_F, P.RU_PAT), "uz": (P.UZ_SUR, P.UZ_M, P.UZ_F, P.UZ_PAT),
    "ug": (P.UG_SUR, P.UG_M, P.UG_F, P.UG_PAT), "tt": (P.TT_SUR, P.TT_M, P.TT_F, P.TT_PAT),
    "dg": (P.DG_SUR, P.DG_M, P.DG_F, P.DG_PAT), "tr": (P.TR_SUR, P.TR_M, P.TR_F, None),
    "ch": (P.CH_SUR, P.CH_M, P.CH_F, P.CH_PAT), "az": (P.AZ_SUR, P.AZ_M, P.AZ_F, None),
}
EPO_ALL = {x for pair in P.EPO_SUR for x in pair}
INVAR_FEM = ("о", "ко", "ых", "их", "и", "у", "ук", "юк", "ец")


def fem_surname(s):
    if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return s + "а"
    if s.endswith("ский"):
        return s[:-2] + "ая"
    if s.endswith("цкий"):
        return s[:-2] + "ая"
    return s


class Person:
    def __init__(self, rng, male=None, eth=None, epo=False, age=None, ref=None):
        self.male = rng.random() < 0.5 if male is None else male
        self.eth = eth or rng.choices([e for e, _ in ETH], [w for _, w in ETH])[0]
        self.epo = epo
        self.kk = self.eth == "kz"
        m = self.male
        self.pat_style = "ru"
        if epo:
            self.eth = rng.choice(["ru", "ru", "ua", "de"])
            self.kk = False
            ms, fs = rng.choice(P.EPO_SUR)
            self.sur = ms if m else fs
            self.given = rng.choice(P.RU_M if m else P.RU_F)
            self.pat = rng.choice(P.RU_PAT)[0 if m else 1]
        elif self.kk:
            self.given = rng.choice(P.KK_M if m else P.KK_F)
            father = rng.choice(P.KK_FATHER)
            r = rng.random()
            if r < 0.08:  # surname built from father's name, no patronymic
                self.sur = father + ("ұлы" if m else "қызы")
                self.pat = None
                self.pat_style = None
            else:
                s = rng.choice(P.KK_SUR)
                self.sur = s if m else fem_surname(s)
                if rng.random() < 0.42:
                    self.pat = father + ("ұлы" if m else "қызы")
                    self.pat_style = "kk"
                else:
                    self.pat = patr_from_father(father)[0 if m else 1]
                if rng.random() < 0.07:
                    self.pat = None
                    self.pat_style = None
        elif self.eth == "ru":
            s = rng.choice(P.RU_SUR)
            self.sur = s if m else fem_surname(s)
            self.given = rng.choice(P.RU_M if m else P.RU_F)
            self.pat = rng.choice(P.RU_PAT)[0 if m else 1]
        else:
            sur, gm, gf, pats = GROUPS[self.eth]
            s = rng.choice(sur)
            self.sur = s if m or self.eth in ("ko", "de", "ua") else fem_surname(s)
            self.given = rng.choice(gm if m else gf)
            if self.eth == "az":
                self.pat = rng.choice(P.AZ_FATHER) + (" оглы" if m else " кызы")
                self.pat_style = "az"
            elif self.eth == "tr":
                self.pat = None if rng.random() < 0.6 else rng.choice(P.TR_M) + (" оглы" if m else " кызы")
                self.pat_style = "az" if self.pat else None
            else:
                self.pat = rng.choice(pats)[0 if m else 1]
            if self.eth == "de" and self.given in ("Вальтер", "Герман") and not m:
                self.given = "Эрна"
        if self.sur in EPO_ALL:
            self.epo = True
        # date of birth
        if age is None:
            age = rng.choice([rng.randint(18, 89), rng.randint(25, 75), rng.randint(30, 85)])
        self.age = age
        ref = ref or _dt.date(2024, 1, 1)
        start = _dt.date(ref.year - age - 1, ref.month, 1) + _dt.timedelta(days=rng.randint(1, 360))
        if start > ref:
            start = start - _dt.timedelta(days=365)
        self.dob = start
        self.age = ref.year - start.year - ((ref.month, ref.day) < (start.month, start.day))
        self._iin = None

    # orthography of the parts
    def parts(self, orth):
        s, g, p = self.sur, self.given, self.pat
        if orth == "ru":
            s, g = to_ru(s), to_ru(g)
            if p:
                p = to_ru(p)
        return s, g, p

    def iin(self, rng):
        if self._iin is None:
            d = self.dob
            c = (3 if self.male else 4) if d.year < 2000 else (5 if self.male else 6)
            while True:
                base = "%02d%02d%02d%d%04d" % (d.year % 100, d.month, d.day, c, rng.randint(0, 9999))
                k = iin_check(base)
                if k is not None:
                    self._iin = base + str(k)
                    break
        return self._iin


def initials(g, p, rng, style=None):
    style = style if style is not None else rng.choice([0, 0, 0, 1, 2])
    gi = g[0]
    pi = p[0] if p and " " not in p else None
    if style == 0:
        return gi + "." + (pi + "." if pi else "")
    if style == 1:
        return (gi + ". " + (pi + "." if pi else "")).strip()
    return gi + "." + (pi if pi else "")  # sloppy: А.Б


def name_segments(per, kind, orth, rng):
    """Return list of (text, label, forms) for a name rendering."""
    toks = kind.split(".")
    base = toks[0]
    mods = set(toks[1:])
    s, g, p = per.parts(orth)
    forms = []
    if per.eth in NON_SLAVIC:
        forms.append("non_slavic")
    if per.epo:
        forms.append("eponym_like")
    rucase = next((c for c in ("gen", "dat", "acc", "ins") if c in mods), None)
    kcase = next((c[1:] for c in ("kdat", "kgen", "kacc", "kloc", "kabl") if c in mods), None)
    if rucase:
        s2 = ru_surname(s, per.male, rucase)
        g2 = ru_given(g, per.male, rucase)
        p2 = ru_patr(p, per.male, rucase)
    else:
        s2, g2, p2 = s, g, p
    pat_form = {"ru": "patronymic_ovich", "kk": "patronymic_uly_kyzy", "az": "patronymic_ogly_kyzy"}.get(
        per.pat_style)
    if base == "full":
        txt = " ".join(x for x in (s2, g2, p2) if x)
        forms.append("full")
        if p:
            forms.append(pat_form)
    elif base == "gfull":  # given patronymic surname
        txt = " ".join(x for x in (g2, p2, s2) if x)
        forms += ["full", "given_first"]
        if p:
            forms.append(pat_form)
    elif base == "sg":
        txt = s2 + " " + g2
        forms.append("surname_given")
    elif base == "gs":
        txt = g2 + " " + s2
        forms.append("given_surname")
    elif base == "si":
        txt = s2 + " " + initials(g, p, rng)
        forms.append("surname_initials")
    elif base == "is":
        txt = initials(g, p, rng, rng.choice([0, 0, 1])) + " " + s2
        forms.append("initials_surname")
    elif base == "s":
        txt = s2
        forms.append("surname_only")
    elif base == "g":
        txt = g2
        forms.append("given_only")
    elif base == "gp":
        if not p:
            txt = g2
            forms.append("given_only")
        else:
            txt = g2 + " " + p2
            forms += ["given_patronymic", pat_form]
    elif base == "latin":
        txt = latin(s).upper() + " " + latin(g).upper()
        if "title" in mods:
            txt = latin(s) + " " + latin(g)
        forms.append("latin")
        if per.epo:
            pass
    elif base in ("split", "cells"):
        a = s2
        b = " ".join(x for x in (g2, p2) if x)
        if "caps" in mods:
            a, b = a.upper(), b.upper()
            forms.append("caps")
        if base == "split":
            sep = rng.choice(["\n", "\n", " \n"])
            return [(a + sep + b, "NAME", forms + ["full", "split_line"])]
        sep = rng.choice([" | ", " |", "|", "  |  "])
        return [(a, "NAME", forms + ["surname_only", "split_line", "table_cells"]), (sep, None, None),
                (b, "NAME", forms + ["given_only" if not p else "given_patronymic", "split_line", "table_cells"])]
    else:
        raise ValueError(kind)
    if kcase and base in ("si", "is"):
        end = kk_case(s, kcase)[len(s):]
        txt = txt + "-" + end if base == "si" else kk_case(txt, kcase)
    elif kcase:
        txt = kk_case(txt, kcase)
    if rucase or kcase:
        forms.append("case_form")
    if "caps" in mods:
        txt = txt.upper()
        forms.append("caps")
    if "lower" in mods:
        txt = txt.lower()
        forms.append("lowercase")
    return [(txt, "NAME", forms)]


# ------------------------------------------------------------------ dates
RU_MON_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
              "ноября", "декабря"]
RU_MON_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
              "ноябрь", "декабрь"]
RU_MON_PREP = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре",
               "ноябре", "декабре"]
RU_MON_ABBR = ["янв.", "фев.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."]
KK_MON = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
          "қараша", "желтоқсан"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
# Kazakh endings by the last spoken number word of a year/day: (last digit -> locative, ablative)
KK_NUM_LOC = {0: "да", 1: "де", 2: "де", 3: "те", 4: "те", 5: "те", 6: "да", 7: "де", 8: "де", 9: "да"}
KK_NUM_ABL = {0: "дан", 1: "ден", 2: "ден", 3: "тен", 4: "тен", 5: "тен", 6: "дан", 7: "ден", 8: "ден", 9: "дан"}
KK_NUM_DAT = {0: "ға", 1: "ге", 2: "ге", 3: "ке", 4: "ке", 5: "ке", 6: "ға", 7: "ге", 8: "ге", 9: "ға"}
KK_NUM_POSS = {0: "ы", 1: "і", 2: "сі", 3: "і", 4: "і", 5: "і", 6: "сы", 7: "сі", 8: "і", 9: "ы"}


def _tens_fix(n, table, zero_tens):
    """Kazakh ending for numbers ending in 0 depends on the tens word."""
    if n % 10:
        return table[n % 10]
    t = (n // 10) % 10
    if n % 100 == 0:
        return zero_tens["hund"]
    return zero_tens[t]


POSS_TENS = {1: "ы", 2: "сы", 3: "ы", "hund": "і"}
LOC_TENS = {1: "да", 2: "да", 3: "да", 4: "та", 5: "де", 6: "та", 7: "де", 8: "де", 9: "да", "hund": "да"}
ABL_TENS = {1: "нан", 2: "дан", 3: "дан", 4: "тан", 5: "ден", 6: "тан", 7: "ден", 8: "ден", 9: "дан",
            "hund": "нан"}
DAT_TENS = {1: "ға", 2: "ға", 3: "ға", 4: "қа", 5: "ге", 6: "қа", 7: "ге", 8: "ге", 9: "ға", "hund": "ға"}


def kk_num_end(n, case):
    if case == "poss":
        return _tens_fix(n, KK_NUM_POSS, POSS_TENS)
    if case == "loc":
        return _tens_fix(n, KK_NUM_LOC, LOC_TENS)
    if case == "abl":
        return _tens_fix(n, KK_NUM_ABL, ABL_TENS)
    return _tens_fix(n, KK_NUM_DAT, DAT_TENS)


def date_text(d, fmt, rng):
    dd, mm, yy = d.day, d.month, d.year
    z = lambda n: "%02d" % n  # noqa: E731
    if fmt == "num":
        return "%s.%s.%d" % (z(dd), z(mm), yy), ["numeric"]
    if fmt == "num1":  # no leading zero
        return "%d.%d.%d" % (dd, mm, yy), ["numeric"]
    if fmt == "num2":
        return "%s.%s.%s" % (z(dd), z(mm), z(yy % 100)), ["numeric", "two_digit_year"]
    if fmt == "slash":
        return "%s/%s/%d" % (z(dd), z(mm), yy), ["numeric", "slash"]
    if fmt == "dash":
        return "%s-%s-%d" % (z(dd), z(mm), yy), ["numeric", "dash"]
    if fmt == "iso":
        return "%d-%s-%s" % (yy, z(mm), z(dd)), ["numeric", "iso"]
    if fmt == "ru":
        return "%d %s %d" % (dd, RU_MON_GEN[mm - 1], yy), ["month_name", "ru_month"]
    if fmt == "ruq":
        return "«%s» %s %d" % (z(dd), RU_MON_GEN[mm - 1], yy), ["month_name", "ru_month", "quoted_day"]
    if fmt == "rua":
        return "%d %s %d" % (dd, RU_MON_ABBR[mm - 1], yy), ["month_name", "ru_month", "abbreviated"]
    if fmt == "roman":
        c = rng.choice(["%d.%s.%d", "%d.%s.%s", "%d/%s-%s", "%d-%s-%d"])
        y = yy if c.endswith("%d") else z(yy % 100)
        return c % (dd, ROMAN[mm - 1], y), ["numeric", "roman_month"]
    if fmt == "compact":
        if rng.random() < 0.5:
            return "%s%s%d" % (z(dd), z(mm), yy), ["compact"]
        return "%d%s%s" % (yy, z(mm), z(dd)), ["compact", "iso"]
    if fmt == "my":
        c = rng.choice([0, 1, 2])
        if c == 0:
            return "%s %d" % (RU_MON_NOM[mm - 1], yy), ["month_year", "ru_month"]
        if c == 1:
            return "%s.%d" % (z(mm), yy), ["month_year", "numeric"]
        return "%s/%s" % (z(mm), z(yy % 100)), ["month_year", "numeric"]
    if fmt == "myprep":
        return "%s %d" % (RU_MON_PREP[mm - 1], yy), ["month_year", "ru_month", "case_form"]
    if fmt == "noyear":
        if rng.random() < 0.5:
            return "%s.%s" % (z(dd), z(mm)), ["numeric", "no_year"]
        return "%d %s" % (dd, RU_MON_GEN[mm - 1]), ["month_name", "ru_month", "no_year"]
    if fmt == "nonum":
        return "%s.%s" % (z(dd), z(mm)), ["numeric", "no_year"]
    if fmt == "kk":
        return "%d жылғы %d %s" % (yy, dd, KK_MON[mm - 1]), ["month_name", "kk_month"]
    if fmt == "kkloc":
        return "%d жылғы %d %s" % (yy, dd, kk_case(KK_MON[mm - 1], "loc")), ["month_name", "kk_month", "case_form"]
    if fmt == "kkgen":
        return "%s %d-%s" % (kk_case(KK_MON[mm - 1], "gen"), dd, kk_num_end(dd, "poss")), [
            "month_name", "kk_month", "case_form", "no_year"]
    if fmt == "kk2":
        return "%d %s %d" % (dd, KK_MON[mm - 1], yy), ["month_name", "kk_month"]
    if fmt == "kkny":
        return "%d %s" % (dd, KK_MON[mm - 1]), ["month_name", "kk_month", "no_year"]
    if fmt == "kknyloc":
        return "%d %s" % (dd, kk_case(KK_MON[mm - 1], "loc")), ["month_name", "kk_month", "no_year", "case_form"]
    if fmt == "kkq":
        return "«%d» %s %d" % (dd, KK_MON[mm - 1], yy), ["month_name", "kk_month", "quoted_day"]
    if fmt == "kkmy":
        if rng.random() < 0.5:
            return "%s %d" % (KK_MON[mm - 1], yy), ["month_year", "kk_month"]
        return "%d жылғы %s" % (yy, KK_MON[mm - 1]), ["month_year", "kk_month"]
    if fmt == "kkmyloc":
        m = KK_MON[mm - 1]
        fr = kk_front(m)
        poss = ("сі" if fr else "сы") if m[-1] in "аеэыіәөүұо" else ("і" if fr else "ы")
        m = m[:-1] + {"к": "г", "қ": "ғ", "п": "б"}.get(m[-1], m[-1])
        return "%d жылдың %s%s%s" % (yy, m, poss, "нде" if fr else "нда"), ["month_year", "kk_month", "case_form"]
    if fmt in ("numloc", "numabl", "numdat"):
        case = fmt[3:]
        end = kk_num_end(yy, case)
        sep = rng.choice(["-", "-", " -"]) if case != "dat" else "-"
        return "%s.%s.%d%s%s" % (z(dd), z(mm), yy, sep, end), ["numeric", "case_form"]
    if fmt == "year":
        return "%d" % yy, ["year_only"]
    raise ValueError(fmt)


RU_ANY = ["num", "num", "num", "num", "num2", "ru", "slash", "num1", "roman", "ruq", "iso", "dash", "rua"]
KK_ANY = ["num", "num", "num", "kk", "kk2", "num2", "kkq", "roman"]


# ------------------------------------------------------------------ other generators
def kz_mobile(rng):
    return rng.choice(P.MOB_PREF), "%03d" % rng.randint(100, 999), "%02d" % rng.randint(0, 99), "%02d" % rng.randint(
        0, 99)


def phone(kind, rng):
    if kind == "mob":
        kind = rng.choice(["plus7", "plus7", "eight", "eight", "dotted", "spaced", "compact", "pluscompact"])
    a, b, c, d = kz_mobile(rng)
    if kind == "plus7":
        t = rng.choice(["+7 (%s) %s-%s-%s", "+7 %s %s %s %s", "+7(%s)%s-%s-%s", "+7 %s %s-%s-%s", "+7-%s-%s-%s-%s"])
        return t % (a, b, c, d), ["plus7"]
    if kind == "pluscompact":
        return "+7%s%s%s%s" % (a, b, c, d), ["plus7", "compact"]
    if kind == "eight":
        t = rng.choice(["8 (%s) %s-%s-%s", "8-%s-%s-%s-%s", "8 %s %s %s %s", "8(%s)%s%s%s", "8 %s %s-%s-%s"])
        return t % (a, b, c, d), ["eight"]
    if kind == "dotted":
        t = rng.choice(["8.%s.%s.%s.%s", "+7.%s.%s.%s.%s"])
        return t % (a, b, c, d), ["dotted"] + (["plus7"] if t[0] == "+" else ["eight"])
    if kind == "spaced":
        t = rng.choice(["8 %s %s %s %s", "+7 %s %s %s %s", "8 %s %s %s %s"])
        return (t % (a, b, c, d)).replace(b, b[0] + " " + b[1:], 1) if rng.random() < 0.3 else t % (a, b, c, d), \
            ["spaced"] + (["plus7"] if t[0] == "+" else ["eight"])
    if kind == "compact":
        return "8%s%s%s%s" % (a, b, c, d), ["eight", "compact"]
    if kind == "land":
        city = rng.choice(list(P.CITY_CODE))
        code = P.CITY_CODE[city]
        n = 10 - len(code)  # local digits
        digs = "".join(str(rng.randint(0, 9)) for _ in range(n))
        digs = str(rng.randint(2, 5)) + digs[1:]
        if n == 7:
            loc = "%s-%s-%s" % (digs[:3], digs[3:5], digs[5:])
        elif n == 6:
            loc = "%s-%s-%s" % (digs[:2], digs[2:4], digs[4:])
        else:
            loc = "%s-%s-%s" % (digs[:1], digs[1:3], digs[3:]) if n == 5 else "%s-%s" % (digs[:2], digs[2:])
        t = rng.choice(["8 (%s) %s", "8(%s)%s", "+7 (%s) %s", "8 %s %s", "8-%s-%s"])
        return t % (code, loc), ["landline"] + (["plus7"] if t[0] == "+" else ["eight"])
    if kind == "local":
        t = rng.choice(["%d-%02d-%02d", "%d-%02d-%02d", "%d%d-%02d-%02d"])
        if t.count("%") == 3:
            return t % (rng.randint(2, 7), rng.randint(10, 99), rng.randint(0, 99)), ["local"]
        return t % (rng.randint(2, 7), rng.randint(0, 9), rng.randint(10, 99), rng.randint(0, 99)), ["local"]
    if kind == "foreign":
        c = rng.choice(["uz", "kg", "tr", "ru", "ru"])
        if c == "uz":
            return "+998 %d %03d %02d %02d" % (rng.choice([90, 91, 93, 94, 97, 99]), rng.randint(100, 999),
                                                rng.randint(0, 99), rng.randint(0, 99)), ["foreign"]
        if c == "kg":
            return "+996 %d %02d %02d %02d" % (rng.choice([555, 700, 772, 502]), rng.randint(0, 99),
                                                rng.randint(0, 99), rng.randint(0, 99)), ["foreign"]
        if c == "tr":
            return "+90 5%02d %03d %02d %02d" % (rng.randint(30, 59), rng.randint(100, 999), rng.randint(0, 99),
                                                  rng.randint(0, 99)), ["foreign"]
        return "+7 9%02d %03d-%02d-%02d" % (rng.randint(0, 99), rng.randint(100, 999), rng.randint(0, 99),
                                             rng.randint(0, 99)), ["foreign", "plus7"]
    raise ValueError(kind)


def email(kind, per, rng):
    if kind == "inst":
        return rng.choice(P.INST_MAIL), ["institutional"]
    s, g, _ = per.parts("ru")
    ls, lg = latin(s).lower().replace("'", ""), latin(g).lower()
    t = rng.choice(["%s.%s", "%s_%s", "%s%s", "%s.%s%d", "%s%d"])
    if t == "%s.%s":
        u = t % (lg, ls)
    elif t == "%s_%s":
        u = t % (ls, lg[0])
    elif t == "%s%s":
        u = t % (lg[0], ls)
    elif t == "%s.%s%d":
        u = t % (lg, ls, per.dob.year % 100)
    else:
        u = t % (ls, rng.randint(1, 999))
    return u.replace("-", "") + "@" + rng.choice(P.EMAIL_DOM), ["personal"]


def rid(kind, rng, d0):
    yy = d0.year % 100
    f = [kind] if kind in ("hospitalisation", "outpatient_card", "operation_protocol", "xray", "lab",
                           "ambulance_call") else []
    if kind == "hospitalisation":
        t = rng.choice(["%d/%d", "%d-%d", "%d", "%02d-%05d", "И-%d/%d", "%d/С"])
        if t in ("%d/%d", "%d-%d", "И-%d/%d"):
            return t % (rng.randint(120, 19999), yy), f
        if t == "%02d-%05d":
            return t % (yy, rng.randint(1, 30000)), f
        if t == "%d/С":
            return t % rng.randint(100, 9999), f
        return "%d" % rng.randint(1000, 99999), f
    if kind == "outpatient_card":
        t = rng.choice(["%d", "%06d", "А-%d", "%d/%d"])
        if t == "%d/%d":
            return t % (rng.randint(10, 9999), rng.randint(1, 30)), f
        return t % rng.randint(100, 99999), f
    if kind == "operation_protocol":
        t = rng.choice(["%d", "%d/%d", "%d-О"])
        if t == "%d/%d":
            return t % (rng.randint(1, 2999), yy), f
        return t % rng.randint(1, 2999), f
    if kind == "xray":
        t = rng.choice(["%d", "R-%d-%04d", "РГ-%d", "КТ-%05d", "%d/%d"])
        if t == "R-%d-%04d":
            return t % (yy, rng.randint(1, 9999)), f
        if t == "%d/%d":
            return t % (rng.randint(10, 9999), yy), f
        return t % rng.randint(100, 99999), f
    if kind == "lab":
        t = rng.choice(["%02d%02d%02d-%03d", "L%07d", "%d", "ЛАБ-%06d", "%010d"])
        if t == "%02d%02d%02d-%03d":
            return t % (yy, d0.month, d0.day, rng.randint(1, 999)), f
        if t == "%010d":
            return t % rng.randint(10 ** 8, 10 ** 10 - 1), f
        return t % rng.randint(1000, 9999999), f
    if kind == "ambulance_call":
        t = rng.choice(["%d", "%02d%02d-%04d", "%d/%d"])
        if t == "%02d%02d-%04d":
            return t % (d0.month, d0.day, rng.randint(1, 9999)), f
        if t == "%d/%d":
            return t % (rng.randint(1, 999), rng.randint(1, 40)), f
        return t % rng.randint(10, 99999), f
    raise ValueError(kind)


def invalid12(rng, d0):
    while True:
        if rng.random() < 0.6:
            base = "%02d%02d%02d" % (d0.year % 100, d0.month, d0.day) + "".join(
                str(rng.randint(0, 9)) for _ in range(6))
        else:
            base = "".join(str(rng.randint(0, 9)) for _ in range(12))
        if not valid_iin12(base):
            return base


def bin_number(rng):
    while True:
        base = "%02d%02d%d%d%05d" % (rng.randint(0, 24), rng.randint(1, 12), rng.choice([4, 4, 4, 5, 6]),
                                     rng.choice([0, 0, 1, 2]), rng.randint(0, 99999))
        k = iin_check(base)
        if k is not None:
            return base + str(k)


PLATE_L = "ABCDEHKMOPTXYZ"


def doc(kind, rng, d0):
    if kind == "id_card":
        return "0%08d" % rng.randint(10000000, 99999999), ["id_card"]
    if kind == "passport_kz":
        return "N%08d" % rng.randint(1000000, 19999999), ["passport", "passport_kz"]
    if kind == "passport_ru":
        t = rng.choice(["%02d %02d %06d", "%02d%02d %06d", "%02d%02d№%06d"])
        return t % (rng.randint(1, 99), rng.randint(0, 24), rng.randint(0, 999999)), ["passport", "passport_ru"]
    if kind == "passport_uz":
        return "%s%07d" % (rng.choice(["AA", "AB", "AC", "FA", "AD"]), rng.randint(0, 9999999)), [
            "passport", "passport_uz"]
    if kind == "passport_kg":
        return "%s%07d" % (rng.choice(["AN", "AC", "ID"]), rng.randint(0, 9999999)), ["passport", "passport_kg"]
    if kind == "policy":
        t = rng.choice(["ДМС-%d-%06d", "%02d-%07d", "КС %06d", "%016d", "П/%d/%05d"])
        if t == "%016d":
            return t % rng.randint(10 ** 15, 10 ** 16 - 1), ["policy", "policy_ru_oms"]
        if "%d" in t and t.count("%") == 2:
            return t % (d0.year, rng.randint(1, 99999)), ["policy"]
        if t == "%02d-%07d":
            return t % (rng.randint(1, 30), rng.randint(1, 9999999)), ["policy"]
        return t % rng.randint(1, 999999), ["policy"]
    if kind == "sick_leave":
        t = rng.choice(["%07d", "ЛН-%06d", "%d", "%02d%06d"])
        if t == "%02d%06d":
            return t % (d0.year % 100, rng.randint(1, 999999)), ["sick_leave"]
        return t % rng.randint(1000, 9999999), ["sick_leave"]
    if kind == "vehicle_plate":
        L = "".join(rng.choice(PLATE_L) for _ in range(3))
        reg = rng.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14",
                          "15", "16", "17", "18", "19", "20"])
        t = rng.choice(["%03d %s %s", "%03d%s%s", "%03d %s%s"])
        return t % (rng.randint(1, 999), L, reg), ["vehicle_plate"]
    if kind == "bin":
        return bin_number(rng), ["bin"]
    if kind == "birth_certificate":
        t = rng.choice(["%07d", "I-%s %06d", "%d"])
        if t.startswith("I-"):
            return t % (rng.choice(["АЖ", "КЗ", "ТД", "ЖФ"]), rng.randint(0, 999999)), ["birth_certificate"]
        return t % rng.randint(100000, 9999999), ["birth_certificate"]
    raise ValueError(kind)


# ------------------------------------------------------------------ addresses
def settl(rng, kinds=("city", "town", "vil")):
    while True:
        x = rng.choice(P.SETTLEMENTS)
        if x[2] in kinds:
            return x


def ru_place_case(s, case):
    if case == "nom":
        return s
    w = s.split()
    last = w[-1]
    if last[-1] in "ыиоуеэ" or last in ("Актобе", "Атырау", "Кокшетау", "Темиртау", "Ерейментау", "Хромтау",
                                       "Кентау", "Каратау") or last.endswith("ий") and False:
        return s
    if last.endswith("ский"):
        last2 = last[:-2] + ("ого" if case == "gen" else "ом")
    elif last.endswith("ый"):
        last2 = last[:-2] + ("ого" if case == "gen" else "ом")
    elif last.endswith("й"):
        last2 = last[:-1] + ("я" if case == "gen" else "е")
    elif last.endswith("а"):
        last2 = last[:-1] + ((("и" if last[-2] in "гкхжшчщ" else "ы")) if case == "gen" else "е")
    elif last[-1] in "бвгджзклмнпрстфхцчшщ":
        last2 = last + ("а" if case == "gen" else "е")
    else:
        return s
    return " ".join(w[:-1] + [last2])


def address(kind, rng, lang):
    """Return list of segments."""
    A = "ADDRESS"
    if kind == "full":
        ru, kk, typ, reg = settl(rng)
        st_ru, st_kk = rng.choice(P.STREETS)
        h = rng.randint(1, 250)
        kv = rng.randint(1, 180)
        pc = "%06d" % rng.choice([50000, 10000, 160000, 100000, 30000, 80000, 140000, 70000, 60000, 110000,
                                  120000, 90000, 130000, 150000, 40000, 20000]) if False else None
        pcode = "%02d%04d" % (rng.choice([5, 1, 16, 10, 3, 8, 14, 7, 6, 11, 12, 9, 13, 15, 4, 2]), rng.randint(0, 999))
        style = rng.randint(0, 5)
        hs = "%d" % h + (rng.choice(["", "", "", "А", "/2", "Б"]))
        if typ == "city":
            if style == 0:
                t = "г. %s, ул. %s, д. %s, кв. %d" % (ru, st_ru, hs, kv)
            elif style == 1:
                t = "%s, г. %s, ул. %s %s-%d" % (pcode, ru, st_ru, hs, kv)
            elif style == 2:
                dis = rng.choice(P.CITY_DISTRICTS)[0]
                t = "г.%s, %s р-н, ул.%s, д.%s кв.%d" % (ru, dis, st_ru, hs, kv)
            elif style == 3:
                av = rng.choice(P.AVENUES)[0]
                t = "РК, г. %s, %s, %s, кв %d" % (ru, av, hs, kv)
            elif style == 4:
                t = "%s, ул. %s, дом %s, кв. %d" % (ru, st_ru, hs, kv)
            else:
                t = "г. %s, мкр. %s, д. %d, кв. %d" % (ru, rng.choice(P.MKR), rng.randint(1, 60), kv)
        else:
            dis = rng.choice([x for x in P.RURAL_DISTRICTS if x[2] == reg])[0]
            mark = "г." if typ == "town" else rng.choice(["с.", "с.", "п.", "а."])
            if style in (0, 1, 2):
                t = "%s обл., %s р-н, %s %s, ул. %s, %s" % (reg, dis, mark, ru, st_ru, hs)
            elif style == 3:
                t = "%s, %s область, %s район, %s %s, ул. %s, д. %s" % (pcode, reg, dis, mark, ru, st_ru, hs)
            else:
                t = "%s %s, ул. %s, д. %s, кв. %d" % (mark, ru, st_ru, hs, kv)
        return [(t, A, ["full_postal"])]
    if kind == "fullkk":
        ru, kk, typ, reg = settl(rng)
        st_ru, st_kk = rng.choice(P.STREETS)
        h = rng.randint(1, 250)
        kv = rng.randint(1, 180)
        style = rng.randint(0, 4)
        if typ == "city":
            if style == 0:
                t = "%s қ., %s көшесі, %d-үй, %d-пәтер" % (kk, st_kk, h, kv)
            elif style == 1:
                t = "%s қаласы, %s к-сі %d, %d п." % (kk, st_kk, h, kv)
            elif style == 2:
                t = "%s қ., %s, %d үй, %d пәтер" % (kk, rng.choice(P.AVENUES)[1], h, kv)
            elif style == 3:
                t = "%s қаласы, %s ш/а, %d-үй, %d-пәтер" % (kk, rng.choice(P.MKR_KK), rng.randint(1, 60), kv)
            else:
                t = "%s қ., %s ауданы, %s көшесі, %d" % (kk, rng.choice(P.CITY_DISTRICTS)[1], st_kk, h)
        else:
            dis = rng.choice([x for x in P.RURAL_DISTRICTS if x[2] == reg])[1]
            mark = "қаласы" if typ == "town" else "ауылы"
            reg_kk = {"Алматинская": "Алматы", "Туркестанская": "Түркістан", "Жамбылская": "Жамбыл",
                      "Акмолинская": "Ақмола", "Карагандинская": "Қарағанды", "Кызылординская": "Қызылорда",
                      "Актюбинская": "Ақтөбе", "Костанайская": "Қостанай", "Атырауская": "Атырау",
                      "Мангистауская": "Маңғыстау", "Абайская": "Абай", "Жетысуская": "Жетісу",
                      "Восточно-Казахстанская": "Шығыс Қазақстан", "Северо-Казахстанская": "Солтүстік Қазақстан",
                      "Западно-Казахстанская": "Батыс Қазақстан", "Павлодарская": "Павлодар",
                      "Улытауская": "Ұлытау"}[reg]
            if style < 3:
                t = "%s облысы, %s ауданы, %s %s, %s көшесі, %d-үй" % (reg_kk, dis, kk, mark, st_kk, h)
            else:
                t = "%s ауд., %s %s, %s к., %d" % (dis, kk, mark[:1] + ".", st_kk, h)
        return [(t, A, ["full_postal"])]
    if kind in ("set", "setgen", "setprep"):  # Russian bare settlement
        case = {"set": "nom", "setgen": "gen", "setprep": "prep"}[kind]
        r = rng.random()
        if r < 0.12:
            ru = rng.choice(P.MULTI_SETTL)[0]
            f = ["settlement", "multi_word", "village"]
            mark = rng.choice(["с. ", "с. ", "п. ", ""])
        else:
            ru, kk, typ, reg = settl(rng)
            f = ["settlement"] + (["village"] if typ == "vil" else [])
            mark = {"city": rng.choice(["г. ", "г.", ""]), "town": rng.choice(["г. ", ""]),
                    "vil": rng.choice(["с. ", "с.", "п. ", "а. ", ""])}[typ]
        w = ru_place_case(ru, case)
        if w != ru:
            f.append("case_form")
        if case != "nom" and mark and rng.random() < 0.5:
            mark = ""
        return ([(mark, None, None)] if mark else []) + [(w, A, f)]
    if kind in ("setkk", "setkkloc", "setkkabl", "setkkgen", "setkkdat"):
        case = kind[5:] or None
        r = rng.random()
        if r < 0.12:
            kk = rng.choice(P.MULTI_SETTL)[1]
            f = ["settlement", "multi_word", "village"]
            typ = "vil"
        else:
            ru, kk, typ, reg = settl(rng)
            f = ["settlement"] + (["village"] if typ == "vil" else [])
        w = kk_case(kk, case, poss3=bool(re.search(r"(жолы)$", kk))) if case else kk
        if case:
            f.append("case_form")
            mk = rng.choice(["", "", "", " қаласын"[:0]])
            return [(w, A, f)]
        mark = {"city": rng.choice([" қаласы", " қ.", ""]), "town": rng.choice([" қаласы", " қ.", ""]),
                "vil": rng.choice([" ауылы", " а.", " ауылы", ""])}[typ]
        return [(w, A, f)] + ([(mark, None, None)] if mark else [])
    if kind == "foreign":
        ru, kk = rng.choice(P.FOREIGN_SETTL)
        w = kk if lang == "kk" else ru
        return [(w, A, ["settlement", "foreign"])]
    if kind == "district":
        if rng.random() < 0.5:
            x = rng.choice(P.CITY_DISTRICTS)
        else:
            x = rng.choice(P.RURAL_DISTRICTS)
        if lang == "kk":
            t = x[1] + rng.choice([" ауданы", " ауданы", " ауд."])
        else:
            t = x[0] + rng.choice([" район", " район", " р-н"])
        return [(t, A, ["district"])]
    if kind.startswith("districtkk"):
        x = rng.choice(P.CITY_DISTRICTS + [d[:2] for d in P.RURAL_DISTRICTS])
        t = x[1] + " ауданы"
        c = kind[10:] or None
        if c:
            t = kk_case(t, c, poss3=True)
            return [(t, A, ["district", "case_form"])]
        return [(t, A, ["district"])]
    if kind == "street":
        st_ru, st_kk = rng.choice(P.STREETS)
        s = st_kk if lang == "kk" else st_ru
        t = rng.choice(["%s %d, кв %d", "%s %d-%d", "%s, %d кв.%d", "%s %d"])
        if t == "%s %d":
            return [(t % (s, rng.randint(1, 250)), A, ["street_unmarked"])]
        return [(t % (s, rng.randint(1, 250), rng.randint(1, 150)), A, ["street_unmarked"])]
    if kind == "mkr":
        if lang == "kk":
            t = rng.choice(["%s ш/а, %d-үй", "%s шағынауданы, %d үй", "%s ш/а %d-%d"])
            m = rng.choice(P.MKR_KK)
            if t.count("%d") == 2:
                return [(t % (m, rng.randint(1, 60), rng.randint(1, 120)), A, ["partial", "microdistrict"])]
            return [(t % (m, rng.randint(1, 60)), A, ["partial", "microdistrict"])]
        m = rng.choice(P.MKR)
        t = rng.choice(["мкр. %s, д. %d", "мкр %s, %d", "мкр.%s д.%d кв.%d", "%s мкр., %d-%d"])
        if t.count("%d") == 2:
            return [(t % (m, rng.randint(1, 60), rng.randint(1, 120)), A, ["partial", "microdistrict"])]
        return [(t % (m, rng.randint(1, 60)), A, ["partial", "microdistrict"])]
    if kind == "work":
        w = rng.choice(P.EMPLOYERS_KK if lang == "kk" else P.EMPLOYERS)
        return [(w, A, ["workplace"])]
    raise ValueError(kind)


# ------------------------------------------------------------------ ages
def age_text(n, fmt, rng):
    if fmt == "ru":
        unit = "год" if n % 10 == 1 and n % 100 != 11 else ("года" if n % 10 in (2, 3, 4) and n % 100 not in (
            12, 13, 14) else "лет")
        return "%d %s" % (n, unit)
    if fmt == "rugen":  # в возрасте N года/лет
        unit = "года" if n % 10 == 1 and n % 100 != 11 else "лет"
        return "%d %s" % (n, unit)
    if fmt == "kk":
        return "%d жас" % n
    if fmt == "kkloc":
        return "%d жаста" % n
    if fmt == "kkattr":
        return "%d жастағы" % n
    if fmt == "bare":
        return "%d" % n
    raise ValueError(fmt)
