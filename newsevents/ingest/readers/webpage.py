"""HTML files: decoded using the page's declared charset when strict UTF-8 fails.

Extraction (trafilatura) happens in :func:`newsevents.ingest.prepare.prepare`, the same path as
HTML from JSONL, feeds and WARC records, so every source of HTML is cleaned alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...errors import InputError
from ...records import Failure, RawDocument
from ..decode import decode

_CHARSET = re.compile(rb"""(?i)<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""")


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag, if any."""
    found = _CHARSET.search(data[:4096])
    return found.group(1).decode("ascii", errors="ignore") if found else None


def read(data: bytes, input: str) -> Iterator[RawDocument | Failure]:
    try:
        html = decode(data, input, declared=declared_charset(data))
    except InputError as exc:
        yield exc.failure()
        return
    yield RawDocument(input=input, html=html)
