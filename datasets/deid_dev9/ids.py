# -*- coding: utf-8 -*-
"""Persons and identifier-emitting methods for deid_dev9."""
import datetime as dt
import data as D
from gen import Rec, kk_case, ru_decl, translit, make_iin, make_bad12, make_bin

RU_MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
          "ноября", "декабря"]
RU_MON_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
              "ноябрь", "декабрь"]
KK_MON = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
          "қараша", "желтоқсан"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
KK_DAYSUF = {1: "і", 2: "сі", 3: "і", 4: "і", 5: "і", 6: "сы", 7: "сі", 8: "і", 9: "ы"}
KK_TENSUF = {10: "ы", 20: "сы", 30: "ы"}

SUR_SHAPES = {"full", "surname_given", "given_surname", "surname_initials", "initials_surname", "surname_only"}
PAT_SHAPES = {"full", "given_patronymic"}


def kk_pat(given_kk, g):
    return given_kk + ("ұлы" if g == "m" else "қызы")


def ru_kzpat(given_ru, g):
    return given_ru + ("улы" if g == "m" else "кызы")


def ru_pat_from(given, g):
    lw = given.lower()
    if lw.endswith("й"):
        base = given[:-1] + "ев"
    elif lw[-1] in "аеиоуыэюя":
        base = given + "ев"
    else:
        base = given + "ов"
    return base + ("ич" if g == "m" else "на")


def fem(sur):
    if sur.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return sur + "а"
    return sur


class Person:
    def __init__(self):
        self.g = "m"
        self.sur = ""
        self.given = ""
        self.pat = ""
        self.pat_kind = None      # 'ru', 'kk', 'particle'
        self.sur_kazpat = False
        self.non_slavic = False
        self.eponym = False
        self.foreign = False
        self.latin = False
        self.eth = "kaz"
        self.birth = None

    def initials(self):
        s = self.given[0] + "."
        if self.pat and self.pat_kind != "particle":
            s += self.pat[0] + "."
        return s


def make_person(rng, eth="kaz", g=None, script="ru", pat=True, birth=None, sur=None, father=None):
    """father: (given, script) used for patronymic of a child; sur: forced surname base (male form)."""
    p = Person()
    p.g = g or rng.choice("mf")
    p.eth = eth
    p.birth = birth
    kk = script == "kk"
    if eth == "kaz":
        gm = rng.choice(D.KZ_M if p.g == "m" else D.KZ_F)
        p.given = gm[0] if kk else gm[1]
        if sur is None:
            if rng.random() < 0.12:
                fg = rng.choice(D.KZ_M)
                base = kk_pat(fg[0], p.g) if kk else ru_kzpat(fg[1], p.g)
                p.sur = base
                p.sur_kazpat = True
                sur_base = None
            else:
                sb = rng.choice(D.KZ_SUR)
                sur_base = sb[0] if kk else sb[1]
        else:
            sur_base = sur
        if not p.sur_kazpat:
            p.sur = sur_base if p.g == "m" else fem(sur_base)
        if pat:
            if father is None:
                fg = rng.choice(D.KZ_M)
                fgiven = fg[0] if kk else fg[1]
            else:
                fgiven = father
            r = rng.random()
            if kk and r < 0.7 or (not kk and r < 0.25):
                p.pat = kk_pat(fgiven, p.g) if kk else ru_kzpat(fgiven, p.g)
                p.pat_kind = "kk"
            else:
                p.pat = ru_pat_from(fgiven, p.g)
                p.pat_kind = "ru"
    elif eth in ("rus", "ukr", "ger", "kor"):
        if eth == "ukr" and rng.random() < 0.5:
            mlist, flist = D.UKR_M, D.UKR_F
        elif eth == "ger" and rng.random() < 0.5:
            mlist, flist = D.GER_M, D.GER_F
        else:
            mlist, flist = D.RU_M, D.RU_F
        if sur is None:
            if eth == "rus":
                if rng.random() < 0.35:
                    sur = rng.choice(D.EPONYM_RU)
                    p.eponym = True
                else:
                    sur = rng.choice(D.RU_SUR)
            elif eth == "ukr":
                if rng.random() < 0.3:
                    sur = rng.choice(D.UKR_EPON)
                    p.eponym = True
                else:
                    sur = rng.choice(D.UKR_SUR)
            elif eth == "ger":
                if rng.random() < 0.35:
                    sur = rng.choice(D.GER_EPON)
                    p.eponym = True
                else:
                    sur = rng.choice(D.GER_SUR)
            else:
                sur = rng.choice(D.KOR_SUR)
        else:
            p.eponym = sur in D.EPONYM_RU or sur in D.UKR_EPON or sur in D.GER_EPON
        p.non_slavic = eth in ("ukr", "ger", "kor")
        p.sur = fem(sur) if (p.g == "f" and eth == "rus") else sur
        gm = rng.choice(mlist) if p.g == "m" else rng.choice(flist)
        p.given = gm[0] if p.g == "m" else gm
        if pat:
            f = rng.choice(mlist) if father is None else father
            if isinstance(f, tuple):
                p.pat = f[1] if p.g == "m" else f[2]
            else:
                p.pat = ru_pat_from(f, p.g)
            p.pat_kind = "ru"
    elif eth in ("uyg", "tat"):
        sl = D.UYG_SUR if eth == "uyg" else D.TAT_SUR
        ml = D.UYG_M if eth == "uyg" else D.TAT_M
        fl = D.UYG_F if eth == "uyg" else D.TAT_F
        s = sur or rng.choice(sl)
        p.sur = s if p.g == "m" else fem(s)
        p.given = rng.choice(ml if p.g == "m" else fl)
        p.non_slavic = True
        if pat:
            p.pat = ru_pat_from(father or rng.choice(ml), p.g)
            p.pat_kind = "ru"
    elif eth in ("uzb", "aze"):
        sl = D.UZB_SUR if eth == "uzb" else D.AZE_SUR
        ml = D.UZB_M if eth == "uzb" else D.AZE_M
        fl = D.UZB_F if eth == "uzb" else D.AZE_F
        fathers = D.UZB_FATHER if eth == "uzb" else D.AZE_FATHER
        s = sur or rng.choice(sl)
        p.sur = s if p.g == "m" else fem(s)
        p.given = rng.choice(ml if p.g == "m" else fl)
        p.non_slavic = True
        if pat:
            f = father or rng.choice(fathers)
            if rng.random() < 0.7:
                if eth == "aze":
                    part = "оглы" if p.g == "m" else "кызы"
                else:
                    part = rng.choice(["угли", "оглы"]) if p.g == "m" else rng.choice(["кизи", "кызы"])
                p.pat = f + " " + part
                p.pat_kind = "particle"
            else:
                p.pat = ru_pat_from(f, p.g)
                p.pat_kind = "ru"
    elif eth in ("tur", "korlat", "uzlat"):
        if eth == "tur":
            g_, gv, sn = rng.choice(D.TUR_LAT)
            pt = ""
        elif eth == "korlat":
            g_, gv, sn = rng.choice(D.KOR_LAT)
            pt = ""
        else:
            g_, gv, sn, pt = rng.choice(D.UZ_LAT)
        p.g, p.given, p.sur = g_, gv, sn
        p.latin = True
        p.non_slavic = True
        p.foreign = eth != "uzlat"
        if pt and pat:
            p.pat = pt
            p.pat_kind = "particle"
    return p


def render_name(p, shape, case=None, caselang="ru"):
    """Return the surface for a name shape. case: Russian case (gen/dat/acc/ins) or Kazakh (kk: dat/gen/acc/loc/abl)."""
    rc = case if caselang == "ru" else None

    def S():
        return ru_decl(p.sur, rc, p.g, "sur") if rc else p.sur

    def G():
        return ru_decl(p.given, rc, p.g, "given") if rc else p.given

    def P():
        if p.pat_kind == "particle":
            return p.pat
        return ru_decl(p.pat, rc, p.g, "pat") if rc else p.pat

    if shape == "full":
        s = "%s %s %s" % (S(), G(), P()) if p.pat else "%s %s" % (S(), G())
    elif shape == "surname_given":
        s = "%s %s" % (S(), G())
    elif shape == "given_surname":
        s = "%s %s" % (G(), S())
    elif shape == "surname_initials":
        s = "%s %s" % (S(), p.initials())
    elif shape == "initials_surname":
        s = "%s %s" % (p.initials(), S())
    elif shape == "surname_only":
        s = S()
    elif shape == "given_only":
        s = G()
    elif shape == "given_patronymic":
        s = "%s %s" % (G(), P())
    else:
        raise ValueError(shape)
    if case and caselang == "kk":
        s = kk_case(s, case)
    return s


class R(Rec):
    # ------------------------------------------------------------ names
    def name(self, p, shape, case=None, caselang="ru", lower=False, caps=False, latin=False, split=False):
        if shape == "full" and not p.pat:
            shape = "surname_given"
        if shape == "given_patronymic" and not p.pat:
            shape = "given_only"
        if case and caselang == "kk" and shape == "surname_initials":
            shape = "initials_surname"
        s = render_name(p, shape, case, caselang)
        base = render_name(p, shape)
        forms = [shape]
        if s != base:
            forms.append("case_form")
        if latin and not p.latin:
            s = translit(s)
            forms.append("latin")
        if p.latin:
            forms.append("latin")
        if lower:
            s = s.lower()
            forms.append("lowercase")
        if caps:
            s = s.upper()
            forms.append("caps")
        if split and " " in s:
            i = s.index(" ")
            s = s[:i] + "\n" + s[i + 1:]
            forms.append("split_line")
        if p.eponym and shape in SUR_SHAPES:
            forms.append("eponym_like")
        if p.non_slavic:
            forms.append("non_slavic")
        if p.foreign:
            forms.append("foreign")
        if (p.pat_kind == "kk" and shape in PAT_SHAPES) or (p.sur_kazpat and shape in SUR_SHAPES):
            forms.append("kazakh_patronymic")
        if p.pat_kind == "particle" and shape in PAT_SHAPES:
            forms.append("turkic_particle")
        return self.span(s, "NAME", forms)

    def name_cell(self, s, part):
        return self.span(s, "NAME", ["split_line", part])

    # ------------------------------------------------------------ IIN
    def iin(self, p, labelled=True, split=False):
        s = make_iin(self.rng, p.birth, p.g)
        if split:
            s = s[:6] + self.rng.choice([" ", "-"]) + s[6:]
        line = self.cur_line().lower()
        cue = any(k in line for k in ("иин", "жсн", "iin"))
        assert cue == labelled, (line, labelled)
        return self.span(s, "IIN", ["labelled" if labelled else "unlabelled"] + (["split"] if split else []))

    # ------------------------------------------------------------ dates
    def date(self, d, style="numeric", birth=False, case=None):
        rng = self.rng
        forms = []
        if style == "numeric":
            s = "%02d.%02d.%04d" % (d.day, d.month, d.year)
        elif style == "numeric_slash":
            s = "%02d/%02d/%04d" % (d.day, d.month, d.year)
            style = "numeric"
        elif style == "two_digit_year":
            s = "%02d.%02d.%02d" % (d.day, d.month, d.year % 100)
            forms.append("numeric")
        elif style == "iso":
            s = d.isoformat()
        elif style == "roman":
            s = "%d.%s.%d" % (d.day, ROMAN[d.month - 1], d.year)
        elif style == "words_ru":
            s = "%d %s %d" % (d.day, RU_MON[d.month - 1], d.year)
        elif style == "quoted":
            s = "«%02d» %s %d" % (d.day, RU_MON[d.month - 1], d.year)
            forms.append("words_ru")
        elif style == "words_kk":
            mon = KK_MON[d.month - 1]
            v = rng.random()
            if case:
                mon = kk_case(mon, case)
                forms.append("case_form")
            if v < 0.6:
                s = "%d жылғы %d %s" % (d.year, d.day, mon)
            elif v < 0.8:
                s = "%d ж. %d %s" % (d.year, d.day, mon)
            else:
                s = "%d %s %d" % (d.day, mon, d.year)
                if case:
                    s = "%d жылғы %d %s" % (d.year, d.day, mon)
        elif style == "kk_gen":   # наурыздың 12-сі
            suf = KK_TENSUF.get(d.day) or KK_DAYSUF[d.day % 10]
            s = "%d жылғы %s %d-%s" % (d.year, kk_case(KK_MON[d.month - 1], "gen"), d.day, suf)
            forms += ["words_kk", "case_form"]
        elif style == "no_year":
            s = rng.choice(["%02d.%02d" % (d.day, d.month), "%d %s" % (d.day, RU_MON[d.month - 1])])
        elif style == "no_year_kk":
            s = "%d %s" % (d.day, KK_MON[d.month - 1])
            style = "no_year"
            forms.append("words_kk")
        elif style == "month_year":
            s = rng.choice(["%02d.%d" % (d.month, d.year), "%s %d" % (RU_MON_NOM[d.month - 1], d.year)])
        elif style == "month_year_kk":
            s = "%d жылғы %s" % (d.year, KK_MON[d.month - 1])
            style = "month_year"
            forms.append("words_kk")
        elif style == "year_only":
            s = str(d.year)
        else:
            raise ValueError(style)
        forms.append(style)
        if birth:
            forms.append("birth_date")
        return self.span(s, "DATE", forms)

    def date_range(self, d1, d2, lang="ru"):
        if lang == "ru":
            if d1.month == d2.month:
                s = "%d–%d.%02d.%d" % (d1.day, d2.day, d1.month, d1.year) if self.rng.random() < 0.5 else \
                    "%d–%d %s %d" % (d1.day, d2.day, RU_MON[d1.month - 1], d1.year)
            else:
                s = "%02d.%02d–%02d.%02d.%d" % (d1.day, d1.month, d2.day, d2.month, d1.year)
        else:
            s = "%d жылғы %d-%d %s" % (d1.year, d1.day, d2.day, KK_MON[d1.month - 1])
        return self.span(s, "DATE", ["range"])

    # ------------------------------------------------------------ age over 89
    def age(self, n, lang="ru", unit=True, after_cue=False, case=None):
        assert n > 89
        forms = ["over_89"]
        if not unit:
            s = str(n)
            forms.append("number_only")
        elif lang == "ru":
            if after_cue:
                s = "%d года" % n if n % 10 == 1 else "%d лет" % n
                forms.append("after_cue")
            else:
                s = "%d %s" % (n, "год" if n % 10 == 1 else ("года" if n % 10 in (2, 3, 4) else "лет"))
            forms.append("ru_unit")
        else:
            if case == "loc":
                s = "%d жаста" % n
                forms.append("case_form")
            elif case == "attr":
                s = "%d жастағы" % n
                forms.append("case_form")
            else:
                s = "%d жас" % n
            forms.append("kk_unit")
        return self.span(s, "AGE", forms)

    # ------------------------------------------------------------ phones
    def phone(self, kind=None):
        rng = self.rng
        kind = kind or rng.choice(["plus7", "plus7", "eight", "eight", "dotted", "compact", "spaced"])
        m = rng.choice(D.MOBILE)
        a, b, c = "%03d" % rng.randint(100, 999), "%02d" % rng.randint(0, 99), "%02d" % rng.randint(0, 99)
        forms = []
        if kind == "plus7":
            s = rng.choice(["+7 %s %s %s %s" % (m, a, b, c), "+7 (%s) %s-%s-%s" % (m, a, b, c),
                            "+7-%s-%s-%s-%s" % (m, a, b, c), "+7(%s)%s%s%s" % (m, a, b, c)])
            forms.append("plus7")
            if s.startswith("+7 ") and "(" not in s:
                forms.append("spaced")
        elif kind == "eight":
            s = rng.choice(["8 (%s) %s-%s-%s" % (m, a, b, c), "8-%s-%s-%s-%s" % (m, a, b, c),
                            "8%s %s %s%s" % (m, a, b, c), "8 %s %s%s%s" % (m, a, b, c)])
            forms.append("eight")
        elif kind == "dotted":
            s = rng.choice(["8.%s.%s.%s.%s" % (m, a, b, c), "+7.%s.%s.%s.%s" % (m, a, b, c), "%s.%s.%s.%s" % (m, a, b, c)])
            forms.append("dotted")
            forms.append("plus7" if s.startswith("+7") else ("eight" if s.startswith("8.") else "compact"))
            if forms[-1] == "compact":
                forms[-1] = "dotted"
        elif kind == "compact":
            s = rng.choice(["8%s%s%s%s" % (m, a, b, c), "+7%s%s%s%s" % (m, a, b, c), "%s%s%s%s" % (m, a, b, c)])
            forms.append("compact")
            if s.startswith("+7"):
                forms.append("plus7")
            elif s.startswith("8") and len(s) == 11:
                forms.append("eight")
        elif kind == "spaced":
            s = rng.choice(["8 %s %s %s %s" % (m, a, b, c), "+7 %s %s %s %s" % (m, a, b, c),
                            "8 %s %s %s %s" % (m, a[0] + a[1:], b, c)])
            forms.append("spaced")
            forms.append("plus7" if s.startswith("+7") else "eight")
        elif kind == "foreign":
            s = rng.choice(["+998 %d %s %s %s" % (rng.choice([90, 91, 93, 97]), a, b, c),
                            "+996 %d %s %s" % (rng.choice([555, 700, 772]), a, "%03d" % rng.randint(0, 999)),
                            "+90 5%02d %s %s %s" % (rng.randint(30, 59), a, b, c),
                            "+7 9%02d %s-%s-%s" % (rng.randint(10, 99), a, b, c)])
            forms.append("foreign")
        elif kind == "landline":
            code, _ = rng.choice(D.LANDLINE)
            loc = ("%02d-%02d-%02d" % (rng.randint(20, 99), rng.randint(0, 99), rng.randint(0, 99))) if len(code) == 4 \
                else "%03d-%02d-%02d" % (rng.randint(200, 399), rng.randint(0, 99), rng.randint(0, 99))
            s = rng.choice(["8 (%s) %s" % (code, loc), "+7 %s %s" % (code, loc), "8%s %s" % (code, loc)])
            forms.append("landline")
        elif kind == "local":
            s = "%02d-%02d-%02d" % (rng.randint(20, 99), rng.randint(0, 99), rng.randint(0, 99))
            forms.append("local")
        else:
            raise ValueError(kind)
        return self.span(s, "PHONE", forms)

    def email(self, user, kind="personal", dom=None):
        rng = self.rng
        if dom:
            pass
        elif kind == "personal":
            dom = rng.choice(["mail.ru", "gmail.com", "inbox.ru", "yandex.kz", "list.ru", "bk.ru"])
        else:
            dom = rng.choice(["krg.gov.kz", "edu.kz", "school.kz", "med.kz", "mil.gov.kz", "kmm.kz", "dtr.kz"])
        return self.span("%s@%s" % (user, dom), "EMAIL", [kind])

    # ------------------------------------------------------------ addresses
    def settlement(self, s, case_form=False, village=False, extra=()):
        f = ["settlement"] + list(extra)
        if case_form:
            f.append("case_form")
        if village:
            f.append("village")
        if " " in s:
            f.append("multi_word")
        return self.span(s, "ADDRESS", f)

    def city(self, lang="ru", case=None):
        c = self.rng.choice(D.CITIES)
        return self.city_of(c, lang, case)

    def city_of(self, c, lang="ru", case=None):
        if lang == "ru":
            s = {"gen": c[1], "prep": c[2], None: c[0]}[case]
            return self.settlement(s, case_form=(s != c[0]))
        s = kk_case(c[3], case) if case else c[3]
        return self.settlement(s, case_form=bool(case))

    def district(self, lang="ru", case=None, d=None):
        d = d or self.rng.choice(D.DISTRICTS)
        if lang == "ru":
            s = {None: d[0], "gen": d[1], "prep": d[2]}[case]
        else:
            s = kk_case(d[3], case) if case else d[3]
        return self.span(s, "ADDRESS", ["district"] + (["case_form"] if case else []))

    def full_addr(self, lang="ru", city=None, village=None, flat=None, postcode=None):
        rng = self.rng
        if flat is None:
            flat = rng.random() < 0.6
        if postcode is None:
            postcode = rng.random() < 0.25
        n = rng.randint(1, 180)
        if village is None:
            village = False
        if village:
            v = village if isinstance(village, tuple) else rng.choice(D.VILLAGES)
            d = rng.choice(D.DISTRICTS)
            if lang == "ru":
                st = rng.choice(D.STREETS_RU)
                s = "%s, с. %s, %s, д. %d" % (d[0], v[0], st, n) if rng.random() < 0.6 else \
                    "с. %s, %s, %d" % (v[0], st, n)
            else:
                st = rng.choice(D.STREETS_KK)
                s = "%s, %s ауылы, %s, %d-үй" % (d[3], v[1], st, n) if rng.random() < 0.6 else \
                    "%s ауылы, %s, %d үй" % (v[1], st, n)
            return self.span(s, "ADDRESS", ["full_postal", "village"])
        c = city or rng.choice(D.CITIES)
        if lang == "ru":
            st = rng.choice(D.STREETS_RU)
            s = "г. %s, %s, д. %d" % (c[0], st, n) if rng.random() < 0.6 else "г. %s, %s, %d" % (c[0], st, n)
            if flat:
                s += rng.choice([", кв. %d", ", кв %d", "-%d"]) % rng.randint(1, 220)
            if postcode:
                s = D.POSTCODES[c[0]] + ", " + s
        else:
            st = rng.choice(D.STREETS_KK)
            s = "%s %s, %s, %d-үй" % (c[3], rng.choice(["қ.", "қаласы"]), st, n)
            if flat:
                s += ", %d-пәтер" % rng.randint(1, 220)
            if postcode:
                s = D.POSTCODES[c[0]] + ", " + s
        return self.span(s, "ADDRESS", ["full_postal"])

    def street_unmarked(self):
        rng = self.rng
        s = "%s %d" % (rng.choice(D.STREETS_BARE), rng.randint(1, 150))
        if rng.random() < 0.6:
            s += rng.choice([", кв %d", "-%d", ", %d"]) % rng.randint(1, 120)
        return self.span(s, "ADDRESS", ["street_unmarked"])

    def mkr(self, lang="ru"):
        rng = self.rng
        if lang == "ru":
            s = "мкр. %s, д. %d" % (rng.choice(D.MKR), rng.randint(1, 60)) if rng.random() < 0.5 else \
                "мкр %s, %d" % (rng.choice(D.MKR), rng.randint(1, 60))
            if rng.random() < 0.5:
                s += ", кв. %d" % rng.randint(1, 150)
        else:
            s = "%s %s, %d-үй" % (rng.choice(D.MKR_KK), rng.choice(["ш/а", "шағын ауданы"]), rng.randint(1, 60))
        return self.span(s, "ADDRESS", ["partial", "microdistrict"])

    def work(self, s, school=False, extra=(), case_form=False):
        f = ["workplace"] + (["school"] if school else []) + list(extra) + (["case_form"] if case_form else [])
        return self.span(s, "ADDRESS", f)

    # ------------------------------------------------------------ record / document ids
    def rid(self, kind, allow12=False):
        rng = self.rng
        if allow12 and self.want12 and not self.used12:
            self.used12 += 1
            return self.span(make_bad12(rng), "RECORD_ID", ["twelve_digit", "invalid_checksum", kind])
        yy = rng.choice(["23", "24"])
        if kind == "hospitalisation":
            s = rng.choice(["%d/%s" % (rng.randint(100, 29999), yy), "%d" % rng.randint(10000, 999999),
                            "И-%d" % rng.randint(1000, 99999)])
        elif kind == "outpatient_card":
            s = rng.choice(["%06d" % rng.randint(1, 999999), "А-%05d" % rng.randint(1, 99999), "%d" % rng.randint(1000, 99999)])
        elif kind == "operation_protocol":
            s = "%d" % rng.randint(12, 2999)
        elif kind == "xray":
            s = rng.choice(["Р-%d" % rng.randint(100, 9999), "%d/%s" % (rng.randint(100, 9999), yy), "RG%06d" % rng.randint(1, 999999)])
        elif kind == "lab":
            s = rng.choice(["%07d" % rng.randint(1, 9999999), "L%08d" % rng.randint(1, 99999999), "%d-%s" % (rng.randint(100, 99999), yy)])
        elif kind == "ambulance_call":
            s = rng.choice(["%d" % rng.randint(100, 9999), "%d-%s" % (rng.randint(1000, 99999), yy)])
        elif kind == "teleconsultation":
            s = rng.choice(["ТМК-20%s-%06d" % (yy, rng.randint(1, 999999)), "ТК/%s/%05d" % (yy, rng.randint(1, 99999)),
                            "TM-%s%02d%02d-%04d" % (yy, rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 9999)),
                            "%07d" % rng.randint(1, 9999999), "ТМ%s-%d" % (yy, rng.randint(100, 99999))])
        elif kind == "request":
            s = rng.choice(["%d/%s" % (rng.randint(1000, 99999), yy), "1-20%s-%06d" % (yy, rng.randint(1, 999999)),
                            "З-20%s-%05d" % (yy, rng.randint(1, 99999)), "ЗВ-%d" % rng.randint(10000, 99999),
                            "%d-%d/%s" % (rng.randint(1, 9), rng.randint(100, 9999), yy)])
        elif kind == "queue_ticket":
            s = rng.choice(["%04d" % rng.randint(1, 300), "А-%03d" % rng.randint(1, 300), "Т%d" % rng.randint(10, 999),
                            "Т-20%s-%07d" % (yy, rng.randint(1, 9999999))])
        elif kind == "call":
            s = rng.choice(["%d" % rng.randint(100000, 999999), "%02d%02d-%s-%04d" % (rng.randint(1, 28), rng.randint(1, 12), yy, rng.randint(1, 9999)),
                            "CC-%d" % rng.randint(10000, 999999)])
        elif kind == "commission_protocol":
            s = rng.choice(["%d" % rng.randint(1, 999), "%d/%s" % (rng.randint(1, 999), yy), "ВВК-%d" % rng.randint(1, 999)])
        elif kind == "emergency_card":
            s = "%d" % rng.randint(100, 99999)
            kind = "hospitalisation"
        else:
            raise ValueError(kind)
        return self.span(s, "RECORD_ID", [kind])

    def doc(self, kind, sub=None):
        rng = self.rng
        f = [kind]
        if kind == "id_card":
            s = "0%08d" % rng.randint(10000000, 99999999)
        elif kind == "passport":
            sub = sub or "kz"
            f.append(sub)
            s = {"kz": "N%08d" % rng.randint(1000000, 99999999),
                 "russian": "%02d %02d %06d" % (rng.randint(1, 99), rng.randint(0, 24), rng.randint(1, 999999)),
                 "uzbek": "%s%07d" % (rng.choice(["AA", "AB", "AC", "FA"]), rng.randint(1, 9999999)),
                 "kyrgyz": "%s%07d" % (rng.choice(["AN", "ID"]), rng.randint(1, 9999999))}[sub]
        elif kind == "military_id":
            s = "%s %07d" % (rng.choice(["АН", "АК", "АС", "НК", "АЕ"]), rng.randint(1, 9999999))
        elif kind == "military_registration":
            s = rng.choice(["%06d" % rng.randint(1, 999999), "КЗ %06d" % rng.randint(1, 999999)])
        elif kind == "sick_leave":
            s = rng.choice(["%07d" % rng.randint(1, 9999999), "%d" % rng.randint(100000, 999999)])
        elif kind == "vehicle_plate":
            s = rng.choice(["%03d %s %02d" % (rng.randint(1, 999), "".join(rng.choice("ABCEHKMOPTXZ") for _ in range(3)), rng.randint(1, 18)),
                            "%03d%s%02d" % (rng.randint(1, 999), "".join(rng.choice("ABCEHKMOPTXZ") for _ in range(3)), rng.randint(1, 18))])
        elif kind == "bin":
            s = make_bin(rng)
        elif kind == "birth_certificate":
            s = "%s-%s %07d" % (rng.choice(["I", "II", "III"]), rng.choice(["АЛ", "КР", "АС", "ЖМ", "ПВ"]), rng.randint(1, 9999999))
        elif kind == "athlete_id":
            s = rng.choice(["KAZ%07d" % rng.randint(1, 9999999), "ФДК-%05d" % rng.randint(1, 99999),
                            "ID %06d" % rng.randint(1, 999999), "%d-%05d" % (rng.randint(10, 99), rng.randint(1, 99999))])
        elif kind == "policy":
            s = "%s %d" % (rng.choice(["ОС", "НС"]), rng.randint(100000, 9999999))
        else:
            raise ValueError(kind)
        return self.span(s, "DOC_ID", f)


def rdate(rng, y0=2023, y1=2024):
    a = dt.date(y0, 1, 1)
    b = dt.date(y1, 12, 20)
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def birth_for_age(rng, age, ref):
    d = ref - dt.timedelta(days=int(age * 365.25) + rng.randint(1, 360))
    return d


def years_between(b, ref):
    return ref.year - b.year - ((ref.month, ref.day) < (b.month, b.day))


def _lower_last(self):
    """Lower-case the identifier that was just emitted (length-preserving only)."""
    s = self.parts[-1]
    lo = s.lower()
    assert len(lo) == len(s) and self.ids and self.ids[-1]["end"] == self.pos
    self.parts[-1] = lo
    f = self.ids[-1]["forms"]
    if "lowercase" not in f:
        f.append("lowercase")
        f.sort()
    return self


R.low = _lower_last
