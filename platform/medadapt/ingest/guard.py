"""Run hostile-file work in a child process with a time limit.

PyMuPDF can hang or crash (segfault) on crafted files. Each ingest worker keeps one spawned
child that processes files one at a time; a file that overruns its limit or kills the
child costs only that file: the child is replaced and the next file goes on.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any


@dataclass(frozen=True)
class Outcome:
    status: str  # "done", "timeout" or "crashed"
    value: Any = None
    detail: str = ""


def _child_loop(conn: Connection, init: Callable[..., Any], init_args: tuple,
                handler: Callable[[Any, Any], Any]) -> None:
    state = init(*init_args)
    conn.send(("ready", None))
    while True:
        task = conn.recv()
        if task is None:
            return
        conn.send(("done", handler(state, task)))


class GuardedRunner:
    """`handler(state, task)` in a child built by `init(*init_args)`; both must be picklable
    module-level functions (the child is spawned, not forked, so it is safe in threaded
    parents such as Ray workers)."""

    def __init__(self, init: Callable[..., Any], init_args: tuple,
                 handler: Callable[[Any, Any], Any], timeout_s: float,
                 start_timeout_s: float = 300.0) -> None:
        self._spec = (init, init_args, handler)
        self._timeout_s = timeout_s
        self._start_timeout_s = start_timeout_s
        self._ctx = mp.get_context("spawn")
        self._proc: Any = None
        self._conn: Connection | None = None
        self.restarts = 0

    def _start(self) -> None:
        parent, child = self._ctx.Pipe()
        self._proc = self._ctx.Process(target=_child_loop, args=(child, *self._spec), daemon=True)
        self._proc.start()
        child.close()
        self._conn = parent
        if not parent.poll(self._start_timeout_s):
            self.close()
            raise RuntimeError("ingest child process did not start in time")
        parent.recv()  # ("ready", None); EOFError here means init itself failed

    def _kill(self) -> None:
        if self._proc is not None and self._proc.is_alive():
            self._proc.kill()
        if self._proc is not None:
            self._proc.join(5)
        if self._conn is not None:
            self._conn.close()
        self._proc, self._conn = None, None

    def run(self, task: Any) -> Outcome:
        if self._proc is None or not self._proc.is_alive():
            self._start()
        assert self._conn is not None
        self._conn.send(task)
        if not self._conn.poll(self._timeout_s):
            self._kill()
            self.restarts += 1
            return Outcome("timeout", detail=f"no result within {self._timeout_s:g}s")
        try:
            _, value = self._conn.recv()
        except (EOFError, ConnectionError):
            code = None
            if self._proc is not None:
                self._proc.join(2)  # the pipe closes before the dead child is reaped
                code = self._proc.exitcode
            self._kill()
            self.restarts += 1
            return Outcome("crashed", detail=f"worker process died (exit code {code})")
        return Outcome("done", value)

    def close(self) -> None:
        if self._conn is not None and self._proc is not None and self._proc.is_alive():
            try:
                self._conn.send(None)
                self._proc.join(5)
            except (OSError, ValueError):
                pass
        self._kill()

    def __enter__(self) -> GuardedRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
