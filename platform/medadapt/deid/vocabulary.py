"""Clinical vocabulary the name sweep must never mask, taken from the orthopedic lexicons the
field extractor uses (`ortho_terms.yaml`, `ortho_abbreviations.yaml`).

Why: the recall-first sweep suspects every capitalised word no dictionary knows, and
OpenCorpora does not know much clinical Russian (Артроскопическая, Чрескостный,
Многооскольчатый) nor Kazakh clinical forms. Masking them loses the very fields the corpus is
built from. The stems come from the vocabulary patterns (alphabetic runs of ≥ 5 letters)
and the standard terms, never from eponyms: those stay on the clinical allow-list, where a
surname after a role word is still a person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .lexicon import Lexicons, default_lexicon_dir, fold

__all__ = ["ClinicalVocabulary", "load_vocabulary"]

_RUN = re.compile(r"[^\W\d_]{5,}")
# Prefixes that make a new clinical word from a known one (много-оскольчатый, пост-травматический)
_PREFIXES = ("много", "мало", "полу", "пост", "пред", "интра", "внутри", "около", "над",
             "под", "бес", "без", "транс", "пара", "пери", "пере")
_MIN_STEM = 5


def _strings(node: Any) -> Iterable[str]:
    """Every string (keys and values) in a nested YAML node."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield str(key)
            yield from _strings(value)
    elif isinstance(node, list):
        for item in node:
            yield from _strings(item)


def _ordinary(word: str) -> bool:
    """An ordinary word to OpenCorpora (not only a name): a clinical word, not an eponym."""
    from .dictionaries import ru_tags

    known, tags = ru_tags(word)
    return known and "ORD" in tags


def _is_name(word: str) -> bool:
    from .dictionaries import ru_tags

    return bool(ru_tags(word)[1] & {"Name", "Surn", "Patr"})


class ClinicalVocabulary:
    """Folded stems of clinical words; `knows(word)` matches a word by a stem prefix.
    `exclude`: the allow-list's folded words; its eponyms never become stems."""

    def __init__(self, stems: Iterable[str], exclude: set[str],
                 abbreviations: Iterable[str] = ()):
        # Киршнер yes, артроскопия no; a short entry (`амб` of `Амб. карта`) names no eponym
        eponyms = [e for e in exclude if len(e) >= _MIN_STEM and not _ordinary(e)]
        self.stems = frozenset(s for s in stems if len(s) >= _MIN_STEM and not any(
            e.startswith(s) or s.startswith(e) for e in eponyms))
        self._lengths = sorted({len(s) for s in self.stems}, reverse=True)
        # exact words (закр, перел), but never one that is also a name (лев = Лев)
        self.abbreviations = frozenset(a for a in abbreviations if not _is_name(a))

    def knows(self, word: str) -> bool:
        low = fold(word)
        if low in self.abbreviations or is_drug_name(low) or is_clinical_shape(low):
            return True
        candidates = [low] + [low[len(p):] for p in _PREFIXES if low.startswith(p)]
        return any(c[:n] in self.stems for c in candidates for n in self._lengths
                   if len(c) >= n)


# Kazakh role and relation words that stand before a name and that hunspell-kk does not
# split (folded): shared by the name sweep and the leak audit.
ROLE_WORDS = frozenset(fold(w) for w in (
    "мейіргер", "мейірбике", "апасы", "ағасы", "інісі", "сіңлісі", "қарындасы", "баласы",
    "немересі", "жиені", "мекенжайы", "мекенжай", "науқастың"))

# Words for a kind of person, never a surname though capitalised after a role word
# (`Пациент Мужчина 45 лет`), folded.
GENERIC_PERSONS = frozenset(fold(w) for w in (
    "мужчина", "женщина", "ребенок", "ребёнок", "девочка", "мальчик", "девушка", "юноша",
    "подросток", "пенсионер", "пенсионерка", "инвалид", "студент", "студентка", "школьник",
    "школьница", "гражданин", "гражданка", "пострадавший", "пострадавшая", "неизвестный",
    "неизвестная", "иностранец", "иностранка", "ер", "әйел", "бала", "сәби", "жасөспірім"))

# Stems of International Nonproprietary Names (WHO, "The use of stems in the selection of
# INN"), in their Russian spelling: a word ending in one is a drug (эноксапарин, Фраксипарин,
# цефтриаксон, диклофенак), not a surname, whether or not a lexicon lists the brand.
INN_STEMS = ("парин", "мицин", "циллин", "цеф", "сартан", "статин",
             "профен", "коксиб", "дронат", "ксабан", "гатран", "каин", "фенак", "празол",
             "тидин", "метазон", "низолон", "олол", "дипин", "микацин", "ксацин",
             "коназол", "нидазол", "ловир", "навир", "тиазид", "семид", "триаксон", "азолин",
             "фурин", "ксикам", "таприд", "тромб", "артан", "флуран", "мумаб", "ксимаб", "зумаб",
             "цепт", "бутамин", "сонид", "терол", "колин", "празоли", "мицини", "циллини",
             "мизол", "прил", "формин", "догрел", "фарин", "ацетам", "лактон", "сетрон",
             "азепам", "глиптин", "тиниб", "ролак", "азепин", "трексон", "фентанил", "бутамол",
             "пенем", "филлин", "бутол", "ниазид",
             "вакс")  # -вакс: vaccines (Пневмовакс), like вакси-/грипп inside (Ваксигрип, Гриппол)
_INN_END = tuple(s for s in INN_STEMS if s != "цеф")


# Greek and Latin word-building endings of clinical nouns, adjectives and specialities
# (Деменция, Дорсопатия, Гипертензивный, Кубитальный, Патоморфолог): a capitalised word the
# dictionaries lack but built like this is a term, not a surname.
CLINICAL_ENDINGS = ("патия", "логия", "графия", "скопия", "томия", "стомия", "плазия",
                    "трофия", "алгия", "емия", "урия", "пения", "генез", "мания", "ммия",
                    "альный", "альная", "альное", "ивный", "ивная", "озный", "озная", "онный",
                    "ический", "ическая", "арный", "арная", "ентный", "антный", "ильный",
                    "олог", "ологи", "химия", "стаз", "плегия", "цит", "оцитоз", "енция", "ация",
                    "иция", "ракция", "укция", "амовая", "амовой", "ановая", "оновая", "фузия",
                    "фузий", "логиялык",  # folded: логиялық
                    "ит", "троз", "дроз",  # -ит, -оз: inflammation, degeneration (сакроилеит)
                    "биоз", "плазмоз", "матоз",  # parasitoses, -matoses (Энтеробиоз)
                    "арлы", "альды", "иялык", "иялы")  # Kazakh -арлы, -альды (Полисегментарлы)


def is_clinical_shape(low: str) -> bool:
    """A folded word of 8+ letters with a clinical word-building ending; -ит after a hushing
    consonant is a name's ending, never an inflammation's (Абдурешит, Рашит)."""
    return (len(low) >= 8 and low.endswith(CLINICAL_ENDINGS)
            and not (low.endswith("ит") and low[-3:-2] in "шжчщ"))


# Kazakh case endings a drug name takes in a sentence (Метформинді, Бисопрололды,
# Варфаринмен), folded; taken off before the stem test.
_KK_CASE_ENDINGS = ("ды", "ди", "ты", "ти", "ны", "ни", "мен", "пен", "бен", "нын", "нин", "дын",
                    "дин", "га", "ге", "ка", "ке", "да", "де", "дан", "ден", "нан", "нен")


def _folded_lines(path: Path) -> set[str]:
    """A lexicon list's entries, folded (blank lines and `#` comments skipped)."""
    if not path.exists():
        return set()
    return {fold(line.strip()) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


@lru_cache(maxsize=1)
def _drug_names() -> tuple[str, ...]:
    """Folded names of `drug_names.txt` (brands and INNs no stem covers), for a prefix test."""
    return tuple(sorted(_folded_lines(default_lexicon_dir() / "drug_names.txt")))


def is_drug_name(low: str) -> bool:
    """A folded word with an INN stem (`цеф…` at the start, the others at the end), perhaps
    under a Kazakh case ending; a vaccine (вакси-, -вакс, грипп inside); or a name of
    `drug_names.txt` (`Сорбифер`, `Рифампицин`, `Мексидолмен`)."""
    if len(low) < 5:
        return False
    if len(low) >= 7 and (low.startswith(("цеф", "вакси")) or "грипп" in low
                          or low.endswith(_INN_END)):
        return True
    if low.startswith(_drug_names()):
        return True
    if len(low) < 7:
        return False
    return any(low.endswith(e) and low[: -len(e)].endswith(_INN_END) for e in _KK_CASE_ENDINGS)


@lru_cache(maxsize=2)
def load_vocabulary(lexicon_dir: Path | None = None,
                    exclude: frozenset[str] = frozenset()) -> ClinicalVocabulary:
    """Stems from the orthopedic lexicons; eponyms among `exclude` are left out."""
    base = lexicon_dir or default_lexicon_dir()
    stems: set[str] = set()
    abbreviations = _abbreviation_words(base / "ortho_abbreviations.yaml")
    for name in ("ortho_terms.yaml", "ortho_abbreviations.yaml"):
        path = base / name
        if not path.exists():
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict):
            data.pop("implants", None)  # brand names are often surnames (Zimmer, Smith)
        for text in _strings(data):
            stems.update(fold(run) for run in _RUN.findall(text))
    # stems the dictionaries lack (CC0, see the file); drug names are `is_drug_name`'s
    stems.update(_folded_lines(base / "clinical_words.txt"))
    return ClinicalVocabulary(stems, set(exclude), abbreviations)


def _abbreviation_words(path: Path) -> set[str]:
    """Single-word abbreviation keys (`закр.`, `лев.`) as folded words of ≥ 3 letters."""
    if not path.exists():
        return set()
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    keys = (str(k) for table in data.values() if isinstance(table, dict) for k in table)
    return {fold(k.rstrip(".")) for k in keys if re.fullmatch(r"[^\W\d_]{3,}\.?", k)}


def clinical_vocabulary(lex: Lexicons) -> ClinicalVocabulary:
    """The orthopedic vocabulary, without the allow-list's eponyms (those stay suspects);
    kept on `lex` so the exclusion set is built once, not once per new word."""
    hit = lex.__dict__.get("_sweep_clinical")
    if hit is None:
        hit = lex.__dict__["_sweep_clinical"] = load_vocabulary(
            exclude=frozenset(lex.allow_words))
    return hit
