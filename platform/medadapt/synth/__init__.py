"""Synthetic bilingual (ru/kk) orthopedic case-history PDFs with exact ground truth.

`generate_corpus` writes `pdfs/<center>/<patient_id>.pdf`, `truth/<patient_id>.json`
(`medadapt.records.SynthTruth`), `bad_files.json` and `synth.json`; see datasets/synth.md.
"""

from medadapt.synth.corpus import SynthSummary, generate_corpus
from medadapt.synth.iin import is_valid_iin, make_iin

__all__ = ["SynthSummary", "generate_corpus", "is_valid_iin", "make_iin"]
