# -*- coding: utf-8 -*-
"""Identifier generators. Every function takes a random.Random and returns V objects
(label, surface text, forms) or plain strings. Standard library only."""
import datetime as dt
from core import V, C, kz_check, kz_valid, ru_spell, translit, kk_suf, \
    ru_decl_surname, ru_decl_given, ru_decl_patr
import pools as P

MON_RU_GEN = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
MON_RU_NOM = "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split()
MON_RU_PREP = "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре".split()
MON_KK = "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан".split()
ROMAN = "I II III IV V VI VII VIII IX X XI XII".split()

# multi-word / extra villages (ru, ru_prep, ru_gen, kk)
MULTI_VILLAGES = [("Отеген батыр", "Отеген батыре", "Отеген батыра", "Өтеген батыр"),
                  ("Старый Икан", "Старом Икане", "Старого Икана", "Ескі Иқан"),
                  ("Акши", "Акши", "Акши", "Ақши"),
                  ("Кызыл Ту", "Кызыл Ту", "Кызыл Ту", "Қызыл Ту"),
                  ("Жана Жол", "Жана Жоле", "Жана Жола", "Жаңа Жол"),
                  ("Абай ауылы", "Абай ауылы", "Абай ауылы", "Абай"),
                  ("Бакей ата", "Бакей ата", "Бакей ата", "Бәкей ата"),
                  ("Тогыз Торау", "Тогыз Торау", "Тогыз Торау", "Тоғыз Торау"),
                  ("Кара Су", "Кара Су", "Кара Су", "Қара Су"),
                  ("Жибек Жолы", "Жибек Жолы", "Жибек Жолы", "Жібек Жолы")]
MULTI_VILLAGES = [m for m in MULTI_VILLAGES if m[0] != "Абай ауылы"]
MULTI_CITIES = [("Усть-Каменогорск", "Усть-Каменогорске", "Усть-Каменогорска", "Өскемен"),
                ("Нур-Султан", "Нур-Султане", "Нур-Султана", "Нұр-Сұлтан")]


# ------------------------------------------------------------------ numbers
def digits(r, n):
    return "".join(str(r.randrange(10)) for _ in range(n))


def iin(r, birth, sex):
    y = birth.year
    c = (3 if sex == "m" else 4) if y < 2000 else (5 if sex == "m" else 6)
    base = "%02d%02d%02d%d" % (y % 100, birth.month, birth.day, c)
    while True:
        d11 = base + digits(r, 4)
        ch = kz_check(d11)
        if ch is not None:
            return d11 + str(ch)


def bad12(r):
    """12 digits, plausible yymmdd + 3-6, INVALID checksum."""
    while True:
        y = r.randrange(40, 100)
        base = "%02d%02d%02d%d" % (y, r.randrange(1, 13), r.randrange(1, 29), r.choice([3, 4, 5, 6]))
        s = base + digits(r, 5)
        if not kz_valid(s):
            return s


def bin_(r):
    while True:
        d11 = "%02d%02d%d%d" % (r.randrange(0, 24), r.randrange(1, 13), r.choice([4, 5, 6]), r.choice([0, 1])) + digits(r, 5)
        ch = kz_check(d11)
        if ch is not None:
            return d11 + str(ch)


# ------------------------------------------------------------------ dates
def rdate(r, y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(r.randrange(a, b + 1))


YEAR_ORD_BACK = {0: True, 6: True, 9: True}  # жиырмасыншы/алтыншы/тоғызыншы -> back vowels


def _year_back(y):
    last = y % 10
    if last == 0:
        return (y % 100) in (10, 30, 40, 60, 90, 20)  # онншы/отызыншы/қырқыншы/алпысыншы/тоқсаныншы/жиырмасыншы
    return last in (6, 9)


def _day_poss(d):
    u = d % 10
    if u == 0:
        return {10: "ы", 20: "сы", 30: "ы"}[d]
    return {1: "і", 2: "сі", 3: "і", 4: "і", 5: "і", 6: "сы", 7: "сі", 8: "і", 9: "ы"}[u]


def d_num(d, sep="."):
    return "%02d%s%02d%s%d" % (d.day, sep, d.month, sep, d.year)


def date_v(r, d, style, birth=False, case=None):
    """Return V(DATE). style: numeric, two_digit_year, iso, roman, words_ru, quoted, words_kk, month_year_ru,
    month_year_kk, no_year_ru, no_year_kk, kk_case (case in dat/loc/abl), kk_num_case, kk_gen_day."""
    f = []
    if style == "numeric":
        t = d_num(d); f = ["numeric"]
    elif style == "numeric_short":
        t = "%d.%02d.%d" % (d.day, d.month, d.year); f = ["numeric"]
    elif style == "two_digit_year":
        t = "%02d.%02d.%02d" % (d.day, d.month, d.year % 100); f = ["numeric", "two_digit_year"]
    elif style == "iso":
        t = "%d-%02d-%02d" % (d.year, d.month, d.day); f = ["iso"]
    elif style == "roman":
        t = "%d.%s.%d" % (d.day, ROMAN[d.month - 1], d.year); f = ["roman"]
    elif style == "words_ru":
        t = "%d %s %d" % (d.day, MON_RU_GEN[d.month - 1], d.year); f = ["words_ru"]
    elif style == "quoted":
        t = "«%02d» %s %d" % (d.day, MON_RU_GEN[d.month - 1], d.year); f = ["words_ru", "quoted"]
    elif style == "words_kk":
        t = "%d жылғы %d %s" % (d.year, d.day, MON_KK[d.month - 1]); f = ["words_kk"]
    elif style == "words_kk_abbr":
        t = "%d ж. %d %s" % (d.year, d.day, MON_KK[d.month - 1]); f = ["words_kk"]
    elif style == "month_year_ru":
        t = "%s %d" % (MON_RU_NOM[d.month - 1], d.year); f = ["month_year"]
    elif style == "month_year_ru_prep":
        t = "%s %d" % (MON_RU_PREP[d.month - 1], d.year); f = ["month_year", "case_form"]
    elif style == "month_year_kk":
        t = "%d жылғы %s" % (d.year, MON_KK[d.month - 1]); f = ["month_year", "words_kk"]
    elif style == "no_year_ru":
        t = "%d %s" % (d.day, MON_RU_GEN[d.month - 1]); f = ["words_ru", "no_year"]
    elif style == "no_year_num":
        t = "%02d.%02d" % (d.day, d.month); f = ["numeric", "no_year"]
    elif style == "no_year_kk":
        t = "%d %s" % (d.day, MON_KK[d.month - 1]); f = ["words_kk", "no_year"]
        if case:
            t = kk_suf(t, case); f.append("case_form")
    elif style == "kk_case":
        t = kk_suf("%d жылғы %d %s" % (d.year, d.day, MON_KK[d.month - 1]), case)
        f = ["words_kk", "case_form"]
    elif style == "kk_num_case":
        back = _year_back(d.year)
        suf = {"abl": ("дан", "ден"), "dat": ("ға", "ге"), "loc": ("да", "де")}[case][0 if back else 1]
        t = d_num(d) + "-" + suf; f = ["numeric", "case_form"]
    elif style == "kk_gen_day":
        m = MON_KK[d.month - 1]
        t = kk_suf(m, "gen") + " %d-%s" % (d.day, _day_poss(d.day))
        if case == "loc":
            t += "нда" if _day_poss(d.day).endswith("ы") else "нде"
        f = ["words_kk", "no_year", "case_form"]
    else:
        raise ValueError(style)
    if birth:
        f.append("birth_date")
    return V("DATE", t, f)


def range_v(r, d1, d2, lang):
    if lang == "ru":
        if d1.month == d2.month:
            if r.random() < 0.5:
                t = "%d–%d.%02d.%d" % (d1.day, d2.day, d1.month, d1.year); f = ["range", "numeric"]
            else:
                t = "%d–%d %s %d" % (d1.day, d2.day, MON_RU_GEN[d1.month - 1], d1.year); f = ["range", "words_ru"]
        else:
            t = "%02d.%02d–%02d.%02d.%d" % (d1.day, d1.month, d2.day, d2.month, d2.year); f = ["range", "numeric"]
    else:
        t = "%d жылғы %d-%d %s" % (d1.year, d1.day, d2.day, MON_KK[d1.month - 1]); f = ["range", "words_kk"]
    return V("DATE", t, f)


# ------------------------------------------------------------------ ages
def age_of(birth, ref):
    return ref.year - birth.year - ((ref.month, ref.day) < (birth.month, birth.day))


def ru_years(n):
    if n % 10 == 1 and n % 100 != 11:
        return "год"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return "года"
    return "лет"


def age_part(n, kind, lang="ru"):
    """Return a part (V if n>89 else str). kind: table_cell, after_label, inline_bare, ru_unit, after_cue, kk_unit,
    kk_loc, kk_attr."""
    if kind in ("table_cell", "after_label", "inline_bare"):
        t = str(n); f = ["over_89", "number_only", kind]
    elif kind == "ru_unit":
        t = "%d %s" % (n, ru_years(n)); f = ["over_89", "ru_unit"]
    elif kind == "after_cue":
        t = "%d %s" % (n, "года" if n % 10 == 1 and n % 100 != 11 else "лет"); f = ["over_89", "ru_unit", "after_cue"]
    elif kind == "kk_unit":
        t = "%d жас" % n; f = ["over_89", "kk_unit"]
    elif kind == "kk_loc":
        t = "%d жаста" % n; f = ["over_89", "kk_unit", "case_form"]
    elif kind == "kk_attr":
        t = "%d жастағы" % n; f = ["over_89", "kk_unit", "case_form"]
    else:
        raise ValueError(kind)
    if n > 89:
        return V("AGE", t, f)
    return t


# ------------------------------------------------------------------ phones
MOB = ["701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778"]


def phone_v(r, kind, city_code=None):
    m = r.choice(MOB)
    a, b, c = digits(r, 3), digits(r, 2), digits(r, 2)
    if kind == "plus7":
        t = r.choice(["+7 %s %s %s %s", "+7 (%s) %s-%s-%s", "+7%s%s%s%s", "+7-%s-%s-%s-%s"]) % (m, a, b, c)
        f = ["plus7"]
        if " " not in t and "-" not in t:
            f.append("compact")
    elif kind == "eight":
        t = r.choice(["8 %s %s %s %s", "8 (%s) %s-%s-%s", "8-%s-%s-%s-%s"]) % (m, a, b, c); f = ["eight"]
    elif kind == "compact":
        t = "8%s%s%s%s" % (m, a, b, c); f = ["eight", "compact"]
    elif kind == "dotted":
        t = "8.%s.%s.%s.%s" % (m, a, b, c); f = ["eight", "dotted"]
    elif kind == "spaced":
        t = "8 %s %s %s %s" % (m, a, b, c); f = ["eight", "spaced"]
    elif kind == "landline":
        cc = city_code or r.choice(["727", "7172", "7252", "7212", "7182"])
        n = 7 - (len(cc) - 3)
        num = digits(r, n)
        if n == 7:
            num = "%s-%s-%s" % (num[:3], num[3:5], num[5:])
        elif n == 6:
            num = "%s-%s-%s" % (num[:2], num[2:4], num[4:])
        else:
            num = "%s-%s" % (num[:2], num[2:])
        t = r.choice(["8 (%s) %s", "8 %s %s", "(%s) %s"]) % (cc, num); f = ["landline"]
    elif kind == "local":
        t = r.choice(["%s-%s-%s" % (digits(r, 2), digits(r, 2), digits(r, 2)),
                      "%s-%s-%s" % (digits(r, 1), digits(r, 2), digits(r, 2)),
                      "%s-%s-%s" % (digits(r, 3), digits(r, 2), digits(r, 2)),
                      "%s %s %s" % (digits(r, 2), digits(r, 2), digits(r, 2))])
        if t[0] == "0":
            t = "5" + t[1:]
        f = ["local"]
    elif kind == "uz":
        t = r.choice(["+998 %s %s %s %s", "+998 (%s) %s-%s-%s", "+998%s%s%s%s"]) % (
            r.choice(["90", "91", "93", "94", "97", "99", "88", "33"]), digits(r, 3), digits(r, 2), digits(r, 2))
        f = ["foreign", "uzbek"]
    elif kind == "kg":
        t = r.choice(["+996 %s %s %s", "+996 (%s) %s-%s", "+996%s%s%s"]) % (
            r.choice(["555", "700", "770", "772", "550", "999", "220"]), digits(r, 3), digits(r, 3))
        f = ["foreign", "kyrgyz"]
    elif kind == "ru":
        t = r.choice(["+7 9%s %s-%s-%s", "+7 (9%s) %s-%s-%s", "+7 9%s %s %s %s", "8 (9%s) %s-%s-%s"]) % (
            digits(r, 2), digits(r, 3), digits(r, 2), digits(r, 2))
        f = ["foreign", "russian"] + (["plus7"] if t.startswith("+") else ["eight"])
    elif kind == "tr":
        t = "+90 5%s %s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 2), digits(r, 2)); f = ["foreign", "turkish"]
    elif kind == "kr":
        t = "+82 10-%s-%s" % (digits(r, 4), digits(r, 4)); f = ["foreign", "korean"]
    elif kind == "de":
        t = "+49 1%s %s" % (digits(r, 2), digits(r, 7)); f = ["foreign", "german"]
    else:
        raise ValueError(kind)
    return V("PHONE", t, f)


# ------------------------------------------------------------------ e-mail
DOMAINS = ["mail.ru", "gmail.com", "inbox.ru", "bk.ru", "list.ru", "yandex.kz", "yandex.ru", "icloud.com", "mail.kz",
           "outlook.com"]


def _asc(s):
    s = translit(s).lower().replace("'", "").replace(" ", "")
    out = "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch in "-"))
    return out or "user"


def email_v(r, p=None):
    if p is None or r.random() < 0.15:
        t = r.choice(["kotik", "sunny", "aru", "zhuldyz", "nurik", "mika", "baha", "tolik", "alma", "dana"]) + \
            digits(r, r.choice([2, 3, 4])) + "@" + r.choice(DOMAINS)
        return V("EMAIL", t, ["personal"])
    sur, giv = _asc(p["sur_lat"]), _asc(p["given_lat"])
    pat = r.randrange(6)
    if pat == 0:
        loc = "%s.%s" % (giv, sur)
    elif pat == 1:
        loc = "%s_%s%02d" % (sur, giv[0], p["birth"].year % 100)
    elif pat == 2:
        loc = "%s%d" % (giv, p["birth"].year)
    elif pat == 3:
        loc = "%s.%s%s" % (sur, giv[0], digits(r, 2))
    elif pat == 4:
        loc = "%s-%s" % (giv, sur[:4])
    else:
        loc = "%s%s" % (giv[:1], sur)
    return V("EMAIL", loc + "@" + r.choice(DOMAINS), ["personal"])


def email_inst(r):
    return V("EMAIL", r.choice(["priemnaya", "info", "kense", "registratura", "oms", "zhedel"]) + "@" +
             r.choice(["gp5.kz", "ocb-almaty.kz", "crb-talgar.kz", "gkb7.kz", "kkb.med.kz", "emhana.kz", "opb.kz"]),
             ["institutional"])


# ------------------------------------------------------------------ documents
LAT = "ABCDEFGHJKLMNPRSTUVWXYZ"


def doc_v(r, kind):
    if kind == "id_card":
        t = "0" + digits(r, 8); f = ["id_card"]
    elif kind == "kz":
        t = "N" + str(r.randrange(1, 10)) + digits(r, 7); f = ["passport", "kz"]
    elif kind == "ru_int_sp":
        t = "%02d%02d %s" % (r.randrange(1, 99), r.randrange(0, 25), digits(r, 6)); f = ["passport", "russian", "internal", "spaced"]
    elif kind == "ru_int_sp2":
        t = "%02d %02d %s" % (r.randrange(1, 99), r.randrange(0, 25), digits(r, 6)); f = ["passport", "russian", "internal", "spaced"]
    elif kind == "ru_int_c":
        t = "%02d%02d%s" % (r.randrange(1, 99), r.randrange(0, 25), digits(r, 6)); f = ["passport", "russian", "internal", "compact"]
    elif kind == "ru_int_no":
        t = "%02d%02d № %s" % (r.randrange(1, 99), r.randrange(0, 25), digits(r, 6)); f = ["passport", "russian", "internal", "spaced"]
    elif kind == "ru_zagran":
        t = "%d %s" % (r.randrange(70, 78), digits(r, 7)); f = ["passport", "russian", "foreign_passport"]
    elif kind == "uz":
        t = r.choice(["AA", "AB", "AC", "FA", "AD"]) + digits(r, 7); f = ["passport", "uzbek", "foreign_passport"]
    elif kind == "kg":
        t = r.choice(["AC", "AN", "ID"]) + digits(r, 7); f = ["passport", "kyrgyz", "foreign_passport"]
    elif kind == "tr":
        t = "U" + digits(r, 8); f = ["passport", "turkish", "foreign_passport"]
    elif kind == "kr":
        t = "M" + digits(r, 8); f = ["passport", "korean", "foreign_passport"]
    elif kind == "de":
        t = "C" + "".join(r.choice(LAT + "0123456789") for _ in range(8)); f = ["passport", "german", "foreign_passport"]
    elif kind == "cn":
        t = "E" + digits(r, 8); f = ["passport", "chinese", "foreign_passport"]
    elif kind == "policy":
        t = r.choice(["ДМС-", "KZ-", ""]) + digits(r, 10); f = ["policy"]
    elif kind == "sick_leave":
        t = r.choice(["", "ЛН-", "ЛВН "]) + digits(r, r.choice([7, 8, 9])); f = ["sick_leave"]
    elif kind == "plate":
        t = "%03d %s %02d" % (r.randrange(1, 999), "".join(r.choice("ABCEHKMOPTXZ") for _ in range(3)), r.choice([1, 2, 5, 10, 13, 17])); f = ["vehicle_plate"]
    elif kind == "bin":
        t = bin_(r); f = ["bin"]
    elif kind == "birth_cert":
        t = "I-%s %s" % (r.choice(["АЛ", "ЖЛ", "КР", "ОТ", "ПВ"]), digits(r, 7)); f = ["birth_certificate"]
    elif kind == "permit":
        t = digits(r, 9); f = ["id_card", "residence_permit"]
    else:
        raise ValueError(kind)
    return V("DOC_ID", t, f)


def passport_for(r, p):
    e = p["eth"]
    m = {"uz": "uz", "uzl": "uz", "kgl": "kg", "tr": "tr", "fkr": "kr", "fde": "de", "cn": "cn", "ru_citizen": None}
    if e in m and m[e]:
        return doc_v(r, m[e])
    if p.get("citizen") == "ru":
        return doc_v(r, r.choice(["ru_int_sp", "ru_int_c", "ru_int_sp2", "ru_int_no", "ru_zagran"]))
    return doc_v(r, "kz")


# ------------------------------------------------------------------ record ids
def rec_v(r, kind, twelve=False):
    if twelve:
        return V("RECORD_ID", bad12(r), ["twelve_digit", "invalid_checksum", kind])
    yy = r.choice([22, 23, 24, 25])
    if kind == "hospitalisation":
        t = r.choice(["%d/%d" % (r.randrange(100, 9999), yy), "%d-%d" % (r.randrange(1000, 19999), yy), "%d" % r.randrange(10000, 99999)])
    elif kind == "outpatient_card":
        t = r.choice(["%d" % r.randrange(1000, 99999), "А-%d" % r.randrange(100, 9999), "%02d-%04d" % (r.randrange(1, 40), r.randrange(1, 9999))])
    elif kind == "ambulance_call":
        t = r.choice(["%d" % r.randrange(10, 999), "%d-%d" % (r.randrange(1, 30), r.randrange(100, 9999))])
    elif kind == "lab":
        t = r.choice(["Л-%d" % r.randrange(1000, 99999), "%d%s" % (r.randrange(100000, 999999), digits(r, 2)), "LAB-%s" % digits(r, 6)])
    elif kind == "xray":
        t = r.choice(["R-%d" % r.randrange(100, 9999), "%d/%d" % (r.randrange(10, 999), yy), "КТ-%s" % digits(r, 5)])
    elif kind == "operation_protocol":
        t = "%d" % r.randrange(10, 2999)
    elif kind == "teleconsultation":
        t = "ТМК-%s" % digits(r, 6)
    elif kind == "commission_protocol":
        t = "%d" % r.randrange(10, 999)
    elif kind == "referral":
        t = r.choice(["%s" % digits(r, 8), "НП-%s" % digits(r, 6)])
    elif kind == "sick_leave_reg":
        t = "%d" % r.randrange(1, 999)
    else:
        raise ValueError(kind)
    return V("RECORD_ID", t, [kind])


# ------------------------------------------------------------------ people
def _ru_patr_from_kz(father):
    f = ru_spell(father)
    if f.endswith("й"):
        return f[:-1] + "евич", f[:-1] + "евна"
    return f + "ович", f + "овна"


def person(r, eth=None, sex=None, age=None, ref=None, citizen="kz"):
    """eth: kz, ru, ua, de, kr, ug, tt, uz, ce, az, dg (Cyrillic), tr, fkr, fde, cn, uzl, kgl (Latin)."""
    ref = ref or dt.date(2024, 6, 1)
    if eth is None:
        x = r.random()
        eth = "kz" if x < 0.45 else ("ru" if x < 0.62 else r.choice(["ua", "de", "kr", "ug", "tt", "uz", "ce", "az", "dg", "kr", "ug", "uz", "de"]))
    sex = sex or r.choice("mf")
    if age is None:
        age = r.randrange(18, 88)
    by = ref.year - age
    birth = rdate(r, by - 1, by - 1)
    p = dict(eth=eth, sex=sex, birth=birth, citizen=citizen, patr=None, patr_kind=None, latin=False)
    old = age >= 65
    if eth == "kz":
        giv = r.choice((P.KZ_M_OLD if old and r.random() < .6 else P.KZ_M) if sex == "m" else (P.KZ_F_OLD if old and r.random() < .6 else P.KZ_F))
        if r.random() < 0.1:
            sur = r.choice(P.KZ_SUR_INDECL)
        else:
            sur = r.choice(P.KZ_SUR)
            if sex == "f":
                sur += "а"
        father = r.choice(P.KZ_FATHERS)
        if r.random() < 0.45:
            p["patr"] = father + ("ұлы" if sex == "m" else "қызы"); p["patr_kind"] = "kk"
        else:
            pm, pf = _ru_patr_from_kz(father)
            p["patr"] = pm if sex == "m" else pf; p["patr_kind"] = "ru"
        if r.random() < 0.05:
            sur = father + ("ұлы" if sex == "m" else "қызы"); p["patr"] = None; p["sur_patronymic"] = True
        p.update(sur=sur, given=giv)
    elif eth == "ru":
        giv = r.choice((RU_OLD_M if old else P.RU_M) if sex == "m" else (RU_OLD_F if old else P.RU_F))
        if r.random() < 0.06:
            sur = r.choice(P.RU_SUR_INDECL)
        else:
            sur = r.choice(P.RU_SUR)
            if sex == "f":
                sur = sur[:-2] + "ая" if sur.endswith("ий") else sur + "а"
        father = r.choice(list(P.RU_PATR))
        p["patr"] = P.RU_PATR[father][0 if sex == "m" else 1]; p["patr_kind"] = "ru"
        p.update(sur=sur, given=giv)
    elif eth in P.NONSLAVIC:
        g = P.NONSLAVIC[eth]
        sur = r.choice(g["sur"])
        if sex == "f" and sur.endswith(("ов", "ев", "ин")):
            sur += "а"
        giv = r.choice(g["m"] if sex == "m" else g["f"])
        if g["patr"]:
            pp = r.choice(g["patr"]); p["patr"] = pp[0 if sex == "m" else 1]; p["patr_kind"] = "az" if eth == "az" else "ru"
        else:
            father = r.choice(list(P.RU_PATR)); p["patr"] = P.RU_PATR[father][0 if sex == "m" else 1]; p["patr_kind"] = "ru"
        p.update(sur=sur, given=giv)
    else:
        key = {"tr": "tr", "fkr": "kr", "fde": "de", "cn": "cn", "uzl": "uzl", "kgl": "kgl"}[eth]
        surs, gm, gf, order = P.FOREIGN[key]
        sur = r.choice(surs)
        if sex == "f" and key in P.FOREIGN_FEM and sur.endswith(("ov", "ev")):
            sur += "a"
        p.update(sur=sur, given=r.choice(gm if sex == "m" else gf), latin=True, order=order)
        if key in ("uzl", "kgl") and r.random() < 0.5:
            p["patr"] = r.choice(["Akmal", "Botir", "Rustam", "Shavkat", "Bakyt", "Tursun"]) + (" o'g'li" if key == "uzl" else " uulu") \
                if sex == "m" else r.choice(["Akmal", "Botir", "Rustam", "Bakyt"]) + (" qizi" if key == "uzl" else " kyzy")
            p["patr_kind"] = "latin"
    p["sur_lat"] = p["sur"] if p["latin"] else translit(p["sur"])
    p["given_lat"] = p["given"] if p["latin"] else translit(p["given"])
    p["age"] = age_of(p["birth"], ref)
    p["iin"] = iin(r, p["birth"], sex)
    return p


RU_OLD_M = P.RU_M_OLD
RU_OLD_F = P.RU_F_OLD
FOREIGN_ETH = {"tr", "fkr", "fde", "cn", "uzl", "kgl"}
NONSLAVIC_ETH = {"ua", "de", "kr", "ug", "tt", "uz", "ce", "az", "dg"} | FOREIGN_ETH


def base_forms(p, with_patr=True):
    f = []
    if p["eth"] in NONSLAVIC_ETH:
        f.append("non_slavic")
    if p["eth"] in FOREIGN_ETH:
        f += ["latin", "foreign"]
    if (with_patr and p.get("patr_kind") == "kk") or p.get("sur_patronymic"):
        f.append("kazakh_patronymic")
    if p["sur"] in P.EPONYM_LIKE:
        f.append("eponym_like")
    return f


KK_POSS = {"dat": ("на", "не"), "gen": ("ның", "нің"), "acc": ("н", "н"), "loc": ("нда", "нде"), "abl": ("нан", "нен"),
           "ins": ("мен", "мен")}


def kk_name_case(w, case):
    lo = w.lower()
    if lo.endswith(("ұлы", "улы", "қызы", "кызы", "ули", "uly", "qizi")):
        back = lo.endswith(("ұлы", "улы", "қызы", "кызы"))
        return w + KK_POSS[case][0 if back else 1]
    return kk_suf(w, case)


def name_v(r, p, kind, lang="ru", case="nom", surface=None, with_patr=True):
    """kind: full, surname_given, given_surname, surname_initials, initials_surname, surname_only, given_only,
    given_patronymic. surface: None, caps, lowercase, latin. case: nom or ru case (gen/dat/ins/acc/prep) for ru,
    or kk case (dat/gen/acc/loc/abl/ins) for kk."""
    sex = p["sex"]
    sur, giv, patr = p["sur"], p["given"], (p["patr"] if with_patr else None)
    latin = p["latin"] or surface == "latin"
    if latin:
        case = "nom"
    if surface == "latin" and not p["latin"]:
        sur, giv = p["sur_lat"], p["given_lat"]
        patr = translit(patr) if patr else None
    elif lang == "ru" and p["eth"] == "kz":
        sur, giv = ru_spell(sur), ru_spell(giv)
        patr = ru_spell(patr) if patr else None
    pk = p.get("patr_kind")
    if lang == "kk" and case != "nom" and kind == "surname_initials":
        kind = "initials_surname"
    ini = giv[0] + "." + (patr[0] + "." if patr and pk in ("ru", "kk") else "")
    sp_ini = r.random() < 0.25
    gs = latin and p.get("order") == "gs"

    def build(s, g, pa):
        if kind == "full":
            parts = ([g, s] if gs else [s, g]) + ([pa] if pa and not gs else [])
        elif kind == "surname_given":
            parts = [s, g]
        elif kind == "given_surname":
            parts = [g, s]
        elif kind == "surname_initials":
            parts = [s, ini.replace(".", ". ").strip() if sp_ini else ini]
        elif kind == "initials_surname":
            parts = [ini, s]
        elif kind == "surname_only":
            parts = [s]
        elif kind == "given_only":
            parts = [g]
        elif kind == "given_patronymic":
            parts = [g] + ([pa] if pa else [])
        else:
            raise ValueError(kind)
        return parts

    nom = " ".join(build(sur, giv, patr))
    if case == "nom":
        text = nom
    elif lang == "ru" and not latin:
        s_c = sur if sur in P.RU_SUR_INDECL else ru_decl_surname(sur, sex, case)
        g_c = ru_decl_given(giv, sex, case)
        pa_c = patr if (not patr or pk in ("kk", "az")) else ru_decl_patr(patr, sex, case)
        if kind == "surname_initials" or kind == "initials_surname":
            g_c = giv
        text = " ".join(build(s_c, g_c, pa_c))
    else:
        parts = build(sur, giv, patr)
        text = " ".join(parts[:-1] + [kk_name_case(parts[-1], case)])
    forms = {"full": ["full"] if (patr and not gs) else (["given_surname"] if gs else ["surname_given"]),
             "given_patronymic": ["given_patronymic"] if patr else ["given_only"]}.get(kind, [kind])
    if text != nom:
        forms.append("case_form")
    if surface == "caps":
        text = text.upper(); forms.append("caps")
    elif surface == "lowercase":
        text = text.lower(); forms.append("lowercase")
    forms = forms + base_forms(p, with_patr=bool(patr) and kind in ("full", "given_patronymic"))
    if surface == "latin":
        forms.append("latin")
    if kind in ("given_only", "given_patronymic") and "eponym_like" in forms:
        forms.remove("eponym_like")
    return V("NAME", text, forms)


def split_name_cells(p, lang="ru"):
    """Three-cell table: returns (sur V, given V, patr V or '—')."""
    sur, giv, patr = p["sur"], p["given"], p["patr"]
    if lang == "ru" and p["eth"] == "kz":
        sur, giv, patr = ru_spell(sur), ru_spell(giv), ru_spell(patr) if patr else None
    bf = base_forms(p, with_patr=False)
    bp = base_forms(p, with_patr=True)
    a = V("NAME", sur, ["surname_only", "split_line"] + bf)
    b = V("NAME", giv, ["given_only", "split_line"] + [x for x in bf if x not in ("eponym_like", "kazakh_patronymic")])
    c = V("NAME", patr, ["patronymic_only", "split_line"] + [x for x in bp if x != "eponym_like"]) if patr else "—"
    return a, b, c


# ------------------------------------------------------------------ addresses
def _num(r):
    n = str(r.randrange(1, 180))
    if r.random() < 0.12:
        n += r.choice(["А", "Б", "/1", "/2", "В"])
    return n


def addr_full(r, lang, city=None, micro=False, postcode=None):
    city = city or r.choice(P.BIG_CITIES)
    house, flat = _num(r), str(r.randrange(1, 220))
    pc = postcode if postcode is not None else (r.random() < 0.35)
    pcs = city[4] + "%03d" % r.randrange(0, 1000) if pc else None
    forms = ["full_postal"]
    if micro:
        m = r.choice(P.MICRO)
        forms += ["microdistrict"]
        if lang == "ru":
            t = "г. %s, мкр. %s, д. %s, кв. %s" % (city[0], m[0], house, flat)
            if r.random() < 0.3:
                t = "г. %s, мкр-н %s, %s-%s" % (city[0], m[0], house, flat)
        else:
            t = "%s қ., %s шағынауданы, %s-үй, %s-пәтер" % (city[3], m[1], house, flat)
            if r.random() < 0.3:
                t = "%s қаласы, %s ш/а, %s үй, %s пәтер" % (city[3], m[1], house, flat)
    else:
        s = r.choice(P.STREETS)
        if lang == "ru":
            t = r.choice(["г. %s, %s %s, д. %s, кв. %s", "г. %s, %s %s, %s-%s", "г.%s, %s %s %s, кв.%s"]) % (
                city[0], s[2], s[0], house, flat)
        else:
            t = r.choice(["%s қ., %s %s, %s-үй, %s-пәтер", "%s қаласы, %s %s, %s үй, %s пәтер"]) % (
                city[3], s[1], s[3], house, flat)
    if pcs:
        t = (pcs + ", " + t) if lang == "ru" or r.random() < 0.5 else (t + ", " + pcs)
    return V("ADDRESS", t, forms)


def addr_village_full(r, lang):
    v = r.choice(P.VILLAGES)
    d = P.DISTRICT_BY_STEM[v[4]]
    st = r.choice(P.VILLAGE_STREETS)
    h = _num(r)
    if lang == "ru":
        obl = P.OBLAST_RU.get(v[4], "")
        t = "%s%s район, с. %s, ул. %s, д. %s" % (obl + ", " if obl and r.random() < 0.6 else "", d[0] + "ий", v[0], st[0], h)
    else:
        obl = P.OBLAST_KK.get(P.OBLAST_RU.get(v[4], ""), "")
        t = "%s%s ауданы, %s ауылы, %s көшесі, %s-үй" % (obl + ", " if obl and r.random() < 0.6 else "", d[1], v[3], st[1], h)
    return V("ADDRESS", t, ["full_postal", "village", "district"])


def addr_micro_partial(r, lang):
    m = r.choice(P.MICRO)
    h, fl = _num(r), str(r.randrange(1, 200))
    if lang == "ru":
        t = r.choice(["мкр. %s, д. %s, кв. %s", "мкр. %s, %s-%s", "мкр.%s, д.%s", "%s мкр., д. %s, кв. %s"])
        t = t % ((m[0], h, fl) if t.count("%s") == 3 else (m[0], h))
    else:
        t = r.choice(["%s шағынауданы, %s-үй, %s-пәтер", "%s ш/а, %s-үй", "%s шағын ауданы, %s үй, %s пәтер"])
        t = t % ((m[1], h, fl) if t.count("%s") == 3 else (m[1], h))
    return V("ADDRESS", t, ["partial", "microdistrict"])


def addr_street_unmarked(r, lang):
    s = r.choice(P.STREETS)
    name = s[0] if lang == "ru" else s[1]
    t = r.choice(["%s %s, кв %s", "%s %s-%s", "%s, %s, кв. %s"]) % (name, _num(r), r.randrange(1, 150))
    return V("ADDRESS", t, ["street_unmarked", "partial"])


def district_v(r, lang, case="nom", rural=None):
    ds = [d for d in P.DISTRICTS if rural is None or (d[2] == "rural") == rural]
    d = r.choice(ds)
    if lang == "ru":
        end = {"nom": "ий район", "gen": "ого района", "prep": "ом районе", "dat": "ому району", "ins": "им районом"}[case]
        t = d[0] + end
    else:
        w = d[1] + " ауданы"
        t = w if case == "nom" else w[:-1] + {"loc": "ында", "gen": "ының", "abl": "ынан", "dat": "ына"}[case]
    f = ["district"] + (["case_form"] if case != "nom" else [])
    return V("ADDRESS", t, f)


def settlement(r, lang, kind="city", case="nom", multi=None):
    """Return V for a bare settlement (markers outside). kind: city / village. case: ru gen/prep or kk
    dat/loc/abl/gen. Returns (V, marker_ru, marker_kk) markers suggestions."""
    if kind == "city":
        pool = [c[:4] for c in P.CITIES] + (MULTI_CITIES if multi is not False else [])
        if multi:
            pool = MULTI_CITIES
    else:
        pool = [v[:4] for v in P.VILLAGES] + MULTI_VILLAGES
        if multi:
            pool = [v[:4] for v in P.VILLAGES if " " in v[0]] + MULTI_VILLAGES
    s = r.choice(pool)
    f = ["settlement"] + (["village"] if kind == "village" else [])
    if lang == "ru":
        t = {"nom": s[0], "prep": s[1], "gen": s[2]}[case]
    else:
        t = s[3] if case == "nom" else kk_suf(s[3], case)
    if case != "nom" and t != (s[0] if lang == "ru" else s[3]):
        f.append("case_form")
    if " " in t:
        f.append("multi_word")
    return V("ADDRESS", t, f)


def foreign_addr(r, ctry=None):
    opts = [a for a in P.FOREIGN_ADDR if ctry is None or a[1] == ctry]
    a = r.choice(opts)
    t = a[0].format(a=r.randrange(1, 30), b=r.randrange(1, 200), c=r.randrange(1, 90), p="%05d" % r.randrange(10000, 99999))
    return V("ADDRESS", t, ["full_postal", "foreign"])


def workplace(r, lang, school=None):
    ws = [w for w in P.WORK if school is None or w[2] == school]
    w = r.choice(ws)
    return V("ADDRESS", w[0] if lang == "ru" else w[1], ["workplace"] + (["school"] if w[2] else []))
