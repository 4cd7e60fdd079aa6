"""Progress a person can read: files, pages, pages/s, ETA and the status counts so far.

On a terminal it is a live `rich` bar; in a log (no TTY: a cluster job, CI) it is a plain line
every `log_every_s` seconds and one at the end, so a long run is never silent and a log is
never flooded with bar redraws.
"""

from __future__ import annotations

import logging
import sys
import time
from collections import Counter
from types import TracebackType

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

log = logging.getLogger("medadapt.ingest")


class IngestProgress:
    """Counts finished files as their rows arrive; renders a bar or log lines."""

    def __init__(self, total_files: int, live: bool | None = None,
                 log_every_s: float = 15.0) -> None:
        self.total = total_files
        self.files = self.pages = 0
        self.statuses: Counter[str] = Counter()
        self.started = time.perf_counter()
        self._last_log = self.started
        self._log_every_s = log_every_s
        self.live = sys.stderr.isatty() if live is None else live
        self._bar: Progress | None = None
        self._task = None

    @property
    def pages_per_s(self) -> float:
        return self.pages / max(time.perf_counter() - self.started, 1e-9)

    def eta_s(self) -> float | None:
        if not self.files:
            return None
        elapsed = time.perf_counter() - self.started
        return elapsed / self.files * (self.total - self.files)

    def status_text(self) -> str:
        return " ".join(f"{k}={v}" for k, v in sorted(self.statuses.items())) or "-"

    def line(self) -> str:
        eta = self.eta_s()
        return (f"ingest: {self.files}/{self.total} files, {self.pages} pages, "
                f"{self.pages_per_s:.1f} pages/s, ETA {'?' if eta is None else f'{eta:.0f}s'}"
                f" | {self.status_text()}")

    def __enter__(self) -> IngestProgress:
        if self.live and self.total:
            self._bar = Progress(
                TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
                TextColumn("files · {task.fields[pages]} pages · {task.fields[rate]} pages/s"),
                TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                TextColumn("{task.fields[statuses]}"), transient=False,
            )
            self._bar.start()
            self._task = self._bar.add_task("ingest", total=self.total, pages=0, rate="0.0",
                                            statuses="-")
        return self

    def update(self, status: str, n_pages: int, count: int = 1) -> None:
        """One finished file (or `count` files of one status, e.g. duplicates)."""
        self.files += count
        self.statuses[status] += count
        self.pages += n_pages if status == "ok" else 0
        if self._bar is not None:
            self._bar.update(self._task, completed=self.files, pages=self.pages,
                             rate=f"{self.pages_per_s:.1f}", statuses=self.status_text())
        elif time.perf_counter() - self._last_log >= self._log_every_s:
            self._last_log = time.perf_counter()
            log.info(self.line())

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.stop()
        if self.total:
            log.info(self.line())
