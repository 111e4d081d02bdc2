"""outcomes_specific: outcomes in E are graded on being SMART and personal, with evidence quoted."""

from __future__ import annotations

from datetime import date

import pytest
from plans import lexicons, make_plan

from audit.checks import CheckContext, Verdict
from audit.checks.outcomes_specific import OutcomesParams, outcome_units, outcomes_specific
from audit.model import Plan

LEXICONS = lexicons("generic_outcomes", "measures", "timeframes", "action_verbs", "routines", "child_references",
                    "need_domains")
SAM = {"child_name": "Sam Carter"}

SMART_E = """By July 2027, Sam will read 100 common words independently at school and at home.
Steps: by Easter 2027 Sam will read 50 common words with one prompt.
By the end of Key Stage 2, Sam will ask an adult for help with one prompt in 4 out of 5 lessons.
By July 2027, Sam will eat lunch in the dinner hall with two friends on 3 days each week.
Within 12 months, Sam will dress for PE independently in under 10 minutes."""

GENERIC_E = """Sam will make progress in literacy.
The pupil will have access to the curriculum.
Sam will receive SALT.
Sam will reach his potential."""


def run(plan: Plan, boilerplate: frozenset[str] = frozenset(), **params: object) -> Verdict:
    ctx = CheckContext(criterion="outcomes_specific", as_of=date(2026, 11, 1), lexicons=LEXICONS, boilerplate=boilerplate)
    return outcomes_specific(plan, OutcomesParams(**params), ctx)


def rules(verdict: Verdict) -> set[str]:
    return {f.rule for f in verdict.findings}


def assert_quotes_are_verbatim(plan: Plan, verdict: Verdict) -> None:
    for finding in verdict.findings:
        if finding.quote:
            section = plan.section(finding.section)
            assert section is not None
            assert section.text[finding.start:finding.end] == finding.quote


def test_smart_personal_outcomes_with_steps_are_outstanding() -> None:
    plan = make_plan({"A": "I want to be a vet.", "E": SMART_E}, facts=SAM)
    verdict = run(plan)
    assert verdict.grade == 4
    assert verdict.counts["outcomes"] == 4  # the "Steps:" line belongs to the outcome above it
    assert verdict.counts["smart"] == 4 and verdict.counts["personal"] == 4
    first = verdict.outcomes[0]
    assert first.measure and first.timeframe and first.personal and first.observable and not first.generic
    assert first.gfs["generalisation"]  # "at school and at home"
    assert set(first.gfs) == {"participation_in_routine", "observable_behaviour", "functional_skill",
                              "acquisition_criterion", "meaningful_to_child", "generalisation", "timeframe"}


def test_generic_service_outcomes_are_inadequate_with_quoted_evidence() -> None:
    plan = make_plan({"E": GENERIC_E}, facts=SAM)
    verdict = run(plan)
    assert verdict.grade == 1
    assert {"outcomes.generic_phrase", "outcomes.service_perspective", "outcomes.no_timeframe",
            "outcomes.impersonal"} <= rules(verdict)
    quotes = {f.quote for f in verdict.findings}
    assert {"make progress", "will receive", "reach his potential", "The pupil"} <= quotes
    assert_quotes_are_verbatim(plan, verdict)
    generic = next(f for f in verdict.findings if f.rule == "outcomes.generic_phrase")
    assert generic.lexicon == "generic_outcomes" and generic.entry and generic.criterion == "outcomes_specific"
    assert verdict.counts["smart"] == 0 and verdict.counts["generic"] == 4


def test_a_mix_of_specific_and_generic_outcomes_requires_improvement() -> None:
    e = ("By July 2027, Sam will read 100 common words independently.\n"
         "By July 2027, Sam will ask for help with one prompt in 4 out of 5 lessons.\n"
         "Sam will make progress in maths.\nSam will improve his confidence.\nSam will be happy at school.")
    verdict = run(make_plan({"E": e}, facts=SAM))
    assert verdict.grade == 2


def test_time_bound_outcomes_missing_some_measures_are_good() -> None:
    e = ("By July 2027, Sam will read 100 common words independently.\n"
         "By July 2027, Sam will ask for help in lessons.\n"
         "By the end of Year 6, Sam will travel to school by bus.\n"
         "By July 2027, Sam will write three sentences with one prompt.")
    verdict = run(make_plan({"E": e}, facts=SAM))
    assert verdict.grade == 3
    assert "outcomes.no_measure" in rules(verdict)


def test_missing_section_e_is_inadequate_and_says_so() -> None:
    verdict = run(make_plan({"A": "I like trains."}))
    assert verdict.grade == 1
    assert rules(verdict) == {"outcomes.missing"}
    assert "missing" in verdict.summary


def test_not_applicable_is_a_placeholder_not_an_outcome() -> None:
    verdict = run(make_plan({"E": "Not applicable"}))
    assert verdict.grade == 1
    assert "outcomes.placeholder" in rules(verdict)


def test_an_aspiration_restated_is_not_an_outcome() -> None:
    verdict = run(make_plan({"E": "Sam wants to be a footballer when he grows up."}, facts=SAM))
    assert "outcomes.aspiration_as_outcome" in rules(verdict)


def test_an_aspiration_with_a_time_bound_step_is_fine() -> None:
    e = "By July 2027, Sam will visit a vet's surgery twice and name 10 animals, because he wants to be a vet."
    verdict = run(make_plan({"E": e}, facts=SAM))
    assert "outcomes.aspiration_as_outcome" not in rules(verdict)


def test_provision_written_as_an_outcome_is_found() -> None:
    verdict = run(make_plan({"E": "Sam will have 1:1 support in all lessons."}, facts=SAM))
    assert rules(verdict) & {"outcomes.describes_provision", "outcomes.service_perspective"}
    assert verdict.outcomes[0].service_perspective


def test_first_person_outcomes_are_personal_without_a_known_name() -> None:
    verdict = run(make_plan({"E": "By July 2027 I will make my own packed lunch with one prompt."}))
    assert verdict.outcomes[0].personal


def test_too_many_outcomes_are_noted() -> None:
    e = "\n".join(f"By July 2027, Sam will read {n} new words independently." for n in range(10, 26))
    verdict = run(make_plan({"E": e}, facts=SAM))
    assert "outcomes.count" in rules(verdict)
    assert verdict.counts["outcomes"] == 16


def test_outcome_copied_across_the_batch_is_boilerplate() -> None:
    plan = make_plan({"E": "Sam will access a broad and balanced curriculum."}, facts=SAM)
    verdict = run(plan, boilerplate=frozenset({"sam will access a broad and balanced curriculum"}))
    assert "outcomes.boilerplate" in rules(verdict)


def test_unsplit_section_e_falls_back_to_its_lines_and_headings() -> None:
    e = ("Communication and interaction\nBy the end of Key Stage 2:\n"
         "- Sam will ask an adult for help with one prompt in 4 out of 5 lessons.\n"
         "- Sam will greet two classmates each morning independently.")
    plan = make_plan({"E": e}, facts=SAM, outcomes=[])
    units = outcome_units(plan)
    assert [u.text for u in units] == ["Sam will ask an adult for help with one prompt in 4 out of 5 lessons.",
                                       "Sam will greet two classmates each morning independently."]
    assert units[0].area == "Communication and interaction" and units[0].by_when == "By the end of Key Stage 2"
    verdict = run(plan)
    assert verdict.counts["with_timeframe"] == 2
    for unit in units:
        assert plan.section("E").text[unit.start:unit.end] == unit.text


def test_one_paragraph_e_is_split_into_sentences() -> None:
    e = "Sam will make progress. Sam will improve his reading. Sam will access the curriculum."
    verdict = run(make_plan({"E": e}, facts=SAM, outcomes=[]))
    assert verdict.counts["outcomes"] == 3


@pytest.mark.parametrize("e", [SMART_E, GENERIC_E, "Not applicable", "Sam will receive OT as required."])
def test_every_grade_below_4_carries_a_quote_and_output_is_deterministic(e: str) -> None:
    plan = make_plan({"E": e}, facts=SAM)
    first, second = run(plan), run(plan)
    assert first == second
    if first.grade is not None and first.grade < 4:
        assert any(f.quote for f in first.findings)
    assert_quotes_are_verbatim(plan, first)


def test_thresholds_are_params() -> None:
    e = ("By July 2027, Sam will read 100 common words independently.\n"
         "By July 2027, Sam will ask for help in lessons.\n"
         "By the end of Year 6, Sam will travel to school by bus.\n"
         "By July 2027, Sam will write three sentences with one prompt.")
    plan = make_plan({"E": e + "\nSteps: weekly checks."}, facts=SAM)
    assert run(plan).grade == 3
    assert run(plan, outstanding_share=0.5).grade == 4


def test_boilerplate_given_as_batch_fingerprints_is_recognised() -> None:
    from audit.boilerplate import fingerprint

    text = "Sam will access a broad and balanced curriculum."
    plan = make_plan({"E": text}, facts=SAM)
    verdict = run(plan, boilerplate=frozenset({fingerprint(text, ("Sam Carter", "Sam", "Carter"))}))
    assert "outcomes.boilerplate" in rules(verdict)


def test_smart_outcomes_without_steps_are_good_and_the_finding_quotes_one() -> None:
    e = "\n".join(SMART_E.split("\n")[i] for i in (0, 2, 3, 4))
    plan = make_plan({"E": e}, facts=SAM)
    verdict = run(plan)
    assert verdict.grade == 3
    steps = next(f for f in verdict.findings if f.rule == "outcomes.no_steps")
    assert steps.quote and plan.section("E").text[steps.start:steps.end] == steps.quote


def test_a_note_about_the_outcomes_is_not_an_outcome_and_its_timeframe_carries() -> None:
    e = ("These outcomes are for the end of Key Stage 2 (July 2027).\n"
         "Sam will read 100 common words independently.\n"
         "Sam will ask an adult for help with one prompt in 4 out of 5 lessons.\n"
         "Preparing for adulthood: outcomes 1 and 2 cover learning and communication.")
    verdict = run(make_plan({"E": e}, facts=SAM))
    assert verdict.counts["outcomes"] == 2
    assert verdict.counts["with_timeframe"] == 2  # "the end of Key Stage 2" applies to both
    assert [o.index for o in verdict.outcomes] == [1, 2]
    assert all("These outcomes" not in o.text and "outcomes 1 and 2" not in o.text for o in verdict.outcomes)


def test_an_outcome_labelled_with_its_number_is_still_an_outcome() -> None:
    e = "Outcome 1: By July 2027, Sam will read 100 common words independently.\nSteps: by Easter 2027, 50 words."
    verdict = run(make_plan({"E": e}, facts=SAM))
    assert verdict.counts["outcomes"] == 1 and verdict.counts["smart"] == 1


def test_an_item_holding_a_whole_table_is_read_line_by_line() -> None:
    table = ("Outcome | By when\n"
             "Sam will read 100 common words independently. | July 2027\n"
             "Sam will develop his social skills. | Ongoing")
    plan = make_plan({"E": table}, facts=SAM, outcomes=[{"text": table, "by_when": "July 2027"}])
    verdict = run(plan)
    assert verdict.counts["outcomes"] == 2  # the header row is not an outcome
    assert verdict.counts["with_timeframe"] == 1  # the glued item's date belongs to one row only
    assert verdict.counts["generic"] == 1
    assert_quotes_are_verbatim(plan, verdict)


@pytest.mark.parametrize("outcome", [
    "By July 2027, Sam will travel to school by bus on his own.",
    "By July 2027, Sam will attend one clinic appointment without his mum.",
    "By July 2027, Sam will achieve A level grades of at least B, C, C.",
    "By July 2028, Sam will complete a week of work experience in a garage.",
])
def test_measures_written_in_everyday_words_are_measures(outcome: str) -> None:
    verdict = run(make_plan({"E": outcome}, facts=SAM))
    assert verdict.outcomes[0].measure


def test_hours_the_young_person_reaches_are_a_measure_not_provision() -> None:
    verdict = run(make_plan({"E": "By July 2028, Sam will have a paid job of at least 16 hours a week."}, facts=SAM))
    assert verdict.outcomes[0].measure and not verdict.outcomes[0].service_perspective
    provision = run(make_plan({"E": "Sam will have 3 sessions a week of speech and language therapy."}, facts=SAM))
    assert "outcomes.describes_provision" in rules(provision)


def test_checking_is_an_observable_action() -> None:
    verdict = run(make_plan({"E": "By July 2027, Sam will check his blood sugar before lunch every day."}, facts=SAM))
    assert verdict.outcomes[0].observable and verdict.outcomes[0].specific


def test_a_label_naming_the_outcomes_before_an_outcome_keeps_the_outcome() -> None:
    e = ("Outcomes for Sam: By July 2027, Sam will read 100 common words independently.\n"
         "By July 2027, Sam will ask an adult for help with one prompt in 4 out of 5 lessons.")
    verdict = run(make_plan({"E": e}, facts=SAM))
    assert verdict.counts["outcomes"] == 2


def test_a_note_on_reviewing_the_outcomes_is_not_an_outcome() -> None:
    e = ("These outcomes will be reviewed at each annual review.\n"
         "By July 2027, Sam will read 100 common words independently.")
    verdict = run(make_plan({"E": e}, facts=SAM))
    assert verdict.counts["outcomes"] == 1
    assert verdict.counts["with_timeframe"] == 1


def test_specific_dated_outcomes_mostly_without_a_measure_require_improvement() -> None:
    # CRITERIA.md §2: Good is "most ... specific and time-bound; a few lack a measure"; when most lack
    # one, "many ... miss a measure" is Requires improvement.
    e = ("By July 2027, Sam will meet deadlines for coursework with the support of a planner.\n"
         "By July 2027, Sam will present his music composition to a group of 3 peers.\n"
         "By July 2027, Sam will travel to college by bus.\n"
         "By July 2027, Sam will cook a meal at home.\n"
         "By July 2027, Sam will attend band practice.")
    verdict = run(make_plan({"E": e}, facts=SAM))
    assert verdict.counts["with_measure"] == 1 and verdict.counts["with_timeframe"] == 5
    assert verdict.grade == 2
    assert "many lack a measure" in verdict.summary


def test_every_outcome_specific_and_dated_with_one_unmeasured_is_outstanding() -> None:
    # "Nearly all SMART": one outcome short only of a measure, where all are specific, personal and
    # dated, with steps; one generic outcome among them keeps the plan at Good.
    smart = ("By July 2027, Sam will read 100 common words independently.\n"
             "Steps: by Easter 2027 Sam will read 50 words with one prompt.\n"
             "By July 2027, Sam will ask for help with one prompt in 4 out of 5 lessons.\n"
             "By July 2027, Sam will eat lunch with two friends on 3 days each week.\n"
             "By July 2027, Sam will swim 10 metres without floats.\n"
             "By July 2027, Sam will write 3 sentences about his weekend.\n")
    verdict = run(make_plan({"E": smart + "By July 2029, Sam will have chosen a college course and been on a taster day."},
                            facts=SAM))
    assert verdict.counts["smart"] == 5 and verdict.counts["outcomes"] == 6
    assert verdict.grade == 4
    generic = run(make_plan({"E": smart + "Sam will make progress in maths."}, facts=SAM))
    assert generic.grade == 3


def test_two_smart_outcomes_among_generic_ones_are_a_mix_not_inadequate() -> None:
    # Two real outcomes in seven (CRITERIA.md §2 "a mix") against one, with generic ones around them.
    generic = ("Sam will develop his social communication skills.\nSam will develop his executive functioning skills.\n"
               "Sam will be able to self-regulate and access the curriculum.\nSam will progress to an appropriate placement.\n"
               "Sam's attendance will be at least 90%.\n")
    two = run(make_plan({"E": generic + "By July 2027, Sam will achieve a grade 4 in GCSE maths.\n"
                                        "By July 2027, Sam will travel to college by bus on his own."}, facts=SAM))
    assert two.counts["specific"] == 2 and two.counts["outcomes"] == 7
    assert two.grade == 2
    one = run(make_plan({"E": generic + "By July 2027, Sam will achieve a grade 4 in GCSE maths.\n"
                                        "Sam will feel safe in school."}, facts=SAM))
    assert one.grade == 1


@pytest.mark.parametrize("outcome", [
    "By July 2027, Sam will get dressed after PE within 10 minutes.",
    "By July 2029, Sam will have chosen a sixth form course.",
    "By July 2027, Sam will look at his chosen object when offered 2 objects, on 3 out of 5 occasions.",
])
def test_everyday_and_non_verbal_actions_are_observable(outcome: str) -> None:
    assert run(make_plan({"E": outcome}, facts=SAM)).outcomes[0].observable


@pytest.mark.parametrize(("outcome", "part"), [
    ("By July 2027, Sam will use two strategies to manage panic in exams.", "measure"),
    ("By March 2027, Sam will have completed a two-week placement at a garage.", "measure"),
    ("During Year 13 Sam will take part in one college club each week.", "timeframe"),
])
def test_amounts_and_timeframes_in_everyday_words_are_read(outcome: str, part: str) -> None:
    assert getattr(run(make_plan({"E": outcome}, facts=SAM)).outcomes[0], part)
