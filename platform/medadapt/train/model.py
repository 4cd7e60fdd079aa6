"""Backbone + adapter: load any HF causal LM (Gemma-3's multimodal wrapper included), wrap it
in LoRA / DoRA / QLoRA, save the adapter (gathered under ZeRO-3), re-load-check it, merge.

Every saved adapter is re-loaded and compared (non-zero lora_B, same logits), because
adapters saved under ZeRO-3 can come out empty without any error.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from medadapt.backbone import load_tokenizer, resolve_dtype, resolve_model_path
from medadapt.train.settings import LoraSettings, TrainConfig

log = logging.getLogger(__name__)
ALL_LINEAR = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]


class AdapterCheckError(RuntimeError):
    """A saved adapter does not reproduce the trained model; do not ship it."""


@dataclass
class Backbone:
    model: torch.nn.Module
    tokenizer: Any
    multimodal: bool  # Gemma-3 style wrapper: wants token_type_ids, eager attention


def model_path(cfg: TrainConfig) -> str:
    return resolve_model_path(cfg.model, cfg.cache_dir)


def is_multimodal(path: str) -> bool:
    from transformers import AutoConfig

    return getattr(AutoConfig.from_pretrained(path), "vision_config", None) is not None


def load_base(path: str, dtype: torch.dtype, quantize: bool, attn: str | None,
              device: torch.device) -> torch.nn.Module:
    """The backbone in `dtype` (4-bit NF4 weights when `quantize`) on `device`."""
    from transformers import AutoModelForCausalLM, BitsAndBytesConfig

    multimodal = is_multimodal(path)
    if multimodal and attn not in (None, "eager"):
        log.warning("attn_implementation=%s on a Gemma-3-style multimodal model: its "
                    "documented setting is eager", attn)
    kwargs: dict[str, Any] = {"dtype": dtype,
                              "attn_implementation": attn or ("eager" if multimodal else "sdpa")}
    if quantize:
        kwargs["quantization_config"] = BitsAndBytesConfig(
            load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_use_double_quant=True,
            bnb_4bit_compute_dtype=dtype)
        kwargs["device_map"] = {"": device}
    model = AutoModelForCausalLM.from_pretrained(path, **kwargs)
    return model if quantize else model.to(device)


def lora_targets(lora: LoraSettings, multimodal: bool) -> list[str] | str:
    """Module names to adapt; for multimodal wrappers only the language model's layers."""
    names = ALL_LINEAR if lora.target_modules == "all-linear" else list(lora.target_modules)
    if lora.target_modules == "all-linear" and not multimodal:
        return "all-linear"
    if multimodal:
        return r".*language_model.*\.(" + "|".join(names) + r")$"
    return names


def build_model(cfg: TrainConfig, device: torch.device, dtype: torch.dtype) -> Backbone:
    """Backbone + fresh adapter, gradient checkpointing non-reentrant (else LoRA won't train)."""
    from peft import LoraConfig, get_peft_model, prepare_model_for_kbit_training

    path = model_path(cfg)
    multimodal = is_multimodal(path)
    quantize = cfg.quantization == "4bit"
    model = load_base(path, dtype, quantize, cfg.attn_implementation, device)
    ckpt_kwargs = {"use_reentrant": False}
    if quantize:
        model = prepare_model_for_kbit_training(
            model, use_gradient_checkpointing=cfg.gradient_checkpointing,
            gradient_checkpointing_kwargs=ckpt_kwargs)
    elif cfg.gradient_checkpointing:
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs=ckpt_kwargs)
        model.enable_input_require_grads()
    model.config.use_cache = False
    lora = LoraConfig(
        r=cfg.lora.r, lora_alpha=cfg.lora.alpha, lora_dropout=cfg.lora.dropout,
        target_modules=lora_targets(cfg.lora, multimodal), use_dora=cfg.lora.use_dora,
        bias="none", task_type="CAUSAL_LM")
    model = get_peft_model(model, lora)
    if cfg.compile:
        compile_layers(model)
    return Backbone(model, load_tokenizer(path), multimodal)


def compile_layers(model: torch.nn.Module) -> int:
    """torch.compile each decoder layer in place; returns how many were compiled.

    Per layer (as torchtune does): the layers share one graph, so it compiles once, and
    gradient checkpointing stays outside the compiled region. `Module.compile` keeps
    parameter names, so adapters save and re-load as without it. A model without
    `*DecoderLayer` modules is compiled whole."""
    layers = [m for m in model.modules() if type(m).__name__.endswith("DecoderLayer")]
    for layer in layers:
        layer.compile()
    if not layers:
        model.compile()
    return len(layers)


def adapter_state(model: torch.nn.Module, zero3: bool) -> dict[str, torch.Tensor]:
    """Trainable (adapter) tensors on CPU; under ZeRO-3 gathered from all ranks first.
    Every rank must call this (the gather is a collective)."""
    params = [(n, p) for n, p in model.named_parameters() if p.requires_grad]
    if zero3:
        import deepspeed

        with deepspeed.zero.GatheredParameters([p for _, p in params], modifier_rank=None):
            return {n: p.detach().to("cpu", copy=True) for n, p in params}
    return {n: p.detach().to("cpu", copy=True) for n, p in params}


def save_adapter(model: torch.nn.Module, state: dict[str, torch.Tensor], out_dir: Path) -> Path:
    """PEFT-format adapter (adapter_config.json + adapter_model.safetensors)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(out_dir), state_dict=state)
    return out_dir


def load_with_adapter(cfg: TrainConfig, adapter_dir: Path, dtype: torch.dtype,
                      device: torch.device) -> torch.nn.Module:
    """A fresh backbone with the saved adapter, as users will load it."""
    from peft import PeftModel

    path = model_path(cfg)
    base = load_base(path, dtype, cfg.quantization == "4bit", cfg.attn_implementation, device)
    return PeftModel.from_pretrained(base, str(adapter_dir)).eval()


def lora_b_norm(state: dict[str, torch.Tensor]) -> float:
    norms = [t.float().norm() for n, t in state.items() if "lora_B" in n]
    return float(torch.stack(norms).norm()) if norms else 0.0


def check_adapter(cfg: TrainConfig, adapter_dir: Path, probe: dict[str, torch.Tensor],
                  reference: torch.Tensor, dtype: torch.dtype, device: torch.device) -> dict:
    """Re-load the saved adapter; fail unless lora_B is non-zero and logits match."""
    from safetensors.torch import load_file

    state = load_file(str(adapter_dir / "adapter_model.safetensors"))
    norm = lora_b_norm(state)
    if norm == 0.0:
        raise AdapterCheckError(f"{adapter_dir}: every lora_B is zero (empty adapter; under "
                                "ZeRO-3 set train.deepspeed.stage=2)")
    reloaded = load_with_adapter(cfg, adapter_dir, dtype, device)
    with torch.no_grad():
        logits = reloaded(**{k: v.to(device) for k, v in probe.items()}).logits.float().cpu()
    diff = float((logits - reference.float()).abs().max())
    tol = 1e-3 if dtype == torch.float32 else 5e-2
    if diff > tol:
        raise AdapterCheckError(f"{adapter_dir}: reloaded logits differ by {diff:.3g} "
                                f"(> {tol}); the saved adapter is not what was trained")
    return {"adapter_lora_b_norm": norm, "adapter_reload_max_abs_diff": diff}


def merge_adapter(cfg: TrainConfig, adapter_dir: Path, out_dir: Path) -> Path:
    """Base (full precision, never 4-bit) + adapter merged into plain weights + tokenizer."""
    from peft import PeftModel

    path = model_path(cfg)
    dtype = resolve_dtype(cfg.precision, torch.cuda.is_available())
    base = load_base(path, dtype, False, cfg.attn_implementation, torch.device("cpu"))
    merged = PeftModel.from_pretrained(base, str(adapter_dir)).merge_and_unload()
    out_dir.mkdir(parents=True, exist_ok=True)
    merged.save_pretrained(str(out_dir))
    load_tokenizer(path).save_pretrained(str(out_dir))
    return out_dir
