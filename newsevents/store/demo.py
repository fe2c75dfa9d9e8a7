"""The demo: the bundled sample articles ingested into a fresh database.

The samples ship inside the package (``newsevents/samples/*.txt``) and are read through
``importlib.resources``, so the demo works from a wheel as well as from a checkout.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from importlib import resources
from pathlib import Path

from .database import Store
from .ingest import Outcome, ingest_paths

DEMO_DB = "newsevents-demo.duckdb"


@contextmanager
def sample_paths() -> Iterator[list[Path]]:
    """Filesystem paths of the bundled sample articles (valid inside the ``with`` block)."""
    folder = resources.files("newsevents").joinpath("samples")
    with ExitStack() as stack:
        paths = [
            stack.enter_context(resources.as_file(entry))
            for entry in sorted(folder.iterdir(), key=lambda e: e.name)
            if entry.name.endswith(".txt")
        ]
        yield paths


def fresh_store(db: str | Path) -> Store:
    """A new, empty store at ``db``: an existing file there (and its WAL) is replaced."""
    path = Path(db)
    for old in (path, path.with_name(path.name + ".wal")):
        old.unlink(missing_ok=True)
    return Store(path)


def build_demo(store: Store) -> Iterator[Outcome]:
    """Ingest every bundled sample into ``store``, one Outcome per article."""
    with sample_paths() as paths:
        yield from ingest_paths(store, paths)
