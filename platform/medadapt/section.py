"""Base pieces of the typed config, kept apart so each stage's settings module can define its
section without importing the whole job config (which imports every section)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class UserError(ValueError):
    """Bad input the user must fix; the CLI prints the message (no traceback), exit 2."""


class ConfigError(UserError):
    """A job configuration the user must fix; the message says where and how."""


class Section(BaseModel):
    """Base for config sections: unknown keys are errors, assignments are re-validated."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)
