"""Health advice provision_placement: recommendations marked for F or G; what the NHS commissions."""

from __future__ import annotations

from plans import grade_advice

MARKED = (
    "For section F (educational)\n"
    "- Stretching programme written by the physiotherapist and delivered by a trained teaching assistant, 15 minutes daily.\n"
    "For section G (health)\n"
    "- Physiotherapy review by a paediatric physiotherapist every 6 weeks, 45 minutes."
)


def test_marked_and_commissioned_is_outstanding() -> None:
    result = grade_advice("provision_placement", {"recommendations": MARKED + " Commissioned by Wessex Community Health and available now."})
    assert result.grade == 4, result.summary
    assert result.counts["marked_f"] == 1 and result.counts["marked_g"] == 1


def test_marked_without_commissioning_is_good() -> None:
    result = grade_advice("provision_placement", {"recommendations": MARKED})
    assert result.grade == 3
    assert "placement.commissioning" in {f.rule for f in result.findings}


def test_the_part_title_can_mark_everything_under_it() -> None:
    plan_sections = {"recommendations": "- Language programme with a teaching assistant, 3 x 20 minutes weekly."}
    result = grade_advice("provision_placement", plan_sections)
    assert result.grade == 1  # "Recommendations" alone marks nothing


def test_unmarked_recommendations_are_quoted() -> None:
    result = grade_advice("provision_placement", {"recommendations": "- Handwriting programme with a teaching assistant, 3 x 15 minutes weekly.\n- OT review every 6 months."})
    assert result.grade == 1
    assert [f.quote for f in result.findings if f.rule == "placement.unmarked"] == [
        "Handwriting programme with a teaching assistant, 3 x 15 minutes weekly.", "OT review every 6 months."]


def test_school_delivered_programme_in_g_is_misplaced() -> None:
    result = grade_advice("provision_placement", {"recommendations": "Health provision (section G)\n"
                                                  "- Language programme delivered by a trained teaching assistant, 3 x 20 minutes weekly."})
    assert result.grade == 2
    assert "placement.educates_in_g" in {f.rule for f in result.findings}
