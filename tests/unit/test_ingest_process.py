"""One file through extraction, cleaning, de-identification and the leak scan, without Ray."""

from dataclasses import dataclass
from pathlib import Path

import pytest

from medadapt.deid import Deidentifier
from medadapt.ingest.extract import OcrSettings
from medadapt.ingest.process import FileTask, ProcessSettings, count_leaks, process_file
from medadapt.records import SynthTruth
from medadapt.synth import generate_corpus
from medadapt.synth.settings import SynthConfig

SECRET = b"process-test-secret-0123456789abcdef"


@pytest.fixture(scope="module")
def record(tmp_path_factory) -> tuple[Path, SynthTruth]:
    out = tmp_path_factory.mktemp("one") / "c"
    generate_corpus(SynthConfig(patients=1, seed=5, pages=(4, 4), languages=["mixed"]), out)
    truth = SynthTruth.model_validate_json(next((out / "truth").glob("*.json")).read_text())
    return out / truth.pdf, truth


def test_process_file_writes_only_deidentified_text(record):
    pdf, truth = record
    task = FileTask(str(pdf), "c1", "abc", pdf.stat().st_size)
    settings = ProcessSettings(max_bytes=10**8, max_pages=100, ocr=OcrSettings(enabled=False))
    result = process_file(task, settings, Deidentifier(SECRET), SECRET)
    assert result.manifest.status == "ok" and result.manifest.leaks == 0
    doc = result.document
    assert doc.n_pages == 4 and len(doc.page_offsets) == 4 and doc.n_phi_spans > 10
    assert len(doc.phi_spans) == doc.n_phi_spans  # output offsets: where each surrogate stands
    assert all(0 <= s.start < s.end <= len(doc.text) for s in doc.phi_spans)
    assert [s.start for s in doc.phi_spans] == sorted(s.start for s in doc.phi_spans)
    planted = {i.text for i in truth.identifiers if i.label in {"NAME", "IIN", "PHONE", "EMAIL"}}
    assert not [v for v in planted if v in doc.text]
    assert any(term.text in doc.text for term in truth.clinical_terms)
    assert 0 < doc.lang_kk < 1  # a mixed record
    again = process_file(task, settings, Deidentifier(SECRET), SECRET).document
    assert again.text == doc.text and again.patient_id == doc.patient_id


@dataclass
class FakeSpan:
    start: int
    end: int
    label: str
    replacement: str


@dataclass
class FakeResult:
    text: str
    spans: list


def test_leak_scan_counts_what_is_outside_the_surrogates():
    original = "Иванов Иван, тел. +7 701 234 56 78; брат Иванов"
    spans = [FakeSpan(0, 11, "NAME", "Ким Артур"), FakeSpan(18, 34, "PHONE", "+7 702 111 22 33")]
    clean = FakeResult("Ким Артур, тел. +7 702 111 22 33; брат Ким", spans)
    assert count_leaks(original, clean) == 0  # the surrogate phone has a phone's shape: fine
    leaky = FakeResult("Ким Артур, тел. +7 702 111 22 33; брат Иванов Иван", spans)
    assert count_leaks(original, leaky) == 1
