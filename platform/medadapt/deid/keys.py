"""Keyed, process-independent choices: HMAC-SHA256(secret, patient | kind:value).

Every surrogate decision goes through here, so the same person maps to the same surrogate on
every page, in every document, on every worker and in every run that uses the same secret,
while nobody without the secret can invert or predict the mapping.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")
DATE_SHIFT_MAX = 180


class Keyed:
    """Deterministic pseudo-random choices derived from a secret."""

    __slots__ = ("_secret",)

    def __init__(self, secret: bytes) -> None:
        if not isinstance(secret, bytes | bytearray) or len(secret) < 16:
            raise ValueError("de-identification secret must be at least 16 bytes")
        self._secret = bytes(secret)

    def __repr__(self) -> str:
        return "Keyed(secret=<redacted>)"

    def digest(self, patient: str | None, kind: str, value: str, counter: int = 0) -> bytes:
        msg = f"{patient or ''}|{kind}:{value}#{counter}".encode()
        return hmac.new(self._secret, msg, hashlib.sha256).digest()

    def number(self, patient: str | None, kind: str, value: str, counter: int = 0) -> int:
        return int.from_bytes(self.digest(patient, kind, value, counter)[:8], "big")

    def choice(self, seq: Sequence[T], patient: str | None, kind: str, value: str) -> T:
        return seq[self.number(patient, kind, value) % len(seq)]

    def digits(self, n: int, patient: str | None, kind: str, value: str) -> str:
        """n pseudo-random decimal digits (HMAC in counter mode)."""
        out: list[str] = []
        counter = 0
        while len(out) < n:
            out.extend(str(b % 10) for b in self.digest(patient, kind, value, counter) if b < 250)
            counter += 1
        return "".join(out[:n])

    def date_offset(self, patient: str | None) -> int:
        """Per-patient shift in days, in [-180, 180] and never 0."""
        v = self.number(patient, "DATE-SHIFT", "") % (2 * DATE_SHIFT_MAX)
        return v - DATE_SHIFT_MAX if v < DATE_SHIFT_MAX else v - DATE_SHIFT_MAX + 1
