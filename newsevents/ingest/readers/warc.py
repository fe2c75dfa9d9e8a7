"""WARC archives (warcio), plain or gzip-compressed: one document per HTML/text capture.

Only ``response`` (HTTP status 200) and ``resource`` records whose content type is HTML or
plain text are articles; images, scripts, requests and metadata records are skipped. The
record's target URI is the URL and its WARC-Date the fallback publication date (the capture
date: the page's own date, when it has one, wins in ``prepare``). Each document's input is
``path#<WARC-Record-ID>`` so a failure points at the exact record.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ...errors import InputError
from ...records import Failure, RawDocument
from ..dates import normalise_date
from ..decode import decode
from . import Options

_HTML = ("text/html", "application/xhtml+xml")
_TEXT = ("text/plain",)


def _content_type(record: Any) -> str:
    if record.rec_type == "response" and record.http_headers is not None:
        value = record.http_headers.get_header("Content-Type")
    else:
        value = record.rec_headers.get_header("Content-Type")
    return (value or "").lower()


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip() == "charset" and value:
            return value.strip()
    return None


def _wanted(record: Any) -> bool:
    if record.rec_type not in ("response", "resource"):
        return False
    if record.rec_type == "response" and record.http_headers is not None:
        status = (record.http_headers.get_statuscode() or "").strip()
        if status and status != "200":
            return False
    return _content_type(record).startswith(_HTML + _TEXT)


def _document(record: Any, path: Path, options: Options) -> RawDocument:
    record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
    input = f"{path}#{record_id}"
    body = record.content_stream().read(options.max_bytes + 1)
    if len(body) > options.max_bytes:
        declared = record.rec_headers.get_header("Content-Length") or ""
        size = int(declared) if declared.isdigit() else f"over {options.max_bytes}"
        raise InputError("E008", input=input, size=size, limit=options.max_bytes)
    content_type = _content_type(record)
    text = decode(body, input, declared=_charset(content_type))
    published = normalise_date(record.rec_headers.get_header("WARC-Date"))
    html = content_type.startswith(_HTML)
    return RawDocument(
        input=input,
        text=None if html else text,
        html=text if html else None,
        url=record.rec_headers.get_header("WARC-Target-URI") or None,
        published=published,
        published_source="warc" if published else "unknown",
    )


def read(path: Path, options: Options) -> Iterator[RawDocument | Failure]:
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if not _wanted(record):
                    continue
                try:
                    yield _document(record, path, options)
                except InputError as exc:
                    yield exc.failure()
    except Exception as exc:  # warcio raises many kinds on damaged archives (found by fuzzing)
        detail = str(exc) if isinstance(exc, ArchiveLoadFailed) else f"{type(exc).__name__}: {exc}"
        yield InputError("E011", input=str(path), detail=detail.splitlines()[0]).failure()
