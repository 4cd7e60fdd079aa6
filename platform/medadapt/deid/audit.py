"""Independent leak audit of de-identified text: a second method, not the detector's patterns.

Why a second method: a scan that reuses the detector's own patterns finds nothing the
detector missed. The audit looks at the OUTPUT only, outside the surrogates the engine wrote,
with three sweeps the detector does not run as such:
  * NAME_LIKE: words OpenCorpora tags only as a name/surname/patronymic, and capitalised or
    all-caps words no dictionary knows (hunspell-kk, OpenCorpora, the clinical allow-list);
  * NER: natasha PER/LOC over the whole output (optional: ~32 KB/s per core);
  * DIGITS: every run of 5+ digits, and 6+6 digit groups.
Flags carry offsets and a kind, never the flagged text, so they can go into manifests, logs
and the review page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .dictionaries import LATIN_RE, NAME_TAGS, kk_known, latin_to_cyrillic, ru_tags
from .lexicon import Lexicons, fold
from .vocabulary import ROLE_WORDS, clinical_vocabulary

WORD_RE = re.compile(r"[^\W\d_]{3,}(?:-[^\W\d_]+)*")
DIGITS_RE = re.compile(r"(?<![\d])\d{5,}(?![\d])|(?<![\d])\d{6}[ -]\d{6}(?![\d])")
_SAFE_UPPER = 4  # all-caps words up to this length are abbreviations (ЛФК, ТЭП, PFNA)


@dataclass(frozen=True)
class AuditFlag:
    """One audit finding in output coordinates: NAME_LIKE, NER or DIGITS."""

    start: int
    end: int
    kind: str


def _outside(spans: Iterable[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """The stretches of the output not covered by a written surrogate."""
    out, pos = [], 0
    for s, e in sorted(spans):
        if s > pos:
            out.append((pos, s))
        pos = max(pos, e)
    if pos < n:
        out.append((pos, n))
    return out


# Kazakh plural and case endings on a Russian clinical stem (`Тромбоциттер`, `Лейкоциттердің`)
_KK_ON_RU = re.compile(r"(?:тер|тар|лер|лар|дер|дар)?(?:дің|дың|тің|тың|ге|ға|ке|қа|де|да|те|та|"
                       r"ден|дан|тен|тан|мен|бен|пен)?$")


def _name_like(word: str, lex: Lexicons | None) -> bool:
    latin = bool(LATIN_RE.match(word))
    low = latin_to_cyrillic(word) if latin else word.lower().replace("ё", "е")
    if lex is not None and (lex.is_allowed_word(word) or lex.lookup_first(word)):
        return bool(lex.lookup_first(word)) and not lex.is_allowed_word(word)
    if fold(low) in ROLE_WORDS or (lex is not None and clinical_vocabulary(lex).knows(low)):
        return False  # `Мейіргер`, `Метамизол`: a role word, a drug or a clinical term
    known, tags = ru_tags(low)
    if known:
        return (bool(tags & NAME_TAGS) and "ORD" not in tags
                and not kk_known(low))  # `алу` (to take) is a name only to OpenCorpora
    if latin or kk_known(low) or "-" in low:
        return False
    stem = _KK_ON_RU.sub("", low)
    if stem != low and len(stem) >= 4:
        s_known, s_tags = ru_tags(stem)
        if s_known and s_tags & NAME_TAGS:
            return True  # `Шмидтке`: a surname under a Kazakh case ending
        if s_known:
            return False  # `Тромбоциттер`: a Russian clinical word under a Kazakh ending
    if word.isupper():
        return len(word) > _SAFE_UPPER
    return word[:1].isupper()


def audit_text(text: str, surrogate_spans: Iterable[tuple[int, int]] = (), *,
               lex: Lexicons | None = None, use_ner: bool = False) -> list[AuditFlag]:
    """Flags for identifier-like material left in `text` outside `surrogate_spans`."""
    flags: list[AuditFlag] = []
    judged: dict[str, bool] = {}  # a document repeats its words: judge each spelling once
    for lo, hi in _outside(surrogate_spans, len(text)):
        for m in WORD_RE.finditer(text, lo, hi):
            word = m.group()
            suspect = judged.get(word)
            if suspect is None:
                suspect = judged[word] = _name_like(word, lex)
            if suspect:
                flags.append(AuditFlag(m.start(), m.end(), "NAME_LIKE"))
        for m in DIGITS_RE.finditer(text, lo, hi):
            flags.append(AuditFlag(m.start(), m.end(), "DIGITS"))
    if use_ner:
        flags.extend(_ner_flags(text, list(surrogate_spans)))
    return sorted(flags, key=lambda f: (f.start, f.end, f.kind))


def _ner_flags(text: str, spans: list[tuple[int, int]]) -> list[AuditFlag]:
    from .names import natasha_person_spans

    out = []
    for s, e in natasha_person_spans(text):
        if not any(a <= s and e <= b for a, b in spans):
            out.append(AuditFlag(s, e, "NER"))
    return out


def residual_risk(flags: Iterable[AuditFlag]) -> int:
    """How many findings need a person's look (the manifest's `residual_risk`)."""
    return sum(1 for _ in flags)


def output_spans(spans: Iterable) -> list[tuple[int, int]]:
    """Surrogate spans of a `DeidResult` (input offsets + replacement) in output offsets."""
    out, shift = [], 0
    for s in spans:
        start = s.start + shift
        out.append((start, start + len(s.replacement or "")))
        shift += len(s.replacement or "") - (s.end - s.start)
    return out
