"""Health advice, author_context: can the advice be traced to a professional, a date and a contact?

CRITERIA.md ("Health advice"): the advice names its author, their professional role and
registration, the service, the date of the advice, how and when the child was seen (clinic,
school observation, home) and the sources used. Advice is due from a regulated professional
(HCPC, GMC, NMC) and should be dated within the last 12 months.
"""

from __future__ import annotations

import re
from datetime import date

from audit.checks import CheckContext, Params, Verdict, register
from audit.checks._advice import SEEN, absence, first_sentence, part_text, parts, quote
from audit.dates import find_dates
from audit.model import Finding, Plan

# A registration with its number: "HCPC SL31842", "GMC 7012345", "NMC PIN 12A3456E".
REGISTERED_NUMBER = re.compile(r"\b(?:HCPC|GMC|NMC)\b[^\n\d]{0,30}?(?:[A-Z]{1,3}\s?\d{5,8}\b|\d{5,8}\b|\d{2}[A-Z]\d{4}[A-Z]\b)", re.I)
SERVICE = re.compile(r"\b(?:service|team|clinic|centre|center|department|trust|hospital|NHS|practice|unit)\b", re.I)
SETTING = re.compile(
    r"\b(?:in|at|during)\s+(?:the\s+|a\s+|an\s+|my\s+|our\s+|his\s+|her\s+|their\s+)?(?:\w+\s+){0,2}(?:clinic|school|nursery|college|home|"
    r"classroom|class|lessons?|playground|lunchtime|appointments?|hospital|centre|setting)\b|\bhome\s+visit\b|\b(?:school|class(?:room)?)\s+observation\b"
    r"|\bobserved\b|\b(?:by\s+)?(?:telephone|phone|video)(?:\s+(?:call|consultation|appointment))?\b", re.I)
SOURCES = re.compile(
    r"\b(?:read|reviewed|records|letters?\s+from|(?:previous|school(?:'s)?|earlier|annual\s+review)\s+(?:\w+\s+){0,3}reports?|notes|questionnaires?|"
    r"spoke\s+(?:with|to)|talked\s+(?:with|to)|information\s+from|discussion\s+with|sources?\s+of\s+information|information\s+used|consulted|"
    r"gave\s+information|(?:parents?'?|family's|carers?'?)\s+views|used\s+(?:her|his|their)\s+\w+\s+records|filled\s+in|case\s+notes)\b", re.I)
NAMED_PERSON = re.compile(r"\b(?:Dr|Mrs|Mr|Ms|Miss|Mx|Prof)\.?\s+[A-Z][a-z]+|\b[A-Z][a-z]+\s+[A-Z][a-z'\-]+,\s+[A-Z]")


class AuthorContextParams(Params):
    roles_lexicon: str = "roles"
    health_roles_lexicon: str = "health_roles"
    # Advice older than this on the audit date is out of date (CRITERIA.md: "within the last 12 months").
    max_age_months: int = 12


def months_between(earlier: date, later: date) -> int:
    return (later.year - earlier.year) * 12 + later.month - earlier.month - (later.day < earlier.day)


@register("advice_author_context", AuthorContextParams)
def advice_author_context(plan: Plan, params: AuthorContextParams, ctx: CheckContext) -> Verdict:
    """Grade whether the advice says who wrote it, their registration and service, when, and how the child was seen."""
    facts = plan.facts
    author_parts = parts(plan, "author")
    text = part_text(plan, "author")
    # Some reports put "I saw X in clinic" in the assessment: look there too, but prefer the author block.
    context = text + "\n" + part_text(plan, "assessment")
    roles = ctx.lexicon(params.roles_lexicon).categories(text) | ctx.lexicon(params.health_roles_lexicon).categories(text)
    has_author = bool(facts.author) or bool(NAMED_PERSON.search(text))
    has_role = bool(facts.author_role) or "role" in roles
    has_registration = bool(REGISTERED_NUMBER.search(plan.text))
    has_service = bool(SERVICE.search(text))
    seen_sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n", context) if SEEN.search(s)]
    seen_how = any(SETTING.search(s) for s in seen_sentences)
    seen_when = any(find_dates(s) for s in seen_sentences)
    has_sources = bool(SOURCES.search(context))
    advice_date = facts.document_date
    age = months_between(advice_date, ctx.as_of) if advice_date else None
    stale = age is not None and age > params.max_age_months

    counts: dict[str, int | float | str | None] = {
        "author": int(has_author), "role": int(has_role), "registration": int(has_registration), "service": int(has_service),
        "date_of_advice": advice_date.isoformat() if advice_date else None, "age_months": age,
        "seen_how": int(seen_how), "seen_when": int(seen_when), "sources": int(has_sources),
    }
    findings: list[Finding] = []
    part = author_parts[0] if author_parts else None
    where = part.letter if part else "author"

    def missing(rule: str, severity: str, message: str, fix: str) -> None:
        findings.append(absence(ctx.criterion, rule, where, severity, message, fix))  # type: ignore[arg-type]

    if not has_author:
        missing("advice.no_author", "high", "The advice does not name its author.", "Give your name at the start of the advice.")
    if not has_role:
        missing("advice.no_role", "high", "The advice does not give the author's professional role.",
                "Give your professional role (e.g. Specialist Speech and Language Therapist).")
    if not has_registration:
        missing("advice.no_registration", "medium", "No professional registration (HCPC, GMC or NMC number) is given.",
                "Add your registration body and number, e.g. 'HCPC SL12345'.")
    if not has_service:
        missing("advice.no_service", "low", "The advice does not name the author's service or team.", "Name your service and base.")
    if advice_date is None:
        missing("advice.no_date", "high", "The advice is not dated.", "Date the advice; it should be no older than 12 months when used.")
    elif stale and part is not None:
        span = next(((s, e) for s, e, d in find_dates(part.text) if d == advice_date), None)
        message = f"The advice is dated {advice_date:%d %B %Y}, {age} months before the audit date: more than {params.max_age_months} months old."
        fix = "Ask the service for updated advice before it is used in the plan."
        if span:
            findings.append(quote(ctx.criterion, "advice.stale", part, span[0], span[1], "high", message, fix))
        else:
            missing("advice.stale", "high", message, fix)
    if not seen_how:
        missing("advice.how_seen", "high", "The advice does not say how the child was seen (clinic, school observation, home visit).",
                "Say where and how you saw the child, and when.")
    elif not seen_when:
        span = first_sentence(part, SEEN) if part is not None else None
        message, fix = "The advice says how the child was seen but not when.", "Give the date(s) you saw the child."
        if span and part is not None:
            findings.append(quote(ctx.criterion, "advice.when_seen", part, span[0], span[1], "medium", message, fix))
        else:
            missing("advice.when_seen", "medium", message, fix)
    if not has_sources:
        missing("advice.no_sources", "low", "The advice does not say what information it drew on.",
                "List the reports, records and people you used (parents, school, other professionals).")

    details_missing = sum(not x for x in (has_registration, has_service, seen_when, has_sources))
    if (not has_author and not has_role) or (not has_author and advice_date is None):
        grade, why = 1, "the advice cannot be traced to a named professional and date"
    elif advice_date is None or not seen_how or stale or not (has_author and has_role):
        grade, why = 2, ("the advice is more than 12 months old" if stale else
                         "the date of the advice, the author's role or how the child was seen is missing")
    elif details_missing == 0:
        grade, why = 4, "author, role, registration, service, date, how and when the child was seen and the sources are all given"
    elif details_missing <= 2:
        grade, why = 3, "author, role, date and how the child was seen are given; a detail is missing"
    else:
        grade, why = 2, "several details of who, when and how are missing"
    return Verdict(grade=grade, summary=f"{why[0].upper()}{why[1:]}.", counts=counts, findings=tuple(findings))
