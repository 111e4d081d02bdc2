"""Every grade below Outstanding shows its evidence: a finding that quotes the plan.

A panel cannot moderate a grade it cannot see the reason for (docs/DESIGN.md, "Evidence first").
Run over every bundled and evaluation plan, with each quote checked against the text it names.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from audit.ingest import read_plan
from audit.pipeline import audit_plan
from audit.rubric import load_rubric

ROOT = Path(__file__).resolve().parent.parent
AS_OF = date(2026, 11, 1)
PLANS = sorted(p for folder in [ROOT / "samples", *sorted((ROOT / "eval").glob("*/"))]
               for p in folder.glob("*") if p.suffix in {".docx", ".pdf", ".txt", ".md", ".json"})


@pytest.fixture(scope="module")
def rubric():
    return load_rubric("inspection")


@pytest.mark.parametrize("path", PLANS, ids=[p.name for p in PLANS])
def test_every_grade_below_4_quotes_the_plan(path: Path, rubric) -> None:
    plan = read_plan(str(path), as_of=AS_OF)
    audit = audit_plan(plan, rubric, AS_OF)
    for result in audit.criteria:
        if result.grade is not None and result.grade < 4:
            assert any(f.quote for f in result.findings), f"{result.id} graded {result.grade} with no quote"
        for finding in result.findings:
            if not finding.quote or finding.start is None:
                continue
            section = plan.section(finding.section) if finding.section else None
            text = section.text if section is not None else plan.text
            assert text[finding.start:finding.end] == finding.quote, (result.id, finding.rule)
