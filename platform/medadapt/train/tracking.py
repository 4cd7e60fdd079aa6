"""W&B tracking for training: offline by default, numbers only (never patient text).

Only rank 0 tracks. The run id is derived from the run name, so a resumed run continues
the same W&B run. Offline runs leave a directory under `dir` to `wandb sync` later.
"""

from __future__ import annotations

import hashlib
import math
import numbers
from pathlib import Path
from typing import Any

from medadapt.train.settings import WandbSettings


def numeric_metrics(metrics: dict[str, Any]) -> dict[str, float]:
    """Keep finite numbers only: strings could carry dialogue text, so they never go out."""
    out = {}
    for key, value in metrics.items():
        if isinstance(value, numbers.Real) and not isinstance(value, bool) \
                and math.isfinite(float(value)):
            out[key] = float(value)
    return out


class Tracker:
    """Thin wrapper over one wandb run; a no-op when disabled or not rank 0."""

    def __init__(self, settings: WandbSettings, run_name: str, directory: Path,
                 config: dict[str, Any], active: bool = True) -> None:
        self.settings = settings
        self.run = None
        if not active or settings.mode == "disabled":
            return
        import wandb

        directory.mkdir(parents=True, exist_ok=True)
        run_id = hashlib.sha256(run_name.encode()).hexdigest()[:16]
        self.run = wandb.init(
            project=settings.project, entity=settings.entity, group=settings.group,
            name=run_name, id=run_id, resume="allow", mode=settings.mode,
            dir=str(directory), config=config, reinit="finish_previous",
            settings=wandb.Settings(console="off", x_disable_stats=True, silent=True))

    @property
    def run_dir(self) -> Path | None:
        return Path(self.run.dir).parent if self.run is not None else None

    def log(self, metrics: dict[str, Any], step: int) -> None:
        if self.run is not None:
            self.run.log(numeric_metrics(metrics), step=step)

    def log_checkpoint(self, path: Path, name: str, kind: str = "checkpoint") -> None:
        """Store a checkpoint (or the final adapter) as a W&B artifact."""
        if self.run is None or not self.settings.log_checkpoints:
            return
        import wandb

        artifact = wandb.Artifact(name=name, type=kind)
        artifact.add_dir(str(path))
        self.run.log_artifact(artifact)

    def summary(self, values: dict[str, Any]) -> None:
        if self.run is not None:
            self.run.summary.update(numeric_metrics(values))

    def finish(self) -> None:
        if self.run is not None:
            self.run.finish()
            self.run = None


def read_offline_history(run_file: Path) -> list[dict[str, Any]]:
    """The logged history rows of an offline `.wandb` file (inspect a run without syncing)."""
    import json

    return [{item.key or ".".join(item.nested_key): json.loads(item.value_json)
             for item in record.history.item}
            for record in read_offline_records(run_file)
            if record.WhichOneof("record_type") == "history"]


def read_offline_records(run_file: Path) -> list[Any]:
    """Every `wandb_internal_pb2.Record` of an offline `.wandb` file.

    The file is a 7-byte W&B header, then a LevelDB-style log of 32 KiB blocks whose
    records (7-byte header: crc, length, type) carry the protobuf records."""
    from wandb.proto import wandb_internal_pb2

    blob, pos, chunks, records = Path(run_file).read_bytes(), 7, b"", []
    while pos + 7 <= len(blob):
        left = 32768 - pos % 32768
        if left < 7:
            pos += left
            continue
        length = int.from_bytes(blob[pos + 4:pos + 6], "little")
        kind = blob[pos + 6]
        chunks += blob[pos + 7:pos + 7 + length]
        pos += 7 + length
        if kind in (1, 4):  # FULL or LAST: a whole record
            record = wandb_internal_pb2.Record()
            record.ParseFromString(chunks)
            records.append(record)
            chunks = b""
        elif kind == 0 and length == 0:
            break
    return records
