# -*- coding: utf-8 -*-
"""complaint_response and blood_donor_record templates."""
from gen import later, DISTRICTS, relative, make_person, ru_years
from blocks import (staff, patient, anydate, age_out, nm, settle_pick, home_address, sign, work_pick,
                    hosp_ru, hosp_kk, ref_date, clin_list, city_of)

CMP_ISSUE_RU = [('перелом шейки бедра', 'эндопротезирование'), ('ОНМК', 'КТ головного мозга'),
                ('острый аппендицит', 'аппендэктомия'), ('внебольничная пневмония', 'рентгенография органов грудной клетки'),
                ('гипертонический криз', 'ЭКГ'), ('желчнокаменная болезнь', 'холецистэктомия'),
                ('сахарный диабет 2 типа', 'консультация эндокринолога'), ('ОРВИ с высокой температурой', 'консультация педиатра')]
CMP_ISSUE_KK = [('ортан жілік мойнының сынуы', 'эндопротездеу'), ('МҚЖБ', 'мидың КТ-сы'), ('жедел аппендицит', 'аппендэктомия'),
                ('пневмония', 'кеуде қуысының рентгенографиясы'), ('гипертониялық криз', 'ЭКГ'), ('қант диабеті', 'эндокринолог кеңесі')]
REL_RU = {'mother': ('мать', 'моя мать', 'матери'), 'father': ('отец', 'мой отец', 'отца'), 'son': ('сын', 'мой сын', 'сына'),
          'daughter': ('дочь', 'моя дочь', 'дочери'), 'wife': ('жена', 'моя супруга', 'супруги'), 'husband': ('муж', 'мой муж', 'мужа')}
REL_KK = {'mother': 'анам', 'father': 'әкем', 'son': 'ұлым', 'daughter': 'қызым', 'wife': 'жұбайым', 'husband': 'күйеуім'}


def _letterno(d, kk=False):
    return '%s № %02d-%02d/%d' % ('Шығ.' if kk else d.pick(['Исх.', 'Исх.']), d.rng.randint(1, 9), d.rng.randint(1, 30), d.rng.randint(100, 9999))


def _pair(d, ref):
    """complainant and the patient concerned"""
    c = make_person(d.rng, ref=ref, min_age=25, max_age=68)
    rel = d.pick(['mother', 'father', 'son', 'daughter', 'wife' if c.g == 'm' else 'husband', None])
    if rel is None:
        return c, c, None
    if rel in ('mother', 'father'):
        pt = relative(d.rng, c, rel, ref)
        if d.chance(0.5):
            pt = make_person(d.rng, g=pt.g, age=d.rng.randint(90, 99), ref=ref, surname_from=c if rel == 'father' else None)
    else:
        pt = relative(d.rng, c, rel, ref)
    return c, pt, rel


def cmp_ru_1(d):
    ref = ref_date(d)
    c, pt, rel = _pair(d, ref)
    chief, docx, offi, ns = staff(d), staff(d), staff(d, g='f'), staff(d, g='f')
    issue, proc = d.pick(CMP_ISSUE_RU)
    adm = later(ref, -40, -10, d.rng)
    h = hosp_ru(d)
    d.t('Главному врачу ' + h + '\n'); d.name(chief, d.pick(['is', 'si']), case='ru_dat'); d.t('\nот '); d.name(c, 'full', case='ru_gen')
    d.t(',\nпроживающей(его) по адресу: '); home_address(d); d.t(',\nтел. '); d.phone(); d.t(', e-mail: '); d.email(c); d.t('\n\n')
    d.c('ЖАЛОБА'); d.t('\n\n')
    d.t('Я, '); d.name(c, 'full'); d.t(', ИИН '); d.iin(c, True); d.t(', ')
    if rel is None:
        d.t('была(был) госпитализирована(ан) ')
    else:
        d.t(REL_RU[rel][1] + ' ')
        d.name(pt, d.pick(['full', 'sg'])); d.t(', ')
        if d.chance(0.5):
            d.date(pt.dob, 'year', birth=True); d.t(' г.р., ')
        a = pt.age_at(ref)
        if a > 89:
            if d.chance(0.5):
                d.t('в возрасте '); d.age(a, 'ru_after')
            else:
                d.age(a, 'ru')
            d.t(', ')
        d.t('была(был) доставлен(а) ')
    d.date(adm, d.pick(['num', 'ru'])); d.t(' в ' + d.pick(['приемный покой', 'отделение травматологии', 'неврологию']) + ' с диагнозом «'); d.c(issue); d.t('».\n')
    d.t('Лечащий врач '); d.name(docx, d.pick(['si', 'sg'])); d.t(' не провел(а) своевременно '); d.c(proc); d.t(', медсестра ')
    d.name(ns, d.pick(['g', 'gs'])); d.t(' грубо разговаривала с нами. Прошу провести проверку и дать письменный ответ.\n\n')
    anydate(d, later(adm, 5, 12, d.rng)); d.t('    ________ /'); d.name(c, 'si'); d.t('/\n\n')
    d.t('— — —\n\n' + h + '\n' + _letterno(d) + ' от '); resp = later(adm, 15, 35, d.rng); d.date(resp, d.pick(['num', 'ru_q', 'ru']))
    d.t('\n\n'); d.name(c, 'si', case='ru_dat'); d.t('\n'); d.addr('ru', apt=True); d.t('\n\n')
    d.t('Уважаем' + ('ая ' if c.g == 'f' else 'ый ')); d.name(c, 'gp'); d.t('!\n')
    d.t('Рассмотрев Ваше обращение (вх. № %d от ' % d.rng.randint(100, 3000)); d.date(later(adm, 5, 12, d.rng), 'num')
    d.t('), сообщаем, что проведен внутренний аудит, материалы рассмотрены на заседании ВКК (протокол № '); d.rid('commission_protocol')
    d.t('). Медицинская карта № '); d.rid('hospitalisation'); d.t(' изучена. Выявлены дефекты ведения документации; врачу ')
    d.name(docx, 'si', case='ru_dat'); d.t(' объявлено замечание.\n')
    d.t('\nГлавный врач ____________ '); d.name(chief, 'is'); d.t('\nИсп.: '); d.name(offi, d.pick(['si', 'sg'])); d.t(', тел. '); d.phone('land')
    d.t(', '); d.email(); d.t('\n')


def cmp_ru_2(d):
    ref = ref_date(d)
    c, pt, rel = _pair(d, ref)
    offi, deputy = staff(d, g='f'), staff(d)
    issue, proc = d.pick(CMP_ISSUE_RU)
    adm = later(ref, -30, -5, d.rng)
    d.t('От: '); d.name(c, d.pick(['gs', 'sg']), latin=d.chance(0.3)); d.t(' <'); d.email(c); d.t('>\n')
    d.t('Отправлено: ' + d.pick(['понедельник', 'вторник', 'среда', 'четверг', 'пятница']) + ', '); d.date(ref, d.pick(['ru', 'num'])); d.t(' %02d:%02d\n' % (d.rng.randint(0, 23), d.rng.randint(0, 59)))
    d.t('Кому: '); d.email(); d.t('\nТема: жалоба на качество медицинской помощи\n\n')
    d.t('Здравствуйте. ')
    if rel is None:
        d.t('Я лежал(а) в вашей больнице ')
    else:
        d.t(REL_RU[rel][0].capitalize() + ' — '); d.name(pt, d.pick(['full', 'si'])); d.t(' (ИИН '); d.iin(pt, True); d.t(')')
        if pt.age_at(ref) > 89:
            d.t(', ему/ей '); d.age(pt.age_at(ref), 'ru')
        d.t(' — лежал(а) в вашей больнице ')
    d.t('с '); d.date(adm, 'num'); d.t(' по '); d.date(later(adm, 3, 14, d.rng), 'num'); d.t(' (ИБ '); d.rid('hospitalisation'); d.t('). Диагноз: '); d.c(issue)
    d.t('. Обещали '); d.c(proc); d.t(', но так и не сделали. Мой номер: '); d.phone(); d.t('.\n\n')
    d.t('— Ответ —\n' + _letterno(d) + '\n'); d.name(c, 'sg', case='ru_dat'); d.t('\n')
    d.t('Ваше обращение рассмотрено заместителем главного врача по лечебной работе '); d.name(deputy, 'si', case='ru_ins')
    d.t('. ' + d.pick(['Жалоба признана обоснованной частично.', 'Факты не подтвердились.', 'Нарушения подтвердились.']) + ' ')
    d.t('Разъяснение дано по телефону '); anydate(d, later(ref, 2, 9, d.rng), fmts=['num', 'ru_noy', 'num_noy']); d.t('.\n')
    d.t('Исполнитель: '); d.name(offi, 'sg'); d.t(', отдел качества, '); d.email(); d.t(', тел. '); d.phone(d.pick(['land', 'local']), local_ok=True); d.t('\n')


def cmp_kk_1(d):
    ref = ref_date(d)
    c, pt, rel = _pair(d, ref)
    chief, docx, offi = staff(d), staff(d), staff(d, g='f')
    issue, proc = d.pick(CMP_ISSUE_KK)
    adm = later(ref, -40, -10, d.rng)
    h = hosp_kk(d)
    d.t(h + ' бас дәрігері\n'); d.name(chief, 'is', case='kk_dat'); d.t('\n'); d.name(c, d.pick(['full', 'sg']), case='kk_abl'); d.t('\n')
    d.t('Мекенжайы: '); home_address(d); d.t('\nТел.: '); d.phone(); d.t('\n\n'); d.c('ШАҒЫМ'); d.t('\n\n')
    if rel is None:
        d.t('Мен, '); d.name(c, 'full'); d.t(' (ЖСН '); d.iin(c, True); d.t('), ')
    else:
        d.t('Менің ' + REL_KK[rel] + ' '); d.name(pt, d.pick(['full', 'sg'])); d.t(' (ЖСН '); d.iin(pt, True); d.t(')')
        a = pt.age_at(ref)
        if a > 89:
            d.t(', '); d.age(a, d.pick(['kk_loc', 'kk'])); d.t(',')
        d.t(' ')
    d.date(adm, d.pick(['kk_loc', 'kk', 'num'])); d.t(' '); d.c(issue); d.t(' диагнозымен ауруханаға түсті. Емдеуші дәрігер ')
    d.name(docx, 'is'); d.t(' '); d.c(proc); d.t(' уақытында жасамады. Тексеріп, жазбаша жауап беруіңізді сұраймын.\n')
    d.t('Қолы ____ '); anydate(d, later(adm, 5, 12, d.rng), fmts=['kk', 'num']); d.t('\n\n— — —\n')
    d.t(_letterno(d, True) + ', '); d.date(later(adm, 15, 30, d.rng), d.pick(['kk', 'num'])); d.t('\n'); d.name(c, 'is', case='kk_dat'); d.t('\n')
    d.t('Құрметті '); d.name(c, 'g'); d.t('! Сіздің өтінішіңіз қаралды. ДКК хаттамасы № '); d.rid('commission_protocol'); d.t(', ауру тарихы № ')
    d.rid('hospitalisation'); d.t(' тексерілді. Дәрігер '); d.name(docx, 'is', case='kk_dat'); d.t(' ескерту жарияланды.\n')
    d.t('Бас дәрігер '); d.name(chief, 'is'); d.t('\nОрынд.: '); d.name(offi, 'si'); d.t(', '); d.phone('land'); d.t(', '); d.email(); d.t('\n')


def cmp_kk_2(d):
    ref = ref_date(d)
    c, pt, rel = _pair(d, ref)
    offi = staff(d, g='f')
    issue, proc = d.pick(CMP_ISSUE_KK)
    adm = later(ref, -30, -5, d.rng)
    d.t('Кімнен: '); d.name(c, 'gs'); d.t(' <'); d.email(c); d.t('>\nЖіберілді: '); d.date(ref, d.pick(['kk', 'num'])); d.t(', %02d:%02d\n' % (d.rng.randint(0, 23), d.rng.randint(0, 59)))
    d.t('Кімге: '); d.email(); d.t('\n\nСәлеметсіз бе! ')
    if rel is not None:
        d.t(REL_KK[rel].capitalize() + ' '); d.name(pt, 'sg'); d.t(' ')
        a = pt.age_at(ref)
        if a > 89:
            d.age(a, 'kk_attr'); d.t(' қарт адам, ')
    d.date(adm, 'kk_loc'); d.t(' '); d.c(issue); d.t(' бойынша жатқызылды, '); d.c(proc); d.t(' жасалмады. Тел.: '); d.phone(); d.t('.\n\n')
    d.t('Жауап: ' + _letterno(d, True) + '. Өтініш қаралды, медициналық карта № '); d.rid('hospitalisation'); d.t(' бойынша ішкі аудит жүргізілді. ')
    d.t('Мекенжайыңызға ('); d.addr('kk', apt=True); d.t(') жазбаша жауап жіберілді.\nОрындаушы: '); d.name(offi, d.pick(['sg', 'is'])); d.t('\n')


def cmp_mx_1(d):
    ref = ref_date(d)
    c, pt, rel = _pair(d, ref)
    d.spell = d.pick(['ru', 'kk'])
    chief, docx, offi = staff(d), staff(d), staff(d, g='f')
    issue, proc = d.pick(CMP_ISSUE_RU)
    adm = later(ref, -40, -10, d.rng)
    d.t('Бас дәрігерге / Главному врачу '); d.name(chief, 'si', case='ru_dat'); d.t('\nот '); d.name(c, 'sg', case='ru_gen'); d.t(', тел. '); d.phone(); d.t('\n\n')
    d.t('Шағым / жалоба. ')
    if rel is not None:
        d.t(REL_KK[rel].capitalize() + ' ('); d.t(REL_RU[rel][0]); d.t(') '); d.name(pt, 'full'); d.t(', ИИН '); d.iin(pt, True); d.t(', ')
        age_out(d, pt, ref, d.pick(['ru', 'kk'])); d.t(', ')
    d.date(adm, 'num'); d.t(' түсті / поступил(а) с диагнозом '); d.c(issue); d.t('. Врач '); d.name(docx, 'si'); d.t(' отказал в '); d.c(proc); d.t('.\n')
    d.t('Мекенжайым / мой адрес: '); home_address(d); d.t('. Жұмыс орным / работаю: '); d.work(work_pick(d)); d.t('.\n\n')
    d.t(_letterno(d) + ' / ' + _letterno(d, True) + '  '); d.date(later(adm, 15, 30, d.rng), 'num'); d.t('\n')
    d.t('Жауап / ответ: обращение рассмотрено, ВКК хаттамасы / протокол № '); d.rid('commission_protocol'); d.t('. Ескерту / замечание врачу ')
    d.name(docx, 'si', case='ru_dat'); d.t('.\nБас дәрігер '); d.name(chief, 'is'); d.t('\nОрынд./исп. '); d.name(offi, 'sg'); d.t(', '); d.email(); d.t('\n')


def cmp_mx_2(d):
    ref = ref_date(d)
    c, pt, rel = _pair(d, ref)
    d.spell = d.pick(['ru', 'kk'])
    offi = staff(d)
    issue, proc = d.pick(CMP_ISSUE_KK)
    adm = later(ref, -30, -5, d.rng)
    d.t('eOtinish обращение № ЖТ-%d-%08d\n' % (ref.year, d.rng.randint(1, 99999999)))
    d.t('Өтініш беруші: '); d.name(c, 'full', caps=d.chance(0.4)); d.t(', ЖСН '); d.iin(c, True); d.t('\n')
    d.t('Email: '); d.email(c); d.t(', тел.: '); d.phone(); d.t('\nМекенжайы: '); home_address(d); d.t('\n')
    d.t('Мәтіні: '); d.date(adm, d.pick(['num', 'kk'])); d.t(' ' + hosp_ru(d) + ' ')
    if rel is not None:
        d.t(REL_RU[rel][2] + ' '); d.name(pt, 'si', case='ru_gen'); d.t(' ')
    d.t('не провели '); d.c(proc); d.t(' при '); d.c(issue); d.t('. Прошу разобраться.\n\n')
    d.t('Жауап / ответ ('); d.date(later(adm, 10, 25, d.rng), 'num'); d.t('): карта № '); d.rid('hospitalisation'); d.t(' изучена, нарушений не выявлено.\n')
    d.t('Жауапты / ответственный: '); d.name(offi, 'si'); d.t(', '); d.phone('land'); d.t('\n')


# ------------------------------------------------------------------ blood donor
DON_TYPE = ['цельная кровь', 'плазмаферез', 'тромбоцитаферез', 'эритроцитаферез']
DON_TYPE_KK = ['тұтас қан', 'плазмаферез', 'тромбоцитаферез']
DON_LAB = ['HBsAg', 'анти-HCV', 'ВИЧ-1/2 Ag/Ab', 'сифилис (ИФА)', 'АЛТ', 'гемоглобин', 'NAT-тестирование']
COMP = ['эритроцитная взвесь, обедненная лейкоцитами', 'свежезамороженная плазма (СЗП)', 'тромбоконцентрат аферезный',
        'криопреципитат', 'эритроцитная масса']
COMP_KK = ['лейкоциттері азайтылған эритроцит суспензиясы', 'жаңа мұздатылған плазма (ЖМП)', 'тромбоконцентрат', 'криопреципитат']
TRANS_DX = ['Постгеморрагическая анемия тяжелой степени', 'Апластическая анемия', 'Острый миелобластный лейкоз',
            'ДВС-синдром', 'Желудочно-кишечное кровотечение', 'Гемофилия А']
BGRP = ['O(I) Rh+', 'A(II) Rh+', 'B(III) Rh−', 'AB(IV) Rh+', 'A(II) Rh−', 'O(I) Rh−', 'B(III) Rh+']


def _bag(d):
    return '%03d-%02d-%05d' % (d.rng.randint(100, 999), d.rng.randint(23, 25), d.rng.randint(1, 99999))


def _point(d, kk=False):
    k = d.rng.randint(0, 3)
    if k == 0:
        d.t('ОЦК, ' if not kk else 'ОҚО, '); d.settle(city_of(d), 'nom', 'kk' if kk else 'ru')
    elif k == 1:
        d.t('выездная бригада, ' if not kk else 'көшпелі бригада, '); d.settle(settle_pick(d), 'nom', 'kk' if kk else 'ru')
    elif k == 2:
        d.t('акция в ' if not kk else 'акция: '); d.work(work_pick(d), lang='kk' if kk else 'ru')
    else:
        d.t('филиал ' if not kk else 'филиалы, '); d.district(d.pick(DISTRICTS), 'gen' if not kk else 'nom', 'kk' if kk else 'ru')


def don_ru_1(d):
    ref = ref_date(d)
    p = make_person(d.rng, ref=ref, min_age=18, max_age=60)
    docs = [staff(d) for _ in range(3)]
    d.c('УЧЕТНАЯ КАРТОЧКА ДОНОРА'); d.t(' (ф. 405/у)\n')
    d.t('Регистрационный № донора: '); d.rid('donor'); d.t('\n')
    d.t('Ф.И.О.: '); nm(d, p, ['full', 'full', 'sg']); d.t('\nДата рождения: '); d.date(p.dob, d.pick(['num', 'num2', 'iso']), birth=True)
    d.t('   ИИН: '); d.iin(p, True); d.t('\nУд. личности № '); d.docid('id_card'); d.t(', выдано МВД РК '); d.date(later(ref, -3000, -100, d.rng), 'num'); d.t('\n')
    d.t('Адрес: '); home_address(d); d.t('\nТел.: '); d.phone(); d.t('   e-mail: '); d.email(p); d.t('\n')
    d.t('Место работы: '); d.work(work_pick(d)); d.t('\nГруппа крови: ' + d.pick(BGRP) + ', Kell отр.\n\n')
    d.t('| Дата | Вид донации | Объем | № контейнера | Пункт | Врач |\n|---|---|---|---|---|---|\n')
    dt = later(ref, -500, -300, d.rng)
    for i in range(d.rng.randint(2, 4)):
        dt = later(dt, 60, 120, d.rng)
        d.t('| '); d.date(dt, d.pick(['num', 'num2'])); d.t(' | '); d.c(d.pick(DON_TYPE)); d.t(' | %d мл | %s | ' % (d.pick([450, 470, 600, 250]), _bag(d)))
        _point(d); d.t(' | '); d.name(d.pick(docs), 'si'); d.t(' |\n')
    d.t('\nОбследование (лаб. № '); d.rid('lab'); d.t('): '); clin_list(d, DON_LAB, k=4); d.t(' — отрицательно.\n')
    if d.chance(0.3):
        d.t('Отвод временный до '); d.date(later(ref, 30, 180, d.rng), 'num'); d.t(' (' + d.pick(['низкий гемоглобин', 'ОРВИ', 'татуировка']) + ').\n')
    d.t('Врач-трансфузиолог '); d.name(docs[0], d.pick(['si', 'is'])); d.t('\n')


def don_ru_2(d):
    ref = ref_date(d)
    rec = patient(d, ref, old=0.2)
    don = make_person(d.rng, ref=ref, min_age=18, max_age=60)
    doc1, ns = staff(d), staff(d, g='f')
    d.c('ПРОТОКОЛ ТРАНСФУЗИИ'); d.t(' ' + d.pick(['донорской крови и ее компонентов', 'компонентов крови']) + '\n')
    d.t('Реципиент: '); d.name(rec, d.pick(['full', 'si'])); d.t(', ')
    a = rec.age_at(ref)
    if a > 89:
        d.age(a, 'ru')
    else:
        d.t('%d %s' % (a, ru_years(a)))
    d.t(', ИИН '); d.iin(rec, True); d.t(', ИБ № '); d.rid('hospitalisation'); d.t('\n')
    d.t('Диагноз: '); d.c(d.pick(TRANS_DX)); d.t('\nГруппа крови реципиента: ' + d.pick(BGRP) + '\n')
    d.t('Компонент: '); d.c(d.pick(COMP)); d.t(', № контейнера ' + _bag(d) + ', объем %d мл\n' % d.rng.randint(180, 320))
    d.t('Донор: № '); d.rid('donor'); d.t(' ('); d.name(don, d.pick(['si', 's', 'sg'])); d.t('), дата заготовки '); d.date(later(ref, -30, -2, d.rng), 'num'); d.t('\n')
    d.t('Проведены: '); d.c('проба на индивидуальную совместимость'); d.t(', '); d.c('биологическая проба'); d.t(', ')
    if d.chance(0.5):
        d.c('прямая проба Кумбса'); d.t(', ')
    d.t('реакций нет.\nДата и время: '); d.date(ref, d.pick(['num', 'ru'])); d.t(' %02d:%02d–%02d:%02d\n' % (d.rng.randint(8, 12), 0, d.rng.randint(13, 16), 30))
    d.t('Трансфузию провел: '); d.name(doc1, 'si'); d.t('; м/с '); d.name(ns, d.pick(['si', 'g'])); d.t('\n')
    d.t('Информированное согласие подписано: '); d.name(rec if rec.age_at(ref) < 85 else relative(d.rng, rec, 'daughter', ref), 'si'); d.t('\n')


def don_kk_1(d):
    ref = ref_date(d)
    p = make_person(d.rng, ref=ref, min_age=18, max_age=60)
    docs = [staff(d) for _ in range(2)]
    d.c('ДОНОРДЫҢ ЕСЕПТІК КАРТОЧКАСЫ'); d.t('\nДонордың тіркеу № '); d.rid('donor'); d.t('\n')
    d.t('Аты-жөні: '); nm(d, p, ['full', 'sg']); d.t('\nТуған күні: '); d.date(p.dob, d.pick(['num', 'kk']), birth=True)
    d.t('\nЖСН: '); d.iin(p, True); d.t('\nЖеке куәлік № '); d.docid('id_card'); d.t('\nМекенжайы: '); home_address(d)
    d.t('\nТел.: '); d.phone(); d.t('\nЖұмыс орны: '); d.work(work_pick(d)); d.t('\nҚан тобы: ' + d.pick(BGRP) + '\n\n')
    dt = later(ref, -500, -300, d.rng)
    for i in range(d.rng.randint(2, 3)):
        dt = later(dt, 60, 120, d.rng)
        d.t('– '); d.date(dt, d.pick(['num', 'kk'])); d.t(': '); d.c(d.pick(DON_TYPE_KK)); d.t(', %d мл, контейнер № %s, ' % (d.pick([450, 470]), _bag(d)))
        _point(d, kk=True); d.t(', дәрігер '); d.name(d.pick(docs), 'is'); d.t('\n')
    d.t('Зертхана № '); d.rid('lab'); d.t(': '); clin_list(d, DON_LAB, k=3); d.t(' — теріс.\n')
    d.t('Трансфузиолог дәрігер: '); d.name(docs[0], 'si'); d.t('\n')


def don_kk_2(d):
    ref = ref_date(d)
    rec = patient(d, ref, old=0.2)
    don = make_person(d.rng, ref=ref, min_age=18, max_age=60)
    doc1 = staff(d)
    d.t('Қан компоненттерін құю хаттамасы. '); anydate(d, ref, fmts=['kk', 'num', 'kk_loc']); d.t('\n')
    d.t('Реципиент '); d.name(rec, 'sg'); d.t(', ')
    age_out(d, rec, ref, d.pick(['kk', 'kk_loc'])); d.t(', ЖСН '); d.iin(rec, True); d.t(', ауру тарихы № '); d.rid('hospitalisation'); d.t('.\n')
    d.t('Диагнозы: '); d.c(d.pick(['Ауыр дәрежелі постгеморрагиялық анемия', 'Апластикалық анемия', 'Асқазан-ішектен қан кету'])); d.t('.\n')
    d.t('Құйылды: '); d.c(d.pick(COMP_KK)); d.t(', контейнер ' + _bag(d) + ', донор № '); d.rid('donor'); d.t(' ('); d.name(don, 'is'); d.t(').\n')
    d.t('Жеке үйлесімділікке сынама және биологиялық сынама жүргізілді, реакция жоқ.\n')
    d.t('Дәрігер '); d.name(doc1, 'is', case='kk_gen'); d.t(' қолы: ____\n')


def don_mx_1(d):
    ref = ref_date(d)
    p = make_person(d.rng, ref=ref, min_age=18, max_age=60)
    d.spell = d.pick(['ru', 'kk'])
    docs = [staff(d) for _ in range(2)]
    d.t('Донор картасы / карта донора № '); d.rid('donor'); d.t('\n')
    d.t('Аты-жөні / Ф.И.О.: '); nm(d, p, ['full', 'sg', 'si']); d.t('\nЖСН/ИИН: '); d.iin(p, True); d.t(' | д.р. '); d.date(p.dob, 'num', birth=True); d.t('\n')
    d.t('Жұмыс/оқу орны: '); d.work(work_pick(d), lang=d.pick(['ru', 'kk'])); d.t('\nТел.: '); d.phone(); d.t('\n')
    d.t('Қан тобы / группа: ' + d.pick(BGRP) + '\n')
    d.t('Күні | түрі | контейнер | пункт\n')
    dt = later(ref, -400, -200, d.rng)
    for i in range(d.rng.randint(2, 3)):
        dt = later(dt, 60, 120, d.rng)
        d.date(dt, 'num'); d.t(' | '); d.c(d.pick(DON_TYPE)); d.t(' | ' + _bag(d) + ' | '); _point(d, kk=d.chance(0.5)); d.t('\n')
    d.t('Тексеру / обследование (лаб. № '); d.rid('lab'); d.t('): '); clin_list(d, DON_LAB, k=3); d.t('\n')
    d.t('Дәрігер / врач: '); d.name(docs[0], 'si'); d.t('\n')


def don_mx_2(d):
    ref = ref_date(d)
    rec = patient(d, ref, old=0.2)
    d.spell = d.pick(['ru', 'kk'])
    don = make_person(d.rng, ref=ref, min_age=18, max_age=60)
    doc1, ns = staff(d), staff(d, g='f')
    d.t('Трансфузия / қан құю. ИБ № '); d.rid('hospitalisation'); d.t('\n')
    d.t('Реципиент: '); d.name(rec, 'full'); d.t(', '); d.date(rec.dob, 'year', birth=True); d.t(' г.р., ИИН '); d.iin(rec, True); d.t('\n')
    a = rec.age_at(ref)
    if a > 89:
        d.t('Жасы: '); d.age(a, 'num'); d.t('\n')
    d.t('Компонент: '); d.c(d.pick(COMP)); d.t(', контейнер № ' + _bag(d) + '\n')
    d.t('Донор № '); d.rid('donor'); d.t(', '); d.name(don, 'si'); d.t(', '); d.work(work_pick(d)); d.t('\n')
    d.t('Сынамалар / пробы: '); d.c('проба на индивидуальную совместимость'); d.t(', '); d.c('биологическая проба'); d.t(' — реакция жоқ.\n')
    d.t('Дәрігер: '); d.name(doc1, 'is'); d.t(', м/с '); d.name(ns, 'g'); d.t('; '); anydate(d, ref); d.t('\n')


COMPL = {'ru': [cmp_ru_1, cmp_ru_2], 'kk': [cmp_kk_1, cmp_kk_2], 'mixed': [cmp_mx_1, cmp_mx_2]}
DONOR = {'ru': [don_ru_1, don_ru_2], 'kk': [don_kk_1, don_kk_2], 'mixed': [don_mx_1, don_mx_2]}
