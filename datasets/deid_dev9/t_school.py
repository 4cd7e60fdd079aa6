# -*- coding: utf-8 -*-
"""Style 1: school_injury_report."""
import datetime as dt
from common import person, family, inst, SCHOOLS_RU, KINDER_RU, COLLEGE_RU, SCHOOLS_KK, KINDER_KK, COLLEGE_KK, age_of
from ids import rdate
import data as D

DX_RU = ["перелом лучевой кости в типичном месте", "ушиб мягких тканей лобной области", "ЗЧМТ. Сотрясение головного мозга",
         "закрытый перелом ключицы", "растяжение связок голеностопного сустава", "ушибленная рана волосистой части головы",
         "перелом Коллеса", "вывих надколенника", "эпифизеолиз дистального отдела лучевой кости", "перелом Монтеджи"]
PROC_RU = ["гипсовая лонгета", "ПХО раны", "рентгенография", "КТ головного мозга", "повязка Дезо", "наложение швов",
           "иммобилизация косыночной повязкой"]
DRUG_RU = ["ибупрофен", "парацетамол", "АС-анатоксин", "ПСС", "кеторолак", "Нурофен"]
DX_KK = ["білек сүйегінің сынуы", "бұғана сүйегінің жабық сынуы", "бас миының шайқалуы", "жұмсақ тіндердің соғылуы",
         "тобық буынының байламдарының созылуы", "бас терісінің жарақаты", "Коллес сынығы"]
PROC_KK = ["гипс лонгетасы", "рентгенография", "жараны алғашқы хирургиялық өңдеу", "тігіс салу", "Дезо таңғышы"]
DRUG_KK = ["ибупрофен", "парацетамол", "АС-анатоксин", "кеторолак"]


def _inst_ru(rng):
    k = rng.random()
    if k < 0.55:
        return inst(rng, rng.choice(SCHOOLS_RU)), "school", rng.randint(7, 16)
    if k < 0.8:
        return inst(rng, rng.choice(KINDER_RU)), "kinder", rng.randint(3, 6)
    return inst(rng, rng.choice(COLLEGE_RU)), "college", rng.randint(15, 18)


def _inst_kk(rng):
    k = rng.random()
    if k < 0.55:
        return inst(rng, rng.choice(SCHOOLS_KK)), "school", rng.randint(7, 16)
    if k < 0.8:
        return inst(rng, rng.choice(KINDER_KK)), "kinder", rng.randint(3, 6)
    return inst(rng, rng.choice(COLLEGE_KK)), "college", rng.randint(15, 18)


def ru_act(b, rng):
    d0 = rdate(rng)
    sch, kind, age = _inst_ru(rng)
    child, mother, father = family(rng, "ru", age, d0)
    teacher = person(rng, "ru", g=rng.choice("mf"))
    nurse = person(rng, "ru", g="f")
    director = person(rng, "ru")
    b.t("АКТ № %d\nо несчастном случае с обучающимся (воспитанником)\n\n" % rng.randint(1, 9))
    b.t("1. Организация образования: ").work(sch, school=True).t("\n")
    b.t("   Адрес: ").full_addr("ru").t("\n")
    b.t("2. Пострадавший: ").name(child, "full").t(", ").date(child.birth, "numeric", birth=True).t(" г.р., ИИН ").iin(child).t("\n")
    if kind == "school":
        b.t("   ученик %d «%s» класса, полных лет: %d\n" % (rng.randint(1, 11), rng.choice("АБВГ"), age))
        b.t("   Классный руководитель: ").name(teacher, rng.choice(["surname_initials", "full"])).t("\n")
    elif kind == "kinder":
        b.t("   воспитанник группы «%s», возраст %d лет\n" % (rng.choice(["Солнышко", "Звездочка", "Балапан"]), age))
        b.t("   Воспитатель: ").name(teacher, "surname_initials").t("\n")
    else:
        b.t("   студент %d курса, группа ТМ-%d-%d\n" % (rng.randint(1, 3), rng.randint(11, 31), rng.randint(1, 3)))
        b.t("   Куратор группы: ").name(teacher, "initials_surname").t("\n")
    b.t("3. Дата несчастного случая: ").date(d0, rng.choice(["numeric", "words_ru", "quoted"])).t(" г., время 10:%02d\n" % rng.randint(0, 59))
    b.t("4. Обстоятельства: во время %s пострадавший поскользнулся и упал на вытянутую руку.\n" % rng.choice(["перемены", "урока физкультуры", "прогулки"]))
    b.t("   Первую помощь оказала медсестра ").name(nurse, "surname_initials").t(". Вызвана бригада СМП, карта вызова № ").rid("ambulance_call").t(".\n")
    b.t("5. Родители: мать — ").name(mother, "full").t(", тел. ").phone().t("; отец — ").name(father, "surname_given").t(", тел. ").phone().t("\n")
    b.t("   Место жительства: ").full_addr("ru", flat=True).t("\n")
    b.t("6. ").c("ДИАГНОЗ").t(" (травмпункт ГДБ № %d, история № " % rng.randint(1, 3)).rid("hospitalisation", allow12=True).t("): ").c(rng.choice(DX_RU)).t(".\n")
    b.t("   Проведено: ").c(rng.choice(PROC_RU)).t(", ").c(rng.choice(DRUG_RU)).t(" 200 мг.\n")
    b.t("7. Причины: недостаточный контроль, мокрый пол в коридоре.\n\nДиректор ________ ").name(director, "initials_surname").t("\n")
    b.t("Дата составления акта: ").date(d0 + dt.timedelta(days=rng.randint(1, 3)), "numeric").t("\n")


def ru_trauma(b, rng):
    d0 = rdate(rng)
    sch, kind, age = _inst_ru(rng)
    child, mother, father = family(rng, "ru", age, d0)
    doc = person(rng, "ru")
    b.t("ТРАВМАТОЛОГИЧЕСКИЙ ПУНКТ ГДП № %d\nАмбулаторная карта № " % rng.randint(1, 5)).rid("outpatient_card").t("\n")
    b.t("Дата обращения: ").date(d0, "numeric").t(" 14:%02d\n" % rng.randint(0, 59))
    b.t("Ф.И.О.: ").name(child, rng.choice(["full", "surname_given"]), caps=rng.random() < 0.3).t("  Дата рожд.: ").date(child.birth, "numeric", birth=True).t("\n")
    b.t("ИИН: ").iin(child, split=rng.random() < 0.3).t("   Свид. о рождении: ").doc("birth_certificate").t("\n")
    b.t("Место учёбы: ").work(sch, school=True).t("\n")
    b.t("Адрес: ").city("ru").t(", ").street_unmarked().t("\n")
    b.t("Со слов ").t(rng.choice(["матери", "мамы"])).t(" (").name(mother, "surname_initials", case="gen").t(", тел. ").phone().t("): ")
    b.t("%s ребёнок ударился %s о парту, сознание не терял. Возраст %d лет.\n" % (
        rng.choice(["сегодня на уроке", "на перемене", "на прогулке"]), rng.choice(["головой", "коленом", "лицом"]), age))
    b.t("Травма в школе, о случившемся сообщено классному руководителю ").name(person(rng, "ru", g="f"), "surname_initials", case="dat").t(".\n")
    b.t("Объективно: отёк, болезненность при пальпации. ").c("Рентгенография").t(" № ").rid("xray").t(".\n")
    b.t("Диагноз: ").c(rng.choice(DX_RU)).t(" (S52.5).\n")
    b.t("Лечение: ").c(rng.choice(PROC_RU)).t(", ").c(rng.choice(DRUG_RU)).t(" по 1/2 таб. 2 р/д. ОАК — номер пробы ").rid("lab", allow12=True).t(".\n")
    b.t("Справка для освобождения от физкультуры до ").date(d0 + dt.timedelta(days=rng.randint(10, 30)), rng.choice(["numeric", "no_year"])).t(".\n")
    b.t("Врач-травматолог ").name(doc, "surname_initials").t("\n")


def kk_act(b, rng):
    d0 = rdate(rng)
    sch, kind, age = _inst_kk(rng)
    child, mother, father = family(rng, "kk", age, d0)
    teacher = person(rng, "kk")
    director = person(rng, "kk")
    nurse = person(rng, "kk", g="f")
    b.t("Білім алушымен (тәрбиеленушімен) болған жазатайым оқиға туралы\nАКТ № %d\n\n" % rng.randint(1, 9))
    b.t("1. Білім беру ұйымы: ").work(sch, school=True).t("\n")
    b.t("   Мекенжайы: ").full_addr("kk").t("\n")
    b.t("2. Зардап шегуші: ").name(child, "full").t(", туған күні ").date(child.birth, "numeric", birth=True).t(" ж., ЖСН ").iin(child).t("\n")
    if kind == "kinder":
        b.t("   «%s» тобының тәрбиеленушісі, %d жаста\n" % (rng.choice(["Балдырған", "Күншуақ", "Жұлдызша"]), age))
        b.t("   Тәрбиеші: ").name(teacher, "surname_initials").t("\n")
    else:
        b.t("   %d «%s» сынып оқушысы, %d жаста\n" % (rng.randint(1, 11), rng.choice("АӘБВ"), age))
        b.t("   Сынып жетекшісі: ").name(teacher, rng.choice(["full", "surname_initials"])).t("\n")
    b.t("3. Оқиға болған күн: ").date(d0, "words_kk").t(", сағат 11:%02d\n" % rng.randint(0, 59))
    b.t("4. Жағдайы: үзіліс кезінде оқушы баспалдақтан құлап, қолын жарақаттаған. Алғашқы көмекті мектеп медбикесі ")
    b.name(nurse, "surname_initials").t(" көрсетті.\n")
    b.t("5. Ата-анасы: анасы — ").name(mother, "full").t(", байл. тел. ").phone().t("; әкесі — ").name(father, "surname_given").t(", тел. ").phone().t("\n")
    b.t("   Тұрғылықты мекенжайы: ").full_addr("kk", flat=True).t("\n")
    b.t("6. ").c("ДИАГНОЗЫ").t(": ").c(rng.choice(DX_KK)).t(". Жедел жәрдем шақыру картасы № ").rid("ambulance_call").t(", ауру тарихы № ").rid("hospitalisation", allow12=True).t(".\n")
    b.t("   Көрсетілген көмек: ").c(rng.choice(PROC_KK)).t(", ").c(rng.choice(DRUG_KK)).t(".\n")
    b.t("7. Себебі: кезекші мұғалімнің бақылауы жеткіліксіз.\n\nДиректор ________ ").name(director, "initials_surname").t("\n")
    b.t("Актінің жасалған күні: ").date(d0 + dt.timedelta(days=rng.randint(1, 3)), "numeric").t(" ж.\n")


def kk_trauma(b, rng):
    d0 = rdate(rng)
    sch, kind, age = _inst_kk(rng)
    child, mother, father = family(rng, "kk", age, d0)
    doc = person(rng, "kk")
    b.t("ЖАРАҚАТ ПУНКТІ\nАмбулаториялық карта № ").rid("outpatient_card").t("\n")
    b.t("Келген күні: ").date(d0, rng.choice(["numeric", "words_kk"])).t("\n")
    b.t("Науқас: ").name(child, "full").t(", ").date(child.birth, "numeric", birth=True).t(" ж.т., ЖСН: ").iin(child).t("\n")
    b.t("Оқу орны: ").work(sch, school=True).t("\n")
    loc = kk_case_inst(sch)
    b.t("Анамнезі: анасының (").name(mother, "surname_initials").t(") айтуы бойынша, бала ").work(loc, school=True, case_form=True)
    b.t(" дене шынықтыру сабағында құлаған. Анасы ").name(mother, "given_only").t(", тел. ").phone().t(".\n")
    b.t("Мекенжайы: ").city("kk").t(" қ., ").mkr("kk").t("\n")
    b.t("Қарап тексеру: ісіну, пальпацияда ауырсыну. ").c("Рентгенография").t(" № ").rid("xray").t(".\n")
    b.t("").c("ҚОРЫТЫНДЫ").t(": ").c(rng.choice(DX_KK)).t(".\n")
    b.t("Ем: ").c(rng.choice(PROC_KK)).t(", ").c(rng.choice(DRUG_KK)).t(" 1/2 таб. ЖҚА талдауы № ").rid("lab", allow12=True).t(".\n")
    b.t("Сынып жетекшісі ").name(person(rng, "kk", g="f"), "surname_initials", case="dat", caselang="kk").t(" хабарланды.\n")
    b.t("Дене шынықтырудан босату ").date(d0 + dt.timedelta(days=rng.randint(10, 30)), "words_kk", case="dat").t(" дейін.\n")
    b.t("Травматолог дәрігер ").name(doc, "surname_initials").t("\n")


def kk_case_inst(s):
    from gen import kk_case
    return kk_case(s, "loc")


def mx_kinder(b, rng):
    d0 = rdate(rng)
    s_kk = inst(rng, rng.choice(KINDER_KK))
    s_ru = inst(rng, rng.choice(KINDER_RU))
    age = rng.randint(2, 6)
    child, mother, father = family(rng, "mixed", age, d0)
    vos = person(rng, "mixed", g="f")
    b.t("ХАБАРЛАМА / ИЗВЕЩЕНИЕ\nо травме воспитанника дошкольной организации\n")
    b.t("Ұйым / Организация: ").work(rng.choice([s_kk, s_ru]), school=True).t("\n")
    b.t("Баланың аты-жөні / ФИО ребёнка: ").name(child, rng.choice(["full", "surname_given"])).t("\n")
    b.t("Туған күні / Дата рождения: ").date(child.birth, rng.choice(["numeric", "iso"]), birth=True).t("   ЖСН/ИИН: ").iin(child).t("\n")
    b.t("Дата травмы: ").date(d0, "numeric").t(", во время прогулки на участке ребёнок упал с горки.\n")
    b.t("Тәрбиеші / Воспитатель: ").name(vos, "given_patronymic").t(" (").name(vos, "surname_only").t(")\n")
    b.t("Ата-анасы: ").name(mother, "surname_initials").t(" (мама), ").phone().t("; ").name(father, "surname_initials").t(" (папа)\n")
    b.t("Мекенжайы: ").full_addr(rng.choice(["ru", "kk"])).t("\n")
    b.t("Медицинская помощь: осмотрена медсестрой, направлена в травмпункт. ").c("Диагноз").t(": ").c(rng.choice(DX_RU)).t(". ")
    b.t("Рентген № ").rid("xray").t(", тарих № ").rid("hospitalisation", allow12=True).t(".\n")
    b.t("Қабылдаған: ").name(person(rng, "mixed"), "surname_initials").t(", ").date(d0, "two_digit_year").t("\n")


def mx_college(b, rng):
    d0 = rdate(rng)
    col = inst(rng, rng.choice(COLLEGE_RU + COLLEGE_KK))
    age = rng.randint(15, 18)
    st, mother, father = family(rng, "mixed", age, d0)
    while st.g != "m":
        st, mother, father = family(rng, "mixed", age, d0)
    cur = person(rng, "mixed")
    doc = person(rng, "mixed", g="f")
    b.t("Служебная записка\nЗаведующему медпунктом ").work(col, school=True).t("\n\n")
    b.t("Сообщаю, что ").date(d0, rng.choice(["words_ru", "numeric"])).t(" г. на практическом занятии в мастерской студент группы СВ-%d " % rng.randint(11, 32))
    b.name(st, "full").t(" (ЖСН ").iin(st).t(") получил травму: ").c(rng.choice(["резаная рана II пальца левой кисти", "ожог кисти I-II степени",
                                                                                "ушиб правой кисти", "инородное тело роговицы"])).t(".\n")
    b.t("Оказана первая помощь, доставлен в травмпункт, ").c(rng.choice(PROC_RU)).t(", введён ").c("АС-анатоксин").t(".\n")
    b.t("Амбулаторная карта № ").rid("outpatient_card").t(", протокол ВКК № ").rid("commission_protocol", allow12=True).t(".\n")
    b.t("Ата-анасына хабарланды: ").name(mother, rng.choice(["full", "surname_given"])).t(", ").phone("compact").t(".\n")
    b.t("Студент тұрады: ").city_of(rng.choice(D.CITIES), "kk", "loc").t(", ").street_unmarked().t(".\n")
    b.t("Куратор: ").name(cur, "surname_initials").t("  e-mail: ").email("kurator%d" % rng.randint(1, 99), "institutional").t("\n")
    b.t("Медбике: ").name(doc, "given_surname").t("\n")


TEMPLATES = {("ru", 1): ru_act, ("ru", 2): ru_trauma, ("kk", 1): kk_act, ("kk", 2): kk_trauma,
             ("mixed", 1): mx_kinder, ("mixed", 2): mx_college}


from tx import EXTRA  # noqa: E402
TEMPLATES.update(EXTRA["school"])
