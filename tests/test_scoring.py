"""The overall grade: weighted mean of applicable criteria, rounded half up, capped by the
limiting rule; N/A criteria take no part."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from audit.model import CriterionResult, grade_label
from audit.rubric import LimitRule, OverallRule
from audit.scoring import overall_grade, round_half_up

INSPECTION_RULE = OverallRule(method="weighted_mean", rounding="half_up", limits=(LimitRule(if_any_grade=1, cap=2),))


def result(cid: str, grade: int | None, weight: float = 1.0) -> CriterionResult:
    return CriterionResult(id=cid, title=cid, grade=grade, label=grade_label(grade), weight=weight, summary="")


@pytest.mark.parametrize("score, grade", [(2.5, 3), (2.49, 2), (3.5, 4), (1.5, 2), (3.0, 3), (2.4999, 2)])
def test_rounding_is_half_up_not_bankers(score: float, grade: int) -> None:
    assert round_half_up(score) == grade


def test_weighted_mean_of_applicable_criteria() -> None:
    overall = overall_grade([result("a", 4, 3), result("b", 2, 1), result("c", None, 5)], INSPECTION_RULE)
    assert overall.score == 3.5 and overall.grade == 4 and overall.label == "Outstanding"
    assert not overall.limited
    assert "3.50 of 2 applicable criteria" in overall.reason


def test_half_way_rounds_up() -> None:
    overall = overall_grade([result("a", 3), result("b", 2)], INSPECTION_RULE)
    assert (overall.score, overall.grade) == (2.5, 3)


def test_any_criterion_graded_1_caps_the_plan_at_2() -> None:
    results = [result("holistic", 1), *(result(f"c{i}", 4) for i in range(7))]
    overall = overall_grade(results, INSPECTION_RULE)
    assert overall.score == 3.625
    assert overall.grade == 2 and overall.label == "Requires improvement"
    assert overall.limited
    assert "capped at 2 (Requires improvement) because holistic (Inadequate) is graded 1 or below" in overall.reason


def test_the_cap_never_raises_a_grade() -> None:
    overall = overall_grade([result("a", 1), result("b", 1), result("c", 2)], INSPECTION_RULE)
    assert overall.grade == 1 and not overall.limited


def test_a_limit_can_name_the_criteria_it_watches() -> None:
    rule = OverallRule(limits=(LimitRule(if_any_grade=2, cap=2, criteria=("pfa",)),))
    assert overall_grade([result("pfa", 2), result("b", 4), result("c", 4)], rule).grade == 2
    assert overall_grade([result("pfa", 4), result("b", 2), result("c", 4)], rule).grade == 3


def test_no_applicable_criteria_is_na() -> None:
    overall = overall_grade([result("a", None), result("b", 3, weight=0)], INSPECTION_RULE)
    assert overall.grade is None and overall.label == "N/A" and overall.score is None


grades = st.one_of(st.none(), st.integers(min_value=1, max_value=4))
weights = st.sampled_from([0.0, 0.5, 1.0, 2.0, 3.0])


@given(st.lists(st.tuples(grades, weights), max_size=10))
def test_overall_grade_properties(graded: list[tuple[int | None, float]]) -> None:
    results = [result(f"c{i}", g, w) for i, (g, w) in enumerate(graded)]
    overall = overall_grade(results, INSPECTION_RULE)
    applicable = [g for g, w in graded if g is not None and w > 0]
    if not applicable:
        assert overall.grade is None
        return
    assert min(applicable) <= overall.grade <= max(applicable)  # a mean never leaves the range
    if 1 in applicable:
        assert overall.grade <= 2
    assert overall.limited == (1 in applicable and round_half_up(overall.score) > 2)
    assert overall_grade(list(reversed(results)), INSPECTION_RULE).grade == overall.grade  # order-free
