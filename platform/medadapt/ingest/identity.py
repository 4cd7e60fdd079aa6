"""Who a record is about, so one patient is one patient across files and centers.

A patient's record is often split over several PDFs (admission, operation, discharge) or
spread over two hospitals. Keying the patient on the file name made each file its own
patient: its own date shift, its own surrogates and, worse, its own split, so one person's
documents could land in train and in test. The identity is taken from the record instead —
the IIN, else the normalised full name plus birth date — and only a keyed hash of it ever
leaves this module: the raw value is never stored or logged.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass

from medadapt.deid.patterns import iin_valid

__all__ = ["PatientIdentity", "find_identity", "patient_key"]

# The patient's own IIN: a labelled one (relatives' and staff's rarely are).
_IIN = re.compile(r"(?i)(?:иин|жсн|iin|и\.и\.н\.?)\s*[:№]?\s*(\d{6}[\s-]?\d{6})(?!\d)")
_NAME_CUE = re.compile(
    r"(?i)(?:ф\.?\s?и\.?\s?о\.?(?:\s+пациента|\s+больного)?|пациент(?:ка)?|больно[йя]|"
    r"науқас(?:тың)?\s*(?:аты-жөні)?|аты-жөні|т\.?\s?а\.?\s?ә\.?)\s*[:\-–]?\s*"
    r"((?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі'-]+\s+){1,2}[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі'-]+)")
_BIRTH = re.compile(
    r"(?i)(?:дата\s+рождения|д\.\s?р\.|г\.\s?р\.|год\s+рождения|туған\s+(?:күні|жылы)|"
    r"туылған\s+күні)\s*[:\-–]?\s*(\d{2}[./]\d{2}[./]\d{4})|(\d{2}[./]\d{2}[./]\d{4})\s*г\.\s?р\.")
_HEAD = 4000  # the identity block is at the top of a record


@dataclass(frozen=True)
class PatientIdentity:
    kind: str  # "iin" | "name_dob" | "file": what the key was derived from (manifest)
    key: str  # keyed hash; never the value


def _norm_name(name: str) -> str:
    return " ".join(name.casefold().replace("ё", "е").split())


def find_identity(text: str) -> tuple[str, str] | None:
    """(kind, normalised value) from the record's identity block, or None. In memory only."""
    head = text[:_HEAD]
    for match in _IIN.finditer(head):
        digits = re.sub(r"\D", "", match.group(1))
        if iin_valid(digits):
            return "iin", digits
    name, birth = _NAME_CUE.search(head), _BIRTH.search(head)
    if name and birth:
        born = (birth.group(1) or birth.group(2)).replace("/", ".")
        return "name_dob", f"{_norm_name(name.group(1))}|{born}"
    return None


def patient_key(secret: bytes, text: str, center: str, stem: str) -> PatientIdentity:
    """The keyed patient id: from the IIN or name + birth date when the record states them
    (the same person in any file or center), else from center + file stem (said so)."""
    found = find_identity(text)
    kind, value = found if found else ("file", f"{center}/{stem}")
    digest = hmac.new(secret, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()
    return PatientIdentity(kind=kind, key=digest[:20])
