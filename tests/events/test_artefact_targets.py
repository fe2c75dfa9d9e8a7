"""Things as participants (issue 12): a thing struck stands for its owner or users of its
place's country (events/artefacts.py); what an appeal asks for is its topic, not its target;
a release is asked of the holder (events/holders.py). Sentences written for these tests (in
no gold set); rule logic on hand-built Docs where the parse is the premise.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents.events.actor_finder import ActorFinder
from newsevents.events.artefacts import artefact_sector, topics_only
from newsevents.events.object_party import object_party
from newsevents.records import Actor, Resolution
from tests.events.coding import VOCAB, codes
from tests.events.coding import events_of as _events


def _target_code(text: str, root: str) -> str | None:
    [event] = _events(text, root)
    assert event.target is not None
    return event.target.code


def test_a_bus_attacked_in_a_city_is_an_attack_on_civilians_of_its_country() -> None:
    assert _target_code("Gunmen attacked a bus in the Nigerian city of Kano.", "19") == "NGACVL"


def test_a_military_convoy_is_the_military_of_its_place_not_the_bare_country() -> None:
    assert _target_code("Militants ambushed a military convoy in northern Mali on Sunday.",
                        "19") == "MLIMIL"


def test_a_nationality_on_the_thing_names_the_owner_over_the_place() -> None:
    assert _target_code("Gunmen attacked a Turkish military convoy near the Syrian town of "
                        "Idlib.", "19") == "TURMIL"


def test_a_market_fired_on_is_civilians_of_the_place() -> None:
    assert _target_code("Gunmen opened fire on a market in the Afghan city of Herat.",
                        "19") == "AFGCVL"


def test_a_hijacked_truck_is_its_civilian_users() -> None:
    assert _target_code("Gunmen hijacked a truck carrying food aid in South Sudan.",
                        "18") == "SSDCVL"


def test_a_weapon_slamming_into_a_thing_hits_its_owner_not_the_place() -> None:
    [event] = _events("A car bomb slammed into a military convoy near Mogadishu.", "18")
    assert event.target is not None and event.target.code == "SOMMIL"


def test_a_rocket_striking_a_bus_is_an_attack_not_a_traffic_accident() -> None:
    [event] = _events("A rocket struck a bus in the Afghan city of Kandahar.", "19")
    assert event.cameo == "195"
    assert event.target is not None and event.target.code == "AFGCVL"
    assert not [c for c in codes("A truck hit a bus in the Kenyan capital Nairobi.")
                if c[:2] in ("18", "19", "20")]


def test_a_coded_owner_deep_in_the_things_phrase_is_the_target() -> None:
    [event] = _events("Kurdish fighters launched an assault on the last ISIS group stronghold "
                      "near Raqqa.", "19")
    assert event.target is not None and event.target.code == "REB"
    assert event.target.mention == "ISIS"


def test_a_bombing_told_in_an_attack_on_a_convoy_targets_the_convoys_owner() -> None:
    [bombing] = [e for e in _events("A suicide bomber killed seven people in an attack on an "
                                    "army convoy in the Afghan city of Jalalabad.", "18")
                 if e.cameo == "1831"]
    assert bombing.target is not None and bombing.target.code == "AFGMIL"


def test_things_struck_by_nobody_political_make_no_event() -> None:
    assert not [c for c in codes("The driver struck the concrete pillars in Lagos.")
                if c[:2] in ("17", "18", "19", "20")]
    assert not [c for c in codes("Protesters smashed a bus shelter in the French city of "
                                 "Marseille.") if c[:2] in ("17", "18", "19", "20")]


def test_an_appeal_for_calm_has_no_target_but_stands() -> None:
    events = _events("The Kenyan president urged calm and patience after the disputed vote.",
                     "02")
    assert events
    assert all(e.target is None for e in events)
    assert all(e.source is not None and e.source.code == "KENGOV" for e in events)


def test_an_appeal_keeps_its_addressee_beside_its_topic() -> None:
    [event] = _events("The Nigerian governor appealed to residents for calm.", "02")
    assert event.target is not None and event.target.mention == "residents"


def test_what_countries_are_urged_to_condemn_is_no_target() -> None:
    events = _events("Japan urged all nations to condemn the test and called on Pyongyang to "
                     "resume talks.", "02")
    assert [e.target.code for e in events if e.target is not None] == ["PRKGOV"]
    assert not [e for e in events if e.target is not None and e.target.code is None]


def test_a_release_is_asked_of_the_named_holder() -> None:
    [event] = _events("Britain called for the release of all hostages held by Hamas.", "02")
    assert event.cameo == "0253"
    assert event.target is not None and event.target.mention == "Hamas"
    [demand] = _events("The Foreign Ministry of Turkey demanded the release of the "
                       "journalists detained by Iran.", "10")
    assert demand.target is not None and demand.target.code == "IRNGOV"  # addressed: its government


# ------------------------------------------------------------------ rule logic, hand-built


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str],
         lemmas: list[str] | None = None) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=lemmas or [w.lower() for w in words])


def test_a_compound_thing_is_looked_up_before_its_head() -> None:
    doc = _doc(["a", "police", "station", "and", "a", "bus"], [2, 2, 2, 2, 5, 2],
               ["det", "compound", "ROOT", "cc", "det", "conj"],
               ["DET", "NOUN", "NOUN", "CCONJ", "DET", "NOUN"])
    assert artefact_sector(doc[2]) == "COP"  # the two-word lemma, not "station" (CVL)
    assert artefact_sector(doc[5]) == "CVL"
    assert artefact_sector(doc[1]) is None  # "police" is no thing


def _uncoded(doc: Doc, i: int) -> Actor:
    tok = doc[i]
    return Actor(mention=tok.text, start=tok.idx, end=tok.idx + len(tok.text), name=tok.text,
                 kind="group", resolution=Resolution("unresolved", "no actor code"))


def test_a_quality_asked_for_is_a_topic_a_group_is_an_addressee() -> None:
    doc = _doc(["He", "urged", "calm", "and", "residents"], [1, 1, 1, 2, 2],
               ["nsubj", "ROOT", "dobj", "cc", "conj"], ["PRON", "VERB", "NOUN", "CCONJ", "NOUN"])
    calm, residents = _uncoded(doc, 2), _uncoded(doc, 4)
    assert topics_only([calm], "024", doc[1], frozenset())
    assert not topics_only([calm, residents], "024", doc[1], frozenset())
    assert not topics_only([calm], "190", doc[1], frozenset())  # only appeals and demands
    # an event noun asked for is a topic though WordNet lacks it
    assert topics_only([_uncoded(doc, 4)], "100", doc[1], frozenset({"residents"}))


def test_the_object_phrase_walk_never_enters_a_conjoined_verb() -> None:
    # "urged nations to condemn it and call on Iran": the call is an act of its own
    words = ["We", "urged", "nations", "to", "condemn", "it", "and", "call", "on", "Iran"]
    doc = _doc(words, [1, 1, 1, 4, 1, 4, 4, 4, 7, 8],
               ["nsubj", "ROOT", "dobj", "aux", "xcomp", "dobj", "cc", "conj", "prep", "pobj"],
               ["PRON", "VERB", "NOUN", "PART", "VERB", "PRON", "CCONJ", "VERB", "ADP", "PROPN"])
    iran = Actor(mention="Iran", start=doc[9].idx, end=doc[9].idx + 4, name="Iran",
                 kind="state", country="IRN", code="IRN",
                 resolution=Resolution("dictionary", "country"))
    assert object_party(doc[1], ActorFinder([iran]), None) is None
    # the same walk still reaches a party of the complement itself
    assert object_party(doc[7], ActorFinder([iran]), None) == iran
