"""The one way medadapt writes a file: to a temp file beside it, then an atomic rename.

A killed run therefore never leaves a half-written file behind, and a reader sees either
the old content or the new, never a mix. Directories are published the same way.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

__all__ = ["atomic_path", "publish_dir", "write_atomic", "write_json"]


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temp path in `path`'s folder; on success it replaces `path` atomically.

    The temp name is unique per call (pid + random), so concurrent writers never share one.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp")
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_atomic(path: Path, text: str) -> None:
    """Write UTF-8 text atomically."""
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")


def write_json(path: Path, payload: Any) -> None:
    """Write indented UTF-8 JSON atomically."""
    write_atomic(path, json.dumps(payload, indent=2, ensure_ascii=False))


def publish_dir(build: Callable[[Path], Any], target: Path) -> Path:
    """Build a directory in a staging folder beside `target`, then rename it into place.

    When another process published `target` first (a race between builders), its copy wins.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f".{target.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp")
    try:
        staging.mkdir()
        build(staging)
        try:
            os.replace(staging, target)
        except OSError:
            if not target.exists():
                raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target
