"""Records looked up by character offsets without scanning them all.

Stages ask questions like "which actors overlap this phrase" or "which times start in this
sentence" once per candidate event; answered by a scan of every record, the cost grows with
records × events, i.e. with the square of a document's length. :class:`OffsetIndex` answers
them by bisection on the sorted starts and returns the records in the list's own order, so a
caller that picks the first or last of equals gets the same record as the scan.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import Protocol, TypeVar


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


T = TypeVar("T", bound=_Spanned)


class OffsetIndex(list[T]):
    """A list of records (anything with ``start`` and ``end``) plus an index of their starts.

    Build it once the list is complete: the index is not updated when the list changes.
    """

    def __init__(self, records: Iterable[T] = ()) -> None:
        super().__init__(records)
        starts = [r.start for r in self]  # the sort key from a list, not self[i].start each
        order = sorted(range(len(self)), key=starts.__getitem__)
        self._starts = [starts[i] for i in order]
        self._order = order
        self._longest = max((r.end - r.start for r in self), default=0)

    def overlapping(self, start: int, end: int) -> list[T]:
        """The records with ``r.start < end and r.end > start``, in list order."""
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, end)
        hits = sorted(i for i in self._order[lo:hi] if self[i].end > start)
        return [self[i] for i in hits]

    def starting_in(self, start: int, end: int) -> list[T]:
        """The records with ``start <= r.start < end``, in list order."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return [self[i] for i in sorted(self._order[lo:hi])]
