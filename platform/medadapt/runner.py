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
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from medadapt.config import ConfigError, JobConfig
from medadapt.stages import STAGES, PLANNED, Stage, StageOutcome

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


def write_atomic(path: Path, text: str) -> None:
    """Write via a temp file + rename, so a killed run never leaves a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def stage_fingerprints(job: JobConfig) -> dict[str, str]:
    """Chain each stage's section hash with its upstream's, in run order."""
    chained, previous = {}, ""
    for name in job.stages:
        previous = hashlib.sha256((previous + job.section_fingerprint(name)).encode()).hexdigest()
        chained[name] = previous
    return chained


def is_complete(stage_dir: Path, fingerprint: str) -> bool:
    marker = stage_dir / MARKER
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if data.get("fingerprint") != fingerprint:
        return False
    return all((stage_dir / rel).exists() for rel in data.get("outputs", []))


def resolve_stages(job: JobConfig, registry: Mapping[str, Stage] = STAGES) -> list[Stage]:
    """Check every stage is runnable before any of them starts (no half-runs)."""
    missing = [name for name in job.stages if name not in registry]
    if missing:
        planned = [name for name in missing if name in PLANNED]
        hint = f" ({', '.join(planned)} not built yet in this version)" if planned else ""
        raise ConfigError(f"stages: cannot run {missing}{hint}; available: {sorted(registry)}")
    return [registry[name] for name in job.stages]


def run_job(job: JobConfig, registry: Mapping[str, Stage] = STAGES) -> list[StageReport]:
    """Run (or skip) each stage of the job; write the resolved config next to the outputs."""
    stages = resolve_stages(job, registry)
    fingerprints = stage_fingerprints(job)
    write_atomic(job.output_dir / RESOLVED_CONFIG, job.to_yaml())
    reports = []
    for stage in stages:
        stage_dir = job.stage_dir(stage.name)
        if is_complete(stage_dir, fingerprints[stage.name]):
            log.info("stage %s: complete, skipping (%s)", stage.name, stage_dir)
            reports.append(StageReport(stage.name, "skipped", stage_dir, 0.0, {}))
            continue
        reports.append(_run_stage(stage, job, stage_dir, fingerprints[stage.name]))
    return reports


def _run_stage(stage: Stage, job: JobConfig, stage_dir: Path, fingerprint: str) -> StageReport:
    (stage_dir / MARKER).unlink(missing_ok=True)
    log.info("stage %s: running -> %s", stage.name, stage_dir)
    started = time.perf_counter()
    outcome: StageOutcome = stage.load()(job, stage_dir)
    seconds = time.perf_counter() - started
    marker = {
        "stage": stage.name,
        "fingerprint": fingerprint,
        "outputs": outcome.outputs,
        "summary": outcome.summary,
        "seconds": round(seconds, 3),
        "finished_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    write_atomic(stage_dir / MARKER, json.dumps(marker, indent=2, ensure_ascii=False))
    log.info("stage %s: done in %.1fs %s", stage.name, seconds, outcome.summary)
    return StageReport(stage.name, "ran", stage_dir, seconds, outcome.summary)
