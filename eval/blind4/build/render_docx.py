"""Word renderers for blind4. Deterministic: fixed core properties and zip timestamps.

Plan dict keys used here: title, cover, sections [(code, heading, blocks)], tail,
optional docx_header (page header text), docx_font, contents (rows for a contents table).
Blocks: ("p", text) ("h", subheading) ("b", [bullets]) ("n", [numbered items, numbers in text])
("t", rows; first row is the header) ("kv", [(label, value)]) ("pb",) page break.
"""
import datetime
import io
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

FIXED = datetime.datetime(2026, 10, 30, 16, 45, 0)


def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def _page_field(paragraph, label_before="Page ", with_total=True):
    def fld(instr):
        r = paragraph.add_run()
        b = OxmlElement("w:fldChar")
        b.set(qn("w:fldCharType"), "begin")
        r._r.append(b)
        r2 = paragraph.add_run()
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = instr
        r2._r.append(it)
        r3 = paragraph.add_run()
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), "end")
        r3._r.append(e)
    paragraph.add_run(label_before)
    fld(" PAGE ")
    if with_total:
        paragraph.add_run(" of ")
        fld(" NUMPAGES ")


def _fill_table(t, rows, kind, shade_head="D9D9D9"):
    ncol = max(len(r) for r in rows)
    for i, r in enumerate(rows):
        for j in range(ncol):
            c = t.cell(i, j)
            c.text = ""
            txt = r[j] if j < len(r) else ""
            lines = txt.split("\n")
            for k, line in enumerate(lines):
                p = c.paragraphs[0] if k == 0 else c.add_paragraph()
                run = p.add_run(line)
                if (kind == "t" and i == 0) or (kind == "kv" and j == 0):
                    run.bold = True
            if kind == "t" and i == 0 and shade_head:
                _shade(c, shade_head)
    if kind == "t":
        _repeat_header(t.rows[0])


class _Sink:
    """Writes blocks either to the document body or into a table cell."""

    def __init__(self, doc, cell=None, sub_mode="h2", sub_level=2):
        self.doc, self.cell, self.sub_mode, self.sub_level = doc, cell, sub_mode, sub_level
        self._first = cell is not None

    def para(self, text="", style=None):
        if self.cell is not None:
            if self._first and not self.cell.paragraphs[0].text:
                p = self.cell.paragraphs[0]
                self._first = False
            else:
                p = self.cell.add_paragraph()
            if text:
                p.add_run(text)
            return p
        if style:
            return self.doc.add_paragraph(text, style=style)
        return self.doc.add_paragraph(text)

    def table(self, rows, cols):
        tgt = self.cell if self.cell is not None else self.doc
        return tgt.add_table(rows=rows, cols=cols)

    def write(self, blocks):
        for blk in blocks:
            kind = blk[0]
            if kind == "p":
                self.para(blk[1])
            elif kind == "h":
                if self.cell is None and self.sub_mode == "h2":
                    self.doc.add_heading(blk[1], level=self.sub_level)
                else:
                    p = self.para()
                    r = p.add_run(blk[1])
                    r.bold = True
                    if self.sub_mode == "underline":
                        r.underline = True
            elif kind == "b":
                for it in blk[1]:
                    if self.cell is None:
                        self.doc.add_paragraph(it, style="List Bullet")
                    else:
                        self.para("\u2022 " + it)
            elif kind == "n":
                for it in blk[1]:
                    self.para(it)
            elif kind in ("t", "kv"):
                rows = blk[1] if kind == "t" else [list(r) for r in blk[1]]
                ncol = max(len(r) for r in rows)
                t = self.table(len(rows), ncol)
                t.style = "Table Grid"
                _fill_table(t, rows, kind)
                if self.cell is None:
                    self.doc.add_paragraph()
                else:
                    self.para()
            elif kind == "pb":
                if self.cell is None:
                    self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            else:
                raise ValueError(kind)


def _new_doc(plan, font="Arial", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = plan.get("docx_font", font)
    st.font.size = Pt(plan.get("docx_size", size))
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    if plan.get("docx_header"):
        hp = sec.header.paragraphs[0]
        hp.text = plan["docx_header"]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if plan.get("docx_footer", True):
        fp = sec.footer.paragraphs[0]
        if plan.get("docx_footer_text"):
            fp.add_run(plan["docx_footer_text"] + "    ")
        _page_field(fp, with_total=plan.get("docx_page_total", True))
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return doc


def _save(doc, plan, path):
    cp = doc.core_properties
    cp.title = plan["title"]
    cp.author = plan.get("docx_author", "SEN Casework Team")
    cp.last_modified_by = plan.get("docx_author", "SEN Casework Team")
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = plan.get("docx_revision", 3)
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 10, 30, 16, 45, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(info.filename))


def _title(doc, plan, style):
    if style == "Title":
        doc.add_heading(plan["title"], level=0)
    else:
        p = doc.add_paragraph()
        r = p.add_run(plan["title"])
        r.bold = True
        r.font.size = Pt(16)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if plan.get("subtitle"):
            p2 = doc.add_paragraph()
            r2 = p2.add_run(plan["subtitle"])
            r2.font.size = Pt(12)
            p2.alignment = WD_ALIGN_PARAGRAPH.CENTER


def docx_styled(plan, path, sect_level=1, sub_mode="h2", contents=False, title_style="Title"):
    """Sections as Word headings (Heading 1 by default); optional contents table first."""
    doc = _new_doc(plan)
    _title(doc, plan, title_style)
    if contents:
        doc.add_paragraph().add_run("Contents").bold = True
        rows = [["Section", "Title", "Page"]] + plan["contents"]
        t = doc.add_table(rows=len(rows), cols=3)
        t.style = "Table Grid"
        _fill_table(t, rows, "t")
        doc.add_paragraph()
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    sink = _Sink(doc, sub_mode=sub_mode, sub_level=min(sect_level + 1, 3))
    sink.write(plan["cover"])
    for code, heading, blocks in plan["sections"]:
        doc.add_heading(heading, level=sect_level)
        sink.write(blocks)
    sink.write(plan["tail"])
    _save(doc, plan, path)


def docx_sectiontables(plan, path):
    """Every section is a one-column table: a shaded title row, then a body row."""
    doc = _new_doc(plan)
    _title(doc, plan, "bold")
    _Sink(doc, sub_mode="bold").write(plan["cover"])
    for code, heading, blocks in plan["sections"]:
        t = doc.add_table(rows=2, cols=1)
        t.style = "Table Grid"
        head = t.cell(0, 0)
        head.text = ""
        r = head.paragraphs[0].add_run(heading)
        r.bold = True
        r.font.size = Pt(12)
        _shade(head, plan.get("shade", "1F4E79"))
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        body = t.cell(1, 0)
        _Sink(doc, cell=body, sub_mode="bold").write(blocks)
        doc.add_paragraph()
    _Sink(doc, sub_mode="bold").write(plan["tail"])
    _save(doc, plan, path)


def docx_lettertable(plan, path):
    """Two-column table per section: the letter in a narrow left cell, title and body on the right."""
    doc = _new_doc(plan, size=10)
    _title(doc, plan, "bold")
    _Sink(doc, sub_mode="bold").write(plan["cover"])
    for code, heading, blocks in plan["sections"]:
        t = doc.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        t.autofit = False
        left, right = t.rows[0].cells
        left.width = Cm(1.2)
        right.width = Cm(15.8)
        left.text = ""
        rl = left.paragraphs[0].add_run(code)
        rl.bold = True
        rl.font.size = Pt(16)
        _shade(left, "E2EFDA")
        right.text = ""
        rr = right.paragraphs[0].add_run(heading)
        rr.bold = True
        rr.font.size = Pt(11)
        _Sink(doc, cell=right, sub_mode="underline").write(blocks)
        doc.add_paragraph()
    _Sink(doc, sub_mode="bold").write(plan["tail"])
    _save(doc, plan, path)


def docx_bold(plan, path):
    """No heading styles at all: every heading is a bold Normal paragraph."""
    doc = _new_doc(plan, font="Calibri")
    _title(doc, plan, "bold")
    sink = _Sink(doc, sub_mode="bold")
    sink.write(plan["cover"])
    for code, heading, blocks in plan["sections"]:
        p = doc.add_paragraph()
        r = p.add_run(heading)
        r.bold = True
        r.font.size = Pt(12)
        sink.write(blocks)
    sink.write(plan["tail"])
    _save(doc, plan, path)
