"""Per-file PDF extraction (PyMuPDF, OCR fallback), cleaning and the manifest. Pure logic:
the Ray Data wiring is `medadapt.pipelines.ingest`."""

from medadapt.lazy import lazy_exports

# Public names, imported on first use (importing `medadapt.ingest.settings`, as the job config
# does, must not pay for this package's heavy dependencies).
__all__, __getattr__ = lazy_exports(__name__, {
    "IngestConfig": "settings",
    "process_file": "process",
    "FileTask": "process",
    "FileResult": "process",
    "extract_pages": "extract",
    "clean_pages": "clean",
    "list_sources": "sources",
    "load_manifest": "manifest",
    "language_shares": "language",
    "GuardedRunner": "guard",
})
