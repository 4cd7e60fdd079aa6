"""Lay out and render one styled record (see `styles.py`): items -> paragraphs -> PDF + truth."""

from __future__ import annotations

import hashlib
import random

from medadapt.records import SynthTruth
from medadapt.synth.clinical import MECHANISMS, REHAB
from medadapt.synth.context import Ctx, build_context
from medadapt.synth.layout import (
    Line,
    Paginator,
    Para,
    block_lines,
    finish_pdf,
    new_document,
    page_text,
    para,
    render_page,
)
from medadapt.synth.phrases import STYLE_LANGUAGE
from medadapt.synth.record import RecordSpec, _footer, _header, _truth_spans, record_rng
from medadapt.synth.styles import (
    abbreviate,
    complaints_text,
    diagnosis_text,
    draw_plan,
    follow_text,
    item_language,
    labels,
    operation_text,
    restriction_text,
    stated_facts,
)

Item = tuple[str, str, list[str]]  # (item key, language, sentences)
LETTER_LEADS = {"diagnosis": "Пациент находился на стационарном лечении с диагнозом: ",
                "complaints": "При поступлении беспокоили ", "anamnesis": "Со слов пациента, ",
                "operation": "Выполнено оперативное вмешательство — ",
                "plan": "Рекомендовано: "}


def _items(ctx: Ctx, style: str, plan, rng: random.Random) -> tuple[list[Item], list[str]]:
    """Every stated item with its language; extra ICD codes the text wrote."""
    case, s = ctx.case, plan.stated
    items: list[Item] = []
    extra: list[str] = []
    lang = item_language(style, rng, "ru")
    items.append(("diagnosis", lang, [diagnosis_text(case, plan, lang, rng)]))
    if plan.comorbidity:
        items.append(("comorbidity", lang, ["Қосалқы: АГ II дәреже (I10)" if lang == "kk" else
                                            "Сопутствующий: ГБ II ст. (I10)"]))
    if "complaints" in s:
        lang = item_language(style, rng)
        items.append(("complaints", lang, [complaints_text(case, lang, case.region(lang))]))
    anamnesis = []
    lang = item_language(style, rng)
    if "mechanism" in s and case.mechanism:
        anamnesis.append(MECHANISMS[case.mechanism][1 if lang == "kk" else 0])
    if plan.history:
        anamnesis.append("Бұрын жарақат пен ота болмаған" if lang == "kk" else
                         "В 2019 г. перенес артроскопию коленного сустава")
    if anamnesis:
        items.append(("anamnesis", lang, anamnesis))
    lang = item_language(style, rng)
    items.append(("operation", lang, operation_text(case, plan, lang, rng)))
    if not plan.conservative and rng.random() < 0.5:  # a round after surgery: not admission
        items.append(("course", lang, ["Отадан кейін: отадан кейінгі жара аймағында орташа "
                                       "ауырсыну" if lang == "kk" else
                                       "На 2-е сутки: жалобы на умеренные боли в области п/о "
                                       "раны, отёк умеренный"]))
    if plan.complication and not plan.conservative:
        if lang == "ru":
            other = "левой" if case.side == "right" else "правой"
            items.append(("complication", lang, [f"Послеоперационный период осложнился "
                                                 f"тромбозом глубоких вен {other} голени "
                                                 f"(I80.2), проведена терапия"]))
            extra.append("I80.2")
        else:
            items.append(("complication", lang, ["Отадан кейінгі кезең асқынусыз өтті"]))
    lang = item_language(style, rng, "kk")
    plan_text = []
    if "rehab" in s and case.rehab:
        plan_text.append("; ".join(REHAB[c][1 if lang == "kk" else 0] for c in case.rehab))
    if "restrictions" in s and case.restrictions:
        plan_text.append(restriction_text(case, lang, rng))
    if "follow" in s:
        plan_text.append(follow_text(case, lang, rng))
    if plan_text:
        items.append(("plan", lang, plan_text))
    return items, extra


def _sentence(text: str) -> str:
    text = text.strip().rstrip(".")
    text = text[0].upper() + text[1:]
    return text + "."


def _paras(ctx: Ctx, style: str, items: list[Item], plan) -> list[Para]:
    """One style's arrangement of the items."""
    names = labels(style)
    out = [para(names["title"], style="h1", keep=True)]
    lang = STYLE_LANGUAGE[style] if STYLE_LANGUAGE[style] != "mixed" else "ru"
    who = "Науқас: " if lang == "kk" else "Пациент: "
    out.append(para(who, ctx.name(ctx.patient, lang), ", № ", ctx.record()))
    if style == "discharge_letter":
        leads = {**LETTER_LEADS, "operation": "" if plan.conservative else
                 LETTER_LEADS["operation"]}
        body = " ".join(_sentence(leads.get(key, "") + "; ".join(texts))
                        for key, _, texts in items)
        return [*out, para(body)]
    for key, _, texts in items:
        label = names.get(key)
        if style == "abbreviated_note":
            texts = [abbreviate(t) for t in texts]
        joined = "; ".join(texts) if key != "plan" else " ".join(_sentence(t) for t in texts)
        if style == "his_printout" and label:
            out.append(para(label))  # a form table: the label cell, then the value cell
            out.append(para(_sentence(joined)))
        elif label:
            out.append(para(f"{label}: {_sentence(joined)}"))
        else:
            out.append(para(_sentence(joined)))
        if key == "operation" and style == "one_line_form" and plan.same_post \
                and not plan.conservative:
            out.append(para("Диагноз после операции: тот же."))
    return out


def build_styled_record(spec: RecordSpec, style: str) -> tuple[bytes, SynthTruth]:
    """Generate one short record in `style`: PDF bytes and exact truth."""
    rng = record_rng(spec.seed, spec.index)
    lang = STYLE_LANGUAGE[style]
    ctx = build_context(rng, lang, spec.center, spec.patient_id)
    plan = draw_plan(ctx.case, rng)
    items, extra_codes = _items(ctx, style, plan, rng)
    pag = Paginator()
    for p in _paras(ctx, style, items, plan):
        pag.add_lines(block_lines([p]))
    pages = pag.finish()
    header = _header(ctx, lang)
    footer_fmt = _footer(lang, rng)
    doc = new_document()
    rendered = []
    for i, body in enumerate(pages):
        footer = [Line(footer_fmt.format(i=i + 1, n=len(pages)), "small")]
        rendered.append(page_text(header, body, footer))
        render_page(doc, header, body, footer)
    pdf = finish_pdf(doc, title="Медицинская карта")
    doc.close()
    facts = stated_facts(ctx.case, plan) | {
        "language": lang, "style": style, "age": ctx.age,
        "sex": "M" if ctx.patient.male else "F", "diagnosis_pre": None, "diagnosis_post": None,
        "sections": [], "truncated": False}
    facts["icd10"] = facts["icd10"] + extra_codes
    truth = SynthTruth(
        patient_id=spec.patient_id, center=spec.center, language=lang, pdf=spec.pdf_relpath,
        sha256=hashlib.sha256(pdf).hexdigest(), n_pages=len(pages), scanned_pages=[],
        pages=[r.text for r in rendered], identifiers=_truth_spans(rendered, "phi"),
        clinical_terms=_truth_spans(rendered, "term"), facts=facts)
    return pdf, truth
