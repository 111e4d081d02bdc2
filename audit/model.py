"""The typed values that flow through ehcp-audit: file -> Plan -> findings -> grades -> report.

Readers build `RawDocument`s, the ingest stage turns them into a `Plan`, checks turn a
`Plan` into `CriterionResult`s, scoring makes a `PlanAudit`, and a batch is a `BatchAudit`.
"""

from __future__ import annotations

import datetime as _datetime
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

GRADE_LABELS: dict[int, str] = {
    4: "Outstanding",
    3: "Good",
    2: "Requires improvement",
    1: "Inadequate",
}
NA_LABEL = "N/A"

# Statutory sections (SEND Code of Practice 9.62). "H" is a merged H1/H2 section.
SECTION_LETTERS: tuple[str, ...] = ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K")
SECTION_TITLES: dict[str, str] = {
    "A": "Views, interests and aspirations",
    "B": "Special educational needs",
    "C": "Health needs",
    "D": "Social care needs",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health provision",
    "H": "Social care provision",
    "H1": "Social care provision (CSDPA 1970 s2)",
    "H2": "Other social care provision",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information",
}

Severity = Literal["high", "medium", "low"]
DocumentKind = Literal["plan", "health_advice"]


def grade_label(grade: int | None) -> str:
    """The word for a grade: 'Good', or 'N/A' for a criterion that does not apply."""
    return GRADE_LABELS[grade] if grade is not None else NA_LABEL


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# --- What a reader gives back -------------------------------------------------------------


class Block(Frozen):
    """One structural unit of a document, in reading order.

    Items are split from this structure (list paragraphs, table rows), never from
    punctuation alone: EHC plans are mostly bullet lists and tables.
    """

    kind: Literal["heading", "paragraph", "list_item", "table_row"]
    text: str
    # Word heading level (1..9), or a level a reader inferred; None for body text.
    level: int | None = None
    # The whole block is bold (a "Part A" line in a template without heading styles).
    bold: bool = False
    # Word style name where the format has one ("Heading 2", "List Bullet").
    style: str | None = None
    # For table rows: each distinct cell's text (merged cells once); `text` joins them.
    cells: tuple[str, ...] = ()
    # Which table (0-based, document order) a row belongs to, and the row's index in it.
    table: int | None = None
    row: int | None = None
    page: int | None = None


class RawDocument(Frozen):
    """A file's body in reading order, before sections are found."""

    source: str
    format: Literal["docx", "pdf", "txt", "md", "json"]
    sha256: str
    blocks: tuple[Block, ...]
    # Set only by the JSON reader: the structured plan as published in audit/schemas.
    structured: dict | None = None


# --- What ingest gives the checks ---------------------------------------------------------


class Section(Frozen):
    """One section of a plan (letter "A".."K", "H1", "H2" or merged "H").

    For health advice documents `letter` is a part name: "author", "assessment",
    "needs", "outcomes", "recommendations", "transition".
    """

    letter: str
    title: str  # the heading as it stood in the document
    text: str  # the section body, without its heading
    start: int  # offset of `text` in Plan.text
    end: int
    blocks: tuple[Block, ...] = ()


class Outcome(Frozen):
    """One outcome from section E, with its steps and its 'by when' where given."""

    index: int  # 1-based, in document order
    text: str
    section: str = "E"
    start: int  # span within the section's text
    end: int
    area: str | None = None  # broad area of need or PfA area, when the plan groups them
    steps: tuple[str, ...] = ()
    by_when: str | None = None


class ProvisionItem(Frozen):
    """One line of provision from F, G, H1, H2 or H."""

    index: int
    section: str
    text: str
    start: int  # span within the section's text
    end: int
    area: str | None = None
    what: str | None = None
    who: str | None = None
    frequency: str | None = None
    duration: str | None = None
    ratio: str | None = None
    linked_outcome: str | None = None


class AdviceEntry(Frozen):
    """One piece of advice listed in section K."""

    text: str
    author: str | None = None
    # Spelled through the module: a field named `date` shadows the type inside the class body.
    date: _datetime.date | None = None


class PlanFacts(Frozen):
    child_name: str | None = None
    date_of_birth: date | None = None
    year_group: int | None = None  # nursery -1, Reception 0, Years 1-13, 14+ past Year 13
    year_group_source: Literal["stated", "derived", "manifest"] | None = None
    # The year group as the plan states it ("Year 10"), kept even when the date of birth gives
    # the current one: a stale stated year group is itself a finding.
    stated_year_group: int | None = None
    issued: date | None = None
    review_dates: tuple[date, ...] = ()
    last_review: date | None = None
    last_amended: date | None = None
    next_review: date | None = None
    advice_dates: tuple[date, ...] = ()
    nhs_number: str | None = None
    upn: str | None = None
    # Other people named on the cover page (parents, carers), for pseudonymisation.
    family_names: tuple[str, ...] = ()
    primary_need: str | None = None  # e.g. "Communication and interaction"
    # Health advice documents: the author block.
    author: str | None = None
    author_role: str | None = None
    document_date: date | None = None


class Plan(Frozen):
    """A document read and structured: what every check works from."""

    source: str
    format: str
    sha256: str
    kind: DocumentKind = "plan"
    text: str  # the body, blocks joined with newlines; sections index into it
    sections: tuple[Section, ...]
    missing_sections: tuple[str, ...] = ()
    facts: PlanFacts = PlanFacts()
    outcomes: tuple[Outcome, ...] = ()
    provision: tuple[ProvisionItem, ...] = ()
    advice: tuple[AdviceEntry, ...] = ()

    def section(self, letter: str) -> Section | None:
        """The section with this letter; "H1"/"H2" fall back to a merged "H"."""
        for section in self.sections:
            if section.letter == letter:
                return section
        if letter in ("H1", "H2"):
            return self.section("H")
        return None

    def section_text(self, *letters: str) -> str:
        return "\n".join(s.text for letter in letters if (s := self.section(letter)))

    @property
    def word_count(self) -> int:
        return len(self.text.split())


# --- What checks and scoring give back ----------------------------------------------------


class Finding(Frozen):
    """One piece of evidence behind a grade: what was seen, where, and what would fix it."""

    criterion: str
    rule: str  # e.g. "outcomes.generic_phrase"
    section: str | None  # section letter; None for plan-wide findings (e.g. no dates)
    quote: str  # verbatim text from the section ('' where the finding is an absence)
    start: int | None = None  # span of the quote within the section's text
    end: int | None = None
    severity: Severity = "medium"
    message: str
    fix: str
    # The lexicon and entry that fired, so a false alarm can be traced and suppressed.
    lexicon: str | None = None
    entry: str | None = None


class OutcomeAssessment(Frozen):
    """The SMART parts and Goal Functionality Scale items found in one outcome."""

    index: int
    text: str
    section: str = "E"
    area: str | None = None
    specific: bool = False
    measure: bool = False
    timeframe: bool = False
    personal: bool = False
    linked_aspiration: bool = False
    observable: bool = False
    functional: bool = False
    generic: bool = False
    service_perspective: bool = False
    gfs: dict[str, bool] = Field(default_factory=dict)


class CriterionResult(Frozen):
    id: str
    title: str
    grade: int | None  # 1..4, or None for N/A
    label: str
    weight: float = 1.0
    summary: str  # one sentence: why this grade
    counts: dict[str, int | float | str | None] = Field(default_factory=dict)
    findings: tuple[Finding, ...] = ()
    guidance: str = ""  # what would raise the grade, from the rubric


class OverallGrade(Frozen):
    grade: int | None
    label: str
    score: float | None  # the weighted mean before rounding
    limited: bool = False  # the limiting rule capped the grade
    reason: str = ""


class PlanAudit(Frozen):
    plan_id: str
    source: str
    sha256: str
    kind: DocumentKind = "plan"
    format: str = ""
    rubric_id: str
    rubric_version: str
    as_of: date
    facts: PlanFacts
    sections_found: tuple[str, ...]
    sections_missing: tuple[str, ...]
    word_count: int = 0
    outcome_count: int = 0
    provision_count: int = 0
    criteria: tuple[CriterionResult, ...]
    overall: OverallGrade
    outcomes: tuple[OutcomeAssessment, ...] = ()
    focus: dict | None = None  # e.g. the DCO's health view when --focus health


class AuditError(Frozen):
    """A file that could not be audited, and why, in one line."""

    source: str
    reason: str


class BatchAudit(Frozen):
    tool_version: str
    rubric_id: str
    rubric_version: str
    rubric_title: str = ""
    as_of: date
    audits: tuple[PlanAudit, ...]
    errors: tuple[AuditError, ...] = ()
    elapsed_seconds: float | None = None
