"""The identifying fields of a cover page."""

from __future__ import annotations

from datetime import date

from audit.privacy.cover_page import read_cover

COVER = """Education, Health and Care Plan
Name: Samuel (Sam) Jones
Preferred name: Sammy
Date of birth: 03/03/2015
Parent/carer: Sarah and David Jones
Mother:  Mrs Kate O'Brien (mother)
NHS number\t943 476 5919
UPN | B801200005001
Address: 12 Acacia Avenue, Winchester, SO23 8UJ
School name: Oak Academy
Parent's name: to be confirmed
Section A: Views, interests and aspirations
"""


def test_read_cover_fields() -> None:
    cover = read_cover(COVER)
    assert cover.child_names == ["Samuel (Sam) Jones", "Sammy"]
    assert cover.family_names == ["Sarah Jones", "David Jones", "Mrs Kate O'Brien"]
    assert cover.date_of_birth == date(2015, 3, 3)
    assert cover.nhs_numbers == ["943 476 5919"]
    assert cover.upns == ["B801200005001"]
    assert cover.addresses == ["12 Acacia Avenue, Winchester, SO23 8UJ"]


def test_empty_cover() -> None:
    assert read_cover("").child_names == []
