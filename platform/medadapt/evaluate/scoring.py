"""The three scoring modes, on a loaded model, with no Ray in sight.

- `letter` (default, fast): one forward pass per item; the answer is the option letter
  whose next-token log-probability after the prompt is highest, among the item's options.
- `generate`: greedy decoding through the chat template, strictly parsed; no letter = wrong.
- `options`: the summed log-likelihood of each option's text after the prompt, exactly as
  lm-evaluation-harness scores multiple choice (same token split, same truncation), so the
  two can be checked against each other item by item.

Items are sorted by prompt length and cut into batches, so padding stays small.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from medadapt.evaluate.items import MCItem
from medadapt.evaluate.modeling import ScoringModel
from medadapt.evaluate.prompts import build_prompt, parse_generated, render_context
from medadapt.evaluate.settings import EvalConfig

TARGET_DELIMITER = " "  # lm-eval's default between the prompt and an option's text


@dataclass(frozen=True)
class ScoringSettings:
    """The part of EvalConfig a replica needs (small, picklable)."""

    mode: str = "letter"
    prompt_language: str = "ru"
    prompt_template: str | None = None
    chat_template: bool = True
    max_new_tokens: int = 8
    max_length: int = 4096
    batch_size: int = 16

    @classmethod
    def from_config(cls, cfg: EvalConfig) -> ScoringSettings:
        return cls(mode=cfg.mode, prompt_language=cfg.prompt_language,
                   prompt_template=cfg.prompt_template, chat_template=cfg.chat_template,
                   max_new_tokens=cfg.max_new_tokens, max_length=cfg.max_length,
                   batch_size=cfg.batch_size)


def encode(tokenizer: Any, text: str) -> list[int]:
    """Token ids; no second BOS when the (chat-rendered) text already starts with one."""
    bos = tokenizer.bos_token
    special = not (bos and text.startswith(bos))
    return list(tokenizer(text, add_special_tokens=special)["input_ids"])


def encode_pair(tokenizer: Any, context: str, continuation: str) -> tuple[list[int], list[int]]:
    """lm-eval's causal split: trailing context spaces move to the continuation, the whole
    string is encoded once and the continuation is what follows the context's tokens."""
    spaces = len(context) - len(context.rstrip())
    if spaces:
        context, continuation = context[:-spaces], context[-spaces:] + continuation
    whole, ctx = encode(tokenizer, context + continuation), encode(tokenizer, context)
    return ctx, whole[len(ctx):]


@dataclass(frozen=True)
class LetterPlan:
    """How answer letters follow a context: the separator text, tokens common to every
    letter (appended to the context), and each letter's distinguishing token."""

    sep: str
    prefix: tuple[int, ...]
    ids: dict[str, int]


def _continuation(tokenizer: Any, context: str, ctx: list[int], text: str) -> list[int]:
    whole = encode(tokenizer, context + text)
    if whole[: len(ctx)] == ctx and len(whole) > len(ctx):
        return whole[len(ctx):]
    return list(tokenizer(text, add_special_tokens=False)["input_ids"])


def letter_plan(tokenizer: Any, context: str, letters: Sequence[str]) -> LetterPlan:
    """Find tokens that tell the letters apart after this context: ' B' after 'Ответ:'
    (or 'B' when the tokenizer has no ' B' merges), 'B' after a chat generation prompt.

    Tokens shared by all letters (a lone ' ') go into the context; their probability is the
    same for every letter, so the argmax is unchanged."""
    ctx = encode(tokenizer, context)
    seps = [""] if context[-1:].isspace() else [" ", ""]
    tried = {}
    for sep in seps:
        conts = {L: _continuation(tokenizer, context, ctx, sep + L) for L in letters}
        prefix: list[int] = []
        shortest = min(len(c) for c in conts.values())
        for column in list(zip(*conts.values(), strict=False))[: shortest - 1]:
            if len(set(column)) > 1:
                break
            prefix.append(column[0])
        nexts = {L: c[len(prefix)] for L, c in conts.items() if len(c) > len(prefix)}
        if len(nexts) == len(letters) and len(set(nexts.values())) == len(letters):
            return LetterPlan(sep, tuple(prefix), nexts)
        tried[repr(sep)] = conts
    raise ValueError(f"tokenizer cannot tell answer letters apart by one token after the "
                     f"prompt (tried {tried}); use mode=options or another prompt_template")


def letter_token_ids(tokenizer: Any, context: str, letters: Sequence[str]) -> dict[str, int]:
    """Each letter's distinguishing token (see `letter_plan`)."""
    return letter_plan(tokenizer, context, letters).ids


class Scorer:
    """Scores items with one loaded model; `score(items, variant)` -> prediction rows."""

    def __init__(self, loaded: ScoringModel, settings: ScoringSettings):
        import torch

        self.loaded, self.settings, self.torch = loaded, settings, torch
        self.tokenizer = loaded.tokenizer
        self._letter_cache: dict[str, LetterPlan] = {}
        modes: dict[str, Callable[[list[MCItem]], list[tuple]]] = {
            "letter": self._letter_batch, "generate": self._generate_batch,
            "options": self._options_batch}
        if settings.mode not in modes:
            raise ValueError(f"mode {settings.mode!r}: expected one of {sorted(modes)}")
        self._run_batch = modes[settings.mode]

    def context(self, item: MCItem, chat: bool | None = None) -> str:
        prompt = build_prompt(item, self.settings.prompt_language, self.settings.prompt_template)
        use_chat = self.settings.chat_template if chat is None else chat
        return render_context(self.tokenizer, prompt, use_chat)

    def score(self, items: Sequence[MCItem], variant: str) -> list[dict[str, Any]]:
        """Prediction rows in the order of `items` (batched by prompt length)."""
        order = sorted(range(len(items)), key=lambda i: len(self.context(items[i])))
        results: dict[int, tuple] = {}
        size = self.settings.batch_size
        with self.loaded.use(variant), self.torch.inference_mode():
            for start in range(0, len(order), size):
                chunk = order[start:start + size]
                for index, result in zip(chunk, self._run_batch([items[i] for i in chunk]),
                                         strict=True):
                    results[index] = result
        return [prediction_row(item, variant, *results[i]) for i, item in enumerate(items)]

    # --- letter -------------------------------------------------------------------------

    def letter_plan(self, context: str) -> LetterPlan:
        """Cached per prompt ending (all prompts of a template end the same way)."""
        key = context[-64:]
        if key not in self._letter_cache:
            self._letter_cache[key] = letter_plan(self.tokenizer, context,
                                                  ("A", "B", "C", "D", "E"))
        return self._letter_cache[key]

    def _letter_batch(self, items: list[MCItem]) -> list[tuple]:
        contexts = [self.context(item) for item in items]
        plans = [self.letter_plan(c) for c in contexts]
        seqs = [(encode(self.tokenizer, c) + list(plan.prefix))[-self.settings.max_length:]
                for c, plan in zip(contexts, plans, strict=True)]
        logprobs = self._last_logprobs(seqs)
        out = []
        for row, item, plan in zip(logprobs, items, plans, strict=True):
            scores = {letter: float(row[plan.ids[letter]]) for letter in item.options}
            out.append((max(scores, key=scores.get), scores, None))
        return out

    def _pad(self, seqs: list[list[int]], left: bool) -> tuple[Any, Any]:
        torch, pad = self.torch, self.tokenizer.pad_token_id
        width = max(len(s) for s in seqs)
        ids = torch.full((len(seqs), width), pad, dtype=torch.long)
        mask = torch.zeros((len(seqs), width), dtype=torch.long)
        for i, seq in enumerate(seqs):
            span = slice(width - len(seq), width) if left else slice(0, len(seq))
            ids[i, span] = torch.tensor(seq, dtype=torch.long)
            mask[i, span] = 1
        return ids.to(self.loaded.device), mask.to(self.loaded.device)

    def _last_logprobs(self, seqs: list[list[int]]) -> Any:
        """Log-softmax at each sequence's last token; left padding + explicit positions, and
        only the last position goes through the LM head."""
        ids, mask = self._pad(seqs, left=True)
        positions = (mask.cumsum(-1) - 1).clamp(min=0)
        logits = self.loaded.model(input_ids=ids, attention_mask=mask, position_ids=positions,
                                   logits_to_keep=1).logits[:, -1, :]
        return self.torch.log_softmax(logits.float(), dim=-1).cpu()

    # --- options (lm-eval parity) ---------------------------------------------------------

    def _options_batch(self, items: list[MCItem]) -> list[tuple]:
        pairs, owners = [], []
        for index, item in enumerate(items):
            context = self.context(item)
            for letter, text in item.options.items():
                pairs.append(encode_pair(self.tokenizer, context, TARGET_DELIMITER + text))
                owners.append((index, letter))
        loglik = self.continuation_logprobs(pairs)
        scores: list[dict[str, float]] = [{} for _ in items]
        for (index, letter), value in zip(owners, loglik, strict=True):
            scores[index][letter] = value
        return [(max(s, key=s.get), s, None) for s in scores]

    def continuation_logprobs(self, pairs: list[tuple[list[int], list[int]]]) -> list[float]:
        """Sum of log P(continuation | context) per pair, truncated as lm-eval does."""
        limit = self.settings.max_length
        seqs = [(ctx + cont)[-(limit + 1):][:-1] for ctx, cont in pairs]
        ids, mask = self._pad(seqs, left=False)
        logits = self.loaded.model(input_ids=ids, attention_mask=mask).logits
        logprobs = self.torch.log_softmax(logits.float(), dim=-1).cpu()
        sums = []
        for row, seq, (_, cont) in zip(logprobs, seqs, pairs, strict=True):
            start = len(seq) - len(cont)
            target = self.torch.tensor(cont, dtype=self.torch.long)
            picked = row[start:len(seq)].gather(1, target[:, None])
            sums.append(float(picked.sum()))
        return sums

    # --- generate ---------------------------------------------------------------------

    def _generate_batch(self, items: list[MCItem]) -> list[tuple]:
        keep = max(1, self.settings.max_length - self.settings.max_new_tokens)
        seqs = [encode(self.tokenizer, self.context(item))[-keep:] for item in items]
        ids, mask = self._pad(seqs, left=True)
        out = self.loaded.model.generate(
            input_ids=ids, attention_mask=mask, max_new_tokens=self.settings.max_new_tokens,
            do_sample=False, pad_token_id=self.tokenizer.pad_token_id,
            eos_token_id=self.tokenizer.eos_token_id)
        texts = self.tokenizer.batch_decode(out[:, ids.shape[1]:], skip_special_tokens=True)
        return [(parse_generated(text, item), None, text)
                for text, item in zip(texts, items, strict=True)]


def prediction_row(item: MCItem, variant: str, pred: str | None, scores: dict | None,
                   output: str | None) -> dict[str, Any]:
    """One predictions.jsonl line: the contract's id/gold/pred/correct plus context."""
    return {"id": item.id, "gold": item.answer, "pred": pred, "correct": pred == item.answer,
            "variant": variant, "language": item.language, "subject": item.subject,
            "scores": scores, "output": output}
