#!/usr/bin/env python3
"""Validate truth.jsonl of the fields_heldout7 set (standard library only).

  python check.py            # schema + cross-field checks, coverage table
  python check.py --text     # also check that stated values are visible in records/<id>.txt
                             # and (strict) that absent fields are absent and ICD codes in the text equal the truth
  python check.py --markdown # print the coverage table as Markdown

Exit status 1 if any error is found.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

STYLES = {"ru_private_clinic_epicrisis": "ru", "kk_sanatorium_referral": "kk", "mixed_insurance_claim": "mixed"}
SITES = ["femoral_neck", "pertrochanteric", "femoral_shaft", "distal_radius", "ankle", "tibial_shaft",
         "proximal_humerus", "patella", "radial_head", "humeral_shaft", "tibial_plateau", "clavicle",
         "hip_oa", "knee_oa", "acl", "meniscus"]
FRACTURE_SITES = set(SITES[:12])
OA_SITES = {"hip_oa", "knee_oa"}
MECHANISMS = ["fall_street", "fall_height", "traffic", "sport", "home"]
PROCEDURES = ["total_hip_arthroplasty", "total_knee_arthroplasty", "cannulated_screws", "intramedullary_nailing",
              "plate_osteosynthesis", "external_fixation", "tension_band_wiring", "acl_reconstruction",
              "partial_meniscectomy"]
IMPLANTS = ["эндопротез Zimmer NexGen", "эндопротез Zimmer", "эндопротез Smith & Nephew Genesis II",
            "эндопротез DePuy Attune", "эндопротез DePuy Pinnacle", "эндопротез DePuy Corail",
            "пластина LCP 1/3 трубчатая", "пластина LCP", "пластина PHILOS", "пластина APTUS", "позиционный винт",
            "интерферентный винт Arthrex", "фиксатор EndoButton", "канюлированные винты Synthes",
            "интрамедуллярный штифт ChM", "штифт Gamma3", "интрамедуллярный штифт PFNA", "серкляжная проволока",
            "спицы Киршнера", "аппарат Илизарова"]
ANESTHESIA = ["spinal", "general"]
COMPLAINTS = ["pain", "swelling", "limited_motion", "no_weight_bearing", "deformity", "instability", "locking", "night_pain"]
REHAB = ["lfk", "crutches", "walker", "cpm", "physio", "isometric"]
RESTRICTIONS = ["no_weight_bearing", "partial_weight_bearing", "hip_precautions", "no_lifting", "brace", "sling"]
FIELD_KEYS = ["site", "side", "fracture_displaced", "fracture_comminuted", "fracture_open", "ao_ota", "kl_grade",
              "mechanism", "procedure", "implants", "anesthesia", "blood_loss_ml", "icd10", "complaints",
              "rehabilitation", "restrictions", "weight_bearing_weeks", "follow_up_weeks"]
ICD_RE = re.compile(r"^[A-Z]\d\d(\.\d{1,2})?$")
AO_RE = re.compile(r"^\d{2}-[ABC]\d$")

CYR2LAT = str.maketrans({"А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "К": "K", "М": "M", "О": "O",
                         "Р": "P", "Т": "T", "Х": "X", "І": "I", "Ѕ": "S"})

# how an implant is recognisable in text (any of these substrings, case-insensitive)
IMPLANT_CUES = {
    "эндопротез Zimmer NexGen": ["NexGen"], "эндопротез Zimmer": ["Zimmer"],
    "эндопротез Smith & Nephew Genesis II": ["Genesis II"], "эндопротез DePuy Attune": ["Attune"],
    "эндопротез DePuy Pinnacle": ["Pinnacle"], "эндопротез DePuy Corail": ["Corail"],
    "пластина LCP 1/3 трубчатая": ["LCP 1/3"], "пластина LCP": ["LCP"], "пластина PHILOS": ["PHILOS"],
    "пластина APTUS": ["APTUS"], "позиционный винт": ["позиц"], "интерферентный винт Arthrex": ["Arthrex"],
    "фиксатор EndoButton": ["EndoButton"], "канюлированные винты Synthes": ["Synthes"],
    "интрамедуллярный штифт ChM": ["ChM"], "штифт Gamma3": ["Gamma3"], "интрамедуллярный штифт PFNA": ["PFNA"],
    "серкляжная проволока": ["серкляж"], "спицы Киршнера": ["Киршнер"], "аппарат Илизарова": ["Илизаров"],
}
# cues used by --text for presence AND absence of list codes
REHAB_CUES = {"lfk": ["ЛФК", "лечебная физкультура", "ЕДШ", "емдік дене шынықтыру"], "crutches": ["костыл", "балдақ"],
              "walker": ["ходун"], "cpm": ["CPM"], "physio": ["ФТЛ", "физиолеч", "физиотерап", "физиоем"], "isometric": ["изометр"]}
RESTR_CUES = {"no_weight_bearing": ["без нагрузки", "не наступать", "исключить осевую", "салмақ түсірмеу", "тірек етпеу"],
              "partial_weight_bearing": ["дозир", "частичная нагрузка", "част. нагрузка", "мөлшерлі", "ішінара"],
              "hip_precautions": ["вывиха эндопротеза", "90°", "профил. вывиха", "эндопротездің шығып"],
              "no_lifting": ["поднимать тяжест", "подъём тяжест", ">2 кг", "ауыр заттарды", "ауыр көтеру"], "brace": ["ортез", "брейс"], "sling": ["косын"]}
MONTHS = {4: ["1 мес", "1 ай"], 6: ["1,5 мес", "1,5 ай"], 8: ["2 мес", "2 ай"], 12: ["3 мес", "3 ай"]}


def is_list_of(v, allowed, allow_empty=True):
    return isinstance(v, list) and all(x in allowed for x in v) and len(set(v)) == len(v) and (allow_empty or v)


def check_fields(rid, f, errs):
    def err(msg):
        errs.append(f"{rid}: {msg}")

    if list(f) != FIELD_KEYS and set(f) != set(FIELD_KEYS):
        err(f"field keys differ: {sorted(set(f) ^ set(FIELD_KEYS))}")
        return
    site = f["site"]
    if site not in SITES:
        err(f"bad site {site!r}")
    if f["side"] not in ("left", "right", None):
        err(f"bad side {f['side']!r}")
    for k in ("fracture_displaced", "fracture_comminuted", "fracture_open"):
        if f[k] not in (True, False, None):
            err(f"{k} not bool/null")
        if site not in FRACTURE_SITES and f[k] is not None:
            err(f"{k} set for non-fracture site")
    if site in FRACTURE_SITES and f["fracture_comminuted"] is None:
        err("fracture_comminuted null for a fracture (should be true/false)")
    if f["ao_ota"] is not None:
        if not (isinstance(f["ao_ota"], str) and AO_RE.match(f["ao_ota"])):
            err(f"bad ao_ota {f['ao_ota']!r}")
        if site not in FRACTURE_SITES:
            err("ao_ota for non-fracture")
    if f["kl_grade"] is not None:
        if f["kl_grade"] not in (1, 2, 3, 4) or isinstance(f["kl_grade"], bool):
            err("bad kl_grade")
        if site not in OA_SITES:
            err("kl_grade for non-OA site")
    if f["mechanism"] not in MECHANISMS + [None]:
        err(f"bad mechanism {f['mechanism']!r}")
    if f["procedure"] not in PROCEDURES + [None]:
        err(f"bad procedure {f['procedure']!r}")
    imp = f["implants"]
    if imp is not None and not is_list_of(imp, IMPLANTS):
        err(f"bad implants {imp!r}")
    if imp is None and (f["procedure"] is not None or f["anesthesia"] is not None or f["blood_loss_ml"] is not None):
        err("implants null (no operation) but procedure/anesthesia/blood loss set")
    if f["anesthesia"] not in ANESTHESIA + [None]:
        err("bad anesthesia")
    bl = f["blood_loss_ml"]
    if bl is not None and (not isinstance(bl, int) or isinstance(bl, bool) or not 0 < bl < 5000):
        err("bad blood_loss_ml")
    icd = f["icd10"]
    if icd is not None and not (isinstance(icd, list) and icd and all(isinstance(c, str) and ICD_RE.match(c) for c in icd)):
        err(f"bad icd10 {icd!r}")
    for k, allowed in (("complaints", COMPLAINTS), ("rehabilitation", REHAB), ("restrictions", RESTRICTIONS)):
        v = f[k]
        if v is not None and not is_list_of(v, allowed, allow_empty=False):
            err(f"bad {k} {v!r}")
    for k in ("weight_bearing_weeks", "follow_up_weeks"):
        v = f[k]
        if v is not None and (not isinstance(v, int) or isinstance(v, bool) or not 0 < v <= 52):
            err(f"bad {k}")
    if f["weight_bearing_weeks"] is not None:
        r = f["restrictions"] or []
        if not ({"no_weight_bearing", "partial_weight_bearing"} & set(r)):
            err("weight_bearing_weeks without a weight-bearing restriction")


def text_checks(rid, f, text, errs):
    """Heuristic: every stated value must be visible in the record text."""
    def err(msg):
        errs.append(f"{rid} [text]: {msg}")
    lat = text.translate(CYR2LAT)
    for c in f["icd10"] or []:
        if c not in lat:
            err(f"ICD {c} not found")
    if f["ao_ota"]:
        a = f["ao_ota"]
        if a not in lat and a.replace("-", "") not in lat:
            err(f"AO {a} not found")
    for imp in f["implants"] or []:
        if not any(cue.lower() in text.lower() for cue in IMPLANT_CUES[imp]):
            err(f"implant {imp} not visible")
    if f["blood_loss_ml"] is not None and not re.search(rf"(?<!\d){f['blood_loss_ml']}(,0)? мл", text):
        err("blood loss number not found")
    for k in ("weight_bearing_weeks", "follow_up_weeks"):
        n = f[k]
        if n is None:
            continue
        pats = [f"{n} нед", f"{n} апта", f"{n} недел"] + MONTHS.get(n, [])
        if not any(p in text for p in pats):
            err(f"{k}={n} not visible")
    if f["kl_grade"]:
        roman = ["I", "II", "III", "IV"][f["kl_grade"] - 1]
        if not re.search(rf"\b({roman}|{f['kl_grade']})\b", lat):
            err("KL grade not visible")
    for key, cues in (("rehabilitation", REHAB_CUES), ("restrictions", RESTR_CUES)):
        stated = set(f[key] or [])
        for code, cc in cues.items():
            seen = any(c.lower() in text.lower() for c in cc)
            if code in stated and not seen:
                err(f"{key}: {code} not visible")
            if code not in stated and seen:
                err(f"{key}: {code} visible in text but not in truth")
    if f["side"]:
        cues = {"right": ["прав", "справа", "оң"], "left": ["лев", "слева", "сол"]}[f["side"]]
        if not any(c in text.lower() for c in cues):
            err("side not visible")

ICD_SCAN = re.compile(r"(?<![A-Za-z0-9])([A-Z]\d\d(?:\.\d{1,2})?)(?![\d])")
SIDE_WORDS = re.compile(r"(?<![а-яё])(прав|лев)(ый|ая|ое|ой|ого|ую|ом|ым|ые|ых|ому)(?![а-яё])|справа|слева|оң жақ|сол жақ|оң аяқ|сол аяқ|оң қол|сол қол", re.I)
ANEST_CUES = ["СМА", "ЭТН", "спинальн", "спинномозг", "жұлын-ми", "субарахноид", "спинальды", "эндотрахеал", "наркоз", "жалпы анестезия", "общая анестезия"]
AO_SCAN = re.compile(r"(AO|АО)[^\n|]{0,14}?\d\d-?[ABCАВС]\d")


def strict_checks(rid, f, text, errs):
    """Added for fields_heldout7: absent fields must be absent, ICD codes found must equal the truth."""
    def err(msg):
        errs.append(f"{rid} [strict]: {msg}")
    found = []
    for m in ICD_SCAN.finditer(text.translate(CYR2LAT)):
        if m.group(1) not in found:
            found.append(m.group(1))
    if found != (f["icd10"] or []):
        err(f"ICD codes in text {found} != truth {f['icd10']}")
    if f["side"] is None and SIDE_WORDS.search(text):
        err(f"side null but side word {SIDE_WORDS.search(text).group(0)!r} in text")
    if f["anesthesia"] is None:
        hit = [c for c in ANEST_CUES if (c in text if c.isupper() else c.lower() in text.lower())]
        if hit:
            err(f"anesthesia null but {hit} in text")
    if f["blood_loss_ml"] is None and re.search(r"(кровопотер|қан жоғалт)[^.\n]{0,30}\d+(,\d)? ?мл", text, re.I):
        err("blood loss null but a blood-loss number in text")
    if f["ao_ota"] is None and AO_SCAN.search(text):
        err("ao_ota null but an AO code in text")
    if f["kl_grade"] is None and re.search(r"Kellgren|Келлгрен|\bKL\b", text):
        err("kl_grade null but Kellgren-Lawrence in text")



def coverage(rows):
    per = {}
    for r in rows:
        st = r["style"]
        for k in FIELD_KEYS:
            v = r["fields"][k]
            stated = v is not None
            per.setdefault(k, Counter())
            per[k][st] += stated
            per[k]["all"] += stated
    return per


def main():
    args = set(sys.argv[1:])
    errs = []
    rows = []
    ids = set()
    path = HERE / "truth.jsonl"
    for ln, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errs.append(f"line {ln}: bad JSON ({e})")
            continue
        if set(r) != {"id", "style", "language", "fields"}:
            errs.append(f"line {ln}: top-level keys {sorted(r)}")
            continue
        rid = r["id"]
        if rid in ids:
            errs.append(f"{rid}: duplicate id")
        ids.add(rid)
        if r["style"] not in STYLES:
            errs.append(f"{rid}: bad style")
        elif r["language"] != STYLES[r["style"]]:
            errs.append(f"{rid}: language {r['language']} does not match style")
        check_fields(rid, r["fields"], errs)
        txt = HERE / "records" / f"{rid}.txt"
        if not txt.exists():
            errs.append(f"{rid}: missing records/{rid}.txt")
        elif "--text" in args:
            text_checks(rid, r["fields"], txt.read_text(encoding="utf-8"), errs)
            strict_checks(rid, r["fields"], txt.read_text(encoding="utf-8"), errs)
        rows.append(r)

    styles = list(STYLES)
    n = Counter(r["style"] for r in rows)
    per = coverage(rows)
    if "--markdown" in args:
        print("| field | " + " | ".join(styles) + " | all |")
        print("|---|" + "---|" * (len(styles) + 1))
        print("| records | " + " | ".join(str(n[s]) for s in styles) + f" | {len(rows)} |")
        for k in FIELD_KEYS:
            print(f"| {k} | " + " | ".join(str(per[k][s]) for s in styles) + f" | {per[k]['all']} |")
    else:
        print(f"{len(rows)} records: " + ", ".join(f"{s}={n[s]}" for s in styles))
        print(f"{'field':24s}" + "".join(f"{s[:12]:>14s}" for s in styles) + f"{'all':>8s}")
        for k in FIELD_KEYS:
            print(f"{k:24s}" + "".join(f"{per[k][s]:>14d}" for s in styles) + f"{per[k]['all']:>8d}")
        sites = Counter(r["fields"]["site"] for r in rows)
        print("sites: " + ", ".join(f"{s}={sites[s]}" for s in SITES))
    if errs:
        print(f"\n{len(errs)} problem(s):", file=sys.stderr)
        for e in errs:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
