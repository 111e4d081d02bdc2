"""Render the bundled fictional EHC plans from their source texts in samples/build/plans/.

Each plan is one YAML file (personal details, dates, section texts); this script renders it
to .docx, .pdf, .txt, .md or .json in its template style and writes samples/manifest.csv.
Deterministic: fixed dates, no randomness, byte-stable PDFs (reportlab invariant) and DOCX
(zip entries re-written with a fixed timestamp). Run: python samples/build/build_samples.py
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable

import yaml

BUILD = Path(__file__).resolve().parent
SAMPLES = BUILD.parent
sys.path.insert(0, str(SAMPLES.parent))  # the project's own NHS number check, installed or not
from audit.privacy.nhs_number import is_valid_nhs_number  # noqa: E402
PLANS = BUILD / "plans"
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)
PDF_HEADER = "Wessex County Council - EHC Plan - CONFIDENTIAL"

SECTION_ORDER = ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "H", "I", "J", "K")

# Two families of section titles: the statutory ones used with a letter, and the
# letter-less titles some councils use ("The child's views, interests and aspirations").
TITLES: dict[str, dict[str, str]] = {
    "standard": {
        "A": "Views, interests and aspirations",
        "B": "Special educational needs",
        "C": "Health needs related to special educational needs or disability",
        "D": "Social care needs related to special educational needs or disability",
        "E": "Outcomes",
        "F": "Special educational provision",
        "G": "Health provision",
        "H1": "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
        "H2": "Other social care provision",
        "H": "Social care provision",
        "I": "Placement",
        "J": "Personal budget",
        "K": "Advice and information",
    },
    "untitled": {
        "A": "The {who}'s views, interests and aspirations",
        "B": "The {who}'s special educational needs",
        "C": "The {who}'s health needs which relate to their special educational needs or disability",
        "D": "The {who}'s social care needs which relate to their special educational needs or disability",
        "E": "The outcomes sought for the {who}",
        "F": "The special educational provision required by the {who}",
        "G": "Any health provision reasonably required by the learning difficulties or disabilities which result in the {who} having special educational needs",
        "H1": "Any social care provision which must be made for the {who} under section 2 of the Chronically Sick and Disabled Persons Act 1970",
        "H2": "Any other social care provision reasonably required by the learning difficulties or disabilities which result in the {who} having special educational needs",
        "H": "Social care provision for the {who}",
        "I": "The name and type of the school or other institution to be attended by the {who}",
        "J": "Personal budget arrangements",
        "K": "Advice and information gathered during the EHC needs assessment",
    },
}

DATE_STYLES: dict[str, Callable[[date], str]] = {
    "slash": lambda d: d.strftime("%d/%m/%Y"),
    "long": lambda d: f"{d.day} {d.strftime('%B %Y')}",
    "ordinal": lambda d: f"{d.day}{_ordinal_suffix(d.day)} {d.strftime('%B %Y')}",
    "short": lambda d: f"{d.day} {d.strftime('%b %y')}",
    "iso": lambda d: d.isoformat(),
}


def _ordinal_suffix(day: int) -> str:
    if 11 <= day <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


# --- the document as a list of blocks, shared by every renderer ---------------------------
# ("title", text) ("heading", text, level) ("para", text) ("bold", text) ("bullets", [..])
# ("table", rows, header_bold) ("section", letter, title, blocks) ("pagebreak",)
Block = tuple


def content_blocks(items: list[Any]) -> list[Block]:
    """Source items -> blocks: a string is a paragraph; dicts name the other kinds."""
    blocks: list[Block] = []
    for item in items or []:
        if isinstance(item, str):
            blocks.append(("para", item.strip()))
        elif "h" in item:
            blocks.append(("sub", item["h"]))
        elif "ul" in item:
            blocks.append(("bullets", [str(x).strip() for x in item["ul"]]))
        elif "table" in item:
            rows = [[str(c).strip() for c in row] for row in item["table"]]
            # An unquoted comma in a YAML flow list splits a cell: catch it here, not in review.
            if any(len(row) != len(rows[0]) for row in rows):
                raise ValueError(f"table rows differ in length: {rows[0]!r}")
            blocks.append(("table", rows, True))
        elif "include" in item:
            blocks.extend(content_blocks(council_text()[item["include"]]))
        elif "kv" in item:
            if any(len(row) != 2 for row in item["kv"]):
                raise ValueError(f"kv rows must have two cells: {item['kv']!r}")
            blocks.append(("table", [[str(c).strip() for c in row] for row in item["kv"]], False))
        else:
            raise ValueError(f"unknown item {item!r}")
    return blocks


def council_text() -> dict[str, list[Any]]:
    """The council's standard wording (about the plan, rights of appeal...), shared by its plans."""
    global _COUNCIL_TEXT
    if _COUNCIL_TEXT is None:
        _COUNCIL_TEXT = yaml.safe_load((BUILD / "council_text.yaml").read_text(encoding="utf-8"))
    return _COUNCIL_TEXT


_COUNCIL_TEXT: dict[str, list[Any]] | None = None


def fmt_date(value: Any, style: str) -> str:
    return DATE_STYLES[style](value) if isinstance(value, date) else str(value)


def cover_blocks(plan: dict) -> list[Block]:
    """Title, personal details and the review history, as the plan's template lays them out."""
    child, history = plan["child"], plan["history"]
    ds = history.get("date_style", "long")
    blocks: list[Block] = [("title", plan.get("council", "Wessex County Council")),
                           ("title", plan.get("doc_title", "Education, Health and Care Plan"))]
    for line in plan.get("cover_intro", []):
        blocks.append(("para", line))
    details: list[list[str]] = []
    labels = plan.get("cover_labels", {})
    for key, label in (("name", "Name"), ("preferred_name", "Known as"),
                       ("date_of_birth", "Date of birth"), ("gender", "Gender"),
                       ("year_group_text", "Year group"), ("nhs_number_text", "NHS number"),
                       ("upn", "Unique Pupil Number (UPN)"), ("uln", "Unique Learner Number"),
                       ("address", "Address"), ("family_text", "Parents / carers"),
                       ("legal_status", "Legal status"), ("social_worker", "Social worker"),
                       ("setting", "Current setting"), ("primary_need", "Primary need"),
                       ("home_language", "Home language"), ("case_officer", "SEN case officer")):
        if key in child and child[key] not in (None, ""):
            value = child[key]
            if key == "date_of_birth":
                value = fmt_date(value, ds)
            details.append([labels.get(key, label), str(value)])
    blocks.append(("heading", plan.get("details_heading", "Personal details"), 2))
    blocks.append(("table", details, False))
    blocks.extend(history_blocks(history))
    for item in plan.get("front", []):
        blocks.extend(content_blocks([item]))
    return blocks


def history_blocks(history: dict) -> list[Block]:
    ds = history.get("date_style", "long")
    style = history.get("style", "rows")
    heading = history.get("heading", "Plan history")
    reviews = [fmt_date(d, ds) for d in history.get("reviews", [])]
    if style == "none":  # some exports carry no plan dates at all
        return []
    out: list[Block] = [("heading", heading, 2)]
    if style == "rows":
        rows = [["Date of issue", fmt_date(history["issued"], ds)]]
        rows.append(["Annual review dates", ", ".join(reviews) if reviews else history.get("no_review_text", "None held")])
        rows.append(["Date of last amendment", fmt_date(history["last_amended"], ds) if history.get("last_amended") else "Not amended"])
        if history.get("next_review"):
            rows.append(["Next review due", fmt_date(history["next_review"], ds)])
        out.append(("table", rows, False))
    elif style == "log":
        rows = [["Version", "Date", "Event"]]
        for n, (when, event) in enumerate(history["log"], start=1):
            rows.append([str(n), fmt_date(when, ds), event])
        out.append(("table", rows, True))
        if history.get("next_review"):
            out.append(("para", f"Next review due: {fmt_date(history['next_review'], ds)}"))
    elif style == "inline":
        out.append(("para", f"Date of issue: {fmt_date(history['issued'], ds)}"))
        if reviews:
            out.append(("para", f"Annual review dates: {'; '.join(reviews)}"))
        if history.get("last_amended"):
            out.append(("para", f"Date of last amendment: {fmt_date(history['last_amended'], ds)}"))
        if history.get("next_review"):
            out.append(("para", f"Next review due: {fmt_date(history['next_review'], ds)}"))
    else:
        raise ValueError(style)
    return out


def plan_blocks(plan: dict) -> list[Block]:
    blocks = cover_blocks(plan)
    blocks.append(("pagebreak",))
    who = plan.get("who", "child")
    titles = TITLES[plan.get("titles", "standard")]
    pattern = plan.get("heading", "Section {L}: {T}")
    for letter in SECTION_ORDER:
        if letter not in plan["sections"]:
            continue
        section = plan["sections"][letter] or {}
        title = section.get("title") or titles[letter].format(who=who)
        heading = pattern.format(L=letter, T=title, TU=title.upper())
        blocks.append(("section", letter, heading, content_blocks(section.get("body", []))))
    for item in plan.get("back", []):
        blocks.extend(content_blocks([item]))
    return blocks


# --- renderers --------------------------------------------------------------------------


def render_docx(plan: dict, path: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    doc = Document()
    core = doc.core_properties
    fixed = datetime(2026, 1, 1)
    core.author = plan.get("council", "Wessex County Council")
    core.title = "Education, Health and Care Plan"
    core.created = core.modified = core.last_printed = fixed
    core.last_modified_by = core.author
    core.revision = 1
    mode = plan.get("heading_mode", "word_heading")

    def table(rows: list[list[str]], header_bold: bool) -> None:
        width = max(len(r) for r in rows)
        t = doc.add_table(rows=0, cols=width)
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            cells = t.add_row().cells
            for j in range(width):
                text = row[j] if j < len(row) else ""
                para = cells[j].paragraphs[0]
                run = para.add_run(text)
                if (header_bold and i == 0) or (not header_bold and j == 0 and width == 2):
                    run.bold = True
        doc.add_paragraph()

    def emit(block: Block, in_section_table: bool = False) -> None:
        kind = block[0]
        if kind == "title":
            doc.add_paragraph(block[1], style="Title")
        elif kind == "heading":
            doc.add_heading(block[1], level=block[2])
        elif kind == "sub":
            if mode == "word_heading":
                doc.add_heading(block[1], level=plan.get("sub_level", 2))
            else:
                doc.add_paragraph().add_run(block[1]).bold = True
        elif kind == "para":
            doc.add_paragraph(block[1])
        elif kind == "bullets":
            for text in block[1]:
                doc.add_paragraph(text, style="List Bullet")
        elif kind == "table":
            table(block[1], block[2])
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "section":
            _, letter, heading, body = block
            if mode == "word_heading":
                doc.add_heading(heading, level=plan.get("section_level", 1))
            elif mode == "bold":
                run = doc.add_paragraph().add_run(heading)
                run.bold = True
                run.font.size = Pt(13)
            elif mode == "plain":
                doc.add_paragraph(heading)
            elif mode == "table":
                section_table(heading, body)
                return
            for inner in body:
                emit(inner)

    def section_table(heading: str, body: list[Block]) -> None:
        # One table per section: the first row is the title, each later row one block.
        t = doc.add_table(rows=0, cols=1)
        t.style = "Table Grid"
        cell = t.add_row().cells[0]
        cell.paragraphs[0].add_run(heading).bold = True
        for inner in body:
            kind = inner[0]
            if kind == "table":
                # Nested tables are common in these templates: keep them as real tables.
                cell = t.add_row().cells[0]
                rows = inner[1]
                width = max(len(r) for r in rows)
                nested = cell.add_table(rows=0, cols=width)
                nested.style = "Table Grid"
                for i, row in enumerate(rows):
                    cells = nested.add_row().cells
                    for j in range(width):
                        run = cells[j].paragraphs[0].add_run(row[j] if j < len(row) else "")
                        if (inner[2] and i == 0) or (not inner[2] and j == 0 and width == 2):
                            run.bold = True
                continue
            cell = t.add_row().cells[0]
            if kind == "sub":
                cell.paragraphs[0].add_run(inner[1]).bold = True
            elif kind == "para":
                cell.paragraphs[0].add_run(inner[1])
            elif kind == "bullets":
                cell.paragraphs[0].add_run("\u2022 " + inner[1][0])
                for text in inner[1][1:]:
                    cell.add_paragraph("\u2022 " + text)
        doc.add_paragraph()

    for block in plan_blocks(plan):
        emit(block)
    buffer = io.BytesIO()
    doc.save(buffer)
    path.write_bytes(_fixed_zip(buffer.getvalue()))


def _fixed_zip(data: bytes) -> bytes:
    """Re-write a zip with fixed entry timestamps so the same source gives the same bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def render_pdf(plan: dict, path: Path) -> None:
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape

    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontSize=10, leading=13, spaceAfter=5)
    cell_style = ParagraphStyle("cell", parent=body, fontSize=9, leading=11, spaceAfter=0)
    cell_bold = ParagraphStyle("cellb", parent=cell_style, fontName="Helvetica-Bold")
    sub = ParagraphStyle("sub", parent=body, fontName="Helvetica-Bold", fontSize=10.5, spaceBefore=6)
    section_style = ParagraphStyle("sec", parent=styles["Heading2"], fontSize=13, spaceBefore=10)
    bullet = ParagraphStyle("bul", parent=body, leftIndent=14, bulletIndent=4)

    class NumberedCanvas(rl_canvas.Canvas):
        """Defers each page so the footer can say 'Page 2 of 9'."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["invariant"] = 1
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab API)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont("Helvetica", 8)
                self.drawString(2 * cm, A4[1] - 1.2 * cm, PDF_HEADER)
                self.drawCentredString(A4[0] / 2, 1.1 * cm, f"Page {self._pageNumber} of {total}")
                super().showPage()
            super().save()

    story: list[Any] = []

    def para(text: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(escape(text), style)

    def table(rows: list[list[str]], header_bold: bool) -> Table:
        width = max(len(r) for r in rows)
        data = []
        for i, row in enumerate(rows):
            data.append([para(row[j] if j < len(row) else "",
                              cell_bold if (header_bold and i == 0) or (not header_bold and j == 0 and width == 2) else cell_style)
                         for j in range(width)])
        avail = A4[0] - 4 * cm
        widths = [avail * 0.3, avail * 0.7] if width == 2 else [avail / width] * width
        t = Table(data, colWidths=widths, repeatRows=1 if header_bold else 0)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return t

    def emit(block: Block) -> None:
        kind = block[0]
        if kind == "title":
            story.append(para(block[1], styles["Title"]))
        elif kind == "heading":
            story.append(para(block[1], styles["Heading3"]))
        elif kind == "sub":
            story.append(para(block[1], sub))
        elif kind == "para":
            story.append(para(block[1], body))
        elif kind == "bullets":
            for text in block[1]:
                story.append(Paragraph(escape(text), bullet, bulletText="\u2022"))
        elif kind == "table":
            story.append(table(block[1], block[2]))
            story.append(Spacer(1, 6))
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "section":
            story.append(para(block[2], section_style))
            for inner in block[3]:
                emit(inner)

    for block in plan_blocks(plan):
        emit(block)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, topMargin=2 * cm, bottomMargin=2 * cm,
                            leftMargin=2 * cm, rightMargin=2 * cm,
                            title="Education, Health and Care Plan", author="Wessex County Council",
                            invariant=1)
    doc.build(story, canvasmaker=NumberedCanvas)
    path.write_bytes(buffer.getvalue())


def _wrap(text: str, width: int = 90, indent: str = "") -> str:
    import textwrap

    return textwrap.fill(text, width=width, initial_indent=indent,
                         subsequent_indent=" " * len(indent)) if text else ""


def render_text(plan: dict, path: Path) -> None:
    """Plain text as exported by a case system: wrapped lines, tables as 'label: value'."""
    out: list[str] = []
    for block in plan_blocks(plan):
        kind = block[0]
        if kind == "title":
            out += [block[1].upper(), ""]
        elif kind == "heading":
            out += [block[1], "-" * len(block[1]), ""]
        elif kind == "pagebreak":
            out += ["", "=" * 60, ""]
        elif kind == "section":
            out += ["", block[2], ""]
            for inner in block[3]:
                out += _text_lines(inner)
        else:
            out += _text_lines(block)
    path.write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")


def _text_lines(block: Block) -> list[str]:
    kind = block[0]
    if kind == "sub":
        return [block[1], ""]
    if kind == "para":
        return [_wrap(block[1]), ""]
    if kind == "bullets":
        return [_wrap(t, indent="- ") for t in block[1]] + [""]
    if kind == "table":
        rows, header = block[1], block[2]
        lines: list[str] = []
        if header:
            head = rows[0]
            for row in rows[1:]:
                for label, value in zip(head, row):
                    lines.append(_wrap(f"{label}: {value}", indent=""))
                lines.append("")
        else:
            for row in rows:
                lines.append(_wrap(": ".join(c for c in row if c)))
            lines.append("")
        return lines
    raise ValueError(kind)


def render_markdown(plan: dict, path: Path) -> None:
    out: list[str] = []
    section_prefix = plan.get("md_section_prefix", "## ")
    sub_prefix = plan.get("md_sub_prefix", "### ")
    first_title = True
    for block in plan_blocks(plan):
        kind = block[0]
        if kind == "title":
            out += [("# " if first_title else "**") + block[1] + ("" if first_title else "**"), ""]
            first_title = False
        elif kind == "heading":
            out += [f"{sub_prefix}{block[1]}", ""]
        elif kind == "pagebreak":
            out += ["---", ""]
        elif kind == "section":
            out += [f"{section_prefix}{block[2]}{plan.get('md_section_suffix', '')}", ""]
            for inner in block[3]:
                out += _md_lines(inner, sub_prefix)
        else:
            out += _md_lines(block, sub_prefix)
    path.write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")


def _md_lines(block: Block, sub_prefix: str) -> list[str]:
    kind = block[0]
    if kind == "sub":
        return [f"{sub_prefix}{block[1]}", ""]
    if kind == "para":
        return [block[1], ""]
    if kind == "bullets":
        return [f"- {t}" for t in block[1]] + [""]
    if kind == "table":
        rows = block[1]
        width = max(len(r) for r in rows)
        cells = [[(r[j] if j < len(r) else "").replace("|", "/") for j in range(width)] for r in rows]
        if block[2]:
            head, rest = cells[0], cells[1:]
        else:
            head, rest = [""] * width, cells
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * width]
        lines += ["| " + " | ".join(r) + " |" for r in rest]
        return lines + [""]
    raise ValueError(kind)


def render_json(plan: dict, path: Path) -> None:
    """The published JSON plan format: the source file already holds it under 'json'."""
    document = _iso(plan["json"])
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _iso(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _iso(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_iso(v) for v in value]
    if isinstance(value, str):
        return value.strip()
    return value


RENDERERS: dict[str, Callable[[dict, Path], None]] = {
    "docx": render_docx, "pdf": render_pdf, "txt": render_text, "md": render_markdown,
    "json": render_json,
}


# --- word counts, read back from the written file ---------------------------------------


def file_words(path: Path) -> int:
    """Words in the file as a reader sees them (the samples test counts the same way)."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        from docx import Document

        doc = Document(str(path))
        texts = [p.text for p in doc.paragraphs]

        def walk(tables: Any) -> None:
            for t in tables:
                for row in t.rows:
                    for cell in row.cells:
                        texts.extend(p.text for p in cell.paragraphs)
                        walk(cell.tables)

        walk(doc.tables)
        text = "\n".join(texts)
    elif suffix == ".pdf":
        from pypdf import PdfReader

        text = "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    elif suffix == ".json":
        strings: list[str] = []

        def collect(value: Any) -> None:
            if isinstance(value, str):
                strings.append(value)
            elif isinstance(value, dict):
                for v in value.values():
                    collect(v)
            elif isinstance(value, list):
                for v in value:
                    collect(v)

        collect(json.loads(path.read_text(encoding="utf-8")))
        text = "\n".join(strings)
    else:
        text = path.read_text(encoding="utf-8")
    return len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'’\-/.]*", text))


MANIFEST_COLUMNS = ["file", "format", "template_style", "child_name", "date_of_birth", "year_group",
                    "year_group_stated", "issued", "last_review", "last_amended", "next_review",
                    "nhs_number", "upn", "sections_present", "primary_need", "words"]


def year_group_on(dob: date, as_of: date) -> int:
    """National curriculum year on `as_of`: age on the 31 August that starts the school year, minus 4."""
    start_year = as_of.year if as_of >= date(as_of.year, 9, 1) else as_of.year - 1
    cutoff = date(start_year, 8, 31)
    age = cutoff.year - dob.year - ((cutoff.month, cutoff.day) < (dob.month, dob.day))
    return age - 4


def derived_facts(plan: dict) -> dict[str, Any]:
    """The manifest facts, read from the same source values the document prints."""
    facts = dict(plan.get("facts", {}))
    if plan["format"] == "json":
        doc = plan["json"]
        child, meta = doc["child"], doc["plan"]
        reviews = meta.get("review_dates", [])
        base = {"child_name": child["name"], "date_of_birth": child["date_of_birth"],
                "year_group_stated": "year_group" in child, "issued": meta.get("issued"),
                "last_review": max(reviews) if reviews else None,
                "last_amended": meta.get("last_amended"), "next_review": meta.get("next_review"),
                "nhs_number": child.get("nhs_number", ""), "upn": child.get("upn", ""),
                "primary_need": child.get("primary_need", ""),
                "sections_present": ";".join(k for k in SECTION_ORDER if k in doc["sections"])}
    else:
        child, history = plan["child"], plan["history"]
        reviews = history.get("reviews", [])
        if history.get("style") == "log":
            issued = next(d for d, e in history["log"] if "issued" in e.lower())
        else:
            issued = history.get("issued")
        base = {"child_name": child["name"], "date_of_birth": child["date_of_birth"],
                "year_group_stated": bool(child.get("year_group_text")), "issued": issued,
                "last_review": max(reviews) if reviews else None,
                "last_amended": history.get("last_amended"), "next_review": history.get("next_review"),
                "nhs_number": re.sub(r"\D", "", str(child.get("nhs_number_text", ""))),
                "upn": child.get("upn", ""), "primary_need": child.get("primary_need", ""),
                "sections_present": ";".join(k for k in SECTION_ORDER if k in plan["sections"])}
    base.update(facts)
    return base


def manifest_row(plan: dict, path: Path, as_of: date) -> dict[str, Any]:
    facts = derived_facts(plan)
    dob = facts["date_of_birth"]
    row = {
        "file": path.name,
        "format": plan["format"],
        "template_style": plan["template_style"],
        "child_name": facts["child_name"],
        "date_of_birth": dob.isoformat(),
        "year_group": year_group_on(dob, as_of),
        "year_group_stated": "yes" if facts.get("year_group_stated") else "no",
        "issued": _iso(facts.get("issued") or ""),
        "last_review": _iso(facts.get("last_review") or ""),
        "last_amended": _iso(facts.get("last_amended") or ""),
        "next_review": _iso(facts.get("next_review") or ""),
        "nhs_number": facts.get("nhs_number", ""),
        "upn": facts.get("upn", ""),
        "sections_present": facts["sections_present"],
        "primary_need": facts["primary_need"],
        "words": file_words(path),
    }
    if row["nhs_number"] and not is_valid_nhs_number(row["nhs_number"]):
        raise ValueError(f"{path.name}: NHS number {row['nhs_number']} fails modulus 11")
    return row


def main(argv: list[str]) -> int:
    as_of = date(2026, 11, 1)
    rows = []
    for source in sorted(PLANS.glob("*.yaml")):
        plan = yaml.safe_load(source.read_text(encoding="utf-8"))
        target = SAMPLES / plan["file"]
        RENDERERS[plan["format"]](plan, target)
        rows.append(manifest_row(plan, target, as_of))
        print(f"{target.name}: {rows[-1]['words']} words")
    with (SAMPLES / "manifest.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=MANIFEST_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
