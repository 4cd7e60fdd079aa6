"""Rule-based person-name detection with an optional natasha NER second opinion.

Capitalised tokens that sit next to each other form a run; a run is a name when its parts fit
how Russian and Kazakh records write people (surname + first name + patronymic, initials
either side, Kazakh -ұлы/-қызы). Runs the rules cannot settle (a lone capitalised word at a
sentence start, two unknown capitalised words) go to natasha, but only a window around them:
natasha over whole records is the slow path we avoid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .dictionaries import kk_known, ru_tags
from .lexicon import Lexicons, fold
from .tokens import Tok, is_cue, is_eponym_head, is_head_after, tokenize

NAME_KINDS = {"INIT", "FIRST", "PATR", "SURN", "KOREAN", "KZNAME", "CAP", "ALLOW", "KZPATR"}
_GAP_RE = re.compile(r"[ \t\u00a0]*\n?[ \t\u00a0]*")
AMBIGUOUS_FIRST = {"вера", "надежда", "любовь", "роза", "лилия", "лев", "марк", "слава", "мир",
                   "дана", "самал", "сая", "жибек", "ева", "майра", "арина", "злата", "алия"}
NER_WINDOW = 60
MAX_NER_WINDOW = 600
MAX_RUN = 8  # longer capitalised runs are headers or lists, never one person's name


@dataclass
class NamePart:
    """One token of a detected name and its role (SURN FIRST PATR INIT_F INIT_P KZPATR)."""

    role: str
    tok: Tok


@dataclass
class NameSpan:
    start: int
    end: int
    parts: list[NamePart]


# Kinds a one-token run is never a name by itself (at most a question for natasha).
_NEVER_ALONE = frozenset({"CAP", "KZNAME", "ALLOW", "INIT"})
_SENTENCE_BREAK = re.compile(r"[.!?;\n]")
_STRONG = {"INIT", "FIRST", "PATR", "SURN", "KOREAN", "KZPATR"}


def _joins(a: Tok, b: Tok, text: str) -> bool:
    """b continues a's run: only spaces between, or one line break or a cell gap (a tab,
    three spaces) between strong parts: form printouts put unrelated cells on one line."""
    gap = text[a.end : b.start]
    if not _GAP_RE.fullmatch(gap):
        return False
    wide = "\n" in gap or "\t" in gap or "   " in gap
    return not wide or (a.kind in _STRONG and b.kind in _STRONG)


def _runs(toks: list[Tok], text: str) -> list[tuple[int, int]]:
    """[i, j) index ranges of adjacent name-like tokens."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        if toks[i].kind not in NAME_KINDS or toks[i].kind == "KZPATR":
            i += 1
            continue
        j = i + 1
        while (j < len(toks) and j - i < MAX_RUN and toks[j].kind in NAME_KINDS
               and _joins(toks[j - 1], toks[j], text)):
            j += 1
        runs.append((i, j))
        i = j
    return runs


def _split_at_initials(toks: list[Tok], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Initials close a name: `Иванова А.П. Аппарат...` is `Иванова А.П.` + `Аппарат...`;
    but between a word that is no name and a surname they open one (`Сдал А.В. Кузнецов`)."""
    out: list[tuple[int, int]] = []
    for i, j in runs:
        while i < j:
            inits = [k for k in range(i, j) if toks[k].kind == "INIT"]
            if not inits:
                out.append((i, j))
                break
            last = inits[0]
            while last + 1 < j and toks[last + 1].kind == "INIT":
                last += 1
            if (inits[0] > i and toks[inits[0] - 1].kind == "CAP" and last + 1 < j
                    and toks[last + 1].kind in ("SURN", "KOREAN")):
                out.append((i, inits[0]))
                i = inits[0]
                continue
            cut = last + 1 if inits[0] > i else min(last + 2, j)
            out.append((i, cut))
            i = cut
    return out


def _has_cue(toks: list[Tok], i: int, text: str) -> bool:
    """A cue word within the two tokens before toks[i] (e.g. `врач`, `науқас`, `у`)."""
    for k in (i - 1, i - 2):
        if k >= 0 and toks[i].start - toks[k].end <= 30 and is_cue(toks[k]):
            return not _SENTENCE_BREAK.search(text, toks[k].end, toks[i].start)
    return False


def _named_after(toks: list[Tok], i: int, j: int, text: str) -> bool:
    """`им. Н.Д. Батпенова`, `Батпенов атындағы`: an institution's name, not a person here."""
    before = i > 0 and toks[i].start - toks[i - 1].end <= 3 and fold(toks[i - 1].text) in (
        "им", "имени")
    after = j < len(toks) and toks[j].start - toks[j - 1].end <= 3 and fold(
        toks[j].text).startswith("атында")
    return before or after


def _followed_by_number(toks: list[Tok], j: int, text: str) -> bool:
    end = toks[j - 1].end
    return bool(_NUMBER_AFTER_RE.match(text, end, end + 4))


_NUMBER_AFTER_RE = re.compile(r"[ \t:]*\d")


def _eponym_context(toks: list[Tok], i: int, j: int) -> bool:
    before = i > 0 and is_eponym_head(toks[i - 1]) and toks[i].start - toks[i - 1].end <= 3
    after = j < len(toks) and is_head_after(toks[j]) and toks[j].start - toks[j - 1].end <= 3
    return before or after


_EPONYM_KINDS = {"ALLOW", "CAP", "SURN"}  # a first name or a patronymic is never the eponym


def _trim_eponym_edges(toks: list[Tok], i: int, j: int, text: str) -> tuple[int, int]:
    """`Рахимовке Кохер бойынша`: the word next to the eponym head is the eponym; the rest of
    the run is still judged as a name."""
    if (j - i > 1 and j < len(toks) and toks[j - 1].kind in _EPONYM_KINDS
            and is_head_after(toks[j]) and text[toks[j - 1].end : toks[j].start] == " "):
        j -= 1
    if (j - i > 1 and i > 0 and toks[i].kind in _EPONYM_KINDS
            and is_eponym_head(toks[i - 1]) and text[toks[i - 1].end : toks[i].start] == " "):
        i += 1
    return i, j


def _with_common_word_surname(toks: list[Tok], i: int, j: int, text: str) -> tuple[int, int]:
    """`Шина Жанна Владимировна`, `Светлана Шина`: a capitalised word that is also a common or
    clinical word (шина = splint) is the surname when it stands right before a first name and
    patronymic (or a first name after a role word), or right after a lone first name."""
    kinds = [t.kind for t in toks[i:j]]
    def common(k: int) -> bool:
        t = toks[k]
        return (t.kind in ("", "ALLOW") and t.text[:1].isupper() and not is_cue(t)
                and len(t.text) >= 3)
    after_cue = i > 1 and is_cue(toks[i - 2])  # `Пациент: Шина Виктория`
    if ((kinds[:2] == ["FIRST", "PATR"] or (kinds == ["FIRST"] and after_cue)) and i > 0
            and common(i - 1) and text[toks[i - 1].end : toks[i].start] == " "):
        i -= 1
    elif (kinds == ["FIRST"] and j < len(toks) and common(j)
          and text[toks[j - 1].end : toks[j].start] == " "):
        j += 1
    return i, j


def _decide(run: list[Tok], cue: bool, eponym: bool) -> str:
    """'name', 'ner' (ask natasha) or '' for a run of name-like tokens."""
    kinds = [t.kind for t in run]
    words = [t for t in run if t.kind != "INIT"]
    if not words or all(k == "ALLOW" for k in kinds):
        return ""
    strong = {"FIRST", "PATR", "KZPATR"} & set(kinds)
    if "INIT" in kinds or (strong and len(words) >= 2):
        return "name"
    if len(words) == 1:
        return _decide_single(words[0], cue, eponym)
    if eponym or all(t.kind == "CAP" and t.text.isupper() for t in words):
        return ""
    if cue or ({"SURN", "KOREAN"} & set(kinds) and not run[0].sentence_start):
        return "name"
    return "ner"


def _decide_single(tok: Tok, cue: bool, eponym: bool) -> str:
    if eponym and tok.kind == "PATR" and not cue:
        return ""  # `Доступ Волковича`: a patronymic-shaped eponym, not a person
    if tok.kind in ("PATR", "FIRST"):
        ambiguous = tok.kind == "FIRST" and tok.firsts[0].lemma.lower() in AMBIGUOUS_FIRST
        return "" if ambiguous and tok.sentence_start and not cue else "name"
    if eponym or tok.kind == "ALLOW":
        return ""
    if cue:
        if tok.kind in ("SURN", "KOREAN"):
            return "name"
        return "" if tok.text.isupper() else "ner"
    if tok.kind == "SURN":
        return "ner" if tok.sentence_start and not tok.kz_suffix else "name"
    return ""


def _trim(run: list[Tok]) -> list[Tok]:
    """Drop capitalised non-name words at the edges (sentence starts, headers)."""
    if all(t.kind == "CAP" for t in run):
        return run
    kinds = {t.kind for t in run}
    both = kinds & {"SURN", "KOREAN"} and kinds & {"FIRST", "KZNAME", "PATR", "INIT"}
    allowed = 0 if both else 1
    if run[-1].kind in ("PATR", "KZPATR") and len(run) == 3:
        allowed = 2  # `Гончар Тарас Остапович`: surname and first name, both unknown words
    lead = next(i for i, t in enumerate(run) if t.kind != "CAP")
    trail = next(i for i, t in enumerate(reversed(run)) if t.kind != "CAP")
    return run[max(0, lead - allowed) : len(run) - max(0, trail - allowed)]


def assign_roles(toks: list[Tok]) -> list[NamePart]:
    """Which token is the surname, the first name, the patronymic, the initials."""
    roles: dict[int, str] = {}
    inits = [i for i, t in enumerate(toks) if t.kind == "INIT"]
    for n, i in enumerate(inits):
        roles[i] = "INIT_F" if n == 0 else "INIT_P"
    for i, t in enumerate(toks):
        if t.kind == "KZPATR":
            roles[i] = "KZPATR"
            if i > 0:
                roles[i - 1] = "PATR"
        elif t.kind == "PATR":
            roles[i] = "PATR"
    rest = [i for i in range(len(toks)) if i not in roles]
    first = _pick_first(toks, rest, roles, has_inits=bool(inits))
    for i in rest:
        roles[i] = "FIRST" if i == first else "SURN"
    return [NamePart(roles[i], t) for i, t in enumerate(toks)]


def _pick_first(toks: list[Tok], rest: list[int], roles: dict[int, str], has_inits: bool) -> int:
    before_patr = [i for i in rest if roles.get(i + 1) == "PATR"]
    if before_patr:
        return before_patr[0]
    if has_inits:
        return -1
    for kind in ("FIRST", "KZNAME"):
        cands = [i for i in rest if toks[i].kind == kind]
        if cands and (len(rest) > 1 or kind == "FIRST"):
            return cands[-1] if kind == "FIRST" and len(cands) > 1 else cands[0]
    return -1


def detect_names(text: str, lex: Lexicons, use_ner: bool = True) -> list[NameSpan]:
    """Person-name spans, sorted, each with per-token roles."""
    toks = tokenize(text, lex)
    found: list[list[Tok]] = []
    ask: list[list[Tok]] = []
    for i, j in _split_at_initials(toks, _runs(toks, text)):
        if j - i == 1 and not use_ner and toks[i].kind in _NEVER_ALONE:
            continue  # `_decide` gives such a lone token "" or "ner", never "name"
        run = toks[i:j]
        if _named_after(toks, i, j, text):
            continue
        i, j = _with_common_word_surname(toks, *_trim_eponym_edges(toks, i, j, text), text)
        run = toks[i:j]
        eponym = _eponym_context(toks, i, j) or (j - i == 1 and _followed_by_number(toks, j, text))
        verdict = _decide(run, _has_cue(toks, i, text), eponym)
        if verdict and _header_words(run, text):
            verdict = ""
        if verdict == "name":
            found.append(_trim(run))
        elif verdict == "ner":
            ask.append(run)
    if ask and use_ner:
        found.extend(_confirm_with_ner(text, ask))
    spans = [NameSpan(r[0].start, r[-1].end, assign_roles(r)) for r in found if r]
    return sorted(spans, key=lambda s: s.start)


def _header_words(run: list[Tok], text: str) -> bool:
    """`КЕҢЕС АЛУҒА ЖОЛДАМА ХАТ`: on an all-caps line, a run of two or more words that are
    all dictionary words and carry no patronymic or initials is a header, though Кеңес is
    also a first name. `ПАЦИЕНТ: ШМИДТ ИРМА` keeps its name (no dictionary knows Шмидт)."""
    words = [t for t in run if t.kind != "INIT"]
    if len(words) < 2 or len(words) != len(run) or any(t.kind in ("PATR", "KZPATR")
                                                       for t in words):
        return False
    lo = text.rfind("\n", 0, run[0].start) + 1
    hi = text.find("\n", run[-1].end)
    line = text[lo : hi if hi >= 0 else len(text)]
    if any(ch.islower() for ch in line):
        return False
    return all(_dictionary_word(t.text.lower()) for t in words)


def _dictionary_word(low: str) -> bool:
    known, tags = ru_tags(low)
    return kk_known(low) or (known and "ORD" in tags)


@lru_cache(maxsize=1)
def _natasha():
    """Load natasha once per process (models ship inside the wheels; nothing downloads)."""
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter

    return Segmenter(), NewsNERTagger(NewsEmbedding())


def natasha_person_spans(text: str) -> list[tuple[int, int]]:
    """PER spans natasha finds in `text` (used on small windows, and by the benchmark)."""
    from natasha import Doc

    segmenter, tagger = _natasha()
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_ner(tagger)
    return [(s.start, s.stop) for s in doc.spans if s.type == "PER"]


def _windows(runs: list[list[Tok]], size: int) -> list[tuple[int, int]]:
    """Context windows around ambiguous runs; merged, but never past MAX_NER_WINDOW chars."""
    merged: list[tuple[int, int]] = []
    for run in runs:
        lo, hi = max(0, run[0].start - size), run[-1].end + size
        if merged and lo <= merged[-1][1] and hi - merged[-1][0] <= MAX_NER_WINDOW:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def _confirm_with_ner(text: str, runs: list[list[Tok]]) -> list[list[Tok]]:
    """Keep the tokens of ambiguous runs that natasha tags as a person."""
    per: list[tuple[int, int]] = []
    for lo, hi in _windows(runs, NER_WINDOW):
        per.extend((lo + s, lo + e) for s, e in natasha_person_spans(text[lo:hi]))
    out = []
    for run in runs:
        keep = [t for t in run if any(s < t.end and t.start < e for s, e in per)]
        keep = [t for t in keep if t.kind != "ALLOW"]
        if keep:
            out.append(keep)
    return out


@lru_cache(maxsize=262_144)
def name_key_stem(word: str) -> str:
    """Surname stem shared by all case and gender forms (Жұмабекова, Жумабековым -> жумабек)."""
    low = fold(word).replace("ь", "").replace("ъ", "")  # passports drop them: KOVALCHUK
    low = re.sub(r"(ов|ев|ин|ын)(а|у|ым|ой|ом|е|ых)?$", "", low)
    low = re.sub(r"(ск|цк)(ий|ая|ого|ой|ому|им|ую)$", r"\1", low)
    return low
