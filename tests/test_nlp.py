"""Sentence splitting: lines first, then the spaCy sentencizer, with spans into the text.

The splitter skips spaCy on lines it could not split; these tests hold the shortcut to what
the sentencizer itself gives, so checks see the same sentences either way.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.nlp import get_nlp, sentences


def sentencizer_reference(text: str) -> list[tuple[int, int, str]]:
    """Every non-blank line through the sentencizer, no shortcut."""
    out: list[tuple[int, int, str]] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            for sent in get_nlp()(line).sents:
                s = sent.text.strip()
                if s:
                    start = offset + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
                    out.append((start, start + len(s), s))
        offset += len(line) + 1
    return out


def test_lines_and_full_stops_both_end_sentences() -> None:
    text = "Maya likes trains. She wants to be a driver!\nSpeech and language therapy\n\n  Weekly sessions (30 minutes)."
    got = sentences(text)
    assert [s for _, _, s in got] == ["Maya likes trains.", "She wants to be a driver!", "Speech and language therapy",
                                      "Weekly sessions (30 minutes)."]
    assert all(text[start:end] == s for start, end, s in got)


def test_a_line_with_only_a_closing_mark_is_one_sentence() -> None:
    assert [s for _, _, s in sentences('He said "I like lunch."')] == ['He said "I like lunch."']


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Maya", "reads", "e.g.", "3.5", ".", "!", "?", "\u0964", "(", ")", '"', "'",
                                 "\u201d", " ", "  ", "\n", "Mr.", "etc.", "...", "Yes", ";", "-"]), max_size=30))
def test_the_shortcut_gives_what_the_sentencizer_gives(parts: list[str]) -> None:
    text = " ".join(parts)
    assert sentences(text) == sentencizer_reference(text)
