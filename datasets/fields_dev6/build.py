#!/usr/bin/env python3
"""Deterministic generator of the fields_dev6 development set (standard library only).

    python3 build.py   ->  records/<id>.txt, truth.jsonl, meta.jsonl

Truth is sampled first for every record; the text is then written from it.
Seed: integer derived from the string "fields_dev6" (sha256), so output is byte-identical
across runs and PYTHONHASHSEED values (no set/dict-order dependence on hashing).
"""
import datetime as dt
import hashlib
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = int(hashlib.sha256(b"fields_dev6").hexdigest()[:16], 16)

STYLES = [("trauma_journal_ru", "tj", "ru"), ("kk_operation_register", "kor", "kk"),
          ("imaging_consult_mixed", "img", "mixed")]
SITES = ["femoral_neck", "pertrochanteric", "femoral_shaft", "distal_radius", "ankle", "tibial_shaft",
         "proximal_humerus", "patella", "radial_head", "humeral_shaft", "tibial_plateau", "clavicle",
         "hip_oa", "knee_oa", "acl", "meniscus"]
FRACT = SITES[:12]
LOWER = ["femoral_neck", "pertrochanteric", "femoral_shaft", "ankle", "tibial_shaft", "patella",
         "tibial_plateau", "hip_oa", "knee_oa", "acl", "meniscus"]
FIELD_KEYS = ["site", "side", "fracture_displaced", "fracture_comminuted", "fracture_open", "ao_ota", "kl_grade",
              "mechanism", "procedure", "implants", "anesthesia", "blood_loss_ml", "icd10", "complaints",
              "rehabilitation", "restrictions", "weight_bearing_weeks", "follow_up_weeks"]
CONFUSABLE = {"radial_head": "distal_radius", "distal_radius": "radial_head", "humeral_shaft": "proximal_humerus",
              "proximal_humerus": "humeral_shaft", "tibial_plateau": "tibial_shaft", "tibial_shaft": "tibial_plateau",
              "femoral_neck": "pertrochanteric", "pertrochanteric": "femoral_neck", "femoral_shaft": "femoral_neck",
              "ankle": "tibial_shaft", "patella": "tibial_plateau", "clavicle": "proximal_humerus",
              "hip_oa": "femoral_neck", "knee_oa": "tibial_plateau", "acl": "meniscus", "meniscus": "acl"}

ICD = {"femoral_neck": "S72.0", "pertrochanteric": "S72.1", "femoral_shaft": "S72.3", "distal_radius": "S52.5",
       "ankle": "S82.8", "tibial_shaft": "S82.2", "proximal_humerus": "S42.2", "patella": "S82.0",
       "radial_head": "S52.1", "humeral_shaft": "S42.3", "tibial_plateau": "S82.1", "clavicle": "S42.0",
       "hip_oa": "M16.1", "knee_oa": "M17.1", "acl": "S83.5", "meniscus": "S83.2"}
AO = {"femoral_neck": (["31-B1"], ["31-B2", "31-B3"]), "pertrochanteric": (["31-A1"], ["31-A2", "31-A3"]),
      "femoral_shaft": (["32-A2", "32-A3"], ["32-B2", "32-C2"]), "distal_radius": (["23-A2"], ["23-A3", "23-C2", "23-C3"]),
      "ankle": (["44-B1", "44-A2"], ["44-B3", "44-C2"]), "tibial_shaft": (["42-A1", "42-A3"], ["42-B2", "42-C2"]),
      "proximal_humerus": (["11-A2", "11-A3"], ["11-B1", "11-C2"]), "patella": (["34-A1", "34-B1"], ["34-C2", "34-C3"]),
      "radial_head": (["21-B1"], ["21-B2", "21-C2"]), "humeral_shaft": (["12-A2", "12-A3"], ["12-B2", "12-C1"]),
      "tibial_plateau": (["41-B1"], ["41-B3", "41-C2", "41-C3"]), "clavicle": (["15-B1"], ["15-B2", "15-B3"])}

# ---------------------------------------------------------------- language material
RU_SIDE = {"right": {"f": "правой", "m": "правого", "M": "Право", "adv": "справа"},
           "left": {"f": "левой", "m": "левого", "M": "Лево", "adv": "слева"}}
KK_SIDE = {"right": "оң", "left": "сол"}
OTHER = {"right": "left", "left": "right"}

RU_DX = {
    "femoral_neck": "перелом шейки {f} бедренной кости",
    "pertrochanteric": "чрезвертельный перелом {f} бедренной кости",
    "femoral_shaft": "перелом диафиза {f} бедренной кости в ср/3",
    "distal_radius": "перелом дистального метаэпифиза {f} лучевой кости",
    "ankle": "перелом обеих лодыжек {f} голени",
    "tibial_shaft": "перелом диафиза {f} большеберцовой кости в н/3",
    "proximal_humerus": "перелом хирургической шейки {f} плечевой кости",
    "patella": "перелом {m} надколенника",
    "radial_head": "перелом головки {f} лучевой кости",
    "humeral_shaft": "перелом диафиза {f} плечевой кости в ср/3",
    "tibial_plateau": "перелом наружного мыщелка {f} большеберцовой кости",
    "clavicle": "перелом {f} ключицы в ср/3",
    "hip_oa": "коксартроз {m} тазобедренного сустава",
    "knee_oa": "гонартроз {m} коленного сустава",
    "acl": "разрыв передней крестообразной связки {m} коленного сустава",
    "meniscus": "разрыв заднего рога медиального мениска {m} коленного сустава",
}
RU_REGION = {"femoral_neck": "{m} тазобедренного сустава", "pertrochanteric": "{m} тазобедренного сустава",
             "femoral_shaft": "{f} бедра", "distal_radius": "{m} лучезапястного сустава",
             "ankle": "{m} голеностопного сустава", "tibial_shaft": "{f} голени",
             "proximal_humerus": "{m} плечевого сустава", "patella": "{m} коленного сустава",
             "radial_head": "{m} локтевого сустава", "humeral_shaft": "{m} плеча",
             "tibial_plateau": "{m} коленного сустава", "clavicle": "{f} ключицы",
             "hip_oa": "{m} тазобедренного сустава", "knee_oa": "{m} коленного сустава",
             "acl": "{m} коленного сустава", "meniscus": "{m} коленного сустава"}
KK_DX = {
    "femoral_neck": "{k} жақ сан сүйегі мойнының", "pertrochanteric": "{k} жақ сан сүйегінің ұршықаралық",
    "femoral_shaft": "{k} жақ сан сүйегі диафизінің", "distal_radius": "{k} жақ кәрі жілік дистальды метаэпифизінің",
    "ankle": "{k} жақ сирақтың екі тобығының", "tibial_shaft": "{k} жақ үлкен жіліншік диафизінің",
    "proximal_humerus": "{k} жақ тоқпан жілік хирургиялық мойнының", "patella": "{k} жақ тізе тобығының",
    "radial_head": "{k} жақ кәрі жілік басының", "humeral_shaft": "{k} жақ тоқпан жілік диафизінің",
    "tibial_plateau": "{k} жақ үлкен жіліншік сыртқы айдаршығының", "clavicle": "{k} жақ бұғананың",
    "hip_oa": "{k} жақ ұршық буынының коксартрозы", "knee_oa": "{k} жақ тізе буынының гонартрозы",
    "acl": "{k} жақ тізе буынының алдыңғы айқаспалы байламының жыртылуы",
    "meniscus": "{k} жақ тізе буыны медиальды менискісінің артқы мүйізінің жыртылуы",
}
KK_REGION = {"femoral_neck": "ұршық буыны", "pertrochanteric": "ұршық буыны", "femoral_shaft": "сан",
             "distal_radius": "білезік буыны", "ankle": "тобық буыны", "tibial_shaft": "сирақ",
             "proximal_humerus": "иық буыны", "patella": "тізе буыны", "radial_head": "шынтақ буыны",
             "humeral_shaft": "иық", "tibial_plateau": "тізе буыны", "clavicle": "бұғана",
             "hip_oa": "ұршық буыны", "knee_oa": "тізе буыны", "acl": "тізе буыны", "meniscus": "тізе буыны"}

# procedures: (code or None, implants, ru, kk, tag)
OPS = {
    "femoral_neck": [
        ("total_hip_arthroplasty", ["эндопротез DePuy Pinnacle", "эндопротез DePuy Corail"],
         "тотальное эндопротезирование {m} ТБС бесцементным эндопротезом DePuy (чашка Pinnacle, ножка Corail)",
         "{k} жақ ұршық буынын DePuy (Pinnacle ұясы, Corail аяқшасы) цементсіз эндопротезімен тотальды эндопротездеу"),
        ("total_hip_arthroplasty", ["эндопротез Zimmer"], "ТЭП {m} ТБС цементным эндопротезом Zimmer",
         "{k} жақ ұршық буынын Zimmer цементті эндопротезімен тотальды эндопротездеу"),
        ("cannulated_screws", ["канюлированные винты Synthes"],
         "остеосинтез шейки {f} бедренной кости тремя канюлированными винтами Synthes под ЭОП-контролем",
         "{k} жақ сан сүйегі мойнын үш Synthes канюляланған бұрандасымен остеосинтездеу (ЭОП бақылауымен)"),
    ],
    "pertrochanteric": [
        ("intramedullary_nailing", ["интрамедуллярный штифт PFNA"], "закрытая репозиция, БИОС {f} бедренной кости штифтом PFNA",
         "жабық репозиция, {k} жақ сан сүйегін PFNA штифтімен жабық интрамедуллярлы остеосинтездеу"),
        ("intramedullary_nailing", ["штифт Gamma3"], "закрытый БИОС {f} бедренной кости проксимальным штифтом Gamma3",
         "{k} жақ сан сүйегін Gamma3 штифтімен интрамедуллярлы остеосинтездеу"),
        ("plate_osteosynthesis", ["пластина LCP"], "ОР, МОС {f} бедренной кости проксимальной бедренной пластиной LCP",
         "ашық репозиция, {k} жақ сан сүйегін проксималды LCP пластинасымен металлоостеосинтездеу"),
    ],
    "femoral_shaft": [
        ("intramedullary_nailing", ["интрамедуллярный штифт ChM"], "закрытый БИОС {f} бедренной кости штифтом ChM с блокированием",
         "{k} жақ сан сүйегін ChM штифтімен бұғаттаушы интрамедуллярлы остеосинтездеу"),
        ("plate_osteosynthesis", ["пластина LCP"], "ОР, МОС {f} бедренной кости пластиной LCP",
         "ашық репозиция, {k} жақ сан сүйегін LCP пластинасымен металлоостеосинтездеу"),
        ("external_fixation", [], "внеочаговый остеосинтез {f} бедренной кости стержневым АВФ",
         "{k} жақ сан сүйегін өзекті сыртқы фиксация аппаратымен (СФА) сүйекүсті остеосинтездеу"),
    ],
    "distal_radius": [
        ("plate_osteosynthesis", ["пластина APTUS"], "ОР, МОС {f} лучевой кости волярной пластиной APTUS",
         "ашық репозиция, {k} жақ кәрі жілікті APTUS волярлы пластинасымен металлоостеосинтездеу"),
        ("plate_osteosynthesis", ["пластина LCP"], "ОР, МОС {f} лучевой кости дистальной пластиной LCP с угловой стабильностью",
         "ашық репозиция, {k} жақ кәрі жілікті LCP пластинасымен металлоостеосинтездеу"),
        ("external_fixation", ["спицы Киршнера"], "закрытая репозиция, наложение АВФ на {f} предплечье + спицы Киршнера",
         "жабық репозиция, {k} жақ білекке СФА салу, қосымша Киршнер сымдарымен бекіту"),
    ],
    "ankle": [
        ("plate_osteosynthesis", ["пластина LCP 1/3 трубчатая", "позиционный винт"],
         "ОР, МОС наружной лодыжки {f} голени пластиной LCP 1/3 трубчатой, фиксация синдесмоза позиционным винтом",
         "ашық репозиция, {k} жақ сыртқы тобықты LCP 1/3 түтікше пластинасымен, синдесмозды позициялық бұрандамен бекіту"),
        ("plate_osteosynthesis", ["пластина LCP 1/3 трубчатая", "спицы Киршнера"],
         "ОР, МОС наружной лодыжки {f} голени пластиной LCP 1/3 трубчатой, внутренней лодыжки спицами Киршнера",
         "ашық репозиция, {k} жақ сыртқы тобықты LCP 1/3 түтікше пластинасымен, ішкі тобықты Киршнер сымдарымен бекіту"),
        ("external_fixation", ["аппарат Илизарова"], "закрытая репозиция, ЧКДО {f} голени аппаратом Илизарова",
         "жабық репозиция, {k} жақ сираққа Илизаров аппаратын салу"),
    ],
    "tibial_shaft": [
        ("intramedullary_nailing", ["интрамедуллярный штифт ChM"], "закрытый БИОС {f} большеберцовой кости штифтом ChM",
         "{k} жақ үлкен жіліншікті ChM штифтімен жабық бұғаттаушы интрамедуллярлы остеосинтездеу"),
        ("external_fixation", ["аппарат Илизарова"], "ЧКДО {f} голени аппаратом Илизарова",
         "{k} жақ сираққа Илизаров аппаратымен сүйекүсті остеосинтез"),
        ("plate_osteosynthesis", ["пластина LCP"], "МИОС {f} большеберцовой кости пластиной LCP",
         "{k} жақ үлкен жіліншікті LCP пластинасымен аз инвазивті остеосинтездеу"),
    ],
    "proximal_humerus": [
        ("plate_osteosynthesis", ["пластина PHILOS"], "ОР, МОС {f} плечевой кости пластиной PHILOS",
         "ашық репозиция, {k} жақ тоқпан жілікті PHILOS пластинасымен металлоостеосинтездеу"),
    ],
    "patella": [
        ("tension_band_wiring", ["спицы Киршнера", "серкляжная проволока"],
         "ОР, остеосинтез {m} надколенника по Веберу (спицы Киршнера + серкляжная проволока)",
         "ашық репозиция, {k} жақ тізе тобығын Вебер әдісімен остеосинтездеу (Киршнер сымдары + серкляж сымы)"),
    ],
    "radial_head": [
        ("plate_osteosynthesis", ["пластина APTUS"], "ОР, МОС головки {f} лучевой кости мини-пластиной APTUS",
         "ашық репозиция, {k} жақ кәрі жілік басын APTUS шағын пластинасымен остеосинтездеу"),
        ("plate_osteosynthesis", [], "ОР, МОС головки {f} лучевой кости Т-образной мини-пластиной",
         "ашық репозиция, {k} жақ кәрі жілік басын Т-тәрізді шағын пластинамен остеосинтездеу"),
    ],
    "humeral_shaft": [
        ("intramedullary_nailing", ["интрамедуллярный штифт ChM"], "закрытый БИОС {f} плечевой кости штифтом ChM",
         "{k} жақ тоқпан жілікті ChM штифтімен жабық интрамедуллярлы остеосинтездеу"),
        ("plate_osteosynthesis", ["пластина LCP"], "ОР, МОС {f} плечевой кости пластиной LCP, невролиз лучевого нерва",
         "ашық репозиция, {k} жақ тоқпан жілікті LCP пластинасымен металлоостеосинтездеу"),
        ("external_fixation", [], "наложение стержневого АВФ на {f} плечо",
         "{k} жақ иыққа өзекті сыртқы фиксация аппаратын салу"),
    ],
    "tibial_plateau": [
        ("plate_osteosynthesis", ["пластина LCP"], "ОР, костная аллопластика, МОС наружного мыщелка {f} большеберцовой кости опорной пластиной LCP",
         "ашық репозиция, сүйек пластикасы, {k} жақ үлкен жіліншік айдаршығын LCP тірек пластинасымен остеосинтездеу"),
        ("external_fixation", ["аппарат Илизарова"], "закрытая репозиция, ЧКДО {f} голени аппаратом Илизарова",
         "жабық репозиция, {k} жақ сираққа Илизаров аппаратын салу"),
    ],
    "clavicle": [
        ("plate_osteosynthesis", ["пластина LCP"], "ОР, МОС {f} ключицы реконструктивной пластиной LCP",
         "ашық репозиция, {k} жақ бұғананы LCP реконструктивті пластинасымен металлоостеосинтездеу"),
    ],
    "hip_oa": [
        ("total_hip_arthroplasty", ["эндопротез DePuy Pinnacle", "эндопротез DePuy Corail"],
         "тотальное эндопротезирование {m} ТБС эндопротезом DePuy (Pinnacle/Corail)",
         "{k} жақ ұршық буынын DePuy (Pinnacle/Corail) эндопротезімен тотальды эндопротездеу"),
        ("total_hip_arthroplasty", ["эндопротез Zimmer"], "ТЭП {m} ТБС эндопротезом Zimmer",
         "{k} жақ ұршық буынын Zimmer эндопротезімен тотальды эндопротездеу"),
    ],
    "knee_oa": [
        ("total_knee_arthroplasty", ["эндопротез Zimmer NexGen"], "ТЭП {m} коленного сустава эндопротезом Zimmer NexGen",
         "{k} жақ тізе буынын Zimmer NexGen эндопротезімен толық эндопротездеу"),
        ("total_knee_arthroplasty", ["эндопротез Smith & Nephew Genesis II"], "ТЭП {m} КС эндопротезом Smith & Nephew Genesis II",
         "{k} жақ тізе буынын Smith & Nephew Genesis II эндопротезімен толық эндопротездеу"),
        ("total_knee_arthroplasty", ["эндопротез DePuy Attune"], "тотальное эндопротезирование {m} КС эндопротезом DePuy Attune",
         "{k} жақ тізе буынын DePuy Attune эндопротезімен толық эндопротездеу"),
    ],
    "acl": [
        ("acl_reconstruction", ["фиксатор EndoButton", "интерферентный винт Arthrex"],
         "артроскопическая пластика ПКС {m} КС аутотрансплантатом из сухожилий подколенных мышц (EndoButton + интерферентный винт Arthrex)",
         "{k} жақ тізе буынының АКБ артроскопиялық пластикасы (EndoButton, Arthrex интерференттік бұрандасы)"),
        ("acl_reconstruction", ["интерферентный винт Arthrex"], "артроскопическая аутопластика ПКС {m} КС, фиксация интерферентными винтами Arthrex",
         "{k} жақ тізе буынының АКБ артроскопиялық аутопластикасы, Arthrex интерференттік бұрандаларымен бекіту"),
        ("acl_reconstruction", [], "артроскопическая реконструкция ПКС {m} КС, фиксация биодеградируемыми винтами",
         "{k} жақ тізе буынының АКБ артроскопиялық қалпына келтіру, биоыдырайтын бұрандалармен бекіту"),
    ],
    "meniscus": [
        ("partial_meniscectomy", [], "артроскопия {m} КС, парциальная резекция заднего рога медиального мениска",
         "{k} жақ тізе буынының артроскопиясы, медиальды менискінің артқы мүйізін жартылай резекциялау"),
    ],
}
OUTSIDE = {  # operations outside the schema's list -> procedure null
    "femoral_neck": (["эндопротез"], [], "биполярное эндопротезирование (гемиартропластика) {m} ТБС",
                     "{k} жақ ұршық буынын биполярлы эндопротездеу (гемиартропластика)", "hemiarthroplasty"),
    "distal_radius": ([], ["спицы Киршнера"], "закрытая репозиция, чрескожная фиксация {f} лучевой кости спицами Киршнера",
                      "жабық репозиция, {k} жақ кәрі жілікті тері арқылы Киршнер сымдарымен бекіту", "kwire_pinning"),
    "proximal_humerus": ([], ["спицы Киршнера"], "закрытая репозиция, чрескожная фиксация {f} плечевой кости спицами Киршнера",
                         "жабық репозиция, {k} жақ тоқпан жілікті тері арқылы Киршнер сымдарымен бекіту", "kwire_pinning"),
    "clavicle": ([], ["спицы Киршнера"], "интрамедуллярная фиксация {f} ключицы спицами Киршнера",
                 "{k} жақ бұғананы Киршнер сымдарымен интрамедуллярлы бекіту", "kwire_pinning"),
    "radial_head": ([], [], "резекция головки {f} лучевой кости", "{k} жақ кәрі жілік басын резекциялау", "radial_head_resection"),
    "meniscus": ([], [], "артроскопический шов медиального мениска {m} КС (all-inside)",
                 "{k} жақ тізе буынының медиальды менискін артроскопиялық тігу (all-inside)", "meniscal_suture"),
}
# conservative treatment per site: (ru, kk, restrictions implied)
CONS = {
    "cast_lower": ("гипсовая лонгета до в/3 бедра", "санның жоғарғы үштен бірінен бастап гипс лонгетасы"),
    "cast_upper": ("гипсовая лонгета по Белеру от в/3 плеча", "иықтың жоғарғы үштен бірінен гипс лонгетасы"),
    "cast_wrist": ("тыльная гипсовая лонгета от пястно-фаланговых суставов до в/3 предплечья",
                   "білектің жоғарғы үштен бірінен саусақ буындарына дейін гипс лонгетасы"),
    "sling": ("косыночная повязка", "косынка таңғышы"),
    "brace": ("функциональный ортез", "функционалдық ортез"),
}

SECONDARY = [  # (ru, kk, icd)
    ("ушиб мягких тканей головы", "бастың жұмсақ тіндерінің соғылуы", "S00.0"),
    ("сотрясение головного мозга", "ми шайқалуы", "S06.0"),
    ("ушиб грудной клетки", "кеуде қуысының соғылуы", "S20.2"),
    ("ушиб {om} коленного сустава", "{ok} жақ тізе буынының соғылуы", "S80.0"),
    ("ушиб {om} плечевого сустава", "{ok} жақ иық буынының соғылуы", "S40.0"),
    ("ссадины {of} кисти", "{ok} жақ қолдың басының сызаттары", "S60.8"),
]
COMORB = [  # (ru, kk, icd)  -- other grading scales next to stages
    ("ГБ II ст., риск 3", "Артериялық гипертензия II дәрежесі, қауіп 3", "I10"),
    ("СД 2 типа, субкомпенсация", "2 типті қант диабеті, субкомпенсация", "E11.9"),
    ("Ожирение II ст.", "II дәрежелі семіздік", "E66.0"),
    ("ИБС. Стабильная стенокардия ФК II", "ЖИА. Тұрақты стенокардия ФК II", "I20.8"),
    ("ХВН нижних конечностей 1 ст.", "Аяқтардың созылмалы веноздық жеткіліксіздігі 1 дәрежесі", "I87.2"),
]
RU_MECH = {
    "fall_street": ["упал(а) на улице, поскользнувшись на гололёде", "упал(а) на улице с высоты собственного роста",
                    "споткнулся(лась) на тротуаре у остановки"],
    "fall_height": ["упал(а) со стремянки высотой около 2 м", "упал(а) с крыши частного дома (~3 м)", "упал(а) с лесов на стройке"],
    "traffic": ["ДТП — водитель легкового автомобиля", "сбит(а) автомобилем на пешеходном переходе", "ДТП, пассажир, удар о торпеду"],
    "sport": ["травма во время игры в футбол", "травма на тренировке по борьбе", "падение на горных лыжах (Шымбулак)"],
    "home": ["упал(а) дома в ванной с высоты собственного роста", "упал(а) дома, запнувшись о ковёр", "травма дома — падение с табурета"],
}
KK_MECH = {
    "fall_street": ["көшеде мұзда тайғанап құлаған", "аялдама маңында сүрініп құлаған"],
    "fall_height": ["шамамен 2 м биіктіктегі сатыдан құлаған", "жеке үйдің шатырынан (~3 м) құлаған"],
    "traffic": ["жол-көлік оқиғасы (ЖКО), жүргізуші", "жаяу жүргінші өткелінде көлік қағып кеткен"],
    "sport": ["футбол ойнау кезінде жарақат алған", "күрес жаттығуы кезінде жарақат алған"],
    "home": ["үйде ваннада тайып құлаған", "үйде кілемге сүрініп құлаған"],
}

RU_COMPL = {"pain": "боли", "swelling": "отёк", "limited_motion": "ограничение движений",
            "no_weight_bearing": "невозможность опоры на ногу", "deformity": "деформацию",
            "instability": "чувство неустойчивости в суставе", "locking": "эпизоды блокады (заклинивания) сустава",
            "night_pain": "ночные боли"}
KK_COMPL = {"pain": "ауырсынуға", "swelling": "ісінуге", "limited_motion": "қимылдың шектелуіне",
            "no_weight_bearing": "аяққа тірек ете алмауға", "deformity": "деформацияға (қисаюына)",
            "instability": "буынның тұрақсыздығына", "locking": "буынның кезеңді құлыпталуына (бітелуіне)",
            "night_pain": "түнгі ауырсынуға"}
RU_NEG_COMPL = {"night_pain": "ночных болей нет", "locking": "блокад не отмечает", "instability": "неустойчивость отрицает",
                "swelling": "отёк не беспокоит", "deformity": "деформации не замечал(а)"}
KK_NEG_COMPL = {"night_pain": "түнгі ауырсыну жоқ", "locking": "буынның құлыпталуы болмаған",
                "instability": "тұрақсыздықты жоққа шығарады", "swelling": "ісіну мазаламайды", "deformity": "қисаю байқамаған"}

RU_REHAB = {"lfk": ["ЛФК", "ЛФК по методике"], "crutches": ["ходьба на костылях", "ходьба с костылями"],
            "walker": ["ходьба с ходунками"], "cpm": ["разработка на аппарате CPM"],
            "physio": ["ФТЛ (магнитотерапия)", "физиолечение (УВЧ, магнит)"],
            "isometric": ["изометрическая гимнастика мышц бедра", "изометрические упражнения"]}
KK_REHAB = {"lfk": ["емдік дене шынықтыру (ЕДШ)", "ЕДШ"], "crutches": ["балдақпен жүру"], "walker": ["ходунки көмегімен жүру"],
            "cpm": ["CPM аппаратында буынды дамыту"], "physio": ["физиоем (магнитотерапия)"],
            "isometric": ["бұлшықеттерге изометриялық жаттығулар"]}

FIRST_M = ["Ерлан", "Нурлан", "Асхат", "Бауыржан", "Дархан", "Самат", "Арман", "Ержан", "Куаныш", "Талгат", "Сергей",
           "Виктор", "Андрей", "Марат", "Еркебулан", "Жандос", "Руслан", "Олжас"]
FIRST_F = ["Айгуль", "Гульнара", "Сауле", "Жанар", "Асель", "Динара", "Мадина", "Алия", "Роза", "Айжан", "Татьяна",
           "Ольга", "Галина", "Бибигуль", "Зауре", "Назерке"]
SUR = ["Ахметов", "Жумабеков", "Серикбаев", "Нурланов", "Каримов", "Абдрахманов", "Тулегенов", "Есенов", "Омаров",
       "Сагинтаев", "Исмаилов", "Мукашев", "Иванов", "Петров", "Ким", "Кенжебаев", "Байжанов", "Сулейменов",
       "Жакупов", "Дюсенов"]
PATR = ["Серик", "Болат", "Кайрат", "Мурат", "Ерлан", "Талгат", "Нурлан", "Амангельды"]
DOCS = ["Байжанов Е.К.", "Оспанов Д.М.", "Ким А.В.", "Жакупова Г.С.", "Тлеубаев Н.А.", "Смагулов Р.Т.", "Исаев Б.Ж.",
        "Нуртазин А.Е.", "Карабаев С.О.", "Шевченко И.П.", "Абенов Т.Б.", "Ермекова Л.Н."]
CITIES = [("Павлодар", "Павлодар"), ("Караганда", "Қарағанды"), ("Актобе", "Ақтөбе"), ("Шымкент", "Шымкент"),
          ("Костанай", "Қостанай"), ("Усть-Каменогорск", "Өскемен"), ("Кокшетау", "Көкшетау"), ("Семей", "Семей"),
          ("Уральск", "Орал"), ("Талдыкорган", "Талдықорған"), ("Тараз", "Тараз"), ("Петропавловск", "Петропавл")]
STREETS = ["ул. Абая", "пр. Назарбаева", "ул. Толе би", "ул. Сатпаева", "мкр. Самал", "ул. Ауэзова", "ул. Гагарина"]
KK_STREETS = ["Абай к-сі", "Сәтбаев к-сі", "Төле би к-сі", "Әуезов к-сі", "Самал ш/а", "Қабанбай батыр к-сі"]

CYR = {"A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т",
       "X": "Х", "I": "І", "S": "Ѕ"}


# ---------------------------------------------------------------- helpers
def iin_for(rng, birth, female):
    century = 3 if birth.year < 2000 else 5
    g = century + (1 if female else 0)
    while True:
        d = [int(c) for c in birth.strftime("%y%m%d")] + [g] + [rng.randint(0, 9) for _ in range(4)]
        s = sum(x * w for x, w in zip(d, range(1, 12))) % 11
        if s == 10:
            s = sum(x * w for x, w in zip(d, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])) % 11
            if s == 10:
                continue
        return "".join(map(str, d + [s]))


def fmt(d):
    return d.strftime("%d.%m.%Y")


def cyr_code(rng, code, p=0.45):
    if rng.random() < p and code[0] in CYR:
        return CYR[code[0]] + code[1:]
    return code


def ao_text(rng, ao, lang="ru"):
    a = ao
    if rng.random() < 0.4:
        a = a.replace("A", "А").replace("B", "В").replace("C", "С")
    form = rng.choice(["AO {a}", "АО {a}", "тип {c} по АО", "AO/OTA {a}"] if lang != "kk" else
                      ["AO {a}", "АО {a}", "AO/OTA бойынша {a}", "{c} (AO)"])
    return form.format(a=a, c=a.replace("-", ""))


def ru_sidefmt(s, side):
    sf = RU_SIDE[side]
    o = RU_SIDE[OTHER[side]]
    return s.format(f=sf["f"], m=sf["m"], of=o["f"], om=o["m"])


def kk_sidefmt(s, side):
    return s.format(k=KK_SIDE[side], ok=KK_SIDE[OTHER[side]])


def cap(s):
    return s[:1].upper() + s[1:]


def join_ru(items):
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " и " + items[-1]


def join_kk(items):
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " және " + items[-1]


def weeks_ru(rng, n):
    if n in (4, 8, 12) and rng.random() < 0.35:
        return {4: "1 мес.", 8: "2 мес.", 12: "3 мес."}[n]
    if n == 6 and rng.random() < 0.25:
        return "1,5 мес."
    return f"{n} нед."


def weeks_kk(rng, n, suffix="апта"):
    if n in (4, 8, 12) and rng.random() < 0.35:
        return {4: "1 ай", 8: "2 ай", 12: "3 ай"}[n]
    return f"{n} апта"


# ---------------------------------------------------------------- truth sampling
def sample_truth(rng, style, site, kind):
    """kind: operated | outside | conservative | planned"""
    f = {k: None for k in FIELD_KEYS}
    st = {"kind": kind, "tags": []}
    f["site"] = site
    f["side"] = rng.choice(["right", "left"])  # every record of this set states the side
    if f["side"] is None:
        st["side_for_text"] = None
    is_fx = site in FRACT
    if is_fx:
        r = rng.random()
        f["fracture_displaced"] = True if r < 0.45 else (False if r < 0.82 else None)
        f["fracture_comminuted"] = rng.random() < 0.35
        r = rng.random()
        f["fracture_open"] = False if r < 0.6 else (True if r < 0.72 else None)
        if rng.random() < 0.55:
            simple, comm = AO[site]
            f["ao_ota"] = rng.choice(comm if f["fracture_comminuted"] else simple)
        if not f["fracture_comminuted"]:
            st["comm_mode"] = rng.choice(["silent", "silent", "hedged", "negated"])
            if st["comm_mode"] != "silent":
                st["tags"].append("comminution_" + st["comm_mode"])
        else:
            st["comm_mode"] = "yes"
        if f["fracture_displaced"] is False:
            st["tags"].append("displacement_negated")
        f["mechanism"] = rng.choice(["fall_street", "fall_street", "fall_height", "traffic", "sport", "home", "home"]) \
            if rng.random() < 0.9 else None
        if site in ("femoral_neck", "pertrochanteric") and f["mechanism"] in ("sport", "traffic"):
            f["mechanism"] = "home"
    elif site in ("hip_oa", "knee_oa"):
        f["kl_grade"] = rng.choice([2, 3, 3, 4, 4]) if rng.random() < 0.8 else None
    else:
        f["mechanism"] = rng.choice(["sport", "sport", "sport", "home", "fall_street"]) if rng.random() < 0.85 else None
    # old injury / history traps
    if rng.random() < 0.55:
        old_site = CONFUSABLE[site] if rng.random() < 0.6 else rng.choice([s for s in FRACT if s != site])
        if old_site not in FRACT:
            old_site = "distal_radius"
        st["old"] = dict(site=old_site, side=rng.choice(["right", "left"]), year=rng.randint(2008, 2022),
                         treat=rng.choice(["cons", "cons", "mos_removed", "mos"]))
        st["tags"].append("old_injury_attrs")
    if rng.random() < 0.3:
        st["hist_op"] = rng.choice(["tha_zimmer", "knee_scope", "clav_plate_removed", "tka_genesis", "pfna"])
        st["tags"].append("history_operation_other_site")
    # operation
    op_site_ok = site in OPS
    if kind == "outside" and site not in OUTSIDE:
        kind = "operated"
        st["kind"] = kind
    if kind == "operated":
        ops = OPS[site]
        if f["fracture_open"] and site in ("tibial_shaft", "femoral_shaft", "ankle", "tibial_plateau", "humeral_shaft"):
            ext = [o for o in ops if o[0] == "external_fixation"]
            ops = ext or ops
        op = rng.choice(ops)
        st["op"] = dict(ru=op[2], kk=op[3])
        f["procedure"] = op[0]
        f["implants"] = list(op[1])
        if not op[1]:
            st["tags"].append("no_catalogue_implant")
    elif kind == "outside":
        o = OUTSIDE[site]
        st["op"] = dict(ru=o[2], kk=o[3])
        f["procedure"] = None
        f["implants"] = list(o[1])
        st["tags"].append("procedure_outside_list:" + o[4])
    else:
        st["tags"].append(kind)
    operated = kind in ("operated", "outside")
    if operated:
        lower = site in LOWER
        r = rng.random()
        if lower:
            f["anesthesia"] = "spinal" if r < 0.7 else ("general" if r < 0.85 else None)
        else:
            f["anesthesia"] = "general" if r < 0.55 else None
            if f["anesthesia"] is None and rng.random() < 0.7:
                st["anest_other"] = "block"
                st["tags"].append("regional_block_anesthesia")
        if f["anesthesia"] is None and "anest_other" not in st and rng.random() < 0.4:
            st["anest_other"] = "local" if site in ("distal_radius", "clavicle") else None
        big = f["procedure"] in ("total_hip_arthroplasty", "total_knee_arthroplasty") or "эндопротез" in st["op"]["ru"]
        scope = f["procedure"] in ("acl_reconstruction", "partial_meniscectomy") or site == "meniscus"
        r = rng.random()
        if scope:
            f["blood_loss_ml"] = rng.choice([20, 30, 50]) if r < 0.35 else None
            if f["blood_loss_ml"] is None and rng.random() < 0.6:
                st["bl_minimal"] = True
        else:
            if r < 0.72:
                f["blood_loss_ml"] = rng.choice([300, 350, 400, 450, 500, 600]) if big else rng.choice([50, 100, 150, 200, 250, 300])
            elif rng.random() < 0.6:
                st["bl_minimal"] = True
                st["tags"].append("blood_loss_minimal_no_number")
        if rng.random() < 0.25 and site in FRACT:
            st["cancelled_before"] = True
            st["tags"].append("cancelled_then_done")
    else:
        # planned / refused / conservative: mention of an operation never performed
        if kind == "planned" or rng.random() < 0.4:
            cand = OPS[site]
            op = rng.choice(cand)
            st["plan_op"] = dict(ru=op[2], kk=op[3],
                                 how=rng.choice(["refused", "planned", "recommended", "cancelled"]) if site in FRACT
                                 else rng.choice(["planned", "recommended", "quota"]))
            st["tags"].append("operation_not_done:" + st["plan_op"]["how"])
    # other-site planned operation next to a done one
    if operated and rng.random() < 0.2:
        st["plan_other"] = True
        st["tags"].append("planned_operation_other_site")
    # secondary injuries (only for fractures/trauma)
    st["secondary"] = []
    if f["mechanism"] in ("traffic", "fall_height", "fall_street") and rng.random() < 0.55:
        n = 1 if rng.random() < 0.7 else 2
        st["secondary"] = rng.sample(range(len(SECONDARY)), n)
        st["tags"].append("secondary_injury")
    st["comorb"] = []
    if rng.random() < 0.55:
        st["comorb"] = rng.sample(range(len(COMORB)), 1 if rng.random() < 0.6 else 2)
    st["complication"] = operated and rng.random() < 0.12
    if st["complication"]:
        st["tags"].append("complication:dvt")
    # ICD coding
    r = rng.random()
    st["icd_mode"] = "all" if r < 0.6 else ("primary" if r < 0.82 else "none")
    codes = []
    st["sec_coded"] = []
    st["com_coded"] = []
    if st["icd_mode"] != "none":
        code = ICD[site]
        if site == "hip_oa" and rng.random() < 0.3:
            code = "M16.3" if False else "M16.1"
        codes.append(code)
        if st["icd_mode"] == "all":
            st["sec_coded"] = list(st["secondary"])
            if st["complication"]:
                codes_c = ["I80.2"]
            else:
                codes_c = []
            st["com_coded"] = [i for i in st["comorb"] if rng.random() < 0.7]
            codes += [SECONDARY[i][2] for i in st["sec_coded"]]
            com_codes = [COMORB[i][2] for i in st["com_coded"]]
            # order of first appearance: the journal and the register put the background before the
            # post-operative complication; the consult note puts the complication line first
            codes += (codes_c + com_codes) if style == "imaging_consult_mixed" else (com_codes + codes_c)
    f["icd10"] = codes or None
    st["primary_code"] = codes[0] if codes else None
    # complaints
    if site in FRACT:
        pool = ["pain", "swelling", "limited_motion"] + (["deformity"] if f["fracture_displaced"] else []) + \
               (["no_weight_bearing"] if site in LOWER else [])
    elif site in ("hip_oa", "knee_oa"):
        pool = ["pain", "limited_motion", "night_pain"] + (["instability"] if site == "knee_oa" else []) + ["swelling"] * (site == "knee_oa")
    elif site == "acl":
        pool = ["instability", "pain", "swelling", "limited_motion"]
    else:
        pool = ["locking", "pain", "swelling", "limited_motion"]
    if rng.random() < 0.9:
        k = rng.randint(1, min(4, len(pool)))
        chosen = rng.sample(pool, k)
        comp = [c for c in pool if c in chosen]
        if "pain" in pool and "pain" not in comp and rng.random() < 0.7:
            comp = ["pain"] + comp
        f["complaints"] = comp
        negs = [c for c in RU_NEG_COMPL if c not in comp and c in (pool + ["night_pain"])]
        if negs and rng.random() < 0.6:
            st["neg_compl"] = rng.choice(negs)
            st["tags"].append("negated_complaint")
    # rehab / restrictions / weeks
    lower = site in LOWER
    proc = f["procedure"]
    rehab, restr = [], []
    wbw = None
    if operated:
        if proc == "total_hip_arthroplasty" or (kind == "outside" and site == "femoral_neck"):
            rehab = ["lfk", rng.choice(["walker", "crutches"])] + (["isometric"] if rng.random() < 0.5 else [])
            restr = ["hip_precautions", "partial_weight_bearing"]
            wbw = rng.choice([4, 6, 8]) if rng.random() < 0.6 else None
        elif proc == "total_knee_arthroplasty":
            rehab = ["lfk", "cpm", rng.choice(["walker", "crutches"])] + (["physio"] if rng.random() < 0.4 else [])
            restr = ["partial_weight_bearing"]
            wbw = rng.choice([4, 6]) if rng.random() < 0.5 else None
        elif proc == "acl_reconstruction":
            rehab = ["lfk", "crutches"] + (["cpm"] if rng.random() < 0.4 else []) + (["isometric"] if rng.random() < 0.5 else [])
            restr = ["brace", "partial_weight_bearing"]
            wbw = rng.choice([2, 3, 4, 6])
        elif site == "meniscus":
            rehab = ["lfk", "crutches"] + (["physio"] if rng.random() < 0.4 else [])
            restr = ["partial_weight_bearing"] if proc else ["no_weight_bearing", "brace"]
            wbw = rng.choice([1, 2]) if proc else rng.choice([4, 6])
        elif lower:
            rehab = ["lfk", "crutches"] + (["physio"] if rng.random() < 0.3 else []) + (["isometric"] if rng.random() < 0.3 else [])
            restr = [rng.choice(["no_weight_bearing", "no_weight_bearing", "partial_weight_bearing"])]
            wbw = rng.choice([6, 8, 8, 12]) if rng.random() < 0.7 else None
        else:
            rehab = ["lfk"] + (["physio"] if rng.random() < 0.5 else [])
            restr = ["no_lifting"] + (["sling"] if site in ("proximal_humerus", "clavicle", "humeral_shaft") and rng.random() < 0.5 else [])
    else:
        if site in ("hip_oa", "knee_oa"):
            rehab = ["lfk", "physio"][: rng.randint(1, 2)]
            restr = ["brace"] if site == "knee_oa" and rng.random() < 0.4 else []
        elif site in ("acl", "meniscus"):
            rehab = ["lfk"] + (["crutches"] if rng.random() < 0.6 else [])
            restr = ["brace"] + (["partial_weight_bearing"] if "crutches" in rehab else [])
            wbw = rng.choice([2, 3]) if "crutches" in rehab and rng.random() < 0.6 else None
        elif lower:
            rehab = ["crutches"] + (["isometric"] if rng.random() < 0.4 else [])
            restr = ["no_weight_bearing"]
            wbw = rng.choice([4, 6, 8, 12]) if rng.random() < 0.8 else None
        elif site in ("clavicle", "proximal_humerus", "humeral_shaft"):
            rehab = ["lfk"] if rng.random() < 0.6 else []
            restr = ["brace"] if site == "humeral_shaft" and rng.random() < 0.5 else ["sling"]
            st["sling_weeks"] = rng.choice([3, 4])
            if "sling" in restr:
                st["tags"].append("sling_weeks_not_weight_bearing")
        else:
            rehab = ["lfk"] if rng.random() < 0.5 else []
            restr = ["no_lifting"] if rng.random() < 0.5 else []
    if rng.random() < 0.1:
        rehab = []
    f["rehabilitation"] = rehab or None
    f["restrictions"] = restr or None
    f["weight_bearing_weeks"] = wbw
    f["follow_up_weeks"] = rng.choice([2, 4, 4, 6, 6, 8, 12]) if rng.random() < 0.85 else None
    if not operated and site in FRACT and site not in LOWER or (not operated and site in FRACT and site in LOWER):
        st["cast_weeks"] = rng.choice([4, 6, 8]) if site in LOWER else rng.choice([3, 4, 5, 6])
    if not operated and site in ("clavicle", "proximal_humerus", "humeral_shaft"):
        st.pop("cast_weeks", None)
    st["infusion"] = rng.choice([400, 800, 1000, 1200]) if operated and rng.random() < 0.5 else None
    st["drug_days"] = rng.choice([10, 14, 28, 35]) if rng.random() < 0.45 else None
    st["suture_days"] = rng.choice([10, 12, 14]) if operated and rng.random() < 0.6 else None
    st["puncture"] = rng.choice([30, 40, 60, 80]) if site in ("acl", "meniscus", "tibial_plateau", "patella") and rng.random() < 0.5 else None
    if st["puncture"]:
        st["tags"].append("knee_puncture_volume_not_blood_loss")
    if st.get("old"):
        pass
    return f, st


# ---------------------------------------------------------------- phrase builders (Russian)
def ru_dx_text(rng, f, st, abbrev=False, with_code=True):
    site, side = f["site"], f["side"] or "right"
    base = RU_DX[site]
    sf = RU_SIDE[side]
    if f["side"] is None:
        base = base.replace(" {f}", "").replace(" {m}", "")
    base = base.format(f=sf["f"], m=sf["m"])
    parts = []
    if site in FRACT:
        if f["fracture_open"] is True:
            parts.append("открытый")
        elif f["fracture_open"] is False:
            parts.append("закрытый")
        if f["fracture_comminuted"]:
            parts.append(rng.choice(["оскольчатый", "многооскольчатый"]))
        txt = " ".join(parts + [base])
        if f["fracture_displaced"] is True:
            txt += " " + rng.choice(["со смещением отломков", "со смещением"])
        elif f["fracture_displaced"] is False:
            txt += " " + rng.choice(["без смещения", "без смещения отломков"])
        if f["fracture_open"] and rng.random() < 0.7:
            txt += f" (Gustilo {rng.choice(['I', 'II', 'II', 'IIIA'])})"
        if f["ao_ota"]:
            txt += ", " + ao_text(rng, f["ao_ota"])
    else:
        txt = base
        if site in ("hip_oa", "knee_oa") and f["side"] and rng.random() < 0.4:
            kind = "коксартроз" if site == "hip_oa" else "гонартроз"
            txt = f"{sf['M']}сторонний {kind}"
        if f["kl_grade"]:
            r = ["I", "II", "III", "IV"][f["kl_grade"] - 1]
            txt += rng.choice([f" {r} ст. (по Kellgren–Lawrence)", f", R-стадия {r} по Kellgren-Lawrence", f" {r} стадии (KL {r})"])
    if abbrev:
        for a, b in (("большеберцовой", "б/берцовой"), ("бедренной кости", "бедр. кости"), ("закрытый", "закр."),
                     ("открытый", "откр."), ("оскольчатый", "оскольч."), ("со смещением отломков", "со смещ. отл."),
                     ("без смещения отломков", "б/смещ."), ("перелом", "перелом"), ("лучевой кости", "луч. кости"),
                     ("коленного сустава", "КС"), ("тазобедренного сустава", "ТБС")):
            txt = txt.replace(a, b)
    txt = cap(txt)
    if with_code and st["primary_code"]:
        txt += f" ({cyr_code(rng, st['primary_code'])})"
    return txt


def ru_secondary(rng, f, st, codes=True):
    side = f["side"] or "right"
    out = []
    for i in st["secondary"]:
        ru = ru_sidefmt(SECONDARY[i][0], side)
        if codes and i in st["sec_coded"]:
            ru += f" ({cyr_code(rng, SECONDARY[i][2])})"
        out.append(ru)
    return out


def ru_comorb(rng, st, codes=True):
    out = []
    for i in st["comorb"]:
        t = COMORB[i][0]
        if codes and i in st["com_coded"]:
            t += f" ({cyr_code(rng, COMORB[i][2])})"
        out.append(t)
    return out


def ru_old(rng, st):
    o = st.get("old")
    if not o:
        return ""
    dx = ru_sidefmt(RU_DX[o["site"]], o["side"])
    t = rng.choice(["оскольчатый", "многооскольчатый"]) + " " + dx + " " + rng.choice(["со смещением отломков", "со смещением"])
    tr = {"cons": "лечился(лась) консервативно, сросся с деформацией", "mos_removed": "МОС, металлоконструкция удалена",
          "mos": "оперирован(а) в ЦРБ, МОС"}[o["treat"]]
    return f"в {o['year']} г. — {t}, {tr}"


def ru_hist_op(st, side):
    h = st.get("hist_op")
    if not h:
        return ""
    o = RU_SIDE[OTHER[side]]
    return {"tha_zimmer": f"2017 г. — ТЭП {o['m']} ТБС эндопротезом Zimmer",
            "knee_scope": f"2020 г. — артроскопия {o['m']} КС, резекция мениска",
            "clav_plate_removed": f"2016 г. — МОС {o['f']} ключицы пластиной LCP, конструкция удалена в 2017 г.",
            "tka_genesis": f"2021 г. — ТЭП {o['m']} КС (Smith & Nephew Genesis II)",
            "pfna": f"2019 г. — БИОС {o['f']} бедренной кости штифтом PFNA по поводу чрезвертельного перелома"}[h]


def kk_hist_op(st, side):
    h = st.get("hist_op")
    if not h:
        return ""
    o = KK_SIDE[OTHER[side]]
    return {"tha_zimmer": f"2017 ж. — {o} жақ ұршық буынын Zimmer эндопротезімен эндопротездеу",
            "knee_scope": f"2020 ж. — {o} жақ тізе буынының артроскопиясы, менискті резекциялау",
            "clav_plate_removed": f"2016 ж. — {o} жақ бұғананы LCP пластинасымен остеосинтездеу, металл 2017 ж. алынған",
            "tka_genesis": f"2021 ж. — {o} жақ тізе буынын Smith & Nephew Genesis II эндопротезімен эндопротездеу",
            "pfna": f"2019 ж. — {o} жақ сан сүйегін PFNA штифтімен остеосинтездеу (ұршықаралық сынық)"}[h]


def plan_other_ru(f):
    side = f["side"] or "right"
    o = RU_SIDE[OTHER[side]]
    if f["site"] in ("hip_oa", "femoral_neck", "pertrochanteric", "femoral_shaft"):
        return f"вторым этапом через 6–12 мес. планируется ТЭП {o['m']} КС (эндопротез Zimmer NexGen) по квоте"
    if f["site"] in LOWER:
        return f"в плане — ТЭП {o['m']} ТБС (DePuy Pinnacle/Corail) после реабилитации"
    return f"перелом {o['f']} ключицы — МОС пластиной LCP планируется после стабилизации состояния"


def plan_other_kk(f):
    side = f["side"] or "right"
    o = KK_SIDE[OTHER[side]]
    if f["site"] in ("hip_oa", "femoral_neck", "pertrochanteric", "femoral_shaft"):
        return f"екінші кезеңде 6–12 айдан кейін {o} жақ тізе буынын Zimmer NexGen эндопротезімен эндопротездеу жоспарлануда (квота)"
    if f["site"] in LOWER:
        return f"жоспарда — {o} жақ ұршық буынын DePuy Pinnacle/Corail эндопротезімен эндопротездеу"
    return f"{o} жақ тізе буынының артроскопиясы жоспарлы түрде кейінге қалдырылды (Arthrex бұрандасымен АКБ пластикасы қарастырылуда)"


def anest_ru(rng, f, st):
    a = f["anesthesia"]
    if a == "spinal":
        return rng.choice(["СМА", "спинальная анестезия", "спинномозговая анестезия"])
    if a == "general":
        return rng.choice(["ЭТН", "эндотрахеальный наркоз", "общая анестезия (ЭТН)"])
    o = st.get("anest_other")
    if o == "block":
        return rng.choice(["блокада плечевого сплетения (БПС)", "проводниковая анестезия — БПС под УЗИ"])
    if o == "local":
        return "местная анестезия (р-р лидокаина 2%)"
    return None


def anest_kk(rng, f, st):
    a = f["anesthesia"]
    if a == "spinal":
        return rng.choice(["жұлын-ми анестезиясы", "субарахноидальды анестезия"])
    if a == "general":
        return rng.choice(["жалпы анестезия (эндотрахеальды наркоз)", "эндотрахеальды наркоз"])
    o = st.get("anest_other")
    if o == "block":
        return "иық өрімінің блокадасы (УДЗ бақылауымен)"
    if o == "local":
        return "жергілікті анестезия (лидокаин 2%)"
    return None


def bl_ru(rng, f, st):
    if f["blood_loss_ml"] is not None:
        return rng.choice([f"кровопотеря {f['blood_loss_ml']} мл", f"кровопотеря ~{f['blood_loss_ml']} мл",
                           f"кровопотеря {f['blood_loss_ml']},0 мл"])
    if st.get("bl_minimal"):
        return "кровопотеря минимальная"
    return None


def bl_kk(rng, f, st):
    if f["blood_loss_ml"] is not None:
        return f"{f['blood_loss_ml']} мл"
    if st.get("bl_minimal"):
        return "болмашы"
    return None


def complaints_ru(rng, f, st):
    side = f["side"] or "right"
    reg = ru_sidefmt(RU_REGION[f["site"]], side) if f["side"] else ru_sidefmt(RU_REGION[f["site"]], side).split(" ", 1)[1]
    items = []
    for c in f["complaints"]:
        w = RU_COMPL[c]
        if c == "pain":
            w = f"боли в области {reg}" + (" при движениях" if rng.random() < 0.3 else "")
        elif c == "swelling":
            w = "отёк"
        items.append(w)
    t = "на " + join_ru(items)
    if st.get("neg_compl"):
        t += "; " + RU_NEG_COMPL[st["neg_compl"]]
    return t


def complaints_kk(rng, f, st):
    side = f["side"] or "right"
    reg = (KK_SIDE[side] + " жақ " if f["side"] else "") + KK_REGION[f["site"]]
    items = []
    for c in f["complaints"]:
        w = KK_COMPL[c]
        if c == "pain":
            w = f"{reg} аймағындағы ауырсынуға"
        items.append(w)
    return join_kk(items)


def neg_kk(st):
    return (" " + cap(KK_NEG_COMPL[st["neg_compl"]]) + ".") if st.get("neg_compl") else ""


def restr_ru(rng, f, st, short=False):
    out = []
    wb = f["weight_bearing_weeks"]
    limb = "ногу" if f["site"] in LOWER else "руку"
    for r in f["restrictions"] or []:
        w = f" {weeks_ru(rng, wb)}" if wb else ""
        if r == "no_weight_bearing":
            out.append(rng.choice([f"без нагрузки на {limb}{w}", f"не наступать на ногу{w}", f"исключить осевую нагрузку{w}"]))
        elif r == "partial_weight_bearing":
            out.append(rng.choice([f"дозированная нагрузка на оперированную конечность{w}", f"частичная нагрузка{w}"]))
        elif r == "hip_precautions":
            out.append("профилактика вывиха эндопротеза (не сгибать в ТБС более 90°, не сидеть на низком, не скрещивать ноги)")
        elif r == "no_lifting":
            out.append(rng.choice(["не поднимать тяжести >2 кг", "исключить подъём тяжестей"]))
        elif r == "brace":
            out.append(rng.choice(["ортез на коленный сустав", "ношение функционального ортеза"]) if f["site"] in LOWER
                       else "ношение функционального ортеза")
        elif r == "sling":
            sw = st.get("sling_weeks")
            out.append(f"косынка {sw} нед." if sw else "косыночная повязка")
    return out


def restr_kk(rng, f, st):
    out = []
    wb = f["weight_bearing_weeks"]
    for r in f["restrictions"] or []:
        w = f"{weeks_kk(rng, wb)} бойы " if wb else ""
        if r == "no_weight_bearing":
            out.append(rng.choice([f"{w}аяққа салмақ түсірмеу", f"{w}аяққа тірек етпеу"]))
        elif r == "partial_weight_bearing":
            out.append(f"{w}операция жасалған аяққа мөлшерлі салмақ түсіру")
        elif r == "hip_precautions":
            out.append("эндопротездің шығып кетуінің алдын алу (ұршық буынын 90°-тан артық бүкпеу, аяқты айқастырмау)")
        elif r == "no_lifting":
            out.append("ауыр заттарды көтермеу")
        elif r == "brace":
            out.append("ортез тағу")
        elif r == "sling":
            sw = st.get("sling_weeks")
            out.append(f"{sw} апта бойы косынка таңғышы" if sw else "косынка таңғышы")
    return out


def rehab_ru(rng, f):
    return [rng.choice(RU_REHAB[r]) for r in f["rehabilitation"] or []]


def rehab_kk(rng, f):
    return [rng.choice(KK_REHAB[r]) for r in f["rehabilitation"] or []]


def fu_ru(rng, f):
    n = f["follow_up_weeks"]
    if n is None:
        return None
    w = weeks_ru(rng, n)
    return rng.choice([f"контроль R-гр ч/з {w}", f"явка на контроль через {w}", f"R-контроль через {w}"])


def fu_kk(rng, f):
    n = f["follow_up_weeks"]
    if n is None:
        return None
    w = weeks_kk(rng, n)
    return rng.choice([f"{w}дан кейін бақылау рентгенографиясы", f"{w}дан кейін қайта қарау"]).replace("айдан", "айдан")


def xray_ru(rng, f, st, long=False):
    """Description of current imaging, consistent with truth."""
    site = f["site"]
    side = f["side"] or "right"
    sf = RU_SIDE[side]
    if site in ("hip_oa", "knee_oa"):
        j = "тазобедренного" if site == "hip_oa" else "коленного"
        t = f"На R-граммах {sf['m']} {j} сустава: сужение суставной щели, субхондральный склероз, краевые остеофиты"
        if f["kl_grade"] == 4:
            t += ", деформация суставных поверхностей, щель практически не прослеживается"
        if long:
            t += ". Кистовидные просветления в субхондральных отделах. Костно-травматических изменений не выявлено"
        return t + "."
    if site in ("acl", "meniscus"):
        t = f"R-гр {sf['m']} КС: костно-травматических изменений не выявлено. МРТ: "
        t += "разрыв ПКС на всём протяжении, отёк костного мозга латерального мыщелка" if site == "acl" \
            else "горизонтально-лоскутный разрыв заднего рога медиального мениска (Stoller III)"
        return t + "."
    dx = ru_sidefmt(RU_DX[site], side).replace("перелом ", "")
    t = f"На R-граммах в 2 проекциях: линия перелома {dx.split(' в ')[0]}" if " перелом" not in dx else f"На R-граммах в 2 проекциях: {dx}"
    bits = []
    if f["fracture_comminuted"]:
        bits.append(rng.choice(["определяются множественные костные осколки", "оскольчатый характер перелома, свободные осколки до 1 см"]))
    elif st.get("comm_mode") == "hedged":
        bits.append(rng.choice(["оскольчатый характер не исключается", "нельзя исключить мелкооскольчатый компонент"]))
    elif st.get("comm_mode") == "negated":
        bits.append(rng.choice(["осколков не выявлено", "свободных костных фрагментов нет"]))
    if f["fracture_displaced"] is True:
        bits.append(rng.choice(["смещение отломков по ширине до 1/2 диаметра", "угловое смещение дистального отломка ~20°",
                                "смещение по длине до 1,5 см"]))
    elif f["fracture_displaced"] is False:
        bits.append(rng.choice(["смещения нет", "стояние отломков удовлетворительное, смещения нет", "без смещения"]))
    if bits:
        t += ", " + ", ".join(bits)
    if long:
        t += ". Суставные поверхности конгруэнтны. Мягкие ткани отёчны. Признаков остеопороза " + \
             rng.choice(["нет", "— умеренные (диффузный остеопороз)"])
    return t + "."


def xray_kk(rng, f, st):
    site = f["site"]
    k = KK_SIDE[f["side"] or "right"]
    if site in ("hip_oa", "knee_oa"):
        j = "ұршық" if site == "hip_oa" else "тізе"
        return f"{cap(k)} жақ {j} буынының рентгенограммасында: буын саңылауы тарылған, субхондральды склероз, шеткі остеофиттер."
    if site in ("acl", "meniscus"):
        return ("Рентгенограммада сүйек-жарақаттық өзгерістер анықталмады. МРТ: " +
                ("алдыңғы айқаспалы байламның толық жыртылуы." if site == "acl" else "медиальды менискінің артқы мүйізінің жыртылуы (Stoller III)."))
    loc = kk_sidefmt(KK_DX[site], f["side"] or "right")
    t = f"Рентгенограммада (2 проекция): {loc} сынық сызығы анықталады"
    bits = []
    if f["fracture_comminuted"]:
        bits.append("көптеген сүйек жарқыншақтары бар")
    elif st.get("comm_mode") == "hedged":
        bits.append("жарқыншақты сипаты жоққа шығарылмайды")
    elif st.get("comm_mode") == "negated":
        bits.append(rng.choice(["бос сүйек сынықтар жоқ", "жарқыншақтар анықталмады, сынықтар жоқ"]))
    if f["fracture_displaced"] is True:
        bits.append("сынықтардың ені бойынша ығысуы бар")
    elif f["fracture_displaced"] is False:
        bits.append(rng.choice(["ығысусыз", "сынықтардың ығысуы жоқ"]))
    if bits:
        t += ", " + ", ".join(bits)
    return t + "."


def kk_dx_text(rng, f, st, with_code=True):
    site = f["site"]
    side = f["side"] or "right"
    loc = kk_sidefmt(KK_DX[site], side)
    if f["side"] is None:
        loc = loc.replace(f"{KK_SIDE[side]} жақ ", "")
    if site in FRACT:
        attrs = []
        if f["fracture_open"] is True:
            attrs.append("ашық")
        elif f["fracture_open"] is False:
            attrs.append("жабық")
        if f["fracture_comminuted"]:
            attrs.append("көп жарқыншақты")
        if f["fracture_displaced"] is True:
            attrs.append("ығысуымен")
        elif f["fracture_displaced"] is False:
            attrs.append("ығысусыз")
        t = f"{loc} {' '.join(attrs)} сынығы".replace("  ", " ")
        if f["fracture_open"] and rng.random() < 0.6:
            t += f" (Gustilo {rng.choice(['I', 'II'])})"
        if f["ao_ota"]:
            t += ", " + ao_text(rng, f["ao_ota"], "kk")
    else:
        t = loc
        if f["kl_grade"]:
            r = ["I", "II", "III", "IV"][f["kl_grade"] - 1]
            t += rng.choice([f", {r} сатысы (Kellgren–Lawrence)", f", Kellgren-Lawrence бойынша {r} саты"])
    t = cap(t)
    if with_code and st["primary_code"]:
        t += f" (АХЖ-10: {cyr_code(rng, st['primary_code'])})"
    return t


def kk_old(rng, st):
    o = st.get("old")
    if not o:
        return ""
    loc = kk_sidefmt(KK_DX[o["site"]], o["side"])
    tr = {"cons": "консервативті емделген, деформациямен біткен", "mos_removed": "металлоостеосинтез, металл алынған",
          "mos": "АОА-да металлоостеосинтез жасалған"}[o["treat"]]
    return f"{o['year']} ж. — {loc} көп жарқыншақты ығысуымен сынығы, {tr}"


def kk_secondary(rng, f, st):
    side = f["side"] or "right"
    out = []
    for i in st["secondary"]:
        t = kk_sidefmt(SECONDARY[i][1], side)
        if i in st["sec_coded"]:
            t += f" ({cyr_code(rng, SECONDARY[i][2])})"
        out.append(t)
    return out


def kk_comorb(rng, st):
    out = []
    for i in st["comorb"]:
        t = COMORB[i][1]
        if i in st["com_coded"]:
            t += f" ({cyr_code(rng, COMORB[i][2])})"
        out.append(t)
    return out


def person(rng, f):
    female = rng.random() < (0.6 if f["site"] in ("femoral_neck", "pertrochanteric", "distal_radius", "hip_oa", "knee_oa") else 0.35)
    if f["site"] in ("femoral_neck", "pertrochanteric", "hip_oa", "knee_oa"):
        age = rng.randint(56, 88)
    elif f["site"] in ("acl", "meniscus") or f["mechanism"] == "sport":
        age = rng.randint(18, 45)
    else:
        age = rng.randint(18, 76)
    sur = rng.choice(SUR)
    first = rng.choice(FIRST_F if female else FIRST_M)
    p = rng.choice(PATR)
    if female:
        sur = sur + "а" if not sur.endswith(("о", "ко", "Ким")) else sur
        patr = p + ("овна" if not p.endswith("й") else "евна")
        kk_patr = p + "қызы"
    else:
        patr = p + "ович"
        kk_patr = p + "ұлы"
    ref = dt.date(2025, 1, 10) + dt.timedelta(days=rng.randint(0, 300))
    birth = dt.date(ref.year - age, rng.randint(1, 12), rng.randint(1, 28))
    return dict(female=female, age=age, name=f"{sur} {first} {patr}", kk_name=f"{sur} {first} {kk_patr}",
                iin=iin_for(rng, birth, female), birth=birth, ref=ref, city=rng.choice(CITIES))


# ---------------------------------------------------------------- style 1: trauma journal (ru)
def operated_line_ru(rng, f, st):
    side = f["side"] or "right"
    op = ru_sidefmt(st["op"]["ru"], side)
    if f["fracture_displaced"] is False:
        op = op.replace("закрытая репозиция, ", "")
    op = cap(op)
    if f["side"] is None:
        op = op.replace(" правого", "").replace(" правой", "").replace(" правое", "")
    return op


def write_tj(rng, f, st, p):
    side = f["side"] or "right"
    sf = RU_SIDE[side]
    L = []
    city = p["city"][0]
    L.append(f"КГП на ПХВ «Городская поликлиника №{rng.randint(1, 12)}» г. {city}")
    L.append(f"Травматологический пункт (круглосуточный) · тел. {rng.randint(20, 79)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}")
    L.append("Журнал регистрации травм, ф. 064/у — выкопировка записей")
    L.append("")
    d0 = p["ref"]
    doc1 = rng.choice(DOCS)
    L.append(f"Запись № {rng.randint(1000, 9999)} от {fmt(d0)} {rng.randint(8, 22):02d}:{rng.choice(['05', '20', '35', '50'])}. Травматолог: {doc1}")
    L.append(f"Ф.И.О.: {p['name']}, {p['age']} л. ИИН: {p['iin']}. Д.р.: {fmt(p['birth'])}")
    L.append(f"Адрес: г. {city}, {rng.choice(STREETS)}, д. {rng.randint(1, 120)}, кв. {rng.randint(1, 90)}. Работает: {rng.choice(['не работает, пенсионер(ка)']) if p['age'] >= 63 else rng.choice(['ТОО «Стройсервис», водитель', 'КГУ СОШ №14, учитель', 'ИП, продавец', 'студент(ка)' if p['age'] < 25 else 'АО «KEGOC», электромонтёр'])}")
    acute = f["site"] not in ("hip_oa", "knee_oa")
    if f["complaints"]:
        L.append("Ж-бы: " + complaints_ru(rng, f, st) + ".")
    if acute:
        inj = d0 - dt.timedelta(days=rng.choice([0, 0, 0, 1, 2]))
        mech = f"Травма {fmt(inj)[:5]} — " + (rng.choice(RU_MECH[f["mechanism"]]) if f["mechanism"] else "обстоятельства травмы не уточняет")
        mech += ". Алк. опьянение отрицает. ПС не терял(а), тошноты, рвоты нет."
    else:
        mech = f"Болеет ок. {rng.randint(3, 12)} лет, ухудшение последние полгода, травму отрицает. Принимает НПВС без эффекта."
    L.append("An. morbi: " + mech)
    hist = [x for x in (ru_old(rng, st), ru_hist_op(st, side)) if x]
    com = ru_comorb(rng, st, codes=False)
    if hist:
        L.append("An. vitae: " + "; ".join(hist) + "." + (" Сопутств.: " + ", ".join(com) + "." if com else ""))
    elif com:
        L.append("An. vitae: " + ", ".join(com) + ". Аллергоанамнез не отягощён.")
    else:
        L.append("An. vitae: без особенностей. Аллергоанамнез не отягощён. Гепатит, ТБС, ВИЧ отрицает.")
    ex = f"St. loc.: в обл. {ru_sidefmt(RU_REGION[f['site']], side)} "
    if f["site"] in FRACT:
        ex += ("деформация, " if f["fracture_displaced"] else "деформации нет, ") + "отёк, пальпация резко болезненна, "
        ex += "патологическая подвижность" + (" определяется" if f["fracture_displaced"] else " не определяется") + ". "
        ex += ("Рана " + rng.choice(["3×1 см", "2×0,5 см", "4×2 см"]) + " в проекции перелома, кровоточит. " if f["fracture_open"]
               else "Ран, ссадин в зоне перелома нет. ")
        ex += "Нарушений чувствительности и кровообращения в дистальных отделах нет."
    elif f["site"] in ("hip_oa", "knee_oa"):
        ex += "контуры сглажены, крепитация при движениях, объём движений ограничен, гиперемии нет."
    else:
        ex += "выпот в суставе, " + ("симптом переднего выдвижного ящика (+), Лахман (+)" if f["site"] == "acl"
                                    else "симптом Байкова (+), МакМюррей (+)") + ". Нейроваскулярных нарушений нет."
    L.append(ex)
    if st.get("puncture"):
        L.append(f"Пункция {sf['m']} КС: эвакуировано {st['puncture']} мл геморрагической жидкости, асептическая повязка.")
    L.append("R-гр: " + xray_ru(rng, f, st))
    dx = "Д-з: " + ru_dx_text(rng, f, st, abbrev=True)
    sec = ru_secondary(rng, f, st, codes=st["icd_mode"] == "all")
    if sec:
        dx += ". Сопутств.: " + "; ".join(sec)
    L.append(dx + ".")
    if st["icd_mode"] == "all" and st["com_coded"]:
        L.append("Фон: " + ", ".join(ru_comorb(rng, st)) + ".")
    operated = st["kind"] in ("operated", "outside")
    cw = st.get("cast_weeks")
    # first-visit treatment
    tr = []
    if f["site"] in FRACT:
        if f["fracture_displaced"] and not operated:
            tr.append("закрытая репозиция под местной анестезией (новокаин 1% — 20,0 мл в гематому), R-контроль — стояние удовлетворительное")
        if f["site"] in ("clavicle", "proximal_humerus", "humeral_shaft") and not operated:
            tr.append("иммобилизация " + ("функциональным ортезом" if "brace" in (f["restrictions"] or []) else "косыночной повязкой")
                      + " (см. рекомендации)")
        elif not operated:
            c = CONS["cast_wrist"][0] if f["site"] == "distal_radius" else (CONS["cast_lower"][0] if f["site"] in LOWER else CONS["cast_upper"][0])
            tr.append(c + (f" на {cw} нед." if cw else ""))
        else:
            tr.append("транспортная иммобилизация лонгетой")
        if f["fracture_open"]:
            tr.append("ПСС 3000 МЕ, АС 0,5 мл п/к")
    else:
        tr.append("НПВС (мелоксикам 15 мг" + (f" — {st['drug_days']} дней)" if st.get("drug_days") else ")"))
    tr.append("анальгетики")
    L.append("Леч.: " + "; ".join(tr) + ".")
    plan = st.get("plan_op")
    if operated:
        L.append(f"Направлен(а) в травматологическое отделение ГБСМП г. {city} для оперативного лечения. Госпитализирован(а).")
    elif plan:
        op = ru_sidefmt(plan["ru"], side)
        how = plan["how"]
        if how == "refused":
            L.append(f"Показано оперативное лечение ({op}) — от госпитализации и операции пациент(ка) отказался(лась), отказ оформлен письменно, риски разъяснены.")
        elif how == "cancelled":
            L.append(f"Госпитализирован(а) в ГБСМП, планировался(ась) {op}; операция отменена (декомпенсация СД, фликтены), выписан(а) на амбулаторное лечение.")
        elif how == "quota":
            L.append(f"Направлен(а) к ортопеду КДЦ для постановки в лист ожидания на квоту: {op}.")
        else:
            L.append(f"Рекомендовано плановое оперативное лечение: {op} — после дообследования (ОАК, ОАМ, ЭКГ, консультация терапевта).")
    L.append(f"Явка {fmt(d0 + dt.timedelta(days=rng.choice([3, 5, 7])))}. Б/л № {rng.randint(100000, 999999)} открыт." if acute
             else f"Явка {fmt(d0 + dt.timedelta(days=14))}.")
    L.append("")
    # follow-up visits
    d1 = d0 + dt.timedelta(days=rng.choice([10, 14, 18, 21]))
    L.append(f"Повторный приём {fmt(d1)}. Травматолог: {rng.choice(DOCS)}")
    if operated:
        adm = d0
        opd = adm + dt.timedelta(days=rng.randint(1, 4))
        dis = opd + dt.timedelta(days=rng.randint(5, 10))
        L.append(f"Выписан(а) из ГБСМП {fmt(dis)} (выписка на руках). Находился(лась) {fmt(adm)}–{fmt(dis)}.")
        if st.get("cancelled_before"):
            L.append(f"Операция, назначенная на {fmt(adm + dt.timedelta(days=1))}, была отменена (АД 190/110), перенесена.")
        line = f"{fmt(opd)} выполнено: {operated_line_ru(rng, f, st)}."
        a = anest_ru(rng, f, st)
        b = bl_ru(rng, f, st)
        extra = [x for x in (("анест.: " + a) if a else None, b) if x]
        if extra:
            line += " " + cap("; ".join(extra)) + "."
        L.append(line)
        if st.get("infusion"):
            L.append(f"В стационаре: антибиотикопрофилактика цефазолин, инфузионная терапия {st['infusion']},0 мл, эноксапарин п/к.")
        if st.get("plan_other"):
            L.append("По выписке: " + plan_other_ru(f) + ".")
        if st.get("complication"):
            L.append(f"П/о период осложнился тромбозом глубоких вен {RU_SIDE[side]['f']} голени (УЗДГ), антикоагулянты.")
            if st["icd_mode"] == "all":
                L.append(f"Осл.: ТГВ {RU_SIDE[side]['f']} голени ({cyr_code(rng, 'I80.2')}).")
        L.append("Жалоб активно нет, умеренные боли при движениях. П/о рана — без признаков воспаления.")
        if st.get("suture_days"):
            L.append(f"Швы сняты на {st['suture_days']}-е сутки, заживление первичным натяжением.")
    else:
        if f["site"] in FRACT:
            L.append("Боли уменьшились. Иммобилизация состоятельна. Отёк уменьшился. Нейроваскулярных нарушений нет.")
        else:
            L.append("На фоне лечения боли несколько уменьшились. Выпота нет. Нейроваскулярных нарушений нет.")
        if f["site"] in FRACT:
            L.append("R-контроль: " + ("вторичного смещения нет." if f["fracture_displaced"] is not True else "стояние отломков удовлетворительное, вторичного смещения нет."))
    if st.get("drug_days") and operated:
        L.append(f"Ривароксабан 10 мг 1 р/д — курс {st['drug_days']} дней.")
    L.append("Д-з: тот же.")
    rec = rehab_ru(rng, f) + restr_ru(rng, f, st)
    if not operated and cw and f["site"] not in ("clavicle", "proximal_humerus", "humeral_shaft"):
        rec = [f"иммобилизация до {cw} нед. от момента травмы"] + rec
    fu = fu_ru(rng, f)
    if fu:
        rec.append(fu)
    if rec:
        L.append("Рек.: " + "; ".join(rec) + ".")
    else:
        L.append("Рек.: наблюдение у травматолога по месту жительства.")
    L.append(f"Б/л продлён до {fmt(d1 + dt.timedelta(days=rng.choice([10, 14, 20])))}." if acute else "Б/л не требуется.")
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------- style 2: Kazakh operating-theatre register
def write_kor(rng, f, st, p):
    side = f["side"] or "right"
    k = KK_SIDE[side]
    L = []
    city = p["city"][1]
    L.append(f"«{city} облыстық көпбейінді ауруханасы» ШЖҚ КМК")
    L.append(f"Травматология және ортопедия бөлімшесі · Операциялық блок №{rng.randint(1, 3)}")
    L.append(f"Тіркеу журналынан үзінді, {fmt(p['ref'])[-4:]} ж.")
    L.append("")
    L.append("ОПЕРАЦИЯ АЛДЫНДАҒЫ ЭПИКРИЗ")
    adm = p["ref"]
    L.append(f"| Науқас | {p['kk_name']} |")
    L.append(f"| ЖСН | {p['iin']} |")
    L.append(f"| Туған күні | {fmt(p['birth'])} ({p['age']} жас) |")
    L.append(f"| Мекенжайы | {city} қ., {rng.choice(KK_STREETS)}, {rng.randint(1, 150)} |")
    L.append(f"| Түскен күні | {fmt(adm)}, {rng.choice(['шұғыл түрде', 'жоспарлы түрде', 'ЖМЖ бригадасымен жеткізілді'])} |")
    L.append(f"| Ауру тарихы № | {rng.randint(1000, 9999)}/{rng.randint(100, 999)} |")
    L.append("")
    if f["complaints"]:
        L.append("ШАҒЫМДАРЫ")
        L.append(cap(complaints_kk(rng, f, st)) + " шағымданады." + neg_kk(st))
    L.append("АНАМНЕЗІ")
    acute = f["site"] not in ("hip_oa", "knee_oa")
    if acute:
        inj = adm - dt.timedelta(days=rng.choice([0, 0, 1, 3]))
        if f["mechanism"]:
            L.append(f"{fmt(inj)} {rng.choice(KK_MECH[f['mechanism']])}. Есін жоғалтпаған, құсу болмаған.")
        else:
            L.append(f"{fmt(inj)} жарақат алған, жағдайын нақтыламайды. Есін жоғалтпаған.")
    else:
        L.append(f"Шамамен {rng.randint(4, 15)} жыл ауырады, соңғы жылы нашарлаған. Жарақатты жоққа шығарады. ҚҚСД қабылдаған, әсері аз.")
    hist = [x for x in (kk_old(rng, st), kk_hist_op(st, side)) if x]
    if hist:
        L.append("Бұрын: " + "; ".join(hist) + ".")
    com_plain = [COMORB[i][1] for i in st["comorb"]]
    if com_plain:
        L.append("Қосалқы аурулары: " + ", ".join(com_plain) + ".")
    L.append("Аллергиялық анамнезі ауыртпалықсыз. Гепатит, туберкулез, АИТВ жоққа шығарады.")
    L.append("ОБЪЕКТИВТІ")
    ex = f"Жалпы жағдайы орташа. {cap(k)} жақ {KK_REGION[f['site']]} аймағында "
    if f["site"] in FRACT:
        ex += ("деформация, " if f["fracture_displaced"] else "деформация жоқ, ") + "ісіну, пальпацияда күрт ауырсыну. "
        ex += ("Сынық проекциясында жара бар, қанайды. " if f["fracture_open"] else "Жара, сызат жоқ. ")
        ex += "Шеткі бөліктерде қан айналымы мен сезімталдық бұзылмаған."
    elif f["site"] in ("hip_oa", "knee_oa"):
        ex += "қимыл шектелген, қозғалғанда сықырлау, гиперемия жоқ."
    else:
        ex += "сұйықтық бар, " + ("алдыңғы «тартпа» симптомы (+), Лахман сынамасы (+)." if f["site"] == "acl" else "Байков, МакМюррей симптомдары (+).")
    L.append(ex)
    if st.get("puncture"):
        L.append(f"{cap(k)} жақ тізе буынының пункциясы: {st['puncture']} мл геморрагиялық сұйықтық алынды.")
    L.append("ЗЕРТТЕУЛЕР")
    L.append(xray_kk(rng, f, st))
    L.append(f"ЖҚА: Hb {rng.randint(105, 150)} г/л, лейкоциттер {rng.randint(5, 11)},{rng.randint(0, 9)}×10⁹/л. Коагулограмма қалыпты. ЭКГ: синустық ырғақ.")
    L.append("ДИАГНОЗ")
    L.append("Негізгі: " + kk_dx_text(rng, f, st) + ".")
    sec = kk_secondary(rng, f, st)
    if sec:
        L.append("Қосалқы жарақат: " + "; ".join(sec) + ".")
    if st["com_coded"]:
        L.append("Қосалқы аурулар: " + ", ".join(kk_comorb(rng, st)) + ".")
    operated = st["kind"] in ("operated", "outside")
    plan = st.get("plan_op")
    L.append("ОПЕРАЦИЯ ЖОСПАРЫ")
    if operated:
        L.append(cap(kk_sidefmt(st["op"]["kk"], side)) + ".")
        L.append(f"Жоспарланған анестезия: {rng.choice(['жұлын-ми анестезиясы', 'жалпы анестезия'])} (анестезиолог шешімі бойынша). Науқастың жазбаша келісімі алынды.")
    elif plan:
        L.append(cap(kk_sidefmt(plan["kk"], side)) + ".")
        L.append("Жоспарланған анестезия: " + rng.choice(["жұлын-ми анестезиясы", "жалпы анестезия"]) + ".")
    else:
        L.append("Операция көрсетілмеген — консервативті ем жоспарланды.")
    L.append(f"Дәрігер: {rng.choice(DOCS)}, бөлім меңгерушісі: {rng.choice(DOCS)}")
    L.append("")
    L.append("ОПЕРАЦИЯЛАРДЫ ТІРКЕУ ЖУРНАЛЫНЫҢ ЖАЗБАСЫ")
    opd = adm + dt.timedelta(days=rng.randint(1, 3))
    if operated:
        if st.get("cancelled_before"):
            L.append(f"| Операция № | {rng.randint(100, 999)} |")
            L.append(f"| Күні | {fmt(opd)} |")
            L.append("| Мәртебесі | БОЛДЫРЫЛМАДЫ |")
            L.append(f"| Себебі | {rng.choice(['артериялық қысым 190/110 мм с.б.б.', 'операция аймағында тері фликтеналары', 'гликемия 16 ммоль/л'])} |")
            L.append("")
            opd = opd + dt.timedelta(days=rng.randint(2, 5))
        L.append(f"| Операция № | {rng.randint(100, 999)} |")
        L.append(f"| Күні, уақыты | {fmt(opd)}, {rng.randint(8, 15):02d}:{rng.choice(['00', '15', '30', '45'])} |")
        L.append("| Мәртебесі | ОРЫНДАЛДЫ |")
        opk = kk_sidefmt(st['op']['kk'], side)
        if f["fracture_displaced"] is False:
            opk = opk.replace("жабық репозиция, ", "")
        L.append(f"| Операция атауы | {cap(opk)} |")
        imp = []
        if f["implants"]:
            imp = [i.replace("эндопротез ", "").replace("пластина ", "") for i in f["implants"]]
        L.append(f"| Имплант / құрылғы | {', '.join(imp) if imp else 'каталогтық имплант қолданылмады'} |")
        a = anest_kk(rng, f, st)
        L.append(f"| Анестезия түрі | {a if a else 'хаттамада көрсетілмеген'} |")
        b = bl_kk(rng, f, st)
        if b:
            L.append(f"| Қан жоғалту | {b} |")
        L.append(f"| Ұзақтығы | {rng.randint(0, 2)} сағ {rng.choice([10, 20, 35, 50])} мин |")
        sa = rng.sample(DOCS, 2)
        L.append(f"| Хирург / ассистент | {sa[0]} / {sa[1]} |")
        L.append(f"| Анестезиолог | {rng.choice(DOCS)} |")
        L.append(f"| Операция кезіндегі асқыну | жоқ |")
        if st.get("infusion"):
            L.append(f"| Инфузия | {st['infusion']} мл (кристаллоидтар) |")
        L.append("")
        L.append("ОПЕРАЦИЯДАН КЕЙІНГІ КЕЗЕҢ")
        if st.get("complication"):
            L.append(f"Операциядан кейінгі 5-тәулікте {k} жақ сирақтың терең веналарының тромбозы анықталды (УДЗ), антикоагулянттар.")
            if st["icd_mode"] == "all":
                L.append(f"Асқыну: терең веналар тромбозы ({cyr_code(rng, 'I80.2')}).")
        else:
            L.append("Кезең асқынусыз өтті, жара біріншілік керілумен жазылуда.")
        if st.get("suture_days"):
            L.append(f"Тігістерді {st['suture_days']}-тәулікте алу.")
        if st.get("plan_other"):
            L.append("Ескерту: " + plan_other_kk(f) + ".")
    else:
        if plan:
            L.append(f"| Операция № | {rng.randint(100, 999)} |")
            L.append(f"| Күні | {fmt(opd)} |")
            L.append(f"| Операция атауы (жоспар) | {cap(kk_sidefmt(plan['kk'], side))} |")
            why = {"refused": "науқас операциядан жазбаша бас тартты", "cancelled": "тері фликтеналары, операция кейінге қалдырылды",
                   "planned": "жоспарлы түрде қайта жатқызу күтілуде", "recommended": "науқас ойлануға уақыт сұрады",
                   "quota": "квота бойынша кезекке қойылды"}[plan["how"]]
            L.append("| Мәртебесі | БОЛДЫРЫЛМАДЫ |")
            L.append(f"| Себебі | {why} |")
            L.append("")
        L.append("ЖҮРГІЗІЛГЕН ЕМ")
        if f["site"] in FRACT:
            cw = st.get("cast_weeks")
            if f["site"] in ("clavicle", "proximal_humerus", "humeral_shaft"):
                L.append("Иммобилизация: " + ("функционалдық ортез." if "brace" in (f["restrictions"] or []) else "косынка таңғышы (ұсыныстарды қараңыз)."))
            else:
                c = CONS["cast_wrist"][1] if f["site"] == "distal_radius" else (CONS["cast_lower"][1] if f["site"] in LOWER else CONS["cast_upper"][1])
                L.append(f"{cap(c)}" + (f", {cw} апта бойы." if cw else "."))
        else:
            L.append("ҚҚСД (мелоксикам" + (f", {st['drug_days']} күн" if st.get("drug_days") else "") + "), буын ішіне гиалурон қышқылы.")
    if st.get("drug_days") and operated:
        L.append(f"Ривароксабан 10 мг тәулігіне 1 рет — {st['drug_days']} күн.")
    L.append("")
    L.append("ҰСЫНЫСТАР")
    rec = rehab_kk(rng, f) + restr_kk(rng, f, st)
    fu = fu_kk(rng, f)
    if fu:
        rec.append(fu)
    if not rec:
        rec = ["тұрғылықты жері бойынша травматолог бақылауы"]
    for i, r in enumerate(rec, 1):
        L.append(f"{i}) {cap(r)}.")
    L.append(f"Жазбаны толтырған: {rng.choice(DOCS)}")
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------- style 3: imaging consult (mixed)
def write_img(rng, f, st, p):
    side = f["side"] or "right"
    sf = RU_SIDE[side]
    k = KK_SIDE[side]
    L = []
    city = p["city"]
    L.append(f"ГКП на ПХВ «Многопрофильная больница №{rng.randint(1, 5)}» / №{rng.randint(1, 5)} көпбейінді аурухана, г. {city[0]}")
    L.append("Консультативно-диагностическое отделение · Кеңес беру-диагностикалық бөлімі")
    L.append("")
    L.append("КОНСУЛЬТАЦИЯ ТРАВМАТОЛОГА-ОРТОПЕДА / ТРАВМАТОЛОГ-ОРТОПЕД КЕҢЕСІ")
    d = p["ref"]
    operated = st["kind"] in ("operated", "outside")
    opd = d - dt.timedelta(days=rng.choice([21, 28, 35, 42, 56])) if operated else None
    L.append(f"Пациент / Науқас: {p['name']}, {p['age']} лет. ИИН/ЖСН: {p['iin']}")
    L.append(f"Дата осмотра / Қаралған күні: {fmt(d)}. Направлен(а): {rng.choice(['ВОП, ' + rng.choice(DOCS), 'хирург поликлиники', 'самообращение', 'из приёмного покоя'])}")
    L.append("")
    if f["complaints"]:
        if rng.random() < 0.5:
            L.append("Шағымдары: " + complaints_kk(rng, f, st) + "." + neg_kk(st))
        else:
            L.append("Жалобы: " + complaints_ru(rng, f, st) + ".")
    else:
        L.append(rng.choice(["Жалобы: активно не предъявляет.", "Шағымдары: белсенді шағымы жоқ."]))
    acute = f["site"] not in ("hip_oa", "knee_oa")
    an = []
    if acute:
        if f["mechanism"]:
            an.append("Травма " + fmt((opd or d) - dt.timedelta(days=rng.randint(1, 3))) + " — " + rng.choice(RU_MECH[f["mechanism"]]) + ".")
        else:
            an.append("Обстоятельства травмы не помнит / жарақат жағдайын нақтыламайды.")
    else:
        an.append(f"Ауырғанына шамамен {rng.randint(5, 15)} жыл, травму отрицает.")
    if operated:
        where = rng.choice(["ГБСМП", "ОКБ", "ГБ №1"])
        if st.get("cancelled_before"):
            an.append(f"Операция, назначенная на {fmt(opd - dt.timedelta(days=3))}, отменялась (гипертонический криз).")
        line = f"{fmt(opd)} в {where} выполнено: {operated_line_ru(rng, f, st)}"
        a = anest_ru(rng, f, st)
        b = bl_ru(rng, f, st)
        if a:
            line += f", анестезия — {a}"
        if b:
            line += f", {b}"
        an.append(line + ".")
        if st.get("infusion"):
            an.append(f"В п/о периоде инфузионная терапия {st['infusion']},0 мл/сут, антибиотикопрофилактика.")
        if st.get("complication"):
            an.append(f"П/о: тромбоз глубоких вен {sf['f']} голени, получает антикоагулянты.")
        if st.get("suture_days"):
            an.append(f"Тігістер {st['suture_days']}-тәулікте алынған.")
    L.append("Анамнез: " + " ".join(an))
    hist = [x for x in (ru_old(rng, st), ru_hist_op(st, side)) if x]
    if hist:
        L.append("Бұрынғы жарақаттар мен операциялар: " + "; ".join(hist) + ".")
    com = [COMORB[i][0] for i in st["comorb"]]
    if com:
        L.append("Сопутствующие / қосалқы аурулар: " + ", ".join(com) + ".")
    if f["site"] in FRACT:
        if operated:
            ex = f"Локально: п/о рубец в обл. {ru_sidefmt(RU_REGION[f['site']], side)} без признаков воспаления, отёк умеренный. Нейроваскулярных нарушений нет."
        else:
            ex = f"Локально: {k} жақ {KK_REGION[f['site']]} аймағында ісіну, " + ("деформация" if f["fracture_displaced"] else "деформация жоқ") + \
                 ", пальпацияда ауырсыну. " + ("Рана в проекции перелома после ПХО, без отделяемого." if f["fracture_open"] else "Ран нет.") + \
                 " Сезімталдық пен қан айналымы сақталған."
    elif f["site"] in ("hip_oa", "knee_oa"):
        ex = f"Локально: походка щадящая, объём движений в {sf['m']} {'ТБС' if f['site'] == 'hip_oa' else 'КС'} ограничен, крепитация."
    else:
        ex = "Локально: " + ("тест Лахмана (+), передний выдвижной ящик (+)" if f["site"] == "acl" else "МакМюррей (+), Байков (+)") + \
             ("; п/о рубцы портов чистые" if operated else "") + "."
    L.append(ex)
    if st.get("puncture"):
        L.append(f"Ранее (при обращении) пункция {sf['m']} КС — {st['puncture']} мл гемартроза.")
    L.append("")
    # quoted imaging
    if operated:
        L.append("Первичные R-граммы (цитата из описания рентгенолога, до операции):")
    else:
        L.append("Описание рентгенограмм (цитата из протокола рентгенолога):")
    L.append("«" + xray_ru(rng, f, st, long=True) + "»")
    if f["site"] in FRACT and rng.random() < 0.5:
        L.append("КТ (цитата): «" + rng.choice(["Мультиспиральная КТ с 3D-реконструкцией", "КТ с MPR-реконструкцией"]) + ": " +
                 ("зона перелома с множественными фрагментами" if f["fracture_comminuted"] else
                  ("данных за оскольчатый характер не получено, осколков не выявлено" if st.get("comm_mode") == "negated" else
                   ("оскольчатый характер не исключается, мелкие фрагменты по кортикальному краю сомнительны" if st.get("comm_mode") == "hedged"
                    else "линия перелома прослеживается, суставная поверхность не вовлечена"))) +
                 ((", смещение отломков до 6 мм" if f["fracture_displaced"] else ", смещения нет") if f["fracture_displaced"] is not None else "") + ".»")
    if st.get("old") and rng.random() < 0.7:
        o = st["old"]
        L.append(f"Архивные снимки ({o['year']} г.): консолидированный многооскольчатый {ru_sidefmt(RU_DX[o['site']], o['side'])} со смещением, сросся с угловой деформацией.")
    L.append("Рентгенолог қорытындысы: " + xray_kk(rng, f, st))
    if operated:
        L.append("Контрольные R-граммы от " + fmt(d) + ": положение металлоконструкции правильное, признаков нестабильности нет, "
                 + rng.choice(["периостальная мозоль формируется.", "линия перелома прослеживается, консолидация идёт."]))
    L.append("")
    L.append("Заключение / Қорытынды:")
    L.append("Д-з: " + ru_dx_text(rng, f, st) + ("; состояние после операции" if operated else "") + ".")
    sec = ru_secondary(rng, f, st, codes=True) if st["icd_mode"] == "all" else ru_secondary(rng, f, st, codes=False)
    if sec:
        L.append("Сопутствующие травмы: " + "; ".join(sec) + ".")
    if st.get("complication") and st["icd_mode"] == "all":
        L.append(f"Осложнение: ТГВ {sf['f']} голени ({cyr_code(rng, 'I80.2')}).")
    if st["com_coded"]:
        L.append("Фон: " + ", ".join(ru_comorb(rng, st)) + ".")
    L.append("")
    L.append("Тактика / Ұсыныстар:")
    plan = st.get("plan_op")
    if plan:
        op = ru_sidefmt(plan["ru"], side)
        how = plan["how"]
        if how == "refused":
            L.append(f"- Предложено: {op}. Науқас операциядан бас тартты (отказ подписан), продолжает консервативное лечение.")
        elif how == "cancelled":
            L.append(f"- Операция ({op}) была назначена, но отменена из-за состояния кожных покровов; решение — консервативно.")
        elif how == "quota":
            L.append(f"- Показано: {op}. Направление на квоту (портал бюро госпитализации).")
        else:
            L.append(f"- Рекомендовано плановое оперативное лечение: {op}; госпитализация после дообследования.")
    if not operated and f["site"] in FRACT:
        cw = st.get("cast_weeks")
        if f["site"] not in ("clavicle", "proximal_humerus", "humeral_shaft"):
            L.append(f"- Продолжить гипсовую иммобилизацию" + (f", всего {cw} нед. с момента травмы." if cw else "."))
    if st.get("plan_other"):
        L.append("- " + cap(plan_other_ru(f)) + ".")
    if st.get("drug_days"):
        L.append(f"- Препараты кальция + витамин D, курс {st['drug_days']} дней.")
    rr = rehab_ru(rng, f)
    rk = rehab_kk(rng, f)
    if f["rehabilitation"]:
        L.append("- " + cap(", ".join(rr if rng.random() < 0.5 else rk)) + ".")
    rs = restr_ru(rng, f, st) if rng.random() < 0.5 else restr_kk(rng, f, st)
    for r in rs:
        L.append("- " + cap(r) + ".")
    fu = fu_ru(rng, f) if rng.random() < 0.5 else fu_kk(rng, f)
    if fu:
        L.append("- " + cap(fu) + ".")
    L.append(f"Травматолог-ортопед: {rng.choice(DOCS)}")
    return "\n".join(L) + "\n"


WRITERS = {"trauma_journal_ru": write_tj, "kk_operation_register": write_kor, "imaging_consult_mixed": write_img}
KIND_MIX = {  # 30 per style
    "trauma_journal_ru": ["operated"] * 11 + ["outside"] * 3 + ["conservative"] * 10 + ["planned"] * 6,
    "kk_operation_register": ["operated"] * 19 + ["outside"] * 4 + ["conservative"] * 2 + ["planned"] * 5,
    "imaging_consult_mixed": ["operated"] * 12 + ["outside"] * 3 + ["conservative"] * 8 + ["planned"] * 7,
}


def main():
    rng = random.Random(SEED)
    (HERE / "records").mkdir(exist_ok=True)
    for old in sorted((HERE / "records").glob("*.txt")):
        old.unlink()
    truth, meta = [], []
    for style, prefix, lang in STYLES:
        extra = [s for s in FRACT] + ["distal_radius", "radial_head", "proximal_humerus", "humeral_shaft", "tibial_plateau", "tibial_shaft"]
        sites = list(SITES) + rng.sample(extra, 12) + rng.sample(["hip_oa", "knee_oa", "acl", "meniscus"], 2)
        rng.shuffle(sites)
        kinds = list(KIND_MIX[style])
        rng.shuffle(kinds)
        # an "outside the list" draw needs a site that has such an operation: swap kinds where needed
        for i in range(len(kinds)):
            if kinds[i] == "outside" and sites[i] not in OUTSIDE:
                for j in range(len(kinds)):
                    if kinds[j] != "outside" and sites[j] in OUTSIDE:
                        kinds[i], kinds[j] = kinds[j], kinds[i]
                        break
        for i, (site, kind) in enumerate(zip(sites, kinds), 1):
            rid = f"{prefix}-{i:02d}"
            f, st = sample_truth(rng, style, site, kind)
            p = person(rng, f)
            text = WRITERS[style](rng, f, st, p)
            text = text.replace("..", ".")
            (HERE / "records" / f"{rid}.txt").write_text(text, encoding="utf-8")
            truth.append({"id": rid, "style": style, "language": lang, "fields": f})
            meta.append({"id": rid, "style": style, "variant": st["kind"], "kind": st["kind"], "tags": st["tags"]})
    (HERE / "truth.jsonl").write_text("".join(json.dumps(t, ensure_ascii=False) + "\n" for t in truth), encoding="utf-8")
    (HERE / "meta.jsonl").write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in meta), encoding="utf-8")
    print(f"wrote {len(truth)} records")


if __name__ == "__main__":
    main()
