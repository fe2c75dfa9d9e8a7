"""newsevents: news articles in, verifiable structured event data out.

The public surface is deliberately small (checked by ``tests/test_public_api.py``)::

    from newsevents import extract_text, extract_paths, Document
    doc = extract_text(article, published="2025-03-14")
    for event in doc.events: ...
"""

from typing import TYPE_CHECKING, Any

from .errors import NewsEventsError
from .pipeline import extract_html, extract_many, extract_paths, extract_text
from .records import (
    Actor,
    Document,
    Event,
    Failure,
    Place,
    Quote,
    RawDocument,
    TimeExpr,
    from_dict,
    from_json,
    to_dict,
    to_json,
)

if TYPE_CHECKING:
    from .store import EventFilter, Store

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Document",
    "Event",
    "EventFilter",
    "Failure",
    "NewsEventsError",
    "Place",
    "Quote",
    "RawDocument",
    "Store",
    "TimeExpr",
    "__version__",
    "extract_html",
    "extract_many",
    "extract_paths",
    "extract_text",
    "from_dict",
    "from_json",
    "to_dict",
    "to_json",
]


def __getattr__(name: str) -> Any:
    """``Store`` and ``EventFilter`` on first use: the store imports DuckDB and pyarrow, which
    a process that only extracts (a worker, ``extract_text``) never needs (~45 MB resident)."""
    if name in ("Store", "EventFilter"):
        from . import store

        return getattr(store, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
