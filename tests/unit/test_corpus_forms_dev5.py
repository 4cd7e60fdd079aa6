"""Formats from a fifth development set's styles, written again for these tests: staged
operations numbered as operations, removed hardware, procedures outside the list, Kazakh
stems that voice their last consonant, dated operation entries, classifications that share a
surgeon's name with a procedure."""

from __future__ import annotations

import pytest

from medadapt.corpus.fields import extract_document
from medadapt.corpus.lexicon import voiced

CASES = [
    # two numbered operations: the second, definitive one is the procedure; the frame of the
    # first was taken out again and is no implant of the second
    ("Д-з: Закр. перелом диафиза лев. бедра со смещ. (S72.30).\n"
     "Операция №1 (20.12.2024): наложение аппарата Илизарова (временная фиксация); ЭТН.\n"
     "Имплант: аппарат Илизарова.\n"
     "Операция №2 (31.12.2024): демонтаж аппарата Илизарова, БИОС левой бедренной кости "
     "штифтом ChM. Анест.: ЭТН. Кровопотеря: 360,0 мл.",
     {"procedure": "intramedullary_nailing", "blood_loss_ml": 360}),
    ("Д-з: Гонартроз II ст. (М17.1).\n"
     "Операция (01.12.2025): одномыщелковое эндопротезирование медиального отдела коленного "
     "сустава. Анест.: спинальная анестезия.",
     {"procedure": None, "anesthesia": "spinal"}),
    ("Д-з: Левосторонний гонартроз II стадии.\nОперация: высокая корригирующая остеотомия левой "
     "большеберцовой кости, фиксация пластиной с угловой стабильностью.",
     {"procedure": None}),
    # Kazakh: тоқпан жілігі (жілік), сирақтың сыртқы тобығы (тобық); a dated entry
    ("Қорытынды клиникалық диагноз:\nОң жақ тоқпан жілігі хирургиялық мойнының жабық ығысқан "
     "сынығы (S42.2).\n06.08.2023 — Операция: ашық репозиция, оң жақ тоқпан жілігінің "
     "проксимальды бөлігін сүйек үсті остеосинтездеу; анестезия: жалпы наркоз.",
     {"site": "proximal_humerus", "side": "right", "procedure": "plate_osteosynthesis",
      "anesthesia": "general"}),
    # an elective operation (жоспарлы) was done; an indicated one (көрсетілген) was not
    ("Диагноз: Сол жақ бұғананың біткен сынығы (Z47.0).\n30.09.2024 — Жоспарлы операция: сол "
     "жақ бұғанадан LCP пластинасын алып тастау; анестезия: жалпы наркоз.",
     {"procedure": None, "implants": [], "anesthesia": "general"}),
    ("Диагноз: Оң жақ тізе буынының гонартрозы, IV саты (М17.1).\nТізе буынын жоспарлы "
     "эндопротездеу көрсетілген; науқас күту парағына енгізілді.",
     {"procedure": None, "implants": None}),
    # Danis-Weber B is a fracture type, not a tension band by Weber
    ("Д-з: Перелом нар. лодыжки прав. голени со смещ. (Weber B) (S82.6).\n"
     "Лечение консервативное: гипсовая лонгета.",
     {"site": "ankle", "procedure": None}),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_fields_in_fifth_set_formats(text: str, expected: dict) -> None:
    row = extract_document(text)
    for key, want in expected.items():
        assert row[key] == want, key


def test_a_kazakh_stem_pattern_matches_its_voiced_form() -> None:
    assert voiced(r"тобық\w*") == r"тобы[қғ]\w*"
    assert voiced(r"жіліншік (\w+ ){0,2}") == r"жілінші[кг] (\w+ ){0,2}"
    assert voiced(r"шейк\w* (\w+ ){0,2}бедр") == r"шейк\w* (\w+ ){0,2}бедр"  # Russian: as is
