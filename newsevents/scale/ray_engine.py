"""The Ray Data engine: the same chunks of work on a Ray cluster (or a local Ray).

Input files become a Ray Dataset of shard paths; a generator UDF reads each shard with the same
ingest readers as the local engine (JSONL, WARC, feeds, HTML, text folders) and emits batches of
raw documents; an actor pool (:class:`ExtractActor`, spaCy loaded once per actor) runs
:func:`~newsevents.scale.work.process_chunk` on each batch, exactly as a local worker does. The
driver streams the outcomes back in input order (``preserve_order``) into the same single
writer as the local engine, so both engines write the same rows, merge the same copies and
resume the same way. On a multi-node cluster the input paths must be readable from every node
(shared filesystem); the output folder is written by the driver (see docs/ray.md).
"""

from __future__ import annotations

import importlib.util
import logging
import pickle
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .state import KnownIds
from .work import Item, Outcome, loads, process_chunk

INSTALL_HINT = 'the Ray engine needs the optional extra: pip install "newsevents[ray]"'


def ray_available() -> bool:
    """True when ``ray.data`` can be imported (the ``ray`` extra is installed)."""
    return importlib.util.find_spec("ray") is not None


def _read_shard(
    batch: dict[str, np.ndarray],
    *,
    published: str | None,
    force_published: bool,
    url: str | None,
    chunk: int,
) -> Iterator[dict[str, Any]]:
    """Ray UDF: read a batch of shard paths, yielding raw documents ``chunk`` at a time."""
    from ..ingest import read_paths

    files: list[int] = []
    raws: list[bytes] = []
    for file, path in zip(batch["file"], batch["path"], strict=True):
        for raw in read_paths([str(path)], published=published,
                              force_published=force_published, url=url):
            files.append(int(file))
            raws.append(pickle.dumps(raw, protocol=pickle.HIGHEST_PROTOCOL))
            if len(raws) >= chunk:
                yield {"file": np.array(files), "raw": np.array(raws, dtype=object)}
                files, raws = [], []
    if raws:
        yield {"file": np.array(files), "raw": np.array(raws, dtype=object)}


class ExtractActor:
    """Ray actor UDF: loads spaCy and the stages once, then processes batches of raw documents."""

    def __init__(self, known: KnownIds | None, batch_size: int, signatures: bool) -> None:
        from .local import warm_up

        warm_up()
        self.known = known
        self.batch_size = batch_size
        self.signatures = signatures

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        from .work import dumps

        pairs = zip(batch["file"], batch["raw"], strict=True)
        items: list[Item] = [(int(file), pickle.loads(raw)) for file, raw in pairs]
        outcomes = process_chunk(
            items, known=self.known, batch_size=self.batch_size, with_signatures=self.signatures
        )
        return {"outcome": np.array([dumps(o) for o in outcomes], dtype=object)}


def run_ray(
    files: Sequence[Path],
    *,
    address: str | None,
    processes: int | None,
    known: KnownIds | None,
    batch_size: int,
    signatures: bool,
    published: str | None = None,
    force_published: bool = False,
    url: str | None = None,
) -> Iterator[Outcome]:
    """Process ``files`` on Ray, yielding outcomes in input order."""
    import ray
    import ray.data

    started_here = False
    if not ray.is_initialized():
        if address:
            ray.init(address=address, log_to_driver=False, logging_level=logging.WARNING)
        else:
            ray.init(
                num_cpus=processes,
                include_dashboard=False,
                log_to_driver=False,
                logging_level=logging.WARNING,
            )
        started_here = True
    if processes is None:  # a cluster: one actor per CPU it has
        processes = max(1, int(ray.cluster_resources().get("CPU", 1)))
    try:
        context = ray.data.DataContext.get_current()
        context.execution_options.preserve_order = True
        context.enable_progress_bars = False
        if not files:
            return
        shards = ray.data.from_items(
            [{"file": i, "path": str(path)} for i, path in enumerate(files)],
            override_num_blocks=max(1, min(len(files), 4 * processes)),
        )
        reader: Any = _read_shard  # a generator UDF; Ray's stubs only list plain callables
        raws = shards.map_batches(
            reader,
            batch_size=1,
            fn_kwargs={"published": published, "force_published": force_published, "url": url,
                       "chunk": batch_size},
            num_cpus=0,  # reading is I/O; every CPU belongs to an extraction actor
        )
        outcomes = raws.map_batches(
            ExtractActor,
            batch_size=batch_size,
            compute=ray.data.ActorPoolStrategy(size=processes),
            fn_constructor_kwargs={
                "known": known,
                "batch_size": batch_size,
                "signatures": signatures,
            },
            num_cpus=1,
        )
        for batch in outcomes.iter_batches(batch_size=batch_size, batch_format="numpy"):
            for data in batch["outcome"]:
                yield loads(bytes(data))
    finally:
        if started_here:
            ray.shutdown()
