"""The `ingest` stage: new PDFs into de-identified shards (incremental: known files are kept)."""

from __future__ import annotations

from pathlib import Path

from medadapt.config import JobConfig
from medadapt.errors import ConfigError
from medadapt.stages import StageOutcome


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
