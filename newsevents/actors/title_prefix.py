"""The words around a title: the prefix before a name and the title phrase in it.

Pass 1 (:mod:`.resolve`, a leader's "Poland's President" before the name), pass 2
(:mod:`.people`, titled people the dictionaries do not know) and pass 3 (:mod:`.context`, bare
titles) all read the same prefix of title, nationality, honorific and "former" words, and the
same title sectors. Split from :mod:`.resolve` so the three passes share one reading of it
without importing pass 1.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .mentions import DocState
from .senses import POSTED_TITLES

#: Title sectors a named person may take from context when nothing names their country
#: ("Senator Lindsey Graham", "Health Minister X" in a US or Russian story: the office is held
#: where the story happens, as the annotation guide codes it; "activist X" is a private person
#: placed the same way; "Professor X", "CEO X" are the guide's EDU and BUS, placed by the steps
#: their sector allows in ``sectors.yaml``).
_PLACEABLE_TITLES = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "OPP", "PTY", "SPY", "REL", "LAB",
                               "CVL", "EDU", "BUS", "MED", "HLH"})
#: Offices a "former" before the title ends: the holder is no longer that body's actor.
_FORMER_ABLE = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})
#: Titles that describe a job, not an office: a nationality near them codes nothing.
_NON_POLITICAL = frozenset({"EDU", "MED", "BUS", "CVL"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_DETERMINERS = frozenset({"the"})


def title_words(state: DocState) -> frozenset[str]:
    """Every word that occurs in a title phrase (for walking left over "Foreign Minister")."""
    return state.vocab.title_words


def _with_determiner(doc: Doc, start: int) -> int:
    if start > 0 and doc[start - 1].lower_ in _DETERMINERS:
        return start - 1
    return start


def expand_left(state: DocState, start: int, titles: frozenset[str]) -> tuple[int, bool]:
    """Start of a person mention once title, nationality and "former" words before the name are
    included ("Poland's President Andrzej Duda", "former Secretary of State Mike Pompeo");
    also whether the text calls the person "former"."""
    doc = state.doc
    sent_start = state.sent_of(start).start
    i = start - 1
    former = False
    new_start = start
    while i >= sent_start:
        tok = doc[i]
        low = tok.lower_
        if low in state.vocab.former or low.rstrip("-") in state.vocab.former:
            former = True
            new_start = i
        elif _prefix_word(state, i, sent_start, new_start, titles):
            new_start = i
        else:
            break
        i -= 1
    if new_start < start:
        new_start = _with_determiner(doc, new_start)
    return new_start, former


def _prefix_word(state: DocState, i: int, sent_start: int, new_start: int,
                 titles: frozenset[str]) -> bool:
    """May token ``i`` belong to the title-and-nationality prefix of a name?"""
    doc = state.doc
    low = doc[i].lower_
    if low in titles or low in state.vocab.honorifics or i in state.nation:
        return True
    if low in state.vocab.sector_nouns and doc[i].text[:1].isupper():
        return True  # "Foreign Ministry spokesman", "Kremlin spokesman"
    if low in state.vocab.sector_nouns and doc[i].dep_ == "compound" \
            and doc[i].head.lower_ in titles:
        return True  # "Polish government spokesman X", "police spokesman X"
    if (new_start == i + 1 and doc[i].dep_ == "compound" and doc[i].text[:1].isupper()
            and (not doc[i].ent_type_ or _nationality_org(state, i))
            and doc[i].head.lower_ in titles):
        # "Russian Emergencies Minister X": a portfolio word the titles lack
        return True
    body = state.mention_at(doc[i])
    if body is not None and body.kind == "organisation" and body.sector == "IGO":
        return True  # "U.N. mediator X", "Arab League Secretary-General X": the IGO's office
    if low == "of":
        return i - 1 >= sent_start and doc[i - 1].lower_ in titles
    if low in _POSSESSIVE:
        return i - 1 >= sent_start and ((i - 1) in state.nation or doc[i - 1].lower_ in titles)
    if low == "to" or (low == "the" and i - 1 >= sent_start and doc[i - 1].lower_ == "to"):
        # "US Ambassador to Germany Richard Grenell": the post's destination is in the prefix
        k = i - 1 if low == "to" else i - 2
        return k >= sent_start and doc[k].lower_ in POSTED_TITLES
    return low == "-" and new_start == i + 1


def _nationality_org(state: DocState, i: int) -> bool:
    """Is token ``i`` the last word of an ORG entity that is only a nationality and capitalised
    portfolio words ("Kenyan Sports" in "Kenyan Sports Minister X")? The small model tags such
    a prefix ORG; it is no organisation but the title's country and portfolio."""
    doc = state.doc
    tok = doc[i]
    if tok.ent_type_ != "ORG" or (i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I"):
        return False
    start = i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return start in state.nation and state.nation[start][1].startswith("demonym") and all(
        t.text[:1].isupper() and t.dep_ == "compound" for t in doc[start + 1 : i + 1])


def find_title(state: DocState, tokens: list[Token], *, at_end: bool = False
               ) -> tuple[str, str, str] | None:
    """The title phrase nearest the end of ``tokens`` (longest there): (phrase, sector, role).

    The nearest title is the person's own: in "Israeli Prime Minister's spokesman David
    Mencer" he is the spokesman, not the prime minister. ``at_end``: the phrase must end with
    the last token.
    """
    words = [t.lower_ for t in tokens]
    for end in range(len(words), 0, -1):
        for n in (4, 3, 2, 1):
            if end - n < 0:
                continue
            # spaCy splits hyphenated titles ("Secretary - General"): read them as written
            phrase = " ".join(words[end - n : end]).replace(" - ", "-")
            if phrase in state.vocab.titles:
                sector, role = state.vocab.titles[phrase]
                return phrase, sector, role
        if at_end:
            return None
    return None
