"""PDF bytes -> page texts in reading order, with OCR for pages that have no text layer.

Every way a file can be unusable maps to one `IngestError` status, so the manifest can say
exactly why a file produced no document. Messages never contain document text. Reading order
is rebuilt in `layout`, OCR runs in `ocr`, legacy Kazakh fonts are repaired in `fonts`.
"""

from __future__ import annotations

import functools
import logging
import shutil
from dataclasses import dataclass

import pymupdf

from medadapt.ingest.fonts import private_use_share
from medadapt.ingest.layout import layout_text
from medadapt.ingest.ocr import OcrPage, native_dpi, ocr_page

log = logging.getLogger(__name__)

PDF_MAGIC = b"%PDF-"
PRIVATE_USE_OCR = 0.02  # share of private-use letters above which a page is OCRed instead


class IngestError(Exception):
    """A file that yields no document; `status` is the manifest status."""

    def __init__(self, status: str, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class OcrSettings:
    enabled: bool = True
    languages: str = "kaz+rus"
    dpi: int = 300  # render resolution for a page whose image size is unknown
    min_dpi: int = 150  # the scan's native resolution is clamped to [min_dpi, max_dpi]
    max_dpi: int = 400
    min_confidence: float = 0.6  # pages read below this are flagged low_confidence


@dataclass(frozen=True)
class Extraction:
    pages: list[str]
    pages_ocr: int  # pages whose text came from OCR
    pages_need_ocr: int  # image-only pages left empty because OCR was unavailable/disabled
    ocr_confidence: float | None = None  # lowest per-page OCR confidence (None: no OCR)
    pages_low_confidence: int = 0
    legacy_chars: int = 0  # characters repaired from legacy Kazakh pseudo-Unicode fonts


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


def page_text(page: pymupdf.Page) -> str:
    """The page's text layer in reading order (see `layout`)."""
    return layout_text(page)[0]


def ocr_page_text(page: pymupdf.Page, settings: OcrSettings) -> OcrPage:
    dpi = native_dpi(page, settings.dpi, settings.min_dpi, settings.max_dpi)
    return ocr_page(page, settings.languages, dpi)


def _needs_ocr(page: pymupdf.Page, text: str) -> bool:
    """No usable text layer: nothing at all, or private-use code points (legacy font)."""
    if not text.strip():
        return bool(page.get_images(full=False))
    return private_use_share(text) > PRIVATE_USE_OCR


def extract_pages(doc: pymupdf.Document, ocr: OcrSettings) -> Extraction:
    """Text of every page; image-only pages go through OCR when Tesseract can read them."""
    can_ocr = ocr_available(ocr)
    pages, n_need, legacy, confidences = [], 0, 0, []
    for page in doc:
        text, repaired = layout_text(page)
        legacy += repaired
        if _needs_ocr(page, text):
            if can_ocr:
                result = ocr_page_text(page, ocr)
                text = result.text
                confidences.append(result.confidence)
            else:
                n_need += 1
        pages.append(text)
    return Extraction(
        pages=pages, pages_ocr=len(confidences), pages_need_ocr=n_need,
        ocr_confidence=min(confidences) if confidences else None,
        pages_low_confidence=sum(c < ocr.min_confidence for c in confidences),
        legacy_chars=legacy,
    )
