"""A trace of what became of every event candidate (``newsevents extract --explain``).

Most misses of the events stage are not a missing trigger word: a pattern matched and the
candidate was lost later — no participant coded, a slot empty, a sense veto, a same-party or a
duplicate check, a repeat of an earlier mention. None of that shows in the records, so an
error on a real article cannot be read off them. While a :class:`Trace` is active (a
``with tracing() as trace:`` block, one per document), the coder and the events stage note each
candidate and the step that dropped it; outside such a block every hook is one context-variable
look-up and nothing is kept, so the pipeline pays nothing for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .candidate import Candidate

__all__ = ["Step", "Trace", "current", "matched_nothing", "note", "note_event", "tracing"]

#: Fate of a candidate that became an event and stayed in the record.
KEPT = "kept"


@dataclass(frozen=True)
class Step:
    """One line of the trace: a candidate (or a matched word) and what became of it."""

    sentence: int  # the character offsets where the sentence starts and ends
    sentence_end: int
    offset: int  # the trigger's character offset
    trigger: str
    code: str
    source: str
    target: str
    method: str
    fate: str

    def line(self) -> str:
        return (f"  {self.trigger!r}@{self.offset} {self.code or '-'} {self.source} -> "
                f"{self.target} [{self.method}]: {self.fate}")


@dataclass
class Trace:
    """The steps of one document, in the order the stage took them."""

    steps: list[Step] = field(default_factory=list)
    #: event id → index of its "kept" step, so a later filter can rewrite that fate
    events: dict[str, int] = field(default_factory=dict)

    def by_sentence(self) -> dict[int, list[Step]]:
        out: dict[int, list[Step]] = {}
        for step in self.steps:
            out.setdefault(step.sentence, []).append(step)
        return {k: sorted(v, key=lambda s: s.offset) for k, v in sorted(out.items())}

    def render(self, text: str) -> str:
        """Each sentence with a traced word, then its steps (what ``--explain`` prints)."""
        lines: list[str] = []
        for start, steps in self.by_sentence().items():
            sentence = " ".join(text[start:steps[0].sentence_end].split())
            lines.append(f"[{start}] {sentence[:300]}")
            lines += [s.line() for s in steps]
        return "\n".join(lines)


_TRACE: ContextVar[Trace | None] = ContextVar("newsevents_events_trace", default=None)


def current() -> Trace | None:
    """The active trace, or ``None`` (the usual case: nothing is recorded)."""
    return _TRACE.get()


@contextmanager
def tracing() -> Iterator[Trace]:
    """Record the candidates of the documents processed inside the block."""
    trace = Trace()
    token = _TRACE.set(trace)
    try:
        yield trace
    finally:
        _TRACE.reset(token)


def _who(actor: Actor | None) -> str:
    if actor is None:
        return "-"
    code = actor.code or actor.country or "uncoded"
    return f"{code}({actor.mention[:30]})" if actor.mention else f"{code}(implied)"


def note(cand: Candidate, fate: str) -> None:
    """Record what became of ``cand`` at one step (no-op without an active trace)."""
    trace = _TRACE.get()
    if trace is None:
        return
    tok = cand.trigger
    sent = tok.sent
    trace.steps.append(Step(sent.start_char, sent.end_char, tok.idx, tok.text, cand.code,
                            _who(cand.source), _who(cand.target), cand.method, fate))


def note_event(cand: Candidate, event_id: str) -> None:
    """Record that ``cand`` became the event ``event_id`` (its fate may still change)."""
    trace = _TRACE.get()
    if trace is None:
        return
    note(cand, KEPT)
    trace.events[event_id] = len(trace.steps) - 1


def event_dropped(event_id: str, fate: str) -> None:
    """Rewrite the fate of an event a later filter of the stage removed."""
    trace = _TRACE.get()
    if trace is None or event_id not in trace.events:
        return
    i = trace.events[event_id]
    step = trace.steps[i]
    trace.steps[i] = replace(step, fate=fate)


def matched_nothing(tok: Token, pattern_ids: list[str]) -> None:
    """A word some pattern matched that gave no candidate at all (no participant found)."""
    trace = _TRACE.get()
    if trace is None:
        return
    sent = tok.sent
    trace.steps.append(Step(sent.start_char, sent.end_char, tok.idx, tok.text, "", "-", "-",
                            ",".join(pattern_ids), "matched; no candidate (no participant)"))
