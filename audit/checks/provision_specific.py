"""Criterion 6, provision_specific: does every line in F, G and H say what, who, how often, how long?

Code 9.69 ("detailed and specific ... quantified"); vague words the Upper Tribunal called insufficient
(Worcestershire v SE [2020] UKUT 217; [2025] UKUT 187). Every line without a frequency or provider is a finding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from audit.checks import CheckContext, Params, Verdict, register
from audit.checks.outcomes_specific import locate, sub_span
from audit.lexicon import Lexicon, LexiconMatch
from audit.model import Finding, Plan, ProvisionItem, Section

PROVISION_SECTIONS: tuple[str, ...] = ("F", "G", "H1", "H2", "H")

# Vague words that make a line unenforceable whatever else it says.
HARD_VAGUE = frozenset({"hedge", "modal", "range", "example", "deferred", "funding", "referral", "unspecified_support"})
# Vague kinds that leave the provision itself undecided: "to be determined by the setting",
# "see attached report", "Band 3 top-up funding".
UNDETERMINED = frozenset({"deferred", "referral", "funding"})
# Vague words that are only a problem where the line has no amount or no provider
# ("support" delivered by a named teaching assistant 3 x 30 minutes weekly is specified, and so is
# "access to the staff toilet | Teaching assistant, daily": the access is the provision).
SOFT_VAGUE = frozenset({"access", "vague_noun", "unsized_group", "unnamed_staff"})
# "no needs"/"none" lines in G or H are statements, not provision to quantify.
_NONE_LINE = re.compile(
    r"^\W*(?:none|n/?a|not applicable)\W*$"
    r"|^\W*(?:there (?:is|are) |currently )?no\b[^.]{0,100}\b(?:provision|needs?)\b[^.]{0,120}\.?\s*$", re.I)
_BULLET = re.compile(r"^\s*(?:[-*\u2022\u25aa\u25cf]|\d{1,2}[.)]|[a-z][.)])\s+")
# "May" the month ("in May 2027") is not the modal "may".
_MONTH_MAY_AFTER = re.compile(r"May(?:\s+(?:\d{4}|half[- ]term)|\s*(?:-|\u2013|to)\s*(?:June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?)\b)")
_MONTH_MAY_BEFORE = re.compile(r"(?:\d(?:st|nd|rd|th)?|\b(?:in|from|until|till|since|during|early|mid|late|end\s+of|(?:January|February|March|April)\s*(?:-|\u2013|to))[\s-]*)\s*$")
# "support" naming a person or a document ("support assistant", "support plan") is not vague.
_NOUN_COMPOUND = re.compile(r"\s+(?:assistants?|workers?|staff|plan|service|team)\b", re.I)


# A cell that names no amount at all.
_NO_AMOUNT = re.compile(r"^\W*(?:ongoing|on-going|continuous|throughout|as and when|tbc|to be (?:confirmed|agreed)|n/?a)\W*$", re.I)
# Vague kinds that leave a 'how often' cell to discretion.
_DISCRETION = frozenset({"hedge", "deferred", "modal"})
# An NHS staff grade in brackets after a role: "(Band 6)".
_STAFF_BAND = re.compile(r"\(\s*band\s*[5-9]\s*\)", re.I)
# ... or before it: "Band 6 sleep practitioner".
_BAND_BEFORE_ROLE = re.compile(r"band\s*[5-9]\s+(?:[a-z-]+\s+){0,3}?(?:practitioner|therapist|nurse|psychologist|worker|assistant|specialist)", re.I)


class ProvisionParams(Params):
    vague_lexicon: str = "vague_provision"
    quantities_lexicon: str = "provision_quantities"
    roles_lexicon: str = "roles"
    # Share of items that state what, who and how much for Outstanding ("nearly every item").
    outstanding_share: float = 0.85
    # Share quantified for Good ("most items quantified"), and the vague share it tolerates.
    good_share: float = 0.6
    good_max_vague_share: float = 0.5
    # Share of items both vague and unquantified ("Support with fine motor skills | TA | As appropriate")
    # tolerated for Good: a hedge inside an otherwise quantified line is a lapse, not a vague item.
    good_max_loose_share: float = 0.25
    # Vague share tolerated for Outstanding: about one item in eleven.
    outstanding_max_vague_share: float = 0.09
    # Section F is a legal duty (Code 9.69): an F item left to be decided later, pointed to another
    # report, or replaced by a funding band leaves provision unspecified, which caps the grade at
    # Requires improvement (CRITERIA.md "What else a careful auditor notices").
    undetermined_f_cap: int = 2
    # Share quantified below which provision is not "many items" short of an amount but worse.
    improvement_share: float = 0.25
    # ... and then "entirely vague" (Inadequate) when at least this share of items is vague and
    # unquantified; where most unquantified lines are concrete ("Laptop for all written work",
    # "Exam access arrangements: 25% extra time"), many items are unquantified, not all vague (2).
    inadequate_loose_share: float = 0.65


def _line_items(section: Section) -> list[ProvisionItem]:
    """Each non-empty, non-heading line of a section as a provision item (when ingest split none)."""
    items: list[ProvisionItem] = []
    offset = 0
    for line in section.text.split("\n"):
        bullet = _BULLET.match(line)
        body_start = bullet.end() if bullet else len(line) - len(line.lstrip())
        body = line[body_start:].rstrip()
        heading = body.endswith(":") or (len(body.split()) <= 3 and not re.search(r"\d", body))
        if body and not heading:
            items.append(ProvisionItem(index=0, section=section.letter, text=body,
                                       start=offset + body_start, end=offset + body_start + len(body)))
        offset += len(line) + 1
    return items


# A list of strategies for everyone working with the child ("Strategies for all adults working with
# Leo"): how all staff teach, at all times, so a panel reads the list as one provision, not as a
# dozen unquantified items.
_STRATEGIES_HEADING = re.compile(
    r"^[\W_]*(?:(?:teaching|classroom|general|universal|key|suggested|recommended)\s+)?(?:strategies|approaches)\b(?P<rest>[^.!?|]{0,80})$", re.I)
_EVERYONE = re.compile(r"\ball\s+(?:\w+\s+){0,2}?(?:staff|adults|teachers|practitioners)\b|\beveryone\b", re.I)
# A line that ends a strategies list: a short heading ("Transport", "-- Local Authority statement --").
_BLOCK_END = re.compile(r"^[\W_]*[A-Z][^.!?|]{0,60}?[\s:*#=_()\-\u2013\u2014]*$")


def _strategy_blocks(section: Section) -> list[tuple[int, int, str]]:
    """(start, end, heading) of each strategies list in a provision section."""
    blocks: list[tuple[int, int, str]] = []
    lines: list[tuple[int, str]] = []
    offset = 0
    for line in section.text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    i = 0
    while i < len(lines):
        start, line = lines[i]
        heading = _STRATEGIES_HEADING.match(line.strip())
        if not heading or len(line.split()) > 12:
            i += 1
            continue
        end = start + len(line)
        j = i + 1
        while j < len(lines):
            body = lines[j][1].strip()
            if body and (len(body.split()) <= 8 and _BLOCK_END.match(body) or " | " in body or _STRATEGIES_HEADING.match(body)):
                break
            if body:
                end = lines[j][0] + len(lines[j][1])
            j += 1
        if end > start + len(line):
            blocks.append((start, end, line.strip()))
        i = j
    return blocks


def _merge_strategies(section: Section, items: list[ProvisionItem]) -> list[ProvisionItem]:
    """The section's items with each strategies list (heading and lines) as one item."""
    out = list(items)
    for start, end, heading in _strategy_blocks(section):
        inside = [it for it in out if it.section == section.letter and start <= it.start and it.end <= end]
        if len(inside) < 2:
            continue
        everyone = _EVERYONE.search(heading)
        merged = inside[0].model_copy(update={
            "text": section.text[start:end], "start": start, "end": end, "what": heading,
            "who": everyone.group(0) if everyone else None,
            # Strategies for all adults apply whenever they work with the child.
            "frequency": "whenever working with the child" if everyone else None,
            "duration": None, "ratio": None})
        position = out.index(inside[0])
        out = [it for it in out if it not in inside]
        out.insert(position, merged)
    return out


def provision_units(plan: Plan) -> list[ProvisionItem]:
    """The plan's provision items; a provision section ingest split nothing from is split by line,
    and a list of strategies for all staff is one item."""
    items = list(plan.provision)
    covered = {item.section for item in items}
    next_index = max((item.index for item in items), default=0) + 1
    for section in plan.sections:
        if section.letter in PROVISION_SECTIONS and section.letter not in covered and section.text.strip():
            for item in _line_items(section):
                items.append(item.model_copy(update={"index": next_index}))
                next_index += 1
    for section in plan.sections:
        if section.letter in PROVISION_SECTIONS:
            items = _merge_strategies(section, items)
    return items


@dataclass
class ProvisionReading:
    item: ProvisionItem
    who: bool = False
    qualification: bool = False
    frequency: bool = False
    duration: bool = False
    ratio: bool = False
    vague: list[LexiconMatch] = field(default_factory=list)

    @property
    def quantified(self) -> bool:
        return self.frequency or self.duration

    @property
    def hard_vague(self) -> list[LexiconMatch]:
        return [m for m in self.vague if m.entry.category in HARD_VAGUE]

    @property
    def soft_vague(self) -> list[LexiconMatch]:
        # Soft words only count where the line leaves the amount or the provider open.
        if self.quantified and self.who:
            return []
        return [m for m in self.vague if m.entry.category in SOFT_VAGUE]

    @property
    def is_vague(self) -> bool:
        return bool(self.hard_vague or self.soft_vague)

    @property
    def loose(self) -> bool:
        """Vague and with no firm amount: the line leaves the provision itself open."""
        return self.is_vague and not self.quantified

    @property
    def specified(self) -> bool:
        return self.who and self.quantified and not self.hard_vague


def _is_amount(field: str | None, vague: Lexicon) -> bool:
    """A 'how often' or 'how long' cell that states an amount: not empty, not "Ongoing", and not
    left to discretion ("Training as needed", "As agreed in his care plan"; CRITERIA.md §6)."""
    if not field or not field.strip() or _NO_AMOUNT.match(field):
        return False
    return not any(m.entry.category in _DISCRETION and not _is_month(field, m) for m in vague.find(field))


def _is_month(text: str, match: LexiconMatch) -> bool:
    """'May' the month ("by May 2027", "3rd May"), not the modal."""
    return match.text == "May" and bool(_MONTH_MAY_AFTER.match(text, match.start) or _MONTH_MAY_BEFORE.search(text[:match.start]))


def _firm_amounts(text: str, vague: Lexicon, quantities: Lexicon) -> set[str]:
    """Categories of the amounts `text` states, leaving out an amount a hedge qualifies
    ("up to 15 hours per week" promises no hours at all)."""
    hedges = [m.end for m in vague.find(text) if m.entry.category in ("hedge", "range")]
    return {m.entry.category or "" for m in quantities.find(text)
            if not any(0 <= m.start - end <= 2 for end in hedges)}


def read_item(item: ProvisionItem, vague: Lexicon, quantities: Lexicon, roles: Lexicon) -> ProvisionReading:
    text = item.text
    amounts: set[str] = set()
    for piece in (text, item.frequency, item.duration, item.ratio):
        if piece:
            amounts |= _firm_amounts(piece, vague, quantities)
    people = roles.categories(" ".join(x for x in (text, item.who) if x))
    reading = ProvisionReading(
        item=item,
        who=bool(item.who and item.who.strip()) or "role" in people,
        qualification="qualification" in people,
        frequency=_is_amount(item.frequency, vague) or "frequency" in amounts,
        duration=_is_amount(item.duration, vague) or "duration" in amounts,
        ratio=bool(item.ratio and item.ratio.strip()) or "ratio" in amounts,
    )
    # A group size ("with up to 4 children") is a ratio, so its "up to" is not a hedge.
    group_sizes = [(m.start, m.end) for m in quantities.find(text) if m.entry.category == "ratio"]
    for match in vague.find(text):
        if _is_month(text, match):
            continue
        if match.entry.category == "unsized_group" and reading.ratio:
            continue
        if match.entry.category == "hedge" and any(s <= match.start and match.end <= e for s, e in group_sizes):
            continue
        if match.entry.category == "funding" and (_BAND_BEFORE_ROLE.match(text, match.start) or (
                _STAFF_BAND.match(text, max(0, match.start - 1)) and "role" in roles.categories(text[max(0, match.start - 60):match.start]))):
            # "Speech and language therapist (Band 6)": the therapist's grade, a level of expertise (Code 9.69).
            continue
        if match.entry.category == "vague_noun" and _NOUN_COMPOUND.match(text, match.end):
            continue
        reading.vague.append(match)
    return reading


_VAGUE_MESSAGES: dict[str, tuple[str, str]] = {
    "access": ("'{q}' promises access or opportunity, not provision.", "State the provision itself: what, who, how often, how long."),
    "hedge": ("'{q}' leaves the amount to discretion.", "Replace it with a fixed amount, e.g. '3 x 30 minutes weekly'."),
    "modal": ("'{q}' makes the provision optional.", "Say what 'will' be provided; provision in F is a legal duty."),
    "range": ("'{q}' is a range, not an amount.", "State one amount that will be delivered."),
    "example": ("'{q}' lists examples instead of the provision.", "Name the specific programme or approach."),
    "deferred": ("'{q}' leaves the provision to be decided later.", "Specify the provision in the plan itself."),
    "funding": ("'{q}' states funding, not provision.", "Describe the provision the funding buys: what, who, how often."),
    "referral": ("'{q}' points elsewhere instead of specifying provision.", "Copy the specific provision from the report into this section."),
    "vague_noun": ("'{q}' does not say what the provision is (Worcestershire v SE [2020] UKUT 217).",
                   "Name the programme or approach, who delivers it, and how often."),
    "unsized_group": ("'{q}' does not say how many children are in the group.", "State the group size, e.g. 'a group of up to 4'."),
    "unnamed_staff": ("'{q}' does not say which member of staff, or their training.", "Name the role and qualification or training."),
    "unspecified_support": ("'{q}' names neither the provision nor who delivers it.",
                            "Say what the support is, the role (and training) of the person giving it, and how often."),
}
_SEVERITY: dict[str, str] = {"referral": "high", "funding": "high", "deferred": "high", "access": "medium", "hedge": "medium",
                             "modal": "medium", "range": "medium", "example": "low", "vague_noun": "medium", "unspecified_support": "medium",
                             "unsized_group": "low", "unnamed_staff": "low"}


def _findings_for(reading: ProvisionReading, section: Section | None, criterion: str, params: ProvisionParams) -> list[Finding]:
    item = reading.item
    region = locate(section, item.text, item.start, item.end) if section is not None else None
    letter = section.letter if section is not None else item.section

    def whole(rule: str, severity: str, message: str, fix: str, lexicon: str | None = None, entry: str | None = None) -> Finding:
        span = ({"quote": section.text[region[0]:region[1]], "start": region[0], "end": region[1]}
                if region is not None and section is not None else {"quote": ""})
        return Finding(criterion=criterion, rule=rule, section=letter, severity=severity, message=message, fix=fix,  # type: ignore[arg-type]
                       lexicon=lexicon, entry=entry, **span)

    label = f"Provision {letter} item {item.index}"
    out: list[Finding] = []
    seen: set[str] = set()
    for match in reading.hard_vague + reading.soft_vague:
        category = match.entry.category or "vague_noun"
        if category in seen:
            continue
        seen.add(category)
        message, fix = _VAGUE_MESSAGES.get(category, _VAGUE_MESSAGES["vague_noun"])
        rule = {"referral": "provision.referral_only", "funding": "provision.funding_band"}.get(category, "provision.vague_word")
        finding_kwargs = dict(criterion=criterion, rule=rule, section=letter, severity=_SEVERITY.get(category, "medium"),
                              message=f"{label}: {message.format(q=match.text)}", fix=fix,
                              lexicon=params.vague_lexicon, entry=match.entry.key)
        if region is not None and section is not None:
            start, end = sub_span(section, region, match.text, match.start)
            out.append(Finding(quote=section.text[start:end], start=start, end=end, **finding_kwargs))  # type: ignore[arg-type]
        else:
            out.append(Finding(quote="", **finding_kwargs))  # type: ignore[arg-type]
    if not reading.quantified:
        out.append(whole("provision.no_frequency", "medium", f"{label} does not say how often or for how long.",
                         "Add the frequency and duration, e.g. '3 x 30 minutes weekly' or '25 hours per week'.",
                         params.quantities_lexicon))
    if not reading.who:
        out.append(whole("provision.no_provider", "medium", f"{label} does not say who will deliver it.",
                         "Name the role (and qualification or training) of the person who delivers it.", params.roles_lexicon))
    return out


# The per-item evidence, shared with the health-advice provision check (audit/checks/advice_provision_specific.py).
provision_findings = _findings_for


def _grade(readings: list[ProvisionReading], params: ProvisionParams) -> tuple[int, str]:
    """The descriptor's grade for a set of provision items (CRITERIA.md §6)."""
    n = len(readings)
    quantified = sum(r.quantified for r in readings)
    vague_n = sum(r.is_vague for r in readings)
    loose = sum(r.loose for r in readings)
    specified = sum(r.specified for r in readings)
    if specified >= params.outstanding_share * n and vague_n <= params.outstanding_max_vague_share * n:
        return 4, "nearly every item states what, who and how much"
    if quantified >= params.good_share * n and loose <= params.good_max_loose_share * n and vague_n <= params.good_max_vague_share * n:
        return 3, "most items are quantified; a few are vague"
    if quantified >= params.improvement_share * n or loose < params.inadequate_loose_share * n:
        return 2, "many items are vague or unquantified"
    return 1, "the provision is entirely vague"


@register("provision_specific", ProvisionParams)
def provision_specific(plan: Plan, params: ProvisionParams, ctx: CheckContext) -> Verdict:
    """Grade the provision in F, G and H on being specified (what, who, how much) and not vague."""
    vague, quantities, roles = (ctx.lexicon(params.vague_lexicon), ctx.lexicon(params.quantities_lexicon),
                                ctx.lexicon(params.roles_lexicon))
    items = [it for it in provision_units(plan) if not _NONE_LINE.match(it.text)]
    f_section = plan.section("F")
    f_empty = f_section is None or not f_section.text.strip() or not any(it.section == "F" for it in items)
    zero = {"items": 0, "quantified": 0, "with_who": 0, "vague": 0, "specified": 0}
    if not items:
        reason = "Section F is missing" if f_section is None else "No provision is set out in F, G or H"
        finding = Finding(criterion=ctx.criterion, rule="provision.missing", section="F", quote="", severity="high",
                          message=f"{reason}.", fix="Set out each provision: what, who delivers it, how often, how long, group size.")
        return Verdict(grade=1, summary=f"{reason}.", counts=zero, findings=(finding,))

    readings = [read_item(it, vague, quantities, roles) for it in items]
    findings: list[Finding] = []
    for reading in readings:
        findings.extend(_findings_for(reading, plan.section(reading.item.section), ctx.criterion, params))

    n = len(readings)
    quantified = sum(r.quantified for r in readings)
    with_who = sum(r.who for r in readings)
    vague_n = sum(r.is_vague for r in readings)
    specified = sum(r.specified for r in readings)
    counts: dict[str, int | float | str | None] = {
        "items": n, "quantified": quantified, "with_who": with_who, "vague": vague_n, "specified": specified,
        "vague_unquantified": sum(r.loose for r in readings),
        "with_ratio": sum(r.ratio for r in readings), "with_qualification": sum(r.qualification for r in readings),
    }
    grade, why = _grade(readings, params)
    undetermined = sum(1 for r in readings if r.item.section == "F" and any(m.entry.category in UNDETERMINED for m in r.hard_vague))
    counts["undetermined_in_F"] = undetermined
    if undetermined and grade > params.undetermined_f_cap:
        grade, why = params.undetermined_f_cap, (f"{undetermined} item{'s' if undetermined > 1 else ''} in section F "
                                                 "left to later decision, another report or a funding band")
    if f_empty:
        grade = 1
        why = "there is no special educational provision in section F"
        findings.insert(0, Finding(criterion=ctx.criterion, rule="provision.missing", section="F", quote="", severity="high",
                                   message="Section F sets out no special educational provision.",
                                   fix="Set out the special educational provision for each need in section F."))
    summary = f"{why[0].upper()}{why[1:]} ({quantified} of {n} items quantified, {with_who} say who delivers, {vague_n} vague)."
    return Verdict(grade=grade, summary=summary, counts=counts, findings=tuple(findings))
