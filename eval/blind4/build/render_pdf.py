"""PDF renderer for blind4: looks like a Word document exported to PDF.

Running header (plan["header"]) on every page, footer with plan["footer"] on the left and
"Page N of M" on the right. Modes:
  "sectiontable" - each section is a table whose first row is the shaded section title and whose
                   body rows are the paragraphs; the table splits across pages.
  "headings"     - bold headings with a rule, paragraphs and tables in the flow.
  "lettercol"    - two-column section tables, the letter in a narrow left column.
reportlab runs with invariant=1 so that two builds are byte-identical.
"""
from xml.sax.saxutils import escape

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table,  # noqa: E402
                                TableStyle, HRFlowable, PageBreak)

_SS = getSampleStyleSheet()
BODY = ParagraphStyle("b4body", parent=_SS["BodyText"], fontName="Helvetica", fontSize=10, leading=13,
                      spaceAfter=4)
CELL = ParagraphStyle("b4cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)
CELLB = ParagraphStyle("b4cellb", parent=CELL, fontName="Helvetica-Bold")
SUB = ParagraphStyle("b4sub", parent=BODY, fontName="Helvetica-Bold", fontSize=10, spaceBefore=4)
SECT = ParagraphStyle("b4sect", parent=BODY, fontName="Helvetica-Bold", fontSize=12, leading=15,
                      textColor=colors.white)
SECTH = ParagraphStyle("b4secth", parent=BODY, fontName="Helvetica-Bold", fontSize=13, leading=16,
                       textColor=colors.HexColor("#1F3864"), spaceBefore=10)
LETTER = ParagraphStyle("b4letter", parent=BODY, fontName="Helvetica-Bold", fontSize=16, leading=18)
TITLE = ParagraphStyle("b4title", parent=_SS["Title"], fontName="Helvetica-Bold", fontSize=16)
WIDTH = 483.0


def _canvas_factory(header, footer):
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            rl_canvas.Canvas.__init__(self, *args, **kwargs)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.saveState()
                self.setFont("Helvetica", 7.5)
                self.drawString(56, A4[1] - 28, header)
                self.line(56, A4[1] - 32, A4[0] - 56, A4[1] - 32)
                self.drawString(56, 24, footer)
                self.drawRightString(A4[0] - 56, 24, "Page %d of %d" % (self._pageNumber, total))
                self.restoreState()
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)
    return NumberedCanvas


def _para(text, style):
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _table(rows, kind, width=WIDTH, widths=None):
    ncol = max(len(r) for r in rows)
    data = []
    for i, r in enumerate(rows):
        line = []
        for j in range(ncol):
            txt = r[j] if j < len(r) else ""
            bold = (kind == "t" and i == 0) or (kind == "kv" and j == 0)
            line.append(_para(txt, CELLB if bold else CELL))
        data.append(line)
    if widths is None:
        if kind == "kv":
            widths = [width * 0.32, width * 0.68]
        else:
            widths = [width / ncol] * ncol
    t = Table(data, colWidths=widths, repeatRows=1 if kind == "t" else 0, splitByRow=1)
    st = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#808080")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if kind == "t":
        st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")))
    t.setStyle(TableStyle(st))
    return t


def _flow(blocks, width=WIDTH, widths_for=None):
    out = []
    for blk in blocks:
        k = blk[0]
        if k == "p":
            out.append(_para(blk[1], BODY))
        elif k == "h":
            out.append(_para(blk[1], SUB))
        elif k == "b":
            for it in blk[1]:
                out.append(Paragraph(escape(it), BODY, bulletText="\u2022"))
        elif k == "n":
            for it in blk[1]:
                out.append(_para(it, BODY))
        elif k in ("t", "kv"):
            rows = blk[1] if k == "t" else [list(r) for r in blk[1]]
            w = None
            if widths_for and k == "t":
                w = widths_for(rows, width)
            out.append(_table(rows, k, width, w))
            out.append(Spacer(1, 6))
        elif k == "pb":
            out.append(PageBreak())
        else:
            raise ValueError(k)
    return out


def _cell_rows(blocks):
    """Turn a section's blocks into table rows (one paragraph per row); tables are returned
    as separate flowables so that they can split across pages too."""
    chunks, cur = [], []
    for blk in blocks:
        k = blk[0]
        if k in ("t", "kv"):
            if cur:
                chunks.append(("rows", cur))
                cur = []
            chunks.append(("table", blk))
        elif k == "p":
            cur.append(_para(blk[1], CELL))
        elif k == "h":
            cur.append(_para(blk[1], CELLB))
        elif k == "b":
            for it in blk[1]:
                cur.append(Paragraph(escape(it), CELL, bulletText="\u2022"))
        elif k == "n":
            for it in blk[1]:
                cur.append(_para(it, CELL))
    if cur:
        chunks.append(("rows", cur))
    return chunks


def _auto_widths(rows, width):
    """Wider first column for outcome/provision tables with 4-5 columns."""
    n = max(len(r) for r in rows)
    if n == 4:
        f = [0.34, 0.28, 0.18, 0.20]
    elif n == 5:
        f = [0.28, 0.22, 0.18, 0.16, 0.16]
    elif n == 3:
        f = [0.45, 0.30, 0.25]
    else:
        return [width / n] * n
    return [width * x for x in f]


def render(plan, path, mode="sectiontable", repeat_title=True, shade="#2F5496"):
    story = [_para(plan["title"], TITLE)]
    if plan.get("subtitle"):
        story.append(_para(plan["subtitle"], ParagraphStyle("st", parent=BODY, alignment=1)))
    story += _flow(plan["cover"], widths_for=_auto_widths)
    for code, heading, blocks in plan["sections"]:
        if mode == "headings":
            story.append(_para(heading, SECTH))
            story.append(HRFlowable(width="100%", thickness=0.8, color=colors.HexColor("#1F3864"),
                                    spaceAfter=4))
            story += _flow(blocks, widths_for=_auto_widths)
            continue
        first = True
        chunks = _cell_rows(blocks) or [("rows", [])]
        if chunks[0][0] == "table":
            chunks.insert(0, ("rows", []))
        for kind, payload in chunks:
            if kind == "table":
                rows = payload[1] if payload[0] == "t" else [list(r) for r in payload[1]]
                w = _auto_widths(rows, WIDTH) if payload[0] == "t" else None
                story.append(_table(rows, payload[0], WIDTH, w))
                story.append(Spacer(1, 4))
                continue
            if mode == "sectiontable":
                data = []
                if first:
                    data.append([_para(heading, SECT)])
                data += [[f] for f in payload]
                t = Table(data, colWidths=[WIDTH], repeatRows=1 if (first and repeat_title) else 0,
                          splitByRow=1)
                st = [("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#808080")),
                      ("VALIGN", (0, 0), (-1, -1), "TOP"),
                      ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
                if first:
                    st.append(("BACKGROUND", (0, 0), (0, 0), colors.HexColor(shade)))
                t.setStyle(TableStyle(st))
            else:  # lettercol
                data = []
                if first:
                    data.append([_para(code, LETTER), _para(heading, CELLB)])
                data += [["", f] for f in payload]
                t = Table(data, colWidths=[36, WIDTH - 36], splitByRow=1)
                st = [("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#808080")),
                      ("LINEAFTER", (0, 0), (0, -1), 0.6, colors.HexColor("#808080")),
                      ("VALIGN", (0, 0), (-1, -1), "TOP"),
                      ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E7E6E6")),
                      ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
                t.setStyle(TableStyle(st))
            story.append(t)
            story.append(Spacer(1, 4))
            first = False
        story.append(Spacer(1, 8))
    story += _flow(plan["tail"], widths_for=_auto_widths)
    doc = SimpleDocTemplate(path, pagesize=A4, title=plan["title"], author=plan.get("pdf_author", "Microsoft Word"),
                            creator=plan.get("pdf_creator", "Microsoft Word for Microsoft 365"),
                            topMargin=48, bottomMargin=44, leftMargin=56, rightMargin=56)
    doc.build(story, canvasmaker=_canvas_factory(plan["header"], plan.get("footer", "")))
