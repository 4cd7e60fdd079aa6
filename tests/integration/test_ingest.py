"""Ingest on local Ray over a generated multi-center corpus with hostile files."""

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from medadapt.deid.settings import DeidConfig
from medadapt.ingest.extract import OcrSettings, ocr_available
from medadapt.ingest.manifest import DOCUMENTS, MANIFEST
from medadapt.ingest.settings import IngestConfig
from medadapt.pipelines.ingest import run_ingest
from medadapt.records import SynthTruth
from medadapt.synth import generate_corpus
from medadapt.synth.settings import SynthConfig

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("local_ray")]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("synth") / "corpus"
    cfg = SynthConfig(patients=6, seed=11, pages=(3, 4), bad_files=6, scanned=1)
    generate_corpus(cfg, out)
    return out


@pytest.fixture(scope="module")
def ingested(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("ingest") / "out"
    key = out.parent / "deid.key"
    key.write_text("integration-test-secret-" + "0" * 40)
    deid = DeidConfig(key_file=key)
    cfg = IngestConfig(workers=2, timeout_s=120, files_per_shard=2)
    summary = run_ingest([str(corpus / "pdfs")], out, cfg, deid)
    return out, summary, cfg, deid


def truths(corpus: Path) -> list[SynthTruth]:
    return [SynthTruth.model_validate_json(p.read_text()) for p in (corpus / "truth").glob("*")]


def documents(out: Path) -> list[dict]:
    return [row for shard in sorted((out / DOCUMENTS).glob("*.parquet"))
            for row in pq.read_table(shard).to_pylist()]


def test_manifest_has_one_row_per_input_file_with_the_right_status(corpus, ingested):
    out, summary, _, _ = ingested
    manifest = {row["source"]: row for row in pq.read_table(out / MANIFEST).to_pylist()}
    inputs = sorted(str(p) for p in (corpus / "pdfs").rglob("*") if p.is_file())
    assert sorted(manifest) == inputs
    declared = json.loads((corpus / "bad_files.json").read_text())
    bad = {str(corpus / b["path"]): b["expected_status"] for b in declared}
    pairs = {str(corpus / b["path"]): str(corpus / b["duplicate_of"])
             for b in declared if b["kind"] == "duplicate"}
    for copy, original in pairs.items():  # same bytes: one is ingested, the other points to it
        statuses = {manifest[copy]["status"], manifest[original]["status"]}
        assert statuses == {"ok", "duplicate"}
        dup, first = (copy, original) if manifest[copy]["status"] == "duplicate" else (
            original, copy)
        assert manifest[dup]["duplicate_of"] == first and manifest[dup]["doc_id"] == manifest[
            first]["doc_id"]
    for source, row in manifest.items():
        if source in pairs or source in pairs.values():
            continue
        assert row["status"] == bad.get(source, "ok"), (Path(source).name, row["error"])
        if row["status"] != "ok":
            assert row["error"], Path(source).name
    assert summary.statuses["ok"] == 6 and summary.new_files == len(inputs)
    assert summary.leaks == 0
    assert all(row["leaks"] == 0 for row in manifest.values() if row["status"] == "ok")
    assert sum(summary.statuses.values()) == len(inputs)


def test_documents_are_deidentified_and_keep_clinical_text(corpus, ingested):
    out, _, _, _ = ingested
    docs = documents(out)
    assert len(docs) == 6 and len({d["doc_id"] for d in docs}) == 6
    corpus_text = "\n".join(d["text"] for d in docs)
    # Dates are shifted, not removed: a shifted date can equal another real date of the
    # stay, so verbatim search says nothing for them (the deid evaluation scores dates).
    leaked = [(t.patient_id, i.label) for t in truths(corpus) for i in t.identifiers
              if i.label != "DATE" and len(i.text) >= 4 and i.text in corpus_text]
    assert leaked == [], f"{len(leaked)} planted identifiers leaked: {leaked[:10]}"
    terms = [c.text for t in truths(corpus) for c in t.clinical_terms]
    kept = sum(term in corpus_text for term in terms)
    assert kept >= 0.9 * len(terms)
    assert any(ch in corpus_text for ch in "әғқңөұүһі")
    for doc in docs:
        assert doc["page_offsets"][0] == 0 and len(doc["page_offsets"]) == doc["n_pages"]
        assert doc["page_offsets"] == sorted(doc["page_offsets"])
        assert doc["lang_kk"] + doc["lang_ru"] == pytest.approx(1.0, abs=1e-3)


@pytest.mark.skipif(not ocr_available(OcrSettings()), reason="Tesseract kaz+rus not installed "
                    "(run `sudo make system-deps`)")
def test_scanned_page_is_read_by_ocr(corpus, ingested):
    out, summary, _, _ = ingested
    scanned = [t for t in truths(corpus) if t.scanned_pages]
    assert scanned and summary.pages_ocr == sum(len(t.scanned_pages) for t in scanned)


def test_rerun_does_no_work_and_adding_files_processes_only_them(corpus, ingested, tmp_path):
    out, _, cfg, deid = ingested
    manifest_before = (out / MANIFEST).read_bytes()
    shards_before = sorted(p.name for p in (out / DOCUMENTS).iterdir())
    again = run_ingest([str(corpus / "pdfs")], out, cfg, deid)
    assert again.new_files == 0 and again.pages == 0
    assert (out / MANIFEST).read_bytes() == manifest_before
    assert sorted(p.name for p in (out / DOCUMENTS).iterdir()) == shards_before

    extra = tmp_path / "extra"
    generate_corpus(SynthConfig(patients=1, seed=99, pages=(2, 2), centers=["new-center"]), extra)
    for pdf in (extra / "pdfs").rglob("*.pdf"):
        target = corpus / "pdfs" / "new-center" / pdf.name
        target.parent.mkdir(exist_ok=True)
        shutil.copy(pdf, target)
    (out / DOCUMENTS / "part-orphan.parquet").write_bytes(b"half-written by a killed run")
    grown = run_ingest([str(corpus / "pdfs")], out, cfg, deid)
    assert grown.new_files == 1 and grown.orphans_removed == 1
    rows = pq.read_table(out / MANIFEST).to_pylist()
    assert len(rows) == len({r["source"] for r in rows})  # no duplicate rows
    assert [r["center"] for r in rows if r["center"] == "new-center"] == ["new-center"]
    assert len(documents(out)) == 7


def test_a_file_over_its_time_limit_is_marked_and_the_run_goes_on(corpus, tmp_path):
    key = tmp_path / "key"
    key.write_text("timeout-test-secret-" + "2" * 44)
    two = sorted(str(corpus / t.pdf) for t in truths(corpus))[:2]
    listing = tmp_path / "inputs.txt"
    listing.write_text("\n".join(two))
    cfg = IngestConfig(workers=1, timeout_s=0.001, files_per_shard=8)
    summary = run_ingest([str(listing)], tmp_path / "out", cfg, DeidConfig(key_file=key))
    rows = pq.read_table(tmp_path / "out" / MANIFEST).to_pylist()
    assert [r["source"] for r in rows] == two
    assert [r["status"] for r in rows] == ["timeout", "timeout"]
    assert all("0.001s" in r["error"] for r in rows)
    assert summary.statuses == {"timeout": 2} and not (tmp_path / "out" / DOCUMENTS).exists()
