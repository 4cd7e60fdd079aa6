"""Template renderer: template text with {SLOT} and [[clinical]] markup -> text + spans.

Offsets are recorded while the pieces are concatenated (correct by construction)."""
import datetime as dt
import re

import names_data as ND
from gen import (RU_MON_GEN, RU_MON_NOM, RU_MON_LOC, KK_MON, ROMAN, kk_suffix, translit, make_iin, make_bin,
                 make_bad12, make_person, render_name)

ROLES = set("PRDEGHNOFKMSTU")
TOKEN = re.compile(r"(\{[^{}]+\}|\[\[.+?\]\])", re.S)

KK_DAY_POSS = {1: "1-і", 2: "2-сі", 3: "3-і", 4: "4-і", 5: "5-і", 6: "6-сы", 7: "7-сі", 8: "8-і", 9: "9-ы"}
KK_TENS_POSS = {10: "ы", 20: "сы", 30: "ы"}


def kk_day_poss(d):
    if d % 10 == 0:
        return "%d-%s" % (d, KK_TENS_POSS[d])
    return "%d-%s" % (d, KK_DAY_POSS[d % 10].split("-")[1])


def ru_age_unit(n, after_cue=False):
    if after_cue:
        return "года" if (n % 10 == 1 and n % 100 != 11) else "лет"
    if n % 10 == 1 and n % 100 != 11:
        return "год"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return "года"
    return "лет"


class Ctx:
    def __init__(self, rng, lang, script, base, has_age, tw_slots):
        self.rng, self.lang, self.script, self.base = rng, lang, script, base
        self.people = {}
        self.has_age = has_age
        self.tw_slots = tw_slots  # set of local indices of {REC:tw} slots that must be twelve_digit
        self.tw_i = 0
        self.city = rng.choice(ND.CITIES)
        self.n_tw = 0
        self.force_sex = {}
        self.force_age = {}

    def person(self, role):
        if role not in self.people:
            rng = self.rng
            kzb = 0.62 if self.lang == "kk" else 0.45
            if role == "T":
                p = make_person(rng, eth=rng.choice(["turkish_latin", "korean_latin"]))
            elif role == "R" and "P" in self.people and rng.random() < 0.6:
                pp = self.people["P"]
                p = make_person(rng, eth=pp.eth, kz_bias=kzb, sex=self.force_sex.get(role))
                if not pp.latin and pp.eth == p.eth and not pp.sur_kazpat and not p.sur_kazpat:
                    # same family surname, gender-adjusted
                    from names_data import ETHNIC
                    base = {k: v for k, v in pp.sur.items()}
                    if pp.sex == "f" and p.sex == "m":
                        base = {k: (v[:-1] if v.endswith(("ова", "ева", "ина", "ына")) else v) for k, v in base.items()}
                        if base["ru"].endswith("ая"):
                            base = {k: v[:-2] + "ий" for k, v in base.items()}
                    elif pp.sex == "m" and p.sex == "f":
                        base = {k: ETHNIC[pp.eth]["fem"](v) for k, v in base.items()}
                    p.sur = base
            else:
                p = make_person(rng, kz_bias=kzb, sex=self.force_sex.get(role))
            if role in self.force_age:
                age = rng.randint(*self.force_age[role])
            elif role == "P":
                age = rng.randint(90, 101) if self.has_age else rng.randint(19, 88)
            elif role == "R":
                age = rng.randint(22, 70)
            else:
                age = rng.randint(27, 68)
            d = self.base - dt.timedelta(days=int(age * 365.25) + rng.randint(30, 330))
            p.age = (self.base - d).days // 365 if False else None
            p.dob = d
            p.age = self.base.year - d.year - ((self.base.month, self.base.day) < (d.month, d.day))
            p.iin = make_iin(rng, d, p.sex)
            self.people[role] = p
        return self.people[role]


def pieces_for(tok, ctx):
    """Return a list of (text, kind, label, forms) for one markup token."""
    rng = ctx.rng
    if tok.startswith("[["):
        return [(tok[2:-2], "clin", None, None)]
    body = tok[1:-1]
    if body.startswith("!"):  # directive {!P=f}: fix the sex of a role before first use
        r, sx = body[1:].split("=")
        if r.endswith("age"):
            lo, hi = sx.split("-")
            ctx.force_age[r[:-3]] = (int(lo), int(hi))
        else:
            ctx.force_sex[r] = sx
        return []
    if body.startswith("SX"):  # {SX:male|female} by the patient's sex, {SXR:..} by R's sex
        head, alts = body.split(":", 1)
        a, b = alts.split("|")
        r = head[2:] or "P"
        return [(a if ctx.person(r).sex == "m" else b, "lit", None, None)]
    parts = body.split(":")
    key = parts[0]
    args = parts[1:]
    role = "P"
    if args and len(args[0]) == 1 and args[0] in ROLES:
        role = args[0]
        args = args[1:]
    if len(key) == 1 and key in ROLES:
        p = ctx.person(key)
        form = args[0]
        mods = args[1:]
        if form == "cpat" and (not p.pat[ctx.script] or p.latin):
            return [("—", "lit", None, None)]
        text, forms = render_name(p, form, mods, ctx.script, rng)
        return [(text, "id", "NAME", forms)]
    h = HANDLERS.get(key)
    if h is None:
        raise KeyError(tok)
    return h(ctx, role, args)


# ---------------------------------------------------------------- dates
def _date_at(ctx, args):
    off = None
    rest = []
    for a in args:
        if "@" in a:
            a, o = a.split("@")
            off = int(o)
        if a:
            rest.append(a)
    if off is None:
        off = -ctx.rng.randint(0, 7)
    return ctx.base + dt.timedelta(days=off), rest


def fmt_date(d, fmt, rng):
    """Return (text, forms)."""
    dd, mm, yy = d.day, d.month, d.year
    if fmt == "num":
        return "%02d.%02d.%d" % (dd, mm, yy), ["numeric"]
    if fmt == "nums":  # slash
        return "%02d/%02d/%d" % (dd, mm, yy), ["numeric"]
    if fmt == "roman":
        return "%d.%s.%d" % (dd, ROMAN[mm - 1], yy), ["roman"]
    if fmt == "ru":
        return "%d %s %d" % (dd, RU_MON_GEN[mm - 1], yy), ["words_ru"]
    if fmt == "ruq":
        return "«%02d» %s %d" % (dd, RU_MON_GEN[mm - 1], yy), ["words_ru", "quoted"]
    if fmt == "kk":
        return "%d жылғы %d %s" % (yy, dd, KK_MON[mm - 1]), ["words_kk"]
    if fmt == "kkab":
        return "%d ж. %d %s" % (yy, dd, KK_MON[mm - 1]), ["words_kk"]
    if fmt == "kkloc":
        return "%d жылғы %d %s" % (yy, dd, kk_suffix(KK_MON[mm - 1], "loc")), ["words_kk", "case_form"]
    if fmt == "kkabl":
        return "%d жылғы %d %s" % (yy, dd, kk_suffix(KK_MON[mm - 1], "abl")), ["words_kk", "case_form"]
    if fmt == "kkgen":
        return "%s %s" % (kk_suffix(KK_MON[mm - 1], "gen"), kk_day_poss(dd)), ["words_kk", "no_year", "case_form"]
    if fmt == "kkgeny":
        return "%d жылғы %s %s" % (yy, kk_suffix(KK_MON[mm - 1], "gen"), kk_day_poss(dd)), ["words_kk", "case_form"]
    if fmt == "numkloc":  # 12.03.2024 ж. is plain numeric; this is 12.03.2024-де? not used
        raise ValueError(fmt)
    if fmt == "noy":
        return "%02d.%02d" % (dd, mm), ["numeric", "no_year"]
    if fmt == "noyru":
        return "%d %s" % (dd, RU_MON_GEN[mm - 1]), ["words_ru", "no_year"]
    if fmt == "noykk":
        return "%d %s" % (dd, KK_MON[mm - 1]), ["words_kk", "no_year"]
    if fmt == "noykkloc":
        return "%d %s" % (dd, kk_suffix(KK_MON[mm - 1], "loc")), ["words_kk", "no_year", "case_form"]
    if fmt == "my":
        return "%02d.%d" % (mm, yy), ["numeric", "month_year"]
    if fmt == "myru":
        return "%s %d" % (RU_MON_NOM[mm - 1], yy), ["words_ru", "month_year"]
    if fmt == "myruloc":
        return "%s %d" % (RU_MON_LOC[mm - 1], yy), ["words_ru", "month_year", "case_form"]
    if fmt == "mykk":
        return "%d жылғы %s" % (yy, KK_MON[mm - 1]), ["words_kk", "month_year"]
    if fmt == "mykkloc":
        return "%d жылғы %s" % (yy, kk_suffix(KK_MON[mm - 1], "loc")), ["words_kk", "month_year", "case_form"]
    if fmt == "tdy":
        return "%02d.%02d.%02d" % (dd, mm, yy % 100), ["numeric", "two_digit_year"]
    if fmt == "iso":
        return "%d-%02d-%02d" % (yy, mm, dd), ["iso"]
    if fmt in ("rng", "rngru", "rngkk"):
        span = rng.randint(3, 12)
        d1 = min(dd, 28 - span) if dd + span > 28 else dd
        d1 = max(d1, 1)
        d2 = d1 + span
        if fmt == "rng":
            return "%02d–%02d.%02d.%d" % (d1, d2, mm, yy), ["range", "numeric"]
        if fmt == "rngru":
            return "%d–%d %s %d" % (d1, d2, RU_MON_GEN[mm - 1], yy), ["range", "words_ru"]
        return "%d жылғы %d-%d %s" % (yy, d1, d2, KK_MON[mm - 1]), ["range", "words_kk"]
    raise ValueError(fmt)


def h_date(ctx, role, args):
    d, rest = _date_at(ctx, args)
    fmt = rest[0] if rest else "num"
    t, f = fmt_date(d, fmt, ctx.rng)
    return [(t, "id", "DATE", f)]


def h_dob(ctx, role, args):
    p = ctx.person(role)
    fmt = args[0] if args else "num"
    t, f = fmt_date(p.dob, fmt, ctx.rng)
    return [(t, "id", "DATE", ["birth_date"] + f)]


def h_yob(ctx, role, args):
    p = ctx.person(role)
    return [(str(p.dob.year), "id", "DATE", ["birth_date", "year_only"])]


def h_age(ctx, role, args):
    p = ctx.person(role)
    n = p.age
    assert n > 89, n
    fmt = args[0] if args else "ru"
    if fmt == "ru":
        return [("%d %s" % (n, ru_age_unit(n)), "id", "AGE", ["over_89", "ru_unit"])]
    if fmt == "ruv":
        return [("%d %s" % (n, ru_age_unit(n, True)), "id", "AGE", ["over_89", "ru_unit", "after_cue"])]
    if fmt == "kk":
        return [("%d жас" % n, "id", "AGE", ["over_89", "kk_unit"])]
    if fmt == "kkloc":
        return [("%d жаста" % n, "id", "AGE", ["over_89", "kk_unit", "case_form"])]
    if fmt == "kkadj":
        return [("%d жастағы" % n, "id", "AGE", ["over_89", "kk_unit", "case_form"])]
    if fmt == "num":
        return [(str(n), "id", "AGE", ["over_89", "number_only"])]
    raise ValueError(fmt)


def h_page(ctx, role, args):
    p = ctx.person(role)
    assert p.age <= 89
    return [(str(p.age), "lit", None, None)]


def h_iin(ctx, role, args):
    p = ctx.person(role)
    s = p.iin
    forms = ["labelled" if "l" in args else "unlabelled"]
    if "split" in args:
        s = s[:6] + ctx.rng.choice([" ", "-"]) + s[6:]
        forms.append("split")
    return [(s, "id", "IIN", forms)]


# ---------------------------------------------------------------- phones
def _digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def h_phone(ctx, role, args):
    rng = ctx.rng
    fmt = args[0] if args else "plus7"
    op = rng.choice(ND.KZ_MOBILE)
    a, b, c = _digits(rng, 3), _digits(rng, 2), _digits(rng, 2)
    if fmt == "plus7":
        t = rng.choice(["+7 %s %s %s %s", "+7 (%s) %s-%s-%s", "+7(%s)%s-%s-%s", "+7 %s %s-%s-%s"]) % (op, a, b, c)
        f = ["plus7"] + (["spaced"] if t.count(" ") >= 4 else [])
    elif fmt == "eight":
        t = rng.choice(["8 (%s) %s-%s-%s", "8-%s-%s-%s-%s", "8(%s)%s %s %s"]) % (op, a, b, c)
        f = ["eight"]
    elif fmt == "dotted":
        t = rng.choice(["8.%s.%s.%s.%s", "+7.%s.%s.%s.%s"]) % (op, a, b, c)
        f = ["dotted", "eight" if t.startswith("8") else "plus7"]
    elif fmt == "spaced":
        t = rng.choice(["8 %s %s %s %s", "+7 %s %s %s %s", "8 %s %s %s%s"]) % (op, a, b, c)
        f = ["spaced", "eight" if t.startswith("8") else "plus7"]
    elif fmt == "compact":
        t = rng.choice(["8%s%s%s%s", "+7%s%s%s%s", "7%s%s%s%s"]) % (op, a, b, c)
        f = ["compact"] + (["eight"] if t.startswith("8") else ["plus7"] if t.startswith("+") else [])
    elif fmt == "landline":
        code = rng.choice(ND.CITY_CODES)
        loc = _digits(rng, 10 - len(code))
        local = loc[:-4] + "-" + loc[-4:-2] + "-" + loc[-2:]
        t = rng.choice(["8 (%s) %s", "+7 (%s) %s", "8 %s %s", "8-%s-%s"]) % (code, local)
        t = t.replace("--", "-")
        f = ["landline", "eight" if t.startswith("8") else "plus7"]
    elif fmt == "local":
        t = rng.choice(["%s-%s-%s" % (_digits(rng, 2), _digits(rng, 2), _digits(rng, 2)),
                        "%s-%s-%s" % (_digits(rng, 3), _digits(rng, 2), _digits(rng, 2)),
                        "%s %s %s" % (_digits(rng, 2), _digits(rng, 2), _digits(rng, 2))])
        f = ["local"]
    elif fmt == "foreign":
        k = rng.randint(0, 3)
        if k == 0:
            t = "+998 %s %s %s %s" % (rng.choice(["90", "91", "93", "97", "99"]), _digits(rng, 3), b, c)
        elif k == 1:
            t = "+996 %s %s %s" % (rng.choice(["555", "700", "772", "505"]), _digits(rng, 3), _digits(rng, 3))
        elif k == 2:
            t = "+90 %s %s %s %s" % (rng.choice(["532", "533", "542", "505"]), _digits(rng, 3), b, c)
        else:
            t = "+7 9%s %s-%s-%s" % (_digits(rng, 2), a, b, c)
        f = ["foreign", "spaced"] if t.count(" ") >= 3 else ["foreign"]
    else:
        raise ValueError(fmt)
    return [(t, "id", "PHONE", f)]


# ---------------------------------------------------------------- e-mail
def h_email(ctx, role, args):
    rng = ctx.rng
    kind = args[0] if args else "p"
    if kind == "i":
        return [(rng.choice(ND.INST_EMAILS), "id", "EMAIL", ["institutional"])]
    p = ctx.person(role)
    sur = translit(p.sur["ru"]).lower().replace("'", "").replace(" ", "")
    giv = translit(p.giv["ru"]).lower().replace("-", "")
    sur = sur.replace("ı", "i").replace("ş", "s").replace("ç", "c").replace("ö", "o").replace("ü", "u").replace("ğ", "g")
    giv = giv.replace("ı", "i").replace("ş", "s").replace("ç", "c").replace("ö", "o").replace("ü", "u").replace("ğ", "g")
    pat = rng.randint(0, 4)
    if pat == 0:
        local = "%s.%s" % (giv, sur)
    elif pat == 1:
        local = "%s%s%02d" % (giv[0], sur, p.dob.year % 100)
    elif pat == 2:
        local = "%s_%s" % (sur, giv[0])
    elif pat == 3:
        local = "%s%d" % (giv, rng.randint(1, 999))
    else:
        local = "%s.%s%d" % (sur, giv[:3], p.dob.year)
    return [(local + "@" + rng.choice(ND.EMAIL_DOMAINS), "id", "EMAIL", ["personal"])]


# ---------------------------------------------------------------- addresses
def _house(rng):
    h = str(rng.randint(1, 240))
    if rng.random() < 0.12:
        h += rng.choice(["А", "Б", "/1", "/2"])
    return h


def h_adr(ctx, role, args):
    rng = ctx.rng
    kind = args[0] if args else "ru"
    city = ctx.city if rng.random() < 0.6 else rng.choice(ND.CITIES)
    c_ru, c_kk, pc, streets, mkrs = city
    post = "%s%03d" % (pc, rng.randint(0, 60))
    flat = rng.random() < 0.75
    fl = rng.randint(1, 320)
    if kind in ("ru", "kk") and not streets:
        kind = kind + "m"
    if kind == "ru":
        st = rng.choice(streets)[0]
        v = rng.randint(0, 3)
        if v == 0:
            t = "г. %s, %s, д. %s" % (c_ru, st, _house(rng)) + (", кв. %d" % fl if flat else "")
        elif v == 1:
            t = "%s, г. %s, %s, д. %s" % (post, c_ru, st, _house(rng)) + (", кв. %d" % fl if flat else "")
        elif v == 2:
            t = "г.%s, %s, дом %s" % (c_ru, st, _house(rng)) + (", квартира %d" % fl if flat else "")
        else:
            t = "РК, г. %s, %s %s-%d" % (c_ru, st, _house(rng), fl)
        return [(t, "id", "ADDRESS", ["full_postal"])]
    if kind == "rum":
        m = rng.choice(mkrs)[0]
        t = "г. %s, мкр. %s, д. %s" % (c_ru, m, _house(rng)) + (", кв. %d" % fl if flat else "")
        if rng.random() < 0.4:
            t = post + ", " + t
        return [(t, "id", "ADDRESS", ["full_postal", "microdistrict"])]
    if kind == "kk":
        st = rng.choice(streets)[1]
        v = rng.randint(0, 2)
        if v == 2 and c_kk not in ND.CITY_DISTRICTS_KK:
            v = 0
        if v == 0:
            t = "%s қ., %s, %s-үй" % (c_kk, st, _house(rng)) + (", %d-пәтер" % fl if flat else "")
        elif v == 1:
            t = "%s, %s қаласы, %s, %s үй" % (post, c_kk, st, _house(rng)) + (", %d пәтер" % fl if flat else "")
        elif c_kk in ND.CITY_DISTRICTS_KK:
            dn = rng.choice(ND.CITY_DISTRICTS_KK[c_kk])
            t = "%s қаласы, %s ауданы, %s, %s-үй" % (c_kk, dn, st, _house(rng)) + (", %d-пәтер" % fl if flat else "")
        return [(t, "id", "ADDRESS", ["full_postal"])]
    if kind == "kkm":
        m = rng.choice(mkrs)[1]
        t = "%s қ., %s шағын ауданы, %s-үй" % (c_kk, m, _house(rng)) + (", %d-пәтер" % fl if flat else "")
        return [(t, "id", "ADDRESS", ["full_postal", "microdistrict"])]
    if kind in ("ruv", "kkv"):
        ob_ru, ob_kk, di, si = rng.choice(ND.RURAL)
        d_ru, d_kk = ND.DISTRICTS[di]
        s = ND.SETTLEMENTS[si]
        vs = rng.choice(ND.VILLAGE_STREETS)
        if kind == "ruv":
            t = "%s, %sий р-н, с. %s, %s, д. %s" % (ob_ru, d_ru, s[0], vs[0], _house(rng))
            if rng.random() < 0.4:
                t = "%s, %s" % ("%03d%03d" % (int(pc), rng.randint(400, 999)), t)
        else:
            t = "%s, %s ауданы, %s ауылы, %s, %s-үй" % (ob_kk, d_kk, s[3], vs[1], _house(rng))
        return [(t, "id", "ADDRESS", ["full_postal", "village"])]
    if kind == "fr":
        return [(rng.choice(ND.FOREIGN_ADDR), "id", "ADDRESS", ["full_postal", "foreign"])]
    raise ValueError(kind)


def _set_pick(ctx, foreign=False, village=None):
    pool = ND.FOREIGN_SETTLEMENTS if foreign else ND.SETTLEMENTS
    if village is not None:
        pool = [s for s in pool if (s[4] == "village") == village]
    return ctx.rng.choice(pool)


def h_set(ctx, role, args):
    """{SET:ru:mk} г. Талгар | {SET:ru:loc} Талгаре | {SET:ru:gen} | {SET:ru:nom} (table cell)
       {SET:kk:mk} Талғар қаласы | {SET:kk:mkloc} Талғар қаласында | {SET:kk:loc} | {SET:kk:abl} | {SET:kk:nom}
       add 'fr' for a foreign city, 'v' for a village."""
    rng = ctx.rng
    lang, how = args[0], args[1]
    foreign = "fr" in args
    village = True if "v" in args else (False if how in ("loc", "gen", "abl", "dat") and lang == "ru" else None)
    s = _set_pick(ctx, foreign, village)
    ru_nom, ru_gen, ru_loc, kk_nom, typ = s
    forms = ["settlement"]
    if typ == "village":
        forms.append("village")
    if foreign:
        forms.append("foreign")
    base = ru_nom if lang == "ru" else kk_nom
    if " " in base:
        forms.append("multi_word")
    if lang == "ru":
        mk = {"city": "г. ", "village": "с. ", "town": "п. "}[typ]
        if how == "mk":
            return [(mk, "lit", None, None), (ru_nom, "id", "ADDRESS", forms)]
        if how == "nom":
            return [(ru_nom, "id", "ADDRESS", forms)]
        val = {"loc": ru_loc, "gen": ru_gen}[how]
        if val != ru_nom:
            forms.append("case_form")
        return [(val, "id", "ADDRESS", forms)]
    mkw = {"city": "қаласы", "village": "ауылы", "town": "кенті"}[typ]
    if how == "mk":
        return [(kk_nom, "id", "ADDRESS", forms), (" " + mkw, "lit", None, None)]
    if how == "mkloc":
        return [(kk_nom, "id", "ADDRESS", forms), (" " + mkw[:-1] + ("ында" if typ != "town" else "інде"), "lit", None, None)]
    if how == "mkabl":
        return [(kk_nom, "id", "ADDRESS", forms), (" " + mkw[:-1] + ("ынан" if typ != "town" else "інен"), "lit", None, None)]
    if how == "nom":
        return [(kk_nom, "id", "ADDRESS", forms)]
    val = kk_suffix(kk_nom, how)
    forms.append("case_form")
    return [(val, "id", "ADDRESS", forms)]


def h_dist(ctx, role, args):
    lang, how = args[0], args[1]
    stem, kk = ctx.rng.choice(ND.DISTRICTS)
    forms = ["district"]
    if lang == "ru":
        t = {"nom": stem + "ий район", "gen": stem + "ого района", "loc": stem + "ом районе",
             "dat": stem + "ому району"}[how]
    else:
        t = {"nom": kk + " ауданы", "loc": kk + " ауданында", "gen": kk + " ауданының", "dat": kk + " ауданына",
             "abl": kk + " ауданынан"}[how]
    if how != "nom":
        forms.append("case_form")
    return [(t, "id", "ADDRESS", forms)]


def h_str(ctx, role, args):
    rng = ctx.rng
    lang = args[0] if args else "ru"
    cities = [c for c in ND.CITIES if c[3]]
    c = ctx.city if ctx.city[3] else rng.choice(cities)
    st = rng.choice(c[3])
    h = _house(rng)
    fl = rng.randint(1, 200)
    if lang == "ru":
        t = rng.choice(["%s %s, кв %d" % (st[2], h, fl), "%s %s-%d" % (st[2], h, fl), "%s, %s, кв. %d" % (st[2], h, fl),
                        "%s %s" % (st[2], h)])
    else:
        t = rng.choice(["%s %s-%d" % (st[3], h, fl), "%s %s, %d пәтер" % (st[3], h, fl), "%s, %s-үй" % (st[3], h)])
    return [(t, "id", "ADDRESS", ["street_unmarked"])]


def h_mkr(ctx, role, args):
    rng = ctx.rng
    lang = args[0] if args else "ru"
    cities = [c for c in ND.CITIES if c[4]]
    c = ctx.city if ctx.city[4] else rng.choice(cities)
    m = rng.choice(c[4])
    h = _house(rng)
    if lang == "ru":
        t = rng.choice(["мкр. %s, д. %s", "мкр %s, %s-%d" % ("%s", "%s", rng.randint(1, 90)), "%s мкр., д. %s"]) % (m[0], h)
    else:
        t = rng.choice(["%s ш/а, %s-үй", "%s шағын ауданы, %s үй", "%s ш/а, %s-%d" % ("%s", "%s", rng.randint(1, 90))]) % (m[1], h)
    return [(t, "id", "ADDRESS", ["partial", "microdistrict"])]


def h_work(ctx, role, args):
    lang = args[0] if args else "ru"
    pool = ND.WORK_RU if lang == "ru" else ND.WORK_KK
    return [(ctx.rng.choice(pool), "id", "ADDRESS", ["workplace"])]


def h_school(ctx, role, args):
    lang = args[0] if args else "ru"
    pool = ND.SCHOOL_RU if lang == "ru" else ND.SCHOOL_KK
    if "child" in args:
        pool = [x for x in pool if re.search(r"(школа|сад|гимназ|мектеп|балабақша|лицей)", x, re.I)]
    return [(ctx.rng.choice(pool), "id", "ADDRESS", ["workplace", "school"])]


# ---------------------------------------------------------------- record / document ids
def h_rec(ctx, role, args):
    rng = ctx.rng
    kind = args[0]
    if kind == "tw":
        i = ctx.tw_i
        ctx.tw_i += 1
        if i in ctx.tw_slots:
            ctx.n_tw += 1
            return [(make_bad12(rng), "id", "RECORD_ID", ["twelve_digit", "invalid_checksum"] +
                     ([args[1]] if len(args) > 1 else ["hospitalisation"]))]
        kind = args[1] if len(args) > 1 else "hospitalisation"
    kind = {"commission_protocol": "comm", "prescription": "presc", "teleconsultation": "tele"}.get(kind, kind)
    y = ctx.base.year % 100
    if kind in ("hosp", "hospitalisation"):
        t = rng.choice(["%d" % rng.randint(1000, 99999), "%d/%02d" % (rng.randint(100, 9999), y),
                        "С-%04d" % rng.randint(1, 9999), "%02d-%05d" % (y, rng.randint(1, 99999)),
                        "%d/%d" % (ctx.base.year, rng.randint(100, 9999))])
        f = "hospitalisation"
    elif kind in ("outp", "outpatient_card"):
        t = rng.choice(["А-%04d" % rng.randint(1, 9999), "%d" % rng.randint(1000, 99999),
                        "%d/%d" % (rng.randint(1, 40), rng.randint(100, 999))])
        f = "outpatient_card"
    elif kind in ("oper", "operation_protocol"):
        t = rng.choice(["%d" % rng.randint(10, 2999), "%d/%02d" % (rng.randint(10, 2999), y),
                        "ОП-%04d" % rng.randint(1, 9999)])
        f = "operation_protocol"
    elif kind == "xray":
        t = rng.choice(["R-%04d" % rng.randint(1, 9999), "Р-%d-%04d" % (ctx.base.year, rng.randint(1, 9999)),
                        "%d" % rng.randint(100, 9999), "КТ-%05d" % rng.randint(1, 99999)])
        f = "xray"
    elif kind == "lab":
        t = rng.choice(["%02d-%04d" % (y, rng.randint(1, 9999)), "LIS-%08d" % rng.randint(1, 99999999),
                        "%09d" % rng.randint(1, 999999999), "Л-%05d" % rng.randint(1, 99999)])
        f = "lab"
    elif kind in ("amb", "ambulance_call"):
        t = rng.choice(["%04d" % rng.randint(1, 9999), "%d/%02d" % (rng.randint(1, 9999), y)])
        f = "ambulance_call"
    elif kind == "presc":
        t = rng.choice(["%02d%07d" % (y, rng.randint(1, 9999999)), "Рц-%06d" % rng.randint(1, 999999),
                        "%d-%05d" % (rng.randint(10, 99), rng.randint(1, 99999))])
        f = "prescription"
    elif kind == "tele":
        t = rng.choice(["ТМК-%d-%05d" % (ctx.base.year, rng.randint(1, 99999)), "%05d/ТМ" % rng.randint(1, 99999),
                        "TM%02d%06d" % (y, rng.randint(1, 999999))])
        f = "teleconsultation"
    elif kind == "comm":
        t = rng.choice(["%d" % rng.randint(10, 999), "ВКК-%04d" % rng.randint(1, 9999),
                        "МСЭ-%04d/%02d" % (rng.randint(1, 9999), y), "%d/%d" % (rng.randint(1, 999), ctx.base.year)])
        f = "commission_protocol"
    elif kind == "erdr":
        t = "%02d%04d%d%08d" % (y, rng.choice([7511, 7510, 1910, 1930, 3510]), rng.randint(1, 3),
                                rng.randint(1, 99999999))
        f = "erdr"
    else:
        raise ValueError(kind)
    return [(t, "id", "RECORD_ID", [f])]


def h_doc(ctx, role, args):
    rng = ctx.rng
    kind = args[0]
    if kind == "idc":
        return [("%09d" % rng.randint(10000000, 99999999 * 5), "id", "DOC_ID", ["id_card"])]
    if kind == "passkz":
        return [("N%08d" % rng.randint(1000000, 99999999), "id", "DOC_ID", ["passport", "kz"])]
    if kind == "passru":
        t = rng.choice(["%02d %02d %06d", "%02d%02d %06d"]) % (rng.randint(1, 99), rng.randint(0, 24),
                                                               rng.randint(100000, 999999))
        return [(t, "id", "DOC_ID", ["passport", "russian"])]
    if kind == "passuz":
        t = rng.choice(["AA", "AB", "FA", "AD"]) + rng.choice(["", " "]) + "%07d" % rng.randint(100000, 9999999)
        return [(t, "id", "DOC_ID", ["passport", "uzbek"])]
    if kind == "passkg":
        t = rng.choice(["AN", "AC", "ID"]) + rng.choice(["", " "]) + "%07d" % rng.randint(100000, 9999999)
        return [(t, "id", "DOC_ID", ["passport", "kyrgyz"])]
    if kind == "policy":
        t = rng.choice(["%010d" % rng.randint(1, 9999999999), "ДМС-%06d" % rng.randint(1, 999999),
                        "%03d-%07d" % (rng.randint(1, 999), rng.randint(1, 9999999))])
        return [(t, "id", "DOC_ID", ["policy"])]
    if kind == "sick":
        t = rng.choice(["%07d" % rng.randint(1, 9999999), "ЛН-%06d" % rng.randint(1, 999999),
                        "%02d%08d" % (ctx.base.year % 100, rng.randint(1, 99999999))])
        return [(t, "id", "DOC_ID", ["sick_leave"])]
    if kind == "plate":
        L = "ABCEHKMOPTXYZ"
        reg = "%02d" % rng.choice([1, 2, 3, 4, 5, 7, 8, 9, 10, 13, 14, 15, 16, 17, 18])
        v = rng.randint(0, 2)
        if v == 0:
            t = "%03d %s %s" % (rng.randint(1, 999), "".join(rng.choice(L) for _ in range(3)), reg)
        elif v == 1:
            t = "%03d%s%s" % (rng.randint(1, 999), "".join(rng.choice(L) for _ in range(3)), reg)
        else:
            t = "%s %03d %s" % (rng.choice(L), rng.randint(1, 999), "".join(rng.choice(L) for _ in range(3)))
        return [(t, "id", "DOC_ID", ["vehicle_plate"])]
    if kind == "bin":
        return [(make_bin(rng), "id", "DOC_ID", ["bin"])]
    if kind == "birth":
        t = rng.choice(["%07d" % rng.randint(1, 9999999), "I-АЛ %07d" % rng.randint(1, 9999999)])
        return [(t, "id", "DOC_ID", ["birth_certificate"])]
    raise ValueError(kind)


# ---------------------------------------------------------------- plain confusables (unmarked)
def h_num(ctx, role, args):
    lo, hi = args[0].split("-")
    return [(str(ctx.rng.randint(int(lo), int(hi))), "lit", None, None)]


def h_flt(ctx, role, args):
    lo, hi = args[0].split("-")
    nd = int(args[1]) if len(args) > 1 else 1
    v = ctx.rng.uniform(float(lo), float(hi))
    s = ("%." + str(nd) + "f") % v
    if ctx.script == "kk" or ctx.rng.random() < 0.7:
        s = s.replace(".", ",")
    return [(s, "lit", None, None)]


def h_x(ctx, role, args):
    return [(ctx.rng.choice(":".join(args).split("|")), "lit", None, None)]


def h_time(ctx, role, args):
    return [("%02d:%02d" % (ctx.rng.randint(7, 22), ctx.rng.choice(range(0, 60, 5))), "lit", None, None)]


def h_bp(ctx, role, args):
    s = ctx.rng.randint(95, 175)
    return [("%d/%d" % (s, ctx.rng.randint(55, min(105, s - 30))), "lit", None, None)]


HANDLERS = {"DATE": h_date, "DOB": h_dob, "YOB": h_yob, "AGE": h_age, "PAGE": h_page, "IIN": h_iin,
            "PH": h_phone, "EM": h_email, "ADR": h_adr, "SET": h_set, "DIST": h_dist, "STR": h_str,
            "MKR": h_mkr, "WORK": h_work, "SCH": h_school, "REC": h_rec, "DOC": h_doc, "NUM": h_num,
            "FLT": h_flt, "X": h_x, "TIME": h_time, "BP": h_bp}


# ---------------------------------------------------------------- OCR-ish noise for plain text only
def ocr_noise(s, rng):
    out = []
    for i, ch in enumerate(s):
        if ch in ",:" and rng.random() < 0.35 and i > 0 and s[i - 1] != " ":
            out.append(" " + ch)
        elif ch == " " and rng.random() < 0.12:
            out.append("  ")
        else:
            out.append(ch)
    return "".join(out)


def render(template, ctx, ocr=False):
    toks = TOKEN.split(template)
    pieces = []
    for i, t in enumerate(toks):
        if not t:
            continue
        if i % 2 == 1:
            pieces.extend(pieces_for(t, ctx))
        else:
            pieces.append((t, "lit", None, None))
    text_parts, ids, clin = [], [], []
    pos = 0
    for t, kind, label, forms in pieces:
        if kind == "lit" and ocr:
            t = ocr_noise(t, ctx.rng)
        if kind == "id":
            ids.append({"start": pos, "end": pos + len(t), "label": label, "forms": list(forms)})
        elif kind == "clin":
            clin.append({"start": pos, "end": pos + len(t)})
        text_parts.append(t)
        pos += len(t)
    return "".join(text_parts), ids, clin
