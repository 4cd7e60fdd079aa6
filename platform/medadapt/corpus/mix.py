"""Training mixes with a requested kk:ru(:mixed) ratio, drawn from one corpus.

Tuning searches over language mixes without rebuilding the corpus: `build_mix` samples
dialogues (without replacement) so each language's count is within one example of
`total * share`, taking the largest total the pools allow unless a size is given.
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence
from typing import Any


class MixError(ValueError):
    """A requested mix the corpus cannot supply; says which language is short."""


def mix_counts(ratios: Mapping[str, float], available: Mapping[str, int],
               size: int | None = None) -> dict[str, int]:
    """Counts per language summing to the total, each within one of `total * share`."""
    if not ratios or any(r < 0 for r in ratios.values()) or sum(ratios.values()) <= 0:
        raise MixError(f"corpus.mix: expected non-negative ratios with a positive sum, "
                       f"got {dict(ratios)}")
    total_weight = sum(ratios.values())
    shares = {lang: r / total_weight for lang, r in ratios.items()}
    if size is None:
        size = min(math.floor(available.get(lang, 0) / s) for lang, s in shares.items() if s > 0)
    exact = {lang: size * s for lang, s in shares.items()}
    counts = {lang: math.floor(v) for lang, v in exact.items()}
    by_remainder = sorted(exact, key=lambda k: (counts[k] - exact[k], k))
    for lang in by_remainder[:size - sum(counts.values())]:
        counts[lang] += 1
    short = {lang: (n, available.get(lang, 0)) for lang, n in counts.items()
             if n > available.get(lang, 0)}
    if short:
        detail = ", ".join(f"{k}: need {n}, have {a}" for k, (n, a) in short.items())
        raise MixError(f"corpus.mix: not enough dialogues for size {size} ({detail}); "
                       "lower the size or change the ratios")
    return counts


def build_mix(dialogues: Sequence[dict[str, Any]], ratios: Mapping[str, float], seed: int = 0,
              size: int | None = None) -> list[dict[str, Any]]:
    """A shuffled sample of `dialogues` whose `language` counts follow `ratios`."""
    pools: dict[str, list[dict[str, Any]]] = {}
    for dialogue in dialogues:
        pools.setdefault(dialogue["language"], []).append(dialogue)
    counts = mix_counts(ratios, {k: len(v) for k, v in pools.items()}, size)
    rng = random.Random(seed)
    chosen: list[dict[str, Any]] = []
    for lang in sorted(counts):
        pool = sorted(pools.get(lang, []), key=lambda d: d["id"])
        chosen.extend(rng.sample(pool, counts[lang]))
    rng.shuffle(chosen)
    return chosen
