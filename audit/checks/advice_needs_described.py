"""Health advice, needs_described: are health needs described, with their impact, in plain words?

CRITERIA.md ("Health advice"): health needs and diagnoses in plain language, with their impact
on learning, communication, daily living and participation — not a bare diagnosis list. "No
concerns" and "see attached" signal thin advice.
"""

from __future__ import annotations

import re

from audit.checks import CheckContext, Params, Verdict, register
from audit.checks._advice import absence, parts, quote, words
from audit.model import Finding, Plan, Section

# What a condition does to the child's day: learning, communication, daily living, participation.
IMPACT = re.compile(
    r"\b(?:this\s+means|which\s+means|means\s+(?:that\s+)?|so\s+(?:he|she|they|that)\b|affects?|affecting|impact|makes?\s+(?:it\s+)?(?:\w+\s+)?(?:hard|harder|difficult|tiring)|"
    r"finds?\s+it\s+(?:hard|difficult)|struggles?|cannot|can't|unable|needs?\s+(?:help|more\s+time|support|adapted)|miss(?:es|ed|ing)?|"
    r"tired|tires|fatigue|at\s+school|in\s+class|in\s+lessons?|at\s+home|learning|lessons?|friends?|concentrat\w*|"
    r"dressing|eating|sleep\w*|walking|getting\s+around|join\s+in|take\s+part|embarrass\w*|worr(?:y|ies|ied))\b", re.I)


class NeedsParams(Params):
    health_lexicon: str = "health"
    boilerplate_lexicon: str = "advice_boilerplate"
    # Shares of described needs that carry their impact, for Outstanding and Good.
    outstanding_share: float = 0.75
    good_share: float = 0.5
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
            findings.append(quote(ctx.criterion, "advice.no_impact", section, start, end, "medium",
                                  "This need is described without its impact on the child's learning or daily life.",
                                  "Add what it means for the child at school, at home and with friends."))
    share = with_impact / described if described else 0.0
    counts: dict[str, int | float | str | None] = {"units": described, "with_impact": with_impact, "words": total,
                                                    "conditions": conditions, "impact_share": round(share, 2)}
    if with_impact == 0:
        grade, why = (1, "a bare list of diagnoses") if total < params.min_words_good else (2, "needs are listed without their impact")
    elif share >= params.outstanding_share and total >= params.min_words_outstanding:
        grade, why = 4, "each need is described with its impact on the child's life"
    elif share >= params.good_share and total >= params.min_words_good:
        grade, why = 3, "most needs are described with their impact"
    else:
        grade, why = 2, "mostly a list of needs with little about their impact"
    if total < params.min_words_good and grade > 2:
        grade, why = 2, "the description of needs is too brief to show their impact"
    summary = f"{why[0].upper()}{why[1:]} ({with_impact} of {described} described with impact, {total} words)."
    return Verdict(grade=grade, summary=summary, counts=counts, findings=tuple(findings))
