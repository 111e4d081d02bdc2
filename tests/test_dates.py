"""UK dates and the English school year: which national curriculum year a child is in."""

from __future__ import annotations

from datetime import date

import pytest

from audit.dates import academic_year_start, find_dates, parse_date, year_group_for

AS_OF = date(2026, 11, 22)


@pytest.mark.parametrize(
    "born, year",
    [
        (date(2015, 1, 15), 7),
        (date(2014, 9, 1), 7),  # first day of the cohort that started Reception in September 2019
        (date(2015, 8, 31), 7),  # last day of the same cohort (the youngest in Year 7)
        (date(2015, 9, 1), 6),
        (date(2014, 8, 31), 8),
        (date(2021, 9, 1), 0),  # Reception
        (date(2022, 11, 14), -1),  # Nursery
        (date(2023, 8, 31), -1),  # Nursery (the youngest of the nursery year)
        (date(2024, 5, 1), -2),  # a two-year-old: below nursery the count runs on downward
        (date(2024, 9, 1), -3),
        (date(2010, 10, 30), 11),
        (date(2005, 4, 3), 17),  # past Year 13 the count goes on
    ],
)
def test_year_group_follows_the_1_september_rule(born: date, year: int) -> None:
    assert year_group_for(born, AS_OF) == year


def test_year_group_moves_up_on_1_september() -> None:
    born = date(2015, 1, 15)
    assert year_group_for(born, date(2026, 8, 31)) == 6
    assert year_group_for(born, date(2026, 9, 1)) == 7


def test_the_pipeline_uses_the_same_rule() -> None:
    from audit.pipeline import academic_year_group

    for born in (date(2024, 2, 19), date(2022, 11, 14), date(2015, 1, 15), date(2002, 5, 17)):
        assert academic_year_group(born, AS_OF) == year_group_for(born, AS_OF)


def test_academic_year_start() -> None:
    assert academic_year_start(date(2026, 9, 1)) == 2026
    assert academic_year_start(date(2027, 8, 31)) == 2026


@pytest.mark.parametrize(
    "text, expected",
    [("01/09/2026", date(2026, 9, 1)), ("1.9.26", date(2026, 9, 1)), ("1st September 2026", date(2026, 9, 1)),
     ("2026-09-01", date(2026, 9, 1)), ("Sept 1, 2026", date(2026, 9, 1)), ("31/02/2026", None), ("no date", None),
     # shapes from other templates and case-management exports
     ("14.03.25", date(2025, 3, 14)), ("14-Mar-2025", date(2025, 3, 14)), ("14-MAR-2025", date(2025, 3, 14)),
     ("March 14, 2025", date(2025, 3, 14)), ("14th of March 2025", date(2025, 3, 14)),
     ("02 Dec 2025", date(2025, 12, 2)), ("2025/03/14", date(2025, 3, 14))],
)
def test_parse_date_is_day_first(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_find_dates_spans() -> None:
    text = "Reviewed 12/03/2025 and 10 March 2026."
    assert [(text[s:e], d) for s, e, d in find_dates(text)] == [
        ("12/03/2025", date(2025, 3, 12)), ("10 March 2026", date(2026, 3, 10))]
