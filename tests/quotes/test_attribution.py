"""Attributions beyond the reporting verb's that-clause, and speakers the parse leaves out.

Behaviour through the real model on sentences written for these tests; the word-order rule for a
verb the parser left without a subject on a hand-built Doc, where that parse is the premise.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from newsevents.quotes.syntax import surface_source
from newsevents.records import Quote
from tests.quotes.passages import quotes_by_name

PASSAGES: dict[str, str] = {
    "claim_that": "The mayor's claim that the bridge was safe drew angry replies from engineers.",
    "assessment_is": "The general's assessment is that the rebels will retreat before winter.",
    "made_argument": "Senator Jane Smith made the argument that the tax would cost jobs.",
    "belief": "Investigators believe that the fire started in the kitchen.",
    "poll_shows": "A new Gallup poll shows that most voters oppose the plan.",
    "heading": (
        "“The harbour question”\n"
        "The council met on Monday. “We will rebuild the pier,” Mayor Tom Reed said."
    ),
    "title": 'Reed said on "Morning Edition With Sarah Lane" that the pier would reopen.',
    "next_paragraph": (
        "“We are ready,” coach Anna Berg said.\n"
        "“The team has trained for months and the players are fit.”\n"
        "The club's director, Paul Lind, said the stadium would be full."
    ),
    "colon": (
        "Health minister Maria Lopez spoke about the outbreak on Tuesday: “The situation is "
        "under control and the hospitals have enough beds.”"
    ),
    "participle": (
        "The company's shares fell sharply on Tuesday, suggesting that investors had lost faith."
    ),
    "it_said": (
        "The ministry issued a statement on Friday. “No decision has been taken yet,” it said."
    ),
    "statement_before": (
        "Police spokesman Karl Weber said so in a statement. “The suspect was "
        "arrested at noon and no one was hurt in the operation.”"
    ),
}


@pytest.fixture(scope="module")
def quotes(nlp: Any) -> dict[str, list[Quote]]:
    return quotes_by_name(nlp, PASSAGES)


def one(found: list[Quote]) -> Quote:
    assert len(found) == 1, [(q.kind, q.text) for q in found]
    return found[0]


def test_noun_carried_claim(quotes: dict[str, list[Quote]]) -> None:
    q = one(quotes["claim_that"])
    assert q.text == "that the bridge was safe" and q.cue == "claim"
    assert q.speaker is not None and "mayor" in q.speaker.mention
    assert q.evidence is not None and q.evidence.method == "rule:indirect:nominal"


def test_assessment_is_that(quotes: dict[str, list[Quote]]) -> None:
    q = one(quotes["assessment_is"])
    assert q.text == "that the rebels will retreat before winter"
    assert q.speaker is not None and "general" in q.speaker.mention


def test_light_verb_takes_its_subject(quotes: dict[str, list[Quote]]) -> None:
    q = one(quotes["made_argument"])
    assert q.text == "that the tax would cost jobs"
    assert q.speaker is not None and q.speaker.name == "Jane Smith"


def test_beliefs_and_findings_are_attributions_not_speech(quotes: dict[str, list[Quote]]) -> None:
    for name in ("belief", "poll_shows"):
        q = one(quotes[name])
        assert q.kind == "indirect"
        assert q.evidence is not None and q.evidence.method.endswith(":cognition")
    assert one(quotes["poll_shows"]).text == "that most voters oppose the plan"


def test_quoted_heading_is_no_quote(quotes: dict[str, list[Quote]]) -> None:
    q = one(quotes["heading"])
    assert q.text == "“We will rebuild the pier,”"
    assert q.speaker is not None and q.speaker.name == "Tom Reed"


def test_quoted_title_is_no_quote(quotes: dict[str, list[Quote]]) -> None:
    q = one(quotes["title"])
    assert q.kind == "indirect" and q.text == "that the pier would reopen"


def test_next_paragraphs_cue_is_not_the_quotes(quotes: dict[str, list[Quote]]) -> None:
    second = next(q for q in quotes["next_paragraph"] if q.text.startswith("“The team"))
    assert second.speaker is not None and second.speaker.name == "Anna Berg"
    assert second.evidence is not None and second.evidence.method == "rule:direct:continuation"


def test_colon_introduces_the_speaker(quotes: dict[str, list[Quote]]) -> None:
    # "spoke about the outbreak" is also a topic record of its own (test_topic.py)
    q = one([x for x in quotes["colon"] if x.kind == "direct"])
    assert q.kind == "direct" and q.speaker is not None and q.speaker.name == "Maria Lopez"
    assert q.evidence is not None and q.evidence.method == "rule:direct:colon"


def test_participle_is_no_parenthetical_cue(quotes: dict[str, list[Quote]]) -> None:
    assert not [q for q in quotes["participle"] if q.text.startswith("The company")]


def test_it_said_has_a_source(quotes: dict[str, list[Quote]]) -> None:
    q = one(quotes["it_said"])
    assert q.speaker is not None and q.speaker.mention == "it"


def test_contentless_cue_just_before_attributes_the_quote(
    quotes: dict[str, list[Quote]],
) -> None:
    q = one(quotes["statement_before"])
    assert q.speaker is not None and q.speaker.name == "Karl Weber"


def _doc(nlp: Any, words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    tags = {"VERB": "VBD", "PROPN": "NNP", "NOUN": "NN", "PUNCT": ".", "PRON": "PRP", "DET": "DT"}
    return Doc(
        nlp.vocab,
        words=words,
        heads=heads,
        deps=deps,
        pos=pos,
        tags=[tags.get(p, "XX") for p in pos],
        sent_starts=[True] + [False] * (len(words) - 1),
    )


def test_inverted_attribution_the_parser_broke(nlp: Any) -> None:
    # “We won,” said David Brock, a friend.  — parsed with *Brock* hung on "won" (a parse error
    # the premise): word order still names him.
    words = ["“", "We", "won", ",", "”", "said", "David", "Brock", ",", "a", "friend", "."]
    heads = [2, 2, 5, 2, 2, 5, 7, 2, 7, 10, 7, 5]
    deps = [
        "punct",
        "nsubj",
        "ccomp",
        "punct",
        "punct",
        "ROOT",
        "compound",
        "nsubj",
        "punct",
        "det",
        "appos",
        "punct",
    ]
    pos = [
        "PUNCT",
        "PRON",
        "VERB",
        "PUNCT",
        "PUNCT",
        "VERB",
        "PROPN",
        "PROPN",
        "PUNCT",
        "DET",
        "NOUN",
        "PUNCT",
    ]
    doc = _doc(nlp, words, heads, deps, pos)
    text = doc.text
    inside = (text.index("“"), text.index("”") + 1)
    found = surface_source(doc[5], lambda c: inside[0] <= c < inside[1])
    assert found is not None and found.text == "Brock"


def test_passive_cue_gets_no_surface_source(nlp: Any) -> None:
    # "He was told" — a listener, not a source, whatever the word order.
    words = ["He", "was", "told", "."]
    doc = _doc(
        nlp,
        words,
        [2, 2, 2, 2],
        ["nsubjpass", "auxpass", "ROOT", "punct"],
        ["PRON", "AUX", "VERB", "PUNCT"],
    )
    assert surface_source(doc[2], lambda c: False) is None


def test_he_said_continues_the_person_quoted_not_the_last_subject(nlp: Any) -> None:
    # The lawyer speaks; his client is the subject of the next sentence: "he said" is the lawyer
    # (the nearest-subject rule alone gives the client).
    import datetime as dt

    from newsevents.actors import resolve_actors
    from newsevents.pipeline import Context
    from newsevents.quotes import extract_quotes

    text = (
        "“We will appeal,” defence lawyer Mark Hale told reporters after the hearing. "
        "Peter Quinn, his client, shook his head and stared at the jury.\n"
        "“The evidence was thin and the jury ignored it,” he said."
    )
    ctx = Context(doc=nlp(text), text=text, published=dt.date(2025, 3, 14))
    ctx.actors = resolve_actors(ctx)
    last = extract_quotes(ctx)[-1]
    assert last.text.startswith("“The evidence")
    assert last.speaker is not None and last.speaker.name == "Mark Hale"
