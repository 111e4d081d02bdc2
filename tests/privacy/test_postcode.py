"""UK postcodes in capitals, with or without the space."""

from __future__ import annotations

import pytest

from audit.privacy.postcode import find_postcodes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Winchester SO23 8UJ", ["SO23 8UJ"]),
        (
            "M1 1AE, B33 8TH, CR2 6XH, DN55 1PT, W1A 0AX, EC1A 1BB",
            ["M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 0AX", "EC1A 1BB"],
        ),
        ("SO238UJ", ["SO238UJ"]),
        ("GIR 0AA", ["GIR 0AA"]),
        # Lower case, section names and ratios are not postcodes.
        ("so23 8uj; section H2 4th para; ratio 1:1; Year 6", []),
        # Inward codes never use C, I, K, M, O or V.
        ("SO23 8CI", []),
        ("XSO23 8UJ", []),
        ("", []),
    ],
)
def test_find_postcodes(text: str, expected: list[str]) -> None:
    found = find_postcodes(text)
    assert [m.text for m in found] == expected
    assert all(text[m.start : m.end] == m.text for m in found)
