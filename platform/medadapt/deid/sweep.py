"""Recall-first name sweep: a word no dictionary knows to be safe is a suspect.

Why: the cue-and-shape rules in `names.py` find the names `medadapt synth` writes; real
records write lone surnames, lower-case nurse notes, passport Latin and Kazakh case forms.
This sweep looks at every word the other detectors left alone. A word is STRONG when the
lexicons or OpenCorpora call it a name (Name/Surn/Patr) and nothing ordinary, or when it is
capitalised and no dictionary (OpenCorpora, hunspell-kk, the clinical allow-list) knows it;
WEAK when it is both a name and an ordinary word (Волков, Шина, Боткин): those are masked
only in a name position (after a role word, next to initials or another name word).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from .countries import is_country
from .dictionaries import (
    LATIN_RE,
    NAME_TAGS,
    function_word,
    kk_known,
    latin_readings,
    latin_to_cyrillic,
    morph,
    nominative_noun,
    reads_as_field_value,
    ru_tags,
)
from .lexicon import Lexicons, fold, load_lexicons
from .names import NameSpan, assign_roles
from .scan import column_cells, lowered, may_hold_table, uncased_lines
from .tokens import (
    KZ_PATR_WORDS,
    Tok,
    _classify_with_suffix,
    _word_is_cue,
    classify_word,
    word_heads_word_before,
    word_is_eponym_head,
)
from .vocabulary import GENERIC_PERSONS, ROLE_WORDS, clinical_vocabulary

WORD_RE = re.compile(r"[^\W\d_]+(?:[-‐'’][^\W\d_]+)*")
INIT_RE = re.compile(r"[^\W\d_]\.(?:[ \t]?[^\W\d_]\.?)?")
SURNAME_SHAPE = re.compile(
    r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|цкая|енко|ук|юк|ян|ли|ұлы|улы|"
    r"қызы|кызы|баев|баева|беков|бекова|ович|евич|овна|евна|ична|швили|дзе|ман|штейн|ер)$")
_SEP = re.compile(r"[ \t]*(?:\n[ \t]*)?")
STRONG, WEAK = 2, 1
JOIN = -1  # raw score of a lower-case word no dictionary knows: weak, never a name alone
# Form labels, never a name though capitalised after a cue (`Имя Отчество`, `Аты Тегі`)
_SAFE_CAPS = {"пациент", "больной", "больная", "диагноз", "врач", "дата", "адрес", "тел",
              "фамилия", "имя", "отчество", "тегі", "аты", "әкесінің"}


@dataclass(slots=True)
class _Word:
    start: int
    end: int
    text: str
    score: int
    init: bool = False
    raw: int = 0  # the score before lower-case demotion
    particle: bool = False  # `угли`, `кызы`, `qizi` after a father's name


@lru_cache(maxsize=200_000)
def _ru_score(low: str) -> int | None:
    """STRONG/WEAK/0 from OpenCorpora; None when it does not know the word."""
    known, tags = ru_tags(low)
    if not known:
        return None
    if tags & {"Name", "Surn", "Patr"}:
        return WEAK if "ORD" in tags or "Geox" in tags else STRONG
    return 0


def word_score(word: str, lex: Lexicons) -> int:
    """How much `word` (as written) looks like a part of a person's name."""
    return word_scores(word, lex)[0]


def word_scores(word: str, lex: Lexicons) -> tuple[int, int]:
    """(score, raw score), cached per word: a lower-case word is a name only in a name
    position or next to other name-shaped words (`оспанов серік бауыржанұлы`)."""
    cache = lex.__dict__.setdefault("_sweep_scores", {})
    hit = cache.get(word)
    if hit is None:
        if len(cache) > 300_000:
            cache.clear()
        raw = _raw_score(word, lex)
        score = WEAK if (raw == STRONG and not word[:1].isupper()) or raw == JOIN else raw
        hit = cache[word] = (score, raw)
    return hit


def _raw_score(word: str, lex: Lexicons) -> int:
    latin = bool(LATIN_RE.match(word))
    low = latin_to_cyrillic(word) if latin else word.lower().replace("ё", "е")
    cap = word[:1].isupper()
    if len(low) < 2 or low in _SAFE_CAPS:
        return 0
    if _word_is_cue(word) or word_is_eponym_head(word):
        return 0
    if lex.is_allowed_word(word):  # an eponym (Боткин, Вебер) is a person after a role word
        return WEAK if word[:1].isupper() else 0
    if clinical_vocabulary(lex).knows(low):  # a clinical word the dictionaries lack (Чрескостный)
        return 0
    if fold(low) in ROLE_WORDS:
        return 0
    if is_country(word) and not SURNAME_SHAPE.search(low):
        return 0  # `Турции`, `Türkiye` (but `Литвинов`, `Китаев` are surnames)
    kind, firsts, _ = _classify_with_suffix(low.capitalize(), lex)  # `талғатқа`: Талғат + -қа
    if latin and not (firsts or kind in ("PATR", "KOREAN")):
        for reading in latin_readings(word)[1:]:
            kind, firsts = classify_word(reading.capitalize(), lex)
    if firsts or kind in ("PATR", "KOREAN"):
        return WEAK if fold(low) in _AMBIGUOUS or _ordinary(low, cap) else STRONG
    if "-" in low:  # ЭОП-контроль, Д-димер: a known ordinary part makes it a term
        parts = low.split("-")
        return 0 if any(_ru_score(p) == 0 or kk_known(p) or len(p) <= 2 for p in parts) else WEAK
    if not latin and cap and any(ch.isupper() for ch in word[1:]) and not word.isupper():
        return 0  # `ЭхоКГ`, `МРТ-сына`: a capital inside the word is an abbreviation
    if latin and len(word) >= 3 and not _ROMAN.match(word) and any(
            _ru_score(r) == STRONG for r in latin_readings(word)):
        return STRONG  # `EMMA` read back as Эмма, a name to OpenCorpora
    if latin and word.lower() in _LATIN_PATRONYMIC:
        return WEAK  # `BOTIR KYZY`, `Bakyt qizi`: the end of a Central Asian name
    if word.isupper() and len(word) <= 4 and not _LATIN_EXTENDED.search(word):
        # `ОАК`, `ЛФК`; but `AYŞE`, `GÜL` are Turkish names, never abbreviations. A short
        # Latin word (`FANG`, `JIE`, `LCP`) only joins a name run, never starts one.
        return JOIN if latin and len(word) >= 2 else 0
    ru = _ru_score(low)
    if ru is not None:  # a name to OpenCorpora but a Kazakh word (`алу`): weak
        return WEAK if ru == STRONG and kk_known(low) else ru
    if latin:  # passport transliteration: judged by the Cyrillic shape it maps back to
        if word.isupper() and len(word) <= 5:  # `TRALI`, `LCP`: abbreviations unless cued
            return WEAK if len(word) >= 4 else 0
        return STRONG if SURNAME_SHAPE.search(low) else WEAK if len(word) >= 4 else 0
    if kk_known(low):
        return WEAK if SURNAME_SHAPE.search(low) else 0
    if SURNAME_SHAPE.search(low):  # lower-case: `бойко а.в.` is masked by its initials
        return STRONG if cap else WEAK
    if _ru_stem_known(low) or _ru_prefixed_known(low):
        return 0
    if not cap:  # `дилноза`, `нойфельд`: a word no dictionary knows only joins a name run
        return JOIN if len(low) >= 4 else 0
    # Unknown capitalised word. Kazakh-lettered or all-caps ones are often inflected
    # headers hunspell cannot split: a suspect, masked only in a name position.
    return WEAK if word.isupper() or any(ch in _KK_LETTERS for ch in low) else STRONG


_LATIN_PATRONYMIC = frozenset("kyzy qizi kizi qyzy uulu ugli ogli oglu ogly".split())
_ROMAN = re.compile(r"^[IVXLC]+$")
_LATIN_EXTENDED = re.compile("[\u00c0-\u024f]")  # Ş, Ü, Ö, Ç, Ğ, İ, Ä, Ł …
_KK_LETTERS = set("әғқңөұүһі")
_KK_ENDINGS = ("тер", "тар", "лер", "лар", "дер", "дар", "ы", "і", "ін", "ын", "ға", "ге",
               "мен", "пен", "бен", "да", "де", "та", "те", "дан", "ден", "тан", "тен",
               "дағы", "дегі", "тағы", "тегі")  # `палатадағы`: in the ward
# A dose, a volume with its route, a frequency or a suture gauge after a word: the word is a
# drug or a suture (`Мильгамма 2,0 в/м`, `Лантус кешке 16 ХБ`, `Сорбифер 1 таб.`, `… күніне
# 2 рет`, `Монокрил 3-0`), not a person (a bare `2 раза` may follow a person: not enough).
DOSE_RE = re.compile(r"[ \t]+(?:[а-яёәғқңөұүһі]+[ \t]+){0,2}(?:\d+(?:[.,]\d+)?(?:[–-]\d+)?[ \t]*"
                     r"(?:%|мг|г\b|мл|ед|мкг|×|ЕД|ХБ|хб|МЕ|mg|ml|таб|табл|капс|амп|саше|доз|р/д)"
                     r"|(?:күніне|тәулігіне)[ \t]+\d[ \t]*рет\b"
                     r"|\d[ \t]*раза?[ \t]+в[ \t]+(?:день|сутки)"
                     r"|\d+[ \t]?,[ \t]?\d+[ \t]*(?:в/м|в/в|п/к|б/і|к/і|т/а)|[1-7]-0(?!\d))")


# A treatment cue and its colon, then the list so far on the same line (`Проведено лечение:
# Цитиколин, `, `Жүргізілген ем: `, `Көрсетілген көмек: Кеторолак 2,0 мл в/м, `): a word of
# that list is a drug the dictionaries lack (Мельдоний, Актовегин), not a person.
_TREATMENT_LIST_RE = re.compile(r"(?<![^\W\d_])(?:лечение|терапия|назначено|назначения|ем|көмек"
                                r"|препараттар|препараты|введено|енгізілді|рекомендовано"
                                r"|ұсынылды|материал|материалы|вакцина|препарат)[ \t]*:"
                                r"(?:[^\n:;.]|\.(?=\d))*\Z", re.IGNORECASE)


def _in_treatment_list(text: str, start: int) -> bool:
    line = text.rfind("\n", 0, start) + 1
    before = text[max(line, start - 120) : start]
    return (not before.strip() or before.rstrip().endswith((",", ":"))) and bool(
        _TREATMENT_LIST_RE.search(before))


def _ordinary(low: str, cap: bool) -> bool:
    """A name that is also a dictionary word (`сон`, `қан`, `ем`, `алу`): masked only in a name
    position when written lower-case, or when short (Korean surnames collide with Kazakh words)."""
    if cap and len(low) > 3:
        return False
    return kk_known(low) or "ORD" in ru_tags(low)[1]


_MED_PREFIXES = ("гемо", "артро", "остео", "эндо", "интра", "гипер", "гипо", "пост", "пери",
                 "поли", "мио", "нейро", "ангио", "электро", "рентгено", "транс", "анти", "пара",
                 "пре", "экстра", "микро", "макро", "ауто", "лимфо", "тромбо", "хондро",
                 # Russian compound words (`Медкарта`, `Физлечение`, `Спецодежда`)
                 "мед", "физ", "лаб", "спец", "проф", "гос", "сан")


def _ru_prefixed_known(low: str) -> bool:
    """`Гемотрансфузий`, `Артроскопии`: a Greek/Latin combining form on an ordinary word."""
    return any(low.startswith(p) and len(low) - len(p) >= 4 and _ru_score(low[len(p):]) == 0
               for p in _MED_PREFIXES)


def _ru_stem_known(low: str) -> bool:
    """A Russian clinical stem under a Kazakh ending (`Тромбоциттер`): an ordinary word."""
    for suf in _KK_ENDINGS:
        if low.endswith(suf) and len(low) - len(suf) >= 4 and _ru_score(low[: -len(suf)]) == 0:
            return True
    return False


# `Науқастың қызы Тян С.В.`: a daughter, not a patronymic, when it leads a run
_LEAD_WORDS = {"кызы", "улы", "кизи", "угли"}
_AMBIGUOUS = {"вера", "надежда", "любовь", "роза", "лилия", "лев", "марк", "слава", "мир",
              "дана", "самал", "сая", "жибек", "ева", "майра", "арина", "злата", "алия", "гуль",
              "нур", "асыл", "ай"}


def words_outside(text: str, taken: list[tuple[int, int]]) -> Iterator[re.Match]:
    """Word matches that overlap none of the sorted `taken` spans (one pass over both)."""
    return matches_outside(WORD_RE.finditer(text), taken)


def matches_outside(matches: Iterable[re.Match],
                    taken: list[tuple[int, int]]) -> Iterator[re.Match]:
    """The sorted `matches` that overlap none of the sorted `taken` spans."""
    matches = iter(matches)
    if not taken:
        yield from matches
        return
    k, n = 0, len(taken)
    t0, t1 = taken[0]
    for m in matches:
        s, e = m.span()
        while t1 <= s:
            k += 1
            if k == n:
                yield m
                yield from matches
                return
            t0, t1 = taken[k]
        if not t0 < e:
            yield m


# Endings only Russian-style surnames have (`жақсылықов`, `шакеновой`, `миллеру` is a case form
# of a dictionary surname); Kazakh `-ын`/`-ин` endings are ordinary cases (`аймағын`).
_STRICT_SURNAME = re.compile(r"(?:ов|ев|ёв|ова|ева|ёва|ский|ская|цкий|цкая|енко)"
                             r"(?:а|у|ым|ой|ке|қа|ға|ның|тың|мен|пен)?$")


def _uncased_name(word: str, lex: Lexicons) -> bool:
    """A lower-case word on an uncased line that the dictionaries name a person: a first name
    of the lexicons or a patronymic (also under a Kazakh case ending: `талғатқа`), else a word
    no Kazakh dictionary knows that OpenCorpora calls a name and no ordinary word, or that has
    a Russian surname's ending."""
    low = word.replace("ё", "е")
    if len(low) < 3 or fold(low) in _AMBIGUOUS or _is_cue_word(word) or function_word(word):
        return False
    kind, firsts, _ = _classify_with_suffix(low.capitalize(), lex)
    if firsts or kind == "PATR":
        return True
    if kk_known(low):  # `дене`, `бел` are names to OpenCorpora, ordinary words in Kazakh
        return False
    known, tags = ru_tags(low)
    if known:
        return bool(tags & NAME_TAGS) and not tags & {"ORD", "Geox"}
    return bool(_STRICT_SURNAME.search(low))


def _in_spans(spans: list[tuple[int, int]], at: int) -> bool:
    k = bisect.bisect_right(spans, (at, 1 << 62)) - 1
    return k >= 0 and spans[k][0] <= at < spans[k][1]


def _words(text: str, outside: Iterable[re.Match], lex: Lexicons,
           uncased: list[tuple[int, int]] | None = None) -> list[_Word]:
    """Words (and initials) outside spans the other detectors already took. A run of safe
    (score 0) words only breaks name runs, so it is kept as one shared `_BREAK`."""
    out: list[_Word] = [_BREAK]
    cache = lex.__dict__.setdefault("_sweep_scores", {})
    uncased = uncased_lines(text) if uncased is None else uncased
    for m in outside:
        word = m.group()
        if len(word) == 1:
            s, e = m.span()
            if _UNIT_RE.search(text, max(0, s - 3), s):
                continue  # `1 г.`, `5 л.`: a unit after a number, not an initial
            if text[e : e + 1] == "." and text[s - 1 : s] != "/" and not (  # not `б/і.`
                    word in "IVX" and _after_allowed_word(text, s, lex)):  # `Schatzker V.`
                out.append(_Word(s, e + 1, text[s : e + 1], 0, init=True))
                continue
        if (fold(word) in KZ_PATR_WORDS and out[-1].score and not out[-1].init
                and _adjacent(text, out[-1], _Word(m.start(), m.end(), word, 0))):
            out.append(_Word(m.start(), m.end(), word, WEAK, False, WEAK, particle=True))
            continue  # `бахром угли`: the father's name, then "son of"
        hit = cache.get(word)
        score, raw = hit if hit is not None else word_scores(word, lex)
        if score == WEAK and uncased and word.islower() and _in_spans(uncased, m.start()) \
                and _uncased_name(word, lex):  # `передай миллеру`: no capitals on the line
            score = STRONG
        if not score and _beside_initials(text, m.start(), m.end(), word):
            score = raw = WEAK
        elif score == STRONG and text[m.end() : m.end() + 1] == "." and _abbreviation(word):
            score = raw = 0  # `Лаб.`, `Предв.`, `Закл.`: a cut-off ordinary word
        if score:
            out.append(_Word(m.start(), m.end(), word, score, False, raw))
        elif out[-1] is not _BREAK:
            out.append(_BREAK)
    return out


_BREAK = _Word(0, 0, "", 0)
_PREV_WORD_RE = re.compile(r"([^\W\d_]+)[ \t]+$")


def _after_allowed_word(text: str, start: int, lex: Lexicons) -> bool:
    """The word before `start` is an allow-listed eponym (a classification's grade follows)."""
    m = _PREV_WORD_RE.search(text, max(0, start - 30), start)
    return bool(m and lex.is_allowed_word(m.group(1)))


@lru_cache(maxsize=50_000)
def _abbreviation(word: str) -> bool:
    """A word no dictionary knows, written before a dot, that begins some ordinary Russian
    word (`Лаб.` -> лабораторный): an abbreviation. Names never qualify."""
    low = word.lower()
    if len(low) < 3 or len(low) > 7 or ru_tags(low)[1] & NAME_TAGS:
        return False
    analyzer = morph()
    if analyzer is None:
        return False
    return any(parse.word != low and not parse.tag.grammemes & NAME_TAGS
               for parse in analyzer.iter_known_word_parses(low))


_NOT_INITIALS = ("т.ч.", "т.е.", "т.к.", "т.п.", "т.д.", "т.о.", "и.о.", "с.г.", "п.п.")
_INITS_AFTER = re.compile(r"[ \t][^\W\d_]\.[ \t]?[^\W\d_]\.")
_INITS_BEFORE = re.compile(r"[^\W\d_]\.[ \t]?[^\W\d_]\.[ \t]$")


def _beside_initials(text: str, s: int, e: int, word: str) -> bool:
    """`Шина С.И.`, `калиева ш.с.`, `С.И. Шина`: a word the dictionaries call ordinary or
    clinical is still a surname right next to two initials. Checked per occurrence (cheap
    character tests first)."""
    after = text[e + 2 : e + 3] == "." and _INITS_AFTER.match(text, e)
    before = text[s - 2 : s - 1] == "." and _INITS_BEFORE.search(text, max(0, s - 6), s)
    if not (after or before) or len(word) < 3:
        return False
    if _is_cue_word(word) or word.lower() in _SAFE_CAPS:
        return False
    if (after and not before and word.isupper() and len(word) <= 4 and not LATIN_RE.match(word)
            and not ru_tags(word.lower())[0] and not load_lexicons().lookup_first(word.lower())):
        return False  # `врач ВОП К.С. Кенжебаев`: an abbreviation no dictionary knows (not ШИНА)
    if word.islower() and _oblique_word(word):
        return False  # `зав. отделением Д.Е. Касымов`: a noun in a case no surname is here
    near = (text[max(0, s - 6) : s] + text[e : e + 6]).lower()
    return not any(a in near for a in _NOT_INITIALS)


@lru_cache(maxsize=50_000)
def _oblique_word(word: str) -> bool:
    """OpenCorpora reads the word only as an ordinary word, never in the nominative."""
    analyzer = morph()
    if analyzer is None or ru_tags(word)[1] & NAME_TAGS or not analyzer.word_is_known(word):
        return False
    return all(p.tag.case not in (None, "nomn") for p in analyzer.parse(word))


def _adjacent(text: str, a: _Word, b: _Word) -> bool:
    return bool(_SEP.fullmatch(text, a.end, b.start)) and "\n" not in text[a.end : b.start][:1]


def _runs(text: str, words: list[_Word]) -> list[list[_Word]]:
    """Adjacent name-like words and initials, joined."""
    runs: list[list[_Word]] = []
    cur: list[_Word] = []
    for w in words:
        if w.score or w.init:
            if cur and _adjacent(text, cur[-1], w) and len(cur) < 6 and (
                    w.score == STRONG or "\n" not in text[cur[-1].end : w.start]):
                cur.append(w)
                continue
            if cur:
                runs.append(cur)
            cur = [w]
        elif cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return runs


def _cued(text: str, words: list[_Word], run: list[_Word],
          name_ends: set[int] = frozenset()) -> bool:
    """A role word, `Dr.`, `Подпись:` or a list marker right before the run (also across a
    department's abbreviation: `врач ЛФК Кернер`), or the run is the next item of a list
    whose previous item is a name (`Топ: Исмағұлов, Мороз, Тихонова Т. И.`)."""
    before = text[max(0, run[0].start - 40) : run[0].start]
    if ("/" in before or "per os" in before) and _ROUTE_RE.search(before):
        return False  # `Диклофенак 75 мг в/м.`: a route of administration, not `м/с`
    list_item = _LIST_ITEM_RE.search(before)
    if (list_item and run[0].start - len(before) + list_item.start() in name_ends
            and len(run) <= 3 and all(_name_cased(w.text) for w in run)):
        return True
    if _role_before(before):
        return True
    return _bracket_after(text, run[-1].end)


def _bracket_after(text: str, end: int) -> bool:
    """A role word, a first name or an age right after, in brackets or after a comma
    (`Вебер (реаниматолог)`, `Соловей (Ганна)`, `Боткина (93 л.)`, `Калиева, 100 л.`): the
    word before is a surname."""
    if _AGE_AFTER_RE.match(text, end):
        return True
    after = _ROLE_AFTER_RE.match(text, end)
    return bool(after and (_is_cue_word(after.group(1)) or _is_first_name(after.group(1))))


_AGE_AFTER_RE = re.compile(r"[ \t]*[(,][ \t]*\d{1,3}[ \t]*-?[ \t]*(?:л\.|лет|года|год|жас\w*)")


def _role_before(before: str) -> bool:
    """`before` ends with a role word, perhaps followed by a department's abbreviation."""
    m = _CUE_BEFORE_RE.search(before)
    if m and before[m.start(1) - 1 : m.start(1)] == "-":
        return False  # `Rg-гр. лев.`: part of a compound, not the role word `гр.`
    if (m and len(m.group(1)) == 1
            and before[m.start(1) - 2 : m.end(1)].lower() not in ("м/с", "м/б")
            and not (m.group(1) in "Яя" and before.rstrip().endswith(","))):
        return False  # `м/с`, `м/б` are role words, and `Я, …`; `Ж.С.` and `в/м` are not
    if m and m.group(1).isupper() and 2 <= len(m.group(1)) <= 5 and not _is_cue_word(m.group(1)):
        m = _CUE_BEFORE_RE.search(before[: m.start(1)])
    return bool(m and _is_cue_word(m.group(1)))


_ROLE_AFTER_RE = re.compile(r"[ \t]*\(([^\W\d_]{3,})")


# `Исмағұлов, ` and `Каримова (Ленгер қ.), `: the end of a list item
_LIST_ITEM_RE = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*,[ \t]*\Z")


def _name_cased(word: str) -> bool:
    """`Мороз`, `ЛИ`, `Т.`: capitalised, with no capital inside (`WhatsApp` is a brand)."""
    return word[:1].isupper() and (word.isupper() or word[1:].islower() or len(word) <= 2)


def _is_cue_word(word: str) -> bool:
    return _word_is_cue(word) or fold(word) in _CUE_WORDS


# Searched from word starts only (the look-behind): the leftmost match is the same, without
# retrying from every letter inside each word.
_CUE_BEFORE_RE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[.:]?[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?"
                            r"(?:[:(,][ \t]*)?\Z")  # `ФИО (лат.):`; `$` would match before a \n
_WORD_BEFORE_RE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ \t]+\Z")
_WORD_AFTER_RE = re.compile(r"[ \t]+([^\W\d_]+)")
_NAMED_BEFORE_RE = re.compile(r"(?:им\.|имени)[ \t]*\Z")
_NAMED_AFTER_RE = re.compile(r"[ \t]*атында")
_UNIT_RE = re.compile(r"\d[ \t]?$")
_ROUTE_RE = re.compile(r"(?<!\w)(?:в/[вм]|п/к|к/і|і/[вм]|б/е|в/к|per os)\.?[ \t]*\Z")
_ROLE_EXTRA = {"dr", "prof", "подпись", "сдала", "сдал", "приняла", "принял", "тапсырды",
               "кабылдады", "мс", "мб", "с", "б", "м", "ата", "аже", "туысы", "бабушка",
               "дедушка", "пац", "patient", "name", "совместно", "коллега", "проф",
               "профессор", "родственники", "ассистировал", "ассистент", "получатель",
               "алушы", "recipient", "выписаны", "шыгарылды", "колы"}


def sweep_names(text: str, taken: list[tuple[int, int]], lex: Lexicons,
                outside: list[re.Match] | None = None,
                name_ends: set[int] | None = None,
                uncased: list[tuple[int, int]] | None = None) -> list[NameSpan]:
    """NameSpans for suspect words outside `taken` (sorted, non-overlapping spans).
    `outside`: `words_outside(text, taken)` when the caller already has it; `name_ends`: where
    names found before the sweep end (a list item after one is cued); `uncased`: the text's
    `uncased_lines`, when the caller already has them."""
    name_ends = set(name_ends or ())
    outside = list(words_outside(text, taken)) if outside is None else outside
    words = _words(text, outside, lex, uncased)
    out: list[NameSpan] = []
    for run in _runs(text, words):
        while run and _is_cue_word(run[0].text):
            run = run[1:]
        run = _trim_eponyms(text, run, lex)
        names = [w for w in run if not w.init]
        if not names or (len(run) == len(names) and all(w.raw == JOIN for w in names)):
            continue
        patr = [k for k, w in enumerate(run) if k and _PATRONYMIC.search(w.text.lower())]
        if patr and patr[-1] < len(run) - 1 and not run[-1].init:
            run = run[: patr[-1] + 1]  # `… жұмабекқызының қызымын`: the name ends there
            names = [w for w in run if not w.init]
        if _institution(text, run[0].start, run[-1].end):
            continue
        if len(run) == 1 and (DOSE_RE.match(text, run[0].end)
                              or _in_treatment_list(text, run[0].start)):
            continue  # `Метамизол натрия 50%`, `Транексамовая кислота 1 г`: a drug and a dose
        strong = (any(w.score == STRONG for w in names)
                  or sum(w.raw == STRONG for w in names) >= 2
                  or (len(names) >= 2 and (_PATRONYMIC.search(names[-1].text.lower())
                                           or names[-1].particle)))
        context = len(run) > len(names) or _cued(text, words, run, name_ends)
        if not (strong or context):
            continue
        toks = [_tok(w, lex) for w in run]
        first = toks[0].kind == "FIRST" or (not run[0].init and _is_first_name(run[0].text))
        before = _surname_before(text, run[0].start, lex) if first else None
        if before:
            toks.insert(0, word_tok(before[0], before[1], text[before[0] : before[1]], lex))
        out.append(NameSpan(toks[0].start, run[-1].end, assign_roles(toks)))
        name_ends.add(run[-1].end)
    out = _with_column_names(text, taken, _with_field_names(text, taken, out, lex), lex)
    out = _with_titled_names(text, taken, out, lex)
    return _with_cued_nouns(text, outside, out, lex, name_ends)


# An English title, then one to three capitalised Latin words (`Dr. Min-jun Kim`, `Dr. Burak
# Yılmaz`, `Prof. Seo-yeon Lee`): the title says a person follows, whatever the words read as
# in Russian (Park, Lee, Burak are Russian words or too short to judge).
_TITLED_RE = re.compile(r"(?<![\w])(?:Dr|Prof|Mr|Mrs|Ms)\.?[ \t]+"
                        r"([A-Z][A-Za-zÀ-ÿĀ-ſ'’-]+(?:[ \t]+[A-Z][A-Za-zÀ-ÿĀ-ſ'’-]+){0,2})")


def _with_titled_names(text: str, taken: list[tuple[int, int]], spans: list[NameSpan],
                       lex: Lexicons) -> list[NameSpan]:
    if not any(title in text for title in ("Dr", "Prof", "Mr", "Ms")):  # Mrs holds Mr
        return spans
    extra = []
    for m in _TITLED_RE.finditer(text):
        s, e = m.span(1)
        # a part found before (`Seo-yeon`, `Kim`) gives way to the whole; a span reaching
        # outside the title's words keeps its place
        if any(a < e and s < b and (a < s or b > e) for a, b in
               [*taken, *((n.start, n.end) for n in spans)]):
            continue
        spans = [n for n in spans if not (s <= n.start and n.end <= e)]
        toks = [_tok(w, lex) for w in _cell_words(text, s, e)]
        extra.append(NameSpan(s, e, assign_roles(toks)))
    return sorted(spans + extra, key=lambda n: n.start) if extra else spans


# A person field's lower-case value (`сдала: классен, приняла: шина`, `ответственный:
# гарипов /`): the label says a person follows, so an ordinary word there is a surname.
_PERSON_FIELD_RE = re.compile(
    r"(?<![^\W\d_])(?:сдал|сдала|принял|приняла|ответственн\w*|исполнител\w*|подпись|"
    r"тапсырды|қабылдады|жауапты)[ \t]*:[ \t]*([а-яёәғқңөұүһі]{3,}(?:-[а-яёәғқңөұүһі]{3,})?)"
    r"(?=[ \t]*(?:[.,;/(\n]|\Z|[а-яё]\.[ \t]?[а-яё]\.))")


_PERSON_FIELD_CUES = ("сдал", "принял", "ответствен", "исполнител", "подпис", "тапсыр", "қабылда",
                      "жауапты")
_CAP_WORD_RE = re.compile(r"(?<![^\W\d_])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]{2,}(?![^\W\d_])")
_CLAUSE_END_RE = re.compile(r"[ \t]*(?:[,.;:()\n|]|\Z|\d)|[ \t]{2,}")


def _with_cued_nouns(text: str, outside: list[re.Match], spans: list[NameSpan],
                     lex: Lexicons, name_ends: set[int] = frozenset()) -> list[NameSpan]:
    """`Диспетчер Коваль`, `сопровожд. Соловей`: a capitalised ordinary noun in the
    nominative right after a role word, ending its clause, is a surname (Коваль, Гусь,
    Лебедь and Соловей are words too). Oblique forms (`Приемного`, `Отделения`) are not.
    `outside`: the word matches outside the spans found before the sweep."""
    starts = [n.start for n in spans]
    extra = []
    for m in outside:
        word = m.group()
        if not (word[:1].isupper() and _CAP_WORD_RE.fullmatch(word)):
            continue
        s, e = m.span()
        k = bisect.bisect_right(starts, s) - 1
        if ((k >= 0 and spans[k].end > s) or not _CLAUSE_END_RE.match(text, e)
                or DOSE_RE.match(text, e) or _in_treatment_list(text, s)):
            continue
        if (not nominative_noun(word) or _is_cue_word(word) or word_is_eponym_head(word)
                or word.lower() in _SAFE_CAPS or fold(word) in GENERIC_PERSONS
                or clinical_vocabulary(lex).knows(word.lower())):
            continue
        before = text[max(0, s - 40) : s]
        if before.endswith("   "):
            continue  # a column gap: `ФИО      Возраст` is a table header, not a role and a name
        item = _LIST_ITEM_RE.search(before)
        if not (_role_before(before) or (item and s - len(before) + item.start() in name_ends)
                or _bracket_after(text, e)):
            continue
        extra.append(NameSpan(s, e, assign_roles([word_tok(s, e, word, lex)])))
        name_ends.add(e)
    return sorted(spans + extra, key=lambda n: n.start) if extra else spans


_NAME_HEADER = re.compile(r"фио|ф\.и\.о|т\.а\.ә|аты-жөні|сопровожд|ответствен|медсестра|"
                          r"(?<![\w])(?:врач|дәрігер|хирург|м/с|пациент|науқас|фамилия|тегі|имя|"
                          r"отчество|аты)(?![\w])")
_CELL_NAME_RE = re.compile(r"(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]+(?:-[^\W\d_]+)?|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.)"
                           r"(?:[ \t]+(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]+|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.[ \t]?"
                           r"(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.)?)){0,2}")


def _with_column_names(text: str, taken: list[tuple[int, int]], spans: list[NameSpan],
                       lex: Lexicons) -> list[NameSpan]:
    """Each cell of the name column of a `|` table (`ФИО`, `сопровожд.`, `врач`) that holds
    one to three capitalised words or initials and nothing else: a person, whatever the
    words (`Гусь`, `Илизарова`)."""
    if not may_hold_table(text):
        return spans
    low = lowered(text)
    if not _NAME_HEADER.search(low):
        return spans
    busy = sorted(taken + [(n.start, n.end) for n in spans])
    extra = []
    for s, e, aligned in column_cells(text, low, _NAME_HEADER):
        if not aligned or any(a < e and s < b for a, b in busy):
            continue
        if not (_CELL_NAME_RE.fullmatch(text, s, e) or _lower_name_cell(text[s:e], lex)) or (
                clinical_vocabulary(lex).knows(text[s:e].lower()) or _is_cue_word(text[s:e])):
            continue
        toks = [_tok(w, lex) for w in _cell_words(text, s, e)]
        extra.append(NameSpan(s, e, assign_roles(toks)))
    return sorted(spans + extra, key=lambda n: n.start) if extra else spans


_LOWER_CELL_RE = re.compile(r"[a-zа-яёәғқңөұүһі]{2,}(?:-[a-zа-яёәғқңөұүһі]{2,})?"
                            r"(?:[ \t]+[a-zа-яёәғқңөұүһі]{2,}){1,2}")


def _lower_name_cell(cell: str, lex: Lexicons) -> bool:
    """`аубакирова гаухар` in a name column: two or three lower-case words, one of them
    name-like to the sweep, and none a role word or a clinical word (`не указано`, `отказ`
    and `нет данных` are all dictionary words, scored 0)."""
    return bool(_LOWER_CELL_RE.fullmatch(cell)) and _name_like_words(cell.split(), lex)


def _name_like_words(words: list[str], lex: Lexicons) -> bool:
    """One of the words is name-like to the sweep, and none is a role word, a clinical word
    or a form's placeholder (`не указано`, `отказ`, `нет данных` all score 0)."""
    vocabulary = clinical_vocabulary(lex)
    if any(_is_cue_word(w) or vocabulary.knows(w.lower()) or reads_as_field_value(w)
           for w in words):
        return False
    return any(word_scores(w, lex)[1] for w in words)


def _cell_words(text: str, s: int, e: int) -> list[_Word]:
    out = []
    for m in re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)?\.?", text[s:e]):
        w = m.group()
        init = w.endswith(".") and len(w) == 2
        word = w[:-1] if w.endswith(".") and not init else w
        out.append(_Word(s + m.start(), s + m.start() + len(word), word, STRONG, init=init))
    return out


def _with_field_names(text: str, taken: list[tuple[int, int]], spans: list[NameSpan],
                      lex: Lexicons) -> list[NameSpan]:
    if ":" not in text:
        return spans
    low = lowered(text)
    person_field = any(cue in low for cue in _PERSON_FIELD_CUES)
    if not person_field and not _NAME_FIELD_GATE.search(low):
        return spans
    busy = sorted(taken + [(n.start, n.end) for n in spans])
    extra = []
    for m in _PERSON_FIELD_RE.finditer(low) if person_field else ():
        s, e = m.span(1)
        word = text[s:e]
        if (reads_as_field_value(word) or _is_cue_word(word)
                or clinical_vocabulary(lex).knows(word) or any(a < e and s < b for a, b in busy)):
            continue
        extra.append(NameSpan(s, e, assign_roles([word_tok(s, e, word, lex)])))
    for m in _NAME_FIELD_RE.finditer(low):
        s, e = m.span(1)
        if any(a < e and s < b for a, b in busy) or not _name_like_words(text[s:e].split(), lex):
            continue
        toks = [_tok(w, lex) for w in _cell_words(text, s, e)]
        extra.append(NameSpan(s, e, assign_roles(toks)))
    return sorted(spans + extra, key=lambda n: n.start) if extra else spans


# A name label, perhaps with a note in brackets, and one to three words up to the end of the
# clause (`ф.и.о. (со слов): кожахметов ислам, возраст 46`, `т.а.ә. (өз сөзінен): хохлов
# вячеслав`): the label says a person follows, in whatever case it is written.
_NAME_FIELD_GATE = re.compile(r"ф\.?[ \t]?и\.?[ \t]?о|т\.?[ \t]?а\.?[ \t]?ә|аты-жөні")
_NAME_FIELD_RE = re.compile(
    r"(?<![^\W\d_])(?:ф\.?[ \t]?и\.?[ \t]?о\.?|т\.?[ \t]?а\.?[ \t]?ә\.?|аты-жөні)"
    r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*:[ \t]*"
    r"([a-zа-яёәғқңөұүһі]{2,}(?:-[a-zа-яёәғқңөұүһі]{2,})?(?:[ \t]+[a-zа-яёәғқңөұүһі]{2,}){0,2})"
    r"(?=[ \t]*(?:[,.;(|\n]|\Z))")


def _is_first_name(word: str) -> bool:
    """OpenCorpora calls the word (or its passport reading) a first name and not a surname."""
    readings = latin_readings(word) if LATIN_RE.match(word) else (word.lower(),)
    return any("Name" in (tags := ru_tags(r)[1]) and "Surn" not in tags for r in readings)


_CAP_BEFORE_RE = re.compile(r"(?<![^\W\d_])([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]{2,}) \Z")
_LOWER_BEFORE_RE = re.compile(r"(?<![^\W\d_])([а-яёәғқңөұүһі]{3,}) \Z")


def _surname_before(text: str, start: int, lex: Lexicons) -> tuple[int, int] | None:
    """`Лебедь Ганна`, `OREL STEPAN`: a capitalised ordinary word right before a first name
    is its surname (passport and Russian order), unless it is a role word or a term. In a
    lower-case note (`классен артур давыдович`) a lower-case word is, unless it is a
    function word."""
    lower = text[start : start + 1].islower()
    m = (_LOWER_BEFORE_RE if lower else _CAP_BEFORE_RE).search(text, max(0, start - 30), start)
    if not m:
        return None
    word = m.group(1)
    if lower and function_word(word):
        return None
    if (_is_cue_word(word) or word_is_eponym_head(word) or word.lower() in _SAFE_CAPS
            or clinical_vocabulary(lex).knows(word.lower())
            or (word.isupper() and not LATIN_RE.match(word) and len(word) <= 4)
            or (is_country(word) and not SURNAME_SHAPE.search(word.lower()))):
        return None  # `гражданина Турции AYDIN AYŞE`: the country is no surname
    return m.start(1), m.end(1)


# `оспанов серік бауыржанұлы`: a patronymic closing a run of two or more words is a full
# name even in a lower-case nurse note, where each word alone is only a weak suspect.
_PATRONYMIC = re.compile(r"..(?:ович|евич|овна|евна|ична|ұлы|улы|қызы|кызы)"
                         r"(?:ның|нің|на|не|ға|ге|мен|нан|нен|ны|ні)?$")


def _trim_eponyms(text: str, run: list[_Word], lex: Lexicons) -> list[_Word]:
    """Drop the eponym at either end of a run: `перелом Монтеджа`, `Кохер бойынша`,
    `по Кохеру–Лангенбеку`. Only a run with no initials loses its words this way: a word
    next to initials is a person (`Боткин С.П.`)."""
    if any(w.init for w in run):
        return run
    while run and (_after_eponym_head(text, run[0].start)
                   or _after_eponym(text, run[0].start, lex)):
        run = run[1:]
    while run and _before_eponym_head(text, run[-1].end):
        run = run[:-1]
    return run


_EPONYM_CHAIN_RE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ \t]*[-–—][ \t]*\Z")


def _after_eponym(text: str, start: int, lex: Lexicons) -> bool:
    """`Кохеру–Лангенбеку`, `Блаунта-Моора`: the second of two eponyms joined by a dash."""
    lo = max(0, start - 30)
    m = _EPONYM_CHAIN_RE.search(text[lo:start])
    return bool(m and (lex.is_allowed_word(m.group(1))
                       or _after_eponym_head(text, lo + m.start(1))))


def _after_eponym_head(text: str, start: int) -> bool:
    """`перелом Монтеджа`, `винт Герберта`, `по Редону`: a clinical construction, not a person."""
    m = _WORD_BEFORE_RE.search(text[max(0, start - 30) : start])
    return bool(m and word_is_eponym_head(m.group(1)))


def _before_eponym_head(text: str, end: int) -> bool:
    """`Байков симптомы`, `Штейман тесті`: Kazakh puts the head after the eponym."""
    m = _WORD_AFTER_RE.match(text[end : end + 30])
    return bool(m and word_heads_word_before(m.group(1)))


def clinical_construction(text: str, start: int, end: int) -> bool:
    """The word at [start, end) names an institution or stands next to an eponym head."""
    return (_institution(text, start, end) or _after_eponym_head(text, start)
            or _before_eponym_head(text, end))


def _institution(text: str, start: int, end: int) -> bool:
    """`им. Н.Д. Батпенова`, `Батпенов атындағы`: a hospital's name, kept."""
    before = _NAMED_BEFORE_RE.search(text[max(0, start - 8) : start])
    return bool(before or _NAMED_AFTER_RE.match(text[end : end + 12]))


def _tok(w: _Word, lex: Lexicons) -> Tok:
    if w.init:
        return Tok(w.start, w.end, w.text, "INIT", w.text[:1])
    if w.particle:  # kept as written by the surrogate; the word before it is the father's
        return Tok(w.start, w.end, w.text, "KZPATR", w.text)
    return word_tok(w.start, w.end, w.text, lex)


def word_tok(start: int, end: int, text: str, lex: Lexicons) -> Tok:
    """A name token for a swept word: its kind from the name lexicons, else a surname."""
    readings = latin_readings(text) if LATIN_RE.match(text) else (text,)
    for word in readings:
        kind, firsts = classify_word(word.capitalize(), lex)
        if kind in ("FIRST", "PATR", "KOREAN"):
            break
    return Tok(start, end, text, kind if kind in ("FIRST", "PATR", "KOREAN") else "SURN",
               text, "", firsts)


_CUE_WORDS = _ROLE_EXTRA | ROLE_WORDS | _LEAD_WORDS
