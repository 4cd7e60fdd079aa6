"""Plain torch DDP behind the few DeepSpeed-engine methods the loop calls, so
`train.strategy=ddp` runs the same written-out loop.

For LoRA the trainable tensors are small and many (4 per adapted projection); DeepSpeed
ZeRO-2 puts hooks on each of them and partitions their optimizer state, which can cost
more time than the memory it saves. DDP replicates the adapters, all-reduces gradients in
buckets and keeps the optimizer state whole on every rank. Frozen base weights are left out
of DDP's start-up broadcast (every rank loads the same checkpoint); the adapters, whose
initialisation is random, are broadcast from rank 0 as DeepSpeed does.
"""

from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path
from typing import Any

import torch
import torch.distributed as dist
from torch.nn.parallel import DistributedDataParallel

STATE_FILE = "ddp_state.pt"


class DDPEngine:
    """Gradient accumulation (no all-reduce before the last micro-step), clipping, the
    optimizer and scheduler step at the boundary, and checkpoints of the trainable state."""

    def __init__(self, model: torch.nn.Module, optimizer: Any, scheduler: Any, accum: int,
                 max_grad_norm: float, device: torch.device) -> None:
        frozen = [name for name, p in model.named_parameters() if not p.requires_grad]
        DistributedDataParallel._set_params_and_buffers_to_ignore_for_model(model, frozen)
        self.module = model
        self.wrapped = DistributedDataParallel(
            model, device_ids=[device.index or 0] if device.type == "cuda" else None)
        self.optimizer, self.scheduler = optimizer, scheduler
        self.accum, self.max_grad_norm = accum, max_grad_norm
        self.micro_steps = 0
        self._grad_norm: float | None = None

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """Forward through DDP; off the boundary under no_sync (DDP decides in forward)."""
        sync = self.is_gradient_accumulation_boundary() or not torch.is_grad_enabled()
        with nullcontext() if sync else self.wrapped.no_sync():
            return self.wrapped(*args, **kwargs)

    def is_gradient_accumulation_boundary(self) -> bool:
        return (self.micro_steps + 1) % self.accum == 0

    def backward(self, loss: torch.Tensor) -> None:
        (loss / self.accum).backward()  # DeepSpeed scales by 1/accum the same way

    def step(self) -> None:
        if self.is_gradient_accumulation_boundary():
            params = [p for p in self.module.parameters() if p.requires_grad]
            self._grad_norm = float(torch.nn.utils.clip_grad_norm_(params, self.max_grad_norm))
            self.optimizer.step()
            self.scheduler.step()
            self.optimizer.zero_grad(set_to_none=True)
        self.micro_steps += 1

    def get_lr(self) -> list[float]:
        return [group["lr"] for group in self.optimizer.param_groups]

    def get_global_grad_norm(self) -> float | None:
        return self._grad_norm

    def trainable_state(self) -> dict[str, torch.Tensor]:
        return {n: p.detach().cpu() for n, p in self.module.named_parameters()
                if p.requires_grad}

    def save_checkpoint(self, path: str, tag: str, client_state: dict,
                        exclude_frozen_parameters: bool = True) -> None:
        """Rank 0 writes adapters + optimizer + scheduler (the same on every rank); every
        rank gets the folder, since the loop adds its RNG state there."""
        folder = Path(path) / tag
        folder.mkdir(parents=True, exist_ok=True)
        if dist.get_rank() == 0:
            torch.save({"module": self.trainable_state(), "optimizer":
                        self.optimizer.state_dict(), "scheduler": self.scheduler.state_dict(),
                        "micro_steps": self.micro_steps, "client_state": client_state},
                       folder / STATE_FILE)
        dist.barrier()

    def load_checkpoint(self, path: str, tag: str, **_: Any) -> tuple[str, dict]:
        state = torch.load(Path(path) / tag / STATE_FILE, map_location="cpu",
                           weights_only=False)
        unknown = self.module.load_state_dict(state["module"], strict=False).unexpected_keys
        if unknown:
            raise RuntimeError(f"{path}: checkpoint tensors not in the model: {unknown[:3]}")
        self.optimizer.load_state_dict(state["optimizer"])
        self.scheduler.load_state_dict(state["scheduler"])
        self.micro_steps = state["micro_steps"]
        return str(path), state["client_state"]
