"""Raw document → prepared text: HTML extraction, cleaning, Unicode normalisation, language check.

(Foundation issue: the ingest helper fills this in.)
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from ..errors import InputError
from ..records import RawDocument, Removed, Source


@dataclass(frozen=True)
class Prepared:
    """A document ready for the NLP stage: clean text plus metadata."""

    input: str
    text: str
    source: Source
    title: str | None
    published: str | None
    published_source: str
    language: str | None
    removed: tuple[Removed, ...] = field(default_factory=tuple)


def prepare(raw: RawDocument) -> Prepared:
    text = unicodedata.normalize("NFC", raw.text or "")
    if not text.strip():
        raise InputError("E002", input=raw.input)
    return Prepared(
        input=raw.input,
        text=text,
        source=Source(path=raw.input, url=raw.url, outlet=raw.outlet),
        title=raw.title,
        published=raw.published,
        published_source=raw.published_source,
        language="en",
    )
