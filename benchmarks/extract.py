"""Extraction fidelity on PDFs with known text, against PyMuPDF's own readings, in one run.

    .venv/bin/python benchmarks/extract.py [--output figures.json]

(a) Text layer, per producer (reportlab lines, reportlab justified, reportlab two columns,
    fpdf2 justified, a word-by-word writer in shuffled stream order, a char-by-char writer):
    character error rate (whitespace-normalised Levenshtein / length) and reading-order
    agreement (share of the source's adjacent word pairs that come out adjacent, in order),
    for medadapt's layout reader, `get_text(sort=True)` and plain `get_text()`.
(b) OCR of scans at 150, 200 and 300 dpi with grey noise and 1-3 degree skew: CER of
    medadapt's OCR (native resolution, deskew) and of the old fixed-300-dpi PyMuPDF OCR.
Targets: text-layer CER <= 1% with order agreement 1.0; OCR CER <= 5% at 200 dpi.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pymupdf
from rapidfuzz.distance import Levenshtein

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "unit"))
from pdf_producers import PARAGRAPHS, PRODUCERS, scan_pdf  # noqa: E402

from medadapt.ingest.clean import normalize_page  # noqa: E402
from medadapt.ingest.extract import OcrSettings, extract_pages, ocr_available  # noqa: E402
from medadapt.ingest.layout import TEXT_FLAGS, layout_text  # noqa: E402

SCAN_LINES = [
    "ВЫПИСНОЙ ЭПИКРИЗ № 4512 из истории болезни",
    "Пациент: Гребенщикова Анна Сергеевна, 1985 г.р.",
    "ИИН: 850412400123, тел. +7 701 234 56 78",
    "Диагноз: закрытый перелом шейки бедренной кости справа",
    "Науқас тізе буынының ауруына шағымданып түсті",
    "Өкпе, жүрек, бауыр қалыпты. Ұсыныстар: әлсіз жүктеме",
    "Выполнен остеосинтез, рекомендована ЛФК и ходьба с опорой",
]


def cer(truth: str, got: str) -> float:
    return Levenshtein.normalized_distance(" ".join(truth.split()), " ".join(got.split()))


def order_agreement(truth: str, got: str) -> float:
    expected = list(zip(truth.split(), truth.split()[1:], strict=False))
    found = set(zip(got.split(), got.split()[1:], strict=False))
    return sum(pair in found for pair in expected) / len(expected)


def text_layer() -> dict[str, dict[str, float]]:
    truth = " ".join(PARAGRAPHS)
    readers = {
        "medadapt": lambda p: normalize_page(layout_text(p)[0]),
        "sort": lambda p: p.get_text(sort=True, flags=TEXT_FLAGS),
        "plain": lambda p: p.get_text(flags=TEXT_FLAGS),
    }
    figures = {}
    for name, make in PRODUCERS.items():
        with pymupdf.open(stream=make(PARAGRAPHS), filetype="pdf") as doc:
            for reader, read in readers.items():
                text = read(doc[0])
                figures[f"{name}/{reader}"] = {"cer": round(cer(truth, text), 4),
                                               "order": round(order_agreement(truth, text), 3)}
    return figures


def fixed_300_dpi(doc: pymupdf.Document, languages: str) -> str:
    """What ingest did before: PyMuPDF's OCR at a fixed 300 dpi, no deskew."""
    page = doc[0]
    textpage = page.get_textpage_ocr(language=languages, dpi=300, full=True)
    return page.get_text("text", textpage=textpage)


def ocr_figures() -> dict[str, dict[str, float]]:
    settings = OcrSettings()
    truth = "\n".join(SCAN_LINES)
    figures = {}
    for dpi in (150, 200, 300):
        for skew in (1.0, 2.0, 3.0):
            data = scan_pdf(SCAN_LINES, dpi, skew, noise=12, seed=dpi)
            with pymupdf.open(stream=data, filetype="pdf") as doc:
                ours = extract_pages(doc, settings)
                old = fixed_300_dpi(doc, settings.languages)
            figures[f"{dpi}dpi/skew{skew:g}"] = {
                "cer": round(cer(truth, ours.pages[0]), 4),
                "confidence": round(ours.ocr_confidence or 0.0, 3),
                "cer_fixed_300dpi": round(cer(truth, old), 4),
            }
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, help="write the figures as JSON here")
    args = parser.parse_args()
    figures: dict[str, dict] = {"text_layer": text_layer()}
    for key, value in figures["text_layer"].items():
        print(f"text  {key:32s} cer {value['cer']:.4f}  order {value['order']:.3f}")
    if ocr_available(OcrSettings()):
        figures["ocr"] = ocr_figures()
        for key, value in figures["ocr"].items():
            print(f"ocr   {key:32s} cer {value['cer']:.4f}  conf {value['confidence']:.3f}  "
                  f"(fixed 300 dpi: cer {value['cer_fixed_300dpi']:.4f})")
    ours = [v for k, v in figures["text_layer"].items() if k.endswith("/medadapt")]
    text_ok = all(v["cer"] <= 0.01 and v["order"] == 1.0 for v in ours)
    at_200 = [v["cer"] for k, v in figures.get("ocr", {}).items() if k.startswith("200dpi")]
    ocr_ok = bool(at_200) and max(at_200) <= 0.05
    print(f"target text CER <= 1% and order 1.0: {'PASS' if text_ok else 'MISS'} | "
          f"target OCR CER <= 5% at 200 dpi: {'PASS' if ocr_ok else 'MISS'}")
    if args.output:
        args.output.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
