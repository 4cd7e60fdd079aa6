# -*- coding: utf-8 -*-
"""Generators and the span-emitting document builder for deid_heldout7 (stdlib only)."""
import datetime as _dt

# ---------------------------------------------------------------- document builder

class Doc:
    def __init__(self, rng, lang, ocr=False, plant12=False):
        self.rng = rng
        self.lang = lang
        self.ocr = ocr
        self.plant12 = plant12
        self.planted = 0
        self.parts = []
        self.n = 0
        self.ids = []
        self.cl = []
        self.spell = 'kk' if lang == 'kk' else 'ru'

    def _add(self, s):
        self.parts.append(s)
        self.n += len(s)

    def _noise(self, s):
        out = []
        r = self.rng
        for ch in s:
            if ch == ' ' and r.random() < 0.06:
                out.append('  ')
            elif ch in ',:' and out and out[-1][-1:].isalpha() and r.random() < 0.18:
                out.append(' ' + ch)
            else:
                out.append(ch)
        return ''.join(out)

    def t(self, *ss):
        for s in ss:
            if self.ocr:
                s = self._noise(s)
            self._add(s)
        return self

    def sp(self, s, label, forms):
        assert s and s == s.strip(' '), (s, label)
        st = self.n
        self._add(s)
        fs = []
        for f in forms:
            if f not in fs:
                fs.append(f)
        self.ids.append({"start": st, "end": self.n, "label": label, "forms": fs})
        return self

    def c(self, s):
        assert s and s == s.strip(), s
        st = self.n
        self._add(s)
        self.cl.append({"start": st, "end": self.n})
        return self

    def text(self):
        return ''.join(self.parts)

    # ---- convenience wrappers
    def name(self, p, fmt='full', **kw):
        kw.setdefault('sp', self.spell)
        s, forms = render_name(p, fmt, rng=self.rng, **kw)
        return self.sp(s, 'NAME', forms)

    def date(self, d, fmt='num', birth=False, **kw):
        s, forms = fmt_date(d, fmt, self.rng, **kw)
        if birth:
            forms = forms + ['birth_date']
        return self.sp(s, 'DATE', forms)

    def drange(self, d1, d2, fmt='num'):
        s, forms = fmt_range(d1, d2, fmt)
        return self.sp(s, 'DATE', forms)

    def iin(self, p_or_iin, labelled, split=None):
        v = p_or_iin if isinstance(p_or_iin, str) else p_or_iin.iin
        forms = ['labelled' if labelled else 'unlabelled']
        if split is None:
            split = self.rng.random() < 0.25 and (self.rng.choice([' ', '-']))
        if split:
            v = v[:6] + split + v[6:]
            forms.append('split')
        return self.sp(v, 'IIN', forms)

    def phone(self, kind=None, local_ok=False):
        s, forms = gen_phone(self.rng, kind, local_ok)
        return self.sp(s, 'PHONE', forms)

    def email(self, p=None, inst=None):
        s, forms = gen_email(self.rng, p, inst)
        return self.sp(s, 'EMAIL', forms)

    def addr(self, lang=None, apt=True, city=None, postcode=None):
        s, forms = gen_full_address(self.rng, lang or self.lang, apt, city, postcode)
        return self.sp(s, 'ADDRESS', forms)

    def addr_unmarked(self, lang=None):
        s, forms = gen_street_unmarked(self.rng, lang or self.lang)
        return self.sp(s, 'ADDRESS', forms)

    def mkr(self, lang=None):
        s, forms = gen_mkr(self.rng, lang or self.lang)
        return self.sp(s, 'ADDRESS', forms)

    def settle(self, st, case='nom', lang=None, village=None):
        s, forms = settle_form(st, case, lang or self.lang)
        return self.sp(s, 'ADDRESS', forms)

    def district(self, dd, case='nom', lang=None):
        s, forms = district_form(dd, case, lang or self.lang)
        return self.sp(s, 'ADDRESS', forms)

    def work(self, w, lang=None):
        lg = lang or self.lang
        s = w[1] if (lg == 'kk' and w[1]) else w[0]
        forms = ['workplace'] + (['school'] if w[2] else [])
        return self.sp(s, 'ADDRESS', forms)

    def rid(self, kind, fmt=None):
        if self.plant12 and not self.planted and kind in ('hospitalisation', 'lab', 'commission_protocol'):
            s = invalid12(self.rng)
            self.planted += 1
            return self.sp(s, 'RECORD_ID', [kind, 'twelve_digit', 'invalid_checksum'])
        s = gen_record_number(self.rng, kind, fmt)
        return self.sp(s, 'RECORD_ID', [kind])

    def docid(self, kind, sub=None):
        s, forms = gen_doc_number(self.rng, kind, sub)
        return self.sp(s, 'DOC_ID', forms)

    def age(self, n, fmt, lang=None):
        s, forms = fmt_age(n, fmt)
        return self.sp(s, 'AGE', forms)

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p


# ---------------------------------------------------------------- IIN / BIN

W1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]


def kz_check(d11):
    ds = [int(c) for c in d11]
    s = sum(a * b for a, b in zip(ds, W1)) % 11
    if s == 10:
        s = sum(a * b for a, b in zip(ds, W2)) % 11
        if s == 10:
            return None
    return s


def kz_valid(n12):
    if len(n12) != 12 or not n12.isdigit():
        return False
    c = kz_check(n12[:11])
    return c is not None and c == int(n12[11])


def make_iin(rng, dob, gender):
    if dob.year < 1900:
        cd = 1 if gender == 'm' else 2
    elif dob.year < 2000:
        cd = 3 if gender == 'm' else 4
    else:
        cd = 5 if gender == 'm' else 6
    while True:
        body = '%02d%02d%02d%d%04d' % (dob.year % 100, dob.month, dob.day, cd, rng.randint(1, 9999))
        c = kz_check(body)
        if c is not None:
            return body + str(c)


def make_bin(rng):
    while True:
        body = '%02d%02d%d%d%05d' % (rng.randint(0, 23), rng.randint(1, 12), rng.choice([4, 4, 5, 6]),
                                      rng.choice([0, 0, 1, 2]), rng.randint(1, 99999))
        c = kz_check(body)
        if c is not None:
            return body + str(c)


def invalid12(rng):
    while True:
        y = rng.randint(40, 99) if rng.random() < 0.7 else rng.randint(0, 23)
        body = '%02d%02d%02d%d%04d' % (y, rng.randint(1, 12), rng.randint(1, 28), rng.randint(3, 6),
                                        rng.randint(0, 9999))
        if rng.random() < 0.2:
            body = '%011d' % rng.randint(10 ** 10, 10 ** 11 - 1)
        c = kz_check(body)
        choices = [str(i) for i in range(10) if c is None or i != c]
        n = body + rng.choice(choices)
        assert not kz_valid(n)
        return n


# ---------------------------------------------------------------- names

KZ_M = [('Серік', 'Серик'), ('Нұрлан', 'Нурлан'), ('Ерлан', 'Ерлан'), ('Бақытжан', 'Бахытжан'),
        ('Асқар', 'Аскар'), ('Дәурен', 'Даурен'), ('Ержан', 'Ержан'), ('Мұрат', 'Мурат'),
        ('Талғат', 'Талгат'), ('Қайрат', 'Кайрат'), ('Бауыржан', 'Бауыржан'), ('Жандос', 'Жандос'),
        ('Айдос', 'Айдос'), ('Нұрсұлтан', 'Нурсултан'), ('Ғалым', 'Галым'), ('Болат', 'Болат'),
        ('Марат', 'Марат'), ('Әлихан', 'Алихан'), ('Дархан', 'Дархан'), ('Ербол', 'Ербол'),
        ('Сәкен', 'Сакен'), ('Еркін', 'Еркин'), ('Төлеген', 'Тулеген'), ('Жасұлан', 'Жасулан'),
        ('Арман', 'Арман'), ('Темірлан', 'Темирлан'), ('Санжар', 'Санжар'), ('Әділет', 'Адилет'),
        ('Бекзат', 'Бекзат'), ('Қуаныш', 'Куаныш'), ('Мақсат', 'Максат'), ('Ғабит', 'Габит'),
        ('Омар', 'Омар'), ('Рүстем', 'Рустем'), ('Самат', 'Самат'), ('Нұржан', 'Нуржан')]
KZ_F = [('Айгүл', 'Айгуль'), ('Гүлнар', 'Гульнар'), ('Сәуле', 'Сауле'), ('Жанар', 'Жанар'),
        ('Динара', 'Динара'), ('Айгерім', 'Айгерим'), ('Мадина', 'Мадина'), ('Әсел', 'Асель'),
        ('Ләззат', 'Ляззат'), ('Гүлмира', 'Гульмира'), ('Жұлдыз', 'Жулдыз'), ('Назерке', 'Назерке'),
        ('Ақмарал', 'Акмарал'), ('Балжан', 'Балжан'), ('Күләш', 'Кулаш'), ('Роза', 'Роза'),
        ('Бибігүл', 'Бибигуль'), ('Сандуғаш', 'Сандугаш'), ('Дана', 'Дана'), ('Аружан', 'Аружан'),
        ('Мөлдір', 'Молдир'), ('Эльмира', 'Эльмира'), ('Салтанат', 'Салтанат'), ('Гаухар', 'Гаухар'),
        ('Ботагөз', 'Ботагоз'), ('Шынар', 'Шынар'), ('Зарина', 'Зарина'), ('Камила', 'Камила')]
KZ_SUR = [('Ахметов', 'Ахметов'), ('Серікбаев', 'Серикбаев'), ('Нұрланов', 'Нурланов'),
          ('Жақсыбеков', 'Жаксыбеков'), ('Оспанов', 'Оспанов'), ('Төлеуов', 'Тулеуов'),
          ('Исабеков', 'Исабеков'), ('Құрманғалиев', 'Курмангалиев'), ('Бекмұхамбетов', 'Бекмухамбетов'),
          ('Сәрсенбаев', 'Сарсенбаев'), ('Әбенов', 'Абенов'), ('Жұмабаев', 'Жумабаев'),
          ('Қасымов', 'Касымов'), ('Мұқанов', 'Муканов'), ('Байжанов', 'Байжанов'), ('Тоқтаров', 'Токтаров'),
          ('Есенов', 'Есенов'), ('Ермеков', 'Ермеков'), ('Сұлтанов', 'Султанов'), ('Омаров', 'Омаров'),
          ('Қалиев', 'Калиев'), ('Мамыров', 'Мамыров'), ('Дүйсенов', 'Дюсенов'), ('Смағұлов', 'Смагулов'),
          ('Рахымжанов', 'Рахимжанов'), ('Мақанов', 'Маханов'), ('Әлібеков', 'Алибеков'),
          ('Қожахметов', 'Кожахметов'), ('Бейсенов', 'Бейсенов'), ('Шәріпов', 'Шарипов'),
          ('Жүнісов', 'Жунусов'), ('Тәжібаев', 'Тажибаев'), ('Нұрғалиев', 'Нургалиев'),
          ('Сейітқалиев', 'Сейткалиев'), ('Қыдырбаев', 'Кыдырбаев'), ('Үсенов', 'Усенов')]

RU_M = ['Александр', 'Сергей', 'Андрей', 'Дмитрий', 'Владимир', 'Николай', 'Игорь', 'Виктор', 'Олег',
        'Евгений', 'Павел', 'Михаил', 'Юрий', 'Алексей', 'Константин', 'Вадим', 'Геннадий']
RU_PAT = {'Александр': ('Александрович', 'Александровна'), 'Сергей': ('Сергеевич', 'Сергеевна'),
          'Андрей': ('Андреевич', 'Андреевна'), 'Дмитрий': ('Дмитриевич', 'Дмитриевна'),
          'Владимир': ('Владимирович', 'Владимировна'), 'Николай': ('Николаевич', 'Николаевна'),
          'Игорь': ('Игоревич', 'Игоревна'), 'Виктор': ('Викторович', 'Викторовна'),
          'Олег': ('Олегович', 'Олеговна'), 'Евгений': ('Евгеньевич', 'Евгеньевна'),
          'Павел': ('Павлович', 'Павловна'), 'Михаил': ('Михайлович', 'Михайловна'),
          'Юрий': ('Юрьевич', 'Юрьевна'), 'Алексей': ('Алексеевич', 'Алексеевна'),
          'Константин': ('Константинович', 'Константиновна'), 'Вадим': ('Вадимович', 'Вадимовна'),
          'Геннадий': ('Геннадьевич', 'Геннадьевна'), 'Иван': ('Иванович', 'Ивановна'),
          'Петр': ('Петрович', 'Петровна'), 'Анатолий': ('Анатольевич', 'Анатольевна')}
RU_F = ['Елена', 'Ольга', 'Наталья', 'Татьяна', 'Ирина', 'Светлана', 'Людмила', 'Галина', 'Марина',
        'Анна', 'Екатерина', 'Валентина', 'Надежда', 'Юлия', 'Оксана', 'Любовь', 'Мария']
RU_SUR = ['Иванов', 'Петров', 'Смирнов', 'Попов', 'Соколов', 'Морозов', 'Новиков', 'Федоров', 'Белов',
          'Тарасов', 'Захаров', 'Медведев', 'Сорокин', 'Жуков', 'Колесников', 'Гончаров', 'Зайцев',
          'Никитин', 'Романов', 'Крылов', 'Савельев', 'Горбунов', 'Ершов']
EPONYM_SUR = ['Волков', 'Боткин', 'Илизаров', 'Павлов', 'Филатов', 'Пирогов', 'Сеченов', 'Бехтерев',
              'Мечников', 'Склифосовский', 'Лебедь', 'Кох', 'Вебер', 'Зубов', 'Голубев']
NS = {
    'ukr': (['Шевченко', 'Коваленко', 'Бондаренко', 'Ткаченко', 'Кравчук', 'Мельник', 'Савчук', 'Лысенко'], None),
    'ger': (['Шмидт', 'Миллер', 'Майер', 'Нейфельд', 'Гартман', 'Рихтер', 'Бауэр', 'Фризен', 'Вебер', 'Кох'],
            (['Андреас', 'Виктор', 'Александр', 'Давид', 'Роберт'], ['Эрна', 'Ирма', 'Ольга', 'Эльвира', 'Лидия'])),
    'kor': (['Ким', 'Пак', 'Цой', 'Ли', 'Тен', 'Хван', 'Югай', 'Шин'], None),
    'uzb': (['Юсупов', 'Рахимов', 'Каримов', 'Усманов', 'Назаров', 'Турсунов'],
            (['Алишер', 'Бахтиёр', 'Шерзод', 'Фарход', 'Жасур'], ['Дилноза', 'Гулнора', 'Нигора', 'Шахноза'])),
    'uyg': (['Исмаилов', 'Хамраев', 'Насыров', 'Дадаханов', 'Садыков', 'Розахунов'],
            (['Дилшат', 'Ильшат', 'Азат', 'Шухрат', 'Адил'], ['Патигуль', 'Гульнисахан', 'Мадина', 'Дильназ'])),
    'tat': (['Хайруллин', 'Галиев', 'Сафин', 'Зарипов', 'Валиуллин', 'Гарипов', 'Шакиров'],
            (['Ринат', 'Ильдар', 'Рустем', 'Айдар', 'Марсель'], ['Гульнара', 'Альфия', 'Лейсан', 'Резеда'])),
    'dun': (['Ванахун', 'Ясыров', 'Дауров', 'Хазиров', 'Машанлоев'],
            (['Хусе', 'Мухаммад', 'Ислам', 'Сулейман'], ['Фатима', 'Айша', 'Хадижат', 'Салима'])),
    'che': (['Бисултанов', 'Хасиев', 'Эльмурзаев', 'Дудуркаев', 'Мальсагов'],
            (['Ислам', 'Руслан', 'Ахмед', 'Лема', 'Иса'], ['Зарема', 'Марьям', 'Хава', 'Луиза'])),
    'aze': (['Мамедов', 'Гасанов', 'Гусейнов', 'Алекперов', 'Рзаев'],
            (['Эльчин', 'Рашад', 'Вугар', 'Эльдар', 'Фуад'], ['Севиль', 'Гюнай', 'Айтен', 'Лейла'])),
}
TURK = (['Yılmaz', 'Demir', 'Kaya', 'Şahin', 'Çelik', 'Aydın', 'Öztürk', 'Arslan'],
        (['Mehmet', 'Ahmet', 'Mustafa', 'Emre', 'Burak', 'Murat'], ['Ayşe', 'Fatma', 'Elif', 'Zeynep', 'Emine']))


def fem_sur(s):
    if s.endswith(('ов', 'ев', 'ёв', 'ин', 'ын')):
        return s + 'а'
    if s.endswith(('ский', 'цкий')):
        return s[:-2] + 'ая'
    return s


def ru_patr(father_ru, g):
    if father_ru in RU_PAT:
        return RU_PAT[father_ru][0 if g == 'm' else 1]
    if father_ru[-1] in 'жшчщц':
        return father_ru + ('евич' if g == 'm' else 'евна')
    if father_ru[-1] == 'й':
        return father_ru[:-1] + ('евич' if g == 'm' else 'евна')
    return father_ru + ('ович' if g == 'm' else 'овна')


class Person:
    def __init__(self):
        self.g = 'm'
        self.sur = ('', '')       # (kk spelling, ru spelling)
        self.giv = ('', '')
        self.pat = ('', '')       # may be ('', '')
        self.kpat = False         # patronymic is -ұлы/-қызы
        self.sur_kpat = False     # surname formed from father's name
        self.eponym = False
        self.ns = False
        self.foreign = False      # Latin-script foreigner
        self.aze = False
        self.father_giv = None
        self.dob = None
        self.iin = None
        self.ethnic = 'kz'

    def S(self, sp):
        return self.sur[0] if sp == 'kk' else self.sur[1]

    def G(self, sp):
        return self.giv[0] if sp == 'kk' else self.giv[1]

    def P(self, sp):
        return self.pat[0] if sp == 'kk' else self.pat[1]

    def age_at(self, d):
        a = d.year - self.dob.year
        if (d.month, d.day) < (self.dob.month, self.dob.day):
            a -= 1
        return a


def rand_date(rng, y0, y1):
    a = _dt.date(y0, 1, 1).toordinal()
    b = _dt.date(y1, 12, 31).toordinal()
    return _dt.date.fromordinal(rng.randint(a, b))


def make_person(rng, g=None, ethnic=None, age=None, ref=None, min_age=18, max_age=85,
                surname_from=None, father=None):
    """surname_from: Person whose surname the new person shares (same family);
    father: Person whose given name gives the patronymic."""
    p = Person()
    p.g = g or rng.choice('mf')
    ref = ref or _dt.date(2024, 6, 1)
    if ethnic is None:
        r = rng.random()
        ethnic = 'kz' if r < 0.62 else ('ru' if r < 0.80 else rng.choice(
            ['ukr', 'ger', 'kor', 'uzb', 'uyg', 'tat', 'dun', 'che', 'aze', 'ukr', 'ger', 'kor', 'turk']))
    if surname_from is not None:
        ethnic = surname_from.ethnic if surname_from.ethnic != 'turk' else 'turk'
    p.ethnic = ethnic
    if age is None:
        age = rng.randint(min_age, max_age)
    # date of birth for the given age at ref
    y = ref.year - age
    d = rand_date(rng, y, y)
    if (d.month, d.day) > (ref.month, ref.day):
        d = _dt.date(y - 1, d.month, min(d.day, 28))
    p.dob = d
    if ethnic == 'turk':
        p.foreign = True
        p.ns = True
        s = rng.choice(TURK[0])
        gv = rng.choice(TURK[1][0] if p.g == 'm' else TURK[1][1])
        p.sur = (s, s); p.giv = (gv, gv); p.pat = ('', '')
    elif ethnic == 'kz':
        gv = rng.choice(KZ_M if p.g == 'm' else KZ_F)
        fa = father.giv if father is not None else rng.choice(KZ_M)
        p.father_giv = fa
        p.giv = gv
        if surname_from is not None:
            base = surname_from.sur
            if surname_from.sur_kpat:
                base = (fa[0] + 'ұлы', fa[1] + 'улы') if p.g == 'm' else (fa[0] + 'қызы', fa[1] + 'кызы')
                p.sur_kpat = True
            elif surname_from.g != p.g:
                base = (fem_sur(base[0]), fem_sur(base[1])) if p.g == 'f' else (base[0][:-1], base[1][:-1])
            p.sur = base
        elif rng.random() < 0.07:
            p.sur_kpat = True
            p.sur = (fa[0] + 'ұлы', fa[1] + 'улы') if p.g == 'm' else (fa[0] + 'қызы', fa[1] + 'кызы')
        else:
            s = rng.choice(KZ_SUR)
            p.sur = s if p.g == 'm' else (fem_sur(s[0]), fem_sur(s[1]))
        if p.sur_kpat:
            p.pat = ('', '')
        elif rng.random() < 0.3:
            p.kpat = True
            p.pat = (fa[0] + ('ұлы' if p.g == 'm' else 'қызы'), fa[1] + ('улы' if p.g == 'm' else 'кызы'))
        else:
            pr = ru_patr(fa[1], p.g)
            p.pat = (pr, pr)
    else:
        if ethnic == 'ru':
            if rng.random() < 0.3:
                s = rng.choice(EPONYM_SUR)
                p.eponym = True
                if s in ('Лебедь', 'Кох', 'Вебер'):
                    p.ns = s != 'Лебедь'
            else:
                s = rng.choice(RU_SUR)
            gv = rng.choice(RU_M if p.g == 'm' else RU_F)
        else:
            p.ns = True
            sl, gl = NS[ethnic]
            s = rng.choice(sl)
            if s in ('Вебер', 'Кох'):
                p.eponym = True
            if gl is None:
                gv = rng.choice(RU_M if p.g == 'm' else RU_F)
            else:
                gv = rng.choice(gl[0] if p.g == 'm' else gl[1])
        if surname_from is not None:
            s = surname_from.sur[1]
            if surname_from.g == 'f' and s.endswith(('ова', 'ева', 'ина', 'ына')):
                s = s[:-1]
            if surname_from.g == 'f' and s.endswith('ая'):
                s = s[:-2] + 'ий'
            p.eponym = surname_from.eponym
        if father is not None:
            fgiv = father.giv[1]
        elif ethnic in ('ru', 'ukr', 'kor') or (ethnic == 'ger' and rng.random() < 0.6):
            fgiv = rng.choice(list(RU_PAT.keys()))
        else:
            fgiv = rng.choice(NS[ethnic][1][0]) if ethnic in NS and NS[ethnic][1] else rng.choice(RU_M)
        p.father_giv = (fgiv, fgiv)
        if p.g == 'f' and ethnic not in ('ukr', 'kor', 'ger', 'dun'):
            s = fem_sur(s)
        if ethnic == 'dun' and p.g == 'f' and s != 'Ванахун':
            s = fem_sur(s)
        p.sur = (s, s)
        p.giv = (gv, gv)
        if ethnic == 'aze' and rng.random() < 0.5:
            pr = fgiv + (' оглы' if p.g == 'm' else ' кызы')
            p.aze = True
        else:
            pr = ru_patr(fgiv, p.g)
        p.pat = (pr, pr)
    p.iin = make_iin(rng, p.dob, p.g)
    return p


def relative(rng, p, rel, ref=None):
    """rel: 'son','daughter','wife','husband','mother','father','sister','brother','grandchild'"""
    ref = ref or _dt.date(2024, 6, 1)
    pa = p.age_at(ref)
    if rel in ('son', 'daughter', 'grandchild'):
        g = 'm' if rel == 'son' else ('f' if rel == 'daughter' else rng.choice('mf'))
        gap = rng.randint(22, 34) if rel != 'grandchild' else rng.randint(45, 60)
        age = max(pa - gap, 18 if pa - gap >= 18 else 1)
        father = p if p.g == 'm' and rel != 'grandchild' else None
        if p.g == 'm' or rng.random() < 0.5:
            return make_person(rng, g=g, age=age, ref=ref, surname_from=p, father=father)
        return make_person(rng, g=g, age=age, ref=ref, ethnic=p.ethnic if p.ethnic != 'turk' else None)
    if rel in ('wife', 'husband'):
        g = 'f' if rel == 'wife' else 'm'
        age = max(18, pa + rng.randint(-6, 4))
        if rng.random() < 0.6:
            return make_person(rng, g=g, age=age, ref=ref, surname_from=p)
        return make_person(rng, g=g, age=age, ref=ref)
    if rel in ('brother', 'sister'):
        g = 'm' if rel == 'brother' else 'f'
        q = make_person(rng, g=g, age=max(18, pa + rng.randint(-8, 8)), ref=ref, surname_from=p)
        if p.father_giv and q.ethnic == p.ethnic:
            q.father_giv = p.father_giv
        return q
    if rel in ('mother', 'father'):
        g = 'f' if rel == 'mother' else 'm'
        return make_person(rng, g=g, age=min(99, pa + rng.randint(22, 32)), ref=ref,
                           surname_from=p if (g == 'm' or rng.random() < 0.6) else None)
    return make_person(rng, ref=ref)


# ---- Russian declension

def _ru_cons_suffix(s, case):
    if s[-1] in 'жшчщц':
        return s + {'gen': 'а', 'dat': 'у', 'ins': 'ем'}[case]
    return s + {'gen': 'а', 'dat': 'у', 'ins': 'ом'}[case]


def ru_decl_sur(s, g, case):
    if g == 'm':
        if s.endswith(('ов', 'ев', 'ёв', 'ин', 'ын')):
            return s + {'gen': 'а', 'dat': 'у', 'ins': 'ым'}[case]
        if s.endswith(('ский', 'цкий')):
            return s[:-2] + {'gen': 'ого', 'dat': 'ому', 'ins': 'им'}[case]
        if s[-1] in 'оиуеыэяюа' or s.endswith(('ых', 'их')):
            return s
        if s[-1] in 'ьй':
            if s == 'Лебедь':
                return 'Лебед' + {'gen': 'я', 'dat': 'ю', 'ins': 'ем'}[case]
            return s[:-1] + {'gen': 'я', 'dat': 'ю', 'ins': 'ем'}[case]
        return _ru_cons_suffix(s, case)
    if s.endswith(('ова', 'ева', 'ёва', 'ина', 'ына')):
        return s[:-1] + 'ой'
    if s.endswith(('ская', 'цкая')):
        return s[:-2] + 'ой'
    return s


def ru_decl_giv(s, g, case):
    if g == 'm':
        if s[-1] in 'йь':
            return s[:-1] + {'gen': 'я', 'dat': 'ю', 'ins': 'ем'}[case]
        if s[-1] in 'аяоеиуыюё':
            return s
        return _ru_cons_suffix(s, case)
    if s.endswith('ия'):
        return s[:-1] + {'gen': 'и', 'dat': 'и', 'ins': 'ей'}[case]
    if s.endswith('а'):
        b = s[:-1]
        gen = 'и' if b[-1] in 'гкхжшчщ' else 'ы'
        return b + {'gen': gen, 'dat': 'е', 'ins': 'ой'}[case]
    if s.endswith('я'):
        return s[:-1] + {'gen': 'и', 'dat': 'е', 'ins': 'ей'}[case]
    if s.endswith('ь'):
        return s[:-1] + {'gen': 'и', 'dat': 'и', 'ins': 'ью'}[case]
    return s


def ru_decl_pat(s, g, case):
    if s.endswith('ич'):
        return s + {'gen': 'а', 'dat': 'у', 'ins': 'ем'}[case]
    if s.endswith('на'):
        return s[:-1] + {'gen': 'ы', 'dat': 'е', 'ins': 'ой'}[case]
    return s


# ---- Kazakh case endings

BACK = set('аоұыяё')
FRONT = set('әеөүіэюи')
VOWELS = set('аоұыяёәеөүіэюиу')
VOICELESS = set('кқпстфхцчшщбвгд')
NASAL = set('мнң')


def _is_back(w):
    for ch in reversed(w.lower()):
        if ch in BACK:
            return True
        if ch in FRONT:
            return False
    return True


def kk_suffix(w, case):
    """case: dat, gen, acc, abl, loc"""
    lw = w.lower()
    if lw.endswith(('ұлы', 'қызы', 'улы', 'кызы')):
        return w + {'dat': 'на', 'gen': 'ның', 'acc': 'н', 'abl': 'нан', 'loc': 'нда'}[case]
    b = _is_back(w)
    last = lw[-1]
    if last in VOWELS and last != 'у':
        k = 'V'
    elif last in NASAL:
        k = 'N'
    elif last in VOICELESS:
        k = 'T'
    else:
        k = 'Z'
    tab = {
        'dat': {'V': ('ға', 'ге'), 'N': ('ға', 'ге'), 'Z': ('ға', 'ге'), 'T': ('қа', 'ке')},
        'gen': {'V': ('ның', 'нің'), 'N': ('ның', 'нің'), 'Z': ('дың', 'дің'), 'T': ('тың', 'тің')},
        'acc': {'V': ('ны', 'ні'), 'N': ('ды', 'ді'), 'Z': ('ды', 'ді'), 'T': ('ты', 'ті')},
        'abl': {'V': ('дан', 'ден'), 'N': ('нан', 'нен'), 'Z': ('дан', 'ден'), 'T': ('тан', 'тен')},
        'loc': {'V': ('да', 'де'), 'N': ('да', 'де'), 'Z': ('да', 'де'), 'T': ('та', 'те')},
    }
    return w + tab[case][k][0 if b else 1]


# ---- transliteration

TR = {'а': 'a', 'ә': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'ғ': 'g', 'д': 'd', 'е': 'e', 'ё': 'yo',
      'ж': 'zh', 'з': 'z', 'и': 'i', 'й': 'y', 'і': 'i', 'к': 'k', 'қ': 'k', 'л': 'l', 'м': 'm',
      'н': 'n', 'ң': 'n', 'о': 'o', 'ө': 'o', 'п': 'p', 'р': 'r', 'с': 's', 'т': 't', 'у': 'u',
      'ұ': 'u', 'ү': 'u', 'ф': 'f', 'х': 'kh', 'һ': 'h', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh',
      'щ': 'shch', 'ъ': '', 'ы': 'y', 'ь': '', 'э': 'e', 'ю': 'yu', 'я': 'ya'}


def translit(s):
    out = []
    for ch in s:
        lo = ch.lower()
        if lo in TR:
            r = TR[lo]
            if ch != lo and r:
                r = r[0].upper() + r[1:]
            out.append(r)
        else:
            out.append(ch)
    return ''.join(out)


def render_name(p, fmt, rng=None, sp='ru', case=None, caps=False, lower=False, latin=False,
                split=False, spaced_init=None, one_init=False):
    """fmt: full, sg, gs, gp, si, is, s, g.  case: ru_gen/ru_dat/ru_ins or kk_dat/kk_gen/kk_acc/kk_abl"""
    forms = []
    S, G, P = p.S(sp), p.G(sp), p.P(sp)
    if p.foreign:
        latin = True
    if latin and not p.foreign:
        S, G, P = translit(S), translit(G), translit(P)
    if fmt == 'full' and not P:
        fmt = 'sg'
    if fmt == 'gp' and not P:
        fmt = 'g'
    if case and case.startswith('ru_') and not latin:
        c = case[3:]
        S2, G2, P2 = ru_decl_sur(S, p.g, c), ru_decl_giv(G, p.g, c), ru_decl_pat(P, p.g, c) if P else P
        if p.aze:
            P2 = P
        if fmt in ('si', 'is', 's'):
            G2, P2 = G, P
        if fmt == 'g':
            S2, P2 = S, P
        if fmt == 'gp':
            S2 = S
        S, G, P = S2, G2, P2
    sep = ' ' if (spaced_init if spaced_init is not None else (rng and rng.random() < 0.2)) else ''
    ini = G[0] + '.'
    if P and not one_init and not p.aze:
        ini += sep + P[0] + '.'
    words = {'full': [S, G] + P.split(' '), 'sg': [S, G], 'gs': [G, S], 'gp': [G] + P.split(' '),
             'si': [S, ini], 'is': [ini, S], 's': [S], 'g': [G]}[fmt]
    forms.append({'full': 'full', 'sg': 'surname_given', 'gs': 'given_surname', 'gp': 'given_patronymic',
                  'si': 'surname_initials', 'is': 'initials_surname', 's': 'surname_only',
                  'g': 'given_only'}[fmt])
    if case and case.startswith('kk_') and not latin:
        assert fmt != 'si'
        words[-1] = kk_suffix(words[-1], case[3:])
    s = ' '.join(words)
    base = ' '.join({'full': [p.S(sp), p.G(sp)] + p.P(sp).split(' '), 'sg': [p.S(sp), p.G(sp)],
                     'gs': [p.G(sp), p.S(sp)], 'gp': [p.G(sp)] + p.P(sp).split(' '), 'si': [p.S(sp), ini],
                     'is': [ini, p.S(sp)], 's': [p.S(sp)], 'g': [p.G(sp)]}[fmt])
    if latin:
        forms.append('latin')
        if p.foreign:
            forms.append('foreign')
    elif case and s != base:
        forms.append('case_form')
    if caps:
        s = s.upper()
        forms.append('caps')
    elif lower:
        s = s.lower()
        forms.append('lowercase')
    if split and ' ' in s:
        i = s.index(' ')
        s = s[:i] + '\n' + s[i + 1:]
        forms.append('split_line')
    shows_sur = fmt in ('full', 'sg', 'gs', 'si', 'is', 's')
    shows_pat = fmt in ('full', 'gp')
    if p.kpat and shows_pat:
        forms.append('kazakh_patronymic')
    if p.sur_kpat and shows_sur:
        forms.append('kazakh_patronymic')
    if p.eponym and shows_sur:
        forms.append('eponym_like')
    if p.ns or (p.aze and shows_pat):
        forms.append('non_slavic')
    return s, forms


def initials(p, sp='ru'):
    G, P = p.G(sp), p.P(sp)
    return G[0] + '.' + (P[0] + '.' if P and not p.aze else '')


# ---------------------------------------------------------------- dates

RU_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября',
          'октября', 'ноября', 'декабря']
RU_NOM = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь',
          'ноябрь', 'декабрь']
KK_M = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан',
        'қараша', 'желтоқсан']
KK_LOC = ['қаңтарда', 'ақпанда', 'наурызда', 'сәуірде', 'мамырда', 'маусымда', 'шілдеде', 'тамызда',
          'қыркүйекте', 'қазанда', 'қарашада', 'желтоқсанда']
KK_GEN = ['қаңтардың', 'ақпанның', 'наурыздың', 'сәуірдің', 'мамырдың', 'маусымның', 'шілденің', 'тамыздың',
          'қыркүйектің', 'қазанның', 'қарашаның', 'желтоқсанның']
ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']


def kk_day_poss(d):
    if d % 10 == 0:
        return {10: 'ы', 20: 'сы', 30: 'ы'}[d]
    return {1: 'і', 2: 'сі', 3: 'і', 4: 'і', 5: 'і', 6: 'сы', 7: 'сі', 8: 'і', 9: 'ы'}[d % 10]


def fmt_date(d, fmt, rng=None):
    D, M, Y = d.day, d.month, d.year
    if fmt == 'num':
        return '%02d.%02d.%d' % (D, M, Y), ['numeric']
    if fmt == 'num2':
        return '%02d.%02d.%02d' % (D, M, Y % 100), ['numeric', 'two_digit_year']
    if fmt == 'slash':
        return '%02d/%02d/%d' % (D, M, Y), ['numeric']
    if fmt == 'dash':
        return '%02d-%02d-%d' % (D, M, Y), ['numeric']
    if fmt == 'iso':
        return '%d-%02d-%02d' % (Y, M, D), ['iso']
    if fmt == 'ru':
        return '%d %s %d' % (D, RU_GEN[M - 1], Y), ['words_ru']
    if fmt == 'ru_q':
        return '«%02d» %s %d' % (D, RU_GEN[M - 1], Y), ['words_ru', 'quoted']
    if fmt == 'ru_noy':
        return '%d %s' % (D, RU_GEN[M - 1]), ['words_ru', 'no_year']
    if fmt == 'num_noy':
        return '%02d.%02d' % (D, M), ['numeric', 'no_year']
    if fmt == 'roman':
        return '%d.%s.%d' % (D, ROMAN[M - 1], Y), ['roman']
    if fmt == 'ru_my':
        return '%s %d' % (RU_NOM[M - 1], Y), ['words_ru', 'month_year']
    if fmt == 'num_my':
        return '%02d.%d' % (M, Y), ['numeric', 'month_year']
    if fmt == 'kk':
        return '%d жылғы %d %s' % (Y, D, KK_M[M - 1]), ['words_kk']
    if fmt == 'kk_abbr':
        return '%d ж. %d %s' % (Y, D, KK_M[M - 1]), ['words_kk']
    if fmt == 'kk_loc':
        return '%d жылғы %d %s' % (Y, D, KK_LOC[M - 1]), ['words_kk', 'case_form']
    if fmt == 'kk_gen':
        return '%s %d-%s' % (KK_GEN[M - 1], D, kk_day_poss(D)), ['words_kk', 'case_form', 'no_year']
    if fmt == 'kk_gen_y':
        return '%d жылғы %s %d-%s' % (Y, KK_GEN[M - 1], D, kk_day_poss(D)), ['words_kk', 'case_form']
    if fmt == 'kk_noy':
        return '%d %s' % (D, KK_M[M - 1]), ['words_kk', 'no_year']
    if fmt == 'kk_my':
        return '%d жылғы %s' % (Y, KK_M[M - 1]), ['words_kk', 'month_year']
    if fmt == 'kk_dm':   # 12 наурыз 2024
        return '%d %s %d' % (D, KK_M[M - 1], Y), ['words_kk']
    if fmt == 'year':
        return '%d' % Y, ['year_only']
    raise ValueError(fmt)


def fmt_range(d1, d2, fmt):
    if fmt == 'num':
        return '%02d–%02d.%02d.%d' % (d1.day, d2.day, d2.month, d2.year), ['range', 'numeric']
    if fmt == 'ru':
        return '%d–%d %s %d' % (d1.day, d2.day, RU_GEN[d2.month - 1], d2.year), ['range', 'words_ru']
    if fmt == 'kk':
        return '%d жылғы %d-%d %s' % (d2.year, d1.day, d2.day, KK_M[d2.month - 1]), ['range', 'words_kk']
    raise ValueError(fmt)


def date_fmts(lang):
    if lang == 'ru':
        return ['num', 'num', 'num', 'num2', 'ru', 'ru', 'slash', 'iso', 'roman', 'ru_q', 'dash']
    if lang == 'kk':
        return ['num', 'num', 'kk', 'kk', 'kk_abbr', 'kk_dm', 'num2', 'iso', 'slash']
    return ['num', 'num', 'num', 'kk', 'ru', 'num2', 'iso', 'kk_abbr', 'roman']


# ---------------------------------------------------------------- ages

def fmt_age(n, fmt):
    if fmt == 'ru':
        u = 'год' if n % 10 == 1 and n % 100 != 11 else ('года' if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else 'лет')
        return '%d %s' % (n, u), ['over_89', 'ru_unit']
    if fmt == 'ru_after':   # after "в возрасте"
        u = 'года' if n % 10 == 1 and n % 100 != 11 else 'лет'
        return '%d %s' % (n, u), ['over_89', 'ru_unit', 'after_cue']
    if fmt == 'kk':
        return '%d жас' % n, ['over_89', 'kk_unit']
    if fmt == 'kk_loc':
        return '%d жаста' % n, ['over_89', 'kk_unit', 'case_form']
    if fmt == 'kk_attr':
        return '%d жастағы' % n, ['over_89', 'kk_unit', 'case_form']
    if fmt == 'num':
        return '%d' % n, ['over_89', 'number_only']
    raise ValueError(fmt)


def ru_years(n):
    return 'год' if n % 10 == 1 and n % 100 != 11 else ('года' if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else 'лет')


# ---------------------------------------------------------------- phones

MOB = ['700', '701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778']
CITY = ['7172', '727', '7252', '7212', '7132', '7262', '7182', '7232', '7222', '7122', '7142', '7242',
        '7112', '7292', '7162', '7282']


def gen_phone(rng, kind=None, local_ok=False):
    kinds = ['plus7', 'plus7', 'plus7b', 'plus7c', 'eight', 'eight', 'eightb', 'eightc', 'dotted', 'compact8',
             'land', 'foreign']
    if local_ok:
        kinds.append('local')
    k = kind or rng.choice(kinds)
    op = rng.choice(MOB)
    a, b, c = rng.randint(100, 999), rng.randint(0, 99), rng.randint(0, 99)
    if k == 'plus7':
        return '+7 %s %03d %02d %02d' % (op, a, b, c), ['plus7', 'spaced']
    if k == 'plus7b':
        return '+7(%s)%03d-%02d-%02d' % (op, a, b, c), ['plus7']
    if k == 'plus7c':
        return '+7%s%03d%02d%02d' % (op, a, b, c), ['plus7', 'compact']
    if k == 'eight':
        return '8 %s %03d %02d %02d' % (op, a, b, c), ['eight', 'spaced']
    if k == 'eightb':
        return '8 (%s) %03d-%02d-%02d' % (op, a, b, c), ['eight']
    if k == 'eightc':
        return '8-%s-%03d-%02d-%02d' % (op, a, b, c), ['eight']
    if k == 'dotted':
        return rng.choice(['8', '+7']) + '.%s.%03d.%02d.%02d' % (op, a, b, c), ['dotted']
    if k == 'compact8':
        return '8%s%03d%02d%02d' % (op, a, b, c), ['eight', 'compact']
    if k == 'land':
        cc = rng.choice(CITY)
        rest = 10 - len(cc)
        if rest == 7:
            num = '%03d-%02d-%02d' % (a, b, c)
        else:
            num = '%02d-%02d-%02d' % (a % 100, b, c)
        return rng.choice(['8 (%s) %s', '8(%s)%s', '+7 (%s) %s']) % (cc, num), ['landline']
    if k == 'local':
        if rng.random() < 0.5:
            return '%02d-%02d-%02d' % (rng.randint(20, 79), b, c), ['local']
        return '%d-%02d-%02d' % (rng.randint(2, 9), b, c), ['local']
    if k == 'foreign':
        f = rng.choice(['uz', 'kg', 'tr', 'ru'])
        if f == 'uz':
            return '+998 %02d %03d %02d %02d' % (rng.choice([90, 91, 93, 94, 97, 99]), a, b, c), ['foreign']
        if f == 'kg':
            return '+996 %d %03d %03d' % (rng.choice([555, 700, 772, 551]), a, rng.randint(0, 999)), ['foreign']
        if f == 'tr':
            return '+90 5%02d %03d %02d %02d' % (rng.randint(30, 59), a, b, c), ['foreign']
        return '+7 9%02d %03d-%02d-%02d' % (rng.randint(10, 99), a, b, c), ['foreign']
    raise ValueError(k)


# ---------------------------------------------------------------- e-mails

MAILD = ['mail.ru', 'gmail.com', 'inbox.ru', 'yandex.kz', 'list.ru', 'bk.ru', 'icloud.com', 'yahoo.com']
INST = ['gkb4-almaty.kz', 'oblbolnica.kz', 'mgb1.kz', 'crb-talgar.kz', 'gp5.kz', 'zdrav-kar.kz',
        'oncocenter.kz', 'bloodcenter.kz', 'ocpk.kz', 'sanatoriy-aksu.kz', 'dsm.gov.kz', 'enbek.gov.kz']


def gen_email(rng, p=None, inst=None):
    if p is None:
        dom = inst or rng.choice(INST)
        box = rng.choice(['info', 'priemnaya', 'kanc', 'office', 'patomorf', 'stat', 'reception',
                          'otdel.kachestva', 'donor', 'post'])
        return '%s@%s' % (box, dom), ['institutional']
    s = translit(p.S('ru')).lower().replace(' ', '')
    g = translit(p.G('ru')).lower()
    sh = rng.choice(['%s.%s', '%s_%s', '%s%s', '%s%s%d'])
    if sh.count('%') == 3:
        box = sh % (g[:1], s, rng.randint(70, 2005))
    else:
        box = sh % ((s, g) if rng.random() < 0.5 else (g, s))
    box = box.replace('ı', 'i').replace('ş', 's').replace('ç', 'c').replace('ö', 'o').replace('ü', 'u').replace('ğ', 'g')
    if rng.random() < 0.3:
        box += str(rng.randint(1, 99))
    return '%s@%s' % (box, rng.choice(MAILD)), ['personal']


# ---------------------------------------------------------------- places

# ru_nom, ru_gen, ru_prep, kk_nom, kk_loc, kk_abl, kk_gen, village, big_city
SETTLE = [
    ('Талгар', 'Талгара', 'Талгаре', 'Талғар', 'Талғарда', 'Талғардан', 'Талғардың', False, False),
    ('Каскелен', 'Каскелена', 'Каскелене', 'Қаскелең', 'Қаскелеңде', 'Қаскелеңнен', 'Қаскелеңнің', False, False),
    ('Есик', 'Есика', 'Есике', 'Есік', 'Есікте', 'Есіктен', 'Есіктің', False, False),
    ('Узынагаш', 'Узынагаша', 'Узынагаше', 'Ұзынағаш', 'Ұзынағашта', 'Ұзынағаштан', 'Ұзынағаштың', True, False),
    ('Отеген батыр', 'Отеген батыра', 'Отеген батыре', 'Өтеген батыр', 'Өтеген батырда', 'Өтеген батырдан', 'Өтеген батырдың', True, False),
    ('Шамалган', 'Шамалгана', 'Шамалгане', 'Шамалған', 'Шамалғанда', 'Шамалғаннан', 'Шамалғанның', True, False),
    ('Сарыагаш', 'Сарыагаша', 'Сарыагаше', 'Сарыағаш', 'Сарыағашта', 'Сарыағаштан', 'Сарыағаштың', False, False),
    ('Ленгер', 'Ленгера', 'Ленгере', 'Ленгір', 'Ленгірде', 'Ленгірден', 'Ленгірдің', False, False),
    ('Шиели', 'Шиели', 'Шиели', 'Шиелі', 'Шиеліде', 'Шиеліден', 'Шиелінің', True, False),
    ('Жетысай', 'Жетысая', 'Жетысае', 'Жетісай', 'Жетісайда', 'Жетісайдан', 'Жетісайдың', False, False),
    ('Балхаш', 'Балхаша', 'Балхаше', 'Балқаш', 'Балқашта', 'Балқаштан', 'Балқаштың', False, False),
    ('Кокшетау', 'Кокшетау', 'Кокшетау', 'Көкшетау', 'Көкшетауда', 'Көкшетаудан', 'Көкшетаудың', False, True),
    ('Шымкент', 'Шымкента', 'Шымкенте', 'Шымкент', 'Шымкентте', 'Шымкенттен', 'Шымкенттің', False, True),
    ('Караганда', 'Караганды', 'Караганде', 'Қарағанды', 'Қарағандыда', 'Қарағандыдан', 'Қарағандының', False, True),
    ('Актобе', 'Актобе', 'Актобе', 'Ақтөбе', 'Ақтөбеде', 'Ақтөбеден', 'Ақтөбенің', False, True),
    ('Павлодар', 'Павлодара', 'Павлодаре', 'Павлодар', 'Павлодарда', 'Павлодардан', 'Павлодардың', False, True),
    ('Семей', 'Семея', 'Семее', 'Семей', 'Семейде', 'Семейден', 'Семейдің', False, True),
    ('Тараз', 'Тараза', 'Таразе', 'Тараз', 'Таразда', 'Тараздан', 'Тараздың', False, True),
    ('Костанай', 'Костаная', 'Костанае', 'Қостанай', 'Қостанайда', 'Қостанайдан', 'Қостанайдың', False, True),
    ('Кызылорда', 'Кызылорды', 'Кызылорде', 'Қызылорда', 'Қызылордада', 'Қызылордадан', 'Қызылорданың', False, True),
    ('Уральск', 'Уральска', 'Уральске', 'Орал', 'Оралда', 'Оралдан', 'Оралдың', False, True),
    ('Усть-Каменогорск', 'Усть-Каменогорска', 'Усть-Каменогорске', 'Өскемен', 'Өскеменде', 'Өскеменнен', 'Өскеменнің', False, True),
    ('Алматы', 'Алматы', 'Алматы', 'Алматы', 'Алматыда', 'Алматыдан', 'Алматының', False, True),
    ('Астана', 'Астаны', 'Астане', 'Астана', 'Астанада', 'Астанадан', 'Астананың', False, True),
    ('Атырау', 'Атырау', 'Атырау', 'Атырау', 'Атырауда', 'Атыраудан', 'Атыраудың', False, True),
    ('Актау', 'Актау', 'Актау', 'Ақтау', 'Ақтауда', 'Ақтаудан', 'Ақтаудың', False, True),
    ('Темиртау', 'Темиртау', 'Темиртау', 'Теміртау', 'Теміртауда', 'Теміртаудан', 'Теміртаудың', False, True),
    ('Туркестан', 'Туркестана', 'Туркестане', 'Түркістан', 'Түркістанда', 'Түркістаннан', 'Түркістанның', False, True),
    ('Экибастуз', 'Экибастуза', 'Экибастузе', 'Екібастұз', 'Екібастұзда', 'Екібастұздан', 'Екібастұздың', False, True),
    ('Жезказган', 'Жезказгана', 'Жезказгане', 'Жезқазған', 'Жезқазғанда', 'Жезқазғаннан', 'Жезқазғанның', False, True),
    ('Бурабай', 'Бурабая', 'Бурабае', 'Бурабай', 'Бурабайда', 'Бурабайдан', 'Бурабайдың', True, False),
    ('Коргалжын', 'Коргалжына', 'Коргалжыне', 'Қорғалжын', 'Қорғалжында', 'Қорғалжыннан', 'Қорғалжынның', True, False),
    ('Шортанды', 'Шортанды', 'Шортанды', 'Шортанды', 'Шортандыда', 'Шортандыдан', 'Шортандының', True, False),
    ('Косшы', 'Косшы', 'Косшы', 'Қосшы', 'Қосшыда', 'Қосшыдан', 'Қосшының', False, False),
    ('Талдыкорган', 'Талдыкоргана', 'Талдыкоргане', 'Талдықорған', 'Талдықорғанда', 'Талдықорғаннан', 'Талдықорғанның', False, True),
    ('Петропавловск', 'Петропавловска', 'Петропавловске', 'Петропавл', 'Петропавлда', 'Петропавлдан', 'Петропавлдың', False, True),
    ('Жаркент', 'Жаркента', 'Жаркенте', 'Жаркент', 'Жаркентте', 'Жаркенттен', 'Жаркенттің', False, False),
    ('Аксукент', 'Аксукента', 'Аксукенте', 'Ақсукент', 'Ақсукентте', 'Ақсукенттен', 'Ақсукенттің', True, False),
    ('Байсерке', 'Байсерке', 'Байсерке', 'Байсерке', 'Байсеркеде', 'Байсеркеден', 'Байсеркенің', True, False),
    ('Мойылды', 'Мойылды', 'Мойылды', 'Мойылды', 'Мойылдыда', 'Мойылдыдан', 'Мойылдының', True, False),
]
FOREIGN_SET = [
    ('Ташкент', 'Ташкента', 'Ташкенте', 'Ташкент', 'Ташкентте', 'Ташкенттен', 'Ташкенттің', False, True),
    ('Бишкек', 'Бишкека', 'Бишкеке', 'Бішкек', 'Бішкекте', 'Бішкектен', 'Бішкектің', False, True),
    ('Новосибирск', 'Новосибирска', 'Новосибирске', 'Новосібір', 'Новосібірде', 'Новосібірден', 'Новосібірдің', False, True),
    ('Омск', 'Омска', 'Омске', 'Омбы', 'Омбыда', 'Омбыдан', 'Омбының', False, True),
]
VILL = [s for s in SETTLE if s[7]]
CITIES = [s for s in SETTLE if s[8]]


def settle_form(st, case, lang):
    """case: nom, gen, prep (ru) or nom, loc, abl, gen (kk)"""
    kk = lang == 'kk'
    idx = {('ru', 'nom'): 0, ('ru', 'gen'): 1, ('ru', 'prep'): 2, ('kk', 'nom'): 3, ('kk', 'loc'): 4,
           ('kk', 'abl'): 5, ('kk', 'gen'): 6}[('kk' if kk else 'ru', case)]
    s = st[idx]
    forms = ['settlement']
    if st[7]:
        forms.append('village')
    if s != st[3 if kk else 0]:
        forms.append('case_form')
    if ' ' in s:
        forms.append('multi_word')
    if st in FOREIGN_SET:
        forms.append('foreign')
    return s, forms


# ru nom, ru gen, ru prep, ru dat, kk nom, kk loc, kk gen, city(ru nom)
DISTRICTS = [
    ('Алмалинский район', 'Алмалинского района', 'Алмалинском районе', 'Алмалинскому району', 'Алмалы ауданы', 'Алмалы ауданында', 'Алмалы ауданының', 'Алматы'),
    ('Медеуский район', 'Медеуского района', 'Медеуском районе', 'Медеускому району', 'Медеу ауданы', 'Медеу ауданында', 'Медеу ауданының', 'Алматы'),
    ('Бостандыкский район', 'Бостандыкского района', 'Бостандыкском районе', 'Бостандыкскому району', 'Бостандық ауданы', 'Бостандық ауданында', 'Бостандық ауданының', 'Алматы'),
    ('Ауэзовский район', 'Ауэзовского района', 'Ауэзовском районе', 'Ауэзовскому району', 'Әуезов ауданы', 'Әуезов ауданында', 'Әуезов ауданының', 'Алматы'),
    ('Турксибский район', 'Турксибского района', 'Турксибском районе', 'Турксибскому району', 'Түрксіб ауданы', 'Түрксіб ауданында', 'Түрксіб ауданының', 'Алматы'),
    ('район Есиль', 'района Есиль', 'районе Есиль', 'району Есиль', 'Есіл ауданы', 'Есіл ауданында', 'Есіл ауданының', 'Астана'),
    ('район Сарыарка', 'района Сарыарка', 'районе Сарыарка', 'району Сарыарка', 'Сарыарқа ауданы', 'Сарыарқа ауданында', 'Сарыарқа ауданының', 'Астана'),
    ('Енбекшинский район', 'Енбекшинского района', 'Енбекшинском районе', 'Енбекшинскому району', 'Еңбекші ауданы', 'Еңбекші ауданында', 'Еңбекші ауданының', 'Шымкент'),
    ('Карасайский район', 'Карасайского района', 'Карасайском районе', 'Карасайскому району', 'Қарасай ауданы', 'Қарасай ауданында', 'Қарасай ауданының', None),
    ('Талгарский район', 'Талгарского района', 'Талгарском районе', 'Талгарскому району', 'Талғар ауданы', 'Талғар ауданында', 'Талғар ауданының', None),
    ('Енбекшиказахский район', 'Енбекшиказахского района', 'Енбекшиказахском районе', 'Енбекшиказахскому району', 'Еңбекшіқазақ ауданы', 'Еңбекшіқазақ ауданында', 'Еңбекшіқазақ ауданының', None),
    ('Сайрамский район', 'Сайрамского района', 'Сайрамском районе', 'Сайрамскому району', 'Сайрам ауданы', 'Сайрам ауданында', 'Сайрам ауданының', None),
    ('Целиноградский район', 'Целиноградского района', 'Целиноградском районе', 'Целиноградскому району', 'Целиноград ауданы', 'Целиноград ауданында', 'Целиноград ауданының', None),
    ('Бухар-Жырауский район', 'Бухар-Жырауского района', 'Бухар-Жырауском районе', 'Бухар-Жыраускому району', 'Бұқар жырау ауданы', 'Бұқар жырау ауданында', 'Бұқар жырау ауданының', None),
    ('Илийский район', 'Илийского района', 'Илийском районе', 'Илийскому району', 'Іле ауданы', 'Іле ауданында', 'Іле ауданының', None),
    ('Толебийский район', 'Толебийского района', 'Толебийском районе', 'Толебийскому району', 'Төле би ауданы', 'Төле би ауданында', 'Төле би ауданының', None),
]


def district_form(dd, case, lang):
    if lang == 'kk':
        s = {'nom': dd[4], 'loc': dd[5], 'gen': dd[6]}[case]
        base = dd[4]
    else:
        s = {'nom': dd[0], 'gen': dd[1], 'prep': dd[2], 'dat': dd[3]}[case]
        base = dd[0]
    forms = ['district']
    if s != base:
        forms.append('case_form')
    return s, forms


STREETS_RU = ['ул. Абая', 'ул. Кенесары', 'ул. Сейфуллина', 'ул. Толе би', 'ул. Байтурсынова', 'ул. Жандосова',
              'ул. Ауэзова', 'ул. Гоголя', 'ул. Пушкина', 'ул. Желтоксан', 'пр. Республики', 'ул. Момышулы',
              'ул. Сатпаева', 'пр. Кабанбай батыра', 'ул. Богенбай батыра', 'ул. Жамбыла', 'ул. Майлина',
              'ул. Шокана Уалиханова', 'пр. Абылай хана', 'ул. Тауелсиздик', 'ул. Металлургов', 'мкр. Восток, ул. Садовая']
STREETS_KK = ['Абай даңғылы', 'Кенесары көшесі', 'Сейфуллин көшесі', 'Төле би көшесі', 'Байтұрсынов көшесі',
              'Сәтбаев көшесі', 'Қабанбай батыр даңғылы', 'Жамбыл көшесі', 'Мәуленов көшесі', 'Желтоқсан көшесі',
              'Тәуелсіздік даңғылы', 'Әуезов көшесі', 'Бейбітшілік көшесі', 'Республика даңғылы', 'Құрманғазы көшесі']
STREET_BARE = ['Абая', 'Сейфуллина', 'Гоголя', 'Толе би', 'Жандосова', 'Байтурсынова', 'Момышулы', 'Ауэзова',
               'Пушкина', 'Жамбыла']
MKR = ['Самал-2', 'Аксай-4', 'Жетысу-3', 'Орбита-1', 'Кулагер', 'Нурсат', 'Мамыр-4', 'Восток-5', 'Юго-Восток',
       'Айнабулак-3', 'Шугыла', 'Калкаман-2']


def gen_full_address(rng, lang, apt=True, city=None, postcode=None):
    forms = ['full_postal']
    c = city or rng.choice(CITIES)
    house = rng.randint(1, 240)
    kv = rng.randint(1, 160)
    pc = postcode if postcode is not None else rng.random() < 0.3
    if lang == 'kk' or (lang == 'mixed' and rng.random() < 0.5):
        st = rng.choice(STREETS_KK)
        s = '%s қ., %s, %d-үй' % (c[3], st, house) if rng.random() < 0.6 else '%s қаласы, %s, %d үй' % (c[3], st, house)
        if apt:
            s += rng.choice([', %d-пәтер', ', %d пәтер', ', п. %d']) % kv
        if pc:
            s = '%06d, ' % rng.randint(10000, 190000) + s
    else:
        st = rng.choice(STREETS_RU)
        s = 'г. %s, %s, д. %d' % (c[0], st, house) if rng.random() < 0.7 else '%s, %s, %d' % (c[0], st, house)
        if rng.random() < 0.15:
            s = s.replace('д. %d' % house, 'д. %d/%d' % (house, rng.randint(1, 9)))
        if apt:
            s += rng.choice([', кв. %d', ', кв.%d', ' - %d', ', кв %d']) % kv
        if pc:
            s = '%06d, ' % rng.randint(10000, 190000) + s
    return s, forms


def gen_rural_address(rng, lang):
    v = rng.choice(VILL)
    dd = rng.choice([d for d in DISTRICTS if d[7] is None])
    if lang == 'kk':
        s = '%s, %s ауылы, %s көшесі, %d-үй' % (dd[4], v[3], rng.choice(['Бейбітшілік', 'Абай', 'Жастар', 'Достық', 'Мектеп']), rng.randint(1, 90))
    else:
        s = '%s, с. %s, ул. %s, д. %d' % (dd[0], v[0], rng.choice(['Мира', 'Абая', 'Школьная', 'Достык', 'Молодежная']), rng.randint(1, 90))
    return s, ['full_postal']


def gen_street_unmarked(rng, lang):
    s = '%s %d' % (rng.choice(STREET_BARE), rng.randint(1, 200))
    if rng.random() < 0.7:
        s += rng.choice([', кв %d', ' кв. %d', '-%d']) % rng.randint(1, 120)
    return s, ['street_unmarked']


def gen_mkr(rng, lang):
    m = rng.choice(MKR)
    h = rng.randint(1, 60)
    if lang == 'kk':
        s = rng.choice(['%s шағын ауданы, %d-үй', '%s ш/а, %d-үй']) % (m, h)
    else:
        s = rng.choice(['мкр. %s, д. %d', 'мкр %s, %d', '%s мкр., д. %d']) % (m, h)
    if rng.random() < 0.6:
        s += rng.choice([', кв. %d', ', %d-пәтер' if lang == 'kk' else ', кв %d']) % rng.randint(1, 150)
    return s, ['partial', 'microdistrict']


# (ru, kk, school)
WORK = [
    ('ТОО «Береке-Агро»', '«Береке-Агро» ЖШС', False), ('АО «Казахтелеком»', '«Қазақтелеком» АҚ', False),
    ('АО «Казпочта»', '«Қазпошта» АҚ', False), ('АО «KEGOC»', '«KEGOC» АҚ', False),
    ('ТОО «Караганда Энергоцентр»', '«Қарағанды Энергоорталық» ЖШС', False),
    ('ТОО «Шымкентпиво»', '«Шымкентсыра» ЖШС', False), ('КГП «Горводоканал»', '«Қалалық су арнасы» КМК', False),
    ('ГККП «Ясли-сад № 12 «Балбөбек»»', '№ 12 «Балбөбек» бөбекжай-бақшасы МКҚК', True),
    ('КГУ «Средняя школа № 25»', '«№ 25 жалпы білім беретін мектеп» КММ', True),
    ('КГУ «Школа-гимназия № 8»', '«№ 8 мектеп-гимназия» КММ', True),
    ('ГККП «Высший медицинский колледж»', '«Жоғары медициналық колледж» МКҚК', True),
    ('НАО «Медицинский университет Караганды»', '«Қарағанды медицина университеті» КеАҚ', True),
    ('АО «НК «Қазақстан темір жолы»', '«ҚТЖ» ҰК АҚ', False), ('ТОО «Алатау Жарық Компаниясы»', '«Алатау Жарық Компаниясы» ЖШС', False),
    ('АО «Народный банк Казахстана»', '«Қазақстан Халық банкі» АҚ', False), ('ТОО «Magnum Cash&Carry»', '«Magnum Cash&Carry» ЖШС', False),
    ('АО «Эйр Астана»', '«Эйр Астана» АҚ', False), ('ТОО «Ақ-Жол Құрылыс»', '«Ақ-Жол Құрылыс» ЖШС', False),
    ('РГП «Казгидромет»', '«Қазгидромет» РМК', False), ('ТОО «Павлодарский нефтехимический завод»', '«Павлодар мұнай-химия зауыты» ЖШС', False),
    ('ГКП на ПХВ «Городская поликлиника № 3»', '№ 3 қалалық емхана ШЖҚ МКК', False),
    ('КГУ «Общеобразовательная школа села Косозен»', '«Көсөзен ауылының жалпы білім беретін мектебі» КММ', True),
    ('ТОО «Kazakhmys Smelting»', '«Kazakhmys Smelting» ЖШС', False), ('ИП «Береке»', '«Береке» ЖК', False),
    ('АО «Евразийский банк»', '«Еуразиялық банк» АҚ', False), ('КазНИТУ', 'ҚазҰТЗУ', True),
    ('ТОО «Тенгизшевройл»', '«Теңізшевройл» ЖШС', False), ('ГУ «Аппарат акима города»', '«Қала әкімінің аппараты» ММ', False),
]


# ---------------------------------------------------------------- numbers

def gen_record_number(rng, kind, fmt=None):
    yy = rng.choice([23, 24, 25])
    n = rng.randint(100, 99999)
    r = rng.random()
    if kind == 'hospitalisation':
        return rng.choice(['%d/%d' % (n, yy), '%d' % n, 'И-%d' % n, '%d-%02d' % (n, yy), '20%d/%d' % (yy, n)])
    if kind == 'outpatient_card':
        return rng.choice(['%d' % n, 'АК-%d' % n, '%d/%d' % (rng.randint(1, 40), n), 'Т-%d' % n])
    if kind == 'lab':
        return rng.choice(['%d' % n, 'Л-%d' % n, '%d-%d' % (yy, n), 'Б%07d' % rng.randint(10 ** 5, 10 ** 7 - 1)])
    if kind == 'xray':
        return rng.choice(['Р-%d' % n, '%d' % n, 'КТ-%d/%d' % (n, yy)])
    if kind == 'histology':
        return rng.choice(['%d/%d' % (n, yy), 'Г-%d-%05d' % (yy, n % 100000), '%d-%d' % (n, yy), 'Б%d-%05d' % (yy, n % 100000)])
    if kind == 'donor':
        return rng.choice(['%07d' % rng.randint(10 ** 5, 10 ** 7 - 1), 'Д-%d' % n, '%02d-%06d' % (rng.randint(1, 17), rng.randint(1, 999999))])
    if kind == 'prosthetics_order':
        return rng.choice(['%d/%d' % (n, yy), 'ПО-%d' % n, 'З-%d-%d' % (yy, n), '%d' % n])
    if kind == 'sanatorium_card':
        return rng.choice(['%d' % n, 'СК-%d' % n, '%d/%d' % (n, yy)])
    if kind == 'commission_protocol':
        return rng.choice(['%d' % rng.randint(1, 2500), '%d/%d' % (rng.randint(1, 900), yy), '%d-ВКК' % rng.randint(1, 900)])
    if kind == 'operation_protocol':
        return rng.choice(['%d' % rng.randint(1, 3000), '%d/%d' % (rng.randint(1, 1500), yy), 'О-%d' % rng.randint(1, 3000)])
    if kind == 'ambulance_call':
        return '%d' % rng.randint(1000, 999999)
    if kind == 'prescription':
        return '%07d' % rng.randint(1, 9999999)
    if kind == 'erdr':
        return '%02d%04d%02d%07d' % (yy, rng.randint(1, 7599), rng.randint(10, 99), rng.randint(1, 9999999))
    if kind == 'teleconsultation':
        return '%d-%d' % (yy, rng.randint(100, 9999))
    raise ValueError(kind)


def gen_doc_number(rng, kind, sub=None):
    if kind == 'id_card':
        return '%09d' % rng.randint(10 ** 7, 10 ** 9 - 1), ['id_card']
    if kind == 'passport':
        sub = sub or rng.choice(['kz', 'kz', 'russian', 'uzbek', 'kyrgyz'])
        if sub == 'kz':
            return 'N%08d' % rng.randint(10 ** 6, 10 ** 8 - 1), ['passport', 'kz']
        if sub == 'russian':
            return '%02d %02d %06d' % (rng.randint(1, 99), rng.randint(0, 24), rng.randint(1, 999999)), ['passport', 'russian']
        if sub == 'uzbek':
            return rng.choice(['AA', 'AB', 'FA', 'AD']) + '%07d' % rng.randint(1, 9999999), ['passport', 'uzbek']
        return rng.choice(['ID', 'AN', 'AC']) + '%07d' % rng.randint(1, 9999999), ['passport', 'kyrgyz']
    if kind == 'policy':
        return rng.choice(['%010d' % rng.randint(10 ** 8, 10 ** 10 - 1), 'ДМС-%07d' % rng.randint(1, 9999999)]), ['policy']
    if kind == 'sick_leave':
        return '%07d' % rng.randint(10 ** 5, 10 ** 7 - 1), ['sick_leave']
    if kind == 'vehicle_plate':
        L = 'ABCDEHKMOPTXYZ'
        return '%03d %s %02d' % (rng.randint(1, 999), ''.join(rng.choice(L) for _ in range(3)), rng.randint(1, 18)), ['vehicle_plate']
    if kind == 'bin':
        return make_bin(rng), ['bin']
    if kind == 'birth_certificate':
        return 'I-%s %07d' % (rng.choice(['АЛ', 'ЖМ', 'ОҚ', 'ҚР', 'КА', 'АА']), rng.randint(1, 9999999)), ['birth_certificate']
    if kind == 'voucher':
        return rng.choice(['%06d' % rng.randint(1, 999999), 'СКЛ-%05d' % rng.randint(1, 99999), '%02d-%05d' % (rng.randint(1, 24), rng.randint(1, 99999))]), ['voucher']
    if kind == 'disability_certificate':
        return '%07d' % rng.randint(1, 9999999), ['disability_certificate']
    raise ValueError(kind)


def later(d, a, b, rng):
    return d + _dt.timedelta(days=rng.randint(a, b))
