"""Publication dates from metadata strings, file names/URLs and dateline lines → ``YYYY-MM-DD``.

Only whole, plausible calendar dates are accepted: a wrong publication date silently shifts every
relative time expression in the article ("Thursday"), so an unreadable value gives ``None``
(unknown) rather than a guess.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from functools import cache
from typing import Any

from ..datafiles import load_yaml


@cache
def _data() -> dict[str, Any]:
    schema = {
        "months": {int: [str]},
        "dateline_words": [str],
        "min_year": int,
        "dateline_labels": {"published": [str], "updated": [str]},
    }
    data: dict[str, Any] = load_yaml("cleaning/dates.yaml", schema)
    return data


@cache
def _months() -> dict[str, int]:
    return {name: int(num) for num, names in _data()["months"].items() for name in names}


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    names = "|".join(sorted(_months(), key=len, reverse=True))
    mdy = re.compile(
        rf"(?i)\b(?P<m>{names})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b"
    )
    dmy = re.compile(
        rf"(?i)\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{names})\.?,?\s+(?P<y>\d{{4}})\b"
    )
    iso = re.compile(r"(?<!\d)(?P<y>\d{4})[-_/.](?P<m>\d{2})[-_/.](?P<d>\d{2})(?!\d)")
    return mdy, dmy, iso


def _make(year: int, month: int, day: int) -> str | None:
    if year < int(_data()["min_year"]) or year > dt.date.today().year + 1:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _month(name: str) -> int:
    return _months()[name.lower().rstrip(".")]


def normalise_date(value: object) -> str | None:
    """An ISO date from a metadata value: ISO 8601, RFC 822 (feeds, e-mail) or prose dates."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    mdy, dmy, iso = _patterns()
    match = iso.match(text)
    if match:
        return _make(int(match["y"]), int(match["m"]), int(match["d"]))
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return _make(parsed.year, parsed.month, parsed.day)
    for pattern in (mdy, dmy):
        found = pattern.search(text)
        if found:
            return _make(int(found["y"]), _month(found["m"]), int(found["d"]))
    return None


def date_in_path(value: str | None) -> str | None:
    """A ``YYYY-MM-DD`` (or ``YYYY/MM/DD``, ``YYYY_MM_DD``) date in a file name or URL."""
    if not value:
        return None
    for found in _patterns()[2].finditer(value):
        date = _make(int(found["y"]), int(found["m"]), int(found["d"]))
        if date:
            return date
    return None


def dateline_date(line: str) -> str | None:
    """The date of a line that holds nothing but a date ("OCTOBER 14, 2023", "Published: …")."""
    mdy, dmy, iso = _patterns()
    words = set(_data()["dateline_words"])
    for pattern in (mdy, dmy, iso):
        found = pattern.search(line)
        if not found:
            continue
        rest = (line[: found.start()] + " " + line[found.end() :]).lower()
        leftover = [
            w for w in re.split(r"[\s,|:–—-]+", rest) if w and w not in words and not _is_clock(w)
        ]
        if leftover:
            return None
        month = int(found["m"]) if pattern is iso else _month(found["m"])
        return _make(int(found["y"]), month, int(found["d"]))
    return None


def prefix_date(place: str) -> str | None:
    """The dated part of an inline wire dateline's place ("LONDON, March 14, 2023"), if it
    writes its year; "LONDON, March 14" alone says no year and gives no date."""
    mdy, dmy, _ = _patterns()
    for pattern in (mdy, dmy):
        found = pattern.search(place)
        if found:
            return _make(int(found["y"]), _month(found["m"]), int(found["d"]))
    return None


@cache
def _month_day() -> re.Pattern[str]:
    names = "|".join(sorted(_months(), key=len, reverse=True))
    return re.compile(
        rf"(?i)(?:\b(?P<m>{names})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
        rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{names})\.?)\s*$"
    )


def prefix_day(place: str) -> str | None:
    """The day an inline wire dateline's place says: ``YYYY-MM-DD`` when it writes its year,
    ``--MM-DD`` (ISO 8601's month and day) for "WASHINGTON, March 12" or "KUALA LUMPUR, 12
    March" — the year is left to
    whoever knows the publication date (the times stage)."""
    dated = prefix_date(place)
    if dated:
        return dated
    found = _month_day().search(place)
    if not found:
        return None
    month = _month(found["m"] or found["m2"])
    day = int(found["d"] or found["d2"])
    try:
        dt.date(2000, month, day)  # a leap year: "Feb. 29" is a day
    except ValueError:
        return None
    return f"--{month:02d}-{day:02d}"


def _is_clock(word: str) -> bool:
    return bool(re.fullmatch(r"\d{1,2}([:.]\d{2}){0,2}(am|pm|a\.m\.|p\.m\.)?", word))


def dateline_rank(line: str, date: str) -> tuple[int, str]:
    """How much a date line says the page's own publication date (higher is better).

    A labelled line ("Published: …", "Posted …") beats a bare date, which beats "Updated …";
    among equals the later date wins, because a page is never older than what it discusses: a
    fact-check shows the date of the statement it checks ("March 3, 2020") as well as its own.
    """
    words = set(re.findall(r"[a-z]+", line.lower()))
    labels = _data()["dateline_labels"]
    if words & set(labels["published"]):
        level = 2
    elif words & set(labels["updated"]):
        level = 0
    else:
        level = 1
    return level, date
