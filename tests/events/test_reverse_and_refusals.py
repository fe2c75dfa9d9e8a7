"""PETRARCH's reverse entries and refusals of cooperation, through the real spaCy model.

Reverse entries (``[:x]`` in PETRARCH's verb dictionary, ``reverse`` in petrarch_verbs.tsv):
the party after "from" (or owning the object) acts on the verb's subject. Refusals
(``events/refusals.py``): a cooperative act announced as not to be done is also an asserted
CAMEO 12 act of the refuser; a past act that did not happen is only ``negated``.
The sentences are written for these tests and are in no gold set.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsevents import extract_text, nlp
from newsevents.events.coder import Candidate
from newsevents.events.dictionary import verb_dictionary
from newsevents.events.petrarch_convert import Converter, parse_source
from newsevents.records import Event


def _events(text: str) -> list[Event]:
    return list(extract_text(text, published="2021-05-04").events)


def _code(actor: object) -> str:
    return getattr(actor, "code", None) or ""


# --------------------------------------------------------------------------- reverse entries

@pytest.mark.parametrize("text,code,source,target", [
    ("Armenia received military aid from France last year.", "072", "FRA", "ARM"),
    ("Mongolia obtained a loan from Japan in March.", "071", "JPN", "MNG"),
    ("Kosovo gained recognition from Brazil.", "054", "BRA", "XKX"),
    ("Bolivia received an invitation from Argentina.", "026", "ARG", "BOL"),
])
def test_reverse_entry_makes_the_from_party_the_source(text: str, code: str, source: str,
                                                       target: str) -> None:
    found = [(e.cameo, _code(e.source)[:3], _code(e.target)[:3]) for e in _events(text)]
    assert (code, source, target) in found
    assert (code, target, source) not in found


def test_reverse_entry_without_the_acting_party_codes_nothing() -> None:
    # nobody named who gave it: no event rather than one with the receiver as its source
    assert not [e for e in _events("Armenia received military aid last year.")
                if e.cameo.startswith("07")]


def test_reverse_rows_in_the_data_file_read_only_their_own_slots() -> None:
    entries = [e for found in verb_dictionary().index.values() for e in found.every
               if e.pattern.reverse]
    assert len(entries) > 50
    assert all(set(e.pattern.target) <= {"from", "poss", "to", "at", "in", "for", "of", "with",
                                         "against", "on", "into", "by", "under"}
               for e in entries)
    assert not any(e.pattern.intransitive for e in entries)


def test_converter_reads_policy_reverse_lines() -> None:
    source = parse_source("---  GET   [---]  ---\nGET\n- * ARMS                  [072]\n"
                          "- * FOOD                  [073]\n")
    policy = {"reverse_patterns": {3: "test: the subject gets the arms"}}
    result = Converter(policy, lambda c: c in {"072", "073"},
                       lambda w, v: frozenset({w})).convert(source)
    rows = {e.id: (e.code, e.target, e.flags) for e in result.entries}
    assert rows["get.1"] == ("072", ["from", "poss"], ["reverse"])
    assert rows["get.2"] == ("073", [], [])


def test_reverse_swap_on_a_hand_built_parse() -> None:
    """The parse is the premise: subject Chad, verb receive, object aid, 'from Niger'."""
    from newsevents.events.actor_finder import ActorFinder
    from newsevents.events.coder import _code_verb
    from newsevents.events.dictionary import dictionary_matches
    from newsevents.events.patterns import pattern_book
    from newsevents.records import Actor

    model = nlp.load()
    doc = Doc(model.vocab, words=["Chad", "received", "military", "aid", "from", "Niger", "."],
              heads=[1, 1, 3, 1, 1, 4, 1],
              deps=["nsubj", "ROOT", "amod", "dobj", "prep", "pobj", "punct"],
              pos=["PROPN", "VERB", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT"],
              lemmas=["Chad", "receive", "military", "aid", "from", "Niger", "."])
    doc[1].tag_ = "VBD"
    chad = Actor(mention="Chad", start=0, end=4, name="Chad", kind="state", code="TCD",
                 country="TCD")
    niger = Actor(mention="Niger", start=doc[5].idx, end=doc[5].idx + 5, name="Niger",
                  kind="state", code="NER", country="NER")
    book = pattern_book()
    finder = ActorFinder([chad, niger], book.event_nouns)
    hits = [h for h in dictionary_matches(doc[1], book) if h[0].reverse]
    assert hits
    cands: list[Candidate] = _code_verb(doc[1], hits[0], finder, set())
    assert [(c.source.code, c.target.code) for c in cands
            if c.source and c.target] == [("NER", "TCD")]


# --------------------------------------------------------------------------- refusals

@pytest.mark.parametrize("text,act,refusal", [
    ("Brazil will not lift the sanctions on Venezuela.", "08", "124"),
    ("Egypt said it would not release the Sudanese fishermen.", "084", "1243"),
    ("Peru won't meet with Bolivia.", "04", "125"),
    # a negated answer to a request is a refusal whatever the tense
    ("Chile did not accede to the demands of Bolivia.", "03", "12"),
    ("Ecuador has not accepted the demands of Colombia.", "083", "123"),
    # the present "cannot" / "can't" announces it too (plover_stance.yaml announcing_aux)
    ("Bangladesh has told the UN it cannot accept any more refugees from Myanmar.", "03", "12"),
    ("Iran can't release the sailors, the foreign minister said.", "084", "1243"),
])
def test_announced_refusal_is_an_asserted_12_act_beside_the_negated_act(
        text: str, act: str, refusal: str) -> None:
    events = _events(text)
    refusals = [e for e in events if e.cameo.startswith(refusal)]
    assert refusals, [(e.cameo, e.modality) for e in events]
    assert all(e.modality == "asserted" and e.plover.event_type == "REJECT" for e in refusals)
    acts = [e for e in events if e.cameo.startswith(act)]
    assert acts and all(e.modality == "negated" for e in acts)
    assert _code(refusals[0].source)[:3] == _code(acts[0].source)[:3]


@pytest.mark.parametrize("text", [
    "Norway has not agreed to the plan to fund Kenya.",  # not done: only negated
    "Peru did not send troops to Bolivia.",
    "Turkey failed to deliver the drones to Ukraine.",
])
def test_past_non_event_is_no_refusal(text: str) -> None:
    events = _events(text)
    assert events and all(e.modality == "negated" for e in events)
    assert not [e for e in events if e.cameo.startswith("12")]


def test_past_inability_is_no_event_at_all() -> None:
    """The past "could not" is an inability, not a refusal, and told by the writer it is no
    event either (events/inability.py)."""
    assert _events("The president and Congress could not agree on a national budget.") == []


def test_refusing_verb_already_coded_is_not_doubled() -> None:
    events = _events("Chile refused to release the Peruvian fishermen.")
    assert len([e for e in events if e.cameo.startswith("12")]) == 1


@pytest.mark.parametrize("text,act", [
    ("Malawi did not accede to the requests of Zambia.", "03"),
    ("Uruguay has not met the demands of Paraguay.", "083"),
])
def test_negated_answer_to_a_request_reads_as_reject_in_plover(text: str, act: str) -> None:
    """The act that did not grant a request is PLOVER REJECT, like its asserted 12 event, never
    the act's own AGREE/CONCEDE line."""
    acts = [e for e in _events(text) if e.cameo.startswith(act)]
    assert acts and all(e.modality == "negated" for e in acts)
    assert {e.plover.event_type for e in acts} == {"REJECT"}


def test_past_non_event_keeps_its_own_plover_line() -> None:
    acts = [e for e in _events("Peru did not send troops to Bolivia.")]
    assert acts and all(e.plover.event_type != "REJECT" for e in acts)


@pytest.mark.parametrize("text", [
    "The Chilean president declined to rule out talks with the striking miners.",
    "Ottawa refused to rule out military action against the pirates.",
])
def test_refusing_to_rule_out_is_no_rejection(text: str) -> None:
    """Not excluding an act leaves it open: no asserted 12 act, and nothing asserted at all."""
    found = [(e.cameo, e.modality) for e in _events(text)]
    assert not any(code.startswith("12") for code, _ in found), found
    assert all(mod != "asserted" for _, mod in found), found
