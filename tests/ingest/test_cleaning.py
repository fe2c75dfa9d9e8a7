"""Cleaning: the seed and the bundled samples, general shapes, metadata, offsets, determinism."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsevents.ingest import prepare
from newsevents.ingest.clean.cleaner import clean
from newsevents.ingest.clean.normalise import normalise
from newsevents.records import RawDocument

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "tests" / "fixtures" / "seed" / "000_e5a9bc15457e5673.txt"
EXPECTED = REPO / "tests" / "fixtures" / "seed" / "EXPECTED.md"
SAMPLES = REPO / "newsevents" / "samples"

PARA = (
    "The ministers met in Brussels on Monday and agreed to extend the sanctions for another six "
    "months, officials said after the meeting."
)
PARA2 = (
    "The decision still needs the formal approval of all member states, which is expected at a "
    "summit later this month in Luxembourg."
)


def _fold(text: str) -> str:
    return " ".join(text.split())


def _expected_cleaning_lines() -> list[str]:
    """The backticked lines under "## Cleaning" in the seed's EXPECTED.md."""
    section = EXPECTED.read_text("utf-8").split("## Cleaning", 1)[1].split("\n## ", 1)[0]
    seed = _fold(SEED.read_text("utf-8"))
    # backticked strings that are lines of the seed (not e.g. the field name `removed`)
    return [_fold(s) for s in re.findall(r"`([^`]+)`", section) if _fold(s) in seed]


def _prepared(path: Path, **kwargs: object) -> object:
    return prepare(RawDocument(input=str(path), text=path.read_text("utf-8"), **kwargs))  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- the seed


def test_seed_drops_every_expected_line_with_a_reason() -> None:
    prepared = prepare(RawDocument(input=str(SEED), text=SEED.read_text("utf-8")))
    expected = _expected_cleaning_lines()
    assert len(expected) == 8
    removed = {_fold(r.text): r.reason for r in prepared.removed}
    for line in expected:
        assert line in removed, line
        assert removed[line], line
        assert line not in prepared.text
    assert removed["An aerial view of a missile strike in Poland"] == "image-caption"
    assert (
        removed["POLISH GOVERNMENT PLANS MANDATORY MILITARY TRAINING FOR ADULT MEN"]
        == "inline-link"
    )


def test_seed_keeps_every_story_sentence() -> None:
    text = SEED.read_text("utf-8")
    prepared = prepare(RawDocument(input=str(SEED), text=text))
    dropped = set(_expected_cleaning_lines()) | {"The Associated Press contributed to this report."}
    story = [
        _fold(line) for line in text.splitlines() if line.strip() and _fold(line) not in dropped
    ]
    assert len(story) == 13
    clean_text = prepared.text
    for paragraph in story:
        assert paragraph in clean_text, paragraph
    assert "\u00a0" not in clean_text and "  " not in clean_text
    assert "“Russia did not even hesitate" in clean_text  # curly quotes kept


def test_seed_credit_and_syndication_are_metadata() -> None:
    prepared = prepare(RawDocument(input=str(SEED), text=SEED.read_text("utf-8")))
    assert prepared.source.credits == ("The Associated Press",)
    assert prepared.source.syndicated_by == "Prices.com"
    assert "contributed to this report" not in prepared.text
    assert any(r.reason == "credit" for r in prepared.removed)


# ----------------------------------------------------------------------------- the samples

SAMPLE_REMOVED = {
    "blinken_wang_call_2023-10-14.txt": {
        "READOUT",
        "OFFICE OF THE SPOKESPERSON",
        "OCTOBER 14, 2023",
    },
    "rubio_wang_call.txt": {"Department of State"},
    "us_condemns_dprk_launch.txt": {"###"},
}


@pytest.mark.parametrize("name", sorted(SAMPLE_REMOVED))
def test_samples_keep_every_story_sentence(name: str) -> None:
    path = SAMPLES / name
    text = path.read_text("utf-8")
    prepared = prepare(RawDocument(input=str(path), text=text))
    removed = {r.text for r in prepared.removed}
    assert SAMPLE_REMOVED[name] <= removed
    for line in text.splitlines():
        line = line.strip()
        if not line or line in SAMPLE_REMOVED[name]:
            continue
        if line.startswith("/Public Release."):
            assert line not in prepared.text
            continue
        assert line in prepared.text, line


def test_mirage_disclaimer_is_removed_and_names_the_republisher() -> None:
    prepared = _prepared(SAMPLES / "rubio_wang_call.txt")
    assert "Mirage.News does not take" not in prepared.text  # type: ignore[attr-defined]
    assert "View in full here" not in prepared.text  # type: ignore[attr-defined]
    assert prepared.source.syndicated_by == "Mirage News"  # type: ignore[attr-defined]
    assert prepared.text.endswith("with his Chinese counterpart.")  # type: ignore[attr-defined]


def test_dateline_and_filename_dates() -> None:
    blinken = SAMPLES / "blinken_wang_call_2023-10-14.txt"
    text = blinken.read_text("utf-8")
    by_name = prepare(RawDocument(input=str(blinken), text=text))
    assert (by_name.published, by_name.published_source) == ("2023-10-14", "url")
    by_text = prepare(RawDocument(input="readout.txt", text=text))
    assert (by_text.published, by_text.published_source) == ("2023-10-14", "text")
    by_cli = prepare(
        RawDocument(input=str(blinken), text=text, published="2023-10-15", published_source="cli")
    )
    assert (by_cli.published, by_cli.published_source) == ("2023-10-15", "cli")
    by_url = prepare(RawDocument(input="x", text=PARA, url="https://news.example/2021/03/04/story"))
    assert (by_url.published, by_url.published_source) == ("2021-03-04", "url")
    none = prepare(RawDocument(input="x.txt", text=PARA))
    assert (none.published, none.published_source) == (None, "unknown")


def test_a_page_keeps_its_own_date_not_the_date_it_discusses() -> None:
    # a fact-check shows the date of the statement it checks above its own
    checked = "Jane Roe\nMarch 3, 2020\nPublished May 2, 2024\n" + PARA
    assert clean(checked).dateline == "2024-05-02"
    bare = "March 3, 2020\n" + PARA + "\nMay 2, 2024\nUpdated June 1, 2024"
    assert clean(bare).dateline == "2024-05-02"  # the later bare date; "Updated" only last


# ----------------------------------------------------------------------------- general shapes


def _body(*middle: str) -> str:
    return "\n\n".join((PARA, *middle, PARA2))


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("TRUMP SAYS TARIFFS ON CANADA WILL START NEXT WEEK", "inline-link"),
        ("EU LEADERS CLASH OVER MIGRATION PACT AT BRUSSELS SUMMIT", "inline-link"),
        (
            "Protesters gather outside the parliament building (AP Photo/Petr David Josek)",
            "image-caption",
        ),
        ("A view of the damaged bridge near Kherson", "image-caption"),
        ("The prime minister at a news conference in Warsaw", "image-caption"),
        ("Click to share on Twitter (Opens in new window)", "share-widget"),
        ("Share this article", "share-widget"),
        ("Leave a comment", "comment-widget"),
        ("Continue reading", "read-more"),
        ("View in full here.", "read-more"),
        ("Exit mobile version", "theme-chrome"),
        ("Advertisement", "theme-chrome"),
        ("Copyright 2024 The Associated Press. All rights reserved.", "copyright"),
        ("Reuters contributed to this report.", "credit"),
        ("Reporting by Anna Nowak in Warsaw; Editing by John Smith", "credit"),
        ("By Jane Doe", "byline"),
        ("###", "end-marker"),
    ],
)
def test_boilerplate_between_paragraphs_is_removed(line: str, reason: str) -> None:
    cleaned = clean(_body(line))
    assert [(r.text, r.reason) for r in cleaned.removed] == [(line, reason)]
    assert cleaned.text == PARA + "\n\n" + PARA2


@pytest.mark.parametrize(
    "line",
    [
        "He refused.",
        "Duda says talks will continue",  # a subhead with a verb: kept
        "What comes next?",
        "The answer",  # determiner, no preposition: not descriptive enough to call a caption
        "NATO IS NOT AT WAR WITH RUSSIA, STOLTENBERG SAID.",  # a shouted sentence
        "SANTOS 2-2 JICARAL",  # a results line, not a headline
        "Share prices fell by 3% in early trading in Frankfurt on Monday.",
        "The copyright dispute between the two publishers went to court in March.",
        "Sen. Smith (D) said the bill was dead.",
        "Meghan has seen some of the headlines about her",  # "seen" + a finite verb: a clause
        "Tim Thabe, chief executive of creditshelf",  # "credit" only as part of a word
    ],
)
def test_story_lines_are_kept(line: str) -> None:
    cleaned = clean(_body(line))
    assert line in cleaned.text, cleaned.removed
    assert not cleaned.removed


def test_caps_headline_before_the_story_is_the_title() -> None:
    cleaned = clean("POLAND ASKS US TO STATION NUCLEAR WEAPONS ON ITS SOIL\n\n" + PARA)
    assert cleaned.text == PARA
    assert cleaned.title == "POLAND ASKS US TO STATION NUCLEAR WEAPONS ON ITS SOIL"
    assert cleaned.removed[0].reason == "headline"


@pytest.mark.parametrize(
    ("text", "prefix", "credit", "syndicated"),
    [
        ("Washington, DC (STL.News) " + PARA, "Washington, DC (STL.News)", None, "STL.News"),
        ("(Mirage News) – " + PARA, "(Mirage News) –", None, "Mirage News"),
        ("WASHINGTON (AP) — " + PARA, "WASHINGTON (AP) —", "AP", None),
        ("LONDON, March 14 (Reuters) - " + PARA, "LONDON, March 14 (Reuters) -", "Reuters", None),
        ("AUSTIN (KXAN) — " + PARA, "AUSTIN (KXAN) —", "KXAN", None),  # a station's own dateline
        ("Hamburg (dpa/lno) – " + PARA, "Hamburg (dpa/lno) –", "dpa", None),
    ],
)
def test_republisher_and_wire_prefixes(
    text: str, prefix: str, credit: str | None, syndicated: str | None
) -> None:
    cleaned = clean(text)
    assert cleaned.text == PARA
    assert cleaned.removed[0].text == prefix and cleaned.removed[0].start == 0
    assert cleaned.credits == ((credit,) if credit else ())
    assert cleaned.syndicated_by == syndicated


def test_photo_credit_is_not_a_syndicator() -> None:
    cleaned = clean(PARA + "\n\n© Oli Scarff/Getty Images\n\n" + PARA2)
    assert cleaned.removed[0].reason == "copyright" and cleaned.syndicated_by is None


def test_credit_names_are_split() -> None:
    cleaned = clean(
        PARA + "\n\nFox News' Jane Roe and The Associated Press contributed to this report."
    )
    assert cleaned.credits == ("Fox News' Jane Roe", "The Associated Press")
    cleaned = clean(
        PARA + "\n\nReporting by Anna Nowak and Piotr Lis in Warsaw; Editing by John Smith"
    )
    assert cleaned.credits == ("Anna Nowak", "Piotr Lis", "John Smith")


# ----------------------------------------------------------------------------- text properties


def test_unicode_is_normalised_but_quotes_are_kept() -> None:
    raw = (
        "Kra\u0301ko\u0301w\u00a0and\u202fGdan\u0301sk said "
        "\u201cno\u201d \u2013 it\u2019s over.\u200b"
    )
    cleaned = clean(raw)
    assert cleaned.text == "Kráków and Gdańsk said “no” – it’s over."


def test_zero_width_joiners_inside_a_name_are_dropped() -> None:
    assert normalise("The Daily Herald\u200d's reporter met the Sen\u200cate.") == (
        "The Daily Herald's reporter met the Senate.")


def test_removed_offsets_point_into_the_normalised_input() -> None:
    text = SEED.read_text("utf-8")
    normalised = normalise(text)
    for removed in prepare(RawDocument(input="s", text=text)).removed:
        assert removed.start is not None
        assert normalised[removed.start : removed.start + len(removed.text)] == removed.text


def test_line_structure_is_kept() -> None:
    cleaned = clean("First line of a paragraph\nwrapped onto a second line.\n\nShare.\n\n" + PARA)
    assert cleaned.text == "First line of a paragraph\nwrapped onto a second line.\n\n" + PARA


def test_same_input_same_output() -> None:
    text = SEED.read_text("utf-8")
    first = prepare(RawDocument(input="a", text=text))
    second = prepare(RawDocument(input="a", text=text))
    assert first == second
    assert clean(first.text).text == first.text  # cleaning clean text changes nothing
