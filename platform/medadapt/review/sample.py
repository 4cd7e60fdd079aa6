"""Cut de-identified documents into passages and draw a seeded sample per center and language.

A privacy officer signs off on a sample, so the sample must be reproducible (same seed and
input -> same passages) and must cover every center and language: a de-identifier that works
on Russian forms from one center can still miss Kazakh names in another's letters. Each
stratum is drawn with its own seeded generator, so adding a center does not reshuffle the
others. Passages holding an audit flag are all added (up to a cap) but kept out of the random
sample, because they are chosen for risk and would bias the miss-rate estimate.
"""

from __future__ import annotations

import bisect
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["MAX_FLAGGED", "Mark", "Passage", "document_language", "passage_windows",
           "sample_passages"]

MAX_FLAGGED = 500  # flagged passages shown besides the sample; more means re-run the audit
KAZAKH_AT_LEAST = 0.45  # Kazakh word share from ingest's `lang_kk`; below RUSSIAN_BELOW -> ru
RUSSIAN_BELOW = 0.08


@dataclass(frozen=True, order=True)
class Mark:
    """A span in passage coordinates: a replaced identifier (label) or an audit flag (kind)."""

    start: int
    end: int
    label: str


@dataclass
class Passage:
    """One reviewable window of a de-identified document."""

    passage_id: str
    doc_id: str
    center: str
    language: str
    page: int
    start: int
    text: str
    spans: list[Mark] = field(default_factory=list)
    flags: list[Mark] = field(default_factory=list)
    in_sample: bool = True

    @property
    def labels(self) -> list[str]:
        return sorted({m.label for m in self.spans})


def document_language(lang_kk: float | None, lang_ru: float | None) -> str:
    """kk, ru or mixed, from ingest's per-word shares (mixed records are common here)."""
    kk = float(lang_kk or 0.0)
    if kk >= KAZAKH_AT_LEAST:
        return "kk"
    if kk < RUSSIAN_BELOW and (lang_ru or 0.0) > 0:
        return "ru"
    return "mixed" if (lang_ru or 0.0) > 0 else "unknown"


def _marks(raw: Iterable[dict[str, Any]] | None, key: str, size: int) -> list[Mark]:
    """Valid, sorted marks from a Parquet list of structs; out-of-range rows are dropped."""
    marks = [Mark(int(r["start"]), int(r["end"]), str(r.get(key) or "?")) for r in raw or ()
             if r and r.get("start") is not None and r.get("end") is not None]
    return sorted(m for m in marks if 0 <= m.start < m.end <= size)


def _span_end_covering(spans: Sequence[Mark], starts: Sequence[int], pos: int) -> int:
    """If `pos` falls inside a span, that span's end (so a cut never splits an identifier).
    Replaced spans are sorted and non-overlapping, so only the last one starting before `pos`
    can hold it."""
    i = bisect.bisect_left(starts, pos) - 1
    return spans[i].end if i >= 0 and spans[i].end > pos else pos


def passage_windows(text: str, target: int, spans: Sequence[Mark] = ()) -> list[tuple[int, int]]:
    """Cut `text` into consecutive windows of about `target` chars, at a line break or a space
    when one is in the second half, never inside a span; blank windows are dropped."""
    starts = [s.start for s in spans]
    windows: list[tuple[int, int]] = []
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + target)
        if end < len(text):
            half = pos + target // 2
            cut = text.rfind("\n", half, end)
            cut = cut if cut >= 0 else text.rfind(" ", half, end)
            end = cut + 1 if cut >= 0 else end
            end = max(end, _span_end_covering(spans, starts, end))
        if text[pos:end].strip():
            windows.append((pos, end))
        pos = end
    return windows


def _clip(marks: Sequence[Mark], starts: Sequence[int], start: int, end: int) -> list[Mark]:
    """The marks overlapping [start, end), shifted to passage coordinates and clipped."""
    i = max(bisect.bisect_right(starts, start) - 1, 0)
    out = []
    for mark in marks[i:bisect.bisect_left(starts, end)]:
        if mark.end > start:
            out.append(Mark(max(mark.start, start) - start, min(mark.end, end) - start,
                            mark.label))
    return out


@dataclass
class _Doc:
    row: dict[str, Any]
    language: str
    spans: list[Mark]
    flags: list[Mark]
    windows: list[tuple[int, int]]


def _prepare(row: dict[str, Any], target: int) -> _Doc:
    text = row["text"] or ""
    spans = _marks(row.get("phi_spans"), "label", len(text))
    flags = _marks(row.get("audit_flags"), "kind", len(text))
    return _Doc(row, document_language(row.get("lang_kk"), row.get("lang_ru")), spans, flags,
                passage_windows(text, target, spans))


def _passage(doc: _Doc, window: tuple[int, int], in_sample: bool) -> Passage:
    start, end = window
    offsets = list(doc.row.get("page_offsets") or [0])
    doc_id = str(doc.row["doc_id"])
    return Passage(
        passage_id=f"{doc_id[:16]}-{start}", doc_id=doc_id, center=str(doc.row["center"]),
        language=doc.language, page=max(bisect.bisect_right(offsets, start), 1), start=start,
        text=doc.row["text"][start:end],
        spans=_clip(doc.spans, [m.start for m in doc.spans], start, end),
        flags=_clip(doc.flags, [m.start for m in doc.flags], start, end), in_sample=in_sample)


def _flagged(doc: _Doc) -> list[tuple[int, int]]:
    starts = [m.start for m in doc.flags]
    return [w for w in doc.windows if _clip(doc.flags, starts, *w)]


def sample_passages(documents: Sequence[dict[str, Any]], per_stratum: int, seed: int,
                    passage_chars: int) -> list[Passage]:
    """The seeded sample (per center and language) followed by the audit-flagged passages."""
    strata: dict[tuple[str, str], list[tuple[_Doc, tuple[int, int]]]] = {}
    docs = [_prepare(row, passage_chars) for row in documents]
    for doc in sorted(docs, key=lambda d: str(d.row["doc_id"])):
        key = (str(doc.row["center"]), doc.language)
        strata.setdefault(key, []).extend((doc, w) for w in doc.windows)
    passages: list[Passage] = []
    chosen: set[tuple[str, int]] = set()
    for (center, language), pool in sorted(strata.items()):
        rng = random.Random(f"{seed}|{center}|{language}")
        for index in sorted(rng.sample(range(len(pool)), min(per_stratum, len(pool)))):
            doc, window = pool[index]
            chosen.add((str(doc.row["doc_id"]), window[0]))
            passages.append(_passage(doc, window, in_sample=True))
    flagged = [(doc, w) for doc in docs for w in _flagged(doc)
               if (str(doc.row["doc_id"]), w[0]) not in chosen]
    passages.extend(_passage(doc, w, in_sample=False) for doc, w in flagged[:MAX_FLAGGED])
    return passages
