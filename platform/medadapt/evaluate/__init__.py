"""KazMMLU-format multiple-choice evaluation: items, prompts, scoring, metrics, report.

Pure logic, no `import ray`; the Ray Data wiring is `medadapt.pipelines.evaluate`."""

from medadapt.lazy import lazy_exports

# Public names, imported on first use (importing `medadapt.evaluate.settings`, as the job config
# does, must not pay for this package's heavy dependencies).
__all__, __getattr__ = lazy_exports(__name__, {
    "EvalConfig": "settings",
    "ReportConfig": "settings",
    "load_items": "items",
    "MCItem": "items",
    "compute_metrics": "metrics",
    "build_report": "report",
})
