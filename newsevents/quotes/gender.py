"""Grammatical gender of the people an article names, from the article's own words.

A "she said" must not go to a man named nearby, nor a "he said" to a woman (issue 13: the
actors stage's pronoun rule takes the nearest subject, whoever it is). Gender is read only
where the text states it next to a name: a courtesy title right before it ("Ms. Quill",
"Mr. Hale") or a gendered noun in the name's phrase or apposition ("spokeswoman Ann Reyes",
"Reyes, a mother of three", "his wife, Ann Berg"); the words are in
``data/quotes/gender.yaml``. A name with no such word, or with words of both genders, has no
known gender and is never ruled out: no first-name list guesses it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..datafiles import load_yaml
from ..nlp.shared import children_of
from ..records import Actor
from .docindex import ents_of

PRONOUN_GENDER = {"she": "f", "he": "m"}
# Mentions that are pronouns carry someone else's name: no evidence of a person of their own.
PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself", "i", "me",
                      "my", "we", "us", "our", "they", "them", "their", "it", "its", "who"})
# How far back (characters) a pronoun looks for another person of its gender.
REACH_CHARS = 1500


@lru_cache(maxsize=1)
def gender_words() -> dict[str, frozenset[str]]:
    """``{"f": words, "m": words}`` from the data file (lower case), loaded once."""
    data = load_yaml("quotes/gender.yaml", {"source": str, "female": [str], "male": [str]})
    return {
        "f": frozenset(w.lower() for w in data["female"]),
        "m": frozenset(w.lower() for w in data["male"]),
    }


def _words_near(doc: Doc, start: int, end: int) -> Iterable[Token]:
    """The words that can state the gender of the name at ``[start, end)``: the word before
    it and the first word of the phrase (a title: "Ms. Quill", "Councilwoman Ann Reyes"), the
    nouns that modify it ("spokeswoman Ann Reyes") and the noun it is apposed to or that is
    apposed to it ("Reyes, a mother of three"; "his wife, Ann Berg"). Not the other words of
    the name ("Billie Jean King" is no king), nor the noun a name modifies ("a Trump
    spokeswoman" says nothing of Trump)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    words: list[Token] = [span[0]] if len(span) > 1 else []
    if span.start > 0 and doc[span.start - 1].text[:1].isupper():  # "Ms.", not "will miss"
        words.append(doc[span.start - 1])
    root = span.root
    if root.dep_ == "appos" and root.head.i != root.i:
        words.append(root.head)
    for child in children_of(root):
        if child.dep_ in ("appos", "compound", "amod") and not span.start <= child.i < span.end:
            words.append(child)
    return words


class Genders:
    """Who the article marks as a woman or a man, by the name the speaker record carries."""

    def __init__(self, doc: Doc, actors: Sequence[Actor]) -> None:
        self.doc = doc
        self.actors = actors
        seen: dict[str, set[str]] = {}
        table = gender_words()
        persons = [(a.name, a.start, a.end) for a in actors if a.kind == "person"]
        persons += [
            (e.text, e.start_char, e.end_char) for e in ents_of(doc) if e.label_ == "PERSON"
        ]
        for name, start, end in persons:
            for tok in _words_near(doc, start, end):
                lower = tok.lower_
                for g, words in table.items():
                    if lower in words:
                        seen.setdefault(name, set()).add(g)
        self._of = {name: next(iter(gs)) for name, gs in seen.items() if len(gs) == 1}
        self.persons = sorted(
            (a for a in actors if a.kind == "person" and a.name), key=lambda a: a.start
        )

    def of(self, actor: Actor) -> str | None:
        """``"f"``, ``"m"`` or None (not stated) for a person."""
        return self._of.get(actor.name)  # by full name: "Mr. Smith" says nothing of Jane Smith

    def fits(self, actor: Actor, pronoun: str) -> bool:
        """Can ``he``/``she`` stand for this person? Unknown gender always can."""
        want = PRONOUN_GENDER.get(pronoun.lower())
        got = self.of(actor)
        return want is None or got is None or got == want

    def nearest(self, subject: Token, rejected: Actor) -> Actor | None:
        """For a pronoun whose antecedent was of the other gender: the last person before it
        (within :data:`REACH_CHARS`) marked with the pronoun's gender, else the last one of no
        known gender, never ``rejected``."""
        want = PRONOUN_GENDER.get(subject.lower_)
        if want is None:
            return None
        before = [
            a
            for a in self.persons
            if subject.idx - REACH_CHARS <= a.start < subject.idx
            and a.name != rejected.name
            and a.mention.lower() not in PRONOUNS
        ]
        known = [a for a in before if self.of(a) == want]
        if known:
            return known[-1]
        unknown = [a for a in before if self.of(a) is None]
        return unknown[-1] if unknown else None
