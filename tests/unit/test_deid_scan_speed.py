"""The speed-ups of the deid scanners find exactly what the plain forms found.

Each fast form (trie alternations, lower-case twins of IGNORECASE patterns, the phone
pre-filter, the uncached page fold, table-driven keyed digits) is checked against the plain
form it replaced, on generated strings only (no patient text).
"""

from __future__ import annotations

import hashlib
import hmac
import random
import re

import pytest

from medadapt.deid import dates, numbers, places
from medadapt.deid.keys import Keyed
from medadapt.deid.lexicon import fold, fold_text
from medadapt.deid.scan import lowered, trie_pattern
from medadapt.deid.sweep import WORD_RE, matches_outside

_ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщыьэюяәғқңөұүһі .-/0123456789№"
_CASED = _ALPHABET + "АБВГДЕЖКЛМНОПРСТӘҚҰІ"


def _strings(alphabet: str, n: int = 300, size: int = 120, seed: int = 5) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(size)) for _ in range(n)]


def test_trie_matches_longest_first_alternation() -> None:
    rnd = random.Random(3)
    for _ in range(40):
        words = {"".join(rnd.choice("абвг.") for _ in range(rnd.randint(1, 4)))
                 for _ in range(rnd.randint(1, 12))}
        plain = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
        trie = re.compile(trie_pattern(words))
        for text in _strings("абвгд. ", n=20, size=60, seed=rnd.random()):
            assert [m.span() for m in trie.finditer(text)] == [
                m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(("rx", "twin"), [
    (numbers.NUMBER_WORD_RE, numbers.NUMBER_WORD_LOW), (numbers.AGE_RE, numbers.AGE_LOW),
    (numbers.AGE_LABEL_RE, numbers.AGE_LABEL_LOW),
    (numbers.LOCAL_PHONE_RE, numbers.LOCAL_PHONE_LOW),
    (places.SCHOOL_RE, places.SCHOOL_LOW), (places.WORK_CUE_RE, places.WORK_CUE_LOW),
])
def test_lower_twins_find_the_same_spans(rx: re.Pattern, twin: re.Pattern) -> None:
    samples = ["Номер 12345, № 778-99/1 Полис 1234567; ВОЗРАСТ: 93 года, 95 жаста",
               "Тел.: 701 234 56 78, МОБ 8-777-12-34; СОШ № 12, школа-лицей №7-ші",
               "Место работы: ТОО «Береке», работает в АО Казахтелеком, Employer: X"]
    for text in samples + _strings(_CASED):
        low = lowered(text)
        assert low is not None
        assert [m.span() for m in twin.finditer(low)] == [m.span() for m in rx.finditer(text)]


def test_wordy_date_twins_find_the_same_spans() -> None:
    texts = ["12 МАРТА 2024, 3 наурыз 2023, 2021 жылғы 5 мамырда, Январь 2020, 7 сент. 2019"]
    texts += _strings(_CASED + "марташилденоябрь")
    for rx, (twin, _) in zip(dates._WORDY, dates._WORDY_GATED, strict=True):
        for text in texts:
            low = lowered(text)
            assert [m.span() for m in twin.finditer(low)] == [m.span() for m in rx.finditer(text)]


def test_phone_prefilter_drops_only_windows_without_an_accepted_match() -> None:
    rnd = random.Random(11)
    for _ in range(300):
        window = "".join(rnd.choice("0123456789  -()") for _ in range(rnd.randint(10, 26)))
        if not numbers._seven_eight_run(window):
            assert list(numbers._phonenumbers_spans(window, numbers.PHONE_REGIONS)) == []


def test_fold_text_equals_fold() -> None:
    for text in _strings(_CASED + "ЁӘҒҚҢӨҰҮҺІ") + ["Нұрлан ҚАЗАҚСТАН Ёлка"]:
        assert fold_text(text) == fold(text)


def test_keyed_digits_match_the_counter_mode_definition() -> None:
    secret = b"k" * 32
    keyed = Keyed(secret)

    def reference(n: int, value: str) -> str:
        out: list[str] = []
        counter = 0
        while len(out) < n:
            msg = f"p|K:{value}#{counter}".encode()
            digest = hmac.new(secret, msg, hashlib.sha256).digest()
            out.extend(str(b % 10) for b in digest if b < 250)
            counter += 1
        return "".join(out[:n])

    for n in (1, 5, 12, 40, 70):
        for value in ("a", "870101300123", "x" * 30):
            assert keyed.digits(n, "p", "K", value) == reference(n, value)


def test_matches_outside_is_the_naive_filter() -> None:
    rnd = random.Random(2)
    for text in _strings(_ALPHABET, n=60):
        spans = sorted((a, a + rnd.randint(1, 15)) for a in rnd.sample(range(120), 6))
        got = [m.span() for m in matches_outside(WORD_RE.finditer(text), spans)]
        want = [m.span() for m in WORD_RE.finditer(text)
                if not any(s < m.end() and m.start() < e for s, e in spans)]
        assert got == want
