"""The orthopedic vocabulary keeps clinical words the dictionaries lack, never a name."""

import pytest

from medadapt.deid import Deidentifier
from medadapt.deid.lexicon import load_lexicons
from medadapt.deid.vocabulary import clinical_vocabulary

SECRET = b"v" * 64


@pytest.mark.parametrize("word, known", [
    ("Артроскопическая", True), ("Чрескостный", True), ("Многооскольчатый", True),
    ("Бұғатталатын", True), ("Закр", True),
    ("Иванов", False), ("Жумабеков", False), ("Киршнера", False),  # an eponym stays a suspect
    ("Лев", False),  # `лев.` (left) is an abbreviation, but Лев is a first name
])
def test_vocabulary(word, known):
    assert clinical_vocabulary(load_lexicons()).knows(word) is known  # as the sweep loads it


def test_clinical_sentence_openers_survive_and_the_name_does_not():
    text = ("Закр. перелом н/3 прав. луч. кости. Артроскопическая пластика ПКС. "
            "Чрескостный остеосинтез. Оперировал врач Жумабеков Ерлан.")
    out = Deidentifier(SECRET, use_ner=False).deidentify(text, patient="p").text
    for word in ("Закр.", "Артроскопическая", "Чрескостный"):
        assert word in out
    assert "Жумабеков" not in out and "Ерлан" not in out
