"""read_plan / structure_plan: a document becomes a Plan with sections, facts and items."""

from __future__ import annotations

import json
import sys
import types
from datetime import date
from pathlib import Path

import pytest

from audit.errors import AuditInputError
from audit.ingest import read_plan, structure_plan
from audit.model import Block, Plan, RawDocument

AS_OF = date(2026, 11, 22)

PLAN_TEXT = """\
EDUCATION, HEALTH AND CARE PLAN

Name: Sam Smith
Date of birth: 15/01/2015
NHS number: 485 777 3456
Parents / carers: Jane Smith (mother)
Date of issue: 04/03/2022
Annual review dates: 11/07/2025, 10/07/2026
Date of last amendment: 01/09/2026

SECTION A - VIEWS, INTERESTS AND ASPIRATIONS

I like trains. I want to be a train driver when I grow up.

SECTION B - SPECIAL EDUCATIONAL NEEDS

Sam has autism and finds changes to his routine hard.

SECTION C - HEALTH NEEDS

Sam sees the community paediatrician every year.

SECTION E - OUTCOMES

- By July 2027 Sam will ask for help with a five-word sentence in 4 out of 5 lessons.
- By the end of Key Stage 3 Sam will travel to school on his own.

SECTION F - SPECIAL EDUCATIONAL PROVISION

- Speech and language therapy, 3 x 30 minutes weekly, 1:1, delivered by a speech and language therapist.
- Daily check-in with his key worker.

SECTION G - HEALTH PROVISION

None.

SECTION I - PLACEMENT

Oakwood Academy (mainstream secondary school).

SECTION K - ADVICE AND INFORMATION

- Educational psychology advice - Dr Jane Green - 12/01/2022
"""


def test_read_plan_from_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "sam.txt"
    path.write_text(PLAN_TEXT, encoding="utf-8")
    plan = read_plan(str(path), as_of=AS_OF)
    assert isinstance(plan, Plan)
    assert [s.letter for s in plan.sections] == ["A", "B", "C", "E", "F", "G", "I", "K"]
    assert plan.missing_sections == ("D", "H1", "H2", "J")
    for section in plan.sections:
        assert plan.text[section.start:section.end] == section.text
    facts = plan.facts
    assert (facts.child_name, facts.date_of_birth, facts.year_group) == ("Sam Smith", date(2015, 1, 15), 7)
    assert (facts.issued, facts.last_review, facts.last_amended) == (date(2022, 3, 4), date(2026, 7, 10), date(2026, 9, 1))
    assert facts.nhs_number == "4857773456"
    assert facts.family_names == ("Jane Smith",)
    assert facts.advice_dates == (date(2022, 1, 12),)
    assert len(plan.outcomes) == 2 and plan.outcomes[0].by_when == "By July 2027"
    assert [(p.section, p.frequency) for p in plan.provision] == [("F", "3 x 30 minutes weekly"), ("F", "Daily")]
    assert plan.advice[0].author == "Dr Jane Green"


def test_read_plan_accepts_uploaded_bytes_and_is_deterministic() -> None:
    first = read_plan("upload.md", data=PLAN_TEXT.encode(), as_of=AS_OF)
    second = read_plan("upload.md", data=PLAN_TEXT.encode(), as_of=AS_OF)
    assert first.model_dump_json() == second.model_dump_json()


def test_a_document_that_is_not_a_plan_is_refused() -> None:
    letter = "Dear Mrs Smith,\n\n" + "Thank you for your letter about the school trip next week. " * 5 + "\n\nYours sincerely"
    with pytest.raises(AuditInputError) as err:
        read_plan("letter.txt", data=letter.encode(), as_of=AS_OF)
    assert str(err.value) == "letter.txt: does not look like an EHC plan (found no plan sections)"
    assert "\n" not in str(err.value)


def test_two_sections_are_not_enough() -> None:
    blocks = (Block(kind="heading", text="Section A: Views"), Block(kind="paragraph", text="Sam likes trains."),
              Block(kind="heading", text="Section B: Needs"), Block(kind="paragraph", text="Sam has autism."))
    document = RawDocument(source="two.docx", format="docx", sha256="0", blocks=blocks)
    with pytest.raises(AuditInputError, match="does not look like an EHC plan"):
        structure_plan(document, as_of=AS_OF)


def test_health_advice_is_structured_by_the_advice_module(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[RawDocument] = []

    def structure_advice(document: RawDocument, as_of: date) -> Plan:
        seen.append(document)
        return Plan(source=document.source, format=document.format, sha256=document.sha256, kind="health_advice",
                    text="", sections=())

    module = types.ModuleType("audit.ingest.advice")
    module.structure_advice = structure_advice  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "audit.ingest.advice", module)
    document = RawDocument(source="advice.docx", format="docx", sha256="0",
                           blocks=(Block(kind="paragraph", text="Paediatric advice for Sam"),))
    plan = structure_plan(document, as_of=AS_OF, kind="health_advice")
    assert plan.kind == "health_advice" and seen == [document]


STRUCTURED = {
    "schema_version": "1.0",
    "child": {"name": "Kayla Brown", "date_of_birth": "2014-01-26", "nhs_number": "999 494 6277",
              "upn": "E999413314630", "primary_need": "Social, emotional and mental health",
              "family": [{"name": "Dawn Brown", "relationship": "mother"}]},
    "plan": {"issued": "2021-05-28", "last_amended": "2025-09-19",
             "review_dates": ["2025-07-09", "2026-07-08", "2027-01-01"], "next_review": "2027-07-08"},
    "sections": {
        "A": {"child_views": "I like art.", "aspirations": "I want to be an artist."},
        "B": {"needs": [{"area": "Social, emotional and mental health", "description": "Kayla finds trust hard."}]},
        "E": {"outcomes": [{"area": "Social, emotional and mental health", "outcome": "Kayla will take a planned break.",
                            "steps": ["Name three warning signs"], "by_when": "July 2027"}]},
        "F": {"provision": [{"what": "Key adult check-in", "who": "Key adult", "ratio": "1:1",
                             "frequency": "Daily", "duration": "10 minutes", "outcome": "1"}]},
        "K": {"advice": [{"title": "EP advice", "author": "Dr Green", "role": "Educational psychologist",
                          "date": "2025-06-06"}]},
    },
}


def test_structured_json_plans_use_their_own_structure() -> None:
    document = RawDocument(source="kayla.json", format="json", sha256="0", blocks=(), structured=STRUCTURED)
    plan = structure_plan(document, as_of=AS_OF)
    assert [s.letter for s in plan.sections] == ["A", "B", "E", "F", "K"]
    assert plan.missing_sections == ("C", "D", "G", "H1", "H2", "I", "J")
    for section in plan.sections:
        assert plan.text[section.start:section.end] == section.text
    facts = plan.facts
    assert (facts.child_name, facts.year_group, facts.year_group_source) == ("Kayla Brown", 8, "derived")
    assert facts.last_review == date(2026, 7, 8)  # 2027-01-01 is after the audit date
    assert (facts.nhs_number, facts.upn, facts.family_names) == ("9994946277", "E999413314630", ("Dawn Brown",))
    assert facts.advice_dates == (date(2025, 6, 6),)
    [outcome] = plan.outcomes
    assert (outcome.text, outcome.steps, outcome.by_when) == ("Kayla will take a planned break.", ("Name three warning signs",), "July 2027")
    assert plan.section("E").text[outcome.start:outcome.end] == outcome.text
    [item] = plan.provision
    assert (item.who, item.ratio, item.frequency, item.duration, item.linked_outcome) == ("Key adult", "1:1", "Daily", "10 minutes", "1")
    assert plan.section("F").text[item.start:item.end] == item.text
    assert plan.advice[0].author == "Dr Green, Educational psychologist"


def test_structured_json_through_read_plan() -> None:
    plan = read_plan("kayla.json", data=json.dumps(STRUCTURED).encode(), as_of=AS_OF)
    assert plan.facts.child_name == "Kayla Brown" and len(plan.outcomes) == 1


EXPORT_TEXT = """\
COUNCIL SEN SYSTEM - DOCUMENT EXPORT
DOCUMENT: EHC PLAN - FINAL (AMENDED) | CASE REF: 0048221 | PRINTED: 28-Oct-2026 09:14

Name: Connor James BLACKWATER
Date of Birth: 22-Jan-2018
Date EHCP first issued: 30-Nov-2021

SECTION A - VIEWS

Connor likes football.

SECTION B - SPECIAL EDUCATIONAL NEEDS

Connor finds reading hard.

SECTION E - OUTCOMES

Outcome (area) | Steps | By when
Connor will read 100 common words. (Cognition and learning) | Daily reading with an adult. | July 2027
Connor will ask for help in class. (Communication and interaction) | Help card. | July 2027

SECTION K - ADVICE AND INFORMATION

Educational psychology advice | 22-Sep-2021

ANNUAL REVIEW HISTORY
Review date | Outcome of review
07-Dec-2022 | Maintain - no amendments
14-Mar-2024 | Amend - Section B updated

Copies of Connor Blackwater's plan have been sent to his parents.
"""


def test_a_case_management_text_export(tmp_path: Path) -> None:
    # Tables written as "a | b" lines without edge pipes are tables; a banner line is not.
    path = tmp_path / "connor.txt"
    path.write_text(EXPORT_TEXT, encoding="utf-8")
    plan = read_plan(str(path), as_of=AS_OF)
    facts = plan.facts
    assert facts.child_name == "Connor Blackwater"
    assert (facts.issued, facts.review_dates, facts.last_amended) == (
        date(2021, 11, 30), (date(2022, 12, 7), date(2024, 3, 14)), None)
    assert [(o.text, o.area, o.by_when) for o in plan.outcomes] == [
        ("Connor will read 100 common words. (Cognition and learning)", "Cognition and learning", "July 2027"),
        ("Connor will ask for help in class. (Communication and interaction)", "Communication and interaction", "July 2027")]
    assert [o.steps for o in plan.outcomes] == [("Daily reading with an adult.",), ("Help card.",)]
