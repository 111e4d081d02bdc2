"""UK dates as plans write them: 01/09/2026, 1.9.26, 14-Mar-2025, 1st September 2026, March 14, 2025, 2026-09-01.

Day-first always (an English plan never means 9 January by 01/09). Nothing here guesses
beyond the text: an unreadable or impossible date is None, never an exception.
"""

from __future__ import annotations

import re
from datetime import date

from audit.plancache import per_plan

MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")],
    start=1,
):
    for _n in _names:
        MONTHS[_n] = _i

_MONTH = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4}|\d{2})"

DATE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\b(?P<year>\d{4})([-/.])(?P<month>\d{1,2})\2(?P<day>\d{1,2})\b",  # 2026-09-01, 2026/09/01
        rf"\b(?P<day>\d{{1,2}})\s*[/.\-]\s*(?P<month>\d{{1,2}})\s*[/.\-]\s*{_YEAR}\b",
        rf"\b{_DAY}(?:\s+of)?[\s\-]+{_MONTH}[\s,\-]+{_YEAR}\b",
        rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b",
    )
)


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        # Two-digit years in plans are this century, except dates of birth of the oldest
        # young people (up to 25) which still fall after 2000 for any plan written now.
        year += 2000
    return year


def _build(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    try:
        month = int(groups["month"]) if groups.get("month") else MONTHS[groups["mon"].lower().rstrip(".")]
        return date(_year(groups["year"]), month, int(groups["day"]))
    except (ValueError, KeyError, TypeError):
        return None


_DIGIT = re.compile(r"\d")


def find_dates(text: str) -> list[tuple[int, int, date]]:
    """Every full date in `text` as (start, end, date), in order, without overlaps."""
    # Every date form has a digit: most sentences have none and need no regex pass.
    return list(_find_dates(text)) if _DIGIT.search(text) else []


@per_plan
def _find_dates(text: str) -> tuple[tuple[int, int, date], ...]:
    # Cached for the plan: the checks look for dates in the same sections and sentences.
    found: list[tuple[int, int, date]] = []
    taken: list[tuple[int, int]] = []
    for pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            value = _build(m)
            if value is not None:
                found.append((m.start(), m.end(), value))
                taken.append((m.start(), m.end()))
    return tuple(sorted(found))


def parse_date(text: str) -> date | None:
    """The single date a short string holds ('1 Sept 2026', '01/09/26'), or None."""
    found = find_dates(text.strip())
    return found[0][2] if found else None


def academic_year_start(day: date) -> int:
    """The calendar year in which the English school year containing `day` began (1 September)."""
    return day.year if day.month >= 9 else day.year - 1


def year_group_for(date_of_birth: date, as_of: date) -> int:
    """National curriculum year on `as_of` for a child born on `date_of_birth` (the 1 September rule).

    England groups children by birth between 1 September and 31 August; a child starts
    Reception (0) in the September after turning 4. Born 1 Sep 2014 - 31 Aug 2015: Reception
    from September 2019, Year 7 from September 2026. The count runs on both ways: nursery
    (age 3) is -1, a two-year-old -2, and past Year 13 it goes on (14, 15 ...).
    This is the one implementation of the rule; everything else calls it.
    """
    return academic_year_start(as_of) - academic_year_start(date_of_birth) - 5
