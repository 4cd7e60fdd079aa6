"""Secret handling, the JSONL contract, the leak scanner and the evaluator (hand-made truths)."""

from __future__ import annotations

import json
import logging
import stat
from pathlib import Path

import pytest

from medadapt.deid import (
    Deidentifier,
    DeidInputError,
    deidentify_jsonl,
    evaluate_truths,
    load_secret,
    scan_for_leaks,
)
from medadapt.records import SynthTruth, TruthSpan

SECRET = b"test-secret-0123456789abcdef-0123"


# --- secret --------------------------------------------------------------------------------
def test_generated_secret_is_0600_and_reused(tmp_path: Path, monkeypatch, caplog) -> None:
    monkeypatch.delenv("MEDADAPT_DEID_SECRET", raising=False)
    path = tmp_path / "cfg" / "medadapt" / "deid.key"
    with caplog.at_level(logging.INFO):
        first = load_secret(default_path=path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(first.secret) >= 32 and str(path) in first.source
    assert str(path) in caplog.text, "the log says where the new key is"
    second = load_secret(default_path=path)
    assert second.secret == first.secret
    secret_text = first.secret.decode()
    for shown in (repr(first), str(first), caplog.text, first.source):
        assert secret_text not in shown


def test_secret_precedence_and_redaction(tmp_path: Path, monkeypatch) -> None:
    key = tmp_path / "k"
    key.write_bytes(b"file-secret-0123456789abcdef")
    monkeypatch.setenv("MEDADAPT_DEID_SECRET", "env-secret-0123456789abcdef")
    assert load_secret(key_file=key).secret == b"file-secret-0123456789abcdef"
    env = load_secret(default_path=tmp_path / "unused")
    assert env.secret == b"env-secret-0123456789abcdef"
    assert "env-secret" not in repr(env) and "MEDADAPT_DEID_SECRET" in env.source
    assert not (tmp_path / "unused").exists()
    deid = Deidentifier(env.secret)
    assert "env-secret" not in repr(deid) and "env-secret" not in repr(deid._keyed)


def test_short_or_missing_key_file_is_actionable(tmp_path: Path) -> None:
    short = tmp_path / "short"
    short.write_bytes(b"abc")
    with pytest.raises(ValueError, match="at least 16"):
        load_secret(key_file=short)
    with pytest.raises(FileNotFoundError, match="does not exist"):
        load_secret(key_file=tmp_path / "nope")


# --- JSONL contract ------------------------------------------------------------------------
def test_jsonl_contract(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.jsonl", tmp_path / "out" / "out.jsonl"
    docs = [
        {"id": "a", "text": "Пациент Жумабеков Ерлан Серикович поступил 12.03.2024.",
         "patient": "p1"},
        {"id": 2, "text": "Тел.: +7 (701) 234-56-78, ИБ № 1234/24"},
    ]
    src.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs) + "\n\n")
    counts = deidentify_jsonl(src, dst, Deidentifier(SECRET))
    assert counts["documents"] == 2 and counts["spans"] == 4
    assert counts["spans_by_label"] == {"DATE": 1, "NAME": 1, "PHONE": 1, "RECORD_ID": 1}
    assert "Жумабеков" not in json.dumps(counts, ensure_ascii=False)
    rows = [json.loads(line) for line in dst.read_text().splitlines()]
    assert [r["id"] for r in rows] == ["a", 2]
    for doc, row in zip(docs, rows, strict=True):
        assert set(row) == {"id", "text", "spans"}
        prev_end = 0
        rebuilt, pos = [], 0
        for span in row["spans"]:
            assert set(span) == {"start", "end", "label", "replacement"}
            assert span["start"] >= prev_end
            prev_end = span["end"]
            rebuilt += [doc["text"][pos : span["start"]], span["replacement"]]
            pos = span["end"]
        rebuilt.append(doc["text"][pos:])
        assert "".join(rebuilt) == row["text"], "offsets point into the input text"
    assert "Жумабеков" not in rows[0]["text"]


@pytest.mark.parametrize(
    "bad_line,message",
    [
        ("{not json", "not valid JSON"),
        ('["a list"]', "expected a JSON object"),
        ('{"id": 1}', '"text"'),
        ('{"id": 1, "text": "x", "extra": 1}', "unexpected field"),
    ],
)
def test_jsonl_bad_line_names_file_and_line(tmp_path: Path, bad_line: str, message: str) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1, "text": "Пациент Жумабеков Ерлан"}\n' + bad_line + "\n")
    with pytest.raises(DeidInputError) as err:
        deidentify_jsonl(src, tmp_path / "out.jsonl", Deidentifier(SECRET))
    assert f"{src}, line 2" in str(err.value) and message in str(err.value)
    assert "Жумабеков" not in str(err.value)
    assert not (tmp_path / "out.jsonl").exists(), "no partial output under the final name"


# --- leak scanner --------------------------------------------------------------------------
def test_scan_for_leaks_reports_without_text() -> None:
    text = "ИИН 780312300120 ок; тел. +7 701 234 56 78; a.b@mail.kz; Жумабеков дома."
    findings = scan_for_leaks(text, known_values=["Жумабеков"])
    labels = {f.label for f in findings}
    assert {"PHONE", "EMAIL", "KNOWN"} <= labels
    for f in findings:
        assert text[f.start : f.end] and len(f.digest) == 12
        assert "Жумабеков" not in repr(f) and "mail.kz" not in repr(f)
    assert not scan_for_leaks("Гемоглобин 128 г/л, S72.0, 12.03.2024")


def test_scan_flags_only_checksum_valid_iin() -> None:
    assert not [f for f in scan_for_leaks("код 123456789012") if f.label == "IIN"]


# --- evaluator on hand-written truths ------------------------------------------------------
def _truth(pages: list[str], ids: list[tuple[int, str, str]], terms: list[tuple[int, str]]):
    def span(page: int, text: str, label: str) -> TruthSpan:
        start = pages[page].index(text)
        return TruthSpan(label=label, page=page, start=start, end=start + len(text), text=text)

    return SynthTruth(
        patient_id="pt1", center="c", language="ru", pdf="x.pdf", sha256="0", n_pages=len(pages),
        pages=pages, identifiers=[span(p, t, lab) for p, t, lab in ids],
        clinical_terms=[span(p, t, "eponym") for p, t in terms], facts={},
    )


def test_evaluate_truths_counts() -> None:
    pages = ["Пациент Жумабеков Ерлан Серикович, ИИН 780312300123. Аппарат Илизарова.",
             "Тел. +7 701 234 56 78. Выписан 20.03.2024. Перелом Коллеса."]
    truth = _truth(
        pages,
        [(0, "Жумабеков Ерлан Серикович", "NAME"), (0, "780312300123", "IIN"),
         (1, "+7 701 234 56 78", "PHONE"), (1, "20.03.2024", "DATE")],
        [(0, "Илизарова"), (1, "Коллеса")],
    )
    report = evaluate_truths([truth], Deidentifier(SECRET))
    assert report["documents"] == 1 and report["pages"] == 2
    for label in ("NAME", "IIN", "PHONE", "DATE"):
        assert report["per_label"][label]["recall"] == 1.0
    assert report["overall"]["recall"] == 1.0 and report["overall"]["precision"] == 1.0
    assert report["leaks"]["total"] == 0
    assert report["allow_list"] == {"kept": 2, "total": 2, "survival": 1.0}


def test_evaluate_truths_detects_misses_and_leaks() -> None:
    pages = ["Код пациента X-ZZZ-42 в архиве."]
    truth = _truth(pages, [(0, "X-ZZZ-42", "RECORD_ID")], [])
    report = evaluate_truths([truth], Deidentifier(SECRET))
    assert report["per_label"]["RECORD_ID"]["recall"] == 0.0
    assert report["leaks"] == {"total": 1, "by_label": {"RECORD_ID": 1}}
