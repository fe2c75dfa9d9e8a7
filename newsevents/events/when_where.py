"""An event's date and place, from the times and places stages' attachment functions.

``newsevents.times.attach.event_time`` and ``newsevents.places.attach.event_place`` (owned by
those stages, see notes/INTERFACES.md) pick the time expression and place of the trigger's own
clause. Until those modules are installed the events stage still dates every event the way the
interface specifies for a clause without a time expression: the publication date, marked
``type="publication"``, or unresolved when there is no publication date.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..records import Place, TimeExpr

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
