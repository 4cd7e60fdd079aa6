"""One W&B run per trial, grouped per experiment, written from the Tune driver.

A trial's Train run logs its step curve into the W&B run named after the trial. When ASHA
stops a trial (or it fails), Tune kills its Train workers and their W&B writer goes with
them, so the driver finishes the same run: the results the trial reported (eval loss at each
rung), its status and the step it stopped at, and for completed trials the objective.
Numbers only, like every medadapt run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ray.tune import Callback

from medadapt.train.settings import WandbSettings
from medadapt.train.tracking import Tracker, numeric_metrics
from medadapt.tune.objective import trial_run_name

STATUS_CODE = {"completed": 0, "stopped": 1, "error": 2}


class TrialRuns(Callback):
    """Finishes each trial's W&B run with what Tune saw of it."""

    def __init__(self, settings: WandbSettings, experiment: str, directory: Path,
                 metric: str) -> None:
        self.settings = settings.model_copy(update={"group": experiment})
        self.experiment, self.directory, self.metric = experiment, directory, metric
        self.history: dict[str, list[dict[str, float]]] = {}

    def on_trial_result(self, iteration: int, trials: list, trial: Any, result: dict,
                        **info: Any) -> None:
        self.history.setdefault(trial.trial_id, []).append(numeric_metrics(result))

    def on_trial_complete(self, iteration: int, trials: list, trial: Any, **info: Any) -> None:
        last = trial.last_result or {}
        self._finish(trial, "completed" if self.metric in last else "stopped", last)

    def on_trial_error(self, iteration: int, trials: list, trial: Any, **info: Any) -> None:
        self._finish(trial, "error", trial.last_result or {})

    def _finish(self, trial: Any, status: str, last: dict[str, Any]) -> None:
        history = self.history.pop(trial.trial_id, [])
        if self.settings.mode == "disabled":
            return
        name = trial_run_name(self.experiment, trial.trial_id)
        config = {k: v for k, v in trial.config.items() if isinstance(v, (int, float, str))}
        tracker = Tracker(self.settings, name, self.directory, {"search": config})
        try:
            if status != "completed":  # the Train run's own writer was killed with it
                for row in history:
                    if "step" in row:
                        tracker.log(row, int(row["step"]))
            tracker.summary({**numeric_metrics(last), "status_code": STATUS_CODE[status],
                             "stopped_at_step": last.get("step", 0)})
            if tracker.run is not None:
                tracker.run.summary["status"] = status
        finally:
            tracker.finish()
