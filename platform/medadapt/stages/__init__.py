"""Stage adapters: one module per pipeline stage, each turning the job's section into a call
and the call's result into a `StageOutcome`, plus the registry the runner walks.

Stages are referenced as "module:function" strings and imported only when they run, so
`medadapt --help` and config validation never pay for importing torch or Ray.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from medadapt.config import JobConfig

__all__ = ["STAGES", "Stage", "StageFn", "StageOutcome"]


@dataclass(frozen=True)
class StageOutcome:
    """What a finished stage reports: files it wrote (relative to its dir) and a summary."""

    outputs: list[str]
    summary: dict[str, Any] = field(default_factory=dict)
    digest: str = ""  # identifies the output content, for stages whose output can grow
    did_work: bool = True  # False: an incremental stage found nothing new


StageFn = Callable[[JobConfig, Path], StageOutcome]


@dataclass(frozen=True)
class Stage:
    name: str
    target: str  # "package.module:function" taking (job config, stage output dir)
    description: str
    incremental: bool = False  # always called; the stage itself skips what is done
    feeds_next: bool = True  # False: a side output (review) that later stages never read

    def load(self) -> StageFn:
        module_name, _, attr = self.target.partition(":")
        return getattr(importlib.import_module(module_name), attr)


STAGES: dict[str, Stage] = {
    "synth": Stage("synth", "medadapt.stages.synth:run_synth_stage",
                   "synthetic bilingual case-history PDFs with ground truth"),
    "ingest": Stage("ingest", "medadapt.stages.ingest:run_ingest_stage",
                    "PDF folders -> de-identified Parquet shards on Ray Data", incremental=True),
    "review": Stage("review", "medadapt.stages.review:run_review_stage",
                    "self-contained HTML page for a privacy officer's sign-off",
                    feeds_next=False),
    "corpus": Stage("corpus", "medadapt.stages.corpus:run_corpus_stage",
                    "orthopedic fields, bilingual ChatML dialogues, patient-level split"),
    "train": Stage("train", "medadapt.stages.train:run_train_stage",
                   "LoRA/DoRA/QLoRA fine-tuning on Ray Train + DeepSpeed"),
    "tune": Stage("tune", "medadapt.stages.tune:run_tune_stage",
                  "parallel LoRA hyperparameter search on Ray Tune (ASHA), best config as a "
                  "job YAML"),
    "eval": Stage("eval", "medadapt.stages.evaluate:run_eval_stage",
                  "KazMMLU batch evaluation with bootstrap CIs"),
    "report": Stage("report", "medadapt.stages.evaluate:run_report_stage",
                    "Table-2 report and figures"),
}
