"""One patient is one patient: the identity comes from the record (IIN, else name + birth
date), never from the file name, and only a keyed hash of it leaves memory."""

import random
from datetime import date

import pytest

from medadapt.ingest.identity import find_identity, patient_key
from medadapt.synth.iin import make_iin

SECRET = b"s" * 64
IIN = make_iin(date(1978, 3, 12), True, random.Random(1))
BAD_IIN = IIN[:-1] + str((int(IIN[-1]) + 1) % 10)


@pytest.mark.parametrize("text, kind", [
    (f"Пациент: Жумабеков Ерлан Серикович\nИИН: {IIN}\n", "iin"),
    (f"Науқас: Жұмабеков Ерлан\nЖСН {IIN[:6]} {IIN[6:]}\n", "iin"),
    (f"ФИО: Шмидт Ирма Петровна, ИИН {IIN[:6]}-{IIN[6:]}", "iin"),
    ("Ф.И.О. пациента: Шмидт Ирма Петровна\nДата рождения: 12.03.1978\n", "name_dob"),
    ("Науқас: Есенова Айгерім Болатқызы\nТуған күні: 05.11.1990\n", "name_dob"),
    (f"Пациент Ким Артур, 12.03.1978 г.р., ИИН {BAD_IIN}", "name_dob"),  # bad checksum
    ("Выписной эпикриз. Диагноз: перелом лучевой кости.", None),
    (f"Мать пациента, тел., {IIN} — без метки", None),  # an unlabelled IIN is not the key
])
def test_identity_from_the_record(text, kind):
    found = find_identity(text)
    assert (found[0] if found else None) == kind


def test_same_patient_in_two_files_and_centers_gets_one_key():
    admission = f"Пациент: Жумабеков Ерлан Серикович\nИИН: {IIN}\nЖалобы на боль."
    discharge = f"ВЫПИСНОЙ ЭПИКРИЗ\nФ.И.О.: ЖУМАБЕКОВ Е.С.  ИИН {IIN[:6]} {IIN[6:]}\n"
    a = patient_key(SECRET, admission, "almaty-cch4", "p1-admission")
    b = patient_key(SECRET, discharge, "astana-ncto", "scan-0042")
    assert a == b and a.kind == "iin"
    assert IIN not in a.key and len(a.key) == 20  # a keyed hash, never the value
    assert patient_key(b"t" * 64, admission, "c", "x").key != a.key  # keyed: secret matters


def test_name_and_birth_date_match_across_case_and_yo():
    one = "Пациент: Семёнов Пётр Ильич\nДата рождения: 01.02.1960"
    two = "ПАЦИЕНТ: СЕМЕНОВ ПЕТР ИЛЬИЧ\nг.р. 01.02.1960"
    assert find_identity(one) == find_identity(two)
    assert patient_key(SECRET, one, "a", "1") == patient_key(SECRET, two, "b", "2")


def test_a_record_that_names_no_one_falls_back_to_its_file_and_says_so():
    text = "Рентгенограмма: консолидация перелома."
    key = patient_key(SECRET, text, "almaty-cch4", "p7")
    assert key.kind == "file"
    assert key != patient_key(SECRET, text, "astana-ncto", "p7")
