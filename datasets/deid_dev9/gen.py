# -*- coding: utf-8 -*-
"""Helpers for deid_dev9: record builder, persons, identifiers. Standard library only."""
import datetime as dt

LABELS = {"NAME", "IIN", "PHONE", "EMAIL", "DATE", "AGE", "ADDRESS", "RECORD_ID", "DOC_ID"}

# ---------------------------------------------------------------- checksums
W1 = list(range(1, 12))
W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]


def kz_check(d11):
    s = sum(int(d) * w for d, w in zip(d11, W1)) % 11
    if s == 10:
        s = sum(int(d) * w for d, w in zip(d11, W2)) % 11
        if s == 10:
            return None
    return s


def checksum_ok(s):
    if len(s) != 12 or not s.isdigit():
        return False
    c = kz_check(s[:11])
    return c is not None and c == int(s[11])


def iin_valid(s):
    if not checksum_ok(s):
        return False
    c7 = s[6]
    if c7 not in "3456":
        return False
    cent = 1900 if c7 in "34" else 2000
    try:
        dt.date(cent + int(s[:2]), int(s[2:4]), int(s[4:6]))
    except ValueError:
        return False
    return True


def make_iin(rng, birth, gender):
    d7 = {19: "34", 20: "56"}[birth.year // 100][0 if gender == "m" else 1]
    while True:
        d11 = "%02d%02d%02d%s%04d" % (birth.year % 100, birth.month, birth.day, d7, rng.randint(0, 9999))
        c = kz_check(d11)
        if c is not None:
            return d11 + str(c)


def make_bad12(rng):
    while True:
        y = rng.randint(1940, 2023)
        d = dt.date(y, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
        d11 = "%02d%02d%02d%s%04d" % (y % 100, d.month, d.day, rng.choice("3456"), rng.randint(0, 9999))
        c = kz_check(d11)
        digs = [x for x in "0123456789" if c is None or int(x) != c]
        s = d11 + rng.choice(digs)
        if not checksum_ok(s):
            return s


def make_bin(rng):
    while True:
        d11 = "%02d%02d%s%s%05d" % (rng.choice(list(range(95, 100)) + list(range(0, 23))), rng.randint(1, 12),
                                   rng.choice("44445"), rng.choice("0001"), rng.randint(0, 99999))
        c = kz_check(d11)
        if c is not None:
            return d11 + str(c)


# ---------------------------------------------------------------- Kazakh case endings
VOW = set("аәеиоөұүыіэюяё")
NASAL = set("мнң")
SON = set("лрйузж")
BACKV = set("аоұыяёу")
FRONTV = set("әөүіеэию")


def _front(word):
    for ch in reversed(word.lower()):
        if ch in "аоұыяё":
            return False
        if ch in "әөүіеэи":
            return True
    return False


def _cls(word):
    w = word.lower().rstrip("ь")
    ch = w[-1]
    if ch == "у" and len(w) > 1 and w[-2] in VOW:
        return "son"
    if ch in VOW or ch == "у":
        return "vow"
    if ch in NASAL:
        return "nas"
    if ch in SON:
        return "son"
    return "vl"


POSS_ENDS = ("ұлы", "улы", "қызы", "кызы", "ауданы", "гимназиясы", "мектебі", "бақшасы",
             "колледжі", "басқармасы", "бөлімі", "орталығы", "мектеп-лицейі", "лицейі")


def kk_case(word, case, poss=None):
    """Attach a Kazakh case ending to the last word of `word`."""
    f = _front(word)
    if poss is None:
        poss = word.lower().endswith(POSS_ENDS)
    if poss:
        suf = {"dat": ("на", "не"), "gen": ("ның", "нің"), "acc": ("н", "н"), "loc": ("нда", "нде"),
               "abl": ("нан", "нен")}[case]
        return word + suf[1 if f else 0]
    c = _cls(word)
    tab = {
        "dat": {"vow": "ға", "nas": "ға", "son": "ға", "vl": "қа"},
        "gen": {"vow": "ның", "nas": "ның", "son": "дың", "vl": "тың"},
        "acc": {"vow": "ны", "nas": "ды", "son": "ды", "vl": "ты"},
        "loc": {"vow": "да", "nas": "да", "son": "да", "vl": "та"},
        "abl": {"vow": "дан", "nas": "нан", "son": "дан", "vl": "тан"},
    }
    s = tab[case][c]
    if f:
        s = {"ға": "ге", "қа": "ке", "ның": "нің", "дың": "дің", "тың": "тің", "ны": "ні", "ды": "ді",
             "ты": "ті", "да": "де", "та": "те", "дан": "ден", "нан": "нен", "тан": "тен"}[s]
    return word + s


# ---------------------------------------------------------------- Russian declension of names
HUSH = set("жшчщц")
VELAR = set("гкхжшчщ")


def ru_decl(word, case, gender, kind):
    if case is None or case == "nom":
        return word
    w = word
    lw = w.lower()
    if kind == "pat":
        if lw.endswith(("улы", "кызы", "ұлы", "қызы", "оглы", "угли", "qizi", "ugli")):
            return w
        if lw.endswith("ич"):
            return w + {"gen": "а", "dat": "у", "acc": "а", "ins": "ем"}[case]
        if lw.endswith("на"):
            return w[:-1] + {"gen": "ы", "dat": "е", "acc": "у", "ins": "ой"}[case]
        return w
    if kind == "sur":
        if gender == "m":
            if lw.endswith(("ов", "ев", "ёв", "ин", "ын")):
                return w + {"gen": "а", "dat": "у", "acc": "а", "ins": "ым"}[case]
            if lw.endswith(("ко", "о", "е", "и", "у", "ы", "а", "я", "ұлы", "улы")):
                return w
            if lw.endswith("ь"):
                return w[:-1] + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем"}[case]
            if lw.endswith("й"):
                return w
            return w + {"gen": "а", "dat": "у", "acc": "а", "ins": ("ем" if lw[-1] in HUSH else "ом")}[case]
        else:
            if lw.endswith(("ова", "ева", "ёва", "ина", "ына")):
                return w[:-1] + {"gen": "ой", "dat": "ой", "acc": "у", "ins": "ой"}[case]
            return w
    # given
    if gender == "m":
        if lw[-1] == "й":
            return w[:-1] + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем"}[case]
        if lw[-1] == "ь":
            return w[:-1] + {"gen": "я", "dat": "ю", "acc": "я", "ins": "ем"}[case]
        if lw[-1] in "аеёиоуыэюяәөүұі":
            return w
        return w + {"gen": "а", "dat": "у", "acc": "а", "ins": ("ем" if lw[-1] in HUSH else "ом")}[case]
    if lw.endswith("ия"):
        return w[:-1] + {"gen": "и", "dat": "и", "acc": "ю", "ins": "ей"}[case]
    if lw.endswith("я"):
        return w[:-1] + {"gen": "и", "dat": "е", "acc": "ю", "ins": "ей"}[case]
    if lw.endswith("а"):
        pre = lw[-2] if len(lw) > 1 else ""
        g = "и" if pre in VELAR else "ы"
        ins = "ей" if pre in HUSH else "ой"
        return w[:-1] + {"gen": g, "dat": "е", "acc": "у", "ins": ins}[case]
    return w


# ---------------------------------------------------------------- transliteration
TR = {"а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
      "з": "z", "и": "i", "й": "y", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o",
      "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "kh",
      "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e",
      "ю": "yu", "я": "ya"}


def translit(s):
    out = []
    for ch in s:
        lo = ch.lower()
        if lo in TR:
            t = TR[lo]
            if ch != lo and t:
                t = t[0].upper() + t[1:]
            out.append(t)
        else:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------- record builder
class Rec:
    def __init__(self, rng, lang, ocr=False, want12=False):
        self.rng = rng
        self.lang = lang
        self.ocr = ocr
        self.want12 = want12
        self.used12 = 0
        self.parts = []
        self.pos = 0
        self.ids = []
        self.cls = []

    # plain text
    def t(self, s):
        if s.startswith(".") and self.parts and self.parts[-1].endswith("."):
            s = s[1:]
        if self.ocr:
            s = self._noise(s)
        self.parts.append(s)
        self.pos += len(s)
        return self

    def _noise(self, s):
        out = []
        n = len(s)
        for i, ch in enumerate(s):
            nxt = s[i + 1] if i + 1 < n else " "
            if ch == " " and self.rng.random() < 0.07:
                out.append("  ")
            elif ch in ",:" and nxt == " " and self.rng.random() < 0.3:
                out.append(" " + ch)
            else:
                out.append(ch)
        return "".join(out)

    def span(self, s, label, forms):
        assert label in LABELS
        assert s and s == s.strip(" "), repr(s)
        st = self.pos
        self.parts.append(s)
        self.pos += len(s)
        self.ids.append({"start": st, "end": self.pos, "label": label, "forms": sorted(set(forms))})
        return self

    def c(self, s):
        st = self.pos
        self.parts.append(s)
        self.pos += len(s)
        self.cls.append({"start": st, "end": self.pos})
        return self

    def text(self):
        return "".join(self.parts)

    def cur_line(self):
        s = self.text()
        return s[s.rfind("\n") + 1:]
