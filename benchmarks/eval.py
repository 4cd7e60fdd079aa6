"""Eval throughput: medadapt `letter` mode against lm-evaluation-harness's HF backend, both
on the same model, items and machine, in one run.

    .venv/bin/python benchmarks/eval.py [--items 200 --batch-size 16 --hidden 0]

(a) medadapt letter mode: one forward pass per item, LM head on the last position only.
(b) lm-eval HFLM `loglikelihood` with MMLU-style letter choices (" A".." E" after the
    prompt, or "A".."E" where the tokenizer has no " B" token, as letter mode decides;
    lm-eval shares one forward pass among an item's single-token choices): the same
    decision rule, so predictions are compared item by item too.
(c) lm-eval HFLM `loglikelihood` over each option's text (its usual multiple-choice
    scoring, = medadapt `options` mode).
(a) and (b) are warmed up, then alternate for `--repeats` rounds (best of each is kept), so
load from a shared machine hits both alike; (c), five forward passes per item, runs once.
Same prompts (no chat template: lm-eval moves the template's trailing newline into the
continuation), same batch size, CPU or one GPU. Target: (a) >= 3x (b). `--hidden N` builds a
wider random Llama (N hidden, 4 layers) on the tiny tokenizer for a heavier model.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from medadapt.evaluate.items import MCItem, load_items
from medadapt.evaluate.modeling import load_scoring_model
from medadapt.evaluate.scoring import TARGET_DELIMITER, Scorer, ScoringSettings
from medadapt.synth.mcq import generate_mcq, write_mcq
from medadapt.tiny import resolve_model


def wider_model(tiny_dir: str, hidden: int, out: Path) -> str:
    """A randomly initialised Llama with the tiny tokenizer and `hidden` width."""
    import torch
    from transformers import AutoConfig, AutoTokenizer, LlamaForCausalLM

    config = AutoConfig.from_pretrained(tiny_dir)
    config.hidden_size, config.intermediate_size = hidden, int(hidden * 8 / 3) // 64 * 64
    config.num_hidden_layers, config.num_attention_heads = 4, max(1, hidden // 64)
    config.num_key_value_heads = max(1, hidden // 128)
    torch.manual_seed(0)
    LlamaForCausalLM(config).save_pretrained(out)
    AutoTokenizer.from_pretrained(tiny_dir).save_pretrained(out)
    return str(out)


def best_of(fn: Callable[[], Any], repeats: int) -> tuple[float, Any]:
    """Shortest wall time of `repeats` calls, and the last result."""
    best, result = float("inf"), None
    for _ in range(repeats):
        started = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - started)
    return best, result


def lm_eval_requests(items: list[MCItem], scorer: Scorer, letters: bool):
    """(context, continuation) requests: letter choices or option texts, with owners."""
    from lm_eval.api.instance import Instance

    requests, owners = [], []
    for index, item in enumerate(items):
        context = scorer.context(item)
        for letter, text in item.options.items():
            cont = scorer.letter_plan(context).sep + letter if letters else \
                TARGET_DELIMITER + text
            requests.append(Instance("loglikelihood", doc={}, idx=len(requests),
                                     arguments=(context, cont)))
            owners.append((index, letter))
    return requests, owners


def argmax_per_item(n: int, owners: list, results: list) -> list[str]:
    best: list[dict[str, float]] = [{} for _ in range(n)]
    for (index, letter), (logprob, _) in zip(owners, results, strict=True):
        best[index][letter] = logprob
    return [max(s, key=s.get) for s in best]


def run_benchmark(model: str, items: list[MCItem], batch: int, device: str,
                  repeats: int) -> dict[str, Any]:
    """(a) and (b) alternate round by round, so a busy neighbour slows both alike."""
    from lm_eval.models.huggingface import HFLM

    scorer = Scorer(load_scoring_model(model, gpus=1.0 if device == "cuda" else 0.0),
                    ScoringSettings(mode="letter", batch_size=batch, chat_template=False))
    lm = HFLM(pretrained=model, device=device, batch_size=batch,
              dtype="bfloat16" if device == "cuda" else "float32")
    letters, owners = lm_eval_requests(items, scorer, letters=True)
    scorer.score(items[:batch], "base")  # warm-ups
    lm.loglikelihood(letters[: 5 * batch], disable_tqdm=True)
    ours_s = theirs_s = float("inf")
    for _ in range(repeats):
        seconds, rows = best_of(lambda: scorer.score(items, "base"), 1)
        ours_s = min(ours_s, seconds)
        seconds, results = best_of(lambda: lm.loglikelihood(letters, disable_tqdm=True), 1)
        theirs_s = min(theirs_s, seconds)
    options, option_owners = lm_eval_requests(items, scorer, letters=False)
    options_s, _ = best_of(lambda: lm.loglikelihood(options, disable_tqdm=True), 1)
    lm_preds = argmax_per_item(len(items), owners, results)
    agree = sum(r["pred"] == p for r, p in zip(rows, lm_preds, strict=True)) / len(items)
    n = len(items)
    return {"ours": n / ours_s, "letters": n / theirs_s, "options": n / options_s,
            "agree": agree}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=200)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--hidden", type=int, default=0, help="0 = the tiny model itself")
    parser.add_argument("--model", default="tiny", help="'tiny' or a local model folder")
    parser.add_argument("--repeats", type=int, default=3, help="best of N (shared machines)")
    args = parser.parse_args()
    import torch

    device = "cuda" if torch.cuda.is_available() else "cpu"
    with tempfile.TemporaryDirectory() as tmp:
        model = resolve_model(args.model, Path(tmp) / "cache") if args.model == "tiny" \
            else args.model
        if args.hidden:
            model = wider_model(model, args.hidden, Path(tmp) / "wide")
        items = load_items(write_mcq(generate_mcq(args.items, seed=0), Path(tmp) / "i.csv"))
        result = run_benchmark(model, items, args.batch_size, device, args.repeats)
    ours, letters, options, agree = (result[k] for k in ("ours", "letters", "options",
                                                         "agree"))
    print(f"device={device} model={'tiny' if not args.hidden else f'llama-h{args.hidden}'} "
          f"items={len(items)} batch={args.batch_size}")
    print(f"(a) medadapt letter mode        : {ours:9.1f} items/s")
    print(f"(b) lm-eval HF, letter choices  : {letters:9.1f} items/s "
          f"(same predictions on {agree:.0%} of items)")
    print(f"(c) lm-eval HF, option texts    : {options:9.1f} items/s")
    print(f"ratio letter mode / lm-eval letters = {ours / letters:.2f}x (target >= 3x); "
          f"/ lm-eval option texts = {ours / options:.2f}x")


if __name__ == "__main__":
    main()
