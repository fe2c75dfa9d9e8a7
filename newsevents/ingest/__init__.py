"""Readers: files and folders in, RawDocument (or Failure) records out.

:func:`read_paths` is the public entry: give it files and folders of any supported format (plain
text, HTML, JSONL, RSS/Atom, WARC, gzip of any of these) and it yields one
:class:`~newsevents.records.RawDocument` per article found, or a
:class:`~newsevents.records.Failure` with a numbered code for each input it cannot use. It never
raises for a bad input: a batch carries on. :func:`prepare` then turns a raw document into clean
text (see :mod:`newsevents.ingest.prepare`).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..records import Failure, RawDocument
from .dates import normalise_date
from .decode import check_size, gunzip, max_bytes
from .prepare import EXPLICIT_DATE_SOURCES, Prepared, prepare
from .readers import Options, feed, jsonl, plain, warc, webpage
from .sniff import HEAD_BYTES, Format, sniff

__all__ = ["Prepared", "prepare", "read_paths"]


def read_paths(
    paths: Iterable[str | Path],
    *,
    published: str | None = None,
    force_published: bool = False,
    url: str | None = None,
    max_bytes: int | None = None,
) -> Iterator[RawDocument | Failure]:
    """Every document in ``paths`` (files or folders, recursively), in a stable order.

    ``published`` (YYYY-MM-DD) is the run's default date: a document that has a date of its own
    (feed entry, JSONL field, HTML metadata, URL, dateline) keeps it, because a 2023 statement
    re-dated 2025 would also have its speaker coded by the wrong office
    (``published_source`` "cli-default"). With ``force_published`` the date is every document's
    (``published_source`` "cli"). ``url`` sets every document's URL. ``max_bytes`` caps each
    document (default 5 MB or ``$NEWSEVENTS_MAX_BYTES``); larger ones fail with E008.
    """
    options = Options(max_bytes=_max_bytes(max_bytes))
    override_date = normalise_date(published) if published else None
    for path in map(Path, paths):
        if published and override_date is None:
            yield InputError("E014", input=str(path), value=published).failure()
            continue
        for item in _read_any(path, options):
            if isinstance(item, RawDocument) and (override_date or url):
                item = _with_run_options(item, override_date, force_published, url)
            yield item


def _with_run_options(
    item: RawDocument, date: str | None, force: bool, url: str | None
) -> RawDocument:
    if date and (force or item.published_source not in EXPLICIT_DATE_SOURCES):
        item = dataclasses.replace(item, published=date,
                                   published_source="cli" if force else "cli-default")
    return dataclasses.replace(item, url=url) if url else item


def _max_bytes(value: int | None) -> int:
    return max_bytes(value)


def _read_any(path: Path, options: Options) -> Iterator[RawDocument | Failure]:
    if path.is_dir():
        yield from _read_folder(path, options)
    elif path.exists():
        yield from read_file(path, options)
    else:
        yield InputError("E001", input=str(path)).failure()


def _read_folder(folder: Path, options: Options) -> Iterator[RawDocument | Failure]:
    """Every non-hidden file under ``folder``, sorted so runs are reproducible."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield from read_file(Path(root) / name, options)


def read_file(path: Path, options: Options) -> Iterator[RawDocument | Failure]:
    """One file, whatever its format (sniffed from its content)."""
    input = str(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError as exc:
        yield InputError("E013", input=input, detail=exc.strerror or str(exc)).failure()
        return
    if not head.strip():
        yield InputError("E002", input=input).failure()
        return
    kind = sniff(head, path.name)
    if kind == "warc":
        yield from warc.read(path, options)
        return
    if kind == "jsonl":
        yield from jsonl.read(path, options)
        return
    try:
        check_size(size, input, options.max_bytes if kind != "gzip" else 10 * options.max_bytes)
        data = path.read_bytes()
        if kind == "gzip":
            data = gunzip(data, input, options.max_bytes)
            kind = sniff(data[:HEAD_BYTES], path.name.removesuffix(".gz"))
    except InputError as exc:
        yield exc.failure()
        return
    except OSError as exc:
        yield InputError("E013", input=input, detail=exc.strerror or str(exc)).failure()
        return
    yield from read_bytes(data, input, kind, options)


def read_bytes(
    data: bytes, input: str, kind: Format, options: Options
) -> Iterator[RawDocument | Failure]:
    """In-memory content of a known format (gzip'd JSONL/WARC are decompressed first)."""
    if kind == "gzip":  # gzip inside gzip: not something a scraper writes
        yield InputError("E003", input=input).failure()
        return
    if kind in ("warc", "jsonl"):
        import tempfile

        # streaming readers work on files: spill the decompressed bytes (rare path)
        with tempfile.TemporaryDirectory() as tmp:
            spilled = Path(tmp) / "data"
            spilled.write_bytes(data)
            reader = warc.read if kind == "warc" else jsonl.read
            for item in reader(spilled, options):
                yield _relabel(item, str(spilled), input)
        return
    if kind == "feed":
        yield from feed.read(data, input)
    elif kind == "html":
        yield from webpage.read(data, input)
    else:
        yield from plain.read(data, input)


def _relabel(item: RawDocument | Failure, old: str, new: str) -> RawDocument | Failure:
    return dataclasses.replace(item, input=new + item.input[len(old) :])
