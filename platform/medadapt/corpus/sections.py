"""Split a de-identified case history into sections and labelled blocks.

PDF text arrives as wrapped lines: a diagnosis or a rehabilitation plan runs over several
lines and the next field starts on a new line. A *block* is one logical entry (a `Label:`
line or a dated note plus its wrapped continuation); a *section* is a run of blocks under one
heading (complaints, operative protocol, discharge summary, ...). Field extraction and the
dialogue context both work on these, never on raw lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from medadapt.corpus.lexicon import Lexicon, fold

# A dated/timed entry (daily notes, nurse notes) starts with a date or a time.
_DATE_START = re.compile(
    r"^(«?\d{1,2}»?\s*[./-]?\s*(\d{1,2}[./-]\d{2,4}|[^\W\d_]+\s+\d{4})"
    r"|\d{4}-\d{2}-\d{2}|\d{4}\s*(ж\.|жыл)|\d{1,2}:\d{2}\b)"
)
_NOTE = re.compile(r"(осмотр|обход|қарауы|медсестра|мейіргер)", re.IGNORECASE)
_LABEL = re.compile(r"^([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^:\n]{0,60}?):\s*")
_UPPER_WORD = re.compile(r"\.\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")
# Labels that continue a diagnosis rather than start a new entry.
_CONTINUATION = re.compile(
    r"^(код|шифр|мкб|ахж|состояние после|отадан кейінгі жағдай|операциядан кейінгі жағдай)")


@dataclass
class Block:
    label: str | None  # "Диагноз при поступлении", or None for untitled text
    text: str  # the value (after the label), wrapped lines joined with spaces
    dated: bool = False  # a dated note (daily round, nurse note)


@dataclass
class RecordSection:
    kind: str  # header, complaints, examination, imaging, operative, course, discharge, ...
    heading: str | None
    blocks: list[Block] = field(default_factory=list)

    def text(self) -> str:
        return "\n".join(f"{b.label}: {b.text}" if b.label else b.text for b in self.blocks)


def _heading_kind(line: str, lex: Lexicon) -> str | None:
    folded = fold(line).strip(" .:")
    if not folded or len(folded) > 80:
        return None
    for kind, patterns in lex.tables["headings"].items():
        if any(p.fullmatch(folded) for p in patterns):
            return kind
    return None


def _label_of(line: str) -> str | None:
    match = _LABEL.match(line)
    if not match:
        return None
    label = match.group(1).strip()
    if len(label.split()) > 7 or _UPPER_WORD.search(label) or re.search(r"\d{2}", label):
        return None
    return label


def _starts_block(line: str) -> bool:
    return bool(_DATE_START.match(line)) or _label_of(line) is not None


def blocks_of(lines: list[str]) -> list[Block]:
    """Join wrapped lines into blocks; a block ends where a label or a date starts a line."""
    blocks: list[Block] = []
    for line in lines:
        label = _label_of(line)
        continues = label is not None and _CONTINUATION.match(fold(label))
        if blocks and (continues or not _starts_block(line)):
            blocks[-1].text = f"{blocks[-1].text} {line}".strip()
            continue
        if label is not None:
            blocks.append(Block(label, line[_LABEL.match(line).end():].strip()))
        else:
            blocks.append(Block(None, line, dated=bool(_DATE_START.match(line))))
    return blocks


def split_sections(text: str, lex: Lexicon) -> list[RecordSection]:
    """Headings open sections; the first dated round after the operation opens `course`."""
    sections = [RecordSection("header", None)]
    pending: list[str] = []

    def flush() -> None:
        sections[-1].blocks.extend(blocks_of(pending))
        pending.clear()

    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not line:
            continue
        kind = _heading_kind(line, lex)
        is_round = bool(_DATE_START.match(line)) and bool(_NOTE.search(line[:90]))
        if kind is None and is_round and sections[-1].kind not in ("course", "discharge",
                                                                  "recommendations",
                                                                  "rehabilitation"):
            kind = "course"
        if kind is not None:
            flush()
            sections.append(RecordSection(kind, None if kind == "course" else line))
            if kind != "course":
                continue
        pending.append(line)
    flush()
    return [s for s in sections if s.blocks]


def find_blocks(sections: list[RecordSection], label_pattern: re.Pattern,
                kinds: tuple[str, ...] | None = None) -> list[Block]:
    """Blocks whose label matches, in document order (optionally only in some sections)."""
    return [b for s in sections if kinds is None or s.kind in kinds for b in s.blocks
            if b.label and label_pattern.search(fold(b.label))]


def section_text(sections: list[RecordSection], kinds: tuple[str, ...]) -> str:
    return "\n".join(s.text() for s in sections if s.kind in kinds)
