# -*- coding: utf-8 -*-
"""Shared helpers for templates."""
import datetime as dt
from ids import make_person, rdate, birth_for_age, years_between, kk_pat, ru_kzpat
import data as D

ETH_RU = ["kaz"] * 9 + ["rus"] * 4 + ["ukr", "ger", "kor", "tat", "uyg"]
ETH_KK = ["kaz"] * 14 + ["rus", "kor", "tat", "uyg"]
ETH_MIX = ["kaz"] * 10 + ["rus"] * 3 + ["ukr", "ger", "kor", "tat", "uyg", "uzb", "aze"]


def eth(rng, lang):
    return rng.choice({"ru": ETH_RU, "kk": ETH_KK, "mixed": ETH_MIX}[lang])


def script_for(rng, lang):
    if lang == "kk":
        return "kk"
    if lang == "ru":
        return "ru"
    return rng.choice(["kk", "ru"])


def person(rng, lang, age=None, ref=None, g=None, e=None, pat=True, script=None, sur=None, father=None):
    ref = ref or dt.date(2024, 6, 1)
    e = e or eth(rng, lang)
    script = script or script_for(rng, lang)
    if age is None:
        age = rng.randint(22, 65)
    b = birth_for_age(rng, age, ref)
    return make_person(rng, e, g=g, script=script, pat=pat, birth=b, sur=sur, father=father)


def family(rng, lang, child_age, ref):
    """Child, mother and father sharing surnames where natural."""
    script = script_for(rng, lang)
    e = eth(rng, lang)
    father = person(rng, lang, age=child_age + rng.randint(24, 38), ref=ref, g="m", e=e, script=script)
    child = person(rng, lang, age=child_age, ref=ref, e=e, script=script, sur=_base(father),
                   father=_father_arg(father))
    if rng.random() < 0.6:
        mother = person(rng, lang, age=child_age + rng.randint(22, 35), ref=ref, g="f", e=e, script=script,
                        sur=_base(father))
    else:
        mother = person(rng, lang, age=child_age + rng.randint(22, 35), ref=ref, g="f", e=e, script=script)
    return child, mother, father


def _base(p):
    if p.sur_kazpat or p.latin:
        return None
    return p.sur


def _father_arg(f):
    if f.eth in ("rus", "ukr", "ger", "kor"):
        return f.given
    return f.given


def pick(rng, seq):
    return rng.choice(seq)


def age_of(p, ref):
    return years_between(p.birth, ref)


SCHOOLS_RU = ["СОШ №{n} им. Абая", "КГУ «Средняя школа № {n}»", "гимназия «Зерде»", "КГУ «Общеобразовательная школа № {n}»",
              "школа-лицей № {n}", "КГУ «Школа-гимназия № {n}»", "СШ № {n}", "КГУ «Основная средняя школа № {n}»",
              "гимназия № {n} им. Н. Абдирова", "КГУ «Назарбаев Интеллектуальная школа»", "СОШ № {n} им. Ы. Алтынсарина"]
KINDER_RU = ["ясли-сад № {n} «Балапан»", "ГККП «Ясли-сад «Айгөлек»", "детский сад «Солнышко»", "ГККП «Детский сад № {n} «Ақбота»",
             "д/с № {n}", "мини-центр «Болашак»"]
COLLEGE_RU = ["Карагандинский строительный колледж", "КГКП «Политехнический колледж»", "медицинский колледж «Авиценна»",
              "колледж «Болашак»", "КГКП «Колледж сервиса и технологий»", "Горно-технический колледж"]
SCHOOLS_KK = ["№ {n} мектеп-гимназиясы", "Абай атындағы № {n} жалпы білім беретін мектебі", "«Зерде» гимназиясы",
              "№ {n} орта мектеп", "Ы. Алтынсарин атындағы № {n} мектеп-лицейі", "№ {n} жалпы орта білім беретін мектебі",
              "«Өркен» мектеп-лицейі", "№ {n} мектеп-гимназиясы"]
KINDER_KK = ["«Айгөлек» балабақшасы", "№ {n} «Балапан» бөбекжай-бақшасы", "«Ақбота» балабақшасы", "№ {n} балабақша",
             "«Еркетай» бөбекжай-бақшасы"]
COLLEGE_KK = ["Қарағанды политехникалық колледжі", "«Болашақ» колледжі", "Жоғары медицина колледжі", "Құрылыс колледжі"]


def inst(rng, tpl):
    return tpl.replace("{n}", str(rng.randint(1, 120)))


EMPLOYERS_RU = ["ТОО «Береке-Агро»", "ТОО «КазСтройМонтаж-2007»", "АО «Карагандинский литейный завод»", "шахта им. Костенко",
                "шахта «Казахстанская»", "Карагандинский литейный завод", "ТОО «Сарыарка-Строй»", "АО «Шубарколь комир»",
                "ТОО «Темир-Курылыс»", "ИП «Ак-Жол»", "ИП «Нур-Сервис»", "КГП на ПХВ «Караганды Су»", "КГП «Горкомхоз»",
                "АО «Qarmet»", "ТОО «Kazakhmys Smelting»", "разрез «Богатырь»", "рудник «Жомарт»", "ТОО «ЭкоТрансСервис»",
                "Павлодарский нефтехимический завод", "АО «Транстелеком»", "шахта им. Ленина", "ТОО «Евроцемент-Строй»",
                "КГП на ПХВ «Жылу»", "АО «ССГПО»", "ТОО «Агрофирма Тургай»", "ТОО «Нур-Таш»"]
EMPLOYERS_KK = ["«Береке-Агро» ЖШС", "«Қарағанды Жылу» ЖШС", "«Темір-Құрылыс» ЖШС", "«Қазақстан темір жолы» ҰК АҚ",
                "«Шұбаркөл көмір» АҚ", "Костенко атындағы шахта", "«Ақ-Жол» ЖК", "«Нұр-Сервис» ЖК",
                "«Қарағанды Су» ШЖҚ КМК", "«Сарыарқа-Құрылыс» ЖШС", "«Жомарт» кеніші", "«Ембімұнайгаз» АҚ",
                "«Қазпошта» АҚ", "«Тау-Кен Самұрық» ҰТК АҚ"]
