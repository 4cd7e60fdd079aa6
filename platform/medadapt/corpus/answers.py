"""Assistant turns assembled from extracted fields only, in Russian or Kazakh.

Nothing here reads record text: every clause maps one field value to its standard term
(`ortho_terms.yaml` labels), so an answer can never state a fact the fields do not hold,
and a missing field simply leaves its clause out.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import yaml

from medadapt.corpus.lexicon import LEXICON_DIR, Lexicon

PROMPTS_FILE = "ortho_prompts.yaml"
EXTRACTION_KEYS = ("condition", "site", "side", "fracture", "osteoarthritis", "procedure",
                   "procedure_type", "implants", "icd10", "complaints", "anesthesia",
                   "rehabilitation", "restrictions", "weight_bearing_weeks", "follow_up_weeks")


@lru_cache(maxsize=2)
def load_prompts(path: str = str(LEXICON_DIR / PROMPTS_FILE)) -> dict[str, Any]:
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def _phr(lang: str) -> dict[str, str]:
    return load_prompts()["phrases"][lang]


def _labels(lex: Lexicon, table: str, codes: list[str] | None, lang: str) -> str:
    return ", ".join(lex.label(table, c, lang) for c in codes or [])


def fracture_phrase(row: dict[str, Any], lang: str) -> str:
    """Descriptors in a fixed order; unstated ones are left out."""
    p = _phr(lang)
    parts = []
    if row.get("fracture_open") is not None:
        parts.append(p["open"] if row["fracture_open"] else p["closed"])
    if row.get("fracture_comminuted"):
        parts.append(p["comminuted"])
    if row.get("fracture_displaced") is not None:
        parts.append(p["displaced"] if row["fracture_displaced"] else p["not_displaced"])
    if row.get("ao_ota"):
        parts.append(f"{p['ao_ota']} {row['ao_ota']}")
    return ", ".join(parts)


def diagnosis_answer(row: dict[str, Any], lex: Lexicon, lang: str) -> str | None:
    """Diagnostic statement: condition at site, side, descriptors, ICD-10, post-op state."""
    if not row.get("site") and not row.get("icd10"):
        return None
    p = _phr(lang)
    head = lex.label("site", row["site"], lang) if row.get("site") else ""
    if row.get("side"):
        head += f" ({p['side'].lower()}: {lex.label('side', row['side'], lang)})"
    details = [fracture_phrase(row, lang)]
    if row.get("kl_grade"):
        details.append(f"{p['kl']} {row['kl_grade']}")
    detail = "; ".join(d for d in details if d)
    lines = [f"{p['diagnosis']}: {head}{'; ' + detail if detail else ''}.".replace(" ;", ";")]
    if row.get("icd10"):
        lines.append(f"{p['icd10']}: {', '.join(row['icd10'])}.")
    if row.get("procedure") and row.get("diagnosis_post"):
        lines.append(f"{p['post_state']}: {lex.label('procedure', row['procedure'], lang)}.")
    return "\n".join(lines)


def rehabilitation_answer(row: dict[str, Any], lex: Lexicon, lang: str) -> str | None:
    if not (row.get("rehabilitation") or row.get("restrictions") or row.get("follow_up_weeks")):
        return None
    p = _phr(lang)
    lines = []
    if row.get("rehabilitation"):
        items = _labels(lex, "rehabilitation", row["rehabilitation"], lang)
        lines.append(f"{p['rehabilitation']}: {items}.")
    if row.get("restrictions"):
        limits = _labels(lex, "restrictions", row["restrictions"], lang)
        if row.get("weight_bearing_weeks"):
            limits += f" — {p['weeks'].format(n=row['weight_bearing_weeks'])}"
        lines.append(f"{p['restrictions']}: {limits.rstrip('.')}.")
    if row.get("follow_up_weeks"):
        lines.append(p["follow_up"].format(n=row["follow_up_weeks"]).rstrip(".") + ".")
    return "\n".join(lines)


def operation_lines(row: dict[str, Any], lex: Lexicon, lang: str) -> list[str]:
    p = _phr(lang)
    lines = []
    if row.get("procedure"):
        kind = lex.label("procedure_type", row["procedure_type"], lang) \
            if row.get("procedure_type") else ""
        lines.append(f"{p['procedure']}: {lex.label('procedure', row['procedure'], lang)}"
                     + (f" ({p['procedure_type'].lower()}: {kind})." if kind else "."))
    if row.get("implants"):
        lines.append(f"{p['implants']}: {', '.join(row['implants'])}.")
    if row.get("anesthesia"):
        lines.append(f"{p['anesthesia']}: {lex.label('anesthesia', row['anesthesia'], lang)}.")
    return lines


def summary_answer(row: dict[str, Any], lex: Lexicon, lang: str) -> str | None:
    diagnosis = diagnosis_answer(row, lex, lang)
    if diagnosis is None:
        return None
    p = _phr(lang)
    lines = [diagnosis.split("\n")[0]]
    if row.get("icd10"):
        lines.append(f"{p['icd10']}: {', '.join(row['icd10'])}.")
    if row.get("complaints"):
        lines.append(f"{p['complaints']}: {_labels(lex, 'complaints', row['complaints'], lang)}.")
    if row.get("mechanism"):
        lines.append(f"{p['mechanism']}: {lex.label('mechanism', row['mechanism'], lang)}.")
    lines.extend(operation_lines(row, lex, lang))
    rehab = rehabilitation_answer(row, lex, lang)
    if rehab:
        lines.extend(rehab.split("\n"))
    return "\n".join(lines)


def terminology_pairs(row: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(free-text term as written in the record, lexicon table, standard code)."""
    pairs = []
    if row.get("procedure_text") and row.get("procedure"):
        pairs.append((row["procedure_text"], "procedure", row["procedure"]))
    if row.get("diagnosis_pre") and row.get("site"):
        term = row["diagnosis_pre"].split(",")[0].split(". ")[0].strip(" .")
        pairs.append((term, "site", row["site"]))
    return pairs


def terminology_answer(row: dict[str, Any], table: str, code: str, lex: Lexicon,
                       lang: str) -> str:
    p = _phr(lang)
    lines = [f"{p['standard_term']}: {lex.label(table, code, lang)}."]
    if table == "procedure" and row.get("procedure_type"):
        kind = lex.label("procedure_type", row["procedure_type"], lang)
        lines.append(f"{p['category']}: {kind}.")
    if table == "site":
        category = lex.label("condition", row["condition"], lang) if row.get("condition") else ""
        codes = f" ({', '.join(row['icd10'])})" if row.get("icd10") else ""
        if category:
            lines.append(f"{p['category']}: {category}{codes}.")
    return "\n".join(lines)


def extraction_record(row: dict[str, Any]) -> dict[str, Any]:
    """The JSON object the extraction task answers with (codes, not prose; null = not stated)."""
    fracture = None
    if row.get("fracture_localization"):
        fracture = {"localization": row["fracture_localization"],
                    "displaced": row.get("fracture_displaced"),
                    "comminuted": row.get("fracture_comminuted"),
                    "open": row.get("fracture_open"), "ao_ota": row.get("ao_ota")}
    oa = {"joint": row["oa_joint"], "kl_grade": row.get("kl_grade")} \
        if row.get("oa_joint") else None
    record = {key: row.get(key) for key in EXTRACTION_KEYS}
    record.update(fracture=fracture, osteoarthritis=oa)
    return record


def extraction_answer(row: dict[str, Any]) -> str:
    return json.dumps(extraction_record(row), ensure_ascii=False)
