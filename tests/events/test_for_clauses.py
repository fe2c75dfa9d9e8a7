"""An appeal whose addressee and act come as "for X to V": spaCy makes "for" the mark of an
adverbial clause, not a preposition, so "called for Israel to withdraw" lost its call for
(ConfliBERT issue 12). "push / lobby for" are appeals as PETRARCH codes PUSH FOR."""

from __future__ import annotations

from newsevents.events.slots import for_clauses

from .coding import events_of, parsed


def test_for_clause_on_a_hand_built_parse() -> None:
    # "Peru called for Chile to leave": for (mark) → leave (advcl) ← to (aux), Chile (nsubj)
    doc = parsed(["Peru", "called", "for", "Chile", "to", "leave"], [1, 1, 5, 5, 5, 1],
                 ["nsubj", "ROOT", "mark", "nsubj", "aux", "advcl"],
                 ["PROPN", "VERB", "SCONJ", "PROPN", "PART", "VERB"])
    assert [t.text for t in for_clauses(doc[1])] == ["leave"]
    # "Peru called to say …": an infinitive without "for" is no for-clause
    plain = parsed(["Peru", "called", "to", "leave"], [1, 1, 3, 1],
                   ["nsubj", "ROOT", "aux", "advcl"], ["PROPN", "VERB", "PART", "VERB"])
    assert for_clauses(plain[1]) == []


def test_called_for_a_party_to_act_is_an_appeal_to_it() -> None:
    found = events_of("Peru called for Chile to withdraw its warships from the bay.", "02")
    assert found and found[0].modality == "asserted"
    assert found[0].target is not None and found[0].target.country == "CHL"


def test_pushed_for_a_party_to_act_is_an_appeal() -> None:
    found = events_of("Ecuador has pushed for Bolivia to reopen the border crossing.", "02")
    assert found and found[0].source is not None and found[0].source.country == "ECU"


def test_lobbied_for_sanctions_is_an_appeal() -> None:
    assert events_of("Canada lobbied for new sanctions against Belarus.", "02")


def test_waiting_for_others_to_act_is_no_appeal() -> None:
    assert not events_of("Kenyan police waited for the crowd to leave the square.", "02")
    assert not events_of("The Kenyan minister pushed the door open.", "02")
