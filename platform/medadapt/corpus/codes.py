"""ICD-10 and AO/OTA codes written in Latin or Cyrillic letters, normalised to Latin.

Records typed on Russian keyboards write `М16.1`, `S72.О`, `АО 34А1` or `34-С1` with
Cyrillic look-alikes; the field value is always the Latin form (`M16.1`, `34-C1`).
AO/OTA is normalised to bone-segment + type + group (`31-A2`): subgroups (`.1`) are cut and
the 2018 radius notation `2R3` becomes `23`, the form the truth schemas use.
"""

from __future__ import annotations

import re

LOOKALIKE = str.maketrans("АВЕКМНОРСТХаеорсхІіЅ", "ABEKMHOPCTXaeopcxIiS")
_L = "A-TV-ZАВЕКМНОРСТХІЅ"
_ICD = re.compile(rf"(?<![\w/.-])([{_L}])(\d{{2}})(?:\.([\dОO]{{1,2}}))?(?![\w°]|[.,]\d)")
_NOT_ICD = re.compile(r"(витамин|вит\.|группа|тип|hba|класс)\s*$", re.IGNORECASE)
_AO = re.compile(r"(?<![\w/.-])(?:(?:AO|АО)(?:\s*/\s*(?:OTA|ОТА))?\s*[:(]?\s*"
                 r"(?:(?:тип|(?:жіктемесі\s*)?бойынша|по классификации)\s*)?)?"
                 r"(\d{2}|\d[RLUР]\d)\s*([-–]?)\s*([ABCАВС])\s?([1-3])(?:[.,]\d)?(?![\w])")
_AO_PREFIX = re.compile(r"(?:AO|АО)", re.IGNORECASE)
_AO_SUFFIX = re.compile(r"\s*\(?\s*(?:по\s+)?(?:AO|АО)\b")


def icd10_codes(text: str) -> list[str]:
    """ICD-10 codes in order, unique, Latin letters; vitamins and blood groups skipped."""
    codes = []
    for match in _ICD.finditer(text):
        if _NOT_ICD.search(text[max(0, match.start() - 12):match.start()]):
            continue
        letter = match.group(1).translate(LOOKALIKE)
        sub = (match.group(3) or "").translate(LOOKALIKE).replace("O", "0")
        if letter == "T" and match.group(1) == "Т" and match.group(2) in ("35", "36", "37"):
            continue  # a Cyrillic "Т36.6" is a body temperature, not an ICD code
        codes.append(f"{letter}{match.group(2)}" + (f".{sub}" if sub else ""))
    return list(dict.fromkeys(codes))


def ao_ota_code(text: str) -> str | None:
    """The first AO/OTA code (`31-A2`) written with a dash or after `AO`, else None.

    ICD codes are taken out first: a table read cell by cell can put the code column inside
    the diagnosis text ("тип 21- S52.1 В3 по АО").
    """
    text = " ".join(_ICD.sub(" ", text).split())
    for match in _AO.finditer(text):
        prefixed = bool(_AO_PREFIX.match(match.group(0))) or bool(
            _AO_SUFFIX.match(text, match.end()))
        if not prefixed and not match.group(2):
            continue  # "31A2" without "AO" or a dash is too ambiguous to read as a code
        bone = match.group(1).replace("Р", "R")
        bone = bone[0] + bone[2] if len(bone) == 3 else bone
        return f"{bone}-{match.group(3).translate(LOOKALIKE)}{match.group(4)}"
    return None
