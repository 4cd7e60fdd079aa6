"""`medadapt deid` file contract: JSONL in, JSONL out, one document per line.

Input lines are `{"id", "text", "patient"?}`; output lines `{"id", "text", "spans": [{"start",
"end", "label", "replacement"}]}` with offsets into the input text. A malformed line stops the
run with its file and line number (never its content: it may hold patient data).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from medadapt.errors import UserError

from .engine import Deidentifier


class DeidInputError(UserError):
    """A line of the input JSONL does not follow the contract."""


def _parse_line(raw: str, path: Path, lineno: int) -> dict:
    where = f"{path}, line {lineno}"
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise DeidInputError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno}); "
                             "each line must be one JSON object") from None
    if not isinstance(obj, dict):
        raise DeidInputError(f"{where}: expected a JSON object, got {type(obj).__name__}")
    if "id" not in obj or not isinstance(obj.get("text"), str):
        raise DeidInputError(f"{where}: needs an \"id\" and a string \"text\" field")
    patient = obj.get("patient")
    if patient is not None and not isinstance(patient, str | int):
        raise DeidInputError(f"{where}: \"patient\" must be a string if given")
    extra = set(obj) - {"id", "text", "patient"}
    if extra:
        raise DeidInputError(f"{where}: unexpected field(s) {sorted(extra)}; allowed are id, "
                             "text, patient")
    return obj


def deidentify_jsonl(input_path: Path, output_path: Path, deidentifier: Deidentifier) -> dict:
    """De-identify every line; returns counts only (documents, characters, spans per label)."""
    input_path, output_path = Path(input_path), Path(output_path)
    labels: Counter[str] = Counter()
    docs = chars = 0
    output_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = output_path.with_name(output_path.name + ".partial")
    with input_path.open(encoding="utf-8") as src, tmp.open("w", encoding="utf-8") as dst:
        for lineno, raw in enumerate(src, start=1):
            if not raw.strip():
                continue
            obj = _parse_line(raw, input_path, lineno)
            patient = obj.get("patient")
            result = deidentifier.deidentify(obj["text"], None if patient is None else str(patient))
            row = {"id": obj["id"], "text": result.text,
                   "spans": [s.to_dict() for s in result.spans]}
            dst.write(json.dumps(row, ensure_ascii=False) + "\n")
            docs += 1
            chars += len(obj["text"])
            labels.update(s.label for s in result.spans)
    tmp.replace(output_path)
    return {"documents": docs, "characters": chars, "spans": sum(labels.values()),
            "spans_by_label": dict(sorted(labels.items()))}
