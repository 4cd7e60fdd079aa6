"""Metrics agree with scikit-learn; bootstrap CIs are seeded; McNemar matches a hand count."""

import numpy as np
import pytest
from scipy.stats import binomtest
from sklearn.metrics import accuracy_score, balanced_accuracy_score, f1_score, matthews_corrcoef

from medadapt.evaluate.compare import mcnemar_exact, paired_comparison
from medadapt.evaluate.metrics import (
    INVALID,
    bootstrap_cis,
    breakdown,
    compute_metrics,
    encode,
    resample_indices,
    resample_scores,
)


def sample(n=120, seed=0, invalid=0.1):
    rng = np.random.default_rng(seed)
    gold = list(rng.choice(list("ABCDE"), size=n))
    preds = [g if rng.random() < 0.4 else str(rng.choice(list("ABCDE"))) for g in gold]
    preds = [None if rng.random() < invalid else p for p in preds]
    return gold, preds


@pytest.mark.filterwarnings("ignore:y_pred contains classes not in y_true")
def test_point_metrics_equal_sklearn_with_invalid_as_wrong():
    gold, preds = sample()
    m = compute_metrics(gold, preds, resamples=50)
    y = [INVALID if p is None else p for p in preds]
    assert m["n"] == 120
    assert m["accuracy"] == pytest.approx(accuracy_score(gold, y))
    hits = [g == p for g, p in zip(gold, preds, strict=True)]
    assert m["accuracy"] == pytest.approx(np.mean(hits))
    assert m["macro_f1"] == pytest.approx(f1_score(gold, y, labels=list("ABCDE"),
                                                   average="macro", zero_division=0))
    assert m["balanced_accuracy"] == pytest.approx(balanced_accuracy_score(gold, y))
    assert m["mcc"] == pytest.approx(matthews_corrcoef(gold, y))
    assert m["invalid_rate"] == pytest.approx(sum(p is None for p in preds) / 120)


def test_vectorised_resamples_equal_sklearn_each_resample():
    gold, preds = sample(n=60, seed=4)
    g, p, k = encode(gold, preds)
    idx = resample_indices(60, 25, seed=9)
    acc, f1 = resample_scores(g, p, k, idx)
    labels = sorted(set(gold))
    for row, a, f in zip(idx, acc, f1, strict=True):
        gs = [gold[i] for i in row]
        ps = [INVALID if preds[i] is None else preds[i] for i in row]
        assert a == pytest.approx(accuracy_score(gs, ps))
        assert f == pytest.approx(f1_score(gs, ps, labels=labels, average="macro",
                                           zero_division=0))


def test_bootstrap_is_reproducible_and_covers_the_estimate():
    gold, preds = sample(seed=2)
    first = bootstrap_cis(gold, preds, resamples=1000, seed=7)
    assert first == bootstrap_cis(gold, preds, resamples=1000, seed=7)
    assert first != bootstrap_cis(gold, preds, resamples=1000, seed=8)
    m = compute_metrics(gold, preds, resamples=1000, seed=7)
    for key in ("accuracy", "macro_f1"):
        low, high = m[f"{key}_ci"]
        assert 0 <= low <= m[key] <= high <= 1 and high - low > 0.02


def test_all_correct_and_all_invalid_edges():
    perfect = compute_metrics(list("ABCDE") * 4, list("ABCDE") * 4, resamples=100)
    assert perfect["accuracy"] == 1 and perfect["accuracy_ci"] == [1.0, 1.0]
    none = compute_metrics(list("ABCDE"), [None] * 5, resamples=100)
    assert none["accuracy"] == 0 and none["invalid_rate"] == 1 and none["macro_f1"] == 0


def test_breakdown_by_language():
    rows = [{"gold": "A", "pred": "A", "language": "ru"}, {"gold": "B", "pred": "C",
                                                           "language": "ru"},
            {"gold": "C", "pred": "C", "language": "kk"}]
    parts = breakdown(rows, "language", resamples=20)
    assert parts["ru"]["n"] == 2 and parts["ru"]["accuracy"] == 0.5
    assert parts["kk"]["accuracy"] == 1.0


@pytest.mark.parametrize("b, c, expected", [(1, 6, 0.125), (0, 0, 1.0), (3, 3, 1.0),
                                            (0, 5, 0.0625), (10, 2, 0.0385742)])
def test_mcnemar_exact_hand_checked(b, c, expected):
    # (1, 6): 2 * (C(7,0) + C(7,1)) / 2**7 = 2 * 8 / 128 = 0.125
    assert mcnemar_exact(b, c) == pytest.approx(expected, abs=1e-6)
    if b + c:
        assert mcnemar_exact(b, c) == pytest.approx(binomtest(min(b, c), b + c, 0.5).pvalue)


def test_paired_comparison_on_a_hand_made_table():
    # 10 items: both right on 2, base only on 1, fine-tuned only on 6, both wrong on 1.
    gold = list("ABCDEABCDE")
    base = list("ABC") + list("AABAAAA")
    tuned = list("AB") + ["A"] + list("DEABCD") + ["A"]
    rows = lambda preds: [{"id": str(i), "gold": g, "pred": p}  # noqa: E731
                          for i, (g, p) in enumerate(zip(gold, preds, strict=True))]
    result = paired_comparison(rows(base), rows(tuned), resamples=1000, seed=0)
    assert (result["base_only_correct"], result["other_only_correct"]) == (1, 6)
    assert result["mcnemar_p"] == pytest.approx(0.125)
    assert result["accuracy_diff"] == pytest.approx(0.8 - 0.3)
    low, high = result["accuracy_diff_ci"]
    assert low <= 0.5 <= high
    with pytest.raises(ValueError, match="same items"):
        paired_comparison(rows(base), rows(tuned)[:-1])
