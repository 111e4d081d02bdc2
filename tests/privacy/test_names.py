"""Names: the forms a known name takes, and names a text introduces after 'Mum' or 'Mrs'."""

from __future__ import annotations

import pytest

from audit.privacy.names import People, find_introduced_names, forms_of, is_short_form, name_parts, split_people


@pytest.fixture
def people() -> People:
    book = People()
    book.add("Samuel (Sam) Jones", "child")
    book.add("Sarah Jones", "parent")
    book.add("Will Young", "relative")
    return book


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Samuel Jones attends Oak School.", [("Samuel Jones", "samuel jones")]),
        ("SAM JONES", [("SAM JONES", "samuel jones")]),
        ("sam likes trains", [("sam", "samuel jones")]),
        ("Sam's mum", [("Sam", "samuel jones")]),
        ("Jones", [("Jones", "samuel jones")]),
        # A title names an adult: 'Mrs Jones' is Sarah, not the child.
        ("Mrs Jones said", [("Mrs Jones", "sarah jones")]),
        ("Sarah", [("Sarah", "sarah jones")]),
        ("Sam_Jones_EHCP.docx", [("Sam_Jones", "samuel jones")]),
        # Word boundaries: names inside other words are not names.
        ("Samantha and Jonestown and Samuels", []),
        # A name that is also a word is taken only with a capital.
        ("Will will go; the young person; Young", [("Will", "will young"), ("Young", "will young")]),
        ("", []),
    ],
)
def test_find_known_names(people: People, text: str, expected: list[tuple[str, str]]) -> None:
    found = people.find(text)
    assert [(m.text, m.key) for m in found] == expected
    assert all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He lives with Mum Sarah and Dad.", [("Sarah", "parent", None)]),
        ("my brother Jack and his sister, Amy Lee", [("Jack", "relative", None), ("Amy Lee", "relative", None)]),
        ("His Nan (Maureen) visits", [("Maureen", "relative", None)]),
        ("Mrs Brown, the TA, and Dr A. Patel", [("Brown", "person", "Mrs"), ("Patel", "person", "Dr")]),
        ("his best friend Toby", [("Toby", "person", None)]),
        # Capitalised words that are not names.
        ("Dad, Mum and I. Mum Says. Mum. He said. Mr Section", []),
        ("mum sarah", []),
    ],
)
def test_find_introduced_names(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert find_introduced_names(text) == expected


def test_forms_of_a_name_with_a_nickname_and_middle_name() -> None:
    assert forms_of("Samuel James (Sam) Jones") == (
        "samuel james jones", "samuel jones", "samuel", "james", "jones", "samuel james (sam) jones", "sam jones", "sam",
    )


@pytest.mark.parametrize(
    ("value", "people"),
    [
        ("Sarah and David Jones", ["Sarah Jones", "David Jones"]),
        ("Sarah Jones (mother), David Smith (father)", ["Sarah Jones", "David Smith"]),
        ("Mr and Mrs Jones", ["Mr Jones", "Mrs Jones"]),
        ("Kate O'Brien", ["Kate O'Brien"]),
    ],
)
def test_split_people(value: str, people: list[str]) -> None:
    assert split_people(value) == people


def test_one_person_from_facts_and_cover_page() -> None:
    # The facts may hold 'Sarah' where the cover page says 'Sarah Jones': one parent, not two.
    book = People()
    first = book.add("Sarah", "parent")
    assert book.add("Sarah Jones", "parent") is first
    assert [m.key for m in book.find("Sarah Jones; Sarah")] == ["sarah", "sarah"]


def test_name_parts_drop_titles_and_initials() -> None:
    assert name_parts("Mrs S. Smith-Jones") == ["Smith-Jones"]


@pytest.mark.parametrize(
    ("word", "first_name", "shortens"),
    [
        ("sam", "samuel", True),
        ("sammy", "samuel", True),
        ("danny", "daniel", True),
        ("alfie", "alfred", True),
        ("andy", "andrew", True),
        ("samuel", "samuel", False),
        ("an", "andrew", False),  # too short to be sure
        ("anderson", "andrew", False),
        ("bill", "william", False),  # not a prefix: see DIMINUTIVES
    ],
)
def test_is_short_form(word: str, first_name: str, shortens: bool) -> None:
    assert is_short_form(word, first_name) is shortens
