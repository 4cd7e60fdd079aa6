"""Shared test settings: nothing downloads, W&B stays offline, Ray reports no usage."""

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("WANDB_MODE", "offline")
os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory) -> Path:
    """The embedded tiny Llama + locally trained tokenizer, built once per test session."""
    from medadapt.tiny import resolve_model

    return Path(resolve_model("tiny", tmp_path_factory.mktemp("tiny-cache")))
