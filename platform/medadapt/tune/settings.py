"""The `tune` section of a job: the LoRA hyperparameter search (Ray Tune + ASHA).

Pure pydantic, no Ray: the space, the scheduler and the budget are validated before any
trial starts. Keys of `space` are dotted `train` keys (`lora.r`, `lr`, ...) so a sampled
trial is the job's `train` section with those keys replaced; `mix` samples a kk:ru ratio
for the training dialogues.
"""

from __future__ import annotations

import copy
from typing import Any, Literal

from pydantic import Field, ValidationError, field_validator, model_validator

from medadapt.errors import ConfigError
from medadapt.section import Section, section_at
from medadapt.train.settings import TrainConfig

KINDS = ("grid", "choice", "uniform", "loguniform")
MIX_KEY = "mix"


class Distribution(Section):
    """Exactly one of grid / choice (lists of values) or uniform / loguniform ([lo, hi])."""

    grid: list[Any] | None = None
    choice: list[Any] | None = None
    uniform: tuple[float, float] | None = None
    loguniform: tuple[float, float] | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> Distribution:
        given = [kind for kind in KINDS if getattr(self, kind) is not None]
        if len(given) != 1:
            raise ValueError(f"give exactly one of {', '.join(KINDS)}; got {given or 'none'}")
        values = self.values
        if isinstance(values, list) and not values:
            raise ValueError(f"{self.kind}: expected at least one value")
        if isinstance(values, tuple):
            low, high = values
            if not low < high or (self.kind == "loguniform" and low <= 0):
                raise ValueError(f"{self.kind}: expected 0 < lo < hi (log) or lo < hi, "
                                 f"got [{low}, {high}]")
        return self

    @property
    def kind(self) -> str:
        return next(kind for kind in KINDS if getattr(self, kind) is not None)

    @property
    def values(self) -> list[Any] | tuple[float, float]:
        return getattr(self, self.kind)


class TrialResources(Section):
    """What one trial's training workers request (applied to `train.ray` per trial)."""

    cpus: float = Field(default=1, gt=0, description="CPUs per training worker")
    gpus: float = Field(default=0, ge=0, description="GPUs per training worker (0 = CPU)")
    workers: int = Field(default=1, ge=1, description="training workers per trial")


class ObjectiveSettings(Section):
    """What `val_objective` weighs: in-domain task scores on the held-out val dialogues and
    KazMMLU-format accuracy on the val items; a trial whose general accuracy falls more
    than `max_general_drop_pp` below the base model's scores `infeasible_value`."""

    indomain: float = Field(default=0.0, ge=0, description="weight of the mean in-domain "
                            "score (tasks below) on the val split's dialogues")
    general: float = Field(default=1.0, ge=0, description="weight of val_accuracy")
    tasks: list[str] = Field(default_factory=lambda: ["icd10"], description="in-domain "
                             "tasks averaged (icd10, terminology, extraction, rehabilitation)")
    task_limit: int | None = Field(default=None, ge=1, description="val items per task")
    max_general_drop_pp: float | None = Field(default=None, ge=0, description="constraint: "
                                              "general accuracy may drop at most this many "
                                              "points below the base model's")
    infeasible_value: float = -1.0

    @model_validator(mode="after")
    def _some_weight(self) -> ObjectiveSettings:
        if self.indomain == 0 and self.general == 0:
            raise ValueError("give indomain or general a positive weight")
        unknown = sorted(set(self.tasks) - {"icd10", "terminology", "extraction",
                                            "rehabilitation"})
        if unknown:
            raise ValueError(f"tasks: unknown {unknown}; known: icd10, terminology, "
                             "extraction, rehabilitation")
        return self

    def describe(self) -> str:
        """The objective in words, for the summary."""
        parts = []
        if self.indomain:
            parts.append(f"{self.indomain:g} x mean in-domain score ({', '.join(self.tasks)}) "
                         "on the val dialogues")
        if self.general:
            parts.append(f"{self.general:g} x KazMMLU-format val accuracy")
        text = " + ".join(parts)
        if self.max_general_drop_pp is not None:
            text += (f", subject to a general-accuracy drop <= {self.max_general_drop_pp:g} pp "
                     f"vs the base model (else {self.infeasible_value:g})")
        return text


class TuneConfig(Section):
    """Parallel LoRA search: space, searcher, ASHA on eval loss, objective on MC accuracy."""

    space: dict[str, Distribution] = Field(
        default_factory=lambda: {"lora.r": Distribution(grid=[8, 16]),
                                 "lr": Distribution(grid=[1e-4, 2e-4])},
        description="dotted train keys (lora.r, lora.alpha, lora.dropout, lr, "
                    "lora.target_modules, epochs ...) or 'mix' -> distribution")
    searcher: Literal["grid", "random", "optuna"] = Field(
        default="grid", description="grid: every grid combination; random: num_samples "
        "independent draws; optuna: num_samples draws, each guided by the finished trials' "
        "objective (TPE)")
    num_samples: int = Field(default=1, ge=1, description="repeats of the grid; draws of "
                             "random / optuna")
    max_concurrent_trials: int = Field(default=2, ge=1)
    scheduler: Literal["asha", "none"] = "asha"
    grace_period: int = Field(default=4, ge=1, description="ASHA: steps before a first cut")
    reduction_factor: float = Field(default=2, gt=1, description="ASHA: keep 1/rf per rung")
    max_t: int | None = Field(default=None, ge=1, description="steps per trial (sets "
                              "train.max_steps); default: train.max_steps")
    report_every_steps: int | None = Field(
        default=None, ge=1, description="eval + checkpoint + report cadence; "
        "default: grace_period (so every ASHA rung sees a result)")
    metric: str = Field(default="val_accuracy", description="objective to pick the best "
                        "trial: val_accuracy, val_objective (see objective), val_indomain, "
                        "val_<task>")
    objective: ObjectiveSettings = Field(default_factory=ObjectiveSettings,
                                         description="what val_objective weighs")
    mode: Literal["max", "min"] = "max"
    rung_metric: str = Field(default="eval_loss", description="ASHA's metric "
                             "(token-mean eval loss)")
    rung_mode: Literal["max", "min"] = "min"
    resources: TrialResources = Field(default_factory=TrialResources)
    max_failures: int = Field(default=1, ge=-1, description="retries per failed trial")
    storage_path: str | None = Field(default=None, description="default: <stage dir>/ray")
    name: str | None = Field(default=None, description="experiment name; same name = resume. "
                             "Default: <job name>-tune")
    val_items: str = Field(default="synth", description="KazMMLU-format item file, or "
                           "'synth' for generated items")
    val_count: int = Field(default=40, ge=1, description="items used (synth: generated)")
    mix_size: int | None = Field(default=None, ge=1, description="dialogues in a sampled mix; "
                                 "default: as many as the ratios allow")
    seed: int = 0

    @field_validator("space")
    @classmethod
    def _known_keys(cls, space: dict[str, Distribution]) -> dict[str, Distribution]:
        if not space:
            raise ValueError("expected at least one hyperparameter")
        for key in space:
            *parents, leaf = key.split(".")
            parent = section_at(TrainConfig, parents)
            if key != MIX_KEY and (parent is None or leaf not in parent.model_fields):
                raise ValueError(f"{key!r} is not a train key (e.g. lora.r, lr, epochs) "
                                 f"nor '{MIX_KEY}'")
        if MIX_KEY in space and space[MIX_KEY].kind not in ("grid", "choice"):
            raise ValueError("mix: use grid or choice over {kk: .., ru: ..} ratio mappings")
        return space

    @model_validator(mode="after")
    def _grid_needs_lists(self) -> TuneConfig:
        if self.searcher == "grid":
            ranged = [k for k, d in self.space.items() if d.kind in ("uniform", "loguniform")]
            if ranged:
                raise ValueError(f"searcher=grid cannot enumerate ranges {ranged}; use grid "
                                 "values or searcher=random")
        return self

    def report_steps(self) -> int:
        return self.report_every_steps or self.grace_period

    def check_against(self, train: TrainConfig) -> None:
        """Everything about the search that depends on the job's train section: every listed
        value makes a valid train section, and ASHA has a step budget. The job config calls
        this when it composes the sections, so a bad search never starts a half-run."""
        _check_search(self, train)


def apply_point(train: TrainConfig, point: dict[str, Any]) -> TrainConfig:
    """A copy of `train` with each sampled dotted key set (validated as a whole)."""
    data = train.model_dump(mode="json")
    for key, value in point.items():
        if key == MIX_KEY:
            continue
        node = data
        *parents, leaf = key.split(".")
        for part in parents:
            node = node[part]
        node[leaf] = copy.deepcopy(value)
    return TrainConfig.model_validate(data)


def _check_space(cfg: TuneConfig, train: TrainConfig) -> None:
    """Fail before any trial starts if a listed value would make an invalid train config."""
    for key, dist in cfg.space.items():
        if key == MIX_KEY:
            for ratios in dist.values:
                if not isinstance(ratios, dict) or not ratios or \
                        any(float(v) < 0 for v in ratios.values()):
                    raise ConfigError(f"tune.space.mix: {ratios!r} is not a language->ratio "
                                      "mapping such as {kk: 0.5, ru: 0.5}")
            continue
        values = dist.values if isinstance(dist.values, list) else list(dist.values)
        for value in values:
            try:
                apply_point(train, {key: value})
            except ValidationError as err:
                first = err.errors()[0]
                raise ConfigError(f"tune.space.{key}: value {value!r} is invalid for "
                                  f"train.{key} ({first['msg']})") from None


def _check_search(cfg: TuneConfig, train: TrainConfig) -> None:
    _check_space(cfg, train)
    if cfg.scheduler == "asha" and (cfg.max_t or train.max_steps) is None:
        raise ConfigError("tune.max_t: required for ASHA when train.max_steps is unset "
                          "(steps per trial, e.g. tune.max_t=200)")
