"""Pass 3: actor nouns in context — "Russian troops", "Russia's military", "the Polish president".

A sector noun (troops, ministry, protesters …, from ``sectors.yaml``) becomes an actor coded by
the nationality its phrase carries: an adjective ("Russian troops" → RUSMIL), a country name as
modifier or possessor ("U.S. officials", "Ukraine's army"), or an "of" phrase ("the government
of Poland"). A title noun without a name ("the Polish president", "his Chinese counterpart",
"the Secretary") becomes a person, linked to the earlier named person it refers to when there is
one. Sector nouns with no nationality are still coded by their sector (protesters → CVL) so an
event "police detained protesters" keeps its actor types.

This module walks the words and codes the sector nouns; the phrase reading it shares
(:func:`~.noun_phrases.sector_of`, a noun's modifiers) is :mod:`.noun_phrases`, and a title
with no name goes to :mod:`.bare_titles`.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..events.kinds import kinds_of
from ..nlp.shared import ents_of, head_of, lemmas_of, lowers_of, tokens_of
from .bare_titles import _bare_title
from .mentions import DocState, Mention
from .noun_phrases import _GENERIC_OK, _modifiers, _span_start, sector_of
from .people import affiliation_only, nation_of
from .resolve import ADMIN_NOUNS
from .title_prefix import _FORMER_ABLE, find_title
from .vocab import Vocabulary

#: Dependency labels of a noun that is an argument (an actor can only be one of these).
_ARGUMENT = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "agent", "conj", "appos", "attr",
                       "poss", "dative", "oprd", "ROOT", "nmod", "compound"})
#: Staff nouns that belong to the body a compound modifier names ("church officials", "FSB
#: officers", "university authorities"), and the sectors such a body may have.
_STAFF = frozenset({"official", "officials", "authorities", "authority", "officer", "officers",
                    "spokesman", "spokeswoman", "spokesperson", "staff", "leaders", "leader",
                    "leadership", "representatives", "employees", "personnel", "agents"})
_BODY_SECTORS = frozenset({"REL", "EDU", "JUD", "HLH", "PTY", "BUS", "LEG", "OPP", "NGO"})
#: Non-state armed sectors (the guide's REB / INS and UAF rows): a leader or commander they
#: modify is theirs, not a state's ("Afghan rebel leaders" are AFGREB, not the government).
_ARMED_GROUPS = frozenset({"REB", "INS", "UAF"})
#: Nouns for people who speak for the body a modifier names ("a government source", "military
#: sources", "police sources"): the actor is the people, with the modifier's sector.
_SOURCES = frozenset({"source", "sources"})


_WORDS: dict[int, tuple[Vocabulary, frozenset[str], frozenset[str]]] = {}


def _sector_words(vocab: Vocabulary) -> tuple[frozenset[str], frozenset[str]]:
    """(lower forms, lemmas) a token needs for :func:`sector_phrases` to code it: a sector noun,
    the last word of a sector phrase, a title word or "source(s)". Any other token is skipped
    before its parse is read (most words of an article)."""
    kept = _WORDS.get(id(vocab))
    if kept is None or kept[0] is not vocab:
        lemmas = frozenset(vocab.sector_nouns) | vocab.sector_phrase_heads
        kept = _WORDS[id(vocab)] = (vocab, lemmas | vocab.title_words | _SOURCES, lemmas)
    return kept[1], kept[2]


def sector_phrases(state: DocState) -> None:
    """Pass 3: sector nouns and bare titles, coded by the nationality in their phrase."""
    doc = state.doc
    by_lower, by_lemma = _sector_words(state.vocab)
    lowers, lemmas, tokens = lowers_of(doc), lemmas_of(doc), tokens_of(doc)
    for i, lower in enumerate(lowers):
        if lower not in by_lower and lemmas[i] not in by_lemma:
            continue
        token = tokens[i]
        if token.i in state.owner:
            continue
        if token.pos_ not in ("NOUN", "PROPN") and not _nominal_participle(state, token):
            continue
        if token.dep_ not in _ARGUMENT:
            continue
        if _a_place(state, token):
            continue
        if token.dep_ == "compound" and head_of(token).i > token.i and (
            sector_of(state, head_of(token)) or head_of(token).lower_ in state.vocab.titles
            or head_of(token).lower_ in _SOURCES
        ):
            continue  # "military" in "military officials": the head decides
        if token.lower_ in _SOURCES:
            body = next((c for c in token.lefts if c.dep_ in ("compound", "amod")
                         and sector_of(state, c) is not None), None)
            if body is not None:
                found = sector_of(state, body)
                assert found is not None
                _sector_noun(state, token, found[0], found[1])
            continue
        title = (find_title(state, list(doc[max(0, token.i - 3) : token.i + 1]), at_end=True)
                 if token.lower_ in state.vocab.title_words else None)
        if title is not None and title[1] not in ("BUS", "EDU", "MED", "CVL"):
            _bare_title(state, token, title)
            continue
        sector = sector_of(state, token)
        if sector is not None:
            _sector_noun(state, token, sector[0], sector[1])


def _nominal_participle(state: DocState, token: Token) -> bool:
    """"the accused", "the injured": a participle or adjective the parser tags as such but that
    heads its own noun phrase (a "the" before it, no noun after it) and names people."""
    return (token.pos_ in ("VERB", "ADJ") and token.dep_ in _NOMINAL_DEPS
            and token.lower_ in state.vocab.noun_kinds
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts))
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})
#: Prepositions after which an institution noun is a place ("taken to hospital" is not here:
#: "appealed to the court" makes the court a target).
_LOCATIVE = frozenset({"in", "at", "inside", "outside", "near", "into", "within", "around"})


def _a_place(state: DocState, token: Token) -> bool:
    """An institution noun as the place of something ("died in hospital", "appeared in court",
    "at a military base"), not an actor; people nouns ("among the protesters") stay actors."""
    if token.dep_ != "pobj" or head_of(token).lower_ not in _LOCATIVE:
        return False
    kind = state.vocab.noun_kinds.get(token.lower_)
    if kind is not None or nation_of(state, _modifiers(token)) is not None:
        return False  # "outside the Israeli embassy": an embassy with a country is the state
    sector = sector_of(state, token)
    kinds = kinds_of(token)  # WordNet: a body that is no building or site is never a place
    return sector is not None and state.vocab.sector_kinds.get(sector[0]) == "organisation" \
        and token.lower_ not in ("police", "military", "army", "government", "authorities") \
        and (not kinds or "artifact" in kinds or "location" in kinds)


def _sector_noun(state: DocState, token: Token, sector: str, phrase_start: int) -> None:
    doc = state.doc
    if token.lower_ in ADMIN_NOUNS and token.text == "Administration" and not any(
        c.dep_ in ("amod", "compound", "poss") for c in token.lefts
    ):
        _the_administration(state, token)
        return
    mods = _modifiers(token)
    if sector == "MIL" and _companys_product(state, token, mods):
        return
    nation = nation_of(state, mods)
    # "Russian military officials": a military modifier makes the officials military.
    for t in mods:
        mod_sector = state.vocab.sector_nouns.get(t.lower_)
        if mod_sector in _BODY_SECTORS and sector == "GOV" and t.dep_ == "compound" \
                and token.lower_ in _STAFF:
            sector = mod_sector  # "church officials" are the church's, "court officials" JUD
        if mod_sector in ("MIL", "COP", "SPY") and sector in ("GOV", "COP") and \
                t.dep_ in ("compound", "amod"):
            sector = mod_sector  # "military officers" are military, "police officials" police
        if mod_sector in _ARMED_GROUPS and sector in ("GOV", "MIL", "COP") and \
                t.dep_ in ("compound", "amod"):
            sector = mod_sector  # "rebel leaders", "rebel commanders" lead the rebels
    hyphened = token.i >= 2 and doc[token.i - 1].text == "-" and \
        doc[token.i - 2].lower_ in state.vocab.former  # "ex-ministers", parsed apart
    if sector in _FORMER_ABLE and (hyphened or any(t.lower_ in state.vocab.former
                                                   for t in token.lefts)):
        # "two former ministers", "ex-officers": out of office, former officials (ELI), coded
        # by the country alone as a former title holder is (annotation guide)
        sector = "ELI"
    kinds_of = "GOV" if sector == "ELI" else sector  # a body's former staff: still its kind
    if nation is None:
        if sector not in _GENERIC_OK or (token.pos_ == "PROPN" and not _PLURAL_ABBREV.match(
                token.text) and not _capitalised_generic(state, token)):
            return
        only = state.vocab.generic_nouns.get(sector)
        if only is not None and token.lower_ not in only and phrase_start == token.i:
            return
        start = _span_start(state, token, [], phrase_start)
        kind = state.vocab.noun_kinds.get(token.lower_) or state.vocab.sector_kinds.get(
            kinds_of, "group")
        state.add(Mention(start, token.i + 1, doc[start].idx, token.idx + len(token),
                          token.text, kind,  # type: ignore[arg-type]
                          None, sector, None, "dictionary",
                          f"sector noun '{token.text}' ({sector}) with no country in its phrase",
                          head=token.i, code=sector, generic=True))
        return
    country, found_by, related = nation
    if related is not None and (related.sector in ("IGO", "NGO")
                                or related.kind in ("media", "group")):
        # "NATO troops", "Wagner fighters", "an Amnesty International researcher": the
        # organisation's mention stands for them
        return
    if (related is not None and related.end == token.i and token.lower_ in _STAFF
            and (related.method == "metonymy" or related.sector == "BUS")  # "Gazprom officials"
            and related.sector in _BODY_SECTORS | {"MIL", "COP", "SPY"}):
        sector = related.sector  # "FSB officers", "Secret Service agents": the agency's staff
    rebel = _rebel_name(state, token, mods) if sector == "MIL" else None
    if related is not None and related.kind == "person":
        # "Putin's army": the person's country, but keep the person's own mention.
        start = phrase_start
    else:
        start = _span_start(state, token, mods, phrase_start)
    kind = state.vocab.noun_kinds.get(token.lower_) or state.vocab.sector_kinds.get(
        kinds_of, "organisation")
    others = [t for t in mods if t.i in state.nation and t.dep_ == "conj" and t.i < token.i
              and not affiliation_only(t)]
    if others:
        # "Indian and Chinese troops": one actor per nationality, the last one with the noun.
        first = [t for t in mods if t.i in state.nation and t.i < others[0].i][:1]
        for tok in first + others[:-1]:
            code = state.nation[tok.i][0]
            state.add(Mention(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok),
                              f"{tok.text} {token.text}", kind,  # type: ignore[arg-type]
                              code, sector, None, "dictionary",
                              f"'{tok.text}' coordinated with another nationality before "
                              f"'{token.text}' ({sector}) → {code}{sector}", head=tok.i))
        last = others[-1]
        country, found_by = state.nation[last.i][0], f"{state.nation[last.i][1]} '{last.text}'"
        start = last.i
    reason = f"sector noun '{token.text}' ({sector}) with {found_by} → {country}{sector}"
    if rebel is not None:
        sector, kind = "REB", "group"
        reason = (f"named force '{doc[start : token.i + 1].text}': '{rebel}' marks a non-state "
                  f"armed group, not the state's military ({found_by}) → {country}REB")
    m = Mention(start, token.i + 1, doc[start].idx, token.idx + len(token),
                doc[start : token.i + 1].text.removeprefix("the ").removeprefix("The "),
                kind, country, sector, None, "dictionary",  # type: ignore[arg-type]
                reason, head=token.i)
    state.add(m)
#: "NGOs", "MEPs", "CEOs": the plural of an abbreviation is a common noun, though its capitals
#: make the small model tag it a proper noun (a name is never such a plural).
_PLURAL_ABBREV = re.compile(r"^[A-Z]{2,5}s$")


def _capitalised_generic(state: DocState, token: Token) -> bool:
    """"The Government said ...": a generic noun in capitals (``capitalised_generic`` in
    sectors.yaml) with "the" and nothing else before or after it, in no longer entity, is the
    generic actor, not a name ("the Government of National Unity" is one)."""
    if token.lower_ not in state.vocab.capitalised_generic:
        return False
    if any(c.dep_ != "det" or c.lower_ != "the" for c in token.lefts):
        return False
    if any(c.dep_ in ("prep", "compound", "appos", "amod") for c in token.rights):
        return False
    return not (token.ent_type_ and (token.ent_iob_ == "I" or (
        token.i + 1 < len(state.doc) and state.doc[token.i + 1].ent_iob_ == "I")))


def _companys_product(state: DocState, token: Token, mods: list[Token]) -> bool:
    """"An Ethiopian Airlines jet": an aircraft or ship named by a company is the company's
    product, never a state's military (only people and units are MIL by themselves)."""
    units = state.vocab.generic_nouns.get("MIL")
    if units is None or token.lower_ in units:
        return False
    for t in mods:
        if t.ent_type_ == "ORG":
            ent = next((e for e in ents_of(state.doc) if e.start <= t.i < e.end), None)
            if ent is not None and ent[-1].text in state.vocab.company_words:
                return True
    return False


def _rebel_name(state: DocState, token: Token, mods: list[Token]) -> str | None:
    """The word that makes a capitalised force's name a non-state group ("Free Syrian Army")."""
    if not token.text[:1].isupper():
        return None
    for t in mods:
        if t.i < token.i and t.text in state.vocab.rebel_name_words:
            return t.text
    return None


def _the_administration(state: DocState, token: Token) -> None:
    """Capitalised "the Administration": the last "<leader> administration", else the US one."""
    doc = state.doc
    earlier = [m for m in state.mentions if m.start < token.i and m.sector == "GOV"
               and m.kind == "organisation" and "administration" in m.name.lower()]
    start = token.i - 1 if token.i > 0 and doc[token.i - 1].lower_ == "the" else token.i
    if earlier:
        ante = max(earlier, key=lambda m: m.start)
        country, reason = ante.country, f"refers back to '{ante.name}'"
        method = "coreference"
    else:
        country = "USA"
        reason = "capitalised 'the Administration' is US government usage"
        method = "dictionary"
    state.add(Mention(start, token.i + 1, doc[start].idx, token.idx + len(token),
                      "Administration", "organisation", country, "GOV", None, method, reason,
                      head=token.i))


