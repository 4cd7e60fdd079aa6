"""Job config: loading, typed overrides, and an actionable message for every kind of error."""

from pathlib import Path

import pytest

from medadapt.config import JobConfig, apply_overrides, load_job, parse_override
from medadapt.errors import ConfigError

GOOD = """\
name: t1
output_dir: out
stages: [synth]
synth:
  patients: 3
  pages: [2, 4]
"""


def write(tmp_path: Path, text: str, name: str = "job.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_loads_typed_sections_and_resolves_output(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    job = load_job(write(tmp_path, GOOD))
    assert isinstance(job, JobConfig)
    assert job.synth.patients == 3 and job.synth.pages == (2, 4)
    assert job.synth.languages == ["ru", "kk", "mixed"]  # default filled in
    assert job.output_dir == (tmp_path / "out").resolve()
    assert job.stage_dir("synth") == job.output_dir / "synth"


@pytest.mark.parametrize(
    ("override", "check"),
    [
        ("synth.patients=5", lambda j: j.synth.patients == 5),
        ("synth.pages=7..9", lambda j: j.synth.pages == (7, 9)),
        ("synth.languages=[kk]", lambda j: j.synth.languages == ["kk"]),
        ("synth.seed=-3", lambda j: j.synth.seed == -3),
        ("name=other", lambda j: j.name == "other"),
    ],
)
def test_overrides_are_typed(tmp_path, override, check):
    assert check(load_job(write(tmp_path, GOOD), [override]))


def test_later_override_wins_and_input_is_not_mutated():
    raw = {"synth": {"patients": 1}}
    out = apply_overrides(raw, ["synth.patients=2", "synth.patients=4"])
    assert out["synth"]["patients"] == 4 and raw["synth"]["patients"] == 1


@pytest.mark.parametrize("bad", ["synth.patients", "=3", "synth..x=1", "a.=2"])
def test_malformed_override_is_rejected(bad):
    with pytest.raises(ConfigError, match="KEY.PATH=VALUE"):
        parse_override(bad)


def test_override_through_a_value_names_the_key(tmp_path):
    with pytest.raises(ConfigError, match=r"name is a value, not a section"):
        load_job(write(tmp_path, GOOD), ["name.x=1"])


@pytest.mark.parametrize(
    ("text", "overrides", "expected"),
    [
        # unknown key: names the file, the dotted path and the keys allowed there
        (
            GOOD.replace("patients: 3", "patinets: 3"),
            [],
            r"job\.yaml.*synth\.patinets: unknown key.*patients",
        ),
        (GOOD + "bogus: 1\n", [], r"bogus: unknown key \(allowed here: name, output_dir"),
        # wrong type: names the path and the offending value
        (GOOD.replace("patients: 3", "patients: many"), [], r"synth\.patients: .*integer.*'many'"),
        (GOOD, ["synth.bad_files=-1"], r"synth\.bad_files: .*greater than or equal to 0"),
        (GOOD, ["synth.pages=5..2"], r"synth\.pages: .*min <= max.*5\.\.2"),
        (GOOD, ["synth.languages=[ru, en]"], r"synth\.languages\.1: .*'ru', 'kk' or 'mixed'"),
        (GOOD, ["synth.centers=[a/b]"], r"synth\.centers: .*plain folder name"),
        # stages: unknown name, wrong order, repeats
        (GOOD.replace("[synth]", "[synth, trian]"), [], r"stages\.1: .*'synth'"),
        (GOOD.replace("[synth]", "[train, synth]"), [], r"stages: .*pipeline order"),
        (GOOD.replace("[synth]", "[synth, synth]"), [], r"stages: .*repeat"),
        # required keys
        (GOOD.replace("name: t1\n", ""), [], r"name: required key is missing"),
        (GOOD.replace("name: t1", "name: 'bad name!'"), [], r"name: .*pattern"),
    ],
)
def test_config_errors_name_file_path_and_expectation(tmp_path, text, overrides, expected):
    with pytest.raises(ConfigError, match="(?s)" + expected) as info:
        load_job(write(tmp_path, text), overrides)
    assert str(tmp_path / "job.yaml") in str(info.value)


def test_yaml_syntax_error_gives_line_and_column(tmp_path):
    path = write(tmp_path, "name: t1\nstages: [synth\noutput_dir: x\n")
    with pytest.raises(ConfigError, match=r"job\.yaml:\d+:\d+: not valid YAML"):
        load_job(path)


@pytest.mark.parametrize("text", ["- a\n- b\n", "just a string\n"])
def test_top_level_must_be_a_mapping(tmp_path, text):
    with pytest.raises(ConfigError, match="expected a mapping"):
        load_job(write(tmp_path, text))


def test_missing_file_is_named(tmp_path):
    with pytest.raises(ConfigError, match=r"nope\.yaml: job file not found"):
        load_job(tmp_path / "nope.yaml")


def test_resolved_yaml_round_trips(tmp_path):
    job = load_job(write(tmp_path, GOOD), ["synth.seed=11"])
    again = load_job(write(tmp_path, job.to_yaml(), "resolved.yaml"))
    assert again == job


def test_fingerprint_tracks_section_changes(tmp_path):
    base = load_job(write(tmp_path, GOOD))
    same = load_job(write(tmp_path, GOOD))
    changed = load_job(write(tmp_path, GOOD), ["synth.seed=1"])
    assert base.section_fingerprint("synth") == same.section_fingerprint("synth")
    assert base.section_fingerprint("synth") != changed.section_fingerprint("synth")


def test_every_committed_job_file_validates():
    root = Path(__file__).resolve().parents[2]
    jobs = sorted((root / "jobs").glob("*.yaml"))
    assert jobs, "jobs/ holds no job files"
    for path in jobs:
        assert load_job(path).name
