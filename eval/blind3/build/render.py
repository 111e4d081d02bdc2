"""Renderers: docx (heading styles / letter-column tables / bold-only), pdf, txt, md.

A plan is a dict: {"cover": blocks, "sections": [(letter, heading, blocks)], "tail": blocks,
"header": str, "footer": str}. Blocks: ("p", text) ("h2", text) ("b", [items])
("table", rows) with rows[0] the header row, ("kv", [(k, v)]).
"""
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH


def _docx_blocks(doc, blocks, cell=None, bold_h2=False):
    tgt = cell if cell is not None else doc

    def para(text="", style=None):
        if cell is not None:
            p = cell.add_paragraph()
            if text:
                p.add_run(text)
            return p
        return doc.add_paragraph(text, style=style) if style else doc.add_paragraph(text)

    for blk in blocks:
        kind = blk[0]
        if kind == "p":
            para(blk[1])
        elif kind == "h2":
            if cell is not None or bold_h2:
                p = para()
                r = p.add_run(blk[1])
                r.bold = True
                if cell is None:
                    r.italic = False
            else:
                doc.add_heading(blk[1], level=2)
        elif kind == "b":
            for it in blk[1]:
                if cell is not None:
                    para("\u2022 " + it)
                else:
                    doc.add_paragraph(it, style="List Bullet")
        elif kind in ("table", "kv"):
            rows = blk[1] if kind == "table" else [list(r) for r in blk[1]]
            ncol = max(len(r) for r in rows)
            t = tgt.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j in range(ncol):
                    txt = r[j] if j < len(r) else ""
                    c = t.cell(i, j)
                    c.text = ""
                    run = c.paragraphs[0].add_run(txt)
                    if (kind == "table" and i == 0) or (kind == "kv" and j == 0):
                        run.bold = True
            if cell is None:
                doc.add_paragraph()
        else:
            raise ValueError(kind)


def _save(doc, path):
    """Save with fixed zip timestamps so the output is byte-for-byte reproducible."""
    import io
    import zipfile
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 10, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def _core(doc, title):
    cp = doc.core_properties
    cp.title = title
    cp.author = "SEND Casework"
    import datetime
    cp.created = datetime.datetime(2026, 10, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2026, 10, 1, 9, 0, 0)
    cp.last_modified_by = "SEND Casework"
    cp.revision = 1


def docx_headings(plan, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    doc.add_heading(plan["title"], level=0)
    _docx_blocks(doc, plan["cover"])
    for letter, heading, blocks in plan["sections"]:
        doc.add_heading(heading, level=1)
        _docx_blocks(doc, blocks)
    _docx_blocks(doc, plan["tail"])
    _core(doc, plan["title"])
    _save(doc, path)


def docx_bold(plan, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = doc.add_paragraph()
    r = p.add_run(plan["title"])
    r.bold = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _docx_blocks(doc, plan["cover"], bold_h2=True)
    for letter, heading, blocks in plan["sections"]:
        p = doc.add_paragraph()
        r = p.add_run(heading)
        r.bold = True
        r.font.size = Pt(12)
        _docx_blocks(doc, blocks, bold_h2=True)
    _docx_blocks(doc, plan["tail"], bold_h2=True)
    _core(doc, plan["title"])
    _save(doc, path)


def docx_lettertable(plan, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(plan["title"], level=1)
    _docx_blocks(doc, plan["cover"])
    for letter, heading, blocks in plan["sections"]:
        t = doc.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        t.autofit = False
        a, b = t.rows[0].cells
        a.width = Cm(1.3)
        b.width = Cm(15.2)
        a.text = ""
        ra = a.paragraphs[0].add_run(letter)
        ra.bold = True
        ra.font.size = Pt(14)
        b.text = ""
        rb = b.paragraphs[0].add_run(heading)
        rb.bold = True
        _docx_blocks(doc, blocks, cell=b)
        doc.add_paragraph()
    _docx_blocks(doc, plan["tail"])
    _core(doc, plan["title"])
    _save(doc, path)


def pdf(plan, path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape

    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["BodyText"], fontName="Helvetica", fontSize=10, leading=13)
    cellst = ParagraphStyle("cell", parent=body, fontSize=9, leading=11)
    h1 = ParagraphStyle("h1", parent=ss["Heading1"], fontName="Helvetica-Bold", fontSize=13)
    h2 = ParagraphStyle("h2", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=11)
    ttl = ParagraphStyle("ttl", parent=ss["Title"], fontName="Helvetica-Bold", fontSize=16)
    story = [Paragraph(escape(plan["title"]), ttl)]

    def add(blocks):
        for blk in blocks:
            k = blk[0]
            if k == "p":
                story.append(Paragraph(escape(blk[1]), body))
            elif k == "h2":
                story.append(Paragraph(escape(blk[1]), h2))
            elif k == "b":
                for it in blk[1]:
                    story.append(Paragraph(escape(it), body, bulletText="\u2022"))
            elif k in ("table", "kv"):
                rows = blk[1] if k == "table" else [list(r) for r in blk[1]]
                ncol = max(len(r) for r in rows)
                data = [[Paragraph(escape(r[j] if j < len(r) else ""), cellst) for j in range(ncol)] for r in rows]
                w = 480.0 / ncol
                widths = [w] * ncol
                if k == "kv":
                    widths = [150, 330]
                t = Table(data, colWidths=widths, repeatRows=1 if k == "table" else 0)
                sty = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
                if k == "table":
                    sty.append(("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey))
                t.setStyle(TableStyle(sty))
                story.append(t)
                story.append(Spacer(1, 6))

    add(plan["cover"])
    for letter, heading, blocks in plan["sections"]:
        story.append(Paragraph(escape(heading), h1))
        add(blocks)
    add(plan["tail"])

    def onpage(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(56, A4[1] - 30, plan["header"])
        canvas.drawString(56, 25, plan["footer"])
        canvas.drawRightString(A4[0] - 56, 25, "Page %d" % doc.page)
        canvas.restoreState()

    d = SimpleDocTemplate(path, pagesize=A4, title=plan["title"], author="SEND Service",
                          topMargin=50, bottomMargin=45, leftMargin=56, rightMargin=56)
    d.build(story, onFirstPage=onpage, onLaterPages=onpage)


def _txt_blocks(blocks, out):
    for blk in blocks:
        k = blk[0]
        if k == "p":
            out.append(blk[1])
            out.append("")
        elif k == "h2":
            out.append(blk[1].upper())
            out.append("")
        elif k == "b":
            for it in blk[1]:
                out.append("  * " + it)
            out.append("")
        elif k == "table":
            hdr = blk[1][0]
            for r in blk[1][1:]:
                for h, v in zip(hdr, r):
                    out.append(f"  {h}: {v}")
                out.append("  --")
            out.append("")
        elif k == "kv":
            for a, b in blk[1]:
                out.append(f"{a:<28} {b}")
            out.append("")


def txt(plan, path):
    out = [plan.get("txt_banner", ""), plan["title"].upper(), "=" * 72, ""]
    _txt_blocks(plan["cover"], out)
    for letter, heading, blocks in plan["sections"]:
        out.append("-" * 72)
        out.append(heading)
        out.append("-" * 72)
        _txt_blocks(blocks, out)
    _txt_blocks(plan["tail"], out)
    out.append(plan["footer"])
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")


def md(plan, path):
    out = ["# " + plan["title"], ""]

    def add(blocks):
        for blk in blocks:
            k = blk[0]
            if k == "p":
                out.extend([blk[1], ""])
            elif k == "h2":
                out.extend(["### " + blk[1], ""])
            elif k == "b":
                out.extend(["- " + it for it in blk[1]] + [""])
            elif k in ("table", "kv"):
                rows = blk[1] if k == "table" else [["", ""]] + [list(r) for r in blk[1]]
                if k == "kv":
                    rows = [["Detail", "Information"]] + [list(r) for r in blk[1]]
                out.append("| " + " | ".join(rows[0]) + " |")
                out.append("|" + "---|" * len(rows[0]))
                for r in rows[1:]:
                    out.append("| " + " | ".join(c.replace("|", "/") for c in r) + " |")
                out.append("")

    add(plan["cover"])
    for letter, heading, blocks in plan["sections"]:
        out.extend(["## " + heading, ""])
        add(blocks)
    add(plan["tail"])
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")


RENDER = {"docx_headings": docx_headings, "docx_bold": docx_bold,
          "docx_lettertable": docx_lettertable, "pdf": pdf, "txt": txt, "md": md}
