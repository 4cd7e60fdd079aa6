"""Page text in reading order, rebuilt from positioned pieces rather than from stream order.

Real producers write text word by word or char by char (justified text, form printouts,
hospital-information-system exports), in any order. Lines are therefore rebuilt here from the
pieces' baselines, a page is read as two columns only where a real vertical gutter runs down
a band of lines, and ruled tables are read row by row with each cell's text kept together,
so a name that wraps inside a cell stays in one piece for de-identification.
"""

from __future__ import annotations

from dataclasses import dataclass

import pymupdf

from medadapt.ingest.fonts import is_legacy_font, repair_span, repair_text

# Keep ligatures and whitespace as written; cleaning normalises them in one place.
TEXT_FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP
MIN_GUTTER = 9.0  # points of empty strip, in every line of a band, to call it a gutter
MIN_BAND_ROWS = 5  # lines a gutter must run down before a band counts as two columns
CENTRAL = (0.3, 0.7)  # a column gutter lies in this share of the page width
MIN_RULES = 4  # ruling lines a page needs before table detection is worth its cost


@dataclass
class Piece:
    """A positioned run of text (a PyMuPDF line: one word or one char for some producers)."""

    u0: float
    v0: float
    u1: float
    v1: float
    base: float  # baseline, in the page's reading frame
    size: float
    text: str
    legacy: int = 0  # characters repaired from a legacy pseudo-Unicode font


Row = list[Piece]


def _frame(lines: list[dict]) -> tuple[float, float]:
    """The dominant writing direction, so rotated pages are read along their text."""
    votes: dict[tuple[float, float], int] = {}
    for line in lines:
        key = (round(line["dir"][0], 1), round(line["dir"][1], 1))
        votes[key] = votes.get(key, 0) + len(line["spans"])
    return max(votes, key=votes.get) if votes else (1.0, 0.0)


def _to_frame(x: float, y: float, d: tuple[float, float]) -> tuple[float, float]:
    return x * d[0] + y * d[1], -x * d[1] + y * d[0]


def _dict_pieces(page: pymupdf.Page) -> list[Piece]:
    """Pieces from PyMuPDF lines, with font names (legacy fonts) and writing direction
    (rotated pages): the slower path, for pages that need either."""
    lines = [ln for b in page.get_text("dict", flags=TEXT_FLAGS)["blocks"]
             for ln in b.get("lines", ())]
    d = _frame(lines)
    pieces = []
    for line in lines:
        parts = [repair_span(s["text"], s["font"]) for s in line["spans"]]
        text = "".join(p[0] for p in parts)
        if not text.strip():
            continue
        x0, y0, x1, y1 = line["bbox"]
        corners = [_to_frame(x, y, d) for x, y in ((x0, y0), (x1, y0), (x0, y1), (x1, y1))]
        us, vs = [c[0] for c in corners], [c[1] for c in corners]
        pieces.append(Piece(min(us), min(vs), max(us), max(vs), max(vs), max(vs) - min(vs),
                            text, sum(p[1] for p in parts)))
    return pieces


def _word_pieces(page: pymupdf.Page) -> list[Piece]:
    """Pieces from PyMuPDF words: as fast as plain text extraction."""
    pieces = []
    for x0, y0, x1, y1, word, *_ in page.get_text("words", flags=TEXT_FLAGS):
        text, repaired = repair_text(word)
        pieces.append(Piece(x0, y0, x1, y1, y1, max(y1 - y0, 1.0), text, repaired))
    return pieces


def page_pieces(page: pymupdf.Page) -> list[Piece]:
    """Every word or line of the page as a Piece, in the page's reading frame."""
    legacy = any(is_legacy_font(f[3]) for f in page.get_fonts())
    if page.rotation or legacy:
        return _dict_pieces(page)
    return _word_pieces(page)


def build_rows(pieces: list[Piece]) -> list[Row]:
    """Cluster pieces whose baselines agree (within a third of the line height) into rows."""
    rows: list[Row] = []
    for piece in sorted(pieces, key=lambda p: (p.base, p.u0)):
        if rows and abs(piece.base - rows[-1][0].base) <= 0.35 * min(piece.size,
                                                                      rows[-1][0].size):
            rows[-1].append(piece)
        else:
            rows.append([piece])
    for row in rows:
        row.sort(key=lambda p: p.u0)
    return rows


def row_text(row: Row) -> str:
    """Join a row's pieces: a visible gap is a space, touching pieces are one word."""
    out, previous = [], None
    for piece in row:
        if previous is not None:
            gap = piece.u0 - previous.u1
            spaced = out[-1].endswith(" ") or piece.text.startswith(" ")
            if gap > 0.1 * min(piece.size, previous.size) and not spaced:
                out.append(" ")
        out.append(piece.text)
        previous = piece
    return "".join(out)


Span = tuple[float, float]


def _free(row: Row, lo: float, hi: float) -> list[Span]:
    """The stretches of [lo, hi] that no piece of this row covers."""
    free, cursor = [], lo
    for piece in row:
        if piece.u0 > cursor:
            free.append((cursor, min(piece.u0, hi)))
        cursor = max(cursor, piece.u1)
        if cursor >= hi:
            break
    if cursor < hi:
        free.append((cursor, hi))
    return [(a, b) for a, b in free if b > a]


def _intersect(a: list[Span], b: list[Span]) -> list[Span]:
    out = []
    for a0, a1 in a:
        for b0, b1 in b:
            lo, hi = max(a0, b0), min(a1, b1)
            if hi > lo:
                out.append((lo, hi))
    return out


def _gutter(free: list[Span]) -> Span | None:
    wide = [span for span in free if span[1] - span[0] >= MIN_GUTTER]
    return max(wide, key=lambda s: s[1] - s[0]) if wide else None


def _cells(row: Row) -> list[Row]:
    """A row cut at every gap wider than a gutter (what a table row looks like)."""
    cells: list[Row] = [[row[0]]]
    for piece in row[1:]:
        if piece.u0 - cells[-1][-1].u1 >= max(MIN_GUTTER, 1.5 * piece.size):
            cells.append([piece])
        else:
            cells[-1].append(piece)
    return cells


def _is_columns(band: list[Row], gutter: Span) -> bool:
    """Text on both sides of the gutter in most lines, and no more than one gap in a line
    (more gaps mean a table, which is read row by row)."""
    if len(band) < MIN_BAND_ROWS:
        return False
    both = sum(1 for r in band if r[0].u1 <= gutter[0] and r[-1].u0 >= gutter[1])
    return both >= 0.6 * len(band) and all(len(_cells(r)) <= 2 for r in band)


def _emit_band(band: list[Row], free: list[Span], out: list[Row]) -> None:
    gutter = _gutter(free) if band else None
    if gutter is None or not _is_columns(band, gutter):
        out.extend(band)
        return
    left = [[p for p in r if p.u1 <= gutter[0]] for r in band]
    right = [[p for p in r if p.u0 >= gutter[1]] for r in band]
    out.extend(r for r in left + right if r)


def order_rows(rows: list[Row], width: float) -> list[Row]:
    """Rows in reading order: top to bottom, except bands that a real gutter splits into two
    columns, which are read left column first."""
    lo, hi = CENTRAL[0] * width, CENTRAL[1] * width
    ordered: list[Row] = []
    band: list[Row] = []
    free: list[Span] = []
    for row in rows:
        row_free = _free(row, lo, hi)
        joint = _intersect(free, row_free) if band else row_free
        if _gutter(joint) is not None:
            band.append(row)
            free = joint
            continue
        _emit_band(band, free, ordered)
        band, free = ([row], row_free) if _gutter(row_free) else ([], [])
        if not band:
            ordered.append(row)
    _emit_band(band, free, ordered)
    return ordered


def _cell_text(pieces: list[Piece], right: float) -> str:
    """A cell's lines as one string: words hyphenated or cut at the cell's edge re-joined."""
    joined, previous = "", None
    for row in build_rows(pieces):
        text = row_text(row)
        if previous is None:
            joined = text
        elif joined.endswith("-") and joined[-2:-1].isalpha() and text[:1].islower():
            joined = joined[:-1] + text
        elif (joined[-1:].isalpha() and text[:1].islower()
              and right - previous[-1].u1 < 1.5 * previous[-1].size):
            joined += text  # the word ran into the cell border and went on below
        else:
            joined += " " + text
        previous = row
    return joined


def _has_grid(rows: list[Row]) -> bool:
    """At least two rows cut into three or more cells, or two rows of a label and its value:
    maybe a table, worth the look (`table_pieces` then wants ruling lines). A ruled table of
    two columns read as two text columns would put every label before every value."""
    cells = [len(_cells(r)) for r in rows]
    return sum(1 for n in cells if n >= 3) >= 2 or sum(1 for n in cells if n == 2) >= 2


def table_pieces(page: pymupdf.Page, pieces: list[Piece]) -> tuple[list[Piece], list[Piece]]:
    """Ruled tables as one Piece per table row (cells joined by ' | '), and the pieces left."""
    rules = sum(1 for item in page.get_cdrawings() for op in item.get("items", ())
                if op[0] in ("l", "re"))
    if rules < MIN_RULES:
        return [], pieces
    rows_out, used = [], set()
    for table in page.find_tables().tables:
        if table.col_count < 2:
            continue
        for row in table.rows:
            texts = []
            for cell in row.cells:
                if cell is None:
                    continue
                rect = pymupdf.Rect(cell)
                inside = [i for i, p in enumerate(pieces)
                          if rect.contains(((p.u0 + p.u1) / 2, (p.v0 + p.v1) / 2))]
                used.update(inside)
                texts.append(_cell_text([pieces[i] for i in inside], rect.x1))
            text = " | ".join(t for t in texts)
            if text.strip(" |"):
                x0, y0, x1, y1 = row.bbox
                rows_out.append(Piece(x0, y0, x1, y1, y0, y1 - y0, text))
    return rows_out, [p for i, p in enumerate(pieces) if i not in used]


def layout_text(page: pymupdf.Page) -> tuple[str, int]:
    """The page's text in reading order, one line per row, and how many characters were
    repaired from a legacy font."""
    pieces = page_pieces(page)
    if not pieces:
        return "", 0
    rows = build_rows(pieces)
    if page.rotation == 0 and _has_grid(rows):
        tables, rest = table_pieces(page, pieces)
        if tables:
            rows = build_rows(rest)
    else:
        tables = []
    ordered = order_rows(rows, page.rect.width)
    for table_row in tables:  # whole rows, placed before the first text row below them
        at = next((i for i, r in enumerate(ordered) if r[0].v0 > table_row.v0), len(ordered))
        ordered.insert(at, [table_row])
    text = "".join(row_text(r) + "\n" for r in ordered)
    return text, sum(p.legacy for p in pieces)
