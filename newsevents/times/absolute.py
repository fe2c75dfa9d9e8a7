"""dateparser as a fallback for absolute dates the rules miss ("03/14/2025", "Oct 14th '23").

Only candidate strings reach it (never every token), results are memoised, and it never sees
"now": the relative base is the publication date, and without one only strings that carry their
own year are accepted, so nothing silently resolves against the day the code runs.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from .calendar import fmt
from .normalise import Norm

#: Only strings with a four-digit year, a numeric date or a month name go to dateparser (a bare
#: "44" is an age, not 1944).
_ABSOLUTE = re.compile(
    r"\b\d{4}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.IGNORECASE,
)
_PERIOD_GRANULARITY = {"day": "day", "week": "week", "month": "month", "year": "year"}


@lru_cache(maxsize=64)
def _parser(base: dt.datetime) -> Any:
    """dateparser is slow to import and to build: one parser per reference date, on first use."""
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "past",
            "RETURN_TIME_AS_PERIOD": True,
        },
    )


def worth_parsing(text: str) -> bool:
    """Whether :func:`parse_absolute` would hand ``text`` to dateparser at all: a string of at
    most 40 characters with a digit and a four-digit year, a numeric date or a month name.

    A bare number is not: the rules read every bare year they believe (1500–2099, ``YEAR``), so
    one that reaches here is a count spaCy took for a date ("785 miles (1260 kilometers)"),
    which dateparser would make the year 1260.
    """
    return (len(text) <= 40 and bool(_ABSOLUTE.search(text)) and bool(_DIGIT.search(text))
            and not text.isdigit())


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=16384)
def parse_absolute(text: str, dct: dt.date | None) -> Norm | None:
    """A date dateparser reads from ``text`` with an explicit month or year, or None."""
    if not worth_parsing(text):
        return None
    base = dt.datetime(dct.year, dct.month, dct.day) if dct else dt.datetime(2000, 1, 1)
    try:
        data = _parser(base).get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd strings; a miss is a miss
        return None
    if data is None or data.date_obj is None:
        return None
    parts = set(getattr(data, "parts", ()) or ())
    if "month" not in parts and "year" not in parts:
        return None  # a bare "14th" or a clock time: leave it to the rules
    if dct is None and "year" not in parts:
        return None  # would need a reference date we do not have
    granularity = _PERIOD_GRANULARITY.get(data.period or "", "day")
    day = data.date_obj.date()
    if "year" in parts and str(day.year) not in text and f"'{day.year % 100:02d}" not in text:
        return None  # dateparser guessed a year from other digits ("April 24 and 25" → 1925)
    anchor = "none" if "year" in parts else "published"
    return Norm(fmt(day, granularity), granularity, "exact", anchor, "DATE", "dateparser")
