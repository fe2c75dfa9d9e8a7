"""Small real-style news articles for end-to-end tests (written for these tests)."""

from __future__ import annotations

from pathlib import Path

ARTICLES = {
    "warsaw.txt": (
        "WARSAW, March 14 (Reuters) - Poland's President Andrzej Duda called on the United "
        "States on Thursday to deploy nuclear weapons on Polish territory, saying Russia had "
        "moved its own warheads into Belarus.\n\n"
        '"The borders of NATO moved east in 1999, so the infrastructure should move too," Duda '
        "told the Financial Times.\n\n"
        "The White House said it had no plans to change its nuclear posture."
    ),
    "seoul.txt": (
        "SEOUL - South Korea condemned North Korea's launch of a ballistic missile on Monday "
        "and urged Pyongyang to return to talks.\n\n"
        "The foreign ministry in Seoul said the launch violated several United Nations Security "
        "Council resolutions. Japan's prime minister said Tokyo would coordinate closely with "
        "Washington and Seoul."
    ),
    "geneva.txt": (
        "GENEVA - Negotiators from Armenia and Azerbaijan met in Geneva on Tuesday for a third "
        "round of talks on a peace treaty, diplomats said.\n\n"
        "The European Union's foreign policy chief welcomed the meeting and offered to host "
        "the next round in Brussels."
    ),
}

_CITIES = ["Berlin", "Paris", "Madrid", "Rome", "Vienna", "Prague", "Lisbon", "Oslo", "Dublin",
           "Athens", "Helsinki", "Warsaw", "Budapest", "Bucharest", "Sofia", "Riga"]  # fmt: skip


def write_articles(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in ARTICLES.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def write_many_articles(folder: Path, count: int) -> list[Path]:
    """``count`` distinct short articles (distinct texts, so distinct doc_ids)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        city = _CITIES[i % len(_CITIES)]
        text = (
            f"{city.upper()} - The foreign minister met his counterpart in {city} on day {i + 1} "
            f"of the summit and signed {i + 2} agreements on trade and energy.\n\n"
            f"Officials said talks would continue next week, and {i + 3} delegations attended."
        )
        path = folder / f"article_{i:03d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
