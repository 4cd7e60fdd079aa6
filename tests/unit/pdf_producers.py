"""PDFs with known text from producers other than PyMuPDF (tests and benchmarks/extract.py).

Each producer writes the same lines its own way: reportlab line by line, reportlab
justified paragraphs, reportlab two columns, fpdf2 justified cells, a word-by-word writer
(words drawn in shuffled stream order, justified spacing) and a char-by-char writer (each
glyph its own text object, no space characters). The truth is the text in reading order;
line breaks inside a paragraph are free.
"""

from __future__ import annotations

import functools
import io
import random
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pymupdf
from PIL import Image

PARAGRAPHS = [
    "Состояние отломков на 3-и сутки после операции удовлетворительное, повязка сухая, "
    "отёка нет, движения в суставе в пределах нормы.",
    "Науқас Гребенщикова Анна Сергеевна ЖСН 850412400123 тізе буынының ауруына шағымданып "
    "түсті, қозғалыс шектеулі, ісіну бар.",
    "Диагноз: закрытый перелом шейки бедренной кости справа, S72.0. Выполнен остеосинтез "
    "по Илизарову, рекомендована ЛФК и ходьба с дополнительной опорой.",
    "Өкпе, жүрек, бауыр қалыпты. Ұсыныстар: әлсіз жүктеме, емдік дене шынықтыру, "
    "һәр күні қарап тұру, ішкі дәрі ішу.",
]
WIDTH, HEIGHT, MARGIN, SIZE = 595.0, 842.0, 56.0, 10.0


@functools.cache
def font_path() -> str:
    """Noto Sans (from pymupdf-fonts) on disk, for producers that load a TTF by path."""
    path = Path(tempfile.gettempdir()) / "medadapt-notosans.ttf"
    if not path.exists():
        path.write_bytes(pymupdf.Font("notos").buffer)
    return str(path)


def _measure() -> Callable[[str], float]:
    font = pymupdf.Font(fontfile=font_path())
    return lambda text: font.text_length(text, fontsize=SIZE)


def wrap(text: str, width: float = WIDTH - 2 * MARGIN) -> list[str]:
    measure, lines, line = _measure(), [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and measure(candidate) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return [*lines, line] if line else lines


def _canvas():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "Noto" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Noto", font_path()))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(WIDTH, HEIGHT))
    pdf.setFont("Noto", SIZE)
    return pdf, buffer


def _justified_words(line: str, last: bool) -> list[tuple[float, str]]:
    """x of each word when the line is justified to the full measure."""
    measure, words = _measure(), line.split()
    free = WIDTH - 2 * MARGIN - sum(measure(w) for w in words)
    gap = measure(" ") if last or len(words) < 2 else free / (len(words) - 1)
    xs, x = [], MARGIN
    for word in words:
        xs.append((x, word))
        x += measure(word) + gap
    return xs


def reportlab_lines(paragraphs: list[str]) -> bytes:
    pdf, buffer = _canvas()
    y = HEIGHT - MARGIN
    for paragraph in paragraphs:
        for line in wrap(paragraph):
            pdf.drawString(MARGIN, y, line)
            y -= SIZE * 1.4
        y -= SIZE
    pdf.save()
    return buffer.getvalue()


def reportlab_two_columns(paragraphs: list[str]) -> bytes:
    """The first half of the paragraphs in a left column, the rest in a right one."""
    pdf, buffer = _canvas()
    column = (WIDTH - 2 * MARGIN - 24) / 2
    half = (len(paragraphs) + 1) // 2
    for x, part in ((MARGIN, paragraphs[:half]), (MARGIN + column + 24, paragraphs[half:])):
        y = HEIGHT - MARGIN
        for paragraph in part:
            for line in wrap(paragraph, column):
                pdf.drawString(x, y, line)
                y -= SIZE * 1.4
            y -= SIZE
    pdf.save()
    return buffer.getvalue()


def reportlab_justified(paragraphs: list[str]) -> bytes:
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    _canvas()  # registers the font
    buffer = io.BytesIO()
    style = ParagraphStyle("j", fontName="Noto", fontSize=SIZE, leading=SIZE * 1.4,
                           alignment=TA_JUSTIFY, spaceAfter=SIZE)
    SimpleDocTemplate(buffer, pagesize=(WIDTH, HEIGHT), leftMargin=MARGIN,
                      rightMargin=MARGIN).build([Paragraph(p, style) for p in paragraphs])
    return buffer.getvalue()


def fpdf2_justified(paragraphs: list[str]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(WIDTH, HEIGHT))
    pdf.add_page()
    pdf.add_font("Noto", fname=font_path())
    pdf.set_font("Noto", size=SIZE)
    pdf.set_margins(MARGIN, MARGIN)
    pdf.set_xy(MARGIN, MARGIN)
    for paragraph in paragraphs:
        pdf.multi_cell(WIDTH - 2 * MARGIN, SIZE * 1.4, paragraph, align="J",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(SIZE)
    return bytes(pdf.output())


def _placed(paragraphs: list[str]) -> list[tuple[float, float, str]]:
    """(x, baseline, word) of every word of justified lines, in reading order."""
    placed, y = [], HEIGHT - MARGIN
    for paragraph in paragraphs:
        lines = wrap(paragraph)
        for i, line in enumerate(lines):
            placed.extend((x, y, w) for x, w in _justified_words(line, i == len(lines) - 1))
            y -= SIZE * 1.4
        y -= SIZE
    return placed


def word_by_word(paragraphs: list[str], seed: int = 0) -> bytes:
    """Each word its own text object, drawn in shuffled order (as form printouts do)."""
    pdf, buffer = _canvas()
    placed = _placed(paragraphs)
    random.Random(seed).shuffle(placed)
    for x, y, word in placed:
        pdf.drawString(x, y, word)
    pdf.save()
    return buffer.getvalue()


def char_by_char(paragraphs: list[str]) -> bytes:
    """Each glyph positioned on its own (its own text object), no space characters."""
    pdf, buffer = _canvas()
    measure, glyphs = _measure(), []
    for x, y, word in _placed(paragraphs):
        for char in word:
            glyphs.append((x, y, char))
            x += measure(char)
    for x, y, char in glyphs:
        pdf.drawString(x, y, char)
    pdf.save()
    return buffer.getvalue()


PRODUCERS: dict[str, Callable[[list[str]], bytes]] = {
    "reportlab-lines": reportlab_lines,
    "reportlab-justified": reportlab_justified,
    "reportlab-two-columns": reportlab_two_columns,
    "fpdf2-justified": fpdf2_justified,
    "word-by-word": word_by_word,
    "char-by-char": char_by_char,
}


def reportlab_table(rows: list[list[str]], col_widths: list[float]) -> bytes:
    """A ruled table whose cells wrap (a surname hyphenated across two lines of its cell)."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    _canvas()
    style = ParagraphStyle("c", fontName="Noto", fontSize=SIZE, leading=SIZE * 1.3)
    data = [[Paragraph(cell, style) for cell in row] for row in rows]
    table = Table(data, colWidths=col_widths)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=(WIDTH, HEIGHT)).build([table])
    return buffer.getvalue()


def scan_pdf(lines: list[str], dpi: int, skew: float, noise: float, seed: int = 0) -> bytes:
    """An image-only A4 page as a scanner makes it: `dpi`, grey noise, a slight rotation."""
    source = pymupdf.open()
    page = source.new_page()
    page.insert_font(fontname="noto", fontbuffer=pymupdf.Font("notos").buffer)
    for i, line in enumerate(lines):
        page.insert_text((60, 90 + 22 * i), line, fontname="noto", fontsize=12)
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
    gray = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.width).astype(float)
    gray += np.random.default_rng(seed).normal(0, noise, gray.shape)
    image = Image.fromarray(gray.clip(0, 255).astype(np.uint8))
    image = image.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=255)
    png = io.BytesIO()
    image.save(png, format="PNG")
    doc = pymupdf.open()
    target = doc.new_page()
    target.insert_image(target.rect, stream=png.getvalue())
    return doc.tobytes()
