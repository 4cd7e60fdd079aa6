"""Render the review page: one self-contained HTML file (inline CSS and JS, no network).

Every piece of text on the page is HTML-escaped de-identified output; the page is never given
a source path, a patient key or an original value, so it cannot show one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from medadapt.review.assets import LABEL_COLOURS, OTHER_COLOUR, SCRIPT, STYLE
from medadapt.review.sample import Mark, Passage
from medadapt.review.summary import CorpusSummary

__all__ = ["PageContext", "render_marked", "render_page"]

CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
       "img-src data:; form-action 'none'; base-uri 'none'")
VERDICTS = (("ok", "No problem"), ("missed", "Identifier missed here"),
            ("over_masked", "Over-masked here"))


@dataclass
class PageContext:
    """What the page needs besides the passages: settings and what the input lacked."""

    seed: int
    sample_size: int
    passage_chars: int
    review_id: str
    missing_columns: Sequence[str]


def _colour(label: str) -> str:
    return LABEL_COLOURS.get(label, OTHER_COLOUR)


def _flagged_text(text: str, a: int, b: int, flags: Sequence[Mark]) -> str:
    """text[a:b] escaped, with the audit-flagged parts wrapped."""
    out, pos = [], a
    for flag in flags:
        start, end = max(flag.start, pos), min(flag.end, b)
        if start >= end:
            continue
        out.append(escape(text[pos:start]))
        kind = escape(flag.label)
        out.append(f'<span class="flagged" data-kind="{kind}" title="audit: {kind}">'
                   f"{escape(text[start:end])}</span>")
        pos = end
    out.append(escape(text[pos:b]))
    return "".join(out)


def render_marked(text: str, spans: Sequence[Mark], flags: Sequence[Mark]) -> str:
    """Passage text with each replaced span in a label-coloured <mark> and each audit flag in a
    dashed box; spans are the outer elements so a label tag is shown once per span."""
    flags = sorted(flags)
    out, pos = [], 0
    for span in sorted(spans):
        if span.start < pos:
            continue  # overlapping spans break the contract; show the first, not both
        out.append(_flagged_text(text, pos, span.start, flags))
        label = escape(span.label)
        out.append(f'<mark class="phi" data-label="{label}" title="replaced: {label}" '
                   f'style="background:{_colour(span.label)}">'
                   f"{_flagged_text(text, span.start, span.end, flags)}</mark>")
        pos = span.end
    out.append(_flagged_text(text, pos, len(text), flags))
    return "".join(out)


def _table(title: str, rows: Sequence[tuple[str, object]], empty: str = "none") -> str:
    body = "".join(f'<tr><td>{escape(str(k))}</td><td class="n">{escape(str(v))}</td></tr>'
                   for k, v in rows) or f'<tr><td colspan="2">{escape(empty)}</td></tr>'
    return f"<div><h2>{escape(title)}</h2><table>{body}</table></div>"


def _summary_html(s: CorpusSummary) -> str:
    corpus = [("files", sum(s.files_by_status.values())), ("documents (ok)", s.documents),
              ("pages", s.pages), ("OCR pages", s.pages_ocr), ("replaced spans", s.replaced_spans)]
    if s.leak_scan_findings is not None:
        corpus.append(("ingest leak-scan findings", s.leak_scan_findings))
    corpus += [(f"center {c}", n) for c, n in s.centers.items()]
    labels = (list(s.spans_by_label.items()) if s.spans_by_label is not None
              else [("per label", "unavailable (no phi_spans)")])
    audit = (list(s.audit_by_kind.items()) if s.audit_by_kind is not None
             else [("residual-risk tokens", "audit not run (no audit_flags)")])
    return ('<section class="card" id="summary"><div class="grid">'
            + _table("Files by status", list(s.files_by_status.items()))
            + _table("Corpus", corpus) + _table("Replaced spans per label", labels)
            + _table("Audit: residual-risk tokens", audit, empty="0 flagged") + "</div></section>")


def _notices(ctx: PageContext) -> str:
    out = []
    if "phi_spans" in ctx.missing_columns:
        out.append("<b>Replaced spans unavailable.</b> This ingest output has no "
                   "<code>phi_spans</code> column, and surrogates cannot be told apart from "
                   "original text afterwards, so nothing below is marked. Re-run "
                   "<code>medadapt ingest</code> with a version that writes the column.")
    if "audit_flags" in ctx.missing_columns:
        out.append("<b>No audit flags.</b> This ingest output has no <code>audit_flags</code> "
                   "column, so no residual-risk token is highlighted.")
    return "".join(f'<div class="warn">{m}</div>' for m in out)


def _options(name: str, values: Sequence[str], labels: Sequence[str] | None = None) -> str:
    shown = labels or values
    opts = "".join(f'<option value="{escape(v)}">{escape(t)}</option>'
                   for v, t in zip(values, shown, strict=True))
    return f'<select id="{name}">{opts}</select>'


def _controls(passages: Sequence[Passage], ctx: PageContext) -> str:
    labels = Counter(m.label for p in passages for m in p.spans)
    centers = sorted({p.center for p in passages})
    legend = "".join(f'<span class="chip" style="background:{_colour(lab)}">{escape(lab)} '
                     f"({n})</span>" for lab, n in sorted(labels.items()))
    legend += '<span class="chip flagged">audit-flagged token</span>'
    label_filter = _options("filter-label", ["", *sorted(labels)], ["any label", *sorted(labels)])
    return (
        '<section class="card" id="controls"><h2>Sampled passages</h2><div class="controls">'
        '<label>Search <input type="search" id="search" placeholder="text in passage"></label>'
        f"<label>Label {label_filter}</label>"
        f"<label>Center {_options('filter-center', ['', *centers], ['all centers', *centers])}"
        "</label><label>Flag "
        + _options("filter-flag", ["", "flagged", "unflagged"], ["all", "audit-flagged",
                                                                 "not flagged"])
        + "</label><label>Review "
        + _options("filter-verdict", ["", "unreviewed", "ok", "missed", "over_masked"],
                   ["all", "not reviewed", "no problem", "missed", "over-masked"])
        + '</label><span id="visible-count"></span></div>'
        f'<div class="legend">{legend}</div>'
        f'<p class="small">Seed {ctx.seed}; up to {ctx.sample_size} passages of about '
        f"{ctx.passage_chars} characters per center and language, plus every audit-flagged "
        'passage. <span id="progress"></span></p></section>')


def _passage_html(p: Passage) -> str:
    pid = escape(p.passage_id)
    radios = "".join(f'<label><input type="radio" name="verdict-{pid}" value="{v}"> {t}</label>'
                     for v, t in VERDICTS)
    badge = ('<span class="badge">random sample</span>' if p.in_sample
             else '<span class="badge flag">audit-flagged</span>')
    if p.flags:
        kinds = ", ".join(sorted({escape(m.label) for m in p.flags}))
        badge += f' <span class="badge flag">{len(p.flags)} audit flag(s): {kinds}</span>'
    return (
        f'<article class="passage" id="p-{pid}" data-passage-id="{pid}" '
        f'data-doc-id="{escape(p.doc_id)}" data-center="{escape(p.center)}" '
        f'data-language="{escape(p.language)}" data-labels="{escape(" ".join(p.labels))}" '
        f'data-flagged="{1 if p.flags else 0}" data-in-sample="{1 if p.in_sample else 0}">'
        f'<div class="meta"><span>doc <code>{escape(p.doc_id[:12])}</code></span>'
        f"<span>{escape(p.center)}</span><span>language {escape(p.language)}</span>"
        f"<span>page {p.page}</span><span>{len(p.spans)} replaced</span>{badge}</div>"
        f'<div class="text">{render_marked(p.text, p.spans, p.flags)}</div>'
        f'<div class="verdict">{radios}<input class="note" type="text" maxlength="300" '
        'placeholder="note: where, not what (never type the identifier)">'
        '<button type="button" class="clear plain">clear</button></div></article>')


def _export_html() -> str:
    return (
        '<section class="card" id="export-card"><h2>Sign-off and export</h2>'
        '<p class="small">Decisions are kept in this browser (localStorage) until exported. '
        "Notes must describe where a problem is, never repeat an identifier. "
        "Read the export back with <code>medadapt review --decisions FILE</code>.</p>"
        '<div class="controls"><label>Reviewer <input id="reviewer" type="text" maxlength="120">'
        '</label><button type="button" id="export">Export decisions (JSON)</button>'
        '<span id="export-status" class="small"></span></div>'
        '<textarea id="export-json" readonly hidden></textarea></section>')


def render_page(summary: CorpusSummary, passages: Sequence[Passage], ctx: PageContext) -> str:
    """The whole page as one string."""
    items = "".join(_passage_html(p) for p in passages) or "<p>No passages.</p>"
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>medadapt privacy review</title><style>{STYLE}</style></head>"
        f'<body data-seed="{ctx.seed}" data-sample-size="{ctx.sample_size}" '
        f'data-review-id="{escape(ctx.review_id)}">'
        '<header class="top"><h1>Privacy review: de-identified corpus</h1>'
        "<p>Built only from de-identified ingest output. Mark each passage, then export "
        "the decisions for sign-off.</p></header><main>"
        + _summary_html(summary) + _notices(ctx) + _controls(passages, ctx)
        + f'<section id="passages">{items}</section>' + _export_html()
        + f"</main><script>{SCRIPT}</script></body></html>")
