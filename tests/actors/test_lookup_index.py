"""``ActorIndex``: the bisected look-up answers exactly what the scan over the list answers."""

from __future__ import annotations

import random

from newsevents.actors.lookup import ActorIndex, actor_for_span
from newsevents.records import Actor


def _actor(start: int, end: int, code: str | None, kind: str = "state") -> Actor:
    return Actor(mention="x" * (end - start), start=start, end=end, name=f"a{start}",
                 kind=kind, code=code)  # type: ignore[arg-type]


def _actors(seed: int) -> list[Actor]:
    rng = random.Random(seed)
    out = []
    for _ in range(60):
        start = rng.randrange(0, 400)
        kind = rng.choice(["state", "person", "media", "organisation"])
        out.append(_actor(start, start + rng.randrange(1, 40), rng.choice([None, "USA", "RUS"]),
                          kind))
    return out  # in no particular order, with nested and equal spans


def test_overlapping_and_starting_in_keep_list_order() -> None:
    actors = _actors(1)
    index = ActorIndex(actors)
    assert list(index) == actors
    for start in range(0, 450, 7):
        for width in (1, 5, 30):
            end = start + width
            assert index.overlapping(start, end) == [
                a for a in actors if a.start < end and a.end > start]
            assert index.starting_in(start, end) == [a for a in actors if start <= a.start < end]


def test_actor_for_span_gives_the_scans_answer() -> None:
    for seed in range(5):
        actors = _actors(seed)
        index = ActorIndex(actors)
        for start in range(0, 450, 3):
            for width in (1, 8, 25):
                end = start + width
                for head in (None, start, end - 1):
                    for media in (False, True):
                        assert actor_for_span(index, start, end, head, include_media=media) is \
                            actor_for_span(actors, start, end, head, include_media=media)


def test_an_empty_index_finds_nothing() -> None:
    assert actor_for_span(ActorIndex(), 0, 10, 0) is None
    assert ActorIndex().starting_in(0, 10) == []
