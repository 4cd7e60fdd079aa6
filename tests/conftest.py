"""Shared test settings: nothing downloads, W&B stays offline, Ray reports no usage."""

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("WANDB_MODE", "offline")
os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory) -> Path:
    """The embedded tiny Llama + locally trained tokenizer, built once per test session."""
    from medadapt.tiny import resolve_model

    return Path(resolve_model("tiny", tmp_path_factory.mktemp("tiny-cache")))


@pytest.fixture(scope="session")
def make_adapter():
    """Builds a LoRA adapter with random non-zero lora_B, so it really changes the logits."""

    def build(model_dir: Path, out: Path, seed: int) -> Path:
        import torch
        from peft import LoraConfig, get_peft_model
        from transformers import AutoModelForCausalLM

        config = LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj"])
        model = get_peft_model(AutoModelForCausalLM.from_pretrained(model_dir), config)
        generator = torch.Generator().manual_seed(seed)
        with torch.no_grad():
            for name, param in model.named_parameters():
                if "lora_B" in name:
                    param.copy_(torch.randn(param.shape, generator=generator) * 0.5)
        model.save_pretrained(out)
        return out

    return build
