"""Submit a job YAML to a Ray cluster through the Ray Jobs SDK, and follow it.

The job runs remotely as `python -m medadapt.cli run JOB.yaml [overrides]`, so a cluster runs
exactly what `make demo` runs locally. The project folder travels as the runtime env's
working_dir (jobs/, datasets/ lexicons); cluster nodes have medadapt installed (see cluster/).
Secrets (W&B key, de-identification secret) are passed as runtime-env variables taken from
this environment and are never printed.
"""

from __future__ import annotations

import asyncio
import os
import shlex
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from medadapt.config import load_job
from medadapt.errors import UserError

DEFAULT_ADDRESS = "http://127.0.0.1:8265"
# Forwarded to the job when set here; values never printed.
FORWARDED_ENV = (
    "MEDADAPT_DEID_SECRET", "WANDB_API_KEY", "WANDB_MODE", "WANDB_PROJECT", "WANDB_ENTITY",
    "WANDB_BASE_URL", "HF_TOKEN", "HF_HUB_OFFLINE", "MEDADAPT_CACHE",
)
UPLOAD_EXCLUDES = [
    ".venv", "outputs", "wandb", "**/__pycache__", ".pytest_cache", ".ruff_cache",
    "*.egg-info", ".whl", ".gl",
    # git history and the blind evaluation sets (records, PDFs) are never read by a job; with
    # them the upload passes Ray's 100 MiB limit and grows with every commit (lexicons stay)
    ".git", "datasets/deid_*", "datasets/fields_*",
]
TERMINAL = {"SUCCEEDED", "FAILED", "STOPPED"}
AGENT_WAIT_S = 120.0


@dataclass(frozen=True)
class JobOutcome:
    job_id: str
    status: str
    message: str

    @property
    def exit_code(self) -> int:
        return 0 if self.status == "SUCCEEDED" else 1


def resolve_address(address: str | None) -> str:
    return address or os.environ.get("RAY_ADDRESS") or DEFAULT_ADDRESS


def client(address: str | None):
    from ray.job_submission import JobSubmissionClient

    return JobSubmissionClient(resolve_address(address))


def runtime_env(working_dir: Path, env: dict[str, str] | None = None) -> dict:
    """Project folder as working_dir plus the forwarded variables that are set."""
    source = os.environ if env is None else env
    env_vars = {name: source[name] for name in FORWARDED_ENV if source.get(name)}
    env_vars.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    return {"working_dir": str(working_dir), "excludes": UPLOAD_EXCLUDES, "env_vars": env_vars}


def entrypoint(job_file: Path, working_dir: Path, overrides: list[str]) -> str:
    """The remote command; the job path is made relative to the uploaded working_dir."""
    try:
        relative = job_file.resolve().relative_to(working_dir.resolve())
    except ValueError:
        raise UserError(f"{job_file}: the job file must be inside the uploaded working dir "
                         f"{working_dir} (pass --working-dir)") from None
    args = ["python", "-m", "medadapt.cli", "run", relative.as_posix(), *overrides]
    return " ".join(shlex.quote(arg) for arg in args)


def submit(job_file: Path, overrides: list[str], address: str | None,
           working_dir: Path) -> str:
    """Validate locally (a bad config never reaches the cluster), then submit."""
    job = load_job(job_file, overrides)
    jobs = client(address)
    deadline = time.monotonic() + AGENT_WAIT_S
    while True:
        try:
            return jobs.submit_job(
                entrypoint=entrypoint(job_file, working_dir, overrides),
                runtime_env=runtime_env(working_dir),
                metadata={"medadapt_job": job.name},
            )
        except RuntimeError as err:  # a freshly started head has no job agent for a moment
            if "No available agent" not in str(err) or time.monotonic() > deadline:
                raise
            time.sleep(2)


def follow(job_id: str, address: str | None, echo: Callable[[str], None] = print,
           poll_s: float = 1.0) -> JobOutcome:
    """Stream the job's logs until it ends; return its final status and error message."""
    jobs = client(address)

    async def tail() -> None:
        async for lines in jobs.tail_job_logs(job_id):
            for line in lines.splitlines():
                echo(line)

    try:
        asyncio.run(tail())
    except Exception:  # noqa: BLE001 - log streaming is best effort; status is what counts
        pass
    return wait(job_id, address, poll_s=poll_s)


def wait(job_id: str, address: str | None, timeout_s: float | None = None,
         poll_s: float = 1.0) -> JobOutcome:
    jobs = client(address)
    deadline = None if timeout_s is None else time.monotonic() + timeout_s
    while True:
        info = jobs.get_job_info(job_id)
        status = str(getattr(info.status, "value", info.status))
        if status in TERMINAL:
            return JobOutcome(job_id, status, info.message or "")
        if deadline is not None and time.monotonic() > deadline:
            return JobOutcome(job_id, status, f"still {status} after {timeout_s:g}s")
        time.sleep(poll_s)


def status(job_id: str, address: str | None) -> JobOutcome:
    info = client(address).get_job_info(job_id)
    return JobOutcome(job_id, str(getattr(info.status, "value", info.status)), info.message or "")


def logs(job_id: str, address: str | None) -> str:
    return client(address).get_job_logs(job_id)


def stop(job_id: str, address: str | None) -> bool:
    return client(address).stop_job(job_id)


def project_root() -> Path:
    """The checkout this package runs from (the folder holding pyproject.toml)."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "pyproject.toml").exists():
            return parent
    return Path.cwd()


def error_tail(log_text: str, lines: int = 20) -> str:
    """The last lines of a failed job's log: where its error is."""
    return "\n".join(log_text.rstrip().splitlines()[-lines:])
