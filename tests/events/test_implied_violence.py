"""Unnamed attackers and counted victims: the participants of violence the text leaves bare.

The annotation guide codes an attacker nobody names as an unidentified armed actor of the
country where it happened (``AFGUAF``) and the people a bare number counts ("killed five") as
civilians of that country. Sentences written for these tests (in no gold set).
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsevents.events import arguments as args
from newsevents.records import Place
from tests.events.coding import events_of as _events

VOCAB = spacy.blank("en").vocab


def _implied_attacker() -> args.Actor:
    doc = Doc(VOCAB, words=["killed"], heads=[0], deps=["ROOT"], pos=["VERB"], lemmas=["kill"])
    return args.implied_agent(doc[0], "the subject 'blast' is an event, not its doer")


def test_unnamed_attacker_is_an_unidentified_armed_actor_of_the_place() -> None:
    mosul = Place("Mosul", 20, 25, "IRQ", "city")
    attacker = args.locate_implied(_implied_attacker(), mosul, violent=True)
    assert attacker is not None and (attacker.country, attacker.sector, attacker.code) == (
        "IRQ", "UAF", "IRQUAF")
    assert attacker.resolution.method == "implied" and "Mosul" in attacker.resolution.reason
    assert args.is_implied(attacker)


def test_unnamed_attacker_without_a_place_takes_the_article_then_the_sector_alone() -> None:
    by_article = args.locate_implied(_implied_attacker(), None, None, "SOM", violent=True)
    assert by_article is not None and by_article.code == "SOMUAF"
    nowhere = args.locate_implied(_implied_attacker(), None, None, None, violent=True)
    assert nowhere is not None and (nowhere.code, nowhere.country) == ("UAF", None)
    # a non-violent implied doer of no sector stays uncoded (an unnamed critic)
    critic = args.locate_implied(_implied_attacker(), None, None, "SOM", violent=False)
    assert critic is not None and critic.code is None


def test_a_bare_number_killed_counts_civilians_of_the_sentences_place() -> None:
    text = "An explosion killed nine and wounded 35 at a crowded market in Quetta on Friday."
    killed, wounded = _events(text, "18")
    assert killed.target is not None and killed.target.mention == "nine"
    assert killed.target.code == "PAKCVL" and wounded.target is not None
    assert wounded.target.code == "PAKCVL"
    assert killed.source is not None and killed.source.code == "PAKUAF"
    assert wounded.source is not None and wounded.source.code == "PAKUAF"


def test_one_attack_is_one_event_with_the_victims_and_the_attacks_code() -> None:
    text = "On Monday a car bombing in central Baghdad killed twelve and wounded 40."
    [event] = _events(text, "18")
    assert event.cameo == "1832"  # the car bombing, not "kill by physical assault"
    assert event.target is not None and event.target.mention == "twelve"
    assert event.source is not None and event.source.code == "IRQUAF"


def test_a_passive_told_of_an_attack_is_that_attack_once() -> None:
    text = "Three guards were killed and nine were hurt in a suicide bombing in Kandahar."
    [event] = _events(text, "18")
    assert event.cameo == "1831"
    assert event.target is not None and event.target.code is not None


def test_named_attackers_keep_one_event_per_action() -> None:
    text = "Gunmen in Lagos killed three villagers and injured 12 on Sunday."
    killed, injured = _events(text, "18")
    assert (killed.trigger.text, injured.trigger.text) == ("killed", "injured")


def test_a_bare_claim_of_responsibility_is_against_the_latest_attacks_target() -> None:
    text = ("Gunmen stormed a police station in Kandahar on Monday, killing nine officers. "
            "The Taliban claimed responsibility.")
    [claim] = _events(text, "01")
    assert claim.cameo == "015" and claim.target is not None
    assert claim.target.code == "AFGCOP"
    plea = ("Gunmen stormed a police station in Kandahar on Monday, killing nine officers. "
            "A Kandahar man pleaded guilty on Friday.")
    [pleaded] = _events(plea, "01")  # a plea is to the court, not against the attack's victims
    assert pleaded.target is None or pleaded.target.sector == "JUD"


def test_the_unnamed_side_that_kills_armed_men_is_the_states_security_forces() -> None:
    hit = args.Actor(mention="insurgents", start=0, end=10, name="insurgents", kind="group",
                     country="MLI", sector="INS", code="MLIINS")
    doer = args.locate_implied(_implied_attacker(), None, hit, None, violent=True)
    assert doer is not None and doer.code == "MLICOP"
    assert "security forces" in doer.resolution.reason
    text = "Six insurgents were killed in fighting in northern Mali on Sunday."
    events = _events(text, "18") + _events(text, "19")
    assert events and all(e.source is not None and e.source.code == "MLICOP" for e in events)


def test_an_event_nouns_with_phrase_names_the_side_the_passive_leaves_out() -> None:
    text = "Two rebels were killed in a clash with Chadian soldiers near Abeche on Friday."
    events = _events(text, "18") + _events(text, "19")
    assert events and all(e.source is not None and e.source.code == "TCDMIL" for e in events)


def test_a_counted_noun_of_people_is_civilians_of_the_sentences_place() -> None:
    text = "Bolivian soldiers fired on a crowd in Cochabamba on Sunday, killing one person."
    killed = [e for e in _events(text, "18") if e.trigger.text == "killing"]
    assert killed and killed[0].target is not None and killed[0].target.code == "BOLCVL"
