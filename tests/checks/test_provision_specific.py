"""provision_specific: each provision line in F, G and H says what, who and how much, or is found."""

from __future__ import annotations

from datetime import date

import pytest
from plans import lexicons, make_plan

from audit.checks import CheckContext, Verdict
from audit.checks.provision_specific import ProvisionParams, provision_specific, provision_units
from audit.model import Plan

LEXICONS = lexicons("vague_provision", "provision_quantities", "roles")

SPECIFIED_F = (
    "Precision teaching of 100 high-frequency words, 5 x 10 minutes daily, 1:1 with a teaching assistant trained by the specialist teacher.\n"
    "Speech and language therapy programme by an HCPC-registered speech and language therapist, 6 sessions of 45 minutes per half term.\n"
    "Social skills group of 4 pupils led by the ELSA, 1 x 30 minutes weekly."
)
VAGUE_F = (
    "Access to small group work as required.\n"
    "Support from school staff.\n"
    "SALT input - see attached report.\n"
    "Band C funding.\n"
    "Opportunities to develop social skills, e.g. lunch club.\n"
    "20-45 minutes of literacy interventions where possible."
)


def run(plan: Plan, **params: object) -> Verdict:
    ctx = CheckContext(criterion="provision_specific", as_of=date(2026, 11, 1), lexicons=LEXICONS)
    return provision_specific(plan, ProvisionParams(**params), ctx)


def rules(verdict: Verdict) -> set[str]:
    return {f.rule for f in verdict.findings}


def quotes(verdict: Verdict, rule: str) -> list[str]:
    return [f.quote for f in verdict.findings if f.rule == rule]


def test_specified_and_quantified_provision_is_outstanding() -> None:
    verdict = run(make_plan({"F": SPECIFIED_F, "G": "Epilepsy care plan reviewed by the community paediatrician once a year."}))
    assert verdict.grade == 4
    assert verdict.counts["items"] == 4 and verdict.counts["quantified"] == 4 and verdict.counts["with_who"] == 4
    assert verdict.counts["vague"] == 0
    assert not verdict.findings


def test_vague_provision_is_inadequate_and_every_vague_word_is_quoted() -> None:
    plan = make_plan({"F": VAGUE_F})
    verdict = run(plan)
    assert verdict.grade == 1
    found = {f.quote for f in verdict.findings}
    assert {"Access to", "as required", "school staff", "see attached report", "Band C", "Opportunities to", "e.g.",
            "20-45 minutes", "where possible"} <= found
    assert "provision.referral_only" in rules(verdict) and "provision.funding_band" in rules(verdict)
    for finding in verdict.findings:
        section = plan.section(finding.section)
        assert section.text[finding.start:finding.end] == finding.quote
        assert finding.criterion == "provision_specific"


def test_every_line_without_frequency_or_provider_has_a_finding() -> None:
    plan = make_plan({"F": VAGUE_F, "G": "Physiotherapy programme."})
    verdict = run(plan)
    no_frequency = set(quotes(verdict, "provision.no_frequency"))
    no_provider = set(quotes(verdict, "provision.no_provider"))
    for item in provision_units(plan):
        has_frequency = item.text not in no_frequency
        has_provider = item.text not in no_provider
        assert not (has_frequency and has_provider and item.section == "G"), item.text
    assert "Physiotherapy programme." in no_frequency
    assert "Support from school staff." in no_provider and "Support from school staff." in no_frequency


@pytest.mark.parametrize("line, word", [
    ("A level of 1:1 adult support throughout the day.", "A level of 1:1"),  # [2025] UKUT 187
    ("Speech and language input.", "input"),  # Worcestershire v SE [2020] UKUT 217
    ("Literacy interventions.", "interventions"),
    ("Regular sensory breaks.", "Regular"),
    ("Work in a small group.", "small group"),
    ("Staff should use visual timetables.", "should"),
    ("Up to 15 hours of teaching assistant time weekly.", "Up to"),
    ("Provision to be determined by the setting.", "to be determined by the setting"),
    ("Sam would benefit from movement breaks.", "would benefit from"),
])
def test_tribunal_and_template_vague_words_are_found(line: str, word: str) -> None:
    verdict = run(make_plan({"F": line}))
    assert word in [f.quote for f in verdict.findings]


def test_quantified_support_with_a_named_provider_is_not_vague() -> None:
    verdict = run(make_plan({"F": "Literacy support from a teaching assistant, 3 x 30 minutes weekly, in a group of 4."}))
    assert verdict.counts["vague"] == 0
    assert verdict.grade == 4


def test_a_sized_group_and_the_month_of_may_are_not_vague() -> None:
    verdict = run(make_plan({"F": "Phonics in a small group of 4 pupils, daily for 20 minutes, with the class teacher, reviewed in May 2027."}))
    assert verdict.counts["vague"] == 0


def test_no_needs_lines_in_g_and_h_are_not_provision() -> None:
    verdict = run(make_plan({"F": SPECIFIED_F, "G": "No health provision required.", "H": "None"}))
    assert verdict.counts["items"] == 3 and verdict.grade == 4


def test_missing_section_f_is_inadequate() -> None:
    verdict = run(make_plan({"E": "Sam will read."}))
    assert verdict.grade == 1 and "provision.missing" in rules(verdict)
    only_health = run(make_plan({"G": "Physiotherapy by a physiotherapist once a week for 30 minutes."}))
    assert only_health.grade == 1 and "provision.missing" in rules(only_health)


def test_mostly_quantified_with_a_few_vague_lines_is_good() -> None:
    f = SPECIFIED_F + "\nA teaching assistant will check in with Sam daily as needed.\nVisual timetable used in class."
    verdict = run(make_plan({"F": f}))
    assert verdict.grade == 3


def test_unsplit_sections_fall_back_to_lines_without_headings() -> None:
    f = "Communication and interaction:\n- Speech and language therapist, 1 x 30 minutes weekly.\n- Access to a quiet room."
    plan = make_plan({"F": f}, provision=[])
    items = provision_units(plan)
    assert [i.text for i in items] == ["Speech and language therapist, 1 x 30 minutes weekly.", "Access to a quiet room."]
    assert all(plan.section("F").text[i.start:i.end] == i.text for i in items)
    assert run(plan).counts["items"] == 2


def test_structured_fields_from_a_json_plan_count() -> None:
    plan = make_plan({"F": "Speech therapy"}, provision=[{"text": "Speech therapy", "who": "Speech and language therapist",
                                                          "frequency": "weekly", "duration": "30 minutes"}])
    verdict = run(plan)
    assert verdict.counts["quantified"] == 1 and verdict.counts["with_who"] == 1


def test_deterministic() -> None:
    plan = make_plan({"F": VAGUE_F + "\n" + SPECIFIED_F})
    assert run(plan) == run(plan)


def test_a_statement_that_no_provision_is_needed_is_not_a_provision_line() -> None:
    plan = make_plan({"F": SPECIFIED_F,
                      "H1": "No provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 is required."})
    verdict = run(plan)
    assert verdict.counts["items"] == 3 and not verdict.findings


def test_a_named_organisation_is_a_provider() -> None:
    verdict = run(make_plan({"H2": "Overnight support: 6 hours of night-sitting each month from Wessex Home Care.",
                             "F": SPECIFIED_F}))
    assert "provision.no_provider" not in rules(verdict)


def test_a_therapists_nhs_band_is_their_grade_not_funding() -> None:
    f = "Speech and language therapy programme by a speech and language therapist (Band 6), 45 minutes every 4 weeks."
    verdict = run(make_plan({"F": f}))
    assert "provision.funding_band" not in rules(verdict)
    assert verdict.grade == 4
    funded = run(make_plan({"F": "Band 3 funding for a teaching assistant, 10 hours a week."}))
    assert "provision.funding_band" in rules(funded)


def test_a_group_of_up_to_four_children_is_a_group_size_not_a_hedge() -> None:
    verdict = run(make_plan({"F": "Music and song session with up to 4 children, led by a teaching assistant, 15 minutes 3 times a week."}))
    assert "provision.vague_word" not in rules(verdict)
    hedged = run(make_plan({"F": "Literacy teaching with a teaching assistant for up to 20 minutes a day."}))
    assert quotes(hedged, "provision.vague_word") == ["up to"]


@pytest.mark.parametrize("cell, quantified", [
    ("Ongoing", False),
    ("Training as needed", False),
    ("As agreed at the review", False),
    ("Joint clinic by May 2027", True),
    ("6 extra visits in the summer term", True),
])
def test_a_how_often_cell_counts_only_when_it_states_an_amount(cell: str, quantified: bool) -> None:
    text = "Support to join an extra-curricular club."
    plan = make_plan({"F": text}, provision=[{"text": text, "who": "Form tutor", "frequency": cell}])
    verdict = run(plan)
    assert verdict.counts["quantified"] == int(quantified)


STRATEGIES_F = (
    "Precision teaching of spellings, 5 x 10 minutes daily, 1:1 with a teaching assistant.\n"
    "Social skills group of 4 pupils led by the ELSA, 1 x 30 minutes weekly.\n"
    "Strategies for all adults working with Sam\n"
    "Get Sam's attention before you speak.\n"
    "Give instructions one at a time.\n"
    "Write key words on the board.\n"
    "Check Sam has understood by asking him to show you."
)


def test_a_list_of_strategies_for_all_staff_is_one_specified_item() -> None:
    verdict = run(make_plan({"F": STRATEGIES_F}))
    assert verdict.counts["items"] == 3
    assert verdict.counts["specified"] == 3
    assert verdict.grade == 4


def test_review_intervals_and_named_clinicians_are_quantified_and_attributed() -> None:
    g = "Review by Dr Lowe, Consultant Paediatrician, every 6 months.\nDietitian review every 3 months."
    verdict = run(make_plan({"F": SPECIFIED_F, "G": g}))
    assert verdict.counts["quantified"] == 5 and verdict.counts["with_who"] == 5
    assert verdict.grade == 4


def test_an_amount_under_up_to_is_not_a_quantity() -> None:
    plan = make_plan({"F": "Additional adult support from an early years practitioner, up to 15 hours per week."})
    verdict = run(plan)
    assert verdict.counts["quantified"] == 0


def test_a_hedge_inside_a_quantified_line_is_a_lapse_not_a_vague_item() -> None:
    f = SPECIFIED_F + "\nFine motor activities such as threading and pegboards with a teaching assistant, daily for 10 minutes."
    verdict = run(make_plan({"F": f}))
    assert verdict.counts["vague"] == 1 and verdict.counts["vague_unquantified"] == 0
    assert verdict.grade == 3


def test_provision_left_to_the_setting_in_f_caps_the_grade() -> None:
    f = SPECIFIED_F + "\nSmall group sessions for play skills with the key person, frequency to be determined by the setting."
    verdict = run(make_plan({"F": f, "G": "Paediatric review by the community paediatrician every 6 months."}))
    assert verdict.counts["undetermined_in_F"] == 1
    assert verdict.grade == 2


def test_concrete_but_unquantified_provision_requires_improvement_not_inadequate() -> None:
    # CRITERIA.md §6: Inadequate is "entirely vague". Lines naming a concrete resource or arrangement
    # without an amount are "unquantified" (Requires improvement), not vague.
    f = ("Laptop for all written work.\n"
         "Mentoring with the autism lead, 1 x 30 minutes weekly.\n"
         "Access to a quiet room at break and lunch.\n"
         "Help with coursework planning from a teaching assistant as needed.\n"
         "Exam access arrangements (separate room, 25% extra time, word processor).\n"
         "Transition visits to college.")
    verdict = run(make_plan({"F": f}))
    assert verdict.counts["quantified"] == 1 and verdict.counts["vague_unquantified"] == 2
    assert verdict.grade == 2


def test_mostly_vague_provision_is_inadequate_despite_one_specified_line() -> None:
    f = ("Access to small group teaching where possible.\n"
         "Support from LSA as required.\n"
         "Opportunities for overlearning and consolidation.\n"
         "Regular check-ins with a key adult.\n"
         "Provision to be funded at Band 3.\n"
         "Access to SALT strategies.\n"
         "Interventions as appropriate.")
    h = "Day centre sessions with the Wendham Day Centre team, one day a week (Fridays)."
    verdict = run(make_plan({"F": f, "H": h}))
    assert verdict.counts["specified"] == 1
    assert verdict.grade == 1
    assert "entirely vague" in verdict.summary


def test_provision_as_available_is_left_to_discretion() -> None:
    verdict = run(make_plan({"F": "Music therapy by the music therapist, weekly as available."}))
    assert verdict.counts["vague"] == 1 and verdict.counts["specified"] == 0
    assert quotes(verdict, "provision.vague_word") == ["as available"]


def test_a_block_running_from_may_to_july_is_a_date_not_a_hedge() -> None:
    verdict = run(make_plan({"G": "Physiotherapy by the paediatric physiotherapist: 6 sessions of 45 minutes, May-July 2026."}))
    assert verdict.counts["vague"] == 0 and verdict.counts["specified"] == 1
