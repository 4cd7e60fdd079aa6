"""Places, workplaces, record and document numbers for deid_dev8."""
from gen import kk_case, _d

# settlement: (ru nom, ru gen, ru prep, kk nom, kind) kind: city/town/village/foreign
SETTL = [
    ('Алматы', 'Алматы', 'Алматы', 'Алматы', 'city'), ('Астана', 'Астаны', 'Астане', 'Астана', 'city'),
    ('Шымкент', 'Шымкента', 'Шымкенте', 'Шымкент', 'city'), ('Караганда', 'Караганды', 'Караганде', 'Қарағанды', 'city'),
    ('Павлодар', 'Павлодара', 'Павлодаре', 'Павлодар', 'city'), ('Семей', 'Семея', 'Семее', 'Семей', 'city'),
    ('Актобе', 'Актобе', 'Актобе', 'Ақтөбе', 'city'), ('Тараз', 'Тараза', 'Таразе', 'Тараз', 'city'),
    ('Кокшетау', 'Кокшетау', 'Кокшетау', 'Көкшетау', 'city'), ('Талдыкорган', 'Талдыкоргана', 'Талдыкоргане', 'Талдықорған', 'city'),
    ('Костанай', 'Костаная', 'Костанае', 'Қостанай', 'city'), ('Уральск', 'Уральска', 'Уральске', 'Орал', 'city'),
    ('Кызылорда', 'Кызылорды', 'Кызылорде', 'Қызылорда', 'city'), ('Туркестан', 'Туркестана', 'Туркестане', 'Түркістан', 'city'),
    ('Экибастуз', 'Экибастуза', 'Экибастузе', 'Екібастұз', 'city'), ('Усть-Каменогорск', 'Усть-Каменогорска', 'Усть-Каменогорске', 'Өскемен', 'city'),
    ('Талгар', 'Талгара', 'Талгаре', 'Талғар', 'town'), ('Каскелен', 'Каскелена', 'Каскелене', 'Қаскелең', 'town'),
    ('Есик', 'Есика', 'Есике', 'Есік', 'town'), ('Ленгер', 'Ленгера', 'Ленгере', 'Ленгер', 'town'),
    ('Сарыагаш', 'Сарыагаша', 'Сарыагаше', 'Сарыағаш', 'town'), ('Шу', 'Шу', 'Шу', 'Шу', 'town'),
    ('Узынагаш', 'Узынагаша', 'Узынагаше', 'Ұзынағаш', 'village'), ('Шелек', 'Шелека', 'Шелеке', 'Шелек', 'village'),
    ('Бесагаш', 'Бесагаша', 'Бесагаше', 'Бесағаш', 'village'), ('Шамалган', 'Шамалгана', 'Шамалгане', 'Шамалған', 'village'),
    ('Кайнар', 'Кайнара', 'Кайнаре', 'Қайнар', 'village'), ('Караой', 'Караоя', 'Караое', 'Қараой', 'village'),
    ('Байсерке', 'Байсерке', 'Байсерке', 'Байсерке', 'village'), ('Кордай', 'Кордая', 'Кордае', 'Қордай', 'village'),
    ('Жанакорган', 'Жанакоргана', 'Жанакоргане', 'Жаңақорған', 'village'), ('Аксу', 'Аксу', 'Аксу', 'Ақсу', 'village'),
    ('Отеген батыр', 'Отеген батыра', 'Отеген батыре', 'Өтеген батыр', 'village'),
    ('Жибек жолы', 'Жибек жолы', 'Жибек жолы', 'Жібек жолы', 'village'),
    ('Аксай', 'Аксая', 'Аксае', 'Ақсай', 'village'), ('Сарканд', 'Сарканда', 'Сарканде', 'Сарқан', 'town'),
]
FOREIGN = [('Ташкент', 'Ташкента', 'Ташкенте', 'Ташкент'), ('Бишкек', 'Бишкека', 'Бишкеке', 'Бішкек'),
           ('Новосибирск', 'Новосибирска', 'Новосибирске', 'Новосибирск'), ('Стамбул', 'Стамбула', 'Стамбуле', 'Стамбұл'),
           ('Омск', 'Омска', 'Омске', 'Омбы'), ('Сеул', 'Сеула', 'Сеуле', 'Сеул'), ('Москва', 'Москвы', 'Москве', 'Мәскеу')]
# district: (ru adjective stem without -ий, kk)
DISTR = [('Алмалинск', 'Алмалы'), ('Медеуск', 'Медеу'), ('Бостандыкск', 'Бостандық'), ('Ауэзовск', 'Әуезов'),
         ('Турксибск', 'Түрксіб'), ('Жетысуск', 'Жетісу'), ('Наурызбайск', 'Наурызбай'), ('Алатауск', 'Алатау'),
         ('Карасайск', 'Қарасай'), ('Енбекшиказахск', 'Еңбекшіқазақ'), ('Илийск', 'Іле'), ('Талгарск', 'Талғар'),
         ('Есильск', 'Есіл'), ('Сарыаркинск', 'Сарыарқа'), ('Байконурск', 'Байқоңыр'), ('Абайск', 'Абай'),
         ('Аль-Фарабийск', 'Әл-Фараби'), ('Сайрамск', 'Сайрам'), ('Жамбылск', 'Жамбыл'), ('Толебийск', 'Төле би')]
STREETS = [('Толе би', 'Төле би', 'ул.'), ('Абая', 'Абай', 'пр.'), ('Сатпаева', 'Сәтбаев', 'ул.'), ('Жандосова', 'Жандосов', 'ул.'),
           ('Розыбакиева', 'Розыбакиев', 'ул.'), ('Байтурсынова', 'Байтұрсынұлы', 'ул.'), ('Гагарина', 'Гагарин', 'пр.'),
           ('Ауэзова', 'Әуезов', 'ул.'), ('Достык', 'Достық', 'пр.'), ('Райымбека', 'Райымбек', 'пр.'),
           ('Кунаева', 'Қонаев', 'ул.'), ('Пушкина', 'Пушкин', 'ул.'), ('Мира', 'Бейбітшілік', 'ул.'),
           ('Бухар жырау', 'Бұқар жырау', 'пр.'), ('Республики', 'Республика', 'пр.'), ('Тауке хана', 'Тәуке хан', 'пр.'),
           ('Жамбыла', 'Жамбыл', 'ул.'), ('Ломова', 'Ломов', 'ул.'), ('Назарбаева', 'Назарбаев', 'пр.'),
           ('Майлина', 'Майлин', 'ул.'), ('Сейфуллина', 'Сейфуллин', 'пр.'), ('Момышулы', 'Момышұлы', 'ул.')]
MKR = [('Самал-2', 'Самал-2'), ('Аксай-4', 'Ақсай-4'), ('Орбита-3', 'Орбита-3'), ('Жетысу-2', 'Жетісу-2'),
       ('Нуркент', 'Нұркент'), ('Шугыла', 'Шұғыла'), ('Нурсат', 'Нұрсат'), ('Кулагер', 'Құлагер'), ('Калкаман-2', 'Қалқаман-2'),
       ('Мамыр-1', 'Мамыр-1'), ('Тастак-2', 'Тастақ-2'), ('Восток-5', 'Восток-5')]
WORK_RU = ['ТОО «Береке-Агро»', 'АО «Казахтелеком»', 'АО «Казпочта»', 'ТОО «Арман-Строй»', 'АО «KEGOC»',
           'ТОО «Кайнар-Логистик»', 'АО «Народный банк Казахстана»', 'ТОО «Astana Motors»', 'ТОО «KazMunayGas Service»',
           'АО «Алматы электр»', 'ТОО «Жетысу Агро Трейд»', 'ИП «Береке»', 'КГП «Алматы Су»', 'ТОО «Сауда-Сервис»',
           'АО «КТЖ – Грузовые перевозки»', 'ТОО «Magnum Cash&Carry»', 'ТОО «Тау-Кен Монтаж»']
WORK_KK = ['«Қазпошта» АҚ', '«Береке-Агро» ЖШС', '«Қазақтелеком» АҚ', '«Арман-Құрылыс» ЖШС', '«Алматы Су» КМК',
           '«Жетісу Агро Трейд» ЖШС', '«Қазақстан темір жолы» ҰК АҚ', '«Самұрық-Энерго» АҚ', '«Ақ Бидай» шаруа қожалығы',
           '«Нұр-Жол» ЖШС', '«Тау-Кен Монтаж» ЖШС']
SCHOOL_RU = ['КГУ «Средняя школа № {n}»', 'КГУ «Школа-гимназия № {n}»', 'ГККП «Ясли-сад № {n}»', 'детский сад «Балапан»',
             'ГККП «Колледж сервиса и технологий»', 'Университет «Туран»', 'Алматинский технологический университет',
             'КГУ «Общеобразовательная школа № {n}»', 'лицей № {n}']
SCHOOL_KK = ['№ {n} жалпы білім беретін мектеп', '№ {n} мектеп-гимназия', '«Балбөбек» балабақшасы', '«Айгөлек» бөбекжайы',
             '№ {n} ЖББМ', '«Туран» университеті', '№ {n} мектеп-лицей', 'Жоғары аграрлық-техникалық колледж']


def settlement(rng, kinds=('city', 'town', 'village')):
    return rng.choice([s for s in SETTL if s[4] in kinds])


def settl_surface(s, lang, case, rng):
    """s tuple; case: None/gen/prep for ru, kk cases (gen,dat,loc,abl,acc) for kk"""
    forms = ['settlement']
    if s[4] == 'village':
        forms.append('village')
    if lang == 'kk':
        base = s[3]
        txt = kk_case(base, case) if case else base
        if case:
            forms.append('case_form')
    else:
        txt = {None: s[0], 'gen': s[1], 'prep': s[2]}[case]
        if txt != s[0]:
            forms.append('case_form')
    if ' ' in txt:
        forms.append('multi_word')
    return txt, forms


def foreign_settl(rng, lang, case):
    f = rng.choice(FOREIGN)
    forms = ['settlement', 'foreign']
    if lang == 'kk':
        txt = kk_case(f[3], case) if case else f[3]
    else:
        txt = {None: f[0], 'gen': f[1], 'prep': f[2]}[case]
    if txt != (f[3] if lang == 'kk' else f[0]):
        forms.append('case_form')
    return txt, forms


def district(rng, lang, case):
    d = rng.choice(DISTR)
    if lang == 'kk':
        suf = {None: 'ауданы', 'gen': 'ауданының', 'dat': 'ауданына', 'loc': 'ауданында', 'abl': 'ауданынан'}[case]
        txt = d[1] + ' ' + suf
    else:
        txt = {None: d[0] + 'ий район', 'gen': d[0] + 'ого района', 'prep': d[0] + 'ом районе',
               'abbr': d[0] + 'ий р-н'}[case]
    forms = ['district']
    if case and case != 'abbr':
        forms.append('case_form')
    return txt, forms


def postcode(rng):
    return '%02d%04d' % (rng.choice([5, 1, 16, 8, 4, 14, 11, 9, 10]), rng.randint(0, 30) * 10)


def full_address(rng, lang):
    st = rng.choice(STREETS)
    city = settlement(rng, ('city',))
    h = rng.randint(1, 240)
    hs = str(h) + (rng.choice(['', '', '', 'а', '/1', 'Б']))
    kv = rng.randint(1, 180)
    v = rng.randint(0, 3)
    if lang == 'kk':
        city_kk = city[3]
        street = st[1] + (' даңғылы' if st[2] == 'пр.' else ' көшесі')
        if v == 0:
            t = '%s қ., %s, %s-үй, %d-пәтер' % (city_kk, street, hs, kv)
        elif v == 1:
            t = '%s, %s қаласы, %s %s, %d пәтер' % (postcode(rng), city_kk, street, hs, kv)
        elif v == 2:
            s = settlement(rng, ('village',))
            d = rng.choice(DISTR[8:12])
            t = '%s ауданы, %s ауылы, %s, %d-үй' % (d[1], s[3], street, h)
        else:
            t = '%s қаласы, %s, %s үй' % (city_kk, street, hs)
    else:
        if v == 0:
            t = 'г. %s, %s %s, д. %s, кв. %d' % (city[0], st[2], st[0], hs, kv)
        elif v == 1:
            t = '%s, г. %s, %s %s, %s-%d' % (postcode(rng), city[0], st[2], st[0], hs, kv)
        elif v == 2:
            s = settlement(rng, ('village',))
            d = rng.choice(DISTR[8:12])
            t = 'Алматинская обл., %sий р-н, с. %s, ул. %s, %d' % (d[0], s[0], st[0], h)
        else:
            t = '%s, %s %s, дом %s, квартира %d' % (city[0], st[2], st[0], hs, kv)
    return t, ['full_postal']


def foreign_full(rng, lang):
    v = rng.randint(0, 2)
    if v == 0:
        t = 'Узбекистан, г. Ташкент, Юнусабадский р-н, ул. Амира Темура, д. %d, кв. %d' % (rng.randint(1, 120), rng.randint(1, 90))
    elif v == 1:
        t = 'Кыргызская Республика, г. Бишкек, мкр. Джал, д. %d, кв. %d' % (rng.randint(1, 40), rng.randint(1, 90))
    else:
        t = 'Türkiye, İstanbul, Kadıköy, Bağdat Cd. No:%d D:%d' % (rng.randint(1, 300), rng.randint(1, 30))
    return t, ['full_postal', 'foreign']


def mkr(rng, lang):
    m = rng.choice(MKR)
    h = rng.randint(1, 60)
    kv = rng.randint(1, 120)
    v = rng.randint(0, 2)
    if lang == 'kk':
        if v == 0:
            t = '%s ш/а, %d-үй, %d-пәтер' % (m[1], h, kv)
        elif v == 1:
            t = '%s шағын ауданы, %d-үй' % (m[1], h)
        else:
            t = '%d ш/а, %d-үй' % (rng.randint(1, 32), h)
    else:
        if v == 0:
            t = 'мкр. %s, д. %d, кв. %d' % (m[0], h, kv)
        elif v == 1:
            t = 'мкр %s, %d-%d' % (m[0], h, kv)
        else:
            t = '%d мкр., д. %d' % (rng.randint(1, 32), h)
    return t, ['partial', 'microdistrict']


def street_unmarked(rng, lang):
    st = rng.choice(STREETS)
    name = st[1] if lang == 'kk' else st[0]
    v = rng.randint(0, 2)
    h = rng.randint(1, 200)
    if v == 0:
        t = '%s %d, кв %d' % (name, h, rng.randint(1, 99))
    elif v == 1:
        t = '%s %d-%d' % (name, h, rng.randint(1, 99))
    else:
        t = '%s, %d%s' % (name, h, rng.choice(['', 'а', 'б']))
    return t, ['street_unmarked']


def workplace(rng, lang, school=False):
    if school:
        t = rng.choice(SCHOOL_KK if lang == 'kk' else SCHOOL_RU).replace('{n}', str(rng.randint(1, 180)))
        return t, ['workplace', 'school']
    return rng.choice(WORK_KK if lang == 'kk' else WORK_RU), ['workplace']


# ---------------------------------------------------------------- record ids
def record_id(rng, kind):
    y = rng.randint(22, 25)
    if kind == 'hosp':
        return rng.choice(['%d/%02d' % (rng.randint(100, 19999), y), '%d' % rng.randint(10000, 99999), 'С-%d' % rng.randint(1000, 9999)]), ['hospitalisation']
    if kind == 'opc':
        return rng.choice(['%d' % rng.randint(100, 99999), '%04d-%02d' % (rng.randint(1, 9999), y), 'АК-%d' % rng.randint(1000, 99999)]), ['outpatient_card']
    if kind == 'oper':
        return '%d' % rng.randint(10, 2999), ['operation_protocol']
    if kind == 'xray':
        return rng.choice(['R-20%d-%05d' % (y, rng.randint(1, 99999)), 'КТ-%d' % rng.randint(100, 9999), '%d/%02d' % (rng.randint(10, 9999), y), 'МРТ-%05d' % rng.randint(1, 99999)]), ['xray']
    if kind == 'lab':
        return rng.choice(['L-%06d' % rng.randint(1, 999999), '%02d-%05d' % (y, rng.randint(1, 99999))]), ['lab']
    if kind == 'amb':
        return '%d' % rng.randint(10, 9999), ['ambulance_call']
    if kind == 'rx':
        return rng.choice(['%07d' % rng.randint(1, 9999999), 'Р-%02d-%06d' % (y, rng.randint(1, 999999)), 'ЭР%09d' % rng.randint(1, 999999999)]), ['prescription']
    if kind == 'tmk':
        return '20%d-%04d' % (y, rng.randint(1, 9999)), ['teleconsultation']
    if kind == 'vkk':
        return rng.choice(['%d' % rng.randint(1, 999), '%d/%02d' % (rng.randint(1, 999), y)]), ['commission_protocol']
    if kind == 'erdr':
        return '%02d%s' % (y, _d(rng, 13)), ['erdr']
    if kind == 'disp':
        return rng.choice(['%d' % rng.randint(10, 9999), 'Д-%d' % rng.randint(100, 9999)]), ['dispensary_card']
    if kind == 'dent':
        return rng.choice(['С-%d' % rng.randint(100, 99999), '%d/%02d' % (rng.randint(1, 9999), y)]), ['dental_card']
    if kind == 'vacc':
        return '%d' % rng.randint(10, 99999), ['vaccination_card']
    if kind == 'child':
        return '%d' % rng.randint(10, 9999), ['child_development']
    if kind == 'ref':
        return rng.choice(['%d' % rng.randint(100, 999999), 'Н-%06d' % rng.randint(1, 999999)]), ['referral']
    if kind == 'reg':
        return rng.choice(['%d' % rng.randint(100, 99999), 'Н-%d' % rng.randint(100, 9999), 'П-%d' % rng.randint(100, 9999)]), ['registry']
    raise ValueError(kind)


def doc_id(rng, kind):
    if kind == 'idc':
        return '0%s' % _d(rng, 8) if rng.random() < 0.7 else _d(rng, 9), ['id_card']
    if kind == 'rp':
        return 'F%s' % _d(rng, 8) if False else _d(rng, 9), ['id_card']
    if kind == 'pkz':
        return 'N%08d' % rng.randint(1, 99999999), ['passport', 'kz']
    if kind == 'pru':
        return rng.choice(['%s %s %s' % (_d(rng, 2), _d(rng, 2), _d(rng, 6)), '%s %s' % (_d(rng, 4), _d(rng, 6))]), ['passport', 'russian']
    if kind == 'puz':
        return rng.choice(['AA', 'AB', 'AC', 'FA', 'AD']) + _d(rng, 7), ['passport', 'uzbek']
    if kind == 'pkg':
        return rng.choice(['AN', 'AC', 'ID']) + _d(rng, 7), ['passport', 'kyrgyz']
    if kind == 'pol':
        return rng.choice(['KZ-DMS-%06d' % rng.randint(1, 999999), '%s-%s-%s' % (_d(rng, 3), _d(rng, 3), _d(rng, 3))]), ['policy']
    if kind == 'sl':
        return '%07d' % rng.randint(1, 9999999), ['sick_leave']
    if kind == 'plate':
        return '%03d %s %02d' % (rng.randint(1, 999), ''.join(rng.choice('ABCDEHKMOPTXYZ') for _ in range(3)), rng.choice([1, 2, 3, 5, 8, 10, 13, 16, 17])), ['vehicle_plate']
    if kind == 'bc':
        return rng.choice(['I-АЛ', 'II-ШЫ', 'I-КР', 'III-АС']) + ' %07d' % rng.randint(1, 9999999), ['birth_certificate']
    if kind == 'dl':
        return rng.choice(['AA', 'AB', 'BA', 'KZ']) + ' %06d' % rng.randint(1, 999999), ['driver_license']
    raise ValueError(kind)
