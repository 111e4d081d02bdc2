"""Health advice for an EHC needs assessment -> Plan (kind "health_advice").

Reports from paediatricians, speech and language therapists, OTs, physiotherapists, CAMHS and
school nurses have their own shape: an author block, assessment, needs, outcomes,
recommendations and transition. Their parts become Sections named by part (see model.Section).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from audit.dates import find_dates, parse_date
from audit.errors import AuditInputError
from audit.ingest.facts import clean_name, parse_year_group
from audit.ingest.items import PROVISION_COLUMNS, is_none, split_outcomes, split_provision
from audit.ingest.tables import header_roles
from audit.ingest.sections import block_offsets, cell_offsets
from audit.model import Block, Outcome, Plan, PlanFacts, ProvisionItem, RawDocument, Section

ADVICE_PARTS: tuple[str, ...] = ("author", "assessment", "needs", "outcomes", "recommendations", "transition")
END_PART = "end"

# Headings of each part, as advice templates word them (matched against a whole short heading).
PART_HEADINGS: dict[str, tuple[str, ...]] = {
    "author": (
        r"(?:report|advice)\s+(?:author|writer|completed\s+by|prepared\s+by|details)", r"authors?(?:\s+details)?",
        r"about\s+(?:the\s+)?(?:author|this\s+(?:report|advice))", r"(?:professional|practitioner|clinician)(?:'s)?\s+details",
        r"completed\s+by", r"(?:advice|report)\s+(?:given\s+)?by", r"(?:details\s+of\s+)?(?:the\s+)?(?:professional|author)",
        r"who\s+(?:wrote|is\s+giving)\s+this\s+(?:report|advice)", r"contributor(?:\s+details)?",
        r"(?:how|when|where)\s+(?:and\s+(?:when|where|how)\s+)?(?:\w+\s+){0,3}(?:was|were|has\s+been)\s+seen",
        r"(?:sources?\s+of\s+)?information\s+(?:used|sources?)", r"sources?\s+of\s+information", r"contact(?:s)?\s+(?:with|and\s+assessments?)",
        r"assessment\s+details", r"details\s+of\s+(?:the\s+)?assessment", r"basis\s+of\s+(?:this\s+)?(?:advice|report)",
        r"introduction", r"(?:report|advice)\s+information",
    ),
    "assessment": (
        r"(?:summary\s+of\s+)?assessments?(?:\s+(?:findings|results|summary|undertaken|completed|and\s+observations?))?",
        r"background(?:\s+(?:information|history))?", r"(?:relevant\s+)?(?:medical|developmental|birth|clinical)\s+history",
        r"history", r"observations?", r"clinical\s+(?:findings|assessment|presentation)", r"current\s+presentation",
        r"reason\s+for\s+(?:referral|involvement|assessment)", r"presenting\s+(?:concerns|difficulties)",
        r"(?:findings|results)", r"involvement(?:\s+to\s+date)?", r"(?:\w+\s+){0,2}strengths(?:\s+and\s+interests)?",
    ),
    "needs": (
        r"(?:(?:the\s+)?(?:child|young\s+person)(?:'s|s')?\s+)?(?:health|medical|clinical|therapy|identified|presenting)?\s*needs(?:\s+(?:and|&)\s+(?:their\s+)?impact|\s+identified|\s+summary)?",
        r"(?:summary\s+of\s+|description\s+of\s+)(?:[\w'’]+\s+){0,3}needs", r"diagnos(?:is|es)(?:\s+(?:and|&)\s+(?:needs|impact|conditions?))?",
        r"(?:medical\s+)?conditions?", r"(?:impact|effect)\s+(?:on|of)\s+(?:\w+\s*){1,6}", r"(?:areas\s+of\s+)?difficult(?:y|ies)",
        r"health\s+needs\s+(?:related|relating)\s+to\s+(?:\w+\s*){1,6}", r"section\s+c\b.*",
    ),
    "outcomes": (
        r"(?:(?:intended|expected|recommended|suggested|health|therapy|proposed)\s+)?outcomes?(?:\s+(?:sought|for\s+\w+))?",
        r"(?:therapy\s+|health\s+)?(?:goals?|targets?|aims?)", r"what\s+(?:\w+\s+){0,4}(?:will\s+)?(?:achieve|work\s+towards)",
        r"section\s+e\b.*",
    ),
    "recommendations": (
        r"(?:\w+\s+){0,2}recommendations?(?:\s+(?:for|and)\s+(?:\w+\s*){1,4})?", r"(?:recommended\s+|health\s+|therapy\s+|special\s+educational\s+)?provision(?:\s+(?:required|recommended|needed|for\s+(?:\w+\s*){1,4}))?",
        r"(?:recommended\s+)?(?:interventions?|support|strategies|programmes?)(?:\s+(?:required|recommended|needed|for\s+(?:\w+\s*){1,4}))?",
        r"(?:management|treatment|care|therapy)\s+plan", r"advice\s+(?:for|to)\s+(?:\w+\s*){1,4}", r"what\s+(?:\w+\s+){0,4}(?:should|will)\s+(?:be\s+)?(?:provided|do|happen)",
        r"section\s+[fg]\b.*", r"i\s+(?:would\s+)?(?:therefore\s+)?recommend(?:\s+that)?", r"my\s+recommendations?(?:\s+(?:are|is))?",
    ),
    "transition": (
        r"transition(?:\s+(?:to|into)\s+(?:\w+\s*){1,4})?(?:\s+planning)?", r"preparing\s+for\s+adult(?:hood|\s+life)",
        r"adult\s+(?:health\s+)?services?", r"(?:moving|move)\s+(?:on\s+)?to\s+adult(?:\s+\w+){0,3}", r"health\s+in\s+adult\s+life",
        r"(?:looking\s+)?(?:to\s+the\s+)?future(?:\s+planning)?",
    ),
    # Not a part: what follows the advice (a signature, a distribution list) ends the part before.
    END_PART: (
        r"sign(?:ed|ature)(?:\s+and\s+date)?", r"declaration", r"distribution(?:\s+list)?", r"copies\s+to", r"cc",
        r"references", r"glossary(?:\s+of\s+terms)?", r"appendi(?:x|ces)(?:\s+\w+)?", r"contact\s+details",
        r"yours\s+(?:sincerely|faithfully)", r"(?:kind|best|warm)\s+regards", r"with\s+(?:kind\s+|best\s+)?regards",
    ),
}
_PART_RES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (part, re.compile(r"^(?:" + "|".join(patterns) + r")$", re.IGNORECASE)) for part, patterns in PART_HEADINGS.items()
)
# Key words of a part's heading, tried in this order when no heading pattern matches.
_PART_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((part, re.compile(p, re.I)) for part, p in (
    ("recommendations", r"\brecommend\w*|\bprovision\b|\bhow\s+(?:\w+\s+){0,3}(?:can|will|should)\s+help\b|\bwhat\s+(?:\w+\s+){0,3}(?:should|will|can)\s+(?:\w+\s+){0,2}(?:do|help|provide)\b"),
    ("outcomes", r"\boutcomes?\b|\bgoals?\b|\btargets?\b|\bhope\b.*\bachieve\b"),
    ("transition", r"\btransition\w*\b|\badult(?:hood|\s+services?|\s+life)\b"),
    ("needs", r"\bneeds\b|\bdiagnos\w*|\bdifficult(?:y|ies)\b|\bconditions?\b|\bimpact\b|\baffects?\b"),
    ("assessment", r"\bassess\w*|\bbackground\b|\bhistory\b|\bobservations?\b|\bfindings\b"),
    ("author", r"\bauthor\b|\bprofessional\s+details\b|\bwritten\s+by\b|\babout\s+(?:me|us|the\s+writer)\b"),
))
# A document's own title names parts too ("Advice for an EHC needs assessment"): never a part heading.
_DOCUMENT_TITLE = re.compile(r"\b(?:EHC|EHCP|education,?\s+health\s+(?:and|&)\s+care|advice|report|letter|pro-?forma|form)\b", re.I)
# "1.", "2)", "Part 3:", "Section 4 -" before a heading; markup and a trailing colon after it.
_NUMBERING = re.compile(r"^(?:(?:part|section)\s+\d{1,2}|\d{1,2}(?:\.\d{1,2})?)\s*[:.)\-–—]?\s+", re.IGNORECASE)
_MAX_HEADING_WORDS = 12

# Labels of the author block and cover details: fact -> label regexes (a whole label).
ADVICE_LABELS: dict[str, tuple[str, ...]] = {
    "author": (r"(?:report\s+|advice\s+)?(?:author|written\s+by|completed\s+by|prepared\s+by|report\s+by|advice\s+(?:given\s+)?by)",
               r"(?:name\s+of\s+)?(?:professional|clinician|practitioner|therapist|author)(?:'s)?(?:\s+name)?", r"signed", r"from"),
    "author_role": (r"(?:job\s+title|role|designation|profession|position|title)(?:\s+and\s+(?:service|team))?",),
    "document_date": (r"date\s+of\s+(?:this\s+)?(?:advice|report|letter)", r"(?:advice|report|letter)\s+date",
                      r"date\s+(?:advice\s+|report\s+)?(?:written|completed|submitted|signed)", r"date"),
    "child_name": (r"(?:the\s+)?(?:child|young\s+person|patient|pupil)(?:'s|s')?(?:\s+(?:full\s+)?name)?",
                   r"name\s+of\s+(?:the\s+)?(?:child|young\s+person|patient|pupil)", r"re"),
    "date_of_birth": (r"date\s+of\s+birth", r"d\.?\s*o\.?\s*b\.?"),
    "year_group": (r"(?:current\s+)?(?:school\s+|nc\s+)?year(?:\s+group)?",),
    "nhs_number": (r"nhs\s*(?:number|no\.?)",),
}
_LABEL_RES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (fact, re.compile(r"^\s*(?:" + "|".join(labels) + r")\s*(?:[:\-–|]\s*|\t+)(?P<value>\S.*)$", re.IGNORECASE))
    for fact, labels in ADVICE_LABELS.items()
)
_CELL_LABEL_RES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (fact, re.compile(r"^\s*(?:" + "|".join(labels) + r")\s*:?\s*$", re.IGNORECASE)) for fact, labels in ADVICE_LABELS.items()
)

# What marks a document as health advice rather than a plan: a regulated professional's
# registration, a clinical role, the words of a report's author block.
REGISTRATION = re.compile(r"\b(?:HCPC|GMC|NMC)\b(?:\s*(?:registration|reg\.?|number|no\.?|registered))*\s*[:#]?\s*(?:[A-Z]{0,3}\s?\d{5,8})?", re.I)
_ADVICE_MARKERS = re.compile(
    r"\b(?:health\s+advice|medical\s+advice|(?:paediatric|therapy|clinical|medical|nursing|audiology|dietetic|physiotherapy|"
    r"occupational\s+therapy|speech\s+and\s+language\s+therapy|CAMHS)\s+(?:advice|report)|advice\s+for\s+(?:an?\s+)?(?:EHC|education,?\s+health)"
    r"|(?:for|towards)\s+(?:an?\s+|the\s+)?(?:EHC|education,?\s+health\s+and\s+care)\s+needs\s+assessment|statutory\s+advice|"
    r"HCPC|GMC|NMC|consultant\s+paediatrician|registered\s+(?:nurse|dietitian|physiotherapist|speech|occupational))\b", re.I)


def match_part(text: str, loose: bool = True) -> str | None:
    """The advice part a heading names ("Recommendations" -> recommendations), or None.

    `loose` also reads a part's key word in a heading in the service's own words ("Jade's needs
    and how they affect her"); only for text styled as a heading, never a short line of body text.
    """
    title = " ".join(text.replace("*", " ").replace("#", " ").split()).strip(" :-–—|")
    title = _NUMBERING.sub("", title).strip(" :-–—|")
    title = re.sub(r"\s*\((?:[^()]{0,60})\)\s*$", "", title)  # "Recommendations (for section F)"
    if not title or len(title.split()) > _MAX_HEADING_WORDS or title.endswith((".", "?", "!", ";", ",")):
        return None
    for part, pattern in _PART_RES:
        if pattern.match(title):
            return part
    # Headings in a service's own words ("Jade's needs and how they affect her"): the part's key word.
    if not loose or _DOCUMENT_TITLE.search(title):
        return None
    for part, pattern in _PART_WORDS:
        if pattern.search(title):
            return part
    return None


@dataclass(frozen=True)
class PartHeading:
    part: str
    block: int
    heading_start: int  # offset in the joined text where the heading begins
    body_start: int  # where the part's body begins (after the heading, or after a title cell)
    title: str


def _looks_like_heading(block: Block) -> bool:
    text = block.text.strip()
    if not text or "\n" in text:
        return False
    if block.kind == "heading" or block.bold:
        return True
    # Plain text: a short line that does not end a sentence, or ends with a colon (never a list item).
    return block.kind == "paragraph" and len(text.split()) <= 8 and not text.endswith((".", ";", ","))


def find_part_headings(blocks: tuple[Block, ...]) -> list[PartHeading]:
    """The headings (or title cells of pro-forma tables) that start each part, in order."""
    offsets = block_offsets(blocks)
    found: list[PartHeading] = []
    for index, (block, offset) in enumerate(zip(blocks, offsets)):
        if block.kind == "table_row":
            cells = [(c.strip(), span) for c, span in zip(block.cells, cell_offsets(block)) if c.strip()]
            if not cells:
                continue
            part = match_part(cells[0][0], loose=False)
            if part is None:
                continue
            start, end = cells[0][1]
            body = offset + (cells[1][1][0] if len(cells) > 1 and cells[1][1][0] >= 0 else (end if end >= 0 else len(block.text)))
            found.append(PartHeading(part, index, offset, body, cells[0][0]))
        elif _looks_like_heading(block):
            part = match_part(block.text, loose=block.kind == "heading" or block.bold)
            if part is not None:
                found.append(PartHeading(part, index, offset, offset + len(block.text), block.text.strip()))
    return found


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in "\n \t":
        end -= 1
    while start < end and text[start] in "\n \t":
        start += 1
    return start, end


def _section(letter: str, title: str, text: str, start: int, end: int, blocks: tuple[Block, ...],
             offsets: list[int]) -> Section:
    start, end = _trimmed(text, start, end)
    inside = tuple(b for b, off in zip(blocks, offsets) if off >= start and off + len(b.text) <= end and b.text.strip())
    return Section(letter=letter, title=title, text=text[start:end], start=start, end=end, blocks=inside)


# The title given to the details before the first heading, read as the author block.
PREAMBLE_TITLE = "Report details"


def advice_sections(blocks: tuple[Block, ...], text: str) -> list[Section]:
    """The parts of a health advice document; the preamble before the first part is "author"
    when the document has no author heading of its own (a letterhead and a details table)."""
    offsets = block_offsets(blocks)
    headings = find_part_headings(blocks)
    sections: list[Section] = []
    first = headings[0].heading_start if headings else len(text)
    if first > 0 and not any(h.part == "author" for h in headings) and headings and headings[0].part != END_PART:
        sections.append(_section("author", PREAMBLE_TITLE, text, 0, first, blocks, offsets))
    for i, head in enumerate(headings):
        if head.part == END_PART:
            continue
        limit = headings[i + 1].heading_start if i + 1 < len(headings) else len(text)
        section = _section(head.part, head.title, text, min(head.body_start, limit), limit, blocks, offsets)
        # A part split by a sub-heading of the same part ("Background", "Assessment findings") is one part.
        if sections and sections[-1].letter == section.letter:
            previous = sections[-1]
            sections[-1] = _section(previous.letter, previous.title, text, previous.start, section.end, blocks, offsets)
            continue
        sections.append(section)
    return sections


# --- Facts of the author block ----------------------------------------------------------------


_BARE_NAME = re.compile(r"^\s*(?:full\s+)?name\s*(?:[:\-–|]\s*|\t+)(?P<value>\S.*)$", re.IGNORECASE)
_BARE_NAME_CELL = re.compile(r"^\s*(?:full\s+)?name\s*:?\s*$", re.IGNORECASE)


def labelled(blocks: tuple[Block, ...], name_fact: str = "child_name") -> list[tuple[str, str]]:
    """(fact, value) pairs from 'Label: value' lines and two-cell table rows, in document order.

    A bare "Name:" is `name_fact`: the author's name in the author block, the child's elsewhere.
    """
    labels = (*_LABEL_RES, (name_fact, _BARE_NAME))
    cell_labels = (*_CELL_LABEL_RES, (name_fact, _BARE_NAME_CELL))
    pairs: list[tuple[str, str]] = []
    for block in blocks:
        if block.kind == "table_row":
            cells = [c.strip() for c in block.cells if c.strip()]
            for label, value in zip(cells[::2], cells[1::2]):
                for fact, pattern in cell_labels:
                    if pattern.match(label):
                        pairs.append((fact, value))
                        break
            if len(cells) >= 2:
                continue
        for line in block.text.split("\n"):
            for fact, pattern in labels:
                m = pattern.match(line)
                if m:
                    pairs.append((fact, m.group("value").strip()))
                    break
    return pairs


_TITLE_PREFIX = re.compile(r"^(?:dr|mrs|mr|ms|miss|mx|prof)\.?\s+", re.I)
_ROLE_SPLIT = re.compile(r"\s*(?:,|;|\||\s[-–—]\s|\()\s*")


def _person(value: str) -> tuple[str | None, str | None]:
    """'Dr Anna Pike, Consultant Community Paediatrician' -> (name, role)."""
    parts = [p.strip(" )") for p in _ROLE_SPLIT.split(value) if p.strip(" )")]
    if not parts:
        return None, None
    head = parts[0]
    name = clean_name(head) or (head if _TITLE_PREFIX.match(head) and len(head.split()) <= 5 else None)
    role = ", ".join(parts[1:3]) if name and len(parts) > 1 else None
    return name, role


# "This report was written by Priya Shah, Speech and Language Therapist (HCPC ...)".
_WRITTEN_BY = re.compile(r"\b(?:written|completed|prepared|compiled)\s+by\s+(?P<name>(?:(?:Dr|Mrs|Mr|Ms|Miss)\.?\s+)?[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){1,2})"
                         r",\s+(?:a\s+|an\s+|the\s+)?(?P<role>[A-Za-z][A-Za-z ,&'’\-]{3,80}?)\s*(?:\(|,|\.|;|\bon\b)")
_INLINE_DOB = re.compile(r"\b(?:DOB|D\.O\.B\.?|date\s+of\s+birth)\s*:?\s*(\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,2}\s+[A-Za-z]+\s+\d{4})", re.I)
_SIGN_OFF = re.compile(r"^\s*(?:yours\s+(?:sincerely|faithfully)|(?:kind|best|warm)\s+regards|with\s+(?:kind\s+|best\s+)?regards|signed)\W*$", re.I)


def signature(blocks: tuple[Block, ...]) -> dict[str, str]:
    """The author and role under a letter's sign-off ("Yours sincerely / Dr Rachel Osei / Consultant ...")."""
    lines = [line.strip() for b in blocks for line in b.text.split("\n") if line.strip()]
    for i, line in enumerate(lines):
        if _SIGN_OFF.match(line):
            following = lines[i + 1:i + 4]
            for j, candidate in enumerate(following):
                name, role = _person(candidate)
                if name:
                    found = {"author": name}
                    role = role or (following[j + 1] if j + 1 < len(following) and clean_name(following[j + 1]) is None else None)
                    if role:
                        found["author_role"] = role
                    return found
    return {}


def advice_facts(blocks: tuple[Block, ...], sections: list[Section], as_of: date) -> PlanFacts:
    """Author, role, date of advice, child's name, date of birth and year group."""
    values: dict[str, str] = {}
    # In a preamble a bare "Name:" is more often the child's (a details table) than the author's.
    author_blocks = {id(b) for s in sections if s.letter == "author" and s.title != PREAMBLE_TITLE for b in s.blocks}
    for block in blocks:
        for fact, value in labelled((block,), "author" if id(block) in author_blocks else "child_name"):
            values.setdefault(fact, value)
    if "author" not in values:
        values.update({k: v for k, v in signature(blocks).items() if k not in values})
    if "author" not in values:
        written = _WRITTEN_BY.search("\n".join(b.text for b in blocks[:60]))
        if written:
            values["author"] = written.group("name")
            values.setdefault("author_role", written.group("role").strip())
    author, role = _person(values["author"]) if "author" in values else (None, None)
    role = values.get("author_role") or role
    document_date = None
    if "document_date" in values:
        document_date = parse_date(values["document_date"])
    author_part = next((s for s in sections if s.letter == "author"), None)
    if document_date is None and author_part is not None:
        dated = [d for _, _, d in find_dates(author_part.text) if d <= as_of]
        document_date = max(dated) if dated else None
    if "date_of_birth" not in values:
        # "Re: Noah Pembury, DOB 12/06/2015": a letter gives the date of birth inline.
        inline = _INLINE_DOB.search("\n".join(b.text for b in blocks[:40]))
        if inline:
            values["date_of_birth"] = inline.group(1)
    dob = parse_date(values["date_of_birth"]) if "date_of_birth" in values else None
    if dob is not None and document_date == dob:
        document_date = None
    year_group = parse_year_group(values["year_group"]) if "year_group" in values else None
    child = clean_name(re.split(r"\s*(?:,|;|\(|\s[-–]\s|\bDOB\b|\bD\.O\.B)", values["child_name"])[0]) if "child_name" in values else None
    nhs = re.sub(r"\D", "", values.get("nhs_number", "")) or None
    return PlanFacts(
        child_name=child,
        date_of_birth=dob,
        year_group=year_group,
        year_group_source="stated" if year_group is not None else None,
        stated_year_group=year_group,
        nhs_number=nhs if nhs and len(nhs) == 10 else None,
        author=author,
        author_role=role,
        document_date=document_date,
        advice_dates=(document_date,) if document_date else (),
    )


# --- Items -------------------------------------------------------------------------------------

_INTRO_LINE = re.compile(r":\s*$")
# Lines of a recommendations part that are not recommendations: page furniture, contact details.
_NOT_PROVISION = re.compile(r"^page\s+\d+(?:\s+of\s+\d+)?$|\b(?:contact\s+me|any\s+(?:further\s+)?questions|happy\s+to\s+discuss|"
                            r"please\s+(?:do\s+not\s+hesitate|contact|call|get\s+in\s+touch))\b|\b(?:tel(?:ephone)?|phone|e-?mail)\s*(?:no\.?|number)?\s*:|"
                            r"\S@\S|\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b", re.I)
_PROVISION_WORDS = re.compile(r"\b(?:as\s+(?:required|needed|appropriate)|regular|access|should|would|will|to\s+be|if\s+needed|"
                              r"reviews?|support|referral|refer|see\s+attached|continue|ongoing|weekly|daily|termly|monthly)\b", re.I)
# A short line that groups the recommendations under it: "For section F (educational)", "Health provision".
_GROUP_LINE = re.compile(r"^(?:(?:for|to)\s+(?:\w+\s*){1,4}|(?:\w+\s+){0,3}(?:provision|recommendations|advice|strategies)"
                         r"(?:\s+for\s+(?:\w+\s*){1,3})?)(?:\s*\([^()]{0,40}\))?$|\bsection\s+[A-K]\b", re.I)


def _uncovered_lines(section: Section, items: list[ProvisionItem]) -> list[tuple[int, int, str]]:
    """Lines of a recommendations part no item covers: a paragraph of advice is provision too,
    and a line such as "Speech and language therapy: see attached report" must not slip through."""
    covered = [(it.start, it.end) for it in items]
    heading_lines = {b.text.strip() for b in section.blocks if b.kind == "heading" or (b.bold and len(b.text.split()) <= 12)}
    table_headers = {b.text.strip() for b in section.blocks if _header(b)}
    lines: list[tuple[int, int, str]] = []
    offset = 0
    for line in section.text.split("\n"):
        body = re.sub(r"^\s*(?:[-*\u2022\u25aa\u25cf]|\d{1,2}[.)])\s+", "", line).strip()
        start = offset + line.find(body) if body else offset
        end = start + len(body)
        offset += len(line) + 1
        grouping = len(body.split()) <= 8 and not body.endswith(".") and _GROUP_LINE.search(body)
        if (not body or _INTRO_LINE.search(body) or match_part(body, loose=False) or is_none(body) or grouping
                or body in table_headers or _NOT_PROVISION.search(body)):
            continue
        # A short or heading-like line is a sub-heading, unless it reads as (vague) provision: "Regular physiotherapy".
        if (body in heading_lines or len(body.split()) < 3) and not _PROVISION_WORDS.search(body):
            continue
        if any(s <= start < e or s < end <= e or (start <= s and e <= end) for s, e in covered):
            continue
        lines.append((start, end, body))
    return lines


def _probe(letter: str, text: str) -> Section:
    """One line as a section of its own list item, to read what/who/how often off it as ingest does."""
    return Section(letter=letter, title="", text=text, start=0, end=len(text),
                   blocks=(Block(kind="list_item", text=text),))


def _header(block: Block) -> bool:
    return block.kind == "table_row" and header_roles([c.strip() for c in block.cells], PROVISION_COLUMNS) is not None


def table_row_items(section: Section) -> list[ProvisionItem]:
    """One item per row of a table of recommendations, read with its header's columns.

    A Word table's rows are rows: an empty "how often" cell is a missing frequency, never the
    row continuing the one above (as a PDF's wrapped rows may).
    """
    items: list[ProvisionItem] = []
    header: Block | None = None
    pos = 0
    for block in section.blocks:
        at = section.text.find(block.text, pos)
        if at < 0 or block.kind != "table_row":
            header = None if block.kind != "table_row" else header
            continue
        pos = at + len(block.text)
        if _header(block):
            header = block
            continue
        lines = [header.text, block.text] if header is not None else [block.text]
        probe = Section(letter=section.letter, title="", text="\n".join(lines), start=0, end=0,
                        blocks=(header, block) if header is not None else (block,))
        found = split_provision(probe)
        if found:
            items.append(found[-1].model_copy(update={"start": at, "end": at + len(block.text), "text": block.text}))
    return items


def advice_provision(sections: list[Section], source_format: str = "docx") -> list[ProvisionItem]:
    """Every recommended provision, numbered in document order, with what/who/how often/how long."""
    items: list[ProvisionItem] = []
    for section in sections:
        if section.letter != "recommendations":
            continue
        found = split_provision(section, start_index=len(items) + 1)
        if source_format != "pdf" and any(b.kind == "table_row" for b in section.blocks):
            rows = table_row_items(section)
            spans = [(r.start, r.end) for r in rows]
            found = [it for it in found if not any(s < it.end and it.start < e for s, e in spans)] + rows
        for start, end, body in _uncovered_lines(section, found):
            extra = split_provision(_probe(section.letter, body))
            for item in extra[:1]:
                found.append(item.model_copy(update={"start": start, "end": end, "text": body}))
        found.sort(key=lambda it: it.start)
        for item in _joined(section, found):
            if _INTRODUCTION.match(item.text) and not (item.frequency or item.duration):
                continue  # "These recommendations are for section F": it introduces, it provides nothing
            if _NOT_PROVISION.search(item.text) and not (item.frequency or item.duration):
                continue  # "Please contact me on 01234 567890 with any questions"
            items.append(item.model_copy(update={"index": len(items) + 1}))
    return items


_INTRODUCTION = re.compile(r"^(?:these|the\s+following|the|all|my|our)\s+(?:\w+\s+){0,3}(?:recommendations?|provision|advice)\b", re.I)


def _joined(section: Section, items: list[ProvisionItem]) -> list[ProvisionItem]:
    """Rejoin an item a plain-text export broke at a wrapped line ("... once a week, in" / "school.")."""
    out: list[ProvisionItem] = []
    for item in items:
        previous = out[-1] if out else None
        if (previous is not None and item.text[:1].islower() and not previous.text.rstrip().endswith((".", ";", "!", "?"))
                and not section.text[previous.end:item.start].strip()):
            whole = section.text[previous.start:item.end]
            merged = (split_provision(_probe(section.letter, " ".join(whole.split()))) or [previous])[0]
            out[-1] = merged.model_copy(update={"index": previous.index, "start": previous.start, "end": item.end,
                                                "text": whole, "area": previous.area})
            continue
        out.append(item)
    return out


def advice_outcomes(sections: list[Section]) -> list[Outcome]:
    outcomes: list[Outcome] = []
    for section in sections:
        if section.letter == "outcomes":
            for outcome in split_outcomes(section, start_index=len(outcomes) + 1):
                outcomes.append(outcome.model_copy(update={"section": "outcomes"}))
    return outcomes


# --- Recognising advice ------------------------------------------------------------------------


def advice_score(blocks: tuple[Block, ...]) -> int:
    """How strongly a document reads as health advice: its parts, its author block, its markers."""
    parts = {h.part for h in find_part_headings(blocks)}
    facts = {fact for fact, _ in labelled(blocks[:60])} | set(signature(blocks))
    head = "\n".join(b.text for b in blocks[:40])
    score = len(parts & {"author", "needs", "recommendations", "outcomes", "transition", "assessment"})
    score += 2 * ("recommendations" in parts) + ("author" in facts or "author_role" in facts) * 2
    score += 2 * bool(REGISTRATION.search(head)) + bool(_ADVICE_MARKERS.search(head))
    return score


def looks_like_advice(document: RawDocument, plan_sections: int) -> bool:
    """Health advice rather than a plan: few or no plan sections, and an advice structure
    (an author and role, recommendations, a registration number)."""
    if plan_sections >= 6:
        return False
    # A plan template whose headings were half found scores up to about 8: with 3 to 5 plan sections, ask for more.
    return advice_score(document.blocks) >= (4 if plan_sections < 3 else 9)


def could_be_advice(document: RawDocument) -> bool:
    """For a document that is not a plan: advice parts (needs or recommendations, and another part or an author)."""
    parts = {h.part for h in find_part_headings(document.blocks)} - {END_PART}
    if not parts & {"needs", "recommendations"}:
        return False
    authored = bool({fact for fact, _ in labelled(document.blocks[:60])} & {"author", "author_role"}) or bool(signature(document.blocks))
    return len(parts) >= 2 or authored


def structure_advice(document: RawDocument, as_of: date) -> Plan:
    """A health advice document as a Plan of kind "health_advice" with its parts as sections.

    Raises AuditInputError for a document with no recognisable advice structure.
    """
    if document.structured is not None:
        raise AuditInputError(document.source, "a JSON file is read as an EHC plan, not as health advice")
    blocks = document.blocks
    text = "\n".join(block.text for block in blocks)
    if not text.strip():
        raise AuditInputError(document.source, "the document is empty")
    sections = advice_sections(blocks, text)
    named = {s.letter for s in sections} - {"author"}
    if not named and advice_score(blocks) < 3:
        raise AuditInputError(document.source, "does not look like health advice (no author, needs or recommendations found)")
    facts = advice_facts(blocks, sections, as_of)
    return Plan(
        source=document.source,
        format=document.format,
        sha256=document.sha256,
        kind="health_advice",
        text=text,
        sections=tuple(sections),
        missing_sections=tuple(p for p in ADVICE_PARTS if p not in {s.letter for s in sections}),
        facts=facts,
        outcomes=tuple(advice_outcomes(sections)),
        provision=tuple(advice_provision(sections, document.format)),
    )


__all__ = ["ADVICE_PARTS", "advice_score", "could_be_advice", "looks_like_advice", "match_part", "structure_advice"]
