"""The base of every typed settings section, kept apart so each package's `settings.py` can
define its section without importing the job config (which composes every section)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict

__all__ = ["Section", "section_at"]


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
