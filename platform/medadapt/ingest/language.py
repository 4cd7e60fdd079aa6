"""Kazakh vs Russian share of a text, from letters only Kazakh has and common Kazakh words.

Records are often mixed (Kazakh narrative, Russian terminology), so a per-word share is
more useful than one label per document.
"""

from __future__ import annotations

import re

KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
# Frequent Kazakh words written without Kazakh-only letters.
KAZAKH_WORDS = frozenset(
    "және мен бен пен бар жоқ емес бойынша жылы жас ауыр оң сол кейін тексеру ем "
    "науқас арқылы бар болды жатыр сыртқа жазылды аяқ қол тізе жамбас".split()
)
_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]{2,}")


def language_shares(text: str) -> tuple[float, float]:
    """(kk, ru) shares of Cyrillic words; (0, 0) when the text has none."""
    words = _CYRILLIC_WORD.findall(text)
    if not words:
        return 0.0, 0.0
    kazakh = sum(
        1 for w in words if KAZAKH_LETTERS.intersection(w) or w.casefold() in KAZAKH_WORDS
    )
    share = kazakh / len(words)
    return round(share, 4), round(1.0 - share, 4)
