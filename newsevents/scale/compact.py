"""Compaction of a run's Parquet output: a few large files per partition, not one per flush.

The writer flushes every ``flush_every`` documents, and each flush writes one file per table and
partition, so a day of a large crawl ends as hundreds of small files per table. A reader that
queries the folder in place (DuckDB, Spark, pyarrow) pays per file (open, footer, planning) far
more than per row. At the end of a run the partitions it wrote to are rewritten as a few files
of at most :data:`FILE_ROWS` rows, in row groups of :data:`GROUP_ROWS` rows (or
:data:`GROUP_BYTES` of data, whichever comes first), every row kept once and in the same order.

Crash safety. The merged files are written whole under temp names first; then a journal
(``DIR/_newsevents/compaction.json``) lists the merged files and the files they replace, and
only then are the temp files renamed and the old files deleted. A run that dies before the
journal leaves temp files (deleted at the next start, the old files still whole); one that dies
after it is finished by :func:`recover` at the next start. A reader that lists the folder between
a rename and a delete can briefly see rows twice; never none.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

#: Rows of one row group at most (DuckDB's own default row group is 122,880 rows).
GROUP_ROWS = 122_880
#: Uncompressed bytes of one row group at most (documents carry the whole article text).
GROUP_BYTES = 64 * 2**20
#: Rows of one compacted file at most.
FILE_ROWS = 8 * GROUP_ROWS

JOURNAL = "compaction.json"


def _temp(path: Path) -> Path:
    return path.with_name(f".{path.name}.tmp")


def compact_folder(
    folder: Path,
    schema: pa.Schema,
    *,
    name: str,
    journal: Path,
    group_rows: int = GROUP_ROWS,
    group_bytes: int = GROUP_BYTES,
    file_rows: int = FILE_ROWS,
) -> int:
    """Merge the ``part-*.parquet`` files of one partition folder; returns the files removed.

    Only files written with ``schema`` and under ``file_rows`` rows are merged (an older run's
    files with another schema stay as they are, readers union them by name). ``name`` is the
    merged files' stem (``part-<run>-c``); a folder with at most one such file is left alone.
    """
    sources = [
        p
        for p in sorted(folder.glob("part-*.parquet"))
        if pq.read_schema(p).equals(schema) and pq.ParquetFile(p).metadata.num_rows < file_rows
    ]  # a file already full stays as it is: a resumed run does not rewrite the whole month
    if len(sources) < 2:
        return 0
    merger = _Merger(folder, schema, name, file_rows)
    pending: list[pa.Table] = []
    try:
        for source in sources:
            pending.append(pq.read_table(source, schema=schema))
            rows = sum(t.num_rows for t in pending)
            if rows >= group_rows or sum(t.nbytes for t in pending) >= group_bytes:
                pending = merger.groups(pending, group_rows, group_bytes, final=False)
        merger.groups(pending, group_rows, group_bytes, final=True)
    finally:
        merger.close()
    targets = merger.targets
    _commit(journal, targets, sources)
    return len(sources)


class _Merger:
    """Writes row groups into merged files of at most ``file_rows`` rows each (temp names)."""

    def __init__(self, folder: Path, schema: pa.Schema, name: str, file_rows: int) -> None:
        self.folder, self.schema, self.name, self.file_rows = folder, schema, name, file_rows
        self.targets: list[Path] = []
        self._writer: pq.ParquetWriter | None = None
        self._rows = 0

    def groups(
        self, pending: list[pa.Table], group_rows: int, group_bytes: int, *, final: bool
    ) -> list[pa.Table]:
        """Write ``pending`` as full row groups; returns what is left for the next group."""
        if not pending:
            return []
        whole = pa.concat_tables(pending)
        start = 0
        while whole.num_rows - start >= group_rows:
            self.write(whole.slice(start, group_rows))
            start += group_rows
        rest = whole.slice(start)
        if rest.num_rows and (final or rest.nbytes >= group_bytes):
            self.write(rest)
            return []
        return [rest] if rest.num_rows else []

    def write(self, table: pa.Table) -> None:
        """One row group, starting a new file when the current one is full."""
        start = 0
        while start < table.num_rows:
            if self._writer is None or self._rows >= self.file_rows:
                self.close()
                target = self.folder / f"{self.name}{len(self.targets) + 1:05d}.parquet"
                self.targets.append(target)
                self._writer = pq.ParquetWriter(_temp(target), self.schema, compression="zstd")
                self._rows = 0
            take = min(table.num_rows - start, self.file_rows - self._rows)
            self._writer.write_table(table.slice(start, take), row_group_size=take)
            self._rows += take
            start += take

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None


def _commit(journal: Path, targets: list[Path], sources: list[Path]) -> None:
    """Record the swap, then perform it (see :func:`recover` for a swap cut short)."""
    journal.parent.mkdir(parents=True, exist_ok=True)
    entry = {"targets": [str(t) for t in targets], "sources": [str(s) for s in sources]}
    tmp = journal.with_name(f".{journal.name}.tmp")
    tmp.write_text(json.dumps(entry), encoding="utf-8")
    os.replace(tmp, journal)
    _finish(journal, entry)


def _finish(journal: Path, entry: dict[str, list[str]]) -> None:
    for target in map(Path, entry["targets"]):
        if _temp(target).exists():
            os.replace(_temp(target), target)
    targets = set(entry["targets"])
    for source in entry["sources"]:
        if source not in targets:
            Path(source).unlink(missing_ok=True)
    journal.unlink(missing_ok=True)


def recover(journal: Path) -> None:
    """Finish a compaction whose journal was written but whose swap did not complete."""
    if journal.exists():
        _finish(journal, json.loads(journal.read_text(encoding="utf-8")))
