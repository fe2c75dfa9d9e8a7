"""Quote scoring: format detection, brat and GenderGapTracker readers, overlap matching."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from newsevents.evaluate.quotes import (
    GoldQuote,
    direct_golds,
    evaluate,
    join_split_quotes,
    match,
    read_gendergaptracker,
    read_polnear,
    speaker_correct,
    speech_only,
)
from newsevents.records import Actor, Evidence, Quote, Span
from tests.conftest import shared_path

TEXT = (
    "Senator Jane Smith said that the bill would pass next week.\n\n"
    '"We have the votes," Smith told reporters. The hearing starts at noon.'
)


def write_polnear(root: Path) -> Path:
    split = root / "dev"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    (split / "text" / "art1.txt").write_text(TEXT, encoding="utf-8")
    content = TEXT.index("that the bill")
    quote = TEXT.index('"We have')
    lines = [
        f"T1\tSource 0 18\t{TEXT[0:18]}",
        "T2\tCue 19 23\tsaid",
        f"T3\tContent {content} {content + 35}\t{TEXT[content : content + 35]}",
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
        f"T4\tContent {quote} {quote + 19}\t{TEXT[quote : quote + 19]}",
        f"T5\tSource {quote + 20} {quote + 25}\tSmith",
        "E2\tAttribution:T2 Content:T4 Source:T5",
    ]
    (split / "attributions" / "art1_ab12.ann").write_text("\n".join(lines), encoding="utf-8")
    return split


def write_ggt(root: Path) -> Path:
    (root / "rawtext").mkdir(parents=True)
    (root / "rawtext" / "5c182ac21e67d78e277944ad.txt").write_text(TEXT, encoding="utf-8")
    record = {
        "_id": "ObjectId(5c182ac21e67d78e277944ad)",
        "quotations": [
            {
                "speaker": "Jane Smith",
                "reference": "Jane Smith",
                "verb": "said",
                "quote": "that the bill would pass next week",
                "quote_index": "(0,1)",
            },
            {
                "speaker": "Smith",
                "reference": "Jane Smith",
                "verb": "told",
                "quote": '"We have the votes,"',
                "quote_index": "(5,9)",
            },
            {"speaker": "", "reference": "", "verb": "", "quote": "not in the text at all"},
        ],
    }
    (root / "human_annotations.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    return root


def quote(start: int, end: int, speaker: Actor | None = None) -> Quote:
    return Quote(text="", start=start, end=end, kind="direct", speaker=speaker, cue="said")


def test_readers(tmp_path: Path) -> None:
    (doc,) = read_polnear(write_polnear(tmp_path / "p"))
    assert len(doc.quotes) == 2 and doc.quotes[0].source == (0, 18)
    docs, missing = read_gendergaptracker(write_ggt(tmp_path / "g"))
    assert missing == 1 and len(docs[0].quotes) == 2
    ((start, end),) = docs[0].quotes[1].fragments
    assert TEXT[start:end] == '"We have the votes,"'  # found by search, not by the bad offsets


def test_overlap_matching_is_one_to_one_and_needs_both_sides() -> None:
    gold = [GoldQuote(((10, 50),), None, ""), GoldQuote(((60, 70),), None, "")]
    pairs = match([quote(12, 48), quote(15, 45), quote(0, 200)], gold, 0.3)
    assert len(pairs) == 1 and pairs[0][0].start == 12  # the 200-char span covers too little


def test_split_quote_parts_are_joined_for_polnear() -> None:
    text = "“A is true,” she said. “B too.”\n“C.”"
    cue = Span(13, 17, "said")
    parts = [
        dataclasses.replace(quote(0, 12), cue_span=cue),
        dataclasses.replace(quote(23, 31), cue_span=cue),
        dataclasses.replace(quote(32, 36), cue_span=cue),  # next paragraph: stays apart
    ]
    joined = join_split_quotes(parts, text)
    assert [(q.start, q.end) for q in joined] == [(0, 31), (32, 36)]


def test_continued_quote_joins_across_a_paragraph_only_when_the_stage_linked_it() -> None:
    # PolNeAR: "“A,” X said. ¶ “B.”" is one attribution; the stage links B by a continuation
    # record. A part that only shares the cue span, without that link, stays apart.
    text = "“Rents are rising fast,” the mayor said.\n“We will build more.”\n“Soon.”"
    cue = Span(35, 39, "said")
    linked = Evidence(method="rule:direct:continuation", confidence=0.75)
    parts = [
        dataclasses.replace(quote(0, 24), cue_span=cue),
        dataclasses.replace(quote(41, 62), cue_span=cue, evidence=linked),
        dataclasses.replace(quote(63, 70), cue_span=cue),
    ]
    joined = join_split_quotes(parts, text)
    assert [(q.start, q.end) for q in joined] == [(0, 62), (63, 70)]


def test_speaker_correct_by_span_or_name() -> None:
    smith = Actor(mention="Smith", start=80, end=85, name="Jane Smith", kind="person")
    assert speaker_correct(quote(0, 5, smith), GoldQuote(((0, 5),), (79, 86), "x"))
    assert speaker_correct(quote(0, 5, smith), GoldQuote(((0, 5),), None, "Smith Jane Smith"))
    assert not speaker_correct(quote(0, 5, smith), GoldQuote(((0, 5),), None, "he Tom Jones"))
    assert not speaker_correct(quote(0, 5), GoldQuote(((0, 5),), None, "Smith"))


def test_outlet_medium_stands_for_an_outlet_source() -> None:
    reported = dataclasses.replace(quote(0, 5), medium="CBS News")
    assert speaker_correct(reported, GoldQuote(((0, 5),), None, "CBS News"))
    assert not speaker_correct(reported, GoldQuote(((0, 5),), None, "the senator"))


def test_direct_gold_contents() -> None:
    text = "“We have the votes now,” she said. He said the votes were there. “Yes,” he said."
    golds = [
        GoldQuote(((0, 24),), None, "she"),
        GoldQuote(((43, 63),), None, "He"),
        GoldQuote(((65, 71),), None, "he"),  # one word: not what a reader cites as a quote
    ]
    assert direct_golds(golds, text) == {0}


def test_speech_only_leaves_beliefs_out() -> None:
    said = dataclasses.replace(quote(0, 5), evidence=Evidence("rule:indirect:ccomp", 0.9))
    believed = dataclasses.replace(
        quote(6, 9), evidence=Evidence("rule:indirect:ccomp:cognition", 0.6)
    )
    claim = dataclasses.replace(quote(9, 12), evidence=Evidence("rule:indirect:nominal", 0.7))
    assert speech_only([said, believed, claim]) == [said]


@pytest.mark.parametrize("fmt", ["polnear", "ggt"])
def test_evaluate_detects_format_and_scores(tmp_path: Path, fmt: str) -> None:
    gold = write_polnear(tmp_path) if fmt == "polnear" else write_ggt(tmp_path)
    report = evaluate(gold)
    assert report.task == ("quotes-polnear" if fmt == "polnear" else "quotes-gendergaptracker")
    assert report.n == 1
    assert report.metrics["precision"] == 1.0
    assert report.metrics["recall"] == (1.0 if fmt == "polnear" else 2 / 3)
    assert report.metrics["speaker_accuracy"] == 1.0


@pytest.mark.slow
@pytest.mark.shared
def test_gendergaptracker_floor() -> None:
    report = evaluate(shared_path("data", "quotes", "gendergaptracker"), limit=25)
    assert report.metrics["f1"] >= 0.78 and report.metrics["speaker_accuracy"] >= 0.8


@pytest.mark.slow
@pytest.mark.shared
def test_polnear_floor() -> None:
    report = evaluate(shared_path("data", "quotes", "polnear", "data", "dev"), limit=20)
    assert report.metrics["precision"] >= 0.65 and report.metrics["f1"] >= 0.45
