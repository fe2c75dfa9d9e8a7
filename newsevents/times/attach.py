"""When did an event happen: the time expression of the trigger's own clause.

A time expression belongs to the first verb above it in the dependency tree (its clause); an
event trigger belongs to its own clause (itself when it is a verb, else the first verb above it).
In "… actions Russia took beginning in 2023, a year after it invaded Ukraine", "2023" belongs to
"took" and "a year after" to "invaded", so the two events get different years; a time from
another clause of the sentence ("said Thursday that …") is never borrowed.

Two extensions of "own clause":

- a time on a noun that frames the event ("in a Thursday interview", "during an interview …
  that was published Thursday") belongs to the verb the framing phrase hangs on;
- a verb without a time of its own takes the time of the verb it is chained to by ``xcomp`` or
  ``conj`` without a subject of its own ("this week took steps to … bring about an end"): same
  actor, same occasion.

Without any, the event is dated by its report: the publication date, marked
``type="publication"``, ``anchor="published"``, with ``text=""`` and ``start=end=-1`` because no
span of the text says it. Without a publication date either: ``value=None``,
``type="unresolved"``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..records import TimeExpr

if TYPE_CHECKING:
    from ..context import Context

__all__ = ["event_time", "publication_time"]

_VERBS = frozenset({"VERB", "AUX"})
#: Prepositions whose object frames an event in time ("in a Thursday interview", "during talks").
_FRAME_PREPS = frozenset({"in", "during", "at", "amid", "on"})
#: Dependencies along which a clause without its own time inherits its governor's.
_CHAIN_DEPS = frozenset({"xcomp", "conj"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_MAX_UP = 12


def publication_time(ctx: Context) -> TimeExpr:
    """The fallback date of an event: its publication date, or unresolved without one."""
    if ctx.published is None:
        return TimeExpr(text="", start=-1, end=-1, value=None, granularity="unknown",
                        type="unresolved", anchor="none", method="no-publication-date")
    return TimeExpr(text="", start=-1, end=-1, value=ctx.published.isoformat(),
                    granularity="day", type="publication", anchor="published",
                    method="publication-date")


def _clause(token: Token) -> Token | None:
    """The first verb at or above ``token``."""
    for _ in range(_MAX_UP):
        if token.pos_ in _VERBS:
            return token
        if token.head == token:
            return None
        token = token.head
    return None


def _time_path(time: TimeExpr, ctx: Context) -> tuple[list[Token], Token | None]:
    """Tokens from a time expression up to its clause verb, and that verb."""
    span = ctx.doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return [], None
    inside = {t.i for t in span}
    token = span.root
    path: list[Token] = []
    for _ in range(_MAX_UP):
        if token.head == token:
            break
        token = token.head
        if token.i in inside:
            continue
        path.append(token)
        if token.pos_ in _VERBS:
            break
    verb = path[-1] if path and path[-1].pos_ in _VERBS else None
    if verb is not None and verb.dep_ in ("relcl", "acl"):
        # "during an interview … that was published Thursday": the interview's time frames the
        # clause the interview phrase belongs to
        noun = verb.head
        if noun.head.dep_ == "prep" and noun.head.lower_ in _FRAME_PREPS:
            outer = _clause(noun.head.head)
            if outer is not None:
                path.extend([noun, noun.head, outer])
                verb = outer
    return path, verb


def _chain_up(verb: Token) -> list[Token]:
    """The verbs a clause inherits a time from (xcomp/conj governors, infinitival relatives)."""
    chain: list[Token] = []
    token = verb
    for _ in range(4):
        infinitival = token.dep_ == "relcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in token.children
        )
        if token.dep_ not in _CHAIN_DEPS and not infinitival:
            break
        if token.dep_ == "conj" and any(c.dep_ in _SUBJECTS for c in token.children):
            break  # "…made in 2022, but Duda has not given up": a new subject, a new occasion
        head = _clause(token.head)
        if head is None or head is token:
            break
        chain.append(head)
        token = head
    return chain


def event_time(ctx: Context, trigger: Token) -> TimeExpr | None:
    """The time of the event whose trigger is ``trigger`` (see the module docstring)."""
    clause = _clause(trigger)
    chain = _chain_up(clause) if clause is not None else []
    best: tuple[int, int, TimeExpr] | None = None
    for time in ctx.times:
        if time.timex_type not in ("DATE", "TIME") or time.start < 0:
            continue
        path, verb = _time_path(time, ctx)
        if verb is None and not path:
            continue
        ids = [t.i for t in path]
        chain_ids = [t.i for t in chain]
        if trigger.i in ids:
            level = 0  # the time hangs on the trigger itself ("the 2022 invasion")
        elif clause is not None and verb is not None and verb.i == clause.i:
            level = 1
        elif verb is not None and verb.i in chain_ids:
            level = 2 + chain_ids.index(verb.i)
        else:
            continue
        distance = abs(trigger.idx - time.start)
        if best is None or (level, distance) < (best[0], best[1]):
            best = (level, distance, time)
    if best is not None:
        return best[2]
    return publication_time(ctx)
