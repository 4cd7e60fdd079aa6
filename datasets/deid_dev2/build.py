#!/usr/bin/env python3
"""Build the deid_dev2 development set (written blind, standard library only).

Templates live in templates_ru.txt, templates_kk.txt, templates_mixed.txt.
Placeholders {KEY} are filled from the pools below; [[text]] marks a clinical
span that must survive de-identification. Offsets are recorded while the text
is assembled, so every span is correct by construction.

Run:  python3 datasets/deid_dev2/build.py
"""
import datetime as dtm
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20250211
LABELS = ["NAME", "IIN", "PHONE", "EMAIL", "DATE", "AGE", "ADDRESS", "RECORD_ID", "DOC_ID"]
LANGS = ["ru", "kk", "mixed"]

# ---------------------------------------------------------------- Kazakh morphology
VOWELS = set("аәеёиоөұүыіэюя")
BACK = set("аоұыуяё")
FRONT = set("әөүіеэию")


def is_front(word):
    for ch in reversed(word.lower()):
        if ch in BACK:
            return False
        if ch in FRONT:
            return True
    return False


KK_CASES = {
    "gen": {"V": ("ның", "нің"), "S1": ("дың", "дің"), "S2": ("дың", "дің"), "N": ("ның", "нің"), "VL": ("тың", "тің")},
    "dat": {"V": ("ға", "ге"), "S1": ("ға", "ге"), "S2": ("ға", "ге"), "N": ("ға", "ге"), "VL": ("қа", "ке")},
    "acc": {"V": ("ны", "ні"), "S1": ("ды", "ді"), "S2": ("ды", "ді"), "N": ("ды", "ді"), "VL": ("ты", "ті")},
    "loc": {"V": ("да", "де"), "S1": ("да", "де"), "S2": ("да", "де"), "N": ("да", "де"), "VL": ("та", "те")},
    "abl": {"V": ("дан", "ден"), "S1": ("дан", "ден"), "S2": ("дан", "ден"), "N": ("нан", "нен"), "VL": ("тан", "тен")},
}
POSS_CASES = {"gen": ("ның", "нің"), "dat": ("на", "не"), "acc": ("н", "н"), "loc": ("нда", "нде"), "abl": ("нан", "нен")}
POSS_END = ("ұлы", "улы", "қызы", "кызы", "оглы", "кизи", "угли")


def kk_suffix(word, case):
    w = word.lower()
    f = 1 if is_front(w) else 0
    if w.endswith(POSS_END):
        return POSS_CASES[case][f]
    last = w[-1]
    if last in "ьъ" and len(w) > 1:
        last = w[-2]
    if last in VOWELS:
        cat = "V"
    elif last in "рйу":
        cat = "S1"
    elif last in "лжз":
        cat = "S2"
    elif last in "мнң":
        cat = "N"
    else:
        cat = "VL"
    return KK_CASES[case][cat][f]


NUM_WORD = {1: "бір", 2: "екі", 3: "үш", 4: "төрт", 5: "бес", 6: "алты", 7: "жеті", 8: "сегіз", 9: "тоғыз",
            10: "он", 20: "жиырма", 30: "отыз", 40: "қырық", 50: "елу", 60: "алпыс", 70: "жетпіс", 80: "сексен", 90: "тоқсан"}


def num_suffix(n, case):
    if n % 10:
        w = NUM_WORD[n % 10]
    elif n % 100:
        w = NUM_WORD[n % 100]
    elif n % 1000:
        w = "жүз"
    else:
        w = "мың"
    return kk_suffix(w, case)


# ---------------------------------------------------------------- Russian declension
SPECIAL = {"Орел": ("Орла", "Орлу", "Орлом"), "Лебедь": ("Лебедя", "Лебедю", "Лебедем"),
           "Соловей": ("Соловья", "Соловью", "Соловьём"), "Коваль": ("Коваля", "Ковалю", "Ковалем"),
           "Цой": ("Цоя", "Цою", "Цоем")}
CI = {"g": 0, "d": 1, "i": 2}


def sur_nom(base, st, sex):
    if sex == "m":
        return base
    if st == "ov":
        return base + "а"
    if st == "sky":
        return base[:-2] + "ая"
    if st == "uly":
        return base.replace("ұлы", "қызы").replace("улы", "кызы")
    return base


def sur_case(base, st, sex, c):
    if st == "ov":
        return base + ("а", "у", "ым")[CI[c]] if sex == "m" else base + "ой"
    if st == "sky":
        return base[:-2] + ("ого", "ому", "им")[CI[c]] if sex == "m" else base[:-2] + "ой"
    if st == "cons" and sex == "m":
        ins = "ем" if base[-1] in "жшчщц" else "ом"
        return base + ("а", "у", ins)[CI[c]]
    if st == "special" and sex == "m":
        return SPECIAL[base][CI[c]]
    return sur_nom(base, st, sex)


def first_case(n, sex, c):
    i = CI[c]
    if sex == "m":
        if n.endswith("й") or n.endswith("ь"):
            return n[:-1] + ("я", "ю", "ем")[i]
        if n.endswith("а"):
            st = n[:-1]
            return st + (("и" if st[-1] in "гкхжшчщ" else "ы"), "е", "ой")[i]
        if n[-1].lower() in VOWELS:
            return n
        return n + ("а", "у", ("ем" if n[-1] in "жшчщц" else "ом"))[i]
    if n.endswith("ия"):
        return n[:-1] + ("и", "и", "ей")[i]
    if n.endswith("я"):
        return n[:-1] + ("и", "е", "ей")[i]
    if n.endswith("а"):
        st = n[:-1]
        return st + (("и" if st[-1] in "гкхжшчщ" else "ы"), "е", ("ей" if st[-1] in "жшчщц" else "ой"))[i]
    return n


def pat_case(p, c):
    i = CI[c]
    if p.endswith("ич"):
        return p + ("а", "у", "ем")[i]
    if p.endswith("на"):
        return p[:-1] + ("ы", "е", "ой")[i]
    return p


TR = {"а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
      "и": "i", "й": "y", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p",
      "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch",
      "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya"}


def translit(s):
    out = []
    for ch in s:
        lo = ch.lower()
        if lo in TR:
            t = TR[lo]
            out.append(t.capitalize() if ch != lo and t else t)
        else:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------- pools
KZ_SUR = [("Серікбаев", "Серикбаев"), ("Жұмабаев", "Жумабаев"), ("Әбенов", "Абенов"), ("Төлеубаев", "Тулеубаев"),
          ("Оспанов", "Оспанов"), ("Мұқанов", "Муканов"), ("Қасымов", "Касымов"), ("Бекмұхамбетов", "Бекмухамбетов"),
          ("Ысқақов", "Искаков"), ("Сәрсенбаев", "Сарсенбаев"), ("Нұрғалиев", "Нургалиев"), ("Әлімжанов", "Алимжанов"),
          ("Байжанов", "Байжанов"), ("Дүйсенов", "Дюсенов"), ("Қожахметов", "Кожахметов"), ("Шәкенов", "Шакенов"),
          ("Есімов", "Есимов"), ("Ахметов", "Ахметов"), ("Тоқтаров", "Токтаров"), ("Жақсыбеков", "Жаксыбеков"),
          ("Үсенов", "Усенов"), ("Ғабдуллин", "Габдуллин"), ("Рахымжанов", "Рахимжанов"), ("Құдайбергенов", "Кудайбергенов"),
          ("Әміров", "Амиров"), ("Смағұлов", "Смагулов"), ("Бейсенов", "Бейсенов"), ("Өтегенов", "Утегенов"),
          ("Жанұзақов", "Жанузаков"), ("Мырзахметов", "Мырзахметов")]
KZ_ULY = [("Тоқтарұлы", "Токтарулы"), ("Әбдірахманұлы", "Абдрахманулы"), ("Қайратұлы", "Кайратулы"), ("Сейітқали", None)]
KZ_ULY = [x for x in KZ_ULY if x[1]]
KZ_M = [("Нұрлан", "Нурлан"), ("Асқар", "Аскар"), ("Дәурен", "Даурен"), ("Бауыржан", "Бауыржан"), ("Ерлан", "Ерлан"),
        ("Серік", "Серик"), ("Талғат", "Талгат"), ("Мұрат", "Мурат"), ("Қанат", "Канат"), ("Арман", "Арман"),
        ("Ғалым", "Галым"), ("Мейрамбек", "Мейрамбек"), ("Әділет", "Адилет"), ("Бекзат", "Бекзат"), ("Жандос", "Жандос"),
        ("Ерболат", "Ерболат"), ("Темірлан", "Темирлан"), ("Олжас", "Олжас"), ("Айбек", "Айбек"), ("Ермек", "Ермек")]
KZ_F = [("Айгүл", "Айгуль"), ("Гүлнар", "Гульнар"), ("Жанар", "Жанар"), ("Сәуле", "Сауле"), ("Әйгерім", "Айгерим"),
        ("Ақмарал", "Акмарал"), ("Динара", "Динара"), ("Мәдина", "Мадина"), ("Аружан", "Аружан"), ("Назым", "Назым"),
        ("Бибігүл", "Бибигуль"), ("Гүлмира", "Гульмира"), ("Жұлдыз", "Жулдыз"), ("Салтанат", "Салтанат"),
        ("Ботагөз", "Ботагоз"), ("Ләззат", "Ляззат"), ("Қарлығаш", "Карлыгаш"), ("Меруерт", "Меруерт"),
        ("Раушан", "Раушан"), ("Күләш", "Кулаш")]
KZ_FATHER = [("Ержан", "Ержан"), ("Серік", "Серик"), ("Болат", "Болат"), ("Қайрат", "Кайрат"), ("Ғабит", "Габит"),
             ("Төлеген", "Тулеген"), ("Мұхтар", "Мухтар"), ("Асылбек", "Асылбек"), ("Сапар", "Сапар"),
             ("Қуаныш", "Куаныш"), ("Жұмабек", "Жумабек"), ("Оралхан", "Оралхан"), ("Жақсылық", "Жаксылык"),
             ("Амангелді", "Амангельды"), ("Сағындық", "Сагындык"), ("Бақыт", "Бахыт")]

RU_M = ["Александр", "Сергей", "Владимир", "Николай", "Андрей", "Дмитрий", "Виктор", "Юрий", "Олег", "Игорь",
        "Евгений", "Михаил", "Геннадий", "Валерий", "Анатолий"]
RU_F = ["Елена", "Ольга", "Наталья", "Татьяна", "Светлана", "Ирина", "Людмила", "Галина", "Валентина", "Надежда",
        "Марина", "Анна", "Нина", "Вера", "Юлия"]
RU_PAT = [("Александрович", "Александровна"), ("Сергеевич", "Сергеевна"), ("Владимирович", "Владимировна"),
          ("Николаевич", "Николаевна"), ("Викторович", "Викторовна"), ("Юрьевич", "Юрьевна"), ("Петрович", "Петровна"),
          ("Иванович", "Ивановна"), ("Михайлович", "Михайловна"), ("Геннадьевич", "Геннадьевна"),
          ("Васильевич", "Васильевна"), ("Анатольевич", "Анатольевна")]
GROUPS = {
    "ru": dict(sur=[("Иванов", "ov"), ("Петров", "ov"), ("Кузнецов", "ov"), ("Смирнов", "ov"), ("Соколов", "ov"),
                    ("Попов", "ov"), ("Новиков", "ov"), ("Федоров", "ov"), ("Егоров", "ov"), ("Никитин", "ov"),
                    ("Захаров", "ov"), ("Беляев", "ov"), ("Тарасов", "ov"), ("Голубев", "ov"), ("Поляков", "ov"),
                    ("Белоусов", "ov"), ("Ковальский", "sky"), ("Завьялов", "ov"), ("Воронин", "ov"), ("Гришин", "ov")],
               m=RU_M, f=RU_F, pat=RU_PAT),
    "uz": dict(sur=[("Юсупов", "ov"), ("Каримов", "ov"), ("Рахмонов", "ov"), ("Исмоилов", "ov"), ("Абдуллаев", "ov")],
               m=["Рустам", "Бахтиёр", "Шухрат", "Фаррух", "Улугбек"], f=["Дильноза", "Гулчехра", "Малика", "Нигора", "Зарина"],
               pat=[("Шухрат угли", "Шухрат кизи"), ("Бахром угли", "Бахром кизи"), ("Алишерович", "Алишеровна"),
                    ("Рустамович", "Рустамовна")]),
    "uy": dict(sur=[("Мамутов", "ov"), ("Турсунов", "ov"), ("Абдурахманов", "ov"), ("Розахунов", "ov"), ("Исламов", "ov")],
               m=["Ильхам", "Дилмурат", "Муратжан", "Абдужелил", "Ахметжан"], f=["Гулнара", "Мунира", "Дилнура", "Назугум", "Патигуль"],
               pat=[("Тургунович", "Тургуновна"), ("Абдукеримович", "Абдукеримовна"), ("Ахметжанович", "Ахметжановна"),
                    ("Ильхамович", "Ильхамовна")]),
    "tt": dict(sur=[("Хабибуллин", "ov"), ("Галиев", "ov"), ("Сафин", "ov"), ("Гарипов", "ov"), ("Шарипов", "ov")],
               m=["Рустем", "Ильдар", "Ринат", "Марат", "Айдар"], f=["Альфия", "Гульшат", "Римма", "Ляйсан", "Гузель"],
               pat=[("Ринатович", "Ринатовна"), ("Маратович", "Маратовна"), ("Ильдарович", "Ильдаровна"),
                    ("Фаритович", "Фаритовна"), ("Рашидович", "Рашидовна")]),
    "ko": dict(sur=[("Ким", "cons"), ("Пак", "cons"), ("Цой", "special"), ("Ли", "indecl"), ("Тен", "cons"),
                    ("Хан", "cons"), ("Нам", "cons")],
               m=["Вячеслав", "Станислав", "Эдуард", "Владислав", "Роман"], f=["Анжела", "Жанна", "Снежана", "Виктория", "Алла"],
               pat=[("Николаевич", "Николаевна"), ("Владимирович", "Владимировна"), ("Борисович", "Борисовна"),
                    ("Эдуардович", "Эдуардовна"), ("Геннадьевич", "Геннадьевна")]),
    "de": dict(sur=[("Шмидт", "cons"), ("Вагнер", "cons"), ("Майер", "cons"), ("Гейнц", "cons"), ("Циммерман", "cons"),
                    ("Фризен", "cons"), ("Дик", "cons")],
               m=["Эдуард", "Виктор", "Андрей", "Артур", "Вальдемар"], f=["Эльвира", "Ирма", "Лидия", "Ольга", "Эрна"],
               pat=[("Генрихович", "Генриховна"), ("Фридрихович", "Фридриховна"), ("Иоганнович", "Иоганновна"),
                    ("Эдуардович", "Эдуардовна"), ("Робертович", "Робертовна")]),
    "ua": dict(sur=[("Коваленко", "indecl"), ("Шевченко", "indecl"), ("Ткаченко", "indecl"), ("Бондаренко", "indecl"),
                    ("Кравчук", "cons"), ("Савчук", "cons"), ("Лысенко", "indecl")],
               m=["Тарас", "Богдан", "Василий", "Степан", "Остап"], f=["Оксана", "Олеся", "Галина", "Богдана", "Ганна"],
               pat=[("Тарасович", "Тарасовна"), ("Богданович", "Богдановна"), ("Степанович", "Степановна"),
                    ("Остапович", "Остаповна"), ("Васильевич", "Васильевна")]),
    "du": dict(sur=[("Ванахун", "cons"), ("Дауров", "ov"), ("Мансуров", "ov"), ("Ясыров", "ov"), ("Хазиров", "ov"),
                    ("Шимаров", "ov")],
               m=["Хусей", "Юсуп", "Мансур", "Ильяс", "Абдулла"], f=["Айша", "Зульфия", "Фатима", "Асия", "Хадиса"],
               pat=[("Хусеевич", "Хусеевна"), ("Мансурович", "Мансуровна"), ("Юсупович", "Юсуповна"),
                    ("Ильясович", "Ильясовна")]),
    "tr": dict(sur=[("Османов", "ov"), ("Гасанов", "ov"), ("Шахбазов", "ov"), ("Чолак", "cons")],
               m=["Фикрет", "Ильхан", "Мустафа", "Осман", "Керим"], f=["Севда", "Айтен", "Гюльназ", "Эсма", "Назиле"],
               pat=[("Ахмед оглы", "Ахмед кызы"), ("Керимович", "Керимовна"), ("Исмаилович", "Исмаиловна")]),
    "ce": dict(sur=[("Магомадов", "ov"), ("Исмаилов", "ov"), ("Байсултанов", "ov"), ("Хасанов", "ov"), ("Эльмурзаев", "ov")],
               m=["Зелимхан", "Ахмед", "Руслан", "Ислам", "Адам"], f=["Хава", "Марьям", "Зарема", "Малика", "Лейла"],
               pat=[("Ахмедович", "Ахмедовна"), ("Русланович", "Руслановна"), ("Висханович", "Висхановна"),
                    ("Султанович", "Султановна"), ("Магомедович", "Магомедовна")]),
    "az": dict(sur=[("Мамедов", "ov"), ("Алиев", "ov"), ("Гусейнов", "ov"), ("Рзаев", "ov"), ("Бабаев", "ov")],
               m=["Эльчин", "Вугар", "Рамиз", "Фуад", "Орхан"], f=["Севиль", "Гюнай", "Айгюн", "Лейла", "Нигяр"],
               pat=[("Гусейн оглы", "Гусейн кызы"), ("Рамиз оглы", "Рамиз кызы"), ("Алекпер оглы", "Алекпер кызы"),
                    ("Эльдарович", "Эльдаровна")]),
}
OTHER_GROUPS = ["uz", "uy", "tt", "ko", "de", "ua", "du", "tr", "ce", "az"]
EPO_SUR = [("Волков", "ov", "ru"), ("Боткин", "ov", "ru"), ("Вебер", "cons", "de"), ("Илизаров", "ov", "ru"),
           ("Кох", "cons", "de"), ("Пирогов", "ov", "ru"), ("Бойко", "indecl", "ua"), ("Орел", "special", "ua"),
           ("Мороз", "cons", "ua"), ("Лебедь", "special", "ua"), ("Шин", "cons", "ko"), ("Соловей", "special", "ua"),
           ("Коваль", "special", "ua"), ("Гончар", "cons", "ua"), ("Мельник", "cons", "ua")]

# city: ru, kk, phone code, postal, old names
CITIES = [("Астана", "Астана", "7172", "010000", ["Целиноград", "Акмола", "Нур-Султан"]),
          ("Алматы", "Алматы", "727", "050000", ["Алма-Ата"]),
          ("Шымкент", "Шымкент", "7252", "160000", ["Чимкент"]),
          ("Караганда", "Қарағанды", "7212", "100000", []),
          ("Актобе", "Ақтөбе", "7132", "030000", ["Актюбинск"]),
          ("Атырау", "Атырау", "7122", "060000", ["Гурьев"]),
          ("Павлодар", "Павлодар", "7182", "140000", []),
          ("Усть-Каменогорск", "Өскемен", "7232", "070000", []),
          ("Семей", "Семей", "7222", "071400", ["Семипалатинск"]),
          ("Костанай", "Қостанай", "7142", "110000", ["Кустанай"]),
          ("Петропавловск", "Петропавл", "7152", "150000", []),
          ("Кокшетау", "Көкшетау", "7162", "020000", ["Кокчетав"]),
          ("Тараз", "Тараз", "7262", "080000", ["Джамбул", "Аулие-Ата"]),
          ("Кызылорда", "Қызылорда", "7242", "120000", ["Кзыл-Орда"]),
          ("Уральск", "Орал", "7112", "090000", []),
          ("Актау", "Ақтау", "7292", "130000", ["Шевченко"]),
          ("Талдыкорган", "Талдықорған", "7282", "040000", ["Талды-Курган"]),
          ("Туркестан", "Түркістан", "72533", "161200", []),
          ("Жезказган", "Жезқазған", "7102", "100600", []),
          ("Экибастуз", "Екібастұз", "7187", "141200", []),
          ("Темиртау", "Теміртау", "7213", "101400", [])]
OLD_EXTRA = ["Ленинск", "Шевченко", "Гурьев", "Целиноград", "Семипалатинск", "Джамбул", "Чимкент", "Кокчетав", "Кзыл-Орда"]
# village: ru, kk, district ru, district kk, oblast ru, oblast kk, phone code
VILLAGES = [("Ботакара", "Ботақара", "Бухар-Жырауский район", "Бұқар жырау ауданы", "Карагандинская", "Қарағанды", "72154"),
            ("Шортанды", "Шортанды", "Шортандинский район", "Шортанды ауданы", "Акмолинская", "Ақмола", "71631"),
            ("Жанакорган", "Жаңақорған", "Жанакорганский район", "Жаңақорған ауданы", "Кызылординская", "Қызылорда", "72435"),
            ("Сарыагаш", "Сарыағаш", "Сарыагашский район", "Сарыағаш ауданы", "Туркестанская", "Түркістан", "72537"),
            ("Махамбет", "Махамбет", "Махамбетский район", "Махамбет ауданы", "Атырауская", "Атырау", "71236"),
            ("Шемонаиха", "Шемонаиха", "Шемонаихинский район", "Шемонаиха ауданы", "Восточно-Казахстанская", "Шығыс Қазақстан", "72332"),
            ("Зеренда", "Зеренді", "Зерендинский район", "Зеренді ауданы", "Акмолинская", "Ақмола", "71632"),
            ("Федоровка", "Федоров", "Федоровский район", "Федоров ауданы", "Костанайская", "Қостанай", "71443"),
            ("Кордай", "Қордай", "Кордайский район", "Қордай ауданы", "Жамбылская", "Жамбыл", "72636"),
            ("Шиели", "Шиелі", "Шиелийский район", "Шиелі ауданы", "Кызылординская", "Қызылорда", "72432"),
            ("Жымпиты", "Жымпиты", "Сырымский район", "Сырым ауданы", "Западно-Казахстанская", "Батыс Қазақстан", "71134"),
            ("Бейнеу", "Бейнеу", "Бейнеуский район", "Бейнеу ауданы", "Мангистауская", "Маңғыстау", "72931"),
            ("Кеген", "Кеген", "Кегенский район", "Кеген ауданы", "Алматинская", "Алматы", "72777"),
            ("Шалкар", "Шалқар", "Шалкарский район", "Шалқар ауданы", "Актюбинская", "Ақтөбе", "71335"),
            ("Курчум", "Күршім", "Курчумский район", "Күршім ауданы", "Восточно-Казахстанская", "Шығыс Қазақстан", "72339"),
            ("Сергеевка", "Сергеевка", "район Шал акына", "Шал ақын ауданы", "Северо-Казахстанская", "Солтүстік Қазақстан", "71534"),
            ("Мерке", "Мерке", "Меркенский район", "Мерке ауданы", "Жамбылская", "Жамбыл", "72632"),
            ("Каскелен", "Қаскелең", "Карасайский район", "Қарасай ауданы", "Алматинская", "Алматы", "72771"),
            ("Есик", "Есік", "Енбекшиказахский район", "Еңбекшіқазақ ауданы", "Алматинская", "Алматы", "72775"),
            ("Аксукент", "Ақсукент", "Сайрамский район", "Сайрам ауданы", "Туркестанская", "Түркістан", "72531"),
            ("Карабулак", "Қарабұлақ", "Ескельдинский район", "Ескелді ауданы", "Жетысуская", "Жетісу", "72836"),
            ("Аягоз", "Аягөз", "Аягозский район", "Аягөз ауданы", "Абайская", "Абай", "72237")]
CITY_DISTRICTS = [("Алмалинский район", "Алмалы ауданы"), ("Ауэзовский район", "Әуезов ауданы"),
                  ("Сарыаркинский район", "Сарыарқа ауданы"), ("район Байконыр", "Байқоңыр ауданы"),
                  ("Абайский район", "Абай ауданы"), ("Казыбекбийский район", "Қазыбек би ауданы"),
                  ("Енбекшинский район", "Еңбекші ауданы"), ("Турксибский район", "Түрксіб ауданы"),
                  ("Есильский район", "Есіл ауданы"), ("Медеуский район", "Медеу ауданы")]
STREETS = [("Абая", "Абай"), ("Кенесары", "Кенесары"), ("Ерубаева", "Ерубаев"), ("Толе би", "Төле би"),
           ("Жамбыла", "Жамбыл"), ("Сатпаева", "Сәтбаев"), ("Гагарина", "Гагарин"), ("Пушкина", "Пушкин"),
           ("Байтурсынова", "Байтұрсынұлы"), ("Ауэзова", "Әуезов"), ("Момышулы", "Момышұлы"),
           ("Жансугурова", "Жансүгіров"), ("Кунаева", "Қонаев"), ("Валиханова", "Уәлиханов"),
           ("Сейфуллина", "Сейфуллин"), ("Тауелсиздик", "Тәуелсіздік"), ("Желтоксан", "Желтоқсан"),
           ("Молодежная", "Жастар"), ("Школьная", "Мектеп"), ("Больничная", "Аурухана"), ("Строителей", "Құрылысшылар"),
           ("Ыбырая Алтынсарина", "Ыбырай Алтынсарин"), ("Чехова", "Чехов"), ("Мира", "Бейбітшілік")]
AVENUES = [("Республики", "Республика"), ("Бухар жырау", "Бұқар жырау"), ("Мангилик Ел", "Мәңгілік Ел"),
           ("Назарбаева", "Назарбаев"), ("Абылай хана", "Абылай хан"), ("Аль-Фараби", "Әл-Фараби")]
MKR_RU = ["Самал-2", "Восток-3", "Нурсат", "Аксай-4", "Юго-Восток", "Жетысу-2", "5", "12", "Кулагер", "Майкудук",
          "Сарыарка", "Мамыр-1", "Степной-4"]
MKR_KK = ["Самал-2", "Нұрсат", "Ақсай-4", "Жетісу-2", "Құлагер", "Майқұдық", "Сарыарқа", "Мамыр-1", "Шұғыла", "Көктем"]
ZHM = ["Шугыла", "Кокжиек", "Жулдыз", "Улжан", "Акбулак", "Тастак"]
WORK_RU = ["ТОО «Шахтёр-Сервис»", "АО «ПавлодарЭнергоРемонт»", "КГУ «Общеобразовательная школа № 14»",
           "ГККП «Ясли-сад № 7 «Балапан»»", "ТОО «АгроСервис-Есиль»", "ИП «Байтерек-Строй»", "ТОО «Каспий Ойл Сервис»",
           "шахта «Казахстанская»", "АО «Темиртауский электрометаллургический комбинат»", "ТОО «Жол-Курылыс»",
           "КГП «Городская поликлиника № 5»", "ТОО «Семей-Мясо»", "школа-гимназия № 3", "СШ № 41",
           "ТОО «Атырау Транс Логистик»", "ЖД станция «Шалкар»"]
WORK_KK = ["«Ақбота» балабақшасы", "№ 23 жалпы білім беретін мектеп", "«ҚазАгроСервис» ЖШС", "«Жетісу Құрылыс» ЖШС",
           "Шиелі аудандық әкімдігі", "«Ақтөбе Мұнай Сервис» АҚ", "№ 8 мектеп-гимназия", "«Береке» шаруа қожалығы",
           "«Маңғыстау Жылу» МКК", "Қызылорда қалалық №2 емханасы", "«Нұр-Құрылыс» ЖШС", "«Әділет» ЖШС"]
MOBILE = ["700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778"]
DOMAINS = ["mail.ru", "gmail.com", "inbox.ru", "list.ru", "bk.ru", "yandex.kz", "mail.kz"]
HOSP_DOM = ["mail.ru", "med.kz", "zdrav.kz", "gmail.com", "dsm.kz"]
HOSP_USER = ["priemnoe", "crb", "kancelyariya", "okb.travma", "pp3", "smp", "gp5.registratura", "orit", "rkb.konsult"]

EPO_RU = ["аппарат Илизарова", "по Илизарову", "симптом Ласега", "перелом Монтеджа", "перелом Коллеса", "перелом Смита",
          "перелом Галеацци", "шина Белера", "доступ по Кохеру", "тест Лахмана", "по Веберу", "болезнь Бехтерева",
          "контрактура Дюпюитрена", "симптом Щёткина–Блюмберга", "симптом Пастернацкого", "болезнь Боткина",
          "шина Крамера", "повязка Дезо", "симптом Ортнера", "болезнь Пертеса", "болезнь Осгуда–Шлаттера",
          "проба Зимницкого", "анализ мочи по Нечипоренко", "шкала Глазго", "ампутация по Пирогову",
          "симптом Волковича–Кохера", "разрез по Пфанненштилю", "проба Вальсальвы", "синдром Маллори–Вейсса",
          "спица Киршнера", "симптом Ровзинга", "симптом Мерфи", "тест Тиннеля", "симптом Мейо-Робсона"]
EPO_KK = ["Илизаров аппараты", "Лахман сынамасы", "Ласег симптомы", "Бехтерев ауруы", "Белер шинасы", "Коллес сынығы",
          "Монтеджа сынығы", "Дюпюитрен контрактурасы", "Боткин ауруы", "Крамер шинасы", "Щёткин–Блюмберг симптомы",
          "Пастернацкий симптомы", "Глазго шкаласы", "Нечипоренко бойынша зәр талдауы", "Зимницкий сынамасы",
          "Кохер бойынша кесу", "Вебер бойынша жіктеу", "Киршнер сымы", "Смит сынығы", "Галеацци сынығы",
          "Ровзинг симптомы", "Мерфи симптомы", "Илизаров әдісі"]
DRUGS = ["Цефтриаксон", "цефазолин", "Кеторолак", "Трамадол", "Омепразол", "Эналаприл", "Амлодипин", "Метформин",
         "Эноксапарин", "Клексан", "Гепарин", "Дексаметазон", "Метоклопрамид", "Аторвастатин", "Бисопролол",
         "Фуросемид", "Парацетамол", "Ибупрофен", "Амоксиклав", "Диклофенак", "Ксарелто", "Актрапид", "Лантус",
         "Церукал", "Но-шпа", "Анальгин", "Метронидазол", "Азитромицин", "Варфарин", "Нитроглицерин",
         "Кардиомагнил", "Пантопразол", "Мексидол", "Цитиколин", "Лозартан", "Спиронолактон", "Дротаверин"]
ANALYTES_RU = ["гемоглобин", "лейкоциты", "тромбоциты", "СОЭ", "СРБ", "креатинин", "мочевина", "АЛТ", "АСТ",
               "глюкоза", "HbA1c", "тропонин I", "D-димер", "МНО", "АЧТВ", "фибриноген", "билирубин общий",
               "калий", "натрий", "прокальцитонин", "ТТГ", "ферритин"]
ANALYTES_KK = ["гемоглобин", "лейкоциттер", "тромбоциттер", "ЭТЖ", "қандағы глюкоза", "креатинин", "несепнәр",
               "С-реактивті ақуыз", "АЛТ", "АСТ", "жалпы билирубин", "калий", "натрий", "фибриноген", "МНО"]
IMPLANTS = ["пластина LCP Synthes", "штифт PFNA", "стержень ChM", "эндопротез Zimmer", "эндопротез DePuy",
            "стент Resolute Onyx", "сетка Prolene", "кардиостимулятор Medtronic", "винты Stryker",
            "пластина Stryker AxSOS", "Vicryl 2-0", "Монокрил 3-0"]

RU_MON_G = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
            "ноября", "декабря"]
RU_MON_N = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
            "ноябрь", "декабрь"]
KK_MON = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша",
          "желтоқсан"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
LAT = "ABCEHKMOPTXYZ"


# ---------------------------------------------------------------- identifier helpers
def iin_check(d11):
    s = sum(int(a) * w for a, w in zip(d11, range(1, 12))) % 11
    if s == 10:
        s = sum(int(a) * w for a, w in zip(d11, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])) % 11
        if s == 10:
            return None
    return s


def iin_valid(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 12:
        return False
    k = iin_check(d[:11])
    return k is not None and k == int(d[11])


def ru_years(n):
    if n % 10 == 1 and n % 100 != 11:
        return "год"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "года"
    return "лет"


class Person:
    def __init__(self, parts, sex, first, pat, tags, first_alt=None):
        self.parts = parts  # [(base_m, type)]
        self.sex = sex
        self.first = first
        self.pat = pat
        self.tags = tags

    def sur(self, c=None):
        if c is None:
            return "-".join(sur_nom(b, t, self.sex) for b, t in self.parts)
        return "-".join(sur_case(b, t, self.sex, c) for b, t in self.parts)

    def fn(self, c=None):
        return self.first if c is None else first_case(self.first, self.sex, c)

    def pn(self, c=None):
        return self.pat if c is None else pat_case(self.pat, c)

    def ini(self, sp=""):
        return self.first[0] + "." + sp + self.pat[0] + "."


class Ctx:
    def __init__(self, rng, lang, opts):
        self.rng = rng
        self.lang = lang
        self.opts = opts
        self.base = dtm.date(2019, 1, 1) + dtm.timedelta(days=rng.randint(0, 6 * 365))
        self.persons = {}
        self.cache = {}
        self.dates = {}
        self.city = rng.choice(CITIES)
        if "old" in opts:
            self.age = rng.randint(90, 103)
        elif "child" in opts:
            self.age = rng.randint(1, 14)
        elif "adult" in opts:
            self.age = rng.randint(19, 79)
        else:
            self.age = rng.randint(90, 102) if rng.random() < 0.27 else rng.randint(18, 88)
        y = self.base.year - self.age
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        if (m, d) > (self.base.month, self.base.day):
            y -= 1
        self.dob = dtm.date(y, m, d)
        self.psex = "m" if "m" in opts else "f" if "f" in opts else rng.choice("mf")
        self.iin = self.make_iin(self.dob, self.psex)
        if "vhome" in opts or rng.random() < 0.45:
            self.home = ("v", rng.choice(VILLAGES))
        else:
            self.home = ("c", self.city if rng.random() < 0.7 else rng.choice(CITIES))

    def make_iin(self, dob, sex):
        c = (3 if sex == "m" else 4) if dob.year < 2000 else (5 if sex == "m" else 6)
        while True:
            d11 = "%02d%02d%02d%d%04d" % (dob.year % 100, dob.month, dob.day, c, self.rng.randint(0, 9999))
            k = iin_check(d11)
            if k is not None:
                return d11 + str(k)

    def spell(self):
        if self.lang == "kk":
            return "kk" if self.rng.random() < 0.9 else "ru"
        if self.lang == "ru":
            return "ru" if self.rng.random() < 0.8 else "kk"
        return self.rng.choice(["kk", "ru"])

    def person(self, role):
        if role in self.persons:
            return self.persons[role]
        rng = self.rng
        if role == "P":
            sex = self.psex
        elif role + "f" in self.opts:
            sex = "f"
        elif role + "m" in self.opts:
            sex = "m"
        else:
            sex = rng.choice("mf")
        tags = []
        want_epo = (role == "P" and "epo" in self.opts) or (role == "D" and "epoD" in self.opts)
        if want_epo or rng.random() < 0.07:
            base, st, grp = rng.choice(EPO_SUR)
            tags.append("eponym_like")
            g = GROUPS[grp]
            first = rng.choice(g["m"] if sex == "m" else g["f"])
            pat = rng.choice(g["pat"])[0 if sex == "m" else 1]
            if grp != "ru":
                tags.append("non_slavic")
            p = Person([(base, st)], sex, first, pat, tags)
        else:
            r = rng.random()
            if r < 0.52:
                sp = self.spell()
                ix = 0 if sp == "kk" else 1
                if rng.random() < 0.12:
                    parts = [(rng.choice(KZ_ULY)[ix], "uly")]
                else:
                    parts = [(rng.choice(KZ_SUR)[ix], "ov")]
                first = rng.choice(KZ_M if sex == "m" else KZ_F)[ix]
                fa = rng.choice(KZ_FATHER)
                while parts[0][1] == "uly" and parts[0][0].startswith(fa[ix]):
                    fa = rng.choice(KZ_FATHER)
                kkstyle = rng.random() < {"kk": 0.9, "ru": 0.3, "mixed": 0.6}[self.lang]
                if kkstyle:
                    pat = fa[ix] + (("ұлы" if sex == "m" else "қызы") if ix == 0 else ("улы" if sex == "m" else "кызы"))
                else:
                    f = fa[1]
                    soft = f[-1] in "жшчщц"
                    pat = f + (("евич" if soft else "ович") if sex == "m" else ("евна" if soft else "овна"))
                tags.append("kazakh")
                grp = "kz"
            elif r < 0.72:
                grp = "ru"
                g = GROUPS["ru"]
                parts = [rng.choice(g["sur"])]
                first = rng.choice(g["m"] if sex == "m" else g["f"])
                pat = rng.choice(g["pat"])[0 if sex == "m" else 1]
            else:
                grp = rng.choice(OTHER_GROUPS)
                g = GROUPS[grp]
                parts = [rng.choice(g["sur"])]
                first = rng.choice(g["m"] if sex == "m" else g["f"])
                pat = rng.choice(g["pat"])[0 if sex == "m" else 1]
                tags.append("non_slavic")
            if sex == "f" and grp in ("kz", "ru") and parts[0][1] == "ov" and rng.random() < 0.12:
                other = rng.choice(KZ_SUR)[0 if self.lang == "kk" else 1] if grp == "ru" else rng.choice(GROUPS["ru"]["sur"])[0]
                if other != parts[0][0]:
                    parts = parts + [(other, "ov")]
                    tags.append("hyphenated")
            p = Person(parts, sex, first, pat, tags)
        if role == "R" and "child" in self.opts:
            pp = self.person("P")
            p.parts = list(pp.parts)
            p.tags = [t for t in pp.tags if t in ("kazakh", "non_slavic", "eponym_like", "hyphenated")]
            self.persons[role] = p
            return p
        # avoid two people in one record sharing a surname by accident
        for q in self.persons.values():
            if q.parts[0][0] == p.parts[0][0]:
                self.persons[role] = None
                del self.persons[role]
                return self.person(role)
        self.persons[role] = p
        return p

    # ------------------------------------------------------------ names
    def name(self, role, m):
        if "!" in m:
            m, mod = m.split("!")
            t, forms = self.name(role, m)
            if mod == "l":
                return t.lower(), forms + ["lower_case"]
            return t.upper(), forms + ["all_caps"]
        p = self.person(role)
        rng = self.rng
        tags = list(p.tags)
        hy = "hyphenated" in tags
        sur_tags = [t for t in tags if t != "kazakh"]
        first_tags = [t for t in tags if t in ("non_slavic",)]
        F = lambda *fs: list(fs)
        sp = rng.choice(["", "", " "])
        fio = "%s %s %s" % (p.sur(), p.fn(), p.pn())
        if m == "fio":
            return fio, F("full_name") + sur_tags
        if m in ("fio_g", "fio_d", "fio_i"):
            c = m[-1]
            return "%s %s %s" % (p.sur(c), p.fn(c), p.pn(c)), F("full_name", "case_form") + sur_tags
        if m == "fi":
            return "%s %s" % (p.sur(), p.fn()), F("full_name") + sur_tags
        if m in ("fi_g", "fi_d", "fi_i"):
            c = m[-1]
            return "%s %s" % (p.sur(c), p.fn(c)), F("full_name", "case_form") + sur_tags
        if m == "nf":
            return "%s %s" % (p.fn(), p.sur()), F("full_name", "first_then_surname") + sur_tags
        if m == "sur":
            return p.sur(), F("surname_only") + sur_tags
        if m in ("sur_g", "sur_d", "sur_i"):
            return p.sur(m[-1]), F("surname_only", "case_form") + sur_tags
        if m == "ini":
            return "%s %s" % (p.sur(), p.ini(sp)), F("initials") + sur_tags
        if m in ("ini_g", "ini_d", "ini_i"):
            return "%s %s" % (p.sur(m[-1]), p.ini(sp)), F("initials", "case_form") + sur_tags
        if m == "ini2":
            return "%s %s" % (p.ini(sp), p.sur()), F("initials") + sur_tags
        if m == "inid":
            return "%s.%s" % (p.sur(), p.ini()), F("initials", "dot_joined") + sur_tags
        if m == "first":
            return p.fn(), F("first_name_only") + first_tags
        if m in ("first_g", "first_d", "first_i"):
            return p.fn(m[-1]), F("first_name_only", "case_form") + first_tags
        if m == "io":
            return "%s %s" % (p.fn(), p.pn()), F("first_name_only", "first_patronymic") + first_tags
        if m == "caps":
            return fio.upper(), F("full_name", "all_caps") + sur_tags
        if m == "capsfio":
            return "%s %s %s" % (p.sur().upper(), p.fn(), p.pn()), F("full_name", "all_caps_surname") + sur_tags
        if m == "capsur":
            return p.sur().upper(), F("surname_only", "all_caps") + sur_tags
        if m == "low":
            return fio.lower(), F("full_name", "lower_case") + sur_tags
        if m == "lowsur":
            return p.sur().lower(), F("surname_only", "lower_case") + sur_tags
        if m == "lat":
            return translit("%s %s" % (p.sur(), p.fn())), F("full_name", "latin") + sur_tags
        if m == "latcaps":
            return translit("%s %s" % (p.sur(), p.fn())).upper(), F("full_name", "latin", "all_caps") + sur_tags
        if m == "latini":
            return translit("%s %s." % (p.sur(), p.fn()[0])), F("initials", "latin") + sur_tags
        if m == "dot":
            return "%s.%s" % (p.sur(), p.fn()), F("full_name", "dot_joined") + sur_tags
        if m.startswith("k") and m[1:] in KK_CASES:  # kgen kdat kacc kloc kabl
            return fio + kk_suffix(fio, m[1:]), F("full_name", "case_form") + sur_tags
        if m.startswith("kfi") and m[3:] in KK_CASES:
            s = "%s %s" % (p.sur(), p.fn())
            return s + kk_suffix(s, m[3:]), F("full_name", "case_form") + sur_tags
        if m.startswith("ks") and m[2:] in KK_CASES:
            s = p.sur()
            return s + kk_suffix(s, m[2:]), F("surname_only", "case_form") + sur_tags
        if m.startswith("kf") and m[2:] in KK_CASES:
            s = p.fn()
            return s + kk_suffix(s, m[2:]), F("first_name_only", "case_form") + first_tags
        if m == "sig":
            return p.sur(), F("surname_only", "signature") + sur_tags
        if m == "sigini":
            return "%s %s" % (p.sur(), p.ini()), F("initials", "signature") + sur_tags
        if m == "sigini2":
            return "%s%s" % (p.ini(), p.sur()), F("initials", "signature", "glued") + sur_tags
        if m == "split":
            return "%s\n%s %s" % (p.sur(), p.fn(), p.pn()), F("full_name", "split_line") + sur_tags
        if m == "capsplit":
            return ("%s\n%s %s" % (p.sur(), p.fn(), p.pn())).upper(), F("full_name", "split_line", "all_caps") + sur_tags
        raise KeyError("name method " + m)

    # ------------------------------------------------------------ dates
    def pick_date(self, idx, kind):
        if kind == "dob":
            return self.dob
        if idx and (kind, idx) in self.dates:
            return self.dates[(kind, idx)]
        if kind == "h":
            d = self.base - dtm.timedelta(days=self.rng.randint(200, 3650))
        elif idx:
            d = self.base + dtm.timedelta(days=(int(idx) - 1) * self.rng.randint(2, 9))
        else:
            d = self.base + dtm.timedelta(days=self.rng.randint(-1, 12))
        if idx:
            self.dates[(kind, idx)] = d
        return d

    def date(self, fmt, d, extra):
        rng = self.rng
        dd, mm, yy = d.day, d.month, d.year
        d2 = "%02d" % dd if rng.random() < 0.8 else str(dd)
        if not hasattr(self, "sep"):
            self.sep = rng.choice([".", ".", ".", ".", "/", "-"])
        F = list(extra)
        if fmt == "dt":
            sep = self.sep if rng.random() < 0.85 else rng.choice([".", "/", "-"])
            return "%s%s%02d%s%d" % (d2, sep, mm, sep, yy), ["numeric"] + F
        if fmt == "dts":
            return "%s/%02d/%d" % (d2, mm, yy), ["numeric"] + F
        if fmt == "dth":
            return "%s-%02d-%d" % (d2, mm, yy), ["numeric"] + F
        if fmt == "dtiso":
            return "%d-%02d-%02d" % (yy, mm, dd), ["numeric", "iso"] + F
        if fmt == "dtmr":
            return "%d %s %d" % (dd, RU_MON_G[mm - 1], yy), ["month_name"] + F
        if fmt == "dtq":
            return "«%02d» %s %d" % (dd, RU_MON_G[mm - 1], yy), ["month_name", "quoted_day"] + F
        if fmt == "dtqk":
            return "%d жылғы «%02d» %s" % (yy, dd, KK_MON[mm - 1]), ["month_name", "quoted_day"] + F
        if fmt == "dtmk":
            return "%d жылғы %d %s" % (yy, dd, KK_MON[mm - 1]), ["month_name"] + F
        if fmt == "dtmk2":
            return "%d %s %d" % (dd, KK_MON[mm - 1], yy), ["month_name"] + F
        if fmt == "dtr":
            if rng.random() < 0.3:
                return "%d.%s.%02d" % (dd, ROMAN[mm - 1], yy % 100), ["roman_month", "two_digit_year"] + F
            return "%d.%s.%d" % (dd, ROMAN[mm - 1], yy), ["roman_month"] + F
        if fmt in ("dtkloc", "dtkabl", "dtkdat", "dtkgen"):
            mon = KK_MON[mm - 1]
            s = "%d %s%s" % (dd, mon, kk_suffix(mon, fmt[3:]))
            if rng.random() < 0.5:
                return "%d жылғы %s" % (yy, s), ["month_name", "kk_case"] + F
            return s, ["month_name", "kk_case", "no_year"] + F
        if fmt in ("dtnkloc", "dtnkabl", "dtnkdat"):
            return "%s.%02d.%d-%s" % (d2, mm, yy, num_suffix(yy, fmt[4:])), ["numeric", "kk_case"] + F
        if fmt == "dtny":
            return "%s.%02d" % (d2, mm), ["numeric", "no_year"] + F
        if fmt == "dtnyr":
            return "%d %s" % (dd, RU_MON_G[mm - 1]), ["month_name", "no_year"] + F
        if fmt == "dtnyk":
            return "%d %s" % (dd, KK_MON[mm - 1]), ["month_name", "no_year"] + F
        if fmt == "dtmy":
            return "%02d.%d" % (mm, yy), ["numeric", "month_year"] + F
        if fmt == "dtmyr":
            return "%s %d" % (RU_MON_N[mm - 1], yy), ["month_name", "month_year"] + F
        if fmt == "dtmyk":
            if rng.random() < 0.5:
                return "%d жылғы %s" % (yy, KK_MON[mm - 1]), ["month_name", "month_year"] + F
            return "%d ж. %s" % (yy, KK_MON[mm - 1]), ["month_name", "month_year"] + F
        if fmt == "dtc":
            if rng.random() < 0.5:
                return "%02d%02d%02d" % (dd, mm, yy % 100), ["compact", "two_digit_year"] + F
            return "%02d%02d%d" % (dd, mm, yy), ["compact"] + F
        if fmt == "dtyy":
            return "%s.%02d.%02d" % (d2, mm, yy % 100), ["numeric", "two_digit_year"] + F
        raise KeyError(fmt)

    # ------------------------------------------------------------ phones
    def phone(self, kind):
        rng = self.rng
        c = rng.choice(MOBILE)
        n = "%07d" % rng.randint(0, 9999999)
        a, b, e = n[:3], n[3:5], n[5:]
        if kind in ("ph", "phwa"):
            s = rng.choice(["+7 %s %s %s %s", "+7(%s)%s-%s-%s", "+7 (%s) %s-%s-%s", "+7%s%s%s%s"]) % (c, a, b, e)
            f = ["plus7", "mobile"] + (["spaced"] if s.count(" ") >= 3 else [])
            return s, f + (["whatsapp"] if kind == "phwa" else [])
        if kind == "pheight":
            s = rng.choice(["8 %s %s %s %s", "8(%s)%s-%s-%s", "8-%s-%s-%s-%s", "8%s%s%s%s"]) % (c, a, b, e)
            return s, ["eight", "mobile"] + (["spaced"] if s.count(" ") >= 3 else [])
        if kind == "phd":
            return rng.choice(["8.%s.%s.%s.%s", "+7.%s.%s.%s.%s"]) % (c, a, b, e), ["dotted", "mobile"]
        if kind == "phs":
            s = rng.choice(["8 %s %s %s %s", "+7 %s %s %s %s"]) % (c, a, b, e)
            return s, ["spaced", "mobile", "eight" if s[0] == "8" else "plus7"]
        if kind == "phf":
            s = rng.choice(["+998 9%d %03d-%02d-%02d", "+996 55%d %03d %02d %02d", "+7 91%d %03d-%02d-%02d",
                            "+90 53%d %03d %02d %02d", "+49 15%d %03d%02d%02d"]) % (
                rng.randint(0, 9), rng.randint(100, 999), rng.randint(0, 99), rng.randint(0, 99))
            return s, ["foreign"]
        code, local = self.landline_parts()
        if kind == "phl":
            return local, ["local", "landline"]
        s = rng.choice(["8 (%s) %s", "8(%s)%s", "8-%s-%s", "(%s) %s"]) % (code, local)
        if kind == "phland":
            return s, ["landline"]
        if kind == "phext":
            return s + rng.choice([", вн. %d", " (вн.%d)", " доб. %d", ", вн.%d"]) % rng.randint(100, 4999), ["landline", "extension"]
        if kind == "phextk":
            return s + rng.choice([", ішкі %d", " (ішкі нөмір %d)", ", вн. %d"]) % rng.randint(100, 4999), ["landline", "extension"]
        raise KeyError(kind)

    def landline_parts(self):
        rng = self.rng
        if self.home[0] == "v" and rng.random() < 0.5:
            code = self.home[1][6]
        else:
            code = self.city[2]
        L = 10 - len(code)
        n = "%0*d" % (L, rng.randint(10 ** (L - 1) * 2, 10 ** L - 1))
        if L == 7:
            local = "%s-%s-%s" % (n[:3], n[3:5], n[5:])
        elif L == 6:
            local = "%s-%s-%s" % (n[:2], n[2:4], n[4:])
        else:
            local = "%s-%s-%s" % (n[:1], n[1:3], n[3:])
        return code, local

    # ------------------------------------------------------------ addresses
    def addr(self, kind):
        rng = self.rng
        h, fl = rng.randint(1, 120), rng.randint(1, 180)
        htype, hv = self.home
        if kind in ("adr", "adrk"):
            kk = kind == "adrk"
            if htype == "v":
                v = hv
                st = rng.choice(STREETS)
                if kk:
                    s = rng.choice(["%s обл., %s, %s а., %s к-сі, %d" % (v[5], v[3], v[1], st[1], h),
                                    "%s облысы, %s, %s ауылы, %s көшесі, %d үй" % (v[5], v[3], v[1], st[1], h),
                                    "%s ауданы, %s ауылы, %s к., %d-үй" % (v[3].replace(" ауданы", ""), v[1], st[1], h)])
                else:
                    s = rng.choice(["%s обл., %s, с. %s, ул. %s, %d" % (v[4], v[2], v[0], st[0], h),
                                    "%s область, %s, с.%s, ул.%s д.%d" % (v[4], v[2], v[0], st[0], h),
                                    "с. %s, ул. %s, д. %d" % (v[0], st[0], h)])
                return s, ["full_postal"]
            c = hv
            if rng.random() < 0.25:
                av = rng.choice(AVENUES)
                if kk:
                    s = "%s қ., %s даңғ., %d-%d" % (c[1], av[1], h, fl)
                else:
                    s = "г. %s, пр-т %s, %d-%d" % (c[0], av[0], h, fl)
                return s, ["full_postal"]
            st = rng.choice(STREETS)
            if kk:
                s = rng.choice(["%s қ., %s к-сі, %d үй, %d пәтер" % (c[1], st[1], h, fl),
                                "%s, %s қаласы, %s көшесі, %d-үй, %d-пәтер" % (c[3], c[1], st[1], h, fl),
                                "%s қ., %s к., %d/%d" % (c[1], st[1], h, fl)])
            else:
                s = rng.choice(["%s, г. %s, ул. %s, д. %d, кв. %d" % (c[3], c[0], st[0], h, fl),
                                "г.%s, ул.%s, д.%d, кв.%d" % (c[0], st[0], h, fl),
                                "г. %s, ул. %s %d-%d" % (c[0], st[0], h, fl),
                                "%s, пер. %s, дом %d, квартира %d" % (c[0], st[0], h, fl)])
            return s, ["full_postal"]
        if kind in ("adrm", "adrmk"):
            c = hv if htype == "c" else self.city
            if kind == "adrmk":
                s = rng.choice(["%s қ., %s ш/а, %d-%d" % (c[1], rng.choice(MKR_KK), h, fl),
                                "%s ш/а, %d үй, %d пәтер" % (rng.choice(MKR_KK), h, fl),
                                "%s қ., %s ж/м, %s к-сі, %d" % (c[1], rng.choice(ZHM), rng.choice(STREETS)[1], h)])
            else:
                s = rng.choice(["г. %s, мкр. %s, %d-%d" % (c[0], rng.choice(MKR_RU), h, fl),
                                "мкр.%s, д.%d, кв.%d" % (rng.choice(MKR_RU), h, fl),
                                "г. %s, ж/м %s, ул. %s, %d" % (c[0], rng.choice(ZHM), rng.choice(STREETS)[0], h),
                                "%s, мкр-н %s, дом %d кв %d" % (c[0], rng.choice(MKR_RU), h, fl)])
            return s, ["full_postal", "microdistrict"]
        if kind in ("adrs", "adrsk"):
            ix = 1 if kind == "adrsk" else 0
            return hv[ix], ["settlement"]
        if kind in ("city", "cityk"):
            ix = 1 if kind == "cityk" else 0
            return self.city[ix], ["settlement"]
        if kind == "old":
            olds = [o for o in self.city[4]] or OLD_EXTRA
            return rng.choice(olds), ["settlement", "old_name"]
        if kind in ("adru", "adruk"):
            st = rng.choice(STREETS)
            if kind == "adruk":
                return rng.choice(["%s %d-%d" % (st[1], h, fl), "%s, %d" % (st[1], h)]), ["street_unmarked"]
            return rng.choice(["%s %d-%d" % (st[0], h, fl), "%s %d" % (st[0], h), "%s, %d/%d" % (st[0], h, fl)]), ["street_unmarked"]
        if kind == "work":
            return rng.choice(WORK_RU), ["workplace"]
        if kind == "workk":
            return rng.choice(WORK_KK), ["workplace"]
        if kind in ("dist", "distk"):
            ix = 1 if kind == "distk" else 0
            if htype == "v":
                return (hv[3] if ix else hv[2]), ["district"]
            return rng.choice(CITY_DISTRICTS)[ix], ["district"]
        if kind in ("vill", "villk"):
            v = rng.choice(VILLAGES)
            return v[1 if kind == "villk" else 0], ["settlement"]
        raise KeyError(kind)

    # ------------------------------------------------------------ record / document ids
    def rec_id(self, kind):
        rng = self.rng
        yy = self.base.year % 100
        if kind == "ib":
            return rng.choice(["%d/%02d" % (rng.randint(100, 9999), yy), "%05d" % rng.randint(1, 99999),
                               "ИБ-%02d-%06d" % (yy, rng.randint(1, 999999)), "%d-С" % rng.randint(100, 9999),
                               "%d/%d" % (rng.randint(1000, 19999), rng.randint(10, 400))]), ["hospitalisation"]
        if kind == "amb":
            return rng.choice(["%07d" % rng.randint(1, 9999999), "А-%d" % rng.randint(1000, 99999),
                               "%d/%s" % (rng.randint(100, 9999), rng.choice("АБВГДК")), "%02d-%05d" % (rng.randint(1, 17), rng.randint(1, 99999))]), ["outpatient_card"]
        if kind == "op":
            return rng.choice(["%d" % rng.randint(10, 999), "%d/%02d" % (rng.randint(10, 2999), yy),
                               "%d-Х" % rng.randint(10, 999), "ОП-%d" % rng.randint(100, 9999)]), ["operation_protocol"]
        if kind == "xr":
            return rng.choice(["R-%02d-%05d" % (yy, rng.randint(1, 99999)), "%dр" % rng.randint(100, 9999),
                               "КТ-%d/%02d" % (rng.randint(10, 9999), yy), "МРТ %02d-%d" % (yy, rng.randint(100, 9999)),
                               "DX%07d" % rng.randint(1, 9999999)]), ["xray"]
        if kind == "lab":
            return rng.choice(["%02d%02d-%05d" % (yy, self.base.month, rng.randint(1, 99999)), "L%07d" % rng.randint(1, 9999999),
                               "%d/%d" % (rng.randint(10, 999), self.base.day), "Б-%d" % rng.randint(1000, 99999)]), ["lab"]
        if kind == "labx":
            while True:
                s = "%02d%010d" % (yy, rng.randint(0, 9999999999))
                k = iin_check(s[:11])
                if k is None or k != int(s[11]):
                    return s, ["lab", "twelve_digit", "invalid_iin_checksum"]
        if kind == "call":
            return rng.choice(["%d/%02d" % (rng.randint(1, 999), self.base.day), "%06d" % rng.randint(1, 999999),
                               "%d" % rng.randint(100, 99999), "%d-%d" % (rng.randint(1, 40), rng.randint(1, 999))]), ["ambulance_call"]
        raise KeyError(kind)

    def doc_id(self, kind):
        rng = self.rng
        if kind == "udo":
            return "0%08d" % rng.randint(10000000, 99999999), ["id_card"]
        if kind == "pass":
            if rng.random() < 0.25:
                return "%s-%s %06d" % (rng.choice(["I", "II", "III", "IV", "VI", "IX"]), rng.choice(["КЗ", "ВС", "МЮ", "АЛ", "ТУ"]),
                                       rng.randint(1, 999999)), ["passport", "soviet_series"]
            return rng.choice(["N%08d", "N %08d"]) % rng.randint(1, 99999999), ["passport"]
        if kind == "pol":
            return rng.choice(["%02d-%06d" % (rng.randint(1, 99), rng.randint(1, 999999)),
                               "ДМС %d%07d" % (rng.randint(1, 9), rng.randint(1, 9999999)),
                               "%016d" % rng.randint(10 ** 14, 10 ** 16 - 1)]), ["policy"]
        if kind == "ln":
            return rng.choice(["%07d" % rng.randint(1, 9999999), "АА %06d" % rng.randint(1, 999999),
                               "ЛН-%02d-%06d" % (self.base.year % 100, rng.randint(1, 999999))]), ["sick_leave"]
        if kind == "car":
            L3 = "".join(rng.choice("ABCDEHKMOPTXYZ") for _ in range(3))
            return rng.choice(["%03d %s %02d", "%03d%s%02d", "%03d|%s|%02d"]) % (rng.randint(1, 999), L3, rng.randint(1, 18)), ["vehicle_plate"]
        if kind == "bin":
            while True:
                d11 = "%02d%02d%d%d%05d" % (rng.randint(0, 23), rng.randint(1, 12), rng.choice([4, 5, 6]), rng.randint(0, 3), rng.randint(0, 99999))
                k = iin_check(d11)
                if k is not None:
                    return d11 + str(k), ["bin"]
        if kind == "bc":
            if rng.random() < 0.5:
                return "%s-%s № %06d" % (rng.choice(["I", "II", "III", "IV", "V"]), rng.choice(["КЗ", "ЖА", "ЖТ", "ҚР", "ОК"]),
                                         rng.randint(1, 999999)), ["birth_certificate", "series"]
            return "%010d" % rng.randint(1, 9999999999), ["birth_certificate"]
        if kind == "vu":
            return rng.choice(["%s %06d" % ("".join(rng.choice("ABEKMH") for _ in range(2)), rng.randint(1, 999999)),
                               "KZ %07d" % rng.randint(1, 9999999)]), ["driver_license"]
        raise KeyError(kind)


# ---------------------------------------------------------------- placeholder dispatch
NAME_ROLES = set("PQSRDEHNM")
DATE_KEYS = {"dt", "dts", "dth", "dtiso", "dtmr", "dtq", "dtqk", "dtmk", "dtmk2", "dtr", "dtkloc", "dtkabl", "dtkdat",
             "dtkgen", "dtnkloc", "dtnkabl", "dtnkdat", "dtny", "dtnyr", "dtnyk", "dtmy", "dtmyr", "dtmyk", "dtc", "dtyy"}
PHONE_KEYS = {"ph", "phwa", "pheight", "phd", "phs", "phf", "phl", "phland", "phext", "phextk"}
ADDR_KEYS = {"adr", "adrk", "adrm", "adrmk", "adrs", "adrsk", "city", "cityk", "old", "adru", "adruk", "work", "workk",
             "dist", "distk", "vill", "villk"}
REC_KEYS = {"ib", "amb", "op", "xr", "lab", "labx", "call"}
DOC_KEYS = {"udo", "pass", "pol", "ln", "car", "bin", "bc", "vu"}


def fill(ctx, key):
    """Return (kind, text, label, forms); kind in id/clin/plain."""
    rng = ctx.rng
    if key.startswith("~"):
        return "plain", rng.choice(key[1:].split("|")), None, None
    if key.startswith("g:"):
        m, f = key[2:].split("|")
        return "plain", (m if ctx.psex == "m" else f), None, None
    if len(key) > 2 and key[0] in NAME_ROLES and key[1] == ".":
        t, forms = ctx.name(key[0], key[2:])
        return "id", t, "NAME", forms
    mm = re.match(r"^([a-zA-Z]+?)(\d*)$", key)
    base, idx = mm.group(1), mm.group(2)
    if base in DATE_KEYS or base.startswith("dob") or base.startswith("h"):
        if base.startswith("dob"):
            fmt = "dt" + base[3:] if base != "dob" else "dt"
            d = ctx.dob
            extra = ["birth_date"]
        elif base.startswith("h") and base[1:] in DATE_KEYS:
            fmt = base[1:]
            d = ctx.pick_date(idx, "h")
            extra = []
        elif base in DATE_KEYS:
            fmt = base
            d = ctx.pick_date(idx, "n")
            extra = []
        else:
            fmt = None
        if fmt:
            t, forms = ctx.date(fmt, d, extra)
            return "id", t, "DATE", forms
    if base in ("age", "agek", "agekn", "agen"):
        a = ctx.age
        t = {"age": "%d %s" % (a, ru_years(a)), "agek": "%d жаста" % a, "agekn": "%d жас" % a, "agen": str(a)}[base]
        if a > 89:
            return "id", t, "AGE", ["over_89"]
        return "plain", t, None, None
    if base in ("IIN", "IINb", "IINs"):
        s = ctx.iin
        if base == "IINs":
            s = rng.choice(["%s %s" % (s[:6], s[6:]), "%s %s %s" % (s[:6], s[6:9], s[9:]), "%s-%s" % (s[:6], s[6:]),
                            "%s %s %s" % (s[:4], s[4:8], s[8:])])
            return "id", s, "IIN", ["split"]
        return "id", s, "IIN", ["labelled" if base == "IIN" else "unlabelled"]
    if base in ("RIIN", "RIINb"):
        if "riin" not in ctx.cache:
            r = ctx.person("R")
            y = ctx.base.year - rng.randint(22, 70)
            ctx.cache["riin"] = ctx.make_iin(dtm.date(y, rng.randint(1, 12), rng.randint(1, 28)), r.sex)
        return "id", ctx.cache["riin"], "IIN", ["labelled" if base == "RIIN" else "unlabelled", "relative"]
    if base in PHONE_KEYS:
        t, forms = ctx.phone(base)
        return "id", t, "PHONE", forms
    if base in ("em", "emh", "emr"):
        if base in ("em", "emr"):
            p = ctx.person("P" if base == "em" else "R")
            u = translit(p.fn()).lower().replace("'", "")
            s = translit(p.sur()).lower().replace("-", "_")
            user = rng.choice(["%s.%s" % (u, s), "%s_%s%d" % (s, u[0], rng.randint(1, 99)), "%s%d" % (s, ctx.dob.year % 100 if base == "em" else rng.randint(60, 99)), "%s.%s" % (u[0], s)])
            dom = rng.choice(DOMAINS)
            f = ["personal"]
        else:
            user = rng.choice(HOSP_USER) + "." + translit(ctx.city[0]).lower().replace("-", "")[:8]
            dom = rng.choice(HOSP_DOM)
            f = ["institutional"]
        if rng.random() < 0.12:
            return "id", "%s(at)%s" % (user, dom), "EMAIL", ["email", "obfuscated"] + f
        t = "%s@%s" % (user, dom)
        if rng.random() < 0.1:
            t = t.upper()
            f = f + ["all_caps"]
        return "id", t, "EMAIL", ["email"] + f
    if base in ADDR_KEYS:
        t, forms = ctx.addr(base)
        return "id", t, "ADDRESS", forms
    if base in REC_KEYS or base in DOC_KEYS:
        ck = key
        if ck not in ctx.cache:
            ctx.cache[ck] = ctx.rec_id(base) if base in REC_KEYS else ctx.doc_id(base)
        t, forms = ctx.cache[ck]
        return "id", t, ("RECORD_ID" if base in REC_KEYS else "DOC_ID"), forms
    if base == "epo":
        return "clin", rng.choice(EPO_RU), None, None
    if base == "epok":
        return "clin", rng.choice(EPO_KK), None, None
    if base == "drug":
        return "clin", rng.choice(DRUGS), None, None
    if base == "an":
        return "clin", rng.choice(ANALYTES_RU), None, None
    if base == "ank":
        return "clin", rng.choice(ANALYTES_KK), None, None
    if base == "impl":
        return "clin", rng.choice(IMPLANTS), None, None
    if base == "sexr":
        return "plain", ("муж." if ctx.psex == "m" else "жен."), None, None
    if base == "sexk":
        return "plain", ("ер" if ctx.psex == "m" else "әйел"), None, None
    if base == "sexL":
        return "plain", ("M" if ctx.psex == "m" else "F"), None, None
    raise KeyError("unknown placeholder {%s}" % key)


TOKEN = re.compile(r"\{([^{}\n]+)\}|\[\[(.+?)\]\]")


def render(template, rng, lang, opts):
    ctx = Ctx(rng, lang, opts)
    out, ids, clin = [], [], []
    pos = 0
    i = 0
    for m in TOKEN.finditer(template):
        lit = template[i:m.start()]
        out.append(lit)
        pos += len(lit)
        i = m.end()
        if m.group(2) is not None:
            kind, text = "clin", m.group(2)
            label = forms = None
        else:
            kind, text, label, forms = fill(ctx, m.group(1))
        out.append(text)
        if kind == "id":
            fs = []
            for f in forms:
                if f not in fs:
                    fs.append(f)
            ids.append({"start": pos, "end": pos + len(text), "label": label, "forms": fs})
        elif kind == "clin":
            clin.append({"start": pos, "end": pos + len(text)})
        pos += len(text)
    lit = template[i:]
    out.append(lit)
    return "".join(out), ids, clin


def load_templates():
    temps = []
    for lang in LANGS:
        path = os.path.join(HERE, "templates_%s.txt" % lang)
        with open(path, encoding="utf-8") as fh:
            raw = fh.read()
        blocks = re.split(r"^@@ ", raw, flags=re.M)
        n = Counter()
        for b in blocks[1:]:
            head, _, body = b.partition("\n")
            parts = head.split()
            tl, style, opts = parts[0], parts[1], set(parts[2:])
            assert tl == lang, (path, head)
            body = body.strip("\n")
            body = "\n".join(line.rstrip() for line in body.split("\n"))
            if not opts & {"old", "child"} and re.search(r"\{(work|workk|ln|vu|car)\b", body):
                opts.add("adult")
            n[style] += 1
            temps.append({"tid": "%s-%s-%d" % (lang, style, n[style]), "lang": lang, "style": style,
                          "opts": opts, "text": body})
    return temps


def check(records):
    errs = []
    n_invalid12 = 0
    for r in records:
        t = r["text"]
        prev = -1
        for s in r["identifiers"]:
            a, b = s["start"], s["end"]
            frag = t[a:b]
            if not (0 <= a < b <= len(t)):
                errs.append((r["id"], "bounds", s))
            if a < prev:
                errs.append((r["id"], "overlap/order", s))
            prev = b
            if frag != frag.strip() or not frag:
                errs.append((r["id"], "whitespace", frag))
            if s["label"] not in LABELS:
                errs.append((r["id"], "label", s))
            if not s["forms"]:
                errs.append((r["id"], "forms", s))
            if s["label"] == "IIN" and not iin_valid(frag):
                errs.append((r["id"], "iin checksum", frag))
            if s["label"] == "AGE":
                if int(re.match(r"\d+", frag).group()) <= 89:
                    errs.append((r["id"], "age", frag))
            if s["label"] == "RECORD_ID" and re.fullmatch(r"\d{12}", frag):
                if iin_valid(frag):
                    errs.append((r["id"], "record id is valid IIN", frag))
                n_invalid12 += 1
        prev = -1
        for c in r["clinical"]:
            a, b = c["start"], c["end"]
            frag = t[a:b]
            if not (0 <= a < b <= len(t)) or frag != frag.strip():
                errs.append((r["id"], "clin bounds", frag))
            if a < prev:
                errs.append((r["id"], "clin order", frag))
            prev = b
            for s in r["identifiers"]:
                if a < s["end"] and s["start"] < b:
                    errs.append((r["id"], "clin overlaps id", frag))
    return errs, n_invalid12


def main():
    rng = random.Random(SEED)
    temps = load_templates()
    order = []
    for rnd in range(2):
        order.extend(temps)
    extra = [temps[rng.randrange(len(temps))] for _ in range(40)]
    order.extend(extra)
    records = []
    for k, tp in enumerate(order, 1):
        text, ids, clin = render(tp["text"], rng, tp["lang"], tp["opts"])
        records.append({"id": "d2-%04d" % k, "language": tp["lang"], "style": tp["style"], "text": text,
                        "identifiers": ids, "clinical": clin, "_tid": tp["tid"]})
    errs, n12 = check(records)
    with open(os.path.join(HERE, "records.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            o = {k: r[k] for k in ("id", "language", "style", "text", "identifiers", "clinical")}
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")

    # ---- counts
    lab_lang = defaultdict(Counter)
    style_rec, style_ids, style_clin = Counter(), Counter(), Counter()
    form_counts = defaultdict(Counter)
    for r in records:
        style_rec[r["style"]] += 1
        style_ids[r["style"]] += len(r["identifiers"])
        style_clin[r["style"]] += len(r["clinical"])
        for s in r["identifiers"]:
            lab_lang[s["label"]][r["language"]] += 1
            for f in s["forms"]:
                form_counts[s["label"]][f] += 1
    tmpl = defaultdict(Counter)
    for tp in temps:
        tmpl[tp["style"]][tp["lang"]] += 1
    n_ids = sum(len(r["identifiers"]) for r in records)
    n_clin = sum(len(r["clinical"]) for r in records)
    lang_rec = Counter(r["language"] for r in records)
    print("records:", len(records), dict(sorted(lang_rec.items())))
    print("identifiers:", n_ids, " clinical spans:", n_clin, " invalid 12-digit RECORD_IDs:", n12)
    for lab in LABELS:
        print("  %-10s %5d  %s" % (lab, sum(lab_lang[lab].values()), dict(sorted(lab_lang[lab].items()))))
    print("templates per language:", dict(sorted(Counter(t["lang"] for t in temps).items())))
    print("styles:", len(tmpl), sorted(tmpl))
    if errs:
        for e in errs[:30]:
            print("ERROR", e)
        print("SELF-CHECK FAILED:", len(errs))
        sys.exit(1)
    miss = [s for s in tmpl if any(tmpl[s][l] == 0 for l in LANGS)]
    assert not miss, miss
    assert all(Counter(t["lang"] for t in temps)[l] >= 40 for l in LANGS)
    assert n_ids >= 1200 and len(records) >= 250 and n_clin >= 700 and n12 >= 20
    print("self-check: OK")
    write_readme(records, temps, lab_lang, style_rec, style_ids, style_clin, tmpl, form_counts, n_ids, n_clin, n12, lang_rec)


README_HEAD = """# deid_dev2 — blind development set for Kazakhstan hospital-record de-identification

**Development set: written blind, used for tuning (not held-out).**

- Licence: **CC0 1.0** (public-domain dedication). Every record is synthetic: the people, numbers,
  addresses and events were generated from hand-made pools in `build.py`; any match with a real
  person is coincidental. Cities, districts and common street names are real place names, used
  only as surface material.
- Languages: Russian (`ru`), Kazakh (`kk`) and code-switched / bilingual (`mixed`).

## How it was written

The set was written *blind* from general knowledge of Kazakhstan clinical paperwork (district
hospitals, polyclinics, ambulance services, HIS exports, WhatsApp messages pasted into charts,
Soviet-style forms, bilingual forms). While writing it, the author did **not** open, list or grep
`platform/` (the code under test and its record generator), any folder of `datasets/` other than
`datasets/deid_dev2/`, `tests/`, `benchmarks/`, `docs/`, the repository `README.md`, or `shared/`,
and did not run any project code. Only the Python standard library is used.

Because it is written blind but then *used for tuning*, it must not be reported as a held-out
score once rules have been adjusted against it.

## Rebuild

```
python3 datasets/deid_dev2/build.py
```

The build is deterministic (fixed seed; no dependence on `PYTHONHASHSEED`); it rewrites
`records.jsonl` and this `README.md`, runs the self-checks and prints counts. It takes well under
a second.

Files: `build.py` (engine, pools, checks), `templates_ru.txt`, `templates_kk.txt`,
`templates_mixed.txt` (hand-written templates, `@@ <lang> <style> [options]` header per
template; `{KEY}` placeholders are filled, `[[text]]` marks a clinical span), `records.jsonl`.

## Record format

One JSON object per line (UTF-8, `ensure_ascii=False`):

```
{"id": "d2-0001", "language": "ru"|"kk"|"mixed", "style": "polyclinic",
 "text": "...",
 "identifiers": [{"start": 12, "end": 30, "label": "NAME", "forms": ["full_name", "case_form"]}],
 "clinical": [{"start": 40, "end": 57}]}
```

Offsets are Python `str` indices (code points); `text[start:end]` is exactly the span. Offsets are
recorded while the text is assembled, so they are correct by construction. Identifier spans are
sorted and non-overlapping; clinical spans are sorted, non-overlapping and never overlap an
identifier. Labels: `NAME, IIN, PHONE, EMAIL, DATE, AGE, ADDRESS, RECORD_ID, DOC_ID`.
`forms` are free strings describing the surface (all applicable forms are listed).

## Labelling conventions

- **NAME** — the whole contiguous personal name (surname, first name, patronymic, initials) of
  patients, relatives and staff. Titles and role words (`врач`, `м/с`, `дәрігер`, `Пациент`) are
  outside. Russian case endings (`Ивановой`, `Нурлану`) and Kazakh case endings (`Серікбаевқа`,
  `Ержанқызының`) are inside. Signature lines: only the name inside `/…/` or after `подпись ____`.
  A split-line name (`Иванова⏎Мария Петровна`) is one span containing the newline. Latin-script
  names (`SERIKBAEV NURLAN`) are NAME. Named institutions (`Областная больница им. Пирогова`,
  `Боткин атындағы … аурухана`) are **not** names: they are clinical spans. Eponyms in clinical
  constructions (`аппарат Илизарова`, `Лахман сынамасы`, `по Веберу`, `спица Киршнера`) are clinical
  spans even when a person in the same record has that surname (forms `eponym_like`).
  `non_slavic` marks Uzbek, Uyghur, Tatar, Korean, German, Ukrainian, Dungan, Turkish, Chechen and
  Azerbaijani names (Kazakh names carry no such form).
- **IIN** — 12 digits with a valid checksum (yymmdd + century/sex digit + serial + check digit).
  Forms `labelled` (after `ИИН`/`ЖСН`, glued or not, also in a header), `unlabelled` (table cell,
  XML/CSV field), `split` (with spaces or hyphens inside; the span covers all groups), `relative`.
  Twelve-digit laboratory numbers with an **invalid** checksum are `RECORD_ID` (forms
  `twelve_digit`, `invalid_iin_checksum`). Employer BINs (valid checksum, 5th digit 4–6) are
  `DOC_ID` with form `bin`.
- **PHONE** — the whole number including `+7`/`8`, brackets and separators; an extension
  (`вн. 215`, `доб. 1234`, `ішкі 215`) is inside the span. Words like `тел.`, `WhatsApp` are outside.
- **EMAIL** — the address (also `user(at)domain`).
- **DATE** — the date only; trailing `г.` / `ж.` / `г.р.` / `туған` are outside; `2023 жылғы`
  before a Kazakh date and Kazakh case endings (`12 наурызда`, `12.03.2023-тен`) are inside;
  guillemets of `«12» марта 2023` are inside. Times (`14:30`) are never dates. Bare years are not
  used as identifiers.
- **AGE** — only ages over 89: the number plus its unit word when present (`92 года`, `91 жаста`,
  `94 жас`), the bare number after `Возраст:`/`Жасы:`. Ages ≤ 89 are left unmarked (confusables).
- **ADDRESS** — a full postal address is one span including its markers (`г.`, `ул.`, `мкр.`,
  `ж/м`, `ш/а`, `к-сі`, `пр-т`, `д.`, `кв.`, `15-27`); a bare settlement is only its name (`с.`,
  `г.`, `қ.`, `ауылы` outside); a district includes its `район`/`ауданы` word; employers and
  schools are ADDRESS with form `workplace`; old city names (`Целиноград`, `Гурьев`, `Шевченко`)
  carry `old_name`. Countries are not identifiers.
- **RECORD_ID** — the number only (`№` outside): hospitalisation (ИБ/АТ), outpatient card,
  operation protocol, x-ray/CT/MRI, lab, ambulance call.
- **DOC_ID** — the document number (series included): ID card, passport (also Soviet series such as
  `IV-КЗ 123456`), policy, sick-leave sheet, vehicle plate, BIN, birth certificate, driver licence.
- **Clinical spans** (must survive): eponymous constructions, diagnoses, drug names (trade and INN),
  lab analytes, implants and brands, procedures, ALL CAPS section headers in Russian and Kazakh,
  named hospitals. Unmarked confusables are left in the text on purpose: doses, lab values, ages
  ≤ 89, AO and ICD-10 codes, times, blood loss, ward/bed numbers, form numbers (`025/у`, `110/у`),
  department and substation numbers, vaccine lot numbers.

## Known limitations

- Surface morphology is rule-based (Russian declension of surnames/first names/patronymics, Kazakh
  vowel harmony for case endings); rare irregular forms are avoided rather than modelled.
- Values are drawn independently, so clinical details are plausible but not always coherent across
  a record (e.g. a follow-up date may not be the most sensible one).
- Every template is rendered at least twice (two fixed passes plus 40 random extra picks), so
  sentence frames repeat with different values.
"""


def write_readme(records, temps, lab_lang, style_rec, style_ids, style_clin, tmpl, form_counts, n_ids, n_clin, n12, lang_rec):
    L = []
    w = L.append
    w(README_HEAD.rstrip("\n"))
    w("")
    w("## Counts (generated by build.py)")
    w("")
    w("Records: %d (ru %d, kk %d, mixed %d). Identifiers: %d. Clinical spans: %d. "
      "Twelve-digit RECORD_IDs with an invalid IIN checksum: %d. Templates: %d." % (
          len(records), lang_rec["ru"], lang_rec["kk"], lang_rec["mixed"], n_ids, n_clin, n12, len(temps)))
    w("")
    w("### Identifiers per label × language")
    w("")
    w("| label | ru | kk | mixed | total |")
    w("|---|---:|---:|---:|---:|")
    for lab in LABELS:
        c = lab_lang[lab]
        w("| %s | %d | %d | %d | %d |" % (lab, c["ru"], c["kk"], c["mixed"], sum(c.values())))
    tot = Counter()
    for lab in LABELS:
        tot.update(lab_lang[lab])
    w("| **all** | %d | %d | %d | %d |" % (tot["ru"], tot["kk"], tot["mixed"], sum(tot.values())))
    w("")
    w("### Per style")
    w("")
    w("| style | records | identifiers | clinical spans | templates ru | templates kk | templates mixed |")
    w("|---|---:|---:|---:|---:|---:|---:|")
    for s in sorted(tmpl):
        w("| %s | %d | %d | %d | %d | %d | %d |" % (s, style_rec[s], style_ids[s], style_clin[s], tmpl[s]["ru"], tmpl[s]["kk"], tmpl[s]["mixed"]))
    tl = Counter(t["lang"] for t in temps)
    w("| **all** | %d | %d | %d | %d | %d | %d |" % (len(records), n_ids, n_clin, tl["ru"], tl["kk"], tl["mixed"]))
    w("")
    w("### Forms per label")
    w("")
    for lab in LABELS:
        items = sorted(form_counts[lab].items(), key=lambda kv: (-kv[1], kv[0]))
        w("- **%s**: %s" % (lab, ", ".join("%s %d" % kv for kv in items)))
    w("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))


if __name__ == "__main__":
    main()
