"""Predicate nominals give a private person the role they state (:mod:`.predicates`).
Sentences written for these tests."""

from __future__ import annotations

from .conftest import Resolver, find


def test_was_among_migrants_makes_a_refugee(resolve: Resolver) -> None:
    text = ("A museum in Athens named a room after Omar Haddad, a Syrian boy who drowned in "
            "2016. Haddad and his sister were among nine migrants who died at sea.")
    actors = resolve(text, "2019-05-01")
    assert find(actors, "Omar Haddad").code == "SYRREF"
    assert find(actors, "Haddad", 2).code == "SYRREF"


def test_a_plain_person_noun_adds_no_role(resolve: Resolver) -> None:
    text = ("A museum in Athens named a room after Omar Haddad, a Syrian boy who drowned in "
            "2016. Haddad was a quiet child who loved boats.")
    assert find(resolve(text, "2019-05-01"), "Omar Haddad").code == "SYRCVL"
