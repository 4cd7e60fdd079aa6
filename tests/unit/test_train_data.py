"""Train data: assistant-only labels, chat-template fallback, packing without leakage."""

from __future__ import annotations

import pytest
import torch
from pydantic import ValidationError

from medadapt.tiny import CHATML_TEMPLATE
from medadapt.train import data as D
from medadapt.train.settings import TrainConfig
from medadapt.train.toy import toy_dialogues

PLAIN_CHATML = CHATML_TEMPLATE.replace("{% generation %}", "").replace("{% endgeneration %}", "")


@pytest.fixture(scope="module")
def tokenizer(tiny_model_dir):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(tiny_model_dir)


def _label_text(tokenizer, example: dict) -> str:
    return tokenizer.decode([t for t in example["labels"] if t != D.IGNORE])


@pytest.mark.parametrize("template", ["generation-markers", "prefix-rendering"])
def test_labels_cover_only_assistant_replies(tokenizer, template):
    tokenizer.chat_template = CHATML_TEMPLATE if template == "generation-markers" \
        else PLAIN_CHATML
    messages = [{"role": "system", "content": "Ответь кратко."},
                {"role": "user", "content": "Диагноз: перелом. Код?"},
                {"role": "assistant", "content": "A"},
                {"role": "user", "content": "Ал екіншісі?"},
                {"role": "assistant", "content": "Жауап: B"}]
    example = D.tokenize_dialogue(tokenizer, messages, max_length=512)
    assert _label_text(tokenizer, example) == "A<|im_end|>Жауап: B<|im_end|>"
    assert len(example["labels"]) == len(example["input_ids"])
    unmasked = [i for i, t in zip(example["input_ids"], example["labels"], strict=True)
                if t != D.IGNORE]
    assert all(t == i for t, i in zip(
        [t for t in example["labels"] if t != D.IGNORE], unmasked, strict=True))
    tokenizer.chat_template = CHATML_TEMPLATE


def test_both_mask_methods_agree_on_toy_dialogues(tokenizer):
    rows = toy_dialogues(12)
    tokenizer.chat_template = CHATML_TEMPLATE
    marked = D.tokenize_rows(tokenizer, rows, 256)
    tokenizer.chat_template = PLAIN_CHATML
    prefix = D.tokenize_rows(tokenizer, rows, 256)
    tokenizer.chat_template = CHATML_TEMPLATE
    assert marked == prefix


def test_template_less_tokenizer_gets_chatml_fallback(tokenizer):
    tokenizer.chat_template = None
    D.ensure_chat_template(tokenizer)
    assert tokenizer.chat_template == CHATML_TEMPLATE


def test_truncation_that_drops_every_answer_drops_the_dialogue(tokenizer):
    rows = toy_dialogues(3)
    assert D.tokenize_rows(tokenizer, rows, max_length=8) == []


def test_bad_dialogue_line_names_file_and_line(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text('{"id": "1", "messages": [{"role": "user", "content": "x"}]}\n')
    with pytest.raises(D.DialogueError, match=r"d.jsonl:1: no assistant message"):
        D.read_dialogues([path])


def test_packing_fills_rows_and_restarts_positions(tokenizer):
    examples = D.tokenize_rows(tokenizer, toy_dialogues(200, filler=3), 512)
    packed = D.pack_examples(examples, max_length=512)
    assert sum(len(p["input_ids"]) for p in packed) == sum(len(e["input_ids"]) for e in examples)
    assert all(len(p["input_ids"]) <= 512 for p in packed)
    starts = sum(p["position_ids"].count(0) for p in packed)
    assert starts == len(examples)
    waste = D.padding_waste(packed, micro_batch=2)  # the loop pads to the longest row
    unpacked_waste = D.padding_waste(examples, micro_batch=2, width=512)
    assert waste < 0.05 < unpacked_waste


@pytest.mark.parametrize("attn", ["sdpa", "eager"])
def test_packed_example_logits_equal_its_logits_alone(tokenizer, tiny_model_dir, attn):
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, attn_implementation=attn,
                                                 dtype=torch.float32).eval()
    examples = D.tokenize_rows(tokenizer, toy_dialogues(3, seed=5, filler=3), 512)
    row = D.pack_examples(examples, max_length=512)
    assert len(row) == 1
    batch = D.collate(row, tokenizer.pad_token_id, packed=True).tensors
    batch.pop("labels")
    assert "attention_mask" not in batch
    positions = row[0]["position_ids"]
    bounds = [i for i, p in enumerate(positions) if p == 0] + [len(positions)]
    assert len(bounds) == 4  # three examples in one row
    with torch.no_grad():
        # use_cache=False as in training: with a KV cache transformers skips packed masks.
        packed_logits = model(**batch, use_cache=False).logits[0]
        for start, end in zip(bounds, bounds[1:], strict=False):
            alone = model(input_ids=torch.tensor([row[0]["input_ids"][start:end]])).logits[0]
            torch.testing.assert_close(packed_logits[start:end], alone, atol=1e-5, rtol=1e-4)
        # Without the reset positions the same row leaks: later examples see earlier ones.
        leaky = model(input_ids=batch["input_ids"], use_cache=False).logits[0]
        assert not torch.allclose(leaky[bounds[1]:bounds[2]], packed_logits[bounds[1]:bounds[2]])


def test_collate_pads_packed_rows_as_their_own_segment():
    rows = [{"input_ids": [5, 6, 7], "labels": [-100, 6, 7], "position_ids": [0, 1, 0]},
            {"input_ids": [8], "labels": [8], "position_ids": [0]}]
    batch = D.collate(rows, pad_id=0, packed=True)
    assert batch.tensors["position_ids"].tolist() == [[0, 1, 0], [0, 0, 1]]
    assert batch.tensors["labels"].tolist() == [[-100, 6, 7], [8, -100, -100]]
    assert (batch.real_tokens, batch.padded_tokens) == (4, 6)


def test_config_rejects_global_batch_not_divisible():
    with pytest.raises(ValidationError, match="global_batch=10 must be a multiple"):
        TrainConfig(global_batch=10, micro_batch=2, ray={"num_workers": 2})
    assert TrainConfig().grad_accum(world_size=2) == 4


def test_tracking_keeps_numbers_only():
    from medadapt.train.tracking import numeric_metrics

    logged = numeric_metrics({"loss": 1.5, "step": 3, "note": "Пациент Иванов", "ok": True,
                              "nan": float("nan")})
    assert logged == {"loss": 1.5, "step": 3.0}
