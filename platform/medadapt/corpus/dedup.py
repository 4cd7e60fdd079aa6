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
from math import comb

import numpy as np
from datasketch import MinHash

from medadapt.corpus.lexicon import fold

SPLIT_ORDER = ("train", "val", "test")  # train first: a copy in val/test is what gets dropped
SIGNATURE_DTYPE = np.uint32  # datasketch's affine32 values; signatures travel as these bytes
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


_BASE, _MIX = 1_000_003, 0xFF51AFD7ED558CCD
_MASK = (1 << 64) - 1


def shingles(text: str, size: int) -> np.ndarray:
    """Sorted distinct 32-bit hashes of the normalised text's character shingles, computed
    in numpy (no Python call per shingle) and the same in every process: a polynomial over
    the window's code points, then a 64-bit finaliser, top 32 bits kept."""
    codes = np.frombuffer(normalise(text).encode("utf-32-le"), dtype=np.uint32)
    codes = np.pad(codes.astype(np.uint64), (0, max(size - len(codes), 0)))
    powers = np.array([pow(_BASE, size - 1 - k, 1 << 64) for k in range(size)], np.uint64)
    h = (np.lib.stride_tricks.sliding_window_view(codes, size) * powers).sum(
        axis=1, dtype=np.uint64)
    h ^= h >> np.uint64(33)
    h *= np.uint64(_MIX & _MASK)
    h ^= h >> np.uint64(33)
    return np.unique((h >> np.uint64(32)).astype(np.uint32))


def jaccard(x: np.ndarray, y: np.ndarray) -> float:
    """Jaccard of two sorted distinct hash arrays (`shingles`)."""
    if not len(x) or not len(y):
        return 1.0 if len(x) == len(y) else 0.0
    at = np.minimum(np.searchsorted(y, x), len(y) - 1)
    inter = int(np.count_nonzero(y[at] == x))
    return inter / (len(x) + len(y) - inter)


def _identity(value: int) -> int:  # shingles are hashed already (module level: picklable)
    return value


def signature(text: str, params: NearDupParams) -> np.ndarray:
    """datasketch MinHash values of the text's shingles."""
    minhash = MinHash(num_perm=params.num_perm, seed=params.seed, scheme="affine32",
                      hashfunc=_identity)
    minhash.update_batch(shingles(text, params.shingle).tolist())
    return np.asarray(minhash.hashvalues, dtype=SIGNATURE_DTYPE)


def signature_values(sig: bytes) -> np.ndarray:
    """A signature back from the bytes it travels as (`signature(...).tobytes()`)."""
    return np.frombuffer(sig, dtype=SIGNATURE_DTYPE)


def signature_similarity(a: bytes, b: bytes) -> float:
    """Jaccard estimated from two signatures (bytes of `signature`): for whole documents,
    whose shingle sets are too large to ship around and compare exactly."""
    return float(np.mean(signature_values(a) == signature_values(b)))


def band_buckets(values: np.ndarray, group: str, params: NearDupParams) -> list[str]:
    """One bucket name per LSH band: `group|band|digest of that band's signature rows`."""
    if len(values) != params.num_perm:  # an empty band would put every item in one bucket
        raise ValueError(f"signature has {len(values)} values, expected {params.num_perm}")
    rows = params.num_perm // params.bands
    return [f"{group}|{b}|"
            + hashlib.blake2b(values[b * rows:(b + 1) * rows].tobytes(), digest_size=12).hexdigest()
            for b in range(params.bands)]


def exact_drops(keys: Iterable[str]) -> list[str]:
    """Order keys to drop within one exact-key group: all but the first."""
    return sorted(keys)[1:]


def agreement_floor(params: NearDupParams, miss: float = 1e-9) -> float:
    """The lowest share of agreeing signature rows worth an exact check: a pair at the
    threshold agrees on fewer rows with probability below `miss` (binomial tail), so
    skipping those pairs changes nothing in practice and saves most exact comparisons."""
    n, p, tail = params.num_perm, params.threshold, 0.0
    for k in range(n + 1):
        tail += comb(n, k) * p ** k * (1 - p) ** (n - k)
        if tail > miss:
            return k / n
    return 1.0


class _Kept:
    """Signatures of the items kept so far, as rows of one growing array (compared against
    a candidate set in one numpy step), plus their texts for the exact check."""

    def __init__(self, num_perm: int) -> None:
        self.sigs = np.empty((64, num_perm), dtype=SIGNATURE_DTYPE)
        self.texts: list[str] = []
        self.sets: dict[int, np.ndarray] = {}

    def add(self, values: np.ndarray, text: str) -> int:
        i = len(self.texts)
        if i == len(self.sigs):
            self.sigs = np.concatenate([self.sigs, np.empty_like(self.sigs)])
        self.sigs[i] = values
        self.texts.append(text)
        return i

    def shingles(self, i: int, size: int) -> np.ndarray:
        if i not in self.sets:
            self.sets[i] = shingles(self.texts[i], size)
        return self.sets[i]


def near_drops(items: Iterable[tuple[str, str, str, bytes]], params: NearDupParams,
               by_signature: bool = False) -> set[str]:
    """Order keys dropped by the sequential rule over (order_key, group, text, signature)
    items: walking in key order, an item is dropped when an earlier item that was kept shares
    one of its MinHash bands and is similar enough (exact shingle Jaccard, or the signature
    estimate when `by_signature`). Only kept items enter the band index, so a cluster of
    copies costs one comparison per copy, not one per pair; candidates whose signatures
    agree on fewer rows than `agreement_floor` skip the exact check."""
    index: dict[str, list[int]] = defaultdict(list)  # band bucket -> kept rows
    kept, floor = _Kept(params.num_perm), agreement_floor(params)

    def is_near(values: np.ndarray, text: str, rows: list[int]) -> bool:
        candidates = np.array(rows)
        agree = (kept.sigs[candidates] == values).mean(axis=1)
        if by_signature:
            return bool((agree >= params.threshold).any())
        mine = None
        for j in np.argsort(-agree, kind="stable"):  # likeliest first
            if agree[j] < floor:
                return False
            mine = shingles(text, params.shingle) if mine is None else mine
            if jaccard(mine, kept.shingles(int(candidates[j]), params.shingle)) \
                    >= params.threshold:
                return True
        return False

    dropped: set[str] = set()
    for key, group, text, sig in sorted(items, key=lambda item: item[0]):
        values = signature_values(sig)
        buckets = band_buckets(values, group, params)
        rows = list(dict.fromkeys(i for b in buckets for i in index.get(b, ())))
        if rows and is_near(values, text, rows):
            dropped.add(key)
            continue
        row = kept.add(values, "" if by_signature else text)
        for bucket in buckets:
            index[bucket].append(row)
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
