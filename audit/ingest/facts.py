"""Read a plan's facts: the child's name, date of birth, year group, issue/review/amendment dates,
NHS number, UPN, family names, primary need and the dated advice listed in section K.

Labels are data (`LABELS`); a value may follow its label on the same line ("DOB: 1/9/14"),
on the next line, in the next table cell, or in the row below a header row of labels. Prose
("This plan was last reviewed on ...") is read sentence by sentence, and a history table
("Review date | Outcome of review") by its columns. The cover page is read first, then the rest.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date

from audit.dates import MONTHS, find_dates, parse_date, year_group_for
from audit.ingest.tables import cell_lines
from audit.model import AdviceEntry, Block, PlanFacts, Section

# Each fact's labels, as regexes matched at the start of a line or cell (case-insensitive).
LABELS: dict[str, tuple[str, ...]] = {
    "child_name": (
        r"(?:the\s+)?(?:child|young\s+person|pupil|student|learner)(?:'s|s')?\s+(?:full\s+)?name",
        r"name\s+of\s+(?:the\s+)?(?:child|young\s+person|pupil|student)(?:\s*(?:/|or|and)\s*young\s+person)?",
        r"(?:child|young\s+person)\s*(?:/|or)\s*young\s+person(?:'s)?\s+name",
        r"(?:the\s+)?child\s*(?:/|or|and)\s*young\s+person",
        # A bare role as the label ("Young person: Ffion Ellery-Marsh", a "Child" cell): only
        # with a separator after it, so a sentence starting "Child ..." is not read as one.
        r"(?:child|young\s+person|pupil|student|learner)(?=\s*(?:[:|]|$))",
        # A case-management export's "Pupil BROOKS, Jayden" or "Pupil Jayden BROOKS": a bare role
        # then a name whose surname is in capitals, with no separator between them.
        r"(?:child|young\s+person|pupil|student|learner)(?=\s+(?-i:[A-Z][A-Z'’\-]+,\s*[A-Z][a-z]|"
        r"(?:[A-Z][a-z'’\-]+\s+){1,3}[A-Z][A-Z'’\-]+\s*$))",
        # A plan written in the child's voice: "My name | Megan Tull".
        r"my\s+(?:full\s+)?name",
        r"full\s+name", r"legal\s+name", r"name",
    ),
    # Split name fields ("Forename(s): Connor", "Surname: BLACKWATER"), joined when no full name is given.
    "forename": (r"(?:child's\s+|legal\s+)?(?:forenames?|first\s+names?|given\s+names?)",),
    "surname": (r"(?:child's\s+|legal\s+)?(?:surname|last\s+name|family\s+name)",),
    "date_of_birth": (r"date\s+of\s+birth", r"d\.?\s*o\.?\s*b\.?", r"birth\s+date", r"born"),
    "year_group": (
        r"(?:current\s+)?(?:national\s+curriculum|nc)\s+year(?:\s+group)?",
        r"(?:current\s+)?(?:school\s+)?year\s+group", r"school\s+year", r"(?:current\s+)?year(?=\s*:)",
    ),
    "issued": (
        r"date\s+(?:of\s+)?(?:this\s+|the\s+)?(?:final\s+)?(?:ehc\s*p?\s+)?(?:plan\s+)?(?:was\s+)?(?:first\s+|originally\s+)?"
        r"(?:issued?|finali[sz]ed|issue)",
        # Prose: "This plan was first issued on 24th September 2021."
        r"(?:this|the)\s+(?:final\s+)?(?:ehc\s*p?\s+|education,?\s+health\s+and\s+care\s+)?plan\s+was\s+"
        r"(?:first\s+|originally\s+)?(?:issued|finali[sz]ed)(?:\s+on)?",
        r"(?:first|original)\s+issue(?:\s+date)?", r"originally\s+issued(?:\s+on)?",
        r"(?:ehc\s*p(?:lan)?|plan)\s+issue\s+date",
        r"(?:final\s+|first\s+|initial\s+|original\s+)?ehc\s*p(?:lan)?\s+(?:first\s+)?(?:issued|finali[sz]ed)(?:\s+on)?",
        r"(?:initial|original)\s+(?:ehc\s*)?plan\s+(?:issued|finali[sz]ed)(?:\s+on)?",
        r"(?:date\s+of\s+(?:the\s+)?)?(?:original|first|initial)\s+(?:final\s+)?(?:ehc\s*p(?:lan)?|plan)(?:\s+date)?",
        r"(?:ehc\s*p(?:lan)?|plan)\s+start(?:\s+date)?",
        r"(?:final\s+)?(?:ehc\s*p?\s+)?plan\s+(?:first\s+)?(?:issued|finali[sz]ed)(?:\s+on)?",
        r"date\s+(?:of\s+)?(?:the\s+)?final\s+(?:ehc\s*)?plan", r"issue\s+date", r"date\s+finali[sz]ed",
        r"(?:first\s+)?issued(?:\s+on)?", r"(?:plan\s+)?finali[sz]ed(?:\s+on)?",
        r"date\s+of\s+(?:the\s+)?(?:ehc\s*p?(?:\s+plan)?|plan)",
    ),
    "last_amended": (
        r"date\s+(?:of\s+)?(?:the\s+)?(?:last|latest|most\s+recent)\s+amendment",
        r"(?:plan\s+)?(?:last\s+)?amended(?:\s+following\s+(?:the\s+)?(?:annual\s+)?review)?(?:\s+(?:on|dated))?",
        # "Date plan last amended", "Date this plan amended", "Date the plan was amended".
        r"date\s+(?:(?:this|the)\s+)?(?:ehc\s*p?\s+)?(?:plan\s+)?(?:was\s+)?(?:last\s+)?amended",
        r"amendment\s+date", r"date\s+of\s+amendment",
        # "Plan updated | 19/08/2025": an updated plan is an amended one.
        r"(?:ehc\s*p(?:lan)?|plan)\s+(?:last\s+)?updated(?:\s+on)?", r"date\s+(?:(?:this|the)\s+)?(?:plan\s+)?(?:last\s+)?updated",
        r"(?:date\s+(?:of\s+)?)?(?:the\s+)?(?:last|latest|most\s+recent)\s+amend(?:ment|ed\s+plan)(?:\s+(?:date|issued))?",
        r"amended\s+(?:ehc\s*p?\s+)?plan\s+(?:issued|finali[sz]ed)(?:\s+on)?",
        r"date\s+(?:of\s+)?(?:the\s+)?(?:latest\s+|last\s+|most\s+recent\s+)?amended\s+(?:ehc\s*p?\s+)?plan(?:\s+issued)?",
        # Prose: "This plan was last amended on 14 February 2025."
        r"(?:this|the)\s+(?:ehc\s*p?\s+)?plan\s+was\s+(?:last\s+|most\s+recently\s+)?amended(?:\s+on)?",
    ),
    # "Date of this version | 05/08/2026": the issue date for a plan never amended, else the
    # latest amendment's (resolved against the issue date once both are read).
    "version": (
        r"date\s+of\s+(?:this|the|the\s+current|current)\s+version",
        r"(?:this|current)\s+version(?:\s+(?:of\s+the\s+plan\s+)?(?:dated|issued|date))?(?:\s+on)?", r"version\s+date",
        # "Plan date | 10/03/2025" beside "Date of first plan", "This plan issued | 10/02/26": the
        # date of the plan in hand, which is an amended one when it is later than the first issue.
        r"(?:ehc\s*p(?:lan)?|plan)\s+(?:dated|date)", r"date\s+of\s+this\s+(?:ehc\s*p?(?:\s+plan)?|plan)",
        r"(?:this|current)\s+(?:ehc\s*p?\s+)?plan\s+(?:issued|dated|date|finali[sz]ed)(?:\s+on)?",
    ),
    "next_review": (
        # "Next review due by", "The next annual review is due by 3 July 2026", "Date of next review".
        r"(?:date\s+(?:of\s+)?)?(?:the\s+)?next\s+(?:annual\s+|ehc\s*p?\s+|plan\s+)?(?:review|ar\b)(?:\s+(?:is|will\s+be|must\s+be|should\s+be))?"
        r"(?:\s+(?:date|due|meeting|held|scheduled|planned))?(?:\s+(?:by|on|before|in))?",
        # "Review due by", "Interim review due: 24.12.2026", "Early review due by 3 March 2027".
        r"(?:(?:interim|early|first|emergency|phase\s+transfer|transition|six[\s\-]?monthly|6[\s\-]?monthly)\s+)?"
        r"(?:annual\s+|ehc\s*p?\s+|plan\s+)?(?:review|ar\b)\s+(?:(?:due|scheduled)(?:\s+(?:by|on|date))?|by|no\s+later\s+than)",
        r"scheduled\s+review(?:\s+date)?",
    ),
    "review": (
        r"(?:dates?\s+of\s+)?(?:the\s+)?(?:last|latest|most\s+recent|previous|first)?\s*(?:annual\s+|ehc\s*p?\s+|plan\s+)?reviews?(?:\s+(?:meeting|held|dates?|date\(s\)))*(?:\s+(?:on|held\s+on))?",
        r"(?:dates?\s+of\s+)?(?:the\s+)?(?:last|latest|most\s+recent|previous)\s+ar\b(?:\s+(?:meeting|held|date))?", r"ar\s+(?:date|held|meeting)",
        r"(?:annual\s+)?review(?:ed)?\s+(?:meeting\s+)?(?:held\s+)?on",
        r"reviewed(?:\s+on)?", r"date\s+reviewed", r"annual\s+reviews?",
        r"(?:plan\s+)?(?:last|most\s+recently)\s+reviewed(?:\s+on)?",
        # Prose: "This plan was last reviewed on 3 July 2025."
        r"(?:this|the)\s+(?:ehc\s*p?\s+)?plan\s+was\s+(?:last\s+|most\s+recently\s+)?reviewed(?:\s+on)?",
    ),
    # "Date of meeting | 06/10/2026": a review only under a review-record heading (a cover's
    # "Date of meeting" may be the planning meeting of a new plan).
    "meeting": (r"date\s+of\s+(?:the\s+)?(?:review\s+)?meeting", r"(?:review\s+)?meeting\s+(?:date|held(?:\s+on)?)",
                r"date\s+held", r"held\s+on"),
    "nhs_number": (r"nhs\s*(?:number|no\.?|#)?",),
    "upn": (r"(?:upn|unique\s+pupil\s+number)",),
    "family": (
        r"(?:names?\s+of\s+)?(?:parents?\s*(?:/|or|and|&)\s*carers?|parents?|carers?)(?:'s|s')?(?:\s+names?)?(?:\s+and\s+relationship)?(?:\s*\d)?",
        r"(?:mother|father|mum|dad|guardian|foster\s+carer|grandmother|grandfather)(?:'s)?(?:\s+name)?",
        r"(?:family|parental)\s+(?:contact|members?)(?:\s+names?)?",
    ),
    "primary_need": (
        r"(?:primary|main|principal)\s+(?:area\s+of\s+)?(?:sen\s+)?(?:need|type\s+of\s+need)(?:\s+type)?",
        r"primary\s+sen(?:d)?\s+(?:type|need)",
    ),
}

# The label must end the line, or be followed by a separator or the value; "Name of school"
# must not read as the child's name, so labels stop at a word boundary and some words are vetoed.
_SEPARATOR = r"\s*(?:[:\-–—|=]\s*|\t+|\s{2,}|\s+(?=\d))?"
_COMPILED: dict[str, tuple[re.Pattern[str], ...]] = {
    fact: tuple(re.compile(r"^[\s*•\-–]*(?:" + label + r")(?!\w)\s*(?:\([^)]*\))?" + _SEPARATOR, re.IGNORECASE) for label in labels)
    for fact, labels in LABELS.items()
}
# Matches where any label pattern does: one pass turns away the lines that hold no label.
_ANY_LABEL = re.compile(
    r"^[\s*•\-–]*(?:" + "|".join(f"(?:{label})" for labels in LABELS.values() for label in labels)
    + r")(?!\w)\s*(?:\([^)]*\))?" + _SEPARATOR, re.IGNORECASE)
_NOT_A_PERSON = re.compile(
    r"\b(?:school|setting|college|academy|nursery|council|authority|service|officer|coordinator|"
    r"co-ordinator|worker|of\s+the|plan|address|telephone|phone|email|number|date|signed|signature|not\s+known)\b",
    re.IGNORECASE,
)
_BARE_NAME_LABEL = re.compile(r"^\W*(?:name|child|young\s+person|pupil|student|learner)\W*$", re.IGNORECASE)
_NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "la", "le", "da", "di", "du", "bin", "binti", "al", "el", "ter"})
_NAME_VALUE = re.compile(r"^[A-Za-z][A-Za-z'’\-., ]{0,60}$")
NHS_NUMBER = re.compile(r"(?<!\d)(\d{3})[ \-]?(\d{3})[ \-]?(\d{4})(?!\d)")
UPN = re.compile(r"\b([A-Z]\d{11}[0-9A-Z])\b")
# Year groups as plans state them; "post-16" means the first post-16 year.
_YEAR_WORDS: tuple[tuple[re.Pattern[str], int | None], ...] = (
    (re.compile(r"\b(?:nursery|pre-?school|early\s+years|eyfs|n[12])\b", re.I), -1),
    (re.compile(r"\b(?:reception|yr\b|year\s+r\b|r\b)", re.I), 0),
    (re.compile(r"\bpost[\s\-]?19\b", re.I), 14),
    (re.compile(r"\bpost[\s\-]?16\b|\bsixth\s+form\b|\bfurther\s+education\b|\bFE\b", re.I), 12),
)
_YEAR_NUMBER = re.compile(r"^(?:(?:nc\s+)?(?:year|yr|y)\s*)?(\d{1,2})\b", re.IGNORECASE)
_ROLE_OR_NAME = re.compile(
    r"\b(?:dr|mrs|mr|ms|miss|prof)\b\.?|\b(?:psycholog\w*|therap\w*|paediatric\w*|nurse|teacher|"
    r"senco|social\s+worker|consultant|clinician|officer|practitioner|camhs|parent|carer|school|"
    r"service|team|physio\w*|audiolog\w*|optometr\w*|dietit\w*|doctor|gp|headteacher)\b",
    re.IGNORECASE,
)
_PLAN_FOR = re.compile(
    r"(?i:plan|ehcp)\s+(?i:for|of)\s*:?\s+([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3})")
# A title or running header naming the child after a dash or colon ("EHC Plan – Maisie Thorncliffe").
_PLAN_DASH = re.compile(
    r"(?i:plan|ehcp)\s*[:\-–—|]\s*([A-Z][a-z'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3})\s*(?:$|[\-–—|(]|\n)", re.MULTILINE)
_NOT_IN_A_NAME = re.compile(r"\b(?:final|draft|amended|version|issued|section|part|contents|confidential|education|"
                            r"health|care|annual|review|page|proposed|plan|record|summary|information)\b", re.IGNORECASE)
_HEADER_WORDS = re.compile(r"^(?:advice|advice\s+from|title|document|author|by|from|role|date|"
                           r"name|report|source|type\s+of\s+advice|professional|service)s?\W*$", re.I)


@dataclass(frozen=True)
class LabelledValue:
    fact: str
    value: str
    block: int
    label: str = ""
    # Read from a plan-history row ('2 | 21/05/2026 | Annual review held') rather than a label.
    event: bool = False
    # Read from a table under a "Review date | Outcome of review" header: plan history wherever it sits.
    history: bool = False


def _lines(block: Block) -> list[str]:
    return [line for line in block.text.split("\n") if line.strip()]


def labelled_values(blocks: tuple[Block, ...] | list[Block]) -> list[LabelledValue]:
    """Every (fact, value) a label introduces, in document order, one per label occurrence.

    A plan date's value that names several events ("10 June 2026 - plan amended 1 July 2026")
    gives one value per date, each under the event its words name.
    """
    found: list[LabelledValue] = []
    history: tuple[int | None, list[str | None]] | None = None  # a history table's column facts
    piped_columns: list[str | None] | None = None  # the same, for a table written as "a | b" lines
    event_table: int | None = None  # a table under an "Event | Date | Outcome" header
    for index, block in enumerate(blocks):
        if block.kind == "table_row" and len([c for c in block.cells if c.strip()]) > 1:
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            columns = _history_header(block.cells)
            if columns is not None:
                history = (block.table, columns)
            elif history is not None and (history[0] == block.table or len(block.cells) == len(history[1])):
                # A printed table broken across pages arrives as several tables of the same width.
                found.extend(_history_row_values(block, index, history[1], following))
                continue
            if _is_event_header(block.cells):
                event_table = block.table
                continue
            if event_table is not None and block.table == event_table:
                # "Annual review | 18/06/2026 | Amended 05/08/2026": plan history wherever it sits.
                found.extend(replace(v, history=True) if v.fact in _PLAN_DATES else v
                             for v in _row_values(block, index, following))
                continue
            found.extend(_row_values(block, index, following))
            for cell in block.cells:
                found.extend(_pipe_history(cell.split("\n"), index, None)[0])  # a table nested in a cell
            continue
        history = None
        lines = _lines(block)
        if lines and all(" | " in line for line in lines):
            # A table exported as text lines ("Review date | Outcome of review", then its rows).
            piped, piped_columns = _pipe_history(lines, index, piped_columns)
            if piped or piped_columns is not None:
                found.extend(piped)
                continue
        else:
            piped_columns = None
        for number, line in enumerate(lines):
            pairs = [pair for segment in label_segments(line) for pair in _line_values(segment)]
            sentences = clauses(line)
            if len(sentences) > 1 and find_dates(line):
                # Prose ("This plan was last reviewed on 3 July 2025. The next annual review is
                # due by ..."): plan dates are read sentence by sentence, so each keeps its own.
                # A list of dates ("12 March 2024; 11 March 2025") is one value, not prose.
                dated = _clause_values(sentences)
                if dated and _date_count(dated) >= _date_count([p for p in pairs if p[0] in _PLAN_DATES]):
                    pairs = [p for p in pairs if p[0] not in _PLAN_DATES] + dated
            elif not pairs and find_dates(line):
                pairs = _clause_values(sentences)
            for fact, value, label in pairs:
                if not value:
                    value = _next_value(blocks, index, lines, number)
                if value:
                    found.append(LabelledValue(fact, value, index, label))
    return [part for value in found for part in _dated_events(value)]


# Sentence ends and semicolons split prose into clauses; "Dr. Patel", "No. 5" and initials do not.
_CLAUSE_END = re.compile(r";\s*|[.!?](?=\s+[\"“‘'(]?[A-Z0-9])\s*")
_ABBREVIATION = re.compile(r"(?:\b(?:mr|mrs|ms|miss|mx|dr|prof|st|no|nos|ref|tel|approx|dept|etc|e\.g|i\.e|vs)|\b[A-Z])\.$",
                           re.IGNORECASE)


def clauses(line: str) -> list[str]:
    """A line split into sentences and semicolon clauses, abbreviations left whole."""
    parts: list[str] = []
    start = 0
    for m in _CLAUSE_END.finditer(line):
        if m.group(0).startswith(".") and _ABBREVIATION.search(line[start:m.start() + 1]):
            continue
        parts.append(line[start:m.start() + 1].strip(" ;"))
        start = m.end()
    parts.append(line[start:].strip(" ;"))
    return [part for part in parts if part]


def _date_count(pairs: list[tuple[str, str, str]]) -> int:
    return sum(len(find_dates(value)) for _, value, _ in pairs)


def _clause_values(sentences: list[str]) -> list[tuple[str, str, str]]:
    """Plan dates a prose sentence states: "first issued 05 Oct 2018", "Amended 20 Jan 2025 (...)".

    A sentence may open with a label of its own ("Plan history: first issued ..."); what
    follows the colon is read when the whole does not start with a known label.
    """
    out: list[tuple[str, str, str]] = []
    for sentence in sentences:
        if not find_dates(sentence):
            continue
        pairs = [pair for segment in label_segments(sentence) for pair in _line_values(segment)]
        if not pairs and re.match(r"^[^:]{1,40}:\s", sentence):
            pairs = _line_values(sentence.split(":", 1)[1])
        out.extend((fact, value, label) for fact, value, label in pairs
                   if fact in _PLAN_DATES and find_dates(value))
    return out


def _dated_events(value: LabelledValue) -> list[LabelledValue]:
    """One value per date when a plan date's value names more than one event.

    The first date is the label's; a later one belongs to the event the words just before it
    name ("- plan amended 1 July 2026", "amended after the annual review held on 18/06/2026"),
    else to the date before it when only a list separator parts them ("12/03/2025, 10/03/2026").
    A date a new sentence or a long phrase introduces without naming a plan event ("...
    review. The council wrote to the family on 20 October 2026") is not a plan date.
    A bare "Review" label takes the event its value names: "Interim review due by 24.12.2026".
    """
    dates = find_dates(value.value)
    if value.fact not in _PLAN_DATES:
        return [value]
    if len(dates) < 2:
        fact = _first_event(value, dates[0][0], dates[0][1]) if dates else value.fact
        return [value if fact == value.fact else replace(value, fact=fact)]
    parts: list[LabelledValue] = []
    previous = None
    for start, end, _ in dates:
        if previous is None:
            fact: str | None = _first_event(value, start, end)
        else:
            # Only the words on the date's own line and cell name its event, not a neighbouring row's.
            lead = re.split(r"\n|\|", value.value[previous:start])[-1]
            fact = _lead_event(lead)
            if fact is None and _LIST_JOIN.match(lead):
                fact = parts[-1].fact if parts else value.fact
        if fact is not None:
            parts.append(replace(value, fact=fact, value=value.value[start:end]))
        previous = end
    return parts


def _first_event(value: LabelledValue, start: int, end: int) -> str:
    """The event of a value's first date: the label's, unless the words before the date say
    otherwise. A bare "Review" label takes "due by" as the review to come; an amendment label
    whose words name the meeting held ("amended following the annual review held on 09/10/2025")
    dates that review, not the amendment; an issue or version date noted as amended
    ("22/05/2025 (amended following annual review)", "10/02/26 - amended to name ...") is an
    amended plan's."""
    lead = value.value[:start]
    if value.fact == "review" and _lead_event(lead) == "next_review":
        return "next_review"
    if value.fact in ("last_amended", "issued", "version") and _HELD_ON.search(lead):
        return "review"
    if value.fact in ("issued", "version") and _AMENDED_AFTER.match(value.value[end:]):
        return "last_amended"
    return value.fact


# "... the annual review held on", "... review meeting on", "AR held": the date is the review's.
_HELD_ON = re.compile(r"\b(?:review|ar|meeting)\b(?:\s+meeting)?\s+(?:was\s+)?held(?:\s+on)?\s*$", re.IGNORECASE)
# The note right after a date saying the plan it dates is an amended one (a later date or
# year of its own, "amended 2024", names another event; "not amended" is no amendment).
_AMENDED_AFTER = re.compile(
    r"^\s*[(\[,;:\-–—]*\s*(?:this\s+|the\s+)?(?:(?:ehc\s*)?plan\s+)?(?:was\s+)?amend(?:ed|ment)\b(?!\s*(?:on\s+|in\s+)?\d)",
    re.IGNORECASE)
# What parts two dates of one list: separators and joining words only ("12/03/2025, 10/03/2026",
# "02/07/2021 and 24/06/2025"); "- LA decision: maintain (24/07/2026)" names another event.
_LIST_JOIN = re.compile(r"^(?:[\s,;&/+]|\band\b|\bor\b|\bthen\b|\balso\b|\bplus\b|\bagain\b)*$", re.IGNORECASE)


_EVENT_WORD = re.compile(r"\b(?:amend\w*|re-?issue[sd]?|issue[sd]?|finali[sz]\w*|review\w*)\b", re.IGNORECASE)


def _lead_event(lead: str) -> str | None:
    """The plan event the words just before a date name: the last event word of the date's own
    clause ("the review on 24/06/2025 the plan was amended and reissued on" -> amended; "amended
    after the annual review held on" -> review; "next review due by"). An event word far from
    the date ("Following that review the council wrote to the family on") names it only when
    it says the review is due."""
    clause = re.split(r"[.!?]\)?\s+(?=[\"“‘'(]?[A-Z])|;", lead)[-1]
    hits = list(_EVENT_WORD.finditer(clause))
    if not hits:
        # "Annual review 18/06/2026; next due by 17/06/2027": what is next or due is the review.
        return "next_review" if re.search(r"\b(?:next|due)\b", clause, re.IGNORECASE) else None
    fact = event_fact(clause[hits[-2].end() if len(hits) > 1 else 0:])
    return fact if len(clause[hits[-1].end():].split()) <= 5 or fact == "next_review" else None


_EVENT_HEADER_CELL = re.compile(r"^\W*(?:(?:event|stage|milestone|what\s+happened|activity)|(?:date|outcome|decision|details?|notes?|"
                                r"actions?|comments?|result|description))s?\W*$", re.IGNORECASE)
_EVENT_COLUMN = re.compile(r"^\W*(?:event|stage|milestone|what\s+happened|activity)", re.IGNORECASE)


def _is_event_header(cells: tuple[str, ...]) -> bool:
    """A plan-history header naming its columns in general words: "Event | Date | Outcome",
    "Date | What happened"."""
    filled = [c.strip() for c in cells if c.strip()]
    return (len(filled) >= 2 and all(_EVENT_HEADER_CELL.match(c) for c in filled)
            and any(_EVENT_COLUMN.match(c) for c in filled)
            and any(re.match(r"^\W*date", c, re.I) for c in filled))


def _history_header(cells: tuple[str, ...]) -> list[str | None] | None:
    """A header row naming the facts in the columns below it: each column's fact, or None.

    Either a plan-history header ("Review date | Outcome of review": short cells, no dates, a
    cell that is only a plan-date label) or a row of labels only ("Name | Date of birth |
    NHS number") over a row of values.
    """
    filled = [c.strip() for c in cells if c.strip()]
    if len(filled) < 2 or any(find_dates(c) or len(c.split()) > 6 for c in filled):
        return None
    columns: list[str | None] = []
    for cell in cells:
        matched = _match_label(cell.strip()) if cell.strip() else None
        columns.append(matched[0] if matched and not matched[1].strip() else None)
    if all(columns[i] for i, cell in enumerate(cells) if cell.strip()):
        return columns
    columns = [c if c in _PLAN_DATES else None for c in columns]
    return columns if any(columns) else None


def _pipe_history(lines: list[str], index: int,
                  columns: list[str | None] | None) -> tuple[list[LabelledValue], list[str | None] | None]:
    """History values of a table written as "a | b" lines, when one line is a history header.

    Only under such a header are pipe lines read as rows: a document banner
    ("EHC PLAN - FINAL (AMENDED) | PRINTED: 28-Oct-2026") is not plan history.
    """
    found: list[LabelledValue] = []
    for line in lines:
        if " | " not in line:
            columns = None
            continue
        cells = tuple(cell.strip() for cell in line.split(" | "))
        header = _history_header(cells)
        if header is not None:
            columns = header
        elif columns is not None:
            row = Block(kind="table_row", text=line, cells=cells)
            found.extend(_history_row_values(row, index, columns, None))
    return found, columns


def _history_row_values(block: Block, index: int, columns: list[str | None],
                        following: Block | None) -> list[LabelledValue]:
    """A row under a history header: a date in a "Review date" column is a review.

    The row's other cells are read as usual ("Amended 12 Dec 2023 - outcomes updated"), but
    an outcome cell ("Plan maintained") describes the dated review rather than its own event.
    """
    found: list[LabelledValue] = []
    for column, cell in zip(columns, block.cells):
        if not column or not cell.strip() or _match_label(cell.strip()) is not None:
            continue
        if column not in _PLAN_DATES:
            found.append(LabelledValue(column, cell.strip(), index, column))
        elif find_dates(cell):
            found.append(LabelledValue(column, cell.strip(), index, column, event=True, history=True))
    if not found:
        return _row_values(block, index, following)
    return found + [replace(v, history=True) for v in _row_values(block, index, following) if not v.event]


# "Name: Sam Smith Date of birth: 1/9/2014 ...": a text export that ran a details table into
# one line. Each colon ends a label: a known one where it fits (the leftmost that ends the text,
# all labels in one pass), else the last capitalised words.
_ANY_ENDING_LABEL = re.compile(
    r"(?:^|(?<=\s))(?:" + "|".join(f"(?:{label})" for labels in LABELS.values() for label in labels)
    + r")\s*(?:\([^)]*\))?\s*$", re.IGNORECASE)
_GENERIC_LABEL = re.compile(r"(?:^|(?<=\s))[A-Z][\w/()'’\-]*(?: [a-z][\w/()'’\-]*){0,3}\s*$")


def _label_start(before: str) -> int | None:
    m = _ANY_ENDING_LABEL.search(before)
    if m:
        return m.start()
    m = _GENERIC_LABEL.search(before)
    return m.start() if m else None


def label_segments(line: str) -> list[str]:
    """A line split where each 'Label:' starts, when it holds two or more of them."""
    starts: list[int] = []
    for colon in re.finditer(r":(?=\s|$)", line):
        start = _label_start(line[:colon.start()])
        if start is not None and (not starts or start > starts[-1]):
            starts.append(start)
    if len(starts) < 2:
        return [line]
    starts = ([0] if starts[0] > 0 else []) + starts
    return [line[a:b].strip() for a, b in zip(starts, starts[1:] + [len(line)]) if line[a:b].strip()]


def _match_label(text: str) -> tuple[str, str, str] | None:
    """(fact, rest, label) for the fact whose label starts `text`, the longest label winning."""
    text = re.sub(r"\(s\)", "s", text).replace("’", "'")  # "Parent(s)/carer(s)", "Child’s name"
    text = re.sub(r"\*{1,3}|_{2,3}", "", text)  # Markdown emphasis: "**Name:** Sam Smith"
    if not _ANY_LABEL.match(text):
        return None
    best: tuple[int, str, str, str] | None = None
    for fact, patterns in _COMPILED.items():
        for pattern in patterns:
            m = pattern.match(text)
            if m and (best is None or m.end() > best[0]):
                best = (m.end(), fact, text[m.end():], text[:m.end()])
    if best is None:
        return None
    if best[1] == "family" and _RELATION_THEN_NAME.match(text):
        return "family", text, ""  # "Mum (Deepa Castellane), Dad (...)": the brackets hold the names
    if best[1] in ("issued", "version") and _AMENDED_NOTE.search(best[3]):
        # "Date of this plan (amended): 30.10.25": the plan's date is the amendment's, not the issue's.
        return "last_amended", best[2], best[3]
    return best[1], best[2], best[3]


_BARE_REVIEW_LABEL = re.compile(r"^\W*review\s+date\W*$", re.IGNORECASE)
_LAST_REVIEW_LABEL = re.compile(r"\b(?:last|latest|most\s+recent(?:ly)?|previous)\b", re.IGNORECASE)
# A bracketed note on a plan-date label saying the plan it dates is an amended one.
_AMENDED_NOTE = re.compile(r"\([^)]*\bamend(?:ed|ment)\b[^)]*\)", re.IGNORECASE)


def _line_values(line: str) -> list[tuple[str, str, str]]:
    """The (fact, value, label) a labelled line gives, or nothing."""
    matched = _match_label(line.strip())
    if matched is None:
        return []
    fact, rest, label = matched
    rest = rest.strip()
    # A sentence that only starts like a label ("Name the feelings ...") has no separator.
    if (rest and not re.match(r"^[\d(]|^[A-Z]", rest) and fact in ("child_name", "family", "review")
            and not re.search(r"[:|=]\s*$", label)):
        return []
    return [(fact, rest, label)]


def _next_value(blocks: tuple[Block, ...] | list[Block], index: int, lines: list[str], number: int) -> str:
    """A value written on the line after its label ('Date of birth:' then '01/09/2014')."""
    if number + 1 < len(lines):
        candidate = lines[number + 1]
    else:
        following = [b for b in blocks[index + 1:index + 2] if b.text.strip()]
        if not following:
            return ""
        candidate = following[0].text.split("\n")[0]
    if _match_label(candidate.strip()) is not None or len(candidate.split()) > 12:
        return ""
    return candidate.strip()


def _row_values(block: Block, index: int, following: Block | None = None) -> list[LabelledValue]:
    """'Name | Sam Smith | Date of birth | 01/09/2014': each label cell's value is the next cell.

    A PDF may wrap the last cell onto a line of its own ('(epilepsy)'); it is joined back.
    """
    cells = [c.strip() for c in block.cells if c.strip()]
    if following is not None and following.kind == "paragraph" and cells:
        extra = following.text.strip()
        if extra and len(extra.split()) <= 6 and (
                extra[:1] in "(" or extra[:1].islower() or cells[-1].count("(") > cells[-1].count(")")):
            cells[-1] = f"{cells[-1]} {extra}"
    found: list[LabelledValue] = []
    used: set[int] = set()
    for i, cell in enumerate(cells):
        if i in used:
            continue
        matched = _match_label(cell)
        if matched is None:
            continue
        fact, rest, label = matched
        rest = rest.strip()
        if rest[:1] in (";", ",") and fact in _PLAN_DATES:
            continue  # "Review; plan amended ...": a history entry that starts with an event word, not a label
        if rest:
            found.append(LabelledValue(fact, rest, index, label))
        elif i + 1 < len(cells) and _match_label(cells[i + 1]) is None:
            found.append(LabelledValue(fact, cells[i + 1], index, label))
            used.add(i + 1)
        if fact == "review":
            # "Annual reviews | 12/03/2025 | 10/03/2026": every later cell that is a date.
            for j in range(i + 2, len(cells)):
                if _match_label(cells[j]) is not None:
                    break
                found.append(LabelledValue(fact, cells[j], index, label))
                used.add(j)
    if not any(v.fact not in _PLAN_DATES or find_dates(v.value) for v in found):
        # "3 | 21 Jan 25 | Annual review - plan maintained": the event names the date's meaning.
        # A row of a label and an undated value ("Next annual review due | February 2026") stays.
        events = _event_values(cells, index)
        if events or len(cells) != 2:
            found = [v for v in found if v.fact not in _PLAN_DATES] + events
    return found


_PLAN_DATES = frozenset({"issued", "version", "review", "last_amended", "next_review"})


def _in_section(block: int, blocks: tuple[Block, ...] | list[Block], sections: list[Section] | tuple[Section, ...],
                letter: str) -> bool:
    """Whether block number `block` lies in the section with this letter."""
    section = next((s for s in sections if s.letter == letter), None)
    if section is None:
        return False
    offset = sum(len(b.text) + 1 for b in blocks[:block])
    return section.start <= offset + len(blocks[block].text) and offset <= section.end


# A heading over the plan's own history: "Reviews", "Review history", "Annual review record",
# "Previous reviews", "Plan history", "Amendment notice", "ANNUAL REVIEW LOG",
# "Annual review - record of meeting", "Record of annual review meeting", "Annual review meeting notes".
_HISTORY_HEADING = re.compile(
    r"^\W*(?:(?:record|notes|minutes|summary)\s+of\s+(?:the\s+)?)?(?:(?:previous|past|annual|plan|ehc\s*p(?:lan)?)\s+)*"
    r"(?:(?:reviews?|amendments?)(?:\s+meeting)?"
    r"(?:\s*[-–—:]?\s*(?:history|record|records|log|notice|summary|notes|minutes|and\s+amendments?|"
    r"(?:record|notes|minutes|summary)\s+of\s+(?:the\s+)?meeting))?|(?:plan|ehc\s*p(?:lan)?)\s+history)\W*$",
    re.IGNORECASE)


def _under_history_heading(blocks: tuple[Block, ...] | list[Block]) -> frozenset[int]:
    """The blocks between a plan-history heading and the next heading."""
    under: set[int] = set()
    inside = False
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            inside = bool(_HISTORY_HEADING.match(block.text.strip()))
        elif inside:
            under.add(index)
    return frozenset(under)


def _in_plan_sections(block: int, blocks: tuple[Block, ...] | list[Block],
                      sections: list[Section] | tuple[Section, ...]) -> bool:
    """Whether a block lies in sections A to J (K and what follows it list advice and history)."""
    return any(_in_section(block, blocks, sections, s.letter) for s in sections if s.letter != "K")


def event_fact(text: str) -> str | None:
    """Which dated event a plan-history line describes: 'Final EHC plan issued' -> issued."""
    if not re.search(r"\b(?:plan|review|amend|(?:re-?)?issued?|finali[sz])", text, re.I):
        return None
    if re.search(r"\breview\b", text, re.I) and re.search(r"\b(?:next|due|scheduled|planned)\b", text, re.I):
        return "next_review"
    if re.search(r"\bamend(?:ed|ment)\b|\bre-?issued?\b", text, re.I):
        return "last_amended"
    if re.search(r"\b(?:issued?|finali[sz]ed)\b", text, re.I):
        return "issued"
    if re.search(r"\breview(?:ed)?\b", text, re.I) and not re.search(r"\b(?:cancel|postpone|request)", text, re.I):
        return "review"
    return None


def _event_values(cells: list[str], index: int) -> list[LabelledValue]:
    """A plan-history row: '2 | 21/05/2026 | Annual review meeting held' dates the event it names.

    An entry naming several events ("Review; proposed changes sent 1 July 2026; final plan
    issued 22 July 2026") gives the row's date to the event it opens with, and each date of its
    own to the event named just before it; a plan issued after the row's review is the amended one.
    """
    dated = [c for c in cells if find_dates(c) and len(c.split()) <= 4]
    if len(dated) != 1:
        return []
    for cell in cells:
        if cell is dated[0]:
            continue
        own = find_dates(cell)
        head = cell[:own[0][0]] if own else cell
        fact = event_fact(re.split(r";", head)[0]) or event_fact(head if own else cell)
        if not fact:
            continue
        found = [LabelledValue(fact, dated[0], index, cell, event=True)]
        previous = 0
        for start, end, _ in own:
            lead = cell[previous:start]
            previous = end
            own_fact = _lead_event(lead)
            if own_fact == "issued" and (fact in ("review", "last_amended") or re.search(r"\bamend", lead, re.I)):
                own_fact = "last_amended"
            if own_fact:
                found.append(LabelledValue(own_fact, cell[start:end], index, cell, event=True))
        return found
    return []


def clean_name(value: str) -> str | None:
    """A person's name from a label's value, or None when the value is not a name."""
    value = re.split(r"\s*(?:\(|,\s*(?:date|dob|d\.o\.b)|\t|\s{2,}|;|\|)", value, maxsplit=1)[0]
    value = value.strip(" .:-–—")
    if not value or _NOT_A_PERSON.search(value) or not _NAME_VALUE.match(value):
        return None
    words = value.split()
    if not 1 <= len(words) <= 5:
        return None
    # A name's words are capitalised ("Mary-Jane O'Neil", "Anna de Vries"); "I think Sam" is not one.
    if not all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words) or not words[0][:1].isupper():
        return None
    return value


_KNOWN_AS = re.compile(r"\s+(?:\(([A-Z][a-z'’\-]+)\)|[\"“‘']([A-Z][a-z'’\-]+)[\"”’'])(?=\s+[A-Z])")
_SURNAME_FIRST = re.compile(r"^\s*((?:(?:de|van|von|da|di|du|le|la|al|el|o')\s+)?[A-Za-z'’\-]+)\s*,\s*([A-Z][A-Za-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]+){0,2})\s*$",
                            re.IGNORECASE)


def _name_order(value: str) -> str:
    """A child's name value in reading order: "BLACKWATER, Connor" -> "Connor BLACKWATER", and a
    preferred name in brackets or quotes dropped ("Samuel (Sam) Smith" -> "Samuel Smith")."""
    value = _KNOWN_AS.sub("", value)
    m = _SURNAME_FIRST.match(re.split(r"\s*(?:\(|\t|\s{2,}|;|\|)", value, maxsplit=1)[0])
    return f"{m.group(2)} {m.group(1)}" if m else value


def _name_case(word: str, text: str) -> str:
    """An ALL-CAPS name word as the plan writes it elsewhere ("BLACKWATER" -> "Blackwater").

    Case-management exports capitalise surnames; the prose spelling wins ("McDONALD" in the
    header, "McDonald" in the text), else each part is capitalised ("O'NEIL" -> "O'Neil").
    """
    if not (word.isupper() and sum(c.isalpha() for c in word) > 1):
        return word
    for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text, re.IGNORECASE):
        if not m.group(0).isupper():
            return m.group(0)
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word.lower())


def plan_name(name: str, text: str, prose: str | None = None) -> str:
    """The child's name as the plan uses it: capitals normalised, and the first-and-last-name
    form when the plan's own prose (`prose`, else `text`) calls the child that ("Connor James
    BLACKWATER" on the cover, "Connor Blackwater's plan" in the text -> "Connor Blackwater").
    A title ("EHC Plan - Daniel Mensah") is not prose: the cover's full name stands."""
    words = [_name_case(word, text) for word in name.split()]
    if len(words) > 2 and words[-2].lower() not in _NAME_PARTICLES:
        short = f"{words[0]} {words[-1]}"
        if re.search(r"(?<!\w)" + re.escape(short) + r"(?!\w)", text if prose is None else prose):
            return short
    return " ".join(words)


def parse_year_group(value: str) -> int | None:
    """'Year 7', 'NC Year: 7', 'Y12', 'Reception', 'Nursery', 'post-16' as an int (Reception 0)."""
    value = value.strip()
    m = _YEAR_NUMBER.match(value)
    if m:
        year = int(m.group(1))
        return year if 0 <= year <= 20 else None
    for pattern, year in _YEAR_WORDS:
        if pattern.search(value):
            return year
    m = re.search(r"\byear\s*(\d{1,2})\b", value, re.IGNORECASE)
    return int(m.group(1)) if m else None


_MONTH_YEAR = re.compile(r"^\W*(?:(?:due\s+)?(?:by|in|during|before)\s+|due\s+)?(?:the\s+end\s+of\s+)?"
                         r"([a-z]{3,9})\.?,?\s+(\d{4})\b", re.IGNORECASE)


def _month_year(value: str) -> tuple[int, int] | None:
    """(year, month) of a date given to the month only: "February 2026", "by Feb 2026"."""
    m = _MONTH_YEAR.match(value)
    if not m or m.group(1).lower() not in MONTHS:
        return None
    return int(m.group(2)), MONTHS[m.group(1).lower()]


def _due_in_month(month: tuple[int, int], last_review: date | None) -> date:
    """The day a review due in a month falls due: the anniversary of the last review when that
    is in the month (reviews are yearly), else the month's last day (due at the latest then)."""
    year, number = month
    if last_review is not None and (last_review.year + 1, last_review.month) == (year, number):
        return date(year, number, min(last_review.day, calendar.monthrange(year, number)[1]))
    return date(year, number, calendar.monthrange(year, number)[1])


def _plausible_birth(value: date, as_of: date | None) -> date:
    # "03/04/98" reads as 2098; a date of birth is never after the audit date.
    limit = as_of or date.today()
    if value > limit and value.year >= 2000:
        try:
            return value.replace(year=value.year - 100)
        except ValueError:
            return value
    return value


_RELATION_THEN_NAME = re.compile(
    r"^\s*(?:mum|mother|dad|father|step\s*(?:mum|mother|dad|father)|nan|gran|grandmother|grandfather|grandad|"
    r"aunt|uncle|carer|foster\s+carer|guardian)\s*\(([^)]+)\)", re.IGNORECASE)


def _split_names(value: str) -> list[str]:
    names: list[str] = []
    for part in re.split(r"\s*(?:,|;|/|&|\band\b|\n)\s*", value):
        relation = _RELATION_THEN_NAME.match(part)  # "Mum (Deepa Castellane)"
        name = clean_name(relation.group(1) if relation else part)
        if name and name not in names:
            names.append(name)
    return names


def extract_facts(blocks: tuple[Block, ...] | list[Block], cover_blocks: int, sections: list[Section] | tuple[Section, ...],
                  as_of: date | None) -> PlanFacts:
    """PlanFacts from labelled values; the cover page (first `cover_blocks` blocks) wins ties."""
    values = labelled_values(blocks)
    # Cover page first, then the rest in order: the cover's "Name:" is the child's.
    values.sort(key=lambda v: (v.block >= cover_blocks, v.block))
    # Plan dates come from the cover page (its details or history table); the body is read
    # only for a date the cover lacks, and never from history-like rows (K lists "review
    # report | 17 September 2026" as advice, not as a review of the plan).
    on_cover = {v.fact for v in values if v.block < cover_blocks}
    history_blocks = _under_history_heading(blocks)
    values = [
        v for v in values
        if v.fact not in _PLAN_DATES or v.block < cover_blocks or not sections
        or (v.fact not in on_cover and not v.event and not _in_section(v.block, blocks, sections, "K"))
        # A history table after the cover counts unless it sits in a section's own tables
        # (an outcome's "Review date" column is not a review of the plan).
        or (v.fact not in on_cover and v.history and not _in_plan_sections(v.block, blocks, sections))
        # So does what a "Review history" or "Annual review record" heading introduces, even after K;
        # a review it records may be later than the one the cover states (the plan not yet amended).
        or (v.block in history_blocks and (v.fact not in on_cover or v.fact == "review"))
    ]
    # Without a cover page (the plan opens on Section A) the personal details sit inside the
    # first section, and the first "Name:" is the child's.
    no_cover = not sections or not any(b.text.strip() for b in blocks[:cover_blocks])
    facts: dict[str, object] = {}
    reviews: set[date] = set()
    bare_reviews: set[date] = set()  # dated under a bare "Review date" label
    stated_last: set[date] = set()  # dated under a "last/most recent review" label
    family: list[str] = []
    versions: list[date] = []  # dated under a "Date of this version" label
    month_due: tuple[int, int] | None = None  # "Next annual review due | February 2026"

    def first_date(text: str) -> date | None:
        return parse_date(text)

    for lv in values:
        if lv.fact in ("forename", "surname") and lv.fact not in facts and (lv.block < cover_blocks or no_cover):
            name = clean_name(lv.value)
            if name:
                facts[lv.fact] = name
        elif lv.fact == "child_name" and "child_name" not in facts:
            # A bare "Name:" or "Child:" inside the plan may be a parent's or a professional's.
            if lv.block < cover_blocks or no_cover or not _BARE_NAME_LABEL.match(lv.label):
                # After reordering, a comma ends the name ("Sam Smith, Year 5").
                name = clean_name(_name_order(lv.value).split(",")[0]) or clean_name(lv.value)
                if name:
                    facts["child_name"] = name
        elif lv.fact == "date_of_birth" and "date_of_birth" not in facts:
            value = first_date(lv.value)
            if value:
                facts["date_of_birth"] = _plausible_birth(value, as_of)
        elif lv.fact == "year_group" and "year_group" not in facts:
            year = parse_year_group(lv.value)
            if year is not None:
                facts["year_group"] = year
        elif lv.fact in ("issued", "next_review") and lv.fact not in facts:
            value = first_date(lv.value)
            if value:
                facts[lv.fact] = value
            elif lv.fact == "next_review" and month_due is None:
                month_due = _month_year(lv.value)
        elif lv.fact == "last_amended":
            for _, _, value in find_dates(lv.value):
                if as_of is None or value <= as_of:
                    facts["last_amended"] = max(value, facts.get("last_amended", value))  # type: ignore[type-var]
        elif lv.fact == "meeting":
            if lv.block in history_blocks:  # "Date of meeting" in an annual review record
                reviews.update(d for _, _, d in find_dates(lv.value))
        elif lv.fact == "version":
            value = first_date(lv.value)
            if value and (as_of is None or value <= as_of):
                versions.append(value)
        elif lv.fact == "review":
            dated = {d for _, _, d in find_dates(lv.value)}
            if _BARE_REVIEW_LABEL.match(lv.label) and not lv.event and not lv.history:
                bare_reviews.update(dated)
            else:
                reviews.update(dated)
                if _LAST_REVIEW_LABEL.search(lv.label):
                    stated_last.update(dated)
        elif lv.fact == "nhs_number" and "nhs_number" not in facts:
            m = NHS_NUMBER.search(lv.value)
            if m:
                facts["nhs_number"] = "".join(m.groups())
        elif lv.fact == "upn" and "upn" not in facts:
            m = UPN.search(lv.value.upper().replace(" ", ""))
            if m:
                facts["upn"] = m.group(1)
        elif lv.fact == "family":
            if lv.block < cover_blocks or no_cover:
                for name in _split_names(lv.value):
                    if name not in family:
                        family.append(name)
        elif lv.fact == "primary_need" and "primary_need" not in facts:
            need = lv.value.strip(" .:-")
            if need and len(need.split()) <= 12:
                facts["primary_need"] = need
    if "child_name" not in facts and "forename" in facts and "surname" in facts:
        facts["child_name"] = f"{facts['forename']} {facts['surname']}"
    if "child_name" not in facts:
        for block in blocks[:cover_blocks] or blocks[:3]:
            m = _PLAN_FOR.search(block.text)
            if m and clean_name(m.group(1)):
                facts["child_name"] = clean_name(m.group(1))
                break
            m = _PLAN_DASH.search(block.text)
            if m and clean_name(m.group(1)) and not _NOT_IN_A_NAME.search(m.group(1)):
                facts["child_name"] = clean_name(m.group(1))
                break
    if "upn" not in facts:
        for block in blocks[:cover_blocks]:
            m = UPN.search(block.text)
            if m:
                facts["upn"] = m.group(1)
                break

    if isinstance(facts.get("child_name"), str):
        prose = "\n".join(b.text for b in blocks[cover_blocks:] if b.kind != "heading")
        facts["child_name"] = plan_name(facts["child_name"], "\n".join(b.text for b in blocks), prose)  # type: ignore[arg-type]
    # A bare "Review date" beside a stated "Date of last annual review" is the review to come:
    # a date after the one the plan calls its last review cannot be a review already held.
    for value in sorted(bare_reviews):
        if stated_last and value > max(stated_last):
            if "next_review" not in facts:
                facts["next_review"] = value
        else:
            reviews.add(value)
    # A version dated after the plan's first issue is an amended plan; without an issue date
    # the version's date is the plan's date.
    for value in versions:
        issued = facts.get("issued")
        if not isinstance(issued, date):
            facts["issued"] = value
        elif value > issued:
            facts["last_amended"] = max(value, facts.get("last_amended", value))  # type: ignore[type-var]
    review_dates = tuple(sorted(reviews))
    usable = [d for d in review_dates if as_of is None or d <= as_of]
    if "next_review" not in facts and month_due is not None:
        facts["next_review"] = _due_in_month(month_due, max(usable) if usable else None)
    # The date of birth gives the year group on the audit date; a stated one ("Year 10") is as
    # of when the plan was written and may be stale, so it is used only without a birth date.
    stated = facts.get("year_group")
    year_group, source = stated, ("stated" if stated is not None else None)
    dob = facts.get("date_of_birth")
    if isinstance(dob, date) and as_of is not None:
        year_group, source = year_group_for(dob, as_of), "derived"
    return PlanFacts(
        child_name=facts.get("child_name"),  # type: ignore[arg-type]
        date_of_birth=dob,  # type: ignore[arg-type]
        year_group=year_group,  # type: ignore[arg-type]
        year_group_source=source,  # type: ignore[arg-type]
        stated_year_group=stated,  # type: ignore[arg-type]
        issued=facts.get("issued"),  # type: ignore[arg-type]
        review_dates=review_dates,
        last_review=max(usable) if usable else None,
        last_amended=facts.get("last_amended"),  # type: ignore[arg-type]
        next_review=facts.get("next_review"),  # type: ignore[arg-type]
        nhs_number=facts.get("nhs_number"),  # type: ignore[arg-type]
        upn=facts.get("upn"),  # type: ignore[arg-type]
        family_names=tuple(family),
        primary_need=facts.get("primary_need"),  # type: ignore[arg-type]
    )


def _advice_blocks(section: Section) -> list[Block]:
    """K's blocks, with a table nested in a cell ("Part K | Advice | Date\nParental advice | ...")
    read as its own rows; a caption cell beside a nested table ("Review history") is dropped."""
    out: list[Block] = []
    for number, block in enumerate(section.blocks):
        filled = [c for c in block.cells if c.strip()] if block.kind == "table_row" else []
        nested = filled[-1] if filled and "\n" in filled[-1].strip() and (len(filled) == 1 or " | " in filled[-1]) else None
        if nested is None or len(filled) > 2:
            out.append(block)
            continue
        inner = Block(kind="table_row", text=nested, cells=(nested,), page=block.page)
        out.extend(b for b, _ in cell_lines(inner, 0, table=-1 - number))
    return out


def advice_entries(section: Section | None) -> tuple[AdviceEntry, ...]:
    """The advice listed in section K: one entry per table row or line, with author and date."""
    if section is None:
        return ()
    entries: list[AdviceEntry] = []
    history: list[str | None] | None = None  # the columns of a review-history table after the advice list
    event_table: int | None = None  # an "Event | Date | Outcome" table: the plan's history, not advice
    for block in _advice_blocks(section):
        cells = [c.strip() for c in block.cells if c.strip()] if block.kind == "table_row" else []
        if block.kind != "table_row":
            history = event_table = None
        if cells:
            if _is_event_header(block.cells):
                event_table = block.table
                continue
            if event_table is not None and block.table == event_table:
                continue
            header = _history_header(block.cells)
            if header is not None and any(c in _PLAN_DATES for c in header):
                history = header
                continue
            if history is not None and len(block.cells) == len(history) and any(
                    column in _PLAN_DATES and find_dates(cell) for column, cell in zip(history, block.cells)):
                continue  # "07-Dec-2022 | Maintain - no amendments" is the plan's history, not advice
            history = None
            if all(_HEADER_WORDS.match(c) for c in cells):
                continue
            units = [(" - ".join(cells), cells)]
        else:
            units = [(line.strip(), [p.strip() for p in re.split(r"\s+[-–—|]\s+|,\s+|\t+|\s*\(|\)", line) if p and p.strip()])
                     for line in block.text.split("\n") if line.strip()]
        for text, parts in units:
            text = re.sub(r"^[\s*•\-–\d.)]+(?=\S)", "", text) if not cells else text
            dates = find_dates(text)
            if not dates and len(text.split()) < 3:
                continue
            if not dates and text.rstrip().endswith(":"):
                continue
            author = None
            # The first part names the advice ("Educational psychology advice"); the author
            # is the next part that names a person or a role and is not the date.
            others = [p for p in parts[1:] if p.strip(" .:") and not find_dates(p)
                      and not re.fullmatch(r"\W*(?:undated|not\s+dated|no\s+date|n/?a|date\s+unknown)\W*", p, re.I)]
            named = [p for p in others if _ROLE_OR_NAME.search(p)]
            if named or others:
                author = (named or others)[0].strip(" .:")
            entries.append(AdviceEntry(text=text, author=author, date=dates[0][2] if dates else None))
    return tuple(entries)
