"""One patient across files and centers, through real ingest (Ray Data) and the corpus build:
a record split into admission/discharge PDFs and a copy sent to a second hospital share one
patient id, one date shift and surrogates, and one split."""

import json

import pyarrow.parquet as pq
import pymupdf
import pytest

from medadapt.corpus.build import build_corpus
from medadapt.corpus.settings import CorpusConfig
from medadapt.synth import generate_corpus
from medadapt.synth.settings import SynthConfig

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("local_ray")]


def _pages(source, target, pages: list[int]) -> None:
    """A PDF of some of `source`'s pages: how a record split over several files looks."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with pymupdf.open(source) as doc, pymupdf.open() as part:
        for page in pages:
            part.insert_pdf(doc, from_page=page, to_page=page)
        part.save(target)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory, ingest_pdfs):
    root = tmp_path_factory.mktemp("identity")
    generate_corpus(SynthConfig(patients=2, seed=23, pages=(4, 4), languages=["ru"],
                                centers=["almaty-cch4"]), root / "synth")
    first, second = sorted((root / "synth" / "pdfs").rglob("*.pdf"))
    inputs = root / "inputs"
    _pages(first, inputs / "almaty-cch4" / "p1-admission.pdf", [0, 1])
    _pages(first, inputs / "almaty-cch4" / "p1-discharge.pdf", [0, 2, 3])
    _pages(first, inputs / "astana-ncto" / "transfer-0042.pdf", [0, 3])
    _pages(second, inputs / "almaty-cch4" / "p2.pdf", [0, 1, 2, 3])
    return root, ingest_pdfs(inputs, root, "identity-test-secret-", files_per_shard=2)


def test_split_and_transferred_files_share_one_patient(ingested):
    _, out = ingested
    manifest = pq.read_table(out / "manifest.parquet").to_pylist()
    assert {r["status"] for r in manifest} == {"ok"}
    assert {r["patient_key_source"] for r in manifest} == {"iin"}
    docs = {d["source"].rsplit("/", 1)[-1]: d for d in
            pq.read_table(out / "documents").to_pylist()}
    p1 = {docs[n]["patient_id"] for n in ("p1-admission.pdf", "p1-discharge.pdf",
                                           "transfer-0042.pdf")}
    assert len(p1) == 1 and docs["p2.pdf"]["patient_id"] not in p1
    # the same first page, de-identified in three files and two centers, reads the same:
    # one date shift and one set of surrogates for the patient
    firsts = {d["text"][: d["page_offsets"][1]] for n, d in docs.items() if n != "p2.pdf"}
    assert len(firsts) == 1


def test_one_patient_lands_in_one_split(ingested):
    root, out = ingested
    # The transfer repeats two of the discharge file's pages (document Jaccard 0.905): the
    # duplicate-document rule keeps only the discharge copy, in the patient's one split ...
    summary = build_corpus(out, root / "dedup", CorpusConfig(model="tiny", max_tokens=1024))
    assert summary["documents_removed"] == {"exact_duplicate": 0, "near_duplicate": 1}
    patients = pq.read_table(root / "dedup" / "patients.parquet").to_pylist()
    assert sorted(p["n_documents"] for p in patients) == [1, 2]
    # ... and without that rule all three files reach the one patient row
    summary = build_corpus(out, root / "corpus", CorpusConfig(
        model="tiny", max_tokens=1024, document_dup_threshold=None))
    assert summary["patients"] == 2
    patients = pq.read_table(root / "corpus" / "patients.parquet").to_pylist()
    assert sorted(p["n_documents"] for p in patients) == [1, 3]
    by_patient: dict[str, set[str]] = {}
    for split in ("train", "val", "test"):
        path = root / "corpus" / "dialogues" / f"{split}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            by_patient.setdefault(row["patient_id"], set()).add(row["split"])
    assert by_patient and all(len(splits) == 1 for splits in by_patient.values())
