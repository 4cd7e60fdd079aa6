"""Canary identifiers planted in ingest inputs never reach any output: not the shards, the
manifest, the corpus files, nor the console. Real PDFs through `medadapt ingest` and
`medadapt corpus` (Ray Data, PyMuPDF, the de-identifier, the audit)."""

import os
import random
import subprocess
import sys
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pymupdf
import pytest

from medadapt.synth import generate_corpus
from medadapt.synth.iin import make_iin
from medadapt.synth.settings import SynthConfig

pytestmark = pytest.mark.integration
MEDADAPT = str(Path(sys.executable).with_name("medadapt"))
CANARY_IIN = make_iin(date(1971, 9, 14), True, random.Random(99))
CANARY_PHONE = "+7 701 913 42 58"
CANARY_WORDS = ("Зюзюкин", "Евлампий", "Феоктистович")
CANARY_TEXT = (f"Дополнение. Пациент Зюзюкин Евлампий Феоктистович, ИИН {CANARY_IIN}, "
               f"тел. {CANARY_PHONE}. Осмотрен повторно.\n"
               "Лечащий врач: Зюзюкин Е.Ф.")


def _plant(pdf: Path) -> None:
    """Append a page with the canaries, written as a HIS print-out would write them."""
    with pymupdf.open(pdf) as doc:
        page = doc.new_page()
        page.insert_font(fontname="notos", fontbuffer=pymupdf.Font("notos").buffer)
        page.insert_textbox(pymupdf.Rect(50, 60, 550, 400), CANARY_TEXT, fontname="notos",
                            fontsize=11)
        doc.save(pdf.with_suffix(".tmp.pdf"))
    pdf.with_suffix(".tmp.pdf").replace(pdf)


def _texts(root: Path):
    """Every output file as text (Parquet cells joined), for a plain substring search."""
    for path in root.rglob("*"):
        if not path.is_file():
            continue
        if path.suffix == ".parquet":
            table = pq.read_table(path)
            yield path, "\n".join(str(v) for c in table.columns for v in c.to_pylist())
        else:
            yield path, path.read_bytes().decode("utf-8", errors="ignore")


def _run(*args: str, env: dict) -> subprocess.CompletedProcess:
    result = subprocess.run([MEDADAPT, *args], capture_output=True, text=True, env=env,
                            timeout=900)
    assert result.returncode == 0, result.stderr[-2000:]
    return result


def test_canaries_reach_no_output(tmp_path):
    generate_corpus(SynthConfig(patients=3, seed=41, pages=(3, 3), languages=["ru"],
                                centers=["almaty-cch4"]), tmp_path / "synth")
    pdfs = sorted((tmp_path / "synth" / "pdfs").rglob("*.pdf"))
    for pdf in pdfs:
        _plant(pdf)
    with pymupdf.open(pdfs[0]) as doc:  # the canary is really in the input's text layer
        assert CANARY_WORDS[0] in doc[-1].get_text()
    env = {**os.environ, "MEDADAPT_DEID_SECRET": "canary-test-secret-" + "0" * 40,
           "COLUMNS": "200"}
    out = tmp_path / "out"
    ingest = _run("ingest", "--input", str(tmp_path / "synth" / "pdfs"), "--output",
                  str(out / "ingest"), "--workers", "1", env=env)
    corpus = _run("corpus", "--input", str(out / "ingest"), "--output", str(out / "corpus"),
                  env=env)
    canaries = (*CANARY_WORDS, CANARY_IIN, CANARY_PHONE, CANARY_PHONE.replace(" ", ""))
    places = [("console", ingest.stdout + ingest.stderr + corpus.stdout + corpus.stderr)]
    places += list(_texts(out))
    assert len(places) > 5
    leaked = sorted({str(where) for where, text in places for c in canaries if c in text})
    assert not leaked, f"canaries reached {leaked}"
