"""Events whose participant nobody could code are still emitted (issue 12): the field
dictionary's verbs with a subject that is a person, group or organisation nobody coded, and
statements of attitude (012/013) whose only speaker is such a mention.

Behaviour through the real model on sentences written for these tests (in no gold set); the
rule logic on hand-built Docs, where the parse is the premise.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsevents import extract_text
from newsevents.events.arguments import argument_rules, party_token
from newsevents.events.codebook import is_code
from tests.events.coding import events_of as _events

VOCAB = spacy.blank("en").vocab


# ----------------------------------------------------------------------- through the real model

def test_a_dictionary_verb_with_an_uncoded_person_as_subject() -> None:
    # "denigrate", "slander", "sabotage" are PETRARCH's verbs only; the subject is nobody coded
    [event] = _events("She denigrated the Peruvian army in a speech.", "11")
    assert event.source is not None and event.source.mention == "She"
    assert event.source.code is None and "no actor code" in event.source.resolution.reason
    assert event.target is not None and event.target.code == "PERMIL"
    # a person noun is an actor since round 11 (actors/people_nouns.py), placed by context
    [event] = _events("The teenager slandered the Chilean navy online.", "11")
    assert event.source is not None and event.source.code == "CHLCVL"
    assert (event.source.start, event.source.end) == (0, 12)
    [event] = _events("He sabotaged the Peruvian army radio.", "16")
    assert event.target is not None and event.target.country == "PER"


def test_a_thing_or_an_uncoded_party_acted_on_gives_no_dictionary_event() -> None:
    # a storm or a flood is nobody; an uncoded doer needs an anchored party it acts on
    assert not _events("The storm ravaged the Bolivian army base.", "19")
    assert not _events("The flood devastated the Kenyan army camp.", "19")
    assert not extract_text("The visitor complimented her hosts at the dinner.",
                            published="2025-05-06").events


def test_a_statement_of_attitude_by_someone_nobody_coded() -> None:
    [hope] = _events("They hoped that the talks would resume soon.", "01")
    assert hope.cameo == "013"
    assert hope.source is not None and hope.source.mention == "They"
    assert hope.source.code is None
    [hope] = _events("The committee is hopeful that the bridge will reopen.", "01")
    assert hope.source is not None and hope.source.mention == "The committee"
    [optimism] = _events("Nadia Sorel said she was optimistic about her chances.", "01")
    assert optimism.source is not None and optimism.source.mention == "Nadia Sorel"


def test_no_statement_without_a_person_group_or_organisation() -> None:
    assert not _events("The engine was hopeful.", "01")
    assert not _events("Hopes rose that the rain would stop.", "01")


# ----------------------------------------------------------------------- on hand-built parses

def _doc(words: list[str], pos: list[str], ents: list[str]) -> Doc:
    heads = [len(words) - 1] * len(words)
    deps = ["nsubj"] * (len(words) - 1) + ["ROOT"]
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=[w.lower() for w in words], ents=ents)


def test_party_tokens_are_people_groups_and_organisations() -> None:
    doc = _doc(["she", "Oxfam", "committee", "storm", "it", "rested"],
               ["PRON", "PROPN", "NOUN", "NOUN", "PRON", "VERB"],
               ["O", "B-ORG", "O", "O", "O", "O"])
    assert party_token(doc[0])  # a personal pronoun
    assert party_token(doc[1])  # an organisation's name
    assert party_token(doc[2])  # WordNet: noun.group first
    assert not party_token(doc[3])  # WordNet: noun.phenomenon
    assert not party_token(doc[4])  # "it" is never a participant of its own


def test_uncoded_speaker_codes_are_cameo_codes() -> None:
    codes = argument_rules().uncoded_speaker_codes
    assert codes and all(is_code(c) for c in codes)


def test_an_uncoded_doer_acting_on_a_pronoun_gives_no_dictionary_event() -> None:
    # "them" is the messages, not the police: an uncoded doer and a pronoun's antecedent are
    # two guesses, which make no event
    assert not _events("The Lima Center for Journalism obtained the messages between the "
                       "Peruvian police and released them publicly.", "08")
    assert not _events("The Lima Center for Journalism obtained the letters of Peruvian "
                       "soldiers and sabotaged them.", "16")


# ------------------------------------------------- protests by private parties (issue 12, ev-keep)

def test_a_strike_by_workers_nobody_placed_in_a_country_is_kept() -> None:
    # the workers are LAB (Phoenix agents) with no country: no anchored participant, yet the
    # guide records strikes and protests (14) with such doers; kept with the sector as code
    [strike] = _events("About 300 dock workers stopped work on Monday in a strike over pay.", "14")
    assert strike.source is not None and strike.source.code == "LAB"
    assert strike.source.country is None and strike.source.mention == "workers"
    [blockade] = _events(
        "Farmers blocked the road with tractors in protest at the fuel prices.", "14")
    assert blockade.source is not None and blockade.source.sector == "AGR"


def test_private_doers_keep_only_protests() -> None:
    # a bare denial by someone nobody coded is as often gossip as a denial of responsibility,
    # and a company is no protester: both stay out
    assert not _events("The actress denied rumours of a split from her husband.", "01")
    rules = argument_rules()
    assert not any(c.startswith("01") for c in rules.private_doer_codes)
    assert "BUS" not in rules.private_doer_sectors and "MED" not in rules.private_doer_sectors


# ------------------------------------------ ending one's own strike needs no addressee (082)

def test_ending_a_strike_stands_without_a_target() -> None:
    # PETRARCH's END * STRIKE [082] needed a target the sentence never names
    [ended] = _events("Rail workers in Brazil ended the strike on Friday.", "08")
    assert ended.cameo == "082" and ended.target is None
    assert ended.source is not None and ended.source.code == "BRALAB"


def test_refusing_to_end_a_strike_is_a_refusal_by_the_strikers() -> None:
    # workers with no country (LAB): the negated 082 and its refusal 1242 are their own acts
    sentence = "Striking dock workers will not end the strike until the port authority raises " \
        "their wages."
    [ended] = _events(sentence, "08")
    assert ended.modality == "negated" and ended.source is not None
    assert ended.source.code == "LAB"
    [refusal] = _events(sentence, "12")
    assert refusal.cameo == "1242" and refusal.modality == "asserted"


def test_halting_air_strikes_is_no_end_of_dissent() -> None:
    # the same words with air strikes: force halted, not a protest ended (senses.yaml)
    assert not [e for e in extract_text("Israel halted air strikes on Gaza on Sunday.",
                                         published="2025-05-06").events if e.cameo == "082"]
