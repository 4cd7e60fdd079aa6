# -*- coding: utf-8 -*-
"""email_thread: переписка клиник и семей — заголовки, цитаты ответов, подписи."""
from reg import T, sx
from core import RU_WD, KK_WD, S

ST = "email_thread"


def sent_ru(c, d):
    return f"{RU_WD[d.weekday()]}, {d.r('ru')} г. {c.tm()}"


def sent_kk(c, d):
    return f"{d.r('kk_abbr')}, {KK_WD[d.weekday()]} {c.tm()}"


def addr_of(c, p, inst=False):
    return c.staff_mail(p) if inst else p.mail()


def quote(block):
    return "\n".join("> " + ln if ln else ">" for ln in block.split("\n"))


def sig_ru(c, p, role):
    return f"""С уважением,
{p.nm(c.ch('si', 'full', 'gs'), split=c.r.random() < 0.15)}
{role}
{c.hosp()}
тел.: {c.phone(kind='landline')}{c.maybe(0.5, ', вн. ' + str(c.n(100, 499)))}
моб.: {p.phone()}"""


def sig_kk(c, p, role):
    return f"""Құрметпен,
{p.nm(c.ch('si', 'full', 'gs'))}
{role}
{c.hosp()}
тел.: {c.phone(kind='landline')}
ұялы: {p.phone()}"""


# =============================================================================== RU

@T(ST, "ru")
def ru1(c):
    fam = c.P(age="adult")
    pat = c.P(age="old", kin=fam, rel="parent")
    doc = c.P(age="mid")
    d1 = c.D(-6, -3)
    d2 = d1.add(c.n(1, 2))
    fm, dm = addr_of(c, fam), addr_of(c, doc, True)
    first = f"""Здравствуйте!
{sx(pat, 'Мой отец', 'Моя мать')}, {pat.fn()}, {pat.bdate('num')} г.р., {pat.age_t('ru')}, лечил{sx(pat, 'ся', 'ась')} у вас в ⟦неврологии⟧ с {c.date('num', -30, -25)} по {c.date('num', -20, -15)}. Выписку нам не отдали, сказали «в ⟦ЭРСБ⟧ будет». Прошу прислать выписной эпикриз и результаты ⟦МРТ⟧ (№ {c.rid('xray')}) на эту почту.
ИИН {sx(pat, 'отца', 'матери')}: {pat.iin()}
{fam.fn()}, {fam.phone()}"""
    return f"""От: {doc.fn()} <{dm}>
Отправлено: {sent_ru(c, d2)}
Кому: {fam.gs()} <{fm}>
Копия: {c.inst_mail()}
Тема: RE: Выписка {pat.so('gen')}

{fam.go()}, добрый день.
Во вложении выписной эпикриз из ⟦медицинской карты⟧ № {c.rid12('hospitalisation')} и заключение ⟦МРТ головного мозга⟧. Рекомендации: ⟦Аторвастатин⟧ 20 мг на ночь, ⟦Клопидогрел⟧ 75 мг, контроль АД (целевое < 140/90), ⟦ЛФК⟧. Рецепт № {c.rid('prescription')} на ⟦Клопидогрел⟧ выписан в ⟦ЭРСБ⟧.
Для продления ⟦инвалидности⟧ обратитесь к участковому врачу в {c.hosp()}.

{sig_ru(c, doc, 'заведующий отделением неврологии')}

-----Original Message-----
От: {fam.gs()} <{fm}>
Отправлено: {sent_ru(c, d1)}
Кому: {dm}
Тема: Выписка {pat.so('gen')}

{quote(first)}
"""


@T(ST, "ru")
def ru2(c):
    a, b = c.P(age="mid"), c.P(age="mid")
    pat = c.P(age=c.ch("adult", "elder", "old"))
    d1 = c.D(-3, -1)
    am, bm = c.staff_mail(a), c.staff_mail(b)
    first = f"""Уважаемый(ая) {b.gp() if b.patr else b.go()}!
Просим рассмотреть перевод пациента {pat.fn('gen')}, {pat.yob()} г.р., ИИН {pat.iin()}, находящегося в ⟦ОАРИТ⟧ {c.hosp()} (ИБ № {c.rid('hospitalisation')}).
Диагноз: ⟦политравма⟧. ⟦Закрытый перелом таза⟧ (S32.8, AO 61-B2), ⟦перелом бедра⟧ справа. ⟦ШКГ⟧ 14, АД 110/70 на ⟦Норадреналине⟧ 0,05.
Необходим ⟦остеосинтез таза⟧. ⟦ТМК⟧ № {c.rid('teleconsultation')} от {d1.r('num')}."""
    return f"""From: {a.sg()} <{am}>
To: {b.sg()} <{bm}>
Date: {d1.add(1).r('num')} {c.tm()}
Subject: Re: перевод {pat.si('gen')} — ТМК

Коллега, добрый день.
Согласовано. Принимаем {d1.add(c.n(2, 3)).r('ru_ny')} в отделение ⟦травматологии № 2⟧ {c.named_inst(kk=False, kind='trauma')}. Сопровождение реанимобилем, с собой: ⟦КТ⟧ на диске, ⟦ОАК⟧, ⟦коагулограмма⟧, группа крови.
Контакт приёмного: {c.phone(kind='landline')}

{b.si()}
руководитель отдела

{d1.r('num')} {c.tm()}, {a.sg()} <{am}> пишет:
{quote(first)}
"""


@T(ST, "ru")
def ru3(c):
    fam = c.P(age="adult")
    pat = c.P(age=c.ch("elder", "old"), kin=fam, rel="parent")
    tr = c.P(eth="tr", age="mid", sex="m")
    coord = c.P(eth=c.ch("tr", "kz"), age="adult")
    d1 = c.D(-10, -5)
    trm = S(f"{c.ch('international', 'ipd', 'patient.services')}@{c.ch('medicalpark', 'acibadem-int', 'memorialtr', 'liv-hospital')}.com.tr", "EMAIL", ["institutional"])
    first = f"""Добрый день!
Хотим пройти лечение у вас. {sx(pat, 'Отец', 'Мама')} {pat.fn()} ({pat.bdate('num')} г.р.), диагноз ⟦{c.ch('рак предстательной железы T2N0M0', 'гонартроз III ст. обоих коленных суставов', 'ИБС, многососудистое поражение')}⟧.
Паспорт: {c.doc('passport', 'kz')}. Прилагаю заключение ⟦КТ⟧ и ⟦ПЭТ⟧.
Мой WhatsApp: {fam.phone('plus7_sp')}
{fam.gs()}"""
    return f"""From: {coord.nm('gs', st='latin')} <{trm}>
Sent: {d1.add(2).r('num')} {c.tm()}
To: {fam.mail()}
Subject: RE: Консультация / {pat.nm('gs', st='latin')}

Уважаемый(ая) {fam.go()}!
Наш врач проф. {tr.nm('gs')} ознакомился с документами. Рекомендовано: ⟦{c.ch('робот-ассистированная простатэктомия (da Vinci)', 'одномоментное ТЭП обоих коленных суставов', 'АКШ')}⟧. Ориентировочная стоимость 14 500 USD, госпитализация 5–7 дней.
Предварительная дата: {c.date('ru', 20, 40)}. Адрес клиники: {S(c.ch('Türkiye, İstanbul, Kadıköy, Bağdat Cd. No:45 D:7', 'Türkiye, Ankara, Çankaya, Atatürk Blv. No:112', 'Турция, Анталья, Муратпаша, ул. Гюллюк, д. 21'), 'ADDRESS', ['full_postal', 'foreign'])}.
Контакт координатора: {c.phone(kind='tr')}

Best regards,
{coord.nm('gs', st='latin')}
International Patient Center

-----Original Message-----
{quote(first)}
"""


@T(ST, "ru")
def ru4(c):
    ins = c.P(age="adult")
    doc = c.P(age="mid")
    pat = c.P(age=c.ch("adult", "mid"))
    d1 = c.D(-4, -2)
    im = S(f"{c.ch('dms', 'medical', 'claims')}@{c.ch('nomad-ins', 'eurasia-ins', 'kaz-ins', 'jysan-garant')}.kz", "EMAIL", ["institutional"])
    first = f"""Добрый день.
По застрахованному {pat.fn('dat')} (полис ДМС № {c.doc('policy')}, работодатель {pat.work()}) просим предоставить обоснование госпитализации {d1.add(-5).r('num')} и калькуляцию.
{ins.si()}, врач-эксперт страховой компании, {ins.phone()}"""
    return f"""От: {doc.si()} <{c.staff_mail(doc)}>
Кому: {im}
Дата: {sent_ru(c, d1.add(1))}
Тема: RE: Запрос по полису — {pat.so()}

Уважаемый(ая) {ins.go()}!
{sx(pat, 'Пациент', 'Пациентка')} {pat.si()} ({pat.bdate('num')} г.р., ИИН {pat.iin()}) {sx(pat, 'госпитализирован', 'госпитализирована')} в экстренном порядке с ⟦острым калькулёзным холециститом⟧ (K80.0). Выполнена ⟦лапароскопическая холецистэктомия⟧ (протокол № {c.rid('operation_protocol')}). ⟦ОАК⟧: лейкоциты 14,2×10⁹/л, СРБ 86 мг/л.
Калькуляция и копия ИБ № {c.rid('hospitalisation')} во вложении. Лист нетрудоспособности № {c.doc('sick_leave')} открыт с {d1.add(-5).r('num')}.

{sig_ru(c, doc, 'заместитель главного врача по лечебной работе')}

> {first.replace(chr(10), chr(10) + '> ')}
"""


@T(ST, "ru")
def ru5(c):
    fam = c.P(age="adult")
    pat = c.P(age=c.ch("old", "elder"), kin=fam, rel="parent")
    uz = c.P(age="mid")
    hd = c.P(age="mid")
    d1 = c.D(-12, -8)
    return f"""От: Канцелярия Управления здравоохранения <{S('kanc@' + c.ch('densaulyk.gov.kz', 'uzdrav.kz', 'dz.gov.kz'), 'EMAIL', ['institutional'])}>
Дата: {sent_ru(c, d1.add(3))}
Кому: {c.inst_mail('priemnaya')}
Тема: Fwd: жалоба {fam.so('gen')} — на контроль

Для рассмотрения и ответа заявителю в срок до {d1.add(15).r('num')}. Ответ направить с копией в Управление.
{uz.si()}, главный специалист отдела лечебно-профилактической помощи, {c.phone(kind='landline')}

---------- Forwarded message ---------
От: {fam.fn()} <{fam.mail()}>
Дата: {d1.r('ru')} г. в {c.tm()}
Тема: жалоба

Я, {fam.fn()}, проживаю: {fam.addr('full')}. {sx(pat, 'Мой дедушка', 'Моя бабушка')} {pat.fn()}, {pat.age_t('ru')}, в {c.hosp()} с {c.date('num', -20, -15)}, ⟦пролежни⟧ IV ст., {sx(pat, 'его', 'её')} не переворачивают, ⟦противопролежневый матрас⟧ не дали. Зав. отделением {hd.si()} на звонки не отвечает.
Прошу принять меры. Тел. {fam.phone()}
"""


# =============================================================================== KK

@T(ST, "kk")
def kk1(c):
    fam = c.P(age="adult")
    pat = c.P(age="old", kin=fam, rel="parent")
    doc = c.P(age="mid")
    d1 = c.D(-6, -3)
    fm, dm = addr_of(c, fam), addr_of(c, doc, True)
    first = f"""Сәлеметсіз бе!
{sx(pat, 'Әкем', 'Анам')} {pat.fn()}, {pat.bdate('num')} ж.т., {pat.age_t('kk')}, сіздерде ⟦неврология бөлімшесінде⟧ емделді. Шығару эпикризін бермеді. Эпикриз бен ⟦МРТ⟧ (№ {c.rid('xray')}) қорытындысын осы поштаға жіберуіңізді сұраймын.
ЖСН: {pat.iin()}
{fam.fn()}, {fam.phone()}"""
    return f"""Жіберуші: {doc.fn()} <{dm}>
Жіберілді: {sent_kk(c, d1.add(1))}
Кімге: {fam.gs()} <{fm}>
Көшірме: {c.inst_mail()}
Тақырыбы: RE: {pat.so('kgen')} эпикризі

{fam.go()}, қайырлы күн.
Тіркемеде ⟦медициналық картадан⟧ (№ {c.rid12('hospitalisation')}) шығару эпикризі мен ⟦бас миының МРТ⟧ қорытындысы. Ұсыныстар: ⟦Аторвастатин⟧ 20 мг, ⟦Клопидогрел⟧ 75 мг, қан қысымын бақылау (140/90-нан төмен), ⟦ЕДШ⟧.

{sig_kk(c, doc, 'неврология бөлімшесінің меңгерушісі')}

-----Бастапқы хат-----
Жіберуші: {fam.gs()} <{fm}>
Жіберілді: {sent_kk(c, d1)}
Тақырыбы: {pat.so('kgen')} эпикризі

{quote(first)}
"""


@T(ST, "kk")
def kk2(c):
    a, b = c.P(age="mid"), c.P(age="mid")
    pat = c.P(age=c.ch("adult", "elder", "old"))
    d1 = c.D(-3, -1)
    am, bm = c.staff_mail(a), c.staff_mail(b)
    first = f"""Құрметті {b.gp() if b.patr else b.go()}!
{c.hosp()} ⟦ЖИТ⟧ бөлімінде жатқан науқас {pat.fn()}, {pat.yob()} ж.т., ЖСН {pat.iin()} (АТ № {c.rid('hospitalisation')}) ауыстыруды қарауыңызды сұраймыз.
Диагнозы: ⟦политравма⟧, ⟦жамбастың жабық сынуы⟧ (S32.8), ⟦ГКШ⟧ 14.
⟦ТМК⟧ № {c.rid('teleconsultation')}, {d1.r('kk')}."""
    return f"""From: {a.sg()} <{am}>
To: {b.sg()} <{bm}>
Date: {d1.add(1).r('num')} {c.tm()}
Subject: Re: {pat.si('kgen')} ауыстыру

Әріптес, қайырлы күн.
Келісілді. {d1.add(c.n(2, 3)).r('kk_ny_loc')} {c.named_inst(kk=True, kind='trauma')} ⟦травматология бөлімшесіне⟧ қабылдаймыз. Бірге: ⟦КТ⟧ дискте, ⟦ҚЖА⟧, ⟦коагулограмма⟧.
Қабылдау бөлімі: {c.phone(kind='landline')}

{b.si()}

{d1.r('num')} {c.tm()}, {a.sg()} <{am}> жазды:
{quote(first)}
"""


@T(ST, "kk")
def kk3(c):
    par = c.P(age="adult")
    ch_ = c.P(age=(7, 15), kin=par, rel="child")
    nurse = c.P(age="adult", sex="f")
    d1 = c.D(-5, -2)
    sch = ch_.work(school=True, kk=True)
    c.clock(c.n(9, 13))
    t_event = c.tn()
    return f"""Жіберуші: {nurse.fn()} <{c.staff_mail(nurse)}>
Кімге: {par.mail()}
Жіберілді: {d1.r('kk_abbr')}, {KK_WD[d1.weekday()]} {c.tn(40, 90)}
Тақырыбы: {ch_.go()} — жарақат туралы

Құрметті {par.gs()}!
Бүгін {t_event}-да {sch} спорт залында {sx(ch_, 'ұлыңыз', 'қызыңыз')} {ch_.fn()} ({c.n(2, 9)} «Ә» сынып) құлап, сол қолын соқты. Алғашқы көмек көрсетілді, суық басылды, ⟦Ибупрофен⟧ 200 мг берілді. ЖМЖ шақырылды (№ {c.rid('ambulance_call')}), бала {c.hosp()} травмпунктіне жеткізілді.
⟦Рентгенограмма⟧ № {c.rid('xray')}: ⟦кәрі жіліктің сынуы⟧ (S52.5) анықталды.
Сізге {par.phone()} нөміріне хабарласа алмадық.

Мектеп мейірбикесі {nurse.si()}
тел.: {c.phone(kind='landline', form='local')}

> {par.go()}: Хабарлағаныңызға рахмет, қазір барамын. {d1.r('num')}
"""


@T(ST, "kk")
def kk4(c):
    fam = c.P(age="adult")
    pat = c.P(age="old", kin=fam, rel="parent")
    dd = c.P(age="mid")
    d1 = c.D(-10, -6)
    return f"""Жіберуші: Денсаулық сақтау басқармасының кеңсесі <{S('kense@' + c.ch('densaulyk.gov.kz', 'uzdrav.kz', 'dz.gov.kz'), 'EMAIL', ['institutional'])}>
Жіберілді: {sent_kk(c, d1.add(3))}
Кімге: {c.inst_mail('qabyldau')}
Тақырыбы: Fwd: {fam.so('kgen')} шағымы — бақылауға

{d1.add(15).r('kk_ny')} дейін қарап, өтініш берушіге жауап беріңіздер.
{c.P(age='mid').si()}, бас маман, {c.phone(kind='landline')}

---------- Жіберілген хат ---------
Жіберуші: {fam.fn()} <{fam.mail()}>
Күні: {d1.r('kk')}, {c.tm()}

Мен, {fam.fn()}, мекенжайым: {fam.addr('full')}. {sx(pat, 'Атам', 'Әжем')} {pat.fn()}, {pat.age_t('kk_loc')}, {c.hosp()} жатыр, ⟦ойық жаралар⟧ IV дәреже, аударып отырмайды. Бөлім меңгерушісі {dd.si()} телефон алмайды.
Шара қолдануды сұраймын. Тел. {fam.phone()}
"""


@T(ST, "kk")
def kk5(c):
    fam = c.P(age="adult")
    pat = c.P(age=c.ch("elder", "old"), kin=fam, rel="parent")
    kr = c.P(eth="kof", age="mid")
    d1 = c.D(-8, -4)
    km = S(f"{c.ch('intl', 'global', 'kazakhstan.desk')}@{c.ch('severance', 'asan-med', 'snuh-intl')}.kr", "EMAIL", ["institutional"])
    return f"""From: {km}
To: {fam.mail()}
Date: {d1.add(2).r('iso')} {c.tm()}
Subject: RE: {pat.nm('sg', st='latin')} — консультация

Құрметті {fam.go()}!
Біздің дәрігер Dr. {kr.nm('gs')} құжаттарды қарады. Ұсыныс: ⟦{c.ch('бауыр трансплантациясы', 'лапароскопиялық гастрэктомия', 'кохлеарлық имплантация')}⟧. Болжамды күні: {c.date('kk', 20, 45)}.
Емделушінің төлқұжаты: {c.doc('passport', 'kz')}
Координатор (қазақ тілінде): {c.P(age='adult').gs()}, {c.phone(kind='rus')}

-----Original Message-----
> {pat.fn()}, {pat.bdate('num')} ж.т., ⟦{c.ch('бауыр циррозы', 'асқазан обыры', 'екі жақты сенсоневралды саңырау')}⟧.
> Менің нөмірім: {fam.phone()}
> {fam.gs()}
"""


# =============================================================================== MIXED

@T(ST, "mixed")
def mx1(c):
    fam = c.P(age="adult")
    pat = c.P(age="old", kin=fam, rel="parent")
    doc = c.P(age="mid")
    d1 = c.D(-6, -3)
    fm = fam.mail()
    return f"""От: {doc.fn()} <{c.staff_mail(doc)}>
Отправлено: {sent_ru(c, d1.add(1))}
Кому: {fm}
Тема: RE: {pat.so()} — выписка / эпикриз

{fam.go()}, сәлеметсіз бе!
Эпикриз {pat.so('kgen')} во вложении (ИБ № {c.rid12('hospitalisation')}). {sx(pat, 'Атаңызға', 'Әжеңізге')} {pat.age_t('ru')}, поэтому дозу ⟦Эналаприла⟧ снизили до 2,5 мг 2 р/д. ⟦ОАК⟧ қалыпты, креатинин 118 мкмоль/л.
Бақылау: участковый врач {c.P(age='adult').si()} через 7 дней.

Құрметпен / С уважением,
{doc.si()}
{c.phone(kind='landline')}

> {d1.r('kk_abbr')}, {fam.gs()} <{fm}> жазды:
> Сәлеметсіз бе, {sx(pat, 'атамның', 'әжемнің')} ({pat.fn()}, ЖСН {pat.iin()}) эпикризін жібере аласыз ба? Мекенжай: {pat.addr()}
"""


@T(ST, "mixed")
def mx2(c):
    a, b = c.P(age="mid"), c.P(age="mid")
    pat = c.P(age=c.ch("adult", "elder"))
    d1 = c.D(-3, -1)
    am = c.staff_mail(a)
    return f"""From: {a.sg()} <{am}>
To: {b.sg()} <{c.staff_mail(b)}>
Cc: {c.inst_mail('vkk')}
Date: {d1.add(1).r('num')} {c.tm()}
Subject: Re: ⟦ТМК⟧ № {c.rid('teleconsultation')} — {pat.so()}

Қайырлы күн! Согласовано на ⟦ВКК⟧ (протокол № {c.rid12('commission_protocol')} от {d1.r('num')}).
Пациент {pat.fn()}, ЖСН {pat.iin()}, {pat.age_t('kk')}, направляется на ⟦ВТМП⟧: ⟦тотальное эндопротезирование коленного сустава⟧ (M17.1).
Келу күні / дата госпитализации: {d1.add(c.n(10, 20)).r('num')}. При себе: ⟦ОАК⟧, ⟦ОАМ⟧, ⟦ЭКГ⟧, ⟦ФГ⟧, санация ротовой полости.

{a.si()}

{d1.r('num')}, {b.sg()} пишет:
> Прошу рассмотреть {pat.si('acc')} из {c.settl('gen', lang='ru', kind=c.ch('village', 'town'))}, ⟦гонартроз III ст.⟧, ⟦ВАШ⟧ 8.
"""


@T(ST, "mixed")
def mx3(c):
    par = c.P(age="adult")
    ch_ = c.P(age=(3, 6), kin=par, rel="child")
    teach = c.P(age="adult", sex="f")
    d1 = c.D(-4, -1)
    kg = c.kindergarten()
    return f"""От: {teach.fn()} <{teach.mail()}>
Кому: {par.mail()}
Дата: {d1.r('num')} {c.tm()}
Тема: {ch_.go()} — справка / анықтама

Сәлеметсіз бе, {par.go()}!
В {kg} нужна справка после травмы {ch_.sg('gen')}: ⟦перелом ключицы⟧ (S42.0), ⟦повязка Дезо⟧. Балабақшаға келу үшін дәрігердің рұқсаты керек.
Справку форма 026/у можно взять у педиатра {c.P(age='adult').is_('gen')}.
Тәрбиеші {teach.si()}, {teach.phone()}

> Жақсы, ертең әкелемін. Свидетельство о рождении: {c.doc('birth_certificate')}
> {par.fn()}
"""


@T(ST, "mixed")
def mx4(c):
    fam = c.P(age="adult", eth=c.ch("uz", "kz", "ug"))
    pat = c.P(age=c.ch("elder", "old"), kin=fam, rel="parent")
    doc = c.P(age="mid")
    d1 = c.D(-6, -3)
    from core import FOREIGN_SETTL
    fs = {n[0]: n for n in FOREIGN_SETTL}
    fc = c.ch((fs['Ташкент'], 'Узбекистана', 'uzbek', 'uz'), (fs['Самарканд'], 'Узбекистана', 'uzbek', 'uz'),
              (fs['Бишкек'], 'Кыргызстана', 'kyrgyz', 'kg'), (fs['Ош'], 'Кыргызстана', 'kyrgyz', 'kg'))
    return f"""От: {fam.gs()} <{fam.mail()}>
Кому: {c.inst_mail('priem')}
Дата: {sent_ru(c, d1)}
Тема: госпитализация {sx(pat, 'отца', 'матери')} из {c.settl('gen', lang='ru', city=fc[0])}

Здравствуйте! {sx(pat, 'Отец', 'Мама')} {pat.fn()}, {pat.age_t('ru')}, гражданин{sx(pat, '', 'ка')} {fc[1]}, паспорт {c.doc('passport', fc[2])}, страховой полис {c.doc('policy')}, приехал{sx(pat, '', 'а')} к нам в гости, живём: {fam.addr('full')}. Вчера ⟦инсульт⟧ болды ма деп қорқамыз — речь нарушена. Как оформить платную госпитализацию?
Мой номер {fam.phone()}, номер брата в {c.settl('prep', lang='ru', city=fc[0])}: {c.phone(kind=fc[3])}

-----
Ответ / Жауап ({sent_ru(c, d1.add(1))}):
Звоните 103 немедленно. Шетел азаматтарына шұғыл көмек тегін. Далее — по договору, касса приёмного {c.phone(kind='landline')}.
{doc.si()}, дежурный администратор
"""


@T(ST, "mixed")
def mx5(c):
    pat = c.P(age=c.ch("adult", "mid"))
    hr = c.P(age="adult")
    doc = c.P(age="mid")
    d1 = c.D(-5, -2)
    return f"""From: {hr.sg()} <{c.staff_mail(hr)}>
To: {doc.sg()} <{c.staff_mail(doc)}>
Date: {sent_kk(c, d1)}
Subject: {pat.so()} — еңбекке жарамсыздық / больничный

Қайырлы күн. Наш сотрудник {pat.fn()} (ЖСН {pat.iin()}), {pat.work()}, находится на больничном № {c.doc('sick_leave')} с {d1.add(-20).r('num')}. Просим сообщить о продлении через ⟦ВКК⟧.
{hr.si()}, ⟦HR⟧-менеджер, {hr.phone()}

> Re ({d1.add(1).r('num')}): Продлено ⟦ВКК⟧ протокол № {c.rid('commission_protocol')} до {d1.add(10).r('num')}. Диагноз не разглашаем. ⟦Медицинская тайна⟧.
> {doc.si()}
"""
