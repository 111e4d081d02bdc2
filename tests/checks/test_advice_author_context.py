"""Health advice author_context: who wrote it, their registration and service, when, how the child was seen."""

from __future__ import annotations

from datetime import date

from plans import grade_advice

FULL = (
    "Name: Dr Anna Pike\nRole: Consultant Community Paediatrician, GMC 7012345\n"
    "Service: Wessex Community Children's Health Service\nDate of advice: 12 October 2026\n"
    "I saw Sam in clinic on 2 October 2026 and observed him in school on 8 October 2026. "
    "I read his epilepsy care plan and spoke with his class teacher."
)


def test_a_full_author_block_is_outstanding() -> None:
    result = grade_advice("author_context", {"author": FULL})
    assert result.grade == 4, result.summary
    assert result.counts["date_of_advice"] == "2026-10-12"


def test_one_missing_detail_is_good_and_says_which() -> None:
    result = grade_advice("author_context", {"author": FULL.replace(", GMC 7012345", "")})
    assert result.grade == 3
    assert "advice.no_registration" in {f.rule for f in result.findings}


def test_advice_older_than_12_months_is_quoted() -> None:
    old = FULL.replace("12 October 2026", "14 March 2024")
    result = grade_advice("author_context", {"author": old})
    assert result.grade == 2
    stale = next(f for f in result.findings if f.rule == "advice.stale")
    assert stale.quote == "14 March 2024" and stale.section == "author"


def test_not_saying_how_the_child_was_seen_requires_improvement() -> None:
    result = grade_advice("author_context", {"author": "Name: Karen Holt\nRole: School Nurse\nDate: 30/09/2026"})
    assert result.grade == 2
    assert "advice.how_seen" in {f.rule for f in result.findings}


def test_no_name_and_no_date_is_inadequate() -> None:
    result = grade_advice("author_context", {"author": "CAMHS Clinician, Wessex CAMHS North Team", "needs": "Low mood."})
    assert result.grade == 1
    assert {"advice.no_author", "advice.no_date"} <= {f.rule for f in result.findings}


def test_the_audit_date_decides_staleness() -> None:
    later = grade_advice("author_context", {"author": FULL}, as_of=date(2027, 12, 1))
    assert later.grade == 2
