"""Forms from a ninth development set's styles, written again for these tests (no Ray): chat
lines with no capitals (names, and places read from a capitalised view), Turkic patronymic
particles, schools, clubs, mines and military units,
Kazakh mobiles without their prefix, study and ambulance numbers, a Kazakh date with the
month in the genitive, and Kazakh case endings that follow a shifted month."""

from __future__ import annotations

import re

import pytest

from medadapt.deid import Deidentifier
from medadapt.deid.dates import kk_ending, shift_date_text
from medadapt.deid.scan import capitalised_view, uncased_lines
from medadapt.deid.surrogates import CITIES

SECRET = b"test-secret-0123456789abcdef-0123"


@pytest.fixture(scope="module")
def deid() -> Deidentifier:
    return Deidentifier(SECRET)


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]{3,}|\d+", text)}


@pytest.mark.parametrize("text, gone", [
    # a chat line without capitals: a dictionary name needs no name position there
    ("12.05.2024 10:14 - Оксана: ок. сказать андрею чтобы забрал выписку и узи", ["андрею"]),
    ("[03.02.24, 09:10] Ербол: передай миллеру что кт головы готово", ["миллеру"]),
    ("18.10.2024 08 46 айгуль сәлеметсіз бе дәрігер бұл анамның қызы", ["айгуль"]),
    ("07.03.2023 07:35 - Гүлжан: жарайды. талғатқа айт, эпикризін алып кетсін", ["талғатқа"]),
    ("15.12.2023 08 20 лилия мен және жақсылықов кезекшіміз", ["жақсылықов"]),
    # a lower-case speaker of a lower-case line
    ("31.05.23, 10:06 - аружан оспанова: добрый день, это по пациентке, она лежит",
     ["аружан", "оспанова"]),
    # the particle closes the name in lower case, Cyrillic and Latin
    ("- алишер бахром угли — катетер Фолея заменён.", ["алишер", "бахром"]),
    ("| 12-4 | севиль рафик кызы | 73 | инсулин 8 ЕД |", ["севиль", "рафик"]),
    ("ещё узбек гражданин Usmonova Nigora Shuhrat qizi, паспорт", ["usmonova", "nigora",
                                                                   "shuhrat"]),
    ("Член комиссии — инспектор труда Турсунова Нигора Рустам кизи.", ["турсунова", "нигора",
                                                                      "рустам"]),
    # place words on an uncased line: after a marker or a verb of living, before `көшесі`
    ("бабушка 92 года вызов на дом г. караганда, ул. байтурсынова, д. 124-160",
     ["караганда", "байтурсынова", "124"]),
    ("әже 94 жас үйге шақыру 020000, көкшетау қаласы, абай көшесі, 42-үй, 219-пәтер",
     ["көкшетау", "абай", "219"]),
    ("родственник ерлан есенов на связи, живут в талгаре", ["талгаре"]),
    ("туысы әлібек оспанов хабарласты тұрады астанада", ["астанада"]),
    # schools and kindergartens with their number, quoted name and eponym
    ("Организация образования: СОШ № 44 им. Ы. Алтынсарина, 5 класс", ["алтынсарина"]),
    ("Білім беру ұйымы: № 68 жалпы орта білім беретін мектебі", ["68"]),
    ("Ұйым: ясли-сад № 107 «Балапан»", ["107", "балапан"]),
    ("ИЗВЕЩЕНИЕ\nд/с № 37, г. Абай", ["37"]),
    ("ЖУРНАЛЫ\n«Өркен» мектеп-лицейі, 2024 жылғы қаңтар", ["өркен"]),
    ("Воспитанник ДЮСШ №4, тренер по боксу", []),
    # clubs, mines, legal forms, military units
    ("Команда: «Барыс» ХК, турнир", ["барыс"]),
    ("Организация: клуб дзюдо «Намыс»", ["намыс"]),
    ("Место работы: шахта им. Костенко, проходчик", ["костенко"]),
    ("Я, Мамыров Даурен, работаю в Павлодарский нефтехимический завод. 11.05.2023 в ночную",
     ["павлодарский"]),
    ("Воинская часть: войсковая часть 2873, призван", ["2873"]),
    ("1997 г.р. (34287 әскери бөлімі), военный билет", ["34287"]),
    # numbers: a mobile without 8/+7, a local number after `позвоните`, study numbers
    ("Отец: Каримов Улугбек, 701.175.77.04, по вопросам", ["701", "175"]),
    ("позвоните на пост 43-94-19", ["43", "94"]),
    ("Назначена ТМК № ТК/24/27670 на 18.09", ["27670"]),
    ("везут с онмк, скорая 6152", ["6152"]),
    ("пневмония жедел жәрдем 6668", ["6668"]),
    ("кт готово, № снимка 4882/24", ["4882"]),
])
def test_the_form_leaves_nothing(deid: Deidentifier, text: str, gone: list[str]) -> None:
    result = deid.deidentify(text, "patient-1")
    assert result.spans, "nothing was found"
    out = _words(result.text)
    for word in gone:
        assert word.lower() not in out, word


def test_the_particle_stays_and_roles_follow_it(deid: Deidentifier) -> None:
    out = deid.deidentify("- алишер бахром угли — катетер заменён.", "p").text
    assert " угли — катетер" in out  # grammar the surrogate keeps


@pytest.mark.parametrize("text, particle", [
    ("инспектор труда Турсунова Нигора Рустам кизи.", "кизи"),
    ("узбек гражданин Usmonova Nigora Shuhrat qizi, паспорт", "qizi"),
])
def test_a_separate_particle_belongs_to_the_name(deid: Deidentifier, text: str,
                                                 particle: str) -> None:
    at = text.index(particle)
    spans = deid.deidentify(text, "p").spans
    assert any(s.label == "NAME" and s.start <= at and at + len(particle) <= s.end
               for s in spans)


def test_the_day_after_a_genitive_month_is_part_of_the_date(deid: Deidentifier) -> None:
    text = "Кезекшілік журналы\n2024 жылғы сәуірдің 8-і, түнгі кезекшілік"
    dates = [text[s.start:s.end] for s in deid.deidentify(text, "p").spans if s.label == "DATE"]
    assert dates == ["2024 жылғы сәуірдің 8-і"]


def test_a_capitalised_line_gives_lower_case_words_no_weight() -> None:
    text = ("18.10.2024 08 46 айгуль сәлеметсіз бе дәрігер бұл\n"
            "Жалобы на боли в колене, айгуль ходит с трудом\n"
            "ТМК № 8586/ТМК (телемедициналық кеңес)")
    lines = [text[s:e] for s, e in uncased_lines(text)]
    assert lines == ["айгуль сәлеметсіз бе дәрігер бұл"]
    chat = "31.05.23, 10:06 - аружан оспанова: добрый день, это по пациентке\n" \
           "31.05.23, 10:07 - Аружан: добрый день, это по пациентке"
    assert [chat[s:e] for s, e in uncased_lines(chat)] == [
        "аружан оспанова: добрый день, это по пациентке", "добрый день, это по пациентке"]


def test_the_capitalised_view_keeps_offsets_and_lowered_text() -> None:
    text = "вызов на дом г. караганда, ул. байтурсынова, д. 5; г.р. 1950, мм с.б.\nЖалобы нет"
    view = capitalised_view(text, uncased_lines(text))
    assert len(view) == len(text) and view.lower() == text.lower()
    assert "г. Караганда, ул. Байтурсынова, д. 5; г.р." in view  # `г.р.` is no town
    assert view.endswith("мм с.б.\nЖалобы нет")


def test_ordinary_words_on_an_uncased_line_stay(deid: Deidentifier) -> None:
    text = "тар: 22.12.2023 — мойын-жаурын аймағын уқалау, дене шынықтырудан босатылсын"
    out = deid.deidentify(text, "p").text
    assert {"аймағын", "дене", "шынықтырудан"} <= _words(out)


@pytest.mark.parametrize("stem, ending, want", [
    ("мамыр", "дің", "дың"), ("шілде", "дың", "нің"), ("қыркүйек", "ға", "ке"),
    ("сәуір", "да", "де"), ("маусым", "дан", "нан"), ("қазан", "ге", "ға"),
])
def test_kazakh_endings_follow_the_new_month(stem: str, ending: str, want: str) -> None:
    assert kk_ending(stem, ending) == want


def test_a_shifted_kazakh_month_keeps_its_case_in_its_own_letters() -> None:
    moved = shift_date_text("2024 жылғы сәуірдің 8-і", 45)
    assert moved == "2024 жылғы мамырдың 23-і"
    assert shift_date_text("2023 жылғы 4 наурызда", 45) == "2023 жылғы 18 сәуірде"


def test_a_settlement_alone_gets_a_town_not_a_street(deid: Deidentifier) -> None:
    text = "Больная приехала из Талгара вчера"
    span = next(s for s in deid.deidentify(text, "p").spans if s.label == "ADDRESS")
    towns = {pair[0] for pair in CITIES} | {pair[1] for pair in CITIES}
    assert span.replacement in towns


def test_a_lower_case_description_keeps_its_words(deid: Deidentifier) -> None:
    out = deid.deidentify("Білім беру ұйымы: № 68 жалпы орта білім беретін мектебі\n", "p").text
    assert "жалпы орта білім беретін мектебі" in out and "№ 68 " not in out



# --- a tenth development set's forms: drugs, rural districts, headings ----------------------

@pytest.mark.parametrize("text, kept", [
    ("DS: Острый бронхит (J20.9); Амброксол, Парацетамол. Врач Смагулова Г.Е.",
     ["амброксол", "парацетамол"]),
    ("| 4 | 07.10 | Острый тонзиллит | Сорбифер 1 таб. 2 р/д |", ["сорбифер"]),
    ("Фолий қышқылы 400 мкг, Сорбифер күніне 2 рет.", ["сорбифер"]),
    ("Изониазид, Рифампицин, Этамбутол — по схеме; Диаскинтест отр.",
     ["изониазид", "рифампицин", "этамбутол", "диаскинтест"]),
    ("Прививки по календарю выполнены. Энтеробиоз — отр.", ["энтеробиоз"]),
])
def test_drugs_and_tests_stay(deid: Deidentifier, text: str, kept: list[str]) -> None:
    out = _words(deid.deidentify(text, "p").text)
    for word in kept:
        assert word in out, word


@pytest.mark.parametrize("text", ["Больной Петров 2 раза падал дома.",
                                  "Вчера Петров 2 раза падал дома."])
def test_a_person_before_a_bare_count_is_still_a_person(deid: Deidentifier, text: str) -> None:
    # (`петров` is also a possessive adjective to OpenCorpora, made from a name: no
    # ordinary word, so the lone surname is a suspect with no cue before it)
    assert "петров" not in _words(deid.deidentify(text, "p").text)


@pytest.mark.parametrize("text, place", [
    ("Медпункт Шешенкара сельский округ (Карасайский район)", "Шешенкара сельский округ"),
    ("ЖУРНАЛЫ\nҚаражар ауылдық округінің медициналық пункті", "Қаражар ауылдық округінің"),
    ("Фельдшер Н.А. Мұратов; Сарыбұлақ ауылдық округінде 2023 жылғы",
     "Сарыбұлақ ауылдық округінде"),
])
def test_rural_districts_are_places(deid: Deidentifier, text: str, place: str) -> None:
    spans = [text[s.start:s.end] for s in deid.deidentify(text, "p").spans if s.label == "ADDRESS"]
    assert any(place in s for s in spans) and not any("ЖУРНАЛЫ" in s for s in spans)


def test_a_header_with_digits_inside_a_label_still_heads_its_columns(deid: Deidentifier) -> None:
    text = ("| Ф.И.О. | Год рожд. | ИИН | Тип | HbA1c, % | Терапия |\n|---|---|---|---|---|---|\n"
            "| Рейнгольд Роберт | 1958 | 580410375179 | 2 | 9,3 | Метформин |")
    dates = [text[s.start:s.end] for s in deid.deidentify(text, "p").spans if s.label == "DATE"]
    assert dates == ["1958"]
