"""Value generators and the slot resolver for deid_dev6 (stdlib only)."""
import re

VOICELESS = set("кқпстфхшщчц")
BACK = set("аоұыяуё")
VOWELS = set("аәеёиоөуұүыіэюя")


def _harm_back(w):
    for ch in reversed(w.lower()):
        if ch in VOWELS:
            return ch in BACK
    return True


def kk_dat(w):
    last = w[-1].lower()
    b = _harm_back(w)
    if last in VOICELESS or last == "в":  # Russian-origin final -в is devoiced: Ахметовқа
        return w + ("қа" if b else "ке")
    return w + ("ға" if b else "ге")


def kk_gen(w):
    last = w[-1].lower()
    b = _harm_back(w)
    if last in VOWELS:
        return w + ("ның" if b else "нің")
    if last in VOICELESS:
        return w + ("тың" if b else "тің")
    return w + ("дың" if b else "дің")


# ---------------------------------------------------------------- names
KZ_M = ["Ерлан", "Нурлан", "Бауыржан", "Асхат", "Даурен", "Серик", "Жандос", "Мирас", "Арман", "Болат",
        "Ержан", "Қайрат", "Әділет", "Нұрсұлтан", "Темірлан", "Асқар", "Мұрат", "Талгат"]
KZ_F = ["Айгерим", "Гульнара", "Салтанат", "Динара", "Жанар", "Меруерт", "Айжан", "Ботагоз", "Әсем",
        "Гүлнұр", "Назерке", "Роза", "Сауле", "Жібек", "Ақмарал"]
KZ_OLD_M = ["Жұмабай", "Ахмет", "Сейітқали", "Оразбек", "Тұрсынбек", "Кәрім"]
KZ_OLD_F = ["Күләш", "Зейнеп", "Бибігүл", "Ұлжан", "Балсұлу", "Кулян"]
KZ_SUR = ["Жумабаев", "Нурланов", "Ахметов", "Касымов", "Токтаров", "Исаев", "Бекмуханбетов", "Абенов",
          "Омаров", "Кенжебаев", "Сапаров", "Мукашев", "Жақсылықов", "Тұрсынов", "Әбдірахманов", "Байжанов",
          "Оспанов", "Сыздыков", "Ермеков", "Қалиев"]
KZ_SUR_INV = ["Сейткали", "Шаяхмет", "Нұрмағанбет", "Әбдіхалық"]
RU_M = ["Александр", "Сергей", "Владимир", "Николай", "Андрей", "Виктор", "Игорь", "Дмитрий", "Павел"]
RU_F = ["Татьяна", "Ольга", "Наталья", "Елена", "Людмила", "Валентина", "Галина", "Ирина", "Светлана"]
RU_OLD_M = ["Иван", "Пётр", "Григорий", "Фёдор"]
RU_OLD_F = ["Мария", "Анна", "Евдокия", "Прасковья", "Антонина", "Зинаида"]
RU_SUR = ["Иванов", "Кузнецов", "Смирнов", "Попов", "Морозов", "Соколов", "Петров", "Новиков", "Фёдоров",
          "Григорьев", "Захаров"]
RU_EPON = ["Волков", "Лебедев", "Боткин", "Орлов", "Зайцев"]
PATR = {"Александр": "Александров", "Сергей": "Сергеев", "Владимир": "Владимиров", "Николай": "Николаев",
        "Андрей": "Андреев", "Виктор": "Викторов", "Игорь": "Игорев", "Дмитрий": "Дмитриев", "Павел": "Павлов",
        "Ерлан": "Ерланов", "Нурлан": "Нурланов", "Серик": "Сериков", "Болат": "Болатов", "Асхат": "Асхатов",
        "Иван": "Иванов", "Пётр": "Петров", "Ахмет": "Ахметов", "Мурат": "Муратов", "Григорий": "Григорьев"}
KZ_FATHERS = ["Ерлан", "Серік", "Болат", "Асқар", "Қайрат", "Мұрат", "Нұрлан", "Жұмабай", "Оразбек", "Талғат"]
# non-slavic groups: (surname_m, surname_f, given_m, given_f, patronymic-type)
NS = {
    "ukr": (["Шевченко", "Бондаренко", "Коваленко", "Ткаченко"], None, ["Тарас", "Богдан", "Остап"],
            ["Оксана", "Леся", "Ганна"], "ru"),
    "ger": (["Шмидт", "Вебер", "Майер", "Келлер", "Гейнц", "Кох"], None, ["Генрих", "Фридрих", "Виктор", "Андреас"],
            ["Эмма", "Ирма", "Эльза", "Лидия"], "ru"),
    "kor": (["Ким", "Пак", "Цой", "Ли", "Тен", "Хван"], None, ["Вячеслав", "Георгий", "Роберт", "Эдуард"],
            ["Марина", "Людмила", "Светлана", "Анжела"], "ru"),
    "uzb": (["Юсупов", "Рахимов", "Каримов", "Тошматов"], "ova", ["Рустам", "Шерзод", "Ботир", "Улугбек"],
            ["Дилноза", "Гулчехра", "Мадина", "Нигора"], "ru"),
    "uyg": (["Масимов", "Ниязов", "Турдиев", "Хамраев"], "ova", ["Дилмурат", "Ильхам", "Абдугаппар"],
            ["Гулнисахан", "Мухаббат", "Айнур"], "ru"),
    "tat": (["Галиуллин", "Хайруллин", "Сафин", "Гарипов"], "a", ["Ринат", "Ильдар", "Рамиль"],
            ["Гульшат", "Алсу", "Лилия"], "ru"),
    "dun": (["Ванахун", "Сушанло", "Шимаров", "Дзахаров"], "ova_inv", ["Хусей", "Ахмед", "Мухаммед"],
            ["Айша", "Марьям", "Фатима"], "ru"),
    "che": (["Мусаев", "Исмаилов", "Абдулаев", "Хасанов"], "ova", ["Ислам", "Магомед", "Руслан"],
            ["Хеда", "Малика", "Зарема"], "ru"),
    "aze": (["Алиев", "Гасанов", "Мамедов", "Гусейнов"], "ova", ["Эльчин", "Рамиз", "Ильгар"],
            ["Севиль", "Гюльнара", "Айгюн"], "aze"),
}
TURK = [("Yılmaz", "Mehmet"), ("Demir", "Ayşe"), ("Kaya", "Emre"), ("Çelik", "Zeynep"), ("Şahin", "Burak")]
LAT = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
       "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
       "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ы": "y", "э": "e",
       "ю": "yu", "я": "ya", "ә": "a", "ө": "o", "ұ": "u", "ү": "u", "қ": "k", "ғ": "g", "ң": "n", "і": "i",
       "һ": "h", "ь": "", "ъ": ""}


def latin(s):
    out = []
    for ch in s:
        lo = ch.lower()
        if lo in LAT:
            t = LAT[lo]
            out.append(t.capitalize() if ch != lo else t)
        else:
            out.append(ch)
    return "".join(out)


def fem_sur(s):
    if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return s + "а"
    return s


class Person:
    def __init__(self, rng, kind="P", g=None):
        self.forms = set()
        r = rng.random()
        self.g = "m" if rng.random() < 0.5 else "f"
        if g:
            self.g = g
        old = kind == "E"
        eth = kind if kind in ("K", "R", "N", "T") else ("K" if r < 0.5 else ("R" if r < 0.75 else "N"))
        self.eth = eth
        self.turk = False
        self.kpatr = None
        if eth == "T":
            self.sur, self.giv = rng.choice(TURK)
            self.patr = ""
            self.turk = True
            self.forms |= {"foreign", "latin", "non_slavic"}
        elif eth == "K":
            gm = KZ_OLD_M if old and rng.random() < .6 else KZ_M
            gf = KZ_OLD_F if old and rng.random() < .6 else KZ_F
            self.giv = rng.choice(gm if self.g == "m" else gf)
            if rng.random() < 0.2:
                self.sur = rng.choice(KZ_SUR_INV)
                self.inv = True
            else:
                s = rng.choice(KZ_SUR)
                self.sur = s if self.g == "m" else fem_sur(s)
            if rng.random() < 0.35:
                f = rng.choice(KZ_FATHERS)
                self.patr = f + ("ұлы" if self.g == "m" else "қызы")
                self.kpatr = True
            else:
                f = rng.choice(["Ерлан", "Нурлан", "Серик", "Болат", "Асхат", "Ахмет", "Мурат"])
                self.patr = PATR[f] + ("ич" if self.g == "m" else "на")
        elif eth == "R":
            self.giv = rng.choice((RU_OLD_M if old else RU_M) if self.g == "m" else (RU_OLD_F if old else RU_F))
            if rng.random() < 0.3:
                s = rng.choice(RU_EPON)
                self.forms.add("eponym_like")
            else:
                s = rng.choice(RU_SUR)
            self.sur = s if self.g == "m" else fem_sur(s)
            f = rng.choice(list(PATR)[:9] + ["Иван", "Пётр", "Григорий"])
            self.patr = PATR[f] + ("ич" if self.g == "m" else "на")
        else:
            grp = rng.choice(sorted(NS))
            sm, ftype, gm, gf, pt = NS[grp]
            s = rng.choice(sm)
            if s in ("Вебер", "Кох"):
                self.forms.add("eponym_like")
            self.giv = rng.choice(gm if self.g == "m" else gf)
            if self.g == "f" and ftype in ("ova", "a"):
                s = fem_sur(s)
            self.sur = s
            self.forms.add("non_slavic")
            if pt == "aze":
                self.patr = rng.choice(["Рамиз", "Гасан", "Алекпер"]) + (" оглы" if self.g == "m" else " кызы")
            else:
                f = rng.choice(["Виктор", "Александр", "Николай", "Андрей", "Ахмет", "Мурат"])
                self.patr = PATR[f] + ("ич" if self.g == "m" else "на")

    def ini(self):
        if not self.patr:
            return self.giv[0] + "."
        return self.giv[0] + "." + self.patr[0] + "."

    def base_forms(self):
        f = set(self.forms)
        if self.kpatr:
            f.add("kazakh_patronymic")
        return f

    def ru_case(self, case):
        s = self.sur
        inv = not s.endswith(("ов", "ев", "ёв", "ин", "ын", "ова", "ева", "ина", "ына"))
        if inv:
            return s
        if self.g == "m":
            return s + ("у" if case == "dat" else "а")
        return s[:-1] + "ой"

    def render(self, fmt):
        f = self.base_forms()
        if self.turk:
            if fmt in ("s", "si", "is"):
                return self.sur, sorted(f | {"surname_only"})
            return self.giv + " " + self.sur, sorted(f | {"given_surname"})
        if fmt == "full":
            return f"{self.sur} {self.giv} {self.patr}", sorted(f | {"full"})
        if fmt == "fullc":
            return f"{self.sur.upper()} {self.giv.upper()} {self.patr.upper()}", sorted(f | {"full", "caps"})
        if fmt == "split":
            return f"{self.sur}\n{self.giv} {self.patr}", sorted(f | {"full", "split_line"})
        if fmt == "si":
            return f"{self.sur} {self.ini()}", sorted(f | {"surname_initials"})
        if fmt == "sis":  # surname + spaced initials
            return f"{self.sur} {self.ini().replace('.', '. ').strip()}", sorted(f | {"surname_initials"})
        if fmt == "is":
            return f"{self.ini()} {self.sur}", sorted(f | {"initials_surname"})
        if fmt == "sg":
            return f"{self.sur} {self.giv}", sorted(f | {"surname_given"})
        if fmt == "gs":
            return f"{self.giv} {self.sur}", sorted(f | {"given_surname"})
        if fmt == "gp":
            return f"{self.giv} {self.patr}", sorted(f | {"given_patronymic"})
        if fmt == "g":
            return self.giv, sorted((f - {"eponym_like"}) | {"given_only"})
        if fmt == "s":
            return self.sur, sorted(f | {"surname_only"})
        if fmt == "lat":
            return f"{latin(self.sur)} {latin(self.giv)}", sorted(f | {"surname_given", "latin"})
        if fmt in ("si_dat", "si_gen"):
            return f"{self.ru_case(fmt[3:])} {self.ini()}", sorted(f | {"surname_initials", "case_form"})
        if fmt == "g_kdat":
            return kk_dat(self.giv), sorted((f - {"eponym_like"}) | {"given_only", "case_form"})
        if fmt == "g_kgen":
            return kk_gen(self.giv), sorted((f - {"eponym_like"}) | {"given_only", "case_form"})
        if fmt == "is_kdat":
            return f"{self.ini()} {kk_dat(self.sur)}", sorted(f | {"initials_surname", "case_form"})
        if fmt == "full_kgen":
            last = self.patr.split()[-1]
            pre = " ".join(self.patr.split()[:-1])
            p = (pre + " " if pre else "") + kk_gen(last)
            return f"{self.sur} {self.giv} {p}", sorted(f | {"full", "case_form"})
        raise KeyError(fmt)


# ---------------------------------------------------------------- IIN

def iin_check(d11):
    w1 = list(range(1, 12))
    s = sum(int(a) * b for a, b in zip(d11, w1)) % 11
    if s == 10:
        w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
        s = sum(int(a) * b for a, b in zip(d11, w2)) % 11
        if s == 10:
            return None
    return s


def iin_valid(x):
    x = re.sub(r"\D", "", x)
    if len(x) != 12:
        return False
    c = iin_check(x[:11])
    return c is not None and c == int(x[11])


def make_iin(rng, year=None, g=None):
    while True:
        y = year or rng.randint(1935, 2006)
        g = g or rng.choice("mf")
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        c = (3 if g == "m" else 4) if y < 2000 else (5 if g == "m" else 6)
        d11 = f"{y % 100:02d}{m:02d}{d:02d}{c}{rng.randint(0, 9999):04d}"
        ch = iin_check(d11)
        if ch is not None:
            return d11 + str(ch)


def make_invalid12(rng):
    while True:
        y, m, d = rng.randint(40, 99), rng.randint(1, 12), rng.randint(1, 28)
        d11 = f"{y:02d}{m:02d}{d:02d}{rng.randint(3, 6)}{rng.randint(0, 9999):04d}"
        ch = iin_check(d11)
        bad = rng.randint(0, 9)
        if ch is None or bad != ch:
            x = d11 + str(bad)
            assert not iin_valid(x)
            return x


def make_bin(rng):
    while True:
        d11 = f"{rng.randint(0, 24):02d}{rng.randint(1, 12):02d}{rng.choice('456')}{rng.randint(0, 9)}{rng.randint(0, 99999):05d}"
        ch = iin_check(d11)
        if ch is not None:
            return d11 + str(ch)


# ---------------------------------------------------------------- dates
RU_MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
          "ноября", "декабря"]
RU_MON_NOM = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
              "ноябрь", "декабрь"]
KK_MON = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
          "қараша", "желтоқсан"]
ROM = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def add_days(y, m, d, k):
    d += k
    while d > MDAYS[m - 1]:
        d -= MDAYS[m - 1]
        m += 1
        if m > 12:
            m, y = 1, y + 1
    return y, m, d


def kk_loc(w):
    last = w[-1].lower()
    b = _harm_back(w)
    if last in VOICELESS:
        return w + ("та" if b else "те")
    return w + ("да" if b else "де")


def fmt_date(y, m, d, f):
    if f == "num":
        return f"{d:02d}.{m:02d}.{y}", ["numeric"]
    if f == "slash":
        return f"{d:02d}/{m:02d}/{y}", ["numeric"]
    if f == "2y":
        return f"{d:02d}.{m:02d}.{y % 100:02d}", ["numeric", "two_digit_year"]
    if f == "iso":
        return f"{y}-{m:02d}-{d:02d}", ["iso"]
    if f == "rom":
        return f"{d}.{ROM[m - 1]}.{y}", ["roman"]
    if f == "ru":
        return f"{d} {RU_MON[m - 1]} {y}", ["words_ru"]
    if f == "noy":
        return f"{d:02d}.{m:02d}", ["numeric", "no_year"]
    if f == "ruy":
        return f"{d} {RU_MON[m - 1]}", ["words_ru", "no_year"]
    if f == "my":
        return f"{RU_MON_NOM[m - 1]} {y}", ["words_ru", "month_year"]
    if f == "kk":
        return f"{y} жылғы {d} {KK_MON[m - 1]}", ["words_kk"]
    if f == "kkda":
        return f"{y} жылғы {d} {kk_loc(KK_MON[m - 1])}", ["words_kk", "case_form"]
    if f == "kkabbr":
        return f"{y} ж. {d} {KK_MON[m - 1]}", ["words_kk"]
    raise KeyError(f)


def ru_years(n):
    if n % 10 == 1 and n % 100 != 11:
        return "год"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return "года"
    return "лет"


def ru_years_gen(n):
    # after "в возрасте": genitive
    if n % 10 == 1 and n % 100 != 11:
        return "года"
    return "лет"


# ---------------------------------------------------------------- phones
def local_phone(rng, n=None):
    n = n or rng.choice([5, 6, 6, 7])
    d = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
    if n == 5:
        g = rng.choice(["1-2-2", "2-3", "3-2", "c", "s122"])
        s = {"1-2-2": f"{d[0]}-{d[1:3]}-{d[3:]}", "2-3": f"{d[:2]}-{d[2:]}", "3-2": f"{d[:3]}-{d[3:]}",
             "c": d, "s122": f"{d[0]} {d[1:3]} {d[3:]}"}[g]
    elif n == 6:
        g = rng.choice(["2-2-2", "3-3", "s222", "c", "2-2-2", "dot"])
        s = {"2-2-2": f"{d[:2]}-{d[2:4]}-{d[4:]}", "3-3": f"{d[:3]}-{d[3:]}", "s222": f"{d[:2]} {d[2:4]} {d[4:]}",
             "c": d, "3-2-1": f"{d[:3]}-{d[3:5]}-{d[5:]}", "dot": f"{d[:2]}.{d[2:4]}.{d[4:]}"}[g]
    else:
        g = rng.choice(["3-2-2", "s322", "c", "3-4", "dot"])
        s = {"3-2-2": f"{d[:3]}-{d[3:5]}-{d[5:]}", "s322": f"{d[:3]} {d[3:5]} {d[5:]}", "c": d,
             "3-4": f"{d[:3]}-{d[3:]}", "dot": f"{d[:3]}.{d[3:5]}.{d[5:]}"}[g]
    forms = ["local", f"{n}_digit"]
    if g == "c":
        forms.append("compact")
    elif g.startswith("s"):
        forms.append("spaced")
    elif g == "dot":
        forms.append("dotted")
    else:
        forms.append("dashed")
    return s, forms


def ocr_phone(rng):
    s, f = local_phone(rng, 6)
    s = s.replace("1", "l", 1) if "1" in s else s.replace("0", "О", 1) if "0" in s else s.replace("6", "б", 1)
    if re.fullmatch(r"[\d\-\s.]+", s):
        s = s[:2] + " " + s[2:]
    return s, f + ["ocr_noise"]


def mobile(rng, kind):
    op = rng.choice(["701", "702", "705", "707", "747", "771", "775", "777", "778"])
    a, b, c = rng.randint(100, 999), rng.randint(10, 99), rng.randint(10, 99)
    if kind == "plus7":
        return rng.choice([f"+7 {op} {a} {b} {c}", f"+7({op}){a}-{b}-{c}", f"+7{op}{a}{b}{c}"]), ["plus7"]
    if kind == "eight":
        return rng.choice([f"8 {op} {a} {b} {c}", f"8-{op}-{a}-{b}-{c}", f"8{op}{a}{b}{c}"]), ["eight"]
    if kind == "land":
        code = rng.choice(["7172", "727", "7212", "7232", "7252", "7182", "7222", "7292"])
        n = 7 - len(code) + 3
        num = "".join(str(rng.randint(0, 9)) for _ in range(n))
        num = str(rng.randint(2, 5)) + num[1:]
        grp = f"{num[:-4]}-{num[-4:-2]}-{num[-2:]}"
        return rng.choice([f"8 ({code}) {grp}", f"8({code}){grp}", f"+7 {code} {grp}"]), ["landline"]
    raise KeyError(kind)


# ---------------------------------------------------------------- record ids
def call_no(rng):
    n = rng.randint(1, 9999)
    v = rng.choice(["plain", "pad", "slash", "year", "sub", "pref"])
    s = {"plain": str(rng.randint(100, 99999)), "pad": f"{n:05d}", "slash": f"{rng.randint(1, 12):02d}{rng.randint(1,31):02d}/{rng.randint(1, 999)}",
         "year": f"{rng.choice(['24', '2024', '25'])}-{rng.randint(1, 999999):06d}", "sub": f"{rng.randint(1, 12)}/{n}",
         "pref": f"{rng.choice(['СМП', 'К', 'В'])}-{rng.randint(1000, 99999)}"}[v]
    f = ["ambulance_call"]
    if v == "pref":
        f.append("letter_prefix")
    if v in ("slash", "sub"):
        f.append("slash")
    if v == "year":
        f.append("dashed")
    return s, f


def brigade_no(rng):
    v = rng.choice(["n", "n", "nl", "pad"])
    n = rng.randint(1, 48)
    s = {"n": str(n), "nl": f"{n}{rng.choice(['Ф', 'П', 'Р', 'К'])}", "pad": f"{n:03d}"}[v]
    f = ["ambulance_call", "brigade"]
    if v == "nl":
        f.append("letter_suffix")
    return s, f


def disp_no(rng):
    v = rng.choice(["n", "code", "pref"])
    s = {"n": str(rng.randint(1, 60)), "code": f"{rng.randint(1, 99):02d}{rng.randint(10, 99)}", "pref": f"Д-{rng.randint(1, 99)}"}[v]
    f = ["ambulance_call", "dispatcher"]
    if v == "pref":
        f.append("letter_prefix")
    return s, f


def rec_no(rng, kind):
    if kind == "hospitalisation":
        s = rng.choice([f"{rng.randint(100, 9999)}/{rng.choice(['24', '25'])}", f"{rng.randint(10000, 99999)}",
                        f"ИБ-{rng.randint(1000, 9999)}", f"{rng.randint(1000, 9999)}-С"])
    elif kind == "outpatient_card":
        s = rng.choice([f"{rng.randint(1000, 99999)}", f"А-{rng.randint(100, 9999)}", f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"])
    elif kind == "lab":
        s = f"{rng.randint(100000, 999999)}"
    elif kind == "xray":
        s = f"R{rng.randint(1000, 99999)}"
    else:
        s = f"{rng.randint(1, 999)}"
    return s, [kind]


# ---------------------------------------------------------------- doc ids
def sick_leave(rng, v=None):
    v = v or rng.choice(["plain", "series", "spaced", "eln", "slash", "dash", "elnsp", "pad"])
    if v == "plain":
        return f"{rng.randint(1000000, 9999999)}", ["sick_leave"]
    if v == "pad":
        return f"00{rng.randint(100000, 999999)}", ["sick_leave"]
    if v == "series":
        ser = rng.choice(["ВН", "АБ", "ЛН", "ВК"])
        return f"{ser} {rng.randint(100000, 999999)}", ["sick_leave", "series"]
    if v == "spaced":
        d = f"{rng.randint(10000000, 99999999)}"
        return f"{d[:3]} {d[3:6]} {d[6:]}", ["sick_leave", "spaced"]
    if v == "slash":
        return f"{rng.randint(1, 99):02d}/{rng.randint(10000, 99999)}", ["sick_leave", "slash"]
    if v == "dash":
        return f"{rng.randint(2024, 2025)}-{rng.randint(1, 999999):06d}", ["sick_leave", "dashed"]
    if v == "eln":
        while True:
            x = "9" + "".join(str(rng.randint(0, 9)) for _ in range(11))
            if not iin_valid(x):
                return x, ["sick_leave", "electronic"]
    if v == "elnsp":
        x = "9" + "".join(str(rng.randint(0, 9)) for _ in range(11))
        return f"{x[:4]} {x[4:8]} {x[8:]}", ["sick_leave", "electronic", "spaced"]
    if v == "ocr":
        d = f"{rng.randint(1000000, 9999999)}"
        i = rng.randint(1, 5)
        ch = {"0": "О", "3": "З", "1": "l", "6": "б", "8": "В"}.get(d[i], " " + d[i])
        return d[:i] + ch + d[i + 1:], ["sick_leave", "ocr_noise"]
    if v == "elnpref":
        return f"ЭЛН-{rng.randint(100000000, 999999999)}", ["sick_leave", "electronic", "letter_prefix"]
    raise KeyError(v)


# ---------------------------------------------------------------- addresses
CITIES = [("Алматы", "Алматы"), ("Астана", "Астаны"), ("Караганда", "Караганды"), ("Шымкент", "Шымкента"),
          ("Павлодар", "Павлодара"), ("Усть-Каменогорск", "Усть-Каменогорска"), ("Тараз", "Тараза"),
          ("Семей", "Семея"), ("Костанай", "Костаная"), ("Кокшетау", "Кокшетау")]
CITIES_KK = ["Алматы", "Астана", "Қарағанды", "Шымкент", "Павлодар", "Өскемен", "Тараз", "Семей", "Қостанай",
             "Көкшетау", "Қызылорда", "Түркістан"]
STREETS = ["Абая", "Толе би", "Сейфуллина", "Республики", "Байтурсынова", "Жамбыла", "Гоголя", "Ленина",
           "Момышулы", "Кабанбай батыра", "Желтоксан", "Сатпаева"]
STREETS_KK = ["Абай", "Төле би", "Сейфуллин", "Бұқар жырау", "Байтұрсынұлы", "Жамбыл", "Қабанбай батыр",
              "Сәтбаев", "Момышұлы"]
VILLAGES = [("Шамалган", "Шамалгана"), ("Каскелен", "Каскелена"), ("Талгар", "Талгара"), ("Иссык", "Иссыка"),
            ("Бесагаш", "Бесагаша"), ("Отеген батыр", "Отеген батыра"), ("Жетыген", "Жетыгена"),
            ("Кордай", "Кордая"), ("Шелек", "Шелека")]
VILLAGES_KK = ["Қаскелең", "Талғар", "Есік", "Шамалған", "Шелек", "Қордай", "Жаркент", "Ұзынағаш", "Көктал"]
DISTRICTS = ["Алмалинский район", "Медеуский район", "Бостандыкский район", "Ауэзовский район",
             "Карасайский район", "Илийский район", "Енбекшиказахский район"]
DISTRICTS_KK = ["Алмалы ауданы", "Медеу ауданы", "Бостандық ауданы", "Әуезов ауданы", "Қарасай ауданы",
                "Іле ауданы", "Еңбекшіқазақ ауданы"]
MKR = ["Самал-2", "Аксай-4", "Орбита-1", "Мамыр-3", "Жетысу-2", "Таугуль", "Шугыла", "Нурсат", "Юго-Восток"]
WORK_RU = ["ТОО «Береке-Агро»", "АО «Казахтелеком»", "КГП «Горводоканал»", "ТОО «Алтын Дала Строй»",
           "КГУ «Средняя школа № 25»", "ИП «Жанар»", "АО «Қазпошта»", "ТОО «КазМунайСервис»"]
SCHOOL_RU = ["Медицинского колледжа «Авиценна»", "Университета «Туран»", "ГККП «Колледж сервиса»",
             "КГУ «Гимназия № 159»", "Аграрного колледжа г. Талгар"]
SCHOOL_KK = ["№ 12 орта мектептің", "«Болашақ» колледжінің", "№ 7 мектеп-гимназияның", "«Тұран» университетінің"]
WORK_KK = ["«Қазпошта» АҚ", "«Береке» ЖШС", "№ 12 орта мектеп", "«Ақбота» балабақшасы", "«Теміржол» ЖШС"]
