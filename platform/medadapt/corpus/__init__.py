"""Orthopedic fields per patient, bilingual ChatML dialogues and the patient-level split,
built from the de-identified ingest output. Pure logic: no Ray."""

from medadapt.lazy import lazy_exports

# Public names, imported on first use (importing `medadapt.corpus.settings`, as the job config
# does, must not pay for this package's heavy dependencies).
__all__, __getattr__ = lazy_exports(__name__, {
    "build_corpus": "build",
    "CorpusInputError": "build",
    "CorpusConfig": "settings",
    "extract_patient": "fields",
    "build_dialogues": "dialogues",
    "split_patients": "split",
    "build_mix": "mix",
})
