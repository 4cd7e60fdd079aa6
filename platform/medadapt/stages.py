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

from medadapt.config import ConfigError, JobConfig


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
    "ingest": Stage(
        "ingest",
        "medadapt.stages:run_ingest_stage",
        "PDF folders -> de-identified Parquet shards on Ray Data",
        incremental=True,
    ),
    "corpus": Stage(
        "corpus",
        "medadapt.corpus.stage:run_corpus_stage",
        "orthopedic fields, bilingual ChatML dialogues, patient-level split",
    ),
    "train": Stage(
        "train",
        "medadapt.train.stage:run_train_stage",
        "LoRA/DoRA/QLoRA fine-tuning on Ray Train + DeepSpeed",
    ),
    "tune": Stage(
        "tune",
        "medadapt.tune.stage:run_tune_stage",
        "parallel LoRA hyperparameter search on Ray Tune (ASHA), best config as a job YAML",
    ),
    "eval": Stage(
        "eval",
        "medadapt.evaluate.stage:run_eval_stage",
        "KazMMLU batch evaluation with bootstrap CIs",
    ),
    "report": Stage(
        "report",
        "medadapt.evaluate.stage:run_report_stage",
        "Table-2 report and figures",
    ),
}

# Stages of the pipeline that are not built yet: listed so users see the whole shape.
PLANNED: dict[str, str] = {}


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


def ingest_inputs(job: JobConfig) -> list[str]:
    """The job's ingest inputs; by default the PDFs its synth stage generated."""
    if job.ingest.inputs:
        return job.ingest.inputs
    if "synth" in job.stages:
        return [str(job.stage_dir("synth") / "pdfs")]
    raise ConfigError("ingest.inputs: required when the job has no synth stage "
                      "(folders, globs, list files or URIs of PDFs)")


def run_ingest_stage(job: JobConfig, out_dir: Path) -> StageOutcome:
    """Ingest new PDFs into the stage directory (known files are not redone)."""
    from medadapt.pipelines.ingest import run_ingest

    summary = run_ingest(ingest_inputs(job), out_dir, job.ingest, job.deid)
    return StageOutcome(
        outputs=["manifest.parquet", "documents"],
        summary={"files": summary.files, "new": summary.new_files, **summary.statuses,
                 "pages": summary.pages, "pages_ocr": summary.pages_ocr,
                 "leaks": summary.leaks},
        digest=summary.manifest_digest,
        did_work=summary.new_files > 0,
    )
