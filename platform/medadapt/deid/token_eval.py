"""Token-level scoring: any surviving part of an identifier is a leak.

Why token level: a span-overlap rule scores `Шмидт Дильноза Фарход қызы` as caught when only
the patronymic was replaced, while the surname is still readable. Here an identifier is split
into its tokens of 3 or more letters and its digit runs; it leaks if any of them is carried
over (not inside a written surrogate) or if the surrogate written over it repeats it.
Precision is span-level: a predicted span is right when it overlaps any identifier. Clinical
terms survive when no predicted span touches them. Only counts are returned, never text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

_WORDY_LABELS = {"NAME", "ADDRESS", "EMAIL"}  # where a repeated word is the identifier itself
TOKEN_RE = re.compile(r"[^\W\d_]{3,}|\d+")


@dataclass(frozen=True)
class Truth:
    """One identifier to score: offsets into the input page, its label and forms."""

    start: int
    end: int
    label: str
    forms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Pred:
    """One predicted span with its replacement (None when only detected)."""

    start: int
    end: int
    label: str
    replacement: str | None = None


@dataclass
class Tally:
    """Running counts over pages; `summary()` turns them into figures."""

    c: Counter = field(default_factory=Counter)

    def add_page(self, text: str, truths: Sequence[Truth], preds: Sequence[Pred],
                 clinical: Sequence[tuple[int, int]] = ()) -> None:
        """Score one page (`text` is the input page; spans are input offsets)."""
        c = self.c
        for t in truths:
            leaked = identifier_leaks(text, t, preds)
            for key in (("label", t.label), *(("form", f"{t.label}/{f}") for f in t.forms)):
                c[(*key, "n")] += 1
                c[(*key, "leak")] += leaked
        for p in preds:
            c[("pred", "n")] += 1
            c[("pred", "tp")] += any(p.start < t.end and t.start < p.end for t in truths)
        for s, e in clinical:
            c[("clin", "n")] += 1
            c[("clin", "kept")] += not any(p.start < e and s < p.end for p in preds)

    def summary(self) -> dict:
        """Recall per label and per form, span precision and clinical-term survival."""
        c = self.c

        def group(kind: str) -> dict:
            keys = sorted({k[1] for k in c if k[0] == kind})
            return {k: {"n": c[(kind, k, "n")], "leaked": c[(kind, k, "leak")],
                        "recall": _ratio(c[(kind, k, "n")] - c[(kind, k, "leak")],
                                         c[(kind, k, "n")])} for k in keys}

        n = sum(c[k] for k in c if k[0] == "label" and k[2] == "n")
        leaked = sum(c[k] for k in c if k[0] == "label" and k[2] == "leak")
        return {
            "rule": "token-level: an identifier leaks if any token of >= 3 letters or any digit "
                    "run of it survives outside a surrogate, or the surrogate repeats it",
            "identifiers": n,
            "recall": _ratio(n - leaked, n),
            "min_label_recall": min((v["recall"] for v in group("label").values()), default=1.0),
            "span_precision": _ratio(c[("pred", "tp")], c[("pred", "n")]),
            "predicted_spans": c[("pred", "n")],
            "clinical_kept": _ratio(c[("clin", "kept")], c[("clin", "n")]),
            "clinical_terms": c[("clin", "n")],
            "per_label": group("label"),
            "per_form": group("form"),
        }


# Words that say "son/daughter of" in a Turkic patronymic (`Бахром угли`, `Рамиз кызы`):
# grammar the surrogate keeps, like an address's `көшесі`; the father's name is the identifier.
_PATRONYMIC_MARKERS = {"оглы", "огли", "угли", "улы", "ұлы", "кызы", "қызы", "кизи", "гызы",
                       # the same words in passport and Uzbek Latin (`Botir qizi`, `Akmal uulu`)
                       "qizi", "kizi", "kyzy", "qyzy", "ugli", "ogli", "ogly", "oglu", "uulu"}


def _repeat_counts(label: str, token: str) -> bool:
    """A repeated word leaks for names and e-mails; for addresses only proper-noun words
    (`Абая`), not markers the surrogate keeps (`көшесі`, `ауылы`, `кв`, `оглы`)."""
    if label == "ADDRESS":
        return token[:1].isupper()
    if label == "NAME" and token.lower() in _PATRONYMIC_MARKERS:
        return False
    return label in _WORDY_LABELS


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 1.0


def identifier_leaks(text: str, truth: Truth, preds: Iterable[Pred]) -> bool:
    """True when a part of the identifier is carried over or repeated by its surrogate.

    Letters: each token of 3+ letters. Digits: every digit run must sit inside a surrogate,
    and the surrogate must not repeat the identifier's whole digit string. A repeated word
    counts for names, addresses and e-mails; an ID's type prefix may repeat. Dates: see
    `_date_leaks`.
    """
    covering = [p for p in preds if p.start < truth.end and truth.start < p.end]
    if truth.label == "DATE":
        return _date_leaks(text, truth, covering)
    digits = re.sub(r"\D", "", text[truth.start:truth.end])
    for m in TOKEN_RE.finditer(text, truth.start, truth.end):
        s, e = m.span()
        over = [p for p in covering if p.start <= s and e <= p.end]
        if not over:
            return True
        token = m.group().lower()
        for p in over:
            repl = (p.replacement or "").lower()
            if token.isdigit():
                if len(digits) >= 4 and digits in re.sub(r"\D", "", repl):
                    return True
            elif _repeat_counts(truth.label, m.group()) and re.search(
                    r"(?<![^\W_])" + re.escape(token) + r"(?![^\W_])", repl):
                return True
    return False


_ALNUM_RE = re.compile(r"[^\W_]+")


def _date_leaks(text: str, truth: Truth, covering: list[Pred]) -> bool:
    """A date leaks when a part of it is carried over, or when its surrogate spells the same
    date (`7.I.2022` -> `7.I.2022`). A shifted date may keep its year, as HIPAA Safe Harbor
    does: `июля 2021` -> `мая 2021` and `5 дек. 2022` -> `25 дек. 2022` are not leaks, though
    every digit of the first and a substring of the second's digits survive."""
    for m in TOKEN_RE.finditer(text, truth.start, truth.end):
        if not any(p.start <= m.start() and m.end() <= p.end for p in covering):
            return True
    original = [t.lower() for t in _ALNUM_RE.findall(text[truth.start:truth.end])]
    for p in covering:
        seq = [t.lower() for t in _ALNUM_RE.findall(p.replacement or "")]
        n = len(original)
        if any(seq[k : k + n] == original for k in range(len(seq) - n + 1)):
            return True
    return False
