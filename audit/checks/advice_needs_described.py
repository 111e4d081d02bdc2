"""Health advice, needs_described: are health needs described, with their impact, in plain words?

CRITERIA.md ("Health advice"): health needs and diagnoses in plain language, with their impact
on learning, communication, daily living and participation — not a bare diagnosis list. "No
concerns" and "see attached" signal thin advice.
"""

from __future__ import annotations

import re

from audit.checks import CheckContext, Params, Verdict, register
from audit.checks._advice import absence, parts, preamble, quote, words
from audit.model import Finding, Plan, Section

# What a condition does to the child's day: learning, communication, daily living, participation.
IMPACT = re.compile(
    r"\b(?:this\s+means|which\s+means|means\s+(?:that\s+)?|so\s+(?:he|she|they|that)\b|affects?|affecting|impact|makes?\s+(?:it\s+)?(?:\w+\s+)?(?:hard|harder|difficult|tiring)|"
    r"finds?\s+it\s+(?:hard|difficult)|struggles?|cannot|can't|unable|needs?\s+(?:help|more\s+time|support|adapted)|miss(?:es|ed|ing)?|"
    r"tired|tires|fatigue|at\s+school|in\s+class|in\s+lessons?|at\s+home|learning|lessons?|friends?|concentrat\w*|"
    r"dressing|eating|sleep\w*|walking|getting\s+around|join\s+in|take\s+part|embarrass\w*|worr(?:y|ies|ied))\b", re.I)


# The four things a need's impact is on (CRITERIA.md): learning, communication, daily living, participation.
IMPACT_DOMAINS: dict[str, re.Pattern[str]] = {
    "learning": re.compile(r"\b(?:learn\w*|lessons?|class(?:room)?|school\s*work|concentrat\w*|attention|exams?|instructions?|"
                           r"homework|writ(?:e|ing)|read(?:ing)?|college|curriculum|tasks?)\b", re.I),
    "communication": re.compile(r"\b(?:understand\w*|talk\w*|speech|speak\w*|communicat\w*|explain\w*|words?|"
                                r"language|tell\w*|hear\w*|listen\w*|conversations?)\b", re.I),
    "daily_living": re.compile(r"\b(?:dress\w*|eat\w*|meals?|snacks?|drink\w*|sleep\w*|toilet\w*|wash\w*|self[- ]care|"
                               r"walk\w*|stairs|carry\w*|getting\s+around|mov(?:e|ing)\s+(?:around|between)|tired\w*|tires|fatigue|"
                               r"medic(?:ine|ation)s?|at\s+home|laces|buttons)\b", re.I),
    "participation": re.compile(r"\b(?:friends?\w*|play\w*|clubs?|PE|sports?|join\s+in|take\s+part|social\w*|"
                                r"in\s+front\s+of\s+others|with\s+others|activities|trips?|embarrass\w*|confiden\w*|worr\w*)\b", re.I),
}


def impact_domains(text: str) -> list[str]:
    """Which of learning, communication, daily living and participation the text describes an impact on."""
    return [name for name, pattern in IMPACT_DOMAINS.items() if pattern.search(text)]


class NeedsParams(Params):
    health_lexicon: str = "health"
    boilerplate_lexicon: str = "advice_boilerplate"
    # Areas of life (of four) whose impact is described, for Outstanding and Good.
    outstanding_domains: int = 3
    good_domains: int = 2
    # Above this share of label-like lines ("Low mood") the part is a diagnosis list.
    list_share: float = 0.5
    # A needs part shorter than these is thin however well it reads.
    min_words_good: int = 40
    min_words_outstanding: int = 80
    # A line this short is a label ("Low mood"), not a description.
    min_unit_words: int = 6


def need_units(section: Section) -> list[tuple[int, int, str]]:
    """Each line (list item, paragraph) of a needs part, with its span."""
    units: list[tuple[int, int, str]] = []
    offset = 0
    for line in section.text.split("\n"):
        body = line.strip()
        if body:
            start = offset + line.find(body)
            units.append((start, start + len(body), body))
        offset += len(line) + 1
    return units


@register("advice_needs_described", NeedsParams)
def advice_needs_described(plan: Plan, params: NeedsParams, ctx: CheckContext) -> Verdict:
    """Grade the needs part on describing each condition with its impact on the child's life."""
    health, boilerplate = ctx.lexicon(params.health_lexicon), ctx.lexicon(params.boilerplate_lexicon)
    sections = parts(plan, "needs") or parts(plan, "assessment")
    units = [(section, start, end, text) for section in sections for start, end, text in need_units(section)]
    if not units:
        # A letter: the needs are the paragraphs of its body that name a condition.
        sections = preamble(plan)
        units = [(section, start, end, text) for section in sections for start, end, text in need_units(section)
                 if words(text) >= params.min_unit_words and health.find(text)]
    total = sum(words(text) for _, _, _, text in units)
    findings: list[Finding] = []
    empty = {"units": 0, "with_impact": 0, "words": total, "conditions": 0}
    if not units:
        findings.append(absence(ctx.criterion, "advice.needs_missing", "needs", "high", "The advice describes no health needs.",
                                "Describe each health need or diagnosis and what it means for the child at school and at home."))
        return Verdict(grade=1, summary="No health needs are described.", counts=empty, findings=tuple(findings))
    thin = [(s, m) for s in sections for m in boilerplate.find(s.text) if m.entry.category == "no_content"]
    if thin and total < params.min_words_good:
        section, m = thin[0]
        findings.append(quote(ctx.criterion, "advice.needs_boilerplate", section, m.start, m.end, "high",
                              f"'{m.text}' stands in place of a description of the child's health needs.",
                              "Describe the child's health needs and their impact, or say clearly that there are none and why.",
                              params.boilerplate_lexicon, m.entry.key))
        return Verdict(grade=1, summary="The needs part is a pro-forma answer, not a description.", counts=empty, findings=tuple(findings))

    described = 0
    with_impact = 0
    conditions = 0
    for section, start, end, text in units:
        has_condition = bool(health.find(text))
        conditions += has_condition
        if words(text) < params.min_unit_words and not IMPACT.search(text):
            if has_condition or len(units) > 1:
                described += 1
                findings.append(quote(ctx.criterion, "advice.bare_diagnosis", section, start, end, "medium",
                                      f"'{text}' names a need without saying what it means for the child.",
                                      "Say what the condition means for the child's learning, communication, daily living and friendships."))
            continue
        described += 1
        if IMPACT.search(text):
            with_impact += 1
        else:
            findings.append(quote(ctx.criterion, "advice.no_impact", section, start, end, "low",
                                  "This need is described without its impact on the child's learning or daily life.",
                                  "Add what it means for the child at school, at home and with friends."))
    described_text = "\n".join(text for _, _, _, text in units if words(text) >= params.min_unit_words)
    domains = impact_domains(described_text) if with_impact else []
    labels = sum(words(text) < params.min_unit_words for _, _, _, text in units)
    list_like = labels > params.list_share * len(units)
    counts: dict[str, int | float | str | None] = {"units": described, "with_impact": with_impact, "words": total,
                                                    "conditions": conditions, "impact_domains": ", ".join(domains) or None,
                                                    "label_lines": labels}
    if with_impact == 0:
        grade, why = (1, "a bare list of diagnoses") if total < params.min_words_good or list_like else (2, "needs are listed without their impact")
    elif list_like:
        grade, why = 2, "mostly a list of diagnoses with little about their impact"
    elif len(domains) >= params.outstanding_domains and total >= params.min_words_outstanding:
        grade, why = 4, "needs are described with their impact on the child's learning, communication, daily life and participation"
    elif len(domains) >= params.good_domains and total >= params.min_words_good:
        grade, why = 3, "needs are described with their impact on some areas of the child's life"
    else:
        grade, why = 2, "little is said about the impact of the needs on the child's life"
    summary = f"{why[0].upper()}{why[1:]} (impact on {len(domains)} of 4 areas of life, {total} words)."
    return Verdict(grade=grade, summary=summary, counts=counts, findings=tuple(findings))
