"""The privacy review page without a browser: sampling, the HTML's content, decisions -> CI.

The fixture is hand-made de-identified output (surrogate text with its `phi_spans` and
`audit_flags`), plus columns the page must never show (`source`, `patient_id`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from medadapt.errors import UserError
from medadapt.review import (
    Mark,
    ReviewConfig,
    build_review,
    clopper_pearson,
    load_ingest,
    sample_passages,
    summarise_decisions,
)
from medadapt.review.page import render_marked
from medadapt.review.sample import document_language, passage_windows
from medadapt.review.summary import summarise_corpus

SPAN = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("label", pa.string())])
FLAG = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("kind", pa.string())])
SECRET_SOURCE = "/hospital/incoming/Baimukhanov_Erlan_pt77.pdf"  # a path holding a name
SECRET_PATIENT = "patientkey-5f3a9c"

RU_LINE = "Пациент {name} поступил {date}. Диагноз: перелом лучевой кости, гипс.\n"
KK_LINE = "Науқас {name} {date} түсті. Диагнозы: сан сүйегінің сынуы, ем жүргізілді.\n"


def _doc(doc_id: str, center: str, line: str, kk: float, lines: int = 12,
         flag_word: str | None = None) -> dict:
    """A de-identified document with every surrogate name and date recorded as a span."""
    text, spans = "", []
    for i in range(lines):
        name, date = f"Сидоров{i} П.И.", f"0{i % 9 + 1}.03.2031"
        row = line.format(name=name, date=date)
        for value, label in ((name, "NAME"), (date, "DATE")):
            start = len(text) + row.index(value)
            spans.append({"start": start, "end": start + len(value), "label": label})
        text += row
    if flag_word:
        text += f"Примечание: {flag_word} <script>alert(1)</script>\n"
    flags = ([{"start": text.index(flag_word), "end": text.index(flag_word) + len(flag_word),
               "kind": "unknown_capitalised"}] if flag_word else [])
    return {"doc_id": doc_id, "patient_id": SECRET_PATIENT, "center": center,
            "source": SECRET_SOURCE, "n_pages": 2, "pages_ocr": 1 if flag_word else 0,
            "lang_kk": kk, "lang_ru": 1 - kk, "text": text,
            "page_offsets": [0, len(text) // 2], "n_phi_spans": len(spans), "n_leaks": 0,
            "phi_spans": spans, "audit_flags": flags, "extra_column": 1}


def write_ingest(out: Path, with_spans: bool = True) -> Path:
    docs = [_doc("a" * 64, "almaty-cch4", RU_LINE, 0.0),
            _doc("b" * 64, "almaty-cch4", KK_LINE, 0.7, flag_word="Жанарбек"),
            _doc("c" * 64, "astana-ncto", RU_LINE, 0.01),
            _doc("d" * 64, "astana-ncto", RU_LINE, 0.2, lines=20)]
    schema = pa.schema([("doc_id", pa.string()), ("patient_id", pa.string()),
                        ("center", pa.string()), ("source", pa.string()),
                        ("n_pages", pa.int32()), ("pages_ocr", pa.int32()),
                        ("lang_kk", pa.float32()), ("lang_ru", pa.float32()),
                        ("text", pa.large_string()), ("page_offsets", pa.list_(pa.int64())),
                        ("n_phi_spans", pa.int32()), ("n_leaks", pa.int32()),
                        ("phi_spans", pa.list_(SPAN)), ("audit_flags", pa.list_(FLAG)),
                        ("extra_column", pa.int8())])
    table = pa.Table.from_pylist(docs, schema=schema)
    if not with_spans:
        table = table.drop_columns(["phi_spans", "audit_flags"])
    (out / "documents").mkdir(parents=True)
    pq.write_table(table, out / "documents" / "part-0.parquet")
    manifest = [{"source": SECRET_SOURCE, "doc_id": d["doc_id"], "center": d["center"],
                 "status": "ok", "n_pages": 2, "new_column": "x"} for d in docs]
    manifest.append({"source": "/hospital/x.pdf", "doc_id": None, "center": "astana-ncto",
                     "status": "encrypted", "n_pages": None, "new_column": "x"})
    pq.write_table(pa.Table.from_pylist(manifest), out / "manifest.parquet")
    return out


@pytest.fixture
def ingest_dir(tmp_path: Path) -> Path:
    return write_ingest(tmp_path / "ingest")


def _passages(ingest_dir: Path, seed: int, sample: int = 3, chars: int = 200):
    return sample_passages(load_ingest(ingest_dir).documents, sample, seed, chars)


# --- sampling ------------------------------------------------------------------------------
def test_same_seed_same_sample_other_seed_other_sample(ingest_dir: Path) -> None:
    first = [p.passage_id for p in _passages(ingest_dir, seed=7)]
    assert first == [p.passage_id for p in _passages(ingest_dir, seed=7)]
    assert first != [p.passage_id for p in _passages(ingest_dir, seed=8)]


def test_sample_covers_every_center_and_language_and_keeps_flagged_apart(ingest_dir) -> None:
    passages = _passages(ingest_dir, seed=1, sample=2)
    sampled = [p for p in passages if p.in_sample]
    strata = {(p.center, p.language) for p in sampled}
    assert strata == {("almaty-cch4", "ru"), ("almaty-cch4", "kk"), ("astana-ncto", "ru"),
                      ("astana-ncto", "mixed")}
    assert all(sum((p.center, p.language) == s for p in sampled) == 2 for s in strata)
    flagged = [p for p in passages if p.flags]
    assert flagged and all(p.doc_id == "b" * 64 for p in flagged)
    assert all(not p.in_sample for p in passages if p not in sampled)


def test_windows_tile_the_text_and_never_cut_a_span() -> None:
    text = "слово " * 50 + "\n" + "Иванов Иван Иванович" + " текст" * 40
    span = Mark(text.index("Иванов"), text.index("Иванов") + 20, "NAME")
    windows = passage_windows(text, 120, [span])
    assert windows[0][0] == 0 and windows[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(windows, windows[1:], strict=False))
    assert not any(a < span.start < b < span.end or span.start < a < span.end
                   for a, b in windows)


@pytest.mark.parametrize(("kk", "ru", "language"), [
    (0.0, 1.0, "ru"), (0.57, 0.43, "kk"), (0.2, 0.8, "mixed"), (0.0, 0.0, "unknown")])
def test_document_language_from_ingest_shares(kk, ru, language) -> None:
    assert document_language(kk, ru) == language


def test_passage_marks_are_in_passage_coordinates(ingest_dir: Path) -> None:
    for passage in _passages(ingest_dir, seed=3):
        for mark in passage.spans:
            value = passage.text[mark.start:mark.end]
            assert value.startswith("Сидоров") if mark.label == "NAME" else re.fullmatch(
                r"\d\d\.03\.2031", value)


# --- the page ------------------------------------------------------------------------------
def test_page_is_self_contained_marks_spans_and_holds_no_path_or_patient_key(
        ingest_dir: Path, tmp_path: Path) -> None:
    summary = build_review(ingest_dir, tmp_path / "out", ReviewConfig(sample=2, seed=4,
                                                                        passage_chars=200))
    html = summary.page.read_text(encoding="utf-8")
    for secret in (SECRET_SOURCE, "Baimukhanov", SECRET_PATIENT, "/hospital"):
        assert secret not in html
    assert not re.search(r"https?://|<link|\ssrc=|@import|url\(", html)
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert '<mark class="phi" data-label="NAME"' in html
    assert '<span class="flagged" data-kind="unknown_capitalised"' in html
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html
    assert "Replaced spans unavailable" not in html
    assert summary.spans_available and summary.audit_available and summary.flagged >= 1
    assert summary.corpus.files_by_status == {"ok": 4, "encrypted": 1}
    assert summary.corpus.spans_by_label == {"DATE": 56, "NAME": 56}
    assert summary.corpus.audit_by_kind == {"unknown_capitalised": 1}
    assert summary.corpus.pages == 8 and summary.corpus.pages_ocr == 1


def test_page_without_phi_spans_says_spans_are_unavailable(tmp_path: Path) -> None:
    ingest = write_ingest(tmp_path / "ingest", with_spans=False)
    summary = build_review(ingest, tmp_path / "out", ReviewConfig(sample=2))
    html = summary.page.read_text(encoding="utf-8")
    assert "Replaced spans unavailable" in html and "<code>phi_spans</code>" in html
    assert '<mark class="phi"' not in html
    assert summary.missing_columns == ["phi_spans", "audit_flags"]
    assert summarise_corpus(load_ingest(ingest)).replaced_spans == 112


def test_render_marked_nests_flags_inside_spans_once() -> None:
    html = render_marked("ab Name cd", [Mark(3, 7, "NAME")], [Mark(5, 9, "x")])
    assert html.count("<mark") == 1 and html.count('class="flagged"') == 2
    assert html.startswith("ab <mark") and html.endswith("</span>d")


@pytest.mark.parametrize(("setup", "needle"), [
    ("nothing", "manifest.parquet"), ("no_docs", "documents"), ("bad_manifest", "manifest")])
def test_bad_input_names_the_path(tmp_path: Path, setup: str, needle: str) -> None:
    root = tmp_path / "in"
    root.mkdir()
    if setup != "nothing":
        pq.write_table(pa.table({"status": ["ok"]}), root / "manifest.parquet")
    if setup == "bad_manifest":
        (root / "manifest.parquet").write_text("not parquet")
    with pytest.raises(UserError, match=re.escape(str(root))) as err:
        build_review(root, tmp_path / "out", ReviewConfig())
    assert needle in str(err.value)


# --- decisions -----------------------------------------------------------------------------
def _write_decisions(path: Path, verdicts: list[tuple[str, bool]]) -> Path:
    decisions = [{"passage_id": f"p{i}", "doc_id": f"doc{i % 3}", "center": "c",
                  "language": "ru", "in_sample": sampled, "verdict": verdict,
                  "note": "Surname Ivanov here"} for i, (verdict, sampled) in enumerate(verdicts)]
    path.write_text(json.dumps({"version": 1, "seed": 3, "sample_size": 10,
                                "decisions": decisions}))
    return path


def test_decisions_give_the_sample_miss_rate_with_an_exact_ci(tmp_path: Path) -> None:
    verdicts = [("missed", True)] + [("ok", True)] * 18 + [("over_masked", True)]
    verdicts += [("missed", False)]  # a flagged passage: re-checked, not in the rate
    result = summarise_decisions(_write_decisions(tmp_path / "d.json", verdicts))
    assert result["reviewed"] == 21 and result["reviewed_sampled"] == 20
    assert result["missed"] == 2 and result["missed_sampled"] == 1
    assert result["over_masked"] == 1 and result["miss_rate"] == pytest.approx(0.05)
    assert result["miss_rate_ci"] == pytest.approx([0.001265, 0.248733], abs=1e-5)
    assert result["recheck_doc_ids"] == ["doc0", "doc2"]  # passages 0 and 20
    assert "Ivanov" not in json.dumps(result)  # notes are never echoed


def test_zero_misses_still_has_an_upper_bound() -> None:
    assert clopper_pearson(0, 30) == pytest.approx((0.0, 0.115703), abs=1e-5)
    assert clopper_pearson(0, 0) == (0.0, 1.0)


@pytest.mark.parametrize(("content", "match"), [
    ("{", "not a decisions JSON"), ('{"version": 2}', "version"),
    ('{"version": 1, "decisions": [{"passage_id": "p", "doc_id": "d", "verdict": "maybe"}]}',
     r"decisions\[0\]\.verdict")])
def test_bad_decisions_file_names_the_path(tmp_path: Path, content: str, match: str) -> None:
    path = tmp_path / "decisions.json"
    path.write_text(content)
    with pytest.raises(UserError, match=match) as err:
        summarise_decisions(path)
    assert str(path) in str(err.value)
