"""Fuzz targets shared by the bounded CI run (test_fuzz.py) and the long run (benchmarks/fuzz.py).

Each target takes one generated input, feeds it through a reader (or the whole extract path) and
checks the one promise newsevents makes about bad input: it never raises; every result is a
record or a :class:`~newsevents.records.Failure` with a numbered code from the catalogue.
"""

from __future__ import annotations

import io
import json
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from newsevents.errors import CATALOGUE
from newsevents.pipeline import Limits, extract_many, prepare_many
from newsevents.records import Document, Failure, RawDocument

_TMP = Path(tempfile.mkdtemp(prefix="newsevents-fuzz-"))
_LIMITS = Limits(max_chars=50_000, max_sentences=2_000, time_budget=30)


def _check(results: Iterable[Any], *, allowed: tuple[type, ...]) -> int:
    n = 0
    for result in results:
        n += 1
        assert isinstance(result, (*allowed, Failure)), type(result)
        if isinstance(result, Failure):
            assert result.code in CATALOGUE, result
            assert result.message and "\n" not in result.line(), result
    return n


def _through_readers(data: bytes, name: str) -> None:
    """Write the bytes as a file and read + clean it (no parse: fast enough for 100k inputs)."""
    from newsevents.ingest import read_paths

    path = _TMP / name
    path.write_bytes(data)
    raws = list(read_paths([path]))
    _check(raws, allowed=(RawDocument,))
    from newsevents.ingest.prepare import Prepared

    _check(prepare_many(raws, _LIMITS), allowed=(Prepared,))


# --------------------------------------------------------------------------- strategies

_words = st.sampled_from(
    [
        "the",
        "minister",
        "said",
        "talks",
        "Russia",
        "Poland",
        "«",
        "»",
        "“",
        "”",
        "‘",
        "’",
        "—",
        "–",
        "\xa0",
        "\u200b",
        "\ufeff",
        "é",
        "ü",
        "中",
        "عربى",
        "<b>",
        "</p>",
        "&",
        "&amp;",
        "&#x0;",
        "\x00",
        "\x1b",
        "\r\n",
        "\n\n",
        ".",
        "?",
        "!",
        "2025",
        "©",
        "Share.",
        "###",
    ]
)
text_strategy = st.one_of(
    st.binary(max_size=2_000),
    st.text(max_size=2_000).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.lists(_words, max_size=300).map(lambda w: " ".join(w).encode("utf-8")),
    st.lists(_words, max_size=300).map(lambda w: " ".join(w).encode("utf-16")),
    st.lists(_words, max_size=300).map(lambda w: " ".join(w).encode("latin-1", "replace")),
)

_tags = st.sampled_from(["div", "p", "span", "article", "table", "td", "script", "style", "a"])


@st.composite
def html_strategy(draw: Callable[..., Any]) -> bytes:
    depth = draw(st.integers(min_value=0, max_value=3_000))
    tag = draw(_tags)
    body = draw(st.lists(_words, max_size=200).map(" ".join))
    head = draw(st.sampled_from(["<!doctype html>", "<html>", "", "<?xml version='1.0'?>"]))
    meta = draw(
        st.sampled_from(
            [
                "",
                '<meta charset="latin-1">',
                '<meta property="article:published_time" content="2025-13-45">',
            ]
        )
    )
    truncate = draw(st.integers(min_value=0, max_value=100))
    page = f"{head}<head>{meta}<title>{body[:40]}</title></head><body>" + f"<{tag}>" * depth
    page += f"<p>{body}</p>" + f"</{tag}>" * (depth // 2) + "</body></html>"
    raw = page.encode("utf-8", "surrogatepass")
    return raw[: max(1, len(raw) * truncate // 100)] if truncate < 100 else raw


json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=200),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=20,
)


@st.composite
def jsonl_strategy(draw: Callable[..., Any]) -> bytes:
    lines = []
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        kind = draw(st.integers(min_value=0, max_value=3))
        if kind == 0:
            record: Any = {
                draw(st.sampled_from(["text", "html", "body"])): draw(
                    st.lists(_words, max_size=80).map(" ".join)
                ),
                "url": draw(st.one_of(st.none(), st.text(max_size=50), st.integers())),
                "published": draw(
                    st.one_of(st.none(), st.text(max_size=20), st.integers(), st.just("2025-03-14"))
                ),
            }
            lines.append(json.dumps(record))
        elif kind == 1:
            lines.append(json.dumps(draw(json_value)))
        elif kind == 2:
            lines.append(draw(st.text(max_size=100)))
        else:
            lines.append("")
    return "\n".join(lines).encode("utf-8", "surrogatepass")


@st.composite
def feed_strategy(draw: Callable[..., Any]) -> bytes:
    title = draw(st.text(max_size=40))
    body = draw(st.lists(_words, max_size=100).map(" ".join))
    date = draw(
        st.sampled_from(["Thu, 13 Mar 2025 10:00:00 GMT", "yesterday", "", "2025-03-13T10:00:00Z"])
    )
    if draw(st.booleans()):
        doc = (
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title><item>'
            f"<title>{title}</title><link>{draw(st.text(max_size=30))}</link><pubDate>{date}</pubDate>"
            f"<description><![CDATA[{body}]]></description></item></channel></rss>"
        )
    else:
        doc = (
            f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>{title}</title>'
            f"<updated>{date}</updated><content type='html'>{body}</content></entry></feed>"
        )
    raw = doc.encode("utf-8", "surrogatepass")
    cut = draw(st.integers(min_value=1, max_value=len(raw)))
    return raw if draw(st.booleans()) else raw[:cut]


@st.composite
def warc_strategy(draw: Callable[..., Any]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=draw(st.booleans()))
    for i in range(draw(st.integers(min_value=1, max_value=3))):
        payload = draw(st.one_of(st.binary(max_size=500), html_strategy()))
        ctype = draw(
            st.sampled_from(
                [
                    "text/html; charset=utf-8",
                    "text/plain",
                    "application/pdf",
                    "text/html; charset=bogus",
                ]
            )
        )
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            f"http://example.org/{i}", "response", payload=io.BytesIO(payload), http_headers=headers
        )
        writer.write_record(record)
    raw = buffer.getvalue()  # record ids and dates vary: cut by a drawn share, not a length
    percent = draw(st.integers(min_value=1, max_value=100))
    return raw[: max(1, len(raw) * percent // 100)]


article_strategy = st.one_of(
    st.text(max_size=600),
    st.lists(_words, min_size=1, max_size=150).map(" ".join),
)

# --------------------------------------------------------------------------- targets


def target_text(data: bytes) -> None:
    _through_readers(data, "input.txt")


def target_noext(data: bytes) -> None:
    _through_readers(data, "input")  # no extension: the sniffer decides


def target_html(data: bytes) -> None:
    _through_readers(data, "page.html")


def target_jsonl(data: bytes) -> None:
    _through_readers(data, "records.jsonl")


def target_feed(data: bytes) -> None:
    _through_readers(data, "feed.xml")


def target_warc(data: bytes) -> None:
    _through_readers(data, "crawl.warc.gz" if data[:2] == b"\x1f\x8b" else "crawl.warc")


def target_extract(text: str) -> None:
    """The whole extract path: prepare, parse, every stage."""
    raw = RawDocument(input="<fuzz>", text=text, published="2025-03-14", published_source="cli")
    results = list(extract_many([raw], limits=_LIMITS))
    assert len(results) == 1
    _check(results, allowed=(Document,))
    doc = results[0]
    if isinstance(doc, Document):
        for record in (*doc.actors, *doc.quotes, *doc.times, *doc.places):
            assert 0 <= record.start <= record.end <= len(doc.text), record
        for event in doc.events:
            assert (
                0
                <= event.sentence.start
                <= event.trigger.start
                <= event.trigger.end
                <= len(doc.text)
            )


#: name → (target, strategy); the long run divides its input budget over these.
TARGETS: dict[str, tuple[Callable[[Any], None], st.SearchStrategy[Any]]] = {
    "text": (target_text, text_strategy),
    "noext": (target_noext, text_strategy),
    "html": (target_html, html_strategy()),
    "jsonl": (target_jsonl, jsonl_strategy()),
    "feed": (target_feed, feed_strategy()),
    "warc": (target_warc, warc_strategy()),
    "extract": (target_extract, article_strategy),
}
