"""Text and Markdown files: encodings from Windows exports, Markdown structure, paragraphs."""

from __future__ import annotations

import pytest

from audit.errors import AuditInputError
from audit.ingest.readers import read_document
from audit.ingest.text import decode_text, parse_text, read_text

MARKDOWN = """\
# Education, Health and Care Plan

## Section A: Views, interests and aspirations

Sam enjoys football and drawing. He would like to be a vet
when he grows up, and to live near his family.

- He likes quiet spaces
* He likes Lego,
  especially space sets
    - a nested point
1. Visual timetable

| Outcome | Provision | Who |
|---------|:---------:|-----|
| Read 50 words | Daily reading | Teaching assistant |

Section B
=========

Final paragraph of the plan.
"""


def test_markdown_structure() -> None:
    blocks = parse_text(MARKDOWN, markdown=True)
    assert [(b.kind, b.text, b.level) for b in blocks] == [
        ("heading", "Education, Health and Care Plan", 1),
        ("heading", "Section A: Views, interests and aspirations", 2),
        ("paragraph", "Sam enjoys football and drawing. He would like to be a vet when he grows "
         "up, and to live near his family.", None),
        ("list_item", "He likes quiet spaces", 1),
        ("list_item", "He likes Lego, especially space sets", 1),
        ("list_item", "a nested point", 3),
        ("list_item", "Visual timetable", 1),
        ("table_row", "Outcome | Provision | Who", None),
        ("table_row", "Read 50 words | Daily reading | Teaching assistant", None),
        ("heading", "Section B", 1),
        ("paragraph", "Final paragraph of the plan.", None),
    ]
    rows = [b for b in blocks if b.kind == "table_row"]
    assert [(b.table, b.row) for b in rows] == [(0, 0), (0, 1)]
    assert rows[1].cells == ("Read 50 words", "Daily reading", "Teaching assistant")


def test_word_text_export_keeps_one_paragraph_per_line() -> None:
    long_line = "Sam needs adult support to start tasks and to stay on task. " * 3
    text = f"SECTION B: SPECIAL EDUCATIONAL NEEDS\n{long_line}\n{long_line}\n"
    blocks = parse_text(text, markdown=False)
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "SECTION B: SPECIAL EDUCATIONAL NEEDS"),
        ("paragraph", long_line.strip()),
        ("paragraph", long_line.strip()),
    ]


EXPORT = """\
WESSEX COUNTY COUNCIL

Personal details
----------------

Name: Sam Smith
Date of birth: 01/02/2016
Parents / carers: Jo Smith (mother), Alex Smith (father), and Sam's grandmother
Current setting: Example Primary School

A: Views, interests and aspirations
My views
I am Sam. I like cars and fixing things. I help my uncle in his garage on Saturdays
and he lets me hold the tools.
Sam also enjoys swimming.

What helps me
- Coloured overlays

J: Personal budget
N/A

NONE
"""


def test_hard_wrapped_text_export() -> None:
    blocks = parse_text(EXPORT, markdown=False)
    assert [(b.kind, b.text, b.level) for b in blocks] == [
        ("heading", "WESSEX COUNTY COUNCIL", 1),
        ("heading", "Personal details", 2),
        ("paragraph", "Name: Sam Smith", None),
        ("paragraph", "Date of birth: 01/02/2016", None),
        ("paragraph", "Parents / carers: Jo Smith (mother), Alex Smith (father), and Sam's "
         "grandmother", None),
        ("paragraph", "Current setting: Example Primary School", None),
        ("heading", "A: Views, interests and aspirations", 1),
        ("heading", "My views", 2),
        ("paragraph", "I am Sam. I like cars and fixing things. I help my uncle in his garage on "
         "Saturdays and he lets me hold the tools.", None),
        ("paragraph", "Sam also enjoys swimming.", None),
        ("heading", "What helps me", 2),
        ("list_item", "Coloured overlays", 1),
        ("heading", "J: Personal budget", 1),
        ("paragraph", "N/A", None),
        ("paragraph", "NONE", None),
    ]


def test_utf8_with_bom() -> None:
    assert decode_text("a.txt", "\ufeffSam’s views".encode("utf-8")) == "Sam’s views"


def test_windows_cp1252_export() -> None:
    data = "Sam\u2019s \u201cbest\u201d day cost \u00a35".encode("cp1252")
    assert decode_text("a.txt", data) == "Sam\u2019s \u201cbest\u201d day cost \u00a35"


def test_utf16_with_bom() -> None:
    assert decode_text("a.txt", "Section A: views".encode("utf-16")) == "Section A: views"


def test_binary_with_nul_bytes_is_refused() -> None:
    with pytest.raises(AuditInputError, match="binary file, not text"):
        read_text("a.txt", b"ab\x00\x01\x02" * 100, markdown=False)


def test_control_character_junk_is_refused() -> None:
    with pytest.raises(AuditInputError, match="binary file, not text"):
        decode_text("a.txt", bytes(range(1, 32)) * 50)


def test_read_document_txt_and_md() -> None:
    text = ("Sam is nine and enjoys school, football and art. " * 8).encode("cp1252")
    document = read_document("plan.txt", text)
    assert document.format == "txt"
    assert document.blocks[0].kind == "paragraph"
    markdown = read_document("plan.md", MARKDOWN.encode("utf-8"))
    assert markdown.format == "md"
    assert markdown.blocks == parse_text(MARKDOWN, markdown=True)


def test_pathological_lines_finish() -> None:
    # Inputs that make backtracking regexes explode must be read in linear time.
    for line in ("|" * 50_000, "-" * 50_000, "#" * 50_000 + "x", " " * 50_000 + "x",
                 "1." * 25_000, "| --- " * 10_000):
        parse_text(line + "\n" + line, markdown=True)
        parse_text(line, markdown=False)


LETTERED_EXPORT = """\
Child: Sam Smith

~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
A. VIEWS, INTERESTS AND ASPIRATIONS
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
Sam likes trains and wants to drive one when he grows up, like his grandad, who drove the Cornish Riviera for thirty years and still takes him to the model railway club on Saturdays.

B. Special educational needs
Sam finds reading hard.

E) Outcomes
By July 2027 Sam will read 50 common words.

Things Sam likes:
a. trains
b. drawing
"""


def test_lettered_section_titles_are_headings_not_list_items() -> None:
    """'A. Views, interests and aspirations' is a section title; 'a. trains' is a list item."""
    blocks = parse_text(LETTERED_EXPORT, markdown=False)
    titles = [b.text for b in blocks if b.kind == "heading"]
    assert "A. VIEWS, INTERESTS AND ASPIRATIONS" in titles
    assert "B. Special educational needs" in titles and "E) Outcomes" in titles
    assert [b.text for b in blocks if b.kind == "list_item"] == ["trains", "drawing"]
