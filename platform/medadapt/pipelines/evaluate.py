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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import ray

from medadapt.evaluate.items import MCItem
from medadapt.evaluate.modeling import base_load_count, load_scoring_model
from medadapt.evaluate.results import RUN_INFO, PredictionWriter, write_results
from medadapt.evaluate.scoring import Scorer, ScoringSettings
from medadapt.evaluate.settings import EvalConfig
from medadapt.io import write_json
from medadapt.pipelines.runtime import ensure_ray

log = logging.getLogger(__name__)


@dataclass
class EvalSummary:
    output: Path
    n_items: int
    variants: list[str]
    seconds: float
    metrics: dict[str, dict[str, Any]]
    comparisons: dict[str, dict[str, Any]]
    base_loads: dict[str, int] = field(default_factory=dict)  # replica -> base model loads

    @property
    def items_per_s(self) -> float:
        """Item-variant scorings per second over the whole run (model loads included)."""
        return self.n_items * len(self.variants) / self.seconds if self.seconds else 0.0


class EvalActor:
    """One model replica: base weights loaded once, all adapters attached beside them."""

    def __init__(self, cfg_dict: dict[str, Any]):
        cfg = EvalConfig.model_validate(cfg_dict)
        self.loaded = load_scoring_model(cfg.model, cfg.adapters, cfg.include_base,
                                         cfg.cache_dir, cfg.dtype, cfg.gpus_per_actor)
        self.scorer = Scorer(self.loaded, ScoringSettings.from_config(cfg))
        self.replica = f"{os.uname().nodename}:{os.getpid()}"

    def __call__(self, batch: pd.DataFrame) -> pd.DataFrame:
        items = [MCItem.from_record(r) for r in batch.to_dict("records")]
        rows = []
        for variant in self.loaded.variants:
            for row in self.scorer.score(items, variant):
                row["scores"] = json.dumps(row["scores"])  # varying keys: keep Arrow simple
                row["replica"], row["base_loads"] = self.replica, base_load_count()
                rows.append(row)
        return pd.DataFrame(rows)


def ensure_ray_for(cfg: EvalConfig) -> None:
    """Local Ray sized for the actor pool (unless Ray runs already or RAY_ADDRESS is set)."""
    ensure_ray(max(1, math.ceil(cfg.actors * cfg.cpus_per_actor)))


def _prompt_length(item: MCItem) -> int:
    return len(item.question) + sum(len(t) for t in item.options.values())


def build_dataset(items: list[MCItem], cfg: EvalConfig) -> ray.data.Dataset:
    """Items sorted by length (so batches group similar lengths) -> scored rows."""
    records = [i.to_record() for i in sorted(items, key=_prompt_length)]
    blocks = max(1, min(len(records), -(-len(records) // cfg.batch_size)))
    ds = ray.data.from_items(records, override_num_blocks=blocks)
    resources: dict[str, Any] = {"num_cpus": cfg.cpus_per_actor}
    if cfg.gpus_per_actor > 0:
        resources["num_gpus"] = cfg.gpus_per_actor
    return ds.map_batches(
        EvalActor, fn_constructor_kwargs={"cfg_dict": cfg.model_dump(mode="json")},
        batch_size=cfg.batch_size, batch_format="pandas",
        compute=ray.data.ActorPoolStrategy(size=cfg.actors), **resources)


def _clean(row: dict[str, Any]) -> dict[str, Any]:
    """Arrow/pandas values back to plain JSON types."""
    row["scores"] = json.loads(row["scores"]) if isinstance(row["scores"], str) else None
    row["pred"] = row["pred"] if isinstance(row["pred"], str) else None
    row["output"] = row["output"] if isinstance(row["output"], str) else None
    row["correct"] = bool(row["correct"])
    return row


def run_eval(cfg: EvalConfig, out_dir: Path, items: list[MCItem]) -> EvalSummary:
    """Score every item under every variant on an actor pool; write the contract's files."""
    if not items:
        raise ValueError("no items to score")
    variants = cfg.variant_names() or ["base"]
    ensure_ray_for(cfg)
    out_dir.mkdir(parents=True, exist_ok=True)
    writer = PredictionWriter(out_dir, variants, [i.id for i in items])
    started, loads = time.perf_counter(), Counter()
    try:
        for batch in build_dataset(items, cfg).iter_batches(batch_format="pandas",
                                                            batch_size=None):
            rows = [_clean(r) for r in batch.to_dict("records")]
            for row in rows:
                loads[row.pop("replica")] = int(row.pop("base_loads"))
            writer.add(rows)
    finally:
        by_variant = writer.close()
    seconds = time.perf_counter() - started
    missing = {v: len(items) - len(r) for v, r in by_variant.items() if len(r) != len(items)}
    if missing:
        raise RuntimeError(f"eval lost rows (variant -> missing items): {missing}")
    results = write_results(out_dir, by_variant, cfg)
    summary = EvalSummary(out_dir, len(items), variants, seconds, results["metrics"],
                          results["comparisons"], dict(loads))
    write_json(out_dir / RUN_INFO, {
        "config": cfg.model_dump(mode="json"), "n_items": len(items), "variants": variants,
        "seconds": round(seconds, 3), "items_per_s": round(summary.items_per_s, 3),
        "replicas": len(loads), "base_loads_per_replica": dict(loads)})
    log.info("eval: %d items x %d variants in %.1fs -> %s", len(items), len(variants),
             seconds, out_dir)
    return summary
