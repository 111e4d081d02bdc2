"""The value every privacy recogniser returns: one identifier's span in a text and why it fired.

Recognisers may overlap (an e-mail address holds a name, an NHS number looks like a phone
number); `resolve` keeps the leftmost, longest, highest-priority span of each overlap.
"""

from __future__ import annotations

from typing import NamedTuple

# Entity kinds, in the order they win a tie for the same span.
ENTITY_PRIORITY: tuple[str, ...] = (
    "email",
    "nhs_number",
    "upn",
    "date_of_birth",
    "phone",
    "postcode",
    "address",
    "name",
)


class Match(NamedTuple):
    """One identifier found in a text. `rule` says which pattern fired, for tracing."""

    start: int
    end: int
    entity: str
    text: str
    rule: str
    # For names and numbers: the key that identifies the same person or number wherever
    # it appears ("sam jones", "9434765919"), so it gets the same pseudonym everywhere.
    key: str = ""


def resolve(matches: list[Match]) -> list[Match]:
    """Non-overlapping matches in text order: leftmost first, then longest, then by priority."""
    rank = {entity: i for i, entity in enumerate(ENTITY_PRIORITY)}
    ordered = sorted(matches, key=lambda m: (m.start, -(m.end - m.start), rank.get(m.entity, len(rank)), m.rule))
    kept: list[Match] = []
    for match in ordered:
        if match.end <= match.start:
            continue
        if kept and match.start < kept[-1].end:
            continue
        kept.append(match)
    return kept
