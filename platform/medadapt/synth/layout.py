"""Own word wrap, pagination and PDF rendering, so that truth offsets match `get_text()`.

PyMuPDF's `page.get_text()` returns every non-empty rendered line followed by "\\n", in
content-stream order. We therefore lay out every line ourselves (no automatic wrapping), keep
lines free of leading/trailing/double spaces, and record each page's text as the join of its
lines. Marked spans (identifiers, clinical terms) are never broken across lines, so each one is a
contiguous substring of its page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import pymupdf

PAGE_W, PAGE_H = 595.0, 842.0  # A4 in points
MARGIN_X = 56.0
BODY_TOP, BODY_BOTTOM = 78.0, 792.0
SLOT = 13.2  # every body line (heading, text, gap) takes one slot of this height
STYLE_SIZE: dict[str, float] = {"h1": 12.0, "h2": 10.5, "body": 9.5, "small": 8.0}
FONT_NAME = "F0"
PDF_DATE = "D:20240101000000Z"  # fixed metadata date: same config -> same bytes


@dataclass(frozen=True)
class Tok:
    """A marked piece of text: a planted identifier (kind="phi") or a clinical term."""

    text: str
    label: str
    kind: str = "phi"
    entity: str | None = None
    person_id: str | None = None


Piece = str | Tok


@dataclass
class Line:
    """One rendered line; `spans` hold offsets into `text`."""

    text: str
    style: str = "body"
    spans: list[tuple[int, int, Tok]] = field(default_factory=list)


@dataclass
class Para:
    """A paragraph before wrapping; `keep` = keep with the next block (headings)."""

    text: str
    spans: list[tuple[int, int, Tok]]
    style: str = "body"
    keep: bool = False


def para(*parts: Piece, style: str = "body", keep: bool = False) -> Para:
    """Join plain strings and marked tokens into one paragraph, remembering token offsets."""
    chunks: list[str] = []
    spans: list[tuple[int, int, Tok]] = []
    pos = 0
    for part in parts:
        text = part.text if isinstance(part, Tok) else part
        if not isinstance(part, Tok) and text.startswith(".") and chunks and \
                chunks[-1].endswith("."):
            text = text[1:]  # "Иванов И.И." + "." -> one full stop
        if isinstance(part, Tok):
            spans.append((pos, pos + len(text), part))
        chunks.append(text)
        pos += len(text)
    text = "".join(chunks)
    if "\n" in text or "  " in text or text != text.strip():
        raise ValueError(f"paragraph text must be single-spaced and trimmed: {text[:40]!r}")
    return Para(text=text, spans=spans, style=style, keep=keep)


@lru_cache(maxsize=1)
def font() -> pymupdf.Font:
    """Noto Sans from pymupdf-fonts: covers Cyrillic including all Kazakh letters."""
    return pymupdf.Font("notos")


@lru_cache(maxsize=4096)
def _advance(char: str) -> float:
    return font().glyph_advance(ord(char))


def text_width(text: str, size: float) -> float:
    return sum(_advance(c) for c in text) * size


def _segments(p: Para) -> list[tuple[int, int]]:
    """Word segments split at spaces that are outside every marked span."""
    inside = bytearray(len(p.text))
    for start, end, _ in p.spans:
        inside[start:end] = b"\x01" * (end - start)
    segs, start = [], 0
    for i, char in enumerate(p.text):
        if char == " " and not inside[i]:
            segs.append((start, i))
            start = i + 1
    segs.append((start, len(p.text)))
    return [s for s in segs if s[1] > s[0]]


def wrap(p: Para, width: float) -> list[Line]:
    """Greedy word wrap; a marked span is one unbreakable word."""
    size = STYLE_SIZE[p.style]
    space = _advance(" ") * size
    lines: list[tuple[int, int]] = []
    cur_start = cur_end = -1
    cur_w = 0.0
    for start, end in _segments(p):
        w = text_width(p.text[start:end], size)
        if w > width:
            raise ValueError(f"unbreakable text wider than the page: {p.text[start:start + 30]!r}")
        if cur_start >= 0 and cur_w + space + w <= width:
            cur_end, cur_w = end, cur_w + space + w
            continue
        if cur_start >= 0:
            lines.append((cur_start, cur_end))
        cur_start, cur_end, cur_w = start, end, w
    if cur_start >= 0:
        lines.append((cur_start, cur_end))
    out = []
    for a, b in lines:
        spans = [(s - a, e - a, t) for s, e, t in p.spans if a <= s and e <= b]
        out.append(Line(p.text[a:b], p.style, spans))
    return out


BODY_WIDTH = PAGE_W - 2 * MARGIN_X
SLOTS_PER_PAGE = int((BODY_BOTTOM - BODY_TOP) // SLOT)

Block = list[Para]  # paragraphs that belong together (a section, a dated note)
GAP = Line("", "body")


def block_lines(block: Block) -> list[tuple[Line, bool]]:
    """Wrapped lines of a block with a keep-with-next flag, plus one gap line after it."""
    out: list[tuple[Line, bool]] = []
    for p in block:
        for line in wrap(p, BODY_WIDTH):
            out.append((line, p.keep))
    out.append((GAP, False))
    return out


class Paginator:
    """Fills body slots page by page; a heading never ends a page, a gap never starts one."""

    def __init__(self, slots: int = SLOTS_PER_PAGE) -> None:
        self.slots = slots
        self.pages: list[list[Line]] = []
        self.cur: list[Line] = []

    def add_lines(self, items: list[tuple[Line, bool]]) -> None:
        """Place wrapped lines (see `block_lines`) onto pages."""
        for i, (line, keep) in enumerate(items):
            if line is GAP and not self.cur:
                continue
            need = 2 if keep and i + 1 < len(items) else 1
            if len(self.cur) + need > self.slots and self.cur:
                self.pages.append(self.cur)
                self.cur = []
            self.cur.append(line)

    def pages_if_added(self, items: list[tuple[Line, bool]]) -> int:
        """Page count after adding `items`, without changing this paginator."""
        trial = Paginator(self.slots)
        trial.cur = list(self.cur)
        trial.add_lines(items)
        return len(self.pages) + len(trial.pages) + (1 if trial.cur else 0)

    def finish(self) -> list[list[Line]]:
        pages = self.pages + ([self.cur] if self.cur else [])
        for page in pages:  # trailing gaps carry no text
            while page and page[-1] is GAP:
                page.pop()
        return pages


@dataclass
class RenderedPage:
    text: str
    spans: list[tuple[int, int, Tok]]


def page_text(header: list[Line], body: list[Line], footer: list[Line]) -> RenderedPage:
    """Exactly what get_text() returns: each non-empty line plus a newline, in stream order."""
    parts: list[str] = []
    spans: list[tuple[int, int, Tok]] = []
    pos = 0
    for line in [*header, *body, *footer]:
        if not line.text:
            continue
        spans.extend((pos + s, pos + e, t) for s, e, t in line.spans)
        parts.append(line.text + "\n")
        pos += len(line.text) + 1
    return RenderedPage("".join(parts), spans)


def _insert_run(shape: pymupdf.Shape, y: float, lines: list[str], style: str) -> None:
    size = STYLE_SIZE[style]
    shape.insert_text(
        (MARGIN_X, y), lines, fontname=FONT_NAME, fontsize=size, lineheight=SLOT / size
    )


def render_page(doc: pymupdf.Document, header: list[Line], body: list[Line],
                footer: list[Line]) -> None:
    """Draw one page: header lines, body runs grouped by style (few calls = fast), footer."""
    page = doc.new_page(width=PAGE_W, height=PAGE_H)
    page.insert_font(fontname=FONT_NAME, fontbuffer=font().buffer)
    shape = page.new_shape()  # one shape per page: a commit per run would dominate run time
    for i, line in enumerate(header):
        _insert_run(shape, 34.0 + i * 11.0, [line.text], line.style)
    start = 0
    while start < len(body):
        style = body[start].style if body[start].text else "body"
        end = start + 1
        while end < len(body) and (body[end].style == style or not body[end].text):
            end += 1
        texts = [x.text for x in body[start:end]]
        if any(texts):
            _insert_run(shape, BODY_TOP + SLOT * (start + 1), texts, style)
        start = end
    for i, line in enumerate(footer):
        _insert_run(shape, PAGE_H - 34.0 + i * 11.0, [line.text], line.style)
    shape.draw_line((MARGIN_X, 58.0), (PAGE_W - MARGIN_X, 58.0))
    shape.finish(width=0.5)
    shape.commit()


def new_document() -> pymupdf.Document:
    return pymupdf.open()


def replace_with_scan(doc: pymupdf.Document, index: int, dpi: int = 200) -> None:
    """Swap a page for an image-only copy (grayscale PNG) so only OCR can read it."""
    pix = doc[index].get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
    png = pix.tobytes("png")
    doc.delete_page(index)
    page = doc.new_page(pno=index, width=PAGE_W, height=PAGE_H)
    page.insert_image(page.rect, stream=png)


def finish_pdf(doc: pymupdf.Document, title: str) -> bytes:
    """Fixed metadata, subset font, no new /ID: identical input -> identical bytes."""
    doc.set_metadata({
        "title": title, "author": "", "subject": "", "keywords": "",
        "creator": "medadapt-synth", "producer": "medadapt-synth",
        "creationDate": PDF_DATE, "modDate": PDF_DATE,
    })
    doc.subset_fonts()
    return doc.tobytes(garbage=3, deflate=True, no_new_id=True)
