"""Per-plan caches: a plan's texts are forgotten once it is audited.

A worker audits thousands of plans; tokens and sentence splits of one plan must not pile up
behind it (memory) or outlive it (children's text kept in memory for no reason).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from audit.ingest import read_plan
from audit.lexicon import _tokens
from audit.nlp import _sentences, make_doc
from audit.pipeline import audit_plan
from audit.rubric import load_rubric

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def test_audit_plan_leaves_no_text_cached() -> None:
    plan = read_plan(str(SAMPLES / "03_alfie_marchbank_year4.docx"))
    rubric = load_rubric("inspection")
    first = audit_plan(plan, rubric, date(2026, 11, 1))
    assert (_tokens.cache_info().currsize, _sentences.cache_info().currsize, make_doc.cache_info().currsize) == (0, 0, 0)
    # ...and clearing changes nothing a second audit sees.
    assert audit_plan(plan, rubric, date(2026, 11, 1)) == first
