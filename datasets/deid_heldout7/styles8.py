# -*- coding: utf-8 -*-
"""complaint_response and blood_donor_record templates, part 2 (templates 3-5 per language)."""
import datetime as _dt
from gen import later, make_person, relative, ru_years, DISTRICTS
from blocks import (staff, patient, anydate, age_out, nm, settle_pick, home_address, sign, work_pick,
                    hosp_ru, hosp_kk, ref_date, clin_list, city_of)
from styles4 import (CMP_ISSUE_RU, CMP_ISSUE_KK, REL_RU, REL_KK, _letterno, _pair, DON_TYPE, DON_TYPE_KK, DON_LAB, COMP,
                     COMP_KK, BGRP, _bag, _point)


def _chat(d, lines, people, ref):
    """Messenger export: each line's date is a DATE span (numeric / two-digit year); the time is not."""
    dt = ref
    mins = d.rng.randint(8 * 60, 12 * 60)
    for i, (who, txt) in enumerate(lines):
        if i and d.chance(0.3):
            dt = later(dt, 1, 2, d.rng)
            mins = d.rng.randint(8 * 60, 11 * 60)
        elif i:
            mins = min(mins + d.rng.randint(1, 95), 23 * 60 + 59)
        d.t('['); d.date(dt, d.pick(['num2', 'num2', 'num'])); d.t(', %02d:%02d] ' % (mins // 60, mins % 60))
        if who is None:
            d.t('Call-центр: ')
        else:
            d.name(who, 'gs' if who.G(d.spell) else 's'); d.t(': ')
        for piece in txt:
            piece(d) if callable(piece) else d.t(piece)
        d.t('\n')


def cmp_ru_3(d):
    ref = ref_date(d)
    c, pt, rel = _pair(d, ref)
    issue, proc = d.pick(CMP_ISSUE_RU)
    d.c('ЭКСПОРТ ЧАТА WHATSAPP'); d.t(' «Горячая линия ' + hosp_ru(d) + '»\n\n')
    lines = [
        (c, ['Здравствуйте, ' + ('мою маму' if rel == 'mother' else 'моего родственника' if rel else 'меня') + ' выписали без ',
             lambda d: d.c(proc), ', хотя был ', lambda d: d.c(issue), '.']),
        (None, ['Добрый день! Уточните, пожалуйста, ФИО пациента и ИИН.']),
        (c, [lambda d: d.name(pt, 'full'), ', ИИН ', lambda d: d.iin(pt, True), ', ИБ ', lambda d: d.rid('hospitalisation')]),
        (None, ['Обращение зарегистрировано, ответ направим на почту. Укажите адрес.']),
        (c, [lambda d: d.email(c), ', тел. ', lambda d: d.phone()]),
    ]
    _chat(d, lines, [c], ref)
    d.t('\nОтвет отдела качества: обращение рассмотрено на ДКК (протокол № '); d.rid('commission_protocol'); d.t('). Исп. ')
    d.name(staff(d, g='f'), 'si'); d.t('\n')


def cmp_ru_4(d):
    ref = ref_date(d)
    c, pt, rel = _pair(d, ref)
    chair, m1, m2, docx = staff(d), staff(d), staff(d), staff(d)
    issue, proc = d.pick(CMP_ISSUE_RU)
    start = later(ref, -20, -10, d.rng)
    d.c('АКТ СЛУЖЕБНОГО РАССЛЕДОВАНИЯ'); d.t(' по обращению '); d.name(c, 'sg', case='ru_gen'); d.t('\n')
    d.t(hosp_ru(d) + ', г. '); d.settle(city_of(d), 'nom', 'ru'); d.t('\nСроки проведения: с '); d.date(start, 'num'); d.t(' по '); d.date(later(start, 5, 9, d.rng), 'num'); d.t('\n')
    d.t('Комиссия: председатель — '); d.name(chair, 'si'); d.t('; члены — '); d.name(m1, 'si'); d.t(', '); d.name(m2, d.pick(['is', 'si'])); d.t('.\n\n')
    d.t('Пациент: '); d.name(pt, 'full'); d.t(', ')
    a = pt.age_at(ref)
    if a > 89:
        d.age(a, 'ru')
    else:
        d.t('%d %s' % (a, ru_years(a)))
    d.t(', ИИН '); d.iin(pt, True); d.t(', медицинская карта № '); d.rid('hospitalisation'); d.t('.\n')
    d.t('Суть обращения: несвоевременное проведение '); d.c(proc); d.t(' при '); d.c(issue); d.t('.\n')
    d.t('Объяснительная врача '); d.name(docx, 'si', case='ru_gen'); d.t(' приобщена. ')
    if d.chance(0.4):
        d.t('Материалы переданы в полицию (ЕРДР № '); d.rid('erdr'); d.t(').')
    else:
        d.t('Выводы: ' + d.pick(['нарушения подтвердились частично.', 'нарушений не выявлено.']))
    d.t('\nС актом ознакомлен(а) заявитель, тел. '); d.phone(); d.t(', '); anydate(d, ref); d.t('\n')


def cmp_ru_5(d):
    ref = ref_date(d)
    c, pt, rel = _pair(d, ref)
    head, offi = staff(d), staff(d, g='f')
    issue, proc = d.pick(CMP_ISSUE_RU)
    dd = d.pick(DISTRICTS)
    d.t('Департамент Комитета медицинского и фармацевтического контроля\n' + _letterno(d) + ' от '); d.date(ref, d.pick(['ru_q', 'num', 'ru'])); d.t('\n\n')
    d.name(c, d.pick(['full', 'si']), case='ru_dat'); d.t('\n'); d.addr('ru', apt=True); d.t('\n\n')
    d.t('На Ваше обращение, поступившее через портал eOtinish '); d.date(later(ref, -25, -10, d.rng), 'num'); d.t(', сообщаем.\n')
    d.t('Проведена внеплановая проверка ' + d.pick(['ГП', 'ЦРБ', 'поликлиники']) + ' '); d.district(dd, 'gen', 'ru'); d.t(' по факту оказания помощи')
    if rel is not None:
        d.t(' ' + REL_RU[rel][2] + ' '); d.name(pt, d.pick(['full', 'si']), case='ru_dat'); d.t(' (ИИН '); d.iin(pt, True); d.t(')')
    d.t('. Изучена амбулаторная карта № '); d.rid('outpatient_card'); d.t('; выявлено: '); d.c(proc); d.t(' при диагнозе «'); d.c(issue); d.t('» ')
    d.t(d.pick(['не назначено своевременно', 'проведено с задержкой', 'проведено в срок']) + '.\n')
    d.t('Руководитель '); d.name(head, 'is'); d.t('\nИсп. '); d.name(offi, 'si'); d.t(', '); d.phone('land'); d.t(', '); d.email(inst='dkmfk.gov.kz'); d.t('\n')


def cmp_kk_3(d):
    ref = ref_date(d)
    c, pt, rel = _pair(d, ref)
    issue, proc = d.pick(CMP_ISSUE_KK)
    d.c('WHATSAPP ЧАТЫНАН ЭКСПОРТ'); d.t(' «' + hosp_kk(d) + ' сенім телефоны»\n\n')
    lines = [
        (c, ['Сәлеметсіз бе, ', lambda d: d.c(issue), ' бойынша ', lambda d: d.c(proc), ' жасалмады.']),
        (None, ['Қайырлы күн! Науқастың аты-жөні мен ЖСН жазыңызшы.']),
        (c, [lambda d: d.name(pt, 'full'), ', ЖСН ', lambda d: d.iin(pt, True)]),
        (None, ['Өтінішіңіз тіркелді, жауап поштаңызға жіберіледі.']),
        (c, [lambda d: d.email(c), ', ', lambda d: d.phone()]),
    ]
    _chat(d, lines, [c], ref)
    d.t('\nСапа бөлімі: медициналық карта № '); d.rid('hospitalisation'); d.t(' тексерілді.\n')


def cmp_kk_4(d):
    ref = ref_date(d)
    c, pt, rel = _pair(d, ref)
    chair, m1, docx = staff(d), staff(d), staff(d)
    issue, proc = d.pick(CMP_ISSUE_KK)
    start = later(ref, -20, -10, d.rng)
    d.c('ҚЫЗМЕТТІК ТЕРГЕП-ТЕКСЕРУ АКТІСІ'); d.t('\n' + hosp_kk(d) + ', '); d.settle(city_of(d), 'nom', 'kk'); d.t(' қ.\n')
    d.t('Мерзімі: '); d.date(start, d.pick(['num', 'kk'])); d.t(' бастап '); d.date(later(start, 5, 9, d.rng), d.pick(['num', 'kk'])); d.t(' дейін\n')
    d.t('Комиссия төрағасы '); d.name(chair, 'is'); d.t(', мүшесі '); d.name(m1, 'si'); d.t('.\n')
    d.t('Өтініш беруші: '); d.name(c, d.pick(['full', 'sg'])); d.t(', '); d.phone(); d.t('.\nНауқас: '); d.name(pt, 'full'); d.t(', ')
    age_out(d, pt, ref, d.pick(['kk', 'kk_loc', 'kk_attr'])); d.t(', ЖСН '); d.iin(pt, True); d.t('; ауру тарихы № '); d.rid('hospitalisation'); d.t('.\n')
    d.t('Мәні: '); d.c(issue); d.t(' кезінде '); d.c(proc); d.t(' кешіктірілді. Дәрігер '); d.name(docx, 'is', case='kk_gen'); d.t(' түсініктемесі алынды.\n')
    if d.chance(0.4):
        d.t('Материалдар полицияға жіберілді (СТДТ № '); d.rid('erdr'); d.t(').\n')


def cmp_kk_5(d):
    ref = ref_date(d)
    c, pt, rel = _pair(d, ref)
    head = staff(d)
    issue, proc = d.pick(CMP_ISSUE_KK)
    dd = d.pick(DISTRICTS)
    d.t('Медициналық және фармацевтикалық бақылау комитетінің департаменті\n' + _letterno(d, True) + ', '); d.date(ref, d.pick(['kk', 'num'])); d.t('\n\n')
    d.name(c, d.pick(['full', 'is']), case='kk_dat'); d.t('\n'); d.addr('kk', apt=True); d.t('\n\n')
    d.t('eOtinish арқылы '); d.date(later(ref, -25, -10, d.rng), d.pick(['kk_loc', 'num'])); d.t(' түскен өтінішіңіз бойынша '); d.district(dd, 'gen', 'kk'); d.t(' емханасына тексеру жүргізілді.\n')
    if rel is not None:
        d.t('Науқас '); d.name(pt, 'sg'); d.t(' (ЖСН '); d.iin(pt, True); d.t(') '); d.c(issue); d.t(' диагнозымен тіркелген; ')
    d.t('амбулаторлық карта № '); d.rid('outpatient_card'); d.t(' зерделенді, '); d.c(proc); d.t(' ' + d.pick(['уақытында жасалмаған', 'кешіктірілген']) + '.\n')
    d.t('Басшы '); d.name(head, 'is'); d.t('; '); d.phone('land'); d.t('\n')


def cmp_mx_3(d):
    ref = ref_date(d)
    c, pt, rel = _pair(d, ref)
    d.spell = d.pick(['ru', 'kk'])
    issue, proc = d.pick(CMP_ISSUE_RU)
    d.c('CHAT EXPORT / ЧАТ'); d.t(' — 1414 / call-центр\n\n')
    lines = [
        (c, ['Сәлеметсіз бе! Здравствуйте, в поликлинике не провели: ', lambda d: d.c(proc), '.']),
        (None, ['Аты-жөні, ЖСН? / ФИО и ИИН пациента?']),
        (c, [lambda d: d.name(pt, d.pick(['full', 'sg'])), ' ', lambda d: d.iin(pt, False)]),
        (None, ['Тіркелді / зарегистрировано. Жауап / ответ — на e-mail.']),
        (c, [lambda d: d.email(c)]),
    ]
    _chat(d, lines, [c], ref)
    d.t('\nЖауап / ответ: амб. карта № '); d.rid('outpatient_card'); d.t(' тексерілді; DS: '); d.c(issue); d.t('.\n')


def cmp_mx_4(d):
    ref = ref_date(d)
    c, pt, rel = _pair(d, ref)
    d.spell = d.pick(['ru', 'kk'])
    chair, m1 = staff(d), staff(d)
    issue, proc = d.pick(CMP_ISSUE_RU)
    d.c('ҚЫЗМЕТТІК ТЕРГЕП-ТЕКСЕРУ / СЛУЖЕБНОЕ РАССЛЕДОВАНИЕ'); d.t(', ' + hosp_ru(d) + '\n')
    d.t('Комиссия: '); d.name(chair, 'si'); d.t(' (төраға/председатель), '); d.name(m1, 'si'); d.t('\n')
    d.t('Пациент: '); d.name(pt, 'full'); d.t(', '); age_out(d, pt, ref, d.pick(['ru', 'kk', 'num'])); d.t(', ИИН/ЖСН '); d.iin(pt, True); d.t('\n')
    d.t('ИБ № '); d.rid('hospitalisation'); d.t('; мәні/суть: '); d.c(proc); d.t(' — '); d.c(issue); d.t('\n')
    d.t('Заявитель / өтініш беруші: '); d.name(c, d.pick(['sg', 'full'])); d.t(', '); home_address(d); d.t('\n')
    if d.chance(0.35):
        d.t('ЕРДР № '); d.rid('erdr'); d.t(' (полиция '); d.district(d.pick(DISTRICTS), 'gen', 'ru'); d.t(')\n')
    d.t('Күні / дата: '); d.date(ref, 'num'); d.t('\n')


def cmp_mx_5(d):
    ref = ref_date(d)
    c, pt, rel = _pair(d, ref)
    d.spell = d.pick(['ru', 'kk'])
    head = staff(d)
    issue, proc = d.pick(CMP_ISSUE_KK)
    d.t('ҚР ДСМ МФБК департаменті / Департамент КМФК\n' + _letterno(d, True) + ' / ' + _letterno(d) + ', '); d.date(ref, 'num'); d.t('\n\n')
    d.name(c, 'si', case='ru_dat'); d.t(', '); d.email(c); d.t('\n\n')
    d.t('Өтінішіңіз / обращение от '); d.date(later(ref, -25, -10, d.rng), 'num'); d.t(' қаралды. Науқас / пациент ')
    d.name(pt, d.pick(['full', 'si'])); d.t(', ЖСН '); d.iin(pt, True); d.t(', карта № '); d.rid('outpatient_card'); d.t('. ')
    d.c(issue); d.t(' — '); d.c(proc); d.t(' ' + d.pick(['кешіктірілген / с задержкой', 'уақытында / в срок']) + '.\n')
    d.t('Басшы / руководитель '); d.name(head, 'is'); d.t(', '); d.phone('land'); d.t('\n')


# ------------------------------------------------------------------ blood donor, templates 3-5

Q_RU = ['Болели ли Вы гепатитом?', 'Были ли операции за последние 6 месяцев?', 'Делали ли татуировку в последние 12 месяцев?',
        'Принимаете ли лекарства?', 'Выезжали ли за пределы РК за последние 3 месяца?']
Q_KK = ['Гепатитпен ауырдыңыз ба?', 'Соңғы 6 айда ота жасалды ма?', 'Соңғы 12 айда татуировка жасаттыңыз ба?',
        'Дәрі-дәрмек қабылдайсыз ба?']


def don_ru_3(d):
    ref = ref_date(d)
    p = make_person(d.rng, ref=ref, min_age=18, max_age=60)
    doc = staff(d)
    d.c('АНКЕТА ДОНОРА'); d.t(' (заполняется донором собственноручно)\n')
    d.t('Ф.И.О.: '); nm(d, p, ['full', 'full', 'sg'], lower=d.chance(0.15)); d.t('\nДата рождения: '); d.date(p.dob, d.pick(['num', 'num2', 'ru']), birth=True); d.t('   ИИН: '); d.iin(p, True); d.t('\n')
    d.t('Документ: ' + d.pick(['уд. личности', 'паспорт']) + ' № '); d.docid(d.pick(['id_card', 'passport'])); d.t('\nАдрес проживания: '); home_address(d); d.t('\n')
    d.t('Тел.: '); d.phone(); d.t('; место работы/учебы: '); d.work(work_pick(d)); d.t('\n\n')
    for q in d.rng.sample(Q_RU, 4):
        d.t(q + ' ' + d.pick(['нет', 'нет', 'нет', 'да']) + '\n')
    d.t('\nВес %d кг, АД %d/%d, пульс %d, ' % (d.rng.randint(55, 105), d.rng.randint(105, 140), d.rng.randint(65, 90), d.rng.randint(60, 90)))
    d.c('гемоглобин'); d.t(' %d г/л. Допущен(а) к донации: ' % d.rng.randint(125, 165)); d.c(d.pick(DON_TYPE)); d.t('.\n')
    d.t('Подпись донора ____  Дата: '); anydate(d, ref); d.t('\nВрач-трансфузиолог '); d.name(doc, d.pick(['si', 'is'])); d.t('\n')


def _donor_rows(d, ref, kk=False):
    d.t('| Күні | Донор № | Аты-жөні | ЖСН | Қан тобы | Түрі |\n|---|---|---|---|---|---|\n' if kk else
        '| Дата | № донора | Ф.И.О. | ИИН | Группа | Вид донации |\n|---|---|---|---|---|---|\n')
    for i in range(d.rng.randint(3, 5)):
        q = make_person(d.rng, ref=ref, min_age=18, max_age=60)
        d.t('| '); d.date(ref, d.pick(['num', 'num2'])); d.t(' | '); d.rid('donor'); d.t(' | '); d.name(q, d.pick(['si', 'sg', 'full'])); d.t(' | ')
        d.iin(q, False, split=False); d.t(' | ' + d.pick(BGRP) + ' | '); d.c(d.pick(DON_TYPE_KK if kk else DON_TYPE)); d.t(' |\n')


def don_ru_4(d):
    ref = ref_date(d)
    reg = staff(d, g='f')
    d.c('ЖУРНАЛ РЕГИСТРАЦИИ ДОНОРОВ'); d.t(', '); _point(d); d.t('\n\n')
    _donor_rows(d, ref)
    d.t('\nРегистратор '); d.name(reg, d.pick(['si', 'sg'])); d.t('; контейнеры № ' + _bag(d) + ' – ' + _bag(d) + '\n')


def don_ru_5(d):
    ref = ref_date(d)
    p = make_person(d.rng, ref=ref, min_age=20, max_age=60)
    doc = staff(d)
    w = work_pick(d, school=False)
    d.c('СПРАВКА'); d.t(' (ф. 402/у) № %d\n' % d.rng.randint(100, 9999))
    d.t('Дана '); d.name(p, 'full', case='ru_dat'); d.t(', ИИН '); d.iin(p, True); d.t(', в том, что он(а) '); anydate(d, ref)
    d.t(' безвозмездно сдал(а) ' + d.pick(['кровь', 'плазму', 'тромбоциты']) + ' (донор № '); d.rid('donor'); d.t(') и имеет право на ')
    d.t('дополнительный день отдыха.\nСправка выдана для предъявления по месту работы: '); d.work(w); d.t(' (БИН '); d.docid('bin'); d.t(').\n')
    if d.chance(0.4):
        d.t('Нагрудный знак «Құрметті донор» вручен '); d.date(later(ref, -900, -100, d.rng), d.pick(['num', 'ru'])); d.t('.\n')
    d.t(d.pick(['Республиканский центр крови', 'Областной центр крови', 'Городской центр крови']) + ', '); d.settle(city_of(d), 'nom', 'ru'); d.t(', тел. '); d.phone('land'); d.t('\n')
    d.t('Врач '); d.name(doc, 'si'); d.t('   М.П.\n')


def don_kk_3(d):
    ref = ref_date(d)
    p = make_person(d.rng, ref=ref, min_age=18, max_age=60)
    doc = staff(d)
    d.c('ДОНОР САУАЛНАМАСЫ'); d.t('\n')
    d.t('Аты-жөні: '); nm(d, p, ['full', 'sg']); d.t('\nТуған күні: '); d.date(p.dob, d.pick(['num', 'kk']), birth=True); d.t('\nЖСН: '); d.iin(p, True); d.t('\n')
    d.t('Жеке куәлік № '); d.docid('id_card'); d.t('\nМекенжайы: '); home_address(d); d.t('\nТел.: '); d.phone(); d.t('\n\n')
    for q in d.rng.sample(Q_KK, 3):
        d.t(q + ' ' + d.pick(['жоқ', 'жоқ', 'иә']) + '\n')
    d.t('\nСалмағы %d кг, АҚҚ %d/%d, ' % (d.rng.randint(55, 105), d.rng.randint(105, 140), d.rng.randint(65, 90))); d.c('гемоглобин'); d.t(' %d г/л.\n' % d.rng.randint(125, 165))
    d.t('Донацияға рұқсат: '); d.c(d.pick(DON_TYPE_KK)); d.t('. Күні: '); anydate(d, ref, fmts=['kk', 'num', 'kk_abbr']); d.t('\nДәрігер '); d.name(doc, 'is'); d.t('\n')


def don_kk_4(d):
    ref = ref_date(d)
    reg = staff(d, g='f')
    d.c('ДОНОРЛАРДЫ ТІРКЕУ ЖУРНАЛЫ'); d.t(', '); _point(d, kk=True); d.t('\n\n')
    _donor_rows(d, ref, kk=True)
    d.t('\nТіркеуші '); d.name(reg, d.pick(['si', 'sg'])); d.t('\n')


def don_kk_5(d):
    ref = ref_date(d)
    p = make_person(d.rng, ref=ref, min_age=20, max_age=60)
    doc = staff(d)
    d.c('АНЫҚТАМА'); d.t(' (402/е нысаны)\n')
    d.name(p, d.pick(['full', 'sg']), case='kk_dat'); d.t(' (ЖСН '); d.iin(p, True); d.t(') '); anydate(d, ref, fmts=['kk_loc', 'kk', 'num'])
    d.t(' өтеусіз қан тапсырғаны туралы берілді (донор № '); d.rid('donor'); d.t('). Қосымша демалыс күніне құқылы.\n')
    d.t('Жұмыс орнына ұсыну үшін: '); d.work(work_pick(d, school=False)); d.t(', БСН '); d.docid('bin'); d.t('\n')
    d.t('Облыстық қан орталығы, '); d.settle(city_of(d), 'nom', 'kk'); d.t(', '); d.phone('land'); d.t('\nДәрігер '); d.name(doc, 'is'); d.t('\n')


def don_mx_3(d):
    ref = ref_date(d)
    p = make_person(d.rng, ref=ref, min_age=18, max_age=60)
    d.spell = d.pick(['ru', 'kk'])
    doc = staff(d)
    d.c('ДОНОР САУАЛНАМАСЫ / АНКЕТА ДОНОРА'); d.t('\n')
    d.t('Аты-жөні / Ф.И.О.: '); nm(d, p, ['full', 'sg']); d.t('; ЖСН/ИИН '); d.iin(p, True); d.t('\n')
    d.t('Құжат / документ: '); d.docid(d.pick(['id_card', 'passport'])); d.t('; тел. '); d.phone(); d.t('; e-mail '); d.email(p); d.t('\n')
    for q in d.rng.sample(Q_KK, 2) + d.rng.sample(Q_RU, 2):
        d.t(q + ' ' + d.pick(['жоқ/нет', 'жоқ/нет', 'иә/да']) + '\n')
    d.c('гемоглобин'); d.t(' %d г/л; рұқсат / допуск: ' % d.rng.randint(125, 165)); d.c(d.pick(DON_TYPE)); d.t('\n')
    d.t('Дәрігер / врач '); d.name(doc, 'si'); d.t(', '); d.date(ref, 'num'); d.t('\n')


def don_mx_4(d):
    ref = ref_date(d)
    d.spell = d.pick(['ru', 'kk'])
    reg = staff(d, g='f')
    d.c('ДОНОРЛАР ЖУРНАЛЫ / ЖУРНАЛ ДОНОРОВ'); d.t(', '); _point(d, kk=d.chance(0.5)); d.t('\n\n')
    _donor_rows(d, ref, kk=d.chance(0.5))
    d.t('\nТіркеуші / регистратор '); d.name(reg, 'si'); d.t('\n')


def don_mx_5(d):
    ref = ref_date(d)
    p = make_person(d.rng, ref=ref, min_age=20, max_age=60)
    d.spell = d.pick(['ru', 'kk'])
    doc = staff(d)
    d.c('АНЫҚТАМА / СПРАВКА'); d.t(' 402/у\n')
    d.t('Берілді / дана: '); d.name(p, 'full'); d.t(', ЖСН/ИИН '); d.iin(p, True); d.t('; '); d.date(ref, 'num'); d.t(' қан тапсырды / сдал(а) кровь, донор № '); d.rid('donor'); d.t('\n')
    d.t('Жұмыс орны / место работы: '); d.work(work_pick(d, school=False), lang=d.pick(['ru', 'kk'])); d.t(', БСН/БИН '); d.docid('bin'); d.t('\n')
    d.t('Қан орталығы / центр крови, '); d.settle(city_of(d), 'nom', d.pick(['ru', 'kk'])); d.t('; дәрігер/врач '); d.name(doc, 'si'); d.t('\n')


COMPL2 = {'ru': [cmp_ru_3, cmp_ru_4, cmp_ru_5], 'kk': [cmp_kk_3, cmp_kk_4, cmp_kk_5], 'mixed': [cmp_mx_3, cmp_mx_4, cmp_mx_5]}
DONOR2 = {'ru': [don_ru_3, don_ru_4, don_ru_5], 'kk': [don_kk_3, don_kk_4, don_kk_5], 'mixed': [don_mx_3, don_mx_4, don_mx_5]}
