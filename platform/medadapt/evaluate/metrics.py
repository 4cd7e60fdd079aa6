"""Accuracy, macro-F1, balanced accuracy, MCC, invalid rate, and percentile bootstrap CIs.

Point estimates come from scikit-learn. An invalid answer (no letter) is a wrong answer,
as in the study: it is scored as the label `INVALID`, which is never a gold class. Macro-F1
averages over the gold answer letters of the item set (`labels=` fixed), so a class that a
resample happens to miss still counts (as 0), exactly as scikit-learn does with fixed labels.
The bootstrap recomputes accuracy and macro-F1 for 1000 seeded resamples at once from
confusion counts (numpy), which tests check against scikit-learn resample by resample.
"""

from __future__ import annotations

import warnings
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import numpy as np

INVALID = "INVALID"


def as_labels(preds: Sequence[str | None]) -> list[str]:
    return [INVALID if p is None else p for p in preds]


def point_metrics(gold: Sequence[str], preds: Sequence[str | None]) -> dict[str, float]:
    """scikit-learn's accuracy, macro-F1 (over gold letters), balanced accuracy and MCC."""
    from sklearn.metrics import (
        accuracy_score,
        balanced_accuracy_score,
        f1_score,
        matthews_corrcoef,
    )

    y_pred = as_labels(preds)
    labels = sorted(set(gold))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # INVALID is not a gold class: expected, not an error
        return {
            "accuracy": float(accuracy_score(gold, y_pred)),
            "macro_f1": float(f1_score(gold, y_pred, labels=labels, average="macro",
                                       zero_division=0)),
            "balanced_accuracy": float(balanced_accuracy_score(gold, y_pred)),
            "mcc": float(matthews_corrcoef(gold, y_pred)),
            "invalid_rate": float(np.mean([p is None for p in preds])) if preds else 0.0,
        }


def encode(gold: Sequence[str], preds: Sequence[str | None]) -> tuple[np.ndarray, np.ndarray,
                                                                         int]:
    """Gold -> 0..K-1 over sorted gold letters; preds outside them (or invalid) -> K."""
    labels = sorted(set(gold))
    index = {label: i for i, label in enumerate(labels)}
    g = np.array([index[x] for x in gold], dtype=np.int64)
    p = np.array([index.get(x, len(labels)) if x is not None else len(labels) for x in preds],
                 dtype=np.int64)
    return g, p, len(labels)


def resample_scores(g: np.ndarray, p: np.ndarray, k: int,
                    idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Accuracy and macro-F1 of each resample (rows of `idx`), from confusion counts."""
    r = idx.shape[0]
    gs, ps = g[idx], p[idx]
    accuracy = (gs == ps).mean(axis=1)
    flat = (np.arange(r)[:, None] * (k * (k + 1)) + gs * (k + 1) + ps).ravel()
    conf = np.bincount(flat, minlength=r * k * (k + 1)).reshape(r, k, k + 1)
    tp = conf[:, np.arange(k), np.arange(k)].astype(float)
    denom = conf.sum(axis=2) + conf.sum(axis=1)[:, :k]
    f1 = np.divide(2 * tp, denom, out=np.zeros_like(tp), where=denom > 0)
    return accuracy, f1.mean(axis=1)


def resample_indices(n: int, resamples: int, seed: int) -> np.ndarray:
    """The same seed gives the same resamples (numpy PCG64)."""
    return np.random.default_rng(seed).integers(0, n, size=(resamples, n))


def percentile_ci(values: np.ndarray, level: float) -> list[float]:
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(values, [tail, 100 - tail])
    return [float(low), float(high)]


def bootstrap_cis(gold: Sequence[str], preds: Sequence[str | None], resamples: int = 1000,
                  seed: int = 0, level: float = 0.95) -> dict[str, list[float]]:
    """95% percentile bootstrap CIs for accuracy and macro-F1 (items resampled)."""
    g, p, k = encode(gold, preds)
    acc, f1 = resample_scores(g, p, k, resample_indices(len(g), resamples, seed))
    return {"accuracy_ci": percentile_ci(acc, level), "macro_f1_ci": percentile_ci(f1, level)}


def compute_metrics(gold: Sequence[str], preds: Sequence[str | None], resamples: int = 1000,
                    seed: int = 0, level: float = 0.95) -> dict[str, Any]:
    """The metrics.json core: n, point metrics and CIs (fractions in 0..1)."""
    if len(gold) != len(preds) or not gold:
        raise ValueError(f"need equal, non-zero numbers of gold ({len(gold)}) and predicted "
                         f"({len(preds)}) answers")
    result: dict[str, Any] = {"n": len(gold), **point_metrics(gold, preds)}
    result.update(bootstrap_cis(gold, preds, resamples, seed, level))
    return result


def breakdown(rows: Sequence[dict[str, Any]], key: str, resamples: int = 1000, seed: int = 0,
              level: float = 0.95) -> dict[str, dict[str, Any]]:
    """Metrics per value of `key` (language, subject) over prediction rows."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[str(row.get(key) or "unknown")].append(row)
    return {name: compute_metrics([r["gold"] for r in group], [r["pred"] for r in group],
                                  resamples, seed, level)
            for name, group in sorted(groups.items())}
