"""The Redactor under hypothesis: any text is redacted without error, a second pass changes
nothing, and a known identifier planted anywhere never survives.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.model import PlanFacts
from audit.privacy import Redactor

FACTS = PlanFacts(child_name="Samuel Jones", date_of_birth=date(2015, 3, 3), nhs_number="943 476 5919",
                  upn="B801200005001", family_names=("Sarah Jones",))
PLANTED = ("Samuel Jones", "Sam's", "Sarah", "943 476 5919", "9434765919", "B801200005001", "03/03/2015",
           "3rd March 2015", "SO23 8UJ", "07700 900123", "sam.jones@example.org")
filler = st.text(alphabet=st.sampled_from(list("abcdefghij klmnop.,;:\n'()-")), max_size=40)


def redactor() -> Redactor:
    r = Redactor()
    r.learn(FACTS)
    return r


@settings(max_examples=300)
@given(st.text(max_size=300))
def test_any_text_is_redacted_without_error(text: str) -> None:
    r = redactor()
    once = r.redact(text)
    assert isinstance(once, str)


@settings(max_examples=200)
@given(st.lists(st.tuples(filler, st.sampled_from(PLANTED)), min_size=1, max_size=6), filler)
def test_planted_identifiers_never_survive_and_a_second_pass_changes_nothing(pieces, tail: str) -> None:
    text = "".join(f"{before} {secret} " for before, secret in pieces) + tail
    r = redactor()
    once = r.redact(text)
    for _, secret in pieces:
        assert secret not in once
    assert r.redact(once) == once
