"""Where the training loop runs: a `Session` gives rank, device, the checkpoint to resume
from, and where reports and checkpoints go. `LocalSession` runs the loop in one process
without Ray (debugging, benchmarks, unit tests); `train/trainer.py` has the Ray one.
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import torch
import torch.distributed as dist


@dataclass(frozen=True)
class RunPaths:
    """What one training run reads and where it writes, passed as one value instead of a
    tuple threaded through the launcher, the Ray trainer and the local loop."""

    train: list[str]  # dialogue JSONL files
    evals: list[str]
    run_name: str  # resume key under `storage`
    storage: str  # checkpoints: a local path or a URI (shared storage on a cluster)
    wandb_dir: Path
    out_dir: Path  # the final adapter lands in out_dir/adapter

    @property
    def adapter_out(self) -> Path:
        return self.out_dir / "adapter"


class Session(Protocol):
    rank: int
    world_size: int

    def device(self) -> torch.device: ...

    def latest_checkpoint(self) -> Path | None: ...

    def report(self, metrics: dict[str, Any], checkpoint: Path | None) -> None: ...

    def scratch_dir(self) -> Path: ...


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LocalSession:
    """One process, checkpoints in `<storage_path>/<name>/checkpoint_NNNNNN` (atomic rename);
    re-running with the same storage path and name resumes from the newest one."""

    rank = 0
    world_size = 1

    def __init__(self, storage_path: Path, name: str, keep: int = 2) -> None:
        self.run_dir = Path(storage_path) / name
        self.keep = keep
        self.reports: list[dict[str, Any]] = []
        self._scratch = Path(tempfile.mkdtemp(prefix="medadapt-ckpt-"))
        if not dist.is_initialized():  # kept for the process: DeepSpeed caches its groups
            # What a launcher (torchrun, Ray Train) would set; DeepSpeed reads LOCAL_RANK.
            port = str(_free_port())
            for key, value in (("RANK", "0"), ("LOCAL_RANK", "0"), ("WORLD_SIZE", "1"),
                               ("MASTER_ADDR", "127.0.0.1"), ("MASTER_PORT", port)):
                os.environ[key] = value
            backend = "nccl" if torch.cuda.is_available() else "gloo"
            dist.init_process_group(backend, rank=0, world_size=1)

    def device(self) -> torch.device:
        return torch.device("cuda", 0) if torch.cuda.is_available() else torch.device("cpu")

    def checkpoints(self) -> list[Path]:
        return sorted(self.run_dir.glob("checkpoint_*"))

    def latest_checkpoint(self) -> Path | None:
        found = self.checkpoints()
        return found[-1] if found else None

    def scratch_dir(self) -> Path:
        return self._scratch

    def report(self, metrics: dict[str, Any], checkpoint: Path | None) -> None:
        self.reports.append(dict(metrics))
        if checkpoint is None:
            return
        self.run_dir.mkdir(parents=True, exist_ok=True)
        target = self.run_dir / checkpoint.name
        staging = self.run_dir / f".{checkpoint.name}.tmp-{os.getpid()}"
        shutil.rmtree(staging, ignore_errors=True)
        shutil.move(str(checkpoint), staging)
        shutil.rmtree(target, ignore_errors=True)
        os.replace(staging, target)
        for old in self.checkpoints()[: -self.keep]:
            shutil.rmtree(old, ignore_errors=True)

    def close(self) -> None:
        shutil.rmtree(self._scratch, ignore_errors=True)
