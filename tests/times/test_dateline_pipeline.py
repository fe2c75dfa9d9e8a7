"""A yearless wire dateline that cleaning removes still sets the reference day of ``extract``
(the public function the CLI uses) — articles written for these tests."""

from __future__ import annotations

import datetime as dt

from newsevents import extract_html, extract_text, from_json, to_json
from newsevents.ingest.clean.cleaner import clean
from newsevents.ingest.dates import prefix_day
from newsevents.records import Document
from newsevents.times.reference import reference_day

# Filed in Oslo on Friday March 14; the desk's clock already says Saturday March 15.
ARTICLE = (
    "OSLO, March 14 (Xinhua) -- Norway's foreign minister on Thursday accused Russia of "
    "violating the fishing agreement, and the government said today that it would expel two "
    "Russian diplomats tomorrow.\n\n"
    "The minister will meet his Swedish counterpart on Sunday to discuss the dispute."
)
PUBLISHED = "2025-03-15"


def _time(doc: Document, text: str) -> str | None:
    return next(t.value for t in doc.times if t.text == text)


def test_cleaning_records_the_day_of_the_dateline_it_removes() -> None:
    cleaned = clean(ARTICLE)
    assert not cleaned.text.startswith("OSLO")
    (dateline,) = [r for r in cleaned.removed if r.reason == "wire-dateline"]
    assert dateline.text == "OSLO, March 14 (Xinhua) --"
    assert dateline.day == "--03-14"
    assert cleaned.dateline is None  # no year: never a publication date
    assert prefix_day("OSLO, March 15, 2025") == "2025-03-15"
    assert prefix_day("OSLO") is None
    assert prefix_day("OSLO, Feb. 30") is None


def test_a_removed_dateline_is_a_reference_day_a_day_behind_publication() -> None:
    sunday = dt.date(2025, 3, 16)
    assert reference_day("The union rejected the offer.", sunday, "--03-15") == dt.date(2025, 3, 15)
    assert reference_day("The union rejected the offer.", sunday, "--03-02") == sunday
    assert reference_day("The union rejected the offer.", None, "--03-15") is None
    assert reference_day("The union rejected it.", None, "2025-03-15") == dt.date(2025, 3, 15)
    # a dateline still in the text wins over one cleaning removed
    kept = "OSLO, March 14 -- The union rejected the offer."
    assert reference_day(kept, sunday, "--03-15") == dt.date(2025, 3, 14)


def test_extract_reads_today_and_event_dates_from_the_removed_dateline() -> None:
    doc = extract_text(ARTICLE, published=PUBLISHED)
    assert doc.text.startswith("Norway's foreign minister")
    assert _time(doc, "today") == "2025-03-14"
    assert _time(doc, "tomorrow") == "2025-03-15"
    assert _time(doc, "Thursday") == "2025-03-13"
    assert _time(doc, "Sunday") == "2025-03-16"
    said = [e for e in doc.events if e.date is not None and e.date.text == "today"]
    assert said and said[0].date is not None and said[0].date.value == "2025-03-14"
    (dateline,) = [r for r in doc.removed if r.reason == "wire-dateline"]
    assert dateline.day == "--03-14"
    assert from_json(Document, to_json(doc)).removed == doc.removed


def test_extract_keeps_the_publication_date_when_the_dateline_is_days_away() -> None:
    doc = extract_text(ARTICLE.replace("March 14", "March 9"), published=PUBLISHED)
    assert _time(doc, "today") == "2025-03-15"


def test_extract_html_reads_the_dateline_of_the_first_paragraph() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n"))
    html = (
        "<html><head><title>Union rejects wage offer</title>"
        '<meta property="article:published_time" content="2025-03-15T01:10:00+08:00">'
        f"</head><body><article><h1>Union rejects wage offer</h1>{paragraphs}</article>"
        "</body></html>"
    )
    doc = extract_html(html)
    assert doc.published == PUBLISHED
    assert _time(doc, "today") == "2025-03-14"
    assert _time(doc, "tomorrow") == "2025-03-15"


def test_a_dateline_after_a_title_line_or_written_day_first_is_read() -> None:
    sunday = dt.date(2025, 3, 16)
    titled = "Union rejects wage offer\nOSLO, March 15 -- The union today rejected the offer."
    assert reference_day(titled, sunday) == dt.date(2025, 3, 15)
    day_first = "KUALA LUMPUR, 15 March (Bernama) -- The union today rejected the offer."
    assert reference_day(day_first, sunday) == dt.date(2025, 3, 15)
    sentence = "The union met on Friday.\nOSLO, March 15 -- The union today rejected it."
    assert reference_day(sentence, sunday) == sunday  # a sentence before it: no dateline
    cleaned = clean(day_first)
    assert cleaned.text.startswith("The union")
    assert [r.day for r in cleaned.removed] == ["--03-15"]
