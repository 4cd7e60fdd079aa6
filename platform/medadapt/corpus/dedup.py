"""Corpus-wide duplicate removal as small pure steps that both corpus paths share.

The in-process build groups these steps in dicts; the Ray Data build
(`medadapt.pipelines.corpus`) groups the same keys with `groupby`. The result is the same
because every decision depends only on the keys, never on which worker saw what:

- every dialogue has an `order_key` (split, patient, position): the earlier one is kept;
- exact duplicates share `exact_key` (hash of the case/space-normalised text);
- near-duplicate candidates share a MinHash band (`band_buckets`; datasketch computes the
  signatures), always within one group (a dialogue's task and language); `confirmed_pairs`
  keeps the candidate pairs whose exact shingle Jaccard reaches the threshold, so a hash
  collision never removes a distinct dialogue. Whole documents (the same letter copied into
  two centers' records) are compared on their signatures instead: their shingle sets are
  too large to move between workers;
- `near_drops` replays the sequential rule over the confirmed pairs: walking in order, a
  dialogue is dropped when an earlier dialogue that was kept is its near duplicate.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
from datasketch import MinHash

from medadapt.corpus.lexicon import fold

SPLIT_ORDER = ("train", "val", "test")  # train first: a copy in val/test is what gets dropped
_SEP = "\x1f"  # below every character of a patient id, so string order = tuple order


@dataclass(frozen=True)
class NearDupParams:
    threshold: float
    shingle: int = 5
    num_perm: int = 32
    bands: int = 8
    seed: int = 0

    def __post_init__(self) -> None:
        if self.num_perm % self.bands:
            raise ValueError(f"corpus.near_dup_perm={self.num_perm} must be a multiple of "
                             f"bands={self.bands}")


def order_key(split: str, patient_id: str, index: int) -> str:
    """Sortable key: split (train, val, test), then patient id, then position."""
    return f"{SPLIT_ORDER.index(split)}{_SEP}{patient_id}{_SEP}{index:06d}"


def normalise(text: str) -> str:
    return " ".join(fold(text).split())


def exact_key(text: str) -> str:
    return hashlib.sha256(normalise(text).encode()).hexdigest()


def shingles(text: str, size: int) -> set[bytes]:
    """Character shingles of the normalised text, as bytes for MinHash."""
    norm = normalise(text)
    return {norm[i:i + size].encode() for i in range(max(len(norm) - size + 1, 1))}


def jaccard(x: set[bytes], y: set[bytes]) -> float:
    return len(x & y) / len(x | y) if x or y else 1.0


def signature(text: str, params: NearDupParams) -> np.ndarray:
    """datasketch MinHash values of the text's shingles."""
    minhash = MinHash(num_perm=params.num_perm, seed=params.seed)
    minhash.update_batch(sorted(shingles(text, params.shingle)))
    return minhash.hashvalues


def signature_similarity(a: bytes, b: bytes) -> float:
    """Jaccard estimated from two signatures (bytes of `signature`): for whole documents,
    whose shingle sets are too large to ship around and compare exactly."""
    x, y = np.frombuffer(a, dtype=np.uint64), np.frombuffer(b, dtype=np.uint64)
    return float(np.mean(x == y))


def band_buckets(values: np.ndarray, group: str, params: NearDupParams) -> list[str]:
    """One bucket name per LSH band: `group|band|digest of that band's signature rows`."""
    rows = params.num_perm // params.bands
    return [f"{group}|{b}|"
            + hashlib.blake2b(values[b * rows:(b + 1) * rows].tobytes(), digest_size=12).hexdigest()
            for b in range(params.bands)]


def exact_drops(keys: Iterable[str]) -> list[str]:
    """Order keys to drop within one exact-key group: all but the first."""
    return sorted(keys)[1:]


def confirmed_pairs(members: list[tuple[str, Any]], params: NearDupParams,
                    similarity: Callable[[Any, Any], float] | None = None
                    ) -> list[tuple[str, str]]:
    """(earlier, later) order keys of one bucket whose similarity reaches the threshold; by
    default the exact shingle Jaccard of the members' texts."""
    if len(members) < 2:
        return []
    members = sorted(members, key=lambda m: m[0])
    if similarity is None:
        payloads: list[Any] = [shingles(text, params.shingle) for _, text in members]
        similarity = jaccard
    else:
        payloads = [payload for _, payload in members]
    pairs = []
    for i in range(len(members)):
        for j in range(i + 1, len(members)):
            if similarity(payloads[i], payloads[j]) >= params.threshold:
                pairs.append((members[i][0], members[j][0]))
    return pairs


def near_drops(pairs: Iterable[tuple[str, str]]) -> set[str]:
    """Order keys dropped by the sequential rule: walking in order, drop a dialogue when an
    earlier one that was kept is its confirmed near duplicate."""
    earlier: dict[str, set[str]] = defaultdict(set)
    for first, second in pairs:
        earlier[second].add(first)
    dropped: set[str] = set()
    for key in sorted(set(earlier) | {a for group in earlier.values() for a in group}):
        if any(e not in dropped for e in earlier.get(key, ())):
            dropped.add(key)
    return dropped


def drops_in_memory(items: list[tuple[str, str, str]], params: NearDupParams,
                    by_signature: bool = False) -> tuple[set[str], set[str]]:
    """(exact, near) drops for (order_key, group, text) items held in one process; near
    pairs are confirmed on the texts, or on the signatures when `by_signature`."""
    by_hash: dict[str, list[str]] = defaultdict(list)
    for key, _, text in items:
        by_hash[exact_key(text)].append(key)
    exact = {k for members in by_hash.values() for k in exact_drops(members)}
    buckets: dict[str, list[tuple[str, Any]]] = defaultdict(list)
    for key, group, text in items:
        if key not in exact:
            values = signature(text, params)
            for bucket in band_buckets(values, group, params):
                buckets[bucket].append((key, values.tobytes() if by_signature else text))
    similarity = signature_similarity if by_signature else None
    pairs = {p for members in buckets.values()
             for p in confirmed_pairs(members, params, similarity)}
    return exact, near_drops(pairs)


def document_key(patient_id: str, source: str, doc_id: str) -> str:
    """Order of documents for duplicate removal: the copy with the smaller key is kept."""
    return f"{patient_id}{_SEP}{source}{_SEP}{doc_id}"
