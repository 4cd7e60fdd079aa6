"""Orthopedic case catalogue: what happened to the patient, in ru and kk, and the facts.

One `Case` per record drives every section, so the text and `facts` can never disagree.
Catalogue strings carry `{side}` placeholders because Russian side words agree in gender
(правой бедренной кости / правого коленного сустава) while Kazakh uses invariable оң/сол жақ.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

# key: (condition, icd10, ao_ota options, ru diagnosis, ru side forms (right, left),
#       kk diagnosis, ru region (genitive, for the exam), kk region, procedures)
# procedure: (code, ru text, kk text, implants)
CATALOGUE: dict[str, dict] = {
    "femoral_neck": dict(
        condition="fracture", icd10="S72.0", ao=["31-B1", "31-B2", "31-B3"], limb="lower",
        ru="перелом шейки {side} бедренной кости", ru_side=("правой", "левой"),
        kk="{side} сан сүйегі мойнының сынығы",
        ru_region="{side} тазобедренного сустава", ru_region_side=("правого", "левого"),
        kk_region="{side} жамбас буыны", eponyms=["классификация Гардена", "доступ по Хардингу"],
        procedures=[
            ("total_hip_arthroplasty", "тотальное эндопротезирование тазобедренного сустава",
             "жамбас буынын толық эндопротездеу",
             ["эндопротез Zimmer", "эндопротез DePuy Corail", "эндопротез Smith & Nephew"]),
            ("cannulated_screws", "остеосинтез шейки бедра канюлированными винтами",
             "сан мойнын канюлирленген бұрандалармен остеосинтездеу",
             ["канюлированные винты Synthes"])]),
    "pertrochanteric": dict(
        condition="fracture", icd10="S72.1", ao=["31-A1", "31-A2", "31-A3"], limb="lower",
        ru="чрезвертельный перелом {side} бедренной кости", ru_side=("правой", "левой"),
        kk="{side} сан сүйегінің ұршықаралық сынығы",
        ru_region="{side} тазобедренного сустава", ru_region_side=("правого", "левого"),
        kk_region="{side} жамбас буыны", eponyms=["классификация Эванса"],
        procedures=[("intramedullary_nailing", "закрытая репозиция, интрамедуллярный остеосинтез",
                     "жабық репозиция, интрамедуллярлы остеосинтез",
                     ["интрамедуллярный штифт PFNA", "штифт Gamma3"])]),
    "femoral_shaft": dict(
        condition="fracture", icd10="S72.3", ao=["32-A2", "32-B2", "32-C1"], limb="lower",
        ru="перелом диафиза {side} бедренной кости", ru_side=("правой", "левой"),
        kk="{side} сан сүйегі диафизінің сынығы",
        ru_region="{side} бедра", ru_region_side=("правого", "левого"), kk_region="{side} сан",
        eponyms=["шина Белера"],
        procedures=[("intramedullary_nailing", "блокируемый интрамедуллярный остеосинтез",
                     "бұғатталатын интрамедуллярлы остеосинтез",
                     ["интрамедуллярный штифт ChM", "штифт Synthes EX"])]),
    "distal_radius": dict(
        condition="fracture", icd10="S52.5", ao=["23-A2", "23-A3", "23-C1"], limb="upper",
        ru="перелом дистального метаэпифиза {side} лучевой кости", ru_side=("правой", "левой"),
        kk="{side} кәрі жілік сүйегінің дистальды метаэпифизінің сынығы",
        ru_region="{side} лучезапястного сустава", ru_region_side=("правого", "левого"),
        kk_region="{side} білезік буыны", eponyms=["перелом Коллеса", "перелом Смита"],
        procedures=[("plate_osteosynthesis", "открытая репозиция, накостный остеосинтез",
                     "ашық репозиция, сүйекүсті остеосинтезі",
                     ["пластина LCP", "пластина APTUS"])]),
    "ankle": dict(
        condition="fracture", icd10="S82.8", ao=["44-B1", "44-B2", "44-C1"], limb="lower",
        ru="перелом лодыжек {side} голени", ru_side=("правой", "левой"),
        kk="{side} сирақ тобықтарының сынығы",
        ru_region="{side} голеностопного сустава", ru_region_side=("правого", "левого"),
        kk_region="{side} сирақ-табан буыны",
        eponyms=["перелом Дюпюитрена", "классификация Вебера"],
        procedures=[("plate_osteosynthesis", "открытая репозиция, остеосинтез лодыжек",
                     "ашық репозиция, тобықтарды остеосинтездеу",
                     ["пластина LCP 1/3 трубчатая", "позиционный винт"])]),
    "tibial_shaft": dict(
        condition="fracture", icd10="S82.2", ao=["42-A2", "42-B2", "42-C2"], limb="lower",
        ru="перелом диафиза {side} большеберцовой кости", ru_side=("правой", "левой"),
        kk="{side} үлкен жіліншік сүйегі диафизінің сынығы",
        ru_region="{side} голени", ru_region_side=("правой", "левой"), kk_region="{side} сирақ",
        eponyms=["классификация Густило–Андерсона"],
        procedures=[("external_fixation", "чрескостный остеосинтез", "сүйек арқылы остеосинтез",
                     ["аппарат Илизарова"])]),
    "proximal_humerus": dict(
        condition="fracture", icd10="S42.2", ao=["11-A2", "11-B1", "11-C1"], limb="upper",
        ru="перелом проксимального отдела {side} плечевой кости", ru_side=("правой", "левой"),
        kk="{side} тоқпан жілік сүйегінің проксимальды бөлігінің сынығы",
        ru_region="{side} плечевого сустава", ru_region_side=("правого", "левого"),
        kk_region="{side} иық буыны", eponyms=["классификация Нира", "повязка Дезо"],
        procedures=[("plate_osteosynthesis", "открытая репозиция, накостный остеосинтез",
                     "ашық репозиция, сүйекүсті остеосинтезі", ["пластина PHILOS"])]),
    "patella": dict(
        condition="fracture", icd10="S82.0", ao=["34-C1", "34-C2"], limb="lower",
        ru="перелом {side} надколенника", ru_side=("правого", "левого"),
        kk="{side} тізе тобығының сынығы",
        ru_region="{side} коленного сустава", ru_region_side=("правого", "левого"),
        kk_region="{side} тізе буыны", eponyms=["остеосинтез по Веберу"],
        procedures=[("tension_band_wiring", "остеосинтез стягивающей петлей",
                     "тартушы ілмекпен остеосинтез",
                     ["спицы Киршнера", "серкляжная проволока"])]),
    "radial_head": dict(
        condition="fracture", icd10="S52.1", ao=["21-A2", "21-B2"], limb="upper",
        ru="перелом головки {side} лучевой кости", ru_side=("правой", "левой"),
        kk="{side} кәрі жілік басының сынығы",
        ru_region="{side} локтевого сустава", ru_region_side=("правого", "левого"),
        kk_region="{side} шынтақ буыны", eponyms=["классификация Мейсона"],
        procedures=[("plate_osteosynthesis", "открытая репозиция, остеосинтез головки лучевой "
                     "кости пластиной", "ашық репозиция, кәрі жілік басын пластинамен "
                     "остеосинтездеу", ["пластина APTUS"])]),
    "humeral_shaft": dict(
        condition="fracture", icd10="S42.3", ao=["12-A2", "12-B2", "12-C1"], limb="upper",
        ru="перелом диафиза {side} плечевой кости", ru_side=("правой", "левой"),
        kk="{side} тоқпан жілік диафизінің сынығы",
        ru_region="{side} плеча", ru_region_side=("правого", "левого"), kk_region="{side} иық",
        eponyms=["повязка Дезо"],
        procedures=[("intramedullary_nailing", "блокируемый интрамедуллярный остеосинтез",
                     "бұғатталатын интрамедуллярлы остеосинтез", ["интрамедуллярный штифт ChM"]),
                    ("plate_osteosynthesis", "открытая репозиция, накостный остеосинтез",
                     "ашық репозиция, сүйекүсті остеосинтезі", ["пластина LCP"])]),
    "tibial_plateau": dict(
        condition="fracture", icd10="S82.1", ao=["41-B1", "41-B3", "41-C1"], limb="lower",
        ru="перелом мыщелков {side} большеберцовой кости", ru_side=("правой", "левой"),
        kk="{side} үлкен жіліншік сүйегі айдаршықтарының сынығы",
        ru_region="{side} коленного сустава", ru_region_side=("правого", "левого"),
        kk_region="{side} тізе буыны", eponyms=["классификация Шацкера"],
        procedures=[("plate_osteosynthesis", "открытая репозиция, накостный остеосинтез",
                     "ашық репозиция, сүйекүсті остеосинтезі", ["пластина LCP"])]),
    "clavicle": dict(
        condition="fracture", icd10="S42.0", ao=["15-B1", "15-B2"], limb="upper",
        ru="перелом {side} ключицы", ru_side=("правой", "левой"),
        kk="{side} бұғана сынығы",
        ru_region="{side} надплечья", ru_region_side=("правого", "левого"),
        kk_region="{side} иық белдеуі", eponyms=["повязка Дезо"],
        procedures=[("plate_osteosynthesis", "открытая репозиция, накостный остеосинтез",
                     "ашық репозиция, сүйекүсті остеосинтезі", ["пластина LCP"])]),
    "hip_oa": dict(
        condition="osteoarthritis", icd10="M16.1", joint="hip", limb="lower",
        ru="{side} коксартроз", ru_side=("правосторонний", "левосторонний"),
        kk="{side} жамбас буынының коксартрозы",
        ru_region="{side} тазобедренного сустава", ru_region_side=("правого", "левого"),
        kk_region="{side} жамбас буыны",
        eponyms=["симптом Тренделенбурга", "проба Томаса", "доступ по Хардингу"],
        procedures=[("total_hip_arthroplasty",
                     "тотальное эндопротезирование тазобедренного сустава",
                     "жамбас буынын толық эндопротездеу",
                     ["эндопротез Zimmer", "эндопротез DePuy Pinnacle",
                      "эндопротез Smith & Nephew"])]),
    "knee_oa": dict(
        condition="osteoarthritis", icd10="M17.1", joint="knee", limb="lower",
        ru="{side} гонартроз", ru_side=("правосторонний", "левосторонний"),
        kk="{side} тізе буынының гонартрозы",
        ru_region="{side} коленного сустава", ru_region_side=("правого", "левого"),
        kk_region="{side} тізе буыны", eponyms=["классификация Келлгрена–Лоуренса"],
        procedures=[("total_knee_arthroplasty", "тотальное эндопротезирование коленного сустава",
                     "тізе буынын толық эндопротездеу",
                     ["эндопротез Zimmer NexGen", "эндопротез Smith & Nephew Genesis II",
                      "эндопротез DePuy Attune"])]),
    "acl": dict(
        condition="ligament_injury", icd10="S83.5", structure="ACL", limb="lower",
        ru="разрыв передней крестообразной связки {side} коленного сустава",
        ru_side=("правого", "левого"),
        kk="{side} тізе буынының алдыңғы айқаспалы байламының үзілуі",
        ru_region="{side} коленного сустава", ru_region_side=("правого", "левого"),
        kk_region="{side} тізе буыны",
        eponyms=["тест Лахмана", "симптом переднего выдвижного ящика", "pivot-shift тест"],
        procedures=[("acl_reconstruction", "артроскопическая пластика ПКС аутотрансплантатом",
                     "аутотрансплантатпен артроскопиялық АҚБ пластикасы",
                     ["фиксатор EndoButton", "интерферентный винт Arthrex"])]),
    "meniscus": dict(
        condition="meniscus_tear", icd10="S83.2", structure="medial_meniscus", limb="lower",
        ru="разрыв заднего рога медиального мениска {side} коленного сустава",
        ru_side=("правого", "левого"), kk="{side} тізе буынының медиальды менискісінің жыртылуы",
        ru_region="{side} коленного сустава", ru_region_side=("правого", "левого"),
        kk_region="{side} тізе буыны",
        eponyms=["тест Мак-Маррея", "симптом Байкова", "симптом Штеймана"],
        procedures=[("partial_meniscectomy", "артроскопическая парциальная менискэктомия",
                     "артроскопиялық ішінара менискэктомия", [])]),
}

MECHANISMS = {
    "fall_street": ("поскользнулся и упал на улице", "көшеде тайып құлаған"),
    "fall_height": ("упал с высоты около 2 метров", "шамамен 2 метр биіктіктен құлаған"),
    "traffic": ("травма получена в результате ДТП", "жол-көлік оқиғасы кезінде жарақат алған"),
    "sport": ("травма во время игры в футбол", "футбол ойнау кезінде жарақат алған"),
    "home": ("упал дома, споткнувшись о порог", "үйде табалдырыққа сүрініп құлаған"),
}

COMPLAINTS = {
    "pain": ("боли", "ауырсыну"), "swelling": ("отёк", "ісіну"),
    "limited_motion": ("ограничение движений", "қозғалыстың шектелуі"),
    "no_weight_bearing": ("невозможность опоры на конечность", "аяққа тірек ете алмау"),
    "deformity": ("деформацию", "деформация"),
    "instability": ("нестабильность сустава", "буынның тұрақсыздығы"),
    "locking": ("блокаду сустава", "буынның құлыпталуы"),
    "night_pain": ("ночные боли", "түнгі ауырсыну"),
}

# name, dose forms (ru, kk) - doses stay identical across languages
DRUGS = [("Цефазолин", "1,0 г в/в", "1,0 г к/і"), ("Кеторолак", "30 мг в/м", "30 мг б/е"),
         ("Трамадол", "50 мг в/м", "50 мг б/е"), ("Эноксапарин", "40 мг п/к", "40 мг т/а"),
         ("Ривароксабан", "10 мг внутрь", "10 мг ішке"), ("Парацетамол", "1 г в/в", "1 г к/і"),
         ("Омепразол", "20 мг внутрь", "20 мг ішке"),
         ("Транексамовая кислота", "1 г в/в", "1 г к/і"), ("Диклофенак", "75 мг в/м", "75 мг б/е"),
         ("Цефтриаксон", "1 г в/в", "1 г к/і"),
         ("Метамизол натрия", "50% 2 мл в/м", "50% 2 мл б/е")]

# lab: (ru name, kk name, unit, low, high, decimals)
LABS = [("Гемоглобин", "Гемоглобин", "г/л", 95, 150, 0),
        ("Лейкоциты", "Лейкоциттер", "×10⁹/л", 4.5, 12.5, 1),
        ("СОЭ", "ЭТЖ", "мм/ч", 4, 38, 0), ("Глюкоза", "Глюкоза", "ммоль/л", 4.1, 7.8, 1),
        ("Креатинин", "Креатинин", "мкмоль/л", 58, 118, 0), ("МНО", "ХҚҚ", "", 0.9, 1.4, 2),
        ("СРБ", "СРА", "мг/л", 1, 48, 0), ("Тромбоциты", "Тромбоциттер", "×10⁹/л", 160, 380, 0),
        ("Фибриноген", "Фибриноген", "г/л", 2.1, 5.2, 1)]


@dataclass
class Case:
    """The clinical story of one record; `facts()` is what field extraction must recover."""

    key: str
    entry: dict
    side: str  # right | left
    mechanism: str | None
    procedure: tuple[str, str, str, list[str]]
    implants: list[str]
    complaints: list[str]
    ao_ota: str | None = None
    displaced: bool = False
    comminuted: bool = False
    open: bool = False
    kl_grade: int | None = None
    anesthesia: str = "spinal"
    blood_loss_ml: int = 200
    weight_bearing_weeks: int = 6
    follow_up_weeks: int = 6
    drugs: list[tuple[str, str, str]] = field(default_factory=list)
    rehab: list[str] = field(default_factory=list)
    restrictions: list[str] = field(default_factory=list)
    injury: date | None = None
    admission: date = date(2024, 1, 1)
    surgery: date = date(2024, 1, 2)
    discharge: date = date(2024, 1, 10)

    def ru_dx(self) -> str:
        side = self.entry["ru_side"][0 if self.side == "right" else 1]
        return self.entry["ru"].format(side=side)

    def kk_dx(self) -> str:
        return self.entry["kk"].format(side="оң жақ" if self.side == "right" else "сол жақ")

    def region(self, lang: str) -> str:
        if lang == "kk":
            side = "оң жақ" if self.side == "right" else "сол жақ"
            return self.entry["kk_region"].format(side=side)
        side = self.entry["ru_region_side"][0 if self.side == "right" else 1]
        return self.entry["ru_region"].format(side=side)

    def facts(self) -> dict:
        e = self.entry
        follow_date = self.discharge + timedelta(weeks=self.follow_up_weeks)
        fracture = None
        if e["condition"] == "fracture":
            fracture = {"displaced": self.displaced, "comminuted": self.comminuted,
                        "open": self.open, "ao_ota": self.ao_ota}
        oa = {"joint": e["joint"], "kl_grade": self.kl_grade} if self.kl_grade else None
        return {
            "condition": e["condition"], "site": self.key, "side": self.side,
            "limb": e["limb"], "fracture": fracture, "oa": oa,
            "soft_tissue": e.get("structure"), "mechanism": self.mechanism,
            "icd10": [e["icd10"]], "procedure": self.procedure[0], "implants": self.implants,
            "anesthesia": self.anesthesia, "blood_loss_ml": self.blood_loss_ml,
            "complaints": self.complaints,
            "drugs": [{"name": n, "dose": d} for n, d, _ in self.drugs],
            "admission_date": self.admission.isoformat(), "surgery_date": self.surgery.isoformat(),
            "discharge_date": self.discharge.isoformat(),
            "length_of_stay_days": (self.discharge - self.admission).days,
            "rehabilitation": self.rehab, "restrictions": self.restrictions,
            "weight_bearing_weeks": self.weight_bearing_weeks,
            "follow_up": {"weeks": self.follow_up_weeks,
                          "date": follow_date.isoformat()},
        }


def sample_case(rng: random.Random, admission: date) -> Case:
    """Draw a consistent case: fracture flags agree with the AO/OTA group, OA with KL grade."""
    key = rng.choice(sorted(CATALOGUE))
    e = CATALOGUE[key]
    proc = rng.choice(e["procedures"])
    implants = [rng.choice(proc[3])] if proc[3] else []
    if proc[0] in ("plate_osteosynthesis", "tension_band_wiring") and len(proc[3]) > 1:
        implants = list(proc[3]) if rng.random() < 0.5 else implants
    case = Case(key=key, entry=e, side=rng.choice(["right", "left"]), mechanism=None,
                procedure=proc, implants=implants, complaints=[])
    if e["condition"] == "fracture":
        case.ao_ota = rng.choice(e["ao"])
        case.comminuted = case.ao_ota.split("-")[1][0] == "C"
        case.displaced = case.comminuted or rng.random() < 0.75
        case.open = key == "tibial_shaft" and rng.random() < 0.6
        case.mechanism = rng.choice(sorted(MECHANISMS))
        case.complaints = ["pain", "swelling", "no_weight_bearing" if e["limb"] == "lower"
                           else "limited_motion"] + (["deformity"] if case.displaced else [])
        case.injury = admission - timedelta(days=rng.choice([0, 0, 0, 1, 2]))
    elif e["condition"] == "osteoarthritis":
        case.kl_grade = rng.choice([3, 4, 4])
        case.complaints = ["pain", "limited_motion", "night_pain"]
    else:
        case.mechanism = "sport" if rng.random() < 0.7 else "fall_street"
        case.complaints = ["pain", "instability" if key == "acl" else "locking", "swelling"]
        case.injury = admission - timedelta(days=rng.randrange(14, 200))
    case.anesthesia = "general" if e["limb"] == "upper" or rng.random() < 0.3 else "spinal"
    case.blood_loss_ml = rng.randrange(50, 700, 50)
    case.weight_bearing_weeks = rng.choice([4, 6, 8, 12])
    case.follow_up_weeks = rng.choice([2, 4, 6, 12])
    antibiotics = [d for d in DRUGS if d[0].startswith("Цеф")]
    case.drugs = [rng.choice(antibiotics)] + rng.sample(
        [d for d in DRUGS if d not in antibiotics], 4)  # drugs[0]: the prophylactic antibiotic
    case.admission = admission
    case.surgery = admission + timedelta(days=rng.choice([0, 1, 1, 2, 3]))
    case.discharge = case.surgery + timedelta(days=rng.randrange(4, 12))
    case.rehab, case.restrictions = plan_rehab(case, rng)
    return case


def lab_value(rng: random.Random, lab: tuple) -> str:
    _, _, _, low, high, decimals = lab
    value = rng.uniform(low, high)
    return f"{value:.{decimals}f}".replace(".", ",")


# rehabilitation and restriction codes -> (ru, kk) phrasings; see datasets/synth.md
REHAB = {
    "lfk": ("ЛФК по программе реабилитации", "реабилитация бағдарламасы бойынша ЕДШ"),
    "crutches": ("ходьба на костылях", "балдақпен жүру"),
    "walker": ("ходьба с ходунками", "жүргізгішпен (ходунок) жүру"),
    "cpm": ("механотерапия на аппарате Artromot", "Artromot аппаратында механотерапия"),
    "physio": ("магнитотерапия, 10 сеансов", "магнитотерапия, 10 сеанс"),
    "isometric": ("изометрические упражнения для мышц бедра",
                  "сан бұлшықеттеріне изометриялық жаттығулар"),
}
RESTRICT = {
    "no_weight_bearing": ("без нагрузки на оперированную конечность {w} недель",
                          "{w} апта бойы оталанған аяққа салмақ түсірмеу"),
    "partial_weight_bearing": ("дозированная нагрузка до 20 кг в течение {w} недель",
                               "{w} апта бойы 20 кг-ға дейін мөлшерлі салмақ түсіру"),
    "hip_precautions": ("не сгибать в тазобедренном суставе более 90°, не скрещивать ноги",
                        "жамбас буынын 90°-тан артық бүкпеу, аяқтарды айқастырмау"),
    "no_lifting": ("не поднимать тяжести более 3 кг {w} недель",
                   "{w} апта бойы 3 кг-нан ауыр зат көтермеу"),
    "brace": ("ношение ортеза {w} недель", "{w} апта бойы ортез кию"),
    "sling": ("косыночная повязка {w} недель", "{w} апта бойы орамал таңғыш"),
}


def plan_rehab(case: Case, rng: random.Random) -> tuple[list[str], list[str]]:
    """Rehabilitation and restriction codes that fit the limb and the procedure."""
    if case.entry["limb"] == "upper":
        return ["lfk", "physio"], ["sling", "no_lifting"]
    rehab = ["lfk", rng.choice(["crutches", "walker"]), "isometric"]
    if case.procedure[0] in ("total_knee_arthroplasty", "acl_reconstruction"):
        rehab.append("cpm")
    restrictions = [rng.choice(["no_weight_bearing", "partial_weight_bearing"])]
    if case.procedure[0] == "total_hip_arthroplasty":
        restrictions = ["partial_weight_bearing", "hip_precautions"]
    if case.key in ("acl", "patella"):
        restrictions.append("brace")
    return rehab, restrictions
