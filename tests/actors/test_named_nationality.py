"""The nationality an apposition gives a named private person ("A Canadian, Mark Dellow") is
the country of the generic nouns that stand for that person later ("the accused", "the
gunman"), not the country the story happens in. The sentences are written for these tests and
are in no gold set."""

from __future__ import annotations

from .conftest import Resolver, find

STORY = ("A Canadian, Mark Dellow, appeared in a court in Wellington, New Zealand, on Saturday. "
         "Police said the accused had a licence for the guns. New Zealand police also "
         "questioned the gunman's neighbours.")


def test_the_accused_follows_the_nationality_read_after_it(resolve: Resolver) -> None:
    actors = resolve(STORY, "2019-03-20")
    assert find(actors, "Mark Dellow").code == "CANCVL"
    assert find(actors, "the accused").code == "CANCVL"


def test_the_gunman_is_the_one_private_person_named(resolve: Resolver) -> None:
    actors = resolve(STORY, "2019-03-20")
    assert find(actors, "gunman").code == "CANUAF"
    assert find(actors, "Police").code == "NZLCOP"  # the police stay the story's


def test_an_indefinite_gunman_is_left_to_the_story(resolve: Resolver) -> None:
    actors = resolve("A Canadian, Mark Dellow, was questioned in Wellington, New Zealand. "
                     "Police said a gunman fled.", "2019-03-20")
    assert find(actors, "gunman").code == "NZLUAF"
