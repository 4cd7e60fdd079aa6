"""PDF extraction: reading order, rotation, OCR fallback, and a status for each bad file."""

import shutil

import pymupdf
import pytest

from medadapt.ingest.extract import (
    IngestError,
    OcrSettings,
    extract_pages,
    ocr_available,
    open_pdf,
    page_text,
)

FONT = pymupdf.Font("notos")


def new_page(doc: pymupdf.Document) -> pymupdf.Page:
    page = doc.new_page()
    page.insert_font(fontname="noto", fontbuffer=FONT.buffer)
    return page


def write(page: pymupdf.Page, x: float, y: float, text: str, size: float = 10) -> None:
    page.insert_text((x, y), text, fontname="noto", fontsize=size)


def test_two_columns_read_left_then_right_under_a_full_width_title():
    doc = pymupdf.open()
    page = new_page(doc)
    write(page, 50, 60, "ВЫПИСНОЙ ЭПИКРИЗ — шығару эпикризі, полная ширина страницы текста")
    for i in range(6):  # a gutter that runs down six lines: a real second column
        write(page, 50, 100 + 15 * i, f"Левая колонка {i}")
        write(page, 320, 100 + 15 * i, f"Оң жақ бағана {i}")
    text = page_text(open_pdf(doc.tobytes(), 10)[0])
    lines = text.splitlines()
    assert lines[0].startswith("ВЫПИСНОЙ ЭПИКРИЗ")
    assert lines[1:] == [f"Левая колонка {i}" for i in range(6)] + [
        f"Оң жақ бағана {i}" for i in range(6)
    ]


def test_rotated_page_text_is_extracted_with_kazakh_letters():
    doc = pymupdf.open()
    page = new_page(doc)
    write(page, 50, 100, "Оң жақ тізе буыны, ғ қ ң ө ұ ү һ і ә")
    page.set_rotation(90)
    assert page_text(open_pdf(doc.tobytes(), 10)[0]) == "Оң жақ тізе буыны, ғ қ ң ө ұ ү һ і ә\n"


def scanned_pdf() -> bytes:
    source = pymupdf.open()
    page = new_page(source)
    write(page, 50, 100, "Перелом шейки бедра справа", 16)
    write(page, 50, 130, "Науқас тізе буынының ауруы", 16)
    doc = pymupdf.open()
    image_page = doc.new_page()
    image_page.insert_image(image_page.rect, pixmap=page.get_pixmap(dpi=200))
    return doc.tobytes()


@pytest.mark.skipif(
    not ocr_available(OcrSettings()),
    reason="Tesseract with kaz+rus is not installed (run `sudo make system-deps`)",
)
def test_image_only_page_goes_through_ocr():
    extraction = extract_pages(open_pdf(scanned_pdf(), 10), OcrSettings())
    assert extraction.pages_ocr == 1 and extraction.pages_need_ocr == 0
    assert "Перелом шейки бедра справа" in extraction.pages[0]
    assert "тізе" in extraction.pages[0]  # Kazakh letters survive OCR


def test_image_only_page_is_counted_when_ocr_is_off():
    extraction = extract_pages(open_pdf(scanned_pdf(), 10), OcrSettings(enabled=False))
    assert extraction.pages == [""] and extraction.pages_need_ocr == 1


def good_pdf(pages: int = 2) -> bytes:
    doc = pymupdf.open()
    for i in range(pages):
        write(new_page(doc), 50, 100, f"страница {i}")
    return doc.tobytes()


def encrypted_pdf() -> bytes:
    doc = pymupdf.open(stream=good_pdf(), filetype="pdf")
    return doc.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="u", owner_pw="o")


@pytest.mark.parametrize(
    ("make", "status"),
    [
        (lambda: b"", "empty"),
        (lambda: b"just some text, not a pdf\n" * 10, "unsupported"),
        (lambda: b"\x89PNG\r\n\x1a\n" + bytes(200), "unsupported"),
        (lambda: b"%PDF-1.7\n" + bytes(range(256)) * 8, "corrupt"),
        (lambda: good_pdf(4)[: len(good_pdf(4)) // 2], "corrupt"),
        (encrypted_pdf, "encrypted"),
        (lambda: good_pdf(5), "too_large"),
    ],
    ids=["empty", "text", "png", "garbage", "truncated", "encrypted", "too_many_pages"],
)
def test_bad_files_get_their_specific_status(make, status):
    with pytest.raises(IngestError) as info:
        open_pdf(make(), max_pages=4)
    assert info.value.status == status
    assert str(info.value)  # a readable reason


def test_good_pdf_opens():
    assert open_pdf(good_pdf(3), max_pages=4).page_count == 3


def test_tesseract_detection_matches_the_machine():
    assert bool(shutil.which("tesseract")) or not ocr_available(OcrSettings())
