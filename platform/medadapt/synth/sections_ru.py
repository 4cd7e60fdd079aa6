"""Russian sections of an orthopedic case history (one function per section, each a Block).

Phrasings are drawn per record so that field extraction cannot key on one template: the
same fact ("displaced") appears as "со смещением отломков", "смещение по ширине" etc.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from medadapt.synth.clinical import COMPLAINTS, LABS, MECHANISMS, REHAB, RESTRICT, lab_value
from medadapt.synth.context import DEPARTMENTS, Ctx
from medadapt.synth.layout import Block, Para, para

L = "ru"
HOURS = ["06", "14", "20", "22"]
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def years(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} год"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return f"{n} года"
    return f"{n} лет"


def temp(rng: random.Random, low: float = 36.4, high: float = 37.3) -> str:
    return f"{rng.uniform(low, high):.1f}".replace(".", ",")


def heading(text: str) -> Para:
    return para(text, style="h2", keep=True)


def diagnosis(ctx: Ctx) -> list:
    """Diagnosis pieces; qualifiers vary in wording but always state the case's facts."""
    c = ctx.case
    icd = ctx.term(c.entry["icd10"], "icd10")
    if c.entry["condition"] == "osteoarthritis":
        stage = ROMAN[c.kl_grade]
        return [f"Первичный {c.ru_dx()} {stage} стадии (Kellgren–Lawrence {c.kl_grade}). ",
                "Болевой синдром. Комбинированная контрактура. Код МКБ-10: ", icd, "."]
    if c.entry["condition"] != "fracture":
        return [c.ru_dx()[0].upper() + c.ru_dx()[1:] + ". ",
                ctx.pick("Код по МКБ-10", "МКБ-10", "Шифр"), ": ", icd, "."]
    kind = "Открытый" if c.open else "Закрытый"
    if c.comminuted:
        kind += ctx.pick(" оскольчатый", " многооскольчатый")
    disp = (ctx.pick("со смещением отломков", "со смещением", "с угловым смещением отломков")
            if c.displaced else ctx.pick("без смещения", "без смещения отломков"))
    return [f"{kind} {c.ru_dx()} {disp}, тип ", ctx.term(c.ao_ota, "ao_ota"),
            " по AO/OTA (", icd, ")."]


def dx_pieces(ctx: Ctx) -> list:
    """The record's diagnosis in this language, drawn once and reused by later sections."""
    if "dx_ru" not in ctx.extra:
        ctx.extra["dx_ru"] = diagnosis(ctx)
    return ctx.extra["dx_ru"]


def _text(pieces: list) -> str:
    return "".join(p if isinstance(p, str) else p.text for p in pieces)


def admission(ctx: Ctx) -> Block:
    c, p = ctx.case, ctx.patient
    rec = ctx.pick("МЕДИЦИНСКАЯ КАРТА СТАЦИОНАРНОГО ПАЦИЕНТА №", "ИСТОРИЯ БОЛЕЗНИ №",
                   "Медицинская карта стационарного больного №")
    dx = dx_pieces(ctx)
    ctx.extra.setdefault("diagnosis_pre", _text(dx))
    kind, number = ctx.doc
    doc_name = ctx.pick("удостоверение личности", "уд. личности") if kind == "id_card" else \
        ctx.pick("паспорт", "паспорт гражданина РК")
    return [
        para(rec + " ", ctx.record(), style="h1"),
        para(ctx.hospital[0] + ", " + DEPARTMENTS[0] + ", тел. ", ctx.phone("hospital")),
        para(ctx.pick("Ф.И.О. пациента:", "Пациент:", "ФИО:"), " ",
             ctx.name(p, L, ctx.pick("sfp", "upper"))),
        para("Дата рождения: ", ctx.date(ctx.birth, L), f", возраст {years(ctx.age)}. ",
             ctx.pick("ИИН:", "ИИН", "ИИН пациента:"), " ", ctx.iin_tok()),
        para(f"Документ: {doc_name} № ", ctx.doc_tok(), ", выдан МВД РК ",
             ctx.date(ctx.doc_issued, L), "."),
        para(ctx.pick("Адрес проживания:", "Место жительства:", "Адрес:"), " ", ctx.address(L),
             ". Тел.: ", ctx.phone(), ", e-mail: ", ctx.email_tok()),
        para(f"Контактное лицо: {ctx.relation[0]} ", ctx.name(ctx.relative, L, "sf"), ", тел. ",
             ctx.phone("relative"), "."),
        para("Дата поступления: ", ctx.date(c.admission, L),
             f" в {ctx.rng.randrange(7, 23):02d}:{ctx.rng.randrange(60):02d}. ",
             ctx.g(ctx.pick("Доставлен бригадой СМП.", "Поступил в экстренном порядке.",
                            "Госпитализирован в плановом порядке по направлению поликлиники."))),
        para(ctx.pick("Диагноз при поступлении:", "Диагноз направившего учреждения:"), " ", *dx),
    ]


def anamnesis(ctx: Ctx) -> Block:
    c, p = ctx.case, ctx.patient
    complaints = ", ".join(COMPLAINTS[k][0] for k in c.complaints)
    intro = ctx.g(ctx.pick("Жалобы при поступлении на", "Пациент предъявляет жалобы на",
                           "Жалобы на"))
    blocks: Block = [heading(ctx.pick("ЖАЛОБЫ И АНАМНЕЗ", "Анамнез заболевания")),
                     para(f"{intro} {complaints} в области {c.region(L)}.")]
    if c.mechanism:
        blocks.append(para(ctx.g("Со слов пациента, "), ctx.date(c.injury, L), " ",
                           ctx.g(MECHANISMS[c.mechanism][0]), ". ",
                           ctx.g(ctx.pick("Доставлен в приёмный покой.",
                                          "Обратился в травмпункт."))))
    else:
        blocks.append(para(f"Болеет около {ctx.rng.randrange(3, 15)} лет, боли постепенно "
                           "усиливались, консервативное лечение (НПВС, хондропротекторы, ЛФК) "
                           "без эффекта. Ходит с тростью."))
    blocks.append(para(f"Со слов {ctx.relation[1]} ", ctx.name(ctx.relative, L, "gen"),
                       ctx.g(", ранее у пациента "),
                       ctx.name(p, L, "gen"), " переломов не было."))
    blocks.append(para(
        "Анамнез жизни: " + ctx.pick("артериальная гипертензия II ст.", "сахарный диабет 2 типа",
                                     "хронические заболевания отрицает", "ИБС, стенокардия ФК II")
        + ". Аллергологический анамнез " + ctx.pick("не отягощён.", "спокойный.",
                                                   "— непереносимость пенициллина.")
        + " Туберкулёз, гепатиты, ВИЧ отрицает. Гемотрансфузий не было."))
    return blocks


def examination(ctx: Ctx) -> Block:
    c, rng = ctx.case, ctx.rng
    local = [f"Локально: в области {c.region(L)} " + ctx.pick("отёк", "выраженный отёк",
                                                           "умеренная припухлость")]
    if c.entry["condition"] == "fracture" and c.displaced:
        local.append(ctx.pick("видимая деформация", "деформация за счёт смещения отломков"))
    local.append("пальпация резко болезненна" if c.entry["condition"] == "fracture"
                 else "движения ограничены и болезненны")
    blocks: Block = [
        heading(ctx.pick("ОБЪЕКТИВНЫЙ СТАТУС", "Status praesens")),
        para("Общее состояние " + ctx.pick("средней тяжести", "удовлетворительное") +
             f". Сознание ясное. Кожные покровы обычной окраски. АД {rng.randrange(110, 160)}/"
             f"{rng.randrange(65, 95)} мм рт. ст., ЧСС {rng.randrange(62, 96)} в мин, "
             f"ЧДД {rng.randrange(14, 20)} в мин, T {temp(rng)}°C."),
        para("; ".join(local) + ". Пульсация на периферических артериях сохранена, "
             "чувствительность в дистальных отделах не нарушена."),
    ]
    tests = [e for e in c.entry["eponyms"] if e.startswith(("тест", "симптом", "проба"))]
    if tests:
        pieces: list = []
        for i, e in enumerate(tests):
            pieces += [("; " if i else ""), ctx.term(e, "eponym"), " положительный"]
        blocks.append(para(*pieces, "."))
    return blocks


def imaging(ctx: Ctx) -> Block:
    c = ctx.case
    what = ctx.pick("Рентгенография", "Rg-графия", "Рентгенограммы")
    body: list = [f"{what} {c.region(L)} в 2 проекциях от ", ctx.date(c.admission, L), ": "]
    if c.entry["condition"] == "fracture":
        body += [ctx.pick("определяется ", "выявлен ") + c.ru_dx(),
                 ", смещение отломков по ширине и длине" if c.displaced else ", смещения нет",
                 ", многооскольчатый характер" if c.comminuted else "", "; AO/OTA ",
                 ctx.term(c.ao_ota, "ao_ota"), "."]
    elif c.kl_grade:
        body += ["сужение суставной щели, субхондральный склероз, краевые остеофиты; стадия "
                 f"{ROMAN[c.kl_grade]} по ", ctx.term("классификации Келлгрена–Лоуренса", "eponym"),
                 "."]
    else:
        body += ["костно-травматических изменений не выявлено. МРТ: ", c.ru_dx(), "."]
    out: Block = [heading(ctx.pick("ЛУЧЕВАЯ ДИАГНОСТИКА", "Инструментальные исследования")),
                  para(*body)]
    other = [e for e in c.entry["eponyms"] if e.startswith(("перелом", "классификация"))]
    if other:
        grade = f" — тип {ctx.pick('I', 'II', 'III')}" if other[0].startswith("класс") else ""
        out.append(para("Заключение: ", ctx.term(other[0], "eponym"), grade + ctx.pick(
            ".", " (по данным КТ).")))
    return out


def operative(ctx: Ctx) -> Block:
    c, st, rng = ctx.case, ctx.staff, ctx.rng
    proc_ru = c.procedure[1]
    anest = ("спинномозговой анестезией" if c.anesthesia == "spinal"
             else "эндотрахеальным наркозом")
    implants: list = []
    for i, name in enumerate(c.implants):
        implants += [", " if i else "", ctx.term(name, "implant")]
    approach = [e for e in c.entry["eponyms"] if e.startswith(("доступ", "остеосинтез по"))]
    steps: list = ["Ход операции: под ", anest, " выполнен "]
    if approach:
        steps += [ctx.term(approach[0], "eponym"), ". "]
    else:
        steps += ["артроскопический доступ. " if c.key in ("acl", "meniscus")
                  else ctx.pick("стандартный доступ. ", "переднелатеральный доступ. ")]
    steps += [f"Выполнено: {proc_ru}"] + ([", установлены: "] + implants if implants else []) + [
        f". Кровопотеря {c.blood_loss_ml} мл. Рана ушита послойно, асептическая повязка."]
    dx = dx_pieces(ctx)
    ctx.extra.setdefault("diagnosis_post",
                         _text(dx) + " Состояние после операции: " + proc_ru + ".")
    return [
        heading(ctx.pick("ПРОТОКОЛ ОПЕРАЦИИ", "Протокол оперативного вмешательства") +
                f" № {rng.randrange(100, 2000)}"),
        para("Дата операции: ", ctx.date(c.surgery, L),
             f", начало {rng.randrange(8, 15):02d}:{rng.choice(['00', '15', '30', '45'])}, "
             f"длительность {rng.randrange(40, 150)} мин."),
        para("Хирург: ", ctx.name(st["surgeon"], L, ctx.pick("after", "before", "sfp")),
             "; ассистент: ", ctx.name(st["assistant"], L, ctx.pick("after", "spaced")),
             "; анестезиолог: ", ctx.name(st["anesthesiologist"], L, ctx.pick("after", "before")),
             "; операционная медсестра: ", ctx.name(st["nurse"], L, "after"), "."),
        para("Предоперационная антибиотикопрофилактика: ",
             ctx.term(c.drugs[0][0] + " " + c.drugs[0][1], "drug"), ". ",
             ctx.g("Информированное согласие подписано пациентом "),
             ctx.name(ctx.patient, L, "ins"), "."),
        para(*steps),
        para("Диагноз после операции: ", *dx, " Состояние после операции: " + proc_ru + "."),
    ]


def doctor_note(ctx: Ctx, d: date) -> Block:
    c, rng = ctx.case, ctx.rng
    who = rng.choice(["attending", "attending", "head"])
    title = ("Осмотр лечащего врача:" if who == "attending" else
             ctx.pick("Обход заведующего отделением:", "Осмотр зав. отделением:"))
    state = ctx.pick("средней тяжести", "удовлетворительное", "стабильное",
                     "ближе к удовлетворительному")
    wound = ctx.pick("Повязка сухая.", "Рана без признаков воспаления, швы состоятельны.",
                     "Перевязка: края раны спокойны, отделяемого нет.",
                     "Умеренное серозное отделяемое, перевязка.")
    post = (d - c.surgery).days
    drug = c.drugs[post % len(c.drugs)]
    return [
        para(ctx.date(d, L), f" {rng.randrange(8, 11):02d}:{rng.choice(['00', '30'])}. {title} ",
             ctx.name(ctx.staff[who], L, ctx.pick("after", "before", "spaced")), ".",
             style="h2", keep=True),
        para(f"Состояние {state}. Жалобы на {ctx.pick('умеренные', 'незначительные', 'ноющие')} "
             f"боли в области {c.region(L)}. T {temp(rng, 36.5, 37.6)}°C, АД "
             f"{rng.randrange(110, 150)}/{rng.randrange(70, 90)} мм рт. ст., ЧСС "
             f"{rng.randrange(64, 92)} в мин. {wound} Движения пальцев сохранены."),
        para("Назначения: ", ctx.term(f"{drug[0]} {drug[1]}", "drug"), ", ",
             ctx.pick("ЛФК", "дыхательная гимнастика", "активизация", "холод местно"),
             f". Послеоперационные сутки: {post}." if post > 0 else
             ". День операции." if post == 0 else ". Подготовка к операции."),
    ]


def lab_panel(ctx: Ctx, d: date) -> Block:
    rng = ctx.rng
    labs = rng.sample(LABS, rng.randrange(4, 8))
    pieces: list = [ctx.pick("Общий анализ крови и биохимия от ", "Лабораторные данные от ",
                             "Анализы от "), ctx.date(d, L), ": "]
    for i, lab in enumerate(labs):
        unit = f" {lab[2]}" if lab[2] else ""
        pieces += [", " if i else "", ctx.term(f"{lab[0]} {lab_value(rng, lab)}{unit}", "lab")]
    return [para(*pieces, ".")]


def nurse_note(ctx: Ctx, hour: str) -> Block:
    rng = ctx.rng
    return [para(f"{hour}:00. Медсестра ",
                 ctx.name(ctx.staff["nurse"], L, ctx.pick("after", "sf")),
                 f": назначения выполнены, T {temp(rng)}°C, АД {rng.randrange(110, 150)}/"
                 f"{rng.randrange(70, 90)}, диурез адекватный, " +
                 ctx.pick("жалоб нет.", "сон спокойный.", "беспокоят боли, введён анальгетик."))]


def day_entries(ctx: Ctx, d: date, day: int) -> list[Block]:
    """All entries of one hospital day: doctor, nurses, labs every few days, medication list."""
    rng = ctx.rng
    blocks = [doctor_note(ctx, d)]
    blocks += [nurse_note(ctx, h) for h in sorted(rng.sample(HOURS, rng.randrange(1, 3)))]
    if day % 3 == 0:
        blocks.append(lab_panel(ctx, d))
    if day % 2 == 1:
        meds: list = ["Лист назначений: "]
        for i, drug in enumerate(rng.sample(ctx.case.drugs, 3)):
            meds += [", " if i else "", ctx.term(f"{drug[0]} {drug[1]}", "drug")]
        blocks.append([para(*meds, ".")])
    return blocks


def discharge(ctx: Ctx) -> Block:
    c, p = ctx.case, ctx.patient
    drugs: list = []
    for i, drug in enumerate(c.drugs):
        drugs += [", " if i else "", ctx.term(f"{drug[0]} {drug[1]}", "drug")]
    lab = ctx.rng.choice(LABS[:3])
    return [
        heading(ctx.pick("ВЫПИСНОЙ ЭПИКРИЗ",
                         "Выписка из медицинской карты стационарного больного")),
        para(ctx.g("Пациент "), ctx.name(p, L, ctx.pick("sfp", "after")), ", ",
             ctx.date(ctx.birth, L), " г.р., ИИН ", ctx.iin_tok(),
             ctx.g(", находился на стационарном лечении с "),
             ctx.date(c.admission, L), " по ", ctx.date(c.discharge, L), "."),
        para("Заключительный диагноз: ", *dx_pieces(ctx), " Состояние после операции: "
             + c.procedure[1] + "."),
        para("Проведено лечение: ", *drugs, "."),
        para("При выписке: ", ctx.term(f"{lab[0]} {lab_value(ctx.rng, lab)} {lab[2]}".strip(),
                                        "lab"), ". Состояние удовлетворительное, рана зажила "
             "первичным натяжением, швы сняты."),
        para(ctx.g("Выписка выдана на руки пациенту "), ctx.name(p, L, "dat"), ". Лечащий врач: ",
             ctx.name(ctx.staff["attending"], L, ctx.pick("after", "before")),
             ". Зав. отделением: ", ctx.name(ctx.staff["head"], L, ctx.pick("after", "caps")), "."),
    ]


def follow_up(ctx: Ctx) -> Block:
    c = ctx.case
    when = c.discharge + timedelta(weeks=c.follow_up_weeks)
    return [heading("РЕКОМЕНДАЦИИ"),
            para(f"Наблюдение травматолога-ортопеда по месту жительства. Контрольный осмотр "
                 f"и рентгенография через {c.follow_up_weeks} нед. — ", ctx.date(when, L),
                 ". Справки по тел. ", ctx.phone("hospital"), "."),
            para("Профилактика ВТЭО: ", ctx.term("Ривароксабан 10 мг", "drug"),
                 " 1 раз в сутки 35 дней. Снятие швов на 12–14 сутки.")]


def rehabilitation(ctx: Ctx) -> Block:
    c = ctx.case
    plan = "; ".join(REHAB[k][0] for k in c.rehab)
    limits = "; ".join(RESTRICT[k][0].format(w=c.weight_bearing_weeks) for k in c.restrictions)
    return [heading(ctx.pick("ПЛАН РЕАБИЛИТАЦИИ", "Реабилитация")),
            para(f"Программа: {plan}."), para(f"Ограничения: {limits}.")]


def extra_entries(ctx: Ctx, d: date) -> list[Block]:
    """More entries for a day that is already in the record (long stays, many sheets)."""
    return [nurse_note(ctx, ctx.rng.choice(HOURS)), lab_panel(ctx, d)]
