"""Dialogue filters: knowledge density, length limits, exact and near-duplicate removal.

Knowledge density follows the two-stage multilingual IFT study: keep a sample when the number
of distinct medical keywords (ru + kk lists) and the share of its characters they cover are
both at or above thresholds. Exact and near duplicates are
removed by the steps in `dedup.py` (MinHash bands from datasketch, confirmed by the exact
shingle Jaccard), which the Ray Data build shares.
Every filter returns what it kept and a count of what it removed, never text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from medadapt.corpus.dedup import NearDupParams, drops_in_memory
from medadapt.corpus.lexicon import fold

_WORD = re.compile(r"[^\W_][\w-]*")


@dataclass(frozen=True)
class Density:
    distinct: int  # distinct keywords found
    share: float  # characters covered by keyword occurrences / text length


class KeywordMatcher:
    """Whole-word keywords match exactly; a trailing `*` makes a keyword a word prefix."""

    def __init__(self, keywords: Iterable[str]) -> None:
        keywords = tuple(keywords)
        self.exact = {k for k in keywords if not k.endswith("*")}
        prefixes = sorted((k[:-1] for k in keywords if k.endswith("*")), key=len, reverse=True)
        self.prefix = re.compile("|".join(map(re.escape, prefixes))) if prefixes else None
        self.memo: dict[str, str | None] = {}

    def keyword_of(self, word: str) -> str | None:
        if word not in self.memo:
            match = self.prefix.match(word) if self.prefix else None
            self.memo[word] = word if word in self.exact else match.group(0) if match else None
        return self.memo[word]

    def density(self, text: str) -> Density:
        found: set[str] = set()
        covered = 0
        for word in _WORD.findall(fold(text)):
            hit = self.keyword_of(word)
            if hit is not None:
                found.add(hit)
                covered += len(word)
        return Density(len(found), covered / max(len(text), 1))


def keyword_density(text: str, keywords: Iterable[str]) -> Density:
    return KeywordMatcher(keywords).density(text)


def length_filter(items: list[dict[str, Any]], size_of: Callable[[dict], int],
                  min_size: int, max_size: int) -> tuple[list[dict[str, Any]], int]:
    kept = [item for item in items if min_size <= size_of(item) <= max_size]
    return kept, len(items) - len(kept)


def dedup(items: list[dict[str, Any]], text_of: Callable[[dict], str],
          group_of: Callable[[dict], str], params: NearDupParams
          ) -> tuple[list[dict[str, Any]], int, int]:
    """Exact then near duplicates within each group (e.g. task + language), the earlier item
    kept (`medadapt.corpus.dedup`, the steps the Ray build shares); returns what was kept
    and the two counts removed."""
    keyed = [(f"{i:09d}", str(group_of(item)), text_of(item)) for i, item in enumerate(items)]
    exact, near = drops_in_memory(keyed, params)
    kept = [item for (key, _, _), item in zip(keyed, items, strict=True)
            if key not in exact and key not in near]
    return kept, len(exact), len(near)
