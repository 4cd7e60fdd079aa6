"""Synthetic corpus: determinism, exact text round trip, truth spans, hostile files, atomicity."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest

from medadapt.records import PHI_LABELS, SynthTruth
from medadapt.synth import generate_corpus
from medadapt.synth.corpus import PASSWORD
from medadapt.synth.iin import WEIGHTS_2, iin_check_digit, is_valid_iin
from medadapt.synth.layout import para
from medadapt.synth.people import Person, kk_suffix
from medadapt.synth.record import RecordSpec, build_record
from medadapt.synth.settings import SynthConfig

KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
TERM_KINDS = {"eponym", "icd10", "ao_ota", "implant", "drug", "lab"}
CFG = SynthConfig(patients=6, seed=11, pages=(2, 4), bad_files=7, scanned=2)


def _generate(root: Path, cfg: SynthConfig = CFG) -> Path:
    out = root / "synth"
    generate_corpus(cfg, out)
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return _generate(tmp_path_factory.mktemp("a"))


def _truths(root: Path) -> list[SynthTruth]:
    return [SynthTruth.model_validate_json(p.read_text(encoding="utf-8"))
            for p in sorted((root / "truth").glob("*.json"))]


def _files(root: Path) -> dict[str, str]:
    return json.loads((root / "synth.json").read_text(encoding="utf-8"))["files"]


def test_same_seed_same_bytes_and_truth(corpus, tmp_path):
    again = _generate(tmp_path)
    assert _files(again) == _files(corpus)  # sha256 of every PDF, hostile file and truth
    assert (again / "synth.json").read_bytes() == (corpus / "synth.json").read_bytes()
    for path in (corpus / "truth").glob("*.json"):
        assert (again / "truth" / path.name).read_bytes() == path.read_bytes()


def test_different_seed_different_corpus(corpus, tmp_path):
    other = _generate(tmp_path, CFG.model_copy(update={"seed": 12}))
    mine, theirs = _files(corpus), _files(other)
    records = [t.pdf for t in _truths(corpus)]
    assert all(mine[k] != theirs[k] for k in records)
    assert [t.pages for t in _truths(corpus)] != [t.pages for t in _truths(other)]


def test_layout_centers_and_counts(corpus):
    summary = json.loads((corpus / "synth.json").read_text(encoding="utf-8"))
    truths = _truths(corpus)
    assert len(truths) == CFG.patients == summary["counts"]["records"]
    assert summary["counts"]["pages"] == sum(t.n_pages for t in truths)
    assert {t.center for t in truths} == set(CFG.centers)
    assert {t.language for t in truths} == {"ru", "kk", "mixed"}
    for t in truths:
        assert t.pdf == f"pdfs/{t.center}/{t.patient_id}.pdf" and (corpus / t.pdf).is_file()
        assert CFG.pages[0] <= t.n_pages <= CFG.pages[1]
        assert summary["files"][t.pdf] == t.sha256


def test_extracted_text_equals_truth_pages(corpus):
    for t in _truths(corpus):
        with pymupdf.open(corpus / t.pdf) as doc:
            assert doc.page_count == t.n_pages
            for i, page in enumerate(doc):
                if i not in t.scanned_pages:
                    assert page.get_text() == t.pages[i], (t.patient_id, i)
        if t.language in ("kk", "mixed"):
            assert set("".join(t.pages)) & KAZAKH_LETTERS


def test_every_span_is_exact_and_labelled(corpus):
    for t in _truths(corpus):
        assert t.identifiers and t.clinical_terms
        for span in t.identifiers + t.clinical_terms:
            assert t.pages[span.page][span.start:span.end] == span.text
        assert {s.label for s in t.identifiers} <= set(PHI_LABELS)
        assert {s.label for s in t.clinical_terms} <= TERM_KINDS
        assert {"NAME", "IIN", "PHONE", "DATE", "ADDRESS", "RECORD_ID", "DOC_ID", "EMAIL"} <= {
            s.label for s in t.identifiers}
        names = [s for s in t.identifiers if s.label == "NAME"]
        assert all(s.person_id and s.entity in ("patient", "relative", "staff") for s in names)


def test_header_identifiers_on_every_page(corpus):
    for t in _truths(corpus):
        for p, text in enumerate(t.pages):
            header_end = len("\n".join(text.split("\n")[:2]))
            head = [s for s in t.identifiers if s.page == p and s.end <= header_end]
            assert {"NAME", "RECORD_ID"} <= {s.label for s in head}, (t.patient_id, p)


def test_same_person_many_forms(corpus):
    forms: dict[str, set[str]] = {}
    for t in _truths(corpus):
        for s in t.identifiers:
            if s.label == "NAME":
                forms.setdefault(s.person_id, set()).add(s.text)
    patients = [v for k, v in forms.items() if k.endswith("-patient")]
    assert all(len(v) >= 2 for v in patients)


def test_iins_in_truth_are_valid(corpus):
    iins = [s.text for t in _truths(corpus) for s in t.identifiers if s.label == "IIN"]
    assert iins and all(is_valid_iin(i) for i in iins)


@pytest.mark.parametrize(("iin", "valid"), [
    ("850101300124", True),   # hand-computed: sum(d*w) = 81, 81 % 11 = 4
    ("850101300125", False),  # wrong check digit
    ("851301300124", False),  # month 13
    ("850101000124", False),  # century digit 0
    ("85010130012", False),   # 11 digits
    ("8501013001a4", False),
])
def test_is_valid_iin(iin, valid):
    assert is_valid_iin(iin) is valid


def test_iin_second_weights_used_when_first_gives_ten():
    def weighted(digits: str, weights) -> int:
        return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11

    prefix = next(p for n in range(10000)
                  if weighted(p := f"8501013{n:04d}", range(1, 12)) == 10)
    second = weighted(prefix, WEIGHTS_2)
    assert iin_check_digit(prefix) == (None if second == 10 else second)


def _bad(root: Path) -> list[dict]:
    return json.loads((root / "bad_files.json").read_text(encoding="utf-8"))


def test_bad_files_behave_as_declared(corpus):
    bad = _bad(corpus)
    assert len(bad) == CFG.bad_files
    assert {b["kind"] for b in bad} == {"encrypted", "truncated", "corrupt", "empty", "not_pdf",
                                        "duplicate"}
    truth_pdfs = {t.pdf for t in _truths(corpus)}
    for b in bad:
        path = corpus / b["path"]
        assert path.suffix == ".pdf" and b["path"] not in truth_pdfs
        check = BAD_CHECKS[b["kind"]]
        check(path, b, corpus)


def _encrypted(path: Path, entry: dict, root: Path) -> None:
    assert entry["expected_status"] == "encrypted"
    with pymupdf.open(path) as doc:
        assert doc.needs_pass and doc.page_count >= 0
        assert not doc.authenticate("wrong") and doc.authenticate(PASSWORD)
        assert doc[0].get_text().strip()


def _broken(path: Path, entry: dict, root: Path) -> None:
    assert entry["expected_status"] == "corrupt"
    try:
        doc = pymupdf.open(path)
    except (pymupdf.FileDataError, RuntimeError):
        return
    assert doc.is_repaired or doc.page_count == 0


def _empty(path: Path, entry: dict, root: Path) -> None:
    assert entry["expected_status"] == "empty" and path.stat().st_size == 0
    with pytest.raises(pymupdf.EmptyFileError):
        pymupdf.open(path)


def _not_pdf(path: Path, entry: dict, root: Path) -> None:
    assert entry["expected_status"] == "unsupported"
    assert not path.read_bytes().startswith(b"%PDF") and path.stat().st_size > 0


def _duplicate(path: Path, entry: dict, root: Path) -> None:
    assert entry["expected_status"] == "duplicate"
    original = root / entry["duplicate_of"]
    assert original.read_bytes() == path.read_bytes()
    assert original.parent.name != path.parent.name and original.name != path.name


BAD_CHECKS = {"encrypted": _encrypted, "truncated": _broken, "corrupt": _broken,
              "empty": _empty, "not_pdf": _not_pdf, "duplicate": _duplicate}


def test_scanned_pages_have_no_text_layer(corpus):
    scanned = [(t, p) for t in _truths(corpus) for p in t.scanned_pages]
    assert len(scanned) == CFG.scanned
    for t, p in scanned:
        with pymupdf.open(corpus / t.pdf) as doc:
            assert doc[p].get_text() == "" and doc[p].get_images()
            pix = pymupdf.Pixmap(doc, doc[p].get_images()[0][0])
            assert pix.width >= 1600  # ~200 dpi on A4, readable by OCR
        assert t.pages[p].strip()  # truth still holds what the image shows


def test_rerun_replaces_output_atomically(tmp_path):
    cfg = CFG.model_copy(update={"patients": 2, "bad_files": 0, "scanned": 0})
    out = tmp_path / "synth"
    generate_corpus(cfg, out)
    (out / "stale.txt").write_text("from an earlier run")
    summary = generate_corpus(cfg, out)
    assert not (out / "stale.txt").exists() and summary.n_records == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["synth"]  # no temp dirs left


def test_failed_run_keeps_previous_output(tmp_path):
    cfg = CFG.model_copy(update={"patients": 2, "bad_files": 0, "scanned": 0})
    out = tmp_path / "synth"
    generate_corpus(cfg, out)
    before = _files(out)

    def boom(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        generate_corpus(cfg.model_copy(update={"seed": 99}), out, progress=boom)
    assert _files(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["synth"]


def test_refuses_to_replace_foreign_directory(tmp_path):
    (tmp_path / "notes.txt").write_text("keep me")
    with pytest.raises(FileExistsError, match="synth.json"):
        generate_corpus(CFG, tmp_path)
    assert (tmp_path / "notes.txt").read_text() == "keep me"


def test_long_record_hits_page_count_and_keeps_round_trip():
    spec = RecordSpec(seed=5, index=0, patient_id="pt00001", center="almaty-cch4",
                      language="mixed", pages=(150, 150), scanned=False, pdf_relpath="x.pdf")
    pdf, truth = build_record(spec)
    assert truth.n_pages == 150 and not truth.facts["truncated"]
    with pymupdf.open("pdf", pdf) as doc:
        assert [doc[i].get_text() for i in (0, 75, 149)] == [truth.pages[i] for i in (0, 75, 149)]
        assert doc.metadata["creationDate"] == "D:20240101000000Z"


def test_facts_are_stated_in_text(corpus):
    for t in _truths(corpus):
        text, f = "".join(t.pages), t.facts
        assert f["side"] in ("left", "right") and f["condition"]
        assert all(code in text for code in f["icd10"])
        if f["fracture"]:
            assert f["fracture"]["ao_ota"] in text
        if f["oa"]:
            assert str(f["oa"]["kl_grade"]) in text
        assert f["admission_date"] <= f["surgery_date"] < f["discharge_date"]
        assert set(f) >= {"procedure", "implants", "complaints", "rehabilitation",
                          "restrictions", "follow_up", "diagnosis_pre", "diagnosis_post"}


@pytest.mark.parametrize(("word", "case", "suffix"), [
    ("Ерлан", "gen", "ның"), ("Қайрат", "gen", "тың"), ("Айгүл", "gen", "дің"),
    ("Ерлан", "dat", "ға"), ("Бердібек", "dat", "ке"), ("Серікұлы", "dat", "на"),
    ("Ахметов", "gen", "тың"), ("Әйгерім", "ins", "мен"), ("Мұрат", "acc", "ты"),
])
def test_kazakh_case_suffixes(word, case, suffix):
    assert kk_suffix(word, case) == suffix


def _person(surname: str, first: str, patronymic: str, male: bool, origin: str) -> Person:
    return Person("x", surname, first, patronymic, surname, first, patronymic, male, origin,
                  "patient")


@pytest.mark.parametrize(("person", "case", "expected"), [
    (_person("Иванов", "Сергей", "Петрович", True, "russian"), "gen", "Иванова Сергея Петровича"),
    (_person("Иванова", "Елена", "Ивановна", False, "russian"), "dat", "Ивановой Елене Ивановне"),
    (_person("Ким", "Олег", "Юрьевич", True, "korean"), "ins", "Ким Олегом Юрьевичем"),
    (_person("Жумабекова", "Айгуль", "Серікқызы", False, "kazakh"), "gen",
     "Жумабековой Айгуль Серікқызы"),
])
def test_russian_name_inflection(person, case, expected):
    assert person.ru_case(case) == expected


@pytest.mark.parametrize("text", ["two  spaces", " leading", "trailing ", "new\nline"])
def test_paragraph_rejects_text_that_would_not_round_trip(text):
    with pytest.raises(ValueError):
        para(text)


STYLED = SynthConfig(patients=14, seed=5, pages=(2, 3), styles=[
    "his_printout", "one_line_form", "discharge_letter", "abbreviated_note", "kk_form",
    "bilingual_form", "long_history"])


@pytest.fixture(scope="module")
def styled(tmp_path_factory) -> Path:
    return _generate(tmp_path_factory.mktemp("styled"), STYLED)


def test_styles_round_trip_and_fix_their_language(styled):
    """Every style's PDF text equals its truth pages; short styles set their own language."""
    from medadapt.synth.phrases import STYLE_LANGUAGE

    seen = set()
    for truth in _truths(styled):
        style = truth.facts.get("style") or "long_history"
        seen.add(style)
        with pymupdf.open(styled / truth.pdf) as doc:
            assert [p.get_text() for p in doc] == truth.pages
        if style in STYLE_LANGUAGE:
            assert truth.language == STYLE_LANGUAGE[style]
        for span in truth.identifiers:
            assert truth.pages[span.page][span.start:span.end] == span.text
    assert seen == set(STYLED.styles)


def test_styled_truth_is_null_where_the_text_is_silent(styled):
    """Conservative records have no operation; an unstated blood loss is None, not a default."""
    for truth in _truths(styled):
        facts = truth.facts
        if facts.get("operated") is False:
            assert facts["procedure"] is None and facts["implants"] is None
            assert facts["anesthesia"] is None and facts["blood_loss_ml"] is None
        text = "\n".join(truth.pages)
        if facts.get("blood_loss_ml") is not None:
            assert str(facts["blood_loss_ml"]) in text
        for code in facts["icd10"]:
            assert code in text


def test_styled_same_seed_same_bytes(styled, tmp_path):
    assert _files(_generate(tmp_path, STYLED)) == _files(styled)


def test_unknown_style_is_refused():
    with pytest.raises(ValueError, match="unknown styles"):
        SynthConfig(styles=["fax_printout"])


def test_every_style_the_settings_allow_has_a_phrase_table():
    from medadapt.synth.phrases import STYLE_LANGUAGE
    from medadapt.synth.settings import STYLES

    assert STYLES == ("long_history", *STYLE_LANGUAGE)
