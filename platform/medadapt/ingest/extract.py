"""PDF bytes -> page texts in reading order, with OCR for pages that have no text layer.

Every way a file can be unusable maps to one `IngestError` status, so the manifest can say
exactly why a file produced no document. Messages never contain document text.
"""

from __future__ import annotations

import functools
import logging
import shutil
from dataclasses import dataclass

import pymupdf

log = logging.getLogger(__name__)

PDF_MAGIC = b"%PDF-"
# Keep ligatures and whitespace as written; cleaning normalises them in one place.
TEXT_FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP


class IngestError(Exception):
    """A file that yields no document; `status` is the manifest status."""

    def __init__(self, status: str, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class OcrSettings:
    enabled: bool = True
    languages: str = "kaz+rus"
    dpi: int = 300


@dataclass(frozen=True)
class Extraction:
    pages: list[str]
    pages_ocr: int  # pages whose text came from OCR
    pages_need_ocr: int  # image-only pages left empty because OCR was unavailable/disabled


def open_pdf(data: bytes, max_pages: int) -> pymupdf.Document:
    """Open PDF bytes or raise IngestError with the specific reason."""
    if not data:
        raise IngestError("empty", "file is empty (0 bytes)")
    if PDF_MAGIC not in data[:1024]:
        raise IngestError("unsupported", "not a PDF (no %PDF- header in the first 1 KiB)")
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception as err:  # noqa: BLE001 - PyMuPDF raises several types on bad files
        raise IngestError("corrupt", f"PyMuPDF cannot open it ({type(err).__name__})") from None
    if doc.needs_pass or doc.is_encrypted:
        raise IngestError("encrypted", "password-protected; decrypt it before ingest")
    if doc.is_repaired:
        raise IngestError("corrupt", "damaged or truncated: PyMuPDF had to rebuild it")
    if doc.page_count == 0:
        raise IngestError("empty", "PDF has no pages")
    if doc.page_count > max_pages:
        raise IngestError("too_large", f"{doc.page_count} pages > ingest.max_pages={max_pages}")
    return doc


@functools.cache
def tesseract_languages() -> frozenset[str]:
    """Languages Tesseract can OCR here; empty when it is not installed."""
    if shutil.which("tesseract") is None:
        return frozenset()
    try:
        tessdata = pymupdf.get_tessdata()
    except Exception:  # noqa: BLE001 - raised when no tessdata folder is found
        return frozenset()
    from pathlib import Path

    return frozenset(p.stem for p in Path(tessdata).glob("*.traineddata"))


def ocr_available(settings: OcrSettings) -> bool:
    wanted = set(settings.languages.split("+"))
    return settings.enabled and wanted <= tesseract_languages()


Line = tuple[float, float, float, float, str]  # x0, y0, x1, y1, text


def _side_by_side(left: list[Line], right: list[Line]) -> bool:
    """Two columns only if at least two right-hand lines sit level with left-hand lines."""
    level = sum(1 for r in right if any(abs(r[1] - ln[1]) < 2 for ln in left))
    return level >= 2


def order_lines(lines: list[Line], page_width: float) -> list[Line]:
    """Reading order for one- and two-column pages.

    Lines that cross the middle cut the page into bands; in a band that really has two
    columns (lines side by side) the left column is read before the right one.
    """
    middle = page_width / 2
    ordered: list[Line] = []
    band: list[Line] = []

    def flush() -> None:
        left = [ln for ln in band if (ln[0] + ln[2]) / 2 < middle]
        right = [ln for ln in band if (ln[0] + ln[2]) / 2 >= middle]
        ordered.extend(left + right if _side_by_side(left, right) else band)
        band.clear()

    for line in sorted(lines, key=lambda ln: (round(ln[1]), ln[0])):
        if line[0] < middle - 10 and line[2] > middle + 10:
            flush()
            ordered.append(line)
        else:
            band.append(line)
    flush()
    return ordered


def page_lines(page: pymupdf.Page) -> list[Line]:
    lines = []
    for block in page.get_text("dict", flags=TEXT_FLAGS)["blocks"]:
        for line in block.get("lines", []):
            text = "".join(span["text"] for span in line["spans"])
            if text.strip():
                lines.append((*line["bbox"], text))
    return lines


def page_text(page: pymupdf.Page) -> str:
    ordered = order_lines(page_lines(page), page.rect.width)
    return "".join(line[4] + "\n" for line in ordered)


def ocr_page_text(page: pymupdf.Page, settings: OcrSettings) -> str:
    textpage = page.get_textpage_ocr(
        flags=TEXT_FLAGS, language=settings.languages, dpi=settings.dpi, full=True
    )
    return page.get_text("text", textpage=textpage, flags=TEXT_FLAGS)


def extract_pages(doc: pymupdf.Document, ocr: OcrSettings) -> Extraction:
    """Text of every page; image-only pages go through OCR when Tesseract can read them."""
    can_ocr = ocr_available(ocr)
    pages, n_ocr, n_need = [], 0, 0
    for page in doc:
        text = page_text(page)
        if not text.strip() and page.get_images(full=False):
            if can_ocr:
                text = ocr_page_text(page, ocr)
                n_ocr += 1
            else:
                n_need += 1
        pages.append(text)
    return Extraction(pages=pages, pages_ocr=n_ocr, pages_need_ocr=n_need)
