"""Health advice ingest: parts, author facts, provision items, and telling advice from a plan."""

from __future__ import annotations

from datetime import date

import pytest

from audit.errors import AuditInputError
from audit.ingest import read_plan, structure_plan
from audit.ingest.advice import match_part, structure_advice
from audit.model import Block, RawDocument

AS_OF = date(2026, 11, 1)

PAEDIATRIC_LETTER = """\
PAEDIATRIC HEALTH ADVICE FOR EHC NEEDS ASSESSMENT

Child's name: Sam Testperson
Date of birth: 03/02/2016
Year group: Year 5

Report author
Name: Dr Anna Pike
Role: Consultant Community Paediatrician, GMC 7012345
Service: Wessex Community Children's Service
Date of advice: 12 October 2026
I saw Sam in clinic on 2 October 2026 and observed him in school on 8 October 2026.

Health needs
Sam has epilepsy. During an absence he misses what the teacher says.

Outcomes
- By July 2027 Sam will tell an adult when he has had an absence, on 4 out of 5 occasions.

Recommendations
For section G (health)
- Epilepsy care plan training for school staff by the epilepsy nurse specialist once a year, 2 hours.
- Speech and language therapy as required.
- Access to a quiet space.

Signed
Dr Anna Pike
"""


def blocks_of(text: str) -> tuple[Block, ...]:
    from audit.ingest.text import parse_text

    return parse_text(text, markdown=False)


def document(text: str, source: str = "advice.txt") -> RawDocument:
    return RawDocument(source=source, format="txt", sha256="0" * 64, blocks=blocks_of(text))


@pytest.fixture()
def letter(tmp_path):
    path = tmp_path / "sam_paediatric_advice.txt"
    path.write_text(PAEDIATRIC_LETTER, encoding="utf-8")
    return path


def test_advice_is_detected_without_being_told(letter) -> None:
    plan = read_plan(str(letter), as_of=AS_OF)
    assert plan.kind == "health_advice"


def test_parts_become_sections_named_by_part(letter) -> None:
    plan = read_plan(str(letter), as_of=AS_OF)
    assert [s.letter for s in plan.sections] == ["author", "needs", "outcomes", "recommendations"]
    assert plan.missing_sections == ("assessment", "transition")
    needs = plan.section("needs")
    assert needs is not None and plan.text[needs.start:needs.end] == needs.text
    assert needs.text.startswith("Sam has epilepsy")


def test_author_block_gives_author_role_and_dates(letter) -> None:
    facts = read_plan(str(letter), as_of=AS_OF).facts
    assert facts.author == "Dr Anna Pike"
    assert facts.author_role.startswith("Consultant Community Paediatrician")
    assert facts.document_date == date(2026, 10, 12)
    assert facts.child_name == "Sam Testperson"
    assert facts.date_of_birth == date(2016, 2, 3)
    assert facts.year_group == 5


def test_recommendations_split_into_provision_with_who_and_how_often(letter) -> None:
    plan = read_plan(str(letter), as_of=AS_OF)
    texts = [item.text for item in plan.provision]
    assert texts == [
        "Epilepsy care plan training for school staff by the epilepsy nurse specialist once a year, 2 hours.",
        "Speech and language therapy as required.",
        "Access to a quiet space.",
    ]
    first = plan.provision[0]
    assert first.section == "recommendations" and first.frequency == "once a year"
    section = plan.section("recommendations")
    assert all(section.text[i.start:i.end] == i.text for i in plan.provision)  # spans quote the line exactly
    # The signature after "Signed" is not a recommendation.
    assert not any("Anna Pike" in t for t in texts)


def test_outcomes_are_split_and_named_by_part(letter) -> None:
    plan = read_plan(str(letter), as_of=AS_OF)
    assert len(plan.outcomes) == 1 and plan.outcomes[0].section == "outcomes"


def test_a_paragraph_of_advice_is_a_provision_line_too() -> None:
    text = ("Speech and language therapy report\n\nAuthor\nName: Ann Lee\nRole: Speech and Language Therapist\n\n"
            "Recommendations\nSpeech and language therapy: see attached report\n")
    plan = structure_advice(document(text), AS_OF)
    assert [i.text for i in plan.provision] == ["Speech and language therapy: see attached report"]


def test_a_wrapped_line_of_a_text_export_stays_one_item() -> None:
    text = ("Author\nName: Tom Redfern\nRole: Physiotherapist\n\nRecommendations\n\n"
            "- Physiotherapy review by a paediatric physiotherapist once every 6 weeks, 45 minutes, in\n"
            "school, commissioned by Wessex Community Health.\n"
            "- Splint check by the orthotist every 6 months.\n")
    plan = structure_advice(document(text), AS_OF)
    assert len(plan.provision) == 2
    assert "commissioned by Wessex" in plan.provision[0].text


def test_details_table_before_the_first_heading_is_the_author_block() -> None:
    blocks = (
        Block(kind="paragraph", text="Occupational Therapy Report", bold=True),
        Block(kind="table_row", text="Report by | Gemma Straughan", cells=("Report by", "Gemma Straughan"), table=0, row=0),
        Block(kind="table_row", text="Role | Occupational Therapist, HCPC OT58213",
              cells=("Role", "Occupational Therapist, HCPC OT58213"), table=0, row=1),
        Block(kind="heading", text="Recommendations", level=1),
        Block(kind="list_item", text="Handwriting programme with a teaching assistant, 3 x 15 minutes weekly."),
    )
    plan = structure_advice(RawDocument(source="ot.docx", format="docx", sha256="0" * 64, blocks=blocks), AS_OF)
    assert plan.sections[0].letter == "author"
    assert plan.facts.author == "Gemma Straughan"
    assert plan.facts.author_role == "Occupational Therapist, HCPC OT58213"


@pytest.mark.parametrize("heading, part", [
    ("Report author", "author"), ("1. Background", "assessment"), ("Health needs and their impact", "needs"),
    ("Diagnosis", "needs"), ("Therapy goals", "outcomes"), ("Recommendations for school (section F)", "recommendations"),
    ("Health provision", "recommendations"), ("Transition to adult services", "transition"),
    ("Preparing for adulthood", "transition"), ("Sam has epilepsy.", None), ("Section A: Views", None),
])
def test_part_headings(heading: str, part: str | None) -> None:
    assert match_part(heading) == part


def test_a_plan_is_still_read_as_a_plan(tmp_path) -> None:
    text = "\n\n".join(f"Section {letter}: Title\nSome text about the child." for letter in "ABCDEFGHIJK")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    assert read_plan(str(path), as_of=AS_OF).kind == "plan"


def test_neither_plan_nor_advice_is_one_line_error() -> None:
    letter = document("Dear parent,\n\nThe school trip is on Friday. Please bring a packed lunch.\n\nThank you.\n", "letter.txt")
    with pytest.raises(AuditInputError) as err:
        structure_plan(letter, as_of=AS_OF)
    assert "\n" not in str(err.value) and str(err.value).startswith("letter.txt: ")
    with pytest.raises(AuditInputError, match="does not look like health advice"):
        structure_advice(letter, AS_OF)


def test_told_it_is_advice_reads_it_as_advice(letter) -> None:
    assert read_plan(str(letter), as_of=AS_OF, kind="health_advice").kind == "health_advice"


def test_same_document_same_plan(letter) -> None:
    assert read_plan(str(letter), as_of=AS_OF) == read_plan(str(letter), as_of=AS_OF)


def test_each_row_of_a_word_table_of_recommendations_is_one_item() -> None:
    rows = [("Provision", "Who", "How often"), ("Smooth talking programme", "Teaching assistant", "2 x 20 minutes weekly"),
            ("Check-ins", "Key adult", "As required"), ("SLT review", "Speech and language therapist", "")]
    blocks = [Block(kind="heading", text="Author", level=1), Block(kind="paragraph", text="Name: Priya Shah"),
              Block(kind="paragraph", text="Role: Speech and Language Therapist"),
              Block(kind="heading", text="Recommended provision", level=1)]
    for i, cells in enumerate(rows):
        filled = tuple(c for c in cells if c)
        blocks.append(Block(kind="table_row", text=" | ".join(filled), cells=filled, table=0, row=i))
    plan = structure_advice(RawDocument(source="slt.docx", format="docx", sha256="0" * 64, blocks=tuple(blocks)), AS_OF)
    assert [(i.text, i.frequency) for i in plan.provision] == [
        ("Smooth talking programme | Teaching assistant | 2 x 20 minutes weekly", "2 x 20 minutes weekly"),
        ("Check-ins | Key adult | As required", "As required"),
        ("SLT review | Speech and language therapist", None),
    ]


def test_a_letter_without_headings_gives_its_author_from_the_signature() -> None:
    text = ("Wessex Community Paediatrics\n\n14 October 2026\n\nDear EHC Coordinator,\n\nRe: Noah Pembury, DOB 12/06/2015\n\n"
            "I saw Noah in clinic on 30 September 2026. Noah has ADHD, which makes it hard for him to keep his attention "
            "on a task, so he misses instructions in class.\n\nI recommend:\n- Regular movement breaks.\n"
            "- Medication review by me every 6 months in clinic.\n\nYours sincerely\n\nDr Rachel Osei\n"
            "Consultant Community Paediatrician, GMC 7123456\n")
    plan = structure_plan(document(text, "letter.txt"), as_of=AS_OF)
    assert plan.kind == "health_advice"
    assert (plan.facts.author, plan.facts.child_name, plan.facts.date_of_birth) == ("Dr Rachel Osei", "Noah Pembury", date(2015, 6, 12))
    assert plan.facts.author_role.startswith("Consultant Community Paediatrician")
    assert [i.text for i in plan.provision] == ["Regular movement breaks.", "Medication review by me every 6 months in clinic."]
