"""The review page's typed section, so the job config and the CLI validate it one way."""

from __future__ import annotations

from pydantic import Field

from medadapt.section import Section

__all__ = ["ReviewConfig"]


class ReviewConfig(Section):
    """How many passages a privacy officer reads, which ones (seed) and how long each is."""

    sample: int = Field(
        default=10, ge=1, le=10_000,
        description="passages sampled per center and language (every stratum gets this many, "
        "or all it has)")
    seed: int = Field(default=0, description="same seed and input -> same sample")
    passage_chars: int = Field(
        default=600, ge=100, le=20_000,
        description="target passage length in characters (cut at a line or word boundary)")
