"""Dialogue filters: knowledge density, length limits, exact and near-duplicate removal.

Knowledge density follows the two-stage multilingual IFT study: keep a sample when the number
of distinct medical keywords (ru + kk lists) and the share of its characters they cover are
both at or above thresholds. Near duplicates use MinHash over character shingles with LSH
banding (datasketch) and confirm candidates with the exact shingle Jaccard.
Every filter returns what it kept and a count of what it removed, never text.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from datasketch import MinHash, MinHashLSH

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


def density_filter(items: list[dict[str, Any]], text_of: Callable[[dict], str],
                   keywords: Iterable[str], min_distinct: int,
                   min_share: float) -> tuple[list[dict[str, Any]], int]:
    matcher = KeywordMatcher(keywords)
    kept = []
    for item in items:
        d = matcher.density(text_of(item))
        if d.distinct >= min_distinct and d.share >= min_share:
            kept.append(item)
    return kept, len(items) - len(kept)


def length_filter(items: list[dict[str, Any]], size_of: Callable[[dict], int],
                  min_size: int, max_size: int) -> tuple[list[dict[str, Any]], int]:
    kept = [item for item in items if min_size <= size_of(item) <= max_size]
    return kept, len(items) - len(kept)


def grouped(items: list[dict[str, Any]], key: Callable[[dict], Any],
            dedup: Callable[[list[dict[str, Any]]], tuple[list[dict[str, Any]], int]]
            ) -> tuple[list[dict[str, Any]], int]:
    """Run a dedup within each group (e.g. task + language), keeping the input order."""
    groups: dict[Any, list[int]] = {}
    for index, item in enumerate(items):
        groups.setdefault(key(item), []).append(index)
    keep: set[int] = set()
    for indices in groups.values():
        survivors, _ = dedup([items[i] for i in indices])
        ids = {id(s) for s in survivors}
        keep.update(i for i in indices if id(items[i]) in ids)
    kept = [item for i, item in enumerate(items) if i in keep]
    return kept, len(items) - len(kept)


def _normalise(text: str) -> str:
    return " ".join(fold(text).split())


def exact_dedup(items: list[dict[str, Any]],
                text_of: Callable[[dict], str]) -> tuple[list[dict[str, Any]], int]:
    """Drop items whose whitespace/case-normalised text was seen before (first one kept)."""
    seen: set[bytes] = set()
    kept = []
    for item in items:
        key = hashlib.sha256(_normalise(text_of(item)).encode()).digest()
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept, len(items) - len(kept)


def shingles(text: str, size: int) -> set[bytes]:
    """Character shingles of the normalised text, as bytes for MinHash."""
    norm = _normalise(text)
    return {norm[i:i + size].encode() for i in range(max(len(norm) - size + 1, 1))}


def jaccard(x: set[bytes], y: set[bytes]) -> float:
    return len(x & y) / len(x | y) if x or y else 1.0


def near_dedup(items: list[dict[str, Any]], text_of: Callable[[dict], str], threshold: float,
               shingle_size: int = 5, num_perm: int = 32, bands: int = 8,
               seed: int = 0) -> tuple[list[dict[str, Any]], int]:
    """Drop items whose shingle Jaccard with an earlier kept item is >= threshold.

    datasketch's MinHash + banded LSH proposes candidates (a well-tested implementation
    instead of a hand-written one); the exact shingle Jaccard confirms each, so a hash
    collision never removes a distinct item.
    """
    if num_perm % bands:
        raise ValueError(f"corpus.near_dup_perm={num_perm} must be a multiple of bands={bands}")
    lsh = MinHashLSH(num_perm=num_perm, params=(bands, num_perm // bands))
    kept_sets: list[set[bytes]] = []
    kept: list[dict[str, Any]] = []
    for item in items:
        sh = shingles(text_of(item), shingle_size)
        sig = MinHash(num_perm=num_perm, seed=seed)
        sig.update_batch(sorted(sh))
        if any(jaccard(sh, kept_sets[int(j)]) >= threshold for j in lsh.query(sig)):
            continue
        lsh.insert(str(len(kept)), sig)
        kept_sets.append(sh)
        kept.append(item)
    return kept, len(items) - len(kept)
