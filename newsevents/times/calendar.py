"""Calendar arithmetic and TIMEX3 value formatting.

Kept apart from the rules so the conventions (ISO weeks, quarters, decades as "202", the
``2025-W11-WE`` weekend) live in one place and every rule family formats values the same way.
"""

from __future__ import annotations

import calendar
import datetime as dt

from ..dates import timex_period

#: A month/day without a year this close ahead of the publication date is read as upcoming.
NEAR_FUTURE_DAYS = 45

def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the month's end (Mar 31 − 1 month = Feb 28)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))


def shift(day: dt.date, amount: float, code: str) -> dt.date:
    """Move a date by ``amount`` units of a TIMEX3 unit code (D, W, WE, M, Q, Y, DE, CE)."""
    n = round(amount)
    if code == "D":
        return day + dt.timedelta(days=amount)
    if code in ("W", "WE"):
        return day + dt.timedelta(weeks=amount)
    if code == "M":
        return add_months(day, n)
    if code == "Q":
        return add_months(day, 3 * n)
    if code == "Y":
        return add_months(day, 12 * n)
    if code == "DE":
        return add_months(day, 120 * n)
    if code == "CE":
        return add_months(day, 1200 * n)
    return day  # clock units: a date does not move by hours at day granularity


def fmt(day: dt.date, granularity: str, code: str = "") -> str:
    """The TIMEX3 value of the period containing ``day`` at ``granularity``."""
    if granularity == "week":
        year, week, _ = day.isocalendar()
        suffix = "-WE" if code == "WE" else ""
        return f"{year}-W{week:02d}{suffix}"
    if granularity == "month":
        return f"{day.year}-{day.month:02d}"
    if granularity == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    if granularity == "year":
        return f"{day.year}"
    if granularity == "decade":
        if code == "CE":
            return f"{day.year // 100}"
        return f"{day.year // 10}"
    return day.isoformat()


def parse_value(value: str | None) -> tuple[dt.date, str] | None:
    """A TIMEX3 date value back to (first day of the period, granularity), for anaphora.

    Only calendar values qualify: durations, sets and the *_REF values cannot anchor "a year
    after" or "the following day"; nor can a decade, and a half or a season anchors as its year.
    The parsing is ``newsevents.dates.timex_period``'s.
    """
    if not value or (len(value) > 10 and "T" not in value):
        return None
    found = timex_period(value)
    if found is None or found.granularity == "decade":
        return None
    if found.granularity in ("half", "season"):
        return dt.date(found.first.year, 1, 1), "year"
    return found.first, found.granularity


def weekday_date(dct: dt.date, weekday: int, *, direction: str) -> dt.date:
    """The date of a weekday named relative to ``dct``.

    ``past``: the most recent such day, the publication day itself included (news convention:
    "Thursday" in a Friday story is yesterday). ``future``: the next such day, today included
    ("will vote Friday" in a Friday story).
    ``nearest``: whichever of the two is closer (the past one on a tie).
    ``last``/``next``: strictly before/after. ``this``: the day in the publication's ISO week.
    """
    today = dct.weekday()
    if direction == "nearest":
        # present tense: "the board meets Monday" (a schedule) or "says Tuesday": the nearer one
        ahead, back = (weekday - today) % 7, (today - weekday) % 7
        return dct + dt.timedelta(days=ahead) if ahead < back else dct - dt.timedelta(days=back)
    if direction == "this":
        return dct + dt.timedelta(days=weekday - today)
    if direction == "future":
        return dct + dt.timedelta(days=(weekday - today) % 7)
    if direction == "next":
        return dct + dt.timedelta(days=(weekday - today) % 7 or 7)
    if direction == "last":
        return dct - dt.timedelta(days=(today - weekday) % 7 or 7)
    return dct - dt.timedelta(days=(today - weekday) % 7)


def month_year(dct: dt.date, month: int, day: int | None, tense: str) -> int:
    """The year of a month (or month and day) written without one, chosen by the clause's tense.

    Future tense: the next such month from the publication date; past tense: the most recent
    one; present tense (schedules, "is payable Jan. 2", "under a June agreement"): the nearer
    of the two.
    """
    key = (month, day or 1)
    now = (dct.month, dct.day if day else 1)
    if tense == "present":
        this_year = dt.date(dct.year, month, min(day or 1, 28))
        other = dt.date(dct.year + (1 if key < now else -1), month, min(day or 1, 28))
        return min((this_year, other), key=lambda d: abs((d - dct).days)).year
    if tense == "future":
        if key < now:
            # a date just before publication in a future clause is a reported deadline ("must
            # return the boy by Jan. 14" in a story of Jan. 15), not next year's
            behind = (dct.month - month) * 31 + ((dct.day if day else 1) - (day or 1))
            return dct.year if day and behind <= NEAR_FUTURE_DAYS // 3 else dct.year + 1
        return dct.year
    if key <= now:
        return dct.year
    # a later month in a past-tense clause: last year's, unless it is only weeks away (news
    # reports deadlines and schedules in the past tense: "ruled he must return by Jan. 14")
    ahead = (month - dct.month) * 31 + ((day or 1) - (dct.day if day else 1))
    return dct.year if ahead <= NEAR_FUTURE_DAYS else dct.year - 1


_WEEKDAY_CODES = {"MON": 0, "TUE": 1, "WED": 2, "THU": 3, "FRI": 4, "SAT": 5, "SUN": 6}


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def holiday_date(rule: str, year: int) -> dt.date | None:
    """The date of a named day's rule in ``year`` (rules as in ``data/times/rules.yaml``)."""
    parts = rule.split("-")
    if parts[0] == "EASTER":
        return easter(year) - dt.timedelta(days=int(parts[1]) if len(parts) > 1 else 0)
    if parts[0] == "ELECTION":
        first = dt.date(year, 11, 1)
        monday = first + dt.timedelta(days=(0 - first.weekday()) % 7)
        return monday + dt.timedelta(days=1)
    month = int(parts[0])
    if len(parts) == 2:
        return dt.date(year, month, int(parts[1]))
    weekday = _WEEKDAY_CODES[parts[2]]
    if parts[1] == "L":
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (int(parts[1]) - 1))
