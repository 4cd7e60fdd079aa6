"""Translate the `tune.space` section into a Ray Tune search space, and a sampled point back
into a `TrainConfig`.

Mix ratios travel through Tune as canonical strings (`kk=0.7,ru=0.3`): a dict inside a grid
would be walked by Tune's variant generator, and a string also reads well in trials.csv.
"""

from __future__ import annotations

import copy
from typing import Any

from medadapt.section import ConfigError
from medadapt.train.settings import TrainConfig
from medadapt.tune.settings import MIX_KEY, Distribution, TuneConfig


def mix_label(ratios: dict[str, float]) -> str:
    return ",".join(f"{lang}={float(ratios[lang]):g}" for lang in sorted(ratios))


def parse_mix(label: str) -> dict[str, float]:
    pairs = (part.split("=") for part in label.split(","))
    return {lang: float(value) for lang, value in pairs}


def _values(key: str, dist: Distribution) -> Any:
    values = dist.values
    if key == MIX_KEY:
        return [mix_label(v) if isinstance(v, dict) else v for v in values]
    return values


def search_space(cfg: TuneConfig) -> dict[str, Any]:
    """Flat param space keyed by the dotted names (Tune flattens nested keys with '/')."""
    from ray import tune

    space: dict[str, Any] = {}
    for key, dist in cfg.space.items():
        values = _values(key, dist)
        kind = "choice" if dist.kind == "grid" and cfg.searcher != "grid" else dist.kind
        if kind == "grid":
            space[key] = tune.grid_search(values)
        elif kind == "choice":
            space[key] = tune.choice(values)
        elif kind == "uniform":
            space[key] = tune.uniform(*values)
        else:
            space[key] = tune.loguniform(*values)
    return space


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


def check_space(cfg: TuneConfig, train: TrainConfig) -> None:
    """Fail before any trial starts if a listed value would make an invalid train config."""
    from pydantic import ValidationError

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


def check_search(cfg: TuneConfig, train: TrainConfig) -> None:
    """Everything about a search that depends on the job's train section."""
    check_space(cfg, train)
    if cfg.scheduler == "asha" and (cfg.max_t or train.max_steps) is None:
        raise ConfigError("tune.max_t: required for ASHA when train.max_steps is unset "
                          "(steps per trial, e.g. tune.max_t=200)")
