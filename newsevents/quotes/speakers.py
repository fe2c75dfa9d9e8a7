"""Resolving an attribution's subject to an :class:`~newsevents.records.Actor`.

The actors stage owns actor resolution (dictionaries, appositions, metonymy, coreference of
pronouns and short forms); the quotes stage asks it first through ``actor_for_span``. When it has
no mention at the subject (a source it does not know, "a senior official"), the speaker is built
from the parse so the quote still says who spoke: the named entity in the subject phrase, a
surname expanded to the full name used earlier in the article, a pronoun taken back to the last
compatible speaker or person named before it, else the noun phrase itself. Each fallback says so
in ``resolution`` (method and reason) so nobody mistakes it for a dictionary match.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ..nlp.shared import children_of
from ..records import Actor, Resolution, Span
from .docindex import ents_of, sent_of, text_of
from .gender import Genders
from .media import speaker_actor
from .syntax import phrase_bounds

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "i", "we"})
GROUP_PRONOUNS = frozenset({"they", "it"})
ENT_KIND = {"PERSON": "person", "ORG": "organisation", "GPE": "state", "NORP": "group"}


def _sentence(token: Token) -> Span:
    sent = sent_of(token)
    return Span(sent.start_char, sent.end_char, text_of(token.doc)[sent.start_char : sent.end_char])


def _strip_possessive(text: str) -> str:
    for suffix in ("’s", "'s", "’", "'"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def _full_name(token: Token, short: str) -> str:
    """ "Duda" → "Andrzej Duda" when the article named him in full earlier."""
    for ent in ents_of(token.doc):
        if ent.start_char >= token.idx:
            break
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == short:
            return _strip_possessive(ent.text)
    return short


def _from_parse(subject: Token) -> Actor | None:
    """An actor built from the subject phrase's named entity, or from the phrase itself."""
    start, end, head_char = phrase_bounds(subject)
    doc = subject.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    ents = [
        e
        for e in ents_of(doc)
        if e.start_char >= start and e.end_char <= end and e.label_ in ENT_KIND
    ]
    head_ent = next((e for e in ents if e.start_char <= head_char < e.end_char), None)
    # "Wojciech Kolarski", "Duda" — but not the possessor "Russia" of "Russia's foreign ministry"
    ents = [e for e in ents if e is head_ent or e.root.dep_ != "poss"]
    if ents:
        ent = head_ent or next((e for e in ents if e.label_ == "PERSON"), ents[0])
        name = _strip_possessive(ent.text)
        if ent.label_ == "PERSON" and len(ent) == 1:
            name = _full_name(subject, name)
        return Actor(
            mention=ent.text,
            start=ent.start_char,
            end=ent.end_char,
            name=name,
            kind=ENT_KIND[ent.label_],  # type: ignore[arg-type]
            resolution=Resolution("ner", "quotes: named entity in the attribution's subject"),
            sentence=_sentence(subject),
        )
    text = span.text
    # A proper-noun subject of a reporting verb that no list or entity tag knows is a person
    # far more often than anything else ("Na'moks said"); a common noun is a group ("officials").
    head = doc.char_span(head_char, head_char + 1, alignment_mode="expand")
    is_name = head is not None and len(head) > 0 and head[0].pos_ == "PROPN"
    return Actor(
        mention=text,
        start=start,
        end=end,
        name=text,
        kind="person" if is_name else "group",
        resolution=Resolution("unresolved", "quotes: attribution subject with no known actor"),
        sentence=_sentence(subject),
    )


def _antecedent(
    subject: Token, history: Sequence[Actor], genders: Genders | None = None
) -> Actor | None:
    """For a pronoun subject: the last compatible speaker, else the last person named before
    (of the pronoun's gender when the article states one)."""
    person = subject.lower_ in PERSON_PRONOUNS
    for actor in reversed(history):
        if (actor.kind == "person") == person and (
            genders is None or genders.fits(actor, subject.lower_)
        ):
            return actor
    if not person:
        return None
    for ent in reversed(ents_of(subject.doc)):
        if ent.end_char <= subject.idx and ent.label_ == "PERSON":
            if genders is not None and not genders.fits(
                Actor(mention=ent.text, start=ent.start_char, end=ent.end_char,
                      name=_strip_possessive(ent.text), kind="person"),
                subject.lower_,
            ):
                continue
            return Actor(
                mention=ent.text,
                start=ent.start_char,
                end=ent.end_char,
                name=_strip_possessive(ent.text),
                kind="person",
                resolution=Resolution("coreference", "quotes: last person named before it"),
                sentence=_sentence(ent[0]),
            )
    return None


SPEAKER_PRONOUNS = frozenset({"he", "she"})


def _surname_of_speaker(subject: Token, history: Sequence[Actor]) -> Actor | None:
    """A bare surname that is also an outlet's name ("Guardian said" after "Mayor Don
    Guardian said"): the person quoted before under that name, not the newspaper. An outlet
    is written with its article ("the Guardian reported"); a surname is not."""
    if subject.pos_ != "PROPN" or any(c.dep_ in ("det", "compound") for c in children_of(subject)):
        return None
    for actor in reversed(history):
        words = actor.name.split()
        if actor.kind == "person" and len(words) > 1 and words[-1] == subject.text:
            return as_pronoun(subject, actor, f"quotes: surname of {actor.name} quoted before")
    return None


def as_pronoun(subject: Token, back: Actor, reason: str) -> Actor:
    """The pronoun mention of a speaker, carrying the antecedent's identity."""
    return Actor(
        mention=subject.text,
        start=subject.idx,
        end=subject.idx + len(subject),
        name=back.name,
        kind=back.kind,
        country=back.country,
        sector=back.sector,
        code=back.code,
        role=back.role,
        resolution=Resolution("coreference", reason),
        sentence=_sentence(subject),
        entity=back.entity,
    )


def resolve_speaker(
    actors: Sequence[Actor],
    subject: Token,
    history: Sequence[Actor],
    recent: Actor | None = None,
    genders: Genders | None = None,
) -> tuple[Actor | None, str | None, str]:
    """``(speaker, medium, how)`` for an attribution's subject token.

    A subject that is a news outlet ("the Post reported") becomes the medium, not the speaker.
    ``how`` is ``actors`` when the actors stage resolved it, else the fallback used.

    ``recent`` is the person quoted last, in this paragraph or the one before. A "he said" or
    "she said" right after someone's words continues that person — news introduces a speaker,
    then goes on with the pronoun — whoever else the sentences in between name as a subject
    (the actors stage's nearest-subject rule would take "the lawyer's client" or "another
    witness"). Every reporting verb gets this rule, in every paragraph.

    ``genders`` (the article's own marks of who is a woman or a man) vetoes a "she" for a man
    and a "he" for a woman, from the person quoted last or from the actors stage: the pronoun
    then takes the last person of its gender named before it (:meth:`Genders.nearest`).
    """
    lower = subject.lower_
    if (
        recent is not None
        and lower in SPEAKER_PRONOUNS
        and recent.kind == "person"
        and (genders is None or genders.fits(recent, lower))
    ):
        return (
            as_pronoun(subject, recent, f"quotes: pronoun speaker continues {recent.name}"),
            None,
            "pronoun",
        )
    actor, is_media = speaker_actor(actors, subject)
    if actor is not None:
        if is_media:
            person = _surname_of_speaker(subject, history)
            if person is not None:
                return person, None, "surname"
            return None, actor.name, "media"
        if (
            genders is not None
            and lower in SPEAKER_PRONOUNS
            and actor.kind == "person"
            and not genders.fits(actor, lower)
        ):
            other = genders.nearest(subject, actor)
            if other is not None:
                reason = f"quotes: '{subject.text}' cannot be {actor.name}: {other.name}"
                return as_pronoun(subject, other, reason), None, "gender"
        return actor, None, "actors"
    if subject.pos_ == "PRON" and (lower in PERSON_PRONOUNS or lower in GROUP_PRONOUNS):
        back = _antecedent(subject, history, genders)
        if back is None:  # say who spoke as the text does ("she"), and that it is unresolved
            return (
                Actor(
                    mention=subject.text,
                    start=subject.idx,
                    end=subject.idx + len(subject),
                    name=subject.text,
                    kind="person" if lower in PERSON_PRONOUNS else "group",
                    resolution=Resolution("unresolved", "quotes: pronoun with no antecedent"),
                    sentence=_sentence(subject),
                ),
                None,
                "unresolved-pronoun",
            )
        return (
            as_pronoun(subject, back, f"quotes: pronoun taken back to {back.name}"),
            None,
            "pronoun",
        )
    return _from_parse(subject), None, "parse"
