"""Reading a plan's facts from its cover page: names, dates, year group, identifiers."""

from __future__ import annotations

from datetime import date

import pytest

from audit.ingest.facts import advice_entries, extract_facts, label_segments, parse_year_group
from audit.ingest.sections import build_sections
from audit.model import Block, PlanFacts

AS_OF = date(2026, 11, 22)


def P(text: str, **kw: object) -> Block:
    return Block(kind="paragraph", text=text, **kw)


def R(*cells: str) -> Block:
    return Block(kind="table_row", text=" | ".join(cells), cells=cells, table=0)


def H(text: str) -> Block:
    return Block(kind="heading", text=text, level=1)


PLAN_BODY = [H("Section A: Views"), P("Sam's name is on his peg."), H("Section B: Needs"),
             P("Name: Mrs Jones (teacher)"), H("Section E: Outcomes"), P("Sam will read.")]


def facts_of(cover: list[Block], body: list[Block] = PLAN_BODY, as_of: date = AS_OF) -> PlanFacts:
    blocks = tuple(cover + body)
    text = "\n".join(b.text for b in blocks)
    sections, cover_end = build_sections(blocks, text)
    cover_blocks = len(cover)
    return extract_facts(blocks, cover_blocks, sections, as_of)


@pytest.mark.parametrize(
    "cover",
    [
        [P("Name: Sam Smith")],
        [P("Child's name: Sam Smith")],
        [P("Full name: Sam Smith")],
        [P("Young person's name - Sam Smith")],
        [P("Name of child/young person: Sam Smith")],
        [R("Name", "Sam Smith")],
        [R("Child’s full name", "Sam Smith")],
        [P("Name:"), P("Sam Smith")],
        [H("Education, Health and Care Plan for Sam Smith")],
    ],
)
def test_child_name_labels(cover: list[Block]) -> None:
    assert facts_of(cover).child_name == "Sam Smith"


def test_name_inside_the_plan_is_not_the_childs() -> None:
    assert facts_of([P("Wessex County Council")]).child_name is None


@pytest.mark.parametrize(
    "cover",
    [
        [P("Date of birth: 15/01/2015")],
        [P("DOB: 15.1.15")],
        [P("D.O.B. 15th January 2015")],
        [P("Date of birth:"), P("15 January 2015")],
        [R("Date of birth", "15 Jan 2015")],
        [R("Date of Birth (dd/mm/yyyy)", "15/01/2015")],
        [P("Name: Sam Smith    DOB: 2015-01-15")],
    ],
)
def test_date_of_birth_formats(cover: list[Block]) -> None:
    facts = facts_of(cover)
    assert facts.date_of_birth == date(2015, 1, 15)
    assert facts.year_group == 7
    assert facts.year_group_source == "derived"


@pytest.mark.parametrize(
    "value, expected",
    [("Year 7", 7), ("7", 7), ("Y12", 12), ("NC Year 3", 3), ("Reception", 0), ("YR", 0), ("Nursery", -1),
     ("Nursery (pre-school, Little Acorns)", -1), ("Year 12", 12), ("post-16", 12), ("Post 19", 14),
     ("Year 13 (second year of college)", 13), ("Year 14", 14), ("unknown", None)],
)
def test_parse_year_group(value: str, expected: int | None) -> None:
    assert parse_year_group(value) == expected


@pytest.mark.parametrize(
    "cover, expected",
    [([P("Year group: Year 7")], 7), ([P("NC Year: 7")], 7), ([R("Year group", "Reception")], 0),
     ([R("Current year group", "Nursery")], -1), ([P("National curriculum year: Year 12")], 12)],
)
def test_stated_year_group_without_birth_date(cover: list[Block], expected: int) -> None:
    facts = facts_of(cover)
    assert (facts.year_group, facts.year_group_source, facts.stated_year_group) == (expected, "stated", expected)


def test_birth_date_gives_the_current_year_and_a_stale_stated_year_is_kept() -> None:
    facts = facts_of([P("Date of birth: 30/10/2010"), P("Year group: Year 10")])
    assert (facts.year_group, facts.year_group_source, facts.stated_year_group) == (11, "derived", 10)


def test_plan_dates_are_separate_facts() -> None:
    facts = facts_of([
        P("Date plan finalised: 4 March 2022"),
        P("Annual review dates: 11/07/2023, 09/07/2024, 15/07/2025"),
        P("Date of last amendment: 01/09/2025"),
        P("Next review due: 15/07/2026"),
        P("Date of annual review: 20 December 2026"),  # after the audit date: not the last review
    ])
    assert facts.issued == date(2022, 3, 4)
    assert facts.review_dates == (date(2023, 7, 11), date(2024, 7, 9), date(2025, 7, 15), date(2026, 12, 20))
    assert facts.last_review == date(2025, 7, 15)
    assert facts.last_amended == date(2025, 9, 1)
    assert facts.next_review == date(2026, 7, 15)


@pytest.mark.parametrize(
    "line, field, value",
    [
        ("Date of issue: 04/03/2022", "issued", date(2022, 3, 4)),
        ("Final plan issued 4 March 2022", "issued", date(2022, 3, 4)),
        ("Date EHC plan issued: 4.3.22", "issued", date(2022, 3, 4)),
        ("Amended following review on 3 March 2026", "last_amended", date(2026, 3, 3)),
        ("Last amended: 3 March 2026", "last_amended", date(2026, 3, 3)),
        ("Date of last review: 3 March 2026", "last_review", date(2026, 3, 3)),
        ("Annual review held on 3 March 2026", "last_review", date(2026, 3, 3)),
        ("Review date: 3 March 2026", "last_review", date(2026, 3, 3)),
        ("Date of next review: 3 March 2027", "next_review", date(2027, 3, 3)),
        ("Scheduled review: March 3rd, 2027", "next_review", date(2027, 3, 3)),
    ],
)
def test_plan_date_labels(line: str, field: str, value: date) -> None:
    assert getattr(facts_of([P(line)]), field) == value


def test_amendment_is_not_a_review() -> None:
    facts = facts_of([P("Amended following review on 3 March 2026")])
    assert facts.last_review is None and facts.review_dates == ()


def test_plan_history_table_rows_name_their_dates() -> None:
    facts = facts_of([
        R("Version", "Date", "Event"),
        R("1", "9 Jul 20", "Final plan issued"),
        R("2", "18 Jan 24", "Plan amended following annual review"),
        R("3", "21 Jan 25", "Annual review - plan maintained"),
        R("4", "16 Jun 26", "Annual review - plan maintained"),
    ])
    assert facts.issued == date(2020, 7, 9)
    assert facts.last_amended == date(2024, 1, 18)
    assert facts.review_dates == (date(2025, 1, 21), date(2026, 6, 16))
    assert facts.last_review == date(2026, 6, 16)


def test_review_reports_listed_as_advice_are_not_plan_reviews() -> None:
    body = PLAN_BODY + [H("Section K: Advice and information"), R("Six-month review report", "Nursery", "17 September 2026")]
    facts = facts_of([P("Annual review dates: 10 September 2026")], body)
    assert facts.review_dates == (date(2026, 9, 10),)


@pytest.mark.parametrize(
    "cover, nhs",
    [([P("NHS number: 485 777 3456")], "4857773456"), ([R("NHS No.", "485-777-3456")], "4857773456"),
     ([P("NHS: 4857773456")], "4857773456")],
)
def test_nhs_number_is_stored_as_digits(cover: list[Block], nhs: str) -> None:
    assert facts_of(cover).nhs_number == nhs


def test_upn_family_and_primary_need() -> None:
    facts = facts_of([
        R("Unique Pupil Number (UPN)", "A123456789012"),
        R("Parents / carers", "Jane Smith (mother) and John Smith (father)"),
        P("Primary area of need: Communication and interaction"),
    ])
    assert facts.upn == "A123456789012"
    assert facts.family_names == ("Jane Smith", "John Smith")
    assert facts.primary_need == "Communication and interaction"


def test_parent_carer_label_variants() -> None:
    assert facts_of([P("Parent(s)/carer(s): Mrs Jane Smith, Mr John Smith")]).family_names == ("Mrs Jane Smith", "Mr John Smith")
    assert facts_of([P("Mother: Jane Smith"), P("Father: John Smith")]).family_names == ("Jane Smith", "John Smith")


def test_a_details_table_run_into_one_line() -> None:
    line = ("Name: Jayden Fairclough Date of birth: 30/10/2010 Year group: Year 10 NHS number: 9993090425 "
            "Unique Pupil Number (UPN): V999540110365 Address: 93 Saltings Road Parents / carers: Donna "
            "Fairclough (mother), Craig Fairclough (father) Current setting: Wyvern Quay School Primary need: "
            "Specific learning difficulty (dyslexia)")
    facts = facts_of([P(line)])
    assert facts.child_name == "Jayden Fairclough"
    assert facts.date_of_birth == date(2010, 10, 30)
    assert facts.nhs_number == "9993090425"
    assert facts.upn == "V999540110365"
    assert facts.family_names == ("Donna Fairclough", "Craig Fairclough")
    assert facts.primary_need == "Specific learning difficulty (dyslexia)"
    assert label_segments("Outcome 1: Sam will read. Steps: practise") == ["Outcome 1: Sam will read. Steps: practise"]


def test_a_wrapped_pdf_cell_is_joined_back() -> None:
    facts = facts_of([R("Primary need", "Cognition and learning; complex medical needs"), P("(epilepsy)")])
    assert facts.primary_need == "Cognition and learning; complex medical needs (epilepsy)"


def test_two_digit_birth_year_is_never_in_the_future() -> None:
    assert facts_of([P("DOB: 03/04/98")], as_of=date(2026, 11, 22)).date_of_birth == date(1998, 4, 3)


def test_advice_entries_from_table_rows_and_lines() -> None:
    blocks = (H("Section K: Advice and information"), R("Advice", "Author", "Date"),
              R("Educational psychology advice", "Dr Jane Green, Educational Psychologist", "12/01/2026"),
              P("Paediatric advice - Dr Patel, Community Paediatrician - 3 Jan 2026"),
              Block(kind="list_item", text="Parental advice - Jane and John Smith - 8 December 2025"),
              P("CAMHS letter (undated)"))
    text = "\n".join(b.text for b in blocks)
    sections, _ = build_sections(blocks, text)
    entries = advice_entries(sections[0])
    assert [(e.author, e.date) for e in entries] == [
        ("Dr Jane Green, Educational Psychologist", date(2026, 1, 12)),
        ("Dr Patel", date(2026, 1, 3)),
        ("Jane and John Smith", date(2025, 12, 8)),
        (None, None),
    ]
    assert advice_entries(None) == ()


def test_personal_details_inside_section_a_when_there_is_no_cover_page() -> None:
    facts = facts_of([], [H("Section A: About me"), Block(kind="table_row", text="Name | Sam Smith", cells=("Name", "Sam Smith")),
                          P("Parents: Jane Smith"), P("Sam likes trains."), H("Section B: Needs"), P("Name: Mrs Jones"),
                          H("Section E: Outcomes"), P("Sam will read.")])
    assert facts.child_name == "Sam Smith"
    assert facts.family_names == ("Jane Smith",)
