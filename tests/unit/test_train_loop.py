"""The training loop without Ray: learning, DeepSpeed ZeRO-2/3, resume, adapters, W&B."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file, save_file

from medadapt.train.launch import train_model
from medadapt.train.loop import train_loop
from medadapt.train.model import AdapterCheckError, check_adapter, load_with_adapter
from medadapt.train.session import LocalSession
from medadapt.train.settings import TrainConfig
from medadapt.train.toy import learnable_tiny, letter_accuracy, toy_dialogues, write_jsonl
from medadapt.train.tracking import read_offline_history, read_offline_records

SMALL = {"global_batch": 4, "micro_batch": 2, "max_length": 128, "max_steps": 4, "lr": 1e-2,
         "wandb": {"mode": "disabled"}, "ray": {"checkpoint_every_steps": 2}}


@pytest.fixture(scope="module")
def dialogues(tmp_path_factory) -> tuple[str, str]:
    folder = tmp_path_factory.mktemp("dialogues")
    train = write_jsonl(toy_dialogues(320, filler=1), folder / "train.jsonl")
    evals = write_jsonl(toy_dialogues(48, seed=1, filler=1), folder / "val.jsonl")
    return str(train), str(evals)


def small(tiny_model_dir: Path, **changes) -> TrainConfig:
    return TrainConfig.model_validate({"model": str(tiny_model_dir), **SMALL, **changes})


def test_lora_learns_a_task_the_model_cannot_do(tmp_path, dialogues, tiny_model_dir):
    """Eval loss falls and A-E accuracy goes from chance to near perfect; W&B offline holds
    the logged metrics and no dialogue text."""
    base = learnable_tiny(tmp_path / "tiny-wide", tiny_model_dir.parent)
    cfg = TrainConfig(model=str(base), global_batch=16, micro_batch=16, max_length=128,
                      max_steps=30, lr=1e-2, warmup_ratio=0.1, eval_every_steps=10,
                      lora={"r": 16, "alpha": 32, "dropout": 0.0, "target_modules": "all-linear"},
                      ray={"checkpoint_every_steps": 100})
    items = toy_dialogues(60, seed=2, filler=1)
    tokenizer = load_with_adapter.__globals__["load_tokenizer"](str(base))
    from transformers import AutoModelForCausalLM

    before = letter_accuracy(AutoModelForCausalLM.from_pretrained(base), tokenizer, items)
    summary = train_model(cfg, [dialogues[0]], [dialogues[1]], tmp_path / "out", "learn",
                          use_ray=False)
    after = letter_accuracy(load_with_adapter(cfg, tmp_path / "out" / "adapter",
                                              torch.float32, torch.device("cpu")),
                            tokenizer, items)
    assert before <= 0.4 and after >= 0.8, (before, after)
    run_file = next((tmp_path / "out" / "wandb").rglob("run-*.wandb"))
    history = read_offline_history(run_file)
    evals = [row["eval_loss"] for row in history if "eval_loss" in row]
    assert len(evals) == 3 and evals[-1] < 0.5 * evals[0], evals
    assert evals[-1] == pytest.approx(summary["eval_loss"])
    assert {"loss", "lr", "grad_norm", "tokens_per_s"} <= set(history[0])
    assert [row["step"] for row in history if "loss" in row] == list(range(1, 31))
    assert "перелом".encode() not in run_file.read_bytes()
    artifacts = [r.artifact for r in read_offline_records(run_file)
                 if r.WhichOneof("record_type") == "artifact"]
    assert [(a.name, a.type) for a in artifacts] == [("adapter", "model")]
    assert any(f.path == "adapter_model.safetensors" for f in artifacts[0].manifest.contents)


class Stop(Exception):
    pass


class StopAfterFirstCheckpoint(LocalSession):
    def report(self, metrics, checkpoint):
        super().report(metrics, checkpoint)
        raise Stop


def test_stopped_run_resumes_to_the_same_adapter(tmp_path, dialogues, tiny_model_dir):
    cfg = small(tiny_model_dir)
    full = train_model(cfg, [dialogues[0]], [dialogues[1]], tmp_path / "full", "run",
                       use_ray=False)
    session = StopAfterFirstCheckpoint(tmp_path / "cut" / "ray", "run")
    with pytest.raises(Stop):
        train_loop(cfg, toy_dialogues(320, filler=1), [], session, "run", tmp_path)
    session.close()
    assert [p.name for p in session.checkpoints()] == ["checkpoint_000002"]
    resumed = train_model(cfg, [dialogues[0]], [dialogues[1]], tmp_path / "cut", "run",
                          use_ray=False)
    assert (resumed["resumed_from_step"], resumed["step"], full["step"]) == (2, 4, 4)
    a = load_file(tmp_path / "full" / "adapter" / "adapter_model.safetensors")
    b = load_file(tmp_path / "cut" / "adapter" / "adapter_model.safetensors")
    assert a.keys() == b.keys()
    for key in a:
        torch.testing.assert_close(a[key], b[key], atol=1e-6, rtol=1e-5)


def test_zero3_offload_saves_gathered_adapter_and_merges(tmp_path, dialogues, tiny_model_dir):
    from transformers import AutoModelForCausalLM

    cfg = small(tiny_model_dir, deepspeed={"stage": 3, "offload": "cpu"}, packing=True,
                merge_after=True)
    summary = train_model(cfg, [dialogues[0]], [dialogues[1]], tmp_path, "z3", use_ray=False)
    assert summary["adapter_lora_b_norm"] > 0
    assert summary["adapter_reload_max_abs_diff"] <= 1e-3
    state = load_file(tmp_path / "adapter" / "adapter_model.safetensors")
    assert all(t.numel() > 0 for t in state.values())  # ZeRO-3 left nothing partitioned
    ids = torch.tensor([[5, 17, 99, 3, 250]])
    merged = AutoModelForCausalLM.from_pretrained(tmp_path / "merged").eval()
    adapted = load_with_adapter(cfg, tmp_path / "adapter", torch.float32, torch.device("cpu"))
    with torch.no_grad():
        torch.testing.assert_close(merged(input_ids=ids).logits,
                                   adapted(input_ids=ids).logits, atol=1e-4, rtol=1e-4)


def test_adapter_check_rejects_an_empty_adapter(tmp_path, dialogues, tiny_model_dir):
    cfg = small(tiny_model_dir)
    train_model(cfg, [dialogues[0]], [dialogues[1]], tmp_path, "empty", use_ray=False)
    path = tmp_path / "adapter" / "adapter_model.safetensors"
    state = load_file(path)
    save_file({k: torch.zeros_like(v) if "lora_B" in k else v for k, v in state.items()}, path)
    probe = {"input_ids": torch.tensor([[5, 6, 7]])}
    with pytest.raises(AdapterCheckError, match="every lora_B is zero"):
        check_adapter(cfg, tmp_path / "adapter", probe, torch.zeros(1, 3, 8), torch.float32,
                      torch.device("cpu"))


@pytest.fixture(scope="module")
def tiny_4bit_dir(tmp_path_factory, tiny_model_dir) -> Path:
    """The tiny model with a 128-wide MLP: bitsandbytes' CPU 4-bit inference kernel needs
    layer widths divisible by its block size (the embedded tiny's 176 is not)."""
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    out = tmp_path_factory.mktemp("tiny-4bit")
    config = AutoConfig.from_pretrained(tiny_model_dir)
    config.intermediate_size = 128
    torch.manual_seed(0)
    AutoModelForCausalLM.from_config(config).save_pretrained(out)
    AutoTokenizer.from_pretrained(tiny_model_dir).save_pretrained(out)
    return out


def test_two_stage_recipe_dora_merge_then_qlora(tmp_path, dialogues, tiny_4bit_dir):
    from peft import PeftConfig

    cfg = small(tiny_4bit_dir, lora={"r": 32, "alpha": 16, "target_modules": "all-linear",
                                      "use_dora": True},
                scheduler="cosine", warmup_ratio=0.2, lr=5e-5,
                second_stage={"max_steps": 2, "lr": 2e-5})
    summary = train_model(cfg, [dialogues[0]], [dialogues[1]], tmp_path, "two", use_ray=False)
    first = PeftConfig.from_pretrained(str(tmp_path / "stage1" / "adapter"))
    second = PeftConfig.from_pretrained(str(tmp_path / "adapter"))
    assert first.use_dora and first.r == 32 and first.lora_alpha == 16
    linear = {"q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"}
    assert {name.rsplit(".", 1)[-1] for name in first.target_modules} == linear
    assert (second.r, second.lora_alpha, second.use_dora) == (16, 8, False)
    assert Path(second.base_model_name_or_path) == tmp_path / "stage1" / "merged"
    assert summary["step"] == 2 and summary["adapter_reload_max_abs_diff"] <= 1e-3
    model = load_with_adapter(cfg.for_second_stage(str(tmp_path / "stage1" / "merged")),
                              tmp_path / "adapter", torch.float32, torch.device("cpu"))
    import bitsandbytes as bnb

    assert any(isinstance(m, bnb.nn.Linear4bit) for m in model.modules())  # QLoRA base
