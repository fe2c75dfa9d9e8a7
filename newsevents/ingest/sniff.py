"""What is this file? Content sniffing, because scraped corpora rarely have honest extensions.

A crawler dump may call everything ``.txt`` or nothing at all; the first bytes decide: WARC magic
(also inside gzip), ``<rss``/``<feed`` for feeds, a doctype, ``<html`` or a handful of HTML tags
for web pages, lines of JSON objects for JSONL, and plain text otherwise.
"""

from __future__ import annotations

import codecs
import json
import re
import zlib
from typing import Literal

Format = Literal["warc", "gzip", "feed", "html", "jsonl", "text"]

#: How many leading bytes are enough to decide.
HEAD_BYTES = 65536

_FEED = re.compile(r"<(rss|feed|rdf:rdf)\b")
_HTML_START = re.compile(r"<(!doctype html|html|head|body)\b")
_HTML_TAG = re.compile(
    r"<(p|div|article|section|span|h[1-6]|br|meta|title|a|ul|li|table|main)\b[^>]*>"
)
_JSON_EXTS = (".jsonl", ".ndjson", ".jsonlines", ".json")


def is_gzip(head: bytes) -> bool:
    return head[:2] == b"\x1f\x8b"


def gzip_head(head: bytes) -> bytes:
    """The first decompressed bytes of gzip data (enough to sniff; errors give b"")."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 4096)
    except zlib.error:
        return b""


def head_text(head: bytes) -> str:
    """A lenient decoding of the head, only for sniffing."""
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if head.startswith(bom):
            data = head if codec == "utf-8-sig" else head[: len(head) // 2 * 2]
            return data.decode(codec, errors="ignore")
    return head.decode("utf-8", errors="ignore")


def sniff(head: bytes, name: str = "") -> Format:
    """The format of a file from its first bytes (and, only to break ties, its name)."""
    if head.startswith(b"WARC/"):
        return "warc"
    if is_gzip(head):
        return "warc" if gzip_head(head).startswith(b"WARC/") else "gzip"
    text = head_text(head).lstrip()
    lowered = text[:4096].lower()
    if lowered.startswith("<?xml"):
        return "feed" if _FEED.search(lowered[:3000]) else "html"
    if _FEED.match(lowered):
        return "feed"
    if _HTML_START.match(lowered) or lowered.startswith("<!--"):
        return "html"
    if text.startswith("{") and _first_line_is_object(text, name):
        return "jsonl"
    if len(_HTML_TAG.findall(lowered)) >= 3:
        return "html"
    return "text"


def _first_line_is_object(text: str, name: str) -> bool:
    first = text.split("\n", 1)[0].strip()
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        # the head may cut a long first line; trust an explicit JSONL extension then
        return name.lower().endswith(_JSON_EXTS) and "\n" not in text[: len(first) + 1]
