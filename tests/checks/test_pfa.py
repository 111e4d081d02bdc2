"""The pfa check: N/A below Year 9; the four preparing-for-adulthood areas covered by
specific outcomes, and transition steps, decide the grade."""

from __future__ import annotations

from datetime import date

from audit.checks import CheckContext, Verdict
from audit.checks.pfa import PfaParams, pfa, year_group
from audit.model import Plan
from plans import lexicons, make_plan

CTX = CheckContext(criterion="pfa", as_of=date(2026, 11, 1), lexicons=lexicons("pfa_areas", "generic_outcomes", "measures", "timeframes"))
ALL_FOUR = """By July 2028 Jay will complete a two-week work experience placement in a garage.
By July 2027 Jay will travel independently by bus from home to college twice a week.
By Easter 2027 Jay will meet a friend at the youth club once a week without staff support.
By July 2027 Jay will book his own GP appointment and take his medication independently each day."""
TRANSITION = "Careers adviser to meet Jay each term to plan his post-16 course at Wessex College."


def run(plan: Plan) -> Verdict:
    return pfa(plan, PfaParams(), CTX)


def test_below_year_9_is_not_applicable() -> None:
    verdict = run(make_plan({"E": ALL_FOUR}, facts={"year_group": 8}))
    assert verdict.grade is None and not verdict.findings


def test_year_group_derived_from_date_of_birth() -> None:
    plan = make_plan({"E": ALL_FOUR}, facts={"date_of_birth": date(2012, 10, 1)})
    assert year_group(plan, date(2026, 11, 1)) == 9
    assert run(plan).grade is not None


def test_unknown_year_group_is_judged_anyway() -> None:
    assert run(make_plan({"E": ALL_FOUR, "F": TRANSITION})).grade == 4


def test_all_four_areas_specific_with_transition_is_outstanding() -> None:
    verdict = run(make_plan({"E": ALL_FOUR, "F": TRANSITION}, facts={"year_group": 10}))
    assert verdict.grade == 4, verdict.summary
    assert verdict.counts["pfa_areas_specific"] == 4


def test_all_four_areas_without_transition_steps_is_good() -> None:
    verdict = run(make_plan({"E": ALL_FOUR}, facts={"year_group": 10}))
    assert verdict.grade == 3
    assert any(f.rule == "pfa.no_transition_steps" for f in verdict.findings)
    assert any(f.quote for f in verdict.findings)


def test_only_employment_and_education_requires_improvement() -> None:
    plan = make_plan({"E": "By July 2027 Mia will achieve a grade 4 in GCSE maths.\n"
                           "By July 2027 Mia will complete her college application."}, facts={"year_group": 11})
    verdict = run(plan)
    assert verdict.grade == 2
    finding = next(f for f in verdict.findings if f.rule == "pfa.only_employment")
    assert plan.section("E").text[finding.start:finding.end] == finding.quote


def test_no_adulthood_outcomes_is_inadequate() -> None:
    plan = make_plan({"E": "By July 2027 Omar will read 40 words.\nBy July 2027 Omar will write three sentences."},
                     facts={"year_group": 9})
    verdict = run(plan)
    assert verdict.grade == 1
    assert verdict.findings[0].rule == "pfa.no_adulthood_outcomes" and verdict.findings[0].quote


def test_missing_section_e_is_inadequate() -> None:
    verdict = run(make_plan({"A": "I want a job."}, facts={"year_group": 10}))
    assert verdict.grade == 1 and verdict.findings[0].quote == ""


def test_generic_area_outcome_does_not_count_as_specific() -> None:
    plan = make_plan({"E": "Jay will develop his independence skills.\n"
                           "By July 2027 Jay will complete a work experience placement in a garage."},
                     facts={"year_group": 10})
    verdict = run(plan)
    assert verdict.counts["area_independent_living"] == "generic"
    assert verdict.grade == 2


def test_area_label_from_the_plan_is_authoritative() -> None:
    plan = make_plan({"E": "By July 2028, Keiran will book his own audiology appointment by text."},
                     outcomes=[{"text": "By July 2028, Keiran will book his own audiology appointment by text.",
                                "area": "Independent living", "by_when": "July 2028"}],
                     facts={"year_group": 9})
    assert run(plan).counts["area_health"] == "none"
    assert run(plan).counts["area_independent_living"] == "specific"


def test_framework_list_and_generic_aims_are_not_adulthood_outcomes() -> None:
    # A council paragraph naming the four PfA domains, and an aim with "be supported to", set no
    # outcome for adult life: the plan has none (CRITERIA.md §4, grade 1).
    e = ("Liam will be supported to manage his anxiety.\n"
         "Outcomes should be read in the context of the four PfA domains (Employment, Independent Living, "
         "Community Inclusion and Health).")
    verdict = run(make_plan({"E": e}, facts={"year_group": 12}))
    assert verdict.grade == 1, verdict.summary
    assert any(f.rule == "pfa.no_adulthood_outcomes" for f in verdict.findings)


def test_deferring_an_area_to_a_later_review_caps_the_grade_at_good() -> None:
    e = ALL_FOUR + "\nManaging her own money will be discussed with Jay at his Year 11 review."
    verdict = run(make_plan({"E": e, "F": TRANSITION}, facts={"year_group": 10}))
    assert verdict.counts["pfa_areas_specific"] == 4
    assert verdict.grade == 3
    deferred = next(f for f in verdict.findings if f.rule == "pfa.deferred")
    assert deferred.quote.startswith("Managing her own money will be discussed")


def test_deferred_area_is_not_counted_as_covered() -> None:
    e = ("By July 2028 Jay will complete a two-week work experience placement in a garage.\n"
         "Independent living (travel, money, cooking) will be considered at the next annual review.")
    verdict = run(make_plan({"E": e}, facts={"year_group": 10}))
    assert verdict.counts["area_independent_living"] == "none"
    assert verdict.grade == 2


def test_summary_pointing_at_numbered_outcomes_credits_no_area() -> None:
    # "Good health: outcome 3" is a pointer; outcome 3 itself decides whether health is covered.
    e = ("By July 2028 Jay will complete a two-week work experience placement in a garage.\n"
         "Preparing for adulthood: employment is outcome 1; good health: outcome 3 (independently managing "
         "his asthma).")
    verdict = run(make_plan({"E": e}, facts={"year_group": 10}))
    assert verdict.counts["area_health"] == "none"


def test_broad_area_of_need_label_does_not_name_a_pfa_area() -> None:
    text = "By July 2027 Jay will go to a youth club with a friend every week."
    plan = make_plan({"E": text}, outcomes=[{"text": text, "area": "Social, emotional and mental health"}],
                     facts={"year_group": 10})
    verdict = run(plan)
    assert verdict.counts["area_community"] == "specific"
    assert verdict.counts["area_health"] == "none"


def test_ongoing_is_not_a_timeframe_but_dated_steps_are() -> None:
    vague = "Jay will be able to manage his anxiety at college."
    dated = "Jay will take up a place on a motor vehicle course at college."
    plan = make_plan({"E": f"{vague}\n{dated}"},
                     outcomes=[{"text": vague, "by_when": "Ongoing"},
                               {"text": dated, "steps": ("Application sent by January 2027.",)}],
                     facts={"year_group": 11})
    verdict = run(plan)
    assert verdict.counts["area_health"] == "generic"
    assert verdict.counts["area_employment"] == "specific"


def test_unsplit_outcome_table_is_read_line_by_line() -> None:
    # Ingest left a whole table as one outcome: the date in one row must not make another specific.
    e = ("Outcome | By when\n"
         "Tyler will complete a work experience placement in a garage. | July 2026\n"
         "Tyler will develop his communication and social skills. | Ongoing\n"
         "Tyler will be able to manage his anxiety. | Ongoing")
    plan = make_plan({"E": e}, outcomes=[{"text": e, "by_when": "July 2026"}], facts={"year_group": 11})
    verdict = run(plan)
    assert verdict.counts["pfa_areas_specific"] == 1
    assert verdict.counts["area_community"] == "generic" and verdict.counts["area_health"] == "generic"
    assert verdict.grade == 2


def test_managing_own_condition_is_a_health_outcome() -> None:
    plan = make_plan({"E": "By July 2028, I will check my blood sugar and adjust my pump at school on 4 days out of 5."},
                     facts={"year_group": 9})
    assert run(plan).counts["area_health"] == "specific"


def test_a_digit_alone_is_not_a_measure() -> None:
    # "24hr" names a programme; it says nothing about how well or how often.
    plan = make_plan({"E": "Marcus will maintain his physical wellbeing through his 24hr PM programme."},
                     facts={"year_group": 14})
    assert run(plan).counts["area_health"] == "generic"


def test_a_routine_review_of_progress_is_not_a_deferral() -> None:
    e = ALL_FOUR + "\nProgress towards each outcome will be discussed at his next annual review."
    verdict = run(make_plan({"E": e, "F": TRANSITION}, facts={"year_group": 10}))
    assert verdict.counts["deferred_sentences"] == 0
    assert verdict.grade == 4
