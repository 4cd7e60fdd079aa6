# -*- coding: utf-8 -*-
"""Style 3: telemedicine_requests (teleconsultations, e-queue, call-centre)."""
import datetime as dt
from common import person
from ids import rdate, make_person
import data as D

DX_RU = ["ОНМК по ишемическому типу в бассейне левой СМА", "ТЭЛА мелких ветвей", "острый коронарный синдром без подъема ST",
         "болезнь Бехтерева, поздняя стадия", "болезнь Паркинсона, акинетико-ригидная форма", "ХОБЛ, обострение",
         "перелом шейки бедренной кости", "внебольничная двусторонняя пневмония", "ЗНО желудка, T3N1M0"]
TEST_RU = ["тропонин I", "D-димер", "Эхо-КС", "КТ-ангиография", "прокальцитонин", "МРТ головного мозга", "ЭКГ"]
TREAT_RU = ["тромболизис альтеплазой", "клопидогрел", "эноксапарин", "НИВЛ", "эндопротезирование тазобедренного сустава"]
CENTRES_RU = ["ННЦХ им. А.Н. Сызганова", "НИИТО им. академика Н.Д. Батпенова", "НЦН", "ННМЦ", "РДЦ", "ННКЦ"]
DX_KK = ["ми қан айналымының жедел бұзылысы", "өкпе артериясының тромбоэмболиясы", "ортан жілік мойнының сынуы",
         "Бехтерев ауруы", "жедел коронарлық синдром", "екі жақты пневмония"]
TEST_KK = ["тропонин", "D-димер", "ЭхоКГ", "КТ", "ЭКГ"]
CENTRES_KK = ["А.Н. Сызғанов атындағы ҰҒХО", "академик Н.Д. Батпенов атындағы ТОҒЗИ", "ҰНО", "РДО"]
TITLES_RU = ["проф.", "д.м.н., профессор", "к.м.н.", "врач высшей категории", "академик НАН РК", "зав. отделением, к.м.н."]
TITLES_KK = ["профессор", "м.ғ.д.", "м.ғ.к.", "жоғары санатты дәрігер"]
SPEC_RU = ["невролог", "кардиолог", "нейрохирург", "пульмонолог", "травматолог-ортопед", "онколог"]


def _pat(rng, lang, d0, old=None):
    old = rng.random() < 0.4 if old is None else old
    age = rng.randint(90, 97) if old else rng.randint(30, 85)
    p = person(rng, lang, age=age, ref=d0)
    return p, age, old


def _age_ru(b, rng, age, old):
    if old:
        v = rng.random()
        if v < 0.4:
            b.t("Возраст: ").age(age, unit=False)
        elif v < 0.7:
            b.t("в возрасте ").age(age, after_cue=True)
        else:
            b.t("полных лет: ").age(age)
    else:
        b.t("Возраст: %d" % age)


def ru_protocol(b, rng):
    d0 = rdate(rng)
    p, age, old = _pat(rng, "ru", d0)
    req = person(rng, "ru")
    if rng.random() < 0.2:
        cons = make_person(rng, rng.choice(["korlat", "tur"]))
        title = rng.choice(["Dr.", "Prof."])
    else:
        cons = person(rng, "ru")
        title = rng.choice(TITLES_RU)
    b.t("ПРОТОКОЛ ТЕЛЕМЕДИЦИНСКОЙ КОНСУЛЬТАЦИИ № ").rid("teleconsultation").t("\n")
    b.t("Дата: ").date(d0, rng.choice(["numeric", "iso"])).t("   Время: %02d:%02d\n" % (rng.randint(8, 20), rng.randint(0, 59)))
    b.t("Запрашивающая организация: ЦРБ ").district("ru", "gen").t(", тел. ").phone("landline").t("\n")
    b.t("Консультирующий центр: ").c(rng.choice(CENTRES_RU)).t("\n")
    b.t("Пациент: ").name(p, "full").t(", ").date(p.birth, "numeric", birth=True).t(" г.р., ИИН: ").iin(p).t("\n")
    _age_ru(b, rng, age, old)
    b.t(". Проживает: ").full_addr("ru", village=rng.random() < 0.5).t("\n")
    b.t("История болезни № ").rid("hospitalisation", allow12=True).t("\n")
    b.t("Лечащий врач: ").name(req, "surname_initials").t(", тел. ").phone().t("\n")
    b.t("Консультант: %s " % title).name(cons, "surname_initials" if not cons.latin else "given_surname").t(" (%s)\n" % rng.choice(SPEC_RU))
    b.t("").c("ДИАГНОЗ").t(": ").c(rng.choice(DX_RU)).t(".\n")
    b.t("Данные обследования: ").c("тропонин I").t(" — 0,45 нг/мл; ").c(rng.choice(TEST_RU)).t(" прилагается.\n")
    b.t("").c("РЕКОМЕНДАЦИИ").t(": ").c(rng.choice(TREAT_RU)).t(", контроль через 24 ч. Повторная ТМК по заявке № ").rid("request").t(".\n")


def ru_queue(b, rng):
    d0 = rdate(rng)
    b.t("Журнал электронной очереди / call-центра 1406\nДата: ").date(d0, "numeric").t("\n")
    b.t("Оператор: ").name(person(rng, "ru", g="f"), "given_surname").t("\n\n")
    for i in range(rng.randint(3, 4)):
        p, age, old = _pat(rng, "ru", d0, old=rng.random() < 0.2)
        kind = rng.choice(["ticket", "req", "call"])
        b.t("%d) " % (i + 1))
        if kind == "ticket":
            b.t("талон ").rid("queue_ticket").t(" — ").name(p, "surname_initials").t(", ИИН ").iin(p)
            b.t(", к %s на %02d:%02d\n" % (rng.choice(["терапевту", "неврологу", "ВОП"]), rng.randint(8, 18), rng.choice([0, 15, 30, 45])))
        elif kind == "req":
            b.t("заявка № ").rid("request").t(": ").name(p, "full").t(", тел. ").phone().t(", вызов врача на дом, адрес: ").full_addr("ru").t("\n")
        else:
            b.t("№ обращения ").rid("call").t(", звонил(а) ").name(p, "surname_given").t(" (")
            if old:
                b.age(age).t(", ")
            b.t("тел. ").phone(rng.choice(["eight", "compact", "spaced"])).t("), ").c(rng.choice(["жалобы на головокружение", "повышение АД", "боли в груди"])).t("\n")
    b.t("\nНаправлен на ТМК: № ").rid("teleconsultation").t(", карта № ").rid("outpatient_card").t(", анализ ").c("ОАК").t(" № ").rid("lab", allow12=True).t("\n")


def kk_protocol(b, rng):
    d0 = rdate(rng)
    p, age, old = _pat(rng, "kk", d0)
    b.t("ТЕЛЕМЕДИЦИНАЛЫҚ КОНСУЛЬТАЦИЯ ХАТТАМАСЫ № ").rid("teleconsultation").t("\n")
    b.t("Күні: ").date(d0, rng.choice(["words_kk", "numeric"])).t(", уақыты %02d:%02d\n" % (rng.randint(8, 20), rng.randint(0, 59)))
    b.t("Сұраныс жіберген ұйым: ").district("kk", "gen").t(" орталық ауруханасы\n")
    b.t("Кеңес беруші орталық: ").c(rng.choice(CENTRES_KK)).t("\n")
    b.t("Науқас: ").name(p, "full").t(", ЖСН ").iin(p).t(", ")
    if old:
        b.age(age, lang="kk", case=rng.choice([None, "loc"]))
    else:
        b.t("%d жаста" % age)
    b.t("\nМекенжайы: ").full_addr("kk", village=rng.random() < 0.5).t("\n")
    b.t("Ауру тарихы № ").rid("hospitalisation", allow12=True).t("\n")
    b.t("Емдеуші дәрігер: ").name(person(rng, "kk"), "surname_initials").t(", тел. ").phone().t("\n")
    b.t("Кеңесші: %s " % rng.choice(TITLES_KK)).name(person(rng, "kk"), rng.choice(["surname_initials", "initials_surname"])).t("\n")
    b.t("").c("ДИАГНОЗЫ").t(": ").c(rng.choice(DX_KK)).t(".\n")
    b.t("Тексеру: ").c(rng.choice(TEST_KK)).t(", ").c(rng.choice(TEST_KK)).t(" нәтижелері қоса беріледі.\n")
    b.t("").c("ҰСЫНЫСТАР").t(": ").c(rng.choice(["клопидогрел", "эноксапарин", "альтеплаза"])).t(", 24 сағаттан кейін қайта ТМК (өтінім № ").rid("request").t(").\n")


def kk_queue(b, rng):
    d0 = rdate(rng)
    b.t("Электронды кезек журналы\nКүні: ").date(d0, rng.choice(["numeric", "words_kk"])).t("\n\n")
    for i in range(rng.randint(3, 4)):
        p, age, old = _pat(rng, "kk", d0, old=rng.random() < 0.2)
        k = rng.choice(["ticket", "req", "call"])
        b.t("%d. " % (i + 1))
        if k == "ticket":
            b.t("талон № ").rid("queue_ticket").t(" — ").name(p, rng.choice(["surname_initials", "full"])).t(", ЖСН ").iin(p)
            b.t(", %s қабылдауына, %02d:%02d\n" % (rng.choice(["терапевт", "невропатолог", "ЖТД"]), rng.randint(8, 18), rng.choice([0, 20, 40])))
        elif k == "req":
            b.t("өтінім № ").rid("request").t(": ").name(p, "surname_given").t(", байланыс тел. ").phone().t(", үйге дәрігер шақыру, ").full_addr("kk").t("\n")
        else:
            b.t("өтініш № ").rid("call").t(", қоңырау шалған ").name(p, "full").t(", ")
            if old:
                b.age(age, lang="kk", case="attr").t(" науқас, ")
            b.t("тел. ").phone().t("\n")
    b.t("\nТМК-ға жіберілді: № ").rid("teleconsultation").t(", зертхана № ").rid("lab", allow12=True).t("\n")
    b.t("Оператор ").name(person(rng, "kk", g="f"), "given_surname").t("\n")


def mx_email(b, rng):
    d0 = rdate(rng)
    p, age, old = _pat(rng, "mixed", d0)
    s1 = person(rng, "mixed")
    s2 = person(rng, "mixed")
    b.t("От: ").name(s1, "given_surname", latin=rng.random() < 0.5).t(" <").email("%s.%s" % ("crb", rng.randint(1, 99)), "institutional", dom=rng.choice(["med.kz", "crb.kz", "densaulyk.kz"])).t(">\n")
    b.t("Кому: ТМК-отдел <").email("tmk%d" % rng.randint(1, 9), "institutional", dom=rng.choice(["med.kz", "crb.kz", "densaulyk.kz"])).t(">\n")
    b.t("Отправлено: %s, " % rng.choice(["понедельник", "среда", "пятница"])).date(d0, "words_ru").t(" г. %02d:%02d\n" % (rng.randint(8, 20), rng.randint(0, 59)))
    b.t("Тема: Өтінім / заявка на ТМК № ").rid("request").t("\n\n")
    b.t("Құрметті әріптестер! Просим провести телеконсультацию пациента ").name(p, "full", case="gen").t(", ЖСН ").iin(p).t(", ")
    if old:
        b.age(age, lang="kk", case="loc")
    else:
        b.t("%d жаста" % age)
    b.t(". Науқас ").settlement(rng.choice(D.VILLAGES)[1], village=True).t(" ауылынан жеткізілді.\n")
    b.t("Диагноз: ").c(rng.choice(DX_RU)).t(". ").c(rng.choice(TEST_RU)).t(" — результаты во вложении. И/б № ").rid("hospitalisation", allow12=True).t(".\n")
    b.t("Желательный консультант: %s " % rng.choice(TITLES_RU)).name(s2, "surname_initials").t(" (").c(rng.choice(CENTRES_RU)).t(").\n")
    b.t("Байланыс: ").phone().t(", ").name(s1, "surname_initials").t("\n")


def mx_callcentre(b, rng):
    d0 = rdate(rng)
    p, age, old = _pat(rng, "mixed", d0)
    rel = person(rng, "mixed")
    b.t("КАРТОЧКА ОБРАЩЕНИЯ / ӨТІНІШ КАРТАСЫ\n№ обращения ").rid("call").t("   Талон ").rid("queue_ticket").t("\n")
    b.t("Поступило: ").date(d0, "numeric").t(" %02d:%02d, канал: %s\n" % (rng.randint(0, 23), rng.randint(0, 59), rng.choice(["1406", "WhatsApp", "портал eGov"])))
    b.t("Өтініш беруші / Заявитель: ").name(rel, rng.choice(["surname_given", "full"])).t(", тел. ").phone().t("\n")
    b.t("Пациент: ").name(p, "surname_initials").t(", ИИН ").iin(p).t(", ")
    if old:
        b.t("Жасы: ").age(age, unit=False)
    else:
        b.t("Жасы: %d" % age)
    b.t("\nСуть: прошу записать на ТМК (специалист: %s), направление ВКК № " % rng.choice(SPEC_RU)).rid("commission_protocol", allow12=True).t(".\n")
    b.t("Мекенжайы: ").city("kk").t(" қ., ").mkr(rng.choice(["ru", "kk"])).t("\n")
    b.t("Назначена ТМК № ").rid("teleconsultation").t(" на ").date(d0 + dt.timedelta(days=rng.randint(1, 7)), "no_year").t(", консультант %s " % rng.choice(TITLES_RU)).name(person(rng, "mixed"), "initials_surname").t("\n")
    b.t("Жауапты оператор: ").name(person(rng, "mixed", g="f"), "given_only").t("\n")


TEMPLATES = {("ru", 1): ru_protocol, ("ru", 2): ru_queue, ("kk", 1): kk_protocol, ("kk", 2): kk_queue,
             ("mixed", 1): mx_email, ("mixed", 2): mx_callcentre}


from tx import EXTRA  # noqa: E402
TEMPLATES.update(EXTRA["tele"])
