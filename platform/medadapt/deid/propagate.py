"""Document-level propagation: a word once found as part of a person's name is masked everywhere.

Why: the token rule counts any surviving token of an identifier as a leak. The detectors see
`Иванов` after a role word or next to initials, but not the bare `Иванову` or `иванов` three
pages later. Once a word of 3+ letters is part of a NAME span in a document, every other
occurrence of it and of its case forms (the same stem under a Russian or Kazakh case ending)
is a NAME too, so a name masked in one place never survives in another.
"""

from __future__ import annotations

from collections.abc import Iterable

from .lexicon import Lexicons, fold
from .names import NameSpan, assign_roles
from .sweep import WORD_RE, word_tok, words_outside

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


def _stems(word: str) -> set[str]:
    """The folded word and its stems under one case ending (stems of >= 4 letters)."""
    low = fold(word)
    out = {low}
    for k in range(1, min(_LONGEST, len(low) - _MIN_STEM) + 1):
        if low[-k:] in ENDINGS:
            out.add(low[:-k])
    return out


def name_stems(text: str, spans: Iterable[tuple[int, int]]) -> set[str]:
    """Stems of every capitalised word of 3+ letters inside the given NAME spans (a lower-case
    word inside a span is weaker evidence: `ота` after a name at a line break)."""
    stems: set[str] = set()
    for s, e in spans:
        for m in WORD_RE.finditer(text, s, e):
            if len(m.group()) >= 3 and m.group()[:1].isupper():
                stems |= _stems(m.group())
    return stems


def propagate_names(text: str, names: Taken, taken: Taken, lex: Lexicons) -> list[NameSpan]:
    """NameSpans for other occurrences of a name's words outside `taken` (sorted spans)."""
    stems = name_stems(text, names)
    if not stems:
        return []
    out: list[NameSpan] = []
    for m in words_outside(text, sorted(taken)):
        s, e = m.span()
        if len(m.group()) >= 3 and _stems(m.group()) & stems:
            out.append(NameSpan(s, e, assign_roles([word_tok(s, e, m.group(), lex)])))
    return out
