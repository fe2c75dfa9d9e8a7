"""Acts that did not (yet) happen keep their modality and their own doer (issue 12, annotation
guide "Modality": "A accused B of killing C" is an asserted 112 by A against B; the killing is
B's and `reported_unverified`) — on sentences written for these tests (in no gold set)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents import extract_text
from newsevents.events.modal_governors import controlling_verb
from newsevents.events.patterns import pattern_book
from newsevents.records import Event

from .coding import VOCAB


def _events(text: str, root: str) -> list[Event]:
    return [e for e in extract_text(text, published="2024-05-02").events
            if e.cameo_root == root]


def _doc(verb: str) -> Doc:
    """Officials <verb> [the militia [of [shelling the town]]]."""
    return Doc(VOCAB, words=["Officials", verb, "the", "militia", "of", "shelling", "the", "town"],
               heads=[1, 1, 3, 1, 3, 4, 7, 5],
               deps=["nsubj", "ROOT", "det", "dobj", "prep", "pcomp", "det", "dobj"],
               pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "VERB", "DET", "NOUN"],
               lemmas=["official", verb[:-1] if verb.endswith("ed") else verb, "the",
                       "militia", "of", "shell", "the", "town"])


def test_the_accused_object_kills_and_the_killing_is_only_alleged() -> None:
    # the parser hangs "of killing" on "the army", not on "accused"
    (ev,) = _events("Rights groups accused the army of killing protesters.", "18")
    assert ev.modality == "reported_unverified", ev
    assert ev.source is not None and ev.source.mention == "the army", ev.source
    (acc,) = _events("Rights groups accused the army of killing protesters.", "11")
    assert acc.modality == "asserted"


def test_the_parsers_object_attachment_still_reaches_the_accusing_verb() -> None:
    m = pattern_book().modality
    doc = _doc("accused")
    assert doc[1].lemma_ == "accuse"
    assert controlling_verb(doc[4], m) == doc[1]
    # a noun's own "of" under a verb that neither accuses, prevents nor warns stays the noun's
    other = _doc("praise")
    assert controlling_verb(other[4], m) == other[3]


def test_the_participle_naming_the_doer_carries_the_nouns_hedge() -> None:
    text = "Eleven villagers died in a raid allegedly conducted by Ugandan soldiers."
    (ev,) = _events(text, "19") or _events(text, "18")
    assert ev.modality == "reported_unverified", ev
    assert ev.source is not None and ev.source.code == "UGAMIL", ev.source


def test_the_participle_naming_the_doer_alone_leaves_the_noun_asserted() -> None:
    text = "Eleven villagers died in a raid conducted by Ugandan soldiers."
    (ev,) = _events(text, "19") or _events(text, "18")
    assert ev.modality == "asserted", ev
    assert ev.source is not None and ev.source.code == "UGAMIL", ev.source


def test_an_attack_pinned_on_a_group_is_that_groups_alleged_attack() -> None:
    text = "Four policemen died in an attack blamed on al-Shabaab militants."
    evs = _events(text, "19") + _events(text, "18")
    ambush = [e for e in evs if e.trigger.text == "attack"]
    assert len(ambush) == 1, evs
    assert ambush[0].modality == "reported_unverified", ambush[0]
    assert ambush[0].source is not None and "al-Shabaab" in ambush[0].source.mention


def test_a_set_off_participle_names_the_doer_and_its_hedge() -> None:
    text = "Nine guards died in the raid, reportedly conducted by Ugandan soldiers."
    (ev,) = _events(text, "19") or _events(text, "18")
    assert ev.modality == "reported_unverified", ev
    assert ev.source is not None and ev.source.code == "UGAMIL", ev.source


def test_an_attack_noun_that_retells_its_sentences_killing_is_no_second_event() -> None:
    text = ("A roadside bomb killed four Kenyan soldiers near Lamu, another attack "
            "attributed to al-Shabaab militants.")
    evs = _events(text, "18") + _events(text, "19")
    assert len(evs) == 1, evs
    assert evs[0].source is not None and "al-Shabaab" in evs[0].source.mention, evs[0]


def test_a_ban_lobbied_for_is_requested_never_asserted() -> None:
    text = "The farmers' association lobbied the Polish government to ban grain imports."
    evs = _events(text, "17")
    assert evs, "the ban asked for is still an event"
    assert all(e.modality == "requested" for e in evs), evs


def test_the_one_petitioned_does_the_act_under_an_adverbial_infinitive() -> None:
    # the parser makes "to ban …" an adverbial clause of "petitioned", not its complement
    text = "Greenpeace petitioned the government to ban the pesticide."
    (ev,) = _events(text, "17")
    assert ev.modality == "requested", ev
    assert ev.source is not None and ev.source.mention == "the government", ev.source


def test_the_convicted_does_the_killing_not_the_court() -> None:
    text = "The tribunal convicted a Liberian militia commander of killing villagers."
    (ev,) = _events(text, "18")
    assert ev.source is not None and "commander" in ev.source.mention, ev.source
    assert ev.modality == "reported_unverified", ev


def test_the_one_arrested_for_an_act_is_its_alleged_doer() -> None:
    text = "A Nigerian soldier was arrested for shooting a student."
    evs = [e for e in _events(text, "18") if e.trigger.text == "shooting"]
    assert len(evs) == 1, _events(text, "18")
    assert evs[0].modality == "reported_unverified", evs[0]
    assert evs[0].source is not None and evs[0].source.code == "NGAMIL", evs[0].source
