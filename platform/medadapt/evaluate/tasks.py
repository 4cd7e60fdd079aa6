"""In-domain clinical tasks, scored beside KazMMLU: the corpus test split's own dialogues.

The point of adapting a backbone to a hospital's records is to do the hospital's tasks, and
domain training can lower general scores while raising these, so both are measured. Each
task reads the corpus's dialogues of one kind (the DESIGN dialogue contract), keeps the
user turn as the prompt and the assistant turn as the reference, and scores a greedy
generation with a metric that fits the answer:

| task | dialogues | metric (per item, 0..1) | binary |
|---|---|---|---|
| icd10 | diagnosis | exact_match: same set of ICD-10 codes | yes |
| terminology | terminology | exact_match: same standard term (first line) | yes |
| extraction | extraction | field_f1: F1 over the JSON fields stated (null = not stated) | no |
| rehabilitation | rehabilitation | chrf: sacrebleu chrF of the plan (word order and
  inflection vary, exact match does not fit) | no |
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

INDOMAIN_TASKS: dict[str, tuple[str, str, int]] = {
    # task -> (corpus dialogue task, metric, max new tokens)
    "icd10": ("diagnosis", "exact_match", 96),
    "terminology": ("terminology", "exact_match", 40),
    "extraction": ("extraction", "field_f1", 200),
    "rehabilitation": ("rehabilitation", "chrf", 96),
}
BINARY_METRICS = {"exact_match"}
ICD10 = re.compile(r"\b([A-TV-Z]\d{2}(?:\.\d{1,2})?)\b")


@dataclass(frozen=True)
class TaskItem:
    """One in-domain item: the user turn(s) as the prompt, the assistant turn as reference."""

    id: str
    task: str
    patient_id: str
    language: str
    messages: list[dict[str, str]]
    reference: str

    def to_record(self) -> dict[str, Any]:
        record = asdict(self)
        record["messages"] = json.dumps(self.messages, ensure_ascii=False)
        return record

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> TaskItem:
        data = dict(record)
        if isinstance(data["messages"], str):
            data["messages"] = json.loads(data["messages"])
        return cls(**{k: data[k] for k in cls.__dataclass_fields__})


def task_metric(task: str) -> str:
    return INDOMAIN_TASKS[task][1]


def load_task_items(paths: Sequence[str | Path], tasks: Sequence[str],
                    limit: int | None = None) -> list[TaskItem]:
    """Items of each task from dialogue JSONL files (at most `limit` per task, file order)."""
    unknown = sorted(set(tasks) - set(INDOMAIN_TASKS))
    if unknown:
        raise ValueError(f"eval.tasks: unknown {unknown}; known: {sorted(INDOMAIN_TASKS)}")
    wanted = {INDOMAIN_TASKS[t][0]: t for t in tasks}
    items: list[TaskItem] = []
    counts = dict.fromkeys(tasks, 0)
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            task = wanted.get(row.get("task"))
            if task is None or (limit is not None and counts[task] >= limit):
                continue
            *prompt, answer = row["messages"]
            if answer["role"] != "assistant":
                continue
            counts[task] += 1
            items.append(TaskItem(id=f"{task}/{row['id']}", task=task,
                                  patient_id=row["patient_id"], language=row["language"],
                                  messages=prompt, reference=answer["content"]))
    return items


def icd10_codes(text: str) -> set[str]:
    return set(ICD10.findall(text or ""))


def _first_line(text: str) -> str:
    line = (text or "").strip().split("\n")[0]
    return re.sub(r"\s+", " ", line).strip(" .").casefold()


def first_json_object(text: str) -> dict[str, Any] | None:
    """The first balanced {...} in the text that parses as a JSON object, else None."""
    start = (text or "").find("{")
    while start >= 0:
        depth = 0
        for end in range(start, len(text)):
            depth += {"{": 1, "}": -1}.get(text[end], 0)
            if depth == 0:
                try:
                    value = json.loads(text[start:end + 1])
                except ValueError:
                    break
                return value if isinstance(value, dict) else None
        start = text.find("{", start + 1)
    return None


def field_counts(pred: dict[str, Any] | None, gold: dict[str, Any]) -> dict[str, tuple[int,
                                                                                        int,
                                                                                        int]]:
    """Per field: (true positive, predicted, gold); a field counts when it is not null."""
    pred = pred or {}
    out = {}
    for key, value in gold.items():
        guess = pred.get(key)
        stated, guessed = value is not None, guess is not None
        out[key] = (int(stated and guessed and guess == value), int(guessed), int(stated))
    return out


def f1(tp: int, predicted: int, gold: int) -> float:
    return 1.0 if predicted + gold == 0 else 2 * tp / (predicted + gold)


def chrf(output: str, reference: str) -> float:
    """sacrebleu's chrF (character n-gram F-score, beta 2), as a fraction."""
    from sacrebleu.metrics import CHRF

    return float(CHRF().sentence_score(output or "", [reference]).score) / 100


def score_output(task: str, output: str, reference: str) -> dict[str, Any]:
    """{'score': 0..1, and for extraction the per-field counts} for one generation."""
    if task == "icd10":
        gold = icd10_codes(reference)
        return {"score": float(bool(gold) and icd10_codes(output) == gold)}
    if task == "terminology":
        return {"score": float(_first_line(output) == _first_line(reference))}
    if task == "extraction":
        gold = first_json_object(reference) or {}
        pred = first_json_object(output)
        counts = field_counts(pred, gold)
        totals = [sum(c[i] for c in counts.values()) for i in range(3)]
        return {"score": f1(*totals), "fields": counts, "json_valid": pred is not None}
    if task == "rehabilitation":
        return {"score": chrf(output, reference)}
    raise ValueError(f"unknown in-domain task {task!r}; known: {sorted(INDOMAIN_TASKS)}")
