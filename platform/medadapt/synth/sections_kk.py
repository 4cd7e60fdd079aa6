"""Kazakh sections of an orthopedic case history, mirroring `sections_ru` function by function.

Kazakh hospital records keep drug names, AO/OTA and ICD-10 codes as they are, write eponyms
in Kazakh word order ("Лахман тесті"), and attach case endings to names and dates.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from medadapt.synth.clinical import COMPLAINTS, LABS, MECHANISMS, REHAB, RESTRICT, lab_value
from medadapt.synth.context import DEPARTMENTS, Ctx
from medadapt.synth.layout import Block, Para, Tok, para
from medadapt.synth.people import kk_suffix

L = "kk"
HOURS = ["06", "14", "20", "22"]
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
KK_EPONYM = {
    "тест Лахмана": "Лахман тесті", "симптом переднего выдвижного ящика": "алдыңғы тартпа симптомы",
    "pivot-shift тест": "pivot-shift тесті", "тест Мак-Маррея": "Мак-Маррей тесті",
    "симптом Байкова": "Байков симптомы", "симптом Штеймана": "Штейман симптомы",
    "симптом Тренделенбурга": "Тренделенбург симптомы", "проба Томаса": "Томас сынамасы",
    "перелом Коллеса": "Коллес сынығы", "перелом Смита": "Смит сынығы",
    "перелом Дюпюитрена": "Дюпюитрен сынығы", "классификация Вебера": "Вебер жіктемесі",
    "классификация Гардена": "Гарден жіктемесі", "классификация Эванса": "Эванс жіктемесі",
    "классификация Нира": "Нир жіктемесі", "классификация Густило–Андерсона":
    "Густило–Андерсон жіктемесі", "доступ по Хардингу": "Хардинг бойынша кіру жолы",
    "остеосинтез по Веберу": "Вебер бойынша остеосинтез", "шина Белера": "Белер шинасы",
    "повязка Дезо": "Дезо таңғышы",
    "классификация Келлгрена–Лоуренса": "Келлгрен–Лоуренс жіктемесі",
}
KK_IMPLANT = {
    "эндопротез Zimmer": "Zimmer эндопротезі",
    "эндопротез DePuy Corail": "DePuy Corail эндопротезі",
    "эндопротез Smith & Nephew": "Smith & Nephew эндопротезі",
    "канюлированные винты Synthes": "Synthes канюлирленген бұрандалары",
    "интрамедуллярный штифт PFNA": "PFNA интрамедуллярлы штифті", "штифт Gamma3": "Gamma3 штифті",
    "интрамедуллярный штифт ChM": "ChM интрамедуллярлы штифті",
    "штифт Synthes EX": "Synthes EX штифті", "пластина LCP": "LCP пластинасы",
    "пластина APTUS": "APTUS пластинасы",
    "пластина LCP 1/3 трубчатая": "LCP 1/3 түтікше пластинасы",
    "позиционный винт": "позициялық бұранда", "аппарат Илизарова": "Илизаров аппараты",
    "пластина PHILOS": "PHILOS пластинасы", "спицы Киршнера": "Киршнер спицалары",
    "серкляжная проволока": "серкляждық сым", "эндопротез DePuy Pinnacle":
    "DePuy Pinnacle эндопротезі", "эндопротез Zimmer NexGen": "Zimmer NexGen эндопротезі",
    "эндопротез Smith & Nephew Genesis II": "Smith & Nephew Genesis II эндопротезі",
    "эндопротез DePuy Attune": "DePuy Attune эндопротезі",
    "фиксатор EndoButton": "EndoButton фиксаторы",
    "интерферентный винт Arthrex": "Arthrex интерференттік бұрандасы",
}
KK_UNIT = {"мм/ч": "мм/сағ"}


def temp(rng: random.Random, low: float = 36.4, high: float = 37.3) -> str:
    return f"{rng.uniform(low, high):.1f}".replace(".", ",")


def heading(text: str) -> Para:
    return para(text, style="h2", keep=True)


def _insert_before_last(phrase: str, words: str) -> str:
    head, _, last = phrase.rpartition(" ")
    return f"{head} {words} {last}"


def diagnosis(ctx: Ctx) -> list:
    """Kazakh diagnosis: qualifiers go before the head noun (…мойнының ығысумен жабық сынығы)."""
    c = ctx.case
    icd = ctx.term(c.entry["icd10"], "icd10")
    dx = c.kk_dx()
    if c.entry["condition"] == "osteoarthritis":
        dx = _insert_before_last(dx, "біріншілік")
        return [dx[0].upper() + dx[1:], f", {ROMAN[c.kl_grade]} саты (Kellgren–Lawrence "
                f"бойынша {c.kl_grade}). Ауырсыну синдромы. Аралас контрактура. АХЖ-10 коды: ",
                icd, "."]
    if c.entry["condition"] != "fracture":
        return [dx[0].upper() + dx[1:] + ". ", ctx.pick("АХЖ-10 коды", "АХЖ-10", "Шифр"), ": ",
                icd, "."]
    qual = (ctx.pick("сынықтардың ығысуымен", "ығысумен", "бұрыштық ығысумен")
            if c.displaced else ctx.pick("ығысусыз", "сынықтары ығыспаған"))
    qual += " ашық" if c.open else " жабық"
    if c.comminuted:
        qual += ctx.pick(" жаңқалы", " көп жаңқалы")
    dx = _insert_before_last(dx, qual)
    return [dx[0].upper() + dx[1:], ", AO/OTA бойынша ", ctx.term(c.ao_ota, "ao_ota"),
            " типі (", icd, ")."]


def dx_pieces(ctx: Ctx) -> list:
    if "dx_kk" not in ctx.extra:
        ctx.extra["dx_kk"] = diagnosis(ctx)
    return ctx.extra["dx_kk"]


def _text(pieces: list) -> str:
    return "".join(p if isinstance(p, str) else p.text for p in pieces)


def _eponym(ctx: Ctx, ru_name: str) -> Tok:
    return ctx.term(KK_EPONYM.get(ru_name, ru_name), "eponym")


def _drug(ctx: Ctx, drug: tuple[str, str, str]) -> Tok:
    return ctx.term(f"{drug[0]} {drug[2]}", "drug")


def admission(ctx: Ctx) -> Block:
    c, p = ctx.case, ctx.patient
    dx = dx_pieces(ctx)
    ctx.extra.setdefault("diagnosis_pre", _text(dx))
    doc = ctx.pick("жеке куәлік", "жеке куәлігі") if ctx.doc[0] == "id_card" else "төлқұжат"
    return [
        para(ctx.pick("СТАЦИОНАРЛЫҚ НАУҚАСТЫҢ МЕДИЦИНАЛЫҚ КАРТАСЫ №", "Науқастың ауру тарихы №",
                      "Медициналық карта №") + " ", ctx.record(), style="h1"),
        para(ctx.hospital[1] + ", " + DEPARTMENTS[1] + ", тел. ", ctx.phone("hospital")),
        para(ctx.pick("Науқастың аты-жөні:", "Т.А.Ә.:", "Науқас:"), " ",
             ctx.name(p, L, ctx.pick("sfp", "upper"))),
        para("Туған күні: ", ctx.date(ctx.birth, L), f", жасы: {ctx.age}. ",
             ctx.pick("ЖСН:", "ЖСН", "Науқастың ЖСН:"), " ", ctx.iin_tok()),
        para(f"Құжаты: {doc} № ", ctx.doc_tok(), ", берілген күні: ", ctx.date(ctx.doc_issued, L),
             ", ҚР ІІМ."),
        para(ctx.pick("Тұрғылықты мекенжайы:", "Мекенжайы:"), " ", ctx.address(L), ". Тел.: ",
             ctx.phone(), ", e-mail: ", ctx.email_tok()),
        para(f"Байланыс тұлғасы: {ctx.relation[2]} ", ctx.name(ctx.relative, L, "sf"), ", тел. ",
             ctx.phone("relative"), "."),
        para("Түскен күні: ", ctx.date(c.admission, L),
             f", сағ. {ctx.rng.randrange(7, 23):02d}:{ctx.rng.randrange(60):02d}. ",
             ctx.pick("Жедел жәрдем бригадасымен жеткізілді.", "Шұғыл түрде түсті.",
                      "Емхананың жолдамасы бойынша жоспарлы түрде жатқызылды.")),
        para(ctx.pick("Түскен кездегі диагнозы:", "Жолдама диагнозы:"), " ", *dx),
    ]


def anamnesis(ctx: Ctx) -> Block:
    c, p = ctx.case, ctx.patient
    complaints = ", ".join(COMPLAINTS[k][1] for k in c.complaints)
    intro = ctx.pick("Түскен кездегі шағымдары", "Науқастың шағымдары", "Шағымдары")
    blocks: Block = [heading(ctx.pick("ШАҒЫМДАРЫ ЖӘНЕ АНАМНЕЗ", "Ауру анамнезі")),
                     para(f"{intro}: {c.region(L)} аймағында {complaints}.")]
    if c.mechanism:
        blocks.append(para("Науқастың айтуынша, ", ctx.date(c.injury, L), " ",
                           MECHANISMS[c.mechanism][1], ". ", ctx.hospital[1],
                           " қабылдау бөліміне жеткізілді."))
    else:
        blocks.append(para(f"Шамамен {ctx.rng.randrange(3, 15)} жылдан бері ауырады, ауырсыну "
                           "біртіндеп күшейген, консервативті ем (ҚҚСП, хондропротекторлар, ЕДШ) "
                           "нәтиже бермеген. Таяқпен жүреді."))
    blocks.append(para(f"Науқастың {ctx.relation[2]} ", ctx.name(ctx.relative, L, "gen"),
                       " айтуынша, бұрын сынықтар болмаған. Науқас ", ctx.name(p, L, "dat"),
                       " ем жоспары түсіндірілді."))
    blocks.append(para(
        "Өмір анамнезі: " + ctx.pick("II дәрежелі артериялық гипертензия", "2 типті қант диабеті",
                                     "созылмалы ауруларды жоққа шығарады", "ЖИА, II ФК стенокардия")
        + ". Аллергологиялық анамнезі " + ctx.pick("ауыртпалықсыз.", "тыныш.",
                                                  "— пенициллинді көтере алмайды.")
        + " Туберкулез, гепатит, АИТВ жоққа шығарады. Қан құю болмаған."))
    return blocks


def examination(ctx: Ctx) -> Block:
    c, rng = ctx.case, ctx.rng
    local = [f"Жергілікті: {c.region(L)} аймағында " + ctx.pick("ісіну", "айқын ісіну",
                                                                "орташа ісік")]
    if c.entry["condition"] == "fracture" and c.displaced:
        local.append(ctx.pick("көзге көрінетін деформация",
                              "сынықтардың ығысуына байланысты деформация"))
    local.append("пальпация кезінде қатты ауырсыну" if c.entry["condition"] == "fracture"
                 else "қозғалыстар шектеулі әрі ауырсынулы")
    blocks: Block = [
        heading(ctx.pick("ОБЪЕКТИВТІ ЖАҒДАЙЫ", "Status praesens")),
        para("Жалпы жағдайы " + ctx.pick("орташа ауырлықта", "қанағаттанарлық") +
             f". Есі анық. Тері жабындары қалыпты түсті. АҚ {rng.randrange(110, 160)}/"
             f"{rng.randrange(65, 95)} сын. бағ. мм, ЖСЖ {rng.randrange(62, 96)} рет/мин, "
             f"ТАЖ {rng.randrange(14, 20)} рет/мин, Т {temp(rng)}°C."),
        para("; ".join(local) + ". Шеткі артериялардағы пульсация сақталған, дистальды "
             "бөліктерде сезімталдық бұзылмаған."),
    ]
    tests = [e for e in c.entry["eponyms"] if e.startswith(("тест", "симптом", "проба", "pivot"))]
    if tests:
        pieces: list = []
        for i, e in enumerate(tests):
            pieces += [("; " if i else ""), _eponym(ctx, e), " оң"]
        blocks.append(para(*pieces, "."))
    return blocks


def imaging(ctx: Ctx) -> Block:
    c = ctx.case
    region = c.region(L) + kk_suffix(c.region(L), "gen")
    body: list = [f"{region} рентгенографиясы (2 проекцияда), ".capitalize(),
                  ctx.date(c.admission, L), ": "]
    if c.entry["condition"] == "fracture":
        body += [c.kk_dx() + " анықталды",
                 ", сынықтардың ені және ұзындығы бойынша ығысуы" if c.displaced
                 else ", ығысу жоқ", ", көп жаңқалы сипатта" if c.comminuted else "",
                 "; AO/OTA ", ctx.term(c.ao_ota, "ao_ota"), "."]
    elif c.kl_grade:
        body += ["буын саңылауының тарылуы, субхондральды склероз, шеткі остеофиттер; ",
                 _eponym(ctx, "классификация Келлгрена–Лоуренса"),
                 f" бойынша {ROMAN[c.kl_grade]} саты."]
    else:
        body += ["сүйек-жарақаттық өзгерістер анықталмады. МРТ: ", c.kk_dx(), "."]
    out: Block = [heading(ctx.pick("СӘУЛЕЛІК ДИАГНОСТИКА", "Аспаптық зерттеулер")),
                  para(*body)]
    other = [e for e in c.entry["eponyms"] if e.startswith(("перелом", "классификация"))]
    if other:
        grade = f" бойынша {ctx.pick('I', 'II', 'III')} тип" if other[0].startswith("класс") else ""
        out.append(para("Қорытынды: ", _eponym(ctx, other[0]), grade + "."))
    return out


def operative(ctx: Ctx) -> Block:
    c, st, rng = ctx.case, ctx.staff, ctx.rng
    proc = c.procedure[2]
    anest = "жұлын-ми анестезиясы" if c.anesthesia == "spinal" else "эндотрахеалды наркоз"
    implants: list = []
    for i, name in enumerate(c.implants):
        implants += [", " if i else "", ctx.term(KK_IMPLANT.get(name, name), "implant")]
    approach = [e for e in c.entry["eponyms"] if e.startswith(("доступ", "остеосинтез по"))]
    steps: list = [f"Ота барысы: {anest} жағдайында "]
    if approach:
        steps += [_eponym(ctx, approach[0]), " орындалды. "]
    else:
        steps += ["артроскопиялық кіру жолы орындалды. " if c.key in ("acl", "meniscus")
                  else ctx.pick("стандартты кіру жолы орындалды. ", "алдыңғы-бүйір кіру жолы. ")]
    steps += [f"Орындалды: {proc}"] + ([", орнатылды: "] + implants if implants else []) + [
        f". Қан жоғалту {c.blood_loss_ml} мл. Жара қабаттап тігілді, асептикалық таңғыш салынды."]
    dx = dx_pieces(ctx)
    ctx.extra.setdefault("diagnosis_post", _text(dx) + " Отадан кейінгі жағдай: " + proc + ".")
    return [
        heading(ctx.pick("ОТА ХАТТАМАСЫ", "Операция хаттамасы") + f" № {rng.randrange(100, 2000)}"),
        para("Ота күні: ", ctx.date(c.surgery, L),
             f", басталуы {rng.randrange(8, 15):02d}:{rng.choice(['00', '15', '30', '45'])}, "
             f"ұзақтығы {rng.randrange(40, 150)} мин."),
        para("Хирург: ", ctx.name(st["surgeon"], L, ctx.pick("after", "before", "sfp")),
             "; ассистент: ", ctx.name(st["assistant"], L, ctx.pick("after", "spaced")),
             "; анестезиолог: ", ctx.name(st["anesthesiologist"], L, ctx.pick("after", "before")),
             "; операциялық мейіргер: ", ctx.name(st["nurse"], L, "after"), "."),
        para("Ота алдындағы антибиотикопрофилактика: ", _drug(ctx, c.drugs[0]), ". Науқас ",
             ctx.name(ctx.patient, L, "dat"), " ота барысы түсіндірілді, ақпараттандырылған "
             "келісімге қол қойылды."),
        para(*steps),
        para("Отадан кейінгі диагноз: ", *dx, " Отадан кейінгі жағдай: " + proc + "."),
    ]


def doctor_note(ctx: Ctx, d: date) -> Block:
    c, rng = ctx.case, ctx.rng
    who = rng.choice(["attending", "attending", "head"])
    title = "Емдеуші дәрігердің қарауы:" if who == "attending" else \
        "Бөлім меңгерушісінің қарауы:"
    wound = ctx.pick("Таңғыш құрғақ.", "Жарада қабыну белгілері жоқ, тігістер сау.",
                     "Таңу: жара жиектері тыныш, бөлінді жоқ.",
                     "Орташа серозды бөлінді, таңу жасалды.")
    post = (d - c.surgery).days
    return [
        para(ctx.date(d, L), f" {rng.randrange(8, 11):02d}:{rng.choice(['00', '30'])}. {title} ",
             ctx.name(ctx.staff[who], L, ctx.pick("after", "before", "spaced")), ".",
             style="h2", keep=True),
        para("Жағдайы " + ctx.pick("орташа ауырлықта", "қанағаттанарлық", "тұрақты") +
             f". {c.region(L).capitalize()} аймағында " +
             ctx.pick("орташа", "болмашы", "сыздаған") + " ауырсынуға шағымданады. Т "
             f"{temp(rng, 36.5, 37.6)}°C, АҚ {rng.randrange(110, 150)}/{rng.randrange(70, 90)} "
             f"сын. бағ. мм, ЖСЖ {rng.randrange(64, 92)} рет/мин. {wound} Саусақ қимылдары "
             "сақталған."),
        para("Тағайындаулар: ", _drug(ctx, c.drugs[post % len(c.drugs)]), ", ",
             ctx.pick("ЕДШ", "тыныс алу жаттығулары", "белсендіру", "жергілікті суық"),
             f". Отадан кейінгі {post}-тәулік." if post > 0 else
             ". Ота күні." if post == 0 else ". Отаға дайындық."),
    ]


def lab_panel(ctx: Ctx, d: date) -> Block:
    rng = ctx.rng
    pieces: list = [ctx.pick("Жалпы қан талдауы және биохимия, ", "Зертханалық деректер, ",
                             "Талдаулар, "), ctx.date(d, L), ": "]
    for i, lab in enumerate(rng.sample(LABS, rng.randrange(4, 8))):
        unit = KK_UNIT.get(lab[2], lab[2])
        text = f"{lab[1]} {lab_value(rng, lab)}" + (f" {unit}" if unit else "")
        pieces += [", " if i else "", ctx.term(text, "lab")]
    return [para(*pieces, ".")]


def nurse_note(ctx: Ctx, hour: str) -> Block:
    rng = ctx.rng
    return [para(f"{hour}:00. Мейіргер ",
                 ctx.name(ctx.staff["nurse"], L, ctx.pick("after", "sf")),
                 f": тағайындаулар орындалды, Т {temp(rng)}°C, АҚ {rng.randrange(110, 150)}/"
                 f"{rng.randrange(70, 90)}, диурез жеткілікті, " +
                 ctx.pick("шағымы жоқ.", "ұйқысы тыныш.", "ауырсыну мазалайды, анальгетик "
                          "енгізілді."))]


def day_entries(ctx: Ctx, d: date, day: int) -> list[Block]:
    """One hospital day in Kazakh: doctor, nurses, labs every third day, medication sheet."""
    rng = ctx.rng
    blocks = [doctor_note(ctx, d)]
    blocks += [nurse_note(ctx, h) for h in sorted(rng.sample(HOURS, rng.randrange(1, 3)))]
    if day % 3 == 0:
        blocks.append(lab_panel(ctx, d))
    if day % 2 == 1:
        meds: list = ["Тағайындаулар парағы: "]
        for i, drug in enumerate(rng.sample(ctx.case.drugs, 3)):
            meds += [", " if i else "", _drug(ctx, drug)]
        blocks.append([para(*meds, ".")])
    return blocks


def discharge(ctx: Ctx) -> Block:
    c, p = ctx.case, ctx.patient
    drugs: list = []
    for i, drug in enumerate(c.drugs):
        drugs += [", " if i else "", _drug(ctx, drug)]
    lab = ctx.rng.choice(LABS[:3])
    unit = KK_UNIT.get(lab[2], lab[2])
    return [
        heading(ctx.pick("ШЫҒАРУ ЭПИКРИЗІ", "Медициналық картадан үзінді")),
        para("Науқас ", ctx.name(p, L, ctx.pick("sfp", "after")), ", ", ctx.date(ctx.birth, L),
             " туған, ЖСН ", ctx.iin_tok(), ", ", ctx.date(c.admission, L), " – ",
             ctx.date(c.discharge, L), " аралығында стационарлық емде болды."),
        para("Қорытынды диагноз: ", *dx_pieces(ctx), " Отадан кейінгі жағдай: " +
             c.procedure[2] + "."),
        para("Жүргізілген ем: ", *drugs, "."),
        para("Шығару кезінде: ", ctx.term(f"{lab[1]} {lab_value(ctx.rng, lab)} {unit}", "lab"),
             ". Жағдайы қанағаттанарлық, жара бірінші ретті тартылумен жазылды, тігістер алынды."),
        para("Үзінді науқас ", ctx.name(p, L, "dat"), " қолына берілді. Емдеуші дәрігер: ",
             ctx.name(ctx.staff["attending"], L, ctx.pick("after", "before")),
             "; бөлім меңгерушісі: ", ctx.name(ctx.staff["head"], L, ctx.pick("after", "caps")),
             "."),
    ]


def follow_up(ctx: Ctx) -> Block:
    c = ctx.case
    when = c.discharge + timedelta(weeks=c.follow_up_weeks)
    return [heading("ҰСЫНЫСТАР"),
            para("Тұрғылықты жері бойынша травматолог-ортопед бақылауы. "
                 f"{c.follow_up_weeks} аптадан кейін бақылау қарауы және рентгенография — ",
                 ctx.date(when, L), ". Анықтама телефоны: ", ctx.phone("hospital"), "."),
            para("ВТЭА профилактикасы: ", ctx.term("Ривароксабан 10 мг", "drug"),
                 " тәулігіне 1 рет 35 күн. Тігістерді 12–14 тәулікте алу.")]


def rehabilitation(ctx: Ctx) -> Block:
    c = ctx.case
    plan = "; ".join(REHAB[k][1] for k in c.rehab)
    limits = "; ".join(RESTRICT[k][1].format(w=c.weight_bearing_weeks) for k in c.restrictions)
    return [heading(ctx.pick("ОҢАЛТУ ЖОСПАРЫ", "Оңалту")),
            para(f"Бағдарлама: {plan}."), para(f"Шектеулер: {limits}.")]


def extra_entries(ctx: Ctx, d: date) -> list[Block]:
    """More entries for a day that is already in the record (long stays, many sheets)."""
    return [nurse_note(ctx, ctx.rng.choice(HOURS)), lab_panel(ctx, d)]
