"""Health advice transition: from Year 9, the move to adult health services and adult health outcomes."""

from __future__ import annotations

from datetime import date

from plans import grade_advice

PLANNED = ("Maya's care will move to the adult epilepsy clinic when she turns 18. I will refer her 6 months before, "
           "and she will meet the adult epilepsy nurse at a joint transition clinic in Year 12.")
OUTCOME = "\nHealth outcome for adult life: by age 17 Maya will order her own repeat prescription."
YEAR_10 = {"year_group": 10, "year_group_source": "stated", "date_of_birth": date(2011, 5, 14)}


def test_planned_move_with_adult_outcomes_is_outstanding() -> None:
    assert grade_advice("transition", {"transition": PLANNED + OUTCOME}, facts=YEAR_10).grade == 4


def test_planned_move_without_adult_outcomes_is_good() -> None:
    result = grade_advice("transition", {"transition": PLANNED}, facts=YEAR_10)
    assert result.grade == 3 and "transition.no_adult_outcomes" in {f.rule for f in result.findings}


def test_nothing_about_transition_in_year_10_is_inadequate() -> None:
    result = grade_advice("transition", {"needs": "Freya has anxiety."}, facts=YEAR_10)
    assert result.grade == 1 and "transition.no_adult_services" in {f.rule for f in result.findings}


def test_younger_children_are_not_applicable() -> None:
    result = grade_advice("transition", {"needs": "Theo has DLD."},
                          facts={"year_group": 3, "year_group_source": "stated", "date_of_birth": date(2018, 12, 2)})
    assert result.grade is None and result.label == "N/A"


def test_age_13_applies_whatever_the_year_group() -> None:
    result = grade_advice("transition", {"needs": "Sam has asthma."}, facts={"date_of_birth": date(2013, 1, 5)},
                          as_of=date(2026, 11, 1))
    assert result.grade == 1
