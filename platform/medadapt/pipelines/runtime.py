"""The one place medadapt starts or joins Ray.

Every Ray edge (ingest, eval, train, tune) calls `ensure_ray` so a job that runs several
stages gets one runtime with one set of flags: the dashboard is always on, because Train V2
frees a killed run's placement group through its State API, and on a cluster
(`RAY_ADDRESS`) the cluster's resources are used instead of a local CPU count.
"""

from __future__ import annotations

import logging
import os
import sys

import ray

__all__ = ["ensure_ray", "on_cluster"]


def on_cluster() -> bool:
    """True when the job runs against an existing cluster (`RAY_ADDRESS` is set)."""
    return bool(os.environ.get("RAY_ADDRESS"))


def ensure_ray(local_cpus: int | None = None, worker_logs: bool = False) -> None:
    """Start local Ray (sized `local_cpus`, default all) or join the cluster, once.

    `worker_logs` forwards workers' stdout to the driver (training prints its progress
    there); data stages keep it off so per-file logs don't flood the terminal.
    """
    if not ray.is_initialized():
        ray.init(num_cpus=None if on_cluster() else local_cpus, include_dashboard=True,
                 logging_level=logging.WARNING, log_to_driver=worker_logs)
    # Progress bars are for people: on at a terminal; in a log (no TTY) the stages write
    # plain progress lines instead of bar redraws.
    ray.data.DataContext.get_current().enable_progress_bars = sys.stderr.isatty()
