"""Address lines: a house number (and flat) then capitalised words ending in a street word
("12 Acacia Avenue", "Flat 3, 27b Mill Lane", "4 St John's Close").

A street named without a number ("lives on Mill Lane") is not taken: street words alone
("Park", "Green", "Way") are too common in plans. Towns are left; postcodes are their own
recogniser. The cover page's "Address:" field is learnt as a whole by the Redactor.
"""

from __future__ import annotations

import re

from audit.privacy.spans import Match

ENTITY = "address"

STREET_WORDS: tuple[str, ...] = (
    "Road", "Rd", "Street", "St", "Avenue", "Ave", "Lane", "Ln", "Close", "Cl", "Drive", "Dr",
    "Way", "Crescent", "Cres", "Place", "Pl", "Court", "Ct", "Gardens", "Gdns", "Grove", "Gr",
    "Terrace", "Tce", "Hill", "Mews", "Square", "Sq", "Park", "Walk", "View", "Rise", "Row",
    "Green", "Parade", "Boulevard", "Vale", "Meadow", "Meadows", "Fields", "Chase", "Gate",
    "Wharf", "Yard", "End", "Croft", "Wood", "Heights", "Hollow", "Path", "Approach", "Circus",
    "Cottages", "Houses", "Buildings", "Estate", "Bank", "Brow", "Nook", "Glade", "Dene",
)
_WORD = r"(?:St\.?\s|[A-Z][A-Za-z'’\-]*)"

ADDRESS_LINE = re.compile(
    r"(?<![\w/.])"
    r"(?:(?:Flat|Apartment|Apt|Unit)\s+\d{1,4}[A-Za-z]?,?\s+)?"
    r"\d{1,4}[A-Za-z]?,?\s+"
    rf"(?:{_WORD}\s*){{1,3}}"
    rf"(?:{'|'.join(STREET_WORDS)})\b"
)


def find_address_lines(text: str) -> list[Match]:
    """Every numbered street address line in `text`."""
    found: list[Match] = []
    for m in ADDRESS_LINE.finditer(text):
        found.append(Match(m.start(), m.end(), ENTITY, m.group(), "address.numbered_street", " ".join(m.group().lower().split())))
    return found
