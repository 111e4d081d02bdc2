"""The identifying fields of a plan's cover page ("Name: Sam Jones", "Parent/carer: ...",
"Date of birth", "NHS number", "UPN", "Address"), read from its text for the Redactor.

A line is 'label: value' (or label and value separated by a tab, '|' or a wide gap, as table
rows are joined). Labels are matched loosely; a value must look like a name to count as one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from audit.dates import parse_date
from audit.privacy.names import split_people

_SEPARATOR = re.compile(r"\s*(?::|\t|\|| {2,})\s*")
CHILD_LABEL = re.compile(
    r"^(?:(?:child|young person|child/young person|child or young person|pupil|student|learner)(?:['’]s)?\s*)?"
    r"(?:full\s+|legal\s+)?name(?:\s+of\s+(?:the\s+)?(?:child|young person|pupil|student))?$"
    r"|^(?:child|young person|child/young person|pupil|student)$",
    re.IGNORECASE,
)
NICKNAME_LABEL = re.compile(r"^(?:preferred\s+name|known\s+as|likes\s+to\s+be\s+called|name\s+used)$", re.IGNORECASE)
FAMILY_LABEL = re.compile(
    r"^(?:name\s+of\s+)?(?:parents?|carers?|parents?\s*(?:/|or|and)\s*carers?|parent\(s\)\s*/?\s*carer\(s\)|"
    r"mother|father|mum|dad|guardian|special\s+guardian|foster\s+carers?)(?:['’]s?)?(?:\s+names?)?$",
    re.IGNORECASE,
)
DOB_LABEL = re.compile(r"^(?:date\s+of\s+birth|d\.?o\.?b\.?|birth\s*date)$", re.IGNORECASE)
NHS_LABEL = re.compile(r"^nhs\s*(?:number|no\.?)?$", re.IGNORECASE)
UPN_LABEL = re.compile(r"^(?:upn|unique\s+pupil\s+number)$", re.IGNORECASE)
ADDRESS_LABEL = re.compile(r"^(?:home\s+)?address$", re.IGNORECASE)
_NAME_VALUE = re.compile(r"^[A-Z][\w'’.\-]*(?:\s*(?:,|&|/|\band\b|\(|\)|\s)\s*[\w'’.\-()]*){0,12}$")


@dataclass
class CoverFields:
    child_names: list[str] = field(default_factory=list)
    family_names: list[str] = field(default_factory=list)
    date_of_birth: date | None = None
    nhs_numbers: list[str] = field(default_factory=list)
    upns: list[str] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)


def _looks_like_name(value: str) -> bool:
    words = [w for w in re.split(r"[\s,&/()]+", value) if w and w.lower() != "and"]
    return 0 < len(words) <= 8 and bool(_NAME_VALUE.match(value)) and all(w[0].isupper() for w in words)


def read_cover(cover_text: str) -> CoverFields:
    """The identifying fields in a cover page's text."""
    fields = CoverFields()
    for line in cover_text.splitlines():
        parts = _SEPARATOR.split(line.strip(), maxsplit=1)
        if len(parts) != 2:
            continue
        label, value = parts[0].strip().rstrip("?:").strip(), parts[1].strip()
        if not value:
            continue
        if CHILD_LABEL.match(label) or NICKNAME_LABEL.match(label):
            if _looks_like_name(value):
                fields.child_names.append(value)
        elif FAMILY_LABEL.match(label):
            fields.family_names.extend(p for p in split_people(value) if _looks_like_name(p))
        elif DOB_LABEL.match(label):
            fields.date_of_birth = fields.date_of_birth or parse_date(value)
        elif NHS_LABEL.match(label):
            fields.nhs_numbers.append(value)
        elif UPN_LABEL.match(label):
            fields.upns.append(value)
        elif ADDRESS_LABEL.match(label):
            fields.addresses.append(value)
    return fields
