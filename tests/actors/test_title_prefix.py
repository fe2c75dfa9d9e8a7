"""A rank word inside the title keeps the nationality before it in the person's phrase."""

from __future__ import annotations

from .conftest import Resolver, find


def test_junior_minister_keeps_the_nationality_before_it(resolve: Resolver) -> None:
    text = "Kenyan junior foreign minister Wanjiru Kamau criticized Uganda on Friday."
    actor = find(resolve(text), "Wanjiru Kamau")
    assert actor.code == "KENGOV"
    assert actor.mention.startswith("Kenyan junior")
