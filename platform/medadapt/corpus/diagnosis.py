"""The primary diagnosis without headings: site, side, fracture descriptors, KL grade, codes.

Diagnoses are found by what they say, not where they stand: a sentence that names a
diagnosis (`диагноз`, `Ds`, an ICD code) outranks other sentences, concomitant diagnoses and
complications rank last, history ("в 2015 г.", "ранее") is skipped. The site is a vocabulary
match in a clause that names an injury or a disease; the side is the one written in that
same clause, so "перелом правой лучевой кости, ушиб левого колена" gives `right`. With
several injuries the treated one (named by the operation) is primary. Any doubt gives None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from medadapt.corpus.clauses import Sentence
from medadapt.corpus.codes import ao_ota_code, icd10_codes
from medadapt.corpus.lexicon import Lexicon

FRACTURE_SITES = ("femoral_neck", "pertrochanteric", "femoral_shaft", "distal_radius", "ankle",
                  "tibial_shaft", "proximal_humerus", "patella", "radial_head", "humeral_shaft",
                  "tibial_plateau", "clavicle")
OA_SITES = ("hip_oa", "knee_oa")
_DIAGNOSIS = re.compile(r"диагноз|диагн(?!остик)|\bds\b|мкб|icd|ахж|[a-z]\d\d\.\d")
_SECONDARY = re.compile(r"сопутств|қосалқы|осложнени|асқын|фонов|тот же|сол сияқты|өзгеріссіз")
_HISTORY = re.compile(r"ранее|в анамнезе|бұрын|\bв (19|20)\d\d|(19|20)\d\d\s*(г|ж)\w*\.? (\w+ )"
                      r"{0,2}(перенес|оперирован)|перенес")
_OTHER_INJURY = re.compile(r"ушиб|растяжен|ссадин|\bран[аы]\b|сотрясен|соғу|жара\b|гематом")
_CODE_WORD = re.compile(r"(?<![\w.-])[a-zа-яѕ]\d{2}(\.[\dо]{1,2})?(?![\w.]|[.,]\d)")
# the diagnosis table's next rows: combined injury, concomitant disease, complication
_OTHER_ROW = re.compile(r"сочетан|қосымша|қосарлан|сопутств|қосалқы|осложнени|асқын")
_BILATERAL = re.compile(r"двусторон|екі жақ")
_R = r"[IІ]V|[IІ]{1,3}"
_KL = re.compile(rf"(?:kellgren|келлгрен|\bk-?l\b|\bкл\b)\D{{0,40}}?\b([1-4]|{_R})\b"
                 rf"|\b({_R}|[1-4])\s*\(\s*(?:по\s+)?(?:kellgren|келлгрен|k-?l\b)"
                 rf"|\b({_R}|[1-4])\s*-?\s*(?:стади|саты|степен|дәреже|ст\.|ст\b)"
                 rf"|(?:стади\w*|саты\w*|степен\w*|дәреже\w*)\s*[:\-]?\s*({_R}|[1-4])\b",
                 re.IGNORECASE)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
PROCEDURE_SITES = {
    "total_hip_arthroplasty": ("femoral_neck", "hip_oa", "pertrochanteric"),
    "total_knee_arthroplasty": ("knee_oa",), "cannulated_screws": ("femoral_neck",),
    "intramedullary_nailing": ("pertrochanteric", "femoral_shaft", "tibial_shaft",
                               "humeral_shaft"),
    "external_fixation": FRACTURE_SITES, "plate_osteosynthesis": FRACTURE_SITES,
    "tension_band_wiring": ("patella", "ankle", "clavicle", "proximal_humerus"),
    "acl_reconstruction": ("acl",), "partial_meniscectomy": ("meniscus",),
}


@dataclass(frozen=True)
class Finding:
    """Where the primary site was found: the sentence and the clause index in it."""

    site: str
    sentence: Sentence
    clause: int


def _site_in(clause: str, context: str, lex: Lexicon) -> str | None:
    site = lex.first("site", " ".join(_CODE_WORD.sub(" ", clause).split()))
    if site in FRACTURE_SITES and (_OTHER_INJURY.search(clause) or not any(
            p.search(context) for p in lex.tables["fracture"]["marker"])):
        return None  # a bone named without an injury ("ушиб", imaging) is not a diagnosis
    return site


def _rank(sents: list[Sentence], k: int) -> int:
    """0: a diagnosis (or the value cell after a `Диагноз` label), 1: other, 2: secondary."""
    norm = sents[k].norm
    if _SECONDARY.search(norm[:40]):
        return 2
    label = sents[k - 1].norm if k else ""
    if _DIAGNOSIS.search(norm) or (len(label) < 40 and _DIAGNOSIS.search(label)
                                   and not _SECONDARY.search(label)):
        return 0
    return 1


def _candidates(sents: list[Sentence], lex: Lexicon) -> list[Finding]:
    order = sorted((k for k, s in enumerate(sents) if not _HISTORY.search(s.norm)),
                   key=lambda k: _rank(sents, k))
    found = []
    for k in order:
        sentence = sents[k]
        for i, clause in enumerate(sentence.clauses):
            context = " ".join(sentence.clauses[:i + 2])  # before, the clause, the next one
            site = _site_in(clause, context, lex)
            if site:
                found.append(Finding(site, sentence, i))
    return found


def primary_finding(sents: list[Sentence], lex: Lexicon, procedure: str | None,
                    operation_norm: str) -> Finding | None:
    """The treated diagnosis when several are written, else the first ranked one."""
    found = _candidates(sents, lex)
    if not found:
        return None
    top = [f for f in found if f.sentence is found[0].sentence] or found
    if len({f.site for f in top}) > 1:
        named = lex.first("site", operation_norm) if operation_norm else None
        fits = [f for f in top if f.site == named] or [
            f for f in top if f.site in PROCEDURE_SITES.get(procedure or "", ())]
        return (fits or top)[0]
    return top[0]


def side_of(finding: Finding, lex: Lexicon) -> str | None:
    """The side written in the site's clause; else the sentence's, if it names only one."""
    clause = finding.sentence.clauses[finding.clause]
    if _BILATERAL.search(clause):
        return None
    sides = lex.all("side", clause)
    if len(sides) == 1:
        return sides[0]
    if sides:  # both in one clause: the nearest to the site word
        site_at = min((s for s, _, c in lex.spans("site", clause) if c == finding.site),
                      default=0)
        spans = [(abs(start - site_at), code) for start, _, code in lex.spans("side", clause)]
        return min(spans)[1]
    sentence_sides = set(lex.all("side", finding.sentence.norm))
    others = [c for c in finding.sentence.clauses if lex.first("site", c)]
    return sentence_sides.pop() if len(sentence_sides) == 1 and len(others) == 1 else None


def primary_text(finding: Finding, lex: Lexicon) -> str:
    """The clauses that describe the primary injury (up to the next other injury)."""
    clauses = finding.sentence.clauses

    def other(clause: str) -> bool:  # another site, injury or diagnosis row starts here
        return bool(lex.first("site", clause) or _OTHER_INJURY.search(clause)
                    or _OTHER_ROW.search(clause))

    start = finding.clause
    while start > 0 and not other(clauses[start - 1]):
        start -= 1
    end = finding.clause + 1
    while end < len(clauses) and not other(clauses[end]):
        end += 1
    text = ", ".join(clauses[start:end])
    for pattern in lex.tables["fracture"]["repair"]:
        text = pattern.sub(" ", text)
    return text


def fracture_fields(finding: Finding, sents: list[Sentence], lex: Lexicon) -> dict:
    """Displaced / comminuted / open / AO of the primary fracture (comminuted defaults False)."""
    # an ICD code inside the words ("без S42.20 смещения"): the code column read into the text
    text = " ".join(_CODE_WORD.sub(" ", primary_text(finding, lex)).split())
    # "жабық (закрытый) сынығы": a bracketed gloss must not break a word-gap pattern
    plain = " ".join(re.sub(r"[()]", " ", text).split())
    table = lex.tables["fracture"]

    def has(kind: str) -> bool:
        return any(p.search(text) or p.search(plain) for p in table[kind])

    displaced = False if has("not_displaced") else True if has("displaced") else None
    opened = True if has("open") else False if has("closed") else None
    ao = ao_ota_code(finding.sentence.text)
    if ao is None:
        ao = next((code for s in sents if re.search(r"\bao\b|\bао\b|ota|ота", s.norm)
                   and (code := ao_ota_code(s.text))), None)
    return {"fracture_displaced": displaced, "fracture_comminuted": has("comminuted"),
            "fracture_open": opened, "ao_ota": ao}


_OTHER_SCALE = re.compile(r"\bгб\b|гипертон|ожирен|\bфк\b|gustilo|густило|диабет|хсн|\bаг\b|ибс"
                          r"|гипертензия|семіздік")


def oa_grade(finding: Finding, sents: list[Sentence]) -> int | None:
    """KL grade in the OA clause (or the next one), else where Kellgren is named."""
    clauses = finding.sentence.clauses
    near = [c for c in clauses[finding.clause:finding.clause + 2] if not _OTHER_SCALE.search(c)]
    named = [s.norm for s in sents if re.search(r"kellgren|келлгрен|k-l\b", s.norm)]
    return kl_grade(*near, *named)


def kl_grade(*texts: str) -> int | None:
    """Kellgren-Lawrence grade from the first text that states one (diagnosis first)."""
    for text in texts:
        match = _KL.search(text)
        if match:
            value = next(g for g in match.groups() if g).upper().replace("І", "I")
            return int(value) if value.isdigit() else _ROMAN[value]
    return None


def record_icd10(sents: list[Sentence]) -> list[str] | None:
    """Every ICD-10 code the record writes (primary, secondary, complications), in order."""
    codes = [c for s in sents for c in icd10_codes(s.text)]
    return list(dict.fromkeys(codes)) or None
