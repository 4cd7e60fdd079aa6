"""Lazy public surfaces for package `__init__`s.

A package names its public API in `__all__`, but importing it must not import the heavy
modules behind that API: the job config imports every `<package>.settings`, which runs each
package's `__init__`, and `medadapt --help` must stay instant. PEP 562 module `__getattr__`
resolves a name on first use.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_exports"]


def lazy_exports(package: str, public: Mapping[str, str]
                 ) -> tuple[list[str], Callable[[str], Any]]:
    """(`__all__`, `__getattr__`) for `package`, whose `public` maps name -> submodule."""
    def __getattr__(name: str) -> Any:
        if name in public:
            return getattr(importlib.import_module(f"{package}.{public[name]}"), name)
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    return sorted(public), __getattr__
