"""Repair text written in legacy Kazakh pseudo-Unicode fonts.

Before Unicode Kazakh was usable, fonts such as "KZ Times" drew ә ғ қ ң ө ұ ү һ і on the
code points of look-alike letters (Latin ə ö ü h i, Balkan ћ ќ ґ, the old fita ѳ, ...) or on
private-use code points. The page looks right and the text layer is wrong: "Науķас" is not
"Науқас" to a dictionary, a tokenizer or a name detector.

Repair is by look-alike, per word: a word that mixes Cyrillic letters with one of these code
points is never legitimate text, so the code points are mapped back. Spans in a font whose name
says it is a Kazakh legacy font are mapped whole. Private-use characters have no safe mapping
here; they are counted so that the page can be read by OCR instead.
"""

from __future__ import annotations

import re

# Look-alike code point -> the Kazakh letter legacy fonts drew there.
_PAIRS = {
    "ә": "əäӓ", "Ә": "ƏÄӒ", "ғ": "ğґ", "Ғ": "ĞҐ", "қ": "ķќ", "Қ": "ĶЌ",
    "ң": "ñŋӊ", "Ң": "ÑŊӉ", "ө": "öøɵѳ", "Ө": "ÖØƟѲ", "ұ": "ўū", "Ұ": "ЎŪ",
    "ү": "üÿ", "Ү": "Ü", "һ": "hћ", "Һ": "HЋ", "і": "iı", "І": "I",
}
LEGACY_TO_KAZAKH = {src: kk for kk, sources in _PAIRS.items() for src in sources}
# One character class for the checks run on every word and page (a generator over each
# character cost a fifth of extraction).
_LEGACY_CHAR = re.compile("[" + re.escape("".join(LEGACY_TO_KAZAKH)) + "]")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_SPACE = re.compile(r"\s")
_LEGACY_FONT = re.compile(r"(^|[^a-z])(kz|kaz|kazakh|qazaq)", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def is_legacy_font(font: str) -> bool:
    """Font names of the pseudo-Unicode Kazakh families (KZ Times, Arial KZ, Kazakh ...)."""
    return bool(_LEGACY_FONT.search(font.split("+")[-1]))


def _map_word(word: str) -> tuple[str, int]:
    mapped = "".join(LEGACY_TO_KAZAKH.get(ch, ch) for ch in word)
    return mapped, sum(a != b for a, b in zip(word, mapped, strict=True))


def repair_text(text: str, whole: bool = False) -> tuple[str, int]:
    """Map legacy code points back to Kazakh letters in mixed-script words (every word when
    `whole`, for a span in a known legacy font); returns the text and how many changed."""
    if not _LEGACY_CHAR.search(text):
        return text, 0
    changed = 0

    def fix(match: re.Match[str]) -> str:
        nonlocal changed
        word = match.group(0)
        if not (whole or _CYRILLIC.search(word)):
            return word
        mapped, n = _map_word(word)
        changed += n
        return mapped

    return _WORD.sub(fix, text), changed


def repair_span(text: str, font: str) -> tuple[str, int]:
    """One PDF span's text with legacy Kazakh code points repaired, and the count repaired."""
    return repair_text(text, whole=is_legacy_font(font))


def private_use_share(text: str) -> float:
    """Share of letters on private-use code points: above a few percent the text layer is
    unreadable without the font's own table, so the page should be OCRed."""
    private = len(_PRIVATE_USE.findall(text))
    if not private:
        return 0.0
    return private / (len(text) - len(_SPACE.findall(text)))
