"""KazMMLU item loading: every edge case of the format, prompts and strict answer parsing."""

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from medadapt.evaluate.items import ItemError, MCItem, load_items, normalize_letter
from medadapt.evaluate.prompts import build_prompt, check_template, parse_generated
from medadapt.evaluate.settings import EvalConfig
from medadapt.synth.mcq import generate_mcq, write_mcq

BASE = {"Subject": "Medicine", "Level": "Professional & University",
        "Question": "Какой аппарат применяют при остеосинтезе?", "Option A": "Шина",
        "Option B": "Аппарат Илизарова", "Option C": "Корсет", "Option D": "Повязка",
        "Option E": "Лонгета", "Answer Key": "B"}


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


@pytest.mark.parametrize("raw, expected", [
    ("B", "B"), (" b ", "B"), ("b\n", "B"), ("В", "B"), ("в", "B"), ("А", "A"), ("С", "C"),
    ("Е", "E"), ("е", "E"), ("(B)", "B"), ("B.", "B"), ("B)", "B"), ("[C]", "C"),
    ("Ответ: B", "B"), ("ответ: В", "B"), ("Жауап: D", "D"), ("Answer: e", "E"),
    ("**C**", "C"), ("D", "D"), ("F", None), ("Б", None), ("Д", None), ("AB", None),
    ("B and C", None), ("", None), (None, None), (float("nan"), None),
])
def test_normalize_letter(raw, expected):
    assert normalize_letter(raw) == expected


@pytest.mark.parametrize("key, answer", [(" c ", "C"), ("c", "C"), ("С", "C"), ("В", "B"),
                                         ("Е\t", "E"), ("a", "A")])
def test_answer_keys_with_whitespace_case_and_cyrillic(tmp_path, key, answer):
    items = load_items(write_jsonl(tmp_path / "i.jsonl", [{**BASE, "Answer Key": key}]))
    assert items[0].answer == answer


def test_cyrillic_v_is_b_not_the_third_letter(tmp_path):
    """Cyrillic В is the 3rd letter of А Б В but looks like B: the look-alike wins."""
    items = load_items(write_jsonl(tmp_path / "i.jsonl", [{**BASE, "Answer Key": "В"}]))
    assert items[0].answer == "B" and items[0].options["B"] == "Аппарат Илизарова"


@pytest.mark.parametrize("empty", [None, "", "   "])
def test_four_option_items(tmp_path, empty):
    row = {**BASE, "Option E": empty}
    item = load_items(write_jsonl(tmp_path / "i.jsonl", [row]))[0]
    assert list(item.options) == ["A", "B", "C", "D"]
    assert "E." not in build_prompt(item)
    assert "(A, B, C или D)" in build_prompt(item)


def test_gap_in_options_keeps_letters(tmp_path):
    item = load_items(write_jsonl(tmp_path / "i.jsonl", [{**BASE, "Option C": None}]))[0]
    assert list(item.options) == ["A", "B", "D", "E"]


def test_key_pointing_at_empty_option_names_file_row_column(tmp_path):
    rows = [BASE, {**BASE, "Option E": None, "Answer Key": "E"}]
    path = write_jsonl(tmp_path / "bad.jsonl", rows)
    with pytest.raises(ItemError) as err:
        load_items(path)
    message = str(err.value)
    assert "bad.jsonl line 2" in message and "'Answer Key'" in message and "empty" in message


@pytest.mark.parametrize("key, words", [("Б", "no Latin look-alike"), ("F", "one letter A-E"),
                                        ("", "empty"), ("B or C", "one letter A-E")])
def test_bad_answer_key_in_csv_names_row(tmp_path, key, words):
    rows = generate_mcq(3, seed=0)
    rows[2]["Answer Key"] = key
    path = write_mcq(rows, tmp_path / "items.csv")
    with pytest.raises(ItemError, match=rf"items.csv row 3, column 'Answer Key'.*{words}"):
        load_items(path)


def test_too_few_options_and_empty_question(tmp_path):
    one = {**BASE, **{f"Option {x}": None for x in "BCDE"}, "Answer Key": "A"}
    with pytest.raises(ItemError, match=r"line 1, columns 'Option A'..'Option E': only 1"):
        load_items(write_jsonl(tmp_path / "a.jsonl", [one]))
    with pytest.raises(ItemError, match=r"line 1, column 'Question'"):
        load_items(write_jsonl(tmp_path / "b.jsonl", [{**BASE, "Question": " "}]))


def test_missing_column_and_duplicate_ids(tmp_path):
    row = {k: v for k, v in BASE.items() if k != "Option C"}
    with pytest.raises(ItemError, match=r"missing column\(s\) \['Option C'\]"):
        load_items(write_jsonl(tmp_path / "a.jsonl", [row]))
    with pytest.raises(ItemError, match=r"line 2, column 'id': 'x' repeats"):
        load_items(write_jsonl(tmp_path / "b.jsonl", [{**BASE, "id": "x"}, {**BASE, "id": "x"}]))


def test_header_spelling_is_tolerated(tmp_path):
    row = {k.lower().replace(" ", "_"): v for k, v in BASE.items()}
    assert load_items(write_jsonl(tmp_path / "a.jsonl", [row]))[0].answer == "B"


def test_csv_jsonl_parquet_give_the_same_items(tmp_path):
    rows = generate_mcq(12, seed=3, messy=True)
    loaded = [load_items(write_mcq(rows, tmp_path / f"items.{ext}"))
              for ext in ("csv", "jsonl", "parquet")]
    assert loaded[0] == loaded[1] == loaded[2]
    assert {i.language for i in loaded[0]} == {"ru", "kk"}
    assert any(len(i.options) == 4 for i in loaded[0])


def test_parquet_nulls_are_empty_options(tmp_path):
    table = pa.Table.from_pylist([{**BASE, "Option E": None}])
    pq.write_table(table, tmp_path / "i.parquet")
    assert list(load_items(tmp_path / "i.parquet")[0].options) == ["A", "B", "C", "D"]


def test_synth_mcq_is_seeded_and_well_formed():
    assert generate_mcq(30, seed=5) == generate_mcq(30, seed=5)
    assert generate_mcq(30, seed=5) != generate_mcq(30, seed=6)
    rows = generate_mcq(30, seed=5)
    four = [r for r in rows if r["Option E"] is None]
    assert len(four) == 6 and all(r["Answer Key"] != "E" for r in four)
    messy = {r["Answer Key"] for r in generate_mcq(30, seed=5, messy=True)}
    assert any(k != k.strip() or k.islower() or k in "АВСЕ" for k in messy)


def test_hub_offline_gives_a_clear_message(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    with pytest.raises(ItemError, match=r"hub:no-such-owner/no-such-set.*offline.*local CSV"):
        load_items("no-such-owner/no-such-set", "Medicine (Professional & University in rus)")


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ItemError, match="no such item file"):
        load_items(tmp_path / "nope.csv")
    with pytest.raises(ItemError, match="is a folder"):
        load_items(tmp_path)


def test_item_record_round_trip():
    item = MCItem("7", "Q?", {"A": "x", "B": "y", "D": "z"}, "D", "Medicine", "L", "kk")
    assert MCItem.from_record(item.to_record()) == item


ITEM = MCItem("1", "Q?", {"A": "Шина", "B": "Аппарат Илизарова", "C": "Корсет", "D": "Лонгета"},
              "B")


@pytest.mark.parametrize("text, expected", [
    ("B", "B"), (" b", "B"), ("В", "B"), ("(B)", "B"), ("Ответ: B", "B"),
    ("B. Аппарат Илизарова", "B"), ("B) аппарат илиз", "B"), ("В. Аппарат Илизарова", "B"),
    ("B. Шина", None), ("E", None), ("B C", None), ("The answer is B because", None),
    ("", None), ("Ответ:", None), ("B\nпотому что", None),
])
def test_generated_answers_are_parsed_strictly(text, expected):
    assert parse_generated(text, ITEM) == expected


def test_prompt_languages_and_templates():
    assert build_prompt(ITEM).endswith("Ответ:")
    assert "Сұрақ:" in build_prompt(ITEM, "kk")
    kk_item = MCItem("2", "Сұрақ?", {"A": "а", "B": "ә"}, "A", language="kk")
    assert "Жауап:" in build_prompt(kk_item, "auto")
    custom = build_prompt(ITEM, template="{question}\n{options}\n({letters})")
    assert custom == "Q?\nA. Шина\nB. Аппарат Илизарова\nC. Корсет\nD. Лонгета\n(A, B, C или D)"
    with pytest.raises(ValueError, match="missing"):
        check_template("{question} only")
    with pytest.raises(ValueError):
        EvalConfig(prompt_template="{question} {options} {oops}")
    assert [a.name for a in EvalConfig(adapters={"x": "/a", "y": "/b"}).adapters] == ["x", "y"]
