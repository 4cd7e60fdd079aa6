"""Surrogate names that keep gender, script, case, initials and capitalisation.

Each part of a name is replaced on its own key, so every way a record writes one person maps
to one surrogate identity: the surname by its stem (Жумабеков/Жумабекова/Жұмабековым ->
`жумабек`), the first name by its lemma, the patronymic by the father's name, and initials by
a keyed per-patient letter map that the surrogate first name and patronymic also start with.
`Жумабеков Ерлан Серикович`, `Жумабекова Ерлана` and `Жумабеков Е.С.` therefore become
`Сарсенбаев Марат Асхатович`, `Сарсенбаева Марата` and `Сарсенбаев М.А.`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .dictionaries import LATIN_RE, cyrillic_to_latin, latin_readings, ru_first_name
from .keys import Keyed
from .lexicon import FirstName, first_name_forms, fold, has_kazakh_letters
from .name_pools import FEMALE, IMAGE_LETTERS, KOREAN, MALE, SURNAMES
from .names import NamePart, NameSpan, name_key_stem

_FEM_SURN_RE = re.compile(r"(ова|ева|ина|ына|ская|цкая|ой)$")
_CASED_SURN_RE = re.compile(r"(ов|ев|ин|ын)\w{0,2}$")
_PATR_END_RE = re.compile(r"(ович|евич|ьич|овн|евн|ичн|улы|кызы)\w{0,2}$")
_PATR_F_RE = re.compile(r"(?:овн|евн|ичн)(?:а|ы|е|у|ой)$|кызы$")
_PATR_CASE = {
    "m": (("ем", "ablt"), ("а", "gent"), ("у", "datv"), ("е", "loct")),
    "f": (("ой", "ablt"), ("ы", "gent"), ("е", "datv"), ("у", "accs"), ("а", "nomn")),
}
_SURN_M = {"nomn": "", "gent": "а", "datv": "у", "accs": "а", "ablt": "ым", "loct": "е"}
_SURN_F = {"nomn": "а", "gent": "ой", "datv": "ой", "accs": "у", "ablt": "ой", "loct": "ой"}
_SURN_CASE = {
    "m": (("ым", "ablt"), ("а", "gent"), ("у", "datv"), ("е", "loct")),
    "f": (("ой", "gent"), ("у", "accs"), ("а", "nomn")),
}
_KK_SURNAME_HINT = re.compile(
    r"бай|бек|жан|мухам|ахмет|нур|жума|сейт|тулеге|касым|сарсен|кенже|есен|оспан|омар|сулейм|"
    r"абдр|бекмух|дос|айт|кал|жак|тлеу|ермек|серик|болат|мурат|канат|кайрат|смагул|искак|турсун|"
    r"байж|мукан|тока|шайм|ергал|кул|галиев|алиев|гали|рахим|сатп|утеп|жан|тас|кожа|нурлан|аман"
)


def _gender(parts: list[NamePart]) -> str:
    for p in parts:
        low = fold(p.tok.base)
        if p.role in ("PATR", "KZPATR"):
            if p.role == "KZPATR":
                return "f" if low == "кызы" else "m"
            return "f" if _PATR_F_RE.search(low) else "m"
    for p in parts:
        if p.role == "FIRST" and p.tok.firsts:
            return p.tok.firsts[0].gender
    for p in parts:
        if p.role == "SURN" and _FEM_SURN_RE.search(fold(p.tok.base)):
            return "f"
    return "m"


def _case(parts: list[NamePart], gender: str) -> str:
    for p in parts:
        low = fold(p.tok.base)
        if p.role == "PATR" and p.tok.kind == "PATR" and not low.endswith(("улы", "кызы")):
            return next((c for end, c in _PATR_CASE[gender] if low.endswith(end)), "nomn")
    for p in parts:
        if p.role == "FIRST" and p.tok.firsts:
            match = [f for f in p.tok.firsts if f.gender == gender] or list(p.tok.firsts)
            return match[0].case
    for p in parts:
        if p.role == "SURN" and _CASED_SURN_RE.search(fold(p.tok.base)):
            low = fold(p.tok.base)
            return next((c for end, c in _SURN_CASE[gender] if low.endswith(end)), "nomn")
    return "nomn"


def _origin(parts: list[NamePart]) -> str:
    for p in parts:
        if p.role == "FIRST" and p.tok.firsts:
            return p.tok.firsts[0].origin
    text = " ".join(p.tok.base for p in parts)
    if has_kazakh_letters(text) or any(p.role == "KZPATR" for p in parts):
        return "kk"
    surn = [fold(p.tok.base) for p in parts if p.role == "SURN"]
    return "kk" if surn and _KK_SURNAME_HINT.search(surn[0]) else "ru"


def _part_origin(p: NamePart, span_origin: str, lookup) -> str:
    """Origin from the part itself, so every mention of it maps to the same pool."""
    tok = p.tok
    if p.role == "FIRST" and tok.firsts:
        return tok.firsts[0].origin
    if p.role == "PATR":
        father = lookup(_father_stem(tok.base))
        if father:
            return father[0].origin
        return "kk" if fold(tok.base).endswith(("улы", "кызы")) else span_origin
    if p.role == "SURN":
        return _surname_origin(tok.base)
    return span_origin


@lru_cache(maxsize=65_536)
def _surname_origin(base: str) -> str:
    """kk or ru for a surname as written (cached: the same surnames recur on every page)."""
    return "kk" if has_kazakh_letters(base) or _KK_SURNAME_HINT.search(fold(base)) else "ru"


def _style(word: str, like: str) -> str:
    """Copy the capitalisation of `like` (ALL CAPS headers stay ALL CAPS)."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word[:1].upper() + word[1:]


def inflect_surname(nom_m: str, gender: str, case: str, korean: bool) -> str:
    if korean:
        return nom_m
    return nom_m + (_SURN_M if gender == "m" else _SURN_F)[case]


@lru_cache(maxsize=16_384)  # a pure function of a pool name: the pools are small
def inflect_first(name: str, gender: str, case: str) -> str:
    forms = {c: f for f, c in first_name_forms(name, gender).items()}
    form = forms.get(case) or forms.get("gent" if case == "accs" else "nomn") or name.lower()
    return name[:1] + form[1:]


def _father_stem(word: str) -> str:
    low = fold(word)
    return _PATR_END_RE.sub("", low) or low


class NameSurrogates:
    """Builds the surrogate text for one detected name span."""

    def __init__(self, keyed: Keyed, lookup_first) -> None:
        self.keyed = keyed
        self.lookup_first = lookup_first

    def letter(self, patient: str | None, letter: str) -> str:
        return self.keyed.choice(IMAGE_LETTERS, patient, "INIT", fold(letter)[:1])

    def _first(self, patient, gender: str, origin: str, letter: str, lemma: str,
               avoid: frozenset[str] = frozenset()) -> tuple[str, str]:
        pool = (MALE if gender == "m" else FEMALE)[origin][letter]
        i = self.keyed.number(patient, f"FIRST-{gender}", lemma)
        own = name_key_stem(lemma)  # never the real name itself (`Дениске` -> `Дениске`)
        for k in range(len(pool)):
            cand = pool[(i + k) % len(pool)]
            stems = {name_key_stem(cand[0]), name_key_stem(cand[1])}
            if own not in stems and not stems & avoid:
                return cand
        return pool[i % len(pool)]

    def _surname(self, patient, stem: str, origin: str, korean: bool,
                 avoid: frozenset[str] = frozenset()) -> tuple[str, str]:
        """The keyed surname, skipping any whose stem is a word of the document itself: a
        surrogate must never equal a real token of its record (the patient's own surname)."""
        pool = KOREAN if korean else SURNAMES[origin]
        i = self.keyed.number(patient, "SURN", stem)
        for k in range(len(pool)):
            cand = pool[(i + k) % len(pool)]
            if name_key_stem(cand[0]) != stem and not {
                    name_key_stem(cand[0]), name_key_stem(cand[1])} & avoid:
                return cand
        return pool[0]

    def render(self, span: NameSpan, text: str, patient: str | None) -> str:
        """Surrogate for text[span.start:span.end], separators between tokens kept."""
        latin = _is_latin(span)
        parts = _with_first_name(_cyrillic(span.parts) if latin else span.parts)
        gender, origin = _gender(parts), _origin(parts)
        case = _case(parts, gender)
        script = 1 if has_kazakh_letters(text[span.start : span.end]) else 0
        out: list[str] = []
        pos = span.start
        avoid = document_stems(text)
        for p in parts:
            out.append(text[pos : p.tok.start])
            word = self._part(p, script, gender, origin, case, patient, avoid)
            if latin:  # a passport spelling gets a passport-spelled surrogate
                word = (cyrillic_to_latin(word[:-1])[:1] + "." if p.role.startswith("INIT")
                        else cyrillic_to_latin(word))
            out.append(word)
            pos = p.tok.end
        out.append(text[pos : span.end])
        return "".join(out)

    def _part(self, p: NamePart, script: int, gender: str, origin: str, case: str,
              patient, avoid: frozenset[str]) -> str:
        tok = p.tok
        origin = _part_origin(p, origin, self.lookup_first)
        if p.role in ("INIT_F", "INIT_P"):
            return _style(self.letter(patient, tok.base), tok.base) + "."
        if p.role == "KZPATR":
            return tok.text
        if p.role == "FIRST":
            lemma = fold(tok.firsts[0].lemma) if tok.firsts else fold(tok.base)
            letter = self.letter(patient, lemma)
            name = self._first(patient, gender, origin, letter, lemma, avoid)[script]
            return _style(inflect_first(name, gender, case), tok.base) + tok.kz_suffix
        if p.role == "PATR":
            return self._patronymic(tok, gender, origin, case, script, patient,
                                    avoid) + tok.kz_suffix
        korean = tok.kind == "KOREAN"
        stem = name_key_stem(tok.base)
        nom = self._surname(patient, stem, origin, korean, avoid)[script]
        return _style(inflect_surname(nom, gender, case, korean), tok.base) + tok.kz_suffix

    def _patronymic(self, tok, gender: str, origin: str, case: str, script: int, patient,
                    avoid: frozenset[str] = frozenset()) -> str:
        stem = _father_stem(tok.base)
        father = self._first(patient, "m", origin, self.letter(patient, stem), stem,
                             avoid)[script]
        low = fold(tok.base)
        if low.endswith(("улы", "кызы")):
            joined = ("ұлы" if gender == "m" else "қызы") if script else (
                "улы" if gender == "m" else "кызы")
            return _style(father + joined, tok.base)
        if tok.kind != "PATR":  # father's name before a separate ұлы/қызы
            return _style(father, tok.base)
        if gender == "m":
            word = father + {"nomn": "ович", "gent": "овича", "accs": "овича", "datv": "овичу",
                             "ablt": "овичем", "loct": "овиче"}[case]
        else:
            word = father + {"nomn": "овна", "gent": "овны", "accs": "овну", "datv": "овне",
                             "ablt": "овной", "loct": "овне"}[case]
        return _style(word, tok.base)


def _is_latin(span: NameSpan) -> bool:
    return all(LATIN_RE.match(p.tok.base) for p in span.parts)


def _cyrillic(parts: list[NamePart]) -> list[NamePart]:
    """Latin parts read back into Cyrillic (`ZHUMABEKOV` -> `ЖУМАБЕКОВ`), so a passport
    spelling is keyed, gendered and inflected as the same person written in Cyrillic."""
    out = []
    for p in parts:
        if p.role.startswith("INIT"):
            out.append(p)
            continue
        readings = latin_readings(p.tok.base)
        cyr = next((w for w in readings if ru_first_name(w)), readings[0])
        cyr = cyr.upper() if p.tok.base.isupper() else cyr.capitalize()
        out.append(NamePart(p.role, replace(p.tok, base=cyr)))
    return out


def _with_first_name(parts: list[NamePart]) -> list[NamePart]:
    """A span whose first name our lexicon lacks: the one word OpenCorpora reads only as a
    first name becomes the first name, so `Ганна Ковальчук` gets a woman's first name and
    surname instead of two men's surnames."""
    if any(p.role == "FIRST" and p.tok.firsts for p in parts):
        return parts
    found = [(i, r) for i, p in enumerate(parts) if p.role in ("SURN", "FIRST")
             and p.tok.kind != "KOREAN" and (r := _first_reading(p.tok.base))]
    if len(found) != 1:
        return parts
    i, (lemma, gender, case) = found[0]
    first = FirstName(lemma, gender, case, "kk" if has_kazakh_letters(lemma) else "ru")
    out = []
    for j, p in enumerate(parts):
        if j == i:
            out.append(NamePart("FIRST", replace(p.tok, firsts=(first,))))
        else:
            out.append(NamePart("SURN", p.tok) if p.role == "FIRST" else p)
    return out


def _first_reading(base: str) -> tuple[str, str, str] | None:
    words = latin_readings(base) if LATIN_RE.match(base) else (base,)
    return next((r for w in words if (r := ru_first_name(w))), None)


_WORD_RE = re.compile(r"[^\W\d_]{3,}")


@lru_cache(maxsize=8)
def document_stems(text: str) -> frozenset[str]:
    """Name stems of every word of the document (cached: render runs once per name span)."""
    return frozenset(map(name_key_stem, set(_WORD_RE.findall(text))))
