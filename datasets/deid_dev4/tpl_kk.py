# Kazakh templates: (style, body). {KEY:args} = generated piece, {~a|b} = plain choice, [[...]] = clinical span.
TEMPLATES = [
("discharge_summary", """
[[ШЫҒАРУ ЭПИКРИЗІ]]
Науқас: {N:full}
Туған күні: {DOB:num:old} ж.т.   Жасы: {A:bare}
ЖСН: {IIN:lab:old}
Мекенжайы: {AD:full_kk}
[[Травматология бөлімінде]] {KK:abl} бастап {KK:dat} дейін ем алды (№ {RID:hospitalisation}).
Диагнозы: [[Оң жақ сан сүйегінің мойнының сынуы]] ({x:icd}).
{KK:jylgy_loc} [[жартылай эндопротездеу]] жасалды. Қан жоғалту {x:n:150:450} мл.
Науқас {A:kk_jasta}, жалғыз тұрады, {AD:vil_kk:nom} ауылы.
Емдеуші дәрігер: {N:ini}
Туған жері: {AD:vil_kk:nom} ауылы. {KK:y_month} бастап тіркелген.
"""),
("discharge_summary", """
Эпикриз (стационарлық науқастың медициналық картасы № {RID:hospitalisation:12d})
{A:kk_jastagy} науқас {N:kk_gen:f} шағымдары: [[сол жақ тізе буынындағы]] ауырсыну.
{KK:y_month_loc} құлап, {AD:city_kk:abl} жедел жәрдеммен жеткізілді (шақыру № {RID:ambulance_call}).
Ем: [[Цефазолин]] {x:dose}, [[Кеторолак]] {x:dose}, [[ЕДШ]].
{KK:gen_day} шығарылды. Бақылау — тұрғылықты жері бойынша емхана ({AD:dist_kk:nom}).
Қызының телефоны: {PH}
{KK:y_month} дейін {AD:for_kk:loc} тұрған.
"""),
("discharge_summary", """
ШЫҒАРУ ЭПИКРИЗІ № {RID:hospitalisation}
Аты-жөні: {N:caps}
{DOB:kk:old} жылы туған, {AD:vil_kk:loc} тұрады.
Түскен күні: {D:dot}   Шыққан күні: {D:dot}
Қорытынды диагноз: [[Оң жақ жамбас-сан буынының коксартрозы]] III саты ({x:icd}).
Ота: {KK:loc} [[ТЭП ТБС]] ([[Zimmer]]), [[Хардинг бойынша]] кіру.
{x:age_kk} ұлы күтім жасайды; науқастың өзі {A:kk_jas}.
Бөлім меңгерушісі {N:ini_pre}
Келу {D:noyr} немесе {KK:dash}.
"""),
("discharge_summary", """
Шығару эпикризі
{N:sg:m} ({A:kk_jastagy} ер адам), ЖСН {IIN:lab:old:split}
Тұрғылықты мекенжайы: {AD:full_split}
{KK:range} аралығында [[кардиология бөлімінде]] жатты.
Диагнозы: [[Жүректің ишемиялық ауруы]], [[ЖҚ]] ({x:icd}). ҚҚ {x:bp}.
Ұсыныс: [[Бисопролол]] {x:dose}, [[Аторвастатин]] 20 мг. Қайта қаралу {KK:dm}.
{AD:city_kk:gen} [[№ 3 қалалық емханасына]] бақылауға жіберілді.
Алдыңғы жатқызу: {KK:y_month_loc}, {AD:city_kk:loc}.
"""),
("discharge_summary", """
ЭПИКРИЗ  МК № {RID:hospitalisation}
Науқас {N:lower}, {A:kk_jasta}, {DOB:year:old} ж.т.
Жұмыс орны: зейнеткер, бұрын {AD:work_kk}
{KK:jyly_loc} [[ЖМҚБ]] (ишемиялық түрі) бойынша жатқызылды ({x:time}).
[[Бас миының МРТ]] {KK:loc} — [[сол жақ ОМА бассейнінде]] ошақ.
{KK:gen_day_loc} жақсы жағдайда шығарылды. Немересі {N:first} ({AD:city_kk:loc} тұрады) алып кетті.
{AD:city_kk:abl} {D:any} келген.
"""),
("operative_note", """
[[ОПЕРАЦИЯ ХАТТАМАСЫ]] № {RID:operation_protocol}
Күні: {D:his}   Басталуы {x:time}   Аяқталуы {x:time}
Науқас: {N:ini}, {A:kk_jas}, МК № {RID:hospitalisation}
Хирург: {N:ini_pre}; ассистент: {N:ini}; анестезиолог: {N:sur}
Диагноз: [[Оң жақ сан сүйегінің ұршықаралық сынуы]] {x:icd}, АО {x:ao}.
Ота: [[PFNA]] ([[Synthes]]) орнатылды. Қан жоғалту {x:n:100:400} мл.
Науқас {AD:vil_kk:abl} келген, {x:yop} жылы осы аяғына ота жасалған.
Тұрады: {AD:mkr_kk}; шығару {KK:gen_day} жоспарланған.
"""),
("operative_note", """
Ота хаттамасы, {KK:jylgy}
{N:kk_dat:f} ({A:kk_jastagy}) [[кәрі жілік сүйегінің дистальды бөлігіне]] [[LCP тілімшесімен остеосинтез]] жасалды.
АО {x:ao}. Турникет {x:n:40:80} мин.
Бұрын {x:yop} ж. {AD:city_kk:loc} консервативті емделген.
Мекенжайы: {AD:mkr_kk}, {AD:city_kk:nom} қ.
Хирург {N:ini} / ота мейірбикесі {N:ini}
Басылған күні {D:his}; құжат {KK:dm} толтырылды.
"""),
("operative_note", """
Хаттама № {RID:operation_protocol} — {KK:dmy} ж.
Науқастың аты-жөні: {N:caps}
Жасы – {A:bare}     Палата № {x:n:1:30}
[[Илизаров аппараты]] оң жақ сирағына салынды, {x:n:2:4} сақина.
[[Жұлын анестезиясы]] ({x:dose}).
{KK:abl} бастап таңу күн ара. {AD:vil_kk:abl} ({AD:dist_kk:nom}) жолданған.
Толтырылған күні: {D:slash}. Науқастың әжесі {A:kk_jasta} (әлеуметтік қызмет үшін).
"""),
("operative_note", """
ОПЕРАЦИЯ ХАТТАМАСЫ
{D:any} | {x:time} | хаттама {RID:operation_protocol:12d}
Науқас {N:ini:f}, {DOB:dot4:old} ж.т., ЖСН {IIN:lab:old}
Ота: сол жақ [[ТЭП ТБС]], [[DePuy Corail эндопротезі]].
Ота кезінде: [[остеопороз]]. [[Транексам қышқылы]] 1 г к/і.
Науқас {A:kk_jasta}, {AD:vil_kk:loc} жалғыз тұрады — әлеуметтік қызметкерге хабарлау ({AD:dist_kk:gen} әкімдігі).
Тіркеу белгісі: {D:dash}, {AD:city_kk:nom}.
"""),
("operative_note", """
Операциялық журнал: {DR:full}
{N:sg} — [[тізе буынының артроскопиясы]], [[менискэктомия]].
Науқас оқиды: {AD:school_kk}; тіркелген мекенжайы {AD:street_kk}, {AD:city_kk:nom}.
Анасы: {N:full:f}, тел. {PH:eight}.
Шығару {DR:noyr} жоспарланған. {x:age_kk}.
Туыстары {AD:vil_kk:loc} ({AD:dist_kk:nom}) тұрады.
"""),
("outpatient_visit", """
Амбулаториялық карта № {RID:outpatient_card:12d}   Қабылдау {D:any} {x:time}
{N:full}, {DOB:num} ж.т.   байланыс тел. {PH}
Мекенжайы: {AD:street_kk}, {AD:city_kk:nom}
Шағымы: [[омыртқаның бел бөліміндегі]] ауырсыну. Диагноз: {x:icd}
Тағайындалды: [[Мелоксикам]] {x:dose}, [[Мидокалм]] {x:dose}.
Қайта келу: {KK:dat}. [[ЕДШ]] {KK:abl} бастап.
Дәрігер {N:ini}
Нақты мекенжайы: {AD:full_kk}.
"""),
("outpatient_visit", """
Үйге шақыру, {KK:jylgy_loc}
Науқас {N:full:f}, {A:kk_jasta}, төсекке таңылған.
Тұрады: {AD:full_kk}. Күтім — келіні {N:gs:f}.
ҚҚ {x:bp}, ЖСЖ {x:pulse}, t {x:t}.
[[Сегізкөз аймағында]] ойылу II саты. [[Левомеколь]] жергілікті.
Келесі келу: {KK:dash}. Шақыру № {RID:ambulance_call}.
Анасы {A:kk_jastagy}, {AD:vil_kk:loc} тұрады.
"""),
("outpatient_visit", """
ТРАВМАТОЛОГ КЕҢЕСІ
{N:ini} ({A:kk_jas}) — {KK:loc} құлағаннан кейін [[оң иық буынында]] ауырсыну.
{AD:vil_kk:loc} тұрады ({AD:dist_kk:nom}), туыстары әкелді.
Рентгенография {D:y2} (№ {RID:xray}): [[тоқпан жілік хирургиялық мойнының сынуы]], {x:ao}.
Ұсынылды: [[орамал таңғыш]] 4 апта, [[Кеторол]] {x:dose}.
Қайта келу {D:noyr}.
Бақылау {DR:noyr}, одан кейін {KK:dat} дейін.
"""),
("outpatient_visit", """
Терапевт қабылдауы {D:dot} ж.
Науқас {N:kk_dat:m} (жасы: {A:bare}) рецепт берілді: [[Амлодипин]] 5 мг, [[Бисопролол]] 2,5 мг.
ҚҚ {x:bp}. Қант {x:lab}.
Соңғы рет {KK:y_month} {AD:city_kk:loc} [[облыстық ауруханада]] жатқан.
Тел.: {PH:landline}, үй: {PH:local}
[[№ 5 емханаға]] бекітілген, учаске {x:n:1:30}.
Бұрын {AD:dist_kk:loc} бақыланған, соңғы рет {KK:loc}.
"""),
("outpatient_visit", """
Қайта қабылдау (амб. карта {RID:outpatient_card})
{N:gs}, жұмыс орны: {AD:work_kk}
Еңбекке жарамсыздық парағы № {DOC:sick_leave} {KK:abl} бастап {KK:dat} дейін ұзартылды.
Диагноз: [[Оң жақ тізе буынының соғылуы]] ({x:icd}).
Мекенжай: {AD:mkr_kk}. Эл. пошта: {EM:personal}
Әкесі {N:ini:m}, {A:kk_jasta}, бізде тіркелген.
Туған жері: {AD:vil_kk:nom} ауылы. {KK:y_month} бастап тіркелген.
"""),
("nurse_note", """
Мейірбикенің бақылау парағы, бекет № {x:n:1:5}
{D:dot} {x:time} — {N:kk_dat:f} ({A:kk_jastagy} науқас) [[Клексан]] {x:dose} егілді.
{x:time} — ҚҚ {x:bp}, тамыр соғысы {x:pulse}, SpO2 95%.
{D:noyr} {x:time} — ауырсынуға шағым, [[Кеторол]] 2,0 б/і.
Туысы: ұлы {N:first:m}, {AD:city_kk:abl} келген, тел. {PH:plus7}.
м/б {N:ini}
{KK:y_month} дейін {AD:for_kk:loc} тұрған.
"""),
("nurse_note", """
КЕЗЕКШІЛІКТІ ТАПСЫРУ {D:any}
№ {x:n:1:30} палата: {N:sur} ({A:kk_jas}) — [[ТЭП ТБС]] кейін, дренаж {x:n:20:150} мл.
№ {x:n:1:30} палата: {N:ini} — оң жақта [[ОВК]], t {x:t}.
№ {x:n:1:30} палата: {N:lower} — {x:age_kk}, {AD:vil_kk:abl} түсті, КТ күтуде.
№ {x:n:1:30} палата: {N:ini} — {A:kk_jasta}, [[Фолей катетері]], шығару {KK:dm}.
Тапсырған {N:ini}, қабылдаған {N:first:f}.
Келу {D:noyr} немесе {KK:dash}.
"""),
("nurse_note", """
Мейірбике жазбасы
Науқас {N:full}
Түсті: {KK:jylgy_loc} ({x:time}) қабылдау бөлімінен
Әйелімен бірге тұрады: {AD:full_kk}
Аллергия: [[пенициллин]]. Бойы {x:n:150:185}, салмағы {x:n:50:95}.
Әйелі {A:kk_jasta}, күтім жасай алмайды; көршісі {N:sur} тел. {PH:local}.
Келесі таңу: {D:noyr}.
Алдыңғы жатқызу: {KK:y_month_loc}, {AD:city_kk:loc}.
"""),
("nurse_note", """
[[ЖҚА]] / [[ЖЗА]] алу журналы
№ | науқас | күні | палата | ЖСН
{RID:lab:tc} | {N:cells:tc} | {D:any:tc} | {x:n:1:40} | {IIN:unlab:tc}
{RID:lab:tc} | {N:cells:tc} | {KK:dm:tc} | {x:n:1:40} | {IIN:unlab:tc}
{RID:lab:tc} | {N:cells:tc} | {D:ocr:tc} | {x:n:1:40} | {IIN:unlab:tc}
Сынамалар {x:time}-да зертханаға жіберілді. Емшара м/б {N:ini}.
{AD:city_kk:abl} {D:any} келген.
"""),
("nurse_note", """
{D:space} түн. Науқас {N:sg:f}, {A:kk_jasta}, мазасыз, төсектен тұрады.
Немересі {N:kk_gen:f} өтініші бойынша {PH:compact} нөміріне хабарласу керек.
Үнемі {AD:vil_kk:gen} үйін сұрайды ({AD:dist_kk:loc}).
Кезекші дәрігер {N:ini} {x:time}-да қарады, [[Галоперидол]] 0,5 мг.
Тұрады: {AD:mkr_kk}; шығару {KK:gen_day} жоспарланған.
"""),
("referral_letter", """
СТАЦИОНАРҒА ЖАТҚЫЗУҒА ЖОЛДАМА
[[Академик Н.Д. Батпенов атындағы ТОҒЗИ]], Астана қ.
Аты-жөні: {N:full}
Туған күні: {DOB:dot4}    ЖСН {IIN:lab}
Мекенжайы: {AD:full_kk}
Жұмыс орны: {AD:work_kk} (БСН {DOC:bin})
Диагноз: [[Жарақаттан кейінгі коксартроз]] {x:icd}.
Бұрын {AD:for_kk:loc} ота жасалған ({x:yop} ж.).
Жолдама күні: {KK:jylgy}    Дәрігер {N:ini}, тел. {PH:landline}
Басылған күні {D:his}; құжат {KK:dm} толтырылды.
"""),
("referral_letter", """
Құрметті әріптестер!
{A:kk_jastagy} {N:kk_acc:f}, {AD:vil_kk:gen} тұрғынын, [[жүрекше фибрилляциясы]] бойынша [[кардиолог]] кеңесіне жібереміз.
Соңғы тексеру: ЭхоКГ {D:slash}, ХМ {D:slash}.
{KK:y_month_loc} бастап [[Варфарин]] {x:dose} қабылдайды.
Ертіп жүруші: {N:latin} (ұлы), төлқұжат {DOC:passport}, көлік нөмірі {DOC:vehicle_plate}.
Толтырылған күні: {D:slash}. Науқастың әжесі {A:kk_jasta} (әлеуметтік қызмет үшін).
"""),
("referral_letter", """
[[ОАА]] үзінді-жолдама, {AD:dist_kk:nom}
Науқас {N:ini}, {DOB:kk} ж.т.
Мекенжайы: {AD:vil_kk:nom} ауылы, {AD:street_kk}
Анамнез: {KK:loc} жұмыста жарақат алды ({AD:work_kk}), [[жараны алғашқы хирургиялық өңдеу]].
{KK:range} аралығында стационарда, [[Цефтриаксон]] {x:dose}.
{AD:city_kk:gen} [[№ 4 ҚКА]] [[МОС]] үшін жіберіледі.
Рентгенограмма № {RID:xray}, {D:dot} ж.
Тіркеу белгісі: {D:dash}, {AD:city_kk:nom}.
"""),
("referral_letter", """
Кімге: № {x:n:1:4} травмпункт | Кімнен: {AD:vil_kk:nom} [[ДАА]]
Науқас: {N:sg:m}   Жасы {A:bare}
Жарақат күні: {KK:dash}   Қаралған күні: {D:any}
[[Кәрі жіліктің дистальды метаэпифизінің сынуына күдік]].
[[Гипс лонгетасымен]] иммобилизация.
Тұрады: {AD:mkr_kk}. Ұлының тел. {PH:spaced}.
Туыстары {AD:vil_kk:loc} ({AD:dist_kk:nom}) тұрады.
"""),
("referral_letter", """
МӘСК-ке жолдама
{N:full}
ЖСН {IIN:lab:split}
Тұрғылықты мекенжайы: {AD:full_split}
Мүгедектік: алғаш {KK:y_month} белгіленді, қайта куәландыру {KK:month_loc}.
[[Оң жақ сирақтың жоғарғы үштен бір деңгейінде ампутациясы]] ({x:yop} ж.).
Жеке куәлік № {DOC:id_card}, {D:dot} берілген.
Нақты мекенжайы: {AD:full_kk}.
"""),
("his_printout", """
=== «Damumed» МАЖ | ЭДК-дан үзінді ===
Науқас.......: {N:caps}
ЖСН..........: {IIN:lab}
Туған күні...: {DOB:dot4}
Жасы.........: {A:bare}
Мекенжайы....: {AD:full_kk}
Телефон......: {PH}
Бекітілген...: [[№ 11 емхана]], учаске {x:n:1:40}
Жатқызу {D:his} {x:time} -> {D:his} {x:time}, МК № {RID:hospitalisation}
Басылды: {D:kkiso} {x:time}
Анасы {A:kk_jastagy}, {AD:vil_kk:loc} тұрады.
"""),
("his_printout", """
-------------------------------------------------------------
 ЭДК   | № {RID:hospitalisation:12d} | травматология бөлімі
 Т.А.Ә.| {N:ini}
 Т.К.  | {DOB:num}
 Мек.  | {AD:city_kk:nom:tc}, {AD:street_kk}
 Күні  | {D:his:tc}   Уақыты | {x:time}
-------------------------------------------------------------
 Тағайындаулар: [[Цефазолин]] {x:dose} | [[Омепразол]] 20 мг
 Оператор: {N:ini}
Бақылау {DR:noyr}, одан кейін {KK:dat} дейін.
"""),
("his_printout", """
ҚМАЖ есебі: «Науқастар қозғалысы», {KK:y_month}
№МК          Т.А.Ә.                   Жасы   Түсті     Шықты
{RID:hospitalisation:tc}   {N:ini:tc}          {A:bare:tc}     {D:noyr:tc}     {D:noyr:tc}
{RID:hospitalisation:tc}   {N:ini:tc}          {x:agen}     {D:noyr:tc}     {D:noyr:tc}
{RID:hospitalisation:tc}   {N:ini:tc}          {A:bare:tc}     {D:noyr:tc}     {D:noyr:tc}
[[Ортопедия бөлімшесі]] № {x:n:1:3}. Жасалған уақыты {D:his} {x:time}.
Бұрын {AD:dist_kk:loc} бақыланған, соңғы рет {KK:loc}.
"""),
("his_printout", """
[HIS] pid={RID:outpatient_card}; aty_zhoni="{N:sg}"; tugan="{DOB:iso}"; zhsn="{IIN:lab}"
mekenzhai="{AD:full_kk}"
qabyldau="{D:iso}"; dx="{x:icd}"; dariger="{N:ini}"
eskertpe="науқас {AD:for_kk:abl} {KK:y_month_loc} көшіп келген"
Туған жері: {AD:vil_kk:nom} ауылы. {KK:y_month} бастап тіркелген.
"""),
("his_printout", """
ЖЕДЕЛ ЖӘРДЕМ ШАҚЫРУ КАРТАСЫ № {RID:ambulance_call}
Күні {D:dot} Қабылдау {x:time} Шығу {x:time} Келу {x:time}
Шақыру мекенжайы: {AD:full_kk}
Науқас: {N:full}, {A:kk_jas}
Себебі: құлау, санның ауырсынуы. Шақырған: көршісі {N:sg:f}, тел. {PH}.
[[№ 1 ҚКА]] қабылдау бөліміне жеткізілді. Бригада № {x:n:1:60}, фельдшер {N:ini}.
{KK:y_month} дейін {AD:for_kk:loc} тұрған.
"""),
("lab_report", """
[[ҚАННЫҢ ЖАЛПЫ ТАЛДАУЫ]]   Үлгі № {RID:lab}
Науқас: {N:ini}   Жасы: {A:bare}   Жынысы: ә
Алынған күні: {D:dot} {x:time}   Берілген күні: {D:noyr}
[[Гемоглобин]] 96 г/л   [[Эритроциттер]] 3,3   [[Лейкоциттер]] 10,9   [[ЭТЖ]] 41
Жіберген: {N:ini}, {AD:city_kk:gen} [[№ 2 емханасы]]
Келу {D:noyr} немесе {KK:dash}.
"""),
("lab_report", """
Биохимиялық зерттеу | № {RID:lab:12d}
Т.А.Ә.: {N:caps} | т.к. {DOB:dot4} | ЖСН {IIN:lab}
Күні: {DR:full}
[[Креатинин]] 151 мкмоль/л | [[Несепнәр]] 10,2 | [[Глюкоза]] 7,1 | [[АЛТ]] 31
Нәтижелер: {EM:personal}
Зертханашы {N:ini}
Алдыңғы жатқызу: {KK:y_month_loc}, {AD:city_kk:loc}.
"""),
("lab_report", """
Коагулограмма, {KK:jylgy}
Науқас {N:sur:f}, {A:kk_jasta}, [[Варфарин]] {x:dose}.
[[ХҚҚ]] 3,6 (мақсат 2-3), [[АЖТУ]] 39 с, [[фибриноген]] 4,3 г/л.
Қайта тапсыру {KK:gen_day} {AD:city_kk:gen} [[КДЗ]], каб. {x:n:100:340}.
Тапсырыс беруші: {AD:vil_kk:gen} [[ДАА]] ({AD:dist_kk:nom}).
{AD:city_kk:abl} {D:any} келген.
"""),
("lab_report", """
ПТР / серология НӘТИЖЕЛЕРІ
Науқас {N:gs}, {DOB:roman} ж.т., {AD:for_kk:abl} {D:any} келген
Жағынды № {RID:lab}: [[SARS-CoV-2]] — анықталмады.
Анти-HCV — теріс, HBsAg — теріс. Орындалды {KK:loc}, {x:time}.
Байланыс: {PH:foreign}
Тұрады: {AD:mkr_kk}; шығару {KK:gen_day} жоспарланған.
"""),
("lab_report", """
Жара бөліндісін микробиологиялық зерттеу
Үлгі {RID:lab} | алынды {D:slash} | берілді {D:slash}
Науқас {N:full}, палата {x:n:1:30}
Бөлініп алынды: [[Staphylococcus aureus]] 10^5 КТБ/мл, [[MRSA]] — теріс.
[[Ванкомицинге]], [[линезолидке]] сезімтал.
Науқастың мекенжайы (эпидемиологқа): {AD:full_kk}
Басылған күні {D:his}; құжат {KK:dm} толтырылды.
"""),
("consent_form", """
[[МЕДИЦИНАЛЫҚ АРАЛАСУҒА АҚПАРАТТАНДЫРЫЛҒАН ЕРІКТІ КЕЛІСІМ]]
Мен, {N:full}, {DOB:kk} жылы туған, мекенжайым: {AD:full_kk},
жеке куәлік № {DOC:id_card}, ЖСН {IIN:lab},
дәрігер {N:ini} түсіндірген [[остеосинтез]] отасына келісімімді беремін.
Күні: {KK:jylgy}       Қолы ______
Заңды өкілі: {N:full} (қызы), тел. {PH}
Толтырылған күні: {D:slash}. Науқастың әжесі {A:kk_jasta} (әлеуметтік қызмет үшін).
"""),
("consent_form", """
Дербес деректерді өңдеуге КЕЛІСІМ
Науқас: {N:sg} / {IIN:unlab}
Тұрамын: {AD:city_kk:nom} қ., {AD:street_kk}
Жұмыс/оқу орны: {AD:school_kk}
Туу туралы куәлік № {DOC:birth_certificate}
Күні {D:slash}. Қолы. Куәгер {N:ini}.
Науқас {x:age_kk}, келісімге өзі қол қояды; әжесі ({A:kk_jasta}) [[ЖРБ]] жатыр.
Тіркеу белгісі: {D:dash}, {AD:city_kk:nom}.
"""),
("consent_form", """
Стационарға жатқызудан БАС ТАРТУ
Мен, {N:lower}, {A:kk_jastagy}, [[№ 4 ҚКА]] жатқызудан бас тартамын.
Салдары ([[ӨАТЭ]], [[пневмония]]) маған {KK:loc} {x:time}-да түсіндірілді.
Мекенжайы: {AD:full_kk}
Туысы: {N:gs}, {AD:city_kk:nom}, {PH:eight}
Дәрігер {N:ini} ____ {D:dot}
Туыстары {AD:vil_kk:loc} ({AD:dist_kk:nom}) тұрады.
"""),
("consent_form", """
ҚАН КОМПОНЕНТТЕРІН ҚҰЮҒА КЕЛІСІМ
Т.А.Ә.: {N:caps}    Жасы: {A:bare}    Туған күні: {DOB:kk:old}
Қан тобы [[A(II) Rh+]]. [[Эритроцит массасы]] 1 доза.
Келісімді ұлы {N:kk_abl:m} алынды (тел. {PH:plus7}), себебі науқаста [[деменция]].
Күні {KK:jylgy_loc}, {x:time}
Нақты мекенжайы: {AD:full_kk}.
"""),
("his_printout", """
Қабылдау бөлімінің электрондық журналы — {D:his}
| уақыт | Т.А.Ә. | жасы | қайдан | нәтиже |
| {x:time} | {N:ini:tc} | {A:bare:tc} | {AD:city_kk:nom:tc} | жатқызылды |
| {x:time} | {N:ini:tc} | {x:agen} | {AD:vil_kk:nom:tc} | амб. |
| {x:time} | {N:ini:tc} | {A:bare:tc} | {AD:for_kk:nom:tc} | жатқызылды |
| {x:time} | {N:ini:tc} | {x:agen} | {AD:mkr_kk:tc} | бас тартты |
Кезекші дәрігер {N:ini}
Анасы {A:kk_jastagy}, {AD:vil_kk:loc} тұрады.
"""),
("discharge_summary", """
АУРУ ТАРИХЫНАН ҮЗІНДІ № {RID:hospitalisation}
{N:full}, {DOB:year:old} ж.т. (төлқұжатта {DOB:dot4:old}).
Тұрғылықты жері: {AD:vil_kk:nom} ауылы, {AD:dist_kk:nom}, {~Алматы|Жамбыл|Түркістан} облысы.
Түсті {D:ocr}, шықты {D:ocr}.
Диагноз: [[Ауруханадан тыс пневмония]] {x:icd}. [[Цефтриаксон]] {x:dose}.
Науқас {A:kk_jasta}, {KK:month_loc} бастап қызы {N:gp:f} екеуі {AD:city_kk:loc} тұрады.
Бақылау {DR:noyr}, одан кейін {KK:dat} дейін.
"""),
("outpatient_visit", """
ЖТД жазбасы {D:any}
{N:sur}, {A:kk_jasta}. Тұрады: {AD:street_kk}. Немересі {N:first:m} ертіп келді.
Шағымы: ентігу, ісінулер. ҚҚ {x:bp}. [[Фуросемид]] {x:dose}.
Бұрын {AD:for_kk:loc} емделген ({x:yop} ж.), құжаттары жоғалған.
Тел.: {PH:dotted}. Келесі қабылдау {KK:gen_day_loc}.
Бұрын {AD:dist_kk:loc} бақыланған, соңғы рет {KK:loc}.
"""),
]
