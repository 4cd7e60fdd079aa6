"""Reading order from any producer: lines rebuilt from words, columns only at a real gutter,
ruled tables row by row with cells kept whole, legacy Kazakh fonts repaired."""

import pymupdf
import pytest
from pdf_producers import PARAGRAPHS, PRODUCERS, reportlab_table
from rapidfuzz.distance import Levenshtein

from medadapt.ingest.clean import normalize_page
from medadapt.ingest.extract import open_pdf, page_text
from medadapt.ingest.fonts import LEGACY_TO_KAZAKH, private_use_share, repair_text

FONT = pymupdf.Font("notos")


def words(text: str) -> list[str]:
    return text.split()


def bigram_agreement(truth: str, got: str) -> float:
    """Share of the truth's adjacent word pairs that come out adjacent, in the same order."""
    expected = list(zip(words(truth), words(truth)[1:], strict=False))
    found = set(zip(words(got), words(got)[1:], strict=False))
    return sum(pair in found for pair in expected) / len(expected)


def first_page(data: bytes) -> pymupdf.Page:
    return open_pdf(data, 10)[0]


@pytest.mark.parametrize("producer", sorted(PRODUCERS))
def test_every_producer_reads_back_exactly_in_reading_order(producer):
    text = normalize_page(page_text(first_page(PRODUCERS[producer](PARAGRAPHS))))
    truth = " ".join(PARAGRAPHS)
    got = " ".join(words(text))
    assert Levenshtein.normalized_distance(" ".join(words(truth)), got) <= 0.01
    assert bigram_agreement(truth, text) == 1.0


def page_with(lines: list[tuple[float, float, str]]) -> pymupdf.Page:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_font(fontname="noto", fontbuffer=FONT.buffer)
    for x, y, text in lines:
        page.insert_text((x, y), text, fontname="noto", fontsize=10)
    return first_page(doc.tobytes())


def test_a_table_crossing_the_middle_is_read_row_by_row_not_as_two_columns():
    cells = [("Показатель", "Значение", "Норма", "Дата")] + [
        (f"Анализ {i}", f"{i}.{i} г/л", "4.0-9.0", f"0{i}.03.2024") for i in range(1, 8)]
    lines = [(x, 100 + 16 * r, text) for r, row in enumerate(cells)
             for x, text in zip((50, 200, 330, 450), row, strict=True)]
    got = page_text(page_with(lines)).splitlines()
    assert got == [" ".join(row) for row in cells]


def test_justified_text_with_wide_word_gaps_stays_one_column():
    sentence = "Состояние отломков на 3-и сутки после операции удовлетворительное".split()
    lines = []
    for r in range(8):  # every line justified the same way: gaps line up, words cross the middle
        x = 50.0
        for word in sentence[:5]:
            lines.append((x, 100 + 14 * r, word))
            x += FONT.text_length(word, 10) + 12
    got = page_text(page_with(lines)).splitlines()
    assert got == [" ".join(sentence[:5])] * 8


def test_a_surname_wrapped_inside_a_ruled_table_cell_stays_whole():
    rows = [["Фамилия", "Имя", "ЖСН / ИИН", "Диагноз"],
            ["Гребенщикова", "Анна", "850412400123", "перелом шейки бедра"],
            ["Гейдебрехт-Островская", "Ирина", "790101400456", "гонартроз слева"]]
    text = page_text(first_page(reportlab_table(rows, [60, 60, 90, 120])))
    assert text.splitlines() == [" | ".join(row) for row in rows]


KAZAKH = "Науқас әлсіз, тізе буынында ісіну бар, ғимарат, өкпе, ұсыныс, үй, һәм Қазақстан"


def legacy(text: str) -> str:
    """How a pseudo-Unicode font's text layer spells `text`: one look-alike per letter."""
    first = {}
    for source, kazakh in LEGACY_TO_KAZAKH.items():
        first.setdefault(kazakh, source)
    return "".join(first.get(ch, ch) for ch in text)


def test_a_legacy_kazakh_font_text_layer_is_repaired():
    written = legacy(KAZAKH)
    assert written != KAZAKH and not any(ch in written for ch in "әғқңөұүһі")
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_font(fontname="KZTimes", fontbuffer=FONT.buffer)  # named as the legacy family
    page.insert_text((50, 100), written, fontname="KZTimes", fontsize=10)
    page.insert_font(fontname="noto", fontbuffer=FONT.buffer)
    page.insert_text((50, 130), legacy("Пациентка жалуется: ауырсыну күшті"), fontname="noto",
                     fontsize=10)
    text = page_text(first_page(doc.tobytes()))
    assert text.splitlines() == [KAZAKH, "Пациентка жалуется: ауырсыну күшті"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AO/OTA 31-A2, Ilizarov, Hb 120", "AO/OTA 31-A2, Ilizarov, Hb 120"),  # Latin: untouched
        ("Науķас тiзе", "Науқас тізе"),
        ("ӨКПЕ Өкпе öкпе", "ӨКПЕ Өкпе өкпе"),
        ("шаhар", "шаһар"),
    ],
)
def test_look_alikes_are_repaired_only_inside_cyrillic_words(text, expected):
    assert repair_text(text)[0] == expected


def test_private_use_text_is_measured_for_ocr():
    assert private_use_share("Нау\uf0a3ас") == pytest.approx(1 / 6)
    assert private_use_share("Науқас") == 0


def test_a_ruled_two_column_form_is_read_label_then_value_not_as_two_text_columns():
    """A theatre card's `label | value` table with wrapped labels: read as two text columns,
    every label came before every value and the blood loss took the infusion's volume."""
    rows = [["Операция атауы / Название операции", "Накостный остеосинтез правой ключицы"],
            ["Анестезия түрі / Вид анестезии", "проводниковая анестезия"],
            ["Қан жоғалту / Кровопотеря", "260 мл"],
            ["Ұзақтығы / Длительность", "61 мин"],
            ["Инфузия / Инфузия", "кристаллоиды 500 мл"],
            ["ASA", "III"]]
    text = page_text(first_page(reportlab_table(rows, [90, 150])))
    assert "Қан жоғалту / Кровопотеря | 260 мл" in text.splitlines()
