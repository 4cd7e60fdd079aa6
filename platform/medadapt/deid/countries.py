"""Countries, kept by de-identification: a country is not an identifier (HIPAA Safe Harbor
removes geographic units smaller than a state). `datasets/lexicons/countries.txt` lists them in
Russian, Kazakh and Latin spelling; case forms are matched by stem (Узбекистана, Ресейден).
A module of its own so that the name detectors and the place detectors share one list."""

from __future__ import annotations

from functools import lru_cache

from .lexicon import default_lexicon_dir, fold

__all__ = ["is_country"]


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    path = default_lexicon_dir() / "countries.txt"
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    return frozenset(fold(w.strip()) for w in lines if w.strip() and not w.startswith("#"))


# Case endings a country takes, folded (`lexicon.fold`: ғ->г, қ->к, ң->н, і->и): Russian
# after the nominative or in place of its last vowel (Узбекистана, Турции, Китая), Kazakh
# after the whole name (Ресейден, Қытайдан, Түркияға). Only these: `Індира` is no India.
_RU_ENDINGS = frozenset("а я и ы у ю е ей ой ию ии ией ом ем".split())
_KK_ENDINGS = frozenset(fold(e) for e in (
    "дан ден тан тен нан нен ға ге қа ке на не да де та те ның нің дың дің тың тің мен бен "
    "пен ы і дағы дегі тағы тегі").split())
_ENDINGS = _RU_ENDINGS | _KK_ENDINGS
_LONGEST = max(map(len, _ENDINGS))


@lru_cache(maxsize=50_000)
def is_country(word: str) -> bool:
    """`Узбекистана`, `Ресейден`, `(Германия)`: a country of `countries.txt` in a case form."""
    low = fold(word)
    countries = _countries()
    if low in countries:
        return True
    # Split off each possible ending (at most _LONGEST letters) instead of trying every country.
    for k in range(max(1, len(low) - _LONGEST), len(low)):
        stem, rest = low[:k], low[k:]
        if stem in countries and rest in _ENDINGS:
            return True
        if rest in _RU_ENDINGS and len(stem) >= 4 and any(stem + v in countries for v in "аяйь"):
            return True  # the ending took the place of the last vowel: Китая, Турции
    return False
