"""The stage registry: which pipeline stages exist and the function that runs each.

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


@dataclass(frozen=True)
class StageOutcome:
    """What a finished stage reports: files it wrote (relative to its dir) and a summary."""

    outputs: list[str]
    summary: dict[str, Any] = field(default_factory=dict)


StageFn = Callable[[JobConfig, Path], StageOutcome]


@dataclass(frozen=True)
class Stage:
    name: str
    target: str  # "package.module:function" taking (job config, stage output dir)
    description: str

    def load(self) -> StageFn:
        module_name, _, attr = self.target.partition(":")
        return getattr(importlib.import_module(module_name), attr)


# Stages that exist. Later stages register themselves here as they are built.
STAGES: dict[str, Stage] = {
    "synth": Stage(
        "synth",
        "medadapt.stages:run_synth_stage",
        "synthetic bilingual case-history PDFs with ground truth",
    ),
}

# Stages of the pipeline that are not built yet: listed so users see the whole shape.
PLANNED: dict[str, str] = {
    "ingest": "PDF folders -> de-identified Parquet shards on Ray Data",
    "corpus": "orthopedic fields, bilingual ChatML dialogues, patient-level split",
    "train": "LoRA/DoRA/QLoRA fine-tuning on Ray Train + DeepSpeed",
    "tune": "parallel LoRA hyperparameter search on Ray Tune",
    "eval": "KazMMLU batch evaluation with bootstrap CIs",
    "report": "Table-2 report and figures",
}


def run_synth_stage(job: JobConfig, out_dir: Path) -> StageOutcome:
    """Generate the job's synthetic corpus into its stage directory."""
    from medadapt.synth import generate_corpus

    summary = generate_corpus(job.synth, out_dir)
    return StageOutcome(
        outputs=["pdfs", "truth", "synth.json"],
        summary={
            "records": summary.n_records,
            "pages": summary.n_pages,
            "bad_files": summary.n_bad_files,
            "scanned_pages": summary.n_scanned_pages,
        },
    )
