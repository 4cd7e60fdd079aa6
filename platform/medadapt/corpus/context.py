"""Clinical context for the user turn: record sections that matter, fitted to a token budget.

Identity blocks (name, birth date, IIN, address, contacts, staff) are dropped and any
identifier-shaped string left (phones, IINs, e-mails; surrogates look real) is masked, so
the corpus passes the leak scan. Daily rounds and lab sheets are left out: they carry no
orthopedic facts and would crowd the budget. Sections are packed in task priority order
into chunks of at most the budget; the first chunk is the context, the rest are counted.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from medadapt.corpus.lexicon import fold
from medadapt.corpus.sections import RecordSection
from medadapt.deid import scan_for_leaks

_DROP_LABEL = re.compile(
    r"(ф\.?и\.?о|т\.а\.ә|аты-жөні|пациент$|^науқас$|дата рождения|туған күні|иин|жсн|документ"
    r"|құжаты|адрес|мекенжай|место жительства|контакт|байланыс|\bтел\b|e-mail|хирург|ассистент"
    r"|анестезиолог|медсестра|мейіргер|отделением|меңгерушісі|лечащий врач|емдеуші дәрігер"
    r"|дата поступления|түскен күні|дата операции|ота күні|дата выписки)")
_DIAGNOSIS_LABEL = re.compile(r"диагноз")
_DROP_SENTENCE = re.compile(r"[^.]*(г\.р\.|\bиин\b|\bжсн\b|туған"
                            r"|со слов (дочери|сына|жены|мужа|брата|сестры|матери|отца)"
                            r"|ұлы|қызы|жұбайы|апасы|інісі|ағасы|выписка выдана|үзінді науқас"
                            r"|информированное согласие|келісімге қол)[^.]*\.\s*", re.IGNORECASE)
MASK = "[…]"
TASK_SECTIONS: dict[str, tuple[str, ...]] = {
    "summary": ("header", "complaints", "operative", "discharge", "rehabilitation",
                "recommendations", "imaging", "examination"),
    "diagnosis": ("header", "complaints", "imaging", "operative", "discharge", "examination"),
    "rehabilitation": ("header", "operative", "rehabilitation", "recommendations", "discharge"),
    "extraction": ("header", "complaints", "operative", "rehabilitation", "recommendations",
                   "discharge", "imaging", "examination"),
}


@dataclass(frozen=True)
class Context:
    text: str
    chunks: int  # how many section chunks the task's context made; only the first is used
    truncated: bool  # a single section was longer than the budget and was cut


def mask_identifiers(text: str) -> str:
    """Replace identifier-shaped spans found by the leak scanner with a neutral mask."""
    findings = scan_for_leaks(text)
    for finding in sorted(findings, key=lambda f: f.start, reverse=True):
        text = text[:finding.start] + MASK + text[finding.end:]
    return text


def section_excerpt(section: RecordSection) -> str:
    """A section's clinical text (identity blocks, relatives and dated notes left out)."""
    lines = []
    for block in section.blocks:
        label = fold(block.label or "")
        if block.dated or (label and _DROP_LABEL.search(label)):
            continue
        if section.kind == "header" and not _DIAGNOSIS_LABEL.search(label):
            continue
        text = _DROP_SENTENCE.sub("", block.text).strip()
        if text:
            lines.append(f"{block.label}: {text}" if block.label else text)
    if not lines:
        return ""
    body = "\n".join(lines)
    return mask_identifiers(f"{section.heading}\n{body}" if section.heading else body)


def excerpts_by_kind(sections: list[RecordSection]) -> dict[str, list[str]]:
    """Each section's excerpt once per record (tasks reuse them in their own order)."""
    out: dict[str, list[str]] = {}
    for section in sections:
        excerpt = section_excerpt(section)
        if excerpt:
            out.setdefault(section.kind, []).append(excerpt)
    return out


def fit_context(by_kind: dict[str, list[str]], task: str, budget: int,
                count: Callable[[str], int]) -> Context:
    """Pack the task's sections (priority order) into chunks of <= `budget` tokens."""
    order = TASK_SECTIONS.get(task, TASK_SECTIONS["summary"])
    excerpts = [e for kind in order for e in by_kind.get(kind, [])]
    chunks: list[list[str]] = [[]]
    used, truncated = 0, False
    for excerpt in excerpts:
        size = count(excerpt) + 1
        if size > budget:
            excerpt, size, truncated = _cut(excerpt, budget, count), budget, True
        if used + size > budget and chunks[-1]:
            chunks.append([])
            used = 0
        chunks[-1].append(excerpt)
        used += size
    return Context("\n\n".join(chunks[0]), len([c for c in chunks if c]), truncated)


def _cut(text: str, budget: int, count: Callable[[str], int]) -> str:
    """Keep whole lines while they fit (a section longer than the whole budget)."""
    kept: list[str] = []
    for line in text.split("\n"):
        if count("\n".join([*kept, line])) > budget:
            break
        kept.append(line)
    return "\n".join(kept)
