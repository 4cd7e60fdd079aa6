"""Next-token losses that never hold full-vocabulary logits for every token at once.

With Gemma-3's 262k vocabulary the logits alone are about 1 GB per 1,000 tokens in fp32, so
a 2 x 4096-token micro-batch spends more memory on the loss than on the model. `chunked`
computes the cross-entropy of the final hidden states against the output layer's weight a
few hundred tokens at a time, and works out the gradient in the same pass (as Liger-Kernel
does), so only one chunk of logits is alive and backward needs no recompute. Only labelled
positions go through the output layer at all, so prompt tokens cost nothing there. `liger`
hands the same (hidden, weight, labels) to Liger-Kernel's fused Triton kernel (CUDA only).
Both equal the model's own mean loss over labelled tokens (`standard`).
"""

from __future__ import annotations

from typing import Any

import torch

IGNORE = -100
CHUNK_BYTES = 2**29  # fp32 logits per chunk: 512 MiB (512 rows of a 262k vocabulary)


def chunk_rows(vocab: int) -> int:
    """Rows per chunk so one chunk's fp32 logits stay within CHUNK_BYTES."""
    return max(16, CHUNK_BYTES // (4 * vocab))


class ChunkedLinearCrossEntropy(torch.autograd.Function):
    """Summed cross-entropy of `hidden @ weight.T` against `labels` (every label valid),
    one chunk of rows at a time; gradients are computed in forward and scaled in backward."""

    @staticmethod
    def forward(ctx: Any, hidden: torch.Tensor, weight: torch.Tensor, labels: torch.Tensor,
                softcap: float | None) -> torch.Tensor:
        want_h, want_w = ctx.needs_input_grad[0], ctx.needs_input_grad[1]
        grad_h = torch.empty_like(hidden, dtype=torch.float32) if want_h else None
        grad_w = torch.zeros_like(weight, dtype=torch.float32) if want_w else None
        total = torch.zeros((), dtype=torch.float32, device=hidden.device)
        step = chunk_rows(weight.shape[0])
        for start in range(0, hidden.shape[0], step):
            h, y = hidden[start:start + step], labels[start:start + step]
            logits = (h @ weight.t()).float()  # same bf16 matmul, then fp32, as the model does
            capped = None
            if softcap:
                capped = torch.tanh(logits / softcap)
                logits = capped * softcap
            lse = torch.logsumexp(logits, dim=-1)
            total += (lse - logits.gather(1, y[:, None]).squeeze(1)).sum()
            if not (want_h or want_w):
                continue
            grad = logits.sub_(lse[:, None]).exp_()  # softmax, in place
            grad[torch.arange(len(y), device=y.device), y] -= 1
            if capped is not None:
                grad *= 1 - capped * capped
            grad = grad.to(h.dtype)
            if grad_h is not None:
                grad_h[start:start + step] = grad @ weight
            if grad_w is not None:
                grad_w += grad.t().float() @ h.float()
        ctx.save_for_backward(*(g for g in (grad_h, grad_w) if g is not None))
        ctx.have, ctx.dtypes = (want_h, want_w), (hidden.dtype, weight.dtype)
        return total

    @staticmethod
    def backward(ctx: Any, grad_out: torch.Tensor):
        saved = iter(ctx.saved_tensors)  # fp32; scaled by the caller's 1/count, then cast
        grad_h = (next(saved) * grad_out).to(ctx.dtypes[0]) if ctx.have[0] else None
        grad_w = (next(saved) * grad_out).to(ctx.dtypes[1]) if ctx.have[1] else None
        return grad_h, grad_w, None, None


def output_layer(module: torch.nn.Module) -> tuple[torch.Tensor, float | None]:
    """The output projection's weight and the final-logit soft-cap the model's forward
    applies (a top-level config value; Gemma-3's multimodal wrapper applies none)."""
    head = module.get_output_embeddings()
    if getattr(head, "bias", None) is not None:
        raise ValueError("train.loss=chunked/liger needs an output layer without bias; "
                         "set train.loss=standard for this model")
    return head.weight, getattr(module.config, "final_logit_softcapping", None)


def labelled_rows(hidden: torch.Tensor, labels: torch.Tensor
                  ) -> tuple[torch.Tensor, torch.Tensor]:
    """Hidden states at positions whose next token is labelled, and those next tokens
    (the model's own shift: position t predicts labels[t + 1])."""
    shifted = torch.nn.functional.pad(labels[:, 1:], (0, 1), value=IGNORE)
    keep = shifted != IGNORE
    return hidden[keep], shifted[keep]


def lean_loss_sum(hidden: torch.Tensor, labels: torch.Tensor, weight: torch.Tensor,
                  kind: str, softcap: float | None) -> tuple[torch.Tensor, int]:
    """(summed loss, labelled tokens) without full-vocabulary logits for all tokens."""
    rows, targets = labelled_rows(hidden, labels)
    if kind == "liger":
        from liger_kernel.transformers import LigerFusedLinearCrossEntropyLoss

        if not rows.is_cuda:
            raise RuntimeError("train.loss=liger needs CUDA; use train.loss=chunked on CPU")
        loss = LigerFusedLinearCrossEntropyLoss(reduction="sum", softcap=softcap)
        return loss(weight, rows, targets), len(targets)
    if kind != "chunked":
        raise ValueError(f"loss {kind!r}: expected chunked or liger")
    return ChunkedLinearCrossEntropy.apply(rows, weight, targets, softcap), len(targets)


def causal_lm_loss(engine: Any, module: torch.nn.Module, tensors: dict[str, torch.Tensor],
                   kind: str) -> torch.Tensor:
    """Mean next-token loss over labelled tokens of one micro-batch. `engine` runs the
    forward (DeepSpeed or DDP hooks stay in place), `module` is the model it wraps."""
    if kind == "standard":
        return engine(**tensors, use_cache=False).loss  # a KV cache disables packed masks
    inputs = {k: v for k, v in tensors.items() if k != "labels"}
    out = engine(**inputs, use_cache=False, output_hidden_states=True, logits_to_keep=1)
    weight, softcap = output_layer(module)
    total, count = lean_loss_sum(out.hidden_states[-1], tensors["labels"], weight, kind,
                                 softcap)
    return total / max(count, 1)


@torch.no_grad()
def summed_eval_loss(engine: Any, module: torch.nn.Module, tensors: dict[str, torch.Tensor],
                     kind: str) -> tuple[float, int]:
    """(summed loss, labelled tokens) for evaluation. Lean kinds use the exact chunked loss
    forward-only (no kernel is needed without gradients); standard keeps fp32 logits."""
    labels = tensors["labels"]
    inputs = {k: v for k, v in tensors.items() if k != "labels"}
    if kind == "standard":
        logits = engine(**inputs).logits.float()
        loss = torch.nn.functional.cross_entropy(
            logits[:, :-1].flatten(0, 1), labels[:, 1:].flatten(), reduction="sum",
            ignore_index=IGNORE)
        return float(loss), int((labels[:, 1:] != IGNORE).sum())
    out = engine(**inputs, output_hidden_states=True, logits_to_keep=1)
    weight, softcap = output_layer(module)
    total, count = lean_loss_sum(out.hidden_states[-1], labels, weight, "chunked", softcap)
    return float(total), count
