"""The story's reference day: the publication date, or the date of its dateline.

A wire story opens with a dateline, "WASHINGTON, March 12 (Xinhua) --": the day the story is
told from, in the place it was filed. The publication metadata is often a desk's clock a time
zone away ("March 13" in Beijing for a Friday-evening Washington story), so "Friday" and "today"
are read from the dateline's day when the two differ by a day or two; without any publication
date a dateline that writes its year ("LONDON, March 14, 2023 (Reuters) -") is the reference.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from .rules import rules

__all__ = ["dateline_day", "reference_day"]

#: How many days before the publication date a dateline may lie and still be the story's day
#: (a wire's local day behind its desk's clock); anything further is a different story date.
_MAX_LAG = 2


@cache
def _dateline() -> re.Pattern[str]:
    """A place in capitals, a month and day (or day and month; and year), an agency or a dash,
    opening the text or the line after a title (a first line without final punctuation)."""
    r = rules()
    place = r"[A-Z][A-Za-z.'’-]*(?:,? [A-Z][A-Za-z.'’-]*){0,4}"
    title = r"(?:[^\n]{0,199}[^\s.!?:;\"”’)\n][ \t]*\n\s*)?"
    month_day = rf"(?P<mon>(?i:{r.MONTH}))\s+(?P<day>{r.DAYNUM})(?:,\s+(?P<year>\d{{4}}))?"
    day_month = rf"(?P<day2>{r.DAYNUM})\s+(?P<mon2>(?i:{r.MONTH}))(?:,?\s+(?P<year2>\d{{4}}))?"
    return re.compile(
        rf"\A\s*{title}{place},\s+(?:{month_day}|{day_month})"
        r"\s*(?:\([^()\n]{2,40}\)\s*)?(?:--|[-–—_:|])",
    )


_REMOVED_DAY = re.compile(r"(?P<year>\d{4}|-)-(?P<mon>\d{2})-(?P<day>\d{2})")


def dateline_day(
    text: str, published: dt.date | None, removed: str | None = None
) -> dt.date | None:
    """The date of the dateline that opens ``text``, or None (no dateline, or no year known).

    ``removed`` is the day of a dateline cleaning already cut from the text (``Removed.day``:
    ``2025-03-12``, or ``--03-12`` without a year); a dateline still in the text wins.
    """
    found = _dateline().match(text[:400])
    if found is not None:
        mon, num, written = (found["mon"], found["day"], found["year"]) if found["mon"] else (
            found["mon2"], found["day2"], found["year2"])
        month = rules().months.get(mon.lower().rstrip("."))
        day = int(re.sub(r"\D", "", num))
        year = int(written) if written else None
    elif removed and (cut := _REMOVED_DAY.fullmatch(removed)):
        month, day = int(cut["mon"]), int(cut["day"])
        year = int(cut["year"]) if cut["year"] != "-" else None
    else:
        return None
    if month is None:
        return None
    return _nearest(month, day, year, published)


def _nearest(month: int, day: int, year: int | None, published: dt.date | None) -> dt.date | None:
    """The day ``month``/``day`` (of ``year`` when written) nearest the publication date."""
    years: list[int]
    if year is not None:
        years = [year]
    elif published is not None:
        years = [published.year, published.year - 1, published.year + 1]
    else:
        return None
    dates = []
    for candidate in years:
        try:
            dates.append(dt.date(candidate, month, day))
        except ValueError:
            continue
    if not dates:
        return None
    if published is None:
        return dates[0]
    return min(dates, key=lambda d: abs((d - published).days))


def reference_day(
    text: str, published: dt.date | None, removed: str | None = None
) -> dt.date | None:
    """The day relative times are read from: the dateline's (in the text, else the one cleaning
    removed, ``removed``) when it lies up to two days before the publication date or when there
    is none, else the publication date."""
    day = dateline_day(text, published, removed)
    if day is None:
        return published
    if published is None:
        return day
    lag = (published - day).days
    return day if 0 < lag <= _MAX_LAG else published
