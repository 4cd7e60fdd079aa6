"""Dates in Russian and Kazakh records: detection and format-preserving shifting.

A date is replaced by the same date moved by a per-patient offset, written in the format the
original used (zero padding, separator, two- or four-digit year, month name and its form), so
intervals between events stay true and the text still reads naturally.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date, timedelta
from functools import lru_cache

from .scan import (
    anchor_regex,
    column_cells,
    finditer_gated,
    lower_twin,
    lowered,
    may_hold_table,
    windows,
)

_I = re.IGNORECASE
RU_GEN = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
          "октября", "ноября", "декабря")
RU_NOM = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
          "октябрь", "ноябрь", "декабрь")
RU_PREP = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре",
           "октябре", "ноябре", "декабре")
KK = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
      "қазан", "қараша", "желтоқсан")
KK_RU_SPELLING = ("кантар", "акпан", "наурыз", "сауир", "мамыр", "маусым", "шилде", "тамыз",
                  "кыркуйек", "казан", "караша", "желтоксан")
RU_ABBR = ("янв", "февр", "мар", "апр", "мая", "июн", "июл", "авг", "сент", "окт", "нояб", "дек")
RU_ABBR_SHORT = ("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
MONTH_TABLES = (RU_GEN, RU_NOM, RU_PREP, KK, KK_RU_SPELLING, RU_ABBR, RU_ABBR_SHORT, ROMAN)


def _alt(*tables: tuple[str, ...]) -> str:
    words = sorted({w for t in tables for w in t}, key=len, reverse=True)
    return "|".join(words)


_RU_DAY = _alt(RU_GEN)
_RU_ANY = _alt(RU_GEN, RU_NOM, RU_PREP)
_RU_FIRST = "(?=[" + "".join(sorted({w[0] for w in RU_GEN + RU_NOM + RU_PREP})) + "])"
_KK = _alt(KK, KK_RU_SPELLING)
_NB = r"(?![\w])"
_ABBR = _alt(RU_ABBR, RU_ABBR_SHORT) + r"\."
_ROMAN = "|".join(sorted(ROMAN, key=len, reverse=True))
_KK_SUF = r"(?P<suf>[а-яәғқңөұүһі]{0,5})"  # Kazakh case endings stay as written
# Each pattern opens with its first character (a look-ahead for it, or the look-behind moved
# after the first digit: `\d(?<![\d.]\d)` is `(?<![\d.])\d`). Same matches, but `re` then
# rejects most positions with one test instead of running the look-behind first.
FORMATS: tuple[tuple[str, re.Pattern], ...] = (
    ("num", re.compile(r"(?P<d>\d(?<![\d.]\d)\d?)(?P<s>[./-])(?P<m>\d{1,2})(?P=s)"
                       r"(?P<y>\d{4}|\d{2})(?!\d|[.]\d)")),
    ("dm", re.compile(r"(?P<d>\d(?<![\d.,:/]\d)\d)\.(?P<m>\d{2})(?![\d]|[.,:/]\d)"
                      r"(?!\s*(?:ч\b|час|мин|мм|мг|мл|мкг|ед|%|°|г/л|ммоль|мкмоль|сек|см|кг))")),
    ("iso", re.compile(r"(?P<y>\d(?<![\d.]\d)\d{3})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")),
    ("ru", re.compile(r"(?=\d)(?<![\d])(?P<d>\d{1,2})(?P<q>»?|-?го)\s+(?P<mon>" + _RU_DAY + r")"
                      + _NB + r"\s*(?P<y>\d{4})(?!\d)", _I)),
    ("roman", re.compile(r"(?P<d>\d(?<![\d.]\d)\d?)(?P<s>[./ -])(?P<mon>" + _ROMAN + r")(?P=s)"
                         r"(?P<y>\d{4}|\d{2})(?!\d)")),
    # a day and a Roman month, no year (`10.X`, `12 I`), not a stage, finger or rib number
    ("roman_dm", re.compile(r"(?P<d>\d(?<![\d.,/]\d)\d?)[./ -](?P<mon>" + _ROMAN + r")"
                            r"(?![\w/-]|\.\d)"
                            r"(?![ \t]*(?:ст|степ|пальц|ребр|тип|клас|сегмент|позв|триместр|груп|"
                            r"гр\.|кат|сат|дәреж|фк|ф\.к|функц|[A-ZА-Я]))")),
    # a Roman month and a year (`III.2024`, `XII-2023`)
    ("roman_my", re.compile(r"(?=[IVX])(?<![\w.])(?P<mon>" + _ROMAN + r")[./-](?P<y>(?:19|20)\d{2})"
                            r"(?![\d])")),
    # space-separated, zero-padded day and month (`26 09 21`, `27 11 2020`): not inside a
    # longer run of digit groups (a phone number)
    ("num_space", re.compile(r"(?P<d>[0-3](?<!\d[0-3])(?<!\d [0-3])\d) (?P<m>[01]\d) "
                             r"(?P<y>(?:19|20)\d{2}|\d{2})(?!\d| \d(?!\d?:\d\d))")),
    # year first with dots (`2020.12.27`)
    ("iso_dot", re.compile(r"(?P<y>(?:19|20)(?<![\d.](?:19|20))\d{2})\.(?P<m>[01]\d)\."
                           r"(?P<d>[0-3]\d)(?![\d]|\.\d)")),
    # day and month with a dash or a slash, both zero-padded (`27-12`, `16/07`), not a range
    # of a unit (`10-12 дней`) or a ratio inside a longer one
    ("dm_dash", re.compile(r"(?P<d>[0-3](?<![\d./-][0-3])\d)[-/](?P<m>[01]\d)(?![\d/-]|[.,]\d)"
                           r"(?!\s*(?:ч\b|час|мин|мм|мг|мл|мкг|ед|%|°|раз|дн|сут|нед|мес|лет|год|жыл|ай|"
                           r"апта|күн|см|кг|шт|таб|мм))")),
    ("my", re.compile(r"(?=[01])(?<![\d.,:/])(?P<m>0[1-9]|1[0-2])[./](?P<y>(?:19|20)\d{2})"
                      r"(?![\d]|[.,]\d)")),
    # `30,06,2025` (a comma for a dot) and OCR spacing (`29. 05. 2025`, `18 . 04 . 2025`):
    # four-digit years only, so doses (`1,0,5`) and lists stay.
    ("num_comma", re.compile(r"(?=\d{1,2}(?:,\d{1,2}[,.]|\.\d{1,2},))"
                             r"(?P<d>\d(?<![\d.,]\d)\d?)[,.](?P<m>\d{1,2})[,.](?P<y>(?:19|20)\d{2})"
                             r"(?![\d,]\d|\d)")),
    ("num_spaced", re.compile(r"(?=[\d.]{1,6}[ \t]+[.\d])"
                              r"(?P<d>\d(?<![\d.]\d)\d?)[ \t]?\.[ \t]?(?P<m>\d{1,2})[ \t]?\.[ \t]?"
                              r"(?P<y>(?:19|20)\d{2}|\d{2})(?!\d|[.,]\d)")),
    # OCR that split a digit group (`0 4.07.2024`, `2 1.1 0.2025`): a space inside the day,
    # the month or the year; the look-ahead wants one such split before the year ends.
    ("num_split", re.compile(r"(?=[\d.]{0,3}\d[ \t]\d|[\d. \t]{0,6}\.\d[ \t]\d)"
                             r"(?P<d>\d(?<![\d.]\d)(?<!\d[ \t]\d)(?:[ \t]?\d)?)[ \t]?\.[ \t]?"
                             r"(?P<m>\d(?:[ \t]?\d)?)[ \t]?\.[ \t]?"
                             r"(?P<y>(?:1[ \t]?9|2[ \t]?0)[ \t]?\d[ \t]?\d)(?![ \t]?\d)")),
    ("compact", re.compile(r"(?P<d>[0-3](?<!\d[0-3])\d)(?P<m>[01]\d)(?P<y>(?:19|20)\d{2})(?!\d)")),
    ("ru_abbr", re.compile(r"(?=\d)(?<![\d])(?P<d>\d{1,2})\s+(?P<mon>" + _ABBR[:-2] + r")\.(?:\s*"
                           r"(?P<y>\d{4})(?!\d))?", _I)),
    ("kk_ymd", re.compile(r"(?=\d)(?<![\d])(?P<y>\d{4})\s*(?:жылғы|жылы|ж\.)\s*«?(?P<d>\d{1,2})»?"
                          r"\s*-?\s*"
                          r"(?P<mon>" + _KK + r")" + _KK_SUF, _I)),
    ("kk_dmy", re.compile(r"(?=\d)(?<![\d])(?P<d>\d{1,2})»?\s*-?\s*(?P<mon>" + _KK
                          + r")\s+(?P<y>\d{4})"
                          r"(?!\d)", _I)),
    ("ru_my", re.compile(_RU_FIRST + r"(?<![\w])(?P<mon>" + _RU_ANY + r")" + _NB
                         + r"\s+(?P<y>\d{4})(?!\d)",
                         _I)),
    # year, then the month in the genitive and the day (`2024 жылғы сәуірдің 8-і`)
    ("kk_ygen", re.compile(r"(?=\d)(?<![\d])(?P<y>\d{4})\s*(?:жылғы|жылы|жылдың|ж\.)\s*"
                           r"(?P<mon>" + _KK + r")(?:ның|нің|дың|дің|тың|тің)\s+"
                           r"(?P<d>\d{1,2})(?P<suf>-?[а-яәғқңөұүһі]{1,6})?(?![\w])", _I)),
    ("kk_ym", re.compile(r"(?=\d)(?<![\d])(?P<y>\d{4})\s*(?:жылғы|жылы|жылдың|ж\.)\s*"
                         r"(?P<mon>" + _KK + r")" + _KK_SUF + r"(?:[ \t]+ай(?:ында|ы|да))?", _I)),
    ("kk_my", re.compile(r"(?<![\w])(?P<mon>" + _KK + r")" + _NB
                         + r"\s+(?P<y>(?:19|20)\d{2})(?!\d)", _I)),
    ("ru_dm", re.compile(r"(?=\d)(?<![\d.])(?P<d>\d{1,2})(?:-?го)?\s+(?P<mon>" + _RU_DAY + r")"
                         + _NB, _I)),
    # Kazakh month in the genitive, then the day (`маусымның 21-інде`, `наурыздың 12-сі`)
    ("kk_gen", re.compile(r"(?<![\w])(?P<mon>" + _KK + r")(?:ның|нің|дың|дің|тың|тің)\s+"
                          r"(?P<d>\d{1,2})(?P<suf>-?[а-яәғқңөұүһі]{1,6})?(?![\w])", _I)),
    # a month alone: `наурыз айында`, `сәуірде`, `в апреле` (the preposition stays outside)
    ("kk_mo", re.compile(r"(?<![\w])(?P<mon>" + _KK + r")"
                         r"(?P<suf>[ \t]+ай(?:ында|ы|да)|да|де|та|те)(?![\w])", _I)),
    ("ru_mo", re.compile(r"(?<=\b[вс] )(?P<mon>" + _alt(RU_PREP) + r")" + _NB, _I)),
    ("kk_dm", re.compile(r"(?=\d)(?<![\d.])(?P<d>\d{1,2})\s*-?\s*(?P<mon>" + _KK + r")"
                         + _KK_SUF, _I)),
)


def _month(word: str) -> tuple[int, tuple[str, ...]] | None:
    low = word.lower()
    for table in MONTH_TABLES:
        if low in table or word in table:
            return table.index(low if low in table else word) + 1, table
    return None


def _digits(text: str) -> str:
    """A digit group with OCR's stray spaces taken out (`2 0 24` -> `2024`)."""
    return text.replace(" ", "").replace("\t", "")


def _year(text: str) -> int:
    text = _digits(text)
    y = int(text)
    if len(text) == 2:
        y += 1900 if y >= 30 else 2000
    return y


def _parse(m: re.Match) -> date | None:
    g = m.groupdict()
    if "mon" in g:
        found = _month(g["mon"])
        if not found:
            return None
        month = found[0]
    else:
        month = int(_digits(g["m"]))
    day = int(_digits(g.get("d") or "15"))
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    year = _year(g["y"]) if g.get("y") else 2000  # a leap year: 29.02 stays valid
    day = min(day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


MONTH_ANCHOR = anchor_regex(w for t in MONTH_TABLES for w in t)
_NUMERIC_NAMES = ("num", "dm", "iso", "roman", "my", "compact", "num_comma", "num_spaced",
                  "num_split", "roman_my", "num_space", "iso_dot", "dm_dash", "roman_dm")
_NUMERIC = tuple(rx for name, rx in FORMATS if name in _NUMERIC_NAMES)
_WORDY = tuple(rx for name, rx in FORMATS if name not in _NUMERIC_NAMES)  # `_WORDY_GATED`'s source
# Month names are lower-case literals: the plain twins over the lowered text are faster.
# Each is skipped in a window holding none of the month words it can match.
_MONTH_WORDS = {"ru": RU_GEN, "ru_abbr": RU_ABBR + RU_ABBR_SHORT, "kk_ymd": KK + KK_RU_SPELLING,
                "kk_dmy": KK + KK_RU_SPELLING, "ru_my": RU_GEN + RU_NOM + RU_PREP,
                "kk_ym": KK + KK_RU_SPELLING, "kk_my": KK + KK_RU_SPELLING, "ru_dm": RU_GEN,
                "kk_gen": KK + KK_RU_SPELLING, "kk_ygen": KK + KK_RU_SPELLING,
                "kk_mo": KK + KK_RU_SPELLING, "ru_mo": RU_PREP,
                "kk_dm": KK + KK_RU_SPELLING}
_WORDY_GATED = tuple((lower_twin(rx), _MONTH_WORDS[name]) for name, rx in FORMATS
                     if name not in _NUMERIC_NAMES)


# A Kazakh case ending written after a hyphen (`03.10.2023-тен`, `12.10.2023-ке дейін`)
_KK_HYPHEN = re.compile(r"-(?:[а-яәғқңөұүһі]{1,5})(?![\w])")


# A bare year is only a date of birth next to a birth cue (`1956 г.р.`, `1948 ж.т.`,
# `Год рождения: 1956`, `туған жылы 1961`); any other year (an operation in 2019) is kept.
_YEAR = r"(?P<y>(?:19|20)\d{2})"
BIRTH_YEAR_AFTER = re.compile(
    r"(?<![\d.,/-])(?:" + _YEAR + r"|\d{2})(?!\d)(?=\s*(?:г\.?\s*р\b|г\.?\s*р\.|гг?\.?\s*рожд"
    r"|года?\s+рожд|ж\.?\s*т\b|ж\.?\s*т\.|(?:жылы|жылғы|жыл|ж\.)(?:\s+[^\W\d_]+){0,3}?"
    r"\s+ту[ғы]))")
BIRTH_YEAR_BEFORE = re.compile(
    r"(?=[гждтyбр])(?:год\w*\s+рожд\w*|г\.\s?р\.?|ж\.\s?т\.?|дата\s+рожд\w*|д\.\s?р\.|туған\s+(?:жылы|күні)"
    r"|туылған\s+жылы|year\s+of\s+birth|born(?:\s+in)?|родил(?:ся|ась)\s+в)"
    r"\s*[:\-–]?\s*" + _YEAR + r"(?![\d.,/-]\d)(?!\d)")
_BIRTH_CUES = ("рожд", "г.р", "г. р", "ж.т", "ж. т", "туған", "туыл", "туғ", "birth", "born",
               "родил", "д.р", "д. р")
_YEAR_ONLY = re.compile(_YEAR)


def find_birth_years(text: str, low: str | None = None) -> Iterator[tuple[int, int, str]]:
    """Years of birth written without day and month, in running text and in table columns."""
    low = lowered(text) if low is None else low
    if not any(cue in low for cue in _BIRTH_CUES):
        return
    for m in BIRTH_YEAR_AFTER.finditer(low):  # the match is the year (the cue is a look-ahead)
        yield m.start(), m.end(), "DATE"
    for m in BIRTH_YEAR_BEFORE.finditer(low):
        yield m.start("y"), m.end("y"), "DATE"
    if may_hold_table(text):
        yield from _birth_year_cells(text, low)


_BIRTH_HEADER = re.compile(r"г\.?\s?р\b|г\.?\s?р\.|рожд|ж\.?\s?т\b|ж\.?\s?т\.|туған|birth")


def _birth_year_cells(text: str, low: str) -> Iterator[tuple[int, int, str]]:
    """`№ | ФИО | г.р. | ИИН` then `... | Ашимов Н. | 1969 | ...`: a bare year in the
    birth-year column of a `|` table (or anywhere in a row that lost a cell)."""
    for s, e, _ in column_cells(text, low, _BIRTH_HEADER):
        if _YEAR_ONLY.fullmatch(text, s, e):
            yield s, e, "DATE"


# The first day of a range written once with its month (`с 16 по 29 декабря`, `15-21 қазан`)
_RANGE_FIRST_DAY = re.compile(r"(?<![\d.])(?P<d>\d{1,2})(?:[ \t]*[-–][ \t]*|[ \t]+(?:по|до)[ \t]+)"
                              r"\d{1,2}[ \t]+(?:" + _RU_DAY + "|" + _KK + r")", _I)
_RANGE_FIRST_DAY_LOW = lower_twin(_RANGE_FIRST_DAY)


def find_dates(text: str, low: str | None = None) -> Iterator[tuple[int, int, str]]:
    """Every span that parses as a calendar date in one of FORMATS, years of birth, and the
    first day of a day range."""
    yield from find_birth_years(text, low)
    low = lowered(text) if low is None else low
    for m in _RANGE_FIRST_DAY_LOW.finditer(low):
        if 1 <= int(m.group("d")) <= 31:
            yield m.start("d"), m.end("d"), "DATE"
    for regex in _NUMERIC:
        for m in regex.finditer(text):
            if _parse(m) is not None:
                hyphen = text[m.end() : m.end() + 1] == "-"
                suffix = _KK_HYPHEN.match(text, m.end()) if hyphen else None
                yield (widen_to_range(text, m.start(), m.end()),
                       suffix.end() if suffix else m.end(), "DATE")
    spans = windows(text, MONTH_ANCHOR, 30, 40, low)
    for _, m in finditer_gated(_WORDY_GATED, low, spans, low):
        if _parse(m) is not None:
            yield widen_to_range(text, m.start(), m.end()), m.end(), "DATE"
    for m in _SHORT_DM.finditer(text):
        if (_DATE_THEN_JOIN.search(text, max(0, m.start() - 16), m.start())
                or _JOIN_THEN_DATE.match(text, m.end(), m.end() + 16)):
            yield m.start(), m.end(), "DATE"




def _same_case(word: str, like: str) -> str:
    if word in ROMAN:
        return word
    if like.isupper():
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _pad(value: int, like: str) -> str:
    like = _digits(like)
    return str(value).zfill(len(like)) if len(like) > 1 else str(value)


# Kazakh case endings a month takes, each as (after a vowel, after м/н/ң, after a voiced
# consonant, after a voiceless one), back-vowel forms; front vowels swap а/ы/ғ/қ for е/і/г/к.
_KK_CASES = {"gen": ("ның", "ның", "дың", "тың"), "loc": ("да", "да", "да", "та"),
             "dat": ("ға", "ға", "ға", "қа"), "abl": ("дан", "нан", "дан", "тан"),
             "acc": ("ны", "ды", "ды", "ты")}
_FRONT = str.maketrans("аығқ", "еігк")
_KK_CASE_OF = {f: case for case, forms in _KK_CASES.items() for form in forms
               for f in (form, form.translate(_FRONT))}
_KK_ENDING = re.compile("(?:" + "|".join(sorted(_KK_CASE_OF, key=len, reverse=True))
                        + r")(?![а-яәғқңөұүһі])", re.IGNORECASE)


def kk_ending(stem: str, ending: str) -> str:
    """`ending`'s case written as Kazakh vowel harmony and assimilation want it after `stem`
    (a shifted month keeps the case of the original but not its letters)."""
    case = _KK_CASE_OF[ending.lower()]
    last = stem[-1:].lower()
    kind = (0 if last in "аәеиоөұүыіэюя" else 1 if last in "мнң" else
            2 if last in "жзлрйуғгв" else 3)
    form = _KK_CASES[case][kind]
    vowels = [ch for ch in stem.lower() if ch in "аоұыуәөүіеи"]
    if vowels and vowels[-1] in "әөүіеи":
        form = form.translate(_FRONT)
    return form.upper() if ending.isupper() else form


def _render(m: re.Match, new: date) -> str:
    """The original match text with day, month and year replaced, format kept."""
    out = m.group()
    base = m.start()
    repl: list[tuple[int, int, str]] = []
    g = m.groupdict()
    if g.get("d") is not None:
        repl.append((*m.span("d"), _pad(new.day, g["d"])))
    if g.get("m") is not None:
        repl.append((*m.span("m"), _pad(new.month, g["m"])))
    if g.get("mon") is not None:
        _, table = _month(g["mon"])
        month = _same_case(table[new.month - 1], g["mon"])
        end = m.end("mon")
        if table in (KK, KK_RU_SPELLING):  # `сәуірдің` -> `мамырдың`, not `мамырдің`
            ending = _KK_ENDING.match(m.string, end, m.end())
            if ending:
                month += kk_ending(month, ending.group())
                end = ending.end()
        repl.append((m.start("mon"), end, month))
    if g.get("y") is not None:
        repl.append((*m.span("y"), str(new.year)[-len(_digits(g["y"])) :]))
    for s, e, value in sorted(repl, reverse=True):
        out = out[: s - base] + value + out[e - base :]
    return out


# A range written once (`16-19.06.2024`, `3—10 июля`, `с 12 по 19 марта`, `2023 жылғы 16-22
# шілде`): a first day and a dash or по/до in front of the day of a full date.
_RANGE_JOIN = r"[ \t]*(?:[-–—]|по|до)[ \t]*"
_FIRST_DAY_BEFORE = re.compile(r"(?<![\d.,:/-])(?P<d1>\d{1,2})(?P<join>" + _RANGE_JOIN + r")$")
_YEAR_BEFORE = re.compile(r"(?<![\d.,:/])(?:19|20)\d{2}[ \t]*(?:жылғы|ж\.)[ \t]*$")
_IN_RANGE = re.compile(r"(?<![\d.,:/-])(?P<d1>\d{1,2})(?P<join>" + _RANGE_JOIN + r")(?=\d)")
# A day of one digit and a month (`3.03`) is a date only beside another date in a range
# (`с 23.02 по 3.03`, `с 3.02 по 13.03`): alone it reads as well as a decimal.
_SHORT_DM = re.compile(r"(?<![\d.,:/])(?P<d>[1-9])\.(?P<m>0[1-9]|1[0-2])(?![\d]|[.,]\d)")
_DATE_THEN_JOIN = re.compile(r"(?<![\d.,])\d{1,2}\.[01]\d(?:\.\d{2,4})?" + _RANGE_JOIN + r"$")
_JOIN_THEN_DATE = re.compile(_RANGE_JOIN + r"\d{1,2}\.[01]\d(?:\.\d{2,4})?(?![\d]|[.,]\d)")


def widen_to_range(text: str, s: int, e: int) -> int:
    """Start of the one-token range that the date text[s:e] ends, or `s`: the first day and
    the join before it, and a Kazakh year written before both (`2023 жылғы 16-22 шілде`)."""
    head = _FIRST_DAY_BEFORE.search(text, max(0, s - 8), s)
    if head is None or _split_range(text[head.start() : e]) is None:
        return s
    year = _YEAR_BEFORE.search(text, max(0, head.start() - 14), head.start())
    if year and _split_range(text[year.start() : e]) is not None:
        return year.start()
    return head.start()


def _split_range(value: str) -> tuple[int, str, re.Match] | None:
    """(first day, join, the match of the full date left when both are taken out)."""
    for m in _IN_RANGE.finditer(value):
        rest = value[: m.start()] + value[m.end() :]
        for _, regex in FORMATS:
            full = regex.fullmatch(rest)
            if full and full.groupdict().get("d") is not None and full.start("d") == m.start() \
                    and _parse(full) is not None and int(m.group("d1")) <= int(
                        _digits(full.group("d"))):
                return int(m.group("d1")), m.group("join"), full
    return None


def _shift_range(value: str, days: int) -> str | None:
    """A range moved as a whole: the full date shifted, the first day as many days before it
    as it was."""
    parts = _split_range(value)
    if parts is None:
        return None
    first, join, full = parts
    end = _parse(full)
    moved = end + timedelta(days=days)
    out = _render(full, moved)
    start = full.start("d")
    new_first = moved - timedelta(days=end.day - first)
    return out[:start] + _pad(new_first.day, str(first)) + join + out[start:]


@lru_cache(maxsize=65_536)  # pure; a record repeats its dates (admission, surgery) per page
def shift_date_text(value: str, days: int) -> str | None:
    """`value` moved by `days`, same format; None if it does not parse as a date."""
    if _YEAR_ONLY.fullmatch(value):  # a year of birth: moved by whole years, never by 0
        return str(int(value) + _years(days))
    if len(value) == 2 and value.isdigit():  # `64 г.р.`: two digits stay two digits
        return f"{(int(value) + _years(days)) % 100:02d}"
    if _IN_RANGE.search(value):
        ranged = _shift_range(value, days)
        if ranged is not None:
            return ranged
    found = _month(value)
    if found:  # a month alone (`апреле`): moved by whole months, same table and case
        month, table = found
        return _same_case(table[(month - 1 + _months(days)) % 12], value)
    if _SHORT_DM.fullmatch(value):  # `3.03`: moved as `03.03`, written without the zero
        moved = shift_date_text("0" + value, days)
        return moved[1:] if moved and moved.startswith("0") else moved
    suffix = _KK_HYPHEN.search(value)
    if suffix and suffix.end() == len(value) and value[: suffix.start()][-1:].isdigit():
        moved = shift_date_text(value[: suffix.start()], days)
        return None if moved is None else moved + suffix.group()
    for _, regex in FORMATS:
        m = regex.fullmatch(value)
        if m:
            parsed = _parse(m)
            if parsed is not None:
                if m.groupdict().get("d") is None:  # `05.1978`, `март 2024`: month precision
                    return _render(m, _add_months(parsed, _months(days)))
                return _render(m, parsed + timedelta(days=days))
    return None


def _months(days: int) -> int:
    """The offset in whole months, never 0: a date written to the month moved by a few
    days would come out as itself (`05.2014` + 10 days is still `05.2014`)."""
    months = round(days / 30.44)
    return months if months else (1 if days > 0 else -1)


def _years(days: int) -> int:
    return round(days / 365.25) or (1 if days > 0 else -1)


def _add_months(d: date, months: int) -> date:
    total = d.year * 12 + d.month - 1 + months
    return date(total // 12, total % 12 + 1, 15)
