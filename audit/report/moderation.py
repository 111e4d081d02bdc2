"""Read a moderated audit workbook back: the panel's grades from the Moderation sheet and the
reviewers' decisions on findings, and measure how far the tool agreed with them.

The workbook is the one audit/report/excel.py writes; sheets and columns are found by their
names, so a panel may sort, filter or reorder columns. Agreement statistics come from
audit/evaluate.py; the false-alarm rate per criterion is computed here.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterator, Literal, Sequence

from pydantic import BaseModel, ConfigDict, Field

from audit.errors import AuditInputError
from audit import evaluate
from audit.evaluate import Agreement, agreement
from audit.model import GRADE_LABELS
from audit.report.excel import (
    ABOUT,
    FINDINGS,
    GRADE_CHOICES,
    MODERATION,
    OVERALL_ID,
    REVIEW_CHOICES,
)

Grade = int | None  # 1..4, None for N/A
Decision = Literal["Accepted", "False alarm", "Not applicable"]

NA_WORDS = frozenset({"n/a", "na", "n.a.", "not applicable", "none applicable"})
LABEL_GRADES: dict[str, int] = {label.lower(): grade for grade, label in GRADE_LABELS.items()}
# What reviewers type when they do not use the dropdown.
DECISION_WORDS: dict[str, Decision] = {
    "accepted": "Accepted", "accept": "Accepted", "agree": "Accepted", "agreed": "Accepted", "yes": "Accepted",
    "false alarm": "False alarm", "false positive": "False alarm", "false": "False alarm", "wrong": "False alarm",
    "not applicable": "Not applicable", "n/a": "Not applicable", "na": "Not applicable",
}
# How far down a sheet its table's header row may start (title and notes sit above it).
HEADER_SEARCH_ROWS = 12


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class PanelGrade(Frozen):
    """One row of the Moderation sheet that the panel graded."""

    plan_id: str
    criterion: str  # a criterion id, or "overall"
    tool_grade: Grade
    panel_grade: Grade
    comment: str = ""


class FindingReview(Frozen):
    """One finding a reviewer marked Accepted, False alarm or Not applicable."""

    finding_id: str
    plan_id: str
    criterion: str
    rule: str
    decision: Decision
    comment: str = ""


class Moderation(Frozen):
    """What a panel recorded in a workbook."""

    source: str
    rubric_id: str | None = None
    rubric_version: str | None = None
    as_of: date | None = None
    grades: tuple[PanelGrade, ...] = ()
    reviews: tuple[FindingReview, ...] = ()
    rows_ungraded: int = 0  # Moderation rows the panel left blank
    findings_per_criterion: dict[str, int] = Field(default_factory=dict)  # every finding, reviewed or not

    @property
    def plans_moderated(self) -> int:
        return len({g.plan_id for g in self.grades})

    def criteria(self) -> list[str]:
        """Criterion ids in the order the workbook lists them, "overall" last."""
        seen = dict.fromkeys(g.criterion for g in self.grades if g.criterion != OVERALL_ID)
        seen.update(dict.fromkeys(r.criterion for r in self.reviews))
        seen.update(dict.fromkeys(c for c in self.findings_per_criterion))
        return [c for c in seen if c != OVERALL_ID]


class FalseAlarms(Frozen):
    """How many of a criterion's reviewed findings the reviewers called false alarms."""

    criterion: str
    findings: int  # on the Findings sheet
    reviewed: int
    accepted: int
    false_alarms: int
    not_applicable: int
    rate: float | None  # false alarms / reviewed


# --- Reading the workbook ---------------------------------------------------------------------


def parse_panel_grade(value: Any) -> Grade | Literal[""]:
    """A grade as a panel may type it: 3, '3', '3 Good', 'Good', 'N/A'. '' when the cell is blank.

    Raises ValueError for anything else.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a grade")
    if isinstance(value, (int, float)):
        if value in (1, 2, 3, 4):
            return int(value)
        raise ValueError(f"{value!r} is not a grade")
    text = " ".join(str(value).split())
    if not text:
        return ""
    lowered = text.lower()
    if lowered in NA_WORDS:
        return None
    match = re.fullmatch(r"([1-4])(?:\.0)?(?:\s*[-:–]?\s*(.*))?", text)
    if match:
        grade = int(match.group(1))
        label = (match.group(2) or "").strip().lower()
        if not label or LABEL_GRADES.get(label) == grade:
            return grade
        raise ValueError(f"{_shown(text)} gives a number and a word that disagree")
    if lowered in LABEL_GRADES:
        return LABEL_GRADES[lowered]
    raise ValueError(f"{_shown(text)} is not one of {', '.join(GRADE_CHOICES)}")


def parse_decision(value: Any) -> Decision | None:
    """A reviewer's decision; None when the cell is blank. Raises ValueError for anything else."""
    if value is None:
        return None
    text = " ".join(str(value).split()).lower()
    if not text:
        return None
    if text in DECISION_WORDS:
        return DECISION_WORDS[text]
    raise ValueError(f"{_shown(str(value))} is not one of {', '.join(REVIEW_CHOICES)}")


def _shown(text: str) -> str:
    """A cell value quoted in an error message: short, one line."""
    text = " ".join(text.split())
    return repr(text if len(text) <= 40 else text[:37] + "...")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _table(source: str, ws: Any, sheet: str, needed: Sequence[str]) -> Iterator[tuple[int, dict[str, Any]]]:
    """The rows of a sheet's table as {header: value}, with their row numbers as Excel shows them.

    The header row is the first near the top that holds every `needed` header.
    """
    rows = ws.iter_rows(values_only=True)
    header: dict[str, int] | None = None
    for number, values in enumerate(rows, start=1):
        if header is None:
            names = {_text(v).lower(): i for i, v in enumerate(values) if _text(v)}
            if all(n.lower() in names for n in needed):
                header = names
            elif number >= HEADER_SEARCH_ROWS:
                break
            continue
        if all(v is None or _text(v) == "" for v in values):
            continue
        yield number, {name: values[i] if i < len(values) else None for name, i in header.items()}
    if header is None:
        raise AuditInputError(source, f"the {sheet} sheet has no header row with {', '.join(needed)}; "
                                      "is this a workbook written by ehcp-audit?")


def _open(path: Path) -> Any:
    from openpyxl import load_workbook  # imported here: the audit itself never needs it

    source = str(path)
    if not path.exists():
        raise AuditInputError(source, "no such file")
    if path.is_dir():
        raise AuditInputError(source, "is a folder, not an Excel workbook")
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise AuditInputError(source, f"cannot read it as an Excel workbook (.xlsx): {type(exc).__name__}") from None
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a damaged file
        raise AuditInputError(source, f"cannot read it as an Excel workbook (.xlsx): {type(exc).__name__}") from None


def read_moderation(path: Path | str) -> Moderation:
    """The panel grades and finding reviews recorded in a workbook written by write_workbook."""
    path = Path(path)
    source = str(path)
    workbook = _open(path)
    try:
        if MODERATION not in workbook.sheetnames:
            raise AuditInputError(source, "has no Moderation sheet; is this a workbook written by ehcp-audit?")
        about = _read_about(source, workbook)
        grades, ungraded = _read_grades(source, workbook[MODERATION])
        reviews: list[FindingReview] = []
        per_criterion: Counter[str] = Counter()
        if FINDINGS in workbook.sheetnames:
            reviews, per_criterion = _read_reviews(source, workbook[FINDINGS])
    finally:
        workbook.close()
    return Moderation(source=source, grades=tuple(grades), reviews=tuple(reviews), rows_ungraded=ungraded,
                      findings_per_criterion=dict(per_criterion), **about)


def _read_about(source: str, workbook: Any) -> dict[str, Any]:
    if ABOUT not in workbook.sheetnames:
        return {}
    items = {_text(row.get("item")).lower(): row.get("value") for _, row in
             _table(source, workbook[ABOUT], ABOUT, ("Item", "Value"))}
    as_of = items.get("audit date (as of)")
    if isinstance(as_of, datetime):
        as_of = as_of.date()
    return {
        "rubric_id": _text(items.get("rubric id")) or None,
        "rubric_version": _text(items.get("rubric version")) or None,
        "as_of": as_of if isinstance(as_of, date) else None,
    }


def _read_grades(source: str, ws: Any) -> tuple[list[PanelGrade], int]:
    grades: list[PanelGrade] = []
    ungraded = 0
    seen: dict[tuple[str, str], int] = {}
    for number, row in _table(source, ws, MODERATION, ("Plan id", "Criterion id", "Tool grade", "Panel grade")):
        plan_id, criterion = _text(row["plan id"]), _text(row["criterion id"])
        if not plan_id or not criterion:
            continue
        where = f"{MODERATION} sheet row {number}"
        try:
            panel = parse_panel_grade(row["panel grade"])
        except ValueError as exc:
            raise AuditInputError(source, f"{where}: panel grade {exc}") from None
        if panel == "":
            ungraded += 1
            continue
        try:
            tool = parse_panel_grade(row["tool grade"])
        except ValueError as exc:
            raise AuditInputError(source, f"{where}: tool grade {exc}") from None
        if tool == "":
            raise AuditInputError(source, f"{where}: the tool grade is blank; it must stay as written")
        key = (plan_id, criterion)
        if key in seen:
            raise AuditInputError(source, f"{where}: plan {plan_id} criterion {criterion} is graded twice "
                                          f"(also row {seen[key]})")
        seen[key] = number
        grades.append(PanelGrade(plan_id=plan_id, criterion=criterion, tool_grade=tool, panel_grade=panel,
                                 comment=_text(row.get("panel comment"))))
    return grades, ungraded


def _read_reviews(source: str, ws: Any) -> tuple[list[FindingReview], Counter[str]]:
    reviews: list[FindingReview] = []
    per_criterion: Counter[str] = Counter()
    needed = ("Finding id", "Plan id", "Criterion", "Rule", "Reviewer decision")
    for number, row in _table(source, ws, FINDINGS, needed):
        criterion = _text(row["criterion"])
        if not _text(row["finding id"]):
            continue
        per_criterion[criterion] += 1
        try:
            decision = parse_decision(row["reviewer decision"])
        except ValueError as exc:
            raise AuditInputError(source, f"{FINDINGS} sheet row {number}: reviewer decision {exc}") from None
        if decision is None:
            continue
        reviews.append(FindingReview(finding_id=_text(row["finding id"]), plan_id=_text(row["plan id"]),
                                     criterion=criterion, rule=_text(row["rule"]), decision=decision,
                                     comment=_text(row.get("reviewer comment"))))
    return reviews, per_criterion


# --- What the moderation shows ----------------------------------------------------------------


def agreements(moderation: Moderation) -> list[Agreement]:
    """Agreement between panel and tool per criterion (workbook order; n=0 where the panel graded
    none), then overall."""
    pairs: dict[str, list[tuple[Grade, Grade]]] = {c: [] for c in moderation.criteria()}
    overall: list[tuple[Grade, Grade]] = []
    for grade in moderation.grades:
        target = overall if grade.criterion == OVERALL_ID else pairs.setdefault(grade.criterion, [])
        target.append((grade.panel_grade, grade.tool_grade))
    rows = [agreement(c, p) for c, p in pairs.items()]
    rows.append(agreement(OVERALL_ID, overall))
    return rows


def pooled_agreement(moderation: Moderation) -> Agreement:
    """Agreement over every criterion grade together (the overall grade left out)."""
    return evaluate.pooled_agreement((g.panel_grade, g.tool_grade) for g in moderation.grades
                                     if g.criterion != OVERALL_ID)


def false_alarms(moderation: Moderation) -> list[FalseAlarms]:
    """Per criterion: reviewed findings, and the share the reviewers called false alarms."""
    decisions: dict[str, Counter[str]] = {c: Counter() for c in moderation.criteria()}
    for review in moderation.reviews:
        decisions.setdefault(review.criterion, Counter())[review.decision] += 1
    rows = []
    for criterion, counts in decisions.items():
        reviewed = sum(counts.values())
        found = moderation.findings_per_criterion.get(criterion, 0)
        if not reviewed and not found:
            continue
        rows.append(FalseAlarms(criterion=criterion, findings=found, reviewed=reviewed,
                                accepted=counts["Accepted"], false_alarms=counts["False alarm"],
                                not_applicable=counts["Not applicable"],
                                rate=round(counts["False alarm"] / reviewed, 4) if reviewed else None))
    return rows


def labels_csv(moderation: Moderation) -> str:
    """The panel's grades as a labels file (plan, criterion, grade; NA for not applicable), the
    format `ehcp-audit evaluate --labels` reads."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["plan", "criterion", "grade"])
    for grade in moderation.grades:
        writer.writerow([grade.plan_id, grade.criterion,
                         "NA" if grade.panel_grade is None else grade.panel_grade])
    return buffer.getvalue()

