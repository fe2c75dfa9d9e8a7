"""Attribution contents beyond that-clauses, through the real spaCy model: a cue set off inside
the clause it reports, intentions with an infinitive, naming verbs without quotation marks, and
a lone direct quote paragraphs after its speaker's last words."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.evaluate.quotes import speech_only
from newsevents.records import Quote
from tests.quotes.passages import quotes_by_name

PASSAGES: dict[str, str] = {
    "inside": "The new budget, a senior aide said, will cut spending on rural roads by a third.",
    "inside_pronoun": "It was a mistake, she said, to trust the contractor with the old bridge.",
    "after": "The harbour will reopen next week, port officials said.",
    "vowed": "Governor Maria Lopez vowed to veto the tax bill passed by the state senate.",
    "urged": "Senator Paul Brandt urged the city council to delay the vote on the new stadium.",
    "declined": "Senator Paul Brandt declined to comment on the new stadium for the city.",
    "object_only": "Governor Maria Lopez wants a new stadium for the city.",
    "generic": "People want to see lower prices at the pump before the winter.",
    "relative": "The board passed a rule, which critics said was unfair to part-time teachers.",
    "poll": (
        "In a new Gallup poll, just 18 percent of young voters said the economy was improving."
    ),
    "poll_standing": "The senator has been up and down in national polls since the summer.",
    "naming": "Mayor Tom Reyes described the harbour plan as a waste of public money.",
    "lone_quote": (
        "“We will win this league,” said coach Anna Berg.\n"
        "The team lost twice last year.\n"
        "The stadium was half empty on Sunday.\n"
        "“Nobody believed in us, and now everyone will see what this team can do.”"
    ),
}


@pytest.fixture(scope="module")
def quotes(nlp: Any) -> dict[str, list[Quote]]:
    return quotes_by_name(nlp, PASSAGES)


def only(found: list[Quote]) -> Quote:
    assert len(found) == 1, [(q.kind, q.text) for q in found]
    return found[0]


def test_cue_inside_the_clause_it_reports(quotes: dict[str, list[Quote]]) -> None:
    q = only(quotes["inside"])
    assert q.kind == "indirect"
    assert q.text.startswith("The new budget") and q.text.endswith("by a third")
    assert q.speaker is not None and q.speaker.mention == "a senior aide"


def test_pronoun_cue_inside_the_clause(quotes: dict[str, list[Quote]]) -> None:
    q = only(quotes["inside_pronoun"])
    assert q.text.startswith("It was a mistake") and q.text.endswith("the old bridge")


def test_cue_after_the_clause_keeps_the_clause_only(quotes: dict[str, list[Quote]]) -> None:
    q = only(quotes["after"])
    assert q.text == "The harbour will reopen next week"


def test_intention_infinitive_is_the_content(quotes: dict[str, list[Quote]]) -> None:
    q = only(quotes["vowed"])
    assert q.text.startswith("to veto the tax bill")
    assert q.speaker is not None and q.speaker.name == "Maria Lopez"
    assert q.evidence is not None and q.evidence.method.endswith(":intention")
    # An intention is no speech: GenderGapTracker scoring leaves it out.
    assert speech_only([q]) == []


def test_requests_are_events_not_contents(quotes: dict[str, list[Quote]]) -> None:
    assert quotes["urged"] == []  # an appeal (CAMEO 02), not attributed content
    q = only(quotes["declined"])
    assert q.text.startswith("to comment on the new stadium")


def test_intention_needs_an_infinitive_and_a_named_holder(quotes: dict[str, list[Quote]]) -> None:
    assert quotes["object_only"] == []
    assert quotes["generic"] == []  # "people want …" states nobody's intention


def test_naming_verb_without_quotation_marks(quotes: dict[str, list[Quote]]) -> None:
    q = only(quotes["naming"])
    assert q.text == "the harbour plan as a waste of public money"
    assert q.speaker is not None and q.speaker.name == "Tom Reyes"


def test_lone_quote_goes_to_the_last_person_quoted(quotes: dict[str, list[Quote]]) -> None:
    first, second = quotes["lone_quote"]
    assert first.speaker is not None and first.speaker.name == "Anna Berg"
    assert second.text.startswith("“Nobody believed in us")
    assert second.speaker is not None and second.speaker.name == "Anna Berg"
    assert second.evidence is not None and second.evidence.method == "rule:direct:last-speaker"


def test_cue_inside_a_relative_clause(quotes: dict[str, list[Quote]]) -> None:
    q = only(quotes["relative"])
    assert q.text == "which critics said was unfair to part-time teachers"
    assert q.speaker is not None and q.speaker.mention == "critics"


def test_fronted_poll_sources_its_clause(quotes: dict[str, list[Quote]]) -> None:
    found = [q for q in quotes["poll"] if q.evidence and q.evidence.method.endswith(":finding")]
    (q,) = found
    assert q.text.startswith("just 18 percent of young voters")
    assert speech_only([q]) == []  # a finding is no speech
    assert quotes["poll_standing"] == []
