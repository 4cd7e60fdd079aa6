# -*- coding: utf-8 -*-
"""messenger_chat: WhatsApp / Telegram exports between doctors, nurses and relatives."""
from reg import T, sx
from core import S

ST = "messenger_chat"


def disp(c, p, kind=None, role=None):
    """display name in a messenger: returns markup (a NAME span, sometimes with a role word outside)"""
    kind = kind or c.ch("gs", "go", "sgi", "gs", "go_role", "lower", "latin", "sg")
    if kind == "gs":
        return p.gs()
    if kind == "sg":
        return p.sg()
    if kind == "go":
        return p.go()
    if kind == "sgi":
        return p.nm("sgi")
    if kind == "go_role":
        return p.go() + " " + (role or c.ch("травма", "ГКБ", "медсестра", "ординатор", "хирург", "анест", "реанимация"))
    if kind == "role_go":
        return (role or c.ch("Dr.", "д-р", "Врач", "м/с")) + " " + p.go()
    if kind == "lower":
        return p.nm(c.ch("gs", "go"), st="lower")
    if kind == "latin":
        return p.nm(c.ch("gs", "go"), st="latin")
    if kind == "caps":
        return p.nm("go", st="caps")
    if kind == "phone":
        return p.phone(c.ch("plus7_sp", "plus7_sp", "plus7_br"))
    raise ValueError(kind)


def export(c, msgs, fmt=None, start=None):
    """msgs: list of (display markup, text markup[, day shift]); returns exported chat markup"""
    r = c.r
    fmt = fmt or r.choice(["wa_android", "wa_android2", "wa_ios", "tg"])
    d = start or c.now
    h, m = r.randint(7, 10), r.randint(0, 59)
    lines = []
    day = 0
    for item in msgs:
        who, text = item[0], item[1]
        if len(item) > 2 and item[2]:
            day += item[2]
            h, m = r.randint(6, 10), r.randint(0, 59)
        m += r.randint(1, 14)
        while m >= 60:
            m -= 60
            h += 1
        if h > 23:
            h = 23
        dt = d.add(day)
        if fmt == "wa_android":
            lines.append(f"{dt.r('num')}, {h:02d}:{m:02d} - {who}: {text}")
        elif fmt == "wa_android2":
            lines.append(f"{dt.r('2y')}, {h:02d}:{m:02d} - {who}: {text}")
        elif fmt == "wa_ios":
            lines.append(f"[{dt.r('num')}, {h:02d}:{m:02d}:{r.randint(0, 59):02d}] {who}: {text}")
        else:
            lines.append(f"{who}, [{dt.r('num')} {h:02d}:{m:02d}]\n{text}\n")
    return "\n".join(lines)


# =============================================================================== RU

@T(ST, "ru")
def ru1(c):
    a, b, e = c.P(age="adult"), c.P(age="adult"), c.P(age="mid")
    pt = c.P(age="old")
    pt2 = c.P(age="elder")
    A, B, E = disp(c, a, "go_role", "травма"), disp(c, b, "gs"), disp(c, e, "role_go", "Зав.")
    msgs = [
        (E, f"Коллеги, доброе утро. Кто вчера принимал {pt.si('acc')} из {c.settl('gen', lang='ru', kind=c.ch('town', 'village'))}?"),
        (A, f"Я. {pt.sg()}, {pt.age_t('ru')}, ⟦чрезвертельный перелом⟧ справа, 31-A2. Лежит в 6 палате, койка 2"),
        (B, f"ИБ {c.rid12('hospitalisation')}, Hb 98, креатинин 134. ⟦Эноксапарин⟧ 0,4 п/к начали"),
        (E, "Кардиолога позвали? ЭКГ смотрели?"),
        (A, f"Да, {c.P(age='mid', sex='f').si()} смотрела, ⟦ФП⟧ нормосистолия, риск высокий но можно"),
        (E, f"Ставьте на {c.date('num_ny', 1, 2)}, вторым после {pt2.so('gen')}. Дочь {pt.so('gen')} звонит всё время, номер {c.P().phone()} ей перезвоните пожалуйста"),
        (B, "<Медиафайл опущен>"),
        (B, f"снимок {pt2.so('gen', st='lower')}, ⟦ДЭСО⟧ пойдёт? 42-B2"),
        (E, "Да, штифт ⟦ChM⟧ 9 мм. Кровопотеря будет небольшая"),
        (A, f"Ок. Родственники {pt2.so('gen')} просят выписку на {c.date('ru_ny', 5, 9)}, я сказал рано"),
    ]
    return f"Чат «Травма-1 {c.hosp()} дежурство»\n\n" + export(c, msgs)


@T(ST, "ru")
def ru2(c):
    n = c.P(age="adult", sex="f")
    rel = c.P(age="adult")
    pt = c.P(age=c.ch("old", "elder"), kin=rel, rel="parent")
    N = disp(c, n, c.ch("go_role", "sgi"), "медсестра")
    R = disp(c, rel, c.ch("phone", "lower", "gs"))
    msgs = [
        (R, f"Здравствуйте, это {rel.go()}, {sx(rel, 'сын', 'дочь')} {pt.fn('gen')}. {sx(pt, 'Он', 'Она')} у вас в ⟦неврологии⟧, палата 11"),
        (N, "Здравствуйте. Да, лежит. Состояние средней тяжести, давление 150/90, сегодня капали ⟦Цитиколин⟧"),
        (R, f"{sx(pt, 'Папе', 'Маме')} {pt.age_t('ru')}, {sx(pt, 'он', 'она')} ночью вставал{sx(pt, '', 'а')}? Можно передать памперсы и ⟦Нутризон⟧?"),
        (N, "Передачи с 16:00 до 18:00, подпишите фамилию и номер палаты"),
        (R, f"Хорошо. Ещё вопрос, для ⟦МСЭ⟧ нужен ИИН? Вот: {pt.iin()}"),
        (N, f"Это не мне, в ординаторскую к {c.P(age='mid').si('dat')}, тел. {c.phone(kind='landline', form=c.ch('local', 'br'))}"),
        (R, f"Спасибо. Мы живём по адресу {rel.addr()}, если что привезём документы сами", 1),
        (N, f"Выписка планируется {c.date(c.ch('num_ny', 'ru_ny'), 3, 6)}. ⟦Реабилитация⟧ в ЦРБ по месту жительства"),
        (R, "🙏🙏 спасибо большое"),
    ]
    return export(c, msgs)


@T(ST, "ru")
def ru3(c):
    s, an = c.P(age="mid"), c.P(age="adult")
    pts = [c.P(age=c.ch("adult", "elder", "old")) for _ in range(3)]
    S1, S2 = disp(c, s, c.ch("gs", "sg")), disp(c, an, c.ch("go", "latin", "gs"))
    msgs = [
        (S1, f"Завтра план: 1) {pts[0].si()} — ⟦ТЭП ТБС⟧ слева, M16.1; 2) {pts[1].si()} — ⟦артроскопия⟧ ⟦ПКС⟧; 3) {pts[2].si()} — удаление металлоконструкции"),
        (S2, f"По первому: {pts[0].age_t('ru')}, ⟦ХБП⟧ 3б, ⟦СКФ⟧ 38. Спинальная, ⟦Бупивакаин⟧ 0,5% 3,0. Кровь заказали?"),
        (S1, "2 дозы ⟦эр. взвеси⟧ A(II) Rh+, ⟦СЗП⟧ 2 дозы"),
        (S2, f"Ок. У {pts[2].so('gen')} аллергия на ⟦Цефазолин⟧, ставь ⟦Ванкомицин⟧ 1 г"),
        (S1, f"Принял. Протокол № {c.rid('operation_protocol')} за {c.date('num_ny', -3, -1)} подпиши пожалуйста, завотделением ругается"),
        (S2, "Подпишу утром", 1),
        (S1, f"{pts[0].so()} давление 190/100 с утра, откладываем?"),
        (S2, "Да, на после выходных. Скажи родственникам, тел. у постовой"),
    ]
    return "Telegram · экспорт чата\n\n" + export(c, msgs, fmt="tg")


@T(ST, "ru")
def ru4(c):
    gp = c.P(age="mid")
    son = c.P(age="adult", sex="m")
    gm = c.P(age="old", sex="f", kin=son, rel="parent")
    G, S_ = disp(c, gp, "role_go", c.ch("Врач", "д-р")), disp(c, son, c.ch("gs", "phone", "lower"))
    msgs = [
        (S_, f"Здравствуйте, {gp.gp() if gp.patr else gp.go()}. Это {son.gs()}, внук {gm.fn('gen')}. Бабушка с утра не встаёт, температура 38,4"),
        (G, f"Здравствуйте. Сколько ей лет напомните? Карта у нас № {c.rid('outpatient_card')}?"),
        (S_, f"{gm.age_t('ru')} исполнилось {gm.dob.r('ru_ny')}. Карта да, наверно"),
        (G, f"Адрес прежний? {gm.addr(c.ch('unmarked', 'full'))}"),
        (S_, f"Нет, переехали к нам: {son.addr('full')}, домофон 45"),
        (G, f"Давайте ⟦Парацетамол⟧ 500 мг, обильное питьё. Завтра с 10:00 до 12:00 актив на дом, возьму ⟦экспресс-тест на COVID⟧. Рецепт № {c.rid('prescription')} на ⟦Амоксициллин⟧ оставлю в регистратуре"),
        (S_, f"Спасибо! Мой номер {son.phone()}, если что звоните на него", 1),
        (G, f"Сатурация 91%, хрипы справа внизу. Вызываю 103, направляю в ⟦инфекционный стационар⟧ с подозрением на ⟦пневмонию⟧ J18.9"),
        (S_, "Понял, ждём"),
    ]
    return export(c, msgs)


@T(ST, "ru")
def ru5(c):
    ns = [c.P(age="adult", sex="f") for _ in range(3)]
    head = c.P(age="mid", sex="f")
    pts = [c.P(age=c.ch("old", "elder", "adult")) for _ in range(2)]
    N = [disp(c, x, c.ch("go", "sgi", "go_role", "lower"), "м/с") for x in ns]
    H = disp(c, head, "role_go", "Старшая")
    msgs = [
        (H, f"Девочки, график на {c.date('my_ru', 20, 35)} скинула в общую папку. {ns[0].go()}, ты в ночь {c.date('num_ny', 1, 3)}"),
        (N[0], "Хорошо"),
        (N[1], f"В 8 палате {pts[0].si()} ⟦Гепарин⟧ 5000 ЕД п/к каждые 6 ч, в журнал записала. {pts[0].age_t('ru')} ему, ночью беспокойный"),
        (N[2], f"{pts[1].so()} выписывается, родственники заберут после 14:00. Выписка и ⟦больничный лист⟧ № {c.doc('sick_leave')} на посту"),
        (H, f"Кто брал ⟦тонометр⟧ из процедурной? И кто звонил {pts[1].gs('dat')} домой с рабочего {c.phone(kind='landline')}?"),
        (N[1], "Я, уточняла про ⟦ОАМ⟧", 1),
        (N[0], f"⟦Глюкометр⟧ в 3 палате сломался, у {pts[0].so('gen')} сахар 14,2 ночью, дежурному врачу {c.P(age='adult').si('dat')} доложила"),
        (H, "Молодцы. Завтра проверка ⟦СЭС⟧ по ⟦ВБИ⟧, бахилы и журналы кварцевания в порядок"),
    ]
    return "WhatsApp Chat with Постовые медсёстры ТО-2\n\n" + export(c, msgs)


# =============================================================================== KK

@T(ST, "kk")
def kk1(c):
    a, b, e = c.P(age="adult"), c.P(age="adult"), c.P(age="mid")
    pt = c.P(age="old")
    A, B, E = disp(c, a, "go_role", "хирург"), disp(c, b, c.ch("gs", "sgi")), disp(c, e, "role_go", "Бөлім меңг.")
    msgs = [
        (E, f"Әріптестер, қайырлы таң. Кеше {c.settl('abl', kind=c.ch('village', 'town'))} түскен {pt.si()} жағдайы қалай?"),
        (A, f"{pt.age_t('kk')}, ⟦санның жамбастан тыс сынуы⟧ оң жақта, 31-A2. 4-палата, 1-төсек. Hb 102"),
        (B, f"Ауру тарихы № {c.rid12('hospitalisation')}. ⟦Кардиолог⟧ қарады, ⟦ЭКГ⟧-да ⟦жүрекше фибрилляциясы⟧"),
        (E, f"Отаны {c.date('kk_ny', 1, 2)} жоспарлаңыз. Туыстарына хабарласыңыздар, қызының нөмірі {c.P().phone()}"),
        (A, "Жарайды. ⟦Эноксапарин⟧ 0,4 т/а бастадық"),
        (B, "<Медиафайл жоқ>"),
        (B, f"{pt.so('kgen')} рентгені, ⟦ЖИТ⟧ керек пе?", 1),
        (E, f"Жоқ, 1-2 тәулік бөлімде. Анестезиолог {c.P(age='mid').si()} келісті"),
    ]
    return f"«Травма бөлімі {c.hosp(kk=True)}» тобы\n\n" + export(c, msgs)


@T(ST, "kk")
def kk2(c):
    n = c.P(age="adult", sex="f")
    rel = c.P(age="adult")
    pt = c.P(age="old", kin=rel, rel="parent")
    N = disp(c, n, c.ch("go_role", "sgi"), "мейірбике")
    R = disp(c, rel, c.ch("phone", "lower", "go"))
    msgs = [
        (R, f"Сәлеметсіз бе, мен {pt.fn('kgen')} {sx(rel, 'ұлымын', 'қызымын')}. {sx(pt, 'Әкем', 'Анам')} ⟦кардиология бөлімінде⟧ жатыр, 9-палата"),
        (N, "Сәлеметсіз бе. Иә, жағдайы орташа ауыр, қан қысымы 160/95, ⟦Фуросемид⟧ 40 мг салдық"),
        (R, f"{sx(pt, 'Әкем', 'Анам')} {pt.age_t('kk_loc')}, түнде ұйықтады ма? Памперс пен су әкелсем бола ма?"),
        (N, "16:00-18:00 аралығында беруге болады, пакетке тегін, палатасын жазыңыз"),
        (R, f"Жарайды. ⟦МӘЖ⟧ үшін ЖСН керек деді: {pt.iin(split=c.r.random() < 0.3)}"),
        (N, f"Оны ординаторлық бөлмеге, дәрігер {c.P(age='mid').is_('kdat')} жіберіңіз. Тел. {c.phone(kind='landline', form=c.ch('local', 'eight_br'))}"),
        (R, f"Біз {rel.addr()} мекенжайында тұрамыз, құжаттарды өзім әкелемін", 1),
        (N, f"Шығару {c.date(c.ch('kk_ny', 'num_ny'), 3, 6)} жоспарлануда"),
        (R, "Рахмет көп 🙏"),
    ]
    return export(c, msgs)


@T(ST, "kk")
def kk3(c):
    s, an = c.P(age="mid"), c.P(age="adult")
    pts = [c.P(age=c.ch("adult", "elder", "old")) for _ in range(3)]
    S1, S2 = disp(c, s, c.ch("gs", "sg")), disp(c, an, c.ch("go", "latin"))
    msgs = [
        (S1, f"Ертеңгі жоспар: 1) {pts[0].si()} — ⟦ТЭП ТБС⟧ сол жақ; 2) {pts[1].si()} — ⟦тізе буынының артроскопиясы⟧; 3) {pts[2].si()} — металл құрылымын алу"),
        (S2, f"Біріншісі {pts[0].age_t('kk_loc')}, ⟦креатинин⟧ 142, ⟦спинальды анестезия⟧ жасаймыз"),
        (S1, "Қан дайын: 2 доза ⟦эритроцит массасы⟧ B(III) Rh-"),
        (S2, f"{pts[2].so('kgen')} ⟦Цефазолинге⟧ аллергиясы бар, ⟦Ванкомицин⟧ 1 г қоямыз"),
        (S1, f"Түсіндім. {c.date('kk_ny', -2, -1)} ота хаттамасына (№ {c.rid('operation_protocol')}) қол қойыңызшы"),
        (S2, "Таңертең қоямын", 1),
        (S1, f"{pts[0].so()} қан қысымы 185/100, ота кейінге қалдырылды"),
    ]
    return "Telegram · чат экспорты\n\n" + export(c, msgs, fmt="tg")


@T(ST, "kk")
def kk4(c):
    gp = c.P(age="mid")
    gs_ = c.P(age="adult")
    ata = c.P(age="old", kin=gs_, rel="parent")
    G, Sx = disp(c, gp, "role_go", "Дәрігер"), disp(c, gs_, c.ch("gs", "phone", "lower"))
    msgs = [
        (Sx, f"Сәлеметсіз бе, {gp.go()} {sx(gp, 'аға', 'апай')}. Мен {gs_.go()}, {ata.fn('kgen')} немересімін. {sx(ata, 'Атам', 'Әжем')} таңнан бері тұрмай жатыр, қызуы 38,6"),
        (G, f"Жасы нешеде еді? Амбулаторлық картасы № {c.rid('outpatient_card')} ғой?"),
        (Sx, f"{ata.age_t('kk_attr')} {sx(ata, 'атам', 'әжем')}, туған күні {ata.dob.r('kk_ny')}"),
        (G, f"Мекенжайы өзгерген жоқ па? {ata.addr()}"),
        (Sx, f"Жоқ, қазір бізде тұрады: {gs_.addr('full')}"),
        (G, "⟦Парацетамол⟧ 500 мг беріңіз, көп су ішсін. Ертең 10:00-де үйге барамын"),
        (Sx, f"Рахмет! Менің нөмірім {gs_.phone()}", 1),
        (G, "Сатурация 90%, оң жақта ⟦сырыл⟧. 103 шақырдым, ⟦пневмония⟧ күдігімен ауруханаға жібереміз"),
    ]
    return export(c, msgs)


@T(ST, "kk")
def kk5(c):
    ns = [c.P(age="adult", sex="f") for _ in range(3)]
    head = c.P(age="mid", sex="f")
    pts = [c.P(age=c.ch("old", "elder")) for _ in range(2)]
    N = [disp(c, x, c.ch("go", "sgi", "go_role", "lower"), "м/б") for x in ns]
    H = disp(c, head, "role_go", "Аға м/б")
    msgs = [
        (H, f"Қыздар, {c.date('my_kk', 20, 35)} айына кесте жіберілді. {ns[0].go()}, сен {c.date('kk_poss', 1, 3)} түнгі кезекшілікте"),
        (N[0], "Жарайды"),
        (N[1], f"7-палатадағы {pts[0].si()} ⟦Гепарин⟧ 5000 ӘБ т/а 6 сағат сайын. {pts[0].age_t('kk_loc')}, түнде мазасыз"),
        (N[2], f"{pts[1].so()} бүгін шығады, туыстары 14:00-ден кейін алып кетеді. ⟦Еңбекке жарамсыздық парағы⟧ № {c.doc('sick_leave')} постта"),
        (H, f"Процедуралықтағы ⟦тонометрді⟧ кім алды? {pts[1].gs('kdat')} жұмыс телефонынан {c.phone(kind='landline')} кім хабарласты?"),
        (N[1], "Мен, ⟦ЗЖА⟧ туралы сұрадым", 1),
        (N[0], f"{pts[0].so('kgen')} қантының деңгейі түнде 13,8, кезекші дәрігер {c.P(age='adult').is_('kdat')} хабарладым"),
        (H, "Жарайсыңдар. Ертең ⟦ИВҚ⟧ бойынша тексеру бар"),
    ]
    return "WhatsApp: «Мейірбикелер ТБ-2» чаты\n\n" + export(c, msgs)


# =============================================================================== MIXED

@T(ST, "mixed")
def mx1(c):
    a, b = c.P(age="adult"), c.P(age="mid")
    pt = c.P(age="old")
    A, B = disp(c, a, c.ch("gs", "go_role"), "ординатор"), disp(c, b, c.ch("role_go", "sgi"), "Dr.")
    msgs = [
        (A, f"{b.go()} {sx(b, 'аға', 'апай')}, қабылдауда {pt.si()}, {pt.age_t('kk')}, ⟦ОНМК⟧ подозрение, ⟦NIHSS⟧ 12"),
        (B, "КТ жасадыңдар ма? Терапевтическое окно қанша?"),
        (A, f"КТ № {c.rid('xray')} — ⟦ишемия⟧ слева, 2 часа от начала. Родственники на связи: {c.P().phone()}"),
        (B, "⟦Тромболизис⟧ ⟦Актилизе⟧ 0,9 мг/кг, противопоказания исключи. ⟦МНО⟧, тромбоциты?"),
        (A, "МНО 1,1, PLT 210. Бастадық 14:20-да"),
        (B, f"Молодец. Ауру тарихын толтыр, № {c.rid12('hospitalisation')}, утром обход", 1),
        (A, f"Таңертең ⟦NIHSS⟧ 6, сөйлей бастады. Дочь {pt.so('gen')} спрашивает про перевод в {c.settl(lang='ru', kind='town')} ЦРБ"),
    ]
    return export(c, msgs)


@T(ST, "mixed")
def mx2(c):
    n = c.P(age="adult", sex="f")
    rel = c.P(age="adult")
    ch_ = c.P(age="child", kin=rel, rel="child")
    N = disp(c, n, c.ch("go_role", "gs"), "медбике")
    R = disp(c, rel, c.ch("phone", "lower", "caps"))
    msgs = [
        (R, f"Сәлеметсіз бе, это мама {ch_.fn('gen')}, {ch_.bdate('num')}, в детской хирургии лежит"),
        (N, "Здравствуйте. Иә, 5-палата. Температура 37,2, ⟦Цефтриаксон⟧ 50 мг/кг получает"),
        (R, f"Рахмет. {sx(ch_, 'Ему', 'Ей')} можно кушать? {('Из садика ' + c.kindergarten(kk=False) + ' воспитатель') if ch_.age < 7 else ('Из школы ' + ch_.work(school=True, kk=False) + ' классный руководитель')} спрашивает справку"),
        (N, f"Справку выпишет лечащий врач {c.P(age='mid').si()} при выписке, {c.date(c.ch('num_ny', 'ru_ny'), 2, 5)} шамасында"),
        (R, f"Жақсы. Папа приедет с документами, его номер {c.P(sex='m').phone()}, свидетельство о рождении {c.doc('birth_certificate')}"),
        (N, "Хорошо, қабылдау бөліміне алып келсін", 1),
        (R, "🙏"),
    ]
    return export(c, msgs)


@T(ST, "mixed")
def mx3(c):
    s1, s2, s3 = c.P(age="mid"), c.P(age="adult"), c.P(age="adult")
    pts = [c.P(age=c.ch("adult", "elder", "old")) for _ in range(2)]
    S1 = disp(c, s1, "gs")
    S2 = disp(c, s2, c.ch("latin", "go"))
    S3 = disp(c, s3, c.ch("lower", "sgi"))
    msgs = [
        (S1, f"Коллеги, ⟦ТМК⟧ с областью в 15:00, пациент {pts[0].fn()}, ИИН {pts[0].iin()}, из {c.settl('gen', lang='ru', kind='village')}"),
        (S2, f"Қабылдадым. ⟦ТМК⟧ № {c.rid('teleconsultation')}, снимки загрузила в ⟦PACS⟧"),
        (S3, f"По второму — {pts[1].si()}, {pts[1].age_t(c.ch('ru', 'kk'))}, ⟦политравма⟧, ⟦ISS⟧ 22. Ауыстыру керек санавиацией"),
        (S1, "Согласен. Гемодинамика? АД 100/60, ЧСС 112"),
        (S3, "Иә, на вазопрессорах, ⟦Норадреналин⟧ 0,1 мкг/кг/мин"),
        (S2, f"Борт на завтра {c.date('num_ny', 1, 1)}, приём в ⟦ОАРИТ⟧ {c.named_inst(kk=False, kind=c.ch('trauma', 'surg'))}", 1),
        (S1, "Принято 👍"),
    ]
    return "Telegram · «ТМК облыс/область»\n\n" + export(c, msgs, fmt=c.ch("tg", "wa_ios"))


@T(ST, "mixed")
def mx4(c):
    gp = c.P(age="mid")
    rel = c.P(age="adult")
    ata = c.P(age="old", kin=rel, rel="parent")
    G, R = disp(c, gp, c.ch("role_go", "gs"), "Врач"), disp(c, rel, c.ch("phone", "gs", "lower"))
    msgs = [
        (R, f"Здравствуйте, доктор! {sx(ata, 'Атамыз', 'Әжеміз')} {ata.fn()} {ata.age_t('ru')}, ⟦пролежень⟧ на крестце стал больше"),
        (G, f"Сәлеметсіз бе. Мекенжайы {ata.addr(c.ch('unmarked', 'mkr', 'full'))} ғой?"),
        (R, "Иә, сол жерде. Подъезд 2, 5 этаж"),
        (G, f"Ертең патронажная медсестра {c.P(age='adult', sex='f').gs()} барады. ⟦Левомеколь⟧ жағыңыз, каждые 2 часа поворачивайте"),
        (R, f"Рахмет. Для ⟦паллиативной помощи⟧ документы: ИИН {ata.iin()}, наш телефон {rel.phone()}"),
        (G, f"Жақсы. Направление на ⟦ВКК⟧ дайындаймын, протокол № {c.rid12('commission_protocol')}. Рецепт № {c.rid('prescription')} на ⟦Трамадол⟧ — в ⟦ЭРСБ⟧", 1),
    ]
    return export(c, msgs)


@T(ST, "mixed")
def mx5(c):
    a, b = c.P(age="adult"), c.P(age="adult")
    pts = [c.P(age=c.ch("adult", "elder")) for _ in range(2)] + [c.P(age=(35, 45), sex="m")]
    A, B = disp(c, a, c.ch("go_role", "sgi"), "приёмник"), disp(c, b, c.ch("gs", "lower"))
    msgs = [
        (A, f"Скорая везёт ⟦ДТП⟧, 3 пострадавших, бригада {c.rid('ambulance_call')}, машина {c.doc('vehicle_plate')} сбила пешеходов"),
        (A, f"1) {pts[0].fn(st=c.ch(None, 'caps'))} — ⟦ЧМТ⟧, ⟦ШКГ⟧ 9; 2) {pts[1].sg()} — ⟦перелом костей голени⟧ 42-A3; 3) аты-жөні белгісіз, ер адам, шамамен 40 жаста"),
        (B, "⟦КТ⟧ бос, ⟦реанимация⟧ хабардар. Полицияға хабарладыңдар ма?"),
        (A, f"Да, телефонограмма № {c.n(10, 399)}, принял {c.P(sex='m').si()}"),
        (B, f"Үшіншісі анықталды: {pts[2].fn()}, {pts[2].bdate('num')} г.р., жена приехала, тел. {c.P(sex='f').phone()}", 1),
        (A, "Принято, в журнал записала"),
    ]
    return export(c, msgs)
