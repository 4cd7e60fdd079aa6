"""benchmarks/gpu.py, the one prepared GPU check, cannot rot between the rare GPU runs: its
`--smoke` mode runs every part on CPU with tiny shapes, and its time caps hold."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "benchmarks" / "gpu.py"
PARTS = {"models", "tests_gpu", "train", "qlora", "gemma_loss", "ablations", "eval"}
FIGURES = ("tokens_per_s", "items_per_s", "layers")


@pytest.fixture(scope="module")
def gpu_bench():
    """benchmarks/gpu.py imported as a module, leaving sys.path as it was."""
    saved = list(sys.path)
    spec = importlib.util.spec_from_file_location("gpu_bench", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sys.path[:] = saved
    return module


@pytest.fixture(scope="module")
def smoke_report(tmp_path_factory, tiny_model_dir) -> dict:
    out = tmp_path_factory.mktemp("gpu") / "gpu.json"
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, str(SCRIPT), "--smoke", "--out", str(out),
                           "--cache", str(tiny_model_dir.parent)], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    print(f"smoke run: {time.perf_counter() - started:.0f} s wall")
    assert "target letter mode / lm-eval option-text items/s" in proc.stdout  # the table
    return json.loads(out.read_text())


def test_smoke_reports_every_part_with_figures_or_a_reason(smoke_report):
    parts = smoke_report["parts"]
    assert set(parts) == PARTS
    for name, part in parts.items():
        assert part["status"] in ("ok", "skipped"), name
        if part["status"] == "skipped":
            assert part["reason"], name
            continue
        arms = {k: v for k, v in part.items() if isinstance(v, dict)}
        assert arms or "tests" in part, name
        for arm, fig in arms.items():
            measured = any(isinstance(fig.get(k), int | float) and fig[k] > 0 for k in FIGURES)
            assert measured or fig.get("skipped"), (name, arm, fig)


def test_smoke_measures_the_cpu_parts_and_skips_what_needs_cuda(smoke_report):
    parts = smoke_report["parts"]
    assert parts["qlora"]["reason"].startswith("needs CUDA")
    assert parts["gemma_loss"]["liger"]["skipped"] == "needs CUDA"
    assert parts["ablations"]["flash_attention_2"]["skipped"] == "needs CUDA"
    assert parts["tests_gpu"]["skipped"] == parts["tests_gpu"]["tests"] > 0
    for part, arm in [("train", "medadapt"), ("train", "trl"), ("gemma_loss", "standard"),
                      ("gemma_loss", "chunked"), ("ablations", "deepspeed_zero2"),
                      ("ablations", "ddp")]:
        assert parts[part][arm]["tokens_per_s"] > 0, (part, arm)
    assert parts["train"]["ratio"] > 0 and parts["ablations"]["ddp_speedup"] > 0
    assert parts["eval"]["ratio"] > 0 and parts["eval"]["items"] == 12
    assert "6 x N_active" in smoke_report["mfu_formula"]
    assert [t["verdict"] for t in smoke_report["targets"]] == ["not judged (smoke)"] * 3
    assert [t["at_least"] for t in smoke_report["targets"]] == [13000, 1.3, 3.0]


def test_gpu_run_fits_eight_minutes_by_construction(gpu_bench):
    assert sum(cap for _, cap, _ in gpu_bench.PARTS.values()) <= 450
    assert set(gpu_bench.PARTS) == PARTS


def test_a_part_over_its_cap_is_skipped_with_the_reason(gpu_bench, monkeypatch, tmp_path):
    monkeypatch.setitem(gpu_bench.PARTS, "slow", (lambda ctx: time.sleep(10), 1, 1))
    ctx = gpu_bench.P.Ctx(smoke=True, work=tmp_path, cache=None)
    started = time.perf_counter()
    outcome = gpu_bench.run_inline("slow", ctx, 1)
    assert outcome == {"status": "skipped", "reason": "over its 1 s cap"}
    assert time.perf_counter() - started < 5


def test_isolated_parts_report_skips_and_are_killed_at_the_cap(gpu_bench, tmp_path):
    """GPU mode's child processes: a Skip comes back as the reason; a part still running at
    its cap is killed (with its process group) and recorded as over the cap."""
    ctx = gpu_bench.P.Ctx(smoke=False, work=tmp_path, cache=None)
    outcome = gpu_bench.run_isolated("qlora", ctx, 120)
    assert outcome["status"] == "skipped", outcome
    assert "no llama checkpoint" in outcome["reason"]
    started = time.perf_counter()
    outcome = gpu_bench.run_isolated("tests_gpu", ctx, 2)
    assert outcome == {"status": "skipped", "reason": "over its 2 s cap"}
    assert time.perf_counter() - started < 10
