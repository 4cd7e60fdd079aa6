"""Value generators and the template renderer for deid_heldout5 (stdlib only)."""
import datetime as dt
import re

# ----------------------------------------------------------------- helpers
RU_MON_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]
RU_MON_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
              "сентябрь", "октябрь", "ноябрь", "декабрь"]
RU_MON_LOC = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
              "сентябре", "октябре", "ноябре", "декабре"]
KK_MON = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
          "қыркүйек", "қазан", "қараша", "желтоқсан"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

BACK = set("аоұыуяёaou")
FRONT = set("әеөүіиэюeiöü")
VOWELS = set("аәеоөұүыіэяюё")
VOICELESS = set("кқпстфхцчшщбвгд")


def harmony(word):
    for ch in reversed(word.lower()):
        if ch in BACK:
            return "b"
        if ch in FRONT:
            return "f"
    return "b"


def kk_suffix(word, case):
    """Attach a Kazakh case ending (dat, gen, acc, loc, abl) to word."""
    w = word
    low = w.lower()
    h = harmony(w)
    if low.endswith(("ұлы", "қызы", "улы", "кызы")):
        # possessive-like patronymic: Болатұлы -> Болатұлына / Болатұлының
        return w + {"dat": "на" if h == "b" else "не", "gen": "ның" if h == "b" else "нің",
                    "acc": "н", "loc": "нда" if h == "b" else "нде",
                    "abl": "нан" if h == "b" else "нен"}[case]
    last = low[-1]
    b = h == "b"
    if last in VOWELS:
        cls = "v"
    elif last in "йуирл":
        cls = "s"
    elif last in "мнң":
        cls = "n"
    elif last in "зж":
        cls = "z"
    elif last in VOICELESS:
        cls = "k"
    else:
        cls = "v"
    if case == "dat":
        suf = ("қа" if b else "ке") if cls == "k" else ("ға" if b else "ге")
    elif case == "gen":
        if cls == "v":
            suf = "ның" if b else "нің"
        elif cls == "k":
            suf = "тың" if b else "тің"
        else:
            suf = "дың" if b else "дің"
    elif case == "acc":
        if cls == "v":
            suf = "ны" if b else "ні"
        elif cls == "k":
            suf = "ты" if b else "ті"
        else:
            suf = "ды" if b else "ді"
    elif case == "loc":
        suf = ("та" if b else "те") if cls == "k" else ("да" if b else "де")
    elif case == "abl":
        if cls == "k":
            suf = "тан" if b else "тен"
        elif cls == "n":
            suf = "нан" if b else "нен"
        else:
            suf = "дан" if b else "ден"
    else:
        raise ValueError(case)
    return w + suf


TRANS = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
         "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
         "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
         "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "ә": "a",
         "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i"}


def translit(s):
    out = []
    for ch in s:
        lo = ch.lower()
        if lo in TRANS:
            t = TRANS[lo]
            out.append(t.capitalize() if ch != lo else t)
        else:
            out.append(ch)
    return "".join(out)


# ----------------------------------------------------------------- IIN / BIN
W1 = list(range(1, 12))
W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]


def iin_check(d11):
    d = [int(c) for c in d11]
    s = sum(a * b for a, b in zip(d, W1)) % 11
    if s == 10:
        s = sum(a * b for a, b in zip(d, W2)) % 11
        if s == 10:
            return None
    return s


def iin_valid(s):
    if not re.fullmatch(r"\d{12}", s):
        return False
    c = iin_check(s[:11])
    return c is not None and c == int(s[11])


def make_iin(rng, dob, sex):
    cent = (3 if sex == "m" else 4) if dob.year < 2000 else (5 if sex == "m" else 6)
    while True:
        d11 = dob.strftime("%y%m%d") + str(cent) + "%04d" % rng.randint(0, 9999)
        c = iin_check(d11)
        if c is not None:
            return d11 + str(c)


def make_bin(rng):
    while True:
        d11 = "%02d%02d" % (rng.randint(0, 23), rng.randint(1, 12)) + "4" + rng.choice("0124") + \
            "%05d" % rng.randint(0, 99999)
        c = iin_check(d11)
        if c is not None:
            return d11 + str(c)


def make_bad12(rng):
    """12 digits with an INVALID IIN checksum, usually starting like yymmdd + 3..6."""
    while True:
        if rng.random() < 0.75:
            y = rng.randint(1935, 2023)
            d = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
            d11 = d.strftime("%y%m%d") + str(rng.randint(3, 6)) + "%04d" % rng.randint(0, 9999)
        else:
            d11 = str(rng.randint(1, 9)) + "%010d" % rng.randint(0, 10 ** 10 - 1)
        c = iin_check(d11)
        choices = [x for x in range(10) if x != c]
        s = d11 + str(rng.choice(choices))
        if not iin_valid(s):
            return s


# ----------------------------------------------------------------- names
from names_data import (ETHNIC, RU_PATR, EPONYM_SURNAMES, NON_SLAVIC, LATIN_FOREIGN)  # noqa: E402


def patronymic(father, sex):
    if father in RU_PATR:
        m = RU_PATR[father]
    elif father.endswith("ь"):
        m = father[:-1] + "евич"
    elif father.endswith("й"):
        m = father[:-1] + "евич"
    elif father[-1] in "жшчщц":
        m = father + "евич"
    else:
        m = father + "ович"
    return m if sex == "m" else m[:-2] + "на"


class Person:
    def __init__(self, eth, sex, sur, giv, pat, patkind, latin=False):
        # sur/giv/pat are dicts script -> string
        self.eth, self.sex = eth, sex
        self.sur, self.giv, self.pat = sur, giv, pat
        self.patkind = patkind  # 'ru', 'kk', 'az', ''
        self.latin = latin
        self.dob = None
        self.iin = None
        self.sur_kazpat = False

    def parts(self, script):
        return self.sur[script], self.giv[script], self.pat[script]


def make_person(rng, eth=None, sex=None, kz_bias=0.45):
    if eth is None:
        r = rng.random()
        if r < kz_bias:
            eth = "kazakh"
        else:
            eth = rng.choice(["russian", "russian", "ukrainian", "tatar", "uzbek", "uyghur", "korean",
                              "german", "dungan", "chechen", "azerbaijani", "kazakh", "russian",
                              "turkish_latin", "korean_latin"][:13 if rng.random() < 0.9 else 15])
    if sex is None:
        sex = rng.choice("mf")
    E = ETHNIC[eth]
    if E.get("latin"):
        giv = rng.choice(E["m"] if sex == "m" else E["f"])
        sur = rng.choice(E["sur"])
        p = Person(eth, sex, {"ru": sur, "kk": sur}, {"ru": giv, "kk": giv}, {"ru": "", "kk": ""}, "",
                   latin=True)
        return p
    gl = E["m"] if sex == "m" else E["f"]
    g = rng.choice(gl)
    giv = {"ru": g[0], "kk": g[1]} if isinstance(g, tuple) else {"ru": g, "kk": g}
    s = rng.choice(E["sur"])
    s_ru, s_kk = (s if isinstance(s, tuple) else (s, s))
    if sex == "f":
        s_ru, s_kk = E["fem"](s_ru), E["fem"](s_kk)
    father = rng.choice(E["fathers"])
    f_ru, f_kk = (father if isinstance(father, tuple) else (father, father))
    patkind = "ru"
    pat = {"ru": patronymic(f_ru, sex), "kk": patronymic(f_ru, sex)}
    p_sur_kazpat = False
    if eth == "kazakh":
        r = rng.random()
        if r < 0.30:
            patkind = "kk"
            pat = {"ru": f_ru + ("улы" if sex == "m" else "кызы"), "kk": f_kk + ("ұлы" if sex == "m" else "қызы")}
        elif r < 0.40:
            patkind = ""
            pat = {"ru": "", "kk": ""}
        elif r < 0.48:
            # modern Kazakh surname formed from the father's name, no patronymic
            patkind = ""
            pat = {"ru": "", "kk": ""}
            s_ru = f_ru + ("улы" if sex == "m" else "кызы")
            s_kk = f_kk + ("ұлы" if sex == "m" else "қызы")
            p_sur_kazpat = True
    elif eth == "azerbaijani":
        patkind = "az"
        pat = {"ru": f_ru + (" оглы" if sex == "m" else " кызы"), "kk": f_ru + (" оглы" if sex == "m" else " кызы")}
    p = Person(eth, sex, {"ru": s_ru, "kk": s_kk}, giv, pat, patkind)
    p.sur_kazpat = p_sur_kazpat
    return p


# Russian declension -------------------------------------------------------
def ru_case_sur(s, sex, case):
    if sex == "m":
        if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
            return s + {"gen": "а", "dat": "у", "ins": "ым"}[case]
        if s.endswith(("ский", "цкий")):
            return s[:-2] + {"gen": "ого", "dat": "ому", "ins": "им"}[case]
        if s.endswith(("улы", "кызы", "ұлы", "қызы")) or s[-1] in "оеиуюыэ" or s.endswith(("ых", "их")):
            return s
        if s.endswith("ь"):
            return s[:-1] + {"gen": "я", "dat": "ю", "ins": "ем"}[case]
        if s.endswith("й"):
            return s[:-1] + {"gen": "я", "dat": "ю", "ins": "ем"}[case]
        if s.endswith("а"):
            return s[:-1] + {"gen": "ы", "dat": "е", "ins": "ой"}[case]
        if re.search(r"[бвгджзклмнпрстфхцчшщ]$", s):
            ins = "ем" if s[-1] in "жшчщц" else "ом"
            return s + {"gen": "а", "dat": "у", "ins": ins}[case]
        return s
    if s.endswith(("ова", "ева", "ёва", "ина", "ына")):
        return s[:-1] + "ой"
    if s.endswith("ская") or s.endswith("цкая"):
        return s[:-2] + "ой"
    return s


RU_GIV_EXC = {"Павел": ("Павла", "Павлу", "Павлом"), "Пётр": ("Петра", "Петру", "Петром"),
              "Лев": ("Льва", "Льву", "Львом")}


def ru_case_giv(g, sex, case):
    idx = {"gen": 0, "dat": 1, "ins": 2}[case]
    if g in RU_GIV_EXC:
        return RU_GIV_EXC[g][idx]
    if g.endswith("ия"):
        return g[:-1] + ("и", "и", "ей")[idx]
    if g.endswith("я"):
        return g[:-1] + ("и", "е", "ей")[idx]
    if g.endswith("а"):
        gen = "и" if g[-2] in "гкхжшчщ" else "ы"
        return g[:-1] + (gen, "е", "ой")[idx]
    if sex == "m":
        if g[-1] in "йь":
            return g[:-1] + ("я", "ю", "ем")[idx]
        if re.search(r"[бвгджзклмнпрстфхцчшщ]$", g):
            return g + ("а", "у", "ем" if g[-1] in "жшчщц" else "ом")[idx]
        return g
    if g.endswith("ь"):
        return g[:-1] + ("и", "и", "ью")[idx]
    return g


def ru_case_pat(p, sex, case):
    idx = {"gen": 0, "dat": 1, "ins": 2}[case]
    if p.endswith("ич"):
        return p + ("а", "у", "ем")[idx]
    if p.endswith("на"):
        return p[:-1] + ("ы", "е", "ой")[idx]
    return p


def initials(giv, pat, spaced=False):
    out = giv[0] + "."
    if pat:
        out += (" " if spaced else "") + pat[0] + "."
    return out


NAME_FORM = {"full": "full", "sg": "surname_given", "gs": "given_surname", "gp": "given_patronymic",
             "si": "surname_initials", "is": "initials_surname", "so": "surname_only", "go": "given_only"}


def render_name(p, form, mods, script, rng):
    sur, giv, pat = p.parts(script)
    forms = []
    if p.latin:
        if form in ("full", "gs", "gp"):
            form = "gs"
        if form == "sg" and False:
            pass
    if form == "full" and not pat:
        form = "sg"
    if form == "gp" and not pat:
        form = "gs"
    spaced = rng.random() < 0.2
    if form == "full":
        toks = [("s", sur), ("g", giv), ("p", pat)]
    elif form == "sg":
        toks = [("s", sur), ("g", giv)]
    elif form == "gs":
        toks = [("g", giv), ("s", sur)]
    elif form == "gp":
        toks = [("g", giv), ("p", pat)]
    elif form == "si":
        toks = [("s", sur), ("i", initials(giv, pat, spaced))]
    elif form == "is":
        toks = [("i", initials(giv, pat, spaced)), ("s", sur)]
    elif form == "so":
        toks = [("s", sur)]
    elif form == "go":
        toks = [("g", giv)]
    elif form in ("csur", "cgiv", "cpat"):
        toks = [{"csur": ("s", sur), "cgiv": ("g", giv), "cpat": ("p", pat)}[form]]
    else:
        raise ValueError(form)
    if form in NAME_FORM:
        forms.append(NAME_FORM[form])
    else:
        forms.append({"csur": "surname_only", "cgiv": "given_only", "cpat": "patronymic_only"}[form])
        forms.append("split_line")
    case = None
    for m in mods:
        if m in ("gen", "dat", "ins", "kdat", "kgen", "kacc", "kloc", "kabl"):
            case = m
    toks0 = list(toks)
    if case and not p.latin:
        if case.startswith("k"):
            kind, val = toks[-1]
            assert kind != "i", "Kazakh case ending on initials"
            toks[-1] = (kind, kk_suffix(val, case[1:]))
            forms.append("case_form")
        else:
            nt = []
            for kind, val in toks:
                if kind == "s":
                    val = ru_case_sur(val, p.sex, case)
                elif kind == "g":
                    val = ru_case_giv(val, p.sex, case)
                elif kind == "p":
                    val = ru_case_pat(val, p.sex, case)
                nt.append((kind, val))
            toks = nt
        if toks != toks0:
            forms.append("case_form")
    words = [v for _, v in toks]
    if "lat" in mods and not p.latin:
        words = [translit(w) for w in words]
        forms.append("latin")
    if p.latin:
        forms.append("latin")
        forms.append("foreign")
    if "caps" in mods:
        words = [w.upper() for w in words]
        forms.append("caps")
    if "low" in mods:
        words = [w.lower() for w in words]
        forms.append("lowercase")
    if "split" in mods and len(words) > 1:
        text = words[0] + "\n" + " ".join(words[1:])
        forms.append("split_line")
    else:
        text = " ".join(words)
    kinds = [k for k, _ in toks]
    if "s" in kinds and p.sur["ru"] in EPONYM_SURNAMES:
        forms.append("eponym_like")
    if p.eth in NON_SLAVIC:
        forms.append("non_slavic")
    if ("p" in kinds and p.patkind == "kk") or ("s" in kinds and p.sur_kazpat):
        forms.append("kazakh_patronymic")
    # keep order, drop duplicates
    seen, out = set(), []
    for f in forms:
        if f not in seen:
            seen.add(f)
            out.append(f)
    return text, out
