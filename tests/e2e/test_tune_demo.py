"""The tune demo end to end through the console script: the search chooses on signal."""

import json
import subprocess
from pathlib import Path

import pandas as pd
import pytest
import yaml
from job_runner import run_job

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.e2e
JOB = yaml.safe_load((ROOT / "jobs/tune-demo.yaml").read_text(encoding="utf-8"))
TRIALS = 1
for dist in JOB["tune"]["space"].values():
    TRIALS *= len(dist["grid"])
TARGET = 0.5  # the target for the best trial's val objective


def run_tune_demo(out: Path, *overrides: str) -> subprocess.CompletedProcess:
    return run_job("jobs/tune-demo.yaml", out,
                   "e2e-tune-demo-secret-0123456789abcdef0123456789abcdef", *overrides,
                   timeout=900)


@pytest.fixture(scope="module")
def tune_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("tune-demo") / "out"
    result = run_tune_demo(out)
    assert result.returncode == 0, result.stderr[-3000:]
    summary = json.loads((out / "tune" / "summary.json").read_text())
    trials = pd.read_csv(out / "tune" / "trials.csv")
    return out, result, summary, trials


def test_tune_demo_keeps_val_patients_out_of_training(tune_run):
    out, _, _, _ = tune_run
    dialogues = out / "corpus" / "dialogues"
    patients = {split: {json.loads(line)["patient_id"]
                        for line in (dialogues / f"{split}.jsonl").open(encoding="utf-8")}
                for split in ("train", "val")}
    assert patients["train"] and patients["val"]
    assert not patients["train"] & patients["val"]


def test_every_trial_finishes_with_a_val_objective(tune_run):
    _, _, summary, trials = tune_run
    assert summary["trials"] == summary["completed"] == TRIALS
    assert len(trials) == TRIALS and set(trials["status"]) == {"completed"}
    assert trials["val_objective"].notna().all()
    assert (trials["stopped_at_step"] == JOB["train"]["max_steps"]).all()


def test_trials_differ_and_the_best_is_chosen_on_the_objective(tune_run):
    out, result, summary, trials = tune_run
    objectives = trials["val_objective"].round(6)
    assert objectives.nunique() > 1, objectives.tolist()
    best = trials.loc[trials["val_objective"].idxmax()]
    assert summary["best_trial"] == best["trial_id"]
    assert summary["best_objective"] == pytest.approx(best["val_objective"])
    assert (objectives == objectives.max()).sum() == 1, objectives.tolist()  # no tie-break
    assert summary["best_objective"] >= TARGET, trials.to_dict("records")
    assert f"outputs: {out}" in result.stdout and (out / "tune" / "best.yaml").is_file()


def test_the_summary_names_the_objective(tune_run):
    _, _, summary, _ = tune_run
    assert summary["metric"] == "val_objective" and summary["mode"] == "max"
    text = summary["objective"]
    assert "val_objective" in text
    for task in JOB["tune"]["objective"]["tasks"]:
        assert task in text
    assert "val dialogues" in text and "pp vs the base model" in text
