"""Span-level evaluation of the detector against synthetic ground truth (`SynthTruth`).

Match rule: a predicted span matches a truth span of the same label when it covers at least
50% of the truth span's characters (an exact match trivially does). Each truth span is matched
at most once; a prediction is a true positive if it matches any truth span. Leaks count truth
identifiers whose text still appears verbatim in the de-identified page outside the written
surrogates (a shifted date that happens to equal another original date is not a leak; text
carried over from the input is); allow-list survival counts clinical terms whose text is
still present in the de-identified page.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from medadapt.records import PHI_LABELS, SynthTruth

from .engine import Deidentifier, Span

MIN_COVER = 0.5


def _covers(pred: Span, start: int, end: int) -> bool:
    overlap = min(pred.end, end) - max(pred.start, start)
    return end > start and overlap >= MIN_COVER * (end - start)


def _carried_text(page: str, spans: list[Span]) -> str:
    """The output with every surrogate blanked out: what was carried over from the input."""
    out, pos = [], 0
    for s in spans:
        out.append(page[pos : s.start])
        out.append("\x00")
        pos = s.end
    out.append(page[pos:])
    return "".join(out)


def _prf(tp_pred: int, n_pred: int, tp_truth: int, n_truth: int) -> dict:
    p = tp_pred / n_pred if n_pred else 1.0
    r = tp_truth / n_truth if n_truth else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "n_pred": n_pred, "n_truth": n_truth}


def _score_page(preds: list[Span], truths: list, c: Counter, any_label: bool) -> None:
    tag = "any" if any_label else "lab"
    for t in truths:
        hit = any(_covers(p, t.start, t.end) and (any_label or p.label == t.label) for p in preds)
        c[(tag, "tp_truth", t.label)] += hit
        c[(tag, "n_truth", t.label)] += 1
    for p in preds:
        hit = any(_covers(p, t.start, t.end) and (any_label or p.label == t.label) for t in truths)
        c[(tag, "tp_pred", p.label)] += hit
        c[(tag, "n_pred", p.label)] += 1


def _totals(c: Counter, tag: str) -> dict:
    keys = ("tp_pred", "n_pred", "tp_truth", "n_truth")
    return _prf(*(sum(v for k, v in c.items() if k[0] == tag and k[1] == key) for key in keys))


def evaluate_truths(truths: Iterable[SynthTruth], deidentifier: Deidentifier) -> dict:
    """Per-label P/R/F1, overall (label-strict and label-agnostic), leaks, allow-list survival."""
    c: Counter = Counter()
    leaks: Counter[str] = Counter()
    kept = n_terms = docs = pages = 0
    for truth in truths:
        docs += 1
        for page_no, page in enumerate(truth.pages):
            pages += 1
            result = deidentifier.deidentify(page, truth.patient_id)
            ids = [t for t in truth.identifiers if t.page == page_no]
            for any_label in (False, True):
                _score_page(result.spans, ids, c, any_label)
            carried = _carried_text(page, result.spans)
            leaks.update(t.label for t in ids if t.text.strip() and t.text in carried)
            terms = [t for t in truth.clinical_terms if t.page == page_no]
            kept += sum(t.text in result.text for t in terms)
            n_terms += len(terms)
    labels = [lab for lab in PHI_LABELS if c[("lab", "n_truth", lab)] or c[("lab", "n_pred", lab)]]
    return {
        "documents": docs,
        "pages": pages,
        "match_rule": f"same label and prediction covers >= {MIN_COVER:.0%} of the truth span",
        "per_label": {lab: _prf(*(c[("lab", k, lab)] for k in
                                  ("tp_pred", "n_pred", "tp_truth", "n_truth"))) for lab in labels},
        "overall": _totals(c, "lab"),
        "overall_any_label": _totals(c, "any"),
        "leaks": {"total": sum(leaks.values()), "by_label": dict(sorted(leaks.items()))},
        "allow_list": {"kept": kept, "total": n_terms,
                       "survival": kept / n_terms if n_terms else 1.0},
    }
