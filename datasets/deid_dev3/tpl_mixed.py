# -*- coding: utf-8 -*-
# Mixed Russian/Kazakh templates: (style, template).
T = []
A = lambda style, text: T.append((style, text.strip('\n')))

# ---------------------------------------------------------------- vkk_msek_protocol
A('vkk_msek_protocol', '''
ДКК хаттамасы / Протокол ВКК № {rec.prot} от {dt1.dmy}
Т.А.Ә./ФИО: {p1.full}
ЖСН/ИИН: {p1.iin}   Туған күні/Дата рожд.: {p1.dob}
Мекенжайы/Адрес: {addr.full}
Жұмыс орны/Место работы: {work}
Диагноз: [[{!dx}]] / [[{!dxkk}]]
Шешім/Решение: ЛН № {doc.sl} продлен с {dt2.dmy} по {dt3.dmy}. МСЭК-ке жолданды.
Төраға/Председатель {d1.sinit}, хатшы {e2.sur}
''')
A('vkk_msek_protocol', '''
МСЭ актісі № {rec.msek}
Освидетельствован {p1.sinit.R}, {p1.yob} г.р., {vil.kloc.K} тұрады
ЖСН {p1.iins}
Телефон: {phone.land}, ұялы: {phone.mob}
Группа инвалидности: {~II|III} топ, {dt1.kkabl.K} бастап
Справка МСЭ № {doc.msek}, келесі куәландыру {dt2.my}
Врач-эксперт {d1.sinit}; ЕДШ дәрігері {e2.sur}
''')
A('vkk_msek_protocol', '''
выписка ДКК № {rec.prot}
{dt1.dmy2} пац. {p1.fi} ({p1.yob} ж.т.)
тұрғылықты: {vil.R}, {dist}
жұмысы: {work}
жалобы: боль в [[{!anatkk}]] аймағында, [[{!epon}]] (+)
болеет с {dto1.myprep.R}
қорытынды: [[{!dx}]], [[ЛФК]] + [[{!drug}]] {#1-2},0 в/м
председатель {d1.inits}
''')
A('vkk_msek_protocol', '''
| ФИО / Т.А.Ә. | {p1.full.split} |
| ИИН | {p1.iin} |
| Адрес | {addr.mkr}, {city} |
| Байланыс | {phone.mob} / {phone.local} |
| ИБ № | {rec.hosp} |
| Комиссия | {d1.sinit}, {d2.sinit}, {d3.sinit} |
Решение: справка 095/у студенту {work.school} с {dt1.dmy} по {dt2.dmy}.
''')
A('vkk_msek_protocol', '''
МСЭК. Протокол № {rec.prot} / {dt1.kk.K} ж.
{g1.full}, {g1.age.kk} (в возрасте {g1.age.voz}), {g1.yob} г.р.
Тұрады: {city.kloc.K}, у сына {p2_m.gp.gen.R}, тел. {phone.mob}
Повторное освидетельствование, пред. акт № {rec.msek} от {dto1.dmy}
Диагноз: [[{!dx}]]. I топ мерзімсіз / I группа бессрочно. Анықтама № {doc.msek}
''')

# ---------------------------------------------------------------- sick_leave_and_certificates
A('sick_leave_and_certificates', '''
УАҚЫТША ЕҢБЕККЕ ЖАРАМСЫЗДЫҚ ПАРАҒЫ / ЛИСТ ВН № {doc.sl}
ФИО: {p1.full}   ЖСН: {p1.iin}
Жұмыс орны/место работы: {work}
БИН/БСН: {doc.bin}
Освобожден(а) от работы: {dt1.dmy} — {dt2.dmy} (врач {d1.sinit})
Жалғасы: {dt3.dmy} — {dt4.dmy}
Жұмысқа шығу / приступить: {dt5.dmy}
Диагноз: [[{!dx}]]
''')
A('sick_leave_and_certificates', '''
Анықтама / Справка № {rec.cert}
Берілді {p1.full.kdat.K} ({p1.dob} ж.т.), в том что находился на лечении в травматологии с {dt1.dmy} по {dt2.dmy}, ауру тарихы № {rec.hosp}.
Мекенжайы: {addr.street}, {city}
Диагноз: [[{!dx}]], проведено [[{!implant}]]
Для предоставления по месту работы: {work}
Емдеуші дәрігер {d1.sinit}, тел. {phone.land}
''')
A('sick_leave_and_certificates', '''
ф. 086/у — Медициналық анықтама
ФИО: {p1.full}
Дата рожд.: {p1.dob}   ИИН {p1.iin}
Адрес: {addr.mkr}, {city}
Оқу орны: {work.school}
Флюорография № {rec.xray} от {dt1.dmy}, норма
ОАК/ҚЖА: [[Hb]] {#105-160} г/л, [[лейкоциты]] {%4.0-9.0}
Годен / жарамды. Дәрігер {d1.sinit}, {dt2.dmy}
''')
A('sick_leave_and_certificates', '''
справка 095/у № {rec.cert}
оқушы {p1.fi}, {work.school}
болел с {dt1.dmy2} по {dt2.dmy2} ({dt1.kkabl.K} бастап)
диагноз: ЖРВИ, [[{!dx}]]
освобожден от физ-ры {#7-30} күн
анасы/мать {p2_f.fi}, тел {phone.mob}
педиатр {d1.inits}
''')
A('sick_leave_and_certificates', '''
Амбулаторлық карта № {rec.card} — ВЫПИСКА
{p1.full.caps}, {p1.yob} г.р.
Тіркелген/прописка: {vil} ауылы, {dist.K}
Фактически: {addr.street}, г. {city.R}
ЭЛН № {doc.sl}: {dt1.dmy} – {dt2.dmy}
Рентген {rec.xray}: [[консолидация]]; [[{!dx}]]
Дайындаған {d1.sinit}, байланыс {phone.local}
''')

# ---------------------------------------------------------------- rehab_center_intake
A('rehab_center_intake', '''
ОҢАЛТУ ОРТАЛЫҒЫ / РЕАБИЛИТАЦИОННЫЙ ЦЕНТР
Науқас/Пациент: {p1.full}   Жасы: {#20-85}
ЖСН {p1.iin} | карта {rec.card}
Направлен из [[{!inst}]] ({dt1.dmy}), диагноз [[{!dx}]]
Мекенжайы: {addr.full}
Тел: {phone.mob}, почта {p1.email}
[[Бартел]] {#20-90}, [[Рэнкин]] {#1-4}. Оңалтушы {d1.sinit}
''')
A('rehab_center_intake', '''
Поступила {dt1.kkloc.K}, {#9-14}:{#10-59}
{p1_f.full.lower}, {p1_f.yob} ж.т., ИИН {p1_f.iin}
Тіркелген: {vil}, {dist}; живет у дочери в {city.prep.R}, {addr.street.R}
Бұрын жұмыс істеген: {work}
Сопровождает қызы {p2_f.given}, тел. {phone.mob}
[[ОНМК]] {dto1.dmy}, [[{!drug}]] {#5-20} мг, МРТ № {rec.xray}
Топ/команда: {d1.sur}, {e2.sur}, {d3.sinit}
''')
A('rehab_center_intake', '''
Анкета / Сауалнама
Тегі/Фамилия: {p1.sur}  Аты/Имя: {p1.given}
Туған күні: {p1.dob2}
Мекенжай: {city}, {addr.mkr}
Тел: {phone.any}
Жұмыс орны: {work}
Жолдаған/направил: {d1.sinit}
Полис ДМС № {doc.policy}
Диагноз: [[{!dx}]], [[{!implant}]] кейін
''')
A('rehab_center_intake', '''
{p1.sinit.caps} {#18-70} л. поступ. {dt1.dmy}
ПРИЧИНА: [[ЖКО]]/[[ДТП]] {dto1.dmy}, [[{!dx}]]
ТҰРАДЫ: {vil.R} ({dist.R})
тел {phone.mob}, әйелі {p2_f.given} {phone.mob}
ИБ {rec.12.hospitalisation}
[[Ashworth]] {#1-3}, [[MRC]] {#2-4}/5
жоспар: [[ЕДШ]], [[{!abbr}]], [[Войта-терапия]]
''')
A('rehab_center_intake', '''
{dt1.dmy} повторный курс (алдыңғы курс {dto1.mykk.K}, карта {rec.card})
{p1.fi}, {p1.yob} г.р., проживает {addr.street}, {city}
Доставлен коллегой из {work} — {p2.sinit}, а/м {doc.plate}
ЖСН: {p1.iin}
Жетекші дәрігер / ведущий врач {d1.full}
''')

# ---------------------------------------------------------------- interhospital_transfer
A('interhospital_transfer', '''
САНАВИАЦИЯ / САНИТАРЛЫҚ АВИАЦИЯ — өтінім № {rec.transfer}
{dt1.dmy} {#0-23}:{#10-59}
Откуда: ЦРБ, {vil.R} ауылы, {dist}
Куда: [[{!inst}]], {city}
Пациент {p1.full} ({p1.iin}), {p1.yob} г.р.
[[{!dx}]], [[шок II ст.]]
Кезекші дәрігер {d1.sinit}, тел. {phone.land}, {phone.mob}
Диспетчер {e2.sur}
''')
A('interhospital_transfer', '''
Переводной эпикриз / Ауыстыру эпикризі
{p1.full} ({p1.dob}) переводится в [[{!inst}]].
Жатқан уақыты: {dt1.dmy} бастап, ИБ № {rec.hosp}.
Проведено: [[{!implant}]], [[{!drug}]]. КТ № {rec.xray}, ОАК {dt2.dmy}: [[Hb]] {#80-140}
Келісілді/согласовано: {d1.sinit}, тел. {phone.land}
СМП/ЖМЖ вызов № {rec.amb}
''')
A('interhospital_transfer', '''
санавиация | {dt1.iso} | борт {~тікұшақ|вертолет}
пациент: {p1.latin} ({p1.fi})
паспорт {doc.passuz}, гражданин {~Узбекистана|Кыргызстана}
родственник {p2.fi}: {phone.foreign}
оқиға орны: трасса {city.R} — {city.R}, {#10-300} км, {vil.gen.R} маңы
бригада {d1.sinit}, {d2.sinit}
''')
A('interhospital_transfer', '''
Кімге/Кому: зав. отд. [[{!inst}]] {d1.full.dat.R}
Прошу принять {p1.sinit.gen.R} ({p1.yob} г.р.), {vil.kloc.K} тұрады, диагноз [[{!dx}]].
ЖСН {p1.iins}, ЖМЖ шақыру картасы № {rec.amb}
Сопровождает {p2.fi}, тел {phone.mob}
{dt1.kk.K} ж. / травматолог {d2.sinit}
''')
A('interhospital_transfer', '''
ЖУРНАЛ ПЕРЕВОДОВ / АУЫСТЫРУ ЖУРНАЛЫ
{dt1.dmy} | {p1.sinit} | {p1.iin} | ИБ {rec.hosp} | в ОКБ | {d1.sur}
{dt2.dmy} | {p2.sinit} | {p2.iin} | ИБ {rec.12.hospitalisation} | в [[{!inst}]] | {e2.sur}
{dt3.dmy} | {p3.fi} | ИБ {rec.hosp} | {vil.kgen.K} ауданына кері | тел {phone.land}
''')

# ---------------------------------------------------------------- insurance_and_police_requests
A('insurance_and_police_requests', '''
ТЕЛЕФОНОГРАММА № {rec.police}
В ОП {dist.gen.R} / {dist.K} ПБ
{dt1.dmy} сағ. {#0-23}:{#10-59} обратился {p1.full}, {p1.yob} ж.т., адрес {addr.street}
Со слов избит около дома, {addr.mkr}
[[{!dx}]]. Передал {d1.sinit}, қабылдаған {p2.sur}
''')
A('insurance_and_police_requests', '''
Запрос / Сұрау салу по ЕРДР № {rec.erdr}
Прошу предоставить сведения о лечении {p1.sinit.gen.R}, {p1.dob} г.р., ИИН {p1.iin}, пострадавшего в [[ДТП]]/[[ЖКО]] {dt1.dmy} с участием а/м {doc.plate} (водитель {p2.full}).
Тергеуші / следователь {p3.sinit}, {city.R} қ. ПД
тел {phone.land}, {email.inst}
''')
A('insurance_and_police_requests', '''
Ответ на запрос ФСМС/ӘМСҚ № {rec.ins}
Пациент {p1.fi} (ЖСН {p1.iin}) лечился с {dt1.dmy} по {dt2.dmy}, ИБ № {rec.12.hospitalisation}
Услуги в рамках [[ОСМС]]/[[МӘМС]]: [[{!abbr}]]
Работодатель: {work}, БСН {doc.bin}
Орындаушы {d1.sinit}, {phone.land}
''')
A('insurance_and_police_requests', '''
Страховой случай / Сақтандыру жағдайы № {rec.ins}
Застрахованный: {p1.full}, полис {doc.policy}
уд.л. {doc.id}, туған күні {p1.dob}
Мекенжайы: {addr.full}
[[ДТП]] {dt1.dmy}: а/м {doc.plate} и {doc.plateru}
Справка ДП № {rec.police}. Тел.: {phone.mob}, {p1.email}
''')
A('insurance_and_police_requests', '''
Исх./Шығ. № {#100-999} от {dt1.dmy}
В УП г. {city.R}
Сообщаем, что {p1.if} ({p1.yob} ж.т.) {dt2.kkloc.K} жарақат пунктіне жүгінген с [[{!dx}]].
Карта травмпункта № {rec.trauma}, R-грамма № {rec.xray}, зертханалық талдау № {rec.lab}
Бас дәрігер / гл. врач {d1.sinit}
''')

# ---------------------------------------------------------------- telemedicine_consult
A('telemedicine_consult', '''
ТМК № {rec.tm} (телемедициналық кеңес)
Запрос: ЦРБ {dist.gen.R}, врач {d1.sinit}, {phone.land}
Кеңесші: {d2.full}, [[{!inst}]]
Пациент {p1.sinit}, {#18-88.let}, ИБ {rec.hosp}
травма {dt1.kkloc.K}, [[{!dx}]]
Рекомендовано: [[{!drug}]], [[{!implant}]], контроль [[ОАК]]
''')
A('telemedicine_consult', '''
ТМК {dt1.dmy}, Zoom
қатысқандар: {d1.sur} ({city} қ.), {e2.sur}, {d3.latinfi}
науқас {p1.full}, {p1.yob} г.р., {mvil} ауылы
КТ {rec.xray}: [[{!dx}]]
шешім: перевод после стабилизации; туысы {p2.gp} {phone.mob}
''')
A('telemedicine_consult', '''
Дистанционная консультация
Пациентка {p1_f.full}, ИИН {p1_f.iin}, {addr.street}, {vil} а.
Жолдаған {d1.sinit}, ответ на {email.inst}
{dt1.dmy} (анализ № {rec.12.lab}): [[глюкоза]] {%4.0-12.0}, [[креатинин]] {#60-180}, [[АД]] {#100-180}/{#60-100}
Кеңесші {d2.sinit}: продолжить [[{!drug}]], қайта ТМК {dt2.dmy2}
''')
A('telemedicine_consult', '''
TMK request № {rec.12.telemed_consult}
from ОМЦ {city.R} ({d1.sinit}, {phone.mob})
пац. {p1.sinit}, {#40-89} жаста; әкесі {g1.fi}, {g1.age.kkn} (анкетада Жасы: {g1.age.num})
анамнез: [[{!dx}]], [[{!epon}]]
ответ {d2.inits}, {dt1.dmy}
''')

# ---------------------------------------------------------------- physio_session_log
A('physio_session_log', '''
ФИЗИОТЕРАПИЯ КАРТАСЫ / КАРТА ФТЛ № {rec.physio}
Науқас: {p1.fi}, карта {rec.card}
[[{!abbr}]] на [[{!anatkk}]] аймағы, {#8-12} рәсім
| күні/дата | процедура | м/с |
| {dt1.dmy} | [[УВЧ]] {#20-40} Вт | {d1.sur} |
| {dt2.dmy} | [[СМТ]] | {d1.sur} |
| {dt3.dmy} | [[магнит]] | {d2.sinit} |
Физиотерапевт {d3.sinit}
''')
A('physio_session_log', '''
ЕДШ/ЛФК журнал
{dt1.dmy} {#8-11}:00 {p1.sinit} — [[PNF]] {#20-45} мин
{dt1.dmy} {#11-13}:00 {p2.sinit} — [[Бобат]], жүру
{dt2.dmy} {p1.sur} — келмеді / не явился, {phone.mob}
{dt3.dmy} {p3.sinit} ({p3.yob} г.р.) — [[механотерапия]]
нұсқаушы/инструктор {d1.fi}
''')
A('physio_session_log', '''
физио {dt1.dmy} каб {#1-20}
пац {p1.fi.lower}, карта {rec.physio}
[[ДДТ]] + [[электрофорез]], жалоб нет / шағым жоқ. АД {#110-150}/{#70-95}
келесі сеанс {dt2.dmy2}, перенос по тел {phone.local}
м/с {d1.given}
''')
A('physio_session_log', '''
Массаж курсы, пациент {p1.full}, {p1.yob} ж.т.
Жолдама № {rec.ref} от {dt1.dmy} ({d1.sinit})
Сеансы: {dt2.dmy}, {dt3.dmy}, {dt4.dmy}
Төлем: ИП {p2.sur}, чек № {#1000-9999}
Байланыс {phone.mob}; тұратын жері {addr.mkr}
''')

# ---------------------------------------------------------------- outpatient_trauma_point_card
A('outpatient_trauma_point_card', '''
ТРАВМПУНКТ / ЖАРАҚАТ ПУНКТІ. Карта № {rec.trauma}
Күні: {dt1.dmy} {#0-23}:{#10-59}
ФИО: {p1.full}
ИИН: {p1.iin}, туған күні {p1.dob}
Адрес: {addr.street}, {city}
Жұмыс орны: {work}
Упал на улице / көшеде құлаған. R-графия № {rec.xray}: [[{!epon}]]
Лечение: [[гипсовая лонгета]], [[{!drug}]] {#1-2},0 в/м
Қайта келу / явка {dt2.dmy}. Врач {d1.sinit}
''')
A('outpatient_trauma_point_card', '''
ТП {dt1.dmy2}
{p1.sinit} {#18-85} л., тел {phone.mob}
укус собаки / ит қапқан {vil.kloc.K} ({dist})
[[Укушенная рана голени]]; ПХО, [[КАВ]] 1,0 мл
хозяин собаки / иесі: {p2.fi}, {phone.local}
СЭС-ке хабарланды № {rec.police}
д-р {d1.sur}
''')
A('outpatient_trauma_point_card', '''
Карта травмпункта — иностранный гражданин / шетел азаматы
{p1.latin}, паспорт {doc.passru}
ФИО: {p1.fi}
Проживание: {addr.full}
Работодатель: {work.org}
Тел.: {phone.foreign}; жергілікті {phone.mob}
Диагноз: [[{!dx}]] (S{#00-99}.{#0-9}), [[AO 22-A3]]
Рентген {rec.xray} от {dt1.dmy}
''')
A('outpatient_trauma_point_card', '''
МИС выгрузка: травмпункт
№ | күні | ФИО | ж.т./г.р. | ЖСН | мекенжай | DS
{rec.trauma} | {dt1.dmy} | {p1.sinit} | {p1.yob} | {p1.iin} | {addr.street} | [[{!dx}]]
{rec.trauma} | {dt1.dmy} | {p2.sinit} | {p2.yob} | {p2.iin} | {addr.mkr} | [[{!dxkk}]]
{rec.trauma} | {dt2.dmy} | {p3.fi.caps} | {p3.yob} | {p3.iin} | {vil} а. | [[{!dx}]]
{rec.12.trauma_card} | {dt2.dmy} | {e1.sinit} | {e1.yob} | {addr.street} | [[{!dx}]]
''')
A('outpatient_trauma_point_card', '''
Осмотр травматолога / травматолог қарауы {dt1.dmy}
{p1.sur}, {#20-80.let}, СМП вызов № {rec.amb}, [[ДТП]]: наезд а/м {doc.plate}
г. {city.R}, сопровождает жұбайы {p2_f.gp}, тел {phone.mob}
[[ЗЧМТ]], [[СГМ]]. [[Глазго]] {#13-15}
ДП-ға хабарланды, КУИ № {rec.police}. Травматолог {d1.sinit}
''')

# ---------------------------------------------------------------- family_contacts_and_consent
A('family_contacts_and_consent', '''
Контактные лица / Байланыс тұлғалары: {p1.fi.caps}
1. {p2.full} ({~ұлы|қызы|сын|дочь}) — {phone.mob}, {addr.street}, {city}
2. {p3.full} ({~сестра|інісі|келіні}) — {phone.any}
3. көршісі/соседка {p4_f.given} — {phone.local}
Ақпаратты тек 1 және 2-ге беруге рұқсат / разрешаю только 1 и 2.
{dt1.dmy}
''')
A('family_contacts_and_consent', '''
СОГЛАСИЕ ЗАКОННОГО ПРЕДСТАВИТЕЛЯ / ЗАҢДЫ ӨКІЛДІҢ КЕЛІСІМІ
Я/Мен, {p2.full}, ИИН/ЖСН {p2.iin}, уд.л. № {doc.id}, ребенок/бала: {c1.full} ({c1.dob}), свид. о рожд. № {doc.bc}
Даю согласие / келісім беремін: [[{!proc}]], [[остеосинтез спицами Киршнера]]
Мекенжайы: {addr.full}. Тел.: {phone.mob}
{dt1.dmy}, врач {d1.sinit}
''')
A('family_contacts_and_consent', '''
СЕНІМХАТ / ДОВЕРЕННОСТЬ № {doc.poa}
{city.R}, {dt1.ru} г.
Я, {g1.full}, {g1.dob} г.р., ЖСН {g1.iin}, проживающий: {addr.full}, доверяю {p2.full.dat.R} (ИИН {p2.iin}) получать мои мед. документы.
Сенім білдіруші {g1.age.kkattr} қария.
Нотариус {p3.sinit}
''')
A('family_contacts_and_consent', '''
Отказ / Бас тарту
Я, {p1.fi.lower}, {p1.yob} ж.т., отказываюсь от госпитализации в [[{!inst}]].
Салдары түсіндірілді / последствия разъяснены врачом {d1.sinit}.
Присутствовали: {p2.sinit} (қызы), тел. {phone.mob}; м/с {d2.sinit}
Тұрғылықты жері: {vil.R} ауылы, {addr.street}
{dt1.dmy}
''')
