"""Settlements and streets without a marker, on the real GeoNames gazetteer (no Ray).

The texts are written for these tests; each case states the substrings that must lie inside
an ADDRESS span, and clinical text that must not be masked as an address.
"""

from __future__ import annotations

import pytest

from medadapt.deid import Deidentifier
from medadapt.deid.gazetteer import MID, STRONG, WEAK, place_kind, place_names

SECRET = b"test-secret-0123456789abcdef-0123"


@pytest.fixture(scope="module")
def deid() -> Deidentifier:
    return Deidentifier(SECRET)


def _address_spans(deid: Deidentifier, text: str) -> list[str]:
    return [text[s.start : s.end] for s in deid.detect(text) if s.label == "ADDRESS"]


def test_gazetteer_holds_kazakh_settlements_in_both_spellings() -> None:
    names = place_names()
    assert len(names) > 1000
    assert {"степногорск", "жетысай", "жетисай", "уштобе", "шамалган"} <= names
    assert place_kind("Степногорска") == STRONG  # a Russian genitive
    assert place_kind("Үштөбеде") == STRONG  # a Kazakh locative
    assert place_kind("Курчатов") == WEAK  # a town, and a surname
    assert place_kind("Артроскопия") == 0


ADDRESS_CASES = [
    ("ru-genitive-town", "Пациентка переведена из Степногорска 12.03 для операции.",
     ["Степногорска"]),
    ("ru-weak-town-after-iz", "Больной доставлен из Аягоза санавиацией.", ["Аягоза"]),
    ("kk-ablative-town", "Науқас Жетісайдан келді, шағымдары тізеде.", ["Жетісайдан"]),
    ("kk-locative-town", "Науқас қазір Үштөбеде тұрады.", ["Үштөбеде"]),
    ("kk-village-marker-case", "Науқас Шамалған ауылында тұрады.", ["Шамалған ауылында"]),
    ("kk-unlisted-village", "Науқас Ақжарықтан көшіп келген.", ["Ақжарықтан"]),
    ("ru-street-after-cue", "Больная проживает по Сейфуллина 12, кв 7, работает продавцом.",
     ["Сейфуллина 12, кв 7"]),
    ("ru-street-two-words", "Со слов, живёт на Кабанбай батыра 41, кв. 3.",
     ["Кабанбай батыра 41, кв. 3"]),
    ("kk-street-before-verb", "Науқас қазір Жамбыл 44-12 тұрады.", ["Жамбыл 44-12"]),
    ("ru-two-word-town", "До 2019 г. жил в Нижнем Новгороде, оперирован там же.",
     ["Нижнем Новгороде"]),
    ("kk-village-before-its-district", "Науқас Қайнарда тұрады (Бұқар жырау ауданы).",
     ["Қайнарда"]),
    ("ru-village-before-its-district", "Жительница Талапты (Ұлан ауданы), 101 год.",
     ["Талапты"]),
    ("birthplace-label", "Туған жері / Место рождения: Түркістан. Прописан с 2023.",
     ["Түркістан"]),
    ("study-cue", "Пациент учится: КазГАСА; прописка Абая 13.", ["КазГАСА"]),
    ("house-on-next-line", "Адрес проживания: Жамбылская обл, с.Шортанды, Мира,\n36\nДиагноз",
     ["Мира,\n36"]),
    ("label-with-bracket", "Адрес пациента (для эпидемиолога): Абайская обл., п. Кулан, "
     "ул. Школьная д. 156", ["п. Кулан, ул. Школьная д. 156"]),
    ("town-and-its-street-in-brackets", "Ұсыныс: тұрғылықты жері бойынша (Қаскелең, Жамбыл "
     "көшесі, 186-үй, 53-пәтер) невропатолог бақылауы.",
     ["Қаскелең, Жамбыл көшесі, 186-үй, 53-пәтер"]),
    ("town-in-brackets", "Живёт на Желтоксан 88, кв 14 (Щучинск).", ["Желтоксан 88, кв 14",
                                                                      "Щучинск"]),
    # Weak names (also ordinary words, or short) that only a capital mid-clause marks.
    ("ru-word-town-mid-clause", "Лечилась ранее (консервативно, Рудном) без эффекта.",
     ["Рудном"]),
    ("kk-word-town-mid-clause", "Жарақат 2023 жылы наурыз айында, Семей.", ["Семей"]),
    # Settlements written as two words that the gazetteer lists as one or with a space.
    ("kk-two-word-town-case", "Науқас бұрын Жаңа Арқада және Ташкентте емделген.",
     ["Жаңа Арқада"]),
    ("ru-two-word-village", "Со слов, до 2010 года жил в Кара Су, затем переехал.", ["Кара Су"]),
    ("kk-village-of-a-hero", "Оқиға орны: трасса, 190 км, Толе би маңы.", ["Толе би"]),
    # a settlement named before its district after a comma; a hyphenated Kazakh city
    ("kk-village-then-district", "Науқас тұрады: Көкпек, Төле би ауданы.", ["Көкпек"]),
    ("ru-two-word-village-then-district", "прож.: Старый Икан, Карасайский район",
     ["Старый Икан"]),
    ("kk-hyphenated-city-in-brackets", "ДӘРІГЕРДІҢ ҚАРАУЫ (Нұр-Сұлтан филиалы)", ["Нұр-Сұлтан"]),
]


@pytest.mark.parametrize("case,text,parts", ADDRESS_CASES, ids=[c[0] for c in ADDRESS_CASES])
def test_unmarked_addresses_detected(deid: Deidentifier, case: str, text: str,
                                     parts: list[str]) -> None:
    spans = _address_spans(deid, text)
    for part in parts:
        assert any(part in s for s in spans), f"{case}: {len(part)}-char part not in ADDRESS"


def test_clinical_sentence_is_not_an_address(deid: Deidentifier) -> None:
    text = ("Наложен аппарат Илизарова, спицы Киршнера проведены, доступ по Кохеру. "
            "Перелом Монтеджа. Артроскопия правого коленного сустава. Симптом Ласега "
            "отрицательный. Остеосинтез пластиной LCP.")
    assert _address_spans(deid, text) == []


def test_town_that_is_a_surname_stays_a_name(deid: Deidentifier) -> None:
    text = "Хирург Курчатов И.В. осмотрел пациента."
    assert _address_spans(deid, text) == []
    assert any(text[s.start : s.end].startswith("Курчатов") and s.label == "NAME"
               for s in deid.detect(text))


def test_years_of_living_are_not_a_house_number(deid: Deidentifier) -> None:
    text = "Пациент живёт в Алматы 5 лет, работает водителем."
    assert not any("5" in s for s in _address_spans(deid, text))


def test_kazakh_word_at_sentence_start_is_not_a_place(deid: Deidentifier) -> None:
    assert MID < STRONG
    text = "Үйде тұрады, өзіне-өзі қызмет көрсетеді."
    assert _address_spans(deid, text) == []


def test_numbered_workplace_survives_no_word_when_the_number_is_a_code(deid: Deidentifier) -> None:
    text = "Жұмыс орны: № 245 жалпы білім беретін мектепте, мұғалім."
    spans = deid.detect(text)
    for word in ("жалпы", "білім", "беретін", "мектепте", "245"):
        at = text.index(word)
        assert any(s.start <= at and at + len(word) <= s.end for s in spans), word


@pytest.mark.parametrize("text", [
    "Ұсыныстар: тұрғылықты жері бойынша емдеу жалғастырылсын, 6 аптадан кейін бақылау.",
    "Келесі тексеру 3 айдан кейін.",
])
def test_kazakh_running_text_is_not_an_address(deid: Deidentifier, text: str) -> None:
    assert _address_spans(deid, text) == []


def test_capitalised_word_heading_a_kazakh_term_is_not_a_place(deid: Deidentifier) -> None:
    """`Қант` is a village and the word "sugar"; before a possessed noun it starts a term."""
    text = "Қосымша диагнозы: ЖРВИ / Қант диабеті 2 типі, бақылауда."
    assert _address_spans(deid, text) == []


def test_an_ordinary_word_before_a_district_is_no_settlement(deid: Deidentifier) -> None:
    assert _address_spans(deid, "Лечение, Карасайский район") == ["Карасайский район"]
