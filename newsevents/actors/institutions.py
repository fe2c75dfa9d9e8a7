"""Named institutions and companies whose names do not show their country (institutions.csv,
companies.csv).

"Deakin University" is named after a person and seated in Australia; a New Zealand story that
quotes one of its professors is still about New Zealand. Without the table the generic pass
reads "University" as a sector noun and gives it the story's country (NZLEDU). The table's
entries are matched in pass 1 like outlets; a short form inside a longer name ("Harvard" in
"the Harvard–Smithsonian Center for Astrophysics") is that longer body, left to the NER pass.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..events.kinds import kinds_of
from .matching import Match
from .mentions import DocState, Mention
from .vocab import Entry

#: Dashes and hyphens that join a short name to the rest of a longer one ("Harvard–Smithsonian").
_JOINERS = frozenset({"-", "–", "—"})
#: Prepositions that make a platform the channel of a message ("posted on Facebook", "sent via
#: WhatsApp"): a channel, no actor, as a capital where something happens is none (the guide).
_CHANNEL = frozenset({"on", "via", "through", "onto"})


def named_institution(state: DocState, match: Match, entry: Entry) -> None:
    """Pass 1: a university, hospital or company of the two tables, coded with its own
    country."""
    doc = state.doc
    if _inside_longer_name(doc, match.start, match.end):
        return
    last = doc[match.end - 1]
    if last.dep_ == "pobj" and last.head.lower_ in _CHANNEL:
        return
    if _names_a_thing(state, last):
        return
    start = match.start - 1 if match.start > 0 and doc[match.start - 1].lower_ == "the" \
        else match.start
    span = doc[start : match.end]
    state.add(Mention(start, match.end, span.start_char, span.end_char, entry.name,
                      "organisation", entry.country, entry.sector, None, "dictionary",
                      f"'{entry.name}' ({entry.note}): its own country, not the story's "
                      f"→ {entry.country}{entry.sector}", head=match.end - 1))


def _names_a_thing(state: DocState, last: Token) -> bool:
    """"Facebook profiles", "her Twitter account", "the SpaceX Crew Dragon capsule": the name
    modifies a noun that is a product or a thing, not the body's people ("Huawei executives",
    "Tesla founder X", "Harvard researchers" keep it: a title, a sector noun or a noun whose
    first WordNet sense is a person)."""
    if last.dep_ != "compound" or last.head.i <= last.i:
        return False
    head = last.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # "SpaceX Crew Dragon capsule": the last noun of the phrase
    if head.pos_ != "NOUN":
        return False  # "Tesla founder Elon Musk": the phrase is a person's name
    vocab = state.vocab
    words = {head.lower_, head.lemma_.lower()}
    if words & (vocab.title_words | frozenset(vocab.sector_nouns)):
        return False
    return kinds_of(head)[:1] != ("person",)


def _inside_longer_name(doc: Doc, start: int, end: int) -> bool:
    """Is the match only part of a longer name: the entity goes on after it ("Harvard Medical
    School" as one entity) or a dash joins a capitalised word to it ("Harvard–Smithsonian")?"""
    if end >= len(doc):
        return False
    nxt = doc[end]
    if nxt.ent_iob_ == "I" and nxt.text[:1].isupper():
        return True
    return (nxt.text in _JOINERS and end + 1 < len(doc)
            and doc[end + 1].text[:1].isupper())
