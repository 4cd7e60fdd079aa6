"""Backbone handling: Gemma-3's multimodal wrapper (MedGemma) trains through the same loop."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from medadapt.train.launch import train_model
from medadapt.train.model import is_multimodal, load_with_adapter, lora_targets
from medadapt.train.settings import LoraSettings, TrainConfig
from medadapt.train.toy import toy_dialogues, write_jsonl


@pytest.fixture(scope="module")
def tiny_gemma3(tmp_path_factory, tiny_model_dir) -> Path:
    """A randomly initialised Gemma3ForConditionalGeneration (text + SigLIP vision tower)."""
    from transformers import AutoModelForCausalLM, AutoTokenizer, Gemma3Config

    tokenizer = AutoTokenizer.from_pretrained(tiny_model_dir)
    config = Gemma3Config(
        text_config={"vocab_size": len(tokenizer), "hidden_size": 64, "intermediate_size": 128,
                     "num_hidden_layers": 2, "num_attention_heads": 4, "num_key_value_heads": 2,
                     "head_dim": 16, "sliding_window": 32, "pad_token_id": tokenizer.pad_token_id,
                     "eos_token_id": tokenizer.eos_token_id, "bos_token_id": None},
        vision_config={"hidden_size": 32, "intermediate_size": 64, "num_hidden_layers": 1,
                       "num_attention_heads": 2, "image_size": 28, "patch_size": 14},
        mm_tokens_per_image=4, image_token_index=3, boi_token_index=1, eoi_token_index=2)
    out = tmp_path_factory.mktemp("tiny-gemma3")
    torch.manual_seed(0)
    AutoModelForCausalLM.from_config(config).save_pretrained(out)
    tokenizer.save_pretrained(out)
    return out


def test_gemma3_wrapper_trains_language_model_only(tmp_path, tiny_gemma3):
    assert is_multimodal(str(tiny_gemma3))
    train = write_jsonl(toy_dialogues(16), tmp_path / "train.jsonl")
    cfg = TrainConfig(model=str(tiny_gemma3), global_batch=4, micro_batch=2, max_length=128,
                      max_steps=2, lr=1e-2, wandb={"mode": "disabled"})
    summary = train_model(cfg, [str(train)], [], tmp_path / "out", "gemma", use_ray=False)
    assert summary["step"] == 2 and torch.isfinite(torch.tensor(summary["loss"]))
    assert summary["loss"] > 0  # fp16 would give Gemma-3 a zero loss; fp32 here
    model = load_with_adapter(cfg, tmp_path / "out" / "adapter", torch.float32,
                              torch.device("cpu"))
    adapted = {n for n, _ in model.named_modules() if n.endswith("q_proj.lora_A")}
    assert adapted and all("language_model" in n for n in adapted)
    assert type(model.base_model.model).__name__ == "Gemma3ForConditionalGeneration"
    assert model.base_model.model.config.text_config._attn_implementation == "eager"


@pytest.mark.parametrize(("targets", "multimodal", "expected"), [
    (["q_proj", "v_proj"], False, ["q_proj", "v_proj"]),
    ("all-linear", False, "all-linear"),
    (["q_proj"], True, r".*language_model.*\.(q_proj)$"),
])
def test_lora_targets(targets, multimodal, expected):
    assert lora_targets(LoraSettings(target_modules=targets), multimodal) == expected
