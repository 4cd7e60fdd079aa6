"""The GPU-only paths of the train settings on the tiny model (skipped without CUDA): the
lean losses in bf16, Liger's kernel, DDP over NCCL, flash-attention-2. (torch.compile is
measured by benchmarks/gpu.py's ablations; its first compile would take most of the
tests_gpu part's time cap.)"""

from __future__ import annotations

import importlib.util

import pytest
import torch

from medadapt.train import losses
from medadapt.train.loop import train_loop
from medadapt.train.session import LocalSession
from medadapt.train.settings import TrainConfig
from medadapt.train.toy import toy_dialogues

pytestmark = [pytest.mark.gpu,
              pytest.mark.skipif(not torch.cuda.is_available(), reason="needs CUDA")]
needs_liger = pytest.mark.skipif(importlib.util.find_spec("liger_kernel") is None,
                                 reason="liger-kernel not installed")
needs_flash = pytest.mark.skipif(importlib.util.find_spec("flash_attn") is None,
                                 reason="flash-attn not installed")


@pytest.mark.parametrize("kind", ["chunked", pytest.param("liger", marks=needs_liger)])
def test_lean_loss_matches_the_full_loss_in_bf16(kind):
    gen = torch.Generator(device="cuda").manual_seed(0)
    hidden = torch.randn(2, 512, 256, device="cuda", generator=gen, dtype=torch.bfloat16)
    hidden.requires_grad_()
    weight = torch.randn(262_144, 256, device="cuda", generator=gen, dtype=torch.bfloat16)
    labels = torch.randint(0, 262_144, (2, 512), device="cuda", generator=gen)
    labels[:, :100] = losses.IGNORE
    full = torch.nn.functional.cross_entropy((hidden @ weight.t()).float()[:, :-1].flatten(0, 1),
                                             labels[:, 1:].flatten(), ignore_index=-100)
    (reference,) = torch.autograd.grad(full, hidden)
    total, count = losses.lean_loss_sum(hidden, labels, weight, kind, None)
    (grad,) = torch.autograd.grad(total / count, hidden)
    assert float(total / count) == pytest.approx(float(full), rel=1e-3)
    torch.testing.assert_close(grad.float(), reference.float(), atol=2e-3, rtol=5e-2)


@pytest.mark.parametrize("changes", [
    {"strategy": "ddp"}, {"loss": "chunked"},  # compile: measured in benchmarks/gpu.py
    pytest.param({"loss": "liger"}, marks=needs_liger),
    pytest.param({"attn_implementation": "flash_attention_2"}, marks=needs_flash),
])
def test_setting_trains_in_bf16_on_gpu(tmp_path, tiny_model_dir, changes):
    cfg = TrainConfig.model_validate({
        "model": str(tiny_model_dir), "global_batch": 4, "micro_batch": 2, "max_length": 128,
        "max_steps": 4, "lr": 1e-2, "packing": True, "precision": "bf16",
        "wandb": {"mode": "disabled"}, "ray": {"use_gpu": True}} | changes)
    session = LocalSession(tmp_path / "ray", "gpu")
    try:
        summary = train_loop(cfg, toy_dialogues(64, filler=1), toy_dialogues(4, seed=1),
                             session, "gpu", tmp_path)
    finally:
        session.close()
    final = session.reports[-1]
    assert summary["step"] == 4 and 0 < final["loss"] < 20
    assert final["adapter_lora_b_norm"] > 0 and final["adapter_reload_max_abs_diff"] < 5e-2
