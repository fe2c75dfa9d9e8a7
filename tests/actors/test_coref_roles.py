"""'the accused', 'the suspect': the private person named last (``coref._role_back``).

Sentences written for these tests (in no gold set)."""

from __future__ import annotations

from .conftest import Resolver, find


def test_the_accused_is_the_private_person_named_before(resolve: Resolver) -> None:
    text = ("A Canadian, Michael Brandt, aged 41, appeared in a Lisbon court on Monday, charged "
            "with robbery. Judge Ana Costa ordered the accused held until his trial.")
    actors = resolve(text)
    assert find(actors, "Michael Brandt").code == "CANCVL"
    accused = find(actors, "the accused")
    assert accused.code == "CANCVL" and accused.resolution.method == "coreference"


def test_an_official_is_never_the_suspect(resolve: Resolver) -> None:
    text = ("Portuguese Interior Minister Ana Costa said on Monday that police had questioned "
            "the suspect.")
    suspect = find(resolve(text), "the suspect")
    assert suspect.resolution.method != "coreference"
