"""PDFs with a text layer: running headers, footers and page numbers go; words and
paragraphs come back whole; bullets, headings and aligned rows stay separate."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from audit.errors import AuditInputError
from audit.ingest.pdf import read_pdf
from audit.ingest.readers import read_document

WIDTH, HEIGHT = A4
TOPICS = ("football", "swimming", "drawing")


def build_plan_pdf() -> bytes:
    """Three pages, each with a running header, 'Page n of 3', a heading, a paragraph with
    a word hyphenated across two lines, two bullets (one wrapped) and a table-like row."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for page, topic in enumerate(TOPICS, start=1):
        pdf.setFont("Helvetica", 9)
        pdf.drawString(72, HEIGHT - 40, "Education, Health and Care Plan - Sam Smith - 01/09/2026")
        pdf.drawString(WIDTH / 2, 30, f"Page {page} of 3")
        y = HEIGHT - 90
        pdf.setFont("Helvetica-Bold", 12)
        pdf.drawString(72, y, f"SECTION {'ABC'[page - 1]}: VIEWS AND INTERESTS")
        y -= 22
        pdf.setFont("Helvetica", 11)
        for line in (
            f"Sam enjoys {topic} with his friends at the park and he likes",
            "to draw pictures of animals. He finds it hard to concentrate in assess-",
            f"ments about {topic} and needs support.",
        ):
            pdf.drawString(72, y, line)
            y -= 14
        y -= 10
        pdf.drawString(72, y, f"\u2022 He needs a quiet space for {topic}")
        y -= 14
        pdf.drawString(84, y, "in the afternoons")
        y -= 14
        pdf.drawString(72, y, f"\u2022 He likes Lego and {topic}")
        y -= 24
        pdf.drawString(72, y, "Speech therapy")
        pdf.drawString(250, y, f"Weekly, {topic}")
        pdf.drawString(400, y, "Therapist")
        y -= 24
        pdf.drawString(72, y, f"Another paragraph about {topic} starts here after a gap.")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_exact_blocks_without_running_lines() -> None:
    blocks = read_pdf("plan.pdf", build_plan_pdf())
    expected = []
    for page, topic in enumerate(TOPICS, start=1):
        expected += [
            ("heading", f"SECTION {'ABC'[page - 1]}: VIEWS AND INTERESTS", page),
            ("paragraph", f"Sam enjoys {topic} with his friends at the park and he likes to draw "
             f"pictures of animals. He finds it hard to concentrate in assessments about {topic} "
             "and needs support.", page),
            ("list_item", f"He needs a quiet space for {topic} in the afternoons", page),
            ("list_item", f"He likes Lego and {topic}", page),
            ("table_row", f"Speech therapy | Weekly, {topic} | Therapist", page),
            ("paragraph", f"Another paragraph about {topic} starts here after a gap.", page),
        ]
    assert [(b.kind, b.text, b.page) for b in blocks] == expected


def test_headings_have_levels_and_rows_have_cells() -> None:
    blocks = read_pdf("plan.pdf", build_plan_pdf())
    assert blocks[0].level == 1
    assert [b.level for b in blocks if b.kind == "list_item"] == [1] * 6
    rows = [b for b in blocks if b.kind == "table_row"]
    assert rows[0].cells == ("Speech therapy", "Weekly, football", "Therapist")
    assert [b.table for b in rows] == [0, 1, 2]


def test_no_page_numbers_or_headers_in_text() -> None:
    text = "\n".join(b.text for b in read_pdf("plan.pdf", build_plan_pdf()))
    assert "Page" not in text
    assert "Education, Health and Care Plan" not in text


def test_words_are_not_glued_together() -> None:
    blocks = read_pdf("plan.pdf", build_plan_pdf())
    words = {word.strip(".,") for b in blocks for word in b.text.split()}
    assert {"assessments", "concentrate", "afternoons", "Lego"} <= words
    assert all(len(word) < 20 for word in words)


def test_single_page_drops_a_lone_page_number() -> None:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.drawString(72, HEIGHT - 72, "Section K: Advice and information")
    pdf.drawString(72, HEIGHT - 100, "Educational psychology advice, dated 3 March 2026.")
    pdf.drawString(WIDTH / 2, 30, "- 1 -")
    pdf.showPage()
    pdf.save()
    blocks = read_pdf("plan.pdf", buffer.getvalue())
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Section K: Advice and information"),
        ("paragraph", "Educational psychology advice, dated 3 March 2026."),
    ]


def test_read_document_on_pdf() -> None:
    document = read_document("plan.pdf", build_plan_pdf())
    assert document.format == "pdf"
    assert document.blocks == read_pdf("plan.pdf", build_plan_pdf())


def test_pdf_without_text_layer_is_scanned() -> None:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.rect(100, 100, 300, 300, fill=1)
    pdf.showPage()
    pdf.save()
    with pytest.raises(AuditInputError, match="scanned PDF with no text layer \\(OCR it first\\)"):
        read_document("scan.pdf", buffer.getvalue())


def test_justified_paragraphs_and_nested_bullets_from_a_flowing_layout() -> None:
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import ListFlowable, Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    body.alignment = TA_JUSTIFY
    long_text = (
        "Sam communicates best when adults use short sentences, visual supports and give him "
        "time to process what has been said before expecting an answer. " * 3
    ).strip()
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([
        Paragraph("Section B: Special educational needs", styles["Heading2"]),
        Paragraph(long_text, body),
        ListFlowable(
            [Paragraph("Uses a visual timetable", body),
             ListFlowable([Paragraph("Checks it at each change of lesson", body)],
                          bulletType="bullet", start="\u2022", leftIndent=36)],
            bulletType="bullet", start="\u2022",
        ),
    ])
    blocks = read_pdf("plan.pdf", buffer.getvalue())
    assert [(b.kind, b.text, b.level) for b in blocks] == [
        ("heading", "Section B: Special educational needs", 1),
        ("paragraph", long_text, None),
        ("list_item", "Uses a visual timetable", 1),
        ("list_item", "Checks it at each change of lesson", 2),
    ]


def test_a_repeated_body_line_at_different_heights_is_kept() -> None:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for page, lines in enumerate((4, 9, 6), start=1):
        y = HEIGHT - 72
        for number in range(lines):
            pdf.drawString(72, y, f"Page {page} body line {'abcdefghi'[number]} about Sam's week.")
            y -= 16
        pdf.drawString(72, y - 16, "Sam says he is happy.")
        pdf.drawString(WIDTH / 2, 30, str(page))
        pdf.showPage()
    pdf.save()
    blocks = read_pdf("plan.pdf", buffer.getvalue())
    assert sum(b.text == "Sam says he is happy." for b in blocks) == 3


def test_wrapped_table_cells_are_joined_into_their_rows() -> None:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    body = getSampleStyleSheet()["BodyText"]

    def cell(text: str) -> Paragraph:
        return Paragraph(text, body)

    rows = [
        ["Need", "Provision", "Who", "How often"],
        ["Communication", cell("Attention Autism group session to build shared attention"),
         cell("Teaching assistant trained in Attention Autism"), cell("4 x 15 minutes weekly")],
        ["Sensory", cell("Regular movement breaks and access to ear defenders"),
         "Teaching assistant", "As required"],
    ]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([
        Paragraph("Section F: Special educational provision", getSampleStyleSheet()["Heading2"]),
        # Word tops its cells; reportlab bottoms them unless told.
        Table(rows, colWidths=[100, 140, 140, 100],
              style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")])),
        Paragraph("Strategies to be used by all staff are set out below.", body),
    ])
    blocks = read_pdf("plan.pdf", buffer.getvalue())
    assert [(b.kind, b.cells) for b in blocks] == [
        ("heading", ()),
        ("table_row", ("Need", "Provision", "Who", "How often")),
        ("table_row", ("Communication", "Attention Autism group session to build shared attention",
                       "Teaching assistant trained in Attention Autism", "4 x 15 minutes weekly")),
        ("table_row", ("Sensory", "Regular movement breaks and access to ear defenders",
                       "Teaching assistant", "As required")),
        ("paragraph", ()),
    ]
    assert [b.row for b in blocks if b.kind == "table_row"] == [0, 1, 2]
