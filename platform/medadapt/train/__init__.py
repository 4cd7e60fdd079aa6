"""LoRA / DoRA / QLoRA fine-tuning: the written-out loop (`loop`), its Session (`session`),
the launcher (`launch`, local or Ray) and the Ray Train edge (`trainer`)."""

from medadapt.lazy import lazy_exports

# Public names, imported on first use (importing `medadapt.train.settings`, as the job config
# does, must not pay for this package's heavy dependencies).
__all__, __getattr__ = lazy_exports(__name__, {
    "TrainConfig": "settings",
    "train_model": "launch",
    "RunPaths": "session",
    "train_loop": "loop",
})
