"""Finding sections A..K in every template style, and never in body sentences."""

from __future__ import annotations

import pytest

from audit.ingest.sections import build_sections, match_heading, missing_letters
from audit.model import Block

BODY = "Sam enjoys trains and likes to line them up on the table at home."


def P(text: str, **kw: object) -> Block:
    return Block(kind="paragraph", text=text, **kw)


def H(text: str, level: int = 1) -> Block:
    return Block(kind="heading", text=text, level=level, style=f"Heading {level}")


def L(text: str) -> Block:
    return Block(kind="list_item", text=text)


def R(*cells: str, table: int = 0, row: int = 0) -> Block:
    return Block(kind="table_row", text=" | ".join(cells), cells=cells, table=table, row=row)


def find(blocks: list[Block]):
    text = "\n".join(b.text for b in blocks)
    sections, cover_end = build_sections(tuple(blocks), text)
    return sections, cover_end, text


def letters(blocks: list[Block]) -> list[str]:
    return [s.letter for s in find(blocks)[0]]


STATUTORY = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]
TITLES = {
    "A": "Views, interests and aspirations", "B": "Special educational needs", "C": "Health needs",
    "D": "Social care needs", "E": "Outcomes", "F": "Special educational provision",
    "G": "Health provision", "H1": "Social care provision under section 2 of the CSDPA 1970",
    "H2": "Other social care provision", "I": "Placement", "J": "Personal budget",
    "K": "Advice and information",
}


def plan_with(heading: "callable", letters_: list[str] = STATUTORY) -> list[Block]:
    blocks = [P("Name: Sam Smith"), P("Date of birth: 01/09/2014")]
    for letter in letters_:
        blocks.extend(heading(letter, TITLES[letter]))
        blocks.append(P(f"{BODY} ({letter})"))
    return blocks


@pytest.mark.parametrize(
    "style",
    [
        lambda l, t: [H(f"Section {l}: {t}")],  # Word heading styles
        lambda l, t: [P(f"Part {l} – {t}", bold=True)],  # bold "Part A" lines
        lambda l, t: [P(f"SECTION {l} - {t.upper()}")],  # plain-text export, capitals
        lambda l, t: [P(f"{l}: {t}")],  # "A: Views ..."
        lambda l, t: [P(f"{l} - {t}")],  # "A - Views ..."
        lambda l, t: [P(f"{l}. {t}")],  # "A. Views ..."
        lambda l, t: [H(f"{t}", level=1)],  # titles without letters, styled
        lambda l, t: [P(f"## Section {l} – {t}")],  # markdown left in a text export
        lambda l, t: [R(f"Section {l}: {t}")],  # section as a Word table: single-cell title row
        lambda l, t: [R(f"Section {l}", t)],  # title row split over two cells
        lambda l, t: [R(l, t)],  # "A | Views, interests ..."
        lambda l, t: [P(f"Section {l}", bold=True), P(t, bold=True)],  # letter and title on two lines
        lambda l, t: [P(f"[{l[0]}] SECTION {l} - {t.upper()}")],  # case-management record marker
    ],
    ids=["word-headings", "bold-part", "caps-text", "letter-colon", "letter-dash", "letter-dot",
         "titles-only", "markdown", "table-title-row", "two-cell-title", "letter-cell", "split-title",
         "record-marker"],
)
def test_every_template_style_finds_every_section(style) -> None:
    assert letters(plan_with(style)) == STATUTORY


def test_section_text_is_a_slice_of_plan_text_without_its_heading() -> None:
    sections, cover_end, text = find(plan_with(lambda l, t: [H(f"Section {l}: {t}")]))
    for section in sections:
        assert section.text == text[section.start:section.end]
        assert section.text == f"{BODY} ({section.letter})"
        assert section.title.startswith(f"Section {section.letter}")
        assert [b.text for b in section.blocks] == [section.text]
    assert text[:cover_end].startswith("Name: Sam Smith")


def test_statutory_titles_without_letters_in_code_wording() -> None:
    headings = [
        "The child's views, interests and aspirations",
        "The child's special educational needs",
        "The child's health needs which relate to their special educational needs or disability",
        "The child's social care needs which relate to their special educational needs or disability",
        "The outcomes sought for the child",
        "The special educational provision required by the child",
        "Any health provision reasonably required by the learning difficulties or disabilities which "
        "result in the child or young person having special educational needs",
        "Any social care provision which must be made for the child under section 2 of the Chronically "
        "Sick and Disabled Persons Act 1970",
        "Any other social care provision reasonably required by the learning difficulties or disabilities "
        "which result in the child or young person having special educational needs",
        "The name and type of the school or other institution to be attended by the child",
        "Personal budget arrangements",
        "Advice and information gathered during the EHC needs assessment",
    ]
    blocks: list[Block] = [P("Name: Sam Smith")]
    for heading in headings:
        blocks += [H(heading), H("About me", level=2) if heading.startswith("The child's views") else P(BODY), P(BODY)]
    assert letters(blocks) == STATUTORY


def test_plain_text_titles_on_their_own_lines() -> None:
    blocks = [P("Personal details"), P("Name: Sam")]
    for title in ["Special educational needs", "Health needs related to SEN", "Outcomes",
                  "Educational provision", "Placement", "Personal budget", "Advice and information"]:
        blocks += [P(title), P(BODY)]
    assert letters(blocks) == ["B", "C", "E", "F", "I", "J", "K"]


def test_merged_h_section_is_letter_h_and_covers_h1_h2() -> None:
    blocks = plan_with(lambda l, t: [H(f"Section {l}: {t}")], ["A", "B", "C"])
    blocks += [H("Section H1 and H2: Social care provision"), P(BODY), H("Section I: Placement"), P(BODY)]
    assert letters(blocks) == ["A", "B", "C", "H", "I"]
    assert missing_letters(["A", "B", "C", "H", "I"]) == ("D", "E", "F", "G", "J", "K")
    assert letters([H("Section A"), P(BODY), H("Section B"), P(BODY), H("Social care provision"), P(BODY)]) == ["A", "B", "H"]


def test_missing_sections_are_reported_not_guessed() -> None:
    found = letters(plan_with(lambda l, t: [H(f"Section {l}: {t}")], ["A", "B", "E", "F", "I", "K"]))
    assert found == ["A", "B", "E", "F", "I", "K"]
    assert missing_letters(found) == ("C", "D", "G", "H1", "H2", "J")


def test_body_sentences_mentioning_sections_do_not_start_sections() -> None:
    blocks = plan_with(lambda l, t: [H(f"Section {l}: {t}")], ["A", "B", "C", "D", "E", "F"])
    # Inside F: sentences and lines that mention other sections or their titles.
    blocks += [
        P("The provision in Section I will be reviewed with the health provision listed below."),
        P("Section K of the plan lists the advice."),
        P("Section I updated to Reception class"),
        L("Placement"),
        P("Placement: Oakwood Primary School"),
        P("Personal budget requests will be considered at the next review."),
    ]
    assert letters(blocks) == ["A", "B", "C", "D", "E", "F"]


def test_contents_page_does_not_hide_the_real_headings() -> None:
    contents = [P("Contents")] + [P(f"Section {l}: {TITLES[l]}") for l in STATUTORY]
    blocks = contents + plan_with(lambda l, t: [H(f"Section {l}: {t}")])
    sections, _, text = find(blocks)
    assert [s.letter for s in sections] == STATUTORY
    assert all(s.text.startswith(BODY) for s in sections)


def test_repeated_heading_stays_in_its_section() -> None:
    blocks = plan_with(lambda l, t: [H(f"Section {l}: {t}")], ["A", "B", "F", "G"])
    at = next(i for i, b in enumerate(blocks) if b.text.startswith("Section F"))
    blocks[at + 2:at + 2] = [H("Section F: Special educational provision (continued)"), P("More provision.")]
    sections, _, _ = find(blocks)
    assert [s.letter for s in sections] == ["A", "B", "F", "G"]
    assert "More provision." in sections[2].text


def test_a_sub_heading_repeating_a_title_word_does_not_move_the_section_start() -> None:
    blocks = [P("Name: Sam"), H("The child's views, interests and aspirations"), H("About me", 2), P(BODY),
              H("My parents' views", 2), P(BODY), H("Special educational needs"), P(BODY), H("Outcomes"), P(BODY)]
    sections, _, _ = find(blocks)
    assert sections[0].title == "The child's views, interests and aspirations"
    assert sections[0].text.startswith("About me")


def test_end_matter_ends_the_last_section() -> None:
    blocks = plan_with(lambda l, t: [H(f"Section {l}: {t}")], ["A", "B", "K"])
    blocks += [H("Reviewing this plan", 2), P("The plan must be reviewed every 12 months."), H("Your rights", 2), P(BODY)]
    sections, _, _ = find(blocks)
    assert sections[-1].letter == "K"
    assert "reviewed every 12 months" not in sections[-1].text


def test_title_cell_beside_content_cell_starts_the_section_at_the_content() -> None:
    blocks = [P("Name: Sam"), R("Section A", "Sam loves trains and wants to drive one."), R("Section B", "Sam has autism."),
              R("Section I", "Oakwood Primary School"), R("Section K", "EP advice, 3 March 2026")]
    sections, _, text = find(blocks)
    assert [s.letter for s in sections] == ["A", "B", "I", "K"]
    assert sections[0].text == "Sam loves trains and wants to drive one."
    assert sections[2].text == "Oakwood Primary School"
    assert sections[2].blocks[0].cells == ("Oakwood Primary School",)
    assert all(s.text == text[s.start:s.end] for s in sections)


def test_heading_on_first_line_of_a_multi_line_block() -> None:
    blocks = [P("Name: Sam"), P("Section A: Views\nSam likes trains."), P("Section B: Needs\nSam has autism."),
              P("Section E: Outcomes\nSam will read.")]
    sections, _, text = find(blocks)
    assert [(s.letter, s.text) for s in sections] == [("A", "Sam likes trains."), ("B", "Sam has autism."), ("E", "Sam will read.")]


@pytest.mark.parametrize(
    "line, styled, expected",
    [
        ("Section A: Views, interests and aspirations", False, "A"),
        ("SECTION H1 – Social care provision (CSDPA)", False, "H1"),
        ("Section H (H1 and H2)", False, "H"),
        ("Part H1/H2: Social care", False, "H"),
        ("Section A of the plan sets out what matters to Sam.", False, None),
        ("I: like football", False, None),
        ("Outcomes", True, "E"),
        ("Social care provision under section 2 of the CSDPA 1970", True, "H1"),
        ("Any other social care provision reasonably required", True, "H2"),
        ("Health needs related to SEN", False, "C"),
        ("Sam's health needs are met by his GP and the school nurse every term.", False, None),
        ("Placement: Oakwood Academy", False, None),
        ("Section A ........ 3", False, None),
        ("SEN case officer", True, None),
    ],
)
def test_match_heading(line: str, styled: bool, expected: str | None) -> None:
    found = match_heading(line, styled=styled)
    assert (found[0] if found else None) == expected


def test_no_sections_in_a_document_that_is_not_a_plan() -> None:
    sections, cover_end, text = find([P("Dear Mrs Smith,"), P(BODY), P("Yours sincerely")])
    assert sections == []
    assert cover_end == len(text)


def test_one_heading_for_two_sections_gives_both() -> None:
    blocks = [P("Name: Sam"), H("Section A: Views"), P(BODY), H("Section B: Needs"), P(BODY),
              H("Sections C and D: Health and social care needs"), P("Sam has epilepsy and a social worker."),
              H("Section E: Outcomes"), P(BODY)]
    sections, _, _ = find(blocks)
    assert [s.letter for s in sections] == ["A", "B", "C", "D", "E"]
    assert sections[2].text == sections[3].text == "Sam has epilepsy and a social worker."


@pytest.mark.parametrize("heading", ["1. Section A: Views", "(A) Views, interests and aspirations", "A) Views and aspirations"])
def test_numbered_and_bracketed_letter_headings(heading: str) -> None:
    assert match_heading(heading, styled=False)[0] == "A"


def test_long_statutory_titles_after_a_letter() -> None:
    heading = ("Section A - The views, interests and aspirations of the child and his or her parents, "
               "or of the young person")
    assert match_heading(heading, styled=False) == ("A", 3.0)
    assert match_heading("Section F: The school must make sure that the support described in this section "
                         "is given every week of the year.", styled=False) is None


def test_a_content_cell_holding_a_nested_table_is_the_body_not_part_of_the_title() -> None:
    blocks = [R("Part A: Views, interests and aspirations", BODY), R("Part B: Special educational needs", BODY),
              R("Part I: Placement", "Name and type of school | Oakwood Academy – mainstream secondary"),
              R("Part J: Personal budget", "Not requested.")]
    sections, _, text = find(blocks)
    placement = next(s for s in sections if s.letter == "I")
    assert placement.title == "Part I: Placement"
    assert placement.text == "Name and type of school | Oakwood Academy – mainstream secondary"


def test_a_letter_cell_beside_the_codes_long_h1_title_is_a_heading() -> None:
    # The statutory H1 title is 15 words: too long for an ordinary title cell, but it reads as a title.
    blocks = [R("G", "Health provision", table=1), R("Paediatric review every 6 months with Dr Lee.", table=1, row=1),
              R("H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", table=2),
              R("A support worker for 3 hours each Saturday.", table=2, row=1),
              R("H2", "Other social care provision", table=3), R("Young carers group, fortnightly.", table=3, row=1)]
    assert letters(blocks)[-3:] == ["G", "H1", "H2"]


def test_a_long_content_cell_beside_a_letter_is_not_a_title() -> None:
    blocks = [R("G", "Health provision", table=1),
              R("H1", "Social care provision is not needed because the family receives support elsewhere and has asked for none.", table=2)]
    assert "H1" not in letters(blocks)


def test_a_letter_column_beside_a_cell_holding_title_and_body() -> None:
    rows = [R(letter, f"{title}\nFirst line of the section.\nMore of it.", table=i)
            for i, (letter, title) in enumerate([("A", "Views, interests and aspirations of Sam and his family"),
                                                 ("B", "Special educational needs"), ("C", "Health needs related to SEN"),
                                                 ("D", "Social care needs"), ("E", "Outcomes")])]
    sections = find(rows)[0]
    assert [s.letter for s in sections] == ["A", "B", "C", "D", "E"]
    assert sections[0].text.startswith("First line of the section.")


def test_a_merged_h_with_its_own_h1_and_h2_headings_is_both() -> None:
    blocks = [H("Section G: Health provision"), P("Physiotherapy 30 minutes weekly."),
              H("Section H: Social care provision"), P("H1 (CSDPA 1970 s2)"), P("Short breaks: 2 nights a month."),
              P("H2"), P("Child in need plan reviewed every 6 months."), H("Section I: Placement"), P("Oak School.")]
    sections = {s.letter: s for s in find(blocks)[0]}
    assert "H" not in sections
    assert sections["H1"].text == "Short breaks: 2 nights a month."
    assert sections["H2"].text == "Child in need plan reviewed every 6 months."


def test_a_merged_h_that_only_mentions_h1_stays_merged() -> None:
    blocks = [H("Section H: Social care provision"), P("Nothing is provided under H1 or H2 at present."),
              H("Section I: Placement"), P("Oak School.")]
    assert "H" in letters(blocks)


def test_a_contents_table_does_not_start_the_sections() -> None:
    contents = [R("Section", "Title", "Page", table=1)] + [
        R(letter, title, str(page), table=1, row=i + 1)
        for i, (letter, title, page) in enumerate([("A", "Views, interests and aspirations", 2),
                                                   ("B", "Special educational needs", 3), ("C", "Health needs", 5)])]
    body = [H("Section A - Views, interests and aspirations"), P("I like trains and I want to drive one."),
            H("Section B - Special educational needs"), P("Sam finds reading hard."),
            H("Section C - Health needs"), P("Sam has asthma, managed with an inhaler.")]
    sections = find([H("Contents"), *contents, *body])[0]
    assert [s.letter for s in sections] == ["A", "B", "C"]
    assert sections[0].text == "I like trains and I want to drive one."
