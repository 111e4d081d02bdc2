"""UK telephone numbers: "01234 567890", "0121 496 0000", "020 7946 0000", "07700 900123",
"+44 (0)7700 900123", "(01962) 846000". National numbers have 10 digits after the leading 0
(9 for a few old area codes and 0800 numbers); the first digit after it is 1, 2, 3, 5, 7 or 8.
"""

from __future__ import annotations

import re

from audit.privacy.spans import Match

ENTITY = "phone"

# A leading 0 or +44 (optionally "(0)"), then digits with single spaces, dashes or brackets.
CANDIDATE = re.compile(
    r"(?<![\w+])(?:\+44\s?(?:\(0\)\s?)?|\(0|0)\d(?:[ \-]?\)?[ \-]?\d){7,11}(?![\w])"
)
FIRST_DIGITS = frozenset("123578")
_GROUP = re.compile(r"\d+")


def national_digits(number: str) -> str:
    """The number as dialled inside the UK: '+44 (0)7700 900123' -> '07700900123'."""
    number = number.strip()
    if number.startswith("+44"):
        number = "0" + re.sub(r"^\+44\s?(?:\(0\))?", "", number)
    return re.sub(r"\D", "", number)


def is_uk_phone_number(number: str) -> bool:
    digits = national_digits(number)
    return digits.startswith("0") and len(digits) in (10, 11) and digits[1] in FIRST_DIGITS


def find_phone_numbers(text: str) -> list[Match]:
    """Every UK telephone number in `text`."""
    found: list[Match] = []
    for m in CANDIDATE.finditer(text):
        # The pattern is greedy: '07700 900123 03/03/2015' takes the '03'. Try the candidate,
        # then shorter ones ending at each earlier group of digits.
        ends = [m.end()] + [m.start() + g.end() for g in reversed(list(_GROUP.finditer(m.group())))][1:]
        for end in ends:
            written = text[m.start() : end]
            if is_uk_phone_number(written):
                found.append(Match(m.start(), end, ENTITY, written, "phone.uk_national", national_digits(written)))
                break
    return found
