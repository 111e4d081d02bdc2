"""The school phase a child is in, from their national curriculum year group.

Reports break grades down by phase because inspections found plans for older young people
weaker than those for younger children (Portsmouth); the bands follow the English system.
"""

from __future__ import annotations

EARLY_YEARS = "Early years"
PRIMARY = "Primary"
SECONDARY = "Secondary"
POST_16 = "Post-16"
POST_19 = "Post-19"
UNKNOWN = "Unknown"

# Report order: youngest first, the phase we could not tell last.
PHASES: tuple[str, ...] = (EARLY_YEARS, PRIMARY, SECONDARY, POST_16, POST_19, UNKNOWN)


def phase(year_group: int | None) -> str:
    """Early years (nursery, Reception: <= 0), Primary (Years 1-6), Secondary (7-11),
    Post-16 (12-13), Post-19 (14 and over, past Year 13), or Unknown."""
    if year_group is None:
        return UNKNOWN
    if year_group <= 0:
        return EARLY_YEARS
    if year_group <= 6:
        return PRIMARY
    if year_group <= 11:
        return SECONDARY
    if year_group <= 13:
        return POST_16
    return POST_19
