"""Modality of conditional, controlled and reported acts, and the PLOVER view of announced acts
(``events/modality.py``, ``events/plover_view.py``), through the real spaCy model.

The sentences are written for these tests and are in no gold set."""

from __future__ import annotations

import pytest

from newsevents.evaluate.plover import GsrRecord, mode_ok
from newsevents.events.modality import modality
from newsevents.events.patterns import pattern_book
from newsevents.events.plover_view import paired_code, stance, stance_table

CASES = [
    # (sentence, trigger word, expected modality)
    # the consequent of a condition: a predicting modal is conditional, a possibility one hedges
    ("Chile will expel the envoy if Peru closes the border.", "expel", "conditional"),
    ("Chile would expel the envoy unless Peru reopened the border.", "expel", "conditional"),
    ("Chile could expel the envoy if Peru closes the border.", "expel", "hypothetical"),
    ("Chile will expel the envoy next week.", "expel", "future"),
    ("Chile will expel the envoy as long as Peru keeps the border closed.", "expel",
     "conditional"),
    ("Chile would sign the accord, provided that Peru withdrew its troops.", "withdrew",
     "conditional"),
    ("Chile would sign the accord, provided that Peru withdrew its troops.", "sign",
     "conditional"),
    # a reported "would" is the future of the past, unless an adverb hedges it
    ("Officials said Chile would expel the envoy.", "expel", "future"),
    ("Officials said Chile would probably expel the envoy.", "expel", "hypothetical"),
    # "would like / prefer / welcome": a wish stated now; what is wished for is not done
    ("Chile said it would prefer to negotiate with Peru.", "negotiate", "hypothetical"),
    ("Chile would welcome the decision, its minister said.", "welcome", "asserted"),
    ("Chile would praise the decision.", "praise", "hypothetical"),
    # an infinitive or bare complement with its own subject shares its governor's cues
    ("The decree would allow the police to arrest protesters.", "arrest", "hypothetical"),
    ("Bolivia refused to allow observers from the OAS to monitor the vote.", "monitor",
     "negated"),
    ("Bolivia did not let the observers enter the country.", "enter", "negated"),
    ("Bolivia allowed the observers to monitor the vote.", "monitor", "asserted"),
    # an unnamed source's report is unverified; a named speaker stays transparent
    ("A source said soldiers had shot two farmers.", "shot", "reported_unverified"),
    ("The minister said soldiers had shot two farmers.", "shot", "asserted"),
    # warned against: not done, and may be ("warned X against V-ing")
    ("Seoul warned Tokyo against expelling its diplomats.", "expelling", "hypothetical"),
    # not (yet) done
    ("Chile has yet to withdraw its troops from Peru.", "withdraw", "negated"),
    ("Chile is yet to withdraw its troops from Peru.", "withdraw", "negated"),
    ("The president ruled out sending troops to Peru.", "sending", "negated"),
    ("Chile expelled the envoy without consulting Peru.", "consulting", "negated"),
    ("Chile massed troops on the border to deter an attack by Peru.", "attack", "negated"),
    ("None of the protesters were detained by the police.", "detained", "negated"),
    ("No Chilean soldiers attacked the village.", "attacked", "negated"),
    ("Chile attacked the village, and no soldiers died.", "attacked", "asserted"),
    # imminent
    ("Chile is about to host talks with Peru.", "host", "future"),
    ("Chile is poised to launch an offensive against Peru.", "launch", "future"),
    # a sentence adverb scopes over conjoined clauses; one inside a clause does not
    ("Reportedly, soldiers killed two farmers and police arrested eight.", "arrested",
     "reported_unverified"),
    ("Soldiers reportedly killed two farmers and police arrested eight.", "arrested",
     "asserted"),
    # a noun's content clause is not negated by the verb that governs the noun
    ("Nothing can change the fact that the army shot two farmers.", "shot", "asserted"),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), CASES)
def test_modality(nlp, sentence: str, word: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == word)
    book = pattern_book()
    assert modality(tok, book, light=book.light_verbs) == expected


STANCES = [
    # (sentence, trigger word, expected stance)
    ("Peru said it will release the fishermen.", "release", "intent"),
    ("Peru would meet the envoy if Chile apologised.", "meet", "intent"),
    ("Peru is ready to send doctors to Chile.", "send", "intent"),
    ("Peru warned that it would close the border.", "close", "intent"),
    ("Peru said it would not release the fishermen.", "release", "refusal"),
    ("Peru refused to release the fishermen.", "release", "refusal"),
    ("Peru will not release the fishermen if Chile closes the border.", "release", "refusal"),
    ("Peru did not release the fishermen.", "release", None),  # a past non-event, no refusal
    ("Peru is expected to release the fishermen.", "release", None),  # someone's forecast
    ("Peru could release the fishermen.", "release", None),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), STANCES)
def test_stance(nlp, sentence: str, word: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == word)
    book = pattern_book()
    assert stance(tok, modality(tok, book, light=book.light_verbs), book) == expected


def test_warned_against_is_the_warned_party_s_act(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsevents.evaluate.run import pipeline_events

    events = pipeline_events([("t", "Seoul warned Tokyo against expelling Chinese diplomats.",
                               "2024-05-02")])[0]
    expel = [e for e in events if e.trigger.text == "expelling"]
    assert expel and all(e.modality == "hypothetical" for e in expel)
    assert all(e.source is not None and (e.source.code or "").startswith("JPN") for e in expel)


def test_an_act_dated_after_publication_is_future(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsevents.evaluate.run import pipeline_events

    events = pipeline_events([("t", "Next week's summit between Chile and Peru will focus on "
                                    "trade.", "2024-05-02")])[0]
    assert events and all(e.modality == "future" for e in events)
    events = pipeline_events([("t", "Last week's summit between Chile and Peru focused on "
                                    "trade.", "2024-05-02")])[0]
    assert events and all(e.modality == "asserted" for e in events)


def test_aid_asked_for_goes_to_the_asker(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsevents.evaluate.run import pipeline_events

    events = pipeline_events([("t", "Peru asked Chile to provide tanks.", "2024-05-02")])[0]
    aid = [e for e in events if e.cameo.startswith("07")]
    assert aid and aid[0].modality == "requested"
    assert aid[0].target is not None and (aid[0].target.code or "").startswith("PER")
    events = pipeline_events([("t", "Peru asked Chile to provide tanks to Bolivia.",
                               "2024-05-02")])[0]
    aid = [e for e in events if e.cameo.startswith("07")]
    assert aid and (aid[0].target.code or "").startswith("BOL")  # type: ignore[union-attr]


def test_reported_perfect_infinitive_keeps_its_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsevents.evaluate.run import pipeline_events

    events = pipeline_events([("t", "Chile was reported to have arrested two Peruvian "
                                    "journalists.", "2024-05-02")])[0]
    arrest = [e for e in events if e.cameo.startswith("173")]
    assert arrest and arrest[0].modality == "reported_unverified"
    assert arrest[0].source is not None and (arrest[0].source.code or "").startswith("CHL")


def test_no_intention_of_is_the_owner_s_negated_act(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsevents.evaluate.run import pipeline_events

    events = pipeline_events([("t", "Chile said it had no intention of attacking Peru.",
                               "2024-05-02")])[0]
    attack = [e for e in events if e.cameo.startswith("19")]
    assert attack and attack[0].modality == "negated"
    assert attack[0].source is not None and (attack[0].source.code or "").startswith("CHL")


def test_paired_codes_are_the_codebooks() -> None:
    assert stance_table()["intent"]  # loaded and checked against the codebook
    assert paired_code("0841", "intent") == "0353"  # release → intent to release
    assert paired_code("072", "intent") == "0332"  # military aid → intent to give it
    assert paired_code("1723", "intent") == "1323"  # curfew → threaten curfew
    assert paired_code("190", "intent") == "1384"  # fight → threaten conventional attack
    assert paired_code("046", "refusal") == "125"  # negotiate → reject proposal to meet
    assert paired_code("0841", "refusal") == "1243"  # release → refuse to release
    assert paired_code("111", "intent") is None  # criticism has no announced form


def _types(nlp, text: str) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    from newsevents.evaluate.run import pipeline_events

    events = pipeline_events([("t", text, "2024-05-02")])[0]
    return {e.trigger.text: (e.cameo, e.plover.event_type) for e in events}


def test_announced_acts_read_as_plover_statements(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _types(nlp, "Egypt said it would send humanitarian aid to Sudan.")
    cameo, ptype = found["send"]
    assert cameo.startswith("07") and ptype == "AGREE"
    # the CAMEO code stays the act's; only an asserted or past non-event keeps the act's type
    found = _types(nlp, "Russia did not send troops to Georgia.")
    assert found["send"][1] == "MOBILIZE"


def test_mode_recall_counts_the_gold_mode(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsevents.evaluate.run import pipeline_events

    events = pipeline_events([("t", "Chile's president visited Peru on Monday.", None)])[0]
    table = {"042": ("CONSULT", "visit")}
    rec = GsrRecord("r", "", "CONSULT", ("CHL",), ("PER",), False, mode="visit")
    assert mode_ok(rec, events, table)
    assert not mode_ok(GsrRecord("r", "", "CONSULT", ("CHL",), ("PER",), False, mode="phone"),
                       events, table)
