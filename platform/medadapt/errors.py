"""Errors a user can act on. The CLI prints their message without a traceback (exit 2).

Kept at the bottom of the layers so every package can raise them without importing the
job config.
"""

from __future__ import annotations

__all__ = ["ConfigError", "UserError"]


class UserError(ValueError):
    """Bad input the user must fix; the message names the file, key or value and what to do."""


class ConfigError(UserError):
    """A job configuration the user must fix; the message says where and how."""
