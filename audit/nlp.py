"""The single spaCy pipeline: a blank English tokenizer with a rule-based sentencizer.

Built once per process and shared by every check; no downloaded model is ever needed.
Texts are split once per plan (audit.plancache) and the splits shared by every check.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from audit.plancache import per_plan


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 5_000_000
    return nlp


@lru_cache(maxsize=1)
def _sentence_ends() -> tuple[frozenset[str], str]:
    """The characters the sentencizer ends a sentence at, and those a line may end with after them."""
    ends = frozenset(get_nlp().get_pipe("sentencizer").punct_chars)
    return ends, "".join(ends) + "\"')]}\u2019\u201d"


@per_plan
def make_doc(text: str) -> Doc:
    """Tokenise and sentence-split one text; cached, so each text is tokenised once per plan."""
    return get_nlp()(text)


def sentences(text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each sentence, splitting first on line breaks (see `_sentences`)."""
    return list(_sentences(text))


@per_plan
def _sentences(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, text) of each sentence, splitting first on line breaks.

    Plans are lists and tables: a line break ends a unit even without a full stop. A line with
    no sentence-ending mark before its last word is one sentence: the sentencizer could split it
    nowhere, so it is not run (most lines of a plan are table cells and list items).
    """
    ends, trailing = _sentence_ends()
    out: list[tuple[int, int, str]] = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            if ends.isdisjoint(stripped.rstrip(trailing)):
                start = offset + len(line) - len(line.lstrip())
                out.append((start, start + len(stripped), stripped))
            else:
                for sent in make_doc(line).sents:
                    s = sent.text.strip()
                    if s:
                        start = offset + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
                        out.append((start, start + len(s), s))
        offset += len(line) + 1
    return tuple(out)
