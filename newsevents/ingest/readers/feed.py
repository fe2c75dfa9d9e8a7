"""RSS and Atom feeds (feedparser, on the file's bytes so it can honour the XML encoding).

Each entry becomes one document: its full content when the feed carries it, else its summary;
HTML content goes through the same extraction as web pages (as a fragment). The entry link is
the URL, its published (or updated) date the publication date, the feed title the outlet.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import time
from collections.abc import Iterator
from typing import Any

import feedparser

from ...errors import InputError
from ...records import Failure, RawDocument

_HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")
_TAG = re.compile(r"<[A-Za-z!/]")  # "HTML" summaries are often plain sentences
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")


def _date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            try:
                return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
            except ValueError:
                continue
    return None


def _body(entry: Any) -> tuple[str | None, str | None]:
    """(text, html) of an entry: the longest full content, else the summary."""
    candidates = [c for c in entry.get("content") or [] if (c.get("value") or "").strip()]
    if candidates:
        best = max(candidates, key=lambda c: len(c.get("value") or ""))
        value, kind = best.get("value"), best.get("type") or "text/html"
    else:
        value = entry.get("summary") or ""
        kind = (entry.get("summary_detail") or {}).get("type") or "text/html"
    if not value or not value.strip():
        return None, None
    if any(kind.startswith(t) for t in _HTML_TYPES) and _TAG.search(value):
        return None, value
    return html.unescape(value) if _ENTITY.search(value) else value, None


def read(data: bytes, input: str) -> Iterator[RawDocument | Failure]:
    try:
        parsed = feedparser.parse(data)
    except Exception as exc:  # feedparser is lenient; anything escaping it is a broken file
        yield InputError("E012", input=input, detail=str(exc)).failure()
        return
    entries = parsed.get("entries") or []
    if not entries:
        detail = str(parsed.get("bozo_exception") or "no entries")
        yield InputError("E012", input=input, detail=detail).failure()
        return
    outlet = (parsed.get("feed") or {}).get("title") or None
    for number, entry in enumerate(entries, start=1):
        where = f"{input}#{number}"
        text, html = _body(entry)
        if text is None and html is None:
            yield InputError("E015", input=where).failure()
            continue
        published = _date(entry)
        yield RawDocument(
            input=where,
            text=text,
            html=html,
            url=entry.get("link") or None,
            title=entry.get("title") or None,
            outlet=outlet,
            published=published,
            published_source="feed" if published else "unknown",
        )
