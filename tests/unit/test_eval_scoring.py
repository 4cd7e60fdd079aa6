"""The three scoring modes on the tiny model, and several LoRA adapters on one base load."""

import pytest
import torch

from medadapt.evaluate.items import load_items
from medadapt.evaluate.modeling import base_load_count, load_scoring_model
from medadapt.evaluate.scoring import (
    Scorer,
    ScoringSettings,
    encode,
    letter_plan,
    letter_token_ids,
)
from medadapt.evaluate.settings import AdapterSpec
from medadapt.synth.mcq import generate_mcq, write_mcq


@pytest.fixture(scope="module")
def items(tmp_path_factory):
    path = write_mcq(generate_mcq(10, seed=2, messy=True),
                     tmp_path_factory.mktemp("mcq") / "items.jsonl")
    return load_items(path)


@pytest.fixture(scope="module")
def base(tiny_model_dir):
    return load_scoring_model(str(tiny_model_dir))


def test_letter_mode_equals_unpadded_forward(base, items):
    rows = Scorer(base, ScoringSettings(mode="letter", batch_size=4)).score(items, "base")
    scorer = Scorer(base, ScoringSettings())
    for item, row in zip(items, rows, strict=True):
        context = scorer.context(item)
        plan = letter_plan(base.tokenizer, context, list(item.options))
        ids = torch.tensor([encode(base.tokenizer, context) + list(plan.prefix)])
        with torch.no_grad():
            logprobs = torch.log_softmax(base.model(input_ids=ids).logits[0, -1], -1)
        expected = {k: float(logprobs[v]) for k, v in plan.ids.items()}
        assert row["scores"].keys() == item.options.keys()
        for letter, value in expected.items():
            assert row["scores"][letter] == pytest.approx(value, abs=1e-4)
        assert row["pred"] == max(expected, key=expected.get)
        assert row["correct"] == (row["pred"] == item.answer)
    assert any(len(i.options) == 4 for i in items)


@pytest.mark.parametrize("context", ["Ответ:", "<|im_start|>assistant\n", "Ответ: "])
def test_letter_plan_tells_letters_apart(base, context):
    plan = letter_plan(base.tokenizer, context, list("ABCDE"))
    assert len(set(plan.ids.values())) == 5
    for letter, token in plan.ids.items():
        decoded = base.tokenizer.decode([*plan.prefix, token])
        assert decoded.strip() == letter and decoded.startswith(plan.sep)


def test_options_mode_scores_every_option(base, items):
    rows = Scorer(base, ScoringSettings(mode="options", batch_size=3)).score(items, "base")
    for item, row in zip(items, rows, strict=True):
        assert row["scores"].keys() == item.options.keys()
        assert all(v < 0 for v in row["scores"].values())
        assert row["pred"] == max(row["scores"], key=row["scores"].get)


def test_generate_mode_is_strict_and_deterministic(base, items):
    scorer = Scorer(base, ScoringSettings(mode="generate", batch_size=4, max_new_tokens=4))
    rows = scorer.score(items, "base")
    assert rows == scorer.score(items, "base")
    for item, row in zip(items, rows, strict=True):
        assert isinstance(row["output"], str)
        assert row["pred"] is None or row["pred"] in item.options
        if row["pred"] is None:
            assert row["correct"] is False


def test_generate_mode_reads_an_answer_through_the_chat_template(base, items):
    """Bias the logits (as a logits processor would) so the model says 'B' then stops."""
    tok = base.tokenizer
    b_id = letter_token_ids(tok, Scorer(base, ScoringSettings()).context(items[0]), ["B"])["B"]

    def hook(module, args, kwargs, output):
        last = kwargs["input_ids"][:, -1]
        bias = torch.zeros_like(output.logits[:, -1])
        bias[:, b_id] = 1e4
        bias[last == b_id, tok.eos_token_id] = 2e4
        output.logits[:, -1] += bias
        return output

    handle = base.model.register_forward_hook(hook, with_kwargs=True)
    try:
        rows = Scorer(base, ScoringSettings(mode="generate", batch_size=4)).score(items, "base")
    finally:
        handle.remove()
    assert [r["output"].strip() for r in rows] == ["B"] * len(items)
    assert [r["pred"] for r in rows] == ["B"] * len(items)
    assert [r["correct"] for r in rows] == [i.answer == "B" for i in items]


def test_two_adapters_share_one_base_load(tiny_model_dir, tmp_path, base, items, make_adapter):
    paths = [make_adapter(tiny_model_dir, tmp_path / f"a{i}", seed=i) for i in (1, 2)]
    specs = [AdapterSpec(name=f"lora{i}", path=str(p)) for i, p in enumerate(paths, 1)]
    before = base_load_count()
    multi = load_scoring_model(str(tiny_model_dir), specs)
    assert base_load_count() - before == 1
    assert multi.variants == ["base", "lora1", "lora2"]
    settings = ScoringSettings(mode="letter", batch_size=5)
    scorer = Scorer(multi, settings)
    scores = {v: [r["scores"] for r in scorer.score(items, v)] for v in multi.variants}
    plain = [r["scores"] for r in Scorer(base, settings).score(items, "base")]
    for got, want in zip(scores["base"], plain, strict=True):
        assert got == pytest.approx(want, abs=1e-4)
    single = load_scoring_model(str(tiny_model_dir), specs[1:], include_base=False)
    alone = [r["scores"] for r in Scorer(single, settings).score(items, "lora2")]
    for got, want in zip(scores["lora2"], alone, strict=True):
        assert got == pytest.approx(want, abs=1e-4)
    differs = lambda a, b: any(abs(x[k] - y[k]) > 1e-3  # noqa: E731
                               for x, y in zip(a, b, strict=True) for k in x)
    assert differs(scores["lora1"], scores["base"]) and differs(scores["lora2"], scores["base"])
    assert differs(scores["lora1"], scores["lora2"])
