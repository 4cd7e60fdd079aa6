"""Training throughput: medadapt's loop vs TRL's SFTTrainer + PEFT, measured in one run.

    .venv/bin/python benchmarks/train.py                 # CPU: tiny model, ratio printed
    .venv/bin/python benchmarks/train.py --gpu           # GPU: Llama-3-8B-shaped, 4096 tokens

Both sides train the same model on the same dialogues with the same LoRA, optimizer
(8-bit paged AdamW), micro/global batch, packing and gradient checkpointing; tokens/s counts
real (non-padding) tokens and leaves out the first optimizer step (warm-up). medadapt runs
its DeepSpeed loop in-process (no Ray). Also prints the padding share with and without
packing. GPU mode builds a randomly initialised Llama-3-8B-shaped model from its config
(nothing downloads) and reports tokens/s, MFU and peak memory for medadapt's loop; it needs
CUDA and was not run on the CPU-only development machine.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("WANDB_MODE", "disabled")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "platform"))

import torch  # noqa: E402

from medadapt.train import data as D  # noqa: E402
from medadapt.train.loop import train_loop  # noqa: E402
from medadapt.train.session import LocalSession  # noqa: E402
from medadapt.train.settings import TrainConfig  # noqa: E402
from medadapt.train.toy import toy_dialogues  # noqa: E402

LLAMA3_8B = {"hidden_size": 4096, "intermediate_size": 14336, "num_hidden_layers": 32,
             "num_attention_heads": 32, "num_key_value_heads": 8, "vocab_size": 128256,
             "max_position_embeddings": 8192, "rope_theta": 500000.0}
PEAK_BF16_TFLOPS = {"H100": 989.0, "H200": 989.0, "A100": 312.0}


def dialogues(n: int, seed: int) -> list[dict]:
    """Dialogues of mixed length (0-5 filler sentences), like short and long records."""
    rng = random.Random(seed)
    return [toy_dialogues(1, seed=rng.randrange(10**9), filler=rng.randrange(6))[0]
            | {"id": f"bench-{i:05d}"} for i in range(n)]


def medadapt_tokens_per_s(cfg: TrainConfig, rows: list[dict], work: Path) -> dict:
    session = LocalSession(work / "ray", "bench", keep=1)
    try:
        summary = train_loop(cfg, rows, [], session, "bench", work / "wandb")
    finally:
        session.close()
    return summary


def trl_tokens_per_s(cfg: TrainConfig, model_dir: str, rows: list[dict], work: Path) -> float:
    from datasets import Dataset
    from peft import LoraConfig
    from transformers import AutoTokenizer, TrainerCallback
    from trl import SFTConfig, SFTTrainer

    class Clock(TrainerCallback):
        start = tokens0 = end = tokens1 = 0.0

        def on_step_end(self, args, state, control, **kwargs):
            if state.global_step == 1:
                self.start, self.tokens0 = time.perf_counter(), state.num_input_tokens_seen

        def on_train_end(self, args, state, control, **kwargs):
            self.end, self.tokens1 = time.perf_counter(), state.num_input_tokens_seen

    args = SFTConfig(
        output_dir=str(work / "trl"), per_device_train_batch_size=cfg.micro_batch,
        gradient_accumulation_steps=cfg.grad_accum(1), max_steps=cfg.max_steps,
        learning_rate=cfg.lr, warmup_steps=cfg.warmup_ratio, lr_scheduler_type=cfg.scheduler,
        max_grad_norm=cfg.max_grad_norm, optim="paged_adamw_8bit", max_length=cfg.max_length,
        packing=cfg.packing, assistant_only_loss=True, gradient_checkpointing=True,
        gradient_checkpointing_kwargs={"use_reentrant": False}, report_to=[],
        save_strategy="no", logging_steps=1000, use_cpu=not torch.cuda.is_available(),
        bf16=torch.cuda.is_available(), include_num_input_tokens_seen="non_padding",
        dataloader_num_workers=0, seed=cfg.seed, disable_tqdm=True)
    lora = LoraConfig(r=cfg.lora.r, lora_alpha=cfg.lora.alpha, lora_dropout=cfg.lora.dropout,
                      target_modules=list(cfg.lora.target_modules), task_type="CAUSAL_LM")
    clock = Clock()
    trainer = SFTTrainer(model=model_dir, args=args, peft_config=lora, callbacks=[clock],
                         processing_class=AutoTokenizer.from_pretrained(model_dir),
                         train_dataset=Dataset.from_list([{"messages": r["messages"]}
                                                          for r in rows]))
    trainer.train()
    return (clock.tokens1 - clock.tokens0) / (clock.end - clock.start)


def padding_report(cfg: TrainConfig, model_dir: str, rows: list[dict]) -> tuple[float, float]:
    from transformers import AutoTokenizer

    examples = D.tokenize_rows(AutoTokenizer.from_pretrained(model_dir), rows, cfg.max_length)
    packed = D.pack_examples(examples, cfg.max_length)
    return (D.padding_waste(packed, cfg.micro_batch),
            D.padding_waste(examples, cfg.micro_batch, width=cfg.max_length))


def run_cpu(args: argparse.Namespace) -> None:
    from medadapt.tiny import resolve_model

    model_dir = resolve_model("tiny", Path(args.cache) if args.cache else None)
    cfg = TrainConfig(model=model_dir, max_steps=args.steps, max_length=args.max_length,
                      micro_batch=2, global_batch=16, packing=True, lr=2e-4,
                      wandb={"mode": "disabled"}, ray={"checkpoint_every_steps": 10**6})
    rows = dialogues(args.dialogues, seed=0)
    packed_waste, unpacked_waste = padding_report(cfg, model_dir, rows)
    with tempfile.TemporaryDirectory() as tmp:
        ours = medadapt_tokens_per_s(cfg, rows, Path(tmp) / "medadapt")
        theirs = trl_tokens_per_s(cfg, model_dir, rows, Path(tmp))
    print(f"model tiny ({model_dir}), {len(rows)} dialogues, max_length {cfg.max_length}, "
          f"micro {cfg.micro_batch}, global {cfg.global_batch}, {args.steps} steps, packing")
    print(f"padding waste: packed {packed_waste:.2%}  (unpacked, padded to max_length: "
          f"{unpacked_waste:.2%})")
    print(f"medadapt loop (DeepSpeed ZeRO-{cfg.deepspeed.stage}): "
          f"{ours['steady_tokens_per_s']:.0f} tokens/s")
    print(f"TRL SFTTrainer + PEFT:            {theirs:.0f} tokens/s")
    print(f"ratio medadapt / TRL: {ours['steady_tokens_per_s'] / theirs:.2f}x")


def run_gpu(args: argparse.Namespace) -> None:
    """Llama-3-8B-shaped model (random weights, bf16), 4096-token packed rows."""
    from transformers import AutoModelForCausalLM, AutoTokenizer, LlamaConfig

    from medadapt.tiny import resolve_model

    if not torch.cuda.is_available():
        raise SystemExit("--gpu needs a CUDA GPU (run the CPU mode without --gpu)")
    tiny = resolve_model("tiny", Path(args.cache) if args.cache else None)
    shape = dict(LLAMA3_8B, num_hidden_layers=args.layers or LLAMA3_8B["num_hidden_layers"])
    with tempfile.TemporaryDirectory() as tmp:
        model_dir = Path(tmp) / "llama3-8b-shaped"
        with torch.device("cuda"):  # random bf16 weights built on the GPU, saved once
            model = AutoModelForCausalLM.from_config(
                LlamaConfig(**shape, tie_word_embeddings=False), dtype=torch.bfloat16)
        params = sum(p.numel() for p in model.parameters())
        model.save_pretrained(model_dir)
        del model
        torch.cuda.empty_cache()
        AutoTokenizer.from_pretrained(tiny).save_pretrained(model_dir)  # ids < 4096 < vocab
        cfg = TrainConfig(model=str(model_dir), max_steps=args.steps, max_length=4096,
                          micro_batch=2, global_batch=16, packing=True, precision="bf16",
                          wandb={"mode": "disabled"}, ray={"checkpoint_every_steps": 10**6})
        rows = dialogues(args.dialogues * 6, seed=0)
        torch.cuda.reset_peak_memory_stats()
        ours = medadapt_tokens_per_s(cfg, rows, Path(tmp) / "run")
    tps = ours["steady_tokens_per_s"]
    # Model FLOPs per token (PaLM appendix B): 6N (embeddings included) + attention.
    flops = 6 * params + 12 * shape["num_hidden_layers"] * shape["hidden_size"] * 4096
    name = torch.cuda.get_device_name()
    peak = next((v for k, v in PEAK_BF16_TFLOPS.items() if k in name), 989.0)
    print(f"{name}: Llama-3-8B-shaped ({params / 1e9:.2f}B params), 4096 tokens, bf16, LoRA "
          f"r={cfg.lora.r} qkvo, ZeRO-{cfg.deepspeed.stage}")
    print(f"tokens/s {tps:.0f}  MFU {tps * flops / (peak * 1e12):.1%}  "
          f"peak memory {torch.cuda.max_memory_allocated() / 2**30:.1f} GiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gpu", action="store_true", help="Llama-3-8B-shaped GPU run")
    parser.add_argument("--steps", type=int, default=6, help="optimizer steps per side")
    parser.add_argument("--max-length", type=int, default=1024, help="CPU row length")
    parser.add_argument("--dialogues", type=int, default=1200)
    parser.add_argument("--layers", type=int, default=0, help="GPU: fewer layers (0 = 32)")
    parser.add_argument("--cache", default=None, help="where the tiny model is built")
    args = parser.parse_args()
    run_gpu(args) if args.gpu else run_cpu(args)


if __name__ == "__main__":
    main()
