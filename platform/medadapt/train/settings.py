"""The `train` section of a job: backbone, adapter, optimisation, DeepSpeed, Ray and W&B.

Pure pydantic, no torch: the whole section is validated (and its cross-field rules checked)
before any worker starts, and workers rebuild it from a plain dict. Defaults follow the
study's Table 1 (LoRA r=16 alpha=32 dropout 0.05 on q,k,v,o; 8-bit paged AdamW; 5% warm-up;
micro batch 2, global batch 16; clip 1.0; 4096 tokens).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator

from medadapt.errors import ConfigError
from medadapt.records import Precision
from medadapt.section import Section

QKVO = ["q_proj", "k_proj", "v_proj", "o_proj"]


class LoraSettings(Section):
    """Low-rank adapter shape; `target_modules: all-linear` adapts every linear layer."""

    r: int = Field(default=16, ge=1, le=1024, description="adapter rank")
    alpha: float = Field(default=32, gt=0, description="scaling numerator (alpha / r)")
    dropout: float = Field(default=0.05, ge=0, lt=1)
    target_modules: list[str] | Literal["all-linear"] = Field(default_factory=lambda: list(QKVO))
    use_dora: bool = Field(default=False, description="weight-decomposed LoRA (DoRA)")

    @field_validator("target_modules")
    @classmethod
    def _non_empty(cls, value: list[str] | str) -> list[str] | str:
        if isinstance(value, list) and not value:
            raise ValueError("expected at least one module name, or 'all-linear'")
        return value


class DeepSpeedSettings(Section):
    """ZeRO stage 2 by default: stage 3 partitions weights too (adapters are gathered on save)."""

    stage: Literal[0, 2, 3] = Field(default=2, description="ZeRO stage (0 = plain data parallel)")
    offload: Literal["none", "cpu"] = Field(default="none", description="optimizer state offload")


class RaySettings(Section):
    """How Ray Train launches the loop, where it checkpoints, and how it survives failures."""

    num_workers: int = Field(default=1, ge=1)
    use_gpu: bool = False
    cpus_per_worker: float = Field(default=1, gt=0)
    gpus_per_worker: float = Field(default=1, gt=0, description="used when use_gpu is true")
    storage_path: str | None = Field(
        default=None, description="shared dir or URI for checkpoints; default: <stage dir>/ray"
    )
    name: str | None = Field(default=None, description="run name; same name = resume. "
                             "Default: <job name>-train")
    max_failures: int = Field(default=1, ge=-1, description="worker-group restarts (-1: no limit)")
    checkpoint_every_steps: int = Field(default=50, ge=1)
    keep_checkpoints: int = Field(default=2, ge=1)


class WandbSettings(Section):
    """Offline by default (a run directory to sync later); never logs any dialogue text."""

    mode: Literal["offline", "online", "disabled"] = "offline"
    project: str = "medadapt"
    entity: str | None = None
    group: str | None = None
    log_checkpoints: bool = Field(default=True, description="upload checkpoints as artifacts")


class DataSettings(Section):
    """Dialogue JSONL files; empty in a job with a corpus stage = that stage's dialogues/."""

    train: list[str] = Field(default_factory=list)
    eval: list[str] = Field(default_factory=list)


class SecondStage(Section):
    """Settings that change for stage 2 of the two-stage recipe (trained on the merged model)."""

    lora: LoraSettings = Field(default_factory=lambda: LoraSettings(r=16, alpha=8))
    quantization: Literal["none", "4bit"] = "4bit"
    lr: float = Field(default=2e-5, gt=0)
    warmup_ratio: float = Field(default=0.05, ge=0, lt=1)
    scheduler: Literal["linear", "cosine", "constant_with_warmup"] = "linear"
    epochs: int = Field(default=1, ge=1)
    max_steps: int | None = Field(default=None, ge=1)
    data: DataSettings | None = Field(default=None, description="stage-2 dialogues "
                                      "(e.g. task MCQs); default: the same as stage 1")


class TrainConfig(Section):
    """LoRA / DoRA / QLoRA fine-tuning of a causal LM on ChatML dialogues (Ray Train)."""

    model: str = Field(default="tiny", description="'tiny' (embedded), hub id or local path")
    cache_dir: Path | None = Field(default=None, description="where 'tiny' is built")
    attn_implementation: Literal["sdpa", "eager", "flash_attention_2"] | None = Field(
        default=None, description="default: eager for Gemma-3, sdpa otherwise; "
        "flash_attention_2 needs the flash-attn package and a CUDA GPU")
    loss: Literal["standard", "chunked", "liger"] = Field(
        default="standard", description="chunked: cross-entropy in token chunks, never "
        "holding full-vocabulary logits at once; liger: Liger-Kernel's fused linear "
        "cross-entropy (CUDA, the gpu extra)")
    strategy: Literal["deepspeed", "ddp"] = Field(
        default="deepspeed", description="deepspeed (ZeRO, see train.deepspeed) or plain "
        "torch DDP (adapters replicated; fewer per-parameter hooks)")
    compile: bool = Field(default=False, description="torch.compile each decoder layer")
    lora: LoraSettings = Field(default_factory=LoraSettings)
    quantization: Literal["none", "4bit"] = Field(default="none", description="4bit = QLoRA")
    optimizer: Literal["paged_adamw_8bit", "adamw_torch"] = "paged_adamw_8bit"
    lr: float = Field(default=2e-4, gt=0)
    weight_decay: float = Field(default=0.0, ge=0)
    warmup_ratio: float = Field(default=0.05, ge=0, lt=1)
    scheduler: Literal["linear", "cosine", "constant_with_warmup"] = "linear"
    max_grad_norm: float = Field(default=1.0, gt=0)
    epochs: int = Field(default=3, ge=1)
    max_steps: int | None = Field(default=None, ge=1, description="caps epochs x steps/epoch")
    micro_batch: int = Field(default=2, ge=1, description="sequences per worker per forward")
    global_batch: int = Field(default=16, ge=1, description="sequences per optimizer step")
    max_length: int = Field(default=4096, ge=16)
    packing: bool = Field(default=False, description="pack short dialogues into full rows")
    gradient_checkpointing: bool = True
    precision: Precision = Field(
        default="auto", description="auto: bf16 on GPU, fp32 on CPU")
    eval_every_steps: int | None = Field(default=None, ge=1, description="default: each epoch")
    seed: int = 0
    merge_after: bool = Field(default=False, description="also save adapter merged into base")
    second_stage: SecondStage | None = Field(
        default=None, description="two-stage recipe: merge, then train this adapter on top")
    deepspeed: DeepSpeedSettings = Field(default_factory=DeepSpeedSettings)
    ray: RaySettings = Field(default_factory=RaySettings)
    wandb: WandbSettings = Field(default_factory=WandbSettings)
    data: DataSettings = Field(default_factory=DataSettings)

    @model_validator(mode="after")
    def _check_batches(self) -> TrainConfig:
        per_step = self.micro_batch * self.ray.num_workers
        if self.global_batch % per_step:
            raise ValueError(
                f"global_batch={self.global_batch} must be a multiple of micro_batch "
                f"({self.micro_batch}) x ray.num_workers ({self.ray.num_workers}) = {per_step}")
        if self.quantization == "4bit" and self.deepspeed.stage == 3:
            raise ValueError("quantization=4bit (QLoRA) needs deepspeed.stage 0 or 2, not 3")
        if self.second_stage is not None and self.second_stage.quantization == "4bit" \
                and self.deepspeed.stage == 3:
            raise ValueError("second_stage.quantization=4bit needs deepspeed.stage 0 or 2")
        return self._check_gpu_settings()

    def _check_gpu_settings(self) -> TrainConfig:
        zero3 = self.strategy == "deepspeed" and self.deepspeed.stage == 3
        if self.loss != "standard" and zero3:
            raise ValueError(f"loss={self.loss} reads the output layer's weight, which ZeRO-3 "
                             "partitions; use deepspeed.stage 2 or strategy=ddp")
        if self.strategy == "ddp" and (self.deepspeed.stage == 3
                                       or self.deepspeed.offload != "none"):
            raise ValueError("strategy=ddp replicates everything: deepspeed.stage 3 and "
                             "deepspeed.offload need strategy=deepspeed")
        return self

    def grad_accum(self, world_size: int) -> int:
        """Micro-steps per optimizer step, derived so the global batch stays fixed."""
        return self.global_batch // (self.micro_batch * world_size)

    def for_second_stage(self, merged_model: str) -> TrainConfig:
        """Stage 2 of the two-stage recipe: same job, new adapter on the merged backbone."""
        second = self.second_stage
        assert second is not None
        data = self.model_dump()
        data.update(model=merged_model, lora=second.lora.model_dump(),
                    quantization=second.quantization, lr=second.lr,
                    warmup_ratio=second.warmup_ratio, scheduler=second.scheduler,
                    epochs=second.epochs, max_steps=second.max_steps,
                    second_stage=None, merge_after=False)
        return TrainConfig.model_validate(data)


def require_runtime(cfg: TrainConfig, on_gpu: bool) -> None:
    """Fail before loading a model when a setting needs a package or a GPU this worker lacks.
    Checked on the worker, not at config validation: a CPU driver may launch GPU workers."""
    needs = {("attn_implementation", "flash_attention_2"):
             ("flash_attn", "pip install flash-attn --no-build-isolation"),
             ("loss", "liger"): ("liger_kernel", "pip install -e '.[gpu]'")}
    for (key, value), (module, install) in needs.items():
        if getattr(cfg, key) != value:
            continue
        if importlib.util.find_spec(module) is None:
            raise ConfigError(f"train.{key}={value}: the {module} package is not installed "
                              f"({install}), or set train.{key} to another value")
        if not on_gpu:
            raise ConfigError(f"train.{key}={value} needs a CUDA GPU (ray.use_gpu=true); "
                              f"on CPU set train.{key} to another value")
    if cfg.attn_implementation == "flash_attention_2" and cfg.precision == "fp32":
        raise ConfigError("train.attn_implementation=flash_attention_2 needs bf16 weights: "
                          "set train.precision to bf16 or auto")
