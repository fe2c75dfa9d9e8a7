"""Who holds a stance or said the words: relative clauses, participles on a noun, a surname that
is also an outlet's name, through the real spaCy model and actors stage (sentences written for
these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.quotes import quotes_of
from newsevents.records import Quote
from tests.quotes.passages import quotes_by_name

PASSAGES: dict[str, str] = {
    "relative": "The council heard from Anna Berg, who said that the harbour plan was sound.",
    "participle": "A group of farmers backing Tom Reyes rallied outside the town hall.",
    "relative_stance": "The council heard from Anna Berg, who endorsed the harbour plan on Monday.",
    "passive_participle": "The council rejected a plan backed by the mayor.",
    "surname_outlet": (
        "“We will rebuild the pier before the summer,” said Mayor Don Guardian of Port Alden."
        "\n\n“The storm took the old one, but it did not take our will,” Guardian said."
    ),
    "outlet": (
        "“We will rebuild the pier before the summer,” said Mayor Tom Reyes of Port Alden."
        "\n\nThe Guardian reported that the pier would cost $4 million."
    ),
}


@pytest.fixture(scope="module")
def quotes(nlp: Any) -> dict[str, list[Quote]]:
    return quotes_by_name(nlp, PASSAGES, actors=True)


def stances(found: list[Quote]) -> list[Quote]:
    return [q for q in found if q.evidence and q.evidence.method.endswith(":stance")]


def test_a_relative_pronoun_speaker_stands_for_its_noun(quotes: dict[str, list[Quote]]) -> None:
    (q,) = [q for q in quotes["relative"] if q.kind == "indirect"]
    assert q.text == "that the harbour plan was sound" and q.cue == "said"
    # the mention is the relative pronoun (the words of the text), standing for the noun
    assert q.speaker is not None and q.speaker.mention == "who"
    assert q.speaker.name == "Anna Berg"


def test_an_active_participle_on_a_noun_states_the_nouns_stance(
    quotes: dict[str, list[Quote]],
) -> None:
    (q,) = stances(quotes["participle"])
    assert q.text == "Tom Reyes" and q.cue == "backing"
    assert q.speaker is not None and "farmers" in q.speaker.name


def test_a_relative_clause_describing_someone_is_no_stance(
    quotes: dict[str, list[Quote]],
) -> None:
    assert stances(quotes["relative_stance"]) == []


def test_a_passive_participle_states_no_stance(quotes: dict[str, list[Quote]]) -> None:
    assert all(q.cue != "backed" for q in stances(quotes["passive_participle"]))


def test_a_surname_that_names_an_outlet_is_the_person_quoted_before(
    quotes: dict[str, list[Quote]],
) -> None:
    direct = [q for q in quotes["surname_outlet"] if q.kind == "direct"]
    assert len(direct) == 2
    assert all(q.speaker is not None and q.speaker.name == "Don Guardian" for q in direct)
    assert direct[1].medium is None


def test_the_outlet_with_its_article_stays_a_medium(quotes: dict[str, list[Quote]]) -> None:
    (q,) = [q for q in quotes["outlet"] if q.kind == "indirect"]
    assert q.speaker is None and q.medium == "The Guardian"


SURFACE: dict[str, str] = {
    "fronted_name": (
        "Mayor Reyes, exasperated, angrily replied: “Nobody here is going to close the "
        "harbour.”"
    ),
}


@pytest.fixture(scope="module")
def surface(nlp: Any) -> dict[str, list[Quote]]:
    return {name: quotes_of(doc, []) for name, doc in zip(
        SURFACE, nlp.pipe(SURFACE.values()), strict=True
    )}


def test_a_fronted_name_set_off_by_commas_is_the_speaker(
    surface: dict[str, list[Quote]],
) -> None:
    (q,) = [q for q in surface["fronted_name"] if q.kind == "direct"]
    assert q.speaker is not None and q.speaker.mention == "Reyes"


def test_a_capitalised_word_after_said_is_a_name_whatever_its_tag(nlp: Any) -> None:
    from spacy.tokens import Doc

    from newsevents.quotes.syntax import surface_source

    # “It works,” said Skelly. — with *Skelly* tagged as an adverb, as en_core_web_sm does
    words = ["“", "It", "works", ",", "”", "said", "Skelly", "."]
    heads = [5, 2, 5, 5, 5, 5, 5, 5]
    deps = ["punct", "nsubj", "ccomp", "punct", "punct", "ROOT", "advmod", "punct"]
    pos = ["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "VERB", "ADV", "PUNCT"]
    tags = ["``", "PRP", "VBZ", ",", "''", "VBD", "RB", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[False, True, False, False, True, True, False,
                                              False], heads=heads, deps=deps, pos=pos, tags=tags)
    source = surface_source(doc[5], lambda char: char < doc[4].idx + 1)
    assert source is not None and source.text == "Skelly"


INTRODUCED: dict[str, str] = {
    "comma": (
        "“We will fund the schools,” said Mayor Tom Reyes.\n\nDuring the meeting, Senator Anna "
        "Berg interrupted from the back row, “Nobody here believes that promise anymore.”"
    ),
    "elaborated": (
        "“The port will open in June,” Mayor Tom Reyes said.\n\n“The way I see it,” Anna Berg "
        "elaborated, “the port will never open at all.”"
    ),
}


@pytest.fixture(scope="module")
def introduced(nlp: Any) -> dict[str, list[Quote]]:
    return {name: quotes_of(doc, []) for name, doc in zip(
        INTRODUCED, nlp.pipe(INTRODUCED.values()), strict=True
    )}


def test_a_clause_introducing_a_quote_with_a_comma_names_its_speaker(
    introduced: dict[str, list[Quote]],
) -> None:
    # no reporting verb: the introducing clause's subject spoke, not the mayor quoted before
    second = [q for q in introduced["comma"] if q.kind == "direct"][1]
    assert second.evidence is not None and second.evidence.method == "rule:direct:comma"
    assert second.speaker is not None and second.speaker.name == "Anna Berg"
    assert second.cue == "interrupted"


def test_elaborated_is_a_reporting_verb(introduced: dict[str, list[Quote]]) -> None:
    parts = [q for q in introduced["elaborated"] if q.kind == "direct"][1:]
    assert len(parts) == 2
    assert all(q.speaker is not None and q.speaker.name == "Anna Berg" for q in parts)
    assert all(q.cue == "elaborated" for q in parts)
