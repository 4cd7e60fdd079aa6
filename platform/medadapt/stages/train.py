"""The `train` stage: find the dialogues, train (one or two stages), keep the adapter (and
optionally a merged model) in the stage directory."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from medadapt.config import JobConfig
from medadapt.errors import ConfigError
from medadapt.stages import StageOutcome
from medadapt.train.launch import SUMMARY, train_model


def train_data_paths(job: JobConfig) -> tuple[list[str], list[str]]:
    """`train.data.*` when given, else the corpus stage's dialogues/{train,val}.jsonl."""
    data = job.train.data
    if data.train:
        return list(data.train), list(data.eval)
    if "corpus" in job.stages:
        folder = job.stage_dir("corpus") / "dialogues"
        return [str(folder / "train.jsonl")], [str(folder / "val.jsonl")]
    raise ConfigError("train.data.train: required when the job has no corpus stage "
                      "(dialogue JSONL files, e.g. train.data.train=[dialogues/train.jsonl])")


def default_run_name(job: JobConfig) -> str:
    """`<job>-train-<hash of the training settings>`: re-running the same settings resumes
    its checkpoints; changed settings (lr, data, LoRA...) start a fresh run instead of
    resuming a finished one. Ray/W&B settings are left out (they don't change the result)."""
    settings = job.train.model_dump(mode="json", exclude={"ray", "wandb"})
    digest = hashlib.sha256(json.dumps(settings, sort_keys=True).encode()).hexdigest()[:8]
    return f"{job.name}-train-{digest}"


def run_train_stage(job: JobConfig, out_dir: Path) -> StageOutcome:
    """Runner entry point: train `job.train` on Ray into `out_dir`."""
    train, evals = train_data_paths(job)
    cfg = job.train
    summary = train_model(cfg, train, evals, out_dir, cfg.ray.name or default_run_name(job))
    outputs = ["adapter", SUMMARY] + (["merged"] if cfg.merge_after else [])
    return StageOutcome(outputs=outputs, summary=summary)
