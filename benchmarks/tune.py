"""Tune throughput and ASHA savings, measured in one run on a local Ray.

    .venv/bin/python benchmarks/tune.py --trials 4 --cpus 2

Runs the same N-trial LoRA grid (tiny model, toy A-E dialogues, DeepSpeed stage 0, one
Train V2 worker of 0.5 CPU per trial) in fresh experiments after an unmeasured one-trial
warm-up: 1 trial at a time and 2 at a time without a scheduler (the speed-up is the ratio of
wall times), then 2 at a time with ASHA (compute saved = 1 - optimizer steps run / steps the
full grid runs). Wall time includes each trial's Train V2 start-up, checkpoints and adapter
scoring, which dominate a tiny model's trial: raise --steps to weigh training more.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

for key, value in (("HF_HUB_OFFLINE", "1"), ("WANDB_MODE", "disabled"),
                   ("RAY_USAGE_STATS_ENABLED", "0")):
    os.environ.setdefault(key, value)
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "platform"))

from medadapt.config import JobConfig  # noqa: E402

LRS = [3e-2, 1e-2, 1e-6, 2e-6, 5e-3, 3e-6, 2e-2, 4e-6]


def make_job(root: Path, model: Path, trials: int, parallel: int, scheduler: str,
             steps: int) -> JobConfig:
    from medadapt.train.toy import write_toy_search_data

    train, val, items = write_toy_search_data(root / "data")
    return JobConfig.model_validate({
        "name": "bench", "output_dir": str(root / "out"), "stages": ["tune"],
        "train": {"model": str(model), "global_batch": 2, "micro_batch": 2, "max_length": 128,
                  "optimizer": "adamw_torch", "gradient_checkpointing": False,
                  "deepspeed": {"stage": 0}, "wandb": {"mode": "disabled"},
                  "data": {"train": [str(train)], "eval": [str(val)]}},
        "tune": {"space": {"lr": {"grid": LRS[:trials]}}, "max_t": steps, "grace_period": 2,
                 "scheduler": scheduler, "max_concurrent_trials": parallel,
                 "resources": {"cpus": 0.5}, "val_items": str(items), "val_count": 10}})


def timed(root: Path, model: Path, args: argparse.Namespace, parallel: int,
          scheduler: str) -> tuple[float, dict]:
    from medadapt.stages.train import train_data_paths
    from medadapt.tune.run import run_tune

    job = make_job(root, model, args.trials, parallel, scheduler, args.steps)
    start = time.perf_counter()
    summary = run_tune(job, root / "out" / "tune", *train_data_paths(job))
    return time.perf_counter() - start, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trials", type=int, default=4)
    parser.add_argument("--steps", type=int, default=6, help="optimizer steps per trial")
    parser.add_argument("--cpus", type=int, default=2, help="CPUs of the local Ray")
    args = parser.parse_args()
    import ray

    from medadapt.tiny import resolve_model

    with tempfile.TemporaryDirectory() as tmp:
        model = Path(resolve_model("tiny", Path(tmp) / "cache"))
        ray.init(num_cpus=args.cpus, include_dashboard=True, log_to_driver=False)
        warm = argparse.Namespace(**{**vars(args), "trials": 1})
        timed(Path(tmp) / "warm-up", model, warm, 1, "none")  # worker pool, imports, caches
        serial, _ = timed(Path(tmp) / "serial", model, args, 1, "none")
        parallel, _ = timed(Path(tmp) / "parallel", model, args, 2, "none")
        _, asha = timed(Path(tmp) / "asha", model, args, 2, "asha")
        ray.shutdown()
    print(f"{args.trials} trials x {args.steps} steps, local Ray with {args.cpus} CPUs")
    print(f"  one at a time: {serial:7.1f} s ({serial / args.trials:.1f} s a trial)")
    print(f"  two at a time: {parallel:7.1f} s   speed-up x{serial / parallel:.2f}")
    print(f"  ASHA: {asha['steps_run']:.0f} of {asha['steps_full_grid']:.0f} steps run "
          f"({asha['compute_fraction']:.0%}), {asha['stopped']} of {asha['trials']} "
          f"trials stopped early -> compute saved {1 - asha['compute_fraction']:.0%}")


if __name__ == "__main__":
    main()
