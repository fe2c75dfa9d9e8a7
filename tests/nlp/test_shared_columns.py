"""The per-document scans in ``nlp.shared``: entities, lemma and lower-case columns, read once
per Doc, equal to what spaCy's own attributes give, and dropped by ``release``."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from newsevents import nlp as ne_nlp
from newsevents.nlp.shared import (
    children_of,
    deps_of,
    ents_of,
    head_of,
    lemmas_of,
    lowers_of,
    memo,
    pos_of,
    positions_of,
    release,
    starts_of,
    text_of,
    words_of,
)

_TEXT = ("Ministers from Chile and Peru met in Lima on Monday; the talks were HELD behind closed "
         "doors, and Santiago's envoy left early.")


def test_columns_equal_spacys_attributes(nlp: Any) -> None:
    doc = ne_nlp.parse(_TEXT)
    assert ents_of(doc) == tuple(doc.ents) and ents_of(doc)
    assert lemmas_of(doc) == [tok.lemma_.lower() for tok in doc]
    assert lowers_of(doc) == [tok.lower_ for tok in doc]


def test_pos_and_dep_columns_equal_spacys_attributes(nlp: Any) -> None:
    doc = ne_nlp.parse(_TEXT)
    assert pos_of(doc) == [tok.pos_ for tok in doc] and "PROPN" in pos_of(doc)
    assert deps_of(doc) == [tok.dep_ for tok in doc] and "ROOT" in deps_of(doc)
    assert pos_of(doc) is pos_of(doc) and deps_of(doc) is deps_of(doc)


def test_dep_column_of_a_hand_built_doc_without_labels(nlp: Any) -> None:
    doc = Doc(nlp.vocab, words=["Talks", "resumed", "quietly"], heads=[1, 1, 1],
              deps=["nsubj", "ROOT", ""], pos=["NOUN", "VERB", "ADV"])
    assert deps_of(doc) == ["nsubj", "ROOT", ""] == [tok.dep_ for tok in doc]
    assert pos_of(doc) == ["NOUN", "VERB", "ADV"]


def test_kept_per_doc_and_released(nlp: Any) -> None:
    doc = ne_nlp.parse(_TEXT)
    first = ents_of(doc)
    assert ents_of(doc) is first and lemmas_of(doc) is lemmas_of(doc)
    release(doc)
    assert not [k for k in doc.user_data if str(k).startswith("newsevents.")]
    assert ents_of(doc) is not first and ents_of(doc) == first


def test_children_table_equals_spacys_children(nlp: Any) -> None:
    doc = ne_nlp.parse(_TEXT)
    assert [children_of(tok) for tok in doc] == [list(tok.children) for tok in doc]
    assert children_of(doc[0]) is children_of(doc[0])  # one table per Doc


def test_children_table_on_a_hand_built_doc_with_a_left_child(nlp: Any) -> None:
    # "Rebels seized the town quickly": heads given by position, a child on each side of the verb
    doc = Doc(nlp.vocab, words=["Rebels", "seized", "the", "town", "quickly"],
              heads=[1, 1, 3, 1, 1], deps=["nsubj", "ROOT", "det", "dobj", "advmod"])
    assert [t.text for t in children_of(doc[1])] == ["Rebels", "town", "quickly"]
    assert [t.text for t in children_of(doc[3])] == ["the"] and children_of(doc[0]) == []


def test_head_table_equals_spacys_head(nlp: Any) -> None:
    doc = ne_nlp.parse(_TEXT)
    assert [head_of(tok) for tok in doc] == [tok.head for tok in doc]
    assert [head_of(tok).i for tok in doc] == [tok.head.i for tok in doc]
    assert head_of(doc[0]) is head_of(doc[0])  # one table per Doc


def test_head_table_on_a_hand_built_doc_root_is_its_own_head(nlp: Any) -> None:
    # "Rebels seized the town quickly": the verb is the root, "the" hangs from "town"
    doc = Doc(nlp.vocab, words=["Rebels", "seized", "the", "town", "quickly"],
              heads=[1, 1, 3, 1, 1], deps=["nsubj", "ROOT", "det", "dobj", "advmod"])
    assert [head_of(t).i for t in doc] == [1, 1, 3, 1, 1]
    assert head_of(doc[1]) is doc.user_data["newsevents.heads"][1] and head_of(doc[1]).i == 1
    release(doc)
    assert "newsevents.heads" not in doc.user_data


def test_memo_is_per_doc_and_released(nlp: Any) -> None:
    doc = ne_nlp.parse(_TEXT)
    memo(doc, "probe")[3] = True
    assert memo(doc, "probe") == {3: True} and memo(ne_nlp.parse(_TEXT), "probe") == {}
    release(doc)
    assert memo(doc, "probe") == {}


def test_word_and_offset_columns_equal_spacys(nlp: Any) -> None:
    doc = ne_nlp.parse("Officials in Côte d’Ivoire said:\n\n  the vote was HELD in São Paulo.")
    assert words_of(doc) == [tok.text for tok in doc]
    assert starts_of(doc) == [tok.idx for tok in doc]


def test_text_from_columns_equals_spacys_text(nlp: Any) -> None:
    for text in ("Officials in Côte d’Ivoire said:\n\n  the vote was HELD.  ", "  Two  spaces\t",
                 "", "word"):
        doc = ne_nlp.parse(text)
        assert text_of(doc) == doc.text == text
    # a hand-built Doc: no trailing space after the last word, one after "town"
    doc = Doc(nlp.vocab, words=["the", "town", ",", "quickly"], spaces=[True, False, True, False])
    assert text_of(doc) == doc.text == "the town, quickly"



def test_positions_list_every_occurrence_of_a_word_in_order(nlp: Any) -> None:
    doc = ne_nlp.parse("The passengers said the crew told the passengers to stay; three of the "
                       "passengers were Cuban.")
    table = positions_of(doc)
    assert table["passengers"] == [i for i, t in enumerate(doc) if t.lower_ == "passengers"]
    assert len(table["passengers"]) == 3 and table["the"][0] == 0  # "The" → "the"
    assert sorted(i for found in table.values() for i in found) == list(range(len(doc)))
    assert positions_of(doc) is table
    release(doc)
    assert positions_of(doc) is not table and positions_of(doc) == table
