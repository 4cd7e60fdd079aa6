"""A search whose driver is killed (SIGKILL, no clean-up) resumes from its storage path when
run again: trials Tune had recorded as finished are not run again, the rest complete."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from medadapt.config import validate_job

pytestmark = pytest.mark.integration
LRS = [3e-2, 1e-2, 5e-3]


def finished_in_state(experiment: Path) -> list[str]:
    """Trial ids the experiment state saved on disk records as TERMINATED."""
    done = []
    for state in experiment.glob("experiment_state-*.json"):
        try:
            for trial_json, _ in json.loads(state.read_text())["trial_data"]:
                trial = json.loads(trial_json)
                if trial["status"] == "TERMINATED":
                    done.append(trial["trial_id"])
        except (ValueError, KeyError, TypeError):
            continue  # caught mid-write; look again
    return done


def start_search(job_file: Path, log: Path) -> subprocess.Popen:
    """`medadapt tune job.yaml` as its own process group (driver + its local Ray)."""
    return subprocess.Popen([sys.executable, "-m", "medadapt.cli", "tune",
                             str(job_file)], stdout=log.open("a"), stderr=subprocess.STDOUT,
                            start_new_session=True)


def test_killed_driver_resumes_without_repeating_finished_trials(tmp_path, tune_job):
    raw = tune_job({"lr": {"grid": LRS}}, scheduler="none", max_concurrent_trials=1)
    raw["train"]["max_steps"] = 4
    job = validate_job(raw, "test")
    job_file = tmp_path / "search.yaml"
    job_file.write_text(yaml.safe_dump(raw), encoding="utf-8")
    out, log = job.stage_dir("tune"), tmp_path / "driver.log"

    driver = start_search(job_file, log)
    deadline = time.time() + 400
    finished: list[str] = []
    while not finished and driver.poll() is None and time.time() < deadline:
        time.sleep(0.5)
        finished = [t for e in (out / "ray").glob("*") for t in finished_in_state(e)]
    assert finished, f"no trial finished before the kill (driver exit {driver.poll()})"
    os.killpg(driver.pid, signal.SIGKILL)  # like a lost head node: nothing gets to clean up
    driver.wait()
    assert not (out / "summary.json").exists()

    again = start_search(job_file, log)
    assert again.wait(timeout=600) == 0, "the resumed search failed (see driver.log)"
    summary = json.loads((out / "summary.json").read_text())
    assert summary["resumed"] and summary["trials"] == 3 and summary["completed"] == 3
    starts = {p.parent.name: len(p.read_text().split()) for p in out.glob("trials/*/starts.log")}
    assert len(starts) == 3 and all(starts[t] == 1 for t in finished)  # not run again
    assert Path(summary["best_adapter"], "adapter_config.json").exists()


@pytest.mark.usefixtures("local_ray")
def test_failed_trial_is_retried_from_its_own_checkpoint(tune_job, kill_train_worker):
    """A trial whose Train worker dies fails (trials' Train runs get no restarts); Tune
    retries it and the retry resumes that trial's Train checkpoint."""
    from medadapt.stages.train import train_data_paths
    from medadapt.tune.run import run_tune

    job = validate_job(tune_job({"lr": {"grid": [3e-2]}}, scheduler="none",
                                report_every_steps=2, max_failures=1), "test")
    out = job.stage_dir("tune")
    watcher = kill_train_worker(out / "ray", "*-trials/*/checkpoint_manager_snapshot.json")
    summary = run_tune(job, out, *train_data_paths(job))
    watcher.join()
    assert watcher.killed and summary["completed"] == 1 and summary["error"] == 0
    (row,) = [r for r in __import__("pandas").read_csv(out / "trials.csv").to_dict("records")]
    assert row["num_failures"] == 1 and row["starts"] == 2
    assert row["stopped_at_step"] == 6 and 2 <= row["resumed_from_step"] < 6
