"""Translate the `tune.space` section into a Ray Tune search space (a sampled point goes back
into a `TrainConfig` through `tune.settings.apply_point`).

Mix ratios travel through Tune as canonical strings (`kk=0.7,ru=0.3`): a dict inside a grid
would be walked by Tune's variant generator, and a string also reads well in trials.csv.
"""

from __future__ import annotations

from typing import Any

from medadapt.tune.settings import MIX_KEY, Distribution, TuneConfig, apply_point

__all__ = ["apply_point", "mix_label", "parse_mix", "search_space"]


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
