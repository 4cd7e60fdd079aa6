"""One patient's share of the corpus: fields, dialogues and the per-dialogue filters.

This is the unit of parallel work. The in-process build calls it in a loop; the Ray Data
build calls it once per patient group on an actor pool. It depends only on the patient's own
documents, so both give the same result, and a worker holds one patient at a time.
The split is decided later, over all patients, so dialogues leave here with `split` empty.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from medadapt.corpus.dialogues import DialogueStats, build_dialogues, dialogue_text
from medadapt.corpus.fields import extract_patient
from medadapt.corpus.filters import KeywordMatcher
from medadapt.corpus.lexicon import load_lexicon
from medadapt.corpus.sections import split_sections
from medadapt.corpus.settings import CorpusConfig

ITEM_FILTERS = ("too_long", "short_answer", "low_density")  # counted per patient
DEDUP_FILTERS = ("exact_duplicate", "near_duplicate")  # counted over the whole corpus


@dataclass
class PatientResult:
    row: dict[str, Any]  # extracted fields (DESIGN patients contract), no split yet
    dialogues: list[dict[str, Any]]  # kept by the per-dialogue filters, in build order
    built: dict[str, int]  # DialogueStats counts
    removed: dict[str, int] = field(default_factory=dict)  # per ITEM_FILTERS


def token_counter(model: str):
    """(count(text), rendered(dialogue)) with the backbone's tokenizer and chat template."""
    from transformers import AutoTokenizer

    from medadapt.tiny import resolve_model

    tokenizer = AutoTokenizer.from_pretrained(resolve_model(model))

    @lru_cache(maxsize=65536)
    def count(text: str) -> int:
        return len(tokenizer(text, add_special_tokens=False)["input_ids"])

    def rendered(dialogue: dict[str, Any]) -> int:
        if getattr(tokenizer, "chat_template", None):
            return count(tokenizer.apply_chat_template(dialogue["messages"], tokenize=False))
        return count(dialogue_text(dialogue)) + 16

    return count, rendered


class PatientBuilder:
    """Holds what every patient needs (lexicon, tokenizer, keyword matcher): one per process
    or actor, built once."""

    def __init__(self, cfg: CorpusConfig) -> None:
        self.cfg = cfg
        self.lex = load_lexicon()
        self.count, self.rendered = token_counter(cfg.model)
        self.matcher = KeywordMatcher(dict.fromkeys(self.lex.keywords["ru"]
                                                    + self.lex.keywords["kk"]))

    def __call__(self, patient_id: str, documents: list[dict[str, Any]]) -> PatientResult:
        row = extract_patient(patient_id, documents, self.lex)
        by_id = {doc["doc_id"]: doc for doc in documents}
        sections = [s for doc_id in row["doc_ids"]
                    for s in split_sections(by_id[doc_id]["text"], self.lex)]
        stats = DialogueStats()
        dialogues = build_dialogues(row, sections, self.lex, self.count, self.cfg, stats)
        kept, removed = self.filter(dialogues)
        return PatientResult(row, kept, stats.as_dict(), removed)

    def filter(self, dialogues: list[dict[str, Any]]
               ) -> tuple[list[dict[str, Any]], dict[str, int]]:
        """Token budget, answer length and knowledge density, in that order (DESIGN)."""
        cfg, removed = self.cfg, Counter()
        kept = []
        for dialogue in dialogues:
            if not 1 <= self.rendered(dialogue) <= cfg.max_tokens:
                removed["too_long"] += 1
            elif len(dialogue["messages"][-1]["content"]) < cfg.min_answer_chars:
                removed["short_answer"] += 1
            else:
                density = self.matcher.density(dialogue_text(dialogue))
                if density.distinct >= cfg.min_keywords and \
                        density.share >= cfg.min_keyword_share:
                    kept.append(dialogue)
                else:
                    removed["low_density"] += 1
        return kept, {name: removed[name] for name in ITEM_FILTERS}
