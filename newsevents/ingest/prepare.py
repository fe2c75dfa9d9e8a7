"""Raw document → prepared text: HTML extraction, cleaning, Unicode normalisation, language check.

:func:`prepare` is the one door between the readers and the NLP stage. Everything after it
(spaCy, actors, events …) works on ``Prepared.text`` and every span is an offset into it; what
cleaning removed is listed in ``removed`` with a reason, so nothing disappears silently.

Publication date, best evidence first: an explicit date (``--published``, feed, JSONL record or
the HTML's own metadata via htmldate) → a date in the URL or file name → a dateline line in the
text → the crawl date of a WARC record → unknown. A wrong date shifts every relative time in the
story, so weaker evidence never overrides stronger.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import InputError
from ..records import RawDocument, Removed, Source
from . import html as html_extraction
from .clean.cleaner import clean
from .dates import date_in_path
from .language import foreign_language, identify

#: ``published_source`` values that name the document's own date (never overridden).
EXPLICIT_DATE_SOURCES = frozenset({"cli", "html-meta", "feed", "jsonl"})


@dataclass(frozen=True)
class Prepared:
    """A document ready for the NLP stage: clean text plus metadata."""

    input: str
    text: str
    source: Source
    title: str | None
    published: str | None
    published_source: str
    language: str | None
    removed: tuple[Removed, ...] = field(default_factory=tuple)


def prepare(raw: RawDocument, *, check_language: bool = True) -> Prepared:
    """Clean one raw document; raises :class:`~newsevents.errors.InputError` when unusable.

    E002 when no text is left, E009 when HTML holds no article text, E007 when the text is
    confidently not English (skipped with ``check_language=False``, e.g. for the multilingual
    extraction benchmark).
    """
    title, outlet, url = raw.title, raw.outlet, raw.url
    html_date: str | None = None
    html_removed: tuple[Removed, ...] = ()
    if raw.text is not None and raw.text.strip():
        text = raw.text
    elif raw.html is not None and raw.html.strip():
        found = html_extraction.extract(raw.html, input=raw.input, url=raw.url)
        text = found.text
        title = title or found.title
        outlet = outlet or found.outlet
        url = url or found.url
        html_date = found.published
        html_removed = found.removed
    else:
        raise InputError("E002", input=raw.input)

    cleaned = clean(text)
    if not cleaned.text.strip():
        raise InputError("E002", input=raw.input)

    published, published_source = _publication_date(raw, url, html_date, cleaned.dateline)

    if check_language:
        language = foreign_language(cleaned.text)
        if language is not None:
            raise InputError("E007", input=raw.input, language=language)
        detected: str | None = "en"
    else:
        verdict = identify(cleaned.text)
        detected = verdict[0] if verdict else None

    return Prepared(
        input=raw.input,
        text=cleaned.text,
        source=Source(
            path=raw.input,
            url=url,
            outlet=outlet,
            syndicated_by=cleaned.syndicated_by,
            credits=cleaned.credits,
        ),
        title=title or cleaned.title,
        published=published,
        published_source=published_source,
        language=detected,
        removed=html_removed + cleaned.removed,
    )


def _publication_date(
    raw: RawDocument, url: str | None, html_date: str | None, dateline: str | None
) -> tuple[str | None, str]:
    if raw.published and raw.published_source in EXPLICIT_DATE_SOURCES:
        return raw.published, raw.published_source
    if html_date:
        return html_date, "html-meta"
    from_path = date_in_path(url) or date_in_path(raw.input)
    if from_path:
        return from_path, "url"
    if dateline:
        return dateline, "text"
    if raw.published:
        return raw.published, raw.published_source
    return None, "unknown"
