"""The console script: every stage is listed, every subcommand has help, errors exit 2."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from medadapt.config import STAGE_ORDER

MEDADAPT = str(Path(sys.executable).with_name("medadapt"))
ALL_COMMANDS = [*STAGE_ORDER, "deid", "submit", "run", "validate"]


def medadapt(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    return subprocess.run(
        [MEDADAPT, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )


def test_top_level_help_lists_every_stage():
    result = medadapt("--help")
    assert result.returncode == 0
    for name in ALL_COMMANDS:
        assert f" {name} " in result.stdout, name


@pytest.mark.parametrize("name", ALL_COMMANDS)
def test_every_subcommand_has_help(name):
    result = medadapt(name, "--help")
    assert result.returncode == 0, result.stderr
    assert "Usage:" in result.stdout


def test_run_with_bad_config_exits_2_and_names_the_key(tmp_path):
    job = tmp_path / "job.yaml"
    job.write_text("name: x\noutput_dir: out\nstages: [synth]\nsynth: {patients: zero}\n")
    result = medadapt("run", str(job), cwd=tmp_path)
    assert result.returncode == 2
    assert "synth.patients" in result.stderr and "job.yaml" in result.stderr
    assert not (tmp_path / "out").exists()


def test_validate_prints_resolved_config_with_overrides(tmp_path):
    job = tmp_path / "job.yaml"
    job.write_text("name: x\noutput_dir: out\nstages: [synth]\n")
    result = medadapt("validate", str(job), "synth.patients=2", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "patients: 2" in result.stdout
    assert f"output_dir: {tmp_path / 'out'}" in result.stdout


def test_synth_rejects_bad_options_before_writing(tmp_path):
    result = medadapt("synth", "--out", str(tmp_path / "s"), "--pages", "9..2")
    assert result.returncode == 2
    assert "pages" in result.stderr
    assert not (tmp_path / "s").exists()


def test_deid_command_follows_the_jsonl_contract(tmp_path):
    key = tmp_path / "key"
    key.write_text("cli-test-secret-" + "1" * 48)
    text = "Пациент Жумабеков Ерлан Серикович, тел. +7 701 234 56 78, аппарат Илизарова."
    (tmp_path / "in.jsonl").write_text(
        json.dumps({"id": "d1", "text": text, "patient": "p1"}, ensure_ascii=False) + "\n"
    )
    result = medadapt("deid", "--input", str(tmp_path / "in.jsonl"), "--output",
                      str(tmp_path / "out.jsonl"), "--key-file", str(key))
    assert result.returncode == 0, result.stderr
    row = json.loads((tmp_path / "out.jsonl").read_text())
    assert row["id"] == "d1" and "Жумабеков" not in row["text"] and "Илизарова" in row["text"]
    assert {s["label"] for s in row["spans"]} >= {"NAME", "PHONE"}
    starts = [s["start"] for s in row["spans"]]
    assert starts == sorted(starts)
    assert all(text[s["start"]:s["end"]] not in row["text"] for s in row["spans"])
    assert "Жумабеков" not in result.stdout + result.stderr  # no patient text in output


def test_deid_bad_line_exits_2_naming_file_and_line(tmp_path):
    key = tmp_path / "key"
    key.write_text("cli-test-secret-" + "1" * 48)
    (tmp_path / "in.jsonl").write_text('{"id": 1, "text": "ok"}\n{"id": 2, "text": "Иванов \n')
    result = medadapt("deid", "--input", str(tmp_path / "in.jsonl"), "--output",
                      str(tmp_path / "out.jsonl"), "--key-file", str(key))
    assert result.returncode == 2
    assert "in.jsonl, line 2" in result.stderr and "Иванов" not in result.stderr
    assert not (tmp_path / "out.jsonl").exists()


def test_tune_rejects_an_invalid_space_before_starting_ray(tmp_path):
    job = tmp_path / "job.yaml"
    job.write_text("name: x\noutput_dir: out\nstages: [tune]\n"
                   "train: {data: {train: [t.jsonl], eval: [v.jsonl]}}\n"
                   "tune: {space: {lora.dropout: {grid: [0.1, 1.5]}}}\n")
    result = medadapt("tune", str(job), cwd=tmp_path)
    assert result.returncode == 2
    assert "tune.space.lora.dropout" in result.stderr and "1.5" in result.stderr
    assert "Started a local Ray" not in result.stderr and not (tmp_path / "out").exists()
    job.write_text(job.read_text().replace("1.5", "0.2"))
    result = medadapt("tune", str(job), cwd=tmp_path)
    assert result.returncode == 2 and "tune.max_t: required for ASHA" in result.stderr


def test_stage_options_come_from_the_settings_models():
    """Flags, defaults and help are the model's: change a default there and --help follows."""
    from medadapt.ingest.settings import IngestConfig

    result = medadapt("ingest", "--help")
    assert result.returncode == 0
    default = IngestConfig.model_fields["workers"].default
    assert f"(default: {default})" in result.stdout
    assert "--no-ocr" in result.stdout  # booleans get a --x/--no-x pair
