# -*- coding: utf-8 -*-
"""insurance_registry: ФСМС/ОСМС реестры пролеченных, CSV / TSV выгрузки, много пациентов в записи."""
from reg import T, sx
from core import SETTL

ST = "insurance_registry"

KZG = ["S72A", "S82B", "K35C", "I21A", "J18B", "O80A", "M16T", "N20B", "K80L", "I63C", "E11B", "S06A"]
SERV = ["A02.001.000", "A02.005.000", "B03.018.002", "C03.012.004", "D99.237.011", "A01.002.000", "B06.474.002",
        "C02.033.001", "A02.015.000", "D92.011.001"]
RES_RU = ["выписан", "переведён", "выписан с улучшением", "умер", "выписан"]
RES_KK = ["шығарылды", "ауыстырылды", "жақсарумен шығарылды", "қайтыс болды", "шығарылды"]


def money(c):
    v = c.n(18000, 2400000)
    if c.r.random() < 0.5:
        return f"{v:,}".replace(",", " ") + f",{c.n(0, 99):02d}"
    return f"{v}.{c.n(0, 99):02d}"


def category(c, p):
    if p.age < 18:
        return c.ch("ребёнок", "ребёнок", "инвалид с детства")
    if p.age >= 63:
        return c.ch("пенсионер", "пенсионер", "инвалид 2 гр.", "ветеран")
    return c.ch("работающий", "работающий", "безработный", "ЖК", "инвалид 2 гр.", "студент")


def place(c, lang="ru"):
    """a bare settlement cell (village names carry no marker in CSV cells)"""
    return c.settl(lang=lang, kind=c.ch("village", "village", "town", "city"))


def name_cell(c, p):
    k = c.r.random()
    if k < 0.45:
        return p.fn(st="caps")
    if k < 0.85:
        return p.fn()
    return p.sg()


def date_cell(c, d, iso=False):
    return d.r("iso" if iso else "num")


# =============================================================================== RU

@T(ST, "ru")
def ru1(c):
    sep = c.ch(";", ";", "\t")
    iso = c.r.random() < 0.4
    rows = []
    for i in range(c.n(8, 12)):
        p = c.P(age=c.ch("adult", "elder", "old", "mid", "child"))
        a = c.D(-40, -10)
        b = a.add(c.n(2, 14))
        dx = c.icd()
        rows.append(sep.join([str(i + 1), p.iin(lab=False), name_cell(c, p), date_cell(c, p.dob, iso), sx(p, "М", "Ж"),
                              date_cell(c, a, iso), date_cell(c, b, iso), c.rid12("hospitalisation"), dx, c.ch(*KZG),
                              money(c), place(c), c.ch(*RES_RU)]))
    hdr = sep.join(["№", "ИИН", "ФИО", "Дата рождения", "Пол", "Дата поступления", "Дата выписки", "№ ИБ",
                    "МКБ-10", "КЗГ", "Сумма, тг", "Населённый пункт", "Исход"])
    return f"""Реестр пролеченных больных (круглосуточный стационар) за {c.date('my_ru', -5, 0)} г.
Поставщик: {c.hosp()}; БИН {c.doc('bin')}
Договор ФСМС № {c.n(10, 999)}-{c.now.y % 100}/ГОБМП от {c.date('num', -300, -200)}
Период: {c.drange('num', -40, -20)}
Выгрузка из ЭРСБ: {c.date('num', 0, 1)} {c.tm()}

{hdr}
""" + "\n".join(rows) + f"""

Итого случаев: {len(rows)}
Ответственный: экономист {c.P(age='adult').si()}, тел. {c.phone(kind='landline')}
"""


@T(ST, "ru")
def ru2(c):
    rows = []
    for i in range(c.n(9, 13)):
        p = c.P(age=c.ch("adult", "elder", "old", "child", "mid"))
        rows.append("\t".join([p.iin(lab=False), name_cell(c, p), c.date("num", -30, -1), c.ch(*SERV),
                               c.P(age="adult").si(), c.rid("outpatient_card"),
                               c.ch("застрахован", "застрахован", "не застрахован", "льготная категория"),
                               p.phone(c.ch("compact8", "eight_br", "plus7_sp"))]))
    return f"""Реестр оказанных услуг в системе ОСМС (амбулаторно-поликлиническая помощь, КДУ)
{c.hosp()}, БИН {c.doc('bin')}     Период: {c.date('my_num', -10, 0)}

ИИН\tФИО пациента\tДата услуги\tКод услуги\tВрач\t№ амб. карты\tСтатус в ОСМС\tТелефон
""" + "\n".join(rows) + f"""

Сформировано: {c.date('num', 0, 1)}, пользователь {c.P(age='adult').sg(st='lower')}
"""


@T(ST, "ru")
def ru3(c):
    rows = []
    for i in range(c.n(6, 9)):
        p = c.P(age=c.ch("adult", "elder", "old", "mid"))
        rows.append(f"| {i + 1} | {p.iin(lab=False)} | {p.fn()} | {c.rid('hospitalisation')} | {c.icd()} | {c.ch('1.1.2', '2.4', '3.1.5', '1.3', '4.2.1')} | {c.ch('необоснованная госпитализация', 'отсутствие протокола операции', 'несоответствие КЗГ', 'дублирование услуги', 'нет ОАК при выписке')} | {money(c)} |")
    return f"""Филиал НАО «ФСМС» по {c.ch('г. ' + c.settl(lang='ru', kind='city'), 'области')}
Акт экспертизы качества медицинских услуг (снятия с оплаты) № {c.n(100, 999)} от {c.date('num', -3, 0)}
Поставщик: {c.hosp()} (БИН {c.doc('bin')})
Период: {c.date('my_ru', -40, -30)}

| № | ИИН | ФИО | № ИБ | МКБ-10 | Код дефекта | Дефект | Сумма снятия, тг |
|---|---|---|---|---|---|---|---|
""" + "\n".join(rows) + f"""

Эксперт: {c.P(age='mid').fn()}, {c.inst_mail('ekspert')}
С актом ознакомлен: зам. главного врача по КВМП {c.P(age='mid').si()}
"""


@T(ST, "ru")
def ru4(c):
    rows = []
    for i in range(c.n(7, 10)):
        p = c.P(age=c.ch("adult", "elder", "old", "old", "mid"))
        rows.append(";".join([str(i + 1), p.fn(st=c.ch(None, "caps")), p.iin(lab=False), p.age_t("num"),
                              c.ch("⟦ТЭП ТБС⟧", "⟦ТЭП КС⟧", "⟦коронарное стентирование⟧", "⟦АКШ⟧", "⟦ЭФИ и РЧА⟧", "⟦транспедикулярная фиксация⟧"),
                              c.rid("teleconsultation"), c.date("num", -60, -5), money(c)]))
    return f"""Реестр пролеченных больных по ⟦ВТМП⟧ — {c.date('my_ru', -5, 0)}
Медицинская организация: {c.named_inst(kk=False, kind=c.ch('trauma', 'surg'))}; БИН {c.doc('bin')}

№;ФИО;ИИН;Возраст;Вид ВТМП;№ ТМК/направления;Дата операции;Сумма
""" + "\n".join(rows) + f"""

Исполнитель: {c.P(age='adult').si()} ({c.inst_mail('oms')})
"""


@T(ST, "ru")
def ru5(c):
    rows = []
    for i in range(c.n(7, 10)):
        p = c.P(age=c.ch("adult", "elder", "old", "child", "old"))
        addr = p.addr(c.ch("full", "unmarked", "mkr", "full"))
        rows.append(";".join([c.rid("ambulance_call"), c.date("num", -2, 0), c.tm(), p.iin(lab=False) if c.r.random() < 0.8 else "нет данных",
                              p.sg() if c.r.random() < 0.5 else p.fn(), p.age_t("num"), addr,
                              c.ch("боль в груди", "падение", "ДТП", "высокая температура", "потеря сознания", "роды"),
                              c.icd(), c.ch("доставлен в стационар", "актив в ПМСП", "оказана помощь на месте", "отказ от госпитализации")]))
    return f"""Станция скорой медицинской помощи {c.settl('gen', lang='ru', kind='city')}
Реестр вызовов для оплаты ФСМС за {c.date('num', -2, -2)}–{c.date('num', 0, 0)}

№ карты;Дата;Время;ИИН;ФИО;Возраст;Адрес вызова;Повод;МКБ-10;Результат
""" + "\n".join(rows) + f"""

Старший врач смены: {c.P(age='mid').si()}
"""


# =============================================================================== KK

@T(ST, "kk")
def kk1(c):
    sep = c.ch(";", ";", "\t")
    iso = c.r.random() < 0.3
    rows = []
    for i in range(c.n(8, 12)):
        p = c.P(age=c.ch("adult", "elder", "old", "mid", "child"))
        a = c.D(-40, -10)
        b = a.add(c.n(2, 14))
        rows.append(sep.join([str(i + 1), p.iin(lab=False), name_cell(c, p), date_cell(c, p.dob, iso), sx(p, "Е", "Ә"),
                              date_cell(c, a, iso), date_cell(c, b, iso), c.rid12("hospitalisation"), c.icd(), c.ch(*KZG),
                              money(c), place(c, "kk"), c.ch(*RES_KK)]))
    hdr = sep.join(["№", "ЖСН", "Т.А.Ә.", "Туған күні", "Жынысы", "Түскен күні", "Шыққан күні", "АТ №", "АХЖ-10", "КШТ",
                    "Сомасы, тг", "Елді мекен", "Нәтижесі"])
    return f"""Тәулік бойы стационарда емделген науқастардың тізілімі, {c.date('my_kk', -5, 0)}
Жеткізуші: {c.hosp()}; БСН {c.doc('bin')}
ӘМСҚ шарты № {c.n(10, 999)}-{c.now.y % 100} {c.date('kk_abbr', -300, -200)}
Кезеңі: {c.drange('kk', -40, -20)}

{hdr}
""" + "\n".join(rows) + f"""

Барлық жағдай: {len(rows)}
Жауапты: экономист {c.P(age='adult').si()}, тел. {c.phone(kind='landline')}
"""


@T(ST, "kk")
def kk2(c):
    rows = []
    for i in range(c.n(9, 13)):
        p = c.P(age=c.ch("adult", "elder", "old", "child", "mid"))
        rows.append("\t".join([p.iin(lab=False), name_cell(c, p), c.date("num", -30, -1), c.ch(*SERV),
                               c.P(age="adult").si(), c.rid("outpatient_card"),
                               c.ch("сақтандырылған", "сақтандырылған", "сақтандырылмаған", "жеңілдікті санат"),
                               p.phone(c.ch("compact8", "eight_br", "plus7_sp"))]))
    return f"""МӘМС жүйесінде көрсетілген қызметтер тізілімі (АЕК)
{c.hosp()}, БСН {c.doc('bin')}     Кезең: {c.date('my_kk', -10, 0)}

ЖСН\tНауқастың Т.А.Ә.\tКүні\tҚызмет коды\tДәрігер\tАмб. карта №\tМӘМС мәртебесі\tТелефон
""" + "\n".join(rows) + f"""

Қалыптастырылды: {c.date('num', 0, 1)}, пайдаланушы {c.P(age='adult').nm('gs', st='latin')}
"""


@T(ST, "kk")
def kk3(c):
    rows = []
    for i in range(c.n(6, 9)):
        p = c.P(age=c.ch("adult", "elder", "old", "mid"))
        rows.append(f"| {i + 1} | {p.iin(lab=False)} | {p.fn()} | {c.rid('hospitalisation')} | {c.icd()} | {c.ch('1.1.2', '2.4', '3.1.5', '1.3')} | {c.ch('негізсіз емдеуге жатқызу', 'ота хаттамасы жоқ', 'КШТ сәйкес келмейді', 'қызмет қайталанған')} | {money(c)} |")
    return f"""«ӘМСҚ» КЕАҚ {c.settl('gen', kind='city')} ФИЛИАЛЫ
Медициналық қызметтер сапасын сараптау актісі № {c.n(100, 999)}, {c.date('kk', -3, 0)}
Жеткізуші: {c.hosp()} (БСН {c.doc('bin')})

| № | ЖСН | Т.А.Ә. | АТ № | АХЖ-10 | Ақау коды | Ақау | Алынған сома, тг |
|---|---|---|---|---|---|---|---|
""" + "\n".join(rows) + f"""

Сарапшы: {c.P(age='mid').fn()}, {c.inst_mail()}
"""


@T(ST, "kk")
def kk4(c):
    rows = []
    for i in range(c.n(7, 10)):
        p = c.P(age=c.ch("adult", "elder", "old", "old"))
        rows.append(";".join([str(i + 1), p.fn(), p.iin(lab=False), p.age_t("num"),
                              c.ch("⟦ұршық буынын эндопротездеу⟧", "⟦коронарлық стенттеу⟧", "⟦АКШ⟧", "⟦тізе буынын эндопротездеу⟧"),
                              c.rid("teleconsultation"), c.date("num", -60, -5), money(c)]))
    return f"""⟦ЖТМК⟧ бойынша емделгендер тізілімі — {c.date('my_kk', -5, 0)}
Медициналық ұйым: {c.named_inst(kk=True, kind=c.ch('trauma', 'surg'))}; БСН {c.doc('bin')}

№;Т.А.Ә.;ЖСН;Жасы;ЖТМК түрі;ТМК №;Ота күні;Сома
""" + "\n".join(rows) + f"""

Орындаушы: {c.P(age='adult').si()}
"""


@T(ST, "kk")
def kk5(c):
    rows = []
    for i in range(c.n(7, 10)):
        p = c.P(age=c.ch("adult", "elder", "old", "child", "old"))
        rows.append(";".join([c.rid("ambulance_call"), c.date("num", -2, 0), c.tm(), p.iin(lab=False),
                              p.fn(), p.age_t("num"), p.addr(c.ch("full", "unmarked", "mkr")),
                              c.ch("кеуде ауыруы", "құлау", "ЖКО", "қызба", "есінен тану"),
                              c.icd(), c.ch("стационарға жеткізілді", "орнында көмек көрсетілді", "емдеуге жатқызудан бас тартты")]))
    return f"""{c.settl('gen', kind='city')} жедел медициналық жәрдем станциясы
ӘМСҚ-ға төлемге шақырулар тізілімі, {c.date('num', -2, 0)}

Карта №;Күні;Уақыты;ЖСН;Т.А.Ә.;Жасы;Мекенжайы;Себебі;АХЖ-10;Нәтижесі
""" + "\n".join(rows) + f"""

Ауысымның аға дәрігері: {c.P(age='mid').si()}
"""


# =============================================================================== MIXED

@T(ST, "mixed")
def mx1(c):
    rows = []
    for i in range(c.n(8, 12)):
        p = c.P(age=c.ch("adult", "elder", "old", "child"))
        a = c.D(-40, -10)
        rows.append(";".join([str(i + 1), p.iin(lab=False), name_cell(c, p), p.dob.r("num"), a.r("num"),
                              a.add(c.n(2, 12)).r("num"), c.rid12("hospitalisation"), c.icd(), money(c),
                              place(c, c.ch("ru", "kk"))]))
    return f"""Емделгендер тізілімі / Реестр пролеченных — {c.date('my_num', -5, 0)}
Жеткізуші/Поставщик: {c.hosp(kk=False)}, БСН/БИН {c.doc('bin')}

№;ЖСН/ИИН;Т.А.Ә./ФИО;Туған күні/ДР;Түсті/Поступил;Шықты/Выписан;АТ/ИБ №;АХЖ/МКБ;Сома/Сумма;Елді мекен/НП
""" + "\n".join(rows) + f"""

Жауапты/Ответственный: {c.P(age='adult').si()}
"""


@T(ST, "mixed")
def mx2(c):
    rows = []
    for i in range(c.n(8, 12)):
        p = c.P(age=c.ch("adult", "elder", "old", "child", "mid"))
        rows.append("\t".join([p.iin(lab=False), p.fn(st=c.ch(None, "caps")), c.date("iso", -30, -1), c.ch(*SERV),
                               c.rid12("lab") if c.r.random() < 0.5 else c.rid("lab"), c.ch("⟦ОАК⟧", "⟦БАК⟧", "⟦ОАМ⟧", "⟦коагулограмма⟧", "⟦HbA1c⟧", "⟦ПЦР⟧"),
                               c.ch("МӘМС", "ГОБМП", "платно")]))
    return f"""Зертханалық қызметтер тізілімі / Реестр лабораторных услуг
{c.hosp(kk=True)}; БСН {c.doc('bin')}; период {c.date('my_ru', -10, 0)}

ЖСН/ИИН\tТ.А.Ә./ФИО\tКүні/Дата\tКод\tЗертхана №/Лаб. №\tТалдау/Анализ\tТөлем
""" + "\n".join(rows) + f"""

Зертхана меңгерушісі / зав. лабораторией: {c.P(age='mid').si()}
"""


@T(ST, "mixed")
def mx3(c):
    rows = []
    for i in range(c.n(6, 9)):
        p = c.P(age=c.ch("adult", "elder", "old"))
        rows.append(f"| {p.iin(lab=False)} | {p.sg()} | {p.age_t('num')} | {c.rid('hospitalisation')} | {c.icd()} | {c.ch('негізсіз госпитализация', 'нет протокола операции', 'КЗГ сәйкес емес', 'дубль')} | {money(c)} |")
    return f"""ФСМС / ӘМСҚ — акт дефектов / ақаулар актісі № {c.n(100, 999)} от {c.date('num', -3, 0)}
Поставщик: {c.hosp(kk=False)}, {c.settl(lang='ru', kind=c.ch('city', 'town'))}

| ЖСН/ИИН | Т.А.Ә./ФИО | Жасы | ИБ | МКБ | Дефект/Ақау | Сумма |
|---|---|---|---|---|---|---|
""" + "\n".join(rows) + f"""

Эксперт: {c.P(age='mid').si()}; тел. {c.phone()}
"""


@T(ST, "mixed")
def mx4(c):
    rows = []
    for i in range(c.n(7, 10)):
        p = c.P(age=c.ch("adult", "elder", "old", "mid"))
        rows.append(",".join([p.iin(lab=False), p.fn(), p.bdate("iso"), c.ch("застрахован", "сақтандырылған", "не застрахован"),
                              category(c, p),
                              p.work() if (18 <= p.age < 63 and c.r.random() < 0.6) else "—", p.phone(c.ch("compact8", "plus7_sp", "eight_br"))]))
    return f"""Прикреплённое население / Бекітілген халық — статус МӘМС/ОСМС
ПМСП: {c.hosp(kk=False)}, участок № {c.n(1, 40)}, дата выгрузки {c.date('num', 0, 0)}

ЖСН,ФИО,Дата рождения,Статус ОСМС,Категория,Работодатель,Телефон
""" + "\n".join(rows) + f"""

Участковый врач: {c.P(age='adult').si()}; м/с: {c.P(age='adult', sex='f').si()}
"""


@T(ST, "mixed")
def mx5(c):
    rows = []
    for i in range(c.n(7, 10)):
        p = c.P(age=c.ch("old", "elder", "old", "adult"))
        rows.append(";".join([str(i + 1), p.iin(lab=False), p.fn(), p.age_t("num"), p.addr(c.ch("full", "unmarked", "mkr")),
                              c.ch("⟦паллиативная помощь⟧", "⟦патронаж⟧", "⟦актив на дому⟧", "⟦вакцинация на дому⟧"),
                              c.date("num", -20, 0), c.P(age="adult").si()]))
    return f"""Тізілім: үйде көрсетілген қызметтер / Реестр услуг на дому (⟦ПМСП⟧)
{c.hosp(kk=True)}, {c.date('my_kk', -5, 0)}

№;ЖСН/ИИН;Т.А.Ә./ФИО;Жасы;Мекенжайы/Адрес;Қызмет/Услуга;Күні;Орындаған
""" + "\n".join(rows) + f"""

Меңгеруші: {c.P(age='mid').si()}
"""
