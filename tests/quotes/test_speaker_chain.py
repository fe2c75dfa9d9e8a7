"""Who a direct quote's speaker is when the cue does not say it plainly (issue 13), through the
real spaCy model on invented passages: a "she said" never goes to a man the article marks as
one; a reported question with no source of its own does not break a speaker's chain of quotes;
a dangling "Adding, “…”" is the words of the person quoted just before in the paragraph."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.actors import resolve_actors
from newsevents.context import Context
from newsevents.quotes.gender import Genders
from newsevents.records import Quote
from tests.quotes.passages import quotes_by_name

PASSAGES: dict[str, str] = {
    "she_after_mr": (
        "“The budget is balanced and the harbour fund is safe,” Mr. Tom Hale said on Monday. "
        "Councilwoman Ann Reyes disagreed with him.\n\n"
        "“The numbers do not add up for the harbour district at all,” she said."
    ),
    "he_after_mr": (
        "“The budget is balanced and the harbour fund is safe,” Mr. Tom Hale said on Monday.\n\n"
        "Councilwoman Ann Reyes disagreed with the figures he gave.\n\n"
        "“The numbers will add up by the end of the year,” he said."
    ),
    "question_between": (
        "“It was a long and useful meeting,” the mayor told the Herald in a rare interview when "
        "asked if she had met the governor, who leads the party. “She was very gracious about "
        "the bridge.”"
    ),
    "dangling": (
        "Mayor Ann Quill said the pier was safe for the ferries. Adding, “We will rebuild "
        "the old harbour wall before the winter storms arrive.”"
    ),
    "dangling_alone": (
        "The pier reopened on Monday after the storm.\n\n"
        "Adding, “We will rebuild the old harbour wall before the winter storms arrive.”"
    ),
}


@pytest.fixture(scope="module")
def quotes(nlp: Any) -> dict[str, list[Quote]]:
    return quotes_by_name(nlp, PASSAGES, actors=True)


def last(found: list[Quote]) -> Quote:
    direct = [q for q in found if q.kind == "direct"]
    assert direct, [(q.evidence.method, q.text) for q in found]
    return direct[-1]


def test_she_does_not_continue_a_man(quotes: dict[str, list[Quote]]) -> None:
    q = last(quotes["she_after_mr"])
    assert q.speaker is not None and "Reyes" in q.speaker.name, q.speaker


def test_he_still_continues_the_man(quotes: dict[str, list[Quote]]) -> None:
    q = last(quotes["he_after_mr"])
    assert q.speaker is not None and "Hale" in q.speaker.name, q.speaker


def test_question_without_source_keeps_the_chain(quotes: dict[str, list[Quote]]) -> None:
    q = last(quotes["question_between"])
    assert q.text.startswith("“She was")
    assert q.evidence is not None and q.evidence.method == "rule:direct:continuation"
    assert q.cue == "told" and q.speaker is not None and q.speaker.mention == "the mayor"


def test_dangling_participle_takes_the_paragraphs_speaker(
    quotes: dict[str, list[Quote]],
) -> None:
    q = last(quotes["dangling"])
    assert q.cue == "Adding"
    assert q.speaker is not None and "Quill" in q.speaker.name, q.speaker


def test_dangling_participle_with_nobody_before_names_nobody(
    quotes: dict[str, list[Quote]],
) -> None:
    q = last(quotes["dangling_alone"])
    assert q.speaker is None


def test_genders_read_from_titles_and_nouns(nlp: Any) -> None:
    doc = nlp(
        "Ms. Ann Reyes met spokesman Tom Hale and Joan Berg, a mother of three, "
        "at the pier with Sam Lau."
    )
    genders = Genders(doc, resolve_actors(Context(doc=doc, text=doc.text, published=None)))
    by_word = {name.split()[-1]: g for name, g in genders._of.items()}
    assert by_word.get("Reyes") == "f"
    assert by_word.get("Hale") == "m"
    assert by_word.get("Berg") == "f"
    assert "Lau" not in by_word


TRANSCRIPT = (
    "Governor Ann Reyes spoke to host Tom Quill on Sunday.\n\n"
    "Quill: How will the state pay for the new bridge over the river?\n\n"
    "Reyes: Well, I think the state can pay for it without a new tax, and we will start "
    "building in the spring.\n\n"
    "The show airs every week."
)


def test_transcript_turn_holds_the_beliefs_inside_it(nlp: Any) -> None:
    """A turn whose surname label the tagger reads as a noun is still a turn, and the "I think"
    inside it is part of what the speaker said, not a record of its own."""
    found = quotes_by_name(nlp, {"t": TRANSCRIPT}, actors=True)["t"]
    turn = next(q for q in found if q.text.startswith("Well, I think"))
    assert turn.evidence is not None and turn.evidence.method == "rule:direct:transcript"
    assert turn.speaker is not None and turn.speaker.name == "Ann Reyes"
    assert not [q for q in found if q.cue == "think"]


def test_genders_not_read_from_verbs_or_the_noun_a_name_modifies(nlp: Any) -> None:
    """"will miss Tom Hale" is a verb, not a title; "a Quill spokeswoman" says nothing of
    Quill; "Billie Jean King" is no king."""
    doc = nlp(
        "Voters will miss Tom Hale, said Ken Quill spokeswoman Joan Berg, and tennis star "
        "Billie Jean King agreed."
    )
    genders = Genders(doc, resolve_actors(Context(doc=doc, text=doc.text, published=None)))
    by_word = {name.split()[-1]: g for name, g in genders._of.items()}
    assert "Hale" not in by_word
    assert "Quill" not in by_word
    assert "King" not in by_word
    assert by_word.get("Berg") == "f"
