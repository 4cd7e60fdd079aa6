#!/usr/bin/env python3
"""Generator of the fields_dev3 DEVELOPMENT set (standard library only, deterministic).

    python3 datasets/fields_dev3/build.py

Writes records/<id>.txt, truth.jsonl and meta.jsonl next to this file.  For every record the
truth (18 fields) is sampled first; the text is then phrased from it.  Output is byte-identical
across runs and PYTHONHASHSEED values (only seeded random.Random, lists and insertion-ordered dicts).
"""
import json
import random
import re
from datetime import date, timedelta
from pathlib import Path

SEED = 3303
HERE = Path(__file__).resolve().parent

FIELD_KEYS = ["site", "side", "fracture_displaced", "fracture_comminuted", "fracture_open", "ao_ota", "kl_grade",
              "mechanism", "procedure", "implants", "anesthesia", "blood_loss_ml", "icd10", "complaints",
              "rehabilitation", "restrictions", "weight_bearing_weeks", "follow_up_weeks"]
COMPLAINTS = ["pain", "swelling", "limited_motion", "no_weight_bearing", "deformity", "instability", "locking", "night_pain"]
REHAB = ["lfk", "crutches", "walker", "cpm", "physio", "isometric"]
RESTRICTIONS = ["no_weight_bearing", "partial_weight_bearing", "hip_precautions", "no_lifting", "brace", "sling"]
MONTH_OF = {4: "1", 6: "1,5", 8: "2", 12: "3"}

# --------------------------------------------------------------------------------------------
# sites
# --------------------------------------------------------------------------------------------
SITES = {
    "femoral_neck": dict(leg=True, icd="S72.0", ao=["31-B1", "31-B2", "31-B3"], old=True,
                         kk=["сан сүйегі мойнының", "сан сүйегінің субкапитальды мойнының"],
                         ru=["перелом шейки {s} бедр. кости", "субкапит. перелом шейки {s} бедра"],
                         kreg="жамбас-сан буыны аймағында", rreg="{s} ТБС"),
    "pertrochanteric": dict(leg=True, icd="S72.1", ao=["31-A1", "31-A2", "31-A3"], old=True,
                            kk=["сан сүйегінің ұршықаралық", "сан сүйегінің ұршық арқылы өтетін"],
                            ru=["чрезвертельный перелом {s} бедр. кости", "перелом {s} бедра чрезвертельный"],
                            kreg="жамбас-сан буыны аймағында", rreg="{s} ТБС и в/3 бедра"),
    "femoral_shaft": dict(leg=True, icd="S72.3", ao=["32-A2", "32-B2", "32-C1", "32-A3"], old=False,
                          kk=["сан сүйегі диафизінің ортаңғы үштен бірінің", "сан сүйегі диафизінің төменгі үштен бірінің"],
                          ru=["перелом диафиза {s} бедр. кости в ср/3", "перелом {s} бедра в н/3 диафиза"],
                          kreg="сан аймағында", rreg="{s} бедра"),
    "distal_radius": dict(leg=False, icd="S52.5", ao=["23-A2", "23-A3", "23-C1", "23-C2", "23-B2"], old=False,
                          kk=["кәрі жіліктің типтік жердегі", "кәрі жілік дистальды метаэпифизінің"],
                          ru=["перелом {s} луч. кости в типичном месте", "перелом дист. метаэпиф. {s} луч. кости",
                              "перелом {s} луч. кости в н/3 (дист. метаэпиф.)"],
                          kreg="білезік буыны аймағында", rreg="{s} л/з сустава"),
    "radial_head": dict(leg=False, icd="S52.1", ao=["21-B2", "21-A2", "21-B1"], old=False,
                        kk=["кәрі жілік басының", "кәрі жілік басының шеткі"],
                        ru=["перелом головки {s} луч. кости", "краевой перелом головки {s} луч. кости"],
                        kreg="шынтақ буыны аймағында", rreg="{s} локт. сустава"),
    "humeral_shaft": dict(leg=False, icd="S42.3", ao=["12-A2", "12-B1", "12-A1", "12-C2"], old=False,
                          kk=["тоқпан жілік диафизінің ортаңғы үштен бірінің", "тоқпан жілік диафизінің жоғарғы үштен бірінің"],
                          ru=["перелом диафиза {s} плеч. кости в ср/3", "перелом {s} плеч. кости в в/3 диафиза"],
                          kreg="иық аймағында", rreg="{s} плеча"),
    "proximal_humerus": dict(leg=False, icd="S42.2", ao=["11-A2", "11-B1", "11-C1", "11-A3"], old=True,
                             kk=["тоқпан жіліктің хирургиялық мойнының", "тоқпан жілік проксималды метаэпифизінің"],
                             ru=["перелом хир. шейки {s} плеч. кости", "перелом прокс. отдела {s} плеча (хир. шейка, бол. бугорок)"],
                             kreg="иық буыны аймағында", rreg="{s} плеч. сустава"),
    "tibial_plateau": dict(leg=True, icd="S82.1", ao=["41-B1", "41-B3", "41-C1", "41-B2"], old=False,
                           kk=["асықты жіліктің латеральды айдаршығының", "асықты жілік проксималды метаэпифизінің (екі айдаршығының)"],
                           ru=["перелом латер. мыщелка {s} б/берц. кости", "перелом плато {s} б/берц. кости (обоих мыщелков)"],
                           kreg="тізе буыны аймағында", rreg="{s} КС"),
    "tibial_shaft": dict(leg=True, icd="S82.2", ao=["42-A1", "42-B2", "42-A3", "42-C2"], old=False,
                         kk=["асықты жілік диафизінің төменгі үштен бірінің", "асықты жілік диафизінің жоғарғы үштен бірінің",
                             "балтыр сүйектері диафизінің ортаңғы үштен бірінің"],
                         ru=["перелом {s} б/берц. кости в н/3 диафиза", "перелом обеих костей {s} голени в ср/3",
                             "перелом диафиза {s} б/берц. кости в в/3"],
                         kreg="балтыр аймағында", rreg="{s} голени"),
    "ankle": dict(leg=True, icd="S82.6", ao=["44-B1", "44-B2", "44-A2", "44-C1"], old=False,
                  kk=["сыртқы тобықтың", "екі тобықтың", "ішкі тобықтың"],
                  ru=["перелом {s} лат. лодыжки", "двухлодыжечный перелом {s} голени",
                      "перелом обеих лодыжек {s} голени с подвывихом стопы кнаружи"],
                  kreg="тобық буыны аймағында", rreg="{s} г/стопного сустава"),
    "patella": dict(leg=True, icd="S82.0", ao=["34-C1", "34-A1", "34-C2"], old=False,
                    kk=["тізе тобығының", "тізе тобығының көлденең"],
                    ru=["перелом {s} надколенника", "поперечный перелом {s} надколенника"],
                    kreg="тізе буыны аймағында", rreg="{s} КС"),
    "clavicle": dict(leg=False, icd="S42.0", ao=["15-B1", "15-B2", "15-B3"], old=False,
                     kk=["бұғананың ортаңғы үштен бірінің", "бұғана денесінің"],
                     ru=["перелом {s} ключицы в ср/3", "перелом {s} ключицы на границе ср/3 и н/3"],
                     kreg="бұғана аймағында", rreg="{s} ключицы"),
    "hip_oa": dict(leg=True, icd="M16.1", ao=None, old=True,
                   kk=["жамбас-сан буынының біріншілік коксартрозы", "жамбас-сан буынының деформациялаушы коксартрозы"],
                   ru=["Коксартроз {s} ТБС", "ДОА {s} ТБС"],
                   kreg="жамбас-сан буыны аймағында", rreg="{s} ТБС"),
    "knee_oa": dict(leg=True, icd="M17.1", ao=None, old=True,
                    kk=["тізе буынының біріншілік гонартрозы", "тізе буынының деформациялаушы гонартрозы"],
                    ru=["Гонартроз {s} КС", "ДОА {s} КС"],
                    kreg="тізе буыны аймағында", rreg="{s} КС"),
    "acl": dict(leg=True, icd="S83.5", ao=None, old=False,
                kk=["тізе буынының алдыңғы айқаспалы байламының жыртылуы", "тізе буынының алдыңғы айқаспалы байламының толық үзілуі"],
                ru=["Разрыв ПКС {s} КС", "Повреждение передней крестообразной связки {s} КС"],
                kreg="тізе буыны аймағында", rreg="{s} КС"),
    "meniscus": dict(leg=True, icd="S83.2", ao=None, old=False,
                     kk=["тізе буынының ішкі менискінің артқы мүйізінің жыртылуы", "тізе буынының ішкі менискінің «су құйғыш сабы» тәрізді жыртылуы"],
                     ru=["Разрыв задн. рога мед. мениска {s} КС", "Повреждение мед. мениска {s} КС по типу «ручки лейки»"],
                     kreg="тізе буыны аймағында", rreg="{s} КС"),
}
FRACTURE = [s for s in SITES if SITES[s]["ao"]]
CONFUSABLE = {"radial_head", "distal_radius", "humeral_shaft", "proximal_humerus", "tibial_plateau", "tibial_shaft"}

# --------------------------------------------------------------------------------------------
# operation variants: (procedure, implants in order of mention, kk phrase(s), ru phrase(s))
#   {S}/{s}: Kazakh side adjective capitalised / lower case; {r}: Russian side abbreviation
# --------------------------------------------------------------------------------------------
OPS = {
    "tha_depuy": ("total_hip_arthroplasty", ["эндопротез DePuy Pinnacle", "эндопротез DePuy Corail"],
                  ["{S} жамбас-сан буынын DePuy эндопротезімен (Pinnacle тостағаны, Corail аяқшасы) цементсіз толық эндопротездеу"],
                  ["ТЭП {r} ТБС эндопротезом DePuy (чашка Pinnacle, ножка Corail), бесцемент. фиксация"]),
    "tha_pinnacle": ("total_hip_arthroplasty", ["эндопротез DePuy Pinnacle"],
                     ["{S} жамбас-сан буынын гибридті толық эндопротездеу: DePuy Pinnacle тостағаны, цементті аяқша"],
                     ["ТЭТС {r}: чашка DePuy Pinnacle, цемент. ножка"]),
    "tha_zimmer": ("total_hip_arthroplasty", ["эндопротез Zimmer"],
                   ["{S} жамбас-сан буынын Zimmer эндопротезімен толық эндопротездеу"],
                   ["ТЭП {r} ТБС эндопротезом Zimmer", "ТЭТС {r} (эндопротез Zimmer)"]),
    "revision_tha": ("total_hip_arthroplasty", ["эндопротез Zimmer"],
                     ["Бұрын салынған бұрандаларды алып тастау, {s} жамбас-сан буынын Zimmer эндопротезімен толық эндопротездеу"],
                     ["Удаление винтов, ТЭП {r} ТБС эндопротезом Zimmer"]),
    "hemi": (None, ["эндопротез DePuy Corail"],
             ["{S} жамбас-сан буынын Corail аяқшасымен биполярлы жартылай эндопротездеу"],
             ["Однополюсное (биполярное) эндопротезирование {r} ТБС, ножка Corail"]),
    "screws_fn": ("cannulated_screws", ["канюлированные винты Synthes"],
                  ["{S} сан сүйегі мойнын жабық репозициялау, Synthes канюлирленген бұрандаларымен (3 дана) металл остеосинтезі"],
                  ["ЗР, остеосинтез шейки {r} бедра 3 канюлир. винтами Synthes"]),
    "gamma": ("intramedullary_nailing", ["штифт Gamma3"],
              ["Жабық репозиция, {s} сан сүйегін Gamma3 штифімен интрамедуллярлы блокталған металл остеосинтезі"],
              ["ЗР, БИОС {r} бедра штифтом Gamma3"]),
    "pfna": ("intramedullary_nailing", ["интрамедуллярный штифт PFNA"],
             ["Жабық репозиция, {s} сан сүйегін PFNA штифімен интрамедуллярлы металл остеосинтезі"],
             ["ЗР, БИОС {r} бедр. кости штифтом PFNA"]),
    "dhs": ("plate_osteosynthesis", [],
            ["{S} сан сүйегінің ұршықаралық сынығын ашық репозициялау, DHS динамикалық сан бұрандасы мен пластинасымен металл остеосинтезі"],
            ["ОР, МОС {r} бедра DHS (динамич. бедр. винт с накостной пластиной)"]),
    "chm_femur": ("intramedullary_nailing", ["интрамедуллярный штифт ChM"],
                  ["Жабық репозиция, {s} сан сүйегін ChM интрамедуллярлы штифімен блоктаушы металл остеосинтезі"],
                  ["ЗР, БИОС {r} бедр. кости штифтом ChM с блокированием"]),
    "chm_tibia": ("intramedullary_nailing", ["интрамедуллярный штифт ChM"],
                  ["Жабық репозиция, {s} асықты жілікті ChM интрамедуллярлы штифімен блоктаушы металл остеосинтезі"],
                  ["ЗР, БИОС {r} б/берц. кости штифтом ChM с блокированием"]),
    "chm_humerus": ("intramedullary_nailing", ["интрамедуллярный штифт ChM"],
                    ["{S} тоқпан жілікті ChM интрамедуллярлы штифімен жабық блоктаушы металл остеосинтезі"],
                    ["ЗР, БИОС {r} плеч. кости интрамед. штифтом ChM"]),
    "ilizarov_femur": ("external_fixation", ["аппарат Илизарова"],
                       ["{S} сан сүйегін Илизаров аппаратымен сүйек арқылы остеосинтездеу"],
                       ["ЧКДО {r} бедра аппаратом Илизарова"]),
    "ilizarov_tibia": ("external_fixation", ["аппарат Илизарова"],
                       ["Жараны біріншілік хирургиялық өңдеу, {s} балтырды Илизаров аппаратымен сүйек арқылы остеосинтездеу"],
                       ["ПХО раны, ЧКДО {r} голени аппаратом Илизарова"]),
    "ilizarov_plateau": ("external_fixation", ["аппарат Илизарова"],
                         ["{S} асықты жілік айдаршықтарын жабық репозициялау, Илизаров аппаратымен бекіту"],
                         ["ЗР, ЧКДО {r} б/берц. кости аппаратом Илизарова"]),
    "lcp_femur": ("plate_osteosynthesis", ["пластина LCP"],
                  ["Ашық репозиция, {s} сан сүйегін LCP пластинасымен сүйек үсті металл остеосинтезі"],
                  ["ОР, накостный МОС {r} бедра пл. LCP"]),
    "lcp_tibia": ("plate_osteosynthesis", ["пластина LCP"],
                  ["{S} асықты жілікті LCP пластинасымен аз инвазивті (тері астынан) сүйек үсті остеосинтездеу"],
                  ["МОС {r} б/берц. кости пл. LCP (MIPO)"]),
    "lcp_plateau": ("plate_osteosynthesis", ["пластина LCP"],
                    ["Ашық репозиция, айдаршықты көтеру, {s} асықты жілікті LCP пластинасымен металл остеосинтезі"],
                    ["ОР, элевация плато, МОС {r} б/берц. кости пл. LCP"]),
    "screws_plateau": ("cannulated_screws", ["канюлированные винты Synthes"],
                       ["{S} асықты жілік айдаршығын тері арқылы Synthes канюлирленген бұрандаларымен бекіту"],
                       ["Чрескожный остеосинтез латер. мыщелка {r} б/берц. кости канюлир. винтами Synthes"]),
    "aptus": ("plate_osteosynthesis", ["пластина APTUS"],
              ["Ашық репозиция, {s} кәрі жілікті APTUS алақан пластинасымен металл остеосинтезі"],
              ["ОР, МОС {r} луч. кости волярной пл. APTUS"]),
    "lcp_radius": ("plate_osteosynthesis", ["пластина LCP"],
                   ["Ашық репозиция, {s} кәрі жілікті LCP пластинасымен металл остеосинтезі"],
                   ["ОР, МОС {r} луч. кости пл. LCP"]),
    "exfix_radius": ("external_fixation", [],
                     ["Жабық репозиция, {s} білезік аймағына сыртқы бекіту аппаратын салу"],
                     ["ЗР, наложение АВФ на {r} предплечье и кисть"]),
    "kwire_radius": (None, ["спицы Киршнера"],
                     ["Жабық репозиция, {s} кәрі жілікті тері арқылы Киршнер спицаларымен бекіту"],
                     ["ЗР, чрескожная фиксация {r} луч. кости спицами Киршнера"]),
    "lcp_rh": ("plate_osteosynthesis", ["пластина LCP"],
               ["Ашық репозиция, {s} кәрі жілік басын LCP мини-пластинасымен остеосинтездеу"],
               ["ОР, МОС головки {r} луч. кости мини-пл. LCP"]),
    "rh_resection": (None, [],
                     ["{S} кәрі жілік басын резекциялау"],
                     ["Резекция головки {r} луч. кости"]),
    "lcp_humerus": ("plate_osteosynthesis", ["пластина LCP"],
                    ["Ашық репозиция, {s} тоқпан жілікті LCP пластинасымен металл остеосинтезі"],
                    ["ОР, МОС {r} плеч. кости пл. LCP"]),
    "philos": ("plate_osteosynthesis", ["пластина PHILOS"],
               ["Ашық репозиция, {s} тоқпан жіліктің проксималды бөлігін PHILOS пластинасымен металл остеосинтезі"],
               ["ОР, МОС прокс. отдела {r} плеча пл. PHILOS"]),
    "lcp13_pos": ("plate_osteosynthesis", ["пластина LCP 1/3 трубчатая", "позиционный винт"],
                  ["Ашық репозиция, {s} шыбық жілікті LCP 1/3 түтікшелі пластинасымен остеосинтездеу, синдесмозды позициялық бұрандамен бекіту"],
                  ["ОР, МОС {r} м/берц. кости пл. LCP 1/3 трубчатой, фиксация синдесмоза позиц. винтом"]),
    "lcp13": ("plate_osteosynthesis", ["пластина LCP 1/3 трубчатая"],
              ["Ашық репозиция, {s} сыртқы тобықты LCP 1/3 түтікшелі пластинасымен металл остеосинтезі"],
              ["ОР, МОС {r} лат. лодыжки пл. LCP 1/3 трубчатой"]),
    "tbw_malleolus": ("tension_band_wiring", ["спицы Киршнера", "серкляжная проволока"],
                      ["Ашық репозиция, {s} ішкі тобықты Вебер әдісімен (Киршнер спицалары және серкляж сымы) остеосинтездеу"],
                      ["ОР, МОС мед. лодыжки по Веберу (спицы Киршнера + серкляжная проволока)"]),
    "tbw_patella": ("tension_band_wiring", ["спицы Киршнера", "серкляжная проволока"],
                    ["Ашық репозиция, {s} тізе тобығын Вебер әдісімен Киршнер спицалары және серкляж сымымен остеосинтездеу"],
                    ["ОР, МОС {r} надколенника по Веберу: 2 спицы Киршнера + серкляжная проволока"]),
    "lcp_clav": ("plate_osteosynthesis", ["пластина LCP"],
                 ["Ашық репозиция, {s} бұғананы LCP пластинасымен металл остеосинтезі"],
                 ["ОР, МОС {r} ключицы пл. LCP"]),
    "kwire_clav": (None, ["спицы Киршнера"],
                   ["Ашық репозиция, {s} бұғананы Киршнер спицаларымен интрамедуллярлы бекіту"],
                   ["ОР, интрамед. фиксация {r} ключицы спицами Киршнера"]),
    "nexgen": ("total_knee_arthroplasty", ["эндопротез Zimmer NexGen"],
               ["{S} тізе буынын Zimmer NexGen эндопротезімен толық эндопротездеу"],
               ["ТЭП {r} КС эндопротезом Zimmer NexGen"]),
    "attune": ("total_knee_arthroplasty", ["эндопротез DePuy Attune"],
               ["{S} тізе буынын DePuy Attune эндопротезімен толық эндопротездеу"],
               ["ТЭП {r} КС эндопротезом DePuy Attune"]),
    "genesis": ("total_knee_arthroplasty", ["эндопротез Smith & Nephew Genesis II"],
                ["{S} тізе буынын Smith & Nephew Genesis II эндопротезімен толық эндопротездеу"],
                ["ТЭП {r} КС эндопротезом Smith & Nephew Genesis II"]),
    "acl_eb_ar": ("acl_reconstruction", ["фиксатор EndoButton", "интерферентный винт Arthrex"],
                  ["{S} тізе буынының алдыңғы айқаспалы байламын жартылай сіңірлі бұлшықет сіңірінен аутотрансплантатпен артроскопиялық пластикалау; сан өзегінде EndoButton фиксаторы, асықты жілік өзегінде Arthrex интерферентті бұрандасы"],
                  ["Артроскоп. пластика ПКС {r} КС аутотрансплантатом (сухожилия полусухож. и нежной мышц), фиксация EndoButton + интерф. винт Arthrex"]),
    "acl_ar": ("acl_reconstruction", ["интерферентный винт Arthrex"],
               ["{S} тізе буынының алдыңғы айқаспалы байламын тізе тобығы сіңірінен алынған сүйек-сіңір-сүйек аутотрансплантатымен артроскопиялық пластикалау, екі өзекте де Arthrex интерферентті бұрандаларымен бекіту"],
               ["Артроскоп. пластика ПКС {r} КС BTB-трансплантатом, интерф. винты Arthrex"]),
    "pmenisc": ("partial_meniscectomy", [],
                ["{S} тізе буынының артроскопиясы, ішкі менискіні жартылай алып тастау (парциальды менискэктомия)"],
                ["Артроскопия {r} КС, парциальная резекция мед. мениска"]),
    "msuture": (None, [],
                ["{S} тізе буынының артроскопиясы, ішкі менискіні «іштен-сыртқа» әдісімен тігу"],
                ["Артроскопия {r} КС, шов мед. мениска «изнутри-кнаружи»"]),
}

# scenarios: (site, kind, op-variant or None, tags)
#   kind: op = operated in this record's episode; cons = conservative; planned = operation only planned/referred
KK_SCEN = [
    ("femoral_neck", "op", "tha_depuy"), ("femoral_neck", "op", "hemi"), ("femoral_neck", "op", "revision_tha"),
    ("pertrochanteric", "op", "gamma"), ("pertrochanteric", "op", "pfna"), ("pertrochanteric", "op", "dhs"),
    ("femoral_shaft", "op", "chm_femur"), ("femoral_shaft", "op", "ilizarov_femur"),
    ("distal_radius", "op", "aptus"), ("distal_radius", "op", "exfix_radius"),
    ("radial_head", "op", "lcp_rh"), ("radial_head", "op", "rh_resection"),
    ("humeral_shaft", "op", "chm_humerus"), ("humeral_shaft", "op", "lcp_humerus"),
    ("proximal_humerus", "op", "philos"), ("proximal_humerus", "op", "philos"), ("proximal_humerus", "cons", None),
    ("tibial_plateau", "op", "lcp_plateau"), ("tibial_plateau", "op", "screws_plateau"), ("tibial_plateau", "op", "ilizarov_plateau"),
    ("tibial_shaft", "op", "chm_tibia"), ("tibial_shaft", "op", "lcp_tibia"), ("tibial_shaft", "op", "ilizarov_tibia"),
    ("ankle", "op", "lcp13_pos"), ("ankle", "op", "lcp13"), ("ankle", "op", "tbw_malleolus"),
    ("patella", "op", "tbw_patella"), ("patella", "op", "tbw_patella"),
    ("clavicle", "op", "lcp_clav"), ("clavicle", "op", "kwire_clav"),
    ("hip_oa", "op", "tha_zimmer"), ("hip_oa", "op", "tha_pinnacle"), ("hip_oa", "planned", None),
    ("knee_oa", "op", "nexgen"), ("knee_oa", "op", "attune"), ("knee_oa", "op", "genesis"),
    ("acl", "op", "acl_eb_ar"), ("acl", "op", "acl_ar"),
    ("meniscus", "op", "pmenisc"), ("meniscus", "op", "msuture"),
]
TPC_SCEN = [
    ("distal_radius", "cons", None), ("distal_radius", "cons", None), ("distal_radius", "cons", None),
    ("distal_radius", "op", "aptus"), ("distal_radius", "op", "lcp_radius"), ("distal_radius", "op", "kwire_radius"),
    ("ankle", "cons", None), ("ankle", "cons", None), ("ankle", "op", "lcp13_pos"), ("ankle", "op", "lcp13"),
    ("clavicle", "cons", None), ("clavicle", "cons", None), ("clavicle", "op", "lcp_clav"),
    ("proximal_humerus", "cons", None), ("proximal_humerus", "cons", None), ("proximal_humerus", "op", "philos"),
    ("radial_head", "cons", None), ("radial_head", "cons", None), ("radial_head", "op", "rh_resection"),
    ("patella", "cons", None), ("patella", "op", "tbw_patella"),
    ("tibial_plateau", "cons", None), ("tibial_plateau", "op", "lcp_plateau"), ("tibial_plateau", "op", "screws_plateau"),
    ("tibial_shaft", "op", "chm_tibia"), ("tibial_shaft", "op", "ilizarov_tibia"),
    ("humeral_shaft", "cons", None), ("humeral_shaft", "op", "chm_humerus"),
    ("femoral_neck", "op", "screws_fn"), ("femoral_neck", "op", "tha_depuy"),
    ("pertrochanteric", "op", "pfna"), ("pertrochanteric", "op", "gamma"),
    ("femoral_shaft", "op", "lcp_femur"),
    ("hip_oa", "op", "tha_zimmer"), ("hip_oa", "planned", None),
    ("knee_oa", "op", "genesis"), ("knee_oa", "cons", None),
    ("acl", "op", "acl_eb_ar"), ("acl", "planned", None),
    ("meniscus", "op", "pmenisc"),
]
assert len(KK_SCEN) == 40 and len(TPC_SCEN) == 40

# --------------------------------------------------------------------------------------------
# people, places
# --------------------------------------------------------------------------------------------
KK_M = [("Бекенов", "Асқар", "Серікұлы"), ("Жақсыбеков", "Ерлан", "Маратұлы"), ("Сәрсенбаев", "Нұрлан", "Қайратұлы"),
        ("Тілеуов", "Бауыржан", "Әлібекұлы"), ("Омаров", "Серік", "Жұмабайұлы"), ("Мұқанов", "Қайрат", "Төлегенұлы"),
        ("Әбдірахманов", "Дәулет", "Ерболұлы"), ("Құлмағамбетов", "Ержан", "Сағатұлы"), ("Есімов", "Мұрат", "Бақытұлы"),
        ("Ыбырайұлы", "Талғат", ""), ("Нұрғалиев", "Ғабит", "Оразұлы"), ("Шәкенов", "Рүстем", "Ұланұлы"),
        ("Исабеков", "Бекзат", "Нұрланұлы"), ("Әуезов", "Жандос", "Темірұлы"), ("Қуанышев", "Айдос", "Ғалымұлы")]
KK_F = [("Ахметова", "Гүлнар", "Сейітқызы"), ("Жұмабаева", "Сәуле", "Әбілқызы"), ("Нұрпейісова", "Айгүл", "Маратқызы"),
        ("Серікқызы", "Мәдина", ""), ("Төлеуова", "Жанар", "Қанатқызы"), ("Қожахметова", "Ләззат", "Өмірқызы"),
        ("Бақытжанқызы", "Әсел", ""), ("Оспанова", "Динара", "Ерланқызы"), ("Бейсенова", "Күләш", "Ахметқызы"),
        ("Ұзақбаева", "Райхан", "Тұрсынқызы"), ("Сүлейменова", "Бибігүл", "Жақыпқызы"), ("Ермекова", "Ақмарал", "Дүйсенқызы")]
RU_M = [("Иванов", "Сергей", "Петрович"), ("Ковальчук", "Андрей", "Николаевич"), ("Ким", "Виталий", "Ен-Сунович"),
        ("Шевченко", "Олег", "Владимирович"), ("Жумабеков", "Арман", "Серикович"), ("Нуржанов", "Данияр", "Ерланович"),
        ("Гончаренко", "Юрий", "Алексеевич"), ("Ахметов", "Руслан", "Маратович"), ("Токарев", "Павел", "Игоревич"),
        ("Сагинтаев", "Бекзат", "Кайратович"), ("Мельник", "Виктор", "Степанович"), ("Әлиев", "Тимур", "Рашидович")]
RU_F = [("Петрова", "Ольга", "Николаевна"), ("Смагулова", "Айжан", "Бериковна"), ("Ли", "Светлана", "Вячеславовна"),
        ("Кравченко", "Наталья", "Ивановна"), ("Сейтказина", "Гульмира", "Кайратовна"), ("Ермолаева", "Людмила", "Петровна"),
        ("Жусупова", "Динара", "Асхатовна"), ("Бондаренко", "Татьяна", "Сергеевна"), ("Қасымова", "Әйгерім", "Нурлановна"),
        ("Федорова", "Валентина", "Григорьевна"), ("Оразбаева", "Сауле", "Маратовна"), ("Гринько", "Елена", "Васильевна")]
KK_HOSP = [("«Қарағанды облыстық көпбейінді ауруханасы» ШЖҚ КМК", "Қарағанды қ."),
           ("«Ақтөбе облыстық медициналық орталығы» ШЖҚ МКК", "Ақтөбе қ."),
           ("«Түркістан облыстық ауруханасы» ШЖҚ МКК", "Түркістан қ."),
           ("«Павлодар облыстық ауруханасы» ШЖҚ КМК", "Павлодар қ."),
           ("«Шығыс Қазақстан облыстық ауруханасы» ШЖҚ КМК", "Өскемен қ."),
           ("«Жамбыл облыстық көпбейінді ауруханасы» ШЖҚ МКК", "Тараз қ."),
           ("«Қызылорда облыстық ауруханасы» ШЖҚ МКК", "Қызылорда қ.")]
KK_DEPT = ["Травматология бөлімшесі", "Травматология және ортопедия бөлімшесі № 1", "Ортопедия бөлімшесі",
           "Травматология және ортопедия бөлімшесі № 2"]
KK_STREETS = ["Абай даңғ.", "Бұқар жырау даңғ.", "Сәтпаев к-сі", "Төле би к-сі", "Қабанбай батыр к-сі", "Әуезов к-сі",
              "Жамбыл к-сі", "Назарбаев даңғ.", "Құрманғазы к-сі", "Мұқанов к-сі"]
KK_VILL = ["Шет ауданы, Ақсу-Аюлы а.", "Хромтау ауданы, Дөң а.", "Сайрам ауданы, Қарабұлақ а.", "Ертіс ауданы, Қызылжар а.",
           "Көкпекті ауданы, Самар а.", "Байзақ ауданы, Сарыкемер а."]
KK_DOCS = ["Қ.Б. Мұсабеков", "Е.Т. Жанұзақов", "А.С. Бәйменов", "Н.Ж. Тұрғынбаев", "Ғ.М. Серікбаев", "Д.Ә. Оспанов",
           "С.Қ. Әлімжанова", "Р.Т. Құдайбергенов"]
RU_CLIN = [("КГП на ПХВ «Городская поликлиника № 4»", "г. Павлодар", "ОТО ГБ № 1 г. Павлодара"),
           ("ГКП на ПХВ «Поликлиника № 2» УОЗ", "г. Шымкент", "травматологическое отделение ГКБ № 2 г. Шымкента"),
           ("КГП «Поликлиника № 7»", "г. Караганда", "ОТО № 2 ОКБ г. Караганды"),
           ("ГКП на ПХВ «Городская поликлиника № 11»", "г. Алматы", "ОТО ГКБ № 4 г. Алматы"),
           ("КГП «Поликлиника № 3 г. Усть-Каменогорска»", "г. Усть-Каменогорск", "ОТО ВКО больницы"),
           ("КГП на ПХВ «Городская поликлиника № 1»", "г. Костанай", "ОТО Костанайской ОБ")]
RU_STREETS = ["ул. Камзина", "ул. Торайгырова", "пр. Нурсултана Назарбаева", "ул. Ерубаева", "ул. Гоголя", "ул. Тәуелсіздік",
              "мкр. Самал-2", "ул. Жамбыла", "ул. Кабанбай батыра", "ул. Бухар жырау"]
RU_DOCS = ["Мусин Е.К.", "Ткаченко А.В.", "Байжанов Н.С.", "Шин О.Д.", "Сериков Т.А.", "Абенова Г.Р.", "Лопатин И.Е."]

CYR = {"A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х",
       "I": "І", "S": "Ѕ"}


def iin(rng, born, male):
    c = (3 if male else 4) if born.year < 2000 else (5 if male else 6)
    while True:
        d = [int(x) for x in f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{c}{rng.randint(0, 9999):04d}"]
        s = sum(x * w for x, w in zip(d, range(1, 12))) % 11
        if s == 10:
            s = sum(x * w for x, w in zip(d, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])) % 11
            if s == 10:
                continue
        return "".join(map(str, d)) + str(s)


def fd(d):
    return d.strftime("%d.%m.%Y")


def fds(d):
    return d.strftime("%d.%m")


def cyr_code(code, rng, p=0.45):
    """Write an ICD/AO code with Cyrillic look-alike letters with probability p."""
    if rng.random() >= p:
        return code, False
    return "".join(CYR.get(ch, ch) for ch in code), True


def pick(rng, xs):
    return xs[rng.randrange(len(xs))]


def chance(rng, p):
    return rng.random() < p


# --------------------------------------------------------------------------------------------
# truth sampling (identical logic for both styles, style-specific probabilities)
# --------------------------------------------------------------------------------------------
SECONDARY = {  # code, kk, ru ; {S}/{r} = side of the secondary injury
    "knee": ("S80.0", "{S} тізе буынының соғылуы", "Ушиб {r} КС"),
    "head": ("S06.0", "Ми шайқалуы", "СГМ"),
    "face": ("S00.8", "Бет терісінің сызаттары", "Ссадины лица"),
    "chest": ("S20.2", "Кеуде торының соғылуы", "Ушиб грудной клетки"),
    "shoulder": ("S40.0", "{S} иық буынының соғылуы", "Ушиб {r} плеч. сустава"),
    "hip": ("S70.0", "{S} жамбас аймағының соғылуы", "Ушиб {r} ТБС"),
    "wrist": ("S60.2", "{S} білезіктің соғылуы", "Ушиб {r} кисти"),
    "scalp": ("S01.0", "Шаш бөлігінің жарасы", "Ушибл. рана волосистой части головы"),
}
COMORB = [("I10", "Артериялық гипертензия II дәреже", "ГБ II ст."),
          ("E11.9", "2 типті қант диабеті, субкомпенсация", "СД 2 типа, субкомп."),
          ("I25.1", "ЖИА. Атеросклероздық кардиосклероз", "ИБС. Атеросклеротич. кардиосклероз"),
          ("E66.0", "Семіздік II дәреже", "Ожирение II ст."),
          ("J44.9", "Өкпенің созылмалы обструктивті ауруы", "ХОБЛ"),
          ("I83.9", "Аяқтың варикоз ауруы, СВЖ II дәреже", "Варикозная б-нь н/к, ХВН II ст.")]
COMPLIC = {  # code, kk, ru
    "dvt": ("I80.2", "{S} балтырдың терең веналарының тромбозы", "Тромбоз глубоких вен {r} голени"),
    "wound": ("T81.4", "Операциядан кейінгі жараның беткей іріңдеуі", "Нагноение п/о раны (поверхностное)"),
    "necrosis": (None, "Операциялық жара жиегінің шеткі некрозы", "Краевой некроз п/о раны"),
}


KL_CYCLE = [4, 3, 2]


def sample_truth(style, scen, rng, idx):
    site, kind, opv = scen
    S = SITES[site]
    frac = site in FRACTURE
    kk = style == "kk_oblast_form"
    f = dict.fromkeys(FIELD_KEYS)
    ctx = dict(kind=kind, opv=opv, tags=[])
    tags = ctx["tags"]
    f["site"] = site
    f["side"] = None if chance(rng, 0.06) else pick(rng, ["right", "left"])
    # age / sex
    old = S["old"]
    ctx["age"] = rng.randint(62, 88) if old else rng.randint(19, 58)
    if site in ("acl", "meniscus"):
        ctx["age"] = rng.randint(18, 44)
    ctx["male"] = chance(rng, 0.45 if old else 0.6)
    # fracture attributes
    revision = opv == "revision_tha"
    if frac:
        f["fracture_comminuted"] = chance(rng, 0.35)
        r = rng.random()
        f["fracture_open"] = None if r < 0.25 else (True if r < 0.33 and not old else False)
        if opv in ("ilizarov_tibia",):
            f["fracture_open"] = True
        if kind == "cons" or site in ("femoral_neck", "pertrochanteric") and kind == "op":
            pass
        r = rng.random()
        if kind == "cons":
            f["fracture_displaced"] = None if r < 0.3 else (False if r < 0.8 else True)
        else:
            f["fracture_displaced"] = None if r < 0.25 else (True if r < 0.9 else False)
        if revision:
            f["fracture_displaced"] = True
            f["fracture_open"] = None
            f["fracture_comminuted"] = False
        f["ao_ota"] = pick(rng, S["ao"]) if chance(rng, 0.5) else None
        if f["ao_ota"] and f["fracture_comminuted"] and f["ao_ota"][1] == "2" and f["ao_ota"][3] == "A":
            f["ao_ota"] = f["ao_ota"][:3] + "C" + f["ao_ota"][4]  # diaphyseal: multifragmentary = type C
    if site in ("hip_oa", "knee_oa"):
        if chance(rng, 0.2):
            f["kl_grade"] = None
        else:  # cycle the grades so that II, III and IV all occur
            KL_CYCLE.append(KL_CYCLE.pop(0))
            f["kl_grade"] = KL_CYCLE[0] if kind != "cons" else {4: 3, 3: 2, 2: 2}[KL_CYCLE[0]]
    # mechanism
    if site in ("hip_oa", "knee_oa"):
        f["mechanism"] = None
    elif revision:
        f["mechanism"] = None
    else:
        if old:
            opts = ["home", "fall_street", "home", "fall_street", "fall_height"]
        elif site in ("acl", "meniscus"):
            opts = ["sport", "sport", "sport", "home"]
        elif site in ("femoral_shaft", "tibial_shaft", "tibial_plateau"):
            opts = ["traffic", "fall_height", "traffic", "fall_street", "sport"]
        else:
            opts = ["fall_street", "fall_street", "home", "sport", "traffic", "fall_height"]
        f["mechanism"] = None if chance(rng, 0.12) else pick(rng, opts)
    ctx["ladder_home"] = f["mechanism"] == "fall_height" and chance(rng, 0.5)
    # operation
    if kind == "op":
        proc, imps, _, _ = OPS[opv]
        f["procedure"] = proc
        f["implants"] = list(imps)
        if proc is None:
            tags.append("procedure_outside_list")
        if not imps:
            tags.append("no_catalogue_implant")
        upper = not S["leg"]
        r = rng.random()
        if upper:
            an = "general" if r < 0.45 else ("block" if r < 0.75 else "none")
        else:
            an = "spinal" if r < 0.6 else ("general" if r < 0.8 else ("none" if r < 0.93 else "local"))
        if site in ("acl", "meniscus") and an == "local":
            an = "spinal"
        ctx["anest"] = an
        f["anesthesia"] = an if an in ("spinal", "general") else None
        if an == "block":
            tags.append("regional_block_anesthesia")
        r = rng.random()
        if r < 0.62 and site not in ("meniscus",):
            base = {"total_hip_arthroplasty": [300, 350, 400, 450, 500, 600], "total_knee_arthroplasty": [200, 250, 300, 400],
                    "intramedullary_nailing": [150, 200, 250, 300], "plate_osteosynthesis": [100, 150, 200, 250, 300],
                    "external_fixation": [50, 100, 150], "tension_band_wiring": [50, 80, 100], "cannulated_screws": [30, 50, 70],
                    "acl_reconstruction": [50, 70, 100], None: [50, 100, 200, 250]}[proc]
            f["blood_loss_ml"] = pick(rng, base)
        elif r < 0.82:
            ctx["bl_minimal"] = True
            tags.append("blood_loss_minimal_no_number")
    else:
        if kind == "cons":
            tags.append("conservative")
        else:
            tags.append("operation_planned_only")
    # secondary injuries, comorbidities, complication
    sec = []
    if frac and f["mechanism"] in ("traffic", "fall_height", "fall_street") and chance(rng, 0.55):
        sec.append(pick(rng, ["knee", "head", "face", "chest", "shoulder", "hip", "wrist", "scalp"]))
        if chance(rng, 0.25):
            k2 = pick(rng, ["head", "face", "chest"])
            if k2 not in sec:
                sec.append(k2)
    if not kk and frac and kind == "cons" and idx % 6 == 0 and "scalp" not in sec:
        sec.insert(0, "scalp")  # scalp wound: ПХО at the trauma point (not the operation)
    ctx["sec"] = sec
    ctx["sec_side"] = {"right": "left", "left": "right", None: "left"}[f["side"]] if chance(rng, 0.7) else (f["side"] or "right")
    if sec:
        tags.append("secondary_injury")
    ctx["comorb"] = [c for c in COMORB if chance(rng, 0.35 if old else 0.08)][:3]
    ctx["complic"] = None
    if kind == "op" and chance(rng, 0.18):
        ctx["complic"] = pick(rng, ["dvt", "wound", "necrosis"])
        tags.append("complication:" + ctx["complic"])
    if revision:
        tags.append("revision:femoral_neck_nonunion_after_screws")
    # ICD codes: which codes are written (order fixed later by position in the text)
    ctx["icd_primary"] = chance(rng, 0.88 if kk else 0.8)
    if revision:
        ctx["icd_primary"] = True
    ctx["icd_sec"] = [s for s in sec if chance(rng, 0.75)]
    ctx["icd_comorb"] = [c[0] for c in ctx["comorb"] if chance(rng, 0.6)]
    ctx["icd_complic"] = bool(ctx["complic"]) and COMPLIC[ctx["complic"]][0] is not None and chance(rng, 0.8)
    ctx["ext_cause"] = kk and frac and f["mechanism"] is not None and chance(rng, 0.2)
    # complaints
    if chance(rng, 0.08) and kind != "planned":
        f["complaints"] = None
    else:
        c = ["pain"] if (frac or chance(rng, 0.85)) else []
        if frac:
            if chance(rng, 0.7):
                c.append("swelling")
            if chance(rng, 0.6):
                c.append("limited_motion")
            if S["leg"] and site != "patella" and chance(rng, 0.65) or site == "femoral_neck" and chance(rng, 0.6):
                c.append("no_weight_bearing")
            if chance(rng, 0.3) and site not in ("femoral_neck", "radial_head"):
                c.append("deformity")
        elif site in ("hip_oa", "knee_oa"):
            c.append("limited_motion")
            if chance(rng, 0.5):
                c.append("night_pain")
            if site == "knee_oa" and chance(rng, 0.3):
                c.append("deformity")
        elif site == "acl":
            c.append("instability")
            if chance(rng, 0.35):
                c.append("swelling")
        else:
            if chance(rng, 0.7):
                c.append("locking")
            if chance(rng, 0.4):
                c.append("swelling")
            if chance(rng, 0.4):
                c.append("limited_motion")
        if not c:
            c = ["limited_motion"]
        f["complaints"] = [x for x in COMPLAINTS if x in c]
    # rehabilitation and restrictions
    leg = S["leg"]
    reh, res = [], []
    operated = kind == "op"
    if leg:
        if site in ("femoral_neck", "pertrochanteric", "hip_oa") and operated and chance(rng, 0.45):
            reh.append("walker")
        elif site not in ("knee_oa",) or operated:
            if chance(rng, 0.8) and not (site == "patella" and kind == "cons" and chance(rng, 0.5)):
                reh.append("crutches")
        if chance(rng, 0.7):
            reh.append("lfk")
        if chance(rng, 0.3):
            reh.append("physio")
        if site in ("knee_oa", "tibial_plateau", "acl", "patella", "femoral_shaft") and operated and chance(rng, 0.5):
            reh.append("cpm")
        if chance(rng, 0.3):
            reh.append("isometric")
        if site in ("hip_oa", "knee_oa") and kind != "op":
            reh = [x for x in reh if x in ("lfk", "physio", "isometric")] or ["lfk"]
        # weight bearing
        if site in ("hip_oa", "knee_oa") and kind != "op":
            pass
        elif site in ("femoral_neck", "hip_oa", "knee_oa") and operated and f["procedure"] in ("total_hip_arthroplasty", "total_knee_arthroplasty", None):
            if chance(rng, 0.7):
                res.append("partial_weight_bearing")
        elif site in ("acl", "meniscus"):
            res.append(pick(rng, ["partial_weight_bearing", "no_weight_bearing", "partial_weight_bearing"]))
        else:
            r = rng.random()
            if r < 0.55:
                res.append("no_weight_bearing")
            elif r < 0.75:
                res.append("partial_weight_bearing")
            elif r < 0.95:
                res += ["no_weight_bearing", "partial_weight_bearing"]
        if f["procedure"] == "total_hip_arthroplasty" or opv == "hemi":
            if chance(rng, 0.85):
                res.append("hip_precautions")
        if site in ("acl", "patella") or opv == "msuture":
            if chance(rng, 0.75):
                res.append("brace")
    else:
        if chance(rng, 0.7):
            reh.append("lfk")
        if chance(rng, 0.35):
            reh.append("physio")
        if chance(rng, 0.2):
            reh.append("isometric")
        if site in ("proximal_humerus", "clavicle", "radial_head", "humeral_shaft"):
            if site == "humeral_shaft" and (kind == "cons" or chance(rng, 0.3)):
                res.append("brace")
                if chance(rng, 0.4):
                    res.append("sling")
            elif chance(rng, 0.8):
                res.append("sling")
        if chance(rng, 0.55):
            res.append("no_lifting")
    if chance(rng, 0.1):
        reh = []
    if chance(rng, 0.08):
        res = []
    f["rehabilitation"] = [x for x in REHAB if x in reh] or None
    f["restrictions"] = [x for x in RESTRICTIONS if x in res] or None
    if f["restrictions"] and {"no_weight_bearing", "partial_weight_bearing"} & set(f["restrictions"]) and chance(rng, 0.72):
        f["weight_bearing_weeks"] = pick(rng, [4, 6, 8, 8, 10, 12, 6])
    ctx["wb_months"] = f["weight_bearing_weeks"] in MONTH_OF and chance(rng, 0.3)
    if chance(rng, 0.82):
        f["follow_up_weeks"] = pick(rng, [2, 3, 4, 6, 6, 8, 12, 4])
    ctx["fu_months"] = f["follow_up_weeks"] in MONTH_OF and chance(rng, 0.3)
    if ctx["wb_months"] or ctx["fu_months"]:
        tags.append("months_conversion")
    if "sling" in (f["restrictions"] or []) and chance(rng, 0.6):
        ctx["sling_weeks"] = pick(rng, [2, 3, 4])
        tags.append("sling_weeks_not_weight_bearing")
    if "brace" in (f["restrictions"] or []) and chance(rng, 0.5):
        ctx["brace_weeks"] = pick(rng, [4, 6, 8])
        tags.append("brace_weeks_not_weight_bearing")
    ctx["suture_days"] = operated and chance(rng, 0.55)
    ctx["drug_course"] = chance(rng, 0.45 if leg else 0.15)
    if ctx["suture_days"]:
        tags.append("suture_removal_days")
    if ctx["drug_course"]:
        tags.append("drug_course_days")
    ctx["past_op"] = chance(rng, 0.25) and not revision
    if ctx["past_op"]:
        tags.append("past_operation_in_anamnesis")
    ctx["infusion"] = operated and chance(rng, 0.55)
    ctx["drain"] = operated and chance(rng, 0.3) and f["procedure"] in ("total_hip_arthroplasty", "total_knee_arthroplasty", "plate_osteosynthesis", "intramedullary_nailing")
    ctx["transfusion"] = operated and old and chance(rng, 0.25)
    if ctx["drain"]:
        tags.append("drain_volume_ml")
    if ctx["transfusion"]:
        tags.append("transfusion_volume_ml")
    if site in CONFUSABLE:
        tags.append("confusable_site")
    return f, ctx


def kl_distractor(ctx):
    return any(c[0] in ("I10", "E66.0", "I83.9") for c in ctx["comorb"])


# --------------------------------------------------------------------------------------------
# Kazakh oblast hospital form
# --------------------------------------------------------------------------------------------
KK_SIDE = {"right": "Оң жақ", "left": "Сол жақ", None: ""}
KK_MECH = {
    "fall_street": ["көшеде тайғанақ мұзда тайып, өз бойы биіктігінен құлаған", "аялдама маңында сүрініп, өз бойы биіктігінен құлаған",
                    "аулада мұзда тайып құлаған"],
    "home": ["үйде жуынатын бөлмеде тайып құлаған", "пәтерінде кілемге сүрініп, өз бойы биіктігінен құлаған",
             "үйде төсектен тұрып келе жатып құлаған"],
    "fall_height": ["үй шатырынан (шамамен 3 м биіктіктен) құлаған", "балконнан (2-қабат) құлаған", "құрылыс орманынан шамамен 4 м биіктіктен құлаған"],
    "fall_height_home": ["үйде перде ілу кезінде сатыдан құлаған (шамамен 1,5 м)", "саяжайда сатыдан алма теріп тұрып құлаған"],
    "traffic": ["жол-көлік оқиғасына түскен (жеңіл көліктің жүргізушісі)", "жаяу жүргіншіні жеңіл көлік қағып кеткен",
                "мотоциклмен келе жатып аударылып қалған (ЖКО)"],
    "sport": ["футбол ойнау кезінде аяғы бұралып құлаған", "шаңғы тебу кезінде құлаған", "қазақ күресі жаттығуы кезінде жарақат алған",
              "волейбол ойнағанда секіріп түскенде аяғы бұралған"],
}
EXT_CAUSE = {"fall_street": "W00", "home": "W01", "fall_height": "W11", "traffic": "V43", "sport": "W03"}
KK_COMPL = {"pain": "ауырсыну", "swelling": "ісіну", "limited_motion": "қозғалыстың шектелуі",
            "no_weight_bearing": "аяғына тірек ете алмау", "deformity": "пішінінің өзгеруі (деформация)",
            "instability": "тізенің тұрақсыздығы, жүргенде «тайып кету» сезімі", "locking": "буынның кезеңдік бітеліп қалуы (блокада)",
            "night_pain": "түнде мазалайтын ауырсыну"}
KK_ANEST = {"spinal": ["жұлын-ми анестезиясы", "субарахноидальды анестезия", "спинальды анестезия"],
            "general": ["эндотрахеальды наркоз", "жалпы анестезия (эндотрахеальды наркоз)", "жалпы көктамыр ішілік анестезия"],
            "block": ["иық өрімінің өткізгіштік блокадасы", "аксиллярлы өткізгіштік анестезия"],
            "local": ["жергілікті инфильтрациялық анестезия"]}


def kk_attr(f, rng):
    pre, post = [], ""
    if f["fracture_open"] is True:
        pre.append("ашық")
    elif f["fracture_open"] is False:
        pre.append("жабық")
    if f["fracture_comminuted"]:
        pre.append(pick(rng, ["көпжарықшақты", "жарықшақты"]))
    d = f["fracture_displaced"]
    if d is True:
        if chance(rng, 0.5):
            post = ", ығысумен"
        else:
            pre.insert(0, "ығысқан")
    elif d is False:
        if chance(rng, 0.5):
            post = ", ығысусыз"
        else:
            pre.insert(0, "ығыспаған")
    return pre, post


def kk_diag(f, ctx, rng):
    site = f["site"]
    S = SITES[site]
    side = KK_SIDE[f["side"]]
    stem = pick(rng, S["kk"])
    if site in FRACTURE:
        pre, post = kk_attr(f, rng)
        if ctx["opv"] == "revision_tha":
            txt = f"{side} {stem} бітпеген сынығы (жалған буын), ығысумен. Бұрандалармен металл остеосинтезден кейінгі жағдай"
        elif site == "ankle":
            stem = {"tbw_malleolus": "ішкі тобықтың", "lcp13": "сыртқы тобықтың", "lcp13_pos": "екі тобықтың"}.get(ctx["opv"], stem)
            txt = f"{side} {stem} {' '.join(pre)} сынығы{post}"
            if "екі тобықтың" in stem and chance(rng, 0.5):
                txt += ", табанның сыртқа шала шығуымен"
        else:
            txt = f"{side} {stem} {' '.join(pre)} сынығы{post}"
        if f["fracture_open"] is True:
            txt += f" (Густило-Андерсон бойынша {pick(rng, ['I', 'II'])} тип)"
    else:
        txt = f"{side} {stem}"
        if f["kl_grade"]:
            roman = ["I", "II", "III", "IV"][f["kl_grade"] - 1]
            if chance(rng, 0.35):
                roman = roman.replace("I", "І")
                ctx["tags"].append("kl_roman_kazakh_i")
            txt += pick(rng, [f", {roman} дәреже (Келлгрен-Лоуренс бойынша)", f", Келлгрен-Лоуренс бойынша {roman} саты",
                              f", рентгенологиялық {roman} саты"])
        if site in ("hip_oa", "knee_oa"):
            txt += pick(rng, [". Буынның ауырсыну синдромы, ФЖ II дәреже", ". Буын функциясының жеткіліксіздігі II дәреже", ""])
    txt = re.sub(r"\s+", " ", txt).strip()
    return txt[0].upper() + txt[1:]


def kk_wb(f, ctx, rng):
    """Kazakh weight-bearing instruction from truth."""
    r = f["restrictions"] or []
    n = f["weight_bearing_weeks"]
    dur = ""
    if n:
        dur = f"{MONTH_OF[n]} ай" if ctx["wb_months"] else f"{n} апта"
    nwb, pwb = "no_weight_bearing" in r, "partial_weight_bearing" in r
    crutch = "crutches" in (f["rehabilitation"] or [])
    walker = "walker" in (f["rehabilitation"] or [])
    aid = "балдақпен жүру, " if crutch else ("ходунокпен жүру, " if walker else "")
    if nwb and pwb:
        return (f"{aid}операцияланған аяққа салмақ түсірмеу {dur}, кейін рентген бақылауымен мөлшерлі салмақ түсіру".replace("  ", " ")
                if dur else f"{aid}аяққа салмақ түсірмеу, сынық бітісе бастағанда мөлшерлі салмақ түсіруге көшу")
    if nwb:
        return pick(rng, [f"{aid}аяққа салмақ түсірмеу {dur}", f"{aid}{dur + ' бойы ' if dur else ''}аяққа тірек етпеу"]).replace("  ", " ").strip()
    if pwb:
        return f"{aid}аяққа мөлшерлі салмақ түсіру{(' ' + dur + ' бойы') if dur else ''}"
    if crutch:
        return "балдақпен жүру"
    if walker:
        return "ходунокпен жүру"
    return ""


def kk_fu(n, months, rng):
    if months:
        return pick(rng, [f"{MONTH_OF[n]} айдан кейін бақылау рентгенографиясымен қайта қарау",
                          f"{MONTH_OF[n]} айдан соң емдеуші травматологтың қабылдауына келу"])
    return pick(rng, [f"{n} аптадан кейін қайта қарау", f"{n} аптадан соң бақылау рентгенографиясы",
                      f"бақылау қарауы — {n} аптадан кейін", f"{n} аптадан кейін облыстық кеңес беру емханасында травматологқа көріну"])


def kk_record(rid, f, ctx, rng):
    site = f["site"]
    S = SITES[site]
    tags = ctx["tags"]
    hosp, city = pick(rng, KK_HOSP)
    dept = pick(rng, KK_DEPT)
    male = ctx["male"]
    sur, nm, pat = pick(rng, KK_M if male else KK_F)
    adm = date(2024, 9, 1) + timedelta(days=rng.randint(0, 260))
    born = date(adm.year - ctx["age"], rng.randint(1, 12), rng.randint(1, 28))
    inj = adm - timedelta(days=0 if chance(rng, 0.6) else rng.randint(1, 4))
    op_day = adm + timedelta(days=rng.randint(1, 5))
    stay = rng.randint(7, 16) if ctx["kind"] == "op" else rng.randint(5, 12)
    if ctx["kind"] == "op":
        stay = max(stay, (op_day - adm).days + 10)
    dis = adm + timedelta(days=stay)
    addr = (f"{city}, {pick(rng, KK_STREETS)} {rng.randint(1, 140)}-үй, {rng.randint(1, 120)}-пәтер" if chance(rng, 0.6)
            else f"{pick(rng, ['Қарағанды', 'Ақтөбе', 'Түркістан', 'Павлодар', 'Шығыс Қазақстан', 'Жамбыл'])} облысы, {pick(rng, KK_VILL)}, {rng.randint(1, 60)}-үй")
    compact = chance(rng, 0.25)
    if compact:
        tags.append("compact")
    side = KK_SIDE[f["side"]]
    s_low = side.lower()
    sec_side = KK_SIDE[ctx["sec_side"]]
    L = []
    hist_no = f"{rng.randint(1000, 9999)}/{rng.randint(100, 999)}"
    L += [hosp, f"{dept}", f"{city}, тел.: 8 (7{rng.randint(100, 299)}) {rng.randint(20, 79)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}", ""]
    L.append(pick(rng, ["ШЫҒАРУ ЭПИКРИЗІ", "АУРУ ТАРИХЫНАН ҮЗІНДІ (ШЫҒАРУ ЭПИКРИЗІ)", "СТАЦИОНАРЛЫҚ ЕМДЕЛУ ТУРАЛЫ ЭПИКРИЗ"]))
    L.append(f"Ауру тарихы № {hist_no}")
    L.append("")
    sec_no = [0]

    def H(t):
        sec_no[0] += 1
        L.append(f"{sec_no[0]}. {t}")

    icd_items = []  # (display, code)

    def code(c, p=0.45):
        disp, cy = cyr_code(c, rng, p)
        if cy:
            if "cyrillic_icd" not in tags:
                tags.append("cyrillic_icd")
        icd_items.append((disp, c))
        return disp

    H("Науқас туралы мәліметтер")
    L.append(f"| Аты-жөні | {sur} {nm} {pat}".rstrip() + " |")
    L.append(f"| ЖСН | {iin(rng, born, male)} |")
    L.append(f"| Туған күні (жасы) | {fd(born)} ({ctx['age']} жас) |")
    L.append(f"| Жынысы | {'ер' if male else 'әйел'} |")
    L.append(f"| Мекенжайы | {addr} |")
    L.append(f"| Түскен күні | {fd(adm)}, сағ. {rng.randint(0, 23):02d}:{rng.choice(['05', '20', '35', '50'])} |")
    L.append(f"| Шыққан күні | {fd(dis)} |")
    L.append(f"| Төсек-күн саны | {stay} |")
    how = "жоспарлы түрде, емхананың жолдамасымен" if (site in ("hip_oa", "knee_oa", "acl", "meniscus") and chance(rng, 0.7)) or ctx["opv"] == "revision_tha" \
        else pick(rng, ["жедел медициналық жәрдем бригадасымен", "өздігінен, қабылдау бөлімі арқылы", "аудандық ауруханадан ауыстырылды"])
    L.append(f"| Жеткізілуі | {how} |")
    L.append("")
    # ---- diagnosis
    H(pick(rng, ["Қорытынды клиникалық диагноз", "Клиникалық диагноз (қорытынды)"]))
    dx = kk_diag(f, ctx, rng)
    row_mode = chance(rng, 0.5)
    main_line = dx
    if f["ao_ota"]:
        ao, cy = cyr_code(f["ao_ota"], rng, 0.6)
        if chance(rng, 0.35):
            ao = ao.replace("-", "")
        if cy:
            tags.append("cyrillic_ao")
        main_line += pick(rng, [f". АО/ОТА бойынша {ao}", f" (АО: {ao})", f". Сынық түрі {ao} (АО)"])
    if ctx["icd_primary"]:
        codes = [S["icd"]]
        if ctx["opv"] == "revision_tha":
            codes = ["T84.1"] if chance(rng, 0.5) else ["M84.1"]
        disp = code(codes[0])
        if not row_mode:
            main_line += f". АХЖ-10: {disp}"
    L.append(f"Негізгі: {main_line}.".replace("..", "."))
    if row_mode and ctx["icd_primary"]:
        L.append(f"| АХЖ-10 коды | {icd_items[0][0]} |")
    if ctx["ext_cause"]:
        ec = EXT_CAUSE[f["mechanism"]]
        L.append(f"Сыртқы себеп коды: {code(ec, 0.3)}")
        tags.append("external_cause_code")
    if ctx["sec"]:
        parts = []
        for s in ctx["sec"]:
            c, kkt, _ = SECONDARY[s]
            t = kkt.replace("{S}", sec_side).strip()
            if s in ctx["icd_sec"]:
                t += f" ({code(c)})"
            parts.append(t)
        L.append("Қосымша: " + "; ".join(parts) + ".")
    if ctx["complic"]:
        c, kkt, _ = COMPLIC[ctx["complic"]]
        t = kkt.replace("{S}", side if ctx["complic"] == "dvt" else "").strip()
        t = t[0].upper() + t[1:]
        if ctx["icd_complic"]:
            t += f" ({code(c)})"
        L.append(f"Асқынуы: {t}.")
    if ctx["comorb"]:
        parts = []
        for c, kkt, _ in ctx["comorb"]:
            parts.append(kkt + (f" ({code(c)})" if c in ctx["icd_comorb"] else ""))
        L.append("Қатар жүретін аурулар: " + "; ".join(parts) + ".")
        if kl_distractor(ctx) and site in ("hip_oa", "knee_oa"):
            tags.append("kl_distractor_other_scale")
    if f["fracture_open"]:
        tags.append("gustilo_grade_not_kl")
    L.append("")
    # ---- complaints
    if f["complaints"]:
        H("Түскен кездегі шағымдары")
        reg = S["kreg"]
        items = [KK_COMPL[c] for c in f["complaints"]]
        if f["side"]:
            reg = f"{s_low} {reg}"
        first = f"{reg[0].upper() + reg[1:]} {items[0]}"
        rest = items[1:]
        L.append(first + (", " + ", ".join(rest) if rest else "") + "." +
                 (" Шағымдары жарақаттан кейін бірден пайда болған." if site in FRACTURE and chance(rng, 0.4) else ""))
        L.append("")
    # ---- anamnesis morbi
    H(pick(rng, ["Ауру анамнезі", "Ауру тарихы (anamnesis morbi)"]))
    if ctx["opv"] == "revision_tha":
        prev = op_day.replace(year=op_day.year - 1)
        L.append(f"{prev.strftime('%Y')} ж. {s_low} сан сүйегі мойнының сынығына байланысты бұрандалармен металл остеосинтезі жасалған. "
                 f"Соңғы 4 айда ауырсыну күшейген, бақылау рентгенограммасында сынық бітпеген, бұрандалар тұрақсызданған. Жоспарлы түрде түсті.")
    elif site in ("hip_oa", "knee_oa"):
        L.append(f"Өзін {rng.randint(4, 15)} жылдан бері науқас санайды. Ауырсыну біртіндеп күшейген, қабынуға қарсы препараттар, "
                 f"буын ішіне инъекциялар әсер бермеген. {'Емханада жолдама берілген.' if chance(rng, 0.5) else ''}".strip())
    else:
        mech = f["mechanism"]
        when = f"{fd(inj)} ж." if inj != adm else "Түсер күні"
        if mech is None:
            L.append(f"{when} жарақат алған, жарақат жағдайын нақты айта алмайды (алкогольдік мастану күйінде болған)." if chance(rng, 0.5)
                     else f"{when} {s_low} аяқ-қолында ауырсыну пайда болған, жарақатты жоққа шығармайды, жағдайын есіне түсіре алмайды.")
            tags.append("mechanism_unstated")
        else:
            key = "fall_height_home" if mech == "fall_height" and ctx["ladder_home"] else mech
            if key == "fall_height_home":
                tags.append("ladder_fall_at_home")
            L.append(f"{when[0].upper() + when[1:]} {pick(rng, KK_MECH[key])}. "
                     + pick(rng, ["ЖМЖ бригадасы көлік иммобилизациясын жасап, ауруханаға жеткізді.",
                                  "Қабылдау бөлімінде рентгенография жасалып, бөлімшеге жатқызылды.",
                                  "Аудандық ауруханада алғашқы көмек көрсетілген, " + ("гипс лонгетасы салынып, " if site not in ("femoral_neck", "pertrochanteric", "femoral_shaft") else "") + "облыстық ауруханаға жіберілген."]))
    L.append("")
    # ---- anamnesis vitae
    if not compact or ctx["past_op"]:
        H("Өмір анамнезі")
        bits = []
        if ctx["past_op"]:
            po_side = KK_SIDE[ctx["sec_side"]].lower()
            bits.append(pick(rng, [
                f"{rng.randint(2012, 2021)} ж. {po_side} жамбас-сан буыны эндопротезделген",
                f"{rng.randint(2012, 2021)} ж. {po_side} асықты жілік сынығына металл остеосинтезі жасалған, {rng.randint(2019, 2023)} ж. металл конструкциясы алынған",
                f"{rng.randint(2010, 2020)} ж. аппендэктомия, {rng.randint(2015, 2022)} ж. {po_side} кәрі жіліктен пластина алынған",
                f"{rng.randint(2014, 2022)} ж. {po_side} тізе буынына артроскопия жасалған"]))
            if "металл" in bits[-1] or "пластина" in bits[-1]:
                tags.append("removed_hardware_in_anamnesis")
        bits.append(pick(rng, ["Туберкулез, вирусты гепатит, АИТВ жоққа шығарады", "Жұқпалы аурулармен ауырмаған",
                               "Туберкулез, гепатит, венерологиялық аурулар — жоқ"]))
        bits.append(pick(rng, ["Аллергиялық анамнезі: асқынбаған", "Дәрілерге аллергиясы жоқ", "Пенициллинге аллергия (бөртпе)"]))
        if chance(rng, 0.4):
            bits.append(pick(rng, ["Темекі шегеді", "Зиянды әдеттерін жоққа шығарады"]))
        L.append(". ".join(bits) + ".")
        L.append("")
    # ---- objective
    if not compact:
        H(pick(rng, ["Түскен кездегі объективті жағдайы", "Объективті қарау"]))
        L.append(f"Жалпы жағдайы {pick(rng, ['орташа ауырлықта', 'қанағаттанарлық', 'орташа ауырлықта, ауырсыну синдромына байланысты'])}. "
                 f"Есі анық. Тері жамылғысы қалыпты түсті. АҚҚ {rng.randint(110, 160)}/{rng.choice([70, 80, 85, 90])} мм сын. бағ., "
                 f"тамыр соғысы минутына {rng.randint(64, 98)}. Тыныс алу везикулярлы.")
        loc = f"Жергілікті статус: {(s_low + ' ' + S['kreg']).strip()} "
        if site in FRACTURE:
            loc += pick(rng, ["ісіну, пальпацияда күрт ауырсыну, патологиялық қозғалғыштық анықталады",
                              "жұмсақ тіндердің ісінуі, қанталау, осьтік жүктеме симптомы оң",
                              "деформация, ісіну, белсенді қозғалыс мүмкін емес"])
            if site in ("femoral_neck", "pertrochanteric"):
                loc += ". Аяқ сыртқа бұрылған, 1,5–2 см қысқарған, «жабысқан өкше» симптомы оң"
            if f["fracture_open"]:
                loc += f". {pick(rng, ['Алдыңғы бетінде', 'Ішкі бетінде'])} {rng.randint(1, 6)} см жара, одан сынық ұшы көрінеді"
        elif site in ("hip_oa", "knee_oa"):
            loc += f"буын контурлары өзгерген, қозғалыс көлемі шектелген, қозғалғанда сықырлау. Бүгілуі {rng.choice([70, 80, 95, 100])}°-қа дейін"
        elif site == "acl":
            loc += "гемартроз белгілері жоқ, «алдыңғы жәшік» симптомы оң, Лахман сынамасы оң"
        else:
            loc += "буын саңылауы бойымен ауырсыну, Байков, Мак-Маррей симптомдары оң"
        L.append(loc + ". Аяқ-қолдың шеткі бөліктерінде сезімталдық пен қанайналым сақталған.")
        L.append("")
    # ---- investigations
    H(pick(rng, ["Зерттеу нәтижелері", "Тексерулер"]))
    if not compact and chance(rng, 0.7):
        L.append("| Көрсеткіш | Нәтиже | Қалыпты мәні |")
        L.append(f"| Гемоглобин | {rng.randint(98, 152)} г/л | 120–160 г/л |")
        L.append(f"| Эритроциттер | {rng.randint(32, 51) / 10:.1f}".replace(".", ",") + " ×10¹²/л | 3,7–5,1 |")
        L.append(f"| Лейкоциттер | {rng.randint(45, 128) / 10:.1f}".replace(".", ",") + " ×10⁹/л | 4,0–9,0 |")
        L.append(f"| ЭТЖ | {rng.randint(4, 38)} мм/сағ | 2–15 |")
        L.append(f"| Қандағы глюкоза | {rng.randint(42, 96) / 10:.1f}".replace(".", ",") + " ммоль/л | 3,3–5,5 |")
        L.append(f"| ХҚҚ | {rng.randint(90, 125) / 100:.2f}".replace(".", ",") + " | 0,8–1,2 |")
        L.append("")
    xr = f"Рентгенография ({fd(adm)}): {s_low} " if True else ""
    if site in FRACTURE:
        if ctx["opv"] == "revision_tha":
            xr += "сан сүйегі мойнында бітпеген сынық сызығы, бұрандалар айналасында сүйек тінінің сорылуы."
        else:
            xr += f"{S['kreg']} сынық сызығы анықталады" + (", сынықтары ығысқан." if f["fracture_displaced"] else ".")
    elif site in ("hip_oa", "knee_oa"):
        xr += "буын саңылауы айтарлықтай тарылған, шеткі остеофиттер, субхондральды склероз."
    else:
        xr += "тізе буынында сүйек-деструктивті өзгерістер жоқ. МРТ: " + \
              ("алдыңғы айқаспалы байламның толық үзілуі." if site == "acl" else "ішкі менискінің артқы мүйізінде Столлер бойынша III дәрежелі сигнал.")
        if site == "meniscus":
            tags.append("stoller_grade_not_kl")
    L.append(xr.replace("  ", " "))
    if not compact:
        L.append(pick(rng, ["ЭКГ: синусты ырғақ, ЖСЖ 76. Кеуде қуысы ағзаларының рентгенографиясы: патологиясыз.",
                            "ЭКГ: синусты ырғақ, сол қарынша гипертрофиясы белгілері. Флюорография: патологиясыз.",
                            "Төменгі аяқ веналарының УДЗ: терең веналар өткізгіш."]))
    L.append("")
    # ---- operation
    if ctx["kind"] == "op":
        proc, imps, kkp, _ = OPS[ctx["opv"]]
        opname = pick(rng, kkp).replace("{S}", side).replace("{s}", s_low)
        opname = re.sub(r"\s+", " ", opname).strip()
        opname = opname[0].upper() + opname[1:]
        H(pick(rng, ["Операция", "Жүргізілген операция", "Операциялық ем"]))
        an = ctx["anest"]
        an_txt = pick(rng, KK_ANEST[an]) if an in KK_ANEST else None
        bl = f["blood_loss_ml"]
        if bl is not None:
            bl_txt = pick(rng, [f"{bl} мл", f"шамамен {bl} мл"])
        elif ctx.get("bl_minimal"):
            bl_txt = pick(rng, ["болмашы", "аз мөлшерде (болмашы)"])
        else:
            bl_txt = None
        if chance(rng, 0.55):
            L.append(f"| Операция күні | {fd(op_day)} |")
            L.append(f"| Операция атауы | {opname} |")
            if an_txt:
                L.append(f"| Анестезия түрі | {an_txt} |")
            if bl_txt:
                L.append(f"| Қан жоғалту | {bl_txt} |")
            L.append(f"| Ұзақтығы | {rng.randint(0, 2)} сағ {rng.choice([10, 25, 40, 55])} мин |")
        else:
            s = f"{fd(op_day)} ж. {an_txt + ' астында ' if an_txt else ''}операция жасалды: {opname}."
            if bl_txt:
                s += f" Операция кезіндегі қан жоғалту — {bl_txt}."
            L.append(s)
        if not compact and chance(rng, 0.6):
            if proc in ("total_hip_arthroplasty",) or ctx["opv"] == "hemi":
                course = "Жамбас-сан буынына артқы-сыртқы кіру жолы. Сан сүйегінің басы мен мойны алынды, тостаған ойығы өңделді, компоненттер орнатылды, буын орнына түсірілді."
            elif proc == "total_knee_arthroplasty":
                course = "Медиальды парапателлярлы кіру жолы. Сүйек кесінділері шаблон бойынша жасалды, компоненттер сүйек цементімен бекітілді."
            elif proc in ("acl_reconstruction", "partial_meniscectomy") or ctx["opv"] == "msuture":
                course = "Стандартты алдыңғы-латеральды және алдыңғы-медиальды порттар арқылы артроскопия жасалды, буын ішін шаю."
            else:
                course = "Сынықтар орнына келтірілді, С-доға бақылауымен фиксатор орналасуы дұрыс. Жара қабатпен тігілді."
            if ctx["drain"]:
                course += f" Дренаж қойылды; бірінші тәулікте дренаж бойынша {rng.choice([60, 80, 120, 140])} мл бөлінді."
            elif ctx["drain"] is False:
                pass
            L.append("Операция барысы: " + course)
        elif ctx["drain"]:
            L.append(f"Дренаж бойынша бірінші тәулікте {rng.choice([60, 80, 120, 140])} мл бөлінді, 2-тәулікте дренаж алынды.")
        L.append("")
    # ---- treatment
    H(pick(rng, ["Стационардағы ем", "Жүргізілген ем"]))
    drugs = [pick(rng, ["Цефазолин 1,0 г б/і күніне 3 рет", "Цефтриаксон 1,0 г б/і күніне 2 рет"]),
             pick(rng, ["Кеторолак 30 мг б/і", "Трамадол 100 мг б/і"]),
             pick(rng, ["Эноксапарин 0,4 мл тері астына", "Гепарин 5000 ХБ тері астына күніне 4 рет"])]
    if ctx["infusion"]:
        drugs.append(f"инфузиялық ем (натрий хлориді 0,9% {rng.choice([400, 800, 1000])} мл, Рингер ерітіндісі {rng.choice([400, 500])} мл)")
        tags.append("infusion_volume_ml")
    if ctx["transfusion"]:
        drugs.append(f"бір топты эритроцит массасы {rng.choice([260, 280, 320])} мл құйылды")
    if ctx["kind"] == "cons":
        drugs = drugs[1:]
        if site == "proximal_humerus":
            drugs.insert(0, "Жабық репозициясыз иммобилизация")
        else:
            drugs.insert(0, "Консервативті ем")
    if ctx["kind"] == "planned":
        drugs = ["Қабынуға қарсы ем (Диклофенак 75 мг ішке)", "Хондропротекторлар", "Операция алдындағы тексеру жүргізілді"]
    in_reh = [x for x in (f["rehabilitation"] or []) if x in ("lfk", "cpm", "isometric", "physio")]
    reh_words = {"lfk": "ЕДШ (емдік дене шынықтыру)", "cpm": "CPM аппаратында тізені пассивті қозғалту",
                 "isometric": "сан бұлшықеттеріне изометриялық жаттығулар", "physio": "физиоем (магнитотерапия, УЖЖ)"}
    inhosp = [x for x in in_reh if chance(rng, 0.5)]
    if inhosp:
        drugs.append("; ".join(reh_words[x] for x in inhosp))
    L.append(". ".join(d[0].upper() + d[1:] for d in drugs) + ".")
    L.append("")
    # ---- diary
    if not compact and ctx["kind"] == "op" and chance(rng, 0.6):
        H("Күнделік жазбалары")
        L.append("| Күні | Жазба |")
        d1 = op_day + timedelta(days=1)
        L.append(f"| {fds(d1)} | Жағдайы орташа ауырлықта. Таңу: жара таза, жиектері ісінбеген. Дене қызуы 37,2 °C. |")
        if ctx["complic"] == "dvt":
            L.append(f"| {fds(d1 + timedelta(days=3))} | Балтырдың ісінуі, УДЗ-да терең веналардың тромбозы анықталды; антикоагулянт дозасы түзетілді. |")
        elif ctx["complic"] in ("wound", "necrosis"):
            L.append(f"| {fds(d1 + timedelta(days=3))} | Жара жиегінде гиперемия, {'беткей іріңді бөлініс' if ctx['complic'] == 'wound' else 'шеткі некроз ошағы'}; күнделікті таңу, антибиотик ауыстырылды. |")
        else:
            L.append(f"| {fds(d1 + timedelta(days=3))} | Жағдайы қанағаттанарлық, ауырсыну азайған. Бақылау рентгенограммасында фиксатор тұрақты. |")
        extra = ["Жағдайы тұрақты. Жара таза, таңу жасалды. Аяқ-қолдың шеткі бөліктерінде қанайналым қанағаттанарлық.",
                 "Шағымдары азайған. Дене қызуы қалыпты. Ісіну біртіндеп қайтуда.",
                 "Түнде ұйқысы қанағаттанарлық. Ауырсынуға қарсы препарат қажеттілігі азайды.",
                 "Бақылау қан талдауында гемоглобин 112 г/л. Жара жиектері жабысқан.",
                 "Палаталық қарау меңгерушімен бірге жүргізілді, ем жалғасуда."]
        for k in range(rng.randint(1, 4)):
            L.append(f"| {fds(d1 + timedelta(days=4 + k))} | {extra[k]} |")
        if "crutches" in (f["rehabilitation"] or []):
            L.append(f"| {fds(d1 + timedelta(days=5 + k))} | Нұсқаушымен балдақпен жүруге үйретілді. |")
        L.append("")
    if not compact and ctx["age"] >= 60 and chance(rng, 0.6):
        H("Консультациялар")
        L.append(pick(rng, ["Терапевт: операцияға қарсы көрсетілім жоқ, гипотензивті ем жалғастырылсын.",
                            "Кардиолог: ЖИА, тұрақты стенокардия ФК II. Операциялық ем тәуекелі орташа.",
                            "Эндокринолог: қандағы глюкозаны бақылау, инсулин дозасы түзетілді."]))
        if "ФК II" in L[-1]:
            tags.append("fc_grade_not_kl")
        L.append("")
    # ---- discharge state
    H(pick(rng, ["Шығарған кездегі жағдайы", "Шығару кезіндегі жағдайы"]))
    st = pick(rng, ["Жағдайы қанағаттанарлық.", "Жалпы жағдайы тұрақты, қанағаттанарлық."])
    if ctx["kind"] == "op":
        st += pick(rng, [" Операциялық жара біріншілік керіш жолымен бітуде.", " Жара таза, тігістер алынбаған.",
                         " Тігістер алынды, жара бітті."])
        if ctx["complic"] in ("wound", "necrosis"):
            st = "Жағдайы қанағаттанарлық. Жара екіншілік керіш жолымен бітуде, таңу жалғасады."
    if site in ("hip_oa", "knee_oa") and ctx["kind"] == "planned":
        st += f" Жоспарлы түрде {s_low} {'жамбас-сан' if site == 'hip_oa' else 'тізе'} буынын толық эндопротездеу ұсынылды, квота бойынша кезекке қойылды."
    L.append(st.replace("  ", " "))
    L.append("")
    # ---- recommendations
    H(pick(rng, ["Ұсыныстар", "Ұсынылды"]))
    rec = []
    wb = kk_wb(f, ctx, rng) if S["leg"] else ""
    if wb:
        rec.append(wb)
    res = f["restrictions"] or []
    if "hip_precautions" in res:
        rec.append(pick(rng, ["эндопротездің шығып кетуінің алдын алу: жамбас буынын 90°-тан артық бүкпеу, аяқты айқастырмау, аласа орындыққа отырмау",
                              "эндопротездің шығып кету қаупіне байланысты: 90°-тан артық бүгуге, аяқты айқастыруға болмайды"]))
    if "sling" in res:
        w = ctx.get("sling_weeks")
        rec.append(f"косынка-таңғышпен иммобилизация{' ' + str(w) + ' апта' if w else ''}")
    if "brace" in res:
        w = ctx.get("brace_weeks")
        what = "тізе ортезін" if S["leg"] else "иық ортезін (Сармиенто брейсі)"
        rec.append(f"{what} тағу{' ' + str(w) + ' апта' if w else ''}")
    if "no_lifting" in res:
        rec.append(pick(rng, ["ауыр заттарды көтермеу (3 кг-нан артық)", "ауыр көтеруге тыйым салынады"]))
    reh = f["rehabilitation"] or []
    if "walker" in reh and "walker" not in wb and "ходунок" not in wb:
        rec.append("ходунокпен жүру")
    if "crutches" in reh and "балдақ" not in wb:
        rec.append("балдақпен жүру")
    if "lfk" in reh:
        rec.append(pick(rng, ["ЕДШ-ны үйде жалғастыру", "емдік дене шынықтыру кешенін күнделікті орындау", "ЕДШ нұсқаушының бақылауымен"]))
    if "cpm" in reh and "cpm" not in inhosp:
        rec.append("CPM аппаратында пассивті қозғалыс оңалту орталығында")
    if "isometric" in reh and "isometric" not in inhosp:
        rec.append("изометриялық жаттығулар")
    if "physio" in reh and "physio" not in inhosp:
        rec.append("тұрғылықты жердегі емханада физиоем курсы")
    if ctx["kind"] == "cons" and site == "proximal_humerus" and "sling" not in res and "brace" not in res:
        rec.append("иммобилизацияны жалғастыру")
    if ctx["suture_days"]:
        rec.append(pick(rng, ["тігістерді операциядан кейінгі 12–14-тәулікте алу", "тігістерді 14-тәулікте тұрғылықты жердегі емханада алу"]))
    if ctx["drug_course"]:
        rec.append(pick(rng, ["Ксарелто 10 мг күніне 1 рет, 35 күн", "Эноксапарин 0,4 мл тері астына 28 күн",
                              "Кальций-Д3 Никомед 1 таблеткадан күніне 2 рет, 30 күн"]))
    if f["follow_up_weeks"]:
        rec.append(kk_fu(f["follow_up_weeks"], ctx["fu_months"], rng))
    else:
        rec.append(pick(rng, ["тұрғылықты жердегі емхана травматологының бақылауы", "жалпы тәжірибелік дәрігердің бақылауында болу"]))
    for i, r_ in enumerate(rec, 1):
        L.append(f"{i}) {r_[0].upper() + r_[1:]}".rstrip(".") + ".")
    L.append("")
    L.append(f"Емдеуші дәрігер: {pick(rng, KK_DOCS)}")
    L.append(f"Бөлімше меңгерушісі: {pick(rng, [x for x in KK_DOCS if x not in L[-1]])}")
    L.append(f"Шығару эпикризі {fd(dis)} ж. берілді.")
    text = "\n".join(L) + "\n"
    return text, icd_items


# --------------------------------------------------------------------------------------------
# Russian trauma point / polyclinic card
# --------------------------------------------------------------------------------------------
RU_SIDE = {"right": "прав.", "left": "лев.", None: ""}
RU_MECH = {
    "fall_street": ["поскользнулся на улице, упал с высоты собств. роста", "на улице упал на гололёде", "споткнулся на тротуаре, упал"],
    "home": ["дома упал в ванной", "дома, упал с высоты собств. роста, запнулся о порог", "дома упал, вставая с кровати"],
    "fall_height": ["упал с крыши гаража (~2,5 м)", "упал со строит. лесов (~3 м)", "упал с балкона 2-го этажа"],
    "fall_height_home": ["дома упал со стремянки, вешая шторы", "на даче упал с лестницы (~2 м)"],
    "traffic": ["ДТП — водитель легкового а/м", "ДТП, сбит легковым а/м (пешеход)", "упал с мотоцикла (ДТП)"],
    "sport": ["травма во время игры в футбол", "на тренировке по борьбе", "упал на катке", "травма при игре в волейбол (подвернул ногу)"],
}
RU_KIND = {"fall_street": "уличная", "home": "бытовая", "fall_height": "бытовая", "traffic": "ДТП", "sport": "спортивная"}
RU_COMPL = {"pain": "боли", "swelling": "отёк", "limited_motion": "огранич. движений", "no_weight_bearing": "невозм. опоры на ногу",
            "deformity": "деформацию", "instability": "неустойчивость в КС при ходьбе", "locking": "эпизоды блокады КС",
            "night_pain": "ночные боли"}
RU_ANEST = {"spinal": ["СМА", "спинномозг. анест.", "спинальная анестезия"], "general": ["ЭТН", "эндотрах. наркоз", "общая анестезия (ЭТН)"],
            "block": ["БПС (блокада плечевого сплетения)", "проводниковая анест."], "local": ["м/а"]}
IMMOB = {
    "distal_radius": "ЛГЛ (гипс. лонгета) от в/3 предплечья до г/головок пястных костей",
    "radial_head": "задняя гипс. лонгета от в/3 плеча до г/головок пястных костей",
    "ankle": "задняя гипс. лонгета до в/3 голени",
    "patella": "гипс. тутор (г/повязка от в/3 бедра до н/3 голени)",
    "tibial_plateau": "гипс. лонгета от в/3 бедра до кончиков пальцев",
    "clavicle": "восьмиобразная повязка",
    "proximal_humerus": "повязка Дезо",
    "humeral_shaft": "торакобрахиальная г/повязка",
    "knee_oa": "",
}


def ru_ds(f, ctx, rng):
    site = f["site"]
    S = SITES[site]
    r = RU_SIDE[f["side"]]
    stem = pick(rng, S["ru"])
    if site == "ankle":
        stem = {"tbw_malleolus": "перелом мед. лодыжки {s} голени", "lcp13": "перелом {s} лат. лодыжки",
                "lcp13_pos": "перелом обеих лодыжек {s} голени с подвывихом стопы кнаружи"}.get(ctx["opv"], stem)
    stem = stem.replace("{s}", r)
    if site in FRACTURE:
        pre = []
        if f["fracture_open"] is True:
            pre.append("Откр.")
        elif f["fracture_open"] is False:
            pre.append("Закр.")
        if f["fracture_comminuted"]:
            pre.append(pick(rng, ["оскольч.", "многооскольч."]))
        d = f["fracture_displaced"]
        post = ""
        if d is True:
            post = pick(rng, [" со смещ. отломков", " с/м", " со смещением"])
        elif d is False:
            post = pick(rng, [" без смещ.", " б/см", " без смещения отломков"])
        if "с подвывихом" in stem and post:
            stem = stem.replace(" с подвывихом", post + ", с подвывихом")
            post = ""
        txt = " ".join(pre + [stem]) + post
        if f["fracture_open"] is True:
            txt += f", Gustilo {pick(rng, ['I', 'II'])}"
            ctx["tags"].append("gustilo_grade_not_kl")
    else:
        txt = stem
        if f["kl_grade"]:
            roman = ["I", "II", "III", "IV"][f["kl_grade"] - 1]
            txt += pick(rng, [f" {roman} ст.", f" R-{roman} (Kellgren-Lawrence)", f", {roman} ст. по Келлгрену"])
        if site in ("hip_oa", "knee_oa"):
            txt += pick(rng, [". НФС II", ", ФН II ст.", ""])
    txt = re.sub(r"\s+", " ", txt).strip()
    return txt[0].upper() + txt[1:]


def ru_wb(f, ctx, rng):
    r = f["restrictions"] or []
    n = f["weight_bearing_weeks"]
    dur = (f"{MONTH_OF[n]} мес." if ctx["wb_months"] else f"{n} нед.") if n else ""
    nwb, pwb = "no_weight_bearing" in r, "partial_weight_bearing" in r
    reh = f["rehabilitation"] or []
    aid = "ходьба на костылях, " if "crutches" in reh else ("ходунки, " if "walker" in reh else "")
    if nwb and pwb:
        return f"{aid}без нагрузки на ногу {dur}, далее дозир. нагрузка".replace("  ", " ") if dur else \
            f"{aid}без нагрузки на ногу до Rg-контроля, затем част. нагрузка"
    if nwb:
        return pick(rng, [f"{aid}без нагрузки на ногу {dur}", f"не наступать на ногу {dur}" + (", костыли" if aid.startswith("ходьба") else ""),
                          f"исключить осевую нагрузку {dur}" + (", ходьба на костылях" if aid.startswith("ходьба") else "")]).strip()
    if pwb:
        return f"{aid}дозир. нагрузка на ногу{(' ' + dur) if dur else ''}".replace("  ", " ")
    if "crutches" in reh:
        return "ходьба на костылях"
    if "walker" in reh:
        return "ходьба с ходунками"
    return ""


def ru_fu(n, months, rng):
    if months:
        return pick(rng, [f"контр. осмотр ч/з {MONTH_OF[n]} мес.", f"Rg-контроль ч/з {MONTH_OF[n]} мес."])
    return pick(rng, [f"явка ч/з {n} нед.", f"Rg-контроль ч/з {n} нед.", f"повт. осмотр через {n} недели" if n in (2, 3, 4) else f"повт. осмотр через {n} недель"])


def tpc_record(rid, f, ctx, rng):
    site = f["site"]
    S = SITES[site]
    tags = ctx["tags"]
    kind = ctx["kind"]
    clin, city, hosp = pick(rng, RU_CLIN)
    male = ctx["male"]
    sur, nm, pat = pick(rng, RU_M if male else RU_F)
    v1 = date(2024, 10, 1) + timedelta(days=rng.randint(0, 220))
    born = date(v1.year - ctx["age"], rng.randint(1, 12), rng.randint(1, 28))
    r = RU_SIDE[f["side"]]
    sec_r = RU_SIDE[ctx["sec_side"]]
    oa_like = site in ("hip_oa", "knee_oa", "acl", "meniscus")
    L = []
    L += [clin, f"{'Травматологический пункт (круглосуточный)' if not site in ('hip_oa', 'knee_oa') else 'Кабинет травматолога-ортопеда'}, {city}", ""]
    L.append(pick(rng, ["КАРТА АМБУЛАТОРНОГО ТРАВМАТОЛОГИЧЕСКОГО БОЛЬНОГО", "КАРТА ТРАВМПУНКТА / ф. 025/у (вкладыш)",
                        "АМБУЛАТОРНАЯ КАРТА — ЛИСТ ПРИЁМОВ ТРАВМАТОЛОГА"]) + f" № {rng.randint(100, 9999)}/{str(v1.year)[2:]}")
    L.append(f"ФИО: {sur} {nm} {pat}")
    L.append(f"ИИН: {iin(rng, born, male)}   Д.р.: {fd(born)} ({ctx['age']} л.)   Пол: {'м' if male else 'ж'}")
    L.append(f"Адрес: {city}, {pick(rng, RU_STREETS)}, д. {rng.randint(1, 150)}, кв. {rng.randint(1, 200)}")
    L.append(f"Работа: {pick(rng, ['ТОО «Казстройсервис», монтажник', 'АО «KEGOC», инженер', 'ИП, продавец', 'студент(ка)', 'не работает', 'школа № 21, учитель'])}"
             if ctx["age"] < 63 else "Работа: пенсионер(ка)")
    if f["mechanism"] and not oa_like and chance(rng, 0.6):
        kind_txt = RU_KIND[f["mechanism"]] if not (f["mechanism"] == "fall_height" and not ctx["ladder_home"]) else "производственная"
        L.append(f"Вид травмы: {kind_txt}")
    L.append("")
    icd_items = []

    def code(c, p=0.45):
        disp, cy = cyr_code(c, rng, p)
        if cy and "cyrillic_icd" not in tags:
            tags.append("cyrillic_icd")
        icd_items.append((disp, c))
        return disp

    reh = f["rehabilitation"] or []
    res = f["restrictions"] or []
    used_reh, used_res = set(), set()
    starts_after = site in ("femoral_shaft", "pertrochanteric") and kind == "op" and chance(rng, 0.7)
    if starts_after:
        tags.append("card_starts_after_discharge")
        f["complaints"] = None  # first contact is the post-discharge visit; no complaints recorded
    # ---------------- visit 1
    d = v1
    visits = 0
    ds = ru_ds(f, ctx, rng)
    ds_line = ds
    if f["ao_ota"]:
        ao, cy = cyr_code(f["ao_ota"], rng, 0.55)
        if cy:
            tags.append("cyrillic_ao")
        ds_line += pick(rng, [f". АО {ao}", f" (тип {ao.replace('-', '')} по АО)", f", AO/OTA {ao}"])
    prim_disp = code(S["icd"]) if ctx["icd_primary"] else None
    if prim_disp:
        ds_line += pick(rng, [f" ({prim_disp})", f". Код МКБ: {prim_disp}", f" — {prim_disp}"])
    sec_parts = []
    for s in ctx["sec"]:
        c, _, rut = SECONDARY[s]
        t = rut.replace("{r}", sec_r)
        if s in ctx["icd_sec"]:
            t += f" ({code(c)})"
        sec_parts.append(t)
    if sec_parts:
        ds_line += ". Сопутств.: " + ", ".join(sec_parts)
    com_parts = []
    for c, _, rut in ctx["comorb"]:
        com_parts.append(rut + (f" ({code(c)})" if c in ctx["icd_comorb"] else ""))

    def visit_head(dt, label):
        h = rng.randint(8, 21)
        L.append(f"{fd(dt)} {h:02d}:{rng.choice(['05', '15', '30', '45'])} — {label}")
        return h

    def interim(dt, n):
        """0..n neutral interim visits (sick-leave extension, control); returns the date of the last one."""
        nonlocal visits
        for _ in range(rng.randint(0, n)):
            visits += 1
            dt = dt + timedelta(days=rng.choice([7, 10, 12]))
            visit_head(dt, pick(rng, ["повторный приём", "приём (ВКК)", "контрольный осмотр"]))
            L.append(pick(rng, ["Жал. на умер. боли при движениях. Отёк уменьшился.", "Состояние удовл. Жалобы на периодич. ноющие боли.",
                                "Жалоб существенных нет, беспокоит скованность."]))
            if site in FRACTURE:
                L.append(pick(rng, ["St. loc.: отёк незначит., чувствит. и движ. пальцев сохранены.", "St. loc.: без отрицат. динамики.",
                                    "Rg-контроль: стояние отломков прежнее, костная мозоль формируется."]))
            if ctx["age"] < 63:
                L.append(f"ВКК: б/л продлён до {fds(dt + timedelta(days=rng.choice([10, 14])))}.")
            L.append(f"Явка {fds(dt + timedelta(days=rng.choice([7, 10, 12])))}.")
            L.append("")
        return dt

    def fem(t):
        if male:
            return t
        for a, b in (("поскользнулся", "поскользнулась"), ("споткнулся", "споткнулась"), ("подвернул ", "подвернула "),
                     ("упал ", "упала "), ("упал,", "упала,"), ("сбит ", "сбита "), ("упал с", "упала с")):
            t = t.replace(a, b)
        return t

    wb_text = ru_wb(f, ctx, rng) if S["leg"] else ""
    wb_given = False

    def restr_bits(final):
        """Regimen/rehab phrases not yet used; final=True flushes everything left."""
        out = []
        nonlocal wb_given
        if wb_text and not wb_given and final:
            out.append(wb_text)
            wb_given = True
            for c in ("no_weight_bearing", "partial_weight_bearing"):
                used_res.add(c)
            if "костыл" in wb_text:
                used_reh.add("crutches")
            if "ходунк" in wb_text:
                used_reh.add("walker")
        if not final:
            return out
        if "hip_precautions" in res and "hip_precautions" not in used_res:
            out.append(pick(rng, ["профил. вывиха эндопротеза (не сгибать в ТБС >90°, не сидеть на низком)", "не сгибать в ТБС более 90°, не закидывать ногу на ногу"]))
            used_res.add("hip_precautions")
        if "sling" in res and "sling" not in used_res:
            w = ctx.get("sling_weeks")
            out.append(f"косынка{' ' + str(w) + ' нед.' if w else ''}")
            used_res.add("sling")
        if "brace" in res and "brace" not in used_res:
            w = ctx.get("brace_weeks")
            out.append(("ортез на КС" if S["leg"] else "функц. ортез (брейс Sarmiento)") + (f" {w} нед." if w else ""))
            used_res.add("brace")
        if "no_lifting" in res and "no_lifting" not in used_res:
            out.append(pick(rng, ["не поднимать тяжести", "не поднимать тяжести >2 кг рукой", "исключить подъём тяжестей"]))
            used_res.add("no_lifting")
        for c, w in (("crutches", "ходьба на костылях"), ("walker", "ходунки"), ("lfk", "ЛФК"), ("cpm", "CPM-терапия (разработка КС)"),
                     ("physio", pick(rng, ["ФТЛ (магнит) №10", "физиолечение по м/ж"])), ("isometric", "изометрич. гимнастика")):
            if c in reh and c not in used_reh:
                out.append(w)
                used_reh.add(c)
        return out

    def early_regimen():
        """Regimen given at the first visit (a subset; the rest comes later)."""
        out = []
        if "sling" in res and "sling" not in used_res and chance(rng, 0.5):
            w = ctx.get("sling_weeks")
            out.append(f"косынка{' ' + str(w) + ' нед.' if w else ''}")
            used_res.add("sling")
        if S["leg"] and "crutches" in reh and "crutches" not in used_reh and chance(rng, 0.6):
            out.append("ходьба на костылях")
            used_reh.add("crutches")
        if "no_weight_bearing" in res and "no_weight_bearing" not in used_res and not f["weight_bearing_weeks"] and chance(rng, 0.5) and not wb_given:
            out.append("не наступать на ногу")
            used_res.add("no_weight_bearing")
        return out

    # -- first visit
    if not starts_after:
        visits += 1
        if oa_like:
            h1 = visit_head(d, "первичный приём травматолога-ортопеда")
        else:
            h1 = visit_head(d, pick(rng, ["первичное обращение в травмпункт", "первичный осмотр", "обратился(-ась) самостоятельно"]))
        if f["complaints"]:
            reg = S["rreg"].replace("{s}", r).replace("  ", " ")
            L.append(f"Жал.: на {', '.join(RU_COMPL[c] for c in f['complaints'])} в обл. {reg}.")
        else:
            L.append("Жал.: активно не предъявляет (со слов сопровожд.)." if chance(rng, 0.5) else "Жалобы: —")
        mech = f["mechanism"]
        if site in ("hip_oa", "knee_oa"):
            L.append(f"An. morbi: болеет ок. {rng.randint(3, 12)} лет, боли нарастают, НПВС без эффекта.")
        elif mech:
            key = "fall_height_home" if mech == "fall_height" and ctx["ladder_home"] else mech
            if key == "fall_height_home":
                tags.append("ladder_fall_at_home")
            when = pick(rng, [f"{fds(d)} ок. {max(0, h1 - rng.randint(1, 4))}:00" if h1 > 9 else "за 2 ч до обращения",
                              "за 2 ч до обращения", f"накануне ({fds(d - timedelta(days=1))})"])
            L.append(f"An. morbi: {when} {fem(pick(rng, RU_MECH[key]))}.")
        else:
            L.append("An. morbi: обстоятельства травмы не помнит, боль с утра." if chance(rng, 0.5) else "An. morbi: травма со слов «не помнит», в нетрезвом виде.")
            tags.append("mechanism_unstated")
        if ctx["past_op"]:
            po = RU_SIDE[ctx["sec_side"]]
            L.append(pick(rng, [f"An. vitae: в {rng.randint(2012, 2021)} г. ТЭТС {po} (по м/ж), в {rng.randint(2018, 2023)} г. — удаление МОС {po} ключицы.",
                                f"An. vitae: МОС {po} голени в {rng.randint(2011, 2019)} г., м/к удалена в {rng.randint(2019, 2023)} г.",
                                f"An. vitae: в {rng.randint(2014, 2022)} г. артроскопия {po} КС."]))
            if "удал" in L[-1]:
                tags.append("removed_hardware_in_anamnesis")
        if com_parts:
            L.append("Сопутств. заб.: " + ", ".join(com_parts) + ".")
        if chance(rng, 0.6):
            L.append(f"St. praes.: сост. {pick(rng, ['удовл.', 'средней тяжести', 'удовлетворительное'])}, АД {rng.randint(110, 165)}/{rng.choice([70, 80, 85, 95])}, "
                     f"ЧСС {rng.randint(62, 104)}, t {rng.choice(['36,6', '36,7', '36,9', '37,1'])} °C. Алкогольное опьянение: {'нет' if chance(rng, 0.8) else 'запах алкоголя'}.")
        loc = f"St. loc.: в обл. {S['rreg'].replace('{s}', r)} ".replace("  ", " ")
        if site in FRACTURE:
            loc += pick(rng, ["отёк, болезн. при пальпации, крепитация", "деформация, отёк, гематома", "умер. отёк, локальная болезненность, симптом осевой нагрузки +"])
            if f["fracture_open"]:
                loc += f", рана {rng.randint(1, 5)} см"
        elif site in ("hip_oa", "knee_oa"):
            loc += "контуры сглажены, движения ограничены и болезненны, хруст"
        elif site == "acl":
            loc += "симптом «переднего выдвижного ящика» +, Лахман +"
        else:
            loc += "болезн. по суставной щели, с-м Байкова +, McMurray +"
        L.append(loc + ". Чувствит. и кровоснабж. дистальнее сохранены." if site in FRACTURE else loc + ".")
        if site in FRACTURE:
            xr = f"Rg-гр. {S['rreg'].replace('{s}', r)} в 2-х пр.: ".replace("  ", " ")
            if f["fracture_displaced"] is None and kind != "cons" and chance(rng, 0.6):
                xr += "перелом, смещение отломков по ширине и под углом."
                tags.append("displacement_only_in_xray")
            else:
                xr += "линия перелома" + {True: ", смещение отломков.", False: ", стояние отломков удовлетв.", None: "."}[f["fracture_displaced"]]
        elif site in ("hip_oa", "knee_oa"):
            xr = "Rg-гр.: сужение суставной щели, краевые остеофиты, субхондр. склероз."
        else:
            xr = "МРТ КС: " + ("полнослойный разрыв ПКС, отёк костного мозга латер. мыщелка." if site == "acl" else "разрыв задн. рога мед. мениска, сигнал III ст. по Stoller.")
            if site == "meniscus":
                tags.append("stoller_grade_not_kl")
        L.append(xr)
        L.append(f"Д-з: {ds_line}." if chance(rng, 0.5) else f"Ds: {ds_line}.")
        # treatment at visit 1
        tx = []
        if "scalp" in ctx["sec"]:
            tx.append("ПХО раны волосистой части головы, 3 шва, а/с повязка, ПСС")
            tags.append("pho_secondary_wound")
        if site in FRACTURE and (kind == "cons" or chance(rng, 0.5)) and not (site in ("femoral_neck", "pertrochanteric", "femoral_shaft")):
            if f["fracture_displaced"] and kind == "cons" and site in ("distal_radius", "ankle"):
                tx.append(f"под м/а (р-р лидокаина 2% {rng.choice([10, 20])} мл в гематому) закр. репозиция")
                tags.append("local_anesthesia_reduction")
            imm = IMMOB.get(site, "транспортная иммобилизация")
            if imm:
                tx.append(imm)
            if site in ("distal_radius", "ankle", "patella", "tibial_plateau", "radial_head") and chance(rng, 0.5):
                tx.append(f"иммобилизация на {rng.choice([4, 5, 6])} нед.")
                tags.append("cast_weeks_not_weight_bearing")
        if kind == "cons" and site == "knee_oa":
            tx.append("в/с введение дипроспана 1 мл + лидокаин 2% 2 мл")
        tx += early_regimen()
        tx.append(pick(rng, ["холод, возвыш. положение", "кеторолак 10 мг при болях", "НПВС, холод местно"]) if not oa_like
                  else pick(rng, ["НПВС (мелоксикам 15 мг) при болях", "хондропротекторы, НПВС коротким курсом"]))
        L.append("Леч.: " + "; ".join(tx) + ".")
        if kind == "op" or kind == "planned":
            if oa_like:
                L.append(f"Направлен(а) на госпитализацию в плановом порядке ({'портал, квота ВСМП' if site in ('hip_oa', 'knee_oa') else 'плановая артроскопия'}) в {hosp}.")
            elif site in ("femoral_neck", "pertrochanteric", "tibial_shaft") or chance(rng, 0.3):
                L.append(f"Госпитализирован(а) бригадой СМП в {hosp}.")
            elif False:
                L.append(f"Направлен(а) на госпитализацию в плановом порядке ({'портал, квота ВСМП' if site in ('hip_oa', 'knee_oa') else 'плановая артроскопия'}) в {hosp}.")
            else:
                L.append(f"Направление на опер. лечение в {hosp}.")
            tags.append("referred_to_hospital")
        else:
            nxt = d + timedelta(days=rng.choice([3, 5, 7]))
            if chance(rng, 0.25) and kind == "cons":
                L.append(f"Рек.: Rg-контроль ч/з 1 нед. (промежуточный).")
                tags.append("interim_follow_up_in_weeks")
            else:
                L.append(f"Явка {fds(nxt)}." if chance(rng, 0.5) else f"Явка ч/з {(nxt - d).days} дн.")
            if ctx["age"] < 63:
                L.append(f"Б/л № {rng.randint(10000, 99999)} с {fds(d)}.")
        L.append("")
    # ---------------- visit 2: control (conservative) or post-op
    if kind == "cons":
        d2 = d + timedelta(days=rng.choice([7, 10]))
        visits += 1
        visit_head(d2, "повторный приём")
        L.append(pick(rng, ["Жалобы на умер. боли, отёк уменьшился.", "Боли уменьшились. Иммобилизация состоятельна.", "Жал. на чувство онемения пальцев, повязка ослаблена."])
                 if site in FRACTURE else "Боли уменьшились после в/с введения, сохраняются при ходьбе.")
        if site in FRACTURE:
            L.append("Rg-контроль: стояние отломков удовлетв., вторичного смещения нет.")
        bits = restr_bits(False)
        L.append("Рек.: продолжить лечение" + (", " + ", ".join(bits) if bits else "") + f". Явка {fds(d2 + timedelta(days=rng.choice([14, 21])))}.")
        L.append("")
        d2 = interim(d2, 2)
        d3 = d2 + timedelta(days=rng.choice([18, 21, 25]))
        visits += 1
        visit_head(d3, pick(rng, ["приём, снятие иммобилизации", "повторный приём (контроль)"]))
        L.append(pick(rng, ["Иммобилизация снята.", "Гипс. лонгета снята.", "Жал. на боли при движениях."]) + " Rg: признаки консолидации." if site in FRACTURE else
                 "Эффект от лечения частичный.")
        if site == "knee_oa":
            L.append("Рекомендовано продолжить консервативное лечение; от ТЭП КС пациент(ка) пока воздерживается.")
        bits = restr_bits(True)
        fu = ru_fu(f["follow_up_weeks"], ctx["fu_months"], rng) if f["follow_up_weeks"] else pick(rng, ["явка по показаниям", "б/л закрыт, к труду"])
        if ctx["drug_course"]:
            bits.append(pick(rng, ["Кальций-Д3 Никомед 1 т. 2 р/д — 30 дней", "артра 1 т. 2 р/д 2 мес. (курс)" if f["follow_up_weeks"] != 8 else "артра 1 т. 2 р/д 60 дней"]))
        L.append("Рек.: " + "; ".join(bits + [fu]) + ".")
        L.append("")
    else:
        # referral → operation in hospital → return with discharge letter (or planned only)
        if kind == "planned":
            d2 = d + timedelta(days=rng.choice([10, 14, 20]))
            visits += 1
            visit_head(d2, "повторный приём")
            if site == "acl":
                L.append(f"Консультирован в {hosp}: показана артроскоп. пластика ПКС в плановом порядке, дата госпитализации — {fds(d2 + timedelta(days=30))}.")
            else:
                L.append(f"Консультирован(а) в {hosp}: показано ТЭП {r} ТБС, поставлен(а) в лист ожидания.".replace("  ", " "))
            bits = restr_bits(True)
            fu = ru_fu(f["follow_up_weeks"], ctx["fu_months"], rng) if f["follow_up_weeks"] else "явка после госпитализации"
            if ctx["drug_course"]:
                bits.append("мелоксикам 15 мг 1 р/д — 10 дней")
            L.append("Рек.: " + "; ".join(bits + [fu]) + ".")
            L.append("")
        else:
            proc, imps, _, rup = OPS[ctx["opv"]]
            opname = pick(rng, rup).replace("{r}", r)
            opname = re.sub(r"\s+", " ", opname).strip()
            if ctx["opv"] == "aptus" and chance(rng, 0.99) and not starts_after:
                # conservative attempt first → secondary displacement → surgery (revision)
                d_c = d + timedelta(days=7)
                visits += 1
                visit_head(d_c, "повторный приём")
                L.append("Rg-контроль в гипсе: вторичное смещение отломков. Направлен(а) на опер. лечение в " + hosp + ".")
                L.append("")
                tags.append("revision:distal_radius_secondary_displacement")
                d = d_c
            opd = d + timedelta(days=rng.randint(1, 4))
            disd = opd + timedelta(days=rng.randint(3, 12))
            d2 = disd + timedelta(days=rng.randint(1, 6))
            visits += 1
            visit_head(d2, pick(rng, ["явился(-ась) после выписки из стационара", "приём после стац. лечения", "обратился(-ась) для дальнейшего наблюдения"]))
            letter = f"Выписка из {hosp} (и/б № {rng.randint(1000, 9999)}): находился(-ась) {fds(opd - timedelta(days=1))}–{fds(disd)}"
            if starts_after:
                letter += f" с д-зом: {ds_line}."
                if f["mechanism"]:
                    key = "fall_height_home" if f["mechanism"] == "fall_height" and ctx["ladder_home"] else f["mechanism"]
                    letter += f" Травма {fds(opd - timedelta(days=1))}: {fem(pick(rng, RU_MECH[key]))}."
            else:
                letter += " с тем же д-зом."
            letter += f" {fds(opd)} — {opname}."
            an = ctx["anest"]
            if an in RU_ANEST:
                letter += f" Анест.: {pick(rng, RU_ANEST[an])}."
            if f["blood_loss_ml"] is not None:
                letter += f" Кровопотеря {pick(rng, [str(f['blood_loss_ml']), '~' + str(f['blood_loss_ml'])])} мл."
            elif ctx.get("bl_minimal"):
                letter += " Кровопотеря мин."
            if ctx["transfusion"]:
                letter += f" Гемотрансфузия: эр. взвесь {rng.choice([250, 270, 310])} мл."
            if ctx["infusion"]:
                letter += f" Инфузионная терапия {rng.choice([800, 1200, 1500])},0 мл/сут."
                tags.append("infusion_volume_ml")
            if ctx["drain"]:
                letter += f" По дренажу {rng.choice([40, 90, 110])} мл, дренаж удалён на 2-е сут."
            if starts_after and com_parts:
                letter += " Сопутств. заб.: " + ", ".join(com_parts) + "."
            L.append(letter)
            tags.append("operation_known_from_discharge_letter")
            if ctx["complic"] == "dvt":
                c = COMPLIC["dvt"]
                t = c[2].replace("{r}", r)
                L.append(f"П/о период осложнился: {t}" + (f" ({code(c[0])})" if ctx["icd_complic"] else "") + ", получал(а) антикоагулянты.")
            L.append(pick(rng, ["Жал. на умер. боли в обл. п/о раны, отёк.", "Жалобы на боли при движениях, отёк конечности.", "Жалоб активно нет."]))
            st = "St. loc.: п/о рана " + ("заживает первичным натяжением" if ctx["complic"] not in ("wound", "necrosis") else
                                          ("гиперемия, серозно-гнойное отделяемое из н/3 раны" if ctx["complic"] == "wound" else "краевой некроз по краю раны 1,5 см"))
            L.append(st + ".")
            if ctx["complic"] in ("wound", "necrosis"):
                c = COMPLIC[ctx["complic"]]
                L.append("Д-з: " + c[2] + (f" ({code(c[0])})" if ctx["icd_complic"] and c[0] else "") + ". Перевязки ежедн.")
            bits = restr_bits(False) + early_regimen()
            sut = "снятие швов на 12-14 сут." if ctx["suture_days"] else ""
            line = "Рек.: перевязки" + (", " + sut if sut else "") + (", " + ", ".join(bits) if bits else "")
            L.append(line + f". Явка {fds(d2 + timedelta(days=rng.choice([7, 10])))}.")
            L.append("")
            d2 = interim(d2, 2)
            d3 = d2 + timedelta(days=rng.choice([10, 12, 14]))
            visits += 1
            visit_head(d3, "повторный приём")
            if ctx["suture_days"]:
                L.append("Швы сняты, рубец чистый.")
            else:
                L.append("Рубец без признаков воспаления.")
            if proc in ("total_hip_arthroplasty", "total_knee_arthroplasty") or ctx["opv"] == "hemi":
                L.append("Rg-контроль: положение компонентов эндопротеза правильное.")
            elif not oa_like:
                L.append("Rg-контроль: стояние отломков удовлетв., м/конструкция стабильна.")
            bits = restr_bits(True)
            if ctx["drug_course"]:
                bits.append(pick(rng, ["ксарелто 10 мг — до 35 дней после операции", "эноксапарин 0,4 мл п/к 10 дн."]))
            fu = ru_fu(f["follow_up_weeks"], ctx["fu_months"], rng) if f["follow_up_weeks"] else pick(rng, ["наблюдение травматолога по м/ж", "явка по показаниям"])
            L.append("Рек.: " + "; ".join(bits + [fu]) + ".")
            L.append("")
    if wb_text and not wb_given:
        raise RuntimeError(f"{rid}: weight-bearing text not placed")
    L.append(f"Врач-травматолог: {pick(rng, RU_DOCS)}")
    text = "\n".join(L) + "\n"
    ctx["visits"] = visits
    tags.append(f"visits:{visits}")
    return text, icd_items


# --------------------------------------------------------------------------------------------
def finish(rid, style, lang, f, ctx, text, icd_items):
    # ICD list in order of appearance (each written once)
    pos = []
    for disp, c in icd_items:
        i = text.find(disp)
        assert i >= 0 and text.count(disp) == 1, (rid, disp)
        pos.append((i, c))
    f["icd10"] = [c for _, c in sorted(pos)] or None
    if f["procedure"] is None and f["implants"] is None:
        f["anesthesia"] = None
        f["blood_loss_ml"] = None
    truth = {"id": rid, "style": style, "language": lang, "fields": {k: f[k] for k in FIELD_KEYS}}
    meta = {"id": rid, "style": style, "scenario": f"{f['site']}/{ctx['kind']}/{ctx['opv'] or '-'}", "tags": ctx["tags"]}
    return truth, meta


def main():
    rng = random.Random(SEED)
    (HERE / "records").mkdir(exist_ok=True)
    for p in (HERE / "records").glob("*.txt"):
        p.unlink()
    truths, metas = [], []
    for style, lang, prefix, scen, fn in (("kk_oblast_form", "kk", "kkf", KK_SCEN, kk_record),
                                           ("trauma_point_card_ru", "ru", "tpc", TPC_SCEN, tpc_record)):
        order = list(range(len(scen)))
        rng.shuffle(order)
        for n, j in enumerate(order, 1):
            rid = f"{prefix}-{n:03d}"
            f, ctx = sample_truth(style, scen[j], rng, n)
            text, icd_items = fn(rid, f, ctx, rng)
            text = re.sub(r"[ \t]+\n", "\n", text)
            text = text.replace("..\n", ".\n").replace(".. ", ". ")
            text = re.sub(r"(?<=\S)  +", " ", text)
            t, m = finish(rid, style, lang, f, ctx, text, icd_items)
            (HERE / "records" / f"{rid}.txt").write_text(text, encoding="utf-8")
            truths.append(t)
            metas.append(m)
    # catalogue coverage
    from itertools import chain
    imps = set(chain.from_iterable(t["fields"]["implants"] or [] for t in truths))
    procs = set(t["fields"]["procedure"] for t in truths) - {None}
    assert len(procs) == 9, procs
    assert len(imps) == 20, sorted(imps)
    with open(HERE / "truth.jsonl", "w", encoding="utf-8") as fh:
        for t in truths:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    with open(HERE / "meta.jsonl", "w", encoding="utf-8") as fh:
        for m in metas:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    print(f"wrote {len(truths)} records")


if __name__ == "__main__":
    main()
