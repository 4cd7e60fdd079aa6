"""Writes README.md (dataset card) with count tables computed from the records."""
import collections
import os

STYLE_DESC = {
    "ambulance": "ambulance / emergency call card (карта вызова СМП, шақыру картасы, журнал вызовов)",
    "sickleave": "sick-leave and certificate office (ЛН, справка 095/у, ВКК/ДКК protocols, registers)",
    "registry": "polyclinic registry printout (талон, прикрепление, lists of home calls and 90+ patients)",
    "laborder": "lab / radiology order sheet and results (штрих-код, проба, R-грамма, КТ, МРТ)",
    "insurance": "insurance claims (ОСМС/МӘМС status, ДМС/ЕМС claims, guarantee letters, registers)",
    "dayhosp": "day-hospital diary (дневник дневного стационара, выписки, surgical day hospital)",
    "transfer": "transfer letter (переводной эпикриз, сопроводительный лист, МСЭК, nursing care)",
    "homevisit": "social-worker / home-visit note (акт ЖБУ, патронаж, lists, diary)",
}


def table(rows, header):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out)


def write_card(here, tpls, recs, labels):
    langs = ["ru", "kk", "mixed"]
    lab = collections.Counter((s["label"], r["language"]) for r in recs for s in r["identifiers"])
    nspans = sum(len(r["identifiers"]) for r in recs)
    nclin = sum(len(r["clinical"]) for r in recs)
    styles = sorted({r["style"] for r in recs})
    per_style = collections.Counter(r["style"] for r in recs)
    spans_style = collections.Counter()
    for r in recs:
        spans_style[r["style"]] += len(r["identifiers"])
    tps = collections.Counter((t[1], t[2]) for t in tpls)
    forms = collections.defaultdict(collections.Counter)
    for r in recs:
        for s in r["identifiers"]:
            for f in s["forms"]:
                forms[s["label"]][f] += 1
    n12 = sum(1 for r in recs for s in r["identifiers"] if "twelve_digit" in s["forms"])
    lab_rows = [[L] + [lab[(L, g)] for g in langs] + [sum(lab[(L, g)] for g in langs)] for L in labels]
    lab_rows.append(["**total**"] + [sum(lab[(L, g)] for L in labels) for g in langs] + [nspans])
    style_rows = [[s, STYLE_DESC[s], per_style[s], spans_style[s]] for s in styles]
    tps_rows = [[s] + [tps[(g, s)] for g in langs] for s in styles]
    tps_rows.append(["**total**"] + [sum(tps[(g, s)] for s in styles) for g in langs])
    form_lines = []
    for L in labels:
        form_lines.append("* **%s**: " % L + ", ".join("`%s` %d" % (f, n) for f, n in sorted(forms[L].items(), key=lambda x: (-x[1], x[0]))))
    nrec = collections.Counter(r["language"] for r in recs)
    md = CARD.format(
        nrec=len(recs), nru=nrec["ru"], nkk=nrec["kk"], nmx=nrec["mixed"], nspans=nspans, nclin=nclin,
        ntpl=len(tpls), tru=sum(1 for t in tpls if t[1] == "ru"), tkk=sum(1 for t in tpls if t[1] == "kk"),
        tmx=sum(1 for t in tpls if t[1] == "mixed"), n12=n12,
        lab_table=table(lab_rows, ["label", "ru", "kk", "mixed", "all"]),
        style_table=table(style_rows, ["style", "what", "records", "identifier spans"]),
        tps_table=table(tps_rows, ["style", "ru", "kk", "mixed"]),
        forms="\n".join(form_lines))
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(md)
    return "records=%d (ru %d, kk %d, mixed %d) identifier spans=%d clinical spans=%d templates=%d (ru %d, kk %d, mixed %d) twelve_digit=%d" % (
        len(recs), nrec["ru"], nrec["kk"], nrec["mixed"], nspans, nclin, len(tpls),
        sum(1 for t in tpls if t[1] == "ru"), sum(1 for t in tpls if t[1] == "kk"),
        sum(1 for t in tpls if t[1] == "mixed"), n12)


CARD = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "card_template.md"), encoding="utf-8").read()
