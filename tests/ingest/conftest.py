"""Small real-style inputs for the ingest tests: one news story in every container format."""

from __future__ import annotations

from pathlib import Path

import pytest

#: A short wire-style story (written for these tests) used in every format.
PARAGRAPHS = (
    "Finland’s foreign minister said on Tuesday that her government would open talks with "
    "Sweden and Norway on a joint air-defence command before the end of the year.",
    "Speaking to reporters in Helsinki, the minister said the plan had been discussed with NATO "
    "officials in Brussels last month and that the three countries had agreed on its outline.",
    "“We share a long border and the same threats, so it makes sense to share the sky as well,” "
    "she said, adding that no decision on funding had yet been taken by the cabinet.",
    "Russia’s embassy in Helsinki did not immediately respond to a request for comment on the "
    "proposal, which would be the first such arrangement among the Nordic members of the alliance.",
)

TITLE = "Finland to open talks on Nordic air-defence command"


def article_html(*, paragraphs: tuple[str, ...] = PARAGRAPHS, date: str = "2024-05-14") -> str:
    """A news page with navigation, a share bar, the story, related links and a footer."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{TITLE} | Nordic Wire</title>
<meta property="og:title" content="{TITLE}">
<meta property="og:site_name" content="Nordic Wire">
<meta property="og:url" content="https://nordicwire.example/2024/05/14/finland-air-defence">
<meta property="article:published_time" content="{date}T08:30:00Z">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
<h1>{TITLE}</h1>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
{body}
</article>
<aside><h3>Related stories</h3><ul><li><a href="/a">Sweden raises defence budget</a></li>
<li><a href="/b">Norway buys new frigates</a></li></ul></aside></main>
<footer><p>© 2024 Nordic Wire Ltd. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>
"""


def story_text() -> str:
    return "\n\n".join(PARAGRAPHS)


@pytest.fixture()
def html_page() -> str:
    return article_html()


@pytest.fixture()
def write(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Write bytes or text to ``tmp_path/name`` and return the path."""

    def _write(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_bytes(content.encode(encoding))
        else:
            path.write_bytes(content)
        return path

    return _write


@pytest.fixture()
def paragraphs() -> tuple[str, ...]:
    return PARAGRAPHS


@pytest.fixture()
def make_html():  # type: ignore[no-untyped-def]
    return article_html


@pytest.fixture()
def story() -> str:
    return story_text()
