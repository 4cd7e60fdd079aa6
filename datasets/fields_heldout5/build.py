#!/usr/bin/env python3
"""Deterministic generator of the fields_heldout5 blind held-out set (standard library only).

    python datasets/fields_heldout5/build.py

Writes records/<id>.txt, truth.jsonl, meta.jsonl. Output is byte-identical across runs and
PYTHONHASHSEED values (one random.Random(SEED), no iteration over sets or dicts of unordered keys).

For every record the truth (18 fields) is sampled first; the text is then written from it.
"""
import datetime as dt
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 5555
N_PER_STYLE = 30

FIELD_KEYS = ["site", "side", "fracture_displaced", "fracture_comminuted", "fracture_open", "ao_ota", "kl_grade",
              "mechanism", "procedure", "implants", "anesthesia", "blood_loss_ml", "icd10", "complaints",
              "rehabilitation", "restrictions", "weight_bearing_weeks", "follow_up_weeks"]
SITES = ["femoral_neck", "pertrochanteric", "femoral_shaft", "distal_radius", "ankle", "tibial_shaft",
         "proximal_humerus", "patella", "radial_head", "humeral_shaft", "tibial_plateau", "clavicle",
         "hip_oa", "knee_oa", "acl", "meniscus"]
FRACTURE_SITES = SITES[:12]
LOWER = ["femoral_neck", "pertrochanteric", "femoral_shaft", "ankle", "tibial_shaft", "patella", "tibial_plateau",
         "hip_oa", "knee_oa", "acl", "meniscus"]
KNEE = ["patella", "tibial_plateau", "knee_oa", "acl", "meniscus"]
HIP = ["femoral_neck", "pertrochanteric", "hip_oa"]
ELDERLY = ["femoral_neck", "pertrochanteric", "hip_oa", "knee_oa", "proximal_humerus"]

STYLES = [("vkk_protocol_ru", "vkk-", "ru"), ("insurance_review_mixed", "ins-", "mixed"), ("kk_rehab_intake", "reh-", "kk")]
SINGLE = {"vkk_protocol_ru": ["meniscus", "femoral_shaft"], "insurance_review_mixed": ["acl", "clavicle"],
          "kk_rehab_intake": ["radial_head", "pertrochanteric"]}

LAT2CYR = {"A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т",
           "X": "Х", "I": "І", "S": "Ѕ"}

# ---------------------------------------------------------------- site catalogue
# ru: diagnosis noun phrase after "перелом"; {F}/{M} = side adjective (genitive fem./masc.)
# rb: bone in genitive for operation wording; kk: Kazakh genitive phrase before "сынығы"; kb: Kazakh accusative
SITE = {
    "femoral_neck": dict(icd="S72.0", ao=["31-B1", "31-B2", "31-B3"], ru="перелом шейки {F} бедренной кости",
                         rb="шейки бедренной кости", kk="сан сүйегі мойнының", kb="сан сүйегі мойнын",
                         area="{M} тазобедренного сустава", ka="жамбас-сан буыны"),
    "pertrochanteric": dict(icd="S72.1", ao=["31-A1", "31-A2", "31-A3"], ru="чрезвертельный перелом {F} бедренной кости",
                            rb="проксимального отдела бедренной кости", kk="сан сүйегінің ұршықаралық",
                            kb="сан сүйегін", area="{M} тазобедренного сустава", ka="жамбас-сан буыны"),
    "femoral_shaft": dict(icd="S72.3", ao=["32-A2", "32-B2", "32-C1"], ru="перелом диафиза {F} бедренной кости",
                          rb="бедренной кости", kk="сан сүйегі диафизінің", kb="сан сүйегін",
                          area="{F} бедра", ka="сан"),
    "distal_radius": dict(icd="S52.5", ao=["23-A2", "23-A3", "23-C1", "23-C2"],
                          ru="перелом дистального метаэпифиза {F} лучевой кости", rb="лучевой кости",
                          kk="кәрі жіліктің дистальды метаэпифизінің", kb="кәрі жілікті",
                          area="{M} лучезапястного сустава", ka="білезік буыны"),
    "ankle": dict(icd="S82.8", ao=["44-B1", "44-B2", "44-C1"], ru="перелом обеих лодыжек {F} голени",
                  rb="латеральной лодыжки", kk="сирақтың екі тобығының", kb="сыртқы тобықты",
                  area="{M} голеностопного сустава", ka="сирақ-табан буыны"),
    "tibial_shaft": dict(icd="S82.2", ao=["42-A1", "42-A2", "42-B2", "42-C1"], ru="перелом диафиза {F} большеберцовой кости",
                         rb="большеберцовой кости", kk="асықты жілік диафизінің", kb="асықты жілікті",
                         area="{F} голени", ka="сирақ"),
    "proximal_humerus": dict(icd="S42.2", ao=["11-A2", "11-B1", "11-C1"], ru="перелом хирургической шейки {F} плечевой кости",
                             rb="проксимального отдела плечевой кости", kk="тоқпан жіліктің хирургиялық мойнының",
                             kb="тоқпан жіліктің проксимальды бөлігін", area="{M} плечевого сустава", ka="иық буыны"),
    "patella": dict(icd="S82.0", ao=["34-C1", "34-C2", "34-C3"], ru="перелом {M} надколенника", rb="надколенника",
                    kk="тізе тостағанының", kb="тізе тостағанын", area="{M} коленного сустава", ka="тізе буыны"),
    "radial_head": dict(icd="S52.1", ao=["21-B1", "21-B2", "21-B3"], ru="перелом головки {F} лучевой кости",
                        rb="головки лучевой кости", kk="кәрі жілік басының", kb="кәрі жілік басын",
                        area="{M} локтевого сустава", ka="шынтақ буыны"),
    "humeral_shaft": dict(icd="S42.3", ao=["12-A2", "12-A3", "12-B2", "12-C1"], ru="перелом диафиза {F} плечевой кости",
                          rb="плечевой кости", kk="тоқпан жілік диафизінің", kb="тоқпан жілікті",
                          area="{F} плеча", ka="иық"),
    "tibial_plateau": dict(icd="S82.1", ao=["41-B1", "41-B3", "41-C1", "41-C3"],
                           ru="перелом латерального мыщелка {F} большеберцовой кости",
                           rb="мыщелка большеберцовой кости", kk="асықты жілік сыртқы айдаршығының (плато)",
                           kb="асықты жілік айдаршығын", area="{M} коленного сустава", ka="тізе буыны"),
    "clavicle": dict(icd="S42.0", ao=["15-B1", "15-B2", "15-B3"], ru="перелом {F} ключицы в ср/3", rb="ключицы",
                     kk="бұғананың орта үштен бір бөлігінің", kb="бұғананы", area="{F} ключицы", ka="бұғана"),
    "hip_oa": dict(icd="M16.1", area="{M} тазобедренного сустава", ka="жамбас-сан буыны"),
    "knee_oa": dict(icd="M17.1", area="{M} коленного сустава", ka="тізе буыны"),
    "acl": dict(icd="S83.5", area="{M} коленного сустава", ka="тізе буыны"),
    "meniscus": dict(icd="S83.2", area="{M} коленного сустава", ka="тізе буыны"),
}
CONFUSE = {"radial_head": "distal_radius", "distal_radius": "radial_head", "humeral_shaft": "proximal_humerus",
           "proximal_humerus": "humeral_shaft", "tibial_plateau": "tibial_shaft", "tibial_shaft": "tibial_plateau",
           "femoral_neck": "pertrochanteric", "pertrochanteric": "femoral_neck", "hip_oa": "femoral_neck",
           "knee_oa": "meniscus", "acl": "meniscus", "meniscus": "acl", "ankle": "tibial_shaft",
           "patella": "tibial_plateau", "clavicle": "proximal_humerus", "femoral_shaft": "femoral_neck"}
OLD_RU = {"radial_head": "перелом головки {F} лучевой кости, лечился консервативно",
          "distal_radius": "перелом лучевой кости в типичном месте {M} предплечья, гипсовая иммобилизация",
          "humeral_shaft": "перелом диафиза {F} плечевой кости, МОС, металлоконструкция удалена",
          "proximal_humerus": "перелом хирургической шейки {F} плечевой кости, консервативно",
          "tibial_plateau": "перелом мыщелка {F} большеберцовой кости, консервативно",
          "tibial_shaft": "перелом диафиза {F} большеберцовой кости, остеосинтез, металл удалён",
          "femoral_neck": "перелом шейки {F} бедренной кости, эндопротезирование в другой клинике",
          "pertrochanteric": "чрезвертельный перелом {F} бедренной кости, остеосинтез",
          "meniscus": "артроскопическая резекция мениска {M} коленного сустава",
          "acl": "разрыв ПКС {M} коленного сустава, пластика в другой клинике"}
OLD_KK = {"radial_head": "{S} кәрі жілік басының сынығы, консервативті ем",
          "distal_radius": "{S} кәрі жіліктің типтік жердегі сынығы, гипс таңғыш",
          "humeral_shaft": "{S} тоқпан жілік диафизінің сынығы, остеосинтез, металл алынған",
          "proximal_humerus": "{S} тоқпан жіліктің хирургиялық мойнының сынығы, консервативті ем",
          "tibial_plateau": "{S} асықты жілік айдаршығының сынығы, консервативті ем",
          "tibial_shaft": "{S} асықты жілік диафизінің сынығы, остеосинтез, металл алынған",
          "femoral_neck": "{S} сан сүйегі мойнының сынығы, басқа клиникада эндопротездеу",
          "pertrochanteric": "{S} сан сүйегінің ұршықаралық сынығы, остеосинтез",
          "meniscus": "{S} тізе буынының менискін артроскопиялық резекциялау",
          "acl": "{S} тізе буынының алдыңғы айқасқан байламының жыртылуы, пластика"}

SECONDARY = [  # (ru, kk, code, lateral)
    ("ушиб {M} коленного сустава", "{S} тізе буынының соғылуы", "S80.0", True),
    ("ушиб мягких тканей головы", "бастың жұмсақ тіндерінің соғылуы", "S00.0", False),
    ("сотрясение головного мозга", "ми шайқалуы", "S06.0", False),
    ("ушиб грудной клетки", "кеуде қуысының соғылуы", "S20.2", False),
    ("ушиб {M} плечевого сустава", "{S} иық буынының соғылуы", "S40.0", True),
    ("ушиб {M} локтевого сустава", "{S} шынтақ буынының соғылуы", "S50.0", True),
    ("ссадины {F} кисти", "{S} қолының басының сызаттары", "S60.8", True),
]
COMORB = [  # (ru, kk, code)
    ("Гипертоническая болезнь II ст., риск 3", "Гипертониялық ауру II саты, қауіп 3", "I11.9"),
    ("Сахарный диабет 2 типа, субкомпенсация", "2 типті қант диабеті, субкомпенсация", "E11.9"),
    ("Ожирение II ст.", "Семіздік II дәреже", "E66.0"),
    ("ИБС. Стенокардия напряжения ФК II", "ЖИА. Күш түсу стенокардиясы ФК II", "I20.8"),
    ("Артериальная гипертензия I ст.", "Артериялық гипертензия I дәреже", "I10"),
    ("ХОБЛ, ремиссия", "ӨСОА, ремиссия", "J44.9"),
]

MECH_RU = {"fall_street": ["упал(а) на улице, поскользнувшись на гололёде", "на улице споткнулся(-ась) и упал(а) с высоты собственного роста"],
           "fall_height": ["упал(а) со стремянки высотой около 2 м", "упал(а) с крыши частного дома", "сорвался(-ась) со строительных лесов"],
           "traffic": ["пострадал(а) в ДТП (пассажир легкового автомобиля)", "сбит(а) легковым автомобилем (пешеход)", "ДТП — падение с мотоцикла"],
           "sport": ["травма во время игры в футбол", "травма на горнолыжном склоне", "травма во время тренировки по борьбе"],
           "home": ["дома упал(а) в ванной с высоты собственного роста", "дома споткнулся(-ась) о порог и упал(а)"]}
MECH_KK = {"fall_street": ["көшеде көктайғақта тайып құлаған", "көшеде сүрініп, өз бойы биіктігінен құлаған"],
           "fall_height": ["баспалдақтан (шамамен 2 м) құлаған", "жеке үйдің шатырынан құлаған", "құрылыс ормандарынан құлаған"],
           "traffic": ["жол-көлік оқиғасында зардап шеккен (жолаушы)", "жаяу жүргіншіні жеңіл көлік қағып кеткен", "ЖКО — мотоциклден құлаған"],
           "sport": ["футбол ойнау кезінде жарақат алған", "тау шаңғысымен сырғанау кезінде жарақат алған", "күрес жаттығуы кезінде жарақат алған"],
           "home": ["үйде жуынатын бөлмеде тайып құлаған", "үйде табалдырыққа сүрініп құлаған"]}

CPL_RU = {"pain": "боли в области {area}", "swelling": "отёк", "limited_motion": "ограничение движений",
          "no_weight_bearing": "невозможность опоры на ногу", "deformity": "деформацию", "instability": "чувство неустойчивости (подворачивание) в колене",
          "locking": "периодические блокады коленного сустава", "night_pain": "ночные боли"}
CPL_KK = {"pain": "{ka} аймағындағы ауырсыну", "swelling": "ісіну", "limited_motion": "қимылдың шектелуі",
          "no_weight_bearing": "аяққа тірек ете алмау", "deformity": "деформация", "instability": "тізе буынының тұрақсыздығы (тайып кетуі)",
          "locking": "тізе буынының мезгіл-мезгіл бұғатталуы (блокада)", "night_pain": "түнгі ауырсыну"}
TODAY_RU = ["умеренные боли при ходьбе", "тугоподвижность в суставе", "слабость в конечности", "онемение в области рубца", "пастозность к вечеру"]
TODAY_KK = ["жүргенде орташа ауырсыну", "буынның қимылының шектеулілігі", "аяқ-қолдың әлсіздігі", "тыртық аймағында ұйып қалу", "кешке қарай ісіну"]

REH_RU = {"lfk": ["ЛФК", "занятия ЛФК по индивидуальной программе", "лечебная физкультура"],
          "crutches": ["ходьба на костылях", "ходьба с помощью костылей"], "walker": ["ходьба с ходунками", "вертикализация и ходьба в ходунках"],
          "cpm": ["CPM-терапия (пассивная разработка на аппарате CPM)", "механотерапия на аппарате CPM"],
          "physio": ["ФТЛ (магнитотерапия)", "физиолечение (УВЧ, магнит)"], "isometric": ["изометрические упражнения для мышц бедра", "изометрическая гимнастика"]}
REH_KK = {"lfk": ["ЕДШ (емдік дене шынықтыру)", "емдік дене шынықтыру жеке бағдарлама бойынша", "ЕДШ"],
          "crutches": ["балдақпен жүру", "балдақтың көмегімен жүру"], "walker": ["ходунокпен жүру", "ходунокпен вертикализация"],
          "cpm": ["CPM аппаратында пассивті қимыл", "CPM-терапия"], "physio": ["физиоем (магнитотерапия)", "физиоемдеу (УЖЖ, магнит)"],
          "isometric": ["изометриялық жаттығулар", "сан бұлшықеттеріне изометриялық жаттығулар"]}
RST_RU = {"no_weight_bearing": ["без нагрузки на оперированную конечность", "ходьба без нагрузки на ногу"],
          "partial_weight_bearing": ["дозированная нагрузка на ногу", "частичная нагрузка на конечность"],
          "hip_precautions": ["профилактика вывиха эндопротеза (не сгибать ногу в ТБС более 90°, не сидеть на низких стульях, не скрещивать ноги)"],
          "no_lifting": ["не поднимать тяжести более 2 кг", "ограничить подъём тяжестей"],
          "brace": ["ношение ортеза", "фиксация в функциональном ортезе"], "sling": ["иммобилизация косыночной повязкой", "ношение косынки"]}
RST_KK = {"no_weight_bearing": ["аяққа салмақ түсірмеу", "операция жасалған аяққа тірек етпеу"],
          "partial_weight_bearing": ["аяққа мөлшерлі салмақ түсіру", "мөлшерлі жүктеме"],
          "hip_precautions": ["эндопротездің шығып кетуінің алдын алу (жамбас буынын 90°-тан артық бүкпеу, аласа орындыққа отырмау)"],
          "no_lifting": ["ауыр заттарды көтермеу (2 кг-нан артық емес)", "ауыр көтеруге тыйым"],
          "brace": ["ортез тағу", "функционалдық ортезде бекіту"], "sling": ["косынка-таңғышпен иммобилизация", "косынка тағу"]}


def wk_ru(n, rng):
    opts = [f"{n} нед.", f"{n} недель" if n >= 5 else f"{n} недели"]
    mo = {4: "1 мес.", 6: "1,5 мес.", 8: "2 мес.", 12: "3 мес."}
    if n in mo:
        opts.append(mo[n])
    return rng.choice(opts)


def wk_kk(n, rng, case="after"):
    mo = {4: "1 ай", 6: "1,5 ай", 8: "2 ай", 12: "3 ай"}
    if case == "after":
        opts = [f"{n} аптадан кейін"] + ([f"{mo[n]}дан кейін"] if n in mo else [])
    else:
        opts = [f"{n} апта бойы", f"{n} апта"] + ([f"{mo[n]} бойы"] if n in mo else [])
    return rng.choice(opts)


# ---------------------------------------------------------------- people, dates, IIN
KZ_SUR = ["Ахметов", "Жұмабеков", "Нұрланов", "Омаров", "Тоқтаров", "Бекмұханов", "Сарсенбаев", "Абдрахманов",
          "Мұқанов", "Есенов", "Қасымов", "Серікбаев", "Тұрсынов", "Оспанов", "Әлімжанов", "Байғабылов"]
RU_SUR = ["Петров", "Иванов", "Ким", "Шевченко", "Павлов", "Соколов", "Ли", "Морозов", "Бондаренко", "Никитин"]
KZ_M = ["Ерлан", "Нұрлан", "Асхат", "Бауыржан", "Серік", "Дархан", "Айдос", "Ержан", "Қайрат", "Мұрат", "Талғат"]
KZ_F = ["Гүлнар", "Айгүл", "Сәуле", "Жанар", "Мәдина", "Динара", "Әсем", "Ақмарал", "Ләззат", "Гүлмира"]
RU_M = ["Виктор", "Сергей", "Алексей", "Андрей", "Дмитрий", "Николай", "Юрий"]
RU_F = ["Ольга", "Наталья", "Елена", "Татьяна", "Ирина", "Светлана", "Людмила"]
KZ_FATHER = ["Серік", "Болат", "Қанат", "Ерлан", "Мұрат", "Талғат", "Асқар", "Жақсылық"]
RU_PAT = [("Викторович", "Викторовна"), ("Сергеевич", "Сергеевна"), ("Петрович", "Петровна"), ("Иванович", "Ивановна")]
CITIES = [("Алматы", "Алматы"), ("Астана", "Астана"), ("Шымкент", "Шымкент"), ("Караганда", "Қарағанды"),
          ("Павлодар", "Павлодар"), ("Усть-Каменогорск", "Өскемен"), ("Костанай", "Қостанай"), ("Актобе", "Ақтөбе"),
          ("Семей", "Семей"), ("Тараз", "Тараз"), ("Кокшетау", "Көкшетау"), ("Атырау", "Атырау")]
INITIALS = "АБГДЕЖКМНРСТ"


def iin(rng, birth, male):
    c = (3 if male else 4) if birth.year < 2000 else (5 if male else 6)
    while True:
        s = f"{birth.year % 100:02d}{birth.month:02d}{birth.day:02d}{c}{rng.randint(0, 9999):04d}"
        d = [int(x) for x in s]
        k = sum(d[i] * (i + 1) for i in range(11)) % 11
        if k == 10:
            w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
            k = sum(d[i] * w2[i] for i in range(11)) % 11
            if k == 10:
                continue
        return s + str(k)


def person(rng, elderly):
    male = rng.random() < 0.5
    kz = rng.random() < 0.7
    if kz:
        sur = rng.choice(KZ_SUR) + ("" if male else "а")
        first = rng.choice(KZ_M if male else KZ_F)
        pat = rng.choice(KZ_FATHER) + ("ұлы" if male else "қызы")
    else:
        s = rng.choice(RU_SUR)
        sur = s if s in ("Ким", "Шевченко", "Ли", "Бондаренко") or male else s + "а"
        first = rng.choice(RU_M if male else RU_F)
        pat = rng.choice(RU_PAT)[0 if male else 1]
    age = rng.randint(62, 84) if elderly else rng.randint(19, 58)
    y = 2025 - age
    birth = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
    return dict(name=f"{sur} {first} {pat}", male=male, age=age, birth=birth, iin=iin(rng, birth, male))


def doctor(rng):
    s = rng.choice(KZ_SUR + RU_SUR)
    if rng.random() < 0.45 and s not in ("Ким", "Шевченко", "Ли", "Бондаренко"):
        s += "а"
    return f"{s} {rng.choice(INITIALS)}.{rng.choice(INITIALS)}."


def d(x):
    return x.strftime("%d.%m.%Y")


# ---------------------------------------------------------------- truth sampling
OPS = {  # site -> [(kind, procedure_key)]
    "femoral_neck": [("op", "total_hip_arthroplasty"), ("op", "cannulated_screws")],
    "pertrochanteric": [("op", "intramedullary_nailing"), ("op", "plate_osteosynthesis")],
    "femoral_shaft": [("op", "intramedullary_nailing"), ("op", "plate_osteosynthesis"), ("op", "external_fixation")],
    "distal_radius": [("op", "plate_osteosynthesis"), ("op", "external_fixation")],
    "ankle": [("op", "plate_osteosynthesis"), ("op", "tension_band_wiring")],
    "tibial_shaft": [("op", "intramedullary_nailing"), ("op", "external_fixation"), ("op", "plate_osteosynthesis")],
    "proximal_humerus": [("op", "plate_osteosynthesis")],
    "patella": [("op", "tension_band_wiring")],
    "radial_head": [("op", "plate_osteosynthesis")],
    "humeral_shaft": [("op", "intramedullary_nailing"), ("op", "plate_osteosynthesis")],
    "tibial_plateau": [("op", "plate_osteosynthesis"), ("op", "cannulated_screws"), ("op", "external_fixation")],
    "clavicle": [("op", "plate_osteosynthesis"), ("op", "tension_band_wiring")],
    "hip_oa": [("op", "total_hip_arthroplasty")],
    "knee_oa": [("op", "total_knee_arthroplasty")],
    "acl": [("op", "acl_reconstruction")],
    "meniscus": [("op", "partial_meniscectomy")],
}
SPECIAL = {  # site -> [(kind, key)] used for the second record of a site
    "femoral_neck": [("outside", "hemi"), ("revision", "total_hip_arthroplasty"), ("planned", "total_hip_arthroplasty")],
    "pertrochanteric": [("op", "intramedullary_nailing")],
    "femoral_shaft": [("op", "external_fixation")],
    "distal_radius": [("outside", "kwire"), ("conservative", None), ("revision", "plate_osteosynthesis")],
    "ankle": [("conservative", None), ("op", "plate_osteosynthesis")],
    "tibial_shaft": [("op", "external_fixation"), ("op", "intramedullary_nailing")],
    "proximal_humerus": [("conservative", None), ("outside", "kwire")],
    "patella": [("conservative", None), ("op", "tension_band_wiring")],
    "radial_head": [("outside", "resection"), ("conservative", None)],
    "humeral_shaft": [("conservative", None)],
    "tibial_plateau": [("op", "external_fixation"), ("op", "plate_osteosynthesis")],
    "clavicle": [("conservative", None)],
    "hip_oa": [("planned", "total_hip_arthroplasty"), ("conservative", None)],
    "knee_oa": [("planned", "total_knee_arthroplasty"), ("conservative", None)],
    "acl": [("op", "acl_reconstruction")],
    "meniscus": [("outside", "suture")],
}

# implants options per (site, procedure key): (implants, ru instrumental phrase, kk phrase)
IMPL = {
    ("femoral_neck", "cannulated_screws"): [(["канюлированные винты Synthes"], "тремя канюлированными винтами Synthes", "үш Synthes канюлирленген бұрандасымен"),
                                             ([], "тремя канюлированными винтами 7,3 мм", "үш канюлирленген бұрандамен (7,3 мм)")],
    ("tibial_plateau", "cannulated_screws"): [(["канюлированные винты Synthes"], "двумя канюлированными винтами Synthes", "екі Synthes канюлирленген бұрандасымен"),
                                               ([], "двумя спонгиозными канюлированными винтами", "екі канюлирленген бұрандамен")],
    ("pertrochanteric", "intramedullary_nailing"): [(["интрамедуллярный штифт PFNA"], "штифтом PFNA", "PFNA штифтімен"),
                                                     (["штифт Gamma3"], "штифтом Gamma3", "Gamma3 штифтімен")],
    ("femoral_shaft", "intramedullary_nailing"): [(["интрамедуллярный штифт ChM"], "интрамедуллярным штифтом ChM", "ChM интрамедуллярлы штифтімен"),
                                                   ([], "блокируемым бедренным штифтом", "бұғатталатын сан штифтімен")],
    ("tibial_shaft", "intramedullary_nailing"): [(["интрамедуллярный штифт ChM"], "интрамедуллярным штифтом ChM", "ChM интрамедуллярлы штифтімен"),
                                                  ([], "большеберцовым блокируемым штифтом", "асықты жілік бұғатталатын штифтімен")],
    ("humeral_shaft", "intramedullary_nailing"): [(["интрамедуллярный штифт ChM"], "плечевым штифтом ChM", "ChM иық штифтімен")],
    ("pertrochanteric", "plate_osteosynthesis"): [(["пластина LCP"], "проксимальной бедренной пластиной LCP", "проксимальды сан LCP пластинасымен")],
    ("femoral_shaft", "plate_osteosynthesis"): [(["пластина LCP"], "пластиной LCP", "LCP пластинасымен")],
    ("distal_radius", "plate_osteosynthesis"): [(["пластина APTUS"], "ладонной пластиной APTUS", "алақандық APTUS пластинасымен"),
                                                 (["пластина LCP"], "дистальной радиальной пластиной LCP", "дистальды LCP пластинасымен"),
                                                 ([], "Т-образной пластиной с угловой стабильностью", "бұрыштық тұрақтылығы бар Т-тәрізді пластинамен")],
    ("ankle", "plate_osteosynthesis"): [(["пластина LCP 1/3 трубчатая", "позиционный винт"], "пластиной LCP 1/3 трубчатой, фиксация синдесмоза позиционным винтом",
                                         "LCP 1/3 түтікті пластинасымен, синдесмозды позициялық бұрандамен бекіту"),
                                        (["пластина LCP 1/3 трубчатая"], "пластиной LCP 1/3 трубчатой", "LCP 1/3 түтікті пластинасымен")],
    ("tibial_shaft", "plate_osteosynthesis"): [(["пластина LCP"], "пластиной LCP", "LCP пластинасымен")],
    ("proximal_humerus", "plate_osteosynthesis"): [(["пластина PHILOS"], "пластиной PHILOS", "PHILOS пластинасымен")],
    ("radial_head", "plate_osteosynthesis"): [(["пластина APTUS"], "мини-пластиной APTUS", "APTUS шағын пластинасымен"),
                                               ([], "мини-пластиной и винтами", "шағын пластина мен бұрандалармен")],
    ("humeral_shaft", "plate_osteosynthesis"): [(["пластина LCP"], "пластиной LCP", "LCP пластинасымен")],
    ("tibial_plateau", "plate_osteosynthesis"): [(["пластина LCP"], "латеральной проксимальной пластиной LCP", "латеральды проксимальды LCP пластинасымен")],
    ("clavicle", "plate_osteosynthesis"): [(["пластина LCP"], "реконструктивной пластиной LCP", "LCP реконструктивті пластинасымен")],
    ("femoral_shaft", "external_fixation"): [(["аппарат Илизарова"], "аппаратом Илизарова", "Илизаров аппаратымен"),
                                              ([], "стержневым аппаратом внешней фиксации", "өзекті сыртқы бекіту аппаратымен")],
    ("tibial_shaft", "external_fixation"): [(["аппарат Илизарова"], "аппаратом Илизарова", "Илизаров аппаратымен"),
                                             ([], "стержневым аппаратом внешней фиксации (АВФ)", "өзекті сыртқы бекіту аппаратымен (СБА)")],
    ("tibial_plateau", "external_fixation"): [(["аппарат Илизарова"], "аппаратом Илизарова", "Илизаров аппаратымен")],
    ("distal_radius", "external_fixation"): [([], "стержневым аппаратом внешней фиксации", "өзекті сыртқы бекіту аппаратымен")],
    ("patella", "tension_band_wiring"): [(["спицы Киршнера", "серкляжная проволока"], "по Веберу спицами Киршнера и серкляжной проволокой",
                                          "Вебер әдісімен Киршнер сымдарымен және серкляж сыммен"),
                                         ([], "стягивающей проволочной петлёй на двух спицах", "екі сымдағы тартпа ілмекпен")],
    ("ankle", "tension_band_wiring"): [(["спицы Киршнера", "серкляжная проволока"], "медиальной лодыжки спицами Киршнера и серкляжной проволокой (стягивающая петля)",
                                        "ішкі тобықты Киршнер сымдарымен және серкляж сыммен (тартпа ілмек)")],
    ("clavicle", "tension_band_wiring"): [(["спицы Киршнера", "серкляжная проволока"], "спицами Киршнера и серкляжной проволокой по Веберу",
                                           "Киршнер сымдарымен және серкляж сыммен Вебер әдісі бойынша")],
    ("femoral_neck", "total_hip_arthroplasty"): [(["эндопротез DePuy Pinnacle", "эндопротез DePuy Corail"], "эндопротезом DePuy (чашка Pinnacle, ножка Corail)",
                                                   "DePuy эндопротезімен (Pinnacle ұяшығы, Corail аяқшасы)"),
                                                  (["эндопротез Zimmer"], "бесцементным эндопротезом Zimmer", "цементсіз Zimmer эндопротезімен")],
    ("hip_oa", "total_hip_arthroplasty"): [(["эндопротез DePuy Pinnacle", "эндопротез DePuy Corail"], "эндопротезом DePuy (чашка Pinnacle, ножка Corail)",
                                             "DePuy эндопротезімен (Pinnacle ұяшығы, Corail аяқшасы)"),
                                            (["эндопротез Zimmer"], "эндопротезом Zimmer", "Zimmer эндопротезімен"),
                                            (["эндопротез DePuy Corail"], "эндопротезом с ножкой DePuy Corail", "DePuy Corail аяқшалы эндопротезімен")],
    ("knee_oa", "total_knee_arthroplasty"): [(["эндопротез Zimmer NexGen"], "эндопротезом Zimmer NexGen", "Zimmer NexGen эндопротезімен"),
                                              (["эндопротез Smith & Nephew Genesis II"], "эндопротезом Smith & Nephew Genesis II", "Smith & Nephew Genesis II эндопротезімен"),
                                              (["эндопротез DePuy Attune"], "эндопротезом DePuy Attune", "DePuy Attune эндопротезімен")],
    ("acl", "acl_reconstruction"): [(["фиксатор EndoButton", "интерферентный винт Arthrex"], "фиксатором EndoButton на бедре и интерферентным винтом Arthrex в большеберцовом канале",
                                     "санда EndoButton бекіткішімен, асықты жілік арнасында Arthrex интерференттік бұрандасымен"),
                                    (["интерферентный винт Arthrex"], "двумя интерферентными винтами Arthrex", "екі Arthrex интерференттік бұрандасымен"),
                                    (["фиксатор EndoButton"], "фиксатором EndoButton и биодеградируемым винтом", "EndoButton бекіткішімен және биоыдырайтын бұрандамен")],
    ("meniscus", "partial_meniscectomy"): [([], "", "")],
}


def sample_truth(rng, style, site, kind, key):
    sd = SITE[site]
    f = {k: None for k in FIELD_KEYS}
    tags = []
    f["site"] = site
    f["side"] = rng.choice(["right", "left"]) if rng.random() < 0.94 else None
    frac = site in FRACTURE_SITES
    lower = site in LOWER
    if frac:
        f["fracture_comminuted"] = rng.random() < (0.35 if site not in ("femoral_neck",) else 0.15)
        f["fracture_displaced"] = rng.choice([True, True, True, False, None])
        f["fracture_open"] = rng.choice([False, False, False, True, None]) if site in ("tibial_shaft", "femoral_shaft", "ankle", "distal_radius") else rng.choice([False, False, None])
        if kind == "conservative" and f["fracture_displaced"] and rng.random() < 0.6:
            f["fracture_displaced"] = rng.choice([False, None])
        if kind == "conservative":
            f["fracture_open"] = rng.choice([False, None])
        if kind == "revision":
            f["fracture_displaced"] = True
            f["fracture_open"] = None if site == "femoral_neck" else False
        if kind in ("op",) and key == "external_fixation" and f["fracture_open"] is False and rng.random() < 0.5:
            f["fracture_open"] = True
        if rng.random() < 0.55:
            pool = sd["ao"]
            if f["fracture_comminuted"]:
                pool = [a for a in pool if a[3] in "BC"] or pool
            f["ao_ota"] = rng.choice(pool)
        if kind == "revision" and site == "femoral_neck":
            f["ao_ota"] = None
    if site in ("hip_oa", "knee_oa"):
        f["kl_grade"] = rng.choice([3, 3, 4, 4, 2]) if rng.random() < 0.8 else None
        if kind == "op" or kind == "planned":
            f["kl_grade"] = f["kl_grade"] if f["kl_grade"] in (3, 4, None) else 3
    else:
        if kind != "revision" and rng.random() < 0.82:
            if site in ("acl", "meniscus"):
                f["mechanism"] = rng.choice(["sport", "sport", "home", "fall_street"])
            elif site in ("femoral_neck", "pertrochanteric", "proximal_humerus"):
                f["mechanism"] = rng.choice(["home", "fall_street", "fall_street", "home", "fall_height"])
            elif site in ("femoral_shaft", "tibial_shaft"):
                f["mechanism"] = rng.choice(["traffic", "traffic", "fall_height", "sport", "fall_street"])
            else:
                f["mechanism"] = rng.choice(MECH_ORDER)
    # operation
    op = kind in ("op", "revision", "outside")
    proc_text = None
    if op:
        if kind == "outside":
            f["procedure"] = None
            f["implants"] = ["спицы Киршнера"] if key == "kwire" else []
            tags.append("procedure_outside_list:" + key)
        else:
            f["procedure"] = key
            opts = IMPL[(site, key)]
            choice = rng.choice(opts)
            f["implants"] = list(choice[0])
            proc_text = choice
            if kind == "revision":
                tags.append("revision:" + ("nonunion_screws_to_tha" if site == "femoral_neck" else "secondary_displacement_to_plate"))
        an = rng.random()
        upper = site not in LOWER
        if upper and an < 0.3:
            f["anesthesia"] = None
            tags.append("regional_block_anesthesia")
        elif an < 0.12:
            f["anesthesia"] = None
            tags.append("anesthesia_not_stated")
        else:
            f["anesthesia"] = "general" if (upper or site in ("acl",) and rng.random() < 0.7) else rng.choice(["spinal", "spinal", "general"])
        if site in ("acl", "meniscus") or key in ("kwire",):
            bl = rng.choice([None, None, 50, 100])
        elif key in ("total_hip_arthroplasty", "total_knee_arthroplasty", "hemi"):
            bl = rng.choice([300, 350, 400, 450, 500, 600, None])
        else:
            bl = rng.choice([100, 150, 200, 250, 300, 400, None, None])
        f["blood_loss_ml"] = bl
        if bl is None and rng.random() < 0.5:
            tags.append("blood_loss_minimal_no_number")
    if kind == "conservative":
        tags.append("conservative")
    if kind == "planned":
        tags.append("planned_only")
    # ICD
    codes = []
    icd_primary = sd["icd"]
    if kind == "revision" and site == "femoral_neck":
        icd_primary = "M84.1"
    if site == "meniscus" and rng.random() < 0.3:
        icd_primary = "M23.2"
    if site == "acl" and rng.random() < 0.4:
        icd_primary = "M23.5"
    if site == "hip_oa" and rng.random() < 0.3:
        icd_primary = "M16.0"
    if site == "knee_oa" and rng.random() < 0.3:
        icd_primary = "M17.0"
    if site == "ankle" and rng.random() < 0.4:
        icd_primary = "S82.6" if rng.random() < 0.5 else "S82.5"
    primary_coded = rng.random() < 0.9
    # secondary injury (trauma only)
    sec = None
    if frac and kind != "revision" and rng.random() < 0.3:
        sec = rng.choice(SECONDARY)
        sec_coded = rng.random() < 0.75
        tags.append("secondary_injury")
    else:
        sec_coded = False
    comp = None
    if op and rng.random() < 0.15:
        comp = rng.choice([("dvt", "I80.2"), ("necrosis", None), ("infection", "T81.4")] if lower else [("necrosis", None), ("infection", "T81.4")])
        if comp[0] == "dvt" and rng.random() < 0.4:
            comp = ("dvt", None)
        tags.append("complication:" + comp[0])
    como = []
    if rng.random() < 0.45:
        como = rng.sample(COMORB, rng.choice([1, 1, 2]))
    como_coded = [rng.random() < 0.7 for _ in como]
    z_code = None
    if style == "kk_rehab_intake" and rng.random() < 0.4:
        z_code = "Z96.6" if f["procedure"] in ("total_hip_arthroplasty", "total_knee_arthroplasty") and rng.random() < 0.6 else "Z50.8"
        tags.append("rehab_z_code")
    if kind == "revision" and site == "femoral_neck" and rng.random() < 0.6:
        extra_t84 = "T84.1"
    else:
        extra_t84 = None
    # complaints
    if site in ("hip_oa", "knee_oa"):
        pool = ["pain", "limited_motion", "night_pain", "deformity"]
    elif site == "acl":
        pool = ["pain", "instability", "swelling", "limited_motion"]
    elif site == "meniscus":
        pool = ["pain", "locking", "limited_motion", "swelling"]
    elif lower:
        pool = ["pain", "swelling", "limited_motion", "no_weight_bearing", "deformity"]
    else:
        pool = ["pain", "swelling", "limited_motion", "deformity"]
    if rng.random() < 0.88:
        c = [x for x in pool if x == "pain" and rng.random() < 0.95 or x != "pain" and rng.random() < 0.5]
        if site == "acl" and "instability" not in c and rng.random() < 0.7:
            c.append("instability")
        if site == "meniscus" and "locking" not in c and rng.random() < 0.7:
            c.append("locking")
        if not c:
            c = ["pain"]
        f["complaints"] = [x for x in pool if x in c]
    # rehabilitation
    if rng.random() < (0.95 if style == "kk_rehab_intake" else 0.78):
        pool = ["lfk", "physio", "isometric"]
        if lower:
            pool += ["crutches"] if site not in HIP or rng.random() < 0.5 else ["walker"]
            if site in HIP and rng.random() < 0.4:
                pool += ["walker" if "walker" not in pool else "crutches"]
        if site in KNEE and (op or site == "knee_oa") and kind != "planned":
            pool += ["cpm"]
        r = [x for x in pool if rng.random() < (0.85 if x == "lfk" else 0.5)]
        if not r:
            r = ["lfk"]
        order = ["lfk", "crutches", "walker", "cpm", "physio", "isometric"]
        f["rehabilitation"] = [x for x in order if x in r]
    # restrictions
    rs = []
    if kind == "conservative" and site in ("proximal_humerus", "clavicle"):
        rs.append("sling")
    if kind == "conservative" and site == "humeral_shaft":
        rs.append("brace")
    if rng.random() < 0.85 or rs:
        if lower and site not in ("hip_oa", "knee_oa") or (site in ("hip_oa", "knee_oa") and op):
            if kind != "planned" and rng.random() < 0.85:
                if f["procedure"] in ("total_hip_arthroplasty", "total_knee_arthroplasty") or site in ("acl", "meniscus"):
                    rs.append("partial_weight_bearing")
                else:
                    rs.append(rng.choice(["no_weight_bearing", "no_weight_bearing", "partial_weight_bearing"]))
        if f["procedure"] == "total_hip_arthroplasty" or key == "hemi":
            if rng.random() < 0.75:
                rs.append("hip_precautions")
        if not lower:
            if op and site in ("proximal_humerus", "clavicle") and rng.random() < 0.5 and "sling" not in rs:
                rs.append("sling")
            if rng.random() < 0.6:
                rs.append("no_lifting")
        if site == "acl" and rng.random() < 0.6 or (site == "tibial_plateau" and rng.random() < 0.3):
            rs.append("brace")
        order = ["no_weight_bearing", "partial_weight_bearing", "hip_precautions", "no_lifting", "brace", "sling"]
        if rs:
            f["restrictions"] = [x for x in order if x in rs]
    if f["restrictions"] and {"no_weight_bearing", "partial_weight_bearing"} & set(f["restrictions"]) and rng.random() < 0.7:
        f["weight_bearing_weeks"] = rng.choice([4, 6, 6, 8, 8, 12]) if site not in ("acl", "meniscus") else rng.choice([2, 3, 4])
    if kind == "planned":
        f["follow_up_weeks"] = rng.choice([None, None, 4])
    elif rng.random() < 0.88:
        f["follow_up_weeks"] = rng.choice([2, 3, 4, 4, 6, 6, 8, 12])
    plan = dict(kind=kind, key=key, proc_text=proc_text, icd_primary=icd_primary, primary_coded=primary_coded,
                sec=sec, sec_coded=sec_coded, comp=comp, como=como, como_coded=como_coded, z_code=z_code,
                extra_t84=extra_t84)
    if rng.random() < 0.35 and site in OLD_RU:
        plan["old"] = rng.randint(2012, 2022)
        tags.append("confusable_site_history")
    if f["side"] is None:  # no lateral context at all when the primary side is not stated
        plan.pop("old", None)
        if "confusable_site_history" in tags:
            tags.remove("confusable_site_history")
        if plan["sec"] and plan["sec"][3]:
            plan["sec"] = None
            plan["sec_coded"] = False
            tags.remove("secondary_injury")
    if site in ("radial_head", "distal_radius", "humeral_shaft", "proximal_humerus", "tibial_plateau", "tibial_shaft"):
        tags.append("confusable_site")
    return f, plan, tags


MECH_ORDER = ["fall_street", "fall_height", "traffic", "sport", "home"]


# ---------------------------------------------------------------- text helpers
class Codes:
    """Writes ICD codes into the text (some with Cyrillic look-alike letters) and records their first appearance."""

    def __init__(self, rng):
        self.rng = rng
        self.seen = []

    def __call__(self, c):
        if c not in self.seen:
            self.seen.append(c)
        if self.rng.random() < 0.4 and c[0] in LAT2CYR and (c[0] != "S" or self.rng.random() < 0.3):
            return LAT2CYR[c[0]] + c[1:]
        return c


def sd_ru(side):
    if side == "right":
        return dict(F="правой", M="правого", N="правая", A="правосторонний", adv="справа", short="прав.")
    if side == "left":
        return dict(F="левой", M="левого", N="левая", A="левосторонний", adv="слева", short="лев.")
    return dict(F="", M="", N="", A="", adv="", short="")


def opp(side):
    return {"right": "left", "left": "right"}.get(side, "right")


def kks(side):
    return {"right": "оң жақ", "left": "сол жақ"}.get(side, "")


def gender(s, male):
    """Resolve 'упал(а)', 'споткнулся(-ась)', 'пациент(ка)' for the patient's sex."""
    s = re.sub(r"(\w+)ся\(-ась\)", lambda m: m.group(1) + ("ся" if male else "ась"), s)
    s = re.sub(r"(\w+)\((а|ка)\)", lambda m: m.group(1) + ("" if male else m.group(2)), s)
    return s


def clean(s):
    s = re.sub(r" {2,}", " ", s)
    s = s.replace(" ,", ",").replace(" .", ".").replace("( ", "(").replace(" )", ")")
    return s.strip()


def fmt_ru(t, side):
    return clean(t.format(**sd_ru(side)))


def fmt_kk(t, side):
    return clean(t.format(S=kks(side)))


def ao_txt(ao, rng, lang="ru"):
    cy = "".join(LAT2CYR.get(ch, ch) for ch in ao)
    opts = [f"АО {cy}", f"AO/OTA {ao}", f"тип {ao.replace('-', '')} по AO", f"(АО: {cy.replace('-', '')})"]
    if lang == "kk":
        opts = [f"АО/ОТА бойынша {cy}", f"AO {ao}", f"{ao.replace('-', '')} типі (АО)"]
    return rng.choice(opts)


def diag_ru(f, plan, rng, cd):
    site, side = f["site"], f["side"]
    sd = SITE[site]
    if site in FRACTURE_SITES:
        if plan["kind"] == "revision" and site == "femoral_neck":
            s = fmt_ru("Несросшийся перелом шейки {F} бедренной кости со смещением отломков", side)
            if f["fracture_comminuted"]:
                s = s.replace("Несросшийся перелом", "Несросшийся оскольчатый перелом")
            s += ". Состояние после остеосинтеза канюлированными винтами"
        else:
            parts = []
            if f["fracture_open"] is True:
                parts.append("Открытый")
            elif f["fracture_open"] is False:
                parts.append("Закрытый")
            if f["fracture_comminuted"]:
                parts.append(rng.choice(["оскольчатый", "многооскольчатый"]))
            noun = fmt_ru(sd["ru"], side)
            parts.append(noun if parts else noun[0].upper() + noun[1:])
            if f["fracture_displaced"] is True:
                parts.append("со вторичным смещением отломков" if plan["kind"] == "revision" else rng.choice(["со смещением отломков", "со смещением"]))
            elif f["fracture_displaced"] is False:
                parts.append("без смещения отломков")
            s = " ".join(parts)
            if f["fracture_open"] is True:
                s += f" (Gustilo {rng.choice(['I', 'II', 'IIIA'])})"
        if f["ao_ota"]:
            s += ", " + ao_txt(f["ao_ota"], rng)
    elif site in ("hip_oa", "knee_oa"):
        joint = "тазобедренного" if site == "hip_oa" else "коленного"
        nm = "коксартроз" if site == "hip_oa" else "гонартроз"
        if rng.random() < 0.5:
            s = fmt_ru(f"Первичный деформирующий остеоартроз {{M}} {joint} сустава ({nm})", side)
        else:
            s = (sd_ru(f["side"])["A"] + f" {nm}").strip()
            s = s[0].upper() + s[1:]
        if f["kl_grade"]:
            r = ["I", "II", "III", "IV"][f["kl_grade"] - 1]
            s += rng.choice([f" {r} ст.", f", {r} стадия по Kellgren–Lawrence", f", R-стадия {r} (Kellgren-Lawrence)"])
        s += rng.choice([", ФН II", ", НФС II ст.", ""])
    elif site == "acl":
        if plan["icd_primary"] == "M23.5":
            s = fmt_ru("Хроническая передняя нестабильность {M} коленного сустава. Застарелый разрыв ПКС", side)
        else:
            s = fmt_ru("Разрыв передней крестообразной связки {M} коленного сустава", side)
    else:
        s = fmt_ru("Повреждение заднего рога медиального мениска {M} коленного сустава", side)
        if plan["icd_primary"] == "M23.2":
            s = "Застарелое п" + s[1:]
    if plan["primary_coded"]:
        s += f" ({cd(plan['icd_primary'])})"
        if plan["extra_t84"]:
            s += f", {cd(plan['extra_t84'])}"
    return s


def diag_kk(f, plan, rng, cd):
    site, side = f["site"], f["side"]
    sd = SITE[site]
    S = kks(side)
    if site in FRACTURE_SITES:
        if plan["kind"] == "revision" and site == "femoral_neck":
            s = clean(f"{S} сан сүйегі мойнының {'жарықшалы ' if f['fracture_comminuted'] else ''}бітіспеген сынығы, сынықтарының ығысуымен. Канюлирленген бұрандалармен остеосинтезден кейінгі жағдай")
        else:
            parts = [S, sd["kk"]]
            if f["fracture_open"] is True:
                parts.append("ашық")
            elif f["fracture_open"] is False:
                parts.append("жабық")
            if f["fracture_comminuted"]:
                parts.append(rng.choice(["жарықшалы", "көпжарықшалы"]))
            parts.append("сынығы")
            s = clean(" ".join(parts))
            if f["fracture_displaced"] is True:
                s += ", " + ("сынықтарының екіншілік ығысуымен" if plan["kind"] == "revision" else "сынықтарының ығысуымен")
            elif f["fracture_displaced"] is False:
                s += ", ығысусыз"
            if f["fracture_open"] is True:
                s += f" (Gustilo {rng.choice(['I', 'II', 'IIIA'])})"
        if f["ao_ota"]:
            s += ", " + ao_txt(f["ao_ota"], rng, "kk")
    elif site in ("hip_oa", "knee_oa"):
        j = "жамбас-сан буынының" if site == "hip_oa" else "тізе буынының"
        nm = "коксартрозы" if site == "hip_oa" else "гонартрозы"
        s = clean(f"{S} {j} біріншілік деформациялаушы остеоартрозы ({nm})")
        if f["kl_grade"]:
            r = ["I", "II", "III", "IV"][f["kl_grade"] - 1]
            s += rng.choice([f", {r} саты", f", Kellgren–Lawrence бойынша {r} саты", f", {r} рентгенологиялық саты"])
    elif site == "acl":
        s = clean(f"{S} тізе буынының алдыңғы айқасқан байламының жыртылуы")
        if plan["icd_primary"] == "M23.5":
            s = clean(f"{S} тізе буынының созылмалы алдыңғы тұрақсыздығы, алдыңғы айқасқан байламның ескі жыртылуы")
    else:
        s = clean(f"{S} тізе буынының медиальды мениск артқы мүйізінің жыртылуы")
        if plan["icd_primary"] == "M23.2":
            s = "Ескі жарақат: " + s
    s = s[0].upper() + s[1:]
    if plan["primary_coded"]:
        s += f" ({cd(plan['icd_primary'])})"
        if plan["extra_t84"]:
            s += f", {cd(plan['extra_t84'])}"
    return s


def proc_ru(f, plan, rng):
    site, side, key = f["site"], f["side"], plan["key"]
    sd = SITE.get(site, {})
    M = sd_ru(side)["M"]
    pt = plan["proc_text"]
    if plan["kind"] == "outside":
        if key == "hemi":
            return fmt_ru("Однополюсное эндопротезирование {M} тазобедренного сустава (гемиартропластика) биполярным цементным эндопротезом", side)
        if key == "kwire":
            return f"Закрытая репозиция, чрескожная фиксация {sd['rb']} спицами Киршнера"
        if key == "resection":
            return fmt_ru("Резекция головки {F} лучевой кости", side)
        return fmt_ru("Артроскопия {M} коленного сустава, шов медиального мениска (all-inside)", side)
    p = plan["key"]
    if p == "total_hip_arthroplasty":
        s = fmt_ru("Тотальное эндопротезирование {M} тазобедренного сустава ", side) + pt[1]
        if plan["kind"] == "revision":
            s = "Удаление ранее установленных винтов. " + s
        return s
    if p == "total_knee_arthroplasty":
        return fmt_ru("Тотальное эндопротезирование {M} коленного сустава ", side) + pt[1]
    if p == "cannulated_screws":
        return f"Закрытая репозиция, остеосинтез {sd['rb']} {pt[1]}"
    if p == "intramedullary_nailing":
        return f"Закрытая репозиция, блокируемый интрамедуллярный остеосинтез {sd['rb']} {pt[1]}"
    if p == "plate_osteosynthesis":
        s = f"Открытая репозиция, накостный остеосинтез {sd['rb']} {pt[1]}"
        if plan["kind"] == "revision":
            s = "Удаление спиц, " + s[0].lower() + s[1:]
        return s
    if p == "external_fixation":
        return f"Чрескостный остеосинтез {sd['rb']} {pt[1]}" if "Илизар" in pt[1] else f"Остеосинтез {sd['rb']} {pt[1]}"
    if p == "tension_band_wiring":
        return f"Открытая репозиция, остеосинтез {sd['rb']} {pt[1]}"
    if p == "acl_reconstruction":
        return fmt_ru("Артроскопическая аутопластика ПКС {M} коленного сустава сухожилиями полусухожильной и нежной мышц, фиксация ", side) + pt[1]
    return fmt_ru("Артроскопия {M} коленного сустава, парциальная резекция заднего рога медиального мениска", side)


def proc_kk(f, plan, rng):
    site, side, key = f["site"], f["side"], plan["key"]
    sd = SITE.get(site, {})
    S = kks(side)
    pt = plan["proc_text"]
    if plan["kind"] == "outside":
        if key == "hemi":
            return clean(f"{S} жамбас-сан буынын биполярлы цементті эндопротезбен жартылай эндопротездеу (гемиартропластика)")
        if key == "kwire":
            return f"Жабық репозиция, {sd['kb']} Киршнер сымдарымен тері арқылы бекіту"
        if key == "resection":
            return clean(f"{S} кәрі жілік басының резекциясы")
        return clean(f"{S} тізе буынының артроскопиясы, медиальды мениск тігісі (all-inside)")
    p = plan["key"]
    if p == "total_hip_arthroplasty":
        s = clean(f"{S} жамбас-сан буынын {pt[2]} толық эндопротездеу")
        if plan["kind"] == "revision":
            s = "Бұрын орнатылған бұрандаларды алу. " + s[0].upper() + s[1:]
        return s[0].upper() + s[1:]
    if p == "total_knee_arthroplasty":
        s = clean(f"{S} тізе буынын {pt[2]} толық эндопротездеу")
        return s[0].upper() + s[1:]
    if p == "cannulated_screws":
        return f"Жабық репозиция, {sd['kb']} {pt[2]} остеосинтездеу"
    if p == "intramedullary_nailing":
        return f"Жабық репозиция, {sd['kb']} {pt[2]} интрамедуллярлы бұғатталған остеосинтездеу"
    if p == "plate_osteosynthesis":
        s = f"Ашық репозиция, {sd['kb']} {pt[2]} сүйек үстілік остеосинтездеу"
        if plan["kind"] == "revision":
            s = "Сымдарды алу, а" + s[1:]
        return s
    if p == "external_fixation":
        return f"{sd['kb'][0].upper() + sd['kb'][1:]} {pt[2]} сүйектен тыс остеосинтездеу"
    if p == "tension_band_wiring":
        return f"Ашық репозиция, {sd['kb']} {pt[2]} остеосинтездеу"
    if p == "acl_reconstruction":
        s = clean(f"{S} тізе буынының алдыңғы айқасқан байламын аутотрансплантатпен артроскопиялық пластикалау, {pt[2]} бекіту")
        return s[0].upper() + s[1:]
    s = clean(f"{S} тізе буынының артроскопиясы, медиальды мениск артқы мүйізінің парциалды резекциясы")
    return s[0].upper() + s[1:]


def anes_ru(f, plan, tags, rng):
    asa = rng.choice(["", "", f", ASA {rng.choice(['I', 'II', 'III'])}"])
    if f["anesthesia"] == "spinal":
        return rng.choice(["спинномозговая анестезия", "СМА", "спинальная анестезия"]) + asa
    if f["anesthesia"] == "general":
        return rng.choice(["эндотрахеальный наркоз", "ЭТН", "общая анестезия (ЭТН)"]) + asa
    if "regional_block_anesthesia" in tags:
        return rng.choice(["проводниковая анестезия (блокада плечевого сплетения)", "БПС под УЗ-навигацией"]) + asa
    return None


def anes_kk(f, plan, tags, rng):
    if f["anesthesia"] == "spinal":
        return rng.choice(["жұлын-ми анестезиясы", "субарахноидальды анестезия", "спинальды анестезия (СМА)"])
    if f["anesthesia"] == "general":
        return rng.choice(["жалпы анестезия (ЭТН)", "эндотрахеялық наркоз", "жалпы көктамырішілік анестезия"])
    if "regional_block_anesthesia" in tags:
        return rng.choice(["иық өрімінің өткізгіштік блокадасы", "өткізгіштік анестезия (иық өрімінің блокадасы)"])
    return None


def bl_ru(f, tags, rng):
    if f["blood_loss_ml"] is not None:
        n = f["blood_loss_ml"]
        return rng.choice([f"{n} мл", f"{n},0 мл", f"около {n} мл", f"~{n} мл"])
    if "blood_loss_minimal_no_number" in tags:
        return rng.choice(["минимальная", "незначительная"])
    return None


def bl_kk(f, tags, rng):
    if f["blood_loss_ml"] is not None:
        n = f["blood_loss_ml"]
        return rng.choice([f"{n} мл", f"шамамен {n} мл", f"{n},0 мл"])
    if "blood_loss_minimal_no_number" in tags:
        return "болмашы"
    return None


def cpl_ru(f):
    area = fmt_ru(SITE[f["site"]]["area"], f["side"])
    return ", ".join(CPL_RU[c].format(area=area) for c in f["complaints"])


def cpl_kk(f):
    ka = clean(kks(f["side"]) + " " + SITE[f["site"]]["ka"])
    s = ", ".join(CPL_KK[c].format(ka=ka) for c in f["complaints"])
    return s[0].upper() + s[1:]


def mech_ru(f, rng):
    return rng.choice(MECH_RU[f["mechanism"]])


def mech_kk(f, rng):
    return rng.choice(MECH_KK[f["mechanism"]])


def reh_items(f, lang, rng):
    tab = REH_RU if lang == "ru" else REH_KK
    return [rng.choice(tab[c]) for c in f["rehabilitation"] or []]


def rst_items(f, lang, rng):
    tab = RST_RU if lang == "ru" else RST_KK
    out = []
    for c in f["restrictions"] or []:
        t = rng.choice(tab[c])
        if c in ("no_weight_bearing", "partial_weight_bearing") and f["weight_bearing_weeks"]:
            n = f["weight_bearing_weeks"]
            t += (" — " + wk_ru(n, rng)) if lang == "ru" else (" — " + wk_kk(n, rng, "during"))
        if c == "sling" and rng.random() < 0.6:
            w = rng.choice([3, 4])
            t += f" {w} нед." if lang == "ru" else f" {w} апта"
        out.append(t)
    return out


def fu_ru(f, rng):
    n = f["follow_up_weeks"]
    w = wk_ru(n, rng)
    return rng.choice([f"Контрольный осмотр травматолога с R-контролем через {w}",
                       f"Явка на контрольный осмотр через {w}", f"Рентген-контроль и осмотр травматолога-ортопеда через {w}"])


def fu_kk(f, rng):
    n = f["follow_up_weeks"]
    return rng.choice([f"{wk_kk(n, rng)} травматолог-ортопедтің бақылау қарауы және R-графия",
                       f"Бақылау қарауы — {wk_kk(n, rng)}", f"{wk_kk(n, rng)} рентгенологиялық бақылау"])


def old_ru(f, plan):
    if "old" not in plan:
        return None
    other = CONFUSE[f["site"]] if CONFUSE[f["site"]] in OLD_RU else f["site"]
    side = f["side"] if f["site"] != "hip_oa" else opp(f["side"])
    if other == "femoral_neck" and f["site"] != "hip_oa":
        side = opp(f["side"])
    return f"В {plan['old']} г. — " + fmt_ru(OLD_RU[other], side if plan["old"] % 2 else opp(side))


def old_kk(f, plan):
    if "old" not in plan:
        return None
    other = CONFUSE[f["site"]] if CONFUSE[f["site"]] in OLD_KK else f["site"]
    side = f["side"] if f["site"] != "hip_oa" else opp(f["side"])
    if other == "femoral_neck" and f["site"] != "hip_oa":
        side = opp(f["side"])
    s = fmt_kk(OLD_KK[other], side if plan["old"] % 2 else opp(side))
    return f"{plan['old']} ж. — " + s


def sec_ru(f, plan, cd):
    if not plan["sec"]:
        return None
    t = fmt_ru(plan["sec"][0], opp(f["side"]))
    t = t[0].upper() + t[1:]
    return t + (f" ({cd(plan['sec'][2])})" if plan["sec_coded"] else "")


def sec_kk(f, plan, cd):
    if not plan["sec"]:
        return None
    t = fmt_kk(plan["sec"][1], opp(f["side"]))
    t = t[0].upper() + t[1:]
    return t + (f" ({cd(plan['sec'][2])})" if plan["sec_coded"] else "")


def comp_ru(f, plan, cd):
    c = plan["comp"]
    if not c:
        return None
    if c[0] == "dvt":
        t = fmt_ru("Тромбоз глубоких вен {F} голени", f["side"])
    elif c[0] == "necrosis":
        t = "Краевой некроз кожи в области п/о раны"
    else:
        t = "Поверхностное нагноение п/о раны"
    return t + (f" ({cd(c[1])})" if c[1] else "")


def comp_kk(f, plan, cd):
    c = plan["comp"]
    if not c:
        return None
    if c[0] == "dvt":
        t = fmt_kk("{S} сирақтың терең веналарының тромбозы", f["side"])
    elif c[0] == "necrosis":
        t = "Операциядан кейінгі жара жиегінің некрозы"
    else:
        t = "Операциядан кейінгі жараның беткей іріңдеуі"
    t = t[0].upper() + t[1:]
    return t + (f" ({cd(c[1])})" if c[1] else "")


def como_txt(plan, lang, cd):
    out = []
    for (ru, kk, code), coded in zip(plan["como"], plan["como_coded"]):
        t = ru if lang == "ru" else kk
        out.append(t + (f" ({cd(code)})" if coded else ""))
    return "; ".join(out) if out else None


def cons_ru(f, rng):
    site = f["site"]
    if site in ("distal_radius",):
        return rng.choice(["Закрытая ручная репозиция под местной анестезией, иммобилизация гипсовой лонгетой 5 нед.",
                           "Иммобилизация тыльной гипсовой лонгетой (4 нед.)"])
    if site == "ankle":
        return "Закрытая репозиция, гипсовая иммобилизация до в/3 голени на 6 нед."
    if site == "patella":
        return "Иммобилизация гипсовым тутором в положении разгибания на 4 нед."
    if site == "radial_head":
        return "Пункция локтевого сустава (эвакуировано 15 мл гемартроза), задняя гипсовая лонгета 2 нед."
    if site in ("proximal_humerus", "clavicle"):
        return rng.choice(["Консервативное лечение: иммобилизация, обезболивание, контроль R-графии",
                           "Консервативно: иммобилизация, НПВС"])
    if site == "humeral_shaft":
        return "Консервативное лечение: гипсовая U-образная лонгета с последующим переводом в функциональный ортез (брейс Sarmiento)"
    return "Консервативная терапия: НПВС, хондропротекторы, внутрисуставное введение препарата гиалуроновой кислоты"


def cons_kk(f, rng):
    site = f["site"]
    if site == "distal_radius":
        return "Жергілікті жансыздандырумен жабық репозиция, гипс лонгетамен иммобилизация 5 апта"
    if site == "ankle":
        return "Жабық репозиция, сирақтың жоғарғы үштен біріне дейін гипс таңғыш (6 апта)"
    if site == "patella":
        return "Тізе буынын жазылған қалыпта гипс тутормен иммобилизациялау (4 апта)"
    if site == "radial_head":
        return "Шынтақ буынының пункциясы (15 мл гемартроз шығарылды), артқы гипс лонгета 2 апта"
    if site in ("proximal_humerus", "clavicle"):
        return "Консервативті ем: иммобилизация, ауырсынуды басу, R-бақылау"
    if site == "humeral_shaft":
        return "Консервативті ем: U-тәрізді гипс лонгета, кейіннен функционалдық ортез (Sarmiento брейсі)"
    return "Консервативті ем: ҚҚСП, хондропротекторлар, гиалурон қышқылын буын ішіне енгізу"


# ---------------------------------------------------------------- style 1: ВКК protocol (ru)
def build_vkk(rng, f, plan, tags, p, variant_i):
    cd = Codes(rng)
    city = rng.choice(CITIES)
    kind = plan["kind"]
    purpose = {"planned": "quota"}.get(kind, rng.choice(["sick_leave", "sick_leave", "transfer"]))
    if kind == "planned" and f["site"] in ("femoral_neck",):
        purpose = "quota"
    adm = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    inj = adm - dt.timedelta(days=rng.choice([0, 0, 1, 2]))
    opd = adm + dt.timedelta(days=rng.randint(1, 4))
    vkk = opd + dt.timedelta(days=rng.randint(5, 12))
    L = []
    L.append(f"ГКП на ПХВ «{rng.choice(['Городская больница №', 'Городская клиническая больница №', 'Многопрофильная городская больница №'])}{rng.randint(1, 9)}»")
    L.append(f"Управление здравоохранения г. {city[0]}")
    L.append(f"{rng.choice(['Травматологическое отделение', 'Отделение травматологии и ортопедии', 'Ортопедическое отделение'])} №{rng.randint(1, 3)}")
    L.append("")
    L.append(f"ПРОТОКОЛ ЗАСЕДАНИЯ ВКК № {rng.randint(40, 990)}")
    L.append(f"врачебно-консультативной комиссии от {d(vkk)} г.")
    L.append("")
    L.append(f"Председатель: заместитель главного врача по лечебной работе {doctor(rng)}")
    mem = [f"заведующий травматологическим отделением {doctor(rng)}", f"лечащий врач травматолог-ортопед {doctor(rng)}"]
    if rng.random() < 0.6:
        mem.append(f"врач-реабилитолог {doctor(rng)}")
    if rng.random() < 0.4:
        mem.append(f"врач-терапевт {doctor(rng)}")
    if rng.random() < 0.5:
        L.append("Члены комиссии:")
        for m in mem:
            L.append(f"- {m}")
    else:
        L.append("Члены комиссии: " + "; ".join(mem) + ".")
    L.append(f"Секретарь: {doctor(rng)}")
    L.append("")
    L.append(f"Ф.И.О. пациента: {p['name']}")
    L.append(f"ИИН: {p['iin']}    Дата рождения: {d(p['birth'])} ({p['age']} лет)")
    if purpose == "sick_leave":
        L.append(f"Место работы: {rng.choice(['ТОО «КазСтройСервис»', 'АО «КазТрансОйл»', 'КГУ «Школа-лицей №12»', 'ИП «Нурлы-Жол»', 'ТОО «Агрофирма Береке»'])}, {rng.choice(['водитель', 'учитель', 'мастер участка', 'бухгалтер', 'электромонтёр', 'продавец'])}")
    L.append(f"Медицинская карта стационарного пациента № {rng.randint(1000, 29999)}/{rng.randint(1, 9)}")
    L.append(f"Дата поступления: {d(adm)}")
    goal = {"sick_leave": "продление листа временной нетрудоспособности свыше 20 дней",
            "transfer": rng.choice(["решение вопроса о переводе на II этап медицинской реабилитации", "перевод для продолжения лечения по месту жительства"]),
            "quota": "направление на получение высокотехнологичной медицинской услуги (ВТМУ) — эндопротезирование"}[purpose]
    L.append(f"Цель ВКК: {goal}")
    L.append("")
    # anamnesis
    L.append("Анамнез заболевания:")
    a = []
    site = f["site"]
    if site in ("hip_oa", "knee_oa"):
        a.append(f"Со слов пациента, боли в {'тазобедренном' if site == 'hip_oa' else 'коленном'} суставе беспокоят в течение {rng.randint(3, 12)} лет, консервативное лечение без стойкого эффекта.")
    elif kind == "revision" and site == "femoral_neck":
        a.append(f"В {adm.year - 1} г. по поводу перелома шейки бедра выполнен остеосинтез канюлированными винтами. В течение последних месяцев нарастание болей, R-признаки несращения и миграции винтов.")
    elif f["mechanism"]:
        a.append(f"Травма {d(inj)}: {mech_ru(f, rng)}. Доставлен(а) бригадой СМП в приёмный покой.")
    else:
        a.append(f"Травма {d(inj)}, обстоятельства травмы пациент(ка) не помнит. Обратился(-ась) в приёмный покой.")
    if kind == "revision" and site == "distal_radius":
        a.append("Первично выполнена закрытая репозиция и гипсовая иммобилизация; на контрольной R-грамме на 7-е сутки — вторичное смещение отломков.")
    if f["complaints"]:
        a.append(f"При поступлении жалобы на {cpl_ru(f)}.")
    o = old_ru(f, plan)
    if o:
        a.append(f"Из анамнеза: {o}.")
    L.append(" ".join(a))
    L.append("")
    L.append("Диагноз основной: " + diag_ru(f, plan, rng, cd))
    s2 = sec_ru(f, plan, cd)
    if s2:
        L.append("Сопутствующая травма: " + s2)
    c2 = comp_ru(f, plan, cd)
    if c2:
        L.append("Осложнение: " + c2)
    cm = como_txt(plan, "ru", cd)
    if cm:
        L.append("Сопутствующие заболевания: " + cm)
    L.append("")
    L.append("Проведённое лечение:")
    if kind in ("op", "revision", "outside"):
        L.append(f"{d(opd)} — операция: {proc_ru(f, plan, rng)}.")
        an = anes_ru(f, plan, tags, rng)
        bl = bl_ru(f, tags, rng)
        bits = []
        if an:
            bits.append(f"Анестезия: {an}")
        if bl:
            bits.append(f"Кровопотеря: {bl}")
        if bits:
            L.append(". ".join(bits) + ".")
        L.append(rng.choice(["Антибиотикопрофилактика цефазолином 2,0 г в/в.", "Инфузионная терапия 1200,0 мл, обезболивание.",
                             "Тромбопрофилактика: эноксапарин 40 мг п/к 1 раз в сутки 35 дней.", "Швы сняты на 12-е сутки, заживление первичным натяжением."]))
    elif kind == "conservative":
        L.append(cons_ru(f, rng) + ".")
    else:
        if site == "femoral_neck":
            L.append("Скелетное вытяжение за бугристость большеберцовой кости, обезболивание, антикоагулянты. Учитывая возраст и характер перелома, показано тотальное эндопротезирование ТБС.")
        else:
            L.append("Консервативная терапия (НПВС, хондропротекторы), на фоне лечения болевой синдром сохраняется. Показано тотальное эндопротезирование.")
    rh_in = None
    if f["rehabilitation"]:
        items = reh_items(f, "ru", rng)
        # split: part in hospital course, part in decision
        k = rng.randint(0, len(items))
        rh_in, rh_dec = items[:k], items[k:]
        if rh_in:
            L.append("В отделении: " + ", ".join(rh_in) + ".")
    else:
        rh_dec = []
    L.append("")
    L.append(rng.choice(["Объективно на момент осмотра комиссией:", "Состояние на момент ВКК:"]))
    obj = ["Состояние удовлетворительное."]
    if rng.random() < 0.6:
        obj.append(f"Жалобы на {rng.choice(TODAY_RU)}.")
    if kind in ("op", "revision", "outside"):
        obj.append(rng.choice(["П/о рана зажила, швы сняты.", "Повязка сухая, рана без признаков воспаления."]))
    obj.append(rng.choice(["Нейроциркуляторных нарушений нет.", "Пульсация на периферических артериях сохранена.", f"Температура тела 36,{rng.randint(4, 8)} °С."]))
    L.append(" ".join(obj))
    L.append(f"Лист временной нетрудоспособности открыт {d(adm)}, длительность на дату ВКК — {(vkk - adm).days} дней." if purpose == "sick_leave" else "Заключение: " + rng.choice(["пациент нуждается в продолжении лечения", "прогноз благоприятный"]) + ".")
    L.append("")
    L.append("Решение ВКК:")
    dec = []
    if purpose == "sick_leave":
        dec.append(f"Продлить лист временной нетрудоспособности с {d(vkk + dt.timedelta(days=1))} по {d(vkk + dt.timedelta(days=rng.choice([10, 15, 20])))}.")
    elif purpose == "transfer":
        dec.append(rng.choice(["Перевести на II этап медицинской реабилитации в реабилитационный центр.", "Выписать с переводом под наблюдение травматолога поликлиники по месту жительства."]))
    else:
        dec.append("Направить документы на портал Бюро госпитализации для получения квоты на ВТМУ (тотальное эндопротезирование).")
    rs = rst_items(f, "ru", rng)
    if rs:
        dec.append("Режим: " + "; ".join(rs) + ".")
    if rh_dec:
        dec.append(("Продолжить: " if rh_in else "Рекомендовано: ") + ", ".join(rh_dec) + ".")
    if f["follow_up_weeks"]:
        dec.append(fu_ru(f, rng).rstrip(".") + ".")
    if purpose == "sick_leave":
        dec.append(f"Повторно представить на ВКК {d(vkk + dt.timedelta(days=rng.choice([10, 15])))}.")
    if rng.random() < 0.5:
        dec.append(rng.choice(["Продолжить приём ривароксабана 10 мг 1 раз в сутки до 35 дней после операции." if kind in ("op", "revision", "outside") else "Кальций D3 по 1 таб. 2 раза в день 30 дней.",
                               "Анальгетики при болях.", "Наблюдение терапевта по месту жительства."]))
    for i, x in enumerate(dec, 1):
        L.append(f"{i}. {x}")
    L.append("")
    L.append("Пациент с решением ознакомлен(а).")
    L.append(f"Председатель ВКК ____________ / Секретарь ____________")
    variant = purpose
    return L, cd.seen, variant


# ---------------------------------------------------------------- style 2: insurer / ФСМС review (mixed)
def build_ins(rng, f, plan, tags, p, variant_i):
    cd = Codes(rng)
    city = rng.choice(CITIES)
    kind = plan["kind"]
    adm = dt.date(2024, 6, 1) + dt.timedelta(days=rng.randint(0, 330))
    inj = adm - dt.timedelta(days=rng.choice([0, 0, 1, 3]))
    opd = adm + dt.timedelta(days=rng.randint(1, 4))
    dis = opd + dt.timedelta(days=rng.randint(5, 11))
    rev = dis + dt.timedelta(days=rng.randint(25, 90))
    L = []
    L.append("«Әлеуметтік медициналық сақтандыру қоры» КеАҚ / НАО «Фонд социального медицинского страхования»")
    L.append(f"{city[1]} қаласы бойынша филиал / Филиал по г. {city[0]}")
    L.append("Медициналық көрсетілетін қызметтердің сапасы мен көлемін мониторингтеу бөлімі")
    L.append("")
    L.append(f"САРАПТАМА АКТІСІ / АКТ ЭКСПЕРТИЗЫ № {rng.randint(100, 9999)}-{rev.strftime('%m')}")
    L.append(rng.choice(["пролеченного случая стационарной помощи (ретроспективная экспертиза)", "аяқталған стационарлық емдеу жағдайының сараптамасы / экспертиза законченного случая"]))
    L.append("")
    L.append(f"Сараптама күні / Дата экспертизы: {d(rev)}")
    L.append(f"Жеткізуші / Поставщик: ГКП на ПХВ «{rng.choice(['Городская клиническая больница №', 'Многопрофильная больница №', 'Городская больница скорой помощи №'])}{rng.randint(1, 9)}» г. {city[0]}")
    L.append(f"Бөлімше / Отделение: {rng.choice(['травматология', 'травматологии и ортопедии', 'ортопедия'])}")
    L.append(f"Науқас / Пациент: {p['name']}, ЖСН / ИИН {p['iin']}, {p['age']} жас/лет")
    L.append(f"Ауру тарихы / ИБ № {rng.randint(1000, 39999)}")
    L.append(f"Емдеуге жатқызу / Госпитализация: {rng.choice(['шұғыл / экстренная', 'экстренная (СМП)']) if kind != 'op' or f['site'] not in ('hip_oa', 'knee_oa') else 'жоспарлы / плановая (портал БГ)'}")
    L.append(f"Мерзімі / Период: {d(adm)} – {d(dis)}, төсек-күн / койко-дней: {(dis - adm).days}")
    L.append(f"КЗГ / КЗГ-код: {rng.randint(1000, 9999)}, тариф {rng.randint(150, 990)} {rng.randint(100, 999)} тг")
    L.append("")
    L.append("І. МЕДИЦИНАЛЫҚ ҚҰЖАТТАМА ДЕРЕКТЕРІ / ДАННЫЕ МЕДИЦИНСКОЙ ДОКУМЕНТАЦИИ")
    site = f["site"]
    rows = []
    # complaints / anamnesis
    if f["complaints"]:
        if rng.random() < 0.5:
            rows.append(("Түскен кездегі шағымдары", cpl_kk(f)))
        else:
            rows.append(("Жалобы при поступлении", "на " + cpl_ru(f)))
    if site in ("hip_oa", "knee_oa"):
        rows.append(("Anamnesis morbi", f"Болеет в течение {rng.randint(3, 12)} лет, консервативное лечение без эффекта"))
    elif kind == "revision" and site == "femoral_neck":
        rows.append(("Anamnesis morbi", f"{adm.year - 1} ж. сан сүйегі мойнының сынығына байланысты бұрандалармен остеосинтез жасалған; бітіспеу, бұрандалардың миграциясы"))
    elif f["mechanism"]:
        if rng.random() < 0.5:
            rows.append(("Жарақат жағдайы", f"{d(inj)} {mech_kk(f, rng)}"))
        else:
            rows.append(("Обстоятельства травмы", f"{d(inj)} {mech_ru(f, rng)}"))
    else:
        rows.append(("Анамнез", f"Травма {d(inj)}, обстоятельства не уточнены"))
    if kind == "revision" and site == "distal_radius":
        rows.append(("Алдыңғы ем / Предшествующее лечение", "закрытая репозиция, гипс; на 7-е сутки вторичное смещение"))
    o = old_ru(f, plan) if rng.random() < 0.5 else old_kk(f, plan)
    if o:
        rows.append(("Анамнез vitae", o))
    for k, v in rows:
        L.append(f"{k}: {v}")
    L.append("")
    # diagnosis table
    L.append("| Диагноз | Мәтін / Формулировка | АХЖ-10 / МКБ-10 |")
    dg = diag_ru(f, plan, rng, lambda c: c)  # text without codes; codes go to the 3rd column
    prim = re.sub(r" \([A-Z]\d\d(\.\d)?\)(, [A-Z]\d\d(\.\d)?)?$", "", dg) if plan["primary_coded"] else dg
    codecol = ""
    if plan["primary_coded"]:
        codecol = cd(plan["icd_primary"]) + (", " + cd(plan["extra_t84"]) if plan["extra_t84"] else "")
    L.append(f"| Негізгі / Основной | {prim} | {codecol or '—'} |")
    if plan["sec"]:
        t = fmt_ru(plan["sec"][0], opp(f["side"]))
        L.append(f"| Ілеспе жарақат / Сопутствующая травма | {t[0].upper() + t[1:]} | {cd(plan['sec'][2]) if plan['sec_coded'] else '—'} |")
    if plan["comp"]:
        c = comp_ru(f, dict(plan, comp=(plan["comp"][0], None)), cd)
        L.append(f"| Асқыну / Осложнение | {c} | {cd(plan['comp'][1]) if plan['comp'][1] else '—'} |")
    for (ru, kk, code), coded in zip(plan["como"], plan["como_coded"]):
        L.append(f"| Ілеспе ауру / Сопутствующее | {ru if rng.random() < 0.5 else kk} | {cd(code) if coded else '—'} |")
    L.append("")
    if kind in ("op", "revision", "outside"):
        L.append("Операция / Ота:")
        L.append(f"| Күні / Дата | {d(opd)} |")
        pr = proc_ru(f, plan, rng) if rng.random() < 0.6 else proc_kk(f, plan, rng)
        L.append(f"| Атауы / Наименование | {pr} |")
        L.append(f"| МКБ-9 коды | {rng.choice(['79.35', '81.51', '79.36', '78.55', '81.54', '80.6', '81.45', '79.32'])} |")
        an = anes_ru(f, plan, tags, rng) if rng.random() < 0.5 else anes_kk(f, plan, tags, rng)
        if an:
            L.append(f"| Анестезия / Жансыздандыру | {an} |")
        bl = bl_ru(f, tags, rng)
        if bl:
            L.append(f"| Қан жоғалту / Кровопотеря | {bl} |")
        L.append(f"| Хирург | {doctor(rng)} |")
        L.append("")
        L.append(rng.choice([f"Инфузионная терапия: {rng.choice([800, 1000, 1200, 1500])},0 мл кристаллоидов.",
                             "Антибиотикопрофилактика: цефазолин 2,0 г в/в за 30 мин до разреза.",
                             f"Трансфузия СЗП {rng.choice([250, 320, 450])} мл по показаниям (Hb 84 г/л)." if f["blood_loss_ml"] and f["blood_loss_ml"] >= 400 else "Тромбопрофилактика: эноксапарин 40 мг п/к."]))
    elif kind == "conservative":
        L.append("Ем / Лечение: " + (cons_ru(f, rng) if rng.random() < 0.5 else cons_kk(f, rng)) + ".")
    rh = reh_items(f, "ru", rng) if rng.random() < 0.5 else reh_items(f, "kk", rng)
    rh_in_hosp = bool(rh) and rng.random() < 0.4
    if rh_in_hosp:
        L.append("Стационарда / В стационаре: " + ", ".join(rh) + ".")
    L.append("")
    L.append("Шығару кезіндегі ұсыныстар / Рекомендации при выписке:")
    lang = "kk" if rng.random() < 0.5 else "ru"
    recs = []
    if rh and not rh_in_hosp:
        recs.append(", ".join(rh))
    recs += rst_items(f, lang, rng)
    if f["follow_up_weeks"]:
        recs.append(fu_kk(f, rng) if lang == "kk" else fu_ru(f, rng))
    recs.append(rng.choice(["тігістерді 12-14 тәулікте алу" if lang == "kk" else "снятие швов на 12–14 сутки",
                            "ривароксабан 10 мг — 35 күн" if lang == "kk" else "ривароксабан 10 мг 1 р/сут — 35 дней",
                            "учётная форма: выписка передана в ПМСП"]))
    for r in recs:
        L.append(f"- {r[0].upper() + r[1:]}")
    L.append("")
    L.append("ІІ. САРАПШЫ ЕСКЕРТПЕЛЕРІ / ЗАМЕЧАНИЯ ЭКСПЕРТА")
    rem = []
    if plan["primary_coded"]:
        rem.append(rng.choice(["Негізгі диагноздың коды клиникалық деректерге сәйкес.", "Код основного диагноза соответствует клиническим данным и рентгенографии."]))
    else:
        rem.append("Код основного диагноза в титульном листе не указан — дефект оформления.")
    if kind in ("op", "revision", "outside"):
        if f["blood_loss_ml"] is None and "blood_loss_minimal_no_number" not in tags:
            rem.append("В протоколе операции не указан объём кровопотери.")
        if f["anesthesia"] is None and "regional_block_anesthesia" not in tags:
            rem.append("Анестезиологиялық карта ауру тарихына тіркелмеген / анестезиологическая карта отсутствует.")
        rem.append(rng.choice(["Операциядан кейінгі R-бақылау жасалған.", "Послеоперационный R-контроль выполнен, стояние отломков удовлетворительное." if site in FRACTURE_SITES else "Послеоперационный R-контроль выполнен."]))
    if kind == "outside":
        rem.append("Операция коды тарифтік топқа сәйкес / код операции соответствует КЗГ.")
    if plan["comp"]:
        rem.append("Асқыну уақытылы анықталып, емделген / осложнение диагностировано своевременно.")
    rem.append(rng.choice(["Төсек-күн саны негізделген.", "Длительность госпитализации обоснована.", "Необоснованного удлинения сроков лечения не выявлено."]))
    for i, r in enumerate(rem, 1):
        L.append(f"{i}. {r}")
    L.append("")
    L.append("| Сарапшы бағасы / Оценка эксперта | Нәтиже / Результат |")
    L.append(f"| Ақаулар / Дефекты | {'жоқ / нет' if plan['primary_coded'] else 'оформления (1)'} |")
    L.append(f"| Төлемнен алу / Снятие с оплаты | {'жоқ / нет' if plan['primary_coded'] else '10 %'} |")
    L.append("")
    L.append(f"Сарапшы / Эксперт: {doctor(rng)}, травматолог-ортопед, жоғары санат / высшая категория")
    return L, cd.seen, "operative" if kind in ("op", "revision", "outside") else kind


# ---------------------------------------------------------------- style 3: rehab intake card (kk)
def build_reh(rng, f, plan, tags, p, variant_i):
    cd = Codes(rng)
    city = rng.choice(CITIES)
    kind = plan["kind"]
    adm = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    inj = adm - dt.timedelta(days=rng.choice([0, 0, 1, 2]))
    opd = adm + dt.timedelta(days=rng.randint(1, 4))
    dis = opd + dt.timedelta(days=rng.randint(5, 10))
    intake = max(dis + dt.timedelta(days=rng.randint(1, 12)), opd + dt.timedelta(days=rng.randint(14, 24)))
    if kind == "conservative":
        intake = dis + dt.timedelta(days=rng.randint(25, 45))
    site = f["site"]
    L = []
    L.append(f"«{city[1]} {rng.choice(['медициналық оңалту орталығы', 'оңалту орталығы', 'қалпына келтіру емі және оңалту орталығы'])}» {rng.choice(['ЖШС', 'ШЖҚ МКК', 'КеАҚ'])}")
    L.append(f"Медициналық оңалту бөлімшесі (ІІ кезең) · {city[1]} қ.")
    L.append("")
    L.append("ОҢАЛТУҒА ҚАБЫЛДАУ КАРТАСЫ")
    L.append(f"Бастапқы қарау, күні: {d(intake)}")
    L.append("")
    L.append("НАУҚАС ТУРАЛЫ")
    L.append(f"| Т.А.Ә. | {p['name']} |")
    L.append(f"| ЖСН | {p['iin']} |")
    L.append(f"| Туған күні | {d(p['birth'])} ({p['age']} жас) |")
    L.append(f"| Жолдама берген | {city[1]} қ. {rng.choice(['№', 'қалалық ауруханасы №', 'көпбейінді ауруханасы №'])}{rng.randint(1, 9)}, травматология бөлімшесі |")
    L.append(f"| Стационарда болған мерзімі | {d(adm)} – {d(dis)} |")
    L.append("")
    L.append("СТАЦИОНАРДАҒЫ ЕМ (ШЫҒАРУ ЭПИКРИЗІНЕН)")
    if f["complaints"]:
        L.append(f"Стационарға түскен кездегі шағымдары: {cpl_kk(f)}.")
    if site in ("hip_oa", "knee_oa"):
        L.append(f"Анамнезі: {rng.randint(3, 12)} жыл бойы буындағы ауырсыну, консервативті ем нәтижесіз.")
    elif kind == "revision" and site == "femoral_neck":
        L.append(f"Анамнезі: {adm.year - 1} ж. сан сүйегі мойнының сынығына бұрандалармен остеосинтез жасалған, бітіспеу анықталған.")
    elif f["mechanism"]:
        L.append(f"Жарақат алу жағдайы: {d(inj)} {mech_kk(f, rng)}.")
    else:
        L.append(f"Жарақат алған күні: {d(inj)}.")
    if kind == "revision" and site == "distal_radius":
        L.append("Алғашында жабық репозиция және гипс таңғыш; 7-ші тәулікте сынықтардың екіншілік ығысуы.")
    o = old_kk(f, plan)
    if o:
        L.append(f"Өткен жарақаттар: {o}.")
    label = rng.choice(["Қорытынды клиникалық диагноз", "Негізгі диагноз", "Клиникалық диагноз"])
    if plan["primary_coded"] and rng.random() < 0.5:
        dg = diag_kk(f, plan, rng, lambda c: c)
        dg = re.sub(r" \([A-Z]\d\d(\.\d)?\)(, [A-Z]\d\d(\.\d)?)?$", "", dg)
        L.append(f"{label}: {dg}.")
        L.append(f"АХЖ-10 коды: {cd(plan['icd_primary'])}" + (f", {cd(plan['extra_t84'])}" if plan["extra_t84"] else ""))
    else:
        L.append(f"{label}: {diag_kk(f, plan, rng, cd)}.")
    s2 = sec_kk(f, plan, cd)
    if s2:
        L.append(f"Ілеспе жарақат: {s2}.")
    c2 = comp_kk(f, plan, cd)
    if c2:
        L.append(f"Асқынуы: {c2}.")
    cm = como_txt(plan, "kk", cd)
    if cm:
        L.append(f"Ілеспе аурулар: {cm}.")
    if kind in ("op", "revision", "outside"):
        L.append(f"Ота ({d(opd)}): {proc_kk(f, plan, rng)}.")
        an = anes_kk(f, plan, tags, rng)
        bl = bl_kk(f, tags, rng)
        bits = []
        if an:
            bits.append(f"Анестезия: {an}")
        if bl:
            bits.append(f"Қан жоғалту: {bl}")
        if bits:
            L.append(". ".join(bits) + ".")
        L.append(rng.choice(["Тігістер 13-ші тәулікте алынған, жара бірінші ниетпен жазылған.",
                             f"Инфузиялық ем {rng.choice([800, 1000, 1200])},0 мл, антибиотикопрофилактика.",
                             "Эноксапарин 40 мг т/а 10 күн, кейін ривароксабан 35 күнге дейін."]))
    else:
        L.append(f"Ем: {cons_kk(f, rng)}.")
    L.append("")
    L.append("БҮГІНГІ ЖАҒДАЙЫ")
    L.append("Шағымдары: " + ", ".join(rng.sample(TODAY_KK, rng.choice([1, 2]))) + ".")
    obj = ["Жалпы жағдайы қанағаттанарлық."]
    if site in KNEE:
        obj.append(f"Тізе буынында бүгілу {rng.choice([70, 80, 95, 100, 110])}°, жазылу толық емес (-{rng.choice([5, 10])}°).")
    elif site in HIP + ["femoral_shaft"]:
        obj.append(f"Жамбас буынында бүгілу {rng.choice([70, 80, 85, 95])}°.")
    elif site not in LOWER:
        obj.append(f"Буынның қимыл көлемі шектелген, бұлшықет күші {rng.choice([3, 4])} балл.")
    else:
        obj.append(f"Сирақ-табан буынында қимыл көлемі {rng.choice([50, 60, 70])}% шамасында.")
    obj.append("Жара жазылған." if kind in ("op", "revision", "outside") else "Тері жабындары таза.")
    if f["rehabilitation"] and "crutches" in f["rehabilitation"] and rng.random() < 0.5:
        obj.append("Балдақпен өз бетінше жүреді.")
    L.append(" ".join(obj))
    L.append(f"Шкалалар: ВАШ {rng.randint(2, 6)} балл, Бартел индексі {rng.choice([55, 65, 75, 85, 90])} балл, ШРМ {rng.choice([2, 3, 4])} балл.")
    if plan["z_code"]:
        L.append(f"Оңалту кезеңінің коды: {cd(plan['z_code'])}")
    L.append("")
    L.append("ОҢАЛТУ БАҒДАРЛАМАСЫ")
    L.append(f"Курс ұзақтығы: {rng.choice([10, 12, 14])} күн. Оңалту әлеуеті: {rng.choice(['жоғары', 'орташа'])}.")
    rh = reh_items(f, "kk", rng)
    if rh or True:
        L.append("| Іс-шара | Жиілігі | Саны |")
        for x in rh:
            L.append(f"| {x[0].upper() + x[1:]} | {rng.choice(['күн сайын', 'күніне 2 рет', 'аптасына 5 рет'])} | {rng.choice([8, 10, 12])} |")
        L.append(f"| Психолог кеңесі | аптасына 1 рет | 2 |")
        L.append(f"| Науқасқа арналған мектеп | бір рет | 1 |")
    L.append("")
    L.append("ШЕКТЕУЛЕР / РЕЖИМ")
    rs = rst_items(f, "kk", rng)
    if rs:
        for r in rs:
            L.append(f"- {r[0].upper() + r[1:]}")
    else:
        L.append("- Арнайы шектеулер көрсетілмеген")
    L.append("")
    if f["follow_up_weeks"]:
        L.append(f"КЕЛЕСІ БАҚЫЛАУ: {fu_kk(f, rng).rstrip('.')}.")
    else:
        L.append("КЕЛЕСІ БАҚЫЛАУ: курс соңында оңалту дәрігерінің қорытындысы.")
    L.append("")
    L.append(f"Оңалту дәрігері: {doctor(rng)}    Мультидисциплинарлық топ жетекшісі: {doctor(rng)}")
    return L, cd.seen, "operative" if kind in ("op", "revision", "outside") else kind


BUILDERS = {"vkk_protocol_ru": build_vkk, "insurance_review_mixed": build_ins, "kk_rehab_intake": build_reh}


OVERRIDE = {  # second record of a site: fixed hard cases per style (the rest is drawn from SPECIAL)
    "vkk_protocol_ru": {"femoral_neck": ("planned", "total_hip_arthroplasty"), "distal_radius": ("revision", "plate_osteosynthesis"),
                        "radial_head": ("conservative", None), "proximal_humerus": ("outside", "kwire")},
    "insurance_review_mixed": {"femoral_neck": ("outside", "hemi"), "radial_head": ("outside", "resection"),
                               "distal_radius": ("revision", "plate_osteosynthesis"), "humeral_shaft": ("conservative", None)},
    "kk_rehab_intake": {"femoral_neck": ("revision", "total_hip_arthroplasty"), "distal_radius": ("conservative", None),
                        "proximal_humerus": ("outside", "kwire"), "meniscus": ("outside", "suture"), "ankle": ("conservative", None)},
}


def plan_style(rng, style):
    slots = []
    for s in SITES:
        n = 1 if s in SINGLE[style] else 2
        first = rng.choice(OPS[s])
        slots.append((s, first))
        if n == 2:
            sp = list(SPECIAL[s])
            if style != "vkk_protocol_ru":
                sp = [x for x in sp if x[0] != "planned"] or list(OPS[s])
            if style == "vkk_protocol_ru" and s in ("hip_oa", "knee_oa"):
                sp = [x for x in sp if x[0] == "planned"]
            if style == "kk_rehab_intake" and s in ("hip_oa", "knee_oa"):
                sp = list(OPS[s]) if s == "hip_oa" else sp
            pick = rng.choice(sp)
            slots.append((s, OVERRIDE[style].get(s, pick)))
    rng.shuffle(slots)
    return slots


def main():
    rng = random.Random(SEED)
    (HERE / "records").mkdir(exist_ok=True)
    for old in sorted((HERE / "records").glob("*.txt")):
        old.unlink()
    truth, meta = [], []
    for style, prefix, lang in STYLES:
        slots = plan_style(rng, style)
        for i, (site, (kind, key)) in enumerate(slots, 1):
            rid = f"{prefix}{i:03d}"
            f, plan, tags = sample_truth(rng, style, site, kind, key)
            p = person(rng, site in ELDERLY)
            lines, seen, variant = BUILDERS[style](rng, f, plan, tags, p, i)
            f["icd10"] = seen or None
            # the codes were sampled in plan; the writer reports the order they were written in
            want = [plan["icd_primary"]] if plan["primary_coded"] else []
            want += [plan["extra_t84"]] if plan["extra_t84"] and plan["primary_coded"] else []
            want += [plan["sec"][2]] if plan["sec"] and plan["sec_coded"] else []
            want += [plan["comp"][1]] if plan["comp"] and plan["comp"][1] else []
            want += [c[2] for c, k in zip(plan["como"], plan["como_coded"]) if k]
            want += [plan["z_code"]] if plan["z_code"] else []
            assert sorted(set(want)) == sorted(seen), (rid, want, seen)
            text = re.sub(r"\.\.(?=\s|$)", ".", gender("\n".join(lines), p["male"])) + "\n"
            (HERE / "records" / f"{rid}.txt").write_text(text, encoding="utf-8")
            truth.append({"id": rid, "style": style, "language": lang, "fields": {k: f[k] for k in FIELD_KEYS}})
            meta.append({"id": rid, "style": style, "variant": variant, "kind": kind, "tags": tags})
    with open(HERE / "truth.jsonl", "w", encoding="utf-8") as fh:
        for r in truth:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(HERE / "meta.jsonl", "w", encoding="utf-8") as fh:
        for r in meta:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(truth)} records")


if __name__ == "__main__":
    main()
