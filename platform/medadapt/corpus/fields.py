"""Rule-based orthopedic fields from a de-identified case history (one row per patient).

Every field comes from an explicit statement found by its clinical vocabulary and the
structure of the sentence (`diagnosis.py`, `treatment.py`), not by one hospital's headings;
where no statement is found the field is None, never a default. Headings and labels are used
only for the verbatim pre/post-operative diagnosis texts, which quote the record.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from medadapt.corpus.clauses import sentences
from medadapt.corpus.codes import icd10_codes
from medadapt.corpus.diagnosis import (
    FRACTURE_SITES,
    OA_SITES,
    fracture_fields,
    kl_grade,
    oa_grade,
    primary_finding,
    record_icd10,
    side_of,
)
from medadapt.corpus.lexicon import Lexicon, load_lexicon
from medadapt.corpus.sections import RecordSection, find_blocks, split_sections
from medadapt.corpus.treatment import (
    aftercare_fields,
    complaints_of,
    mechanism_of,
    operation_fields,
    operation_sentences,
)
from medadapt.corpus.visits import card_visits, starts_after_stay
from medadapt.ingest.language import language_shares

__all__ = ["empty_fields", "extract_document", "extract_patient", "icd10_codes", "kl_grade",
           "merge_documents", "detect_language", "LIST_FIELDS", "CONDITION"]

CONDITION = {**dict.fromkeys(FRACTURE_SITES, "fracture"), "hip_oa": "osteoarthritis",
             "knee_oa": "osteoarthritis", "acl": "ligament_injury", "meniscus": "meniscus_tear"}
UPPER_LIMB = ("distal_radius", "proximal_humerus", "radial_head", "humeral_shaft", "clavicle")
OA_JOINT = {"hip_oa": "hip", "knee_oa": "knee"}
SOFT_TISSUE = {"acl": "ACL", "meniscus": "medial_meniscus"}
LIST_FIELDS = ("doc_ids", "icd10", "implants", "complaints", "rehabilitation", "restrictions")

_ICD = re.compile(r"(?<![\w/-])([A-TV-ZАВЕКМНОРСТХЅ]\d{2}(?:\.\d{1,2})?)(?![\w.]?\d)")
_PRE = re.compile(r"диагноз.*(поступлен|направ)|(жолдама|түскен).*диагноз|предварительн\w* диагн"
                  r"|алдын ала диагноз|^диагноз$|основн\w* диагноз|негізгі диагноз")
_POST = re.compile(r"(после операц|послеоперац).*диагноз|диагноз.*после операц"
                   r"|(отадан|операциядан) кейінгі диагноз")
_FINAL = re.compile(r"заключительн\w* диагноз|қорытынды диагноз|клиническ\w* диагноз")
_STATE = re.compile(r"(состояние после операции|отадан кейінгі жағдай|операциядан кейінгі жағдай)"
                    r"\s*:", re.IGNORECASE)
_SAME = re.compile(r"^\W*(тот же|то же|сол|сол сияқты|өзгеріссіз)\W*$", re.IGNORECASE)


def empty_fields() -> dict[str, Any]:
    """The row layout of patients.parquet; None = not stated in the record."""
    names = ("patient_id", "center", "language", "n_documents", "condition", "site", "side",
             "limb", "fracture_localization", "fracture_displaced", "fracture_comminuted",
             "fracture_open", "ao_ota", "oa_joint", "kl_grade", "soft_tissue", "mechanism",
             "procedure_type", "procedure", "procedure_text", "anesthesia", "blood_loss_ml",
             "diagnosis_pre", "diagnosis_post", "follow_up_weeks", "follow_up_note",
             "rehabilitation_text", "weight_bearing_weeks", "restrictions_text")
    return dict.fromkeys((*names, *LIST_FIELDS))


def _end_of_sentence(text: str, start: int) -> int:
    match = re.compile(r"\.(\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«])|\s*$)").search(text, start)
    return match.start() + 1 if match else len(text)


def clean_diagnosis(text: str) -> str:
    """Cut a diagnosis after its ICD-coded sentence and its optional post-operative state."""
    text = " ".join(text.split())
    codes = list(_ICD.finditer(text))
    if not codes:
        return text
    end = _end_of_sentence(text, codes[-1].end())
    state = _STATE.search(text, end)
    if state and not text[end:state.start()].strip():
        end = _end_of_sentence(text, state.end())
    return text[:end].strip()


def _diagnoses(sections: list[RecordSection]) -> tuple[str | None, str | None, str | None]:
    pre = find_blocks(sections, _PRE)
    post = find_blocks(sections, _POST)
    final = find_blocks(sections, _FINAL)

    def first(blocks: list) -> str | None:
        return clean_diagnosis(blocks[0].text) if blocks and blocks[0].text.strip() else None

    return first(pre), first(post), first(final)


def detect_language(text: str) -> str:
    """ru / kk / mixed from the share of Kazakh and Russian lines (names and codes aside)."""
    kk = ru = 0
    for line in text.splitlines():
        k, r = language_shares(line)
        if k + r == 0 or len(line) < 25:
            continue
        if k >= 0.3:
            kk += len(line)
        elif k <= 0.08:
            ru += len(line)
    total = kk + ru
    if total == 0:
        return "ru"
    share = kk / total
    return "kk" if share >= 0.9 else "ru" if share <= 0.1 else "mixed"


def _anatomy(row: dict[str, Any], sents: list, lex: Lexicon, op_norm: str) -> None:
    finding = primary_finding(sents, lex, row["procedure"], op_norm)
    if finding is None:
        return
    site = row["site"] = row["fracture_localization"] = finding.site
    row["condition"] = CONDITION[site]
    row["limb"] = "upper" if site in UPPER_LIMB else "lower"
    row["oa_joint"] = OA_JOINT.get(site)
    row["soft_tissue"] = SOFT_TISSUE.get(site)
    row["side"] = side_of(finding, lex)
    if site in FRACTURE_SITES:
        row.update(fracture_fields(finding, sents, lex))
    else:
        row["fracture_localization"] = None
    if site in OA_SITES:
        row["kl_grade"] = oa_grade(finding, sents)


def extract_document(text: str, lex: Lexicon | None = None) -> dict[str, Any]:
    """Fields of one de-identified document (patient-level keys left None)."""
    lex = lex or load_lexicon()
    sents = sentences(text)
    row = empty_fields()
    row["language"] = detect_language(text)
    pre, post, final = _diagnoses(split_sections(text, lex))
    if post and _SAME.match(post):
        post = pre  # "Диагноз после операции: тот же." refers back
    row["diagnosis_pre"], row["diagnosis_post"] = pre, post or final
    operation = operation_fields(sents, lex)
    row.update(operation)
    ops = operation_sentences(sents, lex)
    _anatomy(row, sents, lex, ops[0].norm if ops else "")
    row["icd10"] = record_icd10(sents)
    visits = card_visits(sents)  # a multi-visit card: first visit, last visit
    first = visits[0] if visits else sents
    # a card opened after a hospital stay: only complaints labelled as presenting ones
    row["complaints"], _ = complaints_of(first, lex, bool(visits) and starts_after_stay(first))
    if row["condition"] not in (None, "osteoarthritis"):
        row["mechanism"] = mechanism_of(first, lex) or mechanism_of(sents, lex)
    row["procedure_type"] = lex.procedure_type.get(row["procedure"]) if row["procedure"] else None
    row.update(aftercare_fields(sents, lex, visits[-1] if visits else None))
    return row


def merge_documents(rows: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """One patient row from per-document rows: first stated value wins, lists are unioned."""
    merged = empty_fields()
    languages = []
    for row in rows:
        languages.append(row["language"])
        for key, value in row.items():
            if key in LIST_FIELDS and value is not None:
                merged[key] = list(dict.fromkeys([*(merged[key] or []), *value]))
            elif merged.get(key) is None and value is not None:
                merged[key] = value
    distinct = set(languages)
    merged["language"] = languages[0] if len(distinct) == 1 else ("mixed" if distinct else None)
    return merged


def extract_patient(patient_id: str, documents: list[dict[str, Any]],
                    lex: Lexicon | None = None) -> dict[str, Any]:
    """Fields of one patient from their documents (dicts in the ingest document schema)."""
    documents = sorted(documents, key=lambda d: (d.get("source") or "", d["doc_id"]))
    row = merge_documents(extract_document(d["text"], lex) for d in documents)
    row["patient_id"] = patient_id
    row["center"] = documents[0].get("center")
    row["n_documents"] = len(documents)
    row["doc_ids"] = [d["doc_id"] for d in documents]
    return row
