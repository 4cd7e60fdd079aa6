"""Table 2 (Markdown + CSV), the three PNG figures, and the offline W&B log."""

import csv
import json

import numpy as np
import pytest
from PIL import Image

from medadapt.evaluate.report import ReportError, build_report, with_ci
from medadapt.evaluate.results import PredictionWriter, write_results
from medadapt.evaluate.settings import EvalConfig, ReportConfig


def fake_rows(variant, accuracy, n=80, seed=0):
    rng = np.random.default_rng(seed)
    gold = rng.choice(list("ABCDE"), size=n)
    rows = []
    for i, g in enumerate(gold):
        pred = str(g) if rng.random() < accuracy else str(rng.choice(list("ABCDE")))
        pred = None if rng.random() < 0.05 else pred
        rows.append({"id": f"q{i}", "gold": str(g), "pred": pred, "correct": pred == g,
                     "variant": variant, "language": "ru" if i % 3 else "kk",
                     "subject": "Medicine", "scores": None, "output": None})
    return rows


def write_run(out_dir, model, variants, seed):
    cfg = EvalConfig(model=f"/models/{model}", bootstrap_resamples=200,
                     adapters=[{"name": v, "path": f"/a/{v}"} for v in variants if v != "base"])
    writer = PredictionWriter(out_dir, variants, [f"q{i}" for i in range(80)])
    for index, variant in enumerate(variants):
        writer.add(fake_rows(variant, 0.2 + 0.15 * index, seed=seed))
    return write_results(out_dir, writer.close(), cfg)


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    root = tmp_path_factory.mktemp("runs")
    write_run(root / "gemma", "Med-Gemma-4B", ["base", "finetuned"], seed=1)
    write_run(root / "llama", "Llama-3-8B", ["base"], seed=2)
    return [root / "gemma", root / "llama"]


def test_eval_outputs_follow_the_contract(runs):
    metrics = json.loads((runs[0] / "finetuned" / "metrics.json").read_text())
    for key in ("n", "accuracy", "accuracy_ci", "macro_f1", "macro_f1_ci",
                "balanced_accuracy", "mcc", "invalid_rate"):
        assert key in metrics
    assert set(metrics["by_language"]) == {"ru", "kk"}
    assert json.loads((runs[0] / "comparison.json").read_text())["finetuned_vs_base"]["n"] == 80
    lines = (runs[1] / "predictions.jsonl").read_text().splitlines()
    assert [json.loads(line)["id"] for line in lines] == [f"q{i}" for i in range(80)]


def non_white_fraction(path):
    image = np.asarray(Image.open(path).convert("RGB"))
    return float((image.min(axis=2) < 250).mean()), image.shape


def test_report_tables_figures_and_wandb(runs, tmp_path):
    out = tmp_path / "report"
    summary = build_report(runs, out, ReportConfig(wandb={"mode": "offline"}))
    md = (out / "table2.md").read_text()
    assert "| Model | Type | Accuracy, 95% CI | Macro-F1, 95% CI | Balanced accuracy | MCC |" in md
    assert "| Med-Gemma-4B | Fine-Tuned |" in md and "| Llama-3-8B | Baseline |" in md
    assert "McNemar p" in md
    with (out / "table2.csv").open() as handle:
        table = list(csv.DictReader(handle))
    assert [(r["model"], r["type"]) for r in table] == [
        ("Med-Gemma-4B", "Fine-Tuned"), ("Med-Gemma-4B", "Baseline"), ("Llama-3-8B", "Baseline")]
    for row in table:
        assert float(row["accuracy_ci_low"]) <= float(row["accuracy"]) <= float(
            row["accuracy_ci_high"])
    for name in ("accuracy_ci.png", "baseline_vs_finetuned.png", "macro_f1_ci.png"):
        fraction, shape = non_white_fraction(out / name)
        assert shape[0] > 100 and shape[1] > 100 and fraction > 0.01, name
    assert summary.wandb_dir and list((out / "wandb").glob("offline-run-*"))


def test_report_without_pairs_skips_that_figure(runs, tmp_path):
    summary = build_report(runs[1:], tmp_path / "r", ReportConfig(wandb={"mode": "disabled"}))
    assert "baseline_vs_finetuned.png" not in summary.files
    assert (tmp_path / "r" / "accuracy_ci.png").exists()


def test_report_errors_and_formatting(tmp_path):
    with pytest.raises(ReportError, match="no metrics.json"):
        build_report([tmp_path], tmp_path / "out")
    assert with_ci(0.33, 0.2795, 0.3872) == "33.00% [27.95-38.72]"
