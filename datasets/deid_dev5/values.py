"""Places, numbers, phones, e-mails, dates and ages.  Each function returns (text, forms)."""
import datetime
from gen import (kk_suffix, kk_suffix_phrase, kk_num_case, kk_num_poss, make_bin, translit, RU_MON_GEN,
                 RU_MON_NOM, RU_MON_PREP, KK_MON, ROMAN, add_days, KK_CASES)

# ------------------------------------------------------------------ settlements
# ru nom, ru gen, ru prep, kk nom, kind(city/town/village), foreign
SETTLEMENTS = [
    ("Алматы", "Алматы", "Алматы", "Алматы", "city", False),
    ("Астана", "Астаны", "Астане", "Астана", "city", False),
    ("Шымкент", "Шымкента", "Шымкенте", "Шымкент", "city", False),
    ("Караганда", "Караганды", "Караганде", "Қарағанды", "city", False),
    ("Усть-Каменогорск", "Усть-Каменогорска", "Усть-Каменогорске", "Өскемен", "city", False),
    ("Кызылорда", "Кызылорды", "Кызылорде", "Қызылорда", "city", False),
    ("Семей", "Семея", "Семее", "Семей", "city", False),
    ("Павлодар", "Павлодара", "Павлодаре", "Павлодар", "city", False),
    ("Актобе", "Актобе", "Актобе", "Ақтөбе", "city", False),
    ("Тараз", "Тараза", "Таразе", "Тараз", "city", False),
    ("Петропавловск", "Петропавловска", "Петропавловске", "Петропавл", "city", False),
    ("Талдыкорган", "Талдыкоргана", "Талдыкоргане", "Талдықорған", "city", False),
    ("Туркестан", "Туркестана", "Туркестане", "Түркістан", "city", False),
    ("Талгар", "Талгара", "Талгаре", "Талғар", "town", False),
    ("Каскелен", "Каскелена", "Каскелене", "Қаскелең", "town", False),
    ("Есик", "Есика", "Есике", "Есік", "town", False),
    ("Жаркент", "Жаркента", "Жаркенте", "Жаркент", "town", False),
    ("Сарыагаш", "Сарыагаша", "Сарыагаше", "Сарыағаш", "town", False),
    ("Аксу", "Аксу", "Аксу", "Ақсу", "town", False),
    ("Жанаарка", "Жанаарки", "Жанаарке", "Жаңа Арқа", "town", False),
    ("Бесагаш", "Бесагаша", "Бесагаше", "Бесағаш", "village", False),
    ("Узынагаш", "Узынагаша", "Узынагаше", "Ұзынағаш", "village", False),
    ("Шамалган", "Шамалгана", "Шамалгане", "Шамалған", "village", False),
    ("Кордай", "Кордая", "Кордае", "Қордай", "village", False),
    ("Масанчи", "Масанчи", "Масанчи", "Масаншы", "village", False),
    ("Отеген батыр", "Отеген батыра", "Отеген батыре", "Отеген батыр", "village", False),
    ("Карабулак", "Карабулака", "Карабулаке", "Қарабұлақ", "village", False),
    ("Акши", "Акши", "Акши", "Ақши", "village", False),
    ("Бирлик", "Бирлика", "Бирлике", "Бірлік", "village", False),
    ("Кошкарата", "Кошкараты", "Кошкарате", "Қошқарата", "village", False),
    ("Нижний Новгород", "Нижнего Новгорода", "Нижнем Новгороде", "Нижний Новгород", "city", True),
    ("Бишкек", "Бишкека", "Бишкеке", "Бішкек", "city", True),
    ("Ташкент", "Ташкента", "Ташкенте", "Ташкент", "city", True),
    ("Новосибирск", "Новосибирска", "Новосибирске", "Новосібір", "city", True),
    ("Оренбург", "Оренбурга", "Оренбурге", "Орынбор", "city", True),
    ("Омск", "Омска", "Омске", "Омбы", "city", True),
]
KZ_CITY_CODES = {"Алматы": "727", "Астана": "7172", "Шымкент": "7252", "Караганда": "7212",
                 "Усть-Каменогорск": "7232", "Кызылорда": "7242", "Семей": "7222", "Павлодар": "7182",
                 "Актобе": "7132", "Тараз": "7262", "Петропавловск": "7152", "Талдыкорган": "7282",
                 "Туркестан": "72533", "Талгар": "72774", "Каскелен": "72771", "Есик": "72775"}


def _set_pick(rng, kind):
    if kind == "city":
        pool = [s for s in SETTLEMENTS if s[4] in ("city", "town") and not s[5]]
    elif kind == "village":
        pool = [s for s in SETTLEMENTS if s[4] == "village"]
    elif kind == "foreign":
        pool = [s for s in SETTLEMENTS if s[5]]
    else:
        pool = SETTLEMENTS
    return rng.choice(pool)


def settlement(rng, kind, case, script):
    s = _set_pick(rng, kind)
    rn, rg, rp, kn, k, foreign = s
    if script == "kk":
        txt = kk_suffix_phrase(kn, case) if case in KK_CASES else kn
    else:
        acc = (rn[:-1] + "у") if (rn.endswith("а") and " " not in rn) else rn
        txt = {"gen": rg, "prep": rp, "acc": acc}.get(case, rn)
    forms = ["settlement"]
    if k == "village":
        forms.append("village")
    if " " in txt or " " in rn:
        forms.append("multi_word")
    if foreign:
        forms.append("foreign")
    base = kn if script == "kk" else rn
    if txt != base:
        forms.append("case_form")
    return txt, forms


# ------------------------------------------------------------------ districts
DISTRICTS = [("Алмалинский", "Алмалы"), ("Медеуский", "Медеу"), ("Бостандыкский", "Бостандық"),
             ("Ауэзовский", "Әуезов"), ("Турксибский", "Түрксіб"), ("Жетысуский", "Жетісу"),
             ("Наурызбайский", "Наурызбай"), ("Алатауский", "Алатау"), ("Сарыаркинский", "Сарыарқа"),
             ("Есильский", "Есіл"), ("Байконурский", "Байқоңыр"), ("Талгарский", "Талғар"),
             ("Карасайский", "Қарасай"), ("Енбекшиказахский", "Еңбекшіқазақ"), ("Илийский", "Іле"),
             ("Жамбылский", "Жамбыл"), ("Кордайский", "Қордай"), ("Панфиловский", "Панфилов")]


def district(rng, case, script, rural=False):
    ru, kk = rng.choice(DISTRICTS[11:] if rural else DISTRICTS)
    forms = ["district"]
    if script == "kk":
        word = "ауданы"
        if case in KK_CASES:
            word = kk_suffix("ауданы", case)
            forms.append("case_form")
        return kk + " " + word, forms + ["multi_word"]
    st = ru[:-2]
    if case == "gen":
        txt = st + "ого района"
    elif case == "prep":
        txt = st + "ом районе"
    elif case == "dat":
        txt = st + "ому району"
    else:
        txt = ru + (" район" if rng.random() < 0.7 else " р-н")
    if case in ("gen", "prep", "dat"):
        forms.append("case_form")
    return txt, forms + ["multi_word"]


# ------------------------------------------------------------------ streets
STREETS_RU = ["ул. Абая", "пр. Абая", "ул. Толе би", "ул. Кабанбай батыра", "ул. Жамбыла", "ул. Сейфуллина",
              "ул. Гоголя", "ул. Пушкина", "ул. Байтурсынова", "ул. Ауэзова", "ул. Жандосова", "пр. Райымбека",
              "ул. Момышулы", "ул. Шевченко", "ул. Желтоксан", "ул. Розыбакиева", "ул. Мира", "ул. Ленина",
              "ул. Сатпаева", "пр. Достык", "ул. Букейханова", "ул. Кунаева", "ул. Валиханова", "ул. Амангельды",
              "ул. Чокина", "мкр. Самал-2, ул. Жолдасбекова"]
STREETS_KK = ["Абай даңғылы", "Қабанбай батыр көшесі", "Төле би көшесі", "Сәтбаев көшесі", "Әуезов көшесі",
              "Жамбыл көшесі", "Байтұрсынов көшесі", "Достық даңғылы", "Райымбек даңғылы",
              "Бауыржан Момышұлы көшесі", "Сейфуллин даңғылы", "Шевченко көшесі", "Пушкин көшесі",
              "Желтоқсан көшесі", "Бейбітшілік көшесі", "Тәуке хан даңғылы", "Абылай хан даңғылы",
              "Қонаев көшесі", "Бөкейхан көшесі", "Шоқан Уәлиханов көшесі"]
STREET_UNMARKED = ["Абая", "Толе би", "Жамбыла", "Сейфуллина", "Гоголя", "Пушкина", "Ауэзова", "Жандосова",
                   "Момышулы", "Шевченко", "Розыбакиева", "Сатпаева", "Кунаева", "Байтурсынова"]
MKR_RU = ["Самал-2", "Аксай-4", "Жетысу-3", "Орбита-1", "Таугуль", "Кокжиек", "Нурсат", "Шугыла", "Мамыр-4",
          "Астана", "Юго-Восток"]
MKR_KK = ["Ақсай-4", "Жетісу-3", "Самал-2", "Нұрсәт", "Шұғыла", "Көкжиек", "Мамыр-4", "Орбита-2", "Қайнар"]


def _house(rng):
    h = str(rng.randint(1, 240))
    if rng.random() < 0.12:
        h += rng.choice(["А", "Б", "/1", "/2", "В"])
    return h


def full_ru(rng):
    s = _set_pick(rng, "city")
    city = s[0]
    st = rng.choice(STREETS_RU)
    h = _house(rng)
    a = rng.randint(1, 180)
    v = rng.randint(0, 6)
    if v == 0:
        txt = "г. %s, %s, д. %s, кв. %d" % (city, st, h, a)
    elif v == 1:
        txt = "%06d, г. %s, %s, %s-%d" % (rng.choice([50000, 10000, 160000, 70000, 100000, 120000]) + rng.randint(0, 60), city, st, h, a)
    elif v == 2:
        txt = "г. %s, %s %s, кв. %d" % (city, st, h, a)
    elif v == 3:
        vil = _set_pick(rng, "village")
        dru, _ = rng.choice(DISTRICTS[11:])
        txt = "Алматинская обл., %s р-н, с. %s, %s, д. %s" % (dru, vil[0], rng.choice(["ул. Мира", "ул. Абая", "ул. Жамбыла", "ул. Школьная"]), h)
    elif v == 4:
        txt = "%s, %s, дом %s, кв. %d" % (city, st, h, a)
    elif v == 5:
        city, dd = rng.choice([("Алматы", DISTRICTS[:8]), ("Астана", DISTRICTS[8:11])])
        txt = "г. %s, %s р-н, %s, д. %s, кв. %d" % (city, rng.choice(dd)[0], st, h, a)
    else:
        txt = "РК, г. %s, %s, %s" % (city, st, h)
    return txt, ["full_postal"]


def full_kk(rng):
    s = _set_pick(rng, "city")
    city = s[3]
    st = rng.choice(STREETS_KK)
    h = rng.randint(1, 240)
    a = rng.randint(1, 180)
    v = rng.randint(0, 5)
    if v == 0:
        txt = "%s қ., %s, %d-үй, %d-пәтер" % (city, st, h, a)
    elif v == 1:
        txt = "%s қаласы, %s, %d үй, %d пәтер" % (city, st, h, a)
    elif v == 2:
        vil = _set_pick(rng, "village")
        _, dkk = rng.choice(DISTRICTS[11:])
        txt = "Алматы облысы, %s ауданы, %s ауылы, %s, %d-үй" % (dkk, vil[3], rng.choice(["Бейбітшілік көшесі", "Абай көшесі", "Жамбыл көшесі", "Мектеп көшесі"]), h)
    elif v == 3:
        txt = "%s қ., %s %d, %d пәт." % (city, st, h, a)
    elif v == 4:
        txt = "%06d, %s қ., %s, %d-үй, %d-пәтер" % (rng.choice([50000, 10000, 160000, 70000]) + rng.randint(0, 60), city, st, h, a)
    else:
        txt = "%s қ., %s, %d/%d" % (city, st, h, a)
    return txt, ["full_postal"]


def street_ru(rng):
    st = rng.choice([x for x in STREETS_RU if not x.startswith("мкр")])
    h = _house(rng)
    if rng.random() < 0.5:
        return "%s, д. %s, кв. %d" % (st, h, rng.randint(1, 150)), ["street_house", "partial"]
    return "%s, %s" % (st, h), ["street_house", "partial"]


def street_kk(rng):
    st = rng.choice(STREETS_KK)
    if rng.random() < 0.5:
        return "%s, %d-үй, %d-пәтер" % (st, rng.randint(1, 200), rng.randint(1, 150)), ["street_house", "partial"]
    return "%s, %d-үй" % (st, rng.randint(1, 200)), ["street_house", "partial"]


def unmarked(rng):
    st = rng.choice(STREET_UNMARKED)
    v = rng.randint(0, 2)
    if v == 0:
        return "%s %s, кв %d" % (st, _house(rng), rng.randint(1, 150)), ["street_unmarked", "partial"]
    if v == 1:
        return "%s %d-%d" % (st, rng.randint(1, 200), rng.randint(1, 150)), ["street_unmarked", "partial"]
    return "%s %s" % (st, _house(rng)), ["street_unmarked", "partial"]


def mkr(rng, script):
    if script == "kk":
        m = rng.choice(MKR_KK)
        v = rng.randint(0, 2)
        if v == 0:
            return "%s ш/а, %d-үй, %d-пәтер" % (m, rng.randint(1, 60), rng.randint(1, 120)), ["partial", "microdistrict"]
        if v == 1:
            return "%s шағын ауданы, %d-үй" % (m, rng.randint(1, 60)), ["partial", "microdistrict"]
        return "%s ш/а %d/%d" % (m, rng.randint(1, 60), rng.randint(1, 120)), ["partial", "microdistrict"]
    m = rng.choice(MKR_RU)
    v = rng.randint(0, 2)
    if v == 0:
        return "мкр. %s, д. %d, кв. %d" % (m, rng.randint(1, 60), rng.randint(1, 120)), ["partial", "microdistrict"]
    if v == 1:
        return "мкр. %s, %d-%d" % (m, rng.randint(1, 60), rng.randint(1, 120)), ["partial", "microdistrict"]
    return "мкр %s, %d" % (m, rng.randint(1, 60)), ["partial", "microdistrict"]


def chain(rng, script, case=None):
    """oblast + district + settlement, no street: one span including markers."""
    vil = _set_pick(rng, "village")
    dru, dkk = rng.choice(DISTRICTS[11:])
    if script == "kk":
        tail = "ауылы"
        forms = ["admin_chain", "multi_word"]
        if case in KK_CASES:
            tail = kk_suffix("ауылы", case)
            forms.append("case_form")
        if rng.random() < 0.5:
            return "Алматы облысы %s ауданы %s %s" % (dkk, vil[3], tail), forms
        return "%s ауданы, %s %s" % (dkk, vil[3], tail), forms
    if case == "prep":
        return "Алматинской области, %sом районе, селе %s" % (dru[:-2], vil[0]), ["admin_chain", "multi_word", "case_form"]
    if rng.random() < 0.5:
        return "Алматинская область, %s район, с. %s" % (dru, vil[0]), ["admin_chain", "multi_word"]
    return "%s р-н, с. %s" % (dru, vil[0]), ["admin_chain", "multi_word"]


def foreign_full(rng, country=None):
    v = rng.randint(0, 3)
    if country == "tr":
        v = 3
    if v == 0:
        return "Республика Узбекистан, г. Ташкент, Юнусабадский р-н, ул. Амира Темура, д. %d, кв. %d" % (rng.randint(1, 120), rng.randint(1, 90)), ["full_postal", "foreign"]
    if v == 1:
        return "Кыргызская Республика, г. Бишкек, ул. Киевская, %d-%d" % (rng.randint(1, 160), rng.randint(1, 90)), ["full_postal", "foreign"]
    if v == 2:
        return "РФ, г. Нижний Новгород, ул. Большая Покровская, д. %d, кв. %d" % (rng.randint(1, 90), rng.randint(1, 60)), ["full_postal", "foreign"]
    return "Türkiye, İstanbul, Kadıköy, Bağdat Cad. No:%d D:%d" % (rng.randint(1, 300), rng.randint(1, 30)), ["full_postal", "foreign"]


WORK_RU = ["ТОО «Береке-Агро»", "АО «Казахтелеком»", "АО «КазТрансОйл»", "ТОО «Алматы Су Сервис»",
           "ИП «Жумабаев»", "КГП «Горводоканал»", "ТОО «Самрук-Строй»", "АО «Қазпошта»", "ТОО «Нур-Транс Логистик»",
           "ГУ «Аппарат акима Талгарского района»", "ТОО «Аксу-Ферросплав Сервис»", "АО «Шымкентцемент»",
           "ТОО «Жетысу Агро»", "ТОО «Магнум Кэш энд Керри»"]
WORK_KK = ["«Қазпошта» АҚ", "«Береке-Агро» ЖШС", "«Ақтөбе мұнай» АҚ", "«Жетісу Агро» ЖШС", "«Қазақтелеком» АҚ",
           "Талғар ауданы әкімінің аппараты ММ", "«Алатау Жарық Компаниясы» АҚ", "«Нұр-Тас» ЖШС",
           "«Шымкент су ресурстары» ЖШС", "Қарасай аудандық ауруханасы ШЖҚ МКК"]
SCHOOL_RU = ["КГУ «Средняя школа № 25»", "ГККП «Ясли-сад «Балапан»»", "КГУ «Гимназия № 12»",
             "Талгарский аграрно-технический колледж", "Университет «Туран»", "ГККП «Детский сад № 47»",
             "КГУ «Школа-лицей № 8»"]
SCHOOL_KK = ["№ 12 жалпы білім беретін мектеп КММ", "«Балапан» бөбекжай-бақшасы МКҚК",
             "№ 5 гимназия КММ", "Қызылорда политехникалық колледжі", "«Тұран» университеті",
             "№ 134 мектеп-гимназия КММ", "Талғар көпсалалы колледжі"]


def workplace(rng, script, school=False):
    if school:
        return rng.choice(SCHOOL_KK if script == "kk" else SCHOOL_RU), ["workplace", "school"]
    return rng.choice(WORK_KK if script == "kk" else WORK_RU), ["workplace"]


# ------------------------------------------------------------------ phones
MOB = ["700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778"]


def _d(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _lead(rng, n):
    return str(rng.randint(2, 9)) + _d(rng, n - 1)


def phone(rng, cls):
    if cls == "any":
        cls = rng.choice(["local", "local", "mob", "mob", "land", "for"])
    if cls == "local":
        v = rng.choice(["122", "222", "322", "321", "33", "c6", "c7", "s222", "s322", "d222", "122", "222", "322"])
        if v == "122":
            return "%s-%s-%s" % (_lead(rng, 1), _d(rng, 2), _d(rng, 2)), ["local", "grouped_1_2_2"]
        if v == "222":
            return "%s-%s-%s" % (_lead(rng, 2), _d(rng, 2), _d(rng, 2)), ["local", "grouped_2_2_2"]
        if v == "322":
            return "%s-%s-%s" % (_lead(rng, 3), _d(rng, 2), _d(rng, 2)), ["local", "grouped_3_2_2"]
        if v == "321":
            return "%s-%s-%s" % (_lead(rng, 3), _d(rng, 2), _d(rng, 1)), ["local", "grouped_3_2_1"]
        if v == "33":
            return "%s-%s" % (_lead(rng, 3), _d(rng, 3)), ["local", "grouped_3_3"]
        if v == "c6":
            return _lead(rng, 6), ["local", "compact"]
        if v == "c7":
            return _lead(rng, 7), ["local", "compact"]
        if v == "s222":
            return "%s %s %s" % (_lead(rng, 2), _d(rng, 2), _d(rng, 2)), ["local", "spaced"]
        if v == "s322":
            return "%s %s %s" % (_lead(rng, 3), _d(rng, 2), _d(rng, 2)), ["local", "spaced"]
        return "%s.%s.%s" % (_lead(rng, 2), _d(rng, 2), _d(rng, 2)), ["local", "dotted"]
    if cls == "mob":
        c = rng.choice(MOB)
        a, b, e = _d(rng, 3), _d(rng, 2), _d(rng, 2)
        v = rng.randint(0, 9)
        return [("+7 %s %s %s %s" % (c, a, b, e), ["plus7", "spaced"]),
                ("+7(%s)%s-%s-%s" % (c, a, b, e), ["plus7"]),
                ("+7%s%s%s%s" % (c, a, b, e), ["plus7", "compact"]),
                ("+7-%s-%s-%s-%s" % (c, a, b, e), ["plus7"]),
                ("8 %s %s %s %s" % (c, a, b, e), ["eight", "spaced"]),
                ("8(%s)%s-%s-%s" % (c, a, b, e), ["eight"]),
                ("8%s%s%s%s" % (c, a, b, e), ["eight", "compact"]),
                ("8-%s-%s-%s%s" % (c, a, b, e), ["eight"]),
                ("8.%s.%s.%s.%s" % (c, a, b, e), ["eight", "dotted"]),
                ("+7 (%s) %s %s %s" % (c, a, b, e), ["plus7", "spaced"])][v]
    if cls == "land":
        city, code = rng.choice(list(KZ_CITY_CODES.items()))
        n = 10 - len(code)
        num = _lead(rng, n)
        if n == 7:
            g = "%s-%s-%s" % (num[:3], num[3:5], num[5:])
        elif n == 6:
            g = "%s-%s-%s" % (num[:2], num[2:4], num[4:])
        else:
            g = "%s-%s-%s" % (num[:1], num[1:3], num[3:])
        v = rng.randint(0, 3)
        return [("8 (%s) %s" % (code, g), ["eight", "landline"]),
                ("+7 %s %s" % (code, g.replace("-", " ")), ["plus7", "landline", "spaced"]),
                ("(%s) %s" % (code, g), ["landline"]),
                ("8-%s-%s" % (code, g), ["eight", "landline"])][v]
    # foreign
    v = rng.randint(0, 4)
    if v == 0:
        return "+998 %s %s %s %s" % (rng.choice(["90", "91", "93", "97"]), _d(rng, 3), _d(rng, 2), _d(rng, 2)), ["foreign"]
    if v == 1:
        return "+996 %s %s %s" % (rng.choice(["555", "700", "772"]), _d(rng, 3), _d(rng, 3)), ["foreign"]
    if v == 2:
        return "+90 %s %s %s %s" % (rng.choice(["532", "542", "505"]), _d(rng, 3), _d(rng, 2), _d(rng, 2)), ["foreign"]
    if v == 3:
        return "+7 9%s %s-%s-%s" % (_d(rng, 2), _d(rng, 3), _d(rng, 2), _d(rng, 2)), ["foreign", "plus7"]
    return "+7 (9%s) %s-%s-%s" % (_d(rng, 2), _d(rng, 3), _d(rng, 2), _d(rng, 2)), ["foreign", "plus7"]


# ------------------------------------------------------------------ e-mail
MAIL_DOM = ["mail.ru", "gmail.com", "inbox.kz", "yandex.kz", "bk.ru", "list.ru", "mail.kz"]
INST_MAIL = ["priemnaya@gkb4.kz", "registratura@gp5-almaty.kz", "smp.talgar@mail.kz", "stat@bsmp.kz",
             "dms.claims@insur-centras.kz", "vkk_gp12@med.kz", "kense@crb-karasay.kz", "lab@olymp-lab.kz",
             "sotsial@akimat-taldykorgan.kz", "info@dnevnoi-stacionar.kz", "osms@fms.kz", "rentgen@okb-kzo.kz"]


def email(rng, kind, person=None):
    if kind == "i" or person is None:
        return rng.choice(INST_MAIL), ["institutional"]
    s = translit(person.sur["ru"]).lower()
    g = translit(person.given["ru"]).lower()
    v = rng.randint(0, 3)
    loc = [g + "." + s, s + "_" + g[0], g + s[:3] + str(rng.randint(70, 99)), s + str(rng.randint(1, 999))][v]
    loc = loc.replace("'", "")
    return loc + "@" + rng.choice(MAIL_DOM), ["personal"]


# ------------------------------------------------------------------ record and document numbers
LET = "АБВКМНРСТ"


def record_id(rng, kind, base):
    yy = "%02d" % (base.year % 100)
    n = rng.randint(1, 99999)
    v = rng.randint(0, 4)
    f = [kind]
    if kind == "ambulance_call":
        opts = [("%s/%d" % (yy, rng.randint(100, 9999)), ["slash"]),
                ("%s-%06d" % (rng.choice("АБВК"), rng.randint(1, 99999)), ["letter_prefix"]),
                ("%d" % rng.randint(100, 99999), ["plain"]),
                ("%04d/%s" % (rng.randint(1, 9999), yy), ["slash"]),
                ("%s %03d" % (rng.randint(1, 99), rng.randint(0, 999)), ["spaced"])]
    elif kind == "hospitalisation":
        opts = [("%d/%s" % (rng.randint(100, 19999), yy), ["slash"]),
                ("%d" % rng.randint(1000, 99999), ["plain"]),
                ("%s-%05d" % (rng.choice("СТК"), n), ["letter_prefix"]),
                ("%d %03d" % (rng.randint(1, 99), rng.randint(0, 999)), ["spaced"]),
                ("%d-%s" % (rng.randint(100, 19999), yy), ["dashed"])]
    elif kind == "outpatient_card":
        opts = [("%02d-%03d" % (rng.randint(1, 99), rng.randint(0, 999)), ["dashed"]),
                ("%s-%04d" % (rng.choice(LET), rng.randint(1, 9999)), ["letter_prefix"]),
                ("%06d" % n, ["plain"]),
                ("%d/%d" % (rng.randint(1, 30), rng.randint(100, 9999)), ["slash"]),
                ("%03d %03d" % (rng.randint(1, 999), rng.randint(0, 999)), ["spaced"])]
    elif kind == "operation_protocol":
        opts = [("%d" % rng.randint(1, 2999), ["plain"]), ("%d/%s" % (rng.randint(1, 2999), yy), ["slash"]),
                ("ОП-%04d" % rng.randint(1, 9999), ["letter_prefix"]), ("%s-%d" % (yy, rng.randint(1, 2999)), ["dashed"]),
                ("%d/%s" % (rng.randint(1, 2999), yy), ["slash"])]
    elif kind == "xray":
        opts = [("%d" % rng.randint(100, 9999), ["plain"]), ("%d/%s" % (rng.randint(1, 9999), yy), ["slash"]),
                ("Р-%05d" % n, ["letter_prefix"]), ("М-%04d" % rng.randint(1, 9999), ["letter_prefix"]),
                ("КТ-%s-%04d" % (yy, rng.randint(1, 9999)), ["letter_prefix", "dashed"])]
    else:  # lab
        opts = [("%s%02d%02d-%04d" % (yy, base.month, base.day, rng.randint(1, 9999)), ["dashed"]),
                ("Л-%05d" % n, ["letter_prefix"]), ("%d" % rng.randint(1000, 99999), ["plain"]),
                ("%04d %04d %02d" % (rng.randint(0, 9999), rng.randint(0, 9999), rng.randint(0, 99)), ["barcode", "spaced"]),
                ("%s%02d%d" % (yy, base.month, rng.randint(100000, 999999)), ["barcode"])]
    t, ff = opts[v]
    return t, f + ff


def doc_id(rng, kind):
    if kind == "idc":
        t = "%09d" % rng.randint(10000000, 99999999)
        if rng.random() < 0.2:
            t = t[:3] + " " + t[3:6] + " " + t[6:]
            return t, ["id_card", "spaced"]
        return t, ["id_card"]
    if kind == "pkz":
        return "N%08d" % rng.randint(1000000, 99999999), ["passport", "kz"]
    if kind == "pru":
        a = "%02d %02d %06d" % (rng.randint(1, 99), rng.randint(0, 24), rng.randint(0, 999999))
        return (a if rng.random() < 0.6 else a.replace(" ", "", 1)), ["passport", "russian"]
    if kind == "puz":
        return "%s%s%07d" % (rng.choice(["AA", "AB", "FA", "AC"]), rng.choice(["", " "]), rng.randint(0, 9999999)), ["passport", "uzbek"]
    if kind == "pkg":
        return "%s%s%07d" % (rng.choice(["AC", "AN", "ID"]), rng.choice(["", " "]), rng.randint(0, 9999999)), ["passport", "kyrgyz"]
    if kind == "pol":
        v = rng.randint(0, 4)
        return [("%02d-ДМС-%06d" % (rng.randint(19, 25), rng.randint(0, 999999)), ["policy", "dashed"]),
                ("%04d-%06d" % (rng.randint(0, 9999), rng.randint(0, 999999)), ["policy", "dashed"]),
                ("KZ/ДМС/%d/%05d" % (rng.randint(2019, 2025), rng.randint(0, 99999)), ["policy", "slash"]),
                ("П-%08d" % rng.randint(0, 99999999), ["policy", "letter_prefix"]),
                ("%03d %03d %04d" % (rng.randint(0, 999), rng.randint(0, 999), rng.randint(0, 9999)), ["policy", "spaced"])][v]
    if kind == "sl":
        v = rng.randint(0, 4)
        return [("%07d" % rng.randint(0, 9999999), ["sick_leave"]),
                ("ЛН-%02d-%07d" % (rng.randint(19, 25), rng.randint(0, 9999999)), ["sick_leave", "letter_prefix"]),
                ("%03d %04d" % (rng.randint(0, 999), rng.randint(0, 9999)), ["sick_leave", "spaced"]),
                ("%02d/%05d" % (rng.randint(19, 25), rng.randint(0, 99999)), ["sick_leave", "slash"]),
                ("%06d" % rng.randint(0, 999999), ["sick_leave"])][v]
    if kind == "plate":
        L = "ABCDEHKMOPTXYZ"
        d3 = "%03d" % rng.randint(1, 999)
        l3 = "".join(rng.choice(L) for _ in range(3))
        l2 = "".join(rng.choice(L) for _ in range(2))
        reg = "%02d" % rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18])
        v = rng.randint(0, 3)
        return [("%s %s %s" % (d3, l3, reg), ["vehicle_plate"]), ("%s%s%s" % (d3, l3, reg), ["vehicle_plate", "compact"]),
                ("%s %s %s" % (d3, l2, reg), ["vehicle_plate"]),
                ("%s %s %s" % (rng.choice("ABDEHKLMNPRSTXZ"), d3, l3), ["vehicle_plate", "old_format"])][v]
    if kind == "bin":
        return make_bin(rng), ["bin"]
    if kind == "bc":
        v = rng.randint(0, 2)
        return [("%07d" % rng.randint(0, 9999999), ["birth_certificate"]),
                ("%s-%s %06d" % (rng.choice(["I", "II", "III"]), rng.choice(["ЖК", "АЛ", "ОҚ", "КЗ"]), rng.randint(0, 999999)), ["birth_certificate", "series"]),
                ("%d%02d%06d" % (rng.randint(0, 9), rng.randint(0, 99), rng.randint(0, 999999)), ["birth_certificate"])][v]
    raise ValueError(kind)


# ------------------------------------------------------------------ dates
def _dmy(d):
    return "%02d.%02d.%04d" % (d.day, d.month, d.year)


def _kk_mon_case(m, case):
    return kk_suffix(KK_MON[m - 1], case)


def date_text(rng, d, fmt):
    """single-span dates -> (text, forms)."""
    D, M, Y = d.day, d.month, d.year
    if fmt == "num":
        if rng.random() < 0.15:
            return "%d.%02d.%04d" % (D, M, Y), ["numeric"]
        return _dmy(d), ["numeric"]
    if fmt == "num2":
        return "%02d.%02d.%02d" % (D, M, Y % 100), ["numeric", "two_digit_year"]
    if fmt == "sl":
        return "%02d/%02d/%04d" % (D, M, Y), ["numeric"]
    if fmt == "ru":
        return "%d %s %d" % (D, RU_MON_GEN[M - 1], Y), ["words_ru"]
    if fmt == "kk":
        return "%d жылғы %d %s" % (Y, D, KK_MON[M - 1]), ["words_kk"]
    if fmt == "kkabbr":
        return "%d ж. %d %s" % (Y, D, KK_MON[M - 1]), ["words_kk"]
    if fmt == "kk2":
        return "%d %s %d" % (D, KK_MON[M - 1], Y), ["words_kk"]
    if fmt in ("kkloc", "kkabl", "kkdat", "kkgenc"):
        case = {"kkloc": "kloc", "kkabl": "kabl", "kkdat": "kdat", "kkgenc": "kgen"}[fmt]
        return "%d жылғы %d %s" % (Y, D, _kk_mon_case(M, case)), ["words_kk", "case_form"]
    if fmt in ("kkloc_ny", "kkabl_ny", "kkdat_ny"):
        case = {"kkloc_ny": "kloc", "kkabl_ny": "kabl", "kkdat_ny": "kdat"}[fmt]
        return "%d %s" % (D, _kk_mon_case(M, case)), ["words_kk", "case_form", "no_year"]
    if fmt == "kkgen":
        return "%s %s" % (_kk_mon_case(M, "kgen"), kk_num_poss(D)), ["words_kk", "no_year", "case_form"]
    if fmt == "kkgeny":
        return "%d жылғы %s %s" % (Y, _kk_mon_case(M, "kgen"), kk_num_poss(D)), ["words_kk", "case_form"]
    if fmt == "roman":
        return "%d.%s.%d" % (D, ROMAN[M - 1], Y), ["roman"]
    if fmt == "iso":
        return "%04d-%02d-%02d" % (Y, M, D), ["iso"]
    if fmt == "noyr_ru":
        return "%d %s" % (D, RU_MON_GEN[M - 1]), ["words_ru", "no_year"]
    if fmt == "noyr_num":
        return "%02d.%02d" % (D, M), ["numeric", "no_year"]
    if fmt == "noyr_kk":
        return "%d %s" % (D, KK_MON[M - 1]), ["words_kk", "no_year"]
    if fmt == "my_ru":
        return "%s %d" % (RU_MON_NOM[M - 1], Y), ["month_year", "words_ru"]
    if fmt == "my_ruprep":
        return "%s %d" % (RU_MON_PREP[M - 1], Y), ["month_year", "words_ru", "case_form"]
    if fmt == "my_num":
        return "%02d.%04d" % (M, Y), ["month_year", "numeric"]
    if fmt == "my_kk":
        return "%d жылғы %s" % (Y, _kk_mon_case(M, "kloc")), ["month_year", "words_kk", "case_form"]
    if fmt == "ocr":
        s = _dmy(d)
        v = rng.randint(0, 4)
        if v == 0:
            s = s[0] + " " + s[1:]
        elif v == 1:
            s = s[:2] + " " + s[2:]
        elif v == 2:
            s = s[:3] + " " + s[3:]
        elif v == 3:
            s = s[:6] + " " + s[6:]
        else:
            s = s[:4] + " " + s[4:]
        return s, ["numeric", "ocr_split"]
    if fmt == "ocr2":
        s = "%02d.%02d.%02d" % (D, M, Y % 100)
        return s[:2] + " " + s[2:], ["numeric", "two_digit_year", "ocr_split"]
    # ---- one-token ranges; d is the start
    if fmt.startswith("r_"):
        D1 = min(D, 16)
        L = rng.randint(3, 12)
        D2 = D1 + L
        dash = rng.choice(["–", "-", "—", "–"])
        if fmt == "r_num":
            return "%02d%s%02d.%02d.%04d" % (D1, dash, D2, M, Y), ["range", "numeric"]
        if fmt == "r_num2":
            return "%d%s%d.%02d.%02d" % (D1, dash, D2, M, Y % 100), ["range", "numeric", "two_digit_year"]
        if fmt == "r_ru":
            if rng.random() < 0.5:
                return "%d%s%d %s" % (D1, dash, D2, RU_MON_GEN[M - 1]), ["range", "words_ru", "no_year"]
            return "%d%s%d %s %d" % (D1, dash, D2, RU_MON_GEN[M - 1], Y), ["range", "words_ru"]
        if fmt == "r_po":  # template writes "с " before it
            if rng.random() < 0.6:
                return "%d по %d %s %d" % (D1, D2, RU_MON_GEN[M - 1], Y), ["range", "words_ru"]
            return "%d по %d %s" % (D1, D2, RU_MON_GEN[M - 1]), ["range", "words_ru", "no_year"]
        if fmt == "r_mm":
            if rng.random() < 0.5:
                return "%02d.%02d-%02d.%02d.%02d" % (D1, M, D2, M, Y % 100), ["range", "numeric", "two_digit_year"]
            return "%02d.%02d%s%02d.%02d.%04d" % (D1, M, dash, D2, M, Y), ["range", "numeric"]
        if fmt == "r_kk":  # template writes " аралығында"
            return "%d-%d %s" % (D1, D2, KK_MON[M - 1]), ["range", "words_kk", "no_year"]
        if fmt == "r_kky":
            return "%d жылғы %d-%d %s" % (Y, D1, D2, KK_MON[M - 1]), ["range", "words_kk"]
        if fmt == "r_kkloc":
            return "%d жылғы %d-%d %s" % (Y, D1, D2, _kk_mon_case(M, "kloc")), ["range", "words_kk", "case_form"]
        if fmt == "r_kknum":  # 12-19.03.2024 ж. аралығында
            return "%02d-%02d.%02d.%04d" % (D1, D2, M, Y), ["range", "numeric"]
    raise ValueError(fmt)


# ------------------------------------------------------------------ ages
def ru_years_word(n):
    if n % 100 in (11, 12, 13, 14):
        return "лет"
    if n % 10 == 1:
        return "год"
    if n % 10 in (2, 3, 4):
        return "года"
    return "лет"


def age_text(rng, n, fmt, gender="m"):
    """ages; returns (text, forms). Caller marks only when n > 89."""
    if fmt == "num":
        return str(n), ["number_only"]
    if fmt == "g":
        return "%d г." % n, ["ru_unit", "abbrev_unit"]
    if fmt == "l":
        return "%d л." % n, ["ru_unit", "abbrev_unit"]
    if fmt == "ru":
        return "%d %s" % (n, ru_years_word(n)), ["ru_unit"]
    if fmt == "goda":  # after "в возрасте" -> genitive: 91 года, 95 лет
        w = "года" if (n % 10 == 1 and n % 100 != 11) else "лет"
        return "%d %s" % (n, w), ["ru_unit", "after_cue"]
    if fmt == "letn":
        return "%d-%s" % (n, "летний" if gender == "m" else "летняя"), ["ru_unit", "hyphen_adjective"]
    if fmt == "letn_gen":
        return "%d-%s" % (n, "летнего" if gender == "m" else "летней"), ["ru_unit", "hyphen_adjective", "case_form"]
    if fmt == "letn_acc":
        return "%d-%s" % (n, "летнего" if gender == "m" else "летнюю"), ["ru_unit", "hyphen_adjective", "case_form"]
    if fmt == "letn_ins":
        return "%d-%s" % (n, "летним" if gender == "m" else "летней"), ["ru_unit", "hyphen_adjective", "case_form"]
    if fmt == "letn_dat":
        return "%d-%s" % (n, "летнему" if gender == "m" else "летней"), ["ru_unit", "hyphen_adjective", "case_form"]
    if fmt == "kk":
        return "%d жаста" % n, ["kk_unit", "case_form"]
    if fmt == "kkt":
        return "%d жастағы" % n, ["kk_unit", "case_form"]
    if fmt == "kkj":
        return "%d жас" % n, ["kk_unit"]
    if fmt == "kkr":
        return "%d жасар" % n, ["kk_unit"]
    if fmt == "kkqa":
        return "%d жасқа" % n, ["kk_unit", "case_form"]
    if fmt == "kkde":  # after "жасы "
        return kk_num_case(n, "kloc"), ["number_only", "case_form"]
    if fmt == "kknan":
        return kk_num_case(n, "kabl"), ["number_only", "case_form"]
    if fmt == "kkge":
        return kk_num_case(n, "kdat"), ["number_only", "case_form"]
    if fmt == "kkzh":  # "жасы: 92 жас"
        return "%d жыл" % n, ["kk_unit"]
    raise ValueError(fmt)
