"""HTML → article text and metadata with trafilatura (text, title, site name, URL) and htmldate.

One call to ``trafilatura.bare_extraction`` gives both the main text and the metadata; its date
comes from htmldate (``find_date`` with ``original_date=True``: the publication date, not the last
modification). The extraction options are shared with the evaluation
(:mod:`newsevents.evaluate.extraction`) so the baseline there is exactly what this module runs.

Feed entries and JSONL records often carry an HTML *fragment* (a few ``<p>``), which trafilatura's
page-level boilerplate detection may judge too short; a fragment falls back to plain HTML-to-text
conversion, since a fragment has no page chrome to remove.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import trafilatura
from trafilatura.utils import load_html

from ..errors import InputError
from ..records import Removed
from .clean.markup import strip_widgets
from .dates import normalise_date

#: trafilatura options for the article text. Comments are not the story; tables often are
#: (casualty counts, vote results); recall is favoured so no paragraph of the story is lost —
#: the cleaning rules remove the chrome that extra recall lets through.
EXTRACT_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "include_formatting": False,
    "include_links": False,
    "include_images": False,
    "favor_recall": True,
    "deduplicate": False,
}

#: htmldate options: the original publication date, searching the whole page when needed.
DATE_OPTIONS: dict[str, Any] = {"original_date": True, "extensive_search": True}

#: A whole page yielding fewer words than this has no article (a stray menu item).
MIN_WORDS = 5

_PAGE = re.compile(r"(?i)<\s*(html|body|head)\b")


@dataclass(frozen=True)
class Extracted:
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    removed: tuple[Removed, ...] = ()  # widgets dropped from the markup (clean.markup)


def is_fragment(html: str) -> bool:
    """True for an HTML snippet (feed/JSONL content) rather than a whole page."""
    return _PAGE.search(html[:5000]) is None


def extract(html: str, *, input: str, url: str | None = None) -> Extracted:
    """Main text and metadata of an HTML page or fragment; E009 when there is no text."""
    removed: list[Removed] = []
    page: Any = html
    try:
        tree = load_html(html)
        if tree is not None:
            removed = strip_widgets(tree)
            page = tree
    except Exception:  # unparsable markup: let trafilatura try the string itself
        page = html
    try:
        doc = trafilatura.bare_extraction(
            page,
            url=url,
            with_metadata=True,
            date_extraction_params=DATE_OPTIONS,
            **EXTRACT_OPTIONS,
        )
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        raise InputError("E009", input=input) from exc
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text and is_fragment(html):
        text = (trafilatura.html2txt(html) or "").strip()
    if not text or (len(text.split()) < MIN_WORDS and not is_fragment(html)):
        raise InputError("E009", input=input)  # nothing, or only a menu item ("Home")
    if doc is None:
        return Extracted(text=text, removed=tuple(removed))
    return Extracted(
        text=text,
        removed=tuple(removed),
        title=_clean(getattr(doc, "title", None)),
        outlet=_clean(getattr(doc, "sitename", None)),
        url=_clean(getattr(doc, "url", None)),
        published=normalise_date(getattr(doc, "date", None)),
    )


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
