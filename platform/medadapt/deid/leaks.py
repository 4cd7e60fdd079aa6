"""Post-hoc leak scan: does de-identified text still contain identifier-shaped strings?

Findings carry a label, offsets and a short hash, never the text, so scan reports can be
logged and shared.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from .patterns import find_emails, find_iins, find_phones, iin_valid


@dataclass(frozen=True)
class LeakFinding:
    label: str  # IIN, PHONE, EMAIL or KNOWN
    start: int
    end: int
    digest: str  # first 12 hex chars of sha256(value): lets you match findings, not read them


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:12]


def scan_for_leaks(text: str, known_values: Iterable[str] = ()) -> list[LeakFinding]:
    """Checksum-valid IINs, phones, e-mails, and verbatim occurrences of known values.

    Pattern findings are shape-based: surrogates written by `Deidentifier` have the same shape
    (valid IIN checksums included), so scan raw or model-generated text, or pass the original
    values as `known_values` to check de-identified output.
    """
    found: list[LeakFinding] = []
    for finder in (find_iins, find_phones, find_emails):
        for s, e, label in finder(text):
            if label == "IIN" and not iin_valid(text[s:e]):
                continue
            found.append(LeakFinding(label, s, e, _digest(text[s:e])))
    lowered = text.lower()
    for value in {v for v in known_values if v and v.strip()}:
        needle = value.lower()
        pos = lowered.find(needle)
        while pos != -1:
            found.append(LeakFinding("KNOWN", pos, pos + len(needle), _digest(value)))
            pos = lowered.find(needle, pos + 1)
    return sorted(found, key=lambda f: (f.start, f.end, f.label))
