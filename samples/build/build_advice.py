"""Render the fictional health advice samples from samples/build/advice/*.yaml into
samples/health-advice/ as .docx, .pdf or .txt, deterministically (fixed zip times, invariant PDFs).

A source is a list of blocks: {title}, {h: heading}, {sub: sub-heading}, a paragraph string,
{ul: [items]}, {kv: [[label, value], ...]}. Run: python samples/build/build_advice.py
"""

from __future__ import annotations

import io
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

BUILD = Path(__file__).resolve().parent
SOURCES = BUILD / "advice"
OUT = BUILD.parent / "health-advice"
sys.path.insert(0, str(BUILD))

from build_samples import _fixed_zip, _wrap  # noqa: E402 - the plans' byte-stable zip and text wrapping


def render_docx(blocks: list[Any], path: Path, heading_style: str) -> None:
    from docx import Document

    doc = Document()
    core = doc.core_properties
    fixed = datetime(2026, 1, 1)
    core.author = "Wessex Community Health"
    core.title = "Health advice"
    core.created = core.modified = core.last_printed = fixed
    core.last_modified_by = core.author
    core.revision = 1
    for block in blocks:
        if isinstance(block, str):
            doc.add_paragraph(block)
        elif "title" in block:
            doc.add_paragraph(block["title"], style="Title")
        elif "h" in block or "sub" in block:
            text, level = (block["h"], 1) if "h" in block else (block["sub"], 2)
            if heading_style == "word_heading":
                doc.add_heading(text, level=level)
            else:
                doc.add_paragraph().add_run(text).bold = True
        elif "ul" in block:
            for item in block["ul"]:
                doc.add_paragraph(item, style="List Bullet")
        elif "kv" in block:
            table = doc.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for label, value in ((str(k), str(v)) for k, v in block["kv"]):
                cells = table.add_row().cells
                cells[0].paragraphs[0].add_run(label).bold = True
                cells[1].paragraphs[0].add_run(value)
            doc.add_paragraph()
    buffer = io.BytesIO()
    doc.save(buffer)
    path.write_bytes(_fixed_zip(buffer.getvalue()))


def render_pdf(blocks: list[Any], path: Path) -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontSize=10, leading=13, spaceAfter=5)
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11, spaceAfter=0)
    cell_bold = ParagraphStyle("cellb", parent=cell, fontName="Helvetica-Bold")
    heading = ParagraphStyle("h", parent=styles["Heading2"], fontSize=13, spaceBefore=10)
    sub = ParagraphStyle("sub", parent=body, fontName="Helvetica-Bold", fontSize=10.5, spaceBefore=6)
    bullet = ParagraphStyle("bul", parent=body, leftIndent=14, bulletIndent=4)
    story: list[Any] = []
    for block in blocks:
        if isinstance(block, str):
            story.append(Paragraph(escape(block), body))
        elif "title" in block:
            story.append(Paragraph(escape(block["title"]), styles["Title"]))
        elif "h" in block:
            story.append(Paragraph(escape(block["h"]), heading))
        elif "sub" in block:
            story.append(Paragraph(escape(block["sub"]), sub))
        elif "ul" in block:
            story.extend(Paragraph(escape(item), bullet, bulletText="\u2022") for item in block["ul"])
        elif "kv" in block:
            data = [[Paragraph(escape(str(k)), cell_bold), Paragraph(escape(str(v)), cell)] for k, v in block["kv"]]
            avail = A4[0] - 4 * cm
            table = Table(data, colWidths=[avail * 0.3, avail * 0.7])
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [table, Spacer(1, 6)]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, topMargin=2 * cm, bottomMargin=2 * cm, leftMargin=2 * cm,
                            rightMargin=2 * cm, title="Health advice", author="Wessex Community Health", invariant=1)
    doc.build(story)
    path.write_bytes(buffer.getvalue())


def render_text(blocks: list[Any], path: Path) -> None:
    """Plain text as a clinical system exports it: capitals for the title, headings on their own line."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, str):
            out += [_wrap(block), ""]
        elif "title" in block:
            out += [block["title"].upper(), ""]
        elif "h" in block:
            out += [block["h"], "-" * len(block["h"]), ""]
        elif "sub" in block:
            out += [block["sub"], ""]
        elif "ul" in block:
            out += [_wrap(item, indent="- ") for item in block["ul"]] + [""]
        elif "kv" in block:
            out += [f"{k}: {v}" for k, v in block["kv"]] + [""]
    path.write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")


def main() -> int:
    OUT.mkdir(exist_ok=True)
    for source in sorted(SOURCES.glob("*.yaml")):
        advice = yaml.safe_load(source.read_text(encoding="utf-8"))
        path = OUT / advice["file"]
        style = advice.get("style", "word_heading")
        if path.suffix == ".docx":
            render_docx(advice["blocks"], path, style)
        elif path.suffix == ".pdf":
            render_pdf(advice["blocks"], path)
        else:
            render_text(advice["blocks"], path)
        print(path.relative_to(BUILD.parent.parent))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
