"""Greedy generation for the in-domain tasks, their metrics, and paired comparisons.

The same statistics as KazMMLU, so the two sit side by side: a percentile bootstrap CI of
each task's mean score over items, and for each variant vs the baseline a paired bootstrap
CI of the difference (items resampled once, both variants scored on each resample) plus an
exact McNemar p where the metric is binary. Comparison entries keep the shape of
`comparison.json` (`<metric>_diff`, `<metric>_diff_ci`), one per task and variant pair.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import numpy as np

from medadapt.evaluate.compare import mcnemar_exact
from medadapt.evaluate.metrics import percentile_ci, resample_indices
from medadapt.evaluate.modeling import ScoringModel
from medadapt.evaluate.tasks import (
    BINARY_METRICS,
    INDOMAIN_TASKS,
    TaskItem,
    f1,
    score_output,
    task_metric,
)


class TaskGenerator:
    """Greedy generation through the chat template, batched by task and prompt length."""

    def __init__(self, loaded: ScoringModel, max_length: int = 4096, batch_size: int = 8):
        import torch

        self.loaded, self.torch = loaded, torch
        self.tokenizer = loaded.tokenizer
        self.max_length, self.batch_size = max_length, batch_size

    def prompt_ids(self, item: TaskItem, max_new: int) -> list[int]:
        text = self.tokenizer.apply_chat_template(item.messages, tokenize=False,
                                                  add_generation_prompt=True)
        ids = self.tokenizer(text, add_special_tokens=False)["input_ids"]
        return ids[-max(1, self.max_length - max_new):]  # left-truncate long contexts

    def _batch(self, seqs: list[list[int]], max_new: int) -> list[str]:
        torch, pad = self.torch, self.tokenizer.pad_token_id
        width = max(len(s) for s in seqs)
        ids = torch.full((len(seqs), width), pad, dtype=torch.long)
        mask = torch.zeros((len(seqs), width), dtype=torch.long)
        for i, seq in enumerate(seqs):
            ids[i, width - len(seq):] = torch.tensor(seq, dtype=torch.long)
            mask[i, width - len(seq):] = 1
        out = self.loaded.model.generate(
            input_ids=ids.to(self.loaded.device), attention_mask=mask.to(self.loaded.device),
            max_new_tokens=max_new, do_sample=False, pad_token_id=pad,
            eos_token_id=self.tokenizer.eos_token_id)
        return self.tokenizer.batch_decode(out[:, width:], skip_special_tokens=True)

    def generate(self, items: Sequence[TaskItem], variant: str) -> list[dict[str, Any]]:
        """One scored row per item, in the order of `items`."""
        outputs: dict[int, str] = {}
        with self.loaded.use(variant), self.torch.inference_mode():
            for task, (_, _, max_new) in INDOMAIN_TASKS.items():
                picked = [i for i, item in enumerate(items) if item.task == task]
                seqs = {i: self.prompt_ids(items[i], max_new) for i in picked}
                picked.sort(key=lambda i: len(seqs[i]))
                for start in range(0, len(picked), self.batch_size):
                    chunk = picked[start:start + self.batch_size]
                    texts = self._batch([seqs[i] for i in chunk], max_new)
                    outputs.update(zip(chunk, texts, strict=True))
        return [task_row(item, variant, outputs[i]) for i, item in enumerate(items)]


def task_row(item: TaskItem, variant: str, output: str) -> dict[str, Any]:
    """One in-domain predictions.jsonl line."""
    scored = score_output(item.task, output, item.reference)
    return {"id": item.id, "task": item.task, "variant": variant, "language": item.language,
            "patient_id": item.patient_id, "metric": task_metric(item.task),
            "output": output, "reference": item.reference, **scored}


def _by_task(rows: Sequence[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[row["task"]].append(row)
    return {task: sorted(group, key=lambda r: r["id"]) for task, group in groups.items()}


def _field_f1(rows: Sequence[dict[str, Any]]) -> dict[str, float]:
    """F1 per extraction field over all items (summed counts)."""
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for row in rows:
        for key, counts in (row.get("fields") or {}).items():
            for i in range(3):
                totals[key][i] += counts[i]
    return {key: round(f1(*t), 4) for key, t in sorted(totals.items())}


def task_metrics(rows: Sequence[dict[str, Any]], resamples: int = 1000, seed: int = 0,
                 level: float = 0.95) -> dict[str, dict[str, Any]]:
    """Per task: n, the metric's mean and its bootstrap CI (+ per-field F1 for extraction)."""
    out = {}
    for task, group in sorted(_by_task(rows).items()):
        scores = np.array([r["score"] for r in group], dtype=float)
        idx = resample_indices(len(scores), resamples, seed)
        metric = task_metric(task)
        entry: dict[str, Any] = {"n": len(scores), "metric": metric,
                                 metric: float(scores.mean()),
                                 f"{metric}_ci": percentile_ci(scores[idx].mean(axis=1), level)}
        if task == "extraction":
            entry["per_field_f1"] = _field_f1(group)
            entry["json_valid_rate"] = float(np.mean([bool(r.get("json_valid")) for r in group]))
        out[task] = entry
    return out


def paired_task_comparison(base: Sequence[dict[str, Any]], other: Sequence[dict[str, Any]],
                           resamples: int = 1000, seed: int = 0,
                           level: float = 0.95) -> dict[str, Any]:
    """other - base on the same items: the difference, its paired CI, McNemar if binary."""
    first, second = {r["id"]: r for r in base}, {r["id"]: r for r in other}
    if first.keys() != second.keys():
        raise ValueError("paired comparison needs the same in-domain items in both variants")
    ids = sorted(first)
    metric = first[ids[0]]["metric"]
    a = np.array([first[i]["score"] for i in ids], dtype=float)
    b = np.array([second[i]["score"] for i in ids], dtype=float)
    idx = resample_indices(len(ids), resamples, seed)
    entry: dict[str, Any] = {"n": len(ids), "metric": metric,
                             f"{metric}_base": float(a.mean()), f"{metric}": float(b.mean()),
                             f"{metric}_diff": float(b.mean() - a.mean()),
                             f"{metric}_diff_ci": percentile_ci((b[idx] - a[idx]).mean(axis=1),
                                                                level)}
    if metric in BINARY_METRICS:
        right_a, right_b = a >= 0.5, b >= 0.5
        only_a, only_b = int(np.sum(right_a & ~right_b)), int(np.sum(~right_a & right_b))
        entry.update(base_only_correct=only_a, other_only_correct=only_b,
                     mcnemar_p=mcnemar_exact(only_a, only_b))
    return entry


def compare_task_variants(rows: dict[str, list[dict[str, Any]]], baseline: str,
                          resamples: int = 1000, seed: int = 0,
                          level: float = 0.95) -> dict[str, dict[str, Any]]:
    """`<task>:<variant>_vs_<baseline>` -> paired comparison, for every task and variant."""
    if baseline not in rows:
        return {}
    base = _by_task(rows[baseline])
    out = {}
    for variant, variant_rows in rows.items():
        if variant == baseline:
            continue
        for task, group in sorted(_by_task(variant_rows).items()):
            out[f"{task}:{variant}_vs_{baseline}"] = {
                "task": task, "baseline": baseline, "variant": variant,
                **paired_task_comparison(base[task], group, resamples, seed, level)}
    return out
