"""A trial's validation scores: KazMMLU-format accuracy, in-domain tasks on the val
dialogues, and the weighted objective, all from one loaded base + adapter (no Ray)."""

import json

import pytest

from medadapt.synth.mcq import generate_mcq, write_mcq
from medadapt.train.settings import TrainConfig
from medadapt.tune.objective import score_adapter
from medadapt.tune.settings import ObjectiveSettings


def test_trial_scores_name_every_part_of_the_objective(tiny_model_dir, make_adapter, tmp_path):
    adapter = make_adapter(tiny_model_dir, tmp_path / "adapter", seed=1)
    items = write_mcq(generate_mcq(6, seed=0), tmp_path / "items.jsonl")
    val = tmp_path / "val.jsonl"
    row = {"id": "p-diagnosis-ruru-0", "patient_id": "p", "language": "ru", "split": "val",
           "task": "diagnosis", "messages": [{"role": "user", "content": "Код (S72.0)?"},
                                             {"role": "assistant", "content": "МКБ-10: S72.0."}]}
    val.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    cfg = TrainConfig(model=str(tiny_model_dir), max_length=256)
    objective = ObjectiveSettings(indomain=1, general=0, tasks=["icd10"],
                                  max_general_drop_pp=100)
    scores = score_adapter(cfg, adapter, str(items), 6, 0.0, objective, [str(val)])
    assert {"val_accuracy", "val_base_accuracy", "val_icd10", "val_indomain",
            "val_objective"} <= scores.keys()
    assert scores["val_objective"] == pytest.approx(scores["val_icd10"])
    plain = score_adapter(cfg, adapter, str(items), 6, 0.0)  # the default: general accuracy
    assert plain["val_objective"] == pytest.approx(plain["val_accuracy"])
    assert "val_indomain" not in plain
