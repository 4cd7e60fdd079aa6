"""The job runner: stages run in order, complete stages are skipped, and nothing starts
when a stage cannot run."""

import json
from pathlib import Path

import pytest

from medadapt.config import validate_job
from medadapt.errors import ConfigError
from medadapt.runner import MARKER, RESOLVED_CONFIG, run_job
from medadapt.stages import Stage, StageOutcome

CALLS: list[str] = []


def fake_synth(job, out_dir: Path) -> StageOutcome:
    CALLS.append("synth")
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "data.txt").write_text(f"seed={job.synth.seed}")
    return StageOutcome(outputs=["data.txt"], summary={"seed": job.synth.seed})


def fake_ingest(job, out_dir: Path) -> StageOutcome:
    CALLS.append("ingest")
    upstream = (job.stage_dir("synth") / "data.txt").read_text()
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "copy.txt").write_text(upstream)
    return StageOutcome(outputs=["copy.txt"])


def failing_ingest(job, out_dir: Path) -> StageOutcome:
    CALLS.append("failing")
    raise RuntimeError("boom")


REGISTRY = {
    "synth": Stage("synth", f"{__name__}:fake_synth", "test"),
    "ingest": Stage("ingest", f"{__name__}:fake_ingest", "test"),
}


@pytest.fixture(autouse=True)
def _reset_calls():
    CALLS.clear()


def make_job(tmp_path: Path, stages=("synth", "ingest"), seed: int = 0):
    raw = {"name": "t", "output_dir": str(tmp_path / "out"), "stages": list(stages)}
    raw["synth"] = {"seed": seed}
    raw["train"] = {"max_steps": 4}  # a job with a tune stage needs a step budget
    return validate_job(raw, "test")


def test_runs_stages_in_order_and_writes_resolved_config(tmp_path):
    job = make_job(tmp_path)
    reports = run_job(job, REGISTRY)
    assert CALLS == ["synth", "ingest"]
    assert [r.status for r in reports] == ["ran", "ran"]
    assert (job.stage_dir("ingest") / "copy.txt").read_text() == "seed=0"
    resolved = (job.output_dir / RESOLVED_CONFIG).read_text()
    assert validate_job(__import__("yaml").safe_load(resolved), "resolved") == job
    marker = json.loads((job.stage_dir("synth") / MARKER).read_text())
    assert marker["outputs"] == ["data.txt"] and marker["summary"] == {"seed": 0}


def test_rerun_of_finished_job_does_no_work(tmp_path):
    run_job(make_job(tmp_path), REGISTRY)
    CALLS.clear()
    reports = run_job(make_job(tmp_path), REGISTRY)
    assert CALLS == []
    assert [r.status for r in reports] == ["skipped", "skipped"]


def test_changed_section_reruns_that_stage_and_everything_downstream(tmp_path):
    run_job(make_job(tmp_path, seed=0), REGISTRY)
    CALLS.clear()
    job = make_job(tmp_path, seed=1)
    run_job(job, REGISTRY)
    assert CALLS == ["synth", "ingest"]
    assert (job.stage_dir("ingest") / "copy.txt").read_text() == "seed=1"


def test_deleted_output_makes_stage_incomplete(tmp_path):
    job = make_job(tmp_path)
    run_job(job, REGISTRY)
    (job.stage_dir("ingest") / "copy.txt").unlink()
    CALLS.clear()
    run_job(job, REGISTRY)
    assert CALLS == ["ingest"]


def test_failed_stage_leaves_no_marker_and_reruns_next_time(tmp_path):
    job = make_job(tmp_path)
    broken = {**REGISTRY, "ingest": Stage("ingest", f"{__name__}:failing_ingest", "test")}
    with pytest.raises(RuntimeError, match="boom"):
        run_job(job, broken)
    assert (job.stage_dir("synth") / MARKER).exists()
    assert not (job.stage_dir("ingest") / MARKER).exists()
    CALLS.clear()
    run_job(job, REGISTRY)
    assert CALLS == ["ingest"]  # synth was complete, only the failed stage runs


def test_unavailable_stage_stops_before_any_work(tmp_path):
    job = make_job(tmp_path, stages=("synth", "ingest", "tune"))  # REGISTRY has no tune
    with pytest.raises(ConfigError, match=r"cannot run \['tune'\]; available: \['ingest'"):
        run_job(job, REGISTRY)
    assert CALLS == []
    assert not job.output_dir.exists()


GROWING: dict[str, int] = {"items": 1}


def growing_ingest(job, out_dir: Path) -> StageOutcome:
    """An incremental stage: does work only when its input grew."""
    CALLS.append("ingest")
    out_dir.mkdir(parents=True, exist_ok=True)
    done = out_dir / "count.txt"
    before = int(done.read_text()) if done.exists() else 0
    if before != GROWING["items"]:
        done.write_text(str(GROWING["items"]))
    return StageOutcome(outputs=["count.txt"], digest=str(GROWING["items"]),
                        did_work=before != GROWING["items"])


def counting_corpus(job, out_dir: Path) -> StageOutcome:
    CALLS.append("corpus")
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "n.txt").write_text((job.stage_dir("ingest") / "count.txt").read_text())
    return StageOutcome(outputs=["n.txt"])


def test_incremental_stage_runs_downstream_only_when_its_output_changed(tmp_path):
    registry = {
        **REGISTRY,
        "ingest": Stage("ingest", f"{__name__}:growing_ingest", "test", incremental=True),
        "corpus": Stage("corpus", f"{__name__}:counting_corpus", "test"),
    }
    job = make_job(tmp_path, stages=("synth", "ingest", "corpus"))
    GROWING["items"] = 1
    run_job(job, registry)
    CALLS.clear()
    reports = run_job(job, registry)  # nothing new: ingest is asked, finds nothing
    assert CALLS == ["ingest"] and [r.status for r in reports] == ["skipped"] * 3
    GROWING["items"] = 2  # files were added to a center
    CALLS.clear()
    reports = run_job(job, registry)
    assert CALLS == ["ingest", "corpus"]
    assert [r.status for r in reports] == ["skipped", "ran", "ran"]
    assert (job.stage_dir("corpus") / "n.txt").read_text() == "2"


def fake_review(job, out_dir: Path) -> StageOutcome:
    CALLS.append("review")
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "page.html").write_text(f"sample={job.review.sample}")
    return StageOutcome(outputs=["page.html"])


def test_a_side_output_stage_does_not_rerun_later_stages(tmp_path):
    """Sampling a new review page (review.sample) must not re-run the corpus after it."""
    registry = {**REGISTRY, "review": Stage("review", f"{__name__}:fake_review", "test",
                                            feeds_next=False),
                "corpus": Stage("corpus", f"{__name__}:fake_ingest", "test")}
    raw = {"name": "t", "output_dir": str(tmp_path / "out"),
           "stages": ["synth", "review", "corpus"]}
    run_job(validate_job(raw, "test"), registry)
    CALLS.clear()
    run_job(validate_job({**raw, "review": {"sample": 3}}, "test"), registry)
    assert CALLS == ["review"]
