"""The measured parts of `benchmarks/gpu.py`: each records its arms into `ctx.result` as
they finish (so a part stopped at its cap keeps what it measured) and raises `Skip` when it
cannot run here. Shapes, data and models are built from config; nothing downloads.
"""

from __future__ import annotations

import gc
import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch

from medadapt.train.loop import train_loop
from medadapt.train.session import LocalSession
from medadapt.train.settings import TrainConfig
from medadapt.train.toy import FILLER, toy_dialogue

ROOT = Path(__file__).resolve().parents[1]
LLAMA3_8B = {"hidden_size": 4096, "intermediate_size": 14336, "num_hidden_layers": 32,
             "num_attention_heads": 32, "num_key_value_heads": 8, "vocab_size": 128256,
             "max_position_embeddings": 8192}
GEMMA3_4B = {"hidden_size": 2560, "intermediate_size": 10240, "num_hidden_layers": 34,
             "num_attention_heads": 8, "num_key_value_heads": 4, "head_dim": 256,
             "vocab_size": 262208, "max_position_embeddings": 8192, "sliding_window": 1024}
SMOKE_LLAMA = {"hidden_size": 64, "intermediate_size": 128, "num_hidden_layers": 2,
               "num_attention_heads": 4, "num_key_value_heads": 2,
               "max_position_embeddings": 4096}
SMOKE_GEMMA = {"hidden_size": 64, "intermediate_size": 128, "num_hidden_layers": 2,
               "num_attention_heads": 2, "num_key_value_heads": 1, "head_dim": 32,
               "vocab_size": 16384, "max_position_embeddings": 4096, "sliding_window": 64}
ABLATION_LAYERS = 8
PEAK_BF16_TFLOPS = {"H100 PCIe": 756.0, "H100": 989.0, "H200": 989.0, "GH200": 989.0,
                    "A100": 312.0, "L40S": 362.0}
MFU_FORMULA = ("MFU = tokens/s x (6 x N_active + 12 x layers x heads x head_dim x seq_len) / "
               "peak bf16 FLOP/s; N_active = parameters in matmuls (the input embedding "
               "table is a lookup and is left out unless tied to the output layer)")


class Skip(Exception):
    """This part or arm cannot run here; the message is the reason recorded."""


@dataclass
class Ctx:
    """What a part needs: the mode, the shared work dir, and where its result goes."""

    smoke: bool
    work: Path
    cache: Path | None
    result_file: Path | None = None
    result: dict[str, Any] = field(default_factory=dict)

    @property
    def cuda(self) -> bool:
        return torch.cuda.is_available() and not self.smoke

    @property
    def seq(self) -> int:
        return 128 if self.smoke else 4096

    def flush(self) -> None:
        if self.result_file is not None:
            self.result_file.write_text(json.dumps(self.result, indent=1, default=str))

    def meta(self, name: str) -> dict[str, Any]:
        path = self.work / name / "bench_meta.json"
        if not path.exists():
            raise Skip(f"no {name} checkpoint (the models part did not finish)")
        return json.loads(path.read_text()) | {"dir": str(self.work / name)}


def arm(ctx: Ctx, name: str, measure: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """One measured arm; its failure or Skip is recorded and the part goes on."""
    started = time.perf_counter()
    try:
        ctx.result[name] = measure()
    except Skip as why:
        ctx.result[name] = {"skipped": str(why)}
    except Exception as err:  # noqa: BLE001 - a failed arm is a figure too
        ctx.result[name] = {"skipped": f"failed: {type(err).__name__}: {err}"[:400]}
    ctx.result[name]["seconds"] = round(time.perf_counter() - started, 1)
    ctx.flush()
    gc.collect()
    if torch.cuda.is_available():
        torch.cuda.empty_cache()
    return ctx.result[name]


# ---- models -------------------------------------------------------------------------------

def layers_that_fit(meta: dict[str, Any], total_bytes: int) -> int:
    """Layers whose bf16 weights fit twice (the loop re-loads the base to check the saved
    adapter) beside ~25 GiB of activations, logits and optimizer state."""
    budget = 0.9 * total_bytes - 25 * 2**30 - 2 * 2 * meta["stored_other"]
    return max(1, min(meta["full_layers"], int(budget // (2 * 2 * meta["per_layer"]))))


def shape_meta(shape: dict[str, Any], tied: bool) -> dict[str, Any]:
    """Parameter counts by part, from a 1-layer and a 2-layer model on the meta device."""
    from transformers import AutoModelForCausalLM

    counts = []
    for layers in (1, 2):
        with torch.device("meta"):
            model = AutoModelForCausalLM.from_config(model_config(shape | {
                "num_hidden_layers": layers}, tied))
        counts.append(sum(p.numel() for p in model.parameters()))
    embed = shape["vocab_size"] * shape["hidden_size"]
    per_layer = counts[1] - counts[0]
    stored = counts[0] - per_layer  # embeddings, output layer, final norm
    head_dim = shape.get("head_dim") or shape["hidden_size"] // shape["num_attention_heads"]
    return {"per_layer": per_layer, "other": stored - (0 if tied else embed),  # no lookup
            "stored_other": stored, "full_layers": shape["num_hidden_layers"],
            "d_attn": shape["num_attention_heads"] * head_dim, "tied": tied}


def model_config(shape: dict[str, Any], tied: bool, tokenizer: Any = None) -> Any:
    from transformers import Gemma3TextConfig, LlamaConfig

    ids = {} if tokenizer is None else {"pad_token_id": tokenizer.pad_token_id,
                                        "eos_token_id": tokenizer.eos_token_id,
                                        "bos_token_id": None}
    if "head_dim" in shape:  # the Gemma-3 shapes
        return Gemma3TextConfig(**shape, **ids, tie_word_embeddings=tied)
    return LlamaConfig(**shape, **ids, tie_word_embeddings=tied)


def build_checkpoint(ctx: Ctx, name: str, shape: dict[str, Any], tied: bool) -> dict:
    """Random bf16 weights built on the device and saved once (real weights: QLoRA quantizes
    them on load, and every re-load must give the same model)."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from medadapt.tiny import resolve_model

    tokenizer = AutoTokenizer.from_pretrained(resolve_model("tiny", ctx.cache))
    shape = shape | {"vocab_size": max(shape["vocab_size"], len(tokenizer))}
    meta = shape_meta(shape, tied)
    if ctx.cuda:
        meta["layers"] = layers_that_fit(meta, torch.cuda.get_device_properties(0).total_memory)
    else:
        meta["layers"] = shape["num_hidden_layers"]
    device, dtype = ("cuda", torch.bfloat16) if ctx.cuda else ("cpu", torch.float32)
    with torch.device(device):
        model = AutoModelForCausalLM.from_config(model_config(
            shape | {"num_hidden_layers": meta["layers"]}, tied, tokenizer), dtype=dtype)
    out = ctx.work / name
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    (out / "bench_meta.json").write_text(json.dumps(meta))
    return meta


def shallow_copy(ctx: Ctx, name: str, source: str, layers: int) -> dict:
    """The first `layers` layers of a saved checkpoint: its own config, the same weight
    files linked (the loader reads only the tensors the smaller model has)."""
    src, out = ctx.work / source, ctx.work / name
    out.mkdir(parents=True, exist_ok=True)
    for path in src.iterdir():
        if path.name == "config.json":
            config = json.loads(path.read_text()) | {"num_hidden_layers": layers}
            (out / path.name).write_text(json.dumps(config))
        elif path.name != "bench_meta.json":
            (out / path.name).symlink_to(path)
    meta = json.loads((src / "bench_meta.json").read_text()) | {"layers": layers}
    (out / "bench_meta.json").write_text(json.dumps(meta))
    return meta


def part_models(ctx: Ctx) -> None:
    llama = SMOKE_LLAMA | {"vocab_size": 4096} if ctx.smoke else LLAMA3_8B
    arm(ctx, "llama", lambda: build_checkpoint(ctx, "llama", llama, tied=False))
    arm(ctx, "llama_ablation", lambda: shallow_copy(
        ctx, "llama_ablation", "llama", min(ABLATION_LAYERS, ctx.meta("llama")["layers"])))
    gemma = SMOKE_GEMMA if ctx.smoke else GEMMA3_4B
    arm(ctx, "gemma", lambda: build_checkpoint(ctx, "gemma", gemma, tied=True))


# ---- training -----------------------------------------------------------------------------

def bench_rows(tokenizer_dir: str, need_tokens: int, max_length: int, seed: int = 0
               ) -> list[dict]:
    """Toy A-E dialogues whose user turn carries 10-70% of max_length tokens of record text
    (long records, as in the study), enough for `need_tokens` after packing."""
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(tokenizer_dir)
    rng = random.Random(seed)
    sentences = FILLER["ru"] + FILLER["kk"]
    per = sum(len(tokenizer(s)["input_ids"]) + 1 for s in sentences) / len(sentences)
    rows: list[dict] = []
    total = 0.0
    while total < need_tokens:
        row = toy_dialogue(len(rows), rng, filler=1)
        count = max(1, int(rng.uniform(0.1, 0.7) * max_length / per))
        text = " ".join(rng.choice(sentences) for _ in range(count))
        row["messages"][1]["content"] = f"{text} {row['messages'][1]['content']}"
        rows.append(row)
        total += count * per
    return rows


def train_cfg(ctx: Ctx, meta: dict, global_batch: int, **changes: Any) -> TrainConfig:
    """The study's recipe (Table 1) at `ctx.seq` tokens; 1 warm-up step, then 2 measured
    (1 in smoke mode)."""
    base = {"model": meta["dir"], "max_steps": 2 if ctx.smoke else 3, "max_length": ctx.seq,
            "micro_batch": 2, "global_batch": global_batch, "packing": True,
            "gradient_checkpointing": True,
            "optimizer": "paged_adamw_8bit", "lr": 1e-4, "precision":
            "bf16" if ctx.cuda else "fp32", "wandb": {"mode": "disabled"},
            "ray": {"checkpoint_every_steps": 10**6, "use_gpu": ctx.cuda}}
    return TrainConfig.model_validate(base | changes)


class BenchSession(LocalSession):
    """Records the training peak memory when the loop asks for a checkpoint folder, i.e.
    after the last step and before it re-loads the base to check the saved adapter."""

    peak: int | None = None

    def scratch_dir(self) -> Path:
        if torch.cuda.is_available() and self.peak is None:
            self.peak = torch.cuda.max_memory_allocated()
        return super().scratch_dir()


def flops_per_token(meta: dict, layers: int, seq: int) -> float:
    return 6 * (meta["other"] + layers * meta["per_layer"]) + 12 * layers * meta["d_attn"] * seq


def figures(ctx: Ctx, meta: dict, tokens_per_s: float, peak: int | None) -> dict:
    """tokens/s (scaled to the full depth when fewer layers ran), MFU, peak GiB."""
    layers, full = meta["layers"], meta["full_layers"]
    flops = flops_per_token(meta, layers, ctx.seq)
    out: dict[str, Any] = {"tokens_per_s": tokens_per_s * flops
                           / flops_per_token(meta, full, ctx.seq), "layers": layers}
    if layers < full:
        out["measured_tokens_per_s"] = tokens_per_s
        out["note"] = f"{layers} of {full} layers ran; tokens/s scaled to {full} at equal MFU"
    if ctx.cuda:
        name = torch.cuda.get_device_name()
        peak_flops = next((v for k, v in PEAK_BF16_TFLOPS.items() if k in name), 989.0) * 1e12
        out["mfu"] = tokens_per_s * flops / peak_flops
    out["peak_mem_gib"] = None if peak is None else peak / 2**30
    return out


def run_medadapt(ctx: Ctx, cfg: TrainConfig, rows: list[dict], meta: dict, tag: str) -> dict:
    base = torch.cuda.memory_allocated() if ctx.cuda else 0
    if ctx.cuda:
        torch.cuda.reset_peak_memory_stats()
    session = BenchSession(ctx.work / "runs" / tag / "ray", "bench", keep=1)
    try:
        summary = train_loop(cfg, rows, [], session, "bench", ctx.work / "runs" / tag)
    finally:
        session.close()
    peak = None if session.peak is None else session.peak - base
    return figures(ctx, meta, summary["steady_tokens_per_s"], peak)


def run_trl(ctx: Ctx, cfg: TrainConfig, rows: list[dict], meta: dict) -> dict:
    """TRL SFTTrainer + PEFT with the same model, rows, LoRA, optimizer, batches, packing
    and checkpointing; tokens/s over the steps after the first, as for medadapt."""
    from datasets import Dataset
    from peft import LoraConfig
    from transformers import AutoTokenizer, TrainerCallback
    from trl import SFTConfig, SFTTrainer

    class Clock(TrainerCallback):
        start = tokens = 0.0
        end = tokens_end = 0.0

        def on_step_end(self, args, state, control, **kwargs):
            if state.global_step == 1:
                self.start, self.tokens = time.perf_counter(), state.num_input_tokens_seen

        def on_train_end(self, args, state, control, **kwargs):
            self.end, self.tokens_end = time.perf_counter(), state.num_input_tokens_seen

    args = SFTConfig(
        output_dir=str(ctx.work / "runs" / "trl"), per_device_train_batch_size=cfg.micro_batch,
        gradient_accumulation_steps=cfg.grad_accum(1), max_steps=cfg.max_steps,
        learning_rate=cfg.lr, lr_scheduler_type=cfg.scheduler, warmup_steps=cfg.warmup_ratio,
        max_grad_norm=cfg.max_grad_norm, optim="paged_adamw_8bit", max_length=cfg.max_length,
        packing=True, assistant_only_loss=True, gradient_checkpointing=True,
        gradient_checkpointing_kwargs={"use_reentrant": False}, bf16=ctx.cuda,
        use_cpu=not ctx.cuda, model_init_kwargs={"dtype": "bfloat16" if ctx.cuda else
                                                 "float32", "attn_implementation": "sdpa"},
        include_num_input_tokens_seen="non_padding", report_to=[], save_strategy="no",
        logging_steps=10**6, dataloader_num_workers=0, seed=cfg.seed, disable_tqdm=True,
        ddp_find_unused_parameters=False)
    lora = LoraConfig(r=cfg.lora.r, lora_alpha=cfg.lora.alpha, lora_dropout=cfg.lora.dropout,
                      target_modules=list(cfg.lora.target_modules), task_type="CAUSAL_LM")
    base = torch.cuda.memory_allocated() if ctx.cuda else 0
    if ctx.cuda:
        torch.cuda.reset_peak_memory_stats()
    clock = Clock()
    trainer = SFTTrainer(model=meta["dir"], args=args, peft_config=lora, callbacks=[clock],
                         processing_class=AutoTokenizer.from_pretrained(meta["dir"]),
                         train_dataset=Dataset.from_list([{"messages": r["messages"]}
                                                          for r in rows]))
    trainer.train()
    peak = torch.cuda.max_memory_allocated() - base if ctx.cuda else None
    tps = (clock.tokens_end - clock.tokens) / max(clock.end - clock.start, 1e-9)
    return figures(ctx, meta, tps, peak)


def need_rows(ctx: Ctx, meta: dict, cfg: TrainConfig) -> list[dict]:
    return bench_rows(meta["dir"], int(1.3 * cfg.global_batch * cfg.max_steps * ctx.seq),
                      ctx.seq)


def part_train(ctx: Ctx) -> None:
    meta = ctx.meta("llama")
    cfg = train_cfg(ctx, meta, 4 if ctx.smoke else 16)
    rows = need_rows(ctx, meta, cfg)
    # TRL first: once medadapt's session has set RANK/WORLD_SIZE, accelerate would wrap
    # TRL's model in a one-process DDP
    theirs = arm(ctx, "trl", lambda: run_trl(ctx, cfg, rows, meta))
    ours = arm(ctx, "medadapt", lambda: run_medadapt(ctx, cfg, rows, meta, "medadapt"))
    if "tokens_per_s" in ours and "tokens_per_s" in theirs:
        ctx.result["ratio"] = ours["tokens_per_s"] / theirs["tokens_per_s"]
    ctx.result["mfu_formula"] = MFU_FORMULA


def part_qlora(ctx: Ctx) -> None:
    meta = ctx.meta("llama")
    cfg = train_cfg(ctx, meta, 4 if ctx.smoke else 8, quantization="4bit",
                    max_steps=2)  # 1 warm-up + 1 measured: loading NF4 weights is slow
    if not ctx.cuda:
        raise Skip("needs CUDA (bitsandbytes NF4 training is measured on a GPU only)")
    rows = need_rows(ctx, meta, cfg)
    arm(ctx, "medadapt_nf4", lambda: run_medadapt(ctx, cfg, rows, meta, "qlora"))


def part_gemma_loss(ctx: Ctx) -> None:
    """The 262k-vocabulary logits with and without a memory-lean loss (eager attention, as
    the Gemma-3 presets use)."""
    import importlib.util

    meta = ctx.meta("gemma")
    cfg = train_cfg(ctx, meta, 4, attn_implementation="eager")
    rows = need_rows(ctx, meta, cfg)
    for loss in ("standard", "chunked", "liger"):
        def measure(loss: str = loss) -> dict:
            if loss == "liger" and not ctx.cuda:
                raise Skip("needs CUDA")
            if loss == "liger" and importlib.util.find_spec("liger_kernel") is None:
                raise Skip("liger-kernel not installed (pip install -e '.[gpu]')")
            return run_medadapt(ctx, cfg.model_copy(update={"loss": loss}), rows, meta, loss)

        arm(ctx, loss, measure)
    standard = ctx.result["standard"].get("peak_mem_gib")
    for loss in ("chunked", "liger"):
        lean = ctx.result[loss].get("peak_mem_gib")
        if standard and lean:
            ctx.result[f"{loss}_memory_ratio"] = lean / standard


def part_ablations(ctx: Ctx) -> None:
    """One knob at a time against DeepSpeed ZeRO-2 + sdpa + eager mode, at reduced depth."""
    import importlib.util

    meta = ctx.meta("llama_ablation")
    cfg = train_cfg(ctx, meta, 4 if ctx.smoke else 8)
    rows = need_rows(ctx, meta, cfg)
    knobs = {"deepspeed_zero2": {}, "ddp": {"strategy": "ddp"},
             "flash_attention_2": {"attn_implementation": "flash_attention_2"},
             "compile": {"compile": True}}
    for name, change in knobs.items():
        def measure(name: str = name, change: dict = change) -> dict:
            if name == "flash_attention_2" and not ctx.cuda:
                raise Skip("needs CUDA")
            if name == "flash_attention_2" and importlib.util.find_spec("flash_attn") is None:
                raise Skip("flash-attn not installed (pip install flash-attn "
                           "--no-build-isolation)")
            if name == "compile" and ctx.smoke:
                raise Skip("inductor compiles for ~45 s on 2 CPU cores; the setting is "
                           "covered by tests/unit/test_train_settings_gpu.py")
            changed = TrainConfig.model_validate(cfg.model_dump() | change)
            return run_medadapt(ctx, changed, rows, meta, name)

        result = arm(ctx, name, measure)
        baseline = ctx.result["deepspeed_zero2"].get("tokens_per_s")
        if baseline and "tokens_per_s" in result and name != "deepspeed_zero2":
            ctx.result[f"{name}_speedup"] = result["tokens_per_s"] / baseline
    ctx.result["note"] = f"{meta['layers']} layers; ratios against deepspeed_zero2"
