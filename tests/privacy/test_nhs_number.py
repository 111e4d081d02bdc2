"""NHS numbers: found by modulus-11 check digit, or after an 'NHS number' label."""

from __future__ import annotations

import pytest

from audit.privacy.nhs_number import find_nhs_numbers, is_valid_nhs_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NHS number: 943 476 5919", ["943 476 5919"]),
        ("His number is 943-476-5919.", ["943-476-5919"]),
        ("9434765919", ["9434765919"]),
        # Wrong check digit, no label: an ordinary number, left alone.
        ("Reference 943 476 5918 on file", []),
        # Wrong check digit but labelled: still an NHS number.
        ("NHS No. 123 456 7890", ["123 456 7890"]),
        ("NHS: 1234567890", ["1234567890"]),
        # Part of a longer number or a date: not taken.
        ("Order 99434765919 and 943476591900", []),
        ("Seen 12/03/2024 and 943 476 5919.", ["943 476 5919"]),
        ("", []),
    ],
)
def test_find_nhs_numbers(text: str, expected: list[str]) -> None:
    found = find_nhs_numbers(text)
    assert [m.text for m in found] == expected
    assert all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize(
    ("number", "valid"),
    [("9434765919", True), ("943 476 5919", True), ("9434765918", False), ("401 023 2137", True), ("123", False),
     # Nine digits whose remainder gives 10: no number is ever issued with them.
     ("1000000010", False)],
)
def test_is_valid_nhs_number(number: str, valid: bool) -> None:
    assert is_valid_nhs_number(number) is valid


def test_every_match_carries_the_rule_and_the_digits() -> None:
    (match,) = find_nhs_numbers("NHS number 943 476 5919")
    assert match.rule == "nhs_number.check_digit"
    assert match.key == "9434765919"
