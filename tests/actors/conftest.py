"""Actor-stage fixtures: documents parsed once per session, resolved by publication date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from newsevents.actors import resolve_doc
from newsevents.records import Actor

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "newsevents" / "samples"
SEED = REPO / "tests" / "fixtures" / "seed" / "000_e5a9bc15457e5673.txt"

Resolver = Callable[[str, str | None], list[Actor]]


@pytest.fixture(scope="session")
def resolve(nlp) -> Resolver:  # type: ignore[no-untyped-def]
    """Resolve a text's actors (parses are cached: each text is parsed once per session)."""
    docs: dict[str, object] = {}

    def run(text: str, published: str | None = "2025-03-14") -> list[Actor]:
        if text not in docs:
            docs[text] = nlp(text)
        day = dt.date.fromisoformat(published) if published else None
        return resolve_doc(docs[text], day)  # type: ignore[arg-type]

    return run


def find(actors: list[Actor], text: str, occurrence: int = 1) -> Actor:
    """The actor whose mention ends with ``text`` (``occurrence``-th such mention)."""
    hits = [a for a in actors if a.mention == text or a.mention.endswith(text)]
    assert len(hits) >= occurrence, f"no actor mention for {text!r}: {[a.mention for a in actors]}"
    return hits[occurrence - 1]
