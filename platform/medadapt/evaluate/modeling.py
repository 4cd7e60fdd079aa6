"""Load one base model with any number of LoRA adapters, and switch between them.

The base weights are loaded once per replica; PEFT keeps every adapter side by side
(`load_adapter`) and scoring picks one with `set_adapter`, or none with `disable_adapter`
for the base model, so scoring N adapters costs one load of the backbone, not N.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from medadapt.backbone import load_tokenizer, resolve_dtype, resolve_model_path
from medadapt.errors import UserError
from medadapt.evaluate.settings import BASE_VARIANT, AdapterSpec

_BASE_LOADS = [0]  # base-model loads in this process: proves adapters share one backbone


def base_load_count() -> int:
    """How many times this process has loaded a base model from disk."""
    return _BASE_LOADS[0]


class ModelLoadError(UserError):
    """A model or adapter that cannot be loaded; the message says which and why."""


def pick_device(gpus: float) -> str:
    import torch

    return "cuda" if gpus > 0 and torch.cuda.is_available() else "cpu"




@dataclass
class ScoringModel:
    """A tokenizer and a (possibly PEFT-wrapped) causal LM with named variants."""

    model: Any
    tokenizer: Any
    device: str
    variants: list[str]
    adapter_names: list[str] = field(default_factory=list)

    @contextmanager
    def use(self, variant: str) -> Iterator[None]:
        """Activate one adapter, or none for the base model, for the duration of a block."""
        if variant not in self.variants:
            raise ValueError(f"variant {variant!r} not loaded; have {self.variants}")
        if variant == BASE_VARIANT and self.adapter_names:
            with self.model.disable_adapter():
                yield
            return
        if self.adapter_names:
            self.model.set_adapter(variant)
        yield


def _check_adapter(spec: AdapterSpec) -> None:
    if not (Path(spec.path) / "adapter_config.json").exists():
        raise ModelLoadError(f"adapter {spec.name!r}: {spec.path} has no adapter_config.json; "
                             "point adapters[].path at a PEFT adapter folder")


def attach_adapters(base: Any, adapters: Sequence[AdapterSpec]) -> Any:
    """Wrap the base in PeftModel with every adapter loaded side by side (no base reload)."""
    from peft import PeftModel

    for spec in adapters:
        _check_adapter(spec)
    model = PeftModel.from_pretrained(base, adapters[0].path, adapter_name=adapters[0].name)
    for spec in adapters[1:]:
        model.load_adapter(spec.path, adapter_name=spec.name)
    return model


def load_scoring_model(model_spec: str, adapters: Sequence[AdapterSpec] = (),
                       include_base: bool = True, cache_dir: Path | None = None,
                       dtype: str = "auto", gpus: float = 0.0) -> ScoringModel:
    """Base + adapters on one device, in eval mode; variants = ['base'?] + adapter names."""
    from transformers import AutoModelForCausalLM

    path = resolve_model_path(model_spec, cache_dir)
    device = pick_device(gpus)
    try:
        tokenizer = load_tokenizer(path)
        base = AutoModelForCausalLM.from_pretrained(
            path, dtype=resolve_dtype(dtype, device == "cuda"))
        _BASE_LOADS[0] += 1
    except OSError as err:
        raise ModelLoadError(f"model {model_spec!r}: cannot load from {path} ({err}); use "
                             "'tiny', a local model folder, or a hub id already cached") from None
    model = attach_adapters(base, adapters) if adapters else base
    model.to(device).eval()
    variants = ([BASE_VARIANT] if include_base or not adapters else [])
    variants += [a.name for a in adapters]
    return ScoringModel(model=model, tokenizer=tokenizer, device=device, variants=variants,
                        adapter_names=[a.name for a in adapters])
