"""Expand Russian and Kazakh clinical abbreviations before vocabulary matching.

Records shorten what the vocabulary spells out (`н/3 лучевой` for the lower third of the
radius, `ТЭП ТБС`, `ЧКДО`, `СМА`). Expanding first lets one pattern per concept match every
style. The dictionary is data (`datasets/lexicons/ortho_abbreviations.yaml`) so clinicians
extend it without code. Upper-case keys match case-sensitively (`МОС` but not `мос`), the
others ignore case; a key never matches inside a longer token.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from medadapt.corpus.lexicon import LEXICON_DIR, LexiconError

ABBREVIATIONS_FILE = "ortho_abbreviations.yaml"
_SENTENCE_START = re.compile(r"\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]|\s*$")


@lru_cache(maxsize=2)
def load_abbreviations(directory: Path = LEXICON_DIR) -> dict[str, str]:
    """Abbreviation -> expansion for both languages; errors name the file and the entry."""
    path = directory / ABBREVIATIONS_FILE
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise LexiconError(f"{path}: cannot load abbreviations ({err})") from None
    table: dict[str, str] = {}
    for lang, entries in (raw or {}).items():
        if not isinstance(entries, dict):
            raise LexiconError(f"{path}: {lang}: expected a mapping abbreviation -> expansion")
        for key, value in entries.items():
            if not str(value).strip():
                raise LexiconError(f"{path}: {lang}.{key}: empty expansion")
            table.setdefault(str(key), str(value))
    return table


@lru_cache(maxsize=2)
def _pattern(directory: Path = LEXICON_DIR) -> tuple[re.Pattern, dict[str, str]]:
    table = load_abbreviations(directory)
    keys = sorted(table, key=len, reverse=True)
    parts = []
    for key in keys:
        body = re.escape(key).replace(r"\ ", r"\s+")
        tail = "" if key.endswith(".") else r"(?![\w/])"
        flags = "" if key != key.lower() else "(?i:"
        parts.append(f"{flags}{body}{')' if flags else ''}{tail}")
    lookup = {k.lower() if k == k.lower() else k: v for k, v in table.items()}
    return re.compile(r"(?<![\w/-])(?:" + "|".join(parts) + ")"), lookup


def expand_abbreviations(text: str, directory: Path = LEXICON_DIR) -> str:
    """The text with every known abbreviation replaced by its full form."""
    pattern, lookup = _pattern(directory)

    def full(match: re.Match) -> str:
        found = " ".join(match.group(0).split())
        value = lookup.get(found) or lookup.get(found.lower()) or match.group(0)
        # A shortening dot that also ends the sentence keeps the sentence end.
        if found.endswith(".") and _SENTENCE_START.match(text, match.end()):
            value += "."
        return value

    return pattern.sub(full, text)
