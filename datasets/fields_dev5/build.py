#!/usr/bin/env python3
"""Deterministic generator of the fields_dev5 development set (standard library only).

    python build.py      # writes records/<id>.txt, truth.jsonl, meta.jsonl

Truth is sampled first for every record; the text is then written from it.
Output is byte-identical across runs and PYTHONHASHSEED values (all randomness comes
from random.Random seeded with strings; no set/dict-order dependence).
"""
import json
import random
import re
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 5505
N_PER_STYLE = 30
STYLES = [("nurse_transfer_ru", "ru", "nt"), ("bilingual_op_card", "mixed", "bo"), ("kk_surgical_epicrisis", "kk", "ke")]
FIELD_KEYS = ["site", "side", "fracture_displaced", "fracture_comminuted", "fracture_open", "ao_ota", "kl_grade",
              "mechanism", "procedure", "implants", "anesthesia", "blood_loss_ml", "icd10", "complaints",
              "rehabilitation", "restrictions", "weight_bearing_weeks", "follow_up_weeks"]
FRACTURE_SITES = ["femoral_neck", "pertrochanteric", "femoral_shaft", "distal_radius", "ankle", "tibial_shaft",
                  "proximal_humerus", "patella", "radial_head", "humeral_shaft", "tibial_plateau", "clavicle"]
LOWER = {"femoral_neck", "pertrochanteric", "femoral_shaft", "ankle", "tibial_shaft", "patella", "tibial_plateau",
         "hip_oa", "knee_oa", "acl", "meniscus"}
KNEE = {"knee_oa", "acl", "meniscus", "tibial_plateau", "patella"}
HIP = {"femoral_neck", "pertrochanteric", "hip_oa"}
CYR2LAT = str.maketrans({"А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "К": "K", "М": "M", "О": "O",
                         "Р": "P", "Т": "T", "Х": "X", "І": "I", "Ѕ": "S"})
LAT2CYR = {"M": "М", "T": "Т", "E": "Е", "I": "І", "S": "Ѕ"}
ICD_FIND = re.compile(r"(?<![0-9A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])([A-Z]\d\d(?:\.\d{1,2})?)(?![0-9])")

# ---------------------------------------------------------------------------------------------
# sites
# {A} attributes before "перелом"/"сынығы", {D} displacement after (ru); side tokens {f} {m} {kk}
SITE = {
    "femoral_neck": dict(ru="{A}перелом шейки {f} бедренной кости{D}", rs="{A}перелом шейки {fs} бедра{D}",
                         kk="{kk} сан сүйегі мойнының {A}сынығы", code="S72.0", ao=["31-B1", "31-B2", "31-B3"],
                         reg_ru="{m} тазобедренного сустава", reg_kk="{kk} жамбас-сан буыны"),
    "pertrochanteric": dict(ru="{A}чрезвертельный перелом {f} бедренной кости{D}", rs="{A}чрезверт. перелом {fs} бедра{D}",
                            kk="{kk} сан сүйегінің {A}ұршықаралық сынығы", code="S72.1", ao=["31-A1", "31-A2", "31-A3"],
                            reg_ru="{m} тазобедренного сустава", reg_kk="{kk} жамбас-сан буыны"),
    "femoral_shaft": dict(ru="{A}перелом диафиза {f} бедренной кости на ср/3{D}", rs="{A}перелом диафиза {fs} бедра ср/3{D}",
                          kk="{kk} сан сүйегі диафизінің орта үштен бір бөлігінің {A}сынығы", code="S72.3",
                          ao=["32-A2", "32-B2", "32-C2"], reg_ru="{m} бедра", reg_kk="{kk} сан"),
    "distal_radius": dict(ru="{A}перелом дистального метаэпифиза {f} лучевой кости{D}", rs="{A}перелом {fs} луча в типичном месте{D}",
                          kk="{kk} кәрі жілігінің дистальды метаэпифизінің {A}сынығы", code="S52.5",
                          ao=["23-A2", "23-A3", "23-C1", "23-C2"], reg_ru="{m} лучезапястного сустава", reg_kk="{kk} білезік буыны"),
    "ankle": dict(ru="{A}перелом наружной лодыжки {f} голени{D}", rs="{A}перелом нар. лодыжки {fs} голени{D}",
                  kk="{kk} сирақтың сыртқы тобығының {A}сынығы", code="S82.6", ao=["44-B1", "44-B2", "44-C1"],
                  reg_ru="{m} голеностопного сустава", reg_kk="{kk} сирақ-табан буыны"),
    "ankle_med": dict(ru="{A}перелом внутренней лодыжки {f} голени{D}", rs="{A}перелом вн. лодыжки {fs} голени{D}",
                      kk="{kk} сирақтың ішкі тобығының {A}сынығы", code="S82.5", ao=["44-A2", "44-B1"],
                      reg_ru="{m} голеностопного сустава", reg_kk="{kk} сирақ-табан буыны"),
    "tibial_shaft": dict(ru="{A}перелом диафиза {f} большеберцовой кости{D}", rs="{A}перелом диафиза {fs} б/берцовой кости{D}",
                         kk="{kk} үлкен жіліншік сүйегі диафизінің {A}сынығы", code="S82.2", ao=["42-A2", "42-B2", "42-C1"],
                         reg_ru="{f} голени", reg_kk="{kk} сирақ"),
    "proximal_humerus": dict(ru="{A}перелом хирургической шейки {f} плечевой кости{D}", rs="{A}перелом хир. шейки {fs} плеча{D}",
                             kk="{kk} тоқпан жілігі хирургиялық мойнының {A}сынығы", code="S42.2", ao=["11-A2", "11-B1", "11-C1"],
                             reg_ru="{m} плечевого сустава", reg_kk="{kk} иық буыны"),
    "patella": dict(ru="{A}перелом {m} надколенника{D}", rs="{A}перелом {fs} надколенника{D}",
                    kk="{kk} тізе тобығының {A}сынығы", code="S82.0", ao=["34-A1", "34-C1", "34-C3"],
                    reg_ru="{m} коленного сустава", reg_kk="{kk} тізе буыны"),
    "radial_head": dict(ru="{A}перелом головки {f} лучевой кости{D}", rs="{A}перелом головки {fs} луч. кости{D}",
                        kk="{kk} кәрі жілік басының {A}сынығы", code="S52.1", ao=["21-B2", "21-B3"],
                        reg_ru="{m} локтевого сустава", reg_kk="{kk} шынтақ буыны"),
    "humeral_shaft": dict(ru="{A}перелом диафиза {f} плечевой кости{D}", rs="{A}перелом диафиза {fs} плеча{D}",
                          kk="{kk} тоқпан жілігі диафизінің {A}сынығы", code="S42.3", ao=["12-A2", "12-B2", "12-C1"],
                          reg_ru="{m} плеча", reg_kk="{kk} иық"),
    "tibial_plateau": dict(ru="{A}перелом наружного мыщелка {f} большеберцовой кости{D}", rs="{A}перелом нар. мыщелка {fs} б/берцовой кости{D}",
                           kk="{kk} үлкен жіліншік сүйегінің сыртқы айдаршығының {A}сынығы", code="S82.1",
                           ao=["41-B1", "41-B3", "41-C2"], reg_ru="{m} коленного сустава", reg_kk="{kk} тізе буыны"),
    "clavicle": dict(ru="{A}перелом {f} ключицы в ср/3{D}", rs="{A}перелом {fs} ключицы ср/3{D}",
                     kk="{kk} бұғананың орта үштен бір бөлігінің {A}сынығы", code="S42.0", ao=["15-B1", "15-B2"],
                     reg_ru="{f} ключицы", reg_kk="{kk} бұғана"),
    "hip_oa": dict(ru="{adj}коксартроз{K}", rs="{adj}коксартроз{K}", kk="{kk} жамбас-сан буынының коксартрозы{K}",
                   code="M16.1", reg_ru="{m} тазобедренного сустава", reg_kk="{kk} жамбас-сан буыны"),
    "knee_oa": dict(ru="{adj}гонартроз{K}", rs="{adj}гонартроз{K}", kk="{kk} тізе буынының гонартрозы{K}",
                    code="M17.1", reg_ru="{m} коленного сустава", reg_kk="{kk} тізе буыны"),
    "acl": dict(ru="разрыв передней крестообразной связки {m} коленного сустава", rs="разрыв ПКС {fs} КС",
                kk="{kk} тізе буынының алдыңғы айқаспалы байламының жыртылуы", code="S83.5",
                reg_ru="{m} коленного сустава", reg_kk="{kk} тізе буыны"),
    "meniscus": dict(ru="разрыв заднего рога медиального мениска {m} коленного сустава", rs="разрыв ЗР ММ {fs} КС",
                     kk="{kk} тізе буынының медиалды менискісінің артқы мүйізінің жыртылуы", code="S83.2",
                     reg_ru="{m} коленного сустава", reg_kk="{kk} тізе буыны"),
}


def side_tok(side):
    if side is None:
        return dict(f="", m="", fs="", adj="", adv="", kk="", Kk="")
    r = side == "right"
    return dict(f="правой" if r else "левой", m="правого" if r else "левого", fs="прав." if r else "лев.",
                adj="правосторонний " if r else "левосторонний ", adv="справа" if r else "слева",
                kk="оң жақ" if r else "сол жақ", Kk="Оң жақ" if r else "Сол жақ")


def other(side):
    return {"right": "left", "left": "right"}[side]


def tidy(s):
    s = re.sub(r" {2,}", " ", s)
    s = re.sub(r" ([,.;)])", r"\1", s)
    s = re.sub(r"\( ", "(", s)
    return s.strip()


def cap(s):
    return s[:1].upper() + s[1:] if s else s


# ---------------------------------------------------------------------------------------------
# implants: catalogue name -> phrasings (ru, kk); each phrasing contains the check cue
IMPL = {
    "пластина LCP": (["пластина LCP 3,5 мм, 8 отв.", "пластина LCP 4,5 мм на 10 отверстий", "LCP-пластина 3,5 мм (DePuy Synthes), 7 отв."],
                     ["LCP пластинасы 3,5 мм, 8 тесік", "LCP пластинасы (4,5 мм, 10 тесік)"]),
    "пластина LCP 1/3 трубчатая": (["пластина LCP 1/3 трубчатая, 6 отв.", "пластина LCP 1/3 трубчатая на 7 отверстий"],
                                   ["LCP 1/3 түтікше пластинасы, 6 тесік"]),
    "пластина PHILOS": (["пластина PHILOS 3,5 мм, 3 отв.", "проксимальная плечевая пластина PHILOS, 5 отв."],
                        ["PHILOS пластинасы (3 тесік)"]),
    "пластина APTUS": (["волярная пластина APTUS Radius 2.5", "мини-пластина APTUS 2.0"], ["APTUS пластинасы (2.5)"]),
    "позиционный винт": (["позиционный винт 3,5 мм", "позиционный кортикальный винт 4,5 мм"], ["позициялық бұранда 3,5 мм"]),
    "интерферентный винт Arthrex": (["интерферентный винт Arthrex 8×25 мм", "биорассасывающийся интерферентный винт Arthrex 9 мм"],
                                    ["Arthrex интерференциялық бұрандасы 8×25 мм"]),
    "фиксатор EndoButton": (["фиксатор EndoButton CL 20 мм"], ["EndoButton CL фиксаторы 20 мм"]),
    "канюлированные винты Synthes": (["канюлированные винты Synthes 7,3 мм — 3 шт.", "канюлированные винты Synthes 4,0 мм, 2 шт."],
                                     ["Synthes канюляцияланған бұрандалары (3 дана)"]),
    "интрамедуллярный штифт ChM": (["интрамедуллярный штифт ChM 10×380 мм с блокированием", "штифт ChM 9×330 мм, статическое блокирование"],
                                   ["ChM интрамедуллярлық штифті 10×380 мм"]),
    "штифт Gamma3": (["штифт Gamma3 11×180 мм, 125 гр."], ["Gamma3 штифті 11×180 мм"]),
    "интрамедуллярный штифт PFNA": (["штифт PFNA 10×240 мм", "проксимальный бедренный штифт PFNA 11×200 мм"], ["PFNA штифті 10×240 мм"]),
    "серкляжная проволока": (["серкляжная проволока 1,2 мм", "серкляжная проволока 1,0 мм"], ["серкляждық сым 1,2 мм"]),
    "спицы Киршнера": (["спицы Киршнера 2,0 мм — 2 шт.", "спицы Киршнера 1,8 мм (3 шт.)"], ["Киршнер спицалары 2,0 мм (2 дана)"]),
    "аппарат Илизарова": (["аппарат Илизарова (4 кольца)", "аппарат Илизарова из 2 опор"], ["Илизаров аппараты (4 сақина)"]),
    "эндопротез DePuy Pinnacle": (["чашка DePuy Pinnacle 52 мм"], ["DePuy Pinnacle тостағаны 52 мм"]),
    "эндопротез DePuy Corail": (["ножка DePuy Corail №11"], ["DePuy Corail аяқшасы №11"]),
    "эндопротез Zimmer": (["эндопротез Zimmer (ножка Alloclassic, чашка Trilogy)"], ["Zimmer эндопротезі (Alloclassic аяқшасы, Trilogy тостағаны)"]),
    "эндопротез Zimmer NexGen": (["эндопротез Zimmer NexGen LPS"], ["Zimmer NexGen LPS эндопротезі"]),
    "эндопротез Smith & Nephew Genesis II": (["эндопротез Smith & Nephew Genesis II"], ["Smith & Nephew Genesis II эндопротезі"]),
    "эндопротез DePuy Attune": (["эндопротез DePuy Attune (задне-стабилизированный)"], ["DePuy Attune эндопротезі"]),
}
CAT_NO = {k: f"{(i * 37) % 90 + 10:02d}.{(i * 53) % 900 + 100:03d}.{(i * 29) % 90 + 10:02d}" for i, k in enumerate(IMPL)}

# ---------------------------------------------------------------------------------------------
# scenarios: kind in op | noimpl | outside | cons | planned | revision | staged | removal | combo
def S(key, site, kind, proc, impl, ru, kk, **kw):
    d = dict(key=key, site=site, kind=kind, proc=proc, impl=impl, ru=ru, kk=kk)
    d.update(kw)
    return d


SCEN = {
    "femoral_neck": [
        S("fn_tha_depuy", "femoral_neck", "op", "total_hip_arthroplasty", ["эндопротез DePuy Pinnacle", "эндопротез DePuy Corail"],
          "тотальное эндопротезирование {m} тазобедренного сустава (бесцементная фиксация)",
          "{kk} жамбас-сан буынын тотальды эндопротездеу (цементсіз бекіту)"),
        S("fn_screws", "femoral_neck", "op", "cannulated_screws", ["канюлированные винты Synthes"],
          "закрытая репозиция на ортопедическом столе, остеосинтез шейки {f} бедренной кости канюлированными винтами",
          "ортопедиялық үстелде жабық репозиция, сан мойнын канюляцияланған бұрандалармен остеосинтездеу"),
        S("fn_hemi", "femoral_neck", "outside", None, ["эндопротез DePuy Corail"],
          "однополюсное (биполярное) эндопротезирование {m} тазобедренного сустава — гемиартропластика",
          "{kk} жамбас-сан буынын биполярлы (бір полюсті) эндопротездеу — гемиартропластика",
          gen_ru="биполярная головка 48 мм", gen_kk="биполярлы бас 48 мм"),
        S("fn_rev_tha", "femoral_neck", "revision", "total_hip_arthroplasty", ["эндопротез Zimmer"],
          "удаление канюлированных винтов, тотальное эндопротезирование {m} тазобедренного сустава",
          "канюляцияланған бұрандаларды алып тастау, {kk} жамбас-сан буынын тотальды эндопротездеу",
          prior_ru="в {py} г. по поводу перелома шейки бедра выполнен остеосинтез канюлированными винтами Synthes",
          prior_kk="{py} жылы сан мойны сынығына байланысты Synthes канюляцияланған бұрандаларымен остеосинтез жасалған",
          nonunion=True),
        S("fn_planned", "femoral_neck", "planned", None, None, "тотальное эндопротезирование тазобедренного сустава",
          "жамбас-сан буынын тотальды эндопротездеу"),
    ],
    "pertrochanteric": [
        S("pt_pfna", "pertrochanteric", "op", "intramedullary_nailing", ["интрамедуллярный штифт PFNA"],
          "закрытая репозиция, интрамедуллярный остеосинтез {f} бедренной кости проксимальным бедренным штифтом",
          "жабық репозиция, {kk} сан сүйегін проксимальды сан штифтімен интрамедуллярлық остеосинтездеу"),
        S("pt_gamma", "pertrochanteric", "op", "intramedullary_nailing", ["штифт Gamma3"],
          "закрытый интрамедуллярный остеосинтез чрезвертельного перелома {f} бедренной кости",
          "ұршықаралық сынықты жабық интрамедуллярлық остеосинтездеу"),
        S("pt_dhs", "pertrochanteric", "noimpl", "plate_osteosynthesis", [],
          "открытая репозиция, накостный остеосинтез {f} бедренной кости DHS-конструкцией (динамический бедренный винт с пластиной)",
          "ашық репозиция, {kk} сан сүйегін DHS-конструкциясымен (динамикалық сан бұрандасы мен пластина) сүйек үсті остеосинтездеу",
          gen_ru="DHS-конструкция отечественного производства, 4 отв.", gen_kk="отандық DHS-конструкциясы, 4 тесік"),
        S("pt_planned", "pertrochanteric", "planned", None, None, "интрамедуллярный остеосинтез штифтом PFNA",
          "PFNA штифтімен интрамедуллярлық остеосинтез", traction=True),
    ],
    "femoral_shaft": [
        S("fs_chm", "femoral_shaft", "op", "intramedullary_nailing", ["интрамедуллярный штифт ChM"],
          "закрытый блокируемый интрамедуллярный остеосинтез {f} бедренной кости (БИОС)",
          "{kk} сан сүйегін жабық бұғаттайтын интрамедуллярлық остеосинтездеу (БИОС)"),
        S("fs_staged", "femoral_shaft", "staged", "intramedullary_nailing", ["аппарат Илизарова", "интрамедуллярный штифт ChM"],
          "демонтаж аппарата, БИОС {f} бедренной кости", "аппаратты бөлшектеу, {kk} сан сүйегін БИОС",
          st1_ru="наложение аппарата Илизарова (временная фиксация, damage control)",
          st1_kk="Илизаров аппаратын салу (уақытша бекіту, damage control)"),
        S("fs_plate", "femoral_shaft", "op", "plate_osteosynthesis", ["пластина LCP", "серкляжная проволока"],
          "открытая репозиция, накостный остеосинтез {f} бедренной кости пластиной, серкляж",
          "ашық репозиция, {kk} сан сүйегін пластинамен сүйек үсті остеосинтездеу, серкляж"),
        S("fs_removal", "femoral_shaft", "removal", None, [],
          "удаление интрамедуллярного штифта ChM из {f} бедренной кости",
          "{kk} сан сүйегінен ChM интрамедуллярлық штифтін алып тастау", prev_ru="БИОС штифтом ChM", prev_kk="ChM штифтімен БИОС"),
    ],
    "distal_radius": [
        S("dr_aptus", "distal_radius", "op", "plate_osteosynthesis", ["пластина APTUS"],
          "открытая репозиция, остеосинтез {f} лучевой кости волярной пластиной",
          "ашық репозиция, {kk} кәрі жілікті волярлы пластинамен остеосинтездеу"),
        S("dr_kwires", "distal_radius", "outside", None, ["спицы Киршнера"],
          "закрытая репозиция, чрескожная фиксация отломков {f} лучевой кости спицами",
          "жабық репозиция, {kk} кәрі жілік сынықтарын тері арқылы спицалармен бекіту"),
        S("dr_cons", "distal_radius", "cons", None, None,
          "закрытая ручная репозиция под местной анестезией, гипсовая лонгета",
          "жергілікті анестезиямен жабық қолмен репозиция, гипс лонгетасы", cast=True),
        S("dr_rev", "distal_radius", "revision", "plate_osteosynthesis", ["пластина LCP"],
          "открытая репозиция, накостный остеосинтез {f} лучевой кости пластиной",
          "ашық репозиция, {kk} кәрі жілікті пластинамен сүйек үсті остеосинтездеу",
          prior_ru="при поступлении выполнена закрытая репозиция, гипсовая лонгета; на контрольной R-грамме на 6-е сут. — вторичное смещение отломков",
          prior_kk="түскенде жабық репозиция жасалып, гипс лонгетасы салынған; 6-тәулікте бақылау рентгенограммасында сынықтардың қайталама ығысуы анықталды",
          same_stay=True),
        S("dr_exfix", "distal_radius", "op", "external_fixation", ["спицы Киршнера"],
          "закрытая репозиция, наложение аппарата внешней фиксации на {m} лучезапястный сустав, дополнительная фиксация спицами",
          "жабық репозиция, {kk} білезік буынына сыртқы бекіту аппаратын салу, қосымша спицалармен бекіту"),
    ],
    "ankle": [
        S("an_plate", "ankle", "op", "plate_osteosynthesis", ["пластина LCP 1/3 трубчатая", "позиционный винт"],
          "открытая репозиция, накостный остеосинтез {f} малоберцовой кости, фиксация синдесмоза",
          "ашық репозиция, {kk} кіші жіліншік сүйегін сүйек үсті остеосинтездеу, синдесмозды бекіту"),
        S("an_synd", "ankle", "outside", None, ["позиционный винт"],
          "ревизия и фиксация дистального межберцового синдесмоза {m} голеностопного сустава",
          "{kk} сирақ-табан буынының дистальды жіліншікаралық синдесмозын ревизиялау және бекіту"),
        S("an_cons", "ankle", "cons", None, None,
          "закрытая ручная репозиция, U-образная гипсовая лонгета", "жабық қолмен репозиция, U-тәрізді гипс лонгетасы", cast=True),
        S("an_planned", "ankle", "planned", None, None, "открытая репозиция, МОС пластиной LCP 1/3 трубчатой",
          "ашық репозиция, LCP 1/3 түтікше пластинасымен МОС", swelling=True),
        S("an_tbw", "ankle_med", "op", "tension_band_wiring", ["спицы Киршнера", "серкляжная проволока"],
          "открытая репозиция, остеосинтез внутренней лодыжки стягивающей петлёй по Веберу",
          "ашық репозиция, ішкі тобықты Вебер бойынша тартқыш ілмекпен остеосинтездеу"),
    ],
    "tibial_shaft": [
        S("ts_chm", "tibial_shaft", "op", "intramedullary_nailing", ["интрамедуллярный штифт ChM"],
          "закрытый БИОС {f} большеберцовой кости", "{kk} үлкен жіліншік сүйегін жабық БИОС"),
        S("ts_ilizarov", "tibial_shaft", "op", "external_fixation", ["аппарат Илизарова"],
          "закрытая репозиция, ЧКДО {f} голени", "жабық репозиция, {kk} сирақты ЧКДО (сүйек арқылы компрессиялық-дистракциялық остеосинтез)"),
        S("ts_rev", "tibial_shaft", "revision", "intramedullary_nailing", ["интрамедуллярный штифт ChM"],
          "демонтаж аппарата Илизарова, санация спицевых ходов, БИОС {f} большеберцовой кости",
          "Илизаров аппаратын бөлшектеу, спица жолдарын санациялау, {kk} үлкен жіліншік сүйегін БИОС",
          prior_ru="в {py} г. в ЦРБ выполнен ЧКДО аппаратом Илизарова", prior_kk="{py} жылы аудандық ауруханада Илизаров аппаратымен ЧКДО жасалған",
          delayed=True),
        S("ts_staged", "tibial_shaft", "staged", "plate_osteosynthesis", ["аппарат Илизарова", "пластина LCP"],
          "демонтаж аппарата, малоинвазивный накостный остеосинтез (MIPO) {f} большеберцовой кости",
          "аппаратты бөлшектеу, {kk} үлкен жіліншік сүйегін аз инвазивті сүйек үсті остеосинтездеу (MIPO)",
          st1_ru="наложение аппарата Илизарова на {f} голень", st1_kk="{kk} сираққа Илизаров аппаратын салу"),
    ],
    "proximal_humerus": [
        S("ph_philos", "proximal_humerus", "op", "plate_osteosynthesis", ["пластина PHILOS"],
          "открытая репозиция, накостный остеосинтез проксимального отдела {f} плечевой кости",
          "ашық репозиция, {kk} тоқпан жілігінің проксимальды бөлігін сүйек үсті остеосинтездеу"),
        S("ph_cons", "proximal_humerus", "cons", None, None, "иммобилизация косынкой", "косынкамен иммобилизация", sling=True),
        S("ph_reverse", "proximal_humerus", "outside", None, [],
          "реверсивное эндопротезирование {m} плечевого сустава", "{kk} иық буынын реверсивті эндопротездеу",
          gen_ru="реверсивный эндопротез Delta Xtend (DePuy)", gen_kk="Delta Xtend (DePuy) реверсивті эндопротезі"),
        S("ph_kwires", "proximal_humerus", "outside", None, ["спицы Киршнера"],
          "закрытая репозиция, чрескожный остеосинтез {f} плечевой кости спицами",
          "жабық репозиция, {kk} тоқпан жілігін тері арқылы спицалармен остеосинтездеу"),
    ],
    "patella": [
        S("pa_tbw", "patella", "op", "tension_band_wiring", ["спицы Киршнера", "серкляжная проволока"],
          "открытая репозиция, остеосинтез {m} надколенника по Веберу", "ашық репозиция, {kk} тізе тобығын Вебер бойынша остеосинтездеу"),
        S("pa_partial", "patella", "outside", None, [],
          "частичная пателлэктомия (удаление нижнего полюса), реинсерция собственной связки надколенника",
          "жартылай пателлэктомия (төменгі полюсін алып тастау), тізе тобығының меншікті байламын реинсерциялау"),
        S("pa_cons", "patella", "cons", None, None, "пункция коленного сустава, ортез в положении разгибания",
          "тізе буынын пункциялау, жазылған қалыпта ортез", brace=True, puncture=True),
        S("pa_removal", "patella", "removal", None, [],
          "удаление спиц Киршнера и серкляжной проволоки из {m} надколенника",
          "{kk} тізе тобығынан Киршнер спицалары мен серкляждық сымды алып тастау", prev_ru="остеосинтез по Веберу", prev_kk="Вебер бойынша остеосинтез"),
    ],
    "radial_head": [
        S("rh_aptus", "radial_head", "op", "plate_osteosynthesis", ["пластина APTUS"],
          "открытая репозиция, остеосинтез головки {f} лучевой кости мини-пластиной",
          "ашық репозиция, {kk} кәрі жілік басын шағын пластинамен остеосинтездеу"),
        S("rh_resect", "radial_head", "outside", None, [], "резекция головки {f} лучевой кости", "{kk} кәрі жілік басын резекциялау"),
        S("rh_screws", "radial_head", "op", "cannulated_screws", ["канюлированные винты Synthes"],
          "открытая репозиция, остеосинтез головки {f} лучевой кости канюлированными винтами",
          "ашық репозиция, {kk} кәрі жілік басын канюляцияланған бұрандалармен остеосинтездеу"),
        S("rh_cons", "radial_head", "cons", None, None, "гипсовая лонгета, затем косынка", "гипс лонгетасы, кейін косынка", sling=True, cast=True),
    ],
    "humeral_shaft": [
        S("hs_chm", "humeral_shaft", "op", "intramedullary_nailing", ["интрамедуллярный штифт ChM"],
          "закрытый блокируемый интрамедуллярный остеосинтез {f} плечевой кости",
          "{kk} тоқпан жілігін жабық бұғаттайтын интрамедуллярлық остеосинтездеу"),
        S("hs_plate", "humeral_shaft", "op", "plate_osteosynthesis", ["пластина LCP"],
          "открытая репозиция, накостный остеосинтез {f} плечевой кости с выделением лучевого нерва",
          "ашық репозиция, кәрі жілік нервін бөліп алу арқылы {kk} тоқпан жілігін сүйек үсті остеосинтездеу"),
        S("hs_cons", "humeral_shaft", "cons", None, None, "функциональный ортез (брейс) по Sarmiento",
          "Sarmiento бойынша функционалдық ортез (брейс)", brace=True),
        S("hs_rev", "humeral_shaft", "revision", "intramedullary_nailing", ["интрамедуллярный штифт ChM"],
          "удаление сломанной пластины, БИОС {f} плечевой кости, костная аутопластика",
          "сынған пластинаны алып тастау, {kk} тоқпан жілігін БИОС, сүйек аутопластикасы",
          prior_ru="в {py} г. выполнен МОС пластиной LCP; через 7 мес. — перелом пластины", prior_kk="{py} жылы LCP пластинасымен МОС жасалған; 7 айдан кейін пластина сынған",
          nonunion=True, t84=True),
    ],
    "tibial_plateau": [
        S("tp_plate", "tibial_plateau", "op", "plate_osteosynthesis", ["пластина LCP"],
          "открытая репозиция, костная пластика, накостный остеосинтез наружного мыщелка {f} большеберцовой кости",
          "ашық репозиция, сүйек пластикасы, {kk} үлкен жіліншік сүйегінің сыртқы айдаршығын сүйек үсті остеосинтездеу"),
        S("tp_screws", "tibial_plateau", "op", "cannulated_screws", ["канюлированные винты Synthes"],
          "артроскопически-ассистированная репозиция, чрескожный остеосинтез мыщелка канюлированными винтами",
          "артроскопиялық көмекпен репозиция, айдаршықты тері арқылы канюляцияланған бұрандалармен остеосинтездеу"),
        S("tp_staged", "tibial_plateau", "staged", "plate_osteosynthesis", ["аппарат Илизарова", "пластина LCP"],
          "демонтаж аппарата, открытая репозиция, накостный остеосинтез мыщелка {f} большеберцовой кости",
          "аппаратты бөлшектеу, ашық репозиция, {kk} үлкен жіліншік айдаршығын сүйек үсті остеосинтездеу",
          st1_ru="наложение аппарата Илизарова с перекрытием коленного сустава", st1_kk="тізе буынын қамтитын Илизаров аппаратын салу"),
        S("tp_cons", "tibial_plateau", "cons", None, None, "пункция коленного сустава, ортез", "тізе буынын пункциялау, ортез",
          brace=True, puncture=True),
    ],
    "clavicle": [
        S("cl_plate", "clavicle", "op", "plate_osteosynthesis", ["пластина LCP"],
          "открытая репозиция, накостный остеосинтез {f} ключицы", "ашық репозиция, {kk} бұғананы сүйек үсті остеосинтездеу"),
        S("cl_cons", "clavicle", "cons", None, None, "иммобилизация косынкой", "косынкамен иммобилизация", sling=True),
        S("cl_kwires", "clavicle", "outside", None, ["спицы Киршнера"],
          "открытая репозиция, интрамедуллярная фиксация {f} ключицы спицами",
          "ашық репозиция, {kk} бұғананы спицалармен интрамедуллярлық бекіту"),
        S("cl_removal", "clavicle", "removal", None, [], "удаление пластины LCP с {f} ключицы",
          "{kk} бұғанадан LCP пластинасын алып тастау", prev_ru="МОС пластиной LCP", prev_kk="LCP пластинасымен МОС"),
    ],
    "hip_oa": [
        S("ho_depuy", "hip_oa", "op", "total_hip_arthroplasty", ["эндопротез DePuy Pinnacle", "эндопротез DePuy Corail"],
          "тотальное эндопротезирование {m} тазобедренного сустава", "{kk} жамбас-сан буынын тотальды эндопротездеу"),
        S("ho_zimmer", "hip_oa", "op", "total_hip_arthroplasty", ["эндопротез Zimmer"],
          "тотальное эндопротезирование {m} тазобедренного сустава (гибридная фиксация)",
          "{kk} жамбас-сан буынын тотальды эндопротездеу (гибридті бекіту)"),
        S("ho_planned", "hip_oa", "planned", None, None, "тотальное эндопротезирование тазобедренного сустава",
          "жамбас-сан буынын тотальды эндопротездеу"),
        S("ho_noimpl", "hip_oa", "noimpl", "total_hip_arthroplasty", [],
          "тотальное цементное эндопротезирование {m} тазобедренного сустава", "{kk} жамбас-сан буынын цементті тотальды эндопротездеу",
          gen_ru="эндопротез отечественного производства (цементный)", gen_kk="отандық өндірістің цементті эндопротезі"),
    ],
    "knee_oa": [
        S("ko_nexgen", "knee_oa", "op", "total_knee_arthroplasty", ["эндопротез Zimmer NexGen"],
          "тотальное эндопротезирование {m} коленного сустава", "{kk} тізе буынын тотальды эндопротездеу"),
        S("ko_uni", "knee_oa", "outside", None, ["эндопротез Zimmer"],
          "одномыщелковое эндопротезирование медиального отдела {m} коленного сустава",
          "{kk} тізе буынының медиалды бөлігін бір айдаршықты эндопротездеу",
          over_ru=["эндопротез Oxford (Zimmer Biomet), медиальный, мобильный вкладыш"], over_kk=["Oxford (Zimmer Biomet) медиалды эндопротезі, жылжымалы төсемше"]),
        S("ko_genesis", "knee_oa", "op", "total_knee_arthroplasty", ["эндопротез Smith & Nephew Genesis II"],
          "тотальное эндопротезирование {m} коленного сустава", "{kk} тізе буынын тотальды эндопротездеу"),
        S("ko_debr", "knee_oa", "outside", None, [], "артроскопия {m} коленного сустава, дебридмент, лаваж",
          "{kk} тізе буынының артроскопиясы, дебридмент, лаваж"),
        S("ko_attune", "knee_oa", "op", "total_knee_arthroplasty", ["эндопротез DePuy Attune"],
          "тотальное эндопротезирование {m} коленного сустава", "{kk} тізе буынын тотальды эндопротездеу"),
        S("ko_hto", "knee_oa", "outside", None, [],
          "высокая корригирующая остеотомия {f} большеберцовой кости, фиксация пластиной с угловой стабильностью",
          "{kk} үлкен жіліншік сүйегінің жоғарғы түзету остеотомиясы, бұрыштық тұрақтылығы бар пластинамен бекіту",
          gen_ru="пластина с угловой стабильностью (отечественная)", gen_kk="бұрыштық тұрақтылығы бар отандық пластина"),
        S("ko_planned", "knee_oa", "planned", None, None, "тотальное эндопротезирование коленного сустава",
          "тізе буынын тотальды эндопротездеу"),
    ],
    "acl": [
        S("acl_recon", "acl", "op", "acl_reconstruction", ["фиксатор EndoButton", "интерферентный винт Arthrex"],
          "артроскопическая пластика ПКС {m} коленного сустава аутотрансплантатом из сухожилий подколенных мышц",
          "{kk} тізе буынының АҚБ-ын тізе асты бұлшықеттерінің сіңірлерінен алынған аутотрансплантатпен артроскопиялық пластикалау"),
        S("acl_combo", "acl", "combo", "acl_reconstruction", ["фиксатор EndoButton", "интерферентный винт Arthrex"],
          "артроскопия {m} коленного сустава: парциальная менискэктомия заднего рога медиального мениска, пластика ПКС аутотрансплантатом",
          "{kk} тізе буынының артроскопиясы: медиалды менискінің артқы мүйізін парциалды менискэктомиялау, АҚБ-ты аутотрансплантатпен пластикалау"),
        S("acl_planned", "acl", "planned", None, None, "артроскопическая пластика ПКС", "АҚБ-ты артроскопиялық пластикалау", brace=True),
    ],
    "meniscus": [
        S("me_pm", "meniscus", "op", "partial_meniscectomy", [],
          "артроскопия {m} коленного сустава, парциальная резекция заднего рога медиального мениска",
          "{kk} тізе буынының артроскопиясы, медиалды менискінің артқы мүйізін парциалды резекциялау"),
        S("me_suture", "meniscus", "outside", None, [], "артроскопический шов медиального мениска {m} коленного сустава (all-inside)",
          "{kk} тізе буынының медиалды менискін артроскопиялық тігу (all-inside)",
          gen_ru="якорные фиксаторы FAST-FIX (Smith & Nephew), 2 шт.", gen_kk="FAST-FIX (Smith & Nephew) фиксаторлары, 2 дана"),
        S("me_cons", "meniscus", "cons", None, None, "пункция коленного сустава, эвакуация выпота", "тізе буынын пункциялау, сұйықтықты шығару",
          puncture=True),
        S("me_pm_hist", "meniscus", "op", "partial_meniscectomy", [],
          "артроскопия {m} коленного сустава, парциальная менискэктомия", "{kk} тізе буынының артроскопиясы, парциалды менискэктомия",
          hist_acl=True),
    ],
}
OP_KINDS = {"op", "noimpl", "outside", "revision", "staged", "removal", "combo"}

# ---------------------------------------------------------------------------------------------
# people, places
SUR = [("Ахметов", "Ахметова"), ("Жумабаев", "Жумабаева"), ("Касымов", "Касымова"), ("Искаков", "Искакова"),
       ("Оспанов", "Оспанова"), ("Нурланов", "Нурланова"), ("Сейткалиев", "Сейткалиева"), ("Тулегенов", "Тулегенова"),
       ("Байжанов", "Байжанова"), ("Мусин", "Мусина"), ("Иванов", "Иванова"), ("Ким", "Ким"), ("Петренко", "Петренко"),
       ("Абенов", "Абенова"), ("Садыков", "Садыкова"), ("Ермеков", "Ермекова"), ("Шевченко", "Шевченко"), ("Утепов", "Утепова")]
MN = ["Ерлан", "Даурен", "Асхат", "Нурсултан", "Бахыт", "Сергей", "Виктор", "Айдос", "Марат", "Серик", "Канат", "Алексей"]
FN = ["Айгуль", "Гульнара", "Салтанат", "Динара", "Жанар", "Ольга", "Татьяна", "Мадина", "Сауле", "Асель", "Галина", "Роза"]
PAT = ["Серик", "Болат", "Кайрат", "Жаксылык", "Нурлан", "Ерик", "Мухтар", "Талгат"]
CITIES = ["Караганды", "Павлодар", "Шымкент", "Актобе", "Костанай", "Семей", "Тараз", "Кызылорда", "Усть-Каменогорск", "Атырау"]


def iin(rng, birth, female):
    yy, mm, dd = birth
    c = (3 if yy < 2000 else 5) + (1 if female else 0)
    while True:
        d = [int(x) for x in f"{yy % 100:02d}{mm:02d}{dd:02d}{c}{rng.randrange(10000):04d}"]
        s = sum(a * w for a, w in zip(d, range(1, 12))) % 11
        if s == 10:
            s = sum(a * w for a, w in zip(d, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])) % 11
            if s == 10:
                continue
        return "".join(map(str, d)) + str(s)


DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def add_days(d, n):
    y, m, dd = d
    dd += n
    while dd > DAYS[m - 1] + (1 if m == 2 and y % 4 == 0 else 0):
        dd -= DAYS[m - 1] + (1 if m == 2 and y % 4 == 0 else 0)
        m += 1
        if m > 12:
            m, y = 1, y + 1
    return (y, m, dd)


def fd(d):
    return f"{d[2]:02d}.{d[1]:02d}.{d[0]}"


def person(rng, site):
    female = rng.random() < 0.5
    s = rng.choice(SUR)[1 if female else 0]
    first = rng.choice(FN if female else MN)
    p = rng.choice(PAT)
    pat_ru = (p + ("овна" if female else "ович")) if not p.endswith("ик") else (p + ("овна" if female else "ович"))
    pat_kk = p + ("қызы" if female else "ұлы")
    old = site in ("femoral_neck", "pertrochanteric", "hip_oa", "knee_oa")
    age = rng.randint(62, 86) if old else rng.randint(19, 60)
    adm = (rng.choice([2024, 2025]), rng.randint(1, 12), rng.randint(1, 28))
    birth = (adm[0] - age - (1 if rng.random() < 0.5 else 0), rng.randint(1, 12), rng.randint(1, 28))
    return dict(female=female, ru=f"{s} {first} {pat_ru}", kk=f"{s} {first} {pat_kk}", age=age, adm=adm, birth=birth,
                iin=iin(rng, birth, female))


def doctor(rng):
    return f"{rng.choice(SUR)[0]} {rng.choice('АБГДЕКМНСТ')}.{rng.choice('АБЕКМНСТ')}."


def nurse(rng):
    return f"{rng.choice(SUR)[1]} {rng.choice('АГДЖМСТ')}.{rng.choice('АБЕКМНС')}."


# ---------------------------------------------------------------------------------------------
# truth sampling
COMMON_SEC = [("S80.0", "ушиб {om} коленного сустава", "{okk} тізе буынының соғылуы"),
              ("S06.0", "сотрясение головного мозга", "ми шайқалуы"),
              ("S20.2", "ушиб грудной клетки", "кеуде қуысының соғылуы"),
              ("S60.2", "ушиб {om} лучезапястного сустава", "{okk} білезік буынының соғылуы"),
              ("S00.8", "ссадины лица", "беттің жырылған жаралары")]
COMORB = [("I10", "ГБ II ст.", "артериялық гипертензия II дәреже"), ("E11.9", "СД 2 типа", "2 типті қант диабеті"),
          ("E66.0", "ожирение I ст.", "I дәрежелі семіздік")]


def sample(rng, style, sc, side_site):
    site = sc["site"] if sc["site"] != "ankle_med" else "ankle"
    kind = sc["kind"]
    f = {k: None for k in FIELD_KEYS}
    f["site"] = site
    extra = dict(tags=[])
    tags = extra["tags"]
    f["side"] = rng.choice(["right", "left"]) if rng.random() < 0.9 else None
    fracture = site in FRACTURE_SITES
    if fracture:
        if kind == "removal":
            f["fracture_comminuted"] = False
        elif sc.get("nonunion"):
            f["fracture_comminuted"] = False
            f["fracture_displaced"] = True
        elif sc.get("delayed"):
            f["fracture_comminuted"] = False
        else:
            f["fracture_comminuted"] = rng.random() < 0.4
            f["fracture_open"] = rng.choice([False, False, False, True, None]) if kind not in ("cons", "planned") and site not in HIP else rng.choice([False, None])
            if sc["key"] == "fn_screws":
                f["fracture_displaced"] = rng.choice([False, None])
            elif kind == "cons":
                f["fracture_displaced"] = rng.choice([True, True, None]) if "репозиция" in sc["ru"] else rng.choice([False, False, None])
            elif kind in ("staged", "revision"):
                f["fracture_displaced"] = rng.choice([True, True, None])
            else:
                f["fracture_displaced"] = rng.choice([True, True, True, False, None])
            if rng.random() < 0.55:
                ao = SITE[sc["site"]]["ao"]
                f["ao_ota"] = rng.choice([a for a in ao if ("C" in a) == f["fracture_comminuted"]] or ao)
    if site in ("hip_oa", "knee_oa"):
        if rng.random() < 0.8:
            f["kl_grade"] = rng.choice([3, 4]) if kind in ("op", "noimpl", "planned") else rng.choice([2, 3])
    if site not in ("hip_oa", "knee_oa") and kind != "removal" and not sc.get("nonunion") and not sc.get("delayed") and rng.random() < 0.85:
        if site in ("acl", "meniscus"):
            f["mechanism"] = rng.choice(["sport", "sport", "home", "fall_street"])
        elif site in HIP:
            f["mechanism"] = rng.choice(["home", "fall_street", "home", "fall_height"])
        else:
            f["mechanism"] = rng.choice(["fall_street", "home", "fall_height", "traffic", "sport"])
    # operation
    op = kind in OP_KINDS
    if op:
        f["procedure"] = sc["proc"]
        f["implants"] = list(sc["impl"])
        upper = site not in LOWER
        r = rng.random()
        if upper:
            f["anesthesia"] = "general" if r < 0.6 else None
            if f["anesthesia"] is None:
                tags.append("regional_block_anesthesia")
        elif kind == "removal" and r < 0.5:
            f["anesthesia"] = None
            tags.append("local_anesthesia")
        else:
            f["anesthesia"] = "spinal" if r < 0.62 else ("general" if r < 0.87 else None)
        if rng.random() < 0.72:
            lo, hi = (250, 650) if f["procedure"] in ("total_hip_arthroplasty", "total_knee_arthroplasty") or sc["key"] == "fn_hemi" else \
                (20, 80) if site in ("acl", "meniscus", "knee_oa") and f["procedure"] != "total_knee_arthroplasty" else (80, 400)
            f["blood_loss_ml"] = rng.randrange(lo, hi + 1, 10 if hi > 100 else 5)
        else:
            extra["bl_minimal"] = rng.random() < 0.6
            if extra["bl_minimal"]:
                tags.append("blood_loss_minimal_no_number")
    # codes
    icd_on = rng.random() < 0.85
    extra["sec"] = []
    extra["comorb"] = []
    extra["compl"] = None
    if rng.random() < 0.35 and kind not in ("removal",) and f["mechanism"] is not None:
        extra["sec"] = [rng.choice(COMMON_SEC)]
        tags.append("secondary_injury")
    if site in ("femoral_neck", "pertrochanteric", "hip_oa", "knee_oa") or rng.random() < 0.2:
        extra["comorb"] = rng.sample(COMORB, rng.randint(1, 2))
    if rng.random() < 0.15 and (site in LOWER or op):
        extra["compl"] = rng.choice(([("I80.2", "тромбоз глубоких вен {f} голени", "{kk} сирақтың терең веналарының тромбозы")] if site in LOWER else []) +
                                    ([("T81.4", "поверхностная инфекция п/о раны", "операциядан кейінгі жараның беткей инфекциясы")] if op else []))
        tags.append("complication:" + ("dvt" if extra["compl"][0] == "I80.2" else "wound_infection"))
    extra["icd_on"] = icd_on
    code = SITE[sc["site"]]["code"]
    if kind == "removal":
        code = "Z47.0"
    elif sc.get("nonunion"):
        code = "M84.1"
    elif sc.get("delayed"):
        code = "M84.2"
    elif site == "acl" and rng.random() < 0.3:
        code = "M23.5"
        extra["chronic"] = True
    elif fracture and f["fracture_open"] is True and rng.random() < 0.6:
        code += "1"
    elif fracture and f["fracture_open"] is False and rng.random() < 0.3:
        code += "0"
    extra["code"] = code
    extra["hist_code"] = rng.random() < 0.12 and icd_on
    # complaints
    if rng.random() < 0.9:
        if site in ("hip_oa", "knee_oa"):
            pool = ["pain", "limited_motion", "night_pain", "deformity"]
        elif site == "acl":
            pool = ["instability", "pain", "swelling", "limited_motion"]
        elif site == "meniscus":
            pool = ["locking", "pain", "limited_motion", "swelling"]
        elif kind == "removal":
            pool = ["pain", "limited_motion"]
        elif site in LOWER:
            pool = ["pain", "swelling", "no_weight_bearing", "limited_motion", "deformity"]
        else:
            pool = ["pain", "swelling", "limited_motion", "deformity"]
        n = rng.randint(1, min(4, len(pool)))
        first = pool[:1] if rng.random() < 0.8 else []
        rest = [p for p in pool if p not in first]
        f["complaints"] = first + rng.sample(rest, n - len(first))
    # rehabilitation
    if rng.random() < 0.85:
        pool = ["lfk", "physio"]
        if site in LOWER:
            pool += ["crutches", "isometric"]
            if site in HIP or sc["site"] in ("femoral_shaft",):
                pool += ["walker"]
            if site in KNEE and kind not in ("cons", "planned"):
                pool += ["cpm"]
        else:
            pool += ["isometric"]
        f["rehabilitation"] = rng.sample(pool, rng.randint(1, min(3, len(pool))))
    # restrictions
    restr = []
    if kind in ("cons",) and sc.get("sling"):
        restr.append("sling")
    if kind in ("cons", "planned") and sc.get("brace"):
        restr.append("brace")
    if site in LOWER and site not in ("hip_oa", "knee_oa") or (site in ("hip_oa", "knee_oa") and kind in OP_KINDS):
        if kind != "removal" and rng.random() < 0.85:
            restr.append("no_weight_bearing" if (rng.random() < 0.5 and site not in ("acl", "meniscus", "hip_oa", "knee_oa")) else "partial_weight_bearing")
    elif site in ("hip_oa", "knee_oa") and rng.random() < 0.5:
        restr.append("partial_weight_bearing")
    if (f["procedure"] == "total_hip_arthroplasty" or sc["key"] == "fn_hemi") and rng.random() < 0.8:
        restr.append("hip_precautions")
    if site not in LOWER and rng.random() < 0.6:
        restr.append("no_lifting")
    if site not in LOWER and kind in OP_KINDS and rng.random() < 0.3 and "sling" not in restr:
        restr.append("sling")
    if sc["key"] in ("acl_recon", "acl_combo", "tp_plate", "tp_screws", "pa_tbw") and rng.random() < 0.5 and "brace" not in restr:
        restr.append("brace")
    if restr and not (sc.get("sling") or sc.get("brace")) and rng.random() < 0.1:
        restr = []
    f["restrictions"] = restr or None
    if restr and ({"no_weight_bearing", "partial_weight_bearing"} & set(restr)) and rng.random() < 0.75:
        f["weight_bearing_weeks"] = rng.choice([4, 6, 6, 8, 8, 12])
    if rng.random() < 0.87:
        f["follow_up_weeks"] = rng.choice([2, 4, 6, 6, 8, 12])
    extra["sling_weeks"] = rng.choice([2, 3, 4, 6])
    extra["cast_weeks"] = rng.choice([3, 4, 5, 6])
    extra["hist"] = rng.random() < 0.3
    return f, extra


# ---------------------------------------------------------------------------------------------
# phrase helpers
def diag_fields(f, sc, extra, lang, short=False):
    """Primary diagnosis text (without code)."""
    st = side_tok(f["side"])
    site_key = sc["site"]
    tpl = SITE[site_key]["kk" if lang == "kk" else ("rs" if short else "ru")]
    kind = sc["kind"]
    if site_key in ("hip_oa", "knee_oa"):
        kl = f["kl_grade"]
        K = ""
        if kl:
            R = ["I", "II", "III", "IV"][kl - 1]
            if lang == "kk":
                K = f", Kellgren–Lawrence бойынша {R} саты" if extra["rv"] < 0.5 else f" {R} сатысы"
            else:
                K = f" {R} ст." if extra["rv"] < 0.5 else f" {R} стадии (по Kellgren–Lawrence)"
        if lang == "kk":
            base = tpl.format(K=K, **st)
            return cap(tidy(base)) if f["side"] else cap(tidy(base.replace("{kk}", "")))
        return cap(tidy(tpl.format(adj=st["adj"], K=K, **{k: v for k, v in st.items() if k != "adj"})))
    if site_key in ("acl", "meniscus"):
        s = tpl.format(**st)
        if extra.get("chronic"):
            s = ("застарелый " if lang != "kk" else "ескі ") + s
        return cap(tidy(s))
    # fractures
    if lang == "kk":
        A = ""
        if kind == "removal":
            A = "біткен "
        elif sc.get("nonunion"):
            A = "бітпеген, ығысқан "
        elif sc.get("delayed"):
            A = "баяу бітіп келе жатқан "
        else:
            if f["fracture_open"] is True:
                A += "ашық "
            elif f["fracture_open"] is False:
                A += "жабық "
            if f["fracture_comminuted"]:
                A += "жарықшақты "
            if f["fracture_displaced"] is True:
                A += "ығысқан "
            elif f["fracture_displaced"] is False:
                A += "ығысусыз "
        s = cap(tidy(tpl.format(A=A, **st)))
        if sc.get("nonunion"):
            s += " (жалған буын)"
        return s
    A, D = "", ""
    if kind == "removal":
        A = "консолидированный "
    elif sc.get("nonunion"):
        A = "несросшийся "
        D = " со смещением отломков" if not short else " со смещ."
    elif sc.get("delayed"):
        A = "замедленно консолидирующийся "
    else:
        if f["fracture_open"] is True:
            A += "открытый " if not short else "откр. "
        elif f["fracture_open"] is False:
            A += "закрытый " if not short else "закр. "
        if f["fracture_comminuted"]:
            A += "оскольчатый " if not short else "оскольч. "
        if f["fracture_displaced"] is True:
            D = " со смещением отломков" if not short else " со смещ."
        elif f["fracture_displaced"] is False:
            D = " без смещения отломков" if not short else " без смещ."
    s = cap(tidy(tpl.format(A=A, D=D, **st)))
    if sc.get("nonunion"):
        s += " (ложный сустав)"
    return s


def ao_text(f, rng, lang):
    a = f["ao_ota"]
    if not a:
        return ""
    look = rng.random() < 0.5
    g = a[3]
    gc = {"A": "А", "B": "В", "C": "С"}[g] if look else g
    forms = [f"АО {a[:2]}-{gc}{a[4]}", f"AO/OTA {a}", f"тип {a[:2]}{gc}{a[4]} по АО"] if lang != "kk" else \
        [f"АО {a[:2]}-{gc}{a[4]}", f"AO/OTA бойынша {a}", f"АО жіктемесі бойынша {a[:2]}{gc}{a[4]} типі"]
    return rng.choice(forms)


def code_text(c, rng, look_p=0.4):
    if rng.random() < (look_p if c[0] != "S" else look_p / 4) and c[0] in LAT2CYR:
        return LAT2CYR[c[0]] + c[1:]
    return c


def other_scale(f, sc, rng, lang):
    """grading scales that are not KL / not fields (Garden, Gustilo, Weber, Schatzker, Neer)."""
    s = sc["site"]
    if s == "femoral_neck" and sc["kind"] not in ("revision",) and rng.random() < 0.6:
        return rng.choice(["Garden I", "Garden II", "Pauwels II"] if f["fracture_displaced"] is False else
                          ["Garden III", "Garden IV", "Pauwels III"] if f["fracture_displaced"] else ["Garden II", "Pauwels II"])
    if f["fracture_open"] is True and rng.random() < 0.8:
        return rng.choice(["Gustilo I", "Gustilo II"])
    if s == "ankle" and rng.random() < 0.6:
        return rng.choice(["Weber B", "Weber C"])
    if s == "tibial_plateau" and rng.random() < 0.6:
        return rng.choice(["Schatzker II", "Schatzker III"])
    if s == "proximal_humerus" and rng.random() < 0.6:
        return "Neer 1" if f["fracture_displaced"] is False else rng.choice(["Neer 2", "Neer 3"])
    return ""


MECH_RU = {
    "fall_street": ["{upal} на улице, поскользнувшись на льду", "на улице {upal} с высоты собственного роста (гололёд)",
                    "{upal} у подъезда, поскользнувшись на обледенелом тротуаре"],
    "home": ["дома {upal}, запнувшись о порог", "в быту — падение с высоты собственного роста в квартире",
             "{poskol} в ванной комнате дома"],
    "fall_height": ["дома {upal} со стремянки с высоты около 1,5 м", "падение с крыши частного дома",
                    "{upal} со строительных лесов (около 3 м) на работе", "падение с балкона 2-го этажа"],
    "traffic": ["ДТП — {vod} легкового автомобиля", "{sbit} автомобилем на пешеходном переходе", "ДТП, пассажир маршрутного автобуса",
                "падение с мотоцикла при столкновении с автомобилем"],
    "sport": ["травма во время игры в футбол", "на тренировке по борьбе", "при катании на горных лыжах",
              "при игре в баскетбол — неудачное приземление после прыжка"],
}
MECH_KK = {
    "fall_street": ["көшеде мұзда тайып құлаған", "көшеде өз бойы биіктігінен құлаған", "аялдама маңында тайғанақ жолда жығылған"],
    "home": ["үйде табалдырыққа сүрініп құлаған", "үйде, ванна бөлмесінде тайып жығылған", "тұрмыста, пәтерде өз бойы биіктігінен құлаған"],
    "fall_height": ["үйде баспалдақтан (стремянка) шамамен 1,5 м биіктіктен құлаған", "жеке үйдің шатырынан құлаған",
                    "жұмыста құрылыс орманынан (шамамен 3 м) құлаған", "2-қабаттың балконынан құлаған"],
    "traffic": ["жол-көлік оқиғасы (ЖКО), жеңіл көлік жүргізушісі", "жаяу жүргінші өткелінде көлік қағып кеткен",
                "ЖКО кезінде автобус жолаушысы болған"],
    "sport": ["футбол ойнап жүріп жарақат алған", "күрес жаттығуы кезінде жарақаттанған", "тау шаңғысымен сырғанау кезінде құлаған",
              "баскетбол ойнағанда секіріп түскенде жарақаттанған"],
}


def mech_ru(f, p, rng):
    fem = p["female"]
    t = rng.choice(MECH_RU[f["mechanism"]])
    return t.format(upal="упала" if fem else "упал", poskol="поскользнулась" if fem else "поскользнулся",
                    vod="водитель", sbit="сбита" if fem else "сбит")


CMP_RU = {"pain": "боли в области {reg}", "swelling": "отёк", "limited_motion": "ограничение движений",
          "no_weight_bearing": "невозможность опоры на ногу", "deformity": "деформацию", "instability": "чувство неустойчивости («подкашивания») в суставе",
          "locking": "эпизоды блокады («заклинивания») сустава", "night_pain": "ночные боли"}
CMP_RUS = {"pain": "боли", "swelling": "отёк", "limited_motion": "огранич. движений", "no_weight_bearing": "не может наступить на ногу",
           "deformity": "деформация", "instability": "неустойчивость в КС", "locking": "блоки сустава", "night_pain": "ночные боли"}
CMP_KK = {"pain": "{reg} аймағындағы ауырсыну", "swelling": "ісіну", "limited_motion": "қимылдың шектелуі",
          "no_weight_bearing": "аяққа тірек ете алмау", "deformity": "пішінінің өзгеруі (деформация)",
          "instability": "буынның тұрақсыздығы («тайып кету» сезімі)", "locking": "буынның кезеңдік бұғатталуы («құлыпталу»)",
          "night_pain": "түнгі ауырсыну"}


def complaints(f, sc, lang, short=False):
    st = side_tok(f["side"])
    if lang == "kk":
        reg = tidy(SITE[sc["site"]]["reg_kk"].format(**st))
        return ", ".join(CMP_KK[c].format(reg=reg) for c in f["complaints"])
    if short:
        return ", ".join(CMP_RUS[c] for c in f["complaints"])
    reg = tidy(SITE[sc["site"]]["reg_ru"].format(**st))
    return ", ".join(CMP_RU[c].format(reg=reg) for c in f["complaints"])


def wb_ru(n, rng):
    if n is None:
        return ""
    m = {4: "1 мес.", 6: "1,5 мес.", 8: "2 мес.", 12: "3 мес."}
    return rng.choice([f" {n} нед.", f" в течение {n} недель", f" {m[n]}" if n in m and rng.random() < 0.5 else f" {n} нед."])


def wb_kk(n, rng):
    if n is None:
        return ""
    m = {4: "1 ай", 6: "1,5 ай", 8: "2 ай", 12: "3 ай"}
    return rng.choice([f" {n} апта бойы", f" {n} аптаға дейін", f" {m[n]} бойы" if n in m else f" {n} апта бойы"])


def restr_list(f, extra, rng, lang):
    out = []
    wbn = f["weight_bearing_weeks"]
    for r in f["restrictions"] or []:
        if lang == "kk":
            t = {"no_weight_bearing": rng.choice(["аяққа салмақ түсірмеу", "операция жасалған аяққа тірек етпеу"]) + wb_kk(wbn, rng),
                 "partial_weight_bearing": rng.choice(["аяққа мөлшерлі салмақ түсіру", "аяққа ішінара салмақ түсіру"]) + wb_kk(wbn, rng),
                 "hip_precautions": "эндопротездің шығып кетуінің алдын алу шараларын сақтау (жамбас буынын 90°-тан артық бүкпеу, аяқты айқастырмау)",
                 "no_lifting": rng.choice(["ауыр заттарды көтермеу", "3 кг-нан ауыр көтеруге болмайды"]),
                 "brace": rng.choice(["ортез тағу", "тізе ортезін тағу"]) if f["site"] in LOWER else "ортез тағу",
                 "sling": f"косынка {extra['sling_weeks']} апта"}[r]
        else:
            t = {"no_weight_bearing": rng.choice(["ходьба без нагрузки на оперированную конечность", "не наступать на ногу", "исключить осевую нагрузку"]) + wb_ru(wbn, rng),
                 "partial_weight_bearing": rng.choice(["дозированная нагрузка на конечность", "частичная нагрузка на ногу"]) + wb_ru(wbn, rng),
                 "hip_precautions": rng.choice(["профилактика вывиха эндопротеза: не сгибать в ТБС более 90°, не сидеть на низком, не скрещивать ноги",
                                                "соблюдать меры профилактики вывиха эндопротеза"]),
                 "no_lifting": rng.choice(["не поднимать тяжести >2 кг", "исключить подъём тяжестей"]),
                 "brace": rng.choice(["ортез на коленный сустав", "функциональный ортез (брейс)"]) if f["site"] in LOWER else "ортез",
                 "sling": f"косынка {extra['sling_weeks']} нед."}[r]
        out.append(t)
    return out


def rehab_list(f, rng, lang):
    out = []
    for r in f["rehabilitation"] or []:
        if lang == "kk":
            t = {"lfk": rng.choice(["ЕДШ (емдік дене шынықтыру)", "емдік дене шынықтыру жаттығулары"]),
                 "crutches": rng.choice(["балдақпен жүру", "балдақтармен жүру"]), "walker": "ходунокпен жүру",
                 "cpm": "CPM аппаратында буынды жетілдіру", "physio": rng.choice(["физиоемдеу (магнитотерапия)", "физиотерапия"]),
                 "isometric": "изометриялық жаттығулар"}[r]
        else:
            t = {"lfk": rng.choice(["ЛФК по программе", "ЛФК ежедневно с инструктором"]),
                 "crutches": rng.choice(["ходьба на костылях", "передвижение с костылями"]), "walker": "ходьба с ходунками",
                 "cpm": "разработка движений на аппарате CPM", "physio": rng.choice(["ФТЛ (магнитотерапия №10)", "физиолечение (УВЧ №7)"]),
                 "isometric": "изометрическая гимнастика"}[r]
        out.append(t)
    return out


def fu_ru(n, rng, short=False):
    m = {4: "1 мес.", 6: "1,5 мес.", 8: "2 мес.", 12: "3 мес."}
    when = f"{n} нед." if not (n in m and rng.random() < 0.3) else m[n]
    if short:
        return rng.choice([f"явка ч/з {when} с R-граммой", f"контроль у травматолога КДП ч/з {when}", f"R-контроль через {when}"])
    return rng.choice([f"контрольный осмотр и рентгенография через {when}", f"явка на контроль к оперировавшему хирургу через {when}",
                       f"контрольная R-графия через {when}"])


def fu_kk(n, rng):
    m = {4: "1 айдан", 6: "1,5 айдан", 8: "2 айдан", 12: "3 айдан"}
    when = f"{n} аптадан" if not (n in m and rng.random() < 0.3) else m[n]
    return rng.choice([f"{when} кейін бақылау рентгенографиясы", f"{when} соң емдеуші дәрігерге қайта қаралу",
                       f"{when} кейін бақылау тексерісіне келу"])


ANES_RU = {"spinal": ["СМА", "спинномозговая анестезия", "спинальная анестезия"], "general": ["ЭТН", "эндотрахеальный наркоз", "общая анестезия (ЭТН)"]}
ANES_KK = {"spinal": ["жұлын-ми анестезиясы", "спинальды анестезия", "субарахноидальды анестезия"],
           "general": ["жалпы анестезия (ЭТН)", "эндотрахеальды наркоз", "жалпы наркоз"]}


def anes_ru(f, sc, extra, rng):
    a = f["anesthesia"]
    if a:
        return rng.choice(ANES_RU[a])
    if "regional_block_anesthesia" in extra["tags"]:
        return "проводниковая анестезия (блокада плечевого сплетения)"
    if "local_anesthesia" in extra["tags"]:
        return "местная инфильтрационная анестезия"
    return ""


def anes_kk(f, sc, extra, rng):
    a = f["anesthesia"]
    if a:
        return rng.choice(ANES_KK[a])
    if "regional_block_anesthesia" in extra["tags"]:
        return "өткізгіштік анестезия (иық өрімінің блокадасы)"
    if "local_anesthesia" in extra["tags"]:
        return "жергілікті инфильтрациялық анестезия"
    return ""


def impl_phr(f, sc, rng, lang):
    i = 1 if lang == "kk" else 0
    if sc.get("over_ru"):
        return list(sc["over_kk"] if lang == "kk" else sc["over_ru"])
    out = [rng.choice(IMPL[k][i]) for k in f["implants"] or []]
    if sc.get("gen_ru"):
        out.append(sc["gen_kk"] if lang == "kk" else sc["gen_ru"])
    return out


def old_history(f, sc, rng, lang, year):
    """Confusable old injury on the same or other limb; no codes."""
    partner = {"distal_radius": ("перелом головки {f} лучевой кости", "{kk} кәрі жілік басының сынығы"),
               "radial_head": ("перелом {f} лучевой кости в типичном месте", "{kk} кәрі жіліктің типтік жердегі сынығы"),
               "humeral_shaft": ("перелом хирургической шейки {f} плечевой кости", "{kk} тоқпан жілігі хирургиялық мойнының сынығы"),
               "proximal_humerus": ("перелом диафиза {f} плечевой кости", "{kk} тоқпан жілігі диафизінің сынығы"),
               "tibial_plateau": ("перелом диафиза {f} большеберцовой кости", "{kk} үлкен жіліншік сүйегі диафизінің сынығы"),
               "tibial_shaft": ("перелом мыщелка {f} большеберцовой кости", "{kk} үлкен жіліншік айдаршығының сынығы"),
               "femoral_neck": ("чрезвертельный перелом {f} бедренной кости", "{kk} сан сүйегінің ұршықаралық сынығы"),
               "pertrochanteric": ("перелом шейки {f} бедренной кости", "{kk} сан сүйегі мойнының сынығы"),
               "hip_oa": ("перелом шейки {f} бедренной кости", "{kk} сан сүйегі мойнының сынығы"),
               "knee_oa": ("артроскопическая менискэктомия {m} коленного сустава", "{kk} тізе буынының артроскопиялық менискэктомиясы"),
               "acl": ("перелом надколенника {f} ноги", "{kk} тізе тобығының сынығы"),
               "meniscus": ("разрыв ПКС {m} коленного сустава", "{kk} тізе буынының АҚБ жыртылуы")}
    p = partner.get(sc["site"] if sc["site"] != "ankle_med" else "ankle", ("перелом {f} ключицы", "{kk} бұғана сынығы"))
    sd = f["side"] or "right"
    sd = other(sd) if rng.random() < 0.6 else sd
    st = side_tok(sd)
    if lang == "kk":
        return f"{year} жылы — {tidy(p[1].format(**st))}, консервативті емделген"
    return f"в {year} г. — {tidy(p[0].format(**st))}, лечение консервативное"


def codes_line(f, sc, extra, rng, lang):
    """Returns dict with primary code text, secondary, comorbid, complication strings (ru/kk)."""
    st = side_tok(f["side"])
    ost = side_tok(other(f["side"] or "right"))
    on = extra["icd_on"]

    def C(c):
        return code_text(c, rng) if on else None
    sec = []
    for c, ru, kk in extra["sec"]:
        txt = (kk.format(okk=ost["kk"]) if lang == "kk" else ru.format(om=ost["m"]))
        sec.append((tidy(txt), C(c)))
    com = [((kk if lang == "kk" else ru), C(c)) for c, ru, kk in extra["comorb"]]
    cpl = None
    if extra["compl"]:
        c, ru, kk = extra["compl"]
        cpl = (tidy((kk.format(**st) if lang == "kk" else ru.format(**st))), C(c))
    return dict(prim=C(extra["code"]), sec=sec, com=com, cpl=cpl)


def with_code(txt, c, lang, rng, paren=True):
    if not c:
        return txt
    if lang == "kk":
        return f"{txt} (АХЖ-10: {c})" if rng.random() < 0.6 else f"{txt} ({c})"
    return f"{txt} (МКБ-10: {c})" if rng.random() < 0.5 else f"{txt} ({c})"


# ---------------------------------------------------------------------------------------------
# style 1: nurse transfer sheet (ru)
def write_nurse(rid, f, sc, extra, p, rng):
    st = side_tok(f["side"])
    kind = sc["kind"]
    city = rng.choice(CITIES)
    L = []
    L.append(f"ГКП на ПХВ «Городская больница скорой медицинской помощи» г. {city}")
    L.append(f"Травматологическое отделение №{rng.randint(1, 3)} · сестринский пост №{rng.randint(1, 2)}")
    L.append("")
    L.append(rng.choice(["ПЕРЕВОДНОЙ ЛИСТ (сестринская передача пациента)", "ПЕРЕВОДНОЙ ЛИСТ — передача пациента м/с"]))
    adm = p["adm"]
    op_day = add_days(adm, rng.randint(0, 3))
    if kind == "planned":
        dest = rng.choice([f"ГКБ №{rng.randint(2, 7)} г. {city}, отделение травматологии и ортопедии (для оперативного лечения)",
                           f"областная больница г. {city}, ортопедическое отделение (плановое оперативное лечение)"])
    elif kind == "cons" or rng.random() < 0.6:
        dest = rng.choice(["отделение медицинской реабилитации (ОМР), корп. Б", "реабилитационный центр «Мейірім», стационар",
                           "дневной стационар реабилитации"])
    else:
        dest = rng.choice([f"ЦРБ по месту жительства, хирургическое отделение", "отделение медицинской реабилитации (ОМР), корп. Б"])
    L.append(f"Куда: {dest}")
    tr_day = add_days(op_day, rng.randint(6, 14) if kind != "staged" else rng.randint(18, 24))
    L.append(f"Дата/время перевода: {fd(tr_day)} {rng.randint(9, 15)}:{rng.choice(['00', '15', '30', '45'])}")
    L.append(f"ФИО: {p['ru']}")
    L.append(f"ИИН: {p['iin']} · Д.р.: {fd(p['birth'])} ({p['age']} л.)")
    L.append(f"Поступил(а): {fd(adm)}, {rng.choice(['экстренно, СМП', 'экстренно, самообращение'] if sc['site'] not in ('hip_oa', 'knee_oa') and kind != 'removal' and not (kind == 'revision' and not sc.get('same_stay')) else ['планово, по направлению КДП'])}")
    cl = codes_line(f, sc, extra, rng, "ru")
    d = diag_fields(f, sc, extra, "ru", short=rng.random() < 0.6)
    ao = ao_text(f, rng, "ru")
    osc = other_scale(f, sc, rng, "ru")
    extra_b = ", ".join(x for x in (ao, osc) if x)
    if extra_b:
        d += f" ({extra_b})"
    if kind == "removal":
        d += f". Состояние после {sc['prev_ru']} ({adm[0] - 1} г.)"
    L.append("Д-з: " + with_code(d, cl["prim"], "ru", rng) + ".")
    if cl["cpl"]:
        L.append("Осл.: " + with_code(cl["cpl"][0], cl["cpl"][1], "ru", rng) + ".")
    sec = [with_code(t, c, "ru", rng) for t, c in cl["sec"]] + [with_code(t, c, "ru", rng) for t, c in cl["com"]]
    if sec:
        L.append("Сопутств.: " + "; ".join(sec) + ".")
    hist = []
    if sc.get("prior_ru") and not sc.get("same_stay"):
        hist.append(sc["prior_ru"].format(py=adm[0] - 1))
    if sc.get("hist_acl"):
        hist.append(f"в {adm[0] - 3} г. — артроскопическая пластика ПКС этого же сустава (EndoButton, интерферентный винт Arthrex)")
    if extra["hist"]:
        hist.append(old_history(f, sc, rng, "ru", adm[0] - rng.randint(3, 9)))
    if extra["hist_code"]:
        hist.append(f"в {adm[0] - 6} г. — ТЭП {side_tok(other(f['side'] or 'right'))['m']} ТБС (Z96.6)")
        extra["tags"].append("history_code")
    if hist:
        L.append("Анамнез: " + "; ".join(hist) + ".")
    if f["mechanism"]:
        L.append("Обст-ва травмы: " + mech_ru(f, p, rng) + ".")
    if f["complaints"]:
        L.append("Жалобы при поступл.: " + complaints(f, sc, "ru", short=True) + ".")
    # procedure block
    ans = anes_ru(f, sc, extra, rng)
    proc = tidy(sc["ru"].format(**st))
    imps = impl_phr(f, sc, rng, "ru")
    bl = f["blood_loss_ml"]
    blt = (f"{bl},0 мл" if rng.random() < 0.4 else f"{bl} мл") if bl else ("минимальная" if extra.get("bl_minimal") else "")
    if kind in ("cons",):
        if sc.get("puncture"):
            L.append(f"Операция: не проводилась. Манипуляции: {sc['ru']} (получено {rng.choice([40, 60, 80])} мл геморрагического выпота).")
        else:
            L.append(f"Операция: не проводилась. Лечение консервативное: {sc['ru']}" +
                     (f" на {extra['cast_weeks']} нед." if sc.get("cast") else "") + ".")
        if sc.get("traction"):
            pass
    elif kind == "planned":
        why = rng.choice(["письменный отказ пациента от операции", "операция отложена — декомпенсация сопутствующей патологии",
                          "по согласованию переводится для операции в другую МО"] if not sc.get("swelling") else
                         ["выраженный отёк, фликтены — операция отложена до спадания отёка"])
        L.append(f"Операция: не проводилась. Планировалось: {sc['ru']} — {why}.")
        if sc.get("traction"):
            L.append("Манипуляция: скелетное вытяжение за бугристость б/берцовой кости, груз 6 кг.")
        if sc.get("swelling"):
            L.append(f"Иммобилизация: задняя гипсовая лонгета, возвышенное положение конечности.")
    elif kind == "staged":
        d2 = add_days(op_day, rng.randint(8, 12))
        L.append(f"Операция №1 ({fd(op_day)}): {tidy(sc['st1_ru'].format(**st))}; ЭТН; кровопотеря минимальная. Имплант: {rng.choice(IMPL['аппарат Илизарова'][0])}.")
        second_imp = [x for x in imps if "Илизаров" not in x]
        L.append(f"Операция №2 ({fd(d2)}): {proc}." + (f" Анест.: {ans}." if ans else "") + (f" Кровопотеря: {blt}." if blt else "") +
                 (f" Имплант: {'; '.join(second_imp)}." if second_imp else ""))
        extra["tags"].append("staged_two_operations")
    else:
        if kind == "revision" and sc.get("same_stay"):
            L.append("При поступл.: " + sc["prior_ru"] + ".")
        L.append(f"Операция ({fd(op_day)}): {proc}.")
        if ans:
            L.append(f"Анест.: {ans}.")
        if blt:
            L.append(f"Кровопотеря: {blt}.")
        if imps:
            L.append("Имплант: " + "; ".join(imps) + ".")
        elif kind in ("outside", "removal", "op", "noimpl", "combo"):
            L.append("Имплант: не устанавливался." if kind != "removal" else "Имплант: не устанавливался (металлоконструкция удалена).")
    if kind in OP_KINDS:
        if sc["site"] in ("acl", "meniscus") or sc["key"] == "ko_debr":
            L.append("Дренаж: не устанавливался. Повязка: асептическая на порты, сухая.")
        else:
            L.append(f"Дренаж: по Редону, отделяемое {rng.choice([60, 90, 120, 150, 180])} мл, удалён на 2-е сут.")
            L.append(f"Повязка: асептическая, перевязки через день; швы снять на {rng.choice(['12-е', '14-е', '12–14'])} сут. после операции.")
    if extra["compl"] and extra["compl"][0] == "I80.2":
        L.append("УЗДГ вен н/к: окклюзивный тромбоз — антикоагулянт в лечебной дозе, консультация сосудистого хирурга.")
    L.append("Лекарственная терапия:")
    L.append("| Препарат | Доза, путь | Курс |")
    rows = []
    if kind in OP_KINDS:
        rows.append(f"| Цефазолин | 1,0 г в/в 3 р/сут | {rng.choice([3, 5, 7])} дн. (завершён) |")
    if sc["site"] in LOWER:
        rows.append(rng.choice(["| Эноксапарин | 0,4 мл п/к 1 р/сут | 35 дней, продолжить |",
                                "| Ривароксабан | 10 мг внутрь 1 р/сут | до 35 сут. |", "| Надропарин | 0,3 мл п/к | 28 дней |"]))
    rows.append(rng.choice(["| Кеторолак | 30 мг в/м при болях | 5 дн. |", "| Декскетопрофен | 50 мг в/м | 3 дн. |"]))
    rows.append("| Омепразол | 20 мг внутрь | 10 дн. |")
    L += rows
    L.append(f"Инфузии: NaCl 0,9% {rng.choice([200, 400, 500])},0 мл в/в кап. №{rng.randint(2, 5)}.")
    r = restr_list(f, extra, rng, "ru")
    L.append("Режим: " + ("; ".join(r) if r else rng.choice(["палатный", "общий"])) + ".")
    rh = rehab_list(f, rng, "ru")
    if rh:
        L.append("Реабилит.: " + "; ".join(rh) + ".")
    if f["follow_up_weeks"]:
        L.append("Контроль: " + fu_ru(f["follow_up_weeks"], rng, short=True) + ".")
    else:
        L.append("Контроль: наблюдение травматолога по месту жительства.")
    if kind == "planned" and sc["site"] in ("hip_oa", "knee_oa", "acl"):
        L.append("Примечание: повторная госпитализация для операции — по листу ожидания портала.")
    L.append(f"Передал(а): м/с {nurse(rng)}   Принял(а): м/с {nurse(rng)}")
    L.append(f"Лечащий врач: {doctor(rng)}   Зав. отд.: {doctor(rng)}")
    return re.sub(r"\.\.+", ".", "\n".join(L)) + "\n"


# ---------------------------------------------------------------------------------------------
# style 2: bilingual op-theatre card + short discharge note (mixed)
def write_card(rid, f, sc, extra, p, rng):
    st = side_tok(f["side"])
    kind = sc["kind"]
    city = rng.choice(CITIES)
    L = [f"«{city} қаласының көпбейінді ауруханасы» ШЖҚ МКК / ГКП на ПХВ «Многопрофильная больница г. {city}»",
         "Операциялық блок / Операционный блок", ""]
    adm = p["adm"]
    op_day = add_days(adm, rng.randint(0, 3))
    manip = kind in ("cons", "planned")
    no = rng.randint(100, 2999)
    if manip:
        L.append(f"МАНИПУЛЯЦИЯ КАРТАСЫ / КАРТА МАНИПУЛЯЦИИ № {no}")
    else:
        L.append(f"ОПЕРАЦИЯ КАРТАСЫ / КАРТА ОПЕРАЦИИ № {no}")
    cl_kk = codes_line(f, sc, extra, random.Random(rid + "c"), "kk")
    cl_ru = codes_line(f, sc, extra, random.Random(rid + "c"), "ru")
    dk = diag_fields(f, sc, extra, "kk")
    dr = diag_fields(f, sc, extra, "ru", short=True)
    ao = ao_text(f, rng, "ru")
    osc = other_scale(f, sc, rng, "ru")
    xb = ", ".join(x for x in (ao, osc) if x)
    if kind == "removal":
        dk += f". {sc['prev_kk']} жасалғаннан кейінгі жағдай"
        dr += f". Состояние после {sc['prev_ru']}"
    code = cl_ru["prim"]
    rows = [("Пациент", p["ru"]), ("ЖСН / ИИН", p["iin"]), ("Туған күні / Дата рождения", fd(p["birth"])),
            ("Бөлімше / Отделение", f"Травматология №{rng.randint(1, 2)}"),
            ("Күні / Дата", fd(op_day)),
            ("Диагноз (қаз.)", dk + (f" ({xb})" if xb else "")),
            ("Диагноз (рус.)", dr + (f" ({xb})" if xb else "")),
            ("АХЖ-10 / МКБ-10", code or "—")]
    imps_ru = impl_phr(f, sc, random.Random(rid + "i"), "ru")
    ans_kk = anes_kk(f, sc, extra, random.Random(rid + "a"))
    ans_ru = anes_ru(f, sc, extra, random.Random(rid + "a"))
    bl = f["blood_loss_ml"]
    if manip:
        if kind == "cons":
            rows.append(("Манипуляция (қаз.)", sc["kk"] + (f", {extra['cast_weeks']} апта" if sc.get("cast") else "")))
            rows.append(("Манипуляция (рус.)", sc["ru"] + (f", {extra['cast_weeks']} нед." if sc.get("cast") else "")))
            if sc.get("puncture"):
                rows.append(("Алынды / Получено", f"{rng.choice([40, 60, 80])} мл геморрагиялық сұйықтық / геморрагический выпот"))
            rows.append(("Анестезия", "жергілікті / местная (Sol. Novocaini 0,5% — 20 мл)" if sc.get("cast") or sc.get("puncture") else "—"))
        else:
            why_kk, why_ru = rng.choice([("науқас операциядан жазбаша бас тартты", "письменный отказ пациента"),
                                         ("АҚ декомпенсациясы — операция кейінге қалдырылды", "декомпенсация АД — операция отложена"),
                                         ("терідегі іріңді бөртпелер — операцияға қарсы көрсетілім", "гнойничковые высыпания на коже — противопоказание")] if not sc.get("swelling") else
                                        [("айқын ісіну, фликтеналар — операция кейінге қалдырылды", "выраженный отёк, фликтены — операция отложена")])
            rows.append(("Жоспарланған операция / Планируемая операция", f"{sc['kk']} / {sc['ru']}"))
            rows.append(("Мәртебесі / Статус", f"ЖАСАЛМАДЫ / НЕ ВЫПОЛНЕНА — {why_kk} / {why_ru}"))
            if sc.get("traction"):
                rows.append(("Манипуляция", "қаңқалық тарту (скелетное вытяжение), жүк 6 кг"))
        L += [f"| {a} | {b} |" for a, b in rows]
    else:
        pk = tidy(sc["kk"].format(**st))
        pr = tidy(sc["ru"].format(**st))
        if kind == "staged":
            st1k = tidy(sc["st1_kk"].format(**st))
            st1r = tidy(sc["st1_ru"].format(**st))
            d2 = add_days(op_day, rng.randint(8, 12))
            rows.append(("1-кезең / 1-й этап", f"{fd(op_day)}: {st1k} / {st1r}; ЭТН; қан жоғалту болмашы / кровопотеря минимальная"))
            rows.append(("2-кезең (түпкілікті) / 2-й этап (окончательный)", fd(d2)))
            extra["tags"].append("staged_two_operations")
        rows.append(("Операция атауы (қаз.)", cap(pk)))
        rows.append(("Название операции (рус.)", cap(pr)))
        if kind in ("revision", "removal") and not sc.get("same_stay"):
            rem = {"fn_rev_tha": "Synthes канюляцияланған бұрандалары (3 дана) / канюлированные винты Synthes (3 шт.)",
                   "ts_rev": "Илизаров аппараты / аппарат Илизарова", "hs_rev": "сынған LCP пластинасы / сломанная пластина LCP",
                   "fs_removal": "ChM штифті / штифт ChM", "pa_removal": "Киршнер спицалары, серкляждық сым / спицы Киршнера, серкляжная проволока",
                   "cl_removal": "LCP пластинасы / пластина LCP"}[sc["key"]]
            rows.append(("Алынған металл құрылымы / Удалённая металлоконструкция", rem))
        rows.append(("Анестезия түрі / Вид анестезии", f"{ans_kk} / {ans_ru}" if ans_kk else "—"))
        if rng.random() < 0.6:
            rows.append(("ASA", rng.choice(["II", "III"])))
        rows.append(("Қан жоғалту / Кровопотеря", f"{bl} мл" if bl else ("болмашы / минимальная" if extra.get("bl_minimal") else "—")))
        rows.append(("Ұзақтығы / Длительность", f"{rng.randint(40, 150)} мин"))
        rows.append(("Инфузия / Инфузия", f"кристаллоидтар / кристаллоиды {rng.choice([500, 1000, 1500])} мл"))
        L += [f"| {a} | {b} |" for a, b in rows]
        L.append("")
        L.append("ИМПЛАНТТАР / ИМПЛАНТЫ")
        if imps_ru:
            L.append("| № | Атауы / Наименование | Каталог № | Саны / Кол-во |")
            names = (f["implants"] or []) + ([sc["gen_ru"]] if sc.get("gen_ru") else [])
            for j, (nm, ph) in enumerate(zip(names, imps_ru), 1):
                if kind == "staged" and nm == "аппарат Илизарова":
                    ph += " (1-кезең / 1-й этап, демонтирован)"
                cat = CAT_NO.get(nm, f"{rng.randint(10, 99)}.{rng.randint(100, 999)}")
                q = re.search(r"(\d) (?:шт|дана)", ph)
                L.append(f"| {j} | {ph} | {cat} | {q.group(1) if q else 1} |")
        else:
            L.append("Имплант қолданылмады / Импланты не применялись.")
    L.append("")
    L.append("ОПЕРАЦИЯДАН КЕЙІНГІ ЖОСПАР / ПЛАН ПОСЛЕ ОПЕРАЦИИ" if not manip else "ЕМ ЖОСПАРЫ / ПЛАН ЛЕЧЕНИЯ")
    plan = []
    if not manip and sc["site"] not in ("acl", "meniscus"):
        plan.append(f"Тігістерді {rng.choice([12, 14])}-тәулікте алу / снятие швов на {rng.choice([12, 14])}-е сут.")
    if sc["site"] in LOWER:
        plan.append("Эноксапарин 0,4 мл т/а / п/к — 35 күн / 35 дней")
    rk = rehab_list(f, random.Random(rid + "r"), "kk")
    rr = rehab_list(f, random.Random(rid + "r"), "ru")
    if rk:
        plan.append("; ".join(rk) + " / " + "; ".join(rr))
    L += [f"- {x}" for x in plan] if plan else ["- —"]
    # discharge note
    L.append("")
    L.append("ШЫҒАРУ ТУРАЛЫ ҚЫСҚАША МӘЛІМЕТ / КРАТКАЯ ВЫПИСКА")
    dis = add_days(op_day, rng.randint(5, 12) + (10 if kind == "staged" else 0))
    L.append(f"Түскен / Поступил(а): {fd(adm)}; шыққан / выписан(а): {fd(dis)}.")
    dd = with_code(dk, cl_kk["prim"], "kk", rng)
    extras = [with_code(t, c, "kk", rng) for t, c in cl_kk["sec"]]
    if cl_kk["cpl"]:
        extras.append("асқынуы: " + with_code(cl_kk["cpl"][0], cl_kk["cpl"][1], "kk", rng))
    extras += [with_code(t, c, "kk", rng) for t, c in cl_kk["com"]]
    L.append("Қорытынды диагноз / Заключительный диагноз: " + dd + (". " + cap("; ".join(extras)) if extras else "") + ".")
    if cl_ru["cpl"]:
        L.append("Осложнение: " + cl_ru["cpl"][0] + ".")
    if f["complaints"]:
        L.append("Шағымдары / Жалобы при поступлении: " + complaints(f, sc, "kk") + " / " + complaints(f, sc, "ru") + ".")
    if f["mechanism"]:
        L.append("Жарақат жағдайы / Обстоятельства травмы: " + rng.choice(MECH_KK[f["mechanism"]]) + ".")
    hist = []
    if sc.get("prior_kk"):
        hist.append(sc["prior_kk"].format(py=adm[0] - 1))
    if sc.get("hist_acl"):
        hist.append(f"{adm[0] - 3} жылы осы буында АҚБ пластикасы жасалған (EndoButton, Arthrex интерференциялық бұрандасы)")
    if extra["hist"]:
        hist.append(old_history(f, sc, rng, "kk", adm[0] - rng.randint(3, 9)))
    if extra["hist_code"]:
        hist.append(f"{adm[0] - 6} жылы {side_tok(other(f['side'] or 'right'))['kk']} жамбас-сан буыны эндопротезделген (Z96.6)")
        extra["tags"].append("history_code")
    if hist:
        L.append("Анамнез: " + "; ".join(hist) + ".")
    if kind == "cons":
        L.append("Ем / Лечение: консервативті / консервативное, операция жасалмады / операция не проводилась.")
    elif kind == "planned":
        L.append("Ем / Лечение: консервативті; жоспарлы операция жасалмады / запланированная операция не выполнена.")
    rk = restr_list(f, extra, random.Random(rid + "s"), "kk")
    rr = restr_list(f, extra, random.Random(rid + "s"), "ru")
    rec_k, rec_r = list(rk), list(rr)
    if f["follow_up_weeks"]:
        rng2 = random.Random(rid + "f")
        rec_k.append(fu_kk(f["follow_up_weeks"], rng2))
        rec_r.append(fu_ru(f["follow_up_weeks"], rng2))
    if rec_k:
        L.append("Ұсыныстар: " + "; ".join(rec_k) + ".")
        L.append("Рекомендации: " + "; ".join(rec_r) + ".")
    else:
        L.append("Ұсыныстар / Рекомендации: тұрғылықты жері бойынша травматолог бақылауы / наблюдение травматолога по месту жительства.")
    L.append(f"Хирург: {doctor(rng)}   Анестезиолог: {doctor(rng)}   Операциялық мейіргер / Операционная м/с: {nurse(rng)}")
    return re.sub(r"\.\.+", ".", "\n".join(L)) + "\n"


# ---------------------------------------------------------------------------------------------
# style 3: Kazakh surgical discharge epicrisis (prose)
def write_kk(rid, f, sc, extra, p, rng):
    st = side_tok(f["side"])
    kind = sc["kind"]
    city = rng.choice(CITIES)
    L = [f"«{city} облыстық көпбейінді ауруханасы» ШЖҚ КМК", "Травматология және ортопедия бөлімшесі", ""]
    L.append("ШЫҒАРУ ЭПИКРИЗІ")
    adm = p["adm"]
    op_day = add_days(adm, rng.randint(1, 3))
    dis = add_days(op_day, rng.randint(6, 12) + (10 if kind == "staged" else 0))
    L.append(f"Науқас: {p['kk']}, ЖСН {p['iin']}, туған күні {fd(p['birth'])} ({p['age']} жаста).")
    L.append(f"Стационарда болған мерзімі: {fd(adm)} – {fd(dis)}.")
    L.append("")
    L.append("Қорытынды клиникалық диагноз:")
    cl = codes_line(f, sc, extra, rng, "kk")
    d = diag_fields(f, sc, extra, "kk")
    ao = ao_text(f, rng, "kk")
    osc = other_scale(f, sc, rng, "kk")
    xb = ", ".join(x for x in (ao, osc) if x)
    if xb:
        d += f" ({xb})"
    if kind == "removal":
        d += f". {sc['prev_kk']} жасалғаннан кейінгі жағдай ({adm[0] - 1} ж.)"
    parts = [with_code(d, cl["prim"], "kk", rng) + "."]
    if sc.get("t84") and extra["icd_on"]:
        parts.append(f"Ішкі бекіту құрылғысының механикалық асқынуы — пластинаның сынуы ({code_text('T84.1', rng)}).")
    if cl["cpl"]:
        parts.append("Асқынуы: " + with_code(cl["cpl"][0], cl["cpl"][1], "kk", rng) + ".")
    if cl["sec"]:
        parts.append("Қосалқы жарақат: " + "; ".join(with_code(t, c, "kk", rng) for t, c in cl["sec"]) + ".")
    if cl["com"]:
        parts.append("Қосалқы аурулар: " + "; ".join(with_code(t, c, "kk", rng) for t, c in cl["com"]) + ".")
    L.append(" ".join(parts))
    if f["complaints"]:
        L.append("Түскен кездегі шағымдары:")
        L.append(cap(complaints(f, sc, "kk")) + ".")
    L.append("Ауру анамнезі:")
    an = []
    if f["mechanism"]:
        an.append(f"Жарақатты {fd(add_days(adm, 0))} алған: {rng.choice(MECH_KK[f['mechanism']])}. Жедел жәрдеммен жеткізілді.")
    elif sc["site"] in ("hip_oa", "knee_oa"):
        an.append(f"Буындағы ауырсыну {rng.randint(3, 12)} жылдан бері мазалайды, консервативті ем (ҚҚСП, буын ішіне инъекциялар) әсер бермеген.")
    if kind == "removal":
        an.append(f"{adm[0] - 1} жылы {sc['prev_kk']} жасалған, сынық толық бітті; металл құрылымын жоспарлы алып тастау үшін түсті.")
    if sc.get("prior_kk") and not sc.get("same_stay"):
        an.append(cap(sc["prior_kk"].format(py=adm[0] - 1)) + "; бақылау рентгенограммаларында сынық бітпеген.")
    if sc.get("hist_acl"):
        an.append(f"{adm[0] - 3} жылы осы тізе буынында АҚБ артроскопиялық пластикасы жасалған (EndoButton фиксаторы, Arthrex интерференциялық бұрандасы).")
    if extra["hist"]:
        an.append("Анамнезінде: " + old_history(f, sc, rng, "kk", adm[0] - rng.randint(3, 9)) + ".")
    if extra["hist_code"]:
        an.append(f"{adm[0] - 6} жылы {side_tok(other(f['side'] or 'right'))['kk']} жамбас-сан буыны эндопротезделген (Z96.6).")
        extra["tags"].append("history_code")
    if not an:
        an.append("Ерекшелігі жоқ.")
    L.append(" ".join(an))
    L.append("Жүргізілген ем:")
    ans = anes_kk(f, sc, extra, rng)
    proc = tidy(sc["kk"].format(**st))
    imps = impl_phr(f, sc, rng, "kk")
    bl = f["blood_loss_ml"]
    blt = f"қан жоғалту {bl} мл" if bl else ("қан жоғалту болмашы" if extra.get("bl_minimal") else "")
    tx = []
    if kind == "cons":
        if sc.get("puncture"):
            tx.append(f"Операциялық ем жүргізілмеді. {cap(sc['kk'])}: {rng.choice([40, 60, 80])} мл геморрагиялық сұйықтық алынды.")
        else:
            tx.append(f"Операциялық ем жүргізілмеді, консервативті ем: {sc['kk']}" + (f" {extra['cast_weeks']} аптаға" if sc.get("cast") else "") + ".")
        tx.append("Бақылау рентгенограммасында сынықтардың орналасуы қанағаттанарлық.") if sc["site"] in FRACTURE_SITES else None
    elif kind == "planned":
        why = rng.choice(["науқас операциядан жазбаша бас тартты", "қосалқы аурудың декомпенсациясына байланысты операция кейінге қалдырылды",
                          "терідегі іріңді бөртпелерге байланысты операция жасау мүмкін болмады"] if not sc.get("swelling") else
                         ["айқын ісіну мен фликтеналарға байланысты операция ісіну қайтқанша кейінге қалдырылды"])
        tx.append(f"{cap(sc['kk'])} жоспарланған, алайда {why}. Операция жасалмады.")
        if sc.get("traction"):
            tx.append("Үлкен жіліншік сүйегінің бұдырынан қаңқалық тарту қойылды (жүк 6 кг).")
        if sc.get("swelling"):
            tx.append("Артқы гипс лонгетасы, аяқты жоғары көтеріп ұстау.")
        if sc.get("brace"):
            tx.append("Ортез тағылды.")
        tx.append("Консервативті ем жүргізілді.")
    elif kind == "staged":
        d2 = add_days(op_day, rng.randint(8, 12))
        tx.append(f"Екі кезеңді ем. {fd(op_day)} — бірінші кезең: {tidy(sc['st1_kk'].format(**st))}, жалпы анестезиямен, қан жоғалту болмашы; "
                  f"{rng.choice(IMPL['аппарат Илизарова'][1])} салынды.")
        second = [x for x in imps if "Илизаров" not in x]
        tx.append(f"Жұмсақ тіндердің жағдайы жақсарғаннан кейін {fd(d2)} — екінші (түпкілікті) кезең: {proc}" +
                  (f", {ans}" if ans else "") + (f", {blt}" if blt else "") + "." +
                  (f" Орнатылды: {'; '.join(second)}." if second else ""))
        extra["tags"].append("staged_two_operations")
    else:
        if kind == "revision" and sc.get("same_stay"):
            tx.append(cap(sc["prior_kk"]) + ".")
        lead = {"revision": "Ревизиялық операция", "removal": "Жоспарлы операция"}.get(kind, "Операция")
        tx.append(f"{fd(op_day)} — {lead}: {proc}" + (f"; анестезия: {ans}" if ans else "") + ".")
        if imps:
            tx.append("Қолданылған импланттар: " + "; ".join(imps) + ".")
        elif kind == "removal":
            tx.append("Жаңа имплант орнатылмады.")
        elif kind in ("outside", "op", "noimpl", "combo"):
            tx.append("Имплант орнатылмады.")
        if blt:
            tx.append(cap(blt) + ".")
    if kind in OP_KINDS:
        tx.append(f"Антибиотикопрофилактика: цефазолин 1,0 г к/і, {rng.choice([3, 5])} күн; инфузиялық ем {rng.choice([400, 800, 1200])} мл.")
        if sc["site"] in LOWER:
            tx.append("Тромбопрофилактика: эноксапарин 0,4 мл т/а, барлығы 35 күн.")
    L.append(" ".join(t for t in tx if t))
    if kind in OP_KINDS:
        L.append("Операциядан кейінгі кезең:")
        pp = []
        if cl["cpl"] and extra["compl"][0] == "I80.2":
            pp.append("5-тәулікте УДЗ бойынша терең веналардың тромбозы анықталды, антикоагулянттар емдік дозада тағайындалды.")
        elif cl["cpl"]:
            pp.append("Жара аймағында беткей инфекция белгілері, таңулар мен антибиотикотерапиямен басылды.")
        else:
            pp.append("Асқынусыз өтті, жара біріншілік керілумен жазылды.")
        if sc["site"] not in ("acl", "meniscus") and sc["key"] != "ko_debr":
            pp.append(f"Дренаж 2-тәулікте алынды (бөлінді {rng.choice([80, 120, 150])} мл).")
        pp.append("Бақылау рентгенограммасында құрылым тұрақты." if sc["site"] not in ("acl", "meniscus") else "Буындағы сұйықтық жоқ.")
        L.append(" ".join(pp))
    rh = rehab_list(f, rng, "kk")
    if rh:
        L.append("Оңалту: " + "; ".join(rh) + ".")
    L.append("Шығару кезіндегі жағдайы:")
    L.append("Жалпы жағдайы қанағаттанарлық" + (", жара таза" if kind in OP_KINDS else "") + (f", тігістер {rng.choice([12, 14])}-тәулікте алынады" if kind in OP_KINDS and sc["site"] not in ("acl", "meniscus") else "") + ".")
    L.append("Ұсыныстар:")
    rec = restr_list(f, extra, rng, "kk")
    if f["follow_up_weeks"]:
        rec.append(fu_kk(f["follow_up_weeks"], rng))
    else:
        rec.append("тұрғылықты жері бойынша травматолог бақылауы")
    if kind == "planned":
        rec.append("жоспарлы операцияға қайта жатқызу — күту парағы бойынша")
    if kind in OP_KINDS and sc["key"] in ("an_plate",):
        rec.append("позициялық бұранданы алып тастау — жоспарлы түрде, бақылау рентгенограммасынан кейін шешіледі")
    for i, r in enumerate(rec, 1):
        L.append(f"{i}. {cap(r)}.")
    L.append(f"Емдеуші дәрігер: {doctor(rng)}   Бөлім меңгерушісі: {doctor(rng)}")
    return re.sub(r"\.\.+", ".", "\n".join(L)) + "\n"


WRITERS = {"nurse_transfer_ru": write_nurse, "bilingual_op_card": write_card, "kk_surgical_epicrisis": write_kk}

# ---------------------------------------------------------------------------------------------
BASE_SITES = list(SCEN)
EXTRA_SITES = {
    "nurse_transfer_ru": ["femoral_neck", "pertrochanteric", "distal_radius", "radial_head", "humeral_shaft", "proximal_humerus",
                          "tibial_plateau", "tibial_shaft", "ankle", "knee_oa", "femoral_shaft", "clavicle", "patella", "hip_oa"],
    "bilingual_op_card": ["femoral_neck", "pertrochanteric", "distal_radius", "radial_head", "humeral_shaft", "proximal_humerus",
                          "tibial_plateau", "tibial_shaft", "ankle", "knee_oa", "femoral_shaft", "clavicle", "patella", "meniscus"],
    "kk_surgical_epicrisis": ["femoral_neck", "pertrochanteric", "distal_radius", "radial_head", "humeral_shaft", "proximal_humerus",
                              "tibial_plateau", "tibial_shaft", "ankle", "knee_oa", "femoral_shaft", "clavicle", "acl", "hip_oa"],
}


def plan():
    """Sites per style, then scenarios. Per site the plain operations and the tricky scenarios (everything
    else) are cycled separately; occurrence k of a site gets a plain operation in the Russian transfer
    sheet when (k + site index) is even and in the bilingual card when it is odd, the tricky one otherwise;
    the Kazakh epicrisis gets a tricky scenario except when (k + site index) % 4 == 3."""
    per_style = {}
    for style, lang, pre in STYLES:
        sites = BASE_SITES + EXTRA_SITES[style]
        order = random.Random(f"{SEED}-order-{style}")
        per_style[style] = sorted(sites, key=lambda s: order.random())
    ptr = {}
    out = []

    def nxt(site, plain):
        scs = [x for x in SCEN[site] if (x["kind"] == "op") == plain] or SCEN[site]
        key = (site, plain)
        ptr[key] = ptr.get(key, -1) + 1
        return scs[ptr[key] % len(scs)]
    chosen = {}
    for si, site in enumerate(BASE_SITES):
        rounds = max(per_style[st].count(site) for st, _, _ in STYLES)
        for k in range(rounds):
            for st, _, _ in STYLES:
                if per_style[st].count(site) <= k:
                    continue
                if st == "nurse_transfer_ru":
                    plain = (k + si) % 2 == 0
                elif st == "bilingual_op_card":
                    plain = (k + si) % 2 == 1
                else:
                    plain = (k + si) % 4 == 3
                chosen[(st, site, k)] = nxt(site, plain)
    for style, lang, pre in STYLES:
        sites = per_style[style]
        for i, site in enumerate(sites):
            k = sum(1 for x in sites[:i] if x == site)
            out.append((style, lang, pre, i + 1, chosen[(style, site, k)]))
    return out


def extract_codes(text):
    seen = []
    for m in ICD_FIND.finditer(text.translate(CYR2LAT)):
        c = m.group(1)
        if c not in seen:
            seen.append(c)
    return seen


def main():
    rec_dir = HERE / "records"
    if rec_dir.exists():
        shutil.rmtree(rec_dir)
    rec_dir.mkdir()
    truth, meta = [], []
    for style, lang, pre, i, sc in plan():
        rid = f"{pre}-{i:03d}"
        rng = random.Random(f"{SEED}-{rid}")
        p = person(rng, sc["site"])
        f, extra = sample(rng, style, sc, None)
        extra["rv"] = rng.random()
        # which codes are stated (sampled before writing); order = order of first appearance in the text
        want = []
        if extra["icd_on"]:
            want = [extra["code"]] + ([extra["compl"][0]] if extra["compl"] else []) + [c for c, _, _ in extra["sec"]] + \
                   [c for c, _, _ in extra["comorb"]] + (["T84.1"] if sc.get("t84") and style == "kk_surgical_epicrisis" else [])
        text = WRITERS[style](rid, f, sc, extra, p, rng)
        if extra["hist_code"]:
            want.append("Z96.6")
        got = extract_codes(text)
        assert sorted(got) == sorted(set(want)), (rid, got, want)
        f["icd10"] = got or None
        (rec_dir / f"{rid}.txt").write_text(text, encoding="utf-8")
        truth.append({"id": rid, "style": style, "language": lang, "fields": {k: f[k] for k in FIELD_KEYS}})
        tags = list(extra["tags"])
        if sc["kind"] in ("cons", "planned"):
            tags.append("conservative")
        if sc["kind"] == "planned":
            tags.append("planned_only_operation")
        if sc["kind"] in ("outside", "removal"):
            tags.append("procedure_outside_list")
        if sc["kind"] == "removal":
            tags.append("hardware_removal")
        if sc["kind"] == "revision":
            tags.append("revision:" + sc["key"])
        if sc["kind"] == "removal" or (sc["kind"] == "revision" and not sc.get("same_stay")):
            tags.append("removed_hardware_named")
        if sc["kind"] == "noimpl":
            tags.append("non_catalogue_implant")
        if sc["kind"] == "combo":
            tags.append("two_procedures_one_operation")
        if sc["kind"] == "cons" and ("репозиция" in sc["ru"] or "пункция" in sc["ru"]):
            tags.append("surgical_words_conservative")
        if sc.get("hist_acl"):
            tags.append("history_implants_named")
        if f["site"] in ("radial_head", "distal_radius", "humeral_shaft", "proximal_humerus", "tibial_plateau", "tibial_shaft"):
            tags.append("confusable_site")
        if extra["hist"]:
            tags.append("old_injury_in_history")
        meta.append({"id": rid, "style": style, "variant": sc["key"], "kind": sc["kind"], "tags": tags})
    with open(HERE / "truth.jsonl", "w", encoding="utf-8") as fh:
        for t in truth:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    with open(HERE / "meta.jsonl", "w", encoding="utf-8") as fh:
        for m in meta:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    print(f"wrote {len(truth)} records")


if __name__ == "__main__":
    main()
