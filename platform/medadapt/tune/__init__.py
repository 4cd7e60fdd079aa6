"""Parallel LoRA search on Ray Tune: the `tune` section (`settings`, pure) and the Ray edge
(`run`, `objective`, `outputs`)."""

from __future__ import annotations

import importlib
from typing import Any

# Public names, imported on first use so that importing `medadapt.tune.settings` (as the job
# config does) never pays for this package's heavy dependencies.
_PUBLIC = {
    "TuneConfig": "medadapt.tune.settings",
    "run_tune": "medadapt.tune.run",
}
__all__ = sorted(_PUBLIC)


def __getattr__(name: str) -> Any:
    if name in _PUBLIC:
        return getattr(importlib.import_module(_PUBLIC[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
