"""Matching predicted events to gold events (the rules of ``docs/evaluate.md``).

Kept apart from running the pipeline so the rules can be unit-tested on hand-made predictions:
a scorer with a bug silently moves every number the project reports.

An event is the triple (CAMEO code, source, target). A gold event is matched by a predicted
event whose code starts with one of the gold codes and whose actor codes start with the gold
actor prefixes; source and target may not be swapped (unless the gold event says
``symmetric``, for "talks between A and B"). Each predicted event matches at most one gold event.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..records import Actor, Event
from .gold import GoldEvent


@dataclass(frozen=True)
class Predicted:
    """The parts of an :class:`~newsevents.records.Event` the scorer looks at."""

    cameo: str
    source: str | None
    target: str | None
    modality: str
    date: str | None = None
    trigger: str = ""
    sentence: str = ""
    #: the predicted date's type: "publication"/"unresolved" mean the text gave the event no time
    date_type: str | None = None

    @property
    def root(self) -> str:
        return self.cameo[:2]


def actor_code(actor: Actor | None) -> str | None:
    """The code an actor is scored by: its CAMEO code, else its country (an actor the coder
    placed in a country but could not fully code still says *who*, at country level)."""
    if actor is None:
        return None
    return actor.code or actor.country


def from_event(event: Event) -> Predicted:
    """Reduce a pipeline event to what the scorer compares."""
    return Predicted(
        cameo=event.cameo,
        source=actor_code(event.source),
        target=actor_code(event.target),
        modality=event.modality,
        date=event.date.value if event.date is not None else None,
        trigger=event.trigger.text,
        sentence=event.sentence.text,
        date_type=event.date.type if event.date is not None else None,
    )


#: sectors the annotation guide gives as one row ("REB / INS | rebels / insurgents"): annotators
#: were not asked to tell them apart, so the scorers do not either
_SAME_SECTOR = {"INS": "REB"}


def fold_code(code: str) -> str:
    """An actor code with the sectors the guide does not separate folded into one:
    'SYRINS' → 'SYRREB', 'INS' → 'REB'. Codes are read in 3-letter parts."""
    parts = [code[i:i + 3] for i in range(0, len(code), 3)]
    return "".join(_SAME_SECTOR.get(part, part) for part in parts)


def _actor_ok(gold: tuple[str, ...], predicted: str | None) -> bool:
    """A gold ``""`` is the guide's "an actor, but no code fits": only an uncoded or absent
    participant matches it (as a prefix it would accept every code)."""
    if not gold:
        return True
    if not predicted:
        return "" in gold
    folded = fold_code(predicted)
    return any(g and folded.startswith(fold_code(g)) for g in gold)


def cameo_ok(gold: GoldEvent, pred: Predicted) -> bool:
    """Predicted code starts with one of the acceptable gold codes (empty = any)."""
    return not gold.cameo or any(pred.cameo.startswith(c) for c in gold.cameo)


def actors_ok(gold: GoldEvent, pred: Predicted) -> bool:
    """Source and target both right (either way round when the gold event is symmetric)."""
    if _actor_ok(gold.source, pred.source) and _actor_ok(gold.target, pred.target):
        return True
    return gold.symmetric and _actor_ok(gold.source, pred.target) and _actor_ok(
        gold.target, pred.source
    )


def same_event(gold: GoldEvent, pred: Predicted, *, actors: bool = True) -> bool:
    """The event identity test: code prefix plus source and target prefixes, in the sentence
    the gold names (``sentence_contains``), so a whole-article passage matches per sentence.

    ``actors=False`` is the extended mode: code prefix and sentence only, for asking how often
    the coder finds the event but picks the wrong participants.
    """
    if not cameo_ok(gold, pred):
        return False
    if gold.sentence_contains is not None and gold.sentence_contains not in pred.sentence:
        return False
    if not actors:
        return True
    if _actor_ok(gold.source, pred.source) and _actor_ok(gold.target, pred.target):
        return True
    return gold.symmetric and _actor_ok(gold.source, pred.target) and _actor_ok(
        gold.target, pred.source
    )


def modality_ok(gold: GoldEvent, pred: Predicted) -> bool:
    return not gold.modality or pred.modality in gold.modality


def date_ok(gold: GoldEvent, pred: Predicted) -> bool:
    """Exact TIMEX3 value match against one of the gold dates."""
    return pred.date is not None and pred.date in gold.date


def date_or_mark_ok(gold: GoldEvent, pred: Predicted) -> bool:
    """The gold date, or — when the gold gives none (the text does not date the event) — a
    predicted date marked as not from the text (publication-dated or no date at all)."""
    if gold.date:
        return date_ok(gold, pred)
    return pred.date_type in (None, "publication", "unresolved")


def trigger_ok(gold: GoldEvent, pred: Predicted) -> bool:
    """The gold trigger and the predicted trigger overlap as words (case-insensitive)."""
    if gold.trigger is None:
        return False
    g, p = gold.trigger.lower(), pred.trigger.lower()
    return bool(p) and (g in p or p in g or bool(set(g.split()) & set(p.split())))


def match(gold: Sequence[GoldEvent], predicted: Sequence[Predicted], *, actors: bool = True
          ) -> list[int | None]:
    """For each gold event, the index of the predicted event matched to it (or None).

    Two passes so that a right modality wins a tie: first pairs that also agree on modality,
    then any remaining same-event pairs. Within a pass gold events are served in order and take
    the first unused candidate, which makes the result deterministic.
    """
    result: list[int | None] = [None] * len(gold)
    used: set[int] = set()
    for strict in (True, False):
        for gi, g in enumerate(gold):
            if result[gi] is not None:
                continue
            for pi, p in enumerate(predicted):
                if pi in used or not same_event(g, p, actors=actors):
                    continue
                if strict and not modality_ok(g, p):
                    continue
                result[gi] = pi
                used.add(pi)
                break
    return result


def violations(forbidden: Iterable[GoldEvent], predicted: Sequence[Predicted]) -> list[int]:
    """Indexes of ``must_not_assert`` items that some predicted *asserted* event matches."""
    return [
        i
        for i, item in enumerate(forbidden)
        if any(p.modality == "asserted" and same_event(item, p) for p in predicted)
    ]
