"""Nationality + actor noun, titles and appositions, unknown people, coreference."""

from __future__ import annotations

import pytest

from .conftest import Resolver, find


@pytest.mark.parametrize(
    ("text", "mention", "code", "kind"),
    [
        ("Russian troops shelled the town.", "Russian troops", "RUSMIL", "organisation"),
        ("Russia's military denied it.", "Russia's military", "RUSMIL", "organisation"),
        ("U.S. officials said the talks went well.", "U.S. officials", "USAGOV", "organisation"),
        ("The Polish government protested.", "Polish government", "POLGOV", "organisation"),
        ("Iranian protesters marched.", "Iranian protesters", "IRNCVL", "group"),
        ("Syrian rebels took the town.", "Syrian rebels", "SYRREB", "group"),
        ("French police detained them.", "French police", "FRACOP", "organisation"),
        ("Protesters threw stones.", "Protesters", "CVL", "group"),
        ("The Russian Defence Ministry said so.", "Russian Defence Ministry", "RUSGOV",
         "organisation"),
    ],
)
def test_nationality_and_sector(resolve: Resolver, text: str, mention: str, code: str,
                                kind: str) -> None:
    actor = find(resolve(text), mention)
    assert (actor.code, actor.kind) == (code, kind)


def test_possessive_country_is_a_mention(resolve: Resolver) -> None:
    actor = find(resolve("Russia's invasion of Ukraine entered its fourth year."), "Russia")
    assert actor.code == "RUS" and actor.kind == "state"


def test_apposition_inherits_from_known_actor(resolve: Resolver) -> None:
    text = "Duda's advisor on international affairs, Wojciech Kolarski, echoed the plea."
    actors = resolve(text)
    kolarski = find(actors, "Wojciech Kolarski")
    assert (kolarski.code, kolarski.role) == ("POLGOV", "adviser")
    assert kolarski.resolution.method == "apposition"
    assert find(actors, "Duda").name == "Andrzej Duda"


def test_title_with_nationality_codes_unknown_person(resolve: Resolver) -> None:
    actor = find(resolve("Ukrainian Defence Minister Ivan Petrenko visited the front."),
                 "Ivan Petrenko")
    assert actor.code == "UKRGOV" and actor.role == "Defence Minister"


def test_unknown_person_is_a_private_person(resolve: Resolver) -> None:
    actor = find(resolve("Anna Schmidt said the market had recovered."), "Anna Schmidt")
    assert actor.code == "CVL" and actor.resolution.method == "unresolved"
    assert "no country found" in actor.resolution.reason


def test_unknown_person_takes_the_story_country(resolve: Resolver) -> None:
    text = ("Two buses collided near Lyon in France on Monday. "
            "Marie Dubois, who saw the crash, said the road was icy.")
    actor = find(resolve(text), "Marie Dubois")
    assert actor.code == "FRACVL" and actor.kind == "person"


def test_untitled_official_takes_the_story_country(resolve: Resolver) -> None:
    text = ("A storm flooded villages across Peru on Monday. "
            "Health Minister Rosa Quispe said clinics were open.")
    actor = find(resolve(text), "Rosa Quispe")
    assert actor.code == "PERGOV" and actor.kind == "person"


def test_former_in_text(resolve: Resolver) -> None:
    actor = find(resolve("Former Polish President Andrzej Duda spoke.", "2026-05-01"),
                 "Andrzej Duda")
    assert actor.code == "POL" and actor.role == "former President of Poland"


def test_administration_is_the_government(resolve: Resolver) -> None:
    actors = resolve("The Obama administration reached a deal with Iran.", "2015-05-01")
    assert find(actors, "The Obama administration").code == "USAGOV"


def test_surname_and_pronoun_chain(resolve: Resolver) -> None:
    text = ("Polish Foreign Ministry spokesman Pawel Wronski spoke on Monday. "
            "Wronski said he had delivered the note.")
    actors = resolve(text)
    full = find(actors, "Pawel Wronski")
    assert full.code == "POLGOV"
    short = find(actors, "Wronski", 2)
    he = find(actors, "he")
    assert short.entity == full.entity == he.entity
    assert short.resolution.method == he.resolution.method == "coreference"


def test_every_actor_has_method_reason_and_sentence(resolve: Resolver) -> None:
    text = ("Russian troops advanced. Anna Schmidt said the Kremlin would not comment, "
            "Reuters reported.")
    allowed = {"dictionary", "apposition", "metonymy", "coreference", "ner", "unresolved",
                   "context"}
    for actor in resolve(text):
        assert actor.resolution.method in allowed
        assert actor.resolution.reason
        assert actor.sentence is not None
        assert actor.sentence.start <= actor.start < actor.end <= actor.sentence.end
        assert text[actor.start : actor.end] == actor.mention


def test_pronoun_after_a_quote_skips_names_inside_it(resolve: Resolver) -> None:
    text = 'President Joe Biden spoke on Friday. "We cannot let Putin win," he said.'
    he = find(resolve(text, "2023-12-15"), "he")
    assert he.name == "Joe Biden"


def test_affiliation_is_not_nationality(resolve: Resolver) -> None:
    actors = resolve("Moscow-backed separatists shelled the village, and pro-Russian hackers "
                     "attacked the site.")
    assert find(actors, "separatists").code == "REB"
    assert find(actors, "hackers").code == "CVL"  # criminals: CVL (no CRM in the guide)


def test_indefinite_title_is_not_coreferent(resolve: Resolver) -> None:
    text = ("Chinese Foreign Ministry spokesman Wang Wenbin spoke. A spokesperson for the "
            "Japanese government said Tokyo was watching.")
    actor = find(resolve(text, "2023-12-15"), "A spokesperson")
    assert actor.code == "JPNGOV" and actor.resolution.method != "coreference"


def test_the_bloc_and_the_group_refer_back(resolve: Resolver) -> None:
    text = ("European Union leaders agreed to open talks with Ukraine. The bloc also extended "
            "sanctions. Hamas said the strike killed 12 people. The group vowed revenge.")
    actors = resolve(text)
    assert find(actors, "The bloc").code == "EUR"
    assert find(actors, "The group").code == "PSEREB"


def test_leaders_of_an_armed_group_are_the_group(resolve: Resolver) -> None:
    # "rebel leaders" lead the rebels (REB), not the state the sector noun alone would name
    actors = resolve("Afghan rebel leaders said they would meet the mediator.")
    assert find(actors, "Afghan rebel leaders").code == "AFGREB"
    assert find(resolve("Rebel commanders in Syria rejected the truce."),
                "commanders").code == "SYRREB"
    assert find(resolve("Syrian officials met on Monday."), "Syrian officials").code == "SYRGOV"
