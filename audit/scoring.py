"""Criterion verdicts -> graded CriterionResults -> the plan's overall grade.

The overall rule is data in the rubric (`overall:`): a weighted mean of the applicable
criteria, rounded half up, then capped by limiting rules such as "any criterion graded 1
caps the plan at 2". N/A criteria take no part; a plan with none applicable is N/A overall.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Sequence

from audit.checks import Verdict
from audit.model import CriterionResult, OverallGrade, grade_label
from audit.rubric import CriterionSpec, OverallRule


def criterion_result(spec: CriterionSpec, verdict: Verdict) -> CriterionResult:
    """A check's verdict dressed with the rubric's title, weight and guidance."""
    return CriterionResult(
        id=spec.id,
        title=spec.title,
        grade=verdict.grade,
        label=grade_label(verdict.grade),
        weight=spec.weight,
        summary=verdict.summary,
        counts=dict(verdict.counts),
        findings=tuple(verdict.findings),
        # Nothing to raise at the top grade or when the criterion does not apply.
        guidance=spec.guidance if verdict.grade is not None and verdict.grade < 4 else "",
    )


def not_applicable(spec: CriterionSpec, reason: str) -> CriterionResult:
    """The result of a criterion whose applies_when is false for this plan."""
    return CriterionResult(
        id=spec.id, title=spec.title, grade=None, label=grade_label(None), weight=spec.weight, summary=reason,
    )


def round_half_up(score: float) -> int:
    """2.5 -> 3, 2.49 -> 2: the rounding panels use (Python's round() would give 2.5 -> 2)."""
    return int(Decimal(repr(score)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def overall_grade(results: Sequence[CriterionResult], rule: OverallRule) -> OverallGrade:
    """The plan's grade from its criterion grades, by the rubric's overall rule."""
    graded = [r for r in results if r.grade is not None and r.weight > 0]
    if not graded:
        return OverallGrade(grade=None, label=grade_label(None), score=None,
                            reason="no criterion of the rubric applies to this document")
    total_weight = sum(r.weight for r in graded)
    score = sum(r.weight * r.grade for r in graded) / total_weight  # type: ignore[operator]
    score = round(score, 4)  # a stable number in reports, free of float noise
    grade = min(4, max(1, round_half_up(score)))
    reason = f"weighted mean {score:.2f} of {len(graded)} applicable criteria"
    limited = False
    for limit in rule.limits:
        triggers = [r for r in graded
                    if r.grade <= limit.if_any_grade and (not limit.criteria or r.id in limit.criteria)]  # type: ignore[operator]
        if triggers and grade > limit.cap:
            grade = limit.cap
            limited = True
            named = ", ".join(f"{r.id} ({r.label})" for r in triggers)
            reason = (f"{reason}, capped at {limit.cap} ({grade_label(limit.cap)}) because "
                      f"{named} {'is' if len(triggers) == 1 else 'are'} graded {limit.if_any_grade} or below")
    return OverallGrade(grade=grade, label=grade_label(grade), score=score, limited=limited, reason=reason)
