"""Base pieces of the typed config, kept apart so each stage's settings module can define its
section without importing the whole job config (which imports every section)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict


class UserError(ValueError):
    """Bad input the user must fix; the CLI prints the message (no traceback), exit 2."""


class ConfigError(UserError):
    """A job configuration the user must fix; the message says where and how."""


class Section(BaseModel):
    """Base for config sections: unknown keys are errors, assignments are re-validated."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


def section_at(model: type[BaseModel], path: Sequence[Any]) -> type[BaseModel] | None:
    """The nested section model at a key path (`("train", "lora")`), or None if the path
    leaves the sections (an unknown key, or a key holding a plain value)."""
    current: type[BaseModel] | None = model
    for part in path:
        if current is None or part not in current.model_fields:
            return None
        annotation = current.model_fields[part].annotation
        is_section = isinstance(annotation, type) and issubclass(annotation, BaseModel)
        current = annotation if is_section else None
    return current
