"""A worker process imports what extraction needs, not the writing side (DuckDB, pyarrow)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_worker_does_not_load_duckdb_or_pyarrow() -> None:
    probe = (
        "import sys, newsevents, newsevents.scale.work, newsevents.scale; "
        "print('duckdb' in sys.modules, 'pyarrow' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    assert done.stdout.split() == ["False", "False"]


def test_the_public_names_still_load_on_first_use() -> None:
    import newsevents
    from newsevents.scale import RunSummary

    assert newsevents.Store.__name__ == "Store"
    assert newsevents.EventFilter.__name__ == "EventFilter"
    assert RunSummary.__name__ == "RunSummary"
