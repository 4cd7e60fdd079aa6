"""People of Kazakhstan: name pools and name rendering (ru/kk scripts, case forms)."""
from gen import (ru_decl_surname, ru_decl_given, ru_decl_patr, kk_suffix, translit, RU_CASES, KK_CASES)

# (ru, kk) pairs
KAZ_M = [("Ерлан", "Ерлан"), ("Нурлан", "Нұрлан"), ("Серик", "Серік"), ("Бауыржан", "Бауыржан"),
         ("Даурен", "Дәурен"), ("Аскар", "Асқар"), ("Болат", "Болат"), ("Ержан", "Ержан"), ("Кайрат", "Қайрат"),
         ("Мурат", "Мұрат"), ("Талгат", "Талғат"), ("Алибек", "Әлібек"), ("Ерболат", "Ерболат"),
         ("Бекзат", "Бекзат"), ("Дастан", "Дастан"), ("Арман", "Арман"), ("Жандос", "Жандос"), ("Канат", "Қанат"),
         ("Темирлан", "Темірлан"), ("Айдар", "Айдар"), ("Жаксылык", "Жақсылық"), ("Тлеубек", "Тілеубек"),
         ("Амангельды", "Амангелді"), ("Куаныш", "Қуаныш"), ("Ермек", "Ермек")]
KAZ_F = [("Айгуль", "Айгүл"), ("Гульнар", "Гүлнар"), ("Жанар", "Жанар"), ("Динара", "Динара"), ("Асель", "Әсел"),
         ("Мадина", "Мадина"), ("Салтанат", "Салтанат"), ("Акмарал", "Ақмарал"), ("Гульжан", "Гүлжан"),
         ("Назерке", "Назерке"), ("Аружан", "Аружан"), ("Жансая", "Жансая"), ("Бибигуль", "Бибігүл"),
         ("Райхан", "Райхан"), ("Алтынай", "Алтынай"), ("Камила", "Камила"), ("Сауле", "Сәуле"),
         ("Куляш", "Күләш"), ("Меруерт", "Меруерт"), ("Ботагоз", "Ботагөз"), ("Зауре", "Зәуре")]
KAZ_SUR = [("Ахметов", "Ахметов"), ("Нурланов", "Нұрланов"), ("Жумабаев", "Жұмабаев"), ("Серикбаев", "Серікбаев"),
           ("Касымов", "Қасымов"), ("Абдрахманов", "Әбдірахманов"), ("Тулегенов", "Төлегенов"),
           ("Муканов", "Мұқанов"), ("Оспанов", "Оспанов"), ("Есенов", "Есенов"), ("Бекмухамбетов", "Бекмұхамбетов"),
           ("Кенжебаев", "Кенжебаев"), ("Сулейменов", "Сүлейменов"), ("Искаков", "Ысқақов"),
           ("Байжанов", "Байжанов"), ("Жакупов", "Жақыпов"), ("Утепов", "Өтепов"), ("Омаров", "Омаров"),
           ("Садыков", "Садықов"), ("Смагулов", "Смағұлов"), ("Нургалиев", "Нұрғалиев"), ("Ермеков", "Ермеков"),
           ("Маханов", "Маханов"), ("Толеуов", "Төлеуов"), ("Сарсенбаев", "Сәрсенбаев"), ("Дюсенов", "Дүйсенов"),
           ("Абенов", "Әбенов"), ("Кудайбергенов", "Құдайбергенов"), ("Тажибаев", "Тәжібаев")]
KAZ_SUR_EPON = [("Калиев", "Қалиев"), ("Акбота", None)]  # second entry unused placeholder
# patronymic-style surnames (gendered)
KAZ_SUR_POSS_M = [("Болатулы", "Болатұлы"), ("Нурлыбекулы", "Нұрлыбекұлы"), ("Ерланулы", "Ерланұлы")]
KAZ_SUR_POSS_F = [("Сейиткызы", "Сейітқызы"), ("Ерланкызы", "Ерланқызы"), ("Мараткызы", "Маратқызы")]
KAZ_FATHER = [("Серик", "Серік"), ("Нурлан", "Нұрлан"), ("Болат", "Болат"), ("Ерлан", "Ерлан"), ("Кайрат", "Қайрат"),
              ("Мурат", "Мұрат"), ("Талгат", "Талғат"), ("Бахыт", "Бақыт"), ("Жумабек", "Жұмабек"),
              ("Марат", "Марат"), ("Жанат", "Жанат"), ("Берик", "Берік"), ("Асхат", "Асхат"), ("Галым", "Ғалым"),
              ("Сапар", "Сапар"), ("Есен", "Есен"), ("Омар", "Омар"), ("Кенес", "Кеңес")]

RUS_SUR = ["Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Морозов", "Кочетов", "Никитин", "Захаров", "Белов",
           "Фролов", "Громов", "Ковалев", "Тарасов", "Зуев"]
RUS_SUR_EPON = ["Соколов", "Волков", "Боткин", "Илизаров", "Гусев"]
RUS_M = ["Сергей", "Александр", "Виктор", "Игорь", "Дмитрий", "Николай", "Андрей", "Владимир", "Павел", "Юрий",
         "Олег", "Михаил", "Геннадий"]
RUS_F = ["Елена", "Ольга", "Татьяна", "Наталья", "Ирина", "Людмила", "Галина", "Светлана", "Валентина", "Нина",
         "Мария", "Анна", "Лидия", "Зинаида", "Антонина"]
RUS_PATR = [("Иванович", "Ивановна"), ("Петрович", "Петровна"), ("Николаевич", "Николаевна"),
            ("Сергеевич", "Сергеевна"), ("Александрович", "Александровна"), ("Владимирович", "Владимировна"),
            ("Михайлович", "Михайловна"), ("Викторович", "Викторовна"), ("Юрьевич", "Юрьевна"),
            ("Григорьевич", "Григорьевна"), ("Васильевич", "Васильевна"), ("Федорович", "Федоровна")]

UKR_SUR = ["Шевченко", "Бондаренко", "Коваленко", "Ткачук", "Кравчук", "Литвиненко", "Савчук"]
UKR_SUR_EPON = ["Лебедь", "Мороз", "Гусь"]
UKR_M = ["Тарас", "Богдан", "Василий", "Николай", "Петр"]
UKR_F = ["Оксана", "Олеся", "Галина", "Ганна", "Людмила"]

GER_SUR = ["Шмидт", "Миллер", "Классен", "Янцен", "Шефер", "Рейнгардт", "Нейфельд"]
GER_SUR_EPON = ["Вебер", "Кох"]
GER_M = ["Андрей", "Виктор", "Эдуард", "Вальтер", "Александр", "Роберт"]
GER_F = ["Ирина", "Эльвира", "Ольга", "Лилия", "Эмма", "Нелли"]
GER_PATR = [("Генрихович", "Генриховна"), ("Эдуардович", "Эдуардовна"), ("Андреевич", "Андреевна"),
            ("Иванович", "Ивановна"), ("Яковлевич", "Яковлевна")]

KOR_SUR = ["Ким", "Пак", "Цой", "Ли", "Тен", "Хан", "Огай", "Югай", "Шин"]
KOR_M = ["Виктор", "Сергей", "Владимир", "Эдуард", "Николай", "Вячеслав"]
KOR_F = ["Елена", "Марина", "Светлана", "Инна", "Анжела", "Лариса"]

TAT_SUR = ["Хабибуллин", "Галиев", "Сафин", "Ахметзянов", "Гарипов", "Валиев", "Шарипов"]
TAT_M = ["Рустам", "Ильдар", "Ринат", "Марат", "Фарид", "Рафаэль"]
TAT_F = ["Гульнара", "Альфия", "Резеда", "Лейсан", "Венера", "Роза"]
TAT_PATR = [("Рашидович", "Рашидовна"), ("Ринатович", "Ринатовна"), ("Фаридович", "Фаридовна"),
            ("Галимович", "Галимовна"), ("Раисович", "Раисовна")]

UZB_SUR = ["Юлдашев", "Рахимов", "Тураев", "Мирзаев", "Каримов", "Усманов", "Ташпулатов"]
UZB_M = ["Шухрат", "Бахтиёр", "Улугбек", "Фаррух", "Азиз", "Жасур"]
UZB_F = ["Дилноза", "Гульноза", "Нигора", "Феруза", "Мохира", "Шахноза"]
UZB_PATR = [("Рустамович", "Рустамовна"), ("Бахтиёрович", "Бахтиёровна"), ("Алишерович", "Алишеровна"),
            ("Анварович", "Анваровна"), ("Рахматович", "Рахматовна")]

UYG_SUR = ["Масимов", "Турсунов", "Хамраев", "Розиев", "Ясинов", "Момунов", "Абдурахманов"]
UYG_M = ["Дильшат", "Ильхам", "Алимжан", "Нурахмет", "Шавкат", "Ахмаджан"]
UYG_F = ["Патигуль", "Ризвангуль", "Мавлюда", "Гулзира", "Гульмира", "Назугум"]
UYG_PATR = [("Махмутович", "Махмутовна"), ("Турсунович", "Турсуновна"), ("Ахметович", "Ахметовна"),
            ("Абдугаппарович", "Абдугаппаровна"), ("Юсупович", "Юсуповна")]

DUN_SUR = ["Ванахун", "Сушанло", "Дауров", "Шиваза", "Ясыров", "Хаваза"]
DUN_M = ["Хусейн", "Мухамед", "Ильяс", "Юсуп", "Исмаил"]
DUN_F = ["Айша", "Фатима", "Зейнаб", "Хава", "Марьям"]
DUN_PATR = [("Юсупович", "Юсуповна"), ("Ильясович", "Ильясовна"), ("Хасанович", "Хасановна"),
            ("Исмаилович", "Исмаиловна")]

CHE_SUR = ["Гайтукаев", "Тагаев", "Ахмадов", "Мусаев", "Умаров", "Дадаев", "Бисултанов"]
CHE_M = ["Ислам", "Адам", "Зелимхан", "Руслан", "Магомед", "Хамзат"]
CHE_F = ["Хеда", "Малика", "Зарема", "Петимат", "Луиза", "Айшат"]
CHE_PATR = [("Ахмедович", "Ахмедовна"), ("Русланович", "Руслановна"), ("Хамзатович", "Хамзатовна"),
            ("Вахаевич", "Вахаевна"), ("Султанович", "Султановна")]

AZE_SUR = ["Алиев", "Гусейнов", "Мамедов", "Гасанов", "Керимов", "Рзаев"]
AZE_M = ["Эльдар", "Намик", "Рауф", "Фуад", "Эльчин", "Тофиг"]
AZE_F = ["Севиндж", "Гюнай", "Айтен", "Лейла", "Нармин", "Эльмира"]
AZE_FATHER = ["Намик", "Рауф", "Ариф", "Вагиф", "Ильхам", "Тофиг"]

TUR = [("Йылмаз", "Yılmaz"), ("Кая", "Kaya"), ("Демир", "Demir"), ("Шахин", "Şahin"), ("Челик", "Çelik"),
       ("Озтюрк", "Öztürk"), ("Айдын", "Aydın")]
TUR_M = [("Мехмет", "Mehmet"), ("Мустафа", "Mustafa"), ("Эмре", "Emre"), ("Мурат", "Murat"), ("Бурак", "Burak")]
TUR_F = [("Айше", "Ayşe"), ("Зейнеп", "Zeynep"), ("Элиф", "Elif"), ("Фатма", "Fatma"), ("Мерве", "Merve")]

EPONYM_SURNAMES = {"Калиев", "Қалиев", "Соколов", "Волков", "Боткин", "Илизаров", "Гусев", "Лебедь", "Мороз",
                   "Гусь", "Вебер", "Кох"}

ETH_WEIGHTS = [("kaz", 46), ("rus", 18), ("ukr", 6), ("ger", 5), ("kor", 5), ("tat", 4), ("uzb", 4), ("uyg", 4),
               ("dun", 2), ("che", 2), ("aze", 2), ("tur", 2)]
NON_SLAVIC = {"ukr", "ger", "kor", "tat", "uzb", "uyg", "dun", "che", "aze", "tur"}


def fem_surname(s):
    if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return s + "а"
    if s.endswith("ский"):
        return s[:-2] + "ая"
    return s


class Person:
    """sur/given/patr are dicts script->nominative; patr_kind in ovich/uly/ogly/None."""

    def __init__(self, eth, gender, sur, given, patr, patr_kind, latin=None):
        self.eth, self.gender = eth, gender
        self.sur, self.given, self.patr, self.patr_kind = sur, given, patr, patr_kind
        self.latin = latin  # (surname, given) in Latin script for Turkish citizens

    def epon(self):
        for s in (self.sur["ru"], self.sur["kk"]):
            if s in EPONYM_SURNAMES or (s.endswith("а") and s[:-1] in EPONYM_SURNAMES):
                return True
        return False


def _wpick(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def make_person(rng, gender=None, eth=None, epon_p=0.22):
    gender = gender or rng.choice("mf")
    eth = eth or _wpick(rng, ETH_WEIGHTS)
    m = gender == "m"
    epon = rng.random() < (epon_p * 0.5 if eth == "kaz" else epon_p)
    if eth == "kaz":
        r = rng.random()
        if epon:
            sr, sk = ("Калиев", "Қалиев")
            if not m:
                sr, sk = sr + "а", sk + "а"
        elif r < 0.1:
            sr, sk = rng.choice(KAZ_SUR_POSS_M if m else KAZ_SUR_POSS_F)
        else:
            sr, sk = rng.choice(KAZ_SUR)
            if not m:
                sr, sk = sr + "а", sk + "а"
        gr, gk = rng.choice(KAZ_M if m else KAZ_F)
        fr, fk = rng.choice(KAZ_FATHER)
        if rng.random() < 0.6:
            pr = fr + ("ович" if m else "овна")
            pk = pr if rng.random() < 0.4 else fk + ("ұлы" if m else "қызы")
            kind = "ovich" if pk == pr else "mixed"
            if kind == "mixed":
                return Person(eth, gender, {"ru": sr, "kk": sk}, {"ru": gr, "kk": gk},
                              {"ru": pr, "kk": pk}, "mixed")
            return Person(eth, gender, {"ru": sr, "kk": sk}, {"ru": gr, "kk": gk}, {"ru": pr, "kk": pr}, "ovich")
        pr = fr + ("улы" if m else "кызы")
        pk = fk + ("ұлы" if m else "қызы")
        if rng.random() < 0.12:
            return Person(eth, gender, {"ru": sr, "kk": sk}, {"ru": gr, "kk": gk}, {"ru": None, "kk": None}, None)
        return Person(eth, gender, {"ru": sr, "kk": sk}, {"ru": gr, "kk": gk}, {"ru": pr, "kk": pk}, "uly")
    if eth == "tur":
        sc, sl = rng.choice(TUR)
        gc, gl = rng.choice(TUR_M if m else TUR_F)
        return Person(eth, gender, {"ru": sc, "kk": sc}, {"ru": gc, "kk": gc}, {"ru": None, "kk": None}, None,
                      latin=(sl, gl))
    if eth == "aze":
        s = rng.choice(AZE_SUR)
        s = s if m else fem_surname(s)
        g = rng.choice(AZE_M if m else AZE_F)
        f = rng.choice(AZE_FATHER)
        if rng.random() < 0.6:
            p = f + (" оглы" if m else " кызы")
            kind = "ogly"
        else:
            p = f + ("ович" if m else "овна")
            kind = "ovich"
        return Person(eth, gender, {"ru": s, "kk": s}, {"ru": g, "kk": g}, {"ru": p, "kk": p}, kind)
    table = {
        "rus": (RUS_SUR, RUS_SUR_EPON, RUS_M, RUS_F, RUS_PATR),
        "ukr": (UKR_SUR, UKR_SUR_EPON, UKR_M + RUS_M[:4], UKR_F + RUS_F[:3], RUS_PATR),
        "ger": (GER_SUR, GER_SUR_EPON, GER_M, GER_F, GER_PATR),
        "kor": (KOR_SUR, [], KOR_M, KOR_F, RUS_PATR),
        "tat": (TAT_SUR, [], TAT_M, TAT_F, TAT_PATR),
        "uzb": (UZB_SUR, [], UZB_M, UZB_F, UZB_PATR),
        "uyg": (UYG_SUR, [], UYG_M, UYG_F, UYG_PATR),
        "dun": (DUN_SUR, [], DUN_M, DUN_F, DUN_PATR),
        "che": (CHE_SUR, [], CHE_M, CHE_F, CHE_PATR),
    }[eth]
    surs, epons, ms, fs, patrs = table
    s = rng.choice(epons) if (epon and epons) else rng.choice(surs)
    if not m:
        s = fem_surname(s)
    g = rng.choice(ms if m else fs)
    p = rng.choice(patrs)[0 if m else 1]
    if eth == "kor" and rng.random() < 0.15:
        p = None
    return Person(eth, gender, {"ru": s, "kk": s}, {"ru": g, "kk": g}, {"ru": p, "kk": p}, "ovich" if p else None)


def _initials(given, patr, spaced=False):
    a = given[0] + "."
    if patr:
        b = patr[0] + "."
        return a + (" " if spaced else "") + b
    return a


def render_name(p, form, case, script, rng):
    """-> (text, forms). case: nom / ru case / kk case. script: 'ru' | 'kk'."""
    sp = rng.random() < 0.2
    latc = rng.random() < 0.55
    txt, forms = _render(p, form, case, script, sp, latc)
    if case not in (None, "", "nom"):
        base, _ = _render(p, form, "nom", script, sp, latc)
        if base != txt:
            forms.append("case_form")
    if p.epon() and form not in ("g", "gp", "tabg"):
        forms.append("eponym_like")
    if p.eth in NON_SLAVIC and "non_slavic" not in forms:
        forms.append("non_slavic")
    if p.patr_kind in ("uly", "mixed") and any(x in txt.lower() for x in ("улы", "кызы", "ұлы", "қызы")):
        forms.append("kazakh_patronymic")
    return txt, forms


def _kk_last(txt, case):
    if " " in txt:
        a, b = txt.rsplit(" ", 1)
        return a + " " + kk_suffix(b, case)
    return kk_suffix(txt, case)


def _render(p, form, case, script, sp, latc):
    forms = []
    S, G, P = p.sur[script], p.given[script], p.patr[script]
    kkcase = case in KK_CASES
    rucase = case in RU_CASES
    if form == "lat":
        if p.latin:
            sl, gl = p.latin
            forms += ["foreign", "non_slavic"]
        else:
            sl, gl = translit(p.sur["ru"]), translit(p.given["ru"])
        if latc:
            return sl.upper() + " " + gl.upper(), forms + ["latin", "caps", "surname_given"]
        return gl + " " + sl, forms + ["latin", "given_surname"]

    def d_s(x):
        return ru_decl_surname(x, p.gender, case) if rucase else x

    def d_g(x):
        return ru_decl_given(x, p.gender, case) if rucase else x

    def d_p(x):
        return ru_decl_patr(x, p.gender, case) if (rucase and x) else x

    if form == "si" and kkcase:
        form = "is"
    has_p = bool(P)
    if form in ("full", "caps", "low", "split"):
        if not has_p:
            parts = [d_s(S), d_g(G)]
            forms.append("surname_given")
        else:
            parts = [d_s(S), d_g(G), d_p(P)]
            forms.append("full")
        if kkcase:
            parts[-1] = _kk_last(parts[-1], case)
        if form == "split":
            txt = parts[0] + "\n" + " ".join(parts[1:])
            forms.append("split_line")
        else:
            txt = " ".join(parts)
        if form == "caps":
            txt = txt.upper()
            forms.append("caps")
        if form == "low":
            txt = txt.lower()
            forms.append("lowercase")
    elif form == "sg":
        txt = d_s(S) + " " + d_g(G)
        if kkcase:
            txt = _kk_last(txt, case)
        forms.append("surname_given")
    elif form == "gs":
        txt = d_g(G) + " " + d_s(S)
        if kkcase:
            txt = _kk_last(txt, case)
        forms.append("given_surname")
    elif form == "gp":
        if has_p:
            txt = d_g(G) + " " + d_p(P)
            forms.append("given_patronymic")
        else:
            txt = d_g(G)
            forms.append("given_only")
        if kkcase:
            txt = _kk_last(txt, case)
    elif form == "si":
        txt = d_s(S) + " " + _initials(G, P, sp)
        forms.append("surname_initials")
    elif form == "is":
        s2 = kk_suffix(S, case) if kkcase else d_s(S)
        txt = _initials(G, P, sp) + " " + s2
        forms.append("initials_surname")
    elif form == "s":
        txt = kk_suffix(S, case) if kkcase else d_s(S)
        forms.append("surname_only")
    elif form == "g":
        txt = kk_suffix(G, case) if kkcase else d_g(G)
        forms.append("given_only")
    elif form == "tabs":
        txt = d_s(S)
        forms += ["surname_only", "split_line"]
    elif form == "tabg":
        txt = " ".join(x for x in (d_g(G), d_p(P) if has_p else None) if x)
        forms += ["given_patronymic" if has_p else "given_only", "split_line"]
    else:
        raise ValueError(form)
    return txt, forms


def make_relative(rng, p, gender=None):
    """a relative of p: same ethnicity, often the same family surname (gender-adjusted)."""
    r = make_person(rng, gender=gender, eth=p.eth)
    if rng.random() < 0.6 and p.eth != "tur":
        base = {}
        for sc in ("ru", "kk"):
            s = p.sur[sc]
            if p.gender == "f" and s.endswith(("ова", "ева", "ёва", "ина", "ына")):
                s = s[:-1]
            if p.gender == "f" and s.endswith("ая"):
                s = s[:-2] + "ий"
            if s.endswith(("улы", "ұлы", "кызы", "қызы")):
                return r
            base[sc] = s if r.gender == "m" else fem_surname(s)
        r.sur = base
    return r
