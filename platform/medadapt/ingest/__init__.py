"""Per-file PDF extraction (PyMuPDF, OCR fallback), cleaning and the manifest. Pure logic:
the Ray Data wiring is `medadapt.pipelines.ingest`."""

from __future__ import annotations

import importlib
from typing import Any

# Public names, imported on first use so that importing `medadapt.ingest.settings` (as the job
# config does) never pays for this package's heavy dependencies.
_PUBLIC = {
    "IngestConfig": "medadapt.ingest.settings",
    "process_file": "medadapt.ingest.process",
    "FileTask": "medadapt.ingest.process",
    "FileResult": "medadapt.ingest.process",
    "extract_pages": "medadapt.ingest.extract",
    "clean_pages": "medadapt.ingest.clean",
    "list_sources": "medadapt.ingest.sources",
    "load_manifest": "medadapt.ingest.manifest",
    "language_shares": "medadapt.ingest.language",
    "GuardedRunner": "medadapt.ingest.guard",
}
__all__ = sorted(_PUBLIC)


def __getattr__(name: str) -> Any:
    if name in _PUBLIC:
        return getattr(importlib.import_module(_PUBLIC[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
