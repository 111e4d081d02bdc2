"""Criterion 4, pfa: preparing for adulthood from Year 9.

Counts which of the four Preparing-for-adulthood areas (employment/higher education,
independent living, community inclusion, good health) the outcomes in E cover *specifically*
(a measure or a timeframe from the rubric's `measures` and `timeframes` lexicons), and looks
for transition steps (post-16/19 destinations, adult services, Care Act transition assessment,
Mental Capacity Act, annual health checks). Lists of the PfA framework, pointers to other
outcomes and generic aims are not outcomes for adulthood; an area put off to a later review
keeps the plan below Outstanding. Not applicable below Year 9. Source: CRITERIA.md §4; SEND
Code of Practice 8.9-8.12, 9.64.
"""

from __future__ import annotations

from functools import partial

import re
from dataclasses import dataclass
from datetime import date

from audit.checks import CheckContext, Params, Verdict, register
from audit.checks._evidence import finding
from audit.dates import find_dates, year_group_for
from audit.lexicon import Lexicon
from audit.model import Finding, Plan, Section
from audit.nlp import sentences

PFA_AREAS: dict[str, str] = {
    "employment": "employment or higher education",
    "independent_living": "independent living (home, travel, money, self-care)",
    "community": "community inclusion (friends, relationships, community participation)",
    "health": "good health in adult life",
}
WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")

# Absences this check reports are about section E.
_finding = partial(finding, letter="E")


class PfaParams(Params):
    pfa_lexicon: str = "pfa_areas"
    # Used, when the rubric loads it, to tell a generic outcome without a measure.
    generic_lexicon: str = "generic_outcomes"
    # What makes an outcome specific: the same measure and timeframe lists outcomes_specific uses.
    measures_lexicon: str = "measures"
    timeframes_lexicon: str = "timeframes"
    # Below this national-curriculum year group the criterion does not apply.
    from_year_group: int = 9
    # An outcome shorter than this is not specific whatever it says.
    min_outcome_words: int = 6
    # Areas (of four) specifically covered for each grade; transition steps are also
    # needed for the top grade.
    areas_for_4: int = 4
    areas_for_3: int = 3
    # A sentence naming this many areas with no measure or timeframe lists the PfA framework
    # ("the four PfA domains: employment, independent living, ..."); it is not an outcome.
    framework_list_areas: int = 3
    # The grade a plan can reach at most when E puts off part of preparing for adulthood
    # to a later review ("independent living will be discussed at her Year 10 review").
    deferred_cap: int = 3


@dataclass(frozen=True)
class PfaOutcome:
    """An outcome in E (or a sentence of E when no outcomes were split) and its PfA areas."""

    start: int
    end: int
    text: str
    areas: tuple[str, ...]
    specific: bool
    entries: tuple[tuple[str, str], ...] = ()  # (area, lexicon entry that placed it there)
    generic: bool = False  # a generic aim ("develop his independence skills") without a measure


@dataclass(frozen=True)
class Deferral:
    """A sentence of E that puts preparing for adulthood off to a later review."""

    start: int
    end: int
    areas: tuple[str, ...]
    entry: str


@dataclass(frozen=True)
class Specificity:
    """The lexicons that say whether an outcome is specific."""

    measures: Lexicon
    timeframes: Lexicon
    generic: Lexicon | None
    min_words: int


def year_group(plan: Plan, as_of: date) -> int | None:
    """The stated year group, or the one a date of birth gives on `as_of`."""
    if plan.facts.year_group is not None:
        return plan.facts.year_group
    if plan.facts.date_of_birth is None:
        return None
    return year_group_for(plan.facts.date_of_birth, as_of)






YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def timed(text: str | None, spec: Specificity, cell: bool = False) -> bool:
    """A timeframe in these words; a "by when" cell (`cell`) may also be a bare date or year."""
    if not text or not text.strip():
        return False
    if spec.timeframes.matches(text):
        return True
    return cell and bool(find_dates(text) or YEAR.search(text))


def is_specific(text: str, by_when: str | None, steps: tuple[str, ...], spec: Specificity) -> tuple[bool, bool]:
    """(specific, generic): specific is a measure, or a timeframe in the outcome, its "by when"
    or its steps; a generic aim ("develop his independence skills") needs a measure of its own."""
    if len(WORD.findall(text)) < spec.min_words:
        return False, False
    has_measure = spec.measures.matches(text)
    generic = spec.generic is not None and not has_measure and any(
        m.entry.category in ("generic", "placeholder", "provision", "service") for m in spec.generic.find(text))
    if generic:
        return False, True
    has_timeframe = timed(text, spec) or timed(by_when, spec, cell=True) or any(timed(s, spec) for s in steps)
    return has_measure or has_timeframe, False


def placed(text: str, pfa: Lexicon) -> dict[str, str]:
    """The PfA areas these words name: area -> the lexicon entry that placed it."""
    found: dict[str, str] = {}
    for m in pfa.find(text):
        if m.entry.category in PFA_AREAS:
            found.setdefault(m.entry.category, m.entry.key)
    return found


def label_areas(label: str | None, pfa: Lexicon) -> dict[str, str]:
    """The PfA areas a plan's own area label names. A broad area of need ("Social, emotional
    and mental health", "SEMH") is not a PfA area, so it is set aside before the label is read."""
    if not label:
        return {}
    text = label
    for m in reversed(pfa.find(label)):
        if m.entry.category == "need_area":
            text = text[: m.start] + " " + text[m.end:]
    return placed(text, pfa)


def read_outcomes(plan: Plan, e: Section, pfa: Lexicon, spec: Specificity,
                  params: PfaParams) -> tuple[list[PfaOutcome], list[Deferral]]:
    """Each outcome in E with its PfA areas, and the sentences that defer PfA to a later review.

    An outcome is read sentence by sentence: a sentence deferring an area, pointing at other
    outcomes by number ("Good health: outcome 3") or listing the PfA framework is not itself an
    outcome for adulthood, so it places no area. An outcome holding several lines (ingest did not
    split a table or list) is read one line at a time, without a "by when" or steps that may
    belong to any of its lines.
    """
    read: list[PfaOutcome] = []
    deferrals: list[Deferral] = []

    def kept(text: str, base: int) -> list[tuple[int, int, str]]:
        out = []
        for s, e_, sent in sentences(text):
            cats = {m.entry.category: m for m in pfa.find(sent)}
            areas = placed(sent, pfa)
            # Putting off preparing for adulthood ("independent living will be discussed at her
            # Year 10 review"), not a step's routine check ("progress will be discussed at review").
            if "deferred" in cats and (areas or "transition" in cats):
                deferrals.append(Deferral(base + s, base + e_, tuple(sorted(areas)), cats["deferred"].entry.key))
                continue
            if "cross_reference" in cats:
                continue
            if (len(areas) >= params.framework_list_areas and not spec.measures.matches(sent)
                    and not timed(sent, spec)):
                continue
            out.append((base + s, base + e_, sent))
        return out

    def add(start: int, end: int, text: str, label: str | None, by_when: str | None, steps: tuple[str, ...]) -> None:
        sents = kept(text, start)
        if not sents:
            return
        words = " ".join(s for _, _, s in sents)
        step_words = " ".join(s for step in steps for _, _, s in kept(step, max(e.text.find(step), 0)))
        areas = label_areas(label, pfa) or placed(" ".join([words, step_words]), pfa)
        specific, generic = is_specific(words, by_when, steps, spec)
        read.append(PfaOutcome(sents[0][0], sents[-1][1], words, tuple(sorted(areas)), specific,
                               tuple(sorted(areas.items())), generic))

    outcomes = [o for o in plan.outcomes if o.section == "E"]
    if outcomes:
        for o in outcomes:
            # Spans index E's text where the outcome stands there verbatim.
            base = o.start if e.text[o.start:o.end] == o.text else 0
            if "\n" in o.text.strip():
                offset = 0
                for line in o.text.split("\n"):
                    if line.strip():
                        add(base + offset, base + offset + len(line), line, None, None, ())
                    offset += len(line) + 1
            else:
                add(base, base + len(o.text), o.text, o.area, o.by_when, o.steps)
    else:
        for s, e_, text in sentences(e.text):
            add(s, e_, text, None, None, ())
    return read, deferrals


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
    spec = Specificity(measures=ctx.lexicon(params.measures_lexicon), timeframes=ctx.lexicon(params.timeframes_lexicon),
                       generic=ctx.lexicons.get(params.generic_lexicon), min_words=params.min_outcome_words)
    e = plan.section("E")
    counts: dict[str, int | float | str | None] = {"year_group": yg}
    if e is None or not e.text.strip():
        return Verdict(grade=1, summary="No outcomes for adulthood: section E is missing or empty.",
                       counts=counts | {"outcomes": 0, "pfa_areas_specific": 0}, findings=(_finding(
                           ctx, "pfa.no_outcomes", e, None, "high",
                           "Section E is missing or empty, so there are no outcomes for adulthood.",
                           "Set outcomes for each preparing-for-adulthood area: employment, independent living, "
                           "community inclusion and health."),))

    read, deferrals = read_outcomes(plan, e, pfa_lex, spec, params)
    specific_areas = sorted({a for o in read if o.specific for a in o.areas})
    any_areas = sorted({a for o in read for a in o.areas})
    # A generic aim is not an outcome for adulthood ("Liam will be supported to manage his
    # anxiety"): only a specific outcome, or one with a particular aim, shows adult life is planned.
    adulthood = sorted({a for o in read if not o.generic for a in o.areas})
    transition = find_transition(plan, pfa_lex)
    n = len(specific_areas)
    if n >= params.areas_for_4 and transition:
        grade = 4
    elif n >= params.areas_for_3:
        grade = 3
    elif n >= 1 or adulthood:
        grade = 2
    else:
        grade = 1
    if deferrals and grade > params.deferred_cap:
        grade = params.deferred_cap

    findings: list[Finding] = []
    if not adulthood and not specific_areas:
        first = read[0] if read else None
        findings.append(_finding(
            ctx, "pfa.no_adulthood_outcomes", e, (first.start, first.end) if first else None, "high",
            "None of the outcomes in E is about adult life: employment or further study, independent living, "
            "friends and community, or health.",
            "Add outcomes for adulthood in each of the four preparing-for-adulthood areas, with steps."))
    for deferral in deferrals:
        named = ", ".join(PFA_AREAS[a] for a in deferral.areas) or "preparing for adulthood"
        findings.append(_finding(
            ctx, "pfa.deferred", e, (deferral.start, deferral.end), "medium",
            f"Outcomes for {named} are put off to a later review instead of being set now.",
            "From Year 9 set outcomes for every preparing-for-adulthood area now, with steps; review them later.",
            lexicon=params.pfa_lexicon, entry=deferral.entry))
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
        "deferred_sentences": len(deferrals),
        **{f"area_{a}": ("specific" if a in specific_areas else "generic" if a in any_areas else "none")
           for a in PFA_AREAS},
    }
    summary = (f"{n} of 4 preparing-for-adulthood areas covered by specific outcomes"
               f"{' (' + ', '.join(specific_areas) + ')' if specific_areas else ''}; "
               f"{len(transition)} transition step(s) named"
               f"{'; part of preparing for adulthood put off to a later review' if deferrals else ''}.")
    return Verdict(grade=grade, summary=summary, counts=counts, findings=tuple(findings))
