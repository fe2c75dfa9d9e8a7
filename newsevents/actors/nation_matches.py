"""Pass 1 for country names, capitals and demonyms: the state, its government, or its people.

A dictionary match of a country, a capital or a people noun is an actor only in some uses: a
capital that acts is its government ("Moscow said"), one that is a place is none ("talks in
Moscow"); "Serbians" may be the state, counted civilians ("two Serbians") or an ethnic group
coded with the country it lives in ("Bosnian Serbs" → BIH, CAMEO/PLOVER). Each use also leaves
its nationality on the token for pass 3 ("U.S. troops"). Split from :mod:`.resolve`, whose
:func:`~.resolve.from_match` calls these three readings.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.shared import children_of
from .matching import Match
from .mentions import DocState, span_mention
from .senses import acts, counted, not_political
from .title_prefix import _with_determiner
from .vocab import Entry, normalise


def capital_match(state: DocState, match: Match, entry: Entry) -> None:
    doc = state.doc
    first, last = doc[match.start], doc[match.end - 1]
    if first.i > 0 and doc[first.i - 1].pos_ == "PROPN" and doc[first.i - 1].dep_ == "compound":
        return  # "George Washington"
    if last.dep_ == "compound" and last.head.i >= match.end and last.head.pos_ == "PROPN":
        return  # "Washington state", "Moscow Oblast"
    if _nation_modifier_only(last):
        state.nation[match.end - 1] = (entry.country or "", "capital")
        return
    if not acts(last, state.vocab.motion_verbs):
        if last.dep_ == "poss":
            state.nation[match.end - 1] = (entry.country or "", "capital")  # "Moscow's envoy"
        return  # "talks in Moscow", "flown to Moscow", "the capital, Tunis": a place
    if not_political(state, last):
        return  # "Washington beat Boston 4-2": a team, not a government
    state.nation[match.end - 1] = (entry.country or "", "capital")
    state.add(span_mention(state, match.start, match.end, entry.name, "state", entry.country, "GOV",
                      "metonymy",
                      f"capital '{entry.name}' used as an actor stands for the government of "
                      f"{entry.country} → {entry.country}GOV"))


def _nation_modifier_only(token: Token) -> bool:
    """A country word that only modifies a following noun ("U.S. troops", "Russia's army"):
    pass 3 builds the mention around the noun, so pass 1 only records the nationality."""
    return token.dep_ in ("compound", "amod", "nmod") and token.head.i > token.i


def country_match(state: DocState, match: Match, entry: Entry) -> None:
    doc = state.doc
    last = doc[match.end - 1]
    state.nation[match.end - 1] = (entry.country or "", "country")
    if (last.dep_ == "compound" and last.head.i >= match.end and last.head.pos_ == "PROPN"
            and last.head.lower_ not in state.vocab.sector_nouns
            and last.head.lower_ not in state.vocab.titles
            and doc[match.end].text[:1].isupper() and doc[match.end].i == last.head.i
            and last.head.ent_type_ not in ("PERSON",)):
        return  # "South China Sea", "Mexico City": part of a place name
    state.add(span_mention(state, _with_determiner(doc, match.start) if entry.surface.lower()
                      .startswith("the ") else match.start, match.end, entry.name, "state",
                      entry.country, None, "dictionary",
                      f"country name '{doc[match.start:match.end].text}' → the state "
                      f"{entry.country}"))


def demonym_match(state: DocState, match: Match, entry: Entry) -> None:
    doc = state.doc
    last = doc[match.end - 1]
    state.nation[match.end - 1] = (entry.country or "", "demonym")
    plural_people = last.tag_ in ("NNS", "NNPS") or (
        last.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj") and last.pos_ in ("PROPN",
                                                                                        "NOUN"))
    if plural_people and last.dep_ not in ("amod", "compound"):
        home = residence(state, match, entry.country or "")
        if home is not None:
            country, why = home
            state.add(span_mention(state, _with_determiner(doc, match.start - (why == "demonym")),
                              match.end, entry.name, "group", country, None, "dictionary",
                              f"'{last.text}' {'of' if why == 'demonym' else 'living in'} "
                              f"{country}: an ethnic group is coded with the country it lives "
                              f"in (CAMEO/PLOVER) → {country}"))
            return
        if counted(last) or _described(state, last, match.start):
            # "Thousands of Serbians", "two Americans", "young Algerians": people, not the state
            state.add(span_mention(state, match.start, match.end, entry.name, "group",
                              entry.country, "CVL", "dictionary",
                              f"counted or described people '{last.text}' are civilians of "
                              f"{entry.country} → {entry.country}CVL"))
            return
        state.add(span_mention(state, _with_determiner(doc, match.start), match.end,
                          entry.name, "state", entry.country, None, "dictionary",
                          f"people noun '{last.text}' stands for the state {entry.country}"))


def _described(state: DocState, last: Token, start: int) -> bool:
    """A people noun with a describing adjective of its own ("young Algerians", "ordinary
    Iranians", "angry Greeks") names people, not the state: a state is not young or angry.
    A nationality or "ethnic" before it is no description (see :func:`residence`)."""
    sent_start = state.sent_of(last.i).start
    return any(
        c.i < start and c.i not in state.nation and c.lower_ != "ethnic"
        and _country_of(state, c, ("demonym", "country")) is None
        and ((c.dep_ == "amod" and c.pos_ == "ADJ")
             # sentence-initial, capitalised by position only ("Young Algerians blocked …")
             or (c.i == sent_start and c.dep_ == "compound" and not c.ent_type_
                 and c.text.istitle()))
        for c in children_of(last))


def _country_of(state: DocState, tok: Token, types: tuple[str, ...]) -> str | None:
    """The country a single word names as one of ``types`` ("Bosnian" → BIH), else None."""
    for e in state.vocab.phrases.get(normalise(tok.text), ()):
        if e.type in types and e.country:
            return e.country
    return None


def residence(state: DocState, match: Match, own: str) -> tuple[str, str] | None:
    """Where an ethnic group named by a people noun lives, when the text says so: a nationality
    before it ("Bosnian Serbs", "Kosovar Albanians" → ("BIH", "demonym")) or, for "ethnic X",
    the country the clause places them in ("ethnic Albanians in south Serbia" → ("SRB", "in")).

    CAMEO codes ethnic and sub-state groups with their country of residence (actor codebook:
    BIHSRB, the Bosnian Serbs), and PLOVER's gold records do the same (BIH for "Bosnian
    Serbs", SRB for "ethnic Albanians in south Serbia"); the nation the noun names is their
    ethnicity, not their state.
    """
    doc = state.doc
    if match.start == 0:
        return None
    prev = doc[match.start - 1]
    last = doc[match.end - 1]
    if prev.head.i == last.i and prev.dep_ in ("amod", "compound", "nmod"):
        home = _country_of(state, prev, ("demonym", "country"))
        if home is not None and home != own:
            return home, "demonym"
    if prev.lower_ != "ethnic":
        return None
    sent = state.sent_of(last.i)
    for tok in doc[last.i + 1 : sent.end]:
        if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "inside", "within"):
            home = _country_of(state, tok, ("country",))
            if home is not None and home != own:
                return home, "in"
    return None
