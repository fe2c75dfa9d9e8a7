"""Stage 'quotes': direct, partial, indirect and mixed quotes with speaker, cue and medium.

See ``docs/quotes.md`` for the rules and the data files. Public surface:

- :func:`extract_quotes` — the pipeline stage (``ctx`` → list of :class:`~newsevents.records.Quote`)
- :func:`quote_for_offset` — the quote holding a character offset (for the events coder)
- :func:`attribution_for_clause` — speaker, medium and cue of the reported speech a token is in
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Quote
from .extract import quotes_of
from .link import attribution_for_clause, quote_for_offset

if TYPE_CHECKING:
    from ..context import Context

__all__ = ["attribution_for_clause", "extract_quotes", "quote_for_offset", "quotes_of"]


def extract_quotes(ctx: Context) -> list[Quote]:
    """Every quote of the document, speakers resolved through ``ctx.actors`` (see the docs)."""
    return quotes_of(ctx.doc, ctx.actors, ctx.times)
