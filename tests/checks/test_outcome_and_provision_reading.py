"""How outcome and provision tables are read for the checks (audit/ingest/items.py).

A QA panel reads an outcomes table as a whole: a column title or sub-heading that sets the
timeframe ("Outcome (by July 2027)") dates every outcome under it (Code 9.66); a "How we will
know" column is evidence of success, not steps; a repeated title row ("No. | Outcome | Steps") is
not an outcome, nor a provision line; a report on last year's outcomes sets no outcome.
"""

from __future__ import annotations

from audit.ingest.items import split_outcomes, split_provision
from audit.ingest.sections import build_sections
from audit.model import Block, Section


def P(text: str, **kw: object) -> Block:
    return Block(kind="paragraph", text=text, **kw)


def R(*cells: str, table: int = 0) -> Block:
    return Block(kind="table_row", text=" | ".join(cells), cells=cells, table=table)


def section(letter: str, body: list[Block]) -> Section:
    blocks = (Block(kind="heading", text="Section A: Views", level=1), P("Sam likes trains."),
              Block(kind="heading", text=f"Section {letter}: Title", level=1), *body)
    text = "\n".join(b.text for b in blocks)
    sections, _ = build_sections(blocks, text)
    return next(s for s in sections if s.letter == letter)


def test_a_timeframe_in_the_outcome_column_title_dates_every_row() -> None:
    sec = section("E", [
        R("Outcome (by July 2027)", "Steps towards it"),
        R("Sam will read 100 common words on his own.", "By December 2026: read 50 words."),
        R("Sam will ask an adult for help in 4 out of 5 lessons.", "Use a help card."),
    ])
    outcomes = split_outcomes(sec)
    assert [o.by_when for o in outcomes] == ["by July 2027", "by July 2027"]


def test_a_how_we_will_know_column_is_evidence_not_steps_and_its_timeframe_carries() -> None:
    sec = section("E", [
        R("Outcome", "How we will know (by July 2027, end of Year 5)"),
        R("Sam will press his switch to ask for more, on 4 out of 5 occasions.", "Switch data recorded weekly"),
        R("Sam will stand in his frame for 30 minutes daily.", "Physio record"),
    ])
    outcomes = split_outcomes(sec)
    assert [o.text for o in outcomes] == ["Sam will press his switch to ask for more, on 4 out of 5 occasions.",
                                          "Sam will stand in his frame for 30 minutes daily."]
    assert all(o.steps == () for o in outcomes)  # evidence of success is not a step towards it
    assert all(o.by_when == "by July 2027" for o in outcomes)


def test_a_steps_column_note_does_not_date_the_outcomes() -> None:
    sec = section("E", [
        R("Outcome", "Steps (checked at review in May 2027)"),
        R("Sam will read 100 common words on his own.", "Read 50 words."),
    ])
    assert split_outcomes(sec)[0].by_when is None


def test_title_rows_with_a_number_column_are_neither_outcomes_nor_provision() -> None:
    e = section("E", [
        P("Employment"),
        R("No.", "Outcome", "How we'll know / steps"),
        R("1", "By July 2027 Sam will travel to college on his own.", "Travel training in summer term."),
        P("Independent living"),
        R("No.", "Outcome", "How we'll know / steps"),
        R("2", "By July 2027 Sam will cook three meals on his own.", "Weekly practice at home."),
    ])
    assert [o.text for o in split_outcomes(e)] == ["By July 2027 Sam will travel to college on his own.",
                                                   "By July 2027 Sam will cook three meals on his own."]
    f = section("F", [
        R("No.", "Provision", "Who", "How often"),
        R("1", "Precision teaching of sight words", "Teaching assistant", "5 x 10 minutes daily"),
    ])
    items = split_provision(f)
    assert len(items) == 1 and items[0].text.startswith("1 | Precision teaching")


def test_a_sub_heading_timeframe_carries_to_the_outcomes_under_it() -> None:
    sec = section("E", [
        P("By July 2026 Sam will eat lunch with one friend on 3 days a week."),
        P("Preparing for adulthood outcomes (by end of Year 11, July 2029)", bold=True),
        P("Independent living: Sam will make the train journey to town on his own, buying his own ticket."),
        P("Friends and community: Sam will attend an art club at least twice a month."),
    ])
    outcomes = split_outcomes(sec)
    assert [o.by_when for o in outcomes] == ["By July 2026", "by end of Year 11", "by end of Year 11"]


def test_a_report_on_previous_outcomes_is_not_an_outcome() -> None:
    sec = section("E", [
        P("By July 2027 Sam will work with a partner in 3 science lessons a week."),
        P("Progress against previous outcomes (May 2025 review)", bold=True),
        P("Sam has partly met his outcome about working with others. His attendance has fallen to 82%."),
        P("A referral to CAMHS was made in 2024."),
    ])
    assert [o.text for o in split_outcomes(sec)] == ["By July 2027 Sam will work with a partner in 3 science lessons a week."]
