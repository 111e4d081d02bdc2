"""The holistic check: health and care sections read as empty, none, boilerplate, thin or
specific; "none" contradicted elsewhere is Inadequate; outcomes outside education count."""

from __future__ import annotations

from datetime import date

import pytest

from audit.checks import CheckContext, Verdict
from audit.checks.holistic import HolisticParams, holistic
from audit.model import Plan
from plans import lexicons, make_plan

LEXICONS = lexicons("health", "social_care", "boilerplate_sections", "outcome_domains")
CTX = CheckContext(criterion="holistic", as_of=date(2026, 11, 1), lexicons=LEXICONS)

GOOD_C = ("Maya has Down syndrome and a heart condition (repaired in 2021), diagnosed and reviewed by Dr Patel, "
          "consultant paediatrician. She tires easily, which affects her concentration in the afternoons and her "
          "walking on school trips. She has glue ear and wears hearing aids, checked by the audiology clinic twice "
          "a year.")
GOOD_G = "Cardiology review by Dr Patel once a year; community nurse to train staff on her care plan each September."
GOOD_D = ("Maya needs an adult's help with dressing and washing at home. The disabled children's team assessed "
          "the family in May 2026 and her parents receive short breaks.")
GOOD_H1 = "Short breaks: one overnight stay a month at Oak House, arranged by the disabled children's team."
OUTCOMES = ("By July 2027 Maya will read 30 common words.\n"
            "By July 2027 Maya will dress herself after swimming with one prompt.\n"
            "By July 2027 Maya will walk from the classroom to the hall without a rest.")


def run(plan: Plan) -> Verdict:
    return holistic(plan, HolisticParams(), CTX)


def assert_quotes_verbatim(plan: Plan, verdict: Verdict) -> None:
    for finding in verdict.findings:
        if finding.quote:
            section = plan.section(finding.section)
            assert section is not None
            assert section.text[finding.start:finding.end] == finding.quote


def test_specific_health_and_care_with_wider_outcomes_is_outstanding() -> None:
    plan = make_plan({"C": GOOD_C, "D": GOOD_D, "E": OUTCOMES, "G": GOOD_G, "H1": GOOD_H1,
                      "H2": "Family support worker visit every fortnight until July 2027."})
    verdict = run(plan)
    assert verdict.grade == 4, verdict.summary
    assert verdict.counts["c_state"] == "specific"
    assert verdict.counts["non_education_outcomes"] == 2


@pytest.mark.parametrize("c_text", ["No health needs identified.", "N/A", "", "See attached report."])
def test_health_none_contradicted_by_section_b_is_inadequate(c_text: str) -> None:
    plan = make_plan({"B": "Sam has epilepsy and takes medication; he is seen by the paediatrician.",
                      "C": c_text, "D": "No social care needs.", "E": "By July 2027 Sam will read 50 words.",
                      "G": "N/A", "H": "N/A"})
    verdict = run(plan)
    assert verdict.grade == 1
    rules = {f.rule for f in verdict.findings}
    assert "holistic.health_none_but_involved" in rules
    evidence = next(f for f in verdict.findings if f.rule == "holistic.health_involvement_elsewhere")
    assert evidence.section == "B" and evidence.lexicon == "health"
    assert_quotes_verbatim(plan, verdict)


def test_stated_none_without_involvement_elsewhere_is_acceptable() -> None:
    plan = make_plan({"B": "Ella finds reading and spelling hard.", "C": "Ella has no health needs.",
                      "D": "Ella has no social care needs.",
                      "E": "By July 2027 Ella will tell an adult when she feels worried, 4 times out of 5.",
                      "G": "No health provision is required.", "H1": "None", "H2": "None"})
    assert run(plan).grade >= 3


def test_universal_services_boilerplate_is_not_involvement() -> None:
    plan = make_plan({"C": "Ella has no identified needs for specialist health services.",
                      "D": "No social care needs.",
                      "E": "By July 2027 Ella will tell an adult when she feels worried.",
                      "G": "Ella will continue to have access to universal services such as their GP and school nursing.",
                      "H1": "None", "H2": "None"})
    verdict = run(plan)
    assert verdict.counts["c_state"] == "boilerplate"
    assert verdict.counts["health_terms_elsewhere"] == 0
    assert verdict.grade == 3
    assert any(f.rule == "holistic.boilerplate_health_section" and f.quote for f in verdict.findings)


def test_none_followed_by_a_named_condition_is_content_not_none() -> None:
    plan = make_plan({"C": "No health needs. Ella has asthma, controlled with an inhaler.", "D": "No social care needs.",
                      "E": "Ella will feel calm in class.", "G": "None", "H": "None"})
    verdict = run(plan)
    assert verdict.counts["c_state"] == "thin" and verdict.grade == 2


def test_negated_diagnosis_is_not_involvement() -> None:
    plan = make_plan({"B": "Ella does not have a diagnosis.", "C": "No health needs identified.",
                      "D": "No social care needs.", "E": "Ella will feel calm in class.", "G": "None", "H": "None"})
    assert run(plan).counts["health_terms_elsewhere"] == 0


def test_care_none_contradicted_by_social_worker_in_a() -> None:
    plan = make_plan({"A": "My social worker Jo helps me and my mum.", "C": GOOD_C, "D": "N/A",
                      "E": OUTCOMES, "G": GOOD_G, "H1": "N/A", "H2": "N/A"})
    verdict = run(plan)
    assert verdict.grade == 1
    assert any(f.rule == "holistic.care_none_but_involved" for f in verdict.findings)


def test_health_needs_without_health_provision_requires_improvement() -> None:
    plan = make_plan({"C": GOOD_C, "D": "No social care needs.", "E": OUTCOMES, "G": "N/A", "H": "None"})
    verdict = run(plan)
    assert verdict.grade == 2
    assert any(f.rule == "holistic.health_provision_missing" for f in verdict.findings)


def test_education_only_outcomes_cap_the_grade() -> None:
    plan = make_plan({"C": GOOD_C, "D": GOOD_D, "G": GOOD_G, "H1": GOOD_H1, "H2": "None",
                      "E": "By July 2027 Maya will read 30 words.\nBy July 2027 Maya will count to 20."})
    verdict = run(plan)
    assert verdict.grade == 2
    finding = next(f for f in verdict.findings if f.rule == "holistic.education_only_outcomes")
    assert finding.quote == "By July 2027 Maya will read 30 words."
    assert_quotes_verbatim(plan, verdict)


def test_thin_health_section_is_requires_improvement() -> None:
    plan = make_plan({"C": "Jay has anxiety which affects his learning.", "D": "No social care needs.",
                      "E": OUTCOMES, "G": "Jay can see the school counsellor if needed.", "H": "None"})
    verdict = run(plan)
    assert verdict.grade == 2
    assert any(f.rule == "holistic.thin_health_needs" for f in verdict.findings)


def test_free_text_outcomes_are_read_sentence_by_sentence() -> None:
    plan = make_plan({"C": GOOD_C, "D": GOOD_D, "G": GOOD_G, "H1": GOOD_H1, "H2": "None",
                      "E": "Maya will read 30 words by July 2027. Maya will dress herself after swimming."}, outcomes=[])
    verdict = run(plan)
    assert verdict.counts["outcomes"] == 2 and verdict.counts["non_education_outcomes"] == 1


def test_therapy_only_in_g_is_flagged_as_misplaced() -> None:
    plan = make_plan({"C": GOOD_C, "D": GOOD_D, "E": OUTCOMES, "F": "Phonics 3 x 20 minutes weekly.",
                      "G": "Speech and language therapy programme, 6 sessions a term, delivered by the NHS therapist.",
                      "H1": GOOD_H1, "H2": "None"})
    verdict = run(plan)
    finding = next(f for f in verdict.findings if f.rule == "holistic.therapy_in_health_provision")
    assert finding.section == "G" and finding.severity == "low"
    assert_quotes_verbatim(plan, verdict)


def test_merged_h_for_an_under_18_is_a_low_finding() -> None:
    plan = make_plan({"C": GOOD_C, "D": GOOD_D, "E": OUTCOMES, "G": GOOD_G, "H": GOOD_H1},
                     facts={"year_group": 6})
    verdict = run(plan)
    assert any(f.rule == "holistic.h1_h2_not_distinguished" and f.severity == "low" for f in verdict.findings)


def test_missing_sections_are_inadequate_and_said_so() -> None:
    plan = make_plan({"A": "I like cars.", "B": "Sam finds reading hard.", "E": "Sam will read 40 words."})
    verdict = run(plan)
    assert verdict.grade == 1
    assert any(f.rule == "holistic.missing_health_section" and f.quote == "" for f in verdict.findings)


def test_template_prose_about_the_plan_is_not_care_involvement() -> None:
    plan = make_plan({"C": "No health needs.", "D": "No social care needs.", "E": "Sam will feel calm.",
                      "G": "None", "H": "None",
                      "K": "This plan will be shared with the social care team where Section H applies."})
    assert run(plan).counts["care_terms_elsewhere"] == 0


def test_grade_below_4_always_quotes_the_plan() -> None:
    plan = make_plan({"B": "Sam has autism.", "C": "N/A", "D": "N/A", "E": "Sam will read.", "G": "N/A", "H": "N/A"})
    verdict = run(plan)
    assert verdict.grade < 4
    assert any(f.quote for f in verdict.findings)
    assert_quotes_verbatim(plan, verdict)


def test_deterministic() -> None:
    plan = make_plan({"B": "Sam has autism and ADHD.", "C": "N/A", "E": OUTCOMES})
    assert run(plan) == run(plan)
