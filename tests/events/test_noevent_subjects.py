"""Subjects the coder used to miss, so that a matched trigger gave no event at all (issue 12).

Behaviour through the real model on sentences written for these tests (in no gold set); the
rule logic on hand-built Docs, where the parse is the premise.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsevents import extract_text
from newsevents.events.speakers import reported_speaker
from newsevents.events.syntax import headline_subject, subject
from tests.events.coding import events_of as _events
from tests.events.coding import parsed as _doc

VOCAB = spacy.blank("en").vocab


# ----------------------------------------------------------------------- through the real model

def test_a_predicate_participle_takes_the_copulas_subject() -> None:
    # "committed" is tagged as a verb in an acomp slot: the authorities commit themselves
    [event] = _events("The Chilean government said it is committed to restoring ties with "
                      "Bolivia.", "03")
    assert event.source is not None and event.source.code == "CHLGOV"
    assert event.target is not None and event.target.code == "BOLGOV"


def test_guilty_of_and_responsible_for_name_the_doer() -> None:
    [shelling] = _events("The Ethiopian army was guilty of shelling villages in Eritrea.", "19")
    assert shelling.source is not None and shelling.source.code == "ETHMIL"
    [killing] = _events("The Sudanese militia was responsible for killing dozens of villagers "
                        "in Chad.", "18")
    assert killing.source is not None and killing.source.country == "SDN"


# ----------------------------------------------------------------------- on hand-built parses

def test_a_verb_conjoined_to_a_verb_read_as_a_noun_shares_its_subject() -> None:
    # "The cabinet rejects and condemns the plan, he said", "rejects" tagged NOUN with its own
    # subject in a reported clause
    doc = _doc(["The", "cabinet", "rejects", "and", "condemns", "the", "plan", ",", "he", "said"],
               [1, 2, 9, 2, 2, 6, 4, 9, 9, 9],
               ["det", "nsubj", "ccomp", "cc", "conj", "det", "dobj", "punct", "nsubj", "ROOT"],
               ["DET", "NOUN", "NOUN", "CCONJ", "VERB", "DET", "NOUN", "PUNCT", "PRON", "VERB"])
    found = subject(doc[4])
    assert found is not None and found.text == "cabinet"


def test_a_noun_conjoined_to_a_noun_has_no_subject() -> None:
    # "the army and police": a conjoined noun is no verb, whatever its head holds
    doc = _doc(["The", "army", "and", "police", "arrived"], [1, 4, 1, 1, 4],
               ["det", "nsubj", "cc", "conj", "ROOT"],
               ["DET", "NOUN", "CCONJ", "NOUN", "VERB"])
    assert subject(doc[3]) is None


def test_a_predicate_adjective_takes_the_copulas_subject() -> None:
    # "The ministry was ready": an acomp reads its subject off the copula
    doc = _doc(["The", "ministry", "was", "ready"], [1, 2, 2, 2],
               ["det", "nsubj", "ROOT", "acomp"], ["DET", "NOUN", "AUX", "ADJ"])
    found = subject(doc[3])
    assert found is not None and found.text == "ministry"


# ----------------------------------------------------------------------- texts and their authors

def test_a_report_that_calls_on_someone_is_its_issuers_appeal() -> None:
    [event] = _events("The Senate committee issued a report that calls on the Pentagon to "
                      "release the files.", "02")
    assert event.source is not None and event.source.code == "USALEG"
    assert event.target is not None and event.target.code == "USAMIL"
    assert "author of the report" in event.source.resolution.reason


def test_a_resolution_demanding_an_act_is_its_adopters_demand() -> None:
    [event] = _events("The UN Security Council adopted a resolution that demands Sudan "
                      "withdraw its troops from Abyei.", "10")
    assert event.source is not None and event.source.code == "UNO"


def test_a_text_with_no_coded_author_gives_no_source() -> None:
    # nobody coded wrote it: the text is still no actor of its own
    for text in ("A local blogger published a report that calls on readers to vote.",
                 "The report of the commission was released on Monday."):
        for event in extract_text(text, published="2025-05-06").events:
            assert event.source is None or "report" not in event.source.mention


# ----------------------------------------------------------------------- reported speakers

def test_an_unlinked_pronoun_of_reported_speech_is_the_speaker() -> None:
    [event] = _events("Green Harvest Relief says it is providing food aid to 20,000 families "
                      "in northern Niger.", "07")
    assert event.source is not None and event.source.mention == "Green Harvest Relief"


def _said(words: list[str], tags: list[str]) -> Doc:
    # "<speaker> said <pronoun> would leave"
    doc = Doc(VOCAB, words=words, heads=[1, 1, 4, 4, 1], deps=[
        "nsubj", "ROOT", "nsubj", "aux", "ccomp"], tags=tags,
        pos=["NOUN", "VERB", "PRON", "AUX", "VERB"], lemmas=["x", "say", words[2], "would",
                                                              "leave"])
    return doc


def test_the_speaker_binding_needs_the_pronouns_number() -> None:
    one = _said(["charity", "said", "it", "would", "leave"], ["NN", "VBD", "PRP", "MD", "VB"])
    found = reported_speaker(one[2])
    assert found is not None and found.text == "charity"
    many = _said(["ministers", "said", "it", "would", "leave"], ["NNS", "VBD", "PRP", "MD", "VB"])
    assert reported_speaker(many[2]) is None  # "the ministers said it …": something else
    they = _said(["ministers", "said", "they", "would", "leave"],
                 ["NNS", "VBD", "PRP", "MD", "VB"])
    found = reported_speaker(they[2])
    assert found is not None and found.text == "ministers"


# ----------------------------------------------------------------------- violence told in a clause

def test_a_passive_killing_when_a_bomb_exploded_has_an_implied_attacker() -> None:
    [event] = _events("Four policemen were killed when a roadside bomb exploded near their "
                      "patrol in Kirkuk.", "18")
    assert event.source is not None and event.source.sector == "UAF"
    assert event.target is not None and "policemen" in event.target.mention


def test_the_bombing_clause_and_the_killing_are_one_attack() -> None:
    events = _events("At least 26 people were killed and 41 wounded today after a car bomb "
                     "struck a bus in Kabul.", "18")
    assert [e.cameo for e in events] == ["1832"]
    assert events[0].target is not None and "people" in events[0].target.mention


def test_a_clause_of_nature_names_no_attacker() -> None:
    for text in ("Three people were killed when a storm hit the coast of Bangladesh.",
                 "Twelve villagers were killed after a landslide buried their homes in Nepal."):
        assert not [e for e in extract_text(text, published="2025-05-06").events
                    if e.cameo_root in ("18", "19", "20")]


# ----------------------------------------------------------------------- a sentence read as a noun

def test_a_sentence_parsed_as_one_noun_phrase_keeps_its_doer() -> None:
    [killing] = _events("The Iraqi air force carried out at least three air strikes in western "
                        "Mosul, killing several dozens of Islamic State fighters.", "18")
    assert killing.source is not None and killing.source.code == "IRQMIL"


def test_only_a_participle_with_an_object_under_a_root_noun_is_the_verb() -> None:
    # "force carried out strikes" (acl with a dobj under the root noun): the noun is the doer
    doc = Doc(VOCAB, words=["force", "carried", "out", "strikes"], heads=[0, 0, 1, 1],
              deps=["ROOT", "acl", "prt", "dobj"], tags=["NN", "VBN", "RP", "NNS"],
              pos=["NOUN", "VERB", "ADP", "NOUN"])
    assert headline_subject(doc[1]) and subject(doc[1]) == doc[0]
    # "protesters arrested on Monday": a participle without an object describes the noun
    doc = Doc(VOCAB, words=["protesters", "arrested", "on", "Monday"], heads=[0, 0, 1, 2],
              deps=["ROOT", "acl", "prep", "pobj"], tags=["NNS", "VBN", "IN", "NNP"],
              pos=["NOUN", "VERB", "ADP", "PROPN"])
    assert not headline_subject(doc[1])


def test_an_uncoded_name_with_a_capitalised_preposition_is_one_mention() -> None:
    from newsevents.events.arguments import phrase_span

    doc = Doc(VOCAB, words=["Friends", "Against", "Famine", "said", "troops", "in", "Kabul"],
              heads=[3, 0, 1, 3, 3, 4, 5], deps=["nsubj", "prep", "pobj", "ROOT", "dobj", "prep",
                                                 "pobj"],
              pos=["NOUN", "ADP", "PROPN", "VERB", "NOUN", "ADP", "PROPN"])
    assert phrase_span(doc[0]) == (0, len("Friends Against Famine"))
    assert phrase_span(doc[4]) == (doc[4].idx, doc[4].idx + len("troops"))
