# Mixed Russian/Kazakh templates (code-switching, bilingual forms)
E, S, O, R, T, N, M, H = ('emergency_department_note', 'surgical_discharge', 'outpatient_card', 'radiology_report',
                          'transfer_summary', 'nursing_handover', 'medical_certificate', 'his_export')
TPL = [
(E, """ҚАБЫЛДАУ БӨЛІМІ / ПРИЁМНОЕ ОТДЕЛЕНИЕ
Науқас / Пациент: {P.fio}
ЖСН/ИИН: {P.iin:l}   Туған күні / Дата рожд.: {P.dob:num}
Мекенжайы / Адрес: {ADDR:full_ru}
Тел.: {PH:mob}
Жалобы: боли в {~правом|левом} плече после падения, {c:anat_kk} ісіну.
[[вправление по Кохеру]] под в/в анестезией, {c:drug_ru} {p:dose}.
Дежурный врач {D.si}, {D:num} {p:time}"""),
(E, """{!old:P}Шұғыл / Экстренно {D:kkdmloc}
Пациент {P.fi}, {P.age:ruany}, из {ADDR:vil_ru_gen} {ADDR:dist_ru_gen}
{!M:R}Ұлы {R.g} айтты: үйде құлап қалған, сознание не терял.
АД {p:bp}, SpO2 {p:sat}%, [[шкала Глазго]] 14.
Предв. диагноз: [[закрытый перелом шейки левой бедренной кости]] {p:icd}.
Дәрігер {D.is}, байланыс {PH:land}"""),
(E, """ДТП {D:num}, {p:time}. Жол-көлік оқиғасы, {ADDR:set_kk} маңы
Пострадавший: {P.fio:caps}, жеке куәлік {DOC:id}, ИИН {P.iin:l}
Автомобиль {DOC:plate}, водитель {R.fi} ({PH:mob})
[[ЧМТ]], [[СГМ]]. {c:anl_kk} {p:lab}.
Консультирован нейрохирургом {E.si:ins}. Жатқызылды: ИБ № {REC:hosp}"""),
(E, """{!old:P}Приёмный покой / Қабылдау. {D:ru} г.
{P.fio:lc}, {P.age:kk_tagy} науқас, [[ИБС]], [[артериялық гипертензия]].
Живёт {~с внуком|одна|с дочерью} в {ADDR:set_ru_prep}, {ADDR:street_ru}.
Туысы: {R.fio}, тел. {PH:eight_any}
Карта № {REC12:hospitalisation}. Осмотр терапевта {D.si}"""),
(E, """Направление / Жолдама № {REC:amb}
Кімге: {p:hosp}. От врача ВОП {D.fio}
Пациент {P.si}, {P.dob:kkany} ж.т., работает {ADDR:work_ru}
Удостоверение {DOC:id}. Полис № {DOC:pol}
Болжам диагноз: [[острый аппендицит]]? {p:icd}. t {p:temp}, лейк. {p:lab}.
{D:num}, тел. емхана {PH:land}"""),
(E, """Кезекші дәрігер жазбасы {D:dm}
{p:time} поступил {P.fi:caps}, {P.age:ru}, {ADDR:set_kk_abl} жеткізілді.
{!F:R}Со слов жены ({R.g}, {PH:mob}) — жұмыста жарақат алған, место работы {ADDR:work_ru}.
[[Рентгенография]]: перелом {p:ao}. Наложена [[шина Белера]].
ИИН {P.iin:l}, e-mail {P.email}"""),
(S, """ШЫҒАРУ ЭПИКРИЗІ / ВЫПИСНОЙ ЭПИКРИЗ № {REC:hosp}
Т.А.Ә./ФИО: {P.fio}
Туған күні / Д.р.: {P.dob:num}   ЖСН {P.iin:l}
Мекенжайы: {ADDR:full_kk}
Емделген мерзімі / Период лечения: {D:num} – {D:num}
Диагноз: {c:dx_ru} ({p:icd}).
Операция № {REC:op} {D:kkdmloc}: остеосинтез {c:implant}. Кровопотеря {p:loss} мл.
Хирург {S.si}, анестезиолог {A.si}
Ұсыныстар: [[ЛФК]], {c:drug_ru} {p:dose}, ЛН № {DOC:sick}
Меңгеруші / Зав. отд. {D.is}"""),
(S, """{!F:P}Эпикриз. Науқас {P.si:kgen} ауру тарихы № {REC:hosp}
{P.yob} г.р., находилась {DR:ru}.
{D:kkloc} выполнена [[ТЭП КС]] слева, имплант {c:implant}, хаттама № {REC:op}.
П/о: {c:drug_ru}, {c:drug_kk} енгізілді, ЛФК по схеме.
Выписана под наблюдение травматолога {ADDR:mkr_ru}.
Дәрігер {D.fi}, {PH:mob}"""),
(S, """{!old:P}Выписка из ИБ № {REC12:hospitalisation}
{P.fio:caps}, жасы {P.age:kk}
Мекенжайы: {ADDR:vil_kk} ауылы, {ADDR:dist_kk}
Поступил {D:rom}, выписан {D:rom}
{D:roms} — [[аппарат Илизарова]] наложен, Илизаров аппаратымен фиксация.
Контакт родственника: {R.fio} {PH:plus7_any}, {PH:foreign}
Травматолог {D.si}"""),
(S, """{!F:P}Медкарта № {REC:hosp}
Пациентка {P.fi} / {P.gp} / {P.if:lc}
Поступила {D:kk} сағат {p:time}, операция {D:ruz} (№ {REC:op}): [[лапароскопическая холецистэктомия]].
Гистология № {REC:lab} от {D:num}.
ЛН {DOC:sick}, жұмыс орны {ADDR:school_kk}.
Хирург {S.fio}, тел. отделения {PH:land}"""),
(S, """ОПЕРАЦИЯ ХАТТАМАСЫ / ПРОТОКОЛ ОПЕРАЦИИ № {REC:op}
{D:iso}, {p:time}–{p:time}
Пациент: {P.fio:split}, ИБ {REC:hosp}
Оператор {S.si}, ассистент {E.si}; анест. {A.is}; опер. м/с {N.si}
[[доступ Кохера–Лангенбека]], установлен {c:implant}. Қан жоғалту {p:loss} мл.
Гистологияға жіберілді № {REC:lab}"""),
(O, """Амб. карта № {REC:amb} (ф. {p:form})
{P.fio}, т.к. {P.dob:kk}, ЖСН {P.iin:l}
Адрес: {ADDR:street_ru}, {ADDR:set_ru}; тел. {PH:mob}, үй тел. {PH:local}
{D:num}: бел ауырады. [[остеохондроз поясничного отдела]], [[Ласег симптомы]] оң.
{c:drug_ru} {p:dose}, [[ЛФК]]. Келесі келу {Df:kkdm}.
ЖПД {D.si}"""),
(O, """Приём травматолога {D:num}
{P.si}, {P.age:kk}, зейнеткер, бұрын работал {ADDR:work_ru}.
Анамнез: перелом в {Dp:rumyp}, емделген {ADDR:set_kk_loc}.
[[гонартроз III ст.]], [[тест Лахмана]] (-).
Келесі қабылдау {Df:kkdmloc}. {!F:R}Дочь {R.g}: {PH:eight_any}"""),
(O, """{!F:R}{!child:P}Педиатр қабылдауы / Приём педиатра {D:num}
Бала: {P.fio}, {P.dob:num} г.р., свид. о рождении {DOC:birth}
Анасы / мать: {R.fio}, ИИН {R.iin:l}, {PH:mob}
Мектеп: {ADDR:school_kk}; адрес {ADDR:mkr_ru}
[[ОРВИ]], t {p:temp}. {c:drug_kk} жасына сай.
Справка {D:num}–{Df:num}. Педиатр {D.si}"""),
(O, """Күнделік / Дневник
{D:dm} {P.s}: жалоб меньше, АҚҚ {p:bp}.
{D:kkdm} {P.g:kgen} жағдайы нашар, направлен на [[УЗИ]] № {REC:xray}.
{D:dm} {!F:R}звонила супруга {R.si} ({PH:any}): пациент уехал в {ADDR:for_ru}.
{D:kkdm} [[ҚЖА]]: {p:lab}. Консультация {E.si:gen}.
Врач {D.s}"""),
(O, """Диспансерлік есеп / Карта ДН
{P.fio}   ЖСН {P.iin:l}
{ADDR:dist_ru}, с. {ADDR:vil_ru}, {ADDR:street_ru}
[[сахарный диабет 2 типа]], [[ХСН]]. Осмотры: {D:num}, {Df:num}
[[метформин]] 1000 мг 2 р/д. Email: {P.email}
Эндокринолог {D.fi}"""),
(R, """РЕНТГЕН ХАТТАМАСЫ / ПРОТОКОЛ № {REC:xray}
{P.fio}, туған жылы {P.yob}
Жолдаған / Направил: {D.si}, {p:hosp}. {D:num}
Лучезапястный сустав: [[перелом Колеса]], AO {p:ao}.
Рентгенолог {E.fi}, {PH:land}"""),
(R, """КТ головного мозга № {REC:xray}, {D:kk} ж.
Пациент {P.si}, {P.age:ru}, ИБ {REC:hosp}
Қорытынды: КТ-признаки [[ОНМК]] по ишемическому типу. Салыстыру: {Dp:num} ({ADDR:set_ru_prep}).
Рентгенолог {E.si}, {EM:inst}"""),
(R, """{!old:P}МРТ / ОҢ ТІЗЕ
{P.fi:caps}, в возрасте {P.age:ru_v}, ЖСН {P.iin:l}
ID {REC:xray}, {D:slash}
[[гонартроз III ст.]], мениск жыртылған.
Консультация: [[Н.Д. Батпенов атындағы ТОҒЗИ]].
Дәрігер {E.is}, каб. {PH:local}"""),
(R, """УЗИ / УДЗ брюшной полости {D:num2}
{P.fio}, {P.dob:num2} ж.т.
Направлен {D.si:ins}. Өт қабы {p:mm}×{p:mm} мм, [[желчнокаменная болезнь]].
Врач УЗД {E.si}. № {REC:xray}. Нәтиже: {P.email}"""),
(R, """R-графия ОГК № {REC:xray}
{P.si}, {P.yob} г.р., {ADDR:set_kk} қ.
{D:dash}: [[внебольничная пневмония]] справа, синусы свободны.
Салыстыру {Dp:dm} суретпен. Подпись {E.fio}"""),
(T, """ПЕРЕВОДНОЙ ЭПИКРИЗ / АУЫСТЫРУ ЭПИКРИЗІ
{p:hosp} ({ADDR:set_ru}) → [[ННЦХ им. А.Н. Сызганова]]
{P.fio}, {P.dob:num} г.р., ЖСН {P.iin:l}, жеке куәлік {DOC:id}
{D:kkloc} түскен. [[острый холецистит]]. Ем: {c:drug_ru}, {c:drug_kk}.
Реанимобиль {D:num}, сопровождает м/с {N.si}
Лечащий врач {D.fio}: {PH:mob}; согласовано с {E.si:ins} ({PH:land})"""),
(T, """ОРИТ-ке ауыстыру / Перевод в ОРИТ {D:num} {p:time}
{P.si}, {P.age:kk}, палата {p:ward}, төсек {p:bed}
SpO2 {p:sat}%. Передал {D.si}, қабылдаған {E.is}.
Туыстарына хабарланды: {R.fi}, {PH:any}"""),
(T, """{!old:P}Хосписке ауыстыру / Перевод в хоспис
{P.fio}, {P.age:ru}, тұрған жері {ADDR:vil_kk_loc}, {ADDR:dist_kk}
ИИН {P.iin:l}. [[ХСН]] III ст., {c:drug_ru} {p:dose}
Қамқоршы / опекун: {R.fio}, {R.dob:num} г.р., {PH:mob}, {R.email}
Жауапты дәрігер {D.si}, {D:num}"""),
(T, """Межбольничный перевод. Шетел азаматы / иностранный гражданин
{P.fio}, passport name: {P.lat}, паспорт {DOC:pass}
Адрес в РК: {ADDR:full_ru}; тұрақты: {ADDR:forfull}
Тел. {PH:foreign}, ҚР {PH:mob}
{D:num} поступил с {c:dx_ru}. Переводится {D:num}. Дәрігер {D.fi}"""),
(N, """КЕЗЕКШІЛІК ТАПСЫРУ / ПЕРЕДАЧА СМЕНЫ {D:dm}
Палата {p:ward}:
 — {P.si}, {P.age:ru}, п/о 2 тәулік, {c:drug_kk} 22:00-де.
 — {R.si}, ауырсыну, АД {p:bp}, вызван {D.s}.
 — {E.fi}, t {p:temp}, [[ОАК]] 06:00 (№ {REC:lab}).
Сдала {N.si}, қабылдады {A.si}"""),
(N, """Мейірбике парағы / сестринский лист {D:num}
{P.g} {P.s:caps}, палата {p:ward}
{p:time} {c:drug_ru} {p:dose}
{p:time} [[Дезо таңғышы]] поправлена
{p:time} {!M:R}ұлы {R.g} звонил ({PH:mob})
[[шкала Морзе]] 50. м/с {N.fi}"""),
(N, """{!F:P}{!old:P}Ночная смена / түнгі кезекшілік {D:kkdm}
{P.fio:lc}, {P.age:kk}, койка {p:bed}, ночью дезориентирована.
Глюкоза {p:lab}. {c:drug_ru} в {p:time}.
Немересі {R.if} келді ({PH:mob}), көршісі {PH:local}. Сдала {N.si}"""),
(N, """Журнал поста № {p:n}
{D:dm}: {P.s} — t {p:temp}, {c:drug_kk} берілді.
{D:dm}: {E.s} — выписан, ЛН № {DOC:sick}.
{D:dm}: {R.fi} — {ADDR:set_kk_abl} поступил, ИИН {R.iin:l}
Подпись {N.si}"""),
(M, """АНЫҚТАМА / СПРАВКА № {REC:amb}
Выдана {P.fio:dat}, {P.dob:num} г.р., ЖСН {P.iin:l}
Адрес: {ADDR:full_ru}
{p:hosp} емделді с {D:num} по {D:num}, диагноз [[ушиб грудной клетки]].
Жұмыс орнына: {ADDR:work_kk}. Дәрігер {D.si} {D:num}"""),
(M, """МЕДИЦИНАЛЫҚ АНЫҚТАМА / СПРАВКА 086/у
{P.fio}, {P.dob:ru}
Оқу орны: {ADDR:school_ru}
Уд. личности {DOC:id}
ВКК {D:kk} ж.: годен к обучению. Төраға {D.fi}, {PH:land}"""),
(M, """ЕҢБЕККЕ ЖАРАМСЫЗДЫҚ ПАРАҒЫ / ЛИСТ НЕТРУДОСПОСОБНОСТИ № {DOC:sick}
{P.fio:caps}, ЖСН {P.iin:ls}
Ұйым / организация: {ADDR:work_ru}, БИН {BIN}
Освобождён: {DR:num}. Жұмысқа: {Df:num}
Врач {D.si}, зав. {E.si}"""),
(M, """Жүргізуші анықтамасы / справка водителя
{P.si:dat}, а/м {DOC:plate}, туған жылы {P.yob}, паспорт {DOC:pkz} / {P.lat}
Нарколог {D:num}, психиатр {D:num}: есепте жоқ / на учёте не состоит.
Действительна до {Df:num}. Врач {D.is}"""),
(M, """{!old:P}Справка о состоянии здоровья / денсаулық туралы анықтама
{P.fi} ({P.age:kk}) {Dp:kkmy} бастап под наблюдением {p:hosp}.
[[ИБС]], [[созылмалы жүрек жеткіліксіздігі]]. Бөгде күтімге мұқтаж.
Для соцзащиты {ADDR:dist_ru_gen}. Врач {D.fio} {D:ru}"""),
(H, """HIS | Поступившие / Түскендер | {D:iso} | {EM:inst}
№ИБ | ФИО / Т.А.Ә. | ИИН/ЖСН | ДР | Тел | Адрес | Отд
{REC:hosp} | {P.fio} | {P.iin:u} | {P.dob:num} | {PH:mob} | {ADDR:full_kk} | ТО-{p:dept}
{REC12:hospitalisation} | {R.fio} | {R.iin:u} | {R.dob:num} | {PH:eight_any} | {ADDR:street_ru} | ХО
{REC:hosp} | {E.si} | {E.iin:us} | {E.dob:iso} | {PH:land} | {ADDR:mkr_kk} | ОРИТ"""),
(H, """patient_id: {REC12:outpatient_card}
тегі/фамилия: {P.s:caps}
аты/имя: {P.g:caps}
iin: {P.iin:l}
birth: {P.dob:iso}
tel: {PH:plus7_any}
email: {P.email}
адрес: {ADDR:full_ru}
жұмыс орны: {ADDR:work_kk}
doc: жеке куәлік {DOC:id}
admission: {D:iso}; icd: {p:icd}"""),
(H, """ЛИС / ЗАЖ | {D:num}
проба | пациент | ИИН | анализ | нәтиже
{REC:lab} | {P.si} | {P.iin:u} | [[гемоглобин]] | {p:lab}
{REC12:lab} | {R.si} | {R.iin:us} | [[СРБ]] | 31 мг/л
{REC:lab} | {E.si} | {E.iin:u} | [[креатинин]] | 97
Врач КДЛ / КДЗ дәрігері: {D.fi}"""),
(H, """=== ВЫГРУЗКА / ЖҮКТЕМЕ ===
Фамилия | Имя | Аты-жөні
{P.s:cell} | {P.g:cell} | {~—|}
ДР: {P.dob:numany}; тел. {PH:mob}, {PH:mob}
Тіркелген: {ADDR:full_kk}
Проживает: {ADDR:set_ru}, {ADDR:street_ru}
Полис {DOC:pol}; паспорт {DOC:pass}
ИБ {REC:hosp} от {D:num}; хаттама {REC:op}"""),
(H, """[ЭМК/ЭДК] {REC:amb}/{p:n}
Пациент={P.fi}; Жасы={P.age:num}; ИИН={P.iin:l}
Диагноз={p:icd} [[коксартроз справа]]
Жолдама=[[НИИТО им. академика Н.Д. Батпенова]]; дата={Df:iso}
Лечащий={D.si}; Тел={PH:compact}; Ескерту: {PH:local} недоступен"""),
(H, """smp_calls.csv
call;date;time;patient;age;address;phone
{REC:call};{D:num};{p:time};{P.fi};{P.age:num};{ADDR:full_kk};{PH:compact}
{REC:call};{D:num};{p:time};{R.fi};{R.age:num};{ADDR:vil_ru}, {ADDR:dist_ru};{PH:mob}
{REC:call};{D:num};{p:time};{E.si};{E.age:num};{ADDR:mkr_ru};{PH:land}"""),
(O, """Онколог кеңесі / Консультация онколога
{P.fio}, из {ADDR:set_ru_gen} ({ADDR:dist_kk}), ЖСН {P.iin:l}, тел. {PH:mob}
Гистология № {REC12:lab} от {Dp:num}: карцинома.
Ұсынылады: [[Национальный научный онкологический центр]], {Df:kkdmloc}.
Онколог {D.si}, {D:ru}"""),
(R, """Денситометрия № {REC:xray} / {D:num}
{P.si}, {P.age:kk}, T-критерий −2,9, [[остеопороз]].
[[золедроновая кислота]] 5 мг в/в. Дәрігер {E.si}; копия — {D.si:kdat}"""),
(T, """ЖЖМ ілеспе парағы / сопроводительный лист № {REC:call}
{D:num}, шығу {p:time}. {P.fi}, {P.age:ru}, мекенжайы: {ADDR:vil_kk} а., {ADDR:street_kk}
Передан в {p:hosp} врачу {D.si:dat}. Фельдшер {N.fi}, водитель {A.si}, {DOC:plate}"""),
]
