#!/usr/bin/env python3
"""Render records/<id>.txt to pdf/<style>/<id>.pdf with PyMuPDF (pymupdf.Story + HTML).

Run after build.py, with the project's virtual environment:
    /work/main/.venv/bin/python datasets/fields_heldout7/render.py [--check] [ID ...]

Text conventions in the .txt files (written by build.py):
  * lines starting with "|" are table rows ("| cell | cell |"), rendered as a real <table>;
  * the block before the first blank line is the letterhead;
  * lines starting with a known document title are set as the title;
  * kk_sanatorium_referral: ALL-CAPS lines are section headers;
  * the other two styles: lines ending with ":" are headings;
  * "1. " / "— " lines are set as hanging list items.

--check re-reads every PDF with page.get_text() and verifies that the words of the
.txt (and every Kazakh letter ә ғ қ ң ө ұ ү һ і used) survive the round trip.
"""
import html
import json
import re
import sys
import tempfile
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
KK_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"

STYLES = {
    "ru_private_clinic_epicrisis": dict(
        regular="DejaVuSans.ttf", bold="DejaVuSans-Bold.ttf", size=9.5, page=pymupdf.paper_rect("a4"),
        margins=(50, 44, 50, 60), footer="Стр. {i} из {n}  ·  выписка сформирована в МИС клиники",
        css="""
p {margin: 0 0 3pt 0; line-height: 1.25;}
p.h {font-weight: bold; color: #1f5f8b; margin-top: 7pt; margin-bottom: 2pt; border-bottom: 0.5pt solid #9bbcd4;}
p.title {text-align: center; font-weight: bold; font-size: 12.5pt; margin: 8pt 0 4pt 0; color: #1f5f8b;}
p.lh {text-align: right; font-size: 8pt; color: #1f5f8b; margin: 0;}
p.li {margin-left: 14pt; text-indent: -10pt;}
table {border-collapse: collapse; margin: 3pt 0 5pt 0; font-size: 8.5pt;}
td, th {border: 0.5pt solid #9bbcd4; padding: 1.5pt 5pt; vertical-align: top;}
td.k {background-color: #eef5fa; font-weight: bold;}
th {font-weight: bold; background-color: #d6e6f2;}
"""),
    "kk_sanatorium_referral": dict(
        regular="DejaVuSerif.ttf", bold="DejaVuSerif-Bold.ttf", size=10, page=pymupdf.paper_rect("a4"),
        margins=(60, 52, 56, 60), footer="Бет {i} / {n}",
        css="""
p {margin: 0 0 3pt 0; line-height: 1.25; text-align: justify;}
p.h {font-weight: bold; margin-top: 8pt; margin-bottom: 2pt; font-size: 10pt; text-decoration: underline;}
p.title {text-align: center; font-weight: bold; font-size: 12.5pt; margin: 8pt 0 3pt 0;}
p.lh {text-align: left; font-size: 8.5pt; margin: 0;}
p.li {margin-left: 14pt; text-indent: -10pt;}
table {border-collapse: collapse; width: 100%; margin: 2pt 0 4pt 0; font-size: 9pt;}
td, th {border: 0.6pt solid #333333; padding: 2pt 4pt; vertical-align: top;}
td.k {font-weight: bold;}
th {font-weight: bold; text-align: left; background-color: #eeeeee;}
"""),
    "mixed_insurance_claim": dict(
        regular="DejaVuSansCondensed.ttf", bold="DejaVuSansCondensed-Bold.ttf", size=9, page=pymupdf.paper_rect("a4"),
        margins=(44, 40, 44, 56), footer="Стр. / Бет {i} / {n}   ·   Конфиденциально / Құпия",
        css="""
p {margin: 0 0 2.5pt 0; line-height: 1.2;}
p.h {font-weight: bold; margin-top: 6pt; margin-bottom: 2pt; background-color: #e9e9e9; padding: 1pt 3pt;}
p.title {font-weight: bold; font-size: 11pt; text-align: center; margin: 4pt 0 3pt 0; border-bottom: 0.8pt solid #000;}
p.lh {font-size: 8pt; margin: 0; font-weight: bold;}
p.li {margin-left: 10pt; text-indent: -8pt;}
table {border-collapse: collapse; width: 100%; margin: 2pt 0 4pt 0;}
td, th {border: 0.5pt solid #555555; padding: 1.5pt 3pt; vertical-align: top;}
td.k {background-color: #f2f2f2;}
th {font-weight: bold; background-color: #dddddd; text-align: left;}
"""),
}
TITLES = ("ВЫПИСНОЙ ЭПИКРИЗ", "САНАТОРИЙЛІК-КУРОРТТЫҚ", "МЕДИЦИНАЛЫҚ ОҢАЛТУҒА", "ОҢАЛТУ ОРТАЛЫҒЫНА", "ЗАЯВЛЕНИЕ О СТРАХОВОМ",
          "МЕДИЦИНСКОЕ ЗАКЛЮЧЕНИЕ", "АКТ МЕДИЦИНСКОЙ")


def font_archive():
    """Archive holding the fonts; DejaVu if installed, else PyMuPDF's built-in Noto Sans."""
    if (FONT_DIR / "DejaVuSans.ttf").exists():
        return pymupdf.Archive(str(FONT_DIR)), None
    tmp = tempfile.mkdtemp(prefix="fh_fonts_")
    for name, code in (("regular.ttf", "notos"), ("bold.ttf", "notosbo")):
        Path(tmp, name).write_bytes(pymupdf.Font(code).buffer)
    return pymupdf.Archive(tmp), ("regular.ttf", "bold.ttf")


def is_caps_heading(line):
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and len(line) < 70 and not line.startswith("|")


def to_html(text, style):
    lines = text.rstrip("\n").split("\n")
    out = []
    i = 0
    in_head = True
    while i < len(lines):
        ln = lines[i]
        if not ln.strip():
            in_head = False
            i += 1
            continue
        if ln.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            ncol = max(len(r) for r in rows)
            header = ncol >= 3
            t = ["<table>"]
            for j, r in enumerate(rows):
                r = r + [""] * (ncol - len(r))
                if j == 0 and header:
                    t.append("<tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in r) + "</tr>")
                elif ncol == 2:
                    t.append(f'<tr><td class="k">{html.escape(r[0])}</td><td>{html.escape(r[1])}</td></tr>')
                else:
                    t.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>")
            t.append("</table>")
            out.append("".join(t))
            continue
        e = html.escape(ln)
        if in_head:
            out.append(f'<p class="lh">{e}</p>')
        elif ln.startswith(TITLES):
            out.append(f'<p class="title">{e}</p>')
        elif style == "kk_sanatorium_referral" and is_caps_heading(ln):
            out.append(f'<p class="h">{e}</p>')
        elif style != "kk_sanatorium_referral" and ln.endswith(":") and len(ln) < 110:
            out.append(f'<p class="h">{e}</p>')
        elif re.match(r"(\d+\.|—) ", ln):
            out.append(f'<p class="li">{e}</p>')
        else:
            out.append(f"<p>{e}</p>")
        i += 1
    return "\n".join(out)


def render_one(txt_path, style, out_path, archive, noto):
    cfg = STYLES[style]
    regular, bold = (noto if noto else (cfg["regular"], cfg["bold"]))
    css = (f"@font-face {{font-family: f; src: url({regular});}}\n"
           f"@font-face {{font-family: f; src: url({bold}); font-weight: bold;}}\n"
           f"body, p, td, th, b {{font-family: f; font-size: {cfg['size']}pt;}}\n" + cfg["css"])
    body = to_html(txt_path.read_text(encoding="utf-8"), style)
    story = pymupdf.Story(html=f"<html><body>{body}</body></html>", user_css=css, archive=archive)
    page = cfg["page"]
    l, t, r, b = cfg["margins"]
    where = pymupdf.Rect(page.x0 + l, page.y0 + t, page.x1 - r, page.y1 - b)
    tmp = out_path.with_suffix(".tmp.pdf")
    writer = pymupdf.DocumentWriter(str(tmp))
    more = 1
    guard = 0
    while more:
        guard += 1
        if guard > 12:
            raise RuntimeError(f"{txt_path.name}: layout does not terminate")
        dev = writer.begin_page(page)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    doc = pymupdf.open(str(tmp))
    if cfg["footer"]:
        fontfile = str(FONT_DIR / cfg["regular"]) if not noto else None
        n = doc.page_count
        for i, pg in enumerate(doc, 1):
            txt = cfg["footer"].format(i=i, n=n)
            kw = dict(fontsize=7.5, color=(0.35, 0.35, 0.35))
            if fontfile:
                kw.update(fontname="ff", fontfile=fontfile)
            else:
                kw.update(fontname="notos")
            pg.insert_text((page.x0 + l, page.y1 - 24), txt, **kw)
    try:
        doc.subset_fonts()  # keep the PDFs small (fonts are otherwise embedded whole)
    except Exception:
        pass
    doc.set_metadata({"title": txt_path.stem, "creator": "medadapt fields_heldout7 render.py", "producer": "PyMuPDF"})
    doc.save(str(out_path), garbage=3, deflate=True)
    pages = doc.page_count
    doc.close()
    tmp.unlink()
    return pages


def words(s):
    return [w for w in re.split(r"[\s|]+", s) if w]


def roundtrip(txt_path, pdf_path):
    text = txt_path.read_text(encoding="utf-8")
    doc = pymupdf.open(str(pdf_path))
    got = "\n".join(pg.get_text() for pg in doc)
    doc.close()
    have = {}
    for w in words(got):
        have[w] = have.get(w, 0) + 1
    want = words(text)
    missing = []
    for w in want:
        if have.get(w, 0) > 0:
            have[w] -= 1
        else:
            missing.append(w)
    # words broken across lines inside narrow table cells ("Төсек-" / "күн") are not losses
    flat = re.sub(r"\s+", "", got)
    missing = [w for w in missing if w not in flat]
    kk_missing = sorted(set(c for c in text if c in KK_LETTERS) - set(got))
    return 1 - len(missing) / max(1, len(want)), missing[:8], kk_missing


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    check = "--check" in sys.argv
    truth = [json.loads(l) for l in (HERE / "truth.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    if args:
        truth = [t for t in truth if t["id"] in args]
    archive, noto = font_archive()
    pages = {}
    bad = 0
    for t in truth:
        style = t["style"]
        out_dir = HERE / "pdf" / style
        out_dir.mkdir(parents=True, exist_ok=True)
        txt = HERE / "records" / f"{t['id']}.txt"
        pdf = out_dir / f"{t['id']}.pdf"
        n = render_one(txt, style, pdf, archive, noto)
        pages.setdefault(style, []).append(n)
        if check:
            ratio, miss, kk_miss = roundtrip(txt, pdf)
            if ratio < 0.995 or kk_miss:
                bad += 1
                print(f"{t['id']}: round-trip {ratio:.3f}, missing e.g. {miss}, Kazakh letters lost: {kk_miss}")
    for style, ps in pages.items():
        hist = {k: ps.count(k) for k in sorted(set(ps))}
        print(f"{style}: {len(ps)} PDFs, pages per record {hist}")
    if check:
        print("round-trip OK" if not bad else f"round-trip problems in {bad} record(s)")
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
