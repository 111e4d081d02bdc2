"""The lexicon matcher: phrase and pattern entries, spans, and agreement with plain regexes.

The matcher compiles entries into token lookups for speed; these tests hold it to the
meaning a QA lead reads in the YAML: each entry as a case-insensitive regex, word-bounded.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from audit.lexicon import Lexicon, LexiconEntry, anchor_prefixes, finite_phrases
from audit.rubric import load_rubric


def entry_regex(entry: LexiconEntry) -> re.Pattern[str]:
    """An entry as the plain regex a reader of the YAML would take it for."""
    if entry.pattern is not None:
        return re.compile(entry.pattern, re.IGNORECASE)
    body = r"[\s\-\u2010\u2011\u2013]*".join(
        re.escape(token) for token in re.findall(r"\w+|[^\w\s]", entry.phrase or "") if token != "-")
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def test_phrase_matching_is_case_and_hyphen_insensitive() -> None:
    lexicon = Lexicon(name="t", entries=(LexiconEntry(phrase="access to"), LexiconEntry(phrase="self-care"),
                                         LexiconEntry(phrase="e.g.")))
    text = "He has ACCESS  TO a self care programme, e.g. dressing; accessible tools"
    assert [m.text for m in lexicon.find(text)] == ["ACCESS  TO", "self care", "e.g."]


def test_longest_match_wins_at_the_same_start() -> None:
    lexicon = Lexicon(name="t", entries=(LexiconEntry(phrase="support"), LexiconEntry(phrase="support from")))
    assert [m.text for m in lexicon.find("support from the TA")] == ["support from"]


@pytest.mark.parametrize(("pattern", "phrases"), [
    (r"\b(?:asks|asked|ask)\b", ["asks", "asked", "ask"]),
    (r"\bseizures?\b", ["seizure", "seizures"]),
    (r"\bcommunicat\w*", ["communicat\x01"]),
    (r"\b[\w\-]+ syndrome\b", None),  # open: stays a regex
    (r"\bautis(?:m|tic)", None),  # no closing boundary: 'autistically' would match
])
def test_finite_patterns_become_phrases(pattern: str, phrases: list[str] | None) -> None:
    assert finite_phrases(pattern) == phrases


def test_anchor_prefixes() -> None:
    assert anchor_prefixes(r"\b(?:by|before) the end of year \d+\b") == {"by", "before"}
    assert anchor_prefixes(r"\b\d+ out of \d+\b") == set("0123456789")
    assert anchor_prefixes(r"(?<!\w)x") is None


def sample_texts() -> list[str]:
    from audit.ingest import read_plan

    samples = sorted(p for p in Path("samples").glob("*") if p.suffix in {".docx", ".pdf", ".txt", ".md", ".json"})
    return [read_plan(str(p)).text for p in samples[:6]]


@pytest.mark.parametrize("name", sorted(load_rubric("inspection").lexicons))
def test_bundled_lexicons_match_as_plain_regexes_would(name: str) -> None:
    """Every match is a real match of its entry, and nothing a plain regex finds is missed.

    (Where a plain regex takes an alternation's first alternative, the matcher takes the
    longest, so spans may be longer and fewer; they never disagree about what matched.)
    """
    lexicon = load_rubric("inspection").lexicons[name]
    for text in sample_texts():
        text = text.replace("\u2019", "'")
        fast = lexicon.find(text)
        for match in fast:
            assert entry_regex(match.entry).fullmatch(text, match.start, match.end) or \
                entry_regex(match.entry).match(text, match.start), (name, match.text)
        covered = [(m.start, m.end) for m in fast]
        for entry in lexicon.entries:
            for m in entry_regex(entry).finditer(text):
                if m.end() > m.start():
                    assert any(s <= m.start() < e for s, e in covered), (name, entry.key, m.group())
