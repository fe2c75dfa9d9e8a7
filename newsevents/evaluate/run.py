"""Running the real pipeline over gold texts: one door for every events-side evaluation.

The events, PLOVER, ConfliBERT and non-political scorers all ask the same question — what does
the pipeline find in this text, published then? — and must get the same answer.
"""

from __future__ import annotations

from ..records import Document, Event, RawDocument


def pipeline_documents(items: list[tuple[str, str, str | None]]) -> list[Document | None]:
    """The real pipeline's document for each ``(id, text, published)``, in input order.

    A document the pipeline fails on is ``None`` (it still counts against recall).
    """
    from ..pipeline import extract_many

    raws = [
        RawDocument(
            input=f"gold:{ident}",
            text=text,
            published=published,
            published_source="cli" if published else "unknown",
        )
        for ident, text, published in items
    ]
    return [result if isinstance(result, Document) else None for result in extract_many(raws)]


def pipeline_events(items: list[tuple[str, str, str | None]]) -> list[list[Event]]:
    """Events the real pipeline finds in each ``(id, text, published)``, in input order."""
    return [list(doc.events) if doc is not None else [] for doc in pipeline_documents(items)]
