"""Recall-first number detectors: IDs by shape, phones by `phonenumbers`, plates, ages > 89.

Why shapes and not labels: real records put case-history, sick-leave, policy and protocol
numbers after many different words, or in a table cell with no word at all. A run of 5 or
more digits is never clinical in these records (doses and lab values are shorter), so it is
an identifier unless a stronger label (IIN, phone, date) claims it first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import phonenumbers

from .patterns import after_number_sign, iin_valid
from .scan import column_cells, finditer_ci, lower_twin, lowered, may_hold_table

Hit = tuple[int, int, str]
PHONE_REGIONS = ("KZ", "RU", "UZ", "KG")
_L = r"A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі"
# An alphanumeric code holding 5+ digits in a row, or digits with / or - groups after №.
# The leading look-aheads name each pattern's first character: redundant for the match, but
# `re` then rejects most positions with one set test instead of running the look-behind.
LONG_CODE_RE = re.compile(r"(?<![\w./-])(?=[" + _L + r"\d])(?:[" + _L + r"]{1,5}[ -]?)?"
                          r"\d[\d/-]*\d{4}[\d/-]*"
                          r"(?:(?:-| (?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]))?[" + _L + r"]{1,3}(?![\w]))?(?![\w])")
# A letter after a space ends the code only as a capital (`538312 К`), not as a preposition
# (`№ 538312 с 23.02`, `от`).
# A number printed in groups (`ЛН № 112 0499`, `образец № 2699 4106 65`): another group of 2-4
# digits after one space, unless a unit or a month follows it (`№ 25 12 мая`, `№ 3 15 мг`).
_MORE_GROUP = (r" \d{2,4}(?![\d]|[.,:/]\d)"
               r"(?![ \t]*(?:мг|мл|мм|см|кг|ед|шт|раз|лет|жас|г\.|ж\.|год|жыл|"
               r"январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|"
               r"қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|"
               r"желтоқсан))")
NUMBER_WORD_RE = re.compile(
    r"(?:№|#(?=\s*\d)|N[o°]?\.?(?=\s*\d)|номер\w*|нөмір\w*|серия|сериясы|полис\w*|штрих-код\w*|"
    r"бланк|карта|картасы|протокол\w*|хаттама\w*|эпикриз\w*|жолдама\w*|направлени\w*|"
    r"вызова|вызов|шақыру)"
    r"[ \t:]*(?:№[ \t]*)?(?P<id>(?:[" + _L + r"]{1,4}[ /-]?)?\d[\d/-]*\d"
    r"(?:" + _MORE_GROUP + r")*(?:(?:[/-]|(?-i: (?!от\b)))?[" + _L + r"]{1,3}\d*)?|\d{3,}[" + _L
    + r"]{0,2})(?![\w])",
    re.IGNORECASE)
# A short number of a record named by its kind (`Протокол операции №30`, `карта вызова № 5`,
# `ОТА ХАТТАМАСЫ № 12-Х`): one or two digits are enough there, though not after a ward or a
# hospital (`палата №4`, `ГКБ №7`), whose numbers identify nobody.
SHORT_RECORD_RE = re.compile(
    r"(?<![\w/])(?:протокол\w*|хаттама\w*|истори\w*|карт[аыу]\w*|талон\w*|вызов\w*|"
    r"шақыру\w*|рецепт\w*|направлени\w*|жолдама\w*|выписк\w*|эпикриз\w*|и/б|а/к)"
    r"(?:[ \t]+[а-яёәғқңөұүһіa-z]{2,}){0,2}[ \t:]*№[ \t]*"
    r"(?P<id>(?:[а-яa-z]{1,4}-)?\d{1,2}(?:[ -]?[а-яa-z])?)"
    r"(?![\w/-])(?!\.\d)", re.IGNORECASE)
# A capital-letter prefix, a hyphen and 3+ digits (`ОП-3549`, `КТ-5136/21`): a document code
# in any field, with or without a number word before it.
PREFIX_CODE_RE = re.compile(r"(?<![\w-])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{1,4}-\d{3,}(?:[/-]\d+)*(?![\w])")
# A Latin letter, three digits and two or three letters (`A 564 PDE`): the older plates,
# and foreign ones, carry no region digits.
LATIN_PLATE_RE = re.compile(r"(?=[A-Z])(?<![\w])[A-Z][ ]?\d{3}[ ]?[A-Z]{2,3}(?![\w])")
# Letters inside a long code (`ЖК 11BN586320`, a driving licence): the whole token, when it
# holds five or more digits and a capital letter.
MIXED_CODE_RE = re.compile(r"\d(?<![\w./-]\d)(?=[\dA-ZА-Я]*[A-ZА-Я])(?=[A-ZА-Я]*(?:\d[A-ZА-Я]*){4})"
                           r"[\dA-ZА-Я]{6,14}(?![\w])")
# A number straight after an imaging study, a commission, an ambulance call or a lab sample
# (`Рентген 5823`, `КТ 4211:`, `ВКК 331/7`, `скорая 6152`, `история 7525/23`): four digits,
# or any with a slash, that are not a year.
STUDY_NUMBER_RE = re.compile(
    r"(?=[рrкмувтсожиа])(?<![\w])(?:рентген\w*|р-грамма|rg|кт|мскт|мрт|узи|вкк|мсэк|втэк|тмк|кдк|смп|"
    r"образ(?:ец|ца|цы)|снимк\w*|скор(?:ая|ой|ую)|жедел[ \t]+жәрдем\w*|истори[яи]|талон\w*"
    r"|талдау\w*|анализ[аы]?)[ \t]+"
    r"(?P<id>\d{4,}(?:[/-]\d+)*|\d{1,3}(?:[/-]\d+)+)(?![\w.,]\d|\w)"
    r"(?![ \t]*(?:г\.|год|ж\.|жыл|мм|см|мл|мг|%|мин))", re.IGNORECASE)
STUDY_NUMBER_LOW = lower_twin(STUDY_NUMBER_RE)
SHORT_RECORD_LOW = lower_twin(SHORT_RECORD_RE, first="пхикткшрнжвэа")
PLATE_RE = re.compile(r"(?=[\dA-ZА-Я])(?<![\w])"
                      r"(?:\d{3}[ ]?[A-ZА-Я]{2,3}[ ]?\d{2}|[A-ZА-Я][ ]?\d{3}[ ]?"
                      r"[A-ZА-Я]{2,3}[ ]?\d{2})(?![\w])")
# Any plate after a vehicle word, whatever the country or decade: `автомобиль O 533 HTB`,
# `г/н 777 ABA 02`, `көлік нөмірі 123ABC02`; at least three digits in it.
VEHICLE_RE = re.compile(
    r"(?<![\w])(?:автомобил\w*|автомашин\w*|а/м|авто|машин[аыеу]|көлік\w*|транспорт\w*|"
    r"госномер\w*|гос\.?[ \t]*номер\w*|г/н|гос\.?[ \t]*знак\w*)"
    r"(?:[ \t]+(?:марки[ \t]+\S+|нөмірі|номер\w*|г/н|гос\.?[ \t]*номер\w*))?[ \t:№]*"
    r"(?P<id>(?=(?:[^\n]{0,12}?\d){3})[A-ZА-ЯӘҒҚҢӨҰҮҺІ\d](?:[ -]?[A-ZА-ЯӘҒҚҢӨҰҮҺІ\d]){4,10})"
    r"(?![\w])")
AGE_RE = re.compile(r"(?P<n>9(?<![\d.,]9)\d|1(?<![\d.,]1)[01]\d)"  # `(?<![\d.,])` after the digit
                    r"(?:[ \t]*(?:-?[ \t]*(?:летн\w*|лет|года|год|жас\w*|"
                    r"г\.|л\.)|[ \t]*(?=жас)))", re.IGNORECASE)
AGE_LABEL_RE = re.compile(r"(?:возраст|возр\.|жасы|жас[^\S\n]+мөлшері|жас|age|полных[^\S\n]+лет"
                          r"|лет(?=[^\S\n]*:))"
                          r"(?:[^\S\n]*/[^\S\n]*(?:возраст|возр)\.*)?"
                          r"(?:[^\S\n]+(?:пациента|пациентки|больного|больной|науқастың))?"
                          r"(?:[^\S\n]*\([^()\n]{1,20}\))?"  # `Возраст (лет): 93`
                          r"[^\S\n]*\.*[^\S\n]*[:/–—|;-]?[^\S\n]*(?:жасы[:\s]*)?"
                          r"(?P<n>9\d|1[01]\d)(?![\d]|[.,]\d)"
                          r"(?![ \t]*(?:кг|см|мм|мг|мл|%|уд|раз|г/л|мин|мкмоль|ммоль))"
                          r"(?:[ \t]*(?:лет|года|жас\w*))?",
                          re.IGNORECASE)
SPLIT_IIN_RE = re.compile(r"\d(?<!\d\d)\d{5}[ -]\d{6}(?![\d])")
LOCAL_PHONE_RE = re.compile(r"(?:тел|факс|конт|байланыс|ұялы|моб|домашн|рабоч|сот"
                            r"|(?:дом|раб|үй)(?=[ \t]*[:.]))[\w.]*[^\S\n]*"
                            r"(?:[\w ]{0,20}:)?"
                            r"[^\S\n]*(?P<p>\d{1,3}(?:[-. ]\d{2,3}){1,3}[-. ]\d{1,3})(?![\d])",
                            re.IGNORECASE)
NUMBER_WORD_LOW = lower_twin(NUMBER_WORD_RE, NUMBER_WORD_RE.pattern.replace("N[o°]", "n[o°]", 1),
                             "№#nнспшбкхэжв")
AGE_LOW = lower_twin(AGE_RE)
AGE_LABEL_LOW = lower_twin(AGE_LABEL_RE, first="вжпл" + "a")  # Latin a: `age`
# A key-value row of a form table (`| ИБ № | 7832-Н |`, `| Байланыс | … / 36-68-78 |`): the
# label cell says what the value cell holds.
_KV_ROW_RE = re.compile(r"\|[ \t]*(?P<k>[^|\n]{1,40}?)[ \t]*\|[ \t]*(?P<v>[^|\n]{1,80}?)[ \t]*"
                        r"(?=\|)")
_KV_NUMBER_RE = re.compile(r"№|номер|нөмір|(?<![\w])n(?![\w])")
_KV_NOT_ID_RE = re.compile(r"палат|пал\.|отд|бөлім|кабинет|каб\.|койк|төсек|этаж|қабат|корп|"
                           r"форм|ф\.|приказ|бұйрық")  # ward, room, form numbers name nobody
_KV_PHONE_RE = re.compile(r"тел|байланыс|контакт|phone|ұялы|моб")
_PHONE_GROUPS_RE = re.compile(r"(?<![\d])\d{1,3}(?:[- ]\d{2,3}){1,4}(?![\d])")
# A city number standing alone after a dash or a comma (`соседка Жұлдыз — 27-29-50`): three
# dashed groups that are not a date.
DASHED_PHONE_RE = re.compile(r"(?P<p>\d(?<=[—–,:] \d)\d{0,2}(?P<sep>[- ])\d{2}(?P=sep)\d{1,2})"
                             r"(?![\d-]| \d)")


# A column of record or document numbers: `№`, `№ ИБ`, `Карта №`, `Шақыру №`, `Парақ №`, `Полис`
_NUMBER_HEADER = re.compile(r"^[ \t]*(?:(?:№|n|номер|нөмір)[^|]{0,12}|[^|\d№]{1,14}[ \t]"
                            r"(?:№|номер|нөмір)[ \t]*|(?:полис|policy)\w*[ \t]*(?:№|n)?[ \t]*"
                            # a record's kind alone (`Ист. болезни`, `И/Б`, `Ауру тарихы`)
                            r"|(?:ист\.?|истори[яи])[ \t]*(?:бол\.?|болезни)|и/б|иб"
                            r"|мед\.?[ \t]*карта|ауру[ \t]+тарихы|амб\.?[ \t]*карта)[ \t]*$")


# A hospital-system export: a segment code, then its first field (`OPR|854|…`,
# `ОПЕР|844-Х|…`), or an `id` attribute (`<Қабылдау id="5313/В" …>`): a record number.
SEGMENT_ID_RE = re.compile(r"(?m)^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6}\|(?P<id>[^|\n]*\d[^|\n]*)\|")
ATTR_ID_RE = re.compile(r"(?<![\w-])(?:id|nomer|number|номер)=\"(?P<id>[^\"\n]*\d[^\"\n]*)\"",
                        re.IGNORECASE)


def find_export_ids(text: str, low: str | None = None) -> Iterator[Hit]:
    """Record numbers in `|`-segment and XML exports (digits of a date stay dates)."""
    if "|" in text:
        for m in SEGMENT_ID_RE.finditer(text):
            if sum(ch.isdigit() for ch in m.group("id")) >= 2:
                yield m.start("id"), m.end("id"), "RECORD_ID"
    if "=\"" in text:
        for m in ATTR_ID_RE.finditer(text):
            yield m.start("id"), m.end("id"), "RECORD_ID"


_NEXT_PHONE_RE = re.compile(r"[ \t]*[,/;][ \t]*(\d{1,3}(?:-\d{1,3}){2,3})(?![\d-])")
# A number just before a phone in a list (`960 83 15 немесе +7 …`, `27-29-50, 8 701 …`)
_PREV_PHONE_RE = re.compile(r"(?<![\d.,])(\d{1,3}(?P<sep>[-. ])\d{2,3}(?:(?P=sep)\d{1,3}){1,2})"
                            r"[ \t]*(?:[,/;]|или|немесе|не)[ \t]*$")
# A phone column's cell: groups of digits (`6-52-68`, `56.83.14`, `712-682`, `4363921`)
_PHONE_CELL_RE = re.compile(r"(?<![\d])(?:\d{1,3}(?:[-. ]\d{1,3}){1,4}|\d{5,11})(?![\d])")


def find_table_values(text: str, low: str | None = None) -> Iterator[Hit]:
    """Record numbers and phones in the value cell of a labelled form-table row, and record
    numbers in the `№` column of a table (three or more digits: a row count is no record)."""
    if not may_hold_table(text):
        return
    low = lowered(text) if low is None else low
    for s, e, aligned in column_cells(text, low, _NUMBER_HEADER):
        first = not text[text.rfind("\n", 0, s) + 1 : s].strip(" \t|")  # the row's first cell
        if (aligned or first) and sum(ch.isdigit() for ch in text[s:e]) >= 3:
            yield s, e, "RECORD_ID"
    for s, e, aligned in column_cells(text, low, _KV_PHONE_RE):
        for g in _PHONE_CELL_RE.finditer(text, s, e) if aligned else ():
            if sum(ch.isdigit() for ch in g.group()) >= 5:
                yield g.start(), g.end(), "PHONE"
    for m in _KV_ROW_RE.finditer(low) if "|" in text else ():
        key, (vs, ve) = m.group("k"), m.span("v")
        if not any(ch.isdigit() for ch in text[vs:ve]) or any(ch.isdigit() for ch in key):
            continue
        if _KV_PHONE_RE.search(key):
            for g in _PHONE_GROUPS_RE.finditer(text, vs, ve):
                if sum(ch.isdigit() for ch in g.group()) >= 5:
                    yield g.start(), g.end(), "PHONE"
        elif _KV_NUMBER_RE.search(key) and not _KV_NOT_ID_RE.search(key):
            yield vs, ve, "RECORD_ID"


# A phone cue, a word or two saying whose phone, then a dashed city number: `телефон
# ординаторской 2-19-45`, `т. 53-21-70`. Dashes only: dotted groups after words are dates.
CUE_WORDS_PHONE_RE = re.compile(r"(?<![\w])(?:тел\w*\.?|т\.|байланыс\w*|ұялы|хабарлас\w*)[ \t]*"
                                r"[:\-–]?[ \t]*(?:[^\W\d_]+\.?[ \t]+){0,2}[:\-–]?[ \t]*"
                                r"(?P<p>\d{1,3}(?P<sep>[-. ])\d{2,3}(?:(?P=sep)\d{1,3}){1,2})"
                                r"(?![\d\-.]\d|\d)", re.IGNORECASE)
CUE_WORDS_PHONE_LOW = lower_twin(CUE_WORDS_PHONE_RE, first="тбұх")
LOCAL_PHONE_LOW = lower_twin(LOCAL_PHONE_RE, first="тфкбұмдрсү")
# An extension after a phone (`вн. 520`, `доб. 1238`, `ішкі 150`) and a landline written
# with its area code in brackets but no 8/+7 (`(7172) 27-89-14`): both dial one person.
PHONE_EXT_RE = re.compile(r"(?<![\w])(?:вн|доб|внутр|ішкі(?:[ \t]+нөмір\w*)?|ext)\.?[ \t:]*"
                          r"(?P<p>\d{2,5})(?!\d)", re.IGNORECASE)
LANDLINE_RE = re.compile(r"(?<![\w+(])(?:8[ \t-]?)?\(7\d{2,4}\)[ \t-]?\d{1,3}(?:[- ]\d{2}){2}"
                         r"(?!\d)")
DOTTED_PHONE_RE = re.compile(r"(?=[+78])(?<![\d.])"
                             r"(?:(?:\+?7|8)[.](?:\d{3})|7\d\d)[.]\d{3}[.]\d{2}[.]\d{2}(?![\d])")
# (the second form: a Kazakh mobile without its 8/+7, `701.175.77.04`)


# A number on the line below its label (`Шақыру нөмірі:⏎24907`, `№ образца:⏎1298 3831 74`)
# Found from the number's line (lines that hold only a number are few), then the label line
# above is checked, so that the label pattern never runs over the whole page.
_NUMBER_LINE_RE = re.compile(r"(?m)^[ \t]*(?P<id>(?:[^\W\d_]{1,3}-?)?\d[\d /-]{1,20}\d"
                             r"[^\W\d_]{0,2})[ \t]*$")
_LABEL_LINE_RE = re.compile(r"(?i)(?P<k>[^\n:]{0,40}(?:номер|нөмір|№|штрих-код)[^\n:]{0,24}:|"
                            r"[ \t]*(?:[^\n:]{0,24}[ \t])?(?:лист|парағ|парақ|полис|карт|образ|"
                            r"сынама|штрих|талон|жолдам|направлени|вызов|шақыру|протокол|хаттама)"
                            r"[^\n:\d]{0,24})[ \t]*")


def _labels_above(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each number alone on its line under a label line."""
    for m in _NUMBER_LINE_RE.finditer(text):
        end = m.start() - 1
        if end <= 0 or text[end] != "\n":
            continue
        above = _LABEL_LINE_RE.fullmatch(text, text.rfind("\n", 0, end) + 1, end)
        if above and not _KV_NOT_ID_RE.search(above.group("k").lower()):
            yield m.start("id"), m.end("id")


# `Шақыру 102 жастағы …` (a call to a 102-year-old): an age, not the call's number
_AGE_UNIT_AFTER = re.compile(r"[ \t]*-?[ \t]*(?:жас|лет\b|летн|года\b|г\.|л\.)", re.IGNORECASE)


_YEAR_RANGE_RE = re.compile(r"^(?:[^\W\d_]{1,5}[ -]?)?(?:19|20)\d{2}[-/](?:19|20)?\d{2}"
                            r"(?:[ -]?[^\W\d_]{1,3})?$")


# A Russian passport by its shape alone, wherever it stands (a registry's cell, `РФ паспорты
# 3608 № 243179`): a series of four digits (written 45 12 or 4512), perhaps `№`, six digits;
# or a foreign-travel one, two digits and seven. The number alone would be taken as a record
# number and the series left in the text. A bare series that reads as a year (`2019 123456`)
# needs the `№`.
RU_PASSPORT_RE = re.compile(r"(?<![\d.,:/-])(?:(?:\d{2}[ \t]\d{2}|\d{4})[ \t]*(?P<n>№[ \t]*)?\d{6}"
                            r"|\d{2}[ \t]\d{7})(?![\d]|[.,/-]\d)")
# A birth certificate of the Soviet form: a Roman series, two capitals, six or seven digits
# (`III-АС 9888308`, `IV-ЖК № 123456`), with or without its label.
BIRTH_CERTIFICATE_RE = re.compile(r"(?<![\w-])[IVX]{1,4}-[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2}[ \t]*(?:№[ \t]*)?"
                                  r"\d{6,7}(?!\d)")
_YEAR_SERIES = re.compile(r"(?:19|20)\d{2}[ \t]")
# The number of a printed form (`Форма № 086/у`, `№ 025/е нысаны`, `ф. 066/у`): the Ministry's
# form, the same on every patient's paper, not an identifier.
_FORM_CODE = re.compile(r"\d{3,4}(?:-\d)?/[уеУЕ]")
_FORM_BEFORE = re.compile(r"(?i)(?:форм[аыу]|ф\.)[ \t]*$")
_FORM_AFTER = re.compile(r"(?i)[ \t]*(?:нысан|форм)")


def _form_code(text: str, label: int, s: int, e: int) -> bool:
    return bool(_FORM_CODE.fullmatch(text, s, e) and (
        _FORM_BEFORE.search(text, max(0, label - 10), label) or _FORM_AFTER.match(text, e)))


_LOWER_TAIL = re.compile(r"(?<=\d) [a-zа-яёәғқңөұүһі]{1,3}\Z")  # `№ 538312 с 23.02`: a preposition


def find_codes(text: str, low: str | None = None) -> Iterator[Hit]:
    """Codes after number words (any length >= 3 digits) and any 5+ digit run anywhere."""
    for s, e in _labels_above(text):
        yield s, e, "RECORD_ID"
    for m in finditer_ci(NUMBER_WORD_RE, NUMBER_WORD_LOW, text, low):
        digits = sum(ch.isdigit() for ch in text[m.start("id") : m.end("id")])
        if digits >= 3 and not _AGE_UNIT_AFTER.match(text, m.end("id")) and not _form_code(
                text, m.start(), m.start("id"), m.end("id")):
            tail = _LOWER_TAIL.search(text, m.start("id"), m.end("id"))  # matched lowered
            yield m.start("id"), tail.start() if tail else m.end("id"), "RECORD_ID"
    if "№" in text:
        for m in finditer_ci(SHORT_RECORD_RE, SHORT_RECORD_LOW, text, low):
            yield m.start("id"), m.end("id"), "RECORD_ID"
    for m in LONG_CODE_RE.finditer(text):
        if not _YEAR_RANGE_RE.search(m.group()):  # `в 2019-2020 гг.`: years, not a code
            yield m.start(), m.end(), "RECORD_ID"
    for m in PREFIX_CODE_RE.finditer(text):
        yield m.start(), m.end(), "RECORD_ID"
    if "-" in text:
        for m in BIRTH_CERTIFICATE_RE.finditer(text):
            yield m.start(), m.end(), "DOC_ID"
    for m in RU_PASSPORT_RE.finditer(text):
        if m.group("n") or not _YEAR_SERIES.match(m.group()):
            yield m.start(), m.end(), "DOC_ID"
    for m in PLATE_RE.finditer(text):
        yield m.start(), m.end(), "DOC_ID"
    for m in LATIN_PLATE_RE.finditer(text):
        yield m.start(), m.end(), "DOC_ID"
    for m in MIXED_CODE_RE.finditer(text):
        yield m.start(), m.end(), "DOC_ID"
    for m in finditer_ci(STUDY_NUMBER_RE, STUDY_NUMBER_LOW, text, low):
        if not re.fullmatch(r"(?:19|20)\d{2}", text[m.start("id") : m.end("id")]):
            yield m.start("id"), m.end("id"), "RECORD_ID"
    if low is None:
        low = lowered(text)
    if any(w in low for w in ("авто", "көлік", "г/н", "номер", "машин", "а/м", "дтп")):
        for m in VEHICLE_RE.finditer(text):
            yield m.start("id"), m.end("id"), "DOC_ID"


def _is_date(value: str) -> bool:
    day, month, year = (int(x) for x in re.split(r"[-. ]", value)[-3:])
    return 1 <= day <= 31 and 1 <= month <= 12


def find_split_iins(text: str, low: str | None = None) -> Iterator[Hit]:
    """`780312 300007`, `780312-300007`: 12 digits in two groups with a valid checksum."""
    for m in SPLIT_IIN_RE.finditer(text):
        if iin_valid(m.group()):
            yield m.start(), m.end(), "IIN"


_AGE_HEADER = re.compile(r"(?<![\w])(?:жасы|жас|возраст|возр\.?|age)(?![\w])")


# An age in brackets right after a person (`к Ермековой С.Е. (101) по адресу`)
_CAP = "[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]"
# or after a comma, ending its cell or clause (`уход за Югай А. Н., 93 |`)
_AGE_AFTER_PERSON_RE = re.compile(r"(?:" + _CAP + r"\.[ \t]?" + _CAP + r"\.|" + _CAP
                                  + r"[а-яёәғқңөұүһі]{2,}[ \t]+" + _CAP + r"\.|" + _CAP
                                  + r"[а-яёәғқңөұүһі]+(?:ов|ев|ин|ова|ева|ина|овой|евой|иной|"
                                  r"овым|евым|иным|ұлы|улы|қызы|кызы))[ \t]*"
                                  r"(?:\((?P<n>9\d|1[01]\d)\)"
                                  r"|,[ \t]*(?P<m>9\d|1[01]\d)(?=[ \t]*(?:[|;)\n]|\Z)))")


def find_ages(text: str, low: str | None = None) -> Iterator[Hit]:
    """Ages over 89 (`92 года`, `90 жаста`, `92-летняя`, `ВОЗРАСТ: 93`, `Жасы – 99`, a `|`
    table's age column): generalised to `90+`."""
    for rx, twin in ((AGE_RE, AGE_LOW), (AGE_LABEL_RE, AGE_LABEL_LOW)):
        for m in finditer_ci(rx, twin, text, low):
            yield m.start("n"), m.end(), "AGE"
    if "(" in text or "," in text:
        for m in _AGE_AFTER_PERSON_RE.finditer(text):
            group = "n" if m.group("n") else "m"
            yield m.start(group), m.end(group), "AGE"
    if may_hold_table(text):
        low = lowered(text) if low is None else low
        for s, e, aligned in column_cells(text, low, _AGE_HEADER):
            if aligned and re.fullmatch(r"9\d|1[01]\d", text[s:e]):
                yield s, e, "AGE"


# A city number without its code (5-7 digits in two or three groups, or run together) where
# the line says whose or what it is: a phone word before it (`т/ф 220-89`, `Регистратура
# 93-953`, `с номера 954.69.34`, `жұм. 22-982`), a relative or companion before it (`Сын —
# Ержан Муратович 58-52-05`, `көршісі Айжан 925 42 56`), or brackets right after a person
# (`Соседка Тұрсынова Ж.С. (74 21 56)`). Not a date, a time, a dose or a range with a unit.
_SHORT_NUMBER_RE = re.compile(
    r"(?<![\w.,:/\-])(?<!\d[ \t])(?:\d{1,3}(?P<sep>[-. ])\d{2,3}(?:(?P=sep)\d{2,3})?|[1-9]\d{4,6})"
    r"(?![\d]|[.,:/\-]\d|[ \t]*(?:мг|мл|мм|см|кг|%|ед|раз|лет|года?\b|жас|г\.|ж\.|дн|сут|мин|"
    r"сағ|ч\b|шт|мкм|ммоль|г/л|тг|тенге|₸))", re.IGNORECASE)
_PHONE_CONTEXT_RE = re.compile(
    r"(?<![^\W\d_])(?:тел|т/ф|т\.|факс|моб|сот\.|дом\.|раб\.|үй\b|үй[ \t]*:|жұм|регистратур|"
    r"тіркеу|номер|нөмір|"
    r"қоңырау|звон|перезвон|позвон|хабарла|связ|контакт|байланыс|ұялы|"
    r"сын\b|сына\b|сыну|доч|жена|жены|муж\b|мужа|мать|матери|отец|отца|внук|внучк|сосед|родствен|"
    r"сопровожда|опекун|ұлы\b|ұлының|қызы\b|қызының|немере|көрші|туыс|әйел|күйеу|анасы|әкесі|"
    r"алып[ \t]+жүруші|бауыры|інісі|сіңлі|апасы|ағасы|келін|күйеу[ \t]*бала|невестк|зять|зятя)"
    r"[^\n]{0,50}$", re.IGNORECASE)
_YEAR_AND_GROUP_RE = re.compile(r"(?:19|20)\d{2}[-.]\d{2,3}")  # `2019-20`, `2024.05`
_PHONE_LABEL_ABOVE_RE = re.compile(r"(?i)(?:тел|телефон|байланыс|контакт)[^\n\d]{0,30}$")
_PERSON_BRACKET_RE = re.compile(r"(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]+|[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.)[ \t]*\($")


def find_short_phones(text: str, low: str | None = None) -> Iterator[Hit]:
    """City numbers without a code, placed by their line (see `_SHORT_NUMBER_RE`)."""
    for m in _SHORT_NUMBER_RE.finditer(text):
        value = m.group()
        digits = sum(ch.isdigit() for ch in value)
        if not 5 <= digits <= 7 or _YEAR_AND_GROUP_RE.fullmatch(value):
            continue
        if m.group("sep") in (".", "-") and value.count(m.group("sep")) == 2 and _is_date(value):
            continue
        s = m.start()
        line_start = text.rfind("\n", 0, s) + 1
        line = text[line_start:s]
        if _PHONE_CONTEXT_RE.search(line[-60:]) or _PERSON_BRACKET_RE.search(line[-40:]):
            yield s, m.end(), "PHONE"
        elif not line.strip() and line_start > 0 and _PHONE_LABEL_ABOVE_RE.search(
                text, text.rfind("\n", 0, line_start - 1) + 1, line_start - 1):
            yield s, m.end(), "PHONE"  # `Үй тел. / дом. тел.⏎999 31 12`


def find_intl_phones(text: str, low: str | None = None,
                     regions: tuple[str, ...] = PHONE_REGIONS) -> Iterator[Hit]:
    """Phones `phonenumbers` can place in any of `regions`, dotted, landline and local forms,
    and the next number of a list after any of them (`8 (727) 309-70-82, 935-58-1`)."""
    starts, ends = set(), set()
    for hit in _phones(text, low, regions):
        starts.add(hit[0])
        ends.add(hit[1])
        yield hit
    for end in sorted(ends):
        nxt = _NEXT_PHONE_RE.match(text, end)
        if nxt and nxt.end(1) not in ends:
            yield nxt.start(1), nxt.end(1), "PHONE"
    for start in sorted(starts):  # `960 83 15 немесе +7(700)…`: the list's first number
        prev = _PREV_PHONE_RE.search(text, max(0, start - 40), start)
        if prev and prev.end(1) not in ends and not _is_date(prev.group(1)):
            yield prev.start(1), prev.end(1), "PHONE"


def _phones(text: str, low: str | None,
            regions: tuple[str, ...]) -> Iterator[Hit]:
    """Phones `phonenumbers` can place in any of `regions`, plus dotted and local forms."""
    seen: set[tuple[int, int]] = set()
    for w in PHONE_WINDOW_RE.finditer(text):
        if sum(ch.isdigit() for ch in w.group()) < 10:
            continue
        lo = max(0, w.start() - 1)
        for span in _matched_phones(text[lo : w.end() + 1], regions):
            span = (span[0] + lo, span[1] + lo)
            if after_number_sign(text, span[0]):
                continue
            if span not in seen:
                seen.add(span)
                yield span[0], span[1], "PHONE"
    for m in DOTTED_PHONE_RE.finditer(text):
        yield m.start(), m.end(), "PHONE"
    for m in finditer_ci(LOCAL_PHONE_RE, LOCAL_PHONE_LOW, text, low):
        yield m.start("p"), m.end("p"), "PHONE"
    for m in finditer_ci(CUE_WORDS_PHONE_RE, CUE_WORDS_PHONE_LOW, text, low):
        if m.group("sep") == "-" or not _is_date(m.group("p")):
            yield m.start("p"), m.end("p"), "PHONE"
    for m in DASHED_PHONE_RE.finditer(text):
        if not _is_date(m.group("p")):
            yield m.start("p"), m.end("p"), "PHONE"
    if "(7" in text:
        for m in LANDLINE_RE.finditer(text):
            yield m.start(), m.end(), "PHONE"
    low = lowered(text) if low is None else low
    if "вн" in low or "доб" in low or "ішкі" in low or "ext" in low:
        for m in PHONE_EXT_RE.finditer(text):
            yield m.start(), m.end(), "PHONE"  # `доб. 1238` whole: the word stays as written


# Why windows: `phonenumbers` is slow over whole pages (once per region); every phone it can
# accept has 10+ digits within one run of digits, spaces, dots, dashes and brackets.
PHONE_WINDOW_RE = re.compile(r"\+?[\d(][\d \t().\-\u2013]{8,24}\d")


@lru_cache(maxsize=8192)
def _matched_phones(window: str, regions: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """Spans `phonenumbers` places in any region: `+...`, or 11 digits from 7/8.

    Cached per window string (a clinic's phone repeats on every page). Without a `+`, an
    accepted match needs a 7 or 8 with 10 more digits after it; a window without one (date
    ranges, lab tables) cannot hold one, so `phonenumbers` is not asked."""
    if "+" not in window and not _seven_eight_run(window):
        return ()
    return tuple(_phonenumbers_spans(window, regions))


def _seven_eight_run(window: str) -> bool:
    digits = [ch for ch in window if ch.isdigit()]
    return any(ch in "78" for ch in digits[: max(0, len(digits) - 10)])


def _parsing_regions(regions: tuple[str, ...]) -> tuple[str, ...]:
    """One region is enough: a `+` number parses the same under any default region, and the
    only other match kept (11 digits from 7 or 8) is a +7 number, which every +7 region (KZ,
    RU) reads alike. So a +7 region if there is one, else the first; a quarter of the work."""
    seven = [r for r in regions if phonenumbers.country_code_for_region(r) == 7]
    return tuple(seven[:1] or regions[:1])


_SENTENCE_STOP = re.compile(r"[.,;][ \t]")


def _phonenumbers_spans(window: str, regions: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    for region in _parsing_regions(regions):
        for match in phonenumbers.PhoneNumberMatcher(window, region,
                                                     leniency=phonenumbers.Leniency.POSSIBLE):
            raw = match.raw_string.lstrip("( ")
            end = match.end
            stop = _SENTENCE_STOP.search(match.raw_string)
            if stop:  # `+7-707-431-77-63. 2019 жылғы`: a phone never holds a full stop
                end = match.start + stop.start()
                raw = window[match.start : end].lstrip("( ")
                if sum(ch.isdigit() for ch in raw) < 10:
                    continue
            if raw.startswith("+") or (raw[:1] in "78"
                                       and sum(ch.isdigit() for ch in raw) == 11):
                yield match.start, end
