"""Optuna (TPE) as a searcher for trials whose objective arrives only in their last report.

A trial reports Train's eval loss at every checkpoint (ASHA's rungs) and the validation
multiple-choice accuracy once, after scoring its adapter. Ray's OptunaSearch reads the
objective from every report; here the intermediate ones are skipped and Optuna learns only
from finished trials (ASHA-stopped trials are told to Optuna as pruned).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import Any

from ray.tune.search.optuna import OptunaSearch

STRICT_METRICS = "TUNE_DISABLE_STRICT_METRIC_CHECKING"


class FinalObjectiveOptuna(OptunaSearch):
    """OptunaSearch that ignores reports without the objective (Train's rung reports)."""

    def on_trial_result(self, trial_id: str, result: dict[str, Any]) -> None:
        if self.metric in result:
            super().on_trial_result(trial_id, result)


@contextlib.contextmanager
def objective_only_at_the_end() -> Iterator[None]:
    """Tune checks that every report carries the searcher's metric; ours carry it only at
    the end, so the check is off while the search runs (and restored after)."""
    before = os.environ.get(STRICT_METRICS)
    os.environ[STRICT_METRICS] = "1"
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(STRICT_METRICS, None)
        else:
            os.environ[STRICT_METRICS] = before
