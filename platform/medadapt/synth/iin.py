"""Kazakhstan IIN (ЖСН): 12 digits YYMMDD + century/sex digit + 4-digit serial + check digit.

Planted IINs must be valid, or a detector that checks the checksum (as real ones do) would
be scored against impossible numbers. Official algorithm: weights 1..11 mod 11; if the result is
10, weights 3..11,1,2 mod 11; if it is still 10 the serial is not issued.
"""

from __future__ import annotations

import random
from datetime import date

WEIGHTS_1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def iin_check_digit(first11: str) -> int | None:
    """Check digit for the first 11 digits, or None when no valid IIN has this prefix."""
    digits = [int(c) for c in first11]
    if len(digits) != 11:
        raise ValueError("expected 11 digits")
    check = sum(d * w for d, w in zip(digits, WEIGHTS_1, strict=True)) % 11
    if check == 10:
        check = sum(d * w for d, w in zip(digits, WEIGHTS_2, strict=True)) % 11
    return None if check == 10 else check


def century_sex_digit(birth: date, male: bool) -> int:
    """7th digit: 1/2 for the 1800s, 3/4 for the 1900s, 5/6 for the 2000s (odd = male)."""
    base = {18: 1, 19: 3, 20: 5}[birth.year // 100]
    return base if male else base + 1


def is_valid_iin(iin: str) -> bool:
    """Checksum, birth date and century digit all consistent."""
    if len(iin) != 12 or not iin.isdigit():
        return False
    century = int(iin[6])
    if century not in range(1, 7):
        return False
    year = int(iin[0:2]) + {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}[century]
    try:
        date(year, int(iin[2:4]), int(iin[4:6]))
    except ValueError:
        return False
    return iin_check_digit(iin[:11]) == int(iin[11])


def make_iin(birth: date, male: bool, rng: random.Random) -> str:
    """A valid IIN for this birth date and sex; redraws the serial when it has no check digit."""
    prefix = f"{birth:%y%m%d}{century_sex_digit(birth, male)}"
    while True:
        first11 = prefix + f"{rng.randrange(10000):04d}"
        check = iin_check_digit(first11)
        if check is not None:
            return first11 + str(check)
