"""The single spaCy pipeline: a blank English tokenizer with a rule-based sentencizer.

Built once per process and shared by every check; no downloaded model is ever needed.
Checks tokenise each section once through `section_doc` and reuse the Doc.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 5_000_000
    return nlp


@lru_cache(maxsize=64)
def make_doc(text: str) -> Doc:
    """Tokenise and sentence-split one text; cached, so each section is tokenised once per plan."""
    return get_nlp()(text)


def sentences(text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each sentence, splitting first on line breaks (see `_sentences`)."""
    return list(_sentences(text))


@lru_cache(maxsize=256)
def _sentences(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, text) of each sentence, splitting first on line breaks.

    Plans are lists and tables: a line break ends a unit even without a full stop.
    """
    out: list[tuple[int, int, str]] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            for sent in make_doc(line).sents:
                s = sent.text.strip()
                if s:
                    start = offset + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
                    out.append((start, start + len(s), s))
        offset += len(line) + 1
    return tuple(out)
