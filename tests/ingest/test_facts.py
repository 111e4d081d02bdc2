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


@pytest.mark.parametrize(
    "line, field, value",
    [
        ("Date EHCP first issued: 30-Nov-2021", "issued", date(2021, 11, 30)),
        ("Date of first issue: 14.03.25", "issued", date(2025, 3, 14)),
        ("This plan was first issued on 24th September 2021.", "issued", date(2021, 9, 24)),
        ("Amended: 14-Mar-2025", "last_amended", date(2025, 3, 14)),
        ("This plan was last amended on March 14, 2025.", "last_amended", date(2025, 3, 14)),
        ("Last reviewed: 14.03.25", "last_review", date(2025, 3, 14)),
        ("This plan was last reviewed on 3 July 2025.", "last_review", date(2025, 7, 3)),
        ("The next annual review is due by 3 July 2026.", "next_review", date(2026, 7, 3)),
        ("Next review due by: 21 Apr 2027.", "next_review", date(2027, 4, 21)),
        ("Final EHCP issued: 1/2/2020", "issued", date(2020, 2, 1)),
        ("Date of original plan: 1/2/2020", "issued", date(2020, 2, 1)),
        ("Plan dated: 1/2/2020", "issued", date(2020, 2, 1)),
        ("Date next review due: 1/2/2027", "next_review", date(2027, 2, 1)),
        ("Review by: 1/2/2027", "next_review", date(2027, 2, 1)),
        ("Amended plan issued: 3 May 2025", "last_amended", date(2025, 5, 3)),
        ("Date of amended plan: 3 May 2025", "last_amended", date(2025, 5, 3)),
        ("Plan issue date: 1/2/2020", "issued", date(2020, 2, 1)),
        ("Last AR: 1/2/2025", "last_review", date(2025, 2, 1)),
        ("Next AR due: 1/2/2027", "next_review", date(2027, 2, 1)),
        ("EHCP review due: 1/2/2027", "next_review", date(2027, 2, 1)),
        ("Plan review date: 1/2/2025", "last_review", date(2025, 2, 1)),
        ("This plan was issued on 3 May 2022 and amended on 4 June 2024.", "last_amended", date(2024, 6, 4)),
    ],
)
def test_more_plan_date_label_shapes(line: str, field: str, value: date) -> None:
    assert getattr(facts_of([P(line)]), field) == value


def test_plan_dates_in_prose_sentences_each_keep_their_own_event() -> None:
    facts = facts_of([P("Plan history: first issued 05 Oct 2018. Amended 20 Jan 2025 (move to an internship). "
                        "This plan was last reviewed on 02 Dec 2025; the review asked for changes and no amended "
                        "plan has been issued. Next review due by 02 Dec 2026.")])
    assert (facts.issued, facts.last_amended, facts.last_review, facts.next_review) == (
        date(2018, 10, 5), date(2025, 1, 20), date(2025, 12, 2), date(2026, 12, 2))


def test_a_list_of_review_dates_split_by_semicolons_stays_one_list() -> None:
    facts = facts_of([P("Annual review dates: 12 March 2024; 11 March 2025; 4 March 2026")])
    assert facts.review_dates == (date(2024, 3, 12), date(2025, 3, 11), date(2026, 3, 4))


def test_a_history_value_naming_two_events_splits_them() -> None:
    facts = facts_of([R("Annual review", "22nd May 2023 – plan amended 19th June 2023"),
                      R("Annual review (Year 9 review)", "10th June 2026 – plan amended 1st July 2026"),
                      R("Next review", "by 10th June 2027")])
    assert facts.review_dates == (date(2023, 5, 22), date(2026, 6, 10))
    assert facts.last_amended == date(2026, 7, 1)
    assert facts.next_review == date(2027, 6, 10)


def test_a_review_history_table_with_a_review_date_column() -> None:
    facts = facts_of([R("Review date", "Outcome of review"),
                      R("15 Nov 2023", "Amended 12 Dec 2023 – outcomes updated"),
                      R("26 Nov 2024", "Maintained – no changes needed"),
                      R("21 Apr 2026", "Plan amended")])
    assert facts.review_dates == (date(2023, 11, 15), date(2024, 11, 26), date(2026, 4, 21))
    assert facts.last_amended == date(2023, 12, 12)  # "Plan amended" describes the review, not a date of its own


def test_an_outcomes_table_review_date_column_is_not_a_plan_review() -> None:
    body = [H("Section A: Views"), P("Sam likes trains."), H("Section E: Outcomes"),
            R("Outcome", "Review date"), R("Sam will read 50 words.", "3 March 2026"), H("Section F: Provision")]
    assert facts_of([P("Name: Sam Smith")], body).review_dates == ()


@pytest.mark.parametrize("cover", [[P("Young person: Sam Smith")], [R("Young person", "Sam Smith")],
                                   [R("Child/Young Person:", "Sam Smith")], [P("Forename(s): Sam"), P("Surname: SMITH")]])
def test_more_child_name_labels(cover: list[Block]) -> None:
    assert facts_of(cover).child_name == "Sam Smith"


def test_a_bare_role_label_inside_the_plan_is_not_the_childs_name() -> None:
    body = [H("Section A: Views"), P("Child: Mrs Jones"), H("Section B: Needs"), P("x"), H("Section E: Outcomes"), P("y")]
    assert facts_of([P("Wessex County Council")], body).child_name is None


def test_capitalised_surname_and_the_name_the_plan_uses() -> None:
    prose = [H("Section A: Views"), P("Copies of Connor Blackwater's plan were sent."), H("Section B: Needs"),
             P("x"), H("Section E: Outcomes"), P("y")]
    assert facts_of([P("Name: Connor James BLACKWATER")], prose).child_name == "Connor Blackwater"
    assert facts_of([P("Name: Connor James BLACKWATER")]).child_name == "Connor James Blackwater"
    assert facts_of([P("Name: Aoife O'NEILL-SMYTH")]).child_name == "Aoife O'Neill-Smyth"
    assert facts_of([P("Name: Poppy Rose Wrenfield")]).child_name == "Poppy Rose Wrenfield"


def test_a_review_history_written_as_text_lines_after_section_k() -> None:
    body = PLAN_BODY + [H("Section K: Advice and information"), P("Parental advice | 02-Sep-2021"),
                        H("ANNUAL REVIEW HISTORY"), H("Review date | Outcome of review"),
                        P("07-Dec-2022 | Maintain - no amendments"), P("14-Mar-2024 | Amend - Section B updated")]
    facts = facts_of([P("Name: Sam Smith")], body)
    assert facts.review_dates == (date(2022, 12, 7), date(2024, 3, 14))


def test_a_review_history_table_nested_in_a_cell() -> None:
    cell = "Review date | Outcome of review\n11 March 2020 | Plan maintained\n3 July 2025 | Plan amended"
    facts = facts_of([R("Name", "Sam Smith"), R("Review history", cell)])
    assert facts.review_dates == (date(2020, 3, 11), date(2025, 7, 3))
    assert facts.last_amended is None


def test_a_document_banner_with_pipes_is_not_plan_history() -> None:
    facts = facts_of([P("DOCUMENT: EHC PLAN - FINAL (AMENDED) | CASE REF: FV-0048221 | PRINTED: 28-Oct-2026 09:14")])
    assert (facts.last_amended, facts.issued, facts.review_dates) == (None, None, ())


def test_labels_in_a_header_row_over_a_row_of_values() -> None:
    facts = facts_of([R("Name", "Date of birth", "NHS number"), R("Sam Smith", "15/01/2015", "485 777 3456"),
                      R("Date issued", "Date of last review", "Next review due"), R("04/03/2022", "10/07/2026", "10/07/2027")])
    assert (facts.child_name, facts.date_of_birth, facts.nhs_number) == ("Sam Smith", date(2015, 1, 15), "4857773456")
    assert (facts.issued, facts.last_review, facts.next_review) == (date(2022, 3, 4), date(2026, 7, 10), date(2027, 7, 10))


def test_numbered_parent_labels_and_names_after_a_relationship() -> None:
    facts = facts_of([P("Parent/Carer 1: Ms Kerry Blackwater (Mother) - PR: Y"), P("Parent/Carer 2: Mr Dean Allcock"),
                      R("Parents", "Mum (Deepa Castellane) and stepdad (Rob Marsh)")])
    assert facts.family_names == ("Ms Kerry Blackwater", "Mr Dean Allcock", "Deepa Castellane", "Rob Marsh")


def test_a_review_history_after_the_advice_list_is_not_advice() -> None:
    blocks = (H("Section K: Advice and information"), R("Educational psychology advice", "12/01/2026"),
              Block(kind="table_row", text="Review date | Outcome of review", cells=("Review date", "Outcome of review"), table=1),
              Block(kind="table_row", text="07/12/2022 | Maintained", cells=("07/12/2022", "Maintained"), table=1))
    sections, _ = build_sections(blocks, "\n".join(b.text for b in blocks))
    assert [e.date for e in advice_entries(sections[0])] == [date(2026, 1, 12)]


@pytest.mark.parametrize("value, name", [("BLACKWATER, Connor", "Connor Blackwater"), ("Smith, Sam", "Sam Smith"),
                                         ("Samuel (Sam) Smith", "Samuel Smith"), ('Samuel "Sam" Smith', "Samuel Smith"),
                                         ("Sam Smith (known as Sammy)", "Sam Smith")])
def test_name_values_in_other_orders_and_with_preferred_names(value: str, name: str) -> None:
    assert facts_of([P(f"Name: {value}")]).child_name == name


def test_markdown_emphasis_around_labels() -> None:
    facts = facts_of([P("**Name:** SAM SMITH"), P("**D.O.B:** 14.03.15"), R("**Date issued**", "14-Mar-2022")])
    assert (facts.child_name, facts.date_of_birth, facts.issued) == ("Sam Smith", date(2015, 3, 14), date(2022, 3, 14))


@pytest.mark.parametrize("title, name", [("EHC Plan – Maisie Thorncliffe", "Maisie Thorncliffe"),
                                         ("Education, Health and Care Plan: Sam Smith (final)", "Sam Smith"),
                                         ("Education, Health and Care Plan – Final Version", None),
                                         ("EHC Plan - Northmoor Borough Council", None)])
def test_a_title_naming_the_child_after_a_dash(title: str, name: str | None) -> None:
    assert facts_of([H(title)]).child_name == name


def test_advice_listed_in_a_table_nested_in_the_section_cell() -> None:
    blocks = (R("Part A: Views", "Sam likes trains."), R("Part B: Needs", "Sam finds reading hard."),
              R("Part K: Advice and information", "Advice | Date\nParental advice | 14 December 2018\nEP advice | 7 January 2019"),
              R("Review history", "Review date | Outcome of review\n11 March 2020 | Plan maintained"))
    sections, _ = build_sections(blocks, "\n".join(b.text for b in blocks))
    k = next(s for s in sections if s.letter == "K")
    assert [(e.text, e.date) for e in advice_entries(k)] == [
        ("Parental advice - 14 December 2018", date(2018, 12, 14)), ("EP advice - 7 January 2019", date(2019, 1, 7))]


@pytest.mark.parametrize(
    "cover",
    [
        [P("Date plan first issued: 1.7.20"), P("Date of this plan (amended): 30.10.25")],
        [P("Date plan first issued: 1.7.20"), P("Date this plan amended: 30.10.2025")],
        [R("Date plan first issued", "1.7.20"), R("Date the plan was amended", "30/10/2025")],
    ],
)
def test_an_amended_plan_date_is_the_amendment_not_the_issue(cover: list[Block]) -> None:
    facts = facts_of(cover)
    assert (facts.issued, facts.last_amended) == (date(2020, 7, 1), date(2025, 10, 30))


def test_a_bare_review_date_after_the_stated_last_review_is_the_next_review() -> None:
    facts = facts_of([R("Date of last annual review", "10th July 2025"), R("Review date", "10th July 2026")])
    assert facts.last_review == date(2025, 7, 10)
    assert facts.review_dates == (date(2025, 7, 10),)
    assert facts.next_review == date(2026, 7, 10)


def test_a_bare_review_date_alone_is_still_a_review() -> None:
    facts = facts_of([R("Review date", "10th July 2025")])
    assert facts.last_review == date(2025, 7, 10)
    assert facts.next_review is None


@pytest.mark.parametrize(
    "line, field, value",
    [
        ("Plan start 11-Nov-2021", "issued", date(2021, 11, 11)),
        ("Plan date: 14/03/2023", "issued", date(2023, 3, 14)),
        ("Plan updated: 19/08/2025", "last_amended", date(2025, 8, 19)),
        ("Next review: by 23 September 2027.", "next_review", date(2027, 9, 23)),
        ("Next annual review due by 17/06/2027", "next_review", date(2027, 6, 17)),
        ("Review: Interim review due by 24.12.2026 (6-monthly while under 5)", "next_review", date(2026, 12, 24)),
    ],
)
def test_plan_date_labels_of_other_templates(line: str, field: str, value: date) -> None:
    assert getattr(facts_of([P(line)]), field) == value


def test_a_bare_review_cell_saying_due_by_is_the_next_review() -> None:
    facts = facts_of([R("Date plan issued", "25.06.2026"), R("Review", "Interim review due by 24.12.2026 (6-monthly while under 5)")])
    assert (facts.next_review, facts.review_dates) == (date(2026, 12, 24), ())


def test_the_date_of_this_version_with_a_note_naming_the_review() -> None:
    facts = facts_of([R("EHC plan first issued", "10/02/2023"),
                      R("Date of this version", "05/08/2026 (amended after the annual review held on 18/06/2026)")])
    assert (facts.issued, facts.last_amended, facts.last_review) == (date(2023, 2, 10), date(2026, 8, 5), date(2026, 6, 18))


def test_the_date_of_this_version_is_the_issue_date_until_the_plan_is_amended() -> None:
    assert facts_of([P("Date of this version 03/03/2025")]).issued == date(2025, 3, 3)
    facts = facts_of([P("Date EHCP issued 21/01/2019"), P("Date of this version 03/03/2025")])
    assert (facts.issued, facts.last_amended) == (date(2019, 1, 21), date(2025, 3, 3))
    facts = facts_of([P("Date EHCP issued 21/01/2019"), P("Date of this version 21/01/2019")])
    assert (facts.issued, facts.last_amended) == (date(2019, 1, 21), None)


K_THEN = PLAN_BODY + [H("Section K: Advice and information"), R("Advice", "Date"), R("School report", "13/06/2025")]


@pytest.mark.parametrize("heading", ["Reviews", "Review history", "Annual review record", "Previous reviews",
                                     "ANNUAL REVIEW LOG", "Amendment notice", "Plan history"])
def test_plan_history_under_its_own_heading_after_section_k(heading: str) -> None:
    body = K_THEN + [H(heading), P("Annual review held 16th May 2024. Decision: amend."),
                     P("Amended plan issued 1st July 2024. Next annual review due by 16th May 2025.")]
    facts = facts_of([P("Name: Sam Smith")], body)
    assert (facts.last_review, facts.last_amended, facts.next_review) == (
        date(2024, 5, 16), date(2024, 7, 1), date(2025, 5, 16))


def test_advice_after_section_k_without_a_history_heading_is_not_plan_history() -> None:
    body = K_THEN + [P("Annual review report - 10/07/2025")]
    assert facts_of([P("Name: Sam Smith")], body).review_dates == ()


def test_prose_history_naming_events_sentence_by_sentence() -> None:
    body = K_THEN + [H("Reviews"), P(
        "This plan was finalised on 6 July 2022. It was reviewed on 29 June 2023 and amended on 8 September 2023. "
        "The annual review on 3 July 2024 led to an amended plan dated 20 August 2024, and the review on 25 June 2025 "
        "resulted in the plan being amended on 12 August 2025. The most recent annual review meeting was held on "
        "24 September 2026 (the Year 11 review). Following that review the local authority wrote to Mrs Walsh on "
        "20 October 2026 confirming its decision; the amended plan will be issued by 31 March 2027."),
        P("Next review: by 23 September 2027.")]
    facts = facts_of([P("Name: Sam Smith")], body)
    assert facts.issued == date(2022, 7, 6)
    assert facts.review_dates == (date(2023, 6, 29), date(2024, 7, 3), date(2025, 6, 25), date(2026, 9, 24))
    assert (facts.last_amended, facts.next_review) == (date(2025, 8, 12), date(2027, 9, 23))


def test_a_list_of_dates_after_one_event_word_keeps_that_event() -> None:
    body = K_THEN + [H("Review history"), P(
        "First plan: 14/09/2020. Annual reviews: 02/07/2021, 29/06/2022, 22/06/2023, 20/06/2024 and 24/06/2025. "
        "Following the review on 24/06/2025 the plan was amended and reissued on 19/08/2025. "
        "The next annual review was due by 24/06/2026.")]
    facts = facts_of([P("Name: Sam Smith")], body)
    assert facts.issued == date(2020, 9, 14)
    assert facts.review_dates == (date(2021, 7, 2), date(2022, 6, 29), date(2023, 6, 22), date(2024, 6, 20), date(2025, 6, 24))
    assert (facts.last_amended, facts.next_review) == (date(2025, 8, 19), date(2026, 6, 24))
    facts = facts_of([P("Name: Sam Smith")], K_THEN + [H("Review record"), P(
        "The plan was finalised on 15 May 2020 and amended on 19 April 2021, 30 June 2022 and 2 March 2025.")])
    assert (facts.issued, facts.last_amended) == (date(2020, 5, 15), date(2025, 3, 2))


def test_the_latest_of_several_amended_plans_in_a_review_log() -> None:
    body = K_THEN + [H("ANNUAL REVIEW LOG"), P("AR date: 18/12/2019"), P("Amended plan issued: 20/02/2020"),
                     P("AR date: 15/05/2023"), P("Amended plan issued: 11/08/2023"), P("AR date: 12/05/2026"),
                     P("Amended plan issued: -"),
                     P("Note: AR 12/05/2026 held as Year 10 review. No changes requested. Next AR due by 11/05/2027.")]
    facts = facts_of([P("Name: Sam Smith")], body)
    assert (facts.last_review, facts.last_amended, facts.next_review) == (
        date(2026, 5, 12), date(2023, 8, 11), date(2027, 5, 11))


@pytest.mark.parametrize("cover", [[H("Pupil BROOKS, Jayden")], [P("Pupil Jayden BROOKS")], [R("My name", "Jayden Brooks")]])
def test_export_and_first_person_name_fields(cover: list[Block]) -> None:
    assert facts_of(cover).child_name == "Jayden Brooks"


@pytest.mark.parametrize("line", ["Pupil Premium Grant", "Pupil voice was gathered", "Learner Profile"])
def test_a_role_word_starting_a_phrase_is_not_a_name_label(line: str) -> None:
    assert facts_of([P(line)]).child_name is None


def test_a_title_with_a_shorter_name_does_not_shorten_the_cover_name() -> None:
    cover = [H("Education Health and Care Plan - Daniel Mensah"), R("Name of young person", "Daniel Kwame Mensah")]
    assert facts_of(cover).child_name == "Daniel Kwame Mensah"


def test_an_event_date_outcome_table_after_section_k_is_plan_history() -> None:
    rows = [Block(kind="table_row", text=" | ".join(c), cells=c, table=7) for c in (
        ("Event", "Date", "Outcome"), ("Plan issued (final)", "10/02/2023", "-"),
        ("Annual review", "17/06/2025", "Amended 01/08/2025"), ("Annual review", "18/06/2026", "Amended 05/08/2026 (this version)"))]
    facts = facts_of([P("Name: Sam Smith")], K_THEN + rows)
    assert (facts.issued, facts.last_review, facts.last_amended) == (date(2023, 2, 10), date(2026, 6, 18), date(2026, 8, 5))


def test_an_event_date_outcome_table_in_section_k_is_not_advice() -> None:
    rows = tuple(Block(kind="table_row", text=" | ".join(c), cells=c, table=t) for t, c in (
        (0, ("Educational psychology advice", "12/01/2026")), (1, ("Event", "Date", "Outcome")),
        (1, ("Annual review", "18/06/2026", "Amended 05/08/2026"))))
    blocks = (H("Section K: Advice and information"), *rows)
    sections, _ = build_sections(blocks, "\n".join(b.text for b in blocks))
    assert [e.date for e in advice_entries(sections[0])] == [date(2026, 1, 12)]


@pytest.mark.parametrize("cover", [[P("Interim review due: 24.12.2026")], [P("Early review due by 24 December 2026")],
                                   [R("Reviews", "Annual review 18/06/2026; next due by 24/12/2026")],
                                   [R("Annual review", "Held 18/06/2026. Next due 24/12/2026")]])
def test_a_review_said_to_be_due_is_the_next_review(cover: list[Block]) -> None:
    facts = facts_of(cover)
    assert facts.next_review == date(2026, 12, 24)
    assert date(2026, 12, 24) not in facts.review_dates


def test_a_date_and_what_happened_table_with_several_events_in_one_entry() -> None:
    facts = facts_of([
        R("Plan first issued", "12 March 2021"),
        R("Date", "What happened"),
        R("12 March 2021", "First plan issued (nursery)"),
        R("11 June 2025", "Review; plan amended (eating and sleep added)"),
        R("10 June 2026", "Review; proposed changes sent 1 July 2026; final plan issued 22 July 2026"),
    ])
    assert facts.issued == date(2021, 3, 12)
    assert facts.review_dates == (date(2025, 6, 11), date(2026, 6, 10))  # not the 1 July letter
    assert facts.last_review == date(2026, 6, 10)
    assert facts.last_amended == date(2026, 7, 22)  # the plan issued after the review is the amended one


@pytest.mark.parametrize("value", ["18/03/2026 - LA decision to maintain, letter dated 09/04/2026",
                                   "18/03/2026 - LA decision: maintain (09/04/2026)",
                                   "18/03/2026; decision letter sent 09/04/2026"])
def test_the_decision_letter_after_a_review_is_not_a_review(value: str) -> None:
    facts = facts_of([R("Most recent annual review", value)])
    assert facts.review_dates == (date(2026, 3, 18),)
    assert facts.last_review == date(2026, 3, 18)


@pytest.mark.parametrize(
    "cover",
    [
        [R("Plan first finalised", "06/07/2018"), R("Date of this plan", "22/05/2025 (amended following annual review)")],
        [R("Plan first issued", "06/07/2018"), R("This plan issued", "22/05/25 - amended to name secondary school")],
        [R("Date of first plan", "06/07/2018"), R("Plan date", "22/05/2025")],
        [P("Date of first EHCP: 06/07/2018"), P("Date of this plan: 22 May 2025")],
    ],
)
def test_the_date_of_the_plan_in_hand_after_the_first_issue_is_the_amendment(cover: list[Block]) -> None:
    facts = facts_of(cover)
    assert (facts.issued, facts.last_amended) == (date(2018, 7, 6), date(2025, 5, 22))
    assert facts.review_dates == ()


@pytest.mark.parametrize("cover, amended", [
    ([R("Date plan issued", "22/05/2025 (amended)")], date(2025, 5, 22)),
    ([R("Date plan issued", "22/05/2025 (not amended)")], None),
    ([R("Plan date", "22/05/2025")], None),  # the only date of a plan: its issue date
])
def test_an_issue_date_noted_as_amended(cover: list[Block], amended: date | None) -> None:
    facts = facts_of(cover)
    assert facts.last_amended == amended
    assert facts.issued == (None if amended else date(2025, 5, 22))


@pytest.mark.parametrize("cover", [[R("First review", "Early years review due by 13.11.2026 - meeting booked for 10.11.2026")],
                                   [P("First review: due by 13/11/2026")]])
def test_a_first_review_said_to_be_due_is_the_next_review(cover: list[Block]) -> None:
    facts = facts_of([R("Date plan issued", "14.05.2026 (first EHC plan)")] + cover)
    assert (facts.issued, facts.next_review, facts.review_dates) == (date(2026, 5, 14), date(2026, 11, 13), ())


def test_a_first_review_held_is_a_review() -> None:
    assert facts_of([R("First review", "12/03/2021")]).review_dates == (date(2021, 3, 12),)


@pytest.mark.parametrize("cover, due", [
    ([R("Date of last Annual Review", "11th February 2025"), R("Next Annual Review due", "February 2026")], date(2026, 2, 11)),
    ([P("Date of last review: 11/02/2025"), P("Next review due: by Feb 2026")], date(2026, 2, 11)),
    ([R("Date of last Annual Review", "11th February 2025"), R("Next Annual Review due", "March 2026")], date(2026, 3, 31)),
    ([R("Next Annual Review due", "February 2026")], date(2026, 2, 28)),
    ([R("Next review", "by 20/02/2026"), R("Next Annual Review due", "February 2026")], date(2026, 2, 20)),
])
def test_a_next_review_given_to_the_month(cover: list[Block], due: date) -> None:
    assert facts_of(cover).next_review == due


def test_an_amendment_following_a_review_held_on_a_date_dates_the_review() -> None:
    facts = facts_of([P("Plan issued: 12/09/2017"), P("Plan last amended: 20/11/2025"),
                      P("This plan was amended following the annual review held on 09/10/2025. "
                        "It replaces the version issued on 04/12/2024.")])
    assert facts.review_dates == (date(2025, 10, 9),)
    assert (facts.issued, facts.last_amended) == (date(2017, 9, 12), date(2025, 11, 20))
    # Without "held", the date after "amended following review" is still the amendment's.
    assert facts_of([P("Amended following the annual review on 3 March 2026")]).last_amended == date(2026, 3, 3)


@pytest.mark.parametrize("heading", ["ANNUAL REVIEW - RECORD OF MEETING", "Record of annual review meeting",
                                     "Annual review meeting notes"])
def test_a_review_record_after_the_plan_gives_a_later_review_than_the_cover(heading: str) -> None:
    body = K_THEN + [H(heading), R("Date of meeting", "06/10/2026"), R("Held at", "Brindle Hill School")]
    facts = facts_of([P("Name: Sam Smith"), P("Date of last review: 09/10/2025")], body)
    assert facts.review_dates == (date(2025, 10, 9), date(2026, 10, 6))
    assert facts.last_review == date(2026, 10, 6)


def test_a_date_of_meeting_outside_a_review_record_is_not_a_review() -> None:
    facts = facts_of([P("Name: Sam Smith"), R("Date of meeting", "22/04/2026")],
                     K_THEN + [H("Planning meeting"), R("Date of meeting", "22/04/2026")])
    assert facts.review_dates == ()
