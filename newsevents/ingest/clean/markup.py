"""Widgets dropped from the HTML before extraction: hover cards, tweet boxes, bios, link lists.

Some clutter is nested *inside* the story's markup, so the extractor keeps it and flattening it
to text glues it into story sentences ("Andrzej DudaDuda vows to veto … said on Monday": a link's
hover card). After extraction no line rule can separate it again, so these widgets are dropped as
elements, recognised by a class or id token (``data/cleaning/markup.yaml``). Each removal is
reported with its reason like every other cleaning step (``start`` is None: the text never
existed in the extracted article). The element's tail text (what follows it in its parent) is
kept, so the sentence around a hover card closes up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from lxml.html import HtmlElement

from ...datafiles import REGEX, load_yaml, optional
from ...records import Removed

_SCHEMA = {
    "rules": [
        {
            "reason": str,
            "rationale": str,
            "tokens": REGEX,
            "max_chars": int,
            optional("roles"): [str],
            optional("min_link_share"): float,
        }
    ]
}


@dataclass(frozen=True)
class ElementRule:
    reason: str
    token: re.Pattern[str]
    roles: frozenset[str]
    max_chars: int
    min_link_share: float


@cache
def element_rules() -> tuple[ElementRule, ...]:
    """The element rules of ``markup.yaml``, compiled once per process."""
    data = load_yaml("cleaning/markup.yaml", _SCHEMA)
    return tuple(
        ElementRule(
            r["reason"],
            re.compile(r["tokens"], re.IGNORECASE),
            frozenset(role.lower() for role in r.get("roles", [])),
            int(r["max_chars"]),
            float(r.get("min_link_share", 0.0)),
        )
        for r in data["rules"]
    )


def _text(element: HtmlElement) -> str:
    """The element's visible text, one space between pieces ("READ MORE Protesters …")."""
    pieces = element.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]")
    return " ".join(" ".join(pieces).split())


def _link_share(element: HtmlElement, text: str) -> float:
    if not text:
        return 0.0
    links = sum(len(" ".join(a.text_content().split())) for a in element.iter("a"))
    return links / len(text)


def _rule_for(element: HtmlElement, rules: tuple[ElementRule, ...]) -> ElementRule | None:
    tokens = f"{element.get('class') or ''} {element.get('id') or ''}".split()
    role = (element.get("role") or "").lower()
    for rule in rules:
        if role in rule.roles or any(rule.token.fullmatch(token) for token in tokens):
            return rule
    return None


def strip_widgets(tree: HtmlElement) -> list[Removed]:
    """Drop the widget elements of ``tree`` in place; the removals, in document order."""
    rules = element_rules()
    body = tree.find(".//body")
    root = body if body is not None else tree
    doomed: list[tuple[HtmlElement, Removed]] = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in ("body", "html", "article", "main"):
            continue
        if not (element.get("class") or element.get("id") or element.get("role")):
            continue
        if any(element is d or _inside(element, d) for d, _ in doomed[-1:]):
            continue  # already inside a removed element
        rule = _rule_for(element, rules)
        if rule is None:
            continue
        text = _text(element)
        if len(text) > rule.max_chars:
            continue
        if rule.min_link_share and _link_share(element, text) < rule.min_link_share:
            continue
        doomed.append((element, Removed(text, rule.reason, None)))
    for element, _ in doomed:
        if element.getparent() is not None:
            element.drop_tree()  # keeps the tail: the sentence around a hover card closes up
    return [removed for _, removed in doomed if removed.text]


def _inside(element: HtmlElement, ancestor: HtmlElement) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.getparent()
    return False
