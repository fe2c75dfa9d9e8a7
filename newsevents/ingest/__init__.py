"""Readers: files and folders in, RawDocument (or Failure) records out.

(Foundation issue: the ingest helper fills this in.)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..records import Failure, RawDocument


def read_paths(
    paths: Iterable[str | Path], *, published: str | None = None, url: str | None = None
) -> Iterator[RawDocument | Failure]:
    for path in paths:
        p = Path(path)
        if not p.exists():
            yield InputError("E001", input=str(p)).failure()
            continue
        yield RawDocument(
            input=str(p),
            text=p.read_text(encoding="utf-8"),
            url=url,
            published=published,
            published_source="cli" if published else "unknown",
        )
