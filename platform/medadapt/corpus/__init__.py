"""Orthopedic fields per patient, bilingual ChatML dialogues and the patient-level split,
built from the de-identified ingest output. Pure logic: no Ray."""

from __future__ import annotations

import importlib
from typing import Any

# Public names, imported on first use so that importing `medadapt.corpus.settings` (as the job
# config does) never pays for this package's heavy dependencies.
_PUBLIC = {
    "build_corpus": "medadapt.corpus.build",
    "CorpusInputError": "medadapt.corpus.build",
    "CorpusConfig": "medadapt.corpus.settings",
    "extract_patient": "medadapt.corpus.fields",
    "build_dialogues": "medadapt.corpus.dialogues",
    "split_patients": "medadapt.corpus.split",
    "build_mix": "medadapt.corpus.mix",
}
__all__ = sorted(_PUBLIC)


def __getattr__(name: str) -> Any:
    if name in _PUBLIC:
        return getattr(importlib.import_module(_PUBLIC[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
