"""The child_voice check: first-person voice, parents' views, aspirations carried into E,
co-production; second-hand only is 2, missing or professional-only is 1."""

from __future__ import annotations

from datetime import date

from audit.checks import CheckContext, Verdict
from audit.checks.child_voice import ChildVoiceParams, child_voice, is_heading
from audit.model import Plan
from plans import lexicons, make_plan

CTX = CheckContext(criterion="child_voice", as_of=date(2026, 11, 1), lexicons=lexicons("voice"))

RICH_A = """What is important to me:
I like drawing comics and playing football with my friends. I find noisy rooms hard.
"I want teachers to write new words down for me."
My future:
When I grow up I want to be a games designer and go to college.
My parents' views:
We would like Ravi to be confident and to have friends at secondary school.
This section was written with Ravi and his parents at a meeting at home and agreed by them."""
LINKED_E = ("By July 2027 Ravi will make a simple game in Scratch and show it to his class, towards games design.\n"
            "By July 2027 Ravi will ask for a new word to be written down at least once a lesson.")


def run(plan: Plan) -> Verdict:
    return child_voice(plan, ChildVoiceParams(), CTX)


def assert_quotes_verbatim(plan: Plan, verdict: Verdict) -> None:
    for finding in verdict.findings:
        if finding.quote:
            assert plan.section(finding.section).text[finding.start:finding.end] == finding.quote


def test_rich_voice_linked_to_outcomes_with_coproduction_is_outstanding() -> None:
    verdict = run(make_plan({"A": RICH_A, "E": LINKED_E}))
    assert verdict.grade == 4, verdict.summary
    assert verdict.counts["aspirations_in_outcomes"] >= 1
    assert verdict.counts["coproduction_evidence"] == 1


def test_template_headings_are_not_the_child_speaking() -> None:
    assert is_heading("What is important to me:")
    assert is_heading("My future")
    assert is_heading("How best to support me")
    assert not is_heading("I like football.")
    plan = make_plan({"A": "What is important to me\nAll about me\nSam likes trains and buses.", "E": "Sam will read."})
    assert run(plan).counts["child_first_person_sentences"] == 0


def test_second_hand_views_only_requires_improvement() -> None:
    plan = make_plan({"A": "Tom likes Lego and trains. He enjoys swimming with his dad. He wants to be a builder.",
                      "E": "By July 2027 Tom will build a Lego model with a friend."})
    verdict = run(plan)
    assert verdict.grade == 2
    finding = next(f for f in verdict.findings if f.rule == "child_voice.second_hand_only")
    assert finding.quote == "Tom likes Lego and trains."
    assert_quotes_verbatim(plan, verdict)


def test_missing_section_a_is_inadequate() -> None:
    verdict = run(make_plan({"E": "Sam will read."}))
    assert verdict.grade == 1
    assert verdict.findings[0].rule == "child_voice.missing_section" and verdict.findings[0].quote == ""


def test_empty_section_a_is_inadequate() -> None:
    assert run(make_plan({"A": "  ", "E": "Sam will read."})).grade == 1


def test_professional_only_is_inadequate_with_a_quote() -> None:
    plan = make_plan({"A": "Cognitive assessment indicates that the pupil's scores fall below the 2nd percentile. "
                           "School report that the pupil finds it difficult to concentrate in lessons.",
                      "E": "The pupil will read 40 words."})
    verdict = run(plan)
    assert verdict.grade == 1
    assert verdict.findings[0].rule == "child_voice.professional_only" and verdict.findings[0].quote
    assert_quotes_verbatim(plan, verdict)


def test_aspirations_not_used_in_outcomes() -> None:
    plan = make_plan({"A": "I like horses. I help at the stables on Saturdays. I want to work with horses when I leave school.",
                      "E": "By July 2027 Jess will spell 100 words.\nBy July 2027 Jess will solve two-step problems."})
    verdict = run(plan)
    assert verdict.grade == 2
    assert any(f.rule == "child_voice.aspirations_not_in_outcomes" and "horses" in f.quote for f in verdict.findings)


def test_non_verbal_child_with_gathering_method_counts_as_direct_voice() -> None:
    plan = make_plan({"A": "Ava is non-verbal and communicates using Makaton signs and PECS. Her views were gathered "
                           "by observation and with her mum, who interprets her sounds. Mum says we hope Ava will "
                           "one day go to college.",
                      "E": "By July 2027 Ava will use PECS to ask for a snack, 4 times out of 5, ready for college."})
    verdict = run(plan)
    assert verdict.counts["non_verbal"] == 1
    assert verdict.grade >= 3


def test_voice_without_parents_or_coproduction_is_good_not_outstanding() -> None:
    plan = make_plan({"A": "I like drawing. I like football. I find noise hard. I want to be a games designer.",
                      "E": LINKED_E})
    verdict = run(plan)
    assert verdict.grade == 3
    rules = {f.rule for f in verdict.findings}
    assert {"child_voice.no_parent_views", "child_voice.no_coproduction"} <= rules
    assert any(f.quote for f in verdict.findings)


def test_generic_hope_is_not_an_aspiration() -> None:
    plan = make_plan({"A": "I like art. I like reading. I find assembly too loud.\nAspirations\nFor Lily-Mae to reach her "
                           "full potential.", "E": "Lily-Mae will reach her full potential in art."},
                     facts={"child_name": "Lily-Mae Copperbeech"})
    verdict = run(plan)
    assert verdict.counts["generic_aspirations"] == 1 and verdict.grade == 2
    assert any(f.rule == "child_voice.no_aspirations" and "potential" in f.quote for f in verdict.findings)


def test_childs_name_alone_is_not_a_link_to_outcomes() -> None:
    plan = make_plan({"A": "I like cars. I want to be a pilot when I grow up.",
                      "E": "Ravi will read 40 words.\nRavi will count to 100.\nRavi will write his name."},
                     facts={"child_name": "Ravi Shah"})
    assert run(plan).counts["aspirations_in_outcomes"] == 0


def test_deterministic() -> None:
    plan = make_plan({"A": RICH_A, "E": LINKED_E})
    assert run(plan) == run(plan)
