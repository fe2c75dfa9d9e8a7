"""The pipeline: raw documents in, :class:`~newsevents.records.Document` records out.

ingest (readers) → prepare (HTML to text, cleaning, language) → NLP (``nlp.pipe``) → the stages
of :mod:`newsevents.stages` (actors → times → places → quotes → events), each a function
``stage(ctx) -> list[record]`` over a :class:`~newsevents.context.Context`, so each can be tested
alone and the whole runs unchanged inside a Ray actor.

A stage that fails on one document adds a numbered error to that document (``E021``) and the rest
of the pipeline goes on: one odd sentence must not cost the whole article.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import gc
import itertools
import os
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from . import nlp, stages
from .context import Context
from .dates import parse_day
from .errors import NewsEventsError, ProcessingError, from_failure
from .ingest.prepare import Prepared
from .nlp.boundaries import sentence_bounds
from .nlp.shared import release, text_of
from .records import (
    Document,
    Failure,
    RawDocument,
    Removed,
    Span,
    StageError,
    doc_id_for,
)


def share_scans(doc: Doc) -> list[SpacySpan]:
    """Scan ``doc`` for sentences once and answer every later sentence question from that scan.

    spaCy recomputes ``doc.sents`` on every access and ``span.sent`` walks the tokens back and
    forth; with these hooks (spaCy's ``user_hooks``) both become list look-ups, for every stage,
    with the same answers. :func:`release_scans` removes them again.
    """
    sents = list(doc.sents)
    starts = [sent.start for sent in sents]

    def sent_of(span: SpacySpan) -> SpacySpan:
        return sents[max(bisect.bisect_right(starts, span.start) - 1, 0)]

    def token_sent(token: Token) -> SpacySpan:
        return sents[max(bisect.bisect_right(starts, token.i) - 1, 0)]

    if sents:
        doc.user_hooks["sents"] = lambda _doc: iter(sents)
        doc.user_span_hooks["sent"] = sent_of
        doc.user_token_hooks["sent"] = token_sent
    return sents


def release_scans(doc: Doc) -> None:
    """Remove the hooks of :func:`share_scans` (a Doc with hooks warns when serialised)."""
    doc.user_hooks.pop("sents", None)
    doc.user_span_hooks.pop("sent", None)
    doc.user_token_hooks.pop("sent", None)
    release(doc)


def warm_up() -> None:
    """Do once per process what would otherwise land on the first documents of a worker.

    Loads the model and every stage's vocabularies (by running a bundled sample article through
    the whole pipeline), builds dateparser's regular expressions (its first call compiles
    several hundred, ~3 s), then hands the memory freed by building the vocabularies back to
    the system so a worker's resident size is what it keeps, not what it once needed.
    """
    from importlib import resources

    from .times.absolute import parse_absolute

    nlp.load()
    stages.registered()
    sample = resources.files("newsevents").joinpath("samples", "rubio_wang_call.txt")
    if sample.is_file():
        # no time budget: this document builds every stage's vocabularies (~8 CPU-s, minutes
        # of wall time on a loaded machine), which must not fail the worker with E022
        raw = RawDocument(input="<warm-up>", text=sample.read_text(encoding="utf-8"),
                          published="2025-03-14", published_source="cli")
        limits = dataclasses.replace(Limits.from_env(), time_budget=float("inf"))
        (result,) = extract_many([raw], limits=limits)
        if isinstance(result, Failure):
            raise from_failure(result)
    parse_absolute("Oct 14th '23 10:00 GMT", dt.date(2025, 3, 14))
    gc.collect()
    _trim_heap()


def _trim_heap() -> None:
    """glibc keeps freed memory in its arenas; ``malloc_trim`` returns it (no-op elsewhere)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def analyse(
    doc: Doc,
    published: dt.date | None,
    *,
    time_budget: float | None = None,
    dateline: str | None = None,
) -> Context:
    """Run every analysis stage over one parsed document.

    With a ``time_budget`` (seconds), a document whose stages run past it fails with E022
    instead of holding up the batch (checked between stages). The first document of a process
    is not held to it: its stages load their vocabularies (seconds of CPU, minutes of wall time
    on a loaded machine), a cost of the process, not of the document. ``dateline`` is the day of a
    dateline cleaning removed (:func:`dateline_of`), which the times stage reads relative times
    from.
    """
    ctx = Context(doc=doc, text=text_of(doc), published=published, sents=share_scans(doc),
                  dateline=dateline)
    forced = doc.user_data.get(nlp.FORCED_CUTS)
    if forced:
        err = ProcessingError("E025", count=len(forced), limit=nlp.PIECE_CHARS)
        ctx.errors.append(StageError(stage="nlp", code=err.code, message=err.message))
    global _set_up
    if not _set_up:
        time_budget = None  # this document also loads every stage's vocabularies
    started = time.monotonic()
    for name, stage in stages.registered():
        if time_budget is not None and time.monotonic() - started > time_budget:
            raise ProcessingError("E022", seconds=time_budget)
        try:
            setattr(ctx, name, stage(ctx))
        except NewsEventsError as exc:
            ctx.errors.append(StageError(stage=name, code=exc.code, message=exc.message))
        except Exception as exc:  # one stage's bug must not lose the document
            err = ProcessingError("E021", stage=name, detail=f"{type(exc).__name__}: {exc}")
            ctx.errors.append(StageError(stage=name, code=err.code, message=err.message))
    _set_up = True
    return ctx


def dateline_of(removed: Iterable[Removed]) -> str | None:
    """The day of the wire dateline cleaning cut from the start of the text, if it said one."""
    return next((r.day for r in removed if r.day), None)


def build_document(ctx: Context, prepared: Prepared) -> Document:
    """Assemble the public record from a prepared input and its analysed context."""
    sentences = tuple(Span(*sentence_bounds(s)) for s in ctx.sents)
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


@dataclass(frozen=True)
class Limits:
    """Per-document resource limits, so one hostile or broken input cannot stall a batch.

    ``max_chars`` bounds the clean text handed to the parser (the largest real articles are
    well under 200,000 characters); ``max_sentences`` bounds it again by an estimate from
    sentence-final punctuation taken before parsing, which catches a short-sentence flood;
    ``time_budget`` bounds the analysis stages after the parse (checked between stages).
    Each can be set by environment variable (``NEWSEVENTS_MAX_CHARS``,
    ``NEWSEVENTS_MAX_SENTENCES``, ``NEWSEVENTS_TIME_BUDGET``).
    """

    max_chars: int = 500_000
    max_sentences: int = 10_000
    time_budget: float = 60.0

    @classmethod
    def from_env(cls) -> Limits:
        env = os.environ
        return cls(
            max_chars=int(env.get("NEWSEVENTS_MAX_CHARS", cls.max_chars)),
            max_sentences=int(env.get("NEWSEVENTS_MAX_SENTENCES", cls.max_sentences)),
            time_budget=float(env.get("NEWSEVENTS_TIME_BUDGET", cls.time_budget)),
        )


_set_up = False
"""Whether a document has run through the stages in this process (see :func:`analyse`)."""

_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")


def check_limits(prepared: Prepared, limits: Limits) -> Failure | None:
    """A Failure when a prepared document is over the limits, else None (cheap: no parse)."""
    size = len(prepared.text)
    if size > limits.max_chars:
        return ProcessingError("E024", size=size, limit=limits.max_chars).failure(prepared.input)
    if size > limits.max_sentences:  # at least one character per sentence: skip the count below
        count = sum(1 for _ in _SENTENCE_END.finditer(prepared.text))
        if count > limits.max_sentences:
            err = ProcessingError("E023", count=count, limit=limits.max_sentences)
            return err.failure(prepared.input)
    return None


def prepare_many(
    items: Iterable[RawDocument | Failure], limits: Limits | None = None
) -> Iterator[Prepared | Failure]:
    """Clean each raw document (``Prepared``), passing failures through.

    Split from :func:`extract_many` so a batch runner can look at the clean text (and so the
    ``doc_id``) before paying for the parse, e.g. to skip documents a previous run wrote.
    Documents over the :class:`Limits` become failures here, before the parser sees them.
    """
    from .ingest.prepare import prepare

    limits = limits or Limits.from_env()
    for item in items:
        if isinstance(item, Failure):
            yield item
            continue
        try:
            prepared = prepare(item)
        except NewsEventsError as exc:
            yield exc.failure(item.input)
            continue
        except Exception as exc:  # a reader/cleaner bug must cost one document, not the batch
            yield ProcessingError("E013", detail=f"{type(exc).__name__}: {exc}").failure(item.input)
            continue
        yield check_limits(prepared, limits) or prepared


def _analysed(doc: Doc, prepared: Prepared, limits: Limits) -> Document | Failure:
    try:
        ctx = analyse(doc, parse_day(prepared.published), time_budget=limits.time_budget,
                      dateline=dateline_of(prepared.removed))
        return build_document(ctx, prepared)
    except NewsEventsError as exc:
        return exc.failure(prepared.input)
    except Exception as exc:
        return ProcessingError("E020", detail=f"{type(exc).__name__}: {exc}").failure(
            prepared.input
        )
    finally:
        release_scans(doc)


def extract_prepared(
    items: Iterable[Prepared | Failure], *, batch_size: int = 16, limits: Limits | None = None
) -> Iterator[Document | Failure]:
    """Parse and analyse prepared documents (``Prepared`` or ``Failure``), in order.

    Documents go to ``nlp.pipe`` a chunk at a time (memory stays bounded by the chunk). Should
    the parser fail on a chunk, its documents are parsed one by one so only the culprit fails.
    """
    limits = limits or Limits.from_env()
    iterator = iter(items)
    while True:
        chunk = list(itertools.islice(iterator, batch_size))
        if not chunk:
            return
        todo = [item for item in chunk if not isinstance(item, Failure)]
        parsed: dict[int, Doc | Failure]
        try:
            docs = nlp.parse_many([p.text for p in todo], batch_size)
            parsed = dict(zip(map(id, todo), docs, strict=True))
        except Exception:
            parsed = {}
            for prepared in todo:
                try:
                    parsed[id(prepared)] = nlp.parse(prepared.text)
                except Exception as exc:
                    parsed[id(prepared)] = ProcessingError(
                        "E020", detail=f"{type(exc).__name__}: {exc}"
                    ).failure(prepared.input)
        for item in chunk:
            if isinstance(item, Failure):
                yield item
                continue
            result = parsed[id(item)]
            yield result if isinstance(result, Failure) else _analysed(result, item, limits)


def extract_many(
    items: Iterable[RawDocument | Failure],
    *,
    batch_size: int = 16,
    limits: Limits | None = None,
) -> Iterator[Document | Failure]:
    """Process a stream of raw documents in order, yielding a Document or a Failure for each.

    Memory stays bounded: documents flow through ``nlp.pipe`` in chunks and nothing collects
    the whole stream. Bad documents become :class:`Failure` records; the stream goes on.
    """
    limits = limits or Limits.from_env()
    yield from extract_prepared(prepare_many(items, limits), batch_size=batch_size, limits=limits)


def extract_paths(
    paths: Iterable[str | Path],
    *,
    published: str | None = None,
    force_published: bool = False,
    url: str | None = None,
    batch_size: int = 16,
) -> Iterator[Document | Failure]:
    """Read files/folders with the ingest readers and process every document found.

    ``published`` dates the documents that carry no date of their own; ``force_published``
    makes it every document's date (see :func:`newsevents.ingest.read_paths`).
    """
    from .ingest import read_paths

    raws = read_paths(paths, published=published, force_published=force_published, url=url)
    yield from extract_many(raws, batch_size=batch_size)


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


def extract_html(html: str, *, published: str | None = None, url: str | None = None) -> Document:
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
