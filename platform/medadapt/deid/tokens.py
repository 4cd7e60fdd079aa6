"""Word tokens with a name-likeness kind, the raw material of rule-based name detection.

Each capitalised word is classified once (first name from the lexicon, patronymic, surname by
suffix, Korean surname, unknown capitalised word...). Kazakh case suffixes (-ның, -ға, -мен...)
are peeled off before classification so `Жұмабековқа` is still a surname.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from .countries import is_country
from .dictionaries import NAME_TAGS, kk_known, ru_tags
from .lexicon import FirstName, Lexicons, fold, has_kazakh_letters
from .scan import lowered, trie_pattern
from .vocabulary import is_drug_name

WORD_RE = re.compile(r"[^\W\d_]+(?:[-‐'’][^\W\d_]+)*", re.UNICODE)

PATR_RE = re.compile(
    r"(?:ов|ев|ь)ич(?:а|у|ем|е)?$|ильич(?:а|у|ем|е)?$|(?:овн|евн|ичн)(?:а|ы|е|у|ой)$"
)
KZ_PATR_JOINED_RE = re.compile(r"..(?:улы|кызы)$")
# folded; Latin as passports and Uzbek Latin write them (`Nigora Shuhrat qizi`)
KZ_PATR_WORDS = {"улы", "кызы", "оглы", "углы", "угли", "огли", "кизи", "гызы",
                 "qizi", "kizi", "kyzy", "qyzy", "ugli", "ogli", "ogly", "oglu", "uulu"}
SURN_RE = re.compile(
    r"..(?:ов|ев|ин|ын)(?:а|у|ым|ой|ом|е|ых)?$|..(?:ск|цк)(?:ий|ая|ого|ой|ому|им|ую)$"
    r"|..(?:енко|ук|юк|ян|дзе|швили|ева|иди)$"
)
NOT_SURN_RE = re.compile(
    r"(?:мицин|циклин|циллин|азолин|арин|улин|ирин|фин|еин|амин|идин|ксин|трин|зин|прил|стин"
    r"|ческ(?:ий|ая|ого|ой|ому|им|ую)|тропин|ферин|иазин|онин|офен|глобин|атинин|рубин|бумин|омбин|рритин|ронин|ктин)$"
)
KZ_NAME_RE = re.compile(
    r"..(?:бек|бай|жан|гуль|гул|хан|бол|тай|нур|сулу|гали|ерке|мурат|болат|лан)$"
)
KZ_CASE_SUFFIXES = tuple(sorted(
    "ның нің дың дің тың тің ға ге қа ке на не ды ді ты ті ны ні да де та те дан ден тан тен "
    "нан нен мен бен пен ға ке қа на".split(), key=len, reverse=True))
# Capitalised words that head sentences or name places/institutions, never people. Long
# prefixes are safe against surnames; short words must match whole (Семенов, Мартынов...).
STOP_PREFIXES = (
    "казах", "росси", "алмат", "астан", "республ", "городск", "областн", "национ", "медицин",
    "клиничес", "карагандин", "шымкент", "павлодар", "костанай", "актюбин", "атырау",
    "кызылорд", "туркестан", "жамбыл", "мангист", "уральск", "петропав", "кокшет", "талдыкорг",
    "фамили", "отчеств", "подпис", "жалоб", "диагноз", "анамнез", "осмотр", "заключени",
    "рекоменд", "выписк", "эпикриз", "операци", "протокол", "назначен", "лечени", "поступ",
    "выписан", "отделени", "больниц", "клиник", "профилакт", "телефон", "истори", "паспорт",
    "удостовер", "объектив", "локальн", "рентген", "корытынды", "шагым", "емдеу", "аурухан",
    "мекенжай", "туган", "жасалган", "сентябр", "октябр", "ноябр", "декабр", "феврал",
    "январ", "апрел", "август", "кыркуйек", "желтоксан", "status", "анализ", "общий", "общая",
)
STOP_EXACT = {
    "дата", "имя", "теги", "аты", "фио", "адрес", "номер", "карта", "палата", "код", "мкб",
    "ао", "ота", "март", "марта", "мая", "май", "июнь", "июня", "июль", "июля", "наурыз",
    "мамыр", "маусым", "шилде", "тамыз", "караша", "акпан", "сауир", "кантар", "казан",
    "кала", "каласы", "облыс", "облысы", "ауданы", "семей", "город", "село", "улица", "дом",
    "полис", "пол", "возраст", "жасы", "жынысы", "нет", "да", "есть", "жок", "бар",
}
CUE_PREFIXES = (
    "пациент", "больно", "больна", "врач", "хирург", "травматолог", "ортопед", "анестезиолог",
    "ассистент", "оператор", "заведующ", "медсестр", "медбрат", "доктор", "родствен",
    "представител", "опекун", "наукас", "дариге", "емдеуши", "менгеруши", "акеси", "анасы",
    "айели", "куйеуи", "консультир", "осмотрен", "гражданин", "гражданк", "исполнител",
    "лечащ", "дежурн", "фельдшер", "медбике", "мейирбике", "невролог", "терапевт", "кардиолог",
    "реаниматолог", "рентгенолог", "фамилия", "супруг", "матер", "сестр", "брат",
    # kin, neighbours and the rest of the ward's staff (`тетя Валя`, `санитарка Галя`)
    "тетя", "тети", "дядя", "дяди", "бабушк", "дедушк", "внук", "внучк", "сосед", "племянни",
    "санитар", "акушер", "лаборант", "интерн", "регистратор", "корши", "женге", "немере",
    # commission and transfer roles, and list heads (`Диспетчер Коваль`, `хатшы Чайка`,
    # `сопровожд. Кох`, `Присутствовали: Ли, Цой`)
    "диспетчер", "хатшы", "секретар", "председател", "торага", "сопровожд", "кабылдаган",
    "передал", "эксперт", "присутствовал", "катыскан", "бригада", "команда",
)
CUE_EXACT = {
    "гр", "зав", "муж", "мужа", "сын", "сына", "дочь", "дочери", "отец", "отца", "мать",
    "жена", "жены", "фио", "д-р", "аты", "имя", "теги", "у", "мама", "папа", "няня", "апа",
    "апай", "агай", "апке", "аже", "топ", "я", "мен",
}
EPONYM_HEADS = (
    "аппарат", "тест", "симптом", "синдром", "перелом", "болезн", "доступ", "метод", "шкал",
    "проб", "классификац", "операци", "прием", "приём", "спиц", "стержн", "стержен", "шин",
    "повязк", "рефлекс", "пункци", "позици", "лини", "угол", "треугольник", "по", "методик",
    "пластин", "винт", "гвозд", "ауру", "сынама", "сыныг", "тасил", "маневр", "манёвр",
    "вывих", "деформац", "контрактур", "ротатор", "имени", "им", "стебел", "стебл", "лоскут",
    "адис",  # Kazakh әдісі (method), folded: `Бобат әдісі`
    "катетер",  # `катетер Фолея`, `Фолей катетері`
)
# Kazakh postpositions that follow an eponym (`Кохер бойынша` = after Kocher) but, before a
# word, mean "according to" (`төлқұжат бойынша LEBED BOGDANA`): heads for the word before only.
POSTPOSITIONS = ("бойынш",)


@dataclass(slots=True)
class Tok:
    """One word: position, text, and what kind of name part it could be."""

    start: int
    end: int
    text: str
    kind: str  # INIT FIRST PATR SURN KOREAN KZNAME CAP ALLOW KZPATR or "" (not name-like)
    base: str  # text without a Kazakh case suffix
    kz_suffix: str = ""
    firsts: tuple[FirstName, ...] = ()
    sentence_start: bool = False


_ABBR_WITH_ENDING = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6}-[а-яёәғқңөұүһі]{1,6}")


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def classify_word(word: str, lex: Lexicons) -> tuple[str, tuple[FirstName, ...]]:
    """Kind of one capitalised word (without Kazakh suffix handling)."""
    low = fold(word)
    if word.isupper() and len(word) <= 3 and low not in lex.korean_surnames:
        return "", ()
    if _ABBR_WITH_ENDING.fullmatch(word):
        return "", ()  # `ОАА-дан`, `ҰҒХО-ға`, `МРТ-сы`: an abbreviation with a Kazakh ending
    firsts = tuple(lex.lookup_first(word))
    if firsts:
        return "FIRST", firsts
    if PATR_RE.search(low) and len(low) >= 6 and not _ordinary_only(
            word.lower().replace("ё", "е")):
        return "PATR", ()  # not `Основной`, `Условной`: -овной on an ordinary word
    if KZ_PATR_JOINED_RE.search(low) and len(low) >= 7:
        return "PATR", ()
    if low in lex.korean_surnames and not (has_kazakh_letters(word) and kk_known(word.lower())):
        return "KOREAN", ()  # `ҚАН` (blood) folds to Кан but is a Kazakh word
    if low.startswith(STOP_PREFIXES) or low in STOP_EXACT or low in CUE_EXACT:
        return "", ()
    if low.startswith(CUE_PREFIXES) or word_is_eponym_head(word):
        return "", ()
    if lex.is_allowed_word(word):
        return "ALLOW", ()
    plain = word.lower().replace("ё", "е")
    if is_drug_name(low):
        return "CAP", ()  # `Амлодипин`, `Эноксапарин`: an INN drug stem, not a surname ending
    if SURN_RE.search(plain) and not NOT_SURN_RE.search(plain):
        if _ordinary_only(plain):
            return "CAP", ()  # `ОРГАНОВ`, `СКОРОЙ`: a surname's ending on an ordinary word
        if kk_known(plain) and not ru_tags(plain)[0]:
            return "CAP", ()  # `Ауырсыну` (pain): a Kazakh word, not a Russian surname's case
        return "SURN", ()
    if is_country(word):
        return "", ()  # `гражданин Турции Mehmet Yılmaz`: the country is no part of the name
    if KZ_NAME_RE.search(low):
        return "KZNAME", ()
    return "CAP", ()


def _ordinary_only(plain: str) -> bool:
    """OpenCorpora knows the word, and only as an ordinary word (never Surn/Name/Patr)."""
    known, tags = ru_tags(plain)
    return known and "ORD" in tags and not tags & NAME_TAGS


def _classify_with_suffix(word: str, lex: Lexicons) -> tuple[str, tuple[FirstName, ...], str]:
    folded = fold(word)
    if folded in KZ_PATR_WORDS:
        return "KZPATR", (), ""
    for suf, suf_f in _KZ_CASE_FOLDED:
        if folded.endswith(suf_f) and folded[: -len(suf_f)] in KZ_PATR_WORDS:
            return "KZPATR", (), word[-len(suf):]
    kind, firsts = classify_word(word, lex)
    if kind not in ("CAP", "KZNAME"):
        return kind, firsts, ""
    low = word.lower()
    kazakh = has_kazakh_letters(word)
    for suf in KZ_CASE_SUFFIXES:
        if low.endswith(suf) and len(word) - len(suf) >= 3:
            k2, f2 = classify_word(word[: -len(suf)], lex)
            if k2 in ("FIRST", "PATR") or (kazakh and k2 in ("SURN", "KOREAN")
                                           and not kk_known(low)):  # `Ауырсынуға`: a word
                return k2, f2, word[-len(suf):]
    return kind, firsts, ""


_KZ_CASE_FOLDED = tuple((suf, fold(suf)) for suf in KZ_CASE_SUFFIXES)


def _sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in ".!?\n\r•-–—\"«(;"


CAP_RE = re.compile(r"(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])(?<![\w])"  # the look-ahead: a fast first test
                    r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]*(?:[-‐'’][^\W\d_]+)*")
_LOWER_WORDS = sorted({*CUE_PREFIXES, *CUE_EXACT, *EPONYM_HEADS, *POSTPOSITIONS, *KZ_PATR_WORDS,
                       "ұлы", "қызы"},
                      key=len, reverse=True)
LOWER_RE = re.compile(r"(?<![\w])(?:" + trie_pattern(_LOWER_WORDS) + r")[^\W\d_]*(?:-[^\W\d_]+)*")
_CACHE_LIMIT = 200_000


def _classify_cached(word: str, lex: Lexicons) -> tuple[str, tuple[FirstName, ...], str]:
    cache = lex.kind_cache
    hit = cache.get(word)
    if hit is None:
        if len(cache) > _CACHE_LIMIT:
            cache.clear()
        hit = cache[word] = _classify_with_suffix(word, lex)
    return hit


def _initial_ok(text: str, start: int, letter: str) -> bool:
    """A Cyrillic capital + dot not glued to a symbol or number (`36,8°C.` is no initial)."""
    if not ("А" <= letter <= "Я" or letter in "ЁӘҒҚҢӨҰҮҺІ"):
        return False
    prev = text[start - 1 : start]
    return not prev or not (prev.isalnum() or prev in "°%")


def tokenize(text: str, lex: Lexicons) -> list[Tok]:
    """Capitalised words with a kind, plus the lower-case cue/eponym/ұлы words around them."""
    toks: list[Tok] = []
    cache = lex.kind_cache
    for m in CAP_RE.finditer(text):
        word = m.group()
        start, end = m.span()
        if len(word) == 1 and text[end : end + 1] == "." and _initial_ok(text, start, word):
            toks.append(Tok(start, end + 1, text[start : end + 1], "INIT", word))
        else:
            hit = cache.get(word)
            kind, firsts, suf = hit if hit is not None else _classify_cached(word, lex)
            base = word[: len(word) - len(suf)] if suf else word
            toks.append(
                Tok(start, end, word, kind, base, suf, firsts, _sentence_start(text, start))
            )
    for m in LOWER_RE.finditer(lowered(text)):
        if not text[m.start()].islower():
            continue
        word = text[m.start() : m.end()]
        kind, _, suf = _classify_cached(word, lex)
        kind = "KZPATR" if kind == "KZPATR" else ""
        toks.append(Tok(m.start(), m.end(), word, kind, word[: len(word) - len(suf)], suf))
    toks.sort(key=_START)
    _fix_fio_abbreviation(toks, text)
    return toks


_START = attrgetter("start")


def _fix_fio_abbreviation(toks: list[Tok], text: str) -> None:
    """`Ф.И.О.` looks like three initials; it is a field label (a cue), not a name."""
    for i in range(len(toks) - 2):
        if toks[i].base == "Ф" and [t.base for t in toks[i : i + 3]] == ["Ф", "И", "О"] and all(
            t.kind == "INIT" for t in toks[i : i + 3]
        ):
            for t in toks[i : i + 3]:
                t.kind = "CUE"


def is_cue(tok: Tok) -> bool:
    """Words after which a capitalised word is very likely a person's name."""
    return tok.kind == "CUE" or _word_is_cue(tok.text)


@lru_cache(maxsize=65536)
def _word_is_cue(word: str) -> bool:
    low = fold(word).rstrip(".")
    return low in CUE_EXACT or (low.startswith(CUE_PREFIXES) and len(low) <= 16)


_HEAD_ENDINGS = {"", "а", "я", "у", "ю", "ом", "ем", "е", "и", "ы", "ой", "ей", "ам", "ами", "ах",
                 "ь", "ью", "ия", "ии", "ию", "ией", "сы", "си", "ын", "ин", "асы", "ясы", "ымен",
                 "ына",
                 # Kazakh possessive + case, folded (`әдісімен`, `әдісіне`, `сынамасында`)
                 "имен", "ине", "инде", "иннен", "ыны", "ыда", "ынан", "асымен", "асында",
                 # Kazakh plurals (`Байков, Мак-Мюррей симптомдары`)
                 "дар", "дары", "дер", "дери", "тар", "тары", "тер", "тери", "лар", "лары",
                 "лер", "лери"}


@lru_cache(maxsize=65536)
def word_is_eponym_head(word: str) -> bool:
    """`аппарат`, `тест`, `перелом`... in any case form (not surnames that start alike)."""
    low = fold(word).rstrip(".")
    if low in ("по", "им", "имени"):
        return True
    return any(low.startswith(h) and low[len(h):] in _HEAD_ENDINGS
               for h in _HEADS_BY_LETTER.get(low[:1], ()))


# Heads of 3+ letters by first letter: a word is compared with a handful, not all of them.
_HEADS_BY_LETTER: dict[str, tuple[str, ...]] = {}
for _h in EPONYM_HEADS:
    if len(_h) >= 3:
        _HEADS_BY_LETTER[_h[0]] = (*_HEADS_BY_LETTER.get(_h[0], ()), _h)


def is_eponym_head(tok: Tok) -> bool:
    return word_is_eponym_head(tok.text)


def word_heads_word_before(word: str) -> bool:
    """A head written after its eponym (`Глазго шкаласы`, `Кохер бойынша`, `Байков симптомы`);
    `по`, `им.` and `имени` head only the word after them (`в Омске по месту` is a place)."""
    low = fold(word).rstrip(".")
    if low in ("по", "им", "имени"):
        return False
    return word_is_eponym_head(word) or word_is_eponym_head(word[:-1]) or word_is_postposition(word)


def word_is_postposition(word: str) -> bool:
    """`бойынша`: a head for the eponym before it (see POSTPOSITIONS)."""
    return fold(word).startswith(POSTPOSITIONS)


def is_head_after(tok: Tok) -> bool:
    """A head that may follow its eponym: any eponym head, or a Kazakh postposition."""
    return is_eponym_head(tok) or word_is_postposition(tok.text)
