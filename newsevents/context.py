"""The stage contract: what every analysis stage reads and what it adds.

A stage is a function ``stage(ctx: Context) -> list[record]``. It reads the parsed ``Doc``, the
clean text, the publication date and what earlier stages put on the context, and returns its own
records, which the pipeline stores under the stage's name (``ctx.actors``, ``ctx.times`` …). Stages
never change earlier stages' records (records are frozen), so each can be tested alone on a
hand-built context and the whole runs unchanged inside a worker process or a Ray actor.

This module depends only on the records and spaCy's ``Doc``: stage modules import it, and the
registry of stages (:mod:`newsevents.stages`) and the pipeline import them, so the flow reads one
way: ingest → nlp → stages (on a Context) → pipeline → store → api, cli, scale.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from .records import Actor, Event, Place, Quote, StageError, TimeExpr


@dataclass
class Context:
    """Everything the analysis stages share for one document.

    ``sents`` is the document's sentence list, scanned once (the pipeline fills it, see
    :func:`newsevents.pipeline.share_scans`, which also makes ``doc.sents``, ``span.sent`` and
    ``token.sent`` answer from it); ``cache`` holds per-document results one stage computes once
    and others reuse (keys name their owner, e.g. ``("places.locative_heads", n)``).
    """

    doc: Doc
    text: str
    published: dt.date | None
    actors: list[Actor] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    errors: list[StageError] = field(default_factory=list)
    sents: list[Span] = field(default_factory=list)
    cache: dict[Any, Any] = field(default_factory=dict)
    #: the day of the dateline cleaning cut from the text's start ("WASHINGTON, March 12 (Xinhua)
    #: --" → "--03-12"; ``Removed.day``): the times stage's reference day when it is the story's
    dateline: str | None = None


#: An analysis stage: reads the context, returns the records it found.
Stage = Callable[[Context], list[Any]]
