"""Launch a training run: one adapter, or the two-stage recipe (stage 1, merge, stage 2 on
the merged model), on Ray Train or, with `use_ray=False`, in this process (debugging,
benchmarks, tests). Both paths run the same `train_loop`.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from medadapt.io import write_atomic
from medadapt.train.session import RunPaths
from medadapt.train.settings import TrainConfig
from medadapt.train.tracking import numeric_metrics

__all__ = ["SUMMARY", "RunPaths", "train_model"]
SUMMARY = "train_summary.json"


def train_model(cfg: TrainConfig, train: list[str], evals: list[str], out_dir: Path,
                run_name: str, use_ray: bool = True) -> dict[str, Any]:
    """Train into `out_dir` (adapter/, train_summary.json, merged/ when asked)."""
    from medadapt.backbone import resolve_model_path
    from medadapt.train.model import merge_adapter

    resolve_model_path(cfg.model, cfg.cache_dir)  # an embedded backbone is built here, once

    out_dir = Path(out_dir).resolve()
    if cfg.second_stage is not None:
        first = out_dir / "stage1"
        _train_phase(cfg, run_paths(cfg, train, evals, first, f"{run_name}-stage1"), use_ray)
        merged = merge_adapter(cfg, first / "adapter", first / "merged")
        if cfg.second_stage.data is not None:
            train, evals = list(cfg.second_stage.data.train), list(cfg.second_stage.data.eval)
        cfg = cfg.for_second_stage(str(merged))
        run_name = f"{run_name}-stage2"
    summary = _train_phase(cfg, run_paths(cfg, train, evals, out_dir, run_name), use_ray)
    if cfg.merge_after:
        merge_adapter(cfg, out_dir / "adapter", out_dir / "merged")
    return summary


def run_paths(cfg: TrainConfig, train: list[str], evals: list[str], out_dir: Path,
              run_name: str) -> RunPaths:
    """Where one phase reads and writes; checkpoints go to `ray.storage_path` when set."""
    return RunPaths(train=list(train), evals=list(evals), run_name=run_name,
                    storage=cfg.ray.storage_path or str(out_dir / "ray"),
                    wandb_dir=out_dir / "wandb", out_dir=out_dir)


def _train_phase(cfg: TrainConfig, paths: RunPaths, use_ray: bool) -> dict[str, Any]:
    if use_ray:
        from medadapt.train.trainer import fit

        metrics = fit(cfg, paths).metrics
    else:
        metrics = _train_local(cfg, paths)
    summary = {"run_name": paths.run_name, "model": cfg.model, **numeric_metrics(metrics)}
    write_atomic(paths.out_dir / SUMMARY, json.dumps(summary, indent=2))
    return summary


def _train_local(cfg: TrainConfig, paths: RunPaths) -> dict[str, Any]:
    from medadapt.train.data import read_dialogues
    from medadapt.train.loop import train_loop
    from medadapt.train.session import LocalSession

    storage = Path(paths.storage)
    session = LocalSession(storage, paths.run_name, cfg.ray.keep_checkpoints)
    try:
        result = train_loop(cfg, read_dialogues(paths.train), read_dialogues(paths.evals),
                            session, paths.run_name, paths.wandb_dir)
    finally:
        session.close()
    last = session.latest_checkpoint()
    if last is None or not (last / "adapter").is_dir():
        raise RuntimeError(f"run {paths.run_name}: no final adapter under "
                           f"{storage / paths.run_name}")
    shutil.rmtree(paths.adapter_out, ignore_errors=True)
    shutil.copytree(last / "adapter", paths.adapter_out)
    return {**(session.reports[-1] if session.reports else {}), **result}
