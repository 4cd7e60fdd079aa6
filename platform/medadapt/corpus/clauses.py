"""Record text as sentences and clauses, without relying on any style's headings.

PDF text arrives as wrapped lines, form-table cells on their own lines and labels with or
without colons. Lines are joined into logical units (a unit ends where a line ends with
sentence punctuation or the next line starts a labelled entry, a date or a list item), units
are cut into sentences, sentences into clauses. Abbreviations are expanded and brand names
with typos are snapped to the catalogue spelling (rapidfuzz), so vocabulary patterns see one
form. Durations ("6 нед", "1,5 мес", "6 аптадан кейін") are read as weeks here once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from medadapt.corpus.abbreviations import expand_abbreviations, load_abbreviations
from medadapt.corpus.lexicon import fold, load_lexicon

_NEW_ENTRY = re.compile(r"^([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^:;,.\n]{0,40}\.?:|[-•–*]\s(?!\d{2,4}\s*(мл|ml)\b)"
                        r"|\d{1,2}[.)]\s|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ\s/]{4,}$)")
_ROW = re.compile(r"(\d{1,2})\s+(?=\S)")
_WRAPPED = 35  # a line this long ended at the margin: the next line continues it
_ALL_CAPS = re.compile(r"^[^a-zа-яёәғқңөұүһі]{4,}$")  # a heading line: no lower-case letter
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«(])|(?<=[^\d\s][.!?])\s+(?=\d)|\s*\n\s*")
_CLAUSE = re.compile(r"\s*(?:,(?!\d)|(?<!\d),|[;|])\s*|\s+[–—]\s+(?!\d)")
BRANDS = ("philos", "aptus", "nexgen", "attune", "pinnacle", "corail", "gamma3", "pfna",
          "endobutton", "arthrex", "synthes", "zimmer", "genesis", "ilizarov")
_LATIN_TOKEN = re.compile(r"\b[A-Za-z][A-Za-z0-9]{3,}\b")
_NUMBER_WORDS = {"один": 1, "одну": 1, "две": 2, "два": 2, "три": 3, "четыре": 4, "пять": 5,
                 "шесть": 6, "восемь": 8, "десять": 10, "двенадцать": 12, "бір": 1, "екі": 2,
                 "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "сегіз": 8, "он": 10,
                 "двух": 2, "трех": 3, "четырех": 4, "шести": 6, "восьми": 8, "десяти": 10,
                 "двенадцати": 12}
_NUM = r"(\d{1,2}(?:[,.]5)?|" + "|".join(_NUMBER_WORDS) + ")"
_DURATION = re.compile(
    rf"(?<![\d,.-]){_NUM}\s*(?:-?х|-?ти|-?и)?\s*(недел\w*|нед\b\.?|апта\w*|месяц\w*|мес\b\.?"
    rf"|ай\b|айдан|айға|айға дейін)|(полтора месяц\w*|бір жарым ай\w*)"
    rf"|(?<!\w)(месяц|ай)(?=\s+кейін)|через\s+(месяц)\b", re.IGNORECASE)
_RANGE = re.compile(r"\d\s*[-–]\s*\d+\s*(нед|мес|апта|ай)", re.IGNORECASE)


@dataclass(frozen=True)
class Sentence:
    text: str  # as written (whitespace joined), for verbatim fields
    norm: str  # abbreviations expanded, brands snapped, folded: what patterns match
    clauses: tuple[str, ...]  # of `norm`


def _rejoin_labels(lines: list[str]) -> list[str]:
    """Put a form-table label's wrapped second word back after its first word.

    A two-column table read line by line interleaves the label column with the value
    column: "Операция Оң жақ ... Илизаров" / "атауы аппаратымен бекіту". The label's tail
    word is moved back to the row's first line, and the label ends with a colon there, so
    the row reads "Операция атауы: Оң жақ ... Илизаров аппаратымен бекіту".
    """
    labels = set(load_lexicon().table_labels)
    tails = {tail for _, tail in labels}
    out: list[str] = []
    for line in lines:
        words = line.split()
        tail = fold(words[0])
        row = next((j for j in (len(out) - 1, len(out) - 2) if j >= 0 and tail in tails
                    and _label_head(out[j], tail, labels)), None)
        if row is None:
            out.append(line)
            continue
        head, value = out[row].split(maxsplit=1)
        out[row] = f"{head} {words[0]}: {value}"
        if len(words) > 1:
            out.append(" ".join(words[1:]))
    return out


def _label_head(line: str, tail: str, labels: set[tuple[str, str]]) -> bool:
    """`line` starts with the head of the label `tail` completes, and not with the label."""
    words = line.split()
    return len(words) > 1 and (fold(words[0]), tail) in labels \
        and fold(words[1]).strip(":|") != tail


def _units(text: str) -> list[str]:
    """Join wrapped lines; a short line that starts no sentence is a table cell of its own."""
    units: list[str] = []
    previous = ""
    row: int | None = None  # the last row number of a "№ | ..." table
    gap = 0  # units since that row
    lines = [" ".join(raw.split()) for raw in text.splitlines()]
    for line in _rejoin_labels([line for line in lines if line]):
        wrapped = len(previous) >= _WRAPPED or not line[0].isupper()
        # a lower-case line after a dot: the dot shortened a word ("собств.\nроста")
        ended = re.search(r"[!?;]$", units[-1]) if units and line[0].islower() \
            else re.search(r"[.!?;]$", units[-1]) if units else None
        numbered = _ROW.match(line)
        next_row = bool(numbered and row is not None and int(numbered.group(1)) == row + 1)
        # "AO/" + "OTA ...", "Қан жоғалту /" + "Кровопотеря": a pair cut after its slash
        halved = bool(units) and units[-1].endswith("/")
        # a `| cell | cell |` row starts a unit of its own: rows are entries, not wraps
        if units and not line.startswith("|") and (halved or wrapped and not ended and not next_row
                      and not _NEW_ENTRY.match(line) and not _ALL_CAPS.match(units[-1])):
            units[-1] = f"{units[-1]} {line}"
        else:
            units.append(line)
            # a page footer may stand between the header and the rows: two units of grace
            gap = 0 if next_row else gap + 1
            row = int(numbered.group(1)) if next_row else row if gap <= 2 else None
        if line.startswith("№"):
            row, gap = 0, 0  # a numbered table's header: its rows "1 ...", "2 ..." are entries
        previous = line
    return units


def snap_brands(text: str) -> str:
    """Replace Latin tokens that are near-misses of a catalogue brand by the brand."""
    def snap(match: re.Match) -> str:
        token = match.group(0)
        best = process.extractOne(token.lower(), BRANDS, scorer=fuzz.ratio, score_cutoff=86)
        return best[0] if best and best[0] != token.lower() else token
    return _LATIN_TOKEN.sub(snap, text)


_INNER_DOT = re.compile(r"(?<=[^\W\d_])\.(?=\s+[a-zа-яёәғқңөұүһі])")


# a table cell's wrap lost its space: "правойбольшеберцовой", "плечевойкости"
_GLUED = re.compile(r"\b((?:прав|лев)(?:ой|ого|ая|ую))(?=[а-яё]{4,})"
                    r"|(?<=[а-яё]{3})(ой|ей|ого|его)(?=(кост|сустав)[а-яё]*\b)")


def normalise(text: str) -> str:
    """The form vocabulary patterns match: expanded, brand-snapped, folded.

    A shortening dot inside a sentence (`лев. плечевой`, `со смещ. отломков`; a lower-case
    word follows) is dropped, so `(\\w+ )` word gaps in patterns read through it.
    """
    expanded = _INNER_DOT.sub("", snap_brands(expand_abbreviations(text)))
    return _GLUED.sub(lambda m: f"{m.group(0)} ", fold(expanded))


_ACRONYM = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,}\b")
_YEAR_END = re.compile(r"(?<!\d)(19|20)\d\d\s*(г|ж)\.$")  # "в 2018 г." / "2016 ж."


def _split(unit: str) -> list[str]:
    """Sentences of a unit; a shortening dot before an acronym ends none ("лев. ТБС",
    "в 2018 г. ТЭТС": the year's "г." too, so the history word stays with the operation),
    nor does a dot inside brackets."""
    dotted = {k.lower() for k in load_abbreviations() if k.endswith(".")}
    parts: list[str] = []
    for part in _SENTENCE.split(unit):
        last = parts[-1].split()[-1].lower() if parts and parts[-1].split() else ""
        shortened = last in dotted or (parts and _YEAR_END.search(parts[-1].rstrip()))
        # "Открытый (ран. 2×1 см) перелом": no sentence ends inside brackets
        bracketed = bool(parts) and parts[-1].count("(") > parts[-1].count(")") \
            and ")" in part.split("(")[0]
        if bracketed or shortened and _ACRONYM.match(part.strip()):
            parts[-1] = f"{parts[-1]} {part.strip()}"
        else:
            parts.append(part)
    return parts


def sentences(text: str) -> list[Sentence]:
    """Sentences of a record in reading order (empty ones dropped)."""
    out = []
    for unit in _units(text):
        for part in _split(unit):
            part = part.strip()
            if len(part) < 2:
                continue
            norm = normalise(part)
            clauses = tuple(c for c in _CLAUSE.split(norm) if c.strip())
            out.append(Sentence(part, norm, clauses))
    return out


def weeks(text: str) -> int | None:
    """The first duration in `text` as whole weeks (1 month = 4 weeks); ranges give None."""
    if _RANGE.search(text):
        return None
    match = _DURATION.search(text)
    if not match:
        return None
    if match.group(3):
        return 6
    if match.group(4) or match.group(5):
        return 4
    raw, unit = match.group(1).lower(), match.group(2).lower()
    value = float(_NUMBER_WORDS.get(raw, 0) or raw.replace(",", "."))
    if unit.startswith(("мес", "ай")):
        value *= 4
    return int(value) if value >= 1 and value == int(value) else None
