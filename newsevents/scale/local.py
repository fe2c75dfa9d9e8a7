"""The local engine: a bounded pool of worker processes, each loading spaCy once.

spaCy's own ``nlp.pipe(n_process=N)`` parallelises only the parse and hands every Doc back to
the parent, which would then run all analysis stages alone; here each worker runs the whole
chain (clean → parse → stages → signature) on a chunk and returns small records, so the work
that scales is all of it. At most ``2 × processes`` chunks are in flight, so memory stays flat
however long the input stream is. With one process everything runs in-process (no pickling).
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from .state import KnownIds
from .work import Item, Outcome, process_chunk

# Per-worker settings, set once by the pool initializer.
_KNOWN: KnownIds | None = None
_BATCH_SIZE = 32
_SIGNATURES = True


def _init_worker(known: KnownIds | None, batch_size: int, signatures: bool) -> None:
    """Load spaCy and the stages once, before the first chunk arrives."""
    global _KNOWN, _BATCH_SIZE, _SIGNATURES
    _KNOWN, _BATCH_SIZE, _SIGNATURES = known, batch_size, signatures
    warm_up()


def warm_up() -> None:
    """Load the model and every stage's data once, before the first chunk (see pipeline)."""
    from ..pipeline import warm_up as warm_pipeline

    warm_pipeline()


def _work(chunk: list[Item]) -> list[Outcome]:
    return process_chunk(
        chunk, known=_KNOWN, batch_size=_BATCH_SIZE, with_signatures=_SIGNATURES
    )


def run_local(
    chunks: Iterable[list[Item]],
    *,
    processes: int,
    known: KnownIds | None,
    batch_size: int,
    signatures: bool,
) -> Iterator[Outcome]:
    """Process chunks in order with ``processes`` workers, yielding outcomes in input order."""
    if processes <= 1:
        for chunk in chunks:
            yield from process_chunk(
                chunk, known=known, batch_size=batch_size, with_signatures=signatures
            )
        return
    # spawn, not fork: the parent may run threads (progress display) and fork would copy them.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=processes,
        mp_context=context,
        initializer=_init_worker,
        initargs=(known, batch_size, signatures),
    ) as pool:
        window: deque[Future[list[Outcome]]] = deque()
        for chunk in chunks:
            window.append(pool.submit(_work, chunk))
            while len(window) >= 2 * processes:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()
