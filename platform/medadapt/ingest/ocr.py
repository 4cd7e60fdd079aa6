"""OCR of image-only pages at the scan's own resolution, deskewed, with a confidence.

Rendering a noisy 200-dpi scan at a fixed 300 dpi makes Tesseract read the upscaled noise, so
a page is rendered at its embedded image's native resolution (clamped to a sane range). A
1-3 degree skew, usual for a sheet fed by hand, is measured by projection profile and undone
first. Tesseract's per-word confidences give a per-page confidence, so the manifest can say
which pages were read badly instead of passing garbage as `ok`.
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
from dataclasses import dataclass

import numpy as np
import pymupdf
from PIL import Image

SKEW_LIMIT = 4.0  # degrees searched either way
SKEW_STEP = 0.25


@dataclass(frozen=True)
class OcrPage:
    text: str
    confidence: float  # mean word confidence in 0..1 (0 when nothing was read)
    dpi: int
    skew: float  # degrees corrected


def native_dpi(page: pymupdf.Page, fallback: int, lo: int, hi: int) -> int:
    """The resolution of the largest image on the page, clamped to [lo, hi]."""
    best, area = None, 0.0
    for info in page.get_image_info():
        rect = pymupdf.Rect(info["bbox"])
        if rect.width > 0 and rect.get_area() > area:
            best, area = info["width"] / (rect.width / 72.0), rect.get_area()
    return int(min(max(round(best) if best else fallback, lo), hi))


def skew_angle(gray: np.ndarray) -> float:
    """Degrees the text lines slope (projection profile: rows are sharpest when level)."""
    step = max(1, gray.shape[1] // 1000)
    small = gray[::step, ::step]
    ys, xs = np.nonzero(small < 128)
    if len(xs) < 50:
        return 0.0
    best, best_score = 0.0, -1.0
    for angle in np.arange(-SKEW_LIMIT, SKEW_LIMIT + 1e-9, SKEW_STEP):
        shifted = ys - xs * np.tan(np.radians(angle))
        profile = np.bincount((shifted - shifted.min()).astype(np.int64))
        score = float(np.square(profile.astype(np.float64)).sum())
        if score > best_score:
            best, best_score = float(angle), score
    return best


def _tesseract_tsv(png: bytes, languages: str, dpi: int, timeout_s: float) -> str:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # one core per worker, as Ray plans
    done = subprocess.run(
        ["tesseract", "-", "-", "-l", languages, "--dpi", str(dpi), "--psm", "3", "tsv"],
        input=png, capture_output=True, timeout=timeout_s, env=env, check=True,
    )
    return done.stdout.decode("utf-8", errors="replace")


def parse_tsv(tsv: str) -> tuple[str, float]:
    """Tesseract TSV -> text (one line per OCR line, a blank line between blocks) and the
    character-weighted mean word confidence in 0..1."""
    lines: dict[tuple[int, int, int], list[str]] = {}
    weight, total = 0, 0.0
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        word = (row.get("text") or "").strip()
        if row.get("level") != "5" or not word or float(row["conf"]) < 0:
            continue
        key = (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))
        lines.setdefault(key, []).append(word)
        weight += len(word)
        total += len(word) * float(row["conf"]) / 100.0
    out, previous_block = [], None
    for (block, _, _), words in lines.items():
        if previous_block is not None and block != previous_block:
            out.append("")
        out.append(" ".join(words))
        previous_block = block
    return "\n".join(out) + ("\n" if out else ""), (total / weight if weight else 0.0)


def ocr_page(page: pymupdf.Page, languages: str, dpi: int, timeout_s: float = 120.0
             ) -> OcrPage:
    """Render at `dpi`, deskew, and read the page with Tesseract."""
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
    gray = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width)
    angle = skew_angle(gray)
    image = Image.fromarray(gray)
    if angle:
        image = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True,
                             fillcolor=255)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    text, confidence = parse_tsv(_tesseract_tsv(buffer.getvalue(), languages, dpi, timeout_s))
    return OcrPage(text=text, confidence=confidence, dpi=dpi, skew=angle)
