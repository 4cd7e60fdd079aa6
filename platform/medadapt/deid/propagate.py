"""Document-level propagation: a word once found as part of a person's name is masked everywhere.

Why: the token rule counts any surviving token of an identifier as a leak. The detectors see
`Иванов` after a role word or next to initials, but not the bare `Иванову` or `иванов` three
pages later. Once a word of 3+ letters is part of a NAME span in a document, every other
occurrence of it and of its case forms (the same stem under a Russian or Kazakh case ending)
is a NAME too, so a name masked in one place never survives in another.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .dictionaries import kk_known, ru_tags
from .lexicon import Lexicons, fold
from .names import NameSpan, assign_roles
from .places import is_kept_word
from .sweep import WORD_RE, clinical_construction, word_tok, words_outside

ENDINGS = frozenset((
    "а", "я", "у", "ю", "ом", "ем", "ым", "им", "ой", "ей", "е", "ы", "и", "ого", "его", "ому",
    "ему", "ых", "их", "ыми", "ими", "ам", "ами", "ах", "ой", "ою", "ка", "ке", "га", "ге", "ка",
    "на", "не", "ны", "ни", "ды", "ди", "ты", "ти", "нын", "нин", "дын", "дин", "тын", "тин",
    "да", "де", "та", "те", "нда", "нде", "дан", "ден", "тан", "тен", "нан", "нен", "мен", "пен",
    "бен", "ны", "ге", "ке", "ка", "га",
))
_MIN_STEM = 4
_LONGEST = max(len(e) for e in ENDINGS)
Taken = list[tuple[int, int]]


@lru_cache(maxsize=100_000)
def _stems(word: str) -> frozenset[str]:
    """The folded word and its stems under one case ending (stems of >= 4 letters); cached,
    since every word of every page is looked up."""
    low = fold(word)
    out = {low}
    for k in range(1, min(_LONGEST, len(low) - _MIN_STEM) + 1):
        if low[-k:] in ENDINGS:
            out.add(low[:-k])
    return frozenset(out)


def name_stems(text: str, spans: Iterable[tuple[int, int]]) -> set[str]:
    """Stems of every capitalised word of 3+ letters inside the given NAME spans (a lower-case
    word inside a span is weaker evidence: `ота` after a name at a line break)."""
    stems: set[str] = set()
    for s, e in spans:
        for m in WORD_RE.finditer(text, s, e):
            if len(m.group()) >= 3 and m.group()[:1].isupper():
                stems |= _stems(m.group())
    return stems


_CAP_PLACE_RE = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі-]{3,}")


def propagate_places(text: str, addresses: Taken, outside: Iterable[re.Match]) -> Taken:
    """Other capitalised occurrences, in any case form, of a settlement or street word found
    inside an ADDRESS span (`Үржар ауданы` … `Үржарда`): a place masked once is masked
    everywhere in the document, as a name is. Allow-listed words and countries are kept."""
    stems: set[str] = set()
    for s, e in addresses:
        for m in _CAP_PLACE_RE.finditer(text, s, e):
            if not (is_kept_word(m.group()) or _dictionary_word(m.group())):
                stems |= _stems(m.group())
    if not stems:
        return []
    out = []
    for m in outside:
        word = m.group()
        if (len(word) >= 4 and word[:1].isupper() and not stems.isdisjoint(_stems(word))
                and not is_kept_word(word) and not clinical_construction(text, *m.span())):
            out.append(m.span())
    return out


@lru_cache(maxsize=50_000)
def _dictionary_word(word: str) -> bool:
    """An ordinary Russian or Kazakh word (`Место`, `Мекенжай` of a label caught in a span):
    too common to mask wherever it stands."""
    low = word.lower()
    if low.startswith(_ADDRESS_LABELS):
        return True
    known, tags = ru_tags(low)
    return (known and "ORD" in tags and "Geox" not in tags) or kk_known(low)


_ADDRESS_LABELS = ("адрес", "мекенжай", "место", "прописк", "тұрғылықты", "тіркел")


def propagate_names(text: str, names: Taken, taken: Taken, lex: Lexicons,
                    outside: Iterable[re.Match] | None = None) -> list[NameSpan]:
    """NameSpans for other occurrences of a name's words outside `taken` (sorted spans).
    `outside`: the word matches outside `taken` when the caller already has them."""
    stems = name_stems(text, names)
    if not stems:
        return []
    out: list[NameSpan] = []
    for m in words_outside(text, sorted(taken)) if outside is None else outside:
        word = m.group()
        if len(word) >= 3 and not stems.isdisjoint(_stems(word)):
            s, e = m.span()
            if clinical_construction(text, s, e):
                continue  # `больница им. Пирогова`, `по Боткину`: kept even when a person
                # of that name is in the record
            out.append(NameSpan(s, e, assign_roles([word_tok(s, e, word, lex)])))
    return out
