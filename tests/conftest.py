"""Shared fixtures: the real spaCy model, real DuckDB files in tmp_path, ../shared when present."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = SHARED / "seed" / "000_e5a9bc15457e5673.txt"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with a clear message when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"development data not found at {path} (../shared is absent on this machine)")
    return path


def load_script(path: Path) -> ModuleType:
    """Import a script of ``tools/`` or ``benchmarks/`` (no package) to call its functions."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from newsevents import nlp as backbone

    return backbone.load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return shared_path("seed", "000_e5a9bc15457e5673.txt").read_text(encoding="utf-8")
