"""Formats from a seventh development set's styles, written again for these tests: form
tables whose rows are entries of their own, operations a referral only asks for, mechanisms
told in many ways, a blood-loss column, a stage mark in the implant list."""

from __future__ import annotations

import pytest

from medadapt.corpus.clauses import sentences
from medadapt.corpus.fields import extract_document

CASES = [
    # each `| key | value |` row is judged alone: an old injury's row, then today's diagnosis
    ("| Жалобы | боль в левой голени |\n"
     "| В анамнезе | в 2018 г. перелом латерального мыщелка левой большеберцовой кости |\n"
     "| Обстоятельства травмы | 21.04.2025 упал с балкона 2-го этажа |\n"
     "| Диагноз | Перелом левой большеберцовой кости в н/3 диафиза со смещением (S82.20) |\n"
     "| Рекомендации | ходьба на костылях |",
     {"site": "tibial_shaft", "side": "left", "mechanism": "fall_height"}),
    # a referral asks for the operation: none was done here
    ("Д-з: Перелом головки правой лучевой кости (S52.1). Дальнейшая тактика: готовится к "
     "операции: остеосинтез головки лучевой кости мини-пластиной.",
     {"procedure": None, "implants": None}),
    ("Диагноз: Левосторонний коксартроз III ст. (M16.1). После дообследования — тотальное "
     "эндопротезирование левого тазобедренного сустава (DePuy Pinnacle).",
     {"site": "hip_oa", "procedure": None, "implants": None}),
    ("Диагноз: Перелом диафиза бедренной кости (S72.3). Направляется для второго этапа "
     "лечения: интрамедуллярный остеосинтез бедренной кости штифтом ChM.",
     {"procedure": None}),
    ("Диагноз: Оң жақ тоқпан жіліктің сынығы (S42.3).\n| Жолдау мақсаты | тоқпан жілікті "
     "LCP пластинасымен остеосинтездеу үшін облыстық ауруханаға |",
     {"procedure": None, "implants": None}),
    # a Kazakh humerus nail; a femoral shaft by its middle third
    ("Диагноз: Сол жақ тоқпан жілік хирургиялық мойнының сынығы (S42.2).\n07.06.2025 "
     "орындалды: проксимальды иық штифтімен жабық остеосинтез.",
     {"procedure": "intramedullary_nailing"}),
    ("Сан сүйегінің орта үштен бірінің көпжарықшақты сынығы, ығысуымен (S72.3).",
     {"site": "femoral_shaft", "fracture_comminuted": True}),
    # K-wires as `спицалармен` in the Kazakh row are a pinning, outside the list
    ("| Диагноз | Оң жақ бұғананың сынығы (S42.0) |\n"
     "| Операция атауы | Ашық репозиция, оң жақ бұғананы спицалармен интрамедуллярлық бекіту |",
     {"procedure": None}),
    # mechanisms: a bus, a kerb, kokpar; `спорт` inside `транспорт` is no sport
    ("Анамнезі: автобус жолаушысы, автобус аударылған кезде жарақат алған.\nДиагноз: Сол жақ "
     "бұғананың сынығы (S42.0).", {"mechanism": "traffic"}),
    ("Анамнез: на улице запнулся о бордюр.\nД-з: Перелом правой ключицы (S42.0).",
     {"mechanism": "fall_street"}),
    ("Обстоятельства травмы: упал с лошади во время игры в кокпар.\nД-з: Перелом правой "
     "ключицы (S42.0).", {"mechanism": "sport"}),
    ("Анамнез: упала на обледенелой остановке общественного транспорта.\nД-з: Перелом "
     "лучевой кости в типичном месте справа (S52.5).", {"mechanism": "fall_street"}),
    ("| Анамнезі | 19.03.2025 волейбол ойнап жүріп, аяғына сәтсіз түскен |\n"
     "| Диагноз | Оң жақ сирақтың сыртқы тобығының сынығы (S82.6) |", {"mechanism": "sport"}),
    # a locked knee in Kazakh
    ("Шағымдары: тізе буынында қатты ауырсыну, тізенің «кептеліп» қалуы.\nДиагноз: Оң жақ "
     "тізе буынының медиальді менискінің жыртылуы (S83.2).", {"complaints": ["pain", "locking"]}),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_fields_in_seventh_set_formats(text: str, expected: dict) -> None:
    row = extract_document(text)
    for key, want in expected.items():
        assert row[key] == want, key


def test_table_rows_are_sentences_of_their_own() -> None:
    text = "| Пациент | Ким В.Д. |\n| Анамнез | травму получил на улице |\nпродолжение строки"
    assert [s.text for s in sentences(text)] == [
        "| Пациент | Ким В.Д. |", "| Анамнез | травму получил на улице | продолжение строки"]


def test_blood_loss_in_its_column() -> None:
    row = extract_document(
        "Диагноз: Перелом наружной лодыжки правой голени (S82.6).\n"
        "| Дата | Операция | Анестезия | Кровопотеря |\n"
        "| 16.05.2025 | открытая репозиция, МОС наружной лодыжки пластиной LCP | — | 260 мл |")
    assert row["blood_loss_ml"] == 260


def test_a_stage_mark_in_the_implant_list_keeps_the_definitive_operation() -> None:
    row = extract_document(
        "| Диагноз | Перелом мыщелка левой большеберцовой кости (S82.1) |\n"
        "| 1-й этап | 10.08.2024: наложение аппарата Илизарова |\n"
        "| Название операции | Демонтаж аппарата, накостный остеосинтез мыщелка левой "
        "большеберцовой кости |\n"
        "| 1 | аппарат Илизарова (1-й этап, демонтирован) | 1 |\n"
        "| 2 | пластина LCP 4,5 мм | 1 |")
    assert row["procedure"] == "plate_osteosynthesis"
