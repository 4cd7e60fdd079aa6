# -*- coding: utf-8 -*-
"""icu_flow_sheet and pathology_report templates, part 2 (templates 3-5 per language)."""
from gen import later, make_person, relative, ru_years, DISTRICTS
from blocks import (staff, patient, anydate, age_out, nm, settle_pick, home_address, sign, work_pick,
                    hosp_ru, hosp_kk, ref_date, clin_list, city_of, rel_pick, RELW_RU, RELW_KK)
from styles1 import (ICU_DX_RU, ICU_DRUG, ICU_DOSE, ICU_PROC_RU, ICU_SIGN_RU, ICU_DX_KK, ICU_DRUG_KK, ICU_PROC_KK,
                     PATH_MAT_RU, PATH_DX_RU, PATH_METH, PATH_DX_KK, PATH_MAT_KK, _vitals)

# ------------------------------------------------------------------ ICU, templates 3-5

FLUID_IN = ['NaCl 0,9%', 'Рингер', 'глюкоза 5%', 'энтеральное питание', 'альбумин 10%']


def _visitors(d, p, ref, kk=False, n=None):
    """Visitor permission table: IIN under a column header -> unlabelled."""
    if kk:
        d.t('| Келушінің аты-жөні | ЖСН | Туыстығы | Байланыс |\n|---|---|---|---|\n')
    else:
        d.t('| Ф.И.О. посетителя | ИИН | Родство | Телефон |\n|---|---|---|---|\n')
    for _ in range(n or d.rng.randint(1, 3)):
        rel, q, ru, kw = rel_pick(d, p, ref)
        d.t('| '); d.name(q, d.pick(['full', 'sg', 'si'])); d.t(' | '); d.iin(q, False); d.t(' | ' + (kw if kk else ru) + ' | ')
        d.phone(); d.t(' |\n')


def icu_ru_3(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.22)
    doc, ns1, ns2 = staff(d), staff(d, g='f'), staff(d, g='f')
    src = settle_pick(d)
    d.c('ЛИСТ ВОДНОГО БАЛАНСА'); d.t(' ОРИТ, койка № %d\n' % d.rng.randint(1, 12))
    d.t('Пациент: '); nm(d, p, ['full', 'sg', 'si']); d.t(', '); age_out(d, p, ref, 'ru'); d.t('; № ИБ '); d.rid('hospitalisation')
    d.t('\nПереведен(а) из ЦРБ '); d.settle(src, 'gen', 'ru'); d.t(' '); anydate(d, later(ref, -2, 0, d.rng), fmts=['num', 'num_noy']); d.t(' санавиацией.\n')
    d.t('Диагноз: '); d.c(d.pick(ICU_DX_RU)); d.t('\n\n| Час | Введено, мл | Выделено, мл | Примечание |\n|---|---|---|---|\n')
    h = d.rng.randint(6, 9)
    for i in range(d.rng.randint(4, 6)):
        d.t('| %02d:00 | %d (' % ((h + i * 3) % 24, d.rng.randint(100, 600))); d.c(d.pick(FLUID_IN)); d.t(') | %d | ' % d.rng.randint(30, 300))
        d.t(d.pick(['ЦВД %d см вод. ст.' % d.rng.randint(4, 14), 'по назогастральному зонду %d мл' % d.rng.randint(20, 200), '—']) + ' |\n')
    d.t('\nИтого за сутки: введено %d мл, выделено %d мл.\n' % (d.rng.randint(1800, 3500), d.rng.randint(1200, 3000)))
    d.t('Разрешено посещение:\n'); _visitors(d, p, ref)
    d.t('\nМ/с дневной смены '); d.name(ns1, d.pick(['si', 'sg'])); d.t(', ночной — '); d.name(ns2, d.pick(['si', 'is'])); d.t('\n')
    sign(d, 'Врач ОРИТ', doc)


def icu_ru_4(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.25)
    doc, prof, nrl = staff(d), staff(d), staff(d)
    rel, q, ru, kw = rel_pick(d, p, ref, ['son', 'daughter', 'wife', 'husband'])
    d.c('ДНЕВНИК НАБЛЮДЕНИЯ ВРАЧА-РЕАНИМАТОЛОГА'); d.t('\n')
    d.t('Больной(ая) '); d.name(p, d.pick(['full', 'si']), caps=d.chance(0.25)); d.t(', ИИН '); d.iin(p, True); d.t(', ИБ № '); d.rid('hospitalisation'); d.t('\n\n')
    day = later(ref, -3, -1, d.rng)
    for i in range(d.rng.randint(2, 3)):
        dt = later(day, i, i, d.rng)
        d.date(dt, d.pick(['num', 'num2', 'ru_noy'])); d.t(' %02d:%02d. Состояние тяжелое. ' % (d.rng.randint(7, 11), d.rng.randint(0, 59)))
        bp, hr, sat, tt = _vitals(d)
        d.t('АД %s мм рт. ст., ЧСС %d в мин, SpO2 %d%% на ' % (bp, hr, sat)); d.c(d.pick(['ИВЛ в режиме SIMV', 'НИВЛ', 'инсуффляции O2'])); d.t('. ')
        dr, dose = d.pick(ICU_DOSE); d.c(dr); d.t(' ' + dose + '. ')
        if d.chance(0.5):
            d.c(d.pick(ICU_SIGN_RU)); d.t(' сохраняется. ')
        d.t('\n')
    d.t('\nКонсилиум: проф. '); d.name(prof, 'is'); d.t(', невролог '); d.name(nrl, d.pick(['si', 'is'])); d.t(', реаниматолог '); d.name(doc, 'si'); d.t('.\n')
    d.t('Решение: продолжить '); clin_list(d, ICU_PROC_RU, k=2); d.t('; ТМК с республиканским центром (ТМК № '); d.rid('teleconsultation'); d.t(').\n')
    d.t('Беседа с родственниками: ' + ru + ' '); d.name(q, d.pick(['full', 'sg', 'gp'])); d.t(' ознакомлен(а) с тяжестью состояния, тел. '); d.phone(); d.t('.\n')


def icu_ru_5(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.2)
    doc, head = staff(d), staff(d)
    adm = later(ref, -9, -3, d.rng)
    d.c('ПЕРЕВОДНОЙ ЭПИКРИЗ'); d.t(' из ОРИТ в ' + d.pick(['кардиологическое', 'хирургическое', 'неврологическое', 'терапевтическое']) + ' отделение\n')
    d.name(p, 'full'); d.t(', д.р. '); d.date(p.dob, d.pick(['num', 'ru', 'roman']), birth=True); d.t(' ('); age_out(d, p, ref, 'ru'); d.t('), ')
    d.t('ИИН '); d.iin(p, True); d.t(', проживает: '); home_address(d); d.t('.\n')
    d.t('Находился(ась) в ОРИТ с '); d.date(adm, 'num'); d.t(' по '); d.date(ref, 'num'); d.t(' (ИБ № '); d.rid('hospitalisation'); d.t(').\n')
    d.t('Диагноз: '); d.c(d.pick(ICU_DX_RU)); d.t('.\nПроведено: '); clin_list(d, ICU_PROC_RU, k=3); d.t('; '); clin_list(d, ICU_DRUG, k=3); d.t('.\n')
    d.t('Лабораторно (лаб. № '); d.rid('lab'); d.t('): '); d.c('прокальцитонин'); d.t(' %.1f нг/мл, ' % (d.rng.random() * 4)); d.c('креатинин')
    d.t(' %d мкмоль/л, ' % d.rng.randint(60, 240)); d.c('D-димер'); d.t(' %d нг/мл.\n' % d.rng.randint(200, 3000))
    d.t('Переводится в стабильном состоянии, ' + d.pick(['на самостоятельном дыхании', 'SpO2 %d%% без O2' % d.rng.randint(93, 99)]) + '.\n')
    d.t('Врач-реаниматолог '); d.name(doc, d.pick(['si', 'is'])); d.t('   Зав. ОРИТ '); d.name(head, 'si'); d.t('\n')


def icu_kk_3(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.22)
    doc, ns = staff(d), staff(d, g='f')
    d.c('СҰЙЫҚТЫҚ ТЕҢГЕРІМІ ПАРАҒЫ'); d.t(', АРҚТБ, %d-төсек\n' % d.rng.randint(1, 12))
    d.t('Науқас: '); nm(d, p, ['full', 'sg']); d.t(', '); age_out(d, p, ref, d.pick(['kk', 'kk_loc'])); d.t('\nАуру тарихы № '); d.rid('hospitalisation')
    d.t('\n'); d.settle(settle_pick(d), 'gen', 'kk'); d.t(' аудандық ауруханасынан '); anydate(d, later(ref, -2, 0, d.rng), fmts=['kk', 'num', 'kk_loc']); d.t(' ауыстырылды.\n')
    d.t('Диагнозы: '); d.c(d.pick(ICU_DX_KK)); d.t('\n\n| Сағат | Енгізілді, мл | Бөлінді, мл |\n|---|---|---|\n')
    h = d.rng.randint(6, 9)
    for i in range(d.rng.randint(4, 6)):
        d.t('| %02d:00 | %d | %d |\n' % ((h + i * 3) % 24, d.rng.randint(100, 600), d.rng.randint(30, 300)))
    d.t('\nКелуге рұқсат етілгендер:\n'); _visitors(d, p, ref, kk=True)
    d.t('\nМейірбике '); d.name(ns, d.pick(['sg', 'is'])); d.t('; дәрігер '); d.name(doc, 'is'); d.t('.\n')


def icu_kk_4(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.25)
    doc, prof = staff(d), staff(d)
    rel, q, ru, kw = rel_pick(d, p, ref, ['son', 'daughter', 'wife', 'husband'])
    d.c('РЕАНИМАТОЛОГ ДӘРІГЕРДІҢ КҮНДЕЛІГІ'); d.t('\n')
    d.t('Науқас '); d.name(p, d.pick(['full', 'sg'])); d.t(', ЖСН: '); d.iin(p, True); d.t('\n\n')
    day = later(ref, -3, -1, d.rng)
    for i in range(d.rng.randint(2, 3)):
        dt = later(day, i, i, d.rng)
        d.date(dt, d.pick(['num', 'kk_noy', 'kk'])); d.t(', %02d:%02d. Жағдайы ауыр. ' % (d.rng.randint(7, 11), d.rng.randint(0, 59)))
        bp, hr, sat, tt = _vitals(d)
        d.t('АҚҚ %s, ЖСЖ %d, SpO2 %d%%. ' % (bp, hr, sat)); d.c(d.pick(ICU_DRUG)); d.t(' енгізу жалғасуда.\n')
    d.t('\nКонсилиум: профессор '); d.name(prof, 'is'); d.t(' және дәрігер '); d.name(doc, 'si'); d.t('. ')
    d.c(d.pick(ICU_PROC_KK)); d.t(' жалғастыру ұйғарылды.\n')
    d.t('Науқастың ' + kw + ' '); d.name(q, d.pick(['full', 'gs']), case='kk_dat'); d.t(' жағдайы түсіндірілді ('); d.phone(); d.t(').\n')


def icu_kk_5(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.2)
    doc, head = staff(d), staff(d)
    adm = later(ref, -9, -3, d.rng)
    d.c('АУЫСТЫРУ ЭПИКРИЗІ'); d.t(' (АРҚТБ-дан ' + d.pick(['кардиология', 'хирургия', 'неврология']) + ' бөлімшесіне)\n')
    d.name(p, 'full'); d.t(', туған күні '); d.date(p.dob, d.pick(['num', 'kk']), birth=True); d.t(', ЖСН '); d.iin(p, True); d.t('.\n')
    d.t('Мекенжайы: '); home_address(d); d.t('.\n')
    d.t('АРҚТБ-да '); d.date(adm, d.pick(['num', 'kk'])); d.t(' бастап '); d.date(ref, d.pick(['num', 'kk'])); d.t(' дейін емделді, ауру тарихы № '); d.rid('hospitalisation'); d.t('.\n')
    d.t('Диагнозы: '); d.c(d.pick(ICU_DX_KK)); d.t('.\nЖүргізілді: '); clin_list(d, ICU_PROC_KK, k=2); d.t('.\n')
    d.t('Зертхана № '); d.rid('lab'); d.t(': '); d.c('креатинин'); d.t(' %d мкмоль/л, ' % d.rng.randint(60, 240)); d.c('гемоглобин'); d.t(' %d г/л.\n' % d.rng.randint(80, 140))
    d.t('Дәрігер '); d.name(doc, 'is'); d.t(', бөлімше меңгерушісі '); d.name(head, d.pick(['is', 'sg'])); d.t('\n')


def icu_mx_3(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.22)
    d.spell = d.pick(['ru', 'kk'])
    doc, ns = staff(d), staff(d, g='f')
    d.c('СҰЙЫҚТЫҚ ТЕҢГЕРІМІ / ВОДНЫЙ БАЛАНС'); d.t(', койка/төсек № %d\n' % d.rng.randint(1, 12))
    d.t('Науқас / пациент: '); nm(d, p, ['full', 'sg', 'si']); d.t(', ИБ № '); d.rid('hospitalisation'); d.t('\n')
    d.t('Переведен из / ауыстырылды: ЦРБ '); d.settle(settle_pick(d), 'gen', 'ru'); d.t('\n')
    d.t('DS: '); d.c(d.pick(ICU_DX_RU)); d.t('\n| Уақыт/время | in, мл | out, мл |\n|---|---|---|\n')
    h = d.rng.randint(6, 9)
    for i in range(d.rng.randint(3, 5)):
        d.t('| %02d:00 | %d | %d |\n' % ((h + i * 4) % 24, d.rng.randint(100, 600), d.rng.randint(30, 300)))
    d.t('Келушілер / посетители:\n'); _visitors(d, p, ref, kk=d.chance(0.5), n=d.rng.randint(1, 2))
    d.t('М/с '); d.name(ns, d.pick(['si', 'g'])); d.t(', дәрігер / врач '); d.name(doc, 'si'); d.t('\n')


def icu_mx_4(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.3)
    d.spell = d.pick(['ru', 'kk'])
    doc, cons = staff(d), make_person(d.rng, ethnic=d.pick(['turk', 'kor']), min_age=35, max_age=60)
    d.t('Күнделік / дневник ОРИТ. '); d.date(ref, 'num'); d.t('\n')
    d.t('Пациент '); d.name(p, 'si'); d.t(', ЖСН '); d.iin(p, True); d.t(', ')
    age_out(d, p, ref, d.pick(['ru', 'kk'])); d.t('.\n')
    bp, hr, sat, tt = _vitals(d)
    d.t('Жағдайы ауыр / состояние тяжелое. АД %s, ЧСС %d, SpO2 %d%%. ' % (bp, hr, sat)); d.c(d.pick(ICU_DRUG)); d.t(' титрование.\n')
    d.t('ТМК № '); d.rid('teleconsultation'); d.t(' — консультант Dr. '); d.name(cons, 'gs', latin=True); d.t(': '); d.c(d.pick(ICU_PROC_RU)); d.t('.\n')
    rel, q, ru, kw = rel_pick(d, p, ref, ['son', 'daughter'])
    d.t(ru.capitalize() + ' / ' + kw + ' '); d.name(q, d.pick(['gs', 'g', 'full'])); d.t(', e-mail '); d.email(q); d.t(', тел. '); d.phone(); d.t('\n')
    d.t('Дәрігер: '); d.name(doc, 'is'); d.t('\n')


def icu_mx_5(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.2)
    d.spell = d.pick(['ru', 'kk'])
    doc = staff(d)
    adm = later(ref, -9, -3, d.rng)
    d.c('АУЫСТЫРУ ЭПИКРИЗІ / ПЕРЕВОДНОЙ ЭПИКРИЗ'); d.t('\n')
    d.t('Аты-жөні / Ф.И.О.: '); nm(d, p, ['full', 'sg']); d.t('\nЖСН/ИИН: '); d.iin(p, True); d.t('; г.р. '); d.date(p.dob, 'year', birth=True); d.t('\n')
    d.t('ОРИТ: ')
    if adm.month == ref.month and adm.year == ref.year:
        d.drange(adm, ref, d.pick(['num', 'kk', 'ru']))
    else:
        d.date(adm, 'num'); d.t(' – '); d.date(ref, 'num')
    d.t('; ИБ № '); d.rid('hospitalisation'); d.t('\n')
    d.t('DS: '); d.c(d.pick(ICU_DX_KK)); d.t('\nЕм / лечение: '); clin_list(d, ICU_DRUG, k=3); d.t('\n')
    d.t('Лаб. № '); d.rid('lab'); d.t(': '); d.c('лактат'); d.t(' %.1f ммоль/л\n' % (0.8 + d.rng.random() * 3))
    d.t('Мекенжайы / адрес: '); home_address(d); d.t('\nДәрігер / врач: '); d.name(doc, d.pick(['si', 'is'])); d.t('\n')


# ------------------------------------------------------------------ pathology, templates 3-5

AUT_CAUSE_RU = ['Острая сердечно-сосудистая недостаточность', 'Тромбоэмболия легочной артерии', 'Отек головного мозга',
                'Полиорганная недостаточность', 'Острая постгеморрагическая анемия']
AUT_CAUSE_KK = ['Жедел жүрек-қантамыр жеткіліксіздігі', 'Өкпе артериясының тромбоэмболиясы', 'Ми ісінуі',
                'Көп ағзалық жеткіліксіздік']
CYTO_RU = ['NILM (отрицательный на интраэпителиальное поражение)', 'ASC-US', 'LSIL', 'HSIL', 'воспалительный тип мазка']


def path_ru_3(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.4, min_age=55)
    pat, clin = staff(d), staff(d)
    death = later(ref, -3, -1, d.rng)
    rel, q, ru, kw = rel_pick(d, p, ref, ['son', 'daughter', 'wife', 'husband'])
    d.c('ПРОТОКОЛ ПАТОЛОГОАНАТОМИЧЕСКОГО ВСКРЫТИЯ'); d.t(' № '); d.rid('histology'); d.t('\n')
    d.t('Умерший(ая): '); nm(d, p, ['full', 'sg']); d.t(', ')
    a = p.age_at(death)
    if a > 89:
        d.t('в возрасте '); d.age(a, 'ru_after')
    else:
        d.t('%d %s' % (a, ru_years(a)))
    d.t(', ИИН '); d.iin(p, True); d.t('\nИБ № '); d.rid('hospitalisation'); d.t(', ' + hosp_ru(d) + '; дата смерти: '); d.date(death, d.pick(['num', 'ru'])); d.t(' в %02d:%02d\n' % (d.rng.randint(0, 23), d.rng.randint(0, 59)))
    d.t('Лечащий врач: '); d.name(clin, 'si'); d.t('\nКлинический диагноз: '); d.c(d.pick(ICU_DX_RU)); d.t('\n')
    d.t('Патологоанатомический диагноз: основное — '); d.c(d.pick(PATH_DX_RU)); d.t('; непосредственная причина смерти — '); d.c(d.pick(AUT_CAUSE_RU)); d.t('.\n')
    d.t('Категория расхождения: ' + d.pick(['нет', 'I', 'II']) + '. Масса сердца %d г, головного мозга %d г.\n' % (d.rng.randint(280, 520), d.rng.randint(1100, 1500)))
    d.t('Тело выдано: ' + ru + ' '); d.name(q, 'full', case='ru_dat'); d.t(', уд. личности № '); d.docid('id_card'); d.t(', '); anydate(d, later(death, 1, 2, d.rng)); d.t('\n')
    sign(d, 'Врач-патологоанатом', pat)


def path_ru_4(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.05, g='f', min_age=21, max_age=65)
    gyn, cyt = staff(d), staff(d, g='f')
    d.c('ЦИТОЛОГИЧЕСКОЕ ЗАКЛЮЧЕНИЕ'); d.t(' (скрининг РШМ), № '); d.rid('lab'); d.t('\n')
    d.t('Пациентка: '); d.name(p, d.pick(['full', 'sg', 'si'])); d.t('; дата рождения: '); d.date(p.dob, d.pick(['num', 'num2', 'iso']), birth=True)
    d.t('; ИИН: '); d.iin(p, True); d.t('\nАмб. карта № '); d.rid('outpatient_card'); d.t(', ' + d.pick(['ГП № 2', 'ГП № 9', 'СВА', 'ЖК ГП № 5']) + ', врач '); d.name(gyn, 'si'); d.t('\n')
    d.t('Дата взятия: '); d.date(later(ref, -10, -3, d.rng), 'num'); d.t('; методика: '); d.c(d.pick(['жидкостная цитология (ЖЦ)', 'окраска по Папаниколау', 'ПАП-тест'])); d.t('\n')
    d.t('Результат по системе Bethesda: '); d.c(d.pick(CYTO_RU)); d.t('.\n')
    if d.chance(0.5):
        d.t('Рекомендовано: '); d.c(d.pick(['кольпоскопия', 'ВПЧ-тестирование', 'биопсия шейки матки'])); d.t('.\n')
    d.t('Цитолог: '); d.name(cyt, d.pick(['si', 'sg'])); d.t(', '); anydate(d, ref); d.t('; результаты: '); d.email(); d.t('\n')


FEM_ONLY = ('молочная', 'матки', 'сүт безі', 'жатыр')
MALE_ONLY = ('предстательной',)


def _register(d, ref, n, kk=False):
    if kk:
        d.t('| № | Күні | Науқас | ЖСН | Жасы | Материал |\n|---|---|---|---|---|---|\n')
    else:
        d.t('| № | Дата | Пациент | ИИН | Возраст | Материал |\n|---|---|---|---|---|---|\n')
    for i in range(n):
        q = patient(d, ref, old=0.12)
        d.t('| '); d.rid('histology'); d.t(' | '); d.date(later(ref, -i, -i, d.rng), d.pick(['num', 'num2'])); d.t(' | ')
        d.name(q, d.pick(['si', 'sg', 'full'])); d.t(' | '); d.iin(q, False, split=False); d.t(' | '); age_out(d, q, ref, 'num'); d.t(' | ')
        mats = [m for m in (PATH_MAT_KK if kk else PATH_MAT_RU)
                if not any(w in m for w in (FEM_ONLY if q.g == 'm' else MALE_ONLY))]
        d.c(d.pick(mats).split(',')[0]); d.t(' |\n')


def path_ru_5(d):
    ref = ref_date(d)
    lab = staff(d, g='f')
    d.c('ЖУРНАЛ РЕГИСТРАЦИИ БИОПСИЙНОГО И ОПЕРАЦИОННОГО МАТЕРИАЛА'); d.t(' (ф. 014-1/у)\n')
    d.t('Патоморфологическое отделение ' + hosp_ru(d) + ', г. '); d.settle(city_of(d), 'nom', 'ru'); d.t('. Лист %d\n\n' % d.rng.randint(2, 90))
    _register(d, ref, d.rng.randint(3, 5))
    d.t('\nМатериал принял(а): лаборант '); d.name(lab, d.pick(['si', 'sg'])); d.t(', тел. '); d.phone(d.pick(['land', 'local']), local_ok=True); d.t('\n')


def path_kk_3(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.4, min_age=55)
    pat = staff(d)
    death = later(ref, -3, -1, d.rng)
    rel, q, ru, kw = rel_pick(d, p, ref, ['son', 'daughter', 'wife', 'husband'])
    d.c('ПАТОЛОГИЯЛЫҚ-АНАТОМИЯЛЫҚ СОЮ ХАТТАМАСЫ'); d.t(' № '); d.rid('histology'); d.t('\n')
    d.t('Қайтыс болған: '); nm(d, p, ['full', 'sg']); d.t(', ЖСН '); d.iin(p, True); d.t('\n')
    a = p.age_at(death)
    d.t('Жасы: '); age_out(d, p, death, 'num'); d.t('\nАуру тарихы № '); d.rid('hospitalisation'); d.t('; қайтыс болған күні: '); d.date(death, d.pick(['num', 'kk', 'kk_abbr'])); d.t('\n')
    d.t('Клиникалық диагноз: '); d.c(d.pick(ICU_DX_KK)); d.t('\nПатологиялық-анатомиялық диагноз: '); d.c(d.pick(PATH_DX_KK)); d.t('\n')
    d.t('Өлімнің тікелей себебі: '); d.c(d.pick(AUT_CAUSE_KK)); d.t('.\n')
    d.t('Мәйіт науқастың ' + kw + ' '); d.name(q, d.pick(['full', 'sg']), case='kk_dat'); d.t(' берілді (жеке куәлік № '); d.docid('id_card'); d.t(').\n')
    d.t('Патологоанатом: '); d.name(pat, d.pick(['is', 'sg'])); d.t('\n')


def path_kk_4(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.05, g='f', min_age=21, max_age=65)
    gyn, cyt = staff(d), staff(d, g='f')
    d.c('ЦИТОЛОГИЯЛЫҚ ҚОРЫТЫНДЫ'); d.t(' № '); d.rid('lab'); d.t('\n')
    d.t('Науқас: '); d.name(p, d.pick(['full', 'sg'])); d.t('\nТуған күні: '); d.date(p.dob, d.pick(['num', 'kk']), birth=True); d.t('\nЖСН: '); d.iin(p, True)
    d.t('\nАмбулаторлық карта № '); d.rid('outpatient_card'); d.t('; жолдаған дәрігер '); d.name(gyn, 'is'); d.t('\n')
    d.t('Жағынды алынған күн: '); anydate(d, later(ref, -10, -3, d.rng), fmts=['kk', 'num', 'kk_loc']); d.t('\n')
    d.t('Әдісі: '); d.c('Папаниколау бойынша бояу'); d.t('. Bethesda жүйесі бойынша: '); d.c(d.pick(CYTO_RU[:4])); d.t('.\n')
    d.t('Цитолог: '); d.name(cyt, d.pick(['si', 'sg'])); d.t(', '); d.phone(); d.t('\n')


def path_kk_5(d):
    ref = ref_date(d)
    lab = staff(d, g='f')
    d.c('БИОПСИЯЛЫҚ МАТЕРИАЛДЫ ТІРКЕУ ЖУРНАЛЫ'); d.t('\n')
    d.t(hosp_kk(d) + ', '); d.settle(city_of(d), 'nom', 'kk'); d.t(' қ. %d-парақ\n\n' % d.rng.randint(2, 90))
    _register(d, ref, d.rng.randint(3, 5), kk=True)
    d.t('\nМатериалды қабылдаған зертханашы: '); d.name(lab, d.pick(['si', 'sg'])); d.t('\n')


def path_mx_3(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.12)
    d.spell = d.pick(['ru', 'kk'])
    pat = staff(d)
    cons = make_person(d.rng, ethnic='turk', min_age=40, max_age=65)
    d.c('ИГХ-КОНСУЛЬТАЦИЯ / ИГХ КЕҢЕСІ'); d.t(' № '); d.rid('histology'); d.t('\n')
    d.t('Пациент: '); d.name(p, d.pick(['full', 'sg'])); d.t(', ЖСН/ИИН '); d.iin(p, True); d.t('\n')
    d.t('Блоки/блоктар: А1–А%d, исходное заключение от ' % d.rng.randint(2, 6)); d.date(later(ref, -30, -10, d.rng), 'num'); d.t('\n')
    d.t('Панель: '); clin_list(d, ['Ki-67', 'ER', 'PR', 'HER2', 'CK7', 'CK20', 'TTF-1', 'p63'], k=4); d.t('\n')
    d.t('Қорытынды / заключение: '); d.c(d.pick(PATH_DX_RU)); d.t('\n')
    d.t('Second opinion: Prof. '); d.name(cons, 'gs'); d.t(' ('); d.email(inst='acibadem.com.tr'); d.t(')\n')
    d.t('Патологоанатом: '); d.name(pat, 'si'); d.t(', '); d.phone(); d.t('\n')


def path_mx_4(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.45, min_age=55)
    d.spell = d.pick(['ru', 'kk'])
    pat = staff(d)
    death = later(ref, -3, -1, d.rng)
    rel, q, ru, kw = rel_pick(d, p, ref, ['son', 'daughter'])
    d.c('СОЮ ХАТТАМАСЫ / ПРОТОКОЛ ВСКРЫТИЯ'); d.t(' № '); d.rid('histology'); d.t('\n')
    d.t('Аты-жөні / Ф.И.О.: '); nm(d, p, ['full', 'sg']); d.t('; ЖСН/ИИН: '); d.iin(p, True); d.t('\nЖасы / возраст: '); age_out(d, p, death, 'num')
    d.t('; қайтыс болды / дата смерти: '); d.date(death, 'num'); d.t('\nИБ № '); d.rid('hospitalisation'); d.t('\n')
    d.t('Причина смерти / өлім себебі: '); d.c(d.pick(AUT_CAUSE_RU)); d.t('; '); d.c(d.pick(PATH_DX_KK)); d.t('\n')
    d.t('Мәйітті алған / тело получил(а): '); d.name(q, 'full'); d.t(' (' + kw + '), '); d.phone(); d.t('\n')
    d.t('Дәрігер / врач: '); d.name(pat, 'is'); d.t('\n')


def path_mx_5(d):
    ref = ref_date(d)
    d.spell = d.pick(['ru', 'kk'])
    lab = staff(d, g='f')
    d.c('ТІРКЕУ ЖУРНАЛЫ / ЖУРНАЛ РЕГИСТРАЦИИ'); d.t(' биопсий, ' + hosp_ru(d) + '\n\n')
    _register(d, ref, d.rng.randint(3, 5), kk=d.chance(0.5))
    d.t('\nЗертханашы / лаборант: '); d.name(lab, d.pick(['si', 'g'])); d.t('; '); d.email(); d.t('\n')


ICU2 = {'ru': [icu_ru_3, icu_ru_4, icu_ru_5], 'kk': [icu_kk_3, icu_kk_4, icu_kk_5], 'mixed': [icu_mx_3, icu_mx_4, icu_mx_5]}
PATH2 = {'ru': [path_ru_3, path_ru_4, path_ru_5], 'kk': [path_kk_3, path_kk_4, path_kk_5],
         'mixed': [path_mx_3, path_mx_4, path_mx_5]}
