"""Parallel LoRA search on Ray Tune: the `tune` section (`settings`, pure) and the Ray edge
(`run`, `objective`, `outputs`)."""

from medadapt.lazy import lazy_exports

# Public names, imported on first use (importing `medadapt.tune.settings`, as the job config
# does, must not pay for this package's heavy dependencies).
__all__, __getattr__ = lazy_exports(__name__, {
    "TuneConfig": "settings",
    "run_tune": "run",
})
