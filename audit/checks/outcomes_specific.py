"""Criterion 2, outcomes_specific: are E's outcomes personal, observable, measured and time-bound?

Code 9.64-9.67 (an outcome is the difference made to the child, SMART, with steps); inspection letters found
them "too generic". Each outcome is also scored on the Goal Functionality Scale III items (CRITERIA.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from audit.boilerplate import fingerprint as batch_fingerprint
from audit.boilerplate import normalise as batch_normalise
from audit.checks import CheckContext, Params, Verdict, register
from audit.dates import find_dates
from audit.lexicon import Lexicon, LexiconMatch
from audit.model import Finding, Outcome, OutcomeAssessment, Plan, Section
from audit.nlp import sentences
from audit.plancache import per_plan


class OutcomesParams(Params):
    generic_lexicon: str = "generic_outcomes"
    measures_lexicon: str = "measures"
    timeframes_lexicon: str = "timeframes"
    verbs_lexicon: str = "action_verbs"
    routines_lexicon: str = "routines"
    references_lexicon: str = "child_references"
    domains_lexicon: str = "need_domains"
    # Local guidance expects roughly 3 to 10 outcomes (CRITERIA.md, "What else ...").
    min_outcomes: int = 3
    max_outcomes: int = 10
    # Share of outcomes that must be SMART and personal for Outstanding ("nearly all": five of six
    # with one generic is "most", Good).
    outstanding_share: float = 0.85
    # Outcomes that may lack only a measure, where every outcome is otherwise specific, personal and
    # time-bound, for Outstanding: one outcome short of a measure among specific, dated ones is still
    # "nearly all SMART", where a generic one is not.
    outstanding_unmeasured: int = 1
    # Share that must be specific and time-bound for Good ("most").
    good_share: float = 0.6
    # Share that must state a measure for Good: "a few lack a measure" (Good) against "many ... miss a
    # measure" (Requires improvement). Half or more without one is many.
    good_measure_share: float = 0.5
    # Share that must be specific (or time-bound) for Requires improvement ("a mix"): two real outcomes
    # in seven or eight are a mix; one is not.
    improvement_share: float = 0.25
    # Above this share of generic / service / placeholder outcomes the plan is Inadequate.
    inadequate_generic_share: float = 0.7


# Words that end a heading rather than an outcome ("Communication and interaction", "Steps:").
_STEP_LINE = re.compile(r"^\s*(?:steps?|short[- ]term (?:targets?|steps?|outcomes?)|milestones?|interim)\b", re.I)
_NAME_WILL = re.compile(r"\b([A-Z][a-z]{1,20})(?:'s)? (?:will|can|is able to|to)\b")
_NOT_NAMES = frozenset(
    "The This That He She They It We You By In At On For When With During Staff School Pupils Pupil Child "
    "Children Student Students Adults Parents Teachers Teacher Outcome Outcomes Aim Aims Everyone All Each "
    "Mum Dad Year Key Stage Within Over Before After Term Summer Spring Autumn".split()
)
_FIRST_PERSON = re.compile(r"(?<![\w'])(?:I|I'll|I'm|my|me|myself)(?![\w'])")
_ASPIRATION_CUE = re.compile(r"\b(?:so that|in order to|towards? (?:his|her|their|my) (?:aim|goal|aspiration|dream|wish)|"
                             r"aspiration|wants? to|would like to)\b", re.I)
_CONTENT_WORD = re.compile(r"[a-z]{4,}")
_COMMON = frozenset(
    "will with that this their there they have from into when able what which would about more most also been "
    "being were your than them then some such each other make made using used within over time year years "
    "term week weeks like likes want wants good well help support school staff home need needs".split()
)


# Categories of the need_domains lexicon that are cues about a sentence, not areas of need.
CUE_CATEGORIES = frozenset({"need", "no_need", "aspiration"})


@lru_cache(maxsize=16)
def split_lexicon(lexicon: Lexicon, cues: bool) -> Lexicon:
    """The cue entries, or the domain entries, of a need-domain lexicon as their own matcher.

    A lexicon matches without overlaps, so a cue ('anxious' as a sign of need) would hide the
    domain word it shares ('anxious' as emotional): each half is matched separately.
    """
    entries = tuple(e for e in lexicon.entries if (e.category in CUE_CATEGORIES) == cues)
    return Lexicon(name=f"{lexicon.name}:{'cues' if cues else 'domains'}", description=lexicon.description,
                   source=lexicon.source, entries=entries)


@per_plan
def section_sentences(text: str) -> tuple[tuple[int, int, str], ...]:
    """Sentences of a section's text, split once and shared by the checks that read it."""
    return tuple(sentences(text))


def stem(word: str) -> str:
    """A crude stem (reading -> read, friends -> friend) for overlap between sections."""
    word = word.lower()
    for suffix in ("ingly", "ings", "ing", "edly", "ies", "ied", "ed", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_stems(text: str) -> set[str]:
    return {stem(w) for w in _CONTENT_WORD.findall(text.lower()) if w not in _COMMON}


def normalise_sentence(text: str) -> str:
    """The form a sentence takes in the batch's boilerplate set: lower case, words only."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def is_boilerplate(text: str, boilerplate: frozenset[str], names: tuple[str, ...] = ()) -> bool:
    """The sentence is in the batch's recurring set, in whichever form the batch keeps it: our
    normal form, the batch module's normal form (names and pronouns masked) or its fingerprint."""
    if not boilerplate:
        return False
    stripped = text.strip()
    forms = {normalise_sentence(text), stripped.lower(), stripped, batch_normalise(stripped, names),
             batch_fingerprint(stripped, names)}
    return not forms.isdisjoint(boilerplate)


def child_names(plan: Plan) -> tuple[str, ...]:
    name = (plan.facts.child_name or "").strip()
    return tuple(part for part in (name, *name.split()) if part)


def outcome_units(plan: Plan, timeframes: Lexicon | None = None) -> list[Outcome]:
    """The plan's outcomes; when ingest split none, E's lines (or sentences) stand in for them.

    Heading lines ("Communication and interaction", "By the end of Key Stage 2:") are not
    outcomes: their area and timeframe carry to the outcomes under them. Nor are lines about the
    outcomes as a set ("These outcomes are for the end of Year 11 (July 2029)", "Employment: see
    outcomes above"): given `timeframes`, the timeframe such a line sets carries to the outcomes
    that state none of their own (Code 9.66: outcomes are usually set for the end of a phase).
    An item ingest read as one outcome but which holds several lines (a table it could not split)
    is read line by line.
    """
    section = plan.section("E")
    if plan.outcomes:
        units: list[Outcome] = []
        for outcome in plan.outcomes:
            if "\n" in outcome.text.strip():
                # The item's own 'by when' belongs to one of its lines, not to all of them.
                units.extend(_line_outcomes(_line_units(outcome.text, outcome.start), outcome.area, None, outcome.section))
            else:
                units.append(outcome)
        outcomes = _fold_steps(units)
    else:
        if section is None or not section.text.strip():
            return []
        lines = _line_units(section.text)
        if len(lines) <= 2:
            split = list(section_sentences(section.text))
            if len(split) > len(lines):
                lines = split
        outcomes = _line_outcomes(lines, None, None, "E")
        if not outcomes:
            # Only short lines ("Not applicable"): judge them as they stand.
            outcomes = [Outcome(index=i, text=t, start=s, end=e) for i, (s, e, t) in enumerate(lines, 1)]
    return _without_notes(outcomes, timeframes)


# A line about the outcomes as a set, or one that cross-refers to them by number, rather than an outcome.
_ABOUT_OUTCOMES = re.compile(
    r"^\W*(?:[A-Za-z][\w ,/&()'\u2019-]{0,60}:\s*)?(?:(?:these|the|all|our|my|his|her|their)\s+)?"
    r"(?:(?:long|short)[- ]term\s+)?outcomes\b"
    r"|\boutcomes\s+\d{1,2}\b|\boutcomes?\s+(?:above|below)\b", re.I)
# Kinds of timeframe a note about the outcomes sets for all of them (a review point is not one).
_CARRIED_TIMEFRAMES = frozenset({"date", "phase", "duration"})


def _is_note(text: str) -> bool:
    """A line about the outcomes, not one: "Outcomes for Sam: By July 2027 Sam will read ..."
    is a label followed by an outcome, and stays."""
    found = _ABOUT_OUTCOMES.search(text)
    if found is None:
        return False
    colon = text.find(":", found.end())
    return colon < 0 or not re.search(r"\bwill\b", text[colon:])


def _without_notes(outcomes: list[Outcome], timeframes: Lexicon | None) -> list[Outcome]:
    """Drop notes about the outcomes; carry the timeframe a note sets; number what is left 1..n."""
    kept: list[Outcome] = []
    carried: str | None = None
    for outcome in outcomes:
        if _is_note(outcome.text) and len(outcomes) > 1:
            if timeframes is not None and carried is None:
                spans = [m.text for m in timeframes.find(outcome.text) if m.entry.category in _CARRIED_TIMEFRAMES]
                carried = spans[0] if spans else None
            continue
        if carried and not (outcome.by_when and outcome.by_when.strip()):
            outcome = outcome.model_copy(update={"by_when": carried})
        kept.append(outcome)
    if not kept:
        return outcomes
    return [o if o.index == i else o.model_copy(update={"index": i}) for i, o in enumerate(kept, 1)]


def _line_outcomes(units: list[tuple[int, int, str]], area: str | None, by_when: str | None, letter: str) -> list[Outcome]:
    """Outcomes read from lines: step lines join the outcome above, headings set area or timing."""
    outcomes: list[Outcome] = []
    for start, end, text in units:
        if _is_table_header(text):
            continue
        if _STEP_LINE.match(text) and outcomes:
            last = outcomes[-1]
            outcomes[-1] = last.model_copy(update={"steps": (*last.steps, text)})
            continue
        if _is_heading(text):
            # A heading: what it says about timing or area carries to the outcomes under it.
            if _TIMING_WORD.search(text):
                by_when = text.rstrip(":")
            else:
                area = text.rstrip(":")
            continue
        outcomes.append(Outcome(index=len(outcomes) + 1, section=letter, text=text, start=start, end=end, area=area,
                                by_when=by_when))
    return outcomes


def _is_table_header(text: str) -> bool:
    """A table's header row ("Outcome | By when"): every cell a short label."""
    cells = [c.strip() for c in text.split("|")]
    return len(cells) > 1 and all(len(c.split()) <= 4 and not re.search(r"\d|\bwill\b", c) for c in cells)


_BULLET = re.compile(r"^\s*(?:[-*\u2022\u25aa\u25cf]|\d{1,2}[.)]|[a-z][.)])\s+")
_TIMING_WORD = re.compile(r"\b(?:by|end of|within|before)\b", re.I)
_CLAUSE_VERB = re.compile(r"\b(?:will|can|to|is|are|be)\b", re.I)


def _is_heading(text: str) -> bool:
    """A line that introduces outcomes rather than being one ('Communication and interaction')."""
    return text.endswith(":") or (len(text.split()) <= 5 and not _CLAUSE_VERB.search(text) and not text.endswith("."))


def _fold_steps(outcomes: list[Outcome]) -> list[Outcome]:
    """Items that are steps ("Steps: ...") belong to the outcome above; a fragment that starts in
    lower case after an unfinished item is the rest of that item (a line broken in a PDF)."""
    folded: list[Outcome] = []
    for outcome in outcomes:
        last = folded[-1] if folded else None
        if last is not None and _STEP_LINE.match(outcome.text):
            folded[-1] = last.model_copy(update={"steps": (*last.steps, outcome.text)})
        elif (last is not None and outcome.text[:1].islower() and not re.search(r"[.!?;]$", last.text.rstrip())
              and outcome.section == last.section and last.start <= outcome.start):
            folded[-1] = last.model_copy(update={"text": f"{last.text} {outcome.text}", "end": max(last.end, outcome.end),
                                                 "steps": (*last.steps, *outcome.steps)})
        else:
            folded.append(outcome)
    return folded


def _line_units(text: str, base: int = 0) -> list[tuple[int, int, str]]:
    """(start, end, text) of each non-empty line, without its list marker; offsets from `base`."""
    units: list[tuple[int, int, str]] = []
    offset = base
    for line in text.split("\n"):
        bullet = _BULLET.match(line)
        body_start = bullet.end() if bullet else len(line) - len(line.lstrip())
        body = line[body_start:].rstrip()
        if body:
            units.append((offset + body_start, offset + body_start + len(body), body))
        offset += len(line) + 1
    return units


def locate(section: Section, text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of an item's text in its section, so that section.text[start:end] is a true quote.

    The item's own span when it holds the text; else the text's first occurrence; else (a PDF
    table cell rebuilt by ingest) the item's own span as the region it was read from.
    """
    if section.text[start:end] == text:
        return start, end
    found = section.text.find(text)
    if found >= 0:
        return found, found + len(text)
    if 0 <= start < end <= len(section.text):
        return start, end
    return None


def sub_span(section: Section, region: tuple[int, int], text: str, offset: int) -> tuple[int, int]:
    """Where a match at `offset` in an item's text lies in the section, within the item's region."""
    start, end = region
    if section.text[start + offset:start + offset + len(text)] == text:
        return start + offset, start + offset + len(text)
    found = section.text.find(text, start, end)
    if found >= 0:
        return found, found + len(text)
    lowered = section.text.lower().find(text.lower(), start, end)
    if lowered >= 0:
        return lowered, lowered + len(text)
    return start, end


@dataclass
class OutcomeReading:
    """What one outcome was found to contain, with the matches that prove it."""

    outcome: Outcome
    generic: list[LexiconMatch] = field(default_factory=list)
    service: list[LexiconMatch] = field(default_factory=list)
    provision: list[LexiconMatch] = field(default_factory=list)
    aspiration: list[LexiconMatch] = field(default_factory=list)
    placeholder: bool = False
    measure: bool = False
    timeframe: bool = False
    observable: bool = False
    functional: bool = False
    personal: bool = False
    impersonal: list[LexiconMatch] = field(default_factory=list)
    routine: bool = False
    generalisation: bool = False
    linked: bool = False
    boilerplate: bool = False

    @property
    def is_generic(self) -> bool:
        # A generic phrase with a real measure ("improve reading from 20 to 40 words") is still specific.
        return self.placeholder or self.boilerplate or (bool(self.generic) and not self.measure) or not self.observable and not self.measure

    @property
    def not_an_outcome(self) -> bool:
        """Service-perspective, provision or an aspiration without a time-bound skill."""
        aspiration_only = bool(self.aspiration) and not (self.timeframe and self.observable)
        return self.placeholder or bool(self.service) or bool(self.provision) or aspiration_only

    @property
    def specific(self) -> bool:
        return self.observable and not self.is_generic and not self.not_an_outcome

    @property
    def smart(self) -> bool:
        return self.specific and self.measure and self.timeframe


def first_name(plan: Plan) -> str | None:
    name = (plan.facts.child_name or "").strip()
    return name.split()[0] if name else None


def name_count(text: str, name: str) -> int:
    """Times the child's first name is used; when never, times a short form is ('Toby' for
    'Tobias', 'Alex' for 'Alexander'), written with a capital as names are."""
    exact = len(re.findall(rf"(?<![\w]){re.escape(name)}(?![\w])", text, re.I))
    if exact or len(name) < 5:
        return exact
    short = re.escape(name[:3].capitalize())
    return len(re.findall(rf"(?<![\w]){short}[a-z]{{0,3}}(?![\w])", text))


def is_personal(text: str, name: str | None) -> bool:
    """The child is named, or speaks as "I" (Code 9.64: outcomes are personal)."""
    if _FIRST_PERSON.search(text):
        return True
    if name:
        return name_count(text, name) > 0
    return any(m.group(1) not in _NOT_NAMES for m in _NAME_WILL.finditer(text))


def read_outcome(outcome: Outcome, plan: Plan, lex: dict[str, Lexicon], context_stems: set[str],
                 need_domains: set[str], boilerplate: frozenset[str]) -> OutcomeReading:
    text = outcome.text
    with_steps = " ".join((text, *outcome.steps))
    reading = OutcomeReading(outcome=outcome)
    for match in lex["generic"].find(text):
        category = match.entry.category
        if category == "placeholder":
            reading.placeholder = True
        elif category == "service":
            reading.service.append(match)
        elif category == "provision":
            reading.provision.append(match)
        elif category == "aspiration":
            reading.aspiration.append(match)
        else:
            reading.generic.append(match)
    reading.measure = lex["measures"].matches(with_steps)
    reading.timeframe = (bool(outcome.by_when and outcome.by_when.strip()) or lex["timeframes"].matches(with_steps)
                         or bool(find_dates(with_steps)))
    verbs = lex["verbs"].find(text)
    reading.observable = bool(verbs)
    reading.functional = any(m.entry.category in ("daily_living", "communication", "social", "physical", "self_regulation")
                             for m in verbs)
    reading.personal = is_personal(text, first_name(plan))
    reading.impersonal = lex["references"].find(text)
    settings = lex["routines"].categories(with_steps)
    reading.routine = "routine" in settings
    reading.generalisation = "generalisation" in settings
    domains = lex["domains"].categories(f"{outcome.area or ''} {text}")
    reading.linked = bool(_ASPIRATION_CUE.search(text)) or bool(domains & need_domains) or len(content_stems(text) & context_stems) >= 2
    reading.boilerplate = is_boilerplate(text, boilerplate, child_names(plan))
    return reading


def assessment(reading: OutcomeReading) -> OutcomeAssessment:
    o = reading.outcome
    return OutcomeAssessment(
        index=o.index, text=o.text, section=o.section, area=o.area,
        specific=reading.specific, measure=reading.measure, timeframe=reading.timeframe,
        personal=reading.personal, linked_aspiration=reading.linked, observable=reading.observable,
        functional=reading.functional and reading.observable, generic=reading.is_generic,
        service_perspective=bool(reading.service) or bool(reading.provision),
        gfs={
            "participation_in_routine": reading.routine,
            "observable_behaviour": reading.observable,
            "functional_skill": reading.functional and reading.observable,
            "acquisition_criterion": reading.measure,
            "meaningful_to_child": reading.personal or reading.linked,
            "generalisation": reading.generalisation,
            "timeframe": reading.timeframe,
        },
    )


def _findings_for(reading: OutcomeReading, section: Section | None, criterion: str, params: OutcomesParams) -> list[Finding]:
    o = reading.outcome
    region = locate(section, o.text, o.start, o.end) if section else None
    letter = section.letter if section else o.section

    def whole(rule: str, severity: str, message: str, fix: str, lexicon: str | None = None, entry: str | None = None) -> Finding:
        if region is None or section is None:
            return Finding(criterion=criterion, rule=rule, section=letter, quote="", severity=severity,  # type: ignore[arg-type]
                           message=message, fix=fix, lexicon=lexicon, entry=entry)
        return Finding(criterion=criterion, rule=rule, section=letter, quote=section.text[region[0]:region[1]],
                       start=region[0], end=region[1], severity=severity, message=message, fix=fix,  # type: ignore[arg-type]
                       lexicon=lexicon, entry=entry)

    def part(match: LexiconMatch, rule: str, severity: str, message: str, fix: str, lexicon: str) -> Finding:
        if region is None or section is None:
            return whole(rule, severity, message, fix, lexicon, match.entry.key)
        start, end = sub_span(section, region, match.text, match.start)
        return Finding(criterion=criterion, rule=rule, section=letter, quote=section.text[start:end], start=start,
                       end=end, severity=severity, message=message, fix=fix,  # type: ignore[arg-type]
                       lexicon=lexicon, entry=match.entry.key)

    n = f"Outcome {o.index}"
    out: list[Finding] = []
    if reading.placeholder:
        out.append(whole("outcomes.placeholder", "high", f"{n} is a placeholder, not an outcome.",
                         "Write the difference this support will make for the child, by when, and how it will be measured.",
                         params.generic_lexicon, "placeholder"))
        return out
    if reading.boilerplate:
        out.append(whole("outcomes.boilerplate", "medium", f"{n} is word for word the same as outcomes in other plans of this batch.",
                         "Rewrite the outcome for this child: their own skill, setting and timeframe."))
    for match in reading.service[:1]:
        out.append(part(match, "outcomes.service_perspective", "high",
                        f"{n} says what a service will do, not what will change for the child (Code 9.66).",
                        "Move the service into section F/G/H and state the benefit to the child as the outcome.",
                        params.generic_lexicon))
    for match in reading.provision[:1]:
        out.append(part(match, "outcomes.describes_provision", "high", f"{n} describes provision, not a benefit to the child.",
                        "Put the provision in section F and write the outcome it is meant to achieve.", params.generic_lexicon))
    if reading.aspiration and not (reading.timeframe and reading.observable):
        out.append(part(reading.aspiration[0], "outcomes.aspiration_as_outcome", "medium",
                        f"{n} restates an aspiration rather than an outcome towards it (Code 9.65).",
                        "Keep the aspiration in section A and write a time-bound step towards it here.", params.generic_lexicon))
    if reading.generic and not reading.measure:
        out.append(part(reading.generic[0], "outcomes.generic_phrase", "medium",
                        f"{n} uses a generic phrase that could be written about any child.",
                        "Say what the child will be able to do, how well or how often, and by when.", params.generic_lexicon))
    elif not reading.observable and not (reading.service or reading.provision):
        # With a measure the outcome is nearly there: still say what would make it observable.
        out.append(whole("outcomes.not_observable", "low" if reading.measure else "medium",
                         f"{n} does not describe a skill or behaviour anyone could see.",
                         "Use an action the child will do (read, ask, dress, travel) that staff and family can observe.",
                         params.verbs_lexicon))
    if not reading.timeframe:
        out.append(whole("outcomes.no_timeframe", "medium", f"{n} has no timeframe.",
                         "Add when it should be achieved, e.g. 'by the end of Key Stage 2' or 'by July 2027'.",
                         params.timeframes_lexicon))
    if not reading.measure:
        out.append(whole("outcomes.no_measure", "low", f"{n} has no measure of success.",
                         "Add how success will be judged, e.g. '4 out of 5 occasions', 'independently', 'with one prompt'.",
                         params.measures_lexicon))
    if reading.impersonal and not reading.personal:
        out.append(part(reading.impersonal[0], "outcomes.impersonal", "low",
                        f"{n} refers to the child impersonally rather than by name.",
                        "Use the child's name, or write the outcome in their own words ('I will ...').", params.references_lexicon))
    return out


# The per-outcome evidence, shared with the health-advice outcomes check (audit/checks/advice_outcomes.py).
outcome_findings = _findings_for


@register("outcomes_specific", OutcomesParams)
def outcomes_specific(plan: Plan, params: OutcomesParams, ctx: CheckContext) -> Verdict:
    """Grade E's outcomes on being specific, personal, measurable and time-bound."""
    section = plan.section("E")
    outcomes = outcome_units(plan, ctx.lexicon(params.timeframes_lexicon))
    if section is None or not section.text.strip() or not outcomes:
        reason = "Section E is missing" if section is None else "Section E has no outcomes"
        finding = Finding(criterion=ctx.criterion, rule="outcomes.missing", section="E", quote="", severity="high",
                          message=f"{reason}: there is nothing to judge outcomes by.",
                          fix="Write 3-10 outcomes, each a specific, time-bound benefit to the child with steps towards it.")
        return Verdict(grade=1, summary=f"{reason}.", counts={"outcomes": 0, "with_timeframe": 0, "with_measure": 0,
                                                                   "personal": 0, "generic": 0, "smart": 0},
                       findings=(finding,))
    lex = {
        "generic": ctx.lexicon(params.generic_lexicon), "measures": ctx.lexicon(params.measures_lexicon),
        "timeframes": ctx.lexicon(params.timeframes_lexicon), "verbs": ctx.lexicon(params.verbs_lexicon),
        "routines": ctx.lexicon(params.routines_lexicon), "references": ctx.lexicon(params.references_lexicon),
        "domains": split_lexicon(ctx.lexicon(params.domains_lexicon), cues=False),
    }
    context_stems = content_stems(plan.section_text("A"))
    # Section by section: each section's tokens are already cached for the plan.
    need_domains = set().union(*(lex["domains"].categories(s.text) for letter in "ABCD" if (s := plan.section(letter))))
    readings = [read_outcome(o, plan, lex, context_stems, need_domains, ctx.boilerplate) for o in outcomes]

    findings: list[Finding] = []
    for reading in readings:
        findings.extend(_findings_for(reading, plan.section(reading.outcome.section) or section, ctx.criterion, params))

    n = len(readings)
    smart = sum(r.smart for r in readings)
    smart_personal = sum(r.smart and r.personal for r in readings)
    specific_timed = sum(r.specific and r.timeframe for r in readings)
    measured = sum(r.measure for r in readings)
    # Every outcome specific, personal and dated, and all but a few of them measured ("nearly all SMART").
    all_specific_timed = sum(r.specific and r.timeframe and r.personal for r in readings) == n
    specific = sum(r.specific for r in readings)
    timed = sum(r.timeframe for r in readings)
    poor = sum(r.is_generic or r.not_an_outcome for r in readings)
    has_steps = any(r.outcome.steps for r in readings) or re.search(
        r"\b(?:steps?|short[- ]term|milestones?|interim)\b", section.text, re.I) is not None

    if n < params.min_outcomes or n > params.max_outcomes:
        findings.append(Finding(
            criterion=ctx.criterion, rule="outcomes.count", section="E", quote="", severity="low",
            message=f"The plan has {n} outcomes; local guidance expects roughly {params.min_outcomes} to {params.max_outcomes}.",
            fix="Group targets into a few meaningful outcomes for the end of the phase, with steps under each."
            if n > params.max_outcomes else "Make sure each area of need has an outcome."))

    nearly_all_smart = (smart_personal >= params.outstanding_share * n
                        or (all_specific_timed and n - smart_personal <= params.outstanding_unmeasured))
    if nearly_all_smart and has_steps:
        grade, why = 4, "nearly all outcomes are SMART and personal, with steps"
    elif (specific_timed >= params.good_share * n and measured >= params.good_measure_share * n) or nearly_all_smart:
        grade, why = 3, "most outcomes are specific and time-bound"
        if not has_steps:
            first = readings[0].outcome
            region = locate(section, first.text, first.start, first.end)
            span = {"quote": section.text[region[0]:region[1]], "start": region[0], "end": region[1]} if region else {"quote": ""}
            findings.append(Finding(criterion=ctx.criterion, rule="outcomes.no_steps", section="E", severity="low",
                                    message="Outcomes have no steps or short-term targets towards them, starting with this one.",
                                    fix="Add steps (interim targets) under each outcome (Code 9.66).", **span))
    elif poor >= params.inadequate_generic_share * n:
        grade, why = 1, "outcomes are generic, describe services or provision, or are placeholders"
    elif max(specific, timed) >= params.improvement_share * n:
        grade, why = 2, ("a mix: many outcomes are generic or lack timeframes or measures"
                         if specific_timed < params.good_share * n else "most outcomes are specific, but many lack a measure")
    else:
        grade, why = 1, "outcomes are generic and not time-bound"

    counts: dict[str, int | float | str | None] = {
        "outcomes": n,
        "with_timeframe": timed,
        "with_measure": sum(r.measure for r in readings),
        "personal": sum(r.personal for r in readings),
        "generic": sum(r.is_generic for r in readings),
        "service_perspective": sum(bool(r.service or r.provision) for r in readings),
        "specific": specific,
        "smart": smart,
    }
    summary = f"{why[0].upper()}{why[1:]} ({smart} of {n} SMART, {timed} with a timeframe)."
    return Verdict(grade=grade, summary=summary, counts=counts, findings=tuple(findings),
                   outcomes=tuple(assessment(r) for r in readings))
