# -*- coding: utf-8 -*-
"""icu_flow_sheet and pathology_report templates."""
import datetime as _dt
from gen import relative, later, make_person
from blocks import (staff, patient, anydate, age_out, nm, settle_pick, home_address, sign, work_pick,
                    hosp_ru, hosp_kk, ref_date, clin_list, city_of, rel_pick, RELW_RU, RELW_KK)

# ------------------------------------------------------------------ ICU pools
ICU_DX_RU = ['Внебольничная двусторонняя полисегментарная пневмония тяжелого течения',
             'Острый трансмуральный инфаркт миокарда нижней стенки левого желудочка',
             'ОНМК по ишемическому типу в бассейне левой СМА', 'Септический шок',
             'Тяжелая сочетанная травма. ЗЧМТ. Ушиб головного мозга тяжелой степени',
             'Острый респираторный дистресс-синдром', 'Острый деструктивный панкреатит',
             'Диабетический кетоацидоз', 'ТЭЛА мелких ветвей', 'Желудочно-кишечное кровотечение, язва Дьелафуа']
ICU_DRUG = ['норадреналин', 'пропофол', 'фентанил', 'меропенем', 'ванкомицин', 'омепразол', 'эноксапарин',
            'дексаметазон', 'фуросемид', 'альбумин 20%', 'гепарин', 'добутамин', 'мидазолам', 'цефтриаксон',
            'парацетамол', 'амиодарон', 'транексамовая кислота']
ICU_DOSE = [('норадреналин', '0,1 мкг/кг/мин'), ('пропофол', '2 мг/кг/ч'), ('меропенем', '1,0 г в/в'), ('омепразол', '40 мг в/в'),
            ('гепарин', '1000 ЕД/ч'), ('эноксапарин', '0,4 мл п/к'), ('фуросемид', '20 мг в/в'), ('фентанил', '0,05 мг в/в'),
            ('дексаметазон', '8 мг в/в'), ('ванкомицин', '1,0 г в/в'), ('парацетамол', '1,0 г в/в'), ('добутамин', '5 мкг/кг/мин'),
            ('альбумин 20%', '100 мл в/в'), ('амиодарон', '300 мг в/в'), ('мидазолам', '0,05 мг/кг/ч')]
ICU_PROC_RU = ['ИВЛ в режиме SIMV', 'санация ТБД', 'катетеризация подключичной вены по Сельдингеру',
               'интубация трахеи с приемом Селлика', 'трахеостомия по Григгсу', 'НИВЛ', 'прон-позиция',
               'гемотрансфузия', 'ЭКГ-мониторинг', 'продленная вено-венозная гемодиафильтрация']
ICU_SIGN_RU = ['дыхание Чейна–Стокса', 'дыхание Куссмауля', 'симптом Бабинского', 'ригидность затылочных мышц',
               'анизокория']
ICU_DX_KK = ['Ауруханадан тыс екі жақты полисегментарлы пневмония, ауыр ағымы', 'Жедел миокард инфарктісі',
             'Ми қан айналымының жедел бұзылысы, ишемиялық түрі', 'Септикалық шок',
             'Бас-ми жарақаты, мидың ауыр дәрежелі соғылуы', 'Жедел деструктивті панкреатит',
             'Қант диабеті, кетоацидоз']
ICU_DRUG_KK = ['норадреналинмен', 'пропофолмен', 'меропенеммен', 'омепразол', 'эноксапарин', 'фуросемидпен',
               'дексаметазон', 'гепаринге', 'альбуминнің', 'цефтриаксонмен']
ICU_PROC_KK = ['өкпені жасанды желдету (ӨЖЖ)', 'кеңірдек интубациясы', 'трахеобронх ағашын санациялау',
               'Сельдингер әдісімен бұғанаасты венаны катетерлеу', 'оттегі терапиясы', 'қан құю']
REL_RU = {'son': ('сын', 'сына'), 'daughter': ('дочь', 'дочери'), 'wife': ('супруга', 'супруги'),
          'husband': ('муж', 'мужа'), 'brother': ('брат', 'брата'), 'sister': ('сестра', 'сестры'),
          'grandchild': ('внук(-чка)', 'внука')}
REL_KK = {'son': 'ұлы', 'daughter': 'қызы', 'wife': 'әйелі', 'husband': 'күйеуі', 'brother': 'інісі',
          'sister': 'әпкесі', 'grandchild': 'немересі'}


def _vitals(d):
    sys_ = d.rng.randint(80, 165)
    return '%d/%d' % (sys_, sys_ - d.rng.randint(30, 60)), d.rng.randint(58, 132), d.rng.randint(84, 99), \
        '%.1f' % (36 + d.rng.random() * 2.8)


def _rel(d, p, ref):
    rel, q, ru, kk = rel_pick(d, p, ref)
    return rel, q


def icu_ru_1(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.25)
    doc1, doc2 = staff(d), staff(d)
    ns = [staff(d, g='f') for _ in range(3)]
    d.c('КАРТА ИНТЕНСИВНОГО НАБЛЮДЕНИЯ'); d.t('\n')
    d.t('ОАРИТ ' + hosp_ru(d) + ', г. '); d.settle(city_of(d), 'nom', 'ru'); d.t('\n')
    d.t('Дата: '); d.date(ref, 'num'); d.t('   Сутки пребывания в ОРИТ: %d\n' % d.rng.randint(1, 9))
    d.t('Ф.И.О. больного: '); nm(d, p, ['full', 'full', 'sg']); d.t('   Возраст: '); age_out(d, p, ref, d.pick(['ru', 'num']))
    d.t('\nИИН: '); d.iin(p, True); d.t('   № ИБ: '); d.rid('hospitalisation'); d.t('\n')
    d.t('Диагноз: '); d.c(d.pick(ICU_DX_RU)); d.t('\n\n')
    d.t('| Время | АД | ЧСС | SpO2 | t° | Инфузия / назначения |\n|---|---|---|---|---|---|\n')
    h = d.rng.randint(6, 9)
    for i in range(d.rng.randint(4, 7)):
        bp, hr, sat, tt = _vitals(d)
        d.t('| %02d:00 | %s | %d | %d | %s | ' % ((h + i * 2) % 24, bp, hr, sat, tt))
        dr, dose = d.pick(ICU_DOSE)
        d.c(dr); d.t(' %s |\n' % dose)
    d.t('\nПроведено: '); clin_list(d, ICU_PROC_RU); d.t('.\n')
    if d.chance(0.5):
        d.t('Неврологически: '); d.c(d.pick(ICU_SIGN_RU)); d.t(', по '); d.c('шкале Глазго'); d.t(' %d баллов.\n' % d.rng.randint(6, 14))
    d.t('\nСмена 08:00–20:00: врач-реаниматолог '); d.name(doc1, 'si'); d.t(', м/с '); d.name(ns[0], d.pick(['si', 's', 'g']))
    d.t(', м/с '); d.name(ns[1], d.pick(['is', 'sg']))
    d.t('\nСмена 20:00–08:00: врач '); d.name(doc2, d.pick(['is', 'si'])); d.t(', м/с '); d.name(ns[2], d.pick(['si', 'g']))
    d.t('\n\nЗвонки родственников:\n')
    for i in range(d.rng.randint(1, 3)):
        rel, q = _rel(d, p, ref)
        d.t('%02d:%02d — звонил(а) %s ' % (d.rng.randint(9, 22), d.rng.randint(0, 59), RELW_RU[rel]))
        d.name(q, d.pick(['g', 'gs', 'gp', 'full']))
        d.t(', тел. '); d.phone(local_ok=True); d.t('; информация о состоянии предоставлена в пределах допустимого.\n')
    d.t('\n'); sign(d, 'Дежурный врач', doc2)


def icu_ru_2(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.3)
    doc1 = staff(d)
    nurse = staff(d, g='f')
    rel, q = _rel(d, p, ref)
    d.t('ЛИСТ НАБЛЮДЕНИЯ ОРИТ № %d\n' % d.rng.randint(1, 4))
    d.t('Пациент ' if d.chance(0.5) else 'Больной(ая) '); d.name(p, d.pick(['si', 'full']), caps=d.chance(0.3))
    d.t(', ')
    if p.age_at(ref) > 89:
        d.t('в возрасте '); d.age(p.age_at(ref), 'ru_after')
    else:
        d.t('%d %s' % (p.age_at(ref), 'лет'))
    d.t(', д.р. '); anydate(d, p.dob, birth=True); d.t(', ИИН '); d.iin(p, True)
    d.t(', поступил(а) '); anydate(d, later(ref, -3, -1, d.rng)); d.t(' в %02d:%02d из приемного отделения' % (d.rng.randint(0, 23), d.rng.randint(0, 59)))
    d.t(' (медкарта № '); d.rid('hospitalisation'); d.t(').\n')
    d.t('Клинически: '); d.c(d.pick(ICU_DX_RU)); d.t('. Тяжесть по '); d.c('APACHE II'); d.t(' — %d, ' % d.rng.randint(12, 31)); d.c('SOFA'); d.t(' — %d.\n\n' % d.rng.randint(3, 14))
    h = d.rng.randint(0, 23)
    for i in range(d.rng.randint(5, 8)):
        bp, hr, sat, tt = _vitals(d)
        d.t('%02d:00  АД %s, ЧСС %d, SpO2 %d%%, t %s, диурез %d мл' % ((h + i) % 24, bp, hr, sat, tt, d.rng.randint(20, 150)))
        if d.chance(0.4):
            d.t('; '); d.c(d.pick(ICU_DRUG)); d.t(' по схеме')
        d.t('\n')
    d.t('\nОАК (лаб. № '); d.rid('lab'); d.t('): '); d.c('гемоглобин'); d.t(' %d г/л, ' % d.rng.randint(70, 140)); d.c('лейкоциты'); d.t(' %.1f×10⁹/л, ' % (4 + d.rng.random() * 18)); d.c('лактат'); d.t(' %.1f ммоль/л.\n' % (0.8 + d.rng.random() * 5))
    d.t('В %02d:%02d по телефону ' % (d.rng.randint(10, 21), d.rng.randint(0, 59))); d.phone(); d.t(' обратился(ась) %s пациента — ' % RELW_RU[rel])
    d.name(q, d.pick(['full', 'sg', 'gs'])); d.t('; ')
    if d.chance(0.5):
        d.t('проживает: '); home_address(d); d.t('; ')
    d.t('разъяснено, что состояние остается тяжелым.\n')
    d.t('Палатная медсестра: '); d.name(nurse, d.pick(['sg', 'si', 'full'])); d.t('\n')
    sign(d, 'Врач анестезиолог-реаниматолог', doc1)


def icu_kk_1(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.25)
    doc1, nurse1, nurse2 = staff(d), staff(d, g='f'), staff(d, g='f')
    d.c('ҚАРҚЫНДЫ БАҚЫЛАУ ПАРАҒЫ'); d.t('\n')
    d.t('АРҚТБ, ' + hosp_kk(d) + ', '); d.settle(city_of(d), 'nom', 'kk'); d.t(' қ.\n')
    d.t('Күні: '); anydate(d, ref, fmts=['num', 'kk', 'kk_abbr']); d.t('\n')
    d.t('Науқастың аты-жөні: '); nm(d, p, ['full', 'sg', 'full']); d.t('\n')
    d.t('ЖСН: '); d.iin(p, True); d.t('   Жасы: '); age_out(d, p, ref, 'num'); d.t('\n')
    d.t('Ауру тарихы № '); d.rid('hospitalisation'); d.t('\n')
    d.t('Диагнозы: '); d.c(d.pick(ICU_DX_KK)); d.t('\n\n')
    d.t('| Уақыты | АҚҚ | ЖСЖ | SpO2 | Дене қызуы |\n')
    h = d.rng.randint(6, 10)
    for i in range(d.rng.randint(4, 6)):
        bp, hr, sat, tt = _vitals(d)
        d.t('| %02d:00 | %s | %d | %d | %s |\n' % ((h + i * 3) % 24, bp, hr, sat, tt))
    d.t('\nЕм: '); d.c(d.pick(['норадреналин', 'меропенем', 'омепразол'])); d.t(' енгізілді, ')
    d.c(d.pick(ICU_PROC_KK)); d.t(' жалғасуда. ')
    d.c(d.pick(['Глазго шкаласы', 'RASS шкаласы'])); d.t(' бойынша %d балл.\n' % d.rng.randint(5, 14))
    d.t('Кезекші дәрігер: '); d.name(doc1, d.pick(['is', 'si'])); d.t('; мейірбикелер: '); d.name(nurse1, d.pick(['g', 'si']))
    d.t(', '); d.name(nurse2, d.pick(['sg', 'is'])); d.t('.\n\n')
    d.t('Туыстарының қоңыраулары:\n')
    for i in range(d.rng.randint(1, 3)):
        rel, q = _rel(d, p, ref)
        d.t('– %02d:%02d, науқастың %s ' % (d.rng.randint(8, 22), d.rng.randint(0, 59), RELW_KK[rel]))
        d.name(q, d.pick(['g', 'gs', 'full']))
        d.t(' хабарласты (' ); d.phone(); d.t('). Жағдайы туралы ақпарат берілді.\n')
    if d.chance(0.5):
        rel, q = _rel(d, p, ref)
        d.t('Ақпарат '); d.name(q, 'is', case='kk_dat'); d.t(' телефон арқылы жеткізілді.\n')
    d.t('\n'); sign(d, 'Дәрігер', doc1)


def icu_kk_2(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.3)
    doc1 = staff(d)
    nurse = staff(d, g='f')
    rel, q = _rel(d, p, ref)
    d.t('Реанимация бөлімшесі. '); anydate(d, ref, fmts=['kk', 'kk_loc', 'num']); d.t('\n')
    d.t('Науқас '); d.name(p, d.pick(['full', 'sg']))
    a = p.age_at(ref)
    if a > 89:
        d.t(', '); d.age(a, d.pick(['kk_attr', 'kk'])); d.t(d.pick([' ', ', ']))
    else:
        d.t(', %d жаста, ' % a)
    d.t('(ЖСН '); d.iin(p, True); d.t(') ауыр жағдайда. '); d.c(d.pick(ICU_DX_KK)); d.t('.\n')
    d.t('Зерттеу: ЖҚТ (зертхана № '); d.rid('lab'); d.t('), '); d.c('гемоглобин'); d.t(' %d г/л.\n\n' % d.rng.randint(70, 140))
    h = d.rng.randint(0, 12)
    for i in range(d.rng.randint(4, 7)):
        bp, hr, sat, tt = _vitals(d)
        d.t('%02d:00 — АҚҚ %s мм сын. бағ., ЖСЖ %d, SpO2 %d%%' % ((h + i * 2) % 24, bp, hr, sat))
        if d.chance(0.35):
            d.t(', '); d.c(d.pick(ICU_DRUG_KK)); d.t(' түзету')
        d.t('\n')
    d.t('\nНауқастың %s ' % RELW_KK[rel]); d.name(q, d.pick(['gs', 'full', 'sg'])); d.t(', тел.: '); d.phone(local_ok=True)
    d.t(', мекенжайы: '); home_address(d); d.t('.\n')
    d.t('Жауапты мейірбике '); d.name(nurse, d.pick(['sg', 'si'])); d.t(', дәрігер '); d.name(doc1, 'is'); d.t('.\n')


def icu_mx_1(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.25)
    d.spell = d.pick(['ru', 'kk'])
    doc1, nurse = staff(d), staff(d, g='f')
    d.c('ҚАРҚЫНДЫ БАҚЫЛАУ КАРТАСЫ / КАРТА ИНТЕНСИВНОГО НАБЛЮДЕНИЯ'); d.t('\n')
    d.t('Тегі, аты, әкесінің аты / Ф.И.О.: '); nm(d, p, ['full', 'full', 'sg']); d.t('\n')
    d.t('ЖСН/ИИН: '); d.iin(p, True); d.t('; туған күні / д.р.: '); d.date(p.dob, d.pick(['num', 'iso', 'num2']), birth=True); d.t('\n')
    d.t('Ауру тарихы / ИБ № '); d.rid('hospitalisation'); d.t(';  Күні/Дата: '); d.date(ref, 'num'); d.t('\n')
    d.t('DS: '); d.c(d.pick(ICU_DX_RU)); d.t('\n')
    h = d.rng.randint(6, 12)
    for i in range(d.rng.randint(3, 6)):
        bp, hr, sat, tt = _vitals(d)
        d.t('%02d:00 | АД/АҚҚ %s | ЧСС %d | SpO2 %d | ' % ((h + i * 2) % 24, bp, hr, sat))
        d.c(d.pick(ICU_DRUG)); d.t('\n')
    d.t('ИВЛ / ӨЖЖ: '); d.c(d.pick(['SIMV', 'CPAP', 'BiPAP', 'PCV'])); d.t(', FiO2 %d%%\n' % d.rng.randint(30, 80))
    rel, q = _rel(d, p, ref)
    d.t('Туысы / родственник: '); d.name(q, d.pick(['full', 'sg', 'gs'])); d.t(' (%s), байланыс: ' % RELW_KK[rel]); d.phone(); d.t('\n')
    d.t('Смена / ауысым: дәрігер '); d.name(doc1, 'si'); d.t(', м/с '); d.name(nurse, d.pick(['si', 'g', 's'])); d.t('\n')


def icu_mx_2(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.3)
    d.spell = d.pick(['ru', 'kk'])
    doc1, doc2, nurse = staff(d), staff(d), staff(d, g='f')
    d.t('Реанимация, '); d.t(hosp_ru(d)); d.t('. Смена '); anydate(d, ref, fmts=['num', 'num_noy', 'kk']); d.t('\n')
    d.t('Науқас '); d.name(p, 'si'); d.t(' — '); age_out(d, p, ref, d.pick(['kk', 'ru'])); d.t(', ')
    d.c(d.pick(ICU_DX_KK)); d.t('. Медкарта № '); d.rid('hospitalisation'); d.t('.\n')
    d.t('Түнгі кезекте: '); d.c(d.pick(ICU_SIGN_RU)); d.t(' тіркелді, '); d.c(d.pick(ICU_PROC_RU)); d.t(' жасалды.\n')
    h0 = d.rng.randint(18, 22)
    for i in range(d.rng.randint(3, 5)):
        bp, hr, sat, tt = _vitals(d)
        d.t('%02d:%02d АД %s, пульс %d, сатурация %d%%\n' % ((h0 + i * 2) % 24, d.pick([0, 15, 30, 45]), bp, hr, sat))
    rel, q = _rel(d, p, ref)
    d.t('Звонок: %s — ' % RELW_RU[rel]); d.name(q, d.pick(['g', 'gp', 'gs'])); d.t(', '); d.phone(); d.t('. Сөйлескен: дәрігер ')
    d.name(doc2, d.pick(['s', 'si'])); d.t('.\n')
    d.t('Смену сдал: '); d.name(doc1, d.pick(['is', 'si'])); d.t(' / смену принял: '); d.name(doc2, d.pick(['is', 'si'])); d.t('\n')
    d.t('м/с: '); d.name(nurse, 'sg', latin=d.chance(0.2)); d.t('\n')


# ------------------------------------------------------------------ pathology pools
PATH_MAT_RU = ['биоптат слизистой желудка (антральный отдел), 5 фрагментов', 'биоптат толстой кишки, 3 фрагмента',
               'операционный материал: молочная железа (секторальная резекция)', 'соскоб из полости матки',
               'биоптат предстательной железы (12 столбиков)', 'лимфатический узел шеи', 'кожа спины, образование 1,2 см',
               'щитовидная железа (гемитиреоидэктомия)', 'биоптат шейки матки', 'желчный пузырь']
PATH_DX_RU = ['Аденокарцинома умеренной степени дифференцировки (G2)', 'Хронический атрофический гастрит, Helicobacter pylori (+)',
              'Тубулярная аденома с дисплазией низкой степени', 'Фиброаденома', 'Инвазивная карцинома неспецифического типа, G2',
              'Базальноклеточная карцинома, нодулярный тип', 'Лимфома Ходжкина, нодулярный склероз',
              'Аутоиммунный тиреоидит (тиреоидит Хашимото)', 'Болезнь Крона толстой кишки', 'Пищевод Барретта без дисплазии',
              'Плоскоклеточный ороговевающий рак', 'Хронический калькулезный холецистит', 'Железистая гиперплазия эндометрия',
              'Ацинарная аденокарцинома предстательной железы, Gleason 3+4=7']
PATH_METH = ['окраска гематоксилином и эозином', 'окраска по Ван Гизону', 'ШИК-реакция', 'окраска по Гимзе',
             'ИГХ: Ki-67, ER, PR, HER2', 'окраска конго красным', 'ИГХ: CD30, CD15']
PATH_DX_KK = ['Орташа сараланған аденокарцинома (G2)', 'Созылмалы атрофиялық гастрит, Helicobacter pylori (+)',
              'Төмен дәрежелі дисплазиясы бар түтікті аденома', 'Фиброаденома', 'Базалды жасушалы карцинома',
              'Аутоиммунды тиреоидит (Хашимото тиреоидиті)', 'Созылмалы калькулезді холецистит',
              'Эндометрийдің безді гиперплазиясы']
PATH_MAT_KK = ['асқазанның шырышты қабатының биоптаты, 4 фрагмент', 'тоқ ішек биоптаты', 'сүт безі (секторалды резекция)',
               'жатыр қуысынан қырынды', 'қалқанша без', 'өт қабы', 'терідегі түзіліс, 0,8 см']


def _pat_staff(d):
    return staff(d), staff(d)


def path_ru_1(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.12)
    refdoc, pat = _pat_staff(d)
    recv = later(ref, -9, -3, d.rng)
    d.c('ПАТОЛОГОГИСТОЛОГИЧЕСКОЕ ЗАКЛЮЧЕНИЕ'); d.t(' № '); d.rid('histology'); d.t('\n')
    d.t('Патологоанатомическое отделение ' + d.pick(['ОКБ', 'ГКБ № 7', 'МОБ', 'областного онкодиспансера']) + ', г. ')
    d.settle(city_of(d), 'nom', 'ru'); d.t('\n\n')
    d.t('Ф.И.О.: '); nm(d, p, ['full', 'sg', 'full']); d.t('\nДата рождения: '); anydate(d, p.dob, birth=True)
    d.t('   Возраст: '); age_out(d, p, ref, 'num'); d.t('\nИИН: '); d.iin(p, True)
    d.t('\nНаправлен: ' + d.pick(['хирургическое отделение', 'гинекологическое отделение', 'эндоскопический кабинет', 'ГП № 5']) + ', № ИБ/АК ')
    d.rid(d.pick(['hospitalisation', 'outpatient_card'])); d.t('\nНаправивший врач: '); d.name(refdoc, d.pick(['si', 'full', 'is']))
    d.t('\nМатериал: '); d.c(d.pick(PATH_MAT_RU)); d.t('; маркировка: флаконы 1–%d\n' % d.rng.randint(1, 4))
    d.t('Клинический диагноз: '); d.c(d.pick(PATH_DX_RU).split(',')[0]); d.t('\n')
    d.t('Дата получения материала: '); d.date(recv, d.pick(['num', 'num2'])); d.t('; блоков — %d, стекол — %d\n' % (d.rng.randint(1, 8), d.rng.randint(2, 16)))
    d.t('\nМИКРОСКОПИЧЕСКОЕ ОПИСАНИЕ: в препаратах '); d.c(d.pick(PATH_METH)); d.t(' определяются ...\n')
    d.t('ЗАКЛЮЧЕНИЕ: '); d.c(d.pick(PATH_DX_RU)); d.t('. Код ICD-O %s/%d.\n' % (d.pick(['8140', '8500', '8070', '8090', '9650']), d.pick([0, 3])))
    d.t('Дата выдачи: '); anydate(d, ref); d.t('\n')
    sign(d, 'Врач-патологоанатом', pat)
    if d.chance(0.4):
        d.t('Консультант: проф. '); d.name(staff(d), 'is'); d.t('\n')


def path_ru_2(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.1)
    refdoc, pat = _pat_staff(d)
    pat2 = staff(d)
    d.t('Гистологическое исследование биопсийного материала\n')
    d.t('Рег. № '); d.rid('histology'); d.t(' от '); d.date(ref, d.pick(['num', 'ru'])); d.t('\n')
    d.t('| Пациент | '); d.name(p, d.pick(['sg', 'full', 'si'])); d.t(' |\n| Год рождения | '); d.date(p.dob, 'year', birth=True)
    d.t(' |\n| ИИН | '); d.iin(p, True); d.t(' |\n| Место жительства | '); home_address(d)
    d.t(' |\n| Отделение, № ИБ | ' + d.pick(['урология', 'гастроэнтерология', 'маммология', 'онкогинекология']) + ', ')
    d.rid('hospitalisation'); d.t(' |\n| Лечащий врач | '); d.name(refdoc, 'si'); d.t(', тел. '); d.phone(d.pick(['land', 'local']), local_ok=True); d.t(' |\n\n')
    d.t('Макроскопически: '); d.c(d.pick(PATH_MAT_RU)); d.t('. Материал залит в %d блока(ов).\n' % d.rng.randint(1, 6))
    d.t('Методы: '); clin_list(d, PATH_METH, k=2); d.t('.\n')
    d.t('Патогистологический диагноз: '); d.c(d.pick(PATH_DX_RU)); d.t(' (' + d.pick(['pT1bN0', 'pT2N0M0', 'pT3N1', 'pTis']) + ').\n')
    if d.chance(0.5):
        d.t('Рекомендовано: консультация в '); d.c(d.pick(['КазНИИОиР', 'НЦХ им. А.Н. Сызганова', 'ННЦХ им. А.Н. Сызганова'])); d.t('.\n')
    d.t('Исследовал(а): '); d.name(pat, 'full'); d.t('; второе мнение: '); d.name(pat2, d.pick(['si', 'is'])); d.t('\n')
    d.t('Тел. отделения: '); d.phone('land'); d.t(', e-mail: '); d.email(); d.t('\n')


def path_kk_1(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.1)
    refdoc, pat = _pat_staff(d)
    d.c('ГИСТОЛОГИЯЛЫҚ ЗЕРТТЕУ ҚОРЫТЫНДЫСЫ'); d.t(' № '); d.rid('histology'); d.t('\n')
    d.t(hosp_kk(d) + ', патологиялық анатомия бөлімшесі\n\n')
    d.t('Науқас: '); nm(d, p, ['full', 'sg']); d.t('\nЖСН: '); d.iin(p, True); d.t('\nТуған күні: '); d.date(p.dob, d.pick(['num', 'kk']), birth=True)
    d.t('\nАуру тарихы № '); d.rid('hospitalisation'); d.t('\nЖолдаған дәрігер: '); d.name(refdoc, d.pick(['is', 'si']))
    d.t('\nМатериал: '); d.c(d.pick(PATH_MAT_KK)); d.t('\nМатериал түскен күн: '); anydate(d, later(ref, -8, -2, d.rng), fmts=['kk', 'num', 'kk_abbr'])
    d.t('\n\nМикроскопиялық сипаттама: '); d.c('гематоксилин және эозинмен бояу'); d.t(' препараттарында ...\n')
    d.t('Қорытынды: '); d.c(d.pick(PATH_DX_KK)); d.t('.\n')
    d.t('Қорытынды '); anydate(d, ref, fmts=['kk_loc', 'kk', 'num']); d.t(' берілді.\n')
    d.t('Патологоанатом дәрігер: '); d.name(pat, d.pick(['is', 'sg', 'full'])); d.t('\n')


def path_kk_2(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.15)
    refdoc, pat = _pat_staff(d)
    st = settle_pick(d)
    d.t('Биопсиялық материалды зерттеу. Тіркеу № '); d.rid('histology'); d.t('\n')
    d.t('Науқас '); d.name(p, 'sg'); d.t(', ')
    age_out(d, p, ref, d.pick(['kk', 'kk_loc'])); d.t(', '); d.settle(st, d.pick(['nom', 'loc']), 'kk'); d.t(' тұрғыны, ')
    d.t('жұмыс орны: '); d.work(work_pick(d)); d.t('.\n')
    d.t('Материал '); d.name(refdoc, 'is', case='kk_abl'); d.t(' жолдамасымен (амбулаторлық карта № '); d.rid('outpatient_card'); d.t(') келді: ')
    d.c(d.pick(PATH_MAT_KK)); d.t('.\nБлоктар: %d, шынылар: %d.\n' % (d.rng.randint(1, 5), d.rng.randint(2, 10)))
    d.t('ИГХ зерттеу (зертхана № '); d.rid('lab'); d.t('): '); d.c(d.pick(['Ki-67', 'ER', 'HER2', 'p53'])); d.t(' — %d%%.\n' % d.rng.randint(5, 80))
    d.t('Қорытынды: '); d.c(d.pick(PATH_DX_KK)); d.t('.\n')
    d.t('Дәрігер-патолог '); d.name(pat, 'si'); d.t(', байланыс: '); d.phone(); d.t('\n'); anydate(d, ref); d.t('\n')


def path_mx_1(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.12)
    d.spell = d.pick(['ru', 'kk'])
    refdoc, pat = _pat_staff(d)
    d.c('ГИСТОЛОГИЯЛЫҚ ҚОРЫТЫНДЫ / ГИСТОЛОГИЧЕСКОЕ ЗАКЛЮЧЕНИЕ'); d.t('\n')
    d.t('№ '); d.rid('histology'); d.t('    Күні/дата: '); d.date(ref, 'num'); d.t('\n')
    d.t('| Тегі | Аты | Әкесінің аты |\n|---|---|---|\n| ')
    d.name(p, 's', split=False); d.ids[-1]['forms'].append('split_line'); d.t(' | '); d.name(p, 'g'); d.ids[-1]['forms'].append('split_line'); d.t(' | ')
    if p.P(d.spell):
        s = p.P(d.spell)
        forms = ['patronymic_only', 'split_line'] + (['kazakh_patronymic'] if p.kpat else []) + (['non_slavic'] if p.ns else [])
        d.sp(s, 'NAME', forms)
    else:
        d.t('—')
    d.t(' |\n\nЖСН/ИИН '); d.iin(p, True); d.t(', ИБ № '); d.rid('hospitalisation'); d.t('\n')
    d.t('Жолдаған / направил: '); d.name(refdoc, 'si'); d.t(' (' + d.pick(['хирургия', 'гинекология', 'урология']) + ')\n')
    d.t('Материал: '); d.c(d.pick(PATH_MAT_RU)); d.t('\n')
    d.t('Қорытынды / Заключение: '); d.c(d.pick(PATH_DX_RU)); d.t('\n')
    d.t('Патологоанатом: '); d.name(pat, d.pick(['is', 'si', 'full'])); d.t('  '); d.email(pat if d.chance(0.4) else None); d.t('\n')


def path_mx_2(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.1)
    d.spell = d.pick(['ru', 'kk'])
    refdoc, pat = _pat_staff(d)
    d.t('Патоморфология бөлімі, ' + hosp_ru(d) + '\n')
    d.t('Биопсия № '); d.rid('histology'); d.t(' (блоки А1–А%d)\n' % d.rng.randint(2, 6))
    d.t('Пациент: '); d.name(p, 'full', latin=d.chance(0.25), caps=d.chance(0.3)); d.t('; ')
    d.t('д.р. '); d.date(p.dob, d.pick(['num', 'iso']), birth=True); d.t('; ИИН '); d.iin(p, True); d.t('\n')
    d.t('Материал алынған күн / дата забора: '); d.date(later(ref, -7, -2, d.rng), d.pick(['num', 'kk', 'num2'])); d.t('\n')
    d.t('Клиникалық диагноз: '); d.c(d.pick(PATH_DX_KK)); d.t('\n')
    d.t('Микроскопия: '); d.c(d.pick(PATH_METH)); d.t(' ...\n')
    d.t('Заключение: '); d.c(d.pick(PATH_DX_RU)); d.t('.\n')
    d.t('Лечащему врачу '); d.name(refdoc, 'si', case='ru_dat'); d.t(' сообщено по тел. '); d.phone(local_ok=True); d.t(' ')
    anydate(d, ref, fmts=['num', 'num_noy', 'ru_noy']); d.t(' в %02d:%02d.\n' % (d.rng.randint(9, 17), d.rng.randint(0, 59)))
    d.t('Дәрігер: '); d.name(pat, 'is'); d.t('\n')


ICU = {'ru': [icu_ru_1, icu_ru_2], 'kk': [icu_kk_1, icu_kk_2], 'mixed': [icu_mx_1, icu_mx_2]}
PATH = {'ru': [path_ru_1, path_ru_2], 'kk': [path_kk_1, path_kk_2], 'mixed': [path_mx_1, path_mx_2]}
