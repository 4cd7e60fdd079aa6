# -*- coding: utf-8 -*-
"""sanatorium_card and prosthetics_order templates."""
from gen import later, DISTRICTS, VILL, CITIES, ru_years
from blocks import (staff, patient, anydate, age_out, nm, settle_pick, home_address, sign, work_pick,
                    hosp_ru, hosp_kk, ref_date, clin_list, city_of)

RESORTS = [('«Окжетпес»', 'Бурабай'), ('«Жасыл Ел»', 'Бурабай'), ('«Ақбұлақ»', 'Талгар'), ('«Керуен»', 'Сарыагаш'),
           ('«Шипагер»', 'Сарыагаш'), ('«Жемчужина»', 'Мойылды'), ('«Самал»', 'Косшы'), ('«Ақ Ерке»', 'Есик'),
           ('«Ыстықсу»', 'Жаркент'), ('«Сарыарқа-Шипа»', 'Шортанды'), ('«Балдәурен»', 'Бурабай')]
SAN_DX_RU = ['Остеохондроз поясничного отдела позвоночника, болевой синдром', 'Гипертоническая болезнь II стадии',
             'Хронический обструктивный бронхит, ремиссия', 'Деформирующий остеоартроз коленных суставов',
             'Последствия ОНМК, левосторонний гемипарез', 'Хронический гастродуоденит, ремиссия',
             'Состояние после эндопротезирования ТБС', 'Ревматоидный артрит, серопозитивный', 'Болезнь Бехтерева',
             'ИБС. Стенокардия напряжения ФК II', 'Сахарный диабет 2 типа, субкомпенсация']
SAN_TX_RU = ['грязелечение', 'радоновые ванны', 'душ Шарко', 'кумысолечение', 'ЛФК', 'массаж воротниковой зоны',
             'электрофорез с новокаином', 'магнитотерапия', 'спелеотерапия', 'ванны по Гауффе', 'сероводородные ванны',
             'пантовые ванны', 'галотерапия', 'скипидарные ванны по Залманову', 'сухое вытяжение позвоночника',
             'циркулярный душ', 'лазеротерапия']
SAN_DX_KK = ['Омыртқаның бел бөлімінің остеохондрозы', 'Гипертония ауруы, II сатысы', 'Созылмалы обструктивті бронхит',
             'Тізе буындарының деформациялаушы остеоартрозы', 'МҚЖБ салдары', 'Созылмалы гастродуоденит',
             'Бехтерев ауруы', 'Қант диабеті, 2 типі']
SAN_TX_KK = ['балшықпен емдеу', 'қымызбен емдеу', 'радон ванналары', 'Шарко душы', 'емдік дене шынықтыру (ЕДШ)',
             'уқалау', 'магнитотерапия', 'спелеотерапия', 'новокаинмен электрофорез', 'минералды сумен емдеу']


def _resort(d):
    r = d.pick(RESORTS)
    st = [s for s in (VILL + CITIES) if s[0] == r[1]]
    if not st:
        from gen import SETTLE
        st = [s for s in SETTLE if s[0] == r[1]]
    return r[0], st[0]


def san_ru_1(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.08)
    doc1, doc2, head = staff(d), staff(d), staff(d)
    res, st = _resort(d)
    d1 = later(ref, 10, 40, d.rng)
    d2 = later(d1, 12, 21, d.rng)
    d.c('САНАТОРНО-КУРОРТНАЯ КАРТА'); d.t(' № '); d.rid('sanatorium_card'); d.t('  (форма 072/у)\n')
    d.t('Выдана: ' + d.pick(['ГП № 5', 'ГП № 11', 'поликлиника ЦРБ', 'ВОП № 3', 'КДЦ']) + ', '); d.settle(city_of(d), 'nom', 'ru')
    d.t('; дата выдачи '); anydate(d, ref); d.t('\n')
    d.t('1. Фамилия, имя, отчество: '); nm(d, p, ['full', 'full', 'sg']); d.t('\n')
    d.t('2. Дата рождения: '); d.date(p.dob, d.pick(['num', 'ru', 'num2']), birth=True); d.t('   ИИН '); d.iin(p, True); d.t('\n')
    d.t('3. Адрес: '); home_address(d); d.t('\n')
    d.t('4. Место работы, должность: ')
    if p.age_at(ref) >= 63 and d.chance(0.6):
        d.t('пенсионер(ка)')
    else:
        d.work(work_pick(d)); d.t(', ' + d.pick(['бухгалтер', 'учитель', 'водитель', 'инженер', 'оператор']))
    d.t('\n5. № амбулаторной карты: '); d.rid('outpatient_card'); d.t('\n')
    d.t('6. Путевка № '); d.docid('voucher'); d.t(' в санаторий ' + res + ', '); d.t(d.pick(['п. ', 'с. ', 'г. '])); d.settle(st, 'nom', 'ru')
    d.t('\n7. Срок лечения: с '); d.date(d1, 'num'); d.t(' по '); d.date(d2, 'num'); d.t('\n')
    d.t('8. Основной диагноз: '); d.c(d.pick(SAN_DX_RU)); d.t('\n   Сопутствующий: '); d.c(d.pick(SAN_DX_RU)); d.t('\n')
    d.t('9. Данные обследования: ОАК (лаб. № '); d.rid('lab'); d.t(') — без особенностей; '); d.c('ЭКГ'); d.t(' — ритм синусовый.\n')
    d.t('Лечащий врач '); d.name(doc1, 'si'); d.t('   Зав. отделением '); d.name(head, d.pick(['si', 'is'])); d.t('\n\n')
    d.t('ОБРАТНЫЙ ТАЛОН. Пациент(ка) '); d.name(p, 'si'); d.t(' находился(ась) в санатории с ')
    d.date(d1, d.pick(['num', 'ru'])); d.t(' по '); d.date(d2, d.pick(['num', 'ru'])); d.t('.\nПроведено: '); clin_list(d, SAN_TX_RU, k=3)
    d.t('. Выписан(а) с улучшением.\nВрач санатория '); d.name(doc2, d.pick(['is', 'full'])); d.t(', тел. '); d.phone('land'); d.t('\n')


def san_ru_2(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.1)
    doc2 = staff(d)
    res, st = _resort(d)
    d1 = later(ref, 5, 30, d.rng)
    d2 = later(d1, 10, 18, d.rng)
    d.t('Реабилитационный центр ' + res + '\n')
    d.t(d.pick(['Выписка из истории болезни санатория', 'Эпикриз санаторного лечения']) + ' № '); d.rid('hospitalisation'); d.t('\n\n')
    d.name(p, 'full')
    d.t(', ')
    a = p.age_at(ref)
    if a > 89:
        d.age(a, 'ru'); d.t(', ')
    else:
        d.t('%d %s, ' % (a, ru_years(a)))
    d.t('житель(ница) '); d.settle(settle_pick(d), 'gen', 'ru'); d.t(', находился(ась) на лечении ')
    d.drange(d1, d2, d.pick(['num', 'ru'])); d.t(' по путевке № '); d.docid('voucher'); d.t(' (ФСМС / за счет работодателя — ')
    d.work(work_pick(d, school=d.pick([None, False]))); d.t(', БИН '); d.docid('bin'); d.t(').\n')
    d.t('Диагноз: '); d.c(d.pick(SAN_DX_RU)); d.t('.\n')
    d.t('Получил(а): '); clin_list(d, SAN_TX_RU, k=4); d.t('.\n')
    d.t('Рекомендовано: повторный курс через 6 месяцев; '); d.c(d.pick(['ЛФК', 'ношение бандажа', 'диета № 9', 'контроль АД'])); d.t('.\n')
    d.t('Контакт пациента: '); d.phone(); d.t(d.pick(['; e-mail ', '; эл. почта '])); d.email(p); d.t('\n')
    d.t('Лечащий врач: '); d.name(doc2, 'si'); d.t(', '); d.email(); d.t('\n')


def san_kk_1(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.08)
    doc1, doc2 = staff(d), staff(d)
    res, st = _resort(d)
    d1 = later(ref, 10, 40, d.rng)
    d2 = later(d1, 12, 21, d.rng)
    d.c('САНАТОРЛЫҚ-КУРОРТТЫҚ КАРТА'); d.t(' № '); d.rid('sanatorium_card'); d.t('\n')
    d.t('Берген мекеме: ' + d.pick(['№ 5 қалалық емхана', '№ 2 ЖПД орталығы', 'аудандық емхана']) + ', '); d.settle(city_of(d), 'nom', 'kk')
    d.t(' қ.\nБерілген күні: '); anydate(d, ref, fmts=['kk', 'num', 'kk_abbr']); d.t('\n')
    d.t('Тегі, аты, әкесінің аты: '); nm(d, p, ['full', 'sg']); d.t('\nТуған күні: '); d.date(p.dob, d.pick(['num', 'kk']), birth=True)
    d.t('\nЖСН: '); d.iin(p, True); d.t('\nМекенжайы: '); home_address(d); d.t('\n')
    d.t('Жұмыс орны: '); d.work(work_pick(d)); d.t('\n')
    d.t('Жолдама № '); d.docid('voucher'); d.t(', шипажай ' + res + ', '); d.settle(st, 'nom', 'kk'); d.t(d.pick([' ауылы', ' кенті', '']))
    d.t('\nЕмделу мерзімі: '); d.date(d1, d.pick(['num', 'kk'])); d.t(' бастап '); d.date(d2, d.pick(['num', 'kk'])); d.t(' дейін\n')
    d.t('Негізгі диагнозы: '); d.c(d.pick(SAN_DX_KK)); d.t('\n')
    d.t('Ем: '); clin_list(d, SAN_TX_KK, k=3); d.t('\n')
    d.t('Емдеуші дәрігер: '); d.name(doc1, 'is'); d.t('\nШипажай дәрігері: '); d.name(doc2, d.pick(['si', 'sg'])); d.t(', тел.: '); d.phone(d.pick(['land', None])); d.t('\n')


def san_kk_2(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.12)
    doc1 = staff(d)
    res, st = _resort(d)
    d1 = later(ref, 5, 30, d.rng)
    d2 = later(d1, 10, 18, d.rng)
    d.t('Шипажай ' + res + ' ('); d.settle(st, 'nom', 'kk'); d.t(')\nЕмделу тарихының № '); d.rid('hospitalisation'); d.t('\n\n')
    d.t('Демалушы '); d.name(p, d.pick(['sg', 'full']))
    a = p.age_at(ref)
    d.t(', '); age_out(d, p, ref, d.pick(['kk', 'kk_loc'])); d.t(', ')
    d.settle(settle_pick(d), 'abl', 'kk'); d.t(' келді. ')
    d.drange(d1, d2, 'kk'); d.t(' аралығында ем алды.\n')
    d.t('Диагнозы: '); d.c(d.pick(SAN_DX_KK)); d.t('.\nТағайындалған ем: '); clin_list(d, SAN_TX_KK, k=3); d.t('.\n')
    d.t('Жолдама № '); d.docid('voucher'); d.t(' '); d.work(work_pick(d)); d.t(' есебінен берілген.\n')
    d.t('Туысы: '); q = staff(d); d.name(q, d.pick(['gs', 'full'])); d.t(', '); d.phone(); d.t('\n')
    d.t('Дәрігер '); d.name(doc1, 'si'); d.t('   '); anydate(d, d2); d.t('\n')


def san_mx_1(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.1)
    d.spell = d.pick(['ru', 'kk'])
    doc1, doc2 = staff(d), staff(d)
    res, st = _resort(d)
    d1 = later(ref, 10, 40, d.rng)
    d2 = later(d1, 12, 21, d.rng)
    d.c('САНАТОРЛЫҚ-КУРОРТТЫҚ КАРТА / САНАТОРНО-КУРОРТНАЯ КАРТА'); d.t('\n№ '); d.rid('sanatorium_card'); d.t('\n')
    d.t('Аты-жөні / Ф.И.О.: '); nm(d, p, ['full', 'sg', 'si']); d.t('\n')
    d.t('ЖСН / ИИН: '); d.iin(p, True); d.t('   Туған жылы / г.р.: '); d.date(p.dob, 'year', birth=True); d.t('\n')
    d.t('Мекенжайы / адрес: '); home_address(d); d.t('\nБайланыс / тел.: '); d.phone(); d.t('\n')
    d.t('Жолдама / путевка № '); d.docid('voucher'); d.t(', ' + res + ', '); d.settle(st, 'nom', d.pick(['ru', 'kk'])); d.t('\n')
    d.t('Мерзімі / срок: '); d.drange(d1, d2, d.pick(['num', 'kk', 'ru'])); d.t('\n')
    d.t('DS: '); d.c(d.pick(SAN_DX_RU)); d.t('\nЕм / лечение: '); clin_list(d, SAN_TX_RU + SAN_TX_KK, k=3); d.t('\n')
    d.t('Лаб. № '); d.rid('lab'); d.t(': '); d.c('глюкоза'); d.t(' %.1f ммоль/л\n' % (4 + d.rng.random() * 5))
    d.t('Емдеуші дәрігер / лечащий врач: '); d.name(doc1, 'si'); d.t('\nШипажай дәрігері / врач санатория: '); d.name(doc2, 'is'); d.t('\n')


def san_mx_2(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.15)
    d.spell = d.pick(['ru', 'kk'])
    doc1 = staff(d)
    res, st = _resort(d)
    d1 = later(ref, 5, 30, d.rng)
    d2 = later(d1, 10, 18, d.rng)
    d.t('Реабилитация орталығы ' + res + ', '); d.settle(st, 'nom', 'ru'); d.t('\n')
    d.t('Эпикриз № '); d.rid('hospitalisation'); d.t('\n')
    d.t('Пациент '); d.name(p, 'si'); d.t(' ('); age_out(d, p, ref, d.pick(['ru', 'kk'])); d.t(') ')
    d.date(d1, 'num'); d.t(' – '); d.date(d2, 'num'); d.t(' аралығында емделді, путевка № '); d.docid('voucher'); d.t('.\n')
    d.t('Основной диагноз: '); d.c(d.pick(SAN_DX_RU)); d.t('. Қосымша: '); d.c(d.pick(SAN_DX_KK)); d.t('.\n')
    d.t('Процедуры: '); clin_list(d, SAN_TX_RU, k=3); d.t('.\n')
    d.t('Жұмыс орны: '); d.work(work_pick(d), lang=d.pick(['ru', 'kk'])); d.t('; e-mail: '); d.email(p); d.t('\n')
    d.t('Врач: '); d.name(doc1, d.pick(['is', 'sg'])); d.t(', тел. '); d.phone(); d.t('\n')


# ------------------------------------------------------------------ prosthetics
PROS_ITEM_RU = ['Протез голени модульный с силиконовым лайнером', 'Протез бедра модульный с коленным модулем Otto Bock 3R80',
                'Ортез на коленный сустав с шарниром', 'Корсет Шено', 'Аппарат на всю ногу', 'Ортопедическая обувь сложная',
                'Протез кисти косметический', 'Туторы на голеностопные суставы', 'Бандаж послеоперационный',
                'Протез стопы Otto Bock 1C30 Trias', 'Шина Виленского', 'Корсет функционально-корригирующий']
PROS_DX_RU = ['Культя голени на уровне средней трети после травматической ампутации',
              'Культя бедра после ампутации по Гритти–Шимановскому', 'Культя стопы после ампутации по Пирогову',
              'Сахарный диабет 2 типа, синдром диабетической стопы, состояние после ампутации',
              'ДЦП, спастическая диплегия', 'Идиопатический сколиоз III степени', 'Последствия травмы, аппарат Илизарова снят',
              'Облитерирующий атеросклероз сосудов нижних конечностей', 'Болезнь Пертеса', 'Косолапость (метод Понсети)']
PROS_ITEM_KK = ['Силикон лайнері бар модульдік сирақ протезі', 'Модульдік сан протезі', 'Тізе буынына арналған ортез',
                'Шено корсеті', 'Күрделі ортопедиялық аяқ киім', 'Білезікке косметикалық протез', 'Otto Bock табан модулі']
PROS_DX_KK = ['Жарақаттан кейінгі сирақ культясы', 'Санның ампутациядан кейінгі культясы', 'Балалар церебралды сал ауруы (БЦСА)',
              'Қант диабеті, диабеттік табан синдромы', 'III дәрежелі идиопатиялық сколиоз', 'Илизаров аппараты алынғаннан кейінгі жағдай']
SOC_RU = ['Отдел занятости и социальных программ ', 'ГУ «Отдел занятости и социальных программ ', 'Отдел МСЭ по ']


def _social(d, kk=False):
    dd = d.pick(DISTRICTS)
    if kk:
        d.district(dd, 'gen', 'kk'); d.t(' ' + d.pick(['жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
                                                      'медициналық-әлеуметтік сараптау бөлімі']))
        return
    k = d.rng.randint(0, 2)
    if k == 0:
        d.t('Отдел занятости и социальных программ '); d.district(dd, 'gen', 'ru')
    elif k == 1:
        d.t('ГУ «Отдел занятости и социальных программ '); d.district(dd, 'gen', 'ru'); d.t('»')
    else:
        d.t('Отдел МСЭ по '); d.district(dd, 'dat', 'ru')


def _meas(d, kk=False):
    if kk:
        return 'культя ұзындығы %d см, шеңбері %d см, табан өлшемі %d' % (d.rng.randint(8, 30), d.rng.randint(22, 48), d.rng.randint(22, 30))
    return 'длина культи %d см, окружность на уровне верхней трети %d см, нижней — %d см, размер стопы %d' % (
        d.rng.randint(8, 30), d.rng.randint(28, 52), d.rng.randint(18, 35), d.rng.randint(22, 30))


def pros_ru_1(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.06)
    tech, ortho, master = staff(d), staff(d), staff(d)
    d.c('ЗАКАЗ-НАРЯД'); d.t(' № '); d.rid('prosthetics_order'); d.t(' от '); anydate(d, ref); d.t('\n')
    d.t(d.pick(['РГКП «Республиканский протезно-ортопедический центр»', 'ТОО «Протезно-ортопедический центр»',
                'Протезно-ортопедическое предприятие']) + ', филиал '); d.settle(city_of(d), 'gen', 'ru'); d.t('\n\n')
    d.t('Получатель: '); nm(d, p, ['full', 'full', 'sg']); d.t('\nИИН: '); d.iin(p, True)
    d.t('   Уд. личности № '); d.docid('id_card'); d.t('\n')
    d.t('Инвалидность: %s группа, справка МСЭ № ' % d.pick(['I', 'II', 'III'])); d.docid('disability_certificate'); d.t(' от ')
    d.date(later(ref, -400, -20, d.rng), 'num'); d.t('\n')
    d.t('ИПР (акт МСЭ № '); d.rid('commission_protocol'); d.t('), направление: '); _social(d); d.t('\n')
    d.t('Адрес: '); home_address(d); d.t('; тел. '); d.phone(); d.t('\n\n')
    d.t('Диагноз: '); d.c(d.pick(PROS_DX_RU)); d.t('\nИзделие: '); d.c(d.pick(PROS_ITEM_RU)); d.t(' — 1 шт.\n')
    d.t('Обмер: ' + _meas(d) + '.\n')
    d.t('Первичная примерка: '); d.date(later(ref, 7, 20, d.rng), d.pick(['num', 'ru_noy', 'num_noy'])); d.t(', выдача — ')
    d.date(later(ref, 25, 45, d.rng), 'num'); d.t('\n\n')
    d.t('Врач-ортопед '); d.name(ortho, 'si'); d.t('\nТехник-протезист '); d.name(tech, d.pick(['si', 'is', 'sg'])); d.t('\n')
    d.t('Мастер участка '); d.name(master, 's'); d.t('\nИзделие получил: ____ '); d.name(p, 'is'); d.t('\n')


def pros_ru_2(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.08)
    tech = staff(d)
    rep = staff(d)
    young = d.chance(0.35)
    if young:
        from gen import make_person, relative
        child = make_person(d.rng, age=d.rng.randint(3, 15), ref=ref)
        mom = relative(d.rng, child, 'mother', ref)
        p = child
    d.t('Протезно-ортопедический цех. Заказ № '); d.rid('prosthetics_order'); d.t('\n')
    d.t('| Поле | Значение |\n|---|---|\n| Ф.И.О. | '); d.name(p, 'full', split=d.chance(0.3)); d.t(' |\n')
    d.t('| Дата рождения | '); d.date(p.dob, d.pick(['num', 'iso', 'num2']), birth=True); d.t(' |\n')
    d.t('| ИИН | '); d.iin(p, True); d.t(' |\n')
    if young:
        d.t('| Свид. о рождении | '); d.docid('birth_certificate'); d.t(' |\n| Законный представитель | '); d.name(mom, 'full'); d.t(', ')
        d.phone(); d.t(' |\n| Учеба | '); d.work(work_pick(d, school=True)); d.t(' |\n')
    else:
        d.t('| Место работы | '); d.work(work_pick(d)); d.t(' |\n')
    d.t('| Медкарта № | '); d.rid('hospitalisation'); d.t(' |\n')
    d.t('| Направление | '); _social(d); d.t(' |\n| Справка об инвалидности | '); d.docid('disability_certificate'); d.t(' |\n\n')
    d.t('Диагноз: '); d.c(d.pick(PROS_DX_RU)); d.t('.\nНазначено: '); d.c(d.pick(PROS_ITEM_RU)); d.t('; ')
    d.t(_meas(d) + '; гипсовый негатив снят '); d.date(ref, d.pick(['num', 'num_noy'])); d.t('.\n')
    d.t('Исполнитель: техник '); d.name(tech, 'is'); d.t('. Ответственный специалист соцотдела: '); d.name(rep, 'si'); d.t(', тел. ')
    d.phone(d.pick(['land', 'local']), local_ok=True); d.t(', '); d.email(inst=d.pick(['enbek.gov.kz', 'dsm.gov.kz'])); d.t('\n')


def pros_kk_1(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.06)
    tech, ortho = staff(d), staff(d)
    d.c('ТАПСЫРЫС-НАРЯД'); d.t(' № '); d.rid('prosthetics_order'); d.t('\n'); anydate(d, ref, fmts=['kk', 'kk_abbr', 'num']); d.t('\n')
    d.t('Протездік-ортопедиялық орталық, '); d.settle(city_of(d), 'nom', 'kk'); d.t(' қ. филиалы\n\n')
    d.t('Алушы: '); nm(d, p, ['full', 'sg']); d.t('\nЖСН: '); d.iin(p, True); d.t('\nЖеке куәлік № '); d.docid('id_card'); d.t('\n')
    d.t('Мүгедектік туралы анықтама № '); d.docid('disability_certificate'); d.t(', %s топ\n' % d.pick(['I', 'II', 'III']))
    d.t('Жолдама берген: '); _social(d, kk=True); d.t('\nМСӘ актісі № '); d.rid('commission_protocol'); d.t('\n')
    d.t('Мекенжайы: '); home_address(d); d.t('\nТел.: '); d.phone(); d.t('\n\n')
    d.t('Диагнозы: '); d.c(d.pick(PROS_DX_KK)); d.t('\nБұйым: '); d.c(d.pick(PROS_ITEM_KK)); d.t('\nӨлшемдер: ' + _meas(d, True) + '\n')
    d.t('Өлшеп көру: '); d.date(later(ref, 7, 20, d.rng), d.pick(['kk_noy', 'num', 'kk_gen'])); d.t('\n')
    d.t('Ортопед дәрігер: '); d.name(ortho, 'is'); d.t('\nТехник-протезші: '); d.name(tech, d.pick(['si', 'sg'])); d.t('\n')


def pros_kk_2(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.1)
    tech = staff(d)
    d.t('Протездеу цехы. '); anydate(d, ref, fmts=['kk_loc', 'kk', 'num']); d.t('\n')
    d.name(p, d.pick(['full', 'sg'])); d.t(' ('); age_out(d, p, ref, d.pick(['kk', 'kk_loc'])); d.t(', ЖСН '); d.iin(p, True)
    d.t(') тапсырыс № '); d.rid('prosthetics_order'); d.t(' бойынша '); d.c(d.pick(PROS_ITEM_KK)); d.t(' алды.\n')
    d.t('Диагнозы: '); d.c(d.pick(PROS_DX_KK)); d.t('. Ауру тарихы № '); d.rid('hospitalisation'); d.t('.\n')
    d.t('Бұйымды техник '); d.name(tech, 'is', case='kk_gen'); d.t(' жасады. Өлшемдер: ' + _meas(d, True) + '.\n')
    d.t('Жолдама: '); _social(d, kk=True); d.t(', '); d.email(inst='enbek.gov.kz'); d.t('.\n')
    d.t('Алушының мекенжайы: '); home_address(d); d.t(', байланыс: '); d.phone(); d.t('\n')


def pros_mx_1(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.06)
    d.spell = d.pick(['ru', 'kk'])
    tech, ortho = staff(d), staff(d)
    d.t('ТАПСЫРЫС-НАРЯД / ЗАКАЗ-НАРЯД № '); d.rid('prosthetics_order'); d.t('\n')
    d.t('Алушы / получатель: '); nm(d, p, ['full', 'sg', 'si']); d.t('\nЖСН/ИИН '); d.iin(p, True); d.t(' | ЖК/УЛ № '); d.docid('id_card'); d.t('\n')
    d.t('Мүгедектік / инвалидность: %s гр., анықтама/справка № ' % d.pick(['I', 'II', 'III'])); d.docid('disability_certificate'); d.t('\n')
    d.t('Жолдама / направление: '); _social(d, kk=d.chance(0.5)); d.t('\n')
    d.t('DS: '); d.c(d.pick(PROS_DX_RU)); d.t('\nБұйым / изделие: '); d.c(d.pick(PROS_ITEM_RU + PROS_ITEM_KK)); d.t('\n')
    d.t('Өлшемдер / обмер: ' + _meas(d) + '\n')
    d.t('Медкарта № '); d.rid('hospitalisation'); d.t('; примерка / өлшеп көру: '); d.date(later(ref, 7, 20, d.rng), 'num'); d.t('\n')
    d.t('Техник: '); d.name(tech, d.pick(['si', 'is'])); d.t('; ортопед: '); d.name(ortho, 'si'); d.t('\n')
    d.t('Байланыс / тел.: '); d.phone(); d.t('\n')


def pros_mx_2(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.1)
    d.spell = d.pick(['ru', 'kk'])
    tech = staff(d)
    d.t('Протезно-ортопедический центр, '); d.settle(city_of(d), 'nom', 'ru'); d.t('. Заказ № '); d.rid('prosthetics_order'); d.t('\n')
    d.t('Клиент '); d.name(p, 'full', latin=d.chance(0.25)); d.t(', '); d.date(p.dob, 'num', birth=True); d.t(' ж.т., ')
    d.t('ЖСН '); d.iin(p, True, split=d.pick([' ', '-', False])); d.t('.\n')
    d.t('Өтініш '); anydate(d, ref); d.t(' қабылданды. Изделие: '); d.c(d.pick(PROS_ITEM_RU)); d.t('.\n')
    d.t('Диагноз: '); d.c(d.pick(PROS_DX_KK)); d.t('.\nАкт МСЭ № '); d.rid('commission_protocol'); d.t(' от '); d.date(later(ref, -300, -10, d.rng), 'num'); d.t('.\n')
    d.t('Жауапты техник '); d.name(tech, 'sg'); d.t(', тел. '); d.phone(); d.t('.\n')
    d.t('Мекенжай: '); home_address(d); d.t('\n')


SAN = {'ru': [san_ru_1, san_ru_2], 'kk': [san_kk_1, san_kk_2], 'mixed': [san_mx_1, san_mx_2]}
PROS = {'ru': [pros_ru_1, pros_ru_2], 'kk': [pros_kk_1, pros_kk_2], 'mixed': [pros_mx_1, pros_mx_2]}
