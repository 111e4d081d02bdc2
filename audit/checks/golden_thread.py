"""Criterion 7, golden_thread: is each need in B/C/D carried to an outcome in E and provision in F/G/H?

Matched by area of need (the plan's label, else need-domain keywords, else shared content words); also finds
provision meeting no need and aspirations in A that E never takes up (Portsmouth 2019).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from audit.checks import CheckContext, Params, Verdict, register
from audit.checks.outcomes_specific import (
    _is_heading, content_stems, locate, outcome_units, section_sentences, split_lexicon)
from audit.checks.provision_specific import _NONE_LINE, provision_units
from audit.lexicon import Lexicon
from audit.model import Finding, Plan

# The four broad areas of need (Code 6.28-6.35) and the PfA areas, as families of need domains.
DEFAULT_FAMILIES: dict[str, tuple[str, ...]] = {
    "communication and interaction": ("communication", "social"),
    "cognition and learning": ("literacy", "numeracy", "learning"),
    "social, emotional and mental health": ("emotional", "behaviour"),
    "sensory and/or physical": ("sensory", "hearing", "vision", "physical"),
    "independence and self-care": ("independence",),
    "health": ("health",),
    "employment and education": ("employment",),
    "community inclusion": ("community",),
}
# A sentence about what the child does well ("Demonstrates eye-pointing", "Responds socially to familiar
# adults") describes a strength, not a need to carry to an outcome (Code 9.61: describe what the child can do).
_STRENGTH = re.compile(r"\b(?:enjoys|likes|loves|is good at|is able to|strengths?|proud|can(?! ?not)|is independent|"
                       r"demonstrates|responds (?:well|socially|best|positively))\b", re.I)
# Vague-provision kinds that leave an unquantified line to the provider's discretion ("as required",
# "as needed", "if appropriate"): such a line promises no amount at all (CRITERIA.md §6).
_DISCRETIONARY = frozenset({"hedge"})
# Words that make a sentence an aspiration but say nothing about its content.
_ASPIRATION_WORDS = frozenset({"want", "wants", "would", "like", "future", "hope", "hopes", "dream", "grow", "older",
                               "aspiration", "aspirations", "ambition", "love", "wish", "when", "leave", "able"})


class GoldenThreadParams(Params):
    domains_lexicon: str = "need_domains"
    cues_lexicon: str = "need_domains"
    # An outcome built on a generic phrase with no measure carries no thread (CRITERIA.md §2);
    # provision that only points to a report or a funding band delivers nothing (§6).
    generic_lexicon: str = "generic_outcomes"
    measures_lexicon: str = "measures"
    vague_lexicon: str = "vague_provision"
    # Provision left to discretion ("Physiotherapy as required") with no amount delivers nothing
    # certain (CRITERIA.md §6 vague markers), so it carries no need or outcome.
    quantities_lexicon: str = "provision_quantities"
    # Share of outcomes that are generic at which the thread is broken (grade at most 2).
    max_generic_share: float = 0.5
    families: dict[str, tuple[str, ...]] = DEFAULT_FAMILIES
    # Areas not read as needs from a given section (e.g. {"B": ["health"]}), none by default: a
    # diagnosis or medication named in B is a health need the plan must carry through too.
    ignore_families: dict[str, tuple[str, ...]] = {}
    # Content words an outcome and a provision line must share to be linked when no area matches.
    min_shared_words: int = 2
    # Gaps (needs without outcome + outcomes without provision) tolerated for Good, as a share.
    good_gap_share: float = 0.2
    # Loose ends that are minor (provision meeting no stated need, aspirations not taken up)
    # tolerated for Outstanding, as a share of the aspirations and provision lines.
    minor_gap_share: float = 0.2
    # Share of needs and outcomes that must be traced for Requires improvement.
    improvement_share: float = 0.5


@dataclass(frozen=True)
class Strand:
    """One need, outcome, provision line or aspiration, where it is, and the areas it touches."""

    section: str
    start: int | None
    end: int | None
    text: str
    families: frozenset[str]
    stems: frozenset[str]
    label: str = ""
    # The need domains themselves (reading, memory, anxiety ...), finer than the families.
    domains: frozenset[str] = frozenset()
    # The sentence states a difficulty ("finds it hard", "anxious"), not background.
    stated_need: bool = False


def _families(text: str, domains: Lexicon, families: dict[str, tuple[str, ...]]) -> frozenset[str]:
    found = domains.categories(text)
    return frozenset(name for name, members in families.items() if found.intersection(members))


def _need_strands(plan: Plan, domains: Lexicon, cues: Lexicon, params: GoldenThreadParams) -> list[Strand]:
    strands: list[Strand] = []
    for letter in ("B", "C", "D"):
        section = plan.section(letter)
        if section is None:
            continue
        for start, end, text in section_sentences(section.text):
            kinds = cues.categories(text)
            if "no_need" in kinds and "need" not in kinds:
                continue
            if _is_heading(text.strip()) and "need" not in kinds:
                # An area's title ("Cognition and learning") names where needs go, not a need.
                continue
            strength_only = _STRENGTH.search(text) is not None and "need" not in kinds
            if strength_only:
                continue
            fams = _families(text, domains, params.families) - frozenset(params.ignore_families.get(letter, ()))
            if fams:
                strands.append(Strand(letter, start, end, text, fams, frozenset(content_stems(text)),
                                      domains=frozenset(domains.categories(text)), stated_need="need" in kinds))
    return strands


def _finding(ctx: CheckContext, rule: str, strand: Strand | None, severity: str, message: str, fix: str,
             lexicon: str | None = None, section: str | None = None) -> Finding:
    if strand is None or strand.start is None:
        return Finding(criterion=ctx.criterion, rule=rule, section=strand.section if strand else section, quote="",
                       severity=severity, message=message, fix=fix, lexicon=lexicon)  # type: ignore[arg-type]
    return Finding(criterion=ctx.criterion, rule=rule, section=strand.section, quote=strand.text, start=strand.start,
                   end=strand.end, severity=severity, message=message, fix=fix, lexicon=lexicon)  # type: ignore[arg-type]


@register("golden_thread", GoldenThreadParams)
def golden_thread(plan: Plan, params: GoldenThreadParams, ctx: CheckContext) -> Verdict:
    """Trace each need to an outcome and provision; find the loose ends."""
    domains = split_lexicon(ctx.lexicon(params.domains_lexicon), cues=False)
    cues = split_lexicon(ctx.lexicon(params.cues_lexicon), cues=True)
    empty = [letter for letter in ("B", "E", "F") if not (s := plan.section(letter)) or not s.text.strip()]
    if empty:
        names = ", ".join(empty)
        finding = Finding(criterion=ctx.criterion, rule="golden_thread.sections_missing", section=empty[0], quote="",
                          severity="high", message=f"Section{'s' if len(empty) > 1 else ''} {names} "
                          f"{'are' if len(empty) > 1 else 'is'} missing or empty, so needs cannot be traced to outcomes and provision.",
                          fix="Set out the needs (B), the outcomes sought for them (E) and the provision that meets them (F).")
        return Verdict(grade=1, summary=f"Cannot trace needs to outcomes and provision: {names} missing or empty.",
                       counts={"needs": 0, "needs_with_outcome": 0, "outcomes": 0, "outcomes_with_provision": 0},
                       findings=(finding,))

    needs = _need_strands(plan, domains, cues, params)
    e_section = plan.section("E")
    outcomes: list[Strand] = []
    for o in outcome_units(plan):
        region = locate(e_section, o.text, o.start, o.end) if e_section else None
        text = " ".join((o.area or "", o.text, *o.steps))
        outcomes.append(Strand("E", region[0] if region else None, region[1] if region else None,
                               e_section.text[region[0]:region[1]] if region and e_section else o.text,
                               _families(text, domains, params.families), frozenset(content_stems(text)), f"Outcome {o.index}",
                               # The area label is a family's name: the outcome's own words say what it is
                               # about, and the label only where they name no domain.
                               domains=frozenset(domains.categories(" ".join((o.text, *o.steps)))
                                                 or domains.categories(text))))
    provision: list[Strand] = []
    vague = ctx.lexicon(params.vague_lexicon)
    quantities = ctx.lexicon(params.quantities_lexicon)
    hollow: set[int] = set()  # provision lines that only refer elsewhere, name funding or are left to discretion
    for item in provision_units(plan):
        if _NONE_LINE.match(item.text):
            continue
        kinds = {m.entry.category for m in vague.find(item.text)}
        amount = " ".join(x for x in (item.text, item.frequency, item.duration) if x)
        unquantified = not (item.frequency or item.duration) and not ({"frequency", "duration"} & quantities.categories(amount))
        if kinds & {"referral", "funding"} or (kinds & _DISCRETIONARY and unquantified):
            hollow.add(len(provision))
        section = plan.section(item.section)
        region = locate(section, item.text, item.start, item.end) if section else None
        text = " ".join(x for x in (item.area, item.text, item.linked_outcome) if x)
        provision.append(Strand(section.letter if section else item.section, region[0] if region else None,
                                region[1] if region else None,
                                section.text[region[0]:region[1]] if region and section else item.text, _families(text, domains, params.families), frozenset(content_stems(text)),
                                f"Provision {item.section} item {item.index}"))

    findings: list[Finding] = []
    # 1. Needs with no outcome. An area of need is traced when an outcome is in the same area, or
    #    when one of its need sentences shares enough content words with an outcome.
    outcome_families = frozenset().union(*(o.families for o in outcomes)) if outcomes else frozenset()
    need_by_family: dict[str, Strand] = {}
    traced_families: set[str] = set(outcome_families)
    for strand in needs:
        for family in sorted(strand.families):
            need_by_family.setdefault(family, strand)
        if any(len(strand.stems & o.stems) >= params.min_shared_words for o in outcomes):
            traced_families.update(strand.families)
    untraced_needs = [f for f in sorted(need_by_family) if f not in traced_families]
    # Provision that only points to a report or names a funding band delivers nothing.
    delivering = [p for i, p in enumerate(provision) if i not in hollow]
    provision_families = frozenset().union(*(p.families for p in delivering)) if delivering else frozenset()
    # Areas with neither an outcome nor any provision: the need is dropped altogether. Provision
    # meets a need in its own words too ("drink plenty of water, keep warm" -> "water bottle
    # always available, keeping warm"), as an outcome does.
    provided_by_words = {f for strand in needs for f in strand.families
                         if any(len(strand.stems & p.stems) >= params.min_shared_words for p in delivering)}
    dropped = [f for f in untraced_needs if f not in provision_families and f not in provided_by_words]
    reported: set[Strand] = set()
    for family in untraced_needs:
        strand = need_by_family[family]
        if strand in reported:
            continue
        reported.add(strand)
        if family in dropped:
            findings.append(_finding(ctx, "golden_thread.need_dropped", strand, "high",
                                     f"A need in {family} (section {strand.section}) has no outcome in E and no provision in F, G or H.",
                                     f"Set out provision for the {family} need and an outcome it will achieve.", params.domains_lexicon))
        else:
            findings.append(_finding(ctx, "golden_thread.need_without_outcome", strand, "high",
                                     f"A need in {family} (section {strand.section}) has no outcome in section E.",
                                     f"Add an outcome for the {family} need, or explain why none is sought.", params.domains_lexicon))

    # 1b. A stated difficulty whose area has outcomes, but none about it: "working memory" under
    #     cognition and learning when every outcome there is about reading. Panels call this a gap
    #     ("every need traceable", CRITERIA.md §7), so it keeps a plan from Outstanding.
    outcome_domains = frozenset().union(*(o.domains for o in outcomes)) if outcomes else frozenset()
    overlooked: list[Strand] = []
    for strand in needs:
        if (not strand.stated_need or not strand.domains or strand in reported or strand.domains & outcome_domains
                or any(len(strand.stems & o.stems) >= params.min_shared_words for o in outcomes)):
            continue
        if any(f not in traced_families for f in strand.families):
            continue  # already reported with its area
        overlooked.append(strand)
        findings.append(_finding(ctx, "golden_thread.need_without_outcome", strand, "medium",
                                 f"This need (section {strand.section}) has no outcome in E about it, although its area has others.",
                                 "Add an outcome for this need, or say in B how an existing outcome meets it.",
                                 params.domains_lexicon))

    # 2. Outcomes with no provision delivering them.
    unprovided: list[Strand] = []
    for outcome in outcomes:
        linked = bool(outcome.families & provision_families) or any(
            len(outcome.stems & p.stems) >= params.min_shared_words for p in delivering)
        if not linked:
            unprovided.append(outcome)
            findings.append(_finding(ctx, "golden_thread.outcome_without_provision", outcome, "high",
                                     f"{outcome.label} has no provision in F, G or H that would deliver it.",
                                     "Add the provision (what, who, how often) that will achieve this outcome."))

    # 3. Provision that meets no stated need or outcome (only where its area can be told).
    need_families = frozenset(need_by_family)
    unneeded = [p for p in provision if p.families and not p.families & (need_families | outcome_families)]
    for strand in unneeded:
        findings.append(_finding(ctx, "golden_thread.provision_without_need", strand, "low",
                                 f"{strand.label} meets no need in B, C or D and no outcome in E.",
                                 "Describe the need this provision meets in B/C/D, or remove it.", params.domains_lexicon))

    # 4. Aspirations in A that E never takes up.
    a_section = plan.section("A")
    e_stems = frozenset().union(*(o.stems for o in outcomes)) if outcomes else frozenset()
    aspirations: list[Strand] = []
    if a_section is not None:
        for start, end, text in section_sentences(a_section.text):
            if "aspiration" in cues.categories(text):
                stems = frozenset(content_stems(text)) - _ASPIRATION_WORDS
                if stems:
                    aspirations.append(Strand("A", start, end, text, _families(text, domains, params.families), stems))
    missed = [a for a in aspirations if not (a.stems & e_stems) and not (a.families & outcome_families)]
    for strand in missed:
        findings.append(_finding(ctx, "golden_thread.aspiration_not_in_outcomes", strand, "medium",
                                 "An aspiration in section A is not taken up by any outcome in E.",
                                 "Write at least one outcome that is a step towards this aspiration.", params.cues_lexicon))

    # 5. Generic outcomes ("make progress", "reach his potential") carry no thread at all.
    generic, measures = ctx.lexicon(params.generic_lexicon), ctx.lexicon(params.measures_lexicon)
    weak = [o for o in outcomes if not measures.matches(o.text) and any(
        m.entry.category in ("generic", "service", "provision", "placeholder") for m in generic.find(o.text))]
    broken_by_generic = bool(outcomes) and len(weak) >= params.max_generic_share * len(outcomes)
    if broken_by_generic:
        findings.append(_finding(ctx, "golden_thread.generic_outcomes", weak[0], "high",
                                 f"{len(weak)} of {len(outcomes)} outcomes are generic, so needs cannot be followed through them, "
                                 "starting with this one.",
                                 "Write each outcome for a specific need: what the child will do, how well, by when.",
                                 params.generic_lexicon))

    major = len(untraced_needs) + len(unprovided) + len(overlooked)
    minor = len(unneeded) + len(missed)
    strands = len(need_by_family) + len(outcomes)
    # Whether the sections relate at all is judged by area and outcome, not by single sentences.
    traced_share = 1 - (len(untraced_needs) + len(unprovided)) / strands if strands else 0.0
    if not need_by_family:
        findings.append(Finding(criterion=ctx.criterion, rule="golden_thread.needs_unclear", section="B", quote="",
                                severity="medium", message="No area of need could be identified in section B.",
                                fix="Describe each need under its area (communication, learning, emotional, sensory/physical)."))
    if not need_by_family or not outcomes:
        grade, why = (2 if outcomes and provision else 1), "needs could not be traced"
    elif major == 0 and minor <= max(1, int(params.minor_gap_share * (len(aspirations) + len(provision)))):
        grade, why = 4, "every need is traced to an outcome and provision"
    elif major <= max(1, params.good_gap_share * strands) and minor <= 3 + int(params.minor_gap_share * len(provision)):
        grade, why = 3, "needs, outcomes and provision mostly line up, with minor gaps"
    elif traced_share >= params.improvement_share:
        grade, why = 2, "there are several gaps between needs, outcomes and provision"
    else:
        grade, why = 1, "needs, outcomes and provision are largely unrelated"
    if broken_by_generic and len(unprovided) >= params.max_generic_share * len(outcomes):
        grade, why = 1, "generic outcomes with no provision behind them: the sections do not connect"
    elif grade > 2 and (dropped or broken_by_generic):
        grade, why = 2, ("a need is dropped, with no outcome or provision" if dropped
                         else "most outcomes are too generic to carry the needs through")
    counts: dict[str, int | float | str | None] = {
        "needs": len(need_by_family),
        "needs_dropped": len(dropped),
        "generic_outcomes": len(weak),
        "needs_with_outcome": len(need_by_family) - len(untraced_needs),
        "needs_overlooked": len(overlooked),
        "outcomes": len(outcomes),
        "outcomes_with_provision": len(outcomes) - len(unprovided),
        "provision_items": len(provision),
        "provision_without_need": len(unneeded),
        "aspirations": len(aspirations),
        "aspirations_in_outcomes": len(aspirations) - len(missed),
    }
    summary = (f"{why[0].upper()}{why[1:]} ({counts['needs_with_outcome']} of {counts['needs']} areas of need have an outcome; "
               f"{counts['outcomes_with_provision']} of {counts['outcomes']} outcomes have provision).")
    return Verdict(grade=grade, summary=summary, counts=counts, findings=tuple(findings))
