"""Places and workplaces without `г.`/`ул.` markers: OpenCorpora Geox tags and work cues.

Why: records write `из Талгара`, `ауылы Шамалған`, `работает в ТОО «…»`; the marker-based
address rules miss all three. A capitalised word OpenCorpora tags as a place (Geox) in any
case form is an ADDRESS; so is an organisation after a work cue or in a legal-form frame.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .dictionaries import ru_tags
from .scan import finditer_ci, lower_twin

Hit = tuple[int, int, str]
_Q = r"«[^»\n]{1,60}»|\"[^\"\n]{1,60}\""
_FORM = r"(?:ТОО|АО|ИП|КГУ|КГП|ГКП|РГП|ГУ|ЖШС|АҚ|ЖК|ООО|ПК|КГКП|МКП|ШЖҚ|КМК)"
ORG_RE = re.compile(r"(?=[ТАИКГРЖОПМШ«\"])(?<![\w])"
                    r"(?:" + _FORM + r"[ \t]*(?:на[ \t]+ПХВ[ \t]*)?(?:" + _Q + r")|(?:"
                    + _Q + r")[ \t]*" + _FORM + r"(?:-[а-яәғқңөұүһі]{1,4})?)")
SCHOOL_RE = re.compile(r"(?<![\w])(?:СОШ|школ\w*|гимнази\w*|лице\w*|детск\w+ сад|ясли-сад|"
                       r"мектеп\w*|балабақша\w*|колледж\w*|школа-лицей|мектеп-гимназия\w*)"
                       r"[ \t]*№[ \t]*\d{1,4}(?:[ \t-]*[а-яәғқңөұүһі]{1,5})?"
                       r"|(?<![\w])№[ \t]*\d{1,4}"
                       r"[ \t-]*(?:жалпы білім беретін )?(?:мектеп\w*|гимназия\w*|балабақша\w*)",
                       re.IGNORECASE)
WORK_CUE_RE = re.compile(r"(?:место работы|жұмыс орны|работает|работающ\w*|жұмыс істейді|"
                         r"employer)[ \t]*(?:/[^:\n]{0,20})?[ \t]*[:\-–]?[ \t]*(?:в[ \t]+)?"
                         r"(?P<w>[^\n,.;(]{3,80})", re.IGNORECASE)
# The treating hospital in a header is not an identifier of the patient; a hospital as a
# workplace is still caught by WORK_CUE_RE.
MEDICAL_ORG_RE = re.compile(r"больниц|клиник|госпитал|диспансер|аурухана|емхана|"
                            r"медицинск\w* центр|медициналық орталы", re.IGNORECASE)
SCHOOL_LOW = lower_twin(SCHOOL_RE, SCHOOL_RE.pattern.replace("СОШ", "сош", 1), "сшглдямбк№")
WORK_CUE_LOW = lower_twin(WORK_CUE_RE, first="мжр" + "e")  # Latin e: `employer`
CAP_RE = re.compile(r"(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])(?<![\w])"  # the look-ahead: a fast first test
                    r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]{2,}(?:-[А-ЯЁа-яё]+)?")
_KK_CASE = ("нан", "нен", "дан", "ден", "тан", "тен", "ға", "ге", "қа", "ке", "да", "де",
            "та", "те", "ның", "нің", "дың", "дің", "тың", "тің", "ы", "і", "сы", "сі")


@lru_cache(maxsize=100_000)
def _is_place(word: str) -> bool:
    """A Geox word in any case form (cached: a pure function of the word)."""
    low = word.lower()
    known, tags = ru_tags(low)
    if known and "Geox" in tags and not (tags & {"Name", "Surn", "Patr"}):
        return True
    for suf in _KK_CASE:
        if low.endswith(suf) and len(low) - len(suf) >= 4:
            k2, t2 = ru_tags(low[: -len(suf)])
            if k2 and "Geox" in t2 and "ORD" not in t2:
                return True
    return False


def find_places(text: str, low: str | None = None) -> Iterator[Hit]:
    """Geox-tagged capitalised words, organisations in legal-form frames, schools by number."""
    for m in CAP_RE.finditer(text):
        if _is_place(m.group()):
            yield m.start(), m.end(), "ADDRESS"
    # ORG_RE needs a quoted name and SCHOOL_RE a `№`: pages without them skip the scan.
    if "«" in text or '"' in text:
        for m in ORG_RE.finditer(text):
            if not MEDICAL_ORG_RE.search(m.group()):
                yield m.start(), m.end(), "ADDRESS"
    if "№" in text:
        for m in finditer_ci(SCHOOL_RE, SCHOOL_LOW, text, low):
            yield m.start(), m.end(), "ADDRESS"
    for m in finditer_ci(WORK_CUE_RE, WORK_CUE_LOW, text, low):
        w = text[m.start("w") : m.end("w")].rstrip()
        if any(ch.isupper() or ch == "«" or ch == "№" for ch in w):
            yield m.start("w"), m.start("w") + len(w), "ADDRESS"
