"""The Ray Data edges: ingest and evaluation as datasets over actor pools, and the one
`ensure_ray`."""

from __future__ import annotations

import importlib
from typing import Any

# Public names, imported on first use so that importing `medadapt.pipelines.settings` (as the job
# config does) never pays for this package's heavy dependencies.
_PUBLIC = {
    "run_ingest": "medadapt.pipelines.ingest",
    "run_eval": "medadapt.pipelines.evaluate",
    "ensure_ray": "medadapt.pipelines.runtime",
}
__all__ = sorted(_PUBLIC)


def __getattr__(name: str) -> Any:
    if name in _PUBLIC:
        return getattr(importlib.import_module(_PUBLIC[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
