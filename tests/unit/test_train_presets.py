"""Job presets validate (Table 1 values), and the stage finds its dialogues."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from medadapt.config import validate_job
from medadapt.errors import ConfigError
from medadapt.stages.train import default_run_name, train_data_paths
from medadapt.train.settings import TrainConfig

JOBS = Path(__file__).resolve().parents[2] / "jobs"


def load_preset(name: str) -> tuple[dict, TrainConfig]:
    raw = yaml.safe_load((JOBS / name).read_text())
    assert (JOBS / name).read_text().startswith(f"# .venv/bin/medadapt run jobs/{name}")
    train = TrainConfig.model_validate(raw.pop("train"))
    validate_job(raw, name)
    return raw, train


@pytest.mark.parametrize(("name", "model", "lr", "epochs"), [
    ("medgemma-4b.yaml", "google/medgemma-4b-it", 2e-4, 14),
    ("biomedical-llama3-8b.yaml", "ContactDoctor/Bio-Medical-Llama-3-8B", 1e-4, 10),
])
def test_table1_presets(name, model, lr, epochs):
    _, cfg = load_preset(name)
    assert (cfg.model, cfg.lr, cfg.epochs) == (model, lr, epochs)
    assert (cfg.lora.r, cfg.lora.alpha, cfg.lora.dropout) == (16, 32, 0.05)
    assert cfg.lora.target_modules == ["q_proj", "k_proj", "v_proj", "o_proj"]
    assert (cfg.micro_batch, cfg.global_batch, cfg.max_length) == (2, 16, 4096)
    assert (cfg.warmup_ratio, cfg.max_grad_norm, cfg.precision) == (0.05, 1.0, "bf16")
    assert cfg.optimizer == "paged_adamw_8bit" and cfg.deepspeed.stage == 2


def test_two_stage_preset():
    _, cfg = load_preset("two-stage.yaml")
    assert cfg.lora.use_dora and (cfg.lora.r, cfg.lora.alpha) == (32, 16)
    assert cfg.lora.target_modules == "all-linear"
    assert (cfg.lr, cfg.scheduler, cfg.warmup_ratio) == (5e-5, "cosine", 0.2)
    second = cfg.for_second_stage("/merged")
    assert (second.model, second.quantization, second.lr) == ("/merged", "4bit", 2e-5)
    assert (second.lora.r, second.lora.alpha, second.lora.use_dora) == (16, 8, False)
    assert second.second_stage is None


def _job(stages, **data) -> SimpleNamespace:
    return SimpleNamespace(train=TrainConfig(data=data), stages=stages,
                           stage_dir=lambda name: Path("/out") / name)


def test_stage_reads_corpus_dialogues_by_default():
    assert train_data_paths(_job(["corpus", "train"])) == (
        ["/out/corpus/dialogues/train.jsonl"], ["/out/corpus/dialogues/val.jsonl"])
    assert train_data_paths(_job(["train"], train=["a.jsonl"])) == (["a.jsonl"], [])
    with pytest.raises(ConfigError, match="train.data.train: required"):
        train_data_paths(_job(["train"]))


def test_run_name_changes_with_training_settings_only():
    job = SimpleNamespace(name="demo", train=TrainConfig())
    same = SimpleNamespace(name="demo", train=TrainConfig(ray={"max_failures": 5}))
    other = SimpleNamespace(name="demo", train=TrainConfig(lr=1e-5))
    assert default_run_name(job) == default_run_name(same) != default_run_name(other)
    assert default_run_name(job).startswith("demo-train-")
