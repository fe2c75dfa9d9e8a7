"""Plain-text files: decoded (BOMs, UTF-8, charset detection) and passed on whole."""

from __future__ import annotations

from collections.abc import Iterator

from ...errors import InputError
from ...records import Failure, RawDocument
from ..decode import decode


def read(data: bytes, input: str) -> Iterator[RawDocument | Failure]:
    try:
        yield RawDocument(input=input, text=decode(data, input))
    except InputError as exc:
        yield exc.failure()
