"""The training loop, written out: plain torch + DeepSpeed, runnable without Ray.

Ray Train only launches it (train/trainer.py) through a `Session`. Everything comes from the
`TrainConfig`: the DeepSpeed config is built from it per run, never from globals. Every
rank saves DeepSpeed checkpoints (adapter + optimizer + scheduler + data position + RNG);
resuming continues at the same micro-batch of the same epoch order, so a restarted run
ends at the same total step count.
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import torch
import torch.distributed as dist

from medadapt.train.data import collate, epoch_order, pack_examples, tokenize_rows
from medadapt.train.ddp import DDPEngine
from medadapt.train.losses import causal_lm_loss, summed_eval_loss
from medadapt.train.model import (
    adapter_state,
    build_model,
    check_adapter,
    lora_b_norm,
    resolve_dtype,
    save_adapter,
)
from medadapt.train.session import Session
from medadapt.train.settings import TrainConfig, require_runtime
from medadapt.train.tracking import Tracker

log = logging.getLogger(__name__)
DS_TAG = "ds"


@dataclass
class LoopState:
    """The data position: optimizer steps done, epoch, micro-batches consumed in it."""

    step: int = 0
    epoch: int = 0
    micro: int = 0
    tokens: int = 0


@dataclass(frozen=True)
class Plan:
    accum: int
    micro_per_epoch: int
    steps_per_epoch: int
    total_steps: int
    warmup_steps: int


def make_plan(cfg: TrainConfig, micro_available: int, world: int) -> Plan:
    """Steps from data size and world size; every rank must pass the same micro count."""
    accum = cfg.grad_accum(world)
    steps_per_epoch = micro_available // accum
    if steps_per_epoch == 0:
        raise ValueError(
            f"train data too small: {micro_available} micro-batches of {cfg.micro_batch} per "
            f"worker < {accum} needed for one optimizer step (global_batch="
            f"{cfg.global_batch}); lower train.global_batch or add dialogues")
    total = cfg.max_steps or cfg.epochs * steps_per_epoch
    return Plan(accum, steps_per_epoch * accum, steps_per_epoch, total,
                math.ceil(cfg.warmup_ratio * total))


def deepspeed_config(cfg: TrainConfig, plan: Plan, world: int, dtype: torch.dtype) -> dict:
    """DeepSpeed config from the job config alone."""
    zero: dict[str, Any] = {"stage": cfg.deepspeed.stage}
    if cfg.deepspeed.offload == "cpu":
        zero["offload_optimizer"] = {"device": "cpu"}
    if cfg.deepspeed.stage == 3:
        zero["stage3_gather_16bit_weights_on_model_save"] = True
    return {
        "train_micro_batch_size_per_gpu": cfg.micro_batch,
        "gradient_accumulation_steps": plan.accum,
        "train_batch_size": cfg.micro_batch * plan.accum * world,
        "gradient_clipping": cfg.max_grad_norm,
        "zero_optimization": zero,
        "bf16": {"enabled": dtype == torch.bfloat16},
        "zero_allow_untested_optimizer": True,  # bitsandbytes 8-bit paged AdamW
        "zero_force_ds_cpu_optimizer": False,
        "steps_per_print": 10**9,
    }


def make_optimizer(cfg: TrainConfig, model: torch.nn.Module, plan: Plan):
    from transformers import get_scheduler

    params = [p for p in model.parameters() if p.requires_grad]
    if cfg.optimizer == "paged_adamw_8bit":
        import bitsandbytes as bnb

        opt = bnb.optim.PagedAdamW8bit(params, lr=cfg.lr, weight_decay=cfg.weight_decay)
    else:
        opt = torch.optim.AdamW(params, lr=cfg.lr, weight_decay=cfg.weight_decay)
    sched = get_scheduler(cfg.scheduler, opt, num_warmup_steps=plan.warmup_steps,
                          num_training_steps=plan.total_steps)
    return opt, sched


def agree_min(value: int, device: torch.device) -> int:
    tensor = torch.tensor([value], dtype=torch.long, device=device)
    dist.all_reduce(tensor, op=dist.ReduceOp.MIN)
    return int(tensor.item())


def all_sum(values: list[float], device: torch.device) -> list[float]:
    tensor = torch.tensor(values, dtype=torch.float64, device=device)
    dist.all_reduce(tensor)
    return tensor.tolist()


def restore(engine, session: Session) -> LoopState:
    """Load the latest checkpoint into the engine; the fresh state when there is none."""
    latest = session.latest_checkpoint()
    if latest is None:
        return LoopState()
    _, client = engine.load_checkpoint(str(latest), tag=DS_TAG, load_module_strict=False,
                                       load_optimizer_states=True, load_lr_scheduler_states=True)
    rng = latest / f"rng_rank{session.rank}.pt"
    if rng.exists():
        torch.set_rng_state(torch.load(rng))
    log.info("resumed from %s at step %s", latest, client["step"])
    return LoopState(**{k: client[k] for k in asdict(LoopState())})


def save_checkpoint(engine, state: LoopState, session: Session) -> Path:
    """Every rank saves its part (ZeRO shards); Ray merges them into one checkpoint."""
    path = session.scratch_dir() / f"checkpoint_{state.step:06d}"
    engine.save_checkpoint(str(path), tag=DS_TAG, client_state=asdict(state),
                           exclude_frozen_parameters=True)
    torch.save(torch.get_rng_state(), path / f"rng_rank{session.rank}.pt")
    return path


def micro_batches(rows: list[dict], cfg: TrainConfig, plan: Plan, epoch: int, start: int):
    order = epoch_order(len(rows), cfg.seed, epoch)
    for index in range(start, plan.micro_per_epoch):
        chunk = order[index * cfg.micro_batch:(index + 1) * cfg.micro_batch]
        yield [rows[i] for i in chunk]


@torch.no_grad()
def evaluate(engine, rows: list[dict], cfg: TrainConfig, session: Session, pad_id: int,
             token_types: bool) -> float:
    """Token-mean eval loss over all ranks; every rank runs the same number of forwards
    (ZeRO-3 gathers weights in forward), padding with zero-weight batches."""
    if not rows:
        return float("nan")
    mine = rows[session.rank::session.world_size]
    n_batches = math.ceil(math.ceil(len(rows) / session.world_size) / cfg.micro_batch)
    engine.module.eval()
    total = count = 0.0
    for b in range(n_batches):
        chunk = mine[b * cfg.micro_batch:(b + 1) * cfg.micro_batch]
        weight = 1.0 if chunk else 0.0
        batch = collate(chunk or rows[:1], pad_id, False, token_types)
        tensors = {k: v.to(session.device()) for k, v in batch.tensors.items()}
        loss, tokens = summed_eval_loss(engine, engine.module, tensors, cfg.loss)
        total += weight * loss
        count += weight * tokens
    engine.module.train()
    total, count = all_sum([total, count], session.device())
    return total / max(count, 1.0)


@dataclass
class Prepared:
    """Everything a run needs, built once per worker."""

    engine: Any
    backbone: Any
    train: list[dict]
    eval: list[dict]
    plan: Plan
    dtype: torch.dtype
    resumed_from: int = 0


def prepare(cfg: TrainConfig, train_rows: list[dict], eval_rows: list[dict],
            session: Session) -> Prepared:
    import deepspeed

    device = session.device()
    require_runtime(cfg, device.type == "cuda")
    torch.manual_seed(cfg.seed + session.rank)
    dtype = resolve_dtype(cfg.precision, device.type == "cuda")
    backbone = build_model(cfg, device, dtype)
    train = tokenize_rows(backbone.tokenizer, train_rows, cfg.max_length)
    if cfg.packing:
        train = pack_examples(train, cfg.max_length)
    evals = tokenize_rows(backbone.tokenizer, eval_rows, cfg.max_length)
    micro = agree_min(len(train) // cfg.micro_batch, device)
    plan = make_plan(cfg, micro, session.world_size)
    opt, sched = make_optimizer(cfg, backbone.model, plan)
    if cfg.strategy == "ddp":  # plain torch DDP behind the same engine methods
        engine = DDPEngine(backbone.model, opt, sched, plan.accum, cfg.max_grad_norm, device)
        return Prepared(engine, backbone, train, evals, plan, dtype)
    deepspeed.init_distributed(dist_backend=dist.get_backend(), auto_mpi_discovery=False)
    engine, _, _, _ = deepspeed.initialize(
        model=backbone.model, optimizer=opt, lr_scheduler=sched,
        config=deepspeed_config(cfg, plan, session.world_size, dtype))
    return Prepared(engine, backbone, train, evals, plan, dtype)


@dataclass
class Clock:
    """Throughput bookkeeping across steps: steady-state seconds and tokens exclude the
    first (warm-up) step; `grad_norm` carries a norm measured where DeepSpeed records none."""

    last: float
    seconds: float = 0.0
    tokens: float = 0.0
    grad_norm: float | None = None


def train_epoch(run: Prepared, cfg: TrainConfig, state: LoopState, session: Session,
                tracker: Tracker, clock: Clock) -> None:
    """Micro-batches of one epoch from the saved position; reports and checkpoints."""
    engine, pad_id = run.engine, run.backbone.tokenizer.pad_token_id
    losses, real, padded = [], 0, 0
    for rows in micro_batches(run.train, cfg, run.plan, state.epoch, state.micro):
        batch = collate(rows, pad_id, cfg.packing, run.backbone.multimodal)
        tensors = {k: v.to(session.device()) for k, v in batch.tensors.items()}
        loss = causal_lm_loss(engine, engine.module, tensors, cfg.loss)
        engine.backward(loss)
        boundary = engine.is_gradient_accumulation_boundary()
        if boundary and cfg.deepspeed.stage == 0:  # DeepSpeed records no norm without ZeRO
            clock.grad_norm = float(torch.nn.utils.get_total_norm(
                [p.grad for p in engine.module.parameters() if p.grad is not None]))
        engine.step()
        state.micro += 1
        losses.append(float(loss.detach()))
        real, padded = real + batch.real_tokens, padded + batch.padded_tokens
        if not boundary:
            continue
        state.step += 1
        loss_sum, tokens, pads = all_sum([sum(losses), real, padded], session.device())
        state.tokens += int(tokens)
        metrics = step_metrics(run, state, loss_sum / (len(losses) * session.world_size),
                               tokens, pads, clock)
        losses, real, padded = [], 0, 0
        if cfg.eval_every_steps and state.step % cfg.eval_every_steps == 0:
            metrics["eval_loss"] = evaluate(engine, run.eval, cfg, session, pad_id,
                                            run.backbone.multimodal)
        if state.step % cfg.ray.checkpoint_every_steps == 0 or state.step == run.plan.total_steps:
            checkpoint(run, cfg, state, session, tracker, metrics)  # adds final eval/adapter
        tracker.log(metrics, state.step)
        if state.step >= run.plan.total_steps:
            return
    state.epoch, state.micro = state.epoch + 1, 0
    if cfg.eval_every_steps is None and run.eval:
        tracker.log({"eval_loss": evaluate(engine, run.eval, cfg, session, pad_id,
                                           run.backbone.multimodal)}, state.step)


def step_metrics(run: Prepared, state: LoopState, loss: float, tokens: float, padded: float,
                 clock: Clock) -> dict[str, float]:
    now = time.perf_counter()
    seconds, clock.last = now - clock.last, now
    if state.step > 1:  # the first step pays for warm-up; leave it out of throughput
        clock.seconds += seconds
        clock.tokens += tokens
    grad_norm, clock.grad_norm = clock.grad_norm, None
    return {"loss": loss, "lr": run.engine.get_lr()[0],
            "grad_norm": float(grad_norm or run.engine.get_global_grad_norm()),
            "tokens_per_s": tokens / max(seconds, 1e-9), "padding_waste": 1 - tokens / padded,
            "step": state.step, "epoch": state.epoch}


def checkpoint(run: Prepared, cfg: TrainConfig, state: LoopState, session: Session,
               tracker: Tracker, metrics: dict[str, Any]) -> None:
    """Save on every rank; at the last step also the PEFT adapter, re-load-checked."""
    path = save_checkpoint(run.engine, state, session)
    final = state.step >= run.plan.total_steps
    if final:
        metrics.update(finish_adapter(run, cfg, session, path / "adapter"))
        if math.isnan(metrics.get("eval_loss", math.nan)):
            metrics["eval_loss"] = evaluate(run.engine, run.eval, cfg, session,
                                            run.backbone.tokenizer.pad_token_id,
                                            run.backbone.multimodal)
    if session.rank == 0:
        name = "adapter" if final else f"checkpoint-{state.step}"
        tracker.log_checkpoint(path / "adapter" if final else path, name,
                               "model" if final else "checkpoint")
    session.report({**metrics, "checkpoint_step": state.step, "resumed_from_step":
                    run.resumed_from, "total_steps": run.plan.total_steps,
                    "steps_per_epoch": run.plan.steps_per_epoch}, path)


def finish_adapter(run: Prepared, cfg: TrainConfig, session: Session, out: Path) -> dict:
    """Gather + save the adapter (rank 0) and check that a fresh load gives the same logits."""
    model = run.engine.module
    state = adapter_state(model, cfg.deepspeed.stage == 3)
    probe_rows = (run.eval or run.train)[:2]
    probe = collate(probe_rows, run.backbone.tokenizer.pad_token_id, False,
                      run.backbone.multimodal).tensors
    probe.pop("labels")
    model.eval()
    with torch.no_grad():
        reference = run.engine(**{k: v.to(session.device()) for k, v in probe.items()}).logits
    model.train()
    result: dict[str, Any] = {"adapter_lora_b_norm": lora_b_norm(state)}
    if session.rank == 0:
        save_adapter(model, state, out)
        run.backbone.tokenizer.save_pretrained(str(out))
        result = check_adapter(cfg, out, probe, reference.float().cpu(), run.dtype,
                               session.device())
    dist.barrier()
    return result


def train_loop(cfg: TrainConfig, train_rows: list[dict], eval_rows: list[dict],
               session: Session, run_name: str, wandb_dir: Path) -> dict[str, Any]:
    """Train (or resume) to `total_steps`; returns rank 0's final metrics and throughput."""
    run = prepare(cfg, train_rows, eval_rows, session)
    state = restore(run.engine, session)
    resumed_from = run.resumed_from = state.step
    tracker = Tracker(cfg.wandb, run_name, wandb_dir, cfg.model_dump(mode="json"),
                      active=session.rank == 0)
    clock = Clock(last=time.perf_counter())
    try:
        while state.step < run.plan.total_steps:
            train_epoch(run, cfg, state, session, tracker, clock)
        summary = {"step": state.step, "total_steps": run.plan.total_steps,
                   "resumed_from_step": resumed_from, "train_tokens": state.tokens,
                   "steady_tokens_per_s": clock.tokens / max(clock.seconds, 1e-9),
                   "steps_per_epoch": run.plan.steps_per_epoch, "grad_accum": run.plan.accum}
        tracker.summary(summary)
        return summary
    finally:
        tracker.finish()
