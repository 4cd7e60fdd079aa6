"""Name pools, personas and name rendering for deid_dev8."""
import datetime as dt
from gen import simp, translit, kk_case, ru_surname, ru_given, ru_patr

# (kk spelling, ru spelling)
KZ_M = [('Ерлан', 'Ерлан'), ('Асқар', 'Аскар'), ('Болат', 'Болат'), ('Нұрлан', 'Нурлан'), ('Серік', 'Серик'),
        ('Дәурен', 'Даурен'), ('Бауыржан', 'Бауыржан'), ('Ержан', 'Ержан'), ('Талғат', 'Талгат'), ('Айдос', 'Айдос'),
        ('Арман', 'Арман'), ('Ерболат', 'Ерболат'), ('Қанат', 'Канат'), ('Мұрат', 'Мурат'), ('Бекзат', 'Бекзат'),
        ('Жандос', 'Жандос'), ('Әлихан', 'Алихан'), ('Ернар', 'Ернар'), ('Темірлан', 'Темирлан'),
        ('Мейірхан', 'Мейирхан'), ('Ақжол', 'Акжол'), ('Ғалым', 'Галым'), ('Жасұлан', 'Жасулан'), ('Санжар', 'Санжар'),
        ('Елдос', 'Елдос'), ('Бақытжан', 'Бакытжан'), ('Марат', 'Марат'), ('Тимур', 'Тимур'), ('Қайрат', 'Кайрат'),
        ('Нұржан', 'Нуржан'), ('Абай', 'Абай'), ('Төлеген', 'Толеген'), ('Жеңіс', 'Женис'), ('Сәкен', 'Сакен')]
KZ_F = [('Айгүл', 'Айгуль'), ('Гүлнар', 'Гульнар'), ('Жанар', 'Жанар'), ('Әсем', 'Асем'), ('Дана', 'Дана'),
        ('Айгерім', 'Айгерим'), ('Мадина', 'Мадина'), ('Динара', 'Динара'), ('Назым', 'Назым'),
        ('Салтанат', 'Салтанат'), ('Гүлжан', 'Гульжан'), ('Ақмарал', 'Акмарал'), ('Жұлдыз', 'Жулдыз'),
        ('Сәуле', 'Сауле'), ('Ләззат', 'Ляззат'), ('Ботагөз', 'Ботагоз'), ('Аружан', 'Аружан'), ('Томирис', 'Томирис'),
        ('Дильназ', 'Дильназ'), ('Райхан', 'Райхан'), ('Айжан', 'Айжан'), ('Қарлығаш', 'Карлыгаш'), ('Роза', 'Роза'),
        ('Бибігүл', 'Бибигуль'), ('Меруерт', 'Меруерт'), ('Алия', 'Алия'), ('Камила', 'Камила'), ('Зарина', 'Зарина'),
        ('Гаухар', 'Гаухар'), ('Шолпан', 'Шолпан'), ('Күләш', 'Куляш'), ('Ұлжан', 'Улжан'), ('Бақыт', 'Бакыт')]
KZ_S = [('Ахметов', 'Ахметов'), ('Серікбаев', 'Серикбаев'), ('Нұрланов', 'Нурланов'), ('Жұмабеков', 'Жумабеков'),
        ('Қасымов', 'Касымов'), ('Омаров', 'Омаров'), ('Сәрсенбаев', 'Сарсенбаев'), ('Төлеуов', 'Толеуов'),
        ('Мұхамеджанов', 'Мухамеджанов'), ('Бейсенов', 'Бейсенов'), ('Ермеков', 'Ермеков'),
        ('Әбілқасымов', 'Абилкасымов'), ('Тоқтаров', 'Токтаров'), ('Байжанов', 'Байжанов'), ('Оспанов', 'Оспанов'),
        ('Құдайбергенов', 'Кудайбергенов'), ('Жақсылықов', 'Жаксылыков'), ('Есенов', 'Есенов'),
        ('Сейтқалиев', 'Сейткалиев'), ('Әлімжанов', 'Алимжанов'), ('Ибраев', 'Ибраев'), ('Қалиев', 'Калиев'),
        ('Мақанов', 'Маканов'), ('Шәріпов', 'Шарипов'), ('Дүйсенов', 'Дуйсенов'), ('Сұлтанов', 'Султанов'),
        ('Рахымжанов', 'Рахимжанов'), ('Бекмұратов', 'Бекмуратов'), ('Тұрсынов', 'Турсынов'), ('Смағұлов', 'Смагулов'),
        ('Жүнісов', 'Жунусов'), ('Әуезов', 'Ауэзов'), ('Ыбыраев', 'Ибыраев'), ('Кенжебаев', 'Кенжебаев'),
        ('Мамыров', 'Мамыров'), ('Әбдіров', 'Абдиров'), ('Нұртазин', 'Нуртазин'), ('Қожахметов', 'Кожахметов')]

RU_M = ['Александр', 'Сергей', 'Владимир', 'Николай', 'Андрей', 'Дмитрий', 'Игорь', 'Виктор', 'Олег', 'Павел',
        'Юрий', 'Алексей', 'Михаил', 'Евгений', 'Геннадий', 'Валерий', 'Константин', 'Роман']
RU_F = ['Елена', 'Ольга', 'Наталья', 'Татьяна', 'Ирина', 'Светлана', 'Людмила', 'Галина', 'Валентина', 'Анна',
        'Мария', 'Нина', 'Вера', 'Лариса', 'Оксана', 'Надежда', 'Юлия', 'Екатерина']
RU_PATR = {'Александр': 'Александрович', 'Сергей': 'Сергеевич', 'Владимир': 'Владимирович', 'Николай': 'Николаевич',
           'Андрей': 'Андреевич', 'Дмитрий': 'Дмитриевич', 'Игорь': 'Игоревич', 'Виктор': 'Викторович',
           'Олег': 'Олегович', 'Павел': 'Павлович', 'Юрий': 'Юрьевич', 'Алексей': 'Алексеевич',
           'Михаил': 'Михайлович', 'Евгений': 'Евгеньевич', 'Геннадий': 'Геннадьевич', 'Валерий': 'Валерьевич',
           'Константин': 'Константинович', 'Роман': 'Романович', 'Роберт': 'Робертович', 'Генрих': 'Генрихович',
           'Рустам': 'Рустамович', 'Ринат': 'Ринатович', 'Ильдар': 'Ильдарович', 'Ахмед': 'Ахмедович',
           'Руслан': 'Русланович', 'Алимжан': 'Алимжанович', 'Илхам': 'Илхамович', 'Шерзод': 'Шерзодович',
           'Дилшод': 'Дилшодович', 'Вячеслав': 'Вячеславович', 'Эдуард': 'Эдуардович', 'Ислам': 'Исламович'}
RU_S = ['Иванов', 'Петров', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Соколов', 'Новиков', 'Морозов', 'Фёдоров',
        'Козлов', 'Лебедев', 'Егоров', 'Павлов', 'Семёнов', 'Голубев', 'Никитин', 'Захаров', 'Белов', 'Тарасов',
        'Садовский', 'Петровский', 'Гришин', 'Сорокин']
EPON = ['Волков', 'Боткин', 'Пирогов', 'Бехтерев', 'Корсаков', 'Мороз', 'Лебедь', 'Кох', 'Вебер', 'Соловьёв']

# non-Slavic groups: (surnames male form, male given, female given, declinable surname)
NONSLAV = {
    'ukr': (['Коваленко', 'Шевченко', 'Бондаренко', 'Ткаченко', 'Кравчук', 'Мельник', 'Лысенко'], RU_M, RU_F),
    'ger': (['Шмидт', 'Миллер', 'Фишер', 'Гофман', 'Нейман', 'Шульц', 'Рейнгардт', 'Вебер', 'Кох'],
            ['Роберт', 'Генрих', 'Виктор', 'Андрей', 'Эдуард', 'Александр'], ['Эрна', 'Ирма', 'Ольга', 'Лидия', 'Эльвира']),
    'kor': (['Ким', 'Пак', 'Цой', 'Ли', 'Тен', 'Хван', 'Огай', 'Югай', 'Шин'], RU_M, RU_F),
    'uzb': (['Юсупов', 'Рахимов', 'Каримов', 'Алимов', 'Турсунов', 'Содиков'], ['Шерзод', 'Дилшод', 'Рустам', 'Ботир'],
            ['Дилноза', 'Гулнора', 'Нигора', 'Мохира']),
    'uyg': (['Хамраев', 'Турдиев', 'Исмаилов', 'Садыров', 'Розахунов', 'Насыров'], ['Алимжан', 'Дильмурат', 'Илхам', 'Муталип'],
            ['Гульнисам', 'Рахиля', 'Зульфия', 'Мадина']),
    'tat': (['Галиев', 'Хайруллин', 'Сафин', 'Гарипов', 'Валиуллин', 'Ахмадуллин'], ['Ринат', 'Рустам', 'Ильдар', 'Марат'],
            ['Гульнара', 'Альфия', 'Резеда', 'Лилия']),
    'dun': (['Ванахунов', 'Дауров', 'Мансуров', 'Хаваза', 'Сусаров'], ['Хусей', 'Ильяс', 'Мухаммед', 'Вячеслав'],
            ['Айша', 'Фатима', 'Зульфия', 'Сурия']),
    'che': (['Магомадов', 'Исраилов', 'Алиев', 'Дадаев', 'Шамилев'], ['Руслан', 'Ислам', 'Ахмед', 'Алихан'],
            ['Зарема', 'Малика', 'Хеда', 'Луиза']),
    'aze': (['Мамедов', 'Алиев', 'Гасанов', 'Гулиев', 'Гусейнов'], ['Эльчин', 'Рашид', 'Ильхам', 'Фуад', 'Вугар'],
            ['Севиндж', 'Гюнай', 'Айтен', 'Лейла']),
}
TURK_M = ['Mehmet', 'Emre', 'Mustafa', 'Ahmet', 'Burak', 'Serkan']
TURK_F = ['Ayşe', 'Fatma', 'Elif', 'Zeynep', 'Esra']
TURK_S = ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk', 'Aydın']
KOR_LAT = [('Park', 'Ji-hoon'), ('Kim', 'Min-jun'), ('Lee', 'Seo-yeon'), ('Choi', 'Hyun-woo'), ('Jung', 'Eun-ji')]


def fem_surname(s):
    if s.endswith(('ов', 'ев', 'ёв', 'ин', 'ын')):
        return s + 'а'
    if s.endswith('ский'):
        return s[:-2] + 'ая'
    return s


class Person:
    def __init__(self):
        self.male = True
        self.s_kk = self.s_ru = ''
        self.g_kk = self.g_ru = ''
        self.p_kk = self.p_ru = ''
        self.dob = None
        self.flags = []          # non_slavic / eponym_like / foreign / kzpatr_surname
        self.latin_only = False
        self.decl_surname = True
        self.turk = False
        self.fa_given = None     # (kk, ru) of father's given name

    def parts(self, lang):
        if lang == 'kk':
            return self.s_kk, self.g_kk, self.p_kk
        return self.s_ru, self.g_ru, self.p_ru


def _kz_patr(rng, male, fa, style=None):
    """fa: (kk, ru) father's given. returns (kk, ru, is_kazakh_style)"""
    st = style or rng.choices(['ru', 'kz', 'none'], [0.6, 0.28, 0.12])[0]
    if st == 'ru':
        return fa[0] + ('ович' if male else 'овна'), fa[1] + ('ович' if male else 'овна'), False
    if st == 'kz':
        return fa[0] + ('ұлы' if male else 'қызы'), fa[1] + ('улы' if male else 'кызы'), True
    return '', '', False


def new_person(rng, male=None, eth=None, lang='ru', surname_from=None, father=None):
    p = Person()
    p.male = rng.random() < 0.5 if male is None else male
    if eth is None:
        if lang == 'kk':
            eth = rng.choices(['kz', 'ru', 'ns', 'ep'], [0.78, 0.08, 0.11, 0.03])[0]
        else:
            eth = rng.choices(['kz', 'ru', 'ns', 'ep'], [0.52, 0.22, 0.20, 0.06])[0]
    p.eth = eth
    if father is not None:
        # child / wife taking father's family name
        p.eth = eth = father.eth
    if eth == 'kz':
        p.g_kk, p.g_ru = rng.choice(KZ_M if p.male else KZ_F)
        if father is not None and surname_from == 'child':
            fa = (father.g_kk, father.g_ru)
        else:
            fa = rng.choice(KZ_M)
        p.fa_given = fa
        kzs = False
        if father is not None and surname_from in ('child', 'wife'):
            if 'kzpatr_surname' in father.flags:
                if surname_from == 'child':
                    kzs = True
                else:
                    s = rng.choice(KZ_S)
                    p.s_kk, p.s_ru = s if p.male else (fem_surname(s[0]), fem_surname(s[1]))
            else:
                sk, sr = _male(father.s_kk), _male(father.s_ru)
                p.s_kk, p.s_ru = (sk, sr) if p.male else (fem_surname(sk), fem_surname(sr))
        elif rng.random() < 0.1:
            kzs = True
        else:
            s = rng.choice(KZ_S)
            p.s_kk, p.s_ru = s if p.male else (fem_surname(s[0]), fem_surname(s[1]))
        if kzs:
            p.s_kk = fa[0] + ('ұлы' if p.male else 'қызы')
            p.s_ru = fa[1] + ('улы' if p.male else 'кызы')
            p.flags.append('kzpatr_surname')
            p.p_kk = p.p_ru = ''
        else:
            pk, pr, _ = _kz_patr(rng, p.male, fa)
            p.p_kk, p.p_ru = pk, pr
    elif eth in ('ru', 'ep'):
        g = rng.choice(RU_M if p.male else RU_F)
        p.g_kk = p.g_ru = g
        fa = (father.g_ru if (father is not None and surname_from == 'child' and father.g_ru in RU_PATR) else rng.choice(RU_M))
        pt = RU_PATR[fa]
        if not p.male:
            pt = pt[:-2] + 'на'
        p.p_kk = p.p_ru = pt
        if father is not None and surname_from in ('child', 'wife'):
            s = _male(father.s_ru)
        else:
            s = rng.choice(EPON if eth == 'ep' else RU_S)
        if s in ('Лебедь', 'Мороз', 'Кох', 'Вебер') and not p.male:
            sf = s
        else:
            sf = s if p.male else fem_surname(s)
        p.s_kk = p.s_ru = sf
        if s in EPON:
            p.flags.append('eponym_like')
        if s in ('Кох', 'Вебер'):
            p.flags.append('non_slavic')
    else:
        grp = rng.choice(list(NONSLAV))
        if father is not None and hasattr(father, 'grp'):
            grp = father.grp
        p.grp = grp
        sl, gm, gf = NONSLAV[grp]
        g = rng.choice(gm if p.male else gf)
        p.g_kk = p.g_ru = g
        if father is not None and surname_from in ('child', 'wife'):
            s = _male(father.s_ru)
        else:
            s = rng.choice(sl)
        p.s_kk = p.s_ru = s if p.male else fem_surname(s)
        p.flags.append('non_slavic')
        if s in ('Вебер', 'Кох'):
            p.flags.append('eponym_like')
        if grp == 'aze':
            fa = rng.choice(gm)
            p.p_kk = p.p_ru = fa + (' оглы' if p.male else ' кызы')
        elif grp in ('uzb', 'uyg', 'dun', 'che') and rng.random() < 0.3:
            p.p_kk = p.p_ru = ''
        else:
            fa = (father.g_ru if (father is not None and surname_from == 'child') else rng.choice(gm if grp not in ('ukr', 'kor') else RU_M))
            pt = RU_PATR.get(fa, fa + 'ович')
            if not p.male:
                pt = pt[:-2] + 'на'
            p.p_kk = p.p_ru = pt
    return p


def _male(s):
    if s.endswith(('ова', 'ева', 'ёва', 'ина', 'ына')):
        return s[:-1]
    if s.endswith('ская'):
        return s[:-2] + 'ий'
    return s


def new_foreigner(rng, male=None):
    p = Person()
    p.male = rng.random() < 0.5 if male is None else male
    if rng.random() < 0.6:
        p.g_kk = p.g_ru = rng.choice(TURK_M if p.male else TURK_F)
        p.s_kk = p.s_ru = rng.choice(TURK_S)
    else:
        s, g = rng.choice(KOR_LAT)
        p.s_kk = p.s_ru = s
        p.g_kk = p.g_ru = g
    p.latin_only = True
    p.flags += ['latin', 'foreign', 'non_slavic']
    p.eth = 'foreign'
    return p


def initials(*ws):
    return ''.join(w[0] + '.' for w in ws if w)


FMT_FORM = {'full': 'full', 'sg': 'surname_given', 'gs': 'given_surname', 'gp': 'given_patronymic',
            'si': 'surname_initials', 'is': 'initials_surname', 's': 'surname_only', 'g': 'given_only'}


def _words(base, s, g, pt):
    ini = initials(g, pt.split(' ')[0] if pt else '')
    return {'full': [s, g, pt], 'sg': [s, g], 'gs': [g, s], 'gp': [g, pt], 'si': [s, ini],
            'is': [ini, s], 's': [s], 'g': [g]}[base]


def render_name(p, fmt, lang, case=None, rng=None):
    """returns (surface, forms). fmt: full sg gs gp si is s g, modifiers +caps +low +lat +split"""
    mods = fmt.split('+')
    base = mods[0]
    mods = mods[1:]
    s, g, pt = p.parts(lang)
    if base == 'full' and not pt:
        base = 'sg'
    if base == 'gp' and not pt:
        base = 'g'
    forms = [FMT_FORM[base]]
    cs, cg, cp = s, g, pt
    if case and not p.latin_only and 'lat' not in mods:
        if case.startswith('k'):
            kc = case[1:]
            last = {'full': 'p', 'sg': 'g', 'gs': 's', 'gp': 'p', 'is': 's', 's': 's', 'g': 'g', 'si': None}[base]
            if last == 'p':
                if ' ' in cp:
                    a, b = cp.rsplit(' ', 1)
                    cp = a + ' ' + kk_case(b, kc)
                else:
                    cp = kk_case(cp, kc)
            elif last == 'g':
                cg = kk_case(cg, kc)
            elif last == 's':
                cs = kk_case(cs, kc)
        else:
            cs = ru_surname(s, p.male, case)
            cg = ru_given(g, p.male, case)
            if not pt.endswith(('оглы', 'кызы', 'улы')):
                cp = ru_patr(pt, p.male, case)
    words = _words(base, cs, cg, cp)
    plain = _words(base, s, g, pt)
    if words != plain:
        forms.append('case_form')
    if 'lat' in mods and not p.latin_only:
        words = [translit(w) for w in words]
        forms.append('latin')
    if 'split' in mods and len(words) >= 2:
        k = rng.randint(1, len(words) - 1) if rng else 1
        text = ' '.join(words[:k]) + '\n' + ' '.join(words[k:])
        forms.append('split_line')
    else:
        text = ' '.join(words)
    if 'caps' in mods:
        text = text.upper()
        forms.append('caps')
    if 'low' in mods:
        text = text.lower()
        forms.append('lowercase')
    flags = [f for f in p.flags if f in ('eponym_like', 'non_slavic', 'latin', 'foreign')]
    if base in ('g', 'gp'):
        flags = [f for f in flags if f != 'eponym_like']
        if g in RU_M or g in RU_F:
            flags = [f for f in flags if f != 'non_slavic']
    forms += flags
    if ('kzpatr_surname' in p.flags and base in ('full', 'sg', 'gs', 'si', 'is', 's')) or \
            (base in ('full', 'gp') and pt.endswith(('ұлы', 'қызы', 'улы', 'кызы')) and ' ' not in pt):
        forms.append('kazakh_patronymic')
    out = []
    for f in forms:
        if f not in out:
            out.append(f)
    return text, out
