# -*- coding: utf-8 -*-
"""statistical_discharge_card and polyclinic_active_call templates."""
from gen import later, DISTRICTS, relative, make_person, ru_years, gen_rural_address
from blocks import (staff, patient, anydate, age_out, nm, settle_pick, home_address, sign, work_pick,
                    hosp_ru, hosp_kk, ref_date, clin_list, city_of, rel_pick)

STAT_DX_RU = [('I21.0', 'Острый трансмуральный инфаркт передней стенки миокарда'),
              ('K35.8', 'Острый флегмонозный аппендицит'), ('K80.1', 'Желчнокаменная болезнь, хронический калькулезный холецистит'),
              ('S72.0', 'Закрытый перелом шейки бедренной кости'), ('J18.1', 'Долевая пневмония'),
              ('I63.5', 'Инфаркт мозга, вызванный окклюзией мозговых артерий'), ('M16.1', 'Первичный коксартроз'),
              ('K40.9', 'Паховая грыжа без непроходимости'), ('E11.7', 'Сахарный диабет 2 типа с множественными осложнениями'),
              ('N20.0', 'Камни почки'), ('O80.0', 'Роды одноплодные, самопроизвольные'), ('C18.7', 'Рак сигмовидной кишки')]
STAT_OP_RU = ['Коронарное стентирование (ЧКВ)', 'Лапароскопическая аппендэктомия', 'Лапароскопическая холецистэктомия',
              'Тотальное эндопротезирование тазобедренного сустава (ТЭП ТБС)', 'Грыжесечение по Лихтенштейну',
              'Операция Гартмана', 'Контактная уретеролитотрипсия', 'Остеосинтез ПФБС', 'Тромбэкстракция']
STAT_DX_KK = [('I21.0', 'Миокардтың алдыңғы қабырғасының жедел трансмуралды инфарктісі'), ('K35.8', 'Жедел флегмоналық аппендицит'),
              ('S72.0', 'Ортан жілік мойнының жабық сынуы'), ('J18.1', 'Үлестік пневмония'), ('K80.1', 'Созылмалы калькулезді холецистит'),
              ('M16.1', 'Біріншілік коксартроз'), ('E11.7', 'Қант диабеті, 2 типі, көптеген асқынулармен')]
STAT_OP_KK = ['Коронарлық стенттеу', 'Лапароскопиялық аппендэктомия', 'Лапароскопиялық холецистэктомия',
              'Жамбас-сан буынын эндопротездеу', 'Лихтенштейн бойынша грыжа кесу']
OUTCOME_RU = ['выписан с улучшением', 'выписан с выздоровлением', 'переведен в другой стационар', 'без перемен']


def _residence(d, kk=False):
    """Settlement of residence: city/village and optional district."""
    st = settle_pick(d)
    dd = d.pick(DISTRICTS)
    lang = 'kk' if kk else 'ru'
    k = d.rng.randint(0, 2)
    if k == 0:
        d.t('город' if not st[7] else 'село'); d.t(' / ' if not kk else ', '); d.settle(st, 'nom', lang)
    elif k == 1:
        d.settle(st, 'nom', lang); d.t(', '); d.district(dd, 'nom', lang)
    else:
        s, forms = gen_rural_address(d.rng, lang)
        d.sp(s, 'ADDRESS', forms)


def stat_ru_1(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.15)
    head, doc, coder = staff(d), staff(d), staff(d, g='f')
    adm = later(ref, -14, -2, d.rng)
    code, dx = d.pick(STAT_DX_RU)
    d.c('СТАТИСТИЧЕСКАЯ КАРТА ВЫБЫВШЕГО ИЗ СТАЦИОНАРА'); d.t(' (ф. 066/у)\n')
    d.t(hosp_ru(d) + ', '); d.settle(city_of(d), 'nom', 'ru'); d.t('\n')
    d.t('1. № медицинской карты: '); d.rid('hospitalisation'); d.t('\n')
    d.t('2. Ф.И.О.: '); nm(d, p, ['full', 'full', 'sg']); d.t('   3. Пол: ' + ('М' if p.g == 'm' else 'Ж') + '\n')
    d.t('4. Дата рождения: '); d.date(p.dob, d.pick(['num', 'num', 'iso']), birth=True); d.t('   Возраст: '); age_out(d, p, ref, 'num'); d.t('\n')
    d.t('5. ИИН: '); d.iin(p, True); d.t('\n')
    d.t('6. Место жительства: '); _residence(d); d.t('\n')
    d.t('7. Место работы (учебы): ')
    if p.age_at(ref) > 62:
        d.t('пенсионер')
    else:
        d.work(work_pick(d))
    lbl, kind = d.pick([('ССМП, карта вызова № ', 'ambulance_call'), ('ГП № 4, амб. карта № ', 'outpatient_card'), ('самообращение, амб. карта № ', 'outpatient_card')])
    d.t('\n8. Кем направлен: ' + lbl); d.rid(kind)
    d.t('\n9. Дата поступления: '); d.date(adm, 'num'); d.t(' %02d:%02d' % (d.rng.randint(0, 23), d.rng.randint(0, 59)))
    d.t('   Дата выписки: '); d.date(ref, 'num'); d.t('   Проведено койко-дней: %d\n' % (ref - adm).days)
    d.t('10. Заключительный диагноз: ' + code + ' '); d.c(dx); d.t('\n')
    if d.chance(0.7):
        d.t('11. Операция: '); d.c(d.pick(STAT_OP_RU)); d.t(', дата '); d.date(later(adm, 0, 2, d.rng), d.pick(['num', 'num_noy'])); d.t(', протокол № ')
        d.rid('operation_protocol'); d.t('\n')
    d.t('12. Исход: ' + d.pick(OUTCOME_RU) + '\n')
    if d.chance(0.4):
        d.t('13. Лист о временной нетрудоспособности № '); d.docid('sick_leave'); d.t('\n')
    d.t('\nЗаведующий отделением '); d.name(head, 'si'); d.t('\nЛечащий врач '); d.name(doc, d.pick(['si', 'is']))
    d.t('\nМедстатистик (кодировщик) '); d.name(coder, d.pick(['si', 'sg'])); d.t(', '); d.email(); d.t('\n')


def stat_ru_2(d):
    ref = ref_date(d)
    foreign = d.chance(0.25)
    if foreign:
        p = make_person(d.rng, ethnic=d.pick(['uzb', 'ru', 'uyg']), ref=ref, min_age=20, max_age=70)
    else:
        p = patient(d, ref, old=0.2)
    head, coder = staff(d), staff(d, g='f')
    adm = later(ref, -20, -2, d.rng)
    code, dx = d.pick(STAT_DX_RU)
    d.t('Статкарта выбывшего | № ИБ '); d.rid('hospitalisation'); d.t(' | отделение: ' + d.pick(['кардиология', 'хирургия', 'травматология', 'неврология', 'урология']) + '\n')
    d.t('| Фамилия | Имя | Отчество |\n|---|---|---|\n| ')
    d.name(p, 's'); d.ids[-1]['forms'].append('split_line'); d.t(' | '); d.name(p, 'g'); d.ids[-1]['forms'].append('split_line'); d.t(' | ')
    P = p.P(d.spell)
    if P and not p.foreign:
        d.sp(P, 'NAME', ['patronymic_only', 'split_line'] + (['kazakh_patronymic'] if p.kpat else []) + (['non_slavic'] if p.ns else []))
    else:
        d.t('—')
    d.t(' |\n\n')
    if foreign:
        d.t('Гражданство: ' + {'uzb': 'Узбекистан', 'ru': 'Россия', 'uyg': 'Кыргызстан'}[p.ethnic] + ', паспорт ')
        d.docid('passport', {'uzb': 'uzbek', 'ru': 'russian', 'uyg': 'kyrgyz'}[p.ethnic])
        d.t('; вид на жительство № '); d.docid('id_card'); d.t('\n')
    d.t('ИИН '); d.iin(p, True); d.t('; д.р. '); anydate(d, p.dob, birth=True); d.t(' (')
    a = p.age_at(ref)
    if a > 89:
        d.age(a, 'ru')
    else:
        d.t('%d %s' % (a, ru_years(a)))
    d.t(')\nПроживает: '); home_address(d); d.t('; житель '); d.t(d.pick(['города', 'села'])); d.t('\n')
    d.t('Работает: '); d.work(work_pick(d)); d.t(', БИН работодателя '); d.docid('bin'); d.t('\n')
    d.t('Поступил '); d.date(adm, d.pick(['num', 'ru'])); d.t(', выбыл '); d.date(ref, d.pick(['num', 'ru'])); d.t('; ' + d.pick(OUTCOME_RU) + '\n')
    d.t('Основной: ' + code + ' — '); d.c(dx); d.t('; сопутствующий: ' + d.pick(['I10', 'E11.9', 'J44.9']) + '\n')
    d.t('Операции: '); d.c(d.pick(STAT_OP_RU)); d.t('; анестезия: '); d.c(d.pick(['спинальная', 'ЭТН', 'в/в седация'])); d.t('\n')
    d.t('Кодировщик: '); d.name(coder, 'si'); d.t(', тел. '); d.phone(d.pick(['land', 'local']), local_ok=True); d.t('; зав. отд. '); d.name(head, d.pick(['is', 'si'])); d.t('\n')


def stat_kk_1(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.15)
    head, doc, coder = staff(d), staff(d), staff(d, g='f')
    adm = later(ref, -14, -2, d.rng)
    code, dx = d.pick(STAT_DX_KK)
    d.c('СТАЦИОНАРДАН ШЫҚҚАН АДАМНЫҢ СТАТИСТИКАЛЫҚ КАРТАСЫ'); d.t('\n')
    d.t(hosp_kk(d) + ', '); d.settle(city_of(d), 'nom', 'kk'); d.t(' қ.\n')
    d.t('1. Медициналық карта № '); d.rid('hospitalisation'); d.t('\n2. Тегі, аты, әкесінің аты: '); nm(d, p, ['full', 'sg']); d.t('\n')
    d.t('3. Жынысы: ' + ('ер' if p.g == 'm' else 'әйел') + '\n4. Туған күні: '); d.date(p.dob, d.pick(['num', 'kk']), birth=True)
    d.t('; жасы: '); age_out(d, p, ref, d.pick(['num', 'kk'])); d.t('\n5. ЖСН: '); d.iin(p, True); d.t('\n')
    d.t('6. Тұрғылықты жері: '); _residence(d, kk=True); d.t('\n7. Жұмыс (оқу) орны: '); d.work(work_pick(d)); d.t('\n')
    d.t('8. Түскен күні: '); d.date(adm, d.pick(['num', 'kk'])); d.t('; шыққан күні: '); d.date(ref, d.pick(['num', 'kk'])); d.t('\n')
    d.t('9. Қорытынды диагноз: ' + code + ' '); d.c(dx); d.t('\n10. Ота: '); d.c(d.pick(STAT_OP_KK)); d.t(', хаттама № '); d.rid('operation_protocol'); d.t('\n')
    d.t('11. Нәтижесі: ' + d.pick(['жақсарып шығарылды', 'сауығып шықты', 'басқа ауруханаға ауыстырылды']) + '\n\n')
    d.t('Бөлімше меңгерушісі: '); d.name(head, 'is'); d.t('\nЕмдеуші дәрігер: '); d.name(doc, 'si')
    d.t('\nМедициналық статистик: '); d.name(coder, d.pick(['sg', 'is'])); d.t('\n')


def stat_kk_2(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.25)
    head, coder = staff(d), staff(d, g='f')
    adm = later(ref, -20, -2, d.rng)
    code, dx = d.pick(STAT_DX_KK)
    d.t('Статистикалық карта, ауру тарихы № '); d.rid('hospitalisation'); d.t('\n')
    d.t('Науқас '); d.name(p, 'sg'); d.t(', '); d.date(p.dob, 'year', birth=True); d.t(' ж.т., ')
    a = p.age_at(ref)
    if a > 89:
        d.age(a, d.pick(['kk_loc', 'kk'])); d.t(', ')
    d.t('ЖСН '); d.iin(p, True); d.t(', '); d.settle(settle_pick(d), 'nom', 'kk'); d.t(' тұрғыны. ')
    d.t('Ауруханаға '); d.date(adm, 'kk_loc'); d.t(' жедел жәрдеммен (шақыру № '); d.rid('ambulance_call'); d.t(') жеткізілді, ')
    d.date(ref, d.pick(['kk', 'num'])); d.t(' шығарылды.\n')
    d.t('Диагнозы: ' + code + ' '); d.c(dx); d.t('.\n')
    d.t('Еңбекке жарамсыздық парағы № '); d.docid('sick_leave'); d.t('.\n')
    d.t('Кодтаған: '); d.name(coder, 'is'); d.t('; тексерген: бөлім меңгерушісі '); d.name(head, 'si'); d.t('.\n')


def stat_mx_1(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.15)
    d.spell = d.pick(['ru', 'kk'])
    head, coder = staff(d), staff(d, g='f')
    adm = later(ref, -14, -2, d.rng)
    code, dx = d.pick(STAT_DX_RU)
    d.c('СТАТИСТИКАЛЫҚ КАРТА / СТАТИСТИЧЕСКАЯ КАРТА'); d.t(' 066/у\n')
    d.t('Мед. карта № '); d.rid('hospitalisation'); d.t('\nАты-жөні / Ф.И.О.: '); nm(d, p, ['full', 'sg']); d.t('\n')
    d.t('ЖСН/ИИН: '); d.iin(p, True); d.t('; д.р./туған күні: '); d.date(p.dob, 'num', birth=True); d.t('; жасы/возраст: '); age_out(d, p, ref, 'num'); d.t('\n')
    d.t('Тұрғылықты жері / место жительства: '); _residence(d, kk=d.chance(0.5)); d.t('\n')
    d.t('Жұмыс/оқу орны: '); d.work(work_pick(d), lang=d.pick(['ru', 'kk'])); d.t('\n')
    d.t('Түскен/поступил: '); d.date(adm, 'num'); d.t('; шықты/выписан: '); d.date(ref, 'num'); d.t('\n')
    d.t('DS: ' + code + ' '); d.c(dx); d.t('\nОта/операция: '); d.c(d.pick(STAT_OP_RU)); d.t('\n')
    d.t('Бөлім меңгерушісі / зав. отд.: '); d.name(head, 'si'); d.t('\nКодировщик: '); d.name(coder, 'si'); d.t('\n')


def stat_mx_2(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.2)
    d.spell = d.pick(['ru', 'kk'])
    head = staff(d)
    coder = staff(d, g='f')
    adm = later(ref, -20, -2, d.rng)
    code, dx = d.pick(STAT_DX_KK)
    d.t('Выписка для статистики. ИБ № '); d.rid('hospitalisation'); d.t('\n')
    d.t('Пациент: '); d.name(p, 'full', caps=d.chance(0.4)); d.t(', ИИН '); d.iin(p, True); d.t(', ')
    age_out(d, p, ref, d.pick(['ru', 'kk'])); d.t('\n')
    d.t('Адрес: '); home_address(d); d.t('\n')
    d.t('Госпитализация: '); d.date(adm, 'num'); d.t(' — '); d.date(ref, 'num'); d.t(', ' + d.pick(['экстренно', 'планово (портал Бюро госпитализации)']) + '\n')
    d.t('Қорытынды диагноз: ' + code + ' '); d.c(dx); d.t('\n')
    d.t('Зав. отделением '); d.name(head, d.pick(['si', 'is'])); d.t(' — '); d.email(head); d.t('\nКодтаған: '); d.name(coder, 'g'); d.t(' ('); d.name(coder, 's'); d.t(')\n')


# ------------------------------------------------------------------ active call
ACT_DX_RU = ['Острый инфаркт миокарда, состояние после ЧКВ', 'ХСН II А, ФК III', 'Ишемический инсульт, ранний восстановительный период',
             'Состояние после лапароскопической холецистэктомии', 'Сахарный диабет 2 типа, инсулинопотребный',
             'Внебольничная пневмония, реконвалесцент', 'Перелом шейки бедра, состояние после ТЭП ТБС',
             'Новорожденный, ранний неонатальный период', 'ХОБЛ, обострение купировано', 'Фибрилляция предсердий, постоянная форма']
ACT_RX = ['бисопролол 5 мг', 'аторвастатин 40 мг', 'клопидогрел 75 мг', 'метформин 1000 мг', 'инсулин гларгин',
          'апиксабан 5 мг', 'ривароксабан', 'эналаприл', 'торасемид', 'ацетилсалициловая кислота 75 мг']
ACT_TODO_RU = ['контроль ОАК, ОАМ', 'снятие швов', 'перевязки', 'контроль МНО', 'патронаж', 'ЭКГ на дому', 'консультация кардиолога',
               'ЛФК', 'контроль глюкозы крови']
ACT_DX_KK = ['Жедел миокард инфарктісі, ЧКВ-дан кейінгі жағдай', 'Созылмалы жүрек жеткіліксіздігі', 'Ишемиялық инсульт',
             'Лапароскопиялық холецистэктомиядан кейінгі жағдай', 'Қант диабеті, 2 типі', 'Ауруханадан тыс пневмония',
             'Жаңа туған нәресте']
ACT_TODO_KK = ['ЖҚТ, ЖЗТ бақылау', 'тігістерді алу', 'таңу', 'патронаж', 'үйде ЭКГ', 'кардиолог кеңесі', 'қандағы глюкозаны бақылау']


def act_ru_1(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.3)
    sender, recv, uch_doc, uch_ns = staff(d, g='f'), staff(d, g='f'), staff(d), staff(d, g='f')
    d.t('АКТИВ В ПОЛИКЛИНИКУ\n')
    d.t('Из: ' + hosp_ru(d) + ', отделение ' + d.pick(['кардиологии', 'неврологии', 'хирургии', 'терапии']) + '\n')
    d.t('Куда: ГП № %d, участок № %d\n' % (d.rng.randint(1, 30), d.rng.randint(1, 40)))
    d.t('Дата передачи: '); anydate(d, ref); d.t(' %02d:%02d\n\n' % (d.rng.randint(8, 18), d.rng.randint(0, 59)))
    d.t('Ф.И.О.: '); nm(d, p, ['full', 'full', 'sg']); d.t('\nДата рождения: '); d.date(p.dob, d.pick(['num', 'num2', 'ru']), birth=True)
    if p.age_at(ref) > 89:
        d.t(' ('); d.age(p.age_at(ref), 'ru'); d.t(')')
    d.t('\nИИН: '); d.iin(p, True); d.t('\nАдрес: '); d.addr('ru', apt=True); d.t(d.pick(['', ', подъезд 2, этаж 5', ', домофон 45']))
    d.t('\nТел. пациента: '); d.phone(); d.t('\n')
    for _ in range(d.rng.randint(1, 2)):
        rel, q, ru, kk = rel_pick(d, p, ref, ['son', 'daughter', 'wife', 'husband', 'grandchild'])
        d.t('Родственник (' + ru + '): ')
        d.name(q, d.pick(['gs', 'full', 'g', 'sg'])); d.t(', '); d.phone(); d.t('\n')
    d.t('\nВыписан(а) '); d.date(ref, d.pick(['num', 'ru_noy'])); d.t(' из стационара, ИБ № '); d.rid('hospitalisation'); d.t('\n')
    d.t('Диагноз: '); d.c(d.pick(ACT_DX_RU)); d.t('\nРекомендовано: '); clin_list(d, ACT_RX, k=3); d.t('; '); clin_list(d, ACT_TODO_RU, k=2); d.t('\n')
    d.t('Участковый врач: '); d.name(uch_doc, d.pick(['si', 'full'])); d.t(', участковая м/с: '); d.name(uch_ns, d.pick(['si', 'sg', 'g'])); d.t('\n')
    d.t('Актив передал(а): м/с '); d.name(sender, 'si'); d.t('; принял(а): '); d.name(recv, d.pick(['s', 'si', 'sg'])); d.t('\n')


def act_ru_2(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.35)
    uch_doc, uch_ns, sender = staff(d), staff(d, g='f'), staff(d)
    dd = d.pick([x for x in DISTRICTS if x[7]])
    d.t('Телефонограмма № %d. ' % d.rng.randint(10, 999)); anydate(d, ref, fmts=['num', 'num2']); d.t('\n')
    d.t('Поликлиника '); d.district(dd, 'gen', 'ru'); d.t(', врачу участка № %d ' % d.rng.randint(1, 35)); d.name(uch_doc, 'si', case='ru_dat'); d.t('.\n')
    d.t('Передаем актив на пациента '); d.name(p, d.pick(['full', 'si']), case='ru_gen'); d.t(', ')
    if p.age_at(ref) > 89:
        d.age(p.age_at(ref), 'ru')
    else:
        d.t('%d %s' % (p.age_at(ref), ru_years(p.age_at(ref))))
    d.t(', ИИН '); d.iin(p, True); d.t(', проживающего(ей) по адресу: '); d.addr('ru', apt=True, city=[c for c in __import__('gen').CITIES if c[0] == dd[7]][0]); d.t('.\n')
    d.t('Находился(ась) в ' + hosp_ru(d) + ' с '); d.date(later(ref, -12, -3, d.rng), 'num'); d.t(' по '); d.date(ref, 'num'); d.t(' (карта № '); d.rid('hospitalisation'); d.t(').\n')
    d.t('Диагноз: '); d.c(d.pick(ACT_DX_RU)); d.t('. Нуждается в '); d.c(d.pick(ACT_TODO_RU)); d.t(' и приеме: '); clin_list(d, ACT_RX, k=2); d.t('.\n')
    rel, q, ru, kk = rel_pick(d, p, ref, ['son', 'daughter'])
    d.t('Уход осуществляет ' + ru + ' — '); d.name(q, d.pick(['gp', 'gs', 'full']))
    d.t(' (тел. '); d.phone(local_ok=True)
    if d.chance(0.4):
        d.t('; раб. '); d.phone('land')
    d.t(')')
    d.t('.\nУчастковая медсестра '); d.name(uch_ns, d.pick(['sg', 'si'])); d.t(' уведомлена.\n')
    d.t('Передал: '); d.name(sender, 'is'); d.t(', ' + d.pick(['дежурный врач', 'м/с приемного покоя']) + '. Принял(а): ')
    d.name(staff(d, g='f'), d.pick(['s', 'g'])); d.t(', %02d:%02d\n' % (d.rng.randint(8, 19), d.rng.randint(0, 59)))


def act_kk_1(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.3)
    uch_doc, uch_ns, sender = staff(d), staff(d, g='f'), staff(d, g='f')
    d.t('ЕМХАНАҒА БЕЛСЕНДІ ШАҚЫРУ (АКТИВ)\n')
    d.t('Кімнен: ' + hosp_kk(d) + '\nКімге: № %d қалалық емхана, № %d учаске\n' % (d.rng.randint(1, 30), d.rng.randint(1, 40)))
    d.t('Күні: '); anydate(d, ref, fmts=['kk', 'num', 'kk_abbr']); d.t('\n\n')
    d.t('Аты-жөні: '); nm(d, p, ['full', 'sg']); d.t('\nТуған күні: '); d.date(p.dob, d.pick(['num', 'kk']), birth=True)
    d.t('\nЖСН: '); d.iin(p, True); d.t('\nМекенжайы: '); d.addr('kk', apt=True); d.t('\nТелефоны: '); d.phone(); d.t('\n')
    rel, q, ru, kk = rel_pick(d, p, ref, ['son', 'daughter', 'grandchild'])
    d.t('Туысы (' + kk + '): '); d.name(q, d.pick(['gs', 'g', 'full'])); d.t(', '); d.phone(); d.t('\n')
    d.t('\nАуру тарихы № '); d.rid('hospitalisation'); d.t(', шыққан күні '); d.date(ref, d.pick(['num', 'kk_noy'])); d.t('\n')
    d.t('Диагнозы: '); d.c(d.pick(ACT_DX_KK)); d.t('\nҰсыныстар: '); clin_list(d, ACT_TODO_KK, k=2); d.t('; '); d.c(d.pick(ACT_RX)); d.t('\n')
    d.t('Учаскелік дәрігер: '); d.name(uch_doc, 'is'); d.t('; учаскелік мейірбике: '); d.name(uch_ns, d.pick(['g', 'si'])); d.t('\n')
    d.t('Белсенді шақыруды берген: '); d.name(sender, 'si'); d.t('\n')


def act_kk_2(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.4)
    uch_doc, uch_ns = staff(d), staff(d, g='f')
    d.t('Актив. '); anydate(d, ref, fmts=['kk_loc', 'kk', 'num']); d.t(' '); d.name(p, d.pick(['full', 'sg'])); d.t(' (ЖСН ')
    d.iin(p, True); d.t(') ауруханадан шығарылды')
    a = p.age_at(ref)
    if a > 89:
        d.t(', науқас '); d.age(a, 'kk_attr'); d.t(' қарт')
    d.t('.\nМекенжайы: '); d.mkr('kk'); d.t(', '); d.settle(city_of(d), 'nom', 'kk'); d.t(' қ.\n')
    d.t('Диагнозы: '); d.c(d.pick(ACT_DX_KK)); d.t('. Медициналық карта № '); d.rid('hospitalisation'); d.t('.\n')
    d.t('№ %d учаскенің дәрігері ' % d.rng.randint(1, 40)); d.name(uch_doc, 'is', case='kk_dat'); d.t(' хабарланды. ')
    d.t('Мейірбике '); d.name(uch_ns, 'g'); d.t(' үйге барады.\n')
    rel, q, ru, kk = rel_pick(d, p, ref, ['son', 'daughter'])
    d.t('Байланыс: ' + kk + ' '); d.name(q, d.pick(['g', 'gs'])); d.t(' — '); d.phone(); d.t('\n')


def act_mx_1(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.3)
    d.spell = d.pick(['ru', 'kk'])
    uch_doc, uch_ns, sender = staff(d), staff(d, g='f'), staff(d, g='f')
    d.t('АКТИВ / БЕЛСЕНДІ ШАҚЫРУ\nГП № %d, учаске/участок № %d\n' % (d.rng.randint(1, 30), d.rng.randint(1, 40)))
    d.t('Аты-жөні / Ф.И.О.: '); nm(d, p, ['full', 'sg', 'si']); d.t('\nЖСН/ИИН: '); d.iin(p, True)
    d.t('\nМекенжайы / адрес: '); d.addr(d.pick(['ru', 'kk']), apt=True); d.t('\nТел.: '); d.phone(); d.t('\n')
    rel, q, ru, kk = rel_pick(d, p, ref, ['son', 'daughter', 'grandchild'])
    d.t('Туысы / родственник: '); d.name(q, d.pick(['gs', 'full', 'g'])); d.t(', '); d.phone(); d.t('\n')
    d.t('Шықты / выписан: '); d.date(ref, 'num'); d.t(', ИБ № '); d.rid('hospitalisation'); d.t('\n')
    d.t('DS: '); d.c(d.pick(ACT_DX_RU)); d.t('\nҰсыныс / рекомендации: '); clin_list(d, ACT_RX, k=2); d.t(', '); d.c(d.pick(ACT_TODO_KK)); d.t('\n')
    d.t('Учаскелік дәрігер / участковый врач: '); d.name(uch_doc, 'si'); d.t('\nМ/с: '); d.name(uch_ns, d.pick(['si', 'g'])); d.t('\n')
    d.t('Берген / передал: '); d.name(sender, 'si'); d.t('\n')


def act_mx_2(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.35)
    d.spell = d.pick(['ru', 'kk'])
    uch_doc, uch_ns = staff(d), staff(d, g='f')
    d.t('Актив на участок № %d. ' % d.rng.randint(1, 40)); anydate(d, ref, fmts=['num', 'num2']); d.t('\n')
    d.t('Пациент '); d.name(p, 'full'); d.t(', ')
    age_out(d, p, ref, d.pick(['ru', 'kk', 'kk_loc'])); lab = not d.chance(0.3); d.t(', ИИН ' if lab else ', '); d.iin(p, lab)
    d.t(';\nмекенжайы: '); home_address(d); d.t('.\n')
    d.t('Выписан из стационара (ИБ № '); d.rid('hospitalisation'); d.t('), DS: '); d.c(d.pick(ACT_DX_KK)); d.t('.\n')
    d.t('Нужен '); d.c(d.pick(ACT_TODO_RU)); d.t('. Дәрігер '); d.name(uch_doc, 'si'); d.t(', мейірбике '); d.name(uch_ns, 'sg'); d.t('.\n')
    rel, q, ru, kk = rel_pick(d, p, ref, ['son', 'daughter'])
    d.t(ru.capitalize() + ' / ' + kk + ': '); d.name(q, d.pick(['gs', 'g', 'gp']))
    d.t(', ' + d.pick(['WhatsApp ', 'тел. '])); d.phone(); d.t('\n')


STAT = {'ru': [stat_ru_1, stat_ru_2], 'kk': [stat_kk_1, stat_kk_2], 'mixed': [stat_mx_1, stat_mx_2]}
ACTIVE = {'ru': [act_ru_1, act_ru_2], 'kk': [act_kk_1, act_kk_2], 'mixed': [act_mx_1, act_mx_2]}
