"""The corpus stage on Ray Data against the in-process build, through real ingest (Ray Data,
PyMuPDF, de-identification): the same patients, dialogues, split and summary; and the same
discharge letter copied into a second center's records, with nothing in it to tell that the
two files are one person's, removed corpus-wide as a near-duplicate document, so it cannot be
trained on in one split and scored in another."""

import json

import pyarrow.parquet as pq
import pymupdf
import pytest

from medadapt.corpus.build import build_corpus
from medadapt.corpus.settings import CorpusConfig
from medadapt.pipelines.corpus import run_corpus
from medadapt.synth import generate_corpus
from medadapt.synth.settings import SynthConfig

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("local_ray")]

# A discharge letter with no identifier in it, so ingest keys each copy on its file: two
# patients by the record, one letter in fact.
LETTER = [
    "ВЫПИСНОЙ ЭПИКРИЗ. Травматологическое отделение.",
    "Диагноз основной: Закрытый перелом шейки правой бедренной кости со смещением отломков. "
    "Код по МКБ-10: S72.0.",
    "Жалобы при поступлении на боли в области правого тазобедренного сустава, невозможность "
    "опоры на правую нижнюю конечность после падения.",
    "Проведено лечение: операция тотальное эндопротезирование правого тазобедренного сустава "
    "под спинальной анестезией. Послеоперационный период без осложнений, рана зажила "
    "первичным натяжением, швы сняты.",
    "Рентгенография правого тазобедренного сустава: положение компонентов эндопротеза "
    "правильное.",
    "Рекомендации: ходьба с костылями с дозированной нагрузкой на оперированную конечность "
    "6 недель, ЛФК, профилактика тромбоэмболических осложнений, контроль у травматолога "
    "через 6 недель.",
]


def _letter_pdf(path, paragraphs: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with pymupdf.open() as doc:
        page = doc.new_page()
        font = pymupdf.Font("notos")
        writer = pymupdf.TextWriter(page.rect)
        y = 60.0
        for paragraph in paragraphs:
            line = ""
            for word in paragraph.split():
                if font.text_length(line + " " + word, fontsize=10) > 470:
                    writer.append((56, y), line, font=font, fontsize=10)
                    y, line = y + 14, word
                else:
                    line = f"{line} {word}".strip()
            writer.append((56, y), line, font=font, fontsize=10)
            y += 20
        writer.write_text(page)
        doc.save(path)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory, ingest_pdfs):
    root = tmp_path_factory.mktemp("corpus-ray")
    generate_corpus(SynthConfig(patients=8, seed=31, pages=(2, 3), languages=["ru", "kk", "mixed"],
                                centers=["almaty-cch4", "astana-ncto"]), root / "synth")
    inputs = root / "synth" / "pdfs"
    _letter_pdf(inputs / "almaty-cch4" / "letter-0007.pdf", LETTER)
    _letter_pdf(inputs / "astana-ncto" / "archive-copy-19.pdf",
                LETTER + ["Копия верна. Медицинский архив."])
    return root, ingest_pdfs(inputs, root, "corpus-ray-test-secret-", files_per_shard=3)


def _files(folder) -> dict[str, object]:
    out = {name: (folder / name).read_text(encoding="utf-8") for name in
           ("patients.csv", "dialogues/train.jsonl", "dialogues/val.jsonl",
            "dialogues/test.jsonl")}
    out["patients.parquet"] = pq.read_table(folder / "patients.parquet").to_pylist()
    out["stats.json"] = json.loads((folder / "stats.json").read_text(encoding="utf-8"))
    return out


@pytest.fixture(scope="module")
def built(ingested):
    root, out = ingested
    cfg = dict(model="tiny", max_tokens=1024, split=(0.5, 0.25, 0.25), seed=3)
    local = build_corpus(out, root / "local", CorpusConfig(**cfg, engine="local"))
    on_ray = run_corpus(out, root / "ray", CorpusConfig(**cfg, engine="ray", workers=2))
    return root, local, on_ray


def test_ray_build_gives_the_in_process_corpus(built):
    root, local, on_ray = built
    assert on_ray == local and local["patients"] == 9 and local["dialogues"] > 0
    assert _files(root / "ray") == _files(root / "local")
    assert not (root / "ray" / "_staging").exists()
    # the split is reported by language and by center
    by_center = local["patients_by_split_center"]
    assert sum(sum(c.values()) for c in by_center.values()) == 9
    assert {c for split in by_center.values() for c in split} == {"almaty-cch4", "astana-ncto"}


def test_letter_copied_into_a_second_center_is_a_near_duplicate(built, ingested):
    root, local, _ = built
    _, out = ingested
    manifest = {r["source"].rsplit("/", 1)[-1]: r for r in
                pq.read_table(out / "manifest.parquet").to_pylist()}
    letters = ("letter-0007.pdf", "archive-copy-19.pdf")
    assert {manifest[n]["patient_key_source"] for n in letters} == {"file"}
    docs = {d["source"].rsplit("/", 1)[-1]: d["patient_id"]
            for d in pq.read_table(out / "documents").to_pylist()}
    copies = {docs[n] for n in letters}
    assert len(copies) == 2  # two patients by the record
    assert local["documents_removed"] == {"exact_duplicate": 0, "near_duplicate": 1}
    patients = {r["patient_id"] for r in
                pq.read_table(root / "local" / "patients.parquet").to_pylist()}
    assert len(copies & patients) == 1
    owners = {json.loads(line)["patient_id"] for split in ("train", "val", "test")
              for line in (root / "local" / "dialogues" / f"{split}.jsonl").read_text(
                  encoding="utf-8").splitlines()}
    assert copies & owners == copies & patients  # the kept copy still yields dialogues


def test_without_document_dedup_both_copies_stay(ingested):
    root, out = ingested
    summary = build_corpus(out, root / "keep-all", CorpusConfig(
        model="tiny", max_tokens=1024, split=(0.5, 0.25, 0.25), seed=3, engine="local",
        document_dup_threshold=None))
    assert summary["patients"] == 10
    assert summary["documents_removed"] == {"exact_duplicate": 0, "near_duplicate": 0}


def test_auto_engine_runs_small_inputs_in_process(ingested, monkeypatch):
    from medadapt.pipelines.corpus import engine_for

    _, out = ingested
    monkeypatch.delenv("RAY_ADDRESS", raising=False)
    assert engine_for(out, CorpusConfig()) == "local"  # 11 documents < 1,000
    assert engine_for(out, CorpusConfig(ray_min_documents=5)) == "ray"
    assert engine_for(out, CorpusConfig(engine="ray", ray_min_documents=10**6)) == "ray"
    monkeypatch.setenv("RAY_ADDRESS", "127.0.0.1:1")  # a cluster: always Ray
    assert engine_for(out, CorpusConfig()) == "ray"
