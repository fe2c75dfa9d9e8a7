"""The unit of work both engines run: a chunk of raw documents in, outcomes out.

The local process pool and the Ray actors call the same :func:`process_chunk`, which is why the
two engines produce the same records byte for byte: only the transport differs. Each outcome
carries what the single writer needs and nothing more: the Document (or Failure), and the MinHash
signature of its clean text so the text never has to be shingled twice.
"""

from __future__ import annotations

import pickle
from collections.abc import Sequence
from dataclasses import dataclass

from ..batch import process
from ..records import Document, Failure, RawDocument
from .dedup import signature
from .state import KnownIds


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one input document."""

    file: int  # index of the input file in this run's list
    input: str  # reader locator (path, ``path:12`` for a JSONL line, ``path#id`` for WARC)
    document: Document | None = None
    failure: Failure | None = None
    skipped: str | None = None  # doc_id written by an earlier run; not parsed again
    signature: bytes | None = None  # MinHash of the clean text (uint32 values), for dedup


Item = tuple[int, RawDocument | Failure]


def process_chunk(
    items: Sequence[Item],
    *,
    known: KnownIds | None = None,
    batch_size: int = 32,
    with_signatures: bool = True,
) -> list[Outcome]:
    """Clean, skip what is known, parse and analyse a chunk (the loop of :mod:`newsevents.batch`);
    one outcome per item, in order."""
    outcomes: list[Outcome | None] = [None] * len(items)
    is_known = known.__contains__ if known is not None and len(known) else None
    for done in process((raw for _, raw in items), is_known=is_known, batch_size=batch_size):
        doc = done.document
        sig = signature(doc.text).tobytes() if doc is not None and with_signatures else None
        outcomes[done.index] = Outcome(
            file=items[done.index][0], input=done.input, document=doc, failure=done.failure,
            skipped=done.known, signature=sig,
        )  # fmt: skip
    return [outcome for outcome in outcomes if outcome is not None]


def dumps(outcome: Outcome) -> bytes:
    """Serialise an outcome for transport (Ray rows, process pipes)."""
    return pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)


def loads(data: bytes) -> Outcome:
    outcome = pickle.loads(data)
    if not isinstance(outcome, Outcome):
        raise TypeError(f"expected an Outcome, got {type(outcome).__name__}")
    return outcome
