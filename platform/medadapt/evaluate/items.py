"""KazMMLU-format multiple-choice items from CSV, JSONL, Parquet or the HF hub.

Columns are KazMMLU's: `Subject`, `Level`, `Question`, `Option A`..`Option E`,
`Answer Key` (optional `id`, `Language`). Real files are messy, so each case is handled on
purpose: empty/null options drop out (4-option items stay scorable), answer keys lose stray
whitespace and case, and Cyrillic look-alikes (А В С Е) become Latin letters, because
Cyrillic "В" looks like Latin B but is the *third* letter of the Russian alphabet; a
Cyrillic key with no Latin twin (Б, Г, Д) is refused rather than guessed. A bad item raises
`ItemError` naming the file, the row and the column.
"""

from __future__ import annotations

import csv
import json
import math
import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from medadapt.errors import UserError

LETTERS: tuple[str, ...] = ("A", "B", "C", "D", "E")
OPTION_COLUMNS: dict[str, str] = {letter: f"Option {letter}" for letter in LETTERS}
COLUMNS: tuple[str, ...] = ("Subject", "Level", "Question", *OPTION_COLUMNS.values(),
                            "Answer Key")
OPTIONAL_COLUMNS: tuple[str, ...] = ("id", "Language")
FILE_SUFFIXES = (".csv", ".tsv", ".jsonl", ".json", ".parquet")
# Cyrillic letters that look like Latin answer letters (upper and lower case).
LOOKALIKES = str.maketrans({"А": "A", "В": "B", "С": "C", "Е": "E",
                            "а": "a", "в": "b", "с": "c", "е": "e"})
ANSWER_PREFIX = re.compile(
    r"^(?:правильный\s+ответ|ответ|дұрыс\s+жауап|жауабы|жауап|the\s+answer\s+is|answer)"
    r"\s*(?:[:：\-–—]|это|is)?\s*", re.IGNORECASE)
_LETTER = re.compile(r"^[(\[]?\s*([A-Za-z])\s*[)\]]?\s*[.):]?$")
_KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_HUB_ID = re.compile(r"^[\w.-]+/[\w.-]+$")


class ItemError(UserError):
    """An item file the user must fix; the message names file, row, column and value."""


@dataclass(frozen=True)
class MCItem:
    """One question; `options` keeps only the non-empty options, in letter order."""

    id: str
    question: str
    options: dict[str, str]
    answer: str
    subject: str = ""
    level: str = ""
    language: str = "ru"

    def to_record(self) -> dict[str, Any]:
        """A flat dict that survives Arrow/Ray Data (options as JSON text)."""
        record = asdict(self)
        record["options"] = json.dumps(self.options, ensure_ascii=False)
        return record

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> MCItem:
        values = {k: record[k] for k in cls.__dataclass_fields__}
        options = values["options"]
        values["options"] = json.loads(options) if isinstance(options, str) else dict(options)
        return cls(**{k: (str(v) if k != "options" else v) for k, v in values.items()})


def is_blank(value: Any) -> bool:
    """None, NaN (pandas/Arrow nulls) and whitespace-only strings count as empty."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def normalize_letter(text: Any) -> str | None:
    """'B', ' b ', Cyrillic 'В', '(B)', 'B.', 'B)', 'Ответ: B' -> 'B'; anything else -> None."""
    if is_blank(text):
        return None
    value = unicodedata.normalize("NFKC", str(text)).strip().strip("*\"'`«»").strip()
    value = ANSWER_PREFIX.sub("", value, count=1).strip().strip("*").strip()
    match = _LETTER.match(value.translate(LOOKALIKES))
    if not match:
        return None
    letter = match.group(1).upper()
    return letter if letter in LETTERS else None


def detect_language(text: str) -> str:
    """'kk' if the text has Kazakh-only letters, 'ru' if Cyrillic, else 'other'."""
    if any(ch in _KAZAKH_LETTERS for ch in text):
        return "kk"
    if any("\u0400" <= ch <= "\u04ff" for ch in text):
        return "ru"
    return "other"


def _language(raw: Any, subset: str | None, text: str) -> str:
    value = "" if is_blank(raw) else str(raw).strip().lower()
    aliases = {"ru": "ru", "rus": "ru", "russian": "ru", "kk": "kk", "kaz": "kk",
               "kz": "kk", "kazakh": "kk"}
    if value in aliases:
        return aliases[value]
    if subset and re.search(r"\brus\b|russian", subset, re.IGNORECASE):
        return "ru"
    if subset and re.search(r"\bkaz\b|kazakh", subset, re.IGNORECASE):
        return "kk"
    return detect_language(text)


def _key_error(where: str, raw: Any, options: dict[str, str]) -> ItemError:
    shown = repr(raw)
    present = ", ".join(options)
    stripped = "" if is_blank(raw) else str(raw).strip().upper()
    if stripped in {"Б", "Г", "Д"}:
        hint = ("a Cyrillic letter with no Latin look-alike: KazMMLU keys are Latin A-E; "
                "map the Russian А-Б-В-Г-Д order to A-E before loading")
    elif is_blank(raw):
        hint = "the key is empty"
    else:
        hint = "expected one letter A-E (Cyrillic А В С Е and lower case are accepted)"
    return ItemError(f"{where}, column 'Answer Key': {shown} is not a valid answer: {hint} "
                     f"(options present: {present})")


def parse_item(row: dict[str, Any], where: str, default_id: str,
               subset: str | None = None) -> MCItem:
    """Validate one raw row; `where` ('items.csv row 7') goes into every error."""
    question = row.get("Question")
    if is_blank(question):
        raise ItemError(f"{where}, column 'Question': empty question")
    options = {letter: str(row.get(col)).strip() for letter, col in OPTION_COLUMNS.items()
               if not is_blank(row.get(col))}
    if len(options) < 2:
        raise ItemError(f"{where}, columns 'Option A'..'Option E': only {len(options)} "
                        "non-empty option(s); a multiple-choice item needs at least 2")
    raw_key = row.get("Answer Key")
    answer = normalize_letter(raw_key)
    if answer is None:
        raise _key_error(where, raw_key, options)
    if answer not in options:
        raise ItemError(f"{where}, column 'Answer Key': {raw_key!r} points at "
                        f"'{OPTION_COLUMNS[answer]}', which is empty (options present: "
                        f"{', '.join(options)})")
    item_id = default_id if is_blank(row.get("id")) else str(row["id"]).strip()
    text = " ".join([str(question), *options.values()])
    return MCItem(
        id=item_id, question=str(question).strip(), options=options, answer=answer,
        subject="" if is_blank(row.get("Subject")) else str(row["Subject"]).strip(),
        level="" if is_blank(row.get("Level")) else str(row["Level"]).strip(),
        language=_language(row.get("Language"), subset, text),
    )


def _canonical(name: str) -> str:
    return re.sub(r"[\s_]+", " ", str(name)).strip().casefold()


def _rename_columns(columns: list[str], source: str) -> dict[str, str]:
    """Map the file's headers onto KazMMLU's (tolerating case, '_' and stray spaces)."""
    wanted = {_canonical(c): c for c in (*COLUMNS, *OPTIONAL_COLUMNS)}
    mapping = {col: wanted[_canonical(col)] for col in columns if _canonical(col) in wanted}
    required = [c for c in COLUMNS if c not in {"Subject", "Level"}]
    missing = [c for c in required if c not in mapping.values()]
    if missing:
        raise ItemError(f"{source}: missing column(s) {missing}; KazMMLU items need "
                        f"{list(COLUMNS)} (found {columns})")
    return mapping


def _read_rows(path: Path) -> tuple[list[str], Iterator[tuple[str, dict[str, Any]]]]:
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv"):
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle, delimiter="\t" if suffix == ".tsv" else ",")
            rows = [(f"row {i}", row) for i, row in enumerate(reader, 1)]
            return list(reader.fieldnames or []), iter(rows)
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(path)
        return table.column_names, ((f"row {i}", r) for i, r in enumerate(table.to_pylist(), 1))
    if suffix in (".jsonl", ".json"):
        rows = []
        for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rows.append((f"line {number}", json.loads(line)))
            except json.JSONDecodeError as err:
                raise ItemError(f"{path} line {number}: not valid JSON ({err.msg})") from None
            if not isinstance(rows[-1][1], dict):
                raise ItemError(f"{path} line {number}: expected a JSON object per line")
        columns = list(dict.fromkeys(k for _, r in rows for k in r))
        return columns, iter(rows)
    raise ItemError(f"{path}: unsupported item file type {suffix!r}; use one of "
                    f"{', '.join(FILE_SUFFIXES)}")


def parse_rows(columns: list[str], rows: Iterator[tuple[str, dict[str, Any]]], source: str,
               subset: str | None = None, limit: int | None = None) -> list[MCItem]:
    """Rows -> items; ids must be unique (default id: `<n>`, the 1-based row number)."""
    mapping = _rename_columns(columns, source)
    items: list[MCItem] = []
    seen: dict[str, str] = {}
    for number, (where, raw) in enumerate(rows, 1):
        row = {mapping[k]: v for k, v in raw.items() if k in mapping}
        item = parse_item(row, f"{source} {where}", str(number), subset)
        if item.id in seen:
            raise ItemError(f"{source} {where}, column 'id': {item.id!r} repeats "
                            f"({seen[item.id]}); ids must be unique")
        seen[item.id] = where
        items.append(item)
        if limit is not None and len(items) >= limit:
            break
    if not items:
        raise ItemError(f"{source}: no items")
    return items


def load_hub_items(dataset_id: str, subset: str | None, split: str,
                   limit: int | None = None) -> list[MCItem]:
    """Items from an HF hub dataset (cached copy when offline); a clear error if missing."""
    import datasets

    source = f"hub:{dataset_id}" + (f"[{subset}]" if subset else "") + f"/{split}"
    try:
        data = datasets.load_dataset(dataset_id, subset, split=split)
    except Exception as err:  # noqa: BLE001 - datasets raises many kinds; all mean "not here"
        offline = os.environ.get("HF_HUB_OFFLINE", "0") not in ("", "0", "false")
        why = ("the hub is offline (HF_HUB_OFFLINE=1) and it is not in the local HF cache"
               if offline else f"{type(err).__name__}: {str(err)[:200]}")
        raise ItemError(
            f"{source}: cannot load ({why}); download it once where there is network "
            f"(datasets.load_dataset({dataset_id!r}, {subset!r})) or pass a local "
            "CSV/JSONL/Parquet file with KazMMLU's columns") from None
    rows = ((f"row {i}", row) for i, row in enumerate(data, 1))
    return parse_rows(list(data.column_names), rows, source, subset, limit)


def load_items(source: str | Path, subset: str | None = None, split: str = "test",
               limit: int | None = None) -> list[MCItem]:
    """A local CSV/TSV/JSONL/Parquet file, or a hub dataset id (`owner/name`)."""
    path = Path(source).expanduser()
    if path.exists():
        if path.is_dir():
            raise ItemError(f"{path}: is a folder; pass an item file "
                            f"({', '.join(FILE_SUFFIXES)}) or a hub dataset id")
        columns, rows = _read_rows(path)
        return parse_rows(columns, rows, str(path), subset=None, limit=limit)
    if path.suffix.lower() in FILE_SUFFIXES or not _HUB_ID.match(str(source)):
        raise ItemError(f"{source}: no such item file (and not a hub id like "
                        "MBZUAI/KazMMLU)")
    return load_hub_items(str(source), subset, split, limit)
