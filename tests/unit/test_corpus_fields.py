"""Field extraction: golden cases per language, null when unstated, held-out accuracy target."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_helpers import ingest_synth

from medadapt.corpus.field_eval import evaluate_synth, expected_fields
from medadapt.corpus.fields import extract_document, extract_patient, icd10_codes, kl_grade

RU_RECORD = """Диагноз при поступлении: Открытый оскольчатый перелом диафиза правой
большеберцовой кости со смещением отломков, тип 42-C2 по AO/OTA (S82.2).
ЖАЛОБЫ И АНАМНЕЗ
Пациент предъявляет жалобы на боль, отёк и деформацию в области правой голени.
Со слов пациента, травма получена в результате ДТП.
ПРОТОКОЛ ОПЕРАЦИИ № 1
Ход операции: под спинномозговой анестезией. Выполнено: чрескостный остеосинтез,
установлены: аппарат Илизарова. Кровопотеря 200 мл.
Реабилитация
Программа: ЛФК; ходьба на костылях.
Ограничения: без нагрузки на оперированную конечность 8 недель.
"""
KK_RECORD = """Түскен кездегі диагнозы: Сол жақ жамбас буынының біріншілік коксартрозы, III саты
(Kellgren–Lawrence бойынша 3). АХЖ-10 коды: M16.1.
Ауру анамнезі
Шағымдары: сол жақ жамбас буыны аймағында ауырсыну, түнгі ауырсыну.
Операция хаттамасы № 7
Ота барысы: эндотрахеалды наркоз жағдайында. Орындалды: жамбас буынын толық
эндопротездеу, орнатылды: Zimmer эндопротезі. Қан жоғалту 450 мл.
"""

GOLDEN = [
    (RU_RECORD, {"language": "ru", "site": "tibial_shaft", "side": "right",
                 "condition": "fracture", "fracture_open": True, "fracture_comminuted": True,
                 "fracture_displaced": True, "ao_ota": "42-C2", "icd10": ["S82.2"],
                 "complaints": ["pain", "swelling", "deformity"], "mechanism": "traffic",
                 "procedure": "external_fixation", "procedure_type": "osteosynthesis",
                 "implants": ["аппарат Илизарова"], "anesthesia": "spinal",
                 "blood_loss_ml": 200, "rehabilitation": ["lfk", "crutches"],
                 "restrictions": ["no_weight_bearing"], "weight_bearing_weeks": 8,
                 "kl_grade": None, "follow_up_weeks": None}),
    (KK_RECORD, {"language": "kk", "site": "hip_oa", "side": "left",
                 "condition": "osteoarthritis", "oa_joint": "hip", "kl_grade": 3,
                 "icd10": ["M16.1"], "complaints": ["pain", "night_pain"], "mechanism": None,
                 "procedure": "total_hip_arthroplasty", "procedure_type": "arthroplasty",
                 "implants": ["эндопротез Zimmer"], "anesthesia": "general",
                 "blood_loss_ml": 450, "fracture_open": None, "ao_ota": None,
                 "rehabilitation": None, "restrictions": None, "follow_up_weeks": None}),
]


@pytest.mark.parametrize(("text", "want"), GOLDEN, ids=["ru", "kk"])
def test_golden_records(text: str, want: dict) -> None:
    row = extract_document(text)
    wrong = sorted(k for k, v in want.items() if row[k] != v)
    assert not wrong, f"fields differ from golden: {wrong}"


def test_unstated_fields_are_null_not_guessed() -> None:
    row = extract_document("Общее состояние удовлетворительное.\nПовязка сухая.")
    stated = {k: v for k, v in row.items() if v not in (None, [])}
    assert stated == {"language": "ru"}


def test_icd_and_kl_normalise_lookalikes() -> None:
    assert icd10_codes("Код МКБ-10: М17.1 (кириллица), S72.0; T 36,6°C") == ["M17.1", "S72.0"]
    assert kl_grade("коксартроз IV стадии") == 4
    assert kl_grade("нет данных", "Kellgren–Lawrence 2") == 2


def test_patient_merges_documents_first_stated_wins() -> None:
    docs = [{"doc_id": "b", "source": "2.pdf", "center": "c", "text": KK_RECORD},
            {"doc_id": "a", "source": "1.pdf", "center": "c", "text": RU_RECORD}]
    row = extract_patient("p1", docs)
    assert row["doc_ids"] == ["a", "b"] and row["n_documents"] == 2
    assert row["site"] == "tibial_shaft" and row["icd10"] == ["S82.2", "M16.1"]
    assert row["language"] == "mixed"


def test_expected_fields_null_when_section_missing() -> None:
    facts = {"language": "ru", "condition": "fracture", "site": "ankle", "side": "left",
             "limb": "lower", "complaints": ["pain"], "sections": ["admission", "operative"],
             "rehabilitation": ["lfk"], "procedure": "plate_osteosynthesis"}
    expected = expected_fields(facts)
    assert expected["complaints"] is None and expected["rehabilitation"] is None
    assert expected["procedure_type"] == "osteosynthesis"


@pytest.fixture(scope="module")
def held_out(tmp_path_factory) -> tuple[Path, dict]:
    """Seed 11 was never looked at while the extractor was written."""
    from medadapt.corpus.build import read_documents
    from medadapt.synth import generate_corpus
    from medadapt.synth.settings import SynthConfig

    root = tmp_path_factory.mktemp("heldout")
    generate_corpus(SynthConfig(patients=30, seed=11, pages=(2, 6)), root / "synth")
    stems = ingest_synth(root / "synth", root / "ingest")
    documents = read_documents(root / "ingest")
    rows = {stem: extract_patient(pid, documents[pid]) for stem, pid in stems.items()}
    return root, rows


def test_held_out_accuracy_target(held_out) -> None:
    root, rows = held_out
    report = evaluate_synth(root / "synth", rows)
    assert report["records"] == 30
    low = {name: s["accuracy"] for name, s in report["fields"].items() if s["accuracy"] < 0.90}
    assert not low, f"fields under the 0.90 target: {low}"
    f1 = {name: s["f1"] for name, s in report["fields"].items() if "f1" in s and s["f1"] < 0.90}
    assert not f1, f"list fields under 0.90 F1: {f1}"
