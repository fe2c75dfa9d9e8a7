"""Every reader on a small real-style input: text, HTML, JSONL, RSS, Atom, WARC, folders, gzip."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path
from typing import Any

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsevents.ingest import prepare, read_paths
from newsevents.records import Failure, RawDocument

SAMPLES = Path(__file__).resolve().parents[2] / "newsevents" / "samples"

def _docs(paths: list[Any], **kwargs: Any) -> list[RawDocument]:
    items = list(read_paths(paths, **kwargs))
    failures = [i for i in items if isinstance(i, Failure)]
    assert not failures, [f.line() for f in failures]
    return [i for i in items if isinstance(i, RawDocument)]


def test_plain_text(write, story) -> None:  # type: ignore[no-untyped-def]
    (doc,) = _docs([write("story.txt", story)])
    assert doc.text == story and doc.html is None
    assert doc.published is None and doc.published_source == "unknown"


def test_html_file_text_and_metadata(write, html_page, paragraphs) -> None:  # type: ignore[no-untyped-def]
    path = write("page.html", html_page)
    (raw,) = _docs([path])
    assert raw.html is not None and raw.text is None
    prepared = prepare(raw)
    for paragraph in paragraphs:
        assert paragraph in prepared.text
    for chrome in ("Home", "Related stories", "Sweden raises defence budget", "Privacy"):
        assert chrome not in prepared.text
    assert prepared.title == "Finland to open talks on Nordic air-defence command"
    assert prepared.source.outlet == "Nordic Wire"
    assert prepared.source.url == "https://nordicwire.example/2024/05/14/finland-air-defence"
    assert (prepared.published, prepared.published_source) == ("2024-05-14", "html-meta")


def test_run_date_fills_in_and_never_overrides_a_page_date(write, html_page) -> None:  # type: ignore[no-untyped-def]
    path = write("page.html", html_page)
    (raw,) = _docs([path], published="2024-06-01", url="https://example.org/x")
    assert (raw.published, raw.published_source, raw.url) == (
        "2024-06-01",
        "cli-default",
        "https://example.org/x",
    )
    prepared = prepare(raw)
    assert (prepared.published, prepared.published_source) == ("2024-05-14", "html-meta")
    assert prepared.source.url == "https://example.org/x"


def test_forced_run_date_wins(write, html_page) -> None:  # type: ignore[no-untyped-def]
    path = write("page.html", html_page)
    (raw,) = _docs([path], published="2024-06-01", force_published=True)
    prepared = prepare(raw)
    assert (prepared.published, prepared.published_source) == ("2024-06-01", "cli")


def test_run_date_keeps_a_dateline_and_dates_the_undated(write, story) -> None:  # type: ignore[no-untyped-def]
    sample = (SAMPLES / "blinken_wang_call_2023-10-14.txt").read_text("utf-8")
    dated = write("readout.txt", sample)  # the date is in its dateline only
    undated = write("plain.txt", story)
    first, second = (prepare(raw) for raw in _docs([dated, undated], published="2025-01-02"))
    assert (first.published, first.published_source) == ("2023-10-14", "text")
    assert (second.published, second.published_source) == ("2025-01-02", "cli-default")


def test_bad_cli_date_is_e014(write, story) -> None:  # type: ignore[no-untyped-def]
    (failure,) = list(read_paths([write("a.txt", story)], published="14/13/2024"))
    assert isinstance(failure, Failure) and failure.code == "E014"


def test_jsonl_records_and_bad_lines(write, story, make_html) -> None:  # type: ignore[no-untyped-def]
    lines = [
        json.dumps(
            {
                "text": story,
                "url": "https://a.example/1",
                "published": "2024-05-14T10:00:00Z",
                "title": "T1",
                "outlet": "Wire A",
            }
        ),
        "{not json",
        json.dumps({"html": make_html(), "link": "https://b.example/2", "date": "May 15, 2024"}),
        json.dumps({"url": "https://c.example/3"}),
        json.dumps(["a", "list"]),
        "",
    ]
    path = write("batch.jsonl", "\n".join(lines))
    items = list(read_paths([path]))
    assert [type(i).__name__ for i in items] == [
        "RawDocument",
        "Failure",
        "RawDocument",
        "Failure",
        "Failure",
    ]
    first, bad, second, no_text, not_object = items
    assert isinstance(first, RawDocument) and first.input == f"{path}:1"
    assert (first.published, first.published_source, first.outlet) == (
        "2024-05-14",
        "jsonl",
        "Wire A",
    )
    assert isinstance(bad, Failure) and (bad.code, bad.input) == ("E005", f"{path}:2")
    assert isinstance(second, RawDocument) and second.html and second.url == "https://b.example/2"
    assert second.published == "2024-05-15"
    assert isinstance(no_text, Failure) and no_text.code == "E006"
    assert isinstance(not_object, Failure) and not_object.code == "E005"
    assert f"{path}:2" in bad.line() and "E005" in bad.line()


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Nordic Wire</title><link>https://nordicwire.example/</link>
<item><title>Finland to open talks</title><link>https://nordicwire.example/1</link>
<pubDate>Tue, 14 May 2024 08:30:00 GMT</pubDate>
<description>Short teaser.</description>
<content:encoded><![CDATA[{body}]]></content:encoded></item>
<item><title>Second story</title><link>https://nordicwire.example/2</link>
<pubDate>Wed, 15 May 2024 09:00:00 GMT</pubDate>
<description>Norway said on Wednesday it would buy two more frigates,
the defence ministry announced in Oslo.</description></item>
<item><title>Empty</title><link>https://nordicwire.example/3</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Nordic Wire Atom</title>
<id>urn:nordic</id><updated>2024-05-14T08:30:00Z</updated>
<entry><title>Finland to open talks</title><link href="https://nordicwire.example/a1"/>
<id>urn:a1</id><published>2024-05-14T08:30:00Z</published><updated>2024-05-16T08:30:00Z</updated>
<content type="html">{body}</content></entry>
<entry><title>Plain</title><link href="https://nordicwire.example/a2"/><id>urn:a2</id>
<updated>2024-05-17T08:30:00Z</updated>
<content type="text">Sweden said on Friday it had raised its defence budget
for next year.</content></entry>
</feed>"""


def test_rss_feed(write, paragraphs) -> None:  # type: ignore[no-untyped-def]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    path = write("feed.xml", RSS.format(body=body))
    items = list(read_paths([path]))
    first, second, empty = items
    assert isinstance(first, RawDocument) and first.html and first.input == f"{path}#1"
    assert (first.url, first.published, first.published_source) == (
        "https://nordicwire.example/1",
        "2024-05-14",
        "feed",
    )
    assert first.outlet == "Nordic Wire" and first.title == "Finland to open talks"
    prepared = prepare(first)
    assert all(p in prepared.text for p in paragraphs)  # full content, not the teaser
    assert isinstance(second, RawDocument) and second.published == "2024-05-15"
    assert "frigates" in prepare(second, check_language=False).text
    assert isinstance(empty, Failure) and empty.code == "E015"


def test_atom_feed(write, paragraphs) -> None:  # type: ignore[no-untyped-def]
    from xml.sax.saxutils import escape

    body = escape("".join(f"<p>{p}</p>" for p in paragraphs))
    path = write("atom", ATOM.format(body=body))  # no extension: sniffed
    first, second = _docs([path])
    assert first.outlet == "Nordic Wire Atom" and first.url == "https://nordicwire.example/a1"
    assert first.published == "2024-05-14"  # published, not updated
    assert paragraphs[0] in prepare(first).text
    assert second.text and second.html is None and second.published == "2024-05-17"


def _warc(html: str, text: str, *, compress: bool) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    http = StatusAndHeaders(
        "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
    )
    writer.write_record(
        writer.create_warc_record(
            "https://nordicwire.example/finland",
            "response",
            payload=io.BytesIO(html.encode("utf-8")),
            http_headers=http,
            warc_headers_dict={"WARC-Date": "2024-05-20T12:00:00Z"},
        )
    )
    image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            "https://nordicwire.example/logo.png",
            "response",
            payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(200)),
            http_headers=image,
        )
    )
    moved = StatusAndHeaders("301 Moved", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            "https://nordicwire.example/old",
            "response",
            payload=io.BytesIO(b"<html><body>moved</body></html>"),
            http_headers=moved,
        )
    )
    writer.write_record(
        writer.create_warc_record(
            "https://nordicwire.example/notes.txt",
            "resource",
            payload=io.BytesIO(text.encode("utf-8")),
            warc_content_type="text/plain",
            warc_headers_dict={"WARC-Date": "2024-05-21T12:00:00Z"},
        )
    )
    return out.getvalue()


def test_warc_plain_and_gzip(write, make_html, story, paragraphs) -> None:  # type: ignore[no-untyped-def]
    for name, compress in (("crawl.warc", False), ("crawl.warc.gz", True)):
        path = write(name, _warc(make_html(date="2024-05-14"), story, compress=compress))
        page, note = _docs([path])
        assert page.input.startswith(f"{path}#urn:uuid:")
        assert page.url == "https://nordicwire.example/finland"
        assert (page.published, page.published_source) == ("2024-05-20", "warc")
        prepared = prepare(page)
        # the page's own date beats the crawl date
        assert (prepared.published, prepared.published_source) == ("2024-05-14", "html-meta")
        assert paragraphs[2] in prepared.text
        assert note.text == story and note.url == "https://nordicwire.example/notes.txt"
        assert prepare(note).published == "2024-05-21"  # crawl date as the last resort


def test_corrupt_warc_keeps_earlier_records(write, make_html, story) -> None:  # type: ignore[no-untyped-def]
    good = _warc(make_html(), story, compress=False)
    path = write("broken.warc", good + b"this is not a warc header\r\n\r\n" + good)
    items = list(read_paths([path]))
    assert [type(i).__name__ for i in items] == ["RawDocument", "RawDocument", "Failure"]
    failure = items[-1]
    assert isinstance(failure, Failure) and failure.code == "E011" and str(path) in failure.line()


def test_folder_sniffs_content_not_extensions(write, make_html, story, paragraphs) -> None:  # type: ignore[no-untyped-def]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    write("corpus/a_page", make_html())
    write("corpus/b_notes", story)
    write("corpus/c_batch", json.dumps({"text": story, "url": "https://x.example/1"}) + "\n")
    write("corpus/sub/d_feed.txt", RSS.format(body=body))
    write("corpus/sub/e_archive", _warc(make_html(), story, compress=True))
    write("corpus/sub/f_page.html.gz", gzip.compress(make_html().encode()))
    write("corpus/.hidden", "ignored")
    items = list(read_paths([Path(write("corpus/b_notes", story)).parent]))
    failures = [i for i in items if isinstance(i, Failure)]
    assert [(f.code, Path(f.input).name) for f in failures] == [("E015", "d_feed.txt#3")]
    docs = [i for i in items if isinstance(i, RawDocument)]
    kinds = {
        Path(d.input.split("#")[0].split(":")[0]).name: ("html" if d.html else "text") for d in docs
    }
    assert kinds["a_page"] == "html"
    assert kinds["b_notes"] == "text"
    assert kinds["c_batch"] == "text" and any(d.input.endswith("c_batch:1") for d in docs)
    assert sum(1 for d in docs if "d_feed.txt#" in d.input) == 2
    assert sum(1 for d in docs if "e_archive#" in d.input) == 2
    assert kinds["f_page.html.gz"] == "html"
    assert not any(".hidden" in d.input for d in docs)
    # stable order: sorted walk
    again = [i.input for i in read_paths([Path(docs[0].input).parent])]
    assert [i.input for i in items] == again
