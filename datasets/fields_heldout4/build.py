#!/usr/bin/env python3
"""Deterministic generator of the fields_heldout4 set (standard library only).

    python build.py      -> records/<id>.txt, truth.jsonl, meta.jsonl

Truth is sampled first (per record: site, treatment, attributes, codes ...), the text is
then written from it.  ICD-10 codes are written as placeholders and resolved in a last
pass, so the truth list is in order of first appearance by construction.
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
FRACTURE_SITES = {"femoral_neck", "pertrochanteric", "femoral_shaft", "distal_radius", "ankle", "tibial_shaft",
                  "proximal_humerus", "patella", "radial_head", "humeral_shaft", "tibial_plateau", "clavicle"}
LOWER = {"femoral_neck", "pertrochanteric", "femoral_shaft", "ankle", "tibial_shaft", "patella", "tibial_plateau",
         "hip_oa", "knee_oa", "acl", "meniscus"}
UPPER = {"distal_radius", "proximal_humerus", "radial_head", "humeral_shaft", "clavicle"}

# ----------------------------------------------------------------------------------------------
# catalogue implants: how they are written (ru instrumental / kk instrumental)
IMP_RU = {
    "эндопротез Zimmer NexGen": "эндопротезом Zimmer NexGen",
    "эндопротез Zimmer": "эндопротезом Zimmer",
    "эндопротез Smith & Nephew Genesis II": "эндопротезом Smith & Nephew Genesis II",
    "эндопротез DePuy Attune": "эндопротезом DePuy Attune",
    "пластина LCP 1/3 трубчатая": "пластиной LCP 1/3 трубчатой",
    "пластина LCP": "пластиной LCP",
    "пластина PHILOS": "пластиной PHILOS",
    "пластина APTUS": "пластиной APTUS",
    "позиционный винт": "позиционным винтом",
    "интерферентный винт Arthrex": "интерферентным винтом Arthrex",
    "фиксатор EndoButton": "фиксатором EndoButton",
    "канюлированные винты Synthes": "канюлированными винтами Synthes",
    "интрамедуллярный штифт ChM": "интрамедуллярным штифтом ChM",
    "штифт Gamma3": "штифтом Gamma3",
    "интрамедуллярный штифт PFNA": "штифтом PFNA",
    "серкляжная проволока": "серкляжной проволокой",
    "спицы Киршнера": "спицами Киршнера",
    "аппарат Илизарова": "аппаратом Илизарова",
}
IMP_KK = {
    "эндопротез Zimmer NexGen": "Zimmer NexGen эндопротезімен",
    "эндопротез Zimmer": "Zimmer эндопротезімен",
    "эндопротез Smith & Nephew Genesis II": "Smith & Nephew Genesis II эндопротезімен",
    "эндопротез DePuy Attune": "DePuy Attune эндопротезімен",
    "пластина LCP 1/3 трубчатая": "LCP 1/3 трубчатая пластинасымен",
    "пластина LCP": "LCP пластинасымен",
    "пластина PHILOS": "PHILOS пластинасымен",
    "пластина APTUS": "APTUS пластинасымен",
    "позиционный винт": "позициялық бұрандамен",
    "интерферентный винт Arthrex": "Arthrex интерферентті бұрандасымен",
    "фиксатор EndoButton": "EndoButton фиксаторымен",
    "канюлированные винты Synthes": "Synthes канюляцияланған бұрандаларымен",
    "интрамедуллярный штифт ChM": "ChM интрамедуллярлық штифтімен",
    "штифт Gamma3": "Gamma3 штифтімен",
    "интрамедуллярный штифт PFNA": "PFNA штифтімен",
    "серкляжная проволока": "серкляж сымымен",
    "спицы Киршнера": "Киршнер спицаларымен",
    "аппарат Илизарова": "Илизаров аппаратымен",
}

# ----------------------------------------------------------------------------------------------
# sides
SIDE_RU = {
    "right": dict(fg="правой", mg="правого", fa="правую", na="правое", ab="прав.", adv="справа"),
    "left": dict(fg="левой", mg="левого", fa="левую", na="левое", ab="лев.", adv="слева"),
    None: dict(fg="", mg="", fa="", na="", ab="", adv=""),
}
SIDE_KK = {"right": "оң жақ", "left": "сол жақ", None: ""}
OTHER = {"right": "left", "left": "right"}


def clean(s):
    s = re.sub(r"[ \t]{2,}", " ", s)
    s = re.sub(r" ([,.;)])", r"\1", s)
    s = re.sub(r"\( ", "(", s)
    return s.strip()


def cap(s):
    s = s.strip()
    return s[:1].upper() + s[1:] if s else s


# ----------------------------------------------------------------------------------------------
# treatments: key -> (site, kind, procedure, implants)
# kind: op | outside (operation with a procedure outside the list) | cons | planned | revision
TREAT = {
    "fn_tha_dp": ("femoral_neck", "op", "total_hip_arthroplasty", ["эндопротез DePuy Pinnacle", "эндопротез DePuy Corail"]),
    "fn_cs": ("femoral_neck", "op", "cannulated_screws", ["канюлированные винты Synthes"]),
    "fn_hemi": ("femoral_neck", "outside", None, ["эндопротез DePuy Corail"]),
    "fn_rev_tha_dp": ("femoral_neck", "revision", "total_hip_arthroplasty", ["эндопротез DePuy Pinnacle", "эндопротез DePuy Corail"]),
    "fn_rev_tha_zim": ("femoral_neck", "revision", "total_hip_arthroplasty", ["эндопротез Zimmer"]),
    "pt_pfna": ("pertrochanteric", "op", "intramedullary_nailing", ["интрамедуллярный штифт PFNA"]),
    "pt_gamma": ("pertrochanteric", "op", "intramedullary_nailing", ["штифт Gamma3"]),
    "fs_chm": ("femoral_shaft", "op", "intramedullary_nailing", ["интрамедуллярный штифт ChM"]),
    "fs_lcp": ("femoral_shaft", "op", "plate_osteosynthesis", ["пластина LCP"]),
    "fs_avf": ("femoral_shaft", "op", "external_fixation", []),
    "dr_aptus": ("distal_radius", "op", "plate_osteosynthesis", ["пластина APTUS"]),
    "dr_lcp": ("distal_radius", "op", "plate_osteosynthesis", ["пластина LCP"]),
    "dr_kw": ("distal_radius", "outside", None, ["спицы Киршнера"]),
    "dr_cons": ("distal_radius", "cons", None, None),
    "dr_rev_aptus": ("distal_radius", "revision", "plate_osteosynthesis", ["пластина APTUS"]),
    "rh_aptus": ("radial_head", "op", "plate_osteosynthesis", ["пластина APTUS"]),
    "rh_plate0": ("radial_head", "op", "plate_osteosynthesis", []),
    "rh_resect": ("radial_head", "outside", None, []),
    "rh_cons": ("radial_head", "cons", None, None),
    "hs_chm": ("humeral_shaft", "op", "intramedullary_nailing", ["интрамедуллярный штифт ChM"]),
    "hs_lcp": ("humeral_shaft", "op", "plate_osteosynthesis", ["пластина LCP"]),
    "hs_cons": ("humeral_shaft", "cons", None, None),
    "hs_rev_lcp": ("humeral_shaft", "revision", "plate_osteosynthesis", ["пластина LCP"]),
    "ph_philos": ("proximal_humerus", "op", "plate_osteosynthesis", ["пластина PHILOS"]),
    "ph_kw": ("proximal_humerus", "outside", None, ["спицы Киршнера"]),
    "ph_cons": ("proximal_humerus", "cons", None, None),
    "tp_lcp": ("tibial_plateau", "op", "plate_osteosynthesis", ["пластина LCP"]),
    "tp_plate0": ("tibial_plateau", "op", "plate_osteosynthesis", []),
    "tp_cs": ("tibial_plateau", "op", "cannulated_screws", ["канюлированные винты Synthes"]),
    "tp_iliz": ("tibial_plateau", "op", "external_fixation", ["аппарат Илизарова"]),
    "tp_cons": ("tibial_plateau", "cons", None, None),
    "ts_chm": ("tibial_shaft", "op", "intramedullary_nailing", ["интрамедуллярный штифт ChM"]),
    "ts_avf": ("tibial_shaft", "op", "external_fixation", []),
    "ts_iliz": ("tibial_shaft", "op", "external_fixation", ["аппарат Илизарова"]),
    "an_lcp13_pos": ("ankle", "op", "plate_osteosynthesis", ["пластина LCP 1/3 трубчатая", "позиционный винт"]),
    "an_lcp13": ("ankle", "op", "plate_osteosynthesis", ["пластина LCP 1/3 трубчатая"]),
    "an_lcp": ("ankle", "op", "plate_osteosynthesis", ["пластина LCP"]),
    "an_cons": ("ankle", "cons", None, None),
    "pa_tbw": ("patella", "op", "tension_band_wiring", ["спицы Киршнера", "серкляжная проволока"]),
    "pa_cons": ("patella", "cons", None, None),
    "cl_lcp": ("clavicle", "op", "plate_osteosynthesis", ["пластина LCP"]),
    "cl_cons": ("clavicle", "cons", None, None),
    "hoa_tha_zim": ("hip_oa", "op", "total_hip_arthroplasty", ["эндопротез Zimmer"]),
    "hoa_tha_dp": ("hip_oa", "op", "total_hip_arthroplasty", ["эндопротез DePuy Pinnacle", "эндопротез DePuy Corail"]),
    "hoa_plan": ("hip_oa", "planned", None, None),
    "koa_nexgen": ("knee_oa", "op", "total_knee_arthroplasty", ["эндопротез Zimmer NexGen"]),
    "koa_genesis": ("knee_oa", "op", "total_knee_arthroplasty", ["эндопротез Smith & Nephew Genesis II"]),
    "koa_attune": ("knee_oa", "op", "total_knee_arthroplasty", ["эндопротез DePuy Attune"]),
    "koa_plan": ("knee_oa", "planned", None, None),
    "koa_cons": ("knee_oa", "cons", None, None),
    "acl_eb": ("acl", "op", "acl_reconstruction", ["фиксатор EndoButton", "интерферентный винт Arthrex"]),
    "acl_ar": ("acl", "op", "acl_reconstruction", ["интерферентный винт Arthrex"]),
    "acl_plan": ("acl", "planned", None, None),
    "men_pm": ("meniscus", "op", "partial_meniscectomy", []),
    "men_suture": ("meniscus", "outside", None, []),
}

PLANS = {
    "ehr_mixed_ru_kk": ["fn_cs", "fn_rev_tha_dp", "pt_pfna", "pt_gamma", "fs_chm", "dr_aptus", "dr_kw", "rh_aptus",
                        "rh_cons", "rh_resect", "hs_chm", "hs_cons", "hs_lcp", "ph_philos", "ph_cons", "tp_lcp",
                        "tp_iliz", "tp_cons", "ts_chm", "ts_avf", "an_lcp13_pos", "an_lcp13", "pa_tbw", "cl_lcp",
                        "cl_cons", "hoa_tha_zim", "hoa_plan", "koa_nexgen", "acl_eb", "men_pm"],
    "referral_ru": ["fn_cs", "fn_hemi", "pt_pfna", "pt_gamma", "fs_lcp", "fs_avf", "dr_lcp", "dr_rev_aptus",
                    "rh_plate0", "rh_cons", "rh_aptus", "hs_lcp", "hs_rev_lcp", "hs_cons", "ph_philos", "ph_cons",
                    "tp_lcp", "tp_cs", "tp_iliz", "ts_chm", "an_lcp13", "an_cons", "pa_tbw", "pa_cons", "cl_lcp",
                    "hoa_plan", "koa_genesis", "koa_plan", "acl_ar", "men_suture"],
    "polyclinic_followup_kk": ["fn_tha_dp", "fn_rev_tha_zim", "pt_pfna", "pt_gamma", "fs_chm", "dr_aptus", "dr_cons",
                               "rh_aptus", "rh_resect", "rh_cons", "hs_chm", "hs_lcp", "hs_cons", "ph_philos", "ph_kw",
                               "tp_lcp", "tp_plate0", "tp_iliz", "ts_chm", "ts_iliz", "an_lcp13_pos", "an_lcp",
                               "pa_tbw", "cl_lcp", "cl_cons", "hoa_tha_dp", "koa_attune", "koa_cons", "acl_plan",
                               "men_pm"],
}
STYLE_META = {
    "ehr_mixed_ru_kk": ("ehr", "mixed"),
    "referral_ru": ("ref", "ru"),
    "polyclinic_followup_kk": ("emh", "kk"),
}

ICD_PRIMARY = {
    "femoral_neck": "S72.0", "pertrochanteric": "S72.1", "femoral_shaft": "S72.3", "distal_radius": "S52.5",
    "radial_head": "S52.1", "ankle": "S82.8", "tibial_shaft": "S82.2", "tibial_plateau": "S82.1",
    "proximal_humerus": "S42.2", "humeral_shaft": "S42.3", "patella": "S82.0", "clavicle": "S42.0",
    "hip_oa": "M16.1", "knee_oa": "M17.1", "acl": "S83.5", "meniscus": "S83.2",
}
AO_CHOICES = {
    "femoral_neck": ["31-B1", "31-B2", "31-B3"], "pertrochanteric": ["31-A1", "31-A2", "31-A3"],
    "femoral_shaft": ["32-A2", "32-B2", "32-C1"], "distal_radius": ["23-A2", "23-A3", "23-C1", "23-C2"],
    "radial_head": ["21-B2", "21-C1", "21-A2"], "ankle": ["44-B1", "44-B2", "44-C1", "44-A2"],
    "tibial_shaft": ["42-A1", "42-A2", "42-B2", "42-C1"], "tibial_plateau": ["41-B1", "41-B2", "41-B3", "41-C1"],
    "proximal_humerus": ["11-A2", "11-A3", "11-B1", "11-C1"], "humeral_shaft": ["12-A1", "12-A2", "12-B2", "12-C1"],
    "patella": ["34-C1", "34-C2"], "clavicle": ["15-B1", "15-B2", "15-B3"],
}
LOOK = {"A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т",
        "X": "Х", "I": "І", "S": "Ѕ"}

# ----------------------------------------------------------------------------------------------
# people, places
KZ_M = ["Ерлан", "Нұрлан", "Асқар", "Бауыржан", "Дәурен", "Серік", "Қайрат", "Ержан", "Мұрат", "Талғат", "Әділет", "Жандос"]
KZ_F = ["Гүлнар", "Айгүл", "Сәуле", "Динара", "Меруерт", "Жанар", "Әсем", "Ақмарал", "Гүлмира", "Салтанат", "Перизат"]
KZ_SUR = ["Ахметов", "Сейітқалиев", "Жұмабаев", "Тоқтаров", "Омаров", "Қасымов", "Әбдірахманов", "Бекмұратов",
          "Нұрпейісов", "Есенов", "Сәрсенбаев", "Құрманғалиев", "Мұқанов", "Исабеков"]
KZ_FATHER = ["Болат", "Серік", "Қанат", "Марат", "Ерғали", "Бақыт", "Сағат", "Төлеген", "Мейрам"]
RU_M = ["Александр", "Сергей", "Виктор", "Дмитрий", "Андрей", "Николай", "Владимир", "Игорь"]
RU_F = ["Наталья", "Ольга", "Татьяна", "Людмила", "Елена", "Галина", "Светлана", "Ирина"]
RU_SUR = ["Иванов", "Ковалёв", "Шевченко", "Гончаров", "Литвинов", "Морозов", "Кравченко", "Зайцев", "Фёдоров"]
RU_PAT = ["Петрович", "Иванович", "Николаевич", "Викторович", "Сергеевич", "Алексеевич"]
DOCS = ["Тулегенов А.С.", "Жакупова Г.Е.", "Ким В.Р.", "Байжанов Е.Т.", "Мусина А.К.", "Петренко О.В.",
        "Абенов Д.М.", "Сарсенова Ж.Б.", "Оспанов Н.Қ.", "Ли С.А.", "Кенжебаев Р.О.", "Ибраева Л.Т."]
CITIES = [("Караганда", "Қарағанды"), ("Шымкент", "Шымкент"), ("Павлодар", "Павлодар"), ("Актобе", "Ақтөбе"),
          ("Усть-Каменогорск", "Өскемен"), ("Костанай", "Қостанай"), ("Тараз", "Тараз"), ("Кызылорда", "Қызылорда")]
DISTRICTS = ["Бұқар жырау", "Ордабасы", "Абай", "Қарасай", "Шортанды", "Жамбыл", "Сайрам", "Мәртөк", "Теректі", "Ұлан"]


def person(rng, sex):
    if rng.random() < 0.7:
        sur = rng.choice(KZ_SUR)
        if sex == "m":
            first, pat = rng.choice(KZ_M), rng.choice(KZ_FATHER) + "ұлы"
        else:
            sur = sur + "а"
            first, pat = rng.choice(KZ_F), rng.choice(KZ_FATHER) + "қызы"
    else:
        sur = rng.choice(RU_SUR)
        p = rng.choice(RU_PAT)
        if sex == "m":
            first = rng.choice(RU_M)
        else:
            sur = sur + "а"
            first, p = rng.choice(RU_F), p[:-2] + "на"
        pat = p
    return f"{sur} {first} {pat}"


def iin(rng, birth, sex):
    while True:
        c = (3 if sex == "m" else 4) if birth.year < 2000 else (5 if sex == "m" else 6)
        d = birth.strftime("%y%m%d") + str(c) + f"{rng.randrange(10000):04d}"
        digits = [int(x) for x in d]
        s = sum(w * x for w, x in zip(range(1, 12), digits)) % 11
        if s == 10:
            w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
            s = sum(w * x for w, x in zip(w2, digits)) % 11
            if s == 10:
                continue
        return d + str(s)


def fdate(d):
    return d.strftime("%d.%m.%Y")


# ----------------------------------------------------------------------------------------------
# sampling of the truth
def sample_case(style, idx, key, rng):
    site, kind, proc, imps = TREAT[key]
    c = dict(style=style, key=key, site=site, kind=kind, tags=[])
    frac = site in FRACTURE_SITES
    # demographics
    if site in ("femoral_neck", "pertrochanteric"):
        age = rng.randint(64, 89)
    elif site in ("hip_oa", "knee_oa"):
        age = rng.randint(54, 77)
    elif site in ("acl", "meniscus"):
        age = rng.randint(18, 41)
    else:
        age = rng.randint(19, 72)
    sex = "f" if (site in ("femoral_neck", "pertrochanteric", "distal_radius", "knee_oa") and rng.random() < 0.7) \
        else ("m" if rng.random() < 0.6 else "f")
    adm = dt.date(2023, 2, 1) + dt.timedelta(days=rng.randrange(800))
    birth = dt.date(adm.year - age, rng.randint(1, 12), rng.randint(1, 28))
    c.update(age=age, sex=sex, birth=birth, name=person(rng, sex), iin=iin(rng, birth, sex), adm=adm,
             docs=rng.sample(DOCS, 3), city=rng.choice(CITIES))
    # side
    side = rng.choice(["right", "left"])
    if idx in (7, 22) or (style == "referral_ru" and idx == 15) or (style == "polyclinic_followup_kk" and idx == 12):
        side = None
        c["tags"].append("side_not_stated")
    c["side"] = side
    # fracture attributes
    disp = comm = opn = ao = None
    if frac:
        if kind in ("cons",):
            disp = rng.choice([False, False, None])
        elif kind == "revision":
            disp = True
        else:
            disp = rng.choice([True, True, True, False, None]) if site != "patella" else True
        if site == "femoral_neck" and kind == "outside":
            disp = True
        comm = rng.random() < 0.35 and kind != "revision"
        if site in ("tibial_shaft", "femoral_shaft", "humeral_shaft", "ankle", "patella") and kind in ("op",) \
                and rng.random() < 0.3:
            opn = True
        else:
            opn = rng.choice([False, False, None]) if kind != "revision" else (False if site == "distal_radius" else None)
        if kind != "revision" and rng.random() < 0.7:
            ao = rng.choice(AO_CHOICES[site])
            if comm and ao[-1] == "1":
                ao = ao[:-1] + "3" if ao[-2] != "A" else ao
    c.update(fracture_displaced=disp, fracture_comminuted=comm if frac else None, fracture_open=opn, ao_ota=ao)
    # KL
    kl = None
    if site in ("hip_oa", "knee_oa") and rng.random() < 0.8:
        kl = rng.choice([2, 3, 3, 4, 4])
    c["kl_grade"] = kl
    # mechanism
    mech = None
    if site not in ("hip_oa", "knee_oa") and rng.random() < 0.85:
        if site in ("acl", "meniscus"):
            mech = rng.choice(["sport", "sport", "home", "fall_street"])
        elif site in ("femoral_neck", "pertrochanteric"):
            mech = rng.choice(["home", "home", "fall_street", "fall_height"])
        elif site in ("femoral_shaft", "tibial_shaft", "tibial_plateau"):
            mech = rng.choice(["traffic", "traffic", "fall_height", "fall_street", "sport"])
        else:
            mech = rng.choice(["fall_street", "fall_street", "home", "fall_height", "traffic", "sport"])
    c["mechanism"] = mech
    c["mech_variant"] = rng.randrange(4)
    # operation
    operated = kind in ("op", "outside", "revision")
    c["procedure"] = proc
    c["implants"] = list(imps) if operated else None
    anes = bl = None
    anes_text = None
    if operated:
        if site in UPPER:
            r = rng.random()
            if r < 0.45:
                anes, anes_text = "general", "general"
            elif r < 0.85:
                anes_text = "block"
            else:
                anes_text = None
        elif site in ("acl", "meniscus"):
            anes = rng.choice(["spinal", "spinal", "general", None])
            anes_text = anes
        else:
            anes = rng.choice(["spinal", "spinal", "spinal", "general", None])
            anes_text = anes
        if anes_text is None and rng.random() < 0.3 and site not in UPPER:
            anes_text = "local_none"
            anes_text = None
        if site in ("acl", "meniscus"):
            if rng.random() < 0.5:
                bl = rng.choice([50, 100])
            else:
                c["tags"].append("blood_loss_minimal_no_number")
                c["bl_minimal"] = True
        else:
            r = rng.random()
            if r < 0.7:
                base = {"femoral_neck": [300, 400, 500, 600], "pertrochanteric": [200, 250, 300, 400],
                        "femoral_shaft": [300, 400, 500, 700], "hip_oa": [400, 500, 600, 800],
                        "knee_oa": [250, 300, 400, 500]}.get(site, [100, 150, 200, 250, 300])
                if c["procedure"] in ("external_fixation", "cannulated_screws") or key in ("dr_kw", "ph_kw"):
                    base = [50, 100, 150]
                bl = rng.choice(base)
            elif r < 0.85:
                c["tags"].append("blood_loss_minimal_no_number")
                c["bl_minimal"] = True
        if anes_text == "block":
            c["tags"].append("regional_block_anesthesia")
    c["anesthesia"] = anes
    c["anes_text"] = anes_text
    c["blood_loss_ml"] = bl
    c["infusion"] = rng.choice([400, 500, 800, 1000, 1200, 1500]) if (operated or rng.random() < 0.4) else None
    if bl and c["infusion"] == bl:
        c["infusion"] = bl + 400
    # complaints
    comp = []
    if frac:
        comp = ["pain"]
        if rng.random() < 0.7:
            comp.append("swelling")
        if rng.random() < 0.7:
            comp.append("limited_motion")
        if site in LOWER and rng.random() < 0.6:
            comp.append("no_weight_bearing")
        if disp and rng.random() < 0.4:
            comp.append("deformity")
        if kind == "revision":
            comp = ["pain", "limited_motion"] + (["no_weight_bearing"] if site in LOWER else [])
    elif site in ("hip_oa", "knee_oa"):
        comp = ["pain", "limited_motion"]
        if rng.random() < 0.5:
            comp.append("night_pain")
        if rng.random() < 0.3:
            comp.append("deformity")
    elif site == "acl":
        comp = ["instability", "pain"] + (["swelling"] if rng.random() < 0.5 else [])
    elif site == "meniscus":
        comp = ["pain", "locking"] + (["swelling"] if rng.random() < 0.5 else []) + \
            (["limited_motion"] if rng.random() < 0.4 else [])
    rng.shuffle(comp)
    if rng.random() < 0.08:
        comp = None
        c["tags"].append("no_admission_complaints")
    c["complaints"] = comp
    # rehabilitation / restrictions
    rehab, restr, wb = choose_regimen(c, rng)
    c["rehabilitation"], c["restrictions"], c["weight_bearing_weeks"] = rehab, restr, wb
    # follow-up
    fu = None
    if rng.random() < 0.85:
        if site in ("acl", "meniscus") or kind == "planned":
            fu = rng.choice([2, 4, 6])
        elif site in ("hip_oa", "knee_oa"):
            fu = rng.choice([4, 6, 8, 12])
        else:
            fu = rng.choice([2, 4, 6, 6, 8, 12])
    c["follow_up_weeks"] = fu
    c["fu_month"] = fu in (4, 6, 8, 12) and rng.random() < 0.35
    c["wb_month"] = wb in (4, 6, 8, 12) and rng.random() < 0.3
    # secondary injury, complication, comorbidity, old injury
    sec = None
    if frac and kind != "revision" and side and rng.random() < 0.4:
        sec = rng.choice(["knee", "shoulder", "hand", "chest", "concussion", "face"])
        c["tags"].append("secondary_injury")
    c["secondary"] = sec
    c["sec_side"] = OTHER[side] if side else rng.choice(["right", "left"])
    c["sec_coded"] = rng.random() < 0.75
    comp_ = None
    if operated and (idx % 7 == 3 or rng.random() < 0.06):
        comp_ = rng.choice(["dvt", "necrosis", "infection", "anemia"] if (bl or 0) >= 300 else ["dvt", "necrosis", "infection"])
        c["tags"].append("complication:" + comp_)
    c["complication"] = comp_
    c["compl_coded"] = comp_ != "necrosis" and rng.random() < 0.8
    comorb = []
    if age > 45 and rng.random() < 0.6:
        comorb = rng.sample(["htn", "dm", "obesity", "ihd", "osteo"], rng.randint(1, 2))
    c["comorb"] = comorb
    c["comorb_coded"] = [rng.random() < 0.55 for _ in comorb]
    old = None
    if kind != "revision" and (rng.random() < 0.3 or site in ("radial_head", "humeral_shaft", "tibial_plateau") and rng.random() < 0.5):
        old = True
        c["tags"].append("confusable_old_injury")
    c["old"] = old
    c["old_year"] = adm.year - rng.randint(2, 15)
    c["old_side"] = None
    if side:
        c["old_side"] = rng.choice(["right", "left"]) if site in ("radial_head", "distal_radius", "humeral_shaft",
                                                                    "proximal_humerus", "tibial_plateau", "tibial_shaft") else OTHER[side]
    if kind == "cons":
        c["tags"].append("conservative")
    if kind == "planned":
        c["tags"].append("planned_only_operation")
    if kind == "outside":
        c["tags"].append("procedure_outside_list")
    if kind == "revision":
        c["tags"].append("revision:" + key)
    if operated and not c["implants"]:
        c["tags"].append("no_catalogue_implant")
    if c["wb_month"] or c["fu_month"]:
        c["tags"].append("months_as_weeks")
    # ICD codes: which are written (order decided by the writer)
    c["icd_primary"] = ICD_PRIMARY[site]
    if kind == "revision" and site in ("femoral_neck", "humeral_shaft"):
        c["icd_primary"] = "M84.1"
    c["icd_written"] = rng.random() < 0.9
    c["cyr_p"] = rng.choice([0.0, 0.0, 0.6, 1.0])
    c["v"] = [rng.randrange(6) for _ in range(12)]  # phrasing variants
    op_day = adm + dt.timedelta(days=rng.randint(1, 4)) if operated else None
    c["op_date"] = op_day
    c["dis"] = (op_day or adm) + dt.timedelta(days=rng.randint(5, 12))
    c["inj"] = adm - dt.timedelta(days=rng.choice([0, 0, 0, 1, 2])) if site not in ("hip_oa", "knee_oa") else None
    if kind == "revision":
        if site == "distal_radius":
            c["inj"] = adm - dt.timedelta(days=rng.randint(10, 13))
        else:  # non-union: no fresh injury in this stay
            c["inj"] = None
            c["mechanism"] = None
    return c


def choose_regimen(c, rng):
    site, kind, key = c["site"], c["kind"], c["key"]
    proc = c["procedure"]
    rehab, restr, wb = [], [], None
    pick = lambda xs, k: [x for x in xs if rng.random() < k]
    wbk = None
    if kind == "planned":
        rehab = pick(["lfk", "physio"], 0.5)
        restr = []
    elif proc == "total_hip_arthroplasty" or key == "fn_hemi":
        rehab = ["lfk"] + [rng.choice(["walker", "crutches"])] + pick(["isometric", "physio"], 0.4)
        restr = ["hip_precautions"] + (["partial_weight_bearing"] if rng.random() < 0.7 else [])
        wbk = [4, 6, 8]
    elif proc == "total_knee_arthroplasty":
        rehab = ["lfk"] + pick(["cpm"], 0.8) + [rng.choice(["walker", "crutches"])]
        restr = ["partial_weight_bearing"] if rng.random() < 0.8 else []
        wbk = [2, 4, 6]
    elif site == "femoral_neck":
        rehab = ["lfk", "crutches"] + pick(["isometric"], 0.4)
        restr = ["no_weight_bearing"]
        wbk = [8, 12]
    elif site == "pertrochanteric":
        rehab = ["lfk", rng.choice(["walker", "crutches"])]
        restr = ["partial_weight_bearing"] if rng.random() < 0.8 else []
        wbk = [4, 6]
    elif site == "femoral_shaft":
        rehab = ["crutches"] + pick(["lfk", "isometric"], 0.6)
        restr = [rng.choice(["no_weight_bearing", "partial_weight_bearing"])]
        wbk = [6, 8, 12]
    elif site == "tibial_plateau":
        rehab = pick(["lfk", "cpm"], 0.6) + ["crutches"]
        restr = ["no_weight_bearing"] + (["brace"] if kind == "cons" or rng.random() < 0.4 else [])
        wbk = [8, 12]
    elif site == "tibial_shaft":
        rehab = ["crutches"] + pick(["lfk", "physio"], 0.5)
        restr = [rng.choice(["no_weight_bearing", "partial_weight_bearing"])]
        wbk = [6, 8]
    elif site == "ankle":
        rehab = ["crutches"] + pick(["lfk", "physio"], 0.5)
        restr = ["no_weight_bearing"]
        wbk = [6, 8]
    elif site == "patella":
        rehab = pick(["lfk", "crutches", "isometric"], 0.6)
        restr = ["brace"] + (["partial_weight_bearing"] if rng.random() < 0.6 else [])
        wbk = [4, 6]
    elif site == "acl":
        rehab = ["lfk", "crutches"] + pick(["cpm", "isometric"], 0.4)
        restr = ["brace"] + (["partial_weight_bearing"] if rng.random() < 0.6 else [])
        wbk = [2, 4]
    elif site == "meniscus":
        if kind == "outside":
            rehab = ["crutches"] + pick(["lfk"], 0.6)
            restr = ["brace", "no_weight_bearing"]
            wbk = [4, 6]
        else:
            rehab = pick(["lfk", "crutches", "isometric"], 0.6)
            restr = ["partial_weight_bearing"] if rng.random() < 0.5 else []
            wbk = [2]
    elif site in ("hip_oa", "knee_oa"):  # conservative knee OA
        rehab = ["lfk"] + pick(["physio"], 0.7)
        restr = pick(["brace"], 0.3)
    elif kind == "cons":
        if site in ("clavicle", "proximal_humerus", "radial_head"):
            restr = ["sling"] + pick(["no_lifting"], 0.3)
        elif site == "humeral_shaft":
            restr = ["brace"] + pick(["sling"], 0.3)
        else:  # distal radius in cast
            restr = pick(["no_lifting"], 0.5)
        rehab = pick(["lfk", "physio"], 0.6)
    else:  # operated upper limb
        rehab = pick(["lfk", "physio"], 0.8)
        restr = pick(["no_lifting"], 0.7) + (pick(["sling"], 0.5) if site in ("proximal_humerus", "clavicle") else [])
    if {"no_weight_bearing", "partial_weight_bearing"} & set(restr) and rng.random() < 0.8:
        wb = rng.choice(wbk)
    order = ["lfk", "crutches", "walker", "cpm", "physio", "isometric"]
    rehab = [x for x in order if x in rehab]
    if not rehab or rng.random() < 0.06:
        rehab = None
    if not restr:
        restr = None
        wb = None
    return rehab, restr, wb


# ----------------------------------------------------------------------------------------------
# shared phrase builders
def S(c):
    return SIDE_RU[c["side"]]


def ao_ru(c, rng):
    a = c["ao_ota"]
    cy = c["cyr_p"] > 0
    body = a if not cy else a[:3] + LOOK[a[3]] + a[4:]
    fm = rng.randrange(4)
    if fm == 0:
        return f"(АО {body})" if cy else f"(AO {body})"
    if fm == 1:
        return f"(тип {body.replace('-', '')} по АО)"
    if fm == 2:
        return f"(AO/OTA {a})"
    return f"(по классификации АО — {body})"


def ao_kk(c, rng):
    a = c["ao_ota"]
    cy = c["cyr_p"] > 0
    body = a if not cy else a[:3] + LOOK[a[3]] + a[4:]
    fm = rng.randrange(3)
    if fm == 0:
        return f"(АО бойынша {body})"
    if fm == 1:
        return f"(AO/OTA {a})"
    return f"(АО жіктемесі: {body.replace('-', '')} типі)"


CORE_RU = {
    "femoral_neck": ["перелом шейки {fg} бедренной кости", "субкапитальный перелом шейки {fg} бедренной кости"],
    "pertrochanteric": ["чрезвертельный перелом {fg} бедренной кости", "перелом {fg} бедренной кости в чрезвертельной области"],
    "femoral_shaft": ["перелом диафиза {fg} бедренной кости в ср/3", "перелом {fg} бедренной кости в в/3 диафиза"],
    "distal_radius": ["перелом {fg} лучевой кости в типичном месте", "перелом дистального метаэпифиза {fg} лучевой кости",
                      "перелом н/3 {fg} лучевой кости (дистальный метаэпифиз)"],
    "radial_head": ["перелом головки {fg} лучевой кости", "внутрисуставной перелом головки {fg} лучевой кости"],
    "ankle": ["перелом обеих лодыжек {fg} голени", "перелом наружной лодыжки {fg} голени с разрывом дистального межберцового синдесмоза",
              "трёхлодыжечный перелом {fg} голени"],
    "tibial_shaft": ["перелом диафиза {fg} большеберцовой кости в н/3", "перелом обеих костей {fg} голени в ср/3",
                     "перелом б/берцовой кости {fg} голени в ср/3 диафиза"],
    "tibial_plateau": ["перелом наружного мыщелка {fg} большеберцовой кости", "перелом плато {fg} большеберцовой кости",
                       "перелом обоих мыщелков {fg} б/берцовой кости"],
    "proximal_humerus": ["перелом хирургической шейки {fg} плечевой кости", "перелом проксимального отдела {fg} плечевой кости"],
    "humeral_shaft": ["перелом диафиза {fg} плечевой кости в ср/3", "перелом {fg} плечевой кости в в/3 диафиза",
                      "перелом диафиза {fg} плечевой кости на границе ср/3 и н/3"],
    "patella": ["перелом {mg} надколенника", "поперечный перелом {mg} надколенника"],
    "clavicle": ["перелом {fg} ключицы в ср/3", "перелом акромиального конца {fg} ключицы"],
}
CORE_KK = {
    "femoral_neck": ["сан сүйегі мойнының", "сан сүйегі мойнының субкапитальды"],
    "pertrochanteric": ["сан сүйегінің ұршықаралық (чрезвертельный)", "сан сүйегінің ұршықаралық аймағының"],
    "femoral_shaft": ["сан сүйегі диафизінің ортаңғы үштен бірінің (ср/3)", "сан сүйегі диафизінің жоғарғы үштен бірінің (в/3)"],
    "distal_radius": ["кәрі жіліктің типтік жердегі", "кәрі жілік дистальді метаэпифизінің"],
    "radial_head": ["кәрі жілік басының", "кәрі жілік басының буынішілік"],
    "ankle": ["сирақтың екі тобығының", "сыртқы тобықтың (синдесмоз жыртылуымен)", "сирақтың үш тобығының"],
    "tibial_shaft": ["үлкен жіліншік диафизінің төменгі үштен бірінің (н/3)", "сирақтың екі сүйегінің ортаңғы үштен бірінің (ср/3)"],
    "tibial_plateau": ["үлкен жіліншіктің сыртқы айдаршығының", "үлкен жіліншік платосының"],
    "proximal_humerus": ["тоқпан жіліктің хирургиялық мойнының", "тоқпан жіліктің проксимальді бөлігінің"],
    "humeral_shaft": ["тоқпан жілік диафизінің ортаңғы үштен бірінің (ср/3)", "тоқпан жілік диафизінің жоғарғы үштен бірінің (в/3)"],
    "patella": ["тізе тобығының", "тізе тобығының көлденең"],
    "clavicle": ["бұғананың ортаңғы үштен бірінің", "бұғана акромиальды ұшының"],
}
SCALE_RU = {"femoral_neck": "Garden {r}", "tibial_plateau": "Schatzker {r}", "ankle": "Weber {w}"}


def scale_extra(c, lang):
    """Other fracture scales (distractors for KL); only where they do not contradict the wording."""
    site, v = c["site"], c["v"][5]
    if site == "femoral_neck" and c["fracture_displaced"] is not None and v < 3:
        r = "III" if c["fracture_displaced"] else "I"
        if c["fracture_displaced"] and v == 1:
            r = "IV"
        return f" (Garden {r})" if lang == "ru" else f" (Гарден бойынша {r})"
    if site == "tibial_plateau" and v < 4:
        r = ["I", "II", "III", "II"][v]
        return f" (Schatzker {r})" if lang == "ru" else f" (Schatzker бойынша {r} тип)"
    if site == "ankle" and v < 3:
        return " (Weber B)" if lang == "ru" else " (Weber бойынша B)"
    return ""


def gustilo(c, lang):
    if c["fracture_open"]:
        g = ["I", "II", "IIIA"][c["v"][6] % 3]
        return f" (Gustilo {g})" if lang == "ru" else f" (Gustilo-Anderson бойынша {g})"
    return ""


def dx_ru(c, rng, abbr=False):
    site, s = c["site"], S(c)
    if site in FRACTURE_SITES:
        core = CORE_RU[site][c["v"][0] % len(CORE_RU[site])]
        if abbr and c["side"]:
            core = core.replace("{fg}", s["ab"]).replace("{mg}", s["ab"])
        core = core.format(fg=s["fg"], mg=s["mg"])
        pre = []
        if c["kind"] == "revision":
            if site == "distal_radius":
                pre.append("закрытый" if not abbr else "закр.")
                txt = " ".join(pre) + " " + core + (" со смещением отломков" if not abbr else " со смещ.")
                txt += " (вторичное смещение после закрытой репозиции и гипсовой иммобилизации)"
                return cap(clean(txt))
            txt = "несросшийся " + core + " со смещением отломков"
            txt = txt.replace("несросшийся перелом", "несросшийся перелом")
            if site == "femoral_neck":
                txt += f"; состояние после остеосинтеза винтами ({c['old_year'] + 1} г.), миграция металлоконструкции"
            else:
                txt += ", ложный сустав (состояние после консервативного лечения в функциональной повязке)"
            return cap(clean(txt))
        if c["fracture_open"] is True:
            pre.append("открытый" if not abbr else "откр.")
        elif c["fracture_open"] is False:
            pre.append("закрытый" if not abbr else "закр.")
        if c["fracture_comminuted"]:
            pre.append(("многооскольчатый" if c["v"][1] % 2 else "оскольчатый") if not abbr else "оскольч.")
        txt = " ".join(pre) + " " + core
        if c["fracture_displaced"] is True:
            txt += " со смещением отломков" if not abbr else " со смещ."
        elif c["fracture_displaced"] is False:
            txt += " без смещения отломков" if not abbr else " б/смещ."
        txt += gustilo(c, "ru") + scale_extra(c, "ru")
        if c["ao_ota"]:
            txt += " " + ao_ru(c, rng)
        return cap(clean(txt))
    sd = s
    if site == "hip_oa":
        core = ["Деформирующий остеоартроз (ДОА) {mg} тазобедренного сустава", "Коксартроз {mg} ТБС",
                "Первичный коксартроз {mg} тазобедренного сустава"][c["v"][0] % 3]
    elif site == "knee_oa":
        core = ["Гонартроз {mg} коленного сустава", "ДОА {mg} коленного сустава",
                "Первичный гонартроз {mg} КС"][c["v"][0] % 3]
    elif site == "acl":
        core = ["Разрыв передней крестообразной связки {mg} коленного сустава",
                "Повреждение ПКС {mg} КС", "Полный разрыв ПКС {mg} коленного сустава"][c["v"][0] % 3]
    else:
        core = ["Разрыв заднего рога медиального мениска {mg} коленного сустава",
                "Повреждение медиального мениска {mg} КС (разрыв по типу «ручки лейки»)"][c["v"][0] % 2]
    txt = core.format(mg=sd["mg"])
    if site in ("hip_oa", "knee_oa"):
        if c["kl_grade"]:
            r = ["I", "II", "III", "IV"][c["kl_grade"] - 1]
            txt += [f", рентгенологическая стадия {r} по Kellgren–Lawrence", f" (Kellgren-Lawrence {r})",
                    f", R-стадия {r} (по Kellgren–Lawrence)"][c["v"][2] % 3]
        txt += [", НФС II ст.", ", НФС I–II ст.", ", НФС III ст.", ""][c["v"][3] % 4]
        txt += [", болевой синдром", ", сгибательная контрактура", ""][c["v"][4] % 3]
    return cap(clean(txt))


def dx_kk(c, rng):
    site = c["site"]
    sd = SIDE_KK[c["side"]]
    if site in FRACTURE_SITES:
        core = CORE_KK[site][c["v"][0] % len(CORE_KK[site])]
        if c["kind"] == "revision":
            if site == "distal_radius":
                return cap(clean(f"{sd} {core} жабық сынығы, сынықтардың ығысуымен (жабық репозиция мен гипстен кейінгі екіншілік ығысу)"))
            txt = f"{sd} {core} бітпеген сынығы, сынықтардың ығысуымен"
            if site == "femoral_neck":
                txt += f"; {c['old_year'] + 1} ж. бұрандалармен остеосинтезден кейінгі жағдай, металлоконструкция миграциясы"
            else:
                txt += ", жалған буын"
            return cap(clean(txt))
        attrs = []
        if c["fracture_open"] is True:
            attrs.append("ашық")
        elif c["fracture_open"] is False:
            attrs.append("жабық")
        if c["fracture_comminuted"]:
            attrs.append("көпжарықшақты" if c["v"][1] % 2 else "жарықшақты")
        txt = f"{sd} {core} {' '.join(attrs)} сынығы"
        if c["fracture_displaced"] is True:
            txt += ", сынықтардың ығысуымен"
        elif c["fracture_displaced"] is False:
            txt += ", ығысусыз"
        txt += gustilo(c, "kk") + scale_extra(c, "kk")
        if c["ao_ota"]:
            txt += " " + ao_kk(c, rng)
        return cap(clean(txt))
    if site == "hip_oa":
        txt = f"{sd} жамбас-сан буынының коксартрозы (ДОА)"
    elif site == "knee_oa":
        txt = f"{sd} тізе буынының гонартрозы" if c["v"][0] % 2 else f"{sd} тізе буынының деформациялаушы остеоартрозы (ДОА)"
    elif site == "acl":
        txt = f"{sd} тізе буынының алдыңғы айқыш байламының (ПКС) жыртылуы"
    else:
        txt = f"{sd} тізе буынының медиальды менискісі артқы мүйізінің жыртылуы"
    if site in ("hip_oa", "knee_oa"):
        if c["kl_grade"]:
            r = ["I", "II", "III", "IV"][c["kl_grade"] - 1]
            txt += [f", Kellgren–Lawrence бойынша {r} саты", f" (Kellgren-Lawrence {r})"][c["v"][2] % 2]
        txt += [", НФС II", ", НФС I–II", ""][c["v"][3] % 3]
    return cap(clean(txt))


REGION_RU = {"femoral_neck": ("тазобедренного сустава", "m"), "pertrochanteric": ("тазобедренного сустава", "m"),
             "hip_oa": ("тазобедренного сустава", "m"), "femoral_shaft": ("бедра", "m"),
             "distal_radius": ("лучезапястного сустава", "m"), "radial_head": ("локтевого сустава", "m"),
             "ankle": ("голеностопного сустава", "m"), "tibial_shaft": ("голени", "f"),
             "tibial_plateau": ("коленного сустава", "m"), "patella": ("коленного сустава", "m"),
             "knee_oa": ("коленного сустава", "m"), "acl": ("коленного сустава", "m"),
             "meniscus": ("коленного сустава", "m"), "proximal_humerus": ("плечевого сустава", "m"),
             "humeral_shaft": ("плеча", "m"), "clavicle": ("ключицы", "f")}
REGION_KK = {"femoral_neck": "жамбас-сан буыны", "pertrochanteric": "жамбас-сан буыны", "hip_oa": "жамбас-сан буыны",
             "femoral_shaft": "сан", "distal_radius": "білезік буыны", "radial_head": "шынтақ буыны",
             "ankle": "тобық буыны", "tibial_shaft": "сирақ", "tibial_plateau": "тізе буыны", "patella": "тізе буыны",
             "knee_oa": "тізе буыны", "acl": "тізе буыны", "meniscus": "тізе буыны", "proximal_humerus": "иық буыны",
             "humeral_shaft": "иық", "clavicle": "бұғана"}


def region_ru(c):
    r, g = REGION_RU[c["site"]]
    s = S(c)
    return clean(f"{s['mg'] if g == 'm' else s['fg']} {r}")


def region_kk(c):
    return clean(f"{SIDE_KK[c['side']]} {REGION_KK[c['site']]}")


COMPL_RU = {"pain": "боли в области {reg}", "swelling": "отёк", "limited_motion": "ограничение движений",
            "no_weight_bearing": "невозможность опоры на ногу", "deformity": "деформацию конечности",
            "instability": "нестабильность («подкашивание») в коленном суставе",
            "locking": "эпизоды блокады («заклинивания») коленного сустава", "night_pain": "ночные боли"}
COMPL_KK = {"pain": "{reg} аймағындағы ауырсынуға", "swelling": "ісінуге", "limited_motion": "қозғалыстың шектелуіне",
            "no_weight_bearing": "аяққа сүйене алмауға", "deformity": "аяқ-қолдың пішінінің өзгеруіне (деформация)",
            "instability": "тізенің тұрақсыздығына («тізе бүгіліп кетеді»)",
            "locking": "тізе буынының кенеттен бітеліп қалуына (блокада)", "night_pain": "түнгі ауырсынуға"}


def complaints_ru(c):
    items = [COMPL_RU[x].format(reg=region_ru(c)) for x in c["complaints"]]
    if c["site"] in ("knee_oa", "hip_oa") and "pain" in c["complaints"]:
        items = [i.replace("боли в области", "боли при ходьбе в области") for i in items]
    return ", ".join(items)


def complaints_kk(c):
    items = [COMPL_KK[x].format(reg=region_kk(c)) for x in c["complaints"]]
    return ", ".join(items)


MECH_RU = {
    "fall_street": ["поскользнулся(-ась) на улице (гололёд) и упал(а) с высоты собственного роста",
                    "на улице споткнулся(-ась) о бордюр и упал(а)", "упал(а) на улице возле дома на обледенелом тротуаре",
                    "поскользнулся(-ась) на остановке, падение с высоты собственного роста на улице"],
    "fall_height": ["упал(а) со стремянки (высота около 2 м)", "упал(а) с крыши гаража", "упал(а) с балкона 2-го этажа",
                    "упал(а) со строительных лесов на работе"],
    "traffic": ["пострадал(а) в ДТП (водитель легкового автомобиля)", "сбит(а) легковым автомобилем на пешеходном переходе",
                "ДТП — пассажир автомобиля, фронтальное столкновение", "упал(а) с мотоцикла на трассе (ДТП)"],
    "sport": ["травма во время игры в футбол", "травма на тренировке по борьбе", "упал(а) во время катания на лыжах",
              "травма во время игры в волейбол (неудачное приземление)"],
    "home": ["дома поскользнулся(-ась) в ванной и упал(а)", "упал(а) дома, споткнувшись о порог",
             "в быту (дома) упал(а) с высоты собственного роста", "дома упал(а) с табурета, запнувшись о ковёр"],
}
MECH_KK = {
    "fall_street": ["көшеде тайғанақ жерде тайып құлаған", "көшеде жиекке сүрініп құлаған",
                    "аялдамада мұзда тайып, өз бойы биіктігінен құлаған (көшеде)", "үй алдындағы жаяу жолда тайып құлаған"],
    "fall_height": ["сатыдан (стремянка, шамамен 2 м) құлаған", "гараж шатырынан құлаған", "2-қабат балконынан құлаған",
                    "жұмыста құрылыс орманынан (леса) құлаған"],
    "traffic": ["жол-көлік оқиғасына (ЖКО) түскен, жүргізуші", "жаяу жүргінші өткелінде көлік қағып кеткен",
                "ЖКО кезінде жолаушы болған", "мотоциклден құлаған (ЖКО)"],
    "sport": ["футбол ойнау кезінде жарақат алған", "күрес жаттығуында жарақат алған", "шаңғы тебу кезінде құлаған",
              "волейбол ойнағанда сәтсіз секіріп түскен"],
    "home": ["үйде ваннада тайып құлаған", "үйде табалдырыққа сүрініп құлаған", "үйде өз бойы биіктігінен құлаған",
             "үйде орындықтан құлаған"],
}


def gfix(s, c):
    """resolve (а)/(-ась) endings by sex"""
    f = c["sex"] == "f"
    s = s.replace("(-ась)", "ась" if f else "").replace("поскользнулсяась", "поскользнулась")
    s = s.replace("споткнулсяась", "споткнулась")
    s = s.replace("(а)", "а" if f else "")
    return s


def mech_ru(c):
    m = MECH_RU[c["mechanism"]][c["mech_variant"]]
    m = m.replace("поскользнулся(-ась)", "поскользнулась" if c["sex"] == "f" else "поскользнулся")
    m = m.replace("споткнулся(-ась)", "споткнулась" if c["sex"] == "f" else "споткнулся")
    return gfix(m, c)


def mech_kk(c):
    return MECH_KK[c["mechanism"]][c["mech_variant"]]


def proc_ru(c):
    k, s = c["key"], S(c)
    mg, fg = s["mg"], s["fg"]
    T = {
        "fn_tha_dp": f"тотальное эндопротезирование {mg} тазобедренного сустава (ТЭП ТБС) бесцементным эндопротезом DePuy: чашка Pinnacle, ножка Corail",
        "fn_rev_tha_dp": f"удаление металлоконструкции, тотальное эндопротезирование {mg} тазобедренного сустава (ТЭП ТБС) эндопротезом DePuy (чашка Pinnacle, ножка Corail)",
        "fn_rev_tha_zim": f"удаление винтов, ТЭП {mg} ТБС эндопротезом Zimmer (гибридная фиксация)",
        "hoa_tha_zim": f"ТЭП {mg} ТБС эндопротезом Zimmer (бесцементная фиксация)",
        "hoa_tha_dp": f"тотальное эндопротезирование {mg} тазобедренного сустава эндопротезом DePuy (Pinnacle + Corail)",
        "fn_cs": f"закрытая репозиция, остеосинтез шейки {fg} бедренной кости тремя канюлированными винтами Synthes",
        "fn_hemi": f"однополюсное (биполярное) эндопротезирование {mg} тазобедренного сустава, бедренный компонент DePuy Corail",
        "pt_pfna": f"закрытая репозиция, интрамедуллярный остеосинтез {fg} бедренной кости штифтом PFNA",
        "pt_gamma": f"закрытая репозиция, остеосинтез {fg} бедренной кости проксимальным штифтом Gamma3",
        "fs_chm": f"закрытый БИОС {fg} бедренной кости интрамедуллярным штифтом ChM",
        "fs_lcp": f"открытая репозиция, МОС {fg} бедренной кости пластиной LCP",
        "fs_avf": f"наложение стержневого АВФ на {s['na']} бедро",
        "dr_aptus": f"открытая репозиция, накостный МОС {fg} лучевой кости пластиной APTUS (волярный доступ)",
        "dr_rev_aptus": f"открытая репозиция, накостный МОС {fg} лучевой кости пластиной APTUS",
        "dr_lcp": f"открытая репозиция, МОС дистального метаэпифиза {fg} лучевой кости пластиной LCP",
        "dr_kw": f"закрытая репозиция, чрескожная фиксация {fg} лучевой кости спицами Киршнера",
        "rh_aptus": f"открытая репозиция, остеосинтез головки {fg} лучевой кости мини-пластиной APTUS",
        "rh_plate0": f"открытая репозиция, остеосинтез головки {fg} лучевой кости Т-образной мини-пластиной и винтами",
        "rh_resect": f"резекция головки {fg} лучевой кости",
        "hs_chm": f"закрытый интрамедуллярный блокируемый остеосинтез (БИОС) {fg} плечевой кости штифтом ChM",
        "hs_lcp": f"открытая репозиция, МОС {fg} плечевой кости пластиной LCP (с выделением и защитой лучевого нерва)",
        "hs_rev_lcp": f"резекция зоны ложного сустава, МОС {fg} плечевой кости пластиной LCP, костная аутопластика",
        "ph_philos": f"открытая репозиция, МОС проксимального отдела {fg} плечевой кости пластиной PHILOS",
        "ph_kw": f"закрытая репозиция, чрескожная фиксация проксимального отдела {fg} плечевой кости спицами Киршнера",
        "tp_lcp": f"открытая репозиция, костная аутопластика, МОС {fg} большеберцовой кости L-образной пластиной LCP",
        "tp_plate0": f"открытая репозиция, МОС мыщелка {fg} большеберцовой кости опорной Т-образной пластиной",
        "tp_cs": f"артроскопически ассистированная репозиция, остеосинтез мыщелка {fg} б/берцовой кости канюлированными винтами Synthes",
        "tp_iliz": f"ЧКДО {fg} голени аппаратом Илизарова",
        "ts_chm": f"закрытый БИОС {fg} большеберцовой кости штифтом ChM",
        "ts_avf": f"ПХО раны, наложение стержневого АВФ на {s['fa']} голень",
        "ts_iliz": f"ПХО раны, ЧКДО {fg} голени аппаратом Илизарова",
        "an_lcp13_pos": "открытая репозиция, МОС наружной лодыжки пластиной LCP 1/3 трубчатой, фиксация синдесмоза позиционным винтом",
        "an_lcp13": "открытая репозиция, МОС наружной лодыжки пластиной LCP 1/3 трубчатой, внутренней лодыжки — двумя спонгиозными винтами",
        "an_lcp": f"открытая репозиция, МОС {fg} малоберцовой кости анатомической пластиной LCP",
        "pa_tbw": f"открытая репозиция, остеосинтез {mg} надколенника по Веберу (2 спицы Киршнера + серкляжная проволока)",
        "cl_lcp": f"открытая репозиция, МОС {fg} ключицы пластиной LCP",
        "koa_nexgen": f"тотальное эндопротезирование {mg} коленного сустава (ТЭП КС) эндопротезом Zimmer NexGen",
        "koa_genesis": f"ТЭП {mg} КС эндопротезом Smith & Nephew Genesis II (цементная фиксация)",
        "koa_attune": f"тотальное эндопротезирование {mg} коленного сустава эндопротезом DePuy Attune",
        "acl_eb": f"артроскопическая пластика ПКС {mg} коленного сустава аутотрансплантатом из сухожилий полусухожильной и нежной мышц; бедренная фиксация — фиксатор EndoButton, тибиальная — интерферентный винт Arthrex",
        "acl_ar": f"артроскопическая пластика ПКС {mg} коленного сустава, фиксация трансплантата интерферентными винтами Arthrex",
        "men_pm": f"артроскопия {mg} коленного сустава, парциальная резекция заднего рога медиального мениска",
        "men_suture": f"артроскопия {mg} коленного сустава, шов медиального мениска (all-inside)",
    }
    return clean(T[k])


def proc_kk(c):
    k = c["key"]
    sd = SIDE_KK[c["side"]]
    T = {
        "fn_tha_dp": f"{sd} жамбас-сан буынын DePuy цементсіз эндопротезімен толық эндопротездеу (ТЭП ТБС): Pinnacle тостағаны, Corail аяқшасы",
        "fn_rev_tha_zim": f"бұрандаларды алу, {sd} жамбас-сан буынын Zimmer эндопротезімен толық эндопротездеу (ТЭП ТБС)",
        "hoa_tha_dp": f"{sd} жамбас-сан буынын DePuy эндопротезімен (Pinnacle + Corail) толық эндопротездеу",
        "pt_pfna": f"жабық репозиция, {sd} сан сүйегін PFNA штифтімен интрамедуллярлық остеосинтездеу",
        "pt_gamma": f"жабық репозиция, {sd} сан сүйегін Gamma3 штифтімен остеосинтездеу",
        "fs_chm": f"{sd} сан сүйегін ChM интрамедуллярлық штифтімен жабық бұғатталған остеосинтездеу (БИОС)",
        "dr_aptus": f"ашық репозиция, {sd} кәрі жілікті APTUS пластинасымен сүйекүсті остеосинтездеу (МОС)",
        "rh_aptus": f"ашық репозиция, кәрі жілік басын APTUS мини-пластинасымен остеосинтездеу",
        "rh_resect": f"{sd} кәрі жілік басының резекциясы",
        "hs_chm": f"{sd} тоқпан жілікті ChM интрамедуллярлық штифтімен жабық бұғатталған остеосинтездеу (БИОС)",
        "hs_lcp": f"ашық репозиция, {sd} тоқпан жілікті LCP пластинасымен остеосинтездеу (кәрі жілік нервін бөліп алу)",
        "ph_philos": f"ашық репозиция, тоқпан жіліктің проксимальді бөлігін PHILOS пластинасымен остеосинтездеу",
        "ph_kw": f"жабық репозиция, тоқпан жіліктің проксимальді бөлігін Киршнер спицаларымен тері арқылы бекіту",
        "tp_lcp": f"ашық репозиция, сүйек аутопластикасы, үлкен жіліншікті L-тәрізді LCP пластинасымен остеосинтездеу",
        "tp_plate0": f"ашық репозиция, үлкен жіліншік айдаршығын Т-тәрізді тірек пластинамен остеосинтездеу",
        "tp_iliz": f"{sd} сирақты Илизаров аппаратымен сүйек арқылы остеосинтездеу (ЧКДО)",
        "ts_chm": f"{sd} үлкен жіліншікті ChM интрамедуллярлық штифтімен жабық БИОС",
        "ts_iliz": f"жараны біріншілік хирургиялық өңдеу (ПХО), {sd} сирақты Илизаров аппаратымен ЧКДО",
        "an_lcp13_pos": "ашық репозиция, сыртқы тобықты LCP 1/3 трубчатая пластинасымен МОС, синдесмозды позициялық бұрандамен бекіту",
        "an_lcp": f"ашық репозиция, {sd} кіші жіліншікті анатомиялық LCP пластинасымен МОС",
        "pa_tbw": f"ашық репозиция, {sd} тізе тобығын Вебер бойынша остеосинтездеу (2 Киршнер спицасы + серкляж сымы)",
        "cl_lcp": f"ашық репозиция, {sd} бұғананы LCP пластинасымен МОС",
        "koa_attune": f"{sd} тізе буынын DePuy Attune эндопротезімен толық эндопротездеу (ТЭП КС)",
        "men_pm": f"{sd} тізе буынының артроскопиясы, медиальды мениск артқы мүйізінің парциалды резекциясы",
        "fn_cs": f"жабық репозиция, сан сүйегі мойнын Synthes канюляцияланған бұрандаларымен остеосинтездеу",
        "acl_eb": f"{sd} тізе буынының алдыңғы айқыш байламын артроскопиялық аутопластика, EndoButton фиксаторымен және Arthrex интерферентті бұрандасымен бекіту",
        "koa_nexgen": f"{sd} тізе буынын Zimmer NexGen эндопротезімен толық эндопротездеу",
        "hoa_tha_zim": f"{sd} жамбас-сан буынын Zimmer эндопротезімен толық эндопротездеу (ТЭП ТБС)",
        "dr_kw": f"жабық репозиция, кәрі жілікті Киршнер спицаларымен тері арқылы бекіту",
        "tp_cs": f"үлкен жіліншік айдаршығын Synthes канюляцияланған бұрандаларымен остеосинтездеу",
        "hs_cons": "", "ts_avf": f"{sd} сираққа сыртқы фиксация аппаратын (АВФ) салу",
    }
    return clean(T[k])


def anes_ru(c, v):
    a = c["anes_text"]
    if a == "spinal":
        return ["СМА", "спинномозговая анестезия", "спинальная анестезия (СМА)"][v % 3]
    if a == "general":
        return ["ЭТН", "эндотрахеальный наркоз", "ЭТН (эндотрахеальный наркоз)"][v % 3]
    if a == "block":
        return ["блокада плечевого сплетения (БПС) под УЗ-навигацией", "проводниковая анестезия (блокада плечевого сплетения)"][v % 2]
    return None


def anes_kk(c, v):
    a = c["anes_text"]
    if a == "spinal":
        return ["жұлын-ми анестезиясы (СМА)", "спинальды анестезия", "субарахноидальды анестезия"][v % 3]
    if a == "general":
        return ["жалпы анестезия (ЭТН)", "эндотрахеальды наркоз (ЭТН)", "жалпы анестезия"][v % 3]
    if a == "block":
        return "иық өрімінің блокадасы (УДЗ бақылауымен)"
    return None


def wk_ru(n, month):
    if month:
        return {4: "1 мес.", 6: "1,5 мес.", 8: "2 мес.", 12: "3 мес."}[n]
    return f"{n} нед."


def wk_kk(n, month, case="nom"):
    if month:
        m = {4: "1", 6: "1,5", 8: "2", 12: "3"}[n]
        return {"nom": f"{m} ай", "abl": f"{m} айдан", "dur": f"{m} ай бойы"}[case]
    return {"nom": f"{n} апта", "abl": f"{n} аптадан", "dur": f"{n} апта бойы"}[case]


def restr_ru(c):
    """list of Russian regimen statements (each code once)"""
    out = []
    wb = c["weight_bearing_weeks"]
    wbt = (" " + wk_ru(wb, c["wb_month"])) if wb else ""
    v = c["v"][7]
    for r in c["restrictions"] or []:
        if r == "no_weight_bearing":
            out.append(["ходьба без нагрузки на оперированную конечность" + wbt,
                        "не наступать на ногу" + wbt, "исключить осевую нагрузку на конечность" + (f" на{wbt}" if wb else "")][v % 3]
                       if c["kind"] != "cons" else "ходьба без нагрузки на поврежденную ногу" + wbt)
        elif r == "partial_weight_bearing":
            out.append(["дозированная нагрузка на ногу (до 20–30 % веса)" + wbt, "частичная нагрузка на конечность" + wbt][v % 2])
        elif r == "hip_precautions":
            out.append("профилактика вывиха эндопротеза (не сгибать ногу в ТБС более 90°, не скрещивать ноги, не сидеть на низких стульях)")
        elif r == "no_lifting":
            out.append("не поднимать тяжести (более 2 кг) поврежденной рукой")
        elif r == "brace":
            out.append(["ношение ортеза", "иммобилизация функциональным ортезом (брейс)", "ходьба в шарнирном ортезе"][v % 3]
                       if c["site"] != "humeral_shaft" else "функциональный ортез (брейс) Sarmiento на плечо")
        elif r == "sling":
            out.append(f"косыночная повязка {['3', '4', '2–3'][v % 3]} нед.")
    return out


def restr_kk(c):
    out = []
    wb = c["weight_bearing_weeks"]
    v = c["v"][7]
    for r in c["restrictions"] or []:
        if r == "no_weight_bearing":
            out.append((wk_kk(wb, c["wb_month"], "dur") + " " if wb else "") + ["аяққа салмақ түсірмеу", "аяққа тірек етпеу"][v % 2])
        elif r == "partial_weight_bearing":
            out.append((wk_kk(wb, c["wb_month"], "dur") + " " if wb else "") + "аяққа мөлшерлі салмақ түсіру")
        elif r == "hip_precautions":
            out.append("эндопротездің шығып кетуінің алдын алу (жамбасты 90°-тан артық бүкпеу, аяқты айқастырмау)")
        elif r == "no_lifting":
            out.append("ауыр заттарды көтермеу")
        elif r == "brace":
            out.append("ортез тағу" if c["site"] != "humeral_shaft" else "функционалды ортез (брейс, Sarmiento) тағу")
        elif r == "sling":
            out.append(f"косынка (орамал-таңғыш) {['3', '4', '2–3'][v % 3]} апта")
    return out


REHAB_RU = {"lfk": ["ЛФК", "ЛФК по методике отделения", "лечебная физкультура"],
            "crutches": ["ходьба на костылях", "ходьба с костылями"], "walker": ["ходьба с ходунками", "ходунки"],
            "cpm": ["разработка движений на аппарате CPM", "CPM-терапия"],
            "physio": ["ФТЛ (магнитотерапия)", "физиолечение (УВЧ, магнит)", "ФТЛ"],
            "isometric": ["изометрическая гимнастика мышц бедра", "изометрические упражнения"]}
REHAB_KK = {"lfk": ["ЕДШ (ЛФК)", "емдік дене шынықтыру", "ЛФК"], "crutches": ["балдақпен жүру", "балдақтармен жүру"],
            "walker": ["ходунокпен жүру", "ходунок"], "cpm": ["CPM аппаратында буынды өңдеу", "CPM"],
            "physio": ["физиоем (магнитотерапия)", "ФТЛ", "физиоемдеу"],
            "isometric": ["изометриялық жаттығулар", "сан бұлшықеттеріне изометриялық жаттығу"]}


def rehab_ru(c):
    v = c["v"][8]
    return [REHAB_RU[r][v % len(REHAB_RU[r])] for r in c["rehabilitation"] or []]


def rehab_kk(c):
    v = c["v"][8]
    return [REHAB_KK[r][v % len(REHAB_KK[r])] for r in c["rehabilitation"] or []]


def fu_ru(c):
    n = c["follow_up_weeks"]
    w = wk_ru(n, c["fu_month"])
    return [f"контрольный осмотр травматолога и R-контроль через {w}", f"явка на контрольный осмотр через {w}",
            f"повторная консультация в поликлинике через {w}", f"R-контроль через {w}"][c["v"][9] % 4]


def fu_kk(c):
    n = c["follow_up_weeks"]
    w = wk_kk(n, c["fu_month"], "abl")
    return [f"{w} кейін бақылау қарауы және R-бақылау", f"{w} кейін травматолог қабылдауына келу",
            f"келесі қарау — {w} кейін"][c["v"][9] % 3]


# secondary injuries / complications / comorbidities
SEC = {
    "knee": ("S80.0", "ушиб {mg} коленного сустава", "{kk} тізе буынының соғылуы"),
    "shoulder": ("S40.0", "ушиб {mg} плечевого сустава", "{kk} иық буынының соғылуы"),
    "hand": ("S60.8", "ссадины {fg} кисти", "{kk} қол басының сыдырылуы"),
    "chest": ("S20.2", "ушиб грудной клетки {adv}", "кеуде қуысының соғылуы ({kk})"),
    "concussion": ("S06.0", "сотрясение головного мозга (СГМ)", "ми шайқалуы (СГМ)"),
    "face": ("S00.8", "ушибы и ссадины лица", "беттің соғылуы мен сыдырылуы"),
}
COMPL = {
    "dvt": ("I80.2", "тромбоз глубоких вен {fg} голени", "{kk} сирақтың терең веналарының тромбозы"),
    "necrosis": (None, "краевой некроз кожи в области п/о раны", "ота жарасы шетінің некрозы"),
    "infection": ("T81.4", "поверхностная инфекция области хирургического вмешательства", "ота жарасының беткей инфекциясы"),
    "anemia": ("D62", "острая постгеморрагическая анемия", "жедел постгеморрагиялық анемия"),
}
COMORB = {
    "htn": ("I10", "гипертоническая болезнь II ст.", "артериялық гипертензия II дәрежесі (ГБ II ст.)"),
    "dm": ("E11.9", "сахарный диабет 2 типа, субкомпенсация", "қант диабеті 2 типі"),
    "obesity": ("E66.0", "ожирение II ст.", "семіздік II дәрежесі"),
    "ihd": ("I25.1", "ИБС, стабильная стенокардия напряжения ФК II", "ЖИА, тұрақты стенокардия ФК II"),
    "osteo": ("M81.0", "системный остеопороз", "жүйелі остеопороз"),
}


def sec_ru(c):
    code, ru, _ = SEC[c["secondary"]]
    s = SIDE_RU[c["sec_side"]]
    t = ru.format(mg=s["mg"], fg=s["fg"], adv=s["adv"])
    return t + (f" (⟦{code}⟧)" if c["sec_coded"] else "")


def sec_kk(c):
    code, _, kk = SEC[c["secondary"]]
    t = kk.format(kk=SIDE_KK[c["sec_side"]])
    return cap(clean(t)) + (f" (⟦{code}⟧)" if c["sec_coded"] else "")


def compl_side(c):
    if c["side"] is None:
        return None
    return c["side"] if c["site"] in LOWER else "left"


def compl_ru(c):
    code, ru, _ = COMPL[c["complication"]]
    t = ru.format(fg=SIDE_RU[compl_side(c)]["fg"])
    return t + (f" (⟦{code}⟧)" if code and c["compl_coded"] else "")


def compl_kk(c):
    code, _, kk = COMPL[c["complication"]]
    t = kk.format(kk=SIDE_KK[compl_side(c)])
    return t + (f" (⟦{code}⟧)" if code and c["compl_coded"] else "")


def comorb_ru(c):
    out = []
    for k, coded in zip(c["comorb"], c["comorb_coded"]):
        code, ru, _ = COMORB[k]
        out.append(ru + (f" (⟦{code}⟧)" if coded else ""))
    return out


def comorb_kk(c):
    out = []
    for k, coded in zip(c["comorb"], c["comorb_coded"]):
        code, _, kk = COMORB[k]
        out.append(kk + (f" (⟦{code}⟧)" if coded else ""))
    return out


OLD_RU = {
    "radial_head": "перелом {fg} лучевой кости в типичном месте (лечился(-ась) консервативно, гипсовая лонгета)",
    "distal_radius": "перелом головки {fg} лучевой кости (консервативное лечение)",
    "humeral_shaft": "перелом хирургической шейки {fg} плечевой кости (консервативно)",
    "proximal_humerus": "перелом диафиза {fg} плечевой кости (оперирован(а) в другом стационаре)",
    "tibial_plateau": "перелом диафиза {fg} большеберцовой кости (оперативное лечение, конструкция удалена)",
    "tibial_shaft": "перелом наружного мыщелка {fg} большеберцовой кости (консервативно)",
    "femoral_neck": "эндопротезирование {mg} тазобедренного сустава",
    "pertrochanteric": "перелом шейки {fg} бедренной кости (оперирован(а))",
    "hip_oa": "перелом {fg} вертлужной впадины (консервативно)",
    "knee_oa": "артроскопия {mg} коленного сустава (резекция мениска)",
    "acl": "разрыв мениска {mg} коленного сустава (артроскопия)",
    "meniscus": "разрыв ПКС {mg} коленного сустава (пластика)",
    "ankle": "перелом наружной лодыжки {fg} голени (гипсовая иммобилизация)",
    "patella": "перелом {fg} ключицы (консервативно)",
    "clavicle": "перелом {mg} надколенника (консервативно)",
    "femoral_shaft": "перелом {fg} голени (оперирован(а), металлоконструкция удалена)",
}
OLD_KK = {
    "radial_head": "{kk} кәрі жіліктің типтік жердегі сынығы (консервативті, гипс)",
    "distal_radius": "{kk} кәрі жілік басының сынығы (консервативті)",
    "humeral_shaft": "{kk} тоқпан жіліктің хирургиялық мойнының сынығы (консервативті)",
    "proximal_humerus": "{kk} тоқпан жілік диафизінің сынығы (басқа стационарда оталған)",
    "tibial_plateau": "{kk} үлкен жіліншік диафизінің сынығы (оталған, металлоконструкция алынған)",
    "tibial_shaft": "{kk} үлкен жіліншік айдаршығының сынығы (консервативті)",
    "femoral_neck": "{kk} жамбас-сан буынын эндопротездеу",
    "pertrochanteric": "{kk} сан сүйегі мойнының сынығы (оталған)",
    "hip_oa": "{kk} ұршықойыс сынығы (консервативті)",
    "knee_oa": "{kk} тізе буынының артроскопиясы (мениск резекциясы)",
    "acl": "{kk} тізе буыны менискісінің жыртылуы (артроскопия)",
    "meniscus": "{kk} тізе буынының ПКС жыртылуы (пластика)",
    "ankle": "{kk} сыртқы тобық сынығы (гипс)",
    "patella": "{kk} бұғана сынығы (консервативті)",
    "clavicle": "{kk} тізе тобығының сынығы (консервативті)",
    "femoral_shaft": "{kk} сирақ сынығы (оталған, металлоконструкция алынған)",
}


def old_ru(c):
    s = SIDE_RU[c["old_side"]]
    t = OLD_RU[c["site"]].format(fg=s["fg"], mg=s["mg"])
    return clean(gfix(t.replace("лечился(-ась)", "лечилась" if c["sex"] == "f" else "лечился"), c))


def old_kk(c):
    return clean(OLD_KK[c["site"]].format(kk=SIDE_KK[c["old_side"]]))


DRUGS_RU = ["цефазолин 1,0 г в/м 3 р/д (5 дней)", "кеторолак 30 мг в/м при болях", "эноксапарин 0,4 мл п/к 1 р/д",
            "омепразол 20 мг", "транексамовая кислота 1,0 г в/в интраоперационно", "парацетамол 1,0 г в/в"]
DRUGS_KK = ["цефазолин 1,0 г б/е 3 рет (5 күн)", "кеторолак 30 мг б/е ауырсынғанда", "Клексан 0,4 мл т/а күніне 1 рет",
            "омепразол 20 мг", "парацетамол 1,0 г к/і"]


def infusion_ru(c):
    n = c["infusion"]
    return [f"инфузионная терапия (NaCl 0,9 % — {n},0 мл)", f"в/в инфузии кристаллоидов в объёме {n},0 мл",
            f"инфузионная терапия {n} мл/сут"][c["v"][10] % 3]


def infusion_kk(c):
    n = c["infusion"]
    return [f"инфузиялық ем (NaCl 0,9 % — {n},0 мл)", f"к/і кристаллоидтар {n} мл көлемінде"][c["v"][10] % 2]


def thrombo_course_ru(c, rng):
    return rng.choice(["ривароксабан (Ксарелто) 10 мг 1 р/д — 35 дней", "дабигатран 220 мг/сут 28 дней",
                       "эноксапарин 0,4 мл п/к 10 дней, затем ривароксабан 10 мг до 35 дней",
                       "Кальций-Д3 Никомед по 1 таб. 2 р/д — 2 мес.", "мелоксикам 15 мг 10 дней"])


def thrombo_course_kk(c, rng):
    return rng.choice(["Ксарелто 10 мг күніне 1 рет — 35 күн", "Прадакса 220 мг/тәу — 28 күн",
                       "Кальций-Д3 Никомед 1 таблеткадан күніне 2 рет — 2 ай", "Мелоксикам 15 мг — 10 күн",
                       "Клексан 0,4 мл т/а 10 күн"])


def bl_ru(c, v):
    if c["blood_loss_ml"]:
        n = c["blood_loss_ml"]
        return [f"{n} мл", f"{n},0 мл", f"около {n} мл"][v % 3]
    if c.get("bl_minimal"):
        return "минимальная"
    return None


def bl_kk(c, v):
    if c["blood_loss_ml"]:
        n = c["blood_loss_ml"]
        return [f"{n} мл", f"{n},0 мл"][v % 2]
    if c.get("bl_minimal"):
        return "болмашы"
    return None


def cons_ru(c):
    site = c["site"]
    s = S(c)
    return {
        "distal_radius": "закрытая репозиция под местной анестезией, иммобилизация гипсовой лонгетой 5 нед.",
        "radial_head": "пункция локтевого сустава (удалено 15 мл гемартроза), иммобилизация",
        "humeral_shaft": "U-образная гипсовая лонгета, затем функциональная иммобилизация",
        "proximal_humerus": "иммобилизация, обезболивание, ранние маятникообразные движения со 2-й недели",
        "clavicle": "закрытая одномоментная репозиция, иммобилизация",
        "tibial_plateau": f"пункция {s['mg']} коленного сустава, гипсовая лонгета, затем шарнирная иммобилизация",
        "ankle": "закрытая репозиция, гипсовая лонгета (U-образная) на 6 нед.",
        "patella": "пункция коленного сустава (эвакуировано 40 мл крови), иммобилизация в положении разгибания",
        "knee_oa": "внутрисуставное введение препарата гиалуроновой кислоты (3 инъекции), НПВС, хондропротекторы",
    }[site]


def cons_kk(c):
    return {
        "distal_radius": "жергілікті анестезиямен жабық репозиция, гипс лонгетасы 5 аптаға",
        "radial_head": "шынтақ буынының пункциясы (15 мл гемартроз алынды), иммобилизация",
        "humeral_shaft": "U-тәрізді гипс лонгетасы, кейін функционалды иммобилизация",
        "proximal_humerus": "иммобилизация, ауырсынуды басу, 2-аптадан бастап маятник тәрізді қимылдар",
        "clavicle": "жабық репозиция, иммобилизация",
        "tibial_plateau": "тізе буынының пункциясы, гипс лонгетасы",
        "ankle": "жабық репозиция, U-тәрізді гипс лонгетасы 6 аптаға",
        "patella": "тізе буынының пункциясы (40 мл қан алынды), жазылған қалпында иммобилизация",
        "knee_oa": "буын ішіне гиалурон қышқылы препаратын енгізу (3 инъекция), ҚҚСП",
    }[c["site"]]


def planned_ru(c):
    s = S(c)
    return {"hip_oa": f"тотальное эндопротезирование {s['mg']} тазобедренного сустава в плановом порядке",
            "knee_oa": f"тотальное эндопротезирование {s['mg']} коленного сустава в плановом порядке",
            "acl": f"артроскопическая пластика ПКС {s['mg']} коленного сустава после купирования синовита"}[c["site"]]


def planned_kk(c):
    sd = SIDE_KK[c["side"]]
    return {"hip_oa": f"{sd} жамбас-сан буынын жоспарлы түрде толық эндопротездеу",
            "knee_oa": f"{sd} тізе буынын жоспарлы түрде толық эндопротездеу",
            "acl": f"синовит басылғаннан кейін {sd} тізе буынының ПКС артроскопиялық пластикасы"}[c["site"]]


# ----------------------------------------------------------------------------------------------
# style 1: mixed Russian/Kazakh EHR export (key: value lines, bullets, unusual order)
def write_ehr(c, rng):
    L = []
    kk = lambda p=0.45: rng.random() < p  # pick Kazakh for this line
    city_ru, city_kk = c["city"]
    s = S(c)
    L += [f"ЭМК ЭКСПОРТЫ / ВЫГРУЗКА ЭМК — МАЖ «Ақпарат-Мед» 3.{rng.randint(1, 9)}",
          f"Ұйым / Организация: КГП «Городская многопрофильная больница №{rng.randint(1, 5)}», г. {city_ru}",
          f"Бөлімше: травматология-ортопедия бөлімшесі №{rng.randint(1, 3)}",
          f"Экспорт уақыты: {fdate(c['dis'] + dt.timedelta(days=1))} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}",
          ""]
    L.append("== НАУҚАС / ПАЦИЕНТ ==")
    L.append(("Науқастың аты-жөні: " if kk() else "ФИО пациента: ") + c["name"])
    L.append(("ЖСН: " if kk(0.6) else "ИИН: ") + c["iin"])
    L.append(("Туған күні: " if kk() else "Дата рождения: ") + fdate(c["birth"]) + f" ({c['age']} жас)")
    L.append(("Жынысы: " + ("ер" if c["sex"] == "m" else "әйел")) if kk() else ("Пол: " + ("муж." if c["sex"] == "m" else "жен.")))
    L.append(("Түскен күні: " if kk() else "Дата поступления: ") + fdate(c["adm"]) +
             (" (шұғыл)" if c["kind"] not in ("planned",) and c["site"] not in ("hip_oa", "knee_oa") else " (жоспарлы)"))
    L.append(("Шыққан күні: " if kk() else "Дата выписки: ") + fdate(c["dis"]))
    L.append(("Емдеуші дәрігер: " if kk() else "Лечащий врач: ") + c["docs"][0])
    L.append("")
    # PLAN first
    L.append("== ЖОСПАР / ПЛАН ЛЕЧЕНИЯ ==")
    L.append("- " + rng.choice(["Обследование: ОАК, ОАМ, б/х крови, коагулограмма, ЭКГ, R-графия",
                                "Тексеру: ЖҚА, ЖЗА, қанның б/х, коагулограмма, ЭКГ, R-графия"]))
    if c["kind"] in ("op", "outside", "revision"):
        L.append("- " + (("Оперативное лечение: " + proc_ru(c).split(",")[0] + " (после предоперационной подготовки)")
                         if not kk() else "Ота жасау жоспарланды, операция алдындағы дайындық"))
    elif c["kind"] == "planned":
        L.append("- " + ("Планируется: " + planned_ru(c) if not kk() else "Жоспарланады: " + planned_kk(c)))
        if c["site"] == "hip_oa":
            L.append("- Предполагаемый имплант: эндопротез Zimmer (по квоте ГОБМП)")
    else:
        L.append("- " + ("Консервативное лечение: " + cons_ru(c) if not kk() else "Консервативті ем: " + cons_kk(c)))
    L.append("- " + rng.choice(["Профилактика ТЭО: эноксапарин 0,4 мл п/к", "Обезболивание: кеторолак 30 мг в/м",
                                "ТЭА профилактикасы: Клексан 0,4 мл т/а", "Антибиотикопрофилактика: цефазолин 2,0 г в/в"]))
    L.append("")
    # complaints
    L.append("== ШАҒЫМДАРЫ / ЖАЛОБЫ ==")
    if c["complaints"]:
        if kk(0.5):
            L.append("Түскендегі шағымдары: " + complaints_kk(c) + ".")
        else:
            L.append("Жалобы при поступлении: на " + complaints_ru(c) + ".")
    else:
        L.append("Жалобы при поступлении: — (поле не заполнено)")
    # anamnesis
    L.append("")
    L.append("== АНАМНЕЗ ==")
    if c["inj"]:
        if c["mechanism"]:
            if kk():
                L.append(f"Anamnesis morbi: {fdate(c['inj'])} {mech_kk(c)}. Жедел жәрдеммен жеткізілді.")
            else:
                L.append(f"Anamnesis morbi: {fdate(c['inj'])} {mech_ru(c)}. Доставлен(а) СМП.".replace(
                    "Доставлен(а)", "Доставлена" if c["sex"] == "f" else "Доставлен"))
        else:
            L.append(f"Anamnesis morbi: травма {fdate(c['inj'])}, обстоятельства травмы не уточняет.")
    if c["kind"] == "revision":
        if True:
            L.append(("Anamnesis morbi: " if not c["inj"] else "Анамнез: ") + ({"femoral_neck": f"в {c['old_year'] + 1} г. оперирован(а) по поводу перелома шейки бедра (остеосинтез винтами), с последующей миграцией конструкции",
                                     "distal_radius": "первично выполнена закрытая репозиция с гипсовой иммобилизацией; на контрольной R-грамме через 10 дней — вторичное смещение",
                                     "humeral_shaft": "перелом получен 7 мес. назад, лечился(-ась) в функциональной повязке, сращения нет"}[c["site"]]).replace(
                "оперирован(а)", "оперирована" if c["sex"] == "f" else "оперирован").replace(
                "лечился(-ась)", "лечилась" if c["sex"] == "f" else "лечился"))
    elif not c["inj"]:
        L.append("Anamnesis morbi: " + (f"боли в области {region_ru(c)} беспокоят около {rng.randint(3, 12)} лет, консервативное лечение без эффекта"
                                        if not kk() else f"{region_kk(c)} аймағындағы ауырсыну {rng.randint(3, 12)} жылдан бері мазалайды, консервативті ем әсерсіз"))
    if c["old"]:
        L.append(("Перенесённые травмы: " + f"в {c['old_year']} г. — " + old_ru(c)) if not kk() else
                 ("Бұрынғы жарақаттары: " + f"{c['old_year']} ж. — " + old_kk(c)))
    if c["comorb"]:
        if kk():
            L.append("Қосалқы аурулары: " + "; ".join(comorb_kk(c)))
        else:
            L.append("Сопутствующие: " + "; ".join(comorb_ru(c)))
    L.append("Аллергоанамнез: " + rng.choice(["не отягощён", "ауыртпалықсыз"]))
    L.append("")
    # diary with operation in the middle
    L.append("== КҮНДЕЛІК / ДНЕВНИК ==")
    d = c["adm"]
    L.append(f"- {fdate(d)}: " + rng.choice(["Состояние средней тяжести. Жалпы жағдайы орташа. t 36,8 °C, АД 130/80 мм рт. ст.",
                                             "Общее состояние удовлетворительное. Гемодинамика стабильная, АД 125/80 мм рт. ст."]))
    if c["infusion"] and rng.random() < 0.6:
        L.append(f"- {fdate(d + dt.timedelta(days=1))}: " + (infusion_ru(c) if not kk() else infusion_kk(c)) + ".")
    operated = c["kind"] in ("op", "outside", "revision")
    if operated:
        L.append("")
        L.append("== ОПЕРАЦИЯ / ОТА ==")
        L.append(("Операция күні: " if kk() else "Дата операции: ") + fdate(c["op_date"]))
        L.append(("Операция атауы: " + cap(proc_kk(c))) if (kk() and c["key"] in PROC_KK_OK) else ("Название операции: " + cap(proc_ru(c))))
        a = anes_ru(c, c["v"][3])
        if a:
            L.append(("Анестезия түрі: " if kk() else "Вид анестезии: ") + a)
        b = bl_ru(c, c["v"][4])
        if b:
            L.append(("Қан жоғалту: " if kk() else "Кровопотеря: ") + b)
        if c["implants"] and c["v"][11] % 3 != 2:
            L.append("Импланттар / Импланты: " + "; ".join(x for x in c["implants"]))
        L.append(("Хирург: " if kk() else "Оперировал: ") + c["docs"][1] + ("; анестезиолог: " + c["docs"][2] if a else ""))
        L.append("")
        L.append("== КҮНДЕЛІК (жалғасы) / ДНЕВНИК (продолжение) ==")
        d2 = c["op_date"] + dt.timedelta(days=1)
        L.append(f"- {fdate(d2)}: " + rng.choice(["П/о период без особенностей, повязки сухие.",
                                                  "Ота жарасы таза, таңғыш құрғақ. Ауырсыну орташа."]))
        if c["complication"]:
            L.append(f"- {fdate(d2 + dt.timedelta(days=3))}: " + (("Осложнение: " + compl_ru(c)) if not kk() else ("Асқынуы: " + compl_kk(c))) +
                     " — лечение скорректировано.")
        if "lfk" in (c["rehabilitation"] or []) and rng.random() < 0.5:
            L.append(f"- {fdate(d2 + dt.timedelta(days=2))}: " + ("начата " + REHAB_RU["lfk"][2] if not kk() else REHAB_KK["lfk"][1] + " басталды") + ".")
    else:
        L.append(f"- {fdate(d + dt.timedelta(days=2))}: " + rng.choice(["Отёк уменьшился, болевой синдром купирован.",
                                                                         "Ісік азайды, ауырсыну басылды."]))
    L.append(f"- {fdate(c['dis'])}: " + rng.choice(["Выписывается в удовлетворительном состоянии.",
                                                    "Қанағаттанарлық жағдайда шығарылады."]))
    L.append("")
    # diagnosis at the end
    L.append("== ДИАГНОЗ ==")
    abbr = rng.random() < 0.5
    if kk(0.35):
        L.append("Негізгі диагноз: " + dx_kk(c, rng))
    else:
        L.append("Основной диагноз: " + dx_ru(c, rng, abbr=abbr))
    if c["icd_written"]:
        L.append(("АХЖ-10 коды: " if kk() else "Код МКБ-10: ") + f"⟦{c['icd_primary']}⟧")
    if c["secondary"]:
        L.append(("Қосымша жарақат: " + sec_kk(c)) if kk() else ("Сопутствующая травма: " + sec_ru(c)))
    if c["complication"]:
        L.append(("Асқынуы: " + compl_kk(c)) if kk() else ("Осложнение: " + compl_ru(c)))
    L.append("")
    # recommendations
    L.append("== ҰСЫНЫСТАР / РЕКОМЕНДАЦИИ ==")
    for r in (restr_ru(c) if not kk(0.4) else restr_kk(c)):
        L.append("- " + cap(r))
    for r in (rehab_ru(c) if not kk(0.4) else rehab_kk(c)):
        L.append("- " + cap(r))
    if c["follow_up_weeks"]:
        L.append("- " + cap(fu_ru(c) if not kk(0.4) else fu_kk(c)))
    if operated or rng.random() < 0.5:
        L.append("- " + (thrombo_course_ru(c, rng) if not kk() else thrombo_course_kk(c, rng)))
    if operated and rng.random() < 0.6:
        L.append("- " + rng.choice(["Снятие швов на 12–14 сутки", "Тігістерді 12–14 тәулікте алу"]))
    L.append("")
    L.append(("Бөлім меңгерушісі: " if kk() else "Зав. отделением: ") + c["docs"][2])
    return "\n".join(L) + "\n"


PROC_KK_OK = set()  # filled after proc_kk is checked


# ----------------------------------------------------------------------------------------------
# style 2: Russian referral letter
def write_ref(c, rng):
    L = []
    city_ru, _ = c["city"]
    s = S(c)
    f = c["sex"] == "f"
    to_vkk = c["kind"] == "planned" or c["v"][11] % 3 == 0
    hosp = rng.choice([f"КГП на ПХВ «Многопрофильная больница №{rng.randint(1, 4)} г. {city_ru}»",
                       f"ГКП на ПХВ «Городская больница скорой медицинской помощи» г. {city_ru}",
                       f"КГП «Областной центр травматологии и ортопедии» г. {city_ru}"])
    L += [hosp, f"Травматолого-ортопедическое отделение №{rng.randint(1, 3)}",
          f"г. {city_ru}, ул. {rng.choice(['Ерубаева', 'Абая', 'Тауелсиздик', 'Жамбыла', 'Гоголя'])}, {rng.randint(1, 120)}, тел. 8 (7{rng.randint(100, 299)}) {rng.randint(20, 79)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
          f"Исх. № {rng.randint(100, 2999)}/тр от {fdate(c['dis'])}", ""]
    if to_vkk:
        L += [f"Председателю врачебно-консультативной комиссии (ВКК)",
              f"КГП «Городская поликлиника №{rng.randint(1, 12)}» г. {city_ru}"]
    else:
        L += ["Директору реабилитационного центра",
              rng.choice(["«Шипагер»", "«Реабилитационный центр «Акбулак»", "«Центр восстановительного лечения «Жануя»"]) ]
    L.append("")
    L.append("НАПРАВЛЕНИЕ" + (" НА ВКК" if to_vkk else " НА МЕДИЦИНСКУЮ РЕАБИЛИТАЦИЮ (II этап)"))
    L.append("")
    pron = "пациентку" if f else "пациента"
    treated = "находившуюся" if f else "находившегося"
    L.append(f"Направляем к Вам {pron} {c['name']} ({fdate(c['birth'])} г.р., ИИН {c['iin']}), {treated} на стационарном лечении "
             f"в нашем отделении с {fdate(c['adm'])} по {fdate(c['dis'])} (медицинская карта стационарного больного № {rng.randint(1000, 9999)}/{c['adm'].year % 100}).")
    L.append("")
    L.append("Причина направления:")
    if c["kind"] == "planned":
        L.append(f"Решение вопроса о плановом оперативном лечении — {planned_ru(c)} — в рамках ГОБМП (постановка в лист ожидания, квота).")
        if c["site"] == "knee_oa":
            L.append("Предполагаемый имплант: эндопротез Smith & Nephew Genesis II (по наличию).")
    elif to_vkk:
        L.append(rng.choice(["Решение вопроса о продлении листа временной нетрудоспособности (лечение продолжается, трудоспособность не восстановлена).",
                             "Продление листа временной нетрудоспособности и определение дальнейшей тактики амбулаторного лечения."]))
    else:
        L.append(rng.choice(["Продолжение восстановительного лечения (медицинская реабилитация II этапа) по профилю «травматология и ортопедия».",
                             "Курс медицинской реабилитации в условиях круглосуточного стационара реабилитационного центра."]))
    L.append("")
    L.append("Ретроспектива (анамнез заболевания):")
    P = []
    if c["inj"]:
        if c["mechanism"]:
            P.append(f"Со слов {'пациентки' if f else 'пациента'}, {fdate(c['inj'])} {mech_ru(c)}.")
        else:
            P.append(f"Травма {fdate(c['inj'])}; обстоятельства травмы {'пациентка' if f else 'пациент'} не помнит.")
        P.append(rng.choice(["Бригадой СМП доставлен(а) в приёмный покой нашей больницы.", "В тот же день обратился(-ась) в приёмный покой."])
                 .replace("доставлен(а)", "доставлена" if f else "доставлен").replace("обратился(-ась)", "обратилась" if f else "обратился"))
    elif c["kind"] != "revision":
        P.append(f"Считает себя больн{'ой' if f else 'ым'} в течение {rng.randint(4, 15)} лет, когда появились боли в области {region_ru(c)}; "
                 f"неоднократно получал{'а' if f else ''} консервативное лечение (НПВС, хондропротекторы) с временным эффектом.")
    if c["kind"] == "revision":
        P.append({"femoral_neck": f"В {c['old_year'] + 1} г. выполнен остеосинтез шейки бедра винтами в другом стационаре; в последующем — миграция металлоконструкции, нарастание болей.",
                  "distal_radius": "Первично выполнена закрытая репозиция, наложена гипсовая лонгета; на контрольной рентгенограмме через 9 суток — вторичное смещение отломков.",
                  "humeral_shaft": "Перелом плечевой кости получен 7 мес. назад, лечение проводилось консервативно (функциональная повязка); на R-граммах — отсутствие консолидации."}[c["site"]])
    if c["complaints"]:
        P.append(f"При поступлении предъявлял{'а' if f else ''} жалобы на {complaints_ru(c)}.")
    if c["old"]:
        P.append(f"Из анамнеза жизни: в {c['old_year']} г. — {old_ru(c)}.")
    if c["comorb"]:
        P.append("Сопутствующая патология: " + "; ".join(comorb_ru(c)) + ".")
    L.append(" ".join(P))
    L.append("")
    L.append("Клинический диагноз:")
    dx = dx_ru(c, rng)
    code = f" (МКБ-10: ⟦{c['icd_primary']}⟧)" if c["icd_written"] else ""
    items = [dx + code]
    if c["secondary"]:
        items.append("Сопутствующая травма: " + sec_ru(c))
    if c["complication"]:
        items.append("Осложнение: " + compl_ru(c))
    if len(items) == 1:
        L.append(items[0] + ".")
    else:
        for i, it in enumerate(items, 1):
            L.append(f"{i}. {it}.")
    L.append("")
    operated = c["kind"] in ("op", "outside", "revision")
    if operated:
        L.append("Оперативное лечение:")
        a = anes_ru(c, c["v"][3])
        b = bl_ru(c, c["v"][4])
        par = []
        if a:
            par.append(f"анестезия — {a}")
        if b:
            par.append(f"кровопотеря — {b}")
        t = f"{fdate(c['op_date'])} выполнена операция: {proc_ru(c)}" + (f" ({'; '.join(par)})" if par else "") + "."
        if c["infusion"]:
            t += f" В периоперационном периоде — {infusion_ru(c)}."
        L.append(t)
        L.append("")
        L.append("Течение послеоперационного периода:")
        T = [rng.choice(["Послеоперационный период протекал гладко, раны зажили первичным натяжением, швы сняты на 12-е сутки.",
                         "Течение п/о периода без особенностей, заживление раны первичным натяжением."])]
        if c["complication"]:
            T = [f"П/о период осложнился: {compl_ru(c)}; проведено лечение, достигнута положительная динамика."]
        T.append("Проводилась антибиотикопрофилактика, медикаментозная терапия (" + thrombo_course_ru(c, rng) + ").")
        if c["rehabilitation"]:
            T.append("В отделении начаты: " + ", ".join(rehab_ru(c)) + ".")
        L.append(" ".join(T))
    elif c["kind"] == "cons":
        L.append("Проведённое лечение:")
        t = f"Консервативное: {cons_ru(c)}."
        if c["infusion"]:
            t += f" Назначены анальгетики, {infusion_ru(c)}."
        if c["rehabilitation"]:
            t += " Начаты: " + ", ".join(rehab_ru(c)) + "."
        L.append(t)
    else:
        L.append("Проведённое обследование и лечение:")
        t = "Выполнены R-графия, ОАК, б/х крови, ЭКГ, консультация терапевта; противопоказаний к оперативному лечению не выявлено. Проведена симптоматическая терапия (НПВС)."
        if c["rehabilitation"]:
            t += " Рекомендованы: " + ", ".join(rehab_ru(c)) + "."
        L.append(t)
    L.append("")
    L.append("Состояние на момент направления:")
    now = rng.choice(["Общее состояние удовлетворительное.", "Состояние удовлетворительное, гемодинамика стабильная."])
    now += " " + rng.choice([f"Беспокоят умеренные боли и отёк в области {region_ru(c)} к концу дня.",
                             "Жалобы на умеренную слабость в конечности, ограничение движений.",
                             "Болевой синдром купирован, сохраняется небольшая отёчность."])
    if operated:
        now += " " + rng.choice(["П/о рубец без признаков воспаления.", "Раны зажили, швы сняты."])
        now += " " + rng.choice(["На контрольных R-граммах стояние отломков и металлоконструкции удовлетворительное.",
                                 "R-контроль: положение компонентов правильное."]
                                if c["site"] in ("hip_oa", "knee_oa") or c["procedure"] in ("total_hip_arthroplasty",) else
                                ["На контрольных R-граммах стояние отломков удовлетворительное.",
                                 "R-контроль: положение металлоконструкции стабильное."])
    L.append(now)
    L.append("")
    L.append("Просим:")
    reqs = []
    if c["kind"] == "planned":
        reqs.append("Рассмотреть вопрос о включении в лист ожидания на плановое эндопротезирование." if c["site"] != "acl"
                    else "Рассмотреть вопрос о плановой госпитализации для артроскопической пластики ПКС.")
    elif to_vkk:
        reqs.append("Продлить лист временной нетрудоспособности на период восстановительного лечения.")
    else:
        reqs.append("Принять на курс восстановительного лечения.")
    reg = restr_ru(c)
    if reg:
        reqs.append("Соблюдать режим: " + "; ".join(reg) + ".")
    if c["rehabilitation"] and not to_vkk:
        reqs.append("Продолжить: " + ", ".join(rehab_ru(c)) + ".")
    if c["follow_up_weeks"]:
        reqs.append(cap(fu_ru(c)) + ".")
    reqs.append(rng.choice(["Информировать о результатах лечения.", "Выдать выписку на руки."]))
    for i, r in enumerate(reqs, 1):
        L.append(f"{i}. {r}".replace("..", "."))
    L.append("")
    L.append("Приложение: выписной эпикриз, R-граммы на цифровом носителе.")
    L.append("")
    L.append(f"Заведующий отделением: {c['docs'][2]}")
    L.append(f"Лечащий врач: {c['docs'][0]}")
    return "\n".join(L) + "\n"


# ----------------------------------------------------------------------------------------------
# style 3: Kazakh outpatient follow-up card of a district polyclinic
def write_emh(c, rng):
    L = []
    city_ru, city_kk = c["city"]
    dist = rng.choice(DISTRICTS)
    operated = c["kind"] in ("op", "outside", "revision")
    L += ["Қазақстан Республикасы Денсаулық сақтау министрлігі",
          f"«{dist} аудандық емханасы» ШЖҚ КМК",
          f"Травматолог кабинеті, {rng.randint(101, 320)}-каб.", ""]
    L.append("АМБУЛАТОРИЯЛЫҚ БАҚЫЛАУ КАРТАСЫ (стационардан кейін)")
    L.append(f"Науқас: {c['name']}")
    L.append(f"ЖСН: {c['iin']}    Туған күні: {fdate(c['birth'])} ({c['age']} жас)")
    L.append(f"Мекенжайы: {dist} ауданы, {rng.choice(['Ақтоғай', 'Қызылжар', 'Бесқұдық', 'Жаңаауыл', 'Көктал'])} ауылы, {rng.randint(1, 60)}-үй")
    L.append(f"Учаскелік дәрігер: {c['docs'][1]}")
    L.append("")
    L.append("СТАЦИОНАРЛЫҚ ЕМДЕЛУ (БАСҚА ҰЙЫМДА)")
    hosp = rng.choice([f"«{city_kk} облыстық көпбейінді ауруханасы»", f"«{city_kk} қалалық №{rng.randint(1, 4)} ауруханасы»",
                       f"«{city_kk} жедел медициналық жәрдем ауруханасы»"])
    L.append(f"Науқас {fdate(c['adm'])} – {fdate(c['dis'])} аралығында {hosp} травматология бөлімшесінде стационарлық емделген "
             f"(шығару эпикризі № {rng.randint(100, 9999)}).")
    if c["complaints"]:
        L.append(f"Түскен кездегі шағымдары: {complaints_kk(c)}.")
    if c["inj"]:
        if c["mechanism"]:
            L.append(f"Жарақат анамнезі: {fdate(c['inj'])} {mech_kk(c)}.")
        else:
            L.append(f"Жарақат анамнезі: жарақат {fdate(c['inj'])}, жарақат жағдайын нақтыламайды.")
    elif c["kind"] != "revision":
        L.append(f"Анамнезі: {region_kk(c)} аймағындағы ауырсыну {rng.randint(3, 12)} жыл бойы мазалайды, консервативті ем әсерсіз.")
    if c["kind"] == "revision":
        L.append({"femoral_neck": f"{c['old_year'] + 1} ж. сан сүйегі мойнының сынығы бойынша бұрандалармен остеосинтез жасалған; кейін металлоконструкция миграциясы, ауырсыну күшейген.",
                  "distal_radius": "Алғашқыда жабық репозиция, гипс лонгетасы; 10 күннен кейінгі R-бақылауда екіншілік ығысу анықталған.",
                  "humeral_shaft": "7 ай бұрын консервативті емделген, сүйек бітпеген."}[c["site"]])
    if c["old"]:
        L.append(f"Бұрынғы жарақаттары: {c['old_year']} ж. — {old_kk(c)}.")
    if c["comorb"]:
        L.append("Қосалқы аурулары: " + "; ".join(comorb_kk(c)) + ".")
    L.append("Қорытынды диагнозы: " + dx_kk(c, rng) + (f" (АХЖ-10: ⟦{c['icd_primary']}⟧)" if c["icd_written"] else "") + ".")
    if c["secondary"]:
        L.append("Қосымша жарақат: " + sec_kk(c) + ".")
    if operated:
        a = anes_kk(c, c["v"][3])
        b = bl_kk(c, c["v"][4])
        t = f"Операция ({fdate(c['op_date'])}): {proc_kk(c) if c['key'] in PROC_KK_OK else proc_ru(c)}."
        if a:
            t += f" Анестезия: {a}."
        if b:
            t += f" Қан жоғалту {b}." if b != "болмашы" else " Қан жоғалту болмашы."
        L.append(t)
        if c["infusion"]:
            L.append(f"Операциядан кейін: {infusion_kk(c)}, {rng.choice(DRUGS_KK)}.")
        if c["complication"]:
            L.append(f"Операциядан кейінгі кезеңде асқыну: {compl_kk(c)}; ем жүргізілген.")
    elif c["kind"] == "cons":
        L.append(f"Жүргізілген ем: консервативті — {cons_kk(c)}.")
    else:
        L.append(f"Жүргізілген ем: тексеру, симптоматикалық ем (ҚҚСП). Жоспарлы ем ұсынылған: {planned_kk(c)}.")
    restr = restr_kk(c)
    if restr:
        L.append("Шығару кезіндегі ұсыныстар: " + "; ".join(restr) + ".")
    L.append("")
    vis = c["dis"] + dt.timedelta(days=rng.randint(3, 9))
    L.append(f"БҮГІНГІ ҚАРАУ — {fdate(vis)}")
    L.append("Шағымдары (бүгін): " + rng.choice([f"{region_kk(c)} аймағында орташа ауырсыну, кешке ісіну",
                                                  "жалпы әлсіздік, қозғалыс кезінде ауырсыну",
                                                  "шағымы аз, оталған аймақта тартылу сезімі" if operated else "шағымы аз, мазасыздық"]) + ".")
    L.append("Объективті: жалпы жағдайы қанағаттанарлық. " + (rng.choice(["Ота жарасы таза, тігістер алынды.", "Тыртық тыныш, қабыну белгілері жоқ."])
                                                                  if operated else "Ісік азайған, тері түсі өзгермеген."))
    if c["site"] not in ("hip_oa", "knee_oa", "acl", "meniscus"):
        L.append("R-графия: " + ("эндопротез компоненттерінің орналасуы дұрыс" if c["procedure"] == "total_hip_arthroplasty" or c["key"] == "fn_hemi" else rng.choice(["сынықтардың тұруы қанағаттанарлық", "металлоконструкция тұрақты, екіншілік ығысу жоқ" if operated
                                            else "екіншілік ығысу жоқ"])) + ".")
    L.append("")
    L.append("БАРУЛАР КЕСТЕСІ")
    L.append("| Күні | Шағымдары | Қорытынды |")
    d0 = c["dis"] + dt.timedelta(days=1)
    nrow = min(rng.randint(2, 4), (vis - d0).days + 1)
    rows_c = ["ауырсыну, ісіну", "орташа ауырсыну", "ауырсыну азайды", "шағымы жоқ", "түнде ауырсыну"]
    rows_q = ["таңғыш ауыстырылды", "жағдайы тұрақты", "тігістер алынды" if operated else "иммобилизация дұрыс",
              "ем жалғасады", "R-бақылау: ығысу жоқ" if c["site"] in FRACTURE_SITES else "ем жалғасады"]
    for i in range(nrow):
        d = d0 + dt.timedelta(days=round(i * (vis - d0).days / (nrow - 1)))
        L.append(f"| {fdate(d)} | {rows_c[(i + c['v'][2]) % len(rows_c)]} | {rows_q[(i + c['v'][3]) % len(rows_q)]} |")
    L.append("")
    L.append("ЖОСПАР")
    for r in rehab_kk(c):
        L.append(f"- {cap(r)}")
    if c["follow_up_weeks"]:
        L.append(f"- {cap(fu_kk(c))}")
    if operated or (c["site"] in LOWER and c["kind"] == "cons"):
        L.append("- " + thrombo_course_kk(c, rng))
    if rng.random() < 0.5:
        L.append("- " + rng.choice(["ЕЕАК (ВКК) — уақытша еңбекке жарамсыздық парағын ұзарту", "Кеторол 10 мг ауырсынғанда"]))
    L.append("")
    L.append(f"Дәрігер-травматолог: {c['docs'][0]}")
    return "\n".join(L) + "\n"


# ----------------------------------------------------------------------------------------------
def resolve_codes(text, cyr_p, rng):
    order = []

    def rep(m):
        code = m.group(1)
        if code not in order:
            order.append(code)
        out = code
        if cyr_p and rng.random() < cyr_p and code[0] in LOOK and code[0] != "S":
            out = LOOK[code[0]] + code[1:]
        elif code[0] == "S" and cyr_p >= 1.0 and rng.random() < 0.25:
            out = "Ѕ" + code[1:]
        return out

    return re.sub(r"⟦([A-Z]\d\d(?:\.\d{1,2})?)⟧", rep, text), order


def sampled_codes(c):
    s = []
    if c["icd_written"]:
        s.append(c["icd_primary"])
    if c["secondary"] and c["sec_coded"]:
        s.append(SEC[c["secondary"]][0])
    if c["complication"] and c["compl_coded"] and COMPL[c["complication"]][0]:
        s.append(COMPL[c["complication"]][0])
    for k, coded in zip(c["comorb"], c["comorb_coded"]):
        if coded:
            s.append(COMORB[k][0])
    return s


def main():
    global PROC_KK_OK
    PROC_KK_OK = set(k for k in TREAT if k not in ("hs_cons",))
    probe = dict(side="right", key="", site="")
    ok = set()
    for k in TREAT:
        probe["key"] = k
        try:
            proc_kk(probe)
            ok.add(k)
        except KeyError:
            pass
    PROC_KK_OK = ok
    rec_dir = HERE / "records"
    rec_dir.mkdir(exist_ok=True)
    for p in rec_dir.glob("*.txt"):
        p.unlink()
    truth, meta = [], []
    writers = {"ehr_mixed_ru_kk": write_ehr, "referral_ru": write_ref, "polyclinic_followup_kk": write_emh}
    for si, (style, plan) in enumerate(PLANS.items()):
        prefix, lang = STYLE_META[style]
        for i, key in enumerate(plan):
            rng = random.Random(SEED * 1000 + si * 100 + i)
            rid = f"{prefix}-{i + 1:03d}"
            c = sample_case(style, i, key, rng)
            text = writers[style](c, rng)
            text, order = resolve_codes(text, c["cyr_p"], rng)
            want = sampled_codes(c)
            assert sorted(order) == sorted(set(want)), (rid, order, want)
            assert "⟦" not in text and "(а)" not in text and "(-ась)" not in text, rid
            fields = {k: c[k] for k in FIELD_KEYS if k not in ("icd10",)}
            fields["icd10"] = order or None
            fields = {k: fields[k] for k in FIELD_KEYS}
            (rec_dir / f"{rid}.txt").write_text(text, encoding="utf-8")
            truth.append({"id": rid, "style": style, "language": lang, "fields": fields})
            tags = list(c["tags"])
            meta.append({"id": rid, "style": style, "variant": key, "kind": c["kind"], "tags": tags,
                         "cyrillic_lookalikes_p": c["cyr_p"]})
    with open(HERE / "truth.jsonl", "w", encoding="utf-8") as fh:
        for t in truth:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    with open(HERE / "meta.jsonl", "w", encoding="utf-8") as fh:
        for m in meta:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    print(f"wrote {len(truth)} records")


if __name__ == "__main__":
    main()
