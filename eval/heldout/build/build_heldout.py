"""Build the blind held-out evaluation set (eval/heldout/).

Deterministic: PDFs use reportlab invariant=1; docx core properties are fixed.
Run:  python eval/heldout/build/build_heldout.py
Plan texts live in plans_1.py and plans_2.py (same folder); this file renders
them into docx / pdf / txt / md and writes manifest.csv and labels.csv.
"""
import csv
import datetime as dt
import os
import sys

sys.dont_write_bytecode = True  # keep build/ free of __pycache__

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import plans_1  # noqa: E402
import plans_2  # noqa: E402
from common import family_info  # noqa: E402
from extra import EXTRA  # noqa: E402

PLANS = plans_1.PLANS + plans_2.PLANS


def _expand(plan):
    blocks = list(plan["blocks"])
    for prefix, new in EXTRA.get(plan["file"], []):
        if prefix is None:
            blocks += list(new)
            continue
        idx = [i for i, b in enumerate(blocks) if b[0] == "H" and b[1].startswith(prefix)]
        assert len(idx) == 1, (plan["file"], prefix)
        j = idx[0] + 1
        while j < len(blocks) and blocks[j][0] != "H":
            j += 1
        blocks[j:j] = list(new)
    # the council's information-for-families appendix goes at the end
    blocks += family_info(plan["council"].split()[0])
    if not any(b[0] == "H" and b[1] == "Distribution" for b in blocks):
        blocks += [("H", "Distribution"),
                   ("P", "Copies of %s's plan have been sent to: the parents or young person; the "
                         "setting named in Section I; the health professionals and services listed in Section K; "
                         "and, where named, the social worker. Please keep this plan safe and bring it to "
                         "every review meeting." % plan["meta"]["child_name"])]
    plan["blocks"] = blocks


for _p in PLANS:
    _expand(_p)
CRITERIA = ["holistic", "outcomes_specific", "child_voice", "pfa", "review_currency",
            "provision_specific", "golden_thread", "readability"]
FIXED = dt.datetime(2026, 11, 1, 9, 0, 0)


# ----------------------------------------------------------------- helpers
def sections(blocks):
    """Group blocks into (heading, [blocks]) for table-style layouts."""
    out, cur = [], None
    for b in blocks:
        if b[0] == "H":
            cur = [b[1], []]
            out.append(cur)
        elif cur is None:
            out.append([None, [b]])
        else:
            cur[1].append(b)
    return out


# ----------------------------------------------------------------- docx
def _field(paragraph, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
        elif text == "1":
            t = OxmlElement("w:t")
            t.text = "1"
            run._r.append(t)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = " %s " % text
            run._r.append(el)
        if kind == "end":
            pass


def _docx_block(doc, cell_or_doc, b, style):
    from docx.shared import Pt
    add_p = cell_or_doc.add_paragraph
    kind = b[0]
    if kind == "H":
        if style == "bold_underline":
            p = add_p()
            r = p.add_run(b[1])
            r.bold = True
            r.underline = True
            r.font.size = Pt(12)
        else:
            doc.add_heading(b[1], level=1)
    elif kind == "h2":
        if style == "bold_underline":
            p = add_p()
            r = p.add_run(b[1])
            r.bold = True
        elif style == "table2col":
            p = add_p()
            p.add_run(b[1]).bold = True
        else:
            doc.add_heading(b[1], level=2)
    elif kind == "TITLE":
        p = add_p()
        r = p.add_run(b[1])
        r.bold = True
        r.font.size = Pt(16)
    elif kind == "P":
        add_p(b[1])
    elif kind == "L":
        for item in b[1]:
            try:
                add_p(item, style="List Bullet")
            except KeyError:
                add_p("• " + item)
    elif kind in ("T", "KV"):
        rows = b[1]
        target = cell_or_doc
        t = target.add_table(rows=0, cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            cells = t.add_row().cells
            for c, val in zip(cells, row):
                c.text = str(val)
                if (kind == "T" and i == 0) or (kind == "KV" and c is cells[0]):
                    for r in c.paragraphs[0].runs:
                        r.bold = True
        add_p("")
    elif kind == "PB":
        if cell_or_doc is doc:
            doc.add_page_break()
    elif kind == "TOC":
        p = add_p()
        p.add_run("Contents").bold = True
        for line in b[1]:
            add_p(line)


def render_docx(plan, path):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = plan["council"]
    cp.title = "Education, Health and Care Plan"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = plan["council"]
    cp.revision = 1
    doc.styles["Normal"].font.name = plan.get("font", "Arial")
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    if plan.get("header"):
        hp = sec.header.paragraphs[0]
        hp.text = plan["header"]
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.add_run(plan.get("footer", "") + "Page ")
        _field(fp, "PAGE")
        fp.add_run(" of ")
        _field(fp, "NUMPAGES")
    style = plan["style"]
    if style == "table2col":
        for head, blocks in sections(plan["blocks"]):
            if head is None:
                for b in blocks:
                    _docx_block(doc, doc, b, "styles")
                continue
            t = doc.add_table(rows=1, cols=2)
            t.style = "Table Grid"
            lab, con = t.rows[0].cells
            lab.text = ""
            lab.paragraphs[0].add_run(head).bold = True
            first = True
            for b in blocks:
                if b[0] == "P" and first:
                    con.paragraphs[0].text = b[1]
                else:
                    _docx_block(doc, con, b, "table2col")
                first = False
            doc.add_paragraph("")
    else:
        for b in plan["blocks"]:
            _docx_block(doc, doc, b, style)
    doc.save(path)


# ----------------------------------------------------------------- pdf
def render_pdf(plan, path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                    TableStyle, PageBreak)
    from xml.sax.saxutils import escape
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=9.5, leading=12.5)
    cellst = ParagraphStyle("c", parent=body, fontSize=8.5, leading=10.5)
    h1 = ParagraphStyle("h1", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12)
    h2 = ParagraphStyle("h2", parent=ss["Heading3"], fontName="Helvetica-Bold", fontSize=10.5)
    title = ParagraphStyle("t", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=16)
    story = []
    for b in plan["blocks"]:
        k = b[0]
        if k == "TITLE":
            story.append(Paragraph(escape(b[1]), title))
        elif k == "H":
            story.append(Paragraph(escape(b[1]), h1))
        elif k == "h2":
            story.append(Paragraph(escape(b[1]), h2))
        elif k == "P":
            story.append(Paragraph(escape(b[1]), body))
        elif k == "L":
            for it in b[1]:
                story.append(Paragraph("&bull; " + escape(it), body))
        elif k in ("T", "KV"):
            rows = [[Paragraph(escape(str(c)), cellst) for c in r] for r in b[1]]
            n = len(b[1][0])
            widths = {2: [55 * mm, 115 * mm]}.get(n, [170 * mm / n] * n)
            t = Table(rows, colWidths=widths, repeatRows=1 if k == "T" else 0)
            st = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if k == "T":
                st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")))
            else:
                st.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEEEEE")))
            t.setStyle(TableStyle(st))
            story.append(t)
            story.append(Spacer(1, 6))
        elif k == "PB":
            story.append(PageBreak())
        elif k == "TOC":
            story.append(Paragraph("Contents", h1))
            for line in b[1]:
                story.append(Paragraph(escape(line), body))
    header = plan.get("header", "")
    footer = plan.get("footer", "")

    def deco(canvas, doc_):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        if header:
            canvas.drawString(20 * mm, 287 * mm, header)
        canvas.drawCentredString(105 * mm, 10 * mm, "%sPage %d" % (footer, doc_.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, invariant=1, title="Education, Health and Care Plan",
                            author=plan["council"], leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ----------------------------------------------------------------- text
def _table_txt(rows, sep=" | "):
    return "\n".join(sep.join(str(c) for c in r) for r in rows)


def render_txt(plan, path):
    style = plan["style"]
    lines = []
    for b in plan["blocks"]:
        k = b[0]
        if k == "TITLE":
            lines += [b[1], ""]
        elif k == "H":
            if style == "cms":
                lines += ["=" * 72, b[1].upper(), "=" * 72, ""]
            else:
                lines += ["", b[1], "-" * len(b[1]), ""]
        elif k == "h2":
            lines += [b[1] if style != "cms" else "-- " + b[1] + " --", ""]
        elif k == "P":
            lines += [b[1], ""]
        elif k == "L":
            lines += ["  * " + it for it in b[1]] + [""]
        elif k == "KV":
            lines += ["%s: %s" % (r[0].rstrip(":"), r[1]) for r in b[1]] + [""]
        elif k == "T":
            lines += [_table_txt(b[1]), ""]
        elif k == "PB":
            lines += ["", "-" * 72 if style != "cms" else "", ""]
        elif k == "TOC":
            lines += ["CONTENTS"] + b[1] + [""]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines).rstrip() + "\n")


def render_md(plan, path):
    lines = []
    for b in plan["blocks"]:
        k = b[0]
        if k == "TITLE":
            lines += ["# " + b[1], ""]
        elif k == "H":
            lines += ["## " + b[1], ""]
        elif k == "h2":
            lines += ["### " + b[1], ""]
        elif k == "P":
            lines += [b[1], ""]
        elif k == "L":
            lines += ["- " + it for it in b[1]] + [""]
        elif k in ("T", "KV"):
            rows = b[1]
            if k == "KV":
                rows = [["", ""]] + rows
            lines.append("| " + " | ".join(rows[0]) + " |")
            lines.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                lines.append("| " + " | ".join(str(c) for c in r) + " |")
            lines.append("")
        elif k == "PB":
            lines += ["---", ""]
        elif k == "TOC":
            lines += ["**Contents**", ""] + ["- " + t for t in b[1]] + [""]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines).rstrip() + "\n")


def words(plan):
    n = 0
    for b in plan["blocks"]:
        if b[0] in ("P", "H", "h2", "TITLE"):
            n += len(b[1].split())
        elif b[0] == "L" or b[0] == "TOC":
            n += sum(len(x.split()) for x in b[1])
        elif b[0] in ("T", "KV"):
            n += sum(len(str(c).split()) for r in b[1] for c in r)
    return n


def check(plan):
    """Sanity checks on the manifest facts (year group rule, NHS and UPN check characters)."""
    m = plan["meta"]
    dob = dt.date.fromisoformat(m["dob"])
    ref = dt.date(2026, 8, 31)
    age = ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))
    assert m["year_group"] == age - 4, (plan["file"], age - 4)
    n = m["nhs"]
    c = 11 - sum(int(d) * w for d, w in zip(n[:9], range(10, 1, -1))) % 11
    assert (0 if c == 11 else c) == int(n[9]), plan["file"]
    if m["upn"]:
        u = m["upn"]
        assert "ABCDEFGHJKLMNPQRTUVWXYZ"[sum(int(ch) * w for ch, w in zip(u[1:], range(2, 14))) % 23] == u[0]


def main():
    for old in os.listdir(OUT):
        p = os.path.join(OUT, old)
        if os.path.isfile(p):
            os.remove(p)
    man = []
    lab = []
    for plan in PLANS:
        check(plan)
        fn = plan["file"]
        path = os.path.join(OUT, fn)
        fmt = fn.rsplit(".", 1)[1]
        {"docx": render_docx, "pdf": render_pdf, "txt": render_txt, "md": render_md}[fmt](plan, path)
        m = plan["meta"]
        man.append([fn, fmt, m["child_name"], m["dob"], m["year_group"], m["issued"],
                    m["last_review"], m["last_amended"], m["next_review"], m["nhs"], m["upn"],
                    m["sections"]])
        for c in CRITERIA:
            lab.append([fn.rsplit(".", 1)[0], c, plan["grades"][c]])
        print("%-45s %5d words" % (fn, words(plan)))
    with open(os.path.join(OUT, "manifest.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "format", "child_name", "date_of_birth", "year_group", "issued",
                    "last_review", "last_amended", "next_review", "nhs_number", "upn",
                    "sections_present"])
        w.writerows(man)
    with open(os.path.join(OUT, "labels.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["plan", "criterion", "grade"])
        w.writerows(lab)


if __name__ == "__main__":
    main()
