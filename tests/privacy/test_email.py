"""E-mail addresses."""

from __future__ import annotations

import pytest

from audit.privacy.email import find_emails


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Email sarah.jones@example.org today", ["sarah.jones@example.org"]),
        ("<j_o'neil+school@mail.example.co.uk>", ["j_o'neil+school@mail.example.co.uk"]),
        ("SENDteam@Hants.gov.uk.", ["SENDteam@Hants.gov.uk"]),
        ("an @ sign, user@localhost and @handle", []),
        ("", []),
    ],
)
def test_find_emails(text: str, expected: list[str]) -> None:
    found = find_emails(text)
    assert [m.text for m in found] == expected
    assert all(text[m.start : m.end] == m.text for m in found)
