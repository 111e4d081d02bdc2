"""Unique pupil numbers: a DfE check letter then 12 digits (or 11 and a letter when temporary)."""

from __future__ import annotations

import pytest

from audit.privacy.upn import check_letter, find_upns, is_valid_upn


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UPN: B801200005001", ["B801200005001"]),
        ("pupil B801200005001 joined", ["B801200005001"]),
        # The check letter is wrong and nothing says it is a UPN.
        ("code A801200005001", []),
        # Labelled, so taken even with a wrong check letter.
        ("Unique pupil number: A801200005001", ["A801200005001"]),
        ("UPN A801200005001", ["A801200005001"]),
        # A temporary UPN ends with a letter.
        ("temporary M80120000500A issued", ["M80120000500A"]),
        # I, O and S are never check letters; a longer run is not a UPN.
        ("I801200005001 and BB801200005001", []),
        ("", []),
    ],
)
def test_find_upns(text: str, expected: list[str]) -> None:
    found = find_upns(text)
    assert [m.text for m in found] == expected
    assert all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize(
    ("upn", "valid"),
    [
        ("B801200005001", True),  # python-stdnum's documented example
        ("A801200005001", False),
        ("P207000016049", True),  # weights 2..13 give 266, remainder 13 -> P
        ("b801200005001", True),
        ("B80120000500", False),
        ("B80120000500O", False),
    ],
)
def test_is_valid_upn(upn: str, valid: bool) -> None:
    assert is_valid_upn(upn) is valid


def test_check_letter_of_a_temporary_upn_counts_its_last_letter() -> None:
    # 'A' counts 0, so the letter changes the sum only through later letters.
    assert check_letter("80120000500A") == "M"
    assert check_letter("80120000500B") != "M"
