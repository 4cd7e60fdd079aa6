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
_DIGIT = bytes(48 + b % 10 for b in range(256))  # byte -> ASCII digit b % 10
_BIASED = bytes(range(250, 256))


class Keyed:
    """Deterministic pseudo-random choices derived from a secret."""

    __slots__ = ("_memo", "_secret")
    _MEMO_LIMIT = 100_000  # a pure function of its arguments: the same names recur on every page

    def __init__(self, secret: bytes) -> None:
        if not isinstance(secret, bytes | bytearray) or len(secret) < 16:
            raise ValueError("de-identification secret must be at least 16 bytes")
        self._secret = bytes(secret)
        self._memo: dict[tuple, bytes] = {}

    def __repr__(self) -> str:
        return "Keyed(secret=<redacted>)"

    def __getstate__(self) -> dict:  # the memo holds patient values: never ship it
        return {"_secret": self._secret}

    def __setstate__(self, state: dict) -> None:
        self._secret = state["_secret"]
        self._memo = {}

    def digest(self, patient: str | None, kind: str, value: str, counter: int = 0) -> bytes:
        key = (patient, kind, value, counter)
        hit = self._memo.get(key)
        if hit is None:
            if len(self._memo) >= self._MEMO_LIMIT:
                self._memo.clear()
            msg = f"{patient or ''}|{kind}:{value}#{counter}".encode()
            hit = self._memo[key] = hmac.new(self._secret, msg, hashlib.sha256).digest()
        return hit

    def number(self, patient: str | None, kind: str, value: str, counter: int = 0) -> int:
        return int.from_bytes(self.digest(patient, kind, value, counter)[:8], "big")

    def choice(self, seq: Sequence[T], patient: str | None, kind: str, value: str) -> T:
        return seq[self.number(patient, kind, value) % len(seq)]

    def digits(self, n: int, patient: str | None, kind: str, value: str) -> str:
        """n pseudo-random decimal digits (HMAC in counter mode)."""
        out = ""
        counter = 0
        while len(out) < n:  # bytes >= 250 are dropped so every digit is equally likely
            out += self.digest(patient, kind, value, counter).translate(_DIGIT, _BIASED).decode()
            counter += 1
        return out[:n]

    def date_offset(self, patient: str | None) -> int:
        """Per-patient shift in days, in [-180, 180] and never 0."""
        v = self.number(patient, "DATE-SHIFT", "") % (2 * DATE_SHIFT_MAX)
        return v - DATE_SHIFT_MAX if v < DATE_SHIFT_MAX else v - DATE_SHIFT_MAX + 1
