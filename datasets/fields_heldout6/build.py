#!/usr/bin/env python3
"""fields_heldout6 — blind synthetic field-extraction set (90 records, 3 styles).

Deterministic, standard library only:  python3 build.py
Writes records/<id>.txt, truth.jsonl, meta.jsonl (byte-identical across runs / PYTHONHASHSEED).
For every record the truth (ctx) is sampled first; the text is then written from it.
"""
import datetime as dt
import json
import random
import re
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = "fields_heldout6"
R = random.Random(SEED)

FIELD_KEYS = ["site", "side", "fracture_displaced", "fracture_comminuted", "fracture_open", "ao_ota", "kl_grade",
              "mechanism", "procedure", "implants", "anesthesia", "blood_loss_ml", "icd10", "complaints",
              "rehabilitation", "restrictions", "weight_bearing_weeks", "follow_up_weeks"]
FRACTURE_SITES = {"femoral_neck", "pertrochanteric", "femoral_shaft", "distal_radius", "ankle", "tibial_shaft",
                  "proximal_humerus", "patella", "radial_head", "humeral_shaft", "tibial_plateau", "clavicle"}
LOWER = {"femoral_neck", "pertrochanteric", "femoral_shaft", "ankle", "tibial_shaft", "patella", "tibial_plateau",
         "hip_oa", "knee_oa", "acl", "meniscus"}
KNEE = {"patella", "tibial_plateau", "knee_oa", "acl", "meniscus"}

# ----------------------------------------------------------------------------------------------------------
# vocabulary
SIDE = {
    "right": dict(f="правой", m="правого", n="правое", fa="правую", adv="справа", kk="оң жақ", ab="прав."),
    "left": dict(f="левой", m="левого", n="левое", fa="левую", adv="слева", kk="сол жақ", ab="лев."),
    None: dict(f="", m="", n="", fa="", adv="", kk="", ab=""),
}
THIRD_RU = [("в/3", "верхней трети"), ("ср/3", "средней трети"), ("н/3", "нижней трети")]
THIRD_KK = ["жоғарғы үштен бірінде", "ортаңғы үштен бірінде", "төменгі үштен бірінде"]

# site: (ru diagnosis template, kk template with {a} before "сынығы"/noun, icd, ao choices)
SITE = {
    "femoral_neck": dict(ru=["перелом шейки {f} бедренной кости", "медиальный перелом шейки {f} бедренной кости"],
                         kk=["{s} ортан жілік мойнының {a}сынығы"], icd="S72.0", ao=["31-B1", "31-B2", "31-B3"]),
    "pertrochanteric": dict(ru=["чрезвертельный перелом {f} бедренной кости", "вертельный (чрезвертельный) перелом {f} бедра"],
                            kk=["{s} ортан жіліктің ұршықаралық {a}сынығы"], icd="S72.1", ao=["31-A1", "31-A2", "31-A3"]),
    "femoral_shaft": dict(ru=["перелом диафиза {f} бедренной кости в {t}"], kk=["{s} ортан жілік диафизінің {t} {a}сынығы"],
                          icd="S72.3", ao=["32-A2", "32-B2", "32-C2", "32-A3"]),
    "distal_radius": dict(ru=["перелом дистального метаэпифиза {f} лучевой кости", "перелом {f} лучевой кости в типичном месте"],
                          kk=["{s} кәрі жіліктің дистальды метаэпифизінің {a}сынығы", "{s} кәрі жіліктің типтік жердегі {a}сынығы"],
                          icd="S52.5", ao=["23-A2", "23-A3", "23-C1", "23-C2"]),
    "ankle": dict(ru=["перелом обеих лодыжек {f} голени", "перелом наружной лодыжки {f} голени с разрывом дистального межберцового синдесмоза",
                      "трёхлодыжечный перелом {f} голени"],
                  kk=["{s} сирақтың екі тобығының {a}сынығы", "{s} сыртқы тобықтың {a}сынығы, дистальды жіліншікаралық синдесмоздың жыртылуымен"],
                  icd="S82.8", ao=["44-B1", "44-B2", "44-C1", "44-B3"]),
    "tibial_shaft": dict(ru=["перелом диафиза {f} большеберцовой кости в {t}", "перелом обеих костей {f} голени в {t}"],
                         kk=["{s} үлкен жіліншік диафизінің {t} {a}сынығы", "{s} сирақтың екі сүйегінің {t} {a}сынығы"],
                         icd="S82.2", ao=["42-A2", "42-A3", "42-B2", "42-C2"]),
    "proximal_humerus": dict(ru=["перелом хирургической шейки {f} плечевой кости", "перелом проксимального отдела {f} плечевой кости"],
                             kk=["{s} тоқпан жіліктің хирургиялық мойнының {a}сынығы", "{s} тоқпан жіліктің проксимальды бөлігінің {a}сынығы"],
                             icd="S42.2", ao=["11-A2", "11-A3", "11-B1", "11-C1"]),
    "patella": dict(ru=["перелом {m} надколенника"], kk=["{s} тізе тобығының {a}сынығы"], icd="S82.0", ao=["34-A1", "34-C1", "34-C3"]),
    "radial_head": dict(ru=["перелом головки {f} лучевой кости"], kk=["{s} кәрі жілік басының {a}сынығы"], icd="S52.1", ao=["21-B2", "21-A2"]),
    "humeral_shaft": dict(ru=["перелом диафиза {f} плечевой кости в {t}"], kk=["{s} тоқпан жілік диафизінің {t} {a}сынығы"],
                          icd="S42.3", ao=["12-A2", "12-A3", "12-B2", "12-C1"]),
    "tibial_plateau": dict(ru=["перелом латерального мыщелка {f} большеберцовой кости", "перелом плато {f} большеберцовой кости"],
                           kk=["{s} үлкен жіліншіктің латеральды айдаршығының {a}сынығы", "{s} үлкен жіліншік тегістігінің {a}сынығы"],
                           icd="S82.1", ao=["41-B1", "41-B2", "41-B3", "41-C1"]),
    "clavicle": dict(ru=["перелом {f} ключицы в {t}"], kk=["{s} бұғананың {t} {a}сынығы"], icd="S42.0", ao=["15-B1", "15-B2"]),
    "hip_oa": dict(ru=["коксартроз {m} тазобедренного сустава", "деформирующий остеоартроз {m} тазобедренного сустава"],
                   kk=["{s} жамбас-сан буынының біріншілік коксартрозы"], icd="M16.1"),
    "knee_oa": dict(ru=["гонартроз {m} коленного сустава", "деформирующий остеоартроз {m} коленного сустава"],
                    kk=["{s} тізе буынының гонартрозы"], icd="M17.1"),
    "acl": dict(ru=["разрыв передней крестообразной связки {m} коленного сустава"],
                kk=["{s} тізе буынының алдыңғы айқаспалы байламының жыртылуы"], icd="S83.5", icd_old="M23.5"),
    "meniscus": dict(ru=["разрыв заднего рога медиального мениска {m} коленного сустава", "разрыв медиального мениска {m} коленного сустава (по типу «ручки лейки»)"],
                     kk=["{s} тізе буынының медиальды менискісі артқы мүйізінің жыртылуы"], icd="S83.2", icd_old="M23.2"),
}
REGION_RU = {"femoral_neck": "{m} тазобедренного сустава", "pertrochanteric": "{m} тазобедренного сустава", "hip_oa": "{m} тазобедренного сустава",
             "femoral_shaft": "{m} бедра", "distal_radius": "{m} лучезапястного сустава", "ankle": "{m} голеностопного сустава",
             "tibial_shaft": "{f} голени", "proximal_humerus": "{m} плечевого сустава", "radial_head": "{m} локтевого сустава",
             "humeral_shaft": "{m} плеча", "clavicle": "{f} ключицы"}
REGION_KK = {"femoral_neck": "{s} жамбас-сан буынында", "pertrochanteric": "{s} жамбас-сан буынында", "hip_oa": "{s} жамбас-сан буынында",
             "femoral_shaft": "{s} санында", "distal_radius": "{s} білезік буынында", "ankle": "{s} тобық буынында",
             "tibial_shaft": "{s} сирағында", "proximal_humerus": "{s} иық буынында", "radial_head": "{s} шынтақ буынында",
             "humeral_shaft": "{s} иығында", "clavicle": "{s} бұғана аймағында"}
for _k in KNEE:
    REGION_RU[_k] = "{m} коленного сустава"
    REGION_KK[_k] = "{s} тізе буынында"

MECH_RU = {
    "fall_street": ["упал{a} на улице, поскользнувшись на обледенелом тротуаре", "на улице оступил{sya} и упал{a} с высоты собственного роста",
                    "упал{a} у подъезда дома, поскользнувшись"],
    "home": ["упал{a} дома в ванной комнате", "дома, поднимаясь с кровати, упал{a} с высоты собственного роста", "упал{a} в квартире, зацепившись за ковёр"],
    "fall_height": ["упал{a} со стремянки с высоты около 2 м", "упал{a} с крыши хозяйственной постройки", "сорвал{sya} со строительных лесов (высота ~3 м)"],
    "traffic": ["пострадал{a} в ДТП (водитель легкового автомобиля)", "был{a} сбит{a} легковым автомобилем на пешеходном переходе", "ДТП — опрокидывание автомобиля на трассе"],
    "sport": ["травма во время игры в футбол", "травмировал{sya} на тренировке по қазақ күресі", "травма при катании на горных лыжах (Шымбулак)"],
}
MECH_KK = {
    "fall_street": ["көшеде мұз басқан жолда тайып жығылған", "көшеде өз бойы биіктігінен құлаған"],
    "home": ["үйде, ванна бөлмесінде тайып жығылған", "үйінде өз бойы биіктігінен құлаған"],
    "fall_height": ["баспалдақтан (шамамен 2 м биіктіктен) құлаған", "шөп маясынан құлаған", "үйдің шатырынан құлаған"],
    "traffic": ["жол-көлік оқиғасы (ЖКО) кезінде жарақат алған", "жеңіл көліктің соғуынан жарақат алған (жаяу жүргінші)"],
    "sport": ["футбол ойнау кезінде жарақат алған", "күрес жаттығуы кезінде жарақат алған"],
}

COMPL_RU = {"pain": ["боли", "интенсивные боли"], "swelling": ["отёк"], "limited_motion": ["ограничение движений", "ограничение объёма движений"],
            "no_weight_bearing": ["невозможность опоры на ногу"], "deformity": ["деформацию"],
            "instability": ["ощущение нестабильности («подкашивание») в колене"], "locking": ["эпизоды блокады (заклинивания)"],
            "night_pain": ["ночные боли"]}
COMPL_KK = {"pain": ["ауырсыну"], "swelling": ["ісіну"], "limited_motion": ["қозғалыстың шектелуі"], "no_weight_bearing": ["аяққа тірек ете алмау"],
            "deformity": ["пішінінің өзгеруі (деформация)"], "instability": ["тізе буынының тұрақсыздығы"],
            "locking": ["тізе буынының кенеттен бітеліп қалуы (блокада)"], "night_pain": ["түнгі ауырсыну"]}

REHAB_RU = {"lfk": ["ЛФК по индивидуальной программе", "ЛФК"], "crutches": ["ходьба на костылях", "передвижение при помощи костылей"],
            "walker": ["ходьба с ходунками"], "cpm": ["разработка движений на аппарате CPM"], "physio": ["ФТЛ (магнитотерапия)", "физиолечение (УВЧ, магнит)"],
            "isometric": ["изометрическая гимнастика мышц бедра"]}
REHAB_KK = {"lfk": ["ЕДШ (емдік дене шынықтыру)"], "crutches": ["балдақпен жүру"], "walker": ["ходунокпен жүру"],
            "cpm": ["CPM аппаратында буынды жетілдіру"], "physio": ["физиоем (магнитотерапия)"], "isometric": ["сан бұлшықеттеріне изометриялық жаттығулар"]}

ANES_RU = {"spinal": ["спинальная анестезия", "СМА", "спинномозговая анестезия"],
           "general": ["ЭТН", "общая анестезия (ЭТН)", "эндотрахеальный наркоз", "общая анестезия с ларингеальной маской"],
           "plexus": ["проводниковая анестезия — блокада плечевого сплетения под УЗ-навигацией", "блокада плечевого сплетения (межлестничный доступ)"],
           "local": ["местная инфильтрационная анестезия р-ром лидокаина 1% — 10,0 мл", "местная анестезия по методике WALANT (лидокаин 1% 20,0 мл с адреналином)"],
           "sedation": ["внутривенная седация (пропофол) + местная анестезия"]}
ANES_RU_UNDER = {"spinal": ["под СМА", "под спинальной анестезией"], "general": ["под ЭТН", "под эндотрахеальным наркозом", "под общей анестезией"],
                 "plexus": ["под проводниковой анестезией"], "local": ["под местной анестезией"], "sedation": ["под в/в седацией"]}
ANES_KK = {"spinal": ["жұлын-ми анестезиясы", "субарахноидальды анестезия"], "general": ["жалпы анестезия (эндотрахеальды наркоз)"],
           "plexus": ["иық өрімінің өткізгіш блокадасы"], "local": ["жергілікті жансыздандыру (Sol. Lidocaini 2% – 10,0 мл)", "жергілікті жансыздандыру"]}
ANES_KK_WITH = {"spinal": ["жұлын-ми анестезиясымен", "субарахноидальды анестезиямен"], "general": ["жалпы анестезиямен (эндотрахеальды наркоз)"],
                "plexus": ["өткізгіш анестезиямен"], "local": ["жергілікті жансыздандырумен"]}

# operations: procedure (None = outside the list), implants (catalogue names used in THIS operation), ru, kk
OPS = {
    "tha_depuy": ("total_hip_arthroplasty", ["эндопротез DePuy Pinnacle", "эндопротез DePuy Corail"],
                  "тотальное эндопротезирование {m} тазобедренного сустава эндопротезом DePuy (ацетабулярный компонент Pinnacle, бедренный компонент Corail)",
                  "{s} жамбас-сан буынын DePuy эндопротезімен (Pinnacle тостағаны, Corail сан компоненті) толық эндопротездеу"),
    "tha_zimmer": ("total_hip_arthroplasty", ["эндопротез Zimmer"], "тотальное бесцементное эндопротезирование {m} тазобедренного сустава эндопротезом Zimmer",
                   "{s} жамбас-сан буынын Zimmer эндопротезімен толық эндопротездеу"),
    "tka_nexgen": ("total_knee_arthroplasty", ["эндопротез Zimmer NexGen"], "тотальное эндопротезирование {m} коленного сустава эндопротезом Zimmer NexGen",
                   "{s} тізе буынын Zimmer NexGen эндопротезімен толық эндопротездеу"),
    "tka_genesis": ("total_knee_arthroplasty", ["эндопротез Smith & Nephew Genesis II"],
                    "тотальное эндопротезирование {m} коленного сустава эндопротезом Smith & Nephew Genesis II",
                    "{s} тізе буынын Smith & Nephew Genesis II эндопротезімен толық эндопротездеу"),
    "tka_attune": ("total_knee_arthroplasty", ["эндопротез DePuy Attune"], "тотальное эндопротезирование {m} коленного сустава эндопротезом DePuy Attune",
                   "{s} тізе буынын DePuy Attune эндопротезімен толық эндопротездеу"),
    "screws": ("cannulated_screws", ["канюлированные винты Synthes"],
               "закрытая репозиция, остеосинтез шейки {f} бедренной кости тремя канюлированными винтами Synthes",
               "жабық репозиция, {s} ортан жілік мойнын үш Synthes каннюляцияланған бұрандамасымен остеосинтездеу"),
    "pfna": ("intramedullary_nailing", ["интрамедуллярный штифт PFNA"], "закрытый интрамедуллярный остеосинтез {f} бедренной кости штифтом PFNA",
             "{s} ортан жілікті PFNA штифтімен жабық интрамедуллярлы остеосинтездеу"),
    "gamma3": ("intramedullary_nailing", ["штифт Gamma3"], "закрытый остеосинтез {f} бедренной кости проксимальным штифтом Gamma3",
               "{s} ортан жілікті Gamma3 штифтімен жабық остеосинтездеу"),
    "chm_femur": ("intramedullary_nailing", ["интрамедуллярный штифт ChM"], "закрытый блокируемый интрамедуллярный остеосинтез {f} бедренной кости штифтом ChM",
                  "{s} ортан жілікті ChM штифтімен бұғатталатын интрамедуллярлы остеосинтездеу"),
    "chm_tibia": ("intramedullary_nailing", ["интрамедуллярный штифт ChM"], "закрытый блокируемый интрамедуллярный остеосинтез {f} большеберцовой кости штифтом ChM",
                  "{s} үлкен жіліншікті ChM штифтімен бұғатталатын интрамедуллярлы остеосинтездеу"),
    "chm_humerus": ("intramedullary_nailing", ["интрамедуллярный штифт ChM"], "закрытый интрамедуллярный остеосинтез {f} плечевой кости штифтом ChM",
                    "{s} тоқпан жілікті ChM штифтімен интрамедуллярлы остеосинтездеу"),
    "aptus": ("plate_osteosynthesis", ["пластина APTUS"], "открытая репозиция, накостный остеосинтез {f} лучевой кости волярной пластиной APTUS",
              "ашық репозиция, {s} кәрі жілікті APTUS пластинасымен сүйекүсті остеосинтездеу"),
    "philos": ("plate_osteosynthesis", ["пластина PHILOS"], "открытая репозиция, остеосинтез проксимального отдела {f} плечевой кости пластиной PHILOS",
               "ашық репозиция, {s} тоқпан жіліктің проксимальды бөлігін PHILOS пластинасымен остеосинтездеу"),
    "lcp_plateau": ("plate_osteosynthesis", ["пластина LCP"], "открытая репозиция, остеосинтез латерального мыщелка {f} большеберцовой кости пластиной LCP",
                    "ашық репозиция, {s} үлкен жіліншіктің латеральды айдаршығын LCP пластинасымен остеосинтездеу"),
    "lcp_clav": ("plate_osteosynthesis", ["пластина LCP"], "открытая репозиция, накостный остеосинтез {f} ключицы пластиной LCP",
                 "ашық репозиция, {s} бұғананы LCP пластинасымен сүйекүсті остеосинтездеу"),
    "lcp_humerus": ("plate_osteosynthesis", ["пластина LCP"], "открытая репозиция, накостный остеосинтез {f} плечевой кости пластиной LCP с ревизией лучевого нерва",
                    "ашық репозиция, {s} тоқпан жілікті LCP пластинасымен сүйекүсті остеосинтездеу"),
    "lcp13_pos": ("plate_osteosynthesis", ["пластина LCP 1/3 трубчатая", "позиционный винт"],
                  "открытая репозиция, остеосинтез наружной лодыжки {f} голени пластиной LCP 1/3 трубчатой, фиксация синдесмоза позиционным винтом",
                  "ашық репозиция, {s} сыртқы тобықты LCP 1/3 түтікті пластинасымен остеосинтездеу, синдесмозды позициялық бұрандамамен бекіту"),
    "lcp13": ("plate_osteosynthesis", ["пластина LCP 1/3 трубчатая"], "открытая репозиция, остеосинтез наружной лодыжки {f} голени пластиной LCP 1/3 трубчатой",
              "ашық репозиция, {s} сыртқы тобықты LCP 1/3 түтікті пластинасымен остеосинтездеу"),
    "ilizarov_tibia": ("external_fixation", ["аппарат Илизарова"], "чрескостный остеосинтез {f} голени аппаратом Илизарова",
                       "{s} сирақты Илизаров аппаратымен сүйек арқылы остеосинтездеу"),
    "avf_femur": ("external_fixation", [], "наложение стержневого аппарата внешней фиксации на {n} бедро",
                  "{s} санға өзекшелі сыртқы бекіту аппаратын (СБА) салу"),
    "avf_tibia": ("external_fixation", [], "наложение стержневого аппарата внешней фиксации (АВФ) на {fa} голень",
                  "{s} сираққа өзекшелі сыртқы бекіту аппаратын (СБА) салу"),
    "tbw": ("tension_band_wiring", ["спицы Киршнера", "серкляжная проволока"],
            "открытая репозиция, остеосинтез {m} надколенника по Веберу спицами Киршнера и серкляжной проволокой",
            "ашық репозиция, {s} тізе тобығын Вебер әдісімен Киршнер сымдары және серкляж сымымен остеосинтездеу"),
    "acl_rec": ("acl_reconstruction", ["фиксатор EndoButton", "интерферентный винт Arthrex"],
                "артроскопическая реконструкция ПКС {m} коленного сустава аутотрансплантатом из сухожилий полусухожильной и нежной мышц, фиксация на бедре EndoButton, в большеберцовом канале — интерферентным винтом Arthrex",
                "{s} тізе буынының алдыңғы айқаспалы байламын артроскопиялық қалпына келтіру, EndoButton және Arthrex интерференттік бұрандамасымен бекіту"),
    "acl_rec_gen": ("acl_reconstruction", [], "артроскопическая пластика ПКС {m} коленного сустава аутотрансплантатом из связки надколенника (BTB), фиксация биодеградируемыми винтами",
                    "{s} тізе буынының алдыңғы айқаспалы байламын тізе тобығы байламының аутотрансплантатымен артроскопиялық қалпына келтіру"),
    "pmx": ("partial_meniscectomy", [], "артроскопия {m} коленного сустава, парциальная резекция заднего рога медиального мениска",
            "{s} тізе буынының артроскопиясы, медиальды мениск артқы мүйізінің жартылай резекциясы"),
    # outside the procedure list
    "men_suture": (None, [], "артроскопия {m} коленного сустава, шов медиального мениска по методике all-inside", None),
    "debridement": (None, [], "артроскопическая санация {m} коленного сустава: дебридмент, парциальная синовэктомия, удаление свободного хондромного тела", None),
    "acl_diag": (None, [], "диагностическая артроскопия {m} коленного сустава, дебридмент культи ПКС, резекция рубцовой ткани", None),
    "kwire_dr": (None, ["спицы Киршнера"], "закрытая репозиция, чрескожная фиксация дистального метаэпифиза {f} лучевой кости спицами Киршнера", None),
    "hw_dr_ctr": (None, [], "удаление металлоконструкции с {f} лучевой кости; декомпрессия карпального канала (рассечение поперечной связки запястья)", None),
    "hw_dr_ctr_named": (None, [], "удаление пластины APTUS с {f} лучевой кости; декомпрессия карпального канала", None),
    "hw_ankle_pos": (None, [], "удаление позиционного винта из {f} голени", None),
    "hw_ankle_gen": (None, [], "удаление металлоконструкции с наружной лодыжки {f} голени", None),
    "hw_patella_named": (None, [], "удаление спиц Киршнера и серкляжной проволоки из {m} надколенника", None),
    "hw_patella_gen": (None, [], "удаление металлоконструкции из {m} надколенника", None),
    "hw_clav": (None, [], "удаление пластины с {f} ключицы", None),
    "hw_rh": (None, [], "удаление металлоконструкции (винтов) из головки {f} лучевой кости", None),
    "hw_tibia_named": (None, [], "удаление интрамедуллярного штифта ChM из {f} большеберцовой кости", None),
    "hw_fn": (None, [], "удаление канюлированных винтов из шейки {f} бедренной кости", None),
    "rh_resection": (None, [], "резекция головки {f} лучевой кости", "{s} кәрі жілік басының резекциясы"),
}

SECONDARY = [  # (ru, kk, icd or None)
    ("ушиб мягких тканей головы", "бас жұмсақ тіндерінің соғылуы", "S00.8"),
    ("сотрясение головного мозга", "ми шайқалуы", "S06.0"),
    ("ушиб грудной клетки", "кеуде қуысының соғылуы", "S20.2"),
    ("ссадины кисти", "қол басының сызаттары", "S60.8"),
    ("ушиб поясничной области", "бел аймағының соғылуы", "S30.0"),
    ("ссадины лица", "беттің сызаттары", None),
    ("ушиб противоположного коленного сустава", "қарсы жақ тізе буынының соғылуы", "S80.0"),
]
COMORBID = [
    ("Гипертоническая болезнь II ст.", "Гипертониялық ауру, II дәреже", "I10"),
    ("Сахарный диабет 2 типа, субкомпенсация", "2 типті қант диабеті, субкомпенсация", "E11.9"),
    ("Ожирение II ст.", "II дәрежелі семіздік", "E66.0"),
    ("ИБС. Стенокардия напряжения ФК II", "ЖИА. Күш түсу стенокардиясы, ФК II", "I20.8"),
    ("Хронический гастрит, ремиссия", "Созылмалы гастрит, ремиссия", None),
    ("Остеопороз", "Остеопороз", "M81.0"),
]
COMPLICATIONS = {  # key: (ru, kk, icd)
    "dvt": ("тромбоз глубоких вен {f} голени", "{s} сирақтың терең веналарының тромбозы", "I80.2"),
    "nonunion": ("несращение перелома (формирующийся ложный сустав)", "сынықтың бітпеуі (жалған буын қалыптасуы)", "M84.1"),
    "delayed": ("замедленная консолидация", "сынықтың баяу бітуі", None),
    "crps": ("комплексный регионарный болевой синдром (синдром Зудека)", "кешенді аймақтық ауырсыну синдромы (Зудек синдромы)", "M89.0"),
    "wound_inf": ("поверхностная инфекция области хирургического вмешательства, купирована", "ота жарасының беткей инфекциясы, басылған", "T81.4"),
    "wound_necrosis": ("краевой некроз послеоперационной раны", "ота жарасы жиегінің некрозы", None),
    "hw_failure": ("нестабильность металлоконструкции, миграция спиц", "металл құрылымының тұрақсыздығы, сымдардың жылжуы", "T84.1"),
    "contracture": ("сгибательно-разгибательная контрактура {m} коленного сустава", "{s} тізе буынының контрактурасы", "M24.5"),
    "radial_nerve": ("нейропатия лучевого нерва", "кәрі жүйкесінің нейропатиясы", "G56.3"),
    "pji": ("поздняя перипротезная инфекция", "кеш перипротездік инфекция", "T84.5"),
    "stiff_tka": ("артрофиброз после эндопротезирования", "эндопротездеуден кейінгі артрофиброз", None),
    "graft": ("подозрение на несостоятельность трансплантата ПКС", "АКБ трансплантатының жеткіліксіздігіне күдік", None),
}

SURN = ["Ахметов", "Жумабеков", "Нурланов", "Касымов", "Оспанов", "Абдрахманов", "Бекмуханов", "Тулеуов", "Садыков", "Ержанов",
        "Мусин", "Иванов", "Сапаров", "Кенжебаев", "Дюсенов", "Ким", "Петренко", "Сейткали", "Омаров", "Исабеков", "Болатов", "Смагулов"]
FIRST_M = ["Нурлан", "Ерлан", "Асхат", "Дмитрий", "Бауыржан", "Айдос", "Серик", "Виктор", "Данияр", "Талгат", "Марат", "Арман", "Олжас", "Канат"]
FIRST_F = ["Гульнара", "Айгерим", "Светлана", "Жанар", "Динара", "Сауле", "Наталья", "Айжан", "Алия", "Гульмира", "Ольга", "Мадина", "Роза"]
FATHER = ["Серик", "Болат", "Ержан", "Мурат", "Кайрат", "Нурлан", "Асан", "Жанат", "Тимур"]
DOCS = ["Сейтжанов А.К.", "Мукашева Г.Т.", "Рахимов Е.Б.", "Ли В.С.", "Жаксылыков Н.М.", "Калиева А.Р.", "Бейсенов Д.О.", "Ткаченко И.В."]


def iin(birth, male, rng):
    while True:
        cent = (3 if male else 4) if birth.year < 2000 else (5 if male else 6)
        d = [int(c) for c in birth.strftime("%y%m%d")] + [cent] + [rng.randint(0, 9) for _ in range(4)]
        s = sum(x * w for x, w in zip(d, range(1, 12))) % 11
        if s == 10:
            s = sum(x * w for x, w in zip(d, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])) % 11
            if s == 10:
                continue
        return "".join(map(str, d)) + str(s)


def person(rng, age_lo, age_hi, ref):
    male = rng.random() < 0.5
    sur = rng.choice(SURN)
    if not male and sur[-2:] in ("ов", "ев", "ин"):
        sur += "а"
    first = rng.choice(FIRST_M if male else FIRST_F)
    fa = rng.choice(FATHER)
    patr_ru = fa + ("ович" if male else "овна")
    patr_kk = fa + ("ұлы" if male else "қызы")
    age = rng.randint(age_lo, age_hi)
    birth = dt.date(ref.year - age, rng.randint(1, 12), rng.randint(1, 28))
    if (birth.month, birth.day) > (ref.month, ref.day):
        age -= 1
    return dict(male=male, fio_ru=f"{sur} {first} {patr_ru}", fio_kk=f"{sur} {first} {patr_kk}", birth=birth, age=age,
                iin=iin(birth, male, rng), a="" if male else "а", ka="" if male else "ка")


def d(x):
    return x.strftime("%d.%m.%Y")


def cyr_code(code, lang):
    """Cyrillic look-alike letters in an ICD code (the truth stays Latin)."""
    m = {"M": "М", "T": "Т", "E": "Е", "I": "І"}
    return m.get(code[0], code[0]) + code[1:]


def weeks_ru(n, rng, allow_month=True):
    if allow_month and n in (4, 6, 8, 12) and rng.random() < 0.35:
        return {4: "1 мес.", 6: "1,5 мес.", 8: "2 мес.", 12: "3 мес."}[n]
    return f"{n} нед."


def weeks_kk(n, rng, allow_month=True):
    if allow_month and n in (4, 8, 12) and rng.random() < 0.35:
        return {4: "1 айдан", 8: "2 айдан", 12: "3 айдан"}[n] + " кейін"
    return f"{n} аптадан кейін"


def weeks_kk_dur(n, rng):
    if n in (4, 8, 12) and rng.random() < 0.3:
        return {4: "1 ай", 8: "2 ай", 12: "3 ай"}[n] + " бойы"
    return f"{n} апта бойы"


def cap(s):
    s = re.sub(r"\s+", " ", s).strip()
    return s[:1].upper() + s[1:]


def dot(s):
    s = cap(s)
    return s if s.endswith(".") else s + "."


def years(n):
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} год"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return f"{n} года"
    return f"{n} лет"


# ----------------------------------------------------------------------------------------------------------
# truth sampling
def new_ctx(style, rid, rng, sc, age=50):
    site = sc["site"]
    side = sc.get("side", rng.choice(["right", "left"]))
    if sc.get("no_side"):
        side = None
    c = dict(style=style, id=rid, site=site, side=side, tags=list(sc.get("tags", [])), kind=sc["kind"], sc=sc)
    f = {k: None for k in FIELD_KEYS}
    f["site"], f["side"] = site, side
    # fracture attributes (diagnosis wording)
    if site in FRACTURE_SITES:
        fr = sc.get("fr", {})
        f["fracture_comminuted"] = fr.get("comm", rng.random() < 0.35)
        f["fracture_open"] = fr.get("open", rng.choice([False, False, False, None]))
        f["fracture_displaced"] = fr.get("disp", rng.choice([True, True, False, None]))
        if rng.random() < sc.get("p_ao", 0.5) and not sc.get("no_ao"):
            aos = SITE[site]["ao"]
            if f["fracture_comminuted"]:
                cand = [a for a in aos if a[3] in "BC"] or aos
            else:
                cand = [a for a in aos if a[3] == "A" or a.endswith("B1")] or aos
            f["ao_ota"] = rng.choice(cand)
    if site in ("hip_oa", "knee_oa"):
        if sc.get("kl", "rand") == "rand":
            f["kl_grade"] = rng.choice([2, 3, 3, 4]) if rng.random() < 0.75 else None
        else:
            f["kl_grade"] = sc.get("kl")
    if site not in ("hip_oa", "knee_oa") and not sc.get("no_mech"):
        mechs = sc.get("mechs") or (["sport", "sport", "fall_street"] if site in ("acl", "meniscus") else
                                    ["fall_street", "home", "fall_height", "traffic", "sport"])
        if rng.random() < sc.get("p_mech", 0.85):
            f["mechanism"] = rng.choice(mechs)
    # operation
    op = sc.get("op")
    c["op"] = op
    if op:
        proc, imps, _, _ = OPS[op]
        f["procedure"] = proc
        f["implants"] = list(imps)
        an = sc.get("anes") or rng.choice(sc.get("anes_choices", ["spinal", "general", None]))
        c["anes_kind"] = an
        f["anesthesia"] = an if an in ("spinal", "general") else None
        if an in ("plexus",):
            c["tags"].append("regional_block_anesthesia")
        if an in ("local", "sedation"):
            c["tags"].append("local_anesthesia")
        bl = sc.get("blood", rng.choice(["num", "num", "min", None]))
        c["blood_kind"] = bl
        if bl == "num":
            f["blood_loss_ml"] = sc.get("bl_n") or rng.choice(sc.get("bl_choices", [50, 100, 150, 200, 250, 300, 400]))
        elif bl == "min":
            c["tags"].append("blood_loss_minimal_no_number")
        if proc is None:
            c["tags"].append("procedure_outside_list")
    else:
        c["anes_kind"] = sc.get("closed_anes")  # anaesthesia of a manipulation (not an operation): never coded
    # ICD codes in order: primary, complication, secondaries, comorbidities
    codes = []
    c["code_primary"] = None
    if rng.random() < sc.get("p_icd", 0.85):
        pc = sc.get("icd") or SITE[site]["icd"]
        if sc.get("chronic") and "icd_old" in SITE[site]:
            pc = SITE[site]["icd_old"]
        c["code_primary"] = pc
        codes += [pc] if isinstance(pc, str) else list(pc)
    comp = sc.get("comp")
    c["comp"] = comp
    c["code_comp"] = None
    if comp:
        c["tags"].append(f"complication:{comp}")
        cc = COMPLICATIONS[comp][2]
        if cc and c["code_primary"] and rng.random() < 0.85:
            c["code_comp"] = cc
            codes.append(cc)
    sec = []
    if sc.get("secondary"):
        for s in rng.sample(SECONDARY[:5] if site not in KNEE else SECONDARY[:6], sc["secondary"]):
            coded = s[2] is not None and c["code_primary"] is not None and rng.random() < 0.8
            sec.append((s[0], s[1], s[2] if coded else None))
            if coded and s[2] not in codes:
                codes.append(s[2])
        c["tags"].append("secondary_injury")
    c["secondary"] = sec
    com = []
    ncom = sc.get("comorbid", rng.choice([0, 0, 1, 1, 2]))
    pool = COMORBID[:] if site in ("hip_oa", "knee_oa", "femoral_neck", "pertrochanteric") else [x for x in COMORBID if "Ожирение" not in x[0]]
    if age < 45:
        pool = [x for x in pool if x[2] in (None, "E66.0")]
        ncom = min(ncom, len(pool))
    for s in rng.sample(pool, ncom):
        coded = s[2] is not None and c["code_primary"] is not None and rng.random() < 0.7
        com.append((s[0], s[1], s[2] if coded else None))
        if coded and s[2] not in codes:
            codes.append(s[2])
        if "Ожирение" in s[0] and site in ("hip_oa", "knee_oa"):
            c["tags"].append("kl_distractor_obesity_grade")
    c["comorbid"] = com
    f["icd10"] = codes or None
    c["cyr_icd"] = rng.random() < 0.4
    # complaints
    if rng.random() < sc.get("p_compl", 0.88):
        pool = sc.get("compl_pool")
        if not pool and ("hardware_removal" in sc.get("tags", []) or style == "mixed_followup_letter"):
            pool = ["pain", "limited_motion", "swelling"] + (["night_pain"] if site in ("hip_oa", "knee_oa", "proximal_humerus") else [])
        if not pool:
            pool = ["pain", "swelling", "limited_motion"]
            if site in LOWER and site not in ("knee_oa", "hip_oa", "acl", "meniscus"):
                pool.append("no_weight_bearing")
            if site in FRACTURE_SITES and f["fracture_displaced"]:
                pool.append("deformity")
            if site in ("acl", "meniscus"):
                pool += ["instability"] if site == "acl" else ["locking"]
            if site in ("hip_oa", "knee_oa", "proximal_humerus"):
                pool.append("night_pain")
        k = rng.randint(1, min(3, len(pool)))
        first = [x for x in sc.get("compl_must", [])]
        rest = [x for x in rng.sample(pool, k) if x not in first]
        f["complaints"] = (first + rest)[:4]
    # rehabilitation / restrictions / weeks
    reh = sc.get("rehab")
    if reh is None:
        pool = ["lfk", "physio"] + (["crutches", "isometric"] if site in LOWER else [])
        if site in KNEE:
            pool.append("cpm")
        if site in ("femoral_neck", "pertrochanteric", "hip_oa"):
            pool.append("walker")
        reh = rng.sample(pool, rng.randint(1, min(3, len(pool)))) if rng.random() < sc.get("p_rehab", 0.8) else []
    f["rehabilitation"] = list(reh) or None
    res = sc.get("restr")
    if res is None:
        res = []
        if rng.random() < sc.get("p_restr", 0.8):
            if site in LOWER and site not in ("hip_oa",) or (site == "hip_oa" and op):
                res.append("partial_weight_bearing" if style == "mixed_followup_letter" else rng.choice(["no_weight_bearing", "partial_weight_bearing"]))
            if f["procedure"] == "total_hip_arthroplasty":
                res.append("hip_precautions")
            if site in ("acl", "tibial_plateau") and rng.random() < 0.5:
                res.append("brace")
            if site not in LOWER:
                res.append(rng.choice(["no_lifting", "sling"] if site != "distal_radius" else ["no_lifting"]))
    f["restrictions"] = list(res) or None
    wb = sc.get("wb", "rand")
    if wb == "rand":
        wb = rng.choice([4, 6, 6, 8, 12, None]) if set(res) & {"no_weight_bearing", "partial_weight_bearing"} else None
    f["weight_bearing_weeks"] = wb
    fu = sc.get("fu", "rand")
    if fu == "rand":
        fu = rng.choice([2, 4, 6, 8, 12]) if rng.random() < 0.8 else None
    f["follow_up_weeks"] = fu
    if "sling" in res and sc.get("sling_weeks"):
        c["tags"].append("sling_weeks_not_weight_bearing")
    c["f"] = f
    return c


# ----------------------------------------------------------------------------------------------------------
# phrase helpers
def sidefmt(s, side):
    return re.sub(r"\s+", " ", s.format(**SIDE[side], s=SIDE[side]["kk"], t="{t}")).strip()


def diag_ru(c, rng, with_ao=True, abbrev=False):
    f = c["f"]
    site = c["site"]
    base = rng.choice(SITE[site]["ru"]) if "diag_ru" not in c else c["diag_ru"]
    c["diag_ru"] = base
    third = c.setdefault("third", rng.randrange(3))
    t = THIRD_RU[third][0] if abbrev or rng.random() < 0.5 else THIRD_RU[third][1]
    base = base.format(**SIDE[c["side"]], t=t)
    pre, post = [], []
    if site in FRACTURE_SITES:
        if f["fracture_open"] is True:
            pre.append("открытый")
        elif f["fracture_open"] is False:
            pre.append("закрытый")
        if f["fracture_comminuted"]:
            pre.append(rng.choice(["оскольчатый", "многооскольчатый"]))
        if f["fracture_displaced"] is True:
            post.append(rng.choice(["со смещением отломков", "со смещением"]))
        elif f["fracture_displaced"] is False:
            post.append(rng.choice(["без смещения", "без смещения отломков"]))
        if f["fracture_open"] is True and rng.random() < 0.6:
            post.append(rng.choice(["(тип II по Gustilo–Anderson)", "(Gustilo I)", "(Gustilo IIIA)"]))
        if with_ao and f["ao_ota"]:
            a = f["ao_ota"]
            post.append(rng.choice([f"(АО {a.replace('A', 'А').replace('B', 'В').replace('C', 'С')})", f"(AO/OTA {a.replace('-', '')})", f"— тип {a} по АО"]))
    s = " ".join(pre + [base] + post)
    if site in ("hip_oa", "knee_oa") and f["kl_grade"]:
        roman = ["I", "II", "III", "IV"][f["kl_grade"] - 1]
        s += rng.choice([f", {roman} ст. по Kellgren–Lawrence", f" {roman} стадии (Kellgren–Lawrence)", f", R-стадия {roman}"])
    if c["sc"].get("chronic") and site in ("acl", "meniscus"):
        s = "застарелый " + s
    return cap(s)


def diag_kk(c, rng, with_ao=True):
    f = c["f"]
    site = c["site"]
    base = rng.choice(SITE[site]["kk"])
    third = c.setdefault("third", rng.randrange(3))
    a = []
    if site in FRACTURE_SITES:
        if f["fracture_open"] is True:
            a.append("ашық")
        elif f["fracture_open"] is False:
            a.append("жабық")
        if f["fracture_comminuted"]:
            a.append(rng.choice(["жарықшақты", "көп жарықшақты"]))
        disp_pre = f["fracture_displaced"] is not None and rng.random() < 0.5
        if disp_pre:
            a.append("ығысқан" if f["fracture_displaced"] else "ығыспаған")
    s = base.format(s=SIDE[c["side"]]["kk"], t=THIRD_KK[third], a=" ".join(a) + (" " if a else ""))
    if site in FRACTURE_SITES:
        if f["fracture_displaced"] is not None and not disp_pre:
            s += ", сынықтарының ығысуымен" if f["fracture_displaced"] else ", ығысусыз"
        if f["fracture_open"] is True and rng.random() < 0.5:
            s += " (Gustilo бойынша II типі)"
        if with_ao and f["ao_ota"]:
            s += rng.choice([f" (AO/OTA бойынша {f['ao_ota']})", f", АО жіктемесі бойынша {f['ao_ota'].replace('A', 'А').replace('B', 'В').replace('C', 'С')} типі"])
    if site in ("hip_oa", "knee_oa"):
        if f["kl_grade"]:
            roman = ["I", "II", "III", "IV"][f["kl_grade"] - 1]
            s += rng.choice([f", {roman} сатысы (Kellgren–Lawrence бойынша)", f", Kellgren–Lawrence бойынша {roman} саты"])
    if c["sc"].get("chronic") and site in ("acl", "meniscus"):
        s = "Ескі " + s[:1].lower() + s[1:]
    return cap(s)


def code_txt(c, code, lang):
    return cyr_code(code, lang) if c["cyr_icd"] and code[0] in "MTEI" and hash_pick(c, code) else code


def hash_pick(c, code):
    # deterministic choice per record and code (no Python hash()).
    return (sum(map(ord, c["id"] + code)) % 3) != 0


def compl_ru(c, rng):
    f = c["f"]
    if not f["complaints"]:
        return None
    words = [rng.choice(COMPL_RU[x]) for x in f["complaints"]]
    reg = sidefmt(REGION_RU[c["site"]], c["side"])
    return ", ".join(words[:-1]) + (" и " if len(words) > 1 else "") + words[-1] + f" в области {reg}"


def compl_kk(c, rng):
    f = c["f"]
    if not f["complaints"]:
        return None
    words = [rng.choice(COMPL_KK[x]) for x in f["complaints"]]
    reg = sidefmt(REGION_KK[c["site"]], c["side"])
    return cap(f"{reg} " + ", ".join(words))


def op_ru(c):
    return cap(sidefmt(OPS[c["op"]][2], c["side"]))


def op_kk(c):
    return cap(sidefmt(OPS[c["op"]][3], c["side"]))


def restr_items_ru(c, rng):
    f = c["f"]
    out = []
    wb = f["weight_bearing_weeks"]
    for r in f["restrictions"] or []:
        if r == "no_weight_bearing":
            s = rng.choice(["ходьба без нагрузки на оперированную конечность", "не наступать на ногу", "исключить осевую нагрузку на конечность"])
            if wb and "partial_weight_bearing" not in f["restrictions"]:
                s += f" в течение {weeks_ru(wb, rng)}" if rng.random() < 0.6 else f" — {weeks_ru(wb, rng)}"
            elif wb:
                s += f" {weeks_ru(wb, rng)}"
                wb = None
        elif r == "partial_weight_bearing":
            s = rng.choice(["дозированная нагрузка на ногу (до 20 кг)", "частичная нагрузка на конечность"])
            if wb:
                s += f" в течение {weeks_ru(wb, rng)}"
        elif r == "hip_precautions":
            s = rng.choice(["профилактика вывиха эндопротеза: не сгибать ногу в тазобедренном суставе более 90°, не сидеть на низком",
                            "соблюдать профилактику вывиха эндопротеза (не скрещивать ноги)"])
        elif r == "no_lifting":
            s = rng.choice(["не поднимать тяжести", "ограничить подъём тяжестей"])
        elif r == "brace":
            s = rng.choice(["ношение ортеза на коленный сустав", "шарнирный брейс с ограничением сгибания"]) if c["site"] in LOWER else "функциональный ортез на плечо"
        elif r == "sling":
            if "sling_retold" in c["tags"]:
                continue
            s = "косыночная повязка" + (f" {c['sc']['sling_weeks']} нед." if c["sc"].get("sling_weeks") else "")
        out.append(s)
    return out


def restr_items_kk(c, rng):
    f = c["f"]
    out = []
    wb = f["weight_bearing_weeks"]
    for r in f["restrictions"] or []:
        if r == "no_weight_bearing":
            s = (weeks_kk_dur(wb, rng) + " " if wb and "partial_weight_bearing" not in f["restrictions"] else "") + rng.choice(
                ["аяққа салмақ түсірмеу", "аяққа тірек етпеу"])
        elif r == "partial_weight_bearing":
            s = (weeks_kk_dur(wb, rng) + " " if wb else "") + rng.choice(["аяққа мөлшерлі салмақ түсіру", "аяққа ішінара салмақ түсіру"])
        elif r == "hip_precautions":
            s = "эндопротездің шығып кетуінің алдын алу (жамбас буынын 90°-тан артық бүкпеу)"
        elif r == "no_lifting":
            s = "ауыр заттарды көтермеу"
        elif r == "brace":
            s = "тізе буынына ортез тағу" if c["site"] in LOWER else "иыққа функционалдық ортез"
        elif r == "sling":
            if "sling_retold" in c["tags"]:
                continue
            s = "косынка таңғышы" + (f" {c['sc']['sling_weeks']} апта" if c["sc"].get("sling_weeks") else "")
        out.append(s)
    return out


def rehab_ru(c, rng):
    return [rng.choice(REHAB_RU[x]) for x in c["f"]["rehabilitation"] or []]


def rehab_kk(c, rng):
    return [rng.choice(REHAB_KK[x]) for x in c["f"]["rehabilitation"] or []]


def fu_ru(c, rng, day_surgery=False):
    n = c["f"]["follow_up_weeks"]
    if not n:
        return None
    w = weeks_ru(n, rng)
    return rng.choice([f"контрольный осмотр травматолога через {w}", f"R-контроль через {w}", f"явка на контрольный осмотр через {w}",
                       f"повторная консультация травматолога-ортопеда поликлиники через {w}"])


def fu_kk(c, rng):
    n = c["f"]["follow_up_weeks"]
    if not n:
        return None
    return rng.choice([f"{weeks_kk(n, rng)} бақылау тексеруіне келу", f"{weeks_kk(n, rng)} рентгенологиялық бақылау", f"келесі қарау {weeks_kk(n, rng)}"])


def anes_ru(c, rng):
    k = c.get("anes_kind")
    return rng.choice(ANES_RU[k]) if k else None


def blood_ru(c, rng):
    k = c.get("blood_kind")
    if k == "num":
        n = c["f"]["blood_loss_ml"]
        return rng.choice([f"{n} мл", f"{n},0 мл", f"около {n} мл"])
    if k == "min":
        return rng.choice(["минимальная", "незначительная", "минимальная (без дренирования)"])
    return None


def blood_kk(c, rng):
    k = c.get("blood_kind")
    if k == "num":
        return f"{c['f']['blood_loss_ml']} мл"
    if k == "min":
        return "болмашы"
    return None


def dx_block_ru(c, rng, abbrev=False, inline_codes=True):
    """Returns (main diagnosis line, complication line, secondary line, comorbid line); codes inline in order."""
    lang = "ru"
    main = diag_ru(c, rng, abbrev=abbrev)
    if c["sc"].get("dx_prefix"):
        main = c["sc"]["dx_prefix"] + " " + main[:1].lower() + main[1:]
    suf = c["sc"].get("dx_suffix")
    if suf and not c["sc"].get("suffix_after_code"):
        main += ". " + suf
    cp = c["code_primary"]
    if cp and inline_codes:
        cps = ", ".join(code_txt(c, x, lang) for x in ([cp] if isinstance(cp, str) else cp))
        main += rng.choice([f" (МКБ-10: {cps})", f" — {cps}", f" [{cps}]"])
    if suf and c["sc"].get("suffix_after_code"):
        main += ". " + suf
    comp = None
    if c["comp"]:
        comp = cap(sidefmt(COMPLICATIONS[c["comp"]][0], c["side"]))
        if c["code_comp"] and inline_codes:
            comp += f" ({code_txt(c, c['code_comp'], lang)})"
    sec = "; ".join(s[0] + (f" ({code_txt(c, s[2], lang)})" if s[2] and inline_codes else "") for s in c["secondary"]) or None
    com = "; ".join(s[0] + (f" ({code_txt(c, s[2], lang)})" if s[2] and inline_codes else "") for s in c["comorbid"]) or None
    return main, comp, (cap(sec) if sec else None), com


def dx_block_kk(c, rng, inline_codes=True):
    lang = "kk"
    main = diag_kk(c, rng)
    if c["sc"].get("dx_prefix_kk"):
        main = c["sc"]["dx_prefix_kk"] + " " + main[:1].lower() + main[1:]
    cp = c["code_primary"]
    if cp and inline_codes:
        main += " (" + ", ".join(code_txt(c, x, lang) for x in ([cp] if isinstance(cp, str) else cp)) + ")"
    comp = None
    if c["comp"]:
        comp = cap(COMPLICATIONS[c["comp"]][1].format(s=SIDE[c["side"]]["kk"]))
        if c["code_comp"] and inline_codes:
            comp += f" ({code_txt(c, c['code_comp'], lang)})"
    sec = "; ".join(s[1] + (f" ({code_txt(c, s[2], lang)})" if s[2] and inline_codes else "") for s in c["secondary"]) or None
    com = "; ".join(s[1] + (f" ({code_txt(c, s[2], lang)})" if s[2] and inline_codes else "") for s in c["comorbid"]) or None
    return main, comp, (cap(sec) if sec else None), com


def all_codes_txt(c, lang):
    return ", ".join(code_txt(c, x, lang) for x in c["f"]["icd10"] or [])


def mech_ru(c, rng):
    m = c["f"]["mechanism"]
    if not m:
        return None
    male = c["p"]["male"]
    return rng.choice(MECH_RU[m]).format(a="" if male else "а", sya="ся" if male else "ась")


def mech_kk(c, rng):
    m = c["f"]["mechanism"]
    return rng.choice(MECH_KK[m]) if m else None


# ----------------------------------------------------------------------------------------------------------
# style 1: day_surgery_summary_ru
DSS_CENTRES = [
    ("ГКП на ПХВ «Городская поликлиника № 7» акимата г. Караганды", "Стационар одного дня хирургического профиля", "г. Караганда, ул. Ерубаева, 44"),
    ("ТОО «Медицинский центр «Сункар»", "Центр амбулаторной хирургии (стационар одного дня)", "г. Астана, пр. Кабанбай батыра, 17"),
    ("ГКП на ПХВ «Городская поликлиника № 4» г. Павлодара", "Дневной хирургический стационар (стационар одного дня)", "г. Павлодар, ул. Кривенко, 25"),
    ("ТОО «Клиника травматологии и ортопедии «Ортомед»", "Стационар краткосрочного пребывания / стационар одного дня", "г. Алматы, ул. Жарокова, 210"),
    ("КГП «Поликлиника № 2 г. Усть-Каменогорска»", "Стационар одного дня", "г. Усть-Каменогорск, ул. Протозанова, 59"),
]
ICD9 = {"pmx": "80.6", "men_suture": "81.47", "debridement": "80.86", "acl_diag": "80.26", "acl_rec": "81.45", "acl_rec_gen": "81.45",
        "kwire_dr": "79.13", "lcp_clav": "79.39"}


def dss_text(c, rng):
    p, f = c["p"], c["f"]
    centre = rng.choice(DSS_CENTRES)
    day = c["date"]
    t_in = f"{rng.randint(7, 8):02d}:{rng.choice(['05', '20', '35', '50'])}"
    t_out = f"{rng.randint(14, 18):02d}:{rng.choice(['00', '15', '30', '45'])}"
    var = c["variant"]
    L = [centre[0], centre[1], centre[2], f"Тел. регистратуры: 8 (7{rng.randint(10, 29)}2) {rng.randint(20, 79)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}", ""]
    card = f"{day.year}/{rng.randint(100, 2999)}"
    title = rng.choice(["ВЫПИСКА ИЗ МЕДИЦИНСКОЙ КАРТЫ ПАЦИЕНТА СТАЦИОНАРА ОДНОГО ДНЯ", "ЭПИКРИЗ ПАЦИЕНТА СТАЦИОНАРА ОДНОГО ДНЯ",
                        "ВЫПИСКА (стационар одного дня)"])
    L.append(f"{title} № {card}")
    main, comp, sec, com = dx_block_ru(c, rng, abbrev=rng.random() < 0.4)
    anes = anes_ru(c, rng)
    blood = blood_ru(c, rng)
    op_name = op_ru(c) if c["op"] else None
    mech = mech_ru(c, rng)
    inj = c["inj_date"]
    # history
    hist = []
    if c["sc"].get("old_op_ru"):
        hist.append(c["sc"]["old_op_ru"].format(**SIDE[c["side"]], y=inj.year, mo=f"{inj.month:02d}"))
        if mech:
            hist.append(f"Обстоятельства травмы {d(inj)}: {mech}.")
    elif mech:
        hist.append(f"Травма {d(inj)}: {mech}.")
    elif c["site"] not in ("hip_oa", "knee_oa"):
        hist.append(rng.choice([f"Со слов, травма {d(inj)}, обстоятельства не уточняет.", f"Боли беспокоят с {inj.strftime('%m.%Y')}."]))
    else:
        hist.append(f"Боли в суставе в течение {rng.randint(3, 9)} лет, консервативное лечение (НПВС, хондропротекторы) без стойкого эффекта.")
    if c["sc"].get("hist_extra_ru"):
        hist.append(c["sc"]["hist_extra_ru"])
    if c["sc"].get("old_ru"):
        hist.append(c["sc"]["old_ru"])
        c["tags"].append("confusable_site")
    exam = c["sc"].get("exam_ru") or rng.choice(["Общее состояние удовлетворительное. АД 125/80 мм рт. ст., ЧСС 74 в мин, SpO2 98%.",
                                                 "Состояние удовлетворительное, сознание ясное. АД 130/85 мм рт. ст., пульс 78 уд/мин."])
    imaging = c["sc"].get("img_ru")
    pre = [f"Анализы: ОАК, ОАМ, коагулограмма, RW, HBsAg, anti-HCV — без особенностей; ЭКГ — синусовый ритм, ЧСС {rng.randint(62, 88)}."]
    op_t = f"{rng.randint(9, 12):02d}:{rng.choice(['00', '10', '25', '40'])}"
    dur = rng.choice([25, 35, 40, 50, 65, 80])
    tourniquet = c["site"] in LOWER and c["site"] not in ("femoral_neck", "pertrochanteric", "hip_oa") and rng.random() < 0.6
    rec = rehab_ru(c, rng) + restr_items_ru(c, rng)
    if c["sc"].get("cast_ru"):
        rec.insert(0, c["sc"]["cast_ru"])
    fu = fu_ru(c, rng, True)
    phone = rng.choice(["Телефонный контроль состояния (звонок медсестры СОД) на следующий день после выписки.",
                        "Контрольный звонок пациенту на 1-е сутки — выполнен, жалоб нет.",
                        "На следующий день — телефонный опрос медицинской сестрой."])
    sut = rng.choice(["Перевязки в поликлинике по месту прикрепления через день, снятие швов на 10–12-е сутки.",
                      "Перевязка через 2 дня; швы снять на 12-е сутки.", "Снятие швов на 10-е сутки в процедурном кабинете поликлиники."]) if c["op"] else None
    drugs = rng.choice(["Ибупрофен 400 мг при болях (не более 5 дней).", "Кеторолак 10 мг при болях; эноксапарин 40 мг п/к 1 р/д 10 дней.",
                        "Парацетамол 500 мг при болях; ривароксабан 10 мг 14 дней."])
    sick = f"Лист временной нетрудоспособности № {rng.randint(100000, 999999)} открыт с {d(day)}." if p["age"] < 63 and rng.random() < 0.6 else None
    tariffs = [f"Оплата по КЗГ, тариф {rng.randint(120, 480)} {rng.randint(100, 999)} тг.", f"Случай оплачен из ГОБМП, КЗГ № {rng.randint(1, 9)}.{rng.randint(10, 99)}."]
    if c["op"]:
        tariffs.append(f"Код операции (МКБ-9): {ICD9.get(c['op'], '78.6' + str(rng.randint(1, 9)))}; тариф {rng.randint(95, 390)} {rng.randint(100, 999)} тенге.")
    tariff = rng.choice(tariffs)
    doc = rng.choice(DOCS)
    sex = "Пациент" if p["male"] else "Пациентка"

    def rec_lines():
        out = [f"{i}. {dot(x)}" for i, x in enumerate(rec, 1)]
        n = len(out)
        if fu:
            out.append(f"{n + 1}. {dot(fu)}")
        extra = [x for x in (sut, drugs) if x]
        out += [f"{len(out) + 1 + i}. {x}" for i, x in enumerate(extra)]
        return out

    if var == "A_table":
        L += [f"| Ф.И.О. | {p['fio_ru']} |", f"| Дата рождения / ИИН | {d(p['birth'])} / {p['iin']} |",
              f"| Поступил{p['a']} | {d(day)}, {t_in} |", f"| Выписан{p['a']} | {d(day)}, {t_out} |", "| Койко-день | 1 |",
              f"| Направление | поликлиника по месту прикрепления, форма 057/у, № {rng.randint(1000, 9999)} |", ""]
        L.append(f"Диагноз основной: {main}.")
        if comp:
            L.append(f"Осложнение: {comp}.")
        if sec:
            L.append(f"Сопутствующие повреждения: {sec}.")
        if com:
            L.append(f"Сопутствующий: {com}.")
        c2 = compl_ru(c, rng)
        if c2:
            L.append(f"Жалобы при поступлении: на {c2}.")
        L.append("Анамнез: " + " ".join(hist))
        L.append("Объективно: " + exam)
        if c["sc"].get("local_ru"):
            L.append("St. localis: " + c["sc"]["local_ru"])
        if imaging:
            L.append("Обследование: " + imaging)
        L.append("Догоспитальное обследование: " + pre[0])
        if c["op"]:
            L.append(f"Операция {d(day)}, {op_t}: {op_name}.")
            if anes:
                L.append(f"Анестезия: {anes}.")
            if blood:
                L.append(f"Кровопотеря: {blood}.")
            L.append(f"Длительность {dur} мин." + (f" Турникет {dur - 5} мин." if tourniquet else ""))
        elif c["sc"].get("manip_ru"):
            L.append("Проведено: " + c["sc"]["manip_ru"])
        L.append(rng.choice([f"Послеоперационный период без особенностей. {sex} активизирован{p['a']}, выписан{p['a']} в {t_out} в удовлетворительном состоянии под наблюдение поликлиники.",
                             f"Ранний период гладкий, повязка сухая. Выписан{p['a']} домой в {t_out} в сопровождении родственника."])
                 if c["op"] else f"Выписан{p['a']} в {t_out} в удовлетворительном состоянии.")
        L.append("")
        L.append("Рекомендации:")
        L += rec_lines()
        L.append(phone)
    elif var == "B_prose":
        stay = "находился" if p["male"] else "находилась"
        L += ["", f"{sex}: {p['fio_ru']}, {p['birth'].year} г.р. (ИИН {p['iin']}), {stay} в стационаре одного дня {d(day)} с {t_in} до {t_out}."]
        L.append("")
        L.append("Клинический диагноз:")
        dx = main + "."
        if comp:
            dx += f" Осл.: {comp}."
        if sec:
            dx += f" Соп. повреждения: {sec}."
        if com:
            dx += f" Фоновые: {com}."
        L.append(dx)
        c2 = compl_ru(c, rng)
        L.append("Жалобы и анамнез:")
        L.append((f"При поступлении жалобы на {c2}. " if c2 else "") + " ".join(hist))
        if imaging or c["sc"].get("local_ru"):
            L.append("Данные осмотра и обследования:")
            L.append(" ".join(x for x in (c["sc"].get("local_ru"), imaging) if x))
        L.append("Лечение:")
        if c["op"]:
            s = f"{d(day)} выполнено: {op_name[:1].lower() + op_name[1:]}"
            if anes:
                s += f"; обезболивание: {anes}"
            s += "."
            if blood:
                s += f" Кровопотеря {blood}."
            s += f" Продолжительность операции {dur} мин."
            L.append(s)
            L.append(f"Через {rng.choice([3, 4, 5])} ч после операции {sex.lower()} осмотрен{p['a']} анестезиологом, ходит{' с опорой' if c['site'] in LOWER else ''}, боли купированы, повязка сухая.")
        elif c["sc"].get("manip_ru"):
            L.append(c["sc"]["manip_ru"])
        L.append("Рекомендовано:")
        L += rec_lines()
        L.append(phone)
    else:  # C_numbered with operation table
        L += ["", f"1. Ф.И.О.: {p['fio_ru']}; возраст {years(p['age'])}; ИИН {p['iin']}.",
              f"2. Дата и время поступления / выписки: {d(day)} {t_in} / {d(day)} {t_out}.",
              f"3. Диагноз при направлении: {c['sc'].get('ref_dx_ru', 'тот же')}.",
              f"4. Заключительный диагноз: {main}" + (f"; {comp}" if comp else "") + "."]
        n = 5
        if sec:
            L.append(f"{n}. Сопутствующие повреждения: {sec}.")
            n += 1
        if com:
            L.append(f"{n}. Сопутствующие заболевания: {com}.")
            n += 1
        c2 = compl_ru(c, rng)
        if c2:
            L.append(f"{n}. Жалобы: {c2}.")
            n += 1
        L.append(f"{n}. Анамнез: " + " ".join(hist))
        n += 1
        if imaging:
            L.append(f"{n}. Инструментальные исследования: {imaging}")
            n += 1
        if c["op"]:
            L.append(f"{n}. Оперативное вмешательство (протокол № {rng.randint(10, 480)}):")
            L.append(f"| Дата, время | {d(day)}, {op_t} |")
            L.append(f"| Название операции | {op_name} |")
            if anes:
                L.append(f"| Вид обезболивания | {cap(anes)} |")
            if blood:
                L.append(f"| Кровопотеря | {blood} |")
            L.append(f"| Длительность | {dur} мин |")
            if tourniquet:
                L.append(f"| Время турникета | {dur - 5} мин |")
            L.append(f"| Хирург / ассистент | {doc} / {rng.choice(DOCS)} |")
            n += 1
        elif c["sc"].get("manip_ru"):
            L.append(f"{n}. Манипуляция: {c['sc']['manip_ru']}")
            n += 1
        L.append(f"{n}. Состояние при выписке удовлетворительное, выписан{p['a']} на амбулаторное лечение.")
        L.append("")
        L.append("Рекомендации:")
        L += rec_lines()
        L.append(phone)
    if sick:
        L.append(sick)
    L.append("")
    L.append(tariff)
    L.append(f"Лечащий врач травматолог-ортопед: {doc}        Зав. СОД: {rng.choice(DOCS)}")
    L.append(f"Дата выписки: {d(day)}")
    return "\n".join(L) + "\n"


# ----------------------------------------------------------------------------------------------------------
# style 2: kk_regional_transfer
KTR_PAIRS = [
    ("«Жаңаарқа аудандық ауруханасы» ШЖҚ КМК", "Ұлытау облысы, Жаңаарқа ауданы, Атасу кенті, Тәуелсіздік к-сі, 12",
     "Қарағанды облыстық көпсалалы ауруханасының травматология орталығы"),
    ("«Шиелі аудандық ауруханасы» ШЖҚ КМК", "Қызылорда облысы, Шиелі кенті, Рысбек батыр к-сі, 3",
     "Қызылорда облыстық көпсалалы ауруханасының травматология және ортопедия орталығы"),
    ("«Қарқаралы аудандық ауруханасы» ШЖҚ КМК", "Қарағанды облысы, Қарқаралы қ., Әуезов к-сі, 18",
     "Қарағанды облыстық травматология орталығы"),
    ("«Мақтаарал аудандық ауруханасы» ШЖҚ МКК", "Түркістан облысы, Мырзакент кенті, Бейбітшілік к-сі, 7",
     "Түркістан облыстық ауруханасының травматология бөлімшесі"),
    ("«Зайсан аудандық ауруханасы» ШЖҚ КМК", "Шығыс Қазақстан облысы, Зайсан қ., Жамбыл к-сі, 40",
     "Өскемен қ., Шығыс Қазақстан облыстық травматология орталығы"),
]
LOCAL_IMMOB = {
    "femoral_neck": "аяққа деротациялық етік (шина) салынды", "pertrochanteric": "қаңқалық тартылым орнатылды (6 кг жүк)",
    "femoral_shaft": "қаңқалық тартылым орнатылды (8 кг жүк)", "tibial_shaft": "артқы гипс лонгетасы салынды",
    "tibial_plateau": "сан ортасынан башпайларға дейін артқы гипс лонгетасы салынды", "humeral_shaft": "U-тәрізді гипс лонгетасы салынды",
    "proximal_humerus": "Дезо таңғышы салынды", "ankle": "жергілікті жансыздандырумен жабық репозиция жасалып, U-тәрізді гипс лонгетасы салынды",
    "distal_radius": "жергілікті жансыздандырумен жабық репозиция жасалды, дорсальды гипс лонгетасы салынды",
    "patella": "тізеге артқы гипс лонгетасы салынды", "clavicle": "косынка таңғышымен иммобилизация жасалды",
    "acl": "эластикалық таңу, суық басу", "hip_oa": "ҚҚСД, хондропротекторлар", "knee_oa": "буын ішіне гормон енгізілген (2 рет)",
}
PLANNED_KK = {
    "femoral_neck": ["жамбас-сан буынын толық эндопротездеу", "каннюляцияланған бұрандамалармен остеосинтез"],
    "pertrochanteric": ["проксимальды штифтпен жабық интрамедуллярлы остеосинтез", "PFNA штифтімен остеосинтез"],
    "femoral_shaft": ["бұғатталатын интрамедуллярлы остеосинтез"], "tibial_shaft": ["бұғатталатын интрамедуллярлы остеосинтез"],
    "tibial_plateau": ["ашық репозиция, пластинамен остеосинтез (КТ-дан кейін)"], "humeral_shaft": ["интрамедуллярлы остеосинтез"],
    "proximal_humerus": ["ашық репозиция, бұрыштық тұрақты пластинамен остеосинтез"], "ankle": ["тобықтарды пластинамен және бұрандамамен остеосинтездеу"],
    "distal_radius": ["ашық репозиция, волярлы пластинамен остеосинтез"], "patella": ["реостеосинтез"],
    "clavicle": ["бұғананы пластинамен остеосинтездеу"], "acl": ["алдыңғы айқаспалы байламды артроскопиялық қалпына келтіру"],
    "hip_oa": ["жамбас-сан буынын толық эндопротездеу (квота бойынша)"], "knee_oa": ["тізе буынын толық эндопротездеу (квота бойынша)"],
}
XR_KK = {
    "fracture": ["Рентгенограммада сынық сызығы анықталады, {disp}.", "Екі проекциядағы рентгенограммада: {disp}."],
    "hip_oa": ["Рентгенограммада буын саңылауы күрт тарылған, остеофиттер, субхондральды склероз."],
    "knee_oa": ["Рентгенограммада медиальды буын саңылауы тарылған, шеткі остеофиттер."],
    "acl": ["МРТ (облыстық диагностикалық орталық): алдыңғы айқаспалы байламның толық жыртылуы, сүйек ісінуі."],
}


def ktr_text(c, rng):
    p, f = c["p"], c["f"]
    hosp, addr, recv = rng.choice(KTR_PAIRS)
    var = c["variant"]
    main, comp, sec, com = dx_block_kk(c, rng, inline_codes=(var != "B_table"))
    mech = mech_kk(c, rng)
    inj, adm, tr = c["inj_date"], c["adm_date"], c["date"]
    comp_s = compl_kk(c, rng)
    side_kk = SIDE[c["side"]]["kk"]
    local = c["sc"].get("local_kk") or LOCAL_IMMOB.get(c["site"], "иммобилизация жасалды")
    planned = c["sc"].get("planned_kk") or rng.choice(PLANNED_KK[c["site"]])
    op = op_kk(c) if c["op"] else None
    anes_with = rng.choice(ANES_KK_WITH[c["anes_kind"]]) if c["op"] and c.get("anes_kind") else None
    blood = blood_kk(c, rng)
    if f["fracture_displaced"] is not None:
        disp = "сынықтары ығысқан" if f["fracture_displaced"] else "сынықтары ығыспаған"
    else:
        disp = "сынық сызығы айқын"
    if c["site"] in FRACTURE_SITES:
        xr = rng.choice(XR_KK["fracture"]).format(disp=disp)
    else:
        xr = rng.choice(XR_KK.get(c["site"], ["—"]))
    ref_no = f"{tr.year}-{rng.randint(1000, 9999)}"
    sanav = rng.choice([f"Санитарлық авиация өтінімі № {rng.randint(100, 999)}/{tr.strftime('%y')}", f"Тасымалдау: жедел жәрдем көлігімен, қашықтығы {rng.randint(90, 420)} км",
                        f"Бюро госпитализации порталы арқылы тіркелді, код {rng.randint(100000, 999999)}"])
    doc = rng.choice(DOCS)
    recs = rehab_kk(c, rng) + restr_items_kk(c, rng)
    fu = fu_kk(c, rng)
    lab = f"ЖҚТ: Hb {rng.randint(98, 146)} г/л, лейкоциттер {rng.randint(5, 12)},{rng.randint(0, 9)}×10⁹/л; қандағы глюкоза {rng.randint(4, 9)},{rng.randint(0, 9)} ммоль/л."
    hist = []
    if mech:
        hist.append(f"{d(inj)} {mech}.")
    elif c["site"] in ("hip_oa", "knee_oa"):
        hist.append(f"Буындағы ауырсыну {rng.randint(4, 12)} жылдан бері мазалайды, консервативтік ем әсерсіз.")
    else:
        hist.append(f"Жарақат алған күні: {d(inj)}, жағдайын нақтыламайды.")
    if c["sc"].get("old_kk"):
        hist.append(c["sc"]["old_kk"])
        c["tags"].append("confusable_site")
    if c["sc"].get("hist_kk"):
        hist.append(c["sc"]["hist_kk"])
    done = []
    if c["op"]:
        s = f"{d(c['op_date'])} операция жасалды: {op[:1].lower() + op[1:]}"
        if anes_with:
            s += f", {anes_with}"
        s += "."
        if blood:
            s += f" Қан жоғалту {blood}."
        done.append(s)
        if c["sc"].get("pho"):
            done.insert(0, "Жараға алғашқы хирургиялық өңдеу жасалды, сіреспеге қарсы сарысу енгізілді.")
    else:
        done.append(cap(local) + ".")
    done.append(rng.choice(["Ауырсынуды басатын ем, антикоагулянттар (эноксапарин 40 мг т/а) тағайындалды.", "Инфузиялық ем 800,0 мл, анальгетиктер тағайындалды.",
                            "Анальгетиктер, гастропротекторлар берілді."]))
    if c["comp"] and c["sc"].get("comp_kk_text"):
        done.append(c["sc"]["comp_kk_text"])
    reason = c["sc"].get("reason_kk") or rng.choice(["Аудандық ауруханада мамандандырылған ота жасау мүмкіндігі жоқ (ЭОК, травматолог-ортопедтің біліктілігі).",
                                                      "Аудандық деңгейде қажетті металл құрылымдары мен C-доға жоқ."])
    if c["kind"] == "refused":
        req = c["sc"].get("req_kk")
    else:
        req = c["sc"].get("req_kk") or f"Облыстық орталықта әрі қарай тексеру және жоспарлы оперативтік ем ({planned}) жүргізуді сұраймыз."
    L = [hosp, addr, f"Тел.: 8 (7{rng.randint(10, 29)}{rng.randint(0, 9)}) {rng.randint(2, 7)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}", ""]
    title = rng.choice(["АУДАРУ ЭПИКРИЗІ", "ЖОЛДАМА ХАТ", "БАСҚА МЕДИЦИНАЛЫҚ ҰЙЫМҒА АУДАРУ ТУРАЛЫ ЖОЛДАМА"])
    if var == "A_letter":
        L += [f"{recv} меңгерушісіне", "", f"{title} № {ref_no}", "Құрметті әріптестер!",
              f"Сіздерге {p['fio_kk']} ({p['birth'].year} ж.т., ЖСН {p['iin']}) есімді науқасты жіберіп отырмыз. Науқас біздің ауруханада {d(adm)} – {d(tr)} аралығында емделді."]
        L.append(f"Диагнозы: {main}." + (f" Асқынуы: {comp}." if comp else "") + (f" Қосалқы жарақаттар: {sec}." if sec else "") + (f" Қосалқы аурулары: {com}." if com else ""))
        if comp_s:
            L.append(f"Түскен кездегі шағымдары: {comp_s[:1].lower() + comp_s[1:]}.")
        L.append("Анамнезі: " + " ".join(hist))
        L.append("Тексеру: " + xr + " " + lab)
        L.append("Жүргізілген ем: " + " ".join(done))
        L.append("Аудару себебі: " + reason)
        if req:
            L.append(req)
        if recs or fu:
            L.append("Тасымалдауға дейін және тасымалдау кезінде: " + "; ".join(recs + ([fu] if fu else [])) + ".")
    elif var == "B_table":
        L += [title, f"Кімге: {recv}", ""]
        L.append("НАУҚАС ТУРАЛЫ МӘЛІМЕТТЕР")
        L += [f"| Аты-жөні | {p['fio_kk']} |", f"| Туған күні / ЖСН | {d(p['birth'])} / {p['iin']} |", f"| Түскен күні | {d(adm)} |", f"| Аудару күні | {d(tr)} |",
              f"| Жолдама нөмірі | {ref_no} |", ""]
        L.append("ДИАГНОЗ")
        L.append(f"| Негізгі | {main} |")
        if comp:
            L.append(f"| Асқынуы | {comp} |")
        if sec:
            L.append(f"| Қосалқы жарақаттар | {sec} |")
        if com:
            L.append(f"| Қосалқы аурулары | {com} |")
        if f["icd10"]:
            L.append(f"| АХЖ-10 коды | {all_codes_txt(c, 'kk')} |")
        L.append("")
        if comp_s:
            L.append("ШАҒЫМДАРЫ")
            L.append(comp_s + ".")
        L.append("АНАМНЕЗ ЖӘНЕ ТЕКСЕРУ")
        L.append(" ".join(hist) + " " + xr)
        L.append(lab)
        L.append("АУДАНДЫҚ АУРУХАНАДА ЖҮРГІЗІЛГЕН ЕМ")
        if c["op"]:
            L.append(f"| Ота күні | {d(c['op_date'])} |")
            L.append(f"| Ота атауы | {op} |")
            if anes_with:
                L.append(f"| Анестезия | {cap(rng.choice(ANES_KK[c['anes_kind']]))} |")
            if blood:
                L.append(f"| Қан жоғалту | {blood} |")
            L.append("")
            L.append(" ".join(done[1:]))
        else:
            L.append(" ".join(done))
        L.append("АУДАРУ СЕБЕБІ ЖӘНЕ СҰРАЛАТЫНЫ")
        L.append(reason + (" " + req if req else ""))
        if recs or fu:
            L.append("ҰСЫНЫСТАР")
            L += [f"- {dot(x)}" for x in recs + ([fu] if fu else [])]
    else:  # C_points
        L += [f"{recv} бас дәрігеріне / травматолог-ортопед дәрігеріне", "", f"{title} (№ {ref_no})", "",
              f"1. Науқас: {p['fio_kk']}, {p['age']} жаста, ЖСН {p['iin']}.",
              f"2. Аудандық ауруханада болған мерзімі: {d(adm)} — {d(tr)}."]
        n = 3
        dx = main + "." + (f" Асқынуы: {comp}." if comp else "") + (f" Қосалқы: {sec}." if sec else "") + (f" Қосалқы аурулары: {com}." if com else "")
        L.append(f"{n}. Қорытынды диагнозы: {dx}")
        n += 1
        if comp_s:
            L.append(f"{n}. Шағымдары: {comp_s[:1].lower() + comp_s[1:]}.")
            n += 1
        L.append(f"{n}. Ауру анамнезі: " + " ".join(hist))
        n += 1
        L.append(f"{n}. Объективті және рентгенологиялық деректер: {xr} {lab}")
        n += 1
        L.append(f"{n}. Жүргізілген ем: " + " ".join(done))
        n += 1
        L.append(f"{n}. Аудару себебі: {reason}")
        n += 1
        if req:
            L.append(f"{n}. Сұралатыны: {req}")
            n += 1
        if recs or fu:
            L.append(f"{n}. Ұсыныстар: " + "; ".join(recs + ([fu] if fu else [])) + ".")
    L.append("")
    L.append(sanav + ".")
    L.append(f"Науқастың жағдайы тасымалдауға мүмкіндік береді. Облыстық орталықпен келісілді (кезекші травматолог {rng.choice(DOCS)}, {tr.strftime('%d.%m')} сағ. {rng.randint(8, 20)}:{rng.choice(['00', '30'])}).")
    L.append(f"Емдеуші дәрігер: {doc}    Бас дәрігердің орынбасары: {rng.choice(DOCS)}")
    L.append(f"Күні: {d(tr)}    М.О.")
    return "\n".join(L) + "\n"


# ----------------------------------------------------------------------------------------------------------
# style 3: mixed_followup_letter
MFL_CLINICS = [
    ("КГП на ПХВ «Консультативно-диагностический центр» г. Шымкент", "Кеңес беру-диагностикалық орталығы, травматология кабинеті"),
    ("ГКП на ПХВ «Городская поликлиника № 11» г. Алматы", "Травматологиялық пункт / Травматологический пункт"),
    ("ТОО «Ортопедический центр «Денсаулық»", "Амбулаториялық қабылдау бөлімі"),
    ("КГП «Областной консультативно-диагностический центр» (г. Актобе)", "Ортопедия кабинеті"),
    ("ГКП на ПХВ «Поликлиника № 3» г. Костанай", "Травматолог-ортопед кабинеті"),
]
XR_RU = {
    "union": ["линия перелома не прослеживается, полная консолидация; металлоконструкция стабильна", "сращение перелома, костная мозоль достаточная, положение фиксатора правильное"],
    "consolidating": ["консолидирующийся перелом, периостальная мозоль, линия перелома прослеживается частично", "признаки консолидации, стояние отломков удовлетворительное"],
    "nonunion": ["линия перелома прослеживается, зона резорбции вокруг винтов, признаки несращения", "щель между отломками сохраняется, склероз концов отломков"],
    "delayed": ["слабая периостальная реакция, линия перелома чётко прослеживается — замедленная консолидация"],
    "prosthesis": ["компоненты эндопротеза стоят стабильно, зон остеолиза нет", "положение компонентов эндопротеза правильное, признаков нестабильности нет"],
    "pji": ["зона просветления вокруг бедренного компонента, периостальная реакция"],
    "hw_failure": ["миграция спиц, диастаз отломков 4 мм"],
    "soft": ["костно-травматических изменений не выявлено"],
}


def mfl_text(c, rng):
    p, f = c["p"], c["f"]
    clinic, dept = rng.choice(MFL_CLINICS)
    var = c["variant"]
    if c["site"] in ("hip_oa", "knee_oa") and c["op"] and not c["sc"].get("dx_prefix"):
        c["sc"]["dx_prefix"] = "Состояние после эндопротезирования. Исходно:"
    elif c["op"] and not c["sc"].get("dx_suffix"):
        c["sc"]["dx_suffix"] = rng.choice(["Состояние после оперативного лечения", "Состояние после МОС", "Оперирован" + p["a"] + " " + d(c["op_date"])])
        c["sc"]["suffix_after_code"] = True
    main, comp, sec, com = dx_block_ru(c, rng, abbrev=rng.random() < 0.5)
    p = c["p"]
    visit, opd, inj = c["date"], c.get("op_date"), c["inj_date"]
    months = max(2, round((visit - (opd or inj)).days / 30.4))
    mech = mech_ru(c, rng) if var != "C_kk_main" else mech_kk(c, rng)
    comp_ru_s = compl_ru(c, rng)
    comp_kk_s = compl_kk(c, rng)
    xr = rng.choice(XR_RU[c["sc"].get("xr", "union")])
    recs_ru = rehab_ru(c, rng) + restr_items_ru(c, rng)
    recs_kk = rehab_kk(c, rng) + restr_items_kk(c, rng)
    fu_r, fu_k = fu_ru(c, rng), fu_kk(c, rng)
    doc = rng.choice(DOCS)
    hosp_op = rng.choice(["ГКБ № 4 (отделение травматологии № 2)", "Облыстық көпсалалы аурухана", "НИИТО (г. Астана)", "Городская больница скорой помощи", "Областная больница, травматологическое отделение"])
    talon = f"Талон № {rng.randint(10000, 99999)}"
    plan_ru = c["sc"].get("plan_ru")
    plan_kk = c["sc"].get("plan_kk")
    retell = []
    if mech:
        retell.append((f"Травма {d(inj)}: {mech}." if var != "C_kk_main" else f"{d(inj)} жарақат алған: {mech}."))
    elif c["site"] in ("hip_oa", "knee_oa"):
        retell.append(f"Длительный анамнез артроза ({rng.randint(5, 15)} лет)." if var != "C_kk_main" else f"Артроз анамнезі {rng.randint(5, 15)} жыл.")
    if c["op"]:
        o = op_ru(c)
        under = rng.choice(ANES_RU_UNDER[c["anes_kind"]]) if c.get("anes_kind") in ANES_RU_UNDER else None
        s = f"{d(opd)} ({hosp_op}) выполнено: {o[:1].lower() + o[1:]}" + (f" {under}" if under else "") + "."
        if c.get("blood_kind") == "num":
            s += f" Интраоперационная кровопотеря {c['f']['blood_loss_ml']} мл (по выписке)."
        elif c.get("blood_kind") == "min":
            s += " Кровопотеря по выписке минимальная."
        if c["sc"].get("prev_op_ru"):
            s = c["sc"]["prev_op_ru"].format(**SIDE[c["side"]]) + " " + s
        retell.append(s)
    elif c["sc"].get("cons_ru"):
        retell.append(c["sc"]["cons_ru"])
    if c["sc"].get("old_ru"):
        retell.append(c["sc"]["old_ru"])
        c["tags"].append("confusable_site")
    today_ru = c["sc"].get("today_ru") or rng.choice((["Походка с прихрамыванием, ось конечности правильная."] if c["site"] in LOWER else
                                                      ["Движения в суставах верхней конечности несколько ограничены, кисть тёплая."]) +
                                                     ["Послеоперационный рубец без воспаления, движения в суставах в функциональном объёме." if c["op"] else
                                                      "Пальпация безболезненна, движения в функциональном объёме.",
                                                      "Отёка нет, нейроваскулярных нарушений нет."])
    L = [clinic, dept, ""]
    if var == "A_ru_main":
        L += [rng.choice(["КОНСУЛЬТАТИВНОЕ ЗАКЛЮЧЕНИЕ (повторный приём)", "ЗАКЛЮЧЕНИЕ ТРАВМАТОЛОГА-ОРТОПЕДА ПО ИТОГАМ КОНТРОЛЬНОГО ОСМОТРА"]),
              f"Пациент{p['ka']}: {p['fio_ru']}, {years(p['age'])}, ИИН {p['iin']}", f"Дата осмотра: {d(visit)}. {talon}.", ""]
        L.append("Анамнез: " + " ".join(retell) + f" С момента операции прошло ~{months} мес." if c["op"] else "Анамнез: " + " ".join(retell))
        L.append("Жалобы на момент осмотра: " + (comp_ru_s + "." if comp_ru_s else "активных жалоб не предъявляет."))
        L.append("St. localis: " + today_ru)
        L.append(f"Rg-контроль от {d(visit)}: {xr}.")
        dx = main + "."
        if comp:
            dx += f" Осложнение: {comp}."
        if sec:
            dx += f" Сопутствующие повреждения при травме: {sec}."
        if com:
            dx += f" Сопутствующие: {com}."
        L.append("Диагноз: " + dx)
        if plan_ru:
            L.append("Тактика: " + plan_ru)
        L.append("")
        L.append("Ұсыныстар / Рекомендации:")
        items = recs_kk + ([fu_k] if fu_k else [])
        L += [f"- {dot(x)}" for x in items]
        if not items:
            L.append("- Қалыпты тәртіп, шектеу жоқ.")
    elif var == "B_bilingual":
        L += ["Бақылау қарауы туралы хат / Письмо по итогам контрольного осмотра", "",
              f"| Науқас / Пациент | {p['fio_ru']} |", f"| ЖСН / ИИН | {p['iin']} |", f"| Қаралған күні / Дата осмотра | {d(visit)} |",
              f"| Операция күні / Дата операции | {d(opd) if opd else '—'} |", ""]
        L.append("Ауру анамнезі / Анамнез:")
        L.append(" ".join(retell))
        L.append("Шағымдары / Жалобы:")
        L.append((comp_kk_s + "." if comp_kk_s else "Шағымы жоқ."))
        L.append("Объективно:")
        L.append(today_ru)
        L.append("Рентгенография:")
        L.append(f"{d(visit)}: {xr}.")
        L.append("Диагноз:")
        L.append(main + "." + (f" Осл.: {comp}." if comp else "") + (f" {sec}." if sec else "") + (f" Фон: {com}." if com else ""))
        if plan_ru or plan_kk:
            L.append("Жоспар / План:")
            L.append(plan_kk or plan_ru)
        L.append("Рекомендации:")
        items = recs_ru + ([fu_r] if fu_r else [])
        L += [f"{i}. {dot(x)}" for i, x in enumerate(items, 1)]
        if not items:
            L.append("Режим обычный.")
    else:  # C_kk_main
        L += ["КЕҢЕС БЕРУ ҚОРЫТЫНДЫСЫ (бақылау қарауы)", f"Науқас: {p['fio_kk']}, {p['birth'].year} ж.т., ЖСН {p['iin']}. Қаралды: {d(visit)}.", ""]
        ret = " ".join(retell)
        L.append("Анамнезі: " + ret + (f" Отадан кейін {months} ай өтті." if c["op"] else ""))
        L.append("Қазіргі шағымдары: " + (comp_kk_s + "." if comp_kk_s else "шағымы жоқ."))
        L.append("Объективті: " + today_ru)
        L.append(f"R-графия ({d(visit)}): {xr}.")
        L.append("Диагноз (рус.): " + main + "." + (f" {comp}." if comp else "") + (f" {sec}." if sec else "") + (f" {com}." if com else ""))
        if plan_kk or plan_ru:
            L.append("Жоспар: " + (plan_kk or plan_ru))
        L.append("Ұсыныстар:")
        items = recs_kk + ([fu_k] if fu_k else [])
        L += [f"{i}) {cap(x)};" for i, x in enumerate(items, 1)]
        if not items:
            L.append("Жалпы тәртіп.")
    L.append("")
    L.append(rng.choice([f"Справка для работодателя выдана. {talon}.", f"Квитанция № {rng.randint(1000, 9999)}, услуга оказана в рамках ОСМС.",
                         f"Наряд на рентгенографию № {rng.randint(100, 999)}, доза 0,0{rng.randint(1, 9)} мЗв."]))
    L.append(f"Травматолог-ортопед: {doc}")
    return "\n".join(L) + "\n"


# ----------------------------------------------------------------------------------------------------------
# scenarios (truth plans); every unspecified field is sampled in new_ctx
def dss_scenarios():
    C = dict(p_restr=0.75)
    S = []
    for i in range(4):
        S.append(dict(site="meniscus", kind="operative", op="pmx", anes_choices=["spinal", "spinal", "general"], blood="min" if i % 2 == 0 else None,
                      chronic=i in (1, 3), img_ru="МРТ коленного сустава: разрыв заднего рога медиального мениска, III ст. по Stoller; ПКС интактна.",
                      tags=["stoller_grade_not_kl"], restr=["partial_weight_bearing"] if i == 0 else (["no_weight_bearing"] if i == 2 else []),
                      wb=None if i != 0 else 2, **C))
    S.append(dict(site="meniscus", kind="operative_outside_list", op="men_suture", anes="spinal", blood=None, restr=["brace", "partial_weight_bearing"], wb=6,
                  img_ru="МРТ: вертикальный разрыв медиального мениска в красной зоне.", **C))
    S.append(dict(site="meniscus", kind="operative", op="pmx", anes="general", blood="min", no_side=True, tags=["side_not_stated"],
                  old_ru="В анамнезе артроскопическая реконструкция ПКС противоположного коленного сустава (2016).", **C))
    for i, op in enumerate(["acl_rec", "acl_rec", "acl_rec_gen"]):
        S.append(dict(site="acl", kind="operative", op=op, anes="spinal" if i != 1 else "general", blood="num" if i == 0 else "min", bl_choices=[30, 50, 80],
                      chronic=i == 2, restr=["brace", "partial_weight_bearing"] if i != 2 else ["brace"], rehab=["lfk", "crutches", "isometric"] if i == 0 else None,
                      compl_must=["instability"], **C))
    S.append(dict(site="acl", kind="operative_outside_list", op="acl_diag", anes="spinal", blood=None, chronic=True, tags=["planned_operation"],
                  hist_extra_ru="Реконструкция ПКС запланирована вторым этапом через 6–8 нед. после восстановления объёма движений.", restr=["brace"], **C))
    for i in range(3):
        S.append(dict(site="knee_oa", kind="operative_outside_list", op="debridement", anes="spinal", blood="min", comorbid=2 if i == 0 else 1,
                      kl=[2, 3, None][i], restr=["partial_weight_bearing"], wb=[2, None, 4][i], compl_must=["pain"],
                      hist_extra_ru=("От предложенного эндопротезирования коленного сустава пациент отказался." if i == 2 else None),
                      tags=(["refused_operation"] if i == 2 else []), **C))
    for i in range(2):
        S.append(dict(site="distal_radius", kind="conservative", op=None, fr=dict(comm=False, open=False, disp=True), closed_anes="local",
                      manip_ru="Закрытая репозиция под местной анестезией (блокада гематомы лидокаином 2% — 10,0 мл), иммобилизация тыльной гипсовой лонгетой. Контрольная R-грамма: стояние отломков удовлетворительное.",
                      cast_ru=f"гипсовая лонгета {[4, 5][i]} нед.", restr=["no_lifting"] if i == 0 else [], rehab=["lfk"] if i == 0 else [], fu=1 if i == 0 else "rand",
                      tags=["cast_weeks_not_weight_bearing"], p_icd=0.95, **C))
    S.append(dict(site="distal_radius", kind="operative_outside_list", op="kwire_dr", anes="plexus", blood=None, fr=dict(comm=False, open=False, disp=True),
                  hist_extra_ru="Через 7 дней после закрытой репозиции выявлено вторичное смещение отломков.", tags=["revision:secondary_displacement_kwires"],
                  cast_ru="гипсовая лонгета 5 нед., удаление спиц через 5 нед.", restr=["no_lifting"], **C))
    for i, op in enumerate(["hw_dr_ctr", "hw_dr_ctr_named"]):
        S.append(dict(site="distal_radius", kind="operative_outside_list", op=op, anes=["plexus", "local"][i], blood="min",
                      fr=dict(comm=i == 1, open=None, disp=None), icd=["Z47.0", "G56.0"], dx_prefix="Сросшийся", dx_suffix="Состояние после накостного остеосинтеза. Посттравматический синдром карпального канала",
                      old_op_ru="Перелом в {mo}.{y} г., оперирован(а) — накостный остеосинтез волярной пластиной. Последние 3 мес. онемение I–III пальцев.",
                      tags=["hardware_removal"] + (["removed_implant_named"] if i == 1 else []), restr=["no_lifting"], p_icd=1, **C))
    for i, op in enumerate(["hw_ankle_pos", "hw_ankle_gen"]):
        S.append(dict(site="ankle", kind="operative_outside_list", op=op, anes="spinal", blood=["min", "num"][i], bl_choices=[20, 30], fr=dict(comm=False, open=None, disp=None),
                      icd="Z47.0", dx_prefix="Сросшийся", dx_suffix="Состояние после остеосинтеза",
                      old_op_ru="В {mo}.{y} г. оперирован(а) по поводу перелома лодыжек {f} голени (накостный остеосинтез).",
                      tags=["hardware_removal"] + (["removed_implant_named"] if i == 0 else []), restr=["partial_weight_bearing"] if i == 0 else [], wb=2 if i == 0 else None, **C))
    S.append(dict(site="ankle", kind="conservative", op=None, fr=dict(comm=False, open=False, disp=False), manip_ru="Иммобилизация задней гипсовой лонгетой до с/3 голени.",
                  cast_ru="гипсовая лонгета 6 нед.", restr=["no_weight_bearing"], wb=6, rehab=["crutches"], **C))
    for i, op in enumerate(["hw_patella_named", "hw_patella_gen"]):
        S.append(dict(site="patella", kind="operative_outside_list", op=op, anes=["spinal", "sedation"][i], blood="min", fr=dict(comm=i == 0, open=None, disp=None),
                      icd="Z47.0", dx_prefix="Консолидированный", old_op_ru="В {y} г. остеосинтез {m} надколенника по поводу перелома.",
                      tags=["hardware_removal"] + (["removed_implant_named"] if i == 0 else []), restr=[], rehab=["lfk"], **C))
    S.append(dict(site="clavicle", kind="operative_outside_list", op="hw_clav", anes="general", blood="num", bl_choices=[20, 40], fr=dict(comm=False, open=None, disp=None),
                  icd="Z47.0", dx_prefix="Сросшийся", old_op_ru="В {mo}.{y} г. накостный остеосинтез {f} ключицы.", tags=["hardware_removal"], restr=["no_lifting"], **C))
    S.append(dict(site="clavicle", kind="operative", op="lcp_clav", anes="general", blood="num", bl_choices=[40, 60, 80], fr=dict(comm=True, open=False, disp=True),
                  restr=["sling", "no_lifting"], sling_weeks=2, tags=["short_stay_osteosynthesis"], **C))
    S.append(dict(site="radial_head", kind="conservative", op=None, fr=dict(comm=False, open=False, disp=False), closed_anes="local",
                  manip_ru="Пункция локтевого сустава под местной анестезией, эвакуировано 15,0 мл гемартроза; иммобилизация задней гипсовой лонгетой.",
                  cast_ru="лонгета 2 нед.", restr=["no_lifting"], rehab=["lfk"],
                  old_ru="В 2019 г. перелом дистального метаэпифиза этой же лучевой кости — лечен консервативно.", **C))
    S.append(dict(site="radial_head", kind="operative_outside_list", op="hw_rh", anes="plexus", blood="min", fr=dict(comm=False, open=None, disp=None), icd="Z47.0",
                  dx_prefix="Сросшийся", old_op_ru="В {y} г. остеосинтез головки {f} лучевой кости винтами.", tags=["hardware_removal"], restr=[], **C))
    S.append(dict(site="tibial_shaft", kind="operative_outside_list", op="hw_tibia_named", anes="spinal", blood="num", bl_choices=[100, 150], fr=dict(comm=False, open=None, disp=None),
                  icd="Z47.0", dx_prefix="Консолидированный", old_op_ru="В {y} г. БИОС {f} большеберцовой кости по поводу перелома (ДТП).", tags=["hardware_removal", "removed_implant_named"],
                  restr=["partial_weight_bearing"], wb=2, **C))
    S.append(dict(site="femoral_neck", kind="operative_outside_list", op="hw_fn", anes="spinal", blood="num", bl_choices=[50], fr=dict(comm=False, open=None, disp=None),
                  icd="Z47.0", dx_prefix="Сросшийся", old_op_ru="В {y} г. остеосинтез шейки {f} бедренной кости винтами.", tags=["hardware_removal"],
                  restr=["partial_weight_bearing"], wb=4, rehab=["crutches"], **C))
    S.append(dict(site="proximal_humerus", kind="conservative", op=None, fr=dict(comm=False, open=False, disp=False), closed_anes="plexus",
                  manip_ru="Иммобилизация косыночной повязкой, обезболивание, R-контроль.", restr=["sling"], sling_weeks=3, rehab=["lfk"], compl_must=["pain"],
                  old_ru="Ранее (2021) перелом диафиза этой же плечевой кости, лечен в аппарате.", **C))
    return S


def ktr_scenarios():
    C = dict(fu=None, p_rehab=0.35, p_restr=0.5)
    S = []
    for i in range(3):
        S.append(dict(site="femoral_neck", kind="planned", op=None, fr=dict(comm=False, open=False, disp=[True, True, False][i]), comorbid=[2, 1, 1][i],
                      mechs=["home", "fall_street"], restr=["no_weight_bearing"] if i == 0 else [], wb=None, rehab=[], **C,
                      planned_kk=["жамбас-сан буынын толық эндопротездеу", "Synthes каннюляцияланған бұрандамаларымен остеосинтез", "каннюляцияланған бұрандамалармен остеосинтез"][i],
                      tags=(["planned_implant_named"] if i == 1 else [])))
    for i in range(3):
        S.append(dict(site="pertrochanteric", kind="planned", op=None, fr=dict(open=False, disp=True), comorbid=1, mechs=["home", "fall_street"],
                      planned_kk=["Gamma3 штифтімен жабық остеосинтез", "проксимальды штифтпен жабық интрамедуллярлы остеосинтез", "PFNA штифтімен остеосинтез"][i],
                      tags=["skeletal_traction"] + (["planned_implant_named"] if i != 1 else []), rehab=[], restr=[], **C))
    S.append(dict(site="femoral_shaft", kind="operative", op="avf_femur", anes="general", blood="num", bl_choices=[150, 200, 300], secondary=2, mechs=["traffic"],
                  fr=dict(open=False, disp=True), reason_kk="Политравма, тұрақтандырудан кейін түпкілікті остеосинтез қажет (damage control).", rehab=[], restr=[], **C))
    S.append(dict(site="femoral_shaft", kind="planned", op=None, fr=dict(open=False, disp=True, comm=True), mechs=["fall_height", "traffic"], tags=["skeletal_traction"],
                  secondary=1, rehab=[], restr=[], **C))
    S.append(dict(site="femoral_shaft", kind="planned", op=None, fr=dict(open=False, disp=True), mechs=["traffic"], no_ao=True, secondary=1, rehab=[], restr=[],
                  old_kk="2015 жылы сол аяқтың ортан жілік мойнының сынығы бойынша ота жасалған (бұрандамалар).", tags=["skeletal_traction"], **C))
    S.append(dict(site="tibial_shaft", kind="operative", op="ilizarov_tibia", anes="spinal", blood="num", bl_choices=[100, 150, 200], pho=True, fr=dict(open=True, disp=True),
                  mechs=["traffic", "fall_height"], req_kk="Облыстық орталықта жараны әрі қарай емдеу және Илизаров аппаратын бақылау сұралады.", restr=["no_weight_bearing"], wb=None, rehab=["crutches"], **C))
    S.append(dict(site="tibial_shaft", kind="operative", op="avf_tibia", anes="spinal", blood="num", bl_choices=[100, 200], pho=True, fr=dict(open=True, disp=True, comm=True),
                  mechs=["traffic"], secondary=1, restr=[], rehab=[], **C))
    S.append(dict(site="tibial_shaft", kind="planned", op=None, fr=dict(open=False, disp=True), mechs=["sport", "fall_street"], restr=["no_weight_bearing"], rehab=["crutches"],
                  old_kk="Бұрын (2020) осы аяқтың үлкен жіліншігінің латеральды айдаршығының сынығы болған, консервативтік ем.", **C))
    for i in range(3):
        S.append(dict(site="tibial_plateau", kind="planned", op=None, fr=dict(open=False, disp=[True, True, False][i]), mechs=["fall_height", "traffic", "fall_street"],
                      secondary=1 if i == 1 else 0, restr=["no_weight_bearing"] if i != 2 else [], rehab=[],
                      hist_kk=("Шатцкер бойынша II тип (КТ облыстық орталықта жасалуы тиіс)." if i == 0 else None), tags=(["schatzker_distractor"] if i == 0 else []), **C))
    S.append(dict(site="humeral_shaft", kind="planned", op=None, fr=dict(open=False, disp=True), comp="radial_nerve", mechs=["fall_street", "sport"], restr=["no_lifting"], rehab=[], **C))
    S.append(dict(site="humeral_shaft", kind="planned", op=None, fr=dict(open=False, disp=True, comm=True), mechs=["traffic"], secondary=1, restr=[], rehab=[],
                  planned_kk="ChM штифтімен интрамедуллярлы остеосинтез", tags=["planned_implant_named"], **C))
    S.append(dict(site="proximal_humerus", kind="planned", op=None, fr=dict(open=False, disp=True, comm=True), mechs=["home", "fall_street"], comorbid=1, restr=[], rehab=[],
                  planned_kk="PHILOS пластинасымен остеосинтез", tags=["planned_implant_named"], **C))
    S.append(dict(site="proximal_humerus", kind="planned", op=None, fr=dict(open=False, disp=True), mechs=["home"], local_kk="косынка таңғышымен иммобилизация жасалды",
                  restr=["sling"], rehab=[], **C))
    S.append(dict(site="ankle", kind="planned", op=None, fr=dict(open=False, disp=True), mechs=["fall_street", "sport"], closed_anes="local", restr=["no_weight_bearing"], rehab=["crutches"], **C))
    S.append(dict(site="ankle", kind="operative", op="lcp13_pos", anes="spinal", blood="num", bl_choices=[50, 100], fr=dict(open=False, disp=True), comp="wound_necrosis",
                  comp_kk_text="Отадан кейінгі 6-тәулікте ота жарасы жиегінің некрозы анықталды, металл құрылымы жалаңаштану қаупі бар.",
                  reason_kk="Ота жарасының асқынуы: облыстық орталықта жараны хирургиялық өңдеу және пластикалық жабу қажет.",
                  req_kk="Жараны ревизиялау, қажет болса металл құрылымын ауыстыру мәселесін шешуді сұраймыз.", restr=["no_weight_bearing"], rehab=[], **C))
    S.append(dict(site="distal_radius", kind="planned", op=None, fr=dict(open=False, disp=True, comm=True), mechs=["fall_street"], closed_anes="local",
                  hist_kk="Жабық репозициядан кейін бақылау рентгенограммасында екінші реттік ығысу.", restr=[], rehab=[], **C))
    for i in range(3):
        S.append(dict(site="hip_oa", kind="planned", op=None, kl=[3, 4, None][i], comorbid=[2, 1, 2][i], restr=[], rehab=["walker"] if i == 0 else [],
                      compl_pool=["pain", "limited_motion", "night_pain"], compl_must=["pain"],
                      planned_kk=("жамбас-сан буынын Zimmer эндопротезімен толық эндопротездеу (квота бойынша)" if i == 1 else None),
                      tags=(["planned_implant_named"] if i == 1 else []), **C))
    for i in range(2):
        S.append(dict(site="knee_oa", kind="planned", op=None, kl=[4, 3][i], comorbid=2, restr=[], rehab=["lfk"] if i == 1 else [], compl_pool=["pain", "swelling", "limited_motion", "night_pain"],
                      old_kk=("2018 жылы осы тізе буынында мениск жыртылуы бойынша артроскопия жасалған." if i == 0 else None), **C))
    S.append(dict(site="patella", kind="operative", op="tbw", anes="spinal", blood="num", bl_choices=[50, 80, 100], fr=dict(open=False, disp=True, comm=True), comp="hw_failure",
                  comp_kk_text="Бақылау рентгенограммасында Киршнер сымдарының жылжуы, сынықтар арасындағы диастаз 5 мм.",
                  req_kk="Облыстық орталықта реостеосинтез жүргізу мәселесін шешуді сұраймыз.", restr=["no_weight_bearing"], rehab=[], **C))
    S.append(dict(site="acl", kind="planned", op=None, chronic=True, mechs=["sport"], compl_pool=["instability", "pain", "swelling"], compl_must=["instability"], restr=["brace"], rehab=["lfk"],
                  **C))
    S.append(dict(site="clavicle", kind="refused", op=None, fr=dict(open=False, disp=True, comm=True), mechs=["sport", "traffic"], restr=["sling"], rehab=[],
                  hist_kk="Ауданда ота ұсынылды, науқас жергілікті жерде операциядан бас тартты (жазбаша бас тарту бар), облыстық орталықта кеңес алуды қалайды.",
                  req_kk="Облыстық орталықта кеңес беру және ем тактикасын анықтауды сұраймыз.", tags=["refused_operation"], **C))
    return S


def mfl_scenarios():
    C = dict(p_rehab=0.85)
    S = []
    S.append(dict(site="femoral_neck", kind="operative", op="screws", anes="spinal", blood="min", fr=dict(open=False, disp=True), comp="nonunion", xr="nonunion",
                  plan_ru="Показано ревизионное вмешательство — тотальное эндопротезирование ТБС; пациент направлен на ВКК.", tags=["planned_revision"],
                  compl_must=["pain"], restr=["partial_weight_bearing"], wb=None, fu=4))
    S.append(dict(site="femoral_neck", kind="operative", op="tha_depuy", anes="spinal", blood="num", bl_choices=[300, 350, 400], fr=dict(open=False, disp=True),
                  dx_prefix="Несросшийся", prev_op_ru="Перелом в 2023 г., остеосинтез шейки {f} бедренной кости винтами — несращение, миграция винтов.", xr="prosthesis",
                  no_mech=True, dx_suffix="Состояние после ревизии — тотального эндопротезирования", suffix_after_code=True,
                  tags=["revision:nonunion_screws_to_tha"], restr=["hip_precautions", "partial_weight_bearing"], wb=6))
    S.append(dict(site="pertrochanteric", kind="operative", op="pfna", anes="spinal", blood="num", comp="dvt", xr="union", fr=dict(open=False, disp=True), comorbid=2,
                  rehab=["walker", "lfk"], restr=[]))
    S.append(dict(site="pertrochanteric", kind="operative", op="gamma3", anes="general", blood=None, xr="consolidating", fr=dict(open=False, comm=True), comorbid=1,
                  old_ru="В анамнезе перелом шейки противоположной бедренной кости (2017), ТЭП."))
    S.append(dict(site="femoral_shaft", kind="operative", op="chm_femur", anes="general", blood="num", comp="delayed", secondary=2, mechs=["traffic", "fall_height"], xr="delayed", fr=dict(open=False, disp=True, comm=True),
                  plan_ru="Планируется динамизация штифта (удаление проксимальных блокирующих винтов) через 4 нед.", tags=["planned_revision"], restr=["partial_weight_bearing"], wb=4, fu=4))
    S.append(dict(site="distal_radius", kind="operative", op="aptus", anes="plexus", blood=None, comp="crps", xr="union", fr=dict(open=False, disp=True, comm=True),
                  rehab=["lfk", "physio"], restr=["no_lifting"]))
    S.append(dict(site="distal_radius", kind="operative", op="aptus", anes="general", blood="min", xr="union", fr=dict(open=False, disp=True),
                  old_ru="Отмечает, что в детстве был перелом головки лучевой кости той же руки.", restr=[]))
    S.append(dict(site="ankle", kind="operative", op="lcp13_pos", anes="spinal", blood="num", bl_choices=[50, 100], xr="union", fr=dict(open=False, disp=True),
                  plan_ru="Плановое удаление позиционного винта — через 2 нед. в условиях стационара одного дня.", tags=["planned_hardware_removal"], restr=["partial_weight_bearing"], wb=2, fu=2))
    S.append(dict(site="ankle", kind="operative", op="lcp13", anes="spinal", blood=None, comp="wound_inf", xr="consolidating", fr=dict(open=False, disp=True, comm=True), comorbid=1))
    S.append(dict(site="tibial_shaft", kind="operative", op="chm_tibia", anes="spinal", blood="num", xr="union", fr=dict(open=False, disp=True), secondary=1, mechs=["traffic"],
                  old_ru="Ранее (2014) перелом плато этой же большеберцовой кости — консервативно."))
    S.append(dict(site="tibial_shaft", kind="operative", op="ilizarov_tibia", anes="spinal", blood="num", xr="consolidating", fr=dict(open=True, disp=True, comm=True),
                  plan_ru="Демонтаж аппарата Илизарова — после клинической пробы через 4 нед.", restr=["partial_weight_bearing"], wb=4, fu=4, tags=["planned_hardware_removal"]))
    S.append(dict(site="proximal_humerus", kind="operative", op="philos", anes="general", blood="num", xr="union", fr=dict(open=False, disp=True, comm=True),
                  compl_pool=["pain", "limited_motion", "night_pain"], restr=["no_lifting"]))
    S.append(dict(site="proximal_humerus", kind="conservative", op=None, fr=dict(open=False, disp=False), xr="union",
                  cons_ru="Лечилась консервативно: косыночная повязка 4 нед., затем разработка движений.", restr=["sling", "no_lifting"], sling_weeks=None,
                  compl_pool=["pain", "limited_motion", "night_pain"], tags=["sling_retold"]))
    S.append(dict(site="patella", kind="operative", op="tbw", anes="spinal", blood="min", xr="union", fr=dict(open=False, disp=True),
                  plan_ru="Удаление металлоконструкции рекомендовано не ранее чем через 12 мес. после операции.", tags=["planned_hardware_removal"], restr=[]))
    S.append(dict(site="radial_head", kind="operative_outside_list", op="rh_resection", anes="plexus", blood=None, xr="soft", fr=dict(open=False, disp=True, comm=True),
                  old_ru="Перелом дистального метаэпифиза той же лучевой кости в 2020 г. сросся.", restr=["no_lifting"], rehab=["lfk", "physio"]))
    S.append(dict(site="humeral_shaft", kind="operative", op="chm_humerus", anes="general", blood="num", xr="consolidating", fr=dict(open=False, disp=True),
                  old_ru="В 2012 г. перелом хирургической шейки этой же плечевой кости (консервативно)."))
    S.append(dict(site="humeral_shaft", kind="operative", op="lcp_humerus", anes="general", blood="num", comp="radial_nerve", xr="union", fr=dict(open=False, disp=True, comm=True),
                  today_ru="Разгибание кисти восстанавливается, сила разгибателей 4 балла.", restr=["no_lifting"], rehab=["lfk", "physio"]))
    S.append(dict(site="tibial_plateau", kind="operative", op="lcp_plateau", anes="spinal", blood="num", xr="union", fr=dict(open=False, disp=True), restr=["brace", "partial_weight_bearing"], wb=4))
    S.append(dict(site="tibial_plateau", kind="operative", op="lcp_plateau", anes="spinal", blood=None, comp="contracture", xr="union", fr=dict(open=False, disp=True, comm=True),
                  plan_ru="При отсутствии эффекта — артроскопический артролиз (ревизия) через 2 мес.", plan_kk="Әсер болмаса — 2 айдан кейін артроскопиялық артролиз.",
                  tags=["planned_revision"], rehab=["cpm", "lfk"], restr=[], fu=8))
    S.append(dict(site="clavicle", kind="operative", op="lcp_clav", anes="general", blood="min", xr="union", fr=dict(open=False, disp=True, comm=True), restr=["no_lifting"]))
    S.append(dict(site="clavicle", kind="conservative", op=None, fr=dict(open=False, disp=True), xr="consolidating", cons_ru="Лечение консервативное: косыночная повязка 3 нед.",
                  restr=["sling"], tags=["sling_retold"], rehab=["lfk"]))
    S.append(dict(site="hip_oa", kind="operative", op="tha_zimmer", anes="spinal", blood="num", bl_choices=[300, 400, 500], xr="prosthesis", kl=3,
                  restr=["hip_precautions"], rehab=["walker", "lfk"], compl_pool=["pain", "limited_motion"]))
    S.append(dict(site="hip_oa", kind="operative", op="tha_depuy", anes="spinal", blood="num", bl_choices=[250, 350], xr="prosthesis", kl=None, comorbid=2,
                  restr=["hip_precautions", "no_lifting"], rehab=["crutches", "lfk"]))
    S.append(dict(site="hip_oa", kind="operative", op="tha_zimmer", anes="general", blood=None, comp="pji", xr="pji", kl=4,
                  plan_ru="Показано двухэтапное ревизионное эндопротезирование; госпитализация в плановом порядке.", plan_kk="Екі кезеңді ревизиялық эндопротездеу жоспарлануда.",
                  tags=["planned_revision"], restr=[], rehab=[], compl_pool=["pain", "swelling", "night_pain"], compl_must=["pain"]))
    S.append(dict(site="knee_oa", kind="operative", op="tka_nexgen", anes="spinal", blood="num", xr="prosthesis", kl=3, rehab=["lfk", "cpm"]))
    S.append(dict(site="knee_oa", kind="operative", op="tka_genesis", anes="spinal", blood="min", xr="prosthesis", kl=4, comp="stiff_tka", comorbid=2,
                  rehab=["cpm", "lfk", "physio"], compl_pool=["limited_motion", "pain"], compl_must=["limited_motion"]))
    S.append(dict(site="knee_oa", kind="operative", op="tka_attune", anes="general", blood="num", xr="prosthesis", kl=None, restr=["partial_weight_bearing"], wb=2))
    S.append(dict(site="acl", kind="operative", op="acl_rec", anes="spinal", blood="min", xr="soft", restr=["brace"], rehab=["lfk", "isometric"], compl_pool=["pain", "swelling"]))
    S.append(dict(site="acl", kind="refused", op="acl_rec_gen", anes="spinal", blood=None, xr="soft", comp="graft", compl_must=["instability"], compl_pool=["instability", "swelling"],
                  plan_ru="Предложена ревизионная реконструкция ПКС — пациент от операции отказался, продолжает консервативное лечение.", tags=["refused_operation"],
                  restr=["brace"], rehab=["lfk"]))
    S.append(dict(site="meniscus", kind="operative", op="pmx", anes="spinal", blood="min", xr="soft", compl_pool=["pain", "swelling", "locking"], restr=[], rehab=["lfk", "isometric"]))
    return S


STYLES = [("day_surgery_summary_ru", "dss", "ru", dss_scenarios, dss_text, ["A_table", "B_prose", "C_numbered"]),
          ("kk_regional_transfer", "ktr", "kk", ktr_scenarios, ktr_text, ["A_letter", "B_table", "C_points"]),
          ("mixed_followup_letter", "mfl", "mixed", mfl_scenarios, mfl_text, ["A_ru_main", "B_bilingual", "C_kk_main"])]

ICD_FIND = re.compile(r"(?<![A-Za-z0-9])([A-Z]\d\d(?:\.\d{1,2})?)(?![0-9])")
CYR2LAT = str.maketrans({"А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "К": "K", "М": "M", "О": "O",
                         "Р": "P", "Т": "T", "Х": "X", "І": "I", "Ѕ": "S"})


def codes_in(text):
    out = []
    for m in ICD_FIND.finditer(text.translate(CYR2LAT)):
        if m.group(1) not in out:
            out.append(m.group(1))
    return out


def main():
    rec_dir = HERE / "records"
    if rec_dir.exists():
        shutil.rmtree(rec_dir)
    rec_dir.mkdir()
    truth, meta = [], []
    for style, pre, lang, scen, writer, variants in STYLES:
        srng = random.Random(f"{SEED}:{style}")
        sc_list = scen()
        assert len(sc_list) == 30, (style, len(sc_list))
        order = list(range(30))
        srng.shuffle(order)
        for n, idx in enumerate(order, 1):
            sc = dict(sc_list[idx])
            rid = f"{pre}-{n:03d}"
            rng = random.Random(f"{SEED}:{rid}")
            # person first (age shapes comorbidities), then the truth, then dates
            base = dt.date(2024, 1, 10) + dt.timedelta(days=rng.randint(0, 560))
            lo, hi = (58, 86) if sc["site"] in ("hip_oa", "knee_oa", "femoral_neck", "pertrochanteric") else ((18, 45) if sc["site"] in ("acl", "meniscus") else (20, 78))
            pers = person(rng, lo, hi, base)
            c = new_ctx(style, rid, rng, sc, pers["age"])
            c["p"] = pers
            if style == "day_surgery_summary_ru":
                c["date"] = base
                c["inj_date"] = base - dt.timedelta(days=rng.randint(120, 500) if sc.get("chronic") else rng.randint(1, 40))
                if "hardware_removal" in c["tags"]:
                    c["inj_date"] = base - dt.timedelta(days=rng.randint(330, 800))
            elif style == "kk_regional_transfer":
                c["inj_date"] = base
                c["adm_date"] = base + dt.timedelta(days=rng.randint(0, 1))
                c["op_date"] = c["adm_date"] + dt.timedelta(days=rng.randint(0, 1))
                c["date"] = c["adm_date"] + dt.timedelta(days=rng.randint(2, 9))
            else:
                c["inj_date"] = base
                c["op_date"] = base + dt.timedelta(days=rng.randint(1, 6)) if c["op"] else None
                c["date"] = base + dt.timedelta(days=rng.randint(80, 300))
            c["variant"] = variants[(n - 1) % 3]
            text = writer(c, rng)
            text = re.sub(r"[ \t]+\n", "\n", text)
            text = re.sub(r" {2,}(?=\S)", lambda m: m.group(0) if "    " in m.group(0) else " ", text)
            f = c["f"]
            found = codes_in(text)
            assert found == (f["icd10"] or []), (rid, found, f["icd10"])
            (rec_dir / f"{rid}.txt").write_text(text, encoding="utf-8")
            truth.append({"id": rid, "style": style, "language": lang, "fields": {k: f[k] for k in FIELD_KEYS}})
            if any(x not in text for x in f["icd10"] or []):
                c["tags"].append("cyrillic_icd")
            if c["kind"] == "planned":
                c["tags"].append("planned_operation")
            tags = sorted(set(c["tags"]))
            meta.append({"id": rid, "style": style, "variant": c["variant"], "kind": c["kind"], "tags": tags})
    with open(HERE / "truth.jsonl", "w", encoding="utf-8") as fh:
        for t in truth:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    with open(HERE / "meta.jsonl", "w", encoding="utf-8") as fh:
        for m in meta:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    print(f"wrote {len(truth)} records")


if __name__ == "__main__":
    main()
