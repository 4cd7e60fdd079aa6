"""Format-preserving surrogates for structured identifiers.

A surrogate keeps the shape of what it replaces (separators, digit count, prefix, month-name
form) so downstream extraction and the language model see realistic records, and it is keyed
by patient + value so repeated mentions stay consistent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from .dates import shift_date_text
from .keys import Keyed
from .lexicon import fold, has_kazakh_letters
from .patterns import iin_checksum

CITIES = [
    ("Талдыкорган", "Талдықорған"), ("Кокшетау", "Көкшетау"), ("Экибастуз", "Екібастұз"),
    ("Жезказган", "Жезқазған"), ("Рудный", "Рудный"), ("Темиртау", "Теміртау"),
    ("Балхаш", "Балқаш"), ("Сатпаев", "Сәтбаев"), ("Лисаковск", "Лисаковск"), ("Аксу", "Ақсу"),
]
STREETS = [
    ("Садовая", "Бейбітшілік"), ("Лесная", "Достық"), ("Центральная", "Тәуелсіздік"),
    ("Школьная", "Бірлік"), ("Молодежная", "Жеңіс"), ("Северная", "Көктем"),
    ("Полевая", "Шұғыла"), ("Заречная", "Ынтымақ"), ("Степная", "Сарыарқа"),
    ("Луговая", "Қызылжар"), ("Строительная", "Атамекен"), ("Весенняя", "Самал"),
]
KNOWN_CITIES = {
    "алматы", "астана", "шымкент", "караганда", "караганды", "актобе", "тараз", "павлодар",
    "усть-каменогорск", "оскемен", "семей", "атырау", "костанай", "кызылорда", "уральск",
    "орал", "петропавловск", "актау", "темиртау", "туркестан", "кокшетау", "талдыкорган",
    "экибастуз", "рудный", "жезказган", "нур-султан", "алма-ата", "конаев", "каскелен", "талгар",
}
EMAIL_USERS = ["aset", "dana", "erlan", "madina", "nurlan", "saule", "timur", "alina", "marat",
               "aigul"]
EMAIL_DOMAINS = ["example.kz", "demo.example.kz", "test.example.kz"]  # no real domain token
_CITY_MARK_RE = re.compile(r"(?:г\.|гор\.|город|с\.|село|пос\.)\s*$", re.IGNORECASE)
# A hero's title after his name in a street or village (`Райымбек батыра`, `Толе би`) is part
# of the name: it goes with the capitalised word it follows.
_TITLE_AFTER_RE = re.compile(r"[ \t]+(?:батыр|би|бі|хан|ақын|акын|жырау)[а-яәғқңөұүһі]{0,5}"
                            r"(?![\w])")  # with its case ending: `Әйтеке бинің`
_WORD_RE = re.compile(r"(?<![\w])[^\W\d_]\w*(?:-\w+)*")


def _cap_words(value: str) -> Iterator[re.Match]:
    """Capitalised words in any script (`İstanbul`, `Şişli` too, which `[A-Z]` misses)."""
    return (m for m in _WORD_RE.finditer(value) if m.group()[0].isupper())


# The grammar of an address (markers and their case forms), which a surrogate keeps.
_GRAMMAR_EXACT = {"ул", "д", "дом", "кв", "г", "гор", "с", "пр", "пер", "мкр", "мкрн", "корп",
                  "обл", "р-н", "п", "пос", "пгт", "үй", "к-сі", "көш", "қ", "ш/а", "м-н", "уч"}
_GRAMMAR_STEMS = ("улиц", "проспект", "переул", "микрорайон", "квартир", "корпус", "город",
                  "село", "посел", "област", "район", "көше", "қала", "ауыл", "аудан", "облыс",
                  "пәтер", "даңғыл", "шағын", "ықшам", "тұрғын", "тұйық", "деревн", "станц")


def _place_words(value: str) -> list[re.Match]:
    """Words to replace in an address: its capitalised words; in an address written without
    capitals (`г. караганда, ул. байтурсынова`, `талгаре`), every word that is not its
    grammar, for there case cannot tell a street's name from its marker."""
    caps = list(_cap_words(value))
    if caps:
        return caps
    words = list(_WORD_RE.finditer(value))
    grammar = [m for m in words if m.group().lower() in _GRAMMAR_EXACT
               or m.group().lower().startswith(_GRAMMAR_STEMS)]
    if not grammar and len(words) > 1:
        return []  # `№ 68 жалпы орта білім беретін мектебі`: a description, not a place name
    return [m for m in words if len(m.group()) >= 3 and m not in grammar]


def fill_digits(template: str, digits: str) -> str:
    """Put `digits` into the digit positions of `template`, keeping every other character."""
    it = iter(digits)
    return "".join(next(it) if c.isdigit() else c for c in template)


class Surrogates:
    """Surrogates for IIN, PHONE, EMAIL, DATE, ADDRESS, RECORD_ID, DOC_ID."""

    def __init__(self, keyed: Keyed) -> None:
        self.keyed = keyed

    def date(self, value: str, patient: str | None) -> str:
        shifted = shift_date_text(value, self.keyed.date_offset(patient))
        return shifted if shifted is not None else self.identifier(value, patient, "DATE")

    def iin(self, value: str, patient: str | None) -> str:
        """Valid-checksum IIN; birth date shifted like the patient's dates, sex digit kept."""
        digits = re.sub(r"\D", "", value)
        head = self._shifted_birth(digits[:6], patient) + digits[6:7]
        for k in range(50):
            serial = self.keyed.digits(4, patient, "IIN", f"{digits}#{k}")
            body = head + serial
            check = iin_checksum(body)
            if check != 10 and body + str(check) != digits:
                return fill_digits(value, body + str(check))
        return fill_digits(value, self.keyed.digits(12, patient, "IIN", digits))

    def _shifted_birth(self, yymmdd: str, patient: str | None) -> str:
        try:
            born = date(1900 + int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:6]))
        except ValueError:
            return self.keyed.digits(6, patient, "IIN-BIRTH", yymmdd)
        moved = born + timedelta(days=self.keyed.date_offset(patient))
        return moved.strftime("%y%m%d")

    def phone(self, value: str, patient: str | None) -> str:
        """Same prefix (+7/8) and operator/area code, other digits keyed."""
        digits = re.sub(r"\D", "", value)
        keep = 4 if len(digits) == 11 else 1
        for k in range(20):
            new = digits[:keep] + self.keyed.digits(len(digits) - keep, patient, "PHONE",
                                                     f"{digits}#{k}")
            if new != digits:
                return fill_digits(value, new)
        return fill_digits(value, digits[:keep] + "0" * (len(digits) - keep))

    def email(self, value: str, patient: str | None) -> str:
        key = value.lower()
        user = self.keyed.choice(EMAIL_USERS, patient, "EMAIL-U", key)
        num = self.keyed.digits(3, patient, "EMAIL-N", key)
        return f"{user}.{num}@{self.keyed.choice(EMAIL_DOMAINS, patient, 'EMAIL-D', key)}"

    def identifier(self, value: str, patient: str | None, label: str) -> str:
        """Same shape: digits re-drawn, letters and separators kept."""
        digits = re.sub(r"\D", "", value)
        for k in range(20):
            new = self.keyed.digits(len(digits), patient, label, f"{value.upper()}#{k}")
            if new != digits and not (len(new) > 1 and digits[0] != "0" and new[0] == "0"):
                return fill_digits(value, new)
        return fill_digits(value, "1" * len(digits))

    def address(self, value: str, patient: str | None) -> str:
        """Place words -> pool streets/cities, numbers -> keyed numbers, markers kept."""
        script = 1 if has_kazakh_letters(value) else 0
        out, pos = [], 0
        words = _place_words(value)
        own = {fold(w.group()) for w in words}  # never a real word
        alone = len(words) == 1 and not re.search(r"\d", value)  # `из Талгара`: a settlement
        for m in words:
            out.append(value[pos : m.start()])
            word = m.group()
            is_city = alone or fold(word) in KNOWN_CITIES or _CITY_MARK_RE.search(
                value[max(0, m.start() - 12) : m.start()])
            pool = CITIES if is_city else STREETS
            i = self.keyed.number(patient, "ADDR", fold(word)) % len(pool)
            pick = pool[i][script]
            for k in range(1, len(pool)):  # never a word of the address itself (`Молодежная`)
                if fold(pick) not in own:
                    break
                pick = pool[(i + k) % len(pool)][script]
            out.append(pick.upper() if word.isupper() and len(word) > 1
                       else pick.lower() if word.islower() else pick)
            title = _TITLE_AFTER_RE.match(value, m.end())  # `Отеген батыр` -> one pool name
            pos = title.end() if title else m.end()
        out.append(value[pos:])
        text = "".join(out)
        return re.sub(r"\d+", lambda m: self._number(m.group(), patient), text)

    def _number(self, num: str, patient: str | None) -> str:
        new = self.keyed.digits(len(num), patient, "ADDR-N", num)
        if num[0] != "0" and new[0] == "0":
            new = str(int(new[0]) + 1) + new[1:]
        if num[0] == "0":
            new = "0" + new[1:]
        return new if new != num else new[:-1] + str((int(new[-1]) + 1) % 10)
