"""One small reader per input format; each yields RawDocument or Failure and never raises.

Every reader takes the file's bytes (or path, for the streaming formats) and the run's
:class:`Options`; :func:`newsevents.ingest.read_paths` picks the reader by content sniffing.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Options:
    """Per-run settings every reader honours."""

    max_bytes: int  # size cap per document (file, JSONL line, feed, WARC record)
