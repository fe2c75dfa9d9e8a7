"""'the accused', 'the suspect': the private person named last (``coref._role_back``); an
object pronoun is never the subject of its own clause (``coref._clause_subject``).

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


def test_an_object_pronoun_is_never_its_own_clauses_subject(resolve: Resolver) -> None:
    text = ("German Chancellor Angela Merkel spoke with French President Emmanuel Macron on "
            "Tuesday. Merkel urged him to support the budget plan.")
    assert find(resolve(text), "him").code == "FRAGOV"


def test_he_invited_him_are_two_people(resolve: Resolver) -> None:
    text = ("Turkish President Recep Tayyip Erdogan met Iranian President Hassan Rouhani on "
            "Monday. Erdogan said he had invited him to Istanbul.")
    actors = resolve(text, "2019-03-01")
    assert find(actors, "he").code == "TURGOV" and find(actors, "him").code == "IRNGOV"
