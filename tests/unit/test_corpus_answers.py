"""Answers stay true: every fact an answer states is in its source record, and a field the
record does not state never appears in an answer (generated records of every style)."""

from __future__ import annotations

import json
import re

import pymupdf
import pytest

from medadapt.corpus import answers
from medadapt.corpus.codes import LOOKALIKE
from medadapt.corpus.field_eval import expected_fields
from medadapt.corpus.fields import extract_patient
from medadapt.corpus.lexicon import load_lexicon
from medadapt.synth import generate_corpus
from medadapt.synth.settings import SynthConfig
from medadapt.synth.styles import STYLES

# answer-relevant field -> the answer phrase key that introduces it
STATED_BY = {"complaints": "complaints", "mechanism": "mechanism", "implants": "implants",
             "anesthesia": "anesthesia", "rehabilitation": "rehabilitation",
             "restrictions": "restrictions", "icd10": "icd10", "kl_grade": "kl",
             "ao_ota": "ao_ota"}
CHECKED = ("site", "side", "fracture_displaced", "fracture_comminuted", "fracture_open",
           "ao_ota", "kl_grade", "mechanism", "procedure", "implants", "anesthesia", "icd10",
           "complaints", "rehabilitation", "restrictions", "weight_bearing_weeks",
           "follow_up_weeks")


@pytest.fixture(scope="module")
def records(tmp_path_factory) -> list[tuple[str, dict, dict]]:
    """(record text, expected fields from truth, extracted row) for 3 records per style."""
    out = tmp_path_factory.mktemp("answers") / "synth"
    generate_corpus(SynthConfig(patients=3 * len(STYLES), seed=23, pages=(2, 3),
                                styles=list(STYLES)), out)
    rows = []
    for path in sorted((out / "truth").glob("*.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        with pymupdf.open(out / truth["pdf"]) as doc:
            text = "\n".join(page.get_text() for page in doc)
        row = extract_patient(truth["patient_id"], [{"doc_id": "d", "text": text}])
        rows.append((text, expected_fields(truth["facts"]), row))
    return rows


def _answers(row: dict) -> list[str]:
    lex = load_lexicon()
    out = [answers.extraction_answer(row)]
    for lang in ("ru", "kk"):
        for build in (answers.summary_answer, answers.diagnosis_answer,
                      answers.rehabilitation_answer):
            text = build(row, lex, lang)
            if text:
                out.append(text)
    return out


def test_every_stated_field_is_true(records) -> None:
    """An answer is made only of row values; each stated value must equal the truth."""
    wrong = []
    for _, expected, row in records:
        for name in CHECKED:
            got, want = row[name], expected.get(name)
            if got is None:
                continue  # not stated in the answer: fine (null is never a wrong fact)
            if (set(got) != set(want or [])) if isinstance(got, list) else got != want:
                wrong.append((name, want, got))
    assert not wrong, f"stated values that the record does not support: {wrong[:5]}"


def test_unstated_fields_never_reach_an_answer(records) -> None:
    prompts = answers.load_prompts()["phrases"]
    for _, expected, row in records:
        texts = _answers(row)
        for name, key in STATED_BY.items():
            if expected.get(name) is None:
                assert row[name] is None, name
                for lang in ("ru", "kk"):
                    label = prompts[lang][key]
                    assert not any(f"{label}:" in t for t in texts[1:]), (name, label)


def test_numbers_and_codes_in_answers_appear_in_the_record(records) -> None:
    for text, _, row in records:
        latin = text.translate(LOOKALIKE)
        for answer in _answers(row):
            for code in re.findall(r"\b[A-Z]\d{2}(?:\.\d{1,2})?\b", answer):
                assert code in latin, code
            for weeks in map(int, re.findall(r"(\d+) (?:нед|апта)", answer)):
                months = {4: "1 ", 8: "2 ", 12: "3 "}.get(weeks, "-")
                assert re.search(rf"(?<!\d){weeks}(?!\d)", text) or months in text, weeks
            for implant in row["implants"] or []:
                brand = implant.split()[-1].lower()
                assert brand[:5] in text.lower() or implant.split()[0][:5] in text.lower()
