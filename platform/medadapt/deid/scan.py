"""Anchored scanning: find cheap anchors first, run expensive regexes only around them.

Case-insensitive alternations over Cyrillic are slow in `re` (about 5 MB/s); the same
alternation in lower case over `text.lower()` is ten times faster. Detectors therefore look for
lower-case anchors (month names, address markers, field labels) in the lowered text and run
their full patterns only in small windows around the hits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache


@lru_cache(maxsize=8)  # detectors lower the same page; a str caches its own hash
def lowered(text: str) -> str:
    """text.lower() with every offset kept. A few capitals lower to two characters (Turkish
    `İ` -> `i̇`); those take their first, so a match in the lowered text is a match at the same
    offsets in `text`."""
    low = text.lower()
    if len(low) == len(text):
        return low
    low = text.replace("İ", "i").lower()  # the one such capital records hold (Anadolu İnşaat)
    if len(low) == len(text):
        return low
    return "".join(ch.lower()[:1] for ch in text)


def windows(text: str, anchor: re.Pattern, before: int, after: int,
            low: str | None = None) -> list[tuple[int, int]]:
    """Merged [lo, hi) windows around anchor hits."""
    low = lowered(text) if low is None else low
    out: list[tuple[int, int]] = []
    for m in anchor.finditer(low):
        lo, hi = max(0, m.start() - before), min(len(text), m.end() + after)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out


def finditer_windows(regexes: Iterable[re.Pattern], text: str,
                     spans: list[tuple[int, int]]) -> Iterator[tuple[re.Pattern, re.Match]]:
    """Every match of every regex inside the windows (look-behinds still see the context)."""
    regexes = list(regexes)
    for lo, hi in spans:
        for rx in regexes:
            for m in rx.finditer(text, lo, hi):
                yield rx, m


def finditer_gated(gated: Iterable[tuple[re.Pattern, tuple[str, ...]]], text: str,
                   spans: list[tuple[int, int]],
                   low: str | None) -> Iterator[tuple[re.Pattern, re.Match]]:
    """`finditer_windows`, skipping a regex in a window whose lowered text holds none of the
    strings every match of it contains (`needs`; empty: always run). Same matches, since a
    match inside a window contains one of them."""
    gated = [(rx, _gate(needs) if needs and low is not None else None) for rx, needs in gated]
    for lo, hi in spans:
        for rx, gate in gated:
            if gate is not None and not gate.search(low, lo, hi):
                continue
            for m in rx.finditer(text, lo, hi):
                yield rx, m


@lru_cache(maxsize=64)
def _gate(needs: tuple[str, ...]) -> re.Pattern:
    return re.compile(trie_pattern(needs))


def anchor_regex(words: Iterable[str]) -> re.Pattern:
    """Lower-case alternation matching the longest word at each position (used on lowered
    text, no IGNORECASE), written as a trie."""
    return re.compile(trie_pattern(w.lower() for w in words))


def trie_pattern(words: Iterable[str]) -> str:
    """Regex source for a set of literal words, factored by common prefixes.

    Why: `re` tries the branches of `a|b|c...` one by one at every position; a trie tries
    one branch per distinct next letter, about three times faster on these word lists. At
    each position it matches the longest listed word (greedy `(?:...)?` at word ends), as a
    longest-first alternation does."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(root) or "(?!)"


def _emit(node: dict) -> str:
    kids = [re.escape(ch) + _emit(sub) for ch, sub in sorted(node.items()) if ch]
    if not kids:
        return ""
    body = kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
    return "(?:" + body + ")?" if "" in node else body


def lower_twin(rx: re.Pattern, pattern: str | None = None, first: str = "") -> re.Pattern:
    """The case-sensitive twin of an IGNORECASE regex, to run over `lowered(text)`.

    Why: IGNORECASE over Cyrillic is several times slower in `re` than a plain pattern. For a
    pattern whose literals are lower case (give `pattern` where they are not) and whose
    classes hold both cases, plain matching on text.lower() finds the same spans. `first`:
    the characters a match can start with, tested first by a look-ahead (fast rejection)."""
    source = rx.pattern if pattern is None else pattern
    if first:
        source = "(?=[" + re.escape(first) + "])(?:" + source + ")"
    return re.compile(source, rx.flags & ~re.IGNORECASE)


def finditer_ci(rx: re.Pattern, twin: re.Pattern, text: str,
                low: str | None) -> Iterator[re.Match]:
    """Matches of IGNORECASE `rx`: its twin over the lowered text (`lowered` keeps every
    offset). Spans are offsets into `text`; read group text from `text`, not from the match."""
    return twin.finditer(lowered(text) if low is None else low)


# Digits inside a label's word (`HbA1c, %`, `SpO2`): a header may hold them, a data row's
# numbers stand alone
_LABEL_DIGITS_RE = re.compile(r"(?<![\w])[^\W\d_]+\d+[^\W\d_]*")
# The name of a code system in a header (`МКБ-10`, `АХЖ-10`, `ICD-10`): digits of no value
_CODE_NAME_RE = re.compile(r"(?<![\w])[^\W\d_]{2,5}-?10(?![\w])")


def column_cells(text: str, low: str, header: re.Pattern) -> Iterator[tuple[int, int, bool]]:
    """Cells under the header cells of a table that `header` finds in lowered `low`: a `|`
    table, or a printout aligned with runs of spaces. A header row holds three or more labels
    and no digits (unlike a `| Адрес | … |` pair). Yields (start, end, aligned) of each
    non-empty cell, stripped; `aligned` is False for every cell of a row whose cell count
    differs from the header's (a cell was left out or split), since its column is then
    unknown."""
    columns: set[int] = set()
    width = 0
    lines, rows = _table_rows(text)
    for k, (pos, line, cells) in enumerate(rows):
        if len(cells) < 3:
            columns = set()
        elif not columns:
            labels = [low[pos + a : pos + b] for a, b in cells]
            if sum(bool(c.strip()) for c in labels) >= 3 and not any(
                    ch.isdigit() for ch in _LABEL_DIGITS_RE.sub("", _CODE_NAME_RE.sub("", line))):
                columns = {i for i, c in enumerate(labels) if header.search(c)}
                width = len(cells)
                ruled = k + 1 < len(lines) and _RULE.fullmatch(lines[k + 1])  # a real header
                if columns and not ruled and min(columns) == _first_filled(labels) and not any(
                        ch.isdigit() for ch in _first_cell(lines, k + 1)):
                    columns = set()  # `| ФИО | Устинова | Алёна |` then `| ИИН | …`: a form
        else:
            aligned = len(cells) == width
            for i, (a, b) in enumerate(cells):
                body = line[a:b].strip()
                if body and (i in columns or not aligned):
                    lead = len(line[a:b]) - len(line[a:b].lstrip())
                    yield pos + a + lead, pos + a + lead + len(body), aligned


@lru_cache(maxsize=4)  # five detectors read the same page's columns
def _table_rows(text: str) -> tuple[list[str], list[tuple[int, str, list[tuple[int, int]]]]]:
    """The page's lines and, for each, (offset, line, cells)."""
    lines = text.split("\n")
    rows, pos = [], 0
    for line in lines:
        rows.append((pos, line, _line_cells(line)))
        pos += len(line) + 1
    return lines, rows


_SPACE_RUN = re.compile(r"[ \t]{2,}")


def may_hold_table(text: str) -> bool:
    """Cheap test before reading columns: a `|`, a `;` or a tab (CSV and TSV exports), or a
    run of three spaces somewhere."""
    return "|" in text or "   " in text or ";" in text or "\t" in text


def _line_cells(line: str) -> list[tuple[int, int]]:
    """[start, end) of each cell: split at `|`; in a line without one, at `;` (two or more:
    a CSV export) or at tabs (a TSV export), else at runs of two or more spaces (a column
    printout); fewer than three cells is no table row."""
    sep = "|" if "|" in line else ";" if line.count(";") >= 2 else "\t" if "\t" in line else ""
    if sep:
        out, a = [], 0
        for part in line.split(sep):
            out.append((a, a + len(part)))
            a += len(part) + 1
        return out if sep == "|" or len(out) >= 3 else []
    if "  " not in line.strip():
        return []
    out, a = [], 0
    for m in _SPACE_RUN.finditer(line):
        if m.start() > a:
            out.append((a, m.start()))
        a = m.end()
    if a < len(line):
        out.append((a, len(line)))
    return out if len(out) >= 3 else []


def _first_filled(cells: list[str]) -> int:
    return next((i for i, c in enumerate(cells) if c.strip()), -1)


_RULE = re.compile(r"[ \t|:+=-]*-[ \t|:+=-]*")  # `|---|---|`: a markdown table's header rule


def _first_cell(lines: list[str], k: int) -> str:
    """The first non-empty cell of line `k` (empty past the end)."""
    if k >= len(lines):
        return ""
    cells = [lines[k][a:b] for a, b in _line_cells(lines[k])]
    i = _first_filled(cells)
    return cells[i] if i >= 0 else ""


# A capitalised Cyrillic word (`Ербол`, `Сказать`); all-caps abbreviations (`ЖҚА`, `КТ`) are
# not, nor Latin names a lower-case writer copied from a passport (`ок, Sherzod на кт`).
_CAP_WORD_RE = re.compile(r"(?<![^\W\d_])[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]")
# A chat line's time stamp and speaker (`07.03.2023 07:11 - Зарина: `, `[09.05.23, 08:19] Ли: `)
_SPEAKER_RE = re.compile(r"[ \t]*(?:\[?[\d.,:/ \t-]{4,24}\]?[ \t]*[-—–]?[ \t]*)?"
                         r"(?P<who>[^\W\d_][^\W\d_ \t]*(?:[ \t][^\W\d_]+)?[ \t]*:[ \t])?")
_LOWER_WORD_RE = re.compile(r"(?<![^\W\d_])[a-zа-яёәғқңөұүһі][^\W\d_]*")


def uncased_lines(text: str) -> list[tuple[int, int]]:
    """Lines written without capitals (`сказать ерболу чтобы забрал выписку`), after any chat
    stamp and any capitalised speaker (a lower-case speaker is included). Case says nothing
    there, so a word the dictionaries call a name keeps the weight it has capitalised instead
    of waiting for a name position."""
    out, pos = [], 0
    for line in text.split("\n"):
        m = _SPEAKER_RE.match(line)
        body = m.end()
        if not _CAP_WORD_RE.search(line, body) and len(_LOWER_WORD_RE.findall(line, body)) >= 4:
            # a speaker written in lower case too (`10:06 - аружан оспанова: …`) is part of it
            who = m.start("who") if m.group("who") and not _CAP_WORD_RE.search(
                m.group("who")) else body
            out.append((pos + who, pos + len(line)))
        pos += len(line) + 1
    return out


def capitalised_view(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the place words of uncased `spans` capitalised, offsets kept: a word after
    an address marker or a verb of living (`ул. степная`, `живут в балхаше`, `тұрады
    астанада`) or before a Kazakh one (`абай көшесі`, `көкшетау қаласы`), so that the finders
    that read a capital as a proper name see it as written with one."""
    if not spans:
        return text
    chars = list(text)
    for s, e in spans:
        for rx in (_AFTER_MARKER_RE, _BEFORE_MARKER_RE):
            for m in rx.finditer(text, s, e):
                at = m.start(m.lastgroup)
                up = chars[at].upper()
                if len(up) == 1:
                    chars[at] = up
    return "".join(chars)


_AFTER_MARKER_RE = re.compile(
    r"(?<![^\W\d_])(?:г|ул|пр|пр-т|просп|мкр|пос|пгт|с|пер|наб|бул|п)\.[ \t]*"
    r"(?P<w>[^\W\d_])(?=[^\W\d_]{2})"  # a word, not `г.р.` or `мм с.б.`
    r"|(?<![^\W\d_])(?:жив[её]т|живут|живу|проживает|проживают|прописан[аы]?|родом|приехал\w*)"
    r"[ \t]+(?:в|во|из)[ \t]+(?P<w2>[^\W\d_])"
    r"|(?<![^\W\d_])(?:тұрады|тұратын|тұрамыз|келген|келді)[ \t]+(?P<w3>[^\W\d_])")
_BEFORE_MARKER_RE = re.compile(
    r"(?<![^\W\d_])(?P<w>[^\W\d_])[^\W\d_-]*(?:-[^\W\d_]+)?[ \t]+"
    r"(?:көшесі|қаласы|ауылы|ауданы|даңғылы|облысы|к-сі)(?![^\W\d_])")
