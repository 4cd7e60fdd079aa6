"""Build one synthetic case history: sections -> pages of the drawn length -> PDF + truth.

Page count is hit exactly by filling the gap between the operative report and the discharge
summary with dated daily entries (doctor, nurses, labs, medication sheets), as long real
records do. Short records drop optional sections instead.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, replace
from datetime import timedelta
from types import ModuleType

from medadapt.records import SynthTruth, TruthSpan
from medadapt.synth import sections_kk, sections_ru
from medadapt.synth.context import DEPARTMENTS, Ctx, build_context
from medadapt.synth.layout import (
    BODY_WIDTH,
    SLOTS_PER_PAGE,
    Block,
    Line,
    Paginator,
    block_lines,
    finish_pdf,
    new_document,
    page_text,
    para,
    render_page,
    replace_with_scan,
    text_width,
    wrap,
)

FRONT = ("admission", "anamnesis", "examination", "imaging", "operative")
BACK = ("discharge", "follow_up", "rehabilitation")
DROP_ORDER = ("rehabilitation", "follow_up", "imaging", "anamnesis", "examination")
MODULES: dict[str, ModuleType] = {"ru": sections_ru, "kk": sections_kk}


@dataclass(frozen=True)
class RecordSpec:
    """Where and how one record is generated; everything else comes from its own RNG."""

    seed: int
    index: int
    patient_id: str
    center: str
    language: str
    pages: tuple[int, int]
    scanned: bool
    pdf_relpath: str
    style: str = "long_history"


def record_rng(seed: int, index: int, purpose: str = "content") -> random.Random:
    """Stable per-record RNG: string seeds are hashed with SHA-512 by `random`, not `hash()`."""
    return random.Random(f"medadapt-synth/v1/{seed}/{index}/{purpose}")


def section_languages(lang: str, rng: random.Random) -> dict[str, str]:
    """Mixed records switch language per section, always using both languages."""
    names = FRONT + BACK
    if lang != "mixed":
        return {n: lang for n in names}
    while True:
        chosen = {n: rng.choice(["ru", "kk"]) for n in names}
        if len(set(chosen.values())) == 2:
            return chosen


def _header(ctx: Ctx, lang: str) -> list[Line]:
    """Running header: hospital line, then the patient line (planted identifiers)."""
    rng = ctx.rng
    hosp = ctx.hospital[1] if lang == "kk" else ctx.hospital[0]
    dept = DEPARTMENTS[1] if lang == "kk" else DEPARTMENTS[0]
    first = f"{hosp} · {dept}"
    if text_width(first, 8.0) > BODY_WIDTH:
        first = hosp
    name = ctx.name(ctx.patient, "kk" if lang == "kk" else "ru",
                    rng.choice(["caps", "after", "upper", "before"]))
    options = {
        "ru": [("ИБ № ", ctx.record(), " | Пациент: ", name),
               (name, ", история болезни № ", ctx.record()),
               ("Медкарта № ", ctx.record(), " — ", name, ", д.р. ", ctx.date(ctx.birth, "ru"))],
        "kk": [("Медициналық карта № ", ctx.record(), " | Науқас: ", name),
               (name, " · ауру тарихы № ", ctx.record())],
        "mixed": [("ИБ / Ауру тарихы № ", ctx.record(), " · ", name),
                  (name, " · ИБ № ", ctx.record())],
    }[lang]
    second = para(*rng.choice(options), style="small")
    return [Line(first, "small"), *wrap(second, BODY_WIDTH)]


def _footer(lang: str, rng: random.Random) -> str:
    return rng.choice({
        "ru": ["Стр. {i} из {n}", "Страница {i}", "— {i} —", "лист {i} из {n}"],
        "kk": ["{i}-бет", "Бет {i} / {n}", "{n} беттің {i}-беті"],
        "mixed": ["Стр. {i} из {n} / {i}-бет", "{i}-бет · стр. {i}"],
    }[lang])


def _sections(ctx: Ctx, names: tuple[str, ...], langs: dict[str, str]) -> dict[str, Block]:
    return {n: getattr(MODULES[langs[n]], n)(ctx) for n in names}


def _lines(blocks: list[Block]) -> list[tuple[Line, bool]]:
    return [item for block in blocks for item in block_lines(block)]


def _day_blocks(ctx: Ctx, day: int) -> list[Block]:
    d = ctx.case.admission + timedelta(days=day)
    lang = ctx.lang if ctx.lang != "mixed" else ctx.rng.choice(["ru", "kk"])
    return MODULES[lang].day_entries(ctx, d, day)


def _slots_per_day(ctx: Ctx) -> float:
    """Measured on a few probe days drawn from a throwaway RNG (keeps the main stream intact)."""
    probe = replace(ctx, rng=random.Random(ctx.rng.random()), extra=dict(ctx.extra))
    slots = sum(len(block_lines(b)) for day in range(6) for b in _day_blocks(probe, day))
    return max(slots / 6, 1.0)


def _fill_days(ctx: Ctx, pag: Paginator, back: list[tuple[Line, bool]], target: int) -> None:
    """Add dated daily entries until one more would push the record past `target` pages.

    If the stay runs out first, the last hospital day gets extra nurse notes and lab panels,
    so the page count is still met exactly without dates past discharge.
    """
    case, day = ctx.case, 0
    last = (case.discharge - case.admission).days - 1
    while True:
        if day <= last:
            blocks = _day_blocks(ctx, day)
        else:
            module = MODULES["kk" if ctx.lang == "kk" else "ru"]
            blocks = module.extra_entries(ctx, case.discharge - timedelta(days=1))
        for block in blocks:
            items = block_lines(block)
            if pag.pages_if_added(items + back) > target:
                return
            pag.add_lines(items)
        day += 1


def layout_record(ctx: Ctx, target: int) -> tuple[list[list[Line]], list[str]]:
    """Body lines per page and the sections kept, for exactly `target` pages when possible."""
    langs = section_languages(ctx.lang, ctx.rng)
    front = _sections(ctx, FRONT, langs)
    front_slots = len(_lines(list(front.values())))
    need = max(0, target * SLOTS_PER_PAGE - front_slots - 60)
    stay = max((ctx.case.discharge - ctx.case.admission).days,
               (ctx.case.surgery - ctx.case.admission).days + 2,
               int(need / _slots_per_day(ctx)) + 2)
    ctx.case.discharge = ctx.case.admission + timedelta(days=stay)
    back = _sections(ctx, BACK, langs)
    kept = list(FRONT + BACK)
    sections = {**front, **back}
    while True:
        pag = Paginator()
        pag.add_lines(_lines([sections[n] for n in kept if n in FRONT]))
        back_lines = _lines([sections[n] for n in kept if n in BACK])
        if pag.pages_if_added(back_lines) <= target or not set(DROP_ORDER) & set(kept):
            break
        kept.remove(next(n for n in DROP_ORDER if n in kept))
    _fill_days(ctx, pag, back_lines, target)
    pag.add_lines(back_lines)
    return pag.finish(), kept


def _truth_spans(pages: list, kind: str) -> list[TruthSpan]:
    out = []
    for p, page in enumerate(pages):
        for start, end, tok in page.spans:
            if tok.kind == kind:
                out.append(TruthSpan(label=tok.label, page=p, start=start, end=end,
                                     text=tok.text, entity=tok.entity, person_id=tok.person_id))
    return out


def build_record(spec: RecordSpec) -> tuple[bytes, SynthTruth]:
    """Generate one record's PDF bytes and its ground truth."""
    rng = record_rng(spec.seed, spec.index)
    target = rng.randint(*spec.pages)
    ctx = build_context(rng, spec.language, spec.center, spec.patient_id)
    all_pages, kept = layout_record(ctx, target)
    body_pages = all_pages[:target]
    header = _header(ctx, spec.language)
    footer_fmt = _footer(spec.language, rng)
    n = len(body_pages)
    doc = new_document()
    rendered = []
    for i, body in enumerate(body_pages):
        footer = [Line(footer_fmt.format(i=i + 1, n=n), "small")]
        rendered.append(page_text(header, body, footer))
        render_page(doc, header, body, footer)
    scanned = []
    if spec.scanned:
        scanned = [record_rng(spec.seed, spec.index, "scan").randrange(n)]
        replace_with_scan(doc, scanned[0])
    pdf = finish_pdf(doc, title="Медицинская карта")
    doc.close()
    facts = ctx.case.facts() | {
        "language": spec.language, "age": ctx.age, "sex": "M" if ctx.patient.male else "F",
        "diagnosis_pre": ctx.extra.get("diagnosis_pre"),
        "diagnosis_post": ctx.extra.get("diagnosis_post"),
        "sections": kept, "truncated": len(all_pages) > n,
    }
    truth = SynthTruth(
        patient_id=spec.patient_id, center=spec.center, language=spec.language,
        pdf=spec.pdf_relpath, sha256=hashlib.sha256(pdf).hexdigest(), n_pages=n,
        scanned_pages=scanned, pages=[r.text for r in rendered],
        identifiers=_truth_spans(rendered, "phi"),
        clinical_terms=_truth_spans(rendered, "term"), facts=facts,
    )
    return pdf, truth
