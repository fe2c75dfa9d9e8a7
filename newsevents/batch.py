"""The batch loop every sink runs: clean → skip a known ``doc_id`` → parse and analyse.

A document's ``doc_id`` is a hash of its clean text, so after cleaning (cheap) and before parsing
(the expensive step) a sink already knows whether it holds the document. The DuckDB ingest
(``store/ingest.py``) and the workers of both scale engines (``scale/work.py``) run this one loop
and differ only in what they do with its results: write them in transactions, or send them to
the Parquet writer.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from .ingest.prepare import Prepared
from .pipeline import extract_prepared, prepare_many
from .records import Document, Failure, RawDocument, doc_id_for


@dataclass(frozen=True, slots=True)
class Processed:
    """What the loop made of one input: a Document, a Failure, or the id of a known document."""

    index: int  # position of the input in the stream given to :func:`process`
    input: str  # reader locator (path, ``path:12`` for a JSONL line, ``path#id`` for WARC)
    document: Document | None = None
    failure: Failure | None = None
    known: str | None = None  # doc_id the sink holds already: cleaned, not parsed


def process(
    items: Iterable[RawDocument | Failure],
    *,
    is_known: Callable[[str], bool] | None = None,
    batch_size: int = 16,
) -> Iterator[Processed]:
    """One :class:`Processed` per item, streaming.

    ``is_known(doc_id)`` says whether the sink holds a document already (it may remember the ids
    it is asked about, to skip repeats within the stream). A known document is reported before
    the next parsed one, so results come in input order except that skips may come early.
    """
    indexes: deque[int] = deque()
    parsing: deque[tuple[int, str]] = deque()
    skipped: list[Processed] = []

    def raws() -> Iterator[RawDocument | Failure]:
        for index, item in enumerate(items):
            indexes.append(index)
            yield item

    def to_parse() -> Iterator[Prepared | Failure]:
        for prepared in prepare_many(raws()):
            index = indexes.popleft()
            if not isinstance(prepared, Failure) and is_known is not None:
                doc_id = doc_id_for(prepared.text)
                if is_known(doc_id):
                    skipped.append(Processed(index, prepared.input, known=doc_id))
                    continue
            parsing.append((index, prepared.input))
            yield prepared

    for result in extract_prepared(to_parse(), batch_size=batch_size):
        yield from skipped
        skipped.clear()
        index, input_ = parsing.popleft()
        if isinstance(result, Failure):
            yield Processed(index, result.input, failure=result)
        else:
            yield Processed(index, input_, document=result)
    yield from skipped
