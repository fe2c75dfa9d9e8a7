"""Each quote form on short real-style passages: direct, split, multi-paragraph, partial,
indirect (that-clause, told-that, according to), mixed, pronoun and continuation speakers, media."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.records import Quote
from tests.quotes.passages import quotes_by_name

PASSAGES: dict[str, str] = {
    "curly_split": (
        "Poland’s President Andrzej Duda spoke on Thursday.\n"
        "“Russia did not even hesitate when they were moving their weapons,” Duda told the "
        "Financial Times in reference to events in 2023. “They didn’t ask anyone’s permission.”"
    ),
    "straight_inverted": (
        '"This is a disgrace and a betrayal of our voters," said Senator Jane Smith, a Democrat '
        "from Ohio."
    ),
    "colon": (
        'Foreign Minister Radoslaw Sikorski was blunt. He said: "We will not back down, whatever '
        'Moscow does."'
    ),
    "lone_pronoun": 'The minister was blunt. "We will not back down," she said.',
    "multi_paragraph": (
        "Prime Minister Mark Carney spoke to reporters in Ottawa on Monday.\n"
        "“We will respond with strength to these tariffs, and we will not blink first.\n"
        "“Canadians expect nothing less from their government,” Carney said."
    ),
    "continuation": (
        "“The ceasefire must hold,” Foreign Minister Radoslaw Sikorski told reporters.\n"
        "“Nobody in Europe wants another winter of war.”"
    ),
    "partial": (
        "Russia has already called France’s strategy to re-evaluate its nuclear deterrence "
        "“extremely confrontational.”"
    ),
    "scare": (
        "There is another nuclear-armed nation in the alliance that may be willing to assist in "
        "“nuclear sharing.”"
    ),
    "indirect_that": (
        "But Duda’s advisor on international affairs, Wojciech Kolarski, echoed the plea and, in a "
        "Thursday interview with Poland’s RMF FM radio, argued that the steps were important for "
        "Warsaw’s security."
    ),
    "told_that": "Kremlin spokesman Dmitry Peskov told reporters that Moscow was open to talks.",
    "according_front": "According to Reuters, the army withdrew from the town overnight.",
    "according_back": (
        "The army withdrew from the town overnight, according to two officials familiar with the "
        "matter."
    ),
    "according_middle": (
        "Some of those concerns, according to national security experts, include the company’s "
        "links to the government."
    ),
    "word_list": 'Teachers hear words like "yeet," "ghosting" and "sus" every day, he said.',
    "warned": "NATO Secretary General Mark Rutte warned that Europe must spend more on defense.",
    "stressed": "The foreign ministry stressed in a statement that no decision had been taken.",
    "pronoun": (
        "Hungarian Prime Minister Viktor Orban met the French president in Paris on Friday. He "
        "said Hungary would not block the next sanctions package."
    ),
    "mixed": (
        "Trump said the agreement was “a total disaster” for American workers and would be "
        "renegotiated."
    ),
    "on_x": "Ukrainian President Volodymyr Zelensky wrote on X that Ukraine would never surrender.",
    "on_telegram": "Russia’s defence ministry said on Telegram that the strike was a provocation.",
    "truth_social": "Trump said in a post on Truth Social that tariffs on steel would rise.",
    "press_conference": "“We are ready,” the president added at a press conference in Kyiv.",
    "social_media": "The senator wrote on social media that the vote was a mistake.",
    "question": "Reporters asked whether the meeting would take place before March.",
}


@pytest.fixture(scope="module")
def quotes(nlp: Any) -> dict[str, list[Quote]]:
    """Every passage parsed once (nlp.pipe), quotes extracted with no actors stage input."""
    return quotes_by_name(nlp, PASSAGES)


def only(quotes: list[Quote], kind: str | None = None) -> Quote:
    chosen = [q for q in quotes if kind is None or q.kind == kind]
    assert len(chosen) == 1, [(q.kind, q.text) for q in quotes]
    return chosen[0]


def test_curly_quote_split_by_its_attribution(quotes: dict[str, list[Quote]]) -> None:
    first, second = quotes["curly_split"]
    text = PASSAGES["curly_split"]
    assert first.kind == second.kind == "direct"
    assert first.text.startswith("“Russia did not even hesitate")
    assert first.text.endswith("weapons,”")
    assert second.text == "“They didn’t ask anyone’s permission.”"
    assert text[second.start : second.end] == second.text
    assert first.cue == "told" and first.medium == "Financial Times"
    # The second half has no attribution of its own: it continues Duda.
    assert first.speaker is not None and second.speaker is not None
    assert first.speaker.name == second.speaker.name == "Andrzej Duda"
    assert second.medium == "Financial Times"
    assert second.evidence is not None and second.evidence.method == "rule:direct:continuation"
    assert first.cue_span is not None and text[first.cue_span.start : first.cue_span.end] == "told"
    assert first.sentence is not None and "Duda told" in first.sentence.text


def test_straight_quote_with_inverted_attribution(quotes: dict[str, list[Quote]]) -> None:
    q = only(quotes["straight_inverted"])
    assert q.kind == "direct" and q.text.startswith('"This is a disgrace')
    assert q.speaker is not None and q.speaker.name == "Jane Smith"
    assert q.cue == "said"


def test_quote_introduced_by_a_colon(quotes: dict[str, list[Quote]]) -> None:
    q = only(quotes["colon"])
    assert q.kind == "direct" and q.cue == "said"
    assert q.speaker is not None and q.speaker.mention == "He"
    assert q.speaker.name == "Radoslaw Sikorski"


def test_pronoun_without_antecedent_stays_unresolved(quotes: dict[str, list[Quote]]) -> None:
    q = only(quotes["lone_pronoun"])
    assert q.speaker is not None and q.speaker.mention == "she"
    assert q.speaker.resolution.method == "unresolved" and q.speaker.code is None


def test_quote_spanning_paragraphs_is_one_quote(quotes: dict[str, list[Quote]]) -> None:
    q = only(quotes["multi_paragraph"])
    assert q.kind == "direct"
    assert "\n" in q.text and q.text.endswith("government,”")
    assert q.speaker is not None and q.speaker.name == "Mark Carney"


def test_unattributed_quote_continues_previous_speaker(quotes: dict[str, list[Quote]]) -> None:
    first, second = quotes["continuation"]
    assert first.speaker is not None and first.speaker.name == "Radoslaw Sikorski"
    assert second.speaker == first.speaker
    assert second.evidence is not None and second.evidence.method == "rule:direct:continuation"


def test_partial_quote_governed_by_a_cue(quotes: dict[str, list[Quote]]) -> None:
    q = only(quotes["partial"])
    assert q.kind == "partial" and q.text == "“extremely confrontational.”"
    assert q.cue == "called" and q.speaker is not None and q.speaker.name == "Russia"


def test_scare_quote_is_no_quote(quotes: dict[str, list[Quote]]) -> None:
    assert quotes["scare"] == []


def test_indirect_that_clause_with_interview_medium(quotes: dict[str, list[Quote]]) -> None:
    q = only(quotes["indirect_that"])
    assert q.kind == "indirect" and q.cue == "argued"
    assert q.text.startswith("that the steps were important")
    assert q.speaker is not None and q.speaker.name == "Wojciech Kolarski"
    assert q.medium == "RMF FM"
    assert q.evidence is not None and q.evidence.method.startswith("rule:indirect")


def test_told_that_keeps_the_listener_out(quotes: dict[str, list[Quote]]) -> None:
    q = only(quotes["told_that"])
    assert q.text == "that Moscow was open to talks"
    assert q.speaker is not None and q.speaker.name == "Dmitry Peskov"
    assert q.medium is None  # reporters are an audience, not an outlet


def test_according_to_in_front_and_behind(quotes: dict[str, list[Quote]]) -> None:
    front = only(quotes["according_front"])
    assert front.kind == "indirect" and front.cue == "According to"
    assert front.text == "the army withdrew from the town overnight"
    assert front.medium == "Reuters"
    middle = only(quotes["according_middle"])
    assert middle.text == "include the company’s links to the government"
    assert middle.speaker is not None and middle.speaker.mention == "national security experts"
    back = only(quotes["according_back"])
    assert back.text == "The army withdrew from the town overnight"
    assert back.speaker is not None and "officials" in back.speaker.mention


@pytest.mark.parametrize(
    ("name", "cue", "speaker", "medium"),
    [
        ("warned", "warned", "Mark Rutte", None),
        ("stressed", "stressed", "The foreign ministry", "statement"),
        ("on_x", "wrote", "Volodymyr Zelensky", "X"),
        ("on_telegram", "said", "Russia’s defence ministry", "Telegram"),
        ("truth_social", "said", "Trump", "Truth Social"),
        ("social_media", "wrote", "The senator", "social media"),
    ],
)
def test_cue_and_medium(
    quotes: dict[str, list[Quote]], name: str, cue: str, speaker: str, medium: str | None
) -> None:
    q = only(quotes[name])
    assert q.kind == "indirect" and q.cue == cue
    assert q.speaker is not None and q.speaker.name == speaker
    assert q.medium == medium


def test_press_conference_medium_on_direct_quote(quotes: dict[str, list[Quote]]) -> None:
    q = only(quotes["press_conference"])
    assert q.kind == "direct" and q.cue == "added" and q.medium == "press conference"


def test_pronoun_speaker_points_back(quotes: dict[str, list[Quote]]) -> None:
    q = only(quotes["pronoun"])
    assert q.speaker is not None
    assert q.speaker.mention == "He" and q.speaker.name == "Viktor Orban"


def test_indirect_content_with_quoted_fragment_is_mixed(quotes: dict[str, list[Quote]]) -> None:
    q = only(quotes["mixed"])
    assert q.kind == "mixed" and "“a total disaster”" in q.text
    assert q.speaker is not None and q.speaker.name == "Trump"


def test_quoted_single_words_are_no_direct_quotes(quotes: dict[str, list[Quote]]) -> None:
    assert not [q for q in quotes["word_list"] if q.kind == "direct"]


def test_questions_are_not_claims(quotes: dict[str, list[Quote]]) -> None:
    # a reported question is an attribution of its own kind (PolNeAR, PARC), never a claim
    assert [q.evidence.method for q in quotes["question"]] == ["rule:indirect:question"]


def test_offsets_match_text(quotes: dict[str, list[Quote]]) -> None:
    for name, found in quotes.items():
        for q in found:
            assert PASSAGES[name][q.start : q.end] == q.text
            assert q.evidence is not None and q.evidence.method.startswith("rule:")
