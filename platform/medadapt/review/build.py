"""Build the review page from an ingest output directory."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from medadapt.io import write_atomic
from medadapt.review.load import load_ingest
from medadapt.review.page import PageContext, render_page
from medadapt.review.sample import sample_passages
from medadapt.review.settings import ReviewConfig
from medadapt.review.summary import CorpusSummary, summarise_corpus

__all__ = ["PAGE_NAME", "ReviewSummary", "build_review"]

PAGE_NAME = "review.html"


@dataclass
class ReviewSummary:
    """What was written: counts only, safe to print."""

    page: Path
    review_id: str
    documents: int
    sampled: int
    flagged: int
    strata: dict[str, int]
    spans_available: bool
    audit_available: bool
    corpus: CorpusSummary
    missing_columns: list[str] = field(default_factory=list)


def build_review(input_dir: Path, output_dir: Path, cfg: ReviewConfig) -> ReviewSummary:
    """Write `output_dir/review.html` for the ingest output in `input_dir`.

    The review id fingerprints the sample (seed and passage ids), so decisions kept in the
    browser for one sample are never shown on another's page.
    """
    ingest = load_ingest(Path(input_dir))
    passages = sample_passages(ingest.documents, cfg.sample, cfg.seed, cfg.passage_chars)
    ids = "\n".join([str(cfg.seed), *(p.passage_id for p in passages)])
    review_id = hashlib.sha256(ids.encode()).hexdigest()[:12]
    corpus = summarise_corpus(ingest)
    ctx = PageContext(seed=cfg.seed, sample_size=cfg.sample, passage_chars=cfg.passage_chars,
                      review_id=review_id, missing_columns=ingest.missing_columns)
    page = Path(output_dir) / PAGE_NAME
    write_atomic(page, render_page(corpus, passages, ctx))
    strata: dict[str, int] = {}
    for p in passages:
        if p.in_sample:
            key = f"{p.center}/{p.language}"
            strata[key] = strata.get(key, 0) + 1
    return ReviewSummary(
        page=page, review_id=review_id, documents=len(ingest.documents),
        sampled=sum(p.in_sample for p in passages),
        flagged=sum(not p.in_sample for p in passages), strata=strata,
        spans_available=ingest.has_phi_spans, audit_available=ingest.has_audit_flags,
        corpus=corpus, missing_columns=list(ingest.missing_columns))
