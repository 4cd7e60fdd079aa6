"""Other hospitals' wording: Kazakh postposed complaints, (S)/(D) sides, staged operations.

Every sentence here is written for this test (no dataset record is copied); each case runs
the real extractor and asserts the fields it must produce, or None where it must not guess.
"""

from __future__ import annotations

import pytest

from medadapt.corpus.clauses import sentences
from medadapt.corpus.codes import icd10_codes
from medadapt.corpus.fields import extract_document

CASES = [
    # Cyrillic dze "Ѕ" as the ICD chapter letter; "(D)" marks the side; Kazakh comminuted
    ("Диагноз: Оң (D) кәрі жілік сүйегінің дистальды метаэпифизінің жабық жарықшақты сынығы, "
     "ығысуымен (Ѕ52.5).",
     {"site": "distal_radius", "side": "right", "icd10": ["S52.5"], "fracture_open": False,
      "fracture_comminuted": True, "fracture_displaced": True}),
    # a bracketed Russian gloss between the Kazakh word and "сынығы"
    ("Диагноз: Сол (S) тізеүсті сүйегінің ашық (открытый) сынығы, ығысусыз. АХЖ-10: S82.0.",
     {"site": "patella", "side": "left", "fracture_open": True, "fracture_displaced": False}),
    # "лев. ТБС": a shortening dot before an acronym ends no sentence
    ("DS: M16.1 ДОА лев. ТБС, II ст.", {"site": "hip_oa", "side": "left", "kl_grade": 2}),
    # abbreviations ББК, х/ш, б/смещения; a dotted label ("Сопутств.:") starts a new entry
    ("Д-з: Перелом мыщелков ББК справа б/смещения отломков\nСопутств.: ушиб левого колена",
     {"site": "tibial_plateau", "side": "right", "fracture_displaced": False}),
    ("Д-з: S42.2 Перелом х/ш плеча sinistra", {"site": "proximal_humerus", "side": "left"}),
    ("Диагноз: Сол жақ иық сүйегі денесінің ығысқан сынығы (S42.3).",
     {"site": "humeral_shaft", "side": "left"}),
    ("Диагноз: Оң сирақтың екі тобығының жабық сынығы (S82.8).",
     {"site": "ankle", "side": "right", "fracture_open": False}),
    # the Kazakh complaint word follows the list
    ("Науқас ауыру сезімі, іскендік және қимыл-қозғалыстың шектелуі шағымдарымен түсті.",
     {"complaints": ["pain", "swelling", "limited_motion"]}),
    # "в области травмы" inside the complaint list does not end it
    ("Жалобы: б-ль в области травмы, отёчность, огр. движений, искривление конечности.",
     {"complaints": ["pain", "swelling", "limited_motion", "deformity"]}),
    ("Жарақат алу жағдайы: пәтерде сүрініп құлаған. Диагноз: сан мойнының сынығы (S72.0).",
     {"mechanism": "home", "site": "femoral_neck"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_style_case(text: str, expected: dict) -> None:
    row = extract_document(text)
    assert {k: row[k] for k in expected} == expected


def test_kazakh_operation_loss_and_follow_up() -> None:
    text = ("Диагноз: Сол жамбас-сан буынының коксартрозы, III саты (M16.1).\n"
            "12.03.2025 сол жамбас-сан буынын DePuy Pinnacle тостағаншасы арқылы тотальды "
            "эндопротездеу операциясы орындалды. Шамамен 350 мл қан жоғалтты.\n"
            "Ұсыныстар: 6 аптадан соң травматолог қарауы.")
    row = extract_document(text)
    assert row["procedure"] == "total_hip_arthroplasty"
    assert row["implants"] == ["эндопротез DePuy Pinnacle"]
    assert row["blood_loss_ml"] == 350
    assert row["follow_up_weeks"] == 6


def test_staged_care_reports_the_definitive_operation() -> None:
    text = ("Диагноз: Закрытый перелом диафиза левой большеберцовой кости со смещением (S82.2).\n"
            "Операция: наложение стержневого аппарата внешней фиксации (первый этап).\n"
            "Анестезия: эндотрахеальный наркоз. Кровопотеря 40 мл.\n"
            "Выполнено: интрамедуллярный остеосинтез штифтом ChM.\n"
            "Анестезия: спинальная анестезия. Кровопотеря 220 мл.")
    row = extract_document(text)
    assert row["procedure"] == "intramedullary_nailing"
    assert row["anesthesia"] == "spinal"
    assert row["blood_loss_ml"] == 220


def test_history_operation_in_kazakh_is_not_this_stay() -> None:
    text = ("Анамнезінде оң жақ жамбас-сан буынын эндопротездеу (2016 ж.).\n"
            "Диагноз: Сол жақ бұғананың ығысқан сынығы (S42.0).\n"
            "Операция: Ашық репозиция, LCP пластинасы орнатылды.")
    row = extract_document(text)
    assert row["site"] == "clavicle"
    assert row["procedure"] == "plate_osteosynthesis"
    assert row["implants"] == ["пластина LCP"]


def test_brand_named_with_its_model_is_one_implant() -> None:
    row = extract_document("Диагноз: гонартроз справа (M17.1).\n"
                           "Выполнено: эндопротезирование коленного сустава эндопротезом "
                           "NexGen (Zimmer).")
    assert row["implants"] == ["эндопротез Zimmer NexGen"]


def test_weight_bearing_weeks_before_the_dash_not_a_drug_course() -> None:
    row = extract_document("Рекомендовано: 2 мес. — без нагрузки на ногу; костыли.")
    assert (row["restrictions"], row["weight_bearing_weeks"]) == (["no_weight_bearing"], 8)
    row = extract_document("Ұсыныстар: аяққа салмақ түсірмеу; эноксапарин 0,4 мл 4 апта.")
    assert (row["restrictions"], row["weight_bearing_weeks"]) == (["no_weight_bearing"], None)


def test_dze_code_and_dotted_abbreviation_sentence() -> None:
    assert icd10_codes("коды Ѕ72.1, Ѕ60.8") == ["S72.1", "S60.8"]
    sents = sentences("Остеоартроз прав. КС. Рекомендовано: ЛФК.")
    assert len(sents) == 2 and "коленного сустава" in sents[0].norm


# A trauma-point card: dated visits; the text is invented for this test.
_CARD = (
    "Травмпункт, амбулаторная карта\n"
    "03.02.2025 11:10 — первичное обращение\n"
    "Жал.: на боли, отёк, огранич. движений в обл. прав. л/з сустава.\n"
    "An. morbi: час назад поскользнулась у подъезда на льду.\n"
    "Ds: Закр. перелом прав. луч. кости в типичном месте с/м (S52.5).\n"
    "Леч.: гипс. лонгета. Rg-контроль ч/з 1 нед.\n"
    "10.02.2025 09:30 — повторный приём\n"
    "Жалобы на умер. боли, отёк уменьшился. Явка ч/з 2 нед.\n"
    "24.02.2025 10:00 — приём, снятие иммобилизации\n"
    "Жалобы на скованность. Рек.: ЛФК; Rg-контроль ч/з 3 нед.\n")


def test_card_complaints_of_the_first_visit_follow_up_of_the_last() -> None:
    row = extract_document(_CARD)
    assert row["complaints"] == ["pain", "swelling", "limited_motion"]
    assert (row["site"], row["side"], row["fracture_displaced"]) == ("distal_radius", "right",
                                                                      True)
    assert row["mechanism"] == "fall_street"
    assert row["follow_up_weeks"] == 3


def test_card_opened_after_a_stay_has_no_admission_complaints() -> None:
    text = ("12.05.2025 14:00 — приём после выписки из стационара\n"
            "Выписка: перелом лев. ключицы, МОС пластиной LCP (S42.0).\n"
            "Жалобы на боли при движениях, отёк.\n"
            "26.05.2025 10:00 — повторный приём\n"
            "Жалоб нет. Явка по показаниям.\n")
    row = extract_document(text)
    assert (row["complaints"], row["follow_up_weeks"]) == (None, None)


def test_form_category_yields_to_the_story_and_history_year_keeps_its_operation() -> None:
    text = ("Вид травмы: бытовая\n"
            "An. morbi: на даче упал со стремянки.\n"
            "An. vitae: в 2016 г. ТЭП ТБС слева.\n"
            "Д-з: Закр. перелом прав. надколенника б/см (S82.0).\n")
    row = extract_document(text)
    assert (row["mechanism"], row["procedure"], row["implants"]) == ("fall_height", None, None)


def test_wrapped_table_label_of_a_kazakh_operation_row() -> None:
    text = ("Негізгі: оң жақ асықты жілік айдаршықтарының жабық сынығы (S82.1).\n"
            "Операция 14.03.2025\n"
            "күні\n"
            "Операция Оң жақ асықты жілік айдаршықтарын жабық репозициялау, Илизаров\n"
            "атауы аппаратымен бекіту\n"
            "Анестезия субарахноидальды анестезия\n"
            "түрі\n"
            "Қан 60 мл\n"
            "жоғалту\n")
    row = extract_document(text)
    assert (row["procedure"], row["implants"]) == ("external_fixation", ["аппарат Илизарова"])
    assert (row["anesthesia"], row["blood_loss_ml"]) == ("spinal", 60)


def test_nocturnal_pain_is_night_pain_only() -> None:
    row = extract_document("Түскен кездегі шағымдары: тізе буынында түнде мазалайтын ауырсыну.")
    assert row["complaints"] == ["night_pain"]
    row = extract_document("Шағымдары: ауру сезімі және түнгі ауырсыну.")  # both are stated
    assert row["complaints"] == ["pain", "night_pain"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ds: ДОА прав. КС R-III (Kellgren-Lawrence) (M17.1).", {"site": "knee_oa", "kl_grade": 3}),
    ("Негізгі: сол жақ балтыр сүйектері диафизінің сынығы (S82.2).",
     {"site": "tibial_shaft", "side": "left"}),
    ("Негізгі: оң жақ сан сүйегі мойнының ығысқан сынығы. АО/ОТА бойынша 31В2.",
     {"site": "femoral_neck", "ao_ota": "31-B2"}),
    ("Диагноз: бұғананың сынығы (S42.0). 10.01.2025 жалпы көктамыр ішілік анестезия астында "
     "операция жасалды: бұғананы Киршнер спицаларымен интрамедуллярлы бекіту.",
     {"anesthesia": "general", "procedure": None, "implants": ["спицы Киршнера"]}),
    ("Рек.: гипс. тутор 4 нед.; дозир. нагрузка.", {"restrictions": ["partial_weight_bearing"]}),
    ("An. morbi: дома упала с высоты собств.\nроста. Ds: перелом шейки лев. бедра (S72.0).",
     {"mechanism": "home"}),
])
def test_oblast_form_and_card_wording(text: str, expected: dict) -> None:
    row = extract_document(text)
    assert {k: row[k] for k in expected} == expected


# Bilingual HIS printouts, Kazakh prose epicrises, abbreviated operative notes (invented text).
@pytest.mark.parametrize(("text", "expected"), [
    # the Kazakh verb closes the list; another complaint word ("мазалайтын") stands inside it
    ("Түскен сәтте науқас сол жақ тізедегі ауырсынуға, қимылдың шектелуіне, түнде "
     "мазалайтын ауырсынуға және ісінуге шағымданды. Анамнезінен: үйде құлаған.",
     {"complaints": ["pain", "limited_motion", "night_pain", "swelling"]}),
    ("Жалобы: боль в колене, чувство «подворачивания» голени.",
     {"complaints": ["pain", "instability"]}),
    # "сирақтың екі сүйегі": both bones of the shin; a glued PDF word keeps "жабық"
    ("Қорытынды диагнозы: оң жақ сирақтың екі сүйегінің жабықкөпжаңқалы ығысумен сынығы "
     "(S82.2).", {"site": "tibial_shaft", "side": "right", "fracture_open": False,
                  "fracture_comminuted": True, "fracture_displaced": True}),
    ("Қорытынды диагнозы: сол жақ бұғананың жабық сынығы, AO/OTA жіктемесі бойынша 15В1 "
     "(АХЖ-10: S42.0).", {"site": "clavicle", "ao_ota": "15-B1"}),
    # the ICD column read into the diagnosis words
    ("Негізгі / Основной | Закрытый перелом головки левой лучевой кости без S52.1 смещения, "
     "тип 21- В2 по АО", {"site": "radial_head", "fracture_displaced": False,
                          "ao_ota": "21-B2"}),
    # an old injury in the life history is not this stay's mechanism
    ("Диагноз: перелом ключицы справа (S42.0). Жарақат алу жағдайы белгісіз.\n"
     "Өмір анамнезі / Анамнез жизни: 2016 жылы жол-көлік оқиғасынан кейін сан сүйегінің "
     "сынығы аппаратпен емделген.", {"mechanism": None, "procedure": None}),
    # imaging "диагностика" is no diagnosis: the side comes from the diagnosis row
    ("Негізгі / Основной: разрыв передней крестообразной связки левого М23.5 коленного "
     "сустава.\nЛучевая диагностика: МРТ: передней крестообразной связки не прослеживается.",
     {"site": "acl", "side": "left"}),
    ("Операция: открытая репозиция, металлоостеосинтез проксимального отдела правой плечевой "
     "кости пластиной.", {"procedure": "plate_osteosynthesis"}),
    ("Операция: ашық репозиция, тізе тобығын Вебер әдісімен остеосинтездеу (Киршнер "
     "спицалары, серкляждық сым).", {"procedure": "tension_band_wiring"}),
    ("Ввиду отёка оперативное лечение (остеосинтез пластиной) отложено.",
     {"procedure": None, "implants": None}),
    ("Ұсыныстар: 3 апта бойы қолды ілгіш таңғышпен иммобилизациялау.",
     {"restrictions": ["sling"], "weight_bearing_weeks": None}),
])
def test_bilingual_kazakh_prose_and_operative_note(text: str, expected: dict) -> None:
    row = extract_document(text)
    assert {k: row[k] for k in expected} == expected


def test_staged_notes_take_the_second_stage_after_a_removed_fixator() -> None:
    text = ("ПРОТОКОЛ ОПЕРАЦИИ (I этап)\n"
            "Операция: ПХО раны, наложение стержневого АВФ на голень.\n"
            "Кровопотеря минимальная.\n"
            "ПРОТОКОЛ ОПЕРАЦИИ (II этап)\n"
            "Операция: демонтаж АВФ, открытая репозиция, МОС б/берц. кости пластиной LCP.\n"
            "Кровопотеря 250 мл.\n")
    row = extract_document(text)
    assert (row["procedure"], row["implants"]) == ("plate_osteosynthesis", ["пластина LCP"])
    assert row["blood_loss_ml"] == 250


def test_numbered_recommendation_rows_and_a_column_read_table() -> None:
    text = ("№ Ұсыныс / Рекомендация\n"
            "1 3 апта бойы қолды ілгіш таңғышпен иммобилизациялау\n"
            "2 Не поднимать тяжести более 2 кг оперированной рукой\n"
            "3 1 айдан кейін бақылау рентгенографиясы\n")
    row = extract_document(text)
    assert (row["restrictions"], row["follow_up_weeks"]) == (["sling", "no_lifting"], 4)
    table = ("Операция күні / Дата операции\n"
             "Анестезия түрі / Вид анестезии\n"
             "Қан жоғалту /\n"
             "Кровопотеря\n"
             "12.05.2025\n"
             "Открытая репозиция, накостный остеосинтез левой ключицы пластиной LCP\n"
             "эндотрахеальный наркоз\n"
             "150 мл\n"
             "Инфузия: NaCl 0,9% 500 мл.\n")
    row = extract_document(table)
    assert (row["procedure"], row["blood_loss_ml"]) == ("plate_osteosynthesis", 150)
    row = extract_document("Операция жасалды: бұғананы пластинамен остеосинтездеу. Қан "
                           "жоғалту\n– 200 мл.")
    assert row["blood_loss_ml"] == 200


def test_brackets_old_hardware_and_kazakh_complaint_verb() -> None:
    row = extract_document("Д-з: Открытый (ран. 3×2 см) перелом диафиза лев. плечевой кости "
                           "со смещением отломков (S42.3).")
    assert (row["site"], row["side"], row["fracture_open"]) == ("humeral_shaft", "left", True)
    row = extract_document("Операция жасалды: бұрын салынған бұрандаларды алып тастау, сол "
                           "жақ жамбас-сан буынын Zimmer эндопротезімен толық эндопротездеу.")
    assert (row["procedure"], row["implants"]) == ("total_hip_arthroplasty",
                                                   ["эндопротез Zimmer"])
    row = extract_document("Ранее установленная пластина LCP на ключице.")
    assert (row["procedure"], row["implants"]) == (None, None)
    row = extract_document("Науқас сол жақ білектегі ауырсынуға және ісінуге шағым айтады.")
    assert row["complaints"] == ["pain", "swelling"]


def test_glued_cell_words_footer_between_rows_and_next_diagnosis_row() -> None:
    row = extract_document("Диагноз: закрытый перелом латерального мыщелка левойбольшеберцовой "
                           "кости без смещения (S82.1).")
    assert (row["site"], row["side"], row["fracture_displaced"]) == ("tibial_plateau", "left",
                                                                      False)
    text = ("№ Ұсыныс / Рекомендация\n"
            "Бет / Стр. 1 / 2 · басып шығару / распечатка\n"
            "1 Ауыр заттарды көтермеу\n"
            "2 3 аптадан кейін бақылау рентгенографиясы\n")
    row = extract_document(text)
    assert (row["restrictions"], row["follow_up_weeks"]) == (["no_lifting"], 3)
    # the combined-injury row's "закрытый" belongs to the rib, not to the primary fracture
    row = extract_document("| Негізгі / Основной | Чрезвертельный перелом правой бедренной "
                           "кости | S72.1 | | Қосымша жарақат / Сочетанная травма | Закрытый "
                           "перелом VI ребра слева | S22.3 |")
    assert (row["site"], row["side"], row["fracture_open"]) == ("pertrochanteric", "right",
                                                                None)
