#!/usr/bin/env python3
"""Blind held-out evaluation set for the medadapt de-identification engine.

Kazakhstan hospital records in Russian, Kazakh and mixed Russian/Kazakh text.
Everything here (templates, value pools, formats) was written from scratch for
this set, without reading the generator or the detector that it will measure.

Held-out: never used to tune rules. Measure only.

Rebuild:  python3 datasets/deid_heldout/build.py
Output :  records.jsonl and README.md next to this file.
Standard library only, fixed seed, deterministic.
"""
import calendar
import datetime as dt
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

SEED = 7310452
N_RECORDS = 520
OUT_DIR = os.path.dirname(os.path.abspath(__file__))

LABELS = ("NAME", "IIN", "PHONE", "EMAIL", "DATE", "AGE", "ADDRESS", "RECORD_ID", "DOC_ID")
STYLES = ("discharge_summary", "operative_note", "referral_letter", "his_printout",
          "nurse_note", "consultation", "sick_leave_form")

# ---------------------------------------------------------------------------
# Orthography helpers
# ---------------------------------------------------------------------------
KK2RU = str.maketrans({"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у",
                       "һ": "х", "і": "и", "Ә": "А", "Ғ": "Г", "Қ": "К", "Ң": "Н", "Ө": "О",
                       "Ұ": "У", "Ү": "У", "Һ": "Х", "І": "И"})


def kk2ru(s):
    return s.translate(KK2RU)


LAT = {"а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e",
       "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n",
       "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u",
       "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
       "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya", "-": "-", " ": " "}


def translit(s):
    out = []
    for i, ch in enumerate(s.lower()):
        if ch == "е" and (i == 0 or s[i - 1] in " -"):
            out.append("ye")
        else:
            out.append(LAT.get(ch, ch))
    return "".join(out)


# Kazakh case endings (vowel harmony + consonant class of the last letter)
KBACK = set("аоұыяё")
KFRONT = set("әөүіеиэю")
KVOW = KBACK | KFRONT


def k_front(w, root_rule=True):
    lw = w.lower()
    if not root_rule:
        pass
    elif lw.endswith("ов"):
        lw = lw[:-2]
    elif lw.endswith(("ев", "ин")):
        return True
    for ch in reversed(lw):
        if ch in KBACK or ch == "у":
            return False
        if ch in KFRONT:
            return True
    return False


def k_class(w):
    c = w[-1].lower()
    if c in KVOW:
        return "V"
    if c in "мнң":
        return "N"
    if c in "лрйу":
        return "S"
    if c in "жз":
        return "Z"
    return "T"


KSUFF = {
    "kdat": {"V": ("ға", "ге"), "N": ("ға", "ге"), "S": ("ға", "ге"), "Z": ("ға", "ге"), "T": ("қа", "ке")},
    "kloc": {"V": ("да", "де"), "N": ("да", "де"), "S": ("да", "де"), "Z": ("да", "де"), "T": ("та", "те")},
    "kabl": {"V": ("дан", "ден"), "N": ("нан", "нен"), "S": ("дан", "ден"), "Z": ("дан", "ден"), "T": ("тан", "тен")},
    "kgen": {"V": ("ның", "нің"), "N": ("ның", "нің"), "S": ("дың", "дің"), "Z": ("дың", "дің"), "T": ("тың", "тің")},
    "kacc": {"V": ("ны", "ні"), "N": ("ды", "ді"), "S": ("ды", "ді"), "Z": ("ды", "ді"), "T": ("ты", "ті")},
    "kins": {"V": ("мен", "мен"), "N": ("мен", "мен"), "S": ("мен", "мен"), "Z": ("бен", "бен"), "T": ("пен", "пен")},
}
KPOSS = {"kdat": ("на", "не"), "kloc": ("нда", "нде"), "kabl": ("нан", "нен"),
         "kgen": ("ның", "нің"), "kacc": ("н", "н"), "kins": ("мен", "мен")}
KK_CASES = set(KSUFF)
TURKIC = {"kz", "uzb", "uyg", "tat", "tur", "dun"}
RU_CASES = {"gen", "dat", "ins", "acc"}


def kcase(w, case, root_rule=True):
    return w + KSUFF[case][k_class(w)][1 if k_front(w, root_rule) else 0]


def kcase_poss(w, case):
    """Case on a possessive form (ұлы, қызы, 12-сі): pronominal n."""
    return w + KPOSS[case][1 if k_front(w) else 0]


RU_CONS = set("бвгджзклмнпрстфхцчшщ")


def ru_case(s, sex, case):
    if sex == "m":
        if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
            return s + {"gen": "а", "acc": "а", "dat": "у", "ins": "ым"}[case]
        if s.endswith("ский"):
            return s[:-2] + {"gen": "ого", "acc": "ого", "dat": "ому", "ins": "им"}[case]
        if s.endswith(("ой", "ай", "ей")):
            return s[:-1] + {"gen": "я", "acc": "я", "dat": "ю", "ins": "ем"}[case]
        if s[-1] in RU_CONS:
            ins = "ем" if s[-1] in "жшчщц" else "ом"
            return s + {"gen": "а", "acc": "а", "dat": "у", "ins": ins}[case]
        return s
    if s.endswith(("ова", "ева", "ёва", "ина", "ына")):
        return s[:-1] + {"gen": "ой", "acc": "у", "dat": "ой", "ins": "ой"}[case]
    if s.endswith("ская"):
        return s[:-2] + {"gen": "ой", "acc": "ую", "dat": "ой", "ins": "ой"}[case]
    return s


def ru_patr(father, sex):
    if father.endswith("ь"):
        return father[:-1] + ("евич" if sex == "m" else "евна")
    if father[-1] in "аеиоуыэ":
        return father + ("евич" if sex == "m" else "евна")
    if father[-1] in "жшчщц":
        return father + ("евич" if sex == "m" else "евна")
    return father + ("ович" if sex == "m" else "овна")


def ru_years(n):
    if n % 10 == 1 and n % 100 != 11:
        return "год"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "года"
    return "лет"


def ru_years_gen(n):
    return "года" if (n % 10 == 1 and n % 100 != 11) else "лет"


# ---------------------------------------------------------------------------
# Value pools (written for this set)
# ---------------------------------------------------------------------------
RU_M = ["Александр", "Сергей", "Андрей", "Дмитрий", "Алексей", "Михаил", "Владимир", "Николай",
        "Игорь", "Евгений", "Виктор", "Олег", "Павел", "Юрий", "Константин", "Максим", "Иван",
        "Артём", "Денис", "Роман", "Геннадий", "Валерий"]
RU_F = ["Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Анна", "Мария", "Людмила",
        "Галина", "Екатерина", "Юлия", "Валентина", "Надежда", "Оксана", "Марина", "Лариса", "Вера"]
RU_PATR = [("Александрович", "Александровна"), ("Сергеевич", "Сергеевна"), ("Викторович", "Викторовна"),
           ("Николаевич", "Николаевна"), ("Владимирович", "Владимировна"), ("Петрович", "Петровна"),
           ("Иванович", "Ивановна"), ("Юрьевич", "Юрьевна"), ("Михайлович", "Михайловна"),
           ("Анатольевич", "Анатольевна"), ("Геннадьевич", "Геннадьевна"), ("Олегович", "Олеговна"),
           ("Андреевич", "Андреевна"), ("Васильевич", "Васильевна"), ("Дмитриевич", "Дмитриевна"),
           ("Борисович", "Борисовна")]
RU_SUR = ["Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Васильев", "Новиков", "Фёдоров",
          "Морозов", "Никитин", "Соловьёв", "Степанов", "Павлов", "Семёнов", "Макаров", "Андреев",
          "Захаров", "Тарасов", "Белов", "Ковалёв", "Комаров", "Ершов", "Медведев", "Миронов",
          "Широков", "Ковальский", "Данилов", "Рябинин"]
EPONYM_RU = ["Волков", "Богданов", "Боткин", "Сорокин", "Орлов", "Лебедев", "Зайцев", "Гусев",
             "Козлов", "Илизаров", "Пирогов", "Бехтерев"]
EPONYM_GER = ["Вебер", "Кох", "Киршнер"]
EPONYM_ALL = set(EPONYM_RU) | set(EPONYM_GER)

KZ_M = ["Ерлан", "Нұрлан", "Бауыржан", "Қайрат", "Серік", "Асхат", "Дәурен", "Ержан", "Мұрат",
        "Талғат", "Арман", "Дамир", "Бекзат", "Ғалым", "Жандос", "Әлібек", "Нұрсұлтан", "Ақжол",
        "Болат", "Марат", "Қанат", "Сәкен", "Айдос", "Ернар", "Мейрам", "Темірлан", "Жасұлан",
        "Бақытжан", "Ермек", "Азамат", "Абай", "Өмірзақ"]
KZ_F = ["Айгерім", "Гүлнар", "Жанар", "Әсем", "Динара", "Айжан", "Ботагөз", "Сәуле", "Меруерт",
        "Гүлжан", "Ақмарал", "Салтанат", "Жұлдыз", "Назерке", "Аружан", "Мадина", "Нұргүл",
        "Күләш", "Бақытгүл", "Гүлмира", "Айнұр", "Раушан", "Зәуре", "Ұлжан", "Перизат", "Сандуғаш",
        "Ләззат", "Шынар"]
KZ_FATHERS = ["Нұрлан", "Болат", "Серік", "Қайрат", "Ержан", "Мұрат", "Талғат", "Бауыржан",
              "Асқар", "Жақсылық", "Нұрмахан", "Қуаныш", "Ерболат", "Сейіт", "Мақсат", "Ғабит",
              "Тұрсын", "Омар", "Жанат", "Бекболат", "Ислам", "Дәулет", "Рахат"]
KZ_SUR = ["Жұмабеков", "Сейтқалиев", "Есенов", "Нұрмағамбетов", "Әбдірахманов", "Төлеуов",
          "Серікбаев", "Қасымов", "Омаров", "Бейсенов", "Тоқтаров", "Ахметов", "Мұқанов",
          "Сәрсенбаев", "Жақыпов", "Ибраев", "Оспанов", "Қалиев", "Исабеков", "Байжанов",
          "Смағұлов", "Мұратов", "Әлімжанов", "Бекмұханбетов", "Дүйсенов", "Ержанов",
          "Қуанышев", "Темірбеков", "Шәріпов", "Нұрпейісов", "Әбенов", "Жанқожаев", "Түсіпбеков",
          "Рысқұлов", "Есімов", "Иманғалиев", "Кенжебаев", "Үмбетов", "Өтегенов", "Баймұхамедов",
          "Тоқтарұлы", "Серікбайұлы", "Әбілқасымов", "Сүлейменов"]

KOR_SUR = ["Ким", "Ли", "Пак", "Цой", "Тен", "Хан", "Огай", "Югай", "Нам", "Кан", "Пян"]
GER_SUR = ["Шмидт", "Гейдебрехт", "Вагнер", "Ройтер", "Миллер", "Фризен", "Нейфельд", "Классен",
           "Гофман", "Шефер", "Дик", "Гейнц"]
GER_M = ["Андрей", "Виктор", "Александр", "Роберт", "Вальдемар", "Генрих", "Эдуард", "Артур", "Яков"]
GER_F = ["Ирма", "Эльза", "Эмма", "Ирина", "Лидия", "Эрна", "Ольга", "Амалия"]
GER_PATR = [("Генрихович", "Генриховна"), ("Робертович", "Робертовна"), ("Вальдемарович", "Вальдемаровна"),
            ("Эдуардович", "Эдуардовна"), ("Яковлевич", "Яковлевна"), ("Давидович", "Давидовна"),
            ("Иоганнесович", "Иоганнесовна")]
UKR_SUR = ["Бойко", "Шевченко", "Ткаченко", "Кравчук", "Гребенщиков", "Коваленко", "Мельник",
           "Бондаренко", "Савчук", "Литвиненко", "Ковальчук", "Поліщук"]
UZB_SUR = ["Юлдашев", "Рахимов", "Турсунов", "Абдуллаев", "Каримов", "Усманов", "Мирзаев", "Хакимов"]
UZB_M = ["Бахтиёр", "Фарход", "Рустам", "Шерзод", "Улугбек", "Жасур", "Азиз", "Отабек"]
UZB_F = ["Дильноза", "Гульнора", "Нилуфар", "Малика", "Шахноза", "Зарина", "Феруза"]
UZB_FATHERS = ["Фарход", "Рустам", "Шавкат", "Баходир", "Ильхом", "Анвар", "Равшан"]
UYG_SUR = ["Мамутов", "Хасанов", "Нурмухаммедов", "Юсупов", "Масимов", "Турдиев", "Розиев", "Исмаилов"]
UYG_M = ["Азат", "Дилмурат", "Тахир", "Ильшат", "Адил", "Мухтар", "Ерфан"]
UYG_F = ["Патигул", "Рейхангуль", "Мукаррам", "Гулмира", "Зулфия", "Назугум"]
UYG_FATHERS = ["Ахмет", "Турсун", "Абдулла", "Кадыр", "Махмут", "Рахман"]
TAT_SUR = ["Хабибуллин", "Галиев", "Сафин", "Гарипов", "Зарипов", "Валиев", "Шарипов", "Ахмадуллин"]
TAT_M = ["Ринат", "Рустем", "Ильдар", "Рамиль", "Марат", "Айдар", "Фарит"]
TAT_F = ["Альфия", "Гульнара", "Лилия", "Венера", "Эльвира", "Гузель", "Резеда"]
TAT_FATHERS = ["Ринат", "Ильдар", "Рашид", "Фарид", "Рамиль", "Равиль", "Шамиль"]
TUR_SUR = ["Мамедов", "Ибрагимов", "Гасанов", "Алиев", "Ахмедов"]
TUR_M = ["Февзи", "Кемал", "Ахмед", "Юсуф", "Исмет"]
TUR_F = ["Айше", "Фатма", "Зейнеп", "Лейла", "Гюльнара"]
TUR_FATHERS = ["Юсуф", "Ахмед", "Кемал", "Рашид", "Исмет"]
DUN_SUR = ["Сушанло", "Ван", "Дауров", "Ясыр", "Хаджиев", "Мансуров"]
DUN_M = ["Ислам", "Мансур", "Юсуп", "Абдулла", "Хасан"]
DUN_F = ["Фатима", "Айша", "Зульфия", "Хадижат"]
DUN_FATHERS = ["Юсуп", "Мансур", "Ислам", "Хасан", "Мухаммед"]

GROUPS = {
    "kz": dict(w=0.50, sur=KZ_SUR, m=KZ_M, f=KZ_F, fathers=KZ_FATHERS, patr="kz"),
    "ru": dict(w=0.19, sur=RU_SUR, m=RU_M, f=RU_F, patr="list", plist=RU_PATR),
    "kor": dict(w=0.06, sur=KOR_SUR, m=RU_M, f=RU_F, patr="list", plist=RU_PATR),
    "ger": dict(w=0.05, sur=GER_SUR, m=GER_M, f=GER_F, patr="list", plist=GER_PATR),
    "ukr": dict(w=0.05, sur=UKR_SUR, m=RU_M, f=RU_F, patr="list", plist=RU_PATR),
    "uzb": dict(w=0.04, sur=UZB_SUR, m=UZB_M, f=UZB_F, fathers=UZB_FATHERS, patr="sep"),
    "uyg": dict(w=0.04, sur=UYG_SUR, m=UYG_M, f=UYG_F, fathers=UYG_FATHERS, patr="ru"),
    "tat": dict(w=0.04, sur=TAT_SUR, m=TAT_M, f=TAT_F, fathers=TAT_FATHERS, patr="ru"),
    "tur": dict(w=0.015, sur=TUR_SUR, m=TUR_M, f=TUR_F, fathers=TUR_FATHERS, patr="ru"),
    "dun": dict(w=0.015, sur=DUN_SUR, m=DUN_M, f=DUN_F, fathers=DUN_FATHERS, patr="ru"),
}

# foreign consultants in Latin script: (text, eponym_like, non_slavic)
LATIN_DOCTORS = [("Thomas Müller", False, True), ("Hans Weber", True, True), ("Michael Schmidt", False, True),
                 ("Anna Becker", False, True), ("John Smith", True, True), ("David Barton", True, True),
                 ("Ahmet Yılmaz", False, True), ("Mehmet Demir", False, True), ("Lee Jae-won", False, True),
                 ("Sergei Volkov", True, False), ("Stefan Koch", True, True), ("Markus Kirschner", True, True),
                 ("Kim Sergey", False, True), ("Yerlan Abenov", False, True), ("Elena Orlova", True, False)]

# cities: ru_nom, ru_gen, ru_prep, kk_nom
CITIES = [("Алматы", "Алматы", "Алматы", "Алматы"), ("Астана", "Астаны", "Астане", "Астана"),
          ("Шымкент", "Шымкента", "Шымкенте", "Шымкент"), ("Караганда", "Караганды", "Караганде", "Қарағанды"),
          ("Тараз", "Тараза", "Таразе", "Тараз"), ("Талдыкорган", "Талдыкоргана", "Талдыкоргане", "Талдықорған"),
          ("Каскелен", "Каскелена", "Каскелене", "Қаскелең"), ("Талгар", "Талгара", "Талгаре", "Талғар"),
          ("Есик", "Есика", "Есике", "Есік"), ("Кызылорда", "Кызылорды", "Кызылорде", "Қызылорда"),
          ("Актобе", "Актобе", "Актобе", "Ақтөбе"), ("Атырау", "Атырау", "Атырау", "Атырау"),
          ("Павлодар", "Павлодара", "Павлодаре", "Павлодар"), ("Семей", "Семея", "Семее", "Семей"),
          ("Усть-Каменогорск", "Усть-Каменогорска", "Усть-Каменогорске", "Өскемен"),
          ("Костанай", "Костаная", "Костанае", "Қостанай"),
          ("Петропавловск", "Петропавловска", "Петропавловске", "Петропавл"),
          ("Туркестан", "Туркестана", "Туркестане", "Түркістан"),
          ("Жезказган", "Жезказгана", "Жезказгане", "Жезқазған"),
          ("Экибастуз", "Экибастуза", "Экибастузе", "Екібастұз"), ("Жаркент", "Жаркента", "Жаркенте", "Жаркент"),
          ("Текели", "Текели", "Текели", "Текелі"), ("Сарыагаш", "Сарыагаша", "Сарыагаше", "Сарыағаш")]
FOREIGN_CITIES = [("Ташкент", "Ташкента", "Ташкенте", "Тошкент"), ("Бишкек", "Бишкека", "Бишкеке", "Бішкек"),
                  ("Новосибирск", "Новосибирска", "Новосибирске", "Новосібір"),
                  ("Самарканд", "Самарканда", "Самарканде", "Самарқанд"), ("Омск", "Омска", "Омске", "Омбы")]
# streets: ru genitive after ул./пр., kk nominative, kk marker
STREETS = [("Абая", "Абай", "даңғылы"), ("Сатпаева", "Сәтбаев", "көшесі"), ("Толе би", "Төле би", "көшесі"),
           ("Жандосова", "Жандосов", "көшесі"), ("Розыбакиева", "Розыбакиев", "көшесі"),
           ("Байзакова", "Байзақов", "көшесі"), ("Гагарина", "Гагарин", "даңғылы"),
           ("Шевченко", "Шевченко", "көшесі"), ("Жибек Жолы", "Жібек жолы", "даңғылы"),
           ("Райымбека", "Райымбек", "даңғылы"), ("Аль-Фараби", "Әл-Фараби", "даңғылы"),
           ("Тимирязева", "Тимирязев", "көшесі"), ("Манаса", "Манас", "көшесі"),
           ("Курмангазы", "Құрманғазы", "көшесі"), ("Богенбай батыра", "Бөгенбай батыр", "көшесі"),
           ("Кабанбай батыра", "Қабанбай батыр", "көшесі"), ("Макатаева", "Мақатаев", "көшесі"),
           ("Жарокова", "Жароков", "көшесі"), ("Утеген батыра", "Өтеген батыр", "көшесі"),
           ("Момышулы", "Момышұлы", "даңғылы"), ("Кенесары", "Кенесары", "көшесі"),
           ("Сейфуллина", "Сейфуллин", "даңғылы"), ("Туран", "Тұран", "даңғылы"),
           ("Желтоксан", "Желтоқсан", "көшесі"), ("Ауэзова", "Әуезов", "көшесі"),
           ("Казыбек би", "Қазыбек би", "көшесі"), ("Рыскулова", "Рысқұлов", "даңғылы"),
           ("Наурызбай батыра", "Наурызбай батыр", "көшесі"), ("Байтурсынова", "Байтұрсынұлы", "көшесі")]
MKR = [("Аксай-2", "Ақсай-2"), ("Самал-2", "Самал-2"), ("Орбита-3", "Орбита-3"), ("Жетысу-1", "Жетісу-1"),
       ("Калкаман", "Қалқаман"), ("Шугыла", "Шұғыла"), ("Алмагуль", "Алмагүл"), ("Таугуль", "Таугүл"),
       ("Сайран", "Сайран"), ("Мамыр-4", "Мамыр-4"), ("Кулагер", "Құлагер"), ("Нуркент", "Нұркент")]
VILLAGES = [("Шамалган", "Шамалған"), ("Бесагаш", "Бесағаш"), ("Узынагаш", "Ұзынағаш"), ("Кокозек", "Көкөзек"),
            ("Аксенгир", "Ақсеңгір"), ("Байсерке", "Байсерке"), ("Боралдай", "Боралдай"), ("Тургень", "Түрген"),
            ("Шелек", "Шелек"), ("Чунджа", "Шонжы"), ("Нарынкол", "Нарынқол"), ("Жалагаш", "Жалағаш"),
            ("Шиели", "Шиелі"), ("Ленгер", "Леңгір"), ("Аксукент", "Ақсукент"), ("Казыгурт", "Қазығұрт"),
            ("Кеген", "Кеген"), ("Иргели", "Іргелі"), ("Жандосово", "Жандосов"), ("Маловодное", "Әйтей")]
DISTRICTS = [("Карасайский", "Қарасай"), ("Талгарский", "Талғар"), ("Илийский", "Іле"),
             ("Енбекшиказахский", "Еңбекшіқазақ"), ("Жамбылский", "Жамбыл"), ("Райымбекский", "Райымбек"),
             ("Уйгурский", "Ұйғыр"), ("Сайрамский", "Сайрам"), ("Толебийский", "Төле би"),
             ("Казыгуртский", "Қазығұрт"), ("Жалагашский", "Жалағаш"), ("Шиелийский", "Шиелі")]
CITY_DISTRICTS = [("Алатауский", "Алатау"), ("Ауэзовский", "Әуезов"), ("Бостандыкский", "Бостандық"),
                  ("Медеуский", "Медеу"), ("Турксибский", "Түрксіб"), ("Наурызбайский", "Наурызбай"),
                  ("Жетысуский", "Жетісу"), ("Алмалинский", "Алмалы")]
REGIONS = [("Алматинская", "Алматы"), ("Жамбылская", "Жамбыл"), ("Туркестанская", "Түркістан"),
           ("Кызылординская", "Қызылорда"), ("Жетысуская", "Жетісу"), ("Карагандинская", "Қарағанды")]
WORK_RU = ["ТОО «Алатау Строй»", "АО «КазМунайГаз»", "АО «Казахтелеком»", "ТОО «Береке Агро»",
           "АО «НК «Қазақстан темір жолы»", "ТОО «Шымкентцемент»", "КГУ «Школа-гимназия № 25»",
           "школа № 34", "СШ № 12 г. Талгар", "ГКП «Алматы Су»", "ТОО «Жетісу Логистик»", "АО «Air Astana»",
           "ТОО «Magnum Cash&Carry»", "АО «Kaspi Bank»", "ТОО «Тау-Кен Алтын»", "КГП «Алматыэлектротранс»",
           "ТОО «Казцинк»", "АО «АрселорМиттал Темиртау»", "ТОО «Асыл Тас Строй»", "ИП «Дастархан»",
           "детский сад № 117", "КГП «Поликлиника № 9»"]
WORK_KK = ["«Алатау Құрылыс» ЖШС", "«ҚазМұнайГаз» ҰК АҚ", "«Қазақтелеком» АҚ", "«Береке Агро» ЖШС",
           "№ 34 жалпы білім беретін мектеп", "№ 12 мектеп-гимназия", "«Қазақстан темір жолы» ҰК АҚ",
           "«Алматы Су» МКК", "«Kaspi Bank» АҚ", "«Жетісу Логистик» ЖШС", "«Қазцинк» ЖШС",
           "«Тау-Кен Алтын» ЖШС", "№ 117 балабақша", "«Асыл Тас Құрылыс» ЖШС", "«Дастархан» ЖК"]

MOBILE = ["700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778"]
EMAIL_DOM = ["mail.ru", "gmail.com", "inbox.ru", "yandex.kz", "mail.kz", "bk.ru", "list.ru"]
DR_DOM = ["med.kz", "clinic.kz", "gkb4.kz", "ortho-almaty.kz", "mail.ru", "gmail.com", "travma.kz"]

RU_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
          "октября", "ноября", "декабря"]
RU_ABBR = ["янв.", "фев.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сен.", "окт.", "ноя.", "дек."]
RU_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
          "октябрь", "ноябрь", "декабрь"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
KK_M = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
        "қазан", "қараша", "желтоқсан"]
KK_UNITS = {1: "бір", 2: "екі", 3: "үш", 4: "төрт", 5: "бес", 6: "алты", 7: "жеті", 8: "сегіз", 9: "тоғыз"}
KK_TENS = {1: "он", 2: "жиырма", 3: "отыз"}

# clinical pools (markup [[...]] = clinical span that must survive)
DX_RU = [
    "[[Закрытый чрезвертельный перелом бедренной кости]] справа со смещением, АО 31-A2 (S72.1)",
    "[[Закрытый перелом шейки бедренной кости]] слева, [[по Гардену]] IV тип (S72.0)",
    "[[Правосторонний коксартроз]] III ст. (М16.1)",
    "[[Гонартроз]] слева III ст. [[по Келлгрену-Лоуренсу]] (M17.1)",
    "[[Закрытый перелом обеих лодыжек]] правой голени со смещением, [[Вебер B]] (S82.8)",
    "[[Перелом Монтеджа]] слева (S52.2)",
    "[[Перелом Галеацци]] справа, АО 22-B3 (S52.3)",
    "[[Перелом Коллеса]] справа, АО 23-A2 (S52.5)",
    "[[Перелом Смита]] левой лучевой кости (S52.5)",
    "[[Закрытый перелом диафиза большеберцовой кости]] со смещением, АО 42-A1 (S82.2)",
    "[[Перелом проксимального отдела плечевой кости]], 3-фрагментарный [[по Ниру]] (S42.2)",
    "[[Перелом плато большеберцовой кости]] [[по Шацкеру]] V тип, 41-C1 (S82.1)",
    "[[Компрессионный перелом тела L1]] (S32.0)",
    "[[Разрыв ПКС]] правого коленного сустава (S83.5)",
    "[[Перелом Беннета]] слева (S62.2)",
    "[[Перелом Бартона]] справа (S52.5)",
    "[[Болезнь Бехтерева]] (M45), [[кифотическая деформация]]",
    "[[Ложный сустав]] [[большеберцовой кости]] (M84.1), 34А1",
]
DX_KK = [
    "[[Оң жақ сан сүйегінің]] жабық ұршықаралық сынығы, ығысуымен, AO 31-A2 (S72.1)",
    "[[Сол жақ сан сүйегі мойнының]] жабық сынығы, [[Гарден бойынша]] IV тип (S72.0)",
    "[[Оң жақ жамбас-сан буынының]] III дәрежелі [[коксартрозы]] (M16.1)",
    "[[Сол жақ тізе буынының]] III дәрежелі [[гонартрозы]] (M17.1)",
    "[[Оң жақ сирақтың]] екі [[тобығының]] жабық сынығы, [[Вебер бойынша]] B (S82.8)",
    "[[Кәрі жіліктің]] типтік жерде сынуы ([[Коллес сынығы]]), AO 23-A2 (S52.5)",
    "[[Асықты жіліктің]] диафизінің жабық сынығы, AO 42-A1 (S82.2)",
    "[[Тоқпан жіліктің]] проксималды бөлігінің сынығы, [[Нир бойынша]] 3 бөлікті (S42.2)",
    "[[L1 омыртқа денесінің]] компрессиялық сынығы (S32.0)",
    "[[Оң тізе буынының]] [[алдыңғы айқас байламының]] жыртылуы (S83.5)",
    "[[Монтеджа сынығы]], сол жақ (S52.2)",
    "[[Бехтерев ауруы]] (M45)",
]
PROC_RU = [
    "[[закрытая репозиция]], [[интрамедуллярный остеосинтез]] [[PFNA]]",
    "[[тотальное эндопротезирование тазобедренного сустава]] ({impl})",
    "[[ЧКДО]] [[аппаратом Илизарова]]",
    "[[открытая репозиция]], [[МОС]] [[пластиной PHILOS]]",
    "[[артроскопическая пластика ПКС]]",
    "[[МОС]] [[пластиной LCP]] ([[Synthes]])",
    "[[остеосинтез]] [[штифтом Gamma3]]",
    "[[ТЭП КС]] ({impl})",
    "[[фиксация спицами Киршнера]]",
    "[[операция Бристоу-Латарже]]",
    "[[ТЭП ТБС]] ({impl})",
]
PROC_KK = [
    "[[PFNA]] штифтімен [[жабық интрамедуллярлық остеосинтез]]",
    "[[жамбас-сан буынын]] [[толық эндопротездеу]] ({impl})",
    "[[Илизаров аппаратымен]] [[транссүйектік остеосинтез]]",
    "[[PHILOS пластинасымен]] [[ашық репозиция]] және [[остеосинтез]]",
    "[[алдыңғы айқас байламды]] [[артроскопиялық пластикалау]]",
    "[[LCP]] пластинасымен [[МОС]]",
    "[[тізе буынын]] [[эндопротездеу]] ({impl})",
    "[[Киршнер спицаларымен]] бекіту",
]
IMPL = ["[[Zimmer]]", "[[DePuy]]", "[[Synthes]]", "[[Stryker]]", "[[Smith & Nephew]]", "[[Aesculap]]",
        "[[ChM]]", "[[Biomet]]", "[[Zimmer Biomet]]", "[[DePuy Synthes]]"]
INJ_RU = ["в результате [[ДТП]] (пассажир)", "при падении с высоты {n:2-6} м",
          "упал{g:|а} на улице (гололёд)", "[[бытовая травма]] — упал{g:|а} дома с лестницы",
          "при игре в футбол", "[[кататравма]] с высоты 2 этажа", "на производстве, придавило плитой"]
INJ_KK = ["[[ЖКО]] кезінде жарақат алған", "{n:2-5} м биіктіктен құлаған",
          "көшеде тайып құлаған (көктайғақ)", "үйде баспалдақтан құлаған",
          "футбол ойнап жүріп жарақаттанған", "жұмыс орнында жарақат алған"]
DRUG_RU = ["[[цефазолин]] 1,0 г в/м 3 р/сут", "[[кеторолак]] 30 мг в/м при болях",
           "[[эноксапарин]] 0,4 мл п/к 1 р/сут", "[[трамадол]] 50 мг в/м", "[[парацетамол]] 1 г в/в",
           "[[омепразол]] 20 мг 2 р/сут", "[[метамизол натрия]] 50% 2,0 в/м", "[[цефтриаксон]] 1,0 г в/в 2 р/сут",
           "[[дексаметазон]] 8 мг в/в", "[[ривароксабан]] 10 мг 1 р/сут", "[[гепарин]] 5000 ЕД п/к 4 р/сут",
           "[[ванкомицин]] 1 г в/в 2 р/сут"]
DRUG_KK = ["[[цефазолин]] 1,0 г б/е күніне 3 рет", "[[кеторолак]] 30 мг б/е ауырсынғанда",
           "[[эноксапарин]] 0,4 мл т/а күніне 1 рет", "[[трамадол]] 50 мг б/е", "[[парацетамол]] 1 г к/т",
           "[[омепразол]] 20 мг күніне 2 рет", "[[цефтриаксон]] 1,0 г к/т күніне 2 рет",
           "[[ривароксабан]] 10 мг күніне 1 рет"]
AO = ["31-A2", "31-B3", "32-A1", "42-B2", "43-C1", "44-B2", "23-A2", "34А1", "33-C2", "11-A2", "21-A3"]

# ---------------------------------------------------------------------------
# IIN / BIN / other numbers
# ---------------------------------------------------------------------------
W1 = list(range(1, 12))
W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]


def check_digit(d11):
    s = sum(int(d) * w for d, w in zip(d11, W1)) % 11
    if s == 10:
        s = sum(int(d) * w for d, w in zip(d11, W2)) % 11
        if s == 10:
            return None
    return s


def iin_valid(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 12:
        return False
    c = d[6]
    if c not in "123456":
        return False
    cent = {"1": 1800, "2": 1800, "3": 1900, "4": 1900, "5": 2000, "6": 2000}[c]
    try:
        dt.date(cent + int(d[:2]), int(d[2:4]), int(d[4:6]))
    except ValueError:
        return False
    ch = check_digit(d[:11])
    return ch is not None and ch == int(d[11])


def make_iin(rng, dob, sex):
    c = (3 if sex == "m" else 4) if dob.year < 2000 else (5 if sex == "m" else 6)
    while True:
        d11 = "%02d%02d%02d%d%04d" % (dob.year % 100, dob.month, dob.day, c, rng.randint(0, 9999))
        ch = check_digit(d11)
        if ch is not None:
            return d11 + str(ch)


def make_bin(rng):
    while True:
        d11 = "%02d%02d%s%s%05d" % (rng.randint(0, 23), rng.randint(1, 12), rng.choice("456"),
                                     rng.choice("0012"), rng.randint(0, 99999))
        ch = check_digit(d11)
        if ch is not None:
            return d11 + str(ch)


def make_fake12(rng):
    """12 digits that are NOT a valid IIN/BIN (checksum broken)."""
    while True:
        d11 = "".join(str(rng.randint(0, 9)) for _ in range(11))
        ch = check_digit(d11)
        last = rng.randint(0, 9) if ch is None else (ch + rng.randint(1, 9)) % 10
        s = d11 + str(last)
        if not iin_valid(s) and check_digit(d11) != int(s[-1]):
            return s


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


# ---------------------------------------------------------------------------
# Persons
# ---------------------------------------------------------------------------
def fem_surname(s):
    if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return s + "а"
    if s.endswith("ский"):
        return s[:-2] + "ая"
    if s.endswith("ұлы"):
        return s[:-3] + "қызы"
    return s


def make_person(rng, sex=None, eponym=False, group=None):
    sex = sex or rng.choice("mf")
    if eponym:
        sur = rng.choice(EPONYM_RU + EPONYM_GER)
        group = "ger" if sur in EPONYM_GER else "ru"
    else:
        if group is None:
            gs = list(GROUPS)
            group = rng.choices(gs, [GROUPS[g]["w"] for g in gs])[0]
        sur = rng.choice(GROUPS[group]["sur"])
        if group == "ru" and rng.random() < 0.3:
            sur = rng.choice(EPONYM_RU)
    g = GROUPS[group]
    first_group = group
    # a few mixed families: German/Korean/Russian surname, Kazakh/Uzbek given names
    if group in ("ger", "kor", "ru") and rng.random() < 0.08:
        first_group = rng.choice(["kz", "uzb"])
    fg = GROUPS[first_group]
    first = rng.choice(fg["m"] if sex == "m" else fg["f"])
    p = dict(group=group, first_group=first_group, sex=sex, sur=sur, first=first)
    if fg["patr"] == "list":
        pair = rng.choice(fg["plist"])
        p["patr_fixed"] = pair[0] if sex == "m" else pair[1]
    else:
        p["father"] = rng.choice(fg["fathers"])
        p["sep"] = fg["patr"] == "sep" or rng.random() < 0.12
    p["no_patr"] = rng.random() < 0.08
    tags = set()
    if group != "ru" or first_group != "ru":
        tags.add("non_slavic")
    if sur in EPONYM_ALL:
        tags.add("eponym_like")
    p["tags"] = tags
    return p


def p_sur(p, orth):
    s = p["sur"] if p["sex"] == "m" else fem_surname(p["sur"])
    return kk2ru(s) if orth == "ru" else s


def p_first(p, orth):
    return kk2ru(p["first"]) if orth == "ru" else p["first"]


def p_patr(p, orth):
    if "patr_fixed" in p:
        return p["patr_fixed"]
    father = p["father"]
    fg = p["first_group"]
    if orth == "ru" or fg not in ("kz", "uzb"):
        return ru_patr(kk2ru(father), p["sex"])
    suf = "ұлы" if p["sex"] == "m" else "қызы"
    return father + " " + suf if p["sep"] else father + suf


def initials(p, orth, spaced=False):
    f = p_first(p, orth)[0]
    o = p_patr(p, orth)[0]
    return ("%s. %s." if spaced else "%s.%s.") % (f, o)


# ---------------------------------------------------------------------------
# Template engine
# ---------------------------------------------------------------------------
TOK = re.compile(r"\{(\w+)(?::([^{}]*))?\}|\[\[(.+?)\]\]", re.S)


class Ctx:
    pass


def expand(ctx, tpl, out):
    pos = 0
    for m in TOK.finditer(tpl):
        if m.start() > pos:
            out.append((tpl[pos:m.start()], None, ()))
        if m.group(3) is not None:
            out.append((m.group(3), "CLIN", ()))
        else:
            GENS[m.group(1)](ctx, m.group(2), out)
        pos = m.end()
    if pos < len(tpl):
        out.append((tpl[pos:], None, ()))


def flags(a):
    return set(x.strip() for x in a.split(",")) if a else set()


def add(out, text, label, forms=()):
    out.append((text, label, tuple(sorted(set(forms)))))


def plain(out, text):
    out.append((text, None, ()))


# ---- names -----------------------------------------------------------------
def render_name(ctx, p, kind, fl):
    rng = ctx.rng
    orth = ctx.orth
    sur, first, patr = p_sur(p, orth), p_first(p, orth), p_patr(p, orth)
    forms = set()
    case = next((c for c in fl if c in RU_CASES | KK_CASES), None)
    if case in RU_CASES and ctx.lang == "kk":
        case = None
    if "short" in fl:
        kind = "short"

    def csur(s):
        if case in RU_CASES:
            r = ru_case(s, p["sex"], case)
        elif case in KK_CASES:
            r = kcase(s, case, root_rule=p["group"] in TURKIC)
        else:
            return s
        if r != s:
            forms.add("case_form")
        return r

    ini = initials(p, orth, spaced=rng.random() < 0.2)
    if kind == "full" and case in RU_CASES:
        kind = "ini"
    if kind == "full" and case in KK_CASES and not patr.endswith(("ұлы", "қызы")):
        kind = "sur"
    if kind == "ini" and case in KK_CASES:
        kind = "pre"
    if kind == "full":
        if case in KK_CASES:
            text = "%s %s %s" % (sur, first, kcase_poss(patr, case))
            forms.add("case_form")
        elif p["no_patr"] or p["first_group"] in ("kor",) and rng.random() < 0.2:
            text = "%s %s" % (sur, first)
        else:
            text = "%s %s %s" % (sur, first, patr)
        forms.add("full_name")
    elif kind == "ini":
        text = "%s %s" % (csur(sur), ini)
        forms.add("initials")
    elif kind == "pre":
        text = "%s %s" % (ini, csur(sur))
        forms.add("initials")
    elif kind == "short":
        text = "%s %s." % (csur(sur), first[0])
        forms.add("initials")
    elif kind == "sur":
        text = csur(sur)
        if "split" not in fl:
            forms.add("lone_surname")
    elif kind == "first":
        if case in KK_CASES:
            text = kcase(first, case)
            forms.add("case_form")
        else:
            text = first
        forms.add("first_name_only")
    elif kind == "patr":
        text = patr
    elif kind == "lat":
        s, f = translit(p_sur(p, "kk")), translit(p_first(p, "kk"))
        r = rng.random()
        if r < 0.6:
            text = ("%s %s" % (s, f)).upper()
            forms.add("upper_case")
        elif r < 0.8:
            text = "%s %s" % (s.title(), f.title())
        else:
            text = "%s %s" % (f.title(), s.title())
        forms |= {"latin", "full_name"}
    elif kind == "split":
        full = "%s %s %s" % (sur, first, patr)
        r = rng.random()
        if r < 0.45:
            text = "%s\n%s %s" % (sur, first, patr)
        elif r < 0.75:
            text = "%s %s\n%s" % (sur, first, patr)
        else:
            cut = max(3, len(sur) // 2)
            text = "%s-\n%s %s %s" % (sur[:cut], sur[cut:], first, patr)
        forms |= {"full_name", "split_line"}
        del full
    else:
        raise ValueError(kind)
    if "split" in fl:
        forms.add("split_line")
    if "low" in fl:
        text = text.lower()
        forms.add("lower_case")
    if "up" in fl:
        text = text.upper()
        forms.add("upper_case")
    forms |= p["tags"]
    return text, forms


def name_gen(who, kind, choices=None):
    def g(ctx, a, out):
        fl = flags(a)
        if who == "pt":
            p = ctx.pt
        elif who in ("rel", "son", "dau"):
            p = getattr(ctx, who)
        else:
            p = make_person(ctx.rng, eponym=("epo" in fl) or ctx.rng.random() < 0.2)
            ctx.last_dr = p
        k = kind
        if choices:
            k = ctx.rng.choices([c[0] for c in choices], [c[1] for c in choices])[0]
        text, forms = render_name(ctx, p, k, fl)
        add(out, text, "NAME", forms)
    return g


def gen_dr_lat(ctx, a, out):
    text, epo, ns = ctx.rng.choice(LATIN_DOCTORS)
    forms = {"latin", "full_name"}
    if epo:
        forms.add("eponym_like")
    if ns:
        forms.add("non_slavic")
    add(out, text, "NAME", forms)


def gen_list(ctx, a, out):
    n = ctx.rng.randint(2, 4)
    for i in range(n):
        if i:
            plain(out, ", ")
        p = make_person(ctx.rng, eponym=ctx.rng.random() < 0.15,
                        group=ctx.rng.choice(["kor", "kor", "kz", "ru", "ger", "ukr", "tat", "uzb"]))
        if ctx.rng.random() < 0.7:
            text, forms = render_name(ctx, p, "sur", set())
        else:
            text, forms = render_name(ctx, p, "short", set())
        forms = set(forms) | {"listed"}
        add(out, text, "NAME", forms)


def gen_g(ctx, a, out):
    m, f = a.split("|")
    plain(out, m if ctx.pt["sex"] == "m" else f)


# ---- dates -----------------------------------------------------------------
DATE_FMTS = {"numeric", "roman", "ru_words", "kk_words", "compact", "dm", "month_year", "mygen"}


def kk_ordinal(n):
    u, t = n % 10, n // 10
    word = KK_UNITS[u] if u else KK_TENS[t]
    if word[-1] in KVOW:
        suf = "сі" if k_front(word) else "сы"
    else:
        suf = "і" if k_front(word) else "ы"
    return "%d-%s" % (n, suf)


def fmt_date(ctx, d, role, fl):
    rng = ctx.rng
    kc = next((c for c in fl if c in ("kloc", "kdat", "kabl")), None)
    forced = next((f for f in fl if f in DATE_FMTS), None)
    if kc or forced == "kk_words":
        scheme = "kk"
    elif forced in ("ru_words", "roman", "mygen"):
        scheme = "ru"
    elif ctx.lang in ("ru", "kk"):
        scheme = ctx.lang
    else:
        scheme = rng.choice(["ru", "kk"])
    if forced:
        fmt = forced
    elif role == "dob":
        if scheme == "ru":
            fmt = rng.choices(["numeric", "ru_words", "compact", "month_year", "roman"], [75, 12, 5, 4, 4])[0]
        else:
            fmt = rng.choices(["numeric", "kk_words", "compact"], [78, 17, 5])[0]
    elif role == "prev":
        fmt = "month_year"
    else:
        if scheme == "ru":
            fmt = rng.choices(["numeric", "ru_words", "roman", "compact", "dm"], [52, 22, 10, 5, 11])[0]
        else:
            fmt = rng.choices(["numeric", "kk_words", "compact", "dm"], [50, 40, 3, 7])[0]
    if kc and fmt == "compact":
        fmt = "numeric"
    day, mon, yr = d.day, d.month, d.year
    forms = set()
    trail = ""
    if fmt == "numeric":
        forms.add("numeric")
        r = rng.random()
        if scheme == "kk" or r < 0.65:
            text = "%02d.%02d.%04d" % (day, mon, yr)
        elif r < 0.75:
            text = "%02d.%02d.%02d" % (day, mon, yr % 100)
        elif r < 0.85:
            text = "%02d/%02d/%04d" % (day, mon, yr)
        elif r < 0.95:
            text = "%04d-%02d-%02d" % (yr, mon, day)
        else:
            text = "%d.%02d.%04d" % (day, mon, yr)
        if scheme == "kk":
            if kc or rng.random() < 0.35:
                trail = " ж."
        elif rng.random() < 0.2 and text.count(".") == 2 and len(text) == 10:
            trail = " г."
    elif fmt == "roman":
        forms.add("roman_month")
        text = rng.choice(["%d.%s.%04d", "%02d.%s.%02d", "%d %s %04d"])
        text = text % (day, ROMAN[mon - 1], yr if "%04d" in text else yr % 100)
    elif fmt == "compact":
        forms.add("compact")
        text = "%02d%02d%04d" % (day, mon, yr)
    elif fmt == "ru_words":
        forms.add("ru_words")
        r = rng.random()
        if r < 0.5:
            text = "%d %s %d" % (day, RU_GEN[mon - 1], yr)
            if rng.random() < 0.6:
                trail = " г."
        elif r < 0.7:
            text = "%d %s %d" % (day, RU_ABBR[mon - 1], yr)
        elif r < 0.82:
            text = "«%02d» %s %d" % (day, RU_GEN[mon - 1], yr)
            trail = " г."
        else:
            text = "%d %s" % (day, RU_GEN[mon - 1])
    elif fmt == "mygen":
        forms |= {"month_year", "ru_words"}
        text = "%s %d" % (RU_GEN[mon - 1], yr)
        trail = " г."
    elif fmt == "dm":
        if scheme == "ru":
            if rng.random() < 0.5:
                text = "%02d.%02d" % (day, mon)
                forms.add("numeric")
            else:
                text = "%d %s" % (day, RU_GEN[mon - 1])
                forms.add("ru_words")
        else:
            if rng.random() < 0.4 and not kc:
                text = "%02d.%02d" % (day, mon)
                forms.add("numeric")
            else:
                text = "%d %s" % (day, kcase(KK_M[mon - 1], kc) if kc else KK_M[mon - 1])
                forms.add("kk_words")
    elif fmt == "month_year":
        forms.add("month_year")
        if scheme == "ru":
            if rng.random() < 0.5:
                text = "%02d.%04d" % (mon, yr)
            else:
                text = "%s %d" % (RU_NOM[mon - 1], yr)
                forms.add("ru_words")
                trail = " г."
        else:
            if rng.random() < 0.3 and not kc:
                text = "%02d.%04d" % (mon, yr)
            else:
                m = KK_M[mon - 1]
                text = "%d жылғы %s" % (yr, kcase(m, kc) if kc else m)
                forms.add("kk_words")
    elif fmt == "kk_words":
        forms.add("kk_words")
        m = KK_M[mon - 1]
        r = rng.random()
        if r < 0.4:
            text = "%d жылғы %d %s" % (yr, day, kcase(m, kc) if kc else m)
        elif r < 0.6 and not kc:
            text = "%d %s %d" % (day, m, yr)
            trail = " ж."
        elif r < 0.8:
            o = kk_ordinal(day)
            text = "%s %s" % (kcase(m, "kgen"), kcase_poss(o, kc) if kc else o)
        else:
            text = "%d %s" % (day, kcase(m, kc) if kc else m)
    else:
        raise ValueError(fmt)
    if role == "dob":
        forms.add("birth_date")
    return text, forms, trail


def gen_d(ctx, a, out):
    parts = [x.strip() for x in (a or "any").split(",")]
    if parts[0] in ctx.dates:
        role, fl = parts[0], set(parts[1:])
    else:
        role, fl = "any", set(parts)
    text, forms, trail = fmt_date(ctx, ctx.dates[role], role, fl)
    add(out, text, "DATE", forms)
    if trail:
        plain(out, trail)


# ---- ages ------------------------------------------------------------------
def _ru_age(n, fl):
    if "bare" in fl:
        return str(n)
    if "gen" in fl:
        return "%d %s" % (n, ru_years_gen(n))
    return "%d %s" % (n, ru_years(n))


def _kk_age(n, fl):
    if "bare" in fl:
        return str(n)
    if "adj" in fl:
        return "%d жастағы" % n
    if "jas" in fl:
        return "%d жас" % n
    return "%d жаста" % n


def gen_age(ctx, a, out):
    fl = flags(a)
    n = ctx.age
    text = _ru_age(n, fl)
    if n > 89:
        add(out, text, "AGE")
    else:
        plain(out, text)


def gen_kage(ctx, a, out):
    fl = flags(a)
    n = ctx.age
    text = _kk_age(n, fl)
    if n > 89:
        add(out, text, "AGE")
    else:
        plain(out, text)


def gen_old(ctx, a, out):
    add(out, _ru_age(ctx.rng.randint(90, 99), flags(a)), "AGE")


def gen_kold(ctx, a, out):
    add(out, _kk_age(ctx.rng.randint(90, 99), flags(a)), "AGE")


# ---- IIN and numbers ---------------------------------------------------------
def gen_iin(ctx, a, out):
    fl = flags(a)
    s = ctx.iin
    forms = {f for f in fl if f in ("labelled", "unlabelled", "split")}
    if "split" in fl:
        s = s[:6] + ctx.rng.choice([" ", "-"]) + s[6:]
    add(out, s, "IIN", forms)


def gen_iin_other(ctx, a, out):
    fl = flags(a)
    rng = ctx.rng
    dob = dt.date(rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28))
    add(out, make_iin(rng, dob, rng.choice("mf")), "IIN", {f for f in fl if f in ("labelled", "unlabelled")})


def gen_fake12(ctx, a, out):
    add(out, make_fake12(ctx.rng), "RECORD_ID", {"record_number"})


def gen_bin(ctx, a, out):
    add(out, make_bin(ctx.rng), "DOC_ID", {"bin"})


def gen_ib(ctx, a, out):
    rng = ctx.rng
    y = ctx.dates["adm"].year
    n = rng.randint(120, 19999)
    text = rng.choice(["%d/%02d" % (n, y % 100), "%02d-%06d" % (y % 100, n), "%d" % n,
                       "%d/%d" % (y, n), "И-%d" % n, "%d-С" % n])
    add(out, text, "RECORD_ID", {"hospitalisation"})


def gen_amb(ctx, a, out):
    rng = ctx.rng
    text = rng.choice(["А-%s" % digits(rng, 5), digits(rng, 6), "АК %s" % digits(rng, 5), "%s/%s" % (digits(rng, 4), digits(rng, 2))])
    add(out, text, "RECORD_ID", {"record_number"})


def gen_labn(ctx, a, out):
    rng = ctx.rng
    d = ctx.dates["adm"]
    r = rng.random()
    if r < 0.35:
        text = "%02d%02d%02d-%s" % (d.year % 100, d.month, d.day, digits(rng, 4))
    elif r < 0.6:
        text = "L%s" % digits(rng, 8)
    elif r < 0.8:
        text = make_fake12(rng)
    else:
        text = digits(rng, 7)
    add(out, text, "RECORD_ID", {"record_number"})


def gen_opn(ctx, a, out):
    rng = ctx.rng
    n = rng.randint(1, 1400)
    text = rng.choice(["%d" % n, "%d/%02d" % (n, ctx.dates["op"].year % 100), "ОП-%d" % n, "%04d" % n])
    add(out, text, "RECORD_ID", {"operation_protocol"})


def gen_xr(ctx, a, out):
    rng = ctx.rng
    y = ctx.dates["adm"].year
    text = rng.choice(["R-%d-%s" % (y, digits(rng, 4)), digits(rng, rng.choice([4, 5])),
                       "Rg-%s" % digits(rng, 4), "КТ-%s" % digits(rng, 5), "МРТ-%02d-%s" % (y % 100, digits(rng, 4))])
    add(out, text, "RECORD_ID", {"xray"})


def gen_ln(ctx, a, out):
    rng = ctx.rng
    text = rng.choice([digits(rng, 7), "0" + digits(rng, 6), "ЛН-%s" % digits(rng, 7), digits(rng, 9),
                       "ЭЛН %s" % digits(rng, 9)])
    add(out, text, "DOC_ID", {"sick_leave"})


def gen_pol(ctx, a, out):
    rng = ctx.rng
    text = rng.choice(["ДМС-%d-%s" % (ctx.dates["adm"].year, digits(rng, 6)), "%s-%s" % (digits(rng, 2), digits(rng, 7)),
                       "POL%s" % digits(rng, 8), "%s %s" % (digits(rng, 4), digits(rng, 6))])
    add(out, text, "DOC_ID", {"insurance_policy"})


def gen_udl(ctx, a, out):
    add(out, "0" + digits(ctx.rng, 8), "DOC_ID", {"passport"})


def gen_pasp(ctx, a, out):
    rng = ctx.rng
    text = rng.choice(["N%s" % digits(rng, 8), "%s %s %s" % (digits(rng, 2), digits(rng, 2), digits(rng, 6)),
                       "%s%s" % (rng.choice(["AA", "AB", "FA"]), digits(rng, 7)), "AC%s" % digits(rng, 7)])
    add(out, text, "DOC_ID", {"passport"})


PLATE_L = "ABCDEFHKLMNOPRSTUVXYZ"


def gen_plate(ctx, a, out):
    rng = ctx.rng
    reg = rng.choice(["01", "02", "03", "05", "07", "09", "10", "13", "14", "15", "16", "17", "19"])
    r = rng.random()
    if r < 0.7:
        text = "%s %s %s" % (digits(rng, 3), "".join(rng.choice(PLATE_L) for _ in range(3)), reg)
    elif r < 0.85:
        text = "%s%s%s" % (digits(rng, 3), "".join(rng.choice(PLATE_L) for _ in range(2)), reg)
    else:
        text = "%s %s %s" % (rng.choice(PLATE_L), digits(rng, 3), "".join(rng.choice(PLATE_L) for _ in range(3)))
    add(out, text, "DOC_ID", {"vehicle_plate"})


# ---- phones / emails -----------------------------------------------------------
def fmt_phone(rng, form):
    p = rng.choice(MOBILE)
    x = digits(rng, 7)
    a, b, c = x[:3], x[3:5], x[5:]
    forms = {form}
    if form == "plus7":
        text = rng.choice(["+7 %s %s %s %s" % (p, a, b, c), "+7(%s)%s-%s-%s" % (p, a, b, c),
                           "+7 (%s) %s-%s-%s" % (p, a, b, c), "+7%s%s" % (p, x)])
    elif form == "eight":
        text = rng.choice(["8 %s %s %s %s" % (p, a, b, c), "8(%s)%s" % (p, x), "8-%s-%s-%s-%s" % (p, a, b, c),
                           "8%s%s" % (p, x), "8 (%s) %s-%s-%s" % (p, a, b, c)])
    elif form == "dotted":
        text = "8.%s.%s.%s.%s" % (p, a, b, c)
    elif form == "spaced":
        text = "7 %s %s %s %s" % (p, a, b, c)
    elif form == "foreign":
        r = rng.random()
        if r < 0.4:
            text = "+998 %s %s %s %s" % (rng.choice(["90", "91", "93", "94", "97", "99"]), digits(rng, 3), digits(rng, 2), digits(rng, 2))
        elif r < 0.7:
            text = "+996 %s %s %s %s" % (rng.choice(["555", "700", "772", "550"]), digits(rng, 2), digits(rng, 2), digits(rng, 2))
        else:
            text = "+7 9%s %s-%s-%s" % (digits(rng, 2), digits(rng, 3), digits(rng, 2), digits(rng, 2))
    elif form == "landline":
        code, n = rng.choice([("727", 7), ("727", 7), ("7172", 6), ("7252", 6), ("7212", 6), ("7222", 6), ("72771", 5)])
        num = str(rng.randint(2, 3)) + digits(rng, n - 1) if n == 7 else str(rng.randint(2, 9)) + digits(rng, n - 1)
        if n == 7:
            grp = "%s-%s-%s" % (num[:3], num[3:5], num[5:])
        elif n == 6:
            grp = "%s-%s-%s" % (num[:2], num[2:4], num[4:])
        else:
            grp = "%s-%s-%s" % (num[:1], num[1:3], num[3:])
        r = rng.random()
        if r < 0.5:
            text = "8 (%s) %s" % (code, grp)
            forms.add("eight")
        elif r < 0.8:
            text = "+7 %s %s" % (code, grp.replace("-", " "))
            forms.add("plus7")
        else:
            text = "8(%s)%s" % (code, num)
            forms.add("eight")
    elif form == "local":
        r = rng.random()
        first = str(rng.randint(2, 3))
        if r < 0.35:
            text = "%s%s-%s-%s" % (first, digits(rng, 2), digits(rng, 2), digits(rng, 2))
        elif r < 0.6:
            text = "%s-%s-%s-%s" % (first, digits(rng, 2), digits(rng, 2), digits(rng, 2))
        elif r < 0.85:
            text = "%s-%s-%s" % (str(rng.randint(2, 9)) + digits(rng, 1), digits(rng, 2), digits(rng, 2))
        else:
            text = first + digits(rng, 6)
    else:
        raise ValueError(form)
    return text, forms


def gen_ph(ctx, a, out):
    fl = flags(a)
    forced = next((f for f in fl if f in ("plus7", "eight", "dotted", "spaced", "foreign", "landline", "local")), None)
    form = forced or ctx.rng.choices(["plus7", "eight", "dotted", "spaced", "foreign", "landline", "local"],
                                     [30, 30, 7, 8, 7, 11, 7])[0]
    text, forms = fmt_phone(ctx.rng, form)
    add(out, text, "PHONE", forms)


def gen_email(ctx, a, out):
    rng = ctx.rng
    fl = flags(a)
    if "dr" in fl:
        p = getattr(ctx, "last_dr", None) or make_person(rng)
        s = translit(p_sur(p, "kk")).replace(" ", "")
        f = translit(p_first(p, "kk"))
        text = "%s.%s@%s" % (f[0], s, rng.choice(DR_DOM))
    else:
        p = ctx.pt
        s = translit(p_sur(p, "kk")).replace(" ", "")
        f = translit(p_first(p, "kk"))
        text = rng.choice(["%s.%s%s@%s", "%s_%s%s@%s", "%s%s%s@%s"]) % (
            f, s, rng.choice(["", "85", str(ctx.dates["dob"].year), "_kz", "77", "01"]), rng.choice(EMAIL_DOM))
        if rng.random() < 0.5:
            text = "%s%s@%s" % (s, rng.choice(["", str(ctx.dates["dob"].year % 100), "2024"]), rng.choice(EMAIL_DOM))
    add(out, text.lower().replace("'", ""), "EMAIL")


# ---- addresses -------------------------------------------------------------
def _orth(ctx):
    if ctx.lang == "ru":
        return "ru"
    if ctx.lang == "kk":
        return "kk"
    return ctx.orth


def gen_addr(ctx, a, out):
    rng = ctx.rng
    o = _orth(ctx)
    h, f = rng.randint(1, 250), rng.randint(1, 180)
    st = rng.choice(STREETS)
    forms = {"with_marker"}
    r = rng.random()
    if o == "ru":
        c = rng.choice(CITIES)[0]
        mk = "пр." if st[2] == "даңғылы" else rng.choice(["ул.", "ул.", "улица"])
        if r < 0.35:
            text = "г. %s, %s %s %d, кв. %d" % (c, mk, st[0], h, f)
        elif r < 0.55:
            text = "г. %s, %s %s, д. %d%s, кв. %d" % (c, mk, st[0], h, rng.choice(["", "", "А", "/1"]), f)
        elif r < 0.75:
            text = "г. Алматы, %s р-н, мкр. %s, д. %d, кв. %d" % (rng.choice(CITY_DISTRICTS)[0], rng.choice(MKR)[0], h, f)
            forms.add("district")
        else:
            text = "%s обл., %s р-н, с. %s, ул. %s, %d" % (rng.choice(REGIONS)[0], rng.choice(DISTRICTS)[0],
                                                       rng.choice(VILLAGES)[0], st[0], h)
            forms |= {"district", "village"}
    else:
        c = rng.choice(CITIES)[3]
        if r < 0.35:
            text = "%s қ., %s %s, %d-үй, %d-пәтер" % (c, st[1], st[2], h, f)
        elif r < 0.55:
            text = "%s қаласы, %s %s, %d үй, %d пәтер" % (c, st[1], st[2], h, f)
        elif r < 0.75:
            text = "Алматы қаласы, %s ауданы, %s шағын ауданы, %d-үй, %d-пәтер" % (
                rng.choice(CITY_DISTRICTS)[1], rng.choice(MKR)[1], h, f)
            forms.add("district")
        else:
            text = "%s облысы, %s ауданы, %s ауылы, %s %s, %d-үй" % (rng.choice(REGIONS)[1], rng.choice(DISTRICTS)[1],
                                                               rng.choice(VILLAGES)[1], st[1], st[2], h)
            forms |= {"district", "village"}
    add(out, text, "ADDRESS", forms)


def gen_street(ctx, a, out):
    rng = ctx.rng
    o = _orth(ctx)
    st = rng.choice(STREETS)
    h, f = rng.randint(1, 250), rng.randint(1, 180)
    if o == "ru":
        text = rng.choice(["%s %d, кв %d" % (st[0], h, f), "%s %d-%d" % (st[0], h, f), "%s, %d" % (st[0], h)])
    else:
        text = rng.choice(["%s %d-%d" % (st[1], h, f), "%s %d, %d" % (st[1], h, f), "%s, %d" % (st[1], h)])
    add(out, text, "ADDRESS", {"no_marker"})


def _place(ctx, fl, pool):
    o = _orth(ctx)
    c = ctx.rng.choice(pool)
    forms = set()
    kc = next((x for x in fl if x in KK_CASES), None)
    if kc:
        text = kcase(c[3], kc)
        forms.add("case_form")
    elif "gen" in fl:
        text = c[1]
        if c[1] != c[0]:
            forms.add("case_form")
    elif "prep" in fl:
        text = c[2]
        if c[2] != c[0]:
            forms.add("case_form")
    else:
        text = c[0] if o == "ru" else c[3]
    if "mark" in fl and not kc and "gen" not in fl and "prep" not in fl:
        text = ("г. " + text) if o == "ru" else (text + " қ.")
        forms.add("with_marker")
    else:
        forms.add("no_marker")
    return text, forms


def gen_city(ctx, a, out):
    text, forms = _place(ctx, flags(a), CITIES)
    add(out, text, "ADDRESS", forms)


def gen_fcity(ctx, a, out):
    text, forms = _place(ctx, flags(a), FOREIGN_CITIES)
    add(out, text, "ADDRESS", forms)


def gen_village(ctx, a, out):
    fl = flags(a)
    o = _orth(ctx)
    v = ctx.rng.choice(VILLAGES)
    forms = {"village"}
    kc = next((x for x in fl if x in KK_CASES), None)
    name = v[0] if o == "ru" else v[1]
    if kc:
        text = kcase(v[1], kc)
        forms |= {"case_form", "no_marker"}
    elif "bare" in fl:
        text = name
        forms.add("no_marker")
    else:
        text = ("с. " + name) if o == "ru" else (name + " ауылы")
        forms.add("with_marker")
    add(out, text, "ADDRESS", forms)


def gen_district(ctx, a, out):
    fl = flags(a)
    o = _orth(ctx)
    d = ctx.rng.choice(DISTRICTS + CITY_DISTRICTS)
    forms = {"district", "with_marker"}
    if o == "ru":
        if "gen" in fl:
            text = d[0][:-2] + "ого района"
            forms.add("case_form")
        else:
            text = d[0] + ctx.rng.choice([" район", " р-н"])
    else:
        text = d[1] + " ауданы"
    add(out, text, "ADDRESS", forms)


def gen_work(ctx, a, out):
    o = _orth(ctx)
    add(out, ctx.rng.choice(WORK_RU if o == "ru" else WORK_KK), "ADDRESS", {"workplace"})


# ---- clinical / fillers ----------------------------------------------------------
def pool_gen(pool):
    def g(ctx, a, out):
        seen = ctx.pool_seen
        fresh = [x for x in pool if x not in seen] or pool
        item = ctx.rng.choice(fresh)
        seen.add(item)
        expand(ctx, item, out)
    return g


def gen_n(ctx, a, out):
    lo, hi = a.split("-")
    plain(out, str(ctx.rng.randint(int(lo), int(hi))))


def gen_time(ctx, a, out):
    if a == "end" and getattr(ctx, "last_time", None) is not None:
        m = (ctx.last_time + ctx.rng.randint(7, 38) * 5) % (24 * 60)
    else:
        m = ctx.rng.randint(0, 23) * 60 + ctx.rng.choice([0, 5, 10, 15, 20, 30, 35, 40, 45, 50, 55])
    ctx.last_time = m
    plain(out, "%02d:%02d" % (m // 60, m % 60))


def gen_ao(ctx, a, out):
    plain(out, ctx.rng.choice(AO))


GENS = {
    # patient
    "pt": name_gen("pt", "full"), "pt_ini": name_gen("pt", "ini"), "pt_pre": name_gen("pt", "pre"),
    "pt_sur": name_gen("pt", "sur"), "pt_first": name_gen("pt", "first"), "pt_patr": name_gen("pt", "patr"),
    "pt_lat": name_gen("pt", "lat"), "pt_split": name_gen("pt", "split"),
    "pt_case": name_gen("pt", None, [("ini", 0.7), ("sur", 0.3)]),
    "pt_kcase": name_gen("pt", None, [("sur", 0.4), ("full", 0.3), ("first", 0.15), ("pre", 0.15)]),
    # doctors / staff (new person each call)
    "dr": name_gen("dr", "ini"), "dr_pre": name_gen("dr", "pre"), "dr_full": name_gen("dr", "full"),
    "dr_sur": name_gen("dr", "sur"),
    "dr_case": name_gen("dr", None, [("ini", 0.75), ("sur", 0.25)]),
    "dr_kcase": name_gen("dr", None, [("pre", 0.6), ("sur", 0.4)]),
    "dr_lat": gen_dr_lat, "list": gen_list,
    # relative
    "rel": name_gen("rel", "full"), "rel_first": name_gen("rel", "first"),
    "son": name_gen("son", "full"), "son_first": name_gen("son", "first"),
    "dau": name_gen("dau", "full"), "dau_first": name_gen("dau", "first"),
    "g": gen_g, "d": gen_d,
    "age": gen_age, "kage": gen_kage, "old": gen_old, "kold": gen_kold,
    "iin": gen_iin, "iin_other": gen_iin_other, "fake12": gen_fake12, "bin": gen_bin,
    "ib": gen_ib, "amb": gen_amb, "labn": gen_labn, "opn": gen_opn, "xr": gen_xr,
    "ln": gen_ln, "pol": gen_pol, "udl": gen_udl, "pasp": gen_pasp, "plate": gen_plate,
    "ph": gen_ph, "email": gen_email,
    "addr": gen_addr, "street": gen_street, "city": gen_city, "fcity": gen_fcity,
    "village": gen_village, "district": gen_district, "work": gen_work,
    "dx": pool_gen(DX_RU), "kdx": pool_gen(DX_KK), "proc": pool_gen(PROC_RU), "kproc": pool_gen(PROC_KK),
    "impl": pool_gen(IMPL), "inj": pool_gen(INJ_RU), "kinj": pool_gen(INJ_KK),
    "drug": pool_gen(DRUG_RU), "kdrug": pool_gen(DRUG_KK),
    "n": gen_n, "time": gen_time, "ao": gen_ao,
}

# ---------------------------------------------------------------------------
# Templates: (language, style, text)
# ---------------------------------------------------------------------------
TEMPLATES = []


def T(lang, style, text):
    TEMPLATES.append((lang, style, text))


D, O, R, H, N, C, S = STYLES

# ============================ RUSSIAN =======================================
T("ru", D, """ВЫПИСНОЙ ЭПИКРИЗ из истории болезни № {ib}
Ф.И.О.: {pt}   Возраст: {age}
Дата рождения: {d:dob}   ИИН {iin:labelled}
Находил{g:ся|ась} на лечении в [[травматологическом отделении]] с {d:adm} по {d:dis}.""")
T("ru", D, """Клинический диагноз: {dx}
Сопутствующий: [[ИБС]]. [[Артериальная гипертензия]] II ст., риск 3. [[СД 2 типа]].
Операция {d:op}: {proc}. Кровопотеря {n:100-600} мл.""")
T("ru", D, """{g:Больной|Больная} {pt_sur}, {age}, поступил{g:|а} {d:adm} в {time} по экстренным показаниям, доставлен{g:|а} бригадой [[СМП]] из {city:gen}.
Со слов, травма получена {inj}. Проживает: {addr}.""")
T("ru", D, """Рекомендовано: наблюдение травматолога по месту жительства, [[ЛФК]], {drug} 35 дней. Контрольная [[рентгенография]] через 6 нед.
Явка на осмотр {d:next} к доктору {dr_case:dat}, тел. для записи {ph:local}.
Лечащий врач: ______ {dr}
Зав. отделением: ______ {dr:short}""")
T("ru", D, """Выписан{g:|а} {d:dis} в удовлетворительном состоянии. Лист нетрудоспособности № {ln} продлён по {d:next}.
Домашний адрес: {addr}. Контактный телефон родственника ({rel_first}): {ph}.""")
T("ru", D, """Пациент{g:|ка} {pt_ini} проживает с бабушкой в возрасте {old:gen}, уход обеспечен. Со слов дочери ({dau}), ранее лечил{g:ся|ась} в [[больнице им. Боткина]] по поводу [[болезни Бехтерева]].""")
T("ru", D, """На этапе [[ЧКДО]] ({d:op}) консультирован{g:|а} проф. {dr_case:epo,ins} — рекомендовано продолжить лечение в [[аппарате Илизарова]] ещё 4 нед., дистракция по 0,25 мм 4 р/д.
Перевязки спиц через день, [[хлоргексидин]] 0,05%.""")
T("ru", D, """Получал{g:|а}: {drug}, {drug}, {drug}. Послеоперационный период без осложнений, рана зажила первичным натяже-
нием, швы сняты {d:dis,dm}. Ходит с опорой на костыли.""")

T("ru", O, """ПРОТОКОЛ ОПЕРАЦИИ № {opn}
Дата: {d:op}   Начало {time}, окончание {time:end}
Хирург: {dr}   Ассистент: {dr}   Анестезиолог: {dr}
Операц. м/с: {dr_sur:low}""")
T("ru", O, """Под [[спинальной анестезией]] в положении на боку выполнен [[доступ Кохера-Лангенбека]]. Выделен перелом [[задней стенки вертлужной впадины]].
Произведена репозиция, фиксация [[реконструктивной пластиной]] и 3 [[винтами]]. Гемостаз. Кровопотеря {n:200-700} мл. Установлен [[дренаж по Редону]].""")
T("ru", O, """{pt:up}, {age}, ИБ № {ib}
Д-з: {dx}
Операция: {proc}""")
T("ru", O, """Ход операции: разрез {n:8-15} см по наружной поверхности бедра. Закрытая репозиция на ортопедическом столе под контролем [[ЭОП]].
Введён [[интрамедуллярный штифт]] {impl} {n:9-12}x{n:170-240} мм, проксимальное блокирование [[лезвием]], дистальное — 1 [[винтом]].
Рана ушита послойно. Асептическая повязка.
Оперировал: {dr_pre}""")
T("ru", O, """Перелом [[лодыжек]] [[по классификации Вебера]] тип B ([[Лауге-Хансен]] SER IV), АО {ao}. Выполнен [[МОС]] малоберцовой кости [[пластиной LCP]] 1/3 трубчатой, [[позиционный винт]].
Ассистировал д-р {dr_sur:epo}.""")
T("ru", O, """ОПЕРАЦИЯ: [[ТЭП ТБС]] слева ({impl}). [[Доступ по Хардингу]]. Вертлужный компонент 52 мм, ножка № 4, головка 36 мм.
Кровопотеря {n:300-900} мл, [[транексамовая кислота]] 1 г в/в.
Протокол № {opn} от {d:op}. Хирург ___ {dr}""")
T("ru", O, """Закрытая репозиция, [[чрескожная фиксация]] [[спицами Киршнера]] (2 шт.) [[перелома Коллеса]] справа. [[Гипсовая лонгета]].
Рентгеноконтроль — снимок № {xr}, стояние отломков удовлетворительное. Оперировал {dr:short}, {d:op} {time}.""")
T("ru", O, """Под [[проводниковой анестезией]] выполнена [[ампутация по Пирогову]] левой стопы. Хирург {dr_full:epo}, ассистент {dr:low}.
Гемостаз, [[дренаж]], швы. Препарат направлен на гистологию, направление № {labn}.""")

T("ru", R, """НАПРАВЛЕНИЕ на госпитализацию (форма 027/у)
Куда: [[НИИТО им. академика Н.Д. Батпенова]]
Пациент: {pt}, {d:dob} г.р., ИИН {iin:labelled}
Адрес: {addr}
Место работы: {work}, водитель""")
T("ru", R, """Уважаемые коллеги! Направляем к вам {g:больного|больную} {pt_case:acc} ({age}) для решения вопроса об оперативном лечении по поводу [[коксартроза]] III ст. [[по Келлгрену-Лоуренсу]].
Амб. карта № {amb}.""")
T("ru", R, """Из анамнеза: травма {d:inj} — {inj}. Лечил{g:ся|ась} амбулаторно в {city:prep}, иммобилизация [[шиной Крамера]], затем [[гипсовой повязкой]].
Консервативное лечение без эффекта, сохраняется [[симптом Тренделенбурга]].""")
T("ru", R, """Результаты обследования: [[ОАК]] от {d:adm}: Hb {n:100-150} г/л, L {n:4-12} х10^9/л, СОЭ {n:5-40} мм/ч.
[[МРТ]] № {xr} — разрыв [[передней крестообразной связки]], [[симптом переднего выдвижного ящика]] положителен, [[тест Лахмана]] +.""")
T("ru", R, """Направляющий врач: {dr_full}, тел. {ph:landline}, e-mail {email:dr}
Подпись ______ {dr_sur}""")
T("ru", R, """Переводной эпикриз от Dr. {dr_lat} (клиника в Германии) получен {d:any}. Пациент{g:|ка} {pt_lat}, паспорт {pasp}.
Рекомендовано продолжить [[ЛФК]] по протоколу, [[ривароксабан]] 10 мг.""")
T("ru", R, """Проживает с семьёй на {street}. Сын ({son}) работает в {fcity:prep}, контакт {ph:foreign}.
Родственники о диагнозе [[перелом Галеацци]] информированы.""")

T("ru", H, """МЕДИЦИНСКАЯ ИНФОРМАЦИОННАЯ СИСТЕМА  |  ПРИЁМНОЕ ОТДЕЛЕНИЕ
Ф.И.О. пациента | {pt:up}
ИИН             | {iin:labelled}
Дата рождения   | {d:dob,numeric}
Адрес           | {addr}
Телефон         | {ph}""")
T("ru", H, """№ ИБ        ПАЦИЕНТ                    ДАТА ПОСТ.      ОТДЕЛЕНИЕ
{ib}      {pt_ini}            {d:adm,numeric}      травматология №{n:1-3}""")
T("ru", H, """Фамилия: {pt_sur:split}    Имя: {pt_first:split}    Отчество: {pt_patr:split}
Пол: {g:М|Ж}    Возраст: {age}    Палата: {n:1-20}    Койка: {n:1-4}""")
T("ru", H, """ДОКУМЕНТ: удостоверение личности № {udl} от {d:issue,numeric}, МВД РК
СТРАХОВОЙ ПОЛИС: {pol}
МЕСТО РАБОТЫ: {work}
БИН РАБОТОДАТЕЛЯ: {bin}""")
T("ru", H, """ЛАБОРАТОРИЯ  |  Заявка № {labn}  |  Штрих-код {fake12}
Пациент: {pt:up}    ИБ {ib}
Глюкоза {n:4-9},{n:0-9} ммоль/л | Креатинин {n:50-120} мкмоль/л | СРБ {n:1-60} мг/л | МНО 1,{n:0-4}""")
T("ru", H, """ПАЦИЕНТ:  {pt_split}        ИИН/ЖСН: {iin:labelled,split}
ДАТА ГОСП.: {d:adm}    ДАТА ВЫП.: {d:dis}    К/Д: {n:5-21}""")
T("ru", H, """ПОИСК ПО БАЗЕ: найдено 1 совпадение
{pt:up}    {iin:unlabelled}    {d:dob,numeric}    {city}""")
T("ru", H, """РЕНТГЕН-АРХИВ   № {xr}   {d:any,compact}   ОГК + тазобедренный сустав
ПАЦИЕНТ {pt_ini:up}   ВРАЧ-РЕНТГЕНОЛОГ {dr:up}""")

T("ru", N, """{time} пац-т {pt_ini:low} жалобы на боли в обл. п/о раны, [[кеторолак]] 30 мг в/м. т 37,2. АД 130/80. сест. {dr_sur:low}""")
T("ru", N, """ночью спал{g:|а} плохо, просил{g:|а} обезбол., введён [[трамадол]] 100 мг в/м по назнач. дежурного врача {dr:low}. повязка сухая.""")
T("ru", N, """перевязка {d:dm}: рана чистая, отёка нет, швы б/о. ходит с ходунками. сын {son_first} звонил, тел {ph:eight}""")
T("ru", N, """б-{g:ой|ая} {pt_sur:low} {age} поступил{g:|а} из приёмн. в 14:20, жалобы на боль в [[пр. бедре]], [[шина Белера]]. сообщено {dr_case:dat}""")
T("ru", N, """[[гипс. повязка]] на пр. голени, пальцы тёплые, чувств. сохр. [[цефазолин]] 1,0 в/м в 08:00, 16:00. передано по смене м/с {dr_sur:low}.""")
T("ru", N, """{d:dm} 22:40 вызов дежурного врача {dr:low} — пац{g:-т|-ка} в палате {n:1-20}, АД 160/95, дан [[каптоприл]] 25 мг. к утру норм.""")
T("ru", N, """{pt_first} ({age}) отказывается от еды, родственники ({rel}) принесут. [[ЛФК]] провела, дых. гимн. [[эноксапарин]] 0,4 п/к сделан.""")

T("ru", C, """КОНСУЛЬТАЦИЯ ТРАВМАТОЛОГА-ОРТОПЕДА
Пациент{g:|ка}: {pt}, {age}. Направлен{g:|а}: {dr_case:ins}.
Жалобы: на боли в [[поясничном отделе позвоночника]] с иррадиацией в левую ногу. [[Симптом Ласега]] положителен слева под углом 40°.""")
T("ru", C, """Осмотрен{g:|а} совместно с зав. отделением {dr_case:ins}. Заключение: [[контрактура Дюпюитрена]] II ст. правой кисти.
Рекомендовано: оперативное лечение в плановом порядке.""")
T("ru", C, """КОНСИЛИУМ {d:any}. Присутствовали: {list}.
Учитывая возраст ({age}) и [[ASA III]], решено выполнить [[гемиартропластику]] [[биполярным эндопротезом]].""")
T("ru", C, """Консультант: проф. {dr_full:epo}. [[Болезнь Пертеса]] исключена. [[По классификации Гардена]] — III тип, [[по Пауэлсу]] — 3.
Показано [[эндопротезирование]].""")
T("ru", C, """Телемедицинская консультация с Dr. {dr_lat} от {d:any}. Согласовано: [[ревизионное эндопротезирование]] с использованием {impl}.
Координатор: {dr}, {email:dr}.""")
T("ru", C, """Осмотр невролога: в сознании, [[ШКГ]] 15 б. Менингеальных знаков нет. [[Симптом Ласега]] отрицателен.
Заключение: [[ушиб головного мозга]] исключён. Невролог {dr:short}""")
T("ru", C, """Консультация кардиолога {d:any} в {time}: [[ЭКГ]] — ритм синусовый, ЧСС {n:60-95}. Противопоказаний к операции нет.
Рекомендован [[бисопролол]] 2,5 мг. Кардиолог {dr} (конс. по тел. {ph:local})""")
T("ru", C, """Пациент{g:|ка} осмотрен{g:|а} по просьбе {dr_case:gen}. Из анамнеза: с {d:prev,mygen} беспокоят боли в [[коленном суставе]], [[болезнь Осгуда-Шлаттера]] в детстве.
Проживает: {village} ({district}).""")

T("ru", S, """ЛИСТ ВРЕМЕННОЙ НЕТРУДОСПОСОБНОСТИ № {ln}
Ф.И.О.: {pt}
ИИН: {iin:labelled}
Место работы: {work}""")
T("ru", S, """Освобождение от работы: с {d:adm} по {d:dis}   Врач: {dr}
Продление: с {d:dis} по {d:next}   Председатель ВКК: {dr}
Приступить к работе: {d:next2}""")
T("ru", S, """Причина нетрудоспособности: 02 — травма бытовая. Д-з: {dx}
Лист выдан {g:гражданину|гражданке} {pt_case:dat}, ИИН {iin:labelled}, {d:issue}.""")
T("ru", S, """Справка для работодателя ({work}, БИН {bin}): {pt_ini} находил{g:ся|ась} на стационарном лечении с {d:adm} по {d:dis}.
Лист нетрудоспособности № {ln}.""")
T("ru", S, """КОРЕШОК ЛИСТА № {ln}   Выдан: {d:issue}   Ф.И.О.: {pt:up}
Подпись получателя: ______ {pt_sur}""")
T("ru", S, """Режим: амбулаторный. Явка {d:next} к врачу {dr_case:dat}. Нарушение режима: нет.
Листок закрыт {d:next2}, к труду.""")
T("ru", S, """Травма на производстве: [[ДТП]] {d:inj} на служебном автомобиле г/н {plate}, акт формы Н-1 составлен.
Водитель {pt_ini}, стаж 12 лет. [[Перелом Мезоннёва]] слева.""")

# ============================ KAZAKH =========================================
T("kk", D, """ШЫҒАРУ ЭПИКРИЗІ
Науқас: {pt}, {kage}. Туған күні: {d:dob}
Ауру тарихы № {ib}
[[Травматология бөлімінде]] {d:adm} – {d:dis} аралығында ем қабылдады.""")
T("kk", D, """Диагнозы: {kdx}
Жасалған операция ({d:op}): {kproc}
Операциядан кейінгі кезең асқынусыз өтті, жара біріншілік жазылды, тігістер {d:dis,dm,kloc} алынды.""")
T("kk", D, """Науқас {pt_sur} {d:inj,kloc} {kinj}, жедел жәрдем көлігімен {city:kabl} жеткізілді.
Тұрғылықты мекенжайы: {addr}.""")
T("kk", D, """Ұсынымдар: тұрғылықты жері бойынша травматолог бақылауы, [[ЕДШ]], {kdrug} 30 күн.
{d:next,kloc} бақылау қарауына дәрігер {dr_kcase:kdat} келу, тіркелу телефоны {ph:local}.""")
T("kk", D, """Емдеуші дәрігер: _____ {dr}
Бөлім меңгерушісі: _____ {dr:short}""")
T("kk", D, """Үйде {kold:adj} әжесімен бірге тұрады, күтім қажет. Бұрын [[Боткин ауруын]] басынан өткерген.
Қызы {dau} хабардар етілді.""")
T("kk", D, """{d:dis,kloc} қанағаттанарлық жағдайда үйіне шығарылды. Еңбекке жарамсыздық парағы № {ln} {d:next,kdat} дейін ұзартылды.
Мекенжайы: {addr}. Байланыс телефоны: {ph}""")
T("kk", D, """Ем барысында алды: {kdrug}, {kdrug}. [[Илизаров аппараты]] {d:op,kloc} қойылды, спицалар күн сайын таңылды.
Профессор {dr_full:epo} кеңесі бойынша аппарат тағы 4 апта қалдырылды.""")

T("kk", O, """ОПЕРАЦИЯ ХАТТАМАСЫ № {opn}
Күні: {d:op}   Басталуы {time}, аяқталуы {time:end}
Хирург: {dr}   Ассистент: {dr}   Анестезиолог: {dr}
Операциялық мейірбике: {dr:short}""")
T("kk", O, """[[Жұлындық анестезиямен]] шынтақ буынына [[Кохер бойынша қолжетім]] жасалды, [[кәрі жіліктің басы]] [[Герберт бұрандасымен]] бекітілді.
Қан жоғалту {n:50-300} мл. Жара қабатпен тігілді.""")
T("kk", O, """{pt:up}, {kage}, ауру тарихы № {ib}
Диагнозы: {kdx}
Операция: {kproc}""")
T("kk", O, """[[Илизаров аппаратымен]] [[асықты жіліктің]] [[транссүйектік остеосинтезі]] жасалды: 4 сақина, 8 [[Киршнер спицасы]].
Рентген-бақылау (сурет № {xr}) — сынық бөліктерінің орны қанағаттанарлық.
Операцияны жасаған: {dr_pre}""")
T("kk", O, """Операцияға ассистент ретінде дәрігер {dr_sur:epo} қатысты. [[Вебер бойынша]] B типті [[тобық сынығы]], [[LCP пластинасымен]] [[остеосинтез]] жасалды, AO {ao}.""")
T("kk", O, """[[ТЭП ТБС]]: сол жақ [[жамбас-сан буыны]] {impl} [[эндопротезімен]] алмастырылды. Қан жоғалту {n:300-800} мл, [[транексам қышқылы]] 1 г көктамырға.
Хаттама № {opn}, {d:op}.""")
T("kk", O, """Операциядан кейінгі тағайындаулар: {kdrug}, {kdrug}, [[омепразол]] 20 мг.
Жауапты дәрігер {dr_kcase:kdat} хабарлансын, тел. {ph:local}.""")
T("kk", O, """Жалпы анестезиямен [[тоқпан жіліктің]] проксималды сынығына [[PHILOS]] пластинасы орнатылды. Операцияны {dr_kcase:kins} бірге ассистент {dr} жүргізді.
Гистологияға жолдама № {labn}.""")

T("kk", R, """ЕМДЕУГЕ ЖАТҚЫЗУҒА ЖОЛДАМА
Кімге: [[Н.Д. Батпенов атындағы Травматология және ортопедия ғылыми-зерттеу институты]]
Науқас: {pt}, туған күні {d:dob}, ЖСН {iin:labelled}
Мекенжайы: {addr}
Жұмыс орны: {work}""")
T("kk", R, """Құрметті әріптестер! Сіздерге {pt_kcase:kacc} ({kage}) [[тізе буынының]] III дәрежелі [[гонартрозы]] бойынша ота жасау мәселесін шешу үшін жолдаймыз.
Амбулаториялық карта № {amb}.""")
T("kk", R, """Анамнезі: {d:inj,kloc} {kinj}. {city:kloc} амбулаториялық ем алды, [[Крамер шинасы]], кейін [[гипс таңғышы]] салынды.
Консервативті ем нәтиже бермеді.""")
T("kk", R, """Зерттеулер: [[ЖҚА]] ({d:adm}): Hb {n:100-150} г/л, лейкоциттер {n:4-12}×10⁹/л.
[[МРТ]] № {xr}: [[алдыңғы айқас байламның]] жыртылуы. [[Лахман тесті]] оң.""")
T("kk", R, """Жолдаған дәрігер: {dr_full}, [[травматолог-ортопед]]. Байланыс: {ph}, {email:dr}""")
T("kk", R, """{pt_kcase:kdat} {city:kloc} тұратын ұлы {son_first} көмектеседі, оның телефоны {ph}.
Науқас {village:bare} ауылында, {street} мекенжайында тіркелген.""")
T("kk", R, """Науқас {d:any,kloc} {fcity:kabl} келген, байланыс телефоны {ph:foreign}. Паспорты № {pasp}.
[[Галеацци сынығы]] бойынша бұрын ота жасалмаған.""")

T("kk", H, """МЕДИЦИНАЛЫҚ АҚПАРАТТЫҚ ЖҮЙЕ | ҚАБЫЛДАУ БӨЛІМІ
Науқастың Т.А.Ә. | {pt:up}
ЖСН              | {iin:labelled}
Туған күні       | {d:dob,numeric}
Мекенжайы        | {addr}
Телефоны         | {ph}""")
T("kk", H, """Тегі: {pt_sur:split}    Аты: {pt_first:split}    Әкесінің аты: {pt_patr:split}
Жынысы: {g:ер|әйел}   Жасы: {kage:bare}   Палата № {n:1-20}""")
T("kk", H, """АУРУ ТАРИХЫ № {ib}     ТҮСКЕН КҮНІ: {d:adm,numeric}     ШЫҚҚАН КҮНІ: {d:dis,numeric}
БӨЛІМ: травматология №{n:1-3}     ТӨСЕК-КҮН: {n:5-21}""")
T("kk", H, """ЖЕКЕ КУӘЛІК № {udl}, берілген күні {d:issue,numeric}, ҚР ІІМ
САҚТАНДЫРУ ПОЛИСІ: {pol}
ЖҰМЫС ОРНЫ: {work}   БСН: {bin}""")
T("kk", H, """ЗЕРТХАНА | Өтінім № {labn} | Үлгі {fake12}
Науқас: {pt:up}   А/т № {ib}
Глюкоза {n:4-9},{n:0-9} ммоль/л | Креатинин {n:50-120} мкмоль/л | С-реактивті ақуыз {n:1-60} мг/л""")
T("kk", H, """НАУҚАС: {pt_split}      ЖСН: {iin:labelled,split}
ТҮСКЕН: {d:adm}    ШЫҚҚАН: {d:dis}""")
T("kk", H, """ІЗДЕУ НӘТИЖЕСІ: 1 жазба табылды
{pt:up}    {iin:unlabelled}    {d:dob,numeric}    {city}""")
T("kk", H, """ШЕТЕЛДІК АЗАМАТ | {pt_lat} | ПАСПОРТ {pasp} | ТЕЛ. {ph:foreign}
РЕНТГЕН № {xr} | {d:any,compact}""")

T("kk", N, """{time} науқас {pt_ini:low} п/о жара аймағындағы ауырсынуға шағымданды, [[кеторолак]] 30 мг б/е салынды. t 37,1. АҚ 125/80. мейірбике {dr_sur:low}""")
T("kk", N, """түнде нашар ұйықтады, ауырсынуды басатын дәрі сұрады, кезекші дәрігер {dr:low} нұсқауымен [[трамадол]] 100 мг б/е. таңғыш құрғақ.""")
T("kk", N, """таңу {d:dm}: жара таза, ісіну жоқ. балдақпен жүреді. қызы {dau_first} хабарласты, тел {ph:eight}""")
T("kk", N, """{pt_sur:low} {kage} қабылдау бөлімінен 14:20-да түсті, [[оң жақ сан]] аймағында ауырсыну. [[ЕДШ]] нұсқаушысы {dr_sur:low} хабардар етілді.""")
T("kk", N, """[[сол жақ асықты жілікте]] гипс таңғышы, саусақтары жылы, сезімталдығы сақталған. [[цефазолин]] 1,0 б/е 08:00, 16:00. кезекті мейірбике {dr_sur:low,kdat} тапсырылды.""")
T("kk", N, """{d:dm} 23:10 кезекші дәрігер {dr:low} шақырылды — {n:1-20}-палатадағы науқаста қан қысымы 165/95, [[каптоприл]] 25 мг берілді. таңертең қалыпты.""")
T("kk", N, """{pt_first} ({kage}) тамақтан бас тартады, туыстары ({rel}) әкеледі. [[ЕДШ]] жүргізілді, тыныс алу жаттығулары. [[эноксапарин]] 0,4 т/а салынды.""")

T("kk", C, """ТРАВМАТОЛОГ-ОРТОПЕД КЕҢЕСІ
Науқас: {pt}, {kage}. Жолдаған: {dr}.
Шағымдары: [[белдің]] ауырсынуы, сол аяққа таралады. [[Ласег симптомы]] сол жақта 40° бұрышта оң.""")
T("kk", C, """Бөлім меңгерушісі {dr_pre:kins} бірге қаралды. Қорытынды: оң қолдың II дәрежелі [[Дюпюитрен контрактурасы]].
Жоспарлы түрде ота жасау ұсынылды.""")
T("kk", C, """КОНСИЛИУМ {d:any}. Қатысқандар: {list}.
Науқастың жасын ({kage:jas}) және [[ASA III]] ескере отырып, [[биполярлы эндопротезбен]] [[гемиартропластика]] жасау шешілді.""")
T("kk", C, """Профессор {dr_full:epo} қарады. [[Пертес ауруы]] жоққа шығарылды. [[Гарден жіктемесі бойынша]] III тип.
[[Эндопротездеу]] көрсетілген.""")
T("kk", C, """Dr. {dr_lat} дәрігермен телемедициналық кеңес {d:any,kloc} өтті. [[Ревизиялық эндопротездеу]] {impl} қолданып жасалатын болып келісілді.
Үйлестіруші: {dr}, {email:dr}""")
T("kk", C, """Невропатолог қарауы: есі анық, [[Глазго шкаласы бойынша]] 15 балл. Менингеальды белгілер жоқ. [[Ласег симптомы]] теріс.
Невропатолог {dr:short}""")
T("kk", C, """Кардиолог кеңесі {d:any}, {time}: [[ЭКГ]] — синустық ырғақ, ЖСЖ {n:60-95}. Отаға қарсы көрсетілім жоқ.
Кардиолог {dr}, байланыс {ph:local}""")
T("kk", C, """Науқас {pt_kcase:kgen} шағымы бойынша қаралды: {d:prev,kabl} бастап [[тізе буынында]] ауырсыну. Балалық шағында [[Осгуд-Шлаттер ауруы]] болған.
{district}, {village:bare} ауылында тұрады.""")

T("kk", S, """ЕҢБЕККЕ УАҚЫТША ЖАРАМСЫЗДЫҚ ПАРАҒЫ № {ln}
Т.А.Ә.: {pt}
ЖСН: {iin:labelled}
Жұмыс орны: {work}""")
T("kk", S, """Жұмыстан босатылды: {d:adm} – {d:dis}   Дәрігер: {dr}
Ұзартылды: {d:dis} – {d:next}   ДКК төрағасы: {dr}
Жұмысқа шығу күні: {d:next2}""")
T("kk", S, """Еңбекке жарамсыздық себебі: 02 — тұрмыстық жарақат. Диагнозы: {kdx}
Парақ азамат {pt_kcase:kdat} берілді, ЖСН {iin:labelled}, {d:issue}.""")
T("kk", S, """Жұмыс берушіге анықтама ({work}, БСН {bin}): {pt_ini} {d:adm} – {d:dis} аралығында стационарлық емде болды. Парақ № {ln}.""")
T("kk", S, """ПАРАҚ ТҮБІРТЕГІ № {ln}   Берілген күні: {d:issue}   Т.А.Ә.: {pt:up}
Алушының қолы: ______ {pt_sur}""")
T("kk", S, """Режимі: амбулаториялық. {d:next,kloc} {dr_kcase:kdat} келу. Режим бұзылған жоқ.
Парақ {d:next2,kloc} жабылды, жұмысқа.""")
T("kk", S, """Өндірістік жарақат: {d:inj,kloc} қызметтік көлікте ([[ЖКО]]), мемлекеттік нөмірі {plate}. Н-1 нысанындағы акт жасалды.
Жүргізуші {pt_ini}, [[Мезоннёв сынығы]].""")

# ============================ MIXED ==========================================
T("mixed", D, """ШЫҒАРУ ЭПИКРИЗІ / ВЫПИСНОЙ ЭПИКРИЗ
Науқас / Пациент: {pt}, {kage}
Ауру тарихы / История болезни № {ib}
Ем қабылдады / Находился на лечении: {d:adm} – {d:dis}""")
T("mixed", D, """Науқас {pt_sur} {d:adm,kloc} поступил{g:|а} с жалобами на боли в [[правом тазобедренном суставе]], жүре алмайды.
Диагноз: {dx}""")
T("mixed", D, """Операция жасалды {d:op}: {proc}. После операции жағдайы жақсарды, рана зажила, тігістер алынды {d:dis,dm}.""")
T("mixed", D, """Рекомендации / Ұсынымдар: [[ЕДШ]] ([[ЛФК]]), [[ривароксабан]] 10 мг 1 р/д 35 күн.
Бақылау {d:next,kloc} {dr_kcase:kdat}, тел. {ph}.""")
T("mixed", D, """Үйде {kold:adj} әжесімен тұрады, уход обеспечен. Дочь {dau} звонила из {city:gen}, просит выписку на e-mail {email}.""")
T("mixed", D, """Выписан{g:|а} {d:dis} қанағаттанарлық жағдайда. Еңбекке жарамсыздық парағы (ЛН) № {ln} {d:next,numeric} дейін продлён.
Мекенжайы / Адрес: {addr}""")
T("mixed", D, """Лечащий врач / Емдеуші дәрігер: _____ {dr}
Зав. отделением / Бөлім меңгерушісі: _____ {dr:short}""")

T("mixed", O, """ОПЕРАЦИЯ ХАТТАМАСЫ / ПРОТОКОЛ ОПЕРАЦИИ № {opn}   {d:op}
Хирург: {dr}   Ассистент: {dr}   Анестезиолог: {dr}""")
T("mixed", O, """[[СМА]], науқас арқасында жатыр. [[Доступ по Кохеру]] к [[локтевому суставу]], [[кәрі жіліктің басы]] фиксирована [[винтами Герберта]].
Қан жоғалту {n:50-300} мл.""")
T("mixed", O, """[[ЧКДО по Илизарову]]: [[асықты жілікке]] 4 сақиналы [[аппарат Илизарова]] салынды, [[спицы Киршнера]] 8 шт.
Рентген-бақылау № {xr}. Оперировал дәрігер {dr_sur:epo}.""")
T("mixed", O, """{pt:up} ({kage}), ИБ № {ib}. Д-з: {dx}.
Операция: {kproc}""")
T("mixed", O, """Ассистировал {dr_sur:epo}. [[Перелом лодыжек]] [[Вебер бойынша]] тип C, [[МОС]] [[пластиной LCP]], [[позиционный винт]] қойылды. AO {ao}.""")
T("mixed", O, """[[ТЭП ТБС]] справа, [[эндопротез]] {impl}. [[Доступ по Хардингу]]. Кровопотеря {n:300-900} мл, [[транексам қышқылы]] 1 г в/в.
Дренаж алынды {d:dis,dm}.""")
T("mixed", O, """Операциядан кейін: [[цефазолин]] 1,0 г в/м 3 р/д, [[кеторолак]] 30 мг. Дежурный врач {dr:low} хабардар етілді, тел. {ph:local}.""")

T("mixed", R, """ЖОЛДАМА / НАПРАВЛЕНИЕ
Кімге / Куда: [[А.Н. Сызғанов атындағы Ұлттық ғылыми хирургия орталығы]]
Науқас: {pt}, ЖСН/ИИН {iin:labelled}, туған күні {d:dob}""")
T("mixed", R, """Направляем к вам науқас {pt_ini} ({kage}) по поводу [[коксартроза]] III ст., [[Келлгрен-Лоуренс бойынша]] IV. Консервативное ем тиімсіз.
Амб. карта № {amb}.""")
T("mixed", R, """Анамнез: {d:inj} [[ЖКО]] ([[ДТП]]) кезінде жарақат алған, водитель а/м г/н {plate}. {city:kloc} лечился амбулаторно.""")
T("mixed", R, """Мекенжайы: {addr}. Жұмыс орны / Место работы: {work}, БИН {bin}.""")
T("mixed", R, """Направивший врач / Жолдаған дәрігер: {dr_full}, {ph}, {email:dr}""")
T("mixed", R, """Patient {pt_lat}, passport {pasp}, тел. {ph:foreign}. Науқас {fcity:kabl} приехал{g:|а} на лечение, переводчик — {rel_first}.""")
T("mixed", R, """Консультация Dr. {dr_lat} {d:any}: рекомендовано [[ревизионное эндопротезирование]], {impl} компоненттері.
Науқас {village:kloc} тұрады, {district}.""")

T("mixed", H, """Ф.И.О. пациента / Науқастың Т.А.Ә. | {pt:up}
ИИН / ЖСН                          | {iin:labelled}
Дата рождения / Туған күні         | {d:dob,numeric}
Адрес / Мекенжайы                  | {addr}
Тел.                               | {ph}""")
T("mixed", H, """№ ИБ      НАУҚАС / ПАЦИЕНТ         ТҮСКЕН / ПОСТ.      ШЫҚҚАН / ВЫП.
{ib}      {pt_ini}          {d:adm,numeric}       {d:dis,numeric}""")
T("mixed", H, """Тегі / Фамилия: {pt_sur:split} | Аты / Имя: {pt_first:split} | Әкесінің аты / Отчество: {pt_patr:split}
Жасы / Возраст: {kage:bare} | Палата {n:1-20}""")
T("mixed", H, """УД. ЛИЧНОСТИ / ЖЕКЕ КУӘЛІК № {udl} | {d:issue,numeric} | МВД РК / ҚР ІІМ
ПОЛИС: {pol} | ЖҰМЫС ОРНЫ: {work}""")
T("mixed", H, """ЗЕРТХАНА / ЛАБОРАТОРИЯ | № {labn} | штрих-код {fake12}
{pt:up} | ИБ {ib} | Гемоглобин {n:90-160} г/л | Лейкоциты {n:4-15}""")
T("mixed", H, """ІЗДЕУ / ПОИСК: {pt_sur:up}
1) {pt:up}   {iin:unlabelled}   {d:dob,numeric}   {city}""")
T("mixed", H, """АВТОМОБИЛЬ (ЖКО/ДТП): г/н {plate} | Куәгер / свидетель: {rel} | тел. {ph}
ПАЦИЕНТ / НАУҚАС: {pt_split}""")

T("mixed", N, """{time} пац-т {pt_ini:low} жараның ауырсынуына шағым, [[кеторолак]] 30 мг в/м салынды. т 37,3. ад 130/85. м/с {dr_sur:low}""")
T("mixed", N, """түнде ұйықтамады, обезбол сұрады, дежурный врач {dr:low} нұсқауымен [[трамадол]] 100 мг в/м. повязка сухая.""")
T("mixed", N, """перевязка {d:dm}: жара таза, отёк жоқ. ходунокпен жүреді. ұлы {son_first} звонил, тел {ph:eight}""")
T("mixed", N, """{pt_sur:low} ({kage}) приёмныйдан 14:20 түсті, [[оң сан]] аймағында боль. [[ЛФК]] нұсқаушысы {dr_sur:low} хабардар.""")
T("mixed", N, """гипс [[сол голень]] — саусақтары жылы, чувствит. сохр. [[цефтриаксон]] 1,0 в/м 08:00. сменаны {dr_sur:low,kdat} тапсырдым.""")
T("mixed", N, """{d:dm} 22:40 дежурный врач {dr:low} шақырылды, палата {n:1-20}, давление 160/95, [[каптоприл]] 25 мг берілді.""")
T("mixed", N, """{pt_first} ({kage}) тамақ ішпейді, родственники ({rel}) әкеледі. [[ЕДШ]] проведена, [[эноксапарин]] 0,4 п/к.""")

T("mixed", C, """КОНСУЛЬТАЦИЯ / КЕҢЕС травматолога
Науқас {pt}, {kage}. Шағымдары: боли в пояснице, сол аяққа иррадиация. [[Симптом Ласега]] оң 45°.""")
T("mixed", C, """Бөлім меңгерушісі {dr_pre:kins} совместно осмотрен{g:|а}. Заключение: [[контрактура Дюпюитрена]] II ст. Ота жоспарлы түрде.""")
T("mixed", C, """КОНСИЛИУМ {d:any}. Присутствовали / Қатысқандар: {list}. Учитывая жасын ({kage:jas}), решено: [[гемиартропластика]].""")
T("mixed", C, """Проф. {dr_full:epo} қарады: [[Пертес ауруы]] исключена, [[по Гардену]] III тип. Показано [[эндопротездеу]].""")
T("mixed", C, """Dr. {dr_lat} телемедицина {d:any}: [[ревизиялық эндопротездеу]], {impl} компоненттері. Координатор {dr}, {email:dr}.""")
T("mixed", C, """Кардиолог {d:any} {time}: [[ЭКГ]] — синус ырғағы, ЧСС {n:60-95}. Противопоказаний нет. [[бисопролол]] 2,5 мг.
{dr:short}, тел. {ph:local}""")
T("mixed", C, """Ранее лечил{g:ся|ась} в [[больнице им. Боткина]], ал қазір дәрігер {dr_sur:epo,kdat} қаралады. [[Бехтерев ауруы]] диагнозы расталған.""")

T("mixed", S, """ЕҢБЕККЕ ЖАРАМСЫЗДЫҚ ПАРАҒЫ / ЛИСТ НЕТРУДОСПОСОБНОСТИ № {ln}
Т.А.Ә. / Ф.И.О.: {pt}
ЖСН / ИИН: {iin:labelled}
Жұмыс орны / Место работы: {work}""")
T("mixed", S, """Босатылды / Освобождён: {d:adm} – {d:dis}   Врач / Дәрігер: {dr}
Продлён / Ұзартылды: по {d:next}   ВКК: {dr}""")
T("mixed", S, """Себебі / Причина: 01 — заболевание. Д-з: {dx}. Парақ {pt_kcase:kdat} выдан {d:issue}.""")
T("mixed", S, """Анықтама работодателю ({work}, БСН/БИН {bin}): {pt_ini} стационарда {d:adm} – {d:dis} аралығында лечил{g:ся|ась}.""")
T("mixed", S, """ТҮБІРТЕК / КОРЕШОК № {ln}   {d:issue}   {pt:up}
Қолы / подпись: _____ {pt_sur}""")
T("mixed", S, """Режим амбулаторный. Келу / явка {d:next} {dr_pre:kdat}. Парақ жабылды {d:next2}.""")
T("mixed", S, """Производственная травма: [[ЖКО]] {d:inj}, служебный автомобиль г/н {plate}, водитель {pt_ini}. Акт Н-1 жасалды.
Пациент{g:|ка} живёт в {city:prep}, {street}.""")


# ---------------------------------------------------------------------------
# Record assembly
# ---------------------------------------------------------------------------
def add_days(d, n):
    return d + dt.timedelta(days=n)


def make_context(rng):
    ctx = Ctx()
    ctx.rng = rng
    ctx.pt = make_person(rng)
    same = rng.random() < 0.85
    ctx.rel = make_person(rng, group=ctx.pt["group"] if same else None)
    for who, sx in (("son", "m"), ("dau", "f")):
        ch = make_person(rng, sex=sx, group=ctx.pt["group"])
        if rng.random() < 0.85:
            ch["sur"] = ctx.pt["sur"]
            ch["tags"] = set(ch["tags"]) | ({"eponym_like"} if ch["sur"] in EPONYM_ALL else set())
        setattr(ctx, who, ch)
    start = dt.date(2019, 1, 1)
    adm = add_days(start, rng.randint(0, 2370))
    r = rng.random()
    if r < 0.09:
        age = rng.randint(90, 99)
    elif r < 0.13:
        age = rng.randint(6, 17)
    else:
        age = rng.randint(18, 89)
    y = adm.year - age
    m = rng.randint(1, 12)
    dd = rng.randint(1, calendar.monthrange(y, m)[1])
    if (m, dd) > (adm.month, adm.day):
        y -= 1
        dd = min(dd, calendar.monthrange(y, m)[1])
    dob = dt.date(y, m, dd)
    ctx.age = adm.year - dob.year - ((adm.month, adm.day) < (dob.month, dob.day))
    op = add_days(adm, rng.randint(0, 4))
    dis = add_days(op, rng.randint(3, 16))
    nxt = add_days(dis, rng.randint(7, 30))
    ctx.dates = dict(adm=adm, inj=add_days(adm, -rng.randint(0, 3)), op=op, dis=dis, next=nxt,
                     next2=add_days(nxt, rng.randint(3, 20)), issue=dt.date(rng.randint(2012, 2023), rng.randint(1, 12), rng.randint(1, 28)),
                     any=add_days(adm, rng.randint(0, 10)), dob=dob, prev=add_days(adm, -rng.randint(60, 1500)))
    ctx.iin = make_iin(rng, dob, ctx.pt["sex"])
    ctx.orth = "kk" if rng.random() < 0.6 else "ru"
    ctx.pool_seen = set()
    ctx.last_dr = None
    ctx.last_time = None
    return ctx


def render(ctx, tlang, tpl):
    ctx.lang = tlang
    saved = ctx.orth
    if tlang == "ru":
        ctx.orth = "ru"
    elif tlang == "kk":
        ctx.orth = "kk"
    out = []
    expand(ctx, tpl, out)
    ctx.orth = saved
    return out


def build():
    rng = random.Random(SEED)
    by_ls = defaultdict(list)
    for i, (lang, style, _) in enumerate(TEMPLATES):
        by_ls[(lang, style)].append(i)
    unused = set(range(len(TEMPLATES)))
    used = Counter()
    records = []
    langs = ["ru", "kk", "mixed"]
    lw = [0.40, 0.36, 0.24]
    n_ru, n_kk = round(N_RECORDS * lw[0]), round(N_RECORDS * lw[1])
    lang_plan = ["ru"] * n_ru + ["kk"] * n_kk + ["mixed"] * (N_RECORDS - n_ru - n_kk)
    rng.shuffle(lang_plan)
    for rid in range(N_RECORDS):
        lang = lang_plan[rid]
        style = STYLES[rid % len(STYLES)] if rid < 70 else rng.choice(STYLES)
        pool = by_ls[(lang, style)]
        k = rng.choices([1, 2, 3, 4], [0.18, 0.36, 0.30, 0.16])[0]
        chosen = set(rng.sample(pool, min(k, len(pool))))
        fresh = [t for t in pool if t in unused and t not in chosen]
        if fresh:
            chosen.add(fresh[0])
            if len(chosen) > 4:
                chosen.discard(next(t for t in sorted(chosen) if t != fresh[0]))
        order = sorted(chosen)
        if lang == "mixed" and rng.random() < 0.25:
            other = by_ls[(rng.choice(["ru", "kk"]), style)]
            order.append(rng.choice(other))
        ctx = make_context(rng)
        ctx.last_dr = None
        ctx.pool_seen = set()
        sep = rng.choice(["\n", "\n\n", "\n", "\n\n\n"])
        pieces_all = []
        for j, t in enumerate(order):
            tl, _, tpl = TEMPLATES[t]
            pcs = render(ctx, tl, tpl)
            trial = pieces_all + ([(sep, None, ())] if pieces_all else []) + pcs
            if pieces_all and sum(len(p[0]) for p in trial) > 1500:
                continue
            pieces_all = trial
            used[t] += 1
            unused.discard(t)
        # pad short texts with one more template of the same pool
        guard = 0
        while sum(len(p[0]) for p in pieces_all) < 100 and guard < 10:
            guard += 1
            rest = [x for x in pool if x not in order] or pool
            t = rng.choice(rest)
            order.append(t)
            pcs = render(ctx, TEMPLATES[t][0], TEMPLATES[t][2])
            trial = pieces_all + [(sep, None, ())] + pcs
            if sum(len(p[0]) for p in trial) <= 1500:
                pieces_all = trial
                used[t] += 1
                unused.discard(t)
        cleaned = []
        for s, kind, forms in pieces_all:
            if kind is None and cleaned and s.startswith(".") and cleaned[-1][0].rstrip().endswith(".") \
                    and cleaned[-1][0].endswith("."):
                s = s[1:]
                if not s:
                    continue
            cleaned.append((s, kind, forms))
        text, ids, clin = "", [], []
        for s, kind, forms in cleaned:
            st = len(text)
            text += s
            if kind == "CLIN":
                clin.append({"start": st, "end": len(text)})
            elif kind:
                ids.append({"start": st, "end": len(text), "label": kind, "forms": list(forms)})
        records.append({"id": "deid-ho-%04d" % (rid + 1), "language": lang, "style": style, "text": text,
                        "identifiers": ids, "clinical": clin})
    return records, used


# ---------------------------------------------------------------------------
# Self-check and counts
# ---------------------------------------------------------------------------
def self_check(records, used):
    ids_seen = set()
    for r in records:
        assert r["id"] not in ids_seen
        ids_seen.add(r["id"])
        assert r["language"] in ("ru", "kk", "mixed") and r["style"] in STYLES
        t = r["text"]
        assert 100 <= len(t) <= 1500, (r["id"], len(t))
        prev_end = -1
        for sp in r["identifiers"]:
            assert sp["label"] in LABELS
            assert 0 <= sp["start"] < sp["end"] <= len(t)
            assert sp["start"] >= prev_end, ("overlap/unsorted", r["id"], sp)
            prev_end = sp["end"]
            surf = t[sp["start"]:sp["end"]]
            assert surf == surf.strip() and surf, (r["id"], repr(surf))
            if sp["label"] == "IIN":
                assert iin_valid(surf), (r["id"], surf)
            if sp["label"] == "AGE":
                n = int(re.match(r"\d+", surf).group())
                assert n > 89, surf
            if sp["label"] == "RECORD_ID" and re.fullmatch(r"\d{12}", surf):
                assert not iin_valid(surf) and check_digit(surf[:11]) != int(surf[11]), surf
            if sp["label"] == "DOC_ID" and "bin" in sp["forms"]:
                assert check_digit(surf[:11]) == int(surf[11])
        prev_end = -1
        for c in r["clinical"]:
            assert 0 <= c["start"] < c["end"] <= len(t) and c["start"] >= prev_end
            prev_end = c["end"]
            for sp in r["identifiers"]:
                assert c["end"] <= sp["start"] or c["start"] >= sp["end"], ("clinical overlaps id", r["id"])
        # check json round trip of offsets
        for sp in r["identifiers"]:
            assert t[sp["start"]:sp["end"]] == json.loads(json.dumps(t))[sp["start"]:sp["end"]]
    for lang in ("ru", "kk", "mixed"):
        n_t = sum(1 for l, _, _ in TEMPLATES if l == lang)
        assert n_t >= 40, (lang, n_t)
    assert len(used) == len(TEMPLATES), "some templates never used"


def counts(records):
    c = dict(label=Counter(), form=Counter(), lang_ids=Counter(), lang_recs=Counter(), style_recs=Counter(),
             style_ids=Counter(), label_lang=Counter(), clinical=0, clinical_lang=Counter(), fake12=0, chars=0)
    for r in records:
        c["lang_recs"][r["language"]] += 1
        c["style_recs"][r["style"]] += 1
        c["clinical"] += len(r["clinical"])
        c["clinical_lang"][r["language"]] += len(r["clinical"])
        c["chars"] += len(r["text"])
        for sp in r["identifiers"]:
            c["label"][sp["label"]] += 1
            c["lang_ids"][r["language"]] += 1
            c["style_ids"][r["style"]] += 1
            c["label_lang"][(sp["label"], r["language"])] += 1
            for f in sp["forms"]:
                c["form"][(sp["label"], f)] += 1
            surf = r["text"][sp["start"]:sp["end"]]
            if sp["label"] == "RECORD_ID" and re.fullmatch(r"\d{12}", surf):
                c["fake12"] += 1
    return c


def table(c):
    tot = sum(c["label"].values())
    lines = []
    lines.append("| label | ru | kk | mixed | total |")
    lines.append("|---|---:|---:|---:|---:|")
    for lab in LABELS:
        lines.append("| %s | %d | %d | %d | %d |" % (lab, c["label_lang"][(lab, "ru")], c["label_lang"][(lab, "kk")],
                                                 c["label_lang"][(lab, "mixed")], c["label"][lab]))
    lines.append("| **all** | %d | %d | %d | %d |" % (c["lang_ids"]["ru"], c["lang_ids"]["kk"], c["lang_ids"]["mixed"], tot))
    return "\n".join(lines)


def form_table(c):
    lines = ["| label | form | count |", "|---|---|---:|"]
    for (lab, f), n in sorted(c["form"].items(), key=lambda x: (LABELS.index(x[0][0]), -x[1], x[0][1])):
        lines.append("| %s | %s | %d |" % (lab, f, n))
    return "\n".join(lines)


def lang_table(c):
    tot = sum(c["lang_ids"].values())
    lines = ["| language | records | identifiers | share of identifiers | clinical spans |", "|---|---:|---:|---:|---:|"]
    for l in ("ru", "kk", "mixed"):
        lines.append("| %s | %d | %d | %.1f%% | %d |" % (l, c["lang_recs"][l], c["lang_ids"][l],
                                                       100.0 * c["lang_ids"][l] / tot, c["clinical_lang"][l]))
    return "\n".join(lines)


def style_table(c):
    lines = ["| style | records | identifiers |", "|---|---:|---:|"]
    for s in STYLES:
        lines.append("| %s | %d | %d |" % (s, c["style_recs"][s], c["style_ids"][s]))
    return "\n".join(lines)


def template_table():
    cnt = Counter((l, s) for l, s, _ in TEMPLATES)
    lines = ["| style | ru | kk | mixed |", "|---|---:|---:|---:|"]
    for s in STYLES:
        lines.append("| %s | %d | %d | %d |" % (s, cnt[("ru", s)], cnt[("kk", s)], cnt[("mixed", s)]))
    lines.append("| **total** | %d | %d | %d |" % tuple(sum(cnt[(l, s)] for s in STYLES) for l in ("ru", "kk", "mixed")))
    return "\n".join(lines)


README_HEAD = """# deid_heldout — blind held-out set for Kazakhstan hospital record de-identification

**Held-out: never used to tune rules. Measure only.**

Licence: CC0, synthetic, written for medadapt.

## How it was written

The set is *blind*: its author read neither the project's synthetic-data generator
nor the de-identification detector, nor any other file of the repository, before
or while writing it. Every sentence template, value pool (surnames, given names,
patronymics, streets, micro-districts, towns, villages, districts, employers),
number format and date format lives in `build.py` and was written from general
knowledge of Kazakhstan hospital paperwork. All people, numbers and addresses are
synthetic; any resemblance to real persons is accidental.

`build.py` (standard-library Python, fixed seed) fills {n_tpl} hand-written templates
({n_ru} Russian, {n_kk} Kazakh, {n_mx} mixed Russian/Kazakh) with values and records
exact character offsets while it assembles each text, so offsets are correct by
construction; a self-check at the end re-verifies them (spans inside the text,
sorted, non-overlapping, no clinical span overlapping an identifier, every IIN
valid, every planted 12-digit lab/record number invalid as an IIN, every AGE > 89)
and prints the counts below.

Rebuild (deterministic, seed `{seed}`):

    python3 datasets/deid_heldout/build.py

## Record format (`records.jsonl`, one JSON object per line)

    {{"id": str, "language": "ru"|"kk"|"mixed", "style": str, "text": str,
      "identifiers": [{{"start": int, "end": int, "label": str, "forms": [str, ...]}}],
      "clinical": [{{"start": int, "end": int}}]}}

Offsets are Python `str` indices: `text[start:end]` is the identifier exactly.
`clinical` spans are clinical terms (eponymous constructions such as
`аппарат Илизарова`, `по Веберу`/`Вебер бойынша`, `больница им. Боткина`, implant brands,
drug names, anatomy with Kazakh case endings, abbreviations such as ЛФК/ЕДШ/ТЭП ТБС/ЖКО)
that must survive de-identification: a span of the output that masks any part of one is
an over-redaction.

## Labelling conventions

* NAME: one span per contiguous name (surname + given name + patronymic, or surname +
  initials). Titles and role words (врач, дәрігер, проф., д-р, Dr., м/с) are outside the
  span. Names split over table columns (Фамилия: … Имя: …) are one span per column, form
  `split_line`; names wrapped over a line break are one span containing the `\\n`.
  The same eponym-like words (Илизаров, Вебер, Боткин, Кох, Киршнер, Бехтерев, Пирогов …)
  appear as persons (NAME, form `eponym_like`) and, in other places, inside clinical spans.
  Named institutions (`НИИТО им. академика Н.Д. Батпенова`, `больница им. Боткина`,
  `А.Н. Сызғанов атындағы …`) are clinical, not NAME.
* DATE: the date only; a trailing `г.`/`ж.` is outside the span; Kazakh case endings on the
  month or ordinal (`12 наурызда`, `наурыздың 12-сінде`) are inside. Times (10:30) are not dates.
* AGE: only ages over 89, with their unit word (`92 года`, `в возрасте 91 года` → `91 года`,
  `90 жаста`, `93 жастағы`, or a bare number in a `Жасы:` field). Ages ≤ 89 are left
  unmarked on purpose (confusables).
* ADDRESS: a full postal address is one span including its markers (`г.`, `ул.`, `кв.`,
  `қ.`, `көшесі`, `ауданы`, `-үй`, `-пәтер`); a bare settlement in running text is its
  word only (`из Талгара` → `Талгара`, `Қаскелеңде`); a Kazakh village word `ауылы`/
  `ауылында` written after a bare name is outside the span. Employers and schools are
  ADDRESS with form `workplace`. Country names are not marked.
* RECORD_ID: hospitalisation/case-history, outpatient card, operation protocol, X-ray/CT/MRI,
  lab numbers, including planted 12-digit numbers whose IIN checksum fails.
* DOC_ID: ID card / passport, insurance policy, sick-leave certificate, vehicle plate, BIN.
* Forms describe the surface, not the gold boundary: e.g. `case_form` marks a name or
  place written in an oblique case (`Волковым А.С.`, `Жұмабековке`, `Талғардан`,
  `Жұмабеков Ерлан Нұрланұлына`); an identifier carries every form that applies.
* Not identifiers (left in the text as confusables): doses, lab values, ages ≤ 89, AO
  codes (31-A2, 34А1), ICD-10 codes (S72.0, М16.1), times, blood loss, ward/bed numbers,
  form numbers (027/у), hospital department numbers.
"""


README_TAIL = """
## Known simplifications

* Diagnosis, procedure, implant and drug phrases are drawn independently, so the clinical
  story inside one record is not always coherent (a hip diagnosis next to a knee procedure).
  This does not affect the identifier or clinical-span gold.
* Kazakh case endings on Russian-style surnames: Turkic surnames in -ов follow the vowel of
  the root (`Жұмабековке`, `Омаровқа`), -ев/-ин take front endings (`Сейтқалиевтің`),
  non-Turkic surnames follow their last vowel (`Петровқа`, `Шмидтке`).
* Records mix 1-4 fragments of one style around one synthetic patient; a mixed-language
  record may also contain one purely Russian or purely Kazakh fragment.
"""


def write_readme(c, n_records):
    n_ru = sum(1 for l, _, _ in TEMPLATES if l == "ru")
    n_kk = sum(1 for l, _, _ in TEMPLATES if l == "kk")
    n_mx = sum(1 for l, _, _ in TEMPLATES if l == "mixed")
    txt = README_HEAD.format(n_tpl=len(TEMPLATES), n_ru=n_ru, n_kk=n_kk, n_mx=n_mx, seed=SEED)
    txt += "\n## Counts\n\n"
    txt += "%d records, %d identifiers, %d clinical spans, %d characters of text; %d planted invalid 12-digit numbers (RECORD_ID).\n\n" % (
        n_records, sum(c["label"].values()), c["clinical"], c["chars"], c["fake12"])
    txt += "### Identifiers per label and language\n\n" + table(c) + "\n\n"
    txt += "### Per language\n\n" + lang_table(c) + "\n\n"
    txt += "### Per style\n\n" + style_table(c) + "\n\n"
    txt += "### Templates per language and style\n\n" + template_table() + "\n\n"
    txt += "### Identifiers per form\n\n(an identifier carries every form that applies, so forms sum to more than identifiers)\n\n" + form_table(c) + "\n"
    txt += README_TAIL
    with open(os.path.join(OUT_DIR, "README.md"), "w", encoding="utf-8") as f:
        f.write(txt)


def main():
    records, used = build()
    self_check(records, used)
    with open(os.path.join(OUT_DIR, "records.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    c = counts(records)
    write_readme(c, len(records))
    print("records: %d   identifiers: %d   clinical: %d   templates: %d" % (
        len(records), sum(c["label"].values()), c["clinical"], len(TEMPLATES)))
    print(table(c))
    print()
    print(lang_table(c))
    print()
    print(style_table(c))
    print()
    print(template_table())
    print()
    print(form_table(c))
    print("self-check OK")


if __name__ == "__main__":
    main()
