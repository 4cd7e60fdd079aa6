"""The independent leak audit, the recall-first sweep, token-level scoring and --strict."""

from pathlib import Path

import pymupdf
import pytest

from medadapt.deid import Deidentifier
from medadapt.deid.audit import audit_text, output_spans
from medadapt.deid.token_eval import Pred, Tally, Truth
from medadapt.ingest.extract import OcrSettings
from medadapt.ingest.process import FileTask, ProcessSettings, process_file

SECRET = b"test-secret-0123456789abcdef0123"
LONE = "Осмотрена совместно. Подпись: Шмидтке\nЖалоб нет."


@pytest.fixture(scope="module")
def deid() -> Deidentifier:
    return Deidentifier(SECRET, use_ner=False)


def test_audit_finds_what_a_switched_off_detector_let_through():
    off = Deidentifier(SECRET, use_ner=False, use_sweep=False)
    result = off.deidentify(LONE, "p1")
    assert "Шмидтке" in result.text  # the cue/shape rules alone miss a lone surname
    flags = audit_text(result.text, output_spans(result.spans), lex=off.lex)
    where = [result.text[f.start:f.end] for f in flags if f.kind == "NAME_LIKE"]
    assert "Шмидтке" in where


def test_sweep_on_leaves_the_audit_nothing(deid):
    result = deid.deidentify(LONE, "p1")
    assert "Шмидтке" not in result.text
    assert not audit_text(result.text, output_spans(result.spans), lex=deid.lex)


@pytest.mark.parametrize("text, gone", [
    ("врачом бойко а.в. осмотрена", "бойко"),
    ("ПАЦИЕНТ: ШМИДТ ИРМА", "ШМИДТ"),
    ("в загранпаспорте ZHUMABEKOV YERLAN", "ZHUMABEKOV"),
    ("Поступила 12.III.2024, явка 5 марта", "12.III.2024"),
    ("Науқас 2024 жылғы 12 наурызда түсті", "12 наурыз"),
    ("Бабушка, 92 года, в сознании", "92 года"),
    ("тел. 8.701.123.45.67", "123.45"),
    ("пац. 780312 300007, пал. 5", "780312"),
    ("лист нетрудоспособности № ЛН-2022-375692", "375692"),
    ("Место работы: ТОО «Семей Мясокомбинат»", "Мясокомбинат"),
    ("проживает, прибыл из Талгара", "Талгара"),
])
def test_recall_first_detectors(deid, text, gone):
    assert gone not in deid.deidentify(text, "p1").text


@pytest.mark.parametrize("term", ["аппарат Илизарова", "по Илизарову", "перелом Монтеджа"])
def test_clinical_constructions_survive(deid, term):
    assert term in deid.deidentify(f"Наложен {term}, ЛФК.", "p1").text


def test_age_over_89_is_generalised(deid):
    assert "90+" in deid.deidentify("Пациентка 94 года, жалобы", "p1").text


def test_token_level_scoring_counts_a_partial_hit_as_a_leak():
    text = "Пациентка Шмидт Дильноза Фарход қызы"
    truth = Truth(10, len(text), "NAME", ("non_slavic",))
    tally = Tally()
    tally.add_page(text, [truth], [Pred(25, len(text), "NAME", "Икром қызы")])
    summary = tally.summary()
    assert summary["per_label"]["NAME"]["leaked"] == 1
    assert summary["per_form"]["NAME/non_slavic"]["recall"] == 0.0


def _pdf(path: Path, text: str) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), text, fontname="helv")
    doc.save(path)
    return path


def test_strict_ingest_refuses_a_document_the_audit_flags(tmp_path):
    pdf = _pdf(tmp_path / "a.pdf", "Record 20240312 code 7788990011 signed")
    task = FileTask(str(pdf), "c1", "abc", pdf.stat().st_size)
    off = Deidentifier(SECRET, use_ner=False, use_sweep=False)
    base = dict(max_bytes=10**8, max_pages=10, ocr=OcrSettings(enabled=False))
    off._candidates = lambda text: []  # a detector that places nothing
    lax = process_file(task, ProcessSettings(**base), off, SECRET)
    assert lax.manifest.status == "ok" and lax.manifest.residual_risk
    strict = process_file(task, ProcessSettings(**base, strict=True), off, SECRET)
    assert strict.manifest.status == "residual_risk" and strict.document is None
    assert "7788990011" not in (strict.manifest.error or "")
