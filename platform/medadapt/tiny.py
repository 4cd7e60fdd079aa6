"""The embedded default backbone: a tiny Llama-architecture model and a bilingual BPE
tokenizer, both built locally (nothing downloads) from synthetic case histories.

Used by `make demo` and the tests wherever a real backbone (MedGemma, Llama-3) would be.
`resolve_model("tiny", cache_dir)` builds it once and returns its directory (randomly
initialised: fast, for tests of the plumbing); `resolve_model("tiny-med")` returns the
pre-trained embedded default that can learn (`medadapt.pretrain`, built once); any other
spec (hub id or local path) is returned unchanged for transformers to load.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from medadapt.io import publish_dir

TINY = "tiny"
TINY_MED = "tiny-med"  # the pre-trained embedded default (medadapt.pretrain)
SPECIAL_TOKENS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>", "<pad>"]
# ChatML with {% generation %} markers so `return_assistant_tokens_mask` works (loss on
# assistant tokens only). The same template is the documented fallback for tokenizers
# that have none.
CHATML_TEMPLATE = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\\n' }}"
    "{% if message['role'] == 'assistant' %}{% generation %}"
    "{{ message['content'] + '<|im_end|>' }}{% endgeneration %}{{ '\\n' }}"
    "{% else %}{{ message['content'] + '<|im_end|>' + '\\n' }}{% endif %}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}"
)
TINY_SHAPE = {
    "hidden_size": 64, "intermediate_size": 176, "num_hidden_layers": 2,
    "num_attention_heads": 4, "num_key_value_heads": 2, "max_position_embeddings": 4096,
}
TINY_VERSION = "v1"


def synthetic_texts(patients: int = 24, seed: int = 0) -> Iterator[str]:
    """Page texts of synthetic records in ru, kk and mixed (the tokenizer's training text)."""
    from medadapt.records import SynthTruth
    from medadapt.synth import generate_corpus
    from medadapt.synth.settings import SynthConfig

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "corpus"
        generate_corpus(SynthConfig(patients=patients, seed=seed, pages=(2, 3)), out)
        for path in sorted((out / "truth").glob("*.json")):
            yield from SynthTruth.model_validate_json(path.read_text()).pages


def train_tokenizer(texts: Iterable[str], vocab_size: int = 4096):
    """Byte-level BPE over the given texts, wrapped as a transformers fast tokenizer."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    core = Tokenizer(models.BPE())
    core.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    core.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size, special_tokens=SPECIAL_TOKENS, show_progress=False,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
    )
    core.train_from_iterator(texts, trainer=trainer)
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=core, bos_token=None, eos_token="<|im_end|>", pad_token="<pad>",
        unk_token=None, model_max_length=TINY_SHAPE["max_position_embeddings"],
    )
    tokenizer.chat_template = CHATML_TEMPLATE
    return tokenizer


def build_tiny(out_dir: Path, seed: int = 0, texts: Iterable[str] | None = None) -> Path:
    """Write tokenizer + randomly initialised tiny LlamaForCausalLM to `out_dir`."""
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    tokenizer = train_tokenizer(texts if texts is not None else synthetic_texts(seed=seed))
    config = LlamaConfig(
        vocab_size=len(tokenizer), pad_token_id=tokenizer.pad_token_id,
        eos_token_id=tokenizer.eos_token_id, bos_token_id=None, tie_word_embeddings=True,
        **TINY_SHAPE,
    )
    torch.manual_seed(seed)
    model = LlamaForCausalLM(config)
    out_dir.mkdir(parents=True, exist_ok=True)
    tokenizer.save_pretrained(out_dir)
    model.save_pretrained(out_dir)
    return out_dir


def default_cache_dir() -> Path:
    return Path(os.environ.get("MEDADAPT_CACHE", Path.home() / ".cache" / "medadapt"))


def resolve_model(spec: str, cache_dir: Path | None = None, seed: int = 0) -> str:
    """`tiny` -> a built tiny model directory (built once, atomically); `tiny-med` -> the
    pre-trained embedded default; else `spec`."""
    if spec == TINY_MED:
        from medadapt.pretrain import resolve_pretrained

        return resolve_pretrained(cache_dir)
    if spec != TINY:
        return spec
    key = hashlib.sha256(json.dumps([TINY_VERSION, TINY_SHAPE, seed]).encode()).hexdigest()[:12]
    target = (cache_dir or default_cache_dir()) / f"tiny-{key}"
    if (target / "config.json").exists():
        return str(target)
    publish_dir(lambda staging: build_tiny(staging, seed=seed), target)
    return str(target)
