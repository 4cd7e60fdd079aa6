# Mixed Russian/Kazakh templates: (style, body). {KEY:args} = generated piece, {~a|b} = plain choice, [[...]] = clinical span.
TEMPLATES = [
("discharge_summary", """
ШЫҒАРУ ЭПИКРИЗІ / ВЫПИСНОЙ ЭПИКРИЗ
Аты-жөні / Ф.И.О.: {N:full}
Туған күні / Дата рождения: {DOB:num:old}    Жасы / Возраст: {A:bare}
ЖСН / ИИН: {IIN:lab:old}
Мекенжайы / Адрес: {AD:full_ru}
Находилась с {D:dot} по {D:dot}. Диагноз: [[перелом шейки бедра справа]] {x:icd}.
Науқас {A:kk_jasta}, {AD:vil_kk:loc} тұрады, родственники из {AD:city_ru:gen}.
Операция {KK:jylgy_loc} — [[биполярное эндопротезирование]].
Врач / Дәрігер: {N:ini}
Туған жері / Место рождения: {AD:city_kk:nom}. Прописан с {D:my}.
"""),
("discharge_summary", """
Выписка. Пациент {N:sg:m}, {DOB:year:old} ж.т., ИИН {IIN:lab:old}
Со слов сына: «әкем {A:kk_jasta}, {KK:month_loc} құлады, {AD:vil_kk:loc} тұрамыз».
Поступил {RU:gen} г., выписан {D:any}.
[[ЧКДО]] бедра, затем [[PFNA]]. [[Эноксапарин]] {x:dose}.
Адрес фактический: {AD:full_kk}
Контакт: {PH}
До {RU:gen_my} жил в {AD:for_ru:prep}, кейін {AD:city_kk:dat} көшті.
"""),
("discharge_summary", """
ЭПИКРИЗ № {RID:hospitalisation}
{N:caps} — {A:ru}, житель {AD:city_ru:gen} (тіркелген: {AD:full_kk}).
{KK:range} аралығында / в период госпитализации получал [[Цефтриаксон]] {x:dose}.
Диагноз: [[Двусторонняя пневмония]] {x:icd}, [[ДН II]].
Қызы {N:gp:f} — тел. {PH:plus7}, работает в {AD:work_ru}.
Бақылау {KK:dat} дейін, далее — [[ВОП]] по месту жительства ({AD:dist_ru:gen}).
Явка {D:noyr} / келу {KK:dash}.
"""),
("discharge_summary", """
Шығару эпикризі (орыс тілінде толтырылған)
Больная {N:lower:f}, {A:ru_let:f}, жительница {AD:vil_ru:gen} ({AD:dist_kk:nom}).
Д.р. {DOB:roman:old}. ИБ № {RID:hospitalisation:12d}.
{KK:jylgy_loc} поступила с [[ОНМК]]; выписана {RU:gen_noyr}.
Нәтиже: жағдайы тұрақты. [[Аспирин]] 100 мг, [[Аторвастатин]] 40 мг.
Немересі {N:kk_gen:f} мекенжайы: {AD:mkr}
Предыдущая госп.: {KK:y_month_loc}, {AD:city_ru:nom}.
"""),
("discharge_summary", """
ВЫПИСКА / ҮЗІНДІ
{N:full}  |  {DOB:kk:old} ж.т.  |  {A:kk_jas}
Прописка: {AD:city_ru:nom}, {AD:street}; тұрады: {AD:vil_kk:loc}
Сроки лечения: {DRG:from}
Ота / операция: {DR:full} [[ТЭП коленного сустава]] [[Smith & Nephew Genesis II]].
Тігістер алынды {DR:noyr}. [[ЕДШ]] / [[ЛФК]].
Жолдама: {AD:city_kk:gen} емханасына, тел. регистратуры {PH:landline}.
{AD:city_kk:abl} {D:any} келген / прибыл.
"""),
("operative_note", """
[[ОПЕРАЦИЯ ХАТТАМАСЫ / ПРОТОКОЛ ОПЕРАЦИИ]] № {RID:operation_protocol}
Күні / Дата: {D:his}   {x:time}–{x:time}
Науқас / Пациент: {N:ini}, {A:kk_jas}
Хирург {N:ini_pre}, ассистент {N:ini}
Ds: [[Ұршықаралық сынық]] / [[чрезвертельный перелом]] {x:icd}, АО {x:ao}.
[[Гамма-гвоздь]] ([[Stryker]]). Кровопотеря {x:n:150:450} мл.
Пациентка проживает в {AD:vil_ru:prep}, {AD:dist_kk:nom}.
Тұрады: {AD:mkr}; выписка {RU:ord}.
"""),
("operative_note", """
Протокол № {RID:operation_protocol} от {KK:jylgy}
{N:kk_dat:f} ({A:kk_jastagy}) проведена [[открытая репозиция, остеосинтез]] [[LCP]] {x:ao}.
Жгут {x:n:40:80} мин. Ранее оперирована в {AD:for_ru:prep} в {x:yop} г.
Мекенжайы: {AD:street_kk}, {AD:city_kk:nom}
Хирург {N:ini}
Басылды / Печать {D:his}; заполнено {KK:dm}.
"""),
("operative_note", """
ОПЕРАЦИЯ {D:dot} ж. / {x:time}
ФИО: {N:caps}   Возраст / жасы: {A:bare}
[[Илизаров аппараты]] / [[аппарат Илизарова]] на левую голень.
Под [[СМА]]. Перевязки {KK:abl} бастап / через день.
Доставлен из {AD:vil_ru:gen} (шақыру № {RID:ambulance_call}).
Опер. м/с {N:ini}
Дата заполнения {D:slash}. Әжесі {A:kk_jasta} — для соцслужбы.
"""),
("operative_note", """
ПРОТОКОЛ / ХАТТАМА | {D:any} | № {RID:operation_protocol:12d}
Пациент {N:ini:m}, {DOB:dot4:old} г.р., ЖСН {IIN:lab:old}
Операция: [[ревизионное ТЭП ТБС]] справа, [[Zimmer Wagner SL]].
Науқас {A:kk_jasta}, жалғыз тұрады {AD:vil_kk:loc} — соцработник уведомлён.
Кровопотеря {x:n:400:900} мл, [[СЗП]] 2 дозы.
Анестезиолог {N:sur}
Отметка: {D:dash}, {AD:city_ru:nom}.
"""),
("operative_note", """
Оп. журнал {DR:full}: {N:sg} — [[артроскопия плечевого сустава]], [[шов вращательной манжеты]].
Учится / оқиды: {AD:school_kk}. Адрес: {AD:mkr}, {AD:city_ru:nom}.
Анасы / мать: {N:full:f}, {PH:eight}
Шығару / выписка — {KK:dash}.
Родственники {AD:vil_kk:loc} тұрады ({AD:dist_ru:nom}).
"""),
("outpatient_visit", """
Амб. карта № {RID:outpatient_card:12d}  {D:any} {x:time}
{N:full}, {DOB:num} ж.т.   тел. {PH}
Мекенжай: {AD:street_kk}, {AD:city_kk:nom}
Жалобы / шағымы: [[белде]] ауырсыну. {x:icd}
[[Мелоксикам]] {x:dose}. Келесі келу {KK:dat} / повторно {RU:gen_noyr}.
Дәрігер {N:ini}
Факт. адрес / нақты мекенжайы: {AD:full_split}.
"""),
("outpatient_visit", """
Актив на дому {RU:abbr_y}
{N:full:f}, {A:ru}, лежачая. Келіні айтады: «{KK:loc} құлап қалды».
Адрес: {AD:full_ru}. Уход — {N:gs:f}.
АД {x:bp}, ЧСС {x:pulse}. [[Пролежень]] крестца. [[Левомеколь]].
Келесі келу: {KK:dash}. Вызов № {RID:ambulance_call}.
Мать {A:ru_let:f}, тұрады {AD:vil_kk:loc}.
"""),
("outpatient_visit", """
Консультация травматолога / травматолог кеңесі
{N:ini} ({A:kk_jas}) — падение {RU:gen_noyr}, боль в [[оң иық буынында]].
{AD:vil_kk:loc} тұрады, {AD:dist_ru:gen}.
R-графия {D:y2} № {RID:xray}: [[перелом хирургической шейки плеча]] {x:ao}.
[[Косынка]] / [[орамал таңғыш]] 4 нед. Явка {D:noyr}.
Контроль / бақылау {DR:noyr}, затем {KK:dat} дейін.
"""),
("outpatient_visit", """
Терапевт {D:dot}
{N:full_dat:m} (жасы: {A:bare}) выписан рецепт: [[Амлодипин]], [[Лозартан]] 50 мг.
Последняя госп.: {KK:y_month}, {AD:city_ru:nom} [[ОКБ]].
Тел. {PH:landline}; үй тел. {PH:local}
Бекітілген: [[ГП № 5]], участок {x:n:1:30}.
Наблюдался в {AD:dist_ru:prep}, последний раз {KK:loc}.
"""),
("outpatient_visit", """
Повторный приём, амб. карта {RID:outpatient_card}
{N:gs}, жұмыс орны / место работы: {AD:work_kk}
ЛН № {DOC:sick_leave} продлён {KK:abl} бастап {KK:dat} дейін.
[[Ушиб коленного сустава]] {x:icd}. Адрес: {AD:mkr_kk}. e-mail {EM:personal}
Отец {N:ini:m}, {A:ru}, тоже у нас наблюдается.
Туған жері / Место рождения: {AD:city_kk:nom}. Прописан с {D:my}.
"""),
("nurse_note", """
М/с жазбасы / запись м/с, пост № {x:n:1:5}
{D:dot} {x:time} — {N:kk_dat:f} ({A:kk_jastagy}) [[Клексан]] {x:dose} п/к.
{x:time} — АД {x:bp}, Ps {x:pulse}.
{D:noyr} {x:time} — [[Кеторол]] 2,0 в/м.
Ұлы {N:first:m} из {AD:city_ru:gen}, тел. {PH:plus7}.
м/с {N:ini}
До {RU:gen_my} жил в {AD:for_ru:prep}, кейін {AD:city_kk:dat} көшті.
"""),
("nurse_note", """
КЕЗЕКШІЛІК / ПЕРЕДАЧА СМЕНЫ {D:any}
Пал. {x:n:1:30}: {N:sur} ({A:ru_abbr}) — после [[ТЭП ТБС]], дренаж {x:n:20:150} мл.
Пал. {x:n:1:30}: {N:ini} — {A:kk_jasta}, [[Фолей катетері]].
Пал. {x:n:1:30}: {N:lower} — {x:age_ru}, {AD:vil_kk:abl} түсті, ждёт КТ.
Шығару {KK:dm}. Сдала {N:ini}, қабылдады {N:first:f}.
Явка {D:noyr} / келу {KK:dash}.
"""),
("nurse_note", """
Сестринский лист
Пациент {N:full}, поступил {KK:jylgy_loc} ({x:time})
Тұрады: {AD:full_kk}
Аллергия: [[пенициллин]]. Жена — {A:ru}, уход не может.
Көршісі {N:sur}: {PH:local}. Следующая перевязка {D:noyr}.
Предыдущая госп.: {KK:y_month_loc}, {AD:city_ru:nom}.
"""),
("nurse_note", """
Забор крови / қан алу
№ | ФИО / Т.А.Ә. | дата / күні | пал. | ЖСН / ИИН
{RID:lab:tc} | {N:cells:tc} | {D:any:tc} | {x:n:1:40} | {IIN:unlab:tc}
{RID:lab:tc} | {N:cells:tc} | {DR:noyr:tc} | {x:n:1:40} | {IIN:unlab:tc}
{RID:lab:tc} | {N:cells:tc} | {D:ocr:tc} | {x:n:1:40} | {IIN:unlab:tc}
Отправлено {x:time}. м/с {N:ini}.
{AD:city_kk:abl} {D:any} келген / прибыл.
"""),
("nurse_note", """
{D:space} ночь / түн. {N:sg:f}, {A:ru}, беспокойна.
Немересі ({N:first:f}) просила звонить: {PH:compact}.
Сұрайды: «үйге, {AD:vil_kk:dat} апарыңдар» ({AD:dist_kk:nom}).
Дежурный врач {N:ini}, {x:time}. [[Кветиапин]] 25 мг.
Тұрады: {AD:mkr}; выписка {RU:ord}.
"""),
("referral_letter", """
НАПРАВЛЕНИЕ / ЖОЛДАМА (ф. 057/у)
В [[ННЦТО им. академика Н.Д. Батпенова]]
Ф.И.О.: {N:full}   Д.р.: {DOB:dot4}   ИИН {IIN:lab}
Адрес: {AD:full_split}
Жұмыс орны: {AD:work_ru}
[[Посттравматический коксартроз]] {x:icd}. Ранее оперирован в {AD:for_ru:prep}.
Күні: {KK:jylgy}. Врач {N:ini}, {PH:landline}, {EM:inst}
Басылды / Печать {D:his}; заполнено {KK:dm}.
"""),
("referral_letter", """
Құрметті әріптестер! Уважаемые коллеги!
Направляем {N:full_gen:f} в возрасте {A:ru_gen}, {AD:vil_kk:gen} тұрғыны.
[[ФП]], [[ХСН]]. ЭхоКГ {D:slash}, ХМ {D:slash}.
{KK:y_month_loc} бастап [[Варфарин]] {x:dose}.
Сопровождающий / ертіп жүруші: {N:latin}, паспорт {DOC:passport}
Дата заполнения {D:slash}. Әжесі {A:kk_jasta} — для соцслужбы.
"""),
("referral_letter", """
Выписка-направление, [[ЦРБ]] {AD:dist_kk:gen}
{N:ini}, {DOB:ru} г.р.
Адрес: {AD:vil_ru:nom}, {AD:street}
Травма {KK:loc} на работе ({AD:work_kk}), [[ПХО]].
{RU:range_y} — стационар, [[Цефтриаксон]] {x:dose}.
В [[ГКБ № 4]] г. {AD:city_ru:gen} на [[МОС]]. Рентгенограммы № {RID:xray} от {D:dot}.
Отметка: {D:dash}, {AD:city_ru:nom}.
"""),
("referral_letter", """
Кімге / Куда: травмпункт | Кімнен / Откуда: СВА {AD:vil_ru:gen}
{N:sg:m}   Возраст / Жасы {A:bare}
Травма {KK:dash}, обращение {D:any}.
[[Подозрение на перелом лучевой кости]]. [[Гипсовая лонгета]].
Адрес: {AD:mkr_kk}. Сын: {PH:spaced}
Родственники {AD:vil_kk:loc} тұрады ({AD:dist_ru:nom}).
"""),
("referral_letter", """
МСЭ / МӘСК жолдамасы
{N:full}   ИИН {IIN:lab:split}
Адрес: {AD:full_ru}
Инвалидность: {RU:nom_my} г.; қайта куәландыру {KK:month_loc}.
[[Ампутация голени в/3]] ({x:yop} г.). Уд. личности № {DOC:id_card} от {D:dot}.
Автомобиль для транспортировки: гос. номер {DOC:vehicle_plate}.
Факт. адрес / нақты мекенжайы: {AD:full_split}.
"""),
("his_printout", """
=== Damumed | ЭМК / ЭДК ===
ФИО / Т.А.Ә....: {N:caps}
ИИН / ЖСН......: {IIN:lab}
Д.р. / Т.к.....: {DOB:dot4}
Жасы / Возр....: {A:bare}
Адрес..........: {AD:full_kk}
Тел............: {PH}
Полис / сақтандыру: {DOC:policy}
Госп. {D:his} {x:time} -> {D:his} {x:time}, КС № {RID:hospitalisation}
Басылды / Печать: {D:iso} {x:time}
Мать {A:ru_let:f}, тұрады {AD:vil_kk:loc}.
"""),
("his_printout", """
 ЭМК № {RID:hospitalisation:12d} | травматология / травматология бөлімі
 ФИО  | {N:ini}
 ДР   | {DOB:num}
 Адр. | {AD:city_kk:nom:tc}, {AD:street}
 Дата | {D:his:tc} {x:time}
 [[Цефазолин]] {x:dose} | [[Омепразол]] 20 мг. Оператор: {N:ini}
Контроль / бақылау {DR:noyr}, затем {KK:dat} дейін.
"""),
("his_printout", """
Отчёт / есеп «Движение пациентов», {DR:my}
№ИБ         ФИО              Жасы   Түсті    Выбыл
{RID:hospitalisation:tc}   {N:ini:tc}    {A:bare:tc}    {D:noyr:tc}    {D:noyr:tc}
{RID:hospitalisation:tc}   {N:ini:tc}    {x:agen}    {D:noyr:tc}    {D:noyr:tc}
{RID:hospitalisation:tc}   {N:ini:tc}    {A:bare:tc}    {DR:noyr:tc}    {DR:noyr:tc}
Отделение / бөлімше № {x:n:1:3}. {D:his} {x:time}
Наблюдался в {AD:dist_ru:prep}, последний раз {KK:loc}.
"""),
("his_printout", """
[export] pid={RID:outpatient_card}; fio="{N:latin}"; dob="{DOB:dot4}"; iin="{IIN:lab}"; tel="{PH:foreign}"
addr="{AD:full_ru}"
note="пациент {AD:for_kk:abl} келген / прибыл из {AD:for_ru:gen} в {RU:prep}"
Туған жері / Место рождения: {AD:city_kk:nom}. Прописан с {D:my}.
"""),
("his_printout", """
КАРТА ВЫЗОВА СМП / ЖЕДЕЛ ЖӘРДЕМ № {RID:ambulance_call}
{D:dot} Приём {x:time} Келу {x:time}
Адрес: {AD:full_kk}
{N:full}, {A:kk_jas}. Падение, боль в бедре.
Вызвала соседка / көршісі {N:sg:f}, {PH}.
Доставлен в [[ГКБ № 1]]. Фельдшер {N:ini}, бригада № {x:n:1:60}.
До {RU:gen_my} жил в {AD:for_ru:prep}, кейін {AD:city_kk:dat} көшті.
"""),
("lab_report", """
[[ОАК]] / [[ЖҚА]]   Образец № {RID:lab}
{N:ini}   Возраст/жасы: {A:bare}
Забор / алынды: {D:dot} {x:time}   Выдача: {D:noyr}
[[Гемоглобин]] 101 г/л  [[Лейкоциты]] 12,0  [[СОЭ]] 35
Направил: {N:ini}, {AD:city_kk:gen} [[№ 2 емханасы]]
Явка {D:noyr} / келу {KK:dash}.
"""),
("lab_report", """
Биохимия | № {RID:lab:12d}
{N:caps} | {DOB:dot4} | ЖСН {IIN:lab}
Дата/күні: {DR:full}
[[Креатинин]] 133 | [[Мочевина]] 8,9 | [[Глюкоза]] 6,2
Результаты на {EM:personal}. Лаборант {N:ini}
Предыдущая госп.: {KK:y_month_loc}, {AD:city_ru:nom}.
"""),
("lab_report", """
Коагулограмма {KK:jylgy}
{N:sur:f}, {A:ru}, [[Варфарин]] {x:dose}.
[[МНО]] 3,4, [[АЧТВ]] 38 с.
Повтор {KK:gen_day} в [[КДЛ]] {AD:city_ru:gen}. Заказчик: СВА {AD:vil_kk:gen} ({AD:dist_ru:abbr}).
{AD:city_kk:abl} {D:any} келген / прибыл.
"""),
("lab_report", """
ПЦР НӘТИЖЕСІ / РЕЗУЛЬТАТ ПЦР
{N:gs}, {DOB:roman} г.р., {AD:for_kk:abl} {D:any} келген
Мазок № {RID:lab}: [[SARS-CoV-2]] — не обнаружено / анықталмады.
Выполнено {KK:loc}, {x:time}. Байланыс: {PH:foreign}
Тұрады: {AD:mkr}; выписка {RU:ord}.
"""),
("lab_report", """
Посев раневого отделяемого / жара бөліндісі
Образец {RID:lab} | {D:slash} | {D:slash}
{N:full}, пал. {x:n:1:30}
[[Pseudomonas aeruginosa]] 10^4, чувствительна к [[меропенему]], [[амикацинге]] сезімтал.
Мекенжайы (эпидемиологу): {AD:full_ru}
Басылды / Печать {D:his}; заполнено {KK:dm}.
"""),
("consent_form", """
[[ИНФОРМИРОВАННОЕ СОГЛАСИЕ]] / [[АҚПАРАТТАНДЫРЫЛҒАН КЕЛІСІМ]]
Я / Мен, {N:full}, {DOB:num} г.р., адрес: {AD:full_kk},
уд. личности № {DOC:id_card}, ИИН {IIN:lab},
согласен на [[остеосинтез]], разъяснённый врачом {N:ini}.
Күні / Дата: {RU:gen} г.
Заңды өкілі: {N:full} (қызы), {PH}
Дата заполнения {D:slash}. Әжесі {A:kk_jasta} — для соцслужбы.
"""),
("consent_form", """
Дербес деректер / Персональные данные — КЕЛІСІМ / СОГЛАСИЕ
{N:sg}   {IIN:unlab}
Адрес: {AD:city_ru:nom}, {AD:street}
Учёба / оқу орны: {AD:school_ru}; св-во о рождении {DOC:birth_certificate}
Күні {D:slash}. Куәгер {N:ini}. Пациенту {x:age_ru}; әжесі {A:kk_jasta}.
Отметка: {D:dash}, {AD:city_ru:nom}.
"""),
("consent_form", """
ОТКАЗ / БАС ТАРТУ
Я, {N:lower}, {A:kk_jastagy}, от госпитализации отказываюсь.
Салдары ([[ТЭЛА]]) разъяснены {KK:loc}, {x:time}.
Адрес: {AD:full_ru}
Туысы: {N:gs}, {AD:city_kk:nom}, {PH:eight}
Врач {N:ini} {D:dot}
Родственники {AD:vil_kk:loc} тұрады ({AD:dist_ru:nom}).
"""),
("consent_form", """
СОГЛАСИЕ НА ГЕМОТРАНСФУЗИЮ / ҚАН ҚҰЮҒА КЕЛІСІМ
{N:caps}   Возраст: {A:bare}   Д.р.: {DOB:ru:old}
[[Эритроцитная взвесь]], группа [[B(III) Rh-]].
Согласие дал сын {N:gp:m} (тел. {PH:plus7}) — у пациента [[деменция]].
{KK:jylgy_loc}, {x:time}
Факт. адрес / нақты мекенжайы: {AD:full_split}.
"""),
("his_printout", """
Приёмный покой / Қабылдау бөлімі — {D:his}
| уақыт | ФИО | жасы | откуда | исход |
| {x:time} | {N:ini:tc} | {A:bare:tc} | {AD:city_kk:nom:tc} | госп. |
| {x:time} | {N:ini:tc} | {x:agen} | {AD:vil_ru:nom:tc} | амб. |
| {x:time} | {N:ini:tc} | {A:bare:tc} | {AD:for_ru:nom:tc} | госп. |
| {x:time} | {N:ini:tc} | {x:agen} | {AD:mkr:tc} | отказ |
Мать {A:ru_let:f}, тұрады {AD:vil_kk:loc}.
"""),
("discharge_summary", """
ВЫПИСКА ИЗ ИБ № {RID:hospitalisation}
{N:full}, {DOB:year:old} ж.т. (паспорт: {DOB:dot4:old}).
Тұрғылықты: {AD:vil_kk:nom} ауылы, {AD:dist_ru:nom}, {~Алматинская|Жамбылская|Туркестанская} обл.
Түсті {D:ocr}, выписан {D:ocr}.
[[Внебольничная пневмония]] {x:icd}. [[Цефтриаксон]] {x:dose}.
{A:ru}; живёт с дочерью {N:gp:f} в {AD:city_ru:prep} с {RU:prep_m}.
Контроль / бақылау {DR:noyr}, затем {KK:dat} дейін.
"""),
("outpatient_visit", """
ВОП {D:any}: {N:sur}, {A:ru_abbr} Тұрады: {AD:street_kk}. Внук {N:first:m}.
Одышка, отёки, ҚҚ {x:bp}. [[Фуросемид]] {x:dose}.
Ранее лечилась в {AD:for_ru:prep} ({x:yop}), құжаттары жоқ.
Тел.: {PH:dotted}. Келесі қабылдау {KK:gen_day_loc}.
Наблюдался в {AD:dist_ru:prep}, последний раз {KK:loc}.
"""),
]
