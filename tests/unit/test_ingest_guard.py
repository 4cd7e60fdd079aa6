"""The guarded child: a hang or a crash costs one task, and the next task still runs."""

import os
import time

from medadapt.ingest.guard import GuardedRunner


def make_state(offset: int) -> int:
    return offset


def handle(state: int, task: str):
    if task == "hang":
        time.sleep(60)
    if task == "crash":
        os._exit(11)  # like a segfault in native code: no exception, the process is gone
    return f"{task}+{state}"


def test_results_timeouts_and_crashes_are_isolated():
    with GuardedRunner(make_state, (1,), handle, timeout_s=3) as runner:
        assert runner.run("a").value == "a+1"
        started = time.perf_counter()
        hung = runner.run("hang")
        assert hung.status == "timeout" and time.perf_counter() - started < 10
        assert runner.run("b").value == "b+1"  # a fresh child took over
        crashed = runner.run("crash")
        assert crashed.status == "crashed" and "exit code 11" in crashed.detail
        assert runner.run("c").status == "done"
        assert runner.restarts == 2
