"""E-mail addresses ("sarah.jones@example.org"): an address often holds a person's name,
so it is replaced whole before names are looked for.
"""

from __future__ import annotations

import re

from audit.privacy.spans import Match

ENTITY = "email"

EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])")


def find_emails(text: str) -> list[Match]:
    """Every e-mail address in `text`."""
    return [Match(m.start(), m.end(), ENTITY, m.group(), "email.address", m.group().lower()) for m in EMAIL.finditer(text)]
