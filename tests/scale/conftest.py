"""Fixtures for the batch-run tests: small synthetic corpora built from the bundled samples."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def make_corpus() -> Callable[[Path, int, int], Path]:
    """Write ``count`` distinct varied documents (text files) into a folder."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        import corpus  # benchmarks/corpus.py
    finally:
        sys.path.pop(0)

    def make(folder: Path, count: int, seed: int = 1) -> Path:
        corpus.write(folder, count, fmt="txt", seed=seed)
        return folder

    return make
