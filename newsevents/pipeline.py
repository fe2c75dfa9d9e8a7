"""The pipeline: raw documents in, :class:`~newsevents.records.Document` records out.

ingest (readers) → prepare (HTML to text, cleaning, language) → NLP (``nlp.pipe``) → actors →
times → places → quotes → events. Each analysis stage is a function ``stage(ctx) -> list[record]``
that reads the parsed :class:`Context` and what earlier stages put there, so each can be tested
alone and the whole runs unchanged inside a Ray actor.

A stage that fails on one document adds a numbered error to that document (``E021``) and the rest
of the pipeline goes on: one odd sentence must not cost the whole article.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from . import nlp
from .errors import NewsEventsError, ProcessingError, from_failure
from .records import (
    Actor,
    Document,
    Event,
    Failure,
    Place,
    Quote,
    RawDocument,
    Span,
    StageError,
    TimeExpr,
    doc_id_for,
)


@dataclass
class Context:
    """Everything the analysis stages share for one document."""

    doc: Doc
    text: str
    published: dt.date | None
    actors: list[Actor] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    errors: list[StageError] = field(default_factory=list)


Stage = Callable[[Context], list[Any]]


def _stages() -> list[tuple[str, Stage]]:
    """The analysis stages in order; imported lazily so ``import newsevents`` stays light."""
    from .actors import resolve_actors
    from .events import code_events
    from .places import extract_places
    from .quotes import extract_quotes
    from .times import extract_times

    return [
        ("actors", resolve_actors),
        ("times", extract_times),
        ("places", extract_places),
        ("quotes", extract_quotes),
        ("events", code_events),
    ]


def analyse(doc: Doc, published: dt.date | None) -> Context:
    """Run every analysis stage over one parsed document."""
    ctx = Context(doc=doc, text=doc.text, published=published)
    for name, stage in _stages():
        try:
            setattr(ctx, name, stage(ctx))
        except NewsEventsError as exc:
            ctx.errors.append(StageError(stage=name, code=exc.code, message=exc.message))
        except Exception as exc:  # one stage's bug must not lose the document
            err = ProcessingError("E021", stage=name, detail=f"{type(exc).__name__}: {exc}")
            ctx.errors.append(StageError(stage=name, code=err.code, message=err.message))
    return ctx


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def build_document(ctx: Context, prepared: Any) -> Document:
    """Assemble the public record from a prepared input and its analysed context."""
    sentences = tuple(Span(s.start_char, s.end_char, s.text) for s in ctx.doc.sents)
    return Document(
        doc_id=doc_id_for(prepared.text),
        source=prepared.source,
        title=prepared.title,
        published=prepared.published,
        published_source=prepared.published_source,
        language=prepared.language,
        text=prepared.text,
        removed=tuple(prepared.removed),
        actors=tuple(ctx.actors),
        events=tuple(ctx.events),
        quotes=tuple(ctx.quotes),
        times=tuple(ctx.times),
        places=tuple(ctx.places),
        errors=tuple(ctx.errors),
        sentences=sentences,
    )


def extract_many(
    items: Iterable[RawDocument | Failure], *, batch_size: int = 16
) -> Iterator[Document | Failure]:
    """Process a stream of raw documents in order, yielding a Document or a Failure for each.

    Memory stays bounded: documents flow through ``nlp.pipe`` in batches and nothing collects
    the whole stream.
    """
    yield from extract_prepared(prepare_many(items), batch_size=batch_size)


def prepare_many(items: Iterable[RawDocument | Failure]) -> Iterator[Any]:
    """Clean each raw document (``Prepared``), passing failures through.

    Split from :func:`extract_many` so a batch runner can look at the clean text (and so the
    ``doc_id``) before paying for the parse, e.g. to skip documents a previous run wrote.
    """
    from .ingest.prepare import prepare

    for item in items:
        if isinstance(item, Failure):
            yield item
            continue
        try:
            yield prepare(item)
        except NewsEventsError as exc:
            yield exc.failure(item.input)


def extract_prepared(items: Iterable[Any], *, batch_size: int = 16) -> Iterator[Document | Failure]:
    """Parse and analyse prepared documents (``Prepared`` or ``Failure``), in order."""

    def texts() -> Iterator[tuple[str, Any]]:
        for item in items:
            yield ("", item) if isinstance(item, Failure) else (item.text, item)

    for doc, context in nlp.parse_with_context(texts(), batch_size=batch_size):
        if isinstance(context, Failure):
            yield context
            continue
        try:
            ctx = analyse(doc, _parse_date(context.published))
            yield build_document(ctx, context)
        except Exception as exc:
            err = ProcessingError("E020", detail=f"{type(exc).__name__}: {exc}")
            yield err.failure(context.input)


def extract_paths(
    paths: Iterable[str | Path],
    *,
    published: str | None = None,
    url: str | None = None,
    batch_size: int = 16,
) -> Iterator[Document | Failure]:
    """Read files/folders with the ingest readers and process every document found."""
    from .ingest import read_paths

    yield from extract_many(read_paths(paths, published=published, url=url), batch_size=batch_size)


def extract_text(
    text: str,
    *,
    published: str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> Document:
    """Process one article given as a string (plain text); raises on an unusable input."""
    raw = RawDocument(
        input="<text>",
        text=text,
        url=url,
        title=title,
        published=published,
        published_source="cli" if published else "unknown",
    )
    (result,) = extract_many([raw])
    if isinstance(result, Failure):
        raise from_failure(result)
    return result


def extract_html(
    html: str, *, published: str | None = None, url: str | None = None
) -> Document:
    """Process one article given as an HTML string; raises on an unusable input."""
    raw = RawDocument(
        input="<html>",
        html=html,
        url=url,
        published=published,
        published_source="cli" if published else "unknown",
    )
    (result,) = extract_many([raw])
    if isinstance(result, Failure):
        raise from_failure(result)
    return result
