"""The pre-trained embedded backbone is honest: nothing scored was in its training text, and
its cache key changes with its recipe."""

import random
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from medadapt.pretrain import (
    PRETRAIN_SEED_MIN,
    PretrainRecipe,
    cache_key,
    pretraining_texts,
    qa_blocks,
)
from medadapt.synth.mcq import FACTS_KK, FACTS_RU

ROOT = Path(__file__).resolve().parents[2]
SMALL = PretrainRecipe(patients=3, pages=(2, 2))


@pytest.fixture(scope="module")
def texts():
    return pretraining_texts(SMALL)


def test_scored_jobs_use_seeds_below_the_pretraining_range():
    for job in sorted((ROOT / "jobs").glob("*.yaml")):
        data = yaml.safe_load(job.read_text(encoding="utf-8"))
        for section in ("synth", "eval", "tune"):
            for key in ("seed", "synth_seed"):
                value = (data.get(section) or {}).get(key)
                assert value is None or value < PRETRAIN_SEED_MIN, (job.name, section, key)
    assert PretrainRecipe().seed >= PRETRAIN_SEED_MIN


def test_pretraining_refuses_a_seed_that_scored_sets_use():
    with pytest.raises(ValueError, match="below"):
        pretraining_texts(replace(SMALL, seed=7))


def test_multiple_choice_items_are_not_in_the_pretraining_text(texts):
    corpus = "\n".join(texts)
    for question, answer, _ in FACTS_RU + FACTS_KK:
        assert question not in corpus
        assert f"{question}\n{answer}" not in corpus


def test_demo_records_are_not_in_the_pretraining_text(texts, tmp_path):
    from medadapt.records import SynthTruth
    from medadapt.synth import generate_corpus
    from medadapt.synth.settings import SynthConfig

    demo = yaml.safe_load((ROOT / "jobs/demo.yaml").read_text(encoding="utf-8"))["synth"]
    generate_corpus(SynthConfig(patients=demo["patients"], seed=demo["seed"], pages=(2, 2)),
                    tmp_path / "demo")
    corpus = "\n".join(texts)
    for path in (tmp_path / "demo" / "truth").glob("*.json"):
        truth = SynthTruth.model_validate_json(path.read_text(encoding="utf-8"))
        iins = [i.text for i in truth.identifiers if i.label == "IIN"]
        assert iins and not [iin for iin in iins if iin in corpus]  # no demo patient inside


def test_qa_blocks_answer_with_facts_the_excerpt_states():
    text = "Диагноз при поступлении: перелом шейки бедра (S72.0). Дата операции: 2024-01-02."
    facts = {"icd10": ["S72.0"], "diagnosis_pre": "перелом шейки бедра (S72.0).",
             "surgery_date": "2024-01-02", "fracture": {"ao_ota": "31-B1"}}
    blocks = list(qa_blocks(text, facts, "ru", random.Random(0)))
    assert any(b.endswith("Ответ: S72.0\n") for b in blocks)
    assert not any("31-B1" in b for b in blocks)  # not stated in the text: not asked
    for block in blocks:
        excerpt, answer = block.split("\n\nВопрос:")[0], block.rsplit("Ответ: ", 1)[1].strip()
        assert answer in excerpt


def test_cache_key_changes_with_the_recipe():
    base = cache_key(PretrainRecipe(), "tiny-abc")
    assert base == cache_key(PretrainRecipe(), "tiny-abc")
    assert base != cache_key(replace(PretrainRecipe(), steps=301), "tiny-abc")
    assert base != cache_key(PretrainRecipe(), "tiny-def")
