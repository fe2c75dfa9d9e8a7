"""The single writer of a run: merges copies, writes Parquet (and DuckDB), records progress.

Outcomes arrive in input order from either engine. Documents wait in a bounded buffer until the
next flush, which is where syndicated copies are settled:

* a document whose story (see :mod:`.dedup`) was first seen in the same buffer joins it; at the
  flush the story's canonical document is the earliest published, then the longest (most
  complete), then the smallest ``doc_id``; it is written with every copy listed in
  ``source.copies``, and each copy also gets a row in the ``copies`` table;
* a document whose story was already flushed only gets a ``copies`` row pointing at the written
  canonical document: Parquet files are never rewritten, so ``documents.copies`` lists the copies
  known when it was written and the ``copies`` table is the complete list.

Copies contribute no actors, events or quotes of their own, so every event is counted once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow.parquet as pq

from ..dates import parse_day
from ..records import Document, Failure
from ..store.rows import document_rows
from .dedup import DedupIndex
from .state import InputFile, InputManifest
from .work import Outcome
from .writer import STATE_DIR, ParquetWriter, failure_row


@dataclass
class RunSummary:
    """Counts of one run, updated as it goes (the progress display reads it)."""

    documents: int = 0  # written as (canonical) documents
    copies: int = 0  # merged into another document as syndicated copies
    duplicates: int = 0  # same doc_id as a document of this run (only with dedup off)
    skipped: int = 0  # written by an earlier run
    skipped_inputs: int = 0  # unchanged input files done by an earlier run
    failures: int = 0
    events: int = 0
    files: int = 0  # Parquet files written by the flushes
    compacted: int = 0  # of those (and earlier runs' in the same folders), merged at the end
    seen: int = 0  # outcomes received
    failure_lines: list[str] = field(default_factory=list)

    @property
    def processed(self) -> int:
        return self.documents + self.copies + self.duplicates + self.failures


@dataclass
class _Story:
    """A story first seen in the current buffer, with the documents that carry it."""

    number: int
    members: list[tuple[Document, float]]  # (document, similarity to the first member)


class Sink:
    """Receives outcomes in order and writes them; call :meth:`close` at the end."""

    def __init__(
        self,
        out: Path,
        *,
        run_id: str,
        inputs: Sequence[InputFile | None],
        store: Any = None,
        dedup: bool = True,
        flush_every: int = 1000,
        keep_failure_lines: int = 1000,
        compact: bool = True,
    ) -> None:
        self.out = out
        self.summary = RunSummary()
        self._writer = ParquetWriter(out, run_id)
        self._manifest = InputManifest(out)
        self._inputs = inputs
        self._next_unmarked = 0
        self._done_pending: list[InputFile] = []
        self._store = store
        self._dedup = DedupIndex() if dedup else None
        self._flush_every = flush_every
        self._compact = compact
        self._keep_failure_lines = keep_failure_lines
        self._stories: dict[int, _Story] = {}  # stories whose canonical is not written yet
        self._pending_docs = 0
        self._store_batch: list[Document] = []  # written to DuckDB in one transaction per flush
        self._ids_this_run: set[str] = set()
        if self._dedup is not None:
            self._load_signatures()

    # ----------------------------------------------------------------- input

    def add(self, outcome: Outcome) -> None:
        self.summary.seen += 1
        self._mark_inputs_before(outcome.file)
        if outcome.failure is not None:
            self._add_failure(outcome.failure)
        elif outcome.skipped is not None:
            self.summary.skipped += 1
        elif outcome.document is not None:
            self._add_document(outcome.document, outcome.signature)
        if self._pending_docs >= self._flush_every:
            self.flush()

    def _add_failure(self, failure: Failure) -> None:
        self.summary.failures += 1
        if len(self.summary.failure_lines) < self._keep_failure_lines:
            self.summary.failure_lines.append(failure.line())
        self._writer.add_flat("failures", failure_row(failure))
        if self._store is not None:
            self._store.record_failure(failure)

    def _add_document(self, doc: Document, sig_bytes: bytes | None) -> None:
        if self._dedup is None or sig_bytes is None:
            if doc.doc_id in self._ids_this_run:
                self.summary.duplicates += 1
                return
            self._ids_this_run.add(doc.doc_id)
            self._write_document(doc)
            self._pending_docs += 1
            return
        sig = np.frombuffer(sig_bytes, dtype=np.uint32)
        match = self._dedup.find(sig)
        if match is None:
            number = self._dedup.add(doc.doc_id, sig)
            self._stories[number] = _Story(number, [(doc, 1.0)])
        elif match.number in self._stories:
            self._stories[match.number].members.append((doc, match.similarity))
        else:  # the story's canonical document is already written
            self._write_copy(match.story, doc, match.similarity)
        self._pending_docs += 1

    def _mark_inputs_before(self, file: int) -> None:
        """Outcomes come in input order: once file k shows up, every earlier file is complete."""
        while self._next_unmarked < min(file, len(self._inputs)):
            item = self._inputs[self._next_unmarked]
            if item is not None:
                self._done_pending.append(item)
            self._next_unmarked += 1

    # ----------------------------------------------------------------- output

    def _write_document(self, doc: Document) -> None:
        tables = document_rows(doc)
        self._writer.add_document_rows(tables, parse_day(doc.published))
        self.summary.documents += 1
        self.summary.events += len(doc.events)
        if self._store is not None:
            self._store_batch.append(doc)

    def _write_copy(self, canonical_id: str, copy: Document, score: float) -> None:
        self._writer.add_flat(
            "copies",
            {
                "doc_id": canonical_id,
                "copy_doc_id": copy.doc_id,
                "input": copy.source.path,
                "source_path": copy.source.path,
                "source_url": copy.source.url,
                "outlet": copy.source.outlet,
                "published": parse_day(copy.published),
                "similarity": score,
            },
        )
        self.summary.copies += 1

    def _settle_stories(self) -> None:
        assert self._dedup is not None
        for story in self._stories.values():
            docs = [doc for doc, _ in story.members]
            canonical = min(docs, key=_canonical_order)
            copies = [(d, s) for d, s in story.members if d is not canonical]
            if copies:
                listed = tuple(_copy_label(d) for d, _ in copies)
                canonical = dataclasses.replace(
                    canonical,
                    source=dataclasses.replace(
                        canonical.source, copies=canonical.source.copies + listed
                    ),
                )
            self._dedup.rename(story.number, canonical.doc_id)
            self._write_document(canonical)
            self._writer.add_flat(
                f"{STATE_DIR}/signatures",
                {
                    "doc_id": canonical.doc_id,
                    "signature": self._dedup.signature_of(story.number).tobytes(),
                },
            )
            for doc, score in copies:
                self._write_copy(canonical.doc_id, doc, score)
        self._stories.clear()

    def flush(self) -> None:
        """Write the buffer as one batch of files, then record the inputs it completed.

        The store is written before the Parquet files: a rerun skips the documents the Parquet
        output already holds, so a kill between the two must leave them missing from Parquet
        (written again next time, and skipped by the store as present), never from the store."""
        if self._dedup is not None:
            self._settle_stories()
        before = self._writer.files_written
        if self._store is not None and self._store_batch:
            self._store.write_many(self._store_batch)
        self._store_batch.clear()
        self._writer.flush()
        self.summary.files += self._writer.files_written - before
        self._manifest.mark_done(self._done_pending)
        self._done_pending.clear()
        self._pending_docs = 0

    def close(self) -> RunSummary:
        """Flush what is left, mark every input done, and compact the partitions written to.

        Compaction comes after the manifest is written: a run killed while compacting has all
        its rows on disk (the journal of :mod:`.compact` finishes the swap at the next start).
        """
        self._mark_inputs_before(len(self._inputs))
        self.flush()
        if self._compact:
            self.summary.compacted += self._writer.compact()
        return self.summary

    def _load_signatures(self) -> None:
        """Reload the stories of earlier runs so their new copies still merge."""
        assert self._dedup is not None
        folder = self.out / STATE_DIR / "signatures"
        if not folder.exists():
            return
        for path in sorted(folder.glob("part-*.parquet")):
            table = pq.read_table(path)
            for doc_id, sig in zip(
                table.column("doc_id").to_pylist(),
                table.column("signature").to_pylist(),
                strict=True,
            ):
                self._dedup.add(doc_id, np.frombuffer(sig, dtype=np.uint32))


def _canonical_order(doc: Document) -> tuple[bool, dt.date, int, str]:
    """Earliest publication first (undated last), then the longest text, then the smallest id."""
    day = parse_day(doc.published)
    return (day is None, day or dt.date.max, -len(doc.text), doc.doc_id)


def _copy_label(doc: Document) -> str:
    return doc.source.url or doc.source.path or doc.doc_id
