"""NHS numbers: ten digits, usually written 3-3-4 ("943 476 5919"), with a modulus-11 check digit.

A number fires anywhere if its check digit is right, and after an "NHS number" label even if
it is not (fictional plans and typing slips carry wrong check digits; the label says enough).
Source of the check: NHS Data Dictionary, "NHS Number" (modulus 11, weights 10..2).
"""

from __future__ import annotations

import re

from audit.privacy.spans import Match

ENTITY = "nhs_number"

# 3-3-4 with one space or dash between groups, or ten digits run together.
NHS_NUMBER = re.compile(r"(?<![\w/.-])(\d{3})[ \-]?(\d{3})[ \-]?(\d{4})(?![\w/]|[.-]\d)")
# A label within a few characters before the number ("NHS number:", "NHS No.", "NHS #").
LABEL = re.compile(r"\bNHS\s*(?:number|no\.?|num\.?|#)?\s*[:\-]?\s*$", re.IGNORECASE)


def digits_of(number: str) -> str:
    """The ten digits of a number as written, without spaces or dashes."""
    return re.sub(r"\D", "", number)


def is_valid_nhs_number(number: str) -> bool:
    """True when `number` has ten digits and a correct modulus-11 check digit."""
    digits = digits_of(number)
    if len(digits) != 10:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    # A remainder giving 10 means no valid number was ever issued with these nine digits.
    return check != 10 and check == int(digits[9])


def find_nhs_numbers(text: str) -> list[Match]:
    """Every NHS number in `text`: valid by check digit, or labelled as one."""
    found: list[Match] = []
    for m in NHS_NUMBER.finditer(text):
        digits = "".join(m.groups())
        if is_valid_nhs_number(digits):
            rule = "nhs_number.check_digit"
        elif LABEL.search(text[max(0, m.start() - 20) : m.start()]):
            rule = "nhs_number.labelled"
        else:
            continue
        found.append(Match(m.start(), m.end(), ENTITY, m.group(), rule, digits))
    return found
