"""BatchAudit -> an accessible Excel workbook: cover, summary, plans, findings, outcomes,
moderation, rubric, errors and about sheets, one writer function per sheet.

Follows the Analysis Function guidance on releasing statistics in spreadsheets: a cover sheet
first, a title in A1 of every sheet, no merged cells or blank rows above tables, every table a
named Excel table with a header row, grades always as words beside any colour, charts with
alt text. Written with XlsxWriter (about twice as fast as openpyxl for 250,000 finding rows,
and it gives charts alt text); read back with openpyxl (see audit/report/moderation.py).
Plan text is always written as a string, never a formula; the file is replaced atomically.
"""

from __future__ import annotations

import gc
import io
import os
import re
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from audit.model import GRADE_LABELS, BatchAudit, PlanAudit
from audit.needs import BROAD_AREAS, OTHER, broad_area
from audit.needs import NOT_RECORDED as NEEDS_NOT_RECORDED
from audit.report.health_sheet import write_health
from audit.report.phase import PHASES, phase

# --- The words a panel reads and types -------------------------------------------------------

GRADES: tuple[int, ...] = (4, 3, 2, 1)
NA = "N/A"
# What the Plans and Moderation sheets show, and the panel's dropdown: number and word together.
GRADE_CHOICES: tuple[str, ...] = tuple(f"{g} {GRADE_LABELS[g]}" for g in GRADES) + (NA,)
REVIEW_CHOICES: tuple[str, ...] = ("Accepted", "False alarm", "Not applicable")
NOT_RECORDED = "Not recorded"
OVERALL_ID = "overall"

# Sheet and table names: moderation.py reads the workbook back by these.
COVER, SUMMARY, PLANS, FINDINGS, OUTCOMES, MODERATION = "Cover", "Summary", "Plans", "Findings", "Outcomes", "Moderation"
HEALTH, RUBRIC, ERRORS, ABOUT = "Health", "Rubric", "Errors", "About"
FINDINGS_HEADERS: tuple[str, ...] = (
    "Finding id", "Plan id", "Criterion", "Rule", "Section", "Severity", "Message", "Quoted evidence",
    "How to fix", "Reviewer decision", "Reviewer comment",
)
MODERATION_HEADERS: tuple[str, ...] = (
    "Plan id", "File", "Criterion id", "Criterion", "Tool grade", "Panel grade", "Panel comment",
)

# Excel's limits: rows per sheet, characters per cell.
MAX_ROWS = 1_048_576
MAX_CELL_CHARS = 32_767

# Light fills with black text: readable for colour-blind readers because the word is always there.
GRADE_FILLS: dict[str, str] = {
    "4": "#A9D18E",  # Outstanding
    "3": "#E2F0D9",  # Good
    "2": "#FFE699",  # Requires improvement
    "1": "#F4B183",  # Inadequate
}
NA_FILL = "#D9D9D9"

# Plain-English headline per criterion: "<pct> of <phrase> (...)". A rubric criterion may
# carry its own `headline`; these cover the default rubric of docs/CRITERIA.md.
HEADLINE_PHRASES: dict[str, str] = {
    "holistic": "plans have education-heavy content",
    "outcomes_specific": "plans have generic rather than specific outcomes",
    "child_voice": "plans do not show the child's voice and aspirations driving the plan",
    "pfa": "plans from Year 9 do not prepare the young person well for adulthood",
    "review_currency": "plans are out of date (not reviewed and amended on time)",
    "provision_specific": "plans have vague or unquantified provision",
    "golden_thread": "plans have needs, outcomes and provision that do not line up",
    "readability": "plans are hard for families to read",
}
HEALTH_HEADLINE_PHRASES: dict[str, str] = {
    "author_context": "health advice documents do not say clearly who wrote them, when, and how the child was seen",
    "needs_described": "health advice documents do not describe health needs and their impact plainly",
    "outcomes": "health advice documents do not set personal, specific, time-bound outcomes",
    "provision_specific": "health advice documents recommend vague or unquantified provision",
    "provision_placement": "health advice documents do not mark provision for section F or G",
    "transition": "health advice documents from Year 9 do not plan the move to adult health services",
    "readability": "health advice documents are hard for families to read",
}

# Characters XML 1.0 forbids (the same set as openpyxl.cell.cell.ILLEGAL_CHARACTERS_RE).
ILLEGAL_CHARACTERS_RE = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")


def grade_choice(grade: int | None) -> str:
    """'3 Good', or 'N/A': how a grade is shown wherever a panel might compare or type one."""
    return NA if grade is None else f"{grade} {GRADE_LABELS[grade]}"


def clean_text(value: str) -> str:
    """Text safe for a cell: no characters XML forbids, no longer than Excel allows."""
    if value.isprintable() and len(value) <= MAX_CELL_CHARS:
        return value  # the usual case, and the fast one
    # A carriage return would reach Excel as the escape "_x000D_"; a line break reads the same.
    value = ILLEGAL_CHARACTERS_RE.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    if len(value) > MAX_CELL_CHARS:
        value = value[: MAX_CELL_CHARS - 1] + "…"
    return value


def percent(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def percent_words(share: float | None) -> str:
    return "-" if share is None else f"{int(share * 100 + 0.5)}%"


def long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


# --- The workbook being written ----------------------------------------------------------------


@dataclass(frozen=True)
class Link:
    """A cell that jumps to another place in the workbook ('Findings'!A5)."""

    text: str
    target: str


CriterionKey = tuple[str, str]  # (rubric id, criterion id): plans and health advice share some ids


@dataclass(frozen=True)
class CriterionColumn:
    """A criterion as the report shows it, from the rubric when given, else from the audits."""

    rubric_id: str
    rubric_version: str
    id: str
    title: str
    weight: float | None = None
    applies_when: str = ""
    sources: str = ""
    kinds: tuple[str, ...] = ()  # the kinds of document graded on it ("plan", "health_advice")
    label: str = ""  # the id, or "rubric:id" where two rubrics in the batch use the same id

    @property
    def key(self) -> CriterionKey:
        return (self.rubric_id, self.id)


@dataclass(frozen=True)
class Column:
    header: str
    width: float = 14
    format: str | None = None  # a key of Book.formats


@dataclass
class Book:
    """What every sheet writer shares: the batch, the open workbook, formats and layout."""

    batch: BatchAudit
    workbook: xlsxwriter.Workbook
    rubric: Any | None = None
    sheets: list["SheetSpec"] = field(default_factory=list)
    formats: dict[str, Any] = field(default_factory=dict)
    criteria: list[CriterionColumn] = field(default_factory=list)
    # Row (1-based, as Excel shows it) of each plan's first finding on the Findings sheet.
    first_finding_row: dict[str, int] = field(default_factory=dict)
    finding_count: int = 0
    findings_truncated: int = 0
    widths: dict[str, dict[int, float]] = field(default_factory=dict)  # sheet -> column -> width

    # -- cells --

    def put(self, ws: Worksheet, row: int, col: int, value: Any, fmt: str | None = None) -> None:
        """Write one value by its type. Strings are always strings: never formulas, numbers or URLs."""
        cell_format = self.formats[fmt] if fmt else None
        if value is None:
            if cell_format is not None:
                ws.write_blank(row, col, None, cell_format)
        elif isinstance(value, bool):
            ws.write_string(row, col, "Yes" if value else "No", cell_format)
        elif isinstance(value, (int, float)):
            ws.write_number(row, col, value, cell_format)
        elif isinstance(value, date):
            moment = value if isinstance(value, datetime) else datetime.combine(value, time())
            ws.write_datetime(row, col, moment, self.formats["date"])
        elif isinstance(value, Link):
            ws.write_url(row, col, f"internal:{value.target}", cell_format or self.formats["link"],
                         string=clean_text(value.text))
        else:
            ws.write_string(row, col, clean_text(str(value)), cell_format)

    def title(self, ws: Worksheet, title: str, *lines: str) -> int:
        """Title in A1 and a few lines of explanation under it; returns the next free row."""
        ws.write_string(0, 0, title, self.formats["title"])
        for offset, line in enumerate(lines, start=1):
            ws.write_string(offset, 0, clean_text(line))
        return 1 + len(lines)

    def heading(self, ws: Worksheet, row: int, text: str) -> int:
        ws.write_string(row, 0, text, self.formats["heading"])
        return row + 1

    def table(self, ws: Worksheet, first_row: int, name: str, columns: Sequence[Column],
              rows: Iterable[Sequence[Any]], freeze: bool = False) -> int:
        """A named Excel table with a header row at `first_row`; returns the row after it.

        Excel needs one data row at least: an empty table gets one blank row.
        """
        formats = [self.formats[c.format] if c.format else None for c in columns]
        write_string = ws.write_string
        row = first_row
        # The hot loop of a 250,000-finding batch: text (most cells) takes the short way.
        for row, values in enumerate(rows, start=first_row + 1):
            for col, value in enumerate(values):
                if type(value) is str:
                    if value:  # an empty string stays a blank cell
                        write_string(row, col, clean_text(value), formats[col])
                elif value is not None:
                    self.put(ws, row, col, value, columns[col].format)
        last_row = max(row, first_row + 1)
        ws.add_table(first_row, 0, last_row, len(columns) - 1, {
            "name": name,
            "style": "Table Style Light 1",
            "columns": [{"header": c.header, "header_format": self.formats["header"]} for c in columns],
        })
        widths = self.widths.setdefault(ws.name, {})
        for col, (column, cell_format) in enumerate(zip(columns, formats)):
            # Several tables may share a column (Summary, About): the widest wins. The column's
            # format also applies to the blank cells a reviewer types into.
            widths[col] = max(widths.get(col, 0), column.width)
            ws.set_column(col, col, widths[col], cell_format)
        if freeze:
            ws.freeze_panes(first_row + 1, 1)
        return last_row + 1

    def colour_grades(self, ws: Worksheet, first_row: int, first_col: int, last_row: int, last_col: int) -> None:
        """Fill grade cells by grade; the word stays, so colour is never the only signal."""
        if last_row < first_row or last_col < first_col:
            return
        for digit, fill in GRADE_FILLS.items():
            ws.conditional_format(first_row, first_col, last_row, last_col, {
                "type": "text", "criteria": "begins with", "value": digit,
                "format": self.workbook.add_format({"bg_color": fill, "font_color": "#000000"})})
        ws.conditional_format(first_row, first_col, last_row, last_col, {
            "type": "text", "criteria": "begins with", "value": NA,
            "format": self.workbook.add_format({"bg_color": NA_FILL, "font_color": "#000000"})})


SheetWriter = Callable[[Book, Worksheet], None]


@dataclass(frozen=True)
class SheetSpec:
    """One sheet: its name, what the cover says it holds, its writer and when it appears."""

    name: str
    purpose: str
    write: SheetWriter
    applies: Callable[[BatchAudit], bool] = lambda batch: True


# --- Facts the sheets share --------------------------------------------------------------------


def criterion_columns(batch: BatchAudit, rubric: Any | None) -> list[CriterionColumn]:
    """Criteria in rubric order (when a rubric is given), then any others in order of appearance."""
    columns: dict[CriterionKey, CriterionColumn] = {}
    rubric_id = str(getattr(rubric, "id", batch.rubric_id))
    rubric_version = str(getattr(rubric, "version", batch.rubric_version))
    for spec in getattr(rubric, "criteria", ()) or ():
        applies = getattr(spec, "applies_when", None)
        sources = getattr(spec, "sources", ()) or ()
        columns[(rubric_id, spec.id)] = CriterionColumn(
            rubric_id=rubric_id, rubric_version=rubric_version, id=spec.id, title=getattr(spec, "title", spec.id),
            weight=getattr(spec, "weight", None), applies_when="" if applies is None else str(applies),
            sources="; ".join(str(s) for s in sources) if not isinstance(sources, str) else sources)
    kinds: dict[CriterionKey, dict[str, None]] = {}
    for audit in batch.audits:
        for result in audit.criteria:
            key = (audit.rubric_id, result.id)
            kinds.setdefault(key, {})[audit.kind] = None
            if key not in columns:
                columns[key] = CriterionColumn(rubric_id=audit.rubric_id, rubric_version=audit.rubric_version,
                                               id=result.id, title=result.title or result.id, weight=result.weight)
    ids = Counter(c.id for c in columns.values())
    return [replace(c, kinds=tuple(kinds.get(c.key, ())), label=c.id if ids[c.id] == 1 else f"{c.rubric_id}:{c.id}")
            for c in columns.values()]


def unique_headers(headers: Sequence[str]) -> list[str]:
    """Table headers must be unique: repeat titles get their criterion id appended."""
    seen: Counter[str] = Counter()
    out = []
    for header in headers:
        text = clean_text(header).strip() or "Column"
        seen[text.lower()] += 1
        out.append(text if seen[text.lower()] == 1 else f"{text} ({seen[text.lower()]})")
    return out


def criterion_headers(book: Book) -> list[str]:
    titles = [c.title for c in book.criteria]
    counts = Counter(t.lower() for t in titles)
    return [f"{c.title} ({c.label})" if counts[c.title.lower()] > 1 else c.title for c in book.criteria]


def grades_of(audit: PlanAudit) -> dict[CriterionKey, int | None]:
    return {(audit.rubric_id, result.id): result.grade for result in audit.criteria}


def primary_need(audit: PlanAudit) -> str:
    need = (audit.facts.primary_need or "").strip()
    return need or NOT_RECORDED


def document_type(audit: PlanAudit) -> str:
    return "Health advice" if audit.kind == "health_advice" else "EHC plan"


@dataclass
class GradeCounts:
    """How many audits got each grade on one criterion (or overall)."""

    counts: Counter[int | None] = field(default_factory=Counter)

    def add(self, grade: int | None) -> None:
        self.counts[grade] += 1

    @property
    def graded(self) -> int:
        return sum(n for g, n in self.counts.items() if g is not None)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def weak(self) -> int:
        """Requires improvement or Inadequate."""
        return self.counts[1] + self.counts[2]

    @property
    def mean(self) -> float | None:
        graded = self.graded
        return round(sum(g * n for g, n in self.counts.items() if g is not None) / graded, 2) if graded else None


def tally(audits: Iterable[PlanAudit],
          criteria: Sequence[CriterionColumn]) -> tuple[dict[CriterionKey, GradeCounts], GradeCounts]:
    per_criterion = {c.key: GradeCounts() for c in criteria}
    overall = GradeCounts()
    for audit in audits:
        for result in audit.criteria:
            per_criterion[(audit.rubric_id, result.id)].add(result.grade)
        overall.add(audit.overall.grade)
    return per_criterion, overall


# --- Sheets ------------------------------------------------------------------------------------


def write_cover(book: Book, ws: Worksheet) -> None:
    batch = book.batch
    rubric = f"{batch.rubric_title or batch.rubric_id} ({batch.rubric_id}, version {batch.rubric_version})"
    row = book.title(
        ws, "EHC plan audit: about this workbook",
        f"Audit of {len(batch.audits)} {documents_noun(batch)} against {rubric}, as of {long_date(batch.as_of)}.",
        "Grades use the Ofsted four-point scale: 4 Outstanding, 3 Good, 2 Requires improvement, 1 Inadequate; "
        "N/A where a criterion does not apply. Colours repeat the grade words and are never the only signal.",
        "How to moderate: on the Moderation sheet choose a panel grade for each plan and criterion from the "
        "dropdown (4 Outstanding to 1 Inadequate, or N/A) and add a comment; on the Findings sheet mark each "
        "finding Accepted, False alarm or Not applicable. Save the file and run: ehcp-audit moderate FILE.xlsx",
        "This workbook holds children's personal and health information: store and share it as your "
        "organisation's data protection policy requires.",
    )
    row = book.heading(ws, row, "Contents")
    rows = [(Link(spec.name, f"'{spec.name}'!A1"), spec.purpose) for spec in book.sheets if spec.name != COVER]
    book.table(ws, row, "ContentsTable", [Column("Sheet", 16), Column("What it holds", 110, "wrap")], rows)


def write_summary(book: Book, ws: Worksheet) -> None:
    batch = book.batch
    audits = batch.audits
    per_criterion, overall = tally(audits, book.criteria)
    findings_by_rule: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # rule -> (plan, criterion, message)
    for audit in audits:
        for result in audit.criteria:
            for finding in result.findings:
                findings_by_rule[finding.rule].append((audit.plan_id, finding.criterion, finding.message))
    frequent = sorted(findings_by_rule.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:20]

    row = book.title(ws, "Summary of the audit",
                     "Grades per criterion and overall, the most frequent findings, and breakdowns by school "
                     "phase and by primary area of need. Percentages are of the plans a criterion applies to.")

    row = book.heading(ws, row, "Headlines")
    row = book.table(ws, row, "HeadlinesTable", [Column("Headline", 40)],
                     [(sentence,) for sentence in headlines(book, per_criterion, overall, frequent)])

    row = book.heading(ws, row, "Key figures")
    scores = [a.overall.score for a in audits if a.overall.score is not None]
    figures = [
        ("EHC plans audited", sum(1 for a in audits if a.kind == "plan")),
        ("Health advice documents audited", sum(1 for a in audits if a.kind == "health_advice")),
        ("Files that could not be audited", len(batch.errors)),
        ("Findings", book.finding_count),
        ("Mean overall score (1 to 4)", round(sum(scores) / len(scores), 2) if scores else None),
        ("Audit date (as of)", batch.as_of),
        ("Rubric", f"{batch.rubric_id} version {batch.rubric_version}"),
    ]
    row = book.table(ws, row, "KeyFiguresTable", [Column("Measure", 40), Column("Value", 30, "left")], figures)

    row = book.heading(ws, row, "Grades by criterion")
    grade_columns = [Column("Criterion id", 20), Column("Criterion", 50, "wrap")]
    grade_columns += [Column(GRADE_LABELS[g], 12) for g in GRADES] + [Column(NA, 8)]
    grade_columns += [Column(f"% {GRADE_LABELS[g]}", 12, "pct") for g in GRADES]
    grade_columns += [Column("Mean score", 10, "mean"), Column("% Requires improvement or Inadequate", 16, "pct")]
    grade_rows = []
    for column in book.criteria:
        grade_rows.append(grade_row(column.label, column.title, per_criterion[column.key]))
    grade_rows.append(grade_row(OVERALL_ID, "Overall grade", overall))
    chart_first = row + 1
    row = book.table(ws, row, "GradesByCriterionTable", grade_columns, grade_rows)
    chart_last = chart_first + len(grade_rows) - 1

    row = book.heading(ws, row, "Overall grades")
    row = book.table(ws, row, "OverallGradesTable",
                     [Column("Overall grade", 24), Column("Plans", 10), Column("% of plans", 12, "pct")],
                     [(grade_choice(g), overall.counts[g], percent(overall.counts[g], overall.total))
                      for g in (*GRADES, None)])

    row = book.heading(ws, row, "Most frequent findings")
    row = book.table(ws, row, "FrequentFindingsTable",
                     [Column("Rule", 36), Column("Criterion", 20), Column("Findings", 10),
                      Column("Plans with this finding", 14), Column("Example message", 90, "wrap")],
                     [(rule, hits[0][1], len(hits), len({plan for plan, _, _ in hits}), hits[0][2])
                      for rule, hits in frequent])

    row = book.heading(ws, row, "Grades by school phase")
    by_phase: dict[str, list[PlanAudit]] = defaultdict(list)
    for audit in audits:
        by_phase[phase(audit.facts.year_group)].append(audit)
    row = book.table(ws, row, "GradesByPhaseTable", breakdown_columns(book, "Phase"),
                     [breakdown_row(book, name, by_phase[name]) for name in PHASES if by_phase[name]])

    row = book.heading(ws, row, "Grades by primary area of need")
    by_need: dict[str, list[PlanAudit]] = defaultdict(list)
    for audit in audits:
        by_need[broad_area(audit.facts.primary_need)].append(audit)
    # The four broad areas in the Code's order, then anything unclassified, then not recorded.
    needs = [n for n in (*BROAD_AREAS, OTHER, NEEDS_NOT_RECORDED) if by_need[n]]
    row = book.table(ws, row, "GradesByNeedTable", breakdown_columns(book, "Primary area of need"),
                     [breakdown_row(book, name, by_need[name]) for name in needs])

    row = book.heading(ws, row, "Chart: grades by criterion (the data is in the Grades by criterion table)")
    chart = book.workbook.add_chart({"type": "bar", "subtype": "stacked"})
    for offset, g in enumerate(GRADES):
        chart.add_series({
            "name": [SUMMARY, chart_first - 1, 2 + offset],
            "categories": [SUMMARY, chart_first, 0, chart_last, 0],
            "values": [SUMMARY, chart_first, 2 + offset, chart_last, 2 + offset],
            "fill": {"color": GRADE_FILLS[str(g)]},
            "border": {"color": "#404040"},
        })
    chart.set_title({"name": "Plans by grade, per criterion"})
    chart.set_x_axis({"name": "Plans"})
    chart.set_y_axis({"reverse": True})
    chart.set_legend({"position": "bottom"})
    chart.set_size({"width": 820, "height": 60 + 34 * len(grade_rows)})
    ws.insert_chart(row, 0, chart, {"description": chart_description(book, per_criterion, overall)})


def grade_row(cid: str, title: str, counts: GradeCounts) -> list[Any]:
    graded = counts.graded
    return [cid, title, *(counts.counts[g] for g in GRADES), counts.counts[None],
            *(percent(counts.counts[g], graded) for g in GRADES), counts.mean, percent(counts.weak, graded)]


def breakdown_columns(book: Book, first: str) -> list[Column]:
    columns = [Column(first, 36), Column("Plans", 8)]
    columns += [Column(f"Overall {GRADE_LABELS[g]}", 12) for g in GRADES] + [Column(f"Overall {NA}", 10)]
    columns += [Column("% Requires improvement or Inadequate overall", 16, "pct")]
    columns += [Column(f"% Requires improvement or Inadequate: {h}", 18, "pct") for h in criterion_headers(book)]
    return columns


def breakdown_row(book: Book, name: str, audits: Sequence[PlanAudit]) -> list[Any]:
    per_criterion, overall = tally(audits, book.criteria)
    return [name, len(audits), *(overall.counts[g] for g in GRADES), overall.counts[None],
            percent(overall.weak, overall.graded),
            *(percent(per_criterion[c.key].weak, per_criterion[c.key].graded) for c in book.criteria)]


def headlines(book: Book, per_criterion: dict[CriterionKey, GradeCounts], overall: GradeCounts,
              frequent: Sequence[tuple[str, list[tuple[str, str, str]]]]) -> list[str]:
    """Plain-English sentences a reader can quote."""
    batch = book.batch
    noun = documents_noun(batch)
    sentences = [f"{len(batch.audits)} {noun} audited as of {long_date(batch.as_of)} against "
                 f"{batch.rubric_id} version {batch.rubric_version}."]
    if batch.errors:
        sentences.append(f"{plural(len(batch.errors), 'file')} could not be audited; the Errors sheet says why.")
    if overall.graded:
        good = overall.counts[3] + overall.counts[4]
        sentences.append(f"{percent_words(percent(good, overall.graded))} of {noun} were graded Good or Outstanding "
                         f"overall and {percent_words(percent(overall.weak, overall.graded))} Requires improvement "
                         "or Inadequate.")
    specs = {(str(getattr(book.rubric, "id", "")), spec.id): spec
             for spec in getattr(book.rubric, "criteria", ()) or ()}
    for column in book.criteria:
        counts = per_criterion[column.key]
        if not counts.graded:
            continue
        kinds = set(column.kinds)
        column_noun = kinds_noun(kinds)
        phrases = HEALTH_HEADLINE_PHRASES if kinds == {"health_advice"} else HEADLINE_PHRASES if kinds == {"plan"} else {}
        phrase = getattr(specs.get(column.key), "headline", None) or phrases.get(column.id)
        share = percent_words(percent(counts.weak, counts.graded))
        detail = (f"{column.label} graded Requires improvement or Inadequate in {counts.weak} of the "
                  f"{counts.graded} {column_noun} it applies to")
        if phrase:
            sentences.append(f"{share} of {phrase} ({detail}).")
        else:
            sentences.append(f"{share} of {column_noun} were graded Requires improvement or Inadequate on "
                             f"'{column.title}' ({detail}).")
    if frequent:
        rule, hits = frequent[0]
        plans = len({plan for plan, _, _ in hits})
        sentences.append(f"The most frequent finding was {rule}: {plural(len(hits), 'time')} in "
                         f"{plans} {noun if plans != 1 else noun.removesuffix('s')}.")
    return sentences


def chart_description(book: Book, per_criterion: dict[CriterionKey, GradeCounts], overall: GradeCounts) -> str:
    """Alt text: what the chart shows, in words a screen reader can say."""
    parts = [f"{c.title}: {percent_words(percent(per_criterion[c.key].weak, per_criterion[c.key].graded))} "
             "Requires improvement or Inadequate" for c in book.criteria if per_criterion[c.key].graded]
    return clean_text("Stacked bar chart of the number of plans at each grade for each criterion and overall. "
                      + "; ".join(parts) + ".")


def write_plans(book: Book, ws: Worksheet) -> None:
    row = book.title(ws, "Plans: one row per plan",
                     "Grades per criterion as number and word; select a plan id to jump to its first finding.")
    columns = [Column("Plan id", 18), Column("File", 30), Column("Document type", 14), Column("Year group", 8),
               Column("Phase", 12), Column("Primary need", 28), Column("Date of birth", 13, "date"),
               Column("Issued", 13, "date"), Column("Last review", 13, "date"), Column("Last amended", 13, "date")]
    first_grade_col = len(columns)
    columns += [Column(h, 16) for h in criterion_headers(book)]
    columns += [Column("Overall grade", 16), Column("Overall score", 9, "mean"), Column("Capped by limiting rule", 10),
                Column("Findings", 9), Column("Sections missing", 14)]
    last_grade_col = first_grade_col + len(book.criteria)
    columns = [Column(h, c.width, c.format) for h, c in zip(unique_headers([c.header for c in columns]), columns)]

    def rows() -> Iterable[list[Any]]:
        for audit in book.batch.audits:
            facts = audit.facts
            grades = grades_of(audit)
            first = book.first_finding_row.get(audit.plan_id)
            plan = Link(audit.plan_id, f"'{FINDINGS}'!A{first}") if first else audit.plan_id
            yield [plan, audit.source, document_type(audit), facts.year_group, phase(facts.year_group),
                   primary_need(audit), facts.date_of_birth, facts.issued, facts.last_review, facts.last_amended,
                   *(grade_choice(grades[c.key]) if c.key in grades else None for c in book.criteria),
                   grade_choice(audit.overall.grade), audit.overall.score, audit.overall.limited,
                   sum(len(r.findings) for r in audit.criteria), ", ".join(audit.sections_missing)]

    last = book.table(ws, row, "PlansTable", columns, rows(), freeze=True)
    book.colour_grades(ws, row + 1, first_grade_col, last - 1, last_grade_col)


FINDINGS_INTRO: tuple[str, ...] = (
    "Findings: the evidence behind every grade",
    "One row per finding. Reviewers: choose Accepted, False alarm or Not applicable in 'Reviewer decision' "
    "and explain in 'Reviewer comment'. Keep the finding id unchanged.",
)


def write_findings(book: Book, ws: Worksheet) -> None:
    row = book.title(ws, *FINDINGS_INTRO)
    if book.findings_truncated:
        row = book.heading(ws, row, f"Only the first {book.finding_count - book.findings_truncated} findings fit "
                                    f"on this sheet; {book.findings_truncated} more do not (split the batch).")
    widths = (14, 18, 18, 28, 9, 9, 60, 50, 50, 16, 40)
    wrap = {"Message", "Quoted evidence", "How to fix", "Reviewer comment"}
    columns = [Column(h, w, "wrap" if h in wrap else None) for h, w in zip(FINDINGS_HEADERS, widths)]
    limit = MAX_ROWS - row - 1

    def rows() -> Iterable[list[Any]]:
        written = 0
        for audit in book.batch.audits:
            number = 0
            for result in audit.criteria:
                for finding in result.findings:
                    number += 1
                    if written >= limit:
                        return
                    written += 1
                    section = finding.section or "Whole plan"
                    yield [f"{audit.plan_id}#{number}", audit.plan_id, finding.criterion, finding.rule,
                           section, finding.severity.capitalize(), finding.message, finding.quote, finding.fix,
                           None, None]

    last = book.table(ws, row, "FindingsTable", columns, rows(), freeze=True)
    ws.data_validation(row + 1, 9, max(last - 1, row + 1), 9, {
        "validate": "list", "source": list(REVIEW_CHOICES),
        "input_title": "Reviewer decision", "input_message": "Accepted, False alarm or Not applicable",
        "error_title": "Reviewer decision", "error_message": "Choose Accepted, False alarm or Not applicable."})


def write_outcomes(book: Book, ws: Worksheet) -> None:
    row = book.title(ws, "Outcomes: what each outcome in section E has and lacks",
                     "One row per outcome. Yes or No for each part of a SMART, functional outcome "
                     "(SEND Code of Practice 9.64 to 9.67; Goal Functionality Scale items where assessed).")
    gfs_keys = sorted({key for audit in book.batch.audits for o in audit.outcomes for key in o.gfs})
    columns = [Column("Plan id", 18), Column("Outcome number", 9), Column("Area", 24), Column("Outcome", 70, "wrap")]
    columns += [Column(h, 11) for h in ("Specific", "Measure", "Timeframe", "Personal", "Linked to aspiration",
                                        "Observable", "Functional", "Generic", "Service perspective")]
    columns += [Column(f"GFS: {key.replace('_', ' ')}", 12) for key in gfs_keys]
    columns = [Column(h, c.width, c.format) for h, c in zip(unique_headers([c.header for c in columns]), columns)]

    def rows() -> Iterable[list[Any]]:
        for audit in book.batch.audits:
            for o in audit.outcomes:
                yield [audit.plan_id, o.index, o.area, o.text, o.specific, o.measure, o.timeframe, o.personal,
                       o.linked_aspiration, o.observable, o.functional, o.generic, o.service_perspective,
                       *(o.gfs[key] if key in o.gfs else None for key in gfs_keys)]

    book.table(ws, row, "OutcomesTable", columns, rows(), freeze=True)


def write_moderation(book: Book, ws: Worksheet) -> None:
    row = book.title(ws, "Moderation: the panel's grades beside the tool's",
                     "Choose a panel grade from the dropdown in 'Panel grade' (4 Outstanding, 3 Good, "
                     "2 Requires improvement, 1 Inadequate or N/A) and say why in 'Panel comment'. Leave a "
                     "row blank if the panel did not grade it. Then run: ehcp-audit moderate FILE.xlsx")
    widths = (18, 30, 20, 50, 24, 24, 50)
    columns = [Column(h, w, "wrap" if h in ("Criterion", "Panel comment") else None)
               for h, w in zip(MODERATION_HEADERS, widths)]

    def rows() -> Iterable[list[Any]]:
        for audit in book.batch.audits:
            for result in audit.criteria:
                yield [audit.plan_id, audit.source, result.id, result.title, grade_choice(result.grade), None, None]
            yield [audit.plan_id, audit.source, OVERALL_ID, "Overall grade", grade_choice(audit.overall.grade),
                   None, None]

    last = book.table(ws, row, "ModerationTable", columns, rows(), freeze=True)
    ws.data_validation(row + 1, 5, max(last - 1, row + 1), 5, {
        "validate": "list", "source": list(GRADE_CHOICES),
        "input_title": "Panel grade", "input_message": "4 Outstanding, 3 Good, 2 Requires improvement, "
                                                        "1 Inadequate or N/A",
        "error_title": "Panel grade", "error_message": "Choose a grade from the list."})
    book.colour_grades(ws, row + 1, 4, last - 1, 5)


def write_rubric(book: Book, ws: Worksheet) -> None:
    batch = book.batch
    source = ("from the rubric file" if book.rubric is not None
              else "as recorded in the audits (applies-when and sources are in the rubric file)")
    row = book.title(ws, f"Rubric: {batch.rubric_title or batch.rubric_id}",
                     f"Rubric {batch.rubric_id} version {batch.rubric_version}; criteria {source}.")
    # A mixed batch (plans and health advice) was graded against two rubrics: each criterion names its own.
    rows = [(c.id, c.title, c.weight, c.applies_when or None, c.sources or None, c.rubric_id, c.rubric_version)
            for c in book.criteria]
    book.table(ws, row, "RubricTable",
               [Column("Criterion id", 20), Column("Title", 50, "wrap"), Column("Weight", 8),
                Column("Applies when", 22), Column("Sources", 60, "wrap"), Column("Rubric id", 14),
                Column("Rubric version", 10)], rows)


def write_errors(book: Book, ws: Worksheet) -> None:
    errors = book.batch.errors
    row = book.title(ws, "Errors: files that could not be audited",
                     f"{len(errors)} files could not be audited." if errors
                     else "Every file was audited; there were no errors.")
    book.table(ws, row, "ErrorsTable", [Column("File", 50), Column("Reason", 90, "wrap")],
               [(e.source, e.reason) for e in errors])


def write_about(book: Book, ws: Worksheet) -> None:
    batch = book.batch
    row = book.title(ws, "About this audit run",
                     "The tool and rubric versions, audit date and input files, so a grade can be reproduced.")
    items = [
        ("Tool", "ehcp-audit"),
        ("Tool version", batch.tool_version),
        ("Rubric id", batch.rubric_id),
        ("Rubric version", batch.rubric_version),
        ("Rubric title", batch.rubric_title or None),
        ("Audit date (as of)", batch.as_of),
        ("Run time in seconds", batch.elapsed_seconds),
        ("Documents audited", len(batch.audits)),
        ("Files that could not be audited", len(batch.errors)),
        ("Findings", book.finding_count),
        ("Outcomes assessed", sum(len(a.outcomes) for a in batch.audits)),
    ]
    row = book.table(ws, row, "AboutTable", [Column("Item", 34), Column("Value", 70, "left")], items)
    row = book.heading(ws, row, "Input files")
    files = [(a.source, a.sha256, document_type(a), "Audited") for a in batch.audits]
    files += [(e.source, None, None, "Could not be audited") for e in batch.errors]
    book.table(ws, row, "InputFilesTable", [Column("File", 50), Column("SHA-256", 70), Column("Document type", 14),
                                            Column("Result", 20)], files)


def documents_noun(batch: BatchAudit) -> str:
    """What the batch holds, for sentences: 'plans', 'health advice documents' or 'documents'."""
    return kinds_noun({audit.kind for audit in batch.audits})


def kinds_noun(kinds: set[str]) -> str:
    if kinds == {"health_advice"}:
        return "health advice documents"
    return "plans" if kinds <= {"plan"} else "documents"


def has_health_view(batch: BatchAudit) -> bool:
    return any(a.kind == "health_advice" or a.focus for a in batch.audits)


# The workbook's sheets, in order. Add or replace a sheet here; the cover lists what applies.
SHEETS: list[SheetSpec] = [
    SheetSpec(COVER, "Title, contents and how to moderate.", write_cover),
    SheetSpec(SUMMARY, "Headlines, grade distribution per criterion and overall, the most frequent findings, "
                       "grades by school phase and by primary area of need, and a chart.", write_summary),
    SheetSpec(PLANS, "One row per plan: facts, a grade per criterion and overall.", write_plans),
    SheetSpec(FINDINGS, "One row per finding: rule, section, quoted evidence, how to fix, and columns for "
                        "a reviewer's decision.", write_findings),
    SheetSpec(OUTCOMES, "One row per outcome: which parts of a SMART, functional outcome it has.", write_outcomes),
    SheetSpec(MODERATION, "Tool grades beside empty panel grades, for a moderation panel to fill in.",
              write_moderation),
    SheetSpec(HEALTH, "Health advice documents with their grades, and for plans audited with --focus health, "
                      "each health need in C beside the provision in G and the advice in K it came from.",
              write_health, has_health_view),
    SheetSpec(RUBRIC, "The criteria, weights and sources the grades were given against.", write_rubric),
    SheetSpec(ERRORS, "Files that could not be audited, and why.", write_errors),
    SheetSpec(ABOUT, "Tool and rubric versions, audit date, run time and input file hashes.", write_about),
]


# --- Writing the file ------------------------------------------------------------------------


def layout_findings(book: Book) -> None:
    """Where each plan's findings start on the Findings sheet, known before the Plans sheet links to it."""
    header_row = len(FINDINGS_INTRO)  # 0-based: the header follows the title lines
    total = sum(len(r.findings) for a in book.batch.audits for r in a.criteria)
    if total > MAX_ROWS - header_row - 2:
        header_row += 1  # the truncation note
    limit = MAX_ROWS - header_row - 1
    book.finding_count = total
    book.findings_truncated = max(0, total - limit)
    excel_row = header_row + 2  # first data row, 1-based
    for audit in book.batch.audits:
        count = sum(len(r.findings) for r in audit.criteria)
        if count and excel_row - header_row - 2 < limit:
            book.first_finding_row.setdefault(audit.plan_id, excel_row)
        excel_row += count


def add_formats(workbook: xlsxwriter.Workbook) -> dict[str, Any]:
    return {
        "title": workbook.add_format({"bold": True, "font_size": 14}),
        "heading": workbook.add_format({"bold": True, "font_size": 12}),
        "header": workbook.add_format({"bold": True, "text_wrap": True, "valign": "top"}),
        "wrap": workbook.add_format({"text_wrap": True, "valign": "top"}),
        "left": workbook.add_format({"align": "left"}),
        "date": workbook.add_format({"num_format": "d mmm yyyy", "align": "left"}),
        "pct": workbook.add_format({"num_format": "0%"}),
        "mean": workbook.add_format({"num_format": "0.00"}),
        "link": workbook.add_format({"font_color": "#0563C1", "underline": 1}),
    }


def write_workbook(batch: BatchAudit, out: Path, force: bool = False, rubric: Any | None = None) -> Path:
    """Write the audit workbook to `out` and return its path.

    Refuses to replace an existing file unless `force`. The workbook is written to a temporary
    file beside `out` and moved into place, so `out` is never half-written, even on Ctrl-C.
    `rubric` (an audit.rubric.Rubric, optional) adds applies-when and sources to the Rubric sheet.
    """
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise ValueError(f"{out}: an Excel workbook must end in .xlsx")
    if out.is_dir():
        raise IsADirectoryError(f"{out}: is a folder; give a file name ending in .xlsx")
    if out.exists() and not force:
        raise FileExistsError(f"{out}: already exists; use --force to replace it")
    out.parent.mkdir(parents=True, exist_ok=True)
    # One private folder beside `out` holds the half-written workbook and XlsxWriter's scratch files;
    # it is removed whatever happens (an error, Ctrl-C), so no plan text is left behind.
    with tempfile.TemporaryDirectory(prefix=f".{out.stem}.", dir=out.parent) as work:
        temp = Path(work) / out.name
        build(batch, str(temp), rubric, scratch=Path(work))
        if force:
            os.replace(temp, out)
        else:
            _move_no_clobber(temp, out)
    return out


def build(batch: BatchAudit, target: str | io.BytesIO, rubric: Any | None = None,
          scratch: Path | None = None) -> None:
    """Write every sheet that applies into a new workbook at `target` (a path or a buffer).

    With a `scratch` folder, sheet XML goes to files there rather than memory (350 MB less at
    250,000 findings); without, everything stays in memory and nothing touches the disk.
    """
    options: dict[str, Any] = {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False,
                               "in_memory": scratch is None}
    if scratch is not None:
        options["tmpdir"] = str(scratch)
    workbook = xlsxwriter.Workbook(target, options)
    # Both document dates are the audit date, so the same input gives the same file.
    workbook.set_properties({
        "title": f"EHC plan audit as of {long_date(batch.as_of)}",
        "subject": f"{batch.rubric_id} version {batch.rubric_version}",
        "author": "ehcp-audit",
        "comments": f"ehcp-audit {batch.tool_version}",
        "created": datetime.combine(batch.as_of, time()),
    })
    book = Book(batch=batch, workbook=workbook, rubric=rubric,
                sheets=[spec for spec in SHEETS if spec.applies(batch)], formats=add_formats(workbook))
    book.criteria = criterion_columns(batch, rubric)
    layout_findings(book)
    # Millions of small cell records, none of them cyclic: pausing the cycle collector stops it rescanning
    # the whole batch again and again (a quarter of the CPU time for 250,000 findings).
    collecting = gc.isenabled()
    gc.disable()
    try:
        for spec in book.sheets:
            spec.write(book, workbook.add_worksheet(spec.name))
        # Closed only when every sheet is written; a failed run leaves only the temporary file to delete.
        workbook.close()
    finally:
        if collecting:
            gc.enable()


def _move_no_clobber(temp: Path, out: Path) -> None:
    """Move into place unless a file appeared at `out` meanwhile (a hard link fails if it exists)."""
    try:
        os.link(temp, out)
    except FileExistsError:
        raise FileExistsError(f"{out}: already exists; use --force to replace it") from None
    except OSError:
        # Filesystems without hard links: check, then replace.
        if out.exists():
            raise FileExistsError(f"{out}: already exists; use --force to replace it") from None
        os.replace(temp, out)


def workbook_bytes(batch: BatchAudit, rubric: Any | None = None) -> bytes:
    """The same workbook as `write_workbook`, built wholly in memory and returned as bytes.

    For the local self-check page, which keeps nothing on disk (fine for the one plan a page audits).
    """
    buffer = io.BytesIO()
    build(batch, buffer, rubric)
    return buffer.getvalue()
