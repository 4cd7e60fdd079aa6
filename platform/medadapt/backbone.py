"""The one way train and evaluate find a backbone, load its tokenizer and pick a dtype.

dtype rule, for both: bf16 on CUDA, fp32 on CPU. fp16 is never offered: Gemma-3 / MedGemma
train to a loss of 0 and score garbage in fp16 (activations overflow), and every GPU this
platform targets (A100, H100) runs bf16 at the same speed.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from medadapt.records import Precision

__all__ = ["Precision", "ensure_chat_template", "load_tokenizer", "resolve_dtype",
           "resolve_model_path"]
log = logging.getLogger(__name__)


def resolve_dtype(precision: str, on_gpu: bool) -> Any:
    """`auto` = bf16 on GPU, fp32 on CPU; `bf16` / `fp32` as named."""
    import torch

    if precision == "bf16" or (precision == "auto" and on_gpu):
        return torch.bfloat16
    if precision in ("auto", "fp32"):
        return torch.float32
    raise ValueError(f"precision {precision!r}: expected auto, bf16 or fp32 (fp16 is not "
                     "supported: Gemma-3 overflows in it)")


def resolve_model_path(spec: str, cache_dir: Path | None = None) -> str:
    """`tiny` -> the locally built embedded backbone; anything else as given (hub id/path)."""
    from medadapt.tiny import resolve_model

    return resolve_model(spec, cache_dir)


def load_tokenizer(path: str) -> Any:
    """The backbone's tokenizer with a chat template (ChatML fallback) and a pad token."""
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(path)
    ensure_chat_template(tokenizer)
    return tokenizer


def ensure_chat_template(tokenizer: Any) -> None:
    """Give a template-less tokenizer the ChatML fallback and a pad token."""
    from medadapt.tiny import CHATML_TEMPLATE

    if not getattr(tokenizer, "chat_template", None):
        log.warning("tokenizer has no chat template; using medadapt.tiny.CHATML_TEMPLATE")
        tokenizer.chat_template = CHATML_TEMPLATE
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
