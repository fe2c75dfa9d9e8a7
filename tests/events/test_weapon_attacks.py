"""Attacks told through their instrument: a weapon subject with a verb of impact ("a car bomb
tore through the convoy") is an attack by an implied, unidentified armed actor, coded by the
weapon's kind (CAMEO 183x bombing, 195 rockets and shells, 190 other arms), against the party
struck or the country of the place struck. Sentences written for these tests (in no gold set).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.events import weapons
from tests.events.coding import VOCAB, codes
from tests.events.coding import events_of as _events


def test_a_roadside_bomb_tearing_through_soldiers_is_a_roadside_bombing() -> None:
    [event] = _events("A roadside bomb tore through a convoy of Kenyan soldiers near Mandera "
                      "on Thursday.", "18")
    assert event.cameo == "1833"
    assert event.source is not None and event.source.code == "KENUAF"
    assert event.target is not None and event.target.code == "KENMIL"


def test_rockets_striking_near_a_city_are_aerial_weapons_against_its_country() -> None:
    [event] = _events("Eleven rockets struck near the airport in Kandahar late on Sunday.", "19")
    assert event.cameo == "195"
    assert event.target is not None and event.target.code == "AFG"
    assert event.source is not None and event.source.code == "AFGUAF"


def test_a_car_bomb_exploding_near_police_is_a_car_bombing() -> None:
    [event] = _events("A car bomb exploded near a police checkpoint in Basra, officials said.",
                      "18")
    assert event.cameo == "1832"
    # the police struck are the target (their country is the actors stage's to give)
    assert event.target is not None and event.target.sector == "COP"
    assert event.source is not None and event.source.sector == "UAF"


def test_a_missile_hitting_a_place_is_not_any_force_but_aerial_weapons() -> None:
    [event] = _events("A missile hit a clinic in Idlib overnight.", "19")
    assert event.cameo == "195" and event.source is not None and event.source.code == "SYRUAF"


def test_things_that_strike_without_anyone_behind_them_are_no_attack() -> None:
    for text in ("A falling tree struck the car on the road outside Leeds.",
                 "A gas cylinder exploded in a bakery in Karachi on Tuesday.",
                 "Fireworks exploded over the harbour in Valletta at midnight.",
                 "A stray ball hit a spectator during the match in Madrid."):
        assert not [c for c in codes(text) if c[:2] in ("18", "19", "20")], text


def test_the_weapon_code_reads_the_bombs_kind_from_its_modifier() -> None:
    doc = Doc(VOCAB, words=["a", "car", "bomb", "exploded"], heads=[2, 2, 3, 3],
              deps=["det", "compound", "nsubj", "ROOT"], pos=["DET", "NOUN", "NOUN", "VERB"],
              lemmas=["a", "car", "bomb", "explode"])
    assert weapons.weapon_code(doc[2]) == "1832"
    doc = Doc(VOCAB, words=["an", "explosive", "device", "exploded"], heads=[2, 2, 3, 3],
              deps=["det", "amod", "nsubj", "ROOT"], pos=["DET", "ADJ", "NOUN", "VERB"],
              lemmas=["an", "explosive", "device", "explode"])
    assert weapons.weapon_code(doc[2]) is None or weapons.weapon_code(doc[2]) == "183"
    doc = Doc(VOCAB, words=["the", "tree", "fell"], heads=[1, 2, 2],
              deps=["det", "nsubj", "ROOT"], pos=["DET", "NOUN", "VERB"],
              lemmas=["the", "tree", "fall"])
    assert weapons.weapon_code(doc[1]) is None


def test_what_the_impact_did_is_the_same_attack_with_its_victims() -> None:
    events = [e for e in _events("A bomb exploded at a bus stop in Quetta, killing seven.", "18")]
    assert [e.cameo for e in events] == ["183"]
    assert events[0].target is not None and events[0].target.code == "PAKCVL"


def test_an_adverbial_inside_the_passive_keeps_the_weapon_as_its_subject() -> None:
    # "was on Tuesday rammed": the parser hangs the participle under "was"
    [event] = _events("A truck bomb was on Tuesday rammed into an army base in Kunduz.", "18")
    assert event.cameo == "1832"
    assert event.source is not None and event.source.code == "AFGUAF"
    assert event.target is not None and event.target.code == "AFGMIL"


def test_a_bare_claim_after_a_weapon_attack_is_against_the_attacks_target() -> None:
    text = ("A truck bomb was on Tuesday rammed into an army base in Kunduz. "
            "The Taliban claimed responsibility.")
    [claim] = _events(text, "01")
    assert claim.cameo == "015"
    assert claim.target is not None and claim.target.code == "AFGMIL"
