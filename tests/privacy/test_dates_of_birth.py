"""Dates of birth: by context ('born', 'DOB') and the child's known date in any format."""

from __future__ import annotations

from datetime import date

import pytest

from audit.privacy.dates_of_birth import find_dates_of_birth

KNOWN = date(2015, 3, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sam was born on 3rd March 2015.", ["3rd March 2015"]),
        ("DOB: 12/07/2012", ["12/07/2012"]),
        ("D.O.B. 12.07.12", ["12.07.12"]),
        ("Date of birth | 2012-07-12", ["2012-07-12"]),
        ("born in March 2015", ["March 2015"]),
        # Only the date right after the label is a birth date.
        ("Date of Birth: 12/07/2012 Issued: 01/09/2026", ["12/07/2012"]),
        # Other dates are evidence of timeliness and stay.
        ("Plan issued 1 September 2026; review by 01/03/2027.", []),
        ("", []),
    ],
)
def test_by_context(text: str, expected: list[str]) -> None:
    assert [m.text for m in find_dates_of_birth(text)] == expected


@pytest.mark.parametrize(
    "written",
    ["03/03/2015", "3/3/15", "03.03.2015", "3rd March 2015", "3 Mar 2015", "March 3, 2015", "2015-03-03", "3-Mar-2015"],
)
def test_the_known_date_in_any_format(written: str) -> None:
    text = f"The party was on {written} at home."
    (match,) = find_dates_of_birth(text, KNOWN)
    assert match.text == written
    assert match.rule == "date_of_birth.known"


def test_a_different_date_is_not_the_known_one() -> None:
    assert find_dates_of_birth("Reviewed on 04/03/2015", KNOWN) == []
