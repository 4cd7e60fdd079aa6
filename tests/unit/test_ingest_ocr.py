"""OCR of real-looking scans: native resolution, deskew, confidence, and de-identification of
what OCR read (through real Tesseract)."""

import io
import random
from datetime import date

import numpy as np
import pymupdf
import pytest
from pdf_producers import scan_pdf as scan
from PIL import Image
from rapidfuzz.distance import Levenshtein

from medadapt.deid import Deidentifier
from medadapt.ingest.extract import OcrSettings, extract_pages, ocr_available, open_pdf
from medadapt.ingest.ocr import native_dpi, parse_tsv, skew_angle
from medadapt.synth.iin import make_iin

FONT = pymupdf.Font("notos")
needs_tesseract = pytest.mark.skipif(not ocr_available(OcrSettings()),
                                     reason="Tesseract kaz+rus not installed (make system-deps)")


def test_native_dpi_follows_the_embedded_image_and_is_clamped():
    page = open_pdf(scan(["x"], 200, 0, 0), 1)[0]
    assert native_dpi(page, 300, 150, 400) == 200
    assert native_dpi(page, 300, 250, 400) == 250


def test_skew_is_measured_from_the_text_lines():
    lines = ["Перелом шейки бедренной кости справа со смещением отломков"] * 12
    for angle in (-2.0, 1.5):
        page = open_pdf(scan(lines, 150, angle, 0), 1)[0]
        pix = page.get_pixmap(dpi=150, colorspace=pymupdf.csGRAY)
        gray = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width)
        assert skew_angle(gray) == pytest.approx(-angle, abs=0.3)


def test_tesseract_tsv_becomes_lines_and_a_confidence():
    tsv = ("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight"
           "\tconf\ttext\n"
           "5\t1\t1\t1\t1\t1\t0\t0\t1\t1\t90\tПерелом\n5\t1\t1\t1\t1\t2\t0\t0\t1\t1\t50\tбедра\n"
           "5\t1\t2\t1\t1\t1\t0\t0\t1\t1\t-1\t\n5\t1\t2\t1\t1\t2\t0\t0\t1\t1\t80\tтізе\n")
    text, confidence = parse_tsv(tsv)
    assert text == "Перелом бедра\n\nтізе\n"
    assert confidence == pytest.approx((7 * 0.9 + 5 * 0.5 + 4 * 0.8) / 16)


@needs_tesseract
def test_a_noisy_skewed_200_dpi_scan_is_read_and_its_name_and_iin_are_replaced():
    iin = make_iin(date(1985, 4, 12), male=False, rng=random.Random(3))
    lines = ["ВЫПИСНОЙ ЭПИКРИЗ", "Пациент: Гребенщикова Анна Сергеевна",
             f"ИИН: {iin}", "Диагноз: перелом шейки бедра справа"]
    extraction = extract_pages(open_pdf(scan(lines, 200, 1.8, 12), 1), OcrSettings())
    text = extraction.pages[0]
    assert extraction.pages_ocr == 1 and iin in text
    read = [w for w in text.split() if Levenshtein.distance(w, "Гребенщикова") <= 1]
    assert read and "Анна Сергеевна" in text  # at most one letter misread (щ/ш at 12 pt)
    assert extraction.ocr_confidence is not None and extraction.ocr_confidence > 0.7
    assert extraction.pages_low_confidence == 0
    result = Deidentifier(b"ocr-test-secret-0123456789abcdef").deidentify(text)
    assert not [w for w in result.text.split() if Levenshtein.distance(w, "Гребенщикова") <= 2]
    assert iin not in result.text and "Сергеевна" not in result.text
    assert "перелом шейки бедра" in result.text
    assert {s.label for s in result.spans} >= {"NAME", "IIN"}


@needs_tesseract
def test_a_page_of_noise_is_flagged_low_confidence():
    doc = pymupdf.open()
    page = doc.new_page()
    rng = np.random.default_rng(1)
    noise = (rng.random((600, 450)) > 0.5).astype(np.uint8) * 255
    png = io.BytesIO()
    Image.fromarray(noise).save(png, format="PNG")
    page.insert_image(page.rect, stream=png.getvalue())
    extraction = extract_pages(open_pdf(doc.tobytes(), 1), OcrSettings())
    assert extraction.pages_ocr == 1
    assert extraction.ocr_confidence is not None and extraction.ocr_confidence < 0.6
    assert extraction.pages_low_confidence == 1
