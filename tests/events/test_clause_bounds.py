"""A pattern's object words come from the trigger's own clause, and a date cut by the tokenizer
("Nov . 2") is still a time phrase (issue 12, precision). Sentences written for these tests."""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents import extract_text, nlp
from newsevents.events.matching import matches, time_phrase
from newsevents.events.patterns import pattern_book
from newsevents.events.syntax import argument_lemmas


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str],
         lemmas: list[str], ents: list[str] | None = None) -> Doc:
    return Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
               ents=ents)


def test_a_participial_clause_lends_no_object_words() -> None:
    # "The rebels began talks , hoping to end the war ."
    words = ["The", "rebels", "began", "talks", ",", "hoping", "to", "end", "the", "war", "."]
    doc = _doc(words, heads=[1, 2, 2, 2, 2, 2, 7, 5, 9, 7, 2],
               deps=["det", "nsubj", "ROOT", "dobj", "punct", "advcl", "aux", "xcomp", "det",
                     "dobj", "punct"],
               pos=["DET", "NOUN", "VERB", "NOUN", "PUNCT", "VERB", "PART", "VERB", "DET", "NOUN",
                    "PUNCT"],
               lemmas=["the", "rebel", "begin", "talk", ",", "hope", "to", "end", "the", "war",
                       "."])
    args = argument_lemmas(doc[2])
    assert "talk" in args
    assert "war" not in args and "end" not in args
    assert not any(code.startswith("19") for _, code, _ in matches(doc[2], pattern_book()))


def test_a_purpose_infinitive_stays_with_the_act() -> None:
    # "Norway sent doctors to deliver aid ." — the aim of the sending is the act's own
    words = ["Norway", "sent", "doctors", "to", "deliver", "aid", "."]
    doc = _doc(words, heads=[1, 1, 1, 4, 1, 4, 1],
               deps=["nsubj", "ROOT", "dobj", "aux", "advcl", "dobj", "punct"],
               pos=["PROPN", "VERB", "NOUN", "PART", "VERB", "NOUN", "PUNCT"],
               lemmas=["Norway", "send", "doctor", "to", "deliver", "aid", "."])
    assert {"deliver", "aid"} <= argument_lemmas(doc[1])


def test_a_conjoined_verb_keeps_its_own_object() -> None:
    # "Chad rejected the plan and expelled the envoy ."
    words = ["Chad", "rejected", "the", "plan", "and", "expelled", "the", "envoy", "."]
    doc = _doc(words, heads=[1, 1, 3, 1, 1, 1, 7, 5, 1],
               deps=["nsubj", "ROOT", "det", "dobj", "cc", "conj", "det", "dobj", "punct"],
               pos=["PROPN", "VERB", "DET", "NOUN", "CCONJ", "VERB", "DET", "NOUN", "PUNCT"],
               lemmas=["Chad", "reject", "the", "plan", "and", "expel", "the", "envoy", "."])
    args = argument_lemmas(doc[1])
    assert "plan" in args and "envoy" not in args and "expel" not in args


def test_conjoined_objects_still_count() -> None:
    # "Peru proposed talks and negotiations ." — a conjoined noun is the same argument
    words = ["Peru", "proposed", "talks", "and", "negotiations", "."]
    doc = _doc(words, heads=[1, 1, 1, 2, 2, 1],
               deps=["nsubj", "ROOT", "dobj", "cc", "conj", "punct"],
               pos=["PROPN", "VERB", "NOUN", "CCONJ", "NOUN", "PUNCT"],
               lemmas=["Peru", "propose", "talk", "and", "negotiation", "."])
    assert "negotiation" in argument_lemmas(doc[1])


def test_an_abbreviated_month_cut_from_its_period_is_a_time_phrase() -> None:
    # "On Nov . 2 , Ghana called Togo ." as pre-tokenised wire text parses it: two objects
    words = ["On", "Nov", ".", "2", ",", "Ghana", "called", "Togo", "."]
    doc = _doc(words, heads=[6, 0, 0, 6, 6, 6, 6, 6, 6],
               deps=["prep", "pobj", "pobj", "meta", "punct", "nsubj", "ROOT", "dobj", "punct"],
               pos=["ADP", "PROPN", "PUNCT", "NUM", "PUNCT", "PROPN", "VERB", "PROPN", "PUNCT"],
               lemmas=["on", "Nov", ".", "2", ",", "Ghana", "call", "Togo", "."],
               ents=["O", "O", "O", "O", "O", "B-GPE", "O", "B-GPE", "O"])
    assert time_phrase(doc[0])
    assert not any(p.id == "appeal.call-on" for p, _, _ in matches(doc[6], pattern_book()))
    # a month word with no period and day after it is no date by itself
    other = _doc(["On", "Nov", "Street"], heads=[0, 2, 0], deps=["ROOT", "compound", "pobj"],
                 pos=["ADP", "PROPN", "PROPN"], lemmas=["on", "Nov", "Street"])
    assert not time_phrase(other[0])


def test_the_split_date_through_the_model() -> None:
    doc = extract_text("On Nov . 2 , Germany called Russia to discuss the crisis .",
                       published="2024-05-02")
    assert not any(e.cameo.startswith("02") for e in doc.events), [e.cameo for e in doc.events]


def test_a_conjunct_without_a_conjunction_is_read_as_the_complement() -> None:
    # "A court ruled the rule , as written , is void ." as the small model misparses it: the
    # complement's verb hangs as a conjunct of "ruled" with no "and" before it
    words = ["A", "court", "ruled", "the", "rule", ",", "is", "void", "."]
    doc = _doc(words, heads=[1, 2, 2, 4, 2, 6, 2, 6, 2],
               deps=["det", "nsubj", "ROOT", "det", "dobj", "punct", "conj", "acomp", "punct"],
               pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "AUX", "ADJ", "PUNCT"],
               lemmas=["a", "court", "rule", "the", "rule", ",", "be", "void", "."])
    assert "void" in argument_lemmas(doc[2])


def test_a_verb_conjoined_inside_the_complement_stays() -> None:
    # "Fiji took steps to try and end the war ." — "end" is conjoined with "try", not "took"
    words = ["Fiji", "took", "steps", "to", "try", "and", "end", "the", "war", "."]
    doc = _doc(words, heads=[1, 1, 1, 4, 2, 4, 4, 8, 6, 1],
               deps=["nsubj", "ROOT", "dobj", "aux", "relcl", "cc", "conj", "det", "dobj",
                     "punct"],
               pos=["PROPN", "VERB", "NOUN", "PART", "VERB", "CCONJ", "VERB", "DET", "NOUN",
                    "PUNCT"],
               lemmas=["Fiji", "take", "step", "to", "try", "and", "end", "the", "war", "."])
    assert {"end", "war"} <= argument_lemmas(doc[1])
