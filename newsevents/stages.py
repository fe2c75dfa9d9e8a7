"""The registry of analysis stages, in the order the pipeline runs them.

Order matters: times, places and quotes use the actors; events use all four (participants,
dates, places, who said it). The registry is public so that a worker can load every stage before
its first document (:func:`warm_up`) and a test or a plug-in can see or replace one stage without
reaching into the pipeline.
"""

from __future__ import annotations

from .actors import resolve_actors
from .context import Stage
from .events import code_events
from .places import extract_places
from .quotes import extract_quotes
from .times import extract_times

#: (name, stage): the name is the :class:`~newsevents.context.Context` field the records go to.
STAGES: tuple[tuple[str, Stage], ...] = (
    ("actors", resolve_actors),
    ("times", extract_times),
    ("places", extract_places),
    ("quotes", extract_quotes),
    ("events", code_events),
)


def registered() -> list[tuple[str, Stage]]:
    """The stages the pipeline runs, in order."""
    return list(STAGES)


def warm_up() -> None:
    """Load the spaCy model once per process, before the first document arrives (workers)."""
    from . import nlp

    nlp.load()
