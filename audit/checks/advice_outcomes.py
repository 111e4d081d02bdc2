"""Health advice, outcomes: does the advice say what its health input will achieve for the child?

CRITERIA.md ("Health advice"): outcomes the health input will achieve — personal, specific,
time-bound. Each outcome is read exactly as a plan's outcome is (audit/checks/outcomes_specific.py:
generic phrases, service-perspective outcomes, a measure, a timeframe, the child named).
"""

from __future__ import annotations

import re

from audit.checks import CheckContext, Verdict, register
from audit.checks._advice import absence, parts
from audit.checks.outcomes_specific import (
    OutcomesParams, assessment, content_stems, outcome_findings, read_outcome, split_lexicon,
)
from audit.model import Finding, Outcome, Plan


# Health outcomes are often timed by age ("by his 18th birthday", "by age 17").
AGE_TIMEFRAME = re.compile(r"\b(?:by|before)\s+(?:(?:his|her|their)\s+\d{1,2}(?:st|nd|rd|th)\s+birthday|(?:the\s+)?age\s+(?:of\s+)?\d{1,2})\b", re.I)


class AdviceOutcomesParams(OutcomesParams):
    # Advice needs fewer outcomes than a plan: one service's contribution. The shares are fixed here
    # so that tuning the plan check does not move the advice's grades.
    min_outcomes: int = 1
    outstanding_share: float = 0.8
    good_share: float = 0.6
    improvement_share: float = 0.3
    inadequate_generic_share: float = 0.7
    boilerplate_lexicon: str = "advice_boilerplate"
    # How often a health routine is done is its measure ("each morning", "on every occasion").
    frequency_lexicon: str = "health_quantities"


EVERY_OCCASION = re.compile(r"\b(?:on\s+)?(?:every|each)\s+(?:occasion|time|day|morning|lesson|PE\s+lesson)\b|\bof\s+\d+\s+(?:children|pupils|people)\b", re.I)


def advice_outcome_units(plan: Plan) -> list[Outcome]:
    """The outcomes ingest split from the outcomes part; else each line of it."""
    if plan.outcomes:
        return list(plan.outcomes)
    units: list[Outcome] = []
    for section in parts(plan, "outcomes"):
        offset = 0
        for line in section.text.split("\n"):
            body = line.strip(" -*\u2022\t")
            if body:
                start = offset + line.find(body)
                units.append(Outcome(index=len(units) + 1, text=body, section=section.letter, start=start, end=start + len(body)))
            offset += len(line) + 1
    return units


@register("advice_outcomes", AdviceOutcomesParams)
def advice_outcomes(plan: Plan, params: AdviceOutcomesParams, ctx: CheckContext) -> Verdict:
    """Grade the advice's outcomes on being personal, specific, measurable and time-bound."""
    sections = parts(plan, "outcomes")
    boilerplate = ctx.lexicon(params.boilerplate_lexicon)
    outcomes = [o for o in advice_outcome_units(plan) if not any(m.entry.category == "no_content" for m in boilerplate.find(o.text))]
    if not outcomes:
        reason = "The advice sets no outcomes" if not sections else "The outcomes part holds no outcomes"
        finding = absence(ctx.criterion, "outcomes.missing", "outcomes", "high", f"{reason} for its health input.",
                          "Write 2 to 5 outcomes the health input will achieve for the child: what they will do, how well, by when.")
        return Verdict(grade=1, summary=f"{reason}.", counts={"outcomes": 0, "smart": 0, "with_timeframe": 0},
                       findings=(finding,))
    lex = {
        "generic": ctx.lexicon(params.generic_lexicon), "measures": ctx.lexicon(params.measures_lexicon),
        "timeframes": ctx.lexicon(params.timeframes_lexicon), "verbs": ctx.lexicon(params.verbs_lexicon),
        "routines": ctx.lexicon(params.routines_lexicon), "references": ctx.lexicon(params.references_lexicon),
        "domains": split_lexicon(ctx.lexicon(params.domains_lexicon), cues=False),
    }
    needs_text = "\n".join(s.text for s in parts(plan, "needs", "assessment"))
    need_domains = lex["domains"].categories(needs_text)
    readings = [read_outcome(o, plan, lex, content_stems(needs_text), need_domains, ctx.boilerplate) for o in outcomes]
    frequency = ctx.lexicon(params.frequency_lexicon)
    for reading in readings:
        text = reading.outcome.text
        reading.timeframe = reading.timeframe or bool(AGE_TIMEFRAME.search(text))
        reading.measure = reading.measure or "frequency" in frequency.categories(text) or bool(EVERY_OCCASION.search(text))
    by_name = {s.letter: s for s in sections}
    findings: list[Finding] = []
    for reading in readings:
        findings.extend(outcome_findings(reading, by_name.get(reading.outcome.section) or (sections[0] if sections else None),
                                         ctx.criterion, params))
    n = len(readings)
    smart_personal = sum(r.smart and r.personal for r in readings)
    specific_timed = sum(r.specific and r.timeframe for r in readings)
    specific = sum(r.specific for r in readings)
    timed = sum(r.timeframe for r in readings)
    poor = sum(r.is_generic or r.not_an_outcome for r in readings)
    if smart_personal >= params.outstanding_share * n:
        grade, why = 4, "nearly all outcomes are personal, specific, measurable and time-bound"
    elif specific_timed >= params.good_share * n:
        grade, why = 3, "most outcomes are specific and time-bound"
    elif poor >= params.inadequate_generic_share * n:
        grade, why = 1, "the outcomes are generic or describe the service rather than the child"
    elif max(specific, timed) >= params.improvement_share * n:
        grade, why = 2, "a mix: many outcomes are generic or have no timeframe"
    else:
        grade, why = 1, "the outcomes are generic and not time-bound"
    counts: dict[str, int | float | str | None] = {
        "outcomes": n, "smart": sum(r.smart for r in readings), "with_timeframe": timed,
        "with_measure": sum(r.measure for r in readings), "personal": sum(r.personal for r in readings),
        "generic": sum(r.is_generic for r in readings), "specific": specific,
    }
    summary = f"{why[0].upper()}{why[1:]} ({counts['smart']} of {n} SMART, {timed} with a timeframe)."
    return Verdict(grade=grade, summary=summary, counts=counts, findings=tuple(findings),
                   outcomes=tuple(assessment(r) for r in readings))
