"""Health advice, provision_specific: is every recommended provision specified and quantified?

CRITERIA.md ("Health advice"): every recommended provision says what, who delivers it (and their
qualification), how often, for how long and where; never "as required", "regular", "access to",
"see attached report" alone. Each recommendation is read as a plan's provision line is
(audit/checks/provision_specific.py), with health roles ("the orthotist", "the audiology
service") and clinical frequencies ("every 6 months") added. Every line without a frequency or a
provider gets a finding quoting it: a DCO relies on that.
"""

from __future__ import annotations

from audit.checks import CheckContext, Verdict, register
from audit.checks._advice import absence, parts
from audit.checks.provision_specific import (
    _NONE_LINE, ProvisionParams, ProvisionReading, provision_findings, read_item,
)
from audit.lexicon import Lexicon
from audit.model import Finding, Plan, ProvisionItem


class AdviceProvisionParams(ProvisionParams):
    # The advice's own thresholds, fixed here so that tuning the plan check does not move them.
    outstanding_share: float = 0.85
    good_share: float = 0.6
    good_max_vague_share: float = 0.35
    improvement_share: float = 0.25
    health_roles_lexicon: str = "health_roles"
    health_quantities_lexicon: str = "health_quantities"
    boilerplate_lexicon: str = "advice_boilerplate"


def read_recommendation(item: ProvisionItem, lex: dict[str, Lexicon]) -> tuple[ProvisionReading, list]:
    """A recommendation read as a plan's provision line, plus health providers and clinical frequencies;
    and the boilerplate ("universal services", "see attached") it leans on."""
    reading = read_item(item, lex["vague"], lex["quantities"], lex["roles"])
    people = lex["health_roles"].categories(item.text)
    amounts = lex["health_quantities"].categories(item.text)
    reading.who = reading.who or "role" in people
    reading.qualification = reading.qualification or "qualification" in people
    reading.frequency = reading.frequency or "frequency" in amounts
    if reading.frequency and item.frequency and not lex["quantities"].categories(item.text) & {"frequency"} \
            and "frequency" not in amounts and any(m.entry.category == "hedge" for m in lex["vague"].find(item.frequency)):
        reading.frequency = False  # "How often: as required" is no frequency
    reading.duration = reading.duration or "duration" in amounts
    thin = [m for m in lex["boilerplate"].find(item.text) if m.entry.category in ("universal", "no_content")]
    return reading, thin


@register("advice_provision_specific", AdviceProvisionParams)
def advice_provision_specific(plan: Plan, params: AdviceProvisionParams, ctx: CheckContext) -> Verdict:
    """Grade the recommendations on saying what, who, how often and how long, without vague words."""
    lex = {"vague": ctx.lexicon(params.vague_lexicon), "quantities": ctx.lexicon(params.quantities_lexicon),
           "roles": ctx.lexicon(params.roles_lexicon), "health_roles": ctx.lexicon(params.health_roles_lexicon),
           "health_quantities": ctx.lexicon(params.health_quantities_lexicon),
           "boilerplate": ctx.lexicon(params.boilerplate_lexicon)}
    sections = {s.letter: s for s in parts(plan, "recommendations")}
    items = [it for it in plan.provision if not _NONE_LINE.match(it.text)]
    zero = {"items": 0, "quantified": 0, "with_who": 0, "vague": 0, "specified": 0}
    if not items:
        reason = "The advice makes no recommendations" if not sections else "The recommendations part recommends no provision"
        finding = absence(ctx.criterion, "provision.missing", "recommendations", "high", f"{reason}.",
                          "Recommend the provision the child needs: what, who delivers it, how often, how long, where.")
        return Verdict(grade=1, summary=f"{reason}.", counts=zero, findings=(finding,))

    findings: list[Finding] = []
    readings: list[ProvisionReading] = []
    boilerplate_only = 0
    for item in items:
        reading, thin = read_recommendation(item, lex)
        readings.append(reading)
        section = sections.get(item.section) or plan.section(item.section)
        findings.extend(provision_findings(reading, section, ctx.criterion, params))
        if thin and not reading.specified:
            boilerplate_only += 1
            m = thin[0]
            base = item.start if section is not None and section.text[item.start:item.end] == item.text else None
            findings.append(Finding(
                criterion=ctx.criterion, rule="provision.universal_services", section=item.section,
                quote=m.text if base is None else section.text[base + m.start:base + m.end],  # type: ignore[union-attr]
                start=None if base is None else base + m.start, end=None if base is None else base + m.end,
                severity="high", message=f"'{m.text}' stands in place of provision for this child.",
                fix="Say what the child needs beyond universal services: what, who, how often, how long.",
                lexicon=params.boilerplate_lexicon, entry=m.entry.key))

    n = len(readings)
    quantified = sum(r.quantified for r in readings)
    with_who = sum(r.who for r in readings)
    vague_n = sum(r.is_vague or not r.quantified for r in readings if not r.specified)
    specified = sum(r.specified for r in readings)
    counts: dict[str, int | float | str | None] = {
        "items": n, "quantified": quantified, "with_who": with_who, "vague": vague_n, "specified": specified,
        "with_ratio": sum(r.ratio for r in readings), "with_qualification": sum(r.qualification for r in readings),
        "boilerplate": boilerplate_only,
    }
    if specified >= params.outstanding_share * n and vague_n <= (1 - params.outstanding_share) * n:
        grade, why = 4, "nearly every recommendation states what, who and how much"
    elif specified >= params.good_share * n and vague_n <= params.good_max_vague_share * n:
        grade, why = 3, "most recommendations are quantified; a few are vague"
    elif boilerplate_only == n or (quantified < params.improvement_share * n and specified == 0):
        grade, why = 1, "the recommendations are entirely vague"
    else:
        grade, why = 2, "many recommendations are vague or unquantified"
    summary = (f"{why[0].upper()}{why[1:]} ({specified} of {n} fully specified, {quantified} quantified, "
               f"{with_who} say who delivers).")
    return Verdict(grade=grade, summary=summary, counts=counts, findings=tuple(findings))
