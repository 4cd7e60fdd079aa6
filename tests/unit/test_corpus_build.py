"""End to end without Ray: generated PDFs -> ingest per-file -> corpus build.

Checks the dialogue contract (HF datasets loads it, the tiny chat template renders it within
the token budget), the patient split, answers agreeing with the extracted fields, stats
counts and the leak scan.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from corpus_helpers import ingest_synth

from medadapt.config import JobConfig
from medadapt.corpus.answers import extraction_record
from medadapt.corpus.build import CorpusInputError, build_corpus
from medadapt.corpus.settings import CorpusConfig
from medadapt.errors import ConfigError
from medadapt.stages.corpus import corpus_input

MAX_TOKENS = 1024  # small budget so context fitting is exercised


@pytest.fixture(scope="module")
def built(tmp_path_factory, tiny_model_dir) -> tuple[Path, dict, CorpusConfig]:
    from medadapt.synth import generate_corpus
    from medadapt.synth.settings import SynthConfig

    root = tmp_path_factory.mktemp("corpus")
    generate_corpus(SynthConfig(patients=20, seed=5, pages=(2, 4)), root / "synth")
    ingest_synth(root / "synth", root / "ingest")
    cfg = CorpusConfig(model=str(tiny_model_dir), max_tokens=MAX_TOKENS,
                       mix={"kk": 1, "ru": 1, "mixed": 1})
    summary = build_corpus(root / "ingest", root / "out", cfg)
    return root / "out", summary, cfg


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_outputs_and_stats(built) -> None:
    out, summary, _ = built
    for name in ("patients.parquet", "patients.csv", "stats.json", "dialogues/train.jsonl",
                 "dialogues/val.jsonl", "dialogues/test.jsonl", "dialogues/train_mix.jsonl"):
        assert (out / name).exists(), name
    stats = json.loads((out / "stats.json").read_text(encoding="utf-8"))
    assert stats == summary and stats["patients"] == 20
    for split in ("train", "val", "test"):
        rows = _read(out / "dialogues" / f"{split}.jsonl")
        assert sum(stats["dialogues_by_split"][split].values()) == len(rows)
        assert all(r["split"] == split for r in rows)
    assert sum(stats["patients_by_split"]["val"].values()) == 2
    assert sum(stats["patients_by_split"]["test"].values()) == 1
    assert set(stats["removed"]) == {"too_long", "short_answer", "low_density",
                                     "exact_duplicate", "near_duplicate"}
    assert stats["leak_scan"]["files"] >= 6 and stats["leak_scan"]["findings"] == 0
    assert stats["built"]["built"] == stats["dialogues"] + sum(stats["removed"].values())


def test_patients_split_disjoint(built) -> None:
    out, _, _ = built
    owners: dict[str, str] = {}
    for split in ("train", "val", "test"):
        for row in _read(out / "dialogues" / f"{split}.jsonl"):
            assert owners.setdefault(row["patient_id"], split) == split
    table = pq.read_table(out / "patients.parquet").to_pylist()
    assert {r["patient_id"]: r["split"] for r in table if r["patient_id"] in owners} == owners


def test_dialogues_load_with_datasets_and_render(built, tiny_model_dir) -> None:
    import datasets
    from transformers import AutoTokenizer

    out, _, _ = built
    files = {s: str(out / "dialogues" / f"{s}.jsonl") for s in ("train", "val", "test")}
    loaded = datasets.load_dataset("json", data_files=files)
    tokenizer = AutoTokenizer.from_pretrained(tiny_model_dir)
    languages, tasks = set(), set()
    for split in files:
        for row in loaded[split]:
            assert [m["role"] for m in row["messages"]] == ["user", "assistant"]
            text = tokenizer.apply_chat_template(row["messages"], tokenize=False)
            assert len(tokenizer(text, add_special_tokens=False)["input_ids"]) <= MAX_TOKENS
            languages.add(row["language"])
            tasks.add(row["task"])
    assert languages == {"ru", "kk", "mixed"}
    assert tasks == {"summary", "diagnosis", "terminology", "rehabilitation", "extraction"}


def test_assistant_agrees_with_fields(built) -> None:
    out, _, _ = built
    patients = {r["patient_id"]: r for r in pq.read_table(out / "patients.parquet").to_pylist()}
    checked = 0
    for split in ("train", "val", "test"):
        for d in _read(out / "dialogues" / f"{split}.jsonl"):
            row, answer = patients[d["patient_id"]], d["messages"][1]["content"]
            if d["task"] == "extraction":
                assert json.loads(answer) == extraction_record(row), d["id"]
            if d["task"] in ("diagnosis", "summary"):
                assert all(code in answer for code in row["icd10"]), d["id"]
            if d["task"] == "rehabilitation" and row["follow_up_weeks"]:
                assert str(row["follow_up_weeks"]) in answer, d["id"]
            checked += 1
    assert checked > 50


def test_mix_file_follows_ratios(built) -> None:
    out, summary, _ = built
    counts = summary["mix"]
    total = sum(counts.values())
    assert all(abs(counts[k] - total / 3) <= 1 for k in ("kk", "ru", "mixed"))
    assert len(_read(out / "dialogues" / "train_mix.jsonl")) == total


def test_csv_has_one_row_per_patient(built) -> None:
    out, _, _ = built
    lines = (out / "patients.csv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 21 and lines[0].startswith("patient_id,center,language")


def test_missing_input_names_the_path(tmp_path) -> None:
    with pytest.raises(CorpusInputError, match="manifest.parquet"):
        build_corpus(tmp_path / "nowhere", tmp_path / "out")


def test_stage_input_defaults_to_ingest_dir(tmp_path) -> None:
    job = JobConfig(name="j", output_dir=tmp_path, stages=["ingest", "corpus"])
    assert corpus_input(job, CorpusConfig()) == tmp_path / "ingest"
    assert corpus_input(job, CorpusConfig(input="/data/x")) == Path("/data/x")
    with pytest.raises(ConfigError, match="corpus.input"):
        corpus_input(JobConfig(name="j", output_dir=tmp_path, stages=["corpus"]),
                     CorpusConfig())


def test_stage_logs_its_name_and_seconds_only(caplog) -> None:
    import logging
    import re

    from medadapt.pipelines.corpus import stage

    with caplog.at_level(logging.INFO, logger="medadapt.pipelines.corpus"), stage("split"):
        pass
    messages = [r.getMessage() for r in caplog.records if "corpus stage" in r.getMessage()]
    assert len(messages) == 1 and re.fullmatch(r"corpus stage split: \d+\.\d s", messages[0])
