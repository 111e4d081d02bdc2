"""Health advice outcomes: personal, specific, time-bound outcomes of the health input."""

from __future__ import annotations

from plans import grade_advice

SMART = (
    "- By July 2027 Theo will follow two-part classroom instructions without a visual prompt in 8 out of 10 opportunities.\n"
    "- By his 18th birthday Theo will tell a new adult the name of his medicine independently, on 3 out of 3 occasions."
)


def test_smart_personal_outcomes_are_outstanding() -> None:
    result = grade_advice("outcomes", {"outcomes": SMART}, facts={"child_name": "Theo Brannock"})
    assert result.grade == 4, result.summary


def test_generic_outcomes_are_found_one_by_one() -> None:
    result = grade_advice("outcomes", {"outcomes": "- Jacob will improve his handwriting.\n- Jacob will develop his fine motor skills."},
                          facts={"child_name": "Jacob Ferrant"})
    assert result.grade <= 2
    assert {f.quote for f in result.findings} >= {"Jacob will improve his handwriting."} or \
        any("improve" in f.quote for f in result.findings)


def test_not_applicable_is_no_outcome() -> None:
    result = grade_advice("outcomes", {"outcomes": "Not applicable."})
    assert result.grade == 1 and result.findings[0].rule == "outcomes.missing"


def test_no_outcomes_part_is_inadequate() -> None:
    result = grade_advice("outcomes", {"needs": "Sam has epilepsy."})
    assert result.grade == 1
