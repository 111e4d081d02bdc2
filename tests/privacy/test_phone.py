"""UK telephone numbers in the ways plans write them."""

from __future__ import annotations

import pytest

from audit.privacy.phone import find_phone_numbers, national_digits


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Call 01962 846000.", ["01962 846000"]),
        ("0121 496 0000 or 020 7946 0000", ["0121 496 0000", "020 7946 0000"]),
        ("mobile 07700 900123", ["07700 900123"]),
        ("mobile 07700900123", ["07700900123"]),
        ("+44 7700 900123 and +44 (0)7700 900123", ["+44 7700 900123", "+44 (0)7700 900123"]),
        ("(01962) 846000", ["(01962) 846000"]),
        ("0800 123 4567", ["0800 123 4567"]),
        # A number followed by another number: the phone number ends where it is complete.
        ("07700 900123 03/03/2015", ["07700 900123"]),
        ("07700 900123  12 sessions", ["07700 900123"]),
        # Dates, NHS numbers, counts and short numbers are not phone numbers.
        ("01/09/2026 and 943 476 5919 and 30 minutes and 0121", []),
        # Numbers starting 04 or 06 are not allocated.
        ("04123 456789", []),
        ("", []),
    ],
)
def test_find_phone_numbers(text: str, expected: list[str]) -> None:
    found = find_phone_numbers(text)
    assert [m.text for m in found] == expected
    assert all(text[m.start : m.end] == m.text for m in found)


def test_international_and_national_forms_are_the_same_number() -> None:
    assert national_digits("+44 (0)7700 900123") == national_digits("07700 900123") == "07700900123"
