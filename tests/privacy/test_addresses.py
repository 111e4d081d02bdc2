"""Address lines: a house number and a street."""

from __future__ import annotations

import pytest

from audit.privacy.addresses import find_address_lines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lives at 12 Acacia Avenue, Winchester", ["12 Acacia Avenue"]),
        ("Flat 3, 27b Mill Lane", ["Flat 3, 27b Mill Lane"]),
        ("4 St John's Close", ["4 St John's Close"]),
        ("10 Upper High Street", ["10 Upper High Street"]),
        # No number, no street word, or lower case: not an address line.
        ("walks to Mill Lane; 3 sessions a week; 2 Speech and Language sessions; 12 acacia avenue", []),
        ("", []),
    ],
)
def test_find_address_lines(text: str, expected: list[str]) -> None:
    found = find_address_lines(text)
    assert [m.text for m in found] == expected
    assert all(text[m.start : m.end] == m.text for m in found)
