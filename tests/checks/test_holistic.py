"""The holistic check: health and care sections read as empty, none, boilerplate, thin or
specific; "none" contradicted elsewhere is Inadequate; outcomes outside education count."""

from __future__ import annotations

from datetime import date

import pytest

from audit.checks import CheckContext, Verdict
from audit.checks.holistic import HolisticParams, holistic
from audit.model import Plan
from plans import lexicons, make_plan

LEXICONS = lexicons("health", "social_care", "boilerplate_sections", "outcome_domains", "measures", "timeframes",
                    "generic_outcomes")
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


def test_stated_none_with_its_reason_is_still_none() -> None:
    # "No needs, checked with the family, no assessment wanted" says clearly there are none (CRITERIA.md §1).
    d = ("Priya and her family do not have social care needs related to her SEN. This was checked with the family "
         "at the review on 10 June 2026; they do not want a social care assessment.")
    plan = make_plan({"C": GOOD_C, "D": d, "E": OUTCOMES, "G": GOOD_G,
                      "H": "No social care provision is needed (see Section D)."})
    verdict = run(plan)
    assert verdict.counts["d_state"] == "none_stated" and verdict.counts["care_side_grade"] == 4
    assert verdict.grade == 4, verdict.summary


def test_signposting_in_a_none_section_is_not_a_need() -> None:
    d = ("The family has no social care needs related to her SEN or disability at present. The family were given "
         "information about the local Sickle Cell Society family support group.")
    plan = make_plan({"C": GOOD_C, "D": d, "E": OUTCOMES, "G": GOOD_G, "H1": "None identified.",
                      "H2": "None identified."})
    assert run(plan).counts["d_state"] == "none_stated"


def test_information_for_families_is_not_care_involvement() -> None:
    k = ("Educational psychology advice, 12/03/2026.\n"
         "Personal budgets. A personal budget can be held as a direct payment or as an arrangement where the council "
         "holds the money.")
    plan = make_plan({"C": GOOD_C, "D": "Tyler is not known to social care.", "E": OUTCOMES, "G": GOOD_G,
                      "H1": "None.", "H2": "None.", "K": k})
    verdict = run(plan)
    assert verdict.counts["care_terms_elsewhere"] == 0
    assert verdict.counts["care_side_grade"] == 4


def test_health_needs_without_their_impact_are_thin() -> None:
    # Condition and who manages it, but nothing on what it does to daily life or learning.
    c = ("Liam has a diagnosis of epilepsy and is under the care of neurology at the general hospital. He takes "
         "anti-epileptic medication (lamotrigine) twice a day. He has an individual healthcare plan in college, "
         "written by the epilepsy nurse and updated each year.")
    plan = make_plan({"C": c, "D": GOOD_D, "E": OUTCOMES, "G": GOOD_G, "H1": GOOD_H1})
    assert run(plan).counts["c_state"] == "thin"


def test_care_needs_naming_only_the_service_are_thin() -> None:
    d = ("Liam is known to Adult Social Care and attends day opportunities. His social care needs are being met "
         "by Adult Social Care in accordance with the Care Act 2014.")
    plan = make_plan({"C": GOOD_C, "D": d, "E": OUTCOMES, "G": GOOD_G, "H1": GOOD_H1})
    assert run(plan).counts["d_state"] == "thin"


@pytest.mark.parametrize("g_text", [
    "Physiotherapy: 24-hour postural management programme and hydrotherapy weekly (see attached report).",
    "Epilepsy nurse to train college staff once a year; other support as per his care plan.",
])
def test_provision_left_to_another_document_is_thin(g_text: str) -> None:
    plan = make_plan({"C": GOOD_C, "D": GOOD_D, "E": OUTCOMES, "G": g_text, "H1": GOOD_H1})
    verdict = run(plan)
    assert verdict.counts["g_state"] == "thin"
    assert verdict.grade <= 3


def test_looked_after_by_a_hospital_team_is_not_a_looked_after_child() -> None:
    c = GOOD_C + " She is looked after by the haemoglobinopathy team at the general hospital."
    plan = make_plan({"C": c, "D": "No social care needs identified.", "E": OUTCOMES, "G": GOOD_G,
                      "H1": "None identified.", "H2": "None identified."})
    assert run(plan).counts["care_terms_elsewhere"] == 0


def test_health_needs_without_a_health_outcome_is_at_most_good() -> None:
    # CRITERIA.md §1 grade 4: outcomes in health/wellbeing AND care/independence domains.
    e = ("By July 2027 Maya will read 30 common words.\n"
         "By July 2027 Maya will dress herself after swimming with one prompt.")
    plan = make_plan({"C": GOOD_C, "D": GOOD_D, "E": e, "G": GOOD_G, "H1": GOOD_H1})
    verdict = run(plan)
    assert verdict.grade == 3, verdict.summary
    assert verdict.counts["domains_without_outcome"] == "health_wellbeing"
    assert any(f.rule == "holistic.no_outcome_in_domain" for f in verdict.findings)


def test_a_none_explained_with_the_familys_choice_is_still_none() -> None:
    # The section describes the caring load, but records that the family were told about short
    # breaks and do not want an assessment: a clear, checked "none" (CRITERIA.md §1).
    d = ("Freddie's family care for him well. Because Freddie needs much more care than other children his age, "
         "especially at night and with toileting, his parents may find caring tiring as he gets older. Dunmarsh "
         "Short Breaks information has been shared and the family know how to ask for a social care assessment. "
         "They do not want one at present. Freddie does not have any assessed social care needs.")
    h1 = ("None at present. Freddie's family have been given information about Dunmarsh Short Breaks and can ask "
          "for an assessment at any time.")
    k = "Social care advice – Dunmarsh Children with Disabilities Team (no assessment requested) – 05/09/2026"
    plan = make_plan({"C": GOOD_C, "D": d, "E": OUTCOMES, "G": GOOD_G, "H1": h1, "H2": "None.", "K": k})
    verdict = run(plan)
    assert (verdict.counts["d_state"], verdict.counts["h_state"]) == ("none_stated", "none_stated")
    assert verdict.counts["care_terms_elsewhere"] == 0
    assert verdict.counts["care_side_grade"] == 4


def test_needs_described_then_called_none_with_nobody_asked_is_not_a_none() -> None:
    d = ("Noah's parents have reported difficulties in managing Noah's behaviour at home and in accessing holiday "
         "activities. No social care assessment has been undertaken. No social care needs were identified at the "
         "time of the assessment.")
    plan = make_plan({"C": GOOD_C, "D": d, "E": OUTCOMES, "G": GOOD_G, "H1": "None identified.",
                      "H2": "None identified."})
    verdict = run(plan)
    assert verdict.counts["d_state"] != "none_stated" and verdict.grade <= 2


def test_generic_health_and_care_outcomes_keep_the_plan_below_outstanding() -> None:
    outcomes = ("By July 2027 Maya will read 30 common words.\n"
                "Maya will develop her independence when dressing.\n"
                "Maya will look after her health and wellbeing.")
    plan = make_plan({"C": GOOD_C, "D": GOOD_D, "E": outcomes, "G": GOOD_G, "H1": GOOD_H1})
    verdict = run(plan)
    assert verdict.grade == 3
    finding = next(f for f in verdict.findings if f.rule == "holistic.generic_domain_outcomes")
    assert finding.section == "E" and finding.quote
    assert_quotes_verbatim(plan, verdict)


def test_the_verb_add_is_not_a_diagnosis() -> None:
    b = "Sam can add two numbers to 20 and reads simple books."
    plan = make_plan({"B": b, "C": "No health needs identified.", "D": "Not known to social care.",
                      "E": OUTCOMES, "G": "None.", "H1": "None."})
    assert run(plan).counts["health_terms_elsewhere"] == 0
