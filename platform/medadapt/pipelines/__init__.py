"""The Ray Data edges: ingest, the corpus build and evaluation as datasets over worker
pools, and the one `ensure_ray`."""

from medadapt.lazy import lazy_exports

# Public names, imported on first use (importing `medadapt.pipelines.settings`, as the job config
# does, must not pay for this package's heavy dependencies).
__all__, __getattr__ = lazy_exports(__name__, {
    "run_ingest": "ingest",
    "run_eval": "evaluate",
    "run_corpus": "corpus",
    "ensure_ray": "runtime",
})
