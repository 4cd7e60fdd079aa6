"""Eval on local Ray Data: actor pool, contract files, the train adapter, two adapters on one
base load, and the report stage over the eval stage's output."""

import json
from pathlib import Path

import pytest

from medadapt.config import JobConfig
from medadapt.evaluate.items import load_items
from medadapt.evaluate.modeling import load_scoring_model
from medadapt.evaluate.scoring import Scorer, ScoringSettings
from medadapt.evaluate.settings import AdapterSpec
from medadapt.stages.evaluate import eval_command, run_eval_stage, run_report_stage

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("local_ray")]
CONTRACT = ("n", "accuracy", "accuracy_ci", "macro_f1", "macro_f1_ci", "balanced_accuracy",
            "mcc", "invalid_rate")


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def check_contract(run_dir: Path, n: int) -> list[dict]:
    rows = read_jsonl(run_dir / "predictions.jsonl")
    assert len(rows) == n and len({r["id"] for r in rows}) == n
    for row in rows:
        assert {"id", "gold", "pred", "correct"} <= row.keys()
        assert row["correct"] == (row["pred"] == row["gold"])
    metrics = json.loads((run_dir / "metrics.json").read_text())
    assert all(key in metrics for key in CONTRACT) and metrics["n"] == n
    for key in ("accuracy", "macro_f1", "balanced_accuracy", "invalid_rate"):
        assert 0 <= metrics[key] <= 1
    assert metrics["accuracy"] == pytest.approx(sum(r["correct"] for r in rows) / n)
    return rows


def test_stage_scores_base_and_train_adapter_then_reports(tiny_model_dir, tmp_path,
                                                         make_adapter):
    job = JobConfig(name="evaljob", output_dir=tmp_path / "job",
                  stages=["train", "eval", "report"],
                  eval={"model": str(tiny_model_dir), "items": "synth", "synth_items": 16,
                        "actors": 2, "batch_size": 4, "bootstrap_resamples": 200},
                  report={"wandb": {"mode": "disabled"}})
    make_adapter(tiny_model_dir, job.stage_dir("train") / "adapter", seed=3)
    outcome = run_eval_stage(job, job.stage_dir("eval"))
    eval_dir = job.stage_dir("eval")
    assert all((eval_dir / rel).exists() for rel in outcome.outputs)
    base_rows = check_contract(eval_dir / "base", 16)
    tuned_rows = check_contract(eval_dir / "finetuned", 16)
    assert [r["id"] for r in base_rows] == [r["id"] for r in tuned_rows]
    comparison = json.loads((eval_dir / "comparison.json").read_text())["finetuned_vs_base"]
    assert comparison["n"] == 16 and 0 <= comparison["mcnemar_p"] <= 1
    info = json.loads((eval_dir / "eval.json").read_text())
    # each replica loads the base once, however the 4 batches were spread over the 2 actors
    assert 1 <= info["replicas"] <= 2 and set(info["base_loads_per_replica"].values()) == {1}

    report = run_report_stage(job, job.stage_dir("report"))
    assert "table2.md" in report.outputs and "baseline_vs_finetuned.png" in report.outputs
    table = (job.stage_dir("report") / "table2.md").read_text()
    assert f"| {tiny_model_dir.name} | Fine-Tuned |" in table
    assert f"| {tiny_model_dir.name} | Baseline |" in table


def test_two_adapters_on_one_base_load_match_in_process_scoring(tiny_model_dir, tmp_path,
                                                               make_adapter):
    adapters = [make_adapter(tiny_model_dir, tmp_path / f"lora{i}", seed=i) for i in (1, 2)]
    items_path = tmp_path / "items.jsonl"
    from medadapt.synth.mcq import generate_mcq, write_mcq

    write_mcq(generate_mcq(12, seed=8, messy=True), items_path)
    out = tmp_path / "out"
    eval_command(str(tiny_model_dir), str(items_path), out,
                 adapters=[f"lora{i}={p}" for i, p in enumerate(adapters, 1)], with_base=True,
                 options={"actors": 1, "batch_size": 5, "bootstrap_resamples": 100})
    info = json.loads((out / "eval.json").read_text())
    assert info["variants"] == ["base", "lora1", "lora2"]
    assert list(info["base_loads_per_replica"].values()) == [1]

    specs = [AdapterSpec(name=f"lora{i}", path=str(p)) for i, p in enumerate(adapters, 1)]
    scorer = Scorer(load_scoring_model(str(tiny_model_dir), specs), ScoringSettings())
    items = load_items(items_path)
    for variant in info["variants"]:
        rows = check_contract(out / variant, 12)
        expected = scorer.score(items, variant)
        assert [r["pred"] for r in rows] == [r["pred"] for r in expected], variant
    scores = {v: [r["scores"] for r in read_jsonl(out / v / "predictions.jsonl")]
              for v in info["variants"]}
    assert scores["lora1"] != scores["base"] and scores["lora2"] != scores["lora1"]


def test_single_run_writes_contract_files_at_the_top(tiny_model_dir, tmp_path):
    from medadapt.synth.mcq import generate_mcq, write_mcq

    items_path = write_mcq(generate_mcq(8, seed=1), tmp_path / "items.csv")
    out = tmp_path / "single"
    summary = eval_command(str(tiny_model_dir), str(items_path), out, mode="options",
                           options={"bootstrap_resamples": 100, "batch_size": 4})
    check_contract(out, 8)
    assert summary["items"] == 8 and not (out / "comparison.json").exists()


def _dialogues(path: Path) -> Path:
    """A small corpus test split: two tasks, two patients (answers as the corpus writes them)."""
    rows = []
    for pid, code in (("p1", "S72.0"), ("p2", "M17.1")):
        rows.append({"id": f"{pid}-diagnosis-ruru-0", "patient_id": pid, "language": "ru",
                     "split": "test", "task": "diagnosis",
                     "messages": [{"role": "user", "content": f"Диагноз ({code}). Код?"},
                                  {"role": "assistant", "content": f"МКБ-10: {code}."}]})
        rows.append({"id": f"{pid}-rehabilitation-ruru-0", "patient_id": pid, "language": "ru",
                     "split": "test", "task": "rehabilitation",
                     "messages": [{"role": "user", "content": "План реабилитации?"},
                                  {"role": "assistant", "content": "Реабилитация: ЛФК."}]})
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")
    return path


def test_indomain_tasks_run_on_the_same_pool_with_paired_comparisons(tiny_model_dir, tmp_path,
                                                                     make_adapter):
    job = JobConfig(name="taskjob", output_dir=tmp_path / "job",
                    stages=["train", "eval", "report"],
                    eval={"model": str(tiny_model_dir), "items": "synth", "synth_items": 8,
                          "batch_size": 4, "bootstrap_resamples": 100,
                          "task_data": [str(_dialogues(tmp_path / "test.jsonl"))]},
                    report={"wandb": {"mode": "disabled"}})
    make_adapter(tiny_model_dir, job.stage_dir("train") / "adapter", seed=3)
    outcome = run_eval_stage(job, job.stage_dir("eval"))
    eval_dir = job.stage_dir("eval")
    assert all((eval_dir / rel).exists() for rel in outcome.outputs)
    for variant in ("base", "finetuned"):
        rows = read_jsonl(eval_dir / "indomain" / variant / "predictions.jsonl")
        assert sorted(r["task"] for r in rows) == ["icd10", "icd10", "rehabilitation",
                                                   "rehabilitation"]
        assert all(0 <= r["score"] <= 1 and isinstance(r["output"], str) for r in rows)
        metrics = json.loads((eval_dir / "indomain" / variant / "metrics.json").read_text())
        assert metrics["tasks"]["icd10"]["n"] == 2 and "chrf_ci" in metrics["tasks"][
            "rehabilitation"]
    comparison = json.loads((eval_dir / "comparison.json").read_text())
    assert "finetuned_vs_base" in comparison  # KazMMLU entry, today's shape
    icd = comparison["icd10:finetuned_vs_base"]
    assert {"exact_match_diff", "exact_match_diff_ci", "mcnemar_p", "n"} <= icd.keys()
    assert "chrf_diff_ci" in comparison["rehabilitation:finetuned_vs_base"]
    info = json.loads((eval_dir / "eval.json").read_text())
    assert info["n_task_items"] == 4 and set(info["base_loads_per_replica"].values()) == {1}

    report = run_report_stage(job, job.stage_dir("report"))
    assert {"indomain.md", "headline.txt", "tradeoff.png"} <= set(report.outputs)
    table = (job.stage_dir("report") / "indomain.md").read_text()
    assert "## icd10 (exact_match, n = 2)" in table and "finetuned" in table
    assert "| icd10:" not in (job.stage_dir("report") / "table2.md").read_text()
