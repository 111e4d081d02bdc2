"""What the result page shows, worked out before any HTML: the plan's text by section cut into
plain text and highlighted pieces (one `<mark>` per finding's quote, nested where quotes nest),
the grades, and the checklist of fixes in order of impact.

Pieces carry raw text: the Jinja template escapes every character, so plan text (untrusted)
never becomes markup.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field

from audit.model import CriterionResult, Finding, Plan, PlanAudit
from audit.report.terminal import GRADE_STYLE, section_heading, worst_findings

SEVERITY_WORDS: dict[str, str] = {"high": "High", "medium": "Medium", "low": "Low"}
COVER = "cover"


@dataclass(frozen=True)
class Grade:
    """A grade as the page shows it: symbol, number and word together (never colour alone)."""

    grade: int | None
    label: str

    @property
    def symbol(self) -> str:
        return GRADE_STYLE[self.grade][0]

    @property
    def text(self) -> str:
        return f"{self.grade} {self.label}" if self.grade is not None else self.label

    @property
    def css(self) -> str:
        return f"grade-{self.grade}" if self.grade is not None else "grade-na"


@dataclass
class Fix:
    """One finding on the checklist, with the id its highlight and popover refer to."""

    id: str
    finding: Finding
    criterion: CriterionResult
    grade: Grade
    severity: str
    where: str
    part: str | None = None  # the part of the plan its quote is highlighted in
    mark: str | None = None  # the id of its first <mark>


@dataclass(frozen=True)
class Piece:
    """A token of a part's text: plain text, the opening of a mark, or its closing."""

    kind: str  # "text" | "open" | "close"
    text: str = ""
    mark: str = ""
    fixes: tuple[str, ...] = ()
    severity: str = ""


@dataclass
class Part:
    """The cover page or one section, with its text cut into pieces."""

    id: str
    heading: str
    letter: str | None
    pieces: list[Piece] = field(default_factory=list)


@dataclass
class PageView:
    audit: PlanAudit
    overall: Grade
    criteria: list[tuple[CriterionResult, Grade]]
    parts: list[Part]
    fixes: list[Fix]

    @property
    def unplaced(self) -> list[Fix]:
        return [fix for fix in self.fixes if fix.mark is None and fix.finding.quote]


# --- Where a quote sits --------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    part: str
    start: int
    end: int


def plan_parts(plan: Plan) -> list[tuple[str, str, str | None, int, str]]:
    """(id, heading, letter, offset in Plan.text, text) for the cover page and each section."""
    parts: list[tuple[str, str, str | None, int, str]] = []
    sections = sorted(plan.sections, key=lambda s: s.start)
    if sections:
        first = sections[0]
        heading_at = plan.text.rfind(first.title, 0, first.start) if first.title else -1
        cover = plan.text[: heading_at if heading_at >= 0 else first.start].rstrip()
        if cover.strip():
            parts.append((COVER, "Cover page", None, 0, cover))
    for section in sections:
        title = section.title.strip() or section_heading(section.letter)
        parts.append((f"section-{section.letter}", title, section.letter, section.start, section.text))
    return parts


def locate(finding: Finding, plan: Plan, parts: list[tuple[str, str, str | None, int, str]]) -> Span | None:
    """The part and characters a finding's quote occupies, or None if it is not in the text.

    The span the check gave is trusted when it holds the quote; otherwise the quote is looked
    for in its section, then anywhere in the plan.
    """
    quote = finding.quote
    if not quote:
        return None
    by_letter = {letter: (pid, offset, text) for pid, _, letter, offset, text in parts if letter}
    if finding.section in by_letter:
        pid, offset, text = by_letter[finding.section]
        if finding.start is not None and finding.end is not None and text[finding.start:finding.end] == quote:
            return Span(pid, finding.start, finding.end)
        at = nearest(text, quote, finding.start)
        if at >= 0:
            return Span(pid, at, at + len(quote))
    absolute = -1
    if finding.section is None and finding.start is not None and plan.text[finding.start:finding.end or 0] == quote:
        absolute = finding.start
    if absolute < 0:
        absolute = plan.text.find(quote)
    if absolute < 0:
        return None
    for pid, _, _, offset, text in parts:
        if offset <= absolute and absolute + len(quote) <= offset + len(text):
            return Span(pid, absolute - offset, absolute - offset + len(quote))
    return None


def nearest(text: str, quote: str, near: int | None) -> int:
    """The occurrence of `quote` in `text` closest to `near` (the first when not given)."""
    best = -1
    at = text.find(quote)
    while at >= 0:
        if near is None:
            return at
        if best < 0 or abs(at - near) < abs(best - near):
            best = at
        at = text.find(quote, at + 1)
    return best


# --- Cutting a text into properly nested marks -------------------------------------------------


def cut(text: str, spans: dict[tuple[int, int], list[str]], severity_of: Callable[[list[str]], str],
        next_mark: Callable[[], str]) -> tuple[list[Piece], dict[str, str]]:
    """Pieces of `text` with a mark around each span; spans that cross are split so marks nest.

    `spans` maps (start, end) to the fix ids quoting it (one mark for a quote several findings
    share). Returns the pieces and, per fix id, the id of its first mark.
    """
    heap = [(start, -end, tuple(ids)) for (start, end), ids in spans.items() if 0 <= start < end <= len(text)]
    heapq.heapify(heap)
    pieces: list[Piece] = []
    first_mark: dict[str, str] = {}
    stack: list[int] = []  # ends of the open marks, innermost last
    position = 0

    def emit_text(until: int) -> None:
        nonlocal position
        if until > position:
            pieces.append(Piece("text", text[position:until]))
            position = until

    while heap:
        start, negative_end, ids = heapq.heappop(heap)
        end = -negative_end
        while stack and stack[-1] <= start:
            emit_text(stack.pop())
            pieces.append(Piece("close"))
        if stack and end > stack[-1]:
            # Crosses the open mark's end: this part inside it, the rest after it.
            heapq.heappush(heap, (stack[-1], -end, ids))
            end = stack[-1]
        if end <= start:
            continue
        emit_text(start)
        mark = next_mark()
        for fix_id in ids:
            first_mark.setdefault(fix_id, mark)
        pieces.append(Piece("open", mark=mark, fixes=ids, severity=severity_of(list(ids))))
        stack.append(end)
    while stack:
        emit_text(stack.pop())
        pieces.append(Piece("close"))
    emit_text(len(text))
    return pieces, first_mark


# --- The whole page ------------------------------------------------------------------------------


def page_view(audit: PlanAudit, plan: Plan, shown: PlanAudit | None = None,
              redact_text: Callable[[str], str] | None = None) -> PageView:
    """Everything the result page shows for `audit` of `plan`.

    `shown` is the audit as displayed (redacted) when it differs from `audit`: quotes are
    placed from `audit`, which matches the plan's text, and shown from `shown` (same
    findings in the same order). `redact_text`, when given, is applied to every piece of plan
    text shown, piece by piece, so the highlights stay where they were.
    """
    shown = shown or audit
    fixes: list[Fix] = []
    placed: list[Finding] = []
    for number, ((result, finding), (_, raw)) in enumerate(zip(worst_findings(shown), worst_findings(audit)), start=1):
        fixes.append(Fix(id=f"f{number}", finding=finding, criterion=result, grade=Grade(result.grade, result.label),
                         severity=SEVERITY_WORDS.get(finding.severity, finding.severity),
                         where=section_heading(finding.section)))
        placed.append(raw)
    parts_spec = plan_parts(plan)
    spans: dict[str, dict[tuple[int, int], list[str]]] = {}
    by_id = {fix.id: fix for fix in fixes}
    for fix, raw in zip(fixes, placed):
        span = locate(raw, plan, parts_spec)
        if span is not None:
            fix.part = span.part
            spans.setdefault(span.part, {}).setdefault((span.start, span.end), []).append(fix.id)

    rank = {"high": 0, "medium": 1, "low": 2}

    def severity_of(ids: list[str]) -> str:
        return min((by_id[i].finding.severity for i in ids), key=lambda s: rank.get(s, 3))

    counter = itertools.count(1)
    parts: list[Part] = []
    for pid, heading, letter, _, text in parts_spec:
        pieces, first_mark = cut(text, spans.get(pid, {}), severity_of, lambda: f"m{next(counter)}")
        for fix_id, mark in first_mark.items():
            by_id[fix_id].mark = mark
        if redact_text is not None:
            pieces = [Piece("text", redact_text(p.text)) if p.kind == "text" else p for p in pieces]
            heading = redact_text(heading)
        parts.append(Part(id=pid, heading=heading, letter=letter, pieces=pieces))
    return PageView(audit=shown, overall=Grade(shown.overall.grade, shown.overall.label),
                    criteria=[(r, Grade(r.grade, r.label)) for r in shown.criteria], parts=parts, fixes=fixes)
