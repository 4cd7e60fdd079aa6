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
    assert {".venv", "outputs", ".git"} <= set(env["excludes"])


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


def test_the_project_upload_keeps_the_lexicons_and_fits_rays_limit():
    # Ray's own matcher over the checkout: what `medadapt submit` would upload
    from ray._private.runtime_env import packaging

    root = Path(__file__).resolve().parents[2]
    files: list[Path] = []
    exclude = packaging._get_excludes(root, jobs.runtime_env(root)["excludes"])
    packaging._dir_travel(root, [exclude], lambda p: p.is_file() and files.append(p),
                          include_gitignore=True)
    rel = {p.relative_to(root).as_posix() for p in files}
    assert any(r.startswith("datasets/lexicons/") for r in rel)
    assert not any(r.startswith(("datasets/deid_", "datasets/fields_")) for r in rel)
    size_mb = sum(p.stat().st_size for p in files) / 2**20
    assert size_mb < 25, f"{size_mb:.0f} MiB would be uploaded; Ray refuses 100 MiB"
