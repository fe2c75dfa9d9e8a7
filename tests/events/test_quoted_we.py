"""First person in reported speech speaks for the speaker: in 'Odinga said "We made a plea to
the president"' the plea is Odinga's side's, not the institution named a few sentences up
(issue 12: which mention fills an event's slot)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsevents import extract_text
from newsevents.events.syntax import quoted_speaker
from tests.events.coding import VOCAB, parsed


def _pairs(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = extract_text(text, published="2024-05-02")
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in doc.events]


def test_we_in_a_quote_is_the_speaker() -> None:
    text = ("The Kenyan government announced new taxes on Monday. The opposition leader, Raila "
            "Odinga, said on Tuesday \"We made a plea to the president again: do not raise fuel "
            "prices.\"")
    assert ("020", "KENOPP", "KENGOV") in _pairs(text)


def test_we_of_a_union_leader_is_the_union_side() -> None:
    text = ("The French government raised taxes. The head of the CGT union, Philippe Martinez, "
            "said \"We will demand talks with the prime minister.\"")
    found = _pairs(text)
    assert any(code.startswith("10") and src == "FRALAB" and tgt == "FRAGOV"
               for code, src, tgt in found)


def test_the_speaker_is_read_off_the_reporting_verb() -> None:
    #        0      1     2      3      4    5     6     7
    words = ["Abebe", "said", "we", "would", "meet", "the", "envoy", "."]
    doc = Doc(VOCAB, words=words, heads=[1, 1, 4, 4, 1, 6, 4, 1],
              deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "det", "dobj", "punct"],
              pos=["PROPN", "VERB", "PRON", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
              lemmas=["Abebe", "say", "we", "would", "meet", "the", "envoy", "."])
    assert quoted_speaker(doc[2]) == doc[0]
    assert quoted_speaker(doc[6]) == doc[0]  # anything inside the complement
    alone = parsed(["we", "met", "the", "envoy"], heads=[1, 1, 3, 1],
                   deps=["nsubj", "ROOT", "det", "dobj"], pos=["PRON", "VERB", "DET", "NOUN"])
    assert quoted_speaker(alone[0]) is None
