"""Bounded fuzzing in CI (the long run is benchmarks/fuzz.py) plus replay of saved crashers.

``tests/fixtures/fuzz/<target>/`` keeps every input that once crashed a target (the damaged WARC
whose HTTP status line made warcio raise AttributeError, now E011), replayed on every run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from tests.reliability.fuzz_targets import TARGETS

CRASHERS = Path(__file__).resolve().parents[1] / "fixtures" / "fuzz"
EXAMPLES = {"extract": 15}  # the whole NLP path is slow; readers get more


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_fuzz_target_never_raises(name: str) -> None:
    target, strategy = TARGETS[name]

    @settings(
        max_examples=EXAMPLES.get(name, 60),
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    @given(strategy)
    def run(value: Any) -> None:
        target(value)

    run()


SAVED = sorted(CRASHERS.glob("*/*"))


def test_crashers_are_saved() -> None:
    """The replay below runs real inputs (a parameter set that is never empty, never skipped)."""
    assert SAVED, f"no saved crashers under {CRASHERS}"
    assert all(p.parent.name in TARGETS for p in SAVED), "a crasher folder names no fuzz target"


@pytest.mark.parametrize("crasher", SAVED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_saved_crashers_stay_fixed(crasher: Path) -> None:
    target, _ = TARGETS[crasher.parent.name]
    data = crasher.read_bytes()
    target(data.decode("utf-8", "replace") if crasher.parent.name == "extract" else data)
