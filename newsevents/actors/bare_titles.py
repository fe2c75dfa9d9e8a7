"""Pass 3 for a title with no name: "the Polish president", "his counterpart", "the Secretary".

A bare title becomes a person: the earlier named person it refers back to when there is one
(same country, same role), else an office of the nationality its phrase carries, of its owner
("the airline's president" is BUS, "the mayor of Paris" FRA's), or of the document's own
country. Split from :mod:`.context`, whose :func:`~.context.sector_phrases` finds the title
nouns and hands them here.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.shared import children_of, head_of
from .mentions import DocState, Mention
from .noun_phrases import _GENERIC_OK, _modifiers, _span_start
from .people import TITLE_BODIES, body_words, nation_of
from .title_prefix import _FORMER_ABLE

#: Title nouns that refer back to any earlier official of the given country.
_ANY_ROLE = frozenset({"counterpart", "leader", "official", "diplomat", "head of state"})
#: Sectors of bodies whose titles are no offices of state ("the airline's president").
_NON_STATE = frozenset({"BUS", "EDU", "MED", "NGO", "REL", "HLH", "LAB"})
#: Sectors of bodies a compound noun before a government title gives it ("police spokesman",
#: "a union leader"); people.py reads the same for a named person.
_TITLE_BODIES = TITLE_BODIES


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
