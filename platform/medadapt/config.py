"""The job config: composes each package's settings section into one `JobConfig`, parses the
YAML and `a.b=v` overrides, and validates everything before any work.

A job file names the stages it runs and holds one typed section per stage. Validation
happens up front so that a typo in the last stage's section cannot waste the first stage's
hours. Errors name the file, the dotted key path, and what was expected.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Literal, TypeVar

import yaml
from pydantic import BaseModel, Field, ValidationError, field_validator, model_validator

from medadapt.corpus.settings import CorpusConfig
from medadapt.deid.settings import DeidConfig
from medadapt.errors import ConfigError
from medadapt.evaluate.settings import EvalConfig, ReportConfig
from medadapt.ingest.settings import IngestConfig
from medadapt.review.settings import ReviewConfig
from medadapt.section import Section, section_at
from medadapt.synth.settings import SynthConfig
from medadapt.train.settings import TrainConfig
from medadapt.tune.settings import TuneConfig

__all__ = ["STAGE_ORDER", "JobConfig", "apply_overrides", "load_job", "parse_override",
           "validate_job", "validate_section"]

STAGE_ORDER: tuple[str, ...] = ("synth", "ingest", "review", "corpus", "train", "tune", "eval",
                                 "report")
# Config sections each stage's outputs depend on (default: the section named after it).
STAGE_SECTIONS: dict[str, tuple[str, ...]] = {"ingest": ("ingest", "deid")}

StageName = Literal["synth", "ingest", "review", "corpus", "train", "tune", "eval", "report"]


S = TypeVar("S", bound=BaseModel)


class JobConfig(Section):
    """One experiment: which stages run, where outputs go, and each stage's settings."""

    name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$", description="job name")
    output_dir: Path = Field(description="every stage writes under output_dir/<stage>")
    stages: list[StageName] = Field(min_length=1)
    synth: SynthConfig = Field(default_factory=SynthConfig)
    ingest: IngestConfig = Field(default_factory=IngestConfig)
    deid: DeidConfig = Field(default_factory=DeidConfig)
    review: ReviewConfig = Field(default_factory=ReviewConfig)
    corpus: CorpusConfig = Field(default_factory=CorpusConfig)
    train: TrainConfig = Field(default_factory=TrainConfig)
    tune: TuneConfig = Field(default_factory=TuneConfig)
    eval: EvalConfig = Field(default_factory=EvalConfig)
    report: ReportConfig = Field(default_factory=ReportConfig)

    @field_validator("stages")
    @classmethod
    def _ordered_unique(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError(f"stages repeat: {value}")
        ordered = sorted(value, key=STAGE_ORDER.index)
        if ordered != value:
            raise ValueError(f"stages must run in pipeline order {ordered}, got {value}")
        return value

    @model_validator(mode="after")
    def _absolute_output(self) -> JobConfig:
        # Resolve once, in the process that runs the job, so workers see the same path.
        object.__setattr__(self, "output_dir", self.output_dir.expanduser().resolve())
        return self

    @model_validator(mode="after")
    def _tune_fits_train(self) -> JobConfig:
        """A search's values must make valid train sections: checked before any stage runs."""
        if "tune" in self.stages:
            try:
                self.tune.check_against(self.train)
            except ConfigError as err:
                raise ValueError(str(err)) from None
        return self

    def stage_dir(self, stage: str) -> Path:
        return self.output_dir / stage

    def section_fingerprint(self, stage: str) -> str:
        """Hash of one stage's settings; a changed section means the stage must run again."""
        payload = {}
        for name in STAGE_SECTIONS.get(stage, (stage,)):
            section = getattr(self, name, None)
            if isinstance(section, BaseModel):
                payload[name] = section.model_dump(mode="json")
        blob = json.dumps({"stage": stage, "sections": payload}, sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()

    def to_yaml(self) -> str:
        return yaml.safe_dump(self.model_dump(mode="json"), sort_keys=False, allow_unicode=True)


def parse_override(text: str) -> tuple[list[str], Any]:
    """`a.b=v` -> (["a", "b"], v); v is parsed as YAML, so `3`, `true`, `[ru, kk]` are typed."""
    key, sep, raw = text.partition("=")
    if not sep or not key or any(not part for part in key.split(".")):
        raise ConfigError(f"override {text!r}: expected KEY.PATH=VALUE, e.g. synth.patients=4")
    try:
        value = yaml.safe_load(raw) if raw.strip() else ""
    except yaml.YAMLError as err:
        raise ConfigError(f"override {text!r}: value is not valid YAML ({err})") from err
    return key.split("."), value


def apply_overrides(raw: dict[str, Any], overrides: list[str]) -> dict[str, Any]:
    """Set each dotted key in a copy of the raw mapping; creates missing sections."""
    result = json.loads(json.dumps(raw, default=str))
    for text in overrides:
        path, value = parse_override(text)
        node = result
        for depth, part in enumerate(path[:-1]):
            child = node.setdefault(part, {})
            if not isinstance(child, dict):
                where = ".".join(path[: depth + 1])
                raise ConfigError(f"override {text!r}: {where} is a value, not a section")
            node = child
        node[path[-1]] = value
    return result


def _describe_error(error: dict[str, Any], model: type[BaseModel]) -> str:
    path = ".".join(str(part) for part in error["loc"]) or "(top level)"
    kind = error["type"]
    if kind == "extra_forbidden":
        parent = section_at(model, error["loc"][:-1])
        allowed = ", ".join(parent.model_fields) if parent else "see the docs"
        return f"{path}: unknown key (allowed here: {allowed})"
    if kind == "missing":
        return f"{path}: required key is missing"
    if kind == "value_error" and not error["loc"]:  # a whole-job check names its own keys
        return error["msg"].removeprefix("Value error, ")
    got = error.get("input")
    shown = repr(got) if len(repr(got)) < 80 else type(got).__name__
    return f"{path}: {error['msg']} (got {shown})"


def validate_section(model: type[S], raw: Any, source: str) -> S:
    """Validate a raw mapping; raise ConfigError listing every problem with its key path."""
    if not isinstance(raw, dict):
        raise ConfigError(f"{source}: expected a mapping of keys, got {type(raw).__name__}")
    try:
        return model.model_validate(raw)
    except ValidationError as err:
        lines = [_describe_error(e, model) for e in err.errors()]
        raise ConfigError(f"{source}: invalid config\n  " + "\n  ".join(lines)) from None


def validate_job(raw: Any, source: str) -> JobConfig:
    return validate_section(JobConfig, raw, source)


def load_job(path: str | Path, overrides: list[str] | None = None) -> JobConfig:
    """Read a job YAML, apply overrides, validate. Nothing runs before this succeeds."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: job file not found") from None
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: cannot read job file ({err})") from None
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        problem = getattr(err, "problem", None) or str(err)
        raise ConfigError(f"{path}{where}: not valid YAML ({problem})") from None
    raw = {} if raw is None else raw
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: expected a mapping of keys, got {type(raw).__name__}")
    return validate_job(apply_overrides(raw, overrides or []), str(path))
