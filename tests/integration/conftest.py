"""Integration tiers share one way to start local Ray (a module-scoped 2-CPU instance), one
way to kill a Ray Train worker mid-run, and the toy search job."""

import os
import signal
import threading
import time
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def local_ray():
    import ray

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


@pytest.fixture
def tune_job(tmp_path, tiny_model_dir):
    """A search job over the toy A-E task: `tune_job(space, **tune_settings)` -> raw dict."""
    from medadapt.train.toy import write_toy_search_data

    train, val, items = write_toy_search_data(tmp_path / "data")

    def build(space: dict, **tune: object) -> dict:
        return {
            "name": "tj", "output_dir": str(tmp_path / "out"), "stages": ["tune"],
            "train": {"model": str(tiny_model_dir), "global_batch": 2, "micro_batch": 2,
                      "max_length": 128, "max_steps": 6, "optimizer": "adamw_torch",
                      "gradient_checkpointing": False, "deepspeed": {"stage": 0},
                      "data": {"train": [str(train)], "eval": [str(val)]}},
            "tune": {"space": space, "val_items": str(items), "val_count": 10,
                     "resources": {"cpus": 0.5}, "max_concurrent_trials": 2, **tune}}

    return build


def train_worker_pids() -> list[int]:
    """Ray Train worker processes of this test's local Ray (children of this process, titled
    `ray::RayTrainWorker...` by Ray); never anything this test did not start."""
    import psutil

    pids = []
    for proc in psutil.Process().children(recursive=True):
        try:
            if " ".join(proc.cmdline()).startswith("ray::RayTrainWorker"):
                pids.append(proc.pid)
        except psutil.Error:
            continue
    return pids


@pytest.fixture
def kill_train_worker():
    """`kill_train_worker(folder, pattern)`: a thread that SIGKILLs one Ray Train worker once
    a file matching `pattern` under `folder` exists (by default Train's checkpoint snapshot,
    written when a checkpoint is registered, so the run can resume from it). The killed
    pids are in `thread.killed`."""

    def start(folder: Path, pattern: str = "checkpoint_manager_snapshot.json"):
        killed: list[int] = []

        def watch() -> None:
            deadline = time.time() + 300
            while not list(folder.glob(pattern)) and time.time() < deadline:
                time.sleep(0.02)
            pids = train_worker_pids()
            if pids:
                os.kill(pids[-1], signal.SIGKILL)
                killed.append(pids[-1])

        thread = threading.Thread(target=watch, daemon=True)
        thread.killed = killed  # type: ignore[attr-defined]
        thread.start()
        return thread

    return start


@pytest.fixture(scope="session")
def ingest_pdfs():
    """`ingest_pdfs(inputs, root, secret, files_per_shard)` -> the ingest output directory:
    real ingest (Ray Data) with a key file of its own under `root`, natasha off for speed."""
    from medadapt.deid.settings import DeidConfig
    from medadapt.ingest.settings import IngestConfig
    from medadapt.pipelines.ingest import run_ingest

    def ingest(inputs: Path, root: Path, secret: str, files_per_shard: int) -> Path:
        key = root / "deid.key"
        key.write_text(secret + "0" * 40)
        out = root / "ingest"
        run_ingest([str(inputs)], out, IngestConfig(workers=2, files_per_shard=files_per_shard),
                   DeidConfig(key_file=key, use_ner=False))
        return out

    return ingest
