"""The privacy review page: a seeded sample of de-identified passages with replaced spans and
audit flags marked, for a privacy officer to check and sign off before a corpus leaves the
hospital. Pure logic: built only from ingest output, no Ray."""

from medadapt.review.build import PAGE_NAME, ReviewSummary, build_review
from medadapt.review.decisions import clopper_pearson, load_decisions, summarise_decisions
from medadapt.review.load import IngestOutput, load_ingest
from medadapt.review.sample import Mark, Passage, sample_passages
from medadapt.review.settings import ReviewConfig

__all__ = [
    "PAGE_NAME", "IngestOutput", "Mark", "Passage", "ReviewConfig", "ReviewSummary",
    "build_review", "clopper_pearson", "load_decisions", "load_ingest", "sample_passages",
    "summarise_decisions",
]
