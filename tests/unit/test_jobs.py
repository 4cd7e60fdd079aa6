"""Ray Jobs submission pieces that need no cluster: entrypoint, runtime env, addresses."""

from pathlib import Path

import pytest

from medadapt import jobs


def test_entrypoint_is_the_local_run_command_relative_to_the_working_dir(tmp_path):
    (tmp_path / "jobs").mkdir()
    job = tmp_path / "jobs" / "demo.yaml"
    job.write_text("name: x\n")
    command = jobs.entrypoint(job, tmp_path, ["synth.patients=2", "ingest.inputs=[a b]"])
    assert command == ("python -m medadapt.cli run jobs/demo.yaml synth.patients=2 "
                       "'ingest.inputs=[a b]'")
    with pytest.raises(ValueError, match="inside the uploaded working dir"):
        jobs.entrypoint(Path("/elsewhere/job.yaml"), tmp_path, [])


def test_runtime_env_forwards_only_set_secrets_and_skips_heavy_folders(tmp_path):
    env = jobs.runtime_env(tmp_path, {"MEDADAPT_DEID_SECRET": "s3cret", "WANDB_API_KEY": "",
                                      "UNRELATED": "x"})
    assert env["working_dir"] == str(tmp_path)
    assert env["env_vars"] == {"MEDADAPT_DEID_SECRET": "s3cret", "RAY_USAGE_STATS_ENABLED": "0"}
    assert ".venv" in env["excludes"] and "outputs" in env["excludes"]


def test_address_comes_from_flag_then_environment(monkeypatch):
    monkeypatch.delenv("RAY_ADDRESS", raising=False)
    assert jobs.resolve_address(None) == jobs.DEFAULT_ADDRESS
    monkeypatch.setenv("RAY_ADDRESS", "http://head:8265")
    assert jobs.resolve_address(None) == "http://head:8265"
    assert jobs.resolve_address("http://other:8265") == "http://other:8265"


def test_outcome_exit_codes_and_error_tail():
    assert jobs.JobOutcome("j", "SUCCEEDED", "").exit_code == 0
    assert jobs.JobOutcome("j", "FAILED", "boom").exit_code == 1
    assert jobs.error_tail("\n".join(str(i) for i in range(50)), lines=3) == "47\n48\n49"
