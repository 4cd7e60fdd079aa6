"""Corpus-level counts for the top of the review page: what was ingested and what was replaced.

The officer reads these before any passage: how many files failed and why, how much was OCR'd
(OCR text de-identifies worse), how many spans of each label were replaced and how many
residual-risk tokens the independent audit still found.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from medadapt.review.load import IngestOutput

__all__ = ["CorpusSummary", "summarise_corpus"]


@dataclass
class CorpusSummary:
    """Counts only: no text, no identifier, no file path."""

    files_by_status: dict[str, int]
    documents: int
    centers: dict[str, int]
    pages: int
    pages_ocr: int
    replaced_spans: int
    spans_by_label: dict[str, int] | None  # None: the ingest output has no `phi_spans`
    audit_by_kind: dict[str, int] | None  # None: the ingest output has no `audit_flags`
    leak_scan_findings: int | None  # ingest's own leak scan (`n_leaks`), when present


def _sum(rows: list[dict], key: str) -> int:
    return sum(int(row.get(key) or 0) for row in rows)


def _count(rows: list[dict], column: str, key: str) -> dict[str, int]:
    counts = Counter(str(m.get(key) or "?") for row in rows for m in row.get(column) or () if m)
    return dict(sorted(counts.items()))


def summarise_corpus(ingest: IngestOutput) -> CorpusSummary:
    """Summarise the manifest (every input file) and the documents (every ok file)."""
    docs = ingest.documents
    statuses = Counter(str(row.get("status") or "unknown") for row in ingest.manifest)
    if ingest.has_phi_spans:
        by_label: dict[str, int] | None = _count(docs, "phi_spans", "label")
        replaced = sum(by_label.values()) if by_label else 0
    else:
        by_label, replaced = None, _sum(docs, "n_phi_spans")
    has_leaks = any("n_leaks" in row for row in docs)
    return CorpusSummary(
        files_by_status=dict(statuses.most_common()), documents=len(docs),
        centers=dict(sorted(Counter(str(d["center"]) for d in docs).items())),
        pages=_sum(docs, "n_pages"), pages_ocr=_sum(docs, "pages_ocr"),
        replaced_spans=replaced, spans_by_label=by_label,
        audit_by_kind=_count(docs, "audit_flags", "kind") if ingest.has_audit_flags else None,
        leak_scan_findings=_sum(docs, "n_leaks") if has_leaks else None)
