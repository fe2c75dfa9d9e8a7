"""Batch runs at scale: many inputs → Parquet (and DuckDB), locally or on Ray, resumable.

:func:`run` is what ``newsevents run`` calls. The pieces, each replaceable:

* :mod:`.state` – which inputs and documents earlier runs finished (resume);
* :mod:`.work` – the unit of work both engines run (clean → skip known → parse → stages);
* :mod:`.local` / :mod:`.ray_engine` – the engines (process pool; Ray Data actor pool);
* :mod:`.sink` – the single writer: syndicated-copy merging (:mod:`.dedup`), Parquet via
  :mod:`.writer`, the DuckDB store, the input manifest.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ..errors import InputError
from .state import InputFile, InputManifest, KnownIds, expand_inputs
from .work import Item, Outcome

if TYPE_CHECKING:
    from .sink import RunSummary

__all__ = ["EngineUnavailable", "RunSummary", "run"]


def __getattr__(name: str) -> Any:
    """``RunSummary`` on first use: :mod:`.sink` imports pyarrow, which a worker (it imports
    this package for :mod:`.work`) never needs."""
    if name == "RunSummary":
        from .sink import RunSummary

        return RunSummary
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

Engine = Literal["local", "ray"]


class EngineUnavailable(RuntimeError):
    """The requested engine's optional dependency is not installed (message says how to)."""


def _chunks(
    files: list[Path], *, published: str | None, force_published: bool, url: str | None,
    size: int
) -> Iterator[list[Item]]:
    """Raw documents of every file, in order, ``size`` at a time (never the whole corpus)."""
    from ..ingest import read_paths

    chunk: list[Item] = []
    for number, path in enumerate(files):
        for raw in read_paths([path], published=published, force_published=force_published,
                              url=url):
            chunk.append((number, raw))
            if len(chunk) >= size:
                yield chunk
                chunk = []
    if chunk:
        yield chunk


def _fingerprint(path: Path) -> InputFile | None:
    try:
        return InputFile.of(path)
    except OSError:
        return None  # missing: the reader reports it (E001) and it is never marked done


def run(
    inputs: Iterable[str | Path],
    out: str | Path,
    *,
    db: str | Path | None = None,
    engine: Engine = "local",
    address: str | None = None,
    processes: int | None = None,
    batch_size: int = 32,
    published: str | None = None,
    force_published: bool = False,
    url: str | None = None,
    dedup: bool = True,
    flush_every: int = 1000,
    compact: bool = True,
    on_progress: Callable[[RunSummary], None] | None = None,
) -> RunSummary:
    """Process every document in ``inputs`` and write Parquet under ``out`` (and ``db``).

    ``processes`` defaults to the machine's cores (a Ray cluster's CPUs with ``address``).
    A rerun over the same ``out`` skips unchanged inputs and documents already written.
    With ``compact`` (the default) the partitions written to end as one file per table and
    partition day (see :mod:`.compact`); without it, one file per flush.
    Raises :class:`EngineUnavailable` for ``engine="ray"`` without the ``ray`` extra.
    """
    if published is not None:
        from ..dates import parse_day

        if parse_day(published) is None or len(published) != 10:
            raise InputError("E014", value=published)
    if engine == "ray":
        from .ray_engine import INSTALL_HINT, ray_available

        if not ray_available():
            raise EngineUnavailable(INSTALL_HINT)
    elif engine != "local":
        raise ValueError(f"unknown engine {engine!r}: use local or ray")
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    manifest = InputManifest(out_dir)
    summary_skipped_inputs = 0
    files: list[Path] = []
    fingerprints: list[InputFile | None] = []
    for path in expand_inputs(inputs):
        fingerprint = _fingerprint(path)
        if fingerprint is not None and manifest.is_done(fingerprint):
            summary_skipped_inputs += 1
            continue
        files.append(path)
        fingerprints.append(fingerprint)
    known = KnownIds.from_output(out_dir)
    run_id = f"{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:6]}"

    store_cm = None
    if db is not None:
        from ..store import Store

        store_cm = Store(str(db))
    store = store_cm.__enter__() if store_cm is not None else None
    from .sink import Sink  # the writing side (pyarrow): imported by the parent, not workers

    try:
        sink = Sink(
            out_dir,
            run_id=run_id,
            inputs=fingerprints,
            store=store,
            dedup=dedup,
            flush_every=flush_every,
            compact=compact,
        )
        sink.summary.skipped_inputs = summary_skipped_inputs
        outcomes: Iterable[Outcome]
        if engine == "ray":
            from .ray_engine import run_ray

            outcomes = run_ray(
                files,
                address=address,
                processes=processes,
                known=known,
                batch_size=batch_size,
                signatures=dedup,
                published=published,
                force_published=force_published,
                url=url,
            )
        else:
            from .local import run_local

            outcomes = run_local(
                _chunks(files, published=published, force_published=force_published, url=url,
                        size=batch_size),
                processes=processes or os.cpu_count() or 1,
                known=known,
                batch_size=batch_size,
                signatures=dedup,
            )
        for outcome in outcomes:
            sink.add(outcome)
            if on_progress is not None:
                on_progress(sink.summary)
        summary = sink.close()
    finally:
        if store_cm is not None:
            store_cm.__exit__(None, None, None)
    if on_progress is not None:
        on_progress(summary)
    return summary
