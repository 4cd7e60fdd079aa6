"""ChatML dialogues -> token ids with assistant-only labels; optional packing; collation.

Labels are -100 everywhere except on assistant replies, so the model learns to answer, not
to echo records. Templates with `{% generation %}` markers give the mask directly; for the
others (Llama-3, Gemma-3 templates) the mask comes from rendering each prefix of the
dialogue, which works with any template. Tokenizers without a template get
`medadapt.tiny.CHATML_TEMPLATE` (documented fallback).

Packing concatenates short examples into rows of up to `max_length` tokens with
`position_ids` restarting at 0 per example and no 2D attention mask, which makes
transformers build a block-diagonal causal mask (no attention across examples).
"""

from __future__ import annotations

import json
import logging
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from medadapt.backbone import ensure_chat_template  # noqa: F401  (re-exported)

log = logging.getLogger(__name__)
IGNORE = -100
GENERATION_TAG = re.compile(r"{%-?\s*generation\s*-?%}")
ROLES = {"system", "user", "assistant"}


class DialogueError(ValueError):
    """A dialogue line the user must fix; says which file and line."""


def parse_dialogue(line: str, where: str) -> dict[str, Any]:
    """One JSONL line -> {"id", "messages"}; checks the DESIGN dialogue contract."""
    row = decode_dialogue(line, where)
    return {"id": str(row.get("id", where)), "messages": row["messages"]}


def decode_dialogue(line: str, where: str) -> dict[str, Any]:
    """One JSONL line -> the whole row, after checking its messages against the contract."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as err:
        raise DialogueError(f"{where}: not valid JSON ({err.msg})") from None
    messages = row.get("messages") if isinstance(row, dict) else None
    if not isinstance(messages, list) or not messages:
        raise DialogueError(f"{where}: expected a non-empty 'messages' list")
    for i, msg in enumerate(messages):
        if not isinstance(msg, dict) or msg.get("role") not in ROLES \
                or not isinstance(msg.get("content"), str):
            raise DialogueError(f"{where}: messages[{i}] needs role in {sorted(ROLES)} "
                                "and string content")
    if not any(m["role"] == "assistant" for m in messages):
        raise DialogueError(f"{where}: no assistant message, nothing to learn")
    return row


def read_dialogues(paths: Iterable[str | Path]) -> list[dict[str, Any]]:
    """Read and validate dialogue JSONL files (the non-Ray path and driver-side checks)."""
    rows: list[dict[str, Any]] = []
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    rows.append(parse_dialogue(line, f"{path}:{number}"))
    return rows


def _ids(encoded: Any) -> list[int]:
    ids = encoded["input_ids"] if not isinstance(encoded, list) else encoded
    return list(ids)


def assistant_mask(tokenizer: Any, messages: Sequence[dict]) -> tuple[list[int], list[int]]:
    """Token ids of the whole dialogue and a 0/1 mask marking assistant tokens."""
    if GENERATION_TAG.search(tokenizer.chat_template or ""):
        out = tokenizer.apply_chat_template(
            list(messages), tokenize=True, return_dict=True,
            return_assistant_tokens_mask=True)
        return list(out["input_ids"]), list(out["assistant_masks"])
    return _prefix_mask(tokenizer, messages)


def _prefix_mask(tokenizer: Any, messages: Sequence[dict]) -> tuple[list[int], list[int]]:
    """Mask by rendering prefixes: tokens added by an assistant turn are its reply."""
    full = _ids(tokenizer.apply_chat_template(list(messages), tokenize=True, return_dict=True))
    mask = [0] * len(full)
    for i, msg in enumerate(messages):
        if msg["role"] != "assistant":
            continue
        start = len(_ids(tokenizer.apply_chat_template(
            list(messages[:i]), tokenize=True, return_dict=True, add_generation_prompt=True)))
        end = len(_ids(tokenizer.apply_chat_template(
            list(messages[: i + 1]), tokenize=True, return_dict=True)))
        end = min(end, len(full))
        while end > start and not tokenizer.decode(full[end - 1:end]).strip():
            end -= 1  # template whitespace after the end-of-turn token is not the reply
        for pos in range(start, end):
            mask[pos] = 1
    return full, mask


def tokenize_dialogue(tokenizer: Any, messages: Sequence[dict], max_length: int
                      ) -> dict[str, list[int]] | None:
    """input_ids + labels (assistant tokens only), truncated; None if no label survives."""
    ids, mask = assistant_mask(tokenizer, messages)
    ids, mask = ids[:max_length], mask[:max_length]
    labels = [tok if keep else IGNORE for tok, keep in zip(ids, mask, strict=True)]
    if all(label == IGNORE for label in labels):
        return None
    return {"input_ids": ids, "labels": labels}


def tokenize_rows(tokenizer: Any, rows: Iterable[dict], max_length: int) -> list[dict]:
    """Tokenize dialogues in id order (deterministic across restarts); drops empty ones."""
    examples, dropped = [], 0
    for row in sorted(rows, key=lambda r: r["id"]):
        example = tokenize_dialogue(tokenizer, row["messages"], max_length)
        if example is None:
            dropped += 1
        else:
            examples.append(example)
    if dropped:
        log.warning("%d dialogues had no assistant tokens within max_length; dropped", dropped)
    return examples


def pack_examples(examples: Sequence[dict], max_length: int) -> list[dict]:
    """Best-fit-decreasing packing into rows <= max_length, position_ids reset per example."""
    order = sorted(range(len(examples)), key=lambda i: -len(examples[i]["input_ids"]))
    bins: list[list[int]] = []
    room: list[int] = []
    for idx in order:
        size = len(examples[idx]["input_ids"])
        best = min((b for b in range(len(bins)) if room[b] >= size),
                   key=lambda b: room[b], default=None)
        if best is None:
            bins.append([idx])
            room.append(max_length - size)
        else:
            bins[best].append(idx)
            room[best] -= size
    packed = []
    for members in bins:
        row: dict[str, list[int]] = {"input_ids": [], "labels": [], "position_ids": []}
        for idx in members:
            ex = examples[idx]
            row["input_ids"] += ex["input_ids"]
            row["labels"] += ex["labels"]
            row["position_ids"] += list(range(len(ex["input_ids"])))
        packed.append(row)
    return packed


def epoch_order(n: int, seed: int, epoch: int) -> list[int]:
    """The same shuffled order for a given (seed, epoch) on every run, so resume is exact."""
    order = list(range(n))
    random.Random(seed * 1_000_003 + epoch).shuffle(order)
    return order


@dataclass(frozen=True)
class Batch:
    tensors: dict[str, torch.Tensor]
    real_tokens: int
    padded_tokens: int


def collate(rows: Sequence[dict], pad_id: int, packed: bool,
            token_type_ids: bool = False) -> Batch:
    """Right-pad to the longest row. Packed rows get no 2D mask (block-diagonal from
    position_ids); their padding is its own segment so it attends to nothing real."""
    width = max(len(r["input_ids"]) for r in rows)
    ids, labels, positions, masks = [], [], [], []
    for r in rows:
        n, pad = len(r["input_ids"]), width - len(r["input_ids"])
        ids.append(r["input_ids"] + [pad_id] * pad)
        labels.append(r["labels"] + [IGNORE] * pad)
        positions.append(r.get("position_ids", list(range(n))) + list(range(pad)))
        masks.append([1] * n + [0] * pad)
    tensors = {"input_ids": torch.tensor(ids), "labels": torch.tensor(labels),
               "position_ids": torch.tensor(positions)}
    if not packed:
        tensors["attention_mask"] = torch.tensor(masks)
    if token_type_ids:
        tensors["token_type_ids"] = torch.zeros_like(tensors["input_ids"])
    real = sum(len(r["input_ids"]) for r in rows)
    return Batch(tensors, real, width * len(rows))


def padding_waste(rows: Sequence[dict], micro_batch: int, width: int | None = None) -> float:
    """Share of padding tokens when rows are batched in order (width: fixed row length)."""
    real = total = 0
    for start in range(0, len(rows), micro_batch):
        chunk = rows[start:start + micro_batch]
        lens = [len(r["input_ids"]) for r in chunk]
        real += sum(lens)
        total += (width or max(lens)) * len(chunk)
    return 1 - real / total if total else 0.0
