"""The bundled health advice samples: each is read as advice, and every recommendation that lacks
a frequency or a provider has a finding quoting that very line (what a DCO relies on)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from audit.checks.advice_provision_specific import read_recommendation
from audit.ingest import read_plan
from audit.pipeline import audit_plan
from audit.rubric import load_rubric

ADVICE = Path(__file__).parents[2] / "samples" / "health-advice"
SAMPLES = sorted(p for p in ADVICE.iterdir() if p.suffix in (".docx", ".pdf", ".txt"))
AS_OF = date(2026, 11, 22)


def test_there_are_at_least_eight_samples_of_several_formats() -> None:
    assert len(SAMPLES) >= 8
    assert {p.suffix for p in SAMPLES} == {".docx", ".pdf", ".txt"}
    # Nothing else in the folder that a batch would try to read as a document.
    assert {p.suffix for p in ADVICE.iterdir()} <= {".docx", ".pdf", ".txt", ".csv"}


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_every_line_without_frequency_or_provider_is_quoted(path: Path) -> None:
    rubric = load_rubric("health-advice")
    plan = read_plan(str(path), as_of=AS_OF)
    assert plan.kind == "health_advice"
    audit = audit_plan(plan, rubric, AS_OF)
    result = next(r for r in audit.criteria if r.id == "provision_specific")
    lex = {"vague": rubric.lexicons["vague_provision"], "quantities": rubric.lexicons["provision_quantities"],
           "roles": rubric.lexicons["roles"], "health_roles": rubric.lexicons["health_roles"],
           "health_quantities": rubric.lexicons["health_quantities"], "boilerplate": rubric.lexicons["advice_boilerplate"]}
    section = plan.section("recommendations")
    for item in plan.provision:
        reading, _ = read_recommendation(item, lex)
        needed = {"provision.no_frequency"} if not reading.quantified else set()
        needed |= {"provision.no_provider"} if not reading.who else set()
        for rule in needed:
            quotes = [f for f in result.findings if f.rule == rule and f.quote and f.quote in item.text]
            assert quotes, f"{rule} missing for {item.text!r}"
            assert all(section.text[f.start:f.end] == f.quote for f in quotes)


def test_the_same_advice_gives_the_same_audit() -> None:
    rubric = load_rubric("health-advice")
    path = SAMPLES[0]
    first = audit_plan(read_plan(str(path), as_of=AS_OF), rubric, AS_OF)
    second = audit_plan(read_plan(str(path), as_of=AS_OF), rubric, AS_OF)
    assert first.model_dump_json() == second.model_dump_json()
