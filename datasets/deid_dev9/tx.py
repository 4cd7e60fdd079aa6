# -*- coding: utf-8 -*-
"""Templates 3-5 of the first six styles, written once per document type with a Russian and a Kazakh
phrasebook; 'mixed' records use bilingual labels or switch language line by line."""
import datetime as dt
from common import person, family, inst, age_of, SCHOOLS_RU, KINDER_RU, SCHOOLS_KK, KINDER_KK, EMPLOYERS_RU, EMPLOYERS_KK
from ids import rdate, make_person
import data as D


def W(b, ru, kk):
    """Phrase for the record language; mixed records get Kazakh, Russian or a bilingual label."""
    if b.lang == "ru":
        return ru
    if b.lang == "kk":
        return kk
    v = b.rng.random()
    if v < 0.35:
        return ru
    bil = (not getattr(b, "nobi", False) and "%" not in ru + kk and ru[:1].isalpha() and kk[:1].isalpha()
           and (ru.rstrip().endswith((":", "№")) or ru.strip().isupper()) and len(ru) <= 60)
    if v < 0.7 or not bil:
        return kk
    return kk.rstrip() + " / " + ru.lstrip()


def AL(b):
    return b.lang if b.lang != "mixed" else b.rng.choice(["ru", "kk"])


def P(b, **kw):
    return person(b.rng, b.lang, **kw)


def LST(b, ru, kk):
    return ru if b.lang == "ru" else (kk if b.lang == "kk" else ru + kk)


# ====================================================================== school_injury_report
S_DX_RU = ["ушиб мягких тканей затылочной области", "перелом лучевой кости в типичном месте", "ЗЧМТ. Сотрясение головного мозга",
           "растяжение связок правого голеностопного сустава", "закрытый перелом ключицы", "перелом Смита", "ушибленная рана подбородка",
           "вывих надколенника", "носовое кровотечение", "термический ожог кисти I степени"]
S_DX_KK = ["желке аймағының жұмсақ тіндерінің соғылуы", "білек сүйегінің типтік жерде сынуы", "бас миының шайқалуы",
           "оң тобық буыны байламдарының созылуы", "бұғана сүйегінің жабық сынуы", "иектің соғылған жарасы", "мұрыннан қан кету"]
S_AID_RU = ["холод к месту ушиба", "асептическая повязка", "иммобилизация шиной Крамера", "перекись водорода 3%", "ибупрофен 100 мг"]
S_AID_KK = ["соғылған жерге суық басу", "асептикалық таңғыш", "Крамер шинасымен иммобилизация", "сутегі асқын тотығы 3%"]


def _school(b, rng, kinder=False):
    if AL(b) == "ru":
        return inst(rng, rng.choice(KINDER_RU if kinder else SCHOOLS_RU))
    return inst(rng, rng.choice(KINDER_KK if kinder else SCHOOLS_KK))


def sch_journal(b, rng):
    d0 = rdate(rng)
    b.t(W(b, "ЖУРНАЛ регистрации травм медицинского кабинета", "Медициналық кабинеттің жарақаттарды тіркеу ЖУРНАЛЫ")).t("\n")
    b.work(_school(b, rng), school=True).t(", ").date(d0, "month_year" if b.lang == "ru" else "month_year_kk").t("\n\n")
    b.t("| %s |\n|---|---|---|---|---|---|\n" % W(b, "Дата | Ф.И.О. ученика | Класс | ИИН | Характер травмы | Родители",
                                                "Күні | Оқушының аты-жөні | Сыныбы | ЖСН | Жарақат сипаты | Ата-анасы"))
    for i in range(rng.randint(3, 4)):
        d = d0 + dt.timedelta(days=rng.randint(0, 25))
        ch, mo, fa = family(rng, b.lang, rng.randint(7, 16), d)
        b.t("| ").date(d, "numeric").t(" | ").name(ch, rng.choice(["surname_given", "full"])).t(" | %d%s | " % (rng.randint(1, 11), rng.choice("АБВГ")))
        b.iin(ch, labelled=False).t(" | ").c(rng.choice(LST(b, S_DX_RU, S_DX_KK))).t(" | ")
        b.name(rng.choice([mo, fa]), "surname_initials").t(", ").phone().t(" |\n")
    b.t("\n").t(W(b, "Направлены в травмпункт ГДБ, анализ ", "Балалар ауруханасының жарақат пунктіне жіберілді, талдау ")).c(W(b, "ОАК", "ЖҚА")).t(" № ").rid("lab", allow12=True).t(".\n")
    b.t(W(b, "Медсестра ", "Медбике ")).name(P(b, g="f"), "surname_initials").t("\n")


def sch_statement(b, rng):
    d0 = rdate(rng)
    sch = _school(b, rng)
    ch, mo, fa = family(rng, b.lang, rng.randint(9, 16), d0)
    tch = P(b)
    dr = P(b)
    if b.lang == "kk":
        b.t("Мектеп директоры ").name(dr, "surname_initials", case="dat", caselang="kk").t("\n").work(sch, school=True).t("\n")
        b.t("дене шынықтыру мұғалімі ").name(tch, "full", case="gen", caselang="kk").t("\n\nТҮСІНІКТЕМЕ ХАТ\n\n")
        b.t("").date(d0, "words_kk", case="loc").t(" 3-сабақта %d «%s» сыныбының оқушысы " % (rng.randint(5, 11), rng.choice("АӘБВ")))
        b.name(ch, "surname_given").t(" секіру кезінде құлап, ").c(rng.choice(S_DX_KK)).t(" алды.\n")
        b.t("Медбике ").name(P(b, g="f"), "given_surname").t(" алғашқы көмек көрсетті: ").c(rng.choice(S_AID_KK)).t(".\n")
        b.t("Анасы ").name(mo, "given_only", case="dat", caselang="kk").t(" ").phone().t(" нөмірі арқылы хабарландым. Жедел жәрдем шақыру картасы № ").rid("ambulance_call").t(".\n")
        b.t("Балалар ауруханасының ауру тарихы № ").rid("hospitalisation", allow12=True).t(".\n")
        b.t("Қолы ________ ").date(d0, "numeric").t("\n")
    else:
        b.t("Директору ").work(sch, school=True).t("\n").name(dr, "surname_initials", case="dat").t("\n")
        b.t("от учителя физической культуры ").name(tch, "full", case="gen").t("\n\nОБЪЯСНИТЕЛЬНАЯ ЗАПИСКА\n\n")
        b.t("").date(d0, rng.choice(["words_ru", "numeric"])).t(" г. на 3-м уроке %s %d «%s» класса " % ("ученик" if ch.g == "m" else "ученица", rng.randint(5, 11), rng.choice("АБВ")))
        b.name(ch, "surname_given").t(" при выполнении опорного прыжка %s на маты, диагноз: " % ("упал" if ch.g == "m" else "упала")).c(rng.choice(S_DX_RU)).t(".\n")
        b.t("Школьная медсестра ").name(P(b, g="f"), "given_patronymic").t(" оказала помощь: ").c(rng.choice(S_AID_RU)).t(".\n")
        b.t("Мама %s, " % ("ученика" if ch.g == "m" else "ученицы")).name(mo, "given_surname").t(", извещена по тел. ").phone().t(". Карта вызова СМП № ").rid("ambulance_call").t(".\n")
        b.t(W(b, "История болезни ГДБ № ", "ҚБА ауру тарихы № ")).rid("hospitalisation", allow12=True).t(".\n")
        b.t("Подпись ________ ").date(d0, "numeric").t("\n")


def sch_kinder(b, rng):
    d0 = rdate(rng)
    age = rng.randint(2, 6)
    ch, mo, fa = family(rng, b.lang, age, d0)
    b.t(W(b, "ИЗВЕЩЕНИЕ о травме воспитанника", "Тәрбиеленушінің жарақаты туралы ХАБАРЛАМА")).t("\n")
    b.work(_school(b, rng, kinder=True), school=True).t(", ").full_addr(AL(b), flat=False).t("\n")
    b.t(W(b, "Ребёнок: ", "Бала: ")).name(ch, "full").t(", ").date(ch.birth, "numeric", birth=True).t("\n")
    b.t(W(b, "Свидетельство о рождении ", "Туу туралы куәлік ")).doc("birth_certificate").t("\n")
    b.t(W(b, "Дата и время: ", "Күні, уақыты: ")).date(d0, "numeric").t(", 11:%02d. " % rng.randint(0, 59))
    b.t(W(b, "Во время прогулки упал(а) с качелей. ", "Серуен кезінде әткеншектен құлады. ")).c(rng.choice(LST(b, S_DX_RU, S_DX_KK))).t(".\n")
    b.t(W(b, "Воспитатель: ", "Тәрбиеші: ")).name(P(b, g="f"), "given_patronymic").t("; ").t(W(b, "медсестра: ", "медбике: ")).name(P(b, g="f"), "surname_initials").t("\n")
    b.t(W(b, "Отец: ", "Әкесі: ")).name(fa, "full").t(", ").phone().t(", ").email("%s%d" % (rng.choice(["papa", "ata", "dad"]), rng.randint(1, 999)), "personal").t("\n")
    b.t(W(b, "Рентгенография № ", "Рентгенография № ")).rid("xray").t(", ").t(W(b, "история № ", "ауру тарихы № ")).rid("hospitalisation", allow12=True).t("\n")
    b.t(W(b, "Заведующая ", "Меңгеруші ")).name(P(b, g="f"), "initials_surname").t("\n")


# ====================================================================== occupational_injury_act
O_DX_RU = ["закрытый перелом костей левого предплечья", "травматическая ампутация дистальной фаланги II пальца", "ушиб грудной клетки",
           "ожог роговицы щелочью", "перелом лодыжек со смещением", "рваная рана бедра", "электроожог кисти III степени"]
O_DX_KK = ["сол білек сүйектерінің жабық сынуы", "II саусақтың шеткі буынының жарақаттық ампутациясы", "кеуде қуысының соғылуы",
           "тобықтардың ығысып сынуы", "санның жыртылған жарасы"]
O_JOB_RU = ["машинист крана", "горнорабочий", "стропальщик", "слесарь КИПиА", "электромонтёр", "сварщик"]
O_JOB_KK = ["кран машинисі", "тау-кен жұмысшысы", "стропальщик", "электр монтері", "дәнекерлеуші"]


def _emp(b, rng):
    return rng.choice(EMPLOYERS_RU if AL(b) == "ru" else EMPLOYERS_KK)


def occ_order(b, rng):
    d0 = rdate(rng)
    w = P(b, age=rng.randint(20, 60), ref=d0, g="m")
    b.work(_emp(b, rng)).t(", ").t(W(b, "БИН ", "БСН ")).doc("bin").t("\n")
    b.t(W(b, "ПРИКАЗ № %d-п от ", "БҰЙРЫҚ № %d-б, ") % rng.randint(10, 300)).date(d0 + dt.timedelta(days=1), "numeric").t("\n")
    b.t(W(b, "О создании комиссии по расследованию несчастного случая", "Жазатайым оқиғаны тергеу комиссиясын құру туралы")).t("\n\n")
    if b.lang == "kk":
        b.t("").date(d0, "words_kk", case="loc").t(" жұмыскер ")
    else:
        b.t("В связи с несчастным случаем, произошедшим ").date(d0, "words_ru").t(" с работником ")
    b.name(w, "full", case="ins" if b.lang != "kk" else None).t(" (%s)" % rng.choice(LST(b, O_JOB_RU, O_JOB_KK)))
    b.t(" болған жазатайым оқиғаға байланысты БҰЙЫРАМЫН:\n" if b.lang == "kk" else ", ПРИКАЗЫВАЮ:\n")
    b.t(W(b, "1. Создать комиссию в составе:", "1. Комиссия құрамы:")).t("\n")
    roles = LST(b, ["председатель — главный инженер", "член — инженер по ОТ и ТБ", "член — представитель профсоюза",
                    "член — государственный инспектор труда"],
                ["төраға — бас инженер", "мүше — еңбекті қорғау инженері", "мүше — кәсіподақ өкілі", "мүше — еңбек инспекторы"])
    for r in roles[:4]:
        b.t("   %s " % r).name(P(b), rng.choice(["surname_initials", "full"])).t("\n")
    b.t(W(b, "2. Медицинское заключение запросить в ОКБ (история болезни № ", "2. Медициналық қорытындыны облыстық ауруханадан сұрату (ауру тарихы № ")).rid("hospitalisation", allow12=True).t(").\n")
    b.t(W(b, "   Диагноз при поступлении: ", "   Түскендегі диагнозы: ")).c(rng.choice(LST(b, O_DX_RU, O_DX_KK))).t(".\n")
    b.t(W(b, "3. Срок расследования — до ", "3. Тергеу мерзімі — ")).date(d0 + dt.timedelta(days=10), "numeric").t(".\n")
    b.t(W(b, "Директор ", "Директор ")).name(P(b), "initials_surname").t(", ").t(W(b, "тел. ", "тел. ")).phone("landline").t("\n")


def occ_explanation(b, rng):
    d0 = rdate(rng)
    w = P(b, age=rng.randint(20, 60), ref=d0, g="m")
    fm = P(b, g="m")
    emp = _emp(b, rng)
    if b.lang == "kk":
        b.t("Учаске бастығы ").name(P(b, g="m"), "surname_initials", case="dat", caselang="kk").t("\n").t("%s " % rng.choice(O_JOB_KK)).name(w, "full", case="gen", caselang="kk").t("\n\nТҮСІНІКТЕМЕ\n\n")
        b.t("Мен, ").name(w, "surname_given").t(", ").work(emp).t(" қызметкерімін. ").date(d0, "words_kk", case="loc").t(" түнгі ауысымда, сағат 02:%02d шамасында, " % rng.randint(0, 59))
        b.t("шебер ").name(fm, "surname_initials").t(" тапсырмасымен конвейерді тазалау кезінде қолым қысылып қалды.\n")
        b.t("Ауруханада қойылған диагноз: ").c(rng.choice(O_DX_KK)).t(". Ауру тарихы № ").rid("hospitalisation", allow12=True).t(".\n")
        b.t("Еңбекке жарамсыздық парағы № ").doc("sick_leave").t(". Байланыс: ").phone().t("\n")
        b.t("ЖСН ").iin(w).t("\nКүні: ").date(d0 + dt.timedelta(days=rng.randint(2, 6)), "numeric").t("   Қолы ______\n")
    else:
        b.t("Начальнику участка ").name(P(b, g="m"), "surname_initials", case="dat").t("\nот ").name(w, "full", case="gen").t(", %s\n\nОБЪЯСНИТЕЛЬНАЯ\n\n" % rng.choice(O_JOB_RU))
        b.t("Я, ").name(w, "surname_given").t(", работаю в ").work(emp).t(". ").date(d0, "numeric").t(" в ночную смену около 02:%02d по заданию мастера " % rng.randint(0, 59))
        b.name(fm, "surname_initials", case="gen").t(" при очистке конвейера мне зажало руку.\n")
        b.t(W(b, "В больнице выставлен диагноз: ", "Ауруханада диагноз қойылды: ")).c(rng.choice(O_DX_RU)).t(". ").t(W(b, "История болезни № ", "Ауру тарихы № ")).rid("hospitalisation", allow12=True).t(".\n")
        b.t("Листок нетрудоспособности № ").doc("sick_leave").t(". Контакт: ").phone().t("\n")
        b.t("ИИН ").iin(w).t("\nДата: ").date(d0 + dt.timedelta(days=rng.randint(2, 6)), "numeric").t("   Подпись ______\n")


def occ_interview(b, rng):
    d0 = rdate(rng)
    wit = P(b, age=rng.randint(22, 60), ref=d0)
    vic = P(b, g="m")
    b.t(W(b, "ПРОТОКОЛ ОПРОСА очевидца несчастного случая", "Жазатайым оқиға куәгерінен СҰРАУ ХАТТАМАСЫ")).t("\n")
    b.t(W(b, "Дата опроса: ", "Сұрау күні: ")).date(d0 + dt.timedelta(days=2), rng.choice(["numeric", "iso"])).t(", %02d:%02d\n" % (rng.randint(9, 17), rng.randint(0, 59)))
    b.t(W(b, "Опрошенный: ", "Сұралушы: ")).name(wit, "full").t(", ").date(wit.birth, "numeric", birth=True).t("\n")
    b.t(W(b, "ИИН ", "ЖСН ")).iin(wit, split=rng.random() < 0.3).t(", ").t(W(b, "проживает: ", "тұрады: ")).full_addr(AL(b)).t("\n")
    b.t(W(b, "Место работы: ", "Жұмыс орны: ")).work(_emp(b, rng)).t(", %s\n" % rng.choice(LST(b, O_JOB_RU, O_JOB_KK)))
    b.t(W(b, "По существу: ", "Мәні бойынша: ")).date(d0, "numeric").t(W(b, " видел, как ", " көрдім, ")).name(vic, "surname_initials").t(W(b, " упал с лесов высотой 3 м.", " 3 м биіктіктен құлады.")).t("\n")
    b.t(W(b, "Пострадавший доставлен в БСМП, диагноз: ", "Зардап шегуші ЖМЖА жеткізілді, диагнозы: ")).c(rng.choice(LST(b, O_DX_RU, O_DX_KK))).t("; ")
    b.c(rng.choice(["трамадол", "кеторолак", "цефазолин"])).t(W(b, " введён", " енгізілді")).t(". ").t(W(b, "И/б № ", "Ауру тарихы № ")).rid("hospitalisation", allow12=True).t("\n")
    b.t(W(b, "Опросил: инженер по ОТ ", "Сұраған: еңбекті қорғау инженері ")).name(P(b), "surname_initials").t(", ").email("ot.%d" % rng.randint(1, 90), "institutional", dom=rng.choice(["kmm.kz", "qarmet.kz", "ktz.kz"])).t("\n")


# ====================================================================== telemedicine_requests
T_DX_RU = ["ОНМК по геморрагическому типу", "нестабильная стенокардия", "ХСН III ФК по NYHA", "перелом шейки бедра справа",
           "сахарный диабет 2 типа, декомпенсация", "ЗНО лёгкого T2N0M0", "хроническая болезнь почек С4", "ТЭЛА"]
T_DX_KK = ["геморрагиялық типті ми қан айналымының бұзылысы", "тұрақсыз стенокардия", "оң жақ ортан жілік мойнының сынуы",
           "2 типті қант диабеті, декомпенсация", "бүйректің созылмалы ауруы С4"]
T_TEST = ["креатинин", "гликированный гемоглобин", "NT-proBNP", "тропонин T", "D-димер", "МНО", "КТ головного мозга"]
T_VAL = [("креатинин", "186 мкмоль/л"), ("гликированный гемоглобин", "9,4%"), ("NT-proBNP", "2140 пг/мл"),
         ("тропонин T", "0,12 нг/мл"), ("D-димер", "1,8 мкг/мл"), ("МНО", "2,6"), ("калий", "5,9 ммоль/л"), ("гемоглобин", "84 г/л")]
T_CENTRE = ["ННЦХ им. А.Н. Сызганова", "НИИТО им. академика Н.Д. Батпенова", "ННКЦ", "НЦН", "РДЦ"]
T_CENTRE_KK = ["А.Н. Сызғанов атындағы ҰҒХО", "академик Н.Д. Батпенов атындағы ТОҒЗИ", "ҰКО"]


def _tpat(b, rng, d0):
    old = rng.random() < 0.45
    age = rng.randint(90, 96) if old else rng.randint(40, 88)
    return P(b, age=age, ref=d0), age, old


def _tage(b, rng, age, old):
    if b.lang == "kk" or (b.lang == "mixed" and rng.random() < 0.5):
        if old:
            b.age(age, lang="kk", case=rng.choice([None, "loc"]))
        else:
            b.t("%d жаста" % age)
    else:
        if old:
            b.age(age)
        else:
            b.t("%d %s" % (age, "год" if age % 10 == 1 else ("года" if age % 10 in (2, 3, 4) else "лет")))


def tm_answer(b, rng):
    d0 = rdate(rng)
    p, age, old = _tpat(b, rng, d0)
    if rng.random() < 0.25:
        cons = make_person(rng, rng.choice(["tur", "korlat"]))
        title = rng.choice(["Prof.", "Dr."])
    else:
        cons = P(b)
        title = W(b, "д.м.н., профессор", "м.ғ.д., профессор")
    b.t(W(b, "ЗАКЛЮЧЕНИЕ КОНСУЛЬТАНТА по ТМК № ", "ТМК бойынша КЕҢЕСШІНІҢ ҚОРЫТЫНДЫСЫ № ")).rid("teleconsultation").t("\n")
    b.c(rng.choice(T_CENTRE if AL(b) == "ru" else T_CENTRE_KK)).t(", ").date(d0, "numeric").t(" %02d:%02d\n" % (rng.randint(8, 20), rng.randint(0, 59)))
    b.t(W(b, "Пациент: ", "Науқас: ")).name(p, "surname_initials").t(", ")
    _tage(b, rng, age, old)
    b.t(W(b, ", и/б № ", ", ауру тарихы № ")).rid("hospitalisation", allow12=True).t("\n")
    b.t(W(b, "Направившая МО: ЦРБ ", "Жолдаған ұйым: ")).city(AL(b)).t(", ").t(W(b, "лечащий врач ", "емдеуші дәрігер ")).name(P(b), "surname_initials").t("\n")
    (t1, v1), (t2, v2) = rng.sample(T_VAL, 2)
    b.t(W(b, "Представленные данные: ", "Ұсынылған деректер: ")).c(t1).t(" %s, " % v1).c(t2).t(" %s.\n" % v2)
    b.c(W(b, "ЗАКЛЮЧЕНИЕ", "ҚОРЫТЫНДЫ")).t(": ").c(rng.choice(LST(b, T_DX_RU, T_DX_KK))).t(".\n")
    b.t(W(b, "Рекомендовано: ", "Ұсынылады: ")).c(rng.choice(["апиксабан", "торасемид", "дапаглифлозин", "инсулин гларгин"])).t(" 5 мг 2 р/д; ")
    b.t(W(b, "перевод в ", "ауыстыру: ")).c(rng.choice(T_CENTRE)).t(W(b, " не показан.", " көрсетілмеген.")).t("\n")
    b.t(W(b, "Консультант: ", "Кеңесші: ")).t(title + " ").name(cons, "given_surname" if cons.latin else "surname_initials").t(", ").email(
        "tmk.%d" % rng.randint(1, 50), "institutional", dom=rng.choice(["nnch.kz", "nscmd.kz", "med.kz"])).t("\n")


def tm_request(b, rng):
    d0 = rdate(rng)
    p, age, old = _tpat(b, rng, d0)
    doc = P(b)
    b.t(W(b, "ЗАЯВКА на проведение телемедицинской консультации № ", "Телемедициналық консультация өткізуге ӨТІНІМ № ")).rid("request").t("\n")
    b.t(W(b, "от ", "")).date(d0, rng.choice(["numeric", "words_ru"] if b.lang == "ru" else ["numeric", "words_kk"])).t(W(b, ", срочность: экстренная", ", шұғылдығы: жедел")).t("\n")
    if AL(b) == "ru":
        b.t("Учреждение: ЦРБ ").district("ru", "gen").t(", ").settlement(rng.choice(D.VILLAGES)[0], village=True).t("\n")
    else:
        b.t("Мекеме: ").district("kk", "gen").t(" орталық ауруханасы, ").settlement(rng.choice(D.VILLAGES)[1], village=True).t(" ауылы\n")
    b.t(W(b, "Пациент: ", "Науқас: ")).name(p, "full").t(", ").date(p.birth, "numeric", birth=True).t("\n")
    b.t(W(b, "ИИН: ", "ЖСН: ")).iin(p).t(W(b, "   Возраст: ", "   Жасы: "))
    if old:
        b.age(age, unit=False)
    else:
        b.t("%d" % age)
    b.t("\n").t(W(b, "Диагноз направившей МО: ", "Жолдаған ұйымның диагнозы: ")).c(rng.choice(LST(b, T_DX_RU, T_DX_KK))).t("\n")
    b.t(W(b, "Цель: определение тактики, решение вопроса о переводе в ", "Мақсаты: ем тактикасын анықтау, ауыстыру мәселесі: ")).c(rng.choice(T_CENTRE)).t("\n")
    b.t(W(b, "Прилагаются: ", "Қоса беріледі: ")).c(rng.choice(T_TEST)).t(", ").c("ЭКГ").t(W(b, ", карта № ", ", карта № ")).rid("outpatient_card").t(W(b, ", анализ № ", ", талдау № ")).rid("lab", allow12=True).t("\n")
    b.t(W(b, "Врач: ", "Дәрігер: ")).name(doc, rng.choice(["full", "surname_initials"])).t(", ").phone().t(", ").email("crb.%d" % rng.randint(1, 99), "institutional").t("\n")


def tm_log(b, rng):
    d0 = rdate(rng)
    b.t(W(b, "ЖУРНАЛ учёта телемедицинских консультаций", "Телемедициналық консультацияларды есепке алу ЖУРНАЛЫ")).t(", ").date(d0, "month_year" if b.lang == "ru" else "month_year_kk").t("\n")
    b.t("| %s |\n|---|---|---|---|---|---|\n" % W(b, "№ ТМК | Дата | Пациент | Возраст | Направившая МО | Консультант",
                                                "ТМК № | Күні | Науқас | Жасы | Жолдаған ұйым | Кеңесші"))
    for i in range(rng.randint(4, 5)):
        d = d0 + dt.timedelta(days=rng.randint(0, 25))
        p, age, old = _tpat(b, rng, d)
        b.t("| ").rid("teleconsultation").t(" | ").date(d, "numeric").t(" | ").name(p, "surname_initials").t(" | ")
        if old:
            b.age(age, unit=False)
        else:
            b.t("%d" % age)
        b.t(" | ")
        if AL(b) == "ru":
            b.t("ЦРБ ").district("ru", "gen")
        else:
            b.city("kk").t(" ҚА")
        b.t(" | ").name(P(b), "surname_initials").t(" |\n")
    b.t("\n").t(W(b, "Итого: %d. Повторные — и/б № ", "Барлығы: %d. Қайталама — ауру тарихы № ") % rng.randint(20, 90)).rid("hospitalisation", allow12=True).t(" (").c(rng.choice(LST(b, T_DX_RU, T_DX_KK))).t(")\n")
    b.t(W(b, "Ответственный: ", "Жауапты: ")).name(P(b, g="f"), "given_surname").t(", ").phone("landline").t("\n")


# ====================================================================== chat_lowercase (all lower case, no punctuation)
C_RU = ["кт головы", "оак", "биохимия", "узи брюшной", "рентген грудной", "экг", "коагулограмма"]
C_KK = ["жқа", "жза", "бас кт", "экг", "ультрадыбыс", "рентген"]
C_DRUG = ["цефтриаксон", "кеторол", "омез", "гепарин", "дексаметазон", "фуросемид", "метформин"]


def _lstamp(b, rng, d, m):
    if not hasattr(b, "stampfmt"):
        b.stampfmt = rng.choice(["numeric", "two_digit_year"])
    b.date(d, b.stampfmt).t(" %02d %02d " % (m // 60, m % 60))


def ch_relative(b, rng):
    b.nobi = True
    d0 = rdate(rng)
    pat, _, _ = _tpat(b, rng, d0)
    doc = P(b)
    rel = P(b, g="f")
    m = rng.randint(420, 600)
    _lstamp(b, rng, d0, m)
    if W(b, "ru", "kk") == "ru":
        b.name(rel, "given_only", lower=True).t(" здравствуйте доктор это дочь ").name(pat, "surname_given", case="gen", lower=True).t("\n")
    else:
        b.name(rel, "given_only", lower=True).t(" сәлеметсіз бе дәрігер бұл ").name(pat, "surname_given", case="gen", caselang="kk", lower=True).t(" қызы\n")
    m += rng.randint(3, 30)
    _lstamp(b, rng, d0, m)
    b.name(doc, "given_patronymic", lower=True).t(W(b, " слушаю вас иин скиньте", " тыңдап тұрмын жсн жіберіңіз")).t("\n")
    m += rng.randint(1, 20)
    _lstamp(b, rng, d0, m)
    b.name(rel, "given_only", lower=True).t(" ").iin(pat, labelled=False).t(W(b, " мама лежит в 5 палате ", " анам 5 палатада жатыр ")).t("\n")
    m += rng.randint(1, 20)
    _lstamp(b, rng, d0, m)
    b.name(doc, "given_patronymic", lower=True).t(W(b, " видел результат ", " нәтижесін көрдім ")).c(rng.choice(LST(b, C_RU, C_KK))).t(W(b, " нормальный ", " жақсы ")).c(rng.choice(C_DRUG)).t(W(b, " продолжаем ", " жалғастырамыз ")).t("\n")
    m += rng.randint(1, 40)
    _lstamp(b, rng, d0, m)
    b.name(rel, "given_only", lower=True).t(W(b, " спасибо а выписка когда история ", " рахмет шығару қашан ауру тарихы ")).rid("hospitalisation", allow12=True).t("\n")
    m += rng.randint(1, 40)
    _lstamp(b, rng, d0, m)
    b.name(doc, "given_patronymic", lower=True).t(W(b, " ориентировочно ", " шамамен ")).date(d0 + dt.timedelta(days=rng.randint(2, 6)), "no_year" if b.lang == "ru" else "no_year_kk").t(W(b, " позвоните на пост ", " постқа хабарласыңыз ")).phone("local").t("\n")
    if pat.birth and (d0 - pat.birth).days > 90 * 365:
        m += rng.randint(1, 40)
        _lstamp(b, rng, d0, m)
        b.name(rel, "given_only", lower=True).t(W(b, " ей ведь ", " анам ")).age(age_of(pat, d0), lang="ru" if b.lang == "ru" else "kk").t(W(b, " осторожнее с давлением", " қысымына абай болыңыз")).t("\n")


def ch_doctors(b, rng):
    b.nobi = True
    d0 = rdate(rng)
    a = P(b)
    c = P(b)
    pat = P(b, age=rng.randint(30, 85), ref=d0)
    m = rng.randint(420, 600)
    _lstamp(b, rng, d0, m)
    b.name(a, "given_only", lower=True).t(W(b, " коллеги кто дежурит сегодня в приемке", " әріптестер бүгін қабылдауда кім кезекші")).t("\n")
    m += rng.randint(2, 20)
    _lstamp(b, rng, d0, m)
    b.name(c, "given_only", lower=True).t(W(b, " я и ", " мен және ")).name(P(b), "surname_only", lower=True).t("\n")
    m += rng.randint(2, 20)
    _lstamp(b, rng, d0, m)
    b.name(a, "given_only", lower=True).t(W(b, " к вам везут ", " сіздерге әкеле жатыр ")).name(pat, "surname_initials", lower=True).t(" ")
    b.c(rng.choice(LST(b, ["подозрение на аппендицит", "перелом лодыжки", "онмк", "пневмония"], ["аппендицитке күдік", "тобық сынуы", "пневмония"]))).t(W(b, " скорая ", " жедел жәрдем ")).rid("ambulance_call").t("\n")
    m += rng.randint(2, 30)
    _lstamp(b, rng, d0, m)
    b.name(c, "given_only", lower=True).t(W(b, " ок назначил ", " жарайды тағайындадым ")).c(rng.choice(C_DRUG)).t(" 1 0 в в ").c(rng.choice(LST(b, C_RU, C_KK))).t(W(b, " номер пробы ", " сынама нөмірі ")).rid("lab", allow12=True).t("\n")
    m += rng.randint(2, 30)
    _lstamp(b, rng, d0, m)
    b.name(a, "given_only", lower=True).t(W(b, " родственник ", " туысы ")).name(P(b, g="m"), "given_surname", lower=True).t(" ").phone().t(W(b, " живут в ", " тұрады ")).city(*(("ru", "prep") if AL(b) == "ru" else ("kk", "loc"))).low().t("\n")


def ch_notes(b, rng):
    b.nobi = True
    d0 = rdate(rng)
    b.t(W(b, "заметки ", "жазбалар ")).date(d0, "numeric").t("\n")
    p1 = P(b, age=rng.randint(30, 80), ref=d0)
    p2 = P(b, g="f")
    old = P(b, g="f", age=rng.randint(90, 95), ref=d0)
    b.t(W(b, "позвонить ", "қоңырау шалу ")).name(p1, "surname_given", lower=True).t(" ").phone().t(W(b, " по поводу ", " ")).c(rng.choice(LST(b, C_RU, C_KK))).t("\n")
    b.name(old, "given_only", lower=True).t(W(b, " бабушка ", " әже ")).age(age_of(old, d0), lang="ru" if b.lang == "ru" else "kk").t(W(b, " вызов на дом ", " үйге шақыру ")).full_addr(AL(b), flat=True).low().t("\n")
    b.t(W(b, "иин ", "жсн ")).iin(p1).t(W(b, " справка на ", " анықтама ")).date(d0 + dt.timedelta(days=1), "no_year" if b.lang == "ru" else "no_year_kk").t("\n")
    b.t(W(b, "карта ", "карта ")).rid("outpatient_card").t(W(b, " отдать ", " беру ")).name(p2, "surname_initials", lower=True).t("\n")
    b.t(W(b, "анализ ", "талдау ")).rid("lab", allow12=True).t(" ").c(rng.choice(C_DRUG)).t(W(b, " отменить", " тоқтату")).t("\n")
    b.t(W(b, "почта для выписки ", "эпикриз поштасы ")).email("%s%d" % (rng.choice(["aru", "dana", "sanzhar", "olga"]), rng.randint(10, 999)), "personal").t("\n")


# ====================================================================== nurse_ward_round
N_OBS_RU = ["капельница NaCl 0,9% 400 мл", "инсулин 8 ЕД п/к", "перевязка", "ЭКГ в 07:00", "контроль диуреза", "гепарин 5000 ЕД",
            "сатурация 93%", "АД 160/100", "глюкоза 11,2 ммоль/л", "профилактика пролежней"]
N_OBS_KK = ["NaCl 0,9% 400 мл тамшылатып", "инсулин 8 ЕД тері астына", "таңу", "07:00-де ЭКГ", "диурезді бақылау",
            "сатурация 93%", "АҚҚ 160/100", "глюкоза 11,2 ммоль/л"]


def _nurse_pt(b, rng, d0):
    k = rng.random()
    if k < 0.2:
        e = rng.choice(["uzb", "aze"])
        p = P(b, e=e, age=rng.randint(25, 80), ref=d0)
        return p, "turkic", rng.randint(25, 80)
    if k < 0.35:
        ag = rng.randint(90, 97)
        return P(b, e="kaz", age=ag, ref=d0), "old", ag
    ag = rng.randint(20, 88)
    return P(b, age=ag, ref=d0), "plain", ag


def nr_bedlist(b, rng):
    d0 = rdate(rng)
    b.t(W(b, "ЛИСТ ОБХОДА, отделение № %d, ", "АРАЛАУ ПАРАҒЫ, № %d бөлімше, ") % rng.randint(1, 9)).date(d0, "numeric").t("\n")
    b.t("| %s |\n|---|---|---|---|\n" % W(b, "Койка | Пациент | Возраст | Назначения", "Төсек | Науқас | Жасы | Тағайындаулар"))
    for i in range(rng.randint(5, 6)):
        p, k, ag = _nurse_pt(b, rng, d0)
        b.t("| %d-%d | " % (rng.randint(1, 15), rng.randint(1, 4)))
        if k == "turkic" and p.pat_kind == "particle":
            b.name(p, "given_patronymic", lower=True)
        elif k == "old":
            b.name(p, "given_only").t(" %s" % ("ата" if p.g == "m" else "әже"))
        else:
            b.name(p, rng.choice(["given_only", "given_patronymic"]))
            if p.eth == "kaz" and rng.random() < 0.5:
                b.t(" %s" % ("ағай" if p.g == "m" else "апай"))
        b.t(" | ")
        if k == "old":
            b.age(ag, unit=False)
        else:
            b.t("%d" % ag)
        b.t(" | ").c(rng.choice(LST(b, N_OBS_RU, N_OBS_KK))).t(" |\n")
    b.t("\n").t(W(b, "Анализ ", "Талдау ")).c(W(b, "ОАК", "ЖҚА")).t(" № ").rid("lab", allow12=True).t(W(b, " — в лабораторию до 08:00", " — 08:00-ге дейін зертханаға")).t("\n")
    b.t(W(b, "Постовая м/с ", "Бекет мейірбикесі ")).name(P(b, g="f"), "given_only").t(", ").t(W(b, "ст. м/с ", "аға м/б ")).name(P(b, g="f"), "surname_initials").t("\n")


def nr_diary(b, rng):
    d0 = rdate(rng)
    b.t(W(b, "Дневник постовой медсестры, ", "Бекет мейірбикесінің күнделігі, ")).date(d0, "words_ru" if b.lang == "ru" else ("words_kk" if b.lang == "kk" else "numeric")).t("\n")
    for h in sorted(rng.sample(range(8, 23), 4)):
        p, k, ag = _nurse_pt(b, rng, d0)
        b.t("%02d:%02d " % (h, rng.randint(0, 59)))
        if k == "turkic" and p.pat_kind == "particle":
            b.name(p, "given_patronymic", lower=True)
        elif k == "old":
            b.name(p, "given_only").t(" %s, " % ("ата" if p.g == "m" else "әже")).age(ag, lang="kk" if AL(b) == "kk" else "ru")
        else:
            b.name(p, "given_only")
            if p.eth == "kaz":
                b.t(" %s" % ("ағай" if p.g == "m" else "апай"))
        b.t(W(b, " (пал. %d): ", " (%d-палата): ") % rng.randint(1, 14)).c(rng.choice(LST(b, N_OBS_RU, N_OBS_KK))).t(".\n")
    npt = P(b, g="f")
    if b.lang == "kk":
        b.t("Кезекші дәрігер ").name(P(b), "given_patronymic", case="dat", caselang="kk").t(" баяндалды. Жаңа науқас ")
    else:
        b.t("Дежурному врачу ").name(P(b), "given_patronymic", case="dat").t(" доложено. Новая пациентка ")
    b.name(npt, "surname_given").t(", ").t(W(b, "ИИН ", "ЖСН ")).iin(npt).t(W(b, ", и/б ", ", ауру тарихы ")).rid("hospitalisation", allow12=True).t("\n")
    b.t(W(b, "Дочь просит звонить: ", "Қызы хабарласуды сұрайды: ")).phone().t("\n")


def nr_discharge(b, rng):
    d0 = rdate(rng)
    b.t(W(b, "СПИСОК на выписку и перевод, ", "Шығару және ауыстыру ТІЗІМІ, ")).date(d0, "numeric").t("\n\n")
    for i in range(rng.randint(3, 4)):
        p, k, ag = _nurse_pt(b, rng, d0)
        b.t("%d. %s %d — " % (i + 1, W(b, "койка", "төсек"), rng.randint(1, 40)))
        if k == "turkic" and p.pat_kind == "particle":
            b.name(p, "given_patronymic", lower=True)
        else:
            b.name(p, rng.choice(["given_only", "surname_initials", "given_patronymic"]))
            if k == "old":
                b.t(" %s" % ("ата" if p.g == "m" else "әже"))
        b.t(", ").t(W(b, "и/б № ", "ауру тарихы № ")).rid("hospitalisation", allow12=(i == 0)).t(W(b, ", выписка ", ", шығару ")).date(d0 + dt.timedelta(days=1), "no_year").t("; ")
        b.c(rng.choice(LST(b, N_OBS_RU, N_OBS_KK))).t("\n")
    b.t(W(b, "Перевод в ", "Ауыстыру: ")).c(rng.choice(["НИИТО им. академика Н.Д. Батпенова", "ОКБ", "А.Н. Сызғанов атындағы ҰҒХО"])).t(", ").t(W(b, "сопровождает м/б ", "алып жүреді: м/б ")).name(P(b, g="f"), "given_only").t("\n")
    b.t(W(b, "Родственникам сообщить: ", "Туыстарына хабарлау: ")).name(P(b, g="m"), "given_only").t(" ").t(W(b, "(сын) ", "(ұлы) ")).phone().t("\n")


# ====================================================================== sports_trauma_clinic
SP_DX_RU = ["разрыв латерального мениска", "вывих акромиального конца ключицы", "перелом пястной кости (перелом боксёра)",
            "повреждение ПКС", "латеральный эпикондилит", "стрессовый перелом плюсневой кости", "растяжение приводящих мышц бедра"]
SP_DX_KK = ["латеральды мениск үзілуі", "бұғананың акромиальды ұшының шығуы", "алақан сүйегінің сынуы", "АКБ жарақаты",
            "аяқ ұшы сүйегінің стресс-сынуы"]
SP_TR = ["ЛФК", "PRP-терапия", "кинезиотейпирование", "ортез Donjoy", "УВТ", "магнитотерапия", "тест Лахмана", "тест Мак-Мюррея"]
SP_CLUB_RU = ["ФК «Кайрат»", "ХК «Барыс»", "ФК «Шахтёр»", "ВК «Жетысу»", "спортклуб «Тулпар»", "клуб дзюдо «Намыс»"]
SP_CLUB_KK = ["«Қайрат» ФК", "«Барыс» ХК", "«Тұлпар» спорт клубы", "«Намыс» дзюдо клубы"]
SP_KIND_RU = ["дзюдо", "бокс", "футбол", "хоккей", "борьба", "лёгкая атлетика"]
SP_KIND_KK = ["дзюдо", "бокс", "футбол", "хоккей", "күрес", "жеңіл атлетика"]


def _club(b, rng):
    return b.work(rng.choice(SP_CLUB_RU if AL(b) == "ru" else SP_CLUB_KK), extra=("sports_club",))


def sp_card(b, rng):
    d0 = rdate(rng)
    a = P(b, age=rng.randint(14, 28), ref=d0)
    b.t(W(b, "МЕДИЦИНСКАЯ КАРТА СПОРТСМЕНА № ", "СПОРТШЫНЫҢ МЕДИЦИНАЛЫҚ КАРТАСЫ № ")).rid("outpatient_card").t("\n")
    b.t(W(b, "Ф.И.О.: ", "Аты-жөні: ")).name(a, "full", caps=rng.random() < 0.3).t("\n")
    b.t(W(b, "Дата рождения: ", "Туған күні: ")).date(a.birth, "numeric", birth=True).t(W(b, "   ИИН ", "   ЖСН ")).iin(a).t("\n")
    b.t(W(b, "ID спортсмена (федерация): ", "Спортшы ID (федерация): ")).doc("athlete_id").t("\n")
    b.t(W(b, "Вид спорта: %s; клуб: ", "Спорт түрі: %s; клубы: ") % rng.choice(LST(b, SP_KIND_RU, SP_KIND_KK)))
    _club(b, rng)
    b.t("\n").t(W(b, "Тренер: ", "Бапкер: ")).name(P(b), rng.choice(["surname_initials", "full"])).t(", ").phone().t("\n")
    b.t(W(b, "УМО ", "ТМТ ")).date(d0, "numeric").t(": ").c("ЭКГ").t(W(b, " — синусовая брадикардия 52 уд/мин; ", " — синустық брадикардия 52; ")).c("Эхо-КГ").t(W(b, " — норма.", " — қалыпты.")).t("\n")
    b.t(W(b, "Травмы: ", "Жарақаттар: ")).date(d0 - dt.timedelta(days=rng.randint(60, 400)), "month_year" if b.lang == "ru" else "month_year_kk").t(" — ").c(rng.choice(LST(b, SP_DX_RU, SP_DX_KK))).t(W(b, ", и/б № ", ", ауру тарихы № ")).rid("hospitalisation", allow12=True).t("\n")
    b.t(W(b, "Допуск к соревнованиям: допущен. Врач ", "Жарысқа рұқсат: рұқсат етілді. Дәрігер ")).name(P(b), "surname_initials").t("\n")


def sp_admission(b, rng):
    d0 = rdate(rng)
    d0 = d0.replace(day=min(d0.day, 24))
    b.t(W(b, "ЗАЯВКА на участие в соревнованиях (медицинский допуск)", "Жарысқа қатысуға ӨТІНІМ (медициналық рұқсат)")).t("\n")
    b.t(W(b, "Команда: ", "Команда: "))
    _club(b, rng)
    b.t(W(b, ", турнир ", ", турнир ")).date_range(d0, d0 + dt.timedelta(days=rng.randint(2, 4)), "ru" if AL(b) == "ru" else "kk").t(", ").city(AL(b)).t("\n")
    b.t("| %s |\n|---|---|---|---|---|\n" % W(b, "№ | Ф.И.О. | Дата рожд. | ID спортсмена | Допуск врача",
                                            "№ | Аты-жөні | Туған күні | Спортшы ID | Дәрігер рұқсаты"))
    for i in range(rng.randint(4, 5)):
        a = P(b, age=rng.randint(14, 25), ref=d0)
        b.t("| %d | " % (i + 1)).name(a, rng.choice(["surname_given", "full"])).t(" | ").date(a.birth, "numeric", birth=True).t(" | ").doc("athlete_id").t(" | ")
        b.t(W(b, "допущен", "рұқсат") if rng.random() < 0.8 else W(b, "не допущен", "рұқсат жоқ")).t(" |\n")
    b.t("\n").t(W(b, "Не допущен в связи с: ", "Рұқсат берілмеді: ")).c(rng.choice(LST(b, SP_DX_RU, SP_DX_KK))).t(W(b, " (протокол ВКК № ", " (ДКК хаттамасы № ")).rid("commission_protocol", allow12=True).t(")\n")
    b.t(W(b, "Врач команды ", "Команда дәрігері ")).name(P(b), "surname_initials").t(W(b, "; главный тренер ", "; бас бапкер ")).name(P(b, g="m"), "surname_initials").t("\n")


def sp_letter(b, rng):
    d0 = rdate(rng)
    a = P(b, age=rng.randint(14, 26), ref=d0)
    coach = P(b, g="m")
    b.t("From: ").name(coach, "given_surname", latin=rng.random() < 0.5).t(" <").email("coach.%d" % rng.randint(1, 99), "personal").t(">\n")
    b.t("To: ").t(W(b, "клиника спортивной травмы", "спорттық жарақат клиникасы")).t(" <").email("sportmed%d" % rng.randint(1, 9), "institutional", dom="med.kz").t(">\n")
    b.t("Date: ").date(d0, "iso").t(" %02d:%02d\n\n" % (rng.randint(7, 22), rng.randint(0, 59)))
    ru_f = a.g == "f"
    b.t(W(b, "Добрый день! Моя воспитанница " if ru_f else "Добрый день! Мой воспитанник ", "Қайырлы күн! Менің шәкіртім ")).name(a, "surname_given").t(" (").doc("athlete_id").t(W(b, ") получила травму на " if ru_f else ") получил травму на ", ") жарақат алды: ")).t(rng.choice(LST(b, ["первенстве области", "сборах в Щучинске"], ["облыс біріншілігінде", "оқу-жаттығу жиынында"]))).t(" ").date(d0 - dt.timedelta(days=rng.randint(1, 5)), "no_year" if b.lang == "ru" else "no_year_kk").t(".\n")
    b.t(W(b, "В травмпункте сказали: ", "Жарақат пунктінде айтты: ")).c(rng.choice(LST(b, SP_DX_RU, SP_DX_KK))).t(W(b, ", снимок № ", ", сурет № ")).rid("xray").t(".\n")
    b.t(W(b, "Просим записать на консультацию, нужна ли ", "Кеңеске жазуды сұраймыз, қажет пе ")).c(rng.choice(["PRP-терапия", "ЛФК", "УВТ", "магнитотерапия", "операция"])).t("? ").t(W(b, "Анализ ", "Талдау ")).rid("lab", allow12=True).t(W(b, " готов.", " дайын.")).t("\n")
    b.t(W(b, "Мама спортсмена: ", "Спортшының анасы: ")).name(P(b, g="f"), "given_patronymic").t(", ").phone().t("\n")
    b.t(W(b, "С уважением, тренер ", "Құрметпен, бапкер ")).name(coach, "surname_initials").t("\n")


def _reg(style, fns):
    out = {}
    for i, fn in enumerate(fns):
        for lang in ("ru", "kk", "mixed"):
            out[(lang, 3 + i)] = fn
    return out


EXTRA = {
    "school": _reg("school", [sch_journal, sch_statement, sch_kinder]),
    "occup": _reg("occup", [occ_order, occ_explanation, occ_interview]),
    "tele": _reg("tele", [tm_answer, tm_request, tm_log]),
    "chat": _reg("chat", [ch_relative, ch_doctors, ch_notes]),
    "nurse": _reg("nurse", [nr_bedlist, nr_diary, nr_discharge]),
    "sport": _reg("sport", [sp_card, sp_admission, sp_letter]),
}
