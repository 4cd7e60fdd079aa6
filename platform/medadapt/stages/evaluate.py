"""The `eval` and `report` stages, and the functions behind `medadapt eval` and
`medadapt report`.

In a job with a train stage and no adapters configured, eval scores the base model AND the
train stage's adapter (`<output>/train/adapter`), so the report can show the gain.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from medadapt.config import JobConfig, validate_section
from medadapt.errors import ConfigError
from medadapt.evaluate.items import MCItem, load_items
from medadapt.evaluate.results import INDOMAIN, RUN_INFO
from medadapt.evaluate.settings import AdapterSpec, EvalConfig, ReportConfig
from medadapt.evaluate.tasks import TaskItem, load_task_items
from medadapt.stages import StageOutcome

SYNTH_ITEMS = "synth"
TRAIN_ADAPTER = "finetuned"


def resolve_items(cfg: EvalConfig, out_dir: Path) -> list[MCItem]:
    """Items from cfg.items; 'synth' writes generated items to out_dir/items.csv first."""
    if cfg.items == SYNTH_ITEMS:
        from medadapt.synth.mcq import generate_mcq, write_mcq

        path = write_mcq(generate_mcq(cfg.synth_items, cfg.synth_seed), out_dir / "items.csv")
        return load_items(path, limit=cfg.limit)
    return load_items(cfg.items, cfg.subset, cfg.split, cfg.limit)


def resolve_tasks(cfg: EvalConfig) -> list[TaskItem]:
    """In-domain task items from cfg.task_data (none when it is empty)."""
    if not cfg.task_data or not cfg.tasks:
        return []
    for path in cfg.task_data:
        if not Path(path).expanduser().is_file():
            raise ConfigError(f"eval.task_data: {path} not found; give dialogue JSONL files "
                              "(the corpus stage's dialogues/test.jsonl)")
    return load_task_items([Path(p).expanduser() for p in cfg.task_data], cfg.tasks,
                           cfg.task_limit)


def eval_config_for_job(job: JobConfig) -> EvalConfig:
    """job.eval, plus the corpus test split as in-domain task data and the train stage's
    adapter (and base model) when none is configured."""
    cfg = job.eval
    if not cfg.task_data and "corpus" in job.stages:
        test = job.stage_dir("corpus") / "dialogues" / "test.jsonl"
        cfg = cfg.model_copy(update={"task_data": [str(test)]})
    if cfg.adapters or "train" not in job.stages:
        return cfg
    adapter = job.stage_dir("train") / "adapter"
    update: dict[str, Any] = {"adapters": [AdapterSpec(name=TRAIN_ADAPTER, path=str(adapter))],
                              "include_base": True}
    if "model" not in cfg.model_fields_set:
        update["model"] = job.train.model  # score the adapter on the backbone it trained on
    return cfg.model_copy(update=update)


def run_eval(cfg: EvalConfig, out_dir: Path) -> dict[str, Any]:
    """Load items, score on Ray Data, write predictions/metrics; return a short summary."""
    from medadapt.pipelines.evaluate import run_eval as run_pipeline

    out_dir = out_dir.expanduser().resolve()
    items = resolve_items(cfg, out_dir)
    tasks = resolve_tasks(cfg)
    summary = run_pipeline(cfg, out_dir, items, tasks)
    result: dict[str, Any] = {"items": summary.n_items, "task_items": len(tasks),
                              "variants": len(summary.variants),
                              "items_per_s": round(summary.items_per_s, 2)}
    for variant, metrics in summary.metrics.items():
        result[f"{variant}_accuracy"] = round(metrics["accuracy"], 4)
    for name, comp in summary.comparisons.items():
        if "mcnemar_p" in comp and "task" not in comp:
            result[f"{name}_mcnemar_p"] = round(comp["mcnemar_p"], 4)
        elif "task" in comp:
            metric = comp["metric"]
            result[f"{name}_{metric}_diff"] = round(comp[f"{metric}_diff"], 4)
    if cfg.wandb.mode != "disabled":
        _log_eval_to_wandb(cfg, out_dir, summary.metrics, summary.indomain)
    return result


def _log_eval_to_wandb(cfg: EvalConfig, out_dir: Path, metrics: dict[str, dict],
                       indomain: dict[str, dict]) -> None:
    import wandb

    run = wandb.init(project=cfg.wandb.project, entity=cfg.wandb.entity, mode=cfg.wandb.mode,
                     dir=str(out_dir), job_type="eval", config=cfg.model_dump(mode="json"))
    try:
        payload = {f"{variant}/{key}": m[key] for variant, m in metrics.items()
                   for key in ("accuracy", "macro_f1", "balanced_accuracy", "mcc",
                               "invalid_rate")}
        payload.update({f"{variant}/indomain/{task}/{m['metric']}": m[m["metric"]]
                        for variant, tasks in indomain.items() for task, m in tasks.items()})
        run.log(payload)
    finally:
        run.finish()


def run_eval_stage(job: JobConfig, out_dir: Path) -> StageOutcome:
    """Stage entry point: `job.eval` (+ the train adapter) -> out_dir."""
    cfg = eval_config_for_job(job)
    for spec in cfg.adapters:
        if not (Path(spec.path) / "adapter_config.json").exists():
            raise ConfigError(f"eval.adapters: {spec.name!r} at {spec.path} has no "
                              "adapter_config.json (did the train stage finish?)")
    summary = run_eval(cfg, out_dir)
    indomain = sorted(str(p.relative_to(out_dir)) for p in (out_dir / INDOMAIN).glob("*/*")
                      if p.is_file())
    return StageOutcome(outputs=[RUN_INFO, *_variant_outputs(cfg), *indomain], summary=summary)


def _variant_outputs(cfg: EvalConfig) -> list[str]:
    variants = cfg.variant_names() or ["base"]
    files = ["predictions.jsonl", "metrics.json"]
    return files if len(variants) == 1 else [f"{v}/{name}" for v in variants for name in files]


def report_runs(job: JobConfig) -> list[Path]:
    cfg = job.report
    runs = [job.stage_dir("eval")] if "eval" in job.stages else []
    runs += [Path(p).expanduser().resolve() for p in cfg.runs]
    if not runs:
        raise ConfigError("report.runs: required when the job has no eval stage "
                          "(eval output folders)")
    return runs


def run_report_stage(job: JobConfig, out_dir: Path) -> StageOutcome:
    """Stage entry point: Table 2, the in-domain tables + figures over the eval stage (and
    report.runs), learning curves of the train stage."""
    from medadapt.evaluate.report import build_report

    cfg = job.report
    if "train" in job.stages:
        cfg = cfg.model_copy(update={"train_runs": [job.stage_dir("train"), *cfg.train_runs]})
    summary = build_report(report_runs(job), out_dir, cfg)
    return StageOutcome(outputs=summary.files, summary={"rows": len(summary.rows),
                                                        "files": len(summary.files)})


def eval_command(model: str, items: str, output: Path, adapters: list[str] | None = None,
                 mode: str = "letter", with_base: bool = False,
                 options: dict[str, Any] | None = None) -> dict[str, Any]:
    """`medadapt eval --model M [--adapter [NAME=]A ...] --items FILE|HUB_ID --output DIR
    [--mode ...] [--with-base]`; `options` are further EvalConfig keys (validated)."""
    specs = []
    for index, text in enumerate(adapters or []):
        name, sep, path = text.partition("=")
        specs.append({"name": name, "path": path} if sep else
                     {"name": Path(text).name or f"adapter{index}", "path": text})
    raw = {"model": model, "items": items, "mode": mode, "adapters": specs,
           "include_base": with_base or not specs, **(options or {})}
    cfg = validate_section(EvalConfig, raw, "eval options")
    return run_eval(cfg, output)


def report_command(runs: list[Path], output: Path,
                   options: dict[str, Any] | None = None) -> dict[str, Any]:
    """`medadapt report --runs DIR... --output DIR`; returns the files written."""
    from medadapt.evaluate.report import build_report

    cfg = validate_section(ReportConfig, options or {}, "report options")
    summary = build_report([Path(r).expanduser().resolve() for r in runs],
                           output.expanduser().resolve(), cfg)
    return {"rows": len(summary.rows), "files": summary.files, "output": str(summary.output),
            "wandb": summary.wandb_dir}
