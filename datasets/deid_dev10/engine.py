# -*- coding: utf-8 -*-
"""Template engine for deid_dev10: renders templates into text + spans (offsets by construction)."""
import datetime
import re

import data as D

LABELS = ("NAME", "IIN", "PHONE", "EMAIL", "DATE", "AGE", "ADDRESS", "RECORD_ID", "DOC_ID")

# ----------------------------------------------------------------------------------------------
# Kazakh suffixes
KBACK = "аоұыуя"
KFRONT = "әөүіеиэю"
KV = KBACK + KFRONT


def kk_harm(w):
    for ch in reversed(w.lower()):
        if ch in KBACK:
            return 0
        if ch in KFRONT:
            return 1
    return 0


def kk_class(w):
    w2 = w.lower()
    ch = w2[-1]
    if ch in "уи" and len(w2) > 1 and w2[-2] in KV:
        return "s"
    if ch in KV:
        return "v"
    if ch in "мнң":
        return "n"
    if ch in "лрйзж":
        return "s"
    return "k"


KSUF = {
    "gen": {"v": ("ның", "нің"), "n": ("ның", "нің"), "s": ("дың", "дің"), "k": ("тың", "тің")},
    "acc": {"v": ("ны", "ні"), "n": ("ды", "ді"), "s": ("ды", "ді"), "k": ("ты", "ті")},
    "dat": {"v": ("ға", "ге"), "n": ("ға", "ге"), "s": ("ға", "ге"), "k": ("қа", "ке")},
    "loc": {"v": ("да", "де"), "n": ("да", "де"), "s": ("да", "де"), "k": ("та", "те")},
    "abl": {"v": ("дан", "ден"), "n": ("нан", "нен"), "s": ("дан", "ден"), "k": ("тан", "тен")},
    "ins": {"v": ("мен", "мен"), "n": ("мен", "мен"), "s": ("мен", "мен"), "k": ("пен", "пен")},
}
KPOSS = {"gen": ("ның", "нің"), "acc": ("н", "н"), "dat": ("на", "не"), "loc": ("нда", "нде"),
         "abl": ("нан", "нен"), "ins": ("мен", "мен")}
KCASES = ("gen", "acc", "dat", "loc", "abl", "ins")


def kk_case(word, case, poss=None):
    if case is None or case == "nom":
        return word
    if poss is None:
        lw = word.lower()
        poss = lw.endswith(("ұлы", "қызы", "улы", "кызы", "ауданы", "округі", "көшесі"))
    h = kk_harm(word)
    if poss:
        return word + KPOSS[case][h]
    cl = kk_class(word)
    if case == "ins" and word[-1].lower() in "зж":
        return word + "бен"
    return word + KSUF[case][cl][h]


def kk_case_last(phrase, case):
    if case is None or case == "nom":
        return phrase
    i = phrase.rfind(" ")
    return phrase[:i + 1] + kk_case(phrase[i + 1:], case)


# ----------------------------------------------------------------------------------------------
# Russian declension
RCASES = ("gen", "dat", "acc", "ins", "pre")


def ru_sur(s, sex, case):
    if case is None or case == "nom" or " " in s:
        return s
    if sex == "m":
        if s.endswith(("ов", "ев", "ин", "ын", "ёв")):
            return s + {"gen": "а", "dat": "у", "acc": "а", "ins": "ым", "pre": "е"}[case]
        if s.endswith(("ский", "цкий")):
            return s[:-2] + {"gen": "ого", "dat": "ому", "acc": "ого", "ins": "им", "pre": "ом"}[case]
        if s.endswith("ь"):
            return s[:-1] + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "pre": "е"}[case]
        if s.endswith("й"):
            return s[:-1] + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "pre": "е"}[case]
        if s.endswith("а"):
            return s[:-1] + {"gen": "ы", "dat": "е", "acc": "у", "ins": "ой", "pre": "е"}[case]
        if s[-1] in "оеиуэюы":
            return s
        return s + {"gen": "а", "dat": "у", "acc": "а", "ins": "ом" if s[-1] not in "жшчщц" else "ем",
                    "pre": "е"}[case]
    if s.endswith(("ова", "ева", "ина", "ына", "ёва")):
        return s[:-1] + {"gen": "ой", "dat": "ой", "acc": "у", "ins": "ой", "pre": "ой"}[case]
    if s.endswith(("ская", "цкая")):
        return s[:-2] + {"gen": "ой", "dat": "ой", "acc": "ую", "ins": "ой", "pre": "ой"}[case]
    if s.endswith("а"):
        return s[:-1] + {"gen": "ы", "dat": "е", "acc": "у", "ins": "ой", "pre": "е"}[case]
    return s


def ru_giv(g, sex, case):
    if case is None or case == "nom":
        return g
    if sex == "m":
        if g == "Павел":
            return "Павл" + {"gen": "а", "dat": "у", "acc": "а", "ins": "ом", "pre": "е"}[case]
        if g.endswith("ий"):
            return g[:-1] + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "pre": "и"}[case]
        if g.endswith(("й", "ь")):
            return g[:-1] + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем", "pre": "е"}[case]
        if g[-1] in "аоеиуэюыя":
            return g
        return g + {"gen": "а", "dat": "у", "acc": "а", "ins": "ом" if g[-1] not in "жшчщц" else "ем",
                    "pre": "е"}[case]
    if g.endswith("ия"):
        return g[:-1] + {"gen": "и", "dat": "и", "acc": "ю", "ins": "ей", "pre": "и"}[case]
    if g.endswith("я"):
        return g[:-1] + {"gen": "и", "dat": "е", "acc": "ю", "ins": "ей", "pre": "е"}[case]
    if g.endswith("а"):
        gen = "и" if g[-2] in "гкхжшчщ" else "ы"
        ins = "ей" if g[-2] in "жшчщц" else "ой"
        return g[:-1] + {"gen": gen, "dat": "е", "acc": "у", "ins": ins, "pre": "е"}[case]
    return g


def ru_pat(p, sex, case):
    if p is None or case is None or case == "nom" or " " in p:
        return p
    if p.endswith("ич"):
        return p + {"gen": "а", "dat": "у", "acc": "а", "ins": "ем", "pre": "е"}[case]
    if p.endswith("на"):
        return p[:-1] + {"gen": "ы", "dat": "е", "acc": "у", "ins": "ой", "pre": "е"}[case]
    return p


def fem(s):
    if s.endswith(("ов", "ев", "ин", "ын")):
        return s + "а"
    if s.endswith(("ский", "цкий")):
        return s[:-2] + "ая"
    return s


# ----------------------------------------------------------------------------------------------
# transliteration for e-mails
TR = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
      "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
      "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "",
      "э": "e", "ю": "yu", "я": "ya", "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u",
      "һ": "h", "і": "i", "-": "", " ": ""}


def translit(s):
    out = []
    for ch in s.lower():
        out.append(TR.get(ch, ch if ch.isascii() and ch.isalnum() else ""))
    return "".join(out)


# ----------------------------------------------------------------------------------------------
# IIN / BIN
W1 = list(range(1, 12))
W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]


def kz_check(d11):
    s = sum(a * b for a, b in zip(d11, W1)) % 11
    if s == 10:
        s = sum(a * b for a, b in zip(d11, W2)) % 11
        if s == 10:
            return None
    return s


def valid12(num):
    if len(num) != 12 or not num.isdigit():
        return False
    d = [int(c) for c in num]
    c = kz_check(d[:11])
    return c is not None and c == d[11]


def iin_date_ok(num):
    c = int(num[6])
    if c not in (1, 2, 3, 4, 5, 6):
        return False
    century = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}[c]
    try:
        datetime.date(century + int(num[0:2]), int(num[2:4]), int(num[4:6]))
    except ValueError:
        return False
    return True


def gen_iin(rng, dob, sex):
    c = (3 if sex == "m" else 4) if dob.year < 2000 else (5 if sex == "m" else 6)
    head = "%02d%02d%02d%d" % (dob.year % 100, dob.month, dob.day, c)
    while True:
        serial = "%04d" % rng.randrange(0, 10000)
        d = [int(x) for x in head + serial]
        chk = kz_check(d)
        if chk is not None:
            return head + serial + str(chk)


def gen_bin(rng):
    while True:
        head = "%02d%02d%d%d%05d" % (rng.randrange(1, 24), rng.randrange(1, 13), rng.choice([4, 4, 4, 5, 6]),
                                     rng.randrange(0, 4), rng.randrange(0, 100000))
        chk = kz_check([int(x) for x in head])
        if chk is not None:
            return head + str(chk)


def gen_invalid12(rng):
    """12 digits that look like an IIN (yymmdd + 3-6) but fail the checksum; fixed rng consumption."""
    y = rng.randrange(40, 100)
    m = rng.randrange(1, 13)
    dd = rng.randrange(1, 29)
    c = rng.choice([3, 4, 5, 6])
    ser = rng.randrange(0, 10000)
    off = rng.randrange(9)
    head = "%02d%02d%02d%d%04d" % (y, m, dd, c, ser)
    chk = kz_check([int(x) for x in head])
    last = off if chk is None else (chk + 1 + off) % 10
    return head + str(last)


# ----------------------------------------------------------------------------------------------
class Person:
    pass


ETH_NS = ("ua", "de", "ko", "uz", "ug", "tt", "az", "ce", "dg")


def make_person(ctx, spec):
    rng = ctx.rng
    toks = spec.split(".") if spec else []
    p = Person()
    p.sex = None
    p.eth = None
    p.agecat = "adult"
    father = None
    wife_of = None
    ep = None
    surpat = False
    for t in toks:
        if t in ("m", "f"):
            p.sex = t
        elif t in ("kz", "ru", "tr", "kolat") or t in ETH_NS:
            p.eth = t
        elif t == "ns":
            p.eth = rng.choice(ETH_NS)
        elif t in ("child", "teen", "old", "vold", "adult", "young", "school", "student"):
            p.agecat = t
        elif t.startswith("of="):
            father = t[3:]
        elif t.startswith("wife="):
            wife_of = t[5:]
        elif t.startswith("ep="):
            ep = ctx.eponym(t[3:])
        elif t == "surpat":
            surpat = True
        elif t:
            raise ValueError("bad person token %r" % t)
    fspec = "m" + ("." + p.eth if p.eth in ("kz", "ru") or p.eth in ETH_NS else "")
    if father is not None:
        father = ctx.person(father + ":" + fspec)
    if wife_of is not None:
        wife_of = ctx.person(wife_of + ":" + fspec)
    if p.sex is None:
        p.sex = rng.choice("mf")
    if wife_of is not None:
        p.sex = "f"
    if p.eth is None:
        if father is not None:
            p.eth = father.eth if father.eth not in ("tr", "kolat") else "kz"
        else:
            r = rng.random()
            p.eth = "kz" if r < 0.6 else ("ru" if r < 0.85 else rng.choice(ETH_NS))
    if ep is not None:
        p.eth = "ru"
    p.eponym_like = ep is not None
    p.non_slavic = bool(ep[3]) if ep is not None else (p.eth in ETH_NS or p.eth in ("tr", "kolat"))
    p.latin = p.eth in ("tr", "kolat")
    p.kazpat = False
    p.surpat = False
    # dob
    ref = ctx.today
    rngs = {"child": (1, 7), "school": (7, 17), "teen": (14, 17), "student": (17, 22), "young": (18, 35),
            "adult": (22, 75), "old": (60, 88), "vold": (90, 99)}[p.agecat]
    age = rng.randrange(rngs[0], rngs[1] + 1)
    doy = rng.randrange(0, 365)
    y = ref.year - age
    bd = datetime.date(y, 1, 1) + datetime.timedelta(days=doy)
    if bd.year != y:
        bd = datetime.date(y, 12, 31)
    if (bd.month, bd.day) > (ref.month, ref.day):
        bd = datetime.date(y - 1, bd.month, bd.day) if not (bd.month == 2 and bd.day == 29) else datetime.date(y - 1, 2, 28)
    p.dob = bd
    p.age = ref.year - bd.year - ((ref.month, ref.day) < (bd.month, bd.day))
    sx = p.sex
    p.pat = {"ru": None, "kk": None}
    p.patkind = None
    if p.latin:
        if p.eth == "tr":
            s, g = rng.choice(D.TR_LATIN_M if sx == "m" else D.TR_LATIN_F)
        else:
            s, g, sx2 = rng.choice(D.KO_LATIN)
            p.sex = sx = sx2
        p.sur = {"ru": s, "kk": s}
        p.giv = {"ru": g, "kk": g}
        return p
    if p.eth == "kz":
        gk, gr = rng.choice(D.KZ_MALE if sx == "m" else D.KZ_FEMALE)
        p.giv = {"kk": gk, "ru": gr}
        if father is not None:
            fk, fr = father.giv["kk"], father.giv["ru"]
            sk, sr = father.msur["kk"], father.msur["ru"]
        else:
            fk, fr = rng.choice(D.KZ_MALE)
            sk, sr = rng.choice(D.KZ_SUR)
        if surpat:
            p.surpat = True
            suf = ("ұлы", "улы") if sx == "m" else ("қызы", "кызы")
            p.sur = {"kk": fk + suf[0], "ru": fr + suf[1]}
            p.msur = {"kk": sk, "ru": sr}
        else:
            p.msur = {"kk": sk, "ru": sr}
            if wife_of is not None and rng.random() < 0.6:
                p.msur = dict(wife_of.msur)
            p.sur = {"kk": p.msur["kk"] if sx == "m" else fem(p.msur["kk"]),
                     "ru": p.msur["ru"] if sx == "m" else fem(p.msur["ru"])}
            if rng.random() < 0.45:
                p.patkind = "kz"
                suf = ("ұлы", "улы") if sx == "m" else ("қызы", "кызы")
                p.pat = {"kk": fk + suf[0], "ru": fr + suf[1]}
            else:
                p.patkind = "ru"
                suf = "ович" if sx == "m" else "овна"
                p.pat = {"kk": fk + suf, "ru": fr + suf}
        p.fgiv = {"kk": fk, "ru": fr}
        return p
    # Slavic / non-Slavic with Russian-style patronymic
    if p.eth == "ru" or ep is not None:
        sur_pool, mg, fg, patmode = D.RU_SUR, D.RU_MALE, D.RU_FEMALE, "ru"
    else:
        sur_pool, mg, fg, patmode = D.NS[p.eth]
        if mg is None:
            mg = D.RU_MALE
        if fg is None:
            fg = D.RU_FEMALE
    if father is not None and not father.latin:
        ms = father.msur["ru"]
        fgname = father.giv["ru"]
        fpat = None
        for row in list(D.RU_MALE) + [r for k in ETH_NS if D.NS[k][1] for r in D.NS[k][1]]:
            if row[0] == fgname:
                fpat = row
                break
        if fpat is None:
            fpat = (fgname, fgname + "ович", fgname + "овна")
    else:
        ms = ep[0] if ep is not None else rng.choice(sur_pool)
        fpat = rng.choice(mg)
    if wife_of is not None and not wife_of.latin and rng.random() < 0.6:
        ms = wife_of.msur["ru"]
    p.msur = {"ru": ms, "kk": ms}
    s = ms if (sx == "m" or p.eth in ("ua", "de", "ko")) else fem(ms)
    p.sur = {"ru": s, "kk": s}
    if sx == "m":
        row = rng.choice(mg)
        g = row[0]
    else:
        g = rng.choice(fg)
    p.giv = {"ru": g, "kk": g}
    pat = fpat[1] if sx == "m" else fpat[2]
    p.pat = {"ru": pat, "kk": pat}
    p.patkind = "az" if " " in pat else "ru"
    p.fgiv = {"ru": fpat[0], "kk": fpat[0]}
    return p


NAME_BASE = {"full": "full", "sg": "surname_given", "gs": "given_surname", "gp": "given_patronymic",
             "si": "surname_initials", "is": "initials_surname", "s": "surname_only", "g": "given_only",
             "split": "full"}


def render_name(ctx, p, fmt, case, lang, caps=False):
    """returns list of pieces"""
    rng = ctx.rng
    L = "kk" if lang == "kk" else "ru"
    forms = []
    if p.latin:
        s, g = p.sur["ru"], p.giv["ru"]
        if fmt in ("s",):
            txt, base = s, "surname_only"
        elif fmt in ("sg", "si", "full") and fmt != "gs":
            if fmt == "si":
                txt, base = "%s %s." % (s, g[0]), "surname_initials"
            else:
                txt, base = ("%s %s" % (s.upper() if caps else s, g)), "surname_given"
        else:
            txt, base = "%s %s" % (g, s), "given_surname"
        forms = [base, "latin"]
        if p.eth == "tr" or p.eth == "kolat":
            forms += ["foreign", "non_slavic"]
        return [(txt, "NAME", forms)]
    S, G, P = p.sur[L], p.giv[L], p.pat[L]
    kcase = case if (L == "kk" and case in KCASES) else None
    rcase = case if (L == "ru" and case in RCASES) else None
    if kcase and fmt == "si":
        fmt = "is"
    Sd, Gd, Pd = ru_sur(S, p.sex, rcase), ru_giv(G, p.sex, rcase), ru_pat(P, p.sex, rcase)
    sp = " " if rng.random() < 0.2 else ""
    ini = G[0] + "." + ((sp + P[0] + ".") if P else "")
    if fmt == "full":
        parts = [Sd, Gd] + ([Pd] if P else [])
        base = "full" if P else "surname_given"
        incl_p = bool(P)
    elif fmt == "split":
        parts = [Sd, Gd] + ([Pd] if P else [])
        base = "full" if P else "surname_given"
        incl_p = bool(P)
    elif fmt == "sg":
        parts, base, incl_p = [Sd, Gd], "surname_given", False
    elif fmt == "gs":
        parts, base, incl_p = [Gd, Sd], "given_surname", False
    elif fmt == "gp":
        parts = [Gd] + ([Pd] if P else [])
        base, incl_p = ("given_patronymic" if P else "given_only"), bool(P)
    elif fmt == "si":
        parts, base, incl_p = [Sd, ini], "surname_initials", False
    elif fmt == "is":
        parts, base, incl_p = [ini, Sd], "initials_surname", False
    elif fmt == "s":
        parts, base, incl_p = [Sd], "surname_only", False
    elif fmt == "g":
        parts, base, incl_p = [Gd], "given_only", False
    else:
        raise ValueError(fmt)
    nom = None
    if fmt == "split":
        txt = parts[0] + "\n" + " ".join(parts[1:])
    else:
        txt = " ".join(parts)
    if kcase:
        txt = kk_case_last(txt, kcase)
    # nominative surface for case_form detection
    if case:
        nparts = {"full": [S, G] + ([P] if P else []), "split": [S, G] + ([P] if P else []), "sg": [S, G],
                  "gs": [G, S], "gp": [G] + ([P] if P else []), "si": [S, ini], "is": [ini, S], "s": [S],
                  "g": [G]}[fmt]
        nom = (nparts[0] + "\n" + " ".join(nparts[1:])) if fmt == "split" else " ".join(nparts)
    forms = [base]
    if caps:
        txt = txt.upper()
        forms.append("caps")
    if fmt == "split":
        forms.append("split_line")
    if nom is not None and (nom.upper() if caps else nom) != txt:
        forms.append("case_form")
    if (incl_p and p.patkind == "kz") or (p.surpat and fmt not in ("g", "gp")):
        forms.append("kazakh_patronymic")
    if p.eponym_like:
        forms.append("eponym_like")
    if p.non_slavic:
        forms.append("non_slavic")
    return [(txt, "NAME", forms)]


def name_cells(ctx, p, lang, n):
    L = "kk" if lang == "kk" else "ru"
    S, G, P = p.sur[L], p.giv[L], p.pat[L]
    extra = []
    if p.eponym_like:
        extra.append("eponym_like")
    if p.non_slavic:
        extra.append("non_slavic")
    kzp = ["kazakh_patronymic"] if p.patkind == "kz" else []
    sk = ["kazakh_patronymic"] if p.surpat else []
    out = [(S, "NAME", ["surname_only", "split_line"] + sk + extra), (" | ", None, None)]
    if n == 3:
        out.append((G, "NAME", ["given_only", "split_line"] + extra))
        out.append((" | ", None, None))
        if P:
            out.append((P, "NAME", ["patronymic_only", "split_line"] + kzp + extra))
        else:
            out.append(("—", None, None))
    else:
        if P:
            out.append((G + " " + P, "NAME", ["given_patronymic", "split_line"] + kzp + extra))
        else:
            out.append((G, "NAME", ["given_only", "split_line"] + extra))
    return out


# ----------------------------------------------------------------------------------------------
def day_suffix(n):
    last = n % 10
    if last == 0:
        return {10: "ы", 20: "сы", 30: "ы"}[n]
    return {1: "і", 2: "сі", 3: "і", 4: "і", 5: "і", 6: "сы", 7: "сі", 8: "і", 9: "ы"}[last]


def fmt_date(ctx, d, fmt, case=None, d2=None):
    mk = D.MONTHS_KK[d.month - 1]
    if fmt == "num":
        return "%02d.%02d.%d" % (d.day, d.month, d.year), ["numeric"]
    if fmt == "nums":
        return "%d.%02d.%d" % (d.day, d.month, d.year), ["numeric"]
    if fmt == "y2":
        return "%02d.%02d.%02d" % (d.day, d.month, d.year % 100), ["numeric", "two_digit_year"]
    if fmt == "iso":
        return "%d-%02d-%02d" % (d.year, d.month, d.day), ["iso"]
    if fmt == "ru":
        return "%d %s %d" % (d.day, D.MONTHS_RU_GEN[d.month - 1], d.year), ["words_ru"]
    if fmt == "rq":
        return "«%d» %s %d" % (d.day, D.MONTHS_RU_GEN[d.month - 1], d.year), ["words_ru", "quoted"]
    if fmt == "runy":
        return "%d %s" % (d.day, D.MONTHS_RU_GEN[d.month - 1]), ["words_ru", "no_year"]
    if fmt == "noyear":
        return "%02d.%02d" % (d.day, d.month), ["numeric", "no_year"]
    if fmt == "roman":
        return "%d.%s.%d" % (d.day, D.ROMAN[d.month - 1], d.year), ["roman"]
    if fmt == "my":
        return "%02d.%d" % (d.month, d.year), ["numeric", "month_year"]
    if fmt == "rmy":
        return "%s %d" % (D.MONTHS_RU_NOM[d.month - 1], d.year), ["words_ru", "month_year"]
    if fmt in ("kk", "kka", "kmy", "kkb"):
        m = kk_case(mk, case) if case else mk
        f = ["words_kk"] + (["case_form"] if case else [])
        if fmt == "kk":
            return "%d жылғы %d %s" % (d.year, d.day, m), f
        if fmt == "kka":
            return "%d ж. %d %s" % (d.year, d.day, m), f
        if fmt == "kkb":
            return "%d %s %d" % (d.day, mk, d.year), ["words_kk"]
        return "%d ж. %s" % (d.year, m), f + ["month_year"]
    if fmt == "kkg":
        return "%s %d-%s" % (kk_case(mk, "gen"), d.day, day_suffix(d.day)), ["words_kk", "no_year", "case_form"]
    if fmt == "kkgy":
        return "%d жылғы %s %d-%s" % (d.year, kk_case(mk, "gen"), d.day, day_suffix(d.day)), ["words_kk", "case_form"]
    if fmt == "range":
        return "%d–%02d.%02d.%d" % (d.day, d2.day, d.month, d.year), ["numeric", "range"]
    if fmt == "rrange":
        return "%d–%d %s %d" % (d.day, d2.day, D.MONTHS_RU_GEN[d.month - 1], d.year), ["words_ru", "range"]
    if fmt == "krange":
        m = kk_case(mk, case) if case else mk
        return "%d жылғы %d-%d %s" % (d.year, d.day, d2.day, m), ["words_kk", "range"] + (["case_form"] if case else [])
    if fmt == "year":
        return "%d" % d.year, ["year_only"]
    raise ValueError(fmt)


def ru_years(n, after=False):
    if after:
        return "года" if (n % 10 == 1 and n % 100 != 11) else "лет"
    if n % 10 == 1 and n % 100 != 11:
        return "год"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return "года"
    return "лет"


# ----------------------------------------------------------------------------------------------
class Ctx:
    def __init__(self, rng, lang, today, rid_plan, rec_index):
        self.rng = rng
        self.lang = lang
        self.today = today
        self.persons = {}
        self.eps = {}
        self.last_date = today
        self.rid_plan = rid_plan
        self.rec_index = rec_index
        self.rid_slots = 0
        self.row = 0

    def eponym(self, key):
        if key not in self.eps:
            used = [e[0] for e in self.eps.values()]
            cands = [e for e in D.EPONYMS if e[0] not in used]
            self.eps[key] = self.rng.choice(cands)
        return self.eps[key]

    def person(self, var):
        if ":" in var:
            name, spec = var.split(":", 1)
        else:
            name, spec = var, ""
        if name not in self.persons:
            self.persons[name] = make_person(self, spec)
        return self.persons[name]


def _lang(ctx, args):
    if "kk" in args:
        return "kk"
    if "ru" in args:
        return "ru"
    return "kk" if ctx.lang == "kk" else "ru"


def _date_ref(ctx, args):
    rng = ctx.rng
    if "today" in args:
        d = ctx.today
    elif "next" in args:
        d = ctx.last_date + datetime.timedelta(days=rng.randrange(1, 15))
    elif "prev" in args:
        d = ctx.last_date - datetime.timedelta(days=rng.randrange(1, 40))
    elif "old" in args:
        d = ctx.today - datetime.timedelta(days=rng.randrange(400, 3000))
    else:
        d = ctx.today - datetime.timedelta(days=rng.randrange(0, 300))
    ctx.last_date = d
    return d


def phone(ctx, kind):
    rng = ctx.rng
    op = rng.choice(["701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778"])
    a, b, c = rng.randrange(100, 1000), rng.randrange(10, 100), rng.randrange(10, 100)
    if kind == "any":
        kind = rng.choice(["plus7s", "plus7b", "eight", "eightd", "compact8", "compact7", "dotted", "land"])
    if kind == "plus7s":
        return "+7 %s %d %02d %02d" % (op, a, b, c), ["plus7", "spaced"]
    if kind == "plus7b":
        return "+7(%s)%d-%02d-%02d" % (op, a, b, c), ["plus7"]
    if kind == "eight":
        return "8 %s %d %02d%02d" % (op, a, b, c), ["eight", "spaced"]
    if kind == "eightd":
        return "8-%s-%d-%02d-%02d" % (op, a, b, c), ["eight"]
    if kind == "compact8":
        return "8%s%d%02d%02d" % (op, a, b, c), ["eight", "compact"]
    if kind == "compact7":
        return "+7%s%d%02d%02d" % (op, a, b, c), ["plus7", "compact"]
    if kind == "dotted":
        return "8.%s.%d.%02d.%02d" % (op, a, b, c), ["eight", "dotted"]
    if kind == "land":
        city = rng.choice(D.CITIES)
        code = city[5]
        rest = 10 - len(code)
        num = "%0*d" % (rest, rng.randrange(10 ** (rest - 1) * 2, 10 ** rest))
        if rest == 6:
            loc = "%s-%s-%s" % (num[:2], num[2:4], num[4:])
        elif rest == 7:
            loc = "%s-%s-%s" % (num[:3], num[3:5], num[5:])
        elif rest == 5:
            loc = "%s-%s-%s" % (num[:1], num[1:3], num[3:])
        else:
            loc = num
        if rng.random() < 0.5:
            return "8 (%s) %s" % (code, loc), ["landline", "eight"]
        return "(%s) %s" % (code, loc), ["landline"]
    if kind == "local":
        if rng.random() < 0.5:
            return "%d-%02d-%02d" % (rng.randrange(20, 80), b, c), ["local"]
        return "%d-%02d-%02d" % (rng.randrange(2, 8), b, c), ["local"]
    if kind == "foreign":
        k = rng.randrange(4)
        if k == 0:
            return "+998 %d %d %02d %02d" % (rng.choice([90, 91, 93, 97]), a, b, c), ["foreign", "spaced"]
        if k == 1:
            return "+996 %d %d %03d" % (rng.choice([555, 700, 770]), a, rng.randrange(0, 1000)), ["foreign", "spaced"]
        if k == 2:
            return "+90 5%02d %d %02d %02d" % (rng.randrange(30, 60), a, b, c), ["foreign", "spaced"]
        return "+7 9%02d %d-%02d-%02d" % (rng.randrange(10, 90), a, b, c), ["foreign", "plus7"]
    raise ValueError(kind)


def email(ctx, args):
    rng = ctx.rng
    if "inst" in args:
        v = rng.choice(D.VILLAGES)
        c = rng.choice(D.CITIES)
        pat = rng.randrange(6)
        if pat == 0:
            t = "fap.%s@med.kz" % translit(v[1])
        elif pat == 1:
            t = "school%d_medpunkt@edu.kz" % rng.randrange(1, 120)
        elif pat == 2:
            t = "crb_%s@zdrav.kz" % translit(c[0])
        elif pat == 3:
            t = "priemnaya.gp%d@mail.kz" % rng.randrange(1, 12)
        elif pat == 4:
            t = "kadry.%s@too-%s.kz" % (rng.choice(["ok", "hr", "buh"]), rng.choice(["bereke", "sarystroy", "kmservis"]))
        else:
            t = "vkk.%s@dsm.gov.kz" % translit(c[0])
        return t, ["institutional"]
    pvar = [a for a in args if a not in ("personal", "inst", "kk", "ru")]
    if pvar:
        p = ctx.person(pvar[0])
        s, g = translit(p.sur["ru"]), translit(p.giv["ru"])
    else:
        s, g = translit(rng.choice(D.KZ_SUR)[1]), translit(rng.choice(D.KZ_MALE)[1])
    yy = rng.randrange(70, 100)
    dom = rng.choice(["mail.ru", "gmail.com", "inbox.ru", "yandex.kz", "bk.ru", "list.ru"])
    pat = rng.randrange(5)
    if pat == 0:
        t = "%s.%s%d@%s" % (g, s, yy, dom)
    elif pat == 1:
        t = "%s_%s@%s" % (s, g[0], dom)
    elif pat == 2:
        t = "%s.%s@%s" % (g[0], s, dom)
    elif pat == 3:
        t = "%s%d@%s" % (s, rng.randrange(1, 999), dom)
    else:
        t = "%s.%s@%s" % (s, g, dom)
    return t, ["personal"]


def district(ctx, args, lang):
    rng = ctx.rng
    pool = D.DISTRICTS
    if "city" in args:
        pool = [d for d in pool if d[2]]
    elif "rural" in args:
        pool = [d for d in pool if not d[2]]
    adj, kk, _ = rng.choice(pool)
    case = next((a for a in args if a in KCASES or a in RCASES), None)
    forms = ["district"]
    if lang == "kk":
        txt = kk_case(kk + " ауданы", case, poss=True) if case else kk + " ауданы"
    else:
        st = adj[:-2]
        end = {"gen": ("ого", "района"), "dat": ("ому", "району"), "pre": ("ом", "районе"),
               "ins": ("им", "районом"), "acc": ("ий", "район"), None: ("ий", "район")}[case]
        if "rn" in args and case is None:
            txt = adj + " р-н"
        else:
            txt = st + end[0] + " " + end[1]
        if case not in (None, "acc"):
            pass
    if case and case != "acc":
        forms.append("case_form")
    return txt, forms


def settlement_city(ctx, args, lang):
    rng = ctx.rng
    case = next((a for a in args if a in KCASES or a in RCASES), None)
    forms = ["settlement"]
    if "foreign" in args:
        c = rng.choice(D.FOREIGN_CITIES)
        forms.append("foreign")
        ru = {None: c[0], "pre": c[1], "gen": c[2]}
        kk = c[3]
    elif "multi" in args:
        c = rng.choice(D.MULTI_SETTLE)
        forms.append("multi_word")
        ru = {None: c[0], "pre": c[0], "gen": c[0]}
        kk = c[1]
    else:
        if "same" in args and getattr(ctx, "city", None):
            c = ctx.city
        else:
            c = rng.choice(D.CITIES)
            ctx.city = c
        ru = {None: c[0], "pre": c[1], "gen": c[2]}
        kk = c[3]
    if lang == "kk":
        txt = kk_case_last(kk, case) if case else kk
        nom = kk
    else:
        txt = ru.get(case, ru[None])
        nom = ru[None]
    if txt != nom:
        forms.append("case_form")
    return txt, forms


def village(ctx, args, lang):
    rng = ctx.rng
    case = next((a for a in args if a in KCASES or a in RCASES), None)
    if "same" in args and getattr(ctx, "vil", None):
        v = ctx.vil
    else:
        v = rng.choice(D.VILLAGES)
        ctx.vil = v
    forms = ["settlement", "village"]
    if lang == "kk":
        txt, nom = (kk_case(v[0], case) if case else v[0]), v[0]
    else:
        txt, nom = (v[2] if case == "pre" else v[1]), v[1]
    if txt != nom:
        forms.append("case_form")
    return txt, forms


def okrug(ctx, args, lang):
    rng = ctx.rng
    case = next((a for a in args if a in KCASES), None)
    v = rng.choice(D.VILLAGES)
    if lang == "kk":
        base = v[0] + " ауылдық округі"
        txt = kk_case(base, case, poss=True) if case else base
    else:
        base = v[1] + " сельский округ"
        txt = base
    return txt, ["district", "rural_okrug"] + (["case_form"] if txt != base else [])


def full_address(ctx, args, lang):
    rng = ctx.rng
    c = rng.choice(D.CITIES)
    st = rng.choice(D.STREETS)
    h, k = rng.randrange(1, 180), rng.randrange(1, 140)
    pc = "%s%02d" % (c[4], rng.randrange(0, 100))
    forms = ["full_postal"]
    if "foreign" in args:
        fc = rng.choice(D.FOREIGN_CITIES)
        cn = {"Ташкент": "Республика Узбекистан", "Бишкек": "Кыргызская Республика", "Новосибирск": "РФ",
              "Омск": "РФ"}[fc[0]]
        if lang == "kk":
            return "%s, %s қ., %s к-сі, %d-үй, %d-пәтер" % (cn, fc[3], rng.choice(["Навои", "Манас", "Ленин"]), h, k), \
                forms + ["foreign"]
        return "%s, г. %s, ул. %s, д. %d, кв. %d" % (cn, fc[0], rng.choice(["Навои", "Манаса", "Ленина"]), h, k), \
            forms + ["foreign"]
    if "rural" in args:
        dist = rng.choice([d for d in D.DISTRICTS if not d[2]])
        v = rng.choice(D.VILLAGES)
        if lang == "kk":
            return "%s облысы, %s ауданы, %s ауылы, %s көшесі, %d-үй" % (
                rng.choice(["Қарағанды", "Алматы", "Павлодар"]), dist[1], v[0], st[1], h), forms
        return "%s обл., %s р-н, с. %s, ул. %s, д. %d" % (
            rng.choice(["Карагандинская", "Алматинская", "Павлодарская"]), dist[0], v[1], st[0], h), forms
    var = rng.randrange(4)
    if lang == "kk":
        if var == 0:
            return "%s қ., %s к-сі, %d-үй, %d-пәтер" % (c[3], st[1], h, k), forms
        if var == 1:
            return "%s қаласы, %s көшесі, %d-үй, %d-пәтер" % (c[3], st[1], h, k), forms
        if var == 2:
            return "%s, %s қаласы, %s көшесі, %d/%d" % (pc, c[3], st[1], h, k), forms
        return "%s қ., %s даңғылы, %d үй, %d пәтер" % (c[3], st[1], h, k), forms
    if var == 0:
        return "г. %s, ул. %s, д. %d, кв. %d" % (c[0], st[0], h, k), forms
    if var == 1:
        return "%s, г. %s, ул. %s, %d-%d" % (pc, c[0], st[0], h, k), forms
    if var == 2:
        return "г.%s, пр. %s %d, кв.%d" % (c[0], st[0], h, k), forms
    return "%s обл., г. %s, ул. %s, д. %d, кв. %d" % (
        rng.choice(["Карагандинская", "Павлодарская", "Алматинская"]), c[0], st[0], h, k), forms


def mkr(ctx, lang):
    rng = ctx.rng
    m = rng.choice(D.MKR)
    h, k = rng.randrange(1, 60), rng.randrange(1, 120)
    var = rng.randrange(3)
    if lang == "kk":
        if var == 0:
            return "%s шағын ауданы, %d-үй, %d-пәтер" % (m, h, k)
        if var == 1:
            return "ш/а %s, %d-үй" % (m, h)
        return "%s ш/а, %d/%d" % (m, h, k)
    if var == 0:
        return "мкр. %s, д. %d, кв. %d" % (m, h, k)
    if var == 1:
        return "мкр. %s, %d-%d" % (m, h, k)
    return "%d мкр., д. %d" % (rng.randrange(11, 32), h)


def street(ctx, lang):
    rng = ctx.rng
    st = rng.choice(D.STREETS)
    h, k = rng.randrange(1, 180), rng.randrange(1, 140)
    nm = st[1] if lang == "kk" else st[0]
    var = rng.randrange(3)
    if var == 0:
        return "%s %d, кв %d" % (nm, h, k)
    if var == 1:
        return "%s %d-%d" % (nm, h, k)
    return "%s %d/%d" % (nm, h, rng.randrange(1, 5))


def employer(ctx, args, lang):
    rng = ctx.rng
    kinds = [a for a in args if a in ("too", "ao", "ip", "kgp", "gkkp", "plant", "akimat", "shop", "market", "farm")]
    pool = D.EMP_KK if lang == "kk" else D.EMP_RU
    if kinds:
        pool = [e for e in pool if e[1] in kinds] or pool
    e = rng.choice(pool)
    return e[0], ["workplace"]


def school(ctx, args, lang):
    rng = ctx.rng
    cat = "school"
    for a in ("kinder", "college"):
        if a in args[1:]:
            cat = a
    if lang == "kk":
        pool = {"school": D.SCHOOL_KK, "kinder": D.KINDER_KK, "college": D.COLLEGE_KK}[cat]
        e = rng.choice(pool)
        if "loc" in args:
            return e[1], ["workplace", "school", "case_form"]
        return e[0], ["workplace", "school"]
    pool = {"school": D.SCHOOL_RU, "kinder": D.KINDER_RU, "college": D.COLLEGE_RU}[cat]
    e = rng.choice(pool)
    return e[0], ["workplace", "school"]


def record_id(ctx, kind, planted_ok):
    rng = ctx.rng
    y = ctx.today.year % 100
    n = rng.randrange(100, 99999)
    v = rng.randrange(3)
    if kind == "hospitalisation":
        t = ["%d/%02d" % (n % 9999 + 1, y), "И-%04d" % (n % 10000), "%d/%05d" % (ctx.today.year, n)][v]
    elif kind == "outpatient_card":
        t = ["%02d-%04d" % (rng.randrange(1, 40), n % 10000), "А-%d" % (n % 9000 + 100), "%d" % n][v]
    elif kind == "operation_protocol":
        t = ["%d" % (n % 2000 + 1), "ОП-%04d" % (n % 10000), "%d/%02d" % (n % 900 + 1, y)][v]
    elif kind == "xray":
        t = ["R-%d-%04d" % (ctx.today.year, n % 10000), "Р-%d" % (n % 9000 + 100), "%d-Р" % (n % 9000 + 100)][v]
    elif kind == "lab":
        t = ["Л-%05d" % n, "LAB-%02d%02d-%03d" % (y, rng.randrange(1, 13), n % 1000), "%d" % n][v]
    elif kind == "ambulance_call":
        t = ["%d" % (n % 3000 + 1), "СП-%d-%05d" % (ctx.today.year, n), "%d/%d" % (n % 300 + 1, rng.randrange(1, 9))][v]
    elif kind == "prescription":
        t = ["%07d" % (n * 7), "КЗ-%06d" % n, "%d" % n][v]
    elif kind == "teleconsultation":
        t = ["ТМК-%d-%04d" % (ctx.today.year, n % 10000), "%d" % (n % 5000), "ТМК-%d" % n][v]
    elif kind == "commission_protocol":
        t = ["%d" % (n % 500 + 1), "%d/%02d" % (n % 900 + 1, y), "ВКК-%d" % (n % 900)][v]
    elif kind == "erdr":
        t = "%02d%02d%05d%06d" % (y, rng.randrange(10, 80), rng.randrange(0, 100000), rng.randrange(0, 1000000))
        t = t[:15]
        if len(t) < 15:
            t = t + "0" * (15 - len(t))
    else:
        raise ValueError(kind)
    forms = [kind]
    if planted_ok:
        alt = gen_invalid12(rng)
        slot = (ctx.rec_index, ctx.rid_slots)
        ctx.rid_slots += 1
        if slot in ctx.rid_plan:
            return alt, [kind, "twelve_digit", "invalid_checksum"]
    return t, forms


def doc_id(ctx, kind, args):
    rng = ctx.rng
    if kind == "id_card":
        return "0%08d" % rng.randrange(10000000, 99999999), ["id_card"]
    if kind == "passport":
        sub = next((a for a in args if a in ("kz", "russian", "uzbek", "kyrgyz")), "kz")
        if sub == "kz":
            return "N%08d" % rng.randrange(10000000, 99999999), ["passport", "kz"]
        if sub == "russian":
            return "%02d %02d %06d" % (rng.randrange(1, 99), rng.randrange(10, 24), rng.randrange(100000, 999999)), \
                ["passport", "russian"]
        if sub == "uzbek":
            return "%s%07d" % (rng.choice(["AA", "AB", "FA", "AD"]), rng.randrange(1000000, 9999999)), ["passport", "uzbek"]
        return "%s%07d" % (rng.choice(["AC", "AN", "ID"]), rng.randrange(1000000, 9999999)), ["passport", "kyrgyz"]
    if kind == "policy":
        return rng.choice(["ДМС-%d-%06d" % (ctx.today.year, rng.randrange(0, 999999)),
                           "%04d-%06d" % (rng.randrange(1, 9999), rng.randrange(0, 999999))]), ["policy"]
    if kind == "sick_leave":
        return rng.choice(["%06d" % rng.randrange(0, 999999), "ЛН-%d-%07d" % (ctx.today.year, rng.randrange(0, 9999999)),
                           "ВН %02d/%05d" % (ctx.today.year % 100, rng.randrange(0, 99999))]), ["sick_leave"]
    if kind == "plate":
        L = "ABCEHKMOPTXYZ"
        return "%03d %s%s%s %02d" % (rng.randrange(1, 999), rng.choice(L), rng.choice(L), rng.choice(L),
                                     rng.choice([1, 2, 5, 9, 10, 14, 17])), ["vehicle_plate"]
    if kind == "bin":
        return gen_bin(rng), ["bin"]
    if kind == "birth_certificate":
        return "%s-%s %07d" % (rng.choice(["I", "II", "III"]), rng.choice(["КР", "АЛ", "НР", "ҚР", "ПВ"]),
                               rng.randrange(0, 9999999)), ["birth_certificate"]
    raise ValueError(kind)


def age_piece(ctx, n, style):
    if style == "ru":
        return "%d %s" % (n, ru_years(n)), ["over_89", "ru_unit"]
    if style == "after":
        return "%d %s" % (n, ru_years(n, True)), ["over_89", "ru_unit", "after_cue"]
    if style == "num":
        return "%d" % n, ["over_89", "number_only"]
    if style == "kkloc":
        return "%d жаста" % n, ["over_89", "kk_unit", "case_form"]
    if style == "kkadj":
        return "%d жастағы" % n, ["over_89", "kk_unit", "case_form"]
    if style == "kk":
        return "%d жас" % n, ["over_89", "kk_unit"]
    raise ValueError(style)


def dose(ctx):
    rng = ctx.rng
    return rng.choice(["%d мг 2 р/д" % rng.choice([250, 500, 850, 1000]), "1,0 мл в/м", "по 1 таб. 3 р/д",
                       "%d ЕД п/к" % rng.choice([8, 10, 12, 14, 16, 20]), "2,0 мл в/в", "%d мг/сут" % rng.choice([5, 10, 20, 40]),
                       "%d,0 г в/в кап." % rng.choice([1, 2]), "0,4 мл п/к 1 р/д", "200 мл в/в кап."])


def dose_kk(ctx):
    rng = ctx.rng
    return rng.choice(["%d мг күніне 2 рет" % rng.choice([250, 500, 850, 1000]), "1,0 мл б/е", "1 таб. күніне 3 рет",
                       "%d ЕД т/а" % rng.choice([8, 10, 12, 16]), "2,0 мл к/і", "%d мг/тәу" % rng.choice([5, 10, 20])])


# ----------------------------------------------------------------------------------------------
TOKEN_RE = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}|<<(\d+)-(\d+)\|(.*?)>>", re.S)


def parse(text):
    out = []
    pos = 0
    for m in TOKEN_RE.finditer(text):
        if m.start() > pos:
            out.append(("lit", text[pos:m.start()]))
        if m.group(1) is not None:
            out.append(("ph", m.group(1)))
        elif m.group(2) is not None:
            out.append(("clin", m.group(2)))
        else:
            out.append(("rep", int(m.group(3)), int(m.group(4)), parse(m.group(5))))
        pos = m.end()
    if pos < len(text):
        out.append(("lit", text[pos:]))
    return out


def count_slots(nodes):
    """static count of plantable RID slots outside repeat blocks (repeat blocks may not hold them)"""
    n = 0
    for nd in nodes:
        if nd[0] == "ph":
            a = nd[1].split()
            if a[0] == "RID" and "p" in a[1:]:
                n += 1
        elif nd[0] == "rep":
            if count_slots(nd[3]):
                raise ValueError("plantable RID inside repeat block")
    return n


def placeholder(ctx, body):
    rng = ctx.rng
    if body.startswith("CH "):
        return [(rng.choice(body[3:].split("|")), None, None)]
    a = body.split()
    t, args = a[0], a[1:]
    lang = _lang(ctx, args)
    if t == "N":
        p = ctx.person(args[0])
        fmt = args[1] if len(args) > 1 else "full"
        case = next((x for x in args[2:] if x in RCASES or x in KCASES), None)
        if fmt in ("cells3", "cells2"):
            return name_cells(ctx, p, lang, 3 if fmt == "cells3" else 2)
        return render_name(ctx, p, fmt, case, lang, caps="CAPS" in args)
    if t == "IIN":
        if args and args[0] not in ("lab", "unl", "split", "splitd"):
            p = ctx.person(args[0])
            num = gen_iin(rng, p.dob, p.sex)
        else:
            sx = rng.choice("mf")
            dob = datetime.date(rng.randrange(1935, 2022), rng.randrange(1, 13), rng.randrange(1, 29))
            num = gen_iin(rng, dob, sx)
        forms = ["labelled" if "lab" in args else "unlabelled"]
        if "split" in args:
            num = num[:6] + " " + num[6:]
            forms.append("split")
        elif "splitd" in args:
            num = num[:6] + "-" + num[6:]
            forms.append("split")
        return [(num, "IIN", forms)]
    if t == "DOB":
        p = ctx.person(args[0])
        fmt = args[1] if len(args) > 1 else "num"
        txt, forms = fmt_date(ctx, p.dob, fmt)
        return [(txt, "DATE", ["birth_date"] + forms)]
    if t == "BY":
        p = ctx.person(args[0])
        return [("%d" % p.dob.year, "DATE", ["birth_date", "year_only"])]
    if t == "DATE":
        fmt = args[0]
        case = next((x for x in args[1:] if x in KCASES), None)
        d = _date_ref(ctx, args)
        d2 = None
        if fmt in ("range", "rrange", "krange"):
            if d.day > 20:
                d = d.replace(day=rng.randrange(1, 15))
            d2 = d.replace(day=min(28, d.day + rng.randrange(3, 14)))
            ctx.last_date = d2
        txt, forms = fmt_date(ctx, d, fmt, case, d2)
        return [(txt, "DATE", forms)]
    if t == "AGE":
        n = rng.randrange(90, 102)
        txt, forms = age_piece(ctx, n, args[0])
        return [(txt, "AGE", forms)]
    if t == "AGEOF":
        p = ctx.person(args[0])
        style = args[1]
        if p.age > 89:
            txt, forms = age_piece(ctx, p.age, style)
            return [(txt, "AGE", forms)]
        txt, _ = age_piece(ctx, p.age, style)
        return [(txt, None, None)]
    if t == "PH":
        txt, forms = phone(ctx, args[0] if args else "any")
        return [(txt, "PHONE", forms)]
    if t == "EM":
        txt, forms = email(ctx, args)
        return [(txt, "EMAIL", forms)]
    if t == "ADR":
        k = args[0]
        if k == "full":
            txt, forms = full_address(ctx, args, lang)
        elif k == "city":
            txt, forms = settlement_city(ctx, args, lang)
        elif k == "vil":
            txt, forms = village(ctx, args, lang)
        elif k == "cell":
            txt, forms = village(ctx, args, lang)
        elif k == "dist":
            txt, forms = district(ctx, args, lang)
        elif k == "okrug":
            txt, forms = okrug(ctx, args, lang)
        elif k == "mkr":
            txt, forms = mkr(ctx, lang), ["partial", "microdistrict"]
        elif k == "street":
            txt, forms = street(ctx, lang), ["street_unmarked"]
        elif k == "emp":
            txt, forms = employer(ctx, args, lang)
        elif k == "school":
            txt, forms = school(ctx, args, lang)
        else:
            raise ValueError(k)
        return [(txt, "ADDRESS", forms)]
    if t == "RID":
        txt, forms = record_id(ctx, args[0], "p" in args[1:])
        return [(txt, "RECORD_ID", forms)]
    if t == "DOC":
        txt, forms = doc_id(ctx, args[0], args[1:])
        return [(txt, "DOC_ID", forms)]
    # clinical pools
    if t == "DRUG" and "dose" in args:
        dname, dr, dk = rng.choice(D.DRUG_DOSED)
        case = next((x for x in args if x in KCASES), None)
        if case:
            dname = kk_case(dname, case)
        return [(dname, "C", None), (" " + (dk if lang == "kk" else dr), None, None)]
    if t == "DRUG":
        dname = rng.choice(D.DRUGS)
        case = next((x for x in args if x in KCASES), None)
        if case:
            dname = kk_case(dname, case)
        return [(dname, "C", None)]
    if t == "DX":
        if "school" in args:
            pool = D.DX_SCHOOL_KK if lang == "kk" else D.DX_SCHOOL_RU
        else:
            pool = D.DX_KK if lang == "kk" else D.DX_RU
        return [(rng.choice(pool), "C", None)]
    if t == "AN":
        return [(rng.choice(D.ANALYTES_KK if lang == "kk" else D.ANALYTES_RU), "C", None)]
    if t == "ABR":
        return [(rng.choice(D.ABBR_KK if lang == "kk" else D.ABBR_RU), "C", None)]
    if t == "EPO":
        return [(rng.choice(D.EPO_KK if lang == "kk" else D.EPO_RU), "C", None)]
    if t == "IMPL":
        return [(rng.choice(D.IMPLANTS), "C", None)]
    if t == "ANAT":
        return [(rng.choice(D.ANAT_KK), "C", None)]
    if t == "EPC":
        e = ctx.eponym(args[0])
        return [(e[2] if lang == "kk" else e[1], "C", None)]
    # unmarked confusables
    if t == "NUM":
        return [("%d" % rng.randrange(int(args[0]), int(args[1]) + 1), None, None)]
    if t == "DEC":
        lo, hi = float(args[0]), float(args[1])
        v = lo + (hi - lo) * rng.random()
        return [(("%.1f" % v).replace(".", ","), None, None)]
    if t == "TIME":
        return [("%02d:%02d" % (rng.randrange(7, 23), rng.randrange(0, 60)), None, None)]
    if t == "BP":
        return [("%d/%d" % (rng.randrange(100, 180), rng.randrange(60, 110)), None, None)]
    if t == "DOSE":
        return [(dose_kk(ctx) if lang == "kk" else dose(ctx), None, None)]
    if t == "AGEY":
        return [("%d" % rng.randrange(int(args[0]) if args else 18, (int(args[1]) if len(args) > 1 else 89) + 1), None, None)]
    if t == "I":
        return [("%d" % ctx.row, None, None)]
    raise ValueError("unknown placeholder %r" % body)


def render_nodes(ctx, nodes, out):
    for nd in nodes:
        if nd[0] == "lit":
            out.append((nd[1], None, None))
        elif nd[0] == "clin":
            out.append((nd[1], "C", None))
        elif nd[0] == "ph":
            out.extend(placeholder(ctx, nd[1]))
        else:
            n = ctx.rng.randrange(nd[1], nd[2] + 1)
            for i in range(n):
                ctx.row = i + 1
                for k in [k for k in sorted(ctx.persons) if k.endswith("#")]:
                    del ctx.persons[k]
                render_nodes(ctx, nd[3], out)


def ocr_noise(rng, s):
    out = []
    for ch in s:
        if ch == " " and rng.random() < 0.12:
            out.append("  ")
        elif ch in ",:" and rng.random() < 0.3 and out and out[-1][-1:] not in (" ", "\n", ""):
            out.append(" " + ch)
        else:
            out.append(ch)
    return "".join(out)


def assemble(ctx, pieces, flags):
    text = []
    pos = 0
    ids, clin = [], []
    lower = "LOWER" in flags
    ocr = "OCR" in flags
    for txt, kind, forms in pieces:
        if txt == "":
            continue
        if kind is None:
            if ocr:
                txt = ocr_noise(ctx.rng, txt)
            if lower:
                txt = txt.lower()
        else:
            if lower:
                txt = txt.lower()
        start = pos
        text.append(txt)
        pos += len(txt)
        if kind == "C":
            clin.append({"start": start, "end": pos})
        elif kind is not None:
            f = list(forms)
            if lower and kind in ("NAME", "ADDRESS") and "lowercase" not in f:
                f.append("lowercase")
            ids.append({"start": start, "end": pos, "label": kind, "forms": f})
    return "".join(text), ids, clin
