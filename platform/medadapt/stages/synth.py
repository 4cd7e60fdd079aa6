"""The `synth` stage: the job's synthetic corpus into its stage directory."""

from __future__ import annotations

from pathlib import Path

from medadapt.config import JobConfig
from medadapt.stages import StageOutcome


def run_synth_stage(job: JobConfig, out_dir: Path) -> StageOutcome:
    """Generate `job.synth` into `out_dir`."""
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
