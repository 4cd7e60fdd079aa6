"""`options` mode agrees item by item with lm-evaluation-harness's HF backend.

lm-eval loads the same tiny model directory itself (HFLM, CPU, nothing downloads) and scores
`loglikelihood` requests (prompt, " " + option text): lm-eval's multiple-choice `acc`.
"""

import pytest

from medadapt.evaluate.items import load_items
from medadapt.evaluate.modeling import load_scoring_model
from medadapt.evaluate.scoring import TARGET_DELIMITER, Scorer, ScoringSettings
from medadapt.synth.mcq import generate_mcq, write_mcq


@pytest.mark.parametrize("chat", [False, True])
def test_options_mode_matches_lm_eval_item_by_item(tiny_model_dir, tmp_path, chat):
    from lm_eval.api.instance import Instance
    from lm_eval.models.huggingface import HFLM

    items = load_items(write_mcq(generate_mcq(12, seed=4), tmp_path / "items.csv"))
    settings = ScoringSettings(mode="options", batch_size=4, chat_template=chat)
    scorer = Scorer(load_scoring_model(str(tiny_model_dir)), settings)
    ours = scorer.score(items, "base")

    lm = HFLM(pretrained=str(tiny_model_dir), device="cpu", batch_size=8, dtype="float32")
    requests, owners = [], []
    for index, item in enumerate(items):
        for letter, text in item.options.items():
            args = (scorer.context(item), TARGET_DELIMITER + text)
            requests.append(Instance("loglikelihood", doc={}, arguments=args,
                                     idx=len(requests)))
            owners.append((index, letter))
    results = lm.loglikelihood(requests, disable_tqdm=True)

    theirs: list[dict[str, float]] = [{} for _ in items]
    for (index, letter), (logprob, _) in zip(owners, results, strict=True):
        theirs[index][letter] = logprob
    for row, scores in zip(ours, theirs, strict=True):
        assert row["scores"].keys() == scores.keys()
        for letter in scores:
            assert row["scores"][letter] == pytest.approx(scores[letter], abs=2e-3)
    lm_preds = [max(s, key=s.get) for s in theirs]
    agreement = sum(r["pred"] == p for r, p in zip(ours, lm_preds, strict=True)) / len(items)
    print(f"lm-eval parity (chat={chat}): {agreement:.0%} of {len(items)} items")
    assert agreement == 1.0
