"""Deterministic generator for the blind final evaluation set (eval/final/).

Writes 14 fictional EHC plans (docx/pdf/txt/md), manifest.csv and labels.csv.
Plan text and expert grades live in plans_*.py beside this file.
Run:  python eval/final/build/build_final.py
Nothing here imports or runs the audit tool.
"""
import csv
import io
import os
import re
import sys
import zipfile

sys.dont_write_bytecode = True  # keep eval/final free of __pycache__

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import plans_1  # noqa: E402
import plans_2  # noqa: E402
import plans_3  # noqa: E402

CRITERIA = ["holistic", "outcomes_specific", "child_voice", "pfa", "review_currency",
            "provision_specific", "golden_thread", "readability"]
UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


# ---------------------------------------------------------------- identifiers
def nhs_valid(n):
    d = [int(c) for c in n]
    if len(d) != 10:
        return False
    s = sum(d[i] * (10 - i) for i in range(9))
    chk = 11 - s % 11
    if chk == 11:
        chk = 0
    return chk != 10 and chk == d[9]


def upn_valid(u):
    if len(u) != 13 or not u[1:].isdigit():
        return False
    s = sum(int(c) * w for c, w in zip(u[1:], range(2, 14)))
    return UPN_LETTERS[s % 23] == u[0]


def fmt_nhs(n):
    return f"{n[:3]} {n[3:6]} {n[6:]}"


# ---------------------------------------------------------------- text helpers
def flatten(blocks):
    """Yield all text strings of a block list (for word counts and txt/md)."""
    for b in blocks:
        kind = b[0]
        if kind in ("title", "p", "h", "sub", "note"):
            yield b[-1]
        elif kind == "ul":
            yield from b[1]
        elif kind in ("table", "kv"):
            for row in b[1]:
                yield from (str(c) for c in row)
        elif kind == "sec":
            yield b[1]
            yield b[2]
            yield from flatten(b[3])


def word_count(blocks):
    return sum(len(re.findall(r"[A-Za-z0-9'’]+", t)) for t in flatten(blocks))


# ---------------------------------------------------------------- DOCX
def render_docx(plan, path):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    import datetime

    doc = Document()
    cp = doc.core_properties
    cp.author = plan["council"]
    cp.title = "Education, Health and Care Plan"
    cp.created = datetime.datetime(2026, 10, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2026, 10, 1, 9, 0, 0)
    cp.last_modified_by = plan["council"]
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = plan.get("font", "Arial")
    st.font.size = Pt(10.5)
    if plan.get("header"):
        hp = doc.sections[0].header.paragraphs[0]
        hp.text = plan["header"]

    def add_blocks(container, blocks):
        for b in blocks:
            add_block(container, b)

    def add_table(container, rows, header=True, widths=None):
        t = container.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                c = t.cell(i, j)
                c.text = ""
                para = c.paragraphs[0]
                run = para.add_run(str(cell))
                if header and i == 0:
                    run.bold = True
                if widths:
                    c.width = Cm(widths[j])
        return t

    def add_block(container, b):
        kind = b[0]
        if kind == "title":
            p = container.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(16)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h":
            if container is doc:
                doc.add_heading(b[2], level=b[1])
            else:
                p = container.add_paragraph()
                r = p.add_run(b[2])
                r.bold = True
        elif kind == "sub":
            p = container.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.italic = plan.get("sub_italic", False)
        elif kind in ("p", "note"):
            p = container.add_paragraph(b[1])
            if kind == "note":
                p.runs[0].italic = True
        elif kind == "ul":
            for item in b[1]:
                if container is doc:
                    doc.add_paragraph(item, style="List Bullet")
                else:
                    container.add_paragraph("• " + item)
        elif kind == "table":
            add_table(container, b[1], header=b[2] if len(b) > 2 else True,
                      widths=b[3] if len(b) > 3 else None)
            if container is doc:
                doc.add_paragraph()
        elif kind == "kv":
            add_table(container, [list(r) for r in b[1]], header=False, widths=[5.5, 11])
            if container is doc:
                doc.add_paragraph()
        elif kind == "sec":
            # letter in a narrow first column, title beside it, content below
            t = doc.add_table(rows=2, cols=2)
            t.style = "Table Grid"
            a, bcell = t.cell(0, 0), t.cell(0, 1)
            a.width, bcell.width = Cm(1.3), Cm(15.2)
            a.text = ""
            ra = a.paragraphs[0].add_run(b[1])
            ra.bold = True
            ra.font.size = Pt(14)
            bcell.text = ""
            rb = bcell.paragraphs[0].add_run(b[2])
            rb.bold = True
            c0, c1 = t.cell(1, 0), t.cell(1, 1)
            c0.width, c1.width = Cm(1.3), Cm(15.2)
            c1.text = ""
            first = c1.paragraphs[0]
            inner = b[3]
            if inner and inner[0][0] == "p":
                first.text = inner[0][1]
                inner = inner[1:]
            elif inner and inner[0][0] == "sub":
                first.add_run(inner[0][1]).bold = True
                inner = inner[1:]
            add_blocks(c1, inner)
            doc.add_paragraph()
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)

    add_blocks(doc, plan["body"])
    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps so the output is byte-stable
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename != "[Content_Types].xml"):
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 10, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))


# ---------------------------------------------------------------- PDF
def render_pdf(plan, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                    TableStyle, PageBreak, ListFlowable, ListItem)
    from xml.sax.saxutils import escape

    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["Normal"], fontName="Helvetica", fontSize=10, leading=13,
                          spaceAfter=5)
    cellst = ParagraphStyle("c", parent=body, fontSize=9, leading=11, spaceAfter=0)
    h1 = ParagraphStyle("h1", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=13)
    h2 = ParagraphStyle("h2", parent=ss["Heading3"], fontName="Helvetica-Bold", fontSize=11)
    sub = ParagraphStyle("s", parent=body, fontName="Helvetica-Bold")
    title = ParagraphStyle("t", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=17)
    header = plan["header"]

    def on_page(canv, d):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.drawString(2 * cm, A4[1] - 1.2 * cm, f"{header} – Page {d.page}")
        canv.drawRightString(A4[0] - 2 * cm, 1.0 * cm, plan["council"] + " – OFFICIAL-SENSITIVE")
        canv.restoreState()

    def P(t, s=body):
        return Paragraph(escape(t), s)

    story = []
    for b in plan["body"]:
        kind = b[0]
        if kind == "title":
            story.append(P(b[1], title))
        elif kind == "h":
            story.append(P(b[2], h1 if b[1] == 1 else h2))
        elif kind == "sub":
            story.append(P(b[1], sub))
        elif kind in ("p", "note"):
            story.append(P(b[1]))
        elif kind == "ul":
            story.append(ListFlowable([ListItem(P(i), leftIndent=12) for i in b[1]],
                                      bulletType="bullet", start="•", leftIndent=12))
        elif kind in ("table", "kv"):
            rows = [[P(str(c), cellst) for c in r] for r in b[1]]
            ncol = len(b[1][0])
            widths = [17 * cm / ncol] * ncol
            if kind == "kv":
                widths = [5.5 * cm, 11.5 * cm]
            elif len(b) > 3 and b[3]:
                widths = [w * cm for w in b[3]]
            t = Table(rows, colWidths=widths, repeatRows=1 if kind == "table" else 0)
            style = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                     ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if kind == "table" and (len(b) < 3 or b[2]):
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")))
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "pagebreak":
            story.append(PageBreak())
        else:
            raise ValueError(kind)
    doc = SimpleDocTemplate(path, pagesize=A4, topMargin=2 * cm, bottomMargin=1.8 * cm,
                            leftMargin=2 * cm, rightMargin=2 * cm, invariant=1,
                            title="EHC Plan", author=plan["council"], creator="Microsoft Word",
                            producer="Microsoft Word")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- TXT / MD
def render_txt(plan, path):
    out = []
    for b in plan["body"]:
        kind = b[0]
        if kind == "title":
            out += [b[1].upper(), "=" * len(b[1]), ""]
        elif kind == "h":
            out += [("#### " if b[1] == 1 else "") + b[2] if plan.get("txt_hashes") else b[2].upper(), ""]
            if not plan.get("txt_hashes"):
                out[-2:-1] = [b[2].upper(), "-" * len(b[2])]
        elif kind == "sub":
            out += [b[1] + ":", ""] if not b[1].endswith(":") else [b[1], ""]
        elif kind in ("p", "note"):
            out += [b[1], ""]
        elif kind == "ul":
            out += ["  - " + i for i in b[1]] + [""]
        elif kind == "kv":
            out += [f"{k}: {v}" for k, v in b[1]] + [""]
        elif kind == "table":
            for i, r in enumerate(b[1]):
                out.append(" | ".join(str(c) for c in r))
                if i == 0 and (len(b) < 3 or b[2]):
                    out.append("-" * 60)
            out.append("")
        elif kind == "pagebreak":
            out.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")


def render_md(plan, path):
    out = []

    def cell(c):
        return str(c).replace("|", "/").replace("\n", " ")

    for b in plan["body"]:
        kind = b[0]
        if kind == "title":
            out += ["# " + b[1], ""]
        elif kind == "h":
            out += ["#" * (b[1] + 1) + " " + b[2], ""]
        elif kind == "sub":
            out += ["**" + b[1] + "**", ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "note":
            out += ["_" + b[1] + "_", ""]
        elif kind == "ul":
            out += ["- " + i for i in b[1]] + [""]
        elif kind == "kv":
            out += ["| | |", "|---|---|"] + [f"| **{cell(k)}** | {cell(v)} |" for k, v in b[1]] + [""]
        elif kind == "table":
            rows = b[1]
            out.append("| " + " | ".join(cell(c) for c in rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            out += ["| " + " | ".join(cell(c) for c in r) + " |" for r in rows[1:]]
            out.append("")
        elif kind == "pagebreak":
            out += ["---", ""]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")


RENDER = {"docx": render_docx, "pdf": render_pdf, "txt": render_txt, "md": render_md}


def main():
    plans = plans_1.PLANS + plans_2.PLANS + plans_3.PLANS
    plans.sort(key=lambda p: p["stem"])
    problems = []
    mf_rows, lab_rows = [], []
    for p in plans:
        f = p["facts"]
        if f["nhs_number"] and not nhs_valid(f["nhs_number"]):
            problems.append(f"{p['stem']}: bad NHS number {f['nhs_number']}")
        if f["upn"] and not upn_valid(f["upn"]):
            problems.append(f"{p['stem']}: bad UPN {f['upn']}")
        wc = word_count(p["body"])
        if not 2000 <= wc <= 3500:
            problems.append(f"{p['stem']}: {wc} words")
        fname = f"{p['stem']}.{p['format']}"
        RENDER[p["format"]](p, os.path.join(OUT, fname))
        mf_rows.append([fname, p["format"], f["child_name"], f["date_of_birth"], f["year_group"],
                        f["issued"], f["last_review"], f["last_amended"], f["next_review"],
                        f["nhs_number"], f["upn"], f["sections_present"]])
        for c in CRITERIA:
            lab_rows.append([p["stem"], c, p["grades"][c]])
        print(f"{fname:45s} {wc:5d} words")
    with open(os.path.join(OUT, "manifest.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "format", "child_name", "date_of_birth", "year_group", "issued",
                    "last_review", "last_amended", "next_review", "nhs_number", "upn",
                    "sections_present"])
        w.writerows(mf_rows)
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["plan", "criterion", "grade"])
        w.writerows(lab_rows)
    if problems:
        print("PROBLEMS:\n" + "\n".join(problems))
        sys.exit(1)


if __name__ == "__main__":
    main()
