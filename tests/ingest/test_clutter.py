"""Clutter of real news pages that trafilatura lets through, each on a page built like a real one.

Every page below is written for this test in the markup news CMSs use (an article body of <p>,
widgets nested inside it). Each test first checks that bare trafilatura (our options) keeps the
clutter, so the test fails if our cleaning stops removing it, then that our ingest path removes
it with its reason and keeps every story sentence.
"""

from __future__ import annotations

import pytest
import trafilatura

from newsevents.ingest import prepare
from newsevents.ingest.clean.cleaner import clean
from newsevents.ingest.html import EXTRACT_OPTIONS
from newsevents.records import RawDocument

LEAD = (
    "Poland's president said on Monday that the country would double the number of troops on "
    "its eastern border after a series of incidents."
)
SECOND = (
    "The defence minister told reporters in Warsaw that the deployment would last at least three "
    "months and would cost more than first planned."
)
THIRD = (
    "The opposition criticised the plan, saying the government had not consulted parliament "
    "before it announced the decision on Monday."
)
FOURTH = (
    "Officials in Lithuania and Latvia said they would watch the deployment closely and were "
    "ready to coordinate with Warsaw."
)
STORY = (LEAD, SECOND, THIRD, FOURTH)


def _page(body: str) -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Poland doubles troops on border | The Daily</title></head>
<body><header class="site-header"><nav><ul><li><a href="/">Home</a></li>
<li><a href="/world">World</a></li></ul></nav></header>
<main><article class="article"><h1 class="article__title">Poland doubles troops on border</h1>
<div class="article__body">{body}</div></article></main>
<footer class="site-footer"><p>Copyright 2025 The Daily</p></footer></body></html>"""


def _p(text: str) -> str:
    return f"<p>{text}</p>"


def _bare(html: str) -> str:
    return trafilatura.extract(html, **EXTRACT_OPTIONS) or ""


def _ours(html: str) -> tuple[str, list[tuple[str, str]]]:
    prepared = prepare(RawDocument(input="page.html", html=html))
    return prepared.text, [(r.reason, r.text) for r in prepared.removed]


def _story_kept(text: str, *sentences: str) -> None:
    for sentence in sentences:
        assert sentence in text, sentence


# ----------------------------------------------------------------------------- related stories


def test_related_story_heads_and_inline_links_are_removed() -> None:
    html = _page(
        _p(LEAD)
        + _p(SECOND)
        + "<p><strong>READ MORE</strong></p><ul><li><a href='/a'>Protesters march on parliament "
        "over fuel prices</a></li><li><a href='/b'>Opposition leader calls for a snap election"
        "</a></li></ul>"
        + "<p><strong>SEE MORE:</strong> <a href='/c'>Protesters block border crossing with "
        "Ukraine in grain dispute</a></p>"
        + _p(THIRD)
        + "<h3>DON'T MISS</h3><ul><li><a href='/d'>Thousands protest in Warsaw against court "
        "reform</a></li></ul><p>You may also like</p><ul><li><a href='/f'>Teachers strike over "
        "pay in Krakow</a></li></ul>"
        + _p(FOURTH)
    )
    bare = _bare(html)
    assert "SEE MORE: Protesters block border crossing" in bare
    assert "DON'T MISS" in bare and "You may also like" in bare
    text, removed = _ours(html)
    assert "Protesters" not in text and "MISS" not in text and "also like" not in text
    assert {reason for reason, _ in removed} == {"read-more"}
    _story_kept(text, *STORY)


def test_a_list_head_takes_the_link_titles_under_it_but_not_the_story() -> None:
    # scraped text (JSONL/plain): the list survives as lines under its head
    text = "\n".join(
        [
            LEAD,
            "READ MORE",
            "Protesters march on parliament over fuel prices",
            "- Why is Poland arming itself so fast?",
            SECOND,
            "Related:",
            "Teachers strike over pay in Krakow",
            THIRD,
        ]
    )
    cleaned = clean(text)
    assert [r.reason for r in cleaned.removed] == ["read-more"] * 5
    assert cleaned.text.split("\n") == [LEAD, "", SECOND, "", THIRD]


def test_more_in_prose_is_not_a_marker() -> None:
    line = "More than 2,000 troops will be deployed, the ministry said on Monday."
    cleaned = clean("\n".join([LEAD, line, SECOND]))
    assert line in cleaned.text and not cleaned.removed


# ----------------------------------------------------------------------------- hover cards


def test_hover_card_headline_is_not_glued_into_the_lead() -> None:
    html = _page(
        "<p>Poland's president <a href=\"/people/andrzej-duda\">Andrzej Duda</a>"
        '<span class="c-hovercard"><span class="c-hovercard__kicker">Latest'
        '</span><span class="c-hovercard__headline">Duda vows to veto judicial reform bill</span>'
        "</span> said on Monday that the country would double the number of troops on its "
        "eastern border.</p>"
        + _p(SECOND)
        + "<p>Prime Minister <a href='/p/tusk'>Donald Tusk</a>"
        '<span role="tooltip">Tusk protesters rally in Warsaw</span> backed the plan, his office '
        "said in a statement on Tuesday.</p>"
        + _p(THIRD)
    )
    bare = _bare(html)
    assert "Duda vows to veto judicial reform bill said on Monday" in bare
    assert "Tusk protesters rally" in bare
    text, removed = _ours(html)
    assert "Poland's president Andrzej Duda said on Monday" in text
    assert "Prime Minister Donald Tusk backed the plan" in text
    assert "veto" not in text and "rally" not in text
    assert [reason for reason, _ in removed] == ["hover-card", "hover-card"]


def test_a_tooltip_term_inside_the_sentence_is_kept() -> None:
    # a glossary term marked "tooltip" is a word of the sentence; only the card is dropped
    html = _page(
        "<p>The <span class=\"tooltip\">Umweltbundesamt<span class=\"tooltip-content\">Germany's "
        "federal environment agency</span></span> said on Monday that emissions fell in 2024 for "
        "the third year in a row.</p>"
        + _p(SECOND)
    )
    text, removed = _ours(html)
    assert "The Umweltbundesamt said on Monday that emissions fell" in text
    assert [reason for reason, _ in removed] == ["hover-card"]


# ----------------------------------------------------------------------------- click to tweet


def test_click_to_tweet_label_and_box_are_removed() -> None:
    html = _page(
        _p(LEAD)
        + _p(SECOND)
        + "<p>“We will defend every inch of our territory,” the minister said. "
        '<a href="https://twitter.com/intent/tweet?text=We+will+defend" rel="nofollow">'
        "Click To Tweet</a></p>"
        + _p(THIRD)
        + '<blockquote class="click-to-tweet"><span class="ctt-text"><a href="https://'
        'twitter.com/intent/tweet?text=x">Poland will not be intimidated by anyone.</a></span> '
        '<a href="https://twitter.com/intent/tweet?text=x" class="ctt-btn">Click To Tweet</a>'
        "</blockquote>"
        + _p(FOURTH)
    )
    assert _bare(html).count("Click To Tweet") == 2
    text, removed = _ours(html)
    assert "Tweet" not in text and "intimidated" not in text
    # the paragraph is the story's own: only the label goes
    assert "“We will defend every inch of our territory,” the minister said." in text
    assert sorted(reason for reason, _ in removed) == ["click-to-tweet", "click-to-tweet"]
    _story_kept(text, *STORY)


# ----------------------------------------------------------------------------- author bios


def test_author_bio_after_the_story_is_removed() -> None:
    html = _page(
        _p(LEAD)
        + _p(SECOND)
        + _p(THIRD)
        + "<p><em>Jane Doe is a senior correspondent for The Daily covering Central and Eastern "
        "Europe. She was previously based in Kyiv for Reuters.</em></p>"
        + "<p>Follow her on Twitter @janedoe.</p>"
    )
    bare = _bare(html)
    assert "Jane Doe is a senior correspondent" in bare
    text, removed = _ours(html)
    assert "Jane Doe" not in text and "Follow her" not in text
    assert [reason for reason, _ in removed] == ["author-bio", "author-bio"]
    _story_kept(text, LEAD, SECOND, THIRD)


@pytest.mark.parametrize(
    ("lines", "line"),
    [
        # inside the story: not its tail
        ((LEAD, "{}", SECOND), "John Smith is a former correspondent for the state broadcaster "
         "who was detained in Minsk last year."),
        # the story's last sentence, in the past tense: a fact of the story, not a bio
        ((LEAD, SECOND, "{}"), "Jamal Khashoggi was a columnist for The Washington Post."),
    ],
)
def test_bio_like_story_sentences_are_kept(lines: tuple[str, ...], line: str) -> None:
    cleaned = clean("\n\n".join(x.format(line) for x in lines))
    assert line in cleaned.text and not cleaned.removed


# ----------------------------------------------------------------------------- time stamps


def test_updated_at_lines_are_removed() -> None:
    html = _page("<p>Updated at 10:32 a.m. ET</p>" + _p(LEAD) + _p(SECOND) + _p(THIRD))
    assert "Updated at 10:32 a.m. ET" in _bare(html)
    text, removed = _ours(html)
    assert "Updated" not in text
    assert removed == [("dateline", "Updated at 10:32 a.m. ET")]


@pytest.mark.parametrize(
    "line",
    [
        "Published on March 14, 2025",  # YAML 1.1 read the dateline word "on" as true
        "Published March 14, 2025",
        "Updated at 10:32 a.m. ET on March 14, 2025",
        "Published: Friday, March 14, 2025 at 9:02 am",
    ],
)
def test_dateline_lines_give_the_date(line: str) -> None:
    cleaned = clean("\n".join([line, LEAD, SECOND]))
    assert cleaned.dateline == "2025-03-14"
    assert [(r.reason, r.text) for r in cleaned.removed] == [("dateline", line)]


def test_a_published_line_wins_over_an_updated_line() -> None:
    cleaned = clean("\n".join(["Updated March 15, 2025", "Published March 14, 2025", LEAD]))
    assert cleaned.dateline == "2025-03-14"


# ----------------------------------------------------------------------------- gallery captions


def test_repeated_gallery_captions_leave_one_copy() -> None:
    caption = "Prime Minister Donald Tusk visits troops at a base near Bialystok on Sunday."
    slides = "".join(
        f"<div><img src='/img/{i}.jpg' alt=''><p>{i + 1} of 4 {caption}</p></div>"
        for i in range(4)
    )
    html = _page(_p(LEAD) + slides + _p(SECOND) + _p(THIRD))
    assert _bare(html).count(caption) == 4
    text, removed = _ours(html)
    assert text.count(caption) == 1
    assert [reason for reason, _ in removed] == ["duplicate"] * 3
    _story_kept(text, LEAD, SECOND, THIRD)


def test_table_rows_may_repeat() -> None:
    row = "| Warsaw | 1,200 troops | 14 March | Ministry of Defence |"
    cleaned = clean("\n".join([LEAD, row, row, SECOND]))
    assert cleaned.text.count(row) == 2
