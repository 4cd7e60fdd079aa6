"""The demo job end to end through the console script, as `make demo` runs it."""

import json
import subprocess
from pathlib import Path

import pytest
import yaml
from job_runner import run_job

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.e2e
DEMO = yaml.safe_load((ROOT / "jobs/demo.yaml").read_text(encoding="utf-8"))
PATIENTS = DEMO["synth"]["patients"]


def run_demo(out: Path, *overrides: str) -> subprocess.CompletedProcess:
    return run_job("jobs/demo.yaml", out, "e2e-demo-secret-0123456789abcdef0123456789abcdef",
                   *overrides, timeout=1200)


def snapshot(root: Path) -> dict[str, int]:
    return {str(p.relative_to(root)): p.stat().st_mtime_ns for p in root.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo") / "out"
    result = run_demo(out)
    assert result.returncode == 0, result.stderr[-3000:]
    return out, result


def test_demo_writes_outputs_and_says_where(demo_run):
    out, result = demo_run
    assert f"outputs: {out}" in result.stdout
    assert (out / "job.resolved.yaml").is_file()
    synth = out / "synth"
    assert json.loads((synth / "_COMPLETE.json").read_text())["summary"]["records"] == PATIENTS
    assert len(list((synth / "truth").glob("*.json"))) == PATIENTS
    centers = {p.parent.name for p in (synth / "pdfs").rglob("*.pdf")}
    assert centers == {"almaty-cch4", "astana-ncto"}


def test_demo_ingests_the_synthetic_corpus(demo_run):
    out, _ = demo_run
    marker = json.loads((out / "ingest" / "_COMPLETE.json").read_text())
    bad = json.loads((out / "synth" / "bad_files.json").read_text())
    assert marker["summary"]["ok"] == PATIENTS
    assert marker["summary"]["files"] == PATIENTS + len(bad)
    assert list((out / "ingest" / "documents").glob("*.parquet"))


def test_demo_writes_the_review_page_without_planted_identifiers(demo_run):
    out, result = demo_run
    page = out / "review" / "review.html"
    assert str(page) in result.stdout  # the run says where the page is
    html = page.read_text(encoding="utf-8")
    assert html.count('class="phi"') > 10  # replaced spans are marked
    planted = set()
    for truth in (out / "synth" / "truth").glob("*.json"):
        for ident in json.loads(truth.read_text())["identifiers"]:
            if ident["label"] in {"IIN", "PHONE", "EMAIL"}:
                planted.add(ident["text"])
    assert planted and not [value for value in planted if value in html]


def test_demo_builds_a_bilingual_corpus(demo_run):
    out, _ = demo_run
    corpus = out / "corpus"
    summary = json.loads((corpus / "_COMPLETE.json").read_text())["summary"]
    assert summary["patients"] == PATIENTS and summary["leak_findings"] == 0
    assert summary["dialogues_test"] > 0  # scored in-domain, never trained on
    rows = [json.loads(line) for line in (corpus / "dialogues" / "train.jsonl").open()]
    assert rows and {r["language"] for r in rows} >= {"ru", "kk"}
    assert all(r["messages"][-1]["role"] == "assistant" for r in rows)


def test_demo_trains_an_adapter_on_the_corpus(demo_run):
    out, _ = demo_run
    summary = json.loads((out / "train" / "_COMPLETE.json").read_text())["summary"]
    assert (out / "train" / "adapter" / "adapter_config.json").is_file()
    steps = DEMO["train"]["max_steps"]
    assert summary.get("step") == steps or summary.get("global_step") == steps or any(
        v == steps for k, v in summary.items() if "step" in k), summary


def test_demo_evaluates_base_and_finetuned_and_reports(demo_run):
    out, _ = demo_run
    for variant in ("base", "finetuned"):
        metrics = json.loads((out / "eval" / variant / "metrics.json").read_text())
        assert metrics["n"] == 40 and 0 <= metrics["accuracy"] <= 1
        low, high = metrics["accuracy_ci"]
        assert low <= metrics["accuracy"] <= high
    assert (out / "eval" / "comparison.json").is_file()
    table = (out / "report" / "table2.md").read_text()
    assert "| Model | Type | Accuracy" in table and "Fine-Tuned" in table
    assert (out / "report" / "accuracy_ci.png").stat().st_size > 1000


def test_demo_shows_a_significant_in_domain_lift_beside_the_general_change(demo_run):
    out, result = demo_run
    comparison = json.loads((out / "eval" / "comparison.json").read_text())
    tasks = {k: c for k, c in comparison.items() if "task" in c}
    assert {c["task"] for c in tasks.values()} >= {"icd10", "terminology", "rehabilitation"}
    lifts = {c["task"]: c[f"{c['metric']}_diff_ci"] for c in tasks.values()}
    assert any(low > 0 for low, _ in lifts.values()), lifts  # CI of the difference excludes 0
    for variant in ("base", "finetuned"):
        metrics = json.loads((out / "eval" / "indomain" / variant / "metrics.json").read_text())
        assert metrics["tasks"]["icd10"]["n"] > 0
    headline = next(line for line in result.stdout.splitlines() if "in-domain lift" in line)
    assert headline.startswith("in-domain lift (finetuned vs baseline):")
    assert "icd10 exact_match" in headline and "rehabilitation chrf" in headline
    assert "KazMMLU-format accuracy change:" in result.stdout
    report = out / "report"
    for name in ("indomain.md", "tradeoff.png", "learning_curves.png"):
        assert (report / name).stat().st_size > 500, name
    assert "## icd10 (exact_match" in (report / "indomain.md").read_text()


def test_demo_rerun_does_no_work(demo_run):
    out, _ = demo_run
    before = snapshot(out)
    result = run_demo(out)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.count("skipped") >= 7
    assert snapshot(out) == before
