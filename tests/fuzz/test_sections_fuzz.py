"""Section finding under hypothesis: arbitrary blocks never crash it, and plans generated
from known headings (in varied wording and styling) have every section found, with its body.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sections_module = pytest.importorskip("audit.ingest.sections", reason="audit.ingest.sections not written yet")
build_sections = getattr(sections_module, "build_sections", None)
if build_sections is None:
    pytest.skip("audit.ingest.sections has no build_sections(blocks, text)", allow_module_level=True)

from audit.model import SECTION_TITLES, Block  # noqa: E402

LETTERS = ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K")
STATUTORY_ORDER = {letter: i for i, letter in enumerate(LETTERS)}
# How templates write the heading of a section (the title is SECTION_TITLES[letter]).
HEADING_FORMS = (
    "Section {letter}: {title}",
    "SECTION {letter} - {title}",
    "Part {letter}: {title}",
    "Section {letter} – {title}",
    "Section {letter}. {title}",
    "Section {letter}",
)
WORDS = ("Sam", "enjoys", "reading", "with", "an", "adult", "every", "day", "and", "needs", "support",
         "to", "manage", "changes", "in", "class", "the", "speech", "therapist", "will", "visit", "weekly")


def join(blocks: list[Block]) -> str:
    return "\n".join(b.text for b in blocks)


block_kinds = st.sampled_from(["heading", "paragraph", "list_item", "table_row"])
any_block = st.builds(
    Block,
    kind=block_kinds,
    text=st.text(max_size=120),
    level=st.none() | st.integers(min_value=1, max_value=9),
    bold=st.booleans(),
    cells=st.lists(st.text(max_size=40), max_size=4).map(tuple),
)
heading_like = st.builds(
    lambda letter, form, kind, bold: Block(
        kind=kind, text=form.format(letter=letter, title=SECTION_TITLES[letter]), bold=bold,
        level=2 if kind == "heading" else None,
    ),
    st.sampled_from(LETTERS), st.sampled_from(HEADING_FORMS), st.sampled_from(["heading", "paragraph"]), st.booleans(),
)
sentence = st.lists(st.sampled_from(WORDS), min_size=6, max_size=14).map(lambda ws: " ".join(ws).capitalize() + ".")


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(any_block | heading_like, max_size=30))
def test_arbitrary_blocks_never_crash(blocks: list[Block]) -> None:
    text = join(blocks)
    found, cover_end = build_sections(tuple(blocks), text)
    assert 0 <= cover_end <= len(text)
    for section in found:
        assert 0 <= section.start <= section.end <= len(text)
        assert section.text == text[section.start : section.end]
    starts = [s.start for s in found]
    assert starts == sorted(starts)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(
    letters=st.lists(st.sampled_from(LETTERS), min_size=3, unique=True).map(lambda ls: sorted(ls, key=STATUTORY_ORDER.get)),
    data=st.data(),
)
def test_generated_plans_have_every_section_found(letters: list[str], data: st.DataObject) -> None:
    blocks: list[Block] = [Block(kind="paragraph", text="Education, Health and Care Plan"),
                           Block(kind="paragraph", text="Name: Sam Jones")]
    bodies: dict[str, str] = {}
    for letter in letters:
        form = data.draw(st.sampled_from(HEADING_FORMS), label=f"form {letter}")
        kind = data.draw(st.sampled_from(["heading", "paragraph"]), label=f"kind {letter}")
        blocks.append(Block(kind=kind, text=form.format(letter=letter, title=SECTION_TITLES[letter]),
                            level=2 if kind == "heading" else None, bold=kind == "paragraph"))
        body = data.draw(st.lists(sentence, min_size=1, max_size=3), label=f"body {letter}")
        blocks.extend(Block(kind="paragraph", text=line) for line in body)
        bodies[letter] = "\n".join(body)
    found, _ = build_sections(tuple(blocks), join(blocks))
    assert [s.letter for s in found] == letters
    assert {s.letter: s.text for s in found} == bodies


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.permutations(LETTERS), st.sampled_from(HEADING_FORMS))
def test_shuffled_headings_never_crash_and_come_back_in_statutory_order(order: list[str], form: str) -> None:
    blocks: list[Block] = []
    for letter in order:
        blocks.append(Block(kind="heading", level=2, text=form.format(letter=letter, title=SECTION_TITLES[letter])))
        blocks.append(Block(kind="paragraph", text=f"Sam needs support in {letter.lower()} every day."))
    found, _ = build_sections(tuple(blocks), join(blocks))
    letters = [s.letter for s in found]
    assert letters == sorted(letters, key=STATUTORY_ORDER.get)
    assert len(letters) == len(set(letters))
