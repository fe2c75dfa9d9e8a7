"""An event's date and place, from the times and places stages' attachment functions.

``newsevents.times.attach.event_time`` and ``newsevents.places.attach.event_place`` (owned by
those stages, see notes/INTERFACES.md) pick the time expression and place of the trigger's own
clause. Until those modules are installed the events stage still dates every event the way the
interface specifies for a clause without a time expression: the publication date, marked
``type="publication"``, or unresolved when there is no publication date.

:func:`date_repeats` then dates an event stated without a time by a later (or earlier) mention
of the same event that has one: news states its main event in the lead without a time and
gives the day further down ("Duda has once again called on the U.S. …" … "This time he
addressed his appeal … in an interview published Thursday").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..offsets import OffsetIndex
from ..records import Actor, Event, Place, TimeExpr
from ..times.calendar import parse_value

if TYPE_CHECKING:
    from ..context import Context

TimeFn = Callable[["Context", Token], "TimeExpr | None"]
PlaceFn = Callable[["Context", Token], "Place | None"]


def _load_time() -> TimeFn | None:
    try:
        from ..times.attach import event_time
    except ImportError:
        return None
    return event_time


def _load_place() -> PlaceFn | None:
    try:
        from ..places.attach import event_place
    except ImportError:
        return None
    return event_place


_TIME = _load_time()
_PLACE = _load_place()


def publication_time(ctx: Context) -> TimeExpr:
    """The date an event gets when its clause has no time expression of its own."""
    if ctx.published is None:
        return TimeExpr(text="", start=0, end=0, value=None, granularity="unknown",
                        type="unresolved", anchor="none", method="events:no-publication-date")
    return TimeExpr(text="", start=0, end=0, value=ctx.published.isoformat(),
                    granularity="day", type="publication", anchor="published",
                    method="events:publication-date")


def event_date(ctx: Context, trigger: Token) -> TimeExpr | None:
    if _TIME is not None:
        found = _TIME(ctx, trigger)
        if found is not None:
            return found
    return publication_time(ctx)


def event_location(ctx: Context, trigger: Token) -> Place | None:
    if _PLACE is not None:
        return _PLACE(ctx, trigger)
    return None


#: A repeated mention dates an undated one only when it is this recent: the lead of a news story
#: is its newest event ("once again called on" is this week's appeal, not the 2022 request).
REPEAT_WINDOW_DAYS = 7


def _who(actor: Actor | None) -> str | None:
    """Who an actor is at the level mentions of one event agree on: "the U.S." (USA) and "the
    Trump administration" (USAGOV) name one party."""
    if actor is None:
        return None
    return actor.country or (actor.code or "")[:3] or actor.name


def _source_id(actor: Actor | None) -> str | None:
    """The actor itself: its coreference entity when it has one, else its full code."""
    if actor is None:
        return None
    return actor.entity or actor.code or actor.name


def _recent_day(time: TimeExpr, published: dt.date) -> dt.date | None:
    """The first day of a day- or week-long date within the window before publication."""
    parsed = parse_value(time.value)
    if parsed is None or parsed[1] not in ("day", "week"):
        return None
    first, _ = parsed
    if published - dt.timedelta(days=REPEAT_WINDOW_DAYS) <= first <= published:
        return first
    return None


def _has_time(event: Event, times: OffsetIndex[TimeExpr]) -> bool:
    """The event's sentence names a date or time (just not for the event): another occasion."""
    sentence = event.sentence
    return any(
        t.timex_type in ("DATE", "TIME") for t in times.starting_in(sentence.start, sentence.end)
    )


def _same_event(event: Event) -> tuple[object, ...]:
    """What two mentions of one event share: parties, CAMEO root, modality and the source."""
    return (_who(event.source), _who(event.target), event.cameo_root, event.modality,
            _source_id(event.source))


def date_repeats(
    events: Sequence[Event], published: dt.date | None, times: Sequence[TimeExpr] = ()
) -> list[Event]:
    """Date events that have no time of their own by a dated mention of the same event.

    Only an event whose sentence names no date or time is redated (a sentence that dates
    something else is about another occasion). The same event: same source (the same person or
    body), same target party and same CAMEO root, with the same modality. The mention
    must be dated by the text to a day or week within :data:`REPEAT_WINDOW_DAYS` before the
    publication date (the newest such mention wins); older mentions are other occasions ("a
    similar request … in 2022"). The borrowed date keeps the span of the mention that says it,
    with ``+same-event`` added to its method.
    """
    if published is None:
        return list(events)
    out: list[Event] = []
    index = OffsetIndex(times)
    # the dated mentions of each (parties, root, modality, source), in order: an event looks
    # only at its own kind instead of at every event of the document
    dated: dict[tuple[object, ...], list[Event]] = {}
    for other in events:
        if other.date is not None and other.date.start >= 0:
            dated.setdefault(_same_event(other), []).append(other)
    for event in events:
        if event.date is None or event.date.type != "publication" or _has_time(event, index):
            out.append(event)
            continue
        best: tuple[dt.date, TimeExpr] | None = None
        # same source: one party, two people ("May is to step down" … "Johnson resigning")
        for other in dated.get(_same_event(event), ()):
            if other is event or other.date is None:
                continue
            day = _recent_day(other.date, published)
            if day is not None and (best is None or day > best[0]):
                best = (day, other.date)
        if best is None:
            out.append(event)
        else:
            method = f"{best[1].method}+same-event" if best[1].method else "same-event"
            out.append(replace(event, date=replace(best[1], method=method)))
    return out
