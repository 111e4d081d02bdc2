"""A draft .docx annotated for its author: a copy with every finding as a Word review comment
anchored on the quoted text (message and fix), and a summary comment at the top with the grades.

The original bytes are never changed: the copy is built in memory and, for a file, written
atomically. Nothing here judges a plan; it only places an audit's findings in the document.
"""

from __future__ import annotations

import copy
import io
import re
from dataclasses import dataclass
from datetime import datetime, time, timezone
from pathlib import Path

from docx import Document
from docx.document import Document as WordDocument
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from audit.errors import AuditInputError
from audit.model import Finding, Plan, PlanAudit, grade_label
from audit.report.atomic import atomic_path

AUTHOR = "ehcp-audit"
INITIALS = "EA"
SEVERITY_WORDS: dict[str, str] = {"high": "High", "medium": "Medium", "low": "Low"}
_SPACE = re.compile(r"\s+")


# --- Where a quote sits in the document ---------------------------------------------------------


@dataclass
class Anchor:
    """Characters [start, end) of one paragraph's run text that a comment is anchored on."""

    paragraph: Paragraph
    start: int
    end: int


def document_paragraphs(document: WordDocument) -> list[Paragraph]:
    """Every paragraph of the body in reading order, table cells (and nested tables) included.

    A merged cell is returned by python-docx once per grid column it covers: kept once here.
    """
    found: list[Paragraph] = []
    seen: set[int] = set()

    def visit(container: object) -> None:
        for item in container.iter_inner_content():  # type: ignore[attr-defined]
            if isinstance(item, Paragraph):
                if id(item._p) not in seen:
                    seen.add(id(item._p))
                    found.append(item)
            elif isinstance(item, Table):
                for row in item.rows:
                    for cell in row.cells:
                        if id(cell._tc) in seen:
                            continue
                        seen.add(id(cell._tc))
                        visit(cell)

    visit(document)
    return found


def run_text(paragraph: Paragraph) -> str:
    """The text of the paragraph's own runs: the characters a comment can be anchored on."""
    return "".join(run.text for run in paragraph.runs)


def _normalised(text: str) -> tuple[str, list[int]]:
    """Whitespace runs collapsed to one space (and non-breaking spaces made spaces), with
    the original index of each kept character: the reader normalised a plan the same way."""
    out: list[str] = []
    where: list[int] = []
    previous_space = False
    for index, char in enumerate(text):
        if char.isspace() or char == "\u00a0":
            if previous_space:
                continue
            out.append(" ")
            previous_space = True
        else:
            out.append(char)
            previous_space = False
        where.append(index)
    return "".join(out), where


def find_in_paragraphs(paragraphs: list[Paragraph], texts: list[str], quote: str, occurrence: int = 0) -> Anchor | None:
    """The `occurrence`-th place (0-based, falling back to the first) where `quote` lies
    wholly inside one paragraph, ignoring differences in whitespace."""
    needle = _SPACE.sub(" ", quote.replace("\u00a0", " ")).strip()
    if not needle:
        return None
    hits: list[Anchor] = []
    for paragraph, text in zip(paragraphs, texts):
        flat, where = _normalised(text)
        at = flat.find(needle)
        while at >= 0:
            hits.append(Anchor(paragraph, where[at], where[at + len(needle) - 1] + 1))
            if len(hits) > occurrence:
                return hits[occurrence]
            at = flat.find(needle, at + 1)
    return hits[0] if hits else None


def quote_occurrence(plan: Plan | None, finding: Finding) -> int:
    """How many times the quote occurs in the plan's text before this finding's own place.

    Blocks are the document's paragraphs and table rows in order, so the n-th time a quote
    appears in Plan.text is, nearly always, the n-th time it appears in the Word paragraphs.
    """
    if plan is None or not finding.quote or finding.start is None:
        return 0
    offset = finding.start
    if finding.section is not None:
        section = plan.section(finding.section)
        if section is None:
            return 0
        offset += section.start
    return plan.text.count(finding.quote, 0, max(0, offset))


def locate(paragraphs: list[Paragraph], texts: list[str], finding: Finding, plan: Plan | None) -> Anchor | None:
    """Where a finding's comment goes: on its quote; for a quote across paragraphs, on the
    part in the paragraph where it starts; None when the quote is absent or not found."""
    quote = finding.quote.strip()
    if not quote:
        return None
    occurrence = quote_occurrence(plan, finding)
    anchor = find_in_paragraphs(paragraphs, texts, quote, occurrence)
    if anchor is not None:
        return anchor
    # A quote across paragraphs (or table cells) is anchored where it starts.
    first_line = next((part.strip() for part in re.split(r"\n| \| ", quote) if part.strip()), "")
    anchor = find_in_paragraphs(paragraphs, texts, first_line) if first_line != quote else None
    if anchor is not None:
        return anchor
    # Text inside a hyperlink or field is not in the paragraph's own runs: the whole paragraph.
    full = [p.text for p in paragraphs]
    found = find_in_paragraphs(paragraphs, full, first_line or quote)
    if found is not None:
        return Anchor(found.paragraph, 0, len(texts[paragraphs.index(found.paragraph)]))
    return None


def section_heading(paragraphs: list[Paragraph], texts: list[str], plan: Plan | None, letter: str | None) -> Anchor | None:
    """The paragraph holding a section's heading, for a finding about what the section lacks."""
    if plan is None or letter is None:
        return None
    section = plan.section(letter)
    if section is None or not section.title.strip():
        return None
    found = find_in_paragraphs(paragraphs, texts, section.title.strip().split("\n")[0])
    if found is None:
        return None
    return Anchor(found.paragraph, 0, len(texts[paragraphs.index(found.paragraph)]))


# --- Anchoring on exact runs ------------------------------------------------------------------


def _split_run(run: Run, at: int) -> None:
    """Split one run into two at character `at` of its text, both keeping its formatting."""
    text = run.text
    twin = copy.deepcopy(run._r)
    run._r.addnext(twin)
    run.text = text[:at]
    Run(twin, run._parent).text = text[at:]


def anchor_runs(anchor: Anchor) -> list[Run]:
    """The paragraph's runs covering exactly [start, end), splitting runs at the boundaries."""
    paragraph = anchor.paragraph
    for boundary in (anchor.start, anchor.end):
        position = 0
        for run in paragraph.runs:
            length = len(run.text)
            if position < boundary < position + length:
                _split_run(run, boundary - position)
                break
            position += length
    covered: list[Run] = []
    position = 0
    for run in paragraph.runs:
        length = len(run.text)
        if length and position >= anchor.start and position + length <= anchor.end:
            covered.append(run)
        position += length
    return covered


def whole_paragraph_runs(paragraph: Paragraph) -> list[Run]:
    """All runs with text; an empty paragraph gets an empty run to hold the comment."""
    runs = [run for run in paragraph.runs if run.text] or paragraph.runs
    return runs or [paragraph.add_run("")]


# --- The comments -------------------------------------------------------------------------------


def finding_comment(finding: Finding, title: str, grade: int | None) -> str:
    severity = SEVERITY_WORDS.get(finding.severity, finding.severity)
    return (f"{severity}: {title} ({grade_text(grade)})\n{finding.message}\nHow to fix: {finding.fix}"
            f"\n[{finding.rule}]")


def grade_text(grade: int | None) -> str:
    return grade_label(grade) if grade is None else f"{grade} {grade_label(grade)}"


def summary_comment(audit: PlanAudit) -> str:
    lines = [f"ehcp-audit: overall {grade_text(audit.overall.grade)}"
             + (f" (score {audit.overall.score:.2f})" if audit.overall.score is not None else ""),
             f"Rubric {audit.rubric_id} {audit.rubric_version}, as of {audit.as_of.isoformat()}."]
    if audit.overall.limited and audit.overall.reason:
        lines.append(audit.overall.reason)
    for result in audit.criteria:
        lines.append(f"{result.title}: {grade_text(result.grade)}")
    count = sum(len(r.findings) for r in audit.criteria)
    lines.append(f"{count} finding{'s' if count != 1 else ''}, each a comment on the text it quotes.")
    return "\n".join(lines)


def annotate_docx(data: bytes, audit: PlanAudit, plan: Plan | None = None, source: str = "draft.docx") -> bytes:
    """The annotated copy of a .docx (as bytes) for `audit`; `data` itself is left untouched.

    `plan` (the Plan the audit was made from) places a quote that occurs more than once in the
    document on the right occurrence; without it the first occurrence is used.
    """
    try:
        document = Document(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - python-docx raises many types for a broken package
        raise AuditInputError(source, "cannot be annotated: not a readable Word .docx file") from None
    paragraphs = document_paragraphs(document)
    texts = [run_text(p) for p in paragraphs]
    # Comment dates are the audit date: the same draft and audit give the same comments.
    stamp = datetime.combine(audit.as_of, time(), tzinfo=timezone.utc)

    first = next((p for p, t in zip(paragraphs, texts) if t.strip()), None)
    if first is None:
        first = paragraphs[0] if paragraphs else document.add_paragraph("")

    def comment(runs: list[Run], text: str) -> None:
        made = document.add_comment(runs, text=text, author=AUTHOR, initials=INITIALS)
        made._comment_elm.date = stamp

    comment(whole_paragraph_runs(first), summary_comment(audit))
    for result in audit.criteria:
        for finding in result.findings:
            anchor = locate(paragraphs, texts, finding, plan) or section_heading(paragraphs, texts, plan, finding.section)
            if anchor is not None:
                runs = anchor_runs(anchor) or whole_paragraph_runs(anchor.paragraph)
                # Runs were split: the paragraph's text is unchanged, its run list is not.
            else:
                runs = whole_paragraph_runs(first)
            comment(runs, finding_comment(finding, result.title, result.grade))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def write_annotated(source: Path, audit: PlanAudit, out: Path, force: bool = False, plan: Plan | None = None) -> Path:
    """Write the annotated copy of the .docx at `source` to `out`, atomically.

    Refuses a non-.docx input or output, and `out` being the draft itself (even with force).
    """
    source, out = Path(source), Path(out)
    if source.suffix.lower() != ".docx":
        raise AuditInputError(str(source), "--annotate works only on a Word .docx draft")
    if out.suffix.lower() != ".docx":
        raise AuditInputError(str(out), "the annotated copy must be a .docx file")
    if out.resolve() == source.resolve():
        raise AuditInputError(str(out), "the annotated copy must not replace the draft; give another file name")
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise AuditInputError(str(source), f"cannot be read ({exc.strerror or 'I/O error'})") from None
    annotated = annotate_docx(data, audit, plan, source=str(source))
    try:
        with atomic_path(out, force) as temp:
            temp.write_bytes(annotated)
    except FileExistsError:
        raise AuditInputError(str(out), "already exists; use --force to replace it") from None
    return out
