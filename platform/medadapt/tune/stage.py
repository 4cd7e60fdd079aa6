"""The `tune` pipeline stage: a parallel LoRA search around the job's `train` section."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from medadapt.stages import StageOutcome


def run_tune_stage(job: Any, out_dir: Path) -> StageOutcome:
    """Runner entry point: search into `out_dir`; re-running resumes the experiment."""
    from medadapt.tune.run import run_tune

    summary = run_tune(job, out_dir)
    return StageOutcome(outputs=list(summary["outputs"]), summary={
        k: v for k, v in summary.items() if k not in ("outputs", "best_config")})
