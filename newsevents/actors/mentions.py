"""The working state of actor resolution for one document: mutable mentions, then records.

Resolution runs in passes (dictionary matches, titled people, sector phrases, coreference); each
pass reads what earlier passes found, so a mutable :class:`Mention` list with a token-ownership
map is simpler than rebuilding frozen records at every step. :meth:`DocState.actors` turns the
result into the frozen :class:`~newsevents.records.Actor` records the pipeline passes on.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import cast

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..nlp.boundaries import sentence_bounds
from ..nlp.shared import text_of
from ..records import Actor, ActorKind, Resolution, Span
from .vocab import Vocabulary

#: Sectors the code leaves out: an IGO's code is its own; a former office holder is coded by
#: the country alone (annotation guide, Part 2: "a former official acting privately: the
#: country alone"), the sector ``ELI`` staying on the record for the events stage.
_COUNTRY_ONLY = frozenset({"IGO", "ELI"})


@dataclass
class Mention:
    """One actor mention being resolved (token range plus exact character offsets)."""

    start: int
    end: int
    start_char: int
    end_char: int
    name: str
    kind: ActorKind
    country: str | None
    sector: str | None
    role: str | None
    method: str
    reason: str
    head: int  # token index of the word that names the actor
    code: str | None = None  # explicit code (IGOs); otherwise country + sector
    person: str | None = None  # canonical name of a known or titled person
    entity: str | None = None
    owns: bool = True  # full-token mention (False for a part of a hyphenated token)
    generic: bool = False  # a sector noun or bare title with no country in its own phrase
    name_start: int | None = None  # a titled person's name, for a second try after pass 3
    default_reading: bool = False  # "the Senate": the US one unless the article is elsewhere
    #: a group named in groups.csv ("Hamas", "the Taliban"): the rules treat it as a group, the
    #: record calls it an organisation (the annotation guide's kinds: a named force is an
    #: organisation, "rebels" or "Hamas fighters" a group)
    named_group: bool = False
    #: an outlet name several outlets share ("ABC": the US network, the Australian
    #: broadcaster): (outlet, country) of each, the article's countries choose (employers.py)
    outlet_choices: tuple[tuple[str, str], ...] = ()

    def actor_code(self) -> str | None:
        if self.code is not None:
            return self.code
        if self.country is None:
            return None
        return self.country + (self.sector if self.sector and self.sector not in _COUNTRY_ONLY
                               else "")


@dataclass
class DocState:
    """Everything the passes share for one document."""

    doc: Doc
    published: dt.date | None
    vocab: Vocabulary
    mentions: list[Mention] = field(default_factory=list)
    owner: dict[int, Mention] = field(default_factory=dict)
    #: token index -> (ISO3 or IGO code, entry type) for nationality words and country names.
    nation: dict[int, tuple[str, str]] = field(default_factory=dict)
    #: Sentences and token -> sentence index, computed once (``Token.sent`` rescans the doc).
    sents: list[SpacySpan] = field(default_factory=list)
    sent_index: list[int] = field(default_factory=list)
    text: str = ""  # doc.text, once (the property joins every token each time)
    quotes: list[tuple[int, int]] = field(default_factory=list)  # quoted character ranges
    #: (generic mention, the earlier mention it took its country from): a later pass that
    #: recodes the earlier one ("An Australian, X") recodes the generic one with it
    borrowed: list[tuple[Mention, Mention]] = field(default_factory=list)
    #: (titled person, the institution many countries have that their title named: "Senate
    #: Speaker X"): when the context moves "the Senate" to the story's country, X moves too
    members: list[tuple[Mention, Mention]] = field(default_factory=list)
    _merged: list[tuple[int, int]] | None = field(default=None, repr=False)
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self.text = text_of(self.doc)
        self.quotes = quoted_ranges(self.text)
        self.sents = list(self.doc.sents)
        index = [0] * len(self.doc)
        for k, sent in enumerate(self.sents):
            for i in range(sent.start, sent.end):
                index[i] = k
        self.sent_index = index

    def in_quote(self, char: int) -> bool:
        """Whether ``char`` lies inside quotation marks (a bisection over the merged ranges:
        coreference asks this for every earlier mention of every pronoun)."""
        if self._merged is None:
            merged: list[tuple[int, int]] = []
            for start, end in sorted(self.quotes):
                if merged and start <= merged[-1][1]:
                    merged[-1] = (merged[-1][0], max(merged[-1][1], end))
                elif start < end:
                    merged.append((start, end))
            self._merged = merged
            self._starts = [start for start, _ in merged]
        k = bisect_right(self._starts, char) - 1
        return k >= 0 and char < self._merged[k][1]

    def sent_of(self, i: int) -> SpacySpan:
        """The sentence of token ``i``."""
        return self.sents[self.sent_index[i]]

    def add(self, mention: Mention) -> Mention:
        """Add a mention, removing any earlier mention it swallows (e.g. "Poland" in
        "Poland's President Andrzej Duda")."""
        if mention.owns:
            for i in range(mention.start, mention.end):
                old = self.owner.get(i)
                if old is not None and old is not mention:
                    if old.start >= mention.start and old.end <= mention.end:
                        self.remove(old)
                    elif old.owns:
                        continue
            for i in range(mention.start, mention.end):
                self.owner.setdefault(i, mention)
        self.mentions.append(mention)
        return mention

    def remove(self, mention: Mention) -> None:
        for k, known in enumerate(self.mentions):
            if known is mention:  # by identity: field-by-field equality is slow and not "this one"
                del self.mentions[k]
                break
        for i in range(mention.start, mention.end):
            if self.owner.get(i) is mention:
                del self.owner[i]

    def free(self, start: int, end: int) -> bool:
        return all(i not in self.owner for i in range(start, end))

    def mention_at(self, token: Token) -> Mention | None:
        return self.owner.get(token.i)

    def actors(self) -> list[Actor]:
        """The frozen records, in text order, with entity ids and sentence spans."""
        result = []
        for m in sorted(self.mentions, key=lambda m: (m.start_char, -m.end_char)):
            sent = self.sent_of(m.head)
            result.append(
                Actor(
                    mention=self.text[m.start_char : m.end_char],
                    start=m.start_char,
                    end=m.end_char,
                    name=m.name,
                    kind="organisation" if m.named_group else m.kind,
                    country=m.country,
                    sector=m.sector,
                    code=m.actor_code(),
                    role=m.role,
                    resolution=Resolution(m.method, m.reason),
                    sentence=Span(*sentence_bounds(sent)),
                    entity=m.entity or entity_id(m),
                )
            )
        return result


def span_mention(state: DocState, start: int, end: int, name: str, kind: str,
                 country: str | None, sector: str | None, method: str, reason: str) -> Mention:
    """A mention of tokens ``start:end`` headed by its last word, with no role: the plain entry
    of pass 1 (a country, capital, outlet, IGO or group named in a dictionary)."""
    doc = state.doc
    span = doc[start:end]
    return Mention(start, end, span.start_char, span.end_char, name, cast(ActorKind, kind),
                   country, sector, None, method, reason, head=end - 1)


#: the only characters :func:`quoted_ranges` acts on (a line break only before another)
_QUOTE_MARKS = re.compile('[“”"]|\n(?=\n)')


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks (curly pairs, or straight quotes toggling).

    Walks the quotation marks and paragraph breaks only (a regex finds them), not every
    character of the article."""
    ranges = []
    open_at: int | None = None
    for mark in _QUOTE_MARKS.finditer(text):
        i, ch = mark.start(), mark.group()
        if ch == "“" or (ch == '"' and open_at is None):
            open_at = i
        elif (ch == "”" or ch == '"') and open_at is not None:
            ranges.append((open_at, i + 1))
            open_at = None
        elif ch == "\n" and open_at is not None and text[i + 1 : i + 2] == "\n":
            open_at = None  # an unclosed quote ends with its paragraph
    return ranges


def slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


def entity_id(m: Mention) -> str | None:
    """A readable id shared by mentions of one real-world actor in a document."""
    if m.person:
        return "person:" + slug(m.person)
    if m.kind == "person":
        return None  # an unnamed person ("the Polish president" with no antecedent)
    if m.kind in ("media", "group") or m.sector == "IGO":
        return f"{m.kind}:{slug(m.name)}"
    code = m.actor_code()
    return f"{m.kind}:{code}" if code else None
