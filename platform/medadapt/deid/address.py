"""Street addresses in Russian and Kazakh, detected as adjacent address components.

Components (city, street, house, flat, postcode) are matched separately and merged when only
commas and spaces separate them, so `г. Алматы, ул. Абая, д. 15, кв. 42` and `Алматы қ.,
Абай даңғылы, 15-үй, 42-пәтер` are each one span. A lone city (`г. Алматы`) is still an
address: a city is a geographic subdivision under HIPAA Safe Harbor. Next to a verb of
living a street needs no marker, only a house number (`живёт на Абая 150, кв 3`,
`қазір Мақатаев 19-137 тұрады`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .dictionaries import function_word
from .patterns import LETTER, UP
from .scan import column_cells, finditer_gated, lowered, may_hold_table, trie_pattern, windows

_I = re.IGNORECASE
CAPW = r"(?-i:[" + UP + r"][" + LETTER + r"0-9]*(?:-[" + LETTER + r"0-9]+)*)"
NAMEW = CAPW + r"(?:\s(?:" + CAPW + r"|би|батыра|батыр|хана|хан|ақын|акын|жырау|жолы|лет))?"
NUM = (r"\d{1,4}(?:\s?[" + LETTER + r"](?![" + LETTER + r"]))?(?:[/-]\d{1,4}(?:[" + LETTER
       + r"](?![" + LETTER + r"]))?)?")
_STREET_PRE = (r"(?:ул\.|улица|ул(?=\s)|пр\.|пр-т|просп\.|проспект|мкр\.?|мкрн\.?|микрорайон|"
               r"м-н|ш/а|"
               r"бул\.|бульвар|б-р|пер\.|переулок|шоссе|наб\.|набережная|площадь|тупик|трасса"
               r"|пл\.(?![ \t]*(?-i:[A-Z]{2,}))"  # `пл. LCP` is a plate, not a square
               r"|жилой\s+массив|(?-i:ж\.м\.|ж/м))")
_STREET_POST = (r"(?:ш/а|м-н|көшесі|көш\.|к-сі|даңғылы|даң\.|даңғ\.|шағын\s?ауданы|ш\.\s?а\."
                r"|ықшамауданы"
                r"|тұйығы|тұрғын\s+алабы|улица|проспект|микрорайон)")
_CITY_PRE = r"(?-i:г\.|гор\.|город|Город|с\.|село|пос\.|пгт\.?|ауыл)"
# Kazakh case forms of the possessive markers: `Көктал ауылында`, `Түрген ауылының`.
_KK_POSS_CASE = r"(?:ның|нің|нда|нде|ндағы|на|нан|нен)?"
_CITY_POST = (r"(?:(?-i:қ\.)|(?:қаласы|облысы|ауданы|ауылы|ауылдық[ \t]+округі)" + _KK_POSS_CASE
              + r"|қала|обл\.|область|области|р-на|р-не|р-н|район|района|районе|ауд\."
              r"|сельск(?:ий|ого|ом)[ \t]+округ[аеу]?|с/о)")
# Each pattern opens with a look-ahead for the letters it can start with: redundant for the
# match, but `re` then rejects most positions with one set test (several times faster).
_UPW = r"(?=[" + UP + r"])"
COMPONENTS: tuple[tuple[str, re.Pattern], ...] = (
    ("street", re.compile(r"(?=[упмбшнтж])(?<![\w])" + _STREET_PRE + r"\s*(?:" + NAMEW + r"|"
                          + NUM + r")", _I)),
    ("street", re.compile(_UPW + r"(?<![\w])" + NAMEW + r"\s+" + _STREET_POST + r"(?![\w])", _I)),
    ("house", re.compile(r"(?=[дүук])(?<![\w])"
                         r"(?:(?-i:д\.)|дом|үй|уч\.|участок|корп\.|корпус)[ \t]*:?[ \t]*№?[ \t]*"
                         + NUM + r"(?![\d])", _I)),
    ("house", re.compile(r"(?=\d)(?<![\w\d])" + NUM + r"[ \t]*-?[ \t]*(?:үй|үйде)(?![\w])", _I)),
    ("flat", re.compile(r"(?=[кпо])(?<![\w])(?:кв\.|кв(?=\s*№?\s*\d)|квартира|пәтер|оф\.|офис)"
                        r"[ \t]*:?[ \t]*№?[ \t]*" + NUM
                        + r"(?![\d])", _I)),
    ("flat", re.compile(r"(?=\d)(?<![\w\d])" + NUM + r"[ \t]*-?[ \t]*(?:пәтер|пәтерде)(?![\w])",
                        _I)),
    ("city", re.compile(r"(?=[гспа])(?<![\w])"
                        r"(?<!\d\s)" + _CITY_PRE + r"\s*(?!Адрес|Тел)" + CAPW, _I)),
    ("city", re.compile(_UPW + r"(?<![\w])" + NAMEW + r"\s+" + _CITY_POST + r"(?![\w])", _I)),
    # a microdistrict written number first: `21 мкр`, `2 ш/а`, `3-шағын аудан`, `9 мкр., д. 138`
    ("street", re.compile(r"(?=\d)(?<![\w\d])\d{1,3}[ \t-]?(?:мкр\.?|мкрн\.?|микрорайон|ш/а|м-н|"
                          r"шағын[ \t]?аудан\w*)(?![\w])", _I)),
)
KIND = {rx: kind for kind, rx in COMPONENTS}
KIND[re.compile(r"(?=0)(?<!\d)0\d{5}(?!\d)")] = "postcode"
# What every match of a component that ends in a marker contains (lower case): a window
# without any of them skips that pattern.
_POST_NEEDS = {
    ("street", 1): ("ш/а", "м-н", "көш", "к-сі", "даң", "шағын", "ш.", "ықшам", "тұйығы",
                    "тұрғын", "улица", "проспект", "микрорайон"),
    ("house", 3): ("үй",),
    ("flat", 5): ("пәтер",),
    ("city", 7): ("қ.", "қала", "обл", "аудан", "ауыл", "р-н", "район", "ауд.", "округ", "с/о"),
}
_GATED = tuple((rx, _POST_NEEDS.get((kind, i), ())) for i, (kind, rx) in enumerate(COMPONENTS))
_GATED += tuple((rx, ()) for rx, kind in KIND.items() if kind == "postcode")
_JOIN_RE = re.compile(r"[\s,]{0,3}")
_BARE_NUM_RE = re.compile(
    r"[\s,]{0,3}(" + NUM + r")(?![\d" + LETTER + r"])(?!\s*(?:мг|мл|%|мм|см))"
)


_W = r"(?<![а-яёәғқңөұүһіa-z])"
# No marker is a prefix of another, so at most one can match at a position and the trie
# (fast) finds exactly what the plain alternation did.
_MARKERS = ("ул. улиц пр. пр-т просп мкр микрорайон бул. бульвар б-р пер. переул шоссе наб. "
            "набережн пл. площад тупик трасса массив ж.м. ж/м көш к-сі даң шағын ықшам тұйығы "
            "алабы ш/а м-н д. дом үй уч. участ корп кв пәтер оф. офис г. гор. город с. "
            "село пос. пгт ауыл қ. қала облы обл. област аудан ауд. р-н район").split()
_FIRST = re.escape("".join(sorted({m[0] for m in _MARKERS} | {"ш", "-"})))
ANCHOR = re.compile(  # the look-ahead skips most positions with one set test
    r"(?=[" + _FIRST + r"\d])(?:" + _W + r"(?:" + trie_pattern(_MARKERS) + r"|ш\.\s?а\.)"
    r"|-үй|-пәтер|\dүй|\dпәтер|(?<!\d)0\d{5}(?!\d))"
)


LABEL_RE = re.compile(
    r"(?:адрес\s+доставки|адрес(?:у|а)?|мекенжай(?:ы)?|тұрғылықты\s+(?:жері|мекенжайы)"
    r"|тұрғылықты(?=[ \t]*:)|место\s+жительства|место\s+рождения|туған\s+жері"
    r"|место\s+проживания|прописка|прописан[аы]?|зарегистрирован[аы]?|проживает|место\s+вызова"
    r"|шақыру\s+орны|тіркелген(?:\s+мекенжайы)?|тұратын\s+жері|адр\.)"
    r"(?:[ \t]*\([^()\n]{1,30}\))?\s*[:\-–|]?\s*"
)
_ABBREV = {"ул", "д", "кв", "г", "пр", "мкр", "мкрн", "корп", "обл", "р-н", "с", "пос", "пер",
           "б-р", "к", "қ", "көш", "даң", "даңғ", "пр-т", "просп", "наб", "пл", "уч", "оф", "а",
           "ш", "м", "ж", "гор", "п", "пгт", "рп",
           # foreign addresses: Turkish cadde/sokak/mahalle, street, avenue, apartment, house
           "cad", "sok", "mah", "no", "st", "str", "ave", "apt", "ul", "d", "cd", "sk", "mh",
           "blv", "bul", "rd"}
_SEP_RE = re.compile(r"[:\-–]")
_LOWER_WORD_RE = re.compile(r"([а-яёәғқңөұүһі-]+)(?![\w.])(\s*[:\-–]\s*)?")
_STOP_RE = re.compile(r"\n|;|\(|\||,?\s*(?:тел|Тел|ТЕЛ|e-mail|E-mail|email|моб|ұялы|ИИН|ЖСН)")
_HOUSE_LINE_RE = re.compile(r"[ \t]*\d{1,4}[" + LETTER + r"]?(?:[-/]\d{1,4})?"
                            r"(?:[ \t]*[,.]|[ \t]*$|[ \t]+кв)", re.MULTILINE)
# The label again in the other language, up to its separator (`Мекенжайы / Адрес |`)
_SECOND_LABEL_RE = re.compile(r"[ \t]*/[ \t]*(?:[^\W\d_]+[ \t]?){1,3}[ \t]*[:|][ \t]*")


# A comma and a lower-case word that is no address marker ends a labelled address: the
# sentence goes on (`…, 35 пәтер, берілді`, `…, кв. 3, выдана`).
_COMMA_WORD_RE = re.compile(r",[ \t]*([а-яёәғқңөұүһі]{2,})(?![\w.-])")
_NEXT_FIELD_RE = re.compile(r"[,;][ \t]*[^\W\d_][^,:;\n]{0,25}:")
_MARKER_PREFIXES = tuple(m.rstrip(".") for m in _MARKERS) + ("микр", "ш/а", "кв", "пәт", "көш")


# After a house or flat number and a full stop, a list item (`1) Прошу`) or a capitalised
# word that is no address marker starts the next sentence (`кв. 129. Диагноз: …`).
_NEXT_SENTENCE_RE = re.compile(r"\s+(?:\d{1,2}[).]\s|(?!(?:Кв|Корп|Уч|Оф)\w*)[" + UP
                               + r"][а-яёәғқңөұүһі]{2,}(?![.\w]))")


_LABEL_TAIL_RE = re.compile(r"(?:[^\W\d_]+[ \t]*){1,3}(?:\([^()\n]{1,30}\))?[ \t]*:[ \t]*")
_RESIDE_IN_RE = re.compile(r"(?:в|во|по|на)[ \t]+(?=[" + UP + r"])")
_CHAIN_MARKER_RE = re.compile(r"[^\n.;]*?(?:област|обл\.|район|р-н|сел[еоа]|с\.|пос[её]лк|г\.)")


def _labeled(text: str, low: str | None) -> list[tuple[int, int, str]]:
    """`Адрес: <rest of the clause>`: a labeled address needs no street marker."""
    out = []
    for m in LABEL_RE.finditer(low if low is not None else lowered(text)):
        start = m.end()
        second = _SECOND_LABEL_RE.match(text, start)  # `Мекенжайы / Адрес | …`
        if second:
            start = second.end()
        if not _SEP_RE.search(m.group()):
            # No colon: `тұрғылықты жері бойынша бақылау` (at the place of residence) is
            # running text unless another label word and its colon follow (`адрес проживания:`).
            word = _LOWER_WORD_RE.match(text, start)
            if word and word.group(1) not in _ABBREV:
                tail = _LABEL_TAIL_RE.match(text, start)
                chain = _RESIDE_IN_RE.match(text, start) if m.group().startswith("прожива") \
                    else None
                if word.group(2):
                    start = word.end()
                elif tail:  # `Адрес в Турции: …`, `адрес фактического проживания: …`
                    start = tail.end()
                elif chain and _CHAIN_MARKER_RE.match(text, chain.end(), chain.end() + 80):
                    start = chain.end()  # `проживает в Алматинской области, … районе, селе …`
                else:
                    continue
        stop = _STOP_RE.search(text, start, start + 140)
        while stop and stop.group() == "\n" and text[start : stop.start()].rstrip().endswith(",") \
                and _HOUSE_LINE_RE.match(text, stop.end()):  # `Мира,⏎36`: the house below
            stop = _STOP_RE.search(text, stop.end(), start + 140)
        end = stop.start() if stop else min(len(text), start + 140)
        for comma in _COMMA_WORD_RE.finditer(text, start, end):  # `…, 35 пәтер, берілді`
            word = comma.group(1).lower()
            if word not in _ABBREV and not word.startswith(_MARKER_PREFIXES):
                end = comma.start()
                break
        for field in _NEXT_FIELD_RE.finditer(text, start, end):  # `…, Место рождения: Шымкент`
            key = re.findall(r"[^\W\d_]+", field.group())
            if not key or key[-1].lower() not in _ABBREV:  # `Bağdat Cad. No:97` goes on
                end = field.start()
                break
        for dot in re.finditer(r"\.(?=\s|$)", text[start:end]):
            word = re.findall(r"[\w-]+$", text[start : start + dot.start()])
            if not word or (word[-1].lower() not in _ABBREV and not word[-1].isdigit()) or (
                    word[-1].isdigit() and _NEXT_SENTENCE_RE.match(text, start + dot.end())):
                end = start + dot.start()
                break
        while end > start and text[end - 1] in " ,.:\t":
            end -= 1
        if end - start >= 4 and re.search(r"[" + UP + r"\d]", text[start:end]):
            out.append((start, end, "labeled"))
    return out


# A street without a marker after a verb of living: `живёт на Абая 150, кв 3`, `проживает по
# Толе би 45`, `қазір Мақатаев 19-137 тұрады`. A house number is required: the name alone
# (`живёт на Кавказе`) is left to the place detectors.
_RESIDE = re.compile(r"(?=[жптф])(?<![\w])(?:жив[её]т|живу|живут|живущ|прожива|прож\.|фактически"
                     r"|тұра(?:ды|мын|тын)|мекендейді)")
_STREET_NUM = (r"(?:ул(?:ица|ице)?\.?\s+)?" + NAMEW + r"(?:\s*,)?\s+(?:д\.\s*|дом\s+)?" + NUM
               + r"(?!\d)(?!\s*(?:лет|год|жыл|жас|мес|дн|недел|ай(?![\w])))"
               r"(?:\s*,?\s*(?:кв\.?|квартира|пәтер)\s*№?\s*" + NUM + r"(?!\d))?")
_RESIDE_RU = re.compile(r"[а-яё]*[ \t]*[:\-–]?[ \t]*(?:(?:на|по|в|во)[ \t]+)?"
                        r"((?:" + CAPW + r"(?:[ \t]+(?:қ|г)\.)?,[ \t]*)?" + _STREET_NUM + ")",
                        _I)  # `Кокшетау, Абая 5`, `Приозерск қ., Пушкин 126-169`
_RESIDE_KK = re.compile(r"(?<![\w])(" + _STREET_NUM + r")(?:\s*-?\s*(?:үй|үйде))?[ \t]+$", _I)


def _resident(text: str, low: str | None) -> list[tuple[int, int, str]]:
    """Unmarked streets with a house number next to a verb of living: after a Russian one,
    before a Kazakh one."""
    out = []
    for m in _RESIDE.finditer(low if low is not None else lowered(text)):
        if m.group()[0] in "жпф" or text[m.end() : m.end() + 1] == ":":  # `тұрады: Абая 5`
            found = _RESIDE_RU.match(text, m.end())
        else:  # `Мақатаев 19-137 тұрады`, or `Көкшетауда тұрады, Әл-Фараби 18а-184`
            found = _RESIDE_KK.search(text, max(0, m.start() - 60), m.start()) or (
                _RESIDE_RU.match(text, m.end() + 1) if text[m.end() : m.end() + 1] == ","
                else None)
        if found:
            out.append((found.start(1), found.end(1), "resident"))
    return out


# Settlements and streets named in two words: a hero and his title (`с. Отеген батыр`,
# `Райымбек батыра 160А`, `Толе би 45`) or an adjective and a noun (`Алтын Орда ауылы`).
_TITLE = r"(?:батыр(?:а|ы|дың)?|би|бі|хан(?:а|ның)?|ата|ана)"
_CITY_PRE_RE = re.compile(_CITY_PRE + r"\s*", _I)
_NEXT_WORD = re.compile(r"[ \t](" + CAPW + r"|" + _TITLE + r")(?![\w])")
_PREV_WORD = re.compile(r"(?<![\w.])(" + CAPW + r")[ \t]$")
_TITLED_STREET = re.compile(
    r"(?<![\w])" + CAPW + r"[ \t]+(?:батыра|батыр|би|бі|хана|хан)[ \t]*,?[ \t]*"
    r"(?:д\.\s*|дом\s+|үй\s+)?" + NUM + r"(?!\d)(?!\s*(?:лет|год|жыл|жас|мес|дн|недел|ай|мг|мл|"
    r"%|мм|см)(?![\w]))")
_TITLE_WORDS = (" батыр", " би ", " би,", " бі ", " хан")


_STREET_BEFORE_FLAT = re.compile(r"(?<![\w-])" + CAPW + r"(?:[ \t](?:" + CAPW
                                 + r"|жолы|батыр\w*|би))?,?[ \t]+" + NUM
                                 + r"(?=[ \t]*,?[ \t]*\Z)")


_LEADING_ABBR = re.compile(r"[" + UP + r"]{2,5}[ \t]+(?=[" + UP + r"][" + LETTER + r"])")


def _second_word(text: str, s: int, e: int) -> tuple[int, int]:
    """A marked settlement widened over its other word: the one after `с. X`, before
    `X ауылы`, unless that word is a verb, a preposition or another function word."""
    if _CITY_PRE_RE.match(text, s):
        nxt = _NEXT_WORD.match(text, e)
        if nxt and not function_word(nxt.group(1)):
            return s, nxt.end()
        return s, e
    prev = _PREV_WORD.search(text, max(0, s - 30), s)
    if prev and not function_word(prev.group(1)):
        return prev.start(1), e
    return s, e


_HEAD_WORD = re.compile(r"([^\W\d_]+)(\s+)(?=[^\W\d_])")


def _drop_head_word(text: str, s: int, e: int) -> int:
    """`ЖУРНАЛЫ⏎Қаражар ауылдық округінің`: a first word ended by a line break (a heading)
    is no part of the settlement's name."""
    m = _HEAD_WORD.match(text, s, e)
    return m.end() if m and "\n" in m.group(2) else s


def _titled_streets(text: str, low: str | None) -> list[tuple[int, int, str]]:
    low = lowered(text) if low is None else low
    if not any(w in low for w in _TITLE_WORDS):
        return []
    return [(m.start(), m.end(), "street") for m in _TITLED_STREET.finditer(text)]


# An address, a settlement, where from, or a workplace (the conventions count it an address)
_ADDRESS_HEADER = re.compile(r"адрес|мекенжай|тұрғылықты|место\s+жительства|прож"
                             r"|населё?е?нн\w*\s+пункт|нас\.\s*пункт|елді\s+мекен|откуда|қайдан"
                             r"|место\s+работы|жұмыс\s+орны|место\s+уч[её]бы|оқу\s+орны")


def _address_cells(text: str, low: str | None) -> list[tuple[int, int, str]]:
    """Each cell of the address column of a `|` table (`№ | ФИО | адрес` rows)."""
    if not may_hold_table(text):
        return []
    low = lowered(text) if low is None else low
    if not _ADDRESS_HEADER.search(low):
        return []
    return [(s, e, "labeled") for s, e, aligned in column_cells(text, low, _ADDRESS_HEADER)
            if (aligned and re.search(r"[" + UP + r"\d]", text[s:e]))
            or _STREET_CELL_RE.fullmatch(text, s, e)]


# In a row that lost a cell, a cell that reads as a street and house (`Майлина 94`,
# `Школьная 124в/76`, `Ерубаева 116, кв 177`) is still the address.
_STREET_CELL_RE = re.compile(NAMEW + r",?\s+" + NUM + r"(?:\s*,?\s*(?:кв\.?|пәтер)\s*" + NUM
                             + r")?")


def _components(text: str, low: str | None) -> list[tuple[int, int, str]]:
    low = lowered(text) if low is None else low
    spans = windows(text, ANCHOR, 70, 70, low)
    found = set()
    for rx, m in finditer_gated(_GATED, text, spans, low):
        kind = KIND[rx]
        s, e = _second_word(text, m.start(), m.end()) if kind == "city" else m.span()
        if kind == "city":
            s = _drop_head_word(text, s, e)
            abbr = _LEADING_ABBR.match(text, s, e)  # `ЦРБ Райымбекского района`: the
            s = abbr.end() if abbr else s             # hospital's abbreviation stays
        found.add((s, e, kind))
    found.update(_titled_streets(text, low))
    for s, _, kind in list(found):  # `Алтынсарина 19, кв 24`: the street before a flat
        if kind == "flat":
            street = _STREET_BEFORE_FLAT.search(text, max(0, s - 50), s)
            if street:
                found.add((street.start(), street.end(), "street"))
    found.update(_address_cells(text, low))
    found.update(_labeled(text, low))
    found.update(_resident(text, low))
    for _, e, kind in list(found):
        bare = _BARE_NUM_RE.match(text, e) if kind == "street" else None
        if bare:
            found.add((bare.start(1), bare.end(1), "house"))
    return sorted(found)


def find_addresses(text: str, low: str | None = None) -> Iterator[tuple[int, int, str]]:
    """Merged address spans (each contains at least one street/house/flat/city component)."""
    groups: list[list[tuple[int, int, str]]] = []
    last_end = -1
    for comp in _components(text, low):
        if groups and (comp[0] < last_end or _JOIN_RE.fullmatch(text[last_end : comp[0]])):
            groups[-1].append(comp)
            last_end = max(last_end, comp[1])
            continue
        groups.append([comp])
        last_end = comp[1]
    for group in groups:
        kinds = {c[2] for c in group}
        if kinds == {"postcode"}:
            continue
        start, end = min(c[0] for c in group), max(c[1] for c in group)
        yield start, end, "ADDRESS"
