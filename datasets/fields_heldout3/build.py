#!/usr/bin/env python3
"""Generate the fields_heldout3 set (Python standard library only, deterministic).

    python build.py     ->  records/<id>.txt, truth.jsonl, meta.jsonl

Every record's truth is sampled first; the text is then phrased from it.  ICD-10 order is
taken from the finished text (order of first appearance) and asserted against the sampled
set of codes.  Output is byte-identical across runs and PYTHONHASHSEED values.
"""
import datetime
import json
import random
import re
from pathlib import Path

SEED = 3131
HERE = Path(__file__).resolve().parent
R = random.Random(SEED)

FIELD_KEYS = ["site", "side", "fracture_displaced", "fracture_comminuted", "fracture_open", "ao_ota", "kl_grade",
              "mechanism", "procedure", "implants", "anesthesia", "blood_loss_ml", "icd10", "complaints",
              "rehabilitation", "restrictions", "weight_bearing_weeks", "follow_up_weeks"]
IMPLANTS = ["эндопротез Zimmer NexGen", "эндопротез Zimmer", "эндопротез Smith & Nephew Genesis II",
            "эндопротез DePuy Attune", "эндопротез DePuy Pinnacle", "эндопротез DePuy Corail",
            "пластина LCP 1/3 трубчатая", "пластина LCP", "пластина PHILOS", "пластина APTUS", "позиционный винт",
            "интерферентный винт Arthrex", "фиксатор EndoButton", "канюлированные винты Synthes",
            "интрамедуллярный штифт ChM", "штифт Gamma3", "интрамедуллярный штифт PFNA", "серкляжная проволока",
            "спицы Киршнера", "аппарат Илизарова"]
PROCEDURES = ["total_hip_arthroplasty", "total_knee_arthroplasty", "cannulated_screws", "intramedullary_nailing",
              "plate_osteosynthesis", "external_fixation", "tension_band_wiring", "acl_reconstruction",
              "partial_meniscectomy"]
COMPLAINTS = ["pain", "swelling", "limited_motion", "no_weight_bearing", "deformity", "instability", "locking", "night_pain"]
REHAB = ["lfk", "crutches", "walker", "cpm", "physio", "isometric"]
RESTR = ["no_weight_bearing", "partial_weight_bearing", "hip_precautions", "no_lifting", "brace", "sling"]
FRACTURE_SITES = {"femoral_neck", "pertrochanteric", "femoral_shaft", "distal_radius", "ankle", "tibial_shaft",
                  "proximal_humerus", "patella", "radial_head", "humeral_shaft", "tibial_plateau", "clavicle"}
UPPER = {"distal_radius", "proximal_humerus", "radial_head", "humeral_shaft", "clavicle"}
CONFUSABLE = {"radial_head", "distal_radius", "humeral_shaft", "proximal_humerus", "tibial_plateau", "tibial_shaft"}
LAT2CYR = {"A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т",
           "X": "Х", "I": "І", "S": "Ѕ"}
CYR2LAT = str.maketrans({v: k for k, v in LAT2CYR.items()})


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def gender(text, female):
    return re.sub(r"\[([^|\]]*)\|([^\]]*)\]", lambda m: m.group(2) if female else m.group(1), text)


def clean(s):
    s = re.sub(r"[ ]{2,}", " ", s)
    s = re.sub(r" ([,.;:)])", r"\1", s)
    s = s.replace("( ", "(")
    return s.strip()


def cap(s):
    return s[:1].upper() + s[1:] if s else s


# ---------------------------------------------------------------- sides
SIDEW = {
    "right": dict(f="правой", m="правого", s="справа", k="оң жақ", adj="Правосторонний", kk1="оң"),
    "left": dict(f="левой", m="левого", s="слева", k="сол жақ", adj="Левосторонний", kk1="сол"),
    None: dict(f="", m="", s="", k="", adj="", kk1=""),
}
OPP = {"right": "left", "left": "right", None: "right"}


def sw(side):
    return SIDEW[side]


# ---------------------------------------------------------------- site phrasing
# (ru adjective before "перелом", ru tail after "перелом", icd, kk phrase before attributes, kk tail after "сынығы")
SITE_RU = {
    "femoral_neck": [("субкапитальный", "шейки {f} бедренной кости", "S72.0", "{k} сан сүйегі мойнының субкапитальды", ""),
                     ("", "шейки {f} бедренной кости", "S72.0", "{k} сан сүйегі мойнының", ""),
                     ("трансцервикальный", "шейки бедра {s}", "S72.0", "{k} сан сүйегі мойнының трансцервикальды", "")],
    "pertrochanteric": [("чрезвертельный", "{f} бедренной кости", "S72.1", "{k} сан сүйегінің ұршық арқылы өтетін (чрезвертельный)", ""),
                        ("", "вертельной области {f} бедренной кости (чрезвертельный)", "S72.1", "{k} сан сүйегі ұршық аймағының", " (чрезвертельный)")],
    "femoral_shaft": [("", "диафиза {f} бедренной кости в ср/3", "S72.3", "{k} сан сүйегі диафизінің орта үштен бірінің", ""),
                      ("", "{f} бедренной кости на уровне н/3 диафиза", "S72.3", "{k} сан сүйегі диафизінің төменгі үштен бірінің", ""),
                      ("", "диафиза {m} бедра в в/3", "S72.3", "{k} сан сүйегі диафизінің жоғарғы үштен бірінің", "")],
    "distal_radius": [("", "{f} лучевой кости в типичном месте", "S52.5", "{k} кәрі жіліктің типтік жердегі", ""),
                      ("", "дистального метаэпифиза {f} лучевой кости", "S52.5", "{k} кәрі жілік дистальды метаэпифизінің", ""),
                      ("", "н/3 {f} лучевой кости (дистальный отдел, внутрисуставной)", "S52.5", "{k} кәрі жіліктің төменгі үштен бірінің", " (дистальды бөлігі, буын ішілік)")],
    "ankle": [("", "обеих лодыжек {f} голени", "S82.8", "{k} сирақтың екі тобығының", ""),
              ("трёхлодыжечный", "{f} голени", "S82.8", "{k} сирақтың үш тобықтық (трёхлодыжечный)", ""),
              ("", "наружной лодыжки {f} голени с разрывом дистального межберцового синдесмоза", "S82.6", "{k} сирақтың сыртқы тобығының", ", дистальды жіліншікаралық синдесмоздың жыртылуымен"),
              ("", "медиальной лодыжки {f} голени", "S82.5", "{k} сирақтың ішкі тобығының", "")],
    "tibial_shaft": [("", "диафиза {f} большеберцовой кости в н/3", "S82.2", "{k} үлкен жіліншік сүйегі диафизінің төменгі үштен бірінің", ""),
                     ("", "обеих костей {f} голени на уровне ср/3", "S82.2", "{k} сирақтың екі сүйегінің орта үштен бір деңгейіндегі", ""),
                     ("", "{f} б/берцовой кости в ср/3 диафиза", "S82.2", "{k} үлкен жіліншік сүйегі диафизінің орта үштен бірінің", "")],
    "proximal_humerus": [("", "хирургической шейки {f} плечевой кости", "S42.2", "{k} тоқпан жілігі хирургиялық мойнының", ""),
                         ("", "проксимального отдела {f} плечевой кости", "S42.2", "{k} тоқпан жілігі проксимальды бөлігінің", ""),
                         ("", "проксимального эпиметафиза {f} плечевой кости с отрывом большого бугорка", "S42.2", "{k} тоқпан жілігі проксимальды эпиметафизінің", ", үлкен төмпешігінің жұлынуымен")],
    "patella": [("", "{m} надколенника", "S82.0", "{k} тізе тостағаншасының", "")],
    "radial_head": [("", "головки {f} лучевой кости", "S52.1", "{k} кәрі жілік басының", ""),
                    ("", "головки {f} лучевой кости (тип II по Mason)", "S52.1", "{k} кәрі жілік басының", " (Mason бойынша II тип)"),
                    ("", "головки луча {s} (Mason III)", "S52.1", "{k} кәрі жілік басының", " (Mason III)")],
    "humeral_shaft": [("", "диафиза {f} плечевой кости в ср/3", "S42.3", "{k} тоқпан жілігі диафизінің орта үштен бірінің", ""),
                      ("", "{f} плечевой кости на уровне в/3 диафиза", "S42.3", "{k} тоқпан жілігі диафизінің жоғарғы үштен бірінің", ""),
                      ("", "диафиза {m} плеча в н/3", "S42.3", "{k} тоқпан жілігі диафизінің төменгі үштен бірінің", "")],
    "tibial_plateau": [("", "латерального мыщелка {f} большеберцовой кости", "S82.1", "{k} үлкен жіліншік сүйегінің сыртқы айдаршығының", ""),
                       ("", "обоих мыщелков {f} б/берцовой кости", "S82.1", "{k} үлкен жіліншік сүйегінің екі айдаршығының", ""),
                       ("", "плато {f} большеберцовой кости (Schatzker II)", "S82.1", "{k} үлкен жіліншік сүйегі платосының", " (Schatzker II)")],
    "clavicle": [("", "{f} ключицы в ср/3", "S42.0", "{k} бұғананың орта үштен бірінің", ""),
                 ("", "акромиального конца {f} ключицы", "S42.0", "{k} бұғананың акромиальды ұшының", "")],
}
REGION = {  # genitive region for complaints, ru / kk
    "femoral_neck": ("{m} тазобедренного сустава", "{k} жамбас-сан буыны"), "pertrochanteric": ("{m} тазобедренного сустава", "{k} жамбас-сан буыны"),
    "hip_oa": ("{m} тазобедренного сустава", "{k} жамбас-сан буыны"), "femoral_shaft": ("{m} бедра", "{k} сан"),
    "distal_radius": ("{m} лучезапястного сустава", "{k} білезік буыны"), "ankle": ("{m} голеностопного сустава", "{k} сирақ-табан буыны"),
    "tibial_shaft": ("{f} голени", "{k} сирақ"), "proximal_humerus": ("{m} плечевого сустава", "{k} иық буыны"),
    "patella": ("{m} коленного сустава", "{k} тізе буыны"), "radial_head": ("{m} локтевого сустава", "{k} шынтақ буыны"),
    "humeral_shaft": ("{m} плеча", "{k} иық"), "tibial_plateau": ("{m} коленного сустава", "{k} тізе буыны"),
    "clavicle": ("{f} ключицы", "{k} бұғана"), "knee_oa": ("{m} коленного сустава", "{k} тізе буыны"),
    "acl": ("{m} коленного сустава", "{k} тізе буыны"), "meniscus": ("{m} коленного сустава", "{k} тізе буыны"),
}
AO_GROUP = {"femoral_neck": "31-B", "pertrochanteric": "31-A", "femoral_shaft": "32-", "distal_radius": "23-", "ankle": "44-",
            "tibial_shaft": "42-", "proximal_humerus": "11-", "patella": "34-", "radial_head": "21-", "humeral_shaft": "12-",
            "tibial_plateau": "41-", "clavicle": "15-"}

# ---------------------------------------------------------------- treatment variants
# key -> (procedure, implants, anaesthesia pool, kind)
OPS = {
    "tha_dp": ("total_hip_arthroplasty", ["эндопротез DePuy Pinnacle", "эндопротез DePuy Corail"], "leg", "op"),
    "tha_zim": ("total_hip_arthroplasty", ["эндопротез Zimmer"], "leg", "op"),
    "rev_fn": ("total_hip_arthroplasty", ["эндопротез Zimmer"], "leg", "op"),
    "cann_fn": ("cannulated_screws", ["канюлированные винты Synthes"], "leg", "op"),
    "hemi": (None, [], "leg", "op"),
    "pfna": ("intramedullary_nailing", ["интрамедуллярный штифт PFNA"], "leg", "op"),
    "gamma": ("intramedullary_nailing", ["штифт Gamma3"], "leg", "op"),
    "dhs": ("plate_osteosynthesis", [], "leg", "op"),
    "imn_chm": ("intramedullary_nailing", ["интрамедуллярный штифт ChM"], "any", "op"),
    "imn_staged": ("intramedullary_nailing", ["интрамедуллярный штифт ChM"], "leg", "op"),
    "plate_lcp": ("plate_osteosynthesis", ["пластина LCP"], "any", "op"),
    "ilizarov": ("external_fixation", ["аппарат Илизарова"], "any", "op"),
    "aptus": ("plate_osteosynthesis", ["пластина APTUS"], "arm", "op"),
    "kwire": (None, ["спицы Киршнера"], "arm", "op"),
    "avf_k": ("external_fixation", ["спицы Киршнера"], "arm", "op"),
    "rev_dr": ("plate_osteosynthesis", ["пластина LCP"], "arm", "op"),
    "ank_synd": ("plate_osteosynthesis", ["пластина LCP 1/3 трубчатая", "позиционный винт"], "leg", "op"),
    "ank_13": ("plate_osteosynthesis", ["пластина LCP 1/3 трубчатая"], "leg", "op"),
    "tbw_med": ("tension_band_wiring", ["спицы Киршнера", "серкляжная проволока"], "leg", "op"),
    "tbw_pat": ("tension_band_wiring", ["спицы Киршнера", "серкляжная проволока"], "leg", "op"),
    "tbw_clav": ("tension_band_wiring", ["спицы Киршнера", "серкляжная проволока"], "arm", "op"),
    "cann_pat": ("cannulated_screws", ["канюлированные винты Synthes"], "leg", "op"),
    "cann_rh": ("cannulated_screws", ["канюлированные винты Synthes"], "arm", "op"),
    "cann_tp": ("cannulated_screws", ["канюлированные винты Synthes"], "leg", "op"),
    "philos": ("plate_osteosynthesis", ["пластина PHILOS"], "arm", "op"),
    "resect_rh": (None, [], "arm", "op"),
    "tka_nex": ("total_knee_arthroplasty", ["эндопротез Zimmer NexGen"], "leg", "op"),
    "tka_gen": ("total_knee_arthroplasty", ["эндопротез Smith & Nephew Genesis II"], "leg", "op"),
    "tka_att": ("total_knee_arthroplasty", ["эндопротез DePuy Attune"], "leg", "op"),
    "acl_ae": ("acl_reconstruction", ["интерферентный винт Arthrex", "фиксатор EndoButton"], "leg", "op"),
    "acl_a": ("acl_reconstruction", ["интерферентный винт Arthrex"], "leg", "op"),
    "pmx": ("partial_meniscectomy", [], "leg", "op"),
    "msut": (None, [], "leg", "op"),
    "cons": (None, None, None, "cons"),
    "planned": (None, None, None, "planned"),
}
VARIANTS = {
    "femoral_neck": ["tha_dp", "cann_fn", "hemi", "rev_fn", "tha_dp", "cann_fn"],
    "pertrochanteric": ["pfna", "gamma", "dhs", "pfna", "gamma", "plate_lcp"],
    "femoral_shaft": ["imn_chm", "plate_lcp", "ilizarov", "imn_staged"],
    "distal_radius": ["aptus", "kwire", "cons", "avf_k", "rev_dr", "aptus"],
    "ankle": ["ank_synd", "tbw_med", "cons", "ank_13"],
    "tibial_shaft": ["imn_chm", "ilizarov", "plate_lcp", "imn_staged", "cons", "ilizarov"],
    "proximal_humerus": ["philos", "cons", "kwire", "philos", "imn_chm", "cons"],
    "patella": ["tbw_pat", "cons", "cann_pat", "tbw_pat"],
    "radial_head": ["plate_lcp", "cann_rh", "resect_rh", "cons", "cann_rh", "cons"],
    "humeral_shaft": ["imn_chm", "plate_lcp", "cons", "ilizarov", "plate_lcp", "imn_chm"],
    "tibial_plateau": ["plate_lcp", "cann_tp", "ilizarov", "plate_lcp", "cann_tp", "plate_lcp"],
    "clavicle": ["plate_lcp", "cons", "tbw_clav", "plate_lcp"],
    "hip_oa": ["tha_dp", "tha_zim", "planned", "tha_dp"],
    "knee_oa": ["tka_nex", "tka_gen", "tka_att", "planned"],
    "acl": ["acl_ae", "acl_a", "planned", "acl_ae"],
    "meniscus": ["pmx", "msut", "pmx", "pmx"],
}

# ---------------------------------------------------------------- names etc.
M_FIRST = ["Ерлан", "Нурлан", "Айдос", "Бауыржан", "Даурен", "Асхат", "Санжар", "Мирас", "Сергей", "Виктор", "Тимур", "Ержан", "Олжас", "Андрей"]
F_FIRST = ["Айгуль", "Гульнара", "Динара", "Жанар", "Сауле", "Мадина", "Алия", "Ольга", "Галина", "Татьяна", "Бибигуль", "Камила", "Роза", "Светлана"]
SURN = ["Жумабаев", "Сейтказин", "Оспанов", "Ахметов", "Касымов", "Тулегенов", "Мухамеджанов", "Исмаилов", "Петренко", "Ким",
        "Нуркенов", "Абдрахманов", "Шевченко", "Байжанов", "Сапаров", "Есенов", "Калиев", "Гусев"]
PATR = [("Серикович", "Сериковна"), ("Болатович", "Болатовна"), ("Кайратович", "Кайратовна"), ("Маратович", "Маратовна"),
        ("Николаевич", "Николаевна"), ("Ерланович", "Ерлановна"), ("Амангельдиевич", "Амангельдиевна"), ("Викторович", "Викторовна"),
        ("Бахытович", "Бахытовна"), ("Жаксылыкович", "Жаксылыковна"), ("Серікұлы", "Серікқызы"), ("Болатұлы", "Болатқызы")]
DOCS = ["Ахметов Б.К.", "Сагынбаев Е.Т.", "Ли В.А.", "Тлеубаева Г.М.", "Исабеков Д.С.", "Карпов И.Н.", "Омаров Р.Ж.", "Бекова А.Е."]
CITIES = [("Астана", "Астана"), ("Шымкент", "Шымкент"), ("Қарағанды", "Караганда"), ("Өскемен", "Усть-Каменогорск"),
          ("Павлодар", "Павлодар"), ("Ақтөбе", "Актобе"), ("Тараз", "Тараз"), ("Қостанай", "Костанай")]
STREETS = ["Абай даңғылы / пр. Абая", "Сейфуллин к-сі / ул. Сейфуллина", "Желтоқсан к-сі / ул. Желтоксан", "Төле би к-сі / ул. Толе би",
           "Қабанбай батыр к-сі / ул. Кабанбай батыра", "Гоголь к-сі / ул. Гоголя"]
STREETS_RU = ["ул. Жандосова", "мкр. Аксай-4", "ул. Сатпаева", "пр. Райымбека", "ул. Розыбакиева", "мкр. Самал-2", "ул. Тимирязева"]


def surname(base, female):
    if not female:
        return base
    if base.endswith(("ов", "ев", "ин")):
        return base + "а"
    return base


def patronymic(base, female):
    return base[1] if female else base[0]


def iin(dob, female):
    y, m, d = dob
    cent = (5 if y >= 2000 else 3) + (1 if female else 0)
    while True:
        digits = [int(c) for c in f"{y % 100:02d}{m:02d}{d:02d}{cent}"] + [R.randrange(10) for _ in range(4)]
        s = sum(w * x for w, x in zip(range(1, 12), digits)) % 11
        if s == 10:
            s = sum(w * x for w, x in zip([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2], digits)) % 11
            if s == 10:
                continue
        return "".join(map(str, digits)) + str(s)


def date_str(d):
    return f"{d[2]:02d}.{d[1]:02d}.{d[0]}"


def add_days(d, n):
    x = datetime.date(*d) + datetime.timedelta(days=n)
    return (x.year, x.month, x.day)


def code_text(code, ctx):
    """ICD code as written: about 40 % with a Cyrillic look-alike first letter."""
    if chance(0.4) and code[0] in LAT2CYR:
        ctx["meta"].add("lookalike_icd")
        return LAT2CYR[code[0]] + code[1:]
    return code


def ao_text(ao, kk=False):
    seg, typ = ao.split("-")
    cyr = chance(0.5)
    t = LAT2CYR[typ[0]] + typ[1] if cyr else typ
    if kk:
        return pick([f"АО бойынша {seg}-{t} типі", f"AO/OTA {seg}-{t}", f"АО {seg}{t}"])
    return pick([f"АО {seg}-{t}", f"тип {seg}{t} по AO", f"AO/OTA {seg}-{t}", f"по АО — {seg}{t}"])


# ---------------------------------------------------------------- truth sampling
def sample_record(site, vkey, style):
    female = chance(0.5)
    ctx = {"meta": set(), "female": female, "vkey": vkey}
    f = {k: None for k in FIELD_KEYS}
    f["site"] = site
    proc, imps, apool, kind = OPS[vkey]
    ctx["kind"] = kind
    side = pick(["right", "left"]) if chance(0.95) else None
    if site in ("hip_oa", "knee_oa", "acl", "meniscus"):
        side = pick(["right", "left"])
    f["side"] = side
    # age
    if site in ("femoral_neck", "pertrochanteric", "hip_oa", "knee_oa") or vkey in ("hemi",):
        age = R.randint(58, 86)
    elif site in ("acl", "meniscus"):
        age = R.randint(18, 44)
    else:
        age = R.randint(19, 74)
    if vkey == "cann_fn":
        age = R.randint(38, 62)
    ctx["age"] = age
    frac = site in FRACTURE_SITES
    ctx["frac"] = frac
    if site in CONFUSABLE:
        ctx["meta"].add("confusable_site")
    # fracture attributes
    if frac:
        variants = SITE_RU[site]
        if site == "ankle":
            variants = {"ank_synd": [variants[2]], "tbw_med": [variants[3]], "cons": variants[:2], "ank_13": variants[:2]}[vkey]
        if site == "clavicle" and vkey == "tbw_clav":
            variants = [variants[1]]
        ctx["ru_site"] = pick(variants)
        icd = ctx["ru_site"][2]
        if vkey == "rev_fn":
            icd = "M84.1"
            ctx["meta"].add("revision:femoral_neck_nonunion_to_tha")
        if vkey == "rev_dr":
            ctx["meta"].add("revision:distal_radius_secondary_displacement_to_plate")
        ctx["icd_primary"] = icd
        high = vkey in ("ilizarov", "imn_staged", "avf_k")
        r = R.random()
        if vkey in ("hemi", "cann_fn", "rev_fn", "pfna", "gamma", "dhs"):
            f["fracture_open"] = False if r < 0.7 else None
        elif high:
            f["fracture_open"] = True if r < 0.55 else (False if r < 0.8 else None)
        else:
            f["fracture_open"] = False if r < 0.62 else (True if r < 0.72 else None)
        r = R.random()
        if kind == "cons":
            f["fracture_displaced"] = False if r < 0.5 else (True if r < 0.75 else None)
        elif vkey in ("rev_fn", "rev_dr"):
            f["fracture_displaced"] = True
        elif vkey in ("cann_fn", "cann_tp", "cann_rh"):
            f["fracture_displaced"] = False if r < 0.35 else (True if r < 0.75 else None)
        else:
            f["fracture_displaced"] = True if r < 0.72 else None
        ru_adj = ctx["ru_site"][0]
        if vkey in ("avf_k", "ilizarov", "philos") or site == "tibial_plateau" and ("обоих" in ctx["ru_site"][1]):
            f["fracture_comminuted"] = chance(0.7)
        elif ru_adj in ("субкапитальный", "трансцервикальный"):
            f["fracture_comminuted"] = False
        else:
            f["fracture_comminuted"] = chance(0.38)
        if vkey == "rev_fn":
            f["fracture_comminuted"] = False
            f["fracture_open"] = None
        if chance(0.5) and vkey not in ("rev_fn",):
            grp = AO_GROUP[site]
            if grp.endswith("-"):
                letter = pick(["B", "C"]) if f["fracture_comminuted"] else "A"
                ao = grp + letter + str(R.randint(1, 3))
            else:
                ao = grp + str(R.randint(1, 3))
                if f["fracture_comminuted"] and grp == "31-A":
                    ao = "31-A" + pick(["2", "3"])
            f["ao_ota"] = ao
        if f["fracture_open"]:
            ctx["gustilo"] = pick(["I", "II", "IIIA"]) if chance(0.7) else None
    else:
        if site in ("hip_oa", "knee_oa"):
            ctx["icd_primary"] = "M16.1" if site == "hip_oa" else "M17.1"
            if chance(0.75):
                f["kl_grade"] = pick([2, 3, 3, 4, 4]) if kind != "planned" else pick([2, 3])
            ctx["nfs"] = pick(["I", "II", "II", "III"]) if chance(0.6) else None
        elif site == "acl":
            ctx["chronic"] = chance(0.5)
            ctx["icd_primary"] = "M23.5" if ctx["chronic"] else "S83.5"
        else:
            ctx["chronic"] = vkey != "msut" and chance(0.4)
            ctx["icd_primary"] = "M23.2" if ctx["chronic"] else "S83.2"
    ctx["primary_coded"] = chance(0.85)
    # mechanism
    if site in ("hip_oa", "knee_oa"):
        mech = None
    elif site == "acl":
        mech = pick(["sport", "sport", "sport", "home", None])
    elif site == "meniscus":
        mech = pick(["sport", "home", None])
    elif site in ("femoral_neck", "pertrochanteric"):
        mech = pick(["home", "home", "fall_street", "fall_street", "fall_height", None])
    elif vkey in ("ilizarov", "imn_staged", "avf_k") or site in ("femoral_shaft", "tibial_plateau"):
        mech = pick(["traffic", "traffic", "fall_height", "fall_height", "sport", "fall_street", None])
    else:
        mech = pick(["fall_street", "fall_street", "home", "fall_height", "traffic", "sport", None])
    if vkey in ("rev_fn",):
        mech = None
    f["mechanism"] = mech
    # operation
    if kind == "op":
        f["procedure"] = proc
        f["implants"] = list(imps)
        if proc is None:
            ctx["meta"].add("procedure_outside_list")
        if imps == []:
            ctx["meta"].add("no_catalogue_implant")
        if apool == "arm":
            an = pick(["general", "general", "block", "block", None])
        elif vkey in ("pmx", "msut", "acl_ae", "acl_a"):
            an = pick(["spinal", "spinal", "general", None])
        else:
            an = pick(["spinal", "spinal", "spinal", "general", None])
        if apool == "any" and site in UPPER:
            an = pick(["general", "general", "block", None])
        ctx["anest"] = an
        f["anesthesia"] = an if an in ("spinal", "general") else None
        if an == "block":
            ctx["meta"].add("regional_block_anesthesia")
        big = {"total_hip_arthroplasty": (250, 650), "total_knee_arthroplasty": (200, 500), "intramedullary_nailing": (100, 450)}
        lo, hi = big.get(proc, (50, 300))
        r = R.random()
        if vkey in ("pmx", "msut", "kwire", "acl_a", "acl_ae", "avf_k", "cann_rh"):
            bl = pick(["min", "min", None, "num"])
        else:
            bl = "num" if r < 0.72 else ("min" if r < 0.86 else None)
        if bl == "num":
            f["blood_loss_ml"] = R.randrange(lo, hi + 1, 50)
        ctx["bl"] = bl
        if bl == "min":
            ctx["meta"].add("blood_loss_minimal_no_number")
    else:
        ctx["anest"] = None
        if kind == "cons":
            ctx["meta"].add("conservative")
        else:
            ctx["meta"].add("operation_planned")
    if vkey == "imn_staged":
        ctx["meta"].add("staged_fixation_elsewhere")
    # complaints
    if site in ("hip_oa", "knee_oa"):
        pool = ["pain", "limited_motion", "night_pain"] + (["swelling", "deformity"] if site == "knee_oa" else [])
    elif site == "acl":
        pool = ["pain", "instability", "swelling", "limited_motion"]
    elif site == "meniscus":
        pool = ["pain", "locking", "swelling", "limited_motion"]
    elif site in UPPER:
        pool = ["pain", "swelling", "limited_motion", "deformity"]
    else:
        pool = ["pain", "swelling", "limited_motion", "no_weight_bearing", "deformity"]
    if vkey == "rev_fn":
        pool = ["pain", "limited_motion", "night_pain", "no_weight_bearing"]
    if chance(0.92):
        n = R.randint(1, min(4, len(pool)))
        chosen = ["pain"] + R.sample(pool[1:], n - 1) if chance(0.9) else R.sample(pool, n)
        if site == "acl" and (ctx.get("chronic") or chance(0.6)) and "instability" not in chosen:
            chosen.append("instability")
        if site == "meniscus" and chance(0.7) and "locking" not in chosen:
            chosen.append("locking")
        if site in ("hip_oa", "knee_oa") and chance(0.6) and "night_pain" not in chosen:
            chosen.append("night_pain")
        f["complaints"] = [c for c in COMPLAINTS if c in chosen]
    # rehabilitation & restrictions
    leg = site not in UPPER
    rehab, restr = set(), set()
    if kind == "planned":
        if chance(0.6):
            rehab |= set(R.sample(["lfk", "physio"], R.randint(1, 2)))
    elif leg:
        if chance(0.8):
            rehab.add("lfk")
        if site in ("femoral_neck", "pertrochanteric") or (site == "hip_oa" and chance(0.5)) or (site == "knee_oa" and chance(0.4)):
            rehab.add("walker" if chance(0.65) else "crutches")
        elif kind == "op" or site in ("ankle", "tibial_shaft", "patella"):
            if chance(0.85):
                rehab.add("crutches")
        if chance(0.35):
            rehab.add("physio")
        if chance(0.35):
            rehab.add("isometric")
        if (site in ("knee_oa", "tibial_plateau", "acl") and kind == "op" and chance(0.7)) or (site == "patella" and kind == "op" and chance(0.3)):
            rehab.add("cpm")
        if proc == "total_hip_arthroplasty" or vkey == "hemi":
            if chance(0.85):
                restr.add("hip_precautions")
        if kind == "cons" and site == "patella":
            restr.add("brace")
        if site in ("acl", "tibial_plateau", "patella", "knee_oa") and kind == "op" and chance(0.45):
            restr.add("brace")
        if chance(0.85) and site not in ("meniscus",) or (site == "meniscus" and chance(0.5)):
            restr.add(pick(["no_weight_bearing", "partial_weight_bearing"]) if proc not in ("total_hip_arthroplasty", "total_knee_arthroplasty")
                      else "partial_weight_bearing")
        if site in ("femoral_neck", "hip_oa") and chance(0.15):
            restr.add("no_lifting")
    else:
        if chance(0.75):
            rehab.add("lfk")
        if chance(0.4):
            rehab.add("physio")
        if chance(0.3):
            rehab.add("isometric")
        if kind == "cons":
            if site == "humeral_shaft":
                restr.add("brace")
            elif site != "distal_radius":
                restr.add("sling")
        else:
            if chance(0.55):
                restr.add("sling")
            if site == "humeral_shaft" and chance(0.3):
                restr.add("brace")
        if chance(0.5):
            restr.add("no_lifting")
    if rehab and chance(0.08):
        rehab = set()
    if restr and chance(0.06) and kind != "cons":
        restr = set()
    f["rehabilitation"] = [c for c in REHAB if c in rehab] or None
    f["restrictions"] = [c for c in RESTR if c in restr] or None
    if restr & {"no_weight_bearing", "partial_weight_bearing"} and chance(0.7):
        f["weight_bearing_weeks"] = pick([4, 6, 6, 8, 8, 12])
    if "sling" in restr:
        ctx["sling_weeks"] = pick([2, 3, 4, 6]) if chance(0.7) else None
        if ctx["sling_weeks"]:
            ctx["meta"].add("sling_weeks_not_weight_bearing")
    if chance(0.88):
        f["follow_up_weeks"] = pick([2, 4, 6, 6, 8, 12]) if site not in ("meniscus",) else pick([2, 4, 6])
    # secondary injuries, complications, comorbidities
    ctx["secondary"] = []
    if frac or site in ("acl", "meniscus"):
        if chance(0.33 if mech not in ("traffic", "fall_height") else 0.6):
            pool = ["sgm", "chest", "rib", "knee", "elbow", "face", "lumbar", "hand", "shoulder"]
            if site == "humeral_shaft" and chance(0.5):
                pool = ["radial_nerve"]
            if site in ("tibial_plateau", "patella", "acl", "meniscus"):
                pool = [p for p in pool if p != "knee"] + ["ankle_c"]
            for key in R.sample(pool, 1 if chance(0.7) else min(2, len(pool))):
                sside = side if key == "radial_nerve" else (OPP[side] if chance(0.7) else side)
                ctx["secondary"].append((key, sside, chance(0.7)))
            ctx["meta"].add("secondary_injury")
    ctx["complication"] = None
    if kind == "op" and chance(0.14):
        comp = pick(["dvt", "wound_inf", "hematoma", "necrosis"])
        ctx["complication"] = (comp, chance(0.75))
        ctx["meta"].add("complication:" + comp)
    ctx["comorb"] = []
    pool = ["gb", "dm", "obes", "ihd", "osteop", "copd", "varic"] if age > 45 else ["obes", "gb"]
    if chance(0.55 if age > 45 else 0.15):
        for key in R.sample(pool, R.randint(1, 2)):
            ctx["comorb"].append((key, chance(0.6)))
    # history (earlier injuries / operations) -> phrased later
    ctx["history"] = []
    hp = HISTORY_CONFUSER.get(site, [])
    if hp and chance(0.45):
        ctx["history"].append(pick(hp))
        ctx["meta"].add("history_confusable_site")
    if chance(0.4):
        ctx["history"].append(pick(["clav_plate", "tha_other", "appendect", "arthro_other", "chole"]))
    if vkey == "rev_fn":
        ctx["history"] = [h for h in ctx["history"] if h != "tha_other"]
    ctx["history"] = list(dict.fromkeys(ctx["history"]))
    if any(h in ("clav_plate", "hum_prox_plate", "tib_avf", "dr_plate") for h in ctx["history"]):
        ctx["meta"].add("removed_hardware_history")
    ctx["hist_side"] = OPP[side] if chance(0.75) else (side or "left")
    if {"tha_other", "neck_other", "arthro_other", "clav_plate"} & set(ctx["history"]):
        ctx["hist_side"] = OPP[side]
    if not ctx["history"]:
        ctx["hist_side"] = None
    return f, ctx


HISTORY_CONFUSER = {
    "radial_head": ["dr_cast", "dr_plate"], "distal_radius": ["rh_cons"], "humeral_shaft": ["hum_prox_plate", "hum_prox_cons"],
    "proximal_humerus": ["hum_shaft_cons"], "tibial_plateau": ["tib_avf"], "tibial_shaft": ["arthro_other", "plateau_screws"],
    "femoral_neck": ["tha_other"], "pertrochanteric": ["neck_other"], "hip_oa": ["tha_other"], "knee_oa": ["arthro_other"],
    "acl": ["arthro_other"], "clavicle": ["hum_prox_cons"], "ankle": ["tib_avf"],
}
HISTORY_RU = {
    "dr_cast": "перелом {f} лучевой кости в типичном месте в {y} г., лечение в гипсовой повязке",
    "dr_plate": "перелом дистального отдела {f} лучевой кости в {y} г., остеосинтез пластиной, металлоконструкция удалена в {y2} г.",
    "rh_cons": "перелом головки {f} лучевой кости в {y} г. (лечение консервативное)",
    "hum_prox_plate": "перелом проксимального отдела {f} плечевой кости в {y} г., накостный остеосинтез, пластина удалена в {y2} г.",
    "hum_prox_cons": "перелом хирургической шейки {f} плечевой кости в {y} г., сросся при консервативном лечении",
    "hum_shaft_cons": "перелом диафиза {f} плечевой кости в {y} г. (лечение консервативное)",
    "tib_avf": "перелом {f} большеберцовой кости в {y} г., лечение в аппарате наружной фиксации, аппарат демонтирован через 4 месяца",
    "plateau_screws": "перелом мыщелка {f} большеберцовой кости в {y} г., остеосинтез винтами, винты удалены в {y2} г.",
    "arthro_other": "артроскопия {m} коленного сустава (резекция мениска) в {y} г.",
    "tha_other": "эндопротезирование {m} тазобедренного сустава в {y} г.",
    "neck_other": "перелом шейки {f} бедренной кости в {y} г., остеосинтез винтами",
    "clav_plate": "остеосинтез {f} ключицы пластиной в {y} г., металлоконструкция удалена в {y2} г.",
    "appendect": "аппендэктомия в {y} г.",
    "chole": "лапароскопическая холецистэктомия в {y} г.",
}
HISTORY_KK = {
    "dr_cast": "{y} ж. {k} кәрі жіліктің типтік жердегі сынығы, гипспен емделген",
    "dr_plate": "{y} ж. {k} кәрі жілік дистальды бөлігінің сынығы, пластинамен остеосинтез, металл конструкция {y2} ж. алынған",
    "rh_cons": "{y} ж. {k} кәрі жілік басының сынығы (консервативті ем)",
    "hum_prox_plate": "{y} ж. {k} тоқпан жілігі проксимальды бөлігінің сынығы, сүйек үсті остеосинтезі, пластина {y2} ж. алынған",
    "hum_prox_cons": "{y} ж. {k} тоқпан жілігі хирургиялық мойнының сынығы, консервативті емделген",
    "hum_shaft_cons": "{y} ж. {k} тоқпан жілігі диафизінің сынығы (консервативті ем)",
    "tib_avf": "{y} ж. {k} үлкен жіліншік сүйегінің сынығы, сыртқы бекіту аппаратымен емделген, аппарат 4 айдан кейін алынған",
    "plateau_screws": "{y} ж. {k} үлкен жіліншік айдаршығының сынығы, бұрандалармен остеосинтез, бұрандалар {y2} ж. алынған",
    "arthro_other": "{y} ж. {k} тізе буынына артроскопия (менискті резекциялау)",
    "tha_other": "{y} ж. {k} жамбас-сан буынын эндопротездеу",
    "neck_other": "{y} ж. {k} сан сүйегі мойнының сынығы, бұрандалармен остеосинтез",
    "clav_plate": "{y} ж. {k} бұғанаға пластинамен остеосинтез, металл конструкция {y2} ж. алынған",
    "appendect": "{y} ж. аппендэктомия",
    "chole": "{y} ж. лапароскопиялық холецистэктомия",
}
SECONDARY = {  # ru, kk, icd
    "sgm": ("сотрясение головного мозга", "ми шайқалуы", "S06.0"),
    "chest": ("ушиб грудной клетки {s}", "{k} кеуде қуысының соғылуы", "S20.2"),
    "rib": ("закрытый перелом VII ребра {s} без смещения", "{k} VII қабырғаның ығысусыз жабық сынығы", "S22.3"),
    "knee": ("ушиб {m} коленного сустава", "{k} тізе буынының соғылуы", "S80.0"),
    "elbow": ("ушиб {m} локтевого сустава", "{k} шынтақ буынының соғылуы", "S50.0"),
    "face": ("ссадины лица", "бет терісінің сыдырылуы", "S00.8"),
    "lumbar": ("ушиб пояснично-крестцовой области", "бел-сегізкөз аймағының соғылуы", "S30.0"),
    "hand": ("ушиб {f} кисти", "{k} қол басының соғылуы", "S60.2"),
    "shoulder": ("ушиб {m} плечевого сустава", "{k} иық буынының соғылуы", "S40.0"),
    "ankle_c": ("ушиб {m} голеностопного сустава", "{k} сирақ-табан буынының соғылуы", "S90.0"),
    "radial_nerve": ("травматическая нейропатия лучевого нерва {s}", "{k} кәрі жілік нервінің жарақаттық нейропатиясы", "S44.2"),
}
COMPLIC = {
    "dvt": ("тромбоз глубоких вен {f} голени", "{k} сирақтың терең веналарының тромбозы", "I80.2"),
    "wound_inf": ("поверхностное нагноение послеоперационной раны", "ота жарасының үстіңгі іріңдеуі", "T81.4"),
    "hematoma": ("гематома послеоперационной раны", "ота жарасының гематомасы", "T81.0"),
    "necrosis": ("краевой некроз кожи по краю послеоперационной раны", "ота жарасы жиегіндегі терінің шеткі некрозы", "T81.8"),
}
COMORB = {
    "gb": ("гипертоническая болезнь II ст., риск 3", "гипертониялық ауру II дәрежесі, 3-қауіп", "I11.9"),
    "dm": ("сахарный диабет 2 типа, субкомпенсация", "қант диабеті, 2 типі, субкомпенсация", "E11.9"),
    "obes": ("ожирение II ст.", "II дәрежелі семіздік", "E66.0"),
    "ihd": ("ИБС, стенокардия напряжения ФК II", "ЖИА, күш түсу стенокардиясы ФК II", "I20.8"),
    "osteop": ("системный остеопороз", "жүйелі остеопороз", "M81.0"),
    "copd": ("ХОБЛ II ст., ремиссия", "ӨСОА II дәрежесі, ремиссия", "J44.9"),
    "varic": ("варикозная болезнь вен нижних конечностей", "аяқ веналарының варикоздық ауруы", "I83.9"),
}


# ---------------------------------------------------------------- phrase helpers (ru / kk)
def fill(t, side):
    d = sw(side)
    return clean(t.format(f=d["f"], m=d["m"], s=d["s"], k=d["k"]))


def diag_ru(f, ctx):
    site, side = f["site"], f["side"]
    d = sw(side)
    if ctx["frac"]:
        adj, tail = ctx["ru_site"][:2]
        parts = []
        if ctx["vkey"] == "rev_fn":
            s = f"несросшийся перелом шейки {d['f']} бедренной кости со смещением отломков"
            return clean(s)
        if f["fracture_open"] is True:
            parts.append("открытый")
        elif f["fracture_open"] is False:
            parts.append("закрытый")
        if f["fracture_comminuted"]:
            parts.append(pick(["оскольчатый", "многооскольчатый"]))
        elif chance(0.3) and site in ("femoral_shaft", "tibial_shaft", "humeral_shaft", "clavicle", "patella"):
            parts.append(pick(["поперечный", "косой", "винтообразный"]))
        if adj:
            parts.append(adj)
        s = " ".join(parts + ["перелом", tail.format(**d)])
        if ctx["vkey"] == "rev_dr":
            s = f"{s} со вторичным смещением отломков"
        elif f["fracture_displaced"] is True:
            s += " " + pick(["со смещением отломков", "со смещением"])
        elif f["fracture_displaced"] is False:
            s += " " + pick(["без смещения отломков", "без смещения"])
        if f["fracture_open"] and ctx.get("gustilo"):
            s += f" (Gustilo {ctx['gustilo']})"
        return clean(s)
    if site == "hip_oa":
        s = pick([f"{d['adj'].lower()} первичный коксартроз", f"деформирующий остеоартроз {d['m']} тазобедренного сустава"])
        if f["kl_grade"]:
            s += " " + ["I", "II", "III", "IV"][f["kl_grade"] - 1] + pick([" ст.", " ст. (Kellgren–Lawrence)", " стадии по Келлгрену–Лоуренсу"])
        if ctx.get("nfs"):
            s += f", НФС {ctx['nfs']} ст."
        return clean(s)
    if site == "knee_oa":
        s = pick([f"гонартроз {d['m']} коленного сустава", f"{d['adj'].lower()} первичный гонартроз, варусная деформация"])
        if f["kl_grade"]:
            s += " " + ["I", "II", "III", "IV"][f["kl_grade"] - 1] + pick([" ст.", " ст. по Kellgren–Lawrence", " рентгенологической стадии (Kellgren)"])
        if ctx.get("nfs"):
            s += f", НФС {ctx['nfs']} ст."
        return clean(s)
    if site == "acl":
        if ctx["chronic"]:
            return clean(f"застарелый разрыв передней крестообразной связки {d['m']} коленного сустава, хроническая передняя нестабильность")
        return clean(pick([f"разрыв передней крестообразной связки {d['m']} коленного сустава",
                           f"полный разрыв ПКС {d['m']} коленного сустава"]))
    if ctx["vkey"] == "msut":
        return clean(f"паракапсулярный разрыв медиального мениска {d['m']} коленного сустава")
    return clean(pick([f"разрыв заднего рога медиального мениска {d['m']} коленного сустава",
                       f"{'застарелый ' if ctx['chronic'] else ''}разрыв заднего рога внутреннего мениска {d['m']} коленного сустава"]))


def diag_kk(f, ctx):
    site, side = f["site"], f["side"]
    k = sw(side)["k"]
    if ctx["frac"]:
        if ctx["vkey"] == "rev_fn":
            return clean(f"{k} сан сүйегі мойнының бітпеген сынығы, сынықтардың ығысуымен")
        parts = [ctx["ru_site"][3].format(k=k)]
        if f["fracture_open"] is True:
            parts.append("ашық")
        elif f["fracture_open"] is False:
            parts.append("жабық")
        if f["fracture_comminuted"]:
            parts.append(pick(["жаңқалы", "көп жаңқалы"]))
        if ctx["vkey"] == "rev_dr":
            parts.append("екіншілік ығысуы бар")
        elif f["fracture_displaced"] is True:
            parts.append(pick(["ығысуы бар", "ығысқан"]))
        elif f["fracture_displaced"] is False:
            parts.append("ығысусыз")
        s = " ".join(parts) + " сынығы" + ctx["ru_site"][4]
        if f["fracture_open"] and ctx.get("gustilo"):
            s += f" (Gustilo {ctx['gustilo']})"
        return clean(s)
    if site == "hip_oa":
        s = f"{k} жамбас-сан буынының біріншілік коксартрозы"
        if f["kl_grade"]:
            s += ", " + ["I", "II", "III", "IV"][f["kl_grade"] - 1] + pick([" дәрежесі", " сатысы (Kellgren–Lawrence)"])
        if ctx.get("nfs"):
            s += f", БФБ {ctx['nfs']} дәрежесі"
        return clean(s)
    if site == "knee_oa":
        s = f"{k} тізе буынының гонартрозы"
        if f["kl_grade"]:
            s += ", " + ["I", "II", "III", "IV"][f["kl_grade"] - 1] + pick([" дәрежесі", " сатысы (Kellgren–Lawrence)"])
        if ctx.get("nfs"):
            s += f", БФБ {ctx['nfs']} дәрежесі"
        return clean(s)
    if site == "acl":
        if ctx["chronic"]:
            return clean(f"{k} тізе буынының алдыңғы айқаспалы байламының ескі жыртылуы, созылмалы алдыңғы тұрақсыздық")
        return clean(f"{k} тізе буынының алдыңғы айқаспалы байламының (АКБ) толық жыртылуы")
    if ctx["vkey"] == "msut":
        return clean(f"{k} тізе буынының ішкі менискінің паракапсулярлық жыртылуы")
    return clean(f"{k} тізе буынының ішкі менискінің артқы мүйізінің жыртылуы")


OP_RU = {
    "tha_dp": ["тотальное эндопротезирование {m} тазобедренного сустава бесцементным эндопротезом DePuy (чашка Pinnacle, ножка Corail)",
               "ТЭП {m} ТБС эндопротезом DePuy Pinnacle / Corail"],
    "tha_zim": ["тотальное эндопротезирование {m} тазобедренного сустава эндопротезом Zimmer", "ТЭТС {s} бесцементным эндопротезом Zimmer"],
    "rev_fn": ["удаление винтов, тотальное эндопротезирование {m} тазобедренного сустава эндопротезом Zimmer"],
    "cann_fn": ["закрытая репозиция, остеосинтез шейки {f} бедренной кости тремя канюлированными винтами Synthes"],
    "hemi": ["однополюсное цементное эндопротезирование {m} тазобедренного сустава (гемиартропластика)"],
    "pfna": ["закрытая репозиция, БИОС {f} бедренной кости проксимальным штифтом PFNA", "интрамедуллярный остеосинтез {f} бедренной кости штифтом PFNA"],
    "gamma": ["закрытая репозиция, интрамедуллярный остеосинтез {f} бедренной кости штифтом Gamma3"],
    "dhs": ["открытая репозиция, остеосинтез {f} бедренной кости динамическим бедренным винтом DHS с накостной пластиной"],
    "imn_chm": ["закрытый БИОС {bone} интрамедуллярным штифтом ChM", "блокируемый интрамедуллярный остеосинтез {bone} штифтом ChM"],
    "imn_staged": ["демонтаж аппарата наружной фиксации, закрытый БИОС {bone} интрамедуллярным штифтом ChM"],
    "plate_lcp": ["открытая репозиция, МОС {bone} пластиной LCP", "накостный остеосинтез {bone} пластиной LCP"],
    "ilizarov": ["ЧКДО {bone} аппаратом Илизарова", "чрескостный остеосинтез {bone} аппаратом Илизарова"],
    "aptus": ["открытая репозиция, МОС {f} лучевой кости пластиной APTUS с угловой стабильностью", "остеосинтез {f} лучевой кости ладонной пластиной APTUS"],
    "kwire": ["закрытая репозиция, чрескожная фиксация {bone} спицами Киршнера"],
    "avf_k": ["закрытая репозиция, наложение стержневого АВФ на {f} лучевую кость с дополнительной фиксацией спицами Киршнера"],
    "rev_dr": ["открытая репозиция, МОС {f} лучевой кости пластиной LCP"],
    "ank_synd": ["открытая репозиция, МОС наружной лодыжки {f} голени пластиной LCP 1/3 трубчатая, фиксация синдесмоза позиционным винтом"],
    "ank_13": ["открытая репозиция, остеосинтез наружной лодыжки пластиной LCP 1/3 трубчатая, медиальной лодыжки — винтом"],
    "tbw_med": ["открытая репозиция, остеосинтез медиальной лодыжки {f} голени по Веберу спицами Киршнера и серкляжной проволокой"],
    "tbw_pat": ["открытая репозиция, остеосинтез {m} надколенника по Веберу (две спицы Киршнера, серкляжная проволока)"],
    "tbw_clav": ["открытая репозиция, остеосинтез акромиального конца {f} ключицы спицами Киршнера и серкляжной проволокой"],
    "cann_pat": ["открытая репозиция, остеосинтез {m} надколенника двумя канюлированными винтами Synthes"],
    "cann_rh": ["открытая репозиция, остеосинтез головки {f} лучевой кости канюлированными винтами Synthes"],
    "cann_tp": ["закрытая репозиция под ЭОП-контролем, остеосинтез мыщелка {f} большеберцовой кости канюлированными винтами Synthes"],
    "philos": ["открытая репозиция, МОС {f} плечевой кости пластиной PHILOS"],
    "resect_rh": ["резекция головки {f} лучевой кости"],
    "tka_nex": ["тотальное эндопротезирование {m} коленного сустава эндопротезом Zimmer NexGen"],
    "tka_gen": ["тотальное эндопротезирование {m} коленного сустава эндопротезом Smith & Nephew Genesis II"],
    "tka_att": ["ТЭП {m} коленного сустава эндопротезом DePuy Attune"],
    "acl_ae": ["артроскопическая пластика ПКС {m} коленного сустава аутотрансплантатом из сухожилий полусухожильной и нежной мышц, фиксация фиксатором EndoButton на бедре и интерферентным винтом Arthrex в б/берцовом канале"],
    "acl_a": ["артроскопическая реконструкция ПКС {m} коленного сустава аутотрансплантатом из связки надколенника (BTB), фиксация интерферентными винтами Arthrex"],
    "pmx": ["артроскопия {m} коленного сустава, парциальная резекция заднего рога медиального мениска", "артроскопическая парциальная менискэктомия {m} коленного сустава"],
    "msut": ["артроскопия {m} коленного сустава, шов медиального мениска по методике all-inside"],
}
OP_KK = {
    "tha_dp": ["{k} жамбас-сан буынын DePuy цементсіз эндопротезімен (Pinnacle ұяшығы, Corail аяқшасы) толық эндопротездеу"],
    "tha_zim": ["{k} жамбас-сан буынын Zimmer эндопротезімен толық эндопротездеу"],
    "rev_fn": ["бұрандаларды алу, {k} жамбас-сан буынын Zimmer эндопротезімен толық эндопротездеу"],
    "cann_fn": ["жабық репозиция, {k} сан сүйегі мойнын үш Synthes канюлирленген бұрандасымен остеосинтездеу"],
    "hemi": ["{k} жамбас-сан буынын бір полюсті цементті эндопротездеу (гемиартропластика)"],
    "pfna": ["жабық репозиция, {k} сан сүйегін PFNA штифтімен интрамедуллярлы остеосинтездеу"],
    "gamma": ["жабық репозиция, {k} сан сүйегін Gamma3 штифтімен интрамедуллярлы остеосинтездеу"],
    "dhs": ["ашық репозиция, {k} сан сүйегін DHS динамикалық бұрандасы мен пластинамен остеосинтездеу"],
    "imn_chm": ["{bone_kk} ChM интрамедуллярлы штифтімен жабық бітелетін остеосинтездеу (БИОС)"],
    "imn_staged": ["сыртқы бекіту аппаратын алу, {bone_kk} ChM интрамедуллярлы штифтімен жабық остеосинтездеу"],
    "plate_lcp": ["ашық репозиция, {bone_kk} LCP пластинасымен сүйек үсті остеосинтездеу (МОС)"],
    "ilizarov": ["{bone_kk} Илизаров аппаратымен сүйек арқылы остеосинтездеу (ЧКДО)"],
    "aptus": ["ашық репозиция, {k} кәрі жілікті APTUS пластинасымен остеосинтездеу"],
    "kwire": ["жабық репозиция, {bone_kk} Киршнер спицаларымен тері арқылы бекіту"],
    "avf_k": ["жабық репозиция, {k} кәрі жілікке өзекті сыртқы бекіту аппаратын (АВФ) салу, Киршнер спицаларымен қосымша бекіту"],
    "rev_dr": ["ашық репозиция, {k} кәрі жілікті LCP пластинасымен остеосинтездеу"],
    "ank_synd": ["ашық репозиция, сыртқы тобықты LCP 1/3 түтікше пластинасымен (LCP 1/3 трубчатая) МОС, синдесмозды позициялық бұрандамен бекіту"],
    "ank_13": ["ашық репозиция, сыртқы тобықты LCP 1/3 трубчатая пластинасымен, ішкі тобықты бұрандамен остеосинтездеу"],
    "tbw_med": ["ашық репозиция, ішкі тобықты Вебер бойынша Киршнер спицаларымен және серкляж сымымен остеосинтездеу"],
    "tbw_pat": ["ашық репозиция, {k} тізе тостағаншасын Вебер бойынша Киршнер спицаларымен және серкляж сымымен остеосинтездеу"],
    "tbw_clav": ["ашық репозиция, {k} бұғананың акромиальды ұшын Киршнер спицаларымен және серкляж сымымен остеосинтездеу"],
    "cann_pat": ["ашық репозиция, {k} тізе тостағаншасын екі Synthes канюлирленген бұрандасымен остеосинтездеу"],
    "cann_rh": ["ашық репозиция, {k} кәрі жілік басын Synthes канюлирленген бұрандаларымен остеосинтездеу"],
    "cann_tp": ["ЭОП бақылауымен жабық репозиция, {k} үлкен жіліншік айдаршығын Synthes канюлирленген бұрандаларымен остеосинтездеу"],
    "philos": ["ашық репозиция, {k} тоқпан жілігін PHILOS пластинасымен остеосинтездеу"],
    "resect_rh": ["{k} кәрі жілік басының резекциясы"],
    "tka_nex": ["{k} тізе буынын Zimmer NexGen эндопротезімен толық эндопротездеу"],
    "tka_gen": ["{k} тізе буынын Smith & Nephew Genesis II эндопротезімен толық эндопротездеу"],
    "tka_att": ["{k} тізе буынын DePuy Attune эндопротезімен толық эндопротездеу"],
    "acl_ae": ["{k} тізе буынының АКБ артроскопиялық пластикасы (жартылай сіңірлі және нәзік бұлшықет сіңірлерінен аутотрансплантат), EndoButton бекіткіші мен Arthrex интерференттік бұрандасымен бекіту"],
    "acl_a": ["{k} тізе буынының АКБ артроскопиялық реконструкциясы (BTB аутотрансплантаты), Arthrex интерференттік бұрандаларымен бекіту"],
    "pmx": ["{k} тізе буынының артроскопиясы, ішкі менискінің артқы мүйізін жартылай резекциялау (парциалды менискэктомия)"],
    "msut": ["{k} тізе буынының артроскопиясы, ішкі менискті all-inside әдісімен тігу"],
}
BONE_RU = {"femoral_shaft": "{f} бедренной кости", "tibial_shaft": "{f} большеберцовой кости", "humeral_shaft": "{f} плечевой кости",
           "tibial_plateau": "{f} большеберцовой кости", "clavicle": "{f} ключицы", "radial_head": "головки {f} лучевой кости",
           "proximal_humerus": "{f} плечевой кости", "distal_radius": "{f} лучевой кости", "pertrochanteric": "{f} бедренной кости"}
BONE_KK = {"femoral_shaft": "{k} сан сүйегін", "tibial_shaft": "{k} үлкен жіліншік сүйегін", "humeral_shaft": "{k} тоқпан жілігін",
           "tibial_plateau": "{k} үлкен жіліншік сүйегін", "clavicle": "{k} бұғананы", "radial_head": "{k} кәрі жілік басын",
           "proximal_humerus": "{k} тоқпан жілігін", "distal_radius": "{k} кәрі жілікті", "pertrochanteric": "{k} сан сүйегін"}
IMPL_ROWS = {  # (name as written, size, qty)
    "tha_dp": [("Ацетабулярный компонент DePuy Pinnacle", "52 мм", "1"), ("Бедренный компонент DePuy Corail", "№ 11", "1")],
    "tha_zim": [("Эндопротез тазобедренного сустава Zimmer, бесцементный", "чашка 54 мм / ножка № 5", "1")],
    "rev_fn": [("Эндопротез тазобедренного сустава Zimmer", "чашка 50 мм / ножка № 4", "1")],
    "cann_fn": [("Канюлированные винты Synthes 7,3 мм", "95 / 100 мм", "3")],
    "pfna": [("Штифт PFNA", "240 мм, 130°", "1")], "gamma": [("Штифт Gamma3", "180 мм, 125°", "1")],
    "imn_chm": [("Интрамедуллярный штифт ChM", "10 × 360 мм", "1")], "imn_staged": [("Интрамедуллярный штифт ChM", "9 × 330 мм", "1")],
    "plate_lcp": [("Пластина LCP", "8 отв.", "1")], "rev_dr": [("Пластина LCP дистальная лучевая", "5 отв.", "1")],
    "ilizarov": [("Аппарат Илизарова", "4 кольца", "1")], "aptus": [("Пластина APTUS ладонная", "3 отв.", "1")],
    "kwire": [("Спицы Киршнера", "1,8 мм", "3")], "avf_k": [("Спицы Киршнера", "1,6 мм", "2")],
    "ank_synd": [("Пластина LCP 1/3 трубчатая", "6 отв.", "1"), ("Позиционный винт", "3,5 × 45 мм", "1")],
    "ank_13": [("Пластина LCP 1/3 трубчатая", "7 отв.", "1")],
    "tbw_med": [("Спицы Киршнера", "1,8 мм", "2"), ("Серкляжная проволока", "1,0 мм", "1")],
    "tbw_pat": [("Спицы Киршнера", "2,0 мм", "2"), ("Серкляжная проволока", "1,2 мм", "1")],
    "tbw_clav": [("Спицы Киршнера", "2,0 мм", "2"), ("Серкляжная проволока", "1,0 мм", "1")],
    "cann_pat": [("Канюлированные винты Synthes 4,0 мм", "40 мм", "2")], "cann_rh": [("Канюлированные винты Synthes 2,4 мм", "24 мм", "2")],
    "cann_tp": [("Канюлированные винты Synthes 6,5 мм", "80 мм", "3")], "philos": [("Пластина PHILOS", "3 отв.", "1")],
    "tka_nex": [("Эндопротез коленного сустава Zimmer NexGen", "бедро E / б/берцовый 4", "1")],
    "tka_gen": [("Эндопротез коленного сустава Smith & Nephew Genesis II", "бедро 5 / плато 4", "1")],
    "tka_att": [("Эндопротез коленного сустава DePuy Attune", "бедро 6 / б/берцовый 5", "1")],
    "acl_ae": [("Фиксатор EndoButton", "20 мм", "1"), ("Интерферентный винт Arthrex", "8 × 25 мм", "1")],
    "acl_a": [("Интерферентный винт Arthrex", "9 × 23 мм", "2")],
}
ANEST_RU = {"spinal": ["спинномозговая анестезия", "СМА", "спинальная анестезия", "субарахноидальная анестезия"],
            "general": ["эндотрахеальный наркоз", "ЭТН", "общая анестезия (ЭТН)", "комбинированный эндотрахеальный наркоз"],
            "block": ["блокада плечевого сплетения", "проводниковая анестезия (блокада плечевого сплетения)"]}
ANEST_RU_POD = {"spinal": ["под спинномозговой анестезией", "под СМА", "под спинальной анестезией", "в условиях субарахноидальной анестезии"],
                "general": ["под эндотрахеальным наркозом", "под ЭТН", "под общей анестезией (ЭТН)"],
                "block": ["под блокадой плечевого сплетения", "под проводниковой анестезией (блокада плечевого сплетения)"]}
ANEST_KK = {"spinal": ["жұлын-ми анестезиясы", "субарахноидальды анестезия", "спинальды анестезия"],
            "general": ["жалпы анестезия (ЭТН)", "эндотрахеалды наркоз"], "block": ["иық өрімінің блокадасы"]}
COMPL_RU = {"pain": ["боль в области {r}", "выраженные боли в области {r}"], "swelling": ["отёк {r}", "отёчность"],
            "limited_motion": ["ограничение движений", "ограничение объёма движений в суставе"],
            "no_weight_bearing": ["невозможность опоры на ногу", "невозможность ходьбы"], "deformity": ["деформацию {r}", "видимую деформацию"],
            "instability": ["ощущение неустойчивости в колене", "эпизоды «подкашивания» коленного сустава"],
            "locking": ["периодические блокады коленного сустава", "эпизоды заклинивания сустава"], "night_pain": ["ночные боли", "боли по ночам"]}
COMPL_KK = {"pain": ["{r} аймағындағы ауырсыну", "{r} аймағында қатты ауырсыну"], "swelling": ["ісіну", "{r} аймағының ісінуі"],
            "limited_motion": ["қимылдың шектелуі", "буындағы қозғалыстың шектелуі"], "no_weight_bearing": ["аяққа тірек ете алмау", "жүре алмау"],
            "deformity": ["{r} аймағының деформациясы"], "instability": ["тізенің тұрақсыздығы, «тайып кету» сезімі"],
            "locking": ["буынның мезгіл-мезгіл бітелуі (блокада)"], "night_pain": ["түнгі ауырсыну"]}
MECH_RU = {
    "fall_street": ["на улице [поскользнулся|поскользнулась] и [упал|упала] с высоты собственного роста", "[упал|упала] на улице, запнувшись о бордюр",
                    "на гололёде у подъезда [упал|упала] с высоты собственного роста"],
    "home": ["дома [упал|упала], запнувшись о ковёр", "[упал|упала] в ванной комнате с высоты собственного роста", "дома [поскользнулся|поскользнулась] на мокром полу"],
    "fall_height": ["дома [упал|упала] со стремянки (около 1,5 м)", "[упал|упала] с крыши частного дома (высота около 3 м)",
                    "[упал|упала] с балкона второго этажа", "на стройке [упал|упала] со строительных лесов"],
    "traffic": ["[пострадал|пострадала] в ДТП ([водитель|пассажир] легкового автомобиля)", "[был сбит|была сбита] автомобилем на пешеходном переходе",
                "при столкновении мотоцикла с автомобилем [упал|упала] на асфальт"],
    "sport": ["[травмировался|травмировалась] во время игры в футбол", "[упал|упала] на горнолыжном склоне", "[получил|получила] травму на тренировке по борьбе",
              "неудачно [приземлился|приземлилась] после прыжка при игре в волейбол"],
}
MECH_KK = {
    "fall_street": ["көшеде тайып, өз бойы биіктігінен құлаған", "көшеде жиек тасқа сүрініп құлаған"],
    "home": ["үйде кілемге сүрініп құлаған", "үйде жуынатын бөлмеде тайып құлаған"],
    "fall_height": ["үйде стремянкадан (сатыдан) құлаған", "жеке үйдің шатырынан (3 м) құлаған", "құрылыста ормандардан құлаған"],
    "traffic": ["жол-көлік оқиғасына (ЖКО) түскен", "жаяу жүргіншілер өткелінде көлік қағып кеткен"],
    "sport": ["футбол ойнау кезінде жарақат алған", "тау шаңғысымен сырғанау кезінде құлаған", "күрес жаттығуында жарақат алған"],
}
REHAB_RU = {"lfk": ["ЛФК", "лечебная физкультура", "занятия ЛФК"], "crutches": ["ходьба на костылях", "передвижение при помощи костылей"],
            "walker": ["ходьба с ходунками", "передвижение с ходунками"], "cpm": ["разработка движений на аппарате CPM", "CPM-терапия"],
            "physio": ["ФТЛ", "физиолечение (магнитотерапия)", "курс физиотерапии"],
            "isometric": ["изометрическая гимнастика мышц конечности", "изометрические упражнения"]}
REHAB_KK = {"lfk": ["ЕДШ (емдік дене шынықтыру)", "емдік дене шынықтыру", "ЛФК"], "crutches": ["балдақпен жүру", "балдақтың көмегімен жүру"],
            "walker": ["ходунки көмегімен жүру"], "cpm": ["CPM аппаратында пассивті қимылдар"], "physio": ["физиоем", "ФТЛ (физиоем)"],
            "isometric": ["изометриялық жаттығулар"]}
LIMB_RU = {True: "оперированную ногу", False: "ногу"}


def restr_ru(code, weeks, ctx, leg_op, crutch=False):
    wk = ""
    if weeks:
        wk = " " + pick([f"в течение {nedel(weeks)}", f"{weeks} нед.", {4: "1 мес", 6: "1,5 мес", 8: "2 мес", 12: "3 мес"}[weeks]])
    if crutch and code == "no_weight_bearing":
        return pick([f"ходьба на костылях без нагрузки на {LIMB_RU[leg_op]}{wk}", f"передвижение на костылях; не наступать на {LIMB_RU[leg_op]}{wk}"])
    if crutch and code == "partial_weight_bearing":
        return pick([f"ходьба на костылях с дозированной нагрузкой на ногу{wk}", f"ходьба при помощи костылей, частичная нагрузка на конечность{wk}"])
    if code == "no_weight_bearing":
        return pick([f"ходьба без нагрузки на {LIMB_RU[leg_op]}{wk}", f"не наступать на {LIMB_RU[leg_op]}{wk}", f"исключить осевую нагрузку на конечность{wk}"])
    if code == "partial_weight_bearing":
        return pick([f"дозированная нагрузка на ногу (до 15–20 кг){wk}", f"частичная нагрузка на конечность{wk}"])
    if code == "hip_precautions":
        return pick(["профилактика вывиха эндопротеза: не сгибать ногу в ТБС более 90°, не сидеть на низком, не скрещивать ноги",
                     "соблюдать меры профилактики вывиха эндопротеза"])
    if code == "no_lifting":
        return pick(["не поднимать тяжести более 2–3 кг", "исключить подъём тяжестей"])
    if code == "brace":
        return pick(["ношение ортеза", "ортез с ограничением сгибания", "ношение брейса"])
    if code == "sling":
        sw_ = ctx.get("sling_weeks")
        return "фиксация руки на косынке" + (f" {sw_} нед." if sw_ else "")
    raise KeyError(code)


def restr_kk(code, weeks, ctx):
    wk = ""
    if weeks:
        wk = pick([f"{weeks} апта бойы ", {4: "1 ай бойы ", 6: "1,5 ай бойы ", 8: "2 ай бойы ", 12: "3 ай бойы "}[weeks]])
    if code == "no_weight_bearing":
        return pick([f"{wk}оталған аяққа салмақ түсірмеу", f"{wk}аяққа тірек етпеу"])
    if code == "partial_weight_bearing":
        return pick([f"{wk}аяққа мөлшерлі салмақ түсіру (15–20 кг)", f"{wk}аяққа ішінара салмақ түсіру"])
    if code == "hip_precautions":
        return "эндопротездің шығып кетуінің алдын алу: жамбас буынын 90°-тан артық бүкпеу, аласа орындыққа отырмау"
    if code == "no_lifting":
        return pick(["ауыр заттарды көтермеу", "ауыр көтеруге тыйым салу"])
    if code == "brace":
        return pick(["ортез тағу", "тізе буынына ортез (брейс) тағу"])
    if code == "sling":
        sw_ = ctx.get("sling_weeks")
        return (f"{sw_} апта " if sw_ else "") + "қолды косынкада ұстау"
    raise KeyError(code)


def nedel(n):
    return f"{n} недели" if n in (2, 3, 4) else f"{n} недель"


def follow_ru(n):
    t = pick([nedel(n), f"{n} нед.", {2: "2 нед.", 4: "1 мес", 6: "1,5 мес", 8: "2 мес", 12: "3 мес"}[n]])
    return pick([f"контрольный осмотр с рентгенографией через {t}", f"явка на контроль через {t}", f"повторная консультация в клинике через {t}"])


def follow_kk(n):
    t = pick([f"{n} аптадан", {2: "2 аптадан", 4: "1 айдан", 6: "1,5 айдан", 8: "2 айдан", 12: "3 айдан"}[n]])
    return pick([f"{t} кейін бақылау рентгенографиясы", f"{t} кейін травматологтың қайта қарауы"])


def region(f, kk=False):
    r = REGION[f["site"]][1 if kk else 0]
    return fill(r, f["side"])


def complaints_ru(f):
    if not f["complaints"]:
        return None
    r = region(f)
    items = [pick(COMPL_RU[c]).format(r=r) for c in f["complaints"]]
    return ", ".join(items)


def complaints_kk(f):
    if not f["complaints"]:
        return None
    r = region(f, True)
    return ", ".join(pick(COMPL_KK[c]).format(r=r) for c in f["complaints"])


def bone_fill(t, f):
    side = f["side"]
    bone = BONE_RU.get(f["site"], "{f} кости")
    bone_kk = BONE_KK.get(f["site"], "{k} сүйекті")
    d = sw(side)
    return clean(t.format(bone=bone.format(**d), bone_kk=bone_kk.format(**d), **d))


def op_ru(f, ctx):
    return bone_fill(pick(OP_RU[ctx["vkey"]]), f)


def op_kk(f, ctx):
    return bone_fill(pick(OP_KK[ctx["vkey"]]), f)


def cons_ru(f, ctx):
    site = f["site"]
    d = sw(f["side"])
    if site == "distal_radius":
        return "закрытая репозиция под местной анестезией, гипсовая лонгета от пястно-фаланговых суставов до в/3 предплечья на 5 нед."
    if site == "ankle":
        return "гипсовая лонгета до в/3 голени"
    if site == "tibial_shaft":
        return "закрытая репозиция под местной анестезией, циркулярная гипсовая повязка"
    if site == "patella":
        return "пункция коленного сустава (эвакуировано 40 мл гемартроза), иммобилизация в ортезе в положении разгибания"
    if site == "humeral_shaft":
        return "функциональное лечение в ортезе типа Sarmiento"
    if site in ("proximal_humerus", "clavicle", "radial_head"):
        return "иммобилизация косынкой, холод, обезболивание"
    raise KeyError(site)


def cons_kk(f, ctx):
    site = f["site"]
    if site == "distal_radius":
        return "жергілікті анестезиямен жабық репозиция, 5 аптаға гипс лонгетасы"
    if site == "ankle":
        return "сирақтың жоғарғы үштен біріне дейін гипс лонгетасы"
    if site == "tibial_shaft":
        return "жергілікті анестезиямен жабық репозиция, циркулярлы гипс таңғышы"
    if site == "patella":
        return "тізе буынының пункциясы (40 мл гемартроз), тізені жазылған күйде ортезбен иммобилизациялау"
    if site == "humeral_shaft":
        return "Sarmiento типті ортезбен функционалды ем"
    return "косынкамен иммобилизациялау, суық, ауырсынуды басу"


def planned_ru(f, ctx):
    d = sw(f["side"])
    return {"hip_oa": f"тотальное эндопротезирование {d['m']} тазобедренного сустава в плановом порядке",
            "knee_oa": f"тотальное эндопротезирование {d['m']} коленного сустава после компенсации сопутствующей патологии",
            "acl": f"артроскопическая пластика ПКС {d['m']} коленного сустава в плановом порядке"}[f["site"]]


def planned_kk(f, ctx):
    k = sw(f["side"])["k"]
    return {"hip_oa": f"{k} жамбас-сан буынын жоспарлы түрде толық эндопротездеу",
            "knee_oa": f"{k} тізе буынын қосалқы аурулар компенсацияланғаннан кейін толық эндопротездеу",
            "acl": f"{k} тізе буынының АКБ жоспарлы артроскопиялық пластикасы"}[f["site"]]


def bl_ru(f, ctx):
    if ctx["bl"] == "num":
        n = f["blood_loss_ml"]
        return pick([f"{n} мл", f"{n},0 мл", f"около {n} мл"])
    if ctx["bl"] == "min":
        return pick(["минимальная", "незначительная"])
    return None


def bl_kk(f, ctx):
    if ctx["bl"] == "num":
        return pick([f"{f['blood_loss_ml']} мл", f"шамамен {f['blood_loss_ml']} мл"])
    if ctx["bl"] == "min":
        return "болмашы"
    return None


def infusion(f):
    vol = pick([400, 500, 800, 1000, 1200])
    while f["blood_loss_ml"] and vol == f["blood_loss_ml"]:
        vol += 100
    return vol


def year_pair(adm_year):
    y = R.randint(adm_year - 12, adm_year - 2)
    return y, y + 1


def finalize_icd(f, ctx, text):
    want = []
    if ctx["primary_coded"]:
        want.append(ctx["icd_primary"])
    for key, s, coded in ctx["secondary"]:
        if coded:
            want.append(SECONDARY[key][2])
    if ctx["complication"] and ctx["complication"][1]:
        want.append(COMPLIC[ctx["complication"][0]][2])
    for key, coded in ctx["comorb"]:
        if coded:
            want.append(COMORB[key][2])
    lat = text.translate(CYR2LAT)
    found = []
    for m in re.finditer(r"(?<![A-Za-z0-9])([A-Z]\d\d(?:\.\d{1,2})?)(?![0-9])", lat):
        if m.group(1) not in found:
            found.append(m.group(1))
    assert sorted(found) == sorted(set(want)), (f["site"], found, want)
    f["icd10"] = found or None


# ---------------------------------------------------------------- style 1: bilingual HIS form
HOSP = [("«Қалалық көпбейінді аурухана № 2» ШЖҚ МКК", "ГКП на ПХВ «Городская многопрофильная больница № 2»"),
        ("«Облыстық жедел медициналық жәрдем ауруханасы» ШЖҚ КМК", "КГП на ПХВ «Областная больница скорой медицинской помощи»"),
        ("«Жарақаттану және ортопедия орталығы» ШЖҚ МКК", "ГКП на ПХВ «Центр травматологии и ортопедии»"),
        ("«Қалалық клиникалық аурухана № 1» ШЖҚ МКК", "ГКП на ПХВ «Городская клиническая больница № 1»")]
DEPT = ["Травматология бөлімі / Отделение травматологии", "Ортопедия бөлімі / Отделение ортопедии",
        "Травматология және ортопедия бөлімі / Отделение травматологии и ортопедии"]


def bil_val(kkp):
    return "kk" if R.random() < kkp else "ru"


def build_bil(rid, f, ctx):
    kkp = pick([0.3, 0.5, 0.7])
    ctx["meta"].add(f"kk_value_share:{kkp}")
    female = ctx["female"]
    city_kk, city_ru = pick(CITIES)
    h_kk, h_ru = pick(HOSP)
    adm = (R.choice([2024, 2025]), R.randint(1, 12), R.randint(1, 28))
    yb = adm[0] - ctx["age"]
    dob = (yb, R.randint(1, 12), R.randint(1, 28))
    fio = f"{surname(pick(SURN), female)} {pick(F_FIRST if female else M_FIRST)} {patronymic(pick(PATR), female)}"
    op_day = R.randint(1, 4) if ctx["kind"] == "op" else 0
    if ctx["vkey"] == "imn_staged":
        op_day = R.randint(6, 10)
    stay = op_day + R.randint(5, 12)
    dis = add_days(adm, stay)
    opd = add_days(adm, op_day)
    L = []
    L.append(f"{h_kk} / {h_ru}")
    L.append(f"{city_kk} қ. / г. {city_ru}, {pick(STREETS)}, {R.randint(1, 180)}")
    L.append(f"МАЖ / МИС · басып шығарылған / распечатано: {date_str(dis)} {R.randint(8, 17):02d}:{R.randint(0, 59):02d} · пайдаланушы / пользователь: {pick(DOCS)}")
    L.append("")
    L.append("СТАЦИОНАРЛЫҚ НАУҚАСТЫҢ МЕДИЦИНАЛЫҚ КАРТАСЫНАН ҮЗІНДІ / ВЫПИСКА ИЗ МЕДИЦИНСКОЙ КАРТЫ СТАЦИОНАРНОГО БОЛЬНОГО")
    L.append(f"| Карта № / № карты | {R.randint(1000, 99999)}/{adm[0] % 100} |")
    L.append("")
    # ---- patient
    L.append("1. ПАЦИЕНТ / ПАЦИЕНТ")
    L.append(f"| Т.А.Ә. / Ф.И.О. | {fio} |")
    L.append(f"| ЖСН / ИИН | {iin(dob, female)} |")
    L.append(f"| Туған күні / Дата рождения | {date_str(dob)} ({ctx['age']} жас / лет) |")
    L.append(f"| Жынысы / Пол | {'әйел / жен.' if female else 'ер / муж.'} |")
    L.append(f"| Мекенжайы / Адрес | {city_kk} қ. / г. {city_ru}, {pick(STREETS)}, {R.randint(1, 99)}-{R.randint(1, 120)} |")
    L.append(f"| Түскен күні / Дата поступления | {date_str(adm)} |")
    L.append(f"| Шыққан күні / Дата выписки | {date_str(dis)} |")
    L.append(f"| Төсек-күн / Койко-дни | {stay} |")
    L.append(f"| Бөлімше / Отделение | {pick(DEPT)} |")
    if ctx["kind"] == "planned":
        L.append("| Емдеу түрі / Вид лечения | күндізгі стационар / дневной стационар |")
    L.append("")
    # ---- diagnoses: own order -> diagnosis before complaints
    L.append("2. ДИАГНОЗДАР / ДИАГНОЗЫ")
    L.append("| Түрі / Вид | Тұжырымы / Формулировка | АХЖ-10 / МКБ-10 |")
    lg = bil_val(kkp)
    dtext = cap(diag_kk(f, ctx) if lg == "kk" else diag_ru(f, ctx))
    aorow = None
    if f["ao_ota"]:
        if chance(0.5):
            dtext += ". " + cap(ao_text(f["ao_ota"], lg == "kk"))
        else:
            aorow = ao_text(f["ao_ota"], lg == "kk")
    pcode = code_text(ctx["icd_primary"], ctx) if ctx["primary_coded"] else "—"
    L.append(f"| Негізгі / Основной | {dtext} | {pcode} |")
    if aorow:
        L.append(f"| AO/OTA жіктемесі / Классификация AO | {aorow} | |")
    for key, s, coded in ctx["secondary"]:
        ru, kk, c = SECONDARY[key]
        lg2 = bil_val(kkp)
        L.append(f"| Қосалқы жарақат / Сопутствующая травма | {cap(fill(kk if lg2 == 'kk' else ru, s))} | {code_text(c, ctx) if coded else '—'} |")
    if ctx["complication"]:
        key, coded = ctx["complication"]
        ru, kk, c = COMPLIC[key]
        lg2 = bil_val(kkp)
        L.append(f"| Асқынуы / Осложнение | {cap(fill(kk if lg2 == 'kk' else ru, f['side']))} | {code_text(c, ctx) if coded else '—'} |")
    for key, coded in ctx["comorb"]:
        ru, kk, c = COMORB[key]
        lg2 = bil_val(kkp)
        L.append(f"| Қосалқы ауру / Сопутствующее заболевание | {cap(kk if lg2 == 'kk' else ru)} | {code_text(c, ctx) if coded else '—'} |")
    L.append("")
    # ---- complaints & anamnesis
    L.append("3. ШАҒЫМДАРЫ ЖӘНЕ АНАМНЕЗ / ЖАЛОБЫ И АНАМНЕЗ")
    lg = bil_val(kkp)
    c = complaints_kk(f) if lg == "kk" else complaints_ru(f)
    if c:
        L.append(f"| Түскен кездегі шағымдары / Жалобы при поступлении | {cap(c)}. |")
    lg = bil_val(kkp)
    an = []
    if ctx["vkey"] == "rev_fn":
        y = adm[0] - 1
        an.append(f"{y} ж. сан сүйегі мойнының сынығына байланысты бұрандалармен остеосинтез жасалған; бақылау рентгенограммасында сынық бітпеген, бұрандалар миграциясы." if lg == "kk"
                  else f"В {y} г. по поводу перелома шейки бедра выполнен остеосинтез винтами; на контрольных рентгенограммах — несращение, миграция винтов.")
    elif f["site"] in ("hip_oa", "knee_oa"):
        yrs = R.randint(3, 12)
        an.append(f"Буындағы ауырсыну {yrs} жыл бойы мазалайды, консервативті ем (ҚҚСП, буын ішіне инъекциялар) әсерсіз." if lg == "kk"
                  else f"Боли в суставе беспокоят в течение {yrs} лет, консервативное лечение (НПВС, внутрисуставные инъекции) без эффекта.")
    elif f["mechanism"]:
        when = date_str(add_days(adm, -R.randint(0, 1))) if not (f["site"] in ("acl", "meniscus") and ctx.get("chronic")) else f"{R.randint(3, 14)} ай бұрын" if lg == "kk" else f"{R.randint(3, 14)} мес. назад"
        if lg == "kk":
            an.append(f"Анамнезінен: {when} {pick(MECH_KK[f['mechanism']])}.")
        else:
            an.append(cap(gender(f"со слов, {when} {pick(MECH_RU[f['mechanism']])}.", female)))
    else:
        when = date_str(add_days(adm, -R.randint(0, 2)))
        an.append(f"Жарақат {when} алынған, жағдайын нақты айта алмайды." if lg == "kk" else f"Травма {when}, обстоятельства травмы пояснить не может.")
    if ctx["vkey"] == "imn_staged":
        an.append("Аудандық ауруханада ЖБХӨ жасалып, сыртқы бекіту аппараты салынған, кейін біздің бөлімге ауыстырылған." if lg == "kk"
                  else "В ЦРБ по месту жительства выполнены ПХО и наложен стержневой аппарат наружной фиксации, затем переведён(а) в отделение.")
    if ctx["vkey"] == "rev_dr":
        an.append("Травмпунктте жабық репозиция жасалып, гипс салынған; 10 тәуліктен кейін бақылауда екіншілік ығысу анықталған." if lg == "kk"
                  else "В травмпункте выполнена закрытая репозиция, гипсовая лонгета; на контроле через 10 суток — вторичное смещение.")
    if f["site"] == "acl" and ctx["kind"] == "planned":
        an.append("Тізе буынының МРТ: АКБ толық жыртылуы." if lg == "kk" else "МРТ коленного сустава: полный разрыв ПКС.")
    L.append(f"| Ауру анамнезі / Анамнез заболевания | {' '.join(an)} |")
    lgh = bil_val(kkp)
    hist = []
    for h in ctx["history"]:
        y, y2 = year_pair(adm[0])
        tpl = HISTORY_KK[h] if lgh == "kk" else HISTORY_RU[h]
        hist.append(fill(tpl.replace("{y}", str(y)).replace("{y2}", str(y2)), ctx["hist_side"]))
    if hist:
        L.append(f"| Өмір анамнезі / Анамнез жизни | {cap('; '.join(hist))}{'' if hist[-1].endswith('.') else '.'} |")
    else:
        L.append(f"| Өмір анамнезі / Анамнез жизни | {'Ерекшелігі жоқ.' if lgh == 'kk' else 'Без особенностей.'} |")
    L.append(f"| Аллергоанамнез / Аллергоанамнез | {pick(['жоқ / не отягощён', 'пенициллин', 'не отягощён'])} |")
    L.append("")
    # ---- status localis
    L.append("4. ОБЪЕКТИВТІ ЖАҒДАЙЫ / ОБЪЕКТИВНЫЙ СТАТУС")
    lg = bil_val(kkp)
    L.append(f"| Жалпы жағдайы / Общее состояние | {pick(['орташа ауырлықта', 'қанағаттанарлық']) if lg == 'kk' else pick(['средней тяжести', 'удовлетворительное'])}; АҚ / АД {R.randint(110, 160)}/{R.randint(65, 95)} мм рт. ст., ЖСЖ / ЧСС {R.randint(62, 96)} |")
    rg = region(f, lg == "kk")
    if ctx["frac"]:
        loc = (f"{rg} аймағында пальпация ауырсынулы, патологиялық қозғалғыштық, жергілікті гематома." if lg == "kk"
               else f"В области {rg} пальпация болезненна, определяется патологическая подвижность, гематома.")
        if f["fracture_open"]:
            loc += " Жарақат жарасы 3 см." if lg == "kk" else " Рана 3 см, умеренное кровотечение."
    elif f["site"] in ("hip_oa", "knee_oa"):
        loc = (f"{rg} қозғалысы шектелген, ақсақтық, аяқ бұлшықеттерінің гипотрофиясы." if lg == "kk"
               else f"Движения в области {rg} ограничены, хромота, гипотрофия мышц бедра.")
    else:
        loc = (f"{rg} аймағында аздаған гидрартроз, Лахман сынамасы {'оң' if f['site'] == 'acl' else 'теріс'}." if lg == "kk"
               else f"В области {rg} умеренный выпот, симптом Лахмана {'положительный' if f['site'] == 'acl' else 'отрицательный'}, симптом Байкова {'положительный' if f['site'] == 'meniscus' else 'отрицательный'}.")
    L.append(f"| Жергілікті статус / Status localis | {cap(loc)} |")
    imgs = ["Rg", "КТ"] if ctx["frac"] and chance(0.5) else (["МРТ"] if f["site"] in ("acl", "meniscus") else ["Rg"])
    L.append(f"| Зерттеулер / Обследования | {', '.join(imgs)}; ЖҚТ / ОАК: Hb {R.randint(102, 148)} г/л, лейк. {R.randint(5, 12)},{R.randint(0, 9)}×10⁹/л; ЭКГ — синус ритмі / синусовый ритм |")
    L.append("")
    # ---- operations
    if ctx["kind"] == "op":
        L.append("5. ОТАЛАР / ОПЕРАЦИИ")
        L.append("| № | Күні / Дата | Ота атауы / Наименование операции | Анестезия / Анестезия | Қан жоғалту / Кровопотеря |")
        n = 1
        if f["fracture_open"] and ctx["vkey"] != "imn_staged":
            lg = bil_val(kkp)
            L.append(f"| {n} | {date_str(adm)} | {'Жараны біріншілік хирургиялық өңдеу (ЖБХӨ)' if lg == 'kk' else 'ПХО раны'} | {'жергілікті анестезия' if lg == 'kk' else 'местная анестезия'} | — |")
            n += 1
            ctx["meta"].add("pho_row_local_anesthesia")
        lg = bil_val(kkp)
        opname = cap(op_kk(f, ctx) if lg == "kk" else op_ru(f, ctx))
        a = ctx["anest"]
        acell = pick(ANEST_KK[a] if lg == "kk" else ANEST_RU[a]) if a else "—"
        b = bl_kk(f, ctx) if lg == "kk" else bl_ru(f, ctx)
        L.append(f"| {n} | {date_str(opd)} | {opname} | {acell} | {b or '—'} |")
        L.append("")
        if ctx["vkey"] in IMPL_ROWS and chance(0.7):
            L.append("| Имплантат / Имплантат | Өлшемі / Размер | Саны / Кол-во |")
            for nm, sz, q in IMPL_ROWS[ctx["vkey"]]:
                L.append(f"| {nm} | {sz} | {q} |")
            L.append("")
        lg = bil_val(kkp)
        proto = []
        if lg == "kk":
            proto.append(f"Ота хаттамасы қысқаша: {pick(['ЭОП бақылауымен', 'антибиотикопрофилактикадан кейін'])} ота жасалды, жара қабатпен тігілді, дренаж {R.randint(1, 2)}-тәулікте алынды.")
        else:
            proto.append(f"Протокол кратко: операция выполнена {pick(['под ЭОП-контролем', 'после антибиотикопрофилактики цефазолином 2,0 г'])}, рана ушита послойно, дренаж удалён на {R.randint(1, 2)}-е сутки.")
        L.append(f"| Хаттама / Протокол | {' '.join(proto)} |")
        L.append("")
    elif ctx["kind"] == "cons":
        L.append("5. ЕМДЕУ / ЛЕЧЕНИЕ")
        lg = bil_val(kkp)
        L.append(f"| Ота / Операция | {'жасалған жоқ' if lg == 'kk' else 'не проводилась'} |")
        L.append(f"| Консервативті ем / Консервативное лечение | {cap(cons_kk(f, ctx) if lg == 'kk' else cons_ru(f, ctx))} |")
        L.append("")
    else:
        L.append("5. ЕМДЕУ / ЛЕЧЕНИЕ")
        lg = bil_val(kkp)
        L.append(f"| Ота / Операция | {'жасалған жоқ (жоспарлы түрде ұсынылды)' if lg == 'kk' else 'не проводилась (рекомендована в плановом порядке)'} |")
        L.append(f"| Консервативті ем / Консервативное лечение | {'ҚҚСП, хондропротекторлар, буын ішіне инъекция' if lg == 'kk' else 'НПВС, хондропротекторы, внутрисуставное введение препарата гиалуроновой кислоты'} |")
        L.append("")
    # ---- medications
    L.append("6. ДӘРІ-ДӘРМЕКТІК ЕМ / МЕДИКАМЕНТОЗНОЕ ЛЕЧЕНИЕ")
    L.append("| Препарат / Препарат | Мөлшері / Доза | Енгізу жолы / Путь | Ұзақтығы / Длительность |")
    med = []
    if ctx["kind"] == "op":
        med.append(("Цефазолин", "1,0 г × 3", "в/в / к/і", f"{R.randint(2, 5)} күн / дн."))
    med.append(("Кеторолак", "30 мг", "в/м / б/е", f"{R.randint(3, 5)} күн / дн."))
    if ctx["kind"] != "planned":
        vol = infusion(f)
        ctx["meta"].add("infusion_distractor")
        med.append(("Натрий хлорид 0,9%", f"{vol},0 мл", "в/в капельно / к/і тамшылатып", f"{R.randint(2, 4)} күн / дн."))
    if f["site"] not in UPPER and ctx["kind"] != "planned":
        dd = pick([10, 14, 28, 35])
        med.append(("Эноксапарин", "40 мг", "п/к / т/а", f"{dd} күн / дн."))
        ctx["meta"].add("drug_course_distractor")
    if ctx["complication"] and ctx["complication"][0] == "dvt":
        med.append(("Ривароксабан", "15 мг × 2", "per os", "21 күн / дн."))
    for m in med:
        L.append("| " + " | ".join(m) + " |")
    L.append("")
    # ---- course + discharge
    L.append("7. ЕМДЕУ БАРЫСЫ ЖӘНЕ ШЫҒАРУ / ТЕЧЕНИЕ И ВЫПИСКА")
    rehab = list(f["rehabilitation"] or [])
    inhosp = [r for r in rehab if r in ("lfk", "isometric", "cpm", "physio") and chance(0.5)]
    lg = bil_val(kkp)
    course = []
    if ctx["kind"] == "op":
        if ctx["complication"]:
            key = ctx["complication"][0]
            txt = fill(COMPLIC[key][1] if lg == "kk" else COMPLIC[key][0], f["side"])
            course.append(f"Ота кейінгі кезеңде {txt} дамыды, ем жүргізілді." if lg == "kk" else f"Послеоперационный период осложнился: {txt}, проведено лечение.")
        else:
            course.append("Ота кейінгі кезең тегіс өтті, жара біріншілік тартылыспен жазылуда." if lg == "kk" else "Послеоперационный период без осложнений, рана заживает первичным натяжением.")
        if lg == "kk":
            course.append("Бақылау Rg-граммада: " + ("сынықтардың орналасуы қанағаттанарлық." if ctx["frac"] else "имплант жағдайы дұрыс."))
        else:
            course.append("Контрольная Rg: " + ("стояние отломков удовлетворительное." if ctx["frac"] else "положение компонентов правильное."))
    else:
        course.append("Ем барысында ауырсыну азайды." if lg == "kk" else "На фоне лечения болевой синдром уменьшился.")
    if inhosp:
        items = [pick(REHAB_KK[r]) if lg == "kk" else pick(REHAB_RU[r]) for r in inhosp]
        course.append(("Стационарда: " if lg == "kk" else "В стационаре: ") + ", ".join(items) + ".")
    L.append(f"| Ем барысы / Течение | {' '.join(course)} |")
    lg = bil_val(kkp)
    L.append(f"| Шыққан кездегі жағдайы / Состояние при выписке | {pick(['қанағаттанарлық', 'жақсарған']) if lg == 'kk' else pick(['удовлетворительное', 'с улучшением'])} |")
    L.append("")
    L.append("ҰСЫНЫСТАР / РЕКОМЕНДАЦИИ")
    recs = []
    later = [r for r in rehab if r not in inhosp] + ([r for r in inhosp if chance(0.3)])
    wb = f["weight_bearing_weeks"]
    leg_op = ctx["kind"] == "op"
    for code in f["restrictions"] or []:
        lg = bil_val(kkp)
        wk = wb if code in ("no_weight_bearing", "partial_weight_bearing") else None
        cr = code in ("no_weight_bearing", "partial_weight_bearing") and "crutches" in later and lg == "ru" and chance(0.6)
        s = restr_kk(code, wk, ctx) if lg == "kk" else restr_ru(code, wk, ctx, leg_op, cr)
        if cr:
            later.remove("crutches")
        recs.append(cap(s))
    if later:
        lg = bil_val(kkp)
        items = [pick(REHAB_KK[r]) if lg == "kk" else pick(REHAB_RU[r]) for r in later]
        recs.append(cap(", ".join(items)))
    if ctx["kind"] == "op" and chance(0.6):
        lg = bil_val(kkp)
        d1 = pick([10, 12, 14])
        recs.append(f"Тігістерді {d1}–{d1 + 2}-тәулікте емханада алу" if lg == "kk" else f"Снятие швов на {d1}–{d1 + 2}-е сутки в поликлинике")
        ctx["meta"].add("suture_days_distractor")
    if f["site"] not in UPPER and ctx["kind"] != "planned" and chance(0.5):
        lg = bil_val(kkp)
        recs.append("Эноксапарин 40 мг т/а тәулігіне 1 рет, барлығы 35 күн" if lg == "kk" else "Эноксапарин 40 мг п/к 1 р/сут, курс 35 дней")
    if ctx["kind"] == "planned":
        lg = bil_val(kkp)
        recs.append(cap(("Жоспарлы ота: " + planned_kk(f, ctx)) if lg == "kk" else ("Плановое оперативное лечение: " + planned_ru(f, ctx))))
    if f["follow_up_weeks"]:
        lg = bil_val(kkp)
        recs.append(cap(follow_kk(f["follow_up_weeks"]) if lg == "kk" else follow_ru(f["follow_up_weeks"])))
    lg = bil_val(kkp)
    recs.append("Тұрғылықты жері бойынша травматологтың бақылауы" if lg == "kk" else "Наблюдение травматолога по месту жительства")
    L.append("| № | Ұсыныс / Рекомендация |")
    for i, r in enumerate(recs, 1):
        L.append(f"| {i} | {r} |")
    L.append("")
    L.append(f"Емдеуші дәрігер / Лечащий врач: {pick(DOCS)}    Бөлім меңгерушісі / Зав. отделением: {pick(DOCS)}")
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------- style 2: private clinic letter (ru)
CLINICS = [("ТОО «ОртоЛайф Клиник»", "Алматы, ул. Сатпаева, 90/5", "лицензия № 19012345 от 14.03.2019"),
           ("Медицинский центр «Сункар-Орто»", "Астана, пр. Туран, 37", "лицензия № 21004567 от 02.07.2021"),
           ("ТОО «Клиника спортивной травмы «Алатау Мед»", "Алматы, ул. Розыбакиева, 247", "лицензия № 17009876 от 20.11.2017"),
           ("ТОО «Ортопедический центр «Жас Қадам»", "Шымкент, ул. Байтурсынова, 12", "лицензия № 22001122 от 11.01.2022")]
POLY = ["КГП на ПХВ «Городская поликлиника № 11»", "ГКП на ПХВ «Городская поликлиника № 5»", "КГП «Поликлиника № 3 Ауэзовского района»",
        "ГКП на ПХВ «Городская поликлиника № 17»"]
INSURERS = ["АО «Страховая компания «Дала-Полис»", "АО «СК «Қорған Life»", "АО «Медицинская страховая компания «Сенім»"]


def build_pcl(rid, f, ctx):
    female = ctx["female"]
    clinic, caddr, lic = pick(CLINICS)
    adm = (R.choice([2024, 2025]), R.randint(1, 12), R.randint(1, 28))
    yb = adm[0] - ctx["age"]
    dob = (yb, R.randint(1, 12), R.randint(1, 28))
    fn = pick(F_FIRST if female else M_FIRST)
    sn = surname(pick(SURN), female)
    pt = patronymic(pick(PATR), female)
    op_day = R.randint(0, 2) if ctx["kind"] == "op" else 0
    stay = op_day + R.randint(2, 7)
    dis = add_days(adm, stay)
    opd = add_days(adm, op_day)
    d = sw(f["side"])
    g = lambda s: gender(s, female)
    to_insurer = chance(0.4)
    L = [clinic, f"{caddr} · тел. +7 (7{R.randint(10, 29)}) {R.randint(200, 399)}-{R.randint(10, 99)}-{R.randint(10, 99)} · {lic}", ""]
    if to_insurer:
        ins = pick(INSURERS)
        L.append(f"В {ins}")
        L.append("Департамент урегулирования медицинских случаев")
        ctx["meta"].add("addressee:insurer")
    else:
        L.append(f"Главному врачу {pick(POLY)}")
        L.append("участковому травматологу-ортопеду")
        ctx["meta"].add("addressee:polyclinic")
    L.append("")
    L.append(f"Исх. № {R.randint(100, 999)}/{pick(['к', 'ОТ', 'м'])} от {date_str(dis)}")
    L.append("")
    L.append("Уважаемые коллеги!" if not to_insurer else "Уважаемые господа!")
    L.append("")
    P = []
    # intro
    who = g(f"[пациент|пациентка] {sn} {fn} {pt}, {date_str(dob)} г. р. (ИИН {iin(dob, female)})")
    if ctx["kind"] == "planned":
        P.append(g(f"Сообщаем, что {who}, [обратился|обратилась] на консультацию в нашу клинику {date_str(adm)} и с {date_str(adm)} по {date_str(dis)} [получал|получала] курс амбулаторного консервативного лечения."))
    else:
        P.append(f"Настоящим сообщаем, что {who}, находил{'ась' if female else 'ся'} на стационарном лечении в отделении ортопедии нашей клиники с {date_str(adm)} по {date_str(dis)}.")
        if to_insurer:
            P[-1] += " Лечение проведено в рамках договора добровольного медицинского страхования, счёт направлен отдельным письмом."
    # history paragraph
    h = []
    if ctx["vkey"] == "rev_fn":
        y = adm[0] - 1
        h.append(g(f"Из анамнеза известно, что в {y} г. в городской больнице по поводу перелома шейки бедра [ему|ей] был выполнен остеосинтез винтами, однако через несколько месяцев появились боли, и на контрольных снимках выявлено несращение с миграцией винтов."))
    elif f["site"] in ("hip_oa", "knee_oa"):
        yrs = R.randint(3, 12)
        h.append(g(f"Боли в суставе беспокоят около {yrs} лет; по месту жительства [он|она] неоднократно [получал|получала] НПВС и внутрисуставные инъекции, последние полгода — без заметного эффекта."))
    elif f["mechanism"]:
        when = date_str(add_days(adm, -R.randint(0, 3))) if not ctx.get("chronic") else f"около {R.randint(3, 14)} мес. назад"
        h.append(g(f"Со слов [пациента|пациентки], {when} [он|она] {pick(MECH_RU[f['mechanism']])}."))
    else:
        h.append(g(f"Травму [получил|получила] {date_str(add_days(adm, -R.randint(0, 3)))}, обстоятельства в медицинской документации не указаны."))
    if ctx["vkey"] == "imn_staged":
        h.append(g("В тот же день в ЦРБ по месту жительства [ему|ей] была выполнена первичная хирургическая обработка и наложен стержневой аппарат наружной фиксации, после чего на 7-е сутки [он|она] [был переведён|была переведена] к нам для окончательного остеосинтеза."))
    elif ctx["vkey"] == "rev_dr":
        h.append("В травмпункте по месту жительства была выполнена закрытая репозиция и наложена гипсовая лонгета, однако на контрольной рентгенограмме через 10 дней выявлено вторичное смещение.")
    elif ctx["frac"] and chance(0.4) and ctx["kind"] == "op":
        h.append(pick(["Первично обращался в травмпункт, где была выполнена иммобилизация и рекомендовано оперативное лечение.",
                       "Бригадой скорой помощи доставлен в приёмный покой городской больницы, откуда по желанию родственников переведён в нашу клинику."]) if not female else
                 pick(["Первично обращалась в травмпункт, где была выполнена иммобилизация и рекомендовано оперативное лечение.",
                       "Бригадой скорой помощи доставлена в приёмный покой городской больницы, откуда по желанию родственников переведена в нашу клинику."]))
        ctx["meta"].add("earlier_care_elsewhere")
    c = complaints_ru(f)
    if c:
        h.append(pick([f"При обращении жаловал{'ась' if female else 'ся'} на {c}.", f"При поступлении предъявлял{'а' if female else ''} жалобы на {c}."]))
    if ctx["frac"] and chance(0.6):
        h.append(pick([f"Объективно отмечались отёк и болезненность в области {region(f)}, патологическая подвижность; нейроциркуляторных расстройств нет.",
                       f"При осмотре: локальная болезненность и гематома в области {region(f)}, дистальные отделы конечности тёплые, чувствительность сохранена."]))
    elif not ctx["frac"] and chance(0.6):
        h.append(f"При осмотре: движения в области {region(f)} ограничены, " + pick(["выпот в суставе умеренный.", "мышцы бедра гипотрофичны.", "пальпация суставной щели болезненна."]))
    sec = []
    for key, s, coded in ctx["secondary"]:
        ru, _, cd = SECONDARY[key]
        sec.append(fill(ru, s) + (f" ({code_text(cd, ctx)})" if coded else ""))
    if sec:
        h.append(pick(["Попутно диагностированы: ", "Кроме того, при травме были получены: ", "Сопутствующие повреждения, не потребовавшие специального лечения: "])
                 + ", ".join(sec) + pick([".", " — лечение симптоматическое."]))
    if ctx["history"]:
        hist = []
        for hh in ctx["history"]:
            y, y2 = year_pair(adm[0])
            hist.append(fill(HISTORY_RU[hh].replace("{y}", str(y)).replace("{y2}", str(y2)), ctx["hist_side"]))
        h.append(pick(["Из перенесённого ранее: ", "В анамнезе: ", "Ранее, по данным амбулаторной карты: "]) + "; ".join(hist) + ("" if hist[-1].endswith(".") else "."))
    P.append(" ".join(h))
    # diagnosis
    dx = diag_ru(f, ctx)
    pc = f" ({pick(['МКБ-10: ', 'код ', ''])}{code_text(ctx['icd_primary'], ctx)})" if ctx["primary_coded"] else ""
    ao = f", {ao_text(f['ao_ota'])}" if f["ao_ota"] else ""
    imaging, imaging_nom = ("рентгенографии и КТ", "рентгенография, КТ") if ctx["frac"] and chance(0.5) else (("МРТ", "МРТ") if f["site"] in ("acl", "meniscus") else ("рентгенографии", "рентгенография"))
    dsent = g(pick([f"По данным клинического осмотра и {imaging} установлен диагноз: {dx}{ao}{pc}.",
                    f"На основании осмотра и {imaging} [ему|ей] выставлен диагноз: {dx}{ao}{pc}.",
                    f"Обследование ({imaging_nom}) показало, что у [него|неё] {dx}{ao}{pc}."]))
    com = []
    for key, coded in ctx["comorb"]:
        ru, _, cd = COMORB[key]
        com.append(ru + (f" ({code_text(cd, ctx)})" if coded else ""))
    if com:
        dsent += " Из сопутствующих заболеваний: " + "; ".join(com) + ("" if com[-1].endswith(".") else ".")
    P.append(dsent)
    # treatment paragraph
    t = []
    if ctx["kind"] == "op":
        a = ctx["anest"]
        apod = pick(ANEST_RU_POD[a]) + " " if a else ""
        if f["fracture_open"] and ctx["vkey"] != "imn_staged":
            t.append("При поступлении под местной анестезией выполнена первичная хирургическая обработка раны.")
        t.append(g(f"{date_str(opd)} {apod}[ему|ей] выполнена операция: {op_ru(f, ctx)}."))
        if ctx["bl"] == "num":
            t.append(pick([f"Кровопотеря составила {bl_ru(f, ctx)}.", f"Интраоперационная кровопотеря — {bl_ru(f, ctx)}."]))
        elif ctx["bl"] == "min":
            t.append(f"Кровопотеря {bl_ru(f, ctx)}.")
        if chance(0.6):
            vol = infusion(f)
            t.append(f"В периоперационном периоде проведена инфузионная терапия в объёме {vol},0 мл.")
            ctx["meta"].add("infusion_distractor")
        if ctx["complication"]:
            key, coded = ctx["complication"]
            cc = f" ({code_text(COMPLIC[key][2], ctx)})" if coded else ""
            t.append(f"Течение послеоперационного периода осложнилось: {fill(COMPLIC[key][0], f['side'])}{cc}; проведено лечение с положительным эффектом.")
        else:
            t.append("Послеоперационный период протекал гладко, рана без признаков воспаления.")
    elif ctx["kind"] == "cons":
        t.append(g(f"Показаний к оперативному лечению мы не нашли; [ему|ей] проведено консервативное лечение: {cons_ru(f, ctx)}."))
    else:
        t.append(g(f"Проведён курс консервативной терапии (НПВС, хондропротекторы, внутрисуставное введение гиалуроновой кислоты). Учитывая выраженность изменений, [пациенту|пациентке] рекомендовано {planned_ru(f, ctx)}; сроки операции будут согласованы дополнительно."))
    rehab = list(f["rehabilitation"] or [])
    inhosp = [r for r in rehab if r in ("lfk", "isometric", "cpm", "physio") and chance(0.5)]
    if inhosp:
        t.append(pick(["В клинике начаты: ", "Со вторых суток проводились: "]) + ", ".join(pick(REHAB_RU[r]) for r in inhosp) + ".")
    P.append(" ".join(t))
    # recommendations in prose
    r = []
    later = [x for x in rehab if x not in inhosp] + [x for x in inhosp if chance(0.3)]
    wb = f["weight_bearing_weeks"]
    leg_op = ctx["kind"] == "op"
    restr = f["restrictions"] or []
    pieces = []
    for code in restr:
        wk = wb if code in ("no_weight_bearing", "partial_weight_bearing") else None
        cr = code in ("no_weight_bearing", "partial_weight_bearing") and "crutches" in later
        s = restr_ru(code, wk, ctx, leg_op, cr)
        if cr:
            later.remove("crutches")
        if code in ("no_weight_bearing", "partial_weight_bearing") and "walker" in later:
            s = pick(REHAB_RU["walker"]) + ", " + s
            later.remove("walker")
        pieces.append(s)
    if pieces:
        r.append(g(pick(["В дальнейшем [пациенту|пациентке] необходимо: ", "На амбулаторном этапе просим обеспечить следующий режим: ", "Мы рекомендуем: "])) + "; ".join(pieces) + ".")
    if later:
        r.append(pick(["Желательно продолжить: ", "Показаны: ", "Также рекомендуются: "]) + ", ".join(pick(REHAB_RU[x]) for x in later) + ".")
    if ctx["kind"] == "op" and chance(0.65):
        d1 = pick([10, 12, 14])
        r.append(pick([f"Швы просим снять в поликлинике на {d1}–{d1 + 2}-е сутки после операции.", f"Снятие швов — на {d1}-е сутки."]))
        ctx["meta"].add("suture_days_distractor")
    if f["site"] not in UPPER and ctx["kind"] == "op" and chance(0.55):
        r.append(pick(["Профилактика тромбоэмболических осложнений: ривароксабан 10 мг 1 раз в сутки в течение 35 дней.",
                       "Продолжить приём эноксапарина 40 мг п/к 1 раз в сутки, всего 28 дней с момента операции."]))
        ctx["meta"].add("drug_course_distractor")
    if f["follow_up_weeks"]:
        n = f["follow_up_weeks"]
        t_ = pick([nedel(n), f"{n} нед.", {2: "2 нед.", 4: "1 мес", 6: "1,5 мес", 8: "2 мес", 12: "3 мес"}[n]])
        r.append(g(pick([f"Контрольный осмотр с рентгенографией — через {t_} в нашей клинике.",
                         f"Повторно ждём [пациента|пациентку] на приём через {t_}.",
                         f"Просим направить [пациента|пациентку] на контрольную консультацию через {t_}."])))
    else:
        r.append("Сроки повторного осмотра будут определены лечащим врачом поликлиники.")
    if ctx["kind"] == "op":
        r.append(pick(["Листок временной нетрудоспособности продлён.", "Больничный лист выдан, продление — по месту жительства.", ""]))
    P.append(" ".join(x for x in r if x).replace("..", "."))
    L.extend(x for p in P for x in (p, ""))
    L.append("С уважением,")
    L.append(f"главный врач {pick(DOCS)}")
    L.append(f"лечащий врач, травматолог-ортопед {pick(DOCS)}")
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------- main
STYLES = [("bilingual_his_form", "bil", "mixed", build_bil), ("private_clinic_letter_ru", "pcl", "ru", build_pcl)]


def main():
    plan = {"bilingual_his_form": [], "private_clinic_letter_ru": []}
    for site in VARIANTS:
        for j, vkey in enumerate(VARIANTS[site]):
            plan[STYLES[j % 2][0]].append((site, vkey))
    rows, metas, texts = [], [], {}
    for style, prefix, lang, fn in STYLES:
        items = plan[style]
        assert len(items) == 40, (style, len(items))
        R.shuffle(items)
        for i, (site, vkey) in enumerate(items, 1):
            rid = f"{prefix}-{i:03d}"
            f, ctx = sample_record(site, vkey, style)
            text = fn(rid, f, ctx)
            finalize_icd(f, ctx, text)
            texts[rid] = text
            rows.append({"id": rid, "style": style, "language": lang, "fields": {k: f[k] for k in FIELD_KEYS}})
            metas.append({"id": rid, "style": style, "variant": vkey, "tags": sorted(ctx["meta"])})
    # coverage of the catalogue
    imps = {i for r in rows for i in (r["fields"]["implants"] or [])}
    procs = {r["fields"]["procedure"] for r in rows}
    assert set(IMPLANTS) <= imps, sorted(set(IMPLANTS) - imps)
    assert set(PROCEDURES) <= procs, sorted(set(PROCEDURES) - procs)
    out = HERE / "records"
    out.mkdir(exist_ok=True)
    for old in sorted(out.glob("*.txt")):
        if old.stem not in texts:
            old.unlink()
    for rid in sorted(texts):
        (out / f"{rid}.txt").write_text(texts[rid], encoding="utf-8")
    with open(HERE / "truth.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(HERE / "meta.jsonl", "w", encoding="utf-8") as fh:
        for m in metas:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    print(f"{len(rows)} records written")


if __name__ == "__main__":
    main()
