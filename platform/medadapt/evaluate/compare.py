"""Baseline vs fine-tuned on the same items: paired bootstrap CI of the difference and an
exact McNemar test.

Both models answered the same questions, so the honest interval resamples *items* once and
scores both models on each resample (paired), and McNemar's test looks only at the items
where exactly one of the two was right.
"""

from __future__ import annotations

from collections.abc import Sequence
from math import comb
from typing import Any

import numpy as np

from medadapt.evaluate.metrics import encode, percentile_ci, resample_indices, resample_scores


def mcnemar_exact(b: int, c: int) -> float:
    """Two-sided exact McNemar p-value: binomial(b + c, 1/2) tail at min(b, c), doubled."""
    n = b + c
    if n == 0:
        return 1.0
    tail = sum(comb(n, k) for k in range(min(b, c) + 1)) / 2**n
    return float(min(1.0, 2 * tail))


def align(base: Sequence[dict[str, Any]], other: Sequence[dict[str, Any]]) -> tuple[
        list[str], list[str | None], list[str | None]]:
    """Gold and both predictions on the shared item ids; mismatched item sets are an error."""
    first = {row["id"]: row for row in base}
    second = {row["id"]: row for row in other}
    if first.keys() != second.keys():
        only = sorted(first.keys() ^ second.keys())[:5]
        raise ValueError(f"paired comparison needs the same items in both runs; ids in only "
                         f"one of them (first 5): {only}")
    ids = sorted(first)
    for item_id in ids:
        if first[item_id]["gold"] != second[item_id]["gold"]:
            raise ValueError(f"item {item_id!r}: gold answers differ between runs")
    return ([first[i]["gold"] for i in ids], [first[i]["pred"] for i in ids],
            [second[i]["pred"] for i in ids])


def paired_comparison(base: Sequence[dict[str, Any]], other: Sequence[dict[str, Any]],
                      resamples: int = 1000, seed: int = 0,
                      level: float = 0.95) -> dict[str, Any]:
    """Differences (other - base) in accuracy and macro-F1 with paired bootstrap CIs."""
    gold, pred_a, pred_b = align(base, other)
    g, pa, k = encode(gold, pred_a)
    _, pb, _ = encode(gold, pred_b)
    idx = resample_indices(len(g), resamples, seed)
    acc_a, f1_a = resample_scores(g, pa, k, idx)
    acc_b, f1_b = resample_scores(g, pb, k, idx)
    full = np.arange(len(g))[None, :]
    (point_acc_a,), (point_f1_a,) = resample_scores(g, pa, k, full)
    (point_acc_b,), (point_f1_b,) = resample_scores(g, pb, k, full)
    right_a, right_b = g == pa, g == pb
    b = int(np.sum(right_a & ~right_b))  # base right, other wrong
    c = int(np.sum(~right_a & right_b))  # base wrong, other right
    return {
        "n": len(g),
        "accuracy_diff": float(point_acc_b - point_acc_a),
        "accuracy_diff_ci": percentile_ci(acc_b - acc_a, level),
        "macro_f1_diff": float(point_f1_b - point_f1_a),
        "macro_f1_diff_ci": percentile_ci(f1_b - f1_a, level),
        "base_only_correct": b,
        "other_only_correct": c,
        "mcnemar_p": mcnemar_exact(b, c),
    }
