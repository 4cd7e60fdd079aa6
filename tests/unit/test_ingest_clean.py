"""Cleaning: artifacts, whitespace, running headers/footers, repeated segments, offsets."""

import pytest

from medadapt.ingest.clean import (
    clean_pages,
    join_pages,
    normalize_page,
    remove_repeated_paragraphs,
    remove_running_lines,
)
from medadapt.ingest.language import language_shares


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("пере\u00adлом", "перелом"),
        ("сло-\nво и Кохер-\nОрлов", "слово и Кохер-\nОрлов"),  # only lowercase continuations
        ("a\u00a0\u00a0b\tc", "a b c"),
        ("\ufb01xation", "fixation"),
        ("line  \n\n\n\n  next", "line\n\nnext"),
        ("e\u0301", "\u00e9"),  # NFC
        ("zero\u200bwidth\x00", "zerowidth"),
    ],
)
def test_normalize_page(raw, clean):
    assert normalize_page(raw) == clean


JOINTS = ["коленный", "тазобедренный", "локтевой", "плечевой", "голеностопный"]


def test_running_header_and_footer_removed_even_with_changing_numbers():
    pages = [
        f"ГКП на ПХВ Городская больница №4 | ИБ № 1234/24\nТекст {i}: {word} сустав\n"
        f"Ещё строка {i * 7} о {word}\nСтр. {i + 1} из 5"
        for i, word in enumerate(JOINTS)
    ]
    cleaned, removed = remove_running_lines(pages)
    assert removed == 10
    assert cleaned[2] == "Текст 2: локтевой сустав\nЕщё строка 14 о локтевой"


def test_body_lines_repeating_in_the_middle_are_kept():
    body = "\n".join(f"уникальная строка {i} {chr(1040 + i)}" for i in range(8))
    pages = [f"Шапка\n{body.replace('4', str(p))}\nСостояние удовлетворительное\nhh\nпоследняя {p}"
             for p in range(3)]
    cleaned, _ = remove_running_lines(pages)
    assert all("Шапка" not in page for page in cleaned)
    assert all("уникальная строка 7" in page for page in cleaned)


def test_single_page_untouched():
    assert remove_running_lines(["Header\nbody"]) == (["Header\nbody"], 0)


def test_consecutive_duplicate_paragraphs_dropped_across_pages():
    para = "Жалобы на боли в правом коленном суставе при ходьбе."
    cleaned, removed = remove_repeated_paragraphs([f"{para}\n\n{para}", f"{para}\n\nдругое"])
    assert removed == 2 and cleaned == [para, "другое"]


def test_clean_pages_keeps_one_string_per_page_and_offsets_point_at_pages():
    words = ["первая", "вторая", "третья"]
    pages = clean_pages([f"Шапка {i}\n{w}\nСтр. {i}" for i, w in enumerate(words)])
    assert pages == ["первая", "вторая", "третья"]
    text, offsets = join_pages(pages)
    assert [text[o : o + len(p)] for o, p in zip(offsets, pages, strict=True)] == pages


@pytest.mark.parametrize(
    ("text", "kk"),
    [
        ("Пациент поступил с переломом бедра", 0.0),
        ("Науқас ауруханаға түсті және тексерілді", 1.0),
        ("Науқас поступил с переломом", 0.3333),
        ("12345 ---", 0.0),
    ],
)
def test_language_shares(text, kk):
    share_kk, share_ru = language_shares(text)
    assert share_kk == pytest.approx(kk)
    assert share_ru == pytest.approx(1 - kk if any(c.isalpha() for c in text) else 0.0)
