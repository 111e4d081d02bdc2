"""Health advice provision_specific: every recommendation says what, who, how often, how long;
every line without a frequency or a provider is found, quoting that line."""

from __future__ import annotations

import pytest
from plans import grade_advice, make_advice

SPECIFIED = (
    "- Language programme written by the speech and language therapist and delivered by a trained teaching assistant, 3 x 20 minutes weekly, 1:1.\n"
    "- Review in clinic by the consultant paediatrician every 6 months, 30 minutes.\n"
    "- Splint check by the orthotist every 6 months, 20 minutes.\n"
    "- Hearing aid review in the paediatric audiology clinic every 6 months, 1 hour, by a clinical scientist."
)


def test_specified_recommendations_are_outstanding() -> None:
    result = grade_advice("provision_specific", {"recommendations": SPECIFIED})
    assert result.grade == 4, result.summary
    assert not [f for f in result.findings if f.rule in ("provision.no_frequency", "provision.no_provider")]


def test_vague_recommendations_are_inadequate() -> None:
    result = grade_advice("provision_specific", {"recommendations": "- Access to CAMHS as required.\n- Regular check-ins with a key adult."})
    assert result.grade == 1


LINES = [
    "Speech and language therapy as required.",
    "Pre-teaching of topic words before each new topic.",
    "Snacks and hypo treatment to be available as required.",
    "OT review if needed.",
    "Small group narrative intervention weekly.",
    "Ruby should receive a language programme delivered by a TA trained by the SLT.",
    "Speech and language therapy: see attached report",
]


@pytest.mark.parametrize("line", LINES)
def test_every_line_without_frequency_or_provider_is_quoted(line: str) -> None:
    sections = {"recommendations": SPECIFIED + "\n- " + line}
    plan = make_advice(sections)
    result = grade_advice("provision_specific", sections)
    section = plan.section("recommendations")
    rules = {"provision.no_frequency", "provision.no_provider"}
    hits = [f for f in result.findings if f.rule in rules and f.quote and line.rstrip(".") in f.quote]
    assert hits, [(f.rule, f.quote) for f in result.findings]
    assert all(section.text[f.start:f.end] == f.quote for f in hits)


def test_universal_services_are_not_provision() -> None:
    result = grade_advice("provision_specific", {"recommendations":
                                                 "Oliver will continue to have access to universal services such as GP and school nursing as required."})
    assert result.grade == 1
    assert "provision.universal_services" in {f.rule for f in result.findings}


def test_no_recommendations_is_inadequate() -> None:
    result = grade_advice("provision_specific", {"needs": "Sam has epilepsy."})
    assert result.grade == 1 and result.findings[0].rule == "provision.missing"
