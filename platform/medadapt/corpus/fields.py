"""Rule-based orthopedic fields from a de-identified case history (one row per patient).

Every field comes from an explicit statement in a known place (the diagnosis, the
complaints at admission, the operative protocol, the rehabilitation plan); where that
statement is missing the field is None, never a default. Diagnosis text outranks imaging
conclusions, which records sometimes state with a different classification.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from medadapt.corpus.lexicon import Lexicon, fold, load_lexicon
from medadapt.corpus.sections import RecordSection, find_blocks, section_text, split_sections
from medadapt.ingest.language import language_shares

FRACTURE_SITES = ("femoral_neck", "pertrochanteric", "femoral_shaft", "distal_radius", "ankle",
                  "tibial_shaft", "proximal_humerus", "patella")
CONDITION = {**dict.fromkeys(FRACTURE_SITES, "fracture"), "hip_oa": "osteoarthritis",
             "knee_oa": "osteoarthritis", "acl": "ligament_injury", "meniscus": "meniscus_tear"}
UPPER_LIMB = ("distal_radius", "proximal_humerus")
OA_JOINT = {"hip_oa": "hip", "knee_oa": "knee"}
SOFT_TISSUE = {"acl": "ACL", "meniscus": "medial_meniscus"}
LIST_FIELDS = ("doc_ids", "icd10", "implants", "complaints", "rehabilitation", "restrictions")

_LOOKALIKE = str.maketrans("АВЕКМНОРСТХаеорсхІі", "ABEKMHOPCTXaeopcxIi")
_ICD = re.compile(r"(?<![\w/-])([A-TV-ZАВЕКМНОРСТХ]\d{2}(?:\.\d{1,2})?)(?![\w.]?\d)")
_AO = re.compile(r"(?<![\w-])(\d{2}|\d[RLU]\d)-([ABCАВС]\d(?:\.\d)?)(?![\w])")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_R = r"[IІ]V|[IІ]{1,3}"  # Roman numerals, Latin or Kazakh-Cyrillic І
_KL = re.compile(rf"(?i:kellgren|келлгрен)\D{{0,40}}?\b([1-4]|{_R})\b"
                 rf"|\b({_R}|[1-4])\s*(?i:стади|саты|степен|дәреже)"
                 rf"|(?i:стади\w*|саты|степен\w*|тип)\s*({_R}|[1-4])\b")
_PRE = re.compile(r"диагноз.*(поступлен|направ)|(жолдама|түскен).*диагноз|предварительн\w* диагн"
                  r"|алдын ала диагноз|^диагноз$")
_POST = re.compile(r"(после операц|послеоперац).*диагноз|диагноз.*после операц"
                   r"|(отадан|операциядан) кейінгі диагноз")
_FINAL = re.compile(r"заключительн\w* диагноз|қорытынды диагноз|клиническ\w* диагноз")
_STATE = re.compile(r"(состояние после операции|отадан кейінгі жағдай|операциядан кейінгі жағдай)"
                    r"\s*:", re.IGNORECASE)
_PERFORMED = re.compile(r"(выполнен\w*|орындалды)\s*:\s*(.*?)(?:[.;]\s|$)", re.IGNORECASE)
_IMPLANTS = re.compile(r"(установлен\w*|орнатылды|имплантирован\w*)\s*:\s*(.*?)(?:\.\s|\.$|$)",
                       re.IGNORECASE)
_COMPLAINTS = re.compile(r"(жалоб\w*(?:\s+при поступлении)?\s*(?:на|:)|шағымдары\s*:)\s*(.*?)"
                         r"(?:\.\s|\.$|$)", re.IGNORECASE)
_WEEKS = re.compile(r"(\d{1,2})\s*(?:-?х\s*)?(?:недел|нед\.|нед\b|апта)", re.IGNORECASE)
_BLOOD = re.compile(r"(кровопотер\w*|қан жоғалт\w*)\D{0,15}(\d{2,4})\s*мл", re.IGNORECASE)
_PROGRAM = re.compile(r"программа|бағдарлама|рекомендовано|реабилитац|оңалту")
_LIMITS = re.compile(r"ограничени|шектеу")
_FOLLOW = re.compile(r"((контрольн\w*|повторн\w*|явка)[^.]{0,80}?через\s*\d+"
                     r"|\d+\s*(апта|ай)\w*\s+кейін\s+[^.]{0,40}?бақылау)[^—–\n]*", re.IGNORECASE)
_LOCATION = re.compile(r"в области.*|^.*аймағында", re.IGNORECASE)
_TRAUMA = re.compile(r"[^.]*(со слов|айтуынша|травм|жарақат|упал|құлаған|получил)[^.]*\.",
                     re.IGNORECASE)


def empty_fields() -> dict[str, Any]:
    """The row layout of patients.parquet; None = not stated in the record."""
    names = ("patient_id", "center", "language", "n_documents", "condition", "site", "side",
             "limb", "fracture_localization", "fracture_displaced", "fracture_comminuted",
             "fracture_open", "ao_ota", "oa_joint", "kl_grade", "soft_tissue", "mechanism",
             "procedure_type", "procedure", "procedure_text", "anesthesia", "blood_loss_ml",
             "diagnosis_pre", "diagnosis_post", "follow_up_weeks", "follow_up_note",
             "rehabilitation_text", "weight_bearing_weeks", "restrictions_text")
    return dict.fromkeys((*names, *LIST_FIELDS))


def icd10_codes(text: str) -> list[str]:
    """ICD-10 codes (Cyrillic look-alike letters mapped to Latin), in order, unique."""
    return list(dict.fromkeys(m.group(1).translate(_LOOKALIKE) for m in _ICD.finditer(text)))


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


def _strip_state(diagnosis: str) -> str:
    state = _STATE.search(diagnosis)
    return diagnosis[:state.start()] if state else diagnosis


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


def _fracture(row: dict[str, Any], diagnosis: str, lex: Lexicon) -> None:
    folded = fold(diagnosis)
    if row["condition"] != "fracture" and not any(
            p.search(folded) for p in lex.tables["fracture"]["marker"]):
        return
    row["fracture_localization"] = row["site"]
    tables = lex.tables["fracture"]
    if any(p.search(folded) for p in tables["not_displaced"]):
        row["fracture_displaced"] = False
    elif any(p.search(folded) for p in tables["displaced"]):
        row["fracture_displaced"] = True
    # The fracture diagnosis is stated: no comminution term there means a simple fracture.
    row["fracture_comminuted"] = any(p.search(folded) for p in tables["comminuted"])
    if any(p.search(folded) for p in tables["open"]):
        row["fracture_open"] = True
    elif any(p.search(folded) for p in tables["closed"]):
        row["fracture_open"] = False
    ao = _AO.search(diagnosis.translate(_LOOKALIKE))
    row["ao_ota"] = f"{ao.group(1)}-{ao.group(2)}" if ao else None


def kl_grade(*texts: str) -> int | None:
    """Kellgren-Lawrence grade from the first text that states one (diagnosis first)."""
    for text in texts:
        match = _KL.search(text)
        if match:
            value = next(g for g in match.groups() if g).translate(_LOOKALIKE)
            return int(value) if value.isdigit() else _ROMAN[value.upper()]
    return None


def _anatomy(row: dict[str, Any], diagnosis: str, sections: list[RecordSection],
             lex: Lexicon) -> None:
    site = lex.first("site", diagnosis) if diagnosis else None
    if site is None:
        site = lex.first("site", section_text(sections, ("imaging",)))
    row["site"] = site
    if site:
        row["condition"] = CONDITION[site]
        row["limb"] = "upper" if site in UPPER_LIMB else "lower"
        row["oa_joint"] = OA_JOINT.get(site)
        row["soft_tissue"] = SOFT_TISSUE.get(site)
    row["side"] = lex.first("side", diagnosis) if diagnosis else None
    if row["condition"] == "osteoarthritis":
        row["kl_grade"] = kl_grade(diagnosis, section_text(sections, ("imaging",)))
    _fracture(row, diagnosis, lex)


def _complaints(sections: list[RecordSection], lex: Lexicon) -> tuple[list[str], str]:
    admission = section_text(sections, ("complaints",)) or section_text(sections, ("header",))
    flat = " ".join(admission.split())
    match = _COMPLAINTS.search(flat)
    if not match:
        return None, flat
    items = re.split(r",|;|\sи\s|\sжәне\s", match.group(2))
    codes = [lex.first("complaints", _LOCATION.sub("", item)) for item in items]
    return list(dict.fromkeys(c for c in codes if c)), flat


def _operation(row: dict[str, Any], sections: list[RecordSection], lex: Lexicon) -> None:
    operative = " ".join(section_text(sections, ("operative",)).split())
    performed = _PERFORMED.search(operative)
    state = _STATE.search(row["diagnosis_post"] or "")
    source = performed.group(2) if performed else (
        _end_sentence(row["diagnosis_post"][state.end():]) if state else "")
    source = re.split(r"[,;]?\s*(?:установлен|орнатылды|имплантирован)", source)[0]
    row["procedure_text"] = source.strip(" ,") or None
    row["procedure"] = lex.first("procedure", source) if source else None
    row["procedure_type"] = lex.procedure_type.get(row["procedure"]) if row["procedure"] else None
    implants = _IMPLANTS.search(operative)
    row["implants"] = [] if operative else None
    if implants:
        names = [lex.first("implants", item) or item.strip()
                 for item in re.split(r",|;", implants.group(2)) if item.strip()]
        row["implants"] = list(dict.fromkeys(names))
    row["anesthesia"] = lex.first("anesthesia", operative) if operative else None
    blood = _BLOOD.search(operative)
    row["blood_loss_ml"] = int(blood.group(2)) if blood else None


def _end_sentence(text: str) -> str:
    return text[:_end_of_sentence(text, 0)].rstrip(".")


def _aftercare(row: dict[str, Any], sections: list[RecordSection], lex: Lexicon) -> None:
    kinds = ("rehabilitation", "recommendations")
    program = find_blocks(sections, _PROGRAM, kinds)
    limits = find_blocks(sections, _LIMITS, kinds)
    rehab_text = program[0].text if program else section_text(sections, ("rehabilitation",))
    if rehab_text.strip():
        row["rehabilitation_text"] = " ".join(rehab_text.split())
        row["rehabilitation"] = lex.all("rehabilitation", _cut_limits(rehab_text))
    if limits:
        text = " ".join(limits[0].text.split())
        row["restrictions_text"] = text
        row["restrictions"] = lex.all("restrictions", text)
        row["weight_bearing_weeks"] = _restriction_weeks(text, lex)
    recommendations = " ".join(section_text(sections, ("recommendations", "discharge")).split())
    follow = _FOLLOW.search(recommendations)
    if follow:
        row["follow_up_note"] = follow.group(0).strip(" —–.")
        weeks = _WEEKS.search(follow.group(0))
        row["follow_up_weeks"] = int(weeks.group(1)) if weeks else None


def _cut_limits(text: str) -> str:
    match = re.search(r"(ограничения|шектеулер)\s*:", text, re.IGNORECASE)
    return text[:match.start()] if match else text


def _restriction_weeks(text: str, lex: Lexicon) -> int | None:
    """Weeks of the weight-bearing restriction, else of the first timed restriction."""
    items = [item for item in re.split(r";", text) if _WEEKS.search(item)]
    weighted = [i for i in items if {"no_weight_bearing", "partial_weight_bearing"}
                & set(lex.all("restrictions", i))]
    chosen = (weighted or items or [None])[0]
    return int(_WEEKS.search(chosen).group(1)) if chosen else None


def extract_document(text: str, lex: Lexicon | None = None) -> dict[str, Any]:
    """Fields of one de-identified document (patient-level keys left None)."""
    lex = lex or load_lexicon()
    sections = split_sections(text, lex)
    row = empty_fields()
    row["language"] = detect_language(text)
    pre, post, final = _diagnoses(sections)
    row["diagnosis_pre"], row["diagnosis_post"] = pre, post or final
    diagnosis = _strip_state(pre or post or final or "")
    _anatomy(row, diagnosis, sections, lex)
    row["icd10"] = icd10_codes(" ".join(d for d in (pre, post, final) if d)) or None
    row["complaints"], admission = _complaints(sections, lex)
    anamnesis = " ".join(m.group(0) for m in _TRAUMA.finditer(admission))
    row["mechanism"] = (lex.first("mechanism", anamnesis)
                        if row["condition"] not in (None, "osteoarthritis") else None)
    _operation(row, sections, lex)
    _aftercare(row, sections, lex)
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
