"""In-domain tasks: items from corpus dialogues, per-task metrics, paired comparisons."""

import json

import pytest

from medadapt.evaluate.indomain import compare_task_variants, paired_task_comparison, task_metrics
from medadapt.evaluate.settings import INDOMAIN_TASK_NAMES
from medadapt.evaluate.tasks import (
    INDOMAIN_TASKS,
    first_json_object,
    icd10_codes,
    load_task_items,
    score_output,
)

DIAGNOSIS = "Диагноз: лодыжки (сторона: левая); закрытый.\nМКБ-10: S82.8.\n"
EXTRACTION = json.dumps({"site": "ankle", "side": "left", "icd10": ["S82.8"],
                         "implants": None}, ensure_ascii=False)


def test_task_names_match_the_settings():
    assert tuple(INDOMAIN_TASKS) == INDOMAIN_TASK_NAMES


@pytest.mark.parametrize("task,output,reference,score", [
    ("icd10", "МКБ-10: S82.8.", DIAGNOSIS, 1.0),
    ("icd10", "Диагноз ... МКБ-10: S82.8, S72.0", DIAGNOSIS, 0.0),  # extra code: wrong
    ("icd10", "не знаю", DIAGNOSIS, 0.0),
    ("terminology", "стандартный термин:  Остеосинтез пластиной\nкатегория: x",
     "Стандартный термин: остеосинтез пластиной.\nКатегория: y.", 1.0),
    ("terminology", "Стандартный термин: артроскопия.", "Стандартный термин: остеосинтез.",
     0.0),
    ("extraction", EXTRACTION, EXTRACTION, 1.0),
    ("extraction", "not json at all", EXTRACTION, 0.0),
    ("rehabilitation", "ЛФК, ходунки.", "ЛФК, ходунки.", 1.0),
])
def test_score_output_golden(task, output, reference, score):
    assert score_output(task, output, reference)["score"] == pytest.approx(score)


def test_extraction_field_f1_counts_stated_fields_only():
    pred = json.dumps({"site": "ankle", "side": "right", "icd10": ["S82.8"],
                       "implants": ["винт"]})
    result = score_output("extraction", "ответ: " + pred + " конец", EXTRACTION)
    # gold states 3 fields; prediction states 4, 2 of them right -> F1 = 2*2/(4+3)
    assert result["score"] == pytest.approx(4 / 7)
    assert result["fields"]["side"] == (0, 1, 1) and result["fields"]["implants"] == (0, 1, 0)


def test_rehabilitation_chrf_rewards_overlap_between_zero_and_one():
    ref = "Реабилитация: ЛФК, ходунки, изометрия.\nОграничения: частичная нагрузка — 6 нед."
    near = score_output("rehabilitation", "Реабилитация: ЛФК, ходунки.", ref)["score"]
    far = score_output("rehabilitation", "Жалобы: боль.", ref)["score"]
    assert 0 < far < near < 1


def test_helpers():
    assert icd10_codes("коды S72.0 и M17.1; (U07.1)") == {"S72.0", "M17.1"}
    assert first_json_object('x {"a": {"b": 1}} {"c": 2}') == {"a": {"b": 1}}
    assert first_json_object("{bad json} {\"ok\": true}") == {"ok": True}


def _dialogue(pid, task, answer, index=0):
    return {"id": f"{pid}-{task}-ruru-{index}", "patient_id": pid, "language": "ru",
            "split": "test", "task": task,
            "messages": [{"role": "user", "content": f"context of {pid}"},
                         {"role": "assistant", "content": answer}]}


def test_load_task_items_maps_dialogue_tasks_and_limits(tmp_path):
    path = tmp_path / "test.jsonl"
    rows = [_dialogue("p1", "diagnosis", DIAGNOSIS), _dialogue("p2", "diagnosis", DIAGNOSIS),
            _dialogue("p1", "summary", "x"), _dialogue("p1", "extraction", EXTRACTION)]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    items = load_task_items([path], ["icd10", "extraction"], limit=1)
    assert [(i.task, i.patient_id) for i in items] == [("icd10", "p1"), ("extraction", "p1")]
    assert items[0].messages == [{"role": "user", "content": "context of p1"}]
    assert items[0].reference == DIAGNOSIS
    with pytest.raises(ValueError, match="unknown"):
        load_task_items([path], ["summary"])


def _rows(variant, scores, task="icd10"):
    metric = INDOMAIN_TASKS[task][1]
    return [{"id": f"{task}/{i}", "task": task, "variant": variant, "metric": metric,
             "score": s} for i, s in enumerate(scores)]


def test_paired_comparison_of_a_clear_lift_excludes_zero_and_mcnemar_is_small():
    base, tuned = _rows("base", [0.0] * 20), _rows("ft", [1.0] * 15 + [0.0] * 5)
    comp = paired_task_comparison(base, tuned, resamples=500)
    assert comp["exact_match_diff"] == pytest.approx(0.75)
    low, high = comp["exact_match_diff_ci"]
    assert 0 < low <= 0.75 <= high
    assert comp["other_only_correct"] == 15 and comp["base_only_correct"] == 0
    assert comp["mcnemar_p"] < 0.001


def test_no_difference_gives_a_ci_around_zero_and_p_one():
    comp = paired_task_comparison(_rows("base", [1, 0] * 10), _rows("ft", [1, 0] * 10))
    assert comp["exact_match_diff"] == 0 and comp["exact_match_diff_ci"] == [0.0, 0.0]
    assert comp["mcnemar_p"] == 1.0


def test_continuous_metric_has_no_mcnemar_and_metrics_have_cis():
    base = _rows("base", [0.2, 0.3, 0.4, 0.1], task="rehabilitation")
    tuned = _rows("ft", [0.6, 0.7, 0.5, 0.8], task="rehabilitation")
    comps = compare_task_variants({"base": base, "ft": tuned}, "base", resamples=200)
    entry = comps["rehabilitation:ft_vs_base"]
    assert "mcnemar_p" not in entry and entry["chrf_diff"] == pytest.approx(0.4)
    assert entry["task"] == "rehabilitation" and entry["variant"] == "ft"
    metrics = task_metrics(tuned, resamples=200)["rehabilitation"]
    assert metrics["n"] == 4 and metrics["chrf_ci"][0] <= metrics["chrf"] <= metrics["chrf_ci"][1]


def test_comparison_needs_the_same_items():
    with pytest.raises(ValueError, match="same in-domain items"):
        paired_task_comparison(_rows("base", [1, 0]), _rows("ft", [1]))
