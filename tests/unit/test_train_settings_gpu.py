"""The GPU-relevant train settings on CPU: attention implementation, memory-lean loss,
DDP instead of DeepSpeed, torch.compile; and the errors for what only a GPU can run."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import torch
from pydantic import ValidationError
from safetensors.torch import load_file

from medadapt.errors import ConfigError
from medadapt.train import losses
from medadapt.train.loop import train_loop
from medadapt.train.model import build_model
from medadapt.train.session import LocalSession
from medadapt.train.settings import TrainConfig, require_runtime
from medadapt.train.toy import toy_dialogues

SMALL = {"global_batch": 4, "micro_batch": 2, "max_length": 128, "max_steps": 4, "lr": 1e-2,
         "optimizer": "adamw_torch", "wandb": {"mode": "disabled"},
         "ray": {"checkpoint_every_steps": 2}}


def small(model_dir: Path, **changes) -> TrainConfig:
    return TrainConfig.model_validate({"model": str(model_dir), **SMALL, **changes})


def test_defaults_keep_the_current_behaviour():
    cfg = TrainConfig()
    assert (cfg.attn_implementation, cfg.loss, cfg.strategy, cfg.compile) == (
        None, "standard", "deepspeed", False)


@pytest.mark.parametrize(("changes", "message"), [
    ({"loss": "chunked", "deepspeed": {"stage": 3}}, "ZeRO-3 partitions"),
    ({"strategy": "ddp", "deepspeed": {"stage": 3}}, "strategy=ddp"),
    ({"strategy": "ddp", "deepspeed": {"offload": "cpu"}}, "strategy=ddp"),
    ({"loss": "fused"}, "'standard', 'chunked' or 'liger'"),
    ({"strategy": "fsdp"}, "'deepspeed' or 'ddp'"),
    ({"attn_implementation": "flash"}, "flash_attention_2"),
])
def test_invalid_combinations_are_rejected(changes, message):
    with pytest.raises(ValidationError, match=message):
        TrainConfig.model_validate(changes)


@pytest.mark.parametrize(("key", "value", "module"), [
    ("attn_implementation", "flash_attention_2", "flash_attn"),
    ("loss", "liger", "liger_kernel"),
])
def test_gpu_only_settings_name_the_key(monkeypatch, key, value, module):
    cfg = TrainConfig.model_validate({key: value})
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == module else real(name, *a))
    with pytest.raises(ConfigError, match=f"train.{key}={value}: the {module} package"):
        require_runtime(cfg, on_gpu=True)
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: object())
    with pytest.raises(ConfigError, match=f"train.{key}={value} needs a CUDA GPU"):
        require_runtime(cfg, on_gpu=False)
    require_runtime(cfg, on_gpu=True)  # installed and on a GPU: fine


def test_flash_attention_needs_bf16(monkeypatch):
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: object())
    cfg = TrainConfig(attn_implementation="flash_attention_2", precision="fp32")
    with pytest.raises(ConfigError, match="train.attn_implementation=flash_attention_2 needs bf16"):
        require_runtime(cfg, on_gpu=True)


@pytest.mark.parametrize("attn", [None, "eager", "sdpa"])
def test_attn_implementation_reaches_the_model(tiny_model_dir, attn):
    backbone = build_model(small(tiny_model_dir, attn_implementation=attn),
                           torch.device("cpu"), torch.float32)
    assert backbone.model.config._attn_implementation == (attn or "sdpa")


@pytest.mark.parametrize("softcap", [None, 30.0])
def test_chunked_cross_entropy_matches_the_full_one(monkeypatch, softcap):
    monkeypatch.setattr(losses, "CHUNK_BYTES", 4 * 97 * 7)  # 16-row chunks: several of them
    gen = torch.Generator().manual_seed(0)
    hidden = torch.randn(2, 30, 24, generator=gen, dtype=torch.float64).requires_grad_()
    weight = torch.randn(97, 24, generator=gen, dtype=torch.float64).requires_grad_()
    labels = torch.randint(0, 97, (2, 30), generator=gen)
    labels[0, :9] = losses.IGNORE
    logits = hidden @ weight.t()
    if softcap:
        logits = torch.tanh(logits / softcap) * softcap
    full = torch.nn.functional.cross_entropy(logits[:, :-1].flatten(0, 1),
                                             labels[:, 1:].flatten(), ignore_index=-100)
    reference = torch.autograd.grad(full, (hidden, weight))
    total, count = losses.lean_loss_sum(hidden, labels, weight, "chunked", softcap)
    chunked = total / count
    grads = torch.autograd.grad(chunked, (hidden, weight))
    assert count == int((labels[:, 1:] != -100).sum())
    assert float(chunked.detach()) == pytest.approx(float(full.detach()), abs=1e-5)
    for ours, theirs in zip(grads, reference, strict=True):
        torch.testing.assert_close(ours, theirs, atol=1e-7, rtol=1e-6)


def test_chunked_loss_equals_the_model_loss_and_gradients(tiny_model_dir):
    """Through the real model (tied embeddings, LoRA): same loss, same adapter gradients."""
    backbone = build_model(small(tiny_model_dir, lora={"dropout": 0.0}), torch.device("cpu"),
                           torch.float32)
    model = backbone.model
    ids = torch.randint(5, 500, (2, 40), generator=torch.Generator().manual_seed(1))
    labels = ids.clone()
    labels[:, :15] = losses.IGNORE
    tensors = {"input_ids": ids, "labels": labels}

    def loss_and_grads(kind: str) -> tuple[float, list[torch.Tensor]]:
        model.zero_grad()
        loss = losses.causal_lm_loss(model, model, dict(tensors), kind)
        loss.backward()
        return float(loss), [p.grad.clone() for p in model.parameters() if p.requires_grad]

    standard, chunked = loss_and_grads("standard"), loss_and_grads("chunked")
    assert chunked[0] == pytest.approx(standard[0], abs=1e-5)
    assert len(chunked[1]) == len(standard[1]) > 0
    for ours, theirs in zip(chunked[1], standard[1], strict=True):
        torch.testing.assert_close(ours, theirs, atol=1e-6, rtol=1e-4)


def run(cfg: TrainConfig, where: Path, rows: list[dict], evals: list[dict] = ()) -> tuple[
        list[dict], dict]:
    session = LocalSession(where / "ray", "run")
    try:
        summary = train_loop(cfg, rows, list(evals), session, "run", where)
    finally:
        session.close()
    return session.reports, summary


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return toy_dialogues(64, filler=1)


def test_chunked_loss_trains_like_the_standard_loss(tmp_path, tiny_model_dir, rows):
    evals = toy_dialogues(6, seed=1, filler=1)
    standard, _ = run(small(tiny_model_dir), tmp_path / "a", rows, evals)
    chunked, _ = run(small(tiny_model_dir, loss="chunked"), tmp_path / "b", rows, evals)
    for key in ("loss", "eval_loss"):
        assert chunked[-1][key] == pytest.approx(standard[-1][key], rel=1e-4), key


def test_ddp_strategy_matches_deepspeed_and_resumes(tmp_path, tiny_model_dir, rows):
    """Same seed, data and optimizer: DDP and DeepSpeed ZeRO-2 follow the same losses; a DDP
    run stopped after its first checkpoint resumes to the same adapter."""
    ds, _ = run(small(tiny_model_dir), tmp_path / "ds", rows)
    ddp, summary = run(small(tiny_model_dir, strategy="ddp"), tmp_path / "ddp", rows)
    assert summary["step"] == 4 and ddp[-1]["adapter_lora_b_norm"] > 0
    assert ddp[-1]["adapter_reload_max_abs_diff"] <= 1e-3
    assert [r["loss"] for r in ddp] == pytest.approx([r["loss"] for r in ds], rel=1e-4)
    assert [r["grad_norm"] for r in ddp] == pytest.approx([r["grad_norm"] for r in ds],
                                                          rel=1e-3)

    class Stop(Exception):
        pass

    class StopAfterFirst(LocalSession):
        def report(self, metrics, checkpoint):
            super().report(metrics, checkpoint)
            raise Stop

    cfg = small(tiny_model_dir, strategy="ddp")
    cut = StopAfterFirst(tmp_path / "cut" / "ray", "run")
    with pytest.raises(Stop):
        train_loop(cfg, rows, [], cut, "run", tmp_path / "cut")
    cut.close()
    resumed, summary = run(cfg, tmp_path / "cut", rows)
    assert (summary["resumed_from_step"], summary["step"]) == (2, 4)
    assert resumed[-1]["loss"] == pytest.approx(ddp[-1]["loss"], rel=1e-5)
    final = [load_file(next((tmp_path / d / "ray" / "run").glob("checkpoint_000004"))
                       / "adapter" / "adapter_model.safetensors") for d in ("ddp", "cut")]
    for key in final[0]:
        torch.testing.assert_close(final[0][key], final[1][key], atol=1e-6, rtol=1e-5)


@pytest.mark.slow
def test_compile_compiles_each_layer_and_keeps_the_numbers(tiny_model_dir):
    """Inductor on 2 CPU cores takes ~40 s for the first forward + backward."""
    cfg = small(tiny_model_dir, lora={"dropout": 0.0})
    ids = torch.randint(5, 500, (2, 32), generator=torch.Generator().manual_seed(2))
    results = []
    for compiled in (False, True):
        torch.manual_seed(0)
        model = build_model(cfg.model_copy(update={"compile": compiled}), torch.device("cpu"),
                            torch.float32).model
        loss = model(input_ids=ids, labels=ids, use_cache=False).loss
        loss.backward()
        grads = [p.grad for p in model.parameters() if p.requires_grad]
        layers = [m for m in model.modules() if type(m).__name__.endswith("DecoderLayer")]
        results.append((float(loss), grads, [m._compiled_call_impl is not None
                                             for m in layers]))
    (plain, plain_grads, flags), (fast, fast_grads, fast_flags) = results
    assert not any(flags) and all(fast_flags) and len(fast_flags) == 2
    assert fast == pytest.approx(plain, abs=1e-5)
    for ours, theirs in zip(fast_grads, plain_grads, strict=True):
        torch.testing.assert_close(ours, theirs, atol=1e-5, rtol=1e-4)


def test_presets_set_the_gpu_settings_only_where_they_matter():
    import yaml

    jobs = Path(__file__).resolve().parents[2] / "jobs"
    gemma = TrainConfig.model_validate(yaml.safe_load((jobs / "medgemma-4b.yaml").read_text())
                                       ["train"])
    llama = TrainConfig.model_validate(yaml.safe_load(
        (jobs / "biomedical-llama3-8b.yaml").read_text())["train"])
    assert (gemma.attn_implementation, gemma.loss) == ("eager", "chunked")
    assert (llama.attn_implementation, llama.loss) == ("sdpa", "standard")
    assert gemma.strategy == llama.strategy == "deepspeed"  # no GPU figures yet
    assert not gemma.compile and not llama.compile
