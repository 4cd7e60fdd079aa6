"""LoRA / DoRA / QLoRA fine-tuning: the written-out loop (`loop`), its Session (`session`),
the launcher (`launch`, local or Ray) and the Ray Train edge (`trainer`)."""

from __future__ import annotations

import importlib
from typing import Any

# Public names, imported on first use so that importing `medadapt.train.settings` (as the job
# config does) never pays for this package's heavy dependencies.
_PUBLIC = {
    "TrainConfig": "medadapt.train.settings",
    "train_model": "medadapt.train.launch",
    "RunPaths": "medadapt.train.session",
    "train_loop": "medadapt.train.loop",
}
__all__ = sorted(_PUBLIC)


def __getattr__(name: str) -> Any:
    if name in _PUBLIC:
        return getattr(importlib.import_module(_PUBLIC[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
