"""A state office named by its title alone takes the country the story is about.

"The opposition accused *the finance minister* of corruption", "accused *the interior
ministry* of torturing detainees": a title or a ministry with no country in its phrase, no
name and no earlier person it refers to is left without a country by the actors stage (a
titled person with no name may be anyone's), or with no actor at all when the parser hung the
charge on it ("the finance minister [of corruption]"). A reader gives an office the country
of the story, as the actors stage gives generic mentions ("the palace", "the government") the
article's main country (``actors/main_country.py``, ``actors/generic.py``); the annotation
guide codes ministers and ministries ``GOV`` of their country. This module does the same for
the participants of an event, through the actors' public vocabulary only (``titles``,
``sector_phrases``, ``sector_nouns``), for the state sectors of ``home_office_sectors``
(``arguments.yaml``): a doctor or a company is not the state's.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from ..actors import vocab as actor_vocab
from ..records import Actor, Resolution
from .argument_rules import argument_rules

#: Words of a phrase before its title that say nothing of whose office it is.
_SKIPPED_DEPS = frozenset({"det", "predet", "punct"})
#: The longest title phrase looked up, in words ("deputy foreign minister").
_LONGEST = 4


def _office(span: Span) -> tuple[str, str] | None:
    """(sector, the words that name it) of an office phrase: a title ("finance minister"), a
    sector phrase ("interior ministry") or a sector noun ("the ministry"), read up to the
    phrase's head; None for anything else or when a modifier before the office points abroad
    ("a foreign ministry")."""
    vocab = actor_vocab.load()
    root = span.root
    words = [t for t in span if t.i <= root.i and t.dep_ not in _SKIPPED_DEPS]
    if not words or words[-1].i != root.i or root.pos_ not in ("NOUN", "PROPN"):
        return None
    lowered = [t.lower_ for t in words]
    for n in range(min(len(lowered), _LONGEST), 0, -1):
        phrase = " ".join(lowered[-n:])
        before = lowered[:-n]
        if any(w in vocab.foreign_words for w in before):
            return None
        if phrase in vocab.titles:
            return vocab.titles[phrase][0], phrase
        if phrase in vocab.sector_phrases:
            return vocab.sector_phrases[phrase], phrase
    sector = vocab.sector_nouns.get(root.lemma_.lower())
    if sector is None or any(w in vocab.foreign_words for w in lowered[:-1]):
        return None
    return sector, root.lemma_.lower()


def home_office(actor: Actor, doc: Doc, home: str | None) -> Actor:
    """``actor`` with the story's country (``home``) when it is a state office named by its
    title alone and has no country; else ``actor`` unchanged. The reason says so, and the
    resolution method is ``context``, as for the actors stage's generic mentions."""
    if home is None or actor.country or not actor.mention or (
            actor.kind not in ("person", "organisation", "group")):
        return actor
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in span):
        return actor  # a name, or a nationality the actors stage weighed already
    found = _office(span)
    if found is None:
        return actor
    sector, words = found
    if sector not in argument_rules().home_office_sectors or (
            actor.sector is not None and actor.sector != sector):
        return actor
    reason = actor.resolution.reason
    if actor.code is None:
        # a participant nobody coded: its phrase may run on into the charge the parser hung on
        # it ("the finance minister [of corruption]"); the office ends at its head
        office = doc[span.start : span.root.i + 1]
        kind = "person" if words in actor_vocab.load().titles else "organisation"
        actor = replace(actor, mention=office.text, start=office.start_char,
                        end=office.end_char, name=office.text, kind=kind)  # type: ignore[arg-type]
        reason = f"no actor code for '{office.text}'"
    return replace(actor, country=home, sector=sector, code=home + sector,
                   resolution=Resolution("context", (
                       f"{reason}; office '{words}' ({sector}) with no "
                       f"country of its own: the article is mainly about {home} → "
                       f"{home}{sector}")))
