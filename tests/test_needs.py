"""A stated primary need is reported under one of the Code of Practice's four broad areas."""

from __future__ import annotations

import pytest

from audit.needs import NOT_RECORDED, OTHER, broad_area


@pytest.mark.parametrize(("stated", "area"), [
    ("SEMH", "Social, emotional and mental health"),
    ("Social, emotional and mental health", "Social, emotional and mental health"),
    ("ASD", "Communication and interaction"),
    ("Autism and learning disability", "Communication and interaction"),  # the first named is primary
    ("Speech, language and communication needs", "Communication and interaction"),
    ("Specific learning difficulty (dyslexia)", "Cognition and learning"),
    ("MLD", "Cognition and learning"),
    ("PD / SLCN", "Sensory and/or physical"),
    ("Hearing impairment", "Sensory and/or physical"),
    ("Visual impairment", "Sensory and/or physical"),
    ("Complex medical needs", OTHER),
    ("", NOT_RECORDED),
    (None, NOT_RECORDED),
])
def test_broad_area(stated: str | None, area: str) -> None:
    assert broad_area(stated) == area
