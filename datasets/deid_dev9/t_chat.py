# -*- coding: utf-8 -*-
"""Style 4: chat_lowercase (messenger / SMS notes typed quickly)."""
import datetime as dt
from common import person
from ids import rdate, make_person
import data as D

DRUG_RU = ["кеторол", "цефтриаксон", "омепразол", "дексаметазон", "гепарин", "метформин", "анальгин", "но-шпа"]
DRUG_KK = ["кетаролды", "цефтриаксонды", "омепразолды", "гепаринді", "анальгинді"]
CL_RU = ["оак", "оам", "рентген", "узи", "экг", "кт головы", "биохимия"]


def _stamp(b, rng, d, fmt):
    clk = b.__dict__.setdefault("clk", {})
    m = clk.get(d)
    m = rng.randint(7 * 60, 12 * 60) if m is None else m + rng.randint(1, 80)
    m = min(m, 23 * 60 + 59)
    clk[d] = m
    tm = "%02d:%02d" % (m // 60, m % 60)
    if fmt == 0:
        b.t("[").date(d, "two_digit_year").t(", %s] " % tm)
    elif fmt == 1:
        b.t("").date(d, "numeric").t(" %s - " % tm)
    else:
        b.t("").date(d, "numeric_slash").t(", %s — " % tm)


def ru_group(b, rng):
    d0 = rdate(rng)
    fmt = rng.randrange(3)
    a = person(rng, "ru", g="f")
    c = person(rng, "ru", g="f")
    mom = person(rng, "ru", g="f")
    boy = person(rng, "ru", g="m")
    doc = person(rng, "ru", e=rng.choice(["ukr", "rus", "kaz", "ger"]))
    pat = person(rng, "ru", age=rng.randint(20, 80), ref=d0)
    names = [a, c]
    b.t("Чат «Ординаторская %d этаж»\n" % rng.randint(2, 6))
    d = d0
    _stamp(b, rng, d, fmt)
    b.name(a, "given_only").t(": звонила мама ").name(mom, "given_only", lower=True).t(", просит перезвонить ").phone(rng.choice(["compact", "eight", "spaced"])).t("\n")
    _stamp(b, rng, d, fmt)
    b.name(c, "given_only").t(": ок. сказать ").name(boy, "given_only", case="dat", lower=True).t(" чтобы забрал выписку и ").c(rng.choice(CL_RU)).t("\n")
    _stamp(b, rng, d, fmt)
    b.name(a, "given_only").t(": ").name(doc, "surname_initials", lower=True).t(" подписал согласие, пациент ").name(pat, "surname_only", lower=True)
    b.t(" иин ").iin(pat).t(" история ").rid("hospitalisation", allow12=True).t("\n")
    d = d + dt.timedelta(days=1)
    _stamp(b, rng, d, fmt)
    b.name(c, "given_only").t(": в 5 палате ").name(pat, "surname_given", lower=True).t(" ").c(rng.choice(DRUG_RU)).t(" 2 мл в/м сделали, давление 140/90\n")
    _stamp(b, rng, d, fmt)
    b.name(a, "given_only").t(": родственник ").name(person(rng, "ru", g="m"), "given_surname", latin=True, lower=rng.random() < 0.5).t(" ждёт внизу, его номер ").phone(rng.choice(["plus7", "dotted", "foreign"])).t("\n")
    _stamp(b, rng, d, fmt)
    b.name(c, "given_only").t(": передай ").name(doc, "surname_only", case="dat", lower=True).t(" что ").c("кт головы").t(" готово, № снимка ").rid("xray").t("\n")


def ru_sms(b, rng):
    d0 = rdate(rng)
    b.t("Заметки (телефон), ").date(d0, rng.choice(["numeric", "no_year"])).t("\n")
    p1 = person(rng, "ru", age=rng.randint(25, 85), ref=d0)
    p2 = person(rng, "ru", g="f")
    p3 = person(rng, "ru")
    b.t("- перезвонить ").name(p1, "surname_given", case="dat", lower=True).t(" ").phone(rng.choice(["compact", "eight"])).t(" насчёт ").c(rng.choice(CL_RU)).t("\n")
    b.t("- ").name(p2, "given_patronymic", lower=True).t(" просила справку на ").date(d0 + dt.timedelta(days=1), "no_year").t(", карта ").rid("outpatient_card").t("\n")
    b.t("- ").name(p3, "surname_initials", lower=True).t(" - ").c(rng.choice(DRUG_RU)).t(" отменить!! ").c("экг").t(" завтра\n")
    b.t("- иин ").iin(p1).t(" (это ").name(p1, "given_only", lower=True).t(")\n")
    b.t("- адрес: ").city("ru").t(" ").street_unmarked().t(", домофон 45\n")
    b.t("- анализ ").rid("lab", allow12=True).t(" забрать у ").name(person(rng, "ru", g="f"), "given_only", case="gen", lower=True).t("\n")
    if rng.random() < 0.5:
        b.t("- ").name(make_person(rng, "tur"), "given_surname").t(" (турок) тел ").phone("foreign").t("\n")
    else:
        b.t("- ").name(person(rng, "ru"), "given_surname", latin=True).t(" whatsapp ").phone("plus7").t("\n")


def kk_group(b, rng):
    d0 = rdate(rng)
    fmt = rng.randrange(3)
    a = person(rng, "kk", g="f")
    c = person(rng, "kk", g="f")
    ap = person(rng, "kk", g="f", age=rng.randint(40, 60))
    boy = person(rng, "kk", g="m")
    doc = person(rng, "kk")
    pat = person(rng, "kk", age=rng.randint(20, 80), ref=d0)
    b.t("«%d-бөлім мейірбикелері» тобы\n" % rng.randint(1, 9))
    d = d0
    _stamp(b, rng, d, fmt)
    b.name(a, "given_only").t(": ").name(ap, "given_only", lower=True).t(" апай звондады, ").phone(rng.choice(["compact", "eight"])).t(" нөміріне хабарлас\n")
    _stamp(b, rng, d, fmt)
    b.name(c, "given_only").t(": жарайды. ").name(boy, "given_only", case="dat", caselang="kk", lower=True).t(" айт, шығару эпикризін алып кетсін\n")
    _stamp(b, rng, d, fmt)
    b.name(a, "given_only").t(": ").name(doc, "surname_initials", lower=True).t(" келісімге қол қойды, науқас ").name(pat, "surname_only", lower=True)
    b.t(" жсн ").iin(pat).t(", ауру тарихы ").rid("hospitalisation", allow12=True).t("\n")
    d = d + dt.timedelta(days=1)
    _stamp(b, rng, d, fmt)
    b.name(c, "given_only").t(": 3 палатадағы ").name(pat, "given_only", lower=True).t(" ағайға ").c(rng.choice(DRUG_KK)).t(" салдық, қысымы 150/90\n")
    _stamp(b, rng, d, fmt)
    b.name(a, "given_only").t(": ").c("ЖҚА").t(" нәтижесі дайын, ").name(doc, "surname_only", case="dat", caselang="kk", lower=True).t(" көрсет\n")
    _stamp(b, rng, d, fmt)
    b.name(c, "given_only").t(": туысы ").name(person(rng, "kk", g="m"), "given_surname", latin=True, lower=True).t(" төменде күтіп тұр ").phone(rng.choice(["plus7", "dotted"])).t("\n")


def kk_sms(b, rng):
    d0 = rdate(rng)
    p1 = person(rng, "kk", age=rng.randint(25, 85), ref=d0)
    gage = rng.randint(90, 96)
    g = person(rng, "kk", g="f", age=gage, ref=d0)
    b.t("Жазбалар, ").date(d0, rng.choice(["numeric", "no_year_kk"])).t("\n")
    b.t("- ").name(p1, "surname_given", case="dat", caselang="kk", lower=True).t(" қоңырау шалу ").phone(rng.choice(["compact", "spaced"])).t("\n")
    b.t("- ").name(g, "given_only", lower=True).t(" әже ").age(gage, lang="kk", case="loc").t(", үйге шақыру, ").full_addr("kk", village=rng.random() < 0.5).t("\n")
    b.t("- жсн ").iin(p1).t(" ").c("ЭКГ").t(" ертең\n")
    b.t("- ").name(person(rng, "kk"), "surname_initials", lower=True).t(" ").c(rng.choice(DRUG_KK)).t(" тоқтату керек\n")
    b.t("- зертхана ").rid("lab", allow12=True).t(", карта ").rid("outpatient_card").t("\n")
    b.t("- ").name(person(rng, "kk", g="f"), "given_only", case="gen", caselang="kk", lower=True).t(" анықтамасы ").date(d0 + dt.timedelta(days=2), "no_year_kk", case=None).t(" дайын\n")


def mx_chat(b, rng):
    d0 = rdate(rng)
    fmt = rng.randrange(3)
    a = person(rng, "mixed", g="f")
    c = person(rng, "mixed", g="m")
    pat = person(rng, "mixed", age=rng.randint(20, 85), ref=d0)
    uz = make_person(rng, "uzlat")
    b.t("Telegram: «Травма-дежурство»\n")
    d = d0
    _stamp(b, rng, d, fmt)
    b.name(a, "given_only", latin=True).t(": салем, ").name(pat, "surname_given", latin=True, lower=True).t(" привезли, ").c("перелом лодыжки").t(" керек ").c("рентген").t("\n")
    _stamp(b, rng, d, fmt)
    b.name(c, "given_only").t(": иин скинь\n")
    _stamp(b, rng, d, fmt)
    b.name(a, "given_only", latin=True).t(": ").iin(pat, labelled=False, split=rng.random() < 0.4).t(" мамасы ").name(person(rng, "mixed", g="f"), "given_only", lower=True).t(" ").phone(rng.choice(["compact", "eight", "spaced"])).t("\n")
    _stamp(b, rng, d, fmt)
    b.name(c, "given_only").t(": ").name(person(rng, "mixed"), "surname_initials", lower=True).t(" подписал, история ").rid("hospitalisation", allow12=True).t(", ").c("гипс").t(" салыңдар\n")
    _stamp(b, rng, d, fmt)
    b.name(a, "given_only", latin=True).t(": ещё узбек гражданин ").name(uz, "full").t(", паспорт ").doc("passport", "uzbek").t(", тел ").phone("foreign").t("\n")
    _stamp(b, rng, d, fmt)
    b.name(c, "given_only").t(": ок, ").name(uz, "given_only").t(" на ").c("кт").t(" после ").name(pat, "given_only", lower=True).t("\n")


def mx_notes(b, rng):
    d0 = rdate(rng)
    p1 = person(rng, "mixed", age=rng.randint(20, 85), ref=d0)
    b.t("sms от ").phone(rng.choice(["compact", "plus7", "eight"])).t(", ").date(d0, "two_digit_year").t(":\n")
    b.t("«апай саламатсызба, это ").name(p1, "given_only", lower=True).t(", ").name(p1, "surname_only", lower=True).t(" ").t(rng.choice(["из 4 палаты", "с травмы"])).t(". справканы қашан алуға болады? иин ").iin(p1).t("»\n")
    b.t("ответ: ").name(p1, "given_only", case="dat", lower=True).t(" - справка готова ").date(d0 + dt.timedelta(days=1), "no_year").t(", регистратура, карта ").rid("outpatient_card").t("\n")
    b.t("note: ").name(person(rng, "mixed"), "surname_initials", lower=True).t(" просил ").c(rng.choice(["оак", "биохимия", "коагулограмма"])).t(" + ").c(rng.choice(DRUG_RU)).t(" отменить\n")
    b.t("email родственника ").email("%s%d" % (rng.choice(["aigerim", "askhat", "nurik", "dana"]), rng.randint(80, 2005)), "personal").t(", ").city("kk", "loc").t(" тұрады\n")
    b.t("лаборатория: ").rid("lab", allow12=True).t(", жауап ").name(person(rng, "mixed", g="f"), "given_only", case="dat", caselang="kk", lower=True).t(" беру\n")


TEMPLATES = {("ru", 1): ru_group, ("ru", 2): ru_sms, ("kk", 1): kk_group, ("kk", 2): kk_sms,
             ("mixed", 1): mx_chat, ("mixed", 2): mx_notes}


from tx import EXTRA  # noqa: E402
TEMPLATES.update(EXTRA["chat"])
