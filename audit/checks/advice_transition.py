"""Health advice, transition: from Year 9, does the advice plan the move to adult health services?

CRITERIA.md ("Health advice"): from Year 9 (about age 13), transition to adult health services
and health outcomes for adult life; N/A for younger children (the rubric's applies_when).
SEND Code of Practice 8.69-8.76: annual health checks from 14 for a young person with a learning
disability, and preparation for health decisions at 16 (Mental Capacity Act).
"""

from __future__ import annotations

import re

from audit.checks import CheckContext, Params, Verdict, register
from audit.checks._advice import absence, parts, quote
from audit.model import Finding, Plan, Section

ADULT_SERVICES = re.compile(
    r"\badult\s+(?:\w+\s+){0,3}(?:services?|team|clinic|care|physiotherapy|nurse|hospital)\b|\btransfer(?:red|s)?\s+(?:of\s+care|to)\b|"
    r"\bhand\s*over\b|\btransition\s+(?:clinic|plan|planning|to\s+adult)|\bmove\s+(?:from\s+\w+(?:'s)?\s+\w+\s+)?to\s+(?:the\s+)?(?:adult|his\s+GP|her\s+GP|their\s+GP)\b", re.I)
WHEN_HOW = re.compile(
    r"\b(?:at|when\s+(?:he|she|they)\s+(?:turns?|is|are)|by|from|before|after|until)\s+(?:age\s+)?(?:1[4-9]|2[0-5])\b|\b(?:1[4-9]|2[0-5])(?:th)?\s+birthday\b|"
    r"\bmonths?\s+before\b|\bYear\s+1[0-4]\b|\brefer(?:ral|red)?\b|\bjoint\s+(?:clinic|appointment)\b|\bhandover\b", re.I)
ADULT_OUTCOMES = re.compile(
    r"\b(?:adult\s+life|as\s+an\s+adult|health\s+outcomes?|manage\s+(?:his|her|their)\s+own|self[- ]manage\w*|"
    r"own\s+(?:\w+\s+){0,2}(?:appointments?|prescriptions?|medic\w+|health|care|condition)|by\s+(?:the\s+)?age\s+(?:of\s+)?1[6-9]|"
    r"annual\s+health\s+checks?|mental\s+capacity|decisions?\s+(?:about|at\s+16)|health\s+passport|(?:medicines?|medication)\s+(?:himself|herself|themselves)|"
    r"take\s+(?:his|her|their)\s+(?:own\s+)?(?:morning\s+)?medic\w+\s+(?:himself|herself|themselves))\b", re.I)


class TransitionParams(Params):
    pass


def _spans(sections: list[Section], pattern: re.Pattern[str]) -> list[tuple[Section, int, int]]:
    return [(s, m.start(), m.end()) for s in sections for m in pattern.finditer(s.text)]


@register("advice_transition", TransitionParams)
def advice_transition(plan: Plan, params: TransitionParams, ctx: CheckContext) -> Verdict:
    """Grade the planning of the move to adult health services and health outcomes for adult life."""
    sections = parts(plan, "transition")
    # A report without a transition heading may still plan it under recommendations or outcomes.
    scope = sections or parts(plan, "recommendations", "outcomes", "needs")
    services = _spans(scope, ADULT_SERVICES)
    when_how = _spans(scope, WHEN_HOW) if services else []
    adult_outcomes = _spans(scope, ADULT_OUTCOMES)
    mentioned = bool(sections and any(s.text.strip() and s.text.strip(" .").lower() not in ("n/a", "none", "not applicable")
                                      for s in sections))
    counts: dict[str, int | float | str | None] = {"adult_services": len(services), "when_or_how": len(when_how),
                                                    "adult_outcomes": len(adult_outcomes), "transition_part": int(bool(sections))}
    findings: list[Finding] = []
    if not services:
        findings.append(absence(ctx.criterion, "transition.no_adult_services", "transition", "high",
                                "The advice does not say how the young person's care will move to adult health services.",
                                "Say which adult service will take over, at what age, and how the referral and handover will happen."))
    elif not when_how:
        section, start, end = services[0]
        findings.append(quote(ctx.criterion, "transition.no_timing", section, start, end, "medium",
                              "Adult services are mentioned without when or how the move will happen.",
                              "Give the age or date of transfer, the referral and the handover arrangements."))
    if not adult_outcomes:
        findings.append(absence(ctx.criterion, "transition.no_adult_outcomes", "transition", "medium",
                                "The advice sets no health outcomes for adult life.",
                                "Add outcomes for adult life: managing their own condition and medicines, annual health checks, "
                                "decisions about their health from 16."))
    if services and when_how and adult_outcomes:
        grade, why = 4, "the move to adult services is planned, with health outcomes for adult life"
    elif services and when_how:
        grade, why = 3, "the move to adult services is planned; health outcomes for adult life are missing"
    elif services or adult_outcomes or mentioned:
        grade, why = 2, "transition is mentioned only in general terms"
    else:
        grade, why = 1, "nothing about transition or adult health for a young person in Year 9 or above"
    return Verdict(grade=grade, summary=f"{why[0].upper()}{why[1:]}.", counts=counts, findings=tuple(findings))
