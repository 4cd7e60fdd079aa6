"""The review page's inline CSS and vanilla JS. Inline only: the page must open on an offline
hospital workstation and must never fetch anything (a Content-Security-Policy forbids it)."""

from __future__ import annotations

__all__ = ["LABEL_COLOURS", "OTHER_COLOUR", "SCRIPT", "STYLE"]

# Pastel backgrounds that keep dark text readable; one per de-identification label.
LABEL_COLOURS: dict[str, str] = {
    "NAME": "#ffd6a5", "IIN": "#caffbf", "PHONE": "#9bf6ff", "EMAIL": "#a0c4ff",
    "DATE": "#d9d2ff", "ADDRESS": "#ffc6ff", "RECORD_ID": "#fdffb6", "DOC_ID": "#b9e9d0",
}
OTHER_COLOUR = "#e0e0e0"

STYLE = """
:root { --ink:#1d232a; --muted:#5b6670; --line:#d5dbe1; --bg:#f6f8fa; --flag:#c0392b; }
* { box-sizing: border-box; }
body { margin:0; font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;
  color:var(--ink); background:var(--bg); }
header.top { background:#22313f; color:#fff; padding:14px 24px; }
header.top h1 { margin:0; font-size:21px; }
header.top p { margin:2px 0 0; color:#c9d3dc; font-size:13px; }
main { max-width:1180px; margin:0 auto; padding:16px 24px 48px; }
section.card { background:#fff; border:1px solid var(--line); border-radius:8px; padding:12px 16px;
  margin:0 0 14px; }
h2 { font-size:16px; margin:0 0 8px; }
.grid { display:grid; grid-template-columns:repeat(auto-fit,minmax(220px,1fr)); gap:12px; }
table { border-collapse:collapse; width:100%; font-size:13px; }
td, th { text-align:left; padding:2px 6px; border-bottom:1px solid #eef1f4; }
td.n { text-align:right; font-variant-numeric:tabular-nums; }
.warn { background:#fff4e5; border:1px solid #f0b35b; border-radius:6px; padding:8px 12px;
  margin:0 0 10px; }
.controls { display:flex; flex-wrap:wrap; gap:10px; align-items:center; }
.controls label { font-size:13px; color:var(--muted); }
.controls input[type=search] { width:240px; }
input, select, textarea, button { font:inherit; font-size:14px; }
button { cursor:pointer; border:1px solid #4a6072; background:#2f4858; color:#fff;
  border-radius:5px; padding:4px 12px; }
button.plain { background:#fff; color:var(--ink); border-color:var(--line); }
.legend { display:flex; flex-wrap:wrap; gap:6px; margin-top:8px; font-size:12px; }
.chip { padding:1px 7px; border-radius:10px; border:1px solid rgba(0,0,0,.12); }
#visible-count, #progress { font-size:13px; color:var(--muted); }
article.passage { background:#fff; border:1px solid var(--line); border-left:5px solid #8fa3b3;
  border-radius:8px; margin:0 0 12px; padding:8px 14px 10px; }
article.passage[data-flagged="1"] { border-left-color:var(--flag); }
article.passage[data-verdict="ok"] { border-left-color:#2e8b57; }
article.passage[data-verdict="missed"] { border-left-color:#b00020; background:#fff7f7; }
article.passage[data-verdict="over_masked"] { border-left-color:#8a6d00; background:#fffdf0; }
.meta { font-size:12px; color:var(--muted); display:flex; gap:12px; flex-wrap:wrap; }
.meta code { color:var(--ink); }
.badge { font-size:11px; padding:0 6px; border-radius:8px; background:#e8eef3; color:var(--ink); }
.badge.flag { background:#fde2df; color:var(--flag); }
.text { white-space:pre-wrap; font:14px/1.6 "DejaVu Sans Mono",Menlo,Consolas,monospace;
  margin:6px 0; padding:6px 8px; background:#fbfcfd; border-radius:4px; overflow-wrap:anywhere; }
mark.phi { color:inherit; border-radius:3px; padding:0 1px; }
mark.phi::after { content:attr(data-label); font:600 9px/1 system-ui,sans-serif;
  vertical-align:super; margin-left:2px; color:#44505a; letter-spacing:.02em; }
.flagged { outline:2px dashed var(--flag); outline-offset:1px; background:#ffe9e6;
  text-decoration:underline wavy var(--flag); }
.verdict { display:flex; flex-wrap:wrap; gap:14px; align-items:center; font-size:13px; }
.verdict input.note { flex:1; min-width:240px; padding:2px 6px; }
#export-json { width:100%; height:140px; font:12px monospace; }
#export-json[hidden] { display:none; }
.small { font-size:12px; color:var(--muted); }
"""

SCRIPT = r"""
(function () {
  "use strict";
  const body = document.body;
  const reviewId = body.dataset.reviewId;
  const KEY = "medadapt-review:" + reviewId;
  const passages = Array.from(document.querySelectorAll("article.passage"));
  const $ = (id) => document.getElementById(id);
  let state = {};
  try { state = JSON.parse(localStorage.getItem(KEY) || "{}") || {}; } catch (e) { state = {}; }
  const save = () => { try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) {} };

  function show(p) {
    const d = state[p.dataset.passageId];
    p.dataset.verdict = d && d.verdict ? d.verdict : "";
  }
  function progress() {
    const sampled = passages.filter((p) => p.dataset.inSample === "1");
    const done = sampled.filter((p) => p.dataset.verdict).length;
    const all = passages.filter((p) => p.dataset.verdict).length;
    $("progress").textContent = "Reviewed " + done + " of " + sampled.length +
      " sampled passages (" + all + " passages marked in all).";
  }
  function record(p) {
    const checked = p.querySelector("input[type=radio]:checked");
    const note = p.querySelector("input.note").value.slice(0, 300);
    state[p.dataset.passageId] = { verdict: checked ? checked.value : null, note: note };
    save(); show(p); progress(); applyFilters();
  }
  function matches(p, q, label, center, flag, verdict) {
    if (q && p.querySelector(".text").textContent.toLowerCase().indexOf(q) < 0) return false;
    if (label && (" " + p.dataset.labels + " ").indexOf(" " + label + " ") < 0) return false;
    if (center && p.dataset.center !== center) return false;
    if (flag === "flagged" && p.dataset.flagged !== "1") return false;
    if (flag === "unflagged" && p.dataset.flagged === "1") return false;
    if (verdict === "unreviewed" && p.dataset.verdict) return false;
    if (verdict && verdict !== "unreviewed" && p.dataset.verdict !== verdict) return false;
    return true;
  }
  function applyFilters() {
    const q = $("search").value.trim().toLowerCase();
    const args = [$("filter-label").value, $("filter-center").value, $("filter-flag").value,
                  $("filter-verdict").value];
    let shown = 0;
    passages.forEach((p) => {
      const ok = matches(p, q, ...args);
      p.hidden = !ok;
      if (ok) shown += 1;
    });
    $("visible-count").textContent = shown + " of " + passages.length + " passages shown";
  }
  function decisions() {
    return passages.filter((p) => (state[p.dataset.passageId] || {}).verdict).map((p) => ({
      passage_id: p.dataset.passageId, doc_id: p.dataset.docId, center: p.dataset.center,
      language: p.dataset.language, in_sample: p.dataset.inSample === "1",
      verdict: state[p.dataset.passageId].verdict, note: state[p.dataset.passageId].note || ""
    }));
  }
  function exportDecisions() {
    const payload = {
      version: 1, seed: Number(body.dataset.seed), sample_size: Number(body.dataset.sampleSize),
      review_id: reviewId, reviewer: $("reviewer").value.slice(0, 120),
      exported_at: new Date().toISOString(), decisions: decisions()
    };
    const json = JSON.stringify(payload, null, 2);
    const out = $("export-json");
    out.value = json;
    out.hidden = false;
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([json], { type: "application/json" }));
    a.download = "review-decisions-" + reviewId + ".json";
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 2000);
    $("export-status").textContent = "Exported " + payload.decisions.length + " decisions as " +
      a.download + ".";
  }
  passages.forEach((p) => {
    const d = state[p.dataset.passageId];
    if (d) {
      const r = p.querySelector("input[type=radio][value='" + d.verdict + "']");
      if (r) r.checked = true;
      p.querySelector("input.note").value = d.note || "";
    }
    show(p);
    p.querySelectorAll("input[type=radio]").forEach((r) => r.addEventListener("change",
      () => record(p)));
    p.querySelector("input.note").addEventListener("input", () => record(p));
    p.querySelector("button.clear").addEventListener("click", () => {
      p.querySelectorAll("input[type=radio]").forEach((r) => { r.checked = false; });
      p.querySelector("input.note").value = "";
      delete state[p.dataset.passageId]; save(); show(p); progress(); applyFilters();
    });
  });
  ["search", "filter-label", "filter-center", "filter-flag", "filter-verdict"].forEach((id) => {
    $(id).addEventListener("input", applyFilters);
    $(id).addEventListener("change", applyFilters);
  });
  $("export").addEventListener("click", exportDecisions);
  progress();
  applyFilters();
  body.dataset.ready = "1";
})();
"""
