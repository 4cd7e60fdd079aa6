"""The one prepared GPU check (issue 18): every GPU figure from one run of at most 8 minutes.

    .venv/bin/python benchmarks/gpu.py [--out outputs/gpu/gpu.json]   # one CUDA GPU
    .venv/bin/python benchmarks/gpu.py --smoke --out /tmp/gpu.json     # CPU, tiny shapes

GPU time comes in short windows, start-up included, so everything is measured in one go.
Parts, in order, each under a time cap (benchmarks/gpu_parts.py has the code):

  models      random Llama-3-8B-shaped (all 32 layers if they fit, else fewer and the
              figures scaled, which the output says) and Gemma-3-4B-shaped checkpoints
  tests_gpu   pytest tests/gpu
  train       medadapt's loop vs TRL SFTTrainer + PEFT, same data: 4096 tokens, bf16,
              LoRA r=16 q/k/v/o, packing, gradient checkpointing (use_reentrant=False),
              8-bit paged AdamW; tokens/s per GPU, MFU, peak memory, ratio
  qlora       the same on NF4 weights
  gemma_loss  262k vocabulary: loss standard vs chunked vs Liger fused linear CE
  ablations   8 layers: DeepSpeed ZeRO-2 vs DDP, sdpa vs flash-attention-2, compile on
  eval        letter mode vs lm-eval HFLM option-text loglikelihoods, same model and items

Throughput is measured over the optimizer steps after one warm-up step, not whole epochs.
On a GPU each part runs in its own process, killed at its cap; a part over its cap or
failing is recorded as skipped with the reason (with the arms it finished), and the caps
sum to 450 s, so the run fits 8 minutes by construction. One JSON goes to --out, one table
is printed, and in GPU mode each target is judged pass/fail. `--smoke` runs every part
in-process on CPU with tiny shapes (what needs CUDA is recorded as skipped, after the code
up to it has run), so a unit test keeps the script from rotting between GPU runs.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("WANDB_MODE", "disabled")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "platform"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import torch  # noqa: E402

import gpu_parts as P  # noqa: E402


def part_tests_gpu(ctx: P.Ctx, timeout: float) -> None:
    """pytest tests/gpu in a subprocess; the counts come from its JUnit report."""
    report = ctx.work / "tests_gpu.xml"
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/gpu", "-q", "-p", "no:cacheprovider",
         f"--junitxml={report}"], cwd=P.ROOT, capture_output=True, text=True, timeout=timeout,
        env=os.environ | {"HF_HUB_OFFLINE": "1", "WANDB_MODE": "disabled"})
    suite = ET.parse(report).getroot()
    suite = suite if suite.tag == "testsuite" else suite[0]
    counts = {k: int(suite.get(k, 0)) for k in ("tests", "failures", "errors", "skipped")}
    counts["passed"] = counts["tests"] - counts["failures"] - counts["errors"] - \
        counts["skipped"]
    ctx.result.update(counts | {"rc": proc.returncode})
    if proc.returncode not in (0, 5):
        ctx.result["tail"] = proc.stdout[-1500:]


def part_eval(ctx: P.Ctx) -> None:
    """letter mode (one forward per item) vs lm-eval HFLM loglikelihood over each option's
    text (its multiple-choice task's requests), on one loaded model and the same items."""
    from lm_eval.models.huggingface import HFLM

    from medadapt.evaluate.items import load_items
    from medadapt.evaluate.modeling import load_scoring_model
    from medadapt.evaluate.scoring import Scorer, ScoringSettings
    from medadapt.synth.mcq import generate_mcq, write_mcq

    helpers = importlib.import_module("eval")  # benchmarks/eval.py
    meta = ctx.meta("llama")
    items = load_items(write_mcq(generate_mcq(12 if ctx.smoke else 100, seed=0),
                                 ctx.work / "items.csv"))
    loaded = load_scoring_model(meta["dir"], gpus=1.0 if ctx.cuda else 0.0)
    scorer = Scorer(loaded, ScoringSettings(mode="letter", batch_size=16, chat_template=False))
    scorer.score(items[:16], "base")  # warm-up
    ours, _ = helpers.best_of(lambda: scorer.score(items, "base"), 1)
    ctx.result["medadapt_letter"] = {"items_per_s": len(items) / ours}
    ctx.flush()
    lm = HFLM(pretrained=loaded.model, tokenizer=loaded.tokenizer, batch_size=16)
    requests, _ = helpers.lm_eval_requests(items, scorer, letters=False)
    lm.loglikelihood(requests[:32], disable_tqdm=True)  # warm-up
    theirs, _ = helpers.best_of(lambda: lm.loglikelihood(requests, disable_tqdm=True), 1)
    ctx.result["lm_eval_options"] = {"items_per_s": len(items) / theirs}
    ctx.result["ratio"] = theirs / ours
    ctx.result["items"] = len(items)


# name: (function, cap on a GPU in s, cap in smoke mode in s)
PARTS: dict[str, tuple[Any, int, int]] = {
    "models": (P.part_models, 65, 60),
    "tests_gpu": (part_tests_gpu, 50, 60),
    "train": (P.part_train, 115, 120),
    "qlora": (P.part_qlora, 55, 60),
    "gemma_loss": (P.part_gemma_loss, 55, 90),
    "ablations": (P.part_ablations, 80, 90),
    "eval": (part_eval, 30, 60),
}
TARGETS = [  # (what, part, key path, at least)
    ("tokens/s per GPU, Llama-3-8B shape, 4096 tokens (NeMo AutoModel: 12,473 on H100)",
     "train", ("medadapt", "tokens_per_s"), 13000.0),
    ("medadapt / TRL SFTTrainer + PEFT tokens/s", "train", ("ratio",), 1.3),
    ("letter mode / lm-eval option-text items/s", "eval", ("ratio",), 3.0),
]
DEFAULT_OUT = Path("outputs/gpu/gpu.json")


class OverCap(Exception):
    pass


def run_inline(name: str, ctx: P.Ctx, cap: int) -> dict[str, Any]:
    """Smoke mode: the part in this process, stopped by SIGALRM at its cap."""
    fn = PARTS[name][0]

    def alarm(*_: Any) -> None:
        raise OverCap

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(cap)
    try:
        fn(ctx, cap) if name == "tests_gpu" else fn(ctx)
        return {"status": "ok"}
    except OverCap:
        return {"status": "skipped", "reason": f"over its {cap} s cap"}
    except P.Skip as why:
        return {"status": "skipped", "reason": str(why)}
    except Exception as err:  # noqa: BLE001 - recorded as the part's reason
        return {"status": "skipped", "reason": f"failed: {type(err).__name__}: {err}"[:400]}
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def run_isolated(name: str, ctx: P.Ctx, cap: int) -> dict[str, Any]:
    """GPU mode: the part in a child process (its own CUDA memory), killed at its cap; the
    arms it finished before that are kept."""
    result_file = ctx.work / f"{name}.json"
    cmd = [sys.executable, str(Path(__file__).resolve()), "--part", name, "--work", str(ctx.work),
           "--result", str(result_file), "--cap", str(cap)]
    if ctx.cache:
        cmd += ["--cache", str(ctx.cache)]
    child = subprocess.Popen(cmd, start_new_session=True, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True)
    try:
        output, _ = child.communicate(timeout=cap)
        status = None
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        output, _ = child.communicate()
        status = {"status": "skipped", "reason": f"over its {cap} s cap"}
    try:
        found = json.loads(result_file.read_text())
    except (OSError, json.JSONDecodeError):  # none yet, or killed while writing it
        found = {}
    ctx.result = found.get("figures", {})
    if status is None:
        status = found.get("outcome") or {"status": "skipped", "reason": "child died: "
                                          + (output or "")[-400:]}
    return status


def child_main(args: argparse.Namespace) -> None:
    """`--part NAME`: run one part here and leave its figures and outcome in --result."""
    out = Path(args.result)
    ctx = P.Ctx(smoke=False, work=Path(args.work), cache=args.cache and Path(args.cache))

    def save(outcome: dict[str, Any] | None) -> None:
        out.write_text(json.dumps({"figures": ctx.result, "outcome": outcome}, default=str))

    ctx.flush = lambda: save(None)  # type: ignore[method-assign]
    fn = PARTS[args.part][0]
    try:
        fn(ctx, args.cap) if args.part == "tests_gpu" else fn(ctx)
        save({"status": "ok"})
    except P.Skip as why:
        save({"status": "skipped", "reason": str(why)})
    except Exception as err:  # noqa: BLE001
        save({"status": "skipped", "reason": f"failed: {type(err).__name__}: {err}"[:400]})
        raise


def get(tree: dict[str, Any], path: tuple[str, ...]) -> Any:
    for key in path:
        tree = tree.get(key, {}) if isinstance(tree, dict) else {}
    return tree if isinstance(tree, int | float) else None


def judge(parts: dict[str, Any], smoke: bool) -> list[dict[str, Any]]:
    rows = []
    for what, part, path, least in TARGETS:
        value = get(parts.get(part, {}), path)
        verdict = "not judged (smoke)" if smoke else "unmeasured" if value is None \
            else "pass" if value >= least else "fail"
        rows.append({"target": what, "at_least": least, "value": value, "verdict": verdict})
    return rows


def fmt(value: Any, digits: int = 1) -> str:
    if value is None:
        return "-"
    return f"{value:,.{digits}f}" if isinstance(value, float) else str(value)


def print_table(report: dict[str, Any]) -> None:
    print(f"\n{report['device']}  mode={report['mode']}  total {report['seconds']:.0f} s "
          f"(caps sum to {report['caps_sum_s']} s)")
    print(f"{'part':<11} {'arm':<18} {'figure':>16} {'MFU':>6} {'peak GiB':>9}  note")
    for name, part in report["parts"].items():
        if part["status"] != "ok":
            print(f"{name:<11} {'-':<18} {'skipped':>16} {'':>6} {'':>9}  {part['reason']}")
        for arm, fig in part.items():
            if not isinstance(fig, dict):
                continue
            if "skipped" in fig:
                print(f"{name:<11} {arm:<18} {'skipped':>16} {'':>6} {'':>9}  {fig['skipped']}")
                continue
            value = fig.get("tokens_per_s") or fig.get("items_per_s")
            if value is None:
                print(f"{name:<11} {arm:<18} {'layers ' + fmt(fig.get('layers')):>16}")
                continue
            unit = " tok/s" if "tokens_per_s" in fig else " it/s"
            mfu = fmt(100 * fig["mfu"], 1) + "%" if fig.get("mfu") else "-"
            print(f"{name:<11} {arm:<18} {fmt(float(value), 0) + unit:>16} {mfu:>6} "
                  f"{fmt(fig.get('peak_mem_gib')):>9}  {fig.get('note', '')}")
        if "tests" in part:
            print(f"{name:<11} {'pytest':<18} {part['passed']:>9} passed  {part['failures']} "
                  f"failed, {part['errors']} errors, {part['skipped']} skipped")
        ratios = {k: v for k, v in part.items() if isinstance(v, float) and k != "seconds"}
        if ratios:
            print(f"{'':<11} " + "  ".join(f"{k} {v:.2f}" for k, v in ratios.items()))
    print(P.MFU_FORMULA)
    for row in report["targets"]:
        print(f"target {row['target']}: >= {row['at_least']:g}, got {fmt(row['value'], 2)} "
              f"-> {row['verdict']}")


def work_root(smoke: bool) -> Path:
    """tmpfs when it holds the ~25 GB of checkpoints (fast writes and re-loads), else disk."""
    shm = Path("/dev/shm")
    if not smoke and shm.is_dir() and shutil.disk_usage(shm).free > 40 * 2**30:
        return shm
    return Path(tempfile.gettempdir())


def main_run(args: argparse.Namespace) -> dict[str, Any]:
    if not args.smoke and not torch.cuda.is_available():
        raise SystemExit("benchmarks/gpu.py needs a CUDA GPU; use --smoke on CPU")
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="medadapt-gpu-", dir=work_root(args.smoke)))
    parts: dict[str, Any] = {}
    try:
        for name, (_, gpu_cap, smoke_cap) in PARTS.items():
            cap = smoke_cap if args.smoke else gpu_cap
            ctx = P.Ctx(smoke=args.smoke, work=work, cache=args.cache and Path(args.cache))
            t0 = time.perf_counter()
            outcome = (run_inline if args.smoke else run_isolated)(name, ctx, cap)
            parts[name] = outcome | {"seconds": round(time.perf_counter() - t0, 1),
                                     "cap_s": cap} | ctx.result
            print(f"[{name}] {parts[name]['status']} in {parts[name]['seconds']} s",
                  flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    device = torch.cuda.get_device_name() if torch.cuda.is_available() and not args.smoke \
        else "CPU"
    caps = sum(c[2 if args.smoke else 1] for c in PARTS.values())
    return {"mode": "smoke" if args.smoke else "gpu", "device": device, "caps_sum_s": caps,
            "gpu_caps_sum_s": sum(c[1] for c in PARTS.values()),
            "seconds": round(time.perf_counter() - started, 1), "parts": parts,
            "targets": judge(parts, args.smoke), "mfu_formula": P.MFU_FORMULA}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="CPU, tiny shapes, in seconds")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--cache", default=None, help="where the tiny tokenizer is built")
    parser.add_argument("--part", choices=list(PARTS), help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    parser.add_argument("--result", help=argparse.SUPPRESS)
    parser.add_argument("--cap", type=int, default=60, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.part:
        child_main(args)
        return
    report = main_run(args)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, default=str))
    print_table(report)
    print(f"\nwrote {args.out}")


if __name__ == "__main__":
    main()
