"""Bilingual ChatML dialogues per patient (DESIGN dialogue contract).

Each task pairs an instruction in Russian or Kazakh plus record context with an answer built
from the extracted fields (`answers.py`). Monolingual pairs come in every configured
language; each task also gets one cross-lingual pair (question in one language, answer in
the other, `language: "mixed"`), its direction chosen per patient so both occur.
Token counts use the target backbone's tokenizer and chat template.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from medadapt.corpus import answers
from medadapt.corpus.context import excerpts_by_kind, fit_context
from medadapt.corpus.lexicon import Lexicon
from medadapt.corpus.sections import RecordSection
from medadapt.corpus.settings import CorpusConfig
from medadapt.records import Dialogue

TASKS = ("summary", "diagnosis", "terminology", "rehabilitation", "extraction")
TEMPLATE_OVERHEAD = 16  # role markers and separators of a two-turn ChatML render


@dataclass
class DialogueStats:
    built: int = 0
    skipped_missing_fields: int = 0
    multi_chunk_contexts: int = 0
    truncated_sections: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class DialogueSpec:
    task: str
    question_lang: str
    answer_lang: str

    @property
    def language(self) -> str:
        return self.question_lang if self.question_lang == self.answer_lang else "mixed"


def _pick(key: str, n: int) -> int:
    return int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) % n


def dialogue_specs(patient_id: str, tasks: list[str], languages: list[str],
                   cross_lingual: bool) -> list[DialogueSpec]:
    """Monolingual pairs per language + one cross-lingual pair per task (not extraction)."""
    specs = [DialogueSpec(t, lang, lang) for t in tasks for lang in languages]
    if cross_lingual and {"ru", "kk"} <= set(languages):
        for task in tasks:
            if task == "extraction":  # its answer is JSON: no answer language to cross to
                continue
            q, a = ("kk", "ru") if _pick(f"{patient_id}/{task}/x", 2) == 0 else ("ru", "kk")
            specs.append(DialogueSpec(task, q, a))
    return specs


def _instruction(spec: DialogueSpec, patient_id: str, **values: str) -> str:
    options = answers.load_prompts()["instructions"][spec.task][spec.question_lang]
    template = options[_pick(f"{patient_id}/{spec.task}/{spec.language}", len(options))]
    return template.replace("{context}", values.get("context", "")) \
        .replace("{term}", values.get("term", "")).replace("{keys}", values.get("keys", ""))


def _answer(spec: DialogueSpec, row: dict[str, Any], lex: Lexicon) -> str | None:
    lang = spec.answer_lang
    if spec.task == "summary":
        return answers.summary_answer(row, lex, lang)
    if spec.task == "diagnosis":
        return answers.diagnosis_answer(row, lex, lang)
    if spec.task == "rehabilitation":
        return answers.rehabilitation_answer(row, lex, lang)
    if spec.task == "extraction":
        return answers.extraction_answer(row) if row.get("site") else None
    raise ValueError(f"corpus.tasks: unknown task {spec.task!r}; known: {list(TASKS)}")


def _record(row: dict[str, Any], spec: DialogueSpec, index: int, user: str,
            answer: str) -> dict[str, Any]:
    pid = row["patient_id"]
    return {"id": f"{pid}-{spec.task}-{spec.question_lang}{spec.answer_lang}-{index}",
            "patient_id": pid, "language": spec.language, "split": row.get("split", ""),
            "task": spec.task,
            "messages": [{"role": "user", "content": user},
                         {"role": "assistant", "content": answer}]}


def build_dialogues(row: dict[str, Any], sections: list[RecordSection], lex: Lexicon,
                    count: Callable[[str], int], cfg: CorpusConfig,
                    stats: DialogueStats) -> list[dict[str, Any]]:
    """All dialogues of one patient; tasks whose fields are missing are skipped, not faked.
    `cfg` gives the token budget, tasks, instruction languages and cross-lingual pairs."""
    out: list[dict[str, Any]] = []
    pid, max_tokens = row["patient_id"], cfg.max_tokens
    by_kind = excerpts_by_kind(sections)
    for spec in dialogue_specs(pid, cfg.tasks, cfg.languages, cfg.cross_lingual):
        if spec.task == "terminology":
            for i, (term, table, code) in enumerate(answers.terminology_pairs(row)):
                answer = answers.terminology_answer(row, table, code, lex, spec.answer_lang)
                out.append(_record(row, spec, i, _instruction(spec, pid, term=term), answer))
            continue
        answer = _answer(spec, row, lex)
        if answer is None:
            stats.skipped_missing_fields += 1
            continue
        keys = ", ".join(answers.EXTRACTION_KEYS)
        frame = _instruction(spec, pid, context="", keys=keys)
        budget = max_tokens - count(frame) - count(answer) - TEMPLATE_OVERHEAD
        if budget <= 0:
            stats.skipped_missing_fields += 1
            continue
        context = fit_context(by_kind, spec.task, budget, count)
        stats.multi_chunk_contexts += context.chunks > 1
        stats.truncated_sections += context.truncated
        user = _instruction(spec, pid, context=context.text, keys=keys)
        out.append(_record(row, spec, 0, user, answer))
    stats.built += len(out)
    return out


def dialogue_text(dialogue: dict[str, Any]) -> str:
    return "\n".join(m["content"] for m in dialogue["messages"])


def to_jsonl(dialogues: list[dict[str, Any]]) -> str:
    """JSONL through the typed `records.Dialogue`: a dialogue that breaks the DESIGN contract
    (a missing key, an unknown role) fails here, before it is written."""
    return "".join(json.dumps(Dialogue.from_dict(d).to_json(), ensure_ascii=False) + "\n"
                   for d in dialogues)
