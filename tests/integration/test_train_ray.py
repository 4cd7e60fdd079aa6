"""Ray Train: 2 workers with DeepSpeed ZeRO-2 on CPU, resume of a stopped run, and a killed
worker replaced mid-run that still ends at the same total step count."""

from __future__ import annotations

from pathlib import Path

import pytest

from medadapt.train.launch import train_model
from medadapt.train.settings import TrainConfig
from medadapt.train.toy import toy_dialogues, write_jsonl
from medadapt.train.tracking import read_offline_history

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("local_ray")]


@pytest.fixture(scope="module")
def dialogues(tmp_path_factory) -> tuple[str, str]:
    folder = tmp_path_factory.mktemp("dialogues")
    return (str(write_jsonl(toy_dialogues(96), folder / "train.jsonl")),
            str(write_jsonl(toy_dialogues(6, seed=1), folder / "val.jsonl")))


def config(model: Path, **changes) -> TrainConfig:
    base = {"model": str(model), "global_batch": 4, "micro_batch": 2, "max_length": 96,
            "lr": 1e-2, "ray": {"num_workers": 2, "cpus_per_worker": 0.5, "max_failures": 0,
                                "checkpoint_every_steps": 4}}
    base.update(changes)
    return TrainConfig.model_validate(base)


def test_stopped_run_resumes_with_deepspeed_zero2(tmp_path, dialogues, tiny_model_dir,
                                                    kill_train_worker):
    """Run 1 loses a worker with no restarts left and stops; re-running the same name
    resumes from its checkpoint (saved by every rank) and finishes."""
    from ray.train import TrainingFailedError

    cfg = config(tiny_model_dir, max_steps=24)
    out, run_dir = tmp_path / "out", tmp_path / "out" / "ray" / "job-train"
    watcher = kill_train_worker(run_dir)
    with pytest.raises(TrainingFailedError):
        train_model(cfg, [dialogues[0]], [dialogues[1]], out, "job-train")
    watcher.join()
    assert watcher.killed
    first = sorted(run_dir.glob("checkpoint_*"))[0]
    zero_files = sorted(p.name for p in (first / "ds").glob("zero_pp_rank_*_optim_states.pt"))
    assert zero_files == ["zero_pp_rank_0_mp_rank_00_optim_states.pt",
                          "zero_pp_rank_1_mp_rank_00_optim_states.pt"]  # both ranks saved
    summary = train_model(cfg, [dialogues[0]], [dialogues[1]], out, "job-train")
    assert summary["step"] == summary["total_steps"] == 24
    assert 4 <= summary["resumed_from_step"] < 24
    assert summary["steps_per_epoch"] == 96 // 2 // 2  # each worker read half via Ray Data
    assert summary["adapter_lora_b_norm"] > 0 and summary["adapter_reload_max_abs_diff"] < 1e-3
    assert (out / "adapter" / "adapter_model.safetensors").exists()
    history = [row for f in (out / "wandb").rglob("run-*.wandb")
               for row in read_offline_history(f)]
    assert max(row.get("step", 0) for row in history) == 24 and \
        any("eval_loss" in row for row in history)


def test_killed_worker_is_replaced_and_run_ends_at_same_step(tmp_path, dialogues,
                                                              tiny_model_dir,
                                                              kill_train_worker):
    cfg = config(tiny_model_dir, max_steps=24, ray={
        "num_workers": 2, "cpus_per_worker": 0.5, "max_failures": 1,
        "checkpoint_every_steps": 4}, wandb={"mode": "disabled"})
    out = tmp_path / "out"
    watcher = kill_train_worker(out / "ray" / "kill-train")
    summary = train_model(cfg, [dialogues[0]], [dialogues[1]], out, "kill-train")
    watcher.join()
    assert watcher.killed
    assert summary["step"] == summary["total_steps"] == 24
    assert 4 <= summary["resumed_from_step"] < 24  # the replacement group resumed
    assert summary["adapter_reload_max_abs_diff"] < 1e-3
