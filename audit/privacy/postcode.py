"""UK postcodes ("SO23 8UJ", "M1 1AE", "EC1A 1BB", "GIR 0AA"), as Royal Mail formats them.

Upper case only: plans print postcodes in capitals, and matching lower case would take
ordinary words and section names ("h2 4th"). The space may be missing ("SO238UJ").
"""

from __future__ import annotations

import re

from audit.privacy.spans import Match

ENTITY = "postcode"

# Outward code: area letters (never Q, V, X first; never I, J, Z second) and district;
# inward code: a digit and two letters that are never C, I, K, M, O or V.
POSTCODE = re.compile(
    r"(?<![A-Za-z0-9])"
    r"(?:GIR ?0AA|"
    r"(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKPSTUW]"
    r"|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])"
    r" ?[0-9][ABD-HJLNP-UW-Z]{2})"
    r"(?![A-Za-z0-9])"
)


def find_postcodes(text: str) -> list[Match]:
    """Every full UK postcode in `text`."""
    return [
        Match(m.start(), m.end(), ENTITY, m.group(), "postcode.royal_mail", m.group().replace(" ", ""))
        for m in POSTCODE.finditer(text)
    ]
