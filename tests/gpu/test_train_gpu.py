"""GPU training: bf16 LoRA and QLoRA on the tiny model (skipped without CUDA)."""

from __future__ import annotations

import pytest
import torch

from medadapt.train.launch import train_model
from medadapt.train.settings import TrainConfig
from medadapt.train.toy import toy_dialogues, write_jsonl

pytestmark = [pytest.mark.gpu,
              pytest.mark.skipif(not torch.cuda.is_available(), reason="needs CUDA")]


@pytest.mark.parametrize("quantization", ["none", "4bit"])
def test_bf16_training_on_gpu(tmp_path, tiny_model_dir, quantization):
    train = write_jsonl(toy_dialogues(64), tmp_path / "train.jsonl")
    cfg = TrainConfig(model=str(tiny_model_dir), quantization=quantization, global_batch=4,
                      micro_batch=2, max_length=128, max_steps=4, lr=1e-2, packing=True,
                      wandb={"mode": "disabled"}, ray={"use_gpu": True})
    summary = train_model(cfg, [str(train)], [], tmp_path / "out", "gpu", use_ray=False)
    assert summary["step"] == 4 and summary["loss"] > 0
    assert summary["adapter_lora_b_norm"] > 0
    assert summary["adapter_reload_max_abs_diff"] < 5e-2  # bf16 tolerance
