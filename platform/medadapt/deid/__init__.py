"""De-identification of Kazakh/Russian hospital records (pure Python, no Ray).

`Deidentifier.deidentify(text, patient)` finds names, IIN, phones, e-mails, dates, addresses,
record and document numbers and replaces them with keyed, format-preserving surrogates.
"""

from .engine import Deidentifier, DeidResult, Span
from .evaluation import evaluate_truths
from .jsonl import DeidInputError, deidentify_jsonl
from .leaks import LeakFinding, scan_for_leaks
from .secret import SecretSource, load_secret

__all__ = [
    "DeidInputError",
    "DeidResult",
    "Deidentifier",
    "LeakFinding",
    "SecretSource",
    "Span",
    "deidentify_jsonl",
    "evaluate_truths",
    "load_secret",
    "scan_for_leaks",
]
