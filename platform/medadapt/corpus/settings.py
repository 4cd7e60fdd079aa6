"""`corpus` section of a job: fields, dialogues, split, filters, language mix."""

from __future__ import annotations

import math
from typing import Literal

from pydantic import Field, field_validator

from medadapt.section import Section

TASK_NAMES = ("summary", "diagnosis", "terminology", "rehabilitation", "extraction")


class CorpusConfig(Section):
    """De-identified ingest output -> patients.parquet + bilingual ChatML dialogues."""

    input: str | None = Field(default=None, description="ingest output dir; empty in a job with "
                              "an ingest stage = that stage's directory")
    engine: Literal["auto", "ray", "local"] = Field(
        default="auto", description="ray: Ray Data over the ingest shards, patients in "
        "parallel with bounded memory per worker; local: one process, for debugging and small "
        "runs (the same output); auto: ray on a cluster or from ray_min_documents documents")
    ray_min_documents: int = Field(default=1000, ge=0, description="engine auto: smallest "
                                   "input run on Ray Data on one machine (below it Ray's "
                                   "fixed start-up costs more than it saves)")
    workers: int = Field(default=2, ge=1, description="parallel per-patient tasks (engine "
                         "ray); each worker process loads the tokenizer once")
    model: str = Field(default="tiny", description="backbone whose tokenizer counts tokens "
                       "(hub id, local path, or tiny)")
    max_tokens: int = Field(default=4096, ge=256, description="token budget per dialogue")
    split: tuple[float, float, float] = Field(default=(0.85, 0.10, 0.05),
                                              description="train/val/test patient shares")
    seed: int = Field(default=0, description="split and mix seed")
    tasks: list[str] = Field(default_factory=lambda: list(TASK_NAMES))
    languages: list[str] = Field(default_factory=lambda: ["ru", "kk"],
                                 description="instruction languages")
    cross_lingual: bool = Field(default=True, description="add kk->ru / ru->kk pairs")
    min_keywords: int = Field(default=3, ge=0, description="density: distinct medical keywords")
    min_keyword_share: float = Field(default=0.03, ge=0, le=1,
                                     description="density: keyword characters / all characters")
    min_answer_chars: int = Field(default=20, ge=0, description="shorter answers are dropped")
    near_dup_threshold: float = Field(default=0.9, gt=0, le=1,
                                      description="shingle Jaccard at which dialogues are dups")
    near_dup_shingle: int = Field(default=5, ge=2)
    document_dup_threshold: float | None = Field(
        default=0.9, gt=0, le=1, description="estimated Jaccard at which two documents of any "
        "patients and centers are copies (the same letter filed twice): the later copy is "
        "dropped before fields and dialogues; null = keep every document")
    near_dup_perm: int = Field(default=32, ge=8)
    mix: dict[str, float] | None = Field(default=None, description="kk/ru/mixed ratios for "
                                         "dialogues/train_mix.jsonl, e.g. {kk: 1, ru: 1}")
    mix_size: int | None = Field(default=None, ge=1, description="mix size; default: largest")

    @field_validator("split")
    @classmethod
    def _ratios(cls, value: tuple[float, float, float]) -> tuple[float, float, float]:
        if any(r < 0 for r in value) or not math.isclose(sum(value), 1.0, abs_tol=1e-6):
            raise ValueError(f"expected 3 non-negative shares summing to 1, got {list(value)}")
        return value

    @field_validator("tasks")
    @classmethod
    def _tasks(cls, value: list[str]) -> list[str]:
        unknown = [t for t in value if t not in TASK_NAMES]
        if unknown or not value:
            raise ValueError(f"unknown or no tasks {unknown}; choose from {list(TASK_NAMES)}")
        return list(dict.fromkeys(value))

    @field_validator("languages")
    @classmethod
    def _languages(cls, value: list[str]) -> list[str]:
        if not value or any(v not in ("ru", "kk") for v in value):
            raise ValueError(f"expected a non-empty subset of [ru, kk], got {value}")
        return list(dict.fromkeys(value))

    @field_validator("mix")
    @classmethod
    def _mix(cls, value: dict[str, float] | None) -> dict[str, float] | None:
        if value is None:
            return value
        bad_key = any(k not in ("ru", "kk", "mixed") for k in value)
        if bad_key or any(v < 0 for v in value.values()) or sum(value.values()) <= 0:
            raise ValueError(f"expected ratios over ru/kk/mixed, non-negative, positive sum; "
                             f"got {value}")
        return value
