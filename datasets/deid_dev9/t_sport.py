# -*- coding: utf-8 -*-
"""Style 6: sports_trauma_clinic."""
import datetime as dt
from common import person
from ids import rdate
import data as D

SCH_RU = ["ДЮСШ №{n}", "СДЮШОР № {n}", "СДЮШОР по боксу", "ДЮСШ олимпийского резерва № {n}", "ШВСМ", "КГУ «ДЮСШ № {n}»",
          "СДЮШОР по дзюдо"]
CLUB_RU = ["ФК «Кайрат»", "ХК «Барыс»", "клуб «Барыс»", "ФК «Шахтёр»", "ВК «Жетысу»", "БК «Астана»", "спортклуб «Тулпар»",
           "клуб дзюдо «Намыс»", "ФК «Тобол»", "ХК «Сарыарка»"]
SCH_KK = ["№ {n} балалар-жасөспірімдер спорт мектебі", "№ {n} БЖСМ", "ОРМБЖСМ", "бокстан № {n} БЖСМ"]
CLUB_KK = ["«Қайрат» ФК", "«Барыс» ХК", "«Тұлпар» спорт клубы", "«Намыс» дзюдо клубы", "«Шахтер» ФК"]
COMP_RU = ["первенство РК по дзюдо среди юношей", "чемпионат области по боксу", "Кубок Казахстана по футболу",
           "открытый турнир по греко-римской борьбе", "чемпионат РК по хоккею среди юниоров", "Азиатские игры"]
COMP_KK = ["дзюдодан ҚР біріншілігі", "бокстан облыс чемпионаты", "Қазақстан кубогы", "облыстық спартакиада"]
SPORT_RU = ["дзюдо", "бокс", "футбол", "хоккей", "волейбол", "тяжёлая атлетика", "вольная борьба"]
DX_RU = ["разрыв ПКС правого коленного сустава", "повреждение медиального мениска", "перелом ладьевидной кости",
         "привычный вывих плеча, повреждение Банкарта", "частичный разрыв ахиллова сухожилия", "перелом Беннета",
         "растяжение задней группы мышц бедра", "сотрясение головного мозга", "перелом Джонса"]
TEST_RU = ["тест Лахмана положительный", "симптом переднего выдвижного ящика", "тест Томпсона положительный",
           "симптом Мак-Мюррея", "МРТ коленного сустава", "УЗИ ахиллова сухожилия"]
TREAT_RU = ["артроскопическая пластика ПКС", "ЛФК", "PRP-терапия", "кинезиотейпирование", "диклофенак", "Траумель С",
            "ортез на коленный сустав", "операция Латарже"]
DX_KK = ["оң тізе буынының алдыңғы айқас байламының үзілуі", "медиальды мениск жарақаты", "қайық тәрізді сүйектің сынуы",
         "иық буынының шығуы", "ахилл сіңірінің жартылай үзілуі", "Беннет сынығы"]
TEST_KK = ["Лахман сынамасы оң", "алдыңғы тартпа симптомы", "тізе буынының МРТ", "Томпсон сынамасы"]
TREAT_KK = ["ЕДШ", "ортез", "диклофенак", "кинезиотейп", "ПКС артроскопиялық пластикасы"]
NS = ["kor", "ger", "uyg", "tat", "ukr", "kaz", "rus"]


def _athlete(rng, lang, d0):
    return person(rng, lang, e=rng.choice(NS), age=rng.randint(12, 28), ref=d0)


def _org_ru(rng, b):
    if rng.random() < 0.5:
        return b.work(rng.choice(SCH_RU).replace("{n}", str(rng.randint(1, 12))), school=True)
    return b.work(rng.choice(CLUB_RU), extra=("sports_club",))


def _org_kk(rng, b, case=None):
    from gen import kk_case
    if rng.random() < 0.5:
        s = rng.choice(SCH_KK).replace("{n}", str(rng.randint(1, 12)))
        return b.work(kk_case(s, case) if case else s, school=True, case_form=bool(case))
    s = rng.choice(CLUB_KK)
    return b.work(kk_case(s, case) if case else s, extra=("sports_club",), case_form=bool(case))


def ru_consult(b, rng):
    d0 = rdate(rng)
    a = _athlete(rng, "ru", d0)
    coach = person(rng, "ru", e=rng.choice(NS))
    b.t("ЦЕНТР СПОРТИВНОЙ МЕДИЦИНЫ И РЕАБИЛИТАЦИИ\nКонсультация врача спортивной медицины\n")
    b.t("Дата: ").date(d0, "numeric").t("   Амб. карта № ").rid("outpatient_card").t("\n")
    b.t("Спортсмен: ").name(a, "full").t(", ").date(a.birth, "numeric", birth=True).t(" г.р., ИИН ").iin(a).t("\n")
    b.t("Вид спорта: %s, разряд: %s. Организация: " % (rng.choice(SPORT_RU), rng.choice(["КМС", "МС", "1 взрослый", "МСМК"])))
    _org_ru(rng, b)
    b.t("\nТренер: ").name(coach, rng.choice(["surname_initials", "full", "given_patronymic"])).t(", тел. ").phone().t("\n")
    b.t("Анамнез: травма получена ").date(d0 - dt.timedelta(days=rng.randint(1, 20)), rng.choice(["numeric", "no_year", "words_ru"])).t(" на соревнованиях (%s, г. " % rng.choice(COMP_RU)).city("ru").t(").\n")
    b.t("Объективно: ").c(rng.choice(TEST_RU)).t("; ").c(rng.choice(TEST_RU)).t(".\n")
    b.t("").c("ДИАГНОЗ").t(": ").c(rng.choice(DX_RU)).t(" (S83.5).\n")
    b.t("Рекомендовано: ").c(rng.choice(TREAT_RU)).t(", ").c(rng.choice(TREAT_RU)).t("; ").c("МРТ").t(" № ").rid("xray").t(". Протокол ВКК № ").rid("commission_protocol", allow12=True).t(".\n")
    b.t("К тренировкам не допускается до ").date(d0 + dt.timedelta(days=rng.randint(21, 90)), "numeric").t(".\n")
    b.t("Врач ").name(person(rng, "ru"), "surname_initials").t("\n")


def ru_admit(b, rng):
    d0 = rdate(rng)
    a = _athlete(rng, "ru", d0)
    par = person(rng, "ru", g="f", e=a.eth, sur=a.sur if a.g == "m" and rng.random() < 0.5 and not a.sur_kazpat and not a.latin else None)
    b.t("ВЫПИСКА ИЗ МЕДИЦИНСКОЙ КАРТЫ СТАЦИОНАРНОГО БОЛЬНОГО № ").rid("hospitalisation", allow12=True).t("\n")
    b.t("Отделение спортивной травмы. Госпитализирован(а) ").date(d0, "numeric").t(" – ").date(d0 + dt.timedelta(days=rng.randint(3, 9)), "numeric").t("\n")
    b.t("Ф.И.О.: ").name(a, "full", caps=rng.random() < 0.3).t("\nИИН: ").iin(a, split=rng.random() < 0.3).t("  Возраст: %d\n" % (d0.year - a.birth.year - 1))
    b.t("Воспитанник ").work(rng.choice(SCH_RU).replace("{n}", str(rng.randint(1, 12))), school=True).t(", тренер ")
    b.name(person(rng, "ru", e=rng.choice(NS)), "surname_initials").t(". Член сборной ").work(rng.choice(CLUB_RU), extra=("sports_club",)).t(".\n")
    b.t("Адрес: ").full_addr("ru").t("\nКонтакт матери (").name(par, "surname_given").t("): ").phone().t("\n")
    b.t("").c("ДИАГНОЗ").t(": ").c(rng.choice(DX_RU)).t(".\nОперация ").date(d0 + dt.timedelta(days=1), "numeric").t(": ").c(rng.choice(["артроскопическая пластика ПКС", "операция Латарже", "остеосинтез винтом Герберта"])).t(", протокол № ").rid("operation_protocol").t(".\n")
    b.t("Рекомендации: ").c("ЛФК").t(", ").c("кинезиотейпирование").t(", ортез 6 недель. Справка о временной нетрудоспособности (освобождение от тренировок) № ").doc("sick_leave").t(".\n")
    b.t("Лечащий врач ").name(person(rng, "ru"), "surname_initials").t("; зав. отделением ").name(person(rng, "ru"), "initials_surname").t("\n")


def kk_consult(b, rng):
    d0 = rdate(rng)
    a = _athlete(rng, "kk", d0)
    coach = person(rng, "kk", e=rng.choice(NS))
    b.t("СПОРТ МЕДИЦИНАСЫ ОРТАЛЫҒЫ\nСпорт дәрігерінің кеңесі\n")
    b.t("Күні: ").date(d0, rng.choice(["numeric", "words_kk"])).t("   Амбулаториялық карта № ").rid("outpatient_card").t("\n")
    b.t("Спортшы: ").name(a, "full").t(", ").date(a.birth, "numeric", birth=True).t(" ж.т., ЖСН ").iin(a).t("\n")
    b.t("Ұйым: ")
    _org_kk(rng, b)
    b.t("\nБапкері: ").name(coach, rng.choice(["surname_initials", "full"])).t(", тел. ").phone().t("\n")
    b.t("Анамнез: жарақат ").date(d0 - dt.timedelta(days=rng.randint(1, 20)), "words_kk", case="loc").t(" %s кезінде (" % rng.choice(COMP_KK)).city("kk").t(" қ.) алынған.\n")
    b.t("Қарау: ").c(rng.choice(TEST_KK)).t(".\n")
    b.t("").c("ДИАГНОЗЫ").t(": ").c(rng.choice(DX_KK)).t(".\n")
    b.t("Ұсынылды: ").c(rng.choice(TREAT_KK)).t(", ").c(rng.choice(TREAT_KK)).t("; ДКК хаттамасы № ").rid("commission_protocol", allow12=True).t(".\n")
    b.t("Жаттығуға ").date(d0 + dt.timedelta(days=rng.randint(21, 90)), "words_kk", case="dat").t(" дейін жіберілмейді.\n")
    b.t("Дәрігер ").name(person(rng, "kk"), "surname_initials").t("\n")


def kk_notice(b, rng):
    d0 = rdate(rng)
    a = _athlete(rng, "kk", d0)
    coach = person(rng, "kk")
    b.t("Спортшының жарақаты туралы ХАБАРЛАМА\n")
    b.t("Ұйым: ")
    _org_kk(rng, b)
    b.t("\nСпортшы: ").name(a, "surname_given").t(", ЖСН ").iin(a).t(", %d жаста\n" % (d0.year - a.birth.year - 1))
    b.t("Оқиға күні: ").date(d0, rng.choice(["words_kk", "kk_gen"])).t(", жаттығу залында. ")
    b.t("Бапкер ").name(coach, "given_surname", case="gen", caselang="kk").t(" айтуы бойынша спортшы ").c(rng.choice(DX_KK)).t(" алған.\n")
    b.t("Жедел жәрдем шақыру № ").rid("ambulance_call").t(", ").city("kk", "gen").t(" қалалық травматология орталығы, ауру тарихы № ").rid("hospitalisation", allow12=True).t(".\n")
    b.t("Ата-анасы: ").name(person(rng, "kk", g="f", e=a.eth), "full").t(", ").phone().t("; ").full_addr("kk").t("\n")
    b.t("Мектеп директоры ").name(person(rng, "kk"), "initials_surname").t(", ").email("bjsm%d" % rng.randint(1, 30), "institutional", dom="edu.kz").t("\n")


def mx_consult(b, rng):
    d0 = rdate(rng)
    a = _athlete(rng, "mixed", d0)
    b.t("Sports Trauma Clinic / Спорттық жарақат клиникасы\n")
    b.t("Дата приёма: ").date(d0, rng.choice(["numeric", "iso"])).t("\n")
    b.t("Спортсмен / Спортшы: ").name(a, "surname_given").t(" (").name(a, "given_surname", latin=True).t(")\n")
    b.t("ЖСН/ИИН: ").iin(a).t("  Клуб: ")
    _org_ru(rng, b)
    b.t("\nТренер/Бапкер: ").name(person(rng, "mixed", e=rng.choice(NS)), "surname_initials").t(" (").phone().t(")\n")
    b.t("Турнир: %s, " % rng.choice(COMP_RU)).city("ru", "prep").t("\n" if rng.random() < 0 else "\n")
    b.t("Жалобы: боль и отёк. ").c(rng.choice(TEST_RU)).t(".\n")
    b.t("Диагноз / Диагнозы: ").c(rng.choice(DX_RU)).t("\n")
    b.t("Ем / Лечение: ").c(rng.choice(TREAT_RU)).t(", ").c(rng.choice(TREAT_KK)).t(". Снимок № ").rid("xray").t(", анализ № ").rid("lab", allow12=True).t("\n")
    b.t("Дәрігер ").name(person(rng, "mixed"), "surname_initials").t("\n")


def mx_referral(b, rng):
    d0 = rdate(rng)
    a = _athlete(rng, "mixed", d0)
    par = person(rng, "mixed", g="m", e=a.eth)
    b.t("НАПРАВЛЕНИЕ / ЖОЛДАМА\nот ").work(rng.choice(SCH_RU + [s for s in SCH_KK]).replace("{n}", str(rng.randint(1, 12))), school=True).t("\n")
    b.t("в травмпункт ГП № %d г. " % rng.randint(1, 9)).city("ru", "gen").t("\n")
    b.t("Воспитанник: ").name(a, "full").t(", ").date(a.birth, rng.choice(["numeric", "roman"]), birth=True).t(" г.р.\n")
    b.t("Свидетельство о рождении / туу туралы куәлік: ").doc("birth_certificate").t("\n")
    b.t("Травма на тренировке ").date(d0, "numeric").t(" в 18:%02d: " % rng.randint(0, 59)).c(rng.choice(DX_RU)).t(". Бапкер ").name(person(rng, "mixed", e=rng.choice(NS)), "surname_only").t(" сообщил отцу ").t("(").name(par, "given_only").t(", ").phone().t(").\n")
    b.t("Госпитализация: и/б № ").rid("hospitalisation", allow12=True).t("\n")
    b.t("Директор ").name(person(rng, "mixed"), "surname_initials").t("\n")


TEMPLATES = {("ru", 1): ru_consult, ("ru", 2): ru_admit, ("kk", 1): kk_consult, ("kk", 2): kk_notice,
             ("mixed", 1): mx_consult, ("mixed", 2): mx_referral}


from tx import EXTRA  # noqa: E402
TEMPLATES.update(EXTRA["sport"])
