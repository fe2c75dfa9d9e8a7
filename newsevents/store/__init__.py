"""Storage: documents and their records in one DuckDB file, plus the row contract they share.

``Store`` writes one transaction per document and answers the queries the CLI and the HTTP API
need (``EventFilter``, ``DayStat``); ``rows`` flattens records into the columns every store and
export uses; ``export`` writes GDELT, PLOVER, Parquet, CSV and JSONL files.
"""

from .database import DEFAULT_DB, Store, remove_database
from .query import ASSERTED, DayCoverage, DayStat, EventFilter
from .rows import TABLE_NAMES, TABLES, document_rows

__all__ = [
    "ASSERTED",
    "DEFAULT_DB",
    "TABLES",
    "TABLE_NAMES",
    "DayCoverage",
    "DayStat",
    "EventFilter",
    "Store",
    "document_rows",
    "remove_database",
]
