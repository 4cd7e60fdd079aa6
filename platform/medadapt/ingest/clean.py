"""Page text cleanup: conversion artifacts, whitespace, running headers/footers, repeats.

Running headers in case histories carry the patient's name and record number on every
page; removing them both de-clutters the training text and removes PHI before the
detector even runs.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter

ARTIFACTS = {
    "\u00ad": "",  # soft hyphen
    "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": "", "\x00": "",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\t": " ",
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufffd": "",
}
_ARTIFACT_RE = re.compile("|".join(map(re.escape, ARTIFACTS)))
_SPACES = re.compile(r"[ ]{2,}")
_HYPHEN_BREAK = re.compile(r"(\w)-\n(\w)")
_BLANK_LINES = re.compile(r"\n{3,}")
_DIGITS = re.compile(r"\d+")
SHORT_LINE = 40  # digits are masked only in lines this short
EDGE_LINES = 3  # lines at the top and bottom of a page that may be running header/footer


def normalize_page(text: str) -> str:
    """NFC, artifacts out, hyphenated line breaks joined, spaces and blank lines collapsed."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _ARTIFACT_RE.sub(lambda m: ARTIFACTS[m.group(0)], text)
    text = _HYPHEN_BREAK.sub(lambda m: m.group(1) + m.group(2) if m.group(2).islower()
                             else m.group(0), text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n")


def _line_keys(line: str) -> set[str]:
    """Keys under which a line counts as repeated: itself, and for short lines (page
    counters, dates in footers) the line with its digits masked."""
    exact = " ".join(line.casefold().split())
    if not exact:
        return set()
    keys = {exact}
    if len(exact) <= SHORT_LINE:
        keys.add(_DIGITS.sub("#", exact))
    return keys


def _edge_indices(lines: list[str]) -> list[int]:
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    return sorted(set(nonblank[:EDGE_LINES] + nonblank[-EDGE_LINES:]))


def remove_running_lines(pages: list[str], min_share: float = 0.5) -> tuple[list[str], int]:
    """Drop lines near page edges that repeat on at least half the pages."""
    if len(pages) < 2:
        return pages, 0
    split = [page.split("\n") for page in pages]
    counts: Counter[str] = Counter()
    for lines in split:
        counts.update(set().union(*(_line_keys(lines[i]) for i in _edge_indices(lines))))
    threshold = max(2, math.ceil(min_share * len(pages)))
    running = {key for key, n in counts.items() if n >= threshold}
    cleaned, removed = [], 0
    for lines in split:
        edges = set(_edge_indices(lines))
        keep = [ln for i, ln in enumerate(lines)
                if not (i in edges and _line_keys(ln) & running)]
        removed += len(lines) - len(keep)
        cleaned.append("\n".join(keep).strip("\n"))
    return cleaned, removed


def remove_repeated_paragraphs(pages: list[str], min_chars: int = 40) -> tuple[list[str], int]:
    """Drop a paragraph that repeats the one right before it (extraction/OCR double layers)."""
    cleaned, removed, previous = [], 0, None
    for page in pages:
        kept = []
        for paragraph in page.split("\n\n"):
            key = " ".join(paragraph.split()).casefold()
            if key == previous and len(key) >= min_chars:
                removed += 1
                continue
            kept.append(paragraph)
            previous = key
        cleaned.append("\n\n".join(kept))
    return cleaned, removed


def clean_pages(pages: list[str]) -> list[str]:
    """The full cleanup, page structure kept (one string per input page)."""
    normalized = [normalize_page(page) for page in pages]
    without_running, _ = remove_running_lines(normalized)
    deduplicated, _ = remove_repeated_paragraphs(without_running)
    return deduplicated


def join_pages(pages: list[str]) -> tuple[str, list[int]]:
    """One text with a blank line between pages, and each page's start offset."""
    offsets, parts, position = [], [], 0
    for page in pages:
        offsets.append(position)
        parts.append(page)
        position += len(page) + 2
    return "\n\n".join(parts), offsets
