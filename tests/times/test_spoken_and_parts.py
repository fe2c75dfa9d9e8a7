"""Parts of the day after weekdays, spelled-out years, rates and other TempEval-3 level readings
(sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.times.normalise import normalise

FRIDAY = dt.date(2025, 3, 14)


@pytest.mark.parametrize(
    ("text", "value", "timex_type"),
    [
        ("Wednesday evening", "2025-03-12TEV", "TIME"),
        ("Tuesday afternoon", "2025-03-11TAF", "TIME"),
        ("Wednesday night", "2025-03-12", "DATE"),  # night keeps the bare day
        ("Wednesday morning", "2025-03-12", "DATE"),
    ],
)
def test_weekday_with_a_part_of_the_day(text: str, value: str, timex_type: str) -> None:
    norm = normalise(text, FRIDAY, "past")
    assert norm is not None
    assert (norm.value, norm.timex_type) == (value, timex_type)
