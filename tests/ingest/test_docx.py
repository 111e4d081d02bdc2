"""Word documents are read in document order, tables included, headers and footers left out."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from audit.ingest.docx import read_docx
from audit.ingest.readers import read_document
from audit.model import Block

FILLER = (
    "Sam is nine years old and lives with his mother and his sister. He enjoys football, "
    "drawing animals and building with Lego at home and at school."
)


def _save(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _append_xml(document: docx.document.Document, xml: str) -> None:
    """Put raw body XML (content controls, deleted text) before the section properties."""
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(xml))


def build_plan() -> bytes:
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "OFFICIAL SENSITIVE header line"
    section.footer.paragraphs[0].text = "Footer: Sam Smith EHCP page"
    document.add_heading("Education, Health and Care Plan", 0)
    part = document.add_paragraph()
    part.add_run("Part A: Views, interests and aspirations").bold = True
    document.add_paragraph(FILLER)
    mixed = document.add_paragraph()
    mixed.add_run("Sam says: ").bold = True
    mixed.add_run("I like maths.")
    document.add_heading("Section B: Special educational needs", 1)
    document.add_paragraph("Needs a quiet space to work", style="List Bullet")
    document.add_paragraph("Uses a visual timetable", style="List Number")
    table = document.add_table(rows=3, cols=3)
    for column, title in enumerate(("Outcome", "Provision", "Who")):
        table.cell(0, column).text = title
    table.cell(1, 0).merge(table.cell(2, 0)).text = "Sam will read 50 words by July 2027"
    table.cell(1, 1).merge(table.cell(1, 2)).text = "Daily reading, 20 minutes"
    table.cell(2, 1).text = "Speech and language therapy"
    table.cell(2, 2).text = "Therapist"
    nested = table.cell(2, 2).add_table(rows=1, cols=2)
    nested.cell(0, 0).text = "Monday"
    nested.cell(0, 1).text = "30 minutes"
    _append_xml(
        document,
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="Health needs"/></w:sdtPr><w:sdtContent>'
        "<w:p><w:r><w:t>Section C: Health needs</w:t></w:r></w:p>"
        "<w:p><w:r><w:t xml:space=\"preserve\">Sam has </w:t></w:r>"
        "<w:sdt><w:sdtContent><w:r><w:t>asthma</w:t></w:r></w:sdtContent></w:sdt>"
        "<w:del w:id=\"1\" w:author=\"x\"><w:r><w:delText>and eczema</w:delText></w:r></w:del>"
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t>(hidden template note)</w:t></w:r>"
        "<w:r><w:t>.</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>",
    )
    document.add_paragraph("After the table and the content control.")
    return _save(document)


def test_blocks_in_document_order_with_kinds_and_texts() -> None:
    blocks = read_docx("plan.docx", build_plan())
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Education, Health and Care Plan"),
        ("paragraph", "Part A: Views, interests and aspirations"),
        ("paragraph", FILLER),
        ("paragraph", "Sam says: I like maths."),
        ("heading", "Section B: Special educational needs"),
        ("list_item", "Needs a quiet space to work"),
        ("list_item", "Uses a visual timetable"),
        ("table_row", "Outcome | Provision | Who"),
        ("table_row", "Sam will read 50 words by July 2027 | Daily reading, 20 minutes"),
        ("table_row", "Speech and language therapy | Therapist\nMonday | 30 minutes"),
        ("paragraph", "Section C: Health needs"),
        ("paragraph", "Sam has asthma."),
        ("paragraph", "After the table and the content control."),
    ]


def test_headers_and_footers_stay_out_of_the_body() -> None:
    text = "\n".join(b.text for b in read_docx("plan.docx", build_plan()))
    assert "OFFICIAL SENSITIVE" not in text
    assert "Footer:" not in text


def test_heading_levels_styles_and_bold() -> None:
    blocks = read_docx("plan.docx", build_plan())
    title, part, filler, mixed, heading, bullet, numbered = blocks[:7]
    assert (title.level, title.style) == (1, "Title")
    assert (heading.level, heading.style) == (1, "Heading 1")
    assert part.bold and not part.level
    assert not filler.bold
    assert not mixed.bold  # only some runs are bold
    assert (bullet.style, numbered.style) == ("List Bullet", "List Number")
    assert (bullet.level, numbered.level) == (1, 1)
    assert filler.style == "Normal"


def test_merged_cells_read_once_and_aligned_to_the_header() -> None:
    rows = [b for b in read_docx("plan.docx", build_plan()) if b.kind == "table_row"]
    assert [b.row for b in rows] == [0, 1, 2]
    assert {b.table for b in rows} == {0}
    assert rows[1].cells == ("Sam will read 50 words by July 2027", "Daily reading, 20 minutes", "")
    # The vertically merged outcome continues into row 2: empty there, not repeated. A cell's
    # lines (here a nested table's row) stay lines, in `text` as in `cells`.
    assert rows[2].cells == ("", "Speech and language therapy", "Therapist\nMonday | 30 minutes")


def test_custom_heading_style_inherits_its_level() -> None:
    document = docx.Document()
    style = document.styles.add_style("EHCP Section Title", WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Heading 2"]
    document.add_paragraph("Section E: Outcomes", style="EHCP Section Title")
    document.add_paragraph(FILLER)
    blocks = read_docx("plan.docx", _save(document))
    assert blocks[0] == Block(
        kind="heading", text="Section E: Outcomes", level=2, bold=True, style="EHCP Section Title"
    )


def test_numbering_on_a_plain_paragraph_makes_a_list_item() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Attend school every day")
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')
    )
    step = document.add_paragraph("Walk to the gate with an adult")
    step._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>')
    )
    document.add_paragraph("A sub-point", style="List Bullet 2")
    blocks = read_docx("plan.docx", _save(document))
    assert blocks == (
        Block(kind="list_item", text="Attend school every day", level=1, style="Normal"),
        Block(kind="list_item", text="Walk to the gate with an adult", level=2, style="Normal"),
        Block(kind="list_item", text="A sub-point", level=2, style="List Bullet 2"),
    )


def test_bullets_typed_as_characters_are_list_items() -> None:
    document = docx.Document()
    document.add_paragraph("\u2022 \"My friends say I am kind.\"")
    document.add_paragraph("- Loves swimming")
    document.add_paragraph("-3 degrees is cold")
    blocks = read_docx("plan.docx", _save(document))
    assert [(b.kind, b.text) for b in blocks] == [
        ("list_item", '"My friends say I am kind."'),
        ("list_item", "Loves swimming"),
        ("paragraph", "-3 degrees is cold"),
    ]


def test_one_column_layout_table_is_read_as_paragraphs() -> None:
    document = docx.Document()
    box = document.add_table(rows=2, cols=1)
    box.cell(0, 0).paragraphs[0].add_run("Section F: Special educational provision").bold = True
    box.cell(1, 0).text = "Small group literacy three times a week."
    inner = box.cell(1, 0).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Provision"
    inner.cell(0, 1).text = "Who"
    blocks = read_docx("plan.docx", _save(document))
    assert [(b.kind, b.text, b.bold, b.table) for b in blocks] == [
        ("paragraph", "Section F: Special educational provision", True, None),
        ("paragraph", "Small group literacy three times a week.", False, None),
        ("table_row", "Provision | Who", False, 0),
    ]


def test_text_boxes_read_once_and_line_breaks_kept() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Name: Sam")
    paragraph.runs[0].add_break()
    paragraph.add_run("Date of birth: 01/02/2016")
    _append_xml(
        document,
        f'<w:p {nsdecls("w")} '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent>"
        "<w:p><w:r><w:t>Text box words</w:t></w:r></w:p>"
        "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
        "<w:p><w:r><w:t>Text box words</w:t></w:r></w:p>"
        "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>",
    )
    blocks = read_docx("plan.docx", _save(document))
    assert [b.text for b in blocks] == ["Name: Sam\nDate of birth: 01/02/2016", "Text box words"]


def test_read_document_fingerprints_and_is_deterministic() -> None:
    data = build_plan()
    first = read_document("plan.docx", data)
    second = read_document("plan.docx", data)
    assert first == second
    assert first.format == "docx"
    assert len(first.sha256) == 64
    assert first.structured is None


def test_reads_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(build_plan())
    assert read_document(str(path)).blocks == read_document("x.docx", build_plan()).blocks
