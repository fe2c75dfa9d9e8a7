"""Ingest into a store: read, clean, skip what is already stored, parse the rest, write.

Why the steps are in this order: a document's ``doc_id`` is a hash of its clean text, so after
cleaning (cheap) and before parsing (the expensive step) we already know whether the store holds
it. Rerunning an interrupted ingest therefore only parses what the killed run did not commit.

Documents are written in small batches, each batch one transaction holding whole documents only,
so a kill at any moment leaves every document either fully stored or absent.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ..errors import NewsEventsError
from ..pipeline import extract_prepared, prepare_many
from ..records import Document, Failure, doc_id_for
from .database import Store

Status = Literal["stored", "duplicate", "failed"]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one input document."""

    status: Status
    input: str
    doc_id: str | None = None
    failure: Failure | None = None


@dataclass(slots=True)
class Summary:
    """Counts for a whole ingest run (what the CLI prints at the end)."""

    read: int = 0
    stored: int = 0
    duplicates: int = 0
    failed: int = 0

    def add(self, outcome: Outcome) -> None:
        self.read += 1
        if outcome.status == "stored":
            self.stored += 1
        elif outcome.status == "duplicate":
            self.duplicates += 1
        else:
            self.failed += 1

    @property
    def succeeded(self) -> int:
        """Documents now in the store from this run's inputs (new or already there)."""
        return self.stored + self.duplicates


def _input_of(doc: Document) -> str:
    return doc.source.path or doc.source.url or doc.doc_id


def ingest_items(store: Store, items: Iterable[Any], *, batch_size: int = 16) -> Iterator[Outcome]:
    """Store raw documents (``RawDocument``/``Failure``); yield one Outcome per document.

    Failures are recorded in the store's ``failures`` table as they come.
    """
    known = store.doc_ids()
    queued: set[str] = set()
    pending: list[Document] = []
    duplicates: list[Outcome] = []  # found while cleaning, reported with the next result

    def to_parse() -> Iterator[Any]:
        for item in prepare_many(items):
            if isinstance(item, Failure):
                yield item
                continue
            doc_id = doc_id_for(item.text)
            if doc_id in known or doc_id in queued:
                duplicates.append(Outcome("duplicate", item.input, doc_id))
                continue
            queued.add(doc_id)
            yield item

    def flush() -> Iterator[Outcome]:
        try:
            written = store.write_many(pending)
        except NewsEventsError as exc:
            for doc in pending:
                failure = exc.failure(_input_of(doc))
                store.record_failure(failure)
                yield Outcome("failed", failure.input, doc.doc_id, failure)
        else:
            for doc, fresh in zip(pending, written, strict=True):
                known.add(doc.doc_id)
                status: Status = "stored" if fresh else "duplicate"
                yield Outcome(status, _input_of(doc), doc.doc_id)
        pending.clear()

    for result in extract_prepared(to_parse(), batch_size=batch_size):
        yield from duplicates
        duplicates.clear()
        if isinstance(result, Failure):
            store.record_failure(result)
            yield Outcome("failed", result.input, None, result)
            continue
        pending.append(result)
        if len(pending) >= batch_size:
            yield from flush()
    yield from duplicates
    if pending:
        yield from flush()


def ingest_paths(
    store: Store,
    paths: Iterable[str | Path],
    *,
    published: str | None = None,
    force_published: bool = False,
    url: str | None = None,
    batch_size: int = 16,
) -> Iterator[Outcome]:
    """Read files/folders with the ingest readers and store every document found."""
    from ..ingest import read_paths

    raws = read_paths(paths, published=published, force_published=force_published, url=url)
    yield from ingest_items(store, raws, batch_size=batch_size)
