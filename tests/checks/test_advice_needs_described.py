"""Health advice needs_described: needs in plain words with their impact, not a diagnosis list."""

from __future__ import annotations

from plans import grade_advice

DESCRIBED = (
    "Epilepsy: Maya has focal seizures about twice a month. During a seizure she stares and does not answer, and she "
    "is tired for an hour afterwards. This means she misses instructions and parts of lessons.\n"
    "Left hemiplegia (weakness of her left arm and leg): Maya finds it hard to hold paper still and to carry a tray at "
    "lunch. She gets tired walking between lessons and on stairs.\n"
    "Maya worries about having a seizure in front of friends, which stops her going to after-school clubs."
)


def test_needs_with_their_impact_on_several_areas_of_life_are_outstanding() -> None:
    result = grade_advice("needs_described", {"needs": DESCRIBED})
    assert result.grade == 4, result.summary


def test_a_bare_list_of_diagnoses_is_inadequate_and_each_is_quoted() -> None:
    result = grade_advice("needs_described", {"needs": "- Generalised anxiety disorder\n- Autism spectrum condition\n- Low mood"})
    assert result.grade == 1
    quotes = [f.quote for f in result.findings if f.rule == "advice.bare_diagnosis"]
    assert quotes == ["Generalised anxiety disorder", "Autism spectrum condition", "Low mood"]


def test_no_concerns_see_attached_is_inadequate() -> None:
    result = grade_advice("needs_described", {"needs": "No concerns. See attached."})
    assert result.grade == 1
    assert result.findings[0].rule == "advice.needs_boilerplate" and result.findings[0].quote == "No concerns"


def test_a_brief_description_cannot_be_good() -> None:
    result = grade_advice("needs_described", {"needs": "Ruby has DLD. She has difficulties with language. This affects her learning."})
    assert result.grade == 2


def test_missing_needs_fall_back_to_the_assessment() -> None:
    result = grade_advice("needs_described", {"assessment": DESCRIBED})
    assert result.grade == 4
