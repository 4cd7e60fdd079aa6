# Templates for deid_dev6. (tid, language, style, text). Slot syntax is documented in build.py/README.
# A text starting with "#OCR\n" is always rendered with OCR-ish spacing.
T = []


def add(tid, lang, style, text):
    T.append((tid, lang, style, text))


# =============================================================== RU
add("ru01", "ru", "ambulance_card", """
КАРТА ВЫЗОВА СКОРОЙ МЕДИЦИНСКОЙ ПОМОЩИ № {CALL}
Подстанция № {x.dept}     Бригада № {BRIG}     Принял диспетчер: {DISP}
Дата: {D.num}   Приём вызова {x.time}, прибытие {x.time}
Ф.И.О.: {E1.full}
Возраст: {A.num}   Пол: {E1.sexru}
Адрес: {AD.ru}
Телефон: {PH.l}   (звонила соседка {P2f.gp}, {PH.l|no_cue,after_name})
Повод: падение дома. АД {x.bp} мм рт.ст., ЧСС {x.hr}, SpO2 {x.spo2}%.
Диагноз: [[Закрытый перелом шейки левого бедра]] (S72.0).
Фельдшер {P3.si}, врач бригады {P4.si}.
""")

add("ru02", "ru", "ambulance_card", """
{D.ru} г. в {x.time} по вызову № {CALL} бригада {BRIG} выехала к {E1.si_dat} ({A.num|in_brackets}) по адресу {AD.mkr}. Вызов принят диспетчером {DISP}. Со слов внучки ({P2f.g}, {PH.l|no_cue,after_name}) {E1.bol} упал(а) в ванной около {x.time}. Объективно: АД {x.bp}, пульс {x.hr}, глюкоза {x.glu} ммоль/л. Введено: [[кеторолак]] 1,0 мл в/м. Затем {E1.dost} в приёмный покой ГКБ № 7, ИБ № {TW.hospitalisation}. Повторный вызов {CALL|in_sentence} от {D.noy} — отказ от госпитализации.
""")

add("ru03", "ru", "table", """
ЖУРНАЛ ВЫЗОВОВ СМП, подстанция № {x.dept}, смена {D.num}
| № карты | Бригада | Ф.И.О. | Возраст | Телефон | Повод |
| {CALL|table_header} | {BRIG|table_header} | {E1.si} | {A.num|table_cell} | {PH.l|table_header} | [[ОНМК]] |
| {CALL|table_header} | {BRIG|table_header} | {P2.si} | {a2.num} | {PH.l|table_header} | травма кисти |
| {CALL|table_header} | {BRIG|table_header} | {E2.si} | {A2.num|table_cell} | {PH.eight} | [[гипертонический криз]] |
| {TW.ambulance_call|table_header} | {BRIG|table_header} | {P3.s} | {a3.num} | {PH.l|table_header} | боль в животе |
Старший врач смены {P4.si}, диспетчер {DISP}.
""")

add("ru04", "ru", "sick_leave", """
ЛИСТ ВРЕМЕННОЙ НЕТРУДОСПОСОБНОСТИ № {SL.plain}   первичный
Ф.И.О.: {P1.full}   ИИН {IIN.l}
Место работы: {AD.work}
Освобождён(а) от работы с {D.num} по {D.num}
ПРОДЛЕНИЕ: ЛВН № {SL|extension} с {D.num} по {D.num} (ВКК, протокол № {x.num})
Приступить к работе: {D.num}
Диагноз: [[остеохондроз поясничного отдела позвоночника]], М42.1
Лечащий врач {P2.si}, зав. отделением {P3.is}. Регистратура {PH.l}.
""")

add("ru05", "ru", "sick_leave", """
ВЫПИСНОЙ ЭПИКРИЗ к ИБ № {TW.hospitalisation}. {P1.Pat} {P1.sg}, {yob2} г.р., находился(-ась) в травматологическом отделении № {x.dept} (палата {x.ward}, койка {x.bed}) с {D.num} по {D.num}. Проведено: [[остеосинтез пластиной LCP]], кровопотеря 150 мл. Выдан ЭЛН {SL.eln} с {D.noy}, продлён ЭЛН {SL.eln|extension} до {D.num}; {SL.dash|label_after} — номер продления в системе. Рекомендовано: [[ЛФК]], [[эноксапарин]] 0,4 мл п/к 1 р/д {x.days} дней. Контакт: {PH.l|no_cue}.
""")

add("ru06", "ru", "table", """
РЕЕСТР ЛИСТКОВ НЕТРУДОСПОСОБНОСТИ (отделение № {x.dept}), {D.my}
| № ЛН | Ф.И.О. | Открыт | Продлён по | Закрыт |
| {SL.plain|table_header} | {P1.si} | {D.num} | {D.noy} | {D.num} |
| {SL.series|table_header} | {N2.si} | {D.num} | {D.noy} | — |
| {SL.spaced|table_header} | {P3.si} | {D.2y} | — | {D.2y} |
| {SL.eln|table_header} | {R4.si} | {D.num} | {D.num} | {D.num} |
Форма 027/у. Ответственный {P5.si}, тел. {PH.l5}.
""")

add("ru07", "ru", "prose_note", """
{E1.Pat} {E1.full}, {A.ru}, {YOB.A} г.р., {E1.ps} с жалобами на [[одышку]]. В анамнезе: в 90-х годах — [[холецистэктомия]]; в возрасте {B.gen|after_cue} — [[эндопротезирование ТБС]]. Сестра — {E2f.gp}, {A2.ru}, проживает в с. {AD.set}. Сын {P3m.g} ({a.num} лет) — {PH.l|no_cue,after_name}. Гемоглобин {x.hb} г/л, SpO2 {x.spo2}%, АД {x.bp}. Палата {x.ward}.
""")

add("ru08", "ru", "contacts", """
КОНТАКТЫ РОДСТВЕННИКОВ ({E1.si}, {A.num|after_name,abbr_unit} л.)
Сын — {P2m.gp} {PH.l|no_cue,after_name}
Дочь {P3f.g}: дом. {PH.l|home}, раб. {PH.l|work}
Соседка {P4f.si} ({PH.l|in_brackets})
Тел.: {PH.l|list}, {PH.l|list}; {PH.plus7}
Участковый терапевт {P5.si}, поликлиника № 5, каб. 214, т. {PH.l}
""")

add("ru09", "ru", "prose_note", """
#OCR
Пост № 2, палата {x.ward}, койка {x.bed}. Пац. {E1.sg}, {A.num|abbr_unit} л., {E1.sexru} Ночь беспокойная, в 03:40 АД {x.bp}, введено [[магния сульфат]] 25% 5,0 в/в. Дочь ({P2f.gs}) — {PH.ocr|no_cue}. Дежурная м/с {P3.si}. Карта СМП № {CALL}, бр. {BRIG}.
""")

add("ru10", "ru", "contacts", """
МЕДИЦИНСКАЯ КАРТА АМБУЛАТОРНОГО ПАЦИЕНТА № {TW.outpatient_card}   (форма 025/у)
Фамилия, имя, отчество: {P1.fullc}
ИИН
{IIN.us|prev_line_label}
Удостоверение личности № {IDC}
Дата рождения: {DOB.num:a}
Адрес: {AD.street}, {AD.city}
т/ф {PH.l|home}; моб. {PH.eight}
Место работы: {AD.work}
""")

add("ru11", "ru", "ambulance_card", """
НАПРАВЛЕНИЕ на госпитализацию (форма 057/у). {E1.Pat} {E1.si}, в возрасте {A.gen|after_cue}. Доставлен(а) бригадой СМП № {BRIG}, карта вызова {CALL|no_cue_sign}, вызов передан диспетчером № {DISP} в {x.time}. Откуда: {AD.vil}. Диагноз: [[пневмония]] (J18.9). SpO2 {x.spo2}%, t 38,4. Сопровождающий {P2.gs} ({PH.l|in_brackets,no_cue}).
""")

add("ru12", "ru", "sick_leave", """
ПРОТОКОЛ ВКК № {x.num} от {D.num}
Пациент {P1.si}, {a.num} лет, ИИН: {IIN.l}.
Листок нетрудоспособности № {SL.plain} открыт {D.num}, длительность {x.days} дней.
Решение: продлить б/л (продление № {SL.slash|extension}) с {D.num} по {D.num}.
Больничный {SL.series} закрыт {D.num}, к труду с {D.noy}.
Председатель ВКК {P2.is}, члены: {P3.si}, {P4.si}.
""")

add("ru13", "ru", "table", """
СПИСОК ПАЦИЕНТОВ ГЕРИАТРИЧЕСКОГО ОТДЕЛЕНИЯ
| Ф.И.О. | Год рожд. | Возраст | Палата | Телефон родственников |
| {E1.si} | {YOB.A|table_cell} | {A.num|table_cell} | {x.ward} | {PH.l} |
| {E2.si} | {YOB.A2|table_cell} | {A2.num|table_cell} | {x.ward} | {PH.l}, {PH.l|list} |
| {P3.si} | — | {a3.num} | {x.ward} | — |
| {E4.si} | {YOB.A4|table_cell} | {A4.num|table_cell} | {x.ward} | {PH.l7} |
Зав. отделением {P5.si}.
""")

add("ru14", "ru", "prose_note", """
{D.num} в {x.time} звонила внучка пациента {E1.si_gen} — {P2f.gs}, с номера {PH.l7|in_sentence}, просила перезвонить на {PH.l|in_sentence} или на рабочий {PH.land}. Пациенту {A.ru}, находится в палате {x.ward}. Накануне диспетчер {DISP} принял повторный вызов {CALL|in_sentence}, выезжала бригада {BRIG}. Выписка планируется {D.ruy}.
""")

add("ru15", "ru", "ambulance_card", """
ПЕРЕДАЧА ПАЦИЕНТА (СМП → приёмный покой)
Бригада: {BRIG}   Карта 103: {CALL}   Диспетчер: {DISP}
{CALL|label_after} (номер карты вызова), {BRIG|label_after} (бригада) — продублировано в журнале.
Пациент: {E1.split}, {A.ru}
Прописка: {AD.ru}
Родственник: {P2.sg}, {PH.l|after_name}
Время передачи {x.time}. ИБ № {TW.hospitalisation}.
""")

add("ru16", "ru", "sick_leave", """
СПРАВКА № {SL.plain} о временной нетрудоспособности студента (форма 095/у)
Выдана {P1.si_dat}, студенту(-ке) {AD.school}, в том, что он(а) болел(а) с {D.num} по {D.num}.
Диагноз: [[ОРВИ]]. Освобождение от занятий физкультурой на {x.days} дней.
Дубликат справки № {SL.pad|duplicate} выдан {D.num}. Врач {P2.si}, тел. поликлиники {PH.l6}.
""")

add("ru17", "ru", "sick_leave", """
#OCR
Л И С Т  нетрудоспособности  № {SL.spaced}
ФИО {P1.full}
Освоб. от работы : {DR.num}
продление № {SL.plain|extension}  с {D.num}  по {D.num}
ИИН/ЖСН : {IIN.ls}
Подпись врача ______ {P2.si}   М.П.
""")

# =============================================================== KK
add("kk01", "kk", "ambulance_card", """
ЖЕДЕЛ МЕДИЦИНАЛЫҚ ЖӘРДЕМ ШАҚЫРУ КАРТАСЫ № {CALL}
Қосалқы станция № {x.dept}    Бригада № {BRIG}    Диспетчер: {DISP}
Күні: {D.num}   Шақыру қабылданды {x.time}, келді {x.time}
Науқастың аты-жөні: {E1.full}
Жасы: {A.num}    Жынысы: {E1.sexkk}
Мекенжайы: {AD.kk}
Байланыс тел.: {PH.l}   (көршісі {P2.g} {PH.l|no_cue,after_name})
Шақыру себебі: үйде құлап қалған. АҚҚ {x.bp} мм с.б., ЖСЖ {x.hr}.
Диагноз: [[сол жақ ортан жілік мойнының сынуы]] (S72.0).
Фельдшер {P3.si}.
""")

add("kk02", "kk", "ambulance_card", """
{D.kkda} сағат {x.time}-да {E1.is_kdat} ({A.kk|in_brackets}) жедел жәрдем шақырылды, шақыру № {CALL}. {BRIG}-бригада {x.days} минутта келді. Шақыруды {DISP} нөмірлі диспетчер қабылдады. Немересі {P2.g} ({PH.l|in_brackets,no_cue}) хабарлады. Науқас {AD.setkkda} тұрады. Қан қысымы {x.bp}, қанттың деңгейі {x.glu} ммоль/л. Науқас № 4 ҚКА-ға жеткізілді, ауру тарихы № {TW.hospitalisation}.
""")

add("kk03", "kk", "table", """
ЖЕДЕЛ ЖӘРДЕМ ШАҚЫРУЛАРЫНЫҢ ЖУРНАЛЫ, {D.kk}
| Карта № | Бригада | Аты-жөні | Жасы | Телефон | Себебі |
| {CALL|table_header} | {BRIG|table_header} | {E1.si} | {A.num|table_cell} | {PH.l|table_header} | [[инсульт]] |
| {CALL|table_header} | {BRIG|table_header} | {K2.si} | {a2.num} | {PH.l|table_header} | жарақат |
| {TW.ambulance_call|table_header} | {BRIG|table_header} | {E3.si} | {A3.num|table_cell} | {PH.plus7} | [[гипертониялық криз]] |
| {CALL|table_header} | {BRIG|table_header} | {K4.s} | {a4.num} | {PH.l|table_header} | іштің ауыруы |
Аға дәрігер {P5.si}, диспетчер {DISP}.
""")

add("kk04", "kk", "sick_leave", """
ЕҢБЕККЕ УАҚЫТША ЖАРАМСЫЗДЫҚ ПАРАҒЫ № {SL.plain}   (алғашқы)
Аты-жөні: {K1.full}    ЖСН {IIN.l}
Жұмыс орны: {AD.workkk}
Жұмыстан босатылды: {D.num} бастап {D.num} дейін
Ұзартылды: № {SL|extension}, {D.num} бастап {D.num} дейін (ДКК хаттамасы № {x.num})
Жұмысқа шығу: {D.num}
Емдеуші дәрігер {P2.si}, бөлім меңгерушісі {P3.is}. Тіркеу орны {PH.l}.
""")

add("kk05", "kk", "sick_leave", """
ШЫҒАРУ ЭПИКРИЗІ (ауру тарихы № {TW.hospitalisation}). Науқас {K1.sg}, {yob2} ж.т., жарақат бөлімінде ({x.dept}-бөлім, {x.ward}-палата, {x.bed}-төсек) {D.num} бастап {D.num} дейін емделді. Жасалды: [[пластинамен остеосинтез]], қан жоғалту 200 мл. Электронды еңбекке жарамсыздық парағы {SL.eln} ашылды, {SL.eln|extension} болып ұзартылды {D.num} дейін; {SL.dash|label_after} — жүйедегі ұзарту нөмірі. Ұсынылады: [[ЕДШ]], [[эноксапарин]] 0,4 мл тері астына тәулігіне 1 рет. Байланыс: {PH.l|no_cue}.
""")

add("kk06", "kk", "table", """
ЕҢБЕККЕ ЖАРАМСЫЗДЫҚ ПАРАҚТАРЫНЫҢ ТІЗІЛІМІ ({x.dept}-бөлім)
| Парақ № | Аты-жөні | Ашылды | Ұзартылды | Жабылды |
| {SL.plain|table_header} | {K1.si} | {D.num} | {D.noy} | {D.num} |
| {SL.series|table_header} | {N2.si} | {D.num} | {D.noy} | — |
| {SL.spaced|table_header} | {K3.si} | {D.2y} | — | {D.2y} |
| {SL.eln|table_header} | {P4.si} | {D.num} | {D.num} | {D.num} |
027/е нысаны. Жауапты {P5.si}, тел. {PH.l5}.
""")

add("kk07", "kk", "prose_note", """
Науқас {E1.full}, {A.kkgy} {E1.sexkk}, {YOB.A} ж.т., ентігуге шағымданып түсті. Анамнезінде: 90-жылдары [[холецистэктомия]]; {B.kkda} [[жамбас-сан буынын эндопротездеу]] жасалған. Апасы {E2f.gp}, {A2.kk}, {AD.setkk} ауылында тұрады. Ұлы {K3m.g} ({a.num} жаста) — {PH.l|no_cue,after_name}. Гемоглобин {x.hb} г/л, SpO2 {x.spo2}%, АҚҚ {x.bp}. {x.ward}-палата.
""")

add("kk08", "kk", "contacts", """
ТУЫСТАРЫНЫҢ БАЙЛАНЫС ДЕРЕКТЕРІ ({E1.si}, жасы {A.num|after_cue})
Ұлы — {K2m.gp} {PH.l|no_cue,after_name}
Қызы {K3f.g}: үй {PH.l|home}, жұм. {PH.l|work}
Көршісі {P4.si} ({PH.l|in_brackets})
Тел.: {PH.l|list}, {PH.l|list}; {PH.eight}
Учаскелік дәрігер {P5.si}, № 3 емхана, 214-кабинет, т. {PH.l}
""")

add("kk09", "kk", "prose_note", """
#OCR
№ 2 пост, {x.ward}-палата, {x.bed}-төсек. Науқас {E1.sg}, жасы {A.num|after_cue}, {E1.sexkk}. Түн мазасыз өтті, 03:40-та АҚҚ {x.bp}, [[магний сульфаты]] 25% 5,0 к/і енгізілді. Қызы ({K2f.gs}) — {PH.ocr|no_cue}. Кезекші м/б {P3.si}. ЖМЖ картасы № {CALL}, бр. {BRIG}.
""")

add("kk10", "kk", "contacts", """
АМБУЛАТОРИЯЛЫҚ НАУҚАСТЫҢ МЕДИЦИНАЛЫҚ КАРТАСЫ № {TW.outpatient_card}   (025/е нысаны)
Тегі, аты, әкесінің аты: {K1.fullc}
ЖСН
{IIN.us|prev_line_label}
Жеке куәлік № {IDC}
Туған күні: {DOB.num:a}
Мекенжайы: {AD.mkrkk}, {AD.setkk} ауылы
үй тел. {PH.l|home}; ұялы {PH.plus7}
Жұмыс орны: {AD.workkk}
""")

add("kk11", "kk", "ambulance_card", """
Ауруханаға жатқызуға ЖОЛДАМА (057/е нысаны). Науқас {E1.si}, {A.kkda}. ЖМЖ {BRIG}-бригадасы жеткізді, шақыру картасы {CALL|no_cue_sign}, шақыруды № {DISP} диспетчер сағат {x.time}-да берді. Қайдан: {AD.distkk}, {AD.setkk} ауылы. Диагноз: [[пневмония]] (J18.9). SpO2 {x.spo2}%, дене қызуы 38,4. Алып жүруші {K2.gs} ({PH.l|in_brackets,no_cue}).
""")

add("kk12", "kk", "sick_leave", """
ДКК ХАТТАМАСЫ № {x.num}, {D.kk}
Науқас {K1.si}, {a.num} жаста, ЖСН: {IIN.l}.
Еңбекке жарамсыздық парағы № {SL.plain} {D.num} ашылған, ұзақтығы {x.days} күн.
Шешім: парақты ұзарту (ұзарту № {SL.slash|extension}) {D.num} бастап {D.num} дейін.
{SL.series} парағы {D.num} жабылды, жұмысқа {D.noy} бастап.
ДКК төрағасы {P2.is}, мүшелері: {P3.si}, {K4.si}.
""")

add("kk13", "kk", "table", """
ГЕРИАТРИЯ БӨЛІМІНІҢ НАУҚАСТАР ТІЗІМІ
| Аты-жөні | Туған жылы | Жасы | Палата | Туыстарының телефоны |
| {E1.si} | {YOB.A|table_cell} | {A.num|table_cell} | {x.ward} | {PH.l} |
| {E2.si} | {YOB.A2|table_cell} | {A2.num|table_cell} | {x.ward} | {PH.l}, {PH.l|list} |
| {K3.si} | — | {a3.num} | {x.ward} | — |
| {E4.si} | {YOB.A4|table_cell} | {A4.num|table_cell} | {x.ward} | {PH.l7} |
Бөлім меңгерушісі {P5.si}.
""")

add("kk14", "kk", "prose_note", """
{D.num} сағат {x.time}-да науқас {E1.full_kgen} немересі {K2.gs} {PH.l7|in_sentence} нөмірінен қоңырау шалып, {PH.l|in_sentence} немесе жұмыс телефоны {PH.land} бойынша хабарласуды сұрады. Науқас {A.kkda}, {x.ward}-палатада жатыр. Кеше {DISP}-диспетчер қайталама шақыруды ({CALL|in_brackets}) қабылдады, {BRIG}-бригада шықты.
""")

add("kk15", "kk", "prose_note", """
Ауруханамыздың 90-жылдық мерейтойы қарсаңында {A.kkgy} соғыс ардагері {E1.full} құттықталды. Ардагер {YOB.A} жылы {AD.setkk} ауылында туған, қазір {AD.kk} мекенжайында тұрады. 1990 жылдан бері емханамызда № {TW.outpatient_card} картамен есепте тұр. Қызы {K2f.gp}: {PH.l|no_cue}. Өткен жылы, {B.kkda}, [[катаракта]] бойынша ота жасалған.
""")

add("kk16", "kk", "sick_leave", """
№ {SL.plain} АНЫҚТАМА (095/е нысаны)
{K1.is_kdat} берілді: ол {AD.schoolkk} оқушысы/студенті, {D.num} бастап {D.num} дейін ауырған.
Диагноз: [[ЖРВИ]]. Дене шынықтыру сабағынан {x.days} күнге босатылды.
Анықтаманың телнұсқасы № {SL.pad|duplicate} {D.num} берілді. Дәрігер {P2.si}, емхана тел. {PH.l6}.
""")

add("kk17", "kk", "sick_leave", """
#OCR
Еңбекке  жарамсыздық  парағы  № {SL.spaced}
Аты-жөні {K1.full}
Жұмыстан  босатылды : {DR.kk}
ұзарту № {SL.plain|extension}  {D.num} бастап  {D.num} дейін
ЖСН/ИИН : {IIN.ls}
Дәрігер қолы ______ {P2.si}   М.О.
""")

# =============================================================== MIXED
add("mx01", "mixed", "ambulance_card", """
КАРТА ВЫЗОВА / ШАҚЫРУ КАРТАСЫ № {CALL}
Бригада / Бригада № {BRIG}   Диспетчер: {DISP}
Күні / Дата: {D.num}
Ф.И.О. / Аты-жөні: {E1.full}
Возраст / Жасы: {A.num}
Адрес / Мекенжайы: {AD.ru}
Тел.: {PH.l}, көршісі {P2.g} {PH.l|no_cue,after_name}
Повод: құлап қалған, бас ауырады. АД {x.bp}, ЧСС {x.hr}.
DS: [[ЧМТ. Сотрясение головного мозга]] (S06.0).
""")

add("mx02", "mixed", "ambulance_card", """
{D.num} в {x.time} шақыру № {CALL} поступил от дочери, {E1.is} ({A.kk|in_brackets}) үйде құлаған. Бригада {BRIG} приехала за {x.days} мин., диспетчер {DISP}. Қызы {P2f.g} ({PH.l|in_brackets,no_cue}) сказала, что анамнезінде [[қант диабеті]]. Доставлен(а) в БСМП, ИБ № {TW.hospitalisation}.
""")

add("mx03", "mixed", "table", """
ЖУРНАЛ ВЫЗОВОВ / ШАҚЫРУЛАР ЖУРНАЛЫ
| Карта № | Бр. | ФИО / Аты-жөні | Жасы/Возраст | Тел. |
| {CALL|table_header} | {BRIG|table_header} | {E1.si} | {A.num|table_cell} | {PH.l|table_header} |
| {TW.ambulance_call|table_header} | {BRIG|table_header} | {K2.si} | {a2.num} | {PH.l|table_header} |
| {CALL|table_header} | {BRIG|table_header} | {E3.si} | {A3.num|table_cell} | {PH.l|table_header} |
| {CALL|table_header} | {BRIG|table_header} | {N4.si} | {a4.num} | {PH.uz} |
""")

add("mx04", "mixed", "sick_leave", """
ЛИСТ ВРЕМЕННОЙ НЕТРУДОСПОСОБНОСТИ / ЕҢБЕККЕ УАҚЫТША ЖАРАМСЫЗДЫҚ ПАРАҒЫ
№ {SL.plain}
Аты-жөні: {P1.full}   ЖСН {IIN.l}
Место работы / Жұмыс орны: {AD.work}
с {D.num} по {D.num}; ұзартылды № {SL|extension,kk_label} {D.num} дейін
Врач / Дәрігер {P2.si}
""")

add("mx05", "mixed", "sick_leave", """
Больничный ашылды {D.num}, ЭЛН {SL.eln}. Пациентке продление берілді: {SL.elnpref|extension} до {D.noy}. Жұмыс орны — {AD.workkk}. Байланыс {PH.l|no_cue} немесе {PH.l|list}. ВКК хаттамасы № {x.num}, [[остеоартроз]] М17.1.
""")

add("mx06", "mixed", "table", """
| ЛН № / Парақ № | ФИО | Ашылды / Открыт | Закрыт / Жабылды |
| {SL.plain|table_header} | {K1.si} | {D.num} | {D.num} |
| {SL.series|table_header} | {R2.si} | {D.2y} | {D.2y} |
| {SL.eln|table_header} | {N3.si} | {D.iso} | — |
| {SL.slash|table_header} | {K4.si} | {D.num} | {D.num} |
""")

add("mx07", "mixed", "prose_note", """
Науқас {E1.sg}, {A.ru}, {YOB.A} г.р., {AD.setkkda} тұрады. В анамнезе 90-жылдары [[аппендэктомия]], в возрасте {B.gen|after_cue} — [[ОНМК]]. Жиені {K2.gs}, тел. жоқ, соседи: {PH.l|no_cue}. Гемоглобин {x.hb}, глюкоза {x.glu}. {x.ward}-палата, {x.bed} койка.
""")

add("mx08", "mixed", "contacts", """
Контакты / Байланыс ({E1.si}, {A.kk}):
ұлы {K2m.g} {PH.l|no_cue,after_name}
дочь {P3f.gp}: үй {PH.l|home}, раб. {PH.l|work}
келіні {K4f.g} — {PH.l|no_cue,after_name}, {PH.eight|list}
""")

add("mx09", "mixed", "prose_note", """
#OCR
Пост 3, палата {x.ward}. Пац . {E1.si}, жасы {A.num|after_cue}, ночью АД {x.bp}. Дочь {K2f.g} {PH.ocr|no_cue,after_name}. Карта 103 № {CALL}, бригада {BRIG}, дисп . {DISP}.
""")

add("mx10", "mixed", "contacts", """
Амбулаторная карта № {TW.outpatient_card}
ФИО: {K1.full}
ИИН / ЖСН
{IIN.u|prev_line_label}
Жеке куәлік № {IDC}, выдано МВД РК {D.num}
Адрес: {AD.street}, {AD.city}
дом. {PH.l|home}, ұялы {PH.plus7}
""")

add("mx11", "mixed", "ambulance_card", """
Направление 057/у. {E1.si}, {A.kkda}, доставлен(а) ЖМЖ бригадасы № {BRIG}, шақыру картасы № {CALL}, диспетчер {DISP}. Откуда: {AD.dist}, с. {AD.set}. Сопровождает {K2.gs} ({PH.l|in_brackets,no_cue}).
""")

add("mx12", "mixed", "sick_leave", """
ДКК / ВКК № {x.num}, {D.num}. {K1.si} ({a.num} жас), ИИН {IIN.l}. Больничный лист № {SL.plain} ұзартылды (продление № {SL.slash|extension}) с {D.num} по {D.num}. Закрыт {D.num}, к труду / жұмысқа {D.noy}.
""")

add("mx13", "mixed", "table", """
Гериатрия / Гериатриялық бөлім
| ФИО | Год рожд. / Туған жылы | Возраст / Жасы | Палата |
| {E1.si} | {YOB.A|table_cell} | {A.num|table_cell} | {x.ward} |
| {E2.si} | {YOB.A2|table_cell} | {A2.num|table_cell} | {x.ward} |
| {K3.si} | — | {a3.num} | {x.ward} |
Тел. родственников: {PH.l|list}, {PH.l|list}, {PH.l|list}
""")

add("mx14", "mixed", "prose_note", """
{D.num} немересі {K2f.gs} звонила с {PH.l7|in_sentence}, просила перезвонить на {PH.l|in_sentence}. Ата-әжесі {E1.si} {A.kkda}, в палате {x.ward}. Повторный шақыру {CALL|in_sentence} принят диспетчером {DISP}, бригада {BRIG}.
""")

add("mx15", "mixed", "prose_note", """
В честь 90-летия больницы (90-жылдық мерейтой) чествовали ветеранов: {E1.full} — {A.let} ветеран труда. Ветеран {YOB.A} жылы {AD.setkk} ауылында туған, проживает по адресу {AD.kk}. Қызы {K2f.gp} — {PH.l|no_cue}. Карта № {TW.outpatient_card}.
""")

add("mx16", "mixed", "sick_leave", """
Справка 095/у № {SL.plain}. {K1.is_kdat} берілді, студент(ка) {AD.school}, болел с {D.num} по {D.num}. [[ОРВИ]]. Телнұсқа / дубликат № {SL.pad|duplicate} от {D.num}. Тел. {PH.l6}.
""")

add("mx17", "mixed", "sick_leave", """
#OCR
Л Н  № {SL.spaced} / парақ
{K1.full}
босатылды / освобождён : {DR.ru}
продление № {SL.plain|extension}  {D.num} – {D.num}
ИИН : {IIN.ls}
""")

add("ru18", "ru", "sick_leave", """
#OCR
Номер листка нетрудоспособности
{SL.ocr|prev_line_label}
Номер карты вызова СМП
{CALL|prev_line_label}
Телефон (домашний)
{PH.l|prev_line_label,home}
{E1.Pat} {E1.si}, возр. {A.num|after_cue}; в {B.ru|after_cue} перенес(ла) [[ОНМК]]. Внучка {P2f.gp}, {yob2} г.р., раб. {PH.l5|work}. Вызов принят диспетчером {DISP} в {x.time}, бригада {BRIG} (подстанция № {x.dept}).
""")

add("kk18", "kk", "sick_leave", """
#OCR
Еңбекке жарамсыздық парағының нөмірі
{SL.ocr|prev_line_label}
Шақыру картасының нөмірі
{CALL|prev_line_label}
Үй телефоны
{PH.l|prev_line_label,home}
Науқас {E1.si}, жасы {A.num|after_cue}; {B.kkda} [[инсульт]] алған. Немересі {K2f.gp}, {yob2} ж.т., жұм. {PH.l5|work}. Шақыруды {DISP} диспетчер сағат {x.time}-да қабылдады, {BRIG}-бригада ({x.dept}-қосалқы станция).
""")

add("mx18", "mixed", "sick_leave", """
#OCR
Еңбекке жарамсыздық парағы / № ЛН
{SL.ocr|prev_line_label}
Шақыру картасы / карта вызова
{CALL|prev_line_label}
Үй тел. / дом. тел.
{PH.l|prev_line_label,home}
{E1.si}, возр. {A.num|after_cue}, в {B.ru|after_cue} перенес(ла) [[инсульт]]. Немересі {K2f.g}, {yob2} г.р., жұм. {PH.l5|work}; дисп. {DISP}, бр. {BRIG}.
""")

TEMPLATES = T
