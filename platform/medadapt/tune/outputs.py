"""What a finished (or interrupted) search leaves for its user: the trials table, the best
trial's job YAML and adapter, plots of the objective per hyperparameter and a summary.

Everything is read back from the experiment's stored state (`ExperimentAnalysis`), so the
outputs of a resumed search cover the trials of every earlier attempt.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from medadapt.config import JobConfig, validate_job
from medadapt.io import write_atomic
from medadapt.records import TrialContext
from medadapt.tune.settings import MIX_KEY, TuneConfig
from medadapt.tune.space import apply_point

SUMMARY = "summary.json"
FINISHED = "TERMINATED"


def trial_rows(path: str, cfg: TuneConfig, out_dir: Path) -> list[dict[str, Any]]:
    """One row per trial: hyperparameters, metrics, status and the step it stopped at."""
    from ray.tune import ExperimentAnalysis

    rows = []
    for trial in ExperimentAnalysis(path).trials:
        last = trial.last_result or {}
        row: dict[str, Any] = {"trial_id": trial.trial_id}
        for key in cfg.space:
            value = trial.config.get(key)
            row[key] = value if isinstance(value, (int, float, str)) else json.dumps(value)
        objective = last.get(cfg.metric)
        finished = trial.status == FINISHED and objective is not None
        status = {"ERROR": "error"}.get(trial.status, "completed" if finished else
                                        "stopped" if trial.status == FINISHED else "unfinished")
        starts = out_dir / "trials" / trial.trial_id / "starts.log"
        lines = starts.read_text().split() if starts.exists() else []
        row.update(status=status, stopped_at_step=int(last.get("step", 0) or 0),
                   resumed_from_step=int(last.get("resumed_from_step", 0) or 0),
                   starts=len(lines), started_at=float(lines[0]) if lines else math.nan,
                   ended_at=float(last.get("timestamp", math.nan)),
                   eval_loss=last.get(cfg.rung_metric, math.nan),
                   objective=float(objective) if objective is not None else math.nan,
                   num_failures=trial.run_metadata.num_failures,
                   adapter=str(out_dir / "trials" / trial.trial_id / "adapter")
                   if finished else "")
        for key, value in last.items():
            if key.startswith("val_") and key not in row:
                row[key] = value
        rows.append(row)
    return sorted(rows, key=lambda r: r["trial_id"])


def pick_best(rows: list[dict[str, Any]], mode: str) -> dict[str, Any] | None:
    done = [r for r in rows if r["status"] == "completed" and math.isfinite(r["objective"])]
    if not done:
        return None
    sign = 1 if mode == "max" else -1
    return max(done, key=lambda r: (sign * r["objective"], -r["eval_loss"]))


def best_job(job: JobConfig, best: dict[str, Any], context: TrialContext, out_dir: Path) -> str:
    """The job YAML with the best values in `train`, stages [train], validated."""
    import yaml


    cfg: TuneConfig = job.tune
    point = {k: _decode(best[k]) for k in cfg.space if k != MIX_KEY}
    train = apply_point(job.train, point).model_dump(mode="json")
    train["data"]["train"] = ([str(out_dir / "trials" / best["trial_id"] / "train_mix.jsonl")]
                              if MIX_KEY in cfg.space else context.train_paths)
    train["data"]["eval"] = context.eval_paths
    train["ray"].update(storage_path=None, name=None)
    data = job.model_dump(mode="json", exclude={"tune"})
    data.update(name=f"{job.name}-best", output_dir=str(out_dir / "best-run"),
                stages=["train"], train=train)
    validate_job(data, "best.yaml")
    header = f"# best trial {best['trial_id']} of {context.experiment}: " \
             f"{cfg.metric}={best['objective']:.4f}\n# medadapt run best.yaml\n"
    return header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def _decode(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in "[{":
        return json.loads(value)
    return value


def describe_objective(cfg: TuneConfig) -> str:
    """What the best trial was chosen on, in words (the summary names it)."""
    if cfg.metric == "val_objective":
        return f"{cfg.mode} val_objective = {cfg.objective.describe()}"
    named = {"val_accuracy": "KazMMLU-format accuracy on the val items",
             "val_indomain": f"mean in-domain score ({', '.join(cfg.objective.tasks)}) on the "
                             "val dialogues"}
    return f"{cfg.mode} {cfg.metric}" + (f" ({named[cfg.metric]})" if cfg.metric in named
                                         else "")


def plot_objective(rows: list[dict[str, Any]], cfg: TuneConfig, folder: Path) -> list[str]:
    """One PNG per hyperparameter: objective of each completed trial against its value."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    folder.mkdir(parents=True, exist_ok=True)
    done = [r for r in rows if r["status"] == "completed"]
    written = []
    for key in cfg.space:
        values = [r[key] for r in done]
        numeric = all(isinstance(v, (int, float)) for v in values)
        labels = sorted({str(v) for v in values})
        xs = values if numeric else [labels.index(str(v)) for v in values]
        fig, ax = plt.subplots(figsize=(4.5, 3.2))
        ax.scatter(xs, [r["objective"] for r in done])
        if not numeric:
            ax.set_xticks(range(len(labels)), labels, rotation=20, fontsize=7)
        elif key in ("lr",) or (values and min(values) > 0 and max(values) / min(values) > 50):
            ax.set_xscale("log")
        ax.set_xlabel(key)
        ax.set_ylabel(cfg.metric)
        fig.tight_layout()
        name = f"objective_vs_{key.replace('.', '_')}.png"
        fig.savefig(folder / name, dpi=100)
        plt.close(fig)
        written.append(f"plots/{name}")
    return written


def write_outputs(job: JobConfig, out_dir: Path, context: TrialContext, path: str,
                  resumed: bool) -> dict[str, Any]:
    """trials.parquet/csv, best.yaml, plots and summary.json from the experiment's state."""
    import pandas as pd


    cfg: TuneConfig = job.tune
    rows = trial_rows(path, cfg, out_dir)
    table = pd.DataFrame(rows)
    table.to_parquet(out_dir / "trials.parquet", index=False)
    table.to_csv(out_dir / "trials.csv", index=False)
    best = pick_best(rows, cfg.mode)
    outputs = ["trials.parquet", "trials.csv", SUMMARY]
    if best is not None:
        write_atomic(out_dir / "best.yaml", best_job(job, best, context, out_dir))
        outputs.append("best.yaml")
    outputs += plot_objective(rows, cfg, out_dir / "plots")
    steps_run = sum(r["stopped_at_step"] for r in rows)
    steps_full = len(rows) * context.max_t if context.max_t else steps_run
    counts = {s: sum(r["status"] == s for r in rows)
              for s in ("completed", "stopped", "error", "unfinished")}
    summary = {"experiment": context.experiment, "experiment_path": path,
               "resumed": resumed, "trials": len(rows), **counts,
               "metric": cfg.metric, "mode": cfg.mode,
               "objective": describe_objective(cfg),
               "best_trial": best["trial_id"] if best else None,
               "best_objective": best["objective"] if best else None,
               "best_config": {k: _decode(best[k]) for k in cfg.space} if best else None,
               "best_adapter": best["adapter"] if best else None,
               "steps_run": steps_run, "steps_full_grid": steps_full,
               "compute_fraction": steps_run / steps_full if steps_full else 1.0,
               "outputs": outputs}
    write_atomic(out_dir / SUMMARY, json.dumps(summary, indent=2))
    return summary
