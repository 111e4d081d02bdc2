"""The four broad areas of need (SEND Code of Practice 6.28): which one a stated primary need is.

Plans write the primary need freely ("SEMH", "PD / SLCN", "Autism (communication and
interaction)"); panels report by the four areas. The word lists are rubrics/lexicons/need_areas.yaml.
"""

from __future__ import annotations

from functools import lru_cache

from audit.lexicon import Lexicon, load_lexicon
from audit.rubric import bundled_dir

NOT_RECORDED = "Not recorded"
OTHER = "Other or not classified"
BROAD_AREAS = ("Communication and interaction", "Cognition and learning",
               "Social, emotional and mental health", "Sensory and/or physical")


@lru_cache(maxsize=1)
def need_areas() -> Lexicon:
    return load_lexicon(bundled_dir() / "lexicons" / "need_areas.yaml")


def broad_area(primary_need: str | None) -> str:
    """The broad area of the first need named: the primary need is written first."""
    if not primary_need or not primary_need.strip():
        return NOT_RECORDED
    matches = need_areas().find(primary_need)
    return next((m.entry.category for m in matches if m.entry.category), OTHER)
