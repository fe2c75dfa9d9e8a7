"""Shared by the quotes test modules: their passages parsed and their quotes extracted."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from newsevents.actors import resolve_actors
from newsevents.context import Context
from newsevents.quotes import quotes_of
from newsevents.records import Quote


def quotes_by_name(nlp: Any, texts: Mapping[str, str], *,
                   actors: bool = False) -> dict[str, list[Quote]]:
    """Every passage parsed once (``nlp.pipe``), its quotes extracted by the passage's name;
    with ``actors`` the actors stage runs first and its actors are the quotes' input (speakers
    and outlets coded), else there is no actors input."""
    names = list(texts)
    docs = nlp.pipe(texts[n] for n in names)
    out: dict[str, list[Quote]] = {}
    for name, doc in zip(names, docs, strict=True):
        found = resolve_actors(Context(doc=doc, text=doc.text, published=None)) if actors else []
        out[name] = quotes_of(doc, found, []) if actors else quotes_of(doc, [])
    return out
