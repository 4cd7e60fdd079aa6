"""Where the de-identification secret comes from, without ever exposing it.

The secret keys every surrogate choice; whoever holds it can link surrogates back to values, so
it is read from a 0600 file or an environment variable, and the holder redacts itself in repr.
"""

from __future__ import annotations

import logging
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from medadapt.errors import UserError

log = logging.getLogger(__name__)
DEFAULT_SECRET_PATH = Path("~/.config/medadapt/deid.key")
ENV_VAR = "MEDADAPT_DEID_SECRET"
MIN_SECRET_BYTES = 16


@dataclass(frozen=True)
class SecretSource:
    """The secret bytes plus a human description of their origin (never the bytes)."""

    secret: bytes = field(repr=False)
    source: str

    def __repr__(self) -> str:
        return f"SecretSource(source={self.source!r}, secret=<redacted>)"

    __str__ = __repr__


def _read_key_file(path: Path) -> bytes:
    data = path.read_bytes().strip()
    if len(data) < MIN_SECRET_BYTES:
        raise UserError(
            f"de-identification key file {path} holds {len(data)} bytes; it needs at least "
            f"{MIN_SECRET_BYTES}. Delete it to have a new one generated, or write a longer key."
        )
    return data


def load_secret(
    key_file: Path | None = None,
    env_var: str = ENV_VAR,
    default_path: Path = DEFAULT_SECRET_PATH,
) -> SecretSource:
    """Secret from key_file, else $env_var, else default_path (created 0600 if missing)."""
    if key_file is not None:
        path = Path(key_file).expanduser()
        if not path.is_file():
            raise FileNotFoundError(
                f"de-identification key file {path} does not exist; create it or omit it to "
                f"use ${env_var} or {default_path}"
            )
        return SecretSource(_read_key_file(path), f"key file {path}")
    value = os.environ.get(env_var)
    if value:
        if len(value.encode()) < MIN_SECRET_BYTES:
            raise UserError(
                f"${env_var} is shorter than {MIN_SECRET_BYTES} bytes; use a longer secret"
            )
        return SecretSource(value.encode(), f"environment variable {env_var}")
    path = Path(default_path).expanduser()
    if path.is_file():
        return SecretSource(_read_key_file(path), f"key file {path}")
    path.parent.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_bytes(32).hex().encode()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(secret + b"\n")
    os.chmod(path, 0o600)
    log.warning("generated a new de-identification secret at %s (mode 0600); keep it to get the "
                "same surrogates in later runs", path)
    return SecretSource(secret, f"key file {path} (newly generated)")
