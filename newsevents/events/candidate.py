"""The record the event coders pass between their steps.

It lives apart from ``events/coder.py`` so that the steps the coder calls (participants,
senses, refusals) can name it without importing the coder back.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ..records import Actor

__all__ = ["Candidate"]


@dataclass
class Candidate:
    """One coded event before modality, dates, places and attribution are attached."""

    trigger: Token
    code: str
    source: Actor | None
    target: Actor | None
    method: str
    confidence: float
    intransitive: bool = False
    modality: str | None = None  # set only when the coder knows better than the parse walk
    patient: Token | None = None  # the thing acted on (for answers to requests)
    anaphoric: bool = False
    notes: list[str] = field(default_factory=list)
