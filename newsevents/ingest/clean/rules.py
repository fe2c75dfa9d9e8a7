"""The cleaning rules, loaded once from ``newsevents/data/cleaning/*.yaml`` and compiled.

Keeping the patterns in data files means a new republisher's footer is a one-line YAML change
with its source and rationale next to it, not a code change (see docs/cleaning.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from ...datafiles import REGEX, load_yaml, optional


@dataclass(frozen=True)
class LineRule:
    """Whole-line patterns sharing one reason code."""

    reason: str
    pattern: re.Pattern[str]
    opens_list: bool = False  # heads a list of links to other stories ("READ MORE")
    tail_only: bool = False  # applies only after the story's last prose line (author bios)


@dataclass(frozen=True)
class SuffixRule:
    reason: str
    pattern: re.Pattern[str]
    syndicator: str | None


@dataclass(frozen=True)
class Rules:
    """Every compiled cleaning rule; built once per process by :func:`rules`."""

    lines: tuple[LineRule, ...]
    prefix: re.Pattern[str]
    prefix_reason: str
    outlet_shape: re.Pattern[str]
    wires: frozenset[str]
    suffixes: tuple[SuffixRule, ...]
    credit_patterns: tuple[re.Pattern[str], ...]
    credit_reason: str
    credit_split: re.Pattern[str]
    credit_drop_after: re.Pattern[str]
    copyright_reason: str
    copyright_max_words: int
    copyright_marker: re.Pattern[str]
    copyright_strip: re.Pattern[str]
    terminal: str
    headline: dict[str, Any]
    caption: dict[str, Any]
    caption_markers: re.Pattern[str]
    caption_weak_markers: re.Pattern[str]
    dateline: dict[str, Any]
    link_list: dict[str, Any]
    duplicate: dict[str, Any]
    duplicate_ignore: re.Pattern[str]
    byline: re.Pattern[str]
    byline_reason: str
    byline_max_words: int


_WORDS = [str]
_REASON = str

#: Schemas of the rule files (docs/data-files.md): a typo'd key or a bare ``on`` read as a
#: boolean fails at load time with the file and the path.
SCHEMAS: dict[str, Any] = {
    "lines.yaml": {
        "groups": [
            {
                "reason": _REASON,
                "rationale": str,
                "patterns": [REGEX],
                optional("opens_list"): bool,
                optional("tail_only"): bool,
            }
        ],
    },
    "inline.yaml": {
        "prefix": {"reason": _REASON, "pattern": REGEX, "outlet_shape": REGEX},
        "wires": _WORDS,
        "suffixes": [
            {"reason": _REASON, "syndicator": (str, None), "rationale": str, "pattern": REGEX}
        ],
        "credits": {"reason": _REASON, "patterns": [REGEX], "split": REGEX, "drop_after": REGEX},
        "copyright": {"reason": _REASON, "max_words": int, "marker": REGEX, "strip": REGEX},
    },
    "shapes.yaml": {
        "terminal": str,
        "headline": {
            "reason": _REASON,
            "reason_at_top": _REASON,
            "min_words": int,
            "max_words": int,
            "min_letters": int,
            "min_upper_ratio": float,
        },
        "caption": {
            "reason": _REASON,
            "min_words": int,
            "max_words": int,
            "max_chars": int,
            "neighbour_min_words": int,
            "determiners": _WORDS,
            "prepositions": _WORDS,
            "markers": [REGEX],
            "weak_markers": [REGEX],
            "finite_verbs": _WORDS,
        },
        "dateline": {"reason": _REASON, "max_words": int, "update_words": _WORDS},
        "link_list": {"max_items": int, "max_words": int, "max_question_words": int},
        "duplicate": {"reason": _REASON, "min_words": int, "ignore": REGEX},
        "byline": {"reason": _REASON, "pattern": REGEX, "max_words": int},
    },
}


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = load_yaml(f"cleaning/{name}", SCHEMAS[name])
    return data


def _marker(text: str) -> str:
    start = r"\b" if text[:1].isalnum() else ""
    end = r"\b" if text[-1:].isalnum() else ""
    return f"{start}{text}{end}"


def _markers(items: list[str]) -> re.Pattern[str]:
    return re.compile("(?i)(?:" + "|".join(_marker(m) for m in items) + ")")


@cache
def rules() -> Rules:
    """The compiled rules (cached: YAML is read and regexes compiled once per process)."""
    lines = _load("lines.yaml")
    inline = _load("inline.yaml")
    shapes = _load("shapes.yaml")
    line_rules = tuple(
        LineRule(
            group["reason"],
            re.compile("(?i)(?:" + "|".join(f"(?:{p})" for p in group["patterns"]) + ")"),
            bool(group.get("opens_list", False)),
            bool(group.get("tail_only", False)),
        )
        for group in lines["groups"]
    )
    credits = inline["credits"]
    copyright_ = inline["copyright"]
    caption = shapes["caption"]
    return Rules(
        lines=line_rules,
        prefix=re.compile(inline["prefix"]["pattern"]),
        prefix_reason=inline["prefix"]["reason"],
        outlet_shape=re.compile(inline["prefix"]["outlet_shape"]),
        wires=frozenset(w.lower() for w in inline["wires"]),
        suffixes=tuple(
            SuffixRule(s["reason"], re.compile(s["pattern"]), s.get("syndicator"))
            for s in inline["suffixes"]
        ),
        credit_patterns=tuple(re.compile("(?i)" + p) for p in credits["patterns"]),
        credit_reason=credits["reason"],
        credit_split=re.compile("(?i)" + credits["split"]),
        credit_drop_after=re.compile(credits["drop_after"]),
        copyright_reason=copyright_["reason"],
        copyright_max_words=int(copyright_["max_words"]),
        copyright_marker=re.compile(copyright_["marker"]),
        copyright_strip=re.compile(copyright_["strip"]),
        terminal=shapes["terminal"],
        headline=shapes["headline"],
        caption=caption,
        caption_markers=_markers(caption["markers"]),
        caption_weak_markers=_markers(caption["weak_markers"]),
        dateline=shapes["dateline"],
        link_list=shapes["link_list"],
        duplicate=shapes["duplicate"],
        duplicate_ignore=re.compile(shapes["duplicate"]["ignore"], re.IGNORECASE),
        byline=re.compile(shapes["byline"]["pattern"]),
        byline_reason=shapes["byline"]["reason"],
        byline_max_words=int(shapes["byline"]["max_words"]),
    )
