"""The `review` stage: the privacy officer's page for the job's ingest output."""

from __future__ import annotations

from pathlib import Path

from medadapt.config import JobConfig
from medadapt.errors import ConfigError
from medadapt.stages import StageOutcome


def run_review_stage(job: JobConfig, out_dir: Path) -> StageOutcome:
    """Write `review.html` for the ingest stage's shards (only de-identified text is read)."""
    from medadapt.review import PAGE_NAME, build_review

    if "ingest" not in job.stages:
        raise ConfigError("stages: review needs the ingest stage in the same job "
                          "(or run `medadapt review --input INGEST_DIR --output DIR`)")
    summary = build_review(job.stage_dir("ingest"), out_dir, job.review)
    return StageOutcome(outputs=[PAGE_NAME], summary={
        "page": str(summary.page), "documents": summary.documents,
        "sampled": summary.sampled, "flagged": summary.flagged})
