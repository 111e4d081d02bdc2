"""audit.dates under hypothesis: never raises on any text, and reads back every date it is
given in the UK formats plans use, alone or inside a sentence.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

dates = pytest.importorskip("audit.dates", reason="audit.dates not written yet")

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]


def ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


# Each writes a date as English plans do; two-digit years only for this century.
FORMATS = {
    "dd/mm/yyyy": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    "d/m/yyyy": lambda d: f"{d.day}/{d.month}/{d.year}",
    "dd/mm/yy": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
    "d.m.yy": lambda d: f"{d.day}.{d.month}.{d.year % 100:02d}",
    "dd-mm-yyyy": lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}",
    "iso": lambda d: d.isoformat(),
    "d Month yyyy": lambda d: f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}",
    "dth Month yyyy": lambda d: f"{ordinal(d.day)} {MONTH_NAMES[d.month - 1]} {d.year}",
    "dth of Month yyyy": lambda d: f"{ordinal(d.day)} of {MONTH_NAMES[d.month - 1]} {d.year}",
    "d Mon yyyy": lambda d: f"{d.day} {SHORT[d.month - 1]} {d.year}",
    "d Mon. yyyy": lambda d: f"{d.day} {SHORT[d.month - 1]}. {d.year}",
    "d-Mon-yyyy": lambda d: f"{d.day}-{SHORT[d.month - 1]}-{d.year}",
    "Month d, yyyy": lambda d: f"{MONTH_NAMES[d.month - 1]} {d.day}, {d.year}",
    "Month dth yyyy": lambda d: f"{MONTH_NAMES[d.month - 1]} {ordinal(d.day)} {d.year}",
    "d MONTH yyyy": lambda d: f"{d.day} {MONTH_NAMES[d.month - 1].upper()} {d.year}",
}

plan_dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_find_dates_never_raises_and_spans_are_sound(text: str) -> None:
    found = dates.find_dates(text)
    for start, end, value in found:
        assert 0 <= start < end <= len(text)
        assert isinstance(value, date)
    assert found == sorted(found)
    assert all(a[1] <= b[0] for a, b in zip(found, found[1:])), "spans overlap"


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(list("0123456789/.- thstndrdofJanFebMarSeptember,")), max_size=60))
def test_date_like_noise_never_raises(text: str) -> None:
    dates.find_dates(text)
    dates.parse_date(text)


@settings(max_examples=200)
@given(st.text())
def test_parse_date_never_raises(text: str) -> None:
    assert dates.parse_date(text) is None or isinstance(dates.parse_date(text), date)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@settings(max_examples=60)
@given(value=plan_dates)
def test_round_trip(fmt: str, value: date) -> None:
    written = FORMATS[fmt](value)
    assert dates.parse_date(written) == value, written
    sentence = f"The plan was reviewed on {written}, and again later."
    found = dates.find_dates(sentence)
    assert [v for _, _, v in found] == [value], sentence
    start, end, _ = found[0]
    assert sentence[start:end] == written


@settings(max_examples=100)
@given(st.lists(plan_dates, min_size=1, max_size=5), st.sampled_from(sorted(FORMATS)))
def test_several_dates_in_one_text_come_back_in_order(values: list[date], fmt: str) -> None:
    text = "; ".join(f"item {i} due {FORMATS[fmt](v)}" for i, v in enumerate(values))
    assert [v for _, _, v in dates.find_dates(text)] == values
