"""Command-line options derived from a settings model, so a flag's default and help are the
model's (never a copied default that drifts), and one error path for every command.
"""

from __future__ import annotations

import inspect
import logging
import sys
import types
import typing
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import typer
from pydantic import BaseModel
from rich.console import Console
from rich.markup import escape

from medadapt.errors import UserError

console = Console(stderr=True)
_PLAIN = (int, float, bool, str, Path)


def fail(message: str, code: int = 2) -> typing.NoReturn:
    console.print(f"[bold red]error:[/] {escape(message)}", highlight=False)
    raise typer.Exit(code)


@contextmanager
def user_errors() -> Iterator[None]:
    """The one error path: a UserError (or an unreadable file) prints its message, exit 2;
    anything else is a bug and keeps its traceback."""
    try:
        yield
    except (UserError, OSError) as err:
        fail(str(err))


def setup_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        datefmt="%H:%M:%S", stream=sys.stderr)


def _option_type(annotation: Any) -> tuple[type, Callable[[Any], str] | None]:
    """(the type typer parses, how a default is shown) for one field annotation; lists and
    ranges are typed as text (`ru,kk`, `3..6`) and parsed by the model's validators."""
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    optional = typing.get_origin(annotation) in (typing.Union, types.UnionType)
    base = args[0] if optional else annotation
    if base in _PLAIN:
        return base, None
    if typing.get_origin(base) is tuple:
        return str, lambda v: "..".join(str(x) for x in v)
    return str, lambda v: ",".join(str(x) for x in v)


def section_options(model: type[BaseModel], names: Sequence[str]) -> Callable:
    """Add `--<name>` options for the model's fields to a command taking `**options`; the
    command receives only the options the user gave (`None` = use the model's default)."""
    def decorate(func: Callable) -> Callable:
        signature = inspect.signature(func)
        hints = typing.get_type_hints(func, include_extras=True)  # resolve postponed ones
        params = [p.replace(annotation=hints.get(p.name, p.annotation))
                  for p in signature.parameters.values() if p.kind != p.VAR_KEYWORD]
        for name in names:
            info = model.model_fields[name]
            kind, shown = _option_type(info.annotation)
            default = info.get_default(call_default_factory=True)
            help_text = escape(info.description or "") + (
                f" (default: {shown(default) if shown else default})" if default is not None
                else "")
            flag = name.replace("_", "-")
            decls = f"--{flag}/--no-{flag}" if kind is bool else f"--{flag}"
            option = typer.Option(None, decls, help=help_text, show_default=False)
            params.append(inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY,
                                            default=option, annotation=kind | None))
        func.__signature__ = signature.replace(parameters=params)
        func.__annotations__ = {p.name: p.annotation for p in params}
        return func
    return decorate


def given(options: dict[str, Any], model: type[BaseModel]) -> dict[str, Any]:
    """The options the user set, with comma lists split for list fields."""
    raw = {}
    for name, value in options.items():
        if value is None:
            continue
        annotation = model.model_fields[name].annotation
        if typing.get_origin(annotation) is list and isinstance(value, str):
            value = [part.strip() for part in value.split(",") if part.strip()]
        raw[name] = value
    return raw
