"""Named bodies the NER does not label as organisations: an IGO's or NGO's own all-capital
abbreviation in Phoenix's international actors (international.csv) and short armed-group names
with a sourced row in groups.csv. The sentences are written for these tests and are in no gold
set."""

from __future__ import annotations

from .conftest import Resolver, find


def test_international_abbreviation_whatever_the_ner_label(resolve: Resolver) -> None:
    actors = resolve("DPKO sent forty engineers to repair the airstrip at Bunia.", "2019-03-01")
    assert find(actors, "DPKO").code == "UNO"  # a UN department (Phoenix IGOUNO)
    assert find(actors, "DPKO").kind == "organisation"
    actors = resolve("Officials said UNDP would pay the teachers in Goma.", "2019-03-01")
    assert find(actors, "UNDP").code == "UNO"


def test_abbreviation_inside_a_longer_name_is_left_to_it(resolve: Resolver) -> None:
    actors = resolve("She joined the UNDP Staff Union last year.", "2019-03-01")
    assert not any(a.code in ("IGO", "UNO") for a in actors)


def test_abbreviation_that_is_a_lemmatizer_word_is_not_matched() -> None:
    """The guard against ordinary words: an abbreviation the lemmatizer's word index lists
    (there "opcw") gets no pattern; the word-free "DPKO" does."""
    from newsevents.actors.matching import _english_words, matchers
    from newsevents.actors.vocab import load
    from newsevents.nlp import load as load_nlp

    nlp = load_nlp()
    assert "opcw" in load().international_abbrevs and "opcw" in _english_words(nlp)
    m = matchers(nlp)
    doc = nlp("OPCW and DPKO staff met in the hall.")
    found = {doc[s:e].text for _, s, e in m.phrase(doc)}
    assert "OPCW" not in found and "DPKO" in found


def test_unita_by_period(resolve: Resolver) -> None:
    actors = resolve("UNITA attacked a convoy near Huambo.", "1999-05-01")
    assert find(actors, "UNITA").code == "AGOREB"
    actors = resolve("UNITA walked out of the budget debate.", "2019-05-01")
    assert find(actors, "UNITA").code == "AGOOPP"


def test_fln_by_period(resolve: Resolver) -> None:
    actors = resolve("The FLN ambushed a patrol in the Aures mountains.", "1958-05-06")
    assert find(actors, "FLN").code == "DZAREB"
    # After independence a party: PTY or OPP as parties.py's guard decides, never REB.
    actors = resolve("The FLN won most seats in the vote, officials said.", "2017-05-06")
    assert find(actors, "FLN").code in ("DZAPTY", "DZAOPP")


_KENYA = ("Kenyan police closed roads in Nairobi. Kenya held a vote on Monday. Officials in "
          "Nairobi agreed. Kenya praised the police. ")


def test_capitalised_the_government_takes_the_article_country(resolve: Resolver) -> None:
    actors = resolve(_KENYA + "The Government said the vote was fair.", "2019-03-01")
    gov = find(actors, "Government")
    assert gov.code == "KENGOV"


def test_named_government_is_not_generic(resolve: Resolver) -> None:
    actors = resolve(_KENYA + "The Government of National Unity said the vote was fair.",
                     "2019-03-01")
    assert not any(a.mention.endswith("Government") and a.code == "KENGOV" for a in actors)
