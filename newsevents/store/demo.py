"""The demo: the bundled sample articles ingested into a fresh database.

The samples ship inside the package (``newsevents/samples/*.txt``) and are read through
``importlib.resources``, so the demo works from a wheel as well as from a checkout.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from importlib import resources
from pathlib import Path

from ..errors import StoreError
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
    """A new, empty store at ``db``, replacing an earlier demo database there.

    A file that holds anything but the bundled samples (someone's real database given by mistake
    as ``--db``, or a file that is not a newsevents database) is never deleted: StoreError E042
    or E041.
    """
    path = Path(db)
    if path.exists():
        with sample_paths() as paths:
            names = [p.name for p in paths]
        with Store(path, read_only=True) as old:
            rows = old.con.execute(
                "SELECT source_path FROM documents WHERE source_path IS NOT NULL"
            ).fetchall()
            (total,) = old.con.execute("SELECT count(*) FROM documents").fetchall()[0]
        others = total - sum(1 for (p,) in rows if Path(p).name in names)
        if others:
            raise StoreError("E042", input=str(path), path=str(path), count=others)
    for old_file in (path, path.with_name(path.name + ".wal")):
        old_file.unlink(missing_ok=True)
    return Store(path)


def build_demo(store: Store) -> Iterator[Outcome]:
    """Ingest every bundled sample into ``store``, one Outcome per article."""
    with sample_paths() as paths:
        yield from ingest_paths(store, paths)
