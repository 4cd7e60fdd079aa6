"""The `corpus` stage: fields, dialogues and the split from the ingest output, on Ray Data
(`corpus.engine: ray`) or in one process (`local`)."""

from __future__ import annotations

from pathlib import Path

from medadapt.config import JobConfig
from medadapt.corpus.settings import CorpusConfig
from medadapt.errors import ConfigError
from medadapt.stages import StageOutcome

OUTPUTS = ["patients.parquet", "patients.csv", "dialogues", "stats.json"]


def corpus_input(job: JobConfig, cfg: CorpusConfig) -> Path:
    """corpus.input, else the job's ingest stage directory."""
    if cfg.input:
        return Path(cfg.input).expanduser()
    if "ingest" in job.stages:
        return job.stage_dir("ingest")
    raise ConfigError("corpus.input: required when the job has no ingest stage "
                      "(an ingest output directory with manifest.parquet and documents/)")


def run_corpus_stage(job: JobConfig, out_dir: Path) -> StageOutcome:
    """Build fields, dialogues and the split into the stage directory."""
    from medadapt.pipelines.corpus import run_corpus

    cfg = job.corpus
    summary = run_corpus(corpus_input(job, cfg), out_dir, cfg)
    by_split = summary["dialogues_by_split"]
    return StageOutcome(
        outputs=OUTPUTS,
        summary={"patients": summary["patients"], "dialogues": summary["dialogues"],
                 **{f"dialogues_{s}": sum(v.values()) for s, v in by_split.items()},
                 "removed": sum(summary["removed"].values()),
                 "leak_findings": summary["leak_scan"]["findings"],
                 "residual_risk": summary["leak_audit"]["residual_risk"]},
        digest=summary["digest"],
    )
