"""Short records in six hospitals' styles, written by one builder from per-language tables.

`long_history` is the multi-page case history of `record.py`. The other styles are what
other hospitals print: an information-system form with table rows, a one-line form, a
free-text discharge letter, an abbreviated doctor's note, a Kazakh-only form and a bilingual
form. Each has its own labels, abbreviations and word order (`phrases.py`); every item is
rendered by the same functions for ru and kk. What a record leaves out is None in its truth,
so truth stays exact: a plan (`Plan`) decides what is stated and both the text and the
facts are made from it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from medadapt.synth.clinical import COMPLAINTS, RESTRICT, Case
from medadapt.synth.phrases import LABELS, NOTE_ABBREVIATIONS, PHRASES, STYLE_LANGUAGE
from medadapt.synth.settings import STYLES

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
_CYR = str.maketrans("ABC", "АВС")
ALT_DX_RU = {"femoral_shaft": "перелом {side} бедренной кости в средней трети",
             "distal_radius": "перелом {side} лучевой кости в типичном месте",
             "humeral_shaft": "перелом {side} плечевой кости в средней трети"}
# Operations outside the procedure list: (ru, kk, implants named).
OUTSIDE = {"radial_head": ("резекция головки лучевой кости", "кәрі жілік басының резекциясы", []),
           "meniscus": ("артроскопический шов мениска", "менискті артроскопиялық тігу", []),
           "distal_radius": ("закрытая репозиция, фиксация спицами Киршнера",
                             "жабық репозиция, Киршнер спицаларымен бекіту", ["спицы Киршнера"]),
           "femoral_neck": ("однополюсное эндопротезирование тазобедренного сустава",
                            "жамбас буынын бір полюсті эндопротездеу", [])}
ITEMS = ("ao", "open", "displaced", "kl", "mechanism", "complaints", "anesthesia", "blood",
         "implants", "rehab", "restrictions", "follow")


@dataclass
class Plan:
    """What one styled record states; the truth facts are derived from the same plan."""

    stated: set[str]
    conservative: bool
    secondary: bool
    secondary_code: bool
    complication: bool
    history: bool
    same_post: bool
    outside: bool = False  # an operation outside the procedure list
    block: bool = False  # plexus block: anaesthesia stated but neither spinal nor general
    minimal_blood: bool = False  # "кровопотеря минимальная": no number
    comorbidity: bool = False  # "ГБ II ст. (I10)": another scale and another code
    revision: bool = False  # non-union after screws, revised to a total hip arthroplasty


def draw_plan(case: Case, rng: random.Random) -> Plan:
    fracture = case.entry["condition"] == "fracture"
    stated = {item for item in ITEMS if rng.random() < 0.85}
    return Plan(stated, conservative=fracture and rng.random() < 0.2,
                secondary=fracture and rng.random() < 0.3, secondary_code=rng.random() < 0.5,
                complication=rng.random() < 0.15, history=rng.random() < 0.2,
                same_post=rng.random() < 0.4,
                outside=case.key in OUTSIDE and case.procedure[0] != "total_hip_arthroplasty"
                and rng.random() < 0.3,
                block=case.entry["limb"] == "upper" and rng.random() < 0.25,
                minimal_blood=rng.random() < 0.1, comorbidity=rng.random() < 0.25,
                revision=case.key == "femoral_neck" and case.procedure[0] ==
                "total_hip_arthroplasty" and rng.random() < 0.4)


def _pick(rng: random.Random, lang: str, key: str, **kw: object) -> str:
    return rng.choice(PHRASES[lang][key]).format(**kw)


def _other(case: Case, lang: str) -> str:
    return PHRASES[lang]["other_side"][0 if case.side == "right" else 1]


def _site_ru(case: Case, rng: random.Random) -> str:
    side = case.entry["ru_side"][0 if case.side == "right" else 1]
    if case.key in ALT_DX_RU and rng.random() < 0.5:
        return ALT_DX_RU[case.key].format(side=side)
    return case.ru_dx()


def _fracture_dx(case: Case, plan: Plan, lang: str, rng: random.Random) -> str:
    s = plan.stated
    openness = _pick(rng, lang, "open" if case.open else "closed") if "open" in s else ""
    shift = _pick(rng, lang, "displaced" if case.displaced else "not_displaced") \
        if "displaced" in s else ""
    comm = _pick(rng, lang, "comminuted") if case.comminuted else ""
    if lang == "kk":
        head, _, tail = case.kk_dx().rpartition("сынығы")
        return " ".join(x for x in (head.strip(), shift, openness, comm, "сынығы" + tail) if x)
    return " ".join(x for x in (openness, comm, _site_ru(case, rng), shift) if x)


def diagnosis_text(case: Case, plan: Plan, lang: str, rng: random.Random) -> str:
    """The primary diagnosis (+ secondary injury) with its codes, as this record states it."""
    condition = case.entry["condition"]
    if condition == "fracture":
        text = _fracture_dx(case, plan, lang, rng)
        if "ao" in plan.stated and case.ao_ota:
            text += ", " + _pick(rng, lang, "ao", ao=case.ao_ota,
                                 ao_cyr=case.ao_ota.replace("-", "").translate(_CYR))
    else:
        text = case.kk_dx() if lang == "kk" else case.ru_dx()
        if condition == "osteoarthritis" and "kl" in plan.stated:
            text += " " + _pick(rng, lang, "kl", roman=ROMAN[case.kl_grade], n=case.kl_grade)
    if plan.revision:
        text = ("несросшийся " if lang == "ru" else "бітпеген ") + text
    text = text[0].upper() + text[1:] + " " + _pick(rng, lang, "icd", icd=case.entry["icd10"])
    if plan.revision:
        text += (". Состояние после остеосинтеза канюлированными винтами (2023 г.)" if lang == "ru"
                 else ". 2023 ж. канюлирленген бұрандалармен остеосинтезден кейінгі жағдай")
    if plan.secondary:
        text += ", " + _pick(rng, lang, "secondary", other=_other(case, lang))
        text += " (S80.0)" if plan.secondary_code else ""
    return text


def complaints_text(case: Case, lang: str, region: str) -> str:
    words = [COMPLAINTS[c][1 if lang == "kk" else 0] for c in case.complaints]
    if lang == "kk":
        return f"{region} аймағында " + ", ".join(words)
    return ", ".join(words) + f" в области {region}"


def duration(weeks: int, lang: str, rng: random.Random) -> str:
    months = {4: "1", 8: "2", 12: "3"}
    if weeks in months and rng.random() < 0.4:
        return f"{months[weeks]} {'ай' if lang == 'kk' else 'мес'}"
    return f"{weeks} {'апта' if lang == 'kk' else 'недель'}"


def restriction_text(case: Case, lang: str, rng: random.Random) -> str:
    out = []
    for code in case.restrictions:
        phrase = RESTRICT[code][1 if lang == "kk" else 0]
        unit = "{w} апта" if lang == "kk" else "{w} недель"
        out.append(phrase.replace(unit, duration(case.weight_bearing_weeks, lang, rng)))
    return "; ".join(out)


def follow_text(case: Case, lang: str, rng: random.Random) -> str:
    w = case.follow_up_weeks
    m = "1 мес" if w == 4 else "3 мес" if w == 12 else f"{w} нед."
    return _pick(rng, lang, "follow", w=w, m=m)


def operation_text(case: Case, plan: Plan, lang: str, rng: random.Random) -> list[str]:
    """Operation, implants, anaesthesia and blood loss sentences (or the conservative one)."""
    if plan.conservative:
        return [_pick(rng, lang, "conservative")]
    code, ru, kk, _ = case.procedure
    if plan.outside:
        ru, kk, _ = OUTSIDE[case.key]
    if plan.revision:  # the old screws are removed and not listed as implants
        ru, kk = f"удаление винтов, {ru}", f"бұрандаларды алу, {kk}"
    out = [kk if lang == "kk" else ru]
    implants = operated_implants(case, plan)
    if "implants" in plan.stated and implants:
        verb = "орнатылды" if lang == "kk" else "установлены"
        out.append(f"{verb}: {', '.join(implants)}")
    if plan.block:
        out.append("иық өрімінің блокадасы" if lang == "kk" else
                   "проводниковая анестезия (блокада плечевого сплетения)")
    elif "anesthesia" in plan.stated:
        out.append(_pick(rng, lang, case.anesthesia))
    if plan.minimal_blood:
        out.append("қан жоғалту болмашы" if lang == "kk" else "кровопотеря минимальная")
    elif "blood" in plan.stated:
        out.append(_pick(rng, lang, "blood", ml=case.blood_loss_ml))
    return out


def operated_implants(case: Case, plan: Plan) -> list[str]:
    return list(OUTSIDE[case.key][2]) if plan.outside else list(case.implants)


def abbreviate(text: str) -> str:
    """The note style's shortenings, applied to the full phrases."""
    for full, short in NOTE_ABBREVIATIONS:
        text = text.replace(full, short).replace(full.capitalize(), short)
    return text


def item_language(style: str, rng: random.Random, mixed_default: str | None = None) -> str:
    """The language of one item; bilingual forms switch per item and always use both."""
    lang = STYLE_LANGUAGE[style]
    if lang != "mixed":
        return lang
    return mixed_default or rng.choice(["ru", "kk"])


def labels(style: str) -> dict[str, str | None]:
    return LABELS[style]


def stated_facts(case: Case, plan: Plan) -> dict:
    """Truth facts: the case's facts with everything the record leaves out set to None."""
    facts = case.facts()
    s = plan.stated
    if facts["fracture"]:
        fracture = facts["fracture"]
        fracture["open"] = fracture["open"] if "open" in s else None
        fracture["displaced"] = fracture["displaced"] if "displaced" in s else None
        fracture["ao_ota"] = fracture["ao_ota"] if "ao" in s else None
    if facts["oa"] and "kl" not in s:
        facts["oa"]["kl_grade"] = None
    if "mechanism" not in s:
        facts["mechanism"] = None
    facts["icd10"] = [case.entry["icd10"]] + (["S80.0"] if plan.secondary and
                                              plan.secondary_code else [])
    facts["icd10"] += ["I10"] if plan.comorbidity else []
    for item, key in (("complaints", "complaints"), ("rehab", "rehabilitation"),
                      ("restrictions", "restrictions")):
        if item not in s:
            facts[key] = None
    if "restrictions" not in s:
        facts["weight_bearing_weeks"] = None
    if "follow" not in s:
        facts["follow_up"] = None
    facts["implants"] = operated_implants(case, plan) if "implants" in s or plan.outside else []
    facts["anesthesia"] = case.anesthesia if "anesthesia" in s and not plan.block else None
    facts["blood_loss_ml"] = case.blood_loss_ml if "blood" in s and not plan.minimal_blood \
        else None
    if plan.outside:
        facts["procedure"] = None
    facts["operated"] = not plan.conservative
    if plan.conservative:
        facts.update(procedure=None, implants=None, anesthesia=None, blood_loss_ml=None)
    return facts


__all__ = ["STYLES", "Plan", "draw_plan", "diagnosis_text", "stated_facts"]
