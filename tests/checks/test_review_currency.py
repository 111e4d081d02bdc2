"""The review_currency check: reviewed within the interval and amended after it, overdue,
stale content (passed deadlines, year groups left behind, old advice), no dates at all."""

from __future__ import annotations

from datetime import date

from audit.checks import CheckContext, Verdict
from audit.checks.review_currency import ReviewCurrencyParams, deadlines, review_currency
from audit.model import AdviceEntry, Plan
from plans import make_plan

AS_OF = date(2026, 11, 1)
CTX = CheckContext(criterion="review_currency", as_of=AS_OF, lexicons={})
FUTURE_E = "By July 2027 Sam will read 50 words."


def run(plan: Plan, **params: object) -> Verdict:
    return review_currency(plan, ReviewCurrencyParams(**params), CTX)


def assert_quotes_verbatim(plan: Plan, verdict: Verdict) -> None:
    for finding in verdict.findings:
        if finding.quote:
            text = plan.section(finding.section).text if finding.section else plan.text
            assert text[finding.start:finding.end] == finding.quote


def test_reviewed_and_amended_within_the_year_is_outstanding() -> None:
    plan = make_plan({"E": FUTURE_E}, cover="Annual review: 10/05/2026\nAmended: 20/06/2026",
                     facts={"issued": date(2023, 3, 1), "review_dates": (date(2026, 5, 10),),
                            "last_amended": date(2026, 6, 20)})
    verdict = run(plan)
    assert verdict.grade == 4 and verdict.counts["last_review"] == "2026-05-10"


def test_first_issued_within_the_year_is_outstanding() -> None:
    assert run(make_plan({"E": FUTURE_E}, facts={"issued": date(2026, 2, 1)})).grade == 4


def test_reviewed_but_not_amended_is_good_and_quotes_the_review_date() -> None:
    plan = make_plan({"E": FUTURE_E}, cover="Date issued: 01/03/2023\nAnnual review: 10/02/2026",
                     facts={"issued": date(2023, 3, 1), "review_dates": (date(2026, 2, 10),)})
    verdict = run(plan)
    assert verdict.grade == 3
    finding = next(f for f in verdict.findings if f.rule == "review_currency.not_amended_after_review")
    assert finding.quote == "10/02/2026" and finding.section is None
    assert_quotes_verbatim(plan, verdict)


def test_amendment_not_yet_due_after_a_recent_review() -> None:
    plan = make_plan({"E": FUTURE_E}, facts={"issued": date(2023, 3, 1), "review_dates": (date(2026, 10, 1),)})
    verdict = run(plan)
    assert verdict.grade == 3
    assert any(f.rule == "review_currency.amendment_pending" and f.severity == "low" for f in verdict.findings)


def test_review_overdue_by_up_to_six_months_requires_improvement() -> None:
    plan = make_plan({"E": FUTURE_E}, cover="Annual review: 12 June 2025",
                     facts={"issued": date(2023, 3, 1), "review_dates": (date(2025, 6, 12),)})
    verdict = run(plan)
    assert verdict.grade == 2
    assert next(f for f in verdict.findings if f.rule == "review_currency.review_overdue").quote == "12 June 2025"


def test_no_review_for_over_eighteen_months_is_inadequate() -> None:
    plan = make_plan({"E": FUTURE_E}, facts={"issued": date(2022, 3, 1), "review_dates": (date(2024, 6, 12),)})
    assert run(plan).grade == 1


def test_no_dates_at_all_is_inadequate_and_quotes_where_they_belong() -> None:
    plan = make_plan({"E": FUTURE_E}, cover="Education, Health and Care Plan\nName: Sam Smith")
    verdict = run(plan)
    assert verdict.grade == 1
    finding = verdict.findings[0]
    assert finding.rule == "review_currency.no_dates" and finding.section is None
    assert finding.quote == "Education, Health and Care Plan"  # the cover, where the dates belong
    assert_quotes_verbatim(plan, verdict)


def test_dates_read_from_the_text_when_facts_lack_them() -> None:
    plan = make_plan({"E": FUTURE_E}, cover="Date of issue: 04/03/2022\nAnnual review dates: 11/07/2025, 09/07/2026\n"
                                            "Date of last amendment: 01/09/2026")
    verdict = run(plan)
    assert verdict.counts["last_review"] == "2026-07-09"
    assert verdict.grade == 4


def test_under_fives_are_reviewed_every_six_months() -> None:
    facts = {"issued": date(2025, 1, 1), "review_dates": (date(2026, 3, 1),), "last_amended": date(2026, 4, 1),
             "date_of_birth": date(2022, 6, 1)}
    verdict = run(make_plan({"E": FUTURE_E}, facts=facts))
    assert verdict.counts["interval_months"] == 6 and verdict.grade == 2


def test_passed_outcome_deadlines_are_stale_content() -> None:
    plan = make_plan({"E": "By July 2025 Sam will read 50 words.\nBy March 2026 Sam will write his name."},
                     facts={"issued": date(2026, 2, 1)})
    verdict = run(plan)
    assert verdict.grade == 2
    finding = next(f for f in verdict.findings if f.rule == "review_currency.outcome_deadline_passed")
    assert finding.section == "E" and finding.quote == "July 2025"
    assert_quotes_verbatim(plan, verdict)


def test_dates_of_meetings_in_outcomes_are_not_deadlines() -> None:
    plan = make_plan({"E": "These outcomes were agreed at the review meeting on 10 September 2025.\n" + FUTURE_E},
                     facts={"issued": date(2026, 2, 1)})
    assert run(plan).counts["outcomes_deadline_passed"] == 0


def test_year_group_the_child_has_left_is_stale() -> None:
    plan = make_plan({"E": "By the end of Year 4 Sam will use the bus with an adult.",
                      "I": "Oakfield Primary School"}, facts={"issued": date(2026, 2, 1), "year_group": 12})
    verdict = run(plan)
    assert verdict.grade == 2
    assert next(f for f in verdict.findings if f.rule == "review_currency.stale_phase").quote == "Year 4"


def test_old_advice_caps_at_good() -> None:
    plan = make_plan({"E": FUTURE_E, "K": "Educational psychology advice, 14/01/2022"},
                     facts={"issued": date(2026, 2, 1)}, advice=[AdviceEntry(text="EP advice", date=date(2022, 1, 14))])
    verdict = run(plan)
    assert verdict.grade == 3
    finding = next(f for f in verdict.findings if f.rule == "review_currency.stale_advice")
    assert finding.quote == "14/01/2022" and finding.section == "K"


def test_deadlines_understand_plan_timeframes() -> None:
    found = {d for _, _, d in deadlines("by July 2027, by summer term 2026, in 2025/26, by 01/09/2026")}
    assert found == {date(2027, 7, 31), date(2026, 7, 31), date(2026, 8, 31), date(2026, 9, 1)}


def test_thresholds_are_parameters() -> None:
    plan = make_plan({"E": FUTURE_E}, facts={"issued": date(2023, 3, 1), "review_dates": (date(2025, 6, 12),)})
    assert run(plan).grade == 2
    assert run(plan, review_interval_months=18).grade == 3


def test_each_date_in_the_text_takes_the_label_nearest_before_it() -> None:
    # "Annual review 10 June 2026 - plan amended 1 July 2026": a review, then an amendment.
    plan = make_plan({"E": FUTURE_E}, cover="First issued: 18/02/2022\n"
                                            "Annual review | 10/06/2026 - plan amended 01/07/2026")
    verdict = run(plan)
    assert verdict.counts["last_review"] == "2026-06-10"
    assert verdict.counts["last_amended"] == "2026-07-01"
    assert verdict.grade == 4


def test_dates_in_provision_are_not_the_plans_reviews() -> None:
    # A winter care plan "reviewed each spring" in G is a schedule, not an annual review of the plan.
    plan = make_plan({"E": FUTURE_E, "G": "Winter care plan written by 31/10/2026; reviewed each spring."},
                     cover="Date plan first issued: 12/05/2026",
                     facts={"date_of_birth": date(2024, 2, 19)})
    verdict = run(plan)
    assert verdict.counts["last_review"] is None
    assert verdict.grade == 4  # first issued under six months ago: no review due yet, even for an under-5


def test_amended_since_issue_without_a_review_date_is_judged_from_the_amendment() -> None:
    plan = make_plan({"E": FUTURE_E}, cover="Plan first issued: 04/11/2022\nAmended: 15/05/2026",
                     facts={"issued": date(2022, 11, 4), "last_amended": date(2026, 5, 15)})
    verdict = run(plan)
    assert verdict.grade == 3
    assert any(f.rule == "review_currency.no_review_recorded" and f.quote == "15/05/2026" for f in verdict.findings)


def test_an_amendment_dated_in_the_future_has_not_happened() -> None:
    plan = make_plan({"E": FUTURE_E}, cover="Plan issued: 20/02/2026\nThe plan will be amended by 15/02/2027.",
                     facts={"issued": date(2026, 2, 20), "last_amended": date(2027, 2, 15)})
    verdict = run(plan)
    assert verdict.counts["last_amended"] is None
    assert verdict.grade == 4 and verdict.counts["issued"] == "2026-02-20"


def test_a_dated_draft_plan_is_not_yet_due_a_review() -> None:
    plan = make_plan({"E": FUTURE_E}, cover="DRAFT - for consultation\nDate of draft | 28th September 2026\n"
                                            "Date plan issued | To be confirmed when the plan is finalised",
                     facts={"date_of_birth": date(2023, 3, 12)})
    verdict = run(plan)
    assert verdict.grade == 4
    finding = next(f for f in verdict.findings if f.rule == "review_currency.draft")
    assert finding.quote == "28th September 2026" and finding.severity == "low"


def test_an_undated_draft_is_not_graded_as_having_no_dates() -> None:
    verdict = run(make_plan({"E": FUTURE_E}, cover="Draft EHC plan"))
    assert verdict.grade == 4
    assert [f.rule for f in verdict.findings] == ["review_currency.draft_undated"]


def test_a_draft_long_unfinished_is_overdue() -> None:
    plan = make_plan({"E": FUTURE_E}, cover="DRAFT\nDate of draft: 01/02/2025")
    assert run(plan).grade == 1


def test_an_interim_review_that_maintained_the_plan_is_good() -> None:
    # The latest review is an early one; the LA maintained the plan, last amended before it.
    plan = make_plan({"E": FUTURE_E}, cover="Date plan first issued: 1.7.20\nDate of this plan (amended): 30.10.25\n"
                                            "Most recent review: 22.1.26 (interim review)",
                     facts={"issued": date(2020, 7, 1), "review_dates": (date(2026, 1, 22),),
                            "last_amended": date(2025, 10, 30)})
    verdict = run(plan)
    assert verdict.grade == 3
    assert any(f.rule == "review_currency.not_amended_after_review" for f in verdict.findings)


def test_a_year_group_one_behind_in_a_plan_written_last_year_is_not_stale() -> None:
    # Amended in April 2026 while in Year 10; in Year 11 on the audit date.
    facts = {"issued": date(2021, 11, 5), "review_dates": (date(2026, 3, 12),), "last_amended": date(2026, 4, 20),
             "date_of_birth": date(2011, 2, 9)}
    plan = make_plan({"E": FUTURE_E, "F": "Weekly mentoring through Year 10 with the SENCo."}, facts=facts)
    verdict = run(plan)
    assert verdict.counts["stale_phase_mentions"] == 0 and verdict.grade == 4


def test_a_year_group_left_before_the_plan_was_written_is_stale() -> None:
    facts = {"issued": date(2021, 11, 5), "review_dates": (date(2026, 3, 12),), "last_amended": date(2026, 4, 20),
             "date_of_birth": date(2011, 2, 9)}
    plan = make_plan({"E": FUTURE_E, "F": "Weekly mentoring through Year 9 with the SENCo."}, facts=facts)
    assert run(plan).grade == 2


def test_a_phase_two_years_behind_is_stale_however_old_the_plan() -> None:
    # Born December 2020: Year 1 on the audit date; the plan still names the nursery class.
    facts = {"issued": date(2024, 7, 15), "review_dates": (date(2025, 7, 10),), "date_of_birth": date(2020, 12, 2)}
    plan = make_plan({"E": FUTURE_E, "I": "Castle Hill Infant School – Nursery class"}, facts=facts)
    verdict = run(plan)
    assert verdict.counts["stale_phase_mentions"] >= 1
    assert any(f.rule == "review_currency.stale_phase" and f.quote.lower().startswith("nursery")
               for f in verdict.findings)


def test_a_step_date_passed_does_not_end_an_outcome_with_a_later_timeframe() -> None:
    outcome = "By July 2027 Sam will join one lunchtime club each week."
    plan = make_plan({"E": outcome}, outcomes=[{"text": outcome, "by_when": "Chooses club in September 2026."}],
                     facts={"issued": date(2026, 2, 1)})
    verdict = run(plan)
    assert verdict.counts["outcomes_deadline_passed"] == 0 and verdict.grade == 4
