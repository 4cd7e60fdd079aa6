# -*- coding: utf-8 -*-
"""Rebuild records.jsonl for deid_dev7:  python3 build.py
Records are assembled from template pieces; spans are emitted while the text is assembled."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from core import B, V, C, mkrng, kk_suf, ru_spell  # noqa: E402
import gen as Gn  # noqa: E402
import pools as P  # noqa: E402

SEED = "deid_dev7/2025"
STYLES = ["outpatient_card", "discharge_epicrisis", "ambulance_call_card", "sick_leave_registry",
          "lab_radiology_report", "referral", "ward_patient_list"]
NVAR = 6

DIAG = [("Закрытый перелом шейки левой бедренной кости со смещением", "Сол жақ сан сүйегі мойнының ығысқан жабық сынығы", "S72.0"),
        ("Закрытый чрезвертельный перелом правого бедра", "Оң жақ санның ұршық арқылы жабық сынығы", "S72.1"),
        ("Гипертоническая болезнь III стадии, риск 4", "Гипертониялық ауру III сатысы, қауіп 4", "I11.9"),
        ("ИБС. Стенокардия напряжения ФК III", "Жүректің ишемиялық ауруы. Күш түсу стенокардиясы ФК III", "I20.8"),
        ("Сахарный диабет 2 типа, субкомпенсация", "2 типті қант диабеті, субкомпенсация", "E11.9"),
        ("Деформирующий остеоартроз правого коленного сустава III ст.", "Оң жақ тізе буынының деформациялаушы остеоартрозы III дәреже", "M17.1"),
        ("Внебольничная двусторонняя пневмония", "Ауруханадан тыс екі жақты пневмония", "J18.9"),
        ("ОНМК по ишемическому типу в бассейне левой СМА", "Сол жақ ОМА бассейнінде ишемиялық типті МҚАЖБ", "I63.5"),
        ("Хроническая сердечная недостаточность ФК III по NYHA", "Созылмалы жүрек жеткіліксіздігі ФК III (NYHA)", "I50.0"),
        ("Перелом дистального метаэпифиза лучевой кости", "Кәрі жілік дистальды метаэпифизінің сынығы", "S52.5"),
        ("Хроническая обструктивная болезнь лёгких, обострение", "Өкпенің созылмалы обструктивті ауруы, өршуі", "J44.1"),
        ("Острый калькулёзный холецистит", "Жедел калькулезді холецистит", "K80.0"),
        ("Коксартроз левого тазобедренного сустава III ст.", "Сол жақ жамбас-сан буынының коксартрозы III дәреже", "M16.1"),
        ("Фибрилляция предсердий, постоянная форма", "Жүрекшелер фибрилляциясы, тұрақты түрі", "I48.2")]
COMPL_RU = ["боли в правом коленном суставе при ходьбе", "головокружение, слабость", "одышку при минимальной нагрузке",
            "боли в области левого тазобедренного сустава", "кашель с мокротой, повышение температуры до 38,2",
            "давящие боли за грудиной", "отёки нижних конечностей", "боли и отёк в области левого лучезапястного сустава"]
COMPL_KK = ["жүрген кезде оң жақ тізе буынының ауыруына", "бас айналуға, әлсіздікке", "аз күш түскенде ентігуге",
            "сол жақ жамбас-сан буыны аймағындағы ауырсынуға", "қақырықты жөтелге, дене қызуының 38,2-ге дейін көтерілуіне",
            "төс артындағы қысып ауыруға", "аяқтардың ісінуіне", "сол жақ білезік буыны аймағындағы ауырсыну мен ісінуге"]
HEAD_RU = {"outpatient_card": "ОСМОТР ВРАЧА ОБЩЕЙ ПРАКТИКИ", "discharge_epicrisis": "ВЫПИСНОЙ ЭПИКРИЗ",
           "ambulance_call_card": "КАРТА ВЫЗОВА СКОРОЙ МЕДИЦИНСКОЙ ПОМОЩИ",
           "sick_leave_registry": "РЕЕСТР ЛИСТОВ ВРЕМЕННОЙ НЕТРУДОСПОСОБНОСТИ",
           "lab_radiology_report": "РЕЗУЛЬТАТ ЛАБОРАТОРНОГО ИССЛЕДОВАНИЯ", "referral": "НАПРАВЛЕНИЕ НА ГОСПИТАЛИЗАЦИЮ",
           "ward_patient_list": "СПИСОК ПАЦИЕНТОВ ОТДЕЛЕНИЯ"}
HEAD_KK = {"outpatient_card": "ЖАЛПЫ ПРАКТИКА ДӘРІГЕРІНІҢ ҚАРАУЫ", "discharge_epicrisis": "ШЫҒАРУ ЭПИКРИЗІ",
           "ambulance_call_card": "ЖЕДЕЛ МЕДИЦИНАЛЫҚ ЖӘРДЕМ ШАҚЫРУ КАРТАСЫ",
           "sick_leave_registry": "ЕҢБЕККЕ УАҚЫТША ЖАРАМСЫЗДЫҚ ПАРАҚТАРЫНЫҢ ТІЗІЛІМІ",
           "lab_radiology_report": "ЗЕРТХАНАЛЫҚ ЗЕРТТЕУ НӘТИЖЕСІ", "referral": "ЕМДЕУГЕ ЖАТҚЫЗУҒА ЖОЛДАМА",
           "ward_patient_list": "БӨЛІМДЕГІ НАУҚАСТАР ТІЗІМІ"}
REC_KIND = {"outpatient_card": "outpatient_card", "discharge_epicrisis": "hospitalisation",
            "ambulance_call_card": "ambulance_call", "sick_leave_registry": "sick_leave_reg",
            "lab_radiology_report": "lab", "referral": "referral", "ward_patient_list": "hospitalisation"}
RELS_RU = [("дочь", "дочери"), ("сын", "сына"), ("внучка", "внучки"), ("внук", "внука"), ("супруга", "супруги"), ("соседка", "соседки")]
RELS_KK = [("қызы", "қызы"), ("ұлы", "ұлы"), ("немересі", "немересі"), ("келіні", "келіні"), ("жұбайы", "жұбайы"), ("көршісі", "көршісі")]
REL_SEX = ["f", "m", "f", "m", "f", "f"]


class G:
    def __init__(self, rid, lang, style, v):
        self.r = mkrng(SEED + "|" + rid)
        self.lang, self.style, self.v = lang, style, v
        self.L = "kk" if lang == "kk" else "ru"
        self.ref = Gn.rdate(self.r, 2022, 2025)
        ocr = (v == 5 and style in ("outpatient_card", "referral", "discharge_epicrisis")) or \
              (v == 2 and style == "ambulance_call_card")
        self.b = B(ocr_rng=mkrng(SEED + "|ocr|" + rid) if ocr else None)
        self.twelve = False

    # --- language helpers
    def blk(self, i):
        if self.lang == "mixed":
            self.L = ["ru", "kk"][(self.v + i) % 2]

    def T(self, ru, kk):
        return ru if self.L == "ru" else kk

    def T2(self, ru, kk):
        """Bilingual label in mixed records (kk / ru) for some variants."""
        if self.lang == "mixed" and self.v % 3 == 0:
            return kk + " / " + ru
        return self.T(ru, kk)

    def add(self, *a):
        self.b.add(*a)

    # --- values
    def pat(self, old=None, eth=None, sex=None, citizen="kz"):
        r = self.r
        if old is None:
            old = r.random() < 0.55
        age = r.randrange(90, 100) if old else r.randrange(19, 89)
        if eth is None and r.random() < 0.2:
            eth = r.choice(["kr", "ug", "uz", "de", "tt", "az", "ua", "ce", "dg"])
        return Gn.person(r, eth=eth, sex=sex, age=age, ref=self.ref, citizen=citizen)

    def nm(self, p, kind, case="nom", surface=None):
        return Gn.name_v(self.r, p, kind, self.L, case, surface)

    def d(self, d, style=None, birth=False, case=None):
        r = self.r
        if style is None:
            style = r.choice(["numeric", "numeric", "words_ru", "two_digit_year", "quoted", "roman", "iso"]) if self.L == "ru" \
                else r.choice(["numeric", "numeric", "numeric_short", "two_digit_year"])
        return Gn.date_v(r, d, style, birth=birth, case=case)

    def dt_after(self, a, b):
        return self.ref - dt.timedelta(days=self.r.randrange(a, b))

    def age(self, p, kind):
        return Gn.age_part(p["age"], kind)

    def ph(self, kind=None):
        r = self.r
        kind = kind or r.choice(["plus7", "eight", "compact", "plus7", "dotted", "spaced"])
        return Gn.phone_v(r, kind)

    def rec(self, kind):
        tw = False
        if not self.twelve and kind in ("hospitalisation", "lab", "commission_protocol") and self.r.random() < 0.3:
            tw = True
            self.twelve = True
        return Gn.rec_v(self.r, kind, twelve=tw)

    def iin(self, p, labelled=True, split=None):
        s = p["iin"]
        f = ["labelled" if labelled else "unlabelled"]
        if split is None:
            split = self.r.random() < 0.15
        if split:
            s = s[:6] + self.r.choice([" ", "-"]) + s[6:]
            f.append("split")
        return V("IIN", s, f)

    def home(self, p, kind=None):
        r = self.r
        kind = kind or r.choice(["full", "micro_full", "village_full", "micro", "unmarked"])
        if kind == "full":
            return Gn.addr_full(r, self.L)
        if kind == "micro_full":
            return Gn.addr_full(r, self.L, micro=True)
        if kind == "village_full":
            return Gn.addr_village_full(r, self.L)
        if kind == "micro":
            return Gn.addr_micro_partial(r, self.L)
        return Gn.addr_street_unmarked(r, self.L)

    def drug(self, case=None):
        r = self.r
        if self.L == "kk" and case:
            return C(kk_suf(r.choice(P.DRUGS_KK_STEM), case))
        return C(r.choice(P.DRUGS))

    def diag(self):
        dg = self.r.choice(DIAG)
        return C(dg[0] if self.L == "ru" else dg[1]), dg[2]

    def sp(self, n=1):
        return "\n" * n


# ====================================================================== shared blocks
def header(g, hv):
    r, st = g.r, g.style
    g.blk(0)
    title = C(HEAD_RU[st] if g.L == "ru" else HEAD_KK[st])
    if hv == 0:
        g.add(g.T("КГП на ПХВ «Городская поликлиника № %d» УОЗ г. " % r.randrange(1, 36),
                  "«№ %d қалалық емхана» ШЖҚ КМК, " % r.randrange(1, 36)),
              Gn.settlement(r, g.L, "city"), g.T("", " қ."), "\n", title, "\n")
    elif hv == 1:
        g.add(C(r.choice(P.INST_NAMED)), "\n", title, "\n")
    elif hv == 2:
        g.add(g.T("ГКП на ПХВ «Центральная районная больница ", "«"), Gn.district_v(r, g.L, "gen", rural=True),
              g.T("»", " орталық ауруханасы» ШЖҚ МКК"), "\n", title, "\n")
    elif hv == 3:
        g.add(g.T("Форма № 0%d/у" % r.choice([25, 27, 66, 86, 95, 110]), "№ 0%d/е нысаны" % r.choice([25, 27, 66, 86, 110])), "\n",
              title, "\n")
    elif hv == 4:
        g.add(g.T("Медицинская организация: ГКБ № %d" % r.randrange(1, 12), "Медициналық ұйым: № %d ҚКА" % r.randrange(1, 12)),
              g.T("; тел. приёмной ", "; қабылдау бөлімі тел.: "), Gn.phone_v(r, "landline"), ", e-mail: ", Gn.email_inst(r), "\n", title, "\n")
    else:
        g.add(title, g.T(" (филиал ", " ("), Gn.settlement(r, g.L, "city"), g.T(")", " филиалы)"), "\n")


def rec_line(g, kind, lab_ru, lab_kk, dstyle=None):
    dv = g.d(g.ref, dstyle)
    g.add(g.T2(lab_ru, lab_kk), " № ", g.rec(kind), g.T(" от ", ", "), dv, g.T(" г.", " ж.") if "numeric" in dv.forms or "roman" in dv.forms else "", "\n")


def patient_block(g, p, pv, doc=True, work=True):
    r = g.r
    if pv == 0:  # key-value
        g.add(g.T2("Ф.И.О. пациента", "Науқастың Т.А.Ә."), ": ", g.nm(p, "full"), "\n",
              g.T2("Дата рождения", "Туған күні"), ": ", g.d(p["birth"], "numeric", birth=True), "\n",
              g.T2("Возраст", "Жасы"), ": ", g.age(p, "after_label"), "\n",
              g.T2("ИИН", "ЖСН"), ": ", g.iin(p), "\n",
              g.T2("Адрес", "Мекенжайы"), ": ", g.home(p), "\n",
              g.T("Тел.: ", "Байланыс тел.: "), g.ph(), "\n")
        if r.random() < 0.55:
            if p["eth"] in ("ru", "ua", "de", "kr", "tt", "ce") and r.random() < 0.75:
                k = r.choice(["ru_int_sp", "ru_int_c", "ru_int_sp2", "ru_int_no", "ru_zagran"])
            else:
                k = r.choice(["id_card", "id_card", "kz"])
            g.add(g.T2("Документ", "Құжат"), ": ", g.T({"id_card": "удостоверение личности № ", "kz": "паспорт РК № "}.get(k, "паспорт РФ "),
                                                       {"id_card": "жеке куәлік № ", "kz": "ҚР паспорты № "}.get(k, "РФ паспорты ")),
                  Gn.doc_v(r, k), "\n")
        if work and p["age"] < 63:
            g.add(g.T2("Место работы", "Жұмыс орны"), ": ", Gn.workplace(r, g.L), "\n")
        elif work:
            g.add(g.T2("Место работы", "Жұмыс орны"), ": ", g.T("пенсионер(ка)", "зейнеткер"), "\n")
    elif pv == 1:  # three-cell name table + age in cell
        a, b_, c = Gn.split_name_cells(p, g.L)
        g.add(g.T("| Фамилия | Имя | Отчество |\n", "| Тегі | Аты | Әкесінің аты |\n"), "|---|---|---|\n",
              "| ", a, " | ", b_, " | ", c, " |\n\n",
              g.T("| Дата рождения | Возраст | ИИН | Пол |\n", "| Туған күні | Жасы | ЖСН | Жынысы |\n"), "|---|---|---|---|\n",
              "| ", g.d(p["birth"], "numeric", birth=True), " | ", g.age(p, "table_cell"), " | ", g.iin(p, labelled=False, split=False),
              " | ", g.T("муж" if p["sex"] == "m" else "жен", "ер" if p["sex"] == "m" else "әйел"), " |\n")
        g.add(g.T("Проживает: ", "Тұрғылықты жері: "), Gn.settlement(r, g.L, "village"),
              g.T(", ", " ауылы, "), Gn.district_v(r, g.L, rural=True), g.T(", тел. ", ", тел. "), g.ph("local"), "\n")
    elif pv == 2:  # inline sentence
        if g.L == "ru":
            g.add("Пациент" if p["sex"] == "m" else "Пациентка", " ", g.nm(p, "full"), ", ",
                  g.d(p["birth"], r.choice(["numeric", "words_ru"]), birth=True), " г.р. (", g.age(p, "ru_unit"),
                  "), ИИН ", g.iin(p), ", проживает ", *(("в селе ", Gn.settlement(r, "ru", "village")) if r.random() < 0.5 else
                                                         ("в ", Gn.settlement(r, "ru", "village", "prep"))),
                  " ", Gn.district_v(r, "ru", "gen", rural=True), ", ", g.T("тел. ", ""), g.ph("local"), ".\n")
        else:
            g.add("Науқас ", g.nm(p, "full"), ", ", g.d(p["birth"], r.choice(["numeric", "words_kk"]), birth=True),
                  " ж.т., ", g.age(p, "kk_unit"), ", ЖСН ", g.iin(p), ", ", Gn.district_v(r, "kk", "gen", rural=True), " ",
                  Gn.settlement(r, "kk", "village"), " ауылында тұрады, байланыс: ", g.ph("local"), ".\n")
    elif pv == 3:  # caps + Russian internal passport
        p["citizen"] = "ru"
        g.add(g.T("ПАЦИЕНТ: ", "НАУҚАС: "), g.nm(p, r.choice(["full", "surname_given"]), surface="caps"), "\n",
              g.T("ИИН ", "ЖСН "), g.iin(p, split=True), g.T("  Возраст: ", "  Жасы: "), g.age(p, "after_label"), "\n")
        if doc:
            k = r.choice(["ru_int_sp", "ru_int_c", "ru_int_sp2", "ru_int_no"])
            dv = Gn.doc_v(r, k)
            g.add(g.T("Документ: паспорт гражданина РФ, серия и номер ", "Құжаты: РФ азаматының паспорты, сериясы мен нөмірі "), dv,
                  g.T(", выдан ", ", берілген күні "), g.d(Gn.rdate(r, 2005, 2020), "numeric"), "\n",
                  g.T("Адрес в РФ: ", "РФ-дағы мекенжайы: "), Gn.foreign_addr(r, "ru"), "\n",
                  g.T("Временно проживает: ", "Уақытша тұратын жері: "), Gn.addr_micro_partial(r, g.L), g.T(", тел. ", ", тел. "),
                  Gn.phone_v(r, "ru"), "\n")
    elif pv == 4:  # foreign citizen, Latin name
        eth = r.choice(["uzl", "kgl", "tr", "fkr", "fde", "uzl", "cn"])
        q = Gn.person(r, eth=eth, sex=p["sex"], age=p["age"], ref=g.ref)
        p.clear(); p.update(q)
        ctry = {"uzl": ("Узбекистан", "Өзбекстан", "uz"), "kgl": ("Кыргызстан", "Қырғызстан", "kg"), "tr": ("Турция", "Түркия", "tr"),
                "fkr": ("Республика Корея", "Корея Республикасы", "kr"), "fde": ("Германия", "Германия", "de"),
                "cn": ("КНР", "ҚХР", "cn")}[eth]
        phk = {"uz": "uz", "kg": "kg", "tr": "tr", "kr": "kr", "de": "de", "cn": "ru"}[ctry[2]]
        g.add(g.T("Пациент (иностранный гражданин): ", "Науқас (шетел азаматы): "), g.nm(p, "full", surface=r.choice([None, "caps"])), "\n",
              g.T("Гражданство: ", "Азаматтығы: "), g.T(ctry[0], ctry[1]), g.T("; паспорт № ", "; паспорт № "), Gn.passport_for(r, p), "\n",
              g.T("Дата рождения: ", "Туған күні: "), g.d(p["birth"], "numeric", birth=True), g.T("; возраст: ", "; жасы: "), g.age(p, "after_label"), "\n")
        if ctry[2] in ("uz", "kg", "tr", "kr", "de"):
            g.add(g.T("Адрес по месту жительства: ", "Тұрақты мекенжайы: "), Gn.foreign_addr(r, ctry[2] if ctry[2] != "kg" else "kg"), "\n")
        g.add(g.T("Тел.: ", "Тел.: "), Gn.phone_v(r, phk), g.T(", e-mail: ", ", эл. пошта: "), Gn.email_v(r, p), "\n")
        if r.random() < 0.5:
            g.add(g.T("Вид на жительство № ", "Тұруға ықтиярхат № "), Gn.doc_v(r, "permit"), "\n")
    else:  # lowercase, registrar from words
        g.add(g.T("ф.и.о. (со слов): ", "т.а.ә. (өз сөзінен): "), g.nm(p, r.choice(["surname_given", "full"]), surface="lowercase"),
              g.T(", возраст ", ", жасы "), g.age(p, "inline_bare"), g.T(", прож.: ", ", тұрады: "),
              Gn.settlement(r, g.L, "village", multi=r.random() < 0.5), ", ", Gn.district_v(r, g.L, rural=True), "\n",
              g.T("уд. личности № ", "жеке куәлік № "), Gn.doc_v(r, "id_card"), g.T(", ИИН: ", ", ЖСН: "), g.iin(p), "\n")


def signature(g, sv, role_ru="Врач", role_kk="Дәрігер"):
    r = g.r
    doc = Gn.person(r, age=r.randrange(28, 66), ref=g.ref)
    if sv == 0:
        g.add(g.T(role_ru, role_kk), ": ", g.nm(doc, "surname_initials"), " ________\n")
    elif sv == 1:
        g.add(g.T(role_ru, role_kk), " ________ ", g.nm(doc, "initials_surname"), "  ", g.d(g.ref, "numeric"), "\n")
    elif sv == 2:
        g.add(g.T("Лечащий врач: ", "Емдеуші дәрігер: "), g.nm(doc, "full"), "\n",
              g.T("Зав. отделением: ", "Бөлім меңгерушісі: "), g.nm(Gn.person(r, age=55, ref=g.ref), "surname_initials"), "\n")
    elif sv == 3:
        g.add(g.T("Подпись: ", "Қолы: "), g.nm(doc, "surname_only"), g.T(" (врач ВОП)", " (ЖПД)"), "\n")
    elif sv == 4:
        g.add(g.T(role_ru.upper(), role_kk.upper()), ": ", g.nm(doc, "surname_initials", surface="caps"), "\n")
    else:
        g.add(g.T("Исполнитель: ", "Орындаған: "), g.nm(doc, "surname_given"), ", ", g.T("тел. ", "тел. "), g.ph("local"), "\n")


def relative_line(g, p, rv):
    r = g.r
    i = r.randrange(len(RELS_RU))
    rel = Gn.person(r, sex=REL_SEX[i], age=r.randrange(30, 66), ref=g.ref, eth=p["eth"] if p["eth"] in ("kz", "ru", "kr", "de", "ug") else None)
    if rel["eth"] == p["eth"] and p["eth"] in ("kz", "ru") and r.random() < 0.6 and not p.get("sur_patronymic") \
            and p["sur"].endswith(("ов", "ев", "ин", "ова", "ева", "ина")):
        stem = p["sur"][:-1] if p["sur"].endswith("а") else p["sur"]
        rel["sur"] = stem + ("а" if rel["sex"] == "f" else "")
        rel["sur_lat"] = Gn.translit(rel["sur"])
    if g.L == "ru":
        if rv == 0:
            g.add("Со слов ", RELS_RU[i][1], " ", g.nm(rel, "full", case="gen"), ", тел. ", g.ph(), ".\n")
        elif rv == 1:
            g.add("Контактное лицо: ", RELS_RU[i][0], " — ", g.nm(rel, "given_patronymic"), ", ", g.ph(r.choice(["ru", "uz", "kg"])), "\n")
        else:
            g.add("Сопровождает ", RELS_RU[i][0], " ", g.nm(rel, r.choice(["surname_given", "given_surname"]), surface=r.choice([None, "latin"])),
                  ", e-mail: ", Gn.email_v(r, rel), "\n")
    else:
        if rv == 0:
            g.add(RELS_KK[i][0].capitalize(), " ", g.nm(rel, "full", case="gen"), " сөзінен, тел. ", g.ph(), ".\n")
        elif rv == 1:
            g.add("Байланыс тұлғасы: ", RELS_KK[i][0], " — ", g.nm(rel, "given_surname"), ", ", g.ph(r.choice(["ru", "uz", "kg"])), "\n")
        else:
            g.add("Ертіп келген ", RELS_KK[i][0], " ", g.nm(rel, r.choice(["surname_given", "given_surname"]), surface=r.choice([None, "latin"])),
                  ", эл. пошта: ", Gn.email_v(r, rel), "\n")


def labs_table(g, n=4):
    r = g.r
    names = r.sample(P.LABS_RU if g.L == "ru" else P.LABS_KK, n)
    g.add(g.T("| Показатель | Результат | Норма |\n", "| Көрсеткіш | Нәтиже | Қалыпты мәні |\n"), "|---|---|---|\n")
    for a in names:
        g.add("| ", C(a), " | %s | %s |\n" % (round(r.uniform(1, 150), 1), r.choice(["3,5–5,5", "120–160", "4–9", "0–15", "0,8–1,2"])))


def anamnesis(g, p, av):
    r = g.r
    d1 = g.dt_after(3, 40)
    if g.L == "ru":
        if av == 0:
            g.add("Anamnesis morbi: болеет с ", g.d(d1, "no_year_ru"), ", ухудшение с ", g.d(d1 + dt.timedelta(days=2), "numeric"), ".\n")
        elif av == 1:
            g.add("Со слов, травма ", g.d(d1, "words_ru"), " г. — упал(а) дома в ", Gn.settlement(r, "ru", "village", "prep"),
                  ", доставлен(а) родственниками.\n")
        else:
            g.add("Анамнез: ухудшение в ", g.d(d1, "month_year_ru_prep"), ", ранее лечился в ", Gn.settlement(r, "ru", "city", "prep"),
                  " (", g.d(d1 - dt.timedelta(days=300), "two_digit_year"), ").\n")
    else:
        if av == 0:
            g.add("Ауру анамнезі: ", g.d(d1, "kk_case", case="abl"), " бастап ауырады, жағдайы ",
                  g.d(d1 + dt.timedelta(days=3), "kk_gen_day", case="loc"), " нашарлаған.\n")
        elif av == 1:
            g.add("Жарақат ", g.d(d1, "kk_case", case="loc"), " алынған: ", Gn.settlement(r, "kk", "village", "loc"),
                  " үйінде құлаған, туыстары ", Gn.settlement(r, "kk", "city", "abl"), " алып келген.\n")
        else:
            g.add("Анамнез: ", g.d(d1, "kk_num_case", case="abl"), " бастап ", g.drug("acc"), " қабылдайды; бұрын ",
                  g.d(d1 - dt.timedelta(days=200), "month_year_kk"), " айында ", Gn.settlement(r, "kk", "city", "loc"), " емделген.\n")


def diag_line(g):
    c, icd = g.diag()
    g.add(C(g.T("ДИАГНОЗ", "ДИАГНОЗ")), ": ", c, " (%s).\n" % icd)


# ====================================================================== styles
def st_outpatient(g, v):
    r = g.r
    pv = [0, 2, 5, 1, 3, 4][v]
    header(g, [0, 2, 3, 4, 5, 1][v])
    g.blk(1)
    rec_line(g, "outpatient_card", "Медицинская карта амбулаторного пациента", "Амбулаториялық науқастың медициналық картасы",
             "numeric" if v % 2 else None)
    p = g.pat()
    patient_block(g, p, pv)
    g.blk(2)
    g.add(C(g.T("ЖАЛОБЫ", "ШАҒЫМДАРЫ")), ": ", g.T("на " + r.choice(COMPL_RU), r.choice(COMPL_KK)), ".\n")
    anamnesis(g, p, v % 3)
    g.add(g.T("Объективно: АД %d/%d мм рт.ст., ЧСС %d в мин, SpO2 %d%%.\n", "Объективті: АҚ %d/%d мм с.б., ЖСЖ %d/мин, SpO2 %d%%.\n")
          % (r.randrange(100, 180), r.randrange(60, 100), r.randrange(55, 110), r.randrange(88, 99)))
    if v in (1, 4):
        g.add(g.T("Осмотрен совместно с кардиологом ", "Кардиолог "), g.nm(Gn.person(r, age=45, ref=g.ref), "surname_initials", case="ins"),
              g.T(", рекомендации учтены.\n", " бірге қаралды.\n"))
    diag_line(g)
    g.add(C(g.T("НАЗНАЧЕНИЯ", "ТАҒАЙЫНДАУЛАР")), ": ", g.drug(), " 1,0 мл 2 р/д; ", g.drug(), g.T(" 5 мг утром; ", " 5 мг таңертең; "),
          C(r.choice(P.ABBR_RU if g.L == "ru" else P.ABBR_KK)), ".\n")
    g.blk(3)
    relative_line(g, p, v % 3)
    nd = g.ref + dt.timedelta(days=r.randrange(3, 20))
    if g.L == "ru":
        g.add("Явка на повторный приём: ", g.d(nd, r.choice(["numeric", "no_year_ru", "no_year_num"])), " в 10:30.\n")
    else:
        g.add("Қайта қаралу: ", g.d(nd, r.choice(["kk_case", "words_kk"]), case="dat"), " сағ. 10:30-да.\n")
    signature(g, [0, 1, 3, 4, 5, 0][v])


def st_discharge(g, v):
    r = g.r
    header(g, [1, 0, 2, 5, 3, 4][v])
    g.blk(1)
    rec_line(g, "hospitalisation", "Медицинская карта стационарного пациента", "Стационарлық науқастың медициналық картасы")
    p = g.pat()
    patient_block(g, p, [3, 0, 1, 4, 2, 5][v], work=v % 2 == 0)
    d1 = g.ref - dt.timedelta(days=r.randrange(8, 25))
    d2 = d1 + dt.timedelta(days=r.randrange(6, 15))
    g.blk(2)
    if g.L == "ru":
        if v % 2 == 0:
            g.add("Находился на стационарном лечении в травматологическом отделении с ", g.d(d1, "numeric"), " по ", g.d(d2, "numeric"), ".\n")
        else:
            g.add("Период госпитализации: ", Gn.range_v(r, d1, d1 + dt.timedelta(days=r.randrange(3, 12)), "ru"), ".\n")
    else:
        if v % 2 == 0:
            g.add("Травматология бөлімінде ", g.d(d1, "kk_case", case="abl"), " ", g.d(d2, "no_year_kk", case="dat"), " дейін емделді.\n")
        else:
            e = d1 + dt.timedelta(days=r.randrange(3, 12))
            if e.month == d1.month:
                g.add("Стационарда ", Gn.range_v(r, d1, e, "kk"), " аралығында емделді.\n")
            else:
                g.add("Стационарда ", g.d(d1, "numeric"), " ж. бастап ", g.d(e, "numeric"), " ж. дейін емделді.\n")
    diag_line(g)
    od = d1 + dt.timedelta(days=1)
    if g.L == "ru":
        g.add(g.d(od, "numeric"), " выполнена операция: ", C(r.choice(["остеосинтез PFNA", "ТЭП ТБС цементная", "остеосинтез пластиной LCP",
                                                                          "наложение аппарата Илизарова", "лапароскопическая холецистэктомия"])),
              ". Хирург ", g.nm(Gn.person(r, age=50, ref=g.ref), "surname_initials"), ", протокол операции № ", g.rec("operation_protocol"), ".\n")
    else:
        g.add(g.d(od, "kk_case", case="loc"), " ота жасалды: ", C(r.choice(["PFNA остеосинтезі", "ЖСБ ТЭП", "LCP пластинамен остеосинтез",
                                                                            "Илизаров аппаратын салу"])),
              ". Хирург ", g.nm(Gn.person(r, age=50, ref=g.ref), "initials_surname"), ", ота хаттамасы № ", g.rec("operation_protocol"), ".\n")
    g.add(g.T("Проведено лечение: ", "Жүргізілген ем: "), g.drug(), ", ", g.drug(), ", ", C(r.choice(P.EPONYM_RU if g.L == "ru" else P.EPONYM_KK)), ".\n")
    labs_table(g, 3)
    g.blk(3)
    if p["age"] < 65 and v % 3 == 0:
        g.add(g.T("Лист нетрудоспособности № ", "Еңбекке жарамсыздық парағы № "), Gn.doc_v(r, "sick_leave"),
              g.T(" открыт ", " ашылды: "), g.d(d1, "numeric"), ".\n")
    if v in (2, 5):
        g.add(g.T("Выписка отправлена на e-mail ", "Үзінді көшірме эл. поштаға жіберілді: "), Gn.email_v(r, p), ".\n")
    g.add(g.T("Рекомендовано: наблюдение хирурга по месту жительства (", "Ұсынылды: тұрғылықты жері бойынша хирург бақылауы ("),
          Gn.settlement(r, g.L, "city"), g.T("), ", "), "), C(g.T("ЛФК", "ЕДШ")), ".\n")
    relative_line(g, p, (v + 1) % 3)
    signature(g, [2, 0, 1, 4, 2, 3][v])


def st_ambulance(g, v):
    r = g.r
    header(g, [3, 5, 0, 4, 2, 3][v])
    g.blk(1)
    g.add(g.T2("Карта вызова", "Шақыру картасы"), " № ", g.rec("ambulance_call"), g.T("  Дата: ", "  Күні: "), g.d(g.ref, "numeric"),
          g.T("  Время приёма вызова: %02d:%02d\n", "  Шақыру қабылданған уақыт: %02d:%02d\n") % (r.randrange(24), r.randrange(60)))
    p = g.pat(old=r.random() < 0.7)
    ak = v % 4
    g.add(g.T("Адрес вызова: ", "Шақыру мекенжайы: "))
    if ak == 0:
        g.add(Gn.addr_micro_partial(r, g.L), ", ", Gn.district_v(r, g.L, rural=False))
    elif ak == 1:
        g.add(Gn.addr_street_unmarked(r, g.L))
    elif ak == 2:
        g.add(g.T("с. ", ""), Gn.settlement(r, g.L, "village", multi=v % 2 == 0), g.T("", " ауылы"), ", ", g.T("ул. ", ""),
              r.choice(P.VILLAGE_STREETS)[0 if g.L == "ru" else 1], g.T(" %d", " көшесі, %d-үй") % r.randrange(1, 90))
    else:
        g.add(Gn.addr_full(r, g.L, micro=True))
    g.add("\n", g.T("Вызывает: ", "Шақырушы: "), g.T(r.choice(RELS_RU)[0], r.choice(RELS_KK)[0]), g.T(", тел. ", ", тел. "), g.ph("local" if v % 2 else None), "\n")
    g.blk(2)
    if v in (0, 3):
        g.add(g.T("Больной: ", "Науқас: "), g.nm(p, "surname_initials"), g.T(", возраст ", ", жасы "), g.age(p, "inline_bare"), ", ",
              g.T("ИИН ", "ЖСН "), g.iin(p), "\n")
    elif v == 4:
        g.add(g.T("Больная (со слов соседей): ", "Науқас (көршілерінің сөзінен): "), g.nm(p, "surname_only", surface="lowercase"), ", ",
              g.age(p, "ru_unit" if g.L == "ru" else "kk_unit"), "\n")
    else:
        patient_block(g, p, [1, 2, 0][v % 3], doc=False, work=False)
    g.add(g.T("Повод к вызову: ", "Шақыру себебі: "), g.T(r.choice(COMPL_RU), r.choice(COMPL_KK)), ".\n")
    g.add(g.T("Объективно: АД %d/%d, ЧДД %d, сахар крови %.1f ммоль/л.\n", "Объективті: АҚ %d/%d, ТАЖ %d, қандағы қант %.1f ммоль/л.\n")
          % (r.randrange(80, 200), r.randrange(50, 110), r.randrange(14, 30), r.uniform(4, 15)))
    diag_line(g)
    g.add(g.T("Оказана помощь: ", "Көрсетілген көмек: "), g.drug(), " 2,0 мл в/м, ", g.drug(), ".\n")
    g.blk(3)
    if v in (1, 5):
        g.add(g.T("Транспортировка на личном авто, гос. номер ", "Жеке көлікпен жеткізілді, мемлекеттік нөмірі "), Gn.doc_v(r, "plate"), ".\n")
    g.add(g.T("Доставлен в приёмный покой ГКБ № %d в %02d:%02d.\n", "№ %d ҚКА қабылдау бөліміне %02d:%02d-де жеткізілді.\n")
          % (r.randrange(1, 12), r.randrange(24), r.randrange(60)))
    brig = Gn.person(r, age=r.randrange(25, 55), ref=g.ref)
    if v % 2 == 0:
        g.add(g.T("Бригада № %d, фельдшер ", "№ %d бригада, фельдшер ") % r.randrange(1, 40), g.nm(brig, "surname_initials"), "\n")
    else:
        g.add(g.T("Старший врач смены: ", "Ауысымның аға дәрігері: "), g.nm(brig, "initials_surname"), g.T(", тел. ", ", тел. "), g.ph("local"), "\n")


def st_sickleave(g, v):
    r = g.r
    header(g, [4, 0, 2, 3, 1, 5][v])
    g.blk(1)
    d0 = g.ref.replace(day=1)
    if g.L == "ru":
        g.add("за период ", Gn.range_v(r, d0, d0 + dt.timedelta(days=r.randrange(10, 27)), "ru"), ", реестр № ", g.rec("sick_leave_reg"), "\n")
    else:
        g.add(Gn.range_v(r, d0, d0 + dt.timedelta(days=r.randrange(10, 27)), "kk"), " аралығындағы тізілім № ", g.rec("sick_leave_reg"), "\n")
    g.blk(2)
    cols_ru = ["№", "Ф.И.О.", "ИИН", "Возраст", "Место работы", "№ ЛН", "Период", "Причина"]
    cols_kk = ["№", "Т.А.Ә.", "ЖСН", "Жасы", "Жұмыс орны", "ЕУЖП №", "Кезеңі", "Себебі"]
    g.add("| " + " | ".join(cols_ru if g.L == "ru" else cols_kk) + " |\n", "|---" * 8 + "|\n")
    n = r.randrange(5, 8)
    for i in range(n):
        care = r.random() < 0.4
        worker = g.pat(old=False)
        if worker["age"] > 63:
            worker = Gn.person(r, age=r.randrange(22, 60), ref=g.ref)
        kind = [("surname_initials", None), ("full", "caps"), ("surname_given", None), ("full", None), ("initials_surname", None),
                ("surname_given", "lowercase")][(v + i) % 6]
        a = d0 + dt.timedelta(days=r.randrange(0, 10))
        e = a + dt.timedelta(days=r.randrange(3, 14))
        fw = r.random() < 0.3
        if fw:
            worker = Gn.person(r, eth=r.choice(["uzl", "kgl", "uzl", "ru"]), age=r.randrange(22, 58), ref=g.ref,
                               citizen="ru")
            kind = (kind[0], None) if worker["latin"] else kind
        idc = Gn.passport_for(r, worker) if fw else g.iin(worker, labelled=False, split=False)
        g.add("| %d | " % (i + 1), g.nm(worker, kind[0], surface=kind[1]), " | ", idc, " | ",
              str(worker["age"]), " | ", Gn.workplace(r, g.L), " | ", Gn.doc_v(r, "sick_leave"), " | ")
        if r.random() < 0.5:
            g.add(g.d(a, "numeric"), "–", g.d(e, "numeric"))
        else:
            g.add(Gn.range_v(r, a, e, g.L) if a.month == e.month else g.d(a, "numeric"))
        g.add(" | ")
        if care:
            old = g.pat(old=True)
            g.add(g.T("уход за ", "күтім: "), g.nm(old, "surname_initials", case="ins" if g.L == "ru" else "nom"), ", ", g.age(old, "inline_bare"), " |\n")
        else:
            c, icd = g.diag()
            g.add(icd, " |\n")
    g.blk(3)
    g.add(g.T("Ответственный за ЭКСПЕРТИЗУ ВН: ", "ЕУЖ САРАПТАМАСЫНА жауапты: "), g.nm(Gn.person(r, age=48, ref=g.ref), "surname_initials"),
          g.T(", внутр. тел. ", ", ішкі тел. "), str(r.randrange(100, 999)), "\n")
    if v in (2, 4):
        g.add(g.T("Реестр направлен в ФСМС по e-mail ", "Тізілім ӘМСҚ-ға жіберілді: "), Gn.email_inst(r), g.T("; копия: ", "; көшірмесі: "),
              Gn.email_v(r, None), "\n")
    g.add(g.T("БИН организации: ", "Ұйымның БСН: "), Gn.doc_v(r, "bin"), "\n")
    signature(g, [0, 4, 1, 5, 0, 3][v], "Председатель ВКК", "ДКК төрағасы")


def st_lab(g, v):
    r = g.r
    header(g, [5, 4, 1, 0, 3, 2][v])
    g.blk(1)
    xray = v in (2, 5)
    if xray:
        g.add(C(g.T("РЕНТГЕНОГРАФИЯ", "РЕНТГЕНОГРАФИЯ")), g.T(" № ", " № "), g.rec("xray"), g.T(" от ", ", "), g.d(g.ref, "iso" if g.L == "ru" else "numeric"), "\n")
    else:
        g.add(g.T2("Номер образца", "Үлгі нөмірі"), ": ", g.rec("lab"), "\n", g.T("Дата и время забора: ", "Алынған күні мен уақыты: "),
              g.d(g.ref, r.choice(["iso", "numeric"])), " %02d:%02d\n" % (r.randrange(7, 11), r.randrange(60)))
    p = g.pat()
    g.blk(2)
    if v == 0:
        g.add(g.T("Пациент: ", "Науқас: "), g.nm(p, "surname_initials"), "  ", g.T("Возраст: ", "Жасы: "), g.age(p, "after_label"),
              "  ", g.T("ИИН: ", "ЖСН: "), g.iin(p), "\n")
    elif v == 1:
        g.add("| ", g.T("Пациент", "Науқас"), " | ", g.nm(p, "full", surface="caps"), " | ", g.T("ИИН", "ЖСН"), " | ", g.iin(p), " |\n",
              "| ", g.T("Возраст", "Жасы"), " | ", g.age(p, "table_cell"), " | ", g.T("Отделение", "Бөлім"), " | ", g.T("терапия", "терапия"), " |\n")
    elif v == 3:
        g.add(g.T("ФИО: ", "ТАӘ: "), g.nm(p, "initials_surname"), "; ", g.T("д.р. ", "т.к. "), g.d(p["birth"], "two_digit_year", birth=True),
              "; ", g.T("Возраст: ", "Жасы: "), g.age(p, "after_label"), "\n", g.T("Направивший врач: ", "Жолдаған дәрігер: "),
              g.nm(Gn.person(r, age=40, ref=g.ref), "surname_only"), "\n")
    else:
        patient_block(g, p, [0, 1, 5, 3, 4, 2][v], doc=v != 2, work=False)
    g.blk(3)
    if xray:
        g.add(g.T("Область исследования: ", "Зерттеу аймағы: "), C(g.T("левый тазобедренный сустав", "сол жақ жамбас-сан буыны")), ".\n",
              C(g.T("ЗАКЛЮЧЕНИЕ", "ҚОРЫТЫНДЫ")), ": ", g.diag()[0], ". ", g.T("Сравнение с исследованием от ", "Алдыңғы зерттеумен салыстыру: "),
              g.d(g.ref - dt.timedelta(days=r.randrange(40, 400)), "numeric" if g.L == "kk" else "roman"), ".\n")
    else:
        labs_table(g, r.randrange(4, 7))
        g.add(g.T("Примечание: повторный забор ", "Ескерту: қайта алу "), g.d(g.ref + dt.timedelta(days=7), "no_year_num" if g.L == "ru" else "no_year_kk",
                                                                             case="dat" if g.L == "kk" else None), ".\n")
    if v in (1, 4):
        g.add(g.T("Получатель: ", "Алушы: "), g.nm(p, r.choice(["surname_given", "given_surname"]), surface="latin"), "\n")
        g.add(g.T("Результат отправлен пациенту на ", "Нәтиже науқасқа жіберілді: "), Gn.email_v(r, p), g.T(" и по WhatsApp ", " және WhatsApp "),
              g.ph(r.choice(["plus7", "uz", "kg", "ru"])), "\n")
    signature(g, [1, 0, 4, 5, 3, 1][v], "Врач-лаборант" if not xray else "Врач-рентгенолог", "Зертхана дәрігері" if not xray else "Рентгенолог дәрігер")


def st_referral(g, v):
    r = g.r
    header(g, [2, 3, 0, 1, 4, 5][v])
    g.blk(1)
    g.add(g.T2("Направление", "Жолдама"), " № ", g.rec("referral"), g.T(" от ", ", "), g.d(g.ref, "quoted" if g.L == "ru" else "words_kk"),
          g.T(" г.", ""), "\n", g.T("Куда: ", "Қайда: "), C(r.choice(P.INST_NAMED)), "\n")
    p = g.pat()
    g.blk(2)
    patient_block(g, p, [5, 3, 4, 0, 1, 2][v], work=True)
    if v in (2, 5):
        g.add(g.T("Полис ДМС № ", "ЕМС полисі № "), Gn.doc_v(r, "policy"), "\n")
    if v == 1:
        g.add(g.T("Свидетельство о рождении внука (сопровождающий): ", "Немересінің туу туралы куәлігі: "), Gn.doc_v(r, "birth_cert"), "\n")
    diag_line(g)
    d1 = g.dt_after(10, 60)
    if g.L == "ru":
        g.add("Обследован: ", C("ОАК"), ", ", C("ЭКГ"), " от ", g.d(d1, "numeric_short"), "; ", C("УЗИ"), " ", g.d(d1 + dt.timedelta(days=2), "no_year_num"), ".\n")
        if r.random() < 0.5:
            g.add("Проживает в ", r.choice(["селе ", "с. "]), Gn.settlement(r, "ru", "village"))
        else:
            g.add("Проживает в ", Gn.settlement(r, "ru", r.choice(["village", "city"]), "prep"))
        g.add(", ", Gn.district_v(r, "ru", "prep", rural=True),
              "; ухаживает ", r.choice(RELS_RU)[0], ".\n")
    else:
        g.add("Тексерілді: ", C("ЖҚА"), ", ", C("ЭКГ"), " ", g.d(d1, "numeric"), " ж.; ", C("УДЗ"), " ", g.d(d1 + dt.timedelta(days=2), "kk_case", case="loc"), ".\n")
        g.add(Gn.district_v(r, "kk", "loc", rural=True), " ", Gn.settlement(r, "kk", "village"), " ауылында тұрады; ", r.choice(RELS_KK)[0], " күтім жасайды.\n")
    g.blk(3)
    g.add(g.T("Направил: врач ВОП ", "Жолдаған: ЖПД "), g.nm(Gn.person(r, age=40, ref=g.ref), ["initials_surname", "surname_initials"][v % 2]),
          g.T(", тел. ", ", тел. "), g.ph(r.choice(["local", "landline", "plus7"])), ", e-mail: ", Gn.email_v(r, None) if v % 2 else Gn.email_inst(r), "\n")
    if v in (0, 3):
        g.add(g.T("Согласовано с ", "Келісілді: "), g.nm(Gn.person(r, age=52, ref=g.ref), "surname_initials", case="ins" if g.L == "ru" else "nom"),
              g.T(" (ТМК № ", " (ТМК № "), g.rec("teleconsultation"), ").\n")
    signature(g, [3, 1, 0, 4, 2, 5][v], "Зав. поликлиникой", "Емхана меңгерушісі")


def st_ward(g, v):
    r = g.r
    header(g, [0, 1, 5, 2, 4, 3][v])
    g.blk(1)
    g.add(g.T("Отделение: ", "Бөлім: "), g.T(r.choice(["травматология", "терапия", "неврология", "кардиология"]),
                                              r.choice(["травматология", "терапия", "неврология", "кардиология"])),
          g.T(", на ", ", "), g.d(g.ref, "numeric"), g.T(", 08:00\n", ", 08:00 жағдай бойынша\n"))
    g.blk(2)
    lay = v % 3
    if lay == 0:
        g.add(g.T("| № | Пациент | Возраст | Палата | Откуда | Диагноз |\n", "| № | Науқас | Жасы | Палата | Қайдан | Диагноз |\n"), "|---|---|---|---|---|---|\n")
    elif lay == 1:
        g.add(g.T("№;ФИО;ИИН;Возраст;Населённый пункт;Тел.\n", "№;ТАӘ;ЖСН;Жасы;Елді мекен;Тел.\n"))
    else:
        g.add(g.T("| № | Фамилия | Имя | Возраст | Ист. болезни | Адрес |\n", "| № | Тегі | Аты | Жасы | Ауру тарихы | Мекенжайы |\n"), "|---|---|---|---|---|---|\n")
    n = r.randrange(5, 8)
    for i in range(n):
        p = g.pat(old=r.random() < 0.5)
        surf = [None, "caps", None, "lowercase", None, "caps"][(v + i) % 6]
        if lay == 0:
            kind = ["surname_initials", "full", "initials_surname", "surname_given"][(v + i) % 4]
            g.add("| %d | " % (i + 1), g.nm(p, kind, surface=surf), " | ", g.age(p, "table_cell"), " | %d | " % r.randrange(1, 30),
                  Gn.settlement(r, g.L, r.choice(["village", "village", "city"]), multi=r.random() < 0.25) if i % 3 else Gn.district_v(r, g.L, rural=True),
                  " | ", g.diag()[1], " |\n")
        elif lay == 1:
            kind = ["full", "surname_initials", "surname_given"][(v + i) % 3]
            g.add("%d;" % (i + 1), g.nm(p, kind, surface=surf), ";", g.iin(p, labelled=False, split=False), ";", g.age(p, "table_cell"), ";",
                  Gn.settlement(r, g.L, "village", multi=r.random() < 0.3), ";", g.ph(r.choice(["local", "compact", "plus7", "uz", "kg"])), "\n")
        else:
            a, b_, c = Gn.split_name_cells(p, g.L)
            g.add("| %d | " % (i + 1), a, " | ", b_, " | ", g.age(p, "table_cell"), " | ", g.rec("hospitalisation"), " | ",
                  Gn.addr_micro_partial(r, g.L) if i % 2 else Gn.addr_street_unmarked(r, g.L), " |\n")
    g.blk(3)
    g.add(g.T("Всего: %d. Выписаны: " % n, "Барлығы: %d. Шығарылды: " % n))
    q = g.pat(old=False)
    g.add(g.nm(q, "surname_only"), ", ", g.nm(g.pat(old=False), "surname_only"), ".\n")
    if v in (1, 4):
        q2 = g.pat(old=True)
        g.add(g.T("Переведён в ", "Ауыстырылды: "), C(r.choice(P.INST_NAMED)), g.T(": ", ": "), g.nm(q2, "surname_initials"), ", ",
              g.age(q2, "ru_unit" if g.L == "ru" else "kk_loc"), ".\n")
    signature(g, [4, 2, 0, 1, 3, 5][v], "Дежурный врач", "Кезекші дәрігер")


FUN = {"outpatient_card": st_outpatient, "discharge_epicrisis": st_discharge, "ambulance_call_card": st_ambulance,
       "sick_leave_registry": st_sickleave, "lab_radiology_report": st_lab, "referral": st_referral, "ward_patient_list": st_ward}


def build():
    recs = []
    n = 0
    for lang in ("ru", "kk", "mixed"):
        for i in range(70):
            n += 1
            rid = "d7-%04d" % n
            style = STYLES[i % 7]
            v = (i // 7) % NVAR
            g = G(rid, lang, style, v)
            FUN[style](g, v)
            text = g.b.text()
            recs.append({"id": rid, "language": lang, "style": style, "template": "%s.%s.v%d" % (style, lang, v),
                         "text": text, "identifiers": g.b.ids, "clinical": g.b.cl})
    return recs


def main():
    recs = build()
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "records.jsonl"), "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d records" % len(recs))


if __name__ == "__main__":
    main()
