"""Criterion 4, pfa: preparing for adulthood from Year 9.

Counts which of the four Preparing-for-adulthood areas (employment/higher education,
independent living, community inclusion, good health) the outcomes in E cover *specifically*
(with a measure or a timeframe), and looks for transition steps (post-16/19 destinations,
adult services, Care Act transition assessment, Mental Capacity Act, annual health checks).
Not applicable below Year 9. Source: CRITERIA.md §4; SEND Code of Practice 8.9-8.12, 9.64.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from audit.checks import CheckContext, Params, Verdict, register
from audit.dates import year_group_for
from audit.lexicon import Lexicon
from audit.model import Finding, Plan, Section
from audit.nlp import sentences

PFA_AREAS: dict[str, str] = {
    "employment": "employment or higher education",
    "independent_living": "independent living (home, travel, money, self-care)",
    "community": "community inclusion (friends, relationships, community participation)",
    "health": "good health in adult life",
}
TIMEFRAME = re.compile(
    r"\bby (?:the )?(?:end of |time )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|summer|spring|autumn|"
    r"christmas|easter|year \d+|key stage|ks\d|age \d+|\d{4}|the time|(?:his|her|their) \d+)|\bwithin (?:\d+|one|two|"
    r"three|six|twelve|a) (?:weeks?|months?|years?|terms?)\b|\b(?:19|20)\d{2}\b|\bend of (?:year|key stage|ks|term|"
    r"the (?:academic )?year|college|the course)\b|\bbefore (?:he|she|they) leaves?\b",
    re.IGNORECASE,
)
MEASURE = re.compile(
    r"\d|\bindependently\b|\bwithout (?:adult |staff )?(?:support|help|prompts?|reminders?)\b|\bwith (?:one|a single|"
    r"minimal|no|one verbal) (?:adult )?prompts?\b|\b(?:once|twice|daily|weekly|every|each)\b|\bper ?cent\b|%|\bon "
    r"(?:his|her|their) own\b|\bunaided\b",
    re.IGNORECASE,
)
WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
QUOTE_MAX = 200


class PfaParams(Params):
    pfa_lexicon: str = "pfa_areas"
    # Used, when the rubric loads it, to tell a generic outcome without a measure.
    generic_lexicon: str = "generic_outcomes"
    # Below this national-curriculum year group the criterion does not apply.
    from_year_group: int = 9
    # An outcome shorter than this is not specific whatever it says.
    min_outcome_words: int = 6
    # Areas (of four) specifically covered for each grade; transition steps are also
    # needed for the top grade.
    areas_for_4: int = 4
    areas_for_3: int = 3


@dataclass(frozen=True)
class PfaOutcome:
    """An outcome in E (or a sentence of E when no outcomes were split) and its PfA areas."""

    start: int
    end: int
    text: str
    areas: tuple[str, ...]
    specific: bool
    entries: tuple[tuple[str, str], ...] = ()  # (area, lexicon entry that placed it there)


def year_group(plan: Plan, as_of: date) -> int | None:
    """The stated year group, or the one a date of birth gives on `as_of`."""
    if plan.facts.year_group is not None:
        return plan.facts.year_group
    if plan.facts.date_of_birth is None:
        return None
    return year_group_for(plan.facts.date_of_birth, as_of)


def _quote_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start > QUOTE_MAX:
        cut = text.rfind(" ", start, start + QUOTE_MAX)
        end = cut if cut > start else start + QUOTE_MAX
    return start, end


def _finding(ctx: CheckContext, rule: str, section: Section | None, span: tuple[int, int] | None, severity: str,
             message: str, fix: str, letter: str = "E", lexicon: str | None = None,
             entry: str | None = None) -> Finding:
    if section is None or span is None:
        return Finding(criterion=ctx.criterion, rule=rule, section=letter, quote="", severity=severity,
                       message=message, fix=fix, lexicon=lexicon, entry=entry)
    start, end = _quote_span(section.text, *span)
    return Finding(criterion=ctx.criterion, rule=rule, section=section.letter, quote=section.text[start:end],
                   start=start, end=end, severity=severity, message=message, fix=fix, lexicon=lexicon, entry=entry)


def is_specific(text: str, by_when: str | None, generic: Lexicon | None, min_words: int) -> bool:
    """Specific enough to count: a measure or a timeframe, and not a generic aim with neither."""
    if len(WORD.findall(text)) < min_words:
        return False
    has_measure = bool(MEASURE.search(text))
    has_timeframe = bool(by_when and by_when.strip()) or bool(TIMEFRAME.search(text))
    if not (has_measure or has_timeframe):
        return False
    if generic is not None and not has_measure:
        return not any(m.entry.category in ("generic", "placeholder", "provision", "service")
                       for m in generic.find(text))
    return True


def read_outcomes(plan: Plan, e: Section, pfa: Lexicon, generic: Lexicon | None,
                  params: PfaParams) -> list[PfaOutcome]:
    """Each outcome in E with its PfA areas; sentences of E when ingest split no outcomes."""

    def placed(text: str) -> dict[str, str]:
        found: dict[str, str] = {}
        for m in pfa.find(text):
            if m.entry.category in PFA_AREAS:
                found.setdefault(m.entry.category, m.entry.key)
        return found

    read: list[PfaOutcome] = []
    outcomes = [o for o in plan.outcomes if o.section == "E"]
    if outcomes:
        for o in outcomes:
            # A PfA area the plan itself labels the outcome with is authoritative; a broad
            # area of need ("Cognition and learning") says nothing, so the words decide.
            areas = placed(o.area or "") or placed(" ".join([o.text, *o.steps]))
            read.append(PfaOutcome(o.start, o.end, o.text, tuple(sorted(areas)),
                                   is_specific(o.text, o.by_when, generic, params.min_outcome_words),
                                   tuple(sorted(areas.items()))))
    else:
        for s, e_, text in sentences(e.text):
            areas = placed(text)
            read.append(PfaOutcome(s, e_, text, tuple(sorted(areas)),
                                   is_specific(text, None, generic, params.min_outcome_words),
                                   tuple(sorted(areas.items()))))
    return read


def find_transition(plan: Plan, pfa: Lexicon) -> list[tuple[str, int, int, str]]:
    """Transition steps anywhere in the plan: (section, start, end, entry key)."""
    found = []
    for section in plan.sections:
        for m in pfa.find(section.text):
            if m.entry.category == "transition":
                found.append((section.letter, m.start, m.end, m.entry.key))
    return found


@register("pfa", PfaParams)
def pfa(plan: Plan, params: PfaParams, ctx: CheckContext) -> Verdict:
    """Grade the outcomes for adulthood of a Year 9+ plan; N/A for younger children."""
    yg = year_group(plan, ctx.as_of)
    if yg is not None and yg < params.from_year_group:
        return Verdict(grade=None, summary=f"Not applicable: the child is in Year {yg}, below Year "
                       f"{params.from_year_group}.", counts={"year_group": yg})
    pfa_lex = ctx.lexicon(params.pfa_lexicon)
    generic = ctx.lexicons.get(params.generic_lexicon)
    e = plan.section("E")
    counts: dict[str, int | float | str | None] = {"year_group": yg}
    if e is None or not e.text.strip():
        return Verdict(grade=1, summary="No outcomes for adulthood: section E is missing or empty.",
                       counts=counts | {"outcomes": 0, "pfa_areas_specific": 0}, findings=(_finding(
                           ctx, "pfa.no_outcomes", e, None, "high",
                           "Section E is missing or empty, so there are no outcomes for adulthood.",
                           "Set outcomes for each preparing-for-adulthood area: employment, independent living, "
                           "community inclusion and health."),))

    read = read_outcomes(plan, e, pfa_lex, generic, params)
    specific_areas = sorted({a for o in read if o.specific for a in o.areas})
    any_areas = sorted({a for o in read for a in o.areas})
    transition = find_transition(plan, pfa_lex)
    n = len(specific_areas)
    if n >= params.areas_for_4 and transition:
        grade = 4
    elif n >= params.areas_for_3:
        grade = 3
    elif n >= 1 or any_areas:
        grade = 2
    else:
        grade = 1

    findings: list[Finding] = []
    if not any_areas:
        first = read[0] if read else None
        findings.append(_finding(
            ctx, "pfa.no_adulthood_outcomes", e, (first.start, first.end) if first else None, "high",
            "None of the outcomes in E is about adult life: employment or further study, independent living, "
            "friends and community, or health.",
            "Add outcomes for adulthood in each of the four preparing-for-adulthood areas, with steps."))
    for area in PFA_AREAS:
        if area in specific_areas:
            continue
        vague = next((o for o in read if area in o.areas), None)
        if vague is not None:
            findings.append(_finding(
                ctx, f"pfa.generic_{area}_outcome", e, (vague.start, vague.end), "medium",
                f"The outcome for {PFA_AREAS[area]} has no measure or timeframe.",
                "Make it specific: what the young person will do, how well, and by when.",
                lexicon=params.pfa_lexicon, entry=dict(vague.entries).get(area)))
        elif any_areas:
            findings.append(_finding(
                ctx, f"pfa.missing_{area}", e, None, "medium" if n >= 3 else "high",
                f"No outcome covers {PFA_AREAS[area]}.",
                f"Add a specific outcome for {PFA_AREAS[area]}, linked to the young person's aspirations."))
    if only_study := (specific_areas == ["employment"]):
        findings.append(_finding(
            ctx, "pfa.only_employment", e, next(((o.start, o.end) for o in read if "employment" in o.areas), None),
            "high", "The outcomes for adulthood cover only employment and education.",
            "Add outcomes for independent living, friends and community, and health in adult life."))
    if not transition:
        findings.append(_finding(
            ctx, "pfa.no_transition_steps", e, None, "medium",
            "The plan names no transition steps: post-16 or post-19 destination, adult services, Care Act "
            "transition assessment, decision-making at 16 or annual health checks.",
            "Set out the transition steps towards the young person's next stage and adult services."))
    if grade < 4 and not any(f.quote for f in findings) and read:
        findings.append(_finding(
            ctx, "pfa.outcomes", e, (read[0].start, read[0].end), "low",
            f"Outcomes for adulthood cover {n} of 4 areas specifically.",
            "Cover every preparing-for-adulthood area with a specific outcome and transition steps."))

    counts |= {
        "outcomes": len(read),
        "pfa_areas_specific": n,
        "pfa_areas_mentioned": len(any_areas),
        "transition_steps": len(transition),
        "only_employment": int(only_study),
        **{f"area_{a}": ("specific" if a in specific_areas else "generic" if a in any_areas else "none")
           for a in PFA_AREAS},
    }
    summary = (f"{n} of 4 preparing-for-adulthood areas covered by specific outcomes"
               f"{' (' + ', '.join(specific_areas) + ')' if specific_areas else ''}; "
               f"{len(transition)} transition step(s) named.")
    return Verdict(grade=grade, summary=summary, counts=counts, findings=tuple(findings))
