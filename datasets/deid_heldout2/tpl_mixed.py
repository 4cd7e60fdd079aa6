# Mixed Russian/Kazakh templates for deid_heldout2 (hand-written for this set).
TEMPLATES = [
# ---------------------------------------------------------------- discharge_summary
("discharge_summary", """
ШЫҒАРУ ЭПИКРИЗІ / ВЫПИСНОЙ ЭПИКРИЗ
Науқас / Пациент: {P}   ЖСН/ИИН: {P.iin}
Туған күні / дата рождения: {P.dob:num}
Мекенжайы / адрес: {ADDR:full_ru}
Диагноз: {CLIN:diag_ru} ({X:icd})
{DATE:kk_full} ота жасалды – [[МОС]] {CLIN:implant}, {CLIN:epo_ru}.
Рекомендовано: {CLIN:drug} {X:dose}, [[ЛФК]], бақылау травматологта.
Емдеуші дәрігер / лечащий врач {D.ini}
"""),
("discharge_summary", """
Выписной эпикриз
Пациент {P.fs} {P.iin} ({P.age:ru}), {ADDR:city_kabl} келген, проживает у дочери {R.fs.gen}.
Поступил {DATE:ru} с жалобами на ауырсыну в {CLIN:anat_ru}.
Ота: {DATE:num} [[ТЭП ТБС]] {CLIN:implant}.
Отадан кейін жағдайы қанағаттанарлық. {LAB:ru}, {LAB:ru}.
Науқас {P.sur.kacc} үйге шығарамыз. Дочь {R.first} информирована, тел {PHONE:mob}.
Врач {D.ini}
"""),
("discharge_summary", """
ЭПИКРИЗ
ФИО: {P.caps}, {P.dob:num} г.р., ЖСН {P.iin}
ИБ № {RID:hosp}, бөлім: {X:dept_kk}
Емделді: {DATE:num} – {DATE:num}
DS: {CLIN:diag_kk} / {CLIN:diag_ru}
Ем: {CLIN:drug}, {CLIN:drug.kins} антикоагулянтты профилактика, [[ЛФК]]
Науқасқа {P.first.kdat} жұмысқа {DATE:kk_noyear_loc} шығуға болады ({WORK:ru}).
Е/ж парағы № {DOC:sick} жабылды.
Дәрігер {D.fs}
"""),
("discharge_summary", """
шығару эпикризі
пациентка {P.ini} {P.age:kk} {ADDR:vil_kloc} тұрады
түсті {DATE:num2} выписана {DATE:num2}
ds {CLIN:diag_ru}, состояние после {CLIN:epo_ru}
ұсыныс: костыли 6 недель, {CLIN:drug} {X:dose}, контроль рентген {DATE:ru_my}
ем.дәр. {D.ini.lower}
"""),
("discharge_summary", """
КГП «Облыстық көпбейінді аурухана»
Выписка из ИБ № {RID:hosp}  / ID {RID:rec12}
Науқас: {P.ini}, жасы {P.age:num}, пол {n:1-2}
Госпитализирован {DATE:iso}, шыққан күні {DATE:iso}
Диагноз: {X:icd} {CLIN:diag_kk}
Байланыс: {PHONE:plus7}, {P.email}
Дәрігер {D.fs}, тел. отд. {PHONE:land}
"""),
("discharge_summary", """
Выписной эпикриз / Шығару эпикризі
Больная {P.fs}, {P.age:ru}, в возрасте {P.age:ru_gen} упала дома.
Адрес: {ADDR:full_kk}. Байланыс: немересі {R.fs}, {PHONE:eight}.
Ем алды {DATE:num} бастап, выписана {DATE:ru}.
[[ЭКГ]], [[УЗДГ]] – без тромбоза. {LAB:kk}; {LAB:ru}.
Науқас {P.first} үйге шығарылды, {CLIN:drug} {X:dose_kk}.
Травматолог {D.ini}, зав. {H.ini}
"""),
# ---------------------------------------------------------------- operative_note
("operative_note", """
ОПЕРАЦИЯ ХАТТАМАСЫ / ПРОТОКОЛ ОПЕРАЦИИ № {RID:op}
Дата {DATE:num}  Начало {X:time}  Аяқталуы {X:time}
Науқас: {P}, {P.age:kk}, ИБ {RID:hosp}
Диагноз: {CLIN:diag_ru}, {X:ao}
Ота: [[ТЭП ТБС]] {CLIN:implant}, доступ {CLIN:epo_ru}.
Под [[СМА]]. Қан жоғалту {n:200-600} мл. Дренаж.
Хирург {D.ini}, асс. {A.ini}, анест. {D2.ini}, м/с {N.ini}
"""),
("operative_note", """
протокол операции {DATE:ru}
науқас {P.ini} {P.age:ru}
ds: {CLIN:diag_kk}
операция: жабық репозиция, [[БИОС]] штифт {CLIN:implant}
барысы: под СА, на ортопед. столе, [[ЭОП]], {CLIN:epo_ru}
2 бұранда дистально, 1 проксимально. Асқынусыз.
бригада: {D.fs}, {A.sur}, м/б {N.fs}
"""),
("operative_note", """
Протокол операции № {RID:op}
Пациент {P.full.gen} жағдайы меңгеруші {H.ini.kins} обсуждено.
Показания: {CLIN:diag_ru}, R-грамма № {RID:xray} от {DATE:num}.
Артроскопия: [[Лахман тесті]] оң, [[ПКС]] разорвана.
Пластика [[ПКС]], фиксация {CLIN:implant}.
Оперировал {D.inir}; ассистент {A.inir}
"""),
("operative_note", """
ОТА / ОПЕРАЦИЯ   {DATE:num}
Больной {P.sur} {P.ini}, {P.age:kk}
Наложение {CLIN:epo_ru} ({X:ao}); [[Киршнер сымдары]] 4 дана.
Науқас {P.sur} отаны жақсы көтерді, переведён в палату {n:1-30}.
Хаттаманы жазған: {D.fs}
"""),
("operative_note", """
Ота хаттамасы / Protocol
Patient: {P.latin}   ЖСН {P.iin}
Науқас: {P.split}
Date: {DATE:num}; журнал № {RID:op}
Operation: [[ORIF]] clavicle, {CLIN:implant} plate; антибиотик {CLIN:drug} {X:dose}
Surgeon Dr. {D.dr}, assistant {A.ini}
"""),
("operative_note", """
ОПЕРАЦИЯ ХАТТАМАСЫ №{RID:op}  {DATE:num}
АТЫ-ЖӨНІ / ФИО: {P.caps}
Ревизионное [[ТЭП КС]] {CLIN:implant}, спейсер удалён
[[СМА]]. {CLIN:epo_kk}. Цемент с гентамицином.
Себінді / посев – лаб. № {RID:lab12}
Хирург {D.ini}
"""),
# ---------------------------------------------------------------- referral_letter
("referral_letter", """
ЖОЛДАМА / НАПРАВЛЕНИЕ (ф. {X:form})
Куда: {X:hosp_ru}
Аты-жөні / ФИО: {P}, {P.dob:num}, ЖСН {P.iin}
Адрес: {ADDR:full_kk}, тел. {PHONE:mob}
Жұмыс орны / место работы: {WORK:kk}
Диагноз: {CLIN:diag_ru} ({X:icd}). Амб. карта № {RID:amb}
Направляется на плановую операцию. [[ҚЖА]], [[ЗЖА]], [[ЭКГ]] прилагаются.
ЖТД / ВОП {D.ini}   {DATE:num}
"""),
("referral_letter", """
Направление на консультацию в {CLIN:inst_ru}
Науқас: {P.fs}, {P.age:kk}
{ADDR:city_kabl} келді, живёт на {ADDR:street_ru}
[[ЖКО]] {DATE:kk_noyear_loc} (первичная травма {DATE:ru_my_prep}), авто {DOC:plate}. Боли в {CLIN:anat_ru}.
R-грамма № {RID:xray}: {CLIN:diag_ru}.
Просим проконсультировать {P.ini.acc}.
Травматолог {D.ini}, т. {PHONE:local}
"""),
("referral_letter", """
жолдама [[МРТ]]-ға
науқас {P.ini} иин {P.iin} полис {DOC:policy}
ds повреждение мениска? [[Лахман тесті]] күмәнді
дата {DATE:num}
дәрігер {D.fs.lower} тел {PHONE:eight}
"""),
("referral_letter", """
Бас дәрігерге / Главному врачу {X:hosp_kk}
Направляем гражданку {P.full.acc}, {P.dob:num} ж.т.,
{ADDR:vil_kabl} ({ADDR:rdistrict}), для госпитализации.
Диагноз: {CLIN:diag_kk}. Сопутствующие: {CLIN:abbr}, СД.
Принимает {CLIN:drug} {X:dose}.
Сопровождает немересі {R.fs}, {PHONE:foreign}.
{H.ini}        {DATE:kk_full}
"""),
("referral_letter", """
МӘСК / МСЭК направление
ФИО {P}, {P.age:ru}
Жеке куәлік № {DOC:id}, ИИН {P.iin}
Работа: {WORK:ru}, слесарь
Е/ж парағы / б/л № {DOC:sick} с {DATE:num}
DS: {CLIN:diag_ru}, после {CLIN:epo_ru}
ДКК/ВКК: {H.ini}, {D.ini}, {D2.ini}
"""),
# ---------------------------------------------------------------- his_printout
("his_printout", """
КМИС / МАЖ :: Карточка пациента       печать {DATE:num} {X:time}
Тегі/Фамилия: {P.sur}
Аты/Имя: {P.first}
Туған күні / Дата рождения: {P.dob:num}
ЖСН/ИИН: {P.iin}
Тел.: {PHONE:mob}
Мекенжай/Адрес: {ADDR:full_ru}
| Күні | Препарат | Доза | Дәрігер |
| {DATE:num} | {CLIN:drug} | {X:dose} | {D.ini} |
| {DATE:num} | {CLIN:drug} | {X:dose_kk} | {D.ini} |
"""),
("his_printout", """
=== DAMUMED ===
Patient / Пациент: {P.latin}
ЖСН: {P.iin:split}   Жасы: {P.age:num}
Прикрепление: {X:hosp_kk}
Жатқызу № {RID:hosp} от {DATE:iso}
| № | Анализ | Нәтиже | Күні |
| 1 | {LAB:ru} | N | {DATE:num} |
| 2 | {LAB:kk} | ↑ | {DATE:num} |
Дәрігер: {D}
"""),
("his_printout", """
Өріс / Поле: мәні / значение
ФИО: {P.ini}
Құжат / Документ: паспорт {DOC:pass_uz}
Азаматтығы: Өзбекстан
Телефон: {PHONE:foreign}
Уақытша мекенжай: {ADDR:street_ru}, {ADDR:city}
Түскен күні: {DATE:num}
Лаб. нөмір: {RID:lab12}
Жауапты: {D.fs}, байланыс {PHONE:local}
"""),
("his_printout", """
| Аты-жөні / ФИО | ЖСН/ИИН | Туған күні | DS |
|-----|-----|-----|-----|
| {P.sur|split_line} | {P.iin} | {P.dob:num} | {X:icd} |
| {P.fp|split_line} |  |  | {CLIN:diag_ru} |
Статус: шығарылды / выписан {DATE:num}
Туысы: {R.ini} {PHONE:plus7}, {R.email}
Оператор {N.ini}
"""),
("his_printout", """
--- ЛИСТ НАЗНАЧЕНИЙ / ТАҒАЙЫНДАУ ПАРАҒЫ ---
Пациент: {P.fs} | ИБ: {RID:hosp} | Палата {n:1-40}
| Дәрі / Препарат | Доза | Кратность | Начало |
| {CLIN:drug} | {X:dose} | күніне 2 рет | {DATE:num2} |
| {CLIN:drug} | {X:dose_kk} | на ночь | {DATE:num2} |
Назначил {D.ini}; орындаған м/б {N.sur}
"""),
("his_printout", """
Тіркеу нысаны / Регистрационная форма
ТАӘ / ФИО: {P.full.caps}
Туған күні: {P.dob:num}    ЖСН: {P.iin}
Жеке куәлік / уд.л.: {DOC:id}
Тіркелген мекенжайы: {ADDR:full_kk}
Фактический адрес: {ADDR:mkr_ru}
Место работы: {WORK:kk}
ОСМС/МӘМС: застрахован
Мед. карта №: {RID:amb}
"""),
# ---------------------------------------------------------------- nurse_note
("nurse_note", """
Дневник м/с / мейірбике күнделігі  {DATE:num} {X:time}
Науқас {P.sur} палата {n:1-30}. АД {X:bp}, пульс {n:60-100}.
Введено: {CLIN:drug} {X:dose}; {CLIN:drug} {X:dose_kk}.
Таңғыш құрғақ, жалоб нет.
Туысы ({R.fr}) келді, тел {PHONE:eight}
м/с {N.ini}
"""),
("nurse_note", """
мейірбике жазбасы {DATE:num2}
пациентке {P.ini.kdat} перевязка, [[шина Белера]] снята, жара таза
{X:time} - {CLIN:drug} {X:dose}
{X:time} - АҚ {X:bp}
науқас {P.sur.lower} не спит, кезекші дәрігер {D.sur.dat} сообщено
м/с {N.fs}
"""),
("nurse_note", """
СМЕНА / КЕЗЕК {DATE:kk_full}
Палата {n:1-20}: {P.ini} ({P.age:kk}) – после [[ТЭП КС]], {CLIN:drug} т/а.
Палата {n:1-20}: {R.ini} – скелетное вытяжение, [[Киршнер сымы]].
Палата {n:1-20}: {C.fs} ({C.dob:num}) – гипс, анасы рядом.
Сдала {N.fs}, қабылдады {A.fs}
"""),
("nurse_note", """
Лист наблюдения / бақылау парағы
{P}, ИБ {RID:hosp}
{DATE:num_noyear} {X:time} ЧДД {n:14-22}, SpO2 {n:90-99}%
{DATE:kk_noyear} {X:time} {CLIN:drug} {X:dose_kk} енгізілді
{DATE:num_noyear} {X:time} пациент {P.sur} ходунки, [[ЛФК]] с {A.first.ins}
м/с {N.sur}
"""),
("nurse_note", """
Процедурная / емшара бөлмесі
{DATE:num} взяты: {CLIN:abbr_kk}, {CLIN:abbr}, пробирка № {RID:lab}
Науқас {P.fs.kins} құлаудың алдын алу жөнінде беседа.
Пациентка {P.age:ru} нашар естиді – разговор с дочерью {R.first.ins}.
м/б {N.ini}
"""),
("nurse_note", """
ЖУРНАЛ ПЕРЕВЯЗОК / ТАҢҒЫШ ЖУРНАЛЫ {DATE:num}
| ФИО | палата | рана / жара | подпись |
| {P.ini} | {n:1-30} | таза | {N.sur} |
| {R.ini} | {n:1-30} | гиперемия у спиц | {N.sur} |
| {A.ini} | {n:1-30} | тігістер берік | {N.sur} |
"""),
# ---------------------------------------------------------------- ambulance_card
("ambulance_card", """
КАРТА ВЫЗОВА / ШАҚЫРУ КАРТАСЫ № {RID:call}   {DATE:num}
Принят {X:time}  Жетті {X:time}
Адрес: {ADDR:street_kk}, подъезд 3
Науқас: {P.fs}, {P.age:kk}
Вызывал {R.first}, тел. {PHONE:mob}
Повод: құлаған, боль в {CLIN:anat_ru}.
АД {X:bp}, [[симптом прилипшей пятки]] +.
Доставлен в {X:hosp_kk}. {CLIN:drug} {X:dose}.
Фельдшер {D.ini}
"""),
("ambulance_card", """
ЖМЖ / СМП №{n:1-12} карта {RID:call}
{DATE:num2} {X:time}
пациент {P.lower} {P.dob:num} г.р., {ADDR:city_kloc} тұрады, {ADDR:street_ru}
[[ЖКО]]: пешеход, авто госномер {DOC:plate}
сознание ясное, [[СГМ]]? сирақ деформациясы
[[шина Крамера]], {CLIN:drug} 2,0 в/м
тапсырылды дежурному врачу {D.ini.dat}
"""),
("ambulance_card", """
Шақыру картасы № {RID:call}
Күні: {DATE:ru}. Повод: травма.
ФИО: {P.ini}, {P.age:ru}, ЖСН {P.iin}
Место: {ADDR:vil_kk} ауылы, трасса {ADDR:city} – {ADDR:fcity}
DS: {CLIN:abbr}, {CLIN:diag_kk}.
Помощь: иммобилизация, {CLIN:drug} {X:dose}.
Фельдшер {D.ini}, жүргізуші {A.ini}
"""),
("ambulance_card", """
ВЫЗОВ {RID:call} | {DATE:num} | {X:time}
Зардап шегуші / пострадавшая {P.fs} ({P.age:ru})
Тел. {PHONE:mob}; ұлы {R.fs} {PHONE:foreign}
Падение, оң жақ жамбас-сан буынында боль, наружная ротация.
DS: перелом шейки бедра? ({X:icd})
Доставлена в {X:hosp_ru}, дәрігер {D.fs.kins} қабылданды
"""),
("ambulance_card", """
КАРТА ВЫЗОВА № {RID:call} {DATE:num}
Пациент: {P.fs}, {P.age:ru}. Паспорт КР {DOC:pass_kg}.
Временно проживает: {ADDR:full_ru}
Тел.: {PHONE:foreign}
Жұмыста жарақат алған, {WORK:ru}.
DS: {CLIN:diag_ru}. Таңғыш, {CLIN:drug} 2,0 в/м.
Фельдшер {D.ini}
"""),
# ---------------------------------------------------------------- specialist_consultation
("specialist_consultation", """
КОНСУЛЬТАЦИЯ / КЕҢЕС травматолога {DATE:num}
Науқас: {P}, {P.age:kk}, ИБ {RID:hosp}
Шағымы: боли в пояснице, иррадиация в левую ногу.
[[Ласег симптомы]] оң 40°, {CLIN:epo_ru}.
[[МРТ]] № {RID:xray}: протрузия L4–L5.
Қорытынды: {X:icd}. {CLIN:drug} {X:dose}, [[ЛФК]].
Кеңесші {D.ini}
"""),
("specialist_consultation", """
Кардиолог осмотр
Науқас {P.fs}, {P.dob:num} ж.т., перед [[ТЭП ТБС]].
АҚ {X:bp}, [[ЭКГ]] – синус ырғағы.
Противопоказаний нет. {CLIN:drug} продолжить, {CLIN:drug} отадан 2 күн бұрын отменить.
{P.first.kdat} түсіндірілді.
Кардиолог {D.inir}
"""),
("specialist_consultation", """
Консилиум / кеңес {DATE:kk_full}
проф. {H.ini}, доцент {D.ini}, врач {D2.ini}
Пациент {P.full.ins} ({P.age:ru}) обсуждён.
Рентгенограмма № {RID:xray}: нестабильность компонента.
Шешім: ревизия {CLIN:implant}.
Туыстарына ({R.fs}, {PHONE:mob}) разъяснено.
"""),
("specialist_consultation", """
Невролог кеңесі
{P.ini}, {P.age:ru}
[[Ласег симптомы]] теріс, нистагма нет
закл.: [[СГМ]]? [[КТ]] ұсынылды, {CLIN:drug} {X:dose}
невролог {D.fs} {DATE:num}
"""),
("specialist_consultation", """
Teleconsultation / Телемедицина
From: {X:hosp_kk} ({ADDR:city_kk})   To: {CLIN:inst_ru}
Patient {P.latinf}, ИИН {P.iin}, age {P.age:num}
Сұрақ: tactics for {CLIN:diag_ru}.
Dr. {D2.dr} recommends {CLIN:epo_ru}, then {CLIN:implant}.
Contact: {EMAIL:hosp}, {PHONE:land}
"""),
("specialist_consultation", """
Осмотр терапевта / терапевт қарауы
{P.caps}
Жасы {P.age:kk}. Живет одна {ADDR:vil_prep}. Соцработник {R.fs}.
{LAB:ru}. {LAB:kk}.
Қорытынды: анемия легкой степени.
{CLIN:drug} {X:dose}, [[ҚЖА]] через 7 дней.
Терапевт {D.ini} {DATE:num}
"""),
# ---------------------------------------------------------------- lab_imaging_report
("lab_imaging_report", """
РЕНТГЕНОГРАФИЯ / РЕНТГЕНОГРАММА № {RID:xray}
ФИО: {P.ini}  туған жылы {P.dob:year_only}
Дата {DATE:roman}
Аймақ / область: {CLIN:anat_kk} / {CLIN:anat_ru}
Перелом со смещением, {X:ao}.
Қорытынды: {CLIN:diag_ru}.
Рентгенолог {D.ini}
"""),
("lab_imaging_report", """
ЛАБОРАТОРИЯ / ЗЕРТХАНА  № {RID:lab}
Пациент: {P.fs}   ИБ {RID:hosp}
Алынды / забор: {DATE:num} {X:time}
| Көрсеткіш | Результат | Норма |
| {LAB:ru} | | |
| {LAB:kk} | | |
Орындаған {N.ini}; проверил {D.ini}
"""),
("lab_imaging_report", """
[[КТ]] хаттамасы / протокол [[КТ]] №{RID:xray}
Науқас {P.caps}, {P.age:kk}
Направил {D2.ini} ({X:hosp_ru})
[[КТ]] таза: {CLIN:diag_kk}. Состояние после {CLIN:epo_ru}.
{CLIN:implant} тұрақты.
Врач {D.fs} {DATE:ru}
"""),
("lab_imaging_report", """
[[ОАК]] / [[ҚЖА]]                 лаб. № {RID:lab12}
{P.ini}, {P.dob:num}
{DATE:num}
{LAB:ru}
{LAB:kk}
{LAB:ru}
лаборант {N.sur}
"""),
("lab_imaging_report", """
[[УЗДГ]] вен нижних конечностей / аяқ веналарының [[УДЗ]]
Пациентка: {P}, ЖСН {P.iin}
Күні: {DATE:num}
Тромбоз белгілері жоқ, глубокие вены проходимы.
{CLIN:drug} {X:dose_kk} жалғастыру.
Врач УЗД {D.ini}; копия {EMAIL:hosp}
"""),
# ---------------------------------------------------------------- informed_consent
("informed_consent", """
АҚПАРАТТАНДЫРЫЛҒАН КЕЛІСІМ / ИНФОРМИРОВАННОЕ СОГЛАСИЕ
Мен / Я, {P}, {P.dob:num}, ЖСН {P.iin},
мекенжайым / адрес: {ADDR:full_kk},
{CLIN:epo_ru} отасына келісемін / даю согласие.
Дәрігер {D.ini} риски разъяснил ([[ТЭЛА]], инфекция).
Қолы / подпись ____   {DATE:num}
"""),
("informed_consent", """
Согласие на гемотрансфузию / қан құюға келісім
Науқас: {P.fs}, {P.age:kk}
Представитель: {R}, уд.л. {DOC:id}, тел {PHONE:mob}
Қан тобы {X:blood}. Hb 68 г/л.
Трансфузиолог {D.fs}
{DATE:ru} г.
"""),
("informed_consent", """
анестезияға келісім
мен {P.lower}, {P.age:ru}, согласна на [[СМА]]
{CLIN:drug} аллергия жоқ
анестезиолог {D.ini} түсіндірді
{DATE:num}
"""),
("informed_consent", """
ОТКАЗ / БАС ТАРТУ
Мен, {R.full.caps}, сын пациентки {P.full.gen} ({P.age:ru}),
отказываюсь от операции ({CLIN:diag_kk}).
Салдары түсіндірілді врачом {D.ini.ins}.
Жеке куәлік {DOC:id}, мекенжай {ADDR:street_kk}, тел {PHONE:eight}
{DATE:num}
"""),
("informed_consent", """
Согласие законного представителя / заңды өкілдің келісімі
Бала: {C.fs}, {C.dob:num}, ЖСН {C.iin}
Свидетельство о рождении / туу куәлігі № {DOC:birth}
Мать / анасы: {R}, {PHONE:mob}
Операция: фиксация спицами Киршнера ({X:ao}).
Дәрігер {D.ini} {DATE:num}
"""),
("informed_consent", """
Дербес деректерді өңдеуге келісім / согласие на обработку ПД
Я, {P.ini}, ИИН {P.iin}, e-mail {P.email}, тел. {PHONE:dotted}
разрешаю {X:hosp_kk} обрабатывать мои данные.
Жұмыс орны: {WORK:ru}; БСН работодателя {DOC:bin}
Дата: {DATE:slash}
"""),
("lab_imaging_report", """
рентген
№{RID:xray} {DATE:compact} {P.sur}
{P.fp} {P.dob:num}
тізе буыны 2 пр. – остеофиты, сужение суставной щели, гонартроз III ст
врач {D.ini}
"""),
("ambulance_card", """
СМП	карта {RID:call}	{DATE:kk_gen}
науқас	{P.fs.lower}	{P.age:kk_loc}
адрес	{ADDR:vil}	{ADDR:rdistrict}
жалобы	бас ауырады, тошнота
{CLIN:drug}	{X:dose}
фельдшер	{D.fs}
"""),
]
