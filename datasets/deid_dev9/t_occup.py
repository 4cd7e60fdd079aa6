# -*- coding: utf-8 -*-
"""Style 2: occupational_injury_act (форма Н-1 style)."""
import datetime as dt
from common import person, EMPLOYERS_RU, EMPLOYERS_KK
from ids import rdate
import data as D

DX_RU = ["открытый перелом костей левой голени", "травматическая ампутация ногтевой фаланги III пальца правой кисти",
         "термический ожог II-III степени 12% поверхности тела", "ЗЧМТ. Ушиб головного мозга средней степени",
         "компрессионный перелом тела L1 позвонка", "закрытый перелом пяточной кости", "перелом Дюпюитрена",
         "рваная рана предплечья с повреждением сухожилий сгибателей", "электротравма"]
PROC_RU = ["аппарат Илизарова", "остеосинтез пластиной LCP", "ПХО раны", "противошоковая терапия", "шов сухожилия по Кюнео",
           "гемотрансфузия", "спица Киршнера"]
DRUG_RU = ["трамадол", "цефазолин", "кеторолак", "морфин", "столбнячный анатоксин", "метамизол"]
DX_KK = ["сол жақ сирақ сүйектерінің ашық сынуы", "бас сүйек-ми жарақаты, мидың соғылуы", "II-III дәрежелі термиялық күйік",
         "L1 омыртқа денесінің компрессиялық сынуы", "өкше сүйегінің жабық сынуы", "оң қол басының жарақаты"]
PROC_KK = ["Илизаров аппараты", "жараны алғашқы хирургиялық өңдеу", "LCP пластинасымен остеосинтез", "Киршнер сымы"]
DRUG_KK = ["трамадолмен", "цефазолинмен", "кеторолакпен"]
JOBS_RU = ["электрогазосварщик 4 разряда", "горнорабочий очистного забоя", "машинист экскаватора", "слесарь-ремонтник",
           "водитель погрузчика", "разнорабочий", "оператор линии", "монтажник"]
JOBS_KK = ["электргазбен дәнекерлеуші", "тазарту кенжарының тау-кен жұмысшысы", "жүргізуші", "слесарь-жөндеуші",
           "көмекші жұмысшы", "монтаждаушы"]


def ru_n1(b, rng):
    d0 = rdate(rng)
    emp = rng.choice(EMPLOYERS_RU)
    w = person(rng, "ru", age=rng.randint(19, 62), ref=d0, g=rng.choice("mmmf"))
    master = person(rng, "ru", g="m")
    chief = person(rng, "ru")
    wit = [person(rng, "ru") for _ in range(rng.randint(2, 3))]
    b.t("Форма Н-1\nАКТ № %d\nо несчастном случае на производстве\n\n" % rng.randint(1, 40))
    b.t("1. Наименование работодателя: ").work(emp).t(", БИН ").doc("bin").t("\n")
    b.t("   Юридический адрес: ").full_addr("ru", flat=False).t("\n")
    b.t("2. Место несчастного случая: ").t(rng.choice(["цех горячей прокатки", "участок №3", "очистной забой лавы 42К", "склад ГСМ"]))
    b.t(", ").full_addr("ru", flat=False).t("\n")
    b.t("3. Дата и время: ").date(d0, rng.choice(["numeric", "words_ru"])).t(" г. в %02d ч %02d мин\n" % (rng.randint(0, 23), rng.randint(0, 59)))
    b.t("4. Пострадавший: ").name(w, "full").t(", ").date(w.birth, "numeric", birth=True).t(" г.р., ИИН ").iin(w).t("\n")
    b.t("   Профессия: %s, стаж по профессии %d лет\n" % (rng.choice(JOBS_RU), rng.randint(1, 25)))
    b.t("   Проживает: ").full_addr("ru").t(", тел. ").phone().t("\n")
    b.t("5. Ответственный за охрану труда: мастер участка ").name(master, "surname_initials").t(", начальник цеха ").name(chief, "full").t("\n")
    b.t("6. Обстоятельства: при выполнении работ пострадавший был травмирован. Очевидцы: ")
    for i, p in enumerate(wit):
        if i:
            b.t(", ")
        b.name(p, "surname_only")
    b.t(".\n7. Медицинское заключение (ОКБ г. ").city("ru", "gen").t(", история болезни № ").rid("hospitalisation", allow12=True).t("): ")
    b.c(rng.choice(DX_RU)).t(". Степень тяжести: %s.\n" % rng.choice(["тяжелая", "легкая"]))
    b.t("   Проведено: ").c(rng.choice(PROC_RU)).t("; ").c(rng.choice(DRUG_RU)).t(". ").c("Этанол").t(" в крови не обнаружен.\n")
    b.t("8. Лист временной нетрудоспособности № ").doc("sick_leave").t(" с ").date(d0, "numeric").t("\n")
    b.t("Председатель комиссии ________ ").name(person(rng, "ru"), "initials_surname").t("\n")
    b.t("Акт составлен ").date(d0 + dt.timedelta(days=rng.randint(3, 10)), "numeric").t("\n")


def ru_med(b, rng):
    d0 = rdate(rng)
    emp = rng.choice(EMPLOYERS_RU)
    w = person(rng, "ru", age=rng.randint(19, 62), ref=d0)
    doc = person(rng, "ru")
    b.t("МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ\nо характере полученных повреждений здоровья в результате несчастного случая на производстве\n")
    b.t("Выдано: ").work(emp).t("\n")
    b.t("Исх. № 01-12/%d от " % rng.randint(100, 2999)).date(d0 + dt.timedelta(days=2), "numeric").t("\n")
    b.t("Пострадавший ").name(w, rng.choice(["full", "surname_initials"]), caps=rng.random() < 0.3).t(", ИИН ").iin(w, split=rng.random() < 0.25).t(", возраст %d лет,\n" % (d0.year - w.birth.year - 1))
    b.t("поступил ").date(d0, rng.choice(["numeric", "roman"])).t(" в 16:%02d в приемное отделение, доставлен бригадой СМП (карта № " % rng.randint(0, 59)).rid("ambulance_call").t(").\n")
    if rng.random() < 0.5:
        b.t("Транспортное средство предприятия: гос. номер ").doc("vehicle_plate").t(".\n")
    b.t("Медицинская карта стационарного больного № ").rid("hospitalisation", allow12=True).t("\n")
    b.t("").c("ДИАГНОЗ").t(": ").c(rng.choice(DX_RU)).t(" (T93.2).\n")
    b.t("Согласно схеме определения тяжести повреждение относится к категории %s.\n" % rng.choice(["тяжелых", "легких"]))
    b.t("Лечение: ").c(rng.choice(PROC_RU)).t(", ").c(rng.choice(DRUG_RU)).t(" 1,0 мл в/м.\n")
    b.t("Родственники извещены: ").name(person(rng, "ru", g="f"), "surname_given").t(" (жена), тел. ").phone().t(".\n")
    b.t("Зав. отделением ").name(doc, "surname_initials").t("; лечащий врач ").name(person(rng, "ru"), "surname_initials").t("\n")
    b.t("Тел. для справок: ").phone("landline").t("\n")


def kk_n1(b, rng):
    d0 = rdate(rng)
    emp = rng.choice(EMPLOYERS_KK)
    w = person(rng, "kk", age=rng.randint(19, 62), ref=d0, g="m")
    master = person(rng, "kk", g="m")
    wit = [person(rng, "kk") for _ in range(rng.randint(2, 3))]
    b.t("Н-1 нысаны\nӨндірістегі жазатайым оқиға туралы\nАКТ № %d\n\n" % rng.randint(1, 40))
    b.t("1. Жұмыс беруші: ").work(emp).t(", БСН ").doc("bin").t("\n")
    b.t("   Заңды мекенжайы: ").full_addr("kk", flat=False).t("\n")
    b.t("2. Оқиға болған жер: ").full_addr("kk", flat=False).t(", %s\n" % rng.choice(["№ 2 цех", "қойма", "құрылыс алаңы", "жөндеу учаскесі"]))
    b.t("3. Оқиға болған күн: ").date(d0, rng.choice(["words_kk", "numeric", "kk_gen"])).t(", сағат %02d:%02d\n" % (rng.randint(0, 23), rng.randint(0, 59)))
    b.t("4. Зардап шегуші: ").name(w, "full").t(", ").date(w.birth, "numeric", birth=True).t(" ж.т., ЖСН ").iin(w).t("\n")
    b.t("   Кәсібі: %s, өтілі %d жыл\n" % (rng.choice(JOBS_KK), rng.randint(1, 25)))
    b.t("   Тұрғылықты жері: ").full_addr("kk").t(", тел. ").phone().t("\n")
    b.t("5. Еңбек қауіпсіздігіне жауапты: учаске шебері ").name(master, "surname_initials").t("\n")
    b.t("6. Мән-жайы: жұмыс кезінде зардап шегуші жарақат алды. Куәгерлер: ")
    for i, p in enumerate(wit):
        if i:
            b.t(", ")
        b.name(p, "surname_only")
    b.t(".\n7. Медициналық қорытынды (").city("kk").t(" қалалық ауруханасы, ауру тарихы № ").rid("hospitalisation", allow12=True).t("): ")
    b.c(rng.choice(DX_KK)).t(".\n   Ем: ").c(rng.choice(PROC_KK)).t(", ").c(rng.choice(DRUG_KK)).t(" ем жүргізілді.\n")
    b.t("8. Еңбекке уақытша жарамсыздық парағы № ").doc("sick_leave").t("\n")
    b.t("Комиссия төрағасы ________ ").name(person(rng, "kk"), "initials_surname").t("\n")
    b.t("Акт жасалған күн: ").date(d0 + dt.timedelta(days=rng.randint(3, 10)), "words_kk").t("\n")


def kk_med(b, rng):
    d0 = rdate(rng)
    emp = rng.choice(EMPLOYERS_KK)
    w = person(rng, "kk", age=rng.randint(19, 62), ref=d0)
    b.t("ӨНДІРІСТЕГІ ЖАЗАТАЙЫМ ОҚИҒА КЕЗІНДЕ АЛЫНҒАН ЖАРАҚАТТЫҢ СИПАТЫ ТУРАЛЫ МЕДИЦИНАЛЫҚ ҚОРЫТЫНДЫ\n")
    b.t("Берілді: ").work(emp).t("\n")
    b.t("Зардап шегуші: ").name(w, rng.choice(["full", "surname_given"])).t(", ЖСН: ").iin(w).t("\n")
    b.t("Түскен күні: ").date(d0, "words_kk").t(", сағат 09:%02d. Жедел жәрдем картасы № " % rng.randint(0, 59)).rid("ambulance_call").t("\n")
    b.t("Стационарлық науқастың медициналық картасы № ").rid("hospitalisation", allow12=True).t("\n")
    b.t("").c("ДИАГНОЗЫ").t(": ").c(rng.choice(DX_KK)).t(" (S82.2).\n")
    b.t("Жарақат ауырлығы: %s.\n" % rng.choice(["ауыр", "жеңіл"]))
    b.t("Жүргізілген ем: ").c(rng.choice(PROC_KK)).t(". Қандағы ").c("этанол").t(" анықталмады.\n")
    b.t("Туыстарына хабарланды: ").name(person(rng, "kk", g="f"), "given_surname").t(", ").phone().t("\n")
    b.t("Бөлім меңгерушісі ").name(person(rng, "kk"), "surname_initials").t(", емдеуші дәрігер ").name(person(rng, "kk"), "initials_surname").t("\n")
    b.t("Күні: ").date(d0 + dt.timedelta(days=1), "numeric").t(" ж.\n")


def mx_n1(b, rng):
    d0 = rdate(rng)
    emp = rng.choice(EMPLOYERS_RU + EMPLOYERS_KK)
    w = person(rng, "mixed", age=rng.randint(19, 62), ref=d0, g="m")
    wit = [person(rng, "mixed") for _ in range(rng.randint(2, 4))]
    b.t("АКТ / АКТІ Н-1\nЖұмыс беруші / Работодатель: ").work(emp).t("\n")
    b.t("БСН/БИН: ").doc("bin").t("   Мекенжайы: ").full_addr(rng.choice(["ru", "kk"]), flat=False).t("\n")
    b.t("Зардап шегуші / Пострадавший: ").name(w, "full", caps=rng.random() < 0.4).t("\n")
    b.t("ЖСН/ИИН: ").iin(w).t("  Туған жылы / Год рождения: ").date(w.birth, "year_only", birth=True).t("\n")
    b.t("Жеке куәлік / Удостоверение личности № ").doc("id_card").t("\n")
    b.t("Дата / Күні: ").date(d0, "numeric").t("\n")
    b.t("Обстоятельства: при разгрузке металлоконструкций произошло падение груза. Мастер смены ").name(person(rng, "mixed", g="m"), "surname_initials").t(" находился на участке.\n")
    b.t("Куәгерлер / Свидетели: ")
    for i, p in enumerate(wit):
        if i:
            b.t("; ")
        b.name(p, "surname_only")
    b.t("\nДиагноз (ЦРБ ").district("ru", "gen").t(", и/б № ").rid("hospitalisation", allow12=True).t("): ").c(rng.choice(DX_RU)).t("\n")
    b.t("Ем / Лечение: ").c(rng.choice(PROC_RU)).t("\n")
    b.t("Еңбек инспекторы ").name(person(rng, "mixed"), "surname_initials").t(", ").email("inspektor.%d" % rng.randint(1, 90), "institutional").t("\n")


def mx_phone(b, rng):
    d0 = rdate(rng)
    emp = rng.choice(EMPLOYERS_RU + EMPLOYERS_KK)
    w = person(rng, "mixed", age=rng.randint(19, 62), ref=d0, g="m")
    b.t("ТЕЛЕФОНОГРАММА\nМемлекеттік еңбек инспекциясына / в Госинспекцию труда г. ").city("ru", "gen").t("\n")
    b.t("Передал: дежурный врач приемного покоя ").name(person(rng, "mixed"), "surname_initials").t(", тел. ").phone("landline").t("\n")
    b.t("Принял: ").name(person(rng, "mixed"), "surname_only").t("\n\n")
    b.t("Сообщаем, что ").date(d0, "words_ru").t(" г. в 13:%02d доставлен " % rng.randint(0, 59)).name(w, "full").t(", ").date(w.birth, "numeric", birth=True).t(" г.р., ")
    b.t("работник предприятия ").work(emp).t(".\n")
    b.t("Жұмыс орны: ").full_addr("kk", flat=False).t(".\n")
    b.t("Диагноз: ").c(rng.choice(DX_RU)).t(". Состояние тяжелое. Ауру тарихы № ").rid("hospitalisation", allow12=True).t(".\n")
    b.t("Со слов пострадавшего, травма получена на рабочем месте, бригадир ").name(person(rng, "mixed", g="m"), "surname_initials").t(".\n")
    b.t("Зардап шегушінің әйелі: ").name(person(rng, "mixed", g="f"), "given_only").t(", ").phone().t(".\n")
    b.t("Тіркеу уақыты: 13:%02d, " % rng.randint(0, 59)).date(d0, "two_digit_year").t("\n")


TEMPLATES = {("ru", 1): ru_n1, ("ru", 2): ru_med, ("kk", 1): kk_n1, ("kk", 2): kk_med,
             ("mixed", 1): mx_n1, ("mixed", 2): mx_phone}


from tx import EXTRA  # noqa: E402
TEMPLATES.update(EXTRA["occup"])
