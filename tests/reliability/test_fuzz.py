"""Bounded fuzzing in CI (the long run is benchmarks/fuzz.py) plus replay of saved crashers."""

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


@pytest.mark.parametrize(
    "crasher", sorted(CRASHERS.glob("*/*")) if CRASHERS.exists() else [], ids=lambda p: p.name
)
def test_saved_crashers_stay_fixed(crasher: Path) -> None:
    target, _ = TARGETS[crasher.parent.name]
    data = crasher.read_bytes()
    target(data.decode("utf-8", "replace") if crasher.parent.name == "extract" else data)
