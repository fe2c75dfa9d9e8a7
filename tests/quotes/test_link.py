"""The events coder's entry points: quote_for_offset and attribution_for_clause."""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsevents.context import Context
from newsevents.quotes import attribution_for_clause, extract_quotes, quote_for_offset

TEXT = (
    "Kremlin spokesman Dmitry Peskov said in a statement that Moscow would send troops to the "
    "border. “We will respond,” he added. Officials believe the talks will fail. "
    "The army withdrew on Monday."
)


def context(nlp: Any) -> Context:
    doc = nlp(TEXT)
    ctx = Context(doc=doc, text=TEXT, published=dt.date(2025, 3, 14))
    ctx.quotes = extract_quotes(ctx)
    return ctx


def token(ctx: Context, word: str) -> Any:
    return next(t for t in ctx.doc if t.text == word)


def test_quote_for_offset_finds_the_innermost_quote(nlp: Any) -> None:
    ctx = context(nlp)
    send = TEXT.index("send")
    quote = quote_for_offset(ctx.quotes, send)
    assert quote is not None and quote.kind == "indirect" and quote.cue == "said"
    assert quote_for_offset(ctx.quotes, TEXT.index("withdrew")) is None


def test_attribution_for_a_trigger_inside_reported_speech(nlp: Any) -> None:
    ctx = context(nlp)
    speaker, medium, cue = attribution_for_clause(ctx, token(ctx, "send"))
    assert speaker is not None and speaker.name == "Dmitry Peskov"
    assert medium == "statement" and cue == "said"
    speaker, _, cue = attribution_for_clause(ctx, token(ctx, "respond"))
    assert speaker is not None and speaker.name == "Dmitry Peskov" and cue == "added"


def test_beliefs_are_attributions_marked_as_such(nlp: Any) -> None:
    ctx = context(nlp)
    fail = token(ctx, "fail")
    belief = quote_for_offset(ctx.quotes, fail.idx)
    assert belief is not None and belief.kind == "indirect" and belief.cue == "believe"
    # marked apart from speech: a belief is not something anyone said
    assert belief.evidence is not None and belief.evidence.method.endswith(":cognition")
    speaker, medium, cue = attribution_for_clause(ctx, fail)
    assert cue == "believe" and speaker is not None and speaker.mention == "Officials"
    assert medium is None


def test_unreported_clause_has_no_attribution(nlp: Any) -> None:
    ctx = context(nlp)
    assert attribution_for_clause(ctx, token(ctx, "withdrew")) == (None, None, None)
