"""Regular-expression detectors for structured identifiers.

IIN, phones, e-mails, dates, addresses, record and document numbers have a shape; names do
not (see `names.py`). Every detector returns `(start, end, label)` triples; overlaps are
resolved later by label priority.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .scan import anchor_regex, finditer_windows, windows

Hit = tuple[int, int, str]
_I = re.IGNORECASE
UP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
LETTER = "A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі"

# --- IIN -----------------------------------------------------------------------------------
IIN_LABEL_RE = re.compile(r"(?:\bИИН|\bЖСН|\bIIN|\bБИН|И\.И\.Н\.?)(?![" + LETTER + "])", _I)
IIN_NEAR_RE = re.compile(r"\d(?:[ -]?\d){11}(?!\d)")
# Look-aheads for the first character: redundant for the match, a fast first test for `re`.
IIN_BARE_RE = re.compile(r"\d(?<![\d.,/-]\d)\d{11}(?![\d]|[.,/]\d)")


def iin_checksum(digits11: str) -> int:
    """Kazakhstan IIN control digit (10 means 'no valid control digit')."""
    s = sum(int(c) * w for c, w in zip(digits11, range(1, 12), strict=True)) % 11
    if s == 10:
        weights = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
        s = sum(int(c) * w for c, w in zip(digits11, weights, strict=True)) % 11
    return s


def iin_valid(value: str) -> bool:
    """True for 12 digits whose last digit is the IIN checksum of the first eleven."""
    d = re.sub(r"\D", "", value)
    if len(d) != 12:
        return False
    c = iin_checksum(d[:11])
    return c != 10 and c == int(d[11])


# Anchors as tries (`anchor_regex`): no word is a prefix of another, so the hits are the same.
IIN_ANCHOR = anchor_regex(("иин", "жсн", "iin", "бин", "и.и.н"))


def find_iins(text: str, low: str | None = None) -> Iterator[Hit]:
    """Labeled 12-digit numbers regardless of checksum; unlabeled ones only if valid."""
    labeled: set[int] = set()
    for _, m in finditer_windows([IIN_LABEL_RE], text, windows(text, IIN_ANCHOR, 8, 8, low)):
        n = IIN_NEAR_RE.search(text, m.end(), m.end() + 30)
        if n and not re.search(r"[" + LETTER + r"]{3,}", text[m.end() : n.start()]):
            labeled.add(n.start())
            yield n.start(), n.end(), "IIN"
    for m in IIN_BARE_RE.finditer(text):
        if m.start() not in labeled and iin_valid(m.group()):
            yield m.start(), m.end(), "IIN"


# --- phones and e-mail ---------------------------------------------------------------------
PHONE_RE = re.compile(r"(?=[+8])(?<![\w+])(?:\+[ \t]?7|8)[ \t\-‐(]*\d[\d \t\-‐().]{8,22}")
PHONE_LABEL_RE = re.compile(
    r"(?:\bтел|\bтелефон|\bмоб|\bсот|\bұялы|\bбайланыс|\bфакс|\bконт\.\s*тел)[\w.]*[^\d\n+]{0,12}",
    _I,
)
LOCAL_PHONE_RE = re.compile(r"\(?\d[\d \t\-‐()]{4,16}\d")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# `k.shimarov(at)inbox.ru`, `name [at] mail.ru`, `name собака mail.ru`: written to dodge spam
OBFUSCATED_AT = r"[ \t]*(?:\(at\)|\[at\]|\{at\}|\(собака\)|[ \t]собака[ \t]|[ \t]at[ \t])[ \t]*"
OBFUSCATED_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+" + OBFUSCATED_AT
                                 + r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def _cut_after_digits(text: str, start: int, end: int, n: int) -> int | None:
    """End offset just after the n-th digit in text[start:end], or None if fewer."""
    seen = 0
    for i in range(start, end):
        if text[i].isdigit():
            seen += 1
            if seen == n:
                return i + 1
    return None


PHONE_ANCHOR = anchor_regex(("тел", "моб", "сот", "ұялы", "байланыс", "факс"))


def after_number_sign(text: str, start: int) -> bool:
    """Digits right after `№` are a record number, never a phone (`№ 872024660 13 маусымнан`
    is a number and then a date)."""
    return "№" in text[max(0, start - 3) : start]


def find_phones(text: str, low: str | None = None) -> Iterator[Hit]:
    """+7/8 numbers with ten digits after the prefix, and labeled local numbers."""
    for m in PHONE_RE.finditer(text):
        end = _cut_after_digits(text, m.start(), m.end(), 11)
        if end is None or (end < len(text) and text[end].isdigit()):
            continue
        frag = text[m.start() : end]
        if frag.count("(") != frag.count(")"):
            continue
        if re.search(r"\d[.]\d", frag) and not re.search(r"[\s\-()]", frag):
            continue
        if after_number_sign(text, m.start()):
            continue
        yield m.start(), end, "PHONE"
    spans = windows(text, PHONE_ANCHOR, 8, 24, low)
    for _, m in finditer_windows([PHONE_LABEL_RE], text, spans):
        n = LOCAL_PHONE_RE.match(text, m.end())
        if n and 5 <= sum(c.isdigit() for c in n.group()) <= 12:
            yield n.start(), n.end(), "PHONE"


def find_emails(text: str, low: str | None = None) -> Iterator[Hit]:
    if "@" in text:
        for m in EMAIL_RE.finditer(text):
            yield m.start(), m.end(), "EMAIL"
    if "at" in text or "собака" in text:
        for m in OBFUSCATED_EMAIL_RE.finditer(text):
            yield m.start(), m.end(), "EMAIL"


# --- record and document numbers -----------------------------------------------------------
ID_RE = (r"(?P<id>(?-i:[" + UP + r"]{1,3}[\s-]?)?(?=[\w\-/]*\d)[" + LETTER + r"0-9]"
         r"(?:[" + LETTER + r"0-9/\-]| (?=\d{2,}))*[" + LETTER + r"0-9])")
RECORD_LABEL = (
    r"(?:истори[яиею]\s+болезни|и/б|ИБ|а/т|(?-i:АТ)(?=[ \t]*№?[ \t]*\d)"
    r"|медицинск(?:ая|ой|ую)\s+карт[аыеу]|мед\.?\s*карт[аыеу]"
    r"|медкарт[аыеу]|амбулаторн(?:ая|ой|ую)\s+карт[аыеу]|карт[аыеу]\s+стационарного\s+больного"
    r"|медициналық\s+карта(?:сы|ның)?|ауру\s+тарихы(?:ның)?|рег\.?\s*№|регистрационный\s+номер"
    r"|номер\s+карты|карта\s+№)"
)
DOC_LABEL = (
    r"(?:удостоверени[еяю]\s+личности|төлқұжат(?:ы|тың)?|құжаты|уд\.?\s*личн(?:ости)?\.?|удостоверени[еяю]|паспорт[аеу]?"
    r"|жеке\s+куәлі[кг](?:і|інің|тің)?|жеке\s+басын\s+куәландыратын\s+құжат|свидетельств[оа]"
    r"\s+о\s+рождении|полис[а]?(?:\s+О?СМС)?|СНИЛС|ID[\s-]*карт[аы]|страховой\s+полис)"
)
_LABEL_GAP = r"(?:[\s:]*(?:№|N|No\.?|#|нөмірі)?[\s:]*|[^\n№\d]{0,40}?№\s*)"
RECORD_RE = re.compile(r"(?<![\w])" + RECORD_LABEL + _LABEL_GAP + ID_RE, _I)
DOC_RE = re.compile(r"(?<![\w])" + DOC_LABEL + _LABEL_GAP + ID_RE, _I)


RECORD_ANCHOR = anchor_regex(("истори", "и/б", "а/т", "ат", "иб", "карт", "медициналық", "тарих",
                              "рег",
                              "номер"))
DOC_ANCHOR = anchor_regex(("удостовер", "уд.", "паспорт", "куәлі", "құжат", "свидетельств",
                           "полис", "снилс", "id"))


def _find_ids(text: str, regex: re.Pattern, anchor: re.Pattern, label: str,
              low: str | None) -> Iterator[Hit]:
    for _, m in finditer_windows([regex], text, windows(text, anchor, 45, 90, low)):
        start, end = m.span("id")
        if sum(c.isdigit() for c in m.group("id")) >= 3 or _MACHINE_ID.fullmatch(m.group("id")):
            yield start, end, label


# A passport number of letters and digits (`CFUV6UCM6`, German; `C01X00T47`): eight or nine
# capitals and digits, at least one digit, after the label.
_MACHINE_ID = re.compile(r"(?=[A-Z0-9]*\d)[A-Z0-9]{8,9}")


def find_record_ids(text: str, low: str | None = None) -> Iterator[Hit]:
    yield from _find_ids(text, RECORD_RE, RECORD_ANCHOR, "RECORD_ID", low)


def find_doc_ids(text: str, low: str | None = None) -> Iterator[Hit]:
    yield from _find_ids(text, DOC_RE, DOC_ANCHOR, "DOC_ID", low)
