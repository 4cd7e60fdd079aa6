"""The trade-off half of the report: in-domain tasks beside KazMMLU, and how training went.

Domain training can raise in-domain scores while lowering general ones, so the report puts
them side by side: one in-domain table per task (each variant's score with its CI, and the
paired difference to the baseline), a figure of in-domain gain against KazMMLU-format
accuracy change per variant, learning curves (train and eval loss per step) read from the
train run's offline W&B file, and a headline that `medadapt run` prints.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from medadapt.evaluate.results import INDOMAIN, METRICS

INDOMAIN_MD, INDOMAIN_CSV = "indomain.md", "indomain.csv"
FIG_TRADEOFF, FIG_CURVES, HEADLINE = "tradeoff.png", "learning_curves.png", "headline.txt"
INDOMAIN_FIELDS = ("task", "metric", "model", "variant", "type", "n", "score", "ci_low",
                   "ci_high", "diff", "diff_ci_low", "diff_ci_high", "mcnemar_p")


def find_task_runs(paths: list[Path]) -> list[dict[str, Any]]:
    """In-domain metrics.json of every variant under each eval folder's `indomain/`."""
    found = []
    for path in paths:
        for metrics_path in sorted((path / INDOMAIN).glob(f"*/{METRICS}")):
            found.append(json.loads(metrics_path.read_text(encoding="utf-8")))
    return found


def indomain_rows(runs: list[dict[str, Any]], comparisons: dict[str, Any]) -> list[dict]:
    """One row per task and variant; fine-tuned rows carry the paired difference."""
    rows = []
    for run in runs:
        for task, m in sorted(run["tasks"].items()):
            metric = m["metric"]
            comp = next((c for c in comparisons.values() if c.get("task") == task
                         and c.get("variant") == run["variant"]), None)
            rows.append({
                "task": task, "metric": metric, "model": run.get("model", ""),
                "variant": run["variant"], "type": run.get("type", ""), "n": m["n"],
                "score": m[metric], "ci_low": m[f"{metric}_ci"][0],
                "ci_high": m[f"{metric}_ci"][1],
                "diff": comp[f"{metric}_diff"] if comp else None,
                "diff_ci_low": comp[f"{metric}_diff_ci"][0] if comp else None,
                "diff_ci_high": comp[f"{metric}_diff_ci"][1] if comp else None,
                "mcnemar_p": comp.get("mcnemar_p") if comp else None})
    return sorted(rows, key=lambda r: (r["task"], r["type"] != "baseline", r["variant"]))


def _pp(value: float | None, low: float | None, high: float | None) -> str:
    if value is None or low is None or high is None:
        return "—"
    return f"{100 * value:+.2f} pp [{100 * low:+.2f}, {100 * high:+.2f}]"


def indomain_markdown(rows: list[dict[str, Any]]) -> str:
    lines = ["# In-domain tasks (corpus test split: patients never trained on)", ""]
    for task in dict.fromkeys(r["task"] for r in rows):
        picked = [r for r in rows if r["task"] == task]
        lines += [f"## {task} ({picked[0]['metric']}, n = {picked[0]['n']})", "",
                  "| Model | Variant | Score, 95% CI | Δ vs baseline, 95% CI | McNemar p |",
                  "|---|---|---|---|---|"]
        for r in picked:
            p = "—" if r["mcnemar_p"] is None else f"{r['mcnemar_p']:.4g}"
            lines.append(f"| {r['model']} | {r['variant']} | {100 * r['score']:.2f}% "
                         f"[{100 * r['ci_low']:.2f}-{100 * r['ci_high']:.2f}] | "
                         f"{_pp(r['diff'], r['diff_ci_low'], r['diff_ci_high'])} | {p} |")
        lines.append("")
    lines.append("Scores are per-item means (exact match, field F1, chrF) with percentile "
                 "bootstrap CIs over items; Δ is paired (same items, resampled together).")
    return "\n".join(lines) + "\n"


def write_indomain_tables(rows: list[dict[str, Any]], out_dir: Path) -> list[str]:
    (out_dir / INDOMAIN_MD).write_text(indomain_markdown(rows), encoding="utf-8")
    with (out_dir / INDOMAIN_CSV).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=INDOMAIN_FIELDS)
        writer.writeheader()
        writer.writerows({k: r[k] for k in INDOMAIN_FIELDS} for r in rows)
    return [INDOMAIN_MD, INDOMAIN_CSV]


def general_changes(comparisons: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """variant -> its KazMMLU-format comparison (entries without a task)."""
    return {c["variant"]: c for c in comparisons.values() if "task" not in c and "variant" in c}


def tradeoff_figure(rows: list[dict[str, Any]], comparisons: dict[str, Any],
                    path: Path) -> bool:
    """In-domain gain (y) vs general accuracy change (x), one point per task and variant."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    general = general_changes(comparisons)
    points = [r for r in rows if r["diff"] is not None and r["variant"] in general]
    if not points:
        return False
    fig, ax = plt.subplots(figsize=(6.5, 5))
    for r in points:
        g = general[r["variant"]]
        x, y = 100 * g["accuracy_diff"], 100 * r["diff"]
        ax.errorbar(x, y, xerr=[[x - 100 * g["accuracy_diff_ci"][0]],
                                [100 * g["accuracy_diff_ci"][1] - x]],
                    yerr=[[y - 100 * r["diff_ci_low"]], [100 * r["diff_ci_high"] - y]],
                    fmt="o", capsize=3)
        ax.annotate(f"{r['variant']}: {r['task']}", (x, y), textcoords="offset points",
                    xytext=(5, 5), fontsize=8)
    ax.axhline(0, color="#999", lw=0.8)
    ax.axvline(0, color="#999", lw=0.8)
    ax.set_xlabel("KazMMLU-format accuracy change, pp (95% paired CI)")
    ax.set_ylabel("In-domain gain, pp (95% paired CI)")
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return True


def train_history(train_dirs: list[Path]) -> list[dict[str, Any]]:
    """Logged rows (step, loss, eval_loss, ...) of each train folder's offline W&B runs."""
    from medadapt.train.tracking import read_offline_history

    rows = []
    for folder in train_dirs:
        for run_file in sorted(folder.glob("**/run-*.wandb")):
            rows += read_offline_history(run_file)
    return rows


def curves_figure(history: list[dict[str, Any]], path: Path) -> bool:
    """Train loss and eval loss per step; False when nothing was logged."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    step = "_step"
    series = {key: [(r.get("step", r.get(step)), r[key]) for r in history
                     if isinstance(r.get(key), int | float)] for key in ("loss", "eval_loss")}
    series = {k: sorted(v) for k, v in series.items() if v}
    if not series:
        return False
    fig, ax = plt.subplots(figsize=(6.5, 4))
    for key, values in series.items():
        ax.plot([s for s, _ in values], [v for _, v in values],
                marker="o" if key == "eval_loss" else None, label=key)
    ax.set_xlabel("optimizer step")
    ax.set_ylabel("token-mean cross-entropy")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return True


def headline(rows: list[dict[str, Any]], comparisons: dict[str, Any]) -> str:
    """One line per fine-tuned variant: best in-domain lift and the KazMMLU change, with CIs."""
    lines = []
    general = general_changes(comparisons)
    for variant in dict.fromkeys(r["variant"] for r in rows if r["diff"] is not None):
        tuned = [r for r in rows if r["variant"] == variant and r["diff"] is not None]
        lifts = ", ".join(f"{r['task']} {r['metric']} "
                          f"{_pp(r['diff'], r['diff_ci_low'], r['diff_ci_high'])}"
                          for r in tuned)
        line = f"in-domain lift ({variant} vs baseline): {lifts}"
        if variant in general:
            g = general[variant]
            line += (f"; KazMMLU-format accuracy change: "
                     f"{_pp(g['accuracy_diff'], *g['accuracy_diff_ci'])}")
        lines.append(line)
    return "\n".join(lines)
