"""Operation, complaints, mechanism and aftercare found by vocabulary, not by labels.

An operation counts only when a sentence says it was done (`выполнена`, `Операция:`,
`жасалды`, or the procedure's own name) and nothing in that sentence makes it a plan, a
refusal or history (`планируется`, `отказался`, `в 2015 г.`). Revisions and hardware
removal are operations outside the procedure list: procedure None, implants still read.
A generic `остеосинтез`/`МОС` takes its kind from the implant named with it.
"""

from __future__ import annotations

import re
from typing import Any

from medadapt.corpus.clauses import Sentence, weeks
from medadapt.corpus.lexicon import Lexicon

_COMPLAINT = re.compile(r"жалоб|шағым|беспоко|мазала|мазасыз|предъявля")
_ANAMNESIS = re.compile(r"жалоб|шағым|анамнез|со слов|айтуынша|беспоко|мазала")
_TRAUMA = re.compile(r"травм(?!атолог)|упал|упала|падени|поскольз|получил|жарақат|құла|тайып"
                     r"|анамнез|сәтсіз түс"
                     r"|тайғанақ|қағып|бұрал|сүрін|anamnesis morbi|анамнез morbi"
                     r"|дорожно-транспорт|жол-көлік|сбит|со слов|айтуынша|подвернул")
_FOLLOW = re.compile(r"контрол|явк|осмотр|консультац|повторн|қайта қара|бақылау|қаралу|қарау|келу"
                     r"|визит|наблюдени|көріну")
_NAIL = re.compile(r"штифт|\bnail|\bpfna\b|\bgamma|\bchm\b")
_GENERIC_OSTEOSYNTHESIS = re.compile(r"остеосинтез|фиксац")
_OPERATIVE = re.compile(r"остеосинтез|фиксац|операци|оперативн|\bота\b|отасы|эндопротез|артроскоп"
                        r"|резекци|\bшов\b|тігу")
# the pre-operative work-up names the operation it prepares for, but is none itself
_PRE_OP = re.compile(r"(операци|ота)\w* алдында\w*|предоперацион\w*|перед операци\w*")
_FIRST_STAGE = re.compile(r"перв\w* этап|\bi этап|1-?й этап|бірінші кезең|damage control"
                          r"|(операци|ота)\w* №\s*1\b")  # `Операция №1 (…)`, `Операция №2 (…)`
_HARDWARE = r"(металлоконструкц|металл конструкц|аппарат|пластин|винт|бұранда|штифт|фиксатор)\w*"
_REMOVAL = re.compile(rf"демонтаж|демонтир|удален\w* (\w+ ){{0,2}}{_HARDWARE}"
                      rf"|{_HARDWARE} (\w+ ){{0,2}}(удален|алып таста|алынды|алынған|бөлшект)")
_OLD_HARDWARE = re.compile(rf"(бұрын|ранее)\s+(\w+\s+)?{_HARDWARE}")
_SECOND_STAGE = re.compile(r"втор\w* этап|\bii этап|2-?й этап|екінші кезең"
                           r"|(операци|ота)\w* №\s*2\b")
_AFTER_SURGERY = re.compile(r"послеоперац|после операц|сутк|отадан кейін|тәулік|дневник|обход"
                            r"|при выписке|шығару кезінде")
IMPLANT_KIND = {
    "пластина LCP 1/3 трубчатая": "plate_osteosynthesis", "пластина LCP": "plate_osteosynthesis",
    "пластина PHILOS": "plate_osteosynthesis", "пластина APTUS": "plate_osteosynthesis",
    "интрамедуллярный штифт ChM": "intramedullary_nailing", "штифт Gamma3":
    "intramedullary_nailing", "интрамедуллярный штифт PFNA": "intramedullary_nailing",
    "штифт Synthes EX": "intramedullary_nailing", "канюлированные винты Synthes":
    "cannulated_screws", "аппарат Илизарова": "external_fixation",
}


def _is_plan(sentence: Sentence, lex: Lexicon, table: str = "procedure") -> bool:
    """A plan, refusal or history word before or in the clause that states the act.

    Checked up to the first clause with the act's vocabulary (procedure, implant,
    anaesthesia ...), so "Выполнена операция: X, рекомендовано Y" still counts as done.
    """
    upto = sentence.norm
    for i, clause in enumerate(sentence.clauses):
        if lex.first(table, clause):
            upto = " ".join(sentence.clauses[:i + 1])
            break
    if _REMOVAL.search(upto):  # "ранее установленные винты удалены" is done now
        upto = _OLD_HARDWARE.sub(" ", upto)
    return any(p.search(upto) for p in lex.tables["operation"]["not_performed"])


# A heading line: no lower-case letter ("ОПЕРАЦИЯ ЖОСПАРЫ") or a short label alone ("План:").
_HEADING_LINE = re.compile(r"^[^a-zа-яёәғқңөұүһі]{3,}$|^[^:|]{3,40}:$")
_PLAN_HEADING = re.compile(r"\bплан\b|планир|жоспар|рекоменд|ұсыныс|ұсынылат")


def plan_sections(sents: list[Sentence]) -> set[int]:
    """Indexes of sentences under a plan heading ("ОПЕРАЦИЯ ЖОСПАРЫ", "План операции:"), up
    to the next heading: what they name is proposed, however they are worded."""
    inside, out = False, set()
    for i, sentence in enumerate(sents):
        if _HEADING_LINE.match(sentence.text.strip()):
            inside = bool(_PLAN_HEADING.search(sentence.norm))
        elif inside:
            out.add(i)
    return out


def operation_sentences(sents: list[Sentence], lex: Lexicon,
                        planned: set[int] | None = None) -> list[Sentence]:
    """Sentences that report an operation done in this stay (`planned`: the caller's
    `plan_sections(sents)`, when it has them)."""
    out = []
    planned = plan_sections(sents) if planned is None else planned
    for i, sentence in enumerate(sents):
        if i in planned or _is_plan(sentence, lex):
            continue
        named = lex.first("procedure", sentence.norm) or any(
            p.search(sentence.norm) for kind in ("outside", "wires_only")
            for p in lex.tables["operation"][kind])
        performed = any(p.search(sentence.norm) for p in lex.tables["operation"]["performed"])
        if named or (performed and (lex.first("implants", sentence.norm)
                                    or _OPERATIVE.search(_PRE_OP.sub(" ", sentence.norm)))):
            out.append(sentence)
    return out


def implants_in(ops: list[Sentence], lex: Lexicon) -> list[str]:
    """Catalogue implants named in operation sentences; a longer name's span is not reused."""
    found: list[tuple[int, str]] = []
    for k, sentence in enumerate(ops):
        # hardware taken out (`демонтаж аппарата Илизарова`) was placed in another operation
        taken: list[tuple[int, int]] = [
            (at, at + len(c)) for c in sentence.clauses
            if _REMOVAL.search(c) and (at := sentence.norm.find(c)) >= 0]
        for start, end, code in lex.spans("implants", sentence.norm):
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            found.append((k * 100_000 + start, code))
    codes = list(dict.fromkeys(code for _, code in sorted(found)))
    # "NexGen ... (Zimmer)": the brand alone is the same implant as its named model
    return [c for c in codes if not any(o != c and o.startswith(c + " ") for o in codes)]


def _final_stage(sentence: Sentence) -> tuple[str, list[str]]:
    """The part of a sentence after its second-stage marker, when it holds both stages (a
    theatre card's rows read as one sentence: `1-й этап | … аппарат Илизарова … 2-й этап |
    … накостный остеосинтез`): the definitive operation is there."""
    second = _SECOND_STAGE.search(sentence.norm)
    if not second or not _FIRST_STAGE.search(sentence.norm, 0, second.start()):
        return sentence.norm, list(sentence.clauses)
    tail = sentence.norm[second.end():]
    return tail, [c for c in re.split(r"[,;]", tail) if c.strip()]


def procedure_of(ops: list[Sentence], implants: list[str], lex: Lexicon) -> str | None:
    """The listed procedure of the first operation sentence that names one."""
    def says(kind: str, sentence: Sentence) -> bool:
        return any(p.search(sentence.norm) for p in lex.tables["operation"][kind])

    for sentence in ops:
        if says("outside", sentence):
            return None  # hemiarthroplasty, resection, suture: an operation not in the list
        norm, clauses = _final_stage(sentence)
        # "демонтаж АВФ, БИОС": hardware taken out is not the procedure done
        code = lex.first("procedure", " , ".join(
            c for c in clauses if not _REMOVAL.search(c))) if _REMOVAL.search(
            norm) else lex.first("procedure", norm)
        if code == "intramedullary_nailing" and says("wires_only", sentence) \
                and not _NAIL.search(sentence.norm):
            return None  # K-wires passed inside the bone are a pinning, not a nail
        if code:
            return code
        if says("wires_only", sentence):
            return None
        if _GENERIC_OSTEOSYNTHESIS.search(sentence.norm):
            kinds = {IMPLANT_KIND[i] for i in implants_in([sentence], lex) if i in IMPLANT_KIND}
            if len(kinds) == 1:
                return kinds.pop()
    return None


def operation_fields(sents: list[Sentence], lex: Lexicon) -> dict[str, Any]:
    """procedure, procedure_text, implants, anesthesia, blood_loss_ml (None: no operation)."""
    planned = plan_sections(sents)
    ops = operation_sentences(sents, lex, planned)
    row: dict[str, Any] = dict.fromkeys(
        ("procedure", "procedure_text", "implants", "anesthesia", "blood_loss_ml"))
    if not ops:
        return row
    staged = [i for i, s in enumerate(sents) if s in ops and _FIRST_STAGE.search(s.norm)]
    second = [i for i, s in enumerate(sents) if s in ops and _SECOND_STAGE.search(s.norm)]
    # the operation after the last stage-I mention that has one after it (a stage mark can
    # also stand in the implant list, after every operation: `аппарат Илизарова (1-й этап)`)
    start = next((i for k in reversed(staged) for i in range(k + 1, len(sents))
                  if sents[i] in ops), None)
    if staged and second and second[0] > staged[0]:
        start = second[0]  # "Протокол операции (II этап)": the stage-I note ends there
    after: list[Sentence] = sents[start:] if start is not None else []
    if after:  # staged care (fixator first): the definitive operation counts
        ops = [*(s for s in after if s in ops), *(s for s in ops if s not in after)]
    sents = [s for i, s in enumerate(sents) if i not in planned]
    implants = implants_in([s for s in sents if not _is_plan(s, lex, "implants")], lex)
    row["implants"] = implants
    row["procedure"] = procedure_of(ops, implants, lex)
    row["procedure_text"] = ops[0].text[:300]
    usable = [s for s in sents if not _is_plan(s, lex, "anesthesia")]
    later = [s for s in after if not _is_plan(s, lex, "anesthesia")]
    anesthesia = next((code for s in [*ops[:1], *later, *ops, *usable]
                       if (code := lex.first("anesthesia", s.norm))), None)
    row["anesthesia"] = anesthesia if anesthesia != "local" else None
    row["blood_loss_ml"] = _blood_loss(later) or _blood_loss(usable) or _table_blood_loss(
        sents, ops)
    return row


# a label cell with no value: the table was read column by column (labels, then values)
_BLOOD_LABEL = re.compile(r"^(кровопотер\w*|қан (жоғалт|кет)\w*)"
                          r"(\s*/\s*(кровопотер\w*|қан (жоғалт|кет)\w*))?\s*/?$")
# the value cell, last on the operation row: "... проводниковая анестезия 350 мл"
_VOLUME_CELL = re.compile(r"(?<![\d,.–-])\s(\d{2,4})\s*(мл|ml)\.?$")
_NOT_BLOOD = re.compile(r"инфуз|nacl|раствор|р-р|перелит|трансфуз|құю|эритроц|плазм|дренаж|дренірл"
                        r"|тамыр ішіне|внутривен|мг\b")


def _cells(norm: str) -> list[str]:
    return [c.strip(" :.") for c in norm.strip().strip("|").split("|")]


def _column_blood_loss(sents: list[Sentence]) -> int | None:
    """`| Дата | Операция | Анестезия | Кровопотеря |`, then a row: the volume in its column."""
    for head, row in zip(sents, sents[1:], strict=False):
        if head.norm.count("|") < 3 or row.norm.count("|") < 3:
            continue
        labels, values = _cells(head.norm), _cells(row.norm)
        column = next((j for j, c in enumerate(labels) if _BLOOD_LABEL.match(c)), None)
        if column is not None and len(values) == len(labels):
            match = re.fullmatch(r"(\d{2,4})(?:[,.]0)?\s*(мл|ml)", values[column])
            if match:
                return int(match.group(1))
    return None


def _table_blood_loss(sents: list[Sentence], ops: list[Sentence]) -> int | None:
    """Blood loss from a table: a column headed by the label, or a column-read table (a bare
    label cell, the volume ending the row)."""
    column = _column_blood_loss(sents)
    if column is not None:
        return column
    if not any(_BLOOD_LABEL.match(s.norm.strip(" :.|")) for s in sents):
        return None
    values = [int(m.group(1)) for s in ops if (m := _VOLUME_CELL.search(s.norm))
              and not _NOT_BLOOD.search(s.clauses[-1])]
    return values[0] if len(values) == 1 else None


_BLOOD = re.compile(r"(кровопотер\w*|жоғалт\w*|қан кет\w*)[^\d;]{0,20}?(\d{2,4})(?:[,.]0)?"
                    r"\s*(мл|ml)")


_BLOOD_AFTER = re.compile(r"(?<![\d,.])(\d{2,4})(?:[,.]0)?\s*(мл|ml)\s*"
                          r"(қан (жоғалт|кет)\w*|кровопотер)")


def _blood_loss(sents: list[Sentence]) -> int | None:
    """The first stated loss: "кровопотеря 300 мл" or, in Kazakh, "300 мл қан жоғалтты"."""
    for sentence in sents:
        match = _BLOOD.search(sentence.norm)
        if match:
            return int(match.group(2))
        match = _BLOOD_AFTER.search(sentence.norm)
        if match:
            return int(match.group(1))
    return None


def _in_order(lex: Lexicon, table: str, text: str) -> list[str]:
    """Codes found in `text` in the order the text states them (first mention)."""
    return list(dict.fromkeys(code for _, _, code in sorted(lex.spans(table, text))))


_COMPLAINT_END = re.compile(r"anamnesis|анамнез|\ban\b|объективн|status|местно|локальн|при осмотре"
                            r"|жергілікті|объективті|со слов|айтуынша|из анамнеза"
                            r"|(?<!област[иь] )(?<!месте )травм(?!атолог)|жарақат")
# Kazakh puts the complaint word after the list: "ауырсыну, ісіну ... шағымдарымен түсті".
_POSTPOSED = re.compile(r"шағым\w*(мен|ын|ы) (түсті|айтты|жеткізілді|келді|қаралды)"
                        r"|шағымдан(ды|ады|ған|ып)\b|шағым (айт|білдір)\w*")
_HEADING = re.compile(r"^[^a-zа-яёәғқңөұүһі]*$")


# the complaint word, then a statement that there is none or that it lessened
_NO_COMPLAINT = re.compile(r"(жалоб\w*|шағым\w*)\W*(нет|не предъявля|активно не|существенных нет"
                           r"|уменьшил|азай|жоқ|басыл)")


# at most one word between, and not a conjunction: "ауру сезімі және түнгі ауырсыну" is both
_NIGHT_GAP = re.compile(r"^[^\W\d_]*(\s+(?!(и|және|мен|также)\b)[^\W\d_]+)?\s*$")


# A complaint its own clause denies: "ночных болей нет", "отёк не беспокоит", "неустойчивость
# отрицает", "деформации не замечал", "Түнгі ауырсыну жоқ", "Ісіну мазаламайды", "без отёка".
_DENIED_AFTER = re.compile(r"[^;.,:]{0,25}?\b(нет|отрицает|отсутству\w*|не (беспоко|отмеча|замеча"
                           r"|выражен|предъявля|беспокои)\w*|жоқ|байқал?ма\w*|мазалама\w*"
                           r"|сезілме\w*)\b")
_DENIED_BEFORE = re.compile(r"\b(без|нет|отрицает|отсутствует)\s+(\w+\s+)?$")


def _denied(text: str, start: int, end: int) -> bool:
    """True when the clause around a complaint word states that there is none."""
    before = text[max(0, start - 30) : start]
    return bool(_DENIED_AFTER.match(text, end) or _DENIED_BEFORE.search(before))


def _complaint_codes(lex: Lexicon, text: str) -> list[str]:
    """Complaint codes in the order stated; a pain that its neighbour word makes nocturnal
    ("түнде мазалайтын ауырсыну", "ночные боли", "боли по ночам") is night pain only, and a
    complaint its clause denies ("ночных болей нет", "ісіну мазаламайды") is none."""
    spans = sorted(x for x in lex.spans("complaints", text) if not _denied(text, x[0], x[1]))
    nights = [(s, e) for s, e, code in spans if code == "night_pain"]

    def nocturnal(start: int, end: int) -> bool:
        return any(_NIGHT_GAP.match(text[e:start] if e <= start else text[end:s])
                   for s, e in nights)

    return list(dict.fromkeys(code for s, e, code in spans
                              if code != "pain" or not nocturnal(s, e)))


_PRESENTING = re.compile(r"при (обращени|поступлени|первичн)|түскен кезде|келген кезде"
                         r"|қаралған кезде")


def complaints_of(sents: list[Sentence], lex: Lexicon,
                  labelled_only: bool = False) -> tuple[list[str] | None, str]:
    """Codes of the first complaint statement (a bare heading takes the lines after it).

    `labelled_only`: only a statement labelled as the presenting complaints ("Жалобы при
    обращении") counts, as on a card whose first visit follows a hospital stay.
    """
    for k, sentence in enumerate(sents):
        marker = _COMPLAINT.search(sentence.norm)
        if not marker or _AFTER_SURGERY.search(sentence.norm):
            continue  # admission complaints only, not a round after the operation
        if labelled_only and not _PRESENTING.search(sentence.norm[:marker.end() + 30]):
            continue
        if _NO_COMPLAINT.match(sentence.norm, marker.start()):
            continue  # "жалоб нет", "шағымдары азайған": no complaint is stated here
        post = _POSTPOSED.search(sentence.norm)
        if post and _complaint_codes(lex, sentence.norm[:post.start()]):
            # "... ауырсынуға, ісінуге шағымданды": the list stands before the verb (and may
            # hold another complaint word, "түнде мазалайтын ауырсыну")
            codes = _complaint_codes(lex, sentence.norm[:post.start()])
            return codes, " ".join(s.text for s in sents[k:k + 6])
        text = sentence.norm[marker.start():]
        for follow in sents[k + 1:k + 4]:
            if len(text) > 60 or _HEADING.match(follow.text) or _COMPLAINT_END.search(
                    follow.norm[:30]):
                break
            text += " " + follow.norm
        end = _COMPLAINT_END.search(text, 6)
        text = text[:end.start()] if end else text
        if _POSTPOSED.match(text):
            text = sentence.norm[:marker.start()]
        codes = _complaint_codes(lex, text)
        if codes:
            return codes, " ".join(s.text for s in sents[k:k + 6])
    return None, ""


# "Вид травмы: бытовая": the form's category of the injury, not how it happened
_CATEGORY = re.compile(r"^(вид|характер|тип) травмы\s*:\s*[\w-]+\.?$|^жарақат (түрі|сипаты)"
                       r"\s*:\s*[\w-]+\.?$")


# the life history tells old injuries: "Өмір анамнезі: 2018 жылы ЖКО ...", "An. vitae: в 2014 г."
_PAST_HISTORY = re.compile(r"анамнез (жизни|vitae)|anamnesis vitae|өмір анамнез"
                           r"|\b(19|20)\d\d\s*жылы\b(?!\s*\d)|\bв (19|20)\d\d\s*г")


def mechanism_of(sents: list[Sentence], lex: Lexicon) -> str | None:
    """Mechanism from trauma sentences (the first that states one).

    A form's injury category ("Вид травмы: бытовая") only when no sentence tells how it
    happened: a fall from a ladder at home is a fall from height.
    """
    fallback = None
    for sentence in sents:
        for text in _table_rows(sentence.norm):
            if _TRAUMA.search(text) and not re.search(r"рекоменд|ұсын", text) \
                    and not _PAST_HISTORY.search(text):
                code = lex.first("mechanism", text)
                if code and _CATEGORY.match(text):
                    fallback = fallback or code
                elif code:
                    return code
    return fallback


_ROW_BREAK = re.compile(r"\|\s*\|")


def _table_rows(norm: str) -> list[str]:
    """A form table read as one sentence, split back into its rows (`| анамнез | … |`), each
    judged alone: a recommendation row or an old injury's row says nothing of the others."""
    if norm.count("|") < 4:
        return [norm]
    rows = [r.strip(" |") for r in _ROW_BREAK.split(norm)]
    return [r.replace(" | ", ": ", 1) for r in rows if r]


def aftercare_fields(sents: list[Sentence], lex: Lexicon,
                     last_visit: list[Sentence] | None = None) -> dict[str, Any]:
    """Rehabilitation, restrictions (+ weight-bearing weeks) and the follow-up visit.

    On a multi-visit card (`last_visit` given) the measures of every visit count, but the
    control interval is the one the last visit sets; earlier ones were interim.
    """
    row: dict[str, Any] = {}
    plan = [s for s in sents if not _ANAMNESIS.search(s.norm)]
    rehab = [c for s in plan for c in _in_order(lex, "rehabilitation", s.norm)]
    rehab_sents = [s.text for s in plan if lex.all("rehabilitation", s.norm)]
    row["rehabilitation"] = list(dict.fromkeys(rehab)) or None
    row["rehabilitation_text"] = " ".join(rehab_sents)[:500] or None
    limits = [s for s in plan if lex.all("restrictions", s.norm)]
    codes = [c for s in limits for c in _in_order(lex, "restrictions", s.norm)]
    row["restrictions"] = list(dict.fromkeys(codes)) or None
    row["restrictions_text"] = " ".join(s.text for s in limits)[:500] or None
    row["weight_bearing_weeks"] = _bearing_weeks(limits, lex)
    row["follow_up_weeks"] = row["follow_up_note"] = None
    if last_visit is not None:
        plan = [s for s in last_visit if not _ANAMNESIS.search(s.norm)]
    for sentence in plan:
        for clause in sentence.clauses:
            if _FOLLOW.search(clause) and not lex.all("restrictions", clause) \
                    and not re.search(r"шв|тігіс|сутк|тәулік", clause):
                value = weeks(clause)
                if value:
                    row["follow_up_weeks"], row["follow_up_note"] = value, sentence.text[:300]
                    return row
    return row


_DOSE = re.compile(r"\d\s*(мг|мл|ед|mg|ml)\b|р/д|раз|рет\b|тәулік")


def _bearing_weeks(limits: list[Sentence], lex: Lexicon) -> int | None:
    """Weeks written in the clause of a weight-bearing restriction.

    Else a bare duration just before it ("6 нед. — без нагрузки") or the clause just after
    it ("без нагрузки, 6 недель"), never a drug course ("эноксапарин 0,4 мл 4 нед.") or the
    next control visit ("без нагрузки; R-контроль через 2 нед.").
    """
    bearing = ("no_weight_bearing", "partial_weight_bearing")
    for sentence in limits:
        clauses = sentence.clauses
        for i, clause in enumerate(clauses):
            if any(lex.any("restrictions", code, clause) for code in bearing):
                value = weeks(clause)
                before = clauses[i - 1].split(":")[-1] if i else ""  # after a label
                if value is None and len(before) < 20 and not lex.all("restrictions", before):
                    value = weeks(before)
                if value is None and i + 1 < len(clauses) \
                        and not lex.all("restrictions", clauses[i + 1]) \
                        and not _DOSE.search(clauses[i + 1]) \
                        and not _FOLLOW.search(clauses[i + 1]):  # "R-контроль через 2 нед."
                    value = weeks(clauses[i + 1])
                if value:
                    return value
    return None
