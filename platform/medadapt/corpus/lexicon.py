"""The orthopedic lexicon (`datasets/lexicons/ortho_*.{yaml,txt}`), loaded and compiled once.

Terms live in data files, not code, so a clinician can extend them without touching the
extractor; the code only knows the lexicon's shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

LEXICON_DIR = Path(__file__).resolve().parents[3] / "datasets" / "lexicons"
TERMS_FILE = "ortho_terms.yaml"
KEYWORD_FILES = {"ru": "ortho_keywords_ru.txt", "kk": "ortho_keywords_kk.txt"}
CATEGORIES = ("site", "side", "fracture", "procedure", "implants", "complaints", "mechanism",
              "anesthesia", "rehabilitation", "restrictions", "headings", "operation")


class LexiconError(ValueError):
    """A lexicon file the user must fix; names the file and the entry."""


def fold(text: str) -> str:
    """The form every pattern matches against: lower case, ё as е, Cyrillic dze `ѕ` as `s`.

    `Ѕ72.1` (Cyrillic dze for the ICD chapter letter) occurs in records typed on Russian
    keyboards; no Russian or Kazakh word has the letter. Lengths are kept (spans stay valid).
    """
    return text.lower().replace("ё", "е").replace("ѕ", "s")


@dataclass(frozen=True)
class Lexicon:
    """Compiled ordered pattern tables (code -> regexes), answer labels, keyword lists."""

    tables: dict[str, dict[str, tuple[re.Pattern, ...]]]
    labels: dict[str, dict[str, dict[str, str]]]
    procedure_type: dict[str, str]  # procedure code -> arthroplasty | osteosynthesis | other
    kl_context: tuple[str, ...]
    keywords: dict[str, tuple[str, ...]]
    # two-word form-table labels ("операция атауы"): (head, tail), folded
    table_labels: tuple[tuple[str, str], ...] = ()

    def first(self, table: str, text: str) -> str | None:
        """The first code (in lexicon order) with a pattern found in `text`."""
        folded = fold(text)
        for code, patterns in self.tables[table].items():
            if any(p.search(folded) for p in patterns):
                return code
        return None

    def all(self, table: str, text: str) -> list[str]:
        """Every code with a pattern in `text`, in lexicon order."""
        folded = fold(text)
        return [code for code, patterns in self.tables[table].items()
                if any(p.search(folded) for p in patterns)]

    def spans(self, table: str, text: str) -> list[tuple[int, int, str]]:
        """(start, end, code) of every pattern match, codes in lexicon order."""
        folded = fold(text)
        return [(m.start(), m.end(), code) for code, patterns in self.tables[table].items()
                for p in patterns for m in p.finditer(folded)]

    def any(self, table: str, code: str, text: str) -> bool:
        folded = fold(text)
        return any(p.search(folded) for p in self.tables[table][code])

    def label(self, table: str, code: str, language: str) -> str:
        entry = self.labels.get(table, {}).get(code)
        return entry[language] if entry else code


# A Kazakh stem's last к/қ after a vowel turns г/ғ before a vowel suffix (жіліншік ->
# жіліншігі, тобық -> тобығы, аяқ -> аяғы): a pattern written with the dictionary form
# matches both. Applied where the stem ends (`\w*`, a space, `)` or the pattern's end).
_VOICING = re.compile(r"(?<=[аеиоуыэюяәөұүі])([кқ])(?=\\w\*|[ )']|$)")


def voiced(pattern: str) -> str:
    """`pattern` with each such к/қ widened to [кг]/[қғ]."""
    return _VOICING.sub(lambda m: "[кг]" if m.group(1) == "к" else "[қғ]", pattern)


def _compile(path: Path, category: str, code: str, patterns: object) -> tuple[re.Pattern, ...]:
    if not isinstance(patterns, list) or not patterns:
        raise LexiconError(f"{path}: {category}.{code}: expected a non-empty list of patterns")
    try:
        return tuple(re.compile(voiced(str(p))) for p in patterns)
    except re.error as err:
        raise LexiconError(f"{path}: {category}.{code}: bad regular expression ({err})") from None


def _read_keywords(path: Path) -> tuple[str, ...]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise LexiconError(f"{path}: cannot read keyword list ({err})") from None
    return tuple(dict.fromkeys(fold(w.strip()) for w in lines
                               if w.strip() and not w.startswith("#")))


@lru_cache(maxsize=4)
def load_lexicon(directory: Path = LEXICON_DIR) -> Lexicon:
    """Read and compile the lexicon; errors name the file and the entry to fix."""
    path = directory / TERMS_FILE
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise LexiconError(f"{path}: cannot load lexicon ({err})") from None
    missing = [c for c in (*CATEGORIES, "labels", "procedure_type") if c not in raw]
    if missing:
        raise LexiconError(f"{path}: missing sections {missing}")
    tables = {cat: {code: _compile(path, cat, code, pats) for code, pats in raw[cat].items()}
              for cat in CATEGORIES}
    proc_type = {proc: kind for kind, procs in raw["procedure_type"].items() for proc in procs}
    keywords = {lang: _read_keywords(directory / name) for lang, name in KEYWORD_FILES.items()}
    labels = tuple(tuple(fold(str(label)).split(maxsplit=1)) for label in
                   raw.get("table_labels", []) if len(str(label).split()) == 2)
    return Lexicon(tables, raw["labels"], proc_type, tuple(raw.get("kl_grade_context", [])),
                   keywords, labels)
