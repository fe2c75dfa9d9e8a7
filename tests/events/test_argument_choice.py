"""Who an event acts on when the clause shape hides it: reduced passives adjoined to a clause,
and slots naming the source beside another party.

Sentences written for these tests (in no gold set); hand-built parses where the parse is the
premise, the real model for what users get.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsevents.events.syntax import is_passive, objects, subject
from tests.events.coding import events_of as _events

VOCAB = Vocab()


def _doc(words: list[str], heads: list[int], deps: list[str], tags: list[str],
         pos: list[str]) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_bare_participle_adjoined_to_a_clause_is_passive_on_its_subject() -> None:
    # "The mayor left , accused of fraud": accused (VBN, advcl) has no subject of its own
    doc = _doc(["The", "mayor", "left", ",", "accused", "of", "fraud"],
               [1, 2, 2, 2, 2, 4, 5],
               ["det", "nsubj", "ROOT", "punct", "advcl", "prep", "pobj"],
               ["DT", "NN", "VBD", ",", "VBN", "IN", "NN"],
               ["DET", "NOUN", "VERB", "PUNCT", "VERB", "ADP", "NOUN"])
    accused = doc[4]
    assert is_passive(accused)
    assert subject(accused) is None  # the mayor is not the accuser
    assert [t.text for t in objects(accused)] == ["mayor"]


def test_participle_with_its_own_subject_or_object_stays_active() -> None:
    # "The mayor left after police arrested him": arrested has a subject and an object
    doc = _doc(["The", "mayor", "left", "after", "police", "arrested", "him"],
               [1, 2, 2, 5, 5, 2, 5],
               ["det", "nsubj", "ROOT", "mark", "nsubj", "advcl", "dobj"],
               ["DT", "NN", "VBD", "IN", "NNS", "VBN", "PRP"],
               ["DET", "NOUN", "VERB", "SCONJ", "NOUN", "VERB", "PRON"])
    assert not is_passive(doc[5])
    # "having charged the suspect": a perfect participle is active
    perfect = _doc(["Prosecutors", "spoke", ",", "having", "charged", "the", "suspect"],
                   [1, 1, 1, 4, 1, 6, 4],
                   ["nsubj", "ROOT", "punct", "aux", "advcl", "det", "dobj"],
                   ["NNS", "VBD", ",", "VBG", "VBN", "DT", "NN"],
                   ["NOUN", "VERB", "PUNCT", "AUX", "VERB", "DET", "NOUN"])
    assert not is_passive(perfect[4])


def test_reduced_passive_makes_the_clause_subject_the_one_acted_on() -> None:
    text = "A Canadian businessman appeared in court in Lagos on Monday, charged with fraud."
    [event] = _events(text, "11") + _events(text, "17")  # an accusation or a legal charge
    assert event.target is not None and "businessman" in event.target.mention
    assert event.source is not None and "businessman" not in event.source.mention
    assert event.source.resolution.method == "implied"


def test_the_source_named_beside_another_party_is_not_the_target() -> None:
    [event] = _events("Kenya lifted its embargo of Somalia on Friday.", "08")
    assert event.source is not None and event.source.code == "KENGOV"  # state_levels.yaml
    assert event.target is not None and event.target.code == "SOMGOV"


def test_a_plea_is_addressed_to_the_court_where_it_is_made() -> None:
    [event] = _events("A Kenyan man pleaded not guilty on Tuesday to three counts of fraud in "
                      "Nairobi.", "01")
    assert event.cameo == "016"
    assert event.target is not None and event.target.code == "KENJUD"
    assert event.target.mention == "" and event.target.resolution.method == "implied"


def test_a_plea_to_someone_named_keeps_its_own_addressee() -> None:
    [event] = _events("Iran pleaded with the United Nations to lift the sanctions.", "02")
    assert event.target is not None and event.target.code == "UNO"


def test_the_owner_of_what_a_complement_bears_on_is_the_target() -> None:
    text = "The former adviser agreed to cooperate with the Justice Department's investigation."
    agreed = [e for e in _events(text, "03") if e.trigger.text == "agreed"]
    assert agreed and agreed[0].target is not None and agreed[0].target.code == "USAJUD"
