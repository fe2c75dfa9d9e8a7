"""Helpers shared by the events tests: the codes or events the whole pipeline gives a sentence
(with and without the sense hook), and hand-built Docs where the parse is the premise."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

import newsevents.events as events_stage
from newsevents import extract_text
from newsevents.records import Event

VOCAB = spacy.blank("en").vocab


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


def events_of(text: str, root: str) -> list[Event]:
    """Events of one CAMEO root the whole pipeline finds in ``text``, published on a fixed day."""
    return [e for e in extract_text(text, published="2025-05-06").events if e.cameo_root == root]


def parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    """A hand-built Doc with the given parse and lower-cased words as lemmas."""
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=[w.lower() for w in words])


def assert_vetoed(text: str, code: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The premise (a pattern of ``code`` fires on ``text`` without the sense hook) and the
    veto (with the hook, no event of ``code`` is left); returns the codes with the hook."""
    raw, gated = with_and_without_senses(text, monkeypatch)
    assert any(c.startswith(code) for c in raw), f"the premise: {code} fires on {text!r}"
    assert not any(c.startswith(code) for c in gated), (text, raw, gated)
    return gated


def assert_kept(text: str, code: str) -> None:
    """The political sense: an event of ``code`` is still coded in ``text``."""
    found = codes(text)
    assert any(c.startswith(code) for c in found), (text, found)
