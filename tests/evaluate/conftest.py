"""Shared helpers for the evaluation tests: fixture paths and hand-made predictions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newsevents.evaluate.matching import Predicted

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _pred(cameo: str, source: str | None, target: str | None, modality: str = "asserted",
          date: str | None = None, trigger: str = "", sentence: str = "") -> Predicted:
    return Predicted(cameo, source, target, modality, date, trigger, sentence)


@pytest.fixture()
def pred() -> Callable[..., Predicted]:
    """Build a predicted event as the scorer sees it: pred("0234", "POLGOV", "USA")."""
    return _pred


@pytest.fixture()
def fixtures() -> Path:
    return FIXTURES
