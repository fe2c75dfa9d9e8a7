"""Language identification (py3langid) on the clean text, cautious by design.

Only a *confident* verdict on *enough* text rejects an article: a short English statement full of
names ("PRC Director … Wang Yi") can look foreign to a character n-gram model, and wrongly
dropping an English article is worse than letting a rare foreign one through (its analysis then
simply finds little).
"""

from __future__ import annotations

import hashlib
import mmap
import os
from array import array
from functools import cache
from pathlib import Path
from typing import Any

#: Minimum clean-text length (characters) for a verdict.
MIN_CHARS = 200
#: Minimum normalised probability for a verdict.
MIN_CONFIDENCE = 0.95
#: Only this much of the text is classified: language does not change mid-article.
SAMPLE_CHARS = 4000


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    _compact(identifier)
    _map(identifier, Path(MODEL_DIR) / MODEL_FILE)
    return identifier


#: Bump when the layout of the mapped file changes.
_MAP_FORMAT = 1


def cache_dir() -> Path | None:
    """Where files derived from installed models are kept: ``NEWSEVENTS_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/newsevents`` (``~/.cache/newsevents``); None when the variable is set
    empty (nothing is written, everything stays in memory)."""
    chosen = os.environ.get("NEWSEVENTS_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsevents"


def _map(identifier: Any, model_file: Any) -> None:
    """Serve py3langid's two large tables from a read-only file mapping instead of the heap.

    The automaton's transition rows (9.8 M ints, 37 MB) and the feature × language weights
    (100,053 × 142 float16, 27 MB) were copied into every worker, though a text walks only the
    states its bytes reach and scores only the features it contains: over the 171 Wikinews
    articles, under half of either table's pages (measured). Written once, next to nothing
    else, into :func:`cache_dir` (named by the model file's size and time and py3langid's
    version; written to a temporary name and renamed, and its length checked on every open),
    the tables are mapped: a worker's resident size counts only the pages its texts touched,
    and the workers of one machine share them through the page cache. The walk indexes the
    mapped rows as it indexed the array (same ints) and scores the same float16 rows, so every
    verdict is the same. Anything unexpected — another layout, an unwritable directory, a short
    file — leaves the tables in memory as they were.
    """
    import numpy as np

    nextmove = getattr(identifier, "tk_nextmove", None)
    weights = getattr(identifier, "nb_ptc", None)
    full = getattr(identifier, "_full_model", None)
    folder = cache_dir()
    if (folder is None or not isinstance(nextmove, array) or not isinstance(weights, np.ndarray)
            or not weights.flags.c_contiguous or not isinstance(full, tuple) or len(full) != 3
            or full[0] is not weights):
        return
    head = len(nextmove) * nextmove.itemsize
    offset = -(-head // 64) * 64  # the weights start aligned
    size = offset + weights.nbytes
    try:
        path = folder / _map_name(model_file, nextmove, weights)
        if not path.is_file() or path.stat().st_size != size:
            _write(path, size, offset, nextmove, weights)
        with path.open("rb") as handle:
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return
    if len(mapped) != size:
        return
    rows = memoryview(mapped)[:head].cast(nextmove.typecode)  # type: ignore[arg-type]
    table = np.frombuffer(mapped, dtype=weights.dtype, count=weights.size, offset=offset)
    identifier.tk_nextmove = rows
    identifier.nb_ptc = table.reshape(weights.shape)
    identifier._full_model = (identifier.nb_ptc, *full[1:])


def _map_name(model_file: Any, nextmove: array[int], weights: Any) -> str:
    """A file name that changes with the model file, py3langid's version and the layout."""
    from importlib.metadata import version

    stat = Path(model_file).stat()
    key = "|".join(map(str, (
        _MAP_FORMAT, version("py3langid"), Path(model_file).resolve(), stat.st_size,
        stat.st_mtime_ns, nextmove.typecode, len(nextmove), weights.dtype.str, weights.shape,
    )))
    return f"py3langid-{hashlib.sha256(key.encode()).hexdigest()[:20]}.bin"


def _write(path: Path, size: int, offset: int, nextmove: array[int], weights: Any) -> None:
    """Write the mapped file under a temporary name and rename it (workers may race)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        with temporary.open("wb") as handle:
            nextmove.tofile(handle)
            handle.write(b"\0" * (offset - handle.tell()))
            handle.write(memoryview(weights).cast("B"))
        if temporary.stat().st_size != size:
            raise OSError(f"{temporary}: short write")
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _compact(identifier: Any) -> None:
    """Hold the automaton's two per-state tables as machine-integer arrays, not lists.

    py3langid 0.4 keeps the state → output feature and state → row offset tables (104,583
    states each) as lists of Python ints: ~7.3 MB resident in every worker for what fits in
    0.8 MB. Its walk only indexes them (``out[state]``, ``rowbase[state] + byte``), which an
    ``array`` answers with the same ints, so every verdict is the same. Left as they are if
    the library's layout is not the one known here.
    """
    rowbase = getattr(identifier, "_rowbase", None)
    output = getattr(identifier, "tk_output", None)
    if not isinstance(rowbase, list) or not isinstance(output, list):
        return
    compact_rows, compact_output = _int_array(rowbase), _int_array(output)
    if compact_rows is not None and compact_output is not None:
        identifier._rowbase, identifier.tk_output = compact_rows, compact_output


def _int_array(values: list[int]) -> array[int] | None:
    """``values`` as 32-bit ints (64-bit if one does not fit), None if they are not all ints."""
    try:
        wide = array("q", values)
    except (TypeError, OverflowError):
        return None
    if wide and (min(wide) < -(1 << 31) or max(wide) >= 1 << 31):
        return wide
    return array("i", wide)


def identify(text: str) -> tuple[str, float] | None:
    """``(language, probability)`` for a long enough text, else None (too short to tell)."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.strip()) < MIN_CHARS:
        return None
    language, probability = _identifier().classify(sample)
    return str(language), float(probability)


def foreign_language(text: str) -> str | None:
    """The detected language when the text is confidently not English, else None."""
    verdict = identify(text)
    if verdict is None:
        return None
    language, probability = verdict
    if language != "en" and probability >= MIN_CONFIDENCE:
        return language
    return None
