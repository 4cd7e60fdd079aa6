"""The `train` pipeline stage: find the dialogues, train (one or two stages), keep the
adapter (and optionally a merged model) in the stage directory.

`use_ray=False` runs the same loop in this process (debugging, benchmarks, tests).
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
from pathlib import Path
from typing import Any

from medadapt.config import ConfigError
from medadapt.runner import write_atomic
from medadapt.stages import StageOutcome
from medadapt.train.settings import TrainConfig
from medadapt.train.tracking import numeric_metrics

log = logging.getLogger(__name__)
SUMMARY = "train_summary.json"


def train_data_paths(job: Any) -> tuple[list[str], list[str]]:
    """`train.data.*` when given, else the corpus stage's dialogues/{train,val}.jsonl."""
    data = job.train.data
    if data.train:
        return list(data.train), list(data.eval)
    if "corpus" in job.stages:
        folder = job.stage_dir("corpus") / "dialogues"
        return [str(folder / "train.jsonl")], [str(folder / "val.jsonl")]
    raise ConfigError("train.data.train: required when the job has no corpus stage "
                      "(dialogue JSONL files, e.g. train.data.train=[dialogues/train.jsonl])")


def default_run_name(job: Any) -> str:
    """`<job>-train-<hash of the training settings>`: re-running the same settings resumes
    its checkpoints; changed settings (lr, data, LoRA...) start a fresh run instead of
    resuming a finished one. Ray/W&B settings are left out (they don't change the result)."""
    settings = job.train.model_dump(mode="json", exclude={"ray", "wandb"})
    digest = hashlib.sha256(json.dumps(settings, sort_keys=True).encode()).hexdigest()[:8]
    return f"{job.name}-train-{digest}"


def run_train_stage(job: Any, out_dir: Path) -> StageOutcome:
    """Runner entry point: train `job.train` on Ray into `out_dir`."""
    train, evals = train_data_paths(job)
    cfg: TrainConfig = job.train
    summary = train_model(cfg, train, evals, out_dir, cfg.ray.name or default_run_name(job))
    outputs = ["adapter", SUMMARY] + (["merged"] if cfg.merge_after else [])
    return StageOutcome(outputs=outputs, summary=summary)


def train_model(cfg: TrainConfig, train: list[str], evals: list[str], out_dir: Path,
                run_name: str, use_ray: bool = True) -> dict[str, Any]:
    """One adapter, or the two-stage recipe: stage 1, merge, stage 2 on the merged model."""
    from medadapt.train.model import merge_adapter

    out_dir = Path(out_dir).resolve()
    if cfg.second_stage is not None:
        first = out_dir / "stage1"
        _train_phase(cfg, train, evals, first, f"{run_name}-stage1", use_ray)
        merged = merge_adapter(cfg, first / "adapter", first / "merged")
        if cfg.second_stage.data is not None:
            train, evals = list(cfg.second_stage.data.train), list(cfg.second_stage.data.eval)
        cfg = cfg.for_second_stage(str(merged))
        run_name = f"{run_name}-stage2"
    summary = _train_phase(cfg, train, evals, out_dir, run_name, use_ray)
    if cfg.merge_after:
        merge_adapter(cfg, out_dir / "adapter", out_dir / "merged")
    return summary


def _train_phase(cfg: TrainConfig, train: list[str], evals: list[str], out_dir: Path,
                 run_name: str, use_ray: bool) -> dict[str, Any]:
    storage = cfg.ray.storage_path or str(out_dir / "ray")
    wandb_dir = out_dir / "wandb"
    if use_ray:
        from medadapt.train.trainer import fit

        metrics = fit(cfg, train, evals, run_name, storage, wandb_dir, out_dir / "adapter").metrics
    else:
        metrics = _train_local(cfg, train, evals, run_name, Path(storage), wandb_dir, out_dir)
    summary = {"run_name": run_name, "model": cfg.model, **numeric_metrics(metrics)}
    write_atomic(out_dir / SUMMARY, json.dumps(summary, indent=2))
    return summary


def _train_local(cfg: TrainConfig, train: list[str], evals: list[str], run_name: str,
                 storage: Path, wandb_dir: Path, out_dir: Path) -> dict[str, Any]:
    from medadapt.train.data import read_dialogues
    from medadapt.train.loop import train_loop
    from medadapt.train.session import LocalSession

    session = LocalSession(storage, run_name, cfg.ray.keep_checkpoints)
    try:
        result = train_loop(cfg, read_dialogues(train), read_dialogues(evals), session,
                            run_name, wandb_dir)
    finally:
        session.close()
    last = session.latest_checkpoint()
    if last is None or not (last / "adapter").is_dir():
        raise RuntimeError(f"run {run_name}: no final adapter under {storage / run_name}")
    shutil.rmtree(out_dir / "adapter", ignore_errors=True)
    shutil.copytree(last / "adapter", out_dir / "adapter")
    return {**(session.reports[-1] if session.reports else {}), **result}
