"""Health advice readability: plain English for parents, acronyms and clinical terms explained."""

from __future__ import annotations

from plans import grade_advice

PLAIN = (
    "Leon has cerebral palsy affecting both legs (spastic diplegia). His leg muscles are tight, which makes walking "
    "tiring and his balance less steady on stairs. He uses ankle splints (orthoses) every day.\n"
    "At school Leon needs more time to move between lessons and gets tired in the afternoon. He enjoys PE and joins in."
)
DENSE = (
    "Standardised assessment on the Movement ABC-2 placed Jacob below the 5th centile for manual dexterity and balance. "
    "Sensory Profile 2 results indicate definite differences in vestibular and proprioceptive processing with sensory "
    "seeking behaviours. Bilateral integration and praxis difficulties were evident in ideational and motor planning tasks."
)


def test_plain_words_with_terms_explained_are_outstanding() -> None:
    result = grade_advice("readability", {"needs": PLAIN}, facts={"child_name": "Leon Ashworth"})
    assert result.grade == 4, result.summary


def test_dense_clinical_language_requires_improvement() -> None:
    result = grade_advice("readability", {"assessment": DENSE, "needs": "Jacob has DCD and sensory processing difficulties."})
    assert result.grade <= 2
    terms = {f.quote.lower() for f in result.findings if f.rule == "readability.jargon"}
    assert {"vestibular", "praxis", "centile"} <= terms


def test_a_test_name_glossed_in_brackets_is_explained() -> None:
    result = grade_advice("readability", {"assessment": "I used the CELF-5 (a language test) and watched Theo in a phonics lesson. " * 3,
                                          "needs": PLAIN})
    assert "CELF" not in {f.quote for f in result.findings}


def test_registration_acronyms_in_the_author_block_are_not_counted() -> None:
    result = grade_advice("readability", {"author": "Name: Tom Redfern\nRole: Physiotherapist, HCPC PH104522", "needs": PLAIN})
    assert not [f for f in result.findings if f.quote == "HCPC"]


def test_a_near_empty_pro_forma_is_inadequate() -> None:
    result = grade_advice("readability", {"needs": "No concerns. See attached.", "outcomes": "Not applicable."})
    assert result.grade == 1 and result.findings[0].rule == "readability.too_little"
