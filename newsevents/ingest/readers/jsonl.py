"""JSONL files: one article per line, ``{"text"|"html", "url", "published", "title", "outlet"}``.

The file is streamed line by line (a JSONL dump can be far larger than memory); the size cap
applies per line. A bad line becomes a Failure naming ``path:LINE`` and the rest carry on.
Common alternative key names used by scrapers are accepted (see docs/input-formats.md).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ...errors import InputError
from ...records import Failure, RawDocument
from ..dates import normalise_date
from ..decode import decode
from . import Options

#: Field → accepted keys, first present wins.
KEYS: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "maintext", "article"),
    "html": ("html", "raw_html", "content_html"),
    "url": ("url", "link", "source_url", "uri"),
    "published": ("published", "date", "published_at", "publish_date", "pub_date", "datetime"),
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "sitename", "site_name", "site", "publisher", "domain"),
}


def _field(record: dict[str, Any], name: str) -> str | None:
    for key in KEYS[name]:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value
        if isinstance(value, dict) and name == "outlet":  # {"source": {"name": "Reuters"}}
            inner = value.get("name") or value.get("title")
            if isinstance(inner, str) and inner.strip():
                return inner
    return None


def parse_line(line: bytes, input: str) -> RawDocument:
    """One JSONL line → RawDocument; raises E005/E006 for a bad record."""
    text = decode(line, input)
    try:
        record = json.loads(text)
    except ValueError as exc:
        raise InputError("E005", input=input, detail=str(exc).split(":")[0]) from exc
    if not isinstance(record, dict):
        raise InputError("E005", input=input, detail=f"a JSON {type(record).__name__}")
    body, html = _field(record, "text"), _field(record, "html")
    if body is None and html is None:
        raise InputError("E006", input=input)
    published = normalise_date(_field(record, "published"))
    return RawDocument(
        input=input,
        text=body,
        html=None if body is not None else html,
        url=_field(record, "url"),
        title=_field(record, "title"),
        outlet=_field(record, "outlet"),
        published=published,
        published_source="jsonl" if published else "unknown",
    )


def read(path: Path, options: Options) -> Iterator[RawDocument | Failure]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputError("E013", input=str(path), detail=exc.strerror or str(exc)).failure()
        return
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            input = f"{path}:{number}"
            try:
                if len(line) > options.max_bytes:
                    raise InputError("E008", input=input, size=len(line), limit=options.max_bytes)
                yield parse_line(line, input)
            except InputError as exc:
                yield exc.failure()
