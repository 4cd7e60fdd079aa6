# -*- coding: utf-8 -*-
"""Style 5: nurse_ward_round (given names, given+patronymic, kinship words, Turkic particles)."""
import datetime as dt
from common import person
from ids import rdate, make_person
import data as D

OBS_RU = ["пролежень крестца II ст. по шкале Нортон 11 баллов", "катетер Фолея заменён", "гепарин 5000 ЕД п/к",
          "инсулин короткого действия 6 ЕД перед едой", "риск падения по шкале Морзе 55 баллов", "ИВЛ в режиме SIMV",
          "перевязка послеоперационной раны", "энтеральное питание через назогастральный зонд", "сознание по шкале Глазго 14 баллов",
          "цефтриаксон 1,0 в/в", "омепразол 20 мг", "эуфиллин 2,4% 10 мл"]
OBS_KK = ["сегізкөз аймағындағы ойылу, Нортон шкаласы бойынша 12 балл", "Фолей катетері ауыстырылды", "гепарин 5000 ЕД тері астына",
          "инсулин 6 ЕД тамақ алдында", "операциядан кейінгі жараны таңу", "Глазго шкаласы бойынша 15 балл",
          "цефтриаксон 1,0 көктамырға", "омепразол 20 мг"]
KIN_KK = ["апай", "ағай", "әже", "ата", "апа"]


def _turkic(rng, lang):
    e = rng.choice(["uzb", "aze"])
    p = person(rng, lang, e=e)
    while p.pat_kind != "particle":
        p = person(rng, lang, e=e)
    return p


def _kaz(rng, lang, g=None, age=None, ref=None, script=None):
    return person(rng, lang, e="kaz", g=g, age=age, ref=ref, script=script)


def ru_round(b, rng):
    d0 = rdate(rng)
    b.t("ОБХОД ПАЛАТ, %s отделение, " % rng.choice(["терапевтическое", "неврологическое", "травматологическое", "хирургическое"])).date(d0, "numeric").t(", 08:00\n")
    s1 = _kaz(rng, "ru", g="f")
    s2 = person(rng, "ru", g="f")
    b.t("Смену приняла м/с ").name(s1, "given_patronymic").t(", сдала ").name(s2, "given_only").t("\n\n")
    n = rng.randint(4, 5)
    for i in range(n):
        ward = rng.randint(1, 14)
        k = rng.choice(["given", "kin", "old", "turkic", "full"]) if i else "given"
        if k == "given":
            p = person(rng, "ru", age=rng.randint(20, 80), ref=d0)
            b.name(p, "given_only").t(", палата %d: " % ward).c(rng.choice(OBS_RU)).t(". Жалоб нет.\n")
        elif k == "kin":
            p = _kaz(rng, "ru", age=rng.randint(55, 85), ref=d0, script=rng.choice(["kk", "ru"]))
            w = "ағай" if p.g == "m" else "апай"
            b.name(p, "given_only").t(" %s (пал. %d) — " % (w, ward)).c(rng.choice(OBS_RU)).t(", АД 150/90, ночь спал плохо.\n")
        elif k == "old":
            ag = rng.randint(90, 98)
            p = _kaz(rng, "ru", g="f", age=ag, ref=d0, script="kk")
            b.name(p, "given_only").t(" %s, " % rng.choice(["әже", "апа"])).age(ag).t(", палата %d: " % ward).c(rng.choice(OBS_RU)).t(". Внучка ").name(person(rng, "ru", g="f"), "given_only").t(" просит звонить на ").phone().t(".\n")
        elif k == "turkic":
            p = _turkic(rng, "ru")
            b.name(p, "given_patronymic", lower=rng.random() < 0.4).t(", палата %d: " % ward).c(rng.choice(OBS_RU)).t(". Переводчик — сын ").name(person(rng, "ru", e=p.eth, g="m"), "given_only").t(".\n")
        else:
            p = person(rng, "ru", age=rng.randint(20, 85), ref=d0)
            b.name(p, "surname_initials").t(", пал. %d, и/б № " % ward).rid("hospitalisation").t(": ").c(rng.choice(OBS_RU)).t(".\n")
    s3 = _kaz(rng, "ru", g="f")
    b.t("\n").name(s3, "given_patronymic").t(" передала: анализы ").c("ОАК").t(" № ").rid("lab", allow12=True).t(" в лабораторию, ")
    b.name(_kaz(rng, "ru", g="m"), "given_only").t(" ағай из 3 палаты выписывается ").date(d0 + dt.timedelta(days=1), "no_year").t(".\n")
    b.t("Ст. м/с ").name(person(rng, "ru", g="f"), "surname_initials").t("\n")


def ru_handover(b, rng):
    d0 = rdate(rng)
    b.t("Журнал передачи смены\n").date(d0, rng.choice(["numeric", "words_ru"])).t(", ночная смена\n")
    a = person(rng, "ru", g="f")
    c = _kaz(rng, "ru", g="f")
    b.t("Сдала: ").name(a, "given_patronymic").t("   Приняла: ").name(c, "given_patronymic").t("\n")
    p1 = _turkic(rng, "ru")
    ag = rng.randint(90, 96)
    p2 = person(rng, "ru", g="m", age=ag, ref=d0)
    p3 = _kaz(rng, "ru", age=rng.randint(30, 70), ref=d0, script="ru")
    b.t("1. ").name(p1, "full").t(" (пал. %d), ИИН " % rng.randint(1, 12)).iin(p1).t(" — ").c(rng.choice(OBS_RU)).t("; родственники: ")
    b.name(person(rng, "ru", e=p1.eth, g="f"), "given_patronymic", lower=True).t(", тел. ").phone("foreign" if rng.random() < 0.5 else None).t(".\n")
    b.t("2. ").name(p2, "given_patronymic").t(", пал. %d, в возрасте " % rng.randint(1, 12)).age(ag, after_cue=True).t(": ").c(rng.choice(OBS_RU)).t(", ночью беспокоен.\n")
    b.t("3. ").name(p3, "given_only").t(" ").t("ағай" if p3.g == "m" else "апай").t(" — ").c(rng.choice(OBS_RU)).t(", температура 37,8.\n")
    b.t("4. Новое поступление: ").name(person(rng, "ru"), "surname_given").t(", и/б № ").rid("hospitalisation", allow12=True).t(", доставлен СМП.\n")
    b.t("Дежурный врач ").name(person(rng, "ru"), "surname_initials").t(", осмотр в 02:30.\n")


def kk_round(b, rng):
    d0 = rdate(rng)
    b.t("ПАЛАТАЛАРДЫ АРАЛАУ, %s бөлімі, " % rng.choice(["терапия", "неврология", "травматология", "хирургия"])).date(d0, rng.choice(["words_kk", "numeric"])).t("\n")
    s1 = _kaz(rng, "kk", g="f")
    b.t("Кезекшілікті қабылдаған м/б ").name(s1, "given_patronymic").t(", тапсырған ").name(_kaz(rng, "kk", g="f"), "given_only").t("\n\n")
    for i in range(rng.randint(4, 5)):
        ward = rng.randint(1, 14)
        k = rng.choice(["given", "kin", "old", "turkic", "full"]) if i else "kin"
        if k == "given":
            p = _kaz(rng, "kk", age=rng.randint(20, 80), ref=d0)
            b.name(p, "given_only").t(", %d-палата: " % ward).c(rng.choice(OBS_KK)).t(". Шағымы жоқ.\n")
        elif k == "kin":
            p = _kaz(rng, "kk", age=rng.randint(55, 85), ref=d0)
            w = rng.choice(["ағай", "ата"]) if p.g == "m" else rng.choice(["апай", "апа"])
            b.name(p, "given_only").t(" %s (%d-палата) — " % (w, ward)).c(rng.choice(OBS_KK)).t(", қысымы 140/90.\n")
        elif k == "old":
            ag = rng.randint(90, 98)
            p = _kaz(rng, "kk", age=ag, ref=d0)
            w = "әже" if p.g == "f" else "ата"
            b.name(p, "given_only").t(" %s, " % w).age(ag, lang="kk", case=rng.choice([None, "loc"])).t(", %d-палата: " % ward).c(rng.choice(OBS_KK)).t(". Немересі ")
            b.name(_kaz(rng, "kk"), "given_only").t(" хабарласуды сұрады: ").phone().t(".\n")
        elif k == "turkic":
            p = _turkic(rng, "kk")
            b.name(p, "given_patronymic", lower=rng.random() < 0.5).t(", %d-палата: " % ward).c(rng.choice(OBS_KK)).t(". Аудармашы — ұлы ").name(person(rng, "kk", e=p.eth, g="m"), "given_only").t(".\n")
        else:
            p = _kaz(rng, "kk", age=rng.randint(20, 85), ref=d0)
            b.name(p, "surname_initials").t(", %d-палата, ауру тарихы № " % ward).rid("hospitalisation").t(": ").c(rng.choice(OBS_KK)).t(".\n")
    b.t("\n").name(_kaz(rng, "kk", g="f"), "given_patronymic").t(" тапсырды: ").c("ЖҚА").t(" № ").rid("lab", allow12=True).t(" зертханаға жіберілді, ")
    b.name(_kaz(rng, "kk", g="m"), "given_only").t(" ағай ").date(d0 + dt.timedelta(days=1), "no_year_kk").t(" шығарылады.\n")
    b.t("Аға м/б ").name(_kaz(rng, "kk", g="f"), "surname_initials").t("\n")


def kk_handover(b, rng):
    d0 = rdate(rng)
    b.t("Кезекшілікті тапсыру журналы\n").date(d0, "kk_gen" if rng.random() < 0.4 else "words_kk").t(", түнгі кезекшілік\n")
    b.t("Тапсырды: ").name(_kaz(rng, "kk", g="f"), "given_patronymic").t("   Қабылдады: ").name(_kaz(rng, "kk", g="f"), "given_patronymic").t("\n")
    ag = rng.randint(90, 97)
    p1 = _kaz(rng, "kk", g="f", age=ag, ref=d0)
    p2 = _turkic(rng, "kk")
    p3 = _kaz(rng, "kk", g="m", age=rng.randint(40, 80), ref=d0)
    b.t("1. ").name(p1, "full").t(", ").age(ag, lang="kk", case="attr").t(" науқас, ЖСН ").iin(p1).t(" — ").c(rng.choice(OBS_KK)).t(".\n")
    b.t("2. ").name(p2, "given_patronymic", lower=True).t(" (%d-палата) — " % rng.randint(1, 12)).c(rng.choice(OBS_KK)).t(", туысы тел. ").phone("foreign").t(".\n")
    b.t("3. ").name(p3, "given_only").t(" ата — ").c(rng.choice(OBS_KK)).t(", дене қызуы 37,6.\n")
    b.t("4. Жаңа түскен: ").name(_kaz(rng, "kk"), "surname_given").t(", ауру тарихы № ").rid("hospitalisation", allow12=True).t(".\n")
    b.t("Кезекші дәрігер ").name(_kaz(rng, "kk"), "surname_initials").t(" 03:10-да қарады.\n")


def mx_round(b, rng):
    d0 = rdate(rng)
    b.t("Обход / Аралау — ").date(d0, "numeric").t("\n")
    b.t("М/с ").name(_kaz(rng, "mixed", g="f"), "given_patronymic").t("\n")
    uz = make_person(rng, "uzlat")
    b.t("- ").name(uz, "given_patronymic").t(", %d-палата: " % rng.randint(1, 12)).c(rng.choice(OBS_RU)).t(", орысша түсінбейді.\n")
    ag = rng.randint(90, 97)
    p = _kaz(rng, "mixed", g="m", age=ag, ref=d0)
    b.t("- ").name(p, "given_only").t(" ата, ").age(ag, lang="kk", case="loc").t(": ").c(rng.choice(OBS_KK)).t(", ночь спокойно.\n")
    p2 = _turkic(rng, "mixed")
    b.t("- ").name(p2, "given_patronymic", lower=True).t(" — ").c(rng.choice(OBS_RU)).t(". Сын ").name(person(rng, "mixed", e=p2.eth, g="m"), "given_surname").t(", тел. ").phone().t("\n")
    p3 = _kaz(rng, "mixed", g="f")
    b.t("- ").name(p3, "given_only").t(" апай: ").c(rng.choice(OBS_KK)).t("\n")
    b.t("Врачу ").name(_kaz(rng, "mixed"), "given_patronymic", case="dat").t(" доложено. ").c("ОАК").t(" № ").rid("lab", allow12=True).t("\n")


def mx_handover(b, rng):
    d0 = rdate(rng)
    b.t("Смена / Кезекшілік ").date(d0, rng.choice(["numeric", "two_digit_year"])).t("\n")
    a = _kaz(rng, "mixed", g="f")
    b.t("Сдала ").name(a, "given_patronymic").t(" → приняла ").name(person(rng, "mixed", g="f"), "given_only").t("\n")
    for i in range(rng.randint(3, 4)):
        k = rng.choice(["kin", "turkic", "given", "old"])
        if k == "kin":
            p = _kaz(rng, "mixed", age=rng.randint(50, 85), ref=d0)
            b.name(p, "given_only", lower=rng.random() < 0.3).t(" %s, %d палата — " % ("ағай" if p.g == "m" else "апай", rng.randint(1, 12))).c(rng.choice(OBS_RU)).t("\n")
        elif k == "turkic":
            p = _turkic(rng, "mixed")
            b.name(p, "full", lower=rng.random() < 0.3).t(" — ").c(rng.choice(OBS_KK)).t(", ИИН ").iin(p).t("\n")
        elif k == "given":
            p = person(rng, "mixed", age=rng.randint(20, 80), ref=d0)
            b.name(p, "given_patronymic").t(" — ").c(rng.choice(OBS_RU)).t("\n")
        else:
            ag = rng.randint(90, 97)
            p = _kaz(rng, "mixed", g="f", age=ag, ref=d0)
            b.name(p, "given_only").t(" әже, Жасы: ").age(ag, unit=False).t(" — ").c(rng.choice(OBS_KK)).t("\n")
    b.t("Поступил: ").name(person(rng, "mixed"), "surname_initials").t(", и/б ").rid("hospitalisation", allow12=True).t(", из ").city("ru", "gen").t("\n")


TEMPLATES = {("ru", 1): ru_round, ("ru", 2): ru_handover, ("kk", 1): kk_round, ("kk", 2): kk_handover,
             ("mixed", 1): mx_round, ("mixed", 2): mx_handover}


from tx import EXTRA  # noqa: E402
TEMPLATES.update(EXTRA["nurse"])
