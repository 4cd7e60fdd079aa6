"""Runs a job's stages in order, skipping those whose outputs are already complete.

A stage is complete when its directory holds a `_COMPLETE.json` marker whose fingerprint
matches the stage's config section *and* every upstream stage's fingerprint, and the
outputs it listed still exist. Change a section and that stage and everything after it
runs again; change nothing and a re-run does no work.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from medadapt.config import JobConfig
from medadapt.errors import ConfigError
from medadapt.io import write_atomic
from medadapt.stages import STAGES, Stage, StageOutcome

log = logging.getLogger(__name__)
MARKER = "_COMPLETE.json"
RESOLVED_CONFIG = "job.resolved.yaml"


@dataclass(frozen=True)
class StageReport:
    name: str
    status: str  # "ran" or "skipped"
    directory: Path
    seconds: float
    summary: dict


def chain(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def read_marker(stage_dir: Path) -> dict | None:
    try:
        return json.loads((stage_dir / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def is_complete(stage_dir: Path, fingerprint: str) -> bool:
    """The marker matches this config (and upstream) and its outputs still exist."""
    marker = read_marker(stage_dir)
    if marker is None or marker.get("fingerprint") != fingerprint:
        return False
    return all((stage_dir / rel).exists() for rel in marker.get("outputs", []))


def resolve_stages(job: JobConfig, registry: Mapping[str, Stage] = STAGES) -> list[Stage]:
    """Check every stage is runnable before any of them starts (no half-runs)."""
    missing = [name for name in job.stages if name not in registry]
    if missing:
        raise ConfigError(f"stages: cannot run {missing}; available: {sorted(registry)}")
    return [registry[name] for name in job.stages]


def run_job(job: JobConfig, registry: Mapping[str, Stage] = STAGES) -> list[StageReport]:
    """Run (or skip) each stage of the job; write the resolved config next to the outputs.

    Each stage's fingerprint chains its config with its upstream's fingerprint and output
    digest, so new data from an incremental stage (ingest) re-runs what depends on it.
    """
    stages = resolve_stages(job, registry)
    resolved = job.output_dir / RESOLVED_CONFIG
    if not resolved.exists() or resolved.read_text(encoding="utf-8") != job.to_yaml():
        write_atomic(resolved, job.to_yaml())
    reports, upstream = [], ""
    for stage in stages:
        stage_dir = job.stage_dir(stage.name)
        fingerprint = chain(upstream, job.section_fingerprint(stage.name))
        complete = is_complete(stage_dir, fingerprint)
        if complete and not stage.incremental:
            log.info("stage %s: complete, skipping (%s)", stage.name, stage_dir)
            report = StageReport(stage.name, "skipped", stage_dir, 0.0, {})
        else:
            report = _run_stage(stage, job, stage_dir, fingerprint, complete)
        reports.append(report)
        if stage.feeds_next:  # a side output's settings never make later stages re-run
            upstream = chain(fingerprint, (read_marker(stage_dir) or {}).get("digest", ""))
    return reports


def _run_stage(stage: Stage, job: JobConfig, stage_dir: Path, fingerprint: str,
               complete: bool) -> StageReport:
    previous = read_marker(stage_dir) if complete else None
    if not stage.incremental:
        (stage_dir / MARKER).unlink(missing_ok=True)
    log.info("stage %s: running -> %s", stage.name, stage_dir)
    started = time.perf_counter()
    outcome: StageOutcome = stage.load()(job, stage_dir)
    seconds = time.perf_counter() - started
    if previous is not None and not outcome.did_work and previous.get("digest") == outcome.digest:
        log.info("stage %s: up to date, nothing new (%s)", stage.name, stage_dir)
        return StageReport(stage.name, "skipped", stage_dir, seconds, outcome.summary)
    marker = {
        "stage": stage.name,
        "fingerprint": fingerprint,
        "digest": outcome.digest,
        "outputs": outcome.outputs,
        "summary": outcome.summary,
        "seconds": round(seconds, 3),
        "finished_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    write_atomic(stage_dir / MARKER, json.dumps(marker, indent=2, ensure_ascii=False))
    log.info("stage %s: done in %.1fs %s", stage.name, seconds, outcome.summary)
    return StageReport(stage.name, "ran", stage_dir, seconds, outcome.summary)
