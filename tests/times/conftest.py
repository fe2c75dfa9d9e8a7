"""Fixtures of the times tests: parse with the real model once per session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from newsevents.context import Context
from newsevents.places import extract_places
from newsevents.times import extract_times

FRIDAY = dt.date(2025, 3, 14)  # the seed's publication date, a Friday


@pytest.fixture(scope="session")
def context(nlp: Language) -> Callable[..., Context]:
    """Build a Context (times and places filled) for a text; parses are cached per text."""
    cache: dict[str, object] = {}

    def build(text: str, published: dt.date | None = FRIDAY) -> Context:
        doc = cache.get(text)
        if doc is None:
            doc = cache[text] = nlp(text)
        ctx = Context(doc=doc, text=text, published=published)  # type: ignore[arg-type]
        ctx.times = extract_times(ctx)
        ctx.places = extract_places(ctx)
        return ctx

    return build
