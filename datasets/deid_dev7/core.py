# -*- coding: utf-8 -*-
"""Core machinery: span builder, checksum helpers, morphology helpers.
Standard library only. All randomness comes from random.Random(<string seed>)."""
import random


class V:
    """An identifier value to be placed in the text."""
    __slots__ = ("label", "text", "forms")

    def __init__(self, label, text, forms):
        self.label = label
        self.text = text
        self.forms = list(dict.fromkeys(forms))

    def __repr__(self):
        return "V(%s,%r,%r)" % (self.label, self.text, self.forms)


class C:
    """A clinical span: text that must survive de-identification."""
    __slots__ = ("text",)

    def __init__(self, text):
        self.text = text


class B:
    """Record builder. Offsets are recorded while the text is assembled."""

    def __init__(self, ocr_rng=None):
        self.chunks = []
        self.pos = 0
        self.ids = []
        self.cl = []
        self.ocr = ocr_rng  # None, or a Random used for OCR-ish spacing in plain text

    def _plain(self, s):
        if self.ocr is not None and s:
            r = self.ocr
            out = []
            for ch in s:
                if ch == "," and r.random() < 0.25:
                    out.append(" ,")
                elif ch == ":" and r.random() < 0.3:
                    out.append(" :")
                elif ch == " " and r.random() < 0.08:
                    out.append("  ")
                else:
                    out.append(ch)
            s = "".join(out)
        self.chunks.append(s)
        self.pos += len(s)

    def add(self, *parts):
        for p in parts:
            if p is None or p == "":
                continue
            if isinstance(p, str):
                self._plain(p)
            elif isinstance(p, V):
                s = p.text
                self.ids.append({"start": self.pos, "end": self.pos + len(s),
                                 "label": p.label, "forms": list(p.forms)})
                self.chunks.append(s)
                self.pos += len(s)
            elif isinstance(p, C):
                s = p.text
                self.cl.append({"start": self.pos, "end": self.pos + len(s)})
                self.chunks.append(s)
                self.pos += len(s)
            elif isinstance(p, (list, tuple)):
                self.add(*p)
            else:
                raise TypeError(repr(p))
        return self

    __call__ = add

    def text(self):
        return "".join(self.chunks)


# ---------------------------------------------------------------- checksums
W1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]


def kz_check(d11):
    """Check digit for an IIN/BIN (first 11 digits as str); None if impossible."""
    ds = [int(c) for c in d11]
    c = sum(a * b for a, b in zip(ds, W1)) % 11
    if c == 10:
        c = sum(a * b for a, b in zip(ds, W2)) % 11
        if c == 10:
            return None
    return c


def kz_valid(s):
    s = s.replace(" ", "").replace("-", "")
    if len(s) != 12 or not s.isdigit():
        return False
    c = kz_check(s[:11])
    return c is not None and c == int(s[11])


# ---------------------------------------------------------------- spelling
KK2RU = str.maketrans({"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у",
                       "һ": "х", "і": "и", "Ә": "А", "Ғ": "Г", "Қ": "К", "Ң": "Н", "Ө": "О",
                       "Ұ": "У", "Ү": "У", "Һ": "Х", "І": "И"})


def ru_spell(s):
    return s.translate(KK2RU)


TR = {"а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e",
      "ж": "zh", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n",
      "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u",
      "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
      "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya"}
VOWELS_ALL = set("аәеиоөуұүыіэюяё")


def translit(s):
    out = []
    low = s.lower()
    for i, ch in enumerate(low):
        up = s[i] != ch
        prev = low[i - 1] if i else ""
        nxt = low[i + 1] if i + 1 < len(low) else ""
        if ch not in TR:
            out.append(s[i])
            continue
        if ch == "е" and (i == 0 or not prev.isalpha() or prev in VOWELS_ALL):
            t = "ye"
        elif ch == "с" and prev in VOWELS_ALL and nxt in VOWELS_ALL and prev and nxt:
            t = "ss"
        elif ch == "й" and (not nxt.isalpha()):
            t = "y"
        else:
            t = TR[ch]
        if up and t:
            t = t[0].upper() + t[1:]
        out.append(t)
    return "".join(out)


# ---------------------------------------------------------------- Kazakh suffixes
BACK = set("аоұыяюё")
FRONT = set("әөүіеэ")
KV = set("аәеоөұүыіэюяё")  # vowels (и, у treated as consonant-like finals)
NASAL = set("мнң")
VOICED = set("рлйузжиў")
VOICELESS = set("пфкқтсшщчхцбвгдһ")


def _harm(w):
    for ch in reversed(w.lower()):
        if ch in BACK:
            return 0
        if ch in FRONT:
            return 1
    return 1


def _final(w):
    for ch in reversed(w.lower()):
        if ch in "ьъ.":
            continue
        if ch in KV:
            return "V"
        if ch in NASAL:
            return "N"
        if ch in VOICED:
            return "D"
        if ch in VOICELESS:
            return "T"
        return "D"
    return "V"


def kk_suf(w, case):
    """Attach a Kazakh case ending to word w."""
    h = _harm(w)
    f = _final(w)
    pick = lambda a, b: a if h == 0 else b
    if case == "dat":
        s = pick("қа", "ке") if f == "T" else pick("ға", "ге")
    elif case == "loc":
        s = pick("та", "те") if f == "T" else pick("да", "де")
    elif case == "abl":
        s = pick("тан", "тен") if f == "T" else (pick("нан", "нен") if f == "N" else pick("дан", "ден"))
    elif case == "gen":
        s = {"V": pick("ның", "нің"), "N": pick("ның", "нің"), "D": pick("дың", "дің"),
             "T": pick("тың", "тің")}[f]
    elif case == "acc":
        s = {"V": pick("ны", "ні"), "N": pick("ды", "ді"), "D": pick("ды", "ді"),
             "T": pick("ты", "ті")}[f]
    elif case == "ins":
        last = w.lower().rstrip("ьъ.")[-1:]
        if f == "T":
            s = "пен"
        elif last in "мнңзж":
            s = "бен"
        else:
            s = "мен"
    else:
        raise ValueError(case)
    return w + s


# ---------------------------------------------------------------- Russian declension
def ru_decl_surname(s, sex, case):
    if case == "nom":
        return s
    lo = s.lower()
    if sex == "m":
        if lo.endswith(("ов", "ев", "ёв", "ин", "ын")):
            return s + {"gen": "а", "dat": "у", "ins": "ым", "acc": "а", "prep": "е"}[case]
        if lo.endswith(("ский", "цкий")):
            return s[:-2] + {"gen": "ого", "dat": "ому", "ins": "им", "acc": "ого", "prep": "ом"}[case]
        if lo.endswith("ой") and len(s) <= 4:  # Цой
            return s[:-1] + {"gen": "я", "dat": "ю", "ins": "ем", "acc": "я", "prep": "е"}[case]
        if lo[-1] in "бвгджзклмнпрстфхцчшщ" and not lo.endswith(("ко", "ук", "юк")):
            ins = "ем" if lo[-1] in "жшчщц" else "ом"
            return s + {"gen": "а", "dat": "у", "ins": ins, "acc": "а", "prep": "е"}[case]
        return s
    else:
        if lo.endswith(("ова", "ева", "ёва", "ина", "ына")):
            return s[:-1] + {"gen": "ой", "dat": "ой", "ins": "ой", "acc": "у", "prep": "ой"}[case]
        if lo.endswith(("ская", "цкая")):
            return s[:-2] + {"gen": "ой", "dat": "ой", "ins": "ой", "acc": "ую", "prep": "ой"}[case]
        return s


def ru_decl_given(s, sex, case):
    if case == "nom":
        return s
    lo = s.lower()
    if sex == "m":
        if lo.endswith("й"):
            return s[:-1] + {"gen": "я", "dat": "ю", "ins": "ем", "acc": "я", "prep": "е"}[case]
        if lo.endswith("ь"):
            return s[:-1] + {"gen": "я", "dat": "ю", "ins": "ем", "acc": "я", "prep": "е"}[case]
        if lo.endswith("а"):
            g = "и" if lo[-2:-1] in "гкхжшчщ" else "ы"
            return s[:-1] + {"gen": g, "dat": "е", "ins": "ой", "acc": "у", "prep": "е"}[case]
        if lo[-1] in "бвгджзклмнпрстфхцчшщ":
            ins = "ем" if lo[-1] in "жшчщц" else "ом"
            return s + {"gen": "а", "dat": "у", "ins": ins, "acc": "а", "prep": "е"}[case]
        return s
    else:
        if lo.endswith("ия"):
            return s[:-1] + {"gen": "и", "dat": "и", "ins": "ей", "acc": "ю", "prep": "и"}[case]
        if lo.endswith("я"):
            return s[:-1] + {"gen": "и", "dat": "е", "ins": "ей", "acc": "ю", "prep": "е"}[case]
        if lo.endswith("а"):
            g = "и" if lo[-2:-1] in "гкхжшчщ" else "ы"
            return s[:-1] + {"gen": g, "dat": "е", "ins": "ой", "acc": "у", "prep": "е"}[case]
        if lo.endswith("ь"):
            return s[:-1] + {"gen": "и", "dat": "и", "ins": "ью", "acc": "ь", "prep": "и"}[case]
        return s


def ru_decl_patr(s, sex, case):
    if case == "nom" or " " in s:
        return s
    lo = s.lower()
    if lo.endswith("ич"):
        return s + {"gen": "а", "dat": "у", "ins": "ем", "acc": "а", "prep": "е"}[case]
    if lo.endswith("на"):
        return s[:-1] + {"gen": "ы", "dat": "е", "ins": "ой", "acc": "у", "prep": "е"}[case]
    return s


def mkrng(seed):
    return random.Random(str(seed))
