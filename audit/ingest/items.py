"""Split section E into Outcomes and sections F, G, H1, H2 (or H) into ProvisionItems.

Items come from the document's structure (table rows, list items, numbered paragraphs),
never from sentence punctuation. Each item keeps its span within its section's text and
what can be read off it: steps and "by when" for outcomes; who, how often, how long,
ratio and linked outcome for provision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from audit.ingest.sections import match_heading
from audit.ingest.tables import AreaHeading, BodyBlock, LogicalRow, header_roles, section_blocks, table_units
from audit.model import Block, Outcome, ProvisionItem, Section

PROVISION_SECTIONS: tuple[str, ...] = ("F", "G", "H1", "H2", "H")

# Sub-headings that group outcomes and provision: the four broad areas of need and the
# Preparing-for-adulthood areas.
AREA_NAMES: tuple[tuple[str, str], ...] = (
    (r"communication\s+(?:and|&)\s+interaction|c\s*&\s*i|slcn|speech,?\s+language\s+(?:and|&)\s+communication(?:\s+needs)?", "Communication and interaction"),
    (r"semh", "Social, emotional and mental health"),
    (r"cognition\s+(?:and|&)\s+learning|c\s*&\s*l", "Cognition and learning"),
    (r"social,?\s+emotional\s+(?:and|&)\s+mental\s+health", "Social, emotional and mental health"),
    (r"sensory\s*(?:&|/)\s*physical|sensory\s+(?:and|and/or)\s+(?:or\s+)?physical", "Sensory and/or physical"),
    (r"physical\s*(?:&|/)\s*sensory|physical\s+and\s+sensory", "Sensory and/or physical"),
    (r"(?:employment|education\s+(?:and|&)\s+employment|employment\s+(?:and|&)\s+(?:further|higher)\s+education|paid\s+employment|higher\s+education)", "Employment"),
    (r"independent\s+living|independence", "Independent living"),
    (r"(?:community\s+(?:inclusion|participation)|friends,?\s+relationships\s+(?:and|&)\s+community(?:\s+inclusion)?|participating\s+in\s+society)", "Community inclusion"),
    (r"(?:good\s+)?health(?:\s+and\s+wellbeing)?|being\s+healthy|health\s+and\s+well-being", "Health"),
)
_AREA_ANYWHERE = tuple((re.compile(r"\b(?:" + p + r")\b", re.I), name) for p, name in AREA_NAMES
                       if name not in ("Health", "Independent living", "Employment"))
_AREA_ANYWHERE += ((re.compile(r"\bindependent\s+living\b", re.I), "Independent living"),
                   (re.compile(r"\b(?:employment|higher\s+education)\b", re.I), "Employment"),
                   (re.compile(r"\b(?:good\s+health|being\s+healthy)\b", re.I), "Health"))
_AREA = tuple((re.compile(r"^(?:area(?:\s+of\s+need)?\s*[:\-–]\s*)?(?:" + p + r")\b", re.I), name) for p, name in AREA_NAMES)
# Short forms that name an area only when they lead a heading ("Physical", "Sensory needs").
_AREA += ((re.compile(r"^(?:area(?:\s+of\s+need)?\s*[:\-–]\s*)?(?:sensory|physical|pd|vi|hi|msi)(?:\s+(?:needs?|development))?\s*$", re.I),
           "Sensory and/or physical"),)

# Who delivers provision: role words (tried longest first, so "speech and language therapist"
# wins over "therapist").
ROLE_WORDS: tuple[str, ...] = (
    "speech and language therapy assistant", "speech and language therapist", "speech and language therapy",
    "occupational therapist", "occupational therapy", "educational psychologist", "clinical psychologist",
    "specialist teacher", "qualified teacher of the deaf", "teacher of the deaf", "teacher of the visually impaired",
    "class teacher", "subject teacher", "form tutor", "teaching assistant", "learning support assistant",
    "higher level teaching assistant", "specialist teaching assistant", "physiotherapist", "physiotherapy",
    "school nurse", "community nurse", "specialist nurse", "nurse", "paediatrician", "dietitian", "dietician",
    "social worker", "family support worker", "personal assistant", "support worker", "key worker", "keyworker",
    "key adult", "mentor", "learning mentor", "counsellor", "play therapist", "music therapist", "art therapist",
    "psychologist", "psychiatrist", "therapist", "senco", "sendco", "inclusion manager", "teacher", "tutor",
    "lsa", "hlta", "ta", "salt", "slt", "ot", "ep", "camhs", "cyp mental health practitioner",
    "mental health practitioner", "school staff", "staff", "family link carer", "foster carer", "job coach",
    "careers adviser", "careers advisor", "transition worker", "short breaks provider", "respite provider",
)
_ROLE = re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(ROLE_WORDS, key=len, reverse=True))
                   + r")s?\b", re.IGNORECASE)
_NUM = r"(?:\d+|one|two|three|four|five|six|once|twice|thrice)"
_UNIT = r"(?:minutes?|mins?|hours?|hrs?|h)"
_PERIOD = r"(?:day|week|term|half[\s\-]term|month|fortnight|year|session|lesson|morning|afternoon)"
FREQUENCY = re.compile(
    r"\b" + _NUM + r"\s*(?:x|×|times)\s*(?:(?:a|per|each|every)\s+)?(?:\d+\s*" + _UNIT + r"\s*(?:sessions?\s*)?)?(?:(?:a|per|each|every)\s+)?" + _PERIOD + r"s?\b"
    r"|\b" + _NUM + r"\s*(?:x|×)\s*\d+\s*" + _UNIT + r"\s*(?:sessions?\s*)?(?:daily|weekly|termly|monthly|fortnightly|per\s+" + _PERIOD + r")"
    r"|\b(?:once|twice|three\s+times|four\s+times|five\s+times)\s+(?:a|per|each|every)\s+" + _PERIOD + r"\b"
    r"|\b(?:daily(?!\s+(?:living|life|routines?|activities|tasks))|weekly|fortnightly|termly|half[\s\-]termly|monthly|annually|yearly|every\s+day|each\s+day|"
    r"every\s+(?:school\s+)?(?:day|week|morning|afternoon|lesson|term)|each\s+(?:morning|afternoon|lesson|week|term)|"
    r"per\s+(?:week|term|day|month|year)|at\s+all\s+times|throughout\s+the\s+(?:school\s+)?day|all\s+day)\b",
    re.IGNORECASE,
)
DURATION = re.compile(
    r"\b\d+(?:\.\d+)?(?:\s*(?:-|–|to)\s*\d+)?[\s\-]*" + _UNIT + r"\b(?:\s+sessions?)?"
    r"|\bfor\s+(?:a\s+)?(?:\d+|one|two|three|four|six|twelve)\s+(?:weeks?|months?|terms?|years?|sessions?)\b"
    r"|\b(?:\d+|one|two|three|four|six)[\s\-](?:week|month|term)\s+(?:block|programme|course)\b"
    r"|\b(?:full|half)[\s\-]time\b|\b\d+(?:\.\d+)?\s+hours?\s+(?:per|a)\s+week\b",
    re.IGNORECASE,
)
RATIO = re.compile(
    r"(?<![\d:.])\b[1-3]\s*:\s*\d{1,2}\b(?!\s*(?:am|pm|[:.]\d))"
    r"|\b(?:1|one)[\s\-](?:to|2)[\s\-](?:1|one)\b"
    r"|\b(?:small|large|whole[\s\-]class|paired)\s+groups?(?:\s+(?:of|up\s+to)\s+(?:up\s+to\s+)?\d+(?:\s*(?:-|–|to)\s*\d+)?)?(?:\s+(?:pupils|children|students|young\s+people))?"
    r"|\bgroups?\s+of\s+(?:up\s+to\s+)?\d+(?:\s*(?:-|–|to)\s*\d+)?(?:\s+(?:pupils|children|students|young\s+people))?"
    r"|\b(?:individual(?:ly)?|one[\s\-]to[\s\-]one|paired|whole\s+class)\b",
    re.IGNORECASE,
)
LINKED_OUTCOME = re.compile(r"\boutcomes?\s*(?:no\.?\s*)?((?:[A-Z]?\d+[a-z]?)(?:\s*(?:,|and|&)\s*[A-Z]?\d+[a-z]?)*)\b", re.IGNORECASE)
BY_WHEN = re.compile(
    r"\b(?:by|before|within|in)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?"
    r"(?:(?:autumn|spring|summer)(?:\s+term)?(?:\s+(?:of\s+)?(?:year\s+\d{1,2}|\d{4}))?"
    r"|key\s+stage\s+\d|ks\s?\d|year\s+\d{1,2}|reception|(?:primary|secondary)\s+school|(?:this\s+)?academic\s+year(?:\s+\d{4}(?:[/\-]\d{2,4})?)?"
    r"|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\s+\d{4}|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}"
    r"|\d+\s+(?:weeks?|months?|years?|terms?)|(?:a|one|two|three|six|twelve)\s+(?:weeks?|months?|years?|terms?)"
    r"|(?:his|her|their|the)\s+(?:next\s+)?annual\s+review|(?:the\s+)?next\s+annual\s+review|age\s+\d{1,2}|\d{4})\b",
    re.IGNORECASE,
)

NONE_TEXT = re.compile(
    r"^\W*(?:none|nil|n/?a|not\s+applicable|no\s+(?:\w+\s+){0,6}(?:identified|required|needed|at\s+(?:this|the\s+present)\s+time|currently)"
    r"|there\s+(?:is|are)\s+no\s+(?:\w+\s+){0,6}(?:identified|required|at\s+this\s+time|currently)?)\W*$",
    re.IGNORECASE,
)

# Column headers, matched against a header row's cells: which column holds what.
OUTCOME_COLUMNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("steps", re.compile(r"\b(?:steps?|short[\s\-]term|targets?|milestones?|interim)\b", re.I)),
    ("by_when", re.compile(r"\b(?:by\s+when|when|timescale|time\s*frame|target\s+date|date|deadline|review\s+date)\b", re.I)),
    ("outcome", re.compile(r"\b(?:outcomes?|long[\s\-]term|what\s+(?:we|i)\s+(?:want|hope))\b", re.I)),
    # How success will be judged ("How we will know", "Evidence"): not steps towards the outcome (Code 9.66).
    ("evidence", re.compile(r"\b(?:how\s+(?:will\s+)?(?:we|you|i|they)(?:'ll|\u2019ll|\s+will)?\s+know|evidence|success\s+criteria|"
                            r"measures?\s+of\s+success|how\s+(?:progress\s+)?(?:it\s+)?will\s+be\s+measured)\b", re.I)),
    ("area", re.compile(r"\b(?:area|need|category|domain)\b", re.I)),
)
PROVISION_COLUMNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("who", re.compile(r"\b(?:who|by\s+whom|delivered\s+by|staff(?:ing)?|provider|responsible|qualifications?|expertise)\b", re.I)),
    ("frequency", re.compile(r"\b(?:how\s+often|frequency|when|how\s+much|amount|quantity|hours)\b", re.I)),
    ("duration", re.compile(r"\b(?:how\s+long|duration|length|time)\b", re.I)),
    ("ratio", re.compile(r"\b(?:ratio|group\s+size|staff\s+to\s+(?:child|pupil))\b", re.I)),
    ("linked_outcome", re.compile(r"\b(?:outcomes?|linked\s+to|target)\b", re.I)),
    ("area", re.compile(r"\b(?:area|need|category)\b", re.I)),
    ("what", re.compile(r"\b(?:provision|support|intervention|what|description|resources?|details)\b", re.I)),
)
_OUTCOME_MARKER = re.compile(r"^\s*(?:(?:long[\s\-]term\s+)?outcome\s*(?:no\.?\s*)?\d+[a-z]?|(?:long[\s\-]term\s+)?outcome(?=\s*:)|\d{1,2}[.)](?!\d)|E\d{1,2}[a-z]?(?=[.):])|\(\d{1,2}\)|[a-z][.)](?=\s))\s*[:.\-–—)]?\s*", re.IGNORECASE)
_STEPS_LABEL = re.compile(r"^\s*(?:(?:the\s+)?steps?(?:\s+(?:towards|to\s+(?:achieve|achieving|meet|meeting))(?:\s+(?:this|the)\s+outcomes?)?)?|short[\s\-]term\s+(?:targets?|outcomes?|steps?)|targets?|milestones?|interim\s+(?:targets?|outcomes?|steps?))\s*(?:[:\-–—]\s*|$)", re.IGNORECASE)
_BY_WHEN_LABEL = re.compile(r"^\s*(?:by\s+when|timescale|time\s*frame|target\s+date|to\s+be\s+achieved\s+by|achieve(?:d)?\s+by|when)\s*[:\-–—]\s*", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[•●▪◦‣∙·*\-–]|o(?=\s))\s*")


@dataclass
class _Draft:
    """An outcome or provision item being assembled from consecutive blocks."""

    text: str
    start: int
    end: int
    kind: str
    area: str | None
    level: int | None = None
    steps: list[str] = field(default_factory=list)
    steps_kind: str | None = None
    by_when: str | None = None
    # The timeframe a heading or column title above sets for the outcomes under it
    # ("Preparing for adulthood outcomes (by end of Year 11)", "Outcome (by July 2027)").
    heading_when: str | None = None


def area_heading(text: str) -> str | None:
    """The area a short sub-heading names ("Communication and interaction"), if it is one.

    "Preparing for adulthood: Independent living" names Independent living; a single word
    like "Health" must lead the heading to count.
    """
    text = _BULLET.sub("", text.strip()).strip(" :*#")
    if not text or len(text.split()) > 8 or text.endswith(".") or area_prefix(text):
        return None
    for pattern, name in _AREA:
        m = pattern.match(text)
        if m:
            rest = text[m.end():].strip(" :-–()")
            if len(rest.split()) <= 4:
                return name
    for pattern, name in _AREA_ANYWHERE:
        if pattern.search(text):
            return name
    return None


# "Social, emotional and mental health: Sam will attend school": an area label leading an item.
_ITEM_AFTER_LABEL = re.compile(r"^\s*[:\-–—]\s*(?=\S.{0,80}?\s(?:will|can|to|should|is|are|has|have)\b)", re.IGNORECASE)


def area_prefix(text: str) -> str | None:
    """The area an item's text starts with as a label ("SEMH: Sam will ..."), if any."""
    text = _BULLET.sub("", text.strip())
    for pattern, name in _AREA:
        m = pattern.match(text)
        if m and _ITEM_AFTER_LABEL.match(text[m.end():]):
            return name
    return None


def area_in(text: str) -> str | None:
    """The first of the areas a longer label names ("Cognition and learning – PfA Employment")."""
    found = [(m.start(), name) for pattern, name in _AREA_ANYWHERE for m in [pattern.search(text)] if m]
    return min(found)[1] if found else None


def _trailing_area(text: str) -> str | None:
    """An area written after the outcome in brackets ("... on her own. (Independent living)")."""
    m = re.search(r"\(([^()]{3,60})\)\W*$", text)
    return (area_heading(m.group(1)) or area_in(m.group(1))) if m else None


def _repeats_title(text: str, letter: str) -> bool:
    """A sub-heading that only repeats its section's title ("Outcomes" under Section E)."""
    found = match_heading(text, styled=True)
    return found is not None and letter in found[0].split("+")


def _subheading_area(text: str) -> str:
    """The area a sub-heading sets: a known area's name, else the heading as written."""
    return area_heading(text) or " ".join(_BULLET.sub("", text).strip(" :*#").split())


def is_none(text: str) -> bool:
    """True for a section or item that says there is nothing: "None", "N/A", "No needs identified"."""
    return bool(NONE_TEXT.match(" ".join(text.split()))) and len(text.split()) <= 16


def find_by_when(text: str) -> str | None:
    m = None
    for m in BY_WHEN.finditer(text):
        pass  # the last timeframe in an outcome is its deadline ("in Year 7 ... by July 2027")
    return m.group(0) if m else None


def _is_heading_like(block: Block) -> bool:
    text = block.text.strip()
    return (block.kind == "heading" or block.bold) and len(text.split()) <= 12 and not text.endswith(".")


def _split_lines(text: str) -> list[str]:
    return [_BULLET.sub("", line).strip() for line in re.split(r"\n|(?:^|\s)[•●▪]\s", text) if line.strip(" •●▪-")]


_INTRODUCTION = re.compile(
    r"^(?:the|these|this|all|below|in\s+this\s+section)\b[^.]{0,120}?\b(?:below|following|this\s+section|"
    r"(?:were|have\s+been|was)\s+agreed)\b", re.IGNORECASE)
# A note in section E about the outcomes as a whole ("Steps towards these outcomes are set out
# in his school support plan"), not an outcome of its own.
_OUTCOMES_NOTE = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\s+)?(?:"
    r"(?:the\s+)?(?:steps|progress|targets|each\s+of)\b[^.]{0,60}?\b(?:these|the\s+above|all(?:\s+\w+)?)\s+outcomes\b"
    r"|(?:the\s+|these\s+|all\s+(?:the\s+)?|my\s+)?outcomes\b(?!\s*\d)"  # "These outcomes were set ...", "Outcomes are for ..."
    # A cross-reference ("Employment: outcomes 1 and 5", "Preparing for adulthood: see outcomes 2, 4").
    r"|[^:.]{1,60}:\s*(?:see\s+)?(?:the\s+)?outcomes?\s+(?:\d|above|below)"
    # The aspiration the outcomes lead to ("Long-term aspiration: to get an apprenticeship"), not an outcome (Code 9.65).
    r"|(?:(?:long[\s\-]term|overall|my|his|her|their)\s+)?aspirations?\s*:"
    r")", re.IGNORECASE)


def _is_introduction(text: str, kind: str = "paragraph") -> bool:
    """A line that introduces the items rather than being one ("The provision below ...")."""
    text = text.strip()
    if text.endswith(":") and len(text.split()) <= 30:
        return True
    return kind != "list_item" and bool(_INTRODUCTION.search(text)) and len(text.split()) <= 60


def _is_subheading(block: Block) -> bool:
    """A short line with no final full stop between items: a sub-heading, not an item."""
    text = block.text.strip()
    return block.kind != "list_item" and len(text.split()) <= 8 and not re.search(r"[.!?]$", text)


# A column title that is an abbreviation ("No.", "Ref."): a title all the same, whatever its full stop.
_ABBREVIATION = re.compile(r"^(\w{1,4})\.$")
# A sub-heading over a report on the last outcomes ("Progress against previous outcomes (May 2024
# review)"): what follows it records what happened, it sets no outcome (Code 9.64: an outcome is the
# difference the provision will make).
_REPORT_HEADING = re.compile(
    r"^\W*(?:progress\s+(?:against|towards?|on|with|made\s+(?:against|towards?|on))\b[^.]{0,40}?\boutcomes?"
    r"|(?:previous|last\s+year'?s?|earlier|past)\s+outcomes?|outcomes?\s+(?:achieved|met|from\s+(?:the\s+)?(?:last|previous)))\b",
    re.IGNORECASE)


def table_header_roles(cells: list[str] | tuple[str, ...], columns: tuple[tuple[str, re.Pattern[str]], ...]) -> list[str | None] | None:
    """Column roles when a row is a table's title row, reading "No." as the title it is."""
    return header_roles([_ABBREVIATION.sub(r"\1", c.strip()) if c else c for c in cells], columns)


def _header_timeframes(section: Section) -> dict[int | None, str]:
    """The timeframe each outcome table's title row sets for its rows ("Outcome (by July 2027)"):
    outcomes are usually set for the end of a phase (Code 9.66), and a table may say so once."""
    found: dict[int | None, str] = {}
    for block, _ in section_blocks(section):
        if block.kind != "table_row" or not block.cells or block.table in found:
            continue
        cells = list(block.cells)
        roles = table_header_roles(cells, OUTCOME_COLUMNS)
        if roles is None:
            continue
        for cell, role in zip(cells, roles):
            if role not in ("outcome", "evidence"):
                continue  # a note on the steps column ("Steps (checked in May 2027)") dates a step
            for note in re.findall(r"\(([^()]*)\)", cell):
                when = find_by_when(note)
                if when:
                    found[block.table] = when
    return found


def split_outcomes(section: Section | None, start_index: int = 1) -> list[Outcome]:
    """Outcomes of section E, from table rows, list items and numbered paragraphs."""
    if section is None or is_none(section.text):
        return []
    drafts: list[_Draft] = []
    area: str | None = None
    mode = "outcome"
    pending_marker = False
    heading_when: str | None = None
    reporting = False  # under a heading that reports on earlier outcomes
    header_when = _header_timeframes(section)
    units = table_units(section, OUTCOME_COLUMNS, area_heading, "outcome")
    # Where the outcomes are a table with an outcome column, the paragraphs before it introduce
    # them (the long-term aspiration, how they were agreed); they are not outcomes themselves.
    first_table = next((n for n, u in enumerate(units) if isinstance(u, LogicalRow) and u.column("outcome") is not None),
                       None)
    for number, unit in enumerate(units):
        if isinstance(unit, AreaHeading):
            area, mode, reporting = unit.name, "outcome", False
            continue
        if (first_table is not None and number < first_table and isinstance(unit, BodyBlock)
                and unit.block.kind == "paragraph" and not _OUTCOME_MARKER.match(unit.block.text)):
            named = area_heading(unit.block.text.strip())
            area = named or area
            continue
        if isinstance(unit, LogicalRow):
            reporting = False
            draft = _outcome_from_row(unit, area, drafts)
            if draft is not None:
                draft.heading_when = header_when.get(unit.table) or heading_when
                drafts.append(draft)
            continue
        block, offset = unit.block, unit.offset
        text = block.text.strip()
        lead = len(block.text) - len(block.text.lstrip())
        named = area_heading(text)
        if named and (block.kind != "list_item" or len(text.split()) <= 4):
            area, mode, reporting = named, "outcome", False
            continue
        steps_label = _STEPS_LABEL.match(text)
        if steps_label:
            mode = "steps"
            rest = text[steps_label.end():].strip()
            if rest and drafts:
                drafts[-1].steps.extend(_split_lines(rest))
                drafts[-1].steps_kind = "label"
            continue
        m = _BY_WHEN_LABEL.match(text)
        if m and drafts:
            drafts[-1].by_when = text[m.end():].strip() or None
            continue
        marker = _OUTCOME_MARKER.match(text)
        if (_is_heading_like(block) or _is_subheading(block)) and not marker and not area_prefix(text):
            reporting = bool(_REPORT_HEADING.match(text))
            if reporting:
                continue
            if not _repeats_title(text, section.letter):
                area, mode = _subheading_area(text), "outcome"
            # A heading's timeframe carries to the outcomes under it that state none of their own.
            heading_when = find_by_when(text) or heading_when
            continue
        if reporting:
            continue
        if marker and re.match(r"^\s*[a-z][.)]", text) and drafts:
            drafts[-1].steps.append(text[marker.end():].strip())  # "a) ..." under an outcome is a step
            continue
        if marker:
            body = text[marker.end():].strip()
            start = offset + lead + marker.end()
            drafts.append(_Draft(body, start, start + len(body), block.kind, area, level=block.level,
                                 heading_when=heading_when))
            pending_marker = not body
            mode = "outcome"
            continue
        if pending_marker and drafts:
            drafts[-1].text, drafts[-1].start, drafts[-1].end = text, offset + lead, offset + lead + len(text)
            pending_marker = False
            continue
        if _is_introduction(text, block.kind) and not (drafts and mode == "steps"):
            continue
        if block.kind != "list_item" and _OUTCOMES_NOTE.match(text):
            continue
        if drafts and _is_step(block, drafts[-1], mode):
            drafts[-1].steps.append(_BULLET.sub("", text))
            drafts[-1].steps_kind = drafts[-1].steps_kind or block.kind
            continue
        body = _BULLET.sub("", text)
        start = offset + lead + (len(text) - len(body))
        drafts.append(_Draft(body, start, start + len(body), block.kind, area_prefix(body) or area, level=block.level,
                             heading_when=heading_when))
        mode = "outcome"
    outcomes: list[Outcome] = []
    for draft in drafts:
        if not draft.text or is_none(draft.text):
            continue
        by_when = draft.by_when or find_by_when(draft.text) or draft.heading_when
        outcomes.append(Outcome(index=start_index + len(outcomes), text=draft.text, section=section.letter,
                                start=draft.start, end=draft.end, area=draft.area or _trailing_area(draft.text),
                                steps=tuple(s for s in draft.steps if s), by_when=by_when))
    return outcomes


def _is_step(block: Block, last: _Draft, mode: str) -> bool:
    """Whether a block continues the last outcome's steps rather than starting an outcome."""
    if block.level is not None and last.level is not None and block.kind == "list_item" == last.kind:
        return block.level > last.level
    if mode == "steps":
        # Steps keep the form of the first step: bullets after a "Steps" label stay steps until
        # a paragraph comes; paragraphs after the label stay steps until an outcome marker.
        if last.steps_kind in (None, "label"):
            return True
        return block.kind == last.steps_kind
    # Bullets under a paragraph outcome are its sub-steps.
    return block.kind == "list_item" and last.kind != "list_item"


def _outcome_from_row(row: LogicalRow, area: str | None, drafts: list[_Draft]) -> _Draft | None:
    """An outcome from a table row; a row with steps but no outcome adds to the last one."""
    if not any(row.roles) and table_header_roles(row.texts(), OUTCOME_COLUMNS) is not None:
        return None  # a title row ("No. | Outcome | Steps"), repeated under each area
    named = [(i, area_heading(t)) for i, t in enumerate(row.texts()) if t and len(t.split()) <= 6]
    if row.column("area") is not None:
        text = row.role_text("area")
        area = (area_heading(text) or area_in(text) or text) if text else area
    elif any(n for _, n in named):
        area = next(n for _, n in named if n)
    outcome_col = row.column("outcome")
    if outcome_col is None:
        # No header: the longest cell that is not an area label is the outcome.
        candidates = [i for i in range(len(row.cells)) if row.cells[i] and not dict(named).get(i)]
        if not candidates:
            return None
        outcome_col = max(candidates, key=lambda i: len(row.text(i)))
    steps: list[str] = []
    by_when = row.role_text("by_when")
    for i in range(len(row.cells)):
        if i == outcome_col or not row.cells[i] or row.roles[i] in ("area", "by_when") or dict(named).get(i):
            continue
        text = row.text(i)
        if row.roles[i] is None and by_when is None and len(text.split()) <= 8 and BY_WHEN.search(f"by {text}"):
            by_when = text
        elif row.roles[i] in ("steps", None):
            steps.extend(_split_lines(text))
    fragments = row.cells[outcome_col]
    text = row.text(outcome_col)
    if not fragments or is_none(text):
        if drafts and (steps or by_when):  # a continuation row: more steps for the last outcome
            drafts[-1].steps.extend(steps)
            drafts[-1].by_when = drafts[-1].by_when or by_when
        return None
    marker = _OUTCOME_MARKER.match(text)
    start = fragments[0].start
    if marker and len(fragments) == 1:
        text, start = text[marker.end():], start + marker.end()
    return _Draft(text, start, fragments[-1].end, "table_row", area, steps=steps, by_when=by_when)


def split_provision(section: Section | None, start_index: int = 1) -> list[ProvisionItem]:
    """Provision items of one of F, G, H1, H2, H: each list item, table row or paragraph."""
    if section is None or is_none(section.text):
        return []
    items: list[ProvisionItem] = []
    area: str | None = None
    record: list[_Field] = []  # "Provision: ... / Staffing: ... / Frequency: ..." lines read so far

    def flush() -> None:
        if record:
            items.append(_provision_from_fields(section, record, area, start_index + len(items)))
            record.clear()

    for unit in table_units(section, PROVISION_COLUMNS, area_heading, "what"):
        fields = _block_fields(unit.block, unit.offset) if isinstance(unit, BodyBlock) else None
        if fields:
            for field in fields:
                # A "what" line, or a field the record already has, starts the next record.
                if record and (field.role == "what" or field.role in {f.role for f in record}):
                    flush()
                record.append(field)
            continue
        flush()
        if isinstance(unit, AreaHeading):
            area = unit.name
            continue
        if isinstance(unit, LogicalRow):
            item = _provision_from_row(section, unit, area, start_index + len(items))
            if item is not None:
                items.append(item)
            continue
        block, offset = unit.block, unit.offset
        text = block.text.strip()
        named = area_heading(text)
        if named and (block.kind != "list_item" or len(text.split()) <= 4):
            area = named
            continue
        if _is_heading_like(block) and not _is_introduction(text, block.kind) and not area_prefix(text):
            if not _repeats_title(text, section.letter):
                area = _subheading_area(text)
            continue
        if (_is_subheading(block) and not area_prefix(text)) or _is_introduction(text, block.kind):
            continue
        for line_start, line in _block_lines(block.text):
            body = _BULLET.sub("", line).strip()
            if not body or is_none(body) or _is_introduction(body, block.kind):
                continue
            named = area_heading(body)
            if named:
                area = named
                continue
            start = offset + line_start + line.find(body)
            items.append(_provision_item(section, body, start, start + len(body), area, {}, start_index + len(items)))
    flush()
    return items


# A provision record written as labelled lines, one field a line ("Staffing: Specialist teacher").
_FIELD = re.compile(
    r"^(?P<label>(?:provision|support|what(?:\s+will\s+be\s+provided)?|intervention|description(?:\s+of\s+provision)?|"
    r"staffing|staff|who(?:\s+will\s+(?:deliver|provide)(?:\s+it)?)?|delivered\s+by|by\s+whom|provider|"
    r"qualifications?(?:\s+of\s+staff)?|frequency|how\s+often|when|how\s+much|amount|hours|duration|how\s+long|"
    r"length|ratio|group\s+size|area(?:\s+of\s+need)?|(?:linked\s+)?outcomes?(?:\s+(?:linked|supported))?|"
    r"links?\s+to\s+outcomes?))\s*:\s*(?P<value>\S.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class _Field:
    role: str
    value: str
    start: int
    end: int


def _block_fields(block: Block, offset: int) -> list[_Field] | None:
    """The fields of a block whose every line is a "Label: value" provision field, else None."""
    fields: list[_Field] = []
    for line_start, line in _block_lines(block.text):
        body = _BULLET.sub("", line).strip()
        m = _FIELD.match(body)
        role = next((name for name, pattern in PROVISION_COLUMNS if pattern.search(m.group("label"))), None) if m else None
        if m is None or role is None:
            return None
        start = offset + line_start + line.find(body)
        fields.append(_Field(role, m.group("value").strip(), start, start + len(body)))
    return fields or None


def _provision_from_fields(section: Section, fields: list[_Field], area: str | None, index: int) -> ProvisionItem:
    """One provision item from its labelled lines; a lone line is an item as written."""
    roles: dict[str, str] = {}
    for field in fields:
        roles.setdefault(field.role, field.value)
    if "area" in roles:
        area = area_heading(roles["area"]) or roles["area"]
    start, end = fields[0].start, fields[-1].end
    return _provision_item(section, section.text[start:end], start, end, area, roles if len(fields) > 1 else {}, index)


def _block_lines(text: str) -> list[tuple[int, str]]:
    """A block's lines with their offsets: a paragraph holding several bullet lines is several items."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((pos, line))
        pos += len(line) + 1
    return lines


def _provision_from_row(section: Section, row: LogicalRow, area: str | None, index: int) -> ProvisionItem | None:
    """A provision item from a table row; named columns win over what is read off the text."""
    texts = [t for t in row.texts() if t]
    if not texts or all(is_none(t) for t in texts):
        return None
    if not any(row.roles) and table_header_roles(row.texts(), PROVISION_COLUMNS) is not None:
        return None  # a title row ("No. | Provision | Who | How often") is not provision
    roles: dict[str, str] = {}
    for i, role in enumerate(row.roles):
        if role and row.cells[i] and role not in roles:
            roles[role] = row.text(i)
    if "what" in roles and is_none(roles["what"]):
        return None
    if "area" in roles:
        area = area_heading(roles["area"]) or roles["area"]
    elif roles.get("linked_outcome") and area_heading(roles["linked_outcome"]):
        area = area_heading(roles["linked_outcome"])  # an "Outcome" column naming the area ("Independent living")
    elif not any(row.roles):
        for t in texts:
            named = area_heading(t) if len(t.split()) <= 6 else None
            if named:
                area = named
                break
    # A row wrapped over several printed lines is quoted as its columns, not its interleaved lines.
    text = " | ".join(texts) if row.wrapped else section.text[row.start:row.end]
    return _provision_item(section, text, row.start, row.end, area, roles, index)


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    m = pattern.search(text)
    return " ".join(m.group(0).split()) if m else None


def _provision_item(section: Section, text: str, start: int, end: int, area: str | None,
                    roles: dict[str, str], index: int) -> ProvisionItem:
    """One ProvisionItem; columns a table names win over what is read off the text."""
    whole = " ".join(text.split())
    linked = roles.get("linked_outcome")
    if linked is None:
        m = LINKED_OUTCOME.search(whole)
        linked = re.sub(r"\s*(?:,|and|&)\s*", ", ", m.group(1)) if m else None
    who = roles.get("who") or _first(_ROLE, whole)
    frequency = roles.get("frequency") or _first(FREQUENCY, whole)
    duration = roles.get("duration") or _first(DURATION, whole)
    ratio = roles.get("ratio") or _first(RATIO, whole)
    return ProvisionItem(index=index, section=section.letter, text=text, start=start, end=end, area=area,
                         what=roles.get("what") or whole, who=who, frequency=frequency, duration=duration,
                         ratio=ratio, linked_outcome=linked)


def split_items(sections: list[Section] | tuple[Section, ...]) -> tuple[list[Outcome], list[ProvisionItem]]:
    """All outcomes (E) and provision (F, G, H1, H2, H) of a plan, numbered in document order."""
    by_letter = {s.letter: s for s in sections}
    outcomes = split_outcomes(by_letter.get("E"))
    provision: list[ProvisionItem] = []
    for section in sections:
        if section.letter in PROVISION_SECTIONS:
            provision.extend(split_provision(section, start_index=len(provision) + 1))
    return outcomes, provision
