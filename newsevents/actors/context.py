"""Pass 3: actor nouns in context — "Russian troops", "Russia's military", "the Polish president".

A sector noun (troops, ministry, protesters …, from ``sectors.yaml``) becomes an actor coded by
the nationality its phrase carries: an adjective ("Russian troops" → RUSMIL), a country name as
modifier or possessor ("U.S. officials", "Ukraine's army"), or an "of" phrase ("the government
of Poland"). A title noun without a name ("the Polish president", "his Chinese counterpart",
"the Secretary") becomes a person, linked to the earlier named person it refers to when there is
one. Sector nouns with no nationality are still coded by their sector (protesters → CVL) so an
event "police detained protesters" keeps its actor types.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..events.kinds import kinds_of
from ..nlp.shared import children_of, ents_of, head_of, lemmas_of, lowers_of, tokens_of
from .mentions import DocState, Mention
from .people import TITLE_BODIES, affiliation_only, body_words, nation_of
from .resolve import ADMIN_NOUNS
from .title_prefix import _FORMER_ABLE, find_title
from .vocab import Vocabulary

#: Dependency labels of a noun that is an argument (an actor can only be one of these).
_ARGUMENT = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "agent", "conj", "appos", "attr",
                       "poss", "dative", "oprd", "ROOT", "nmod", "compound"})
#: Sectors a nationless noun is still coded by (a bare "government" or "party" is too vague).
_GENERIC_OK = frozenset({"REB", "OPP", "CVL", "COP", "MIL", "REF", "LAB", "JUD", "LEG",
                         "SPY", "MED", "AGR", "UAF", "EDU", "HLH", "REL", "NGO", "BUS", "GOV",
                         "ELI"})
#: Title nouns that refer back to any earlier official of the given country.
_ANY_ROLE = frozenset({"counterpart", "leader", "official", "diplomat", "head of state"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod", "nummod", "det"})


#: Sectors of bodies whose titles are no offices of state ("the airline's president").
_NON_STATE = frozenset({"BUS", "EDU", "MED", "NGO", "REL", "HLH", "LAB"})
#: Staff nouns that belong to the body a compound modifier names ("church officials", "FSB
#: officers", "university authorities"), and the sectors such a body may have.
_STAFF = frozenset({"official", "officials", "authorities", "authority", "officer", "officers",
                    "spokesman", "spokeswoman", "spokesperson", "staff", "leaders", "leader",
                    "leadership", "representatives", "employees", "personnel", "agents"})
_BODY_SECTORS = frozenset({"REL", "EDU", "JUD", "HLH", "PTY", "BUS", "LEG", "OPP", "NGO"})
#: Non-state armed sectors (the guide's REB / INS and UAF rows): a leader or commander they
#: modify is theirs, not a state's ("Afghan rebel leaders" are AFGREB, not the government).
_ARMED_GROUPS = frozenset({"REB", "INS", "UAF"})
#: Sectors of bodies a compound noun before a government title gives it ("police spokesman",
#: "a union leader"); people.py reads the same for a named person.
_TITLE_BODIES = TITLE_BODIES
#: Nouns for people who speak for the body a modifier names ("a government source", "military
#: sources", "police sources"): the actor is the people, with the modifier's sector.
_SOURCES = frozenset({"source", "sources"})


def _modifiers(token: Token) -> list[Token]:
    """Left modifiers of a noun and their subtrees, plus the object of an "of" phrase."""
    mods: list[Token] = []
    for child in token.lefts:
        if child.dep_ in _MODIFIER_DEPS:
            mods.extend(child.subtree)
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "from", "for"):
            for pobj in (c for c in children_of(child) if c.dep_ == "pobj"):
                mods.append(pobj)
                mods.extend(t for t in pobj.lefts if t.dep_ in ("amod", "compound", "poss"))
    if token.dep_ == "compound" and head_of(token).i > token.i:
        # "a German government source": the nationality hangs on "source", not "government"
        for child in head_of(token).lefts:
            if child.i < token.i and child.dep_ in ("amod", "nmod"):
                mods.extend(child.subtree)
    return mods


#: Collective nouns that an "anti-"/"pro-" cause makes an activists' organisation.
_CAUSE_HEADS = frozenset({"group", "movement", "organisation", "organization", "campaigner",
                          "coalition"})


#: Possessive markers as the tokenizer splits them off ("sheriff" + "'s").
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def sector_of(state: DocState, token: Token) -> tuple[str, int] | None:
    """(sector, phrase start) when ``token`` heads a sector noun phrase."""
    lowers = lowers_of(state.doc)
    vocab = state.vocab
    lemma = token.lemma_.lower()
    heads = vocab.sector_phrase_heads
    for n in range(min(vocab.sector_phrase_words, 5) if (token.lower_ in heads or lemma in heads)
                   else 1, 1, -1):
        if token.i - n + 1 >= 0:
            words = lowers[token.i - n + 1 : token.i]
            for last in (token.lower_, lemma):
                phrase = " ".join([*words, last])
                if phrase in vocab.sector_phrases:
                    return vocab.sector_phrases[phrase], token.i - n + 1
    if token.i >= 2 and lowers[token.i - 1] in _POSSESSIVE:
        # "the sheriff's deputies" is Phoenix's "sheriff deputy": the owner noun and the
        # staff noun make the phrase, the possessive marker between them is no word of it
        for last in (token.lower_, lemma):
            phrase = f"{lowers[token.i - 2]} {last}"
            if phrase in vocab.sector_phrases:
                return vocab.sector_phrases[phrase], token.i - 2
    low = token.lower_
    if lemma in _CAUSE_HEADS:
        # "anti-immigration groups", "pro-democracy movements": people organised for a
        # cause, the guide's activists' organisations (NGO)
        cause = next((c for c in token.lefts if c.lower_ in ("anti", "pro")
                      or c.lower_.startswith(("anti-", "pro-"))), None)
        if cause is not None:
            return "NGO", cause.i
    if low in vocab.sector_nouns:
        return vocab.sector_nouns[low], token.i
    if token.lemma_.lower() in vocab.sector_nouns:
        return vocab.sector_nouns[token.lemma_.lower()], token.i
    return None


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


def _span_start(state: DocState, token: Token, mods: list[Token], phrase_start: int) -> int:
    left = [t.i for t in mods if t.i < token.i and t.pos_ != "PRON"
            and not (t.dep_ == "case" and state.doc[t.i - 1].pos_ == "PRON")]
    start = min([phrase_start, *left])
    if start > 0 and state.doc[start - 1].lower_ == "the":
        start -= 1
    return start


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


def _names_a_person(state: DocState, token: Token) -> bool:
    """Is this title part of a named person's title chain ("Director of … and Foreign Minister
    Wang Yi", "Jan Kowalski, the Polish foreign minister")?"""
    linked = [c for c in token.rights if c.dep_ in ("conj", "appos")]
    if token.dep_ in ("appos", "conj") and head_of(token).i < token.i:
        linked.append(head_of(token))
    for other in linked:
        m = state.owner.get(other.i)
        if m is not None and m.kind == "person" and m.person is not None:
            return True
    return False


def _bare_title(state: DocState, token: Token, title: tuple[str, str, str]) -> None:
    """A title noun with no name after it: "the Polish president", "the Secretary"."""
    doc = state.doc
    phrase, sector, role = title
    if token.dep_ == "compound" and head_of(token).pos_ == "PROPN":
        return  # a title inside a name phrase that pass 2 did not take: leave it
    if (token.dep_ == "pobj" and token.text[:1].isupper() and head_of(token).lower_ == "of"
            and head_of(head_of(token)).lower_ in state.vocab.institution_heads):
        return  # "Department of Justice", "Ministry of Defence": the body's name, no person
    if (token.dep_ == "pobj" and token.text[:1].isupper() and head_of(token).lower_ == "of"
            and head_of(head_of(token)).lower_ in state.vocab.titles
            and not any(c.dep_ in ("det", "poss") for c in token.lefts)):
        return  # "the Secretary of Justice": the portfolio of a title, no second person
    if _names_a_person(state, token):
        return
    mods = _modifiers(token)
    nation = nation_of(state, mods)
    related = nation[2] if nation else None
    if related is not None and related.kind == "media":
        return
    if sector == "GOV":
        # "a police spokesman", "the army chief", "a court official", "the court's
        # spokesman", "a spokeswoman for the police": the body a common noun names before
        # the title or after its "for/of" is whose title it is, as for "police officials"
        for child in body_words(token):
            body = state.vocab.sector_nouns.get(child.lower_) if child.pos_ == "NOUN" else None
            if body in _TITLE_BODIES:
                sector = body
    if sector in _FORMER_ABLE and any(t.lower_ in state.vocab.former for t in token.lefts):
        # "a former advisor for President X": out of office, a former official (ELI), the
        # country alone in the code (annotation guide), never the government itself
        sector, role = "ELI", f"former {role}"
    if nation is None:
        owner = _owner(token)
        if owner is not None:
            owned = _owned_title(state, token, owner, title)
            if owned is not False:
                return
    start = _span_start(state, token, mods, token.i)
    if related is not None and related.kind == "person" and related.start < start:
        start = related.start
    country = nation[0] if nation else None
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an", "another", "one", "some")
                     for c in token.lefts)
    ante = None if indefinite else _antecedent(state, token, phrase, country)
    text = doc[start : token.i + 1].text
    keep = [related] if related is not None and related.kind == "person" else []
    if ante is not None:
        m = Mention(start, token.i + 1, doc[start].idx, token.idx + len(token), ante.name,
                    "person", ante.country, ante.sector, ante.role, "coreference",
                    f"'{text}' refers back to '{ante.name}' ({ante.role or 'same country'})",
                    head=token.i, code=ante.code, person=ante.person, entity=ante.entity,
                    # an antecedent still waiting for its country from the context ("another
                    # federal judge" … "the judge"): this mention is placed by the same steps
                    generic=ante.generic and ante.country is None)
        add_keeping(state, m, keep)
        return
    if nation is None:
        if doc[start].lower_ != "the" and not token.text[:1].isupper() and not indefinite:
            return  # "ministers": too vague to be an actor; "a federal judge" is one
        home = _home_country(state) if token.text[:1].isupper() else None
        if home is not None:
            state.add(Mention(start, token.i + 1, doc[start].idx, token.idx + len(token), text,
                              "person", home, sector, role, "coreference",
                              f"'{text}' with no name: the document's own country {home} (the "
                              "state that is the subject of its first sentence)",
                              head=token.i))
            return
        state.add(Mention(start, token.i + 1, doc[start].idx, token.idx + len(token), text,
                          "person", None, sector, role, "unresolved",
                          f"title '{phrase}' with no name, no country and no earlier person it "
                          "could refer to", head=token.i,
                          code=sector if sector in _GENERIC_OK else None,
                          generic=sector in _GENERIC_OK))
        return
    country, found_by, _ = nation
    if related is not None and related.kind == "person" and related.country:
        how = f"{role} of {related.name}"
    else:
        how = found_by
    if related is not None and related.sector == "IGO":
        sector = "IGO"
    elif related is not None and related.kind == "group" and related.sector:
        sector = related.sector  # "a senior Hamas commander" is Hamas (REB)
    m = Mention(start, token.i + 1, doc[start].idx, token.idx + len(token), text, "person",
                country, sector, role, "dictionary",
                f"title '{phrase}' with {how} → {country}{sector}; no earlier named person",
                head=token.i)
    if related is not None and related.sector == "IGO":
        m.code = related.code
    add_keeping(state, m, keep)



#: Owners that make a title a state office ("the president of the country").
_STATE_WORDS = frozenset({"country", "nation", "state", "republic", "kingdom", "government"})
_POLITICAL = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "IGO", "OPP", "PTY", "REB"})


def _owner(token: Token) -> Token | None:
    """Whose title this is: the possessor ("the airline's president") or the "of" object ("the
    president of the company"); None for a pronoun or no owner."""
    for child in children_of(token):
        if child.dep_ == "poss" and child.pos_ in ("NOUN", "PROPN"):
            return child
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in children_of(child):
                if pobj.dep_ == "pobj" and pobj.pos_ in ("NOUN", "PROPN"):
                    return pobj
    return None


def _owned_title(state: DocState, token: Token, owner: Token,
                 title: tuple[str, str, str]) -> bool | None:
    """A title of a non-state organisation ("the airline's president", "the president of the
    university") is that organisation's sector (BUS, EDU), never a government office.
    Returns False when the owner is political (the caller goes on), True when handled."""
    doc = state.doc
    mention = state.owner.get(owner.i)
    if mention is not None and mention.sector in _NON_STATE and mention.kind != "person":
        # "the airline's president" after "the airline" became a BUS actor: its office
        phrase, _, role = title
        start = _span_start(state, token, [], token.i)
        state.add(Mention(start, token.i + 1, doc[start].idx, token.idx + len(token),
                          doc[start : token.i + 1].text, "person", mention.country,
                          mention.sector, role, "dictionary",
                          f"title '{phrase}' of '{owner.text}', a {mention.sector} "
                          "organisation: not a government office", head=token.i,
                          code=mention.sector if mention.country is None else None,
                          generic=mention.country is None))
        return True
    if mention is not None and (mention.country or mention.code):
        return False
    lemma = owner.lemma_.lower()
    if lemma in _STATE_WORDS and not owner.text[:1].isupper():
        return False
    if mention is None and title[1] in ("GOV", "LEG", "JUD", "COP"):
        from .generic import gazetteer_country

        # the possessor or the "of" object, or the place word of a compound ("Lagos State")
        words = [owner, *(c for c in owner.lefts if c.dep_ == "compound")]
        found = next(((w, p) for w in words if (p := gazetteer_country(w)) is not None), None)
        if found is not None:
            where, place = found
            # "Chelyabinsk's governor", "the mayor of Paris", "the governor of Lagos State":
            # the office of that place
            phrase, office, role = title
            start = owner.left_edge.i if owner.dep_ == "poss" else \
                _span_start(state, token, [], token.i)
            text = doc[start : token.i + 1].text
            state.add(Mention(start, token.i + 1, doc[start].idx, token.idx + len(token), text,
                              "person", place, office, role, "context",
                              f"title '{phrase}' of the place '{where.text}' → {place}{office}",
                              head=token.i))
            return True
    if lemma in _STATE_WORDS:
        return False
    sector = state.vocab.owner_sectors.get(lemma) or state.vocab.owner_sectors.get(owner.lower_)
    if sector in _POLITICAL:
        return False
    start = _span_start(state, token, [], token.i)
    text = doc[start : token.i + 1].text
    if sector is None:
        return True  # "the president of the club": an office of something that is no actor
    phrase, _, role = title
    state.add(Mention(start, token.i + 1, doc[start].idx, token.idx + len(token), text,
                      "person", None, sector, role, "dictionary",
                      f"title '{phrase}' of '{owner.text}', a {sector} organisation: not a "
                      "government office", head=token.i, code=sector, generic=True))
    return True


def _home_country(state: DocState) -> str | None:
    """The state a government statement speaks for: the subject of the first sentence."""
    from .main_country import lead_sentence

    first = lead_sentence(state)
    if first is None:
        return None
    for m in state.mentions:
        if (m.kind == "state" and m.sector is None and first.start <= m.head < first.end
                and state.doc[m.head].dep_ == "nsubj"):
            return m.country
    return None


def add_keeping(state: DocState, mention: Mention, keep: list[Mention]) -> None:
    """Add ``mention`` without swallowing the actor mentions in ``keep``."""
    from .people import _add_overlapping

    _add_overlapping(state, mention, keep)


def _antecedent(state: DocState, token: Token, phrase: str, country: str | None
                ) -> Mention | None:
    """The latest earlier named person this title can refer to."""
    words = phrase.split()
    best = None
    definite = token.i > 0 and state.doc[token.i - 1].lower_ == "the"
    for m in state.mentions:
        if m.kind != "person" or m.start >= token.i or m.actor_code() is None:
            continue
        if m.person is None and not (definite and m.role and phrase in m.role.lower()):
            continue  # an unnamed antecedent only for "the commander" after "a … commander"
        if country is not None and m.country != country:
            continue
        role = (m.role or "").lower()
        if phrase not in _ANY_ROLE and not all(w in role for w in words):
            continue
        if country is None and phrase in _ANY_ROLE:
            continue
        if best is None or m.start > best.start:
            best = m
    return best


def mention_for(state: DocState, token: Token) -> Mention | None:
    return state.owner.get(token.i)
