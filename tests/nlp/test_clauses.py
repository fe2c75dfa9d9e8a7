"""nlp/clauses: which noun a relative pronoun stands for and which object two conjoined verbs
share (hand-built parses: the parse is the premise)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsevents.nlp.clauses import relative_antecedent, shared_objects

VOCAB = spacy.blank("en").vocab


def _doc(words: list[str], heads: list[int], deps: list[str], tags: list[str],
         pos: list[str]) -> Doc:
    return Doc(VOCAB, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_a_relative_object_is_the_noun_its_clause_describes() -> None:
    # "the man whom protesters beat": whom → man
    doc = _doc(["the", "man", "whom", "protesters", "beat"], [1, 1, 4, 4, 1],
               ["det", "ROOT", "dobj", "nsubj", "relcl"], ["DT", "NN", "WP", "NNS", "VBD"],
               ["DET", "NOUN", "PRON", "NOUN", "VERB"])
    assert relative_antecedent(doc[2]).i == 1


def test_a_relative_passive_subject_is_the_noun_its_clause_describes() -> None:
    # "soldiers who were attacked": who → soldiers
    doc = _doc(["soldiers", "who", "were", "attacked"], [0, 3, 3, 0],
               ["ROOT", "nsubjpass", "auxpass", "relcl"], ["NNS", "WP", "VBD", "VBN"],
               ["NOUN", "PRON", "AUX", "VERB"])
    assert relative_antecedent(doc[1]).i == 0


def test_other_words_and_owners_stay_themselves() -> None:
    # "whose" (WP$) is an owner; a plain object is itself
    doc = _doc(["men", "whose", "homes", "police", "raided"], [0, 2, 4, 4, 0],
               ["ROOT", "poss", "dobj", "nsubj", "relcl"], ["NNS", "WP$", "NNS", "NNS", "VBD"],
               ["NOUN", "PRON", "NOUN", "NOUN", "VERB"])
    assert relative_antecedent(doc[1]).i == 1
    assert relative_antecedent(doc[2]).i == 2


def test_a_verb_with_no_object_shares_the_next_conjoined_verb_s_object() -> None:
    # "police arrested and charged two men"
    doc = _doc(["police", "arrested", "and", "charged", "two", "men"], [1, 1, 1, 1, 5, 3],
               ["nsubj", "ROOT", "cc", "conj", "nummod", "dobj"],
               ["NNS", "VBD", "CC", "VBD", "CD", "NNS"],
               ["NOUN", "VERB", "CCONJ", "VERB", "NUM", "NOUN"])
    assert [t.i for t in shared_objects(doc[1])] == [5]


def test_a_conjunct_with_a_subject_of_its_own_shares_nothing() -> None:
    # "Russia withdrew and Ukraine attacked the city"
    doc = _doc(["Russia", "withdrew", "and", "Ukraine", "attacked", "the", "city"],
               [1, 1, 1, 4, 1, 6, 4], ["nsubj", "ROOT", "cc", "nsubj", "conj", "det", "dobj"],
               ["NNP", "VBD", "CC", "NNP", "VBD", "DT", "NN"],
               ["PROPN", "VERB", "CCONJ", "PROPN", "VERB", "DET", "NOUN"])
    assert shared_objects(doc[1]) == []
