"""The `tune` pipeline stage: a parallel LoRA search around the job's `train` section."""

from __future__ import annotations

from pathlib import Path

from medadapt.config import JobConfig
from medadapt.stages import StageOutcome
from medadapt.stages.train import train_data_paths


def run_tune_stage(job: JobConfig, out_dir: Path) -> StageOutcome:
    """Runner entry point: search into `out_dir`; re-running resumes the experiment."""
    from medadapt.tune.run import run_tune

    summary = run_tune(job, out_dir, *train_data_paths(job))
    return StageOutcome(outputs=list(summary["outputs"]), summary={
        k: v for k, v in summary.items() if k not in ("outputs", "best_config")})
