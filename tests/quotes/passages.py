"""Shared by the quotes test modules: their passages parsed and their quotes extracted."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from newsevents.quotes import quotes_of
from newsevents.records import Quote


def quotes_by_name(nlp: Any, texts: Mapping[str, str]) -> dict[str, list[Quote]]:
    """Every passage parsed once (``nlp.pipe``), its quotes extracted with no actors stage
    input, by the passage's name."""
    names = list(texts)
    docs = nlp.pipe(texts[n] for n in names)
    return {name: quotes_of(doc, []) for name, doc in zip(names, docs, strict=True)}
