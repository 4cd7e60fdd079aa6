"""Surrogates: same kind and shape, keyed per patient, consistent across documents/processes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from medadapt.deid import Deidentifier
from medadapt.deid.dictionaries import cyrillic_to_latin
from medadapt.deid.lexicon import has_kazakh_letters
from medadapt.deid.patterns import iin_valid

SECRET = b"test-secret-0123456789abcdef-0123"
PLATFORM = Path(__file__).resolve().parents[2] / "platform"


def _valid_iin(prefix: str) -> str:
    for serial in range(10000):
        for check in range(10):
            if iin_valid(f"{prefix}{serial:04d}{check}"):
                return f"{prefix}{serial:04d}{check}"
    raise AssertionError("no valid IIN")


VALID_IIN = _valid_iin("7803123")


@pytest.fixture(scope="module")
def deid() -> Deidentifier:
    return Deidentifier(SECRET)


def _repl(deid: Deidentifier, text: str, patient: str = "p1") -> dict[str, str]:
    result = deid.deidentify(text, patient)
    return {text[s.start : s.end]: s.replacement for s in result.spans}


def test_same_person_three_forms_one_identity(deid: Deidentifier) -> None:
    r = _repl(deid, "Пациент Жумабеков Ерлан Серикович. У пациента Жумабекова Ерлана боль. "
                    "Выписан, врач отметил: Жумабеков Е.С. здоров.")
    full = r["Жумабеков Ерлан Серикович"].split()
    gen = r["Жумабекова Ерлана"].split()
    init = r["Жумабеков Е.С."].split()
    assert full[0] != "Жумабеков" and full[1] != "Ерлан"
    assert gen == [full[0] + "а", full[1] + "а"], "genitive keeps -а endings of the surrogate"
    assert init == [full[0], f"{full[1][0]}.{full[2][0]}."], "initials follow the surrogate"
    assert full[2].endswith("ович")


def test_passport_spelling_gets_a_latin_surrogate_of_the_same_person(deid: Deidentifier) -> None:
    r = _repl(deid, "Пациент Жумабеков Ерлан Серикович, в паспорте ZHUMABEKOV YERLAN. "
                    "Мать Ганна Ковальчук, в паспорте KOVALCHUK GANNA.")
    surname, first, _ = r["Жумабеков Ерлан Серикович"].split()
    expected = f"{cyrillic_to_latin(surname)} {cyrillic_to_latin(first)}".upper()
    assert r["ZHUMABEKOV YERLAN"] == expected
    mother_first, mother_surname = r["Ганна Ковальчук"].split()
    assert r["KOVALCHUK GANNA"] == f"{cyrillic_to_latin(mother_surname)} " \
                                   f"{cyrillic_to_latin(mother_first)}".upper(), \
        "KOVALCHUK keys the same surrogate as Ковальчук, though the passport drops the soft sign"
    assert "ZHUMABEKOV" not in r["ZHUMABEKOV YERLAN"]


def test_a_first_name_the_lexicon_lacks_gets_a_first_name_of_its_gender(
        deid: Deidentifier) -> None:
    r = _repl(deid, "Мать: Ганна Ковальчук. Больной Ганне Ковальчук назначено. Dr. Emma Schmidt")
    first, surname = r["Ганна Ковальчук"].split()
    assert surname.endswith(("ова", "ева", "ина", "ая")), "a woman gets a woman's surname"
    assert not first.endswith(("ов", "ев", "ин", "ова", "ева", "ина")), "first name, not surname"
    dative = r["Ганне Ковальчук"].split()[0]
    assert dative[:-1] == first[:-1] and dative.endswith(("е", "и")), "dative first name"
    assert re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+(a|aia)", r["Emma Schmidt"])


def test_surrogate_consistent_across_documents_and_pages(deid: Deidentifier) -> None:
    a = _repl(deid, "Лечащий врач Иванова Анна Петровна осмотрела.", "pt-7")
    b = _repl(deid, "Подпись: Иванова Анна Петровна\nДата 01.02.2024", "pt-7")
    assert a["Иванова Анна Петровна"] == b["Иванова Анна Петровна"]
    c = _repl(deid, "Лечащий врач Иванова Анна Петровна осмотрела.", "pt-8")
    assert c["Иванова Анна Петровна"] != a["Иванова Анна Петровна"], "keyed per patient"


def test_secret_changes_surrogates() -> None:
    text = "Пациент Жумабеков Ерлан Серикович."
    one = Deidentifier(SECRET).deidentify(text, "p").text
    two = Deidentifier(b"another-secret-0123456789abcdef!").deidentify(text, "p").text
    assert one != two


NAME_FORMS = [
    ("female-nominative", "Пациентка Ахметова Динара Маратовна", "f",
     r"(ова|ева|ина) \w+ \w+овна$"),
    ("male-instrumental", "Осмотрен Ивановым Сергеем Петровичем", "m", r"ым \w+(ом|ем) \w+овичем$"),
    ("caps", "ФИО: ЖУМАБЕКОВ ЕРЛАН СЕРИКОВИЧ", "m", r"^[А-ЯЁ]+ [А-ЯЁ]+ [А-ЯЁ]+ОВИЧ$"),
]


@pytest.mark.parametrize("case,text,gender,shape", NAME_FORMS, ids=[c[0] for c in NAME_FORMS])
def test_name_surrogate_keeps_form(deid: Deidentifier, case: str, text: str, gender: str,
                                   shape: str) -> None:
    spans = [s for s in deid.deidentify(text, "p").spans if s.label == "NAME"]
    assert len(spans) == 1, f"{case}: one name"
    assert re.search(shape, spans[0].replacement), f"{case}: surrogate lost its form"


def test_kazakh_script_and_patronymic_style_kept(deid: Deidentifier) -> None:
    text = "Науқас Сейітжан Айгерім Нұрланқызы, бауыры Қасымов Болат Темірлан ұлы."
    spans = [s for s in deid.deidentify(text, "p").spans if s.label == "NAME"]
    assert len(spans) == 2
    first, second = (s.replacement for s in spans)
    assert first.endswith("қызы") and has_kazakh_letters(first)
    assert second.endswith(" ұлы")
    assert "Сейітжан" not in first and "Айгерім" not in first


def test_initials_stay_initials_in_both_orders(deid: Deidentifier) -> None:
    r = _repl(deid, "Хирург И.И. Петров, ассистент Петров И.И.", "p")
    assert re.fullmatch(r"[А-Я]\.[А-Я]\. \w+", r["И.И. Петров"])
    assert re.fullmatch(r"\w+ [А-Я]\.[А-Я]\.", r["Петров И.И."])


def test_dates_shift_keep_format_and_intervals(deid: Deidentifier) -> None:
    text = "Поступил 12.03.2024, операция 14 марта 2024 г., выписан 2024-03-20, " \
           "2024 жылғы 25 наурыз бақылау."
    r = _repl(deid, text, "pt-1")
    new = r["12.03.2024"]
    assert re.fullmatch(r"\d{2}\.\d{2}\.\d{4}", new) and new != "12.03.2024"
    d0 = date(int(new[6:]), int(new[3:5]), int(new[:2]))
    assert re.fullmatch(r"\d{1,2} [а-я]+ \d{4}", r["14 марта 2024"])
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["2024-03-20"])
    assert (date.fromisoformat(r["2024-03-20"]) - d0).days == 8, "interval preserved"
    assert "жылғы" in r["2024 жылғы 25 наурыз"]
    shift = (d0 - date(2024, 3, 12)).days
    assert shift != 0 and -180 <= shift <= 180


def test_iin_surrogate_valid_and_consistent_with_dob(deid: Deidentifier) -> None:
    r = _repl(deid, f"ИИН {VALID_IIN}. Дата рождения 12.03.1978.", "pt-2")
    fake = r[VALID_IIN]
    assert iin_valid(fake) and fake != VALID_IIN
    dob = r["12.03.1978"]
    assert fake[:6] == dob[8:10] + dob[3:5] + dob[0:2], "IIN birth date shifted like the DOB"
    assert fake[6] == VALID_IIN[6], "century/sex digit kept"


def test_phone_email_ids_keep_shape(deid: Deidentifier) -> None:
    text = ("Тел.: +7 (701) 234-56-78, e-mail: erlan.zh@mail.kz. ИБ № 28485-23/С. "
            "Удостоверение личности № 045123456.")
    r = _repl(deid, text, "p")
    phone = r["+7 (701) 234-56-78"]
    assert re.fullmatch(r"\+7 \(701\) \d{3}-\d{2}-\d{2}", phone) and phone != "+7 (701) 234-56-78"
    assert re.fullmatch(r"[\w.]+@[\w.]+\.\w+", r["erlan.zh@mail.kz"])
    assert "erlan.zh" not in r["erlan.zh@mail.kz"]
    assert re.fullmatch(r"\d{5}-\d{2}/С", r["28485-23/С"]) and r["28485-23/С"] != "28485-23/С"
    assert re.fullmatch(r"\d{9}", r["045123456"]) and r["045123456"] != "045123456"


def test_address_surrogate_keeps_markers(deid: Deidentifier) -> None:
    r = _repl(deid, "Адрес: г. Алматы, ул. Абая, д. 15, кв. 42.", "p")
    new = r["г. Алматы, ул. Абая, д. 15, кв. 42"]
    assert re.fullmatch(r"г\. \w+, ул\. \w+, д\. \d+, кв\. \d+", new)
    assert "Алматы" not in new and "Абая" not in new


_CHILD = """
import json, sys
sys.path.insert(0, {platform!r})
from medadapt.deid import Deidentifier
d = Deidentifier({secret!r})
r = d.deidentify({text!r}, "pt-42")
print(json.dumps([s.replacement for s in r.spans], ensure_ascii=False))
"""


def test_surrogates_identical_across_two_processes(deid: Deidentifier) -> None:
    text = "Пациент Жумабеков Ерлан Серикович, ИИН 780312300123, тел. 8 701 234 56 78, 12.03.2024."
    code = _CHILD.format(platform=str(PLATFORM), secret=SECRET, text=text)
    outs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True, env={"PYTHONHASHSEED": seed, "PATH": ""}).stdout
            for seed in ("1", "2")]
    assert outs[0] == outs[1]
    here = [s.replacement for s in deid.deidentify(text, "pt-42").spans]
    assert json.loads(outs[0]) == here


def test_deidentifier_pickles_for_workers(deid: Deidentifier) -> None:
    import pickle

    text = "Пациент Жумабеков Ерлан Серикович поступил 12.03.2024."
    clone = pickle.loads(pickle.dumps(deid))
    assert clone.deidentify(text, "p").text == deid.deidentify(text, "p").text
