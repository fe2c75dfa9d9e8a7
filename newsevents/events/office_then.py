"""A former office holder acting while in office: the office at the time of the event.

The actors stage codes a person by the office held on the publication date, so a president
who left office before the article is the country alone ("Robert Mugabe" in a 2019 obituary:
ZWE). An event the text dates inside that person's term was done in office: "In the 1990s, he
instituted a policy of confiscating land", "his official resignation on November 21" (2017)
are acts of the Zimbabwean government. The annotation guide codes such an event "long before
the article" with the office at the time of the event (and accepts the country alone beside
it), so the participant takes the office of the term that covers the event's whole date.

Only dates the text gives (not the publication date an undated act falls back to), and only
people the leaders table knows with a term that covers the date: an undated background act of a
former president keeps the country alone.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt

from ..actors import leaders
from ..records import Actor, Event, Resolution

#: Date types that come from the event's own words (not the publication date or nothing).
_TEXT_DATES = frozenset({"exact", "approximate"})


def _interval(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day a TIMEX3 date value covers: "199" (the 1990s), "1999",
    "1999-05", "1999-05-03"; None for anything else (weeks, seasons, times, "PRESENT_REF")."""
    try:
        if len(value) == 3 and value.isdigit():
            year = int(value) * 10
            return dt.date(year, 1, 1), dt.date(year + 9, 12, 31)
        if len(value) == 4 and value.isdigit():
            return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
        if len(value) == 7 and value[4] == "-":
            year, month = int(value[:4]), int(value[5:])
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last)
        if len(value) == 10:
            day = dt.date.fromisoformat(value)
            return day, day
    except ValueError:
        return None
    return None


def _office_then(actor: Actor | None, span: tuple[dt.date, dt.date]) -> Actor | None:
    """The actor recoded with the office whose term covers ``span``, if it was a former one."""
    if actor is None or actor.kind != "person" or not (actor.role or "").startswith("former "):
        return None
    person = leaders.load().people.get(actor.name)
    if person is None:
        return None
    first, last = span
    for term in person.terms:
        # a term's last day is still in office ("resigned on November 21", the day it ended)
        if term.sector == "ELI" or not (term.start <= first and (
                term.end is None or last <= term.end)):
            continue
        reason = (f"{actor.resolution.reason}; the event is dated {first.isoformat()}"
                  f"{'' if first == last else ' to ' + last.isoformat()}, in office as "
                  f"{term.office} then")
        return dataclasses.replace(
            actor, country=term.country, sector=term.sector, code=term.country + term.sector,
            role=term.office, resolution=Resolution(actor.resolution.method, reason))
    return None


def office_at_event_time(events: list[Event]) -> list[Event]:
    """Events whose former-office-holder participants acted, by the event's date, in office."""
    out: list[Event] = []
    for event in events:
        date = event.date
        span = _interval(date.value) if (
            date is not None and date.value and date.type in _TEXT_DATES) else None
        if span is None:
            out.append(event)
            continue
        source, target = _office_then(event.source, span), _office_then(event.target, span)
        if source is None and target is None:
            out.append(event)
            continue
        out.append(dataclasses.replace(event, source=source or event.source,
                                       target=target or event.target))
    return out
