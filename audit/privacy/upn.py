"""Unique pupil numbers (UPN): 13 characters, a check letter then 12 digits ("B801200005001").

A temporary UPN ends in a letter instead of its last digit. The check letter is the DfE's:
characters 2-13 weighted by their position (2..13), a final letter counting as its index in
the 23-letter alphabet without I, O and S, summed modulo 23 and mapped to that alphabet
(UK Government Data Standards Catalogue, "Unique Pupil Number" v2.0, 2004).
A string that fails the check still fires after a "UPN" label (fictional plans, typing slips).
"""

from __future__ import annotations

import re

from audit.privacy.spans import Match

ENTITY = "upn"

# The 23 letters the DfE uses for check letters and temporary UPNs (no I, O or S).
UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"

UPN = re.compile(r"(?<![\w])([A-HJ-NP-RT-Z])(\d{11})([0-9A-HJ-NP-RT-Z])(?!\w)")
LABEL = re.compile(r"(?:\bUPN|unique\s+pupil\s+number)\s*(?:no\.?|number)?\s*[:\-]?\s*$", re.IGNORECASE)


def check_letter(body: str) -> str | None:
    """The check letter for the 12 characters after it, or None if they cannot be a UPN."""
    if len(body) != 12 or not body[:11].isdigit():
        return None
    last = body[11]
    values = [int(c) for c in body[:11]]
    if last.isdigit():
        values.append(int(last))
    elif last in UPN_LETTERS:
        values.append(UPN_LETTERS.index(last))
    else:
        return None
    total = sum(value * weight for value, weight in zip(values, range(2, 14)))
    return UPN_LETTERS[total % 23]


def is_valid_upn(upn: str) -> bool:
    """True when `upn` is 13 characters with the right check letter."""
    upn = upn.strip().upper()
    return len(upn) == 13 and check_letter(upn[1:]) == upn[0]


def find_upns(text: str) -> list[Match]:
    """Every UPN in `text`: a right check letter, or labelled as a UPN."""
    found: list[Match] = []
    for m in UPN.finditer(text):
        if is_valid_upn(m.group()):
            rule = "upn.check_letter"
        elif LABEL.search(text[max(0, m.start() - 30) : m.start()]):
            rule = "upn.labelled"
        else:
            continue
        found.append(Match(m.start(), m.end(), ENTITY, m.group(), rule, m.group().upper()))
    return found
