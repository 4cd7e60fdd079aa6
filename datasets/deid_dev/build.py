#!/usr/bin/env python3
"""Build the medadapt de-identification DEVELOPMENT set (deid_dev).

Synthetic Kazakhstan hospital records in Russian, Kazakh and mixed
Russian/Kazakh text.  Every value (names, numbers, addresses, employers)
is invented by the generator below; nothing comes from real patients.

Rebuild:  python3 datasets/deid_dev/build.py
Output:   datasets/deid_dev/records.jsonl  (deterministic, seed 7)

Template mini-language (see TEMPLATES in templates part below):
  {kind:arg:arg...}  an identifier produced by a generator (kind = n, d, ph,
                     em, iin, age, a, r, dc); an arg starting with '+'
                     adds a form tag.
  <<text>>           a clinical span (literal) that must survive.
  <<@pool>>          a clinical span drawn from a pool.
  [[pool]]           unmarked filler (confusable non-identifier) from a pool;
  [[g:masc|fem]]     grammatical agreement with the patient's sex
                     ([[g@role:masc|fem]] for another person).
"""
import datetime
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 7
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "records.jsonl")

LABELS = {"NAME", "IIN", "PHONE", "EMAIL", "DATE", "AGE", "ADDRESS",
          "RECORD_ID", "DOC_ID"}

# ---------------------------------------------------------------------------
# Name pools (Kazakh names stored in Kazakh spelling; Russian spelling derived)
# ---------------------------------------------------------------------------
KK2RU = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")


def ru_spell(s):
    return s.translate(KK2RU)


KZ_M = ("Ерлан Асхат Бауыржан Нұрлан Данияр Ержан Серік Қанат Арман Мейрам "
        "Талғат Жандос Айдос Бекзат Нұржан Азамат Ерболат Темірлан Алмас Дархан "
        "Еркебұлан Қайрат Марат Мұхтар Рүстем Санжар Жасұлан Олжас Ғабит Шыңғыс "
        "Әділет Бақыт Медет Нұрсұлтан Мақсат Ернар").split()
KZ_F = ("Айгүл Гүлнара Динара Жанар Сәуле Айжан Әсел Меруерт Назерке Айгерім "
        "Бибігүл Жібек Гүлмира Камила Әлия Дана Жұлдыз Салтанат Толқын Ботагөз "
        "Айнұр Маржан Райхан Шолпан Қарлығаш Мадина Ақмарал Балжан Ләззат Перизат").split()
KZ_SUR = ("Ахметов Жұмабеков Есенов Нұрпейісов Сейтқалиев Бекмұхамбетов Сәрсенбаев "
          "Тоқтаров Әбдірахманов Қасымов Омаров Жақыпов Кенжебаев Мұқанов Тұрсынбаев "
          "Байжанов Ермеков Әбенов Сәдуақасов Қалиев Өтепов Шәріпов Қарибаев "
          "Досмұхамедов Тілеубердиев Аманжолов Сүлейменов Нұрғалиев Жәнібеков Исаев "
          "Серікбаев Оспанов Мамыров Бейсенов Ибраев Құрманғалиев Әлімжанов Төлеубаев").split()

RU_M = ("Александр Сергей Андрей Дмитрий Алексей Николай Владимир Игорь Олег "
        "Виктор Павел Евгений Михаил Юрий Константин Денис").split()
RU_F = ("Анна Елена Ольга Татьяна Наталья Ирина Светлана Людмила Марина "
        "Екатерина Юлия Галина Валентина Надежда Вера Лариса").split()
RU_SUR = ("Иванов Петров Смирнов Кузнецов Соколов Попов Лебедев Козлов Новиков "
          "Морозов Васильев Павлов Семенов Голубев Виноградов Федоров Михайлов "
          "Белов Тарасов Беляев Комаров Жуков Гришин Захаров").split()
RU_PATR = [("Иванович", "Ивановна"), ("Сергеевич", "Сергеевна"),
           ("Петрович", "Петровна"), ("Николаевич", "Николаевна"),
           ("Александрович", "Александровна"), ("Михайлович", "Михайловна"),
           ("Владимирович", "Владимировна"), ("Юрьевич", "Юрьевна"),
           ("Викторович", "Викторовна"), ("Геннадьевич", "Геннадьевна"),
           ("Анатольевич", "Анатольевна"), ("Васильевич", "Васильевна")]
UA_SUR = ("Шевченко Коваленко Бондаренко Ткаченко Кравченко Мельник Бойко "
          "Литвиненко Савчук Гончаренко Петренко Онищенко Марченко Ковальчук Полищук").split()
UA_M = "Тарас Богдан Василий Остап Николай Андрей Юрий Степан".split()
UA_F = "Оксана Олеся Галина Леся Наталья Богдана".split()
UA_PATR = [("Тарасович", "Тарасовна"), ("Богданович", "Богдановна"),
           ("Степанович", "Степановна"), ("Остапович", "Остаповна"),
           ("Васильевич", "Васильевна")]
UZ_SUR = ("Юсупов Рахимов Каримов Мирзаев Тошматов Усманов Хасанов Абдуллаев "
          "Турсунов Назаров Эргашев").split()
UZ_M = "Рустам Фаррух Шохрух Дилшод Бахтиёр Улугбек Жасур Отабек Азизбек".split()
UZ_F = "Дилноза Гулнора Шахноза Мохира Нигора Феруза Зарина Умида".split()
UZ_PATR = [("Рустамович", "Рустамовна"), ("Алишерович", "Алишеровна"),
           ("Бахтиёрович", "Бахтиёровна"), ("Шавкатович", "Шавкатовна"),
           ("Абдуллаевич", "Абдуллаевна")]
UG_SUR = ("Масимов Розахунов Кадыров Ахметжанов Мамутов Ниязов Хамраев Турдиев "
          "Сабитов Юнусов Мамедов").split()
UG_M = "Ильхам Алимжан Турсун Абдумежит Адилжан Шухрат Дильмурат Хамит Ерпан".split()
UG_F = "Гульнур Мукаддас Патигуль Зулфия Ханипа Рисалат Дильнара Мадина".split()
UG_PATR = [("Турсунович", "Турсуновна"), ("Ахметович", "Ахметовна"),
           ("Махмутович", "Махмутовна"), ("Исмаилович", "Исмаиловна"),
           ("Абдуллаевич", "Абдуллаевна")]
TT_SUR = ("Галиев Хайруллин Сафин Гарипов Зарипов Валиуллин Шайхутдинов Нуриев "
          "Хабибуллин Гилязов Мухаметзянов").split()
TT_M = "Ринат Рамиль Ильдар Ильнур Айрат Марсель Тимур Радик".split()
TT_F = "Гульназ Лейсан Алсу Эльмира Резеда Гузель Ляйсан Венера".split()
TT_PATR = [("Равилевич", "Равилевна"), ("Ринатович", "Ринатовна"),
           ("Фаридович", "Фаридовна"), ("Рашитович", "Рашитовна"),
           ("Ильдусович", "Ильдусовна")]
KR_SUR = "Ким Пак Ли Цой Тен Хан Югай Ни Шин Кан Тян Огай Пай".split()
KR_M = "Виктор Вячеслав Роман Эдуард Геннадий Валерий Станислав".split()
KR_F = "Светлана Марина Инна Элла Алла Жанна Виктория".split()
DE_SUR = ("Шмидт Вебер Мюллер Шнайдер Фишер Вагнер Беккер Гофман Келлер Кох "
          "Рихтер Майер Фризен Классен Пеннер Нойфельд").split()
DE_M = "Александр Виктор Эдуард Вальдемар Артур Роберт Эрих Иоганн Андрей".split()
DE_F = "Ирма Эльвира Лидия Анна Эмма Ирина Фрида Ольга".split()
DE_PATR = [("Эдуардович", "Эдуардовна"), ("Вальдемарович", "Вальдемаровна"),
           ("Андреевич", "Андреевна"), ("Иоганнович", "Иоганновна"),
           ("Генрихович", "Генриховна"), ("Давыдович", "Давыдовна")]
DE_LATIN = {"Шмидт": "Schmidt", "Вебер": "Weber", "Мюллер": "Müller",
            "Шнайдер": "Schneider", "Фишер": "Fischer", "Вагнер": "Wagner",
            "Беккер": "Becker", "Гофман": "Hoffmann", "Келлер": "Keller",
            "Кох": "Koch", "Рихтер": "Richter", "Майер": "Maier",
            "Фризен": "Friesen", "Классен": "Klassen", "Пеннер": "Penner",
            "Нойфельд": "Neufeld"}
DE_LAT_M = "Thomas Klaus Markus Stefan Michael Andreas Jürgen".split()
DE_LAT_F = "Anna Julia Katrin Sabine Claudia Monika".split()

# surnames that are also eponyms / ordinary words
EPONYM_SUR = ["Волков", "Боткин", "Вебер", "Богданов", "Кох", "Орлов",
              "Илизаров", "Пирогов", "Филатов", "Мельник", "Медведев"]
EPONYM_SET = set(EPONYM_SUR)
NON_SLAVIC = {"uzbek", "uyghur", "tatar", "korean", "german"}

ORIGINS = [("kazakh", 52), ("russian", 14), ("ukrainian", 5), ("uzbek", 6),
           ("uyghur", 6), ("tatar", 6), ("korean", 6), ("german", 5)]

# ---------------------------------------------------------------------------
# Geography and employers
# ---------------------------------------------------------------------------
# (Russian nominative, Russian genitive (из ...), Russian prepositional (в ...),
#  Kazakh nominative)
TOWNS = [
    ("Алматы", "Алматы", "Алматы", "Алматы"),
    ("Астана", "Астаны", "Астане", "Астана"),
    ("Шымкент", "Шымкента", "Шымкенте", "Шымкент"),
    ("Караганда", "Караганды", "Караганде", "Қарағанды"),
    ("Актобе", "Актобе", "Актобе", "Ақтөбе"),
    ("Тараз", "Тараза", "Таразе", "Тараз"),
    ("Павлодар", "Павлодара", "Павлодаре", "Павлодар"),
    ("Усть-Каменогорск", "Усть-Каменогорска", "Усть-Каменогорске", "Өскемен"),
    ("Семей", "Семея", "Семее", "Семей"),
    ("Атырау", "Атырау", "Атырау", "Атырау"),
    ("Костанай", "Костаная", "Костанае", "Қостанай"),
    ("Кызылорда", "Кызылорды", "Кызылорде", "Қызылорда"),
    ("Уральск", "Уральска", "Уральске", "Орал"),
    ("Петропавловск", "Петропавловска", "Петропавловске", "Петропавл"),
    ("Актау", "Актау", "Актау", "Ақтау"),
    ("Темиртау", "Темиртау", "Темиртау", "Теміртау"),
    ("Туркестан", "Туркестана", "Туркестане", "Түркістан"),
    ("Кокшетау", "Кокшетау", "Кокшетау", "Көкшетау"),
    ("Талдыкорган", "Талдыкоргана", "Талдыкоргане", "Талдықорған"),
    ("Экибастуз", "Экибастуза", "Экибастузе", "Екібастұз"),
    ("Рудный", "Рудного", "Рудном", "Рудный"),
    ("Жезказган", "Жезказгана", "Жезказгане", "Жезқазған"),
    ("Балхаш", "Балхаша", "Балхаше", "Балқаш"),
    ("Талгар", "Талгара", "Талгаре", "Талғар"),
    ("Есик", "Есика", "Есике", "Есік"),
    ("Каскелен", "Каскелена", "Каскелене", "Қаскелең"),
    ("Конаев", "Конаева", "Конаеве", "Қонаев"),
    ("Сарыагаш", "Сарыагаша", "Сарыагаше", "Сарыағаш"),
    ("Кентау", "Кентау", "Кентау", "Кентау"),
    ("Аягоз", "Аягоза", "Аягозе", "Аягөз"),
    ("Щучинск", "Щучинска", "Щучинске", "Щучинск"),
    ("Жанаозен", "Жанаозена", "Жанаозене", "Жаңаөзен"),
    ("Кульсары", "Кульсары", "Кульсары", "Құлсары"),
    ("Лисаковск", "Лисаковска", "Лисаковске", "Лисаков"),
    ("Шу", "Шу", "Шу", "Шу"),
    ("Жаркент", "Жаркента", "Жаркенте", "Жаркент"),
]
# (Russian, Kazakh) village names
VILLAGES = [("Шамалган", "Шамалған"), ("Узынагаш", "Ұзынағаш"),
            ("Каргалы", "Қарғалы"), ("Иргели", "Іргелі"), ("Боралдай", "Боралдай"),
            ("Кайнар", "Қайнар"), ("Акши", "Ақши"), ("Коктал", "Көктал"),
            ("Косшы", "Қосшы"), ("Тургень", "Түрген"), ("Шелек", "Шелек"),
            ("Бескайнар", "Бесқайнар"), ("Карабулак", "Қарабұлақ"),
            ("Кендала", "Кеңдала"), ("Жанатурмыс", "Жаңатұрмыс"),
            ("Аксукент", "Ақсукент"), ("Ленгер", "Леңгір"), ("Шортанды", "Шортанды"),
            ("Акколь", "Ақкөл"), ("Чунджа", "Шонжы"), ("Байсерке", "Байсерке"),
            ("Кордай", "Қордай"), ("Мерке", "Мерке"), ("Жетысай", "Жетісай")]
# (Russian adjective district, Kazakh district name, Russian oblast)
DISTRICTS = [("Карасайский", "Қарасай", "Алматинская"),
             ("Илийский", "Іле", "Алматинская"),
             ("Талгарский", "Талғар", "Алматинская"),
             ("Енбекшиказахский", "Еңбекшіқазақ", "Алматинская"),
             ("Жамбылский", "Жамбыл", "Алматинская"),
             ("Уйгурский", "Ұйғыр", "Алматинская"),
             ("Панфиловский", "Жаркент", "Жетысуская"),
             ("Сайрамский", "Сайрам", "Туркестанская"),
             ("Толебийский", "Төле би", "Туркестанская"),
             ("Казыгуртский", "Қазығұрт", "Туркестанская"),
             ("Бухар-Жырауский", "Бұқар жырау", "Карагандинская"),
             ("Абайский", "Абай", "Карагандинская"),
             ("Целиноградский", "Целиноград", "Акмолинская"),
             ("Шортандинский", "Шортанды", "Акмолинская"),
             ("Аршалынский", "Аршалы", "Акмолинская"),
             ("Зерендинский", "Зеренді", "Акмолинская"),
             ("Кордайский", "Қордай", "Жамбылская"),
             ("Меркенский", "Мерке", "Жамбылская")]
CITY_DISTRICTS = {"Алматы": ["Бостандыкский", "Алмалинский", "Ауэзовский", "Медеуский",
                             "Турксибский", "Жетысуский", "Наурызбайский", "Алатауский"],
                  "Астана": ["Есильский", "Сарыаркинский", "Байконурский", "Алматинский"],
                  "Шымкент": ["Аль-Фарабийский", "Енбекшинский", "Каратауский", "Абайский"]}
# (Russian street, Kazakh street)
STREETS = [("Абая", "Абай"), ("Толе би", "Төле би"), ("Райымбека", "Райымбек"),
           ("Сейфуллина", "Сейфуллин"), ("Жибек Жолы", "Жібек жолы"),
           ("Достык", "Достық"), ("Аль-Фараби", "Әл-Фараби"),
           ("Тимирязева", "Тимирязев"), ("Байтурсынова", "Байтұрсынұлы"),
           ("Ауэзова", "Әуезов"), ("Жандосова", "Жандосов"),
           ("Момышулы", "Момышұлы"), ("Гагарина", "Гагарин"),
           ("Розыбакиева", "Розыбакиев"), ("Манаса", "Манас"),
           ("Сатпаева", "Сәтбаев"), ("Кенесары", "Кенесары"),
           ("Республики", "Республика"), ("Бейбитшилик", "Бейбітшілік"),
           ("Кабанбай батыра", "Қабанбай батыр"), ("Богенбай батыра", "Бөгенбай батыр"),
           ("Туран", "Тұран"), ("Желтоксан", "Желтоқсан"), ("Пушкина", "Пушкин"),
           ("Мира", "Бейбітшілік"), ("Абылай хана", "Абылай хан"),
           ("Кунаева", "Қонаев"), ("Шевченко", "Шевченко"), ("Гоголя", "Гоголь"),
           ("Макатаева", "Мақатаев"), ("Байзакова", "Байзақов"),
           ("Муканова", "Мұқанов"), ("Иманова", "Иманов"), ("Ломова", "Ломов"),
           ("Чокина", "Шокин"), ("Торайгырова", "Торайғыров")]
MKR = ["Самал-2", "Аксай-4", "Орбита-3", "Жетысу-2", "Нурсат", "Кулагер",
       "Шугыла", "Таугуль-1", "Калкаман", "Мамыр-4", "Жулдыз-1", "Степной-3"]
EMPLOYERS_RU = ["ТОО «Алатау Курылыс Сервис»", "ТОО «СтройИнвест-Астана»",
                "АО «Казахтелеком»", "АО «Казпочта»", "ТОО «Агрофирма Жана Жол»",
                "ТОО «Каспий Ойл Трейд»", "АО «Шымкентцемент»",
                "ТОО «Транслогистик KZ»", "ТОО «Береке-Агро»",
                "АО «Караганды Жарык»", "ТОО «Экибастуз Энерго Сервис»",
                "ТОО «Семей Мясокомбинат»", "КГП «Алматы Су»",
                "ТОО «Павлодарский нефтехим»", "ИП «Сапар»", "ТОО «Жетысу Строй»",
                "ТОО «Мега Маркет Тараз»", "АО «Темиртауский литейный завод»"]
EMPLOYERS_KK = ["«Алатау Құрылыс Сервис» ЖШС", "«Қазақтелеком» АҚ",
                "«Қазпошта» АҚ", "«Жаңа Жол» агрофирмасы ЖШС",
                "«Береке-Агро» ЖШС", "«Семей Ет Комбинаты» ЖШС",
                "«Жетісу Құрылыс» ЖШС", "«Арал Балық» ЖШС",
                "«Ақтөбе Мұнай Сервис» ЖШС", "«Түркістан Жарық» АҚ"]
SCHOOL_RU = ["школа № {n}", "СОШ № {n}", "КГУ «Общеобразовательная школа № {n}»",
             "гимназия № {n}", "школа-лицей № {n}", "детский сад № {n}"]
SCHOOL_KK = ["№ {n} мектеп", "№ {n} жалпы білім беретін мектеп",
             "№ {n} мектеп-гимназия", "№ {n} балабақша"]

RU_MONTH_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля",
                "августа", "сентября", "октября", "ноября", "декабря"]
RU_MONTH_SHORT = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.",
                  "авг.", "сент.", "окт.", "нояб.", "дек."]
KK_MONTH = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде",
            "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"]
KK_MONTH_LOC = ["қаңтарда", "ақпанда", "наурызда", "сәуірде", "мамырда",
                "маусымда", "шілдеде", "тамызда", "қыркүйекте", "қазанда",
                "қарашада", "желтоқсанда"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

KZ_MOBILE = ["700", "701", "702", "705", "707", "708", "747", "771", "775",
             "776", "777", "778"]
KZ_AREA = ["727", "7172", "7252", "7212", "7132", "7262", "7182", "7232",
           "7222", "7122", "7142", "7242", "7112", "7182", "72772"]
PLATE_REGION = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10",
                "11", "12", "13", "14", "15", "16", "17", "18", "19"]

# ---------------------------------------------------------------------------
# Helpers: transliteration, Russian declension, Kazakh case endings
# ---------------------------------------------------------------------------
TR = {"а": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e",
      "ё": "yo", "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "қ": "k",
      "л": "l", "м": "m", "н": "n", "ң": "ng", "о": "o", "ө": "o", "п": "p",
      "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f",
      "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
      "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya",
      "ә": "a"}


def translit(s):
    out = []
    for i, ch in enumerate(s):
        low = ch.lower()
        if low == "е" and (i == 0 or not s[i - 1].isalpha()):
            t = "ye"
        else:
            t = TR.get(low, ch)
        if ch.isupper() and t:
            t = t[0].upper() + t[1:]
        out.append(t)
    return "".join(out)


def ru_decl_surname(s, sex, case):
    if case == "nom":
        return s
    low = s.lower()
    if low.endswith(("енко", "ко", "их", "ых", "ли", "ни")) or len(s) <= 2:
        return s
    if sex == "m":
        if low.endswith(("ов", "ев", "ёв", "ин", "ын")):
            return s + {"gen": "а", "dat": "у", "ins": "ым", "pre": "е", "acc": "а"}[case]
        if low.endswith("ский"):
            return s[:-2] + {"gen": "ого", "dat": "ому", "ins": "им", "pre": "ом", "acc": "ого"}[case]
        if low[-1] in "аеиоуыэюя":
            return s
        if low[-1] in "йь":
            return s[:-1] + {"gen": "я", "dat": "ю", "ins": "ем", "pre": "е", "acc": "я"}[case]
        ins = "ем" if low[-1] in "жшчщц" else "ом"
        return s + {"gen": "а", "dat": "у", "ins": ins, "pre": "е", "acc": "а"}[case]
    if low.endswith(("ова", "ева", "ёва", "ина", "ына")):
        return s[:-1] + {"gen": "ой", "dat": "ой", "ins": "ой", "pre": "ой", "acc": "у"}[case]
    if low.endswith("ская"):
        return s[:-2] + {"gen": "ой", "dat": "ой", "ins": "ой", "pre": "ой", "acc": "ую"}[case]
    return s


def ru_decl_first(s, sex, case):
    if case == "nom":
        return s
    low = s.lower()
    if low.endswith("ия"):
        return s[:-1] + {"gen": "и", "dat": "и", "ins": "ей", "pre": "и", "acc": "ю"}[case]
    if low.endswith("я"):
        return s[:-1] + {"gen": "и", "dat": "е", "ins": "ей", "pre": "е", "acc": "ю"}[case]
    if low.endswith("а"):
        gen = "и" if low[-2] in "гкхжшчщ" else "ы"
        ins = "ей" if low[-2] in "жшчщц" else "ой"
        return s[:-1] + {"gen": gen, "dat": "е", "ins": ins, "pre": "е", "acc": "у"}[case]
    if sex == "f":
        return s  # female names ending in a consonant: left undeclined
    if low[-1] in "йь":
        return s[:-1] + {"gen": "я", "dat": "ю", "ins": "ем", "pre": "е", "acc": "я"}[case]
    if low[-1] in "оеиу":
        return s
    return s + {"gen": "а", "dat": "у", "ins": "ом", "pre": "е", "acc": "а"}[case]


def ru_decl_patr(s, case):
    if case == "nom":
        return s
    if s.endswith("ич"):
        return s + {"gen": "а", "dat": "у", "ins": "ем", "pre": "е", "acc": "а"}[case]
    if s.endswith("на"):
        return s[:-1] + {"gen": "ы", "dat": "е", "ins": "ой", "pre": "е", "acc": "у"}[case]
    return s


KK_BACK = set("аоұыуяё")
KK_FRONT = set("әеөүіиэю")
KK_VOWELS = KK_BACK | KK_FRONT


def kk_back(word):
    w = word.lower()
    if len(w) > 4 and w.endswith(("ов", "ев", "ин", "ын")):
        w = w[:-2]
    for ch in reversed(w):
        if ch in KK_BACK:
            return True
        if ch in KK_FRONT:
            return False
    return True


KK_END = {
    # case: {class: (back, front)}
    "dat": {"v": ("ға", "ге"), "n": ("ға", "ге"), "s": ("ға", "ге"), "z": ("ға", "ге"), "k": ("қа", "ке")},
    "gen": {"v": ("ның", "нің"), "n": ("ның", "нің"), "s": ("дың", "дің"), "z": ("дың", "дің"), "k": ("тың", "тің")},
    "ins": {"v": ("мен", "мен"), "n": ("мен", "мен"), "s": ("мен", "мен"), "z": ("бен", "бен"), "k": ("пен", "пен")},
    "abl": {"v": ("дан", "ден"), "n": ("нан", "нен"), "s": ("дан", "ден"), "z": ("дан", "ден"), "k": ("тан", "тен")},
    "loc": {"v": ("да", "де"), "n": ("да", "де"), "s": ("да", "де"), "z": ("да", "де"), "k": ("та", "те")},
    "acc": {"v": ("ны", "ні"), "n": ("ды", "ді"), "s": ("ды", "ді"), "z": ("ды", "ді"), "k": ("ты", "ті")},
}


def kk_case(word, case):
    last = word.lower()[-1]
    if last in KK_VOWELS:
        cls = "v"
    elif last in "мнң":
        cls = "n"
    elif last in "лрй":
        cls = "s"
    elif last in "жз":
        cls = "z"
    else:
        cls = "k"
    back, front = KK_END[case][cls]
    return word + (back if kk_back(word) else front)


# ---------------------------------------------------------------------------
# IIN / BIN
# ---------------------------------------------------------------------------
W1 = list(range(1, 12))
W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]


def check_digit(d11):
    s = sum(int(c) * w for c, w in zip(d11, W1)) % 11
    if s == 10:
        s = sum(int(c) * w for c, w in zip(d11, W2)) % 11
    return s  # 10 means "unusable serial"


def iin_valid(num):
    if len(num) != 12 or not num.isdigit():
        return False
    c = check_digit(num[:11])
    if c == 10 or c != int(num[11]):
        return False
    yy, mm, dd, cs = int(num[0:2]), int(num[2:4]), int(num[4:6]), int(num[6])
    century = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}.get(cs)
    if century is None:
        return False
    try:
        datetime.date(century + yy, mm, dd)
    except ValueError:
        return False
    return True


def make_iin(rng, birth, sex):
    cent = {18: (1, 2), 19: (3, 4), 20: (5, 6)}[birth.year // 100]
    cs = cent[0] if sex == "m" else cent[1]
    while True:
        d11 = "%02d%02d%02d%d%04d" % (birth.year % 100, birth.month, birth.day, cs,
                                     rng.randint(1, 9999))
        c = check_digit(d11)
        if c != 10:
            num = d11 + str(c)
            assert iin_valid(num)
            return num


def make_bin(rng):
    while True:
        d11 = "%02d%02d%d%d%05d" % (rng.randint(0, 24), rng.randint(1, 12),
                                    rng.choice([4, 5, 6]), rng.choice([0, 1, 2]),
                                    rng.randint(1, 99999))
        c = check_digit(d11)
        if c != 10:
            return d11 + str(c)


def make_bad12(rng):
    """A 12-digit number whose IIN checksum is wrong (used as lab/record no.)."""
    while True:
        if rng.random() < 0.6:  # looks like an IIN (date prefix) but fails
            d = datetime.date(1940, 1, 1) + datetime.timedelta(days=rng.randint(0, 30000))
            d11 = "%02d%02d%02d%d%04d" % (d.year % 100, d.month, d.day,
                                         rng.choice([3, 4, 5, 6]), rng.randint(0, 9999))
        else:
            d11 = "%011d" % rng.randint(10 ** 10, 10 ** 11 - 1)
        c = check_digit(d11)
        wrong = [x for x in range(10) if x != c]
        num = d11 + str(rng.choice(wrong))
        if not iin_valid(num):
            return num


# ---------------------------------------------------------------------------
# Persons
# ---------------------------------------------------------------------------
class Person:
    pass


def weighted(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def feminine_surname(s):
    low = s.lower()
    if low.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return s + "а"
    if low.endswith("ский"):
        return s[:-2] + "ая"
    return s


def make_person(rng, role, spell, old=False):
    p = Person()
    p.role = role
    sex = None
    if "_f" in role:
        sex = "f"
    elif "_m" in role:
        sex = "m"
    p.sex = sex or rng.choice("mf")
    if role.startswith("epo"):
        sur = rng.choice(EPONYM_SUR)
        origin = {"Вебер": "german", "Кох": "german", "Мельник": "ukrainian"}.get(sur, "russian")
    elif role.startswith("de"):
        origin = "german"
        sur = rng.choice(DE_SUR)
    elif role.startswith("kz"):
        origin = "kazakh"
        sur = None
    elif role.startswith("ns"):
        origin = rng.choice(sorted(NON_SLAVIC))
        sur = None
    else:
        origin = weighted(rng, ORIGINS)
        sur = None
    p.origin = origin
    f = p.sex == "f"
    if origin == "kazakh":
        sur = sur or rng.choice(KZ_SUR)
        first = rng.choice(KZ_F if f else KZ_M)
        father = rng.choice(KZ_M)
        p.patr_kk = father + ("қызы" if f else "ұлы")
        fr = ru_spell(father)
        p.patr_ru = fr + ("овна" if f else "ович")
    else:
        pools = {"russian": (RU_SUR, RU_M, RU_F, RU_PATR),
                 "ukrainian": (UA_SUR, UA_M, UA_F, UA_PATR),
                 "uzbek": (UZ_SUR, UZ_M, UZ_F, UZ_PATR),
                 "uyghur": (UG_SUR, UG_M, UG_F, UG_PATR),
                 "tatar": (TT_SUR, TT_M, TT_F, TT_PATR),
                 "korean": (KR_SUR, KR_M, KR_F, RU_PATR),
                 "german": (DE_SUR, DE_M, DE_F, DE_PATR)}[origin]
        sur = sur or rng.choice(pools[0])
        first = rng.choice(pools[2] if f else pools[1])
        pr = rng.choice(pools[3])
        p.patr_ru = pr[1] if f else pr[0]
        p.patr_kk = p.patr_ru
    p.base_sur = sur
    if f:
        sur = feminine_surname(sur)
    if spell == "ru":
        p.sur, p.first, p.patr = ru_spell(sur), ru_spell(first), p.patr_ru
    else:
        p.sur, p.first = sur, first
        p.patr = p.patr_kk if origin == "kazakh" else p.patr_ru
    p.sur_ru, p.first_ru = ru_spell(sur), ru_spell(first)
    p.latin_sur = translit(p.sur_ru)
    p.latin_first = translit(p.first_ru)
    if origin == "german" and p.base_sur in DE_LATIN:
        lat = DE_LATIN[p.base_sur]
        p.latin_sur = lat
        if role.startswith("de"):
            p.latin_first = rng.choice(DE_LAT_F if f else DE_LAT_M)
    p.eponym = p.base_sur in EPONYM_SET
    today = datetime.date(2024, 6, 1)
    if old:
        p.birth = datetime.date(rng.randint(1928, 1934), rng.randint(1, 12), rng.randint(1, 28))
    else:
        p.birth = datetime.date(rng.randint(1940, 2005), rng.randint(1, 12), rng.randint(1, 28))
    p.iin = make_iin(rng, p.birth, p.sex)
    return p


# ---------------------------------------------------------------------------
# Record context and identifier generators
# ---------------------------------------------------------------------------
class Ctx:
    def __init__(self, rng, lang, old):
        self.rng = rng
        self.lang = lang
        self.spell = "kk" if lang == "kk" else ("ru" if lang == "ru" else rng.choice(["ru", "kk"]))
        self.old = old
        self.persons = {}
        self.dates = {}
        base = datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randint(0, 2370))
        self.dates["adm"] = base

    def person(self, role):
        if role not in self.persons:
            used = {q.base_sur for q in self.persons.values()}
            for _ in range(30):  # distinct surnames within one record
                p = make_person(self.rng, role, self.spell)
                if p.base_sur not in used:
                    break
            if role == "pat" and self.old:
                adm = self.date("adm")
                p.birth = datetime.date(adm.year - self.rng.randint(91, 98),
                                        self.rng.randint(1, 12), self.rng.randint(1, 28))
                p.iin = make_iin(self.rng, p.birth, p.sex)
            self.persons[role] = p
        return self.persons[role]

    def date(self, key):
        if key in self.dates:
            return self.dates[key]
        r = self.rng
        adm = self.dates["adm"]
        td = datetime.timedelta
        if key == "birth":
            d = self.person("pat").birth
        elif key == "inj":
            d = adm - td(days=r.randint(0, 3))
        elif key == "op":
            d = adm + td(days=r.randint(0, 4))
        elif key == "dis":
            d = self.date("op") + td(days=r.randint(3, 14))
        elif key == "ctrl":
            d = self.date("dis") + td(days=r.randint(14, 60))
        elif key == "ref":
            d = adm - td(days=r.randint(1, 14))
        elif key == "lab":
            d = adm + td(days=r.randint(0, 2))
        elif key == "lab2":
            d = self.date("lab") + td(days=r.randint(2, 6))
        elif key == "prev":
            d = adm - td(days=r.randint(365, 3650))
        elif key == "onset":
            d = adm - td(days=r.randint(60, 1500))
        elif key == "sickt":
            d = self.date("dis") + td(days=r.randint(10, 30))
        elif key == "next":
            d = adm + td(days=r.randint(7, 21))
        elif key.startswith("rb"):  # relative's birth
            d = datetime.date(r.randint(1950, 2000), r.randint(1, 12), r.randint(1, 28))
        else:
            d = adm + td(days=r.randint(-5, 10))
        self.dates[key] = d
        return d

    def pat_age(self):
        b, a = self.person("pat").birth, self.date("adm")
        return a.year - b.year - ((a.month, a.day) < (b.month, b.day))


def ru_years(n):
    if 11 <= n % 100 <= 14:
        return "лет"
    return {1: "год", 2: "года", 3: "года", 4: "года"}.get(n % 10, "лет")


def fmt_date(d, fmt):
    dd, mm, yy = d.day, d.month, d.year
    m = mm - 1
    table = {
        "num": ("%02d.%02d.%04d" % (dd, mm, yy), ["numeric"]),
        "num2": ("%02d.%02d.%02d" % (dd, mm, yy % 100), ["numeric"]),
        "iso": ("%04d-%02d-%02d" % (yy, mm, dd), ["numeric"]),
        "slash": ("%02d/%02d/%04d" % (dd, mm, yy), ["numeric"]),
        "roman": ("%d.%s.%04d" % (dd, ROMAN[m], yy), ["roman_month"]),
        "kk": ("%d жылғы %d %s" % (yy, dd, KK_MONTH_LOC[m]), ["kk_words"]),
        "kknom": ("%d жылғы %d %s" % (yy, dd, KK_MONTH[m]), ["kk_words"]),
        "kkdm": ("%d %s" % (dd, KK_MONTH_LOC[m]), ["kk_words"]),
        "kkdmy": ("%d %s %d" % (dd, KK_MONTH[m], yy), ["kk_words"]),
        "ru": ("%d %s %d" % (dd, RU_MONTH_GEN[m], yy), ["ru_words"]),
        "rushort": ("%d %s %d" % (dd, RU_MONTH_SHORT[m], yy), ["ru_words"]),
        "rudm": ("%d %s" % (dd, RU_MONTH_GEN[m]), ["ru_words"]),
        "my": ("%02d.%04d" % (mm, yy), ["month_year", "numeric"]),
        "myru": ("%s %d" % (RU_MONTH_GEN[m], yy), ["ru_words", "month_year"]),
        "mykk": ("%d жылғы %s" % (yy, KK_MONTH_LOC[m]), ["kk_words", "month_year"]),
        "compact": ("%02d%02d%04d" % (dd, mm, yy), ["compact"]),
    }
    return table[fmt]


def initials(p):
    return "%s.%s." % (p.first[0], p.patr[0])


def name_surface(ctx, p, fmt):
    S, F, P = p.sur, p.first, p.patr
    I = initials(p)
    has_sur = True
    if fmt == "full":
        t, f = "%s %s %s" % (S, F, P), ["full_name"]
    elif fmt == "sf":
        t, f = "%s %s" % (S, F), ["full_name"]
    elif fmt == "fs":
        t, f = "%s %s" % (F, S), ["full_name"]
    elif fmt == "sur":
        t, f = S, ["lone_surname"]
    elif fmt == "first":
        t, f, has_sur = F, ["first_name_only"], False
    elif fmt == "ini":
        t, f = "%s %s" % (S, I), ["initials"]
    elif fmt == "ini1":
        t, f = "%s %s." % (S, F[0]), ["initials"]
    elif fmt == "ini2":
        t, f = "%s %s" % (I, S), ["initials"]
    elif fmt == "up":
        t, f = ("%s %s %s" % (S, F, P)).upper(), ["full_name"]
    elif fmt == "upini":
        t, f = "%s %s" % (S.upper(), I), ["initials"]
    elif fmt == "upsf":
        t, f = ("%s %s" % (S, F)).upper(), ["full_name"]
    elif fmt == "low":
        t, f = "%s %s" % (S.lower(), I.lower()), ["initials"]
    elif fmt == "lowsur":
        t, f = S.lower(), ["lone_surname"]
    elif fmt == "lowfirst":
        t, f, has_sur = F.lower(), ["first_name_only"], False
    elif fmt == "lowfull":
        t, f = ("%s %s %s" % (S, F, P)).lower(), ["full_name"]
    elif fmt == "lat":
        t, f = ("%s %s" % (p.latin_sur, p.latin_first)).upper(), ["latin", "full_name"]
    elif fmt == "latfs":
        t, f = "%s %s" % (p.latin_first, p.latin_sur), ["latin", "full_name"]
    elif fmt == "latini":
        t, f = "%s %s." % (p.latin_sur, p.latin_first[0]), ["latin", "initials"]
    elif fmt == "latsur":
        t, f = p.latin_sur, ["latin", "lone_surname"]
    elif fmt == "split":
        t, f = "%s\n%s %s" % (S, F, P), ["split_line", "full_name"]
    elif fmt == "split2":
        t, f = "%s %s\n%s" % (S, F, P), ["split_line", "full_name"]
    elif fmt == "splitfs":
        t, f = "%s\n%s" % (F, S), ["split_line", "full_name"]
    elif fmt.startswith("r_"):  # Russian oblique cases: r_<case>_<what>
        _, case, what = fmt.split("_")
        s2 = ru_decl_surname(S, p.sex, case)
        if what == "ini":
            t, f = "%s %s" % (s2, I), ["initials"]
        elif what == "sur":
            t, f = s2, ["lone_surname"]
        elif what == "first":
            t, f, has_sur = ru_decl_first(F, p.sex, case), ["first_name_only"], False
        elif what == "ini2":
            t, f = "%s %s" % (I, s2), ["initials"]
        else:
            t = "%s %s %s" % (s2, ru_decl_first(F, p.sex, case), ru_decl_patr(P, case))
            f = ["full_name"]
        if t not in ("%s %s" % (S, I), S, F, "%s %s %s" % (S, F, P), "%s %s" % (I, S)):
            f = f + ["case_form"]
    elif fmt.startswith("k_"):  # Kazakh case endings: k_<case>_<what>
        _, case, what = fmt.split("_")
        if what == "sur":
            t, f = kk_case(S, case), ["lone_surname"]
        elif what == "first":
            t, f, has_sur = kk_case(F, case), ["first_name_only"], False
        elif what == "fp":  # Ерлан Серікұлы-на style: first + patronymic
            t, f, has_sur = "%s %s" % (F, kk_case(P, case)), ["first_name_only"], False
        else:  # fs
            t, f = "%s %s" % (F, kk_case(S, case)), ["full_name"]
        f = f + ["case_form"]
    else:
        raise ValueError("name fmt " + fmt)
    if has_sur and p.eponym:
        f = f + ["eponym_like"]
    if p.origin in NON_SLAVIC:
        f = f + ["non_slavic"]
    letters = [c for c in t if c.isalpha()]
    if len(letters) > 2 and all(c.isupper() for c in letters):
        f = f + ["upper_case"]
    if letters and all(c.islower() for c in letters):
        f = f + ["lower_case"]
    return t, f


def gen_phone(r, fmt):
    op = r.choice(KZ_MOBILE)
    a, b, c = r.randint(100, 999), r.randint(0, 99), r.randint(0, 99)
    if fmt == "plus7":
        return "+7 %s %03d %02d %02d" % (op, a, b, c), ["plus7"]
    if fmt == "plus7b":
        return "+7 (%s) %03d-%02d-%02d" % (op, a, b, c), ["plus7"]
    if fmt == "plus7c":
        return "+7%s%03d%02d%02d" % (op, a, b, c), ["plus7"]
    if fmt == "eight":
        return "8 %s %03d %02d %02d" % (op, a, b, c), ["eight"]
    if fmt == "eight2":
        return "8%s%03d%02d%02d" % (op, a, b, c), ["eight"]
    if fmt == "eight3":
        return "8(%s)%03d-%02d-%02d" % (op, a, b, c), ["eight"]
    if fmt == "dotted":
        return "8.%s.%03d.%02d.%02d" % (op, a, b, c), ["dotted", "eight"]
    if fmt == "spaced":
        return "7 %s %03d %02d %02d" % (op, a, b, c), ["spaced"]
    if fmt == "uz":
        return "+998 %02d %03d %02d %02d" % (r.choice([90, 91, 93, 94, 97, 99]), a, b, c), ["foreign"]
    if fmt == "kg":
        return "+996 %03d %02d %02d %02d" % (r.choice([555, 700, 770, 777, 550]), r.randint(10, 99), b, c), ["foreign"]
    if fmt == "rus":
        return "+7 9%02d %03d-%02d-%02d" % (r.choice([16, 26, 85, 62, 19, 3, 5]), a, b, c), ["foreign", "plus7"]
    if fmt == "local":
        return "%d-%02d-%02d-%02d" % (r.randint(2, 3), r.randint(10, 99), b, c), ["local"]
    if fmt == "local6":
        return "%02d-%02d-%02d" % (r.randint(20, 79), b, c), ["local"]
    if fmt == "land":
        area = r.choice(KZ_AREA)
        rest = 10 - len(area)
        num = "%d" % r.randint(2 * 10 ** (rest - 1), 10 ** rest - 1)
        grp = num[:-4] + "-" + num[-4:-2] + "-" + num[-2:]
        return "8 (%s) %s" % (area, grp), ["landline", "eight"]
    if fmt == "land2":
        area = r.choice(KZ_AREA)
        rest = 10 - len(area)
        num = "%d" % r.randint(2 * 10 ** (rest - 1), 10 ** rest - 1)
        return "+7 %s %s %s %s" % (area, num[:-4], num[-4:-2], num[-2:]), ["landline", "plus7"]
    raise ValueError(fmt)


DOMAINS = ["mail.ru", "gmail.com", "mail.kz", "inbox.ru", "yandex.kz", "bk.ru", "list.ru"]
MED_DOMAINS = ["gkb4-almaty.kz", "okb-taraz.kz", "travma-center.kz", "mgp12.kz",
               "rb-karasai.kz", "ckb-shym.kz"]


def gen_email(ctx, role):
    r = ctx.rng
    p = ctx.person(role)
    s = re.sub(r"[^a-z]", "", p.latin_sur.lower().replace("ü", "u"))
    fi = re.sub(r"[^a-z]", "", p.latin_first.lower().replace("ü", "u"))
    if role.startswith(("doc", "epo", "de", "nur", "anest")):
        return "%s.%s@%s" % (fi[0], s, r.choice(MED_DOMAINS)), []
    pat = r.choice(["{f}.{s}@{d}", "{s}{y}@{d}", "{f}_{s}{n}@{d}", "{f}{s0}{y}@{d}"])
    return pat.format(f=fi, s=s, s0=s[0], y=p.birth.year % 100, n=r.randint(1, 99),
                      d=r.choice(DOMAINS)), []


def school(r, kk=False):
    n = r.randint(1, 180)
    return r.choice(SCHOOL_KK if kk else SCHOOL_RU).format(n=n)


def kk_suffix_org(s):
    if s.endswith("ЖШС"):
        return s + "-да"
    if s.endswith("АҚ"):
        return s + "-та"
    return kk_case(s, "loc")


def gen_address(ctx, fmt):
    r = ctx.rng
    town = r.choice(TOWNS)
    street = r.choice(STREETS)
    vill = r.choice(VILLAGES)
    dist = r.choice(DISTRICTS)
    h, k = r.randint(1, 240), r.randint(1, 180)
    if fmt == "full_ru" or fmt == "full_ru_up":
        v = r.randint(0, 3)
        if v == 0:
            t, f = "г. %s, ул. %s, д. %d, кв. %d" % (town[0], street[0], h, k), ["with_marker"]
        elif v == 1:
            t, f = "г. %s, мкр. %s, д. %d, кв. %d" % (town[0], r.choice(MKR), h, k), ["with_marker"]
        elif v == 2:
            t = "%s обл., %s р-н, с. %s, ул. %s, %d" % (dist[2], dist[0], vill[0], street[0], h)
            f = ["with_marker", "village", "district"]
        else:
            city = r.choice(sorted(CITY_DISTRICTS))
            t = "г. %s, %s р-н, пр. %s, %d-%d" % (city, r.choice(CITY_DISTRICTS[city]),
                                                  street[0], h, k)
            f = ["with_marker", "district"]
        if fmt == "full_ru_up":
            t = t.upper()
        return t, f
    if fmt == "street_ru":
        if r.random() < 0.5:
            return "ул. %s, %d-%d" % (street[0], h, k), ["with_marker"]
        return "ул. %s, д. %d" % (street[0], h), ["with_marker"]
    if fmt == "mkr":
        return "мкр. %s, д. %d, кв. %d" % (r.choice(MKR), h, k), ["with_marker"]
    if fmt == "nomark":
        if r.random() < 0.5:
            return "%s %d, кв %d" % (street[0], h, k), ["no_marker"]
        return "%s, %d-%d" % (street[0], h, k), ["no_marker"]
    if fmt == "nomark_low":
        return "%s %d-%d" % (street[0].lower(), h, k), ["no_marker"]
    if fmt == "city":
        return town[0], ["no_marker"]
    if fmt == "city_m":
        return "г. " + town[0], ["with_marker"]
    if fmt == "city_gen":
        return town[1], ["no_marker"] + (["case_form"] if town[1] != town[0] else [])
    if fmt == "city_pre":
        return town[2], ["no_marker"] + (["case_form"] if town[2] != town[0] else [])
    if fmt == "village_ru":
        return "с. " + vill[0], ["with_marker", "village"]
    if fmt == "village":
        return vill[0], ["no_marker", "village"]
    if fmt == "village_full_ru":
        return ("%s р-н, с. %s, ул. %s, %d" % (dist[0], vill[0], street[0], h),
                ["with_marker", "village", "district"])
    if fmt == "district_ru":
        return "%s район" % dist[0], ["with_marker", "district"]
    if fmt == "district_pre":  # "в Карасайском районе"
        adj = dist[0]
        adj2 = adj[:-2] + ("ом" if adj.endswith("ий") and adj[-3] in "кгхжшчщ" else "ом")
        return "%s районе" % adj2, ["with_marker", "district", "case_form"]
    if fmt == "kk_full":
        if r.random() < 0.5:
            return ("%s қ., %s көшесі, %d-үй, %d-пәтер" % (town[3], street[1], h, k), ["with_marker"])
        return ("%s қаласы, %s даңғылы, %d" % (town[3], street[1], h), ["with_marker"])
    if fmt == "kk_village":
        if r.random() < 0.5:
            return "%s ауданы, %s ауылы" % (dist[1], vill[1]), ["with_marker", "village", "district"]
        return ("%s ауданы, %s ауылы, %s көшесі, %d" % (dist[1], vill[1], street[1], h),
                ["with_marker", "village", "district"])
    if fmt == "kk_street":
        return "%s көшесі, %d-үй" % (street[1], h), ["with_marker"]
    if fmt == "kk_nomark":
        return "%s %d-%d" % (street[1], h, k), ["no_marker"]
    if fmt == "kk_city":
        return town[3], ["no_marker"]
    if fmt == "kk_loc":
        return kk_case(town[3], "loc"), ["no_marker", "case_form"]
    if fmt == "kk_abl":
        return kk_case(town[3], "abl"), ["no_marker", "case_form"]
    if fmt == "kk_vill_loc":
        return "%s ауылында" % vill[1], ["with_marker", "village", "case_form"]
    if fmt == "kk_vill_gen":
        return "%s ауылының" % vill[1], ["with_marker", "village", "case_form"]
    if fmt == "kk_vill_abl":
        return kk_case(vill[1], "abl"), ["no_marker", "village", "case_form"]
    if fmt == "kk_district":
        return "%s ауданы" % dist[1], ["with_marker", "district"]
    if fmt == "work_ru":
        return r.choice(EMPLOYERS_RU), ["workplace"]
    if fmt == "work_school":
        return school(r), ["workplace"]
    if fmt == "work_kk":
        return r.choice(EMPLOYERS_KK), ["workplace"]
    if fmt == "work_school_kk":
        return school(r, True), ["workplace"]
    if fmt == "work_kk_loc":
        return kk_suffix_org(r.choice(EMPLOYERS_KK)), ["workplace", "case_form"]
    if fmt == "work_school_kk_loc":
        return kk_case(school(r, True), "loc"), ["workplace", "case_form"]
    raise ValueError("addr " + fmt)


def gen_record(ctx, fmt):
    r = ctx.rng
    y = ctx.date("adm").year
    if fmt == "hosp":
        v = r.randint(0, 2)
        if v == 0:
            return "%d/%02d" % (r.randint(1000, 29999), y % 100), ["hospitalisation"]
        if v == 1:
            return "%d-%05d" % (y, r.randint(1, 99999)), ["hospitalisation"]
        return "%06d" % r.randint(1000, 999999), ["hospitalisation"]
    if fmt == "card":
        v = r.randint(0, 2)
        if v == 0:
            return "%02d-%04d" % (r.randint(1, 99), r.randint(1, 9999)), ["record_number"]
        if v == 1:
            return "А-%06d" % r.randint(1, 999999), ["record_number"]
        return "%07d" % r.randint(1, 9999999), ["record_number"]
    if fmt == "op":
        if r.random() < 0.5:
            return "%d" % r.randint(12, 2999), ["operation_protocol"]
        return "%d/%02d" % (r.randint(12, 2999), y % 100), ["operation_protocol"]
    if fmt == "xray":
        v = r.randint(0, 2)
        if v == 0:
            return "R-%04d" % r.randint(1, 9999), ["xray"]
        if v == 1:
            return "%d" % r.randint(100, 99999), ["xray"]
        return "КТ-%d/%02d" % (r.randint(1, 9999), y % 100), ["xray"]
    if fmt == "lab":
        if r.random() < 0.5:
            return "%d-%05d" % (y, r.randint(1, 99999)), ["record_number"]
        return "Л-%06d" % r.randint(1, 999999), ["record_number"]
    if fmt == "ref":
        return "%d" % r.randint(10000, 999999), ["record_number"]
    if fmt == "bad":
        return make_bad12(r), ["record_number"]
    raise ValueError("rid " + fmt)


def gen_docid(ctx, fmt):
    r = ctx.rng
    if fmt == "idcard":
        return "0%08d" % r.randint(1, 99999999), ["passport"]
    if fmt == "passport":
        return "N%08d" % r.randint(1, 99999999), ["passport"]
    if fmt == "sick":
        v = r.randint(0, 2)
        if v == 0:
            return "%07d" % r.randint(1, 9999999), ["sick_leave"]
        if v == 1:
            return "ЛН-%d-%06d" % (ctx.date("adm").year, r.randint(1, 999999)), ["sick_leave"]
        return "АА %06d" % r.randint(1, 999999), ["sick_leave"]
    if fmt == "policy":
        if r.random() < 0.5:
            return "ДМС-%d-%06d" % (ctx.date("adm").year, r.randint(1, 999999)), ["insurance_policy"]
        return "%04d-%06d" % (r.randint(1, 9999), r.randint(1, 999999)), ["insurance_policy"]
    if fmt == "plate":
        L = "ABCDEHKMOPTXYZ"
        if r.random() < 0.75:
            return "%03d %s %s" % (r.randint(1, 999), "".join(r.choice(L) for _ in range(3)),
                                   r.choice(PLATE_REGION)), ["vehicle_plate"]
        return "%s %03d %s" % (r.choice(L), r.randint(1, 999),
                               "".join(r.choice(L) for _ in range(3))), ["vehicle_plate"]
    if fmt == "bin":
        return make_bin(r), ["bin"]
    raise ValueError("doc " + fmt)


def gen_age(ctx, fmt):
    a = ctx.pat_age()
    assert a > 89, a
    if fmt == "ru":
        return "%d %s" % (a, ru_years(a)), []
    if fmt == "ru_gen":  # "в возрасте 93 лет"
        return "%d лет" % a if a % 10 != 1 else "%d года" % a, []
    if fmt == "kk":
        return "%d жаста" % a, []
    if fmt == "kk2":
        return "%d жас" % a, []
    if fmt == "num":
        return "%d" % a, []
    if fmt == "up":
        return "%d %s" % (a, ru_years(a).upper()), []
    raise ValueError("age " + fmt)


def gen_identifier(ctx, kind, args):
    extra = [a[1:] for a in args if a.startswith("+")]
    args = [a for a in args if not a.startswith("+")]
    r = ctx.rng
    if kind == "n":
        role, fmt = args[0].split(".")
        text, forms = name_surface(ctx, ctx.person(role), fmt)
        label = "NAME"
    elif kind == "d":
        key, fmt = args[0].split(".")
        text, forms = fmt_date(ctx.date(key), fmt)
        if key == "birth" or key.startswith("rb"):
            forms = forms + ["birth_date"]
        label = "DATE"
    elif kind == "ph":
        text, forms = gen_phone(r, args[0])
        label = "PHONE"
    elif kind == "em":
        text, forms = gen_email(ctx, args[0])
        label = "EMAIL"
    elif kind == "iin":
        role, fmt = args[0].split(".")
        num = ctx.person(role).iin if not role.startswith("x") else \
            make_iin(r, ctx.date("rb" + role), r.choice("mf"))
        if fmt == "lab":
            text, forms = num, ["labelled"]
        elif fmt == "unl":
            text, forms = num, ["unlabelled"]
        elif fmt == "split":
            text, forms = num[:6] + " " + num[6:], ["split", "labelled"]
        elif fmt == "dash":
            text, forms = num[:6] + "-" + num[6:], ["split", "labelled"]
        elif fmt == "split_unl":
            text, forms = num[:6] + " " + num[6:], ["split", "unlabelled"]
        else:
            raise ValueError(fmt)
        label = "IIN"
    elif kind == "age":
        text, forms = gen_age(ctx, args[0])
        label = "AGE"
    elif kind == "a":
        text, forms = gen_address(ctx, args[0])
        label = "ADDRESS"
    elif kind == "r":
        text, forms = gen_record(ctx, args[0])
        label = "RECORD_ID"
    elif kind == "dc":
        text, forms = gen_docid(ctx, args[0])
        label = "DOC_ID"
    else:
        raise ValueError("kind " + kind)
    out = []
    for f in forms + extra:
        if f not in out:
            out.append(f)
    return text, label, out


# ---------------------------------------------------------------------------
# Clinical pools (spans that must survive) and unmarked confusable fillers
# ---------------------------------------------------------------------------
CLIN = {
    "drug": ["цефазолин", "цефтриаксон", "кеторолак", "трамадол", "парацетамол",
             "омепразол", "эноксапарин", "Клексан", "ривароксабан", "Ксарелто",
             "дексаметазон", "метамизол натрия", "диклофенак", "мелоксикам",
             "гепарин", "надропарин", "Фраксипарин", "пантопразол", "ибупрофен",
             "амоксициллин/клавуланат", "ванкомицин", "кальций D3"],
    "anesth": ["спинальная анестезия", "эндотрахеальный наркоз",
               "проводниковая анестезия", "блокада плечевого сплетения",
               "эпидуральная анестезия"],
    "anesth_kk": ["жұлын анестезиясы", "эндотрахеалды наркоз", "өткізгіштік анестезия"],
    "comorb_ru": ["гипертоническая болезнь II ст.", "сахарный диабет 2 типа", "ИБС",
                  "остеопороз", "ХОБЛ", "фибрилляция предсердий", "ХБП С3"],
    "comorb_kk": ["артериялық гипертензия", "қант диабеті", "остеопороз",
                  "жүректің ишемиялық ауруы", "созылмалы бронхит"],
    "fx_ru": ["перелом шейки левой бедренной кости", "чрезвертельный перелом правого бедра",
              "перелом диафиза правой большеберцовой кости", "перелом лучевой кости в типичном месте",
              "перелом хирургической шейки левой плечевой кости", "перелом обеих лодыжек правой голени",
              "перелом левой ключицы", "перелом надколенника", "перелом диафиза бедра",
              "компрессионный перелом тела L1 позвонка", "перелом Монтеджа", "перелом Галеацци",
              "перелом Смита", "перелом Коллеса", "перелом Беннета"],
    "fx_kk": ["сан сүйегі мойнының сынығы", "асықты жіліктің сынығы", "кәрі жіліктің типтік жерде сынуы",
              "тоқпан жіліктің хирургиялық мойнының сынығы", "бұғананың сынығы",
              "тобықтың сынығы", "тізе тобығының сынығы", "омыртқаның компрессиялық сынығы",
              "Монтеджа сынығы", "Галеацци сынығы", "Коллес сынығы"],
    "op_ru": ["закрытая репозиция, БИОС гвоздём PFNA", "открытая репозиция, МОС пластиной LCP",
              "МОС пластиной PHILOS", "ТЭП ТБС эндопротезом Zimmer", "ЧКДО аппаратом Илизарова",
              "остеосинтез по Веберу", "МОС спицами Киршнера и проволокой по Веберу",
              "ЭТП коленного сустава DePuy", "ревизия, удаление металлоконструкции",
              "остеосинтез DHS (Synthes)"],
    "op_kk": ["жабық репозиция, PFNA штифтімен БИОС", "ашық репозиция, LCP пластинасымен МОС",
              "PHILOS пластинасымен МОС", "Zimmer эндопротезімен ТЭП ТБС",
              "Илизаров аппаратымен ЧКДО", "Киршнер спицаларымен МОС",
              "Вебер бойынша остеосинтез", "металл конструкцияны алу"],
    "epo_ru": ["симптом Ласега", "симптом Тренделенбурга", "тест Лахмана", "классификация Гардена",
               "классификация Вебера", "классификация Шацкера", "классификация Нира",
               "спицы Киршнера", "винт Шанца", "аппарат Волкова–Оганесяна",
               "контрактура Дюпюитрена", "болезнь Боткина", "палочка Коха",
               "стебель Филатова", "шина Белера", "ампутация по Пирогову", "доступ по Кохеру"],
    "epo_kk": ["Ласег симптомы", "Тренделенбург симптомы", "Гарден жіктемесі",
               "Вебер жіктемесі", "Киршнер спицалары", "Шанц бұрандасы",
               "Дюпюитрен контрактурасы", "Боткин ауруы", "Илизаров аппараты",
               "Кохер бойынша"],
    "implant": ["PHILOS", "LCP", "Zimmer", "DePuy", "Synthes", "PFNA", "DHS", "Stryker", "ChM"],
    "abbr": ["ЛФК", "ЕДШ", "ТЭП ТБС", "МОС", "ЧКДО", "ДТП", "БИОС", "ОАК", "ОАМ", "ЭКГ",
             "УЗИ", "КТ", "МРТ", "СРБ", "ТГВ", "ТЭЛА", "ВАШ", "ЭОП", "ОРИТ"],
    "kkword": ["сынығы", "сынығымен", "тізе буынында", "жамбас-сан буынының", "иық буынының",
               "ауырсынуға", "ісінуі", "гипс таңғышы", "жарақаттан кейін", "операциядан кейінгі",
               "қан кетуі", "иықтың шығуы", "омыртқаның", "қабырғаның", "білезік буынының",
               "тізе буынының", "бел омыртқасында"],
    "imaging_ru": ["рентгенография", "R-контроль", "КТ", "МРТ", "УЗИ вен нижних конечностей"],
    "spine_ru": ["грыжа диска L4–L5", "протрузия диска L5–S1", "люмбоишиалгия",
                 "остеохондроз поясничного отдела позвоночника"],
}

AO = ["AO 31-A2.2", "AO 31-B3", "AO 42-A3", "AO/OTA 23-C1", "AO 44-B2", "AO 11-C2",
      "AO 33-C1", "AO 21-A2", "AO/OTA 32-B2", "AO 2U1B2", "AO 41-C3", "AO 15.1A"]
ICD = ["S72.0", "S72.1", "S72.3", "S82.2", "S82.8", "S52.5", "S42.2", "S32.4",
       "M16.1", "M17.0", "T84.0", "M80.0", "S22.3", "M72.0", "M51.1", "S62.0", "S52.0"]


DRUG_DOSE = {
    "цефазолин": ["1,0 г в/в 3 раза в сутки", "2,0 г в/в за 30 мин до разреза"],
    "цефтриаксон": ["1,0 г в/м 2 раза в сутки", "2,0 г в/в 1 раз в сутки"],
    "кеторолак": ["30 мг в/м при болях", "10 мг внутрь при болях"],
    "трамадол": ["50 мг в/м", "100 мг в/м на ночь"],
    "парацетамол": ["1000 мг в/в капельно", "500 мг 3 раза в день"],
    "омепразол": ["20 мг утром", "40 мг в/в 1 раз в сутки"],
    "эноксапарин": ["0,4 мл п/к 1 раз в сутки", "40 мг п/к вечером"],
    "Клексан": ["0,4 мл п/к 1 раз в сутки", "0,6 мл п/к вечером"],
    "ривароксабан": ["10 мг 1 раз в сутки"], "Ксарелто": ["10 мг 1 раз в сутки"],
    "дексаметазон": ["8 мг в/в", "4 мг в/м утром"],
    "метамизол натрия": ["50% 2,0 мл в/м"], "диклофенак": ["75 мг в/м", "50 мг 2 раза в день"],
    "мелоксикам": ["15 мг 1 раз в сутки", "7,5 мг внутрь"],
    "гепарин": ["5000 ЕД п/к 4 раза в сутки"], "надропарин": ["0,3 мл п/к 1 раз в сутки"],
    "Фраксипарин": ["0,3 мл п/к 1 раз в сутки"], "пантопразол": ["40 мг утром"],
    "ибупрофен": ["400 мг 3 раза в день"],
    "амоксициллин/клавуланат": ["1,2 г в/в 3 раза в сутки"],
    "ванкомицин": ["1,0 г в/в 2 раза в сутки"], "кальций D3": ["1 таб. 2 раза в день"],
    "транексамовая кислота": ["1000 мг в/в", "15 мг/кг в/в до разреза"],
}
DOSE_KK = [("раза в сутки", "рет тәулігіне"), ("раз в сутки", "рет тәулігіне"),
           ("раза в день", "рет күніне"), ("в/в капельно", "к/і тамшылатып"),
           ("в/в", "к/і"), ("в/м", "б/і"), ("п/к", "т/а"), ("при болях", "ауырсынғанда"),
           ("утром", "таңертең"), ("внутрь", "ішке"), ("на ночь", "түнде"),
           ("вечером", "кешке"), ("за 30 мин до разреза", "тілікке дейін 30 мин бұрын"),
           ("до разреза", "тілікке дейін")]


def dose_for(r, c, lang):
    d = r.choice(DRUG_DOSE.get(getattr(c, "last_drug", None), ["1 таб. 2 раза в день"]))
    if lang == "kk":
        for a, b in DOSE_KK:
            d = d.replace(a, b)
    return d


def _f(fmt, *rngs):
    return lambda r, c: fmt % tuple(r.randint(a, b) for a, b in rngs)


FILL = {
    "time": lambda r, c: "%02d:%02d" % (r.randint(0, 23), r.choice(range(0, 60, 5))),
    "bloodloss": lambda r, c: "%d мл" % r.choice([50, 100, 150, 200, 250, 300, 350, 400, 500, 650]),
    "bloodloss_kk": lambda r, c: "%d мл" % r.choice([50, 100, 150, 200, 250, 300, 400, 500]),
    "ao": lambda r, c: r.choice(AO),
    "icd": lambda r, c: "МКБ-10: " + r.choice(ICD),
    "icd_kk": lambda r, c: "АХЖ-10: " + r.choice(ICD),
    "icdc": lambda r, c: r.choice(ICD),
    "dose": lambda r, c: dose_for(r, c, "ru"),
    "dose_kk": lambda r, c: dose_for(r, c, "kk"),
    "hb": _f("%d", (92, 158)), "wbc": lambda r, c: "%d,%d" % (r.randint(4, 14), r.randint(0, 9)),
    "rbc": lambda r, c: "%d,%02d" % (r.randint(3, 5), r.randint(0, 99)),
    "plt": _f("%d", (150, 420)), "esr": _f("%d", (2, 48)),
    "glu": lambda r, c: "%d,%d" % (r.randint(4, 9), r.randint(0, 9)),
    "crea": _f("%d", (55, 130)), "urea": lambda r, c: "%d,%d" % (r.randint(3, 9), r.randint(0, 9)),
    "inr": lambda r, c: "%d,%02d" % (r.randint(0, 1) or 1, r.randint(0, 40)),
    "aptt": _f("%d", (24, 42)), "fib": lambda r, c: "%d,%d" % (r.randint(2, 5), r.randint(0, 9)),
    "crp": _f("%d", (1, 96)), "ddim": lambda r, c: "0,%02d" % r.randint(10, 99),
    "temp": lambda r, c: "%d,%d" % (r.choice([36, 36, 37, 37, 38]), r.randint(0, 9)),
    "bp": lambda r, c: "%d/%d" % (r.choice([100, 110, 120, 130, 140, 150, 160]), r.choice([60, 70, 80, 90])),
    "hr": _f("ЧСС %d в мин", (58, 104)), "hr_n": _f("%d", (58, 104)),
    "spo2": _f("%d%%", (91, 99)), "vas": _f("%d", (1, 8)),
    "wardn": _f("%d", (1, 24)), "bedn": _f("%d", (1, 6)), "room": _f("%d", (1, 8)),
    "holes": _f("%d", (4, 12)), "weight": _f("%d кг", (48, 118)), "height": _f("%d см", (150, 194)),
    "screw": lambda r, c: r.choice(["кортикальные 3,5 мм × 6", "спонгиозные 6,5×80 мм × 2",
                                    "блокирующие 5,0 мм × 4", "канюлированные 7,3 мм × 3"]),
    "angle": _f("%d°", (30, 70)), "mm": _f("%d мм", (2, 15)), "days": _f("%d", (3, 21)),
    "weeks": _f("%d", (4, 12)), "dose_n": _f("%d", (2, 10)),
    "yage_ru": lambda r, c: "%d %s" % (c.pat_age(), ru_years(c.pat_age())),
    "yage_kk": lambda r, c: "%d жаста" % c.pat_age(),
    "yage_num": lambda r, c: "%d" % c.pat_age(),
    "cab": _f("%d", (101, 420)), "count": _f("%d", (2, 9)),
}

# ---------------------------------------------------------------------------
# Templates: (language, style, text)
# ---------------------------------------------------------------------------
T = []


def tpl(lang, style, text):
    T.append((lang, style, text.strip("\n")))


# ============================== RUSSIAN ====================================
tpl("ru", "discharge_summary", """
ВЫПИСНОЙ ЭПИКРИЗ
История болезни № {r:hosp}
Пациент: {n:pat.full}, {d:birth.num} г.р., ИИН {iin:pat.lab}
Адрес: {a:full_ru}
Место работы: {a:work_ru} (БИН {dc:bin})
Находил[[g:ся|ась]] на лечении в отделении травматологии с {d:adm.num} по {d:dis.num}.
Диагноз: Закрытый <<@fx_ru>> со смещением ([[ao]]), [[icd]].
Обстоятельства травмы: <<ДТП>> {d:inj.rudm}, доставлен[[g:|а]] бригадой СМП.
Операция {d:op.num}: <<@op_ru>>. Кровопотеря [[bloodloss]].
Послеоперационный период без осложнений. Получал[[g:|а]]: <<@drug>> [[dose]], <<@drug>> [[dose]].
Рекомендовано: <<ЛФК>>, ходьба на костылях, <<@imaging_ru>> через [[weeks]] недель, наблюдение травматолога по месту жительства.
Выписку на руки получил[[g@rel:|а]] {n:rel.first}, тел. {ph:eight}.
Лечащий врач: {n:doc.ini}        Зав. отделением: {n:doc2.ini}
""")

tpl("ru", "discharge_summary", """
ВЫПИСКА ИЗ МЕДИЦИНСКОЙ КАРТЫ СТАЦИОНАРНОГО БОЛЬНОГО № {r:hosp}
Ф.И.О.: {n:pat.full}
Возраст: {age:ru}, дата рождения {d:birth.ru} г.
Проживает: {a:village_full_ru}. Пенсионер[[g:|ка]].
Поступил[[g:|а]] экстренно {d:adm.num} в [[time]] после падения дома с высоты собственного роста.
Диагноз основной: <<перелом шейки правой бедренной кости>>, III тип (<<классификация Гардена>>), [[icd]].
Сопутствующий: <<@comorb_ru>>, <<@comorb_ru>>.
Со слов дочери {n:rel_f.r_gen_full} (тел. {ph:eight}) ранее передвигал[[g:ся|ась]] с тростью.
{d:op.num} выполнено: <<ТЭП ТБС>> справа цементным эндопротезом <<Zimmer>>, <<спинальная анестезия>>. Кровопотеря [[bloodloss]].
Выписан[[g:|а]] {d:dis.rushort} под наблюдение ВОП {n:doc3.ini}.
Рекомендовано: <<ривароксабан>> [[dose]] 35 дней (профилактика <<ТГВ>>), <<ЛФК>>, <<кальций D3>>.
Лечащий врач: {n:doc.ini}
""")

tpl("ru", "discharge_summary", """
ЭПИКРИЗ
[[g:Больной|Больная]]: {n:pat.sf}, [[yage_ru]], ИИН {iin:pat.split}
Место работы: {a:work_ru}, водитель-экспедитор. Живёт на {a:nomark} ({a:city}).
Травма {d:inj.num} — <<ДТП>>, управлял[[g:|а]] автомобилем гос. номер {dc:plate}.
Диагноз: <<перелом Монтеджа>> справа ([[ao]]), [[icd]].
{d:op.roman} — открытая репозиция головки лучевой кости, <<МОС>> локтевой кости пластиной <<LCP>> (<<Synthes>>).
Ассистировал: {n:epo1.ini}. Осмотрен[[g:|а]] заведующим кафедрой {n:doc2.r_ins_ini}.
Лист временной нетрудоспособности № {dc:sick} с {d:adm.num} по {d:sickt.num}.
Рекомендации: <<ЛФК>>, снятие швов на 12-е сутки, <<R-контроль>> через 6 недель.
Врач: {n:doc.ini}
""")

tpl("ru", "discharge_summary", """
ВЫПИСНОЙ ЭПИКРИЗ № {r:hosp}
Городская клиническая <<больница им. Боткина>>, отделение ортопедии
Пациент[[g:|ка]] {n:pat.ini}, {d:birth.compact} г.р., палата № [[wardn]]
Поступил[[g:|а]] планово {d:adm.rushort} по направлению № {r:ref} от {d:ref.num}.
Диагноз: <<коксартроз>> III ст. справа, [[icd]], болеет с {d:onset.myru} г. В анамнезе <<болезнь Боткина>> в детстве.
{d:op.ru} выполнено: <<ТЭП ТБС>> справа эндопротезом <<DePuy>> Corail, доступ по Хардингу.
Интраоперационно: кровопотеря [[bloodloss]], <<транексамовая кислота>> [[dose]].
Оперировал: {n:epo2.sf}. Контакт пациента: {ph:plus7b}, e-mail: {em:pat}
""")

tpl("ru", "operative_note", """
ПРОТОКОЛ ОПЕРАЦИИ № {r:op}
Дата: {d:op.num}   Начало: [[time]]   Окончание: [[time]]
Пациент: {n:pat.full}, И/Б № {r:hosp}
Диагноз: <<перелом Галеацци>> слева ([[ao]])
Операция: открытая репозиция, <<МОС>> лучевой кости пластиной <<LCP>> 3,5 мм, фиксация ДРЛС <<спицей Киршнера>>.
Хирург: {n:doc.ini}
Ассистенты: {n:doc2.ini:+listed}, {n:doc3.ini:+listed}
Анестезиолог: {n:anest.ini}     Операционная сестра: {n:nur_f.ini}
Анестезия: <<@anesth>>.
Ход операции: доступ по Генри, репозиция, пластина на [[holes]] отверстий, винты [[screw]]. <<ЭОП>>-контроль — стояние удовлетворительное. Кровопотеря [[bloodloss]].
""")

tpl("ru", "operative_note", """
ОПЕРАЦИЯ {d:op.rushort}, операционная № [[room]]
Ф.И.О. больного: {n:pat.split}
Диагноз: открытый перелом обеих костей голени справа, [[ao]], Gustilo II.
Вмешательство: ПХО раны, <<ЧКДО>> <<аппаратом Илизарова>> (4 кольца, <<спицы Киршнера>> 1,8 мм — [[count]] шт., <<винты Шанца>> — 2 шт.).
Бригада: {n:doc.ini:+listed}, {n:doc2.ini:+listed}, {n:epo1.ini:+listed}.
Кровопотеря около [[bloodloss]]. Гистология: материал № {r:lab}.
Протокол составил: {n:doc.fs}
""")

tpl("ru", "operative_note", """
Протокол оперативного вмешательства № {r:op} от {d:op.num}
Пациент[[g:|ка]]: {n:pat.sf}, [[yage_ru]], рост [[height]], вес [[weight]]
Клинический диагноз: перелом проксимального отдела левой плечевой кости (<<классификация Нира>>, 3 фрагмента), [[ao]].
Выполнено: дельтовидно-пекторальный доступ, открытая репозиция, <<МОС>> пластиной <<PHILOS>> (<<Synthes>>), [[count]] блокирующих винтов.
<<ЭОП>>-контроль. Кровопотеря [[bloodloss]]. Дренаж по Редону.
Протокол составлен {n:doc.r_ins_ini}, проверен {n:doc2.r_ins_ini}.
""")

tpl("ru", "operative_note", """
ПРОТОКОЛ ОПЕРАЦИИ
Больной: {n:pat.upini}   ИБ {r:hosp}   {d:op.num2}
Перелом задней стенки вертлужной впадины слева после <<ДТП>> ({d:inj.rudm}).
<<доступ по Кохеру–Лангенбеку>> в положении на животе, седалищный нерв выделен и взят на держалку.
Фиксация реконструктивной пластиной и [[count]] винтами. Кровопотеря [[bloodloss]].
Ассистент {n:epo1.sur}, хирург {n:doc.sur}. <<ЭОП>>: конгруэнтность восстановлена.
""")

tpl("ru", "referral_letter", """
НАПРАВЛЕНИЕ № {r:ref}
на консультацию и плановую госпитализацию
Ф.И.О.: {n:pat.full}
Дата рождения: {d:birth.num}        ИИН: {iin:pat.lab}
Адрес: {a:full_ru}, тел. {ph:eight}
Место работы: {a:work_school}, учитель.
Диагноз: <<контрактура Дюпюитрена>> IV пальца правой кисти, [[icd]], отмечает с {d:onset.myru} г.
Обследован[[g:|а]]: <<ОАК>> от {d:lab.num} — Hb [[hb]] г/л, лейк. [[wbc]]×10⁹/л; <<ЭКГ>> — ритм синусовый, [[hr]].
Направляет врач: {n:doc.ini}, тел. {ph:land}
""")

tpl("ru", "referral_letter", """
Уважаемые коллеги!
Направляем на консультацию к Dr. {n:de1.latfs} пациента {n:pat.sf} (в загранпаспорте {n:pat.lat}), паспорт № {dc:passport}, дата рождения {d:birth.slash}.
Диагноз: несросшийся перелом ладьевидной кости правого запястья, состояние после <<МОС>> <<винтом Герберта>> ({d:prev.my}).
<<КТ>> № {r:xray} от {d:ref.num}: резорбция по линии перелома [[mm]].
Контакт пациента: {ph:plus7}, {em:pat}
С уважением, {n:doc.fs}, {em:doc}
""")

tpl("ru", "referral_letter", """
ПРЕДСТАВЛЕНИЕ НА ВКК
Пациент: {n:pat.ini}, [[yage_ru]], {a:work_ru} (БИН {dc:bin}), слесарь.
Лист нетрудоспособности № {dc:sick} открыт {d:adm.ru} г.
На лечении по поводу перелома обеих лодыжек (<<тип B по Веберу>>), состояние после <<МОС>> ({d:op.num}).
Полис ДМС № {dc:policy}.
Председатель ВКК: {n:doc2.ini}. Члены комиссии: {n:doc3.ini:+listed}; {n:epo1.ini:+listed}.
""")

tpl("ru", "referral_letter", """
Из врачебной амбулатории {a:village_ru} ({a:district_ru}) направляется пациент[[g:|ка]] {n:pat.fs}, проживающ[[g:ий|ая]] по адресу: {a:nomark}.
Дата: {d:ref.rudm}
Жалобы на боли в поясничном отделе с иррадиацией в правую ногу, <<симптом Ласега>> положительный справа под углом [[angle]].
Предварительный диагноз: <<@spine_ru>>, [[icd]].
Сопровождает родственник {n:rel.fs}, тел. {ph:spaced}, автомобиль {dc:plate}.
Фельдшер: {n:nur.ini}
""")

tpl("ru", "his_printout", """
================ МИС «ДАМУМЕД» ================
ВЫПИСКА ИЗ ЭЛЕКТРОННОЙ ИСТОРИИ БОЛЕЗНИ
ФИО ПАЦИЕНТА:        {n:pat.up}
ФИО (ЛАТ.):          {n:pat.lat}
ИИН:                 {iin:pat.lab}
ДАТА РОЖДЕНИЯ:       {d:birth.num}
ПОЛ:                 [[g:М|Ж]]
ТЕЛЕФОН:             {ph:plus7c}
АДРЕС:               {a:full_ru_up}
№ ИБ:                {r:hosp}
ДАТА ПОСТУПЛЕНИЯ:    {d:adm.iso} [[time]]
ОТДЕЛЕНИЕ:           ТРАВМАТОЛОГИЯ    ПАЛАТА: [[wardn]]    КОЙКА: [[bedn]]
----------------------------------------------------------------
ДАТА       | ВРАЧ            | НАЗНАЧЕНИЕ
{d:adm.num} | {n:doc.upini} | <<@drug>> [[dose]]
{d:op.num} | {n:doc2.upini} | <<@drug>> [[dose]]
{d:dis.num} | {n:doc.upini} | <<ЛФК>>, выписка
""")

tpl("ru", "his_printout", """
КМИС :: ЛИСТ НАЗНАЧЕНИЙ                                  СТР. 1 ИЗ 2
ПАЦИЕНТ     {n:pat.upsf}        ИБ      {r:hosp}       ВОЗРАСТ   [[yage_num]]
ДР          {d:birth.compact}
ВРАЧ        {n:doc.upini}       ОТД     ОРТОПЕДИЯ      ПАЛ/КОЙКА [[wardn]]/[[bedn]]
ДИАГНОЗ     [[icdc]]   <<@fx_ru>>
ПРЕПАРАТ    ДОЗА / КРАТНОСТЬ    С
<<@drug>>    [[dose]]    {d:adm.num}
<<@drug>>    [[dose]]    {d:op.num}
ЛАБ. ЗАКАЗ               {r:bad}
""")

tpl("ru", "his_printout", """
СПИСОК ПАЦИЕНТОВ ОТДЕЛЕНИЯ ТРАВМАТОЛОГИИ НА {d:adm.num}
№ | ФИО | ИИН | ПАЛАТА | ДИАГНОЗ
1 | {n:pat.ini:+listed} | {iin:pat.lab} | [[wardn]] | <<@fx_ru>>
2 | {n:p2.ini:+listed} | {iin:p2.lab} | [[wardn]] | <<@fx_ru>>
3 | {n:p3.ini:+listed} | {iin:p3.lab} | [[wardn]] | <<@spine_ru>>
4 | {n:p4.ini:+listed} | {r:bad} | [[wardn]] | ожидает <<КТ>>
ДЕЖУРНЫЙ ВРАЧ: {n:doc.upini}      ТЕЛ. ОРДИНАТОРСКОЙ: {ph:local}
""")

tpl("ru", "his_printout", """
ЭЛЕКТРОННАЯ МЕДИЦИНСКАЯ КАРТА — ПЕЧАТНАЯ ФОРМА
ПАЦИЕНТ: {n:pat.up}          ВОЗРАСТ: {age:up}
ДР: {d:birth.compact}        ИИН: {iin:pat.dash}
КОНТАКТ: {ph:dotted}         ЗАКОННЫЙ ПРЕДСТАВИТЕЛЬ: {n:rel.upsf}
АДРЕС РЕГИСТРАЦИИ: {a:full_ru_up}
ПОЛИС ДМС: {dc:policy}       УДОСТ. ЛИЧНОСТИ: {dc:idcard}
ДИАГНОЗ: [[icdc]] <<чрезвертельный перелом левого бедра>>, [[ao]]
ОПЕРАЦИЯ: {d:op.num}  <<БИОС>> <<PFNA>>   КРОВОПОТЕРЯ: [[bloodloss]]
""")

tpl("ru", "nurse_note", """
[[time]] пац. {n:pat.low} ({iin:pat.unl}), пал. [[wardn]], жалобы на боли в обл. п/о раны, <<ваш>> [[vas]] б. t [[temp]], ад [[bp]], чсс [[hr_n]].
введено: <<кеторолак>> 30 мг в/м, <<цефазолин>> 1,0 в/в.
повязка сухая, <<дренаж>> удалён. [[time]] осмотрен[[g:|а]] деж. врачом {n:doc.lowsur}.
м/с {n:nur_f.low}
""")

tpl("ru", "nurse_note", """
{d:adm.num2} ночь. {n:pat.lowfull}, [[yage_ru]], после <<ТЭП ТБС>> – сон беспокойный, <<трамадол>> 50 мг в/м в [[time]].
родственники ({n:rel.lowfirst}, {ph:eight2}) просят перезвонить утром.
диурез достаточный, <<клексан>> 0,4 п/к сделан. м/с {n:nur_f.lowsur}
""")

tpl("ru", "nurse_note", """
{d:lab.rudm}, [[time]]: [[g:дедушка|бабушка]] {n:pat.lowsur}, {age:ru}, пал. [[wardn]] – дезориентирован[[g:|а]] ночью, пытал[[g:ся|ась]] встать.
<<пролежней>> нет, противопролежневый матрас. ад [[bp]], spo2 [[spo2]].
сообщено врачу {n:doc.r_dat_ini} и сыну {n:rel_m.r_dat_first} по тел. {ph:plus7}.
""")

tpl("ru", "nurse_note", """
передача смены [[time]]:
1) {n:pat.low:+listed} – п/о 2 сут, <<эноксапарин>> вечером, повязка чистая;
2) {n:p2.low:+listed} – <<скелетное вытяжение>>, груз 6 кг, t [[temp]];
3) {n:p3.low:+listed} – готовится на <<МОС>> завтра, голод с 22:00.
сдала: {n:nur_f.lowsur}, приняла: {n:nur2_f.lowsur}
""")

tpl("ru", "outpatient_card", """
МЕДИЦИНСКАЯ КАРТА АМБУЛАТОРНОГО ПАЦИЕНТА № {r:card}
Ф.И.О.: {n:pat.full}     ИИН: {iin:pat.lab}
Дата рождения: {d:birth.ru}    Тел.: {ph:local} (дом.), {ph:plus7} (моб.)
Адрес: {a:street_ru}, {a:city_m}
Место работы: {a:work_ru}
Прикреплен[[g:|а]] к участку ВОП {n:doc.ini}
{d:adm.num} Жалобы на боли в правом коленном суставе. <<гонартроз>> II ст., [[icd]].
Назначено: <<@drug>> [[dose]], <<ЛФК>>, <<физиолечение>>. Явка {d:next.rudm}.
""")

tpl("ru", "outpatient_card", """
Приём травматолога {d:adm.num}
Пациент[[g:|ка]] {n:pat.sf} из {a:city_gen}, живёт на {a:nomark}, [[yage_ru]].
Состояние после <<ЧКДО>> <<по Илизарову>> ({d:prev.my} г.), жалобы с {d:onset.myru}.
Рентгенограмма № {r:xray}: консолидация, <<спицы Киршнера>> стабильны, признаков <<остеомиелита>> нет.
Рекомендовано: демонтаж аппарата, <<ЛФК>>. Повторно {d:next.roman}.
Врач {n:doc.ini1}
""")

tpl("ru", "outpatient_card", """
АМБУЛАТОРНАЯ КАРТА № {r:card}
{n:pat.split2}, ИИН {iin:pat.unl}, тел. {ph:rus}
Работает: {a:work_school}, уборщи[[g:к|ца]]. Полис ДМС {dc:policy}.
{d:adm.rushort} – ушиб правого плечевого сустава на работе, <<симптом Тренделенбурга>> отрицательный, <<МРТ>> – частичный разрыв надостной мышцы.
Выдан лист нетрудоспособности № {dc:sick}. Консультирован[[g:|а]] с {n:epo1.r_ins_ini}.
""")

tpl("ru", "lab_report", """
КЛИНИКО-ДИАГНОСТИЧЕСКАЯ ЛАБОРАТОРИЯ
Бланк № {r:lab}            Дата забора: {d:lab.num} [[time]]
Пациент: {n:pat.sf}    ИИН: {iin:pat.lab}    ИБ: {r:hosp}
Штрих-код пробы: {r:bad}    Sysmex XN-550, Patient: {n:pat.latini}
ОБЩИЙ АНАЛИЗ КРОВИ
Показатель          Результат       Норма
Гемоглобин          [[hb]] г/л      120–160
Эритроциты          [[rbc]]×10¹²/л  3,9–5,0
Лейкоциты           [[wbc]]×10⁹/л   4,0–9,0
Тромбоциты          [[plt]]×10⁹/л   180–320
СОЭ                 [[esr]] мм/ч    2–15
Выполнил: {n:nur_f.ini}, врач КЛД {n:doc.ini}
""")

tpl("ru", "lab_report", """
БИОХИМИЯ / КОАГУЛОГРАММА  № {r:lab}
{n:pat.ini}, [[yage_ru]], отд. травматологии, палата [[wardn]]
Дата: {d:lab.roman}
Глюкоза [[glu]] ммоль/л; креатинин [[crea]] мкмоль/л; мочевина [[urea]] ммоль/л; <<СРБ>> [[crp]] мг/л
МНО [[inr]]; АЧТВ [[aptt]] сек; фибриноген [[fib]] г/л; Д-димер [[ddim]] мкг/мл
Повтор {d:lab2.num}: <<СРБ>> [[crp]] мг/л на фоне <<@drug>>.
Заказал: {n:doc.ini}. Номер образца в ЛИС: {r:bad}
""")

tpl("ru", "lab_report", """
РЕНТГЕНОЛОГИЧЕСКОЕ ЗАКЛЮЧЕНИЕ
Рентгенограмма № {r:xray} от {d:lab.num}
Пациент: {n:pat.sf}, {d:birth.my} г.р.
На рентгенограммах левого голеностопного сустава в 2-х проекциях: перелом наружной лодыжки на уровне синдесмоза (<<тип B по Веберу>>, [[ao]]), смещение [[mm]].
Заключение: <<перелом наружной лодыжки>> со смещением. Рекомендована консультация травматолога.
Врач-рентгенолог: {n:doc.ini2}
""")

# ============================== KAZAKH =====================================
tpl("kk", "discharge_summary", """
ШЫҒАРУ ЭПИКРИЗІ
Ауру тарихы № {r:hosp}
Науқас: {n:pat.full}, туған күні: {d:birth.num}, ЖСН: {iin:pat.lab}
Мекенжайы: {a:kk_full}
Жұмыс орны: {a:work_kk}
Травматология бөлімінде {d:adm.num} ж. бастап {d:dis.num} ж. дейін ем қабылдады.
Диагнозы: <<@fx_kk>>, ығысуымен ([[ao]]). [[icd_kk]].
Жарақат {d:inj.kk} <<ЖКО>> кезінде алынған.
{d:op.kk} операция жасалды: <<@op_kk>>. Қан жоғалту [[bloodloss_kk]].
Ем: <<@drug>> [[dose_kk]], <<@drug>>, <<ЛФК>>.
Ұсыныстар: тұрғылықты жері бойынша травматолог бақылауы, [[weeks]] аптадан кейін <<рентгенографиялық бақылау>>.
Емдеуші дәрігер: {n:doc.ini}
Бөлім меңгерушісі: {n:doc2.ini}
""")

tpl("kk", "discharge_summary", """
ШЫҒАРУ ЭПИКРИЗІ № {r:hosp}
Науқас: {n:pat.full}, {age:kk}, туған жылы: {d:birth.num}
Тұрғылықты мекенжайы: {a:kk_village}
{d:adm.kk} үйде құлап, жедел жәрдем көлігімен жеткізілді.
Диагнозы: оң жақ <<сан сүйегі мойнының сынығы>>, <<Гарден жіктемесі>> бойынша III тип ([[icd_kk]]).
Қосалқы аурулары: <<@comorb_kk>>, <<@comorb_kk>>.
{d:op.num} ж. <<ТЭП ТБС>> (<<DePuy>>) жасалды. Қан жоғалту [[bloodloss_kk]].
Науқасқа қызы {n:rel_f.fs} (тел. {ph:eight}) күтім жасайды.
Ақпарат {n:rel_f.k_dat_first} берілді.
Ұсыныстар: <<ривароксабан>> 35 күн, <<ЛФК>>, ходунокпен жүру.
Емдеуші дәрігер: {n:doc.ini}
""")

tpl("kk", "discharge_summary", """
ЭПИКРИЗ
Науқас {n:pat.sf}, [[yage_kk]], ЖСН {iin:pat.split}, {a:work_kk_loc} жүргізуші болып жұмыс істейді.
{d:inj.kknom} күні <<ЖКО>> болған; көлік нөмірі {dc:plate}.
Диагнозы: сол жақ <<асықты жіліктің>> ашық <<сынығы>>, [[ao]].
{d:op.kk} <<ЧКДО>> <<Илизаров аппаратымен>> жасалды, <<Киршнер спицалары>> және <<Шанц бұрандалары>> қолданылды.
Еңбекке уақытша жарамсыздық парағы № {dc:sick}, жұмыс берушінің БСН {dc:bin}.
Науқас бөлім меңгерушісі {n:doc2.k_ins_fs} кеңесті.
Емдеуші дәрігер: {n:doc.ini}
""")

tpl("kk", "discharge_summary", """
Ауру тарихы № {r:hosp}
Науқас: {n:pat.ini}, {d:birth.kkdmy} ж. туған, {a:kk_loc} тұрады.
Жұмыс орны: {a:work_school_kk}, мұғалім.
Түскен күні: {d:adm.num}, шыққан күні: {d:dis.num}.
Диагнозы: оң жақ <<кәрі жіліктің типтік жерде сынуы>> (<<Коллес сынығы>>), [[icd_kk]].
Ем: жабық репозиция, <<гипс таңғышы>>; {d:op.kkdm} <<LCP>> пластинасымен <<МОС>>.
Бақылау: {d:ctrl.kkdm} <<рентгенографиялық бақылау>>.
Дәрігер {n:doc.k_gen_sur} қолы: __________
""")

tpl("kk", "operative_note", """
ОПЕРАЦИЯ ХАТТАМАСЫ № {r:op}
Күні: {d:op.roman}   Басталуы: [[time]]   Аяқталуы: [[time]]
Науқас: {n:pat.split}, ауру тарихы № {r:hosp}
Операция алдындағы диагноз: сол жақ <<сан сүйегінің вертел аралық сынығы>>, [[ao]].
Операция: жабық репозиция, <<PFNA>> штифтімен <<БИОС>>.
Хирург: {n:doc.ini}
Ассистенттер: {n:doc2.ini:+listed}, {n:doc3.ini:+listed}
Анестезиолог: {n:anest.ini}
Анестезия: <<@anesth_kk>>.
Операция барысы: <<ЭОП>> бақылауымен репозиция, штифт енгізілді, [[count]] бұранда бекітілді. Қан жоғалту [[bloodloss_kk]].
""")

tpl("kk", "operative_note", """
Операция хаттамасы — {d:op.kk}
Науқас {n:pat.k_dat_sur} <<Кохер бойынша>> шынтақ буынына кіру жолымен операция жасалды.
Диагнозы: <<Монтеджа сынығы>>, сол жақ, [[ao]].
Кәрі жілік басы орнына салынды, шынтақ сүйегіне <<LCP>> пластинасы ([[holes]] тесік) орнатылды.
Қан жоғалту [[bloodloss_kk]]. Операциядан кейін <<гипс таңғышы>> салынды.
Хирург: {n:doc.sf}, ассистент: {n:doc2.sur}
""")

tpl("kk", "operative_note", """
ОПЕРАЦИЯ ХАТТАМАСЫ
НАУҚАС: {n:pat.up}   АУРУ ТАРИХЫ: {r:hosp}   КҮНІ: {d:op.num2}
Диагноз: оң жақ <<бұғананың сынығы>>, ығысуымен, [[icd_kk]].
Операция: ашық репозиция, <<LCP>> (<<Synthes>>) пластинасымен <<МОС>>.
Бригада: {n:doc.ini:+listed}, {n:doc2.ini:+listed}, {n:nur_f.ini:+listed}.
<<@anesth_kk>>. Қан жоғалту [[bloodloss_kk]]. Дренаж қойылмады.
""")

tpl("kk", "operative_note", """
Операция хаттамасы № {r:op} ({d:op.kkdmy} ж.)
Науқас: {n:pat.fs}, [[yage_kk]]
Диагнозы: оң қол басының <<Дюпюитрен контрактурасы>>, IV–V саусақтар, [[icd_kk]].
Операция: ішінара апоневрэктомия, Z-пластика. <<өткізгіштік анестезия>>.
Хирург: {n:epo1.sf}. Операцияға {n:doc2.k_gen_fs} қатысуымен жасалды.
Операциядан кейін <<ЛФК>>, [[days]] күннен кейін тігістерді алу.
""")

tpl("kk", "referral_letter", """
ЖОЛДАМА № {r:ref}
Кімге: облыстық көпбейінді аурухананың травматология бөліміне
Науқас: {n:pat.full}
Туған күні: {d:birth.num}      ЖСН: {iin:pat.lab}
Мекенжайы: {a:kk_full}, тел.: {ph:plus7}
Диагнозы: бел омыртқасының дискі жарығы, <<Ласег симптомы>> оң жақта [[angle]], [[icd_kk]].
<<МРТ>> № {r:xray} ({d:ref.num}).
Жолдаған дәрігер: {n:doc.ini}, {a:kk_district} орталық ауруханасы, тел. {ph:land}.
""")

tpl("kk", "referral_letter", """
Құрметті әріптестер!
{n:pat.fs} есімді науқасты ({d:birth.kk} туған; төлқұжатта {n:pat.lat}, № {dc:passport}) кеңеске жолдаймыз.
Науқас {a:kk_abl} көшіп келген, қазір {a:kk_vill_loc} тұрады.
Диагнозы: <<тізе буынының>> алдыңғы айқаспалы байламының жыртылуы, <<тест Лахмана>> оң.
Науқастың ұлы {n:rel_m.first} Өзбекстанда жұмыс істейді, тел.: {ph:uz}.
Құрметпен, дәрігер {n:doc.fs}, {em:doc}
""")

tpl("kk", "referral_letter", """
ДӘРІГЕРЛІК-КОНСУЛЬТАЦИЯЛЫҚ КОМИССИЯҒА ҰСЫНЫМ
Науқас: {n:pat.ini}, [[yage_kk]], {a:work_kk} (БСН {dc:bin}), слесарь.
Еңбекке уақытша жарамсыздық парағы № {dc:sick}, {d:adm.kk} ашылған.
Тобықтың сынығы (<<Вебер жіктемесі>> бойынша B типі), {d:op.num} ж. <<МОС>> жасалған.
Комиссия төрағасы: {n:doc2.ini}. Мүшелері: {n:doc3.ini:+listed}, {n:epo1.ini:+listed}.
""")

tpl("kk", "referral_letter", """
Жолдама
{a:kk_vill_gen} дәрігерлік амбулаториясынан науқас {n:pat.sf} жолданады.
Мекенжайы: {a:kk_village}, тел. {ph:spaced}.
{d:ref.kkdm} ауыр жүк көтергеннен кейін белінде ауырсыну пайда болған, <<Ласег симптомы>> оң.
Алдын ала диагноз: <<бел омыртқасында>> остеохондроз, [[icd_kk]].
Туысы {n:rel.fs} ертіп барады, көлік нөмірі {dc:plate}.
Фельдшер: {n:nur.ini}
""")

tpl("kk", "his_printout", """
======= ДАМУМЕД | ЭЛЕКТРОНДЫҚ АУРУ ТАРИХЫНАН КӨШІРМЕ =======
Т.А.Ә.:            {n:pat.up}
ЖСН:               {iin:pat.lab}
ТУҒАН КҮНІ:        {d:birth.num}
ЖЫНЫСЫ:            [[g:ер|әйел]]
ТЕЛЕФОН:           {ph:eight3}
МЕКЕНЖАЙЫ:         {a:kk_full}
АУРУ ТАРИХЫ №:     {r:hosp}
ТҮСКЕН КҮНІ:       {d:adm.iso} [[time]]
БӨЛІМ:             ТРАВМАТОЛОГИЯ    ПАЛАТА: [[wardn]]    ТӨСЕК: [[bedn]]
----------------------------------------------------------------
КҮНІ       | ДӘРІГЕР         | ТАҒАЙЫНДАУ
{d:adm.num} | {n:doc.upini} | <<@drug>> [[dose_kk]]
{d:op.num} | {n:doc2.upini} | <<@drug>> [[dose_kk]]
""")

tpl("kk", "his_printout", """
ҚМАЖ :: ТАҒАЙЫНДАУ ПАРАҒЫ                               1-БЕТ
НАУҚАС      {n:pat.upsf}       А/Т     {r:hosp}       ЖАСЫ   [[yage_num]]
Т/К         {d:birth.compact}
ДӘРІГЕР     {n:doc.upini}      БӨЛІМ   ОРТОПЕДИЯ      ПАЛАТА [[wardn]]
ДИАГНОЗ     [[icdc]]  <<@fx_kk>>
ДӘРІ    ДОЗА / ЕСЕЛІГІ    БАСТАП
<<@drug>>    [[dose_kk]]    {d:adm.num}
<<@drug>>    [[dose_kk]]    {d:op.num}
ЗЕРТХАНА ТАПСЫРЫСЫ     {r:bad}
""")

tpl("kk", "his_printout", """
БӨЛІМДЕГІ НАУҚАСТАР ТІЗІМІ — {d:adm.num}
№ | Т.А.Ә. | ЖСН | ПАЛАТА | ДИАГНОЗ
1 | {n:pat.ini:+listed} | {iin:pat.lab} | [[wardn]] | <<@fx_kk>>
2 | {n:p2.ini:+listed} | {iin:p2.lab} | [[wardn]] | <<@fx_kk>>
3 | {n:p3.ini:+listed} | {iin:p3.lab} | [[wardn]] | <<@fx_kk>>
КЕЗЕКШІ ДӘРІГЕР: {n:doc.upini}     ОРДИНАТОР БӨЛМЕСІ: тел. {ph:local6}
""")

tpl("kk", "his_printout", """
ЭЛЕКТРОНДЫҚ МЕДИЦИНАЛЫҚ КАРТА — БАСПА НҰСҚАСЫ
НАУҚАС: {n:pat.up}         ЖАСЫ: {age:kk2}
Т/К: {d:birth.compact}     ЖСН: {iin:pat.dash}
БАЙЛАНЫС: {ph:dotted}      ЗАҢДЫ ӨКІЛІ: {n:rel.upsf}
ТІРКЕЛГЕН МЕКЕНЖАЙЫ: {a:kk_village}
ЖЕКЕ КУӘЛІК: {dc:idcard}
ДИАГНОЗ: [[icdc]] <<сан сүйегінің вертел аралық сынығы>>, [[ao]]
ОПЕРАЦИЯ: {d:op.num}  <<БИОС>> <<PFNA>>   ҚАН ЖОҒАЛТУ: [[bloodloss_kk]]
""")

tpl("kk", "nurse_note", """
[[time]] науқас {n:pat.low} {iin:pat.unl}, [[wardn]]-палата, операциядан кейінгі жарақат аймағында <<ауырсынуға>> шағымданады, ваш [[vas]]. t [[temp]], ақ [[bp]].
<<кеторолак>> 30 мг б/і, <<цефазолин>> 1,0 к/і енгізілді.
таңғыш құрғақ. кезекші дәрігер {n:doc.lowsur} қарады.
м/б {n:nur_f.low}
""")

tpl("kk", "nurse_note", """
{d:adm.num2} түн. {n:pat.lowfull}, [[yage_kk]], <<ТЭП ТБС>> кейін ұйқысы мазасыз, [[time]] <<трамадол>> 50 мг б/і.
туысы {n:rel.lowfirst} ({ph:spaced}) таңертең хабарласуды сұрады.
<<клексан>> 0,4 т/а жасалды. м/б {n:nur_f.lowsur}
""")

tpl("kk", "nurse_note", """
{d:lab.kkdm}, [[time]]: [[g:ата|әже]] {n:pat.lowsur}, {age:kk}, [[wardn]]-палата – түнде бағдарын жоғалтты, тұруға тырысты.
ойық жара жоқ. ақ [[bp]], spo2 [[spo2]].
дәрігер {n:doc.k_dat_sur} және ұлы {n:rel_m.k_dat_first} {ph:plus7} арқылы хабарланды.
""")

tpl("kk", "nurse_note", """
кезекті тапсыру [[time]]:
1) {n:pat.low:+listed} – операциядан кейін 2-тәулік, кешке <<эноксапарин>>;
2) {n:p2.low:+listed} – <<қаңқалық тарту>>, жүк 6 кг, t [[temp]];
3) {n:p3.low:+listed} – ертең <<МОС>> жоспарланған, 22:00-ден аш.
тапсырды: {n:nur_f.lowsur}, қабылдады: {n:nur2_f.lowsur}
""")

tpl("kk", "outpatient_card", """
АМБУЛАТОРЛЫҚ НАУҚАСТЫҢ МЕДИЦИНАЛЫҚ КАРТАСЫ № {r:card}
Т.А.Ә.: {n:pat.full}     ЖСН: {iin:pat.lab}
Туған күні: {d:birth.kkdmy} ж.   Тел.: {ph:local} (үй), {ph:plus7} (ұялы)
Мекенжайы: {a:kk_street}, {a:kk_city} қ.
Жұмыс орны: {a:work_kk}
Учаскелік дәрігер: {n:doc.ini}, тіркеу бөлімі {ph:land}, e-mail: {em:pat}
{d:adm.num} Оң <<тізе буынында>> ауырсыну. <<гонартроз>> II кезең, [[icd_kk]].
Тағайындалды: <<@drug>> [[dose_kk]], <<ЛФК>>, физиоем. Келесі қабылдау {d:next.kkdm}.
""")

tpl("kk", "outpatient_card", """
Травматолог қабылдауы {d:adm.num}
Науқас {n:pat.sf}, {a:kk_abl} келген, қазір {a:kk_nomark} тұрады, [[yage_kk]].
<<Илизаров аппаратымен>> ЧКДО-дан кейінгі жағдай ({d:prev.mykk}).
Рентгенограмма № {r:xray}: сүйек бітісуі бар, <<Киршнер спицалары>> тұрақты.
Ұсыныс: аппаратты алу, <<ЛФК>>. Қайта келу {d:next.roman}.
Дәрігер {n:doc.ini1}
""")

tpl("kk", "outpatient_card", """
АМБУЛАТОРЛЫҚ КАРТА № {r:card}
{n:pat.split2}, ЖСН {iin:pat.unl}, тел. {ph:kg}
Жұмыс орны: {a:work_school_kk_loc} аспаз болып істейді.
{d:adm.kknom} жұмыста құлап, оң <<иық буынының>> соғылуы. <<МРТ>> – иық айналмалы манжетінің ішінара жыртылуы.
Еңбекке уақытша жарамсыздық парағы № {dc:sick} берілді. {n:epo1.k_ins_sur} кеңес жүргізілді.
""")

tpl("kk", "lab_report", """
КЛИНИКАЛЫҚ-ДИАГНОСТИКАЛЫҚ ЗЕРТХАНА
Бланк № {r:lab}            Алынған күні: {d:lab.num} [[time]]
Науқас: {n:pat.sf}    ЖСН: {iin:pat.lab}    А/Т: {r:hosp}
Сынама штрих-коды: {r:bad}    Sysmex XN-550, Patient: {n:pat.latini}
ҚАННЫҢ ЖАЛПЫ ТАЛДАУЫ
Көрсеткіш           Нәтиже          Қалыпты
Гемоглобин          [[hb]] г/л      120–160
Лейкоциттер         [[wbc]]×10⁹/л   4,0–9,0
Тромбоциттер        [[plt]]×10⁹/л   180–320
ЭТЖ                 [[esr]] мм/сағ  2–15
Орындаған: {n:nur_f.ini}, зертхана дәрігері {n:doc.ini}
""")

tpl("kk", "lab_report", """
БИОХИМИЯЛЫҚ ТАЛДАУ / КОАГУЛОГРАММА № {r:lab}
{n:pat.ini}, [[yage_kk]], травматология бөлімі, [[wardn]]-палата
Күні: {d:lab.kk}
Глюкоза [[glu]] ммоль/л; креатинин [[crea]] мкмоль/л; <<СРБ>> [[crp]] мг/л
ХҚҚ [[inr]]; АЖТУ [[aptt]] сек; фибриноген [[fib]] г/л
Қайталау {d:lab2.num}: <<СРБ>> [[crp]] мг/л, <<@drug>> қабылдау аясында.
Тапсырыс берген: {n:doc.ini}. ЗАЖ үлгі нөмірі: {r:bad}
""")

tpl("kk", "lab_report", """
РЕНТГЕНОЛОГИЯЛЫҚ ҚОРЫТЫНДЫ
Рентгенограмма № {r:xray}, {d:lab.kk} түсірілген
Науқас: {n:pat.sf}, {d:birth.my} ж.т.
Сол жақ тобық буынының рентгенограммасында сыртқы тобықтың синдесмоз деңгейінде сынығы (<<Вебер жіктемесі>> бойынша B, [[ao]]), ығысу [[mm]].
Қорытынды: сыртқы <<тобықтың сынығы>>. Травматолог кеңесі ұсынылады.
Рентгенолог дәрігер: {n:doc.ini2}
""")

# ============================== MIXED ======================================
tpl("mixed", "discharge_summary", """
ШЫҒАРУ ЭПИКРИЗІ / ВЫПИСНОЙ ЭПИКРИЗ
Ауру тарихы / История болезни № {r:hosp}
Т.А.Ә. / ФИО: {n:pat.full}
ЖСН / ИИН: {iin:pat.lab}     Туған күні / Дата рождения: {d:birth.num}
Мекенжайы / Адрес: {a:full_ru}
Поступил[[g:|а]] {d:adm.num}, шықты {d:dis.num}.
Диагноз: <<@fx_ru>> ([[ao]]), [[icd]].
Операция {d:op.num}: <<@op_ru>>. Қан жоғалту [[bloodloss]].
Ұсыныстар: травматолог бақылауы, <<ЛФК>>, <<@drug>> [[dose]].
Емдеуші дәрігер / Лечащий врач: {n:doc.ini}
""")

tpl("mixed", "discharge_summary", """
ВЫПИСКА
Науқас {n:pat.sf}, {age:ru}, {a:kk_village}.
Поступила/түсті {d:adm.kk}, үйде құлаған, <<сан сүйегі мойнының сынығы>> – <<перелом шейки бедра>>, <<классификация Гардена>> IV.
Сопутствующие: <<@comorb_ru>>. Операция {d:op.ru}: <<ТЭП ТБС>> эндопротезом <<Zimmer>>.
Күтім жасайтын немересі {n:rel.fs}, тел. {ph:spaced} немесе {ph:land2}.
Врач: {n:doc.ini}, меңгеруші: {n:doc2.ini}
""")

tpl("mixed", "discharge_summary", """
Эпикриз. Науқас {n:pat.ini} ([[yage_ru]]) {a:work_kk_loc} жұмыс істейді, травма на производстве {d:inj.rudm}.
Диагноз: <<перелом Галеацци>> справа, [[ao]]. {d:op.kk} <<МОС>> пластиной <<LCP>> жасалды.
Лист нетрудоспособности / еңбекке жарамсыздық парағы № {dc:sick} с {d:adm.num} по {d:sickt.num}.
Консультирован[[g:|а]] профессором {n:epo1.r_ins_ini}. Тел. пациента: {ph:plus7}.
""")

tpl("mixed", "discharge_summary", """
ЭПИКРИЗ № {r:hosp}
Пациент[[g:|ка]] {n:pat.fs}, {d:birth.compact} г.р., ЖСН {iin:pat.unl}
{a:city_gen} приехал[[g:|а]], живёт на {a:nomark}.
{d:adm.roman} госпитализирован[[g:|а]] с <<симптом Ласега>> оң, <<грыжа диска L4–L5>>, [[icd]].
Консервативное лечение: <<дексаметазон>> [[dose]], <<@drug>>. Ауырсыну азайды.
Шығарылды {d:dis.kkdm}, наблюдение невролога. Врач: {n:doc.sf}
""")

tpl("mixed", "operative_note", """
ОПЕРАЦИЯ ХАТТАМАСЫ / ПРОТОКОЛ ОПЕРАЦИИ № {r:op}
Күні/Дата: {d:op.num}   [[time]]–[[time]]
Науқас: {n:pat.split2}, ИБ № {r:hosp}
Диагноз: перелом хирургической шейки плечевой кости, [[ao]].
Операция: <<МОС>> пластиной <<PHILOS>>, <<ЭОП>>-контроль.
Хирург: {n:doc.ini}; Ассистенттер: {n:doc2.ini:+listed}, {n:doc3.ini:+listed}
Анестезиолог: {n:anest.ini}. <<@anesth>>. Кровопотеря / қан жоғалту [[bloodloss]].
""")

tpl("mixed", "operative_note", """
Протокол операции {d:op.rushort}
Науқас {n:pat.k_dat_sur} выполнено <<ЧКДО>> <<аппаратом Илизарова>>, <<спицы Киршнера>> 1,8 мм – [[count]] шт.
Диагноз: асықты жіліктің ашық сынығы / открытый перелом большеберцовой кости, Gustilo IIIA, [[ao]].
Хирург {n:doc.sur}, ассистент {n:epo1.sur}. Қан жоғалту [[bloodloss]].
Гистологияға материал № {r:lab}.
""")

tpl("mixed", "operative_note", """
ОПЕРАЦИЯ | {d:op.num} | ОПЕРАЦИЯЛЫҚ № [[room]]
НАУҚАС: {n:pat.upini} | А/Т: {r:hosp}
<<доступ по Кохеру>> (Кохер бойынша), шынтақ буыны, <<перелом головки лучевой кости>>.
Остеосинтез винтами Герберта – [[count]] шт. <<ЭОП>> бақылауы.
Бригада: {n:doc.ini:+listed}, {n:doc2.ini:+listed}.
""")

tpl("mixed", "operative_note", """
Операция хаттамасы № {r:op}
Пациент: {n:pat.sf}, [[yage_kk]]
Диагноз: <<контрактура Дюпюитрена>> / <<Дюпюитрен контрактурасы>>, IV саусақ, [[icdc]].
Операция: частичная апоневрэктомия, <<проводниковая анестезия>>. Хирург Dr. {n:de1.latsur} (шеберлік сыныбы), ассистент {n:doc.ini}.
Ұсыныс: <<ЛФК>>, швы снять через [[days]] дней.
""")

tpl("mixed", "referral_letter", """
ЖОЛДАМА / НАПРАВЛЕНИЕ № {r:ref}
Науқас / Пациент: {n:pat.full}
Туған күні: {d:birth.num}     ИИН: {iin:pat.split}
Адрес: {a:kk_full}, тел.: {ph:plus7}
Жұмыс орны / Место работы: {a:work_school}
Диагноз: <<гонартроз>> III ст., [[icd]]. Направляется на <<ЭТП>> коленного сустава.
Жолдаған дәрігер / Направил: {n:doc.ini}, тел. {ph:land2}
""")

tpl("mixed", "referral_letter", """
Уважаемые коллеги! Құрметті әріптестер!
Направляем {n:pat.fs} ({d:birth.ru} г.р., паспорт {dc:passport}, в паспорте {n:pat.lat}) на консультацию к Dr. {n:de1.latfs}.
Диагноз: состояние после <<МОС>> ({d:prev.my}), <<несращение>>, <<КТ>> № {r:xray}.
Науқастың байланыс телефоны: {ph:plus7}, email: {em:pat}.
Лечащий врач {n:doc.fs}, {em:doc}
""")

tpl("mixed", "referral_letter", """
ВКК ұсынымы / Представление на ВКК
Науқас {n:pat.ini}, {a:work_ru}, [[yage_ru]].
Парақ № {dc:sick}, ашылған {d:adm.num}. Жұмыс беруші БСН/БИН {dc:bin}. Полис ДМС {dc:policy}.
<<тип B по Веберу>> – тобық сынығы, {d:op.kk} <<МОС>>.
Төраға / Председатель: {n:doc2.ini}; мүшелері: {n:doc3.ini:+listed}, {n:epo1.ini:+listed}.
""")

tpl("mixed", "referral_letter", """
{a:village_ru} врачебная амбулатория → ЦРБ {a:kk_district}
Науқас {n:pat.sf}, проживает {a:kk_village}, тел. {ph:dotted}.
{d:ref.rudm} боли в пояснице после подъёма тяжести, <<Ласег симптомы>> оң.
Алдын ала диагноз: <<люмбоишиалгия>>, [[icd]].
Сопровождает {n:rel.fs}, көлік {dc:plate}. Фельдшер {n:nur.ini}
""")

tpl("mixed", "his_printout", """
===== DAMUMED | ЭЛЕКТРОНДЫҚ АУРУ ТАРИХЫ / ЭЛЕКТРОННАЯ ИБ =====
Т.А.Ә./ФИО:        {n:pat.up}
LATIN:             {n:pat.lat}
ЖСН/ИИН:           {iin:pat.lab}
ТУҒАН КҮНІ/ДР:     {d:birth.iso}
ТЕЛ.:              {ph:plus7c}
МЕКЕНЖАЙЫ/АДРЕС:   {a:full_ru_up}
А/Т-ИБ №:          {r:hosp}
БӨЛІМ/ОТД.:        ТРАВМАТОЛОГИЯ   ПАЛАТА [[wardn]]   ТӨСЕК/КОЙКА [[bedn]]
КҮНІ/ДАТА  | ДӘРІГЕР/ВРАЧ    | ТАҒАЙЫНДАУ/НАЗНАЧЕНИЕ
{d:adm.num} | {n:doc.upini} | <<@drug>> [[dose]]
{d:op.num} | {n:doc2.upini} | <<@drug>> [[dose]]
""")

tpl("mixed", "his_printout", """
ПАЦИЕНТ/НАУҚАС   {n:pat.upsf}       ИБ {r:hosp}      ЖАСЫ/ВОЗР. [[yage_num]]
ВРАЧ/ДӘРІГЕР     {n:doc.upini}      ОТД  ОРТОПЕДИЯ   ПАЛАТА  [[wardn]]
ДИАГНОЗ          [[icdc]]  <<@fx_kk>>
ПРЕПАРАТ/ДӘРІ    ДОЗА    С/БАСТАП
<<@drug>>    [[dose]]    {d:adm.num}
<<@drug>>    [[dose]]    {d:op.num}
ЛИС/ЗАЖ № {r:bad}
""")

tpl("mixed", "his_printout", """
СПИСОК / ТІЗІМ — {d:adm.num}
№ | ФИО | ИИН | ДИАГНОЗ
1 | {n:pat.ini:+listed} | {iin:pat.lab} | <<@fx_ru>>
2 | {n:p2.ini:+listed} | {iin:p2.lab} | <<@fx_kk>>
3 | {n:p3.ini:+listed} | {iin:p3.lab} | <<@spine_ru>>
Кезекші дәрігер / дежурный врач: {n:doc.upini}, тел. {ph:local}
""")

tpl("mixed", "his_printout", """
ЭМК ПЕЧАТЬ / БАСПА
ПАЦИЕНТ: {n:pat.up}   ВОЗРАСТ/ЖАСЫ: {age:num}
ДР: {d:birth.compact}  ИИН: {iin:pat.dash}
БАЙЛАНЫС/КОНТАКТ: {ph:eight3}   ТУЫСЫ/РОДСТВЕННИК: {n:rel.upsf}
АДРЕС: {a:kk_village}
УДОСТ./ЖЕКЕ КУӘЛІК: {dc:idcard}   БИН РАБОТОДАТЕЛЯ: {dc:bin}
ОПЕРАЦИЯ: {d:op.num} <<БИОС>> <<PFNA>>   ҚАН ЖОҒАЛТУ: [[bloodloss]]
""")

tpl("mixed", "nurse_note", """
[[time]] пац. {n:pat.low}, {iin:pat.split_unl}, пал. [[wardn]], ауырсынуға шағым, ваш [[vas]]. t [[temp]], ад [[bp]].
<<кеторолак>> 30 мг в/м енгізілді. повязка сухая.
деж. врач {n:doc.lowsur} осмотрел. м/с {n:nur_f.low}
""")

tpl("mixed", "nurse_note", """
{d:adm.num2} түн. {n:pat.lowfull}, [[yage_ru]], после <<ТЭП ТБС>> ұйқысы нашар, <<трамадол>> 50 мг в/м [[time]].
қызы {n:rel_f.lowfirst} ({ph:eight2}) просила перезвонить. <<клексан>> 0,4 п/к жасалды.
""")

tpl("mixed", "nurse_note", """
{d:lab.rudm} [[time]]: [[g:ата|әже]] {n:pat.lowsur}, {age:kk}, ночью дезориентирован[[g:|а]].
пролежней нет / ойық жара жоқ. ад [[bp]], spo2 [[spo2]].
сообщено врачу {n:doc.r_dat_ini}, ұлы {n:rel_m.k_dat_first} {ph:plus7}.
""")

tpl("mixed", "nurse_note", """
смена тапсыру [[time]]:
1) {n:pat.low:+listed} – п/о 2 тәулік, <<эноксапарин>> кешке;
2) {n:p2.low:+listed} – <<скелетное вытяжение>>, 6 кг;
3) {n:p3.low:+listed} – ертең <<МОС>>, голод с 22:00.
сдала {n:nur_f.lowsur} / қабылдады {n:nur2_f.lowsur}
""")

tpl("mixed", "outpatient_card", """
АМБУЛАТОРЛЫҚ КАРТА / АМБУЛАТОРНАЯ КАРТА № {r:card}
ФИО: {n:pat.full}   ИИН: {iin:pat.lab}
Тел.: {ph:local} (үй), {ph:plus7b} (моб.)
Адрес: {a:street_ru}, {a:city_m}; Жұмыс орны: {a:work_kk}
{d:adm.num} <<тізе буынында>> ауырсыну, <<гонартроз>> II ст., [[icd]].
Назначено: <<@drug>> [[dose]], <<ЛФК>>. Келесі қабылдау {d:next.kkdm}.
ВОП: {n:doc.ini}, e-mail пациента: {em:pat}
""")

tpl("mixed", "outpatient_card", """
Қабылдау / Приём {d:adm.num}
Пациент[[g:|ка]] {n:pat.sf} {a:kk_vill_abl} келген, живёт на {a:nomark}, [[yage_kk]].
Состояние после <<ЧКДО>> <<по Илизарову>> ({d:prev.my}), <<Илизаров аппараты>> алынды.
Рентгенограмма № {r:xray}: консолидация. Повторно {d:next.num}. Врач {n:doc.ini1}
""")

tpl("mixed", "outpatient_card", """
Карта № {r:card}
{n:pat.split}, ИИН {iin:pat.split_unl}, тел. {ph:rus}
Работает в {a:work_school}; {d:adm.kknom} жұмыста құлаған.
<<МРТ>>: частичный разрыв вращательной манжеты. Больничный № {dc:sick}.
Консультация: {n:epo1.r_gen_ini} кеңесі бойынша <<ЛФК>>. <<@epo_ru>> отрицательный.
""")

tpl("mixed", "lab_report", """
ЗЕРТХАНА / ЛАБОРАТОРИЯ  бланк № {r:lab}
Науқас/Пациент: {n:pat.sf}   ЖСН: {iin:pat.lab}   ИБ: {r:hosp}
Алынды/Забор: {d:lab.num} [[time]]     Штрих-код: {r:bad}
Гемоглобин        [[hb]] г/л
Лейкоциты         [[wbc]]×10⁹/л
ЭТЖ/СОЭ           [[esr]] мм/ч
<<СРБ>>           [[crp]] мг/л
Орындаған/Выполнил: {n:nur_f.ini}
""")

tpl("mixed", "lab_report", """
Коагулограмма № {r:lab}, {d:lab.kk}
{n:pat.ini}, [[yage_ru]], травматология, палата [[wardn]]
МНО [[inr]]; АЧТВ [[aptt]] сек; фибриноген [[fib]] г/л; Д-димер [[ddim]]
Қайталау/повтор {d:lab2.rushort}: <<СРБ>> [[crp]] мг/л. Заказал: {n:doc.ini}
""")

tpl("mixed", "lab_report", """
РЕНТГЕН ҚОРЫТЫНДЫСЫ / ЗАКЛЮЧЕНИЕ
R-грамма № {r:xray} от {d:lab.roman}, {n:pat.sf}, {d:birth.my} ж.т.
Сол жақ тобық: перелом наружной лодыжки, <<тип B по Веберу>>, [[ao]], смещение [[mm]].
Қорытынды: <<тобықтың сынығы>>. Рентгенолог: {n:doc.ini2}
""")


# ---------------------------------------------------------------------------
# Rendering, build, self-check
# ---------------------------------------------------------------------------
TOKEN = re.compile(r"\{([a-z]+):([^{}]*)\}|<<(.*?)>>|\[\[(.*?)\]\]")

FORMS = set("""full_name lone_surname first_name_only initials case_form latin lower_case
upper_case eponym_like non_slavic split_line listed numeric roman_month kk_words ru_words
month_year compact birth_date plus7 eight dotted spaced foreign local landline labelled
unlabelled split hospitalisation sick_leave insurance_policy operation_protocol xray
record_number passport vehicle_plate bin with_marker no_marker village district workplace
case_form""".split())

STYLES = ["discharge_summary", "operative_note", "referral_letter", "his_printout",
          "nurse_note", "outpatient_card", "lab_report"]
PLAN = {"ru": 120, "kk": 105, "mixed": 75}


def render(text, ctx):
    r = ctx.rng
    out, ids, clin = [], [], []
    n = 0
    last = 0
    for m in TOKEN.finditer(text):
        lit = text[last:m.start()]
        out.append(lit)
        n += len(lit)
        last = m.end()
        if m.group(1):
            surf, label, forms = gen_identifier(ctx, m.group(1), m.group(2).split(":"))
            ids.append({"start": n, "end": n + len(surf), "label": label, "forms": forms})
        elif m.group(3) is not None:
            surf = m.group(3)
            if surf.startswith("@"):
                surf = r.choice(CLIN[surf[1:]])
            ctx.last_drug = surf
            clin.append({"start": n, "end": n + len(surf)})
        else:
            key = m.group(4)
            if key.startswith("g:") or key.startswith("g@"):
                head, alts = key.split(":", 1)
                role = head[2:] if head.startswith("g@") else "pat"
                masc, fem = alts.split("|")
                surf = masc if ctx.person(role).sex == "m" else fem
            else:
                surf = FILL[key](r, ctx)
        out.append(surf)
        n += len(surf)
    out.append(text[last:])
    return "".join(out), ids, clin


def build():
    rng = random.Random(SEED)
    by_lang = {l: [t for t in T if t[0] == l] for l in PLAN}
    jobs = []
    for lang, count in PLAN.items():
        pool = list(by_lang[lang])
        seq = []
        while len(seq) < count:
            rng.shuffle(pool)
            seq.extend(pool)
        jobs.extend(seq[:count])
    rng.shuffle(jobs)
    records = []
    for i, (lang, style, text) in enumerate(jobs, 1):
        ctx = Ctx(rng, lang, old="{age:" in text)
        body, ids, clin = render(text, ctx)
        records.append({"id": "dev-%04d" % i, "language": lang, "style": style,
                        "text": body, "identifiers": ids, "clinical": clin})
    return records


def self_check(records):
    for rec in records:
        text = rec["text"]
        assert rec["language"] in PLAN and rec["style"] in STYLES, rec["id"]
        prev_end = -1
        for sp in rec["identifiers"]:
            s, e = sp["start"], sp["end"]
            assert 0 <= s < e <= len(text), (rec["id"], sp)
            assert s >= prev_end, ("overlap/order", rec["id"], sp)
            prev_end = e
            surf = text[s:e]
            assert surf == surf.strip(), (rec["id"], surf)
            assert sp["label"] in LABELS, sp
            assert all(f in FORMS for f in sp["forms"]), sp
            if sp["label"] == "IIN":
                assert iin_valid(re.sub(r"[ -]", "", surf)), (rec["id"], surf)
            if sp["label"] == "RECORD_ID" and re.fullmatch(r"\d{12}", surf):
                assert not iin_valid(surf), (rec["id"], surf)
            if sp["label"] == "AGE":
                assert int(re.match(r"\d+", surf).group()) > 89, surf
        prev_end = -1
        spans = [(x["start"], x["end"]) for x in rec["identifiers"]]
        for c in rec["clinical"]:
            s, e = c["start"], c["end"]
            assert 0 <= s < e <= len(text) and s >= prev_end, (rec["id"], c)
            prev_end = e
            assert all(e <= a or s >= b for a, b in spans), ("clinical overlaps id", rec["id"])
    ids = [sp for r in records for sp in r["identifiers"]]
    clin = [c for r in records for c in r["clinical"]]
    per_lang_tpl = Counter(t[0] for t in T)
    assert len(ids) >= 900, len(ids)
    assert len(clin) >= 250, len(clin)
    assert all(per_lang_tpl[l] >= 25 for l in PLAN), per_lang_tpl
    assert len({r["id"] for r in records}) == len(records)
    for lang in PLAN:
        styles = {t[1] for t in T if t[0] == lang}
        assert styles == set(STYLES), (lang, styles)


def counts(records):
    ids = [(r, sp) for r in records for sp in r["identifiers"]]
    c = {
        "records": len(records),
        "identifiers": len(ids),
        "clinical": sum(len(r["clinical"]) for r in records),
        "templates_per_language": dict(Counter(t[0] for t in T)),
        "records_per_language": dict(Counter(r["language"] for r in records)),
        "records_per_style": dict(Counter(r["style"] for r in records)),
        "identifiers_per_language": dict(Counter(r["language"] for r, _ in ids)),
        "labels": dict(Counter(sp["label"] for _, sp in ids)),
        "forms": dict(Counter((sp["label"], f) for _, sp in ids for f in sp["forms"])),
    }
    return c


def main():
    records = build()
    self_check(records)
    with open(OUT, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    c = counts(records)
    print("wrote %s" % OUT)
    print("records: %d  identifiers: %d  clinical spans: %d" % (c["records"], c["identifiers"], c["clinical"]))
    print("templates per language:", c["templates_per_language"])
    print("records per language:", c["records_per_language"])
    print("identifiers per language:", c["identifiers_per_language"])
    print("records per style:", c["records_per_style"])
    print("labels:")
    for k, v in sorted(c["labels"].items(), key=lambda x: -x[1]):
        print("  %-10s %d" % (k, v))
    print("forms (label/form):")
    for (lab, f), v in sorted(c["forms"].items()):
        print("  %-10s %-20s %d" % (lab, f, v))
    print("self-check: OK")


if __name__ == "__main__":
    main()
