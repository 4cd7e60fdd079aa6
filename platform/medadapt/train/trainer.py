"""The only Ray code of the train stage: launch `train_loop` on a Ray Train `TorchTrainer`
(Train V2) with scaling, failure and checkpoint policy from the config.

Resume is by re-running with the same `ray.storage_path` + `ray.name` (Train V2 has no
`Trainer.restore`); a failed worker group is restarted up to `ray.max_failures` times and
continues from the latest checkpoint. Each worker reads its train shard through Ray Data;
every worker sees the whole (small) eval set and scores its stride of it.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ray
import ray.train
from ray.train import (
    Checkpoint,
    CheckpointConfig,
    DataConfig,
    FailureConfig,
    RunConfig,
    ScalingConfig,
)
from ray.train.torch import TorchTrainer

from medadapt.pipelines.runtime import ensure_ray
from medadapt.train.data import parse_dialogue, read_dialogues
from medadapt.train.session import RunPaths
from medadapt.train.settings import TrainConfig


class RaySession:
    """`Session` backed by ray.train: rank/world from the context, checkpoints via report."""

    def __init__(self) -> None:
        context = ray.train.get_context()
        self.rank = context.get_world_rank()
        self.world_size = context.get_world_size()
        self.local_rank = context.get_local_rank()
        self._scratch = Path(tempfile.mkdtemp(prefix=f"medadapt-rank{self.rank}-"))

    def device(self):
        import ray.train.torch as rt

        return rt.get_device()

    def latest_checkpoint(self) -> Path | None:
        checkpoint = ray.train.get_checkpoint()
        if checkpoint is None:
            return None
        return Path(checkpoint.to_directory(str(self._scratch / "restored")))

    def report(self, metrics: dict[str, Any], checkpoint: Path | None) -> None:
        ray.train.report(metrics, checkpoint=Checkpoint.from_directory(str(checkpoint))
                         if checkpoint is not None else None)

    def scratch_dir(self) -> Path:
        return self._scratch


def _rows(dataset_name: str) -> list[dict]:
    """This worker's dialogues from its Ray Data shard (lines parsed and checked here)."""
    shard = ray.train.get_dataset_shard(dataset_name)
    if shard is None:
        return []
    return [parse_dialogue(row["text"], f"{dataset_name} dataset")
            for row in shard.iter_rows() if row["text"].strip()]


def worker_loop(config: dict[str, Any]) -> None:
    """Runs on every Ray Train worker: rebuild the config from a dict, then train."""
    from medadapt.train.loop import train_loop

    # W&B from this worker's own service: one the driver started before Ray (its token
    # reaches workers through the raylet's environment) would outlive a killed worker and
    # keep its run id "in use" for the retry that resumes the same run.
    os.environ.pop("WANDB_SERVICE", None)
    cfg = TrainConfig.model_validate(config["train"])
    session = RaySession()
    try:
        train_loop(cfg, _rows("train"), _rows("eval"), session, config["run_name"],
                   Path(config["wandb_dir"]))
    finally:
        shutil.rmtree(session.scratch_dir(), ignore_errors=True)  # reported = uploaded


@dataclass(frozen=True)
class RayTrainResult:
    metrics: dict[str, Any]  # rank 0's last report
    checkpoint_path: str  # the final checkpoint on storage (path or URI)


def check_inputs(train: list[str], evals: list[str]) -> int:
    """Validate dialogue files on the driver so a bad line fails before workers start."""
    if not train:
        raise ValueError("train.data.train: no dialogue files given")
    rows = read_dialogues(train)
    read_dialogues(evals)
    return len(rows)


def fit(cfg: TrainConfig, paths: RunPaths, callbacks: list[Any] | None = None,
        read_cpus: float | None = None) -> RayTrainResult:
    """Launch (or resume) the run `paths.run_name` under `paths.storage`, wait for it, and
    copy the final adapter from the last checkpoint to `paths.adapter_out`. `callbacks` see
    every report (Tune's forwards them to a search); `read_cpus` sizes the read tasks."""
    check_inputs(paths.train, paths.evals)
    ensure_ray(worker_logs=True)
    datasets = {"train": ray.data.read_text(paths.train, num_cpus=read_cpus)}
    if paths.evals:
        datasets["eval"] = ray.data.read_text(paths.evals, num_cpus=read_cpus)
    resources = {"CPU": cfg.ray.cpus_per_worker}
    if cfg.ray.use_gpu:
        resources["GPU"] = cfg.ray.gpus_per_worker
    trainer = TorchTrainer(
        worker_loop,
        train_loop_config={"train": cfg.model_dump(mode="json"), "run_name": paths.run_name,
                           "wandb_dir": str(paths.wandb_dir)},
        scaling_config=ScalingConfig(num_workers=cfg.ray.num_workers, use_gpu=cfg.ray.use_gpu,
                                     resources_per_worker=resources),
        run_config=RunConfig(
            name=paths.run_name, storage_path=str(paths.storage),
            failure_config=FailureConfig(max_failures=cfg.ray.max_failures),
            checkpoint_config=CheckpointConfig(num_to_keep=cfg.ray.keep_checkpoints),
            callbacks=callbacks),
        datasets=datasets,
        dataset_config=DataConfig(datasets_to_split=["train"]),
    )
    result = trainer.fit()
    if result.checkpoint is None:
        raise RuntimeError(f"run {paths.run_name}: finished without a checkpoint in "
                           f"{paths.storage}")
    with result.checkpoint.as_directory() as local:
        adapter = Path(local) / "adapter"
        if not adapter.is_dir():
            raise RuntimeError(f"run {paths.run_name}: last checkpoint {result.checkpoint.path} "
                               "has no adapter/; it did not reach its final step")
        shutil.rmtree(paths.adapter_out, ignore_errors=True)
        shutil.copytree(adapter, paths.adapter_out)
    metrics = json.loads(json.dumps(result.metrics or {}, default=str))
    return RayTrainResult(metrics, result.checkpoint.path)
