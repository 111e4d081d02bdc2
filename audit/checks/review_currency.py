"""Criterion 5, review_currency: the plan is current, reviewed at least annually and amended.

Grades from the plan's dates against the audit date (`as_of`): when it was issued, last
reviewed and last amended (a council may re-date a plan at review without amending it, so
these are separate facts), then looks for stale content: outcome deadlines already passed,
year groups or phases the child has left, advice in K long older than the plan. Source:
CRITERIA.md §5 and "Currency detail"; SEND Code of Practice 9.166, 9.178; Hampshire 2020 letter.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from audit.checks import CheckContext, Params, Verdict, register
from audit.checks._evidence import quote_span
from audit.checks.pfa import year_group as derived_year_group
from audit.dates import MONTHS, find_dates, year_group_for
from audit.model import Finding, Plan, Section

DAYS_PER_MONTH = 30.4375
# Labels on a cover page or in a header next to each kind of date.
ISSUED_LABEL = re.compile(r"\b(?:issued|finali[sz]ed|date of (?:the |this )?(?:final )?plan|final plan|plan dated)\b", re.I)
REVIEW_LABEL = re.compile(r"\b(?:annual review|last review|review meeting|date of (?:the )?(?:last )?review|reviewed)\b", re.I)
NEXT_LABEL = re.compile(r"\bnext (?:annual )?review\b|\breview due\b", re.I)
AMENDED_LABEL = re.compile(r"\bamend(?:ed|ment)\b", re.I)
# A draft plan (sent to the family for comment, not yet issued) and the date it was drafted.
DRAFT_LABEL = re.compile(r"\b(?:date of (?:the |this )?draft|draft (?:plan )?(?:date|dated|issued|prepared|sent)|"
                         r"draft(?: plan)? (?:issued|dated|prepared|sent) on)\b", re.I)
DRAFT_STATUS = re.compile(r"^\W*draft\b|\bthis is a draft\b|\bdraft (?:ehc\s*p?\s*|education,? health and care )?plan\b|"
                          r"\b(?:plan|ehc\s*p)\s*\(?draft\b", re.I | re.M)
MONTH_YEAR = re.compile(
    r"\b(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(?P<year>20\d{2})\b", re.I)
TERM_YEAR = re.compile(r"\b(?P<term>summer|spring|autumn|christmas|easter)(?: term| half[\- ]term)?,?\s+(?P<year>20\d{2})\b", re.I)
ACADEMIC_YEAR = re.compile(r"\b(?P<y1>20\d{2})\s*[/\-–]\s*(?P<y2>\d{2}|20\d{2})\b")
BARE_YEAR = re.compile(r"\b(?:by|in|during|before|end of) (?:the end of )?(?P<year>20\d{2})\b", re.I)
TIMEFRAME_CUE = re.compile(r"\b(?:by|before|until|end of|no later than|deadline)\b[^.;\n]{0,25}$", re.I)
TERM_END = {"spring": (4, 30), "easter": (4, 30), "summer": (7, 31), "autumn": (12, 31), "christmas": (12, 31)}
YEAR_MENTION = re.compile(r"\b(?:Year|Yr|Y)\s?(?P<n>1[0-4]|[1-9])\b")
KEY_STAGE = re.compile(r"\b(?:Key Stage|KS)\s?(?P<n>[1-5])\b", re.I)
RECEPTION = re.compile(r"\bReception (?:class|year)\b|\bin Reception\b|\bEYFS\b|\bearly years foundation stage\b", re.I)
NURSERY = re.compile(r"\b(?:nursery|pre-?school)(?: class| setting)?\b", re.I)
PRIMARY = re.compile(r"\b(?:primary|infant|junior) (?:school|academy|phase|class)\b", re.I)
KEY_STAGE_LAST_YEAR = {1: 2, 2: 6, 3: 9, 4: 11, 5: 13}
PHASE_SECTIONS = ("E", "F", "I")


class ReviewCurrencyParams(Params):
    review_interval_months: int = 12
    under5_interval_months: int = 6
    # Reviews overdue by up to this many months are graded 2 ...
    overdue_grace_months: int = 6
    # ... and no review for longer than this (or interval + grace, whichever is later) is 1.
    stale_after_months: int = 18
    # After a review: decision due in 4 weeks, amended plan within a further 8 (Devon [2022]).
    amendment_due_weeks: int = 4 + 8
    # A year group or phase this many years behind the child's is stale even in a plan written
    # for it; one year behind is how a plan written last school year reads (CRITERIA.md §5).
    stale_years_behind: int = 2
    # Share of outcomes with deadlines passed that makes the content "clearly stale" (grade 2).
    stale_outcome_share: float = 0.25
    # Newest advice in K older than the plan's last writing by more than this is stale ...
    advice_stale_months: int = 12
    # ... and caps the grade here (a weaker sign than passed deadlines: K is often kept).
    advice_stale_cap: int = 3


@dataclass(frozen=True)
class DatedText:
    """Where a date stood in the plan: section letter (None: outside any section) and span."""

    section: str | None
    start: int
    end: int
    text: str


def months_between(earlier: date, later: date) -> float:
    return (later - earlier).days / DAYS_PER_MONTH


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def deadlines(text: str) -> list[tuple[int, int, date]]:
    """Every deadline a timeframe states, as (start, end, last day it allows)."""
    found = [(s, e, d) for s, e, d in find_dates(text)]
    taken = [(s, e) for s, e, _ in found]

    def free(s: int, e: int) -> bool:
        return not any(s < te and ts < e for ts, te in taken)

    for m in MONTH_YEAR.finditer(text):
        if free(m.start(), m.end()):
            found.append((m.start(), m.end(), _month_end(int(m["year"]), MONTHS[m["mon"].lower().rstrip(".")])))
            taken.append((m.start(), m.end()))
    for m in TERM_YEAR.finditer(text):
        if free(m.start(), m.end()):
            month, day = TERM_END[m["term"].lower()]
            found.append((m.start(), m.end(), date(int(m["year"]), month, day)))
            taken.append((m.start(), m.end()))
    for m in ACADEMIC_YEAR.finditer(text):
        y1, y2 = int(m["y1"]), int(m["y2"])
        y2 = y2 + 2000 if y2 < 100 else y2
        if y2 == y1 + 1 and free(m.start(), m.end()):
            found.append((m.start(), m.end(), date(y2, 8, 31)))
            taken.append((m.start(), m.end()))
    for m in BARE_YEAR.finditer(text):
        if free(m.start("year"), m.end("year")):
            found.append((m.start("year"), m.end("year"), date(int(m["year"]), 12, 31)))
    return sorted(found)


def timeframe_deadlines(text: str) -> list[tuple[int, int, date]]:
    """Deadlines in an outcome's own words: only dates a timeframe word introduces ("by July
    2027", "before the end of 2026"), not dates of meetings the text mentions."""
    return [(s, e, d) for s, e, d in deadlines(text) if TIMEFRAME_CUE.search(text[max(0, s - 40):s])]


def locate_date(plan: Plan, value: date, label: re.Pattern[str] | None = None) -> DatedText | None:
    """The place the plan wrote this date, preferring one next to its label."""
    candidates: list[tuple[int, DatedText]] = []
    places: list[tuple[str | None, str]] = [(s.letter, s.text) for s in plan.sections] + [(None, plan.text)]
    for letter, text in places:
        for s, e, d in find_dates(text):
            if d != value:
                continue
            line_start = text.rfind("\n", 0, s) + 1
            labelled = bool(label and label.search(text[max(line_start, s - 80):s]))
            candidates.append((0 if labelled else 1, DatedText(letter, s, e, text[s:e])))
        if candidates and candidates[0][0] == 0:
            break
    if not candidates:
        return None
    return sorted(candidates, key=lambda c: c[0])[0][1]


# Sections whose dates are deadlines, schedules or advice, never the plan's own history.
NOT_HISTORY_SECTIONS = frozenset({"E", "F", "G", "H", "H1", "H2", "I", "J", "K"})
# How near before a date its label must stand on the line ("Annual review: 10/05/2026").
LABEL_REACH = 60
def history_lines(plan: Plan) -> list[str]:
    """Lines of the plan that may carry its own dates: the cover and sections outside E-K."""
    lines: list[str] = []
    offset = 0
    spans = [(s.start, s.end) for s in plan.sections if s.letter in NOT_HISTORY_SECTIONS]
    for line in plan.text.split("\n"):
        start = offset
        offset += len(line) + 1
        if not any(s <= start < e for s, e in spans):
            lines.append(line)
    return lines


def dates_from_text(plan: Plan) -> dict[str, list[date]]:
    """Labelled dates in the plan's text, for when ingest found none in the facts.

    Each date takes the label standing nearest before it on its line ("Annual review 10 June
    2026 - plan amended 1 July 2026": a review, then an amendment); dates in outcomes,
    provision and advice (E-K) are deadlines and reports, not the plan's history.
    """
    found: dict[str, list[date]] = {"issued": [], "review": [], "amended": [], "next": [], "draft": []}
    labels = (("next", NEXT_LABEL), ("review", REVIEW_LABEL), ("amended", AMENDED_LABEL), ("issued", ISSUED_LABEL),
              ("draft", DRAFT_LABEL))
    for line in history_lines(plan):
        for s, _, value in find_dates(line):
            before = line[max(0, s - LABEL_REACH):s]
            nearest: tuple[int, str] | None = None
            for kind, label in labels:
                ends = [m.end() for m in label.finditer(before)]
                if ends and (nearest is None or ends[-1] > nearest[0]):
                    nearest = (ends[-1], kind)
            if nearest is not None:
                found[nearest[1]].append(value)
    return found


def is_draft(plan: Plan) -> bool:
    """Whether the plan calls itself a draft on its cover (the text before its first section)."""
    first = min((sec.start for sec in plan.sections), default=len(plan.text))
    cover = plan.text[:first] if first > 0 else plan.text[:600]
    return bool(DRAFT_STATUS.search(cover))


def opening(plan: Plan) -> DatedText | None:
    """The plan's first line (its title or cover), quoted where a date the plan lacks belongs."""
    start, end = quote_span(plan.text, 0, len(plan.text.split("\n", 1)[0]) if plan.text.strip() else 0)
    if start >= end:
        first = min((sec.start for sec in plan.sections), default=len(plan.text))
        start, end = quote_span(plan.text, 0, first)
        end = min(end, start + len(plan.text[start:end].split("\n", 1)[0]))
    return DatedText(None, start, end, plan.text[start:end]) if end > start else None


def _finding(ctx: CheckContext, plan: Plan, rule: str, where: DatedText | None, severity: str, message: str,
             fix: str, letter: str | None = None) -> Finding:
    if where is None or not where.text:
        return Finding(criterion=ctx.criterion, rule=rule, section=letter, quote="", severity=severity,
                       message=message, fix=fix)
    return Finding(criterion=ctx.criterion, rule=rule, section=where.section, quote=where.text, start=where.start,
                   end=where.end, severity=severity, message=message, fix=fix)


def _in_section(section: Section, start: int, end: int) -> DatedText:
    return DatedText(section.letter, start, end, section.text[start:end])


def stale_phases(plan: Plan, yg: int | None, yg_written: int | None = None,
                 years_behind: int = 2) -> list[tuple[DatedText, str]]:
    """Year groups, key stages and phases in E, F and I that the child has already left.

    A plan is written for the year the child was in when it was last issued or amended, so a
    mention one year behind today is normal in a plan less than a year old ("in Year 10" in a
    plan amended in Year 10). A phase is stale when the child had left it before the plan was
    written (`yg_written`), or left it `years_behind` or more years ago. Without the writing
    date (`yg_written` None) any phase the child has left counts.
    """
    if yg is None:
        return []
    limit = yg if yg_written is None else min(yg, max(yg_written, yg - years_behind + 1))

    def left(last: int) -> bool:
        return last < limit

    found: list[tuple[DatedText, str]] = []
    for letter in PHASE_SECTIONS:
        section = plan.section(letter)
        if section is None:
            continue
        text = section.text
        for m in YEAR_MENTION.finditer(text):
            n = int(m["n"])
            if left(n):
                found.append((_in_section(section, m.start(), m.end()), f"Year {n}, but the child is in Year {yg}"))
        for m in KEY_STAGE.finditer(text):
            last = KEY_STAGE_LAST_YEAR[int(m["n"])]
            if left(last):
                found.append((_in_section(section, m.start(), m.end()),
                              f"Key Stage {m['n']} (ends in Year {last}), but the child is in Year {yg}"))
        if left(0):
            for m in RECEPTION.finditer(text):
                found.append((_in_section(section, m.start(), m.end()), f"Reception, but the child is in Year {yg}"))
        if left(-1) and yg >= 1:
            for m in NURSERY.finditer(text):
                found.append((_in_section(section, m.start(), m.end()), f"nursery, but the child is in Year {yg}"))
        if yg >= 8 and left(6):
            for m in PRIMARY.finditer(text):
                found.append((_in_section(section, m.start(), m.end()), f"primary phase, but the child is in Year {yg}"))
    return found


def deadline_place(e: Section, text: str, start: int, end: int, by_when: str | None) -> DatedText:
    """Where an outcome's passed deadline stands in section E: its 'by when', else the date in its words."""
    if by_when:
        place = _find_near(e, by_when, start)
        if place is not None:
            return place
    in_place = e.text[start:end] == text
    dated = sorted(timeframe_deadlines(text), key=lambda x: x[2], reverse=True)
    if dated:
        s, en, _ = dated[0]
        place = _in_section(e, start + s, start + en) if in_place else _find_near(e, text[s:en], start)
        if place is not None:
            return place
    return _in_section(e, start, end) if in_place else DatedText("E", 0, 0, "")


def _find_near(e: Section, wanted: str, start: int) -> DatedText | None:
    at = e.text.find(wanted, start)
    if at < 0:
        at = e.text.find(wanted)
    return _in_section(e, at, at + len(wanted)) if at >= 0 else None


def locate_year_group(plan: Plan, stated: int) -> DatedText | None:
    """Where the plan states the child's year group ("Year group: Year 10")."""
    places: list[tuple[str | None, str]] = [(s.letter, s.text) for s in plan.sections] + [(None, plan.text)]
    for letter, text in reversed(places):  # the cover page (plan text) first
        for m in YEAR_MENTION.finditer(text):
            if int(m["n"]) == stated:
                return DatedText(letter, m.start(), m.end(), m.group(0))
    return None


@register("review_currency", ReviewCurrencyParams)
def review_currency(plan: Plan, params: ReviewCurrencyParams, ctx: CheckContext) -> Verdict:
    """Grade whether the plan has been reviewed within the interval and amended after it."""
    as_of = ctx.as_of
    facts = plan.facts
    from_text = dates_from_text(plan)
    # An issue or amendment date after the audit date is a plan for the future ("to be amended
    # by 15 February 2027"), not something that has happened.
    from_text["issued"] = [d for d in from_text["issued"] if d <= as_of]
    from_text["amended"] = [d for d in from_text["amended"] if d <= as_of]
    issued = facts.issued or (min(from_text["issued"]) if from_text["issued"] else None)
    reviews = sorted({d for d in (*facts.review_dates, facts.last_review) if d is not None and d <= as_of})
    if not reviews and facts.last_review is None and not facts.review_dates:
        reviews = sorted({d for d in from_text["review"] if d <= as_of})
    last_review = reviews[-1] if reviews else None
    last_amended = (facts.last_amended if facts.last_amended is not None and facts.last_amended <= as_of
                    else max(from_text["amended"]) if from_text["amended"] else None)
    next_review = facts.next_review or (max(from_text["next"]) if from_text["next"] else None)
    draft = is_draft(plan)
    drafted = [d for d in from_text["draft"] if d <= as_of]
    yg = derived_year_group(plan, as_of)
    dob = facts.date_of_birth
    if dob is not None:
        age = as_of.year - dob.year - ((as_of.month, as_of.day) < (dob.month, dob.day))
        under5 = age < 5
    else:
        under5 = yg is not None and yg < 0
    interval = params.under5_interval_months if under5 else params.review_interval_months
    worst_gap = max(params.stale_after_months, interval + params.overdue_grace_months)

    counts: dict[str, int | float | str | None] = {
        "as_of": as_of.isoformat(), "issued": issued.isoformat() if issued else None,
        "last_review": last_review.isoformat() if last_review else None,
        "last_amended": last_amended.isoformat() if last_amended else None,
        "next_review": next_review.isoformat() if next_review else None,
        "reviews_recorded": len(reviews), "interval_months": interval, "year_group": yg,
    }
    findings: list[Finding] = []

    if last_review is not None and (issued is None or last_review >= issued):
        anchor, kind, label = last_review, "review", REVIEW_LABEL
    elif last_amended is not None and (issued is None or last_amended > issued):
        # Amended since it was issued but no review date recorded: the amendment is the latest
        # sign the plan was looked at, and the missing review date is itself a finding.
        anchor, kind, label = last_amended, "amended", AMENDED_LABEL
    elif issued is not None:
        anchor, kind, label = issued, "issued", ISSUED_LABEL
    elif draft and drafted:
        # A first plan still in draft: not yet issued, so no review is due. The draft's date
        # stands in for the issue date (a draft left unfinished for a year is still late).
        anchor, kind, label = max(drafted), "draft", DRAFT_LABEL
    elif draft:
        findings.append(_finding(
            ctx, plan, "review_currency.draft_undated", opening(plan), "medium",
            "The plan is a draft with no date: it has not been issued, so no review is due yet, but nobody can "
            "tell how long it has been in draft.",
            "Date the draft, and record the issue date when the plan is finalised."))
        return Verdict(grade=4, summary="Draft plan, not yet issued and undated: no review due.", counts=counts,
                       findings=tuple(findings))
    else:
        findings.append(_finding(
            ctx, plan, "review_currency.no_dates", opening(plan), "high",
            "The plan gives no date of issue, review or amendment, so nobody can tell whether it is current.",
            "Record the date the plan was issued, each annual review and each amendment."))
        return Verdict(grade=1, summary="No issue, review or amendment dates found.", counts=counts,
                       findings=tuple(findings))

    months = months_between(anchor, as_of)
    counts["months_since_review_or_issue"] = round(months, 1)
    where = locate_date(plan, anchor, label)
    what = {"review": "last reviewed", "issued": "issued", "amended": "last amended", "draft": "drafted"}[kind]
    if months <= interval:
        if kind == "issued":
            grade = 4
        elif kind == "draft":
            grade = 4
            findings.append(_finding(
                ctx, plan, "review_currency.draft", where, "low",
                f"The plan is a draft dated {anchor:%d %B %Y} and has not been issued, so no review is due yet.",
                "Record the issue date when the plan is finalised; the first review is due within "
                f"{interval} months of it."))
        elif kind == "amended":
            grade = 3
            findings.append(_finding(
                ctx, plan, "review_currency.no_review_recorded", where, "medium",
                f"The plan was last amended on {anchor:%d %B %Y} but no annual review date is recorded.",
                "Record the date of the annual review the amendment followed."))
        elif last_amended is not None and last_amended >= last_review:
            grade = 4
        elif (as_of - last_review).days <= params.amendment_due_weeks * 7:
            # The descriptor asks for evidence of an update after the review; none is due yet,
            # so the finding is low severity, but the grade stays at 3 until the plan shows it.
            grade = 3
            findings.append(_finding(
                ctx, plan, "review_currency.amendment_pending", where, "low",
                f"The plan was reviewed on {last_review:%d %B %Y}; the decision and any amended plan are not "
                f"yet due ({params.amendment_due_weeks} weeks after the review).",
                "Issue the decision within 4 weeks of the review and any amended plan within 8 more."))
        else:
            grade = 3
            findings.append(_finding(
                ctx, plan, "review_currency.not_amended_after_review", where, "medium",
                f"The plan was reviewed on {last_review:%d %B %Y} but there is no evidence it was amended or "
                f"confirmed after the review.",
                "Record the decision after the review (maintain, amend or cease) and issue the amended plan."))
    elif months <= worst_gap:
        grade = 2
        findings.append(_finding(
            ctx, plan, "review_currency.review_overdue", where, "high",
            f"The plan was {what} on {anchor:%d %B %Y}, {months:.0f} months before {as_of:%d %B %Y}: the "
            f"{interval}-monthly review is overdue.",
            "Hold the annual review now and amend the plan after it."))
    else:
        grade = 1
        findings.append(_finding(
            ctx, plan, "review_currency.not_reviewed", where, "high",
            f"The plan was {what} on {anchor:%d %B %Y}, {months:.0f} months before {as_of:%d %B %Y}: no review "
            f"for over {worst_gap} months.",
            "Hold an annual review urgently and rewrite the plan from current advice."))
    if next_review is not None and next_review < as_of and (last_review is None or last_review < next_review):
        findings.append(_finding(
            ctx, plan, "review_currency.next_review_passed", locate_date(plan, next_review, NEXT_LABEL), "medium",
            f"The next review was due on {next_review:%d %B %Y} and no later review is recorded.",
            "Hold the review and record its date."))

    # Stale content: deadlines passed, phases left behind, old advice.
    e = plan.section("E")
    passed: list[DatedText] = []
    dated = 0
    outcomes = [o for o in plan.outcomes if o.section == "E"]
    for outcome in outcomes:
        # The outcome's own timeframe and its "by when" both count: a step's date in the "by
        # when" cell ("chooses a club in September 2026") does not end an outcome "by July 2027".
        timeframe = deadlines(outcome.by_when or "") + timeframe_deadlines(outcome.text)
        if not timeframe:
            continue
        dated += 1
        if max(d for _, _, d in timeframe) < as_of and e is not None:
            passed.append(deadline_place(e, outcome.text, outcome.start, outcome.end, outcome.by_when))
    # The year group the child is really in: from the date of birth where known, since a
    # stated year group is itself one of the things that goes stale.
    yg_now = year_group_for(dob, as_of) if dob is not None else yg
    # When the plan's content was last written: issued, amended, or drafted (a draft plan).
    written = max((d for d in (issued, last_amended, anchor if kind == "draft" else None) if d is not None),
                  default=None)
    yg_written = year_group_for(dob, written) if dob is not None and written is not None else None
    phases = stale_phases(plan, yg_now, yg_written, params.stale_years_behind)
    stated = facts.year_group if facts.year_group_source == "stated" else None
    if stated is not None and dob is not None and written is not None:
        behind_when_written = stated < year_group_for(dob, written)
        if behind_when_written or (yg_now is not None and yg_now - stated >= 2):
            place = locate_year_group(plan, stated) or DatedText(None, 0, 0, "")
            phases.insert(0, (place, f"Year {stated} as the child's year group, but the child is in Year {yg_now}"))
    content_cap = 4
    if passed:
        share = len(passed) / len(outcomes) if outcomes else 1.0
        content_cap = 2 if (len(passed) >= 2 or share >= params.stale_outcome_share) else 3
        findings.append(_finding(
            ctx, plan, "review_currency.outcome_deadline_passed", passed[0], "high" if content_cap == 2 else "medium",
            f"{len(passed)} of {len(outcomes)} outcomes have a timeframe that passed before {as_of:%d %B %Y}.",
            "Review the outcomes: record what was achieved and set new ones with future timeframes."))
    if phases:
        content_cap = min(content_cap, 2)
        place, why = phases[0]
        findings.append(_finding(
            ctx, plan, "review_currency.stale_phase", place, "high",
            f"The plan refers to {why}: the content has not been updated.",
            "Rewrite outcomes, provision and placement for the child's current year group and phase."))
    advice_dates = sorted({*facts.advice_dates, *(a.date for a in plan.advice if a.date is not None)})
    k = plan.section("K")
    if not advice_dates and k is not None:
        advice_dates = sorted({d for _, _, d in find_dates(k.text)})
    if advice_dates and written is not None:
        newest = advice_dates[-1]
        gap = months_between(newest, written)
        counts["newest_advice_months_before_plan"] = round(gap, 1)
        if gap > params.advice_stale_months:
            content_cap = min(content_cap, params.advice_stale_cap)
            findings.append(_finding(
                ctx, plan, "review_currency.stale_advice", locate_date(plan, newest), "medium",
                f"The newest advice listed in K is dated {newest:%d %B %Y}, {gap:.0f} months before the plan was "
                f"last written ({written:%d %B %Y}).",
                "Gather up-to-date advice at review and list it in section K.", letter="K"))
    grade = min(grade, content_cap)
    counts |= {"outcomes_dated": dated, "outcomes_deadline_passed": len(passed), "stale_phase_mentions": len(phases)}

    if grade < 4 and not any(f.quote for f in findings):
        # The date as it stood may be in the facts only (a JSON export): say so on a plan-wide finding.
        findings.append(_finding(
            ctx, plan, "review_currency.dates", opening(plan), "low",
            f"The plan was {what} on {anchor:%d %B %Y}; the date is not written in the plan's text.",
            "Print the issue, review and amendment dates on the plan."))
    summary = (f"{what.capitalize()} {anchor:%d %B %Y}, {months:.0f} months before {as_of:%d %B %Y} "
               f"(review every {interval} months)"
               f"{'; amended ' + format(last_amended, '%d %B %Y') if last_amended else ''}"
               f"{'; ' + str(len(passed)) + ' outcome deadline(s) passed' if passed else ''}"
               f"{'; stale year group or phase' if phases else ''}.")
    return Verdict(grade=grade, summary=summary, counts=counts, findings=tuple(findings))
