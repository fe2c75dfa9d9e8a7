"""Linking events to quotes: which quote, or which reporting verb, an event was said in.

The events coder calls these two functions: :func:`quote_for_offset` for an event whose trigger
lies inside a quote or reported clause, :func:`attribution_for_clause` for a trigger governed by
a reporting verb that produced no quote record (a clause too short, or a cue with no resolvable
speaker, still tells the coder the event was *reported*, by whom and through which channel).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..nlp.shared import children_of
from ..records import Actor, Quote
from .contents import content_of
from .extract import quote_attribution
from .syntax import cue_of
from .vocab import vocabulary

if TYPE_CHECKING:
    from ..context import Context


def quote_for_offset(quotes: Sequence[Quote], char: int) -> Quote | None:
    """The innermost quote whose span ``[start, end)`` holds character ``char``, or None."""
    best: Quote | None = None
    for quote in quotes:
        if quote.start <= char < quote.end and (
            best is None or quote.end - quote.start < best.end - best.start
        ):
            best = quote
    return best


def attribution_for_clause(
    ctx: Context, token: Token
) -> tuple[Actor | None, str | None, str | None]:
    """``(speaker, medium, cue)`` of the reported speech a token belongs to, else all None.

    First the quote records (``ctx.quotes``) holding the token; then the reporting verb the token's
    clause hangs from in the parse ("Kolarski argued that [the steps were important]": for
    *important* → Kolarski, RMF FM, "argued"). The walk up the tree stops at the first reporting
    verb whose content (that-clause, parenthetical clause, "according to" clause) holds the token.
    """
    quote = quote_for_offset(ctx.quotes, token.idx)
    if quote is not None:
        return quote.speaker, quote.medium, quote.cue
    vocab = vocabulary()
    current: Token = token
    for _ in range(12):
        candidates = [current, *(c for c in children_of(current) if c.lower_ == "according")]
        for cand in candidates:
            cue = cue_of(cand, vocab)
            if cue is None or cue.cls in ("partial", "topic", "regard"):
                continue
            content = content_of(cue, vocab)
            if content is not None and content[0] <= token.idx < content[1]:
                speaker, medium = quote_attribution(ctx, cue)
                return speaker, medium, cue.text
        if current.head == current:
            break
        current = current.head
    return None, None, None
