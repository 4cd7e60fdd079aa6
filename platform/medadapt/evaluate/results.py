"""Eval outputs on disk: predictions.jsonl streamed as batches finish, then metrics.json.

Layout: one scored variant writes `DIR/predictions.jsonl` and `DIR/metrics.json` (the
`medadapt eval` contract); several (base + adapters) write the same two files under
`DIR/<variant>/` plus `DIR/comparison.json` (each adapter vs the baseline). In-domain tasks
write `DIR/indomain/<variant>/{predictions.jsonl,metrics.json}` and add one comparison
entry per task and variant pair (`<task>:<variant>_vs_<baseline>`). `DIR/eval.json`
records the run: config, item source, throughput, how often each replica loaded the base.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

from medadapt.evaluate.compare import paired_comparison
from medadapt.evaluate.indomain import compare_task_variants, task_metrics
from medadapt.evaluate.metrics import breakdown, compute_metrics
from medadapt.evaluate.settings import BASE_VARIANT, EvalConfig
from medadapt.io import write_atomic, write_json

PREDICTIONS, METRICS, COMPARISON, RUN_INFO = ("predictions.jsonl", "metrics.json",
                                              "comparison.json", "eval.json")
INDOMAIN = "indomain"


def variant_dir(out_dir: Path, variant: str, variants: Sequence[str]) -> Path:
    return out_dir if len(variants) == 1 else out_dir / variant


def model_display_name(cfg: EvalConfig) -> str:
    if cfg.model_name:
        return cfg.model_name
    return cfg.model.rstrip("/").split("/")[-1] or cfg.model


class PredictionWriter:
    """Appends rows to each variant's predictions.jsonl as they arrive (flushed per batch),
    so a long run shows progress and a crash keeps what was scored; `close()` rewrites each
    file in item order so reruns are byte-comparable."""

    def __init__(self, out_dir: Path, variants: Sequence[str], order: Sequence[str]):
        self.paths = {v: variant_dir(out_dir, v, variants) / PREDICTIONS for v in variants}
        self.rank = {item_id: i for i, item_id in enumerate(order)}
        self.rows: dict[str, list[dict[str, Any]]] = {v: [] for v in variants}
        self.handles: dict[str, TextIO] = {}
        for variant, path in self.paths.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            self.handles[variant] = path.open("w", encoding="utf-8")

    def add(self, rows: Iterable[dict[str, Any]]) -> int:
        count = 0
        for row in rows:
            self.rows[row["variant"]].append(row)
            self.handles[row["variant"]].write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
        for handle in self.handles.values():
            handle.flush()
        return count

    def close(self) -> dict[str, list[dict[str, Any]]]:
        for variant, handle in self.handles.items():
            handle.close()
            rows = sorted(self.rows[variant], key=lambda r: self.rank[r["id"]])
            self.rows[variant] = rows
            write_atomic(self.paths[variant],
                         "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
        return self.rows


def variant_metrics(rows: Sequence[dict[str, Any]], cfg: EvalConfig, variant: str,
                    adapter_path: str | None) -> dict[str, Any]:
    """metrics.json for one variant: the contract's fields, then context and breakdowns."""
    gold, preds = [r["gold"] for r in rows], [r["pred"] for r in rows]
    opts = (cfg.bootstrap_resamples, cfg.seed, cfg.ci_level)
    metrics = compute_metrics(gold, preds, *opts)
    metrics.update({
        "model": model_display_name(cfg), "variant": variant,
        "type": "baseline" if variant == BASE_VARIANT else "fine-tuned",
        "adapter": adapter_path, "mode": cfg.mode, "items": cfg.items, "subset": cfg.subset,
        "prompt_language": cfg.prompt_language, "bootstrap_resamples": cfg.bootstrap_resamples,
        "seed": cfg.seed, "ci_level": cfg.ci_level,
        "by_language": breakdown(rows, "language", *opts),
        "by_subject": breakdown(rows, "subject", *opts),
    })
    return metrics


def write_results(out_dir: Path, rows: dict[str, list[dict[str, Any]]], cfg: EvalConfig,
                  task_rows: dict[str, list[dict[str, Any]]] | None = None) -> dict[str, Any]:
    """Write metrics.json per variant, the in-domain results, and comparison.json (KazMMLU
    entries, then one per in-domain task and variant pair)."""
    variants = list(rows)
    paths = {a.name: a.path for a in cfg.adapters}
    results = {}
    for variant in variants:
        metrics = variant_metrics(rows[variant], cfg, variant, paths.get(variant))
        write_json(variant_dir(out_dir, variant, variants) / METRICS, metrics)
        results[variant] = metrics
    comparisons = compare_variants(rows, cfg)
    indomain = write_task_results(out_dir, task_rows, cfg) if task_rows else {}
    if task_rows:
        comparisons.update(compare_task_variants(task_rows, cfg.baseline,
                                                 cfg.bootstrap_resamples, cfg.seed,
                                                 cfg.ci_level))
    if comparisons:
        write_json(out_dir / COMPARISON, comparisons)
    return {"metrics": results, "comparisons": comparisons, "indomain": indomain}


def write_task_results(out_dir: Path, rows: dict[str, list[dict[str, Any]]],
                       cfg: EvalConfig) -> dict[str, dict[str, Any]]:
    """`indomain/<variant>/predictions.jsonl` + `metrics.json` (per task); {variant: metrics}."""
    out = {}
    for variant, variant_rows in rows.items():
        ordered = sorted(variant_rows, key=lambda r: r["id"])
        folder = out_dir / INDOMAIN / variant
        write_atomic(folder / PREDICTIONS,
                     "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ordered))
        metrics = task_metrics(ordered, cfg.bootstrap_resamples, cfg.seed, cfg.ci_level)
        write_json(folder / METRICS, {"model": model_display_name(cfg), "variant": variant,
                                      "type": "baseline" if variant == BASE_VARIANT
                                      else "fine-tuned", "tasks": metrics})
        out[variant] = metrics
    return out


def compare_variants(rows: dict[str, list[dict[str, Any]]],
                     cfg: EvalConfig) -> dict[str, dict[str, Any]]:
    """Each variant vs `cfg.baseline` (paired bootstrap + exact McNemar); {} without one."""
    if cfg.baseline not in rows:
        return {}
    base = rows[cfg.baseline]
    return {f"{variant}_vs_{cfg.baseline}": {
        "baseline": cfg.baseline, "variant": variant,
        **paired_comparison(base, other, cfg.bootstrap_resamples, cfg.seed, cfg.ci_level)}
        for variant, other in rows.items() if variant != cfg.baseline}
