"""Cluster commands: `medadapt submit JOB.yaml` and `medadapt jobs status|logs|stop`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from medadapt.cli import JobFile, Overrides, app
from medadapt.cli.options import console, fail, user_errors

CLUSTER_PANEL = "Cluster"
jobs_app = typer.Typer(help="Inspect and stop jobs submitted to a Ray cluster.",
                       no_args_is_help=True)
app.add_typer(jobs_app, name="jobs", rich_help_panel=CLUSTER_PANEL)
AddressOption = Annotated[str | None, typer.Option(
    "--address", help="Ray dashboard, e.g. http://HEAD:8265 (default: $RAY_ADDRESS)")]


@app.command(rich_help_panel=CLUSTER_PANEL)
def submit(
    job_file: JobFile,
    overrides: Overrides = None,
    address: AddressOption = None,
    working_dir: Annotated[Path | None, typer.Option(help="folder uploaded as the job's "
                                                     "working dir (default: this project)")] = None,
    wait: Annotated[bool, typer.Option(help="follow the logs until the job ends")] = True,
) -> None:
    """Submit `medadapt run JOB.yaml` to a Ray cluster (Ray Jobs) and follow it."""
    from medadapt import jobs

    with user_errors():
        try:
            job_id = jobs.submit(job_file, overrides or [], address,
                                 (working_dir or jobs.project_root()).resolve())
        except ConnectionError as err:
            fail(f"cannot reach the Ray cluster at {jobs.resolve_address(address)} ({err})")
    print(f"submitted: {job_id}")
    if wait:
        _report_outcome(jobs.follow(job_id, address), address)


def _report_outcome(outcome, address: str | None) -> None:
    from rich.markup import escape

    from medadapt import jobs

    print(f"job {outcome.job_id}: {outcome.status}")
    if outcome.exit_code:
        console.print(f"[bold red]job {outcome.status}:[/] {escape(outcome.message)}",
                      highlight=False)
        console.print(jobs.error_tail(jobs.logs(outcome.job_id, address)), markup=False,
                      highlight=False)
        raise typer.Exit(outcome.exit_code)


@jobs_app.command("status")
def jobs_status(job_id: str, address: AddressOption = None) -> None:
    """Print a job's status; exit 1 if it failed or was stopped."""
    from medadapt import jobs

    outcome = jobs.status(job_id, address)
    print(f"job {job_id}: {outcome.status}" + (f" ({outcome.message})" if outcome.message else ""))
    if outcome.status in {"FAILED", "STOPPED"}:
        raise typer.Exit(1)


@jobs_app.command("logs")
def jobs_logs(job_id: str, address: AddressOption = None,
              follow: Annotated[bool, typer.Option(help="stream until the job ends")] = False,
              ) -> None:
    """Print a job's logs."""
    from medadapt import jobs

    if follow:
        _report_outcome(jobs.follow(job_id, address), address)
    else:
        print(jobs.logs(job_id, address), end="")


@jobs_app.command("stop")
def jobs_stop(job_id: str, address: AddressOption = None) -> None:
    """Stop a running job."""
    from medadapt import jobs

    print(f"job {job_id}: {'stop requested' if jobs.stop(job_id, address) else 'not running'}")
