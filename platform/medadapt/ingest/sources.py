"""Which files an ingest run covers, and which center each belongs to.

Inputs may be folders (recursive), globs, `.txt` list files (one path or URI a line) or
URIs any fsspec filesystem reads (`s3://bucket/center/`), so every node of a cluster can
read the same inputs. The center is the first-level subfolder under the input folder.
"""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import fsspec

from medadapt.errors import UserError


class SourceError(UserError):
    """An input the user named that cannot be listed; the message names it."""


@dataclass(frozen=True, order=True)
class SourceFile:
    source: str  # local absolute path or URI
    center: str
    size_bytes: int


def is_uri(text: str) -> bool:
    return "://" in text and not text.startswith("file://")


def _center_for(file: PurePosixPath, root: PurePosixPath, center: str | None) -> str:
    if center:
        return center
    relative = file.relative_to(root)
    return relative.parts[0] if len(relative.parts) > 1 else root.name or "default"


def _visible(path: PurePosixPath, root: PurePosixPath) -> bool:
    """Hidden files and folders (.DS_Store, .tmp shards) are not inputs."""
    return not any(part.startswith(".") for part in path.relative_to(root).parts)


def _list_local(entry: str, center: str | None) -> list[SourceFile]:
    path = Path(entry.removeprefix("file://")).expanduser()
    if path.is_dir():
        root = PurePosixPath(path.resolve())
        files = sorted(p for p in path.resolve().rglob("*") if p.is_file())
        return [
            SourceFile(str(p), _center_for(PurePosixPath(p), root, center), p.stat().st_size)
            for p in files
            if _visible(PurePosixPath(p), root)
        ]
    if path.is_file() and path.suffix.lower() == ".txt":
        return list_sources([ln.strip() for ln in path.read_text().splitlines()
                             if ln.strip() and not ln.startswith("#")], center)
    if path.is_file():
        resolved = path.resolve()
        return [SourceFile(str(resolved), center or resolved.parent.name, resolved.stat().st_size)]
    matches = sorted(glob.glob(str(path), recursive=True))
    if not matches:
        raise SourceError(f"input {entry!r}: no such file, folder or glob match")
    return [f for m in matches if os.path.isfile(m) for f in _list_local(m, center)]


def _list_uri(entry: str, center: str | None) -> list[SourceFile]:
    fs, _, paths = fsspec.get_fs_token_paths(entry)
    protocol = entry.split("://", 1)[0]
    found: list[SourceFile] = []
    for root_text in paths:
        root = PurePosixPath(root_text)
        infos = fs.find(root_text, detail=True) if fs.isdir(root_text) else {
            root_text: fs.info(root_text)}
        for name, info in sorted(infos.items()):
            file = PurePosixPath(name)
            if info.get("type") == "file" and (file == root or _visible(file, root)):
                owner = root if file != root else root.parent
                found.append(SourceFile(f"{protocol}://{name}", _center_for(file, owner, center),
                                        int(info.get("size") or 0)))
    if not found:
        raise SourceError(f"input {entry!r}: nothing to ingest there")
    return found


def list_sources(inputs: list[str], center: str | None = None) -> list[SourceFile]:
    """Every input file once, sorted by source, with its center."""
    if not inputs:
        raise SourceError("no inputs: give --input PATH (folder, glob, list file or URI)")
    found: dict[str, SourceFile] = {}
    for entry in inputs:
        listed = _list_uri(entry, center) if is_uri(entry) else _list_local(entry, center)
        for item in listed:
            found.setdefault(item.source, item)
    return sorted(found.values())


def read_bytes(source: str) -> bytes:
    if is_uri(source):
        with fsspec.open(source, "rb") as handle:
            return handle.read()
    return Path(source).read_bytes()
