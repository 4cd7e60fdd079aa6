# -*- coding: utf-8 -*-
"""sanatorium_card and prosthetics_order templates, part 2 (templates 3-5 per language)."""
from gen import WORK, later, make_person, relative, ru_years, DISTRICTS
from blocks import (staff, patient, anydate, age_out, nm, settle_pick, home_address, sign, work_pick,
                    hosp_ru, hosp_kk, ref_date, clin_list, city_of, rel_pick)
from styles2 import (SAN_DX_RU, SAN_TX_RU, SAN_DX_KK, SAN_TX_KK, _resort, PROS_ITEM_RU, PROS_DX_RU, PROS_ITEM_KK,
                     PROS_DX_KK, _social, _meas)

SCHOOLS = [w for w in WORK if w[2] and ('школ' in w[0].lower() or 'гимназ' in w[0].lower())]
DIET = ['стол № 5', 'стол № 9', 'стол № 10', 'стол № 15', 'ОВД']
DIET_KK = ['№ 5 емдәм', '№ 9 емдәм', '№ 10 емдәм', 'жалпы емдәм']


def _proc_table(d, d1, tx, kk=False):
    d.t('| Күні | Процедура | Кабинет | Мейірбике |\n|---|---|---|---|\n' if kk else
        '| Дата | Процедура | Каб. | Медсестра |\n|---|---|---|---|\n')
    nurses = [staff(d, g='f') for _ in range(2)]
    for i in range(d.rng.randint(3, 5)):
        d.t('| '); d.date(later(d1, i * 2, i * 2 + 1, d.rng), d.pick(['num_noy', 'num'])); d.t(' | '); d.c(d.pick(tx))
        d.t(' | %d | ' % d.rng.randint(1, 30)); d.name(d.pick(nurses), d.pick(['si', 'g', 's'])); d.t(' |\n')


def san_ru_3(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.1)
    doc = staff(d)
    res, st = _resort(d)
    d1 = later(ref, 2, 20, d.rng)
    d.c('САНАТОРНАЯ КНИЖКА'); d.t(' № '); d.rid('sanatorium_card'); d.t('\nСанаторий ' + res + ', '); d.settle(st, 'nom', 'ru'); d.t(', корпус %d, комната %d\n' % (d.rng.randint(1, 4), d.rng.randint(101, 450)))
    d.t('Отдыхающий(ая): '); nm(d, p, ['full', 'sg', 'si']); d.t(', '); age_out(d, p, ref, 'ru'); d.t('\nЗаезд: '); d.date(d1, d.pick(['num', 'ru'])); d.t('   Диета: '); d.c(d.pick(DIET)); d.t('\n')
    d.t('Диагноз: '); d.c(d.pick(SAN_DX_RU)); d.t('\nАД при поступлении %d/%d мм рт. ст., пульс %d.\n\n' % (d.rng.randint(110, 170), d.rng.randint(65, 100), d.rng.randint(58, 96)))
    _proc_table(d, d1, SAN_TX_RU)
    d.t('\nПри ухудшении самочувствия звонить дежурному врачу: '); d.phone(d.pick(['land', 'local']), local_ok=True); d.t('\nЛечащий врач '); d.name(doc, d.pick(['si', 'is'])); d.t('\n')


def san_ru_4(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.05, max_age=70)
    doc, head = staff(d), staff(d)
    w = work_pick(d, school=False)
    d.c('СПРАВКА ДЛЯ ПОЛУЧЕНИЯ ПУТЕВКИ'); d.t(' (ф. 070/у)\n')
    d.t('Выдана ' + d.pick(['ГП № 3', 'ГП № 17', 'ЦРБ', 'ВОП «Шипагер»']) + ' '); anydate(d, ref); d.t('\n')
    d.t('1. Ф.И.О.: '); nm(d, p, ['full', 'full', 'sg']); d.t('\n2. Дата рождения: '); d.date(p.dob, d.pick(['num', 'ru', 'num2']), birth=True); d.t('\n')
    d.t('3. ИИН: '); d.iin(p, True); d.t('\n4. Адрес: '); home_address(d); d.t('\n')
    d.t('5. Место работы: '); d.work(w); d.t(', БИН '); d.docid('bin'); d.t('; отдел кадров: '); d.email(); d.t('\n')
    d.t('6. Диагноз: '); d.c(d.pick(SAN_DX_RU)); d.t('\n7. Рекомендуемое лечение: '); clin_list(d, SAN_TX_RU, k=2); d.t(', сезон — ' + d.pick(['любой', 'весна–лето', 'осень']) + '\n')
    d.t('8. Противопоказаний к санаторно-курортному лечению не выявлено. '); d.c('ФЛГ'); d.t(' от '); d.date(later(ref, -200, -10, d.rng), 'num'); d.t(' — норма.\n')
    d.t('Справка действительна 6 месяцев. Тел. пациента: '); d.phone(); d.t('\n')
    d.t('Врач '); d.name(doc, 'si'); d.t('   Зав. поликлиникой '); d.name(head, 'si'); d.t('\n')


def san_ru_5(d):
    ref = ref_date(d)
    child = make_person(d.rng, age=d.rng.randint(5, 15), ref=ref)
    mom = relative(d.rng, child, 'mother', ref)
    doc = staff(d)
    res, st = _resort(d)
    d1 = later(ref, 5, 30, d.rng)
    d2 = later(d1, 14, 21, d.rng)
    d.c('ДЕТСКАЯ САНАТОРНО-КУРОРТНАЯ КАРТА'); d.t(' (ф. 076/у) № '); d.rid('sanatorium_card'); d.t('\n')
    d.t('Ребенок: '); d.name(child, d.pick(['full', 'sg'])); d.t(', д.р. '); d.date(child.dob, d.pick(['num', 'ru']), birth=True); d.t(', ИИН '); d.iin(child, True); d.t('\n')
    d.t('Свидетельство о рождении: '); d.docid('birth_certificate'); d.t('\nОбразовательное учреждение: '); d.work(d.pick(SCHOOLS)); d.t(', ' + str(d.rng.randint(1, 9)) + ' класс\n')
    d.t('Сопровождающий: мать — '); d.name(mom, 'full'); d.t(', ИИН '); d.iin(mom, True); d.t(', тел. '); d.phone(); d.t('\n')
    d.t('Путевка № '); d.docid('voucher'); d.t(' в санаторий ' + res + ' ('); d.settle(st, 'nom', 'ru'); d.t(') на срок с '); d.date(d1, 'num'); d.t(' по '); d.date(d2, 'num'); d.t('\n')
    d.t('Диагноз: '); d.c(d.pick(['Бронхиальная астма, легкое персистирующее течение', 'Сколиоз I степени', 'Хронический тонзиллит',
                                  'Последствия перинатального поражения ЦНС', 'Плоскостопие II степени'])); d.t('\n')
    d.t('Прививки по календарю; '); d.c('реакция Манту'); d.t(' от '); d.date(later(ref, -300, -20, d.rng), 'num'); d.t(' — %d мм.\n' % d.rng.randint(0, 9))
    d.t('Энтеробиоз — отр. (лаб. № '); d.rid('lab'); d.t(').\nУчастковый педиатр '); d.name(doc, d.pick(['si', 'is'])); d.t('\n')


def san_kk_3(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.1)
    doc = staff(d)
    res, st = _resort(d)
    d1 = later(ref, 2, 20, d.rng)
    d.c('ШИПАЖАЙ КІТАПШАСЫ'); d.t(' № '); d.rid('sanatorium_card'); d.t('\n' + res + ' шипажайы, '); d.settle(st, 'nom', 'kk'); d.t(', %d-бөлме\n' % d.rng.randint(101, 450))
    d.t('Демалушы: '); nm(d, p, ['full', 'sg']); d.t(', '); age_out(d, p, ref, d.pick(['kk', 'kk_loc'])); d.t('\nКелген күні: '); anydate(d, d1, fmts=['kk', 'num', 'kk_abbr'])
    d.t('\nЕмдәм: '); d.c(d.pick(DIET_KK)); d.t('\nДиагнозы: '); d.c(d.pick(SAN_DX_KK)); d.t('\n\n')
    _proc_table(d, d1, SAN_TX_KK, kk=True)
    d.t('\nКезекші дәрігер телефоны: '); d.phone(d.pick(['land', 'local']), local_ok=True); d.t('\nЕмдеуші дәрігер '); d.name(doc, 'is'); d.t('\n')


def san_kk_4(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.05, max_age=70)
    doc = staff(d)
    d.c('ЖОЛДАМА АЛУҒА АРНАЛҒАН АНЫҚТАМА'); d.t(' (070/е нысаны)\n')
    d.t('Берген: ' + d.pick(['№ 3 қалалық емхана', 'аудандық емхана', '№ 1 ЖПД орталығы']) + ', '); anydate(d, ref, fmts=['kk', 'num', 'kk_abbr']); d.t('\n')
    d.t('Тегі, аты, әкесінің аты: '); nm(d, p, ['full', 'sg']); d.t('\nЖСН: '); d.iin(p, True); d.t('\nМекенжайы: '); home_address(d)
    d.t('\nЖұмыс орны: '); d.work(work_pick(d, school=False)); d.t(', БСН '); d.docid('bin'); d.t('\n')
    d.t('Диагнозы: '); d.c(d.pick(SAN_DX_KK)); d.t('\nҰсынылатын ем: '); clin_list(d, SAN_TX_KK, k=2); d.t('\n')
    d.t('Қарсы көрсетілімдер жоқ. '); d.c('ФЛГ'); d.t(': '); d.date(later(ref, -200, -10, d.rng), 'num'); d.t('.\nБайланыс: '); d.phone(); d.t(', '); d.email(p); d.t('\n')
    d.t('Дәрігер '); d.name(doc, 'is'); d.t('\n')


def san_kk_5(d):
    ref = ref_date(d)
    child = make_person(d.rng, age=d.rng.randint(5, 15), ref=ref, ethnic='kz')
    mom = relative(d.rng, child, 'mother', ref)
    doc = staff(d)
    res, st = _resort(d)
    d1 = later(ref, 5, 30, d.rng)
    d.c('БАЛАНЫҢ САНАТОРЛЫҚ-КУРОРТТЫҚ КАРТАСЫ'); d.t(' № '); d.rid('sanatorium_card'); d.t('\n')
    d.t('Бала: '); d.name(child, d.pick(['full', 'sg'])); d.t(', туған күні '); d.date(child.dob, d.pick(['num', 'kk']), birth=True); d.t(', ЖСН '); d.iin(child, True); d.t('\n')
    d.t('Туу туралы куәлік: '); d.docid('birth_certificate'); d.t('\nМектебі: '); d.work(d.pick(SCHOOLS)); d.t('\n')
    d.t('Ертіп жүруші: анасы '); d.name(mom, d.pick(['full', 'sg'])); d.t(', '); d.phone(); d.t('\n')
    d.t('Жолдама № '); d.docid('voucher'); d.t(', ' + res + ', '); d.settle(st, 'nom', 'kk'); d.t('; '); d.date(d1, d.pick(['kk', 'num'])); d.t(' бастап 21 күн\n')
    d.t('Диагнозы: '); d.c(d.pick(['Бронх демікпесі', 'I дәрежелі сколиоз', 'Созылмалы тонзиллит', 'II дәрежелі жалпақ табандық'])); d.t('\n')
    d.t('Учаскелік педиатр '); d.name(doc, 'is'); d.t('\n')


def san_mx_3(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.12)
    d.spell = d.pick(['ru', 'kk'])
    doc = staff(d)
    res, st = _resort(d)
    d1 = later(ref, 2, 20, d.rng)
    d.c('ШИПАЖАЙ КІТАПШАСЫ / САНАТОРНАЯ КНИЖКА'); d.t(' № '); d.rid('sanatorium_card'); d.t('\n')
    d.t(res + ', '); d.settle(st, 'nom', d.pick(['ru', 'kk'])); d.t('; бөлме/комната %d\n' % d.rng.randint(101, 450))
    d.t('Аты-жөні / Ф.И.О.: '); nm(d, p, ['full', 'sg', 'si']); d.t('; жасы/возраст: '); age_out(d, p, ref, 'num'); d.t('\n')
    d.t('Заезд / келген күні: '); d.date(d1, 'num'); d.t('; DS: '); d.c(d.pick(SAN_DX_RU)); d.t('\n')
    _proc_table(d, d1, SAN_TX_RU + SAN_TX_KK, kk=d.chance(0.5))
    d.t('Врач / дәрігер: '); d.name(doc, 'si'); d.t(', '); d.phone(); d.t('\n')


def san_mx_4(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.05, max_age=70)
    d.spell = d.pick(['ru', 'kk'])
    doc = staff(d)
    d.c('АНЫҚТАМА / СПРАВКА 070/у'); d.t(' — для получения путевки / жолдама алу үшін\n')
    d.t('Аты-жөні / Ф.И.О.: '); nm(d, p, ['full', 'sg']); d.t('\nЖСН/ИИН: '); d.iin(p, True); d.t('; туған күні: '); d.date(p.dob, 'num', birth=True); d.t('\n')
    d.t('Жұмыс орны / место работы: '); d.work(work_pick(d, school=False), lang=d.pick(['ru', 'kk'])); d.t(' (БИН/БСН '); d.docid('bin'); d.t(')\n')
    d.t('DS: '); d.c(d.pick(SAN_DX_RU)); d.t('; ем: '); clin_list(d, SAN_TX_KK, k=2); d.t('\n')
    d.t('Мекенжайы: '); home_address(d); d.t('; e-mail: '); d.email(p); d.t('\n')
    d.t('Дәрігер / врач '); d.name(doc, d.pick(['si', 'is'])); d.t(', '); anydate(d, ref); d.t('\n')


def san_mx_5(d):
    ref = ref_date(d)
    child = make_person(d.rng, age=d.rng.randint(5, 15), ref=ref)
    d.spell = d.pick(['ru', 'kk'])
    mom = relative(d.rng, child, 'mother', ref)
    res, st = _resort(d)
    d1 = later(ref, 5, 30, d.rng)
    d2 = later(d1, 14, 21, d.rng)
    d.t('Детский санаторий / балалар шипажайы ' + res + '. Карта № '); d.rid('sanatorium_card'); d.t('\n')
    d.t('Бала / ребенок: '); d.name(child, 'full'); d.t(', '); d.date(child.dob, 'num', birth=True); d.t(' г.р.; свид. о рождении '); d.docid('birth_certificate'); d.t('\n')
    d.t('Анасы / мать: '); d.name(mom, d.pick(['full', 'sg'])); d.t(', ЖСН '); d.iin(mom, True); d.t(', '); d.phone(); d.t('\n')
    d.t('Мерзімі / срок: '); d.date(d1, 'num'); d.t(' – '); d.date(d2, 'num'); d.t('; мектеп/школа: '); d.work(d.pick(SCHOOLS), lang=d.pick(['ru', 'kk'])); d.t('\n')
    d.t('DS: '); d.c(d.pick(['Бронхиальная астма', 'Сколиоз I степени', 'Хронический тонзиллит'])); d.t('; лаб. № '); d.rid('lab'); d.t('\n')


# ------------------------------------------------------------------ prosthetics, templates 3-5

def pros_ru_3(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.08)
    rep_rel = rel_pick(d, p, ref, ['son', 'daughter', 'wife', 'husband'])
    q = rep_rel[1]
    master, drv = staff(d), staff(d, g='m')
    d.c('АКТ ПРИЕМА-ПЕРЕДАЧИ ТЕХНИЧЕСКОГО ВСПОМОГАТЕЛЬНОГО СРЕДСТВА'); d.t('\n')
    d.t('по заказ-наряду № '); d.rid('prosthetics_order'); d.t(' от '); d.date(later(ref, -50, -20, d.rng), 'num'); d.t('\n\n')
    d.t('Получатель: '); nm(d, p, ['full', 'sg']); d.t(', ИИН '); d.iin(p, True); d.t('\n')
    d.t('Изделие: '); d.c(d.pick(PROS_ITEM_RU)); d.t(', гарантийный срок 12 месяцев.\n')
    if d.chance(0.5):
        d.t('Получено представителем по доверенности — ' + rep_rel[2] + ' '); d.name(q, 'full'); d.t(', паспорт/уд. личности № '); d.docid(d.pick(['id_card', 'passport'])); d.t('.\n')
    d.t('Доставка на дом: '); home_address(d); d.t(', автомобиль '); d.docid('vehicle_plate'); d.t(', водитель '); d.name(drv, d.pick(['si', 'sg'])); d.t('.\n')
    d.t('Претензий к качеству нет. Дата передачи: '); anydate(d, ref); d.t('\n')
    d.t('Сдал: мастер '); d.name(master, 'si'); d.t('   Принял: ____ '); d.name(p, 'is'); d.t('\n')


def pros_ru_4(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.1)
    chair, m1, m2 = staff(d), staff(d), staff(d)
    d.c('ЗАКЛЮЧЕНИЕ ВКК'); d.t(' о нуждаемости в протезно-ортопедической помощи\nПротокол ВКК № '); d.rid('commission_protocol'); d.t(' от '); anydate(d, ref); d.t('\n')
    d.t(hosp_ru(d) + ', '); d.settle(city_of(d), 'nom', 'ru'); d.t('\n\n')
    d.t('Пациент: '); nm(d, p, ['full', 'sg']); d.t(', '); age_out(d, p, ref, 'ru'); d.t(', ИИН '); d.iin(p, True); d.t('\n')
    d.t('Амб. карта № '); d.rid('outpatient_card'); d.t('; адрес: '); home_address(d); d.t('\n')
    d.t('Диагноз: '); d.c(d.pick(PROS_DX_RU)); d.t('. Код по МКБ-10: ' + d.pick(['Z89.5', 'Z89.6', 'G80.1', 'M41.1', 'E11.5']) + '\n')
    d.t('Решение: нуждается в '); d.c(d.pick(PROS_ITEM_RU)); d.t('; направить в '); _social(d); d.t('.\n')
    d.t('Председатель ВКК '); d.name(chair, 'si'); d.t('\nЧлены: '); d.name(m1, 'si'); d.t(', '); d.name(m2, d.pick(['si', 'is'])); d.t('\n')


def _orders(d, ref, kk=False):
    d.t('| № заказа | Күні | Алушы | ЖСН | Бұйым |\n|---|---|---|---|---|\n' if kk else
        '| № заказа | Дата | Получатель | ИИН | Изделие |\n|---|---|---|---|---|\n')
    for i in range(d.rng.randint(3, 5)):
        q = patient(d, ref, old=0.08)
        d.t('| '); d.rid('prosthetics_order'); d.t(' | '); d.date(later(ref, i, i + 1, d.rng), d.pick(['num', 'num2'])); d.t(' | ')
        d.name(q, d.pick(['si', 'sg'])); d.t(' | '); d.iin(q, False, split=False); d.t(' | '); d.c(d.pick(PROS_ITEM_KK if kk else PROS_ITEM_RU)); d.t(' |\n')


def pros_ru_5(d):
    ref = ref_date(d)
    head = staff(d)
    d.c('ЖУРНАЛ УЧЕТА ЗАКАЗОВ'); d.t(' протезно-ортопедических изделий, филиал '); d.settle(city_of(d), 'gen', 'ru'); d.t('\n')
    d.t('Период: '); d.date(ref, d.pick(['ru_my', 'num_my'])); d.t('\n\n')
    _orders(d, ref)
    d.t('\nОтветственный: начальник цеха '); d.name(head, d.pick(['si', 'is'])); d.t(', тел. '); d.phone('land'); d.t(', '); d.email(inst='poc-almaty.kz'); d.t('\n')


def pros_kk_3(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.08)
    rel, q, ru, kw = rel_pick(d, p, ref, ['son', 'daughter', 'wife', 'husband'])
    master, drv = staff(d), staff(d, g='m')
    d.c('ТЕХНИКАЛЫҚ ҚОСАЛҚЫ ҚҰРАЛДЫ ҚАБЫЛДАУ-ТАПСЫРУ АКТІСІ'); d.t('\n')
    d.t('Тапсырыс-наряд № '); d.rid('prosthetics_order'); d.t('\nАлушы: '); nm(d, p, ['full', 'sg']); d.t(', ЖСН '); d.iin(p, True); d.t('\n')
    d.t('Бұйым: '); d.c(d.pick(PROS_ITEM_KK)); d.t(', кепілдік мерзімі 12 ай.\n')
    d.t('Сенімхат бойынша алған: ' + kw + ' '); d.name(q, d.pick(['full', 'sg'])); d.t(', жеке куәлік № '); d.docid('id_card'); d.t('.\n')
    d.t('Үйге жеткізу: '); home_address(d); d.t(', көлік '); d.docid('vehicle_plate'); d.t(', жүргізуші '); d.name(drv, 'is'); d.t('.\n')
    d.t('Тапсырылған күні: '); anydate(d, ref, fmts=['kk', 'kk_abbr', 'num']); d.t('\nТапсырған шебер '); d.name(master, 'is'); d.t('\n')


def pros_kk_4(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.1)
    chair, m1 = staff(d), staff(d)
    d.c('ДКК ҚОРЫТЫНДЫСЫ'); d.t('\nДКК хаттамасы № '); d.rid('commission_protocol'); d.t(', '); anydate(d, ref, fmts=['kk', 'num', 'kk_loc']); d.t('\n')
    d.t('Науқас: '); nm(d, p, ['full', 'sg']); d.t(', ЖСН '); d.iin(p, True); d.t(', '); age_out(d, p, ref, d.pick(['kk', 'kk_loc'])); d.t('\n')
    d.t('Амбулаторлық карта № '); d.rid('outpatient_card'); d.t('\nДиагнозы: '); d.c(d.pick(PROS_DX_KK)); d.t('\n')
    d.t('Шешім: '); d.c(d.pick(PROS_ITEM_KK)); d.t(' қажет; '); _social(d, kk=True); d.t(' жолдансын.\n')
    d.t('ДКК төрағасы '); d.name(chair, 'is'); d.t('; мүшесі '); d.name(m1, 'si'); d.t('\n')


def pros_kk_5(d):
    ref = ref_date(d)
    head = staff(d)
    d.c('ТАПСЫРЫСТАРДЫ ЕСЕПКЕ АЛУ ЖУРНАЛЫ'); d.t(', '); d.settle(city_of(d), 'nom', 'kk'); d.t(' филиалы\n')
    d.t('Кезең: '); d.date(ref, 'kk_my'); d.t('\n\n')
    _orders(d, ref, kk=True)
    d.t('\nЖауапты: цех бастығы '); d.name(head, 'is'); d.t(', '); d.phone('land'); d.t('\n')


def pros_mx_3(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.08)
    d.spell = d.pick(['ru', 'kk'])
    master, drv = staff(d), staff(d, g='m')
    d.c('ҚАБЫЛДАУ-ТАПСЫРУ АКТІСІ / АКТ ПРИЕМА-ПЕРЕДАЧИ'); d.t('\nЗаказ / тапсырыс № '); d.rid('prosthetics_order'); d.t('\n')
    d.t('Алушы / получатель: '); nm(d, p, ['full', 'sg', 'si']); d.t(', ЖСН/ИИН '); d.iin(p, True); d.t('\n')
    d.t('Бұйым / изделие: '); d.c(d.pick(PROS_ITEM_RU)); d.t('\nЖеткізу / доставка: '); home_address(d); d.t(', авто '); d.docid('vehicle_plate'); d.t(' ('); d.name(drv, 'si'); d.t(')\n')
    d.t('Күні / дата: '); d.date(ref, 'num'); d.t('; шебер/мастер '); d.name(master, 'si'); d.t(', тел. '); d.phone(); d.t('\n')


def pros_mx_4(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.12)
    d.spell = d.pick(['ru', 'kk'])
    chair = staff(d)
    d.c('ДКК/ВКК ҚОРЫТЫНДЫСЫ / ЗАКЛЮЧЕНИЕ'); d.t(' № '); d.rid('commission_protocol'); d.t(' от '); d.date(ref, 'num'); d.t('\n')
    d.t('Пациент: '); d.name(p, d.pick(['full', 'sg'])); d.t('; '); age_out(d, p, ref, d.pick(['ru', 'kk', 'num'])); d.t('; ЖСН '); d.iin(p, True); d.t('\n')
    d.t('DS: '); d.c(d.pick(PROS_DX_RU)); d.t('\nҚажет / нуждается: '); d.c(d.pick(PROS_ITEM_RU + PROS_ITEM_KK)); d.t('\nНаправление / жолдама: '); _social(d, kk=d.chance(0.5)); d.t('\n')
    d.t('Төраға / председатель: '); d.name(chair, 'si'); d.t('\n')


def pros_mx_5(d):
    ref = ref_date(d)
    d.spell = d.pick(['ru', 'kk'])
    head = staff(d)
    d.c('ЖУРНАЛ ЗАКАЗОВ / ТАПСЫРЫСТАР ЖУРНАЛЫ'); d.t(' — '); d.date(ref, d.pick(['num_my', 'kk_my', 'ru_my'])); d.t('\n\n')
    _orders(d, ref, kk=d.chance(0.5))
    d.t('\nЖауапты / ответственный: '); d.name(head, 'si'); d.t(', '); d.email(head); d.t('\n')


SAN2 = {'ru': [san_ru_3, san_ru_4, san_ru_5], 'kk': [san_kk_3, san_kk_4, san_kk_5], 'mixed': [san_mx_3, san_mx_4, san_mx_5]}
PROS2 = {'ru': [pros_ru_3, pros_ru_4, pros_ru_5], 'kk': [pros_kk_3, pros_kk_4, pros_kk_5],
         'mixed': [pros_mx_3, pros_mx_4, pros_mx_5]}
