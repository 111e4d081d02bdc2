"""`--focus health`: the DCO's view matching C's needs to G's provision and K's advice."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "checks"))

from plans import lexicons, make_plan  # noqa: E402

from audit.health_focus import health_view  # noqa: E402
from audit.model import AdviceEntry  # noqa: E402
from audit.pipeline import audit_plan  # noqa: E402
from audit.rubric import load_rubric  # noqa: E402

HEALTH = lexicons("health")["health"]
AS_OF = date(2026, 11, 1)


def plan_with(c: str, g: str, k: str = "", advice: list[AdviceEntry] | None = None):
    return make_plan(sections={"A": "I like football.", "C": c, "G": g, "K": k}, facts={"child_name": "Sam Hart"},
                     advice=advice)


EPILEPSY_C = "Sam has epilepsy, with absence seizures twice a week. He has asthma and uses an inhaler before exercise."
EPILEPSY_G = ("Epilepsy care plan written by the epilepsy nurse specialist, reviewed once a year.\n"
              "Hearing test by the audiology service every 6 months.")
ADVICE = [AdviceEntry(text="Paediatric epilepsy advice - Dr Anna Pike - 12 October 2026", author="Dr Anna Pike", date=date(2026, 10, 12)),
          AdviceEntry(text="Speech and language therapy report - Ms Ann Lee - 1 October 2026", author="Ms Ann Lee", date=date(2026, 10, 1)),
          AdviceEntry(text="Parents' views - October 2026")]


def test_each_need_is_matched_to_provision_and_advice() -> None:
    view = health_view(plan_with(EPILEPSY_C, EPILEPSY_G, advice=ADVICE), HEALTH)
    epilepsy = view["needs"][0]
    assert epilepsy["text"].startswith("Sam has epilepsy")
    assert epilepsy["provision"] == [1] and epilepsy["advice"] == [1]
    assert "epilepsy" in epilepsy["terms"]


def test_need_without_provision_provision_without_need_and_unused_advice_are_found() -> None:
    view = health_view(plan_with(EPILEPSY_C, EPILEPSY_G, advice=ADVICE), HEALTH)
    assert view["needs_without_provision"] == [2]  # asthma
    assert view["provision_without_need"] == [2]  # hearing test
    assert view["advice_not_used"] == [2]  # the speech and language therapy report; parents' views are not health advice
    rules = [f["rule"] for f in view["findings"]]
    assert rules == ["health.need_without_provision", "health.provision_without_need", "health.advice_not_used"]
    asthma = view["findings"][0]
    assert asthma["section"] == "C" and asthma["quote"].startswith("He has asthma")


def test_a_need_denied_is_not_a_need() -> None:
    view = health_view(plan_with("Sam has no health needs.", ""), HEALTH)
    assert view["needs"] == [] and view["findings"] == []


def test_focus_is_stored_on_the_audit_json_ready_and_deterministic() -> None:
    rubric = load_rubric("inspection")
    plan = plan_with(EPILEPSY_C, EPILEPSY_G, advice=ADVICE)
    first = audit_plan(plan, rubric, AS_OF, focus="health")
    second = audit_plan(plan, rubric, AS_OF, focus="health")
    assert first.focus == second.focus
    text = json.dumps(first.focus, sort_keys=True)
    assert json.loads(text) == first.focus
    assert first.focus["health"]["counts"]["needs"] == 2
    assert any(f["criterion"] == "health_focus" for f in first.focus["findings"])


def test_no_focus_for_health_advice_documents() -> None:
    from plans import make_advice

    advice = make_advice({"needs": "Sam has epilepsy."})
    audit = audit_plan(advice, load_rubric("health-advice"), AS_OF, focus="health")
    assert audit.focus is None
