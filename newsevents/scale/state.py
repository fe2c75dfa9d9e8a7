"""Run state that makes a batch run resumable: which inputs and documents are already done.

Two levels, both cheap:

* the **input manifest** (``DIR/_newsevents/inputs.jsonl``) lists every input file whose documents
  were all flushed, with its size and modification time. A rerun skips an unchanged file before
  reading it.
* the **known document ids** come from the ``doc_id`` columns already in ``DIR/documents`` and
  ``DIR/copies``. A changed or new input is read and cleaned, and a document whose ``doc_id`` (the
  hash of its clean text, so only known after cleaning) was written before is skipped before the
  expensive parse. Ids are kept as the first 64 bits in a sorted numpy array: 8 bytes a document,
  small enough to hand to every worker process or Ray actor.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

#: Folder for run state that readers must skip (leading underscore: ignored by Spark/pyarrow).
#: Defined here, not in :mod:`.writer`: a worker imports this module (``KnownIds``) and must
#: not pay for pyarrow, which only the writing side uses.
STATE_DIR = "_newsevents"

MANIFEST = "inputs.jsonl"


class KnownIds:
    """A compact set of ``doc_id`` values (64-bit prefixes in a sorted array)."""

    def __init__(self, ids: Iterable[str] = ()) -> None:
        values = np.fromiter((_prefix(i) for i in ids), dtype=np.uint64)
        self._sorted = np.unique(values)

    @classmethod
    def from_output(cls, out: Path) -> KnownIds:
        """Every document id a previous run wrote under ``out`` (documents and merged copies)."""
        import pyarrow.parquet as pq  # the parent reads; workers never import pyarrow for this

        chunks: list[np.ndarray] = []
        for table, column in (("documents", "doc_id"), ("copies", "copy_doc_id")):
            folder = out / table
            if not folder.exists():
                continue
            for path in sorted(folder.rglob("part-*.parquet")):
                ids = pq.read_table(path, columns=[column]).column(column).to_pylist()
                chunks.append(np.fromiter((_prefix(i) for i in ids), dtype=np.uint64))
        known = cls()
        if chunks:
            known._sorted = np.unique(np.concatenate(chunks))
        return known

    def __len__(self) -> int:
        return len(self._sorted)

    def __contains__(self, doc_id: object) -> bool:
        if not isinstance(doc_id, str) or not len(self._sorted):
            return False
        value = np.uint64(_prefix(doc_id))
        pos = int(np.searchsorted(self._sorted, value))
        return pos < len(self._sorted) and self._sorted[pos] == value


def _prefix(doc_id: str) -> int:
    return int(doc_id[:16], 16)


@dataclass(frozen=True, slots=True)
class InputFile:
    """One input file and the fingerprint that tells whether it changed since it was done."""

    path: str
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> InputFile:
        stat = path.stat()
        return cls(str(path.resolve()), stat.st_size, stat.st_mtime_ns)

    def key(self) -> tuple[str, int, int]:
        return (self.path, self.size, self.mtime_ns)


class InputManifest:
    """Append-only list of input files fully written; a torn last line is ignored."""

    def __init__(self, out: Path) -> None:
        self.path = out / STATE_DIR / MANIFEST
        self._done: set[tuple[str, int, int]] = set()
        if self.path.exists():
            for line in self.path.read_text(encoding="utf-8").splitlines():
                try:
                    entry = json.loads(line)
                    self._done.add((entry["path"], entry["size"], entry["mtime_ns"]))
                except (ValueError, KeyError, TypeError):
                    continue  # a line cut short by a kill

    def is_done(self, item: InputFile) -> bool:
        return item.key() in self._done

    def mark_done(self, items: Iterable[InputFile]) -> None:
        lines = []
        for item in items:
            if item.key() not in self._done:
                self._done.add(item.key())
                lines.append(
                    json.dumps({"path": item.path, "size": item.size, "mtime_ns": item.mtime_ns})
                )
        if not lines:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write("\n".join(lines) + "\n")
            handle.flush()
            os.fsync(handle.fileno())


def expand_inputs(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Input paths with folders expanded to their files (sorted, hidden files skipped).

    Missing paths are passed through so the reader reports them (E001) like any bad input.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path).parts
                if child.is_file() and not any(part.startswith(".") for part in relative):
                    yield child
        else:
            yield path
