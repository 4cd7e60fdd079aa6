"""Ray Data wiring for eval: items -> actor pool of model replicas -> streamed predictions.

Each actor loads the base model once (one replica per GPU, or per CPU worker) with every
adapter beside it, and scores each batch of items under every variant (base with adapters
disabled, then each adapter via `set_adapter`). Items are sorted by prompt length before
batching, so a batch holds prompts of similar length. The driver appends each finished
batch to predictions.jsonl, then computes metrics; all scoring logic is in
`medadapt.evaluate` and runs without Ray.
"""

from __future__ import annotations

import json
import logging
import math
import os
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import ray

from medadapt.evaluate.indomain import TaskGenerator
from medadapt.evaluate.items import MCItem
from medadapt.evaluate.modeling import base_load_count, load_scoring_model
from medadapt.evaluate.results import RUN_INFO, PredictionWriter, write_results
from medadapt.evaluate.scoring import Scorer, ScoringSettings
from medadapt.evaluate.settings import EvalConfig
from medadapt.evaluate.tasks import TaskItem
from medadapt.io import write_json
from medadapt.pipelines.runtime import ensure_ray

log = logging.getLogger(__name__)
MC, TASK = "mc", "task"  # row kinds: a KazMMLU-format item, an in-domain task item


@dataclass
class EvalSummary:
    output: Path
    n_items: int
    variants: list[str]
    seconds: float
    metrics: dict[str, dict[str, Any]]
    comparisons: dict[str, dict[str, Any]]
    base_loads: dict[str, int] = field(default_factory=dict)  # replica -> base model loads
    indomain: dict[str, dict[str, Any]] = field(default_factory=dict)  # variant -> task metrics

    @property
    def items_per_s(self) -> float:
        """Item-variant scorings per second over the whole run (model loads included)."""
        return self.n_items * len(self.variants) / self.seconds if self.seconds else 0.0


class EvalActor:
    """One model replica: base weights loaded once, all adapters attached beside them. A
    batch may hold multiple-choice items and in-domain task items (column `kind`); both are
    scored under every variant on the same loaded model."""

    def __init__(self, cfg_dict: dict[str, Any]):
        cfg = EvalConfig.model_validate(cfg_dict)
        self.loaded = load_scoring_model(cfg.model, cfg.adapters, cfg.include_base,
                                         cfg.cache_dir, cfg.dtype, cfg.gpus_per_actor)
        self.scorer = Scorer(self.loaded, ScoringSettings.from_config(cfg))
        self.generator = TaskGenerator(self.loaded, cfg.max_length, cfg.batch_size)
        self.replica = f"{os.uname().nodename}:{os.getpid()}"

    def __call__(self, batch: pd.DataFrame) -> pd.DataFrame:
        records = [json.loads(r) for r in batch["payload"]]
        kinds = list(batch["kind"])
        items = [MCItem.from_record(r) for r, k in zip(records, kinds, strict=True) if k == MC]
        tasks = [TaskItem.from_record(r) for r, k in zip(records, kinds, strict=True)
                 if k == TASK]
        rows = []
        for variant in self.loaded.variants:
            scored = [(MC, row) for row in self.scorer.score(items, variant)] if items else []
            if tasks:
                scored += [(TASK, row) for row in self.generator.generate(tasks, variant)]
            rows += [{"kind": kind, "payload": json.dumps(row, ensure_ascii=False),
                      "replica": self.replica, "base_loads": base_load_count()}
                     for kind, row in scored]
        return pd.DataFrame(rows)


def ensure_ray_for(cfg: EvalConfig) -> None:
    """Local Ray sized for the actor pool (unless Ray runs already or RAY_ADDRESS is set)."""
    ensure_ray(max(1, math.ceil(cfg.actors * cfg.cpus_per_actor)))


def _prompt_length(item: MCItem) -> int:
    return len(item.question) + sum(len(t) for t in item.options.values())


def _task_length(item: TaskItem) -> tuple[str, int]:
    return item.task, sum(len(m["content"]) for m in item.messages)


def build_dataset(items: list[MCItem], cfg: EvalConfig,
                  tasks: Sequence[TaskItem] = ()) -> ray.data.Dataset:
    """Items sorted by length (so batches group similar lengths), then in-domain items by
    task and length -> scored rows (`kind`, JSON `payload`: one schema for both kinds)."""
    records = [{"kind": MC, "payload": json.dumps(i.to_record(), ensure_ascii=False)}
               for i in sorted(items, key=_prompt_length)]
    records += [{"kind": TASK, "payload": json.dumps(t.to_record(), ensure_ascii=False)}
                for t in sorted(tasks, key=_task_length)]
    blocks = max(1, min(len(records), -(-len(records) // cfg.batch_size)))
    ds = ray.data.from_items(records, override_num_blocks=blocks)
    resources: dict[str, Any] = {"num_cpus": cfg.cpus_per_actor}
    if cfg.gpus_per_actor > 0:
        resources["num_gpus"] = cfg.gpus_per_actor
    return ds.map_batches(
        EvalActor, fn_constructor_kwargs={"cfg_dict": cfg.model_dump(mode="json")},
        batch_size=cfg.batch_size, batch_format="pandas",
        compute=ray.data.ActorPoolStrategy(size=cfg.actors), **resources)


def run_eval(cfg: EvalConfig, out_dir: Path, items: list[MCItem],
             tasks: Sequence[TaskItem] = ()) -> EvalSummary:
    """Score every item (and in-domain task item) under every variant on one actor pool;
    write the contract's files, then the in-domain ones under `indomain/`."""
    if not items:
        raise ValueError("no items to score")
    variants = cfg.variant_names() or ["base"]
    ensure_ray_for(cfg)
    out_dir.mkdir(parents=True, exist_ok=True)
    writer = PredictionWriter(out_dir, variants, [i.id for i in items])
    task_rows: dict[str, list[dict[str, Any]]] = {v: [] for v in variants}
    started, loads = time.perf_counter(), Counter()
    try:
        for batch in build_dataset(items, cfg, tasks).iter_batches(batch_format="pandas",
                                                                   batch_size=None):
            mc = []
            for record in batch.to_dict("records"):
                loads[record["replica"]] = int(record["base_loads"])
                row = json.loads(record["payload"])
                if record["kind"] == MC:
                    mc.append(row)
                else:
                    task_rows[row["variant"]].append(row)
            writer.add(mc)
    finally:
        by_variant = writer.close()
    seconds = time.perf_counter() - started
    missing = {v: len(items) - len(r) for v, r in by_variant.items() if len(r) != len(items)}
    missing.update({f"{v}/indomain": len(tasks) - len(r) for v, r in task_rows.items()
                    if len(r) != len(tasks)})
    if missing:
        raise RuntimeError(f"eval lost rows (variant -> missing items): {missing}")
    results = write_results(out_dir, by_variant, cfg, task_rows if tasks else None)
    summary = EvalSummary(out_dir, len(items), variants, seconds, results["metrics"],
                          results["comparisons"], dict(loads), results["indomain"])
    write_json(out_dir / RUN_INFO, {
        "config": cfg.model_dump(mode="json"), "n_items": len(items),
        "n_task_items": len(tasks), "variants": variants,
        "seconds": round(seconds, 3), "items_per_s": round(summary.items_per_s, 3),
        "replicas": len(loads), "base_loads_per_replica": dict(loads)})
    log.info("eval: %d items x %d variants in %.1fs -> %s", len(items), len(variants),
             seconds, out_dir)
    return summary
