"""Config sections for the eval and report stages (`job.eval`, `job.report`).

They subclass `medadapt.section.Section`, so unknown keys are errors and every value is
validated before a model is loaded: a typo in a template costs a second, not an hour.
"""

from __future__ import annotations

import re
import string
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, field_validator

from medadapt.records import Precision
from medadapt.section import Section

EvalMode = Literal["letter", "generate", "options"]
PromptLanguage = Literal["ru", "kk", "en", "auto"]
KAZMMLU_ID = "MBZUAI/KazMMLU"
KAZMMLU_MEDICINE_RU = "Medicine (Professional & University in rus)"
BASE_VARIANT = "base"
INDOMAIN_TASK_NAMES = ("icd10", "terminology", "extraction", "rehabilitation")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


TEMPLATE_FIELDS = {"question", "options", "letters"}


def check_template(template: str) -> None:
    """A custom template must name {question} and {options} and nothing unknown."""
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    except ValueError as err:
        raise ValueError(f"prompt_template: not a valid format string ({err}); "
                         "write literal braces as {{ and }}") from None
    unknown, missing = names - TEMPLATE_FIELDS, {"question", "options"} - names
    if unknown or missing:
        raise ValueError(f"prompt_template: needs {{question}} and {{options}}, may use "
                         f"{{letters}}; missing {sorted(missing)}, unknown {sorted(unknown)}")


class WandbSettings(Section):
    """W&B logging; offline by default so nothing leaves the machine unless asked."""

    mode: Literal["offline", "online", "disabled"] = "offline"
    project: str = "medadapt"
    entity: str | None = None


class AdapterSpec(Section):
    """One LoRA adapter to score on top of the base model."""

    name: str = Field(description="variant name in outputs and reports (not 'base')")
    path: str = Field(description="PEFT adapter directory (adapter_config.json inside)")

    @field_validator("name")
    @classmethod
    def _plain_name(cls, value: str) -> str:
        if not _NAME.match(value) or value == BASE_VARIANT:
            raise ValueError(f"adapter name {value!r} must be a plain name other than 'base'")
        return value


class EvalConfig(Section):
    """KazMMLU-format multiple-choice evaluation of a base model and its LoRA adapters."""

    model: str = Field(default="tiny", description="'tiny', a hub id or a local model folder")
    model_name: str | None = Field(default=None, description="display name; default: "
                                   "the model folder/hub name")
    cache_dir: Path | None = Field(default=None, description="where 'tiny' is built")
    adapters: list[AdapterSpec] = Field(
        default_factory=list, description="[{name, path}] or {name: path}; empty in a job "
        "with a train stage = the train stage's adapter")
    include_base: bool = Field(default=True, description="also score the base model "
                               "(adapters disabled) as variant 'base'")
    items: str = Field(default=KAZMMLU_ID, description="CSV/JSONL/Parquet file, a hub "
                       "dataset id, or 'synth' (generated orthopedic items)")
    subset: str | None = Field(default=KAZMMLU_MEDICINE_RU, description="hub config name")
    split: str = Field(default="test", description="hub split")
    limit: int | None = Field(default=None, ge=1, description="score only the first N items")
    synth_items: int = Field(default=60, ge=1, description="items when items='synth'")
    synth_seed: int = 0
    mode: EvalMode = Field(default="letter", description="letter: one forward pass, best "
                           "option letter; generate: greedy + strict parsing; options: "
                           "log-likelihood of each option text (lm-eval parity)")
    prompt_language: PromptLanguage = Field(default="ru", description="instruction "
                                            "language; auto = each item's language")
    prompt_template: str | None = Field(default=None, description="custom template with "
                                        "{question} and {options} (and optional {letters})")
    chat_template: bool = Field(default=True, description="wrap the prompt in the "
                                "tokenizer's chat template (letter/generate) when it has one")
    max_new_tokens: int = Field(default=8, ge=1, le=256)
    max_length: int = Field(default=4096, ge=16, description="longer prompts: left-truncated")
    batch_size: int = Field(default=16, ge=1)
    actors: int = Field(default=1, ge=1, description="model replicas (one per GPU/worker)")
    gpus_per_actor: float = Field(default=0.0, ge=0, description="0 = run on CPU")
    cpus_per_actor: float = Field(default=1.0, gt=0)
    dtype: Precision = Field(default="auto", description="auto: bf16 on CUDA, fp32 on CPU "
                             "(the train rule; fp16 is not offered)")
    bootstrap_resamples: int = Field(default=1000, ge=10)
    seed: int = Field(default=0, description="bootstrap seed")
    ci_level: float = Field(default=0.95, gt=0, lt=1)
    baseline: str = Field(default=BASE_VARIANT, description="variant the others are "
                          "compared with (paired bootstrap + McNemar)")
    tasks: list[str] = Field(default_factory=lambda: list(INDOMAIN_TASK_NAMES),
                             description="in-domain tasks scored on task_data: icd10, "
                             "terminology, extraction, rehabilitation")
    task_data: list[str] = Field(default_factory=list, description="dialogue JSONL files for "
                                 "the in-domain tasks; empty in a job with a corpus stage = "
                                 "its test split; empty otherwise = no in-domain tasks")
    task_limit: int | None = Field(default=None, ge=1, description="items per in-domain task")
    wandb: WandbSettings = Field(default_factory=lambda: WandbSettings(mode="disabled"))

    @field_validator("tasks")
    @classmethod
    def _known_tasks(cls, value: list[str]) -> list[str]:
        unknown = sorted(set(value) - set(INDOMAIN_TASK_NAMES))
        if unknown:
            raise ValueError(f"unknown in-domain tasks {unknown}; known: "
                             f"{list(INDOMAIN_TASK_NAMES)}")
        return value

    @field_validator("dtype", mode="before")
    @classmethod
    def _torch_dtype_names(cls, value: Any) -> Any:
        """Accept torch's names too (`bfloat16`, `float32`), as lm-eval users write them."""
        return {"bfloat16": "bf16", "float32": "fp32"}.get(value, value)

    @field_validator("adapters", mode="before")
    @classmethod
    def _adapters_from_mapping(cls, value: Any) -> Any:
        """Accept `{name: path}` (short YAML) as well as `[{name, path}]`."""
        if isinstance(value, dict):
            return [{"name": str(k), "path": str(v)} for k, v in value.items()]
        return value

    @field_validator("adapters")
    @classmethod
    def _unique_names(cls, value: list[AdapterSpec]) -> list[AdapterSpec]:
        names = [a.name for a in value]
        if len(set(names)) != len(names):
            raise ValueError(f"adapter names repeat: {names}")
        return value

    @field_validator("prompt_template")
    @classmethod
    def _template_fields(cls, value: str | None) -> str | None:
        if value is not None:
            check_template(value)
        return value

    def variant_names(self) -> list[str]:
        return ([BASE_VARIANT] if self.include_base else []) + [a.name for a in self.adapters]


class ReportConfig(Section):
    """Table-2-style report over one or more eval outputs."""

    runs: list[Path] = Field(default_factory=list, description="eval output folders; in a "
                             "job the eval stage's folder is always included")
    title: str = "KazMMLU medicine: baseline vs fine-tuned"
    train_runs: list[Path] = Field(default_factory=list, description="train output folders "
                                   "for learning curves; in a job the train stage's folder "
                                   "is always included")
    figures: bool = Field(default=True, description="write PNG figures")
    wandb: WandbSettings = Field(default_factory=WandbSettings)
