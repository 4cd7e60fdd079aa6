"""KazMMLU-format multiple-choice evaluation: items, prompts, scoring, metrics, report.

Pure logic, no `import ray`; the Ray Data wiring is `medadapt.pipelines.evaluate`."""

from __future__ import annotations

import importlib
from typing import Any

# Public names, imported on first use so that importing `medadapt.evaluate.settings` (as the job
# config does) never pays for this package's heavy dependencies.
_PUBLIC = {
    "EvalConfig": "medadapt.evaluate.settings",
    "ReportConfig": "medadapt.evaluate.settings",
    "load_items": "medadapt.evaluate.items",
    "MCItem": "medadapt.evaluate.items",
    "compute_metrics": "medadapt.evaluate.metrics",
    "build_report": "medadapt.evaluate.report",
}
__all__ = sorted(_PUBLIC)


def __getattr__(name: str) -> Any:
    if name in _PUBLIC:
        return getattr(importlib.import_module(_PUBLIC[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
