"""Patient-level train/val/test split, stratified by record language, deterministic per seed.

Every dialogue of a patient lands in that patient's split, so no patient's record is seen in
training and scored in evaluation. Counts come from exact quotas (largest remainder over all
strata), so 85/10/5 holds overall and within one patient per language.
"""

from __future__ import annotations

import hashlib
import math
import random
from collections.abc import Mapping, Sequence

SPLITS = ("train", "val", "test")


def _quotas(sizes: Mapping[str, int], ratios: Sequence[float]) -> dict[str, list[int]]:
    """Per-stratum counts per split; floors first, then remainders by largest fraction."""
    total = sum(sizes.values())
    wanted = [round(total * r) for r in ratios[1:]]
    wanted.insert(0, total - sum(wanted))
    counts = {s: [math.floor(n * r) for r in ratios] for s, n in sizes.items()}
    for k in range(1, len(ratios)):
        missing = wanted[k] - sum(c[k] for c in counts.values())
        order = sorted(sizes, key=lambda s: (-(sizes[s] * ratios[k] % 1), s))
        for stratum in order:
            if missing <= 0:
                break
            if sum(counts[stratum]) < sizes[stratum]:
                counts[stratum][k] += 1
                missing -= 1
    for stratum, c in counts.items():
        c[0] = sizes[stratum] - sum(c[1:])
    return counts


def split_patients(strata: Mapping[str, str], ratios: Sequence[float] = (0.85, 0.10, 0.05),
                   seed: int = 0) -> dict[str, str]:
    """patient id -> split name; `strata` maps patient id -> language (ru/kk/mixed)."""
    if len(ratios) != len(SPLITS) or any(r < 0 for r in ratios) or \
            not math.isclose(sum(ratios), 1.0, abs_tol=1e-6):
        raise ValueError(f"corpus.split: expected 3 non-negative ratios summing to 1, got "
                         f"{list(ratios)}")
    groups: dict[str, list[str]] = {}
    for pid in sorted(strata):
        groups.setdefault(strata[pid], []).append(pid)
    quotas = _quotas({s: len(p) for s, p in groups.items()}, ratios)
    out: dict[str, str] = {}
    for stratum, pids in sorted(groups.items()):
        salt = int(hashlib.sha256(f"{seed}/{stratum}".encode()).hexdigest()[:8], 16)
        shuffled = pids[:]
        random.Random(salt).shuffle(shuffled)
        start = 0
        for name, n in zip(SPLITS, quotas[stratum], strict=True):
            out.update(dict.fromkeys(shuffled[start:start + n], name))
            start += n
    return out
