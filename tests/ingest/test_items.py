"""Splitting section E into outcomes and F/G/H into provision items, from document structure."""

from __future__ import annotations

import pytest

from audit.ingest.items import split_items, split_outcomes, split_provision
from audit.ingest.sections import build_sections
from audit.model import Block, Section


def P(text: str, **kw: object) -> Block:
    return Block(kind="paragraph", text=text, **kw)


def H(text: str, level: int = 1) -> Block:
    return Block(kind="heading", text=text, level=level)


def L(text: str, level: int | None = None) -> Block:
    return Block(kind="list_item", text=text, level=level)


def R(*cells: str, table: int = 0) -> Block:
    return Block(kind="table_row", text=" | ".join(cells), cells=cells, table=table)


def section(letter: str, body: list[Block]) -> Section:
    """The section `letter` as ingest builds it, from a heading and `body`."""
    blocks = (H("Section A: Views"), P("Sam likes trains."), H(f"Section {letter}: Title"), *body)
    text = "\n".join(b.text for b in blocks)
    sections, _ = build_sections(blocks, text)
    found = [s for s in sections if s.letter == letter]
    assert found, [s.letter for s in sections]
    return found[0]


def check_spans(sec: Section, items) -> None:
    for item in items:
        assert sec.text[item.start:item.end] == item.text


def test_outcomes_table_with_header_area_steps_and_by_when() -> None:
    sec = section("E", [
        P("These outcomes were agreed with Sam and his parents at the review meeting."),
        R("Area", "Outcome", "Steps towards it", "By when"),
        R("Communication and interaction", "Sam will ask for help using a five-word sentence in 4 out of 5 lessons.",
          "Use a help card with one prompt\nAsk an adult by name", "July 2027"),
        R("Cognition and learning", "Sam will read 100 common words.", "Read 50 words by March 2027", "End of KS2"),
    ])
    outcomes = split_outcomes(sec)
    assert [o.text for o in outcomes] == [
        "Sam will ask for help using a five-word sentence in 4 out of 5 lessons.", "Sam will read 100 common words."]
    assert [o.area for o in outcomes] == ["Communication and interaction", "Cognition and learning"]
    assert outcomes[0].steps == ("Use a help card with one prompt", "Ask an adult by name")
    assert [o.by_when for o in outcomes] == ["July 2027", "End of KS2"]
    assert [o.index for o in outcomes] == [1, 2]
    check_spans(sec, outcomes)


def test_numbered_outcomes_with_labelled_steps_and_area_subheadings() -> None:
    sec = section("E", [
        H("Communication and interaction", 2),
        P("1. By July 2027 Sam will ask for help with a five-word sentence."),
        P("Steps towards this outcome:"),
        L("Use a help card by Christmas"),
        L("Ask an adult by name"),
        H("Preparing for adulthood: Independent living", 2),
        P("Outcome 2: Sam will travel to school independently by the end of Key Stage 3."),
        P("Short-term targets: walk to the bus stop with an adult"),
    ])
    outcomes = split_outcomes(sec)
    assert [o.text for o in outcomes] == [
        "By July 2027 Sam will ask for help with a five-word sentence.",
        "Sam will travel to school independently by the end of Key Stage 3.",
    ]
    assert outcomes[0].steps == ("Use a help card by Christmas", "Ask an adult by name")
    assert outcomes[1].steps == ("walk to the bus stop with an adult",)
    assert [o.by_when for o in outcomes] == ["By July 2027", "by the end of Key Stage 3"]
    assert outcomes[0].area == "Communication and interaction"
    assert outcomes[1].area == "Independent living"
    check_spans(sec, outcomes)


def test_bullet_outcomes_are_each_an_outcome_and_sub_bullets_are_steps() -> None:
    sec = section("E", [
        L("Sam will read 100 words by July 2027.", level=0),
        L("Read 50 words by March 2027", level=1),
        L("Sam will swim 10 metres within 12 months.", level=0),
    ])
    outcomes = split_outcomes(sec)
    assert [o.text for o in outcomes] == ["Sam will read 100 words by July 2027.", "Sam will swim 10 metres within 12 months."]
    assert outcomes[0].steps == ("Read 50 words by March 2027",)
    assert outcomes[1].by_when == "within 12 months"


def test_bullets_under_a_paragraph_outcome_are_its_steps() -> None:
    sec = section("E", [
        P("Sam will manage his own lunch routine by the summer term 2027."),
        L("Carry his tray with one prompt"),
        L("Choose his food from a picture menu"),
        P("Sam will make a friend in his class."),
    ])
    outcomes = split_outcomes(sec)
    assert len(outcomes) == 2
    assert outcomes[0].steps == ("Carry his tray with one prompt", "Choose his food from a picture menu")
    assert outcomes[0].by_when == "by the summer term 2027"


def test_wrapped_pdf_table_rows_make_one_outcome_each() -> None:
    sec = section("E", [
        R("Outcome", "Steps towards", "By when", table=3),
        R("Oscar will use two-word phrases to", "Oscar will use a picture exchange", "End of Reception (July 2027)", table=3),
        R("ask an adult for what he wants at", "card to ask for a favourite item", table=3),
        R("snack time, on 4 out of 5 occasions.", "(by February 2027).", table=3),
        R("Oscar will respond to his name when", "Oscar will respond in a quiet room", "July 2027", table=3),
        P("called, 8 times out of 10."),
        R("Oscar will play alongside a friend.", "Sit at the train table", "July 2027", table=4),
    ])
    outcomes = split_outcomes(sec)
    assert [o.text for o in outcomes] == [
        "Oscar will use two-word phrases to ask an adult for what he wants at snack time, on 4 out of 5 occasions.",
        "Oscar will respond to his name when called, 8 times out of 10.",
        "Oscar will play alongside a friend.",
    ]
    assert outcomes[0].steps == ("Oscar will use a picture exchange card to ask for a favourite item (by February 2027).",)
    assert outcomes[0].by_when == "End of Reception (July 2027)"
    for o in outcomes:  # the span covers every line the outcome was read from
        assert sec.text[o.start:o.end].startswith(o.text.split(" ")[0])


@pytest.mark.parametrize("body", ["None", "N/A", "Not applicable", "No outcomes identified at this time."])
def test_none_sections_have_no_items(body: str) -> None:
    assert split_outcomes(section("E", [P(body)])) == []
    assert split_provision(section("G", [P(body)])) == []


def test_provision_table_with_named_columns() -> None:
    sec = section("F", [
        P("The provision below will be delivered at Oakwood Primary School:"),
        R("Need", "Provision", "Who", "How often", "Review"),
        R("Communication", "Speech and language programme in a small group of 4 (Outcome 1)",
          "Speech and language therapist", "3 x 30 minutes weekly", "Termly"),
        R("Learning", "1:1 reading", "Teaching assistant", "Daily, 15 minutes", "Half-termly"),
    ])
    items = split_provision(sec)
    assert len(items) == 2
    first, second = items
    assert first.area == "Communication"
    assert first.what.startswith("Speech and language programme")
    assert first.who == "Speech and language therapist"
    assert first.frequency == "3 x 30 minutes weekly"
    assert first.duration == "30 minutes"
    assert first.ratio == "small group of 4"
    assert first.linked_outcome == "1"
    assert (second.ratio, second.duration, second.frequency) == ("1:1", "15 minutes", "Daily, 15 minutes")
    check_spans(sec, items)


@pytest.mark.parametrize(
    "line, who, frequency, duration, ratio",
    [
        ("Sam will have 3 x 30 minutes weekly of 1:1 speech therapy from a SALT.", "SALT", "3 x 30 minutes weekly", "30 minutes", "1:1"),
        ("An OT programme delivered twice a week by a TA.", "OT", "twice a week", None, None),
        ("Check-in with his key worker daily.", "key worker", "daily", None, None),
        ("Educational psychologist consultation once per term, 1 hour.", "Educational psychologist", "once per term", "1 hour", None),
        ("Social skills group of up to 6 pupils led by the SENCo every week.", "SENCo", "every week", None, "group of up to 6 pupils"),
        ("Access to a quiet space as needed.", None, None, None, None),
        ("Equipment for daily living at home.", None, None, None, None),
    ],
)
def test_provision_lines_are_read_for_who_how_often_how_long_ratio(line, who, frequency, duration, ratio) -> None:
    sec = section("F", [L(line)])
    [item] = split_provision(sec)
    assert (item.who, item.frequency, item.duration, item.ratio) == (who, frequency, duration, ratio)
    assert item.text == line
    check_spans(sec, [item])


def test_provision_subheadings_set_the_area_and_intros_are_not_items() -> None:
    sec = section("F", [
        H("Social, emotional and mental health", 2),
        P("The following support will be provided:"),
        L("Daily check-in with a key adult, 10 minutes"),
        P("Strategies to be used by all staff"),
        L("Use visual timetables"),
    ])
    items = split_provision(sec)
    assert [i.text for i in items] == ["Daily check-in with a key adult, 10 minutes", "Use visual timetables"]
    assert {i.area for i in items} == {"Social, emotional and mental health"}


def test_split_items_numbers_provision_across_sections() -> None:
    blocks = (H("Section A: Views"), P("x"), H("Section E: Outcomes"), L("Sam will read."),
              H("Section F: Provision"), L("Reading 1:1 daily"), H("Section G: Health provision"), P("None"),
              H("Section H: Social care provision"), L("Short breaks twice a month with a support worker"))
    text = "\n".join(b.text for b in blocks)
    sections, _ = build_sections(blocks, text)
    outcomes, provision = split_items(sections)
    assert [o.text for o in outcomes] == ["Sam will read."]
    assert [(p.index, p.section) for p in provision] == [(1, "F"), (2, "H")]
    assert provision[1].who == "support worker"


def test_a_whole_section_in_one_cell_is_read_line_by_line() -> None:
    # "Part E | <everything>": the template puts each section in a two-column table row.
    cell = ("Long-term aspiration: Sam would like to be a mechanic.\nOutcome | By when\n"
            "Sam will pass Functional Skills Level 1 maths. | July 2027\nSam will develop his social skills. | Ongoing\n"
            "Preparing for adulthood")
    blocks = (R("Part A: Views", "Sam likes trains.", table=0), R("Part B: Needs", "Sam finds reading hard.", table=0),
              R("Part E: Outcomes", cell, table=0),
              R("Part F: Provision", "Maths lessons, 4 hours per week.\nA key adult when anxious.", table=0))
    sections, _ = build_sections(blocks, "\n".join(b.text for b in blocks))
    by_letter = {s.letter: s for s in sections}
    outcomes = split_outcomes(by_letter["E"])
    assert [(o.text, o.by_when) for o in outcomes] == [
        ("Sam will pass Functional Skills Level 1 maths.", "July 2027"), ("Sam will develop his social skills.", "Ongoing")]
    check_spans(by_letter["E"], outcomes)
    provision = split_provision(by_letter["F"])
    assert [p.text for p in provision] == ["Maths lessons, 4 hours per week.", "A key adult when anxious."]


def test_notes_about_the_outcomes_are_not_outcomes() -> None:
    sec = section("E", [
        P("Outcomes are for the end of Year 7 (July 2026)."),
        P("1. Sam will read 100 common words by July 2026."),
        P("2. Sam will write three sentences independently by July 2026."),
        P("Steps towards these outcomes are set out in Sam's school support plan."),
        P("Employment: outcomes 1 and 2 (college course)."),
    ])
    assert [o.text for o in split_outcomes(sec)] == [
        "Sam will read 100 common words by July 2026.", "Sam will write three sentences independently by July 2026."]


def test_paragraphs_before_an_outcomes_table_introduce_it() -> None:
    sec = section("E", [P("Sam's aspiration is to work with animals."), R("Outcome", "By when"),
                        R("Sam will feed the class pets every day.", "July 2027")])
    assert [o.text for o in split_outcomes(sec)] == ["Sam will feed the class pets every day."]


def test_labelled_outcome_records_lose_their_label_and_keep_a_comma_area() -> None:
    sec = section("E", [P("Area: Social, emotional and mental health"), P("Outcome: Sam will manage his anxiety."),
                        P("By when: July 2027"), P("Area: Cognition and learning"), P("Outcome: Sam will read."),
                        P("By when: July 2026")])
    outcomes = split_outcomes(sec)
    assert [(o.area, o.text, o.by_when) for o in outcomes] == [
        ("Social, emotional and mental health", "Sam will manage his anxiety.", "July 2027"),
        ("Cognition and learning", "Sam will read.", "July 2026")]


def test_provision_written_as_labelled_records() -> None:
    sec = section("F", [P("Provision: Specialist literacy intervention"), P("Staffing: Specialist dyslexia teacher"),
                        P("Frequency: 2 x 45 minutes per week, 1:1"), P("Provision: In-class support"),
                        P("Staffing: Teaching assistant"), P("Frequency: As required")])
    items = split_provision(sec)
    assert [(i.what, i.who, i.frequency, i.ratio) for i in items] == [
        ("Specialist literacy intervention", "Specialist dyslexia teacher", "2 x 45 minutes per week, 1:1", "1:1"),
        ("In-class support", "Teaching assistant", "As required", None)]
    check_spans(sec, items)


def test_a_wrapped_pdf_outcome_row_with_a_wrapped_area_cell_stays_one_outcome() -> None:
    sec = section("E", [
        R("Area of need", "Outcome", "Steps towards", "By when", table=1),
        R("Cognition and learning – PfA", "Ffion will achieve A level", "UCAS form sent by", "August 2027", table=2),
        R("Employment and higher education", "grades of at least B, C, C and a university place.", "January 2027.", "", table=2),
        R("Sensory and physical", "Ffion will book her own clinic appointments.", "One by January 2027.", "July 2027", table=2),
    ])
    outcomes = split_outcomes(sec)
    assert [o.text for o in outcomes] == [
        "Ffion will achieve A level grades of at least B, C, C and a university place.",
        "Ffion will book her own clinic appointments."]
    assert [o.area for o in outcomes] == ["Cognition and learning", "Sensory and/or physical"]


def test_header_titles_with_notes_in_brackets_still_name_columns() -> None:
    sec = section("E", [R("Outcome", "Steps (to check at review in November 2026 and May 2027)", "Links to"),
                        R("Sam will sign 'more' and 'finished' by July 2027.", "By Nov 2026: signs 'more' with a prompt. By May 2027: without.", "Aspiration 1")])
    assert [o.text for o in split_outcomes(sec)] == ["Sam will sign 'more' and 'finished' by July 2027."]


@pytest.mark.parametrize("label, area", [("C&L", "Cognition and learning"), ("Sensory/Physical", "Sensory and/or physical"),
                                         ("Physical", "Sensory and/or physical")])
def test_short_area_labels(label: str, area: str) -> None:
    from audit.ingest.items import area_heading

    assert area_heading(label) == area


def test_an_area_in_brackets_after_the_outcome() -> None:
    sec = section("E", [R("Outcome (PfA area)", "Steps", "By when"),
                        R("Sam will travel to college by bus on his own. (Independent living)", "Travel training.", "July 2027")])
    assert [o.area for o in split_outcomes(sec)] == ["Independent living"]


def test_an_area_label_with_commas_leading_a_short_outcome_keeps_the_outcome() -> None:
    sec = section("E", [P("Social, emotional and mental health: Sam will attend"),
                        P("Cognition and learning: Sam will read 50 words.")])
    assert [(o.area, o.text) for o in split_outcomes(sec)] == [
        ("Social, emotional and mental health", "Social, emotional and mental health: Sam will attend"),
        ("Cognition and learning", "Cognition and learning: Sam will read 50 words.")]


def test_outcomes_numbered_e1_e2_after_steps_labels_are_each_an_outcome() -> None:
    sec = section("E", [
        P("Long-term aspiration: to get an apprenticeship in bricklaying."),
        P("E1. By July 2027 Tyler will achieve a grade 3 in GCSE maths."),
        P("Steps: By December 2026 he will pass a Level 1 mock paper."),
        P("E2. By July 2027 Tyler will complete the BTEC Construction award with a Merit."),
        P("Steps: complete all coursework units on time each term."),
        P("E3. Tyler will improve his behaviour in school."),
    ])
    outcomes = split_outcomes(sec)
    assert [o.text[:12] for o in outcomes] == ["By July 2027", "By July 2027", "Tyler will i"]
    assert outcomes[0].steps == ("By December 2026 he will pass a Level 1 mock paper.",)
    check_spans(sec, outcomes)
