# -*- coding: utf-8 -*-
"""Style 7: military_conscript_exam (военкомат / ВВК / ӘДК conscript examinations)."""
import datetime as dt
from common import person, age_of, family
from ids import rdate
import data as D

DX_RU = ["плоскостопие II степени обеих стоп", "сколиоз грудного отдела позвоночника I степени", "миопия средней степени обоих глаз",
         "НЦД по гипертоническому типу", "недостаточность питания (ИМТ 17,6)", "варикоцеле слева II степени",
         "хронический тонзиллит, компенсированная форма", "пролапс митрального клапана I степени без регургитации",
         "остеохондроз поясничного отдела позвоночника", "болезнь Осгуда–Шляттера правой большеберцовой кости",
         "хронический гастродуоденит, ремиссия", "бронхиальная астма лёгкого течения"]
DX_KK = ["екі табанның II дәрежелі жалпақ табандығы", "кеуде омыртқасының I дәрежелі сколиозы", "екі көздің орташа дәрежелі миопиясы",
         "гипертониялық типті нейроциркуляторлық дистония", "тамақтанудың жеткіліксіздігі (ДСИ 17,8)", "сол жақ варикоцеле",
         "созылмалы тонзиллит, компенсацияланған түрі", "митраль қақпақшасының I дәрежелі пролапсы", "Осгуд–Шляттер ауруы"]
TEST_RU = ["ОАК", "ОАМ", "ФЛГ", "ЭКГ", "Эхо-КГ", "HBsAg", "анти-HCV", "ИФА на ВИЧ", "RW", "подография", "рентгенография стоп",
           "УЗИ органов мошонки", "спирография"]
TEST_KK = ["ЖҚА", "ЖЗА", "флюорография", "ЭКГ", "ЭхоКГ", "HBsAg", "АИТВ-ға талдау", "табан рентгенографиясы", "спирография"]
CAT_RU = ["«А» — годен к воинской службе", "«Б» — годен с незначительными ограничениями", "«В» — ограниченно годен",
          "«Г» — временно не годен, отсрочка 6 месяцев", "«Д» — не годен к воинской службе"]
CAT_KK = ["«А» — әскери қызметке жарамды", "«Б» — шамалы шектеулермен жарамды", "«В» — шектеулі жарамды",
          "«Г» — уақытша жарамсыз, 6 айға кейінге қалдыру", "«Д» — әскери қызметке жарамсыз"]
SPEC_RU = ["хирург", "терапевт", "невропатолог", "окулист", "оториноларинголог", "стоматолог", "психиатр", "дерматовенеролог"]
SPEC_KK = ["хирург", "терапевт", "невропатолог", "окулист", "оториноларинголог", "стоматолог", "психиатр", "дерматолог"]
JOB_RU = ["студент", "не работает", "водитель", "разнорабочий", "электрик", "продавец-консультант"]


def _con(rng, lang, d0):
    return person(rng, lang, age=rng.randint(18, 26), ref=d0, g="m")


def _unit(b, rng, lang):
    n = rng.randint(1000, 99999)
    if lang == "kk":
        return b.work(rng.choice(["№ %d әскери бөлімі" % n, "%d әскери бөлімі" % n]), extra=("military_unit",))
    return b.work(rng.choice(["в/ч %d" % n, "войсковая часть %d" % n, "в/ч № %d" % n]), extra=("military_unit",))


def _ood_ru(b, rng):
    """Department of defence of a city or district (settlement/district span inside the institution name)."""
    if rng.random() < 0.5:
        b.t("Управление по делам обороны г. ").city("ru", "gen")
    else:
        b.t("Отдел по делам обороны ").district("ru", "gen")


def _ood_kk(b, rng):
    if rng.random() < 0.5:
        b.city("kk").t(" қаласының қорғаныс істері жөніндегі басқармасы")
    else:
        b.district("kk", "gen").t(" қорғаныс істері жөніндегі бөлімі")


def ru_vvk(b, rng):
    d0 = rdate(rng)
    c = _con(rng, "ru", d0)
    b.t("ЗАКЛЮЧЕНИЕ ВОЕННО-ВРАЧЕБНОЙ КОМИССИИ\nпротокол № ").rid("commission_protocol", allow12=True).t(" от ").date(d0, rng.choice(["numeric", "quoted"])).t(" г.\n")
    _ood_ru(b, rng)
    b.t("\nПризывник: ").name(c, "full", caps=rng.random() < 0.3).t(", ").date(c.birth, "numeric", birth=True).t(" г.р.\n")
    b.t("ИИН: ").iin(c).t("   Приписное свидетельство № ").doc("military_registration").t("\n")
    b.t("Место жительства: ").full_addr("ru").t("\n")
    b.t("Место учёбы/работы: %s, " % rng.choice(JOB_RU)).work(rng.choice(["ТОО «Сарыарка-Строй»", "Карагандинский строительный колледж",
                                                                          "КГКП «Политехнический колледж»", "ТОО «ЭкоТрансСервис»"]),
                                                               school=False).t("\n")
    b.t("Рост 176 см, вес 58 кг, АД 130/85, пульс 88.\n")
    t1, t2 = rng.sample(TEST_RU, 2)
    b.t("Обследован: ").c(t1).t(", ").c(t2).t(", ").c("ЭКГ").t(" — без патологии.\n")
    b.t("").c("ДИАГНОЗ").t(": ").c(rng.choice(DX_RU)).t(".\n")
    b.t("На основании ст. %d п. «%s» графы I Расписания болезней признан: категория годности %s.\n"
        % (rng.randint(10, 80), rng.choice("абвг"), rng.choice(CAT_RU)))
    b.t("Председатель ВВК ").name(person(rng, "ru"), "surname_initials").t("\nВрач-").t(rng.choice(SPEC_RU)).t(" ").name(person(rng, "ru"), "initials_surname").t("\n")
    b.t("Секретарь ").name(person(rng, "ru", g="f"), "surname_initials").t(", тел. ").phone("landline").t("\n")


def _fam(rng, lang, d0):
    c, m, f = family(rng, lang, rng.randint(18, 26), d0)
    while c.g != "m":
        c, m, f = family(rng, lang, rng.randint(18, 26), d0)
    return c, m, f


def ru_referral(b, rng):
    d0 = rdate(rng)
    c, mo, fa = _fam(rng, "ru", d0)
    b.t("НАПРАВЛЕНИЕ\nна медицинское обследование (лечение)\n\nГлавному врачу поликлиники № %d г. " % rng.randint(1, 9)).city("ru", "gen").t("\n")
    _ood_ru(b, rng)
    b.t(" направляет призывника ").name(c, "full", case="acc").t(", ").date(c.birth, rng.choice(["numeric", "roman"]), birth=True).t(" г.р.,\n")
    b.t("ИИН ").iin(c, split=rng.random() < 0.3).t(", проживающего: ").full_addr("ru", village=rng.random() < 0.3).t(",\n")
    b.t("для уточнения диагноза: ").c(rng.choice(DX_RU)).t(".\nНеобходимо: консультация %s, " % rng.choice(["кардиолога", "ортопеда", "офтальмолога", "ЛОР-врача"]))
    b.c(rng.choice(TEST_RU)).t(", ").c(rng.choice(TEST_RU)).t(".\n")
    b.t("Результаты обследования (амб. карта № ").rid("outpatient_card").t(", анализ № ").rid("lab", allow12=True).t(") представить до ").date(d0 + dt.timedelta(days=rng.randint(10, 30)), "numeric").t(" г.\n")
    b.t("Контактный тел. призывника: ").phone().t(", матери ").name(mo, "given_patronymic").t(" ").phone().t("\n")
    b.t("Председатель призывной комиссии ").name(person(rng, "ru", g="m"), "surname_initials").t("\nВрач, руководящий работой по медосвидетельствованию ").name(person(rng, "ru"), "initials_surname").t("\n")
    b.t("Исх. № 2-%d/%d\n" % (rng.randint(1, 9), rng.randint(100, 999)))


def ru_list(b, rng):
    d0 = rdate(rng)
    b.t("СПИСОК призывников, прошедших медицинское освидетельствование ").date(d0, "numeric").t("\nПротокол ВВК № ").rid("commission_protocol", allow12=True).t("\n")
    b.t("| № | Ф.И.О. | Дата рожд. | ИИН | Категория | Диагноз |\n|---|---|---|---|---|---|\n")
    for i in range(rng.randint(4, 5)):
        c = _con(rng, "ru", d0)
        b.t("| %d | " % (i + 1)).name(c, rng.choice(["full", "surname_initials"])).t(" | ").date(c.birth, "numeric", birth=True).t(" | ").iin(c, labelled=False)
        b.t(" | %s | " % rng.choice("АБВГ")).c(rng.choice(DX_RU)).t(" |\n")
    b.t("\nВрач-хирург ").name(person(rng, "ru"), "surname_initials").t(", врач-терапевт ").name(person(rng, "ru"), "surname_initials").t("\n")
    b.t("Военный комиссар ").district("ru", "gen").t(" ").name(person(rng, "ru", g="m"), "surname_initials").t("\n")


def ru_stationary(b, rng):
    d0 = rdate(rng)
    c, mo, fa = _fam(rng, "ru", d0)
    d1 = d0 + dt.timedelta(days=rng.randint(5, 12))
    b.t("АКТ ИССЛЕДОВАНИЯ СОСТОЯНИЯ ЗДОРОВЬЯ\n(обследование призывника в стационаре)\n\n")
    b.t("Ф.И.О.: ").name(c, "full").t("\nДата рождения: ").date(c.birth, "words_ru", birth=True).t(" г.\nИИН ").iin(c).t("\n")
    b.t("Направлен ").t("Управлением по делам обороны г. ").city("ru", "gen").t(", направление № %d\n" % rng.randint(10, 999))
    b.t("Находился в кардиологическом отделении ОКБ с ").date(d0, "numeric").t(" по ").date(d1, "numeric").t(", история болезни № ").rid("hospitalisation", allow12=True).t("\n")
    b.t("Жалобы: на периодические головные боли, сердцебиение. ").c("Эхо-КГ").t(": ФВ 64%. ").c("Холтер-ЭКГ").t(": ЧСС 58–142, единичные ЖЭС.\n")
    b.t("").c("ДИАГНОЗ").t(": ").c(rng.choice(DX_RU)).t(". Сопутствующий: ").c(rng.choice(DX_RU)).t(".\n")
    b.t("Лечение: ").c(rng.choice(["бисопролол", "магния оротат", "мельдоний", "омепразол"])).t(" 5 мг 1 р/д.\n")
    b.t("Лечащий врач ").name(person(rng, "ru"), "surname_initials").t("\nЗав. отделением ").name(person(rng, "ru"), "surname_initials").t("\n")
    b.t("Отец призывника ").name(fa, "surname_given").t(" ознакомлен, тел. ").phone().t("\n")


def ru_serviceman(b, rng):
    d0 = rdate(rng)
    c = _con(rng, "ru", d0)
    gm = person(rng, "ru", g="f", age=rng.randint(90, 95), ref=d0)
    ag = age_of(gm, d0)
    b.t("ВЫПИСКА из протокола заседания ВВК № ").rid("commission_protocol", allow12=True).t("\n")
    b.t("Военнослужащий срочной службы рядовой ").name(c, "full").t(", ").date(c.birth, "year_only", birth=True).t(" г.р.\n")
    b.t("Воинская часть: ").t("")
    _unit(b, rng, "ru")
    b.t(", призван ОДО ").district("ru", "gen").t(" ").date(d0 - dt.timedelta(days=rng.randint(60, 300)), "month_year").t(".\n")
    b.t("Военный билет ").doc("military_id").t(", удостоверение личности № ").doc("id_card").t("\n")
    b.t("Обстоятельства: на занятиях по физподготовке получил травму, доставлен в военный госпиталь, и/б № ").rid("hospitalisation").t(".\n")
    b.t("").c("ДИАГНОЗ").t(": ").c(rng.choice(["закрытый перелом Дюпюитрена справа", "разрыв ПКС левого коленного сустава",
                                              "перелом ладьевидной кости правой кисти"])).t(".\nПроведено: ").c(rng.choice(["остеосинтез пластиной LCP", "аппарат Илизарова", "гипсовая иммобилизация"])).t(".\n")
    b.t("Заключение: «Г» — временно не годен, отпуск по болезни 30 суток.\n")
    b.t("Проживает с бабушкой ").name(gm, "given_patronymic", case="ins").t(" (").age(ag).t("), адрес: ").full_addr("ru").t("\n")
    b.t("Командир части ").name(person(rng, "ru", g="m"), "surname_initials").t("; председатель ВВК ").name(person(rng, "ru"), "surname_initials").t("\n")


def kk_adk(b, rng):
    d0 = rdate(rng)
    c = _con(rng, "kk", d0)
    b.t("ӘСКЕРИ-ДӘРІГЕРЛІК КОМИССИЯНЫҢ ҚОРЫТЫНДЫСЫ\nхаттама № ").rid("commission_protocol", allow12=True).t(", ").date(d0, rng.choice(["words_kk", "numeric"])).t("\n")
    _ood_kk(b, rng)
    b.t("\nӘскерге шақырылушы: ").name(c, "full").t(", ").date(c.birth, "numeric", birth=True).t(" ж.т.\n")
    b.t("ЖСН: ").iin(c).t("   Тіркеу куәлігі № ").doc("military_registration").t("\n")
    b.t("Тұрғылықты жері: ").full_addr("kk").t("\n")
    t1, t2 = rng.sample(TEST_KK, 2)
    b.t("Бойы 174 см, салмағы 61 кг, АҚҚ 125/80.\nТексерулер: ").c(t1).t(", ").c(t2).t(" — патологиясыз.\n")
    b.t("").c("ДИАГНОЗЫ").t(": ").c(rng.choice(DX_KK)).t(".\n")
    b.t("Аурулар кестесінің %d-бабы «%s» тармағы негізінде жарамдылық санаты: %s.\n" % (rng.randint(10, 80), rng.choice("абвг"), rng.choice(CAT_KK)))
    b.t("ӘДК төрағасы ").name(person(rng, "kk"), "surname_initials").t("\n").t(rng.choice(SPEC_KK).capitalize()).t(" дәрігер ").name(person(rng, "kk"), "initials_surname").t("\n")
    b.t("Хатшы ").name(person(rng, "kk", g="f"), "surname_initials").t(", тел. ").phone("landline").t("\n")


def kk_joldama(b, rng):
    d0 = rdate(rng)
    c, mo, fa = _fam(rng, "kk", d0)
    b.t("Медициналық тексеруге (емдеуге) ЖОЛДАМА\n\n").city("kk").t(" қаласының № %d емханасының бас дәрігеріне\n" % rng.randint(1, 9))
    _ood_kk(b, rng)
    b.t(" әскерге шақырылушы ").name(c, "full", case="acc", caselang="kk").t(" жібереді.\nТуған күні: ").date(c.birth, "words_kk", birth=True).t("\n")
    b.t("ЖСН ").iin(c).t(", мекенжайы: ").full_addr("kk", village=rng.random() < 0.4).t("\n")
    b.t("Диагнозды нақтылау үшін: ").c(rng.choice(DX_KK)).t(". Қажет: ").c(rng.choice(TEST_KK)).t(", ").c(rng.choice(TEST_KK)).t(".\n")
    b.t("Нәтижелерін (амбулаториялық карта № ").rid("outpatient_card").t(", талдау № ").rid("lab", allow12=True).t(") ").date(d0 + dt.timedelta(days=rng.randint(10, 30)), "words_kk", case="dat").t(" дейін ұсыну.\n")
    b.t("Шақырылушының тел.: ").phone().t(", анасы ").name(mo, "given_only").t(" ").phone().t("\n")
    b.t("Шақыру комиссиясының төрағасы ").name(person(rng, "kk", g="m"), "surname_initials").t("\n")
    b.t("Шығ. № 3-%d/%d\n" % (rng.randint(1, 9), rng.randint(100, 999)))


def kk_tizim(b, rng):
    d0 = rdate(rng)
    b.t("Медициналық куәландырудан өткен әскерге шақырылушылардың ТІЗІМІ, ").date(d0, "words_kk").t("\nӘДК хаттамасы № ").rid("commission_protocol", allow12=True).t("\n")
    b.t("| № | Аты-жөні | Туған күні | ЖСН | Санаты |\n|---|---|---|---|---|\n")
    for i in range(rng.randint(4, 5)):
        c = _con(rng, "kk", d0)
        b.t("| %d | " % (i + 1)).name(c, rng.choice(["full", "surname_given", "surname_initials"])).t(" | ").date(c.birth, "numeric", birth=True).t(" | ").iin(c, labelled=False)
        b.t(" | %s |\n" % rng.choice("АББВГ"))
    b.t("\nЕскерту: 3-жолдағы шақырылушыға ").c(rng.choice(DX_KK)).t(" бойынша ").c("ЭКГ").t(" қайталау.\n")
    b.t("Хирург ").name(person(rng, "kk"), "surname_initials").t(", терапевт ").name(person(rng, "kk"), "surname_initials").t("\n")
    b.t("Әскери комиссар ").name(person(rng, "kk", g="m"), "initials_surname").t("\n")


def kk_akt(b, rng):
    d0 = rdate(rng)
    c, mo, fa = _fam(rng, "kk", d0)
    b.t("ДЕНСАУЛЫҚ ЖАҒДАЙЫН ЗЕРТТЕУ АКТІСІ\n(әскерге шақырылушыны стационарда тексеру)\n\n")
    b.t("Аты-жөні: ").name(c, "full").t("\nТуған күні: ").date(c.birth, "numeric", birth=True).t("\nЖСН ").iin(c).t("\n")
    b.t("Жолдаған: ").district("kk").t(" қорғаныс істері жөніндегі бөлімі\n")
    b.t("").date(d0, "words_kk").t(" бастап ").date(d0 + dt.timedelta(days=rng.randint(5, 12)), "words_kk", case="dat").t(" дейін кардиология бөлімшесінде болды, ауру тарихы № ").rid("hospitalisation", allow12=True).t("\n")
    b.t("Шағымдары: бас ауыруы, жүрек соғуы. ").c("ЭхоКГ").t(": ЛҚ 63%. ").c("Холтер бойынша ЭКГ").t(": ЖСЖ 56–138.\n")
    b.t("").c("ДИАГНОЗЫ").t(": ").c(rng.choice(DX_KK)).t(".\n")
    b.t("Ем: ").c(rng.choice(["бисопролол", "магний оротаты", "омепразол"])).t(" 5 мг тәулігіне 1 рет.\n")
    b.t("Емдеуші дәрігер ").name(person(rng, "kk"), "surname_initials").t(", бөлім меңгерушісі ").name(person(rng, "kk"), "initials_surname").t("\n")
    b.t("Әкесі ").name(fa, "given_surname").t(" таныстырылды, тел. ").phone().t("\n")


def kk_anyqtama(b, rng):
    d0 = rdate(rng)
    c = _con(rng, "kk", d0)
    ag = rng.randint(90, 94)
    b.t("АНЫҚТАМА\n\n").name(c, "full").t(", ").date(c.birth, "year_only", birth=True).t(" ж.т., қатардағы жауынгер, ")
    _unit(b, rng, "kk")
    b.t(" әскери қызметшісі,\nәскери билет ").doc("military_id").t(", жеке куәлік № ").doc("id_card").t(",\n")
    b.t("").date(d0, "words_kk", case="loc").t(" әскери госпитальге түсті, ауру тарихы № ").rid("hospitalisation", allow12=True).t(".\n")
    b.t("").c("ДИАГНОЗЫ").t(": ").c(rng.choice(["оң жақ Дюпюитрен сынығы", "сол тізе буынының алдыңғы айқас байламының үзілуі", "білек сүйегінің сынуы"])).t(".\n")
    b.t("Жүргізілді: ").c(rng.choice(["Илизаров аппараты", "LCP пластинасымен остеосинтез", "гипс таңғышы"])).t(".\n")
    b.t("ӘДК қорытындысы: «Г» — уақытша жарамсыз, 30 тәулік демалыс.\n")
    b.t("Туысы: әжесі ").name(person(rng, "kk", g="f", age=ag, ref=d0), "given_only").t(", ").age(ag, lang="kk").t(", тұрады: ").settlement(rng.choice(D.VILLAGES)[1], village=True).t(" ауылы, ").district("kk").t("\n")
    b.t("Бөлім командирі ").name(person(rng, "kk", g="m"), "surname_initials").t("\n")


def mx_card(b, rng):
    d0 = rdate(rng)
    c = _con(rng, "mixed", d0)
    b.t("КАРТА МЕДИЦИНСКОГО ОСВИДЕТЕЛЬСТВОВАНИЯ / МЕДИЦИНАЛЫҚ КУӘЛАНДЫРУ КАРТАСЫ\n")
    b.t("Шақырылушы / Призывник: ").name(c, "full", caps=rng.random() < 0.4).t("\n")
    b.t("ЖСН/ИИН: ").iin(c).t("   Туған күні / Дата рождения: ").date(c.birth, rng.choice(["numeric", "iso"]), birth=True).t("\n")
    b.t("Тіркеу куәлігі / Приписное № ").doc("military_registration").t("\n")
    b.t("Мекенжайы / Адрес: ").full_addr(rng.choice(["ru", "kk"])).t("\n")
    b.t("Күні / Дата: ").date(d0, "numeric").t("   ВВК/ӘДК хаттамасы № ").rid("commission_protocol", allow12=True).t("\n")
    for sp in rng.sample(SPEC_RU, 3):
        b.t("%s: " % sp).name(person(rng, "mixed"), "surname_initials").t(" — ").c(rng.choice(DX_RU + DX_KK)).t("\n")
    b.t("Анализы: ").c(rng.choice(TEST_RU)).t(", ").c(rng.choice(TEST_KK)).t(" — норма.\n")
    b.t("Санаты / Категория: %s\n" % rng.choice(CAT_RU))


def mx_email(b, rng):
    d0 = rdate(rng)
    c = _con(rng, "mixed", d0)
    s1 = person(rng, "mixed")
    b.t("От: ").name(s1, "given_surname").t(" <").email("vvk.%d" % rng.randint(1, 40), "institutional", dom="mil.gov.kz").t(">\n")
    b.t("Кому: регистратура поликлиники <").email("reg%d" % rng.randint(1, 9), "institutional", dom="med.kz").t(">\n")
    b.t("Отправлено: ").date(d0, rng.choice(["words_ru", "numeric"])).t(" %02d:%02d\nТема: запрос по призывнику\n\n" % (rng.randint(8, 18), rng.randint(0, 59)))
    b.t("Сәлеметсіз бе! Прошу предоставить выписку из амбулаторной карты № ").rid("outpatient_card").t(" на призывника ").name(c, "full", case="acc").t(", ИИН ").iin(c).t(".\n")
    b.t("Он наблюдается у вас с диагнозом ").c(rng.choice(DX_RU)).t(". Нужны ").c(rng.choice(TEST_RU)).t(" и заключение ").c("ВКК").t(" (протокол № ").rid("commission_protocol", allow12=True).t(").\n")
    b.t("Призывная комиссия ").date(d0 + dt.timedelta(days=rng.randint(3, 14)), "no_year").t(". Шақырылушы тұрады: ").city("kk", "loc").t(", ").mkr(rng.choice(["ru", "kk"])).t(".\n")
    b.t("Байланыс тел.: ").phone().t(", ").name(s1, "surname_initials").t("\n")


def mx_phonogram(b, rng):
    d0 = rdate(rng)
    c, mo, fa = _fam(rng, "mixed", d0)
    b.t("ТЕЛЕФОНОГРАММА № %d\n" % rng.randint(10, 300))
    b.t("В ").t("Отдел по делам обороны ").district("ru", "gen").t(" / қорғаныс істері бөліміне\n")
    b.t("Передал(а): дежурная м/с приёмного отделения ").name(person(rng, "mixed", g="f"), "surname_initials").t(", ").phone("landline").t("\n")
    b.t("Принял(а): ").name(person(rng, "mixed"), "surname_only").t("\n\n")
    b.t("Сообщаем, что ").date(d0, "numeric").t(" в %02d:%02d поступил военнослужащий " % (rng.randint(0, 23), rng.randint(0, 59)))
    b.name(c, "full").t(", ").date(c.birth, "numeric", birth=True).t(" г.р. (")
    _unit(b, rng, rng.choice(["ru", "kk"]))
    b.t("), военный билет ").doc("military_id").t(".\n")
    b.t("Диагноз: ").c(rng.choice(["ЗЧМТ. Сотрясение головного мозга", "закрытый перелом ключицы", "внебольничная пневмония"])).t(". Ауру тарихы № ").rid("hospitalisation", allow12=True).t(".\n")
    b.t("Анасына хабарланды: ").name(mo, "given_patronymic").t(", ").phone().t(".\n")


def mx_table(b, rng):
    d0 = rdate(rng)
    b.t("Шақыру комиссиясының отырысы / Заседание призывной комиссии, ").date(d0, "numeric").t("\n").c("ВВК").t(" протокол № ").rid("commission_protocol", allow12=True).t("\n\n")
    b.t("| Тегі | Аты | Әкесінің аты | Туған жылы | Санаты |\n|---|---|---|---|---|\n")
    for i in range(rng.randint(3, 4)):
        c = _con(rng, "mixed", d0)
        b.t("| ").name_cell(c.sur, "surname_only").t(" | ").name_cell(c.given, "given_only").t(" | ")
        if c.pat and c.pat_kind != "particle":
            b.name_cell(c.pat, "patronymic_only")
        else:
            b.t("—")
        b.t(" | ").date(c.birth, "year_only", birth=True).t(" | %s |\n" % rng.choice("АББВГД"))
    b.t("\nЕскерту / Примечание: 2-жол — ").c(rng.choice(DX_RU)).t(", направлен на ").c(rng.choice(TEST_RU)).t(".\n")
    b.t("Хатшы / Секретарь ").name(person(rng, "mixed", g="f"), "given_surname").t(", ").email("prizyv%d" % rng.randint(1, 30), "institutional", dom="mil.gov.kz").t("\n")


def mx_protocol(b, rng):
    d0 = rdate(rng)
    b.t("ПРОТОКОЛ ВВК / ӘДК ХАТТАМАСЫ № ").rid("commission_protocol", allow12=True).t(", ").date(d0, rng.choice(["words_ru", "words_kk"])).t("\n")
    _ood_ru(b, rng)
    b.t("\n\n")
    for i in range(3):
        c = _con(rng, "mixed", d0)
        b.t("%d. " % (i + 1)).name(c, rng.choice(["full", "surname_initials"])).t(", ЖСН ").iin(c).t(", тел. ").phone().t("\n")
        b.t("   ").c(rng.choice(DX_RU + DX_KK)).t("; санаты %s\n" % rng.choice("АБВГ"))
    b.t("Председатель ВВК ").name(person(rng, "mixed"), "surname_initials").t("; мүшелері: ")
    for i in range(3):
        if i:
            b.t(", ")
        b.name(person(rng, "mixed"), "surname_initials")
    b.t("\n")


TEMPLATES = {("ru", 1): ru_vvk, ("ru", 2): ru_referral, ("ru", 3): ru_list, ("ru", 4): ru_stationary, ("ru", 5): ru_serviceman,
             ("kk", 1): kk_adk, ("kk", 2): kk_joldama, ("kk", 3): kk_tizim, ("kk", 4): kk_akt, ("kk", 5): kk_anyqtama,
             ("mixed", 1): mx_card, ("mixed", 2): mx_email, ("mixed", 3): mx_phonogram, ("mixed", 4): mx_table,
             ("mixed", 5): mx_protocol}
