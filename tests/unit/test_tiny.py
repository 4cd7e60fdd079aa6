"""The embedded default backbone is built locally and behaves like a real chat model."""

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

from medadapt.tiny import TINY_SHAPE, resolve_model


def test_tiny_model_loads_with_chat_template_and_assistant_mask(tiny_model_dir):
    tokenizer = AutoTokenizer.from_pretrained(tiny_model_dir)
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    assert model.config.hidden_size == TINY_SHAPE["hidden_size"]
    assert model.config.vocab_size == len(tokenizer)
    messages = [{"role": "user", "content": "Науқастың тізе буыны? A) иә B) жоқ"},
                {"role": "assistant", "content": "B"}]
    encoded = tokenizer.apply_chat_template(
        messages, tokenize=True, return_dict=True, return_assistant_tokens_mask=True
    )
    masked = [t for t, m in zip(encoded["input_ids"], encoded["assistant_masks"], strict=True) if m]
    assert tokenizer.decode(masked) == "B<|im_end|>"
    assert tokenizer.decode(encoded["input_ids"]).count("<|im_start|>") == 2
    # Kazakh and Russian words are learned units, not byte soup
    assert len(tokenizer.tokenize("перелом бедра")) <= 4
    with torch.no_grad():
        logits = model(torch.tensor([encoded["input_ids"]])).logits
    assert logits.shape == (1, len(encoded["input_ids"]), len(tokenizer))


def test_resolve_model_builds_once_and_passes_other_specs_through(tiny_model_dir, tmp_path):
    assert resolve_model("meta-llama/Llama-3-8B") == "meta-llama/Llama-3-8B"
    cache = tiny_model_dir.parent
    before = (tiny_model_dir / "model.safetensors").stat().st_mtime_ns
    assert resolve_model("tiny", cache) == str(tiny_model_dir)
    assert (tiny_model_dir / "model.safetensors").stat().st_mtime_ns == before
