"""Oblique and place targets, nationalities, partitives, named antecedents and answers to
requests (``events/participants.py``, ``patient_words.py``, ``nationality.py``, ``sides.py``,
``event_links.py``).

Behaviour through the real model on sentences written for these tests (in no gold set); the
rule logic on hand-built Docs, where the parse is the premise.
"""

from __future__ import annotations

from newsevents.events.coder import Candidate
from newsevents.events.event_links import answer_requests, claimed_targets
from newsevents.events.patient_words import _holders, _participles, partitives
from newsevents.events.sides import same_party
from newsevents.records import Actor, Resolution
from tests.events.coding import events_of as _events
from tests.events.coding import parsed as _doc

# ----------------------------------------------------------------------- through the real model

def test_an_oblique_party_of_the_object_is_the_target() -> None:
    [event] = _events("The Security Council lifted the sanctions imposed on Liberia.", "08")
    assert event.target is not None and event.target.code == "LBRGOV"


def test_the_place_where_a_curfew_was_lifted_is_the_target_country() -> None:
    [event] = _events("Serbia lifted the night curfew in Sarajevo on Sunday.", "08")
    assert event.target is not None and event.target.code == "BIH"
    assert event.target.resolution.method == "metonymy"


def test_a_place_never_replaces_the_person_acted_on() -> None:
    [event] = _events("Nigerian police tortured a 40-year-old trader in Accra.", "18")
    assert event.target is not None and "trader" in event.target.mention


def test_a_state_acting_in_its_own_territory_has_no_place_target() -> None:
    events = _events("Serbia lifted the night curfew in Belgrade.", "08")
    assert events and all(e.target is None for e in events)


def test_a_nationality_makes_an_uncoded_territory_that_country() -> None:
    events = _events("Ethiopian artillery shelled Eritrean villages overnight.", "19")
    assert any(e.target is not None and e.target.code == "ERI" for e in events)


def test_a_pronoun_participant_carries_the_name_from_the_same_sentence() -> None:
    [event] = _events("The Kenyan army said it had shelled the town of Kismayo.", "19")
    assert event.source is not None and event.source.mention.endswith("Kenyan army")
    assert event.source.code == "KENMIL"


def test_who_declines_a_request_answers_who_asked() -> None:
    text = "Poland asked Lithuania to reopen the border crossing, but Lithuania declined."
    [event] = _events(text, "12")
    assert event.source is not None and event.source.code and event.source.code[:3] == "LTU"
    assert event.target is not None and event.target.code and event.target.code[:3] == "POL"


# ----------------------------------------------------------------------- rule logic

def test_partitives_replace_a_quantity_by_its_members() -> None:
    #        expelled  some  of  the  monitors
    doc = _doc(["expelled", "some", "of", "the", "monitors"], [0, 0, 1, 4, 2],
               ["ROOT", "dobj", "prep", "det", "pobj"], ["VERB", "PRON", "ADP", "DET", "NOUN"])
    assert [t.text for t in partitives([doc[1]])] == ["monitors"]
    # a noun that is no quantity keeps its own head ("the leader of the rebels")
    doc2 = _doc(["freed", "leader", "of", "rebels"], [0, 0, 1, 2],
                ["ROOT", "dobj", "prep", "pobj"], ["VERB", "NOUN", "ADP", "NOUN"])
    assert [t.text for t in partitives([doc2[1]])] == ["leader"]


def test_objects_and_their_participles_hold_oblique_phrases() -> None:
    #        lifted  sanctions  imposed  on  Chad
    doc = _doc(["lifted", "sanctions", "imposed", "on", "Chad"], [0, 0, 1, 2, 3],
               ["ROOT", "dobj", "acl", "prep", "pobj"], ["VERB", "NOUN", "VERB", "ADP", "PROPN"])
    doc[2].tag_ = "VBN"
    assert [t.text for t in _holders(doc[0])] == ["lifted", "sanctions"]
    assert [t.text for t in _participles(doc[0])] == ["imposed"]


def _actor(code: str, start: int, entity: str | None = None, mention: str = "") -> Actor:
    return Actor(mention=mention or code, start=start, end=start + 2, name=code, kind="state",
                 country=code[:3], code=code, entity=entity,
                 resolution=Resolution("dictionary", "test"))


def test_answers_to_requests_run_back_to_the_requester() -> None:
    doc = _doc(["A", "asked", "B", "B", "declined"], [1, 1, 1, 4, 4],
               ["nsubj", "ROOT", "dobj", "nsubj", "ROOT"],
               ["PROPN", "VERB", "PROPN", "PROPN", "VERB"])
    asker, asked = _actor("POLGOV", 0, "e1"), _actor("LTUGOV", 8, "e2")
    answerer = _actor("LTUGOV", 10, "e2")
    request = Candidate(doc[1], "020", asker, asked, "test", 0.7)
    answer = Candidate(doc[4], "120", answerer, None, "test", 0.7, True)
    answer_requests([request, answer])
    assert answer.target is asker
    # an answer by someone who was not asked is left alone
    stranger = Candidate(doc[4], "120", _actor("DEUGOV", 10, "e3"), None, "test", 0.7, True)
    answer_requests([request, stranger])
    assert stranger.target is None


def test_same_party_needs_the_entity_or_the_full_code() -> None:
    assert same_party(_actor("LTUGOV", 0, "e2"), _actor("LTUGOV", 9, "e2"))
    assert same_party(_actor("LTUGOV", 0), _actor("LTUGOV", 9))
    assert not same_party(_actor("LTUGOV", 0), _actor("LTUMIL", 9))


def test_a_claim_of_responsibility_is_against_the_attacks_target() -> None:
    text = ("Gunmen killed four Chadian soldiers near Bol on Monday. "
            "A rebel group claimed responsibility for the attack.")
    [claim] = _events(text, "01")
    assert claim.target is not None and claim.target.code == "TCDMIL"


def test_a_nationality_in_a_complement_is_who_is_threatened() -> None:
    text = "Armenia threatened to cut off gas supplies to the Georgian border districts."
    [threat] = [e for e in _events(text, "13") if e.trigger.text == "threatened"]
    assert threat.target is not None and threat.target.country == "GEO"


def test_claimed_targets_prefer_the_event_the_claim_names() -> None:
    #        X  claimed  responsibility  for  attack  on  Y  ;  Z  killed  W
    doc = _doc(["X", "claimed", "responsibility", "for", "attack", "on", "Y"],
               [1, 1, 1, 2, 3, 4, 5],
               ["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj"],
               ["PROPN", "VERB", "NOUN", "ADP", "NOUN", "ADP", "PROPN"])
    earlier = Candidate(doc[0], "1823", _actor("AFGREB", 0), _actor("PAKMIL", 1), "test", 0.7)
    named = Candidate(doc[4], "190", None, _actor("IRQMIL", 30), "test", 0.7)
    claim = Candidate(doc[1], "015", _actor("AFGREB", 0), None, "test", 0.7, True)
    claimed_targets([earlier, claim, named])
    assert claim.target is not None and claim.target.code == "IRQMIL"
    # without a named event, the latest violent event before the claim
    alone = Candidate(doc[1], "015", _actor("AFGREB", 0), None, "test", 0.7, True)
    claimed_targets([earlier, alone])
    assert alone.target is not None and alone.target.code == "PAKMIL"


def test_a_verb_conjoined_to_a_passive_shares_its_subject_not_its_agent() -> None:
    from newsevents.events.syntax import subject

    #        minister  was  indicted  by  court  and  resigned
    doc = _doc(["minister", "was", "indicted", "by", "court", "and", "resigned"],
               [2, 2, 2, 2, 3, 2, 2],
               ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "cc", "conj"],
               ["NOUN", "AUX", "VERB", "ADP", "NOUN", "CCONJ", "VERB"])
    doc[2].tag_ = "VBN"
    resigned = subject(doc[6])
    assert resigned is not None and resigned.text == "minister"
    indicted = subject(doc[2])
    assert indicted is not None and indicted.text == "court"


def test_an_unnamed_attacker_is_of_the_country_where_it_struck() -> None:
    [event] = _events("Five soldiers were killed in an ambush in northern Mali on Sunday.", "18")
    assert event.source is not None and event.source.mention == ""
    # an unidentified armed actor of that country, as the annotation guide codes "attackers"
    assert (event.source.country, event.source.code) == ("MLI", "MLIUAF")


def test_a_bare_claim_far_from_any_attack_claims_the_articles_first() -> None:
    #        Rebels attacked base . | It rained . (x4) | X claimed responsibility
    words, heads, deps, pos = ["Rebels", "attacked", "base"], [1, 1, 1], \
        ["nsubj", "ROOT", "dobj"], ["PROPN", "VERB", "NOUN"]
    for _ in range(4):
        n = len(words)
        words += ["It", "rained"]
        heads += [n + 1, n + 1]
        deps += ["nsubj", "ROOT"]
        pos += ["PRON", "VERB"]
    n = len(words)
    words += ["X", "claimed", "responsibility"]
    heads += [n + 1, n + 1, n + 1]
    deps += ["nsubj", "ROOT", "dobj"]
    pos += ["PROPN", "VERB", "NOUN"]
    doc = _doc(words, heads, deps, pos)
    assert len(list(doc.sents)) == 6
    attack = Candidate(doc[1], "190", _actor("AFGREB", 0), _actor("AFGMIL", 15), "test", 0.7)
    later = Candidate(doc[1], "190", _actor("AFGREB", 0), _actor("AFGCVL", 15), "test", 0.7)
    claim = Candidate(doc[n + 1], "015", _actor("AFGREB", 40), None, "test", 0.7, True)
    claimed_targets([attack, later, claim])
    assert claim.target is not None and claim.target.code == "AFGMIL"
    # a claim naming what it claims ("for the attack") never reaches that far back
    doc2 = _doc([*words, "for", "it"], [*heads, n + 2, n + 3], [*deps, "prep", "pobj"],
                [*pos, "ADP", "PRON"])
    named = Candidate(doc2[n + 1], "015", _actor("AFGREB", 40), None, "test", 0.7, True)
    claimed_targets([Candidate(doc2[1], "190", _actor("AFGREB", 0), _actor("AFGMIL", 15),
                                     "test", 0.7), named])
    assert named.target is None
