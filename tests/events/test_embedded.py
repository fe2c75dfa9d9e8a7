"""Embedded events (events/embedded.py) and the governor-chain modality they carry.

Rule logic on hand-built Docs where the parse is the premise; behaviour through the real model
on sentences written for this file (in no gold set), one group per modality. Every behaviour
test also checks that the embedded act never comes out ``asserted``.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsevents import extract_text
from newsevents.events.modality import modality
from newsevents.events.patterns import pattern_book


def _doc(nlp, rows: list[tuple[str, str, str, str, str, int]]) -> Doc:  # type: ignore[no-untyped-def]
    """rows: (word, lemma, pos, tag, dep, head index)."""
    words, lemmas, pos, tags, deps, heads = (list(x) for x in zip(*rows, strict=True))
    return Doc(nlp.vocab, words=words, lemmas=lemmas, pos=pos, tags=tags, deps=deps, heads=heads)


def _mod(tok) -> str:  # type: ignore[no-untyped-def]
    book = pattern_book()
    return modality(tok, book, light=book.light_verbs)


# --------------------------------------------------------------------------- rule logic


def test_preventing_governor_negates_its_from_complement(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(nlp, [("Chad", "Chad", "PROPN", "NNP", "nsubj", 1),
                     ("stopped", "stop", "VERB", "VBD", "ROOT", 1),
                     ("Niger", "Niger", "PROPN", "NNP", "dobj", 1),
                     ("from", "from", "ADP", "IN", "prep", 1),
                     ("arming", "arm", "VERB", "VBG", "pcomp", 3),
                     ("rebels", "rebel", "NOUN", "NNS", "dobj", 4)])
    assert _mod(doc[4]) == "negated"
    assert _mod(doc[1]) == "asserted"


def test_accusing_governor_makes_its_of_complement_unverified(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(nlp, [("Chad", "Chad", "PROPN", "NNP", "nsubj", 1),
                     ("accused", "accuse", "VERB", "VBD", "ROOT", 1),
                     ("Niger", "Niger", "PROPN", "NNP", "dobj", 1),
                     ("of", "of", "ADP", "IN", "prep", 1),
                     ("shelling", "shell", "VERB", "VBG", "pcomp", 3),
                     ("villages", "village", "NOUN", "NNS", "dobj", 4)])
    assert _mod(doc[4]) == "reported_unverified"
    # the preposition decides: "of" under a preventing verb is no accusation
    doc2 = _doc(nlp, [("Chad", "Chad", "PROPN", "NNP", "nsubj", 1),
                      ("stopped", "stop", "VERB", "VBD", "ROOT", 1),
                      ("short", "short", "ADV", "RB", "advmod", 1),
                      ("of", "of", "ADP", "IN", "prep", 2),
                      ("shelling", "shell", "VERB", "VBG", "pcomp", 3),
                      ("villages", "village", "NOUN", "NNS", "dobj", 4)])
    assert _mod(doc2[4]) == "asserted"


def test_request_noun_complement_misparsed_as_purpose_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    rows = [("Chad", "Chad", "PROPN", "NNP", "nsubj", 1),
            ("rejected", "reject", "VERB", "VBD", "ROOT", 1),
            ("calls", "call", "NOUN", "NNS", "dobj", 1),
            ("to", "to", "PART", "TO", "aux", 4),
            ("free", "free", "VERB", "VB", "advcl", 1),
            ("prisoners", "prisoner", "NOUN", "NNS", "dobj", 4)]
    assert _mod(_doc(nlp, rows)[4]) == "requested"
    rows[2] = ("roads", "road", "NOUN", "NNS", "dobj", 1)  # a real purpose clause
    assert _mod(_doc(nlp, rows)[4]) == "asserted"


def test_stronger_governor_beats_a_future_auxiliary(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(nlp, [("It", "it", "PRON", "PRP", "nsubj", 1),
                     ("is", "be", "AUX", "VBZ", "ROOT", 1),
                     ("doubtful", "doubtful", "ADJ", "JJ", "acomp", 1),
                     ("that", "that", "SCONJ", "IN", "mark", 6),
                     ("Chad", "Chad", "PROPN", "NNP", "nsubj", 6),
                     ("will", "will", "AUX", "MD", "aux", 6),
                     ("sign", "sign", "VERB", "VB", "ccomp", 1)])
    assert _mod(doc[6]) == "hypothetical"


def test_be_to_is_future_and_consequent_without_modal_is_conditional(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(nlp, [("Chad", "Chad", "PROPN", "NNP", "nsubj", 1),
                     ("is", "be", "AUX", "VBZ", "ROOT", 1),
                     ("to", "to", "PART", "TO", "aux", 3),
                     ("withdraw", "withdraw", "VERB", "VB", "xcomp", 1)])
    assert _mod(doc[3]) == "future"
    cond = _doc(nlp, [("Chad", "Chad", "PROPN", "NNP", "nsubj", 1),
                      ("retaliates", "retaliate", "VERB", "VBZ", "ROOT", 1),
                      ("if", "if", "SCONJ", "IN", "mark", 3),
                      ("attacked", "attack", "VERB", "VBN", "advcl", 1)])
    assert _mod(cond[1]) == "conditional"
    past = _doc(nlp, [("Chad", "Chad", "PROPN", "NNP", "nsubj", 1),
                      ("retaliated", "retaliate", "VERB", "VBD", "ROOT", 1),
                      ("if", "if", "SCONJ", "IN", "mark", 3),
                      ("attacked", "attack", "VERB", "VBN", "advcl", 1)])
    assert _mod(past[1]) == "asserted"


# --------------------------------------------------------------------------- behaviour

# (sentence, code prefix, modality, source, target) of an embedded event that must come out
CASES = [
    ("Ghana blocked Togo from sending troops to Benin.", "15", "negated", "TGO", "BEN"),
    ("Peru accused Chile of attacking Bolivia.", "19", "reported_unverified", "CHL", "BOL"),
    ("Croatia refrained from attacking Serbia.", "19", "negated", "HRV", "SRB"),
    ("Norway called for a truce between Sudan and Chad.", "087", "requested", "SDN", "TCD"),
    ("Norway called for Sudan's withdrawal from Chad.", "087", "requested", "SDN", "TCD"),
    ("Venezuela could face sanctions from Canada.", "16", "hypothetical", "CAN", "VEN"),
    ("Cuba's planned visit to Vietnam was postponed.", "04", "future", "CUB", "VNM"),
    # cancelled: it will not happen (the guide: not done → negated; modality.yaml negated_governors)
    ("Cuba's planned visit to Vietnam was cancelled.", "04", "negated", "CUB", "VNM"),
    ("Mali is to attack Niger.", "19", "future", "MLI", "NER"),
    ("Kenya hopes to sign a treaty with Uganda.", "05", "hypothetical", "KEN", "UGA"),
    ("It is doubtful that Chile will attack Peru.", "19", "hypothetical", "CHL", "PER"),
    ("Laos said it would attack Cambodia.", "19", "future", "LAO", "KHM"),
    ("Nepal is expected to attack Bhutan.", "19", "future", "NPL", "BTN"),
    ("Latvia will sign a treaty with Chad provided that Belarus attacks Lithuania.", "19",
     "conditional", "BLR", "LTU"),
    ("In the event that Belarus attacks Lithuania, Poland will respond.", "19", "conditional",
     "BLR", "LTU"),
    ("In case Russia attacks Estonia, NATO will respond.", "19", "conditional", "RUS", "EST"),
    # a phrase between governor and complement makes the parser read a purpose clause
    ("Canada threatened on Friday to impose sanctions on Haiti.", "163", "hypothetical", "CAN",
     "HTI"),
]


def test_a_case_that_is_no_condition_stays_asserted() -> None:
    events = extract_text("In that case, Belarus attacked Lithuania.",
                          published="2024-05-02").events
    assert [e.modality for e in events if e.cameo.startswith("19")] == ["asserted"]


@pytest.mark.parametrize(("text", "code", "mod", "source", "target"), CASES)
def test_embedded_event_comes_out_marked(text: str, code: str, mod: str, source: str,
                                         target: str) -> None:
    events = extract_text(text, published="2024-05-02").events
    found = [(e.cameo, e.modality, e.source and e.source.country, e.target and e.target.country)
             for e in events]
    assert any(c.startswith(code) and m == mod and s == source and t == target
               for c, m, s, t in found), found
    assert not any(c.startswith(code) and m == "asserted" and s == source
                   for c, m, s, t in found), found


def test_governor_event_stays_asserted_beside_the_embedded_one() -> None:
    events = extract_text("Norway called for Sudan's withdrawal from Chad.",
                          published="2024-05-02").events
    appeal = [e for e in events if e.cameo.startswith("02")]
    assert appeal and all(e.modality == "asserted" for e in appeal)


def test_past_undergoing_verb_adds_nothing() -> None:
    events = extract_text("Venezuela faced sanctions from Canada last year.",
                          published="2024-05-02").events
    assert not any(e.trigger.text == "sanctions" for e in events)
