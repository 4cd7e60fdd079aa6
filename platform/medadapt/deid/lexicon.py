"""Name lexicons and the clinical allow-list, loaded once per process.

The files live in `datasets/lexicons/` so that a hospital can extend them without touching
code. First names are expanded into their Russian case forms up front, so detection is a dict
look-up and tells us gender and grammatical case at the same time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

KK_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
_KK_SET = frozenset(KK_LETTERS)
_KK_PAIRS = tuple(zip("әғқңөұүһі", "агкноуухи", strict=True))  # lower() leaves no capitals
_KK_TO_RU = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_HUSHING = set("жшчщц")
_VELAR = set("гкх")


def default_lexicon_dir() -> Path:
    """`datasets/lexicons` of the source checkout this module was imported from."""
    return Path(__file__).resolve().parents[3] / "datasets" / "lexicons"


@lru_cache(maxsize=262_144)  # called per token by every detector: words repeat a lot
def fold(word: str) -> str:
    """Lower-case and map Kazakh letters to Russian ones: Нұрлан and Нурлан are one key."""
    return word.lower().replace("ё", "е").translate(_KK_TO_RU)


def fold_text(text: str) -> str:
    """`fold` for a whole page: uncached (caching pages would pin every page in memory), and
    by `replace` per Kazakh letter, which is much faster than `translate` on Cyrillic."""
    out = text.lower().replace("ё", "е")
    for kk, ru in _KK_PAIRS:
        if kk in out:
            out = out.replace(kk, ru)
    return out


def has_kazakh_letters(text: str) -> bool:
    return not _KK_SET.isdisjoint(text)


def read_list(path: Path) -> list[str]:
    """Non-empty, non-comment lines of a lexicon file."""
    if not path.is_file():
        raise FileNotFoundError(
            f"lexicon file {path} is missing; restore it from the repository "
            "(datasets/lexicons/) or pass lexicon_dir= to point at a copy"
        )
    lines = path.read_text(encoding="utf-8").splitlines()
    return [s.strip() for s in lines if s.strip() and not s.lstrip().startswith("#")]


def first_name_forms(name: str, gender: str) -> dict[str, str]:
    """Russian case forms of a first name -> case tag (nominative wins on collisions)."""
    low = name.lower()
    forms: dict[str, str] = {}
    last = low[-1]
    if last in "ая":
        stem = low[:-1]
        soft = last == "я" or stem[-1:] in _VELAR | _HUSHING
        if low.endswith("ия"):
            endings = {"gent": "и", "datv": "и", "accs": "ю", "ablt": "ей", "loct": "и"}
        elif last == "я":
            endings = {"gent": "и", "datv": "е", "accs": "ю", "ablt": "ей", "loct": "е"}
        else:
            endings = {"gent": "и" if soft else "ы", "datv": "е", "accs": "у",
                       "ablt": "ей" if stem[-1:] in _HUSHING else "ой", "loct": "е"}
    elif gender == "f":
        stem = low[:-1] if last == "ь" else low
        endings = {"gent": "и", "datv": "и", "ablt": "ью", "loct": "и"} if last == "ь" else {}
    elif last in "йь":
        stem = low[:-1]
        endings = {"gent": "я", "datv": "ю", "accs": "я", "ablt": "ем", "loct": "е"}
    else:
        stem = low
        ins = "ем" if last in _HUSHING else "ом"
        endings = {"gent": "а", "datv": "у", "accs": "а", "ablt": ins, "loct": "е"}
    for case, end in endings.items():
        forms.setdefault(stem + end, case)
    forms[low] = "nomn"
    return forms


@dataclass(frozen=True)
class FirstName:
    lemma: str
    gender: str  # "m" or "f"
    case: str
    origin: str  # "ru" or "kk"


@dataclass
class Lexicons:
    """Everything the detector looks up by word."""

    first_names: dict[str, list[FirstName]] = field(default_factory=dict)
    korean_surnames: set[str] = field(default_factory=set)
    allow_words: set[str] = field(default_factory=set)  # folded stems of single-word entries
    allow_phrases: list[str] = field(default_factory=list)  # folded multi-word entries
    kind_cache: dict = field(default_factory=dict, repr=False)  # word -> classification

    def lookup_first(self, word: str) -> list[FirstName]:
        return self.first_names.get(word.lower().replace("ё", "е"), [])

    def is_allowed_word(self, word: str) -> bool:
        """True when the word is (an inflection of) an allow-listed clinical word."""
        key = fold(word)
        for cut in range(0, 4):
            if len(key) - cut >= 3 and key[: len(key) - cut] in self.allow_words:
                if key[len(key) - cut :] in _INFLECTIONS:
                    return True
        return False


_INFLECTIONS = {"", "а", "я", "у", "ю", "ом", "ем", "ым", "им", "е", "и", "ой", "ей", "ого", "ому",
                "ы", "ий", "ая", "ую", "ам", "ах", "ами",
                # Kazakh plurals and cases, folded (`Эритроциттер`, `Гемоглобинді`)
                "тер", "тар", "дер", "дар", "лер", "лар", "ди", "ды", "ти", "ты", "нын", "нин",
                "га", "ге", "ка", "ке", "да", "де", "та", "те", "мен", "пен", "бен"}
_WORD_RE = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=4)
def load_lexicons(lexicon_dir: Path | None = None, allow_list_path: Path | None = None) -> Lexicons:
    """Read the lexicon files (cached: every Deidentifier in a process shares them)."""
    base = lexicon_dir or default_lexicon_dir()
    lex = Lexicons()
    for origin in ("ru", "kk"):
        for gender, tag in (("m", "male"), ("f", "female")):
            for name in read_list(base / f"first_names_{origin}_{tag}.txt"):
                for form, case in first_name_forms(name, gender).items():
                    entry = FirstName(name, gender, case, origin)
                    bucket = lex.first_names.setdefault(form.replace("ё", "е"), [])
                    if case == "nomn":
                        bucket.insert(0, entry)
                    else:
                        bucket.append(entry)
    lex.korean_surnames = {s.lower() for s in read_list(base / "surnames_korean.txt")}
    for entry in read_list(allow_list_path or base / "clinical_allow.txt"):
        words = _WORD_RE.findall(entry)
        if len(words) == 1:
            lex.allow_words.add(fold(words[0]))
        elif words:
            lex.allow_phrases.append(fold(entry))
    return lex
