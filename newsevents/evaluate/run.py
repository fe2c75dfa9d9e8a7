"""Running the real pipeline over gold texts: one door for every events-side evaluation.

The events, PLOVER, ConfliBERT and non-political scorers all ask the same question — what does
the pipeline find in this text, published then? — and must get the same answer.
"""

from __future__ import annotations

from ..errors import EvaluationError
from ..records import Document, Event, RawDocument

CRASH = "E021"  # a stage's own bug (pipeline.run_stages), not a limit the text ran into


def pipeline_documents(items: list[tuple[str, str, str | None]]) -> list[Document | None]:
    """The real pipeline's document for each ``(id, text, published)``, in input order.

    A document the pipeline fails on is ``None`` (it still counts against recall). A stage
    that crashes is different: a broken data file makes the events stage fail on every text,
    and the score would silently read as "found nothing". That raises ``EvaluationError``
    (E051) naming the stage and the first failure, so the gate fails loudly instead.
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
    results = list(extract_many(raws))
    pairs = list(zip(raws, results, strict=True))
    crashes = [(raw.input, err.stage, err.message) for raw, result in pairs
               if isinstance(result, Document) for err in result.errors if err.code == CRASH]
    crashes += [(raw.input, result.stage, result.message) for raw, result in pairs
                if not isinstance(result, Document) and result.code == CRASH]
    if crashes:
        where, stage, message = crashes[0]
        raise EvaluationError("E051", input=where, stage=stage, count=len(crashes),
                              detail=f"{where}: {message}")
    return [result if isinstance(result, Document) else None for result in results]


def pipeline_events(items: list[tuple[str, str, str | None]]) -> list[list[Event]]:
    """Events the real pipeline finds in each ``(id, text, published)``, in input order."""
    return [list(doc.events) if doc is not None else [] for doc in pipeline_documents(items)]
