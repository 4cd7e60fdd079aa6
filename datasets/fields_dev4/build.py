#!/usr/bin/env python3
"""fields_dev4 generator: synthetic Kazakhstan orthopedic records with exact truth.

DEVELOPMENT set (rules may be tuned on it). Python stdlib only, deterministic:
    python build.py        -> records/<id>.txt, truth.jsonl, meta.jsonl

Truth first: every record's case (and thus its 18 fields) is sampled, then the text is
written from the case. Three styles:
    bil_his_kkru   (bil-)  bilingual Kazakh/Russian HIS printout with real tables
    kk_prose_epi   (kke-)  Kazakh-only free-text discharge epicrisis (шығару эпикризі)
    ru_trauma_op   (top-)  Russian trauma-centre operative note + short discharge note
"""
import datetime as dt
import json
import random
import re
from pathlib import Path

SEED = 40417
HERE = Path(__file__).resolve().parent

FIELD_KEYS = ["site", "side", "fracture_displaced", "fracture_comminuted", "fracture_open", "ao_ota", "kl_grade",
              "mechanism", "procedure", "implants", "anesthesia", "blood_loss_ml", "icd10", "complaints",
              "rehabilitation", "restrictions", "weight_bearing_weeks", "follow_up_weeks"]
FRACTURE_SITES = ["femoral_neck", "pertrochanteric", "femoral_shaft", "distal_radius", "ankle", "tibial_shaft",
                  "proximal_humerus", "patella", "radial_head", "humeral_shaft", "tibial_plateau", "clavicle"]
UPPER = {"distal_radius", "proximal_humerus", "radial_head", "humeral_shaft", "clavicle"}

# --------------------------------------------------------------------------------------------
# plans: (site, variant) per style, 30 each
# variants: op[:kind] | cons | planned | outside:<kind> | revision | staged | staged_planned | manip
# --------------------------------------------------------------------------------------------
PLANS = {
    "bil_his_kkru": [
        ("femoral_neck", "op"), ("femoral_neck", "outside:hemi"), ("pertrochanteric", "op:nail_pfna"),
        ("pertrochanteric", "op:dhs"), ("femoral_shaft", "op"), ("distal_radius", "cons"),
        ("distal_radius", "revision"), ("ankle", "op:plate_pos"), ("ankle", "cons"), ("tibial_shaft", "op:nail"),
        ("tibial_shaft", "op:exfix"), ("proximal_humerus", "op"), ("proximal_humerus", "cons"), ("patella", "op"),
        ("radial_head", "op:plate"), ("radial_head", "outside:rh_resection"), ("radial_head", "cons"),
        ("humeral_shaft", "op:nail"), ("humeral_shaft", "cons"), ("humeral_shaft", "op:plate"),
        ("tibial_plateau", "op:plate"), ("tibial_plateau", "op:screws"), ("tibial_plateau", "planned"),
        ("clavicle", "op"), ("clavicle", "cons"), ("hip_oa", "op"), ("knee_oa", "op"), ("knee_oa", "planned"),
        ("acl", "op:aclr:endobutton"), ("meniscus", "op"),
    ],
    "kk_prose_epi": [
        ("femoral_neck", "revision"), ("femoral_neck", "op:cannulated"), ("pertrochanteric", "op:nail_gamma"),
        ("pertrochanteric", "op:nail_pfna"), ("femoral_shaft", "op:nail"), ("distal_radius", "op:plate"),
        ("distal_radius", "outside:kwire"), ("ankle", "op:plate"), ("ankle", "op:tbw"), ("tibial_shaft", "op:nail"),
        ("tibial_shaft", "cons"), ("proximal_humerus", "op"), ("proximal_humerus", "cons"), ("patella", "op"),
        ("radial_head", "op:screws"), ("radial_head", "cons"), ("radial_head", "op:plate"),
        ("humeral_shaft", "op:nail"), ("humeral_shaft", "cons"), ("humeral_shaft", "op:exfix"),
        ("tibial_plateau", "op:plate"), ("tibial_plateau", "cons"), ("tibial_plateau", "op:exfix"),
        ("clavicle", "op"), ("clavicle", "cons"), ("hip_oa", "op"), ("hip_oa", "planned"), ("knee_oa", "op:tka:nexgen"),
        ("acl", "op"), ("meniscus", "outside:men_suture"),
    ],
    "ru_trauma_op": [
        ("femoral_neck", "revision"), ("femoral_neck", "op:cannulated"), ("pertrochanteric", "op:nail_pfna"),
        ("pertrochanteric", "op:nail_gamma"), ("femoral_shaft", "staged"), ("distal_radius", "op:plate"),
        ("distal_radius", "manip"), ("distal_radius", "revision"), ("ankle", "op:plate_pos"), ("ankle", "op:tbw"),
        ("tibial_shaft", "staged"), ("tibial_shaft", "revision"), ("proximal_humerus", "op"),
        ("proximal_humerus", "outside:kwire"), ("patella", "op"), ("patella", "op"), ("radial_head", "op:screws"),
        ("radial_head", "outside:rh_resection"), ("radial_head", "op:plate"), ("humeral_shaft", "op:nail"),
        ("humeral_shaft", "op:plate"), ("humeral_shaft", "staged_planned"), ("tibial_plateau", "op:plate"),
        ("tibial_plateau", "staged"), ("tibial_plateau", "op:screws"), ("clavicle", "op"), ("hip_oa", "op"),
        ("knee_oa", "op"), ("acl", "op"), ("meniscus", "op"),
    ],
}
PREFIX = {"bil_his_kkru": "bil", "kk_prose_epi": "kke", "ru_trauma_op": "top"}
LANG = {"bil_his_kkru": "mixed", "kk_prose_epi": "kk", "ru_trauma_op": "ru"}

SITE = {
    "femoral_neck": dict(icd="S72.0", ao=["31-B1", "31-B2", "31-B3"], age=(58, 89), ops=["cannulated", "tha"]),
    "pertrochanteric": dict(icd="S72.1", ao=["31-A1", "31-A2", "31-A3"], age=(61, 92), ops=["nail_pfna", "nail_gamma", "dhs"]),
    "femoral_shaft": dict(icd="S72.3", ao=["32-A2", "32-A3", "32-B2", "32-C1"], age=(19, 58), ops=["nail", "plate"]),
    "distal_radius": dict(icd="S52.5", ao=["23-A2", "23-A3", "23-B2", "23-C1", "23-C2"], age=(22, 78), ops=["plate", "exfix"]),
    "ankle": dict(icd="S82.8", ao=["44-A2", "44-B1", "44-B2", "44-C1"], age=(20, 72), ops=["plate", "plate_pos", "tbw"]),
    "tibial_shaft": dict(icd="S82.2", ao=["42-A1", "42-A2", "42-B2", "42-C1"], age=(19, 66), ops=["nail", "exfix", "plate"]),
    "proximal_humerus": dict(icd="S42.2", ao=["11-A2", "11-A3", "11-B1", "11-C1"], age=(45, 84), ops=["plate"]),
    "patella": dict(icd="S82.0", ao=["34-B1", "34-C1", "34-C2", "34-C3"], age=(25, 75), ops=["tbw"]),
    "radial_head": dict(icd="S52.1", ao=["21-A2", "21-B2", "21-B3"], age=(20, 65), ops=["plate", "screws"]),
    "humeral_shaft": dict(icd="S42.3", ao=["12-A1", "12-A2", "12-B1", "12-B2", "12-C1"], age=(20, 70), ops=["nail", "plate"]),
    "tibial_plateau": dict(icd="S82.1", ao=["41-B1", "41-B2", "41-B3", "41-C1", "41-C3"], age=(28, 74), ops=["plate", "screws"]),
    "clavicle": dict(icd="S42.0", ao=["15-B1", "15-B2", "15-B3"], age=(18, 60), ops=["plate"]),
    "hip_oa": dict(icd="M16.1", ao=[], age=(52, 78), ops=["tha"]),
    "knee_oa": dict(icd="M17.1", ao=[], age=(55, 80), ops=["tka"]),
    "acl": dict(icd="S83.5", ao=[], age=(18, 38), ops=["aclr"]),
    "meniscus": dict(icd="S83.2", ao=[], age=(19, 52), ops=["menisc"]),
}
PROC_OF = {"tha": "total_hip_arthroplasty", "tka": "total_knee_arthroplasty", "cannulated": "cannulated_screws",
           "screws": "cannulated_screws", "nail": "intramedullary_nailing", "nail_pfna": "intramedullary_nailing",
           "nail_gamma": "intramedullary_nailing", "plate": "plate_osteosynthesis", "plate_pos": "plate_osteosynthesis",
           "dhs": "plate_osteosynthesis", "exfix": "external_fixation", "tbw": "tension_band_wiring",
           "aclr": "acl_reconstruction", "menisc": "partial_meniscectomy",
           "hemi": None, "kwire": None, "rh_resection": None, "men_suture": None}

# ---------------------------------------------------------------- people, dates, IIN
KK_M = [("Жұмабаев", "Ерлан", "Серікұлы"), ("Нұрланов", "Асқар", "Болатұлы"), ("Сейітов", "Дәурен", "Маратұлы"),
        ("Тоқтаров", "Ғалым", "Қайратұлы"), ("Әбдіқадыров", "Нұржан", "Талғатұлы"), ("Құдайбергенов", "Бауыржан", "Әлиұлы"),
        ("Оспанов", "Мұрат", "Жандосұлы"), ("Байжанов", "Руслан", "Ерболұлы"), ("Қасымов", "Айдос", "Өмірзақұлы"),
        ("Есенғалиев", "Темірлан", "Бекұлы"), ("Ысқақов", "Санжар", "Нұрболұлы"), ("Мұқанов", "Арман", "Қанатұлы")]
KK_F = [("Жұмабаева", "Айгүл", "Серікқызы"), ("Нұрланова", "Гүлнар", "Болатқызы"), ("Сейітова", "Әсел", "Маратқызы"),
        ("Тоқтарова", "Ұлжан", "Қайратқызы"), ("Әбдіқадырова", "Мөлдір", "Талғатқызы"), ("Оспанова", "Құралай", "Жандосқызы"),
        ("Байжанова", "Динара", "Ерболқызы"), ("Қасымова", "Аружан", "Өмірзаққызы"), ("Есенғалиева", "Сәуле", "Бекқызы"),
        ("Мұқанова", "Гүлжан", "Қанатқызы"), ("Ысқақова", "Зәуре", "Нұрболқызы")]
RU_M = [("Петров", "Сергей", "Иванович"), ("Ким", "Владислав", "Олегович"), ("Шевченко", "Андрей", "Викторович"),
        ("Каримов", "Тимур", "Рустамович"), ("Гончаров", "Дмитрий", "Павлович"), ("Ли", "Артём", "Сергеевич"),
        ("Ахметов", "Ринат", "Маратович"), ("Белов", "Николай", "Фёдорович")]
RU_F = [("Петрова", "Ольга", "Николаевна"), ("Ким", "Наталья", "Викторовна"), ("Шевченко", "Ирина", "Андреевна"),
        ("Каримова", "Лейла", "Рустамовна"), ("Гончарова", "Валентина", "Петровна"), ("Иванова", "Людмила", "Григорьевна"),
        ("Ахметова", "Гульнара", "Маратовна")]
DOCTORS = ["Абенов Д.К.", "Сарсенбаев Е.Т.", "Ли В.А.", "Жакупов Н.С.", "Кенжебаева А.М.", "Мельников О.П.",
           "Тулеуов Б.Ж.", "Исмаилов Р.Ш.", "Омарова Г.Б.", "Дюсенов А.Қ.", "Смагулов Т.Е.", "Бекова Ж.Н."]
CITIES = [("Алматы", "Алматы"), ("Шымкент", "Шымкент"), ("Қарағанды", "Караганда"), ("Павлодар", "Павлодар"),
          ("Өскемен", "Усть-Каменогорск"), ("Ақтөбе", "Актобе"), ("Қостанай", "Костанай"), ("Тараз", "Тараз")]
STREETS = ["Абай", "Сейфуллин", "Төле би", "Жамбыл", "Гагарин", "Бөгенбай батыр", "Назарбаев", "Пушкин", "Момышұлы"]
KK_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
             "қараша", "желтоқсан"]


def iin_for(birth, sex, rng):
    cent = (3 if sex == "m" else 4) if birth.year < 2000 else (5 if sex == "m" else 6)
    while True:
        base = birth.strftime("%y%m%d") + str(cent) + "".join(str(rng.randint(0, 9)) for _ in range(4))
        d = [int(x) for x in base]
        s = sum(d[i] * (i + 1) for i in range(11)) % 11
        if s == 10:
            w = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
            s = sum(d[i] * w[i] for i in range(11)) % 11
            if s == 10:
                continue
        return base + str(s)


def dfmt(d):
    return d.strftime("%d.%m.%Y")


KK_MONTHS_LOC = ["қаңтарда", "ақпанда", "наурызда", "сәуірде", "мамырда", "маусымда", "шілдеде", "тамызда", "қыркүйекте",
                 "қазанда", "қарашада", "желтоқсанда"]


def kkdate(d):
    return f"{d.year} жылғы {d.day} {KK_MONTHS[d.month - 1]}"


def kkdate_loc(d):
    return f"{d.year} жылғы {d.day} {KK_MONTHS_LOC[d.month - 1]}"


# ---------------------------------------------------------------- Cyrillic look-alikes
CYR = {"A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т",
       "X": "Х", "I": "І", "S": "Ѕ"}


def code_txt(code, cyr):
    if not cyr:
        return code
    return "".join(CYR.get(ch, ch) for ch in code)


def ao_txt(c, lang):
    """text for the AO code; may use Cyrillic A/B/C and several shapes."""
    a = c["ao"]
    letter = a[3]
    if c["ao_cyr"]:
        a = a.replace(letter, CYR[letter])
    shape = c["ao_shape"]
    compact = a.replace("-", "")
    if lang == "kk":
        return [f"АО бойынша {a} типі", f"AO/OTA жіктемесі бойынша {compact}", f"(АО {a})"][shape]
    return [f"тип {a} по АО", f"AO/OTA {compact}", f"(АО {a})"][shape]


# ---------------------------------------------------------------- sampling
def pick(rng, items, weights=None):
    if weights is None:
        return items[rng.randrange(len(items))]
    t = rng.random() * sum(weights)
    for it, w in zip(items, weights):
        t -= w
        if t < 0:
            return it
    return items[-1]


COMORB = ["gb", "dm", "obes", "ihd", "copd", "anemia", "varic"]
COMORB_CODE = {"gb": "I11.9", "dm": "E11.9", "obes": "E66.0", "ihd": "I25.1", "copd": "J44.9", "anemia": "D64.9",
               "varic": "I83.9"}
SECONDARY = {"bruise_knee": "S80.0", "bruise_thigh": "S70.1", "abrasion_forearm": "S50.8", "bruise_shoulder": "S40.0",
             "concussion": "S06.0", "rib": "S22.3"}
COMPL_CODE = {"dvt": "I80.2", "infection": "T81.4", "hematoma": "T81.0", "necrosis": None, "neuropathy": "G56.3"}
HISTORY = ["ankle_plate", "clavicle_cons", "tha_other", "radius_cast", "tibia_exfix", "knee_arthroscopy"]


def sample_case(style, rid, site, variant, rng):
    c = {"id": rid, "style": style, "site": site, "variant": variant, "tags": []}
    info = SITE[site]
    c["fracture"] = site in FRACTURE_SITES
    c["sex"] = pick(rng, ["m", "f"])
    lo, hi = info["age"]
    c["age"] = rng.randint(lo, hi)
    # dates
    adm = dt.date(2024, 1, 8) + dt.timedelta(days=rng.randint(0, 690))
    c["adm"] = adm
    c["birth"] = dt.date(adm.year - c["age"], rng.randint(1, 12), rng.randint(1, 28))
    if (c["birth"].month, c["birth"].day) > (adm.month, adm.day):
        c["age"] -= 1
    c["iin"] = iin_for(c["birth"], c["sex"], rng)
    kkname = rng.random() < (0.75 if style != "ru_trauma_op" else 0.45)
    pool = (KK_M if c["sex"] == "m" else KK_F) if kkname else (RU_M if c["sex"] == "m" else RU_F)
    fam, nm, pat = pick(rng, pool)
    c["name"] = f"{fam} {nm} {pat}"
    c["city"] = pick(rng, CITIES)
    c["addr"] = (pick(rng, STREETS), rng.randint(1, 180), rng.randint(1, 120))
    docs = rng.sample(DOCTORS, 5)
    c["doc"], c["head"], c["surgeon"], c["assist"], c["anesth_doc"] = docs
    c["hist_no"] = f"{rng.randint(1000, 9999)}/{adm.year % 100}"

    kind_forced = None
    c["impl_forced"] = None
    if ":" in variant:
        parts = variant.split(":")
        variant, kind_forced = parts[0], parts[1]
        if len(parts) > 2:
            c["impl_forced"] = parts[2]
        c["variant"] = variant
    c["treat"] = variant  # op cons planned outside revision staged staged_planned manip
    operated = variant in ("op", "outside", "revision", "staged", "staged_planned")
    c["operated"] = operated

    # side
    c["side"] = pick(rng, ["right", "left"])
    if rng.random() < 0.08 and variant not in ("revision",):
        c["side"] = None
        c["tags"].append("side_not_stated")

    # fracture attributes
    c["open"] = c["displaced"] = None
    c["comminuted"] = None
    c["gustilo"] = None
    c["schatzker"] = None
    c["ao"] = None
    c["third"] = pick(rng, ["в/3", "ср/3", "н/3"], [2, 3, 2])
    c["subtype"] = 0
    if site == "ankle":
        c["subtype"] = pick(rng, [0, 1, 2])  # lateral, bimalleolar, medial
        if kind_forced == "tbw":
            c["subtype"] = 2
    if site == "tibial_plateau":
        c["subtype"] = pick(rng, [0, 1, 2])  # lateral condyle, both condyles, plateau
    if site == "distal_radius" or site == "clavicle" or site == "proximal_humerus" or site == "tibial_shaft":
        c["subtype"] = pick(rng, [0, 1])
    if c["fracture"]:
        if variant == "revision":
            c["displaced"], c["comminuted"], c["open"] = True, False, None
        else:
            can_open = site in ("tibial_shaft", "femoral_shaft", "ankle", "humeral_shaft", "distal_radius", "patella")
            if variant in ("staged", "staged_planned") and site != "tibial_plateau":
                c["open"] = True
            elif variant in ("staged",):
                c["open"] = False
            else:
                c["open"] = pick(rng, [False, True, None], [0.62, 0.16 if can_open else 0.0, 0.24])
            if variant in ("cons", "manip", "planned") and c["open"]:
                c["open"] = False
            if variant in ("cons", "manip"):
                c["displaced"] = pick(rng, [False, None, True], [0.55, 0.3, 0.15 if site in ("clavicle", "proximal_humerus", "humeral_shaft") else 0.0])
                if variant == "manip":
                    c["displaced"] = True
            else:
                c["displaced"] = pick(rng, [True, False, None], [0.66, 0.1, 0.24])
            c["comminuted"] = rng.random() < (0.5 if site in ("tibial_plateau", "tibial_shaft", "femoral_shaft", "patella") or variant == "staged" else 0.25)
            if rng.random() < 0.5:
                c["ao"] = pick(rng, info["ao"])
                if site == "tibial_plateau" and c["subtype"] == 1:
                    c["ao"] = pick(rng, ["41-C1", "41-C2", "41-C3"])
        if c["open"]:
            c["gustilo"] = pick(rng, ["I", "II", "IIIA"]) if variant not in ("staged", "staged_planned") else pick(rng, ["II", "IIIA"])
        if site == "tibial_plateau" and rng.random() < 0.75:
            c["schatzker"] = pick(rng, ["I", "II", "III", "IV"]) if c["subtype"] != 1 else pick(rng, ["V", "VI"])
            if variant == "staged":
                c["schatzker"] = pick(rng, ["V", "VI"])
                c["subtype"] = 1
    c["ao_cyr"] = rng.random() < 0.4
    c["ao_shape"] = rng.randrange(3)
    # OA
    c["kl"] = None
    c["nfs"] = pick(rng, ["I", "II", "III"])
    if site in ("hip_oa", "knee_oa"):
        c["kl"] = pick(rng, [2, 3, 4], [1, 3, 2]) if variant == "planned" else pick(rng, [3, 4], [1, 1])
        if rng.random() < 0.2:
            c["kl"] = None
            c["tags"].append("kl_not_stated_nfs_only")
    # mechanism
    if site in ("hip_oa", "knee_oa"):
        c["mech"] = None
    elif site == "acl":
        c["mech"] = pick(rng, ["sport", "sport", None])
    elif site == "meniscus":
        c["mech"] = pick(rng, ["sport", "home", None])
    elif site in ("femoral_neck", "pertrochanteric"):
        c["mech"] = pick(rng, ["fall_street", "home", None], [4, 5, 1])
    else:
        c["mech"] = pick(rng, ["fall_street", "home", "fall_height", "traffic", "sport", None], [3, 2, 2, 2, 1, 1])
        if variant == "staged" or c["open"]:
            c["mech"] = pick(rng, ["traffic", "fall_height"])
    if variant == "revision" and c["mech"] is None:
        c["mech"] = pick(rng, ["fall_street", "home"])
    c["mech_v"] = rng.randrange(3)
    # ICD main
    codes_on = rng.random() > 0.1
    c["codes_on"] = codes_on
    main = info["icd"]
    if site == "ankle":
        main = ["S82.6", "S82.8", "S82.5"][c["subtype"]]
    if site == "acl" and rng.random() < 0.4:
        main = "M23.5"
        c["chronic"] = True
    if site == "meniscus" and rng.random() < 0.4:
        main = "M23.2"
        c["chronic"] = True
    if variant == "revision" and site in ("femoral_neck", "tibial_shaft"):
        main = pick(rng, ["M84.1", "T84.1"])
    if c["fracture"] and variant != "revision" and rng.random() < 0.3 and main.startswith("S"):
        main = main + ("1" if c["open"] else "0")
    c["main_code"] = main
    c["cyr_main"] = rng.random() < (0.15 if main.startswith("S") else 0.5)
    # treatment kind
    kind = None
    if variant in ("op", "revision", "staged", "staged_planned"):
        kind = kind_forced or pick(rng, info["ops"])
        if variant == "revision":
            kind = {"femoral_neck": "tha", "distal_radius": "plate", "tibial_shaft": "nail"}[site]
        if variant == "staged":
            kind = {"femoral_shaft": "nail", "tibial_shaft": "nail", "tibial_plateau": "plate"}[site]
        if variant == "staged_planned":
            kind = "exfix"
    elif variant == "outside":
        kind = kind_forced
    c["kind"] = kind
    c["procedure"] = PROC_OF[kind] if kind else None
    # implants
    imps, generic = implants_for(c, rng)
    c["implants"] = imps if c["operated"] else None
    c["generic_impl"] = generic
    if c["operated"] and not imps:
        c["tags"].append("no_catalogue_implant")
    # anaesthesia
    c["anesth"] = None
    if c["operated"]:
        if kind in ("tha", "tka", "hemi"):
            c["anesth"] = pick(rng, ["spinal", "general", None], [7, 2, 1])
        elif site in UPPER:
            c["anesth"] = pick(rng, ["general", "block", None], [4.5, 3.5, 2])
        else:
            c["anesth"] = pick(rng, ["spinal", "general", None], [5.5, 2.5, 2])
        if c["anesth"] == "block":
            c["tags"].append("regional_block_anesthesia")
    if variant == "manip":
        c["anesth"] = "local"
    # blood loss
    c["bl"] = None
    c["bl_mode"] = None
    if c["operated"]:
        rngs = {"tha": (250, 700), "tka": (150, 450), "hemi": (200, 500), "cannulated": (30, 120), "screws": (30, 120),
                "nail": (100, 450), "nail_pfna": (100, 350), "nail_gamma": (100, 350), "plate": (80, 400),
                "plate_pos": (80, 250), "dhs": (200, 500), "exfix": (30, 150), "tbw": (50, 200), "aclr": (30, 100),
                "menisc": (20, 50), "kwire": (10, 30), "rh_resection": (40, 120), "men_suture": (20, 50)}[kind]
        mode = pick(rng, ["number", "minimal", "absent"], [7, 1.5, 1.5])
        if kind in ("menisc", "kwire", "men_suture") and mode == "number":
            mode = pick(rng, ["minimal", "absent", "number"])
        c["bl_mode"] = mode
        if mode == "number":
            v = rng.randint(*rngs)
            c["bl"] = int(round(v / 10.0) * 10) if v < 200 else int(round(v / 50.0) * 50)
        elif mode == "minimal":
            c["tags"].append("blood_loss_minimal_no_number")
    # complaints
    c["complaints"] = sample_complaints(c, rng)
    # secondary injury / complication / comorbidity / history
    c["secondary"] = None
    if c["fracture"] and variant not in ("revision",) and (c["mech"] in ("traffic", "fall_height", "fall_street") or variant == "staged") \
            and rng.random() < (0.8 if variant == "staged" else 0.35):
        choices = ["bruise_knee", "bruise_thigh", "abrasion_forearm", "bruise_shoulder", "concussion", "rib"]
        if c["side"] is None:
            choices = ["concussion"]
        c["secondary"] = pick(rng, choices)
        c["secondary_coded"] = codes_on and rng.random() < 0.65
        c["tags"].append("secondary_injury")
    c["compl"] = None
    if c["operated"] and rng.random() < 0.22:
        opts = ["infection", "hematoma", "necrosis"]
        if site not in UPPER:
            opts += ["dvt", "dvt"]
        if site == "humeral_shaft":
            opts += ["neuropathy"]
        c["compl"] = pick(rng, opts)
        c["compl_coded"] = codes_on and COMPL_CODE[c["compl"]] is not None and rng.random() < 0.75
        c["tags"].append("complication:" + c["compl"])
    ncom = rng.choice([0, 1, 1, 2, 3]) if c["age"] >= 55 else rng.choice([0, 0, 0, 1])
    c["comorb"] = [(k, codes_on and rng.random() < 0.6, pick(rng, ["II", "III"])) for k in rng.sample(COMORB, ncom)]
    if site in ("hip_oa", "knee_oa") and not any(k == "gb" for k, _, _ in c["comorb"]):
        c["comorb"].insert(0, ("gb", codes_on and rng.random() < 0.5, "II"))
    if c["comorb"]:
        c["tags"].append("comorbidity_grades")
    c["history"] = None
    if rng.random() < 0.3 and c["side"] is not None:
        c["history"] = pick(rng, HISTORY)
        c["history_side"] = pick(rng, ["right", "left"])
        c["history_year"] = rng.randint(2009, 2021)
        c["tags"].append("old_injury_history:" + c["history"])
    # icd truth, in order of appearance: main, secondary, complication, comorbidities
    icd = []
    if codes_on:
        icd.append(main)
        if c["secondary"] and c["secondary_coded"]:
            icd.append(SECONDARY[c["secondary"]])
        if c["compl"] and c["compl_coded"]:
            icd.append(COMPL_CODE[c["compl"]])
        for k, coded, _ in c["comorb"]:
            if coded:
                icd.append(COMORB_CODE[k])
    dedup = []
    for x in icd:
        if x not in dedup:
            dedup.append(x)
    c["icd"] = dedup or None
    c["cyr_codes"] = {"sec": rng.random() < 0.15, "compl": rng.random() < 0.4, "com": rng.random() < 0.4}
    # dates of op / discharge
    if site in ("hip_oa", "knee_oa", "acl", "meniscus"):
        c["trauma_date"] = None
    else:
        c["trauma_date"] = adm - dt.timedelta(days=rng.choice([0, 0, 0, 1, 2]))
    if variant == "revision":
        c["months_ago"] = rng.randint(3, 11)
    c["op_date"] = adm + dt.timedelta(days=rng.randint(0, 3)) if c["operated"] else None
    if variant in ("staged",):
        c["op1_date"] = adm
        c["op_date"] = adm + dt.timedelta(days=rng.randint(6, 12))
    if variant == "staged_planned":
        c["op_date"] = adm
    if variant == "manip":
        c["op_date"] = adm
    base = c["op_date"] or adm
    c["dis"] = base + dt.timedelta(days=rng.randint(5, 11) if c["operated"] else rng.randint(2, 7))
    # rehabilitation / restrictions / weeks
    sample_rehab(c, rng)
    c["infusion"] = pick(rng, [400, 500, 800, 1000, 1200])
    c["transfusion"] = rng.random() < 0.2 and c["operated"] and kind in ("tha", "nail", "dhs", "nail_pfna", "nail_gamma", "plate")
    c["suture_days"] = pick(rng, ["10–12", "12–14", "14"])
    if c["transfusion"]:
        c["tags"].append("transfusion_volume_distractor")
    return c


def implants_for(c, rng):
    k = c["kind"]
    site = c["site"]
    if k is None:
        return [], None
    generic = rng.random() < 0.15
    if k == "tha":
        if generic:
            return [], "cem_tha"
        return pick(rng, [["эндопротез DePuy Pinnacle", "эндопротез DePuy Corail"], ["эндопротез Zimmer"]]), None
    if k == "tka":
        if c["impl_forced"] == "nexgen":
            return ["эндопротез Zimmer NexGen"], None
        if generic:
            return [], "tka"
        return [pick(rng, ["эндопротез Zimmer NexGen", "эндопротез Smith & Nephew Genesis II", "эндопротез DePuy Attune"], [3, 1, 1])], None
    if k in ("cannulated", "screws"):
        return ([], "screws") if generic else (["канюлированные винты Synthes"], None)
    if k == "nail":
        return ([], "nail") if generic else (["интрамедуллярный штифт ChM"], None)
    if k == "nail_pfna":
        return ["интрамедуллярный штифт PFNA"], None
    if k == "nail_gamma":
        return ["штифт Gamma3"], None
    if k == "dhs":
        return [], "dhs"
    if k == "plate":
        if generic:
            return [], "plate"
        if site == "distal_radius":
            return [pick(rng, ["пластина APTUS", "пластина LCP"])], None
        if site == "radial_head":
            return ["пластина APTUS"], None
        if site == "proximal_humerus":
            return ["пластина PHILOS"], None
        if site == "ankle":
            return ["пластина LCP 1/3 трубчатая"], None
        if site == "femoral_shaft" and rng.random() < 0.4:
            return ["пластина LCP", "серкляжная проволока"], None
        return ["пластина LCP"], None
    if k == "plate_pos":
        return ["пластина LCP 1/3 трубчатая", "позиционный винт"], None
    if k == "exfix":
        return ([], "exfix") if generic else (["аппарат Илизарова"], None)
    if k == "tbw":
        return ["спицы Киршнера", "серкляжная проволока"], None
    if k == "aclr":
        if c["impl_forced"] == "endobutton":
            return ["фиксатор EndoButton", "интерферентный винт Arthrex"], None
        return pick(rng, [["фиксатор EndoButton", "интерферентный винт Arthrex"], ["интерферентный винт Arthrex"]]), None
    if k == "menisc":
        return [], None
    if k == "hemi":
        return pick(rng, [(["эндопротез Zimmer"], None), ([], "hemi")])
    if k == "kwire":
        return ["спицы Киршнера"], None
    if k in ("rh_resection", "men_suture"):
        return [], None
    raise ValueError(k)


def sample_complaints(c, rng):
    site = c["site"]
    if rng.random() < 0.08:
        c["tags"].append("no_complaints_section")
        return None
    if site in ("hip_oa", "knee_oa"):
        base = ["pain", "limited_motion", "night_pain"]
        opt = ["swelling", "deformity"]
    elif site == "acl":
        base = ["pain", "instability"]
        opt = ["swelling", "limited_motion"]
    elif site == "meniscus":
        base = ["pain", "locking"]
        opt = ["swelling", "limited_motion"]
    else:
        base = ["pain"]
        opt = ["swelling", "limited_motion"]
        if c["displaced"]:
            opt.append("deformity")
        if site not in UPPER:
            opt.append("no_weight_bearing")
    out = list(base)
    for o in opt:
        if rng.random() < 0.6:
            out.append(o)
    if site in ("hip_oa", "knee_oa") and rng.random() < 0.4:
        out.remove("night_pain")
    return out


def sample_rehab(c, rng):
    site, k, t = c["site"], c["kind"], c["treat"]
    rehab, restr = [], []
    wb = None
    lower = site not in UPPER
    if t in ("cons", "manip"):
        if site in ("clavicle", "proximal_humerus"):
            restr.append("sling")
            c["sling_weeks"] = pick(rng, [3, 4])
            if rng.random() < 0.5:
                rehab.append("lfk")
            if rng.random() < 0.4:
                restr.append("no_lifting")
        elif site == "humeral_shaft":
            restr.append("brace")
            if rng.random() < 0.5:
                restr.append("sling")
                c["sling_weeks"] = 2
            if rng.random() < 0.6:
                rehab.append("isometric")
        elif site in ("distal_radius", "radial_head"):
            c["cast_weeks"] = pick(rng, [3, 4, 5]) if site == "distal_radius" else pick(rng, [2, 3])
            if rng.random() < 0.6:
                rehab.append("lfk")
            if rng.random() < 0.4:
                rehab.append("physio")
            if rng.random() < 0.5:
                restr.append("no_lifting")
        else:  # lower limb conservative
            rehab.append("crutches")
            restr.append("no_weight_bearing")
            if site == "tibial_plateau":
                restr.append("brace")
            if site in ("ankle", "tibial_shaft"):
                c["cast_weeks"] = pick(rng, [6, 8])
            wb = pick(rng, [4, 6, 8, 12])
            if rng.random() < 0.5:
                rehab.append("isometric")
    elif t == "planned":
        if site == "tibial_plateau":
            rehab.append("crutches")
            restr.append("no_weight_bearing")
            c["cast_weeks"] = None
        else:  # OA planned: conservative course
            rehab = ["physio"] + (["lfk"] if rng.random() < 0.7 else [])
            if rng.random() < 0.5:
                restr.append("no_lifting")
    else:
        if k in ("tha", "hemi"):
            rehab.append("lfk")
            rehab.append(pick(rng, ["walker", "crutches"]))
            if rng.random() < 0.8:
                restr.append("hip_precautions")
            if rng.random() < 0.6:
                restr.append("partial_weight_bearing")
                wb = pick(rng, [4, 6, 8])
        elif k == "tka":
            rehab.append("lfk")
            if rng.random() < 0.7:
                rehab.append("cpm")
            rehab.append(pick(rng, ["walker", "crutches"]))
            if rng.random() < 0.6:
                restr.append("partial_weight_bearing")
                wb = pick(rng, [4, 6])
        elif k == "aclr":
            rehab += ["lfk", "crutches"]
            if rng.random() < 0.5:
                rehab.append("cpm")
            if rng.random() < 0.5:
                rehab.append("isometric")
            restr.append("brace")
            if rng.random() < 0.7:
                restr.append("partial_weight_bearing")
                wb = pick(rng, [2, 3, 4])
        elif k in ("menisc", "men_suture"):
            rehab += ["lfk", "crutches"]
            if k == "men_suture":
                restr.append("no_weight_bearing")
                wb = 4
                restr.append("brace")
            else:
                restr.append("partial_weight_bearing")
                wb = pick(rng, [1, 2])
        elif lower:
            if rng.random() < 0.85:
                rehab.append("lfk")
            rehab.append("crutches" if c["age"] < 70 else pick(rng, ["walker", "crutches"]))
            if rng.random() < 0.3:
                rehab.append("physio")
            if rng.random() < 0.4:
                rehab.append("isometric")
            if site in ("tibial_plateau", "patella") and rng.random() < 0.5:
                rehab.append("cpm")
            restr.append(pick(rng, ["no_weight_bearing", "partial_weight_bearing"], [3, 2]))
            wb = pick(rng, [4, 6, 8, 12])
            if site in ("patella", "tibial_plateau") and rng.random() < 0.5:
                restr.append("brace")
            if t == "staged_planned":
                pass
        else:
            if rng.random() < 0.85:
                rehab.append("lfk")
            if rng.random() < 0.4:
                rehab.append("physio")
            if rng.random() < 0.35:
                rehab.append("isometric")
            if site in ("proximal_humerus", "clavicle", "humeral_shaft") and rng.random() < 0.5:
                restr.append("sling")
                c["sling_weeks"] = pick(rng, [2, 3])
            if rng.random() < 0.6:
                restr.append("no_lifting")
            if site == "humeral_shaft" and t == "staged_planned":
                restr = [r for r in restr if r != "sling"]
    if rng.random() < 0.07 and t not in ("cons",):
        rehab = []
        c["tags"].append("no_rehab_statement")
    c["rehab"] = rehab or None
    c["restr"] = restr or None
    if c["restr"] is None or not ({"no_weight_bearing", "partial_weight_bearing"} & set(c["restr"])):
        wb = None
    c["wb"] = wb
    if wb is not None and wb in (4, 8, 12) and rng.random() < 0.35:
        c["wb_months"] = True
    # follow-up
    c["fu"] = None
    if rng.random() < 0.88:
        c["fu"] = pick(rng, [1, 2, 4, 6, 8, 12], [1, 3, 3, 3, 1.5, 1]) if t != "planned" else pick(rng, [1, 2])
        if c["fu"] in (4, 6, 8, 12) and rng.random() < 0.35:
            c["fu_months"] = True
    if "sling_weeks" not in c:
        c["sling_weeks"] = None
    if "cast_weeks" not in c:
        c["cast_weeks"] = None


def truth_of(c):
    f = dict.fromkeys(FIELD_KEYS)
    f["site"] = c["site"]
    f["side"] = c["side"]
    if c["fracture"]:
        f["fracture_displaced"] = c["displaced"]
        f["fracture_comminuted"] = bool(c["comminuted"])
        f["fracture_open"] = c["open"]
        f["ao_ota"] = c["ao"]
    f["kl_grade"] = c["kl"]
    f["mechanism"] = c["mech"]
    f["procedure"] = c["procedure"] if c["operated"] else None
    f["implants"] = list(c["implants"]) if c["operated"] else None
    f["anesthesia"] = c["anesth"] if c["anesth"] in ("spinal", "general") else None
    f["blood_loss_ml"] = c["bl"]
    f["icd10"] = c["icd"]
    f["complaints"] = c["complaints"]
    f["rehabilitation"] = c["rehab"]
    f["restrictions"] = c["restr"]
    f["weight_bearing_weeks"] = c["wb"]
    f["follow_up_weeks"] = c["fu"]
    return f


# ============================================================================================
# phrase banks
# ============================================================================================
def adj(side, form):
    """Russian side adjective. form: F (правой), M (правого), Fa (прав.), adv (справа)."""
    if side is None:
        return ""
    r = side == "right"
    return {"F": "правой" if r else "левой", "M": "правого" if r else "левого", "Fa": "прав." if r else "лев.",
            "adv": "справа" if r else "слева", "N": "правая" if r else "левая", "Mn": "правый" if r else "левый",
            "Facc": "правую" if r else "левую", "P": "правосторонний" if r else "левосторонний",
            "Fp": "правом" if r else "левом"}[form]


def kside(side):
    if side is None:
        return ""
    return "оң жақ" if side == "right" else "сол жақ"


def opp(side):
    return {"right": "left", "left": "right", None: None}[side]


def clean(s):
    s = re.sub(r"[ \t]{2,}", " ", s)
    s = re.sub(r" ([,.;)])", r"\1", s)
    s = re.sub(r"\( ", "(", s)
    return s.strip()


THIRD_FULL = {"в/3": "в верхней трети", "ср/3": "в средней трети", "н/3": "в нижней трети"}
THIRD_KK = {"в/3": "жоғарғы үштен бір бөлігінің", "ср/3": "орта үштен бір бөлігінің", "н/3": "төменгі үштен бір бөлігінің"}


def ru_site(c, abbr=False):
    """(prefix adjective, site genitive phrase) for 'перелом ...'"""
    s, sd, st = c["site"], c["side"], c["subtype"]
    F = adj(sd, "Fa" if abbr else "F")
    M = adj(sd, "Fa" if abbr else "M")
    th = c["third"] if abbr else THIRD_FULL[c["third"]]
    if s == "femoral_neck":
        return "", (f"шейки {F} бедр. кости" if abbr else f"шейки {F} бедренной кости")
    if s == "pertrochanteric":
        return "чрезвертельный", (f"{F} бедр. кости" if abbr else f"{F} бедренной кости")
    if s == "femoral_shaft":
        return "", (f"{c['third']} диафиза {F} бедр. кости" if abbr else f"диафиза {F} бедренной кости {th}")
    if s == "distal_radius":
        if st == 0:
            return "", (f"д/метаэпифиза {F} луч. кости" if abbr else f"дистального метаэпифиза {F} лучевой кости")
        return "", (f"{F} луч. кости в типичном месте" if abbr else f"{F} лучевой кости в типичном месте")
    if s == "ankle":
        return [("", f"наружной лодыжки {F} голени"), ("двухлодыжечный", f"{F} голени"),
                ("", f"внутренней лодыжки {F} голени")][st]
    if s == "tibial_shaft":
        if st == 0:
            return "", (f"{c['third']} диафиза {F} б/берц. кости" if abbr else f"диафиза {F} большеберцовой кости {th}")
        return "", (f"обеих костей {F} голени в {c['third']}" if abbr else f"обеих костей {F} голени {th}")
    if s == "proximal_humerus":
        return "", (f"хирургической шейки {F} плечевой кости" if st == 0 else f"проксимального отдела {F} плечевой кости")
    if s == "patella":
        return "", f"{M} надколенника"
    if s == "radial_head":
        return "", (f"головки {F} луч. кости" if abbr else f"головки {F} лучевой кости")
    if s == "humeral_shaft":
        return "", (f"{c['third']} диафиза {F} плеч. кости" if abbr else f"диафиза {F} плечевой кости {th}")
    if s == "tibial_plateau":
        bb = "б/берц. кости" if abbr else "большеберцовой кости"
        return "", [f"латерального мыщелка {F} {bb}", f"обоих мыщелков {F} {bb}", f"плато {F} {bb}"][st]
    if s == "clavicle":
        return "", (f"{F} ключицы в ср/3" if st == 0 else f"акромиального конца {F} ключицы")
    raise ValueError(s)


def ru_diag(c, abbr=False):
    s = c["site"]
    sd = c["side"]
    if s == "hip_oa":
        kl = f" {['I', 'II', 'III', 'IV'][c['kl'] - 1]} ст." if c["kl"] else ""
        klx = " по Kellgren–Lawrence" if c["kl"] and not abbr else (" (K-L)" if c["kl"] else "")
        loc = f"{adj(sd, 'M')} тазобедренного сустава" if not abbr else f"{adj(sd, 'Fa')} ТБС"
        return clean(f"Первичный коксартроз {loc}{kl}{klx}. НФС {c['nfs']} ст.")
    if s == "knee_oa":
        kl = f" {['I', 'II', 'III', 'IV'][c['kl'] - 1]} ст." if c["kl"] else ""
        klx = " по Kellgren–Lawrence" if c["kl"] and not abbr else (" (K-L)" if c["kl"] else "")
        loc = f"{adj(sd, 'M')} коленного сустава" if not abbr else f"{adj(sd, 'Fa')} КС"
        return clean(f"Первичный гонартроз {loc}{kl}{klx}. НФС {c['nfs']} ст.")
    if s == "acl":
        loc = f"{adj(sd, 'M')} коленного сустава" if not abbr else f"{adj(sd, 'Fa')} КС"
        if c.get("chronic"):
            return clean(f"Застарелое повреждение передней крестообразной связки {loc}. Хроническая передняя нестабильность")
        return clean(f"Разрыв передней крестообразной связки {loc}" if not abbr else f"Разрыв ПКС {loc}")
    if s == "meniscus":
        loc = f"{adj(sd, 'M')} коленного сустава" if not abbr else f"{adj(sd, 'Fa')} КС"
        old = "Застарелый разрыв" if c.get("chronic") else "Разрыв"
        return clean(f"{old} заднего рога медиального мениска {loc}")
    pre, gen = ru_site(c, abbr)
    if c["treat"] == "revision":
        if s == "femoral_neck":
            return clean(f"Несросшийся перелом шейки {adj(sd, 'F')} бедренной кости со смещением отломков. "
                         f"Состояние после остеосинтеза винтами ({c['months_ago']} мес. назад), миграция винтов")
        if s == "tibial_shaft":
            return clean(f"Несросшийся перелом диафиза {adj(sd, 'F')} большеберцовой кости со смещением отломков. "
                         f"Состояние после накостного остеосинтеза ({c['months_ago']} мес. назад), перелом пластины")
        if s == "distal_radius":
            return clean(f"Перелом {gen} со смещением отломков. Вторичное смещение "
                         f"после закрытой репозиции и гипсовой иммобилизации")
    words = []
    if c["open"] is True:
        words.append("откр." if abbr else "открытый")
    elif c["open"] is False:
        words.append("закр." if abbr else "закрытый")
    if c["comminuted"]:
        words.append(pick(c["rng"], ["оскольч.", "многооскольч."] if abbr else ["оскольчатый", "многооскольчатый"]))
    if pre:
        words.append(pre)
    words.append("перелом")
    txt = " ".join(words) + " " + gen
    if c["displaced"] is True:
        txt += " со смещ. отломков" if abbr else " со смещением отломков"
    elif c["displaced"] is False:
        txt += " б/смещения" if abbr else " без смещения отломков"
    txt = txt[0].upper() + txt[1:]
    if c["gustilo"]:
        txt += f", тип {c['gustilo']} по Gustilo–Anderson" if not abbr else f" (Gustilo {c['gustilo']})"
    if c["schatzker"]:
        txt += f", Schatzker {c['schatzker']}"
    return clean(txt)


def kk_bone(c):
    s, st = c["site"], c["subtype"]
    k = kside(c["side"])
    th = THIRD_KK[c["third"]]
    return clean({
        "femoral_neck": f"{k} сан сүйегі мойнының",
        "pertrochanteric": f"{k} сан сүйегінің ұршықаралық",
        "femoral_shaft": f"{k} сан сүйегі диафизінің {th}",
        "distal_radius": [f"{k} кәрі жіліктің дистальды метаэпифизінің", f"{k} кәрі жіліктің типтік жердегі"][st % 2],
        "ankle": [f"{k} сирақтың сыртқы тобығының", f"{k} сирақтың екі тобықты", f"{k} сирақтың ішкі тобығының"][st],
        "tibial_shaft": [f"{k} үлкен жіліншік сүйегі диафизінің {th}", f"{k} сирақтың екі сүйегінің {th}"][st % 2],
        "proximal_humerus": [f"{k} тоқпан жіліктің хирургиялық мойнының", f"{k} тоқпан жіліктің проксималды бөлігінің"][st % 2],
        "patella": f"{k} тізе тобығының",
        "radial_head": f"{k} кәрі жілік басының",
        "humeral_shaft": f"{k} тоқпан жілік диафизінің {th}",
        "tibial_plateau": [f"{k} үлкен жіліншік сүйегінің сыртқы айдаршығының", f"{k} үлкен жіліншік сүйегінің екі айдаршығының",
                           f"{k} үлкен жіліншік сүйегі платосының"][st],
        "clavicle": [f"{k} бұғананың орта үштен бір бөлігінің", f"{k} бұғананың акромиальды ұшының"][st % 2],
    }[s])


def kk_diag(c):
    s, sd = c["site"], c["side"]
    k = kside(sd)
    if s in ("hip_oa", "knee_oa"):
        joint = "жамбас-сан буынының коксартрозы" if s == "hip_oa" else "тізе буынының гонартрозы"
        kl = f", {['I', 'II', 'III', 'IV'][c['kl'] - 1]} дәреже (Kellgren–Lawrence бойынша)" if c["kl"] else ""
        return cap(clean(f"{k} {joint}{kl}. Буын қызметінің бұзылуы {c['nfs']} дәреже"))
    if s == "acl":
        if c.get("chronic"):
            return cap(clean(f"{k} тізе буынының алдыңғы айқасқан байламының ескі жарақаты, созылмалы алдыңғы тұрақсыздық"))
        return cap(clean(f"{k} тізе буынының алдыңғы айқасқан байламының жыртылуы"))
    if s == "meniscus":
        old = "ескі " if c.get("chronic") else ""
        return cap(clean(f"{k} тізе буынының ішкі менискісінің артқы мүйізінің {old}жыртылуы"))
    bone = kk_bone(c)
    if c["treat"] == "revision":
        if s == "femoral_neck":
            return cap(clean(f"{bone} бітпеген сынығы, ығысумен. Бұрандалармен остеосинтезден кейінгі жағдай "
                             f"({c['months_ago']} ай бұрын), бұрандалардың жылжуы"))
        if s == "tibial_shaft":
            return cap(clean(f"{bone} бітпеген сынығы, ығысумен. Пластинамен остеосинтезден кейінгі жағдай "
                             f"({c['months_ago']} ай бұрын), пластинаның сынуы"))
        return cap(clean(f"{bone} ығысумен сынығы. Жабық репозиция мен гипстік иммобилизациядан кейінгі қайталама ығысу"))
    w = []
    if c["open"] is True:
        w.append("ашық")
    elif c["open"] is False:
        w.append("жабық")
    if c["comminuted"]:
        w.append("көпжаңқалы")
    if c["displaced"] is True:
        w.append("ығысумен")
    elif c["displaced"] is False:
        w.append("ығысусыз")
    txt = f"{bone} {' '.join(w)} сынығы"
    if c["gustilo"]:
        txt += f", Gustilo–Anderson бойынша {c['gustilo']} тип"
    if c["schatzker"]:
        txt += f", Schatzker бойынша {c['schatzker']} тип"
    return cap(clean(txt))


def cap(s):
    return s[:1].upper() + s[1:] if s else s


# secondary injuries, comorbidities, complications
def ru_secondary(c):
    o = opp(c["side"])
    return {"bruise_knee": f"Ушиб {adj(o, 'M')} коленного сустава", "bruise_thigh": f"Ушиб мягких тканей {adj(o, 'M')} бедра",
            "abrasion_forearm": f"Ссадины {adj(o, 'M')} предплечья", "bruise_shoulder": f"Ушиб {adj(o, 'M')} плечевого сустава",
            "concussion": "ЗЧМТ. Сотрясение головного мозга", "rib": f"Закрытый перелом VII ребра {adj(o, 'adv')}"}[c["secondary"]]


def kk_secondary(c):
    o = kside(opp(c["side"]))
    return {"bruise_knee": f"{o} тізе буынының соғылуы", "bruise_thigh": f"{o} сан аймағы жұмсақ тіндерінің соғылуы",
            "abrasion_forearm": f"{o} білектің сырылуы", "bruise_shoulder": f"{o} иық буынының соғылуы",
            "concussion": "жабық бас-ми жарақаты, ми шайқалуы", "rib": f"{o} VII қабырғаның жабық сынығы"}[c["secondary"]]


def ru_comorb(k, g, abbr=False):
    return {"gb": f"{'ГБ' if abbr else 'Гипертоническая болезнь'} {g} ст., риск 3",
            "dm": "СД 2 типа, субкомпенсация" if abbr else "Сахарный диабет 2 типа",
            "obes": f"Ожирение {g} ст.", "ihd": "ИБС. Стенокардия напряжения ФК II. ХСН I (NYHA)" if not abbr else "ИБС. ХСН ФК II",
            "copd": "ХОБЛ, ДН I ст." if abbr else "Хроническая обструктивная болезнь легких, ДН I ст.",
            "anemia": "Анемия легкой степени", "varic": f"Варикозная болезнь вен н/конечностей, ХВН {g} ст."}[k]


def kk_comorb(k, g):
    return {"gb": f"Гипертониялық ауру {g} дәреже, 3-қатер", "dm": "2 типті қант диабеті",
            "obes": f"{g} дәрежелі семіздік", "ihd": "Жүректің ишемиялық ауруы, күш түскендегі стенокардия ФК II",
            "copd": "Өкпенің созылмалы обструктивті ауруы, тыныс жеткіліксіздігі I дәреже",
            "anemia": "Жеңіл дәрежелі анемия", "varic": f"Аяқ веналарының варикозды ауруы, СВЖ {g} дәреже"}[k]


def ru_compl(c):
    return {"dvt": f"Тромбоз глубоких вен {adj(c['side'], 'F')} голени", "infection": "Нагноение послеоперационной раны",
            "hematoma": "Гематома послеоперационной раны", "necrosis": "Краевой некроз краёв послеоперационной раны",
            "neuropathy": "Нейропатия лучевого нерва"}[c["compl"]]


def kk_compl(c):
    return {"dvt": f"{kside(c['side'])} сирақтың терең веналарының тромбозы", "infection": "операциядан кейінгі жараның іріңдеуі",
            "hematoma": "операциядан кейінгі жара аймағының гематомасы", "necrosis": "операциядан кейінгі жара жиектерінің некрозы",
            "neuropathy": "кәрі жілік нервінің нейропатиясы"}[c["compl"]]


def codestr(c, which, code):
    cyr = c["cyr_main"] if which == "main" else c["cyr_codes"][which]
    return code_txt(code, cyr)


# mechanism
def ru_mech(c, abbr=False):
    m, v, f = c["mech"], c["mech_v"], c["sex"] == "f"
    upal = "упала" if f else "упал"
    posk = "поскользнувшись"
    if m is None:
        return pick(c["rng"], ["Обстоятельства травмы пациент не помнит.", "Со слов, травма накануне, обстоятельства не уточняет."])
    return {
        "fall_street": [f"{upal} на улице, {posk} на гололёде", f"{upal} на улице с высоты собственного роста, споткнувшись о бордюр",
                        f"на улице {upal} на обледенелом тротуаре"],
        "home": [f"дома {upal} с высоты собственного роста", f"в быту: {posk} в ванной комнате, {upal} дома",
                 f"бытовая травма — {upal} в квартире, зацепившись за ковёр"],
        "fall_height": [f"{upal} со стремянки с высоты около 2 м", f"{upal} с крыши частного дома (~3 м)",
                        f"{upal} со строительных лесов с высоты 2,5 м"],
        "traffic": ["ДТП: пешеход, сбит легковым автомобилем", "ДТП — водитель, лобовое столкновение",
                    "ДТП, мотоциклист, падение с мотоцикла"],
        "sport": ["травма при игре в футбол", "травма на тренировке по борьбе", f"{upal} на горнолыжном склоне"],
    }[m][v]


def kk_mech(c):
    m, v = c["mech"], c["mech_v"]
    if m is None:
        return pick(c["rng"], ["Жарақат алу жағдайын науқас нақтыламайды.", "Жарақаттың мән-жайы белгісіз."])
    return {
        "fall_street": ["көшеде мұзда тайғанап құлаған", "көшеде өз бойы биіктігінен құлаған, жиек тасқа сүрініп кеткен",
                        "аялдамада тайып құлаған"],
        "home": ["үйде өз бойы биіктігінен құлаған", "үйде жуынатын бөлмеде тайып құлаған", "пәтерде кілемге шалынып құлаған"],
        "fall_height": ["баспалдақтан шамамен 2 м биіктіктен құлаған", "жеке үйдің шатырынан (~3 м) құлаған",
                        "құрылыс ормандарынан 2,5 м биіктіктен құлаған"],
        "traffic": ["жол-көлік оқиғасы: жаяу жүргіншіні жеңіл көлік қағып кеткен", "жол-көлік оқиғасы кезінде (жүргізуші) жарақат алған",
                    "жол-көлік оқиғасы: мотоциклден құлаған"],
        "sport": ["футбол ойнау кезінде жарақат алған", "күрес жаттығуы кезінде жарақаттанған", "тау шаңғысымен сырғанау кезінде құлаған"],
    }[m][v]


# complaints
RU_COMPL = {"pain": ["боли", "выраженную боль", "боль"], "swelling": ["отёк", "отёчность"],
            "limited_motion": ["ограничение движений", "ограничение объёма движений"],
            "no_weight_bearing": ["невозможность опоры на ногу", "невозможность ходьбы"],
            "deformity": ["деформацию", "видимую деформацию"],
            "instability": ["неустойчивость в коленном суставе", "ощущение «подворачивания» колена"],
            "locking": ["эпизоды блокады коленного сустава", "«заклинивание» сустава"],
            "night_pain": ["ночные боли", "боли в ночное время"]}
KK_COMPL = {"pain": ["ауырсынуға", "қатты ауырсынуға"], "swelling": ["ісінуге", "ісікке"],
            "limited_motion": ["қимылдың шектелуіне", "қозғалыс көлемінің шектелуіне"],
            "no_weight_bearing": ["аяққа тірек ете алмауға", "жүре алмауға"],
            "deformity": ["деформацияға", "пішінінің өзгеруіне"],
            "instability": ["тізе буынындағы тұрақсыздыққа", "тізенің «тайып кетуіне»"],
            "locking": ["буынның кезеңдік құлыпталып қалуына", "тізе буынының «бітеліп» қалуына"],
            "night_pain": ["түнгі ауырсынуға", "түнде мазалайтын ауырсынуға"]}


def ru_loc(c):
    s, sd = c["site"], c["side"]
    return clean({
        "femoral_neck": f"в области {adj(sd, 'M')} тазобедренного сустава", "pertrochanteric": f"в области {adj(sd, 'M')} тазобедренного сустава",
        "femoral_shaft": f"в {adj(sd, 'Fp')} бедре", "distal_radius": f"в области {adj(sd, 'M')} лучезапястного сустава",
        "ankle": f"в области {adj(sd, 'M')} голеностопного сустава", "tibial_shaft": f"в {adj(sd, 'F')} голени".replace("в правой", "в правой").replace("в левой", "в левой"),
        "proximal_humerus": f"в области {adj(sd, 'M')} плечевого сустава", "patella": f"в области {adj(sd, 'M')} коленного сустава",
        "radial_head": f"в области {adj(sd, 'M')} локтевого сустава", "humeral_shaft": f"в {adj(sd, 'Fp')} плече",
        "tibial_plateau": f"в области {adj(sd, 'M')} коленного сустава", "clavicle": f"в области {adj(sd, 'F')} ключицы",
        "hip_oa": f"в {adj(sd, 'Fp')} тазобедренном суставе", "knee_oa": f"в {adj(sd, 'Fp')} коленном суставе",
        "acl": f"в {adj(sd, 'Fp')} коленном суставе", "meniscus": f"в {adj(sd, 'Fp')} коленном суставе",
    }[s])


def kk_loc(c):
    s = c["site"]
    k = kside(c["side"])
    return clean({
        "femoral_neck": f"{k} жамбас-сан буыны аймағындағы", "pertrochanteric": f"{k} жамбас-сан буыны аймағындағы",
        "femoral_shaft": f"{k} сан аймағындағы", "distal_radius": f"{k} білезік буыны аймағындағы",
        "ankle": f"{k} сирақ-табан буыны аймағындағы", "tibial_shaft": f"{k} сирақтағы",
        "proximal_humerus": f"{k} иық буыны аймағындағы", "patella": f"{k} тізе буыны аймағындағы",
        "radial_head": f"{k} шынтақ буыны аймағындағы", "humeral_shaft": f"{k} иық (тоқпан жілік) аймағындағы",
        "tibial_plateau": f"{k} тізе буыны аймағындағы", "clavicle": f"{k} бұғана аймағындағы",
        "hip_oa": f"{k} жамбас-сан буынындағы", "knee_oa": f"{k} тізе буынындағы", "acl": f"{k} тізе буынындағы",
        "meniscus": f"{k} тізе буынындағы",
    }[s])


def ru_complaints(c):
    rng = c["rng"]
    items = [pick(rng, RU_COMPL[x]) for x in c["complaints"]]
    first = items[0]
    rest = items[1:]
    txt = f"{first} {ru_loc(c)}"
    if rest:
        txt += ", " + ", ".join(rest)
    return clean(txt)


def kk_complaints(c):
    rng = c["rng"]
    items = [pick(rng, KK_COMPL[x]) for x in c["complaints"]]
    if len(items) == 1:
        body = items[0]
    else:
        body = ", ".join(items[:-1]) + " және " + items[-1]
    return clean(f"{kk_loc(c)} {body}")


# implants display
IMPL_RU = {"эндопротез Zimmer NexGen": "эндопротез коленного сустава Zimmer NexGen",
           "эндопротез Zimmer": "эндопротез тазобедренного сустава Zimmer",
           "эндопротез Smith & Nephew Genesis II": "эндопротез Smith & Nephew Genesis II",
           "эндопротез DePuy Attune": "эндопротез DePuy Attune",
           "эндопротез DePuy Pinnacle": "ацетабулярный компонент DePuy Pinnacle",
           "эндопротез DePuy Corail": "бедренный компонент DePuy Corail",
           "пластина LCP 1/3 трубчатая": "пластина LCP 1/3 трубчатая, 6 отв.",
           "пластина LCP": "пластина LCP 3.5", "пластина PHILOS": "пластина PHILOS",
           "пластина APTUS": "пластина APTUS 2.5", "позиционный винт": "позиционный винт 3.5",
           "интерферентный винт Arthrex": "интерферентный винт Arthrex 8×25", "фиксатор EndoButton": "фиксатор EndoButton CL",
           "канюлированные винты Synthes": "канюлированные винты Synthes 7.3", "интрамедуллярный штифт ChM": "интрамедуллярный штифт ChM",
           "штифт Gamma3": "штифт Gamma3", "интрамедуллярный штифт PFNA": "проксимальный бедренный штифт PFNA",
           "серкляжная проволока": "серкляжная проволока", "спицы Киршнера": "спицы Киршнера 2,0 мм",
           "аппарат Илизарова": "аппарат Илизарова"}
IMPL_KK = {"эндопротез Zimmer NexGen": "Zimmer NexGen тізе эндопротезі", "эндопротез Zimmer": "Zimmer жамбас-сан буыны эндопротезі",
           "эндопротез Smith & Nephew Genesis II": "Smith & Nephew Genesis II эндопротезі",
           "эндопротез DePuy Attune": "DePuy Attune эндопротезі", "эндопротез DePuy Pinnacle": "DePuy Pinnacle ұяшық компоненті",
           "эндопротез DePuy Corail": "DePuy Corail сан компоненті", "пластина LCP 1/3 трубчатая": "LCP 1/3 түтікше пластинасы",
           "пластина LCP": "LCP пластинасы", "пластина PHILOS": "PHILOS пластинасы", "пластина APTUS": "APTUS пластинасы",
           "позиционный винт": "позициялық бұранда", "интерферентный винт Arthrex": "Arthrex интерферентті бұрандасы",
           "фиксатор EndoButton": "EndoButton бекіткіші", "канюлированные винты Synthes": "Synthes канюляцияланған бұрандалары",
           "интрамедуллярный штифт ChM": "ChM интрамедуллярлы штифті", "штифт Gamma3": "Gamma3 штифті",
           "интрамедуллярный штифт PFNA": "PFNA проксималды сан штифті", "серкляжная проволока": "серкляждық сым",
           "спицы Киршнера": "Киршнер спицалары", "аппарат Илизарова": "Илизаров аппараты"}
GENERIC_RU = {"cem_tha": "эндопротез тазобедренного сустава цементной фиксации", "tka": "эндопротез коленного сустава (цементный)",
              "screws": "канюлированные винты 6,5 мм", "nail": "интрамедуллярный блокируемый штифт", "dhs": "динамический бедренный винт (DHS)",
              "plate": "пластина с угловой стабильностью винтов", "exfix": "стержневой аппарат внешней фиксации",
              "hemi": "биполярный эндопротез цементной фиксации"}
GENERIC_KK = {"cem_tha": "цементті бекітілетін жамбас-сан буыны эндопротезі", "tka": "цементті тізе эндопротезі",
              "screws": "6,5 мм канюляцияланған бұрандалар", "nail": "бұғатталатын интрамедуллярлы штифт",
              "dhs": "динамикалық сан бұрандасы (DHS)", "plate": "бұрыштық тұрақтылығы бар пластина",
              "exfix": "өзекшелі сыртқы бекіту аппараты", "hemi": "цементті биполярлы эндопротез"}


def impl_list_ru(c):
    if c["implants"]:
        return [IMPL_RU[x] for x in c["implants"]]
    if c["generic_impl"]:
        return [GENERIC_RU[c["generic_impl"]]]
    return []


def impl_list_kk(c):
    if c["implants"]:
        return [IMPL_KK[x] for x in c["implants"]]
    if c["generic_impl"]:
        return [GENERIC_KK[c["generic_impl"]]]
    return []


def ru_op_name(c, abbr=False):
    k, s, sd = c["kind"], c["site"], c["side"]
    F, M = adj(sd, "F"), adj(sd, "M")
    imp = impl_list_ru(c)
    withimp = (" (" + ", ".join(imp) + ")") if imp else ""
    if k == "tha":
        pre = "Удаление металлоконструкции, " if c["treat"] == "revision" else ""
        return clean(f"{pre}{'ТЭП ТБС ' + adj(sd, 'adv') if abbr else 'Тотальное эндопротезирование ' + M + ' тазобедренного сустава'}{withimp}")
    if k == "tka":
        return clean(f"{'ТЭП КС ' + adj(sd, 'adv') if abbr else 'Тотальное эндопротезирование ' + M + ' коленного сустава'}{withimp}")
    if k == "hemi":
        return clean(f"Однополюсное (биполярное) эндопротезирование {M} тазобедренного сустава{withimp}")
    if k in ("cannulated", "screws"):
        what = f"шейки {F} бедренной кости" if s == "femoral_neck" else (f"головки {F} лучевой кости" if s == "radial_head" else f"мыщелка {F} большеберцовой кости")
        return clean(f"Закрытая репозиция, остеосинтез {what} канюлированными винтами{withimp}" if s == "femoral_neck" else
                     f"Открытая репозиция, остеосинтез {what} канюлированными винтами{withimp}")
    if k in ("nail", "nail_pfna", "nail_gamma"):
        bone = {"femoral_shaft": f"{F} бедренной кости", "tibial_shaft": f"{F} большеберцовой кости",
                "humeral_shaft": f"{F} плечевой кости", "pertrochanteric": f"проксимального отдела {F} бедренной кости"}[s]
        pre = "Удаление металлоконструкции, " if c["treat"] == "revision" else ""
        if c["treat"] == "staged":
            pre = "Демонтаж АВФ, "
        return clean(f"{pre}{'закрытый БИОС' if abbr else 'Закрытый блокируемый интрамедуллярный остеосинтез'} {bone}{withimp}")
    if k in ("plate", "plate_pos", "dhs"):
        pre, gen = ru_site(c, False)
        if s == "ankle":
            gen = f"наружной лодыжки {F} голени"
        if s == "pertrochanteric":
            gen = f"проксимального отдела {F} бедренной кости"
        if s == "tibial_plateau":
            gen = f"проксимального отдела {F} большеберцовой кости"
        st = "Демонтаж АВФ, о" if c["treat"] == "staged" else "О"
        return clean(f"{st}ткрытая репозиция, {'МОС' if abbr else 'накостный остеосинтез'} {gen} пластиной{withimp}")
    if k == "exfix":
        bone = {"tibial_shaft": f"{F} голени", "humeral_shaft": f"{M} плеча", "tibial_plateau": f"{M} коленного сустава",
                "distal_radius": f"{M} предплечья", "femoral_shaft": f"{M} бедра"}[s]
        acc = ru_acc(c)
        if "аппарат Илизарова" in c["implants"]:
            return clean(f"{'ЧКДО' if abbr else 'Чрескостный компрессионно-дистракционный остеосинтез'} {bone} аппаратом Илизарова")
        return clean(f"Наложение {'АВФ' if abbr else 'аппарата внешней фиксации'} на {acc} (стержневой)")
    if k == "tbw":
        what = f"{M} надколенника" if s == "patella" else f"внутренней лодыжки {F} голени"
        return clean(f"Открытая репозиция, остеосинтез {what} по Веберу (спицы Киршнера, серкляжная проволока)")
    if k == "aclr":
        fix = " и ".join(imp)
        return clean(f"Артроскопическая пластика ПКС {M} коленного сустава аутотрансплантатом из сухожилий полусухожильной и нежной мышц, фиксация: {fix}")
    if k == "menisc":
        return clean(f"Артроскопия {M} коленного сустава, парциальная резекция заднего рога медиального мениска")
    if k == "men_suture":
        return clean(f"Артроскопия {M} коленного сустава, шов медиального мениска (all-inside)")
    if k == "kwire":
        what = f"{F} лучевой кости" if s == "distal_radius" else f"проксимального отдела {F} плечевой кости"
        return clean(f"Закрытая репозиция, чрескожная фиксация {what} спицами Киршнера")
    if k == "rh_resection":
        return clean(f"Резекция головки {F} лучевой кости")
    raise ValueError(k)


def ru_acc(c):
    """accusative 'на правую голень' etc."""
    s, sd = c["site"], c["side"]
    r = sd == "right"
    if sd is None:
        return {"tibial_shaft": "голень", "humeral_shaft": "плечо", "tibial_plateau": "коленный сустав",
                "distal_radius": "предплечье", "femoral_shaft": "бедро"}[s]
    return {"tibial_shaft": ("правую" if r else "левую") + " голень", "humeral_shaft": ("правое" if r else "левое") + " плечо",
            "tibial_plateau": ("правый" if r else "левый") + " коленный сустав",
            "distal_radius": ("правое" if r else "левое") + " предплечье", "femoral_shaft": ("правое" if r else "левое") + " бедро"}[s]


def kk_op_name(c):
    k, s = c["kind"], c["site"]
    K = kside(c["side"])
    imp = impl_list_kk(c)
    withimp = (" (" + ", ".join(imp) + ")") if imp else ""
    if k == "tha":
        pre = "металл конструкциясын алып тастау, " if c["treat"] == "revision" else ""
        return cap(clean(f"{pre}{K} жамбас-сан буынын тотальды эндопротездеу{withimp}"))
    if k == "tka":
        return cap(clean(f"{K} тізе буынын тотальды эндопротездеу{withimp}"))
    if k == "hemi":
        return cap(clean(f"{K} жамбас-сан буынын биполярлы эндопротездеу (гемиартропластика){withimp}"))
    if k in ("cannulated", "screws"):
        what = {"femoral_neck": "сан сүйегі мойнын", "radial_head": "кәрі жілік басын", "tibial_plateau": "үлкен жіліншік сүйегінің айдаршығын"}[s]
        rp = "жабық" if s == "femoral_neck" else "ашық"
        return cap(clean(f"{rp} репозиция, {K} {what} канюляцияланған бұрандалармен остеосинтездеу{withimp}"))
    if k in ("nail", "nail_pfna", "nail_gamma"):
        bone = {"femoral_shaft": "сан сүйегін", "tibial_shaft": "үлкен жіліншік сүйегін", "humeral_shaft": "тоқпан жілікті",
                "pertrochanteric": "сан сүйегінің проксималды бөлігін"}[s]
        pre = "металл конструкциясын алып тастау, " if c["treat"] == "revision" else ""
        return cap(clean(f"{pre}жабық репозиция, {K} {bone} бұғаттаушы интрамедуллярлы остеосинтездеу (БИОС){withimp}"))
    if k in ("plate", "plate_pos", "dhs"):
        bone = {"femoral_shaft": "сан сүйегін", "tibial_shaft": "үлкен жіліншік сүйегін", "humeral_shaft": "тоқпан жілікті",
                "pertrochanteric": "сан сүйегінің проксималды бөлігін", "distal_radius": "кәрі жіліктің дистальды бөлігін",
                "radial_head": "кәрі жілік басын", "proximal_humerus": "тоқпан жіліктің проксималды бөлігін",
                "ankle": "сыртқы тобықты", "tibial_plateau": "үлкен жіліншік сүйегінің проксималды бөлігін", "clavicle": "бұғананы"}[s]
        return cap(clean(f"ашық репозиция, {K} {bone} пластинамен сүйек үстілік остеосинтездеу{withimp}"))
    if k == "exfix":
        bone = {"tibial_shaft": "сирақты", "humeral_shaft": "иықты", "tibial_plateau": "тізе буынын", "distal_radius": "білекті",
                "femoral_shaft": "санды"}[s]
        if "аппарат Илизарова" in c["implants"]:
            return cap(clean(f"{K} {bone} Илизаров аппаратымен сүйек арқылы остеосинтездеу"))
        return cap(clean(f"{K} {bone} өзекшелі сыртқы бекіту аппаратымен бекіту"))
    if k == "tbw":
        what = "тізе тобығын" if s == "patella" else "ішкі тобықты"
        return cap(clean(f"ашық репозиция, {K} {what} Вебер әдісімен остеосинтездеу (Киршнер спицалары, серкляждық сым)"))
    if k == "aclr":
        return cap(clean(f"{K} тізе буынының артроскопиясы, алдыңғы айқасқан байламды аутотрансплантатпен пластикалау, бекіту: {', '.join(imp)}"))
    if k == "menisc":
        return cap(clean(f"{K} тізе буынының артроскопиясы, ішкі менискінің артқы мүйізін жартылай резекциялау"))
    if k == "men_suture":
        return cap(clean(f"{K} тізе буынының артроскопиясы, ішкі менискіні тігу (all-inside)"))
    if k == "kwire":
        what = "кәрі жілікті" if s == "distal_radius" else "тоқпан жіліктің проксималды бөлігін"
        return cap(clean(f"жабық репозиция, {K} {what} Киршнер спицаларымен тері арқылы бекіту"))
    if k == "rh_resection":
        return cap(clean(f"{K} кәрі жілік басын резекциялау"))
    raise ValueError(k)


RU_AN = {"spinal": ["спинномозговая анестезия", "спинальная анестезия", "СМА"],
         "general": ["эндотрахеальный наркоз", "ЭТН", "общая анестезия (ЭТН)"],
         "block": ["блокада плечевого сплетения", "проводниковая анестезия (БПС)"], "local": ["местная анестезия"]}
KK_AN = {"spinal": ["жұлын-ми анестезиясы", "субарахноидальды анестезия", "спинальды анестезия"],
         "general": ["жалпы анестезия", "эндотрахеальды наркоз"],
         "block": ["иық өрімінің блокадасы", "өткізгіштік анестезия (иық өрімі)"], "local": ["жергілікті анестезия"]}


# rehabilitation & restrictions phrases
def limb_ru(c):
    return "оперированную конечность" if c["operated"] else "поврежденную конечность"


def wk_ru(n, months=False):
    if months:
        return {4: "1 мес.", 8: "2 мес.", 12: "3 мес.", 6: "1,5 мес."}[n]
    return f"{n} нед."


def wk_kk(n, months=False, case="бойы"):
    if months:
        base = {4: "1 ай", 8: "2 ай", 12: "3 ай", 6: "1,5 ай"}[n]
    else:
        base = f"{n} апта"
    return f"{base} {case}" if case else base


def ru_recs(c, abbr=False):
    """list of recommendation strings (Russian) — carry every rehab/restriction cue and weeks."""
    rng = c["rng"]
    out = []
    rehab = list(c["rehab"] or [])
    restr = list(c["restr"] or [])
    wb = c["wb"]
    wbm = c.get("wb_months", False)
    site = c["site"]
    # weight bearing together with the aid
    aid = None
    for a in ("crutches", "walker"):
        if a in rehab:
            aid = a
    aid_txt = {"crutches": "на костылях", "walker": "с ходунками", None: ""}[aid]
    if "no_weight_bearing" in restr:
        wtxt = f" {wk_ru(wb, wbm)}" if wb else ""
        out.append(clean(pick(rng, [f"Ходьба {aid_txt} без нагрузки на {limb_ru(c)}{(' в течение' + wtxt) if wb else ''}",
                                    f"Не наступать на ногу{wtxt}" + (f", передвигаться {aid_txt}" if aid else ""),
                                    f"Исключить осевую нагрузку на конечность{wtxt}" + (f"; ходьба {aid_txt}" if aid else "")])))
    elif "partial_weight_bearing" in restr:
        wtxt = f" {wk_ru(wb, wbm)}" if wb else ""
        out.append(clean(pick(rng, [f"Ходьба {aid_txt} с дозированной нагрузкой на {limb_ru(c)}{(' в течение' + wtxt) if wb else ''}",
                                    f"Частичная нагрузка на ногу{wtxt}" + (f", ходьба {aid_txt}" if aid else ""),
                                    f"Дозированная нагрузка (до 20–30% веса){wtxt}" + (f", передвижение {aid_txt}" if aid else "")])))
    elif aid:
        out.append(clean(f"Ходьба {aid_txt} по палате и коридору"))
    if "hip_precautions" in restr:
        out.append(pick(rng, ["Профилактика вывиха эндопротеза: не сгибать ногу в ТБС более 90°, не сидеть на низких стульях, не скрещивать ноги",
                              "Соблюдать меры профил. вывиха эндопротеза (не приводить и не ротировать ногу внутрь)"]))
    if "sling" in restr:
        sw = c["sling_weeks"]
        out.append(f"Иммобилизация косыночной повязкой{(' ' + str(sw) + ' нед.') if sw else ''}")
    if "brace" in restr:
        out.append(pick(rng, ["Ношение ортеза" + (" (функциональный брейс Sarmiento)" if site == "humeral_shaft" else " с ограничением сгибания"),
                              "Ортез на коленный сустав" if site not in UPPER else "Функциональный ортез на плечо"]))
    if "no_lifting" in restr:
        out.append(pick(rng, ["Не поднимать тяжести более 2 кг оперированной рукой" if site in UPPER else "Не поднимать тяжести",
                              "Ограничить подъём тяжестей (>2 кг)"]))
    if "lfk" in rehab:
        out.append(pick(rng, ["ЛФК по методике инструктора", "Лечебная физкультура: разработка движений в суставах", "ЛФК для смежных суставов"]))
    if "isometric" in rehab:
        out.append(pick(rng, ["Изометрическая гимнастика мышц " + ("плеча и предплечья" if site in UPPER else "бедра"),
                              "Изометрические упражнения для мышц конечности"]))
    if "cpm" in rehab:
        out.append(pick(rng, ["Разработка движений на аппарате CPM", "CPM-терапия 2 раза в день"]))
    if "physio" in rehab:
        out.append(pick(rng, ["ФТЛ (магнитотерапия) по м/ж", "Физиотерапия по месту жительства", "Физиолечение: УВЧ, магнит"]))
    if c["fu"]:
        fum = c.get("fu_months", False)
        n = c["fu"]
        out.append(pick(rng, [f"Контрольная рентгенография через {wk_ru(n, fum)}", f"Явка на контрольный осмотр к травматологу через {wk_ru(n, fum)}",
                              f"Контрольный осмотр в КДЦ ч/з {wk_ru(n, fum)}"]))
    return out


def kk_recs(c):
    rng = c["rng"]
    out = []
    rehab = list(c["rehab"] or [])
    restr = list(c["restr"] or [])
    wb = c["wb"]
    wbm = c.get("wb_months", False)
    aid = None
    for a in ("crutches", "walker"):
        if a in rehab:
            aid = a
    aid_txt = {"crutches": "балдақпен", "walker": "жүргізгіш тіреуішпен", None: ""}[aid]
    leg = "операция жасалған аяққа" if c["operated"] else "зақымданған аяққа"
    if "no_weight_bearing" in restr:
        w = (wk_kk(wb, wbm) + " ") if wb else ""
        opts = [f"{w}{leg} салмақ түсірмеу" + (f", {aid_txt} жүру" if aid else "")]
        if aid:
            opts.append(f"{aid_txt} жүру, {w}аяққа тірек етпеу")
        out.append(cap(clean(pick(rng, opts))))
    elif "partial_weight_bearing" in restr:
        w = (wk_kk(wb, wbm) + " ") if wb else ""
        opts = [f"{w}аяққа мөлшерлі жүктеме беру" + (f", {aid_txt} жүру" if aid else "")]
        if aid:
            opts.append(f"{aid_txt} жүру, {w}{leg} мөлшерлі салмақ түсіру")
        out.append(cap(clean(pick(rng, opts))))
    elif aid:
        out.append(cap(clean(f"{aid_txt} жүру")))
    if "hip_precautions" in restr:
        out.append(pick(rng, ["Эндопротездің шығып кетуінің алдын алу: аяқты жамбас-сан буынында тік бұрыштан артық бүкпеу, аяқты айқастырмау",
                              "Эндопротездің шығып кетуін болдырмау шараларын сақтау"]))
    if "sling" in restr:
        sw = c["sling_weeks"]
        out.append(cap(f"{wk_kk(sw) + ' ' if sw else ''}қолды ілгіш таңғышпен иммобилизациялау"))
    if "brace" in restr:
        out.append(pick(rng, ["Ортез тағу", "Функционалды ортезді үнемі тағып жүру"]))
    if "no_lifting" in restr:
        out.append(pick(rng, ["Ауыр заттарды көтермеу", "Операция жасалған қолмен ауыр заттарды көтермеу" if c["site"] in UPPER else "Ауыр заттарды көтермеу (2 кг-нан артық)"]))
    if "lfk" in rehab:
        out.append(pick(rng, ["Емдік дене шынықтыру (ЕДШ) нұсқаушының бақылауымен", "ЕДШ кешенін күнделікті орындау"]))
    if "isometric" in rehab:
        out.append("Бұлшықеттерге изометриялық жаттығулар")
    if "cpm" in rehab:
        out.append("CPM аппаратында буын қимылын дамыту")
    if "physio" in rehab:
        out.append(pick(rng, ["Тұрғылықты жері бойынша физиоемдеу", "Физиотерапия (магнитотерапия)"]))
    if c["fu"]:
        n, fum = c["fu"], c.get("fu_months", False)
        out.append(pick(rng, [f"{wk_kk(n, fum, 'дан кейін').replace(' дан', 'дан')} бақылау рентгенографиясы",
                              f"{wk_kk(n, fum, 'дан кейін').replace(' дан', 'дан')} травматологтың қайта қарауы"]))
    return out


def fix_kk_suffix(s):
    # "6 аптадан" / "2 айдан": join the ablative suffix to the number word
    return s.replace("апта дан", "аптадан").replace("ай дан", "айдан")


def ru_drugs(c):
    rng = c["rng"]
    d = [f"инфузионная терапия (NaCl 0,9% — {c['infusion']},0 мл в/в)"] + (["цефазолин 1,0 г в/в 3 р/сут 5 дней"] if c["operated"] else []) + [
         pick(rng, ["кеторолак 1,0 в/м при болях", "трамадол 2,0 в/м на ночь", "декскетопрофен 2,0 в/м"])]
    if c["site"] not in UPPER:
        d.append(pick(rng, ["эноксапарин 0,4 мл п/к 1 р/сут", "надропарин 0,3 мл п/к"]))
    if c["kind"] in ("tha", "tka", "hemi"):
        d.append("далее ривароксабан 10 мг 1 р/сут — 35 дней")
    if c["transfusion"]:
        d.append("гемотрансфузия эр. взвеси 250,0 мл")
    return d


def kk_drugs(c):
    rng = c["rng"]
    d = [f"инфузиялық ем (NaCl 0,9% – {c['infusion']} мл тамыр ішіне)"] + (["цефазолин 1,0 г тәулігіне 3 рет 5 күн"] if c["operated"] else []) + [
         pick(rng, ["кеторолак 1,0 бұлшықет ішіне ауырсынғанда", "трамадол 2,0 түнде"])]
    if c["site"] not in UPPER:
        d.append(pick(rng, ["эноксапарин 0,4 мл тері астына тәулігіне 1 рет", "надропарин 0,3 мл тері астына"]))
    if c["kind"] in ("tha", "tka", "hemi"):
        d.append("кейін ривароксабан 10 мг тәулігіне 1 рет – 35 күн бойы")
    if c["transfusion"]:
        d.append("эритроцит массасын құю 250 мл")
    return d


def ru_history(c):
    h = c["history"]
    if not h:
        return None
    s, y = c["history_side"], c["history_year"]
    return {"ankle_plate": f"В {y} г. перелом лодыжки {adj(s, 'F')} голени, оперирован(а), накостный остеосинтез, м/конструкция удалена",
            "clavicle_cons": f"В {y} г. перелом {adj(s, 'F')} ключицы, лечение консервативное",
            "tha_other": f"В {y} г. эндопротезирование {adj(s, 'M')} тазобедренного сустава",
            "radius_cast": f"В {y} г. перелом {adj(s, 'F')} лучевой кости, гипсовая иммобилизация",
            "tibia_exfix": f"В {y} г. перелом костей {adj(s, 'F')} голени после ДТП, лечение аппаратом внешней фиксации (ЧКДО)",
            "knee_arthroscopy": f"В {y} г. артроскопия {adj(s, 'M')} коленного сустава"}[h]


def kk_history(c):
    h = c["history"]
    if not h:
        return None
    s, y = kside(c["history_side"]), c["history_year"]
    return {"ankle_plate": f"{y} жылы {s} тобық сынығы бойынша пластинамен остеосинтез жасалған, металл конструкциясы алынған",
            "clavicle_cons": f"{y} жылы {s} бұғана сынығы консервативті емделген",
            "tha_other": f"{y} жылы {s} жамбас-сан буыны эндопротезделген",
            "radius_cast": f"{y} жылы {s} кәрі жілік сынығы, гипстік таңғышпен емделген",
            "tibia_exfix": f"{y} жылы жол-көлік оқиғасынан кейін {s} сирақ сүйектерінің сынығы сыртқы бекіту аппаратымен емделген",
            "knee_arthroscopy": f"{y} жылы {s} тізе буынына артроскопия жасалған"}[h]


def ru_xray(c):
    s = c["site"]
    if s in ("hip_oa", "knee_oa"):
        return "R-графия: сужение суставной щели, субхондральный склероз, краевые остеофиты"
    if s == "acl":
        return "МРТ коленного сустава: разрыв ПКС, реактивный синовит" if not c.get("chronic") else "МРТ: ПКС не прослеживается, признаки хронической нестабильности"
    if s == "meniscus":
        return "МРТ коленного сустава: разрыв заднего рога медиального мениска (III ст. по Stoller)"
    if c["treat"] == "revision":
        return "R-графия: линия перелома прослеживается, признаки несращения, резорбция вокруг металлоконструкции"
    d = "со смещением отломков" if c["displaced"] else "без значимого смещения"
    return f"R-графия: определяется перелом {d}" + (", оскольчатый характер" if c["comminuted"] else "")


def kk_xray(c):
    s = c["site"]
    if s in ("hip_oa", "knee_oa"):
        return "Рентгенографияда буын саңылауының тарылуы, субхондральды склероз, шеткі остеофиттер анықталды"
    if s in ("acl", "meniscus"):
        return "МРТ зерттеуінде " + ("алдыңғы айқасқан байламның жыртылуы" if s == "acl" else "ішкі менискінің артқы мүйізінің жыртылуы") + " расталды"
    if c["treat"] == "revision":
        return "Рентгенографияда сынық сызығы сақталған, бітпеу белгілері, металл конструкциясының айналасында резорбция"
    d = "сынықтардың ығысуы" if c["displaced"] else "сынықтың айқын ығысуы жоқ"
    return f"Рентгенографияда сынық анықталды, {d}"


# ============================================================================================
# style 1: bilingual HIS printout
# ============================================================================================
HOSP = [("«Алматы облыстық көпбейінді ауруханасы» ШЖҚ МКК", "ГКП на ПХВ «Алматинская областная многопрофильная больница»"),
        ("«№4 қалалық аурухана» ШЖҚ МКК", "ГКП на ПХВ «Городская больница №4»"),
        ("«Көпбейінді облыстық аурухана» ШЖҚ КМК", "КГП на ПХВ «Многопрофильная областная больница»"),
        ("«Жедел медициналық жәрдем ауруханасы» ШЖҚ МКК", "ГКП на ПХВ «Больница скорой медицинской помощи»")]


def write_bil(c):
    rng = c["rng"]
    p = c["kk_share"]

    def L(ru, kk):
        return kk if rng.random() < p else ru

    hk, hr = pick(rng, HOSP)
    ck, cr = c["city"]
    ln = []
    ln.append(f"{hk} / {hr}")
    ln.append(f"{ck} қ. / г. {cr}")
    ln.append("Травматология және ортопедия бөлімшесі / Отделение травматологии и ортопедии")
    ln.append(f"МАЖ «Медақпарат» басып шығару / Распечатка МИС · {dfmt(c['dis'])} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}")
    ln.append("")
    ln.append("СТАЦИОНАРЛЫҚ НАУҚАСТЫҢ МЕДИЦИНАЛЫҚ КАРТАСЫНАН ҮЗІНДІ / ВЫПИСКА ИЗ МЕДИЦИНСКОЙ КАРТЫ СТАЦИОНАРНОГО БОЛЬНОГО")
    ln.append(f"Медициналық карта № / Медицинская карта № {c['hist_no']}")
    ln.append("")
    sec = [0]

    def bar(kk, ru):
        sec[0] += 1
        ln.append("")
        ln.append(f"{sec[0]}. {kk} / {ru}")

    bar("ПАЦИЕНТ ТУРАЛЫ МӘЛІМЕТТЕР", "СВЕДЕНИЯ О ПАЦИЕНТЕ")
    sexv = L("мужской" if c["sex"] == "m" else "женский", "ер" if c["sex"] == "m" else "әйел")
    st, h, fl = c["addr"]
    days = (c["dis"] - c["adm"]).days
    rows = [("Т.А.Ә. / Ф.И.О.", c["name"]), ("ЖСН / ИИН", c["iin"]), ("Туған күні / Дата рождения", dfmt(c["birth"])),
            ("Жынысы / Пол", sexv), ("Мекенжайы / Адрес", L(f"г. {cr}, ул. {st}, д. {h}, кв. {fl}", f"{ck} қ., {st} к-сі, {h}-үй, {fl}-пәтер")),
            ("Түскен күні / Дата поступления", dfmt(c["adm"])), ("Шыққан күні / Дата выписки", dfmt(c["dis"])),
            ("Төсек-күн / Койко-дни", str(days)),
            ("Жатқызу түрі / Вид госпитализации", L("экстренная", "шұғыл") if c["trauma_date"] else L("плановая", "жоспарлы"))]
    for k, v in rows:
        ln.append(f"| {k} | {v} |")

    bar("ДИАГНОЗ", "ДИАГНОЗ")
    ln.append("| Диагноз түрі / Вид диагноза | Диагноз / Диагноз | АХЖ-10 / МКБ-10 |")
    use_kk = rng.random() < p
    main_txt = kk_diag(c) if use_kk else ru_diag(c)
    if c["ao"]:
        main_txt += (" " if c["ao_shape"] == 2 else ", ") + ao_txt(c, "kk" if use_kk else "ru")
    ln.append(f"| Негізгі / Основной | {main_txt} | {codestr(c, 'main', c['main_code']) if c['codes_on'] else '—'} |")
    if c["secondary"]:
        uk = rng.random() < p
        t = cap(kk_secondary(c)) if uk else ru_secondary(c)
        code = codestr(c, "sec", SECONDARY[c["secondary"]]) if c["secondary_coded"] else "—"
        ln.append(f"| Қосымша жарақат / Сочетанная травма | {clean(t)} | {code} |")
    if c["compl"]:
        uk = rng.random() < p
        t = cap(kk_compl(c)) if uk else ru_compl(c)
        code = codestr(c, "compl", COMPL_CODE[c["compl"]]) if c["compl_coded"] else "—"
        ln.append(f"| Асқынуы / Осложнение | {clean(t)} | {code} |")
    for k, coded, g in c["comorb"]:
        uk = rng.random() < p
        t = kk_comorb(k, g) if uk else ru_comorb(k, g)
        code = codestr(c, "com", COMORB_CODE[k]) if coded else "—"
        ln.append(f"| Қосалқы / Сопутствующий | {t} | {code} |")

    if c["complaints"]:
        bar("ШАҒЫМДАРЫ", "ЖАЛОБЫ")
        uk = rng.random() < p
        if uk:
            ln.append(cap(f"Түскен кезде {kk_complaints(c)} шағымданды."))
        else:
            ln.append(cap(f"При поступлении жалобы на {ru_complaints(c)}."))

    bar("АУРУ АНАМНЕЗІ", "АНАМНЕЗ ЗАБОЛЕВАНИЯ")
    uk = rng.random() < p
    if c["site"] in ("hip_oa", "knee_oa"):
        yrs = rng.randint(3, 12)
        ln.append(L(f"Боли в суставе беспокоят около {yrs} лет, консервативное лечение без эффекта. Госпитализирован(а) в плановом порядке.",
                    f"Буындағы ауырсыну шамамен {yrs} жыл мазалайды, консервативті ем нәтижесіз. Жоспарлы түрде жатқызылды."))
    elif c["treat"] == "revision":
        mo = c["months_ago"]
        if uk:
            first = {"femoral_neck": "сан сүйегі мойнының сынығы бойынша бұрандалармен остеосинтез жасалған",
                     "tibial_shaft": "сирақ сынығы бойынша пластинамен остеосинтез жасалған",
                     "distal_radius": "жабық репозиция жасалып, гипстік лонгета салынған"}[c["site"]]
            ln.append(f"{mo} ай бұрын ({kk_mech(c)}) {first}. Бақылау рентгенографиясында ығысу анықталып, қайта жатқызылды." if c["site"] != "distal_radius"
                      else f"{c['months_ago']} күн бұрын жарақат алған ({kk_mech(c)}), {first}. Бақылау рентгенографиясында сынықтардың қайталама ығысуы анықталды.")
        else:
            first = {"femoral_neck": "выполнен остеосинтез шейки бедра винтами", "tibial_shaft": "выполнен накостный остеосинтез пластиной",
                     "distal_radius": "выполнена закрытая репозиция, наложена гипсовая лонгета"}[c["site"]]
            when = f"{mo} мес. назад" if c["site"] != "distal_radius" else f"{mo} дней назад"
            ln.append(cap(f"Травма {when}: {ru_mech(c)}; {first}. На контрольной R-графии — смещение, повторно госпитализирован(а)."))
    elif c["site"] in ("acl", "meniscus"):
        mo = rng.randint(1, 14)
        if uk:
            ln.append(f"Шамамен {mo} ай бұрын {kk_mech(c)}. Амбулаторлық емнен әсер болмады." if c["mech"] else
                      f"Тізедегі ауырсыну шамамен {mo} ай бұрын пайда болған, жарақатты еске алмайды. Амбулаторлық емнен әсер болмады.")
        else:
            ln.append(cap(f"Около {mo} мес. назад {ru_mech(c)}. Амбулаторное лечение без эффекта." if c["mech"] else
                          f"Боли в колене около {mo} мес., травму не отмечает. Амбулаторное лечение без эффекта."))
    else:
        td = dfmt(c["trauma_date"])
        if uk:
            m = kk_mech(c)
            ln.append(f"Жарақатты {td} алған: {m}" + ("" if m.endswith(".") else ".") + " Жедел жәрдеммен жеткізілді.")
        else:
            m = ru_mech(c)
            ln.append(cap(f"Травма {td}: {m}" + ("" if m.endswith(".") else ".") + " Доставлен(а) бригадой СМП."))
    hist = c["history"]
    if hist:
        uk = rng.random() < p
        ln.append(("Өмір анамнезі / Анамнез жизни: " + kk_history(c) + ".") if uk else ("Өмір анамнезі / Анамнез жизни: " + ru_history(c) + "."))

    bar("ОБЪЕКТИВТІ ЖАҒДАЙЫ", "ОБЪЕКТИВНЫЙ СТАТУС")
    ln.append(f"| АҚ / АД | {rng.randint(110, 160)}/{rng.randint(65, 95)} мм с.б. / мм рт.ст. |")
    ln.append(f"| ЖСЖ / ЧСС | {rng.randint(62, 96)} |")
    ln.append(f"| Жергілікті жағдайы / Status localis | {L(ru_local(c), kk_local(c))} |")
    ln.append(f"| Сәулелік зерттеу / Лучевая диагностика | {L(ru_xray(c), kk_xray(c))} |")

    bar("ЕМДЕУ", "ЛЕЧЕНИЕ")
    if c["operated"]:
        ln.append("| Көрсеткіш / Показатель | Мәні / Значение |")
        ln.append(f"| Операция күні / Дата операции | {dfmt(c['op_date'])} |")
        ln.append(f"| Операция атауы / Наименование операции | {L(ru_op_name(c), kk_op_name(c))} |")
        if c["anesth"]:
            ln.append(f"| Анестезия түрі / Вид анестезии | {L(pick(rng, RU_AN[c['anesth']]), pick(rng, KK_AN[c['anesth']]))} |")
        if c["bl_mode"] == "number":
            ln.append(f"| Қан жоғалту / Кровопотеря | {c['bl']} мл |")
        elif c["bl_mode"] == "minimal":
            ln.append(f"| Қан жоғалту / Кровопотеря | {L('минимальная', 'болмашы')} |")
        ln.append(f"| Хирург / Хирург | {c['surgeon']} |")
        ln.append(f"| Анестезиолог / Анестезиолог | {c['anesth_doc']} |")
        imps = c["implants"] or []
        if imps or c["generic_impl"]:
            ln.append("")
            ln.append("Имплантаттар / Импланты:")
            ln.append("| № | Атауы / Наименование | Саны / Кол-во |")
            names = [L(IMPL_RU[x], IMPL_KK[x]) for x in imps] or [L(GENERIC_RU[c["generic_impl"]], GENERIC_KK[c["generic_impl"]])]
            for i, nm in enumerate(names, 1):
                many = any(w in nm for w in ("винт", "спиц", "бұранда", "Киршнер"))
                ln.append(f"| {i} | {nm} | {rng.randint(2, 4) if many else 1} |")
        if c["compl"]:
            ln.append("")
            ln.append(L(f"П/о период осложнился: {ru_compl(c).lower()}; проведено лечение (перевязки, коррекция терапии).",
                        f"Операциядан кейінгі кезең {kk_compl(c).replace('операциядан кейінгі ', '')} түрінде асқынды; ем жүргізілді."))
    elif c["treat"] == "cons":
        ln.append(L(ru_cons(c), kk_cons(c)))
    elif c["treat"] == "planned":
        ln.append(L(ru_planned(c), kk_planned(c)))
    ln.append("")
    ln.append("Дәрі-дәрмек / Медикаментозная терапия:")
    drugs = ru_drugs(c) if rng.random() >= p else kk_drugs(c)
    ln.append("; ".join(drugs) + ".")
    if c["rehab"] and "lfk" in c["rehab"] and rng.random() < 0.5:
        ln.append(L("В стационаре начата ЛФК.", "Стационарда ЕДШ басталды."))

    bar("ШЫҒАРУ КЕЗІНДЕГІ ЖАҒДАЙЫ", "СОСТОЯНИЕ ПРИ ВЫПИСКЕ")
    ln.append(L("Состояние удовлетворительное. П/о рана заживает первичным натяжением." if c["operated"] else "Состояние удовлетворительное. Болевой синдром купирован.",
                "Жағдайы қанағаттанарлық. Жара біріншілік бітісумен жазылуда." if c["operated"] else "Жағдайы қанағаттанарлық. Ауырсыну басылды."))
    if c["operated"]:
        ln.append(L(f"Снятие швов на {c['suture_days']} сутки.", f"Тігістерді {c['suture_days']} тәулікте алу."))

    rr, rk = ru_recs(c), [fix_kk_suffix(x) for x in kk_recs(c)]
    recs = pair_recs(c, rr, rk, p)
    if recs:
        bar("ҰСЫНЫСТАР", "РЕКОМЕНДАЦИИ")
        ln.append("| № | Ұсыныс / Рекомендация |")
        for i, r in enumerate(recs, 1):
            ln.append(f"| {i} | {r} |")
    ln.append("")
    ln.append(f"Емдеуші дәрігер / Лечащий врач: {c['doc']}")
    ln.append(f"Бөлімше меңгерушісі / Заведующий отделением: {c['head']}")
    return "\n".join(ln) + "\n"


def pair_recs(c, rr, rk, p):
    """choose per-recommendation language; both lists are generated from the same truth in the same order."""
    rng = c["rng"]
    if len(rr) != len(rk):
        # lists differ in length only if a language omits an item; fall back to one language
        return rr if rng.random() >= p else rk
    return [rk[i] if rng.random() < p else rr[i] for i in range(len(rr))]


def ru_local(c):
    s = c["site"]
    if s in ("hip_oa", "knee_oa"):
        return "Ограничение ротации и сгибания, крепитация, укорочение конечности на 1 см" if s == "hip_oa" else "Варусная деформация, крепитация, сгибание ограничено"
    if s in ("acl", "meniscus"):
        return "Симптом переднего выдвижного ящика (+), Лахман (+)" if s == "acl" else "Симптомы Байкова, Мак-Мюррея положительные"
    t = "Отёк, болезненность при пальпации, крепитация отломков"
    if c["open"]:
        t += ", рана в проекции перелома"
    if c["displaced"]:
        t += ", деформация"
    return t


def kk_local(c):
    s = c["site"]
    if s in ("hip_oa", "knee_oa"):
        return "Буында қимыл шектелген, сықырлау бар"
    if s == "acl":
        return "Алдыңғы тартпа симптомы оң, Лахман сынамасы оң"
    if s == "meniscus":
        return "Байков, Мак-Мюррей симптомдары оң"
    t = "Ісіну, пальпацияда ауырсыну, сынықтардың сықырлауы"
    if c["open"]:
        t += ", сынық аймағында жара"
    if c["displaced"]:
        t += ", деформация"
    return t


def ru_cons(c):
    s = c["site"]
    if s in ("clavicle", "proximal_humerus"):
        return "Консервативное лечение: иммобилизация конечности косыночной повязкой, обезболивание."
    if s == "humeral_shaft":
        return "Консервативное лечение: гипсовая лонгета, затем функциональный ортез (брейс)."
    if s in ("distal_radius", "radial_head"):
        return f"Консервативное лечение: гипсовая лонгета на {c['cast_weeks']} нед., обезболивание, возвышенное положение конечности."
    if s in ("ankle", "tibial_shaft"):
        return f"Консервативное лечение: гипсовая лонгета на {c['cast_weeks']} нед., антикоагулянты."
    if s == "tibial_plateau":
        return "Консервативное лечение: пункция сустава, ортез на коленный сустав, антикоагулянты."
    if s == "patella":
        return "Консервативное лечение: ортез в положении разгибания."
    raise ValueError(s)


def kk_cons(c):
    s = c["site"]
    if s in ("clavicle", "proximal_humerus"):
        return "Консервативті ем: қолды ілгіш таңғышпен иммобилизация, ауырсынуды басу."
    if s == "humeral_shaft":
        return "Консервативті ем: гипстік лонгета, кейін функционалды ортез."
    if s in ("distal_radius", "radial_head"):
        return f"Консервативті ем: {c['cast_weeks']} аптаға гипстік лонгета, ауырсынуды басу."
    if s in ("ankle", "tibial_shaft"):
        return f"Консервативті ем: {c['cast_weeks']} аптаға гипстік лонгета, антикоагулянттар."
    if s == "tibial_plateau":
        return "Консервативті ем: буын пункциясы, тізе буынына ортез, антикоагулянттар."
    raise ValueError(s)


def ru_planned(c):
    if c["site"] == "tibial_plateau":
        return ("Ввиду выраженного отёка и фликтен оперативное лечение (МОС пластиной) отложено; гипсовая лонгета. "
                f"Повторная госпитализация для операции на {dfmt(c['dis'] + dt.timedelta(days=9))}.")
    j = "ТБС" if c["site"] == "hip_oa" else "КС"
    return (f"Проведён курс консервативной терапии (НПВС, хондропротекторы, ФТЛ). Показано плановое ТЭП {j}; "
            "пациент включён в лист ожидания, операция будет выполнена в плановом порядке.")


def kk_planned(c):
    if c["site"] == "tibial_plateau":
        return ("Айқын ісіну мен фликтеналарға байланысты операция (пластинамен остеосинтез) кейінге қалдырылды; гипстік лонгета салынды. "
                f"Операцияға қайта жатқызу {dfmt(c['dis'] + dt.timedelta(days=9))}.")
    j = "жамбас-сан" if c["site"] == "hip_oa" else "тізе"
    return (f"Консервативті ем курсы өткізілді (ҚҚСП, хондропротекторлар, физиоемдеу). {j.capitalize()} буынын жоспарлы эндопротездеу көрсетілген; "
            "науқас күту парағына енгізілді.")


# ============================================================================================
# style 2: Kazakh prose epicrisis
# ============================================================================================
KK_HOSP = ["«Қарағанды облыстық көпбейінді ауруханасы» ШЖҚ КМК", "«Шымкент қалалық №2 ауруханасы» ШЖҚ МКК",
           "«Павлодар облыстық ауруханасы» ШЖҚ КМК", "«Ақтөбе медициналық орталығы» ШЖҚ МКК"]


def write_kke(c):
    rng = c["rng"]
    ck, _ = c["city"]
    ln = [pick(rng, KK_HOSP), "Травматология бөлімшесі", f"{ck} қаласы", ""]
    ln.append("ШЫҒАРУ ЭПИКРИЗІ")
    ln.append(f"Науқас: {c['name']}, {c['birth'].year} ж.т., ЖСН {c['iin']}. Медициналық карта № {c['hist_no']}.")
    st, h, fl = c["addr"]
    ln.append(f"Мекенжайы: {ck} қ., {st} көшесі, {h}-үй. Стационарда {dfmt(c['adm'])} бастап {dfmt(c['dis'])} дейін емделді.")
    ln.append("")
    # diagnosis paragraph (codes in order: main, secondary, complication, comorbidities)
    d = kk_diag(c)
    if c["ao"]:
        d += (" " if c["ao_shape"] == 2 else ", ") + ao_txt(c, "kk")
    if c["codes_on"]:
        d += f" (АХЖ-10: {codestr(c, 'main', c['main_code'])})"
    par = [f"Қорытынды диагнозы: {d}."]
    if c["secondary"]:
        t = kk_secondary(c)
        if c["secondary_coded"]:
            t += f" ({codestr(c, 'sec', SECONDARY[c['secondary']])})"
        par.append(f"Қосарланған жарақат: {t}.")
    if c["compl"]:
        t = kk_compl(c)
        if c["compl_coded"]:
            t += f" ({codestr(c, 'compl', COMPL_CODE[c['compl']])})"
        par.append(f"Асқынуы: {t}.")
    if c["comorb"]:
        items = []
        for k, coded, g in c["comorb"]:
            t = kk_comorb(k, g)
            if coded:
                t += f" ({codestr(c, 'com', COMORB_CODE[k])})"
            items.append(t)
        par.append("Қосалқы аурулары: " + "; ".join(items) + ".")
    ln.append(" ".join(par))
    ln.append("")
    # complaints + anamnesis prose
    p2 = []
    if c["complaints"]:
        p2.append(pick(rng, ["Науқас түскен кезде", "Қабылдау бөлімінде науқас", "Түскен сәтте"]) + f" {kk_complaints(c)} шағымданды.")
    if c["site"] in ("hip_oa", "knee_oa"):
        p2.append(f"Ауру анамнезінен: буындағы ауырсыну {rng.randint(3, 12)} жылдан бері мазалайды, соңғы жылы күшейген, "
                  "амбулаторлық консервативті ем нәтиже бермеген. Жоспарлы түрде жатқызылды.")
    elif c["treat"] == "revision":
        m = kk_mech(c)
        first = {"femoral_neck": "сан сүйегі мойнына бұрандалармен остеосинтез жасалған", "tibial_shaft": "пластинамен остеосинтез жасалған"}[c["site"]]
        p2.append(f"Анамнезінен: {c['months_ago']} ай бұрын {m.rstrip('.')}, басқа емдеу мекемесінде {first}. "
                  "Соңғы айларда ауырсыну күшейіп, бақылау рентгенографиясында сынықтың бітпегені анықталды.")
    elif c["site"] in ("acl", "meniscus"):
        mo = rng.randint(1, 14)
        if c["mech"]:
            p2.append(f"Анамнезінен: шамамен {mo} ай бұрын {kk_mech(c).rstrip('.')}. Амбулаторлық ем әсер етпеген.")
        else:
            p2.append(f"Анамнезінен: тізедегі ауырсыну шамамен {mo} ай бұрын пайда болған, жарақатты нақты есіне алмайды. Амбулаторлық ем әсер етпеген.")
    else:
        m = kk_mech(c)
        if c["mech"]:
            p2.append(f"Анамнезінен: {kkdate_loc(c['trauma_date'])} {m}. Жедел жәрдем бригадасымен қабылдау бөліміне жеткізілді.")
        else:
            p2.append(f"Анамнезінен: жарақат {kkdate(c['trauma_date'])} алынған. {m} Жедел жәрдем бригадасымен жеткізілді.")
    if c["history"]:
        p2.append(f"Өмір анамнезінен: {kk_history(c)}.")
    ln.append(" ".join(p2))
    ln.append("")
    # status + imaging
    ln.append(f"Түскен кездегі жалпы жағдайы орташа ауырлықта, АҚ {rng.randint(110, 160)}/{rng.randint(65, 95)} мм с.б., "
              f"тамыр соғысы минутына {rng.randint(62, 96)}. Жергілікті жағдайы: {kk_local(c)}. {kk_xray(c)}.")
    ln.append("")
    # treatment
    p4 = []
    if c["operated"]:
        an = c["anesth"]
        ant = {"spinal": pick(rng, KK_AN["spinal"]) + "мен", "general": pick(rng, ["жалпы анестезиямен", "эндотрахеальды наркозбен"]),
               "block": pick(rng, ["иық өрімінің блокадасымен", "өткізгіштік анестезиямен"]), None: ""}[an]
        if c["treat"] == "staged_planned":
            p4.append(f"{kkdate_loc(c['op_date'])} шұғыл түрде {ant} жараға алғашқы хирургиялық өңдеу жүргізіліп, {kk_op_name(c).lower()} орындалды. "
                      "Түпкілікті остеосинтез жұмсақ тіндер жазылғаннан кейін екінші кезеңде жоспарланған.")
        else:
            p4.append(clean(f"{kkdate_loc(c['op_date'])} {ant} операция жасалды: {kk_op_name(c)[0].lower() + kk_op_name(c)[1:]}."))
        if c["bl_mode"] == "number":
            p4.append(pick(rng, [f"Операция кезінде қан жоғалту {c['bl']} мл құрады.", f"Қан жоғалту – {c['bl']} мл."]))
        elif c["bl_mode"] == "minimal":
            p4.append("Қан жоғалту болмашы.")
        if c["compl"]:
            p4.append(f"Операциядан кейінгі кезең {kk_compl(c).replace('операциядан кейінгі ', '')} түрінде асқынды, тиісті ем жүргізілді.")
        else:
            p4.append("Операциядан кейінгі кезең асқынусыз өтті.")
    elif c["treat"] == "cons":
        p4.append(kk_cons(c))
    elif c["treat"] == "planned":
        p4.append(kk_planned(c))
    p4.append("Ем: " + ", ".join(kk_drugs(c)) + ".")
    if c["rehab"] and "lfk" in c["rehab"] and rng.random() < 0.5:
        p4.append("Стационарда ЕДШ басталды.")
    ln.append(" ".join(p4))
    ln.append("")
    ln.append(("Шығару кезіндегі жағдайы қанағаттанарлық, жара біріншілік бітісумен жазылуда. " +
               f"Тігістерді {c['suture_days']} тәулікте алу.") if c["operated"] else
              "Шығару кезіндегі жағдайы қанағаттанарлық, ауырсыну азайды.")
    recs = [fix_kk_suffix(x) for x in kk_recs(c)]
    if recs:
        ln.append("")
        ln.append("Ұсыныстар: " + "; ".join(r[0].lower() + r[1:] if not r.startswith(("CPM", "ЕДШ")) else r for r in recs).rstrip(".") + ".")
    ln.append("")
    ln.append(f"Емдеуші дәрігер: {c['doc']}")
    ln.append(f"Бөлімше меңгерушісі: {c['head']}")
    return "\n".join(ln) + "\n"


# ============================================================================================
# style 3: Russian trauma-centre operative note + short discharge
# ============================================================================================
RU_HOSP = ["ГКП на ПХВ «Городская больница скорой медицинской помощи» г. {c}. Травматологический центр",
           "КГП на ПХВ «Областная больница» г. {c}. Травмцентр, отделение травматологии №2",
           "ГКП на ПХВ «Городская клиническая больница №7» г. {c}. Отделение травматологии"]


def op_course(c):
    rng = c["rng"]
    k = c["kind"]
    imp = ", ".join(impl_list_ru(c)) or "—"
    s = c["site"]
    txt = {
        "tha": "Доступ по Хардингу. Резекция шейки бедра, обработка вертлужной впадины фрезами, установка компонентов, вправление. Стабильность удовлетворительная.",
        "tka": "Медиальный парапателлярный доступ. Опилы бедренной и б/берц. кости по шаблонам, балансировка связок, установка компонентов на цемент.",
        "hemi": "Задне-наружный доступ. Удаление головки бедра, обработка канала, установка ножки и биполярной головки, вправление.",
        "cannulated": "Под ЭОП-контролем закрытая репозиция на ортопедическом столе, ч/з проколы проведены направляющие спицы, установлены винты.",
        "screws": "Доступ к зоне перелома, репозиция суставной поверхности, фиксация винтами под ЭОП-контролем.",
        "nail": "Под ЭОП закрытая репозиция, вскрытие канала, рассверливание, введение штифта, дистальное и проксимальное блокирование.",
        "nail_pfna": "На ортопедическом столе закрытая репозиция под ЭОП. Разрез в в/3 бедра над верхушкой б/вертела, введение штифта, шеечный клинок, дист. блокирование.",
        "nail_gamma": "Закрытая репозиция на ортопедическом столе под ЭОП. Введение штифта, шеечный винт, дистальное блокирование.",
        "plate": "Доступ в проекции перелома, отломки выделены, гематома удалена, открытая репозиция, фиксация пластиной и винтами.",
        "plate_pos": "Наружный доступ, репозиция малоберцовой кости, фиксация пластиной; после контроля стабильности синдесмоза проведён позиционный винт.",
        "dhs": "Наружный доступ к в/3 бедра, направляющая спица в шейку, установка динамического винта и накостной пластины.",
        "exfix": "Проведены стержни/спицы в проксимальный и дистальный отломки, монтаж аппарата, репозиция на аппарате.",
        "tbw": "Продольный доступ, отломки сопоставлены, проведены 2 спицы Киршнера, восьмиобразная петля серкляжной проволокой.",
        "aclr": "Диагностическая артроскопия: ПКС разорвана. Забор сухожилий, формирование каналов, проведение трансплантата, фиксация.",
        "menisc": "Стандартные артроскопические порты. Разрыв заднего рога медиального мениска, нестабильный фрагмент резецирован шейвером.",
        "men_suture": "Артроскопия: вертикальный разрыв в красной зоне, шов мениска всеми внутренними фиксаторами.",
        "kwire": "Закрытая репозиция под ЭОП, чрескожно проведены спицы Киршнера, концы спиц над кожей.",
        "rh_resection": "Доступ по Кохеру, головка лучевой кости многооскольчатая, фрагменты удалены, резекция головки.",
    }[k]
    if c["treat"] == "revision":
        txt = "Доступ по старому рубцу, удалена ранее установленная металлоконструкция. " + txt
    return f"{txt} Импланты: {imp}. Гемостаз. Послойный шов раны, дренаж. Асептическая повязка."


def write_top(c):
    rng = c["rng"]
    _, cr = c["city"]
    ln = [pick(rng, RU_HOSP).format(c=cr), f"И/б № {c['hist_no']}", ""]
    sexw = "Больной" if c["sex"] == "m" else "Больная"
    abbr_dx = ru_diag(c, abbr=True)
    ao = ((" " if c["ao_shape"] == 2 else ", ") + ao_txt(c, "ru")) if c["ao"] else ""
    code = f" (МКБ-10: {codestr(c, 'main', c['main_code'])})" if c["codes_on"] else ""

    def an_txt():
        return pick(rng, RU_AN[c["anesth"]]) if c["anesth"] else None

    def op_block(title, date, name, course, an, bl_line):
        ln.append(title)
        t0 = rng.randint(8 * 60, 17 * 60)
        t1 = t0 + rng.randint(35, 150)
        ln.append(f"Дата: {dfmt(date)}, {t0 // 60:02d}:{t0 % 60:02d}–{t1 // 60:02d}:{t1 % 60:02d}")
        ln.append(f"Ф.И.О.: {c['name']}, {c['age']} л. ИИН {c['iin']}")
        ln.append(f"Д-з до опер.: {abbr_dx}{ao}{code}")
        ln.append(f"Операция: {name}")
        ln.append(f"Хирург: {c['surgeon']}, ассист.: {c['assist']}, анест.: {c['anesth_doc']}")
        if an:
            ln.append(f"Анестезия: {an}")
        ln.append(f"Ход операции: {course}")
        if bl_line:
            ln.append(bl_line)
        ln.append("Д-з после опер.: тот же.")
        ln.append("")

    def bl_line():
        if c["bl_mode"] == "number":
            return pick(rng, [f"Кровопотеря: {c['bl']} мл", f"Кровопотеря — {c['bl']},0 мл", f"Кровопотеря ~{c['bl']} мл"])
        if c["bl_mode"] == "minimal":
            return "Кровопотеря: минимальная"
        return None

    t = c["treat"]
    if t == "staged":
        acc = ru_acc(c)
        b1 = clean(f"ПХО раны, наложение стержневого АВФ на {acc}" if c["open"] else
                   f"Наложение стержневого АВФ (трансартикулярно) на {acc}")
        op_block("ПРОТОКОЛ ОПЕРАЦИИ (I этап)", c["op1_date"], b1,
                 "Рана промыта р-ром антисептика, нежизнеспособные ткани иссечены. Проведены стержни, монтаж АВФ, репозиция. Дренаж." if c["open"] else
                 "Проведены стержни в бедренную и б/берц. кости, монтаж АВФ, лигаментотаксис. Асептическая повязка.",
                 an_txt(), "Кровопотеря: минимальная")
        op_block("ПРОТОКОЛ ОПЕРАЦИИ (II этап)", c["op_date"], ru_op_name(c, abbr=True), "АВФ демонтирован. " + op_course(c), an_txt(), bl_line())
    elif t == "manip":
        ln.append("ПРОТОКОЛ МАНИПУЛЯЦИИ")
        ln.append(f"Дата: {dfmt(c['op_date'])}")
        ln.append(f"Ф.И.О.: {c['name']}, {c['age']} л. ИИН {c['iin']}")
        ln.append(f"Д-з: {abbr_dx}{ao}{code}")
        ln.append("Манипуляция: закрытая ручная репозиция, гипсовая лонгета")
        ln.append("Анестезия: местная, р-р новокаина 1% — 20,0 мл в гематому")
        ln.append(f"Ход: тракция по оси, репозиция, наложена тыльная гипсовая лонгета на {c['cast_weeks']} нед. Контрольная R-графия: стояние удовлетворительное.")
        ln.append(f"Врач: {c['surgeon']}")
        ln.append("")
    else:
        title = "ПРОТОКОЛ ОПЕРАЦИИ" if t != "revision" else "ПРОТОКОЛ ОПЕРАЦИИ (ревизионная)"
        name = ru_op_name(c, abbr=True)
        if t == "staged_planned":
            name = "ПХО раны; " + name
        op_block(title, c["op_date"], name, op_course(c), an_txt(), bl_line())

    # short discharge note
    ln.append(pick(rng, ["ВЫПИСКА (краткая)", "ВЫПИСКА из и/б"]))
    ln.append(f"{sexw} {c['name']}, {c['age']} л., находил{'ся' if c['sex'] == 'm' else 'ась'} в ТО с {dfmt(c['adm'])} по {dfmt(c['dis'])}.")
    ln.append(f"Адрес: г. {cr}, {pick(rng, RAIONS)} р-н, ул. {c['addr'][0]}, д. {c['addr'][1]}")
    dx = f"Д-з закл.: {abbr_dx}{ao}{code}."
    ln.append(dx)
    if c["secondary"]:
        sc = f" ({codestr(c, 'sec', SECONDARY[c['secondary']])})" if c["secondary_coded"] else ""
        ln.append(f"Сочет.: {ru_secondary(c)}{sc}.")
    if c["compl"]:
        cc = f" ({codestr(c, 'compl', COMPL_CODE[c['compl']])})" if c["compl_coded"] else ""
        ln.append(f"Осл.: {ru_compl(c)}{cc}.")
    if c["comorb"]:
        items = []
        for k, coded, g in c["comorb"]:
            items.append(ru_comorb(k, g, abbr=True) + (f" ({codestr(c, 'com', COMORB_CODE[k])})" if coded else ""))
        ln.append("Сопут.: " + "; ".join(items).rstrip(".") + ".")
    if c["complaints"]:
        ln.append(f"Жалобы при пост.: на {ru_complaints(c)}.")
    if c["site"] in ("hip_oa", "knee_oa"):
        ln.append(f"An. morbi: боли ок. {rng.randint(3, 12)} лет, консерв. лечение без эффекта. Госпит. планово.")
    elif c["treat"] == "revision":
        when = f"{c['months_ago']} мес. назад" if c["site"] != "distal_radius" else f"{c['months_ago']} дн. назад"
        first = {"femoral_neck": "остеосинтез шейки бедра винтами", "tibial_shaft": "МОС пластиной", "distal_radius": "закр. репозиция, гипс. лонгета"}[c["site"]]
        ln.append(f"An. morbi: травма {when} ({ru_mech(c).rstrip('.')}), выполнен(а) {first}. Вторичное смещение/несращение по R-графии.")
    elif c["site"] in ("acl", "meniscus"):
        ln.append(f"An. morbi: ок. {rng.randint(1, 14)} мес. назад {ru_mech(c).rstrip('.') if c['mech'] else 'травму не помнит'}.")
    elif c["mech"] is None:
        ln.append(f"An. morbi: травма {dfmt(c['trauma_date'])}, обстоятельства травмы не уточняет. Доставлен(а) СМП.")
    else:
        ln.append(f"An. morbi: травма {dfmt(c['trauma_date'])} — {ru_mech(c).rstrip('.')}. Доставлен(а) СМП.")
    if c["history"]:
        ln.append(f"An. vitae: {ru_history(c)}.")
    course = []
    if c["operated"]:
        course.append("П/о период " + ("осложнился: " + ru_compl(c).lower() + ", проведена коррекция лечения" if c["compl"] else "без осложнений") + ".")
    course.append("Получал(а): " + ", ".join(ru_drugs(c)) + ".")
    if c["rehab"] and "lfk" in c["rehab"] and rng.random() < 0.5:
        course.append("С 2-х п/о суток ЛФК.")
    if c["transfusion"] is False and c["operated"] and rng.random() < 0.4:
        course.append(f"По дренажу за 1-е сутки {rng.randint(3, 15) * 10} мл серозно-геморрагического отделяемого, дренаж удалён.")
        c["tags"].append("drain_volume_distractor")
    if t == "staged_planned":
        course.append("II этап (БИОС) — в плановом порядке после заживления раны, повторная госпитализация по направлению.")
    ln.append(" ".join(course))
    if c["age"] < 63 and rng.random() < 0.6:
        course.append(pick(rng, ["Л/н продлён ч/з ВКК.", "Б/л открыт, продление через ВКК по м/ж."]))
        ln[-1] = ln[-1] + " " + course[-1]
    if c["operated"]:
        ln.append(f"Выписан(а) в удовл. сост. Швы снять на {c['suture_days']} сут.")
    else:
        ln.append("Выписан(а) в удовл. сост.")
    recs = ru_recs(c, abbr=True)
    if recs:
        ln.append("Рек-но: " + "; ".join(r[0].lower() + r[1:] if not r.startswith(("ЛФК", "ФТЛ", "CPM", "ТЭП")) else r for r in recs).rstrip(".") + ".")
    ln.append(f"Леч. врач: {c['doc']} Зав. отд.: {c['head']}")
    return "\n".join(ln) + "\n"


RAIONS = ["Алмалинский", "Бостандыкский", "Енбекшинский", "Абайский", "Казыбек би", "Октябрьский", "Центральный"]

WRITERS = {"bil_his_kkru": write_bil, "kk_prose_epi": write_kke, "ru_trauma_op": write_top}


def main():
    out_rec = HERE / "records"
    out_rec.mkdir(exist_ok=True)
    for old in out_rec.glob("*.txt"):
        old.unlink()
    truth_lines, meta_lines = [], []
    master = random.Random(SEED)
    for style in ("bil_his_kkru", "kk_prose_epi", "ru_trauma_op"):
        plan = list(PLANS[style])
        assert len(plan) == 30, (style, len(plan))
        master.shuffle(plan)
        for i, (site, variant) in enumerate(plan, 1):
            rid = f"{PREFIX[style]}-{i:03d}"
            rng = random.Random(f"{SEED}:{rid}")
            c = sample_case(style, rid, site, variant, rng)
            c["rng"] = random.Random(f"{SEED}:{rid}:text")
            c["kk_share"] = round(0.3 + 0.4 * rng.random(), 2) if style == "bil_his_kkru" else (1.0 if style == "kk_prose_epi" else 0.0)
            fields = truth_of(c)
            text = WRITERS[style](c)
            (out_rec / f"{rid}.txt").write_text(text, encoding="utf-8")
            truth_lines.append(json.dumps({"id": rid, "style": style, "language": LANG[style], "fields": fields}, ensure_ascii=False))
            meta = {"id": rid, "style": style, "variant": c["treat"] + (":" + c["kind"] if c["kind"] else ""),
                    "kk_share": c["kk_share"] if style == "bil_his_kkru" else None, "tags": c["tags"]}
            meta_lines.append(json.dumps(meta, ensure_ascii=False))
    (HERE / "truth.jsonl").write_text("\n".join(truth_lines) + "\n", encoding="utf-8")
    (HERE / "meta.jsonl").write_text("\n".join(meta_lines) + "\n", encoding="utf-8")
    print(f"wrote {len(truth_lines)} records")


if __name__ == "__main__":
    main()
