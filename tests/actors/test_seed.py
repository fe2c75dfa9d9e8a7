"""The seed article's actor list ("Actors (at least)" in tests/fixtures/seed/EXPECTED.md)."""

from __future__ import annotations

import pytest

from newsevents.actors.lookup import actor_for_span

from .conftest import SEED, Resolver, find


@pytest.fixture(scope="module")
def actors(resolve: Resolver):  # type: ignore[no-untyped-def]
    return resolve(SEED.read_text(encoding="utf-8"), "2025-03-14")


@pytest.mark.parametrize(
    ("mention", "code", "kind", "role"),
    [
        ("Andrzej Duda", "POLGOV", "person", "President of Poland"),
        ("Wojciech Kolarski", "POLGOV", "person", "adviser"),
        ("the Biden administration", "USAGOV", "organisation", None),
        ("the Trump administration", "USAGOV", "organisation", None),
        ("The White House", "USAGOV", "state", None),
        ("President Donald Trump", "USAGOV", "person", "President of the United States"),
        ("Moscow", "RUSGOV", "state", None),
        ("the Kremlin", "RUSGOV", "state", None),
        ("Russian President Vladimir Putin", "RUSGOV", "person", "President of Russia"),
        ("French President Emmanuel Macron", "FRAGOV", "person", "President of France"),
        ("Warsaw", "POLGOV", "state", None),
        ("NATO", "NATO", "organisation", None),
        ("the European Union", "EUR", "organisation", None),
        ("the Financial Times", "GBRMED", "media", None),
        ("Fox News Digital", "USAMED", "media", None),
        ("RMF FM", "POLMED", "media", None),
        ("The Associated Press", "USAMED", "media", None),
    ],
)
def test_expected_actor(actors, mention: str, code: str, kind: str, role: str | None) -> None:  # type: ignore[no-untyped-def]
    actor = find(actors, mention)
    assert actor.code == code, actor
    assert actor.kind == kind, actor
    if role:
        assert actor.role is not None and role.lower() in actor.role.lower(), actor


def test_sector_ids_for_igos_and_media(actors) -> None:  # type: ignore[no-untyped-def]
    eu = find(actors, "EU")
    assert eu.sector == "IGO" and eu.country == "EUR"
    for outlet in ("the Financial Times", "RMF FM"):
        assert find(actors, outlet).resolution.method == "dictionary"


def test_short_mentions_share_the_entity(actors) -> None:  # type: ignore[no-untyped-def]
    full = find(actors, "Andrzej Duda")
    shorts = [a for a in actors if a.mention == "Duda"]
    assert shorts and all(a.entity == full.entity for a in shorts)
    assert all(a.resolution.method == "coreference" for a in shorts)
    president = find(actors, "the Polish president")
    assert president.entity == full.entity and president.code == "POLGOV"


def test_pronouns_resolve_by_offset(actors) -> None:  # type: ignore[no-untyped-def]
    text = SEED.read_text(encoding="utf-8")
    he = text.index("This time he ") + len("This time ")
    actor = actor_for_span(actors, he, he + 2, he)
    assert actor is not None and actor.name == "Andrzej Duda" and actor.code == "POLGOV"
    they = text.index("when they were") + len("when ")
    actor = actor_for_span(actors, they, they + 4, they)
    assert actor is not None and actor.code == "RUS"


def test_lookup_of_the_apposition_phrase(actors) -> None:  # type: ignore[no-untyped-def]
    text = SEED.read_text(encoding="utf-8")
    start = text.index("Duda’s advisor")
    end = text.index("Kolarski") + len("Kolarski")
    head = text.index("advisor", start)
    kolarski = actor_for_span(actors, start, end, head)
    assert kolarski is not None and kolarski.name == "Wojciech Kolarski"
    duda = actor_for_span(actors, start, start + 4, start)
    assert duda is not None and duda.name == "Andrzej Duda"


def test_media_never_political(actors) -> None:  # type: ignore[no-untyped-def]
    text = SEED.read_text(encoding="utf-8")
    start = text.index("the Financial Times")
    assert actor_for_span(actors, start, start + 19, start + 10) is None
    medium = actor_for_span(actors, start, start + 19, start + 10, include_media=True)
    assert medium is not None and medium.kind == "media"
