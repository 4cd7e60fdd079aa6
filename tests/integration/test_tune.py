"""Ray Tune: 4 LoRA trials, 2 at a time on CPU, ASHA cutting weak ones on the eval loss,
the best picked on validation MC accuracy, and its job YAML training the final adapter."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from medadapt.config import load_job, validate_job
from medadapt.runner import run_job
from medadapt.train.tracking import read_offline_history, read_offline_records

pytestmark = pytest.mark.integration
LRS = [3e-2, 1e-2, 1e-6, 2e-6]  # grid order: two strong rates run first, then two that
# barely move the eval loss, which ASHA cuts at its first rung


@pytest.fixture(scope="module", autouse=True)
def ray_with_dashboard():
    """Local Ray as `medadapt tune` starts it: with the dashboard, whose State API lets Ray
    Train free the CPUs of trials ASHA stops."""
    import ray

    ray.init(num_cpus=2, include_dashboard=True, log_to_driver=False)
    yield
    ray.shutdown()


def live_placement_groups() -> list[dict]:
    from ray.util import placement_group_table

    return [pg for pg in placement_group_table().values() if pg["state"] != "REMOVED"]


def test_search_runs_in_parallel_cuts_early_and_its_best_yaml_trains(tune_job):
    job = validate_job(tune_job({"lr": {"grid": LRS}, "lora.r": {"grid": [4]}},
                                grace_period=2, reduction_factor=2), "test")
    reports = run_job(job)
    out = job.stage_dir("tune")
    summary = json.loads((out / "summary.json").read_text())
    assert reports[0].status == "ran" and not summary["resumed"]
    rows = {r["trial_id"]: r for r in csv_rows(out / "trials.csv")}
    assert summary["trials"] == len(rows) == 4 and summary["unfinished"] == 0
    assert sorted(r["lr"] for r in rows.values()) == sorted(LRS)
    status = {r["lr"]: r["status"] for r in rows.values()}
    assert status[1e-6] == status[2e-6] == "stopped"  # ASHA cut the weak rates early
    assert all(r["stopped_at_step"] < 6 for r in rows.values() if r["status"] == "stopped")
    assert summary["steps_run"] < summary["steps_full_grid"] == 24
    assert overlapping(rows.values())  # two trials ran at the same time

    done = [r for r in rows.values() if r["status"] == "completed"]
    assert all(r["stopped_at_step"] == 6 and 0 <= r["objective"] <= 1 for r in done)
    best = max(done, key=lambda r: (r["objective"], -r["eval_loss"]))
    assert summary["best_trial"] == best["trial_id"]
    assert summary["best_objective"] == best["objective"]
    assert Path(summary["best_adapter"], "adapter_config.json").exists()
    assert (out / "trials.parquet").exists()
    assert (out / "plots" / "objective_vs_lr.png").stat().st_size > 0
    runs = wandb_runs(out / "wandb")  # one W&B group, a run per trial (stopped ones too)
    assert len(runs) == 4 and {g for g, _ in runs.values()} == {summary["experiment"]}
    assert all(any("eval_loss" in row for row in history) for _, history in runs.values())

    time.sleep(3)  # Train's cleaner polls once a second
    assert live_placement_groups() == []  # cut trials gave their CPUs back

    assert run_job(job)[0].status == "skipped"  # a finished search is not redone
    final = load_job(out / "best.yaml", ["train.ray.cpus_per_worker=0.5"])
    assert final.stages == ["train"] and final.train.lr == pytest.approx(best["lr"])
    trained = run_job(final)[0]
    assert trained.status == "ran" and trained.summary["step"] == 6
    assert (final.stage_dir("train") / "adapter" / "adapter_model.safetensors").exists()


def wandb_runs(folder: Path) -> dict[str, tuple[str, list[dict]]]:
    """run id -> (group, history) over the offline run folders (a run can span several)."""
    runs: dict[str, tuple[str, list[dict]]] = {}
    for run_file in folder.rglob("run-*.wandb"):
        for record in read_offline_records(run_file):
            if record.WhichOneof("record_type") == "run":
                group, history = runs.setdefault(record.run.run_id, (record.run.run_group, []))
                history += read_offline_history(run_file)
    return runs


def csv_rows(path: Path) -> list[dict]:
    import pandas as pd

    return json.loads(pd.read_csv(path).to_json(orient="records"))


def overlapping(rows) -> bool:
    spans = sorted((r["started_at"], r["ended_at"]) for r in rows
                   if r["started_at"] == r["started_at"] and r["ended_at"] == r["ended_at"])
    return any(b[0] < a[1] for a, b in zip(spans, spans[1:], strict=False))
