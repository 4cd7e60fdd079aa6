"""De-identification of Kazakh/Russian hospital records (pure Python, no Ray).

`Deidentifier.deidentify(text, patient)` finds names, IIN, phones, e-mails, dates, addresses,
record and document numbers and replaces them with keyed, format-preserving surrogates.

Recall-first (issue 14): `sweep` masks any word no dictionary (pymorphy3/OpenCorpora,
hunspell-kk, the clinical allow-list) knows to be safe; `audit` is an independent second
method over the output; `token_eval` scores per token. Deliberate contract addition: label
AGE (ages > 89, replaced by `90+`) in `medadapt deid` spans and in `phi_spans`.
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
