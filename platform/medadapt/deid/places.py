"""Places and workplaces without `г.`/`ул.` markers: Geox tags, the GeoNames gazetteer, cues.

Why: records write `из Талгара`, `ауылы Шамалған`, `работает в ТОО «…»`; the marker-based
address rules miss all three. A capitalised word OpenCorpora tags as a place (Geox) in any
case form is an ADDRESS, and so is a settlement of `gazetteer.py` (a name that is also a word
or a person's name only in a place context); so is an organisation after a work cue or in a
legal-form frame, and a capitalised ablative/locative before a Kazakh verb of coming or living.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .countries import is_country
from .dictionaries import NAME_TAGS, kk_known, ru_tags
from .gazetteer import MID, STRONG, place_kind, starts_a_place
from .lexicon import fold, load_lexicons
from .scan import finditer_ci, lower_twin, lowered
from .tokens import word_heads_word_before, word_is_eponym_head
from .vocabulary import clinical_vocabulary

Hit = tuple[int, int, str]
_Q = r"«[^»\n]{1,60}»|\"[^\"\n]{1,60}\""
_FORM = (r"(?:ТОО|АО|ИП|КГУ|КГП|ГКП|ГККП|РГП|РМК|ГУ|ЖШС|АҚ|ЖК|ООО|ПК|КГКП|МКП|МКК|МКҚК|КМҚК|ШЖҚ"
         r"|КМК|ҰТК АҚ|ҰК АҚ|НК АО)")
# An institution named in quotes and then by what it is (`«Ақбота» балабақшасы`)
_KIND = (r"(?:балабақша\w*|мектеп-лице\w*|мектеп\w*|мектеб\w*|колледж\w*|гимнази\w*|лице\w*|"
         r"детск\w+ сад\w*|"
         r"ясли-сад\w*|школ\w*|зауыт\w*|завод\w*|фабрик\w*|комбинат\w*|фирма\w*|серіктестіг\w*|"
         r"бөбекжай\w*|ХК|ФК|БК|(?:спорт|[а-яәғқңөұүһі]{3,12})[ \t]+клуб\w*|клуб\w*)")
# What an institution is, written before its quoted name (`д/с «Балдырған»`, `рынок «Алтын
# Орда»`, `завод "Кастинг"`).
_KIND_BEFORE = (r"(?:д/с|я/с|в/ч|СШ|ОСШ|СОШ|(?i:школ\w*|мектеб\w*|мектеп\w*|колледж\w*|лице\w*|"
                r"гимнази\w*|университет\w*|балабақша\w*|детск\w+ сад\w*|завод\w*|зауыт\w*|"
                r"фабрик\w*|комбинат\w*|рын\w*|базар\w*|магазин\w*|дүкен\w*|кафе|ресторан\w*|"
                r"фирм\w*|компани\w*|предприяти\w*|кәсіпорн\w*|автопарк\w*|шахт\w*|разрез\w*|"
                r"рудник\w*|спортклуб\w*|клуб\w*(?:[ \t]+[а-яё]{3,12})?)|ХК|ФК|БК)")
ORG_RE = re.compile(r"(?=[ТАИКГРЖОПМШСДЯВУБЗФЕтаикгржопмшсдявубзфе«\"])(?<![\w/])"
                    r"(?:" + _KIND_BEFORE + r"[ \t]*(?:" + _Q + r")"
                    r"(?:[ \t]*" + _FORM + r"(?![\w]))?|"
                    + _FORM + r"[ \t]*(?:на[ \t]+ПХВ[ \t]*)?(?:" + _Q + r")|(?:"
                    + _Q + r")(?:[ \t]+[а-яәғқңөұүһі]{3,20}){0,2}[ \t]*" + _FORM
                    + r"(?:-[а-яәғқңөұүһі]{1,4})?|(?:" + _Q + r")[ \t]+" + _KIND + r")")
# `«Жаңа Жол» агрофирмасы ЖШС`, `«Ақбота» балабақшасы`
# A school, kindergarten or sports school by its number (`СОШ № 44 им. Ы. Алтынсарина`,
# `ясли-сад № 107 «Балапан»`, `№ 68 жалпы орта білім беретін мектебі`, `ДЮСШ №4`): the
# number, a quoted name and the person it is named after are all part of it.
_NAMED = r"[ \t]+(?:им\.|имени)[ \t]*(?:[^\W\d_]\.[ \t]?){0,2}[^\W\d_]{2,}"  # case-blind
_NAMED_AFTER = "(?:" + _NAMED + ")?"
SCHOOL_RE = re.compile(r"(?<![\w])(?:(?:школ\w*|мектеп\w*)-(?:гимнази\w*|лице\w*)|"
                       r"СОШ|СШ|ОСШ|дюсш|сдюшор|дюсшор|осдюсшор|бжсм|д/с|я/с|"
                       r"школ\w*|гимнази\w*|лице\w*|детск\w+ сад|ясли-сад|"
                       r"мектеп\w*|балабақша\w*|колледж\w*|школа-лицей|мектеп-гимназия\w*)"
                       r"(?:[ \t]+олимпийского[ \t]+резерва)?"
                       r"[ \t]*№[ \t]*\d{1,4}(?:-?[а-яәғқңөұүһі](?![\w]))?"
                       r"(?:[ \t]*«[^»\n]{1,40}»)?" + _NAMED_AFTER +
                       r"|(?<![\w])№[ \t]*\d{1,4}[ \t]*(?:«[^»\n]{1,40}»[ \t]*)?"
                       r"(?:(?:жалпы|орта|білім|беретін|негізгі|бастауыш|мамандандырылған)"
                       r"[ \t]+){0,5}"
                       r"(?:мектеп\w*|мектеб\w*|гимназия\w*|балабақша\w*|бөбекжай\w*|бжсм|дюсш)"
                       r"(?:-[а-яәғқңөұүһі]+)?" + _NAMED_AFTER,
                       re.IGNORECASE)
# (A sports school by a bare abbreviation, `от ШВСМ`, is caught only after a work cue.)
WORK_CUE_RE = re.compile(r"(?:место работы|место учебы|жұмыс орны|оқу орны|работает|работающ\w*|"
                         r"работаю|работал\w*|жұмыс істеймін|"
                         r"работодатель|жұмыс беруші|жұмыс істейді|жұмысы(?=[ \t]*:)|"
                         r"жұмыс(?=[ \t]*:)|employer|учится|учащ\w*(?=[ \t]*:)|оқиды|"
                         r"оқушысы(?=[ \t]*:))"
                         r"[ \t]*(?:/[^:\n]{0,20})?[ \t]*[:\-–]?[ \t]*(?:в[ \t]+)?"
                         r"(?P<w>[^\n,.;(]{3,80})", re.IGNORECASE)
# A college or university named by its own words (`Шымкентский политехнический колледж`,
# `Сервис және туризм колледжі`): capitalised words, then what it is.
NAMED_COLLEGE_RE = re.compile(
    r"(?<![\w])[" + "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ" + r"][\w-]+(?:[ \t]+[\w-]+){0,3}?[ \t]+"
    r"(?:колледж\w*|университет\w*|институт\w*|академи\w*|лицей\w*)(?![\w])")
_COLLEGE_WORDS = ("колледж", "университет", "институт", "академи", "лицей")
# The treating hospital in a header is not an identifier of the patient; a hospital as a
# workplace is still caught by WORK_CUE_RE.
MEDICAL_ORG_RE = re.compile(r"больниц|клиник|госпитал|диспансер|аурухана|емхана|"
                            r"медицинск\w* центр|медициналық орталы", re.IGNORECASE)
MILITARY_UNIT_RE = re.compile(r"(?<![\w])(?:в/ч|войсков\w+[ \t]+част\w*|воинск\w+[ \t]+част\w*)"
                              r"[ \t]*№?[ \t]*\d{3,6}(?!\d)"
                              r"|(?<![\w])№?[ \t]*\d{4,6}[ \t]+әскери[ \t]+бөлім\w*", re.IGNORECASE)
# A mine, a plant or a factory named after a person (`шахта им. Костенко`): a workplace.
NAMED_WORKPLACE_RE = re.compile(r"(?<![\w])(?:шахт\w*|рудник\w*|завод\w*|комбинат\w*|фабрик\w*"
                                r"|разрез\w*)" + _NAMED, re.IGNORECASE)
SCHOOL_LOW = lower_twin(SCHOOL_RE, SCHOOL_RE.pattern.replace("СОШ|СШ|ОСШ", "сош|сш|осш", 1),
                        "сшглдямбк№во")
WORK_CUE_LOW = lower_twin(WORK_CUE_RE, first="мжроуо" + "e")  # Latin e: `employer`
_UPPER, _LOWER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ", "а-яёәғқңөұүһі"
_NAME_SHAPE = re.compile(r"(?:ов|ев|ёв|ин|ын|ова|ева|ина|ына|ский|ская|ович|евич|ұлы|улы|қызы|кызы"
                         r"|бек|бай|жан|гүл|гуль)$")
CAP_RE = re.compile(r"(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])(?<![\w])"  # the look-ahead: a fast first test
                    r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]{2,}(?:-[А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі]+)?"
                    r"(?![A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])")  # not the head of an acronym (`КазНМУ`)
_KK_CASE = ("нан", "нен", "дан", "ден", "тан", "тен", "ға", "ге", "қа", "ке", "да", "де",
            "та", "те", "ның", "нің", "дың", "дің", "тың", "тің", "ы", "і", "сы", "сі")


@lru_cache(maxsize=100_000)
def _is_place(word: str) -> int:
    """A Geox word in any case form (cached: a pure function of the word): STRONG, or MID
    when only a Kazakh ending makes it one and the whole word is a Kazakh word
    (`Келесі` = next, not Келес + і)."""
    low = word.lower()
    known, tags = ru_tags(low)
    if known and "Geox" in tags and not (tags & {"Name", "Surn", "Patr"}):
        return STRONG
    for suf in _KK_CASE:
        if low.endswith(suf) and len(low) - len(suf) >= 4:
            k2, t2 = ru_tags(low[: -len(suf)])
            if k2 and "Geox" in t2 and "ORD" not in t2:
                return MID if kk_known(low) else STRONG
    return 0


# A place context for a settlement name that is also a word or a person's name: a
# preposition of place before it, a verb of living/arriving after it, or brackets after a
# house number (`Живёт на Абая 5 (Семей)`).
# District and city hospitals are named by their town (`ЦРБ Сарыагаш`, `Есік АОА`).
_HOSPITALS = "црб рб цгб гкб гб окб ркб оқа ока аоа қа қаа мкб".split()
_PLACE_BEFORE = frozenset("из в во до под около близ родом город города городе городу село села "
                          "селе селу поселок поселка поселке деревня деревни деревне".split()
                          + _HOSPITALS)
_PLACE_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:тұрады|тұратын|тұрған|тұрды|келген|келді|көшіп|"
                          r"көшкен|туған|приехал\w*|переехал\w*|прибыл\w*|родил\w*|"
                          r"(?-i:ЦРБ|АОА|ОКБ|ОКА|ГКБ|РБ|ЦГБ|АА|ҚАА)(?![\w]))(?![\w])",
                          re.IGNORECASE)
_PAREN_BEFORE = re.compile(r"\d[ \t,]{0,2}\([ \t]?$")
_HOUSE_BEFORE = re.compile(r"\d[а-я]?(?:[-/]\d+)?,[ \t]*$")  # `Мұқанов, 53, Рудный`
_SENTENCE_START = re.compile(r"(?:^|[.!?\n])[ \t«\"(\-–—•*]*$")
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\.?[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")


def _eponym_position(text: str, s: int, e: int) -> bool:
    """`шкала Глазго`, `по Кохеру`, `Илизаров аппаратымен`, `Глазго шкаласы`: a clinical
    construction, not a place."""
    prev = _WORD_BEFORE.search(text, max(0, s - 30), s)
    if prev and word_is_eponym_head(prev.group(1)):
        return True
    nxt = _WORD_AFTER.match(text, e, e + 30)
    return bool(nxt and word_heads_word_before(nxt.group(1)))


@lru_cache(maxsize=50_000)
def _no_person_word(word: str) -> bool:
    """Neither OpenCorpora nor the name lexicon reads the word as a person's name: a weak
    place name that is weak only for being an ordinary word (Рудный, Семей) or short (Арал)."""
    known, tags = ru_tags(word.lower())
    return not (known and tags & NAME_TAGS) and not load_lexicons().lookup_first(word.lower())


_CELL_START = re.compile(r"[|:;][ \t]*$")
_NEXT_CAP = re.compile(r"[ \t]+[" + "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ" + r"]")


# Kazakh heads that a town names (`Семей қаласы`, `Арал ауданы`, `Есік емханасы`).
_PLACE_HEADS = ("қала", "аудан", "ауыл", "облыс", "кент", "елді", "емхана", "аурухана",
                "орталығ", "мектеб", "колледж", "университет", "филиал", "бөлімше", "станция")
_IZAFET_HEAD = re.compile(r"[ \t]+([" + _LOWER + r"]+(?:ы|і|сы|сі))(?![\w])")


def _modifies_common_noun(text: str, e: int) -> bool:
    """`Қант диабеті`: the word modifies the lower-case possessed noun after it (a Kazakh
    izafet), so it is a term's first word, unless that head is a place or institution."""
    head = _IZAFET_HEAD.match(text, e, e + 40)
    return bool(head) and not fold(head.group(1)).startswith(_PLACE_HEADS)


def _capital_mid_clause(text: str, s: int, e: int) -> bool:
    """A capital letter that only a proper noun explains: not at a sentence or cell start,
    not the first word of a longer proper name (`Южный Казахстан`) nor of a term."""
    return not (_SENTENCE_START.search(text, max(0, s - 8), s)
                or _CELL_START.search(text, max(0, s - 4), s)
                or _NEXT_CAP.match(text, e)
                or _modifies_common_noun(text, e))


def _gazetteer_hit(text: str, s: int, e: int, kind: int) -> bool:
    """A settlement from the gazetteer, in a position where it names a place."""
    if _eponym_position(text, s, e):
        return False
    if kind == STRONG or (kind == MID and not _SENTENCE_START.search(text, max(0, s - 8), s)):
        return True
    if _capital_mid_clause(text, s, e) and _no_person_word(text[s:e]):
        return True  # `(консервативно, Рудном)`, `айында, Семей.`, `Аралдың № 2 емханасы`
    prev = _WORD_BEFORE.search(text, max(0, s - 30), s)
    return bool((prev and prev.group(1).lower().replace("ё", "е") in _PLACE_BEFORE)
                or _PLACE_AFTER.match(text, e, e + 30)
                or _HOUSE_BEFORE.search(text, max(0, s - 12), s)
                or (_PAREN_BEFORE.search(text, max(0, s - 5), s) and text[e : e + 1] == ")"))


@lru_cache(maxsize=50_000)
def is_kept_word(word: str) -> bool:
    """An allow-listed eponym (`Глазго 14` is the coma scale, not the city) or a country."""
    return load_lexicons().is_allowed_word(word) or is_country(word)


# `из Бесқайнара`, `до Кеменгера`: after a Russian preposition of place, a capitalised word
# no Russian dictionary knows is a settlement the gazetteer does not list (most auyls).
_PLACE_PREPOSITIONS = frozenset("из в во до под около близ".split())


def _after_place_preposition(text: str, s: int) -> bool:
    prev = _WORD_BEFORE.search(text, max(0, s - 12), s)
    return bool(prev and prev.group(1).lower() in _PLACE_PREPOSITIONS
                and not prev.group().rstrip().endswith("."))


@lru_cache(maxsize=50_000)
def _unknown_word(word: str) -> bool:
    """Unknown to OpenCorpora, and not a clinical or allow-listed word nor an eponym."""
    low = word.lower()
    if ru_tags(low)[0] or word_is_eponym_head(word):
        return False
    lex = load_lexicons()
    return not (lex.is_allowed_word(word) or clinical_vocabulary(lex).knows(fold(low)))


# `Іргеліден келген`, `Шонжыда тұрады`: a capitalised word in the ablative or locative
# before a Kazakh verb of coming or living names a place the gazetteer may not list.
_KK_VERB_LOW = re.compile(r"(?=[ктжеә])(?<![\w])(?:көшіп[ \t]+)?(?:келген|келді|келіп|көшкен|"
                          r"көшіп|көшті|тұрады|тұратын|тұрған|тұрамыз|тұрамын|түсті|түскен|жатқан|"
                          r"емделген|емделді|жеткізілді|әкелінді)(?![\w])")
# the place before the verb, perhaps with a date between (`Омбыдан 14.06.2019 келген`), or a
# dative before a verb of moving (`Семейге көшті`)
_KK_FROM_AT = re.compile(r"(?<![\w])([" + _UPPER + r"][" + _LOWER + r"]{2,}?(?:дан|ден|тан|тен|нан|"
                         r"нен|да|де|та|те|ға|ге|қа|ке))[ \t]+(?:\d[\d./ -]{3,11}\d[ \t]+)?$")
# a hero's name and title under a Kazakh case ending: a village or a street named after him
_TITLED_PLACE_CASE = re.compile(r"(?<![\w])[" + _UPPER + r"][" + _LOWER + r"]{2,}[ \t]+(?:батыр|би)"
                                r"(?:дың|дің|ның|нің|да|де|ға|ге|дан|ден|нан|нен|ге)(?![\w])")
# a capitalised locative after a comma, ending its clause
_KK_LOC_END = re.compile(r"(?<=,[ \t])([" + _UPPER + r"][" + _LOWER + r"]{2,}?(?:да|де|та|те))"
                         r"(?=[ \t]*(?:[.;\n]|$))")
# the place after a verb of living (`тұрады Талаптыда`, `тұрады: Үржарда`)
_KK_AT_AFTER = re.compile(r"[ \t]*:?[ \t]*([" + _UPPER + r"][" + _LOWER + r"]{2,}?(?:да|де|та|те))"
                          r"(?![\w])")


@lru_cache(maxsize=50_000)
def _kk_place_word(word: str, start: bool) -> bool:
    """An ablative/locative word that is no person's name (nor, at a sentence start, any
    dictionary word): `Іргеліден` yes, `Ерланнан` and `Үйде` no."""
    for suf in ("дан", "ден", "тан", "тен", "нан", "нен", "да", "де", "та", "те", "ға", "ге", "қа",
                "ке"):
        if word.endswith(suf):
            stem = word[: -len(suf)]
            break
    low = stem.lower()
    if len(low) < 3 or word_is_eponym_head(stem):
        return False
    known, tags = ru_tags(low)
    if "Geox" in tags or place_kind(stem) or place_kind(word):
        return True  # `Берлинде`, `Семейге`: a known place, whatever the position or shape
    if _NAME_SHAPE.search(low):
        return False
    if tags & {"Name", "Surn", "Patr"} or load_lexicons().lookup_first(low):
        return False
    return not (start and (known or kk_known(low) or kk_known(word.lower())))


# After a settlement, a capitalised word or two and a house number are its street
# (`Шалкар, Строителей 10-171`, `Алматы, Молодежная 34-84`).
_STREET_AFTER = re.compile(r",[ \t]*[" + _UPPER + r"][" + _LOWER + r"-]{2,}(?:[ \t][" + _UPPER
                           + _LOWER + r"][" + _LOWER + r"-]{2,})?,?[ \t]+\d{1,4}[" + _LOWER + r"]?"
                           r"(?:[-/]\d{1,4}[" + _LOWER + r"]?)?(?![\w])")


# The adjective of a two-word town name before it, in any case (`Нижнем Новгороде`, `Великих
# Луках`, `Старом Осколе`, `Усть-Каменогорск` is one word): it names the same place.
_TOWN_ADJECTIVE = re.compile(r"(?<![\w-])(?:Нижн|Верхн|Велик|Стар|Нов|Мал|Больш|Кіші|Үлкен|Жаңа"
                             r"|Ескі)[" + _LOWER + r"]{0,4}[ \t]+$")


def _settlement(text: str, s: int, e: int) -> Hit:
    """The settlement's span, with the adjective of a two-word name before it and the
    unmarked street and house number after it."""
    adjective = _TOWN_ADJECTIVE.search(text, max(0, s - 16), s)
    street = _STREET_AFTER.match(text, e)
    return adjective.start() if adjective else s, street.end() if street else e, "ADDRESS"


# A settlement named with its district in brackets (`Қайнарда тұрады (Бұқар жырау ауданы)`,
# `Талапты (Ұлан ауданы)`, `Тастының ДАА (Целиноград ауданы)`): the bracket says it is a place.
_DISTRICT_AFTER_RE = re.compile(
    r"(?<![\w])([" + _UPPER + r"][" + _LOWER + r"]{2,}(?:[ \t][" + _UPPER + r"]?[" + _LOWER
    + r"]{2,})?)(?:[ \t]+(?:тұрады|тұратын|ДАА|АА|ЦРБ|ауылы|ауылынан|селосы))?[ \t]*\("
    r"[^()\n]{2,30}(?:ауданы|ауданынан|району|района|р-н|р-на|р-ну)\)")


_SECOND_WORD = re.compile(r"[ \t]([" + _UPPER + _LOWER + r"][" + _LOWER + r"]{1,14})(?![\w-])")


def _two_word_place(text: str, end: int, word: str) -> int:
    """The end of a settlement written as two words (`Жаңа Арқада`, `Ақ Бұлақ`, `Төле би
    маңы`): the gazetteer knows the two as one name, and no other place reading is needed."""
    nxt = _SECOND_WORD.match(text, end)
    if not nxt or not starts_a_place(fold(word + nxt.group(1)[:2])) or is_kept_word(word):
        return 0
    return nxt.end() if place_kind(word + nxt.group(1).lower()) >= MID else 0


# A settlement named before its district after a comma (`тұрады: Көкпек, Төле би ауданы`,
# `прож.: Старый Икан, Карасайский район`): the district says the word before is a place.
_DISTRICT_COMMA_RE = re.compile(
    r"(?<![\w])([" + _UPPER + r"][" + _LOWER + r"]{2,}(?:[ \t-][" + _UPPER + r"]?[" + _LOWER
    + r"]{2,})?),[ \t]*[" + _UPPER + r"][" + _LOWER + r"-]+(?:[ \t][" + _UPPER + _LOWER + r"]["
    + _LOWER + r"]+)?[ \t]+(?:ауданы|ауданында|ауданының|району|района|районе|район|р-н|р-на)"
    r"(?![\w])")


def find_places(text: str, low: str | None = None) -> Iterator[Hit]:
    """Geox-tagged and gazetteer settlements, organisations in legal-form frames, schools by
    number."""
    for m in CAP_RE.finditer(text):
        word = m.group()
        geox = _is_place(word)
        if geox and _eponym_position(text, m.start(), m.end()):
            continue
        if geox == STRONG or (geox and not _SENTENCE_START.search(text, max(0, m.start() - 8),
                                                                  m.start())):
            hit = True
        else:
            kind = place_kind(word)
            hit = bool(kind and _gazetteer_hit(text, m.start(), m.end(), kind)) or (
                _after_place_preposition(text, m.start()) and _unknown_word(word))
        two = _two_word_place(text, m.end(), word)
        if hit and not is_kept_word(word):
            s, e, label = _settlement(text, m.start(), m.end())
            yield s, max(e, two), label  # `Кара Су`: both words, though `Кара` is a place too
        elif two:
            yield m.start(), two, "ADDRESS"
    for v in _KK_VERB_LOW.finditer(low if low is not None else lowered(text)):
        w = _KK_FROM_AT.search(text, max(0, v.start() - 40), v.start())
        if w and w.group(1)[-2:] in ("ға", "ге", "қа", "ке") and not v.group().startswith("көш"):
            w = None  # a dative names a place only before a verb of moving
        start = bool(w and _SENTENCE_START.search(text, max(0, w.start() - 8), w.start()))
        if w and not is_country(w.group(1)) and _kk_place_word(w.group(1), start):
            yield w.start(1), w.end(1), "ADDRESS"
        if v.group().startswith("тұра"):
            after = _KK_AT_AFTER.match(text, v.end())
            if after and not is_country(after.group(1)) and _kk_place_word(after.group(1), False):
                yield after.start(1), after.end(1), "ADDRESS"
    if "(" in text:
        for m in _DISTRICT_AFTER_RE.finditer(text):
            if not is_kept_word(m.group(1).split()[0]) and not _eponym_position(
                    text, m.start(1), m.end(1)):
                yield m.start(1), m.end(1), "ADDRESS"
    if "аудан" in text or "район" in text or "р-н" in text:
        for m in _DISTRICT_COMMA_RE.finditer(text):
            last = m.group(1).split()[-1]
            if (not is_kept_word(m.group(1).split()[0])
                    and not _eponym_position(text, m.start(1), m.end(1))
                    and _no_person_word(last) and (place_kind(last) or _unknown_word(last))):
                yield m.start(1), m.end(1), "ADDRESS"
    if "батыр" in text or " би" in text:
        for m in _TITLED_PLACE_CASE.finditer(text):  # `Өтеген батырдың`, `Әйтеке биде`
            yield m.start(), m.end(), "ADDRESS"
    for m in _KK_LOC_END.finditer(text):  # `…, Ақсуда.`: where it happened, ending the clause
        if not is_country(m.group(1)) and _kk_place_word(m.group(1), True):  # strict:
            yield m.start(1), m.end(1), "ADDRESS"  # an ordinary word there is no place
    low_text = low if low is not None else lowered(text)
    # ORG_RE needs a quoted name and SCHOOL_RE a `№`: pages without them skip the scan.
    if "«" in text or '"' in text:
        for m in ORG_RE.finditer(text):
            if not MEDICAL_ORG_RE.search(m.group()):
                yield m.start(), m.end(), "ADDRESS"
    if "№" in text:
        for m in finditer_ci(SCHOOL_RE, SCHOOL_LOW, text, low):
            yield m.start(), m.end(), "ADDRESS"
    if any(w in low_text for w in ("в/ч", "част", "әскери")):
        for m in MILITARY_UNIT_RE.finditer(text):
            yield m.start(), m.end(), "ADDRESS"
    if "им" in text:
        for m in NAMED_WORKPLACE_RE.finditer(text):
            yield m.start(), m.end(), "ADDRESS"
    if any(w in low_text for w in _COLLEGE_WORDS):
        for m in NAMED_COLLEGE_RE.finditer(text):
            if not MEDICAL_ORG_RE.search(m.group()):
                yield m.start(), m.end(), "ADDRESS"
    for m in finditer_ci(WORK_CUE_RE, WORK_CUE_LOW, text, low):
        w = text[m.start("w") : m.end("w")].rstrip()
        if any(ch.isupper() or ch == "«" or ch == "№" for ch in w):
            yield m.start("w"), m.start("w") + len(w), "ADDRESS"
