"""The study's Table 2 (Markdown + CSV), its three figures (PNG), and a W&B log.

Input is any number of eval output folders; each is either one run (metrics.json inside)
or a multi-variant run (one subfolder per variant plus comparison.json).
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from medadapt.errors import UserError
from medadapt.evaluate.results import COMPARISON, INDOMAIN, METRICS
from medadapt.evaluate.settings import ReportConfig

TABLE_MD, TABLE_CSV = "table2.md", "table2.csv"
FIG_ACCURACY, FIG_PAIRS, FIG_F1 = ("accuracy_ci.png", "baseline_vs_finetuned.png",
                                   "macro_f1_ci.png")
CSV_FIELDS = ("model", "type", "variant", "run", "n", "accuracy", "accuracy_ci_low",
              "accuracy_ci_high", "macro_f1", "macro_f1_ci_low", "macro_f1_ci_high",
              "balanced_accuracy", "mcc", "invalid_rate")


class ReportError(UserError):
    """Report inputs the user must fix (the message names the folder)."""


@dataclass
class ReportSummary:
    output: Path
    rows: list[dict[str, Any]]
    files: list[str]
    wandb_dir: str | None = None
    comparisons: dict[str, Any] = field(default_factory=dict)


def find_runs(paths: list[Path]) -> tuple[list[tuple[Path, dict]], dict[str, Any]]:
    """metrics.json of each run folder (or of its variant subfolders), plus comparisons."""
    found, comparisons = [], {}
    for path in paths:
        if (path / METRICS).exists():
            candidates = [path / METRICS]
        else:
            candidates = sorted(p for p in path.glob(f"*/{METRICS}")
                                if p.parent.name != INDOMAIN)
        if not candidates:
            raise ReportError(f"{path}: no {METRICS} here or in its subfolders; pass the "
                              "output folder of `medadapt eval` (or of the eval stage)")
        for metrics_path in candidates:
            found.append((metrics_path.parent, json.loads(metrics_path.read_text("utf-8"))))
        if (path / COMPARISON).exists():
            for key, value in json.loads((path / COMPARISON).read_text("utf-8")).items():
                comparisons[f"{path.name}:{key}"] = value
    return found, comparisons


def table_rows(runs: list[tuple[Path, dict]]) -> list[dict[str, Any]]:
    """One row per (model, variant), fine-tuned rows before the baseline, as in Table 2."""
    tuned = {}
    for _, m in runs:
        if m.get("type") != "baseline":
            tuned[m.get("model")] = tuned.get(m.get("model"), 0) + 1
    rows = []
    for run_dir, m in runs:
        kind = "Baseline" if m.get("type") == "baseline" else "Fine-Tuned"
        if kind == "Fine-Tuned" and tuned.get(m.get("model"), 0) > 1:
            kind = f"Fine-Tuned ({m.get('variant')})"
        rows.append({
            "model": m.get("model", run_dir.name), "type": kind,
            "variant": m.get("variant", ""), "run": str(run_dir), "n": m["n"],
            "accuracy": m["accuracy"], "accuracy_ci_low": m["accuracy_ci"][0],
            "accuracy_ci_high": m["accuracy_ci"][1], "macro_f1": m["macro_f1"],
            "macro_f1_ci_low": m["macro_f1_ci"][0], "macro_f1_ci_high": m["macro_f1_ci"][1],
            "balanced_accuracy": m["balanced_accuracy"], "mcc": m["mcc"],
            "invalid_rate": m["invalid_rate"]})
    order = {name: i for i, name in enumerate(dict.fromkeys(r["model"] for r in rows))}
    return sorted(rows, key=lambda r: (order[r["model"]], r["type"] == "Baseline", r["type"]))


def pct(value: float) -> str:
    return f"{100 * value:.2f}%"


def with_ci(value: float, low: float, high: float) -> str:
    """'33.00% [27.95-38.72]', the study's notation."""
    return f"{pct(value)} [{100 * low:.2f}-{100 * high:.2f}]"


def markdown_table(rows: list[dict[str, Any]], comparisons: dict[str, Any], title: str) -> str:
    lines = [f"# {title}", "",
             "| Model | Type | Accuracy, 95% CI | Macro-F1, 95% CI | Balanced accuracy | MCC |",
             "|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(
            f"| {r['model']} | {r['type']} | "
            f"{with_ci(r['accuracy'], r['accuracy_ci_low'], r['accuracy_ci_high'])} | "
            f"{with_ci(r['macro_f1'], r['macro_f1_ci_low'], r['macro_f1_ci_high'])} | "
            f"{pct(r['balanced_accuracy'])} | {r['mcc']:.3f} |")
    comparisons = {k: c for k, c in comparisons.items() if "task" not in c}
    if comparisons:
        lines += ["", "## Fine-tuned vs baseline (paired, same items)", "",
                  "| Comparison | n | Δ accuracy, 95% CI | Δ macro-F1, 95% CI | McNemar p |",
                  "|---|---|---|---|---|"]
        for name, c in comparisons.items():
            acc = f"{100 * c['accuracy_diff']:+.2f} pp [{100 * c['accuracy_diff_ci'][0]:+.2f}, " \
                  f"{100 * c['accuracy_diff_ci'][1]:+.2f}]"
            f1 = f"{100 * c['macro_f1_diff']:+.2f} pp [{100 * c['macro_f1_diff_ci'][0]:+.2f}, " \
                 f"{100 * c['macro_f1_diff_ci'][1]:+.2f}]"
            lines.append(f"| {name} | {c['n']} | {acc} | {f1} | {c['mcnemar_p']:.4g} |")
    n_values = sorted({r["n"] for r in rows})
    lines += ["", f"Items per run: {', '.join(map(str, n_values))}. CIs: percentile bootstrap "
              "over items; invalid answers count as wrong.", ""]
    return "\n".join(lines)


def write_tables(rows: list[dict[str, Any]], comparisons: dict[str, Any], out_dir: Path,
                 title: str) -> list[str]:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / TABLE_MD).write_text(markdown_table(rows, comparisons, title), encoding="utf-8")
    with (out_dir / TABLE_CSV).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_FIELDS)
        writer.writeheader()
        writer.writerows({k: r[k] for k in CSV_FIELDS} for r in rows)
    return [TABLE_MD, TABLE_CSV]


def _ci_bars(rows: list[dict[str, Any]], metric: str, path: Path, title: str) -> None:
    """Horizontal bars with asymmetric CI error bars, one per model/variant."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    labels = [f"{r['model']} ({r['type']})" for r in rows]
    values = [100 * r[metric] for r in rows]
    errors = [[100 * (r[metric] - r[f"{metric}_ci_low"]) for r in rows],
              [100 * (r[f"{metric}_ci_high"] - r[metric]) for r in rows]]
    colors = ["#9aa5b1" if r["type"] == "Baseline" else "#2f6fb0" for r in rows]
    fig, ax = plt.subplots(figsize=(8, 0.55 * len(rows) + 1.5))
    ax.barh(labels, values, xerr=errors, color=colors, capsize=4)
    ax.invert_yaxis()
    ax.set_xlabel(f"{title}, % (95% bootstrap CI)")
    ax.set_xlim(0, max(100 * r[f"{metric}_ci_high"] for r in rows) * 1.15 + 1)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def _pairs_figure(rows: list[dict[str, Any]], path: Path) -> bool:
    """Baseline vs fine-tuned accuracy per model; False when no model has both."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    models = [m for m in dict.fromkeys(r["model"] for r in rows)
              if {r["type"] == "Baseline" for r in rows if r["model"] == m} == {True, False}]
    if not models:
        return False
    fig, ax = plt.subplots(figsize=(1.8 * len(models) + 3, 4))
    for offset, baseline in ((-0.2, True), (0.2, False)):
        picked = [next(r for r in rows if r["model"] == m and (r["type"] == "Baseline")
                       == baseline) for m in models]
        vals = [100 * r["accuracy"] for r in picked]
        err = [[v - 100 * r["accuracy_ci_low"] for v, r in zip(vals, picked, strict=True)],
               [100 * r["accuracy_ci_high"] - v for v, r in zip(vals, picked, strict=True)]]
        ax.bar([i + offset for i in range(len(models))], vals, width=0.4, yerr=err,
               capsize=4, label="Baseline" if baseline else "Fine-tuned",
               color="#9aa5b1" if baseline else "#2f6fb0")
    ax.set_xticks(range(len(models)), models)
    ax.set_ylabel("Accuracy, % (95% bootstrap CI)")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return True


def write_figures(rows: list[dict[str, Any]], out_dir: Path) -> list[str]:
    _ci_bars(rows, "accuracy", out_dir / FIG_ACCURACY, "Accuracy")
    _ci_bars(rows, "macro_f1", out_dir / FIG_F1, "Macro-F1")
    files = [FIG_ACCURACY, FIG_F1]
    if _pairs_figure(rows, out_dir / FIG_PAIRS):
        files.append(FIG_PAIRS)
    return files


def log_to_wandb(cfg: ReportConfig, rows: list[dict[str, Any]], comparisons: dict[str, Any],
                 out_dir: Path, figures: list[str]) -> str | None:
    """Table, figures and per-row metrics to W&B (offline by default); returns its folder."""
    if cfg.wandb.mode == "disabled":
        return None
    import wandb

    run = wandb.init(project=cfg.wandb.project, entity=cfg.wandb.entity, mode=cfg.wandb.mode,
                     dir=str(out_dir), name=f"report-{out_dir.name}", job_type="report",
                     config={"title": cfg.title, "runs": sorted({r["run"] for r in rows})})
    try:
        table = wandb.Table(columns=list(CSV_FIELDS), data=[[r[k] for k in CSV_FIELDS]
                                                             for r in rows])
        payload: dict[str, Any] = {"table2": table}
        payload.update({f"figures/{name}": wandb.Image(str(out_dir / name)) for name in figures})
        for r in rows:
            for key in ("accuracy", "macro_f1", "balanced_accuracy", "mcc", "invalid_rate"):
                payload[f"{r['model']}/{r['variant']}/{key}"] = r[key]
        for name, c in comparisons.items():
            metric = c.get("metric", "accuracy")
            payload[f"compare/{name}/{metric}_diff"] = c[f"{metric}_diff"]
            if "mcnemar_p" in c:
                payload[f"compare/{name}/mcnemar_p"] = c["mcnemar_p"]
        run.log(payload)
        return str(Path(run.dir).parent)
    finally:
        run.finish()


def indomain_report(runs: list[Path], comparisons: dict[str, Any], out_dir: Path,
                    cfg: ReportConfig) -> tuple[list[str], list[str]]:
    """In-domain tables, the trade-off figure, learning curves, headline: (files, figures)."""
    from medadapt.evaluate import report_indomain as rep

    rows = rep.indomain_rows(rep.find_task_runs(runs), comparisons)
    files, figures = [], []
    if rows:
        files += rep.write_indomain_tables(rows, out_dir)
        (out_dir / rep.HEADLINE).write_text(rep.headline(rows, comparisons) + "\n",
                                            encoding="utf-8")
        files.append(rep.HEADLINE)
    if cfg.figures and rows and rep.tradeoff_figure(rows, comparisons,
                                                     out_dir / rep.FIG_TRADEOFF):
        figures.append(rep.FIG_TRADEOFF)
    history = rep.train_history(cfg.train_runs)
    if cfg.figures and rep.curves_figure(history, out_dir / rep.FIG_CURVES):
        figures.append(rep.FIG_CURVES)
    return files, figures


def build_report(runs: list[Path], out_dir: Path, cfg: ReportConfig | None = None) -> ReportSummary:
    """Read eval outputs, write Table 2 (md + csv), the in-domain tables and figures, log all
    of it to W&B."""
    cfg = cfg or ReportConfig()
    found, comparisons = find_runs(runs)
    rows = table_rows(found)
    files = write_tables(rows, comparisons, out_dir, cfg.title)
    figures = write_figures(rows, out_dir) if cfg.figures else []
    more_files, more_figures = indomain_report(runs, comparisons, out_dir, cfg)
    figures += more_figures
    wandb_dir = log_to_wandb(cfg, rows, comparisons, out_dir, figures)
    return ReportSummary(out_dir, rows, files + more_files + figures, wandb_dir, comparisons)
