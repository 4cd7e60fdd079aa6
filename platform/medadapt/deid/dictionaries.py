"""Dictionaries that say a word is ordinary, or a name: pymorphy3 (OpenCorpora) and hunspell-kk.

Why dictionaries and not hand-grown lists: recall-first detection treats every word nobody
knows as a possible name, so the quality of "known to be safe" decides precision. OpenCorpora
tags names, surnames, patronymics and places (Name/Surn/Patr/Geox) in every case form;
Kazakh Hunspell (Debian `hunspell-kk`) knows Kazakh stems and the endings that go on them.
Both are loaded once per process; every answer is cached per word.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

KK_DIC = Path("/usr/share/hunspell/kk_KZ.dic")
KK_AFF = Path("/usr/share/hunspell/kk_KZ.aff")
NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
_LAT = [("shch", "щ"), ("sch", "ш"), ("kh", "х"), ("zh", "ж"), ("sh", "ш"), ("ch", "ч"),
        ("ts", "ц"), ("yu", "ю"), ("ya", "я"), ("yo", "ё"), ("ye", "е"), ("iy", "ий"), ("yi", "ый"),
        ("ü", "ю"), ("ö", "ё"), ("ä", "э"), ("ß", "сс"), ("w", "в"), ("ck", "к"), ("ei", "ай"),
        ("eu", "ой"), ("oy", "ой"), ("ay", "ай"), ("ey", "ей"), ("uy", "уй"), ("j", "й"),
        ("q", "к"), ("x", "кс")]
_LAT1 = str.maketrans("abcdefghiklmnoprstuvyz", "абцдефгхиклмнопрстувыз")
# Cyrillic -> Latin as Kazakhstan and Russian passports print names (ICAO Doc 9303, with the
# Kazakh letters on their nearest Latin letter), so a surrogate for `ZHUMABEKOV YERLAN` is
# written in Latin too.
_TO_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia", "ә": "a",
    "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i"})
# pymorphy3's extra cases fold onto the six a surrogate first name is inflected in.
_CASE = {"gen2": "gent", "acc2": "accs", "loc2": "loct", "voct": "nomn"}


@lru_cache(maxsize=1)
def morph():  # pymorphy3.MorphAnalyzer; None when the package is missing (degrade, not fail)
    try:
        import pymorphy3
    except ImportError:
        return None
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=200_000)
def ru_tags(word: str) -> tuple[bool, frozenset[str]]:
    """(known to OpenCorpora, name-like grammemes over all parses: Name Surn Patr Geox Abbr)."""
    m = morph()
    if m is None or not m.word_is_known(word):
        return False, frozenset()
    tags: set[str] = set()
    ordinary = False
    for p in m.parse(word):
        gram = set(p.tag.grammemes)
        hit = gram & (NAME_TAGS | {"Geox", "Abbr", "Orgn"})
        tags |= hit
        # a possessive adjective (`петров` = Peter's) is made from a name: no ordinary word
        ordinary |= not hit and "Poss" not in gram and p.score > 0.05
    if ordinary:
        tags.add("ORD")
    return True, frozenset(tags)


_FUNCTION_POS = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND", "PREP", "CONJ", "PRCL",
                           "ADVB", "NPRO", "PRED"})


@lru_cache(maxsize=50_000)
def function_word(word: str) -> bool:
    """OpenCorpora's likeliest reading of `word` is a verb, preposition, pronoun or other
    function word (`Поступил`, `Из`, `Он`): never part of a place's name."""
    m = morph()
    if m is None or not m.word_is_known(word.lower()):
        return False
    return m.parse(word.lower())[0].tag.POS in _FUNCTION_POS


@lru_cache(maxsize=50_000)
def reads_as_field_value(word: str) -> bool:
    """The word reads as what a `сдала:` field holds other than a surname: a function word, a
    neuter short adjective (`неразборчиво`) or a noun in an oblique case (`смену`), with no
    surname or first-name reading. Unknown words and nominatives (`шина`, `классен`) pass."""
    m = morph()
    if m is None or not m.word_is_known(word.lower()):
        return False
    parses = m.parse(word.lower())
    if any(p.tag.grammemes & NAME_TAGS for p in parses):
        return False
    tag = parses[0].tag
    return (tag.POS in _FUNCTION_POS or (tag.POS == "ADJS" and "neut" in tag.grammemes)
            or (tag.POS in ("NOUN", "ADJF") and tag.case not in (None, "nomn")))


@lru_cache(maxsize=50_000)
def nominative_noun(word: str) -> bool:
    """OpenCorpora's likeliest reading is a noun in the nominative (`Коваль`, `Гусь`)."""
    m = morph()
    if m is None:
        return False
    tag = m.parse(word.lower())[0].tag
    return tag.POS == "NOUN" and tag.case == "nomn"


class _Hunspell:
    """A minimal reader of a Hunspell .dic/.aff pair: stems, and suffix strings from SFX rules."""

    def __init__(self, dic: Path, aff: Path) -> None:
        self.stems: set[str] = set()
        self.suffixes: set[str] = set()
        if not (dic.is_file() and aff.is_file()):
            return
        for line in dic.read_text(encoding="utf-8", errors="ignore").splitlines()[1:]:
            stem = line.split("/", 1)[0].strip().lower()
            if stem:
                self.stems.add(stem)
        for line in aff.read_text(encoding="utf-8", errors="ignore").splitlines():
            parts = line.split()
            if len(parts) >= 4 and parts[0] == "SFX" and parts[3] != "0":
                self.suffixes.add(parts[3].split("/", 1)[0].lower())
        self.max_suffix = max((len(s) for s in self.suffixes), default=0)

    def known(self, word: str) -> bool:
        """The word, or a stem of >= 3 letters plus up to three known endings."""
        return bool(self.stems) and _split(word, self.stems, self.suffixes, self.max_suffix, 3)


def _split(word: str, stems: set[str], sufs: set[str], longest: int, depth: int) -> bool:
    if word in stems:
        return True
    if depth == 0:
        return False
    for k in range(1, min(longest, len(word) - 3) + 1):
        if word[-k:] in sufs and _split(word[:-k], stems, sufs, longest, depth - 1):
            return True
    return False


@lru_cache(maxsize=1)
def kazakh() -> _Hunspell:
    return _Hunspell(KK_DIC, KK_AFF)


@lru_cache(maxsize=200_000)
def kk_known(word: str) -> bool:
    """Known Kazakh word (any case form), per hunspell-kk; False when it is not installed."""
    return kazakh().known(word)


@lru_cache(maxsize=50_000)
def latin_to_cyrillic(word: str) -> str:
    """Passport-style transliteration back to Cyrillic: ZHUMABEKOV -> жумабеков."""
    out = word.lower()
    for a, b in _LAT:
        out = out.replace(a, b)
    return out.translate(_LAT1)


def cyrillic_to_latin(word: str) -> str:
    """Passport-style Latin for a Cyrillic word (`Сарсенбаев` -> `Sarsenbaev`), case kept."""
    out = word.lower().translate(_TO_LATIN)
    if word.isupper():
        return out.upper()
    return out[:1].upper() + out[1:] if word[:1].isupper() else out


@lru_cache(maxsize=50_000)
def ru_first_name(word: str) -> tuple[str, str, str] | None:
    """(lemma, gender m/f, case) when OpenCorpora reads `word` as a first name (Name tag) and
    never as a surname: `Ганне` -> (ганна, f, datv). Lets a name our lexicon lacks still get a
    first-name surrogate of the right gender and case."""
    m = morph()
    if m is None:
        return None
    parses = m.parse(word.lower())
    if any("Surn" in p.tag.grammemes for p in parses):
        return None
    for p in parses:
        gram = p.tag.grammemes
        if "Name" in gram and ("masc" in gram or "femn" in gram):
            case = _CASE.get(p.tag.case, p.tag.case or "nomn")
            return p.normal_form, "f" if "femn" in gram else "m", case
    return None


# Passport (ICAO) Latin drops the soft sign, writes й as I and я, ю as IA, IU: DARYA is Дарья,
# OLGA Ольга, ASEL Асель, AIGERIM Айгерим, SERGEI Сергей, IULIIA Юлия. Each rule gives one
# more reading to look up.
_SOFT_IOTA = re.compile(r"(?<=[бвгдзклмнпрстфхцчшщ])(?=[яю])")
_SHORT_I = re.compile(r"(?<=[аеоуыэяю])и(?=[^аеиоуыэюя]|$)")
_SOFT_L = re.compile(r"л(?=[бвгдзкмнпстфхцчшщ])")
_SOFT_END = re.compile(r"(?<=[лнрт])$")


@lru_cache(maxsize=50_000)
def latin_readings(word: str) -> tuple[str, ...]:
    """The Cyrillic readings of a passport spelling, the plain one first: an initial E is Е
    (ERLAN) or Э (EMMA); a soft sign or a й the Latin lost may be put back."""
    first = latin_to_cyrillic(word)
    out = [first, "э" + first[1:]] if first[:1] == "е" else [first]
    low = word.lower()
    icao = low.replace("ei", "ey").replace("iu", "yu").replace("ia", "ya")  # SERGEI, TATIANA
    older = low.replace("ia", "iya")  # MARIA, VIKTORIA: ия
    for plain in dict.fromkeys((first, latin_to_cyrillic(icao), latin_to_cyrillic(older))):
        for base in dict.fromkeys((plain, _SHORT_I.sub("й", _SOFT_IOTA.sub("ь", plain)))):
            soft = _SOFT_L.sub("ль", base)
            out.extend((base, soft, _SOFT_END.sub("ь", soft)))
    return tuple(dict.fromkeys(out))


LATIN_RE = re.compile(r"^[A-Za-zÀ-ÿ'-]+$")
