"""Corpus-wide duplicate removal as small pure steps that both corpus paths share.

The in-process build groups these steps in dicts; the Ray Data build
(`medadapt.pipelines.corpus`) groups the same keys with `groupby`. The result is the same
because every decision depends only on the keys, never on which worker saw what:

- every dialogue has an `order_key` (split, patient, position): the earlier one is kept;
- exact duplicates share `exact_key` (hash of the case/space-normalised text);
- near-duplicate candidates share a MinHash band (`band_buckets`; datasketch computes the
  signatures), always within one group (a dialogue's task and language), and are confirmed
  by the exact shingle Jaccard, so a hash collision never removes a distinct dialogue.
  Whole documents (the same letter copied into two centers' records) are compared on their
  signatures instead: their shingle sets are too large to move between workers;
- `near_drops` applies the sequential rule: walking in order, an item is dropped when an
  earlier item that was kept is its near duplicate. Groups are independent, so the Ray
  build runs it per group on workers.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

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


def near_drops(items: Iterable[tuple[str, str, str, bytes]], params: NearDupParams,
               by_signature: bool = False) -> set[str]:
    """Order keys dropped by the sequential rule over (order_key, group, text, signature)
    items: walking in key order, an item is dropped when an earlier item that was kept shares
    one of its MinHash bands and is similar enough (exact shingle Jaccard, or the signature
    estimate when `by_signature`). Only kept items enter the band index, so a cluster of
    copies costs one comparison per copy, not one per pair."""
    index: dict[str, list[str]] = defaultdict(list)  # band bucket -> kept keys
    kept: dict[str, tuple[str, bytes]] = {}
    sets: dict[str, set[bytes]] = {}

    def similar(key: str, text: str, sig: bytes, other: str) -> bool:
        if by_signature:
            return signature_similarity(sig, kept[other][1]) >= params.threshold
        for k, t in ((key, text), (other, kept[other][0])):
            if k not in sets:
                sets[k] = shingles(t, params.shingle)
        return jaccard(sets[key], sets[other]) >= params.threshold

    dropped: set[str] = set()
    for key, group, text, sig in sorted(items, key=lambda item: item[0]):
        buckets = band_buckets(np.frombuffer(sig, dtype=np.uint64), group, params)
        candidates = dict.fromkeys(k for b in buckets for k in index.get(b, ()))
        if any(similar(key, text, sig, other) for other in candidates):
            dropped.add(key)
            sets.pop(key, None)
            continue
        kept[key] = ("" if by_signature else text, sig)
        for bucket in buckets:
            index[bucket].append(key)
    return dropped


def drops_in_memory(items: list[tuple[str, str, str]], params: NearDupParams,
                    by_signature: bool = False) -> tuple[set[str], set[str]]:
    """(exact, near) drops for (order_key, group, text) items held in one process."""
    by_hash: dict[str, list[str]] = defaultdict(list)
    for key, _, text in items:
        by_hash[exact_key(text)].append(key)
    exact = {k for members in by_hash.values() for k in exact_drops(members)}
    rest = [(key, group, text, signature(text, params).tobytes())
            for key, group, text in items if key not in exact]
    return exact, near_drops(rest, params, by_signature)


def document_key(patient_id: str, source: str, doc_id: str) -> str:
    """Order of documents for duplicate removal: the copy with the smaller key is kept."""
    return f"{patient_id}{_SEP}{source}{_SEP}{doc_id}"
