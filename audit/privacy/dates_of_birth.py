"""Dates of birth: any date just after "born", "DOB", "D.O.B." or "date of birth", and the
child's known date of birth wherever it appears and however it is written.

Other dates (issue, review, advice dates) are the evidence of timeliness and are kept.
A birthday without a year ("her birthday is 3 March") is not taken.
"""

from __future__ import annotations

import re
from datetime import date

from audit.dates import MONTHS, find_dates
from audit.privacy.spans import Match

ENTITY = "date_of_birth"

# The words that make the next date a birth date, up to 25 characters before it.
CONTEXT = re.compile(
    r"(?:\bborn\b|\bD\.?\s?O\.?\s?B\b\.?|\bdate\s+of\s+birth\b|\bbirth\s*date\b|\bbirthday\b)"
    r"[^\n\d]{0,25}$",
    re.IGNORECASE,
)
# "born in March 2015": a month and year only, which find_dates does not take.
BORN_MONTH_YEAR = re.compile(
    r"\bborn\s+(?:in\s+)?(?P<mon>[A-Za-z]{3,9})\.?,?\s+(?P<year>\d{4})\b", re.IGNORECASE
)


def _same_birthday(found: date, known: date, written: str) -> bool:
    if found == known:
        return True
    # A two-digit year is read as 20yy; a birth in the 1990s or 2000s written "03/03/98" still matches.
    two_digit = re.search(r"\d{4}", written) is None
    return two_digit and (found.day, found.month, found.year % 100) == (known.day, known.month, known.year % 100)


def find_dates_of_birth(text: str, known: date | None = None) -> list[Match]:
    """Dates of birth in `text`: by context, or equal to `known`."""
    found: list[Match] = []
    for start, end, value in find_dates(text):
        written = text[start:end]
        if known is not None and _same_birthday(value, known, written):
            found.append(Match(start, end, ENTITY, written, "date_of_birth.known", "dob"))
        elif CONTEXT.search(text[max(0, start - 40) : start]):
            found.append(Match(start, end, ENTITY, written, "date_of_birth.context", "dob"))
    for m in BORN_MONTH_YEAR.finditer(text):
        if m.group("mon").lower() in MONTHS:
            start = m.start("mon")
            found.append(Match(start, m.end(), ENTITY, text[start : m.end()], "date_of_birth.month_year", "dob"))
    return found
