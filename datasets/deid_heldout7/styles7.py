# -*- coding: utf-8 -*-
"""statistical_discharge_card and polyclinic_active_call templates, part 2 (templates 3-5 per language)."""
from gen import make_iin, later, make_person, relative, ru_years, DISTRICTS, VILL, settle_form
from blocks import (staff, patient, anydate, age_out, nm, settle_pick, home_address, sign, work_pick,
                    hosp_ru, hosp_kk, ref_date, clin_list, city_of, rel_pick)
from styles3 import (STAT_DX_RU, STAT_OP_RU, STAT_DX_KK, STAT_OP_KK, OUTCOME_RU, _residence, ACT_DX_RU as _ADR, ACT_RX,
                     ACT_TODO_RU, ACT_DX_KK as _ADK, ACT_TODO_KK)

# adult patients only in these templates
ACT_DX_RU = [x for x in _ADR if 'Новорожд' not in x]
ACT_DX_KK = [x for x in _ADK if 'нәресте' not in x]


def _baby(d, mom, ref, bd):
    b = make_person(d.rng, age=0, ref=ref, surname_from=mom if d.chance(0.5) else None, ethnic=mom.ethnic)
    b.dob = bd
    b.iin = make_iin(d.rng, bd, b.g)
    return b


def _csv_rows(d, ref, n, kk=False):
    """ERSB-like CSV export; IIN column without a cue -> unlabelled; village names without a marker."""
    d.t('id;fio;iin;dob;village;dt_in;dt_out;mkb\n' if not kk else 'id;aty_zhoni;zhsn;tugan_kuni;auyl;tusken;shykkan;akh10\n')
    for i in range(n):
        q = patient(d, ref, old=0.15)
        code, dx = d.pick(STAT_DX_RU)
        adm = later(ref, -12, -2, d.rng)
        d.rid('hospitalisation'); d.t(';'); d.name(q, d.pick(['full', 'sg']), caps=d.chance(0.3)); d.t(';'); d.iin(q, False, split=False); d.t(';')
        d.date(q.dob, d.pick(['num', 'iso']), birth=True); d.t(';')
        s, forms = settle_form(d.pick(VILL), 'nom', 'kk' if kk else 'ru')
        d.sp(s, 'ADDRESS', forms); d.t(';'); d.date(adm, 'iso'); d.t(';'); d.date(ref, 'iso'); d.t(';' + code + '\n')


def stat_ru_3(d):
    ref = ref_date(d)
    op = staff(d, g='f')
    d.c('ВЫГРУЗКА ИЗ ЭРСБ'); d.t(': статистические карты выбывших (ф. 066/у), ' + hosp_ru(d) + '\n')
    d.t('Сформировано '); d.date(ref, 'num'); d.t(' %02d:%02d, оператор ' % (d.rng.randint(8, 18), d.rng.randint(0, 59))); d.name(op, 'si'); d.t('\n\n')
    _csv_rows(d, ref, d.rng.randint(3, 5))
    d.t('\nКонтроль качества кодирования: '); d.email(); d.t('\n')


def stat_ru_4(d):
    ref = ref_date(d)
    mom = patient(d, ref, old=0.0, g='f', min_age=19, max_age=42)
    doc, coder = staff(d), staff(d, g='f')
    bd = later(ref, -5, -2, d.rng)
    baby = _baby(d, mom, ref, bd)
    d.c('СТАТИСТИЧЕСКАЯ КАРТА ВЫБЫВШЕГО'); d.t(' — ' + d.pick(['родильница', 'акушерское отделение']) + '\n')
    d.t('№ ИБ '); d.rid('hospitalisation'); d.t('; Ф.И.О.: '); nm(d, mom, ['full', 'sg']); d.t('; ИИН '); d.iin(mom, True); d.t('\n')
    d.t('Возраст: %d; место жительства: ' % mom.age_at(ref)); _residence(d); d.t('\n')
    d.t('Диагноз: O80.0 '); d.c('Роды одноплодные, самопроизвольные'); d.t('; беременность %d нед.\n' % d.rng.randint(37, 41))
    d.t('Дата родов: '); d.date(bd, d.pick(['num', 'ru'])); d.t(' в %02d:%02d; ребенок: ' % (d.rng.randint(0, 23), d.rng.randint(0, 59)) + ('мальчик' if baby.g == 'm' else 'девочка'))
    d.t(', масса %d г, рост %d см, ' % (d.rng.randint(2600, 4300), d.rng.randint(47, 56))); d.c('оценка по шкале Апгар'); d.t(' %d/%d баллов\n' % (d.rng.randint(6, 8), d.rng.randint(8, 9)))
    d.t('Новорожденный: ИИН '); d.iin(baby, True); d.t(', медицинское свидетельство о рождении выдано\n')
    d.t('Выписка: '); d.date(ref, 'num'); d.t(', ' + d.pick(OUTCOME_RU[:2]) + '. Лист нетрудоспособности № '); d.docid('sick_leave'); d.t('\n')
    d.t('Врач '); d.name(doc, 'si'); d.t('; кодировщик '); d.name(coder, d.pick(['si', 'sg'])); d.t('\n')


def stat_ru_5(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.45, min_age=60)
    head, coder = staff(d), staff(d, g='f')
    adm = later(ref, -10, -1, d.rng)
    rel, q, ru, kw = rel_pick(d, p, ref, ['son', 'daughter'])
    code, dx = d.pick(STAT_DX_RU)
    d.c('СТАТИСТИЧЕСКАЯ КАРТА ВЫБЫВШЕГО'); d.t(' | исход: умер | ИБ № '); d.rid('hospitalisation'); d.t('\n')
    d.t('Ф.И.О.: '); nm(d, p, ['full', 'sg']); d.t('; пол ' + ('муж.' if p.g == 'm' else 'жен.') + '; д.р. '); d.date(p.dob, d.pick(['num', 'roman', 'iso']), birth=True); d.t('\n')
    d.t('Возраст '); age_out(d, p, ref, 'num'); d.t('; ИИН '); d.iin(p, True); d.t('; адрес: '); home_address(d); d.t('\n')
    d.t('Поступил '); d.date(adm, 'num'); d.t(', умер '); d.date(ref, 'num'); d.t(' в %02d:%02d; ' % (d.rng.randint(0, 23), d.rng.randint(0, 59)))
    d.t('основной диагноз ' + code + ' '); d.c(dx); d.t('; осложнение: '); d.c(d.pick(['Отек легких', 'Кардиогенный шок', 'ТЭЛА', 'Сепсис'])); d.t('\n')
    d.t('Вскрытие: ' + d.pick(['проводилось, протокол № ', 'не проводилось по заявлению родственников, вх. № ']))
    d.rid('histology'); d.t('\nРодственник уведомлен: ' + ru + ' '); d.name(q, d.pick(['full', 'gs'])); d.t(', '); d.phone(); d.t('\n')
    d.t('Врачебное свидетельство о смерти выдано '); anydate(d, later(ref, 0, 1, d.rng)); d.t('.\nЗав. отд. '); d.name(head, 'si'); d.t('; статистик '); d.name(coder, 'si'); d.t('\n')


def stat_kk_3(d):
    ref = ref_date(d)
    op = staff(d, g='f')
    d.c('ЭРСБ-ДАН ҮЗІНДІ'); d.t(': стационардан шыққандардың статистикалық карталары, ' + hosp_kk(d) + '\n')
    d.t('Қалыптастырылды: '); d.date(ref, 'num'); d.t(', оператор '); d.name(op, 'is'); d.t('\n\n')
    _csv_rows(d, ref, d.rng.randint(3, 5), kk=True)


def stat_kk_4(d):
    ref = ref_date(d)
    mom = patient(d, ref, old=0.0, g='f', min_age=19, max_age=42)
    doc = staff(d)
    bd = later(ref, -5, -2, d.rng)
    baby = _baby(d, mom, ref, bd)
    d.c('СТАЦИОНАРДАН ШЫҚҚАН АДАМНЫҢ СТАТИСТИКАЛЫҚ КАРТАСЫ'); d.t(' (босанған әйел)\nАуру тарихы № '); d.rid('hospitalisation'); d.t('\n')
    d.t('Аты-жөні: '); nm(d, mom, ['full', 'sg']); d.t('; ЖСН: '); d.iin(mom, True); d.t('; жасы: %d\n' % mom.age_at(ref))
    d.t('Тұрғылықты жері: '); _residence(d, kk=True); d.t('\n')
    d.t('Босанған күні: '); d.date(bd, d.pick(['kk', 'num', 'kk_loc'])); d.t('; нәресте: ' + ('ұл' if baby.g == 'm' else 'қыз') + ', салмағы %d г; ' % d.rng.randint(2600, 4300))
    d.c('Апгар шкаласы'); d.t(' бойынша %d/%d балл\n' % (d.rng.randint(6, 8), d.rng.randint(8, 9)))
    d.t('Нәрестенің ЖСН: '); d.iin(baby, True); d.t('\nШығарылған күні: '); d.date(ref, d.pick(['num', 'kk'])); d.t('\n')
    d.t('Дәрігер '); d.name(doc, 'is'); d.t('\n')


def stat_kk_5(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.45, min_age=60)
    head = staff(d)
    adm = later(ref, -10, -1, d.rng)
    rel, q, ru, kw = rel_pick(d, p, ref, ['son', 'daughter'])
    code, dx = d.pick(STAT_DX_KK)
    d.c('СТАТИСТИКАЛЫҚ КАРТА'); d.t(' — нәтижесі: қайтыс болды. Ауру тарихы № '); d.rid('hospitalisation'); d.t('\n')
    d.t('Аты-жөні: '); nm(d, p, ['full', 'sg']); d.t('\nЖСН: '); d.iin(p, True); d.t('; ')
    a = p.age_at(ref)
    if a > 89:
        d.age(a, 'kk')
    else:
        d.t('%d жас' % a)
    d.t('\nТүскен күні: '); d.date(adm, d.pick(['num', 'kk'])); d.t('; қайтыс болған күні: '); d.date(ref, d.pick(['num', 'kk'])); d.t('\n')
    d.t('Диагнозы: ' + code + ' '); d.c(dx); d.t('\nТуысына хабарланды: ' + kw + ' '); d.name(q, d.pick(['full', 'gs'])); d.t(', '); d.phone(); d.t('\n')
    d.t('Бөлімше меңгерушісі '); d.name(head, 'is'); d.t('\n')


def stat_mx_3(d):
    ref = ref_date(d)
    d.spell = d.pick(['ru', 'kk'])
    op = staff(d, g='f')
    d.c('ЭРСБ ВЫГРУЗКА / ҮЗІНДІ'); d.t(' 066/у, '); d.date(ref, 'num'); d.t('\n')
    _csv_rows(d, ref, d.rng.randint(3, 5), kk=d.chance(0.5))
    d.t('Оператор: '); d.name(op, 'si'); d.t(', '); d.phone(d.pick(['land', 'local']), local_ok=True); d.t('\n')


def stat_mx_4(d):
    ref = ref_date(d)
    mom = patient(d, ref, old=0.0, g='f', min_age=19, max_age=42)
    d.spell = d.pick(['ru', 'kk'])
    doc = staff(d)
    bd = later(ref, -5, -2, d.rng)
    baby = _baby(d, mom, ref, bd)
    d.c('СТАТКАРТА / СТАТИСТИКАЛЫҚ КАРТА'); d.t(' (родильница / босанған әйел), ИБ № '); d.rid('hospitalisation'); d.t('\n')
    d.t('Аты-жөні / Ф.И.О.: '); nm(d, mom, ['full', 'sg']); d.t('; ЖСН/ИИН '); d.iin(mom, True); d.t('\n')
    d.t('Босанды / роды: '); d.date(bd, 'num'); d.t('; ' + ('ұл/мальчик' if baby.g == 'm' else 'қыз/девочка') + ', %d г; ЖСН нәресте / ИИН ребенка: ' % d.rng.randint(2600, 4300)); d.iin(baby, True); d.t('\n')
    d.t('Мекенжайы / адрес: '); home_address(d); d.t('\nДәрігер / врач: '); d.name(doc, 'si'); d.t('\n')


def stat_mx_5(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.5, min_age=60)
    d.spell = d.pick(['ru', 'kk'])
    head = staff(d)
    adm = later(ref, -10, -1, d.rng)
    code, dx = d.pick(STAT_DX_RU)
    d.t('Статкарта / исход: летальный / қайтыс болды. ИБ № '); d.rid('hospitalisation'); d.t('\n')
    d.t('Пациент: '); d.name(p, 'full', caps=d.chance(0.3)); d.t(', ЖСН '); d.iin(p, True); d.t(', ')
    age_out(d, p, ref, d.pick(['ru', 'kk', 'kk_loc'])); d.t('\n')
    d.t('Түскен / поступил: '); d.date(adm, 'num'); d.t('; қайтыс болды / умер: '); d.date(ref, 'num'); d.t('\nDS: ' + code + ' '); d.c(dx); d.t('\n')
    d.t('Тұрғылықты жері / место жительства: '); _residence(d, kk=d.chance(0.5)); d.t('\n')
    d.t('Зав. отд. / бөлім меңгерушісі '); d.name(head, 'is'); d.t('\n')


# ------------------------------------------------------------------ active call, templates 3-5

def _act_rows(d, ref, kk=False):
    d.t('| Күні | Науқас | ЖСН | Мекенжайы | Телефон | Диагноз |\n|---|---|---|---|---|---|\n' if kk else
        '| Дата | Пациент | ИИН | Адрес | Телефон | Диагноз |\n|---|---|---|---|---|---|\n')
    for i in range(d.rng.randint(3, 5)):
        q = patient(d, ref, old=0.3)
        d.t('| '); d.date(later(ref, -i, -i, d.rng), d.pick(['num_noy', 'num', 'num2'])); d.t(' | '); d.name(q, d.pick(['si', 'sg', 'full']))
        d.t(' | '); d.iin(q, False, split=False); d.t(' | ')
        if d.chance(0.5):
            d.mkr('kk' if kk else 'ru')
        else:
            d.addr_unmarked()
        d.t(' | '); d.phone(); d.t(' | '); d.c(d.pick(ACT_DX_KK if kk else ACT_DX_RU)); d.t(' |\n')


def act_ru_3(d):
    ref = ref_date(d)
    ns = staff(d, g='f')
    d.c('ЖУРНАЛ РЕГИСТРАЦИИ АКТИВОВ'); d.t(' ГП № %d, участок № %d\n' % (d.rng.randint(1, 30), d.rng.randint(1, 40)))
    d.t('Город '); d.settle(city_of(d), 'nom', 'ru'); d.t(', '); d.date(ref, d.pick(['ru_my', 'num_my'])); d.t('\n\n')
    _act_rows(d, ref)
    d.t('\nЖурнал ведет участковая м/с '); d.name(ns, d.pick(['si', 'sg'])); d.t('\n')


def act_ru_4(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.35)
    fel, recv = staff(d), staff(d, g='f')
    d.c('АКТИВ ОТ ССМП'); d.t(' (передан в ГП № %d)\n' % d.rng.randint(1, 30))
    d.t('Карта вызова № '); d.rid('ambulance_call'); d.t(', подстанция № %d, бригада № %d; ' % (d.rng.randint(1, 12), d.rng.randint(1, 60)))
    d.date(ref, d.pick(['num', 'num2'])); m0 = d.rng.randint(0, 22 * 60); m1 = m0 + d.rng.randint(8, 55)
    d.t(' прием вызова %02d:%02d, прибытие %02d:%02d\n' % (m0 // 60, m0 % 60, m1 // 60, m1 % 60))
    d.t('Пациент: '); nm(d, p, ['full', 'sg', 'si']); d.t(', '); age_out(d, p, ref, 'ru'); d.t(', ИИН '); d.iin(p, True); d.t('\n')
    d.t('Адрес вызова: '); home_address(d); d.t('; вызывал(а): ')
    rel, q, ru, kw = rel_pick(d, p, ref)
    d.t(ru + ' '); d.name(q, d.pick(['g', 'gs', 'gp'])); d.t(', '); d.phone(); d.t('\n')
    bp, hr = '%d/%d' % (d.rng.randint(100, 200), d.rng.randint(60, 110)), d.rng.randint(55, 120)
    d.t('Объективно: АД %s, ЧСС %d, глюкоза %.1f ммоль/л. Диагноз: ' % (bp, hr, 3.5 + d.rng.random() * 12)); d.c(d.pick(['Гипертонический криз', 'ХСН, декомпенсация', 'ОРВИ', 'Нестабильная стенокардия'])); d.t('.\n')
    d.t('Оказано: '); d.c(d.pick(['каптоприл 25 мг сублингвально', 'фуросемид 40 мг в/в', 'нитроглицерин 0,5 мг'])); d.t('. От госпитализации отказ, актив в поликлинику.\n')
    d.t('Фельдшер '); d.name(fel, 'si'); d.t('; актив принят в ГП: '); d.name(recv, d.pick(['s', 'si'])); d.t('\n')


def act_ru_5(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.35)
    doc = staff(d)
    d.c('ЗАПИСЬ ОБ ОБСЛУЖИВАНИИ АКТИВА НА ДОМУ'); d.t('\n')
    d.t('Дата: '); anydate(d, ref); d.t(', %02d:%02d. Участковый врач ' % (d.rng.randint(9, 17), d.rng.randint(0, 59))); d.name(doc, 'si'); d.t('\n')
    d.t('Пациент '); d.name(p, d.pick(['full', 'si'])); d.t(', амб. карта № '); d.rid('outpatient_card'); d.t(', ИИН '); d.iin(p, True); d.t('\n')
    d.t('Жалобы на слабость. АД %d/%d, ЧСС %d, SpO2 %d%%. ' % (d.rng.randint(110, 170), d.rng.randint(60, 100), d.rng.randint(58, 100), d.rng.randint(91, 99)))
    d.t('Диагноз: '); d.c(d.pick(ACT_DX_RU)); d.t('.\n')
    d.t('Выписан льготный рецепт № '); d.rid('prescription'); d.t(': '); clin_list(d, ACT_RX, k=2); d.t('.\n')
    if p.age_at(ref) < 63 and d.chance(0.6):
        d.t('Лист временной нетрудоспособности № '); d.docid('sick_leave'); d.t(' продлен до '); d.date(later(ref, 3, 10, d.rng), d.pick(['num', 'ru_noy'])); d.t('.\n')
    d.t('Следующее посещение: '); d.date(later(ref, 2, 7, d.rng), d.pick(['num', 'num_noy'])); d.t('; '); d.c(d.pick(ACT_TODO_RU)); d.t('.\n')


def act_kk_3(d):
    ref = ref_date(d)
    ns = staff(d, g='f')
    d.c('БЕЛСЕНДІ ШАҚЫРУЛАРДЫ ТІРКЕУ ЖУРНАЛЫ'); d.t(', № %d емхана, № %d учаске\n' % (d.rng.randint(1, 30), d.rng.randint(1, 40)))
    d.settle(city_of(d), 'nom', 'kk'); d.t(' қ., '); d.date(ref, 'kk_my'); d.t('\n\n')
    _act_rows(d, ref, kk=True)
    d.t('\nЖурналды жүргізетін мейірбике: '); d.name(ns, d.pick(['si', 'sg'])); d.t('\n')


def act_kk_4(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.35)
    fel = staff(d)
    d.c('ЖЕДЕЛ ЖӘРДЕМНЕН БЕЛСЕНДІ ШАҚЫРУ'); d.t('\nШақыру картасы № '); d.rid('ambulance_call'); d.t(', %d-бригада, ' % d.rng.randint(1, 60))
    anydate(d, ref, fmts=['kk', 'num', 'kk_abbr']); d.t(', %02d:%02d\n' % (d.rng.randint(0, 23), d.rng.randint(0, 59)))
    d.t('Науқас: '); nm(d, p, ['full', 'sg']); d.t(', '); age_out(d, p, ref, d.pick(['kk', 'kk_loc', 'num'])); d.t(', ЖСН '); d.iin(p, True); d.t('\n')
    d.t('Мекенжайы: '); home_address(d); d.t('\nШақырған: ')
    rel, q, ru, kw = rel_pick(d, p, ref)
    d.t(kw + ' '); d.name(q, d.pick(['g', 'gs'])); d.t(', '); d.phone(); d.t('\n')
    d.t('Диагнозы: '); d.c(d.pick(['Гипертониялық криз', 'ЖРВИ', 'Тұрақсыз стенокардия'])); d.t('. Ауруханаға жатудан бас тартты.\n')
    d.t('Фельдшер '); d.name(fel, 'is'); d.t('\n')


def act_kk_5(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.35)
    doc = staff(d)
    d.c('ҮЙГЕ БАРУ ЖАЗБАСЫ'); d.t(' (актив)\n')
    d.t('Күні: '); anydate(d, ref, fmts=['kk', 'num', 'kk_loc']); d.t('. Учаскелік дәрігер '); d.name(doc, 'is'); d.t('\n')
    d.t('Науқас '); d.name(p, d.pick(['full', 'sg'])); d.t(', амбулаторлық карта № '); d.rid('outpatient_card'); d.t(', ЖСН '); d.iin(p, True); d.t('\n')
    d.t('АҚҚ %d/%d, ЖСЖ %d. Диагнозы: ' % (d.rng.randint(110, 170), d.rng.randint(60, 100), d.rng.randint(58, 100))); d.c(d.pick(ACT_DX_KK)); d.t('.\n')
    d.t('Жеңілдікті рецепт № '); d.rid('prescription'); d.t(': '); d.c(d.pick(ACT_RX)); d.t('.\n')
    d.t('Келесі бару: '); d.date(later(ref, 2, 7, d.rng), d.pick(['num', 'kk_noy', 'kk_gen'])); d.t('; '); d.c(d.pick(ACT_TODO_KK)); d.t('.\n')


def act_mx_3(d):
    ref = ref_date(d)
    d.spell = d.pick(['ru', 'kk'])
    ns = staff(d, g='f')
    d.c('АКТИВТЕР ЖУРНАЛЫ / ЖУРНАЛ АКТИВОВ'); d.t(', ГП № %d\n' % d.rng.randint(1, 30))
    _act_rows(d, ref, kk=d.chance(0.5))
    d.t('М/с / мейірбике: '); d.name(ns, d.pick(['si', 'g'])); d.t('\n')


def act_mx_4(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.35)
    d.spell = d.pick(['ru', 'kk'])
    fel = staff(d)
    d.t('ССМП / ЖЖЖ актив. Карта вызова / шақыру № '); d.rid('ambulance_call'); d.t('; '); d.date(ref, 'num'); d.t('\n')
    d.t('Науқас / пациент: '); d.name(p, d.pick(['full', 'sg'])); d.t(', ЖСН/ИИН '); d.iin(p, True); d.t(', '); age_out(d, p, ref, d.pick(['ru', 'kk'])); d.t('\n')
    d.t('Мекенжайы / адрес: '); home_address(d); d.t('; тел. '); d.phone(); d.t('\n')
    d.t('DS: '); d.c(d.pick(['Гипертонический криз', 'ХСН, декомпенсация', 'ОРВИ'])); d.t('; госпитализациядан бас тартты / отказ.\n')
    d.t('Фельдшер: '); d.name(fel, 'si'); d.t('\n')


def act_mx_5(d):
    ref = ref_date(d)
    p = patient(d, ref, old=0.35)
    d.spell = d.pick(['ru', 'kk'])
    doc = staff(d)
    d.t('Үйге бару / посещение на дому. '); d.date(ref, 'num'); d.t('\n')
    d.t('Дәрігер / врач: '); d.name(doc, 'si'); d.t('; пациент '); d.name(p, 'si'); d.t(', амб. карта № '); d.rid('outpatient_card'); d.t('\n')
    d.t('DS: '); d.c(d.pick(ACT_DX_RU)); d.t('. Рецепт № '); d.rid('prescription'); d.t(': '); clin_list(d, ACT_RX, k=2); d.t('\n')
    rel, q, ru, kw = rel_pick(d, p, ref, ['son', 'daughter', 'wife', 'husband'])
    d.t(kw.capitalize() + ' / ' + ru + ': '); d.name(q, d.pick(['gs', 'g'])); d.t(', '); d.phone(); d.t('\n')
    d.t('Келесі бару / следующий визит: '); d.date(later(ref, 2, 7, d.rng), 'num_noy'); d.t('\n')


STAT2 = {'ru': [stat_ru_3, stat_ru_4, stat_ru_5], 'kk': [stat_kk_3, stat_kk_4, stat_kk_5], 'mixed': [stat_mx_3, stat_mx_4, stat_mx_5]}
ACTIVE2 = {'ru': [act_ru_3, act_ru_4, act_ru_5], 'kk': [act_kk_3, act_kk_4, act_kk_5], 'mixed': [act_mx_3, act_mx_4, act_mx_5]}
