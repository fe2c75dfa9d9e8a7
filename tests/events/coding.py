"""Codes the whole pipeline gives a sentence, with and without the sense hook: shared by the
events tests that check word senses and precision gates through the real model."""

from __future__ import annotations

import pytest

import newsevents.events as events_stage
from newsevents import extract_text


def codes(text: str) -> list[str]:
    """CAMEO codes of every event of ``text``, published on a fixed day."""
    return [e.cameo for e in extract_text(text, published="2024-05-02").events]


def with_and_without_senses(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> tuple[list[str], list[str]]:
    """(codes without the sense hook, codes with it)."""
    with monkeypatch.context() as m:
        m.setattr(events_stage, "apply_senses", lambda cands: cands)
        raw = codes(text)
    return raw, codes(text)
