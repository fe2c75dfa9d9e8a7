"""Reading dates back from the strings the records carry: one parser for the whole package.

A ``Document`` carries its publication date as ``YYYY-MM-DD`` and every ``TimeExpr`` its TIMEX3
``value``; the pipeline, the times stage (anaphora such as "a year later") and the store (the
``day``, ``date_start``/``date_end`` columns) all read them back here, so ``2025-W11`` or
``2025-Q1`` is the same period everywhere. Writing TIMEX3 values is ``times/calendar.py``'s.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import NamedTuple

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_VALUE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d\d)|W(?P<w>\d\d)|Q(?P<q>[1-4])|H(?P<h>[12])"
    r"|(?P<season>SP|SU|FA|WI)))?$"
    r"|^(?P<decade>\d{3})$"
)


class Period(NamedTuple):
    """The first and last day a TIMEX3 date value covers, and its granularity (``day``,
    ``week``, ``month``, ``quarter``, ``half``, ``season``, ``year`` or ``decade``)."""

    first: dt.date
    last: dt.date
    granularity: str


def parse_day(value: str | None) -> dt.date | None:
    """An ISO ``YYYY-MM-DD`` (or a longer timestamp) as a date; anything else → None."""
    if not value:
        return None
    match = _DAY.match(value)
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def timex_period(value: str | None) -> Period | None:
    """The period a TIMEX3 date value names, or None for durations, ``*_REF`` values, sets and
    anything malformed.

    ``2025-03-13`` (also with a ``T`` clock time) → that day; ``2025-03`` → the month;
    ``2025-W11`` → ISO week Monday–Sunday; ``2025-Q1`` → the quarter; ``2025-H1`` → the half;
    ``2025-SU`` → its year (seasons straddle years); ``2025`` → the year; ``202`` → the 2020s.
    """
    if not value:
        return None
    day = parse_day(value)
    if day is not None:
        return Period(day, day, "day")
    m = _VALUE.match(value)
    if not m:
        return None
    try:
        if m["decade"]:
            start = int(m["decade"]) * 10
            return Period(dt.date(start, 1, 1), dt.date(start + 9, 12, 31), "decade")
        year = int(m["y"])
        if m["m"]:
            month = int(m["m"])
            return Period(dt.date(year, month, 1), _month_end(year, month), "month")
        if m["w"]:
            monday = dt.date.fromisocalendar(year, int(m["w"]), 1)
            return Period(monday, monday + dt.timedelta(days=6), "week")
        if m["q"]:
            first = 3 * int(m["q"]) - 2
            return Period(dt.date(year, first, 1), _month_end(year, first + 2), "quarter")
        if m["h"]:
            first = 6 * int(m["h"]) - 5
            return Period(dt.date(year, first, 1), _month_end(year, first + 5), "half")
        if m["season"]:
            return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), "season")
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    except ValueError:
        return None
