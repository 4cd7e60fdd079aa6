"""Outpatient cards with several dated visits (trauma point, polyclinic trauma office).

A card is a run of visits, each opened by a dated header line ("12.03.2024 10:15 — повторный
приём", "12.03.2024 ж. — қайта қаралу"). The visits say different things: the complaints
and the mechanism are those of the first visit, the control interval is the one set at the
last visit (earlier ones are interim appointments), and a card whose first visit comes after
a hospital stay records no admission complaints. A record with fewer than two such headers
is not a card: every field reads the whole record.
"""

from __future__ import annotations

import re

from medadapt.corpus.clauses import Sentence

_HEADER = re.compile(r"^\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\s*(?:ж\.?\s*)?(?:\d{1,2}:\d{2}\s*)?"
                     r"[—–-]\s*(?P<what>.{3,80})$")
# what a visit header names: a visit, an examination, a consultation, an attendance
_VISIT = re.compile(r"при[её]м|осмотр|обращени|обратил|явил|консультац|визит|наблюден"
                    r"|қабылда|қаралу|қаралды|тексер|келді|көріну")
# a visit that reports a hospital stay just ended (the discharge letter or its mention)
_AFTER_STAY = re.compile(r"выписк|после (стац|выпис|операц)|стационарн\w* лечени|из стационар"
                         r"|шығару эпикриз|ауруханадан (кейін|шық)|стационардан")


def is_visit_header(sentence: Sentence) -> bool:
    match = _HEADER.match(sentence.text)
    return bool(match and _VISIT.search(sentence.norm))


def card_visits(sents: list[Sentence]) -> list[list[Sentence]]:
    """The visits of a multi-visit card, in order (the card's header joins the first visit);
    [] when the record has fewer than two visit headers."""
    starts = [k for k, s in enumerate(sents) if is_visit_header(s)]
    if len(starts) < 2:
        return []
    bounds = [0, *starts[1:], len(sents)]
    return [sents[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def starts_after_stay(visit: list[Sentence]) -> bool:
    """The visit follows a hospital stay: its complaints are not admission complaints."""
    header = next((s for s in visit if is_visit_header(s)), None)
    if header is not None and _AFTER_STAY.search(header.norm):
        return True
    return any(_AFTER_STAY.search(s.norm[:40]) for s in visit)
